// SPDX-License-Identifier: (GPL-2.0 OR BSD-2-Clause)
/*
 * hand_xdp.c - the benchmark's single filters written by hand as XDP
 * programs, the way an engineer who knows XDP writes them: the kernel's
 * header structs, one bounds check per header, fields compared in network
 * byte order. A packet the filter matches passes, the rest are dropped, as
 * in kefir's rendering of a pflang filter. The meaning is bench/hand.c's
 * (pflang on Ethernet).
 *
 * bench.c compiles this file once per filter with kefir_bpf_compile() and
 * -DHAND_FILTER=f_NAME (NAME from bench.c's filters[]); the one program,
 * hand_xdp, calls that filter.
 */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/tcp.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

#ifndef HAND_FILTER
#error "compile with -DHAND_FILTER=f_NAME"
#endif

#define IP_FRAG_MASK 0x1fff	/* fragment offset bits of frag_off */

struct vlan_hdr {
	__be16 tci;
	__be16 proto;
};

/* An ARP or RARP body for IPv4 over Ethernet (RFC 826). */
struct arp_ip4 {
	__be16 htype, ptype;
	__u8 hlen, plen;
	__be16 op;
	__u8 sha[ETH_ALEN];
	__be32 spa;
	__u8 tha[ETH_ALEN];
	__be32 tpa;
} __attribute__((packed));

struct ports {
	__be16 src, dst;
};

static __always_inline int is_port_proto(__u8 proto)
{
	return proto == IPPROTO_TCP || proto == IPPROTO_UDP ||
	       proto == IPPROTO_SCTP;
}

/* The IPv4 header after @eth, or NULL. */
static __always_inline const struct iphdr *ip4_of(const struct ethhdr *eth,
						  const void *end)
{
	const struct iphdr *ip = (const void *)(eth + 1);

	if (eth->h_proto != bpf_htons(ETH_P_IP) || (const void *)(ip + 1) > end)
		return NULL;
	return ip;
}

/* The IPv6 header after @eth, or NULL. */
static __always_inline const struct ipv6hdr *ip6_of(const struct ethhdr *eth,
						    const void *end)
{
	const struct ipv6hdr *ip6 = (const void *)(eth + 1);

	if (eth->h_proto != bpf_htons(ETH_P_IPV6) ||
	    (const void *)(ip6 + 1) > end)
		return NULL;
	return ip6;
}

/* The IPv4 or RARP/ARP body after @eth, or NULL. */
static __always_inline const struct arp_ip4 *arp_of(const struct ethhdr *eth,
						    const void *end)
{
	const struct arp_ip4 *arp = (const void *)(eth + 1);

	if ((eth->h_proto != bpf_htons(ETH_P_ARP) &&
	     eth->h_proto != bpf_htons(ETH_P_RARP)) ||
	    (const void *)(arp + 1) > end)
		return NULL;
	return arp;
}

/*
 * The ports of a TCP, UDP or SCTP packet over IPv4 (unfragmented or the
 * first fragment) or IPv6 (the next header right after the fixed one, as
 * pflang reads it); the protocol in *@proto. NULL if none.
 */
static __always_inline const struct ports *ports_of(const void *data,
						    const void *end,
						    __u8 *proto)
{
	const struct ethhdr *eth = data;
	const struct ipv6hdr *ip6;
	const struct iphdr *ip;
	const struct ports *l4;

	if ((const void *)(eth + 1) > end)
		return NULL;
	if ((ip = ip4_of(eth, end))) {
		if (!is_port_proto(ip->protocol) ||
		    (ip->frag_off & bpf_htons(IP_FRAG_MASK)))
			return NULL;
		*proto = ip->protocol;
		l4 = (const void *)((const __u8 *)ip + ip->ihl * 4);
	} else if ((ip6 = ip6_of(eth, end))) {
		if (!is_port_proto(ip6->nexthdr))
			return NULL;
		*proto = ip6->nexthdr;
		l4 = (const void *)(ip6 + 1);
	} else {
		return NULL;
	}
	return (const void *)(l4 + 1) <= end ? l4 : NULL;
}

/* tcp port 80 */
static __always_inline int f_tcp_port_80(const void *data, const void *end)
{
	const struct ports *l4;
	__u8 proto;

	l4 = ports_of(data, end, &proto);
	return l4 && proto == IPPROTO_TCP &&
	       (l4->src == bpf_htons(80) || l4->dst == bpf_htons(80));
}

/* ip src 192.168.1.1 */
static __always_inline int f_ip_src(const void *data, const void *end)
{
	const struct ethhdr *eth = data;
	const struct iphdr *ip;

	if ((const void *)(eth + 1) > end || !(ip = ip4_of(eth, end)))
		return 0;
	return ip->saddr == bpf_htonl(0xc0a80101);
}

/* udp and dst port 53 */
static __always_inline int f_udp_dst_port_53(const void *data,
					     const void *end)
{
	const struct ports *l4;
	__u8 proto;

	l4 = ports_of(data, end, &proto);
	return l4 && proto == IPPROTO_UDP && l4->dst == bpf_htons(53);
}

/* tcp[tcpflags] & tcp-syn != 0 (IPv4 only, as in pflang) */
static __always_inline int f_tcp_syn(const void *data, const void *end)
{
	const struct ethhdr *eth = data;
	const struct tcphdr *th;
	const struct iphdr *ip;

	if ((const void *)(eth + 1) > end || !(ip = ip4_of(eth, end)) ||
	    ip->protocol != IPPROTO_TCP ||
	    (ip->frag_off & bpf_htons(IP_FRAG_MASK)))
		return 0;
	th = (const void *)((const __u8 *)ip + ip->ihl * 4);
	return (const void *)(th + 1) <= end && th->syn;
}

static __always_inline int in_net10(__be32 addr)
{
	return (addr & bpf_htonl(0xff000000)) == bpf_htonl(0x0a000000);
}

/* net 10.0.0.0/8 and not port 22 */
static __always_inline int f_net10_not_22(const void *data, const void *end)
{
	const struct ethhdr *eth = data;
	const struct arp_ip4 *arp;
	const struct ports *l4;
	const struct iphdr *ip;
	__u8 proto;

	if ((const void *)(eth + 1) > end)
		return 0;
	if ((ip = ip4_of(eth, end))) {
		if (!in_net10(ip->saddr) && !in_net10(ip->daddr))
			return 0;
	} else if ((arp = arp_of(eth, end))) {
		if (!in_net10(arp->spa) && !in_net10(arp->tpa))
			return 0;
	} else {
		return 0;
	}
	l4 = ports_of(data, end, &proto);
	return !l4 || (l4->src != bpf_htons(22) && l4->dst != bpf_htons(22));
}

/* ip6 and tcp (after the fixed header or a fragment header) */
static __always_inline int f_ip6_tcp(const void *data, const void *end)
{
	const struct ethhdr *eth = data;
	const struct ipv6hdr *ip6;
	const __u8 *frag;

	if ((const void *)(eth + 1) > end || !(ip6 = ip6_of(eth, end)))
		return 0;
	if (ip6->nexthdr == IPPROTO_TCP)
		return 1;
	frag = (const void *)(ip6 + 1);
	return ip6->nexthdr == IPPROTO_FRAGMENT &&
	       (const void *)(frag + 1) <= end && frag[0] == IPPROTO_TCP;
}

/* vlan and ip */
static __always_inline int f_vlan_ip(const void *data, const void *end)
{
	const struct ethhdr *eth = data;
	const struct vlan_hdr *vlan = (const void *)(eth + 1);

	if ((const void *)(vlan + 1) > end)
		return 0;
	return (eth->h_proto == bpf_htons(ETH_P_8021Q) ||
		eth->h_proto == bpf_htons(ETH_P_8021AD) ||
		eth->h_proto == bpf_htons(0x9100)) &&
	       vlan->proto == bpf_htons(ETH_P_IP);
}

/* portrange 1000-2000 */
static __always_inline int f_portrange(const void *data, const void *end)
{
	const struct ports *l4;
	__u8 proto;

	l4 = ports_of(data, end, &proto);
	return l4 && (bpf_ntohs(l4->src) - 1000u <= 1000u ||
		      bpf_ntohs(l4->dst) - 1000u <= 1000u);
}

/* the empty filter */
static __always_inline int f_empty(const void *data, const void *end)
{
	(void)data, (void)end;
	return 1;
}

static __always_inline int in_hosts8(__be32 addr)
{
	return bpf_ntohl(addr) - 0x0a010101u < 8;	/* 10.1.1.1-10.1.1.8 */
}

/* host 10.1.1.1 or ... or host 10.1.1.8 */
static __always_inline int f_hosts8(const void *data, const void *end)
{
	const struct ethhdr *eth = data;
	const struct arp_ip4 *arp;
	const struct iphdr *ip;

	if ((const void *)(eth + 1) > end)
		return 0;
	if ((ip = ip4_of(eth, end)))
		return in_hosts8(ip->saddr) || in_hosts8(ip->daddr);
	if ((arp = arp_of(eth, end)))
		return in_hosts8(arp->spa) || in_hosts8(arp->tpa);
	return 0;
}

static __always_inline int in_ports40(__u16 port)
{
	switch (port) {
	case 20: case 21: case 22: case 23: case 25: case 53: case 67:
	case 68: case 69: case 80: case 88: case 110: case 111: case 119:
	case 123: case 135: case 137: case 138: case 139: case 143:
	case 161: case 162: case 179: case 389: case 443: case 445:
	case 465: case 514: case 515: case 587: case 636: case 873:
	case 993: case 995: case 1433: case 1521: case 3306: case 3389:
	case 5432: case 8080:
		return 1;
	}
	return 0;
}

/* port 20 or port 21 or ... (40 ports) */
static __always_inline int f_ports40(const void *data, const void *end)
{
	const struct ports *l4;
	__u8 proto;

	l4 = ports_of(data, end, &proto);
	return l4 && (in_ports40(bpf_ntohs(l4->src)) ||
		      in_ports40(bpf_ntohs(l4->dst)));
}

SEC("xdp")
int hand_xdp(struct xdp_md *ctx)
{
	const void *data = (const void *)(long)ctx->data;
	const void *end = (const void *)(long)ctx->data_end;

	return HAND_FILTER(data, end) ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
