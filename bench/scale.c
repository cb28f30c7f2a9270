/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * scale.c - the scale benchmark (docs/benchmarks.md, "Scale"): for
 * generated iptables rulesets of 10 to 100,000 rules (tests/rulegen.c),
 * with the classification pass and without it (KEFIR_EMIT_LINEAR, the
 * rules tried one by one), it prints what each step costs: conversion
 * (parse and render), the native classifier's compile time and ns/packet,
 * the BPF C program's clang time, load time, instruction count and
 * ns/packet (BPF_PROG_TEST_RUN, JIT), and checks that every engine decides
 * the traffic as the reference interpreter does (on every 16th packet).
 *
 *	bench/scale [MAX_RULES]		(default 100000)
 *
 * KEFIR_BENCH_LINEAR_MAX (default 10000): the largest linear ruleset tried
 * (the linear BPF program of 100,000 rules is past the verifier's limits
 * and its C takes clang minutes). The bpf columns need root.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <linux/bpf.h>
#include <bpf/bpf.h>

#include "kefir.h"
#include "rulegen.h"
#include "testdata.h"

#define SEED 1
#define N_PACKETS 100000	/* packets of the traffic, timed natively */
#define CHECK_STRIDE 16		/* the interpreter decides every 16th packet */
#define BPF_STRIDE 400		/* every 400th packet runs in the kernel */
#define BPF_REPEAT 2000
#define ROUNDS 5		/* median of */

static const size_t sizes[] = { 10, 100, 1000, 10000, 100000 };

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double median(double *v, size_t n)
{
	qsort(v, n, sizeof(*v), cmp_double);
	return v[n / 2];
}

/* The traffic, and what the interpreter decides for every CHECK_STRIDE-th
 * packet (the interpreter tries the rules one by one: at 100,000 rules it
 * would take minutes over all of them). */
struct traffic {
	struct pg *pkts;
	long *rule;
	size_t n;
};

/* One row of the table: -1 where not measured. */
struct row {
	size_t ir_rules;
	double convert_ms;
	double cc_s, native_ns;
	double clang_s, load_ms, bpf_ns;
	long insns;
	const char *note;
	bool mismatch;
};

static char tmpdir[] = "/tmp/kefir-bench-scale-XXXXXX";
static double base_ns = -1;	/* the empty program's time (empty_ns()) */

static void traffic_free(struct traffic *t)
{
	free(t->pkts);
	free(t->rule);
	memset(t, 0, sizeof(*t));
}

static int traffic_build(const struct rg_ruleset *gen,
			 const struct kefir_ruleset *rs, struct traffic *t)
{
	size_t i;

	t->pkts = malloc(N_PACKETS * sizeof(*t->pkts));
	t->rule = malloc(N_PACKETS * sizeof(*t->rule));
	if (!t->pkts || !t->rule)
		return -ENOMEM;
	t->n = N_PACKETS;
	for (i = 0; i < t->n; i++) {
		rg_packet(gen, SEED, i, &t->pkts[i]);
		if (i % CHECK_STRIDE == 0)
			t->rule[i] = kefir_ruleset_eval(rs, t->pkts[i].b,
							t->pkts[i].len,
							t->pkts[i].len);
	}
	return 0;
}

/* Parses and renders @gen as bpf-c: the conversion kefirc does. */
static int convert(const struct rg_ruleset *gen, unsigned int flags,
		   struct kefir_ruleset **rs, char **c, size_t *len,
		   double *ms)
{
	KEFIR_OPTS_INIT(kefir_emit_opts, eo, .flags = flags);
	struct kefir_diag *diag = kefir_diag_new();
	double t0 = now();
	int err;

	err = kefir_ruleset_parse("iptables", gen->text, gen->len, "rulegen",
				  NULL, rs, diag);
	if (!err)
		err = kefir_ruleset_emit(*rs, "bpf-c", &eo, c, len, diag);
	*ms = (now() - t0) * 1e3;
	if (err)
		fprintf(stderr, "scale: conversion failed: %s", kefir_diag_text(diag));
	kefir_diag_free(diag);
	return err;
}

static void time_native(const struct kefir_ruleset *rs, const struct traffic *t,
			unsigned int flags, struct row *row)
{
	KEFIR_OPTS_INIT(kefir_native_opts, o, .flags = flags);
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_native *nat = NULL;
	double t0, runs[ROUNDS];
	kefir_classify_fn fn;
	uint32_t args[8];
	char so[128];
	size_t i, r;
	long sum;

	snprintf(so, sizeof(so), "%s/native.so", tmpdir);
	t0 = now();
	if (kefir_native_compile(rs, so, &o, diag) ||
	    kefir_native_open(so, NULL, 0, &nat, diag)) {
		fprintf(stderr, "scale: native: %s", kefir_diag_text(diag));
		kefir_diag_free(diag);
		return;
	}
	row->cc_s = now() - t0;
	fn = kefir_native_classifier(nat);
	for (i = 0; i < t->n; i += CHECK_STRIDE)
		if (fn(t->pkts[i].b, t->pkts[i].len, t->pkts[i].len, args) != t->rule[i])
			row->mismatch = true;
	for (r = 0; r < ROUNDS; r++) {
		t0 = now();
		for (i = 0, sum = 0; i < t->n; i++)
			sum += fn(t->pkts[i].b, t->pkts[i].len, t->pkts[i].len, args);
		runs[r] = (now() - t0) * 1e9 / (double)t->n;
		if (sum == 42)	/* keeps the calls */
			row->note = "";
	}
	row->native_ns = median(runs, ROUNDS);
	kefir_native_free(nat);
	unlink(so);
	kefir_diag_free(diag);
}

static long prog_insns(int fd)
{
	struct bpf_prog_info info = { 0 };
	__u32 len = sizeof(info);

	if (bpf_obj_get_info_by_fd(fd, &info, &len))
		return -1;
	return (long)(info.xlated_prog_len / 8);
}

/* The XDP verdict of the rule the interpreter chose (-1: the policy). */
static uint32_t xdp_of(const struct kefir_ruleset *rs, long rule)
{
	size_t n = kefir_ruleset_n_rules(rs);
	const char *a = kefir_ruleset_action_name(rs, rule < 0 ? n : (size_t)rule);

	return a && !strcmp(a, "drop") ? XDP_DROP : XDP_PASS;
}

/* The mean kernel time of one run over the sampled packets, in ns. */
static int bpf_ns(int fd, const struct kefir_ruleset *rs,
		  const struct traffic *t, double *ns, bool *mismatch)
{
	double total = 0;
	size_t i, n = 0;

	for (i = 0; i < t->n; i += BPF_STRIDE, n++) {
		LIBBPF_OPTS(bpf_test_run_opts, o, .data_in = t->pkts[i].b,
			    .data_size_in = (__u32)t->pkts[i].len,
			    .repeat = BPF_REPEAT);

		if (bpf_prog_test_run_opts(fd, &o))
			return -errno;
		total += o.duration;
		if (o.retval != xdp_of(rs, t->rule[i]))
			*mismatch = true;
	}
	*ns = n ? total / (double)n : 0;
	return 0;
}

static void time_bpf(const char *c, size_t len, const struct kefir_ruleset *rs,
		     const struct traffic *t, struct row *row)
{
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_prog *prog = NULL;
	char c_path[128], o_path[128];
	double t0, runs[ROUNDS];
	size_t r;
	int err;

	snprintf(c_path, sizeof(c_path), "%s/prog.c", tmpdir);
	snprintf(o_path, sizeof(o_path), "%s/prog.o", tmpdir);
	t0 = now();
	err = testdata_write(c_path, c, len);
	if (!err)
		err = kefir_bpf_compile(c_path, o_path, NULL, diag);
	row->clang_s = now() - t0;
	t0 = now();
	if (!err)
		err = kefir_prog_load(o_path, &prog, diag);
	row->load_ms = (now() - t0) * 1e3;
	if (err) {
		row->note = err == -EPERM ? "bpf: not root" : "bpf: refused by the kernel";
		if (err != -EPERM)
			row->load_ms = -1;
		fprintf(stderr, "scale: bpf (%zu IR rules): %s\n%.600s\n",
			row->ir_rules, strerror(-err), kefir_diag_text(diag));
		row->clang_s = row->clang_s > 0 && err == -EINVAL ? row->clang_s : -1;
	} else {
		row->insns = prog_insns(kefir_prog_fd(prog));
		for (r = 0; r < ROUNDS && !err; r++)
			err = bpf_ns(kefir_prog_fd(prog), rs, t, &runs[r], &row->mismatch);
		if (!err)
			row->bpf_ns = median(runs, ROUNDS);
	}
	unlink(c_path);
	unlink(o_path);
	kefir_prog_free(prog);
	kefir_diag_free(diag);
}

/*
 * The time of a program with no rule (the policy only): what the kernel's
 * test run itself costs, subtracted from the bpf column. -1 without bpf().
 */
static double empty_ns(void)
{
	static const char text[] = "*filter\n:INPUT ACCEPT [0:0]\nCOMMIT\n";
	struct rg_ruleset gen = { .text = (char *)text, .len = sizeof(text) - 1 };
	struct row row = { .bpf_ns = -1 };
	struct kefir_ruleset *rs = NULL;
	struct traffic t = { 0 };
	char *c = NULL;
	size_t len;

	if (!convert(&gen, 0, &rs, &c, &len, &row.convert_ms)) {
		t.pkts = calloc(1, sizeof(*t.pkts));
		t.rule = calloc(1, sizeof(*t.rule));
		if (t.pkts && t.rule) {
			/* one packet of each kind is enough: nothing reads it */
			pg_init(&t.pkts[0]);
			pg_eth(&t.pkts[0], PG_MAC_DST, PG_MAC_SRC, PG_ETH_IP4);
			pg_ip4(&t.pkts[0], &(struct pg_ip4){ .proto = 6 });
			pg_tcp(&t.pkts[0], 1, 2, PG_TCP_SYN);
			pg_finish(&t.pkts[0]);
			t.rule[0] = -1;
			t.n = 1;
			time_bpf(c, len, rs, &t, &row);
		}
	}
	traffic_free(&t);
	kefir_ruleset_free(rs);
	free(c);
	return row.bpf_ns;
}

static void put_num(double x, const char *fmt, int width)
{
	if (x < 0)
		printf(" %*s", width, "-");
	else
		printf(fmt, width, x);
}

static void print_header(void)
{
	printf("%7s %7s %-10s %9s %8s %9s %8s %9s %8s %9s  %s\n", "rules",
	       "IR", "mode", "convert", "cc", "native", "clang", "load",
	       "insns", "bpf", "check");
	printf("%7s %7s %-10s %9s %8s %9s %8s %9s %8s %9s\n", "", "", "", "ms",
	       "s", "ns/pkt", "s", "ms", "", "ns/pkt");
}

static void print_row(size_t n, const struct row *r, const char *mode)
{
	printf("%7zu %7zu %-10s", n, r->ir_rules, mode);
	put_num(r->convert_ms, " %*.1f", 9);
	put_num(r->cc_s, " %*.2f", 8);
	put_num(r->native_ns, " %*.1f", 9);
	put_num(r->clang_s, " %*.2f", 8);
	put_num(r->load_ms, " %*.1f", 9);
	if (r->insns < 0)
		printf(" %8s", "-");
	else
		printf(" %8ld", r->insns);
	put_num(r->bpf_ns >= 0 && base_ns >= 0 ? r->bpf_ns - base_ns : -1,
		" %*.1f", 9);
	printf("  %s%s%s\n", r->mismatch ? "MISMATCH" : "ok",
	       r->note && *r->note ? "; " : "", r->note ? r->note : "");
}

/* One ruleset size, one mode; false on a mismatch. */
static bool measure(const struct rg_ruleset *gen, size_t n, bool linear,
		    size_t linear_max)
{
	struct row row = { .cc_s = -1, .native_ns = -1, .clang_s = -1,
			   .load_ms = -1, .bpf_ns = -1, .insns = -1 };
	unsigned int flags = linear ? KEFIR_EMIT_LINEAR : 0;
	struct kefir_ruleset *rs = NULL;
	struct traffic t = { 0 };
	char *c = NULL;
	size_t len = 0;

	if (linear && n > linear_max) {
		row.convert_ms = -1;
		row.note = "not tried (KEFIR_BENCH_LINEAR_MAX)";
		print_row(n, &row, "linear");
		return true;
	}
	if (convert(gen, flags, &rs, &c, &len, &row.convert_ms) ||
	    traffic_build(gen, rs, &t)) {
		row.note = "conversion failed";
		print_row(n, &row, linear ? "linear" : "classified");
		kefir_ruleset_free(rs);
		free(c);
		return false;
	}
	row.ir_rules = kefir_ruleset_n_rules(rs);
	time_native(rs, &t, flags, &row);
	time_bpf(c, len, rs, &t, &row);
	print_row(n, &row, linear ? "linear" : "classified");
	traffic_free(&t);
	kefir_ruleset_free(rs);
	free(c);
	return !row.mismatch;
}

int main(int argc, char **argv)
{
	size_t max = argc > 1 ? strtoul(argv[1], NULL, 0) : 100000, i;
	const char *lm = getenv("KEFIR_BENCH_LINEAR_MAX");
	size_t linear_max = lm && *lm ? strtoul(lm, NULL, 0) : 10000;
	struct rg_ruleset gen;
	bool ok = true;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (!mkdtemp(tmpdir)) {
		perror("scale: mkdtemp");
		return 1;
	}
	printf("generated iptables rulesets (tests/rulegen.c, seed %d); %d packets "
	       "of traffic; native: median of %d runs over all packets; bpf: "
	       "every %dth packet x %d repeats, median of %d; checked against the "
	       "interpreter on every %dth packet\n",
	       SEED, N_PACKETS, ROUNDS, BPF_STRIDE, BPF_REPEAT, ROUNDS, CHECK_STRIDE);
	base_ns = empty_ns();
	if (base_ns >= 0)
		printf("bpf: a program without rules runs in %.1f ns per test run; "
		       "the bpf column is net of it\n", base_ns);
	print_header();
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]) && sizes[i] <= max; i++) {
		if (rg_ruleset(sizes[i], SEED, &gen)) {
			fprintf(stderr, "scale: out of memory\n");
			return 1;
		}
		ok &= measure(&gen, sizes[i], false, linear_max);
		ok &= measure(&gen, sizes[i], true, linear_max);
		rg_ruleset_free(&gen);
	}
	rmdir(tmpdir);
	return ok ? 0 : 1;
}
