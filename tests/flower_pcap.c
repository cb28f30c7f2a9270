/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * flower_pcap.c - libpcap as a judge of the flower front-end. Each line of
 * tests/flower_equiv.txt pairs a flower filter with a hand-checked pflang
 * expression of the same meaning on unfragmented, untagged packets:
 *
 *	protocol ip flower ip_proto tcp dst_port 80 | tcp dst port 80
 *
 * For every such pair and every packet of the corpus (pktgen.c) that is
 * neither VLAN-tagged nor an IPv4 fragment nor an IPv6 packet with an
 * extension header flower walks, nor cut short (caplen < wirelen: flower
 * reads a key it cannot reach as 0, pflang rejects), the verdict of
 * kefir's reference interpreter on the filter must equal libpcap's
 * (pcap_compile + pcap_offline_filter on pcap_open_dead(DLT_EN10MB)).
 * Every filter's rule also runs as BPF C in the kernel test (the file is
 * the golden case tests/data/flower/equiv.t). Then, where flower and pflang
 * differ (fragments, VLAN tags, ARP, IPv6 extension headers), hand-written
 * expected verdicts on
 * packets built for them, each with the kernel behaviour it follows.
 * Prints the counts.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcap/pcap.h>

#include "kefir_internal.h"
#include "pktgen.h"

#define MAX_LINE 1024
#define MAX_REPORTS 20

/* Hop-by-hop, routing, fragment, destination options: flower walks them. */
static bool is_ip6_ext(uint8_t next)
{
	return next == 0 || next == 43 || next == 44 || next == 60;
}

/* True for the packets where flower and pflang are meant to agree. */
static bool comparable(const struct pg_packet *p)
{
	uint16_t type, frag;

	if (p->caplen < p->wirelen || p->caplen < 14)
		return p->caplen >= p->wirelen;
	type = (uint16_t)(p->data[12] << 8 | p->data[13]);
	if (type == 0x8100 || type == 0x88a8 || type == 0x9100)
		return false;
	if (type == 0x86dd && p->caplen >= 21)
		return !is_ip6_ext(p->data[20]);
	if (type != 0x0800 || p->caplen < 22)
		return true;
	frag = (uint16_t)(p->data[20] << 8 | p->data[21]);
	return !(frag & 0x3fff);
}

struct counts {
	size_t pairs, packets, checks, matched, disagree;
};

static int check_pair(const char *flower, const char *pflang,
		      const struct pg_corpus *c, struct counts *n,
		      unsigned int line)
{
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_ruleset *rs = NULL;
	struct bpf_program prog;
	struct pcap_pkthdr h;
	pcap_t *pc = pcap_open_dead(DLT_EN10MB, 65535);
	bool want, got;
	size_t i;
	int err = -1;

	if (!diag || !pc)
		goto out;
	if (kefir_ruleset_parse("flower", flower, strlen(flower), "equiv",
				NULL, &rs, diag)) {
		fprintf(stderr, "line %u: kefir refuses '%s':\n%s", line,
			flower, kefir_diag_text(diag));
		goto out;
	}
	if (pcap_compile(pc, &prog, pflang, 1, PCAP_NETMASK_UNKNOWN)) {
		fprintf(stderr, "line %u: libpcap refuses '%s': %s\n", line,
			pflang, pcap_geterr(pc));
		goto out;
	}
	for (i = 0; i < c->n; i++) {
		if (!comparable(&c->pkts[i]))
			continue;
		h.caplen = (bpf_u_int32)c->pkts[i].caplen;
		h.len = (bpf_u_int32)c->pkts[i].wirelen;
		want = pcap_offline_filter(&prog, &h, c->pkts[i].data) != 0;
		got = kefir_ruleset_eval(rs, c->pkts[i].data, h.caplen,
					 h.len) >= 0;
		n->checks++;
		n->matched += got;
		if (want != got && n->disagree++ < MAX_REPORTS)
			fprintf(stderr, "line %u: '%s' %s but '%s' %s: %s\n",
				line, flower, got ? "matches" : "does not match",
				pflang, want ? "does" : "does not",
				c->pkts[i].desc);
	}
	pcap_freecode(&prog);
	n->pairs++;
	err = 0;
out:
	kefir_ruleset_free(rs);
	kefir_diag_free(diag);
	if (pc)
		pcap_close(pc);
	return err;
}

/* ------------------------------------------------------------------------ */
/* Where flower and pflang differ: hand-written verdicts                    */
/* ------------------------------------------------------------------------ */

enum shape {
	UDP53,		/* IPv4 UDP 40000 > 53, unfragmented */
	UDP53_FIRST,	/* the same, first fragment (MF, offset 0) */
	UDP_LATER,	/* a later fragment (offset 185) of protocol 17 */
	TAGGED_TCP80,	/* 802.1Q vid 100, IPv4 TCP 12345 > 80 */
	TAGGED_101,	/* the same with vid 101 */
	QINQ_VID5,	/* 802.1ad vid 7, 802.1Q vid 5, IPv4 UDP */
	ARP_REQUEST,	/* ARP request 10.0.0.1 > 10.0.0.2 */
	ARP_OP4,	/* ARP op 4 (InARP), same addresses */
	V6_HBH_TCP80,	/* IPv6, hop-by-hop options, TCP 12345 > 80 */
	V6_DST_RT_UDP,	/* IPv6, destination options, routing, UDP > 53 */
	V6_FRAG_FIRST,	/* IPv6, fragment header (offset 0, more), UDP > 53 */
	V6_FRAG_LATER,	/* IPv6, fragment header (offset 100), UDP data */
	V6_AH_TCP,	/* IPv6, AH, TCP 12345 > 80 */
};

/* The IPv6 shapes: the headers after the fixed one. */
static void build6(struct pg *g, enum shape shape)
{
	static const uint8_t first[] = {
		[V6_HBH_TCP80] = PG_IPPROTO_HOPOPTS, [V6_DST_RT_UDP] = PG_IPPROTO_DSTOPTS,
		[V6_FRAG_FIRST] = PG_IPPROTO_FRAGMENT, [V6_FRAG_LATER] = PG_IPPROTO_FRAGMENT,
		[V6_AH_TCP] = PG_IPPROTO_AH,
	};
	struct pg_ip6 h = { .next = first[shape] };

	pg_ip6_addr(h.src, "2001:db8::1");
	pg_ip6_addr(h.dst, "2001:db8::2");
	pg_ip6(g, &h);
	if (shape == V6_HBH_TCP80)
		pg_ip6_opts(g, PG_IPPROTO_HOPOPTS, PG_IPPROTO_TCP, 1);
	if (shape == V6_DST_RT_UDP) {
		pg_ip6_opts(g, PG_IPPROTO_DSTOPTS, PG_IPPROTO_ROUTING, 0);
		pg_ip6_opts(g, PG_IPPROTO_ROUTING, PG_IPPROTO_UDP, 0);
	}
	if (shape == V6_FRAG_FIRST || shape == V6_FRAG_LATER)
		pg_ip6_frag(g, PG_IPPROTO_UDP, shape == V6_FRAG_FIRST ? 0 : 100,
			    shape == V6_FRAG_FIRST, 7);
	if (shape == V6_AH_TCP)
		pg_ah(g, PG_IPPROTO_TCP, 0x1000, 1);
	if (shape == V6_HBH_TCP80 || shape == V6_AH_TCP)
		pg_tcp(g, 12345, 80, PG_TCP_SYN);
	else if (shape == V6_FRAG_LATER)
		pg_payload(g, 16, 2);
	else
		pg_udp(g, 40000, 53);
}

static void build(struct pg *g, enum shape shape)
{
	bool tagged = shape == TAGGED_TCP80 || shape == TAGGED_101;
	bool arp = shape == ARP_REQUEST || shape == ARP_OP4;
	uint16_t frag = shape == UDP53_FIRST ? 0x2000 : shape == UDP_LATER ? 185 : 0;

	pg_init(g);
	if (shape >= V6_HBH_TCP80) {
		pg_eth(g, PG_MAC_DST, PG_MAC_SRC, PG_ETH_IP6);
		build6(g, shape);
		pg_finish(g);
		return;
	}
	pg_eth(g, PG_MAC_DST, PG_MAC_SRC, tagged ? PG_ETH_VLAN :
	       shape == QINQ_VID5 ? PG_ETH_QINQ : arp ? PG_ETH_ARP : PG_ETH_IP4);
	if (tagged)
		pg_vlan(g, 0, 0, shape == TAGGED_TCP80 ? 100 : 101, PG_ETH_IP4);
	if (shape == QINQ_VID5) {
		pg_vlan(g, 0, 0, 7, PG_ETH_VLAN);
		pg_vlan(g, 0, 0, 5, PG_ETH_IP4);
	}
	if (arp) {
		pg_arp(g, shape == ARP_REQUEST ? 1 : 4, PG_MAC_SRC,
		       PG_IP4(10, 0, 0, 1), PG_MAC_DST, PG_IP4(10, 0, 0, 2));
	} else {
		pg_ip4(g, &(struct pg_ip4){ .proto = tagged ? 6 : 17, .frag = frag,
					    .src = PG_IP4(10, 0, 0, 1),
					    .dst = PG_IP4(10, 0, 0, 2) });
		if (tagged)
			pg_tcp(g, 12345, 80, PG_TCP_SYN);
		else if (shape != UDP_LATER)
			pg_udp(g, 40000, 53);
		else
			pg_payload(g, 16, 1);
	}
	pg_finish(g);
}

/*
 * Each verdict follows the kernel: flow_dissector.c's IPv4 case sets
 * FLOW_DIS_IS_FRAGMENT (and FLOW_DIS_FIRST_FRAG at offset 0) and, flower
 * dissecting without FLOW_DISSECTOR_F_PARSE_1ST_FRAG, goes to out_good
 * before the transport header: ports, TCP flags and ICMP stay 0 while
 * basic.ip_proto is still set; cls_flower's fl_classify() compares masked
 * keys, so a key whose value is 0 matches a key left at 0.
 */
static const struct verdict_case {
	const char *rule;
	enum shape shape;
	bool match;
	const char *why;
} verdict_cases[] = {
	{ "protocol ip flower ip_proto udp dst_port 53", UDP53, true, "whole packet: ports dissected" },
	{ "protocol ip flower ip_proto udp dst_port 53", UDP53_FIRST, false, "first fragment: no PARSE_1ST_FRAG, port reads 0" },
	{ "protocol ip flower ip_proto udp dst_port 0/0xffff", UDP53_FIRST, true, "first fragment: port reads 0" },
	{ "protocol ip flower ip_proto udp dst_port 0/0xffff", UDP_LATER, true, "later fragment: port reads 0" },
	{ "protocol ip flower ip_proto udp dst_port 0/0xffff", UDP53, false, "whole packet: port is 53" },
	{ "protocol ip flower ip_proto udp", UDP_LATER, true, "ip_proto is kept at out_good for fragments" },
	{ "protocol ip flower tcp_flags 0/2", UDP53, true, "UDP: __skb_flow_dissect_tcp() not run, flags 0" },
	{ "protocol ip flower ip_flags frag", UDP53_FIRST, true, "MF set: FLOW_DIS_IS_FRAGMENT" },
	{ "protocol ip flower ip_flags frag", UDP53, false, "no MF, offset 0: not a fragment" },
	{ "protocol ip flower ip_flags firstfrag", UDP53_FIRST, true, "offset 0: FLOW_DIS_FIRST_FRAG" },
	{ "protocol ip flower ip_flags firstfrag", UDP_LATER, false, "offset 185: not first" },
	{ "protocol ip flower ip_flags nofirstfrag", UDP_LATER, true, "FIRST_FRAG clear on a later fragment" },
	{ "protocol ip flower ip_flags nofirstfrag", UDP53, true, "FIRST_FRAG clear on a whole packet" },
	{ "protocol ip flower ip_flags frag/nofirstfrag", UDP_LATER, true, "IS_FRAGMENT set, FIRST_FRAG clear" },
	{ "protocol ip flower", TAGGED_TCP80, false, "protocol is the outer EtherType 0x8100" },
	{ "protocol 802.1Q flower vlan_id 100 vlan_ethtype ip ip_proto tcp dst_port 80", TAGGED_TCP80, true, "tag read in the packet" },
	{ "protocol 802.1Q flower vlan_id 100 vlan_ethtype ip ip_proto tcp dst_port 80", TAGGED_101, false, "vid 101" },
	{ "protocol 802.1ad flower vlan_ethtype 802.1Q cvlan_id 5 cvlan_ethtype ip", QINQ_VID5, true, "cvlan: the second tag" },
	{ "protocol 802.1ad flower vlan_id 5", QINQ_VID5, false, "vlan_id is the outer tag (vid 7)" },
	{ "protocol arp flower arp_sip 10.0.0.1", ARP_REQUEST, true, "request: __skb_flow_dissect_arp() fills the keys" },
	{ "protocol arp flower arp_sip 10.0.0.1", ARP_OP4, false, "op 4: dissection stops, sip reads 0" },
	{ "protocol arp flower arp_op 0/255", ARP_OP4, true, "op 4: op reads 0" },
	{ "protocol arp flower arp_op 0/255", ARP_REQUEST, false, "request: op reads 1" },
	/* IPv6: NEXTHDR_HOP/ROUTING/DEST skipped ((len + 1) * 8 bytes, IPPROTO_AGAIN) */
	{ "protocol ipv6 flower ip_proto tcp dst_port 80", V6_HBH_TCP80, true, "hop-by-hop skipped" },
	{ "protocol ipv6 flower ip_proto udp dst_port 53", V6_DST_RT_UDP, true, "dest options and routing skipped" },
	{ "protocol ipv6 flower ip_proto 0", V6_HBH_TCP80, false, "ip_proto is after the walk, not the fixed header's" },
	/* NEXTHDR_FRAGMENT: IS_FRAGMENT, FIRST_FRAG at offset 0, ip_proto = nexthdr, OUT_GOOD */
	{ "protocol ipv6 flower ip_proto udp", V6_FRAG_FIRST, true, "fragment header's next header" },
	{ "protocol ipv6 flower ip_proto udp dst_port 53", V6_FRAG_FIRST, false, "no PARSE_1ST_FRAG: port reads 0" },
	{ "protocol ipv6 flower ip_proto udp dst_port 0/0xffff", V6_FRAG_LATER, true, "later fragment: port reads 0" },
	{ "protocol ipv6 flower ip_flags frag/firstfrag", V6_FRAG_FIRST, true, "offset 0" },
	{ "protocol ipv6 flower ip_flags firstfrag", V6_FRAG_LATER, false, "offset 100" },
	{ "protocol ipv6 flower ip_flags frag/nofirstfrag", V6_FRAG_LATER, true, "offset 100" },
	{ "protocol ipv6 flower ip_flags nofrag", V6_HBH_TCP80, true, "no fragment header" },
	/* AH has no case in __skb_flow_dissect(): it is the protocol */
	{ "protocol ipv6 flower ip_proto 33", V6_AH_TCP, true, "AH (0x33 = 51) is not skipped" },
	{ "protocol ipv6 flower ip_proto tcp", V6_AH_TCP, false, "TCP is behind AH" },
};

/* Returns the number of wrong verdicts. */
static size_t check_verdicts(size_t *n_checked)
{
	const struct verdict_case *vc;
	struct kefir_ruleset *rs;
	struct kefir_diag *diag;
	struct pg g;
	size_t i, wrong = 0;
	bool got;

	for (i = 0; i < ARRAY_SIZE(verdict_cases); i++) {
		vc = &verdict_cases[i];
		diag = kefir_diag_new();
		rs = NULL;
		build(&g, vc->shape);
		if (!diag || kefir_ruleset_parse("flower", vc->rule, strlen(vc->rule),
						 "verdict", NULL, &rs, diag)) {
			fprintf(stderr, "kefir refuses '%s'\n", vc->rule);
			wrong++;
		} else if ((got = kefir_ruleset_eval(rs, g.b, g.len, g.len) >= 0) != vc->match) {
			fprintf(stderr, "'%s' %s %s, expected %s (%s)\n", vc->rule,
				got ? "matches" : "does not match", g.desc,
				vc->match ? "a match" : "no match", vc->why);
			wrong++;
		}
		kefir_ruleset_free(rs);
		kefir_diag_free(diag);
	}
	*n_checked = i;
	return wrong;
}

/* Splits "FLOWER | PFLANG" in place; false for blank and comment lines. */
static bool split_pair(char *s, char **flower, char **pflang)
{
	char *bar = strrchr(s, '|');

	s[strcspn(s, "\n")] = '\0';
	if (!*s || *s == '#')
		return false;
	if (!bar)
		return false;
	*bar = '\0';
	*flower = s;
	*pflang = bar + 1;
	return true;
}

int main(int argc, char **argv)
{
	const char *top = getenv("top_srcdir");
	char path[4096], buf[MAX_LINE], *flower, *pflang;
	struct pg_corpus c = { 0 };
	struct counts n = { 0 };
	size_t total, n_verdicts, wrong;
	unsigned int line = 0;
	int failures = 0;
	size_t i;
	FILE *f;

	snprintf(path, sizeof(path), "%s/tests/flower_equiv.txt",
		 argc > 1 ? argv[1] : top ? top : ".");
	if (!(f = fopen(path, "r")) || pktgen_corpus(&c)) {
		fprintf(stderr, "cannot read %s or build the corpus\n", path);
		return 1;
	}
	total = c.n;
	for (i = 0; i < c.n; i++)
		n.packets += comparable(&c.pkts[i]);
	while (fgets(buf, sizeof(buf), f)) {
		line++;
		if (split_pair(buf, &flower, &pflang) &&
		    check_pair(flower, pflang, &c, &n, line))
			failures++;
	}
	fclose(f);
	pktgen_corpus_free(&c);
	wrong = check_verdicts(&n_verdicts);
	printf("flower hand-written verdicts (fragments, VLAN, ARP, IPv6 extension headers): %zu cases, %zu wrong\n",
	       n_verdicts, wrong);
	printf("flower vs libpcap: %zu pairs x %zu packets (of %zu) = %zu checks, %zu matches, %zu disagreements, %d pairs refused\n",
	       n.pairs, n.packets, total, n.checks, n.matched,
	       n.disagree, failures);
	return n.disagree || failures || wrong || n.pairs < 150 ? 1 : 0;
}
