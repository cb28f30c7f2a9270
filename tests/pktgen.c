/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * pktgen.c - the packet builder of pktgen.h and the test corpus.
 *
 * The corpus is deterministic (no randomness: the same packets, in the same
 * order, on every run) and built from the vocabulary rules in tests are
 * written with (MACs 00:11:22:33:44:55, 66:77:88:99:aa:bb, broadcast; IPv4
 * 10.0.0.1, 10.0.0.2, 10.1.2.3, 192.168.1.1, 192.168.1.100, 172.16.0.1,
 * 8.8.8.8; IPv6 2001:db8::1, 2001:db8::2, 2001:db8:1::100, fe80::1; ports
 * 22, 53, 80, 443, 123, 8080 from 12345 or 40000; VLAN ids 1, 100, 4095,
 * priorities 0, 3, 7, TPIDs 0x8100 and 0x88a8; TOS 0x00, 0x10, 0xb8; SPIs
 * 0x1000 and 0xdeadbeef). In order, it holds:
 *
 *   1. IPv4 traffic under six link layers (untagged, three 802.1Q tags,
 *      QinQ 0x88a8/0x8100, double 0x8100): TCP to every port from both
 *      source ports, UDP to every port, SCTP, ICMP echo and unreachable, AH
 *      and ESP; addresses, TOS, TTL, DF and IPv4 options vary by packet;
 *   2. IPv6 traffic under three link layers: TCP, UDP, SCTP, ICMPv6 echo
 *      and neighbour solicitation, AH, ESP; then extension-header chains
 *      (hop-by-hop, routing, destination options, first and later fragments);
 *   3. IPv4 fragments: first (MF, offset 0), middle and last, DF;
 *   4. other link payloads: ARP and RARP requests and replies (plain and
 *      tagged), MPLS (one and two labels), PPPoE session and discovery,
 *      802.3/LLC and SNAP frames, LLDP, broadcast;
 *   5. malformed IPv4: IHL 0 to 4, versions 0, 6 and 15, IHL 15 past the
 *      end, bad total lengths; IPv6 with version 4; TCP data offset < 5;
 *   6. TCP of several payload sizes, up to a full 1514-byte frame;
 *   7. truncated captures (caplen < wirelen): an empty one, then fourteen
 *      packets like those above (IPv4 with and without options, IPv6,
 *      tagged and not, every transport, ARP, PPPoE) cut at every length up
 *      to 8 bytes past their last header, so that reads fall off inside the
 *      Ethernet, VLAN, IP and transport headers.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pktgen.h"

const uint8_t PG_MAC_DST[6] = { 0x00, 0x11, 0x22, 0x33, 0x44, 0x55 };
const uint8_t PG_MAC_SRC[6] = { 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb };
const uint8_t PG_MAC_BCAST[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };

/* What pg_finish() fills in at a recorded offset. */
enum fixup {
	FIX_IP4,		/* total length (if left 0) and checksum */
	FIX_IP4_CSUM,		/* checksum only */
	FIX_IP6,		/* payload length */
	FIX_UDP,		/* length */
	FIX_PPPOE,		/* payload length */
	FIX_8023,		/* the 802.3 length field */
};

/* ------------------------------------------------------------------------ */
/* The builder                                                              */
/* ------------------------------------------------------------------------ */

void pg_init(struct pg *g)
{
	memset(g, 0, sizeof(*g));
}

void pg_describe(struct pg *g, const char *fmt, ...)
{
	size_t used = strlen(g->desc);
	va_list ap;

	if (used && used + 1 < sizeof(g->desc))
		g->desc[used++] = ' ';
	va_start(ap, fmt);
	vsnprintf(g->desc + used, sizeof(g->desc) - used, fmt, ap);
	va_end(ap);
}

void pg_bytes(struct pg *g, const void *data, size_t n)
{
	if (!n)
		return;
	if (n > sizeof(g->b) - g->len) {
		g->overflow = true;
		n = sizeof(g->b) - g->len;
	}
	memcpy(g->b + g->len, data, n);
	g->len += n;
}

void pg_u8(struct pg *g, uint8_t x)
{
	pg_bytes(g, &x, 1);
}

void pg_be16(struct pg *g, uint16_t x)
{
	uint8_t b[2] = { (uint8_t)(x >> 8), (uint8_t)x };

	pg_bytes(g, b, 2);
}

void pg_be32(struct pg *g, uint32_t x)
{
	pg_be16(g, (uint16_t)(x >> 16));
	pg_be16(g, (uint16_t)x);
}

void pg_payload(struct pg *g, size_t n, unsigned int seed)
{
	size_t i;

	for (i = 0; i < n; i++)
		pg_u8(g, (uint8_t)(seed * 31 + i * 7 + (i >> 8)));
}

static void fixup(struct pg *g, int kind)
{
	if (g->n_fix < PG_MAX_FIXUPS) {
		g->fix[g->n_fix].off = g->len;
		g->fix[g->n_fix++].kind = kind;
	}
}

static void put_be16(struct pg *g, size_t off, uint16_t x)
{
	if (off + 2 <= g->len) {
		g->b[off] = (uint8_t)(x >> 8);
		g->b[off + 1] = (uint8_t)x;
	}
}

static const char *mac_str(const uint8_t m[6], char *s)
{
	snprintf(s, 18, "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2],
		 m[3], m[4], m[5]);
	return s;
}

static const char *ip4_str(uint32_t a, char *s)
{
	snprintf(s, 16, "%u.%u.%u.%u", a >> 24, (a >> 16) & 0xff,
		 (a >> 8) & 0xff, a & 0xff);
	return s;
}

void pg_eth(struct pg *g, const uint8_t dst[6], const uint8_t src[6],
	    uint16_t type)
{
	char d[18];

	pg_bytes(g, dst, 6);
	pg_bytes(g, src, 6);
	pg_be16(g, type);
	if (!memcmp(dst, PG_MAC_DST, 6))
		pg_describe(g, "eth/%04x", type);
	else
		pg_describe(g, "eth>%s/%04x", mac_str(dst, d), type);
}

void pg_eth_8023(struct pg *g, const uint8_t dst[6], const uint8_t src[6])
{
	pg_bytes(g, dst, 6);
	pg_bytes(g, src, 6);
	fixup(g, FIX_8023);
	pg_be16(g, 0);
	pg_describe(g, "802.3");
}

void pg_llc(struct pg *g, uint8_t dsap, uint8_t ssap, uint8_t ctrl)
{
	pg_u8(g, dsap);
	pg_u8(g, ssap);
	pg_u8(g, ctrl);
	pg_describe(g, "llc %02x>%02x", ssap, dsap);
}

void pg_vlan(struct pg *g, uint8_t prio, uint8_t dei, uint16_t vid,
	     uint16_t type)
{
	pg_be16(g, (uint16_t)((prio & 7) << 13 | (dei & 1) << 12 | (vid & 0xfff)));
	pg_be16(g, type);
	pg_describe(g, "vlan%u/p%u%s/%04x", vid, prio, dei ? "/dei" : "", type);
}

void pg_mpls(struct pg *g, uint32_t label, uint8_t tc, bool bottom,
	     uint8_t ttl)
{
	pg_be32(g, (label & 0xfffff) << 12 | (uint32_t)(tc & 7) << 9 |
			   (uint32_t)bottom << 8 | ttl);
	pg_describe(g, "mpls %u%s", label, bottom ? "/s" : "");
}

void pg_pppoe_session(struct pg *g, uint16_t session, uint16_t ppp_proto)
{
	pg_u8(g, 0x11);
	pg_u8(g, 0x00);
	pg_be16(g, session);
	fixup(g, FIX_PPPOE);
	pg_be16(g, 0);
	pg_be16(g, ppp_proto);
	pg_describe(g, "pppoe %u/%04x", session, ppp_proto);
}

void pg_pppoe_discovery(struct pg *g, uint8_t code, uint16_t session)
{
	pg_u8(g, 0x11);
	pg_u8(g, code);
	pg_be16(g, session);
	fixup(g, FIX_PPPOE);
	pg_be16(g, 0);
	pg_be16(g, 0x0101);	/* Service-Name tag, empty */
	pg_be16(g, 0);
	pg_describe(g, "pppoe-disc %02x", code);
}

void pg_arp(struct pg *g, uint16_t op, const uint8_t sha[6], uint32_t spa,
	    const uint8_t tha[6], uint32_t tpa)
{
	char s[16], t[16];

	pg_be16(g, 1);
	pg_be16(g, 0x0800);
	pg_u8(g, 6);
	pg_u8(g, 4);
	pg_be16(g, op);
	pg_bytes(g, sha, 6);
	pg_be32(g, spa);
	pg_bytes(g, tha, 6);
	pg_be32(g, tpa);
	pg_describe(g, "arp op%u %s>%s", op, ip4_str(spa, s), ip4_str(tpa, t));
}

void pg_ip4(struct pg *g, const struct pg_ip4 *h)
{
	static const uint8_t zero[40];
	size_t opts = (h->opts_len + 3) & ~(size_t)3;
	uint8_t ihl = h->ihl ? h->ihl : (uint8_t)(5 + opts / 4);
	char s[16], d[16];

	fixup(g, h->tot_len ? FIX_IP4_CSUM : FIX_IP4);
	pg_u8(g, (uint8_t)((h->version ? h->version : 4) << 4 | (ihl & 0xf)));
	pg_u8(g, h->tos);
	pg_be16(g, h->tot_len);
	pg_be16(g, h->id);
	pg_be16(g, h->frag);
	pg_u8(g, h->ttl ? h->ttl : 64);
	pg_u8(g, h->proto);
	pg_be16(g, 0);
	pg_be32(g, h->src);
	pg_be32(g, h->dst);
	pg_bytes(g, h->opts, h->opts_len);
	pg_bytes(g, zero, opts - h->opts_len);
	pg_describe(g, "ip4 %s>%s", ip4_str(h->src, s), ip4_str(h->dst, d));
	if (h->tos)
		pg_describe(g, "tos%02x", h->tos);
	if (ihl != 5)
		pg_describe(g, "ihl%u", ihl);
	if (h->frag & 0x3fff)
		pg_describe(g, "frag%s+%u", h->frag & 0x2000 ? "/mf" : "",
			    (h->frag & 0x1fff) * 8);
}

void pg_ip6_addr(uint8_t out[16], const char *text)
{
	if (inet_pton(AF_INET6, text, out) != 1)
		memset(out, 0, 16);
}

void pg_ip6(struct pg *g, const struct pg_ip6 *h)
{
	char s[INET6_ADDRSTRLEN], d[INET6_ADDRSTRLEN];
	uint32_t vtf = (uint32_t)(h->version ? h->version : 6) << 28 |
		       (uint32_t)h->tclass << 20 | (h->flow & 0xfffff);

	pg_be32(g, vtf);
	fixup(g, FIX_IP6);
	pg_be16(g, 0);
	pg_u8(g, h->next);
	pg_u8(g, h->hlim ? h->hlim : 64);
	pg_bytes(g, h->src, 16);
	pg_bytes(g, h->dst, 16);
	inet_ntop(AF_INET6, h->src, s, sizeof(s));
	inet_ntop(AF_INET6, h->dst, d, sizeof(d));
	pg_describe(g, "ip6 %s>%s", s, d);
	if (h->tclass)
		pg_describe(g, "tc%02x", h->tclass);
}

void pg_ip6_opts(struct pg *g, uint8_t type, uint8_t next, uint8_t len8)
{
	static const char *const names[] = {
		[PG_IPPROTO_HOPOPTS] = "hbh", [PG_IPPROTO_ROUTING] = "rt",
		[PG_IPPROTO_DSTOPTS] = "dstopt",
	};
	static const uint8_t zero[6 + 8 * 255];
	size_t pad = 6 + 8 * (size_t)len8;

	pg_u8(g, next);
	pg_u8(g, len8);
	if (type == PG_IPPROTO_ROUTING) {
		pg_u8(g, 0);	/* routing type 0 ... */
		pg_u8(g, 0);	/* ... with no segments left */
		pad -= 2;
	}
	pg_u8(g, 1);		/* PadN */
	pg_u8(g, (uint8_t)(pad - 2));
	pg_bytes(g, zero, pad - 2);
	pg_describe(g, "%s", type < sizeof(names) / sizeof(names[0]) &&
			     names[type] ? names[type] : "ext");
}

void pg_ip6_frag(struct pg *g, uint8_t next, uint16_t offset8, bool more,
		 uint32_t id)
{
	pg_u8(g, next);
	pg_u8(g, 0);
	pg_be16(g, (uint16_t)(offset8 << 3 | more));
	pg_be32(g, id);
	pg_describe(g, "frag6%s+%u", more ? "/mf" : "", offset8 * 8u);
}

void pg_tcp(struct pg *g, uint16_t sport, uint16_t dport, uint8_t flags)
{
	static const char names[] = "FSRPAU";
	char f[8] = "";
	size_t i, n = 0;

	pg_be16(g, sport);
	pg_be16(g, dport);
	pg_be32(g, 0x12345678);
	pg_be32(g, flags & PG_TCP_ACK ? 0x9abcdef0 : 0);
	pg_be16(g, (uint16_t)(5 << 12 | flags));
	pg_be16(g, 65535);
	pg_be16(g, 0);
	pg_be16(g, 0);
	for (i = 0; i < 6; i++)
		if (flags & (1u << i))
			f[n++] = names[i];
	pg_describe(g, "tcp %u>%u [%s]", sport, dport, f);
}

void pg_udp(struct pg *g, uint16_t sport, uint16_t dport)
{
	pg_be16(g, sport);
	pg_be16(g, dport);
	fixup(g, FIX_UDP);
	pg_be16(g, 0);
	pg_be16(g, 0);
	pg_describe(g, "udp %u>%u", sport, dport);
}

void pg_sctp(struct pg *g, uint16_t sport, uint16_t dport, uint32_t vtag)
{
	pg_be16(g, sport);
	pg_be16(g, dport);
	pg_be32(g, vtag);
	pg_be32(g, 0);		/* checksum, not computed */
	pg_u8(g, 1);		/* INIT chunk */
	pg_u8(g, 0);
	pg_be16(g, 20);
	pg_be32(g, 0xcafe0001);
	pg_be32(g, 65536);
	pg_be16(g, 10);
	pg_be16(g, 10);
	pg_be32(g, 1);
	pg_describe(g, "sctp %u>%u", sport, dport);
}

void pg_icmp(struct pg *g, uint8_t type, uint8_t code, uint32_t rest)
{
	pg_u8(g, type);
	pg_u8(g, code);
	pg_be16(g, 0);
	pg_be32(g, rest);
	pg_describe(g, "icmp %u/%u", type, code);
}

void pg_icmp6(struct pg *g, uint8_t type, uint8_t code, uint32_t rest)
{
	pg_u8(g, type);
	pg_u8(g, code);
	pg_be16(g, 0);
	pg_be32(g, rest);
	pg_describe(g, "icmp6 %u/%u", type, code);
}

void pg_ah(struct pg *g, uint8_t next, uint32_t spi, uint32_t seq)
{
	pg_u8(g, next);
	pg_u8(g, 4);		/* (12 + 12-byte ICV) / 4 - 2 */
	pg_be16(g, 0);
	pg_be32(g, spi);
	pg_be32(g, seq);
	pg_payload(g, 12, spi);
	pg_describe(g, "ah spi %#x", spi);
}

void pg_esp(struct pg *g, uint32_t spi, uint32_t seq)
{
	pg_be32(g, spi);
	pg_be32(g, seq);
	pg_payload(g, 24, seq);
	pg_describe(g, "esp spi %#x", spi);
}

static uint16_t ip4_checksum(const uint8_t *h, size_t len)
{
	uint32_t sum = 0;
	size_t i;

	for (i = 0; i + 1 < len; i += 2)
		sum += (uint32_t)h[i] << 8 | h[i + 1];
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)~sum;
}

static void finish_ip4(struct pg *g, size_t off, bool set_len)
{
	size_t hlen = 4u * (g->b[off] & 0xf);

	if (set_len)
		put_be16(g, off + 2, (uint16_t)(g->len - off));
	if (hlen < 20 || off + hlen > g->len)
		hlen = g->len - off < 20 ? g->len - off : 20;
	put_be16(g, off + 10, 0);
	put_be16(g, off + 10, ip4_checksum(g->b + off, hlen));
}

int pg_finish(struct pg *g)
{
	size_t i, off;

	for (i = 0; i < g->n_fix; i++) {
		off = g->fix[i].off;
		switch (g->fix[i].kind) {
		case FIX_IP6: put_be16(g, off, (uint16_t)(g->len - off - 36)); break;
		case FIX_UDP: put_be16(g, off, (uint16_t)(g->len - off + 4)); break;
		case FIX_PPPOE: put_be16(g, off, (uint16_t)(g->len - off - 2)); break;
		case FIX_8023: put_be16(g, off, (uint16_t)(g->len - off - 2)); break;
		default: break;
		}
	}
	/* checksums last: they cover the lengths */
	for (i = g->n_fix; i-- > 0;)
		if (g->fix[i].kind == FIX_IP4 || g->fix[i].kind == FIX_IP4_CSUM)
			finish_ip4(g, g->fix[i].off, g->fix[i].kind == FIX_IP4);
	return g->overflow ? -1 : 0;
}

/* ------------------------------------------------------------------------ */
/* The corpus                                                               */
/* ------------------------------------------------------------------------ */

int corpus_add(struct pg_corpus *c, const struct pg *g, size_t caplen,
	       size_t wirelen, const char *prefix)
{
	struct pg_packet *p;
	size_t n;

	if (c->n == c->cap) {
		n = c->cap ? 2 * c->cap : 256;
		p = realloc(c->pkts, n * sizeof(*p));
		if (!p)
			return -ENOMEM;
		c->pkts = p;
		c->cap = n;
	}
	p = &c->pkts[c->n];
	p->caplen = caplen < g->len ? caplen : g->len;
	p->wirelen = wirelen < p->caplen ? p->caplen : wirelen;
	p->data = malloc(p->caplen ? p->caplen : 1);
	n = strlen(g->desc) + (prefix ? strlen(prefix) + 1 : 0) + 1;
	p->desc = malloc(n);
	if (!p->data || !p->desc) {
		free(p->data);
		free(p->desc);
		return -ENOMEM;
	}
	memcpy(p->data, g->b, p->caplen);
	snprintf(p->desc, n, "%s%s%s", prefix ? prefix : "", prefix ? " " : "",
		 g->desc);
	c->n++;
	return 0;
}

void pktgen_corpus_free(struct pg_corpus *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		free(c->pkts[i].data);
		free(c->pkts[i].desc);
	}
	free(c->pkts);
	memset(c, 0, sizeof(*c));
}

static const uint32_t ip4s[] = {
	PG_IP4(10, 0, 0, 1), PG_IP4(10, 0, 0, 2), PG_IP4(10, 1, 2, 3),
	PG_IP4(192, 168, 1, 1), PG_IP4(192, 168, 1, 100), PG_IP4(172, 16, 0, 1),
	PG_IP4(8, 8, 8, 8),
};
static const char *const ip6s[] = {
	"2001:db8::1", "2001:db8::2", "2001:db8:1::100", "fe80::1",
};
static const uint16_t dports[] = { 22, 53, 80, 443, 123, 8080 };
static const uint16_t sports[] = { 12345, 40000 };
static const uint8_t toses[] = { 0x00, 0x10, 0xb8 };
static const uint32_t spis[] = { 0x1000, 0xdeadbeef };
static const uint8_t tcp_flags[] = {
	PG_TCP_SYN, PG_TCP_SYN | PG_TCP_ACK, PG_TCP_ACK,
	PG_TCP_PSH | PG_TCP_ACK, PG_TCP_FIN | PG_TCP_ACK, PG_TCP_RST,
};
/* IPv4 options: NOP, then record route with room for one address. */
static const uint8_t ip4_opts[] = { 0x01, 0x07, 0x07, 0x04, 0, 0, 0, 0 };

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Link layers of the traffic sections. */
enum l2 { L2_NONE, L2_VLAN100, L2_VLAN1, L2_VLAN4095, L2_QINQ, L2_DOT1Q2, L2_MAX };

/* Ethernet (and tags) carrying @type. */
static void put_l2(struct pg *g, enum l2 l2, uint16_t type)
{
	static const struct {
		uint16_t outer, inner;	/* TPIDs; inner 0: one tag */
		uint8_t prio;
		uint16_t vid;
	} tags[L2_MAX] = {
		[L2_VLAN100] = { PG_ETH_VLAN, 0, 3, 100 },
		[L2_VLAN1] = { PG_ETH_VLAN, 0, 0, 1 },
		[L2_VLAN4095] = { PG_ETH_VLAN, 0, 7, 4095 },
		[L2_QINQ] = { PG_ETH_QINQ, PG_ETH_VLAN, 3, 100 },
		[L2_DOT1Q2] = { PG_ETH_VLAN, PG_ETH_VLAN, 7, 4095 },
	};

	if (l2 == L2_NONE) {
		pg_eth(g, PG_MAC_DST, PG_MAC_SRC, type);
		return;
	}
	pg_eth(g, PG_MAC_DST, PG_MAC_SRC, tags[l2].outer);
	if (!tags[l2].inner) {
		pg_vlan(g, tags[l2].prio, 0, tags[l2].vid, type);
		return;
	}
	pg_vlan(g, tags[l2].prio, 0, tags[l2].vid, tags[l2].inner);
	pg_vlan(g, 0, 1, 1, type);
}

/* An IPv4 header for packet @i of a section: addresses, TOS, options vary. */
static void put_ip4(struct pg *g, unsigned int i, uint8_t proto)
{
	struct pg_ip4 h = {
		.tos = toses[i % N(toses)],
		.id = (uint16_t)(0x1000 + i),
		.frag = i % 3 ? 0x4000 : 0,
		.ttl = (uint8_t)(i % 4 ? 64 : 1),
		.proto = proto,
		.src = ip4s[i % N(ip4s)],
		.dst = ip4s[(i / N(ip4s) + 1 + i) % N(ip4s)],
	};

	if (i % 5 == 4) {
		h.opts = ip4_opts;
		h.opts_len = i % 10 == 4 ? 1 : sizeof(ip4_opts);
	}
	pg_ip4(g, &h);
}

static void put_ip6(struct pg *g, unsigned int i, uint8_t next)
{
	struct pg_ip6 h = {
		.tclass = toses[i % N(toses)],
		.flow = i % 2 ? 0x12345 : 0,
		.next = next,
		.hlim = (uint8_t)(i % 4 ? 64 : 255),
	};

	pg_ip6_addr(h.src, ip6s[i % N(ip6s)]);
	pg_ip6_addr(h.dst, ip6s[(i / N(ip6s) + 1 + i) % N(ip6s)]);
	pg_ip6(g, &h);
}

/* Transport headers; @i varies ports, flags and SPIs. */
enum l4kind { K_TCP, K_UDP, K_SCTP, K_ICMP_ECHO, K_ICMP_OTHER, K_AH, K_ESP };

static void put_l4(struct pg *g, enum l4kind kind, unsigned int i, bool ip6)
{
	uint16_t dport = dports[i % N(dports)];
	uint16_t sport = sports[(i / N(dports)) % N(sports)];

	switch (kind) {
	case K_TCP:
		pg_tcp(g, sport, dport, tcp_flags[i % N(tcp_flags)]);
		break;
	case K_UDP:
		pg_udp(g, sport, dport);
		break;
	case K_SCTP:
		pg_sctp(g, sport, dport, 0x1234);
		break;
	case K_ICMP_ECHO:
		if (ip6)
			pg_icmp6(g, 128, 0, 0x00010000 | i);
		else
			pg_icmp(g, 8, 0, 0x00010000 | i);
		break;
	case K_ICMP_OTHER:
		if (ip6)
			pg_icmp6(g, 135, 0, 0);
		else
			pg_icmp(g, 3, 3, 0);
		break;
	case K_AH:
		pg_ah(g, PG_IPPROTO_TCP, spis[i % N(spis)], i);
		pg_tcp(g, sport, dport, PG_TCP_ACK);
		break;
	case K_ESP:
		pg_esp(g, spis[(i + 1) % N(spis)], i);
		break;
	}
}

static const uint8_t l4_protos[2][7] = {
	{ PG_IPPROTO_TCP, PG_IPPROTO_UDP, PG_IPPROTO_SCTP, PG_IPPROTO_ICMP,
	  PG_IPPROTO_ICMP, PG_IPPROTO_AH, PG_IPPROTO_ESP },
	{ PG_IPPROTO_TCP, PG_IPPROTO_UDP, PG_IPPROTO_SCTP, PG_IPPROTO_ICMPV6,
	  PG_IPPROTO_ICMPV6, PG_IPPROTO_AH, PG_IPPROTO_ESP },
};

/* Kinds and counts of section 1 and 2: TCP twice per port, UDP per port. */
static const struct {
	enum l4kind kind;
	unsigned int count;
} l4_mix[] = {
	{ K_TCP, 12 }, { K_UDP, 6 }, { K_SCTP, 1 }, { K_ICMP_ECHO, 1 },
	{ K_ICMP_OTHER, 1 }, { K_AH, 2 }, { K_ESP, 2 },
};

static int add_ip_traffic(struct pg_corpus *c, bool ip6, unsigned int n_l2)
{
	static const enum l2 l2_ip6[] = { L2_NONE, L2_VLAN100, L2_QINQ };
	unsigned int l2, m, j, i = 0;
	struct pg g;
	int err = 0;

	for (l2 = 0; l2 < n_l2; l2++)
		for (m = 0; m < N(l4_mix); m++)
			for (j = 0; j < l4_mix[m].count && !err; j++, i++) {
				pg_init(&g);
				put_l2(&g, ip6 ? l2_ip6[l2 % N(l2_ip6)] : l2,
				       ip6 ? PG_ETH_IP6 : PG_ETH_IP4);
				if (ip6)
					put_ip6(&g, i, l4_protos[1][l4_mix[m].kind]);
				else
					put_ip4(&g, i, l4_protos[0][l4_mix[m].kind]);
				put_l4(&g, l4_mix[m].kind, j, ip6);
				pg_payload(&g, (i * 13) % 40, i);
				pg_finish(&g);
				err = corpus_add(c, &g, g.len, g.len, NULL);
			}
	return err;
}

/* IPv6 extension header chains, plain and tagged. */
static int add_ip6_ext(struct pg_corpus *c)
{
	unsigned int l2, i;
	struct pg g;
	int err = 0;

	for (l2 = 0; l2 < 2 && !err; l2++)
		for (i = 0; i < 6 && !err; i++) {
			pg_init(&g);
			put_l2(&g, l2 ? L2_VLAN100 : L2_NONE, PG_ETH_IP6);
			switch (i) {
			case 0:
				put_ip6(&g, i, PG_IPPROTO_HOPOPTS);
				pg_ip6_opts(&g, PG_IPPROTO_HOPOPTS, PG_IPPROTO_TCP, 0);
				pg_tcp(&g, 12345, 80, PG_TCP_SYN);
				break;
			case 1:
				put_ip6(&g, i, PG_IPPROTO_ROUTING);
				pg_ip6_opts(&g, PG_IPPROTO_ROUTING, PG_IPPROTO_UDP, 2);
				pg_udp(&g, 40000, 53);
				break;
			case 2:
				put_ip6(&g, i, PG_IPPROTO_DSTOPTS);
				pg_ip6_opts(&g, PG_IPPROTO_DSTOPTS, PG_IPPROTO_ICMPV6, 1);
				pg_icmp6(&g, 128, 0, 7);
				break;
			case 3:
				put_ip6(&g, i, PG_IPPROTO_FRAGMENT);
				pg_ip6_frag(&g, PG_IPPROTO_UDP, 0, true, 0xabcd);
				pg_udp(&g, 12345, 123);
				pg_payload(&g, 64, i);
				break;
			case 4:
				put_ip6(&g, i, PG_IPPROTO_FRAGMENT);
				pg_ip6_frag(&g, PG_IPPROTO_UDP, 8, false, 0xabcd);
				pg_payload(&g, 40, i);
				break;
			default:
				put_ip6(&g, i, PG_IPPROTO_HOPOPTS);
				pg_ip6_opts(&g, PG_IPPROTO_HOPOPTS, PG_IPPROTO_DSTOPTS, 0);
				pg_ip6_opts(&g, PG_IPPROTO_DSTOPTS, PG_IPPROTO_TCP, 0);
				pg_tcp(&g, 40000, 443, PG_TCP_ACK);
				break;
			}
			pg_finish(&g);
			err = corpus_add(c, &g, g.len, g.len, NULL);
		}
	return err;
}

/* IPv4 fragments: first, middle and last, of TCP and UDP, plain and tagged. */
static int add_ip4_fragments(struct pg_corpus *c)
{
	static const uint16_t frags[] = { 0x2000, 0x2000 | 185, 370, 0x4000 };
	unsigned int l2, i, p;
	struct pg g;
	int err = 0;

	for (l2 = 0; l2 < 2; l2++)
		for (p = 0; p < 2; p++)
			for (i = 0; i < N(frags) && !err; i++) {
				struct pg_ip4 h = {
					.id = 0x4242, .frag = frags[i],
					.proto = p ? PG_IPPROTO_UDP : PG_IPPROTO_TCP,
					.src = ip4s[i], .dst = ip4s[i + 1],
				};

				pg_init(&g);
				put_l2(&g, l2 ? L2_VLAN100 : L2_NONE, PG_ETH_IP4);
				pg_ip4(&g, &h);
				if (p)
					pg_udp(&g, 12345, 53);
				else
					pg_tcp(&g, 40000, 80, PG_TCP_PSH | PG_TCP_ACK);
				pg_payload(&g, 32, i);
				pg_finish(&g);
				err = corpus_add(c, &g, g.len, g.len, NULL);
			}
	return err;
}

static void build_arp(struct pg *g, unsigned int i)
{
	static const uint8_t zero[6];
	uint16_t type = i & 2 ? PG_ETH_RARP : PG_ETH_ARP;
	uint16_t op = (uint16_t)((i & 2 ? 3 : 1) + (i & 1));

	if (i & 4) {
		pg_eth(g, i & 1 ? PG_MAC_DST : PG_MAC_BCAST, PG_MAC_SRC, PG_ETH_VLAN);
		pg_vlan(g, 0, 0, 100, type);
	} else {
		pg_eth(g, i & 1 ? PG_MAC_DST : PG_MAC_BCAST, PG_MAC_SRC, type);
	}
	pg_arp(g, op, PG_MAC_SRC, ip4s[i % N(ip4s)], i & 1 ? PG_MAC_DST : zero,
	       ip4s[(i + 3) % N(ip4s)]);
	pg_payload(g, 18, 0);
	memset(g->b + g->len - 18, 0, 18);
}

static void build_other(struct pg *g, unsigned int i)
{
	struct pg_ip4 h = { .proto = PG_IPPROTO_UDP, .src = ip4s[0], .dst = ip4s[1] };

	switch (i) {
	case 0:
		pg_eth(g, PG_MAC_DST, PG_MAC_SRC, PG_ETH_MPLS);
		pg_mpls(g, 100, 0, true, 64);
		pg_ip4(g, &h);
		pg_udp(g, 12345, 53);
		break;
	case 1:
		pg_eth(g, PG_MAC_DST, PG_MAC_SRC, PG_ETH_MPLS);
		pg_mpls(g, 16, 0, false, 64);
		pg_mpls(g, 1000, 5, true, 64);
		h.proto = PG_IPPROTO_TCP;
		pg_ip4(g, &h);
		pg_tcp(g, 40000, 443, PG_TCP_SYN);
		break;
	case 2:
		pg_eth(g, PG_MAC_DST, PG_MAC_SRC, PG_ETH_PPPOE_SESS);
		pg_pppoe_session(g, 0x1234, 0x0021);
		h.proto = PG_IPPROTO_TCP;
		pg_ip4(g, &h);
		pg_tcp(g, 12345, 80, PG_TCP_SYN);
		break;
	case 3:
		pg_eth(g, PG_MAC_BCAST, PG_MAC_SRC, PG_ETH_PPPOE_DISC);
		pg_pppoe_discovery(g, 0x09, 0);
		break;
	case 4:
		pg_eth_8023(g, PG_MAC_DST, PG_MAC_SRC);
		pg_llc(g, 0x42, 0x42, 0x03);	/* STP */
		pg_payload(g, 35, i);
		break;
	case 5:
		pg_eth_8023(g, PG_MAC_DST, PG_MAC_SRC);
		pg_llc(g, 0xaa, 0xaa, 0x03);	/* SNAP, carrying IPv4 */
		pg_bytes(g, "\0\0\0\x08\x00", 5);
		pg_ip4(g, &h);
		pg_udp(g, 12345, 123);
		break;
	case 6:
		pg_eth(g, PG_MAC_DST, PG_MAC_SRC, PG_ETH_LLDP);
		pg_payload(g, 46, i);
		break;
	default:
		pg_eth(g, PG_MAC_BCAST, PG_MAC_SRC, PG_ETH_IP4);
		h.dst = PG_IP4(192, 168, 1, 255);
		pg_ip4(g, &h);
		pg_udp(g, 40000, 8080);
		pg_payload(g, 20, i);
		break;
	}
}

static int add_non_ip(struct pg_corpus *c)
{
	unsigned int i;
	struct pg g;
	int err = 0;

	for (i = 0; i < 8 && !err; i++) {
		pg_init(&g);
		build_arp(&g, i);
		pg_finish(&g);
		err = corpus_add(c, &g, g.len, g.len, NULL);
	}
	for (i = 0; i < 8 && !err; i++) {
		pg_init(&g);
		build_other(&g, i);
		pg_finish(&g);
		err = corpus_add(c, &g, g.len, g.len, NULL);
	}
	return err;
}

/* Malformed packet @i (of N_MALFORMED). */
#define N_MALFORMED 14
static void build_malformed(struct pg *g, unsigned int i)
{
	struct pg_ip4 h = {
		.proto = PG_IPPROTO_TCP, .src = ip4s[2], .dst = ip4s[3],
	};
	struct pg_ip6 h6 = { .version = 4, .next = PG_IPPROTO_TCP };

	if (i == 13) {
		pg_eth(g, PG_MAC_DST, PG_MAC_SRC, PG_ETH_IP6);
		pg_ip6(g, &h6);
		pg_describe(g, "(version 4)");
		pg_tcp(g, 12345, 22, PG_TCP_SYN);
		return;
	}
	pg_eth(g, PG_MAC_DST, PG_MAC_SRC, PG_ETH_IP4);
	if (i == 8)
		h.ihl = 15;		/* options past the end of the packet */
	else if (i == 9)
		h.tot_len = 20;		/* shorter than the packet */
	else if (i == 10)
		h.tot_len = 1500;	/* longer than the packet */
	pg_ip4(g, &h);
	if (i < 5)		/* IHL 0..4 */
		g->b[14] = (uint8_t)(0x40 | i);
	else if (i < 8)		/* versions 0, 6, 15 */
		g->b[14] = (uint8_t)((i == 5 ? 0 : i == 6 ? 6 : 15) << 4 | 5);
	if (i < 8)
		pg_describe(g, "(version %u ihl %u)", g->b[14] >> 4, g->b[14] & 0xf);
	if (i == 11) {
		pg_tcp(g, 12345, 80, PG_TCP_SYN);
		g->b[g->len - 8] = 0x20;	/* data offset 2 */
		pg_describe(g, "(doff 2)");
	} else if (i == 12) {
		pg_udp(g, 12345, 53);
		pg_describe(g, "(no payload)");
		return;
	} else {
		pg_tcp(g, 12345, 80, PG_TCP_SYN);
	}
	pg_payload(g, 8, i);
}

static int add_malformed(struct pg_corpus *c)
{
	unsigned int i;
	struct pg g;
	int err = 0;

	for (i = 0; i < N_MALFORMED && !err; i++) {
		pg_init(&g);
		build_malformed(&g, i);
		pg_finish(&g);
		err = corpus_add(c, &g, g.len, g.len, "malformed");
	}
	return err;
}

static int add_sizes(struct pg_corpus *c)
{
	static const size_t sizes[] = { 0, 1, 6, 100, 1000, 1460 };
	unsigned int i;
	struct pg g;
	int err = 0;

	for (i = 0; i < N(sizes) && !err; i++) {
		pg_init(&g);
		pg_eth(&g, PG_MAC_DST, PG_MAC_SRC, PG_ETH_IP4);
		put_ip4(&g, 3 * i + 1, PG_IPPROTO_TCP);
		pg_tcp(&g, 40000, 443, PG_TCP_PSH | PG_TCP_ACK);
		pg_payload(&g, sizes[i], i);
		pg_describe(&g, "+%zu", sizes[i]);
		pg_finish(&g);
		err = corpus_add(c, &g, g.len, g.len, NULL);
	}
	return err;
}

/* The packets cut at every length up to 8 bytes past their headers. */
static void build_cut_base(struct pg *g, unsigned int i, size_t *headers)
{
	static const enum l2 l2s[] = { L2_NONE, L2_NONE, L2_VLAN100, L2_QINQ };
	bool ip6 = i >= 7 && i < 11;
	unsigned int l2 = l2s[i % N(l2s)];

	if (i == 11 || i == 12) {
		build_arp(g, i == 12 ? 5 : 0);
		*headers = g->len - 18;
		return;
	}
	if (i == 13) {
		build_other(g, 2);	/* PPPoE */
		*headers = g->len;
		return;
	}
	put_l2(g, l2, ip6 ? PG_ETH_IP6 : PG_ETH_IP4);
	if (ip6)
		put_ip6(g, i, l4_protos[1][i % 4]);
	else
		put_ip4(g, i == 1 ? 9 : i, l4_protos[0][i % 7]);
	put_l4(g, i < 7 ? (enum l4kind)(i % 7) : (enum l4kind)(i % 4), i, ip6);
	*headers = g->len;
	pg_payload(g, 16, i);
}

#define N_CUT_BASES 14

static int add_truncated(struct pg_corpus *c)
{
	char prefix[48];
	size_t headers, cut;
	unsigned int i;
	struct pg g;
	int err = 0;

	for (i = 0; i < N_CUT_BASES && !err; i++) {
		pg_init(&g);
		build_cut_base(&g, i, &headers);
		pg_finish(&g);
		for (cut = i ? 1 : 0; cut < g.len && cut <= headers + 8 && !err; cut++) {
			snprintf(prefix, sizeof(prefix), "cut@%zu/%zu", cut, g.len);
			err = corpus_add(c, &g, cut, g.len, prefix);
		}
	}
	return err;
}

int pktgen_corpus(struct pg_corpus *c)
{
	int (*const sections[])(struct pg_corpus *) = {
		add_ip6_ext, add_ip4_fragments, add_non_ip, add_malformed,
		add_sizes, add_truncated,
	};
	size_t i;
	int err;

	err = add_ip_traffic(c, false, L2_MAX);
	if (!err)
		err = add_ip_traffic(c, true, 3);
	for (i = 0; !err && i < N(sections); i++)
		err = sections[i](c);
	if (err)
		pktgen_corpus_free(c);
	return err;
}
