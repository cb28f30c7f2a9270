/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * rulegen.h - a deterministic generator of large iptables rulesets in the
 * shapes real firewalls have, and of traffic that hits their rules early,
 * late or not at all (the scale test and benchmark, docs/scale.md).
 */
#ifndef KEFIR_RULEGEN_H
#define KEFIR_RULEGEN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "pktgen.h"

/* One generated rule, as the traffic generator needs to hit it. */
struct rg_rule {
	uint32_t src, src_len;		/* -s src/src_len (0/0: any) */
	uint32_t dst, dst_len;
	uint8_t proto;			/* 0: any */
	uint16_t sport_lo, sport_hi;	/* 0..65535: any */
	uint16_t dport_lo, dport_hi;
};

struct rg_ruleset {
	struct rg_rule *rules;		/* in the order they are tried */
	size_t n;
	char *text;			/* the iptables-save file */
	size_t len;
};

/*
 * Generates a ruleset of about @n rules from @seed: address
 * blocklists with overlapping prefixes and exceptions, per-service port
 * rules, 5-tuple rules with port ranges, and a user chain. 0 or -ENOMEM.
 */
int rg_ruleset(size_t n, unsigned int seed, struct rg_ruleset *out);
void rg_ruleset_free(struct rg_ruleset *rs);

/*
 * Builds packet @i of the traffic for @rs (seeded): a third aimed at the
 * first tenth of the rules, a third at the last tenth, a third at random
 * (mostly no rule). Whether it hits the aimed rule depends on the rules
 * before it: the reference interpreter decides.
 */
void rg_packet(const struct rg_ruleset *rs, unsigned int seed, size_t i,
	       struct pg *g);

#endif /* KEFIR_RULEGEN_H */
