/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * kefirc.c - the command-line front of libkefir: reads argv, calls the
 * library, writes the result and turns errors into exit codes. It holds no
 * conversion logic.
 *
 * Exit codes: 0 ok, 1 input rejected, 2 usage, 3 I/O or toolchain failure.
 * Output goes to a temporary file next to the target and is renamed into
 * place only when complete, so a failure never leaves a partial file.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kefir.h"
#include "kefirc.h"

/* The subcommands: "kefirc NAME ..." runs NAME's function on argv[1..]. */
static const struct command {
	const char *name;
	int (*main)(int argc, char **argv);
} commands[] = {
	{ "run", kefirc_run },
	{ "load", deploy_main },
	{ "replace", deploy_main },
	{ "stats", deploy_main },
	{ "unload", deploy_main },
};

struct options {
	const char *from;
	const char *to;
	const char *input;	/* path, "-" for stdin */
	const char *expr;	/* -e: the input text itself */
	const char *output;	/* NULL or "-": stdout */
	const char *chain;
	const char *in_interface;	/* iptables -i: the program's interface */
	unsigned int parse_flags;	/* KEFIR_PARSE_* */
	enum kefir_hook hook;
	const char *format;	/* cbpf: --format */
	uint32_t snaplen;	/* cbpf: --snaplen, 0 = default */
	unsigned int flags;	/* KEFIR_EMIT_*: --linear */
};

static const char usage_text[] =
	"usage: kefirc --from SYNTAX [FILE | - | -e TEXT] --to BACKEND [-o OUT]\n"
	"       kefirc load|replace|stats|unload --dev IF ... (see --help)\n"
	"       kefirc run --from SYNTAX [FILE | -e TEXT] --pcap PCAP [--engine E]\n"
	"       kefirc --list | --help | --version\n";

static const char help_text[] =
	"Convert packet filtering rules into BPF programs and other forms.\n"
	"\n"
	"  -f, --from SYNTAX   input syntax (see --list)\n"
	"  -t, --to BACKEND    output form (see --list), or 'so': the native-c\n"
	"                      form compiled by cc into a shared object (-o)\n"
	"  -e, --expr TEXT     take the rules from TEXT instead of a file\n"
	"  -o, --output FILE   write to FILE (default: standard output); FILE\n"
	"                      is replaced only when the conversion succeeds\n"
	"      --hook HOOK     bpf-c: xdp (default) or tc\n"
	"      --chain NAME    iptables, ip6tables: the built-in chain to convert\n"
	"      --in-interface IF\n"
	"                      iptables, ip6tables: the interface the program\n"
	"                      will run on, which decides the rules' -i\n"
	"      --stateless-approx\n"
	"                      iptables, ip6tables: approximate conntrack/state\n"
	"                      and limit matches (warnings) instead of refusing\n"
	"      --format F      cbpf: asm (tcpdump -d, default), c (-dd),\n"
	"                      decimal (-ddd), bytecode (tc/iptables), raw\n"
	"      --snaplen N     cbpf: what accepting returns (default 262144)\n"
	"      --linear        bpf-c, native-c, so: try the rules one by one,\n"
	"                      without the classification of large rulesets\n"
	"  -l, --list          list the input syntaxes and output forms\n"
	"  -h, --help          show this help\n"
	"  -V, --version       show the version\n"
	"\n"
	"FILE is read whole; '-' or no FILE reads standard input.\n"
	"Commands that put programs on interfaces: kefirc load --help.\n"
	"Counting what each rule matches in a pcap file (engines interp, native,\n"
	"bpf, cbpf): kefirc run --help.\n"
	"Exit status: 0 converted, 1 input rejected (messages point at it),\n"
	"2 usage error, 3 I/O or toolchain failure.\n";

static void list_components(void)
{
	const char *name, *summary;
	size_t i;

	printf("input syntaxes (--from):\n");
	for (i = 0; (name = kefir_frontend_name(i, &summary)); i++)
		printf("  %-10s %s\n", name, summary);
	printf("output forms (--to):\n");
	for (i = 0; (name = kefir_backend_name(i, &summary)); i++)
		printf("  %-10s %s\n", name, summary);
}

static int usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "kefirc: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n%s", usage_text);
	return EXIT_USAGE;
}

static int parse_hook(const char *arg, enum kefir_hook *hook)
{
	if (!strcmp(arg, "xdp"))
		*hook = KEFIR_HOOK_XDP;
	else if (!strcmp(arg, "tc"))
		*hook = KEFIR_HOOK_TC;
	else
		return usage_error("unknown hook '%s': expected xdp or tc", arg);
	return EXIT_OK;
}

enum { OPT_HOOK = 256, OPT_CHAIN, OPT_FORMAT, OPT_SNAPLEN, OPT_APPROX,
       OPT_IN_IFACE, OPT_LINEAR };

static int parse_snaplen(const char *arg, uint32_t *snaplen)
{
	unsigned long n;
	char *end;

	errno = 0;
	n = strtoul(arg, &end, 10);
	if (errno || end == arg || *end || !n || n > UINT32_MAX)
		return usage_error("bad snap length '%s': expected 1 to 4294967295", arg);
	*snaplen = (uint32_t)n;
	return EXIT_OK;
}

/* Fills @o from argv; returns -1 to go on, or an exit code to stop with. */
static int parse_args(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{ "from", required_argument, NULL, 'f' },
		{ "to", required_argument, NULL, 't' },
		{ "expr", required_argument, NULL, 'e' },
		{ "output", required_argument, NULL, 'o' },
		{ "hook", required_argument, NULL, OPT_HOOK },
		{ "chain", required_argument, NULL, OPT_CHAIN },
		{ "stateless-approx", no_argument, NULL, OPT_APPROX },
		{ "in-interface", required_argument, NULL, OPT_IN_IFACE },
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "snaplen", required_argument, NULL, OPT_SNAPLEN },
		{ "linear", no_argument, NULL, OPT_LINEAR },
		{ "list", no_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":f:t:e:o:lhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'f': o->from = optarg; break;
		case 't': o->to = optarg; break;
		case 'e': o->expr = optarg; break;
		case 'o': o->output = optarg; break;
		case OPT_CHAIN: o->chain = optarg; break;
		case OPT_APPROX: o->parse_flags |= KEFIR_PARSE_STATELESS_APPROX; break;
		case OPT_IN_IFACE: o->in_interface = optarg; break;
		case OPT_FORMAT: o->format = optarg; break;
		case OPT_LINEAR: o->flags |= KEFIR_EMIT_LINEAR; break;
		case OPT_SNAPLEN:
			if (parse_snaplen(optarg, &o->snaplen))
				return EXIT_USAGE;
			break;
		case OPT_HOOK:
			if (parse_hook(optarg, &o->hook))
				return EXIT_USAGE;
			break;
		case 'l': list_components(); return EXIT_OK;
		case 'h': printf("%s\n%s", usage_text, help_text); return EXIT_OK;
		case 'V': printf("kefirc %s\n", KEFIR_VERSION); return EXIT_OK;
		case ':': return usage_error("option '%s' needs an argument", argv[optind - 1]);
		default: return usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		o->input = argv[optind++];
	if (optind < argc)
		return usage_error("unexpected argument '%s'", argv[optind]);
	if (!o->from)
		return usage_error("%s", "missing --from SYNTAX (see --list)");
	if (!o->to)
		return usage_error("%s", "missing --to BACKEND (see --list)");
	if (o->expr && o->input)
		return usage_error("give either -e TEXT or FILE, not both ('%s')", o->input);
	return -1;
}

char *read_stream(FILE *f, size_t *len)
{
	size_t cap = 65536, n = 0, got;
	char *buf = malloc(cap), *p;

	while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			p = realloc(buf, cap * 2);
			if (!p) {
				free(buf);
				return NULL;
			}
			buf = p;
			cap *= 2;
		}
	}
	if (buf && ferror(f)) {
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

static char *read_input(const struct options *o, size_t *len)
{
	FILE *f;
	char *text;

	if (o->expr) {
		*len = strlen(o->expr);
		return strdup(o->expr);
	}
	if (!o->input || !strcmp(o->input, "-"))
		return read_stream(stdin, len);
	f = fopen(o->input, "rb");
	if (!f)
		return NULL;
	text = read_stream(f, len);
	fclose(f);
	return text;
}

static const char *input_name(const struct options *o)
{
	if (o->expr)
		return "<command line>";
	if (!o->input || !strcmp(o->input, "-"))
		return "<stdin>";
	return o->input;
}

/*
 * Writes @len bytes to @path through a temporary file in the same directory,
 * renamed into place once complete. Returns 0 or -errno.
 */
static int write_atomically(const char *path, const char *data, size_t len)
{
	char *tmp;
	mode_t mask;
	FILE *f;
	int fd, err = 0;

	if (asprintf(&tmp, "%s.XXXXXX", path) < 0)
		return -ENOMEM;
	fd = mkstemp(tmp);
	if (fd < 0) {
		err = -errno;
		free(tmp);
		return err;
	}
	mask = umask(0);
	umask(mask);
	f = fdopen(fd, "wb");
	if (!f) {
		err = -errno;
		close(fd);
		goto out;
	}
	if (fchmod(fd, 0666 & ~mask) || fwrite(data, 1, len, f) != len)
		err = -errno;
	if (fclose(f) && !err)
		err = -errno;
	if (!err && rename(tmp, path))
		err = -errno;
out:
	if (err)
		unlink(tmp);
	free(tmp);
	return err;
}

static int write_output(const struct options *o, const char *data, size_t len)
{
	int err;

	if (!o->output || !strcmp(o->output, "-")) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout)) {
			fprintf(stderr, "kefirc: cannot write the output: %s\n",
				strerror(errno));
			return EXIT_IO;
		}
		return EXIT_OK;
	}
	err = write_atomically(o->output, data, len);
	if (err) {
		fprintf(stderr, "kefirc: cannot write '%s': %s\n", o->output,
			strerror(-err));
		return EXIT_IO;
	}
	return EXIT_OK;
}

/* Maps a library error to an exit code, printing what the user needs. */
static int report_failure(int err, const struct options *o, const char *what,
			  const char *name, struct kefir_diag *diag)
{
	fputs(kefir_diag_text(diag), stderr);
	if (err == -ENOENT) {
		fprintf(stderr, "kefirc: unknown %s '%s' (see --list)\n", what, name);
		return EXIT_USAGE;
	}
	if (err == -EINVAL)
		return EXIT_REJECTED;
	fprintf(stderr, "kefirc: %s: %s\n", input_name(o), strerror(-err));
	return EXIT_IO;
}

/* --to so: compiles @rs into o->output, through a temporary file. */
static int write_shared_object(const struct options *o,
			       const struct kefir_ruleset *rs,
			       struct kefir_diag *diag)
{
	KEFIR_OPTS_INIT(kefir_native_opts, nopts, .flags = o->flags);
	char *tmp = NULL;
	int fd, err;

	if (!o->output || !strcmp(o->output, "-"))
		return usage_error("%s", "--to so needs -o FILE");
	if (asprintf(&tmp, "%s.XXXXXX", o->output) < 0 ||
	    (fd = mkstemp(tmp)) < 0) {
		fprintf(stderr, "kefirc: cannot write '%s': %s\n", o->output,
			strerror(errno));
		free(tmp);
		return EXIT_IO;
	}
	close(fd);
	err = kefir_native_compile(rs, tmp, &nopts, diag);
	if (!err && rename(tmp, o->output))
		err = -errno;
	if (err)
		unlink(tmp);
	free(tmp);
	fputs(kefir_diag_text(diag), stderr);
	if (err == -ENOENT || err == -EINVAL)
		return EXIT_IO;
	if (err)
		fprintf(stderr, "kefirc: cannot write '%s': %s\n", o->output,
			strerror(-err));
	return err ? EXIT_IO : EXIT_OK;
}

static int convert(const struct options *o, struct kefir_diag *diag)
{
	KEFIR_OPTS_INIT(kefir_parse_opts, popts, .chain = o->chain,
			.flags = o->parse_flags,
			.in_interface = o->in_interface);
	KEFIR_OPTS_INIT(kefir_emit_opts, eopts, .hook = o->hook,
			.snaplen = o->snaplen, .format = o->format,
			.flags = o->flags);
	struct kefir_ruleset *rs = NULL;
	char *text, *out = NULL;
	size_t len, out_len;
	int err, code;

	text = read_input(o, &len);
	if (!text) {
		fprintf(stderr, "kefirc: cannot read '%s': %s\n", input_name(o),
			strerror(errno));
		return EXIT_IO;
	}
	err = kefir_ruleset_parse(o->from, text, len, input_name(o), &popts,
				  &rs, diag);
	if (err) {
		code = report_failure(err, o, "input syntax", o->from, diag);
		goto out;
	}
	if (!strcmp(o->to, "so")) {
		code = write_shared_object(o, rs, diag);
		goto out;
	}
	err = kefir_ruleset_emit(rs, o->to, &eopts, &out, &out_len, diag);
	if (err) {
		code = report_failure(err, o, "output form", o->to, diag);
		goto out;
	}
	fputs(kefir_diag_text(diag), stderr);	/* warnings */
	code = write_output(o, out, out_len);
out:
	free(out);
	kefir_ruleset_free(rs);
	free(text);
	return code;
}

int main(int argc, char **argv)
{
	struct options o = { .hook = KEFIR_HOOK_XDP };
	struct kefir_diag *diag;
	size_t i;
	int code;

	for (i = 0; argc > 1 && i < sizeof(commands) / sizeof(commands[0]); i++)
		if (!strcmp(argv[1], commands[i].name))
			return commands[i].main(argc - 1, argv + 1);
	code = parse_args(argc, argv, &o);
	if (code >= 0)
		return code;
	diag = kefir_diag_new();
	if (!diag) {
		fprintf(stderr, "kefirc: out of memory\n");
		return EXIT_IO;
	}
	code = convert(&o, diag);
	kefir_diag_free(diag);
	return code;
}
