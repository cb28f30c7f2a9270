/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * hand.c - each benchmark filter written by hand in C, as a programmer who
 * knows the packet layout would: the practical speed limit. Same meaning as
 * pflang on Ethernet (see docs/benchmarks.md), a short packet not matching.
 */
#include <string.h>

#include "bench.h"

static inline uint32_t be16(const uint8_t *p)
{
	return (uint32_t)p[0] << 8 | p[1];
}

static inline uint32_t be32(const uint8_t *p)
{
	uint32_t x;

	memcpy(&x, p, 4);
	return __builtin_bswap32(x);
}

/* The transport header of an IPv4 first fragment / unfragmented packet with
 * a port-carrying protocol, or of an IPv6 TCP/UDP/SCTP packet; NULL if none. */
static inline const uint8_t *ports_of(const uint8_t *p, size_t caplen)
{
	uint32_t type, proto;
	size_t l4;

	if (caplen < 14)
		return NULL;
	type = be16(p + 12);
	if (type == 0x0800) {
		if (caplen < 24)
			return NULL;
		proto = p[23];
		if ((proto != 6 && proto != 17 && proto != 132) ||
		    (be16(p + 20) & 0x1fff))
			return NULL;
		l4 = 14 + 4u * (p[14] & 15);
	} else if (type == 0x86dd) {
		if (caplen < 21)
			return NULL;
		proto = p[20];
		if (proto != 6 && proto != 17 && proto != 132)
			return NULL;
		l4 = 54;
	} else {
		return NULL;
	}
	return l4 + 4 <= caplen ? p + l4 : NULL;
}

static int h_tcp_port_80(const uint8_t *p, size_t caplen, size_t wirelen)
{
	const uint8_t *l4 = ports_of(p, caplen);

	(void)wirelen;
	if (!l4 || p[be16(p + 12) == 0x0800 ? 23 : 20] != 6)
		return 0;
	return be16(l4) == 80 || be16(l4 + 2) == 80;
}

static int h_ip_src(const uint8_t *p, size_t caplen, size_t wirelen)
{
	(void)wirelen;
	return caplen >= 30 && be16(p + 12) == 0x0800 &&
	       be32(p + 26) == 0xc0a80101;
}

static int h_udp_dst_port_53(const uint8_t *p, size_t caplen, size_t wirelen)
{
	const uint8_t *l4 = ports_of(p, caplen);

	(void)wirelen;
	return l4 && p[be16(p + 12) == 0x0800 ? 23 : 20] == 17 &&
	       be16(l4 + 2) == 53;
}

static int h_tcp_syn(const uint8_t *p, size_t caplen, size_t wirelen)
{
	size_t l4;

	(void)wirelen;
	if (caplen < 24 || be16(p + 12) != 0x0800 || p[23] != 6 ||
	    (be16(p + 20) & 0x1fff))
		return 0;
	l4 = 14 + 4u * (p[14] & 15);
	return l4 + 14 <= caplen && (p[l4 + 13] & 2);
}

static int h_net10_not_22(const uint8_t *p, size_t caplen, size_t wirelen)
{
	const uint8_t *l4;
	uint32_t type;

	(void)wirelen;
	if (caplen < 14)
		return 0;
	type = be16(p + 12);
	if (type == 0x0800) {
		if (caplen < 34 || (p[26] != 10 && p[30] != 10))
			return 0;
	} else if (type == 0x0806 || type == 0x8035) {
		if (caplen < 42 || (p[28] != 10 && p[38] != 10))
			return 0;
	} else {
		return 0;
	}
	l4 = ports_of(p, caplen);
	return !l4 || (be16(l4) != 22 && be16(l4 + 2) != 22);
}

static int h_ip6_tcp(const uint8_t *p, size_t caplen, size_t wirelen)
{
	(void)wirelen;
	if (caplen < 21 || be16(p + 12) != 0x86dd)
		return 0;
	if (p[20] == 6)
		return 1;
	return p[20] == 44 && caplen >= 55 && p[54] == 6;
}

static int h_vlan_ip(const uint8_t *p, size_t caplen, size_t wirelen)
{
	uint32_t type;

	(void)wirelen;
	if (caplen < 18)
		return 0;
	type = be16(p + 12);
	return (type == 0x8100 || type == 0x88a8 || type == 0x9100) &&
	       be16(p + 16) == 0x0800;
}

static int h_portrange(const uint8_t *p, size_t caplen, size_t wirelen)
{
	const uint8_t *l4 = ports_of(p, caplen);

	(void)wirelen;
	return l4 && ((be16(l4) - 1000u <= 1000u) || (be16(l4 + 2) - 1000u <= 1000u));
}

static int h_empty(const uint8_t *p, size_t caplen, size_t wirelen)
{
	(void)p, (void)caplen, (void)wirelen;
	return 1;
}

static int h_hosts8(const uint8_t *p, size_t caplen, size_t wirelen)
{
	uint32_t type, a, b;

	(void)wirelen;
	if (caplen < 14)
		return 0;
	type = be16(p + 12);
	if (type == 0x0800 && caplen >= 34) {
		a = be32(p + 26);
		b = be32(p + 30);
	} else if ((type == 0x0806 || type == 0x8035) && caplen >= 42) {
		a = be32(p + 28);
		b = be32(p + 38);
	} else {
		return 0;
	}
	return a - 0x0a010101u < 8 || b - 0x0a010101u < 8;
}

static const uint16_t ports40[] = {
	20, 21, 22, 23, 25, 53, 67, 68, 69, 80, 88, 110, 111, 119, 123, 135,
	137, 138, 139, 143, 161, 162, 179, 389, 443, 445, 465, 514, 515, 587,
	636, 873, 993, 995, 1433, 1521, 3306, 3389, 5432, 8080,
};

static int in_ports40(uint32_t port)
{
	size_t lo = 0, hi = sizeof(ports40) / sizeof(ports40[0]);

	while (lo < hi) {	/* binary search of the sorted list */
		size_t mid = (lo + hi) / 2;

		if (ports40[mid] == port)
			return 1;
		if (ports40[mid] < port)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static int h_ports40(const uint8_t *p, size_t caplen, size_t wirelen)
{
	const uint8_t *l4 = ports_of(p, caplen);

	(void)wirelen;
	return l4 && (in_ports40(be16(l4)) || in_ports40(be16(l4 + 2)));
}

static size_t n_rules;

void hand_set_rules(size_t n)
{
	n_rules = n;
}

uint16_t rule_port(size_t i)
{
	static const uint16_t ports[] = { 80, 443, 22, 25, 8080, 3306, 53, 993 };

	return ports[i % (sizeof(ports) / sizeof(ports[0]))];
}

/* iptables-style: the first rule whose source /24 and TCP port match. */
static int h_rules(const uint8_t *p, size_t caplen, size_t wirelen)
{
	uint32_t net;
	size_t i, l4;
	uint16_t dport;

	(void)wirelen;
	if (caplen < 34 || be16(p + 12) != 0x0800 || p[23] != 6 ||
	    (be16(p + 20) & 0x1fff))
		return 0;
	l4 = 14 + 4u * (p[14] & 15);
	if (l4 + 4 > caplen || p[26] != 10)
		return 0;
	net = be32(p + 26) & 0xffffff00;
	dport = (uint16_t)be16(p + l4 + 2);
	for (i = 0; i < n_rules; i++)
		if (net == (0x0a000000u | (uint32_t)i << 8) && dport == rule_port(i))
			return 1;
	return 0;
}

static const struct {
	const char *name;
	hand_fn fn;
} hand[] = {
	{ "tcp_port_80", h_tcp_port_80 },
	{ "ip_src", h_ip_src },
	{ "udp_dst_port_53", h_udp_dst_port_53 },
	{ "tcp_syn", h_tcp_syn },
	{ "net10_not_22", h_net10_not_22 },
	{ "ip6_tcp", h_ip6_tcp },
	{ "vlan_ip", h_vlan_ip },
	{ "portrange", h_portrange },
	{ "empty", h_empty },
	{ "hosts8", h_hosts8 },
	{ "ports40", h_ports40 },
	{ "rules", h_rules },
};

hand_fn hand_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(hand) / sizeof(hand[0]); i++)
		if (!strcmp(hand[i].name, name))
			return hand[i].fn;
	return NULL;
}
