/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * cbpf.c - the classic BPF back-end against the reference interpreter.
 *
 * Every program is attached to a socket with SO_ATTACH_FILTER (the kernel's
 * checker is the judge of validity), printed as asm and compared with
 * libpcap's bpf_image(), and run with libpcap's bpf_filter() on every packet
 * of the corpus: a non-zero return must be exactly the interpreter's
 * "accept". Rulesets: every golden case whose actions cBPF can express, the
 * benchmark filters (also compared with libpcap's own programs), and random
 * rulesets over every field, operator, relation and arithmetic operator.
 * Programs with length-checked rules see caplen as the wire length, as a
 * kernel socket does (see backends/cbpf.c). Each is also compiled with
 * KEFIR_EMIT_CBPF_RULE_INDEX, whose return must be the interpreter's rule
 * + 1 (0 for the default) on every packet.
 */
#include <errno.h>
#include <pcap/pcap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <linux/filter.h>

#include "kefir_internal.h"
#include "pktgen.h"
#include "testdata.h"

static struct pg_corpus corpus;
struct pg_corpus *cbpf_corpus = &corpus;
static unsigned int n_programs, n_refused, n_runs, n_failures;
static int n_invalid;
static int sock = -1;

#define FAIL(...) do { n_failures++; fprintf(stderr, "FAIL: " __VA_ARGS__); \
		       fputc('\n', stderr); } while (0)

static bool accepts(const struct kefir_ruleset *rs, long idx)
{
	const struct kefir_action *a = idx < 0 ? &rs->default_action :
				       &rs->rules[idx]->action;

	return a->kind == KEFIR_ACTION_PASS;
}

/* True if a rule is followed by an accepting rule or default: its loads
 * are length-checked (see backends/cbpf.c). */
static bool has_checked_rules(const struct kefir_ruleset *rs)
{
	size_t i;

	for (i = 1; i <= rs->n_rules; i++)
		if (accepts(rs, i < rs->n_rules ? (long)i : -1))
			return true;
	return false;
}

static void check_attach(const char *name, const struct kefir_cbpf_insn *p,
			 size_t n)
{
	struct sock_fprog fp = { .len = (unsigned short)n, .filter = (void *)p };

	if (sock >= 0 && setsockopt(sock, SOL_SOCKET, SO_ATTACH_FILTER, &fp,
				    sizeof(fp)))
		FAIL("%s: the kernel refuses the program: %s", name, strerror(errno));
}

/* The asm output must be bpf_image(), line for line. */
static void check_asm(const char *name, const struct kefir_ruleset *rs,
		      const struct kefir_cbpf_insn *p, size_t n)
{
	KEFIR_OPTS_INIT(kefir_emit_opts, eo, .format = "asm");
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_buf want = { 0 };
	char *text = NULL;
	size_t i;

	for (i = 0; i < n; i++)
		buf_printf(&want, "%s\n", bpf_image((const struct bpf_insn *)&p[i], (int)i));
	if (kefir_ruleset_emit(rs, "cbpf", &eo, &text, NULL, diag) ||
	    strcmp(text, want.data ? want.data : ""))
		FAIL("%s: asm differs from bpf_image()", name);
	free(text);
	buf_free(&want);
	kefir_diag_free(diag);
}

/* Returns what libpcap's bpf_dump(@prog, @option) prints (tcpdump -dd is
 * option 2, -ddd option 3), or NULL. */
static char *pcap_dump_text(const struct kefir_cbpf_insn *p, size_t n,
			    int option)
{
	struct bpf_program bp = { (unsigned int)n, (struct bpf_insn *)p };
	FILE *tmp = tmpfile();
	char *text = calloc(1, 65536);
	int saved = dup(STDOUT_FILENO);

	if (!tmp || !text || saved < 0) {
		free(text);
		text = NULL;
		goto out;
	}
	fflush(stdout);
	dup2(fileno(tmp), STDOUT_FILENO);
	bpf_dump(&bp, option);
	fflush(stdout);
	dup2(saved, STDOUT_FILENO);
	rewind(tmp);
	text[fread(text, 1, 65535, tmp)] = '\0';
out:
	if (saved >= 0)
		close(saved);
	if (tmp)
		fclose(tmp);
	return text;
}

/* The c and decimal formats must be what tcpdump -dd and -ddd print. */
static void check_dumps(const char *name, const struct kefir_ruleset *rs,
			const struct kefir_cbpf_insn *p, size_t n)
{
	static const struct { const char *format; int option; } dumps[] = {
		{ "c", 2 }, { "decimal", 3 },
	};
	struct kefir_diag *diag = kefir_diag_new();
	char *want, *got;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(dumps); i++) {
		KEFIR_OPTS_INIT(kefir_emit_opts, eo, .format = dumps[i].format);

		want = pcap_dump_text(p, n, dumps[i].option);
		got = NULL;
		if (!want || kefir_ruleset_emit(rs, "cbpf", &eo, &got, NULL, diag) ||
		    strcmp(want, got))
			FAIL("%s: --format %s differs from bpf_dump(%d)", name,
			     dumps[i].format, dumps[i].option);
		free(want);
		free(got);
	}
	kefir_diag_free(diag);
}

/* Compiles @rs with @eo and runs it on the corpus; @pcap_prog, when
 * given, must agree. */
static void check_program(const char *name, const struct kefir_ruleset *rs,
			  const struct kefir_emit_opts *eo,
			  const struct bpf_program *pcap_prog)
{
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_cbpf_insn *p = NULL;
	bool same_len = has_checked_rules(rs);
	size_t n, i;
	unsigned int bad = 0;

	if (kefir_ruleset_to_cbpf(rs, eo, &p, &n, diag)) {
		n_refused++;
		kefir_diag_free(diag);
		return;
	}
	n_programs++;
	check_attach(name, p, n);
	if (!eo->flags)
		check_asm(name, rs, p, n);
	if (!eo->flags && pcap_prog)
		check_dumps(name, rs, p, n);
	for (i = 0; i < corpus.n; i++) {
		const struct pg_packet *pk = &corpus.pkts[i];
		size_t wire = same_len ? pk->caplen : pk->wirelen;
		bool want = accepts(rs, kefir_ruleset_eval(rs, pk->data, pk->caplen, wire));
		bool got = bpf_filter((const struct bpf_insn *)p, pk->data,
				      (unsigned int)wire, (unsigned int)pk->caplen);

		n_runs++;
		if (want != got && bad++ < 3)
			FAIL("%s: packet %zu (%s): interpreter %d, cbpf %d", name, i,
			     pk->desc, want, got);
		if (pcap_prog && got != !!bpf_filter(pcap_prog->bf_insns, pk->data,
						     (unsigned int)wire, (unsigned int)pk->caplen) &&
		    bad++ < 3)
			FAIL("%s: packet %zu (%s): libpcap's program disagrees", name, i,
			     pk->desc);
	}
	if (bad > 3)
		n_failures += bad - 3;
	free(p);
	kefir_diag_free(diag);
}

/* Compiles @rs with @eo and KEFIR_EMIT_CBPF_RULE_INDEX: on every packet,
 * seen as a socket sees it, the return is the interpreter's rule + 1. */
static void check_rule_index(const char *name, const struct kefir_ruleset *rs,
			     const struct kefir_emit_opts *eo)
{
	KEFIR_OPTS_INIT(kefir_emit_opts, io,
			.flags = eo->flags | KEFIR_EMIT_CBPF_RULE_INDEX);
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_cbpf_insn *p = NULL;
	unsigned int bad = 0, got;
	long want;
	size_t n, i;

	if (kefir_ruleset_to_cbpf(rs, &io, &p, &n, diag)) {
		kefir_diag_free(diag);
		return;
	}
	check_attach(name, p, n);
	for (i = 0; i < corpus.n; i++) {
		const struct pg_packet *pk = &corpus.pkts[i];

		want = kefir_ruleset_eval(rs, pk->data, pk->caplen, pk->caplen);
		got = bpf_filter((const struct bpf_insn *)p, pk->data,
				 (unsigned int)pk->caplen, (unsigned int)pk->caplen);
		n_runs++;
		if ((long)got != want + 1 && bad++ < 3)
			FAIL("%s: packet %zu (%s): interpreter rule %ld, cbpf rule-index %u",
			     name, i, pk->desc, want, got);
	}
	if (bad > 3)
		n_failures += bad - 3;
	free(p);
	kefir_diag_free(diag);
}

/* Checks @rs compiled with and without the optimizer, in both modes. */
static void check_ruleset(const char *name, const struct kefir_ruleset *rs,
			  const struct bpf_program *pcap_prog)
{
	KEFIR_OPTS_INIT(kefir_emit_opts, opt);
	KEFIR_OPTS_INIT(kefir_emit_opts, noopt, .flags = KEFIR_EMIT_CBPF_NO_OPT);

	check_program(name, rs, &opt, pcap_prog);
	check_program(name, rs, &noopt, pcap_prog);
	check_rule_index(name, rs, &opt);
	check_rule_index(name, rs, &noopt);
}

static struct kefir_ruleset *parse(const char *syntax, const char *text,
				   const char *name)
{
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_ruleset *rs = NULL;

	if (kefir_ruleset_parse(syntax, text, strlen(text), name, NULL, &rs, diag))
		rs = NULL;
	kefir_diag_free(diag);
	return rs;
}

static void check_golden(void)
{
	size_t n_list;
	char **list = testdata_list(testdata_dir(), &n_list), **p;
	struct kefir_ruleset *rs;
	struct testcase tc;

	for (p = list; p && *p; p++) {
		if (testcase_load(*p, &tc))
			continue;
		if (testcase_section(&tc, "input") && !testcase_section(&tc, "error") &&
		    (rs = parse(tc.syntax, testcase_section(&tc, "input"), *p))) {
			check_ruleset(*p, rs, NULL);
			kefir_ruleset_free(rs);
		}
		testcase_free(&tc);
	}
	testdata_list_free(list);
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *data = calloc(1, 1 << 20);

	if (f && data)
		data[fread(data, 1, (1 << 20) - 1, f)] = '\0';
	if (f)
		fclose(f);
	return data;
}

/* The optimizer must not lose ground: at most @max instructions. */
static void check_size(const char *name, const struct kefir_ruleset *rs,
		       unsigned long max)
{
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_cbpf_insn *p = NULL;
	size_t n = 0;

	if (!diag || kefir_ruleset_to_cbpf(rs, NULL, &p, &n, diag) || n > max)
		FAIL("%s: %zu instructions, expected at most %lu", name, n, max);
	free(p);
	kefir_diag_free(diag);
}

/* The benchmark filters: agree with the interpreter and with libpcap. */
static void check_bench(void)
{
	char dir[4096], path[16384], line[4096], *tab, *text, *expr;
	unsigned long max_insns;
	pcap_t *pcap = pcap_open_dead(DLT_EN10MB, 262144);
	struct kefir_ruleset *rs;
	struct bpf_program bp;
	FILE *list;

	snprintf(dir, sizeof(dir), "%s/../bench", testdata_dir());
	snprintf(path, sizeof(path), "%s/filters.list", dir);
	if (!(list = fopen(path, "r"))) {
		FAIL("cannot read %s", path);
		return;
	}
	while (fgets(line, sizeof(line), list)) {
		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '#' || !(tab = strchr(line, '\t')))
			continue;
		*tab = '\0';
		max_insns = strtoul(tab + 1, &expr, 10);
		if (*expr++ != '\t')
			continue;
		snprintf(path, sizeof(path), "%s/filters/%s.json", dir, line);
		text = slurp(path);
		rs = text ? parse("json", text, path) : NULL;
		if (!rs || pcap_compile(pcap, &bp, expr, 1, PCAP_NETMASK_UNKNOWN)) {
			FAIL("%s: cannot load the filter", line);
		} else {
			check_ruleset(line, rs, &bp);
			check_size(line, rs, max_insns);
			pcap_freecode(&bp);
		}
		kefir_ruleset_free(rs);
		free(text);
	}
	fclose(list);
	pcap_close(pcap);
}

/* A program over 4096 instructions is refused with a message. */
static void check_too_long(void)
{
	struct kefir_ruleset *rs = ruleset_new("many", "test");
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_cbpf_insn *p = NULL;
	struct kefir_rule *r;
	struct kefir_pred *k;
	size_t n, i;

	if (rs)
		rs->default_action.kind = KEFIR_ACTION_DROP;
	for (i = 0; rs && i < 1100; i++) {
		r = rule_new(&(struct kefir_loc){ (unsigned int)i + 1, 1, 1 }, "rule");
		if (!r || ruleset_append(rs, r)) {
			rule_free(r);
			break;
		}
		r->action.kind = KEFIR_ACTION_PASS;
		if ((k = pred_new_field_u64(KEFIR_FIELD_ETH_TYPE, 0x0800, NULL)) &&
		    pred_add(r->match, k))
			pred_free(k);
		if ((k = pred_new_field_u64(KEFIR_FIELD_IP4_SRC, i, NULL)) &&
		    pred_add(r->match, k))
			pred_free(k);
		if ((k = pred_new_field_u64(KEFIR_FIELD_IP4_DST, i, NULL)) &&
		    pred_add(r->match, k))
			pred_free(k);
	}
	if (!rs || kefir_ruleset_to_cbpf(rs, NULL, &p, &n, diag) != -EINVAL ||
	    !strstr(kefir_diag_text(diag), "more than 4096 instructions"))
		FAIL("a program of 1100 rules is not refused as too long: %s",
		     kefir_diag_text(diag));
	free(p);
	kefir_ruleset_free(rs);
	kefir_diag_free(diag);
}

extern struct pg_corpus *cbpf_corpus;
int cbpf_random_rulesets(void (*check)(const char *, const struct kefir_ruleset *,
				       const struct bpf_program *));

int main(void)
{
	if (pktgen_corpus(&corpus))
		return 99;
	sock = socket(AF_INET, SOCK_DGRAM, 0);
	if (sock < 0)
		printf("note: no socket, the kernel check is skipped: %s\n", strerror(errno));
	check_golden();
	check_bench();
	n_invalid = cbpf_random_rulesets(check_ruleset);
	check_too_long();
	printf("cbpf: %u programs (%u refused), %u packet runs, %u failures; %d random rulesets invalid\n",
	       n_programs, n_refused, n_runs, n_failures, n_invalid);
	if (sock >= 0)
		close(sock);
	pktgen_corpus_free(&corpus);
	return n_failures ? 1 : 0;
}
