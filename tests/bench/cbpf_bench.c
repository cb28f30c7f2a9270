/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * cbpf_bench.c - compares kefir's classic BPF with libpcap's optimized
 * pcap_compile() output for the filters of tests/bench/filters.list: the
 * instruction counts side by side, and the time per packet of both programs
 * under libpcap's own interpreter (bpf_filter) on the test corpus. The IR of
 * each filter is filters/NAME.json, written as pflang defines the filter.
 *
 * usage: cbpf_bench DIR [ROUNDS]   (DIR holds filters.list and filters/)
 */
#include <errno.h>
#include <pcap/pcap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kefir.h"
#include "pktgen.h"

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	long n;

	if (!f)
		return NULL;
	if (!fseek(f, 0, SEEK_END) && (n = ftell(f)) >= 0 &&
	    !fseek(f, 0, SEEK_SET) && (data = malloc((size_t)n + 1))) {
		*len = fread(data, 1, (size_t)n, f);
		data[*len] = '\0';
	}
	fclose(f);
	return data;
}

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

/* Nanoseconds per packet of one run of @prog over the corpus, @rounds times. */
static double run_once(const struct bpf_insn *prog, const struct pg_corpus *c,
		       unsigned int rounds)
{
	volatile unsigned int sink = 0;
	unsigned int r;
	double t0;
	size_t i;

	t0 = now_ns();
	for (r = 0; r < rounds; r++)
		for (i = 0; i < c->n; i++)
			sink += bpf_filter(prog, c->pkts[i].data,
					   (unsigned int)c->pkts[i].wirelen,
					   (unsigned int)c->pkts[i].caplen);
	(void)sink;
	return (now_ns() - t0) / ((double)rounds * c->n);
}

/* Times two programs in turns (the machine may be shared), best of 15. */
static void time_progs(const struct bpf_insn *a, const struct bpf_insn *b,
		       const struct pg_corpus *c, unsigned int rounds,
		       double *ta, double *tb)
{
	double t;
	int k;

	*ta = *tb = 1e30;
	for (k = 0; k < 15; k++) {
		t = run_once(a, c, rounds);
		*ta = t < *ta ? t : *ta;
		t = run_once(b, c, rounds);
		*tb = t < *tb ? t : *tb;
	}
}

/* Compiles filters/@name.json with kefir. */
static int kefir_prog(const char *dir, const char *name,
		      struct kefir_cbpf_insn **prog, size_t *n)
{
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_ruleset *rs = NULL;
	char path[8192], *text;
	size_t len;
	int err = -ENOENT;

	snprintf(path, sizeof(path), "%s/filters/%s.json", dir, name);
	text = read_file(path, &len);
	if (text && diag)
		err = kefir_ruleset_parse("json", text, len, path, NULL, &rs, diag);
	if (!err)
		err = kefir_ruleset_to_cbpf(rs, NULL, prog, n, diag);
	if (err && diag)
		fprintf(stderr, "%s: %s", name, kefir_diag_text(diag));
	kefir_ruleset_free(rs);
	kefir_diag_free(diag);
	free(text);
	return err;
}

struct totals {
	unsigned int smaller, equal, larger;
};

static int bench_one(const char *dir, const char *name, const char *expr,
		     const struct pg_corpus *c, unsigned int rounds,
		     struct totals *tot)
{
	pcap_t *pcap = pcap_open_dead(DLT_EN10MB, 262144);
	struct bpf_program bp;
	struct kefir_cbpf_insn *kp = NULL;
	size_t kn = 0;
	double kt, pt;

	if (!pcap || pcap_compile(pcap, &bp, expr, 1, PCAP_NETMASK_UNKNOWN)) {
		fprintf(stderr, "%s: libpcap: %s\n", name,
			pcap ? pcap_geterr(pcap) : "pcap_open_dead failed");
		return -1;
	}
	if (kefir_prog(dir, name, &kp, &kn)) {
		pcap_freecode(&bp);
		pcap_close(pcap);
		return -1;
	}
	time_progs((const struct bpf_insn *)kp, bp.bf_insns, c, rounds, &kt, &pt);
	printf("| %-14s | %5zu | %7u | %8.1f | %8.1f | `%.40s%s` |\n", name, kn,
	       bp.bf_len, kt, pt, expr, strlen(expr) > 40 ? "..." : "");
	tot->smaller += kn < (size_t)bp.bf_len;
	tot->equal += kn == (size_t)bp.bf_len;
	tot->larger += kn > (size_t)bp.bf_len;
	free(kp);
	pcap_freecode(&bp);
	pcap_close(pcap);
	return 0;
}

int main(int argc, char **argv)
{
	struct pg_corpus corpus = { 0 };
	struct totals tot = { 0 };
	unsigned int rounds = argc > 2 ? (unsigned int)atoi(argv[2]) : 50;
	char path[512], line[4096], *tab, *expr;
	unsigned long max_insns;
	FILE *list;
	int failed = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s DIR [ROUNDS]\n", argv[0]);
		return 2;
	}
	snprintf(path, sizeof(path), "%s/filters.list", argv[1]);
	if (!(list = fopen(path, "r")) || pktgen_corpus(&corpus)) {
		fprintf(stderr, "%s: cannot read %s\n", argv[0], path);
		return 1;
	}
	printf("%zu packets, best of 15 runs of %u rounds; ns/packet under libpcap's bpf_filter\n\n",
	       corpus.n, rounds);
	printf("| filter         | kefir | libpcap | kefir ns | pcap ns  | expression |\n");
	printf("|----------------|------:|--------:|---------:|---------:|------------|\n");
	while (fgets(line, sizeof(line), list)) {
		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '#' || !(tab = strchr(line, '\t')))
			continue;
		*tab = '\0';
		max_insns = strtoul(tab + 1, &expr, 10);
		if (*expr++ != '\t')
			continue;
		(void)max_insns;	/* checked by tests/cbpf */
		failed |= bench_one(argv[1], line, expr, &corpus, rounds, &tot);
	}
	printf("\nkefir's program is smaller on %u filters, equal on %u, larger on %u\n",
	       tot.smaller, tot.equal, tot.larger);
	fclose(list);
	pktgen_corpus_free(&corpus);
	return failed ? 1 : 0;
}
