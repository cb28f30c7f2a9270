/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * pktgen.h - builds test packets, layer by layer, and the fixed corpus every
 * back-end test runs against the reference interpreter.
 *
 * A struct pg is one packet under construction: each pg_<layer>() call
 * appends a header (in network byte order) and a word to the packet's
 * description; pg_finish() fills in the lengths and IPv4 checksums the
 * headers left for later. Example:
 *
 *	struct pg g;
 *
 *	pg_init(&g);
 *	pg_eth(&g, PG_MAC_DST, PG_MAC_SRC, PG_ETH_VLAN);
 *	pg_vlan(&g, 3, 0, 100, PG_ETH_IP4);
 *	pg_ip4(&g, &(struct pg_ip4){ .proto = 6, .src = PG_IP4(10, 0, 0, 1),
 *				     .dst = PG_IP4(10, 0, 0, 2) });
 *	pg_tcp(&g, 12345, 80, PG_TCP_SYN);
 *	pg_finish(&g);
 *	corpus_add(&corpus, &g, g.len, g.len, NULL);
 */
#ifndef KEFIR_PKTGEN_H
#define KEFIR_PKTGEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PG_MAX_LEN 2048		/* bytes of the largest packet */
#define PG_MAX_FIXUPS 16
#define PG_DESC_LEN 160

#define PG_IP4(a, b, c, d) \
	((uint32_t)(a) << 24 | (uint32_t)(b) << 16 | (uint32_t)(c) << 8 | (d))

enum {
	PG_ETH_IP4 = 0x0800,
	PG_ETH_ARP = 0x0806,
	PG_ETH_RARP = 0x8035,
	PG_ETH_VLAN = 0x8100,
	PG_ETH_QINQ = 0x88a8,
	PG_ETH_IP6 = 0x86dd,
	PG_ETH_MPLS = 0x8847,
	PG_ETH_PPPOE_DISC = 0x8863,
	PG_ETH_PPPOE_SESS = 0x8864,
	PG_ETH_LLDP = 0x88cc,
};

enum {
	PG_IPPROTO_HOPOPTS = 0,
	PG_IPPROTO_ICMP = 1,
	PG_IPPROTO_TCP = 6,
	PG_IPPROTO_UDP = 17,
	PG_IPPROTO_ROUTING = 43,
	PG_IPPROTO_FRAGMENT = 44,
	PG_IPPROTO_ESP = 50,
	PG_IPPROTO_AH = 51,
	PG_IPPROTO_ICMPV6 = 58,
	PG_IPPROTO_NONE = 59,
	PG_IPPROTO_DSTOPTS = 60,
	PG_IPPROTO_SCTP = 132,
};

enum {
	PG_TCP_FIN = 0x01, PG_TCP_SYN = 0x02, PG_TCP_RST = 0x04,
	PG_TCP_PSH = 0x08, PG_TCP_ACK = 0x10, PG_TCP_URG = 0x20,
};

/* The vocabulary rules are written with, so that rules hit packets. */
extern const uint8_t PG_MAC_DST[6];	/* 00:11:22:33:44:55 */
extern const uint8_t PG_MAC_SRC[6];	/* 66:77:88:99:aa:bb */
extern const uint8_t PG_MAC_BCAST[6];	/* ff:ff:ff:ff:ff:ff */

/* IPv4 header; zero fields take the defaults noted. */
struct pg_ip4 {
	uint8_t version;	/* 0: 4 */
	uint8_t ihl;		/* 0: from the options (5 + words) */
	uint8_t tos;
	uint16_t tot_len;	/* 0: computed by pg_finish() */
	uint16_t id;
	uint16_t frag;		/* flags (DF 0x4000, MF 0x2000) | offset/8 */
	uint8_t ttl;		/* 0: 64 */
	uint8_t proto;
	uint32_t src, dst;	/* host order, PG_IP4(...) */
	const uint8_t *opts;	/* options, padded by the builder to 4 bytes */
	size_t opts_len;
};

/* IPv6 fixed header; zero fields take the defaults noted. */
struct pg_ip6 {
	uint8_t version;	/* 0: 6 */
	uint8_t tclass;
	uint32_t flow;		/* 20 bits */
	uint8_t next;
	uint8_t hlim;		/* 0: 64 */
	uint8_t src[16], dst[16];
};

/* A packet under construction. */
struct pg {
	uint8_t b[PG_MAX_LEN];
	size_t len;
	bool overflow;		/* a header did not fit: the packet is cut */
	struct {
		size_t off;
		int kind;
	} fix[PG_MAX_FIXUPS];
	size_t n_fix;
	char desc[PG_DESC_LEN];
};

void pg_init(struct pg *g);
void pg_bytes(struct pg *g, const void *data, size_t n);
void pg_u8(struct pg *g, uint8_t x);
void pg_be16(struct pg *g, uint16_t x);
void pg_be32(struct pg *g, uint32_t x);
/* Appends @n bytes of a pattern that depends on @seed. */
void pg_payload(struct pg *g, size_t n, unsigned int seed);
/* Appends a free word to the description. */
void pg_describe(struct pg *g, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Link layer */
void pg_eth(struct pg *g, const uint8_t dst[6], const uint8_t src[6],
	    uint16_t type);
/* An 802.3 frame: the type field is the length, set by pg_finish(). */
void pg_eth_8023(struct pg *g, const uint8_t dst[6], const uint8_t src[6]);
void pg_llc(struct pg *g, uint8_t dsap, uint8_t ssap, uint8_t ctrl);
/* A VLAN tag after a TPID: TCI (@prio, @dei, @vid) and the next type. */
void pg_vlan(struct pg *g, uint8_t prio, uint8_t dei, uint16_t vid,
	     uint16_t type);
void pg_mpls(struct pg *g, uint32_t label, uint8_t tc, bool bottom,
	     uint8_t ttl);
void pg_pppoe_session(struct pg *g, uint16_t session, uint16_t ppp_proto);
void pg_pppoe_discovery(struct pg *g, uint8_t code, uint16_t session);
/* ARP or RARP for Ethernet/IPv4 (addresses in host order). */
void pg_arp(struct pg *g, uint16_t op, const uint8_t sha[6], uint32_t spa,
	    const uint8_t tha[6], uint32_t tpa);

/* Network layer */
void pg_ip4(struct pg *g, const struct pg_ip4 *h);
void pg_ip6(struct pg *g, const struct pg_ip6 *h);
/* Parses "2001:db8::1" into @out (16 bytes). */
void pg_ip6_addr(uint8_t out[16], const char *text);
/* Hop-by-hop, routing or destination options: @type names it in the
 * description; @len8 8-byte units after the first 8 bytes, PadN-filled. */
void pg_ip6_opts(struct pg *g, uint8_t type, uint8_t next, uint8_t len8);
void pg_ip6_frag(struct pg *g, uint8_t next, uint16_t offset8, bool more,
		 uint32_t id);

/* Transport layer */
void pg_tcp(struct pg *g, uint16_t sport, uint16_t dport, uint8_t flags);
void pg_udp(struct pg *g, uint16_t sport, uint16_t dport);
void pg_sctp(struct pg *g, uint16_t sport, uint16_t dport, uint32_t vtag);
void pg_icmp(struct pg *g, uint8_t type, uint8_t code, uint32_t rest);
void pg_icmp6(struct pg *g, uint8_t type, uint8_t code, uint32_t rest);
void pg_ah(struct pg *g, uint8_t next, uint32_t spi, uint32_t seq);
void pg_esp(struct pg *g, uint32_t spi, uint32_t seq);

/* Fills in lengths and IPv4 header checksums. Returns 0, or -1 when a
 * header did not fit in PG_MAX_LEN bytes. */
int pg_finish(struct pg *g);

/* ------------------------------------------------------------------------ */
/* The corpus                                                               */
/* ------------------------------------------------------------------------ */

struct pg_packet {
	uint8_t *data;		/* caplen bytes */
	size_t caplen;		/* bytes captured */
	size_t wirelen;		/* bytes on the wire (>= caplen) */
	char *desc;		/* one line: what the packet is */
};

struct pg_corpus {
	struct pg_packet *pkts;
	size_t n, cap;
};

/*
 * Appends the first @caplen bytes of @g, which had @wirelen on the wire, to
 * @c, with @g's description (after @prefix when not NULL). 0 or -ENOMEM.
 */
int corpus_add(struct pg_corpus *c, const struct pg *g, size_t caplen,
	       size_t wirelen, const char *prefix);

/*
 * Fills @c (zero-initialized) with the test corpus, about 1250 packets: the
 * same packets in the same order on every call (see pktgen.c for what it
 * holds). Returns 0, or -ENOMEM with @c empty.
 */
int pktgen_corpus(struct pg_corpus *c);
void pktgen_corpus_free(struct pg_corpus *c);

#endif
