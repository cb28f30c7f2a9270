/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_interp.c - the reference interpreter (lib/interp.c) on hand-made
 * packets: field reads at every anchor, the IPv6 flow walk, ipv6_find_hdr()'s
 * walk, the three test
 * operators, relations, short-circuits, and reads that fall off the packet.
 */
#include <stdlib.h>
#include <string.h>

#include "kefir_internal.h"
#include "suites.h"

/* Ethernet + IPv4 (IHL 6: one option word) + UDP 12345 -> 53. */
static const uint8_t udp4[] = {
	0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb,
	0x08, 0x00,
	0x46, 0xb8, 0x00, 0x24, 0x12, 0x34, 0x40, 0x00, 0x40, 0x11, 0x00, 0x00,
	10, 0, 0, 1, 10, 0, 0, 2, 0x01, 0x01, 0x01, 0x00,
	0x30, 0x39, 0x00, 0x35, 0x00, 0x0c, 0x00, 0x00, 'a', 'b', 'c', 'd',
};

/* Ethernet + 802.1Q (prio 3, vid 100) + IPv6 header (no payload). */
static const uint8_t vlan_ip6[] = {
	0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb,
	0x81, 0x00, 0x60, 0x64, 0x86, 0xdd,
	0x60, 0x00, 0x00, 0x00, 0x00, 0x00, 0x3a, 0x40,
	0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
	0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2,
};

/*
 * Ethernet + IPv6 + hop-by-hop (16 bytes) + fragment header (offset 0,
 * more) + UDP 12345 -> 53: the flow walk skips the options header and
 * stops at the fragment header.
 */
static const uint8_t ip6_hbh_frag[] = {
	0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb,
	0x86, 0xdd,
	0x60, 0x00, 0x00, 0x00, 0x00, 0x20, 0x00, 0x40,
	0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
	0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2,
	0x2c, 0x01, 0x01, 0x0c, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0x11, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x07,
	0x30, 0x39, 0x00, 0x35, 0x00, 0x08, 0x00, 0x00,
};

static struct kefir_pred *field_eq(struct kefir_pred *parent,
				   enum kefir_field f, uint64_t x,
				   unsigned int net_off, enum kefir_l4 l4)
{
	struct kefir_pred *p = pred_new_field_u64(f, x, NULL);

	p->test.net_off = net_off;
	p->test.l4 = l4;
	pred_add(parent, p);
	return p;
}

static bool holds(const struct kefir_pred *p, const uint8_t *pkt, size_t len)
{
	return pred_eval(p, pkt, len, len);
}

static void test_fields_at_each_anchor(void)
{
	struct kefir_pred *and = pred_new(KEFIR_PRED_AND, NULL);

	field_eq(and, KEFIR_FIELD_ETH_TYPE, 0x0800, 14, KEFIR_L4_NONE);
	field_eq(and, KEFIR_FIELD_IP4_IHL, 6, 14, KEFIR_L4_NONE);
	field_eq(and, KEFIR_FIELD_IP4_DSCP, 46, 14, KEFIR_L4_NONE);
	field_eq(and, KEFIR_FIELD_IP4_DF, 1, 14, KEFIR_L4_NONE);
	field_eq(and, KEFIR_FIELD_IP4_PROTO, 17, 14, KEFIR_L4_NONE);
	field_eq(and, KEFIR_FIELD_L4_SPORT, 12345, 14, KEFIR_L4_IP4);
	field_eq(and, KEFIR_FIELD_L4_DPORT, 53, 14, KEFIR_L4_IP4);
	field_eq(and, KEFIR_FIELD_PKT_LEN, sizeof(udp4), 14, KEFIR_L4_NONE);
	CU_ASSERT(holds(and, udp4, sizeof(udp4)));
	/* one byte short of the destination port: the read falls off */
	CU_ASSERT_FALSE(holds(and, udp4, 14 + 24 + 3));
	pred_free(and);
}

static void test_ip6_flow_walk(void)
{
	struct kefir_pred *and = pred_new(KEFIR_PRED_AND, NULL);
	struct kefir_pred *port = pred_new(KEFIR_PRED_AND, NULL);
	uint8_t later[sizeof(ip6_hbh_frag)], whole[sizeof(ip6_hbh_frag)];

	field_eq(and, KEFIR_FIELD_IP6_FLOW_PROTO, 17, 14, KEFIR_L4_IP6_FLOW);
	field_eq(and, KEFIR_FIELD_IP6_FLOW_FRAG, 1, 14, KEFIR_L4_IP6_FLOW);
	field_eq(and, KEFIR_FIELD_IP6_FLOW_FIRST, 1, 14, KEFIR_L4_IP6_FLOW);
	CU_ASSERT(holds(and, ip6_hbh_frag, sizeof(ip6_hbh_frag)));
	/* the fragment header is cut: the walk falls off */
	CU_ASSERT_FALSE(holds(and, ip6_hbh_frag, 14 + 40 + 16 + 7));
	/* a later fragment is not the first one */
	memcpy(later, ip6_hbh_frag, sizeof(later));
	later[14 + 40 + 16 + 3] = 0x08;
	CU_ASSERT_FALSE(holds(and, later, sizeof(later)));
	/* a fragment has no transport header: the port read fails */
	field_eq(port, KEFIR_FIELD_L4_DPORT, 53, 14, KEFIR_L4_IP6_FLOW);
	CU_ASSERT_FALSE(holds(port, ip6_hbh_frag, sizeof(ip6_hbh_frag)));
	/* turn the fragment header into destination options: UDP is reached */
	memcpy(whole, ip6_hbh_frag, sizeof(whole));
	whole[14 + 40] = 60;
	whole[14 + 40 + 16 + 1] = 0;
	CU_ASSERT(holds(port, whole, sizeof(whole)));
	pred_free(and);
	pred_free(port);
}

/* Ethernet + IPv6 + AH (12 bytes) + TCP header cut after its ports. */
static const uint8_t ip6_ah[] = {
	0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb,
	0x86, 0xdd,
	0x60, 0x00, 0x00, 0x00, 0x00, 0x10, 0x33, 0x40,
	0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
	0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2,
	0x06, 0x01, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0, 0, 0, 1,
	0x30, 0x39, 0x00, 0x50,
};

/* What ipv6_find_hdr() found: the four fields of the walk's record. */
struct find {
	uint64_t proto, error, later, room;
};

/* Runs walk @l4 on @pkt; false when it falls off the captured bytes. */
static bool find(const uint8_t *pkt, size_t len, enum kefir_l4 l4,
		 struct find *out)
{
	static const enum kefir_field f[] = {
		KEFIR_FIELD_IP6_FIND_PROTO, KEFIR_FIELD_IP6_FIND_ERROR,
		KEFIR_FIELD_IP6_FIND_LATER, KEFIR_FIELD_IP6_FIND_ROOM,
	};
	uint64_t *v[] = { &out->proto, &out->error, &out->later, &out->room };
	struct kefir_test t = { .kind = KEFIR_TEST_FIELD, .net_off = 14,
				.l4 = l4 };
	struct kefir_value x;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(f); i++) {
		t.field = f[i];
		if (!test_read_field(&t, pkt, len, len, &x))
			return false;
		*v[i] = value_to_u64(&x, field_info(f[i])->bytes);
	}
	return true;
}

static void expect_find(const uint8_t *pkt, size_t len, enum kefir_l4 l4,
			uint64_t proto, uint64_t error, uint64_t later,
			uint64_t room)
{
	struct find r;

	CU_ASSERT_FATAL(find(pkt, len, l4, &r));
	CU_ASSERT_EQUAL(r.proto, proto);
	CU_ASSERT_EQUAL(r.error, error);
	CU_ASSERT_EQUAL(r.later, later);
	CU_ASSERT_EQUAL(r.room, room);
}

static void test_ip6_find_walk(void)
{
	uint8_t pkt[sizeof(ip6_hbh_frag)];
	struct kefir_pred *port = pred_new(KEFIR_PRED_AND, NULL);
	struct find r;

	/* hop-by-hop and a first fragment are skipped: UDP, 8 bytes left */
	expect_find(ip6_hbh_frag, sizeof(pkt), KEFIR_L4_IP6_FIND, 17, 0, 0, 8);
	expect_find(ip6_hbh_frag, sizeof(pkt), KEFIR_L4_IP6_FIND_FRAG, 44, 0, 0, 16);
	expect_find(ip6_hbh_frag, sizeof(pkt), KEFIR_L4_IP6_FIND_AH, 0,
		    KEFIR_FIND_ABSENT, 0, 0);
	field_eq(port, KEFIR_FIELD_L4_DPORT, 53, 14, KEFIR_L4_IP6_FIND);
	CU_ASSERT(holds(port, ip6_hbh_frag, sizeof(pkt)));
	/* a later fragment: its next header, no transport header */
	memcpy(pkt, ip6_hbh_frag, sizeof(pkt));
	pkt[14 + 40 + 16 + 3] = 0x08;
	expect_find(pkt, sizeof(pkt), KEFIR_L4_IP6_FIND, 17, 0, 1, 8);
	expect_find(pkt, sizeof(pkt), KEFIR_L4_IP6_FIND_FRAG, 44, 0, 0, 16);
	CU_ASSERT_FALSE(holds(port, pkt, sizeof(pkt)));
	/* ... followed by an extension header: not found */
	pkt[14 + 40 + 16] = 60;
	expect_find(pkt, sizeof(pkt), KEFIR_L4_IP6_FIND, 0, KEFIR_FIND_ABSENT, 0, 0);
	/* the payload length ends inside the skipped hop-by-hop header */
	memcpy(pkt, ip6_hbh_frag, sizeof(pkt));
	pkt[14 + 5] = 10;
	expect_find(pkt, sizeof(pkt), KEFIR_L4_IP6_FIND, 0,
		    KEFIR_FIND_MALFORMED, 0, 0);
	/* captured bytes end before the payload does: the walk falls off */
	CU_ASSERT_FALSE(find(ip6_hbh_frag, 14 + 40 + 1, KEFIR_L4_IP6_FIND, &r));
	/* no next header */
	pkt[14 + 5] = 0x20;
	pkt[14 + 40] = 59;
	expect_find(pkt, sizeof(pkt), KEFIR_L4_IP6_FIND, 59, 0, 0, 16);
	/* AH is skipped by (len + 2) * 4 bytes, or found */
	expect_find(ip6_ah, sizeof(ip6_ah), KEFIR_L4_IP6_FIND, 6, 0, 0, 4);
	expect_find(ip6_ah, sizeof(ip6_ah), KEFIR_L4_IP6_FIND_AH, 51, 0, 0, 16);
	expect_find(ip6_ah, sizeof(ip6_ah), KEFIR_L4_IP6_FIND_FRAG, 0,
		    KEFIR_FIND_ABSENT, 0, 0);
	pred_free(port);
}

static void test_vlan_layout(void)
{
	struct kefir_pred *and = pred_new(KEFIR_PRED_AND, NULL);
	struct kefir_pred *src = pred_new_field(KEFIR_FIELD_IP6_SRC, NULL);

	field_eq(and, KEFIR_FIELD_ETH_TYPE, 0x8100, 14, KEFIR_L4_NONE);
	field_eq(and, KEFIR_FIELD_VLAN_ID, 100, 14, KEFIR_L4_NONE);
	field_eq(and, KEFIR_FIELD_VLAN_PRIO, 3, 14, KEFIR_L4_NONE);
	field_eq(and, KEFIR_FIELD_ETH_TYPE, 0x86dd, 18, KEFIR_L4_NONE);
	field_eq(and, KEFIR_FIELD_IP6_NEXT, 58, 18, KEFIR_L4_NONE);
	/* 2001:db8::/32 as a prefix */
	src->test.net_off = 18;
	value_parse(&src->test.value, KEFIR_KIND_IPV6, 16, "2001:db8::");
	value_from_prefix(&src->test.mask, 32, 16);
	pred_add(and, src);
	CU_ASSERT(holds(and, vlan_ip6, sizeof(vlan_ip6)));
	src->test.value.b[3] = 0xb9;
	CU_ASSERT_FALSE(holds(and, vlan_ip6, sizeof(vlan_ip6)));
	pred_free(and);
}

static void test_range_and_set(void)
{
	struct kefir_pred *p = pred_new_field(KEFIR_FIELD_L4_DPORT, NULL);
	static const uint16_t ports[] = { 22, 53, 80 };
	size_t i;

	p->test.l4 = KEFIR_L4_IP4;
	p->test.op = KEFIR_OP_RANGE;
	value_from_u64(&p->test.value, 53, 2);
	value_from_u64(&p->test.max, 100, 2);
	CU_ASSERT(holds(p, udp4, sizeof(udp4)));
	value_from_u64(&p->test.value, 54, 2);
	CU_ASSERT_FALSE(holds(p, udp4, sizeof(udp4)));
	p->test.op = KEFIR_OP_SET;
	p->test.set = calloc(3, sizeof(*p->test.set));
	p->test.n_set = 3;
	for (i = 0; i < 3; i++)
		value_from_u64(&p->test.set[i], ports[i], 2);
	CU_ASSERT(holds(p, udp4, sizeof(udp4)));
	value_from_u64(&p->test.set[1], 54, 2);
	CU_ASSERT_FALSE(holds(p, udp4, sizeof(udp4)));
	pred_free(p);
}

static struct kefir_expr *cnst(uint32_t k)
{
	struct kefir_expr *e = expr_new(KEFIR_EXPR_CONST, NULL);

	e->k = k;
	return e;
}

static struct kefir_expr *bin(enum kefir_binop op, struct kefir_expr *a,
			      struct kefir_expr *b)
{
	struct kefir_expr *e = expr_new(KEFIR_EXPR_BINARY, NULL);

	e->op = op;
	e->a = a;
	e->b = b;
	return e;
}

static struct kefir_expr *ld(enum kefir_anchor anchor, uint32_t off,
			     unsigned int size)
{
	struct kefir_expr *e = expr_new(KEFIR_EXPR_LOAD, NULL);

	e->anchor = anchor;
	e->a = cnst(off);
	e->size = size;
	return e;
}

static struct kefir_pred *rel(enum kefir_relop op, struct kefir_expr *l,
			      struct kefir_expr *r)
{
	struct kefir_pred *p = pred_new(KEFIR_PRED_TEST, NULL);

	p->test.kind = KEFIR_TEST_REL;
	p->test.net_off = 14;
	p->test.l4 = KEFIR_L4_IP4;
	p->test.relop = op;
	p->test.lhs = l;
	p->test.rhs = r;
	return p;
}

static void check_rel(struct kefir_pred *p, bool expect)
{
	CU_ASSERT_EQUAL(holds(p, udp4, sizeof(udp4)), expect);
	pred_free(p);
}

static void test_relations(void)
{
	/* ip[2:2] - ((ip[0] & 0xf) << 2) == 16: UDP length by arithmetic */
	check_rel(rel(KEFIR_RELOP_EQ,
		      bin(KEFIR_BINOP_SUB, ld(KEFIR_ANCHOR_NET, 2, 2),
			  bin(KEFIR_BINOP_LSH,
			      bin(KEFIR_BINOP_AND, ld(KEFIR_ANCHOR_NET, 0, 1), cnst(0xf)),
			      cnst(2))),
		      cnst(12)), true);
	check_rel(rel(KEFIR_RELOP_EQ, ld(KEFIR_ANCHOR_L4, 2, 2), cnst(53)), true);
	check_rel(rel(KEFIR_RELOP_GT, cnst(0), bin(KEFIR_BINOP_SUB, cnst(0), cnst(1))), false);
	check_rel(rel(KEFIR_RELOP_EQ, bin(KEFIR_BINOP_LSH, cnst(1), cnst(32)), cnst(0)), true);
	check_rel(rel(KEFIR_RELOP_EQ, bin(KEFIR_BINOP_RSH, cnst(~0u), cnst(40)), cnst(0)), true);
	check_rel(rel(KEFIR_RELOP_LE, bin(KEFIR_BINOP_MOD, cnst(7), cnst(0)), cnst(9)), false);
	check_rel(rel(KEFIR_RELOP_NE, bin(KEFIR_BINOP_DIV, cnst(7), cnst(2)), cnst(3)), false);
	check_rel(rel(KEFIR_RELOP_GE, expr_new(KEFIR_EXPR_LEN, NULL), cnst(sizeof(udp4))), true);
	check_rel(rel(KEFIR_RELOP_LT, ld(KEFIR_ANCHOR_LINK, 1000, 1), cnst(1)), false);
}

/* A read that falls off fails the rule even under "not", and only if run. */
static void test_fell_off_fails_the_rule(void)
{
	struct kefir_pred *not = pred_new(KEFIR_PRED_NOT, NULL);
	struct kefir_pred *or = pred_new(KEFIR_PRED_OR, NULL);

	pred_add(not, rel(KEFIR_RELOP_EQ, ld(KEFIR_ANCHOR_LINK, 500, 1), cnst(1)));
	CU_ASSERT_FALSE(holds(not, udp4, sizeof(udp4)));
	pred_add(or, pred_new(KEFIR_PRED_TRUE, NULL));
	pred_add(or, not);
	CU_ASSERT(holds(or, udp4, sizeof(udp4)));	/* never reached */
	pred_free(or);
}

static void test_first_match_and_default(void)
{
	struct kefir_ruleset *rs = ruleset_new("t", "test");
	struct kefir_rule *r0 = rule_new(NULL, "r0"), *r1 = rule_new(NULL, "r1");

	field_eq(r0->match, KEFIR_FIELD_ETH_TYPE, 0x86dd, 14, KEFIR_L4_NONE);
	/* any source MAC: mask 0, but the bytes must be there */
	value_from_u64(&field_eq(r1->match, KEFIR_FIELD_ETH_SRC, 0, 14,
				 KEFIR_L4_NONE)->test.mask, 0, 6);
	ruleset_append(rs, r0);
	ruleset_append(rs, r1);
	CU_ASSERT_EQUAL(kefir_ruleset_eval(rs, udp4, sizeof(udp4), sizeof(udp4)), 1);
	CU_ASSERT_EQUAL(kefir_ruleset_eval(rs, udp4, 6, 64), -1);
	CU_ASSERT_EQUAL(kefir_ruleset_eval(rs, vlan_ip6, 12, 12), 1);
	kefir_ruleset_free(rs);
}

int register_interp_suite(void)
{
	static const struct unit_test tests[] = {
		{ "fields at link, net, l4 and meta", test_fields_at_each_anchor },
		{ "VLAN layout and IPv6 prefix", test_vlan_layout },
		{ "IPv6 flow walk", test_ip6_flow_walk },
		{ "ipv6_find_hdr() walk", test_ip6_find_walk },
		{ "range and set", test_range_and_set },
		{ "relations and arithmetic", test_relations },
		{ "falling off fails the rule", test_fell_off_fails_the_rule },
		{ "first match and default", test_first_match_and_default },
	};

	return ADD_SUITE("interp", tests);
}
