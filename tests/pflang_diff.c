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
 * non-zero (the snaplen) is kefir's "rule 0 matched".
 *
 * tests/pflang/bad.txt lists expressions that libpcap rejects: kefir must
 * reject each one too (and the test checks that libpcap does).
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcap/pcap.h>

#include "kefir_internal.h"
#include "pktgen.h"
#include "testdata.h"

#define MAX_REPORTS 20

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
	bool have_opt;
	size_t i;
	int r0, r1, k;

	if (pcap_compile(pc, &unopt, expr, 0, PCAP_NETMASK_UNKNOWN) && random) {
		kefir_diag_free(diag);
		st->random_rejects++;
		return check_bad(pc, expr);
	}
	if (pcap_compile(pc, &unopt, expr, 0, PCAP_NETMASK_UNKNOWN)) {
		printf("FAIL: libpcap rejects good expression '%s': %s\n", expr,
		       pcap_geterr(pc));
		kefir_diag_free(diag);
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
	kefir_ruleset_free(rs);
	pcap_freecode(&unopt);
	if (have_opt)
		pcap_freecode(&opt);
	kefir_diag_free(diag);
	return true;
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
		"ip[ip[0] & 0xf]", "ether[len - 1]",
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

/* Runs @fn on every non-comment line of @name in tests/pflang. */
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

int main(void)
{
	struct pg_corpus c = { 0 };
	struct stats st = { 0 };
	const char *env;
	size_t n_good = 0, n_bad = 0, n_random = 300, i;
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
	printf("pflang vs libpcap: %zu expressions (%zu listed, %zu random) x %zu packets: %zu verdicts compared, %zu disagreements\n",
	       st.exprs, n_good, n_random, c.n, st.compared, st.disagreements);
	printf("skipped: %zu verdicts the libpcap optimizer changed; %zu expressions the optimizer rejects (compared unoptimized)\n",
	       st.optimizer_skips, st.opt_rejects);
	printf("rejected by both: %zu listed bad expressions, %zu random ones\n",
	       n_bad, st.random_rejects);
	pcap_close(r.pc);
	pktgen_corpus_free(&c);
	return failed || st.disagreements ? 1 : 0;
}
