/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * rulegen.c - generates iptables rulesets of N rules in realistic shapes,
 * and traffic for them (rulegen.h). Deterministic: the same N and seed give
 * the same text and packets on every machine (a private xorshift, not
 * rand()).
 *
 * The ruleset, in order (shares of N):
 *   - a few fixed rules (ICMP echo, SSH from the admin network);
 *   - 50% a blocklist: /16, /20, /24 and /32 prefixes that overlap (a /24
 *     inside an earlier /16 never decides; a /32 ACCEPT before its /16 DROP
 *     is an exception), as address lists are written;
 *   - 25% per-service rules: -p tcp|udp --dport P, some from one network;
 *   - 20% 5-tuple rules: -s, -d, -p tcp, a source port range, a
 *     destination port, ACCEPT or DROP;
 *   - 5% in a user chain "svc" jumped to for one destination network,
 *     ending in RETURN;
 * and the policy DROP.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "rulegen.h"

struct rng {
	uint64_t s;
};

static uint32_t rnd(struct rng *r)
{
	r->s ^= r->s << 13;
	r->s ^= r->s >> 7;
	r->s ^= r->s << 17;
	return (uint32_t)(r->s >> 16);
}

static uint32_t rnd_below(struct rng *r, uint32_t n)
{
	return n ? rnd(r) % n : 0;
}

static void rng_seed(struct rng *r, uint64_t seed)
{
	r->s = seed * UINT64_C(0x9e3779b97f4a7c15) + 0x2545f4914f6cdd1d;
	if (!r->s)
		r->s = 1;
	rnd(r);
}

/* The state of one generation. */
struct gen {
	struct rng rng;
	struct rg_ruleset *rs;
	size_t cap;
	FILE *f;
};

static uint32_t prefix_mask(uint32_t len)
{
	return len ? ~UINT32_C(0) << (32 - len) : 0;
}

static void put_addr(FILE *f, const char *opt, uint32_t a, uint32_t len)
{
	if (len)
		fprintf(f, " %s %u.%u.%u.%u/%u", opt, a >> 24, a >> 16 & 0xff,
			a >> 8 & 0xff, a & 0xff, len);
}

static void put_ports(FILE *f, const char *opt, uint16_t lo, uint16_t hi)
{
	if (lo == 0 && hi == 65535)
		return;
	if (lo == hi)
		fprintf(f, " %s %u", opt, lo);
	else
		fprintf(f, " %s %u:%u", opt, lo, hi);
}

/* Appends @r to the list and writes it as "-A CHAIN ... -j TARGET". */
static int emit(struct gen *g, const char *chain, const struct rg_rule *r,
		const char *target)
{
	const char *proto = r->proto == 6 ? "tcp" : r->proto == 17 ? "udp" :
			    r->proto == 1 ? "icmp" : NULL;
	struct rg_rule *rules;

	if (g->rs->n == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 1024;
		rules = realloc(g->rs->rules, g->cap * sizeof(*rules));
		if (!rules)
			return -ENOMEM;
		g->rs->rules = rules;
	}
	g->rs->rules[g->rs->n++] = *r;
	fprintf(g->f, "-A %s", chain);
	put_addr(g->f, "-s", r->src, r->src_len);
	put_addr(g->f, "-d", r->dst, r->dst_len);
	if (proto)
		fprintf(g->f, " -p %s", proto);
	if (r->proto == 6 || r->proto == 17) {
		put_ports(g->f, "--sport", r->sport_lo, r->sport_hi);
		put_ports(g->f, "--dport", r->dport_lo, r->dport_hi);
	}
	if (r->proto == 1 && r->dport_lo != 65535)
		fprintf(g->f, " --icmp-type %u", r->dport_lo);
	fprintf(g->f, " -j %s\n", target);
	return 0;
}

static struct rg_rule any_rule(void)
{
	return (struct rg_rule){ .sport_hi = 65535, .dport_hi = 65535 };
}

static int gen_fixed(struct gen *g)
{
	struct rg_rule r = any_rule();
	int err;

	r.proto = 1;
	r.dport_lo = r.dport_hi = 8;	/* echo-request */
	if ((err = emit(g, "INPUT", &r, "ACCEPT")))
		return err;
	r = any_rule();
	r.src = PG_IP4(192, 0, 2, 0);
	r.src_len = 24;
	r.proto = 6;
	r.dport_lo = r.dport_hi = 22;
	return emit(g, "INPUT", &r, "ACCEPT");
}

/* A blocklist: prefixes of 100.64.0.0/10 and 198.18.0.0/15, overlapping. */
static int gen_blocklist(struct gen *g, size_t n)
{
	static const uint32_t lens[] = { 16, 20, 24, 24, 24, 32, 32, 32 };
	struct rg_rule r;
	size_t i;
	int err;

	for (i = 0; i < n; i++) {
		r = any_rule();
		r.src_len = lens[rnd_below(&g->rng, 8)];
		r.src = (rnd_below(&g->rng, 4) ? PG_IP4(100, 64, 0, 0) |
						 rnd_below(&g->rng, 1u << 22) :
						 PG_IP4(198, 18, 0, 0) |
						 rnd_below(&g->rng, 1u << 17)) &
			prefix_mask(r.src_len);
		/* one in 16 is an exception: ACCEPT a host the list drops */
		if (r.src_len == 32 && rnd_below(&g->rng, 2) == 0) {
			if ((err = emit(g, "INPUT", &r, "ACCEPT")))
				return err;
			r.src_len = 16;
			r.src &= prefix_mask(16);
			if (++i == n)
				break;
		}
		if ((err = emit(g, "INPUT", &r, "DROP")))
			return err;
	}
	return 0;
}

/* Services: a port per rule, TCP or UDP, some only from 10.0.0.0/8. */
static int gen_services(struct gen *g, size_t n)
{
	struct rg_rule r;
	size_t i;
	int err;

	for (i = 0; i < n; i++) {
		r = any_rule();
		r.proto = rnd_below(&g->rng, 4) ? 6 : 17;
		r.dport_lo = r.dport_hi = (uint16_t)(1024 + rnd_below(&g->rng, 60000));
		if (rnd_below(&g->rng, 4) == 0) {
			r.src = PG_IP4(10, 0, 0, 0);
			r.src_len = 8;
		}
		if ((err = emit(g, "INPUT", &r, "ACCEPT")))
			return err;
	}
	return 0;
}

/* 5-tuple rules: 172.16.0.0/12 sources, 203.0.113.0/24 destinations. */
static int gen_five_tuples(struct gen *g, const char *chain, size_t n)
{
	struct rg_rule r;
	size_t i;
	int err;

	for (i = 0; i < n; i++) {
		r = any_rule();
		r.src_len = rnd_below(&g->rng, 2) ? 32 : 28;
		r.src = (PG_IP4(172, 16, 0, 0) | rnd_below(&g->rng, 1u << 20)) &
			prefix_mask(r.src_len);
		r.dst_len = rnd_below(&g->rng, 3) ? 32 : 24;
		r.dst = (PG_IP4(203, 0, 113, 0) | rnd_below(&g->rng, 256)) &
			prefix_mask(r.dst_len);
		r.proto = 6;
		r.sport_lo = (uint16_t)(1024 + rnd_below(&g->rng, 32768));
		r.sport_hi = (uint16_t)(r.sport_lo + rnd_below(&g->rng, 4096));
		r.dport_lo = r.dport_hi = (uint16_t)(1 + rnd_below(&g->rng, 1023));
		err = emit(g, chain, &r, rnd_below(&g->rng, 3) ? "ACCEPT" : "DROP");
		if (err)
			return err;
	}
	return 0;
}

/* A user chain for 198.51.100.0/24: its rules are 5-tuples too. */
static int gen_chain(struct gen *g, size_t n)
{
	size_t body = n > 1 ? n - 1 : 1;
	int err;

	fputs("-A INPUT -d 198.51.100.0/24 -j svc\n", g->f);
	if ((err = gen_five_tuples(g, "svc", body)))
		return err;
	/* the rules' own destinations are 203.0.113.x: rewrite them to svc's */
	for (size_t i = g->rs->n - body; i < g->rs->n; i++) {
		g->rs->rules[i].dst = PG_IP4(198, 51, 100, 0) |
				      (g->rs->rules[i].dst & 0xff);
	}
	fputs("-A svc -j RETURN\n", g->f);
	return 0;
}

int rg_ruleset(size_t n, unsigned int seed, struct rg_ruleset *out)
{
	struct gen g = { .rs = out };
	size_t block = n / 2, svc = n / 4, tuples = n / 5;
	size_t chain = n > 2 + block + svc + tuples ? n - 2 - block - svc - tuples : 1;
	int err = 0;

	memset(out, 0, sizeof(*out));
	rng_seed(&g.rng, seed);
	g.f = open_memstream(&out->text, &out->len);
	if (!g.f)
		return -ENOMEM;
	fputs("# generated by tests/rulegen.c\n*filter\n:INPUT DROP [0:0]\n"
	      ":FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:svc - [0:0]\n", g.f);
	err = gen_fixed(&g);
	if (!err)
		err = gen_blocklist(&g, block);
	if (!err)
		err = gen_services(&g, svc);
	if (!err)
		err = gen_five_tuples(&g, "INPUT", tuples);
	if (!err)
		err = gen_chain(&g, chain);
	fputs("COMMIT\n", g.f);
	if (fclose(g.f) && !err)
		err = -ENOMEM;
	if (err)
		rg_ruleset_free(out);
	return err;
}

void rg_ruleset_free(struct rg_ruleset *rs)
{
	free(rs->rules);
	free(rs->text);
	memset(rs, 0, sizeof(*rs));
}

/* A value of [lo, lo | ~mask(len)] */
static uint32_t in_prefix(struct rng *r, uint32_t a, uint32_t len)
{
	return (a & prefix_mask(len)) | (rnd(r) & ~prefix_mask(len));
}

static uint16_t in_range(struct rng *r, uint16_t lo, uint16_t hi)
{
	return (uint16_t)(lo + rnd_below(r, (uint32_t)hi - lo + 1));
}

/* A packet that the rule @t would match, all else being random. */
static void aim(struct rng *r, const struct rg_rule *t, struct pg *g)
{
	uint8_t proto = t->proto ? t->proto : (rnd_below(r, 2) ? 6 : 17);
	uint32_t src = t->src_len ? in_prefix(r, t->src, t->src_len) : rnd(r);
	uint32_t dst = t->dst_len ? in_prefix(r, t->dst, t->dst_len) :
				    PG_IP4(198, 51, 100, 0) | rnd_below(r, 256);

	pg_eth(g, PG_MAC_DST, PG_MAC_SRC, PG_ETH_IP4);
	pg_ip4(g, &(struct pg_ip4){ .proto = proto, .src = src, .dst = dst,
				    .id = (uint16_t)rnd(r) });
	if (proto == 1)
		pg_icmp(g, (uint8_t)t->dport_lo, 0, rnd(r));
	else if (proto == 6)
		pg_tcp(g, in_range(r, t->sport_lo, t->sport_hi),
		       in_range(r, t->dport_lo, t->dport_hi), PG_TCP_SYN);
	else
		pg_udp(g, in_range(r, t->sport_lo, t->sport_hi),
		       in_range(r, t->dport_lo, t->dport_hi));
	pg_payload(g, rnd_below(r, 64), rnd(r));
}

void rg_packet(const struct rg_ruleset *rs, unsigned int seed, size_t i,
	       struct pg *g)
{
	struct rng r;
	struct rg_rule any = any_rule();
	size_t tenth = rs->n / 10 ? rs->n / 10 : 1;

	rng_seed(&r, (uint64_t)seed << 32 | i);
	pg_init(g);
	switch (i % 3) {
	case 0:
		aim(&r, &rs->rules[rnd_below(&r, (uint32_t)tenth)], g);
		break;
	case 1:
		aim(&r, &rs->rules[rs->n - 1 - rnd_below(&r, (uint32_t)tenth)], g);
		break;
	default:
		aim(&r, &any, g);
		break;
	}
	pg_finish(g);
}
