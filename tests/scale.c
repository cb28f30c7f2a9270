/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * scale.c - the classification pass on large generated iptables rulesets
 * (rulegen.c): the reference interpreter, the native classifier and the
 * BPF C program (XDP, BPF_PROG_TEST_RUN) must decide every packet of the
 * generated traffic alike, and the program's per-rule counters must be the
 * interpreter's. The plan must put most rules in segments, or this would
 * test the linear code again.
 *
 * Sizes: KEFIR_SCALE_RULES (default 10000) rules, KEFIR_SCALE_PACKETS
 * (default 10000) packets. Without bpf() (not root) or clang, the BPF part
 * prints SKIP with the reason and the rest still runs (a failure there
 * still fails the test), then the test exits 77, which automake counts as
 * skipped. KEFIR_KEEP_TMP=1 keeps the generated files.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <linux/bpf.h>

#include "kefir_internal.h"
#include "rulegen.h"
#include "testdata.h"

#define SKIP_EXIT 77
#define MAX_REPORTS 8
#define SEED 1

static char tmpdir[] = "/tmp/kefir-scale-XXXXXX";
static bool keep_files;
static unsigned int passed, failed;

static void check(bool ok, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Counts a check; prints it when it fails. */
static void check(bool ok, const char *fmt, ...)
{
	va_list ap;

	if (ok) {
		passed++;
		return;
	}
	failed++;
	printf("FAIL: ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

static size_t env_size(const char *name, size_t def)
{
	const char *v = getenv(name);

	return v && *v ? strtoul(v, NULL, 0) : def;
}

/* The packets of the traffic, and the rule the interpreter picks for each. */
struct traffic {
	struct pg *pkts;
	long *rule;
	size_t n;
};

static int make_traffic(const struct rg_ruleset *gen,
			const struct kefir_ruleset *rs, size_t n,
			struct traffic *t)
{
	size_t i, hits = 0;

	t->pkts = calloc(n, sizeof(*t->pkts));
	t->rule = calloc(n, sizeof(*t->rule));
	if (!t->pkts || !t->rule)
		return -ENOMEM;
	t->n = n;
	for (i = 0; i < n; i++) {
		rg_packet(gen, SEED, i, &t->pkts[i]);
		t->rule[i] = kefir_ruleset_eval(rs, t->pkts[i].b, t->pkts[i].len,
						t->pkts[i].len);
		hits += t->rule[i] >= 0;
	}
	printf("traffic: %zu packets, %zu decided by a rule, %zu by the policy\n",
	       n, hits, n - hits);
	return 0;
}

/* How many rules the plan puts in segments, and in how many. */
static void check_plan(const struct kefir_ruleset *rs)
{
	struct kefir_plan *plan;
	size_t b, in_seg = 0, n_segs = 0, dead = 0;

	if (plan_build(rs, false, &plan)) {
		check(false, "plan: out of memory");
		return;
	}
	for (b = 0; b < plan->n_blocks; b++) {
		if (!plan->blocks[b].seg)
			continue;
		n_segs++;
		in_seg += plan->blocks[b].last - plan->blocks[b].first;
	}
	for (b = 0; b < rs->n_rules; b++)
		dead += plan_rule_dead(plan, b);
	printf("plan: %zu rules, %zu blocks, %zu segments holding %zu rules, %zu dead rules\n",
	       rs->n_rules, plan->n_blocks, n_segs, in_seg, dead);
	check(in_seg >= rs->n_rules * 9 / 10,
	      "plan: only %zu of %zu rules are in segments", in_seg, rs->n_rules);
	plan_free(plan);
}

static void tmp_path(char *out, size_t size, const char *name)
{
	snprintf(out, size, "%s/%s", tmpdir, name);
}

static void tmp_remove(const char *path)
{
	if (!keep_files)
		unlink(path);
}

static void check_native(const struct kefir_ruleset *rs, const struct traffic *t)
{
	KEFIR_OPTS_INIT(kefir_native_opts, o);
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_native *nat = NULL;
	char so[300], c[300];
	size_t i, bad = 0;
	long got;
	int err;

	tmp_path(so, sizeof(so), "scale.so");
	tmp_path(c, sizeof(c), "scale-native.c");
	if (keep_files)
		o.c_path = c;
	err = kefir_native_compile(rs, so, &o, diag);
	if (!err)
		err = kefir_native_open(so, NULL, 0, &nat, diag);
	check(!err, "native: %s\n%s", strerror(-err), kefir_diag_text(diag));
	for (i = 0; nat && i < t->n; i++) {
		got = kefir_native_classify(nat, t->pkts[i].b, t->pkts[i].len,
					    t->pkts[i].len);
		if (got != t->rule[i] && bad++ < MAX_REPORTS)
			printf("native: packet %zu '%s': rule %ld, interpreter %ld\n",
			       i, t->pkts[i].desc, got, t->rule[i]);
	}
	check(nat && !bad, "native: %zu packets of %zu disagree with the interpreter",
	      bad, t->n);
	printf("native: %zu packets, %zu disagreements\n", nat ? t->n : 0, bad);
	kefir_native_free(nat);
	tmp_remove(so);
	kefir_diag_free(diag);
}

/* Renders, compiles and loads the XDP program; SKIP_EXIT when refused. */
static int load_bpf(const struct kefir_ruleset *rs, struct kefir_prog **prog)
{
	struct kefir_diag *diag = kefir_diag_new();
	char c[300], o[300], *text = NULL;
	size_t len = 0;
	int err;

	tmp_path(c, sizeof(c), "scale.c");
	tmp_path(o, sizeof(o), "scale.o");
	err = kefir_ruleset_emit(rs, "bpf-c", NULL, &text, &len, diag);
	if (!err)
		err = testdata_write(c, text, len);
	if (!err && (err = kefir_bpf_compile(c, o, NULL, diag)) == -ENOENT) {
		printf("SKIP: bpf: cannot run clang: %s", kefir_diag_text(diag));
		err = SKIP_EXIT;
	} else if (!err && (err = kefir_prog_load(o, prog, diag)) &&
		   (err == -EPERM || err == -ENOSYS)) {
		printf("SKIP: bpf: bpf() refused (%s): run as root\n", strerror(-err));
		err = SKIP_EXIT;
	}
	if (err && err != SKIP_EXIT)
		check(false, "bpf: cannot build the program: %s\n%s",
		      strerror(-err), kefir_diag_text(diag));
	tmp_remove(c);
	tmp_remove(o);
	free(text);
	kefir_diag_free(diag);
	return err;
}

static uint32_t xdp_verdict(const struct kefir_ruleset *rs, long rule)
{
	const struct kefir_action *a = rule < 0 ? &rs->default_action :
						  &rs->rules[rule]->action;

	return a->kind == KEFIR_ACTION_DROP ? XDP_DROP : XDP_PASS;
}

static void check_counters(const struct kefir_ruleset *rs, struct kefir_prog *prog,
			   const struct kefir_counter *want)
{
	size_t n = rs->n_rules + 1, i, bad = 0;
	struct kefir_counter *got = calloc(n, sizeof(*got));
	int err = got ? kefir_prog_read_counters(prog, got, n) : -ENOMEM;

	for (i = 0; !err && i < n; i++)
		if ((got[i].packets != want[i].packets ||
		     got[i].bytes != want[i].bytes) && bad++ < MAX_REPORTS)
			printf("bpf: counters of rule %zu: %llu packets, interpreter %llu\n",
			       i, (unsigned long long)got[i].packets,
			       (unsigned long long)want[i].packets);
	check(!err && !bad, "bpf: %zu counters of %zu differ (%s)", bad, n,
	      strerror(-err));
	free(got);
}

/* 0, or SKIP_EXIT when the kernel cannot be asked. */
static int check_bpf(const struct kefir_ruleset *rs, const struct traffic *t)
{
	struct kefir_counter *want = calloc(rs->n_rules + 1, sizeof(*want));
	struct kefir_prog *prog = NULL;
	size_t i, bad = 0, slot;
	uint32_t got;
	int err = want ? load_bpf(rs, &prog) : -ENOMEM;

	for (i = 0; !err && i < t->n; i++) {
		err = kefir_prog_test_run(prog, t->pkts[i].b, t->pkts[i].len, &got);
		check(!err, "bpf: packet %zu: test run failed: %s", i, strerror(-err));
		if (got != xdp_verdict(rs, t->rule[i]) && bad++ < MAX_REPORTS)
			printf("bpf: packet %zu '%s': verdict %u, interpreter rule %ld\n",
			       i, t->pkts[i].desc, got, t->rule[i]);
		slot = t->rule[i] < 0 ? rs->n_rules : (size_t)t->rule[i];
		want[slot].packets++;
		want[slot].bytes += t->pkts[i].len;
	}
	if (!err) {
		check(!bad, "bpf: %zu packets of %zu disagree with the interpreter",
		      bad, t->n);
		printf("bpf: %zu packets, %zu disagreements\n", t->n, bad);
		check_counters(rs, prog, want);
	}
	kefir_prog_free(prog);
	free(want);
	return err == SKIP_EXIT ? SKIP_EXIT : 0;
}

static struct kefir_ruleset *parse(const struct rg_ruleset *gen)
{
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_ruleset *rs = NULL;
	int err = kefir_ruleset_parse("iptables", gen->text, gen->len,
				      "rulegen", NULL, &rs, diag);

	check(!err, "the generated ruleset does not parse: %s",
	      kefir_diag_text(diag));
	kefir_diag_free(diag);
	return err ? NULL : rs;
}

int main(void)
{
	size_t n_rules = env_size("KEFIR_SCALE_RULES", 10000);
	size_t n_pkts = env_size("KEFIR_SCALE_PACKETS", 10000);
	struct traffic t = { 0 };
	struct kefir_ruleset *rs = NULL;
	struct rg_ruleset gen;
	int skip = 0;

	setvbuf(stdout, NULL, _IOLBF, 0);
	keep_files = getenv("KEFIR_KEEP_TMP") != NULL;
	if (!mkdtemp(tmpdir) || rg_ruleset(n_rules, SEED, &gen)) {
		perror("scale: setup");
		return 1;
	}
	printf("scale: %zu generated rules, %zu packets\n", gen.n, n_pkts);
	rs = parse(&gen);
	if (rs && make_traffic(&gen, rs, n_pkts, &t))
		check(false, "out of memory");
	if (rs && t.n) {
		check_plan(rs);
		check_native(rs, &t);
		skip = check_bpf(rs, &t);
	}
	printf("%u passed, %u failed\n", passed, failed);
	free(t.pkts);
	free(t.rule);
	kefir_ruleset_free(rs);
	rg_ruleset_free(&gen);
	if (keep_files)
		printf("scale: the generated files are in %s\n", tmpdir);
	else
		rmdir(tmpdir);
	if (failed)
		return 1;
	return skip ? SKIP_EXIT : 0;
}
