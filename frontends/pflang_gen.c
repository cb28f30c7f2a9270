/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * pflang_gen.c - the IR of each pflang primitive, written as libpcap 1.10's
 * gencode.c generates it for Ethernet: the same guards in the same order
 * (so that a read that falls off the capture fails where libpcap's load
 * rejects), with field tests where the IR has a field of the same width and
 * relations over raw loads elsewhere. Every test is at the parser's current
 * network offset (moved by "vlan").
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pflang.h"

/* ------------------------------------------------------------------------ */
/* Building predicates                                                      */
/* ------------------------------------------------------------------------ */

/*
 * Moves @kid into @p, or its kids when it is of @p's kind. Takes ownership
 * of @kid in every case. 0 or -ENOMEM.
 */
int pf_adopt(struct kefir_pred *p, struct kefir_pred *kid)
{
	size_t i;

	if (kid->kind != p->kind) {
		if (!pred_add(p, kid))
			return 0;
		pred_free(kid);
		return -ENOMEM;
	}
	for (i = 0; i < kid->n_kids; i++) {
		if (pred_add(p, kid->kids[i])) {
			memmove(kid->kids, kid->kids + i,
				(kid->n_kids - i) * sizeof(*kid->kids));
			kid->n_kids -= i;
			pred_free(kid);
			return -ENOMEM;
		}
	}
	kid->n_kids = 0;
	pred_free(kid);
	return 0;
}

/* @a KIND @b, flattened: (a and b) and c is one conjunction. */
static struct kefir_pred *node(struct parser *ps, enum kefir_pred_kind kind,
			       struct kefir_pred *a, struct kefir_pred *b)
{
	struct kefir_pred *p = a && b ? pred_new(kind, &a->loc) : NULL;
	int err;

	if (!p) {
		pred_free(a);
		pred_free(b);
		return pf_fail(ps, -ENOMEM);
	}
	err = pf_adopt(p, a);
	if (err)
		pred_free(b);
	else
		err = pf_adopt(p, b);
	if (err) {
		pred_free(p);
		return pf_fail(ps, -ENOMEM);
	}
	return p;
}

struct kefir_pred *pf_and(struct parser *ps, struct kefir_pred *a,
			  struct kefir_pred *b)
{
	return node(ps, KEFIR_PRED_AND, a, b);
}

struct kefir_pred *pf_or(struct parser *ps, struct kefir_pred *a,
			 struct kefir_pred *b)
{
	return node(ps, KEFIR_PRED_OR, a, b);
}

struct kefir_pred *pf_not(struct parser *ps, struct kefir_pred *a)
{
	struct kefir_pred *p;

	if (!a)
		return NULL;
	p = pred_new(KEFIR_PRED_NOT, &a->loc);
	if (!p || pred_add(p, a)) {
		pred_free(a);
		pred_free(p);
		return pf_fail(ps, -ENOMEM);
	}
	return p;
}

/* A test of @field == @x at the current network offset. */
struct kefir_pred *pf_field_eq(struct parser *ps, enum kefir_field field,
			       uint64_t x, const struct kefir_loc *loc)
{
	struct kefir_pred *p = pred_new_field_u64(field, x, loc);

	if (!p)
		return pf_fail(ps, -ENOMEM);
	p->test.net_off = ps->net_off;
	return p;
}

struct kefir_pred *pf_ethertype(struct parser *ps, uint16_t type,
				const struct kefir_loc *loc)
{
	return pf_field_eq(ps, KEFIR_FIELD_ETH_TYPE, type, loc);
}

struct kefir_expr *pf_const(uint32_t k, const struct kefir_loc *loc)
{
	struct kefir_expr *e = expr_new(KEFIR_EXPR_CONST, loc);

	if (e)
		e->k = k;
	return e;
}

struct kefir_expr *pf_binary(enum kefir_binop op, struct kefir_expr *a,
			     struct kefir_expr *b,
			     const struct kefir_loc *loc)
{
	struct kefir_expr *e = a && b ? expr_new(KEFIR_EXPR_BINARY, loc) : NULL;

	if (!e) {
		expr_free(a);
		expr_free(b);
		return NULL;
	}
	e->op = op;
	e->a = a;
	e->b = b;
	return e;
}

static struct kefir_expr *load_expr(enum kefir_anchor anchor, uint32_t off,
				    unsigned int size,
				    const struct kefir_loc *loc)
{
	struct kefir_expr *e = expr_new(KEFIR_EXPR_LOAD, loc);

	if (!e)
		return NULL;
	e->anchor = anchor;
	e->size = size;
	e->a = pf_const(off, loc);
	if (!e->a) {
		expr_free(e);
		return NULL;
	}
	return e;
}

struct kefir_pred *pf_relation(struct parser *ps, enum kefir_relop op,
			       struct kefir_expr *lhs,
			       struct kefir_expr *rhs,
			       enum kefir_l4 l4,
			       const struct kefir_loc *loc)
{
	struct kefir_pred *p = lhs && rhs ? pred_new(KEFIR_PRED_TEST, loc) : NULL;

	if (!p) {
		expr_free(lhs);
		expr_free(rhs);
		return pf_fail(ps, -ENOMEM);
	}
	p->test.kind = KEFIR_TEST_REL;
	p->test.net_off = ps->net_off;
	p->test.l4 = l4;
	p->test.relop = op;
	p->test.lhs = lhs;
	p->test.rhs = rhs;
	p->test.loc = *loc;
	return p;
}

/* "(load(anchor + off, size) & mask) OP value", as libpcap's gen_mcmp. */
struct kefir_pred *pf_load_cmp(struct parser *ps, enum kefir_anchor anchor,
			       uint32_t off, unsigned int size,
			       uint32_t mask, enum kefir_relop op,
			       uint32_t value, const struct kefir_loc *loc)
{
	struct kefir_expr *e = load_expr(anchor, off, size, loc);

	if (e && mask != UINT32_MAX)
		e = pf_binary(KEFIR_BINOP_AND, e, pf_const(mask, loc), loc);
	return pf_relation(ps, op, e, pf_const(value, loc), KEFIR_L4_NONE, loc);
}

/* ------------------------------------------------------------------------ */
/* Protocols                                                                */
/* ------------------------------------------------------------------------ */

/* "ip proto N": no fragment check, no header chain. */
static struct kefir_pred *ip4_proto(struct parser *ps, uint32_t n,
				    const struct kefir_loc *loc)
{
	struct kefir_pred *t = n <= 0xff ?
		pf_field_eq(ps, KEFIR_FIELD_IP4_PROTO, n, loc) :
		pf_load_cmp(ps, KEFIR_ANCHOR_NET, 9, 1, UINT32_MAX,
			    KEFIR_RELOP_EQ, n, loc);

	return pf_and(ps, pf_ethertype(ps, 0x0800, loc), t);
}

/* "ip6 proto N": the next header, or the one after a fragment header. */
static struct kefir_pred *ip6_proto(struct parser *ps, uint32_t n,
				    const struct kefir_loc *loc)
{
	struct kefir_pred *direct, *frag;

	direct = n <= 0xff ? pf_field_eq(ps, KEFIR_FIELD_IP6_NEXT, n, loc) :
		 pf_load_cmp(ps, KEFIR_ANCHOR_NET, 6, 1, UINT32_MAX,
			     KEFIR_RELOP_EQ, n, loc);
	frag = pf_and(ps, pf_field_eq(ps, KEFIR_FIELD_IP6_NEXT, 44, loc),
		      pf_load_cmp(ps, KEFIR_ANCHOR_NET, 40, 1, UINT32_MAX,
				  KEFIR_RELOP_EQ, n, loc));
	return pf_and(ps, pf_ethertype(ps, 0x86dd, loc), pf_or(ps, direct, frag));
}

static struct kefir_pred *ip_proto(struct parser *ps, uint32_t n,
				   enum ipfam fam, const struct kefir_loc *loc)
{
	switch (fam) {
	case FAM_IP4:
		return ip4_proto(ps, n, loc);
	case FAM_IP6:
		return ip6_proto(ps, n, loc);
	default:
		return pf_or(ps, ip4_proto(ps, n, loc), ip6_proto(ps, n, loc));
	}
}

/* "ether proto N": an EtherType, or an 802.3 frame's LLC DSAP. */
struct kefir_pred *pf_link_proto(struct parser *ps, uint32_t n,
				 const struct kefir_loc *loc)
{
	struct kefir_pred *len;

	if (n == 0xe0 || n == 0x809b || n == 0x80f3)
		return pf_error(ps, loc,
				"'ether proto 0x%x' is not supported: it also matches over 802.2 LLC/SNAP, which kefir does not support",
				n);
	if (n > ETHERMTU && n <= 0xffff)
		return pf_ethertype(ps, (uint16_t)n, loc);
	if (n > 0xffff)
		return pf_load_cmp(ps, KEFIR_ANCHOR_NET, (uint32_t)-2, 2,
				   UINT32_MAX, KEFIR_RELOP_EQ, n, loc);
	len = pred_new_field(KEFIR_FIELD_ETH_TYPE, loc);
	if (!len)
		return pf_fail(ps, -ENOMEM);
	len->test.net_off = ps->net_off;
	len->test.op = KEFIR_OP_RANGE;
	value_from_u64(&len->test.max, ETHERMTU, 2);
	if (n == 0xfe || n == 0x06 || n == 0xf0)	/* DSAP and SSAP */
		return pf_and(ps, len, pf_load_cmp(ps, KEFIR_ANCHOR_NET, 0, 2,
						   UINT32_MAX, KEFIR_RELOP_EQ,
						   n << 8 | n, loc));
	return pf_and(ps, len, pf_load_cmp(ps, KEFIR_ANCHOR_NET, 0, 1, UINT32_MAX,
					   KEFIR_RELOP_EQ, n, loc));
}

/* A protocol name alone: "ip", "tcp", "icmp6", ... */
struct kefir_pred *pf_proto_abbrev(struct parser *ps,
				   const struct proto_info *pi,
				   const struct token *tok)
{
	if (pi->pq == PQ_LINK)
		return pf_error(ps, &tok->loc,
				"link layer applied in wrong context: expected 'host', 'src', 'dst', 'proto', 'broadcast' or 'multicast' after '%.*s'",
				(int)tok->len, tok->text);
	if (pi->ethertype)
		return pf_ethertype(ps, pi->ethertype, &tok->loc);
	return ip_proto(ps, (uint32_t)pi->ipproto, pi->fam, &tok->loc);
}

/* "[P] proto N" */
struct kefir_pred *pf_proto(struct parser *ps, uint32_t n,
			    const struct qual *q,
			    const struct token *tok)
{
	switch (q->proto) {
	case PQ_NONE:
		return ip_proto(ps, n, FAM_BOTH, &tok->loc);
	case PQ_LINK:
		return pf_link_proto(ps, n, &tok->loc);
	case PQ_IP:
		return ip4_proto(ps, n, &tok->loc);
	case PQ_IP6:
		return ip6_proto(ps, n, &tok->loc);
	default:
		return pf_error(ps, &tok->loc,
				"'proto' needs 'ip', 'ip6', 'ether' or no protocol before it");
	}
}

/* ------------------------------------------------------------------------ */
/* Addresses                                                                */
/* ------------------------------------------------------------------------ */

/* src, dst, "src or dst" or "src and dst" of two alternatives. */
static struct kefir_pred *by_dir(struct parser *ps, enum dq dir,
				 struct kefir_pred *src, struct kefir_pred *dst)
{
	switch (dir) {
	case DQ_SRC:
		pred_free(dst);
		return src;
	case DQ_DST:
		pred_free(src);
		return dst;
	case DQ_AND:
		return pf_and(ps, src, dst);
	default:
		return pf_or(ps, src, dst);
	}
}

static struct kefir_pred *masked_field(struct parser *ps,
				       enum kefir_field field, uint32_t v,
				       uint32_t mask,
				       const struct kefir_loc *loc)
{
	struct kefir_pred *p = pf_field_eq(ps, field, v, loc);

	if (p)
		value_from_u64(&p->test.mask, mask, 4);
	return p;
}

static struct kefir_pred *host4_op(struct parser *ps, uint16_t type,
				   enum kefir_field src, enum kefir_field dst,
				   uint32_t v, uint32_t mask, enum dq dir,
				   const struct kefir_loc *loc)
{
	return pf_and(ps, pf_ethertype(ps, type, loc),
		      by_dir(ps, dir, masked_field(ps, src, v, mask, loc),
			     masked_field(ps, dst, v, mask, loc)));
}

static const char *type_name(enum aq addr)
{
	return addr == AQ_NET ? "net" : "host";
}

/* An IPv4 host or net: over IPv4, ARP and RARP unless a proto narrows it. */
struct kefir_pred *pf_host4(struct parser *ps, uint32_t v,
			    uint32_t mask, const struct qual *q,
			    const struct token *tok)
{
	const struct kefir_loc *loc = &tok->loc;
	struct kefir_pred *ip, *arp, *rarp;

	ip = q->proto == PQ_NONE || q->proto == PQ_IP ?
	     host4_op(ps, 0x0800, KEFIR_FIELD_IP4_SRC, KEFIR_FIELD_IP4_DST, v,
		      mask, q->dir, loc) : NULL;
	arp = q->proto == PQ_NONE || q->proto == PQ_ARP ?
	      host4_op(ps, 0x0806, KEFIR_FIELD_ARP_SPA, KEFIR_FIELD_ARP_TPA, v,
		       mask, q->dir, loc) : NULL;
	rarp = q->proto == PQ_NONE || q->proto == PQ_RARP ?
	       host4_op(ps, 0x8035, KEFIR_FIELD_ARP_SPA, KEFIR_FIELD_ARP_TPA, v,
			mask, q->dir, loc) : NULL;
	if (q->proto == PQ_NONE)
		return pf_or(ps, pf_or(ps, ip, arp), rarp);
	if (ip || arp || rarp)
		return ip ? ip : arp ? arp : rarp;
	if (q->proto == PQ_LINK)
		return pf_error(ps, loc, "link-layer modifier applied to %s",
				type_name(q->addr));
	if (q->proto == PQ_IP6)
		return pf_error(ps, loc, "'ip6' modifier applied to ip host");
	return pf_error(ps, loc, "'%s' modifier applied to %s",
			pf_pq_name(q->proto), type_name(q->addr));
}

/* An IPv6 address compared word by word, first word first, as libpcap. */
static struct kefir_pred *host6_side(struct parser *ps, unsigned int off,
				     const uint8_t *a, const uint8_t *m,
				     const struct kefir_loc *loc)
{
	struct kefir_pred *all = NULL, *w;
	uint32_t av, mv;
	int i;

	for (i = 0; i < 4; i++) {
		av = (uint32_t)a[4 * i] << 24 | a[4 * i + 1] << 16 |
		     a[4 * i + 2] << 8 | a[4 * i + 3];
		mv = (uint32_t)m[4 * i] << 24 | m[4 * i + 1] << 16 |
		     m[4 * i + 2] << 8 | m[4 * i + 3];
		w = pf_load_cmp(ps, KEFIR_ANCHOR_NET, off + 4 * i, 4, mv,
				KEFIR_RELOP_EQ, av & mv, loc);
		all = all ? pf_and(ps, all, w) : w;
	}
	return all;
}

struct kefir_pred *pf_host6(struct parser *ps, const uint8_t *a,
			    const uint8_t *m, const struct qual *q,
			    const struct token *tok)
{
	if (q->proto != PQ_NONE && q->proto != PQ_IP6)
		return pf_error(ps, &tok->loc, "only 'ip6' can qualify ip6 %s",
				type_name(q->addr));
	return pf_and(ps, pf_ethertype(ps, 0x86dd, &tok->loc),
		      by_dir(ps, q->dir, host6_side(ps, 8, a, m, &tok->loc),
			     host6_side(ps, 24, a, m, &tok->loc)));
}

struct kefir_pred *pf_ether_host(struct parser *ps, const uint8_t *mac,
				 const struct qual *q,
				 const struct token *tok)
{
	struct kefir_pred *src, *dst;

	if (q->proto != PQ_LINK || (q->addr != AQ_HOST && q->addr != AQ_DEFAULT))
		return pf_error(ps, &tok->loc,
				"ethernet address used in non-ether expression: write 'ether host %.*s'",
				(int)tok->len, tok->text);
	src = pred_new_field(KEFIR_FIELD_ETH_SRC, &tok->loc);
	dst = pred_new_field(KEFIR_FIELD_ETH_DST, &tok->loc);
	if (!src || !dst) {
		pred_free(src);
		pred_free(dst);
		return pf_fail(ps, -ENOMEM);
	}
	memcpy(src->test.value.b, mac, 6);
	memcpy(dst->test.value.b, mac, 6);
	return by_dir(ps, q->dir, src, dst);
}

/* ------------------------------------------------------------------------ */
/* Ports                                                                    */
/* ------------------------------------------------------------------------ */

static struct kefir_pred *port_test(struct parser *ps, enum kefir_field field,
				    uint32_t lo, uint32_t hi, enum kefir_l4 l4,
				    const struct kefir_loc *loc)
{
	struct kefir_pred *p = pf_field_eq(ps, field, lo, loc);

	if (!p)
		return NULL;
	p->test.l4 = l4;
	if (lo != hi) {
		p->test.op = KEFIR_OP_RANGE;
		value_from_u64(&p->test.max, hi, 2);
	}
	return p;
}

/* The IP protocol test of a port: one protocol, or tcp, udp and sctp. */
static struct kefir_pred *port_proto(struct parser *ps, enum kefir_field field,
				     int ipproto, const struct kefir_loc *loc)
{
	static const uint8_t any[] = { 6, 17, 132 };
	struct kefir_pred *p;
	size_t i;

	if (ipproto != PROTO_UNDEF)
		return pf_field_eq(ps, field, (uint64_t)ipproto, loc);
	p = pf_field_eq(ps, field, 0, loc);
	if (!p)
		return NULL;
	p->test.op = KEFIR_OP_SET;
	p->test.set = calloc(ARRAY_SIZE(any), sizeof(*p->test.set));
	if (!p->test.set) {
		pred_free(p);
		return pf_fail(ps, -ENOMEM);
	}
	p->test.n_set = ARRAY_SIZE(any);
	for (i = 0; i < ARRAY_SIZE(any); i++)
		value_from_u64(&p->test.set[i], any[i], 1);
	return p;
}

/* "[tcp|udp|sctp] [dir] port|portrange": IPv6 first, as libpcap. */
struct kefir_pred *pf_port(struct parser *ps, uint32_t lo, uint32_t hi,
			   int ipproto, enum dq dir,
			   const struct kefir_loc *loc)
{
	struct kefir_pred *v4, *v6;

	if (lo > hi) {
		uint32_t t = lo;

		lo = hi;
		hi = t;
	}
	v6 = pf_and(ps, pf_and(ps, pf_ethertype(ps, 0x86dd, loc),
			       port_proto(ps, KEFIR_FIELD_IP6_NEXT, ipproto, loc)),
		    by_dir(ps, dir,
			   port_test(ps, KEFIR_FIELD_L4_SPORT, lo, hi,
				     KEFIR_L4_IP6, loc),
			   port_test(ps, KEFIR_FIELD_L4_DPORT, lo, hi,
				     KEFIR_L4_IP6, loc)));
	v4 = pf_and(ps, pf_and(ps, pf_ethertype(ps, 0x0800, loc),
			       port_proto(ps, KEFIR_FIELD_IP4_PROTO, ipproto, loc)),
		    pf_and(ps, pf_field_eq(ps, KEFIR_FIELD_IP4_FRAGOFF, 0, loc),
			   by_dir(ps, dir,
				  port_test(ps, KEFIR_FIELD_L4_SPORT, lo, hi,
					    KEFIR_L4_IP4, loc),
				  port_test(ps, KEFIR_FIELD_L4_DPORT, lo, hi,
					    KEFIR_L4_IP4, loc))));
	return pf_or(ps, v6, v4);
}

int pf_qual_ipproto(const struct qual *q)
{
	switch (q->proto) {
	case PQ_TCP: return 6;
	case PQ_UDP: return 17;
	case PQ_SCTP: return 132;
	default: return PROTO_UNDEF;
	}
}

bool pf_port_qual_ok(const struct qual *q)
{
	return q->proto == PQ_NONE || pf_qual_ipproto(q) != PROTO_UNDEF;
}

/*
 * A service name as libpcap's pcap_nametoport() reads it: the tcp number,
 * or the udp one; "undefined protocol" when both exist with one number.
 */
static bool name_to_port(const char *name, uint32_t *port, int *ipproto)
{
	struct servent *tcp = getservbyname(name, "tcp");
	int tcp_port = tcp ? ntohs((uint16_t)tcp->s_port) : -1;
	struct servent *udp = getservbyname(name, "udp");
	int udp_port = udp ? ntohs((uint16_t)udp->s_port) : -1;

	if (tcp_port >= 0) {
		*port = (uint32_t)tcp_port;
		*ipproto = udp_port == tcp_port ? PROTO_UNDEF : 6;
		return true;
	}
	if (udp_port >= 0) {
		*port = (uint32_t)udp_port;
		*ipproto = 17;
		return true;
	}
	return false;
}

static const char *ipproto_name(int ipproto)
{
	return ipproto == 6 ? "tcp" : ipproto == 17 ? "udp" : "sctp";
}

/* A named port under qualifier @q: refused when it is of another protocol. */
int pf_named_port(struct parser *ps, const char *name, const struct qual *q,
		  const struct token *tok, uint32_t *port, int *ipproto)
{
	int want = pf_qual_ipproto(q);

	if (!name_to_port(name, port, ipproto)) {
		pf_error(ps, &tok->loc, "unknown port '%s' (not in /etc/services)",
			 name);
		return -EINVAL;
	}
	if (want != PROTO_UNDEF && *ipproto != PROTO_UNDEF && *ipproto != want) {
		pf_error(ps, &tok->loc, "port '%s' is %s", name,
			 ipproto_name(*ipproto));
		return -EINVAL;
	}
	if (want != PROTO_UNDEF)
		*ipproto = want;
	return 0;
}

/* "portrange A-B" with numbers or names, as pcap_nametoportrange(). */
struct kefir_pred *pf_portrange_name(struct parser *ps,
				     const char *s,
				     const struct qual *q,
				     const struct token *tok)
{
	unsigned int a, b;
	uint32_t lo, hi;
	int p1, p2;
	char *dash, *copy;

	if (sscanf(s, "%u-%u", &a, &b) == 2) {
		if (a > 0xffff || b > 0xffff)
			return pf_error(ps, &tok->loc,
					"illegal port number %u > 65535",
					a > 0xffff ? a : b);
		return pf_port(ps, a, b, pf_qual_ipproto(q), q->dir, &tok->loc);
	}
	copy = strdup(s);
	if (!copy)
		return pf_fail(ps, -ENOMEM);
	dash = strchr(copy, '-');
	if (!dash) {
		free(copy);
		return pf_error(ps, &tok->loc,
				"expected a port range 'A-B', got '%s'", s);
	}
	*dash = '\0';
	if (pf_named_port(ps, copy, q, tok, &lo, &p1) ||
	    pf_named_port(ps, dash + 1, q, tok, &hi, &p2)) {
		free(copy);
		return NULL;
	}
	free(copy);
	return pf_port(ps, lo, hi, p1 == p2 ? p1 : PROTO_UNDEF, q->dir,
		       &tok->loc);
}

