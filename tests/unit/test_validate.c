/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_validate.c - the IR validator (lib/validate.c): each malformed shape
 * is refused with its message, and guarded, well-formed rules pass.
 */
#include <string.h>

#include "kefir_internal.h"
#include "suites.h"

static struct kefir_ruleset *one_rule(struct kefir_rule **rule)
{
	struct kefir_ruleset *rs = ruleset_new("v.txt", "test");
	struct kefir_loc loc = { .line = 1, .col = 1 };

	*rule = rule_new(&loc, "the rule");
	ruleset_append(rs, *rule);
	return rs;
}

static struct kefir_pred *add(struct kefir_pred *parent, enum kefir_field f,
			      uint64_t x)
{
	struct kefir_pred *p = pred_new_field_u64(f, x, NULL);

	pred_add(parent, p);
	return p;
}

/* Validates @rs and checks the first line of the message (or success). */
static void expect(struct kefir_ruleset *rs, const char *first_line)
{
	struct kefir_diag *d = kefir_diag_new();
	int err = kefir_ruleset_validate(rs, d);
	const char *text = kefir_diag_text(d);

	if (!first_line) {
		CU_ASSERT_EQUAL(err, 0);
		CU_ASSERT_STRING_EQUAL(text, "");
	} else {
		CU_ASSERT_EQUAL(err, -EINVAL);
		CU_ASSERT_NSTRING_EQUAL(text, first_line, strlen(first_line));
	}
	kefir_diag_free(d);
	kefir_ruleset_free(rs);
}

static void test_guarded_passes(void)
{
	struct kefir_rule *r;
	struct kefir_ruleset *rs = one_rule(&r);
	struct kefir_pred *or = pred_new(KEFIR_PRED_OR, NULL);

	add(r->match, KEFIR_FIELD_ETH_TYPE, 0x0800);
	add(r->match, KEFIR_FIELD_IP4_PROTO, 6);
	pred_add(r->match, or);
	add(or, KEFIR_FIELD_L4_DPORT, 80)->test.l4 = KEFIR_L4_IP4;
	add(or, KEFIR_FIELD_L4_DPORT, 443)->test.l4 = KEFIR_L4_IP4;
	expect(rs, NULL);
}

static void test_unguarded_fails(void)
{
	struct kefir_rule *r;
	struct kefir_ruleset *rs = one_rule(&r);

	add(r->match, KEFIR_FIELD_IP4_PROTO, 6);
	expect(rs, "v.txt:1:1: error: invalid rule 0: unguarded test of ip4_proto\n");
}

/* A field of the IPv6 flow walk needs l4 ip6_flow, and IPv6 before it. */
static void test_walk_field_needs_walk(void)
{
	struct kefir_rule *r;
	struct kefir_ruleset *rs = one_rule(&r);

	add(r->match, KEFIR_FIELD_ETH_TYPE, 0x86dd);
	add(r->match, KEFIR_FIELD_IP6_FLOW_PROTO, 6)->test.l4 = KEFIR_L4_IP6_FLOW;
	add(r->match, KEFIR_FIELD_L4_DPORT, 80)->test.l4 = KEFIR_L4_IP6_FLOW;
	expect(rs, NULL);
	rs = one_rule(&r);
	add(r->match, KEFIR_FIELD_ETH_TYPE, 0x86dd);
	add(r->match, KEFIR_FIELD_IP6_FLOW_FRAG, 0);
	expect(rs, "v.txt:1:1: error: invalid rule 0: field of the IPv6 flow walk without l4 ip6_flow: ip6_flow_frag\n");
	/* ipv6_find_hdr()'s fields need one of its walks, not the flow's */
	rs = one_rule(&r);
	add(r->match, KEFIR_FIELD_ETH_TYPE, 0x86dd);
	add(r->match, KEFIR_FIELD_IP6_FIND_PROTO, 6)->test.l4 = KEFIR_L4_IP6_FIND;
	add(r->match, KEFIR_FIELD_IP6_FIND_ROOM, 8)->test.l4 = KEFIR_L4_IP6_FIND_AH;
	add(r->match, KEFIR_FIELD_AH_SPI, 1)->test.l4 = KEFIR_L4_IP6_FIND_AH;
	expect(rs, NULL);
	rs = one_rule(&r);
	add(r->match, KEFIR_FIELD_ETH_TYPE, 0x86dd);
	add(r->match, KEFIR_FIELD_IP6_FIND_LATER, 0)->test.l4 = KEFIR_L4_IP6_FLOW;
	expect(rs, "v.txt:1:1: error: invalid rule 0: field of ipv6_find_hdr() without l4 ip6_find, ip6_find_frag or ip6_find_ah: ip6_find_later\n");
}

static void test_guard_at_other_offset_fails(void)
{
	struct kefir_rule *r;
	struct kefir_ruleset *rs = one_rule(&r);

	add(r->match, KEFIR_FIELD_ETH_TYPE, 0x86dd);
	add(r->match, KEFIR_FIELD_IP6_NEXT, 6)->test.net_off = 18;
	expect(rs, "v.txt:1:1: error: invalid rule 0: unguarded test of ip6_next\n");
}

static void test_guard_inside_or_does_not_leak(void)
{
	struct kefir_rule *r;
	struct kefir_ruleset *rs = one_rule(&r);
	struct kefir_pred *or = pred_new(KEFIR_PRED_OR, NULL);

	pred_add(r->match, or);
	add(or, KEFIR_FIELD_ETH_TYPE, 0x0806);
	add(r->match, KEFIR_FIELD_ARP_OP, 1);
	expect(rs, "v.txt:1:1: error: invalid rule 0: unguarded test of arp_op\n");
}

static void test_bad_values(void)
{
	struct kefir_rule *r;
	struct kefir_ruleset *rs = one_rule(&r);
	struct kefir_pred *p;

	add(r->match, KEFIR_FIELD_ETH_TYPE, 0x8100);
	add(r->match, KEFIR_FIELD_VLAN_ID, 4096);
	expect(rs, "v.txt:1:1: error: invalid rule 0: value is too large for its field\n");

	rs = one_rule(&r);
	p = add(r->match, KEFIR_FIELD_ETH_TYPE, 0x0801);
	value_from_u64(&p->test.mask, 0xff00, 2);
	expect(rs, "v.txt:1:1: error: invalid rule 0: value has bits outside its mask\n");

	rs = one_rule(&r);
	p = add(r->match, KEFIR_FIELD_ETH_TYPE, 0x0900);
	p->test.op = KEFIR_OP_RANGE;
	value_from_u64(&p->test.max, 0x0800, 2);
	expect(rs, "v.txt:1:1: error: invalid rule 0: range minimum is above its maximum\n");

	rs = one_rule(&r);
	add(r->match, KEFIR_FIELD_ETH_TYPE, 0)->test.op = KEFIR_OP_SET;
	expect(rs, "v.txt:1:1: error: invalid rule 0: empty set of values\n");
}

static void test_bad_shapes(void)
{
	struct kefir_rule *r;
	struct kefir_ruleset *rs = one_rule(&r);
	struct kefir_pred *not = pred_new(KEFIR_PRED_NOT, NULL);

	pred_add(r->match, not);
	expect(rs, "v.txt:1:1: error: invalid rule 0: 'not' needs exactly one operand\n");

	rs = one_rule(&r);
	add(r->match, KEFIR_FIELD_ETH_TYPE, 0x0800);
	add(r->match, KEFIR_FIELD_L4_DPORT, 80);
	expect(rs, "v.txt:1:1: error: invalid rule 0: transport field without an l4 method: l4_dport\n");

	rs = one_rule(&r);
	r->action.kind = KEFIR_ACTION_HANDLER;
	expect(rs, "v.txt:1:1: error: invalid rule 0: handler action without a name\n");
}

int register_validate_suite(void)
{
	static const struct unit_test tests[] = {
		{ "guarded tests pass", test_guarded_passes },
		{ "unguarded test fails", test_unguarded_fails },
		{ "guard at another offset fails", test_guard_at_other_offset_fails },
		{ "walk fields need their walk", test_walk_field_needs_walk },
		{ "guard inside an OR does not leak", test_guard_inside_or_does_not_leak },
		{ "values that do not fit", test_bad_values },
		{ "malformed shapes and actions", test_bad_shapes },
	};

	return ADD_SUITE("validate", tests);
}
