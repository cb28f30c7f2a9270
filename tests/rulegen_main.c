/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * rulegen_main.c - "rulegen N [SEED] [--pcap FILE PACKETS]": writes the
 * iptables-save ruleset of about N rules that tests/rulegen.c generates to
 * standard output, and optionally its traffic as a pcap file, so that the
 * scale test's and benchmark's inputs can be looked at and fed to kefirc:
 *
 *	tests/rulegen 10000 > rules.txt
 *	tests/rulegen 10000 1 --pcap traffic.pcap 100000 > rules.txt
 *	kefirc run --from iptables rules.txt --pcap traffic.pcap --engine native
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcap/pcap.h>

#include "rulegen.h"

static int usage(void)
{
	fputs("usage: rulegen N [SEED] [--pcap FILE PACKETS]\n", stderr);
	return 2;
}

/* Writes @n packets of @rs's traffic to the pcap file @path. */
static int write_pcap(const struct rg_ruleset *rs, unsigned int seed,
		      const char *path, size_t n)
{
	pcap_t *dead = pcap_open_dead(DLT_EN10MB, 65535);
	pcap_dumper_t *d = dead ? pcap_dump_open(dead, path) : NULL;
	struct pcap_pkthdr h = { 0 };
	struct pg g;
	size_t i;

	if (!d) {
		fprintf(stderr, "rulegen: %s: %s\n", path,
			dead ? pcap_geterr(dead) : "out of memory");
		if (dead)
			pcap_close(dead);
		return 1;
	}
	for (i = 0; i < n; i++) {
		rg_packet(rs, seed, i, &g);
		h.ts.tv_sec = (time_t)(i / 1000);
		h.ts.tv_usec = (suseconds_t)(i % 1000) * 1000;
		h.caplen = h.len = (bpf_u_int32)g.len;
		pcap_dump((u_char *)d, &h, g.b);
	}
	pcap_dump_close(d);
	pcap_close(dead);
	return 0;
}

int main(int argc, char **argv)
{
	struct rg_ruleset rs;
	unsigned int seed = 1;
	const char *pcap = NULL;
	size_t n, n_pkts = 0;
	int rc = 0, i;

	if (argc < 2 || !(n = strtoul(argv[1], NULL, 0)))
		return usage();
	for (i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "--pcap") && i + 2 < argc) {
			pcap = argv[i + 1];
			n_pkts = strtoul(argv[i + 2], NULL, 0);
			i += 2;
		} else if (i == 2) {
			seed = (unsigned int)strtoul(argv[i], NULL, 0);
		} else {
			return usage();
		}
	}
	if (rg_ruleset(n, seed, &rs)) {
		fputs("rulegen: out of memory\n", stderr);
		return 1;
	}
	if (fwrite(rs.text, 1, rs.len, stdout) != rs.len)
		rc = 1;
	if (!rc && pcap)
		rc = write_pcap(&rs, seed, pcap, n_pkts);
	rg_ruleset_free(&rs);
	return rc;
}
