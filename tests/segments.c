/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * segments.c - rulesets made to exercise the classification pass
 * (lib/classify.c) where it is most likely to be wrong: long runs of rules
 * of a few shapes over small value spaces, so that prefixes nest, ranges
 * overlap and masks are not prefixes; several shapes and actions in one
 * run; rules that repeat an earlier predicate (dead); slots that vary and
 * slots that do not; keys at another network offset (under a VLAN tag) and
 * in the transport header; constant parts with negations and relations.
 * Every back-end that takes a plan is checked on them against the
 * interpreter (tests/kernel.c, tests/native.c).
 */
#include <stdlib.h>

#include "kefir_internal.h"
#include "segments.h"

static uint32_t rnd(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

static struct kefir_pred *eq(enum kefir_field f, uint64_t v, unsigned int net_off)
{
	struct kefir_pred *p = pred_new_field_u64(f, v, NULL);

	if (p)
		p->test.net_off = net_off;
	return p;
}

/* (field & mask) == value & mask, on a field of at most 4 bytes. */
static struct kefir_pred *masked(enum kefir_field f, uint64_t v, uint64_t m,
				 unsigned int net_off, enum kefir_l4 l4)
{
	unsigned int bytes = field_info(f)->bytes;
	struct kefir_pred *p = eq(f, v & m, net_off);

	if (p) {
		value_from_u64(&p->test.mask, m, bytes);
		p->test.l4 = l4;
	}
	return p;
}

static struct kefir_pred *range(enum kefir_field f, uint64_t lo, uint64_t hi,
				unsigned int net_off, enum kefir_l4 l4)
{
	unsigned int bytes = field_info(f)->bytes;
	struct kefir_pred *p = eq(f, lo, net_off);

	if (p) {
		p->test.op = KEFIR_OP_RANGE;
		value_from_u64(&p->test.max, hi, bytes);
		p->test.l4 = l4;
	}
	return p;
}

/* A prefix of 10.0.0.0/27's addresses, of length 24 to 32. */
static struct kefir_pred *src_prefix(uint32_t *s, unsigned int net_off)
{
	static const unsigned int lens[] = { 24, 27, 28, 29, 30, 31, 32, 32 };
	unsigned int len = lens[rnd(s) % 8];
	uint32_t m = ~UINT32_C(0) << (32 - len);

	return masked(KEFIR_FIELD_IP4_SRC, (10u << 24) | (rnd(s) % 32), m,
		      net_off, KEFIR_L4_NONE);
}

/* "ip4 total length > 60": a relation, constant in its shape. */
static struct kefir_pred *long_packet(unsigned int net_off)
{
	struct kefir_pred *p = pred_new(KEFIR_PRED_TEST, NULL);
	struct kefir_expr *load, *off;

	if (!p)
		return NULL;
	p->test.kind = KEFIR_TEST_REL;
	p->test.net_off = net_off;
	p->test.relop = KEFIR_RELOP_GT;
	load = expr_new(KEFIR_EXPR_LOAD, NULL);
	off = expr_new(KEFIR_EXPR_CONST, NULL);
	p->test.rhs = expr_new(KEFIR_EXPR_CONST, NULL);
	if (!load || !off || !p->test.rhs) {
		expr_free(load);
		expr_free(off);
		pred_free(p);
		return NULL;
	}
	off->k = 2;
	load->anchor = KEFIR_ANCHOR_NET;
	load->size = 2;
	load->a = off;
	p->test.lhs = load;
	p->test.rhs->k = 60;
	return p;
}

static struct kefir_pred *not_of(struct kefir_pred *kid)
{
	struct kefir_pred *p = pred_new(KEFIR_PRED_NOT, NULL);

	if (p && kid && !pred_add(p, kid))
		return p;
	pred_free(p);
	pred_free(kid);
	return NULL;
}

/* Adds @kid (owned) to @r's match; false when it is NULL or memory runs out. */
static bool add(struct kefir_rule *r, struct kefir_pred *kid)
{
	if (kid && !pred_add(r->match, kid))
		return true;
	pred_free(kid);
	return false;
}

/* The guards of IPv4 at @net_off: behind a VLAN tag when it is 18. */
static bool ip4_guards(struct kefir_rule *r, unsigned int net_off)
{
	if (net_off == 18 && (!add(r, eq(KEFIR_FIELD_ETH_TYPE, 0x8100, 14)) ||
			      !add(r, range(KEFIR_FIELD_VLAN_ID, 0, 4095, 14,
					    KEFIR_L4_NONE))))
		return false;
	return add(r, eq(KEFIR_FIELD_ETH_TYPE, 0x0800, net_off));
}

/* A rule keyed on the IPv4 source, of shape @shape (0..3). */
static bool src_rule(struct kefir_rule *r, uint32_t *s, unsigned int shape,
		     unsigned int net_off)
{
	if (!ip4_guards(r, net_off) || !add(r, src_prefix(s, net_off)))
		return false;
	switch (shape) {
	case 0:
		return true;
	case 1:		/* a TCP/UDP port range: a varying slot */
		return add(r, eq(KEFIR_FIELD_IP4_PROTO, rnd(s) % 2 ? 6 : 17, net_off)) &&
		       add(r, eq(KEFIR_FIELD_IP4_FRAGOFF, 0, net_off)) &&
		       add(r, range(KEFIR_FIELD_L4_DPORT, rnd(s) % 24,
				    24 + rnd(s) % 40000, net_off, KEFIR_L4_IP4));
	case 2:		/* a TOS under a mask that is no prefix */
		return add(r, masked(KEFIR_FIELD_IP4_TOS, rnd(s) % 256, 0x05,
				     net_off, KEFIR_L4_NONE)) &&
		       add(r, not_of(eq(KEFIR_FIELD_IP4_TTL, 64, net_off)));
	default:	/* constant parts only: a relation and a fixed TTL range */
		return add(r, long_packet(net_off)) &&
		       add(r, range(KEFIR_FIELD_IP4_TTL, 1, 128, net_off,
				    KEFIR_L4_NONE));
	}
}

/* A rule keyed on the destination port range of TCP or UDP. */
static bool port_rule(struct kefir_rule *r, uint32_t *s)
{
	uint32_t lo = rnd(s) % 1100;

	return ip4_guards(r, 14) &&
	       add(r, eq(KEFIR_FIELD_IP4_PROTO, rnd(s) % 3 ? 6 : 17, 14)) &&
	       add(r, eq(KEFIR_FIELD_IP4_FRAGOFF, 0, 14)) &&
	       add(r, range(KEFIR_FIELD_L4_DPORT, lo, lo + rnd(s) % 64, 14,
			    KEFIR_L4_IP4)) &&
	       (rnd(s) % 2 || add(r, src_prefix(s, 14)));
}

/* Rule @r of part @part of the ruleset, from the random state *@s. */
static bool build_rule(struct kefir_rule *r, uint32_t *s, unsigned int part)
{
	switch (part) {
	case 0:
		return src_rule(r, s, rnd(s) % 4, 14);
	case 1:
		return port_rule(r, s);
	case 2:
		return src_rule(r, s, rnd(s) % 2, 18);
	default:
		return src_rule(r, s, 1 + rnd(s) % 3 % 2, 14);
	}
}

/*
 * Four runs of n / 4 rules: keyed on the IPv4 source with four shapes, on
 * the destination port, on the source behind a VLAN tag, and on the source
 * again with other shapes. One rule in ten repeats one of the four rules
 * before it (replayed from the same random state): a dead rule.
 */
struct kefir_ruleset *segments_ruleset(unsigned int seed, size_t n)
{
	struct kefir_ruleset *rs = ruleset_new("segments", "c");
	uint32_t s = seed * 2654435761u + 1, states[4] = { 0 }, replay;
	unsigned int parts[4] = { 0 }, part, back;
	struct kefir_rule *r;
	size_t k;
	bool ok = rs != NULL;

	for (k = 0; ok && k < n; k++) {
		part = (unsigned int)(4 * k / n);
		r = rule_new(NULL, "segment rule");
		if (!r)
			break;
		if (k >= 4 && rnd(&s) % 10 == 0) {
			back = rnd(&s) % 4;
			replay = states[back];
			ok = build_rule(r, &replay, parts[back]);
		} else {
			states[k % 4] = s;
			parts[k % 4] = part;
			ok = build_rule(r, &s, part);
		}
		if (!ok || ruleset_append(rs, r)) {
			rule_free(r);
			ok = false;
			break;
		}
		r->action.kind = rnd(&s) % 3 ? KEFIR_ACTION_DROP : KEFIR_ACTION_PASS;
	}
	if (!ok || k < n) {
		kefir_ruleset_free(rs);
		return NULL;
	}
	rs->default_action.kind = seed % 2 ? KEFIR_ACTION_DROP : KEFIR_ACTION_PASS;
	return rs;
}

/*
 * Adds @n packets aimed at the value spaces of segments_ruleset(): IPv4
 * from 10.0.0.0/27, TCP or UDP to ports below 1200, any TOS, TTL 63 to 65,
 * short and long, untagged or behind a VLAN tag. 0 or -ENOMEM.
 */
int segments_packets(unsigned int seed, size_t n, struct pg_corpus *out)
{
	uint32_t s = seed * 2246822519u + 7;
	struct pg g;
	size_t k;
	int err = 0;

	for (k = 0; !err && k < n; k++) {
		uint8_t proto = rnd(&s) % 2 ? 6 : 17;

		pg_init(&g);
		if (rnd(&s) % 4 == 0) {
			pg_eth(&g, PG_MAC_DST, PG_MAC_SRC, PG_ETH_VLAN);
			pg_vlan(&g, 0, 0, (uint16_t)(rnd(&s) % 4096), PG_ETH_IP4);
		} else {
			pg_eth(&g, PG_MAC_DST, PG_MAC_SRC, PG_ETH_IP4);
		}
		pg_ip4(&g, &(struct pg_ip4){ .proto = proto,
					     .tos = (uint8_t)rnd(&s),
					     .ttl = (uint8_t)(63 + rnd(&s) % 3),
					     .src = PG_IP4(10, 0, 0, rnd(&s) % 32),
					     .dst = PG_IP4(10, 1, 2, 3) });
		if (proto == 6)
			pg_tcp(&g, 40000, (uint16_t)(rnd(&s) % 1200), PG_TCP_SYN);
		else
			pg_udp(&g, 40000, (uint16_t)(rnd(&s) % 1200));
		pg_payload(&g, rnd(&s) % 2 ? 0 : 40, k);
		pg_finish(&g);
		err = corpus_add(out, &g, g.len, g.len, "segments");
	}
	return err;
}
