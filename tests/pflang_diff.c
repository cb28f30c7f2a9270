/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * pflang_diff.c - the pflang front-end against libpcap itself.
 *
 * The packets: the corpus of pktgen.c (every protocol, VLAN/QinQ, MPLS,
 * PPPoE, 802.3/LLC, ARP/RARP, IPv4 options and fragments, IPv6 extension
 * headers, ICMP/ICMPv6, malformed and truncated frames), and each of its
 * packets again cut at two capture lengths chosen from its index, so that
 * loads fall off at every depth. The same packets in the same order on every
 * run; KEFIR_PFLANG_PCAP=FILE writes them to a pcap file.
 *
 * The filters: tests/pflang/good.txt (one expression per line), then
 * seeded random well-formed expressions (random_expr(): KEFIR_PFLANG_RANDOM
 * of them, default 300, seed KEFIR_PFLANG_SEED, default 1).
 *
 * The oracle: pcap_compile() on pcap_open_dead(DLT_EN10MB), unoptimized and
 * optimized, run by pcap_offline_filter(). Where the two disagree the
 * optimizer changed the verdict (it removes loads that would have fallen
 * off): the packet is counted and skipped. Elsewhere the reference
 * interpreter on kefir's rule must agree on every packet: libpcap's
 * non-zero (the snaplen) is kefir's "rule 0 matched". Then the same rule,
 * rendered by the bpf-c back-end, compiled with clang, loaded and run with
 * BPF_PROG_TEST_RUN, must agree too (XDP_PASS is "accept"): the kernel sees
 * the captured bytes only, so libpcap is asked again with wire length =
 * captured length, and frames shorter than an Ethernet header, which the
 * kernel refuses to run, are left out. Without bpf() or clang that part
 * prints "SKIP: ..." and the interpreter part still counts.
 *
 * tests/pflang/bad.txt lists expressions that libpcap rejects: kefir must
 * reject each one too (and the test checks that libpcap does).
 *
 * tests/pflang/ruleset.txt is a pfmatch ruleset and ruleset.flat its
 * meaning written by hand as flat filters, first match wins: on every
 * packet, the action the interpreter picks must be the action of the first
 * flat filter libpcap accepts (a filter that rejects by a read falling off
 * fails only its clause, as pfmatch says).
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <pcap/pcap.h>

#include "kefir_internal.h"
#include "pktgen.h"
#include "testdata.h"

#define MAX_REPORTS 20
/* XDP_PASS of enum xdp_action: <linux/bpf.h> cannot be included with
 * <pcap/pcap.h>, as both define struct bpf_insn. */
#define VERDICT_XDP_PASS 2

/*
 * libpcap 1.10 leaks its parser's memory when pcap_compile() fails; under
 * --enable-sanitizers, LeakSanitizer reads this hook and ignores it.
 */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:libpcap.so\n";
}

const char *__lsan_default_options(void);
const char *__lsan_default_options(void)
{
	return "print_suppressions=0";
}

struct stats {
	size_t exprs, compared, disagreements, optimizer_skips, opt_rejects;
	size_t random_rejects;
	size_t bpf_exprs, bpf_compared, bpf_disagreements;
	size_t reports;
};

/* The corpus, plus each packet cut at two more capture lengths. */
static int build_packets(struct pg_corpus *out)
{
	struct pg_corpus base = { 0 };
	struct pg g;
	size_t i, k, cut;
	int err = pktgen_corpus(&base);

	for (i = 0; !err && i < base.n; i++) {
		const struct pg_packet *p = &base.pkts[i];
		size_t cuts[4] = { p->caplen, 14 + (i * 7) % 50, 34 + (i * 13) % 40,
				   p->caplen - 1 - i % 4 };

		pg_init(&g);
		pg_bytes(&g, p->data, p->caplen);
		pg_describe(&g, "%s", p->desc);
		for (k = 0; !err && k < 4; k++) {
			cut = cuts[k];
			if (k && (cut >= p->caplen || p->caplen < 5))
				continue;
			err = corpus_add(out, &g, cut, p->wirelen, k ? "cut" : NULL);
		}
	}
	pktgen_corpus_free(&base);
	return err;
}

static void write_pcap(const struct pg_corpus *c, const char *path)
{
	pcap_t *p = pcap_open_dead(DLT_EN10MB, 65535);
	pcap_dumper_t *d = p ? pcap_dump_open(p, path) : NULL;
	struct pcap_pkthdr h = { 0 };
	size_t i;

	for (i = 0; d && i < c->n; i++) {
		h.ts.tv_sec = (long)i;
		h.caplen = (bpf_u_int32)c->pkts[i].caplen;
		h.len = (bpf_u_int32)c->pkts[i].wirelen;
		pcap_dump((u_char *)d, &h, c->pkts[i].data);
	}
	if (d)
		pcap_dump_close(d);
	if (p)
		pcap_close(p);
}

static bool check_bad(pcap_t *pc, const char *expr);
static bool compare_bpf(const struct bpf_program *unopt,
			const struct bpf_program *opt, const char *expr,
			const struct kefir_ruleset *rs,
			const struct pg_corpus *c, struct stats *st);

static bool bpf_ok;		/* bpf() and clang work */

/*
 * One filter on every packet; returns false if kefir or libpcap failed. A
 * random filter that libpcap rejects (a constant divisor of 0, ...) must
 * be rejected by kefir.
 */
static bool compare(pcap_t *pc, const char *expr, const struct pg_corpus *c,
		    struct stats *st, bool random)
{
	struct bpf_program unopt, opt;
	struct kefir_ruleset *rs = NULL;
	struct kefir_diag *diag = kefir_diag_new();
	struct pcap_pkthdr h;
	bool have_opt, ok;
	size_t i;
	int r0, r1, k;

	if (pcap_compile(pc, &unopt, expr, 0, PCAP_NETMASK_UNKNOWN)) {
		kefir_diag_free(diag);
		if (random) {
			st->random_rejects++;
			return check_bad(pc, expr);
		}
		printf("FAIL: libpcap rejects good expression '%s': %s\n", expr,
		       pcap_geterr(pc));
		return false;
	}
	have_opt = !pcap_compile(pc, &opt, expr, 1, PCAP_NETMASK_UNKNOWN);
	st->opt_rejects += !have_opt;
	if (kefir_ruleset_parse("pflang", expr, strlen(expr), "-e", NULL, &rs,
				diag)) {
		printf("FAIL: kefir rejects '%s':\n%s", expr,
		       kefir_diag_text(diag));
		pcap_freecode(&unopt);
		if (have_opt)
			pcap_freecode(&opt);
		kefir_diag_free(diag);
		return false;
	}
	st->exprs++;
	for (i = 0; i < c->n; i++) {
		const struct pg_packet *p = &c->pkts[i];

		h.caplen = (bpf_u_int32)p->caplen;
		h.len = (bpf_u_int32)p->wirelen;
		r0 = pcap_offline_filter(&unopt, &h, p->data) != 0;
		r1 = have_opt ? pcap_offline_filter(&opt, &h, p->data) != 0 : r0;
		if (r0 != r1) {
			st->optimizer_skips++;
			continue;
		}
		k = kefir_ruleset_eval(rs, p->data, p->caplen, p->wirelen) == 0;
		st->compared++;
		if (k == r0)
			continue;
		st->disagreements++;
		if (st->reports++ < MAX_REPORTS)
			printf("DISAGREE: '%s' on packet %zu (%s, caplen %zu): libpcap %s, kefir %s\n",
			       expr, i, p->desc, p->caplen,
			       r0 ? "accepts" : "rejects", k ? "accepts" : "rejects");
	}
	ok = !bpf_ok || compare_bpf(&unopt, have_opt ? &opt : NULL, expr, rs,
				    c, st);
	kefir_ruleset_free(rs);
	pcap_freecode(&unopt);
	if (have_opt)
		pcap_freecode(&opt);
	kefir_diag_free(diag);
	return ok;
}

/* ------------------------------------------------------------------------ */
/* The BPF C back-end in the kernel                                         */
/* ------------------------------------------------------------------------ */

static char tmpdir[] = "/tmp/kefir-pflang-XXXXXX";

/* Renders @rs as bpf-c for XDP, compiles and loads it. */
static int build_prog(const struct kefir_ruleset *rs, struct kefir_prog **prog,
		      struct kefir_diag *diag)
{
	char c_path[64], obj_path[64];
	char *text = NULL;
	size_t len;
	int err;

	snprintf(c_path, sizeof(c_path), "%s/f.c", tmpdir);
	snprintf(obj_path, sizeof(obj_path), "%s/f.o", tmpdir);
	err = kefir_ruleset_emit(rs, "bpf-c", NULL, &text, &len, diag);
	if (!err)
		err = testdata_write(c_path, text, len);
	if (!err)
		err = kefir_bpf_compile(c_path, obj_path, NULL, diag);
	if (!err)
		err = kefir_prog_load(obj_path, prog, diag);
	unlink(c_path);
	unlink(obj_path);
	free(text);
	return err;
}

/* 0 when programs can be built and loaded, else prints SKIP and why. */
static int probe_bpf(void)
{
	struct kefir_ruleset *rs = NULL;
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_prog *prog = NULL;
	int err;

	if (!mkdtemp(tmpdir)) {
		printf("SKIP: BPF part: mkdtemp: %s\n", strerror(errno));
		kefir_diag_free(diag);
		return -errno;
	}
	err = kefir_ruleset_parse("pflang", "ip", 2, "-e", NULL, &rs, diag);
	if (!err)
		err = build_prog(rs, &prog, diag);
	if (err)
		printf("SKIP: BPF part: cannot build and load a program (%s):\n%s",
		       strerror(-err), kefir_diag_text(diag));
	kefir_prog_free(prog);
	kefir_ruleset_free(rs);
	kefir_diag_free(diag);
	return err;
}

/* The kernel's verdicts on @expr against libpcap's (wire = captured). */
static bool compare_bpf(const struct bpf_program *unopt,
			const struct bpf_program *opt, const char *expr,
			const struct kefir_ruleset *rs,
			const struct pg_corpus *c, struct stats *st)
{
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_prog *prog = NULL;
	struct pcap_pkthdr h;
	uint32_t ret;
	size_t i;
	int r0, r1, err;

	if ((err = build_prog(rs, &prog, diag))) {
		printf("FAIL: '%s': cannot build the BPF program (%s):\n%s", expr,
		       strerror(-err), kefir_diag_text(diag));
		kefir_diag_free(diag);
		return false;
	}
	st->bpf_exprs++;
	for (i = 0; i < c->n; i++) {
		const struct pg_packet *p = &c->pkts[i];

		if (p->caplen < 14)
			continue;
		h.caplen = h.len = (bpf_u_int32)p->caplen;
		r0 = pcap_offline_filter(unopt, &h, p->data) != 0;
		r1 = opt ? pcap_offline_filter(opt, &h, p->data) != 0 : r0;
		if (r0 != r1)
			continue;
		if ((err = kefir_prog_test_run(prog, p->data, p->caplen, &ret))) {
			printf("FAIL: '%s': test run on packet %zu: %s\n", expr, i,
			       strerror(-err));
			break;
		}
		st->bpf_compared++;
		if ((ret == VERDICT_XDP_PASS) == (r0 != 0))
			continue;
		st->bpf_disagreements++;
		if (st->reports++ < MAX_REPORTS)
			printf("DISAGREE (bpf): '%s' on packet %zu (%s, caplen %zu): libpcap %s, kernel %u\n",
			       expr, i, p->desc, p->caplen,
			       r0 ? "accepts" : "rejects", ret);
	}
	kefir_prog_free(prog);
	kefir_diag_free(diag);
	return !err;
}

/* libpcap and kefir must both reject @expr. */
static bool check_bad(pcap_t *pc, const char *expr)
{
	struct bpf_program prog;
	struct kefir_ruleset *rs = NULL;
	struct kefir_diag *diag = kefir_diag_new();
	bool ok = true;

	if (!pcap_compile(pc, &prog, expr, 0, PCAP_NETMASK_UNKNOWN)) {
		printf("FAIL: libpcap accepts bad expression '%s'\n", expr);
		pcap_freecode(&prog);
		ok = false;
	}
	if (!kefir_ruleset_parse("pflang", expr, strlen(expr), "-e", NULL, &rs,
				 diag)) {
		printf("FAIL: kefir accepts bad expression '%s'\n", expr);
		kefir_ruleset_free(rs);
		ok = false;
	}
	kefir_diag_free(diag);
	return ok;
}

/* ------------------------------------------------------------------------ */
/* Random expressions                                                       */
/* ------------------------------------------------------------------------ */

static unsigned long long rng_state;

static unsigned int rnd(unsigned int n)
{
	rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned int)(rng_state >> 33) % n;
}

static const char *pick(const char *const *v, size_t n)
{
	return v[rnd((unsigned int)n)];
}

#define PICK(v) pick(v, sizeof(v) / sizeof((v)[0]))

/* snprintf() that may cut: random expressions stay short anyway. */
__attribute__((format(printf, 3, 4)))
static void fmt(char *out, size_t size, const char *f, ...)
{
	va_list ap;

	va_start(ap, f);
	vsnprintf(out, size, f, ap);
	va_end(ap);
}

static void random_arith(char *out, size_t size, int depth)
{
	static const char *const leaves[] = {
		"0", "1", "2", "4", "6", "13", "0x11", "255", "1500", "len",
		"ether[12:2]", "ether[0]", "ip[0]", "ip[9]", "ip[2:2]",
		"ip[6:2]", "tcp[13]", "tcp[0:2]", "tcp[2:2]", "udp[2:2]",
		"icmp[icmptype]", "icmp6[0]", "ip6[6]", "ip6[40]", "arp[7]",
		"ether[14:4]", "ip[16:4]", "tcp[tcpflags]", "ether[60]",
		"ip[ip[0] & 0xf]", "ether[len - 1]", "- ip[9]", "-len",
	};
	static const char *const ops[] = {
		"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>",
	};
	char a[256], b[256];

	if (depth <= 0 || rnd(3) == 0) {
		fmt(out, size, "%s", PICK(leaves));
		return;
	}
	random_arith(a, sizeof(a), depth - 1);
	random_arith(b, sizeof(b), depth - 1);
	if (rnd(2))
		fmt(out, size, "(%s %s %s)", a, PICK(ops), b);
	else
		fmt(out, size, "%s %s %s", a, PICK(ops), b);
}

static void random_prim(char *out, size_t size)
{
	static const char *const prims[] = {
		"ip", "ip6", "arp", "rarp", "tcp", "udp", "sctp", "icmp",
		"icmp6", "igmp", "pim", "vrrp", "ah", "esp", "vlan", "vlan 100",
		"vlan 200", "pppoed", "host 10.0.0.1", "src host 10.0.0.2",
		"dst net 10.0.0.0/8", "net 192.168", "host 2001:db8::1",
		"net 2001:db8::/32", "port 80", "tcp dst port 443",
		"udp src port 53", "portrange 20-100", "sctp port 80",
		"ether host 00:11:22:33:44:55", "ether src 66:77:88:99:aa:bb",
		"ether broadcast", "ether multicast", "ip multicast",
		"ip6 multicast", "ether proto 0x0806", "ip proto 17",
		"ip6 proto 58", "proto 6", "less 64", "greater 100",
		"tcp[tcpflags] & tcp-syn != 0", "icmp[icmptype] = icmp-echo",
		"ip[6:2] & 0x1fff != 0", "src or dst port 22",
		"src and dst host 10.0.0.1", "ether proto 0x06",
	};
	char a[256], b[256];
	static const char *const relops[] = { "=", "!=", "<", "<=", ">", ">=" };

	if (rnd(4) == 0) {
		random_arith(a, sizeof(a), 2);
		random_arith(b, sizeof(b), 1);
		fmt(out, size, "%s %s %s", a, PICK(relops), b);
		return;
	}
	fmt(out, size, "%s", PICK(prims));
}

static void random_expr(char *out, size_t size, int depth)
{
	static const char *const conj[] = { "and", "or", "&&", "||" };
	char a[1024], b[1024];

	if (depth <= 0 || rnd(3) == 0) {
		random_prim(out, size);
		return;
	}
	random_expr(a, sizeof(a), depth - 1);
	random_expr(b, sizeof(b), depth - 1);
	switch (rnd(4)) {
	case 0:
		fmt(out, size, "not %s", a);
		break;
	case 1:
		fmt(out, size, "(%s) %s %s", a, PICK(conj), b);
		break;
	default:
		fmt(out, size, "%s %s %s", a, PICK(conj), b);
		break;
	}
}

/* ------------------------------------------------------------------------ */

/* Runs @fn on every non-comment line of @name in tests/pflang; returns
 * the number of lines @fn failed on (1 if the file cannot be read). */
static int for_lines(const char *name, bool (*fn)(void *, const char *),
		     void *arg, size_t *n)
{
	char path[4096], line[1024];
	const char *top = getenv("top_srcdir");
	FILE *f;
	int bad = 0;

	snprintf(path, sizeof(path), "%s/tests/pflang/%s", top ? top : ".",
		 name);
	f = fopen(path, "r");
	if (!f) {
		printf("FAIL: cannot read %s: %s\n", path, strerror(errno));
		return 1;
	}
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		(*n)++;
		bad += !fn(arg, line);
	}
	fclose(f);
	return bad;
}

struct run {
	pcap_t *pc;
	const struct pg_corpus *c;
	struct stats *st;
};

static bool run_good(void *arg, const char *expr)
{
	struct run *r = arg;

	return compare(r->pc, expr, r->c, r->st, false);
}

static bool run_bad(void *arg, const char *expr)
{
	struct run *r = arg;

	return check_bad(r->pc, expr);
}

/* ------------------------------------------------------------------------ */
/* pfmatch rulesets                                                         */
/* ------------------------------------------------------------------------ */

static int for_lines(const char *name, bool (*fn)(void *, const char *),
		     void *arg, size_t *n);

struct flat {
	struct bpf_program unopt, opt;
	char action[32];
};

struct flat_list {
	pcap_t *pc;
	struct flat v[32];
	size_t n;
	bool failed;
};

static bool add_flat(void *arg, const char *line)
{
	struct flat_list *fl = arg;
	struct flat *f = &fl->v[fl->n];
	const char *expr = line + strcspn(line, " ");

	expr += strspn(expr, " ");
	if (fl->n == sizeof(fl->v) / sizeof(fl->v[0]) ||
	    pcap_compile(fl->pc, &f->unopt, expr, 0, PCAP_NETMASK_UNKNOWN)) {
		printf("FAIL: ruleset.flat: cannot compile '%s'\n", line);
		fl->failed = true;
		return false;
	}
	if (pcap_compile(fl->pc, &f->opt, expr, 1, PCAP_NETMASK_UNKNOWN))
		f->opt = f->unopt;
	snprintf(f->action, sizeof(f->action), "%.*s",
		 (int)strcspn(line, " "), line);
	fl->n++;
	return true;
}

/* The action of the first flat filter that accepts @p; NULL: the
 * optimizer changes a verdict on the way. */
static const char *flat_action(const struct flat_list *fl,
			       const struct pg_packet *p)
{
	struct pcap_pkthdr h = { .caplen = (bpf_u_int32)p->caplen,
				 .len = (bpf_u_int32)p->wirelen };
	size_t i;
	int r0;

	for (i = 0; i < fl->n; i++) {
		r0 = pcap_offline_filter(&fl->v[i].unopt, &h, p->data) != 0;
		if (r0 != (pcap_offline_filter(&fl->v[i].opt, &h, p->data) != 0))
			return NULL;
		if (r0)
			return fl->v[i].action;
	}
	return "drop";
}

static const char *kefir_action(const struct kefir_ruleset *rs,
				const struct pg_packet *p)
{
	long i = kefir_ruleset_eval(rs, p->data, p->caplen, p->wirelen);
	const struct kefir_action *a = i < 0 ? &rs->default_action :
				       &rs->rules[i]->action;

	return a->kind == KEFIR_ACTION_HANDLER ? a->name : action_name(a->kind);
}

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "r");
	char *text = f ? calloc(1, 1 << 16) : NULL;

	if (text && fread(text, 1, (1 << 16) - 1, f) == 0) {
		free(text);
		text = NULL;
	}
	if (f)
		fclose(f);
	return text;
}

/* Returns the number of packets decided differently (or 1 on errors). */
static size_t check_ruleset(pcap_t *pc, const struct pg_corpus *c,
			    size_t *compared)
{
	struct flat_list fl = { .pc = pc };
	struct kefir_ruleset *rs = NULL;
	struct kefir_diag *diag = kefir_diag_new();
	const char *top = getenv("top_srcdir"), *want, *got;
	char path[4096], *text;
	size_t i, n = 0, bad = 0;

	snprintf(path, sizeof(path), "%s/tests/pflang/ruleset.txt",
		 top ? top : ".");
	text = read_all(path);
	if (!text || kefir_ruleset_parse("pflang", text, strlen(text), path,
					 NULL, &rs, diag) ||
	    for_lines("ruleset.flat", add_flat, &fl, &n) || fl.failed) {
		printf("FAIL: the pfmatch ruleset: %s\n", kefir_diag_text(diag));
		bad = 1;
	}
	for (i = 0; !bad && i < c->n; i++) {
		want = flat_action(&fl, &c->pkts[i]);
		if (!want)
			continue;
		got = kefir_action(rs, &c->pkts[i]);
		(*compared)++;
		if (!strcmp(want, got))
			continue;
		if (bad++ < MAX_REPORTS)
			printf("DISAGREE (ruleset): packet %zu (%s, caplen %zu): flat filters %s, kefir %s\n",
			       i, c->pkts[i].desc, c->pkts[i].caplen, want, got);
	}
	for (i = 0; i < fl.n; i++) {
		if (fl.v[i].opt.bf_insns != fl.v[i].unopt.bf_insns)
			pcap_freecode(&fl.v[i].opt);
		pcap_freecode(&fl.v[i].unopt);
	}
	kefir_ruleset_free(rs);
	kefir_diag_free(diag);
	free(text);
	return bad;
}

int main(void)
{
	struct pg_corpus c = { 0 };
	struct stats st = { 0 };
	const char *env;
	size_t n_good = 0, n_bad = 0, n_random = 300, i;
	size_t rs_compared = 0, rs_bad;
	char expr[4096];
	struct run r;
	int failed = 0;

	if ((env = getenv("KEFIR_PFLANG_RANDOM")))
		n_random = strtoul(env, NULL, 0);
	rng_state = (env = getenv("KEFIR_PFLANG_SEED")) ? strtoull(env, NULL, 0) : 1;
	r.pc = pcap_open_dead(DLT_EN10MB, 65535);
	if (!r.pc || build_packets(&c)) {
		printf("FAIL: out of memory\n");
		return 1;
	}
	bpf_ok = !probe_bpf();
	if ((env = getenv("KEFIR_PFLANG_PCAP")))
		write_pcap(&c, env);
	r.c = &c;
	r.st = &st;
	failed += for_lines("good.txt", run_good, &r, &n_good);
	failed += for_lines("bad.txt", run_bad, &r, &n_bad);
	for (i = 0; i < n_random; i++) {
		random_expr(expr, sizeof(expr), 3);
		failed += !compare(r.pc, expr, &c, &st, true);
	}
	rs_bad = check_ruleset(r.pc, &c, &rs_compared);
	printf("pfmatch ruleset vs flat libpcap filters: %zu packets compared, %zu disagreements\n",
	       rs_compared, rs_bad);
	printf("pflang vs libpcap: %zu expressions (%zu listed, %zu random) x %zu packets: %zu verdicts compared, %zu disagreements\n",
	       st.exprs, n_good, n_random, c.n, st.compared, st.disagreements);
	printf("skipped: %zu verdicts the libpcap optimizer changed; %zu expressions the optimizer rejects (compared unoptimized)\n",
	       st.optimizer_skips, st.opt_rejects);
	printf("rejected by both: %zu listed bad expressions, %zu random ones\n",
	       n_bad, st.random_rejects);
	if (bpf_ok)
		printf("bpf-c in the kernel vs libpcap: %zu expressions: %zu verdicts compared, %zu disagreements\n",
		       st.bpf_exprs, st.bpf_compared, st.bpf_disagreements);
	rmdir(tmpdir);
	pcap_close(r.pc);
	pktgen_corpus_free(&c);
	return failed || rs_bad || st.disagreements || st.bpf_disagreements ?
	       1 : 0;
}
