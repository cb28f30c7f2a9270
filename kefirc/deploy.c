/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * deploy.c - kefirc's subcommands that put programs on interfaces:
 * load (convert, compile, attach), replace (the same, switched in
 * atomically), stats (per-rule counters next to the rules) and unload.
 * Each reads its options, calls libkefir and maps the result to an exit
 * code: 0 ok, 1 input rejected, 2 usage, 3 toolchain, kernel or interface
 * failure (including a foreign program in the way).
 */
#include "config.h"

#include <errno.h>
#include <stdbool.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kefir.h"
#include "kefirc.h"

enum command { CMD_LOAD, CMD_REPLACE, CMD_STATS, CMD_UNLOAD, CMD_MAX };

static const char *const command_names[CMD_MAX] = {
	"load", "replace", "stats", "unload",
};

struct deploy_options {
	enum command cmd;
	const char *dev;
	const char *from;
	const char *input;
	bool hook_given;
	bool json;
	bool verbose;
	struct kefir_attach_opts attach;
};

static const char deploy_usage[] =
	"usage: kefirc load|replace --dev IF [--hook xdp|tc] [--mode native|generic|offload]\n"
	"                           [--direction ingress|egress] [--force] [--verbose]\n"
	"                           --from SYNTAX FILE\n"
	"       kefirc stats --dev IF [--hook xdp|tc] [--direction ingress|egress] [--json]\n"
	"       kefirc unload --dev IF [--hook xdp|tc] [--direction ingress|egress] [--force]\n";

static const char deploy_help[] =
	"Put a ruleset on a network interface, watch its counters, take it off.\n"
	"\n"
	"  load        convert FILE, compile it and attach it to IF\n"
	"  replace     the same, in place of the kefir program already there,\n"
	"              in one atomic switch; prints the old program's counters\n"
	"  stats       each rule's packets and bytes, with its source line\n"
	"  unload      detach the kefir program and remove its pins\n"
	"\n"
	"  -d, --dev IF          the network interface\n"
	"      --hook HOOK       xdp (default for load) or tc\n"
	"      --mode MODE       xdp: native (default), generic or offload\n"
	"      --direction DIR   tc: ingress (default) or egress\n"
	"  -f, --from SYNTAX     input syntax of FILE (see kefirc --list)\n"
	"      --json            stats: print JSON\n"
	"      --force           replace or detach a program kefir did not attach\n"
	"  -v, --verbose         the whole verifier log when the kernel refuses\n"
	"\n"
	"Programs are pinned under /sys/fs/bpf/kefir/IF/ ($KEFIR_PIN_ROOT).\n"
	"Exit status: 0 done, 1 input rejected, 2 usage error, 3 toolchain,\n"
	"kernel or interface failure (a foreign program in the way included).\n";

static int deploy_usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "kefirc: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n%s", deploy_usage);
	return EXIT_USAGE;
}

/* Sets *@out to the index of @arg in @names; usage error otherwise. */
static int pick(const char *what, const char *arg, const char *const *names,
		int n, int *out)
{
	int i;

	for (i = 0; i < n; i++)
		if (!strcmp(arg, names[i])) {
			*out = i;
			return EXIT_OK;
		}
	fprintf(stderr, "kefirc: unknown %s '%s'\n%s", what, arg, deploy_usage);
	return EXIT_USAGE;
}

static int set_choice(int opt, const char *arg, struct deploy_options *o)
{
	static const char *const hooks[] = { "xdp", "tc" };
	static const char *const modes[] = { "native", "generic", "offload" };
	static const char *const directions[] = { "ingress", "egress" };
	int v = 0, code;

	if (opt == 'H') {
		code = pick("hook", arg, hooks, 2, &v);
		o->attach.hook = (enum kefir_hook)v;
		o->hook_given = true;
	} else if (opt == 'M') {
		code = pick("mode", arg, modes, 3, &v);
		o->attach.mode = (enum kefir_xdp_mode)v;
	} else {
		code = pick("direction", arg, directions, 2, &v);
		o->attach.direction = (enum kefir_tc_direction)v;
	}
	return code;
}

/* What each command needs, once the options are read. */
static int check_args(struct deploy_options *o)
{
	bool builds = o->cmd == CMD_LOAD || o->cmd == CMD_REPLACE;

	if (!o->dev)
		return deploy_usage_error("%s", "missing --dev IF");
	if (builds && !o->from)
		return deploy_usage_error("%s", "missing --from SYNTAX (see kefirc --list)");
	if (builds && !o->input)
		return deploy_usage_error("%s", "missing the rules FILE");
	if (!builds && (o->from || o->input))
		return deploy_usage_error("%s takes no rules", command_names[o->cmd]);
	if (o->json && o->cmd != CMD_STATS)
		return deploy_usage_error("%s", "--json goes with stats");
	if (!builds && !o->hook_given)
		o->attach.flags |= KEFIR_ATTACH_ANY_HOOK;
	return -1;
}

/* Fills @o from argv; returns -1 to go on, or an exit code to stop with. */
static int parse_deploy_args(int argc, char **argv, struct deploy_options *o)
{
	static const struct option longopts[] = {
		{ "dev", required_argument, NULL, 'd' },
		{ "from", required_argument, NULL, 'f' },
		{ "hook", required_argument, NULL, 'H' },
		{ "mode", required_argument, NULL, 'M' },
		{ "direction", required_argument, NULL, 'D' },
		{ "json", no_argument, NULL, 'j' },
		{ "force", no_argument, NULL, 'F' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c, code;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":d:f:vh", longopts, NULL)) != -1) {
		switch (c) {
		case 'd': o->dev = optarg; break;
		case 'f': o->from = optarg; break;
		case 'j': o->json = true; break;
		case 'F': o->attach.flags |= KEFIR_ATTACH_FORCE; break;
		case 'v': o->verbose = true; break;
		case 'H': case 'M': case 'D':
			if ((code = set_choice(c, optarg, o)))
				return code;
			break;
		case 'h': printf("%s\n%s", deploy_usage, deploy_help); return EXIT_OK;
		case ':': return deploy_usage_error("option '%s' needs an argument", argv[optind - 1]);
		default: return deploy_usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		o->input = argv[optind++];
	if (optind < argc)
		return deploy_usage_error("unexpected argument '%s'", argv[optind]);
	return check_args(o);
}

/* Prints the messages of @diag and maps a library error to an exit code. */
static int failed(int err, struct kefir_diag *diag)
{
	const char *text = kefir_diag_text(diag);

	fputs(text, stderr);
	if (!*text)
		fprintf(stderr, "kefirc: %s\n", strerror(-err));
	return EXIT_IO;
}

/* Reads and parses the rules FILE of @o. */
static int read_rules(const struct deploy_options *o, struct kefir_ruleset **rs,
		      struct kefir_diag *diag)
{
	/* the program runs on --dev: iptables' -i is decided with it, when
	 * it receives packets there (not at TC egress) */
	bool egress = o->attach.hook == KEFIR_HOOK_TC &&
		      o->attach.direction == KEFIR_TC_EGRESS;
	KEFIR_OPTS_INIT(kefir_parse_opts, popts,
			.in_interface = egress ? NULL : o->dev);
	FILE *f = strcmp(o->input, "-") ? fopen(o->input, "rb") : stdin;
	const char *name = f == stdin ? "<stdin>" : o->input;
	size_t len = 0;
	char *text = f ? read_stream(f, &len) : NULL;
	int err;

	if (f && f != stdin)
		fclose(f);
	if (!text) {
		fprintf(stderr, "kefirc: cannot read '%s': %s\n", name, strerror(errno));
		return EXIT_IO;
	}
	err = kefir_ruleset_parse(o->from, text, len, name, &popts, rs, diag);
	free(text);
	if (err == -ENOENT) {
		fprintf(stderr, "kefirc: unknown input syntax '%s' (see --list)\n", o->from);
		return EXIT_USAGE;
	}
	if (err) {
		fputs(kefir_diag_text(diag), stderr);
		return err == -EINVAL ? EXIT_REJECTED : EXIT_IO;
	}
	return EXIT_OK;
}

/* Prints the counters of @att, as a table or JSON. */
static int print_stats(const struct kefir_attachment *att, unsigned int flags)
{
	char *text;
	size_t len;
	int err = kefir_attachment_stats(att, flags, &text, &len);

	if (err) {
		fprintf(stderr, "kefirc: cannot read the counters of %s: %s\n",
			kefir_attachment_name(att), strerror(-err));
		return EXIT_IO;
	}
	fwrite(text, 1, len, stdout);
	free(text);
	return EXIT_OK;
}

/* Attaches or replaces @prog; for a replacement, shows the old counters. */
static int put_on(const struct deploy_options *o, const struct kefir_prog *prog,
		  const struct kefir_ruleset *rs, struct kefir_diag *diag)
{
	struct kefir_attachment *old = NULL, *now = NULL;
	int err, code = EXIT_OK;

	if (o->cmd == CMD_LOAD)
		err = kefir_prog_attach(prog, rs, o->dev, &o->attach, diag);
	else
		err = kefir_prog_replace(prog, rs, o->dev, &o->attach, &old, diag);
	if (err)
		return failed(err, diag);
	if (!kefir_attachment_open(o->dev, &o->attach, &now, diag))
		printf("%s %zu rule%s from %s on %s\n",
		       o->cmd == CMD_LOAD ? "loaded" : "replaced with",
		       kefir_ruleset_n_rules(rs), kefir_ruleset_n_rules(rs) == 1 ? "" : "s",
		       kefir_ruleset_source(rs), kefir_attachment_name(now));
	if (old) {
		printf("final counters of the replaced program:\n");
		code = print_stats(old, 0);
	}
	kefir_attachment_free(now);
	kefir_attachment_free(old);
	return code;
}

static int cmd_build(const struct deploy_options *o, struct kefir_diag *diag)
{
	KEFIR_OPTS_INIT(kefir_build_opts, bopts, .hook = o->attach.hook,
			.flags = o->verbose ? KEFIR_BUILD_FULL_LOG : 0);
	struct kefir_ruleset *rs = NULL;
	struct kefir_prog *prog = NULL;
	int err, code = read_rules(o, &rs, diag);

	if (code)
		return code;
	if (o->attach.hook == KEFIR_HOOK_XDP && o->attach.mode == KEFIR_XDP_MODE_OFFLOAD)
		bopts.offload_dev = o->dev;
	err = kefir_prog_build(rs, &bopts, &prog, diag);
	code = err ? failed(err, diag) : put_on(o, prog, rs, diag);
	kefir_prog_free(prog);
	kefir_ruleset_free(rs);
	return code;
}

static int cmd_inspect(const struct deploy_options *o, struct kefir_diag *diag)
{
	struct kefir_attachment *att = NULL;
	int err = kefir_attachment_open(o->dev, &o->attach, &att, diag);
	int code;

	if (err)
		return failed(err, diag);
	if (o->cmd == CMD_STATS) {
		code = print_stats(att, o->json ? KEFIR_STATS_JSON : 0);
	} else {
		err = kefir_attachment_detach(att, o->attach.flags, diag);
		code = err ? failed(err, diag) : EXIT_OK;
		if (!err)
			printf("unloaded the kefir program from %s\n",
			       kefir_attachment_name(att));
	}
	kefir_attachment_free(att);
	return code;
}

int deploy_main(int argc, char **argv)
{
	KEFIR_OPTS_INIT(kefir_attach_opts, attach);
	struct deploy_options o = { .attach = attach };
	struct kefir_diag *diag;
	int code, i;

	for (i = 0; i < CMD_MAX; i++)
		if (!strcmp(argv[0], command_names[i]))
			o.cmd = (enum command)i;
	code = parse_deploy_args(argc, argv, &o);
	if (code >= 0)
		return code;
	diag = kefir_diag_new();
	if (!diag) {
		fprintf(stderr, "kefirc: out of memory\n");
		return EXIT_IO;
	}
	if (o.cmd == CMD_LOAD || o.cmd == CMD_REPLACE)
		code = cmd_build(&o, diag);
	else
		code = cmd_inspect(&o, diag);
	kefir_diag_free(diag);
	return code;
}
