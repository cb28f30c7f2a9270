/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * run.c - "kefirc run": evaluates a ruleset on every packet of a pcap file
 * with one engine, and prints per-rule hit counts next to each rule's
 * source text (like iptables -L -v), or with --verdicts one line per packet:
 * "INDEX RULE ACTION", RULE being -1 for the default action.
 *
 * Engines are rows of engines[]: interp (the reference interpreter), native
 * (the native-c rendering compiled into a shared object), bpf (the bpf-c
 * rendering for XDP compiled, loaded, and run with BPF_PROG_TEST_RUN; the
 * rule is read from the program's per-rule counters), cbpf (the classic BPF
 * program run by libpcap's bpf_filter(), compiled with
 * KEFIR_EMIT_CBPF_RULE_INDEX so that it returns the rule + 1). Every engine
 * must print the same thing; the counts are kept here, from the rule each
 * engine names, with the bytes the wire saw.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <pcap/pcap.h>

#include "kefir.h"
#include "kefirc.h"

#define PROGRESS_EVERY 65536	/* packets between two progress lines */
#define ETH_HLEN 14		/* BPF_PROG_TEST_RUN refuses shorter frames */

struct run_opts {
	const char *from;
	const char *input;	/* path, "-" for stdin */
	const char *expr;
	const char *pcap;
	const char *engine;
	const char *chain;
	const char *in_interface;	/* iptables -i: the program's interface */
	unsigned int parse_flags;	/* KEFIR_PARSE_* */
	bool verdicts;
};

/* The state of one run. */
struct run {
	const struct run_opts *o;
	struct kefir_ruleset *rs;
	struct kefir_diag *diag;
	size_t n_rules;
	uint64_t *packets, *bytes;	/* per rule, then the default */
	char dir[32];			/* temporary files, or "" */
	struct kefir_native *nat;	/* native */
	struct kefir_prog *prog;	/* bpf */
	struct kefir_counter *seen;	/* bpf: the counters so far */
	struct kefir_counter *now;
	struct kefir_cbpf_insn *cbpf;	/* cbpf: the program */
	size_t n_cbpf;
};

struct engine {
	const char *name;
	/* Prepares @r; returns an exit code. */
	int (*open)(struct run *r);
	/* Stores the rule deciding the packet (-1: the default); exit code. */
	int (*classify)(struct run *r, const uint8_t *pkt, size_t caplen,
			size_t wirelen, long *rule);
	void (*close)(struct run *r);
};

static const char run_usage[] =
	"usage: kefirc run --from SYNTAX [FILE | - | -e TEXT] --pcap PCAP\n"
	"                  [--engine interp|native|bpf|cbpf] [--verdicts] [--chain NAME]\n"
	"                  [--stateless-approx] [--in-interface IF]\n";

static int run_usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "kefirc run: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n%s", run_usage);
	return EXIT_USAGE;
}

/* A library failure: its messages, then the exit code it means. */
static int lib_failure(struct run *r, const char *what, int err)
{
	fputs(kefir_diag_text(r->diag), stderr);
	fprintf(stderr, "kefirc run: %s: %s\n", what, strerror(-err));
	return err == -EINVAL ? EXIT_REJECTED : EXIT_IO;
}

static int make_dir(struct run *r)
{
	strcpy(r->dir, "/tmp/kefirc-run-XXXXXX");
	if (mkdtemp(r->dir))
		return EXIT_OK;
	fprintf(stderr, "kefirc run: cannot make a temporary directory: %s\n",
		strerror(errno));
	r->dir[0] = '\0';
	return EXIT_IO;
}

/* @name inside the temporary directory, in @out (64 bytes). */
static const char *tmp_path(const struct run *r, const char *name, char *out)
{
	snprintf(out, 64, "%s/%s", r->dir, name);
	return out;
}

/* ------------------------------------------------------------------------ */
/* Engines                                                                  */
/* ------------------------------------------------------------------------ */

static int interp_classify(struct run *r, const uint8_t *pkt, size_t caplen,
			   size_t wirelen, long *rule)
{
	*rule = kefir_ruleset_eval(r->rs, pkt, caplen, wirelen);
	return EXIT_OK;
}

static int native_open(struct run *r)
{
	char so[64];
	int err, code = make_dir(r);

	if (code)
		return code;
	err = kefir_native_compile(r->rs, tmp_path(r, "filter.so", so), NULL,
				   r->diag);
	if (!err)
		err = kefir_native_open(so, NULL, 0, &r->nat, r->diag);
	unlink(so);
	return err ? lib_failure(r, "the native engine", err) : EXIT_OK;
}

static int native_classify(struct run *r, const uint8_t *pkt, size_t caplen,
			   size_t wirelen, long *rule)
{
	*rule = kefir_native_classify(r->nat, pkt, caplen, wirelen);
	return EXIT_OK;
}

static void native_close(struct run *r)
{
	kefir_native_free(r->nat);
}

/* Writes the bpf-c rendering of @r's ruleset to @path. */
static int write_bpf_c(struct run *r, const char *path)
{
	char *text = NULL;
	size_t len;
	FILE *f = NULL;
	int err = kefir_ruleset_emit(r->rs, "bpf-c", NULL, &text, &len, r->diag);

	if (!err && !(f = fopen(path, "w")))
		err = -errno;
	if (f && fwrite(text, 1, len, f) != len)
		err = -EIO;
	if (f && fclose(f) && !err)
		err = -errno;
	free(text);
	return err;
}

static int bpf_open(struct run *r)
{
	char c[64], obj[64];
	int err, code = make_dir(r);

	if (code)
		return code;
	r->seen = calloc(r->n_rules + 1, sizeof(*r->seen));
	r->now = calloc(r->n_rules + 1, sizeof(*r->now));
	err = r->seen && r->now ? 0 : -ENOMEM;
	if (!err)
		err = write_bpf_c(r, tmp_path(r, "filter.c", c));
	if (!err)
		err = kefir_bpf_compile(c, tmp_path(r, "filter.o", obj), NULL,
					r->diag);
	if (!err)
		err = kefir_prog_load(obj, &r->prog, r->diag);
	unlink(c);
	unlink(obj);
	if (err == -EPERM || err == -EACCES) {
		fprintf(stderr, "kefirc run: the bpf engine needs bpf(), which "
			"the kernel refused (%s): run as root, or use --engine "
			"interp, native or cbpf\n", strerror(-err));
		return EXIT_IO;
	}
	return err ? lib_failure(r, "the bpf engine", err) : EXIT_OK;
}

/* Runs the packet; the rule is the counter that moved. */
static int bpf_classify(struct run *r, const uint8_t *pkt, size_t caplen,
			size_t wirelen, long *rule)
{
	uint32_t retval;
	size_t i;
	int err;

	(void)wirelen;
	if (caplen < ETH_HLEN) {
		fprintf(stderr, "kefirc run: the bpf engine cannot run a %zu-byte "
			"packet: BPF_PROG_TEST_RUN refuses frames shorter than "
			"%d bytes\n", caplen, ETH_HLEN);
		return EXIT_IO;
	}
	err = kefir_prog_test_run(r->prog, pkt, caplen, &retval);
	if (!err)
		err = kefir_prog_read_counters(r->prog, r->now, r->n_rules + 1);
	if (err)
		return lib_failure(r, "the bpf engine", err);
	for (i = 0; i <= r->n_rules; i++)
		if (r->now[i].packets != r->seen[i].packets)
			break;
	memcpy(r->seen, r->now, (r->n_rules + 1) * sizeof(*r->seen));
	*rule = i < r->n_rules ? (long)i : -1;
	return EXIT_OK;
}

static void bpf_close(struct run *r)
{
	kefir_prog_free(r->prog);
	free(r->seen);
	free(r->now);
}

/* The program returns the deciding rule + 1, 0 for the default; the
 * library refuses the rulesets classic BPF cannot express. */
static int cbpf_open(struct run *r)
{
	KEFIR_OPTS_INIT(kefir_emit_opts, eo, .flags = KEFIR_EMIT_CBPF_RULE_INDEX);
	int err = kefir_ruleset_to_cbpf(r->rs, &eo, &r->cbpf, &r->n_cbpf,
					r->diag);

	if (err == -EINVAL) {
		fputs(kefir_diag_text(r->diag), stderr);
		fprintf(stderr, "kefirc run: classic BPF cannot express this "
			"ruleset: use --engine interp, native or bpf\n");
		return EXIT_REJECTED;
	}
	return err ? lib_failure(r, "the cbpf engine", err) : EXIT_OK;
}

/*
 * Runs the packet as a socket filter sees it: the captured bytes, whose
 * number is also the length the program's length tests read (libpcap would
 * give them the wire length, and a read past a short capture would end the
 * program with 0 before the rule it is in could fail).
 */
static int cbpf_classify(struct run *r, const uint8_t *pkt, size_t caplen,
			 size_t wirelen, long *rule)
{
	u_int ret = bpf_filter((const struct bpf_insn *)r->cbpf, pkt,
			       (u_int)caplen, (u_int)caplen);

	(void)wirelen;
	if (ret > r->n_rules) {
		fprintf(stderr, "kefirc run: internal error: the cbpf program "
			"returned %u for a ruleset of %zu rules\n", ret,
			r->n_rules);
		return EXIT_IO;
	}
	*rule = (long)ret - 1;
	return EXIT_OK;
}

static void cbpf_close(struct run *r)
{
	free(r->cbpf);
}

static const struct engine engines[] = {
	{ "interp", NULL, interp_classify, NULL },
	{ "native", native_open, native_classify, native_close },
	{ "bpf", bpf_open, bpf_classify, bpf_close },
	{ "cbpf", cbpf_open, cbpf_classify, cbpf_close },
};

static const struct engine *engine_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(engines) / sizeof(engines[0]); i++)
		if (!strcmp(engines[i].name, name))
			return &engines[i];
	return NULL;
}

/* ------------------------------------------------------------------------ */
/* The run                                                                  */
/* ------------------------------------------------------------------------ */

static void print_counts(const struct run *r)
{
	const char *text;
	size_t i;

	printf("%10s %12s  %-7s %-10s %s\n", "pkts", "bytes", "rule",
	       "action", "source");
	for (i = 0; i <= r->n_rules; i++) {
		text = kefir_ruleset_rule_text(r->rs, i, NULL, NULL);
		printf("%10" PRIu64 " %12" PRIu64 "  ", r->packets[i],
		       r->bytes[i]);
		if (i < r->n_rules)
			printf("%-7zu ", i);
		else
			printf("%-7s ", "default");
		printf("%-10s %s\n", kefir_ruleset_action_name(r->rs, i),
		       text && *text ? text : "(default action)");
	}
}

static void progress(uint64_t n, bool done)
{
	if (done)
		fprintf(stderr, "\r%40s\r", "");
	else
		fprintf(stderr, "\rkefirc run: %" PRIu64 " packets", n);
}

/* Classifies every packet of @p; returns an exit code. */
static int run_packets(struct run *r, const struct engine *e, pcap_t *p)
{
	bool tty = isatty(STDERR_FILENO);
	struct pcap_pkthdr *h;
	const uint8_t *data;
	uint64_t n = 0;
	size_t slot;
	long rule;
	int rc, code = EXIT_OK;

	while (!code && (rc = pcap_next_ex(p, &h, &data)) == 1) {
		code = e->classify(r, data, h->caplen, h->len, &rule);
		if (code)
			break;
		slot = rule < 0 ? r->n_rules : (size_t)rule;
		r->packets[slot]++;
		r->bytes[slot] += h->len > h->caplen ? h->len : h->caplen;
		if (r->o->verdicts)
			printf("%" PRIu64 " %ld %s\n", n, rule,
			       kefir_ruleset_action_name(r->rs, slot));
		if (tty && ++n % PROGRESS_EVERY == 0)
			progress(n, false);
		else if (!tty)
			n++;
	}
	if (tty && n >= PROGRESS_EVERY)
		progress(n, true);
	if (!code && rc == PCAP_ERROR) {
		fprintf(stderr, "kefirc run: %s: %s\n", r->o->pcap, pcap_geterr(p));
		code = EXIT_IO;
	}
	return code;
}

static int run_pcap(struct run *r, const struct engine *e)
{
	char errbuf[PCAP_ERRBUF_SIZE];
	pcap_t *p = pcap_open_offline(r->o->pcap, errbuf);
	int code;

	if (!p) {
		fprintf(stderr, "kefirc run: %s\n", errbuf);
		return EXIT_IO;
	}
	code = e->open ? e->open(r) : EXIT_OK;
	if (!code)
		code = run_packets(r, e, p);
	if (!code && !r->o->verdicts)
		print_counts(r);
	if (e->close)
		e->close(r);
	if (r->dir[0])
		rmdir(r->dir);
	pcap_close(p);
	return code;
}

static char *read_rules(const struct run_opts *o, size_t *len)
{
	FILE *f;
	char *text;

	if (o->expr) {
		*len = strlen(o->expr);
		return strdup(o->expr);
	}
	if (!o->input || !strcmp(o->input, "-"))
		return read_stream(stdin, len);
	if (!(f = fopen(o->input, "rb")))
		return NULL;
	text = read_stream(f, len);
	fclose(f);
	return text;
}

static int parse_rules(struct run *r)
{
	KEFIR_OPTS_INIT(kefir_parse_opts, popts, .chain = r->o->chain,
			.flags = r->o->parse_flags,
			.in_interface = r->o->in_interface);
	const char *name = r->o->expr ? "<command line>" :
			   r->o->input ? r->o->input : "<stdin>";
	size_t len;
	char *text = read_rules(r->o, &len);
	int err;

	if (!text) {
		fprintf(stderr, "kefirc run: cannot read '%s': %s\n", name,
			strerror(errno));
		return EXIT_IO;
	}
	err = kefir_ruleset_parse(r->o->from, text, len, name, &popts, &r->rs,
				  r->diag);
	free(text);
	if (err == -ENOENT) {
		fprintf(stderr, "kefirc run: unknown input syntax '%s' (see "
			"kefirc --list)\n", r->o->from);
		return EXIT_USAGE;
	}
	if (err)
		return lib_failure(r, name, err);
	fputs(kefir_diag_text(r->diag), stderr);
	kefir_diag_clear(r->diag);
	r->n_rules = kefir_ruleset_n_rules(r->rs);
	r->packets = calloc(r->n_rules + 1, sizeof(*r->packets));
	r->bytes = calloc(r->n_rules + 1, sizeof(*r->bytes));
	if (!r->packets || !r->bytes) {
		fprintf(stderr, "kefirc run: out of memory\n");
		return EXIT_IO;
	}
	return EXIT_OK;
}

enum { OPT_PCAP = 256, OPT_ENGINE, OPT_VERDICTS, OPT_CHAIN, OPT_APPROX,
       OPT_IN_IFACE };

/* Fills @o from argv; returns -1 to go on, or an exit code. */
static int parse_run_args(int argc, char **argv, struct run_opts *o)
{
	static const struct option longopts[] = {
		{ "from", required_argument, NULL, 'f' },
		{ "expr", required_argument, NULL, 'e' },
		{ "pcap", required_argument, NULL, OPT_PCAP },
		{ "engine", required_argument, NULL, OPT_ENGINE },
		{ "verdicts", no_argument, NULL, OPT_VERDICTS },
		{ "chain", required_argument, NULL, OPT_CHAIN },
		{ "stateless-approx", no_argument, NULL, OPT_APPROX },
		{ "in-interface", required_argument, NULL, OPT_IN_IFACE },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":f:e:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'f': o->from = optarg; break;
		case 'e': o->expr = optarg; break;
		case OPT_PCAP: o->pcap = optarg; break;
		case OPT_ENGINE: o->engine = optarg; break;
		case OPT_VERDICTS: o->verdicts = true; break;
		case OPT_CHAIN: o->chain = optarg; break;
		case OPT_APPROX: o->parse_flags |= KEFIR_PARSE_STATELESS_APPROX; break;
		case OPT_IN_IFACE: o->in_interface = optarg; break;
		case 'h': printf("%s", run_usage); return EXIT_OK;
		case ':': return run_usage_error("option '%s' needs an argument", argv[optind - 1]);
		default: return run_usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		o->input = argv[optind++];
	if (optind < argc)
		return run_usage_error("unexpected argument '%s'", argv[optind]);
	if (!o->from)
		return run_usage_error("%s", "missing --from SYNTAX");
	if (!o->pcap)
		return run_usage_error("%s", "missing --pcap PCAP");
	if (o->expr && o->input)
		return run_usage_error("give either -e TEXT or FILE, not both ('%s')", o->input);
	if (!engine_find(o->engine))
		return run_usage_error("unknown engine '%s': expected interp, native, bpf or cbpf", o->engine);
	return -1;
}

int kefirc_run(int argc, char **argv)
{
	struct run_opts o = { .engine = "interp" };
	struct run r = { .o = &o };
	int code = parse_run_args(argc, argv, &o);

	if (code >= 0)
		return code;
	r.diag = kefir_diag_new();
	if (!r.diag) {
		fprintf(stderr, "kefirc run: out of memory\n");
		return EXIT_IO;
	}
	code = parse_rules(&r);
	if (!code)
		code = run_pcap(&r, engine_find(o.engine));
	if (fflush(stdout) && !code) {
		fprintf(stderr, "kefirc run: cannot write the output: %s\n",
			strerror(errno));
		code = EXIT_IO;
	}
	free(r.packets);
	free(r.bytes);
	kefir_ruleset_free(r.rs);
	kefir_diag_free(r.diag);
	return code;
}
