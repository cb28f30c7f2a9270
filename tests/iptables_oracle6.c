/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * iptables_oracle6.c - the IPv6 packets of the ip6tables oracle: what
 * ipv6_rcv() lets through to netfilter (so that the kernel sees every
 * packet sent), and packets made for the rulesets' vocabulary: ports,
 * ICMPv6 types, IPsec headers, extension header chains (skipped, cut
 * short, longer than the packet, followed by a later fragment), fragments
 * of every kind, and transport headers too short for their match.
 */
#include <stdio.h>
#include <string.h>

#include "iptables_oracle.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* ------------------------------------------------------------------------ */
/* What ipv6_rcv() drops before netfilter                                   */
/* ------------------------------------------------------------------------ */

/* ip6_rcv_core()'s address checks. */
static bool addresses_ok(const uint8_t *src, const uint8_t *dst)
{
	static const uint8_t loopback[16] = { [15] = 1 };
	static const uint8_t mapped[12] = { [10] = 0xff, [11] = 0xff };

	if (src[0] == 0xff || !memcmp(src, loopback, 16) ||
	    !memcmp(dst, loopback, 16) || !memcmp(src, mapped, 12))
		return false;
	/* multicast to the interface-local or the reserved scope */
	return dst[0] != 0xff || ((dst[1] & 0x0f) != 0 && (dst[1] & 0x0f) != 1);
}

/*
 * ipv6_parse_hopopts() on the hop-by-hop header at @h, @avail bytes of
 * payload: kefir's packets carry only padding, at most 7 bytes in a row.
 */
static bool hbh_ok(const uint8_t *h, size_t avail)
{
	size_t len, off = 2, pad = 0, n, i;

	if (avail < 8 || (len = ((size_t)h[1] + 1) * 8) > avail)
		return false;
	while (off < len) {
		if (h[off] == 0) {
			off++;
			if (++pad > 7)
				return false;
			continue;
		}
		if (off + 2 > len || h[off] != 1)
			return false;
		n = (size_t)h[off + 1] + 2;
		if (off + n > len || (pad += n) > 7)
			return false;
		for (i = 2; i < n; i++)
			if (h[off + i])
				return false;
		off += n;
	}
	return true;
}

bool oracle6_prepare(const struct pg_packet *p, const uint8_t mac[6],
		     uint8_t *out)
{
	const uint8_t *ip = p->data + 14;
	size_t plen;

	if (p->caplen != p->wirelen || p->caplen < 54 || p->caplen > 9000 ||
	    p->data[12] != 0x86 || p->data[13] != 0xdd || (ip[0] >> 4) != 6)
		return false;
	plen = (size_t)ip[4] << 8 | ip[5];
	if (40 + plen > p->caplen - 14 || (!plen && ip[6] == 0) ||
	    !addresses_ok(ip + 8, ip + 24) ||
	    (ip[6] == 0 && !hbh_ok(ip + 40, plen)))
		return false;
	memcpy(out, p->data, p->caplen);
	memcpy(out, mac, 6);
	return true;
}

/* ------------------------------------------------------------------------ */
/* Packets made for the rulesets                                            */
/* ------------------------------------------------------------------------ */

/* Sources the rulesets name. */
static const char *const sources[] = {
	"2001:db8::1", "2001:db8:1::5", "fd00:1::7", "2001:db8::10",
	"fe80::1", "2001:db8:2::53",
};

/* One packet under construction, from @src, with its header's fields. */
struct p6 {
	struct pg g;
	const char *src;
	uint8_t tclass, hlim;
};

/* Starts the packet: Ethernet and the fixed header, next header @next. */
static void begin(struct p6 *p, uint8_t next)
{
	struct pg_ip6 h = { .next = next, .tclass = p->tclass,
			    .hlim = p->hlim };

	pg_init(&p->g);
	pg_eth(&p->g, PG_MAC_DST, PG_MAC_SRC, PG_ETH_IP6);
	pg_ip6_addr(h.src, p->src);
	pg_ip6_addr(h.dst, "2001:db8:ff::1");
	pg_ip6(&p->g, &h);
}

/*
 * Ends the packet, with a payload length of @plen when not -1 (shorter
 * than the headers: they are cut), and adds it to @c.
 */
static int finish(struct p6 *p, struct pg_corpus *c, long plen)
{
	if (pg_finish(&p->g))
		return -1;
	if (plen >= 0) {
		p->g.b[18] = (uint8_t)(plen >> 8);
		p->g.b[19] = (uint8_t)plen;
		p->g.len = 54 + (size_t)plen;
		pg_describe(&p->g, "plen %ld", plen);
	}
	return corpus_add(c, &p->g, p->g.len, p->g.len, NULL);
}

/* Destination options of @len8 (8-byte units after the first 8). */
static void dstopts(struct p6 *p, uint8_t next, uint8_t len8)
{
	pg_ip6_opts(&p->g, PG_IPPROTO_DSTOPTS, next, len8);
}

/* TCP to ports and flags, UDP, ICMPv6 types, ESP and AH. */
static int add_transport(struct p6 *p, struct pg_corpus *c, size_t i)
{
	static const uint16_t tcp_ports[] = { 22, 80, 443, 8080 };
	static const uint16_t udp_ports[] = { 53, 123, 546, 9 };
	static const uint8_t icmp[][2] = {
		{ 128, 0 }, { 129, 0 }, { 1, 4 }, { 1, 0 }, { 2, 0 },
		{ 3, 1 }, { 4, 1 }, { 135, 0 }, { 136, 0 }, { 137, 0 },
	};
	size_t j;
	int err = 0;

	for (j = 0; !err && j < ARRAY_LEN(tcp_ports); j++) {
		begin(p, PG_IPPROTO_TCP);
		pg_tcp(&p->g, 40000, tcp_ports[j], (i + j) % 2 ? PG_TCP_SYN :
			      PG_TCP_PSH | PG_TCP_ACK);
		pg_payload(&p->g, (i * 37 + j * 11) % 120, (unsigned int)j);
		err = finish(p, c, -1);
	}
	for (j = 0; !err && j < ARRAY_LEN(udp_ports); j++) {
		begin(p, PG_IPPROTO_UDP);
		pg_udp(&p->g, 40000, udp_ports[j]);
		err = finish(p, c, -1);
	}
	for (j = 0; !err && j < ARRAY_LEN(icmp); j++) {
		begin(p, PG_IPPROTO_ICMPV6);
		pg_icmp6(&p->g, icmp[j][0], icmp[j][1], 0);
		err = finish(p, c, -1);
	}
	if (!err) {
		begin(p, PG_IPPROTO_ESP);
		pg_esp(&p->g, 300, 1);
		err = finish(p, c, -1);
	}
	if (!err) {
		begin(p, PG_IPPROTO_AH);
		pg_ah(&p->g, PG_IPPROTO_TCP, 7, 1);
		pg_tcp(&p->g, 40000, 22, PG_TCP_SYN);
		err = finish(p, c, -1);
	}
	return err;
}

/* Extension header chains ipv6_find_hdr() walks through. */
static int add_chains(struct p6 *p, struct pg_corpus *c)
{
	int err, k;

	begin(p, PG_IPPROTO_HOPOPTS);
	pg_ip6_opts(&p->g, PG_IPPROTO_HOPOPTS, PG_IPPROTO_TCP, 0);
	pg_tcp(&p->g, 40000, 80, PG_TCP_SYN);
	err = finish(p, c, -1);
	begin(p, PG_IPPROTO_DSTOPTS);
	dstopts(p, PG_IPPROTO_UDP, 1);
	pg_udp(&p->g, 40000, 53);
	err = err ? err : finish(p, c, -1);
	begin(p, PG_IPPROTO_ROUTING);
	pg_ip6_opts(&p->g, PG_IPPROTO_ROUTING, PG_IPPROTO_ICMPV6, 0);
	pg_icmp6(&p->g, 128, 0, 0);
	err = err ? err : finish(p, c, -1);
	begin(p, PG_IPPROTO_HOPOPTS);
	pg_ip6_opts(&p->g, PG_IPPROTO_HOPOPTS, PG_IPPROTO_DSTOPTS, 0);
	dstopts(p, PG_IPPROTO_TCP, 0);
	pg_tcp(&p->g, 40000, 443, PG_TCP_ACK);
	err = err ? err : finish(p, c, -1);
	begin(p, PG_IPPROTO_NONE);
	pg_payload(&p->g, 8, 59);
	err = err ? err : finish(p, c, -1);
	/* thirteen destination options headers: no limit in Linux 6.18 */
	begin(p, PG_IPPROTO_DSTOPTS);
	for (k = 0; k < 13; k++)
		dstopts(p, k < 12 ? PG_IPPROTO_DSTOPTS : PG_IPPROTO_TCP, 0);
	pg_tcp(&p->g, 40000, 22, PG_TCP_SYN);
	return err ? err : finish(p, c, -1);
}

/* A fragment header at @off8 * 8 (@more: MF) before @next, then UDP or TCP. */
static int add_frag(struct p6 *p, struct pg_corpus *c, uint8_t next,
		    uint16_t off8, bool more, uint32_t id)
{
	begin(p, PG_IPPROTO_FRAGMENT);
	pg_ip6_frag(&p->g, next, off8, more, id);
	if (next == PG_IPPROTO_UDP)
		pg_udp(&p->g, 40000, 53);
	else if (next == PG_IPPROTO_TCP)
		pg_tcp(&p->g, 40000, 22, PG_TCP_SYN);
	else
		dstopts(p, PG_IPPROTO_UDP, 0);
	pg_payload(&p->g, 16, off8);
	return finish(p, c, -1);
}

/* First, later and last fragments; AH and fragment headers together. */
static int add_fragments(struct p6 *p, struct pg_corpus *c)
{
	int err = add_frag(p, c, PG_IPPROTO_UDP, 0, true, 0x1234);

	err = err ? err : add_frag(p, c, PG_IPPROTO_TCP, 0, true, 7);
	err = err ? err : add_frag(p, c, PG_IPPROTO_UDP, 1, true, 0x1234);
	err = err ? err : add_frag(p, c, PG_IPPROTO_TCP, 185, false, 7);
	/* a later fragment followed by an extension header: -ENOENT */
	err = err ? err : add_frag(p, c, PG_IPPROTO_DSTOPTS, 2, true, 9);
	err = err ? err : add_frag(p, c, PG_IPPROTO_DSTOPTS, 0, true, 9);
	if (!err) {	/* reserved bits set in a last fragment */
		begin(p, PG_IPPROTO_FRAGMENT);
		pg_bytes(&p->g, "\x11\x01\x00\x46\x00\x00\x00\x05", 8);
		pg_payload(&p->g, 8, 5);
		err = finish(p, c, -1);
	}
	if (!err) {
		begin(p, PG_IPPROTO_AH);
		pg_ah(&p->g, PG_IPPROTO_FRAGMENT, 7, 2);
		pg_ip6_frag(&p->g, PG_IPPROTO_UDP, 0, true, 0x77);
		pg_udp(&p->g, 40000, 53);
		err = finish(p, c, -1);
	}
	if (!err) {
		begin(p, PG_IPPROTO_FRAGMENT);
		pg_ip6_frag(&p->g, PG_IPPROTO_AH, 0, true, 0x78);
		pg_ah(&p->g, PG_IPPROTO_TCP, 0x1000, 3);
		pg_tcp(&p->g, 40000, 22, PG_TCP_SYN);
		err = finish(p, c, -1);
	}
	if (!err) {	/* AH after a later fragment: not found */
		begin(p, PG_IPPROTO_FRAGMENT);
		pg_ip6_frag(&p->g, PG_IPPROTO_AH, 3, false, 0x79);
		pg_ah(&p->g, PG_IPPROTO_TCP, 0x1000, 3);
		err = finish(p, c, -1);
	}
	return err;
}

/*
 * Headers cut short by the payload length: transport headers too short for
 * their match (hot-drops), and extension header chains that end inside a
 * header (ipv6_find_hdr() fails) or that claim more than the packet has.
 */
static int add_cut(struct p6 *p, struct pg_corpus *c)
{
	/* each header cut to 4 bytes, one byte short, and just whole */
	static const struct {
		uint8_t proto;
		long len;
	} cuts[] = {
		{ PG_IPPROTO_TCP, 4 }, { PG_IPPROTO_TCP, 19 }, { PG_IPPROTO_TCP, 20 },
		{ PG_IPPROTO_UDP, 4 }, { PG_IPPROTO_UDP, 7 }, { PG_IPPROTO_UDP, 8 },
		{ PG_IPPROTO_ICMPV6, 4 }, { PG_IPPROTO_ICMPV6, 7 },
		{ PG_IPPROTO_ICMPV6, 8 }, { PG_IPPROTO_ESP, 7 },
		{ PG_IPPROTO_ESP, 8 }, { PG_IPPROTO_AH, 8 }, { PG_IPPROTO_AH, 11 },
		{ PG_IPPROTO_AH, 12 }, { PG_IPPROTO_FRAGMENT, 6 },
		{ PG_IPPROTO_FRAGMENT, 7 }, { PG_IPPROTO_FRAGMENT, 8 },
	};
	size_t j;
	int err = 0;

	for (j = 0; !err && j < ARRAY_LEN(cuts); j++) {
		begin(p, cuts[j].proto);
		if (cuts[j].proto == PG_IPPROTO_AH)
			pg_ah(&p->g, PG_IPPROTO_TCP, 7, 1);
		else if (cuts[j].proto == PG_IPPROTO_FRAGMENT)
			pg_ip6_frag(&p->g, PG_IPPROTO_UDP, 0, true, 3);
		pg_tcp(&p->g, 40000, 22, PG_TCP_SYN);
		err = finish(p, c, cuts[j].len);
	}
	begin(p, PG_IPPROTO_DSTOPTS);	/* one byte of an options header */
	dstopts(p, PG_IPPROTO_TCP, 0);
	err = err ? err : finish(p, c, 1);
	begin(p, PG_IPPROTO_DSTOPTS);	/* TCP found past the end */
	dstopts(p, PG_IPPROTO_TCP, 0);
	err = err ? err : finish(p, c, 2);
	begin(p, PG_IPPROTO_ROUTING);	/* three bytes of a routing header */
	pg_ip6_opts(&p->g, PG_IPPROTO_ROUTING, PG_IPPROTO_TCP, 0);
	err = err ? err : finish(p, c, 3);
	begin(p, PG_IPPROTO_DSTOPTS);	/* claims 88 bytes, has 28 */
	pg_bytes(&p->g, "\x06\x0a\x01\x04\x00\x00\x00\x00", 8);
	pg_tcp(&p->g, 40000, 22, PG_TCP_SYN);
	return err ? err : finish(p, c, -1);
}

/* Every packet from source @src, with hop limit and traffic class by @i. */
static int add_source(struct pg_corpus *c, const char *src, size_t i)
{
	static const uint8_t tclasses[] = { 0x00, 0x10, 0xb8, 0x03, 0x28 };
	static const uint8_t hlims[] = { 64, 1, 255, 10 };
	struct p6 p = { .src = src, .tclass = tclasses[i % ARRAY_LEN(tclasses)],
			.hlim = hlims[i % ARRAY_LEN(hlims)] };
	int err = add_transport(&p, c, i);

	err = err ? err : add_chains(&p, c);
	err = err ? err : add_fragments(&p, c);
	return err ? err : add_cut(&p, c);
}

int oracle6_corpus(struct pg_corpus *c, size_t n_extra)
{
	uint32_t x = 2463534242u;
	char src[64];
	size_t i;
	int err = 0;

	for (i = 0; !err && i < ARRAY_LEN(sources); i++)
		err = add_source(c, sources[i], i);
	for (i = 0; !err && i < n_extra; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		if (i % 2)
			snprintf(src, sizeof(src), "2001:db8:100:%zx::7", i / 2);
		else
			snprintf(src, sizeof(src), "2a00:%x:%x::1", x >> 16,
				 x & 0xffff);
		err = add_source(c, src, i);
	}
	return err;
}
