/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * trace.c - a deterministic trace of mixed traffic, kept in memory: mostly
 * IPv4 TCP (web, ssh, mail, high ports, a tenth of them SYNs) and UDP (DNS,
 * NTP, high ports), some ICMP, IPv6 TCP/UDP, 802.1Q-tagged IPv4, ARP and
 * later IPv4 fragments. Addresses come from pools that the benchmark's
 * filters name (192.168.1.1, 10.1.1.1-8, 10.0.0.0/8) and from elsewhere.
 * Packets keep their first TRACE_SNAPLEN bytes and their wire length.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "../tests/pktgen.h"

static uint32_t rnd(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

static uint32_t pick_ip4(uint32_t *s)
{
	switch (rnd(s) % 8) {
	case 0: return PG_IP4(192, 168, 1, 1);
	case 1: return PG_IP4(10, 1, 1, 1 + rnd(s) % 10);
	case 2:
	case 3: return PG_IP4(10, rnd(s) % 4, rnd(s) % 256, rnd(s) % 256);
	default: return PG_IP4(100 + rnd(s) % 100, rnd(s) % 256, rnd(s) % 256,
			       1 + rnd(s) % 254);
	}
}

static uint16_t pick_port(uint32_t *s)
{
	static const uint16_t common[] = { 80, 443, 443, 22, 25, 53, 8080,
					   123, 993, 3306 };

	if (rnd(s) % 2)
		return common[rnd(s) % (sizeof(common) / sizeof(common[0]))];
	return (uint16_t)(1000 + rnd(s) % 64000);
}

static void l4(struct pg *g, uint32_t *s, uint8_t proto)
{
	uint16_t sport = (uint16_t)(32768 + rnd(s) % 28000), dport = pick_port(s);
	uint8_t flags = rnd(s) % 10 ? PG_TCP_ACK : PG_TCP_SYN;

	if (rnd(s) % 2) {	/* replies: the service port is the source */
		uint16_t x = sport;

		sport = dport;
		dport = x;
	}
	if (proto == PG_IPPROTO_TCP)
		pg_tcp(g, sport, dport, flags);
	else
		pg_udp(g, sport, dport);
}

static void ip4(struct pg *g, uint32_t *s, uint8_t proto, uint16_t frag)
{
	pg_ip4(g, &(struct pg_ip4){ .proto = proto, .frag = frag,
				    .src = pick_ip4(s), .dst = pick_ip4(s) });
	if (frag & 0x1fff)
		pg_payload(g, 40, rnd(s));
	else if (proto == PG_IPPROTO_ICMP)
		pg_icmp(g, 8, 0, rnd(s));
	else
		l4(g, s, proto);
}

static void ip6(struct pg *g, uint32_t *s)
{
	uint8_t proto = rnd(s) % 3 ? PG_IPPROTO_TCP : PG_IPPROTO_UDP;
	struct pg_ip6 h = { .next = proto };

	pg_ip6_addr(h.src, "2001:db8::1");
	pg_ip6_addr(h.dst, "2001:db8:1::2");
	h.src[15] = (uint8_t)rnd(s);
	pg_ip6(g, &h);
	l4(g, s, proto);
}

/* One packet of the mix into @g. */
static void packet(struct pg *g, uint32_t *s)
{
	unsigned int kind = rnd(s) % 100;
	uint8_t proto = kind < 55 ? PG_IPPROTO_TCP : PG_IPPROTO_UDP;

	pg_init(g);
	if (kind >= 95 && kind < 97) {
		pg_eth(g, PG_MAC_BCAST, PG_MAC_SRC, PG_ETH_ARP);
		pg_arp(g, 1, PG_MAC_SRC, pick_ip4(s), PG_MAC_DST, pick_ip4(s));
	} else if (kind >= 85 && kind < 95) {
		pg_eth(g, PG_MAC_DST, PG_MAC_SRC, PG_ETH_IP6);
		ip6(g, s);
	} else if (kind >= 80 && kind < 85) {
		pg_eth(g, PG_MAC_DST, PG_MAC_SRC, PG_ETH_VLAN);
		pg_vlan(g, 0, 0, (uint16_t)(1 + rnd(s) % 100), PG_ETH_IP4);
		ip4(g, s, rnd(s) % 2 ? PG_IPPROTO_TCP : PG_IPPROTO_UDP, 0);
	} else {
		pg_eth(g, PG_MAC_DST, PG_MAC_SRC, PG_ETH_IP4);
		if (kind >= 97)
			ip4(g, s, PG_IPPROTO_UDP, (uint16_t)(1 + rnd(s) % 100));
		else
			ip4(g, s, kind >= 77 && kind < 80 ? PG_IPPROTO_ICMP : proto, 0);
	}
	pg_payload(g, 16, rnd(s));
	pg_finish(g);
}

int trace_build(struct trace *t, size_t n)
{
	uint32_t seed = 0x62656e63;
	struct pg g;
	size_t i, used = 0;

	t->n = n;
	t->data = malloc(n * TRACE_SNAPLEN);
	t->pkts = malloc(n * sizeof(*t->pkts));
	if (!t->data || !t->pkts) {
		trace_free(t);
		return -ENOMEM;
	}
	for (i = 0; i < n; i++) {
		packet(&g, &seed);
		t->pkts[i].off = (uint32_t)used;
		t->pkts[i].caplen = (uint16_t)(g.len < TRACE_SNAPLEN ? g.len : TRACE_SNAPLEN);
		t->pkts[i].wirelen = (uint16_t)(g.len + rnd(&seed) % 1400);
		memcpy(t->data + used, g.b, t->pkts[i].caplen);
		used += t->pkts[i].caplen;
	}
	return 0;
}

void trace_free(struct trace *t)
{
	free(t->data);
	free(t->pkts);
	t->data = NULL;
	t->pkts = NULL;
}
