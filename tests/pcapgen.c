/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * pcapgen.c - writes the test corpus (pktgen.c) as an Ethernet pcap file,
 * for the tests of "kefirc run":
 *
 *	pcapgen all FILE	every packet, with its captured and wire lengths
 *	pcapgen kernel FILE	the packets BPF_PROG_TEST_RUN accepts (at least
 *				an Ethernet header), with wire length = captured
 *				length, since the kernel sees only those bytes
 *	pcapgen socket FILE	every packet, with wire length = captured
 *				length: what a socket filter (cbpf) sees
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <pcap/pcap.h>

#include "pktgen.h"

#define ETH_HLEN 14

enum mode { MODE_ALL, MODE_KERNEL, MODE_SOCKET };

static int write_corpus(const struct pg_corpus *c, pcap_dumper_t *d,
			enum mode mode)
{
	struct pcap_pkthdr h = { .ts = { 1700000000, 0 } };
	size_t i;

	for (i = 0; i < c->n; i++) {
		if (mode == MODE_KERNEL && c->pkts[i].caplen < ETH_HLEN)
			continue;
		h.ts.tv_usec = (suseconds_t)(i % 1000000);
		h.caplen = (bpf_u_int32)c->pkts[i].caplen;
		h.len = mode != MODE_ALL ? h.caplen :
			(bpf_u_int32)c->pkts[i].wirelen;
		pcap_dump((u_char *)d, &h, c->pkts[i].data);
	}
	return pcap_dump_flush(d);
}

int main(int argc, char **argv)
{
	struct pg_corpus c = { 0 };
	pcap_dumper_t *d = NULL;
	static const char *const modes[] = { "all", "kernel", "socket" };
	enum mode mode = MODE_ALL;
	pcap_t *p;
	int rc = 1;

	while (argc == 3 && mode <= MODE_SOCKET && strcmp(argv[1], modes[mode]))
		mode++;
	if (argc != 3 || mode > MODE_SOCKET) {
		fprintf(stderr, "usage: pcapgen all|kernel|socket FILE\n");
		return 2;
	}
	p = pcap_open_dead(DLT_EN10MB, PG_MAX_LEN);
	if (p && !pktgen_corpus(&c) && (d = pcap_dump_open(p, argv[2])))
		rc = write_corpus(&c, d, mode) ? 1 : 0;
	if (rc)
		fprintf(stderr, "pcapgen: cannot write %s: %s\n", argv[2],
			p ? pcap_geterr(p) : "out of memory");
	if (d)
		pcap_dump_close(d);
	if (p)
		pcap_close(p);
	pktgen_corpus_free(&c);
	return rc;
}
