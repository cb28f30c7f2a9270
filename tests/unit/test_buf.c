/* SPDX-License-Identifier: BSD-2-Clause */
/* test_buf.c - the growable buffer and the array helper (lib/buf.c). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kefir_internal.h"
#include "suites.h"

static void test_printf_grows(void)
{
	struct kefir_buf b = { 0 };
	size_t len, i;
	char *s;

	for (i = 0; i < 1000; i++)
		CU_ASSERT_EQUAL_FATAL(buf_printf(&b, "%zu,", i % 10), 0);
	CU_ASSERT_EQUAL(b.len, 2000);
	CU_ASSERT_EQUAL(strlen(b.data), 2000);
	CU_ASSERT_NSTRING_EQUAL(b.data, "0,1,2,", 6);
	s = buf_steal(&b, &len);
	CU_ASSERT_EQUAL(len, 2000);
	CU_ASSERT_PTR_NULL(b.data);
	free(s);
}

static void test_indent_and_puts(void)
{
	struct kefir_buf b = { 0 };

	buf_indent(&b, 2);
	buf_puts(&b, "x");
	buf_append(&b, "yz", 1);
	CU_ASSERT_STRING_EQUAL(b.data, "\t\txy");
	CU_ASSERT_EQUAL(buf_status(&b), 0);
	buf_free(&b);
}

static void test_steal_empty(void)
{
	struct kefir_buf b = { 0 };
	size_t len = 99;
	char *s = buf_steal(&b, &len);

	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT_STRING_EQUAL(s, "");
	CU_ASSERT_EQUAL(len, 0);
	free(s);
}

static void test_array_reserve_overflow(void)
{
	size_t cap = 0;
	void *arr = NULL;

	CU_ASSERT_EQUAL(array_reserve(&arr, &cap, 4, 3), 0);
	CU_ASSERT(cap >= 3);
	CU_ASSERT_EQUAL(array_reserve(&arr, &cap, 4, SIZE_MAX / 2), -ENOMEM);
	CU_ASSERT(cap >= 3 && cap < 1024);
	free(arr);
	arr = NULL;
	cap = 0;
	CU_ASSERT_EQUAL(array_reserve(&arr, &cap, SIZE_MAX / 2, 4), -ENOMEM);
	CU_ASSERT_PTR_NULL(arr);
}

static void test_opts_copy(void)
{
	struct big { size_t sz; uint64_t a, b; } dst;
	struct small { size_t sz; uint64_t a; } small = { sizeof(small), 7 };
	struct bigger { size_t sz; uint64_t a, b, c; } bigger = { sizeof(bigger), 1, 2, 0 };

	CU_ASSERT_EQUAL(opts_copy(&dst, sizeof(dst), &small), 0);
	CU_ASSERT_EQUAL(dst.a, 7);
	CU_ASSERT_EQUAL(dst.b, 0);
	CU_ASSERT_EQUAL(dst.sz, sizeof(dst));
	CU_ASSERT_EQUAL(opts_copy(&dst, sizeof(dst), &bigger), 0);
	CU_ASSERT_EQUAL(dst.b, 2);
	bigger.c = 3;
	CU_ASSERT_EQUAL(opts_copy(&dst, sizeof(dst), &bigger), -EINVAL);
	CU_ASSERT_EQUAL(opts_copy(&dst, sizeof(dst), NULL), 0);
	CU_ASSERT_EQUAL(dst.a, 0);
}

/* An older caller's parse opts (without in_interface) work; unknown flags
 * are refused. */
static void test_parse_opts(void)
{
	struct kefir_parse_opts o = {
		.sz = offsetof(struct kefir_parse_opts, in_interface),
		.flags = KEFIR_PARSE_STATELESS_APPROX,
	};
	const char *text = "iptables -A INPUT -m limit --limit 1/s -j ACCEPT\n";
	struct kefir_diag *d = kefir_diag_new();
	struct kefir_ruleset *rs = NULL;

	CU_ASSERT_EQUAL(kefir_ruleset_parse("iptables", text, strlen(text), "x",
					    &o, &rs, d), 0);
	kefir_ruleset_free(rs);
	rs = NULL;
	o.flags = 1u << 7;
	CU_ASSERT_EQUAL(kefir_ruleset_parse("iptables", text, strlen(text), "x",
					    &o, &rs, d), -EINVAL);
	CU_ASSERT_PTR_NULL(rs);
	kefir_diag_free(d);
}

int register_buf_suite(void)
{
	static const struct unit_test tests[] = {
		{ "printf grows the buffer", test_printf_grows },
		{ "indent, puts, append", test_indent_and_puts },
		{ "steal of an empty buffer", test_steal_empty },
		{ "array_reserve refuses overflow", test_array_reserve_overflow },
		{ "opts_copy older and newer callers", test_opts_copy },
		{ "parse opts: older callers, unknown flags", test_parse_opts },
	};

	return ADD_SUITE("buf", tests);
}
