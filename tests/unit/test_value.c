/* SPDX-License-Identifier: BSD-2-Clause */
/* test_value.c - values, masks and the field table (lib/value.c, fields.c). */
#include <string.h>

#include "kefir_internal.h"
#include "suites.h"

static void check_roundtrip(enum kefir_field f, const char *text)
{
	const struct kefir_field_info *fi = field_info(f);
	char out[KEFIR_VALUE_STRLEN];
	struct kefir_value v;

	CU_ASSERT_EQUAL_FATAL(value_parse(&v, fi->kind, fi->bytes, text), 0);
	value_format(&v, fi->kind, fi->bytes, out);
	CU_ASSERT_STRING_EQUAL(out, text);
}

static void test_format_parse(void)
{
	check_roundtrip(KEFIR_FIELD_L4_DPORT, "8080");
	check_roundtrip(KEFIR_FIELD_ETH_TYPE, "0x86dd");
	check_roundtrip(KEFIR_FIELD_ETH_SRC, "66:77:88:99:aa:bb");
	check_roundtrip(KEFIR_FIELD_IP4_SRC, "192.168.1.100");
	check_roundtrip(KEFIR_FIELD_IP6_DST, "2001:db8::1");
	check_roundtrip(KEFIR_FIELD_ESP_SPI, "0xdeadbeef");
}

static void test_parse_errors(void)
{
	struct kefir_value v;

	CU_ASSERT_EQUAL(value_parse(&v, KEFIR_KIND_UINT, 2, "65536"), -ERANGE);
	CU_ASSERT_EQUAL(value_parse(&v, KEFIR_KIND_UINT, 2, "-1"), -EINVAL);
	CU_ASSERT_EQUAL(value_parse(&v, KEFIR_KIND_UINT, 2, ""), -EINVAL);
	CU_ASSERT_EQUAL(value_parse(&v, KEFIR_KIND_HEX, 2, "0x"), -EINVAL);
	CU_ASSERT_EQUAL(value_parse(&v, KEFIR_KIND_IPV4, 4, "10.0.0.256"), -EINVAL);
	CU_ASSERT_EQUAL(value_parse(&v, KEFIR_KIND_IPV4, 4, "10.1"), -EINVAL);
	CU_ASSERT_EQUAL(value_parse(&v, KEFIR_KIND_MAC, 6, "00:11:22:33:44"), -EINVAL);
	CU_ASSERT_EQUAL(value_parse(&v, KEFIR_KIND_MAC, 6, "00-11-22-33-44-55"), -EINVAL);
	CU_ASSERT_EQUAL(value_parse(&v, KEFIR_KIND_IPV6, 16, "2001:db8::g"), -EINVAL);
}

static void test_prefixes(void)
{
	struct kefir_value m;

	value_from_prefix(&m, 20, 16);
	CU_ASSERT_EQUAL(m.b[0], 0xff);
	CU_ASSERT_EQUAL(m.b[1], 0xff);
	CU_ASSERT_EQUAL(m.b[2], 0xf0);
	CU_ASSERT_EQUAL(m.b[3], 0);
	CU_ASSERT_EQUAL(value_prefix_len(&m, 16), 20);
	m.b[5] = 1;
	CU_ASSERT_EQUAL(value_prefix_len(&m, 16), -1);
	value_from_prefix(&m, 0, 4);
	CU_ASSERT_EQUAL(value_prefix_len(&m, 4), 0);
}

static void test_masks_of_subfields(void)
{
	struct kefir_value m;

	value_full_mask(&m, KEFIR_FIELD_VLAN_ID);
	CU_ASSERT_EQUAL(value_to_u64(&m, 2), 0x0fff);
	value_full_mask(&m, KEFIR_FIELD_VLAN_PRIO);
	CU_ASSERT_EQUAL(value_to_u64(&m, 2), 7);
	CU_ASSERT(value_is_full_mask(&m, KEFIR_FIELD_VLAN_PRIO));
	CU_ASSERT_EQUAL(field_max(KEFIR_FIELD_IP4_FRAGOFF), 0x1fff);
	CU_ASSERT_EQUAL(field_max(KEFIR_FIELD_IP6_FLOW), 0xfffff);
	CU_ASSERT_EQUAL(field_info(KEFIR_FIELD_IP6_TCLASS)->shift, 4);
}

static void test_field_names(void)
{
	unsigned int i;

	for (i = 0; i < KEFIR_FIELD_MAX; i++)
		CU_ASSERT_EQUAL(field_by_name(field_info(i)->name), i);
	CU_ASSERT_EQUAL(field_by_name("ip4_nope"), KEFIR_FIELD_MAX);
	CU_ASSERT_EQUAL(op_by_name("range"), KEFIR_OP_RANGE);
	CU_ASSERT_EQUAL(relop_by_name("<="), KEFIR_RELOP_LE);
	CU_ASSERT_EQUAL(binop_by_name(">>"), KEFIR_BINOP_RSH);
	CU_ASSERT_EQUAL(action_by_name("queue"), KEFIR_ACTION_QUEUE);
	CU_ASSERT_EQUAL(l4_by_name("ip6"), KEFIR_L4_IP6);
	CU_ASSERT_EQUAL(l4_by_name("ip5"), KEFIR_L4_MAX);
}

int register_value_suite(void)
{
	static const struct unit_test tests[] = {
		{ "format then parse gives the text back", test_format_parse },
		{ "parse errors", test_parse_errors },
		{ "prefix masks", test_prefixes },
		{ "masks of sub-byte fields", test_masks_of_subfields },
		{ "every name in the tables resolves", test_field_names },
	};

	return ADD_SUITE("value", tests);
}
