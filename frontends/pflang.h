/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * pflang.h - what the two halves of the pflang front-end share: the parser
 * (pflang.c: tokens, grammar, qualifiers, rulesets) and the code generator
 * (pflang_gen.c: each primitive as libpcap generates it, into the IR).
 * Internal to frontends/.
 */
#ifndef KEFIR_PFLANG_H
#define KEFIR_PFLANG_H

#include "frontend.h"

#define ETHERMTU 1500
#define VLAN_HLEN 4
#define MAX_VLAN_ID 0x0fff
#define PROTO_UNDEF (-1)

/* Protocol qualifiers (libpcap's pname). */
enum pq {
	PQ_NONE, PQ_LINK, PQ_IP, PQ_IP6, PQ_ARP, PQ_RARP, PQ_DECNET, PQ_LAT,
	PQ_SCA, PQ_MOPRC, PQ_MOPDL, PQ_TCP, PQ_UDP, PQ_SCTP, PQ_ICMP, PQ_ICMP6,
	PQ_IGMP, PQ_IGRP, PQ_PIM, PQ_VRRP, PQ_AH, PQ_ESP,
};

enum dq { DQ_DEFAULT, DQ_SRC, DQ_DST, DQ_OR, DQ_AND };

enum aq {
	AQ_DEFAULT, AQ_HOST, AQ_NET, AQ_PORT, AQ_PORTRANGE, AQ_PROTO,
	AQ_UNDEF,	/* after a term that gives no qualifiers to bare ids */
};

struct qual {
	enum pq proto;
	enum dq dir;
	enum aq addr;
};

/* Which IP versions a transport protocol qualifier covers. */
enum ipfam { FAM_NONE, FAM_IP4, FAM_IP6, FAM_BOTH };

/* Where an accessor P[...] counts from. */
enum base { BASE_NONE, BASE_LINK, BASE_NET, BASE_L4, BASE_ICMP6 };

struct proto_info {
	const char *name;
	enum pq pq;
	uint16_t ethertype;	/* link-level protocols */
	int ipproto;		/* transport protocols, else PROTO_UNDEF */
	enum ipfam fam;
	enum base base;		/* accessor base */
};

struct parser {
	struct lexer lx;
	const struct kefir_source *src;
	struct kefir_diag *diag;
	unsigned int net_off;	/* where the network header is now */
	int err;		/* the first error: -EINVAL or -ENOMEM */
};

/* Records the first error; returns NULL so callers can "return pf_fail()". */
void *pf_fail(struct parser *ps, int err);
/* Reports @fmt at @loc (the first error only); returns NULL. */
void *pf_error(struct parser *ps, const struct kefir_loc *loc,
	       const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* The name of a protocol qualifier, for messages. */
const char *pf_pq_name(enum pq pq);

/* ------------------------------------------------------------------------ */
/* pflang_gen.c                                                             */
/* ------------------------------------------------------------------------ */

/*
 * Moves @kid into @p, or its kids when it is of @p's kind. Takes ownership
 * of @kid in every case. 0 or -ENOMEM.
 */
int pf_adopt(struct kefir_pred *p, struct kefir_pred *kid);

struct kefir_pred *pf_and(struct parser *ps, struct kefir_pred *a,
			  struct kefir_pred *b);

struct kefir_pred *pf_or(struct parser *ps, struct kefir_pred *a,
			 struct kefir_pred *b);

struct kefir_pred *pf_not(struct parser *ps, struct kefir_pred *a);

/* A test of @field == @x at the current network offset. */
struct kefir_pred *pf_field_eq(struct parser *ps, enum kefir_field field,
			       uint64_t x, const struct kefir_loc *loc);

struct kefir_pred *pf_ethertype(struct parser *ps, uint16_t type,
				const struct kefir_loc *loc);

struct kefir_expr *pf_const(uint32_t k, const struct kefir_loc *loc);

struct kefir_expr *pf_binary(enum kefir_binop op, struct kefir_expr *a,
			     struct kefir_expr *b,
			     const struct kefir_loc *loc);

struct kefir_pred *pf_relation(struct parser *ps, enum kefir_relop op,
			       struct kefir_expr *lhs,
			       struct kefir_expr *rhs,
			       enum kefir_l4 l4,
			       const struct kefir_loc *loc);

/* "(load(anchor + off, size) & mask) OP value", as libpcap's gen_mcmp. */
struct kefir_pred *pf_load_cmp(struct parser *ps, enum kefir_anchor anchor,
			       uint32_t off, unsigned int size,
			       uint32_t mask, enum kefir_relop op,
			       uint32_t value, const struct kefir_loc *loc);

/* "ether proto N": an EtherType, or an 802.3 frame's LLC DSAP. */
struct kefir_pred *pf_link_proto(struct parser *ps, uint32_t n,
				 const struct kefir_loc *loc);

/* A protocol name alone: "ip", "tcp", "icmp6", ... */
struct kefir_pred *pf_proto_abbrev(struct parser *ps,
				   const struct proto_info *pi,
				   const struct token *tok);

/* "[P] proto N" */
struct kefir_pred *pf_proto(struct parser *ps, uint32_t n,
			    const struct qual *q,
			    const struct token *tok);

/* An IPv4 host or net: over IPv4, ARP and RARP unless a proto narrows it. */
struct kefir_pred *pf_host4(struct parser *ps, uint32_t v,
			    uint32_t mask, const struct qual *q,
			    const struct token *tok);

struct kefir_pred *pf_host6(struct parser *ps, const uint8_t *a,
			    const uint8_t *m, const struct qual *q,
			    const struct token *tok);

struct kefir_pred *pf_ether_host(struct parser *ps, const uint8_t *mac,
				 const struct qual *q,
				 const struct token *tok);

/* "[tcp|udp|sctp] [dir] port|portrange": IPv6 first, as libpcap. */
struct kefir_pred *pf_port(struct parser *ps, uint32_t lo, uint32_t hi,
			   int ipproto, enum dq dir,
			   const struct kefir_loc *loc);

int pf_qual_ipproto(const struct qual *q);

bool pf_port_qual_ok(const struct qual *q);

/* A named port under qualifier @q: refused when it is of another protocol. */
int pf_named_port(struct parser *ps, const char *name, const struct qual *q,
		  const struct token *tok, uint32_t *port, int *ipproto);

/* "portrange A-B" with numbers or names, as pcap_nametoportrange(). */
struct kefir_pred *pf_portrange_name(struct parser *ps,
				     const char *s,
				     const struct qual *q,
				     const struct token *tok);

#endif
