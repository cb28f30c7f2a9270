/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * testdata.h - reads the golden test files, tests/data/<syntax>/<case>.t:
 *
 *   # free comment lines before the first section
 *   == input
 *   flow-type tcp4 dst-port 80 action -1
 *   == json
 *   { ... exact output of --to json ... }
 *
 * A section runs from its "== NAME" line to the next one; its body keeps
 * every line with its newline, trailing blank lines removed. Sections used:
 * input (the rules), json (expected JSON), warnings (the expected rendered
 * warnings of a json case), error (expected rendered diagnostics, for
 * rejected input), syntax (overrides the directory name),
 * chain (iptables: the chain to convert, as kefirc's --chain), flags
 * (parse flags: "stateless-approx"), in-interface (iptables: the
 * interface -i is decided with, as kefirc's --in-interface).
 */
#ifndef KEFIR_TESTDATA_H
#define KEFIR_TESTDATA_H

#include <stddef.h>

#include "kefir.h"

struct tsection {
	char *name;
	char *body;
};

struct testcase {
	char *path;		/* as given */
	char *syntax;		/* the syntax section, or the directory name */
	struct tsection *sections;
	size_t n_sections;
};

/* Loads @path into @tc. Returns 0 or -errno. */
int testcase_load(const char *path, struct testcase *tc);
/* The body of section @name, or NULL. */
const char *testcase_section(const struct testcase *tc, const char *name);
void testcase_free(struct testcase *tc);

/*
 * Lists the *.t files of the directories below @dir (one level:
 * dir/<syntax>/<case>.t), sorted. Returns a NULL-terminated array of paths to
 * free with testdata_list_free(), or NULL when @dir cannot be read.
 */
char **testdata_list(const char *dir, size_t *n);
void testdata_list_free(char **list);

/*
 * The parse options a case's sections give: chain (--chain), flags
 * ("stateless-approx"), in-interface (--in-interface).
 */
struct case_opts {
	struct kefir_parse_opts opts;
	char *chain, *iface;	/* first lines of their sections, or NULL */
};

/* Fills @co from @tc. 0 or -ENOMEM; free with case_opts_free(). */
int case_opts_get(struct case_opts *co, const struct testcase *tc);
void case_opts_free(struct case_opts *co);

/* The directory of the golden data: $top_srcdir/tests/data, or tests/data. */
const char *testdata_dir(void);

/* Writes @len bytes of @data to the file @path. 0 or -errno. */
int testdata_write(const char *path, const char *data, size_t len);

#endif
