/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * bench.c - the performance benchmark: ns/packet of each engine on each
 * filter over an in-memory trace of mixed traffic (trace.c):
 *
 *   native   kefir's native back-end: the .so's function, from
 *            kefir_native_classifier()
 *   bpf      kefir's bpf-c for XDP, JIT-compiled, BPF_PROG_TEST_RUN with
 *            repeat on an evenly spread sample, net of the empty filter's
 *            program (run in the same rounds)
 *   hand-xdp the filter written by hand as an XDP program (hand_xdp.c),
 *            compiled and run as bpf is, in the same rounds, net of its
 *            own empty program
 *   interp   kefir's reference interpreter
 *   libpcap  bpf_filter() on pcap_compile()'s optimized program of the
 *            same pflang text
 *   hand     a hand-written C function (hand.c), the practical limit
 *
 * Each time is the median of RUNS runs. Every engine must match the same
 * packets in number (interp on its sample; bpf and hand-xdp on the same
 * sample, run once more for the count).
 * Filters are rows of filters[]: kefir's side is (syntax, text), libpcap's
 * the pflang text; the multi-rule rulesets are generated as iptables-style
 * JSON rules and the equivalent pflang disjunction.
 *
 * usage: bench [N_PACKETS] (default 1000000); KEFIR_BENCH_FILTER=name
 * runs one filter. Needs root for the bpf and hand-xdp columns (else they
 * print "-"), and $top_srcdir for bench/hand_xdp.c (default ".").
 */
#include "config.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <pcap/pcap.h>

#include "kefir.h"
#include "bench.h"

#define RUNS 5
#define SAMPLE_STRIDE 16	/* interp runs every 16th packet */
#define BPF_PACKETS 64		/* bpf runs this many packets, spread evenly... */
#define BPF_REPEAT 20000	/* ...this many times each: a BPF_PROG_TEST_RUN
				 * call costs milliseconds here */

/* One filter: kefir's (syntax, text), libpcap's pflang, the hand-written. */
struct filter {
	const char *name;
	const char *pflang;	/* libpcap's side, and the table's label */
	const char *syntax;	/* kefir's side: the same text */
	size_t n_rules;		/* > 0: a generated multi-rule ruleset */
};

/*
 * kefir parses the same pflang text as libpcap (for hosts8 and ports40, the
 * disjunction written out by filter_text()).
 */
static const struct filter filters[] = {
	{ "tcp_port_80", "tcp port 80", "pflang" },
	{ "ip_src", "ip src 192.168.1.1", "pflang" },
	{ "udp_dst_port_53", "udp and dst port 53", "pflang" },
	{ "tcp_syn", "tcp[tcpflags] & tcp-syn != 0", "pflang" },
	{ "net10_not_22", "net 10.0.0.0/8 and not port 22", "pflang" },
	{ "ip6_tcp", "ip6 and tcp", "pflang" },
	{ "vlan_ip", "vlan and ip", "pflang" },
	{ "portrange", "portrange 1000-2000", "pflang" },
	{ "empty", "", "pflang" },
	{ "hosts8", NULL, "pflang" },
	{ "ports40", NULL, "pflang" },
	{ "rules", NULL, "json", 10 },
	{ "rules", NULL, "json", 100 },
	{ "rules", NULL, "json", 1000 },
};

static const char *const engine_names[] = {
	"native", "bpf", "hand-xdp", "interp", "libpcap", "hand",
};
enum { E_NATIVE, E_BPF, E_HXDP, E_INTERP, E_PCAP, E_HAND, E_MAX };

/* hand_xdp.c's warnings, bar the filters it does not call */
#define HXDP_CFLAGS "-Wall -Wextra -Werror -Wno-unused-function"

/* The texts of one filter, both sides. */
struct texts {
	char *kefir;
	char *pflang;
	char label[64];
};

struct result {
	double ns[E_MAX];	/* < 0: not measured */
	size_t matched[E_MAX];	/* full trace, or interp's sample */
	size_t sample_matched;	/* native, on interp's sample */
};

/* The XDP programs of a filter: kefir's (bpf) and the hand-written one. */
enum { XDP_KEFIR, XDP_HAND, N_XDP };

static struct trace trace;
static struct kefir_prog *empty_prog[N_XDP];	/* the empty filter's */
static double empty_ns[N_XDP];	/* and their time, for the record */

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
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

/* ------------------------------------------------------------------------ */
/* Texts                                                                    */
/* ------------------------------------------------------------------------ */

/* Appends to a malloc'ed string; returns NULL (freeing it) on failure. */
static char *append(char *s, size_t *len, const char *add)
{
	size_t n = strlen(add);
	char *p = realloc(s, *len + n + 1);

	if (!p) {
		free(s);
		return NULL;
	}
	memcpy(p + *len, add, n + 1);
	*len += n;
	return p;
}

/* Rule i as JSON (eth/ip4/tcp/first fragment, source /24, dport) and as
 * pflang; the multi-rule rulesets' iptables line is in the text. */
static void rule_texts(size_t i, char *json, size_t jlen, char *pf, size_t plen)
{
	unsigned int a = (unsigned int)(i / 256), b = (unsigned int)(i % 256);
	unsigned int port = rule_port(i);

	snprintf(json, jlen,
		 "%s{\"text\": \"-A INPUT -s 10.%u.%u.0/24 -p tcp --dport %u -j DROP\","
		 " \"match\": [{\"field\": \"eth_type\", \"op\": \"eq\", \"value\": \"0x0800\"},"
		 " {\"field\": \"ip4_proto\", \"op\": \"eq\", \"value\": 6},"
		 " {\"field\": \"ip4_src\", \"op\": \"eq\", \"value\": \"10.%u.%u.0\", \"mask\": \"255.255.255.0\"},"
		 " {\"field\": \"ip4_fragoff\", \"op\": \"eq\", \"value\": 0},"
		 " {\"field\": \"l4_dport\", \"op\": \"eq\", \"value\": %u, \"l4\": \"ip4\"}],"
		 " \"action\": {\"type\": \"drop\"}}", i ? ", " : "", a, b, port,
		 a, b, port);
	snprintf(pf, plen, "%s(src net 10.%u.%u.0/24 and tcp dst port %u)",
		 i ? " or " : "", a, b, port);
}

static int rules_texts(size_t n, struct texts *t)
{
	size_t klen = 0, plen = 0, i;
	char json[1024], pf[128];

	t->kefir = append(NULL, &klen, "{\"kefir\": 1, \"rules\": [");
	t->pflang = append(NULL, &plen, "");
	for (i = 0; i < n && t->kefir && t->pflang; i++) {
		rule_texts(i, json, sizeof(json), pf, sizeof(pf));
		t->kefir = append(t->kefir, &klen, json);
		t->pflang = append(t->pflang, &plen, pf);
	}
	if (t->kefir)
		t->kefir = append(t->kefir, &klen, "], \"default\": {\"action\":"
				  " {\"type\": \"pass\"}}}");
	snprintf(t->label, sizeof(t->label), "%zu iptables rules", n);
	return t->kefir && t->pflang ? 0 : -ENOMEM;
}

/* The 40-port and 8-host disjunctions, written out for libpcap. */
static char *pflang_list(const char *fmt, const char *const *items, size_t n)
{
	size_t len = 0, i;
	char one[64], *s = append(NULL, &len, "");

	for (i = 0; i < n && s; i++) {
		snprintf(one, sizeof(one), fmt, i ? " or " : "", items[i]);
		s = append(s, &len, one);
	}
	return s;
}

static int filter_texts(const struct filter *f, struct texts *t)
{
	static const char *const hosts[] = {
		"10.1.1.1", "10.1.1.2", "10.1.1.3", "10.1.1.4",
		"10.1.1.5", "10.1.1.6", "10.1.1.7", "10.1.1.8",
	};
	static const char *const ports[] = {
		"20", "21", "22", "23", "25", "53", "67", "68", "69", "80",
		"88", "110", "111", "119", "123", "135", "137", "138", "139",
		"143", "161", "162", "179", "389", "443", "445", "465", "514",
		"515", "587", "636", "873", "993", "995", "1433", "1521",
		"3306", "3389", "5432", "8080",
	};

	memset(t, 0, sizeof(*t));
	if (f->n_rules)
		return rules_texts(f->n_rules, t);
	if (!strcmp(f->name, "hosts8")) {
		t->pflang = pflang_list("%shost %s", hosts, 8);
		snprintf(t->label, sizeof(t->label), "host 10.1.1.1 or ... (8 hosts)");
	} else if (!strcmp(f->name, "ports40")) {
		t->pflang = pflang_list("%sport %s", ports, 40);
		snprintf(t->label, sizeof(t->label), "port 20 or ... (40 ports)");
	} else {
		t->pflang = strdup(f->pflang);
		snprintf(t->label, sizeof(t->label), "%s", *f->pflang ? f->pflang : "(empty)");
	}
	t->kefir = t->pflang ? strdup(t->pflang) : NULL;
	return t->kefir && t->pflang ? 0 : -ENOENT;
}

/* ------------------------------------------------------------------------ */
/* Engines                                                                  */
/* ------------------------------------------------------------------------ */

/* The userspace engines of one filter, ready to run. */
struct user {
	const struct kefir_ruleset *rs;
	struct kefir_native *nat;
	kefir_classify_fn classify;	/* nat's own function */
	struct bpf_program prog;	/* libpcap's */
	bool have_prog;
	hand_fn hand;
};

/* Runs engine @e once over the trace (interp: its sample): ns/packet. */
static double run_once(int e, const struct user *u, size_t *matched)
{
	size_t i, m = 0, stride = e == E_INTERP ? SAMPLE_STRIDE : 1;
	uint32_t args[KEFIR_NATIVE_MAX_ARGS];
	const struct trace_pkt *tp;
	const uint8_t *pkt;
	double t0 = now_ns();

	for (i = 0; i < trace.n; i += stride) {
		tp = &trace.pkts[i];
		pkt = trace.data + tp->off;
		switch (e) {
		case E_NATIVE:
			m += u->classify(pkt, tp->caplen, tp->wirelen,
					 args) >= 0;
			break;
		case E_INTERP:
			m += kefir_ruleset_eval(u->rs, pkt, tp->caplen,
						tp->wirelen) >= 0;
			break;
		case E_PCAP:
			m += bpf_filter(u->prog.bf_insns, pkt, tp->wirelen,
					tp->caplen) != 0;
			break;
		case E_HAND:
			m += u->hand(pkt, tp->caplen, tp->wirelen) != 0;
			break;
		}
	}
	*matched = m;
	return (now_ns() - t0) / ((trace.n + stride - 1) / stride);
}

/* Whether engine @e can run for this filter. */
static bool user_ready(int e, const struct user *u)
{
	switch (e) {
	case E_NATIVE: return u->nat;
	case E_INTERP: return true;
	case E_PCAP: return u->have_prog;
	case E_HAND: return u->hand;
	}
	return false;
}

/* Times the userspace engines in turn, RUNS rounds: load drifts evenly. */
static void time_user(const struct user *u, struct result *res)
{
	static const int order[] = { E_NATIVE, E_HAND, E_PCAP, E_INTERP };
	double runs[E_MAX][RUNS];
	size_t r, k;
	int e;

	for (r = 0; r < RUNS; r++)
		for (k = 0; k < sizeof(order) / sizeof(order[0]); k++) {
			e = order[k];
			if (user_ready(e, u))
				runs[e][r] = run_once(e, u, &res->matched[e]);
		}
	for (k = 0; k < sizeof(order) / sizeof(order[0]); k++)
		if (user_ready(order[k], u))
			res->ns[order[k]] = median(runs[order[k]], RUNS);
}

static size_t bpf_stride(void)
{
	return trace.n > BPF_PACKETS ? trace.n / BPF_PACKETS : 1;
}

/* The packets of every @stride-th that @nat matches. */
static size_t native_count(const struct kefir_native *nat, size_t stride)
{
	const struct trace_pkt *tp;
	size_t i, n = 0;

	for (i = 0; i < trace.n; i += stride) {
		tp = &trace.pkts[i];
		n += kefir_native_classify(nat, trace.data + tp->off, tp->caplen,
					   tp->wirelen) >= 0;
	}
	return n;
}

static struct kefir_native *open_native(const struct kefir_ruleset *rs)
{
	char path[] = "/tmp/kefir-bench-XXXXXX";
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_native *nat = NULL;
	char so[64];
	int err;

	if (!mkdtemp(path))
		return NULL;
	snprintf(so, sizeof(so), "%s/f.so", path);
	err = kefir_native_compile(rs, so, NULL, diag);
	if (!err)
		err = kefir_native_open(so, NULL, 0, &nat, diag);
	unlink(so);
	rmdir(path);
	if (err)
		fprintf(stderr, "bench: native: %s", kefir_diag_text(diag));
	kefir_diag_free(diag);
	return nat;
}

static bool compile_pcap(const char *text, struct bpf_program *prog)
{
	pcap_t *p = pcap_open_dead(DLT_EN10MB, 65535);
	bool ok = p && !pcap_compile(p, prog, text, 1, PCAP_NETMASK_UNKNOWN);

	if (!ok)
		fprintf(stderr, "bench: pcap_compile: %s\n", p ? pcap_geterr(p) : "");
	if (p)
		pcap_close(p);
	return ok;
}

/* Compiles @c with @cflags and loads it; the program or NULL, said why. */
static struct kefir_prog *load_xdp(const char *what, const char *c,
				   const char *cflags)
{
	KEFIR_OPTS_INIT(kefir_compile_opts, co, .cflags = cflags);
	char dir[] = "/tmp/kefir-bench-XXXXXX", o[64];
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_prog *prog = NULL;
	int err;

	if (!mkdtemp(dir))
		return NULL;
	snprintf(o, sizeof(o), "%s/f.o", dir);
	err = kefir_bpf_compile(c, o, &co, diag);
	if (!err)
		err = kefir_prog_load(o, &prog, diag);
	if (err)
		fprintf(stderr, "bench: %s: %s: %s", what, strerror(-err),
			kefir_diag_text(diag));
	unlink(o);
	rmdir(dir);
	kefir_diag_free(diag);
	return prog;
}

/* Loads the XDP rendering of @rs; the program or NULL (bpf not measured). */
static struct kefir_prog *load_bpf(const struct kefir_ruleset *rs)
{
	char dir[] = "/tmp/kefir-bench-XXXXXX", c[64];
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_prog *prog = NULL;
	char *text = NULL;
	size_t len;
	FILE *f = NULL;
	int err;

	if (!mkdtemp(dir))
		return NULL;
	snprintf(c, sizeof(c), "%s/f.c", dir);
	err = kefir_ruleset_emit(rs, "bpf-c", NULL, &text, &len, diag);
	if (!err && (!(f = fopen(c, "w")) || fwrite(text, 1, len, f) != len))
		err = -EIO;
	if (f && fclose(f))
		err = -EIO;
	if (err)
		fprintf(stderr, "bench: bpf: %s: %s", strerror(-err),
			kefir_diag_text(diag));
	else
		prog = load_xdp("bpf", c, NULL);
	unlink(c);
	rmdir(dir);
	free(text);
	kefir_diag_free(diag);
	return prog;
}

/* Loads filter @f written by hand in hand_xdp.c; NULL for the rulesets. */
static struct kefir_prog *load_hand_xdp(const struct filter *f)
{
	const char *top = getenv("top_srcdir");
	char c[4096], cflags[128];

	if (f->n_rules)
		return NULL;
	snprintf(c, sizeof(c), "%s/bench/hand_xdp.c", top ? top : ".");
	snprintf(cflags, sizeof(cflags), HXDP_CFLAGS " -DHAND_FILTER=f_%s",
		 f->name);
	return load_xdp("hand-xdp", c, cflags);
}

/*
 * RUNS rounds: in each, the programs of @progs and the empty program of
 * each side take turns on every packet of the timing sample, so that load
 * changes hit them alike; @net gets each one's difference with its empty
 * program. When the kernel fails, every program is freed and set NULL.
 */
static void xdp_rounds(struct kefir_prog **progs, double net[][RUNS],
		       double empty[][RUNS])
{
	int fds[2 * N_XDP];
	size_t r, k, n = 0, at[N_XDP];
	double ns[2 * N_XDP];

	for (k = 0; k < N_XDP; k++) {
		if (!progs[k] || !empty_prog[k])
			continue;
		at[k] = n;
		fds[n++] = kefir_prog_fd(empty_prog[k]);
		fds[n++] = kefir_prog_fd(progs[k]);
	}
	for (r = 0; r < RUNS && n; r++) {
		if (kernel_time(fds, n, &trace, bpf_stride(), BPF_REPEAT, ns))
			break;
		for (k = 0; k < N_XDP; k++)
			if (progs[k] && empty_prog[k]) {
				empty[k][r] = ns[at[k]];
				net[k][r] = ns[at[k] + 1] - ns[at[k]];
			}
	}
	for (k = 0; k < N_XDP; k++)
		if (r < RUNS || !empty_prog[k]) {
			kefir_prog_free(progs[k]);
			progs[k] = NULL;
		}
}

/*
 * Times kefir's XDP program and the hand-written one net of their empty
 * programs, then runs each once on interp's sample to count its matches.
 */
static void time_xdp(const struct filter *f, const struct kefir_ruleset *rs,
		     struct result *res)
{
	static const int cols[N_XDP] = { E_BPF, E_HXDP };
	struct kefir_prog *progs[N_XDP] = { load_bpf(rs), load_hand_xdp(f) };
	/* every rule of a benchmark ruleset has the same action */
	bool match_drops = kefir_ruleset_n_rules(rs) &&
			   !strcmp(kefir_ruleset_action_name(rs, 0), "drop");
	double net[N_XDP][RUNS], empty[N_XDP][RUNS], ns;
	size_t k;

	xdp_rounds(progs, net, empty);
	for (k = 0; k < N_XDP; k++) {
		if (progs[k] &&
		    !kernel_run(kefir_prog_fd(progs[k]), &trace, SAMPLE_STRIDE,
				1, match_drops, &ns, &res->matched[cols[k]])) {
			ns = median(net[k], RUNS);
			res->ns[cols[k]] = ns > 0 ? ns : 0;	/* noise */
			if (!strcmp(f->name, "empty")) {	/* 0 by definition */
				empty_ns[k] = median(empty[k], RUNS);
				res->ns[cols[k]] = 0;
			}
		}
		kefir_prog_free(progs[k]);
	}
}

/* Loads the empty filter's programs, kefir's and hand-written. */
static void load_empty(void)
{
	static const struct filter empty = { "empty", "", "pflang" };
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_ruleset *rs = NULL;

	if (!kefir_ruleset_parse(empty.syntax, "", 0, empty.name, NULL, &rs,
				 diag))
		empty_prog[XDP_KEFIR] = load_bpf(rs);
	else
		fprintf(stderr, "bench: empty: %s", kefir_diag_text(diag));
	empty_prog[XDP_HAND] = load_hand_xdp(&empty);
	kefir_ruleset_free(rs);
	kefir_diag_free(diag);
}

/* ------------------------------------------------------------------------ */
/* The table                                                                */
/* ------------------------------------------------------------------------ */

static bool counts_agree(const struct result *res)
{
	bool ok = true;

	if (res->ns[E_PCAP] >= 0)
		ok &= res->matched[E_PCAP] == res->matched[E_NATIVE];
	if (res->ns[E_HAND] >= 0)
		ok &= res->matched[E_HAND] == res->matched[E_NATIVE];
	if (res->ns[E_INTERP] >= 0)
		ok &= res->matched[E_INTERP] == res->sample_matched;
	if (res->ns[E_BPF] >= 0)
		ok &= res->matched[E_BPF] == res->sample_matched;
	if (res->ns[E_HXDP] >= 0)
		ok &= res->matched[E_HXDP] == res->sample_matched;
	return ok;
}

/* Prints the ratio of engine @a's time to @b's, or "-". */
static void print_ratio(const struct result *res, int a, int b)
{
	if (res->ns[b] > 0 && res->ns[a] >= 0)
		printf(" %7.2fx", res->ns[a] / res->ns[b]);
	else
		printf(" %8s", "-");
}

static void print_row(const char *label, struct result *res, bool ok)
{
	size_t e;

	printf("%-32s", label);
	for (e = 0; e < E_MAX; e++) {
		if (res->ns[e] < 0)
			printf(" %8s", "-");
		else
			printf(" %8.2f", res->ns[e]);
	}
	print_ratio(res, E_NATIVE, E_HAND);
	print_ratio(res, E_NATIVE, E_PCAP);
	print_ratio(res, E_BPF, E_HXDP);
	printf(" %9zu %s\n", res->matched[E_NATIVE], ok ? "ok" : "MISMATCH");
}

static int bench_filter(const struct filter *f)
{
	struct kefir_diag *diag = kefir_diag_new();
	struct user u = { 0 };
	struct result res;
	struct texts t;
	size_t e;
	bool ok;
	int err = filter_texts(f, &t);

	for (e = 0; e < E_MAX; e++)
		res.ns[e] = -1;
	if (!err)
		err = kefir_ruleset_parse(f->syntax, t.kefir, strlen(t.kefir),
					  f->name, NULL,
					  (struct kefir_ruleset **)&u.rs, diag);
	if (err) {
		fprintf(stderr, "bench: %s: %s%s\n", f->name,
			kefir_diag_text(diag), strerror(-err));
		goto out;
	}
	if (f->n_rules)
		hand_set_rules(f->n_rules);
	u.hand = hand_find(f->name);
	u.nat = open_native(u.rs);
	u.classify = u.nat ? kefir_native_classifier(u.nat) : NULL;
	u.have_prog = compile_pcap(t.pflang, &u.prog);
	time_user(&u, &res);
	if (u.nat)
		res.sample_matched = native_count(u.nat, SAMPLE_STRIDE);
	time_xdp(f, u.rs, &res);
	ok = counts_agree(&res);
	print_row(t.label, &res, ok);
	err = ok ? 0 : -EDOM;
out:
	if (u.have_prog)
		pcap_freecode(&u.prog);
	kefir_native_free(u.nat);
	kefir_ruleset_free((struct kefir_ruleset *)u.rs);
	kefir_diag_free(diag);
	free(t.kefir);
	free(t.pflang);
	return err;
}

int main(int argc, char **argv)
{
	size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 1000000, i, e;
	const char *only = getenv("KEFIR_BENCH_FILTER");
	int failed = 0;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (trace_build(&trace, n)) {
		fprintf(stderr, "bench: out of memory\n");
		return 1;
	}
	load_empty();
	printf("trace: %zu packets; ns/packet, median of %d runs; interp on "
	       "every %dth packet; bpf and hand-xdp on %d packets x %d repeats, "
	       "each net of its empty program run in the same rounds\n", n,
	       RUNS, SAMPLE_STRIDE, BPF_PACKETS, BPF_REPEAT);
	printf("%-32s", "filter");
	for (e = 0; e < E_MAX; e++)
		printf(" %8s", engine_names[e]);
	printf(" %8s %8s %8s %9s\n", "nat/hand", "nat/pcap", "bpf/hxdp",
	       "matched");
	/* the empty filter first, as in the table of docs/benchmarks.md */
	for (i = 0; i < sizeof(filters) / sizeof(filters[0]); i++)
		if (!strcmp(filters[i].name, "empty"))
			failed |= bench_filter(&filters[i]) != 0;
	for (i = 0; i < sizeof(filters) / sizeof(filters[0]); i++)
		if (strcmp(filters[i].name, "empty") &&
		    (!only || !strcmp(only, filters[i].name)))
			failed |= bench_filter(&filters[i]) != 0;
	printf("empty programs, subtracted above: bpf %.2f ns, hand-xdp %.2f ns\n",
	       empty_ns[XDP_KEFIR], empty_ns[XDP_HAND]);
	for (i = 0; i < N_XDP; i++)
		kefir_prog_free(empty_prog[i]);
	trace_free(&trace);
	return failed;
}
