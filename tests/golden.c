/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * golden.c - runs every golden case, tests/data/<syntax>/<case>.t (see
 * testdata.h), as one CUnit test named after its path below tests/data.
 *
 * The "input" section is parsed with the case's syntax, as "<input>". With a
 * "json" section, parsing must succeed, the JSON back-end must write exactly
 * that section, and reading that JSON back and writing it again must give
 * the same bytes; a "warnings" section, when there is one, holds the exact
 * rendered warnings of that conversion. With an "error" section, parsing must fail with -EINVAL
 * and the rendered messages must be exactly that section. Outputs are
 * compared after the trimming of trailing blanks the file format applies.
 *
 * KEFIR_GOLDEN_UPDATE=1 rewrites each case's json or error section with
 * what the code does now, leaving the rest of the file byte-identical, so a
 * new case can be written as an input alone, generated, then reviewed.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/Basic.h>

#include "kefir.h"
#include "testdata.h"

#define DIFF_CONTEXT 2

/* What a conversion did. */
struct result {
	int parse_err;		/* kefir_ruleset_parse()'s return */
	int emit_err;		/* kefir_ruleset_emit()'s, when parsing worked */
	char *json;		/* the JSON written, or NULL */
	char *messages;		/* the rendered diagnostics, "" when none */
};

static const char *data_dir;
static bool update_mode;

/* A copy of @s as the file format would keep it: trailing blanks removed,
 * one final newline. */
static char *trimmed(const char *s)
{
	size_t n = strlen(s);
	char *out = malloc(n + 2);

	if (!out)
		return NULL;
	while (n > 0 && strchr(" \t\n", s[n - 1]))
		n--;
	memcpy(out, s, n);
	if (n > 0)
		out[n++] = '\n';
	out[n] = '\0';
	return out;
}

/*
 * Parses @input as @syntax (named @filename, with the parse options @opts,
 * NULL for none) and writes it as JSON.
 */
static void convert(const char *syntax, const struct kefir_parse_opts *opts,
		    const char *input, const char *filename,
		    struct result *res)
{
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_ruleset *rs = NULL;
	char *json = NULL;

	memset(res, 0, sizeof(*res));
	res->parse_err = kefir_ruleset_parse(syntax, input, strlen(input),
					     filename, opts, &rs, diag);
	if (!res->parse_err)
		res->emit_err = kefir_ruleset_emit(rs, "json", NULL, &json,
						   NULL, diag);
	if (json)
		res->json = trimmed(json);
	res->messages = trimmed(diag ? kefir_diag_text(diag) : "");
	free(json);
	kefir_ruleset_free(rs);
	kefir_diag_free(diag);
}

static void result_free(struct result *res)
{
	free(res->json);
	free(res->messages);
}

/* Splits @text into lines (each ends at its newline); returns the count. */
static size_t split_lines(const char *text, const char ***lines)
{
	size_t n = 0, i;
	const char *p;

	for (p = text; *p; n++)
		p += strcspn(p, "\n") + (p[strcspn(p, "\n")] == '\n');
	*lines = calloc(n + 1, sizeof(**lines));
	if (!*lines)
		return 0;
	for (p = text, i = 0; i < n; i++) {
		(*lines)[i] = p;
		p += strcspn(p, "\n") + (p[strcspn(p, "\n")] == '\n');
	}
	return n;
}

static bool line_eq(const char *a, const char *b)
{
	size_t la = strcspn(a, "\n"), lb = strcspn(b, "\n");

	return la == lb && !memcmp(a, b, la);
}

static void print_line(char mark, const char *line)
{
	printf("%c%.*s\n", mark, (int)strcspn(line, "\n"), line);
}

/* One line of a diff: ' ' (in both), '-' (expected only), '+' (got only). */
struct diff_op {
	char mark;
	const char *line;
	size_t line_no;		/* in the expected text, 1-based */
};

#define DIFF_MAX_CELLS (4u << 20)	/* bigger texts are shown whole */

static unsigned int max_u(unsigned int a, unsigned int b)
{
	return a > b ? a : b;
}

static struct diff_op op(char mark, const char *line, size_t i)
{
	return (struct diff_op){ .mark = mark, .line = line, .line_no = i + 1 };
}

/* The longest common subsequence of lines, as a list of diff_ops. */
static size_t diff_lines(const char **e, size_t ne, const char **g, size_t ng,
			 struct diff_op *ops)
{
	unsigned int *lcs = calloc((ne + 1) * (ng + 1), sizeof(*lcs));
	size_t i, j, n, w = ng + 1;

	if (!lcs)
		return 0;
	for (i = ne; i-- > 0;)
		for (j = ng; j-- > 0;)
			lcs[i * w + j] = line_eq(e[i], g[j]) ?
				lcs[(i + 1) * w + j + 1] + 1 :
				max_u(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
	for (i = 0, j = 0, n = 0; i < ne || j < ng; n++) {
		if (i < ne && j < ng && line_eq(e[i], g[j])) {
			ops[n] = op(' ', e[i], i);
			i++;
			j++;
		} else if (i < ne && (j == ng || lcs[(i + 1) * w + j] >=
						 lcs[i * w + j + 1])) {
			ops[n] = op('-', e[i], i);
			i++;
		} else {
			ops[n] = op('+', g[j], i);
			j++;
		}
	}
	free(lcs);
	return n;
}

/* True if a change is within DIFF_CONTEXT ops of ops[k]. */
static bool near_change(const struct diff_op *ops, size_t n, size_t k)
{
	size_t lo = k > DIFF_CONTEXT ? k - DIFF_CONTEXT : 0, i;

	for (i = lo; i < n && i <= k + DIFF_CONTEXT; i++)
		if (ops[i].mark != ' ')
			return true;
	return false;
}

/* Prints how @got differs from @expected, as unified-diff hunks. */
static void print_diff(const char *name, const char *section,
		       const char *expected, const char *got)
{
	const char **e, **g;
	size_t ne = split_lines(expected, &e), ng = split_lines(got, &g);
	struct diff_op *ops = calloc(ne + ng + 1, sizeof(*ops));
	size_t n = 0, k;
	bool shown = false;

	printf("--- expected (%s, section %s)\n+++ got\n", name, section);
	if (ops && (ne + 1) * (ng + 1) <= DIFF_MAX_CELLS)
		n = diff_lines(e, ne, g, ng, ops);
	for (k = 0; !n && k < ne; k++)
		print_line('-', e[k]);
	for (k = 0; !n && k < ng; k++)
		print_line('+', g[k]);
	for (k = 0; k < n; k++) {
		if (!near_change(ops, n, k)) {
			shown = false;
			continue;
		}
		if (!shown)
			printf("@@ section line %zu @@\n", ops[k].line_no);
		shown = true;
		print_line(ops[k].mark, ops[k].line);
	}
	free(ops);
	free(e);
	free(g);
}

/* Records a failure of case @name; @why must outlive the run. */
static void fail(const char *name, const char *why)
{
	printf("\n%s: %s\n", name, why);
	CU_assertImplementation(CU_FALSE, 0, why, name, "", CU_FALSE);
}

static void show(const char *title, const char *text)
{
	printf("%s:\n%s", title, text && *text ? text : "(nothing)\n");
}

/* Compares one output; prints the difference and fails when they differ. */
static void compare(const char *name, const char *section,
		    const char *expected, const char *got, const char *why)
{
	if (!strcmp(expected, got)) {
		CU_PASS("output matches");
		return;
	}
	fail(name, why);
	print_diff(name, section, expected, got);
}

/* JSON -> parse -> JSON must give the same bytes. */
static void check_round_trip(const char *name, const char *json)
{
	struct result again;

	convert("json", NULL, json, "<json>", &again);
	if (again.parse_err || again.emit_err) {
		fail(name, "the JSON written does not read back");
		show("messages", again.messages);
	} else {
		compare(name, "json (read back and written again)", json,
			again.json, "JSON round trip is not byte-identical");
	}
	result_free(&again);
}

static void check_json(const char *name, const char *expected,
		       const struct result *res)
{
	if (res->parse_err || res->emit_err || !res->json) {
		fail(name, "conversion failed, expected JSON");
		printf("parse returned %d, emit %d\n", res->parse_err,
		       res->emit_err);
		show("messages", res->messages);
		return;
	}
	compare(name, "json", expected, res->json, "JSON output differs");
	check_round_trip(name, res->json);
}

static void check_error(const char *name, const char *expected,
			const struct result *res)
{
	if (res->parse_err != -EINVAL) {
		fail(name, "input was not rejected with -EINVAL");
		printf("parse returned %d (%s)\n", res->parse_err,
		       strerror(-res->parse_err));
		show("messages", res->messages);
		if (res->json)
			show("JSON written", res->json);
		return;
	}
	compare(name, "error", expected, res->messages, "error text differs");
}

static char *read_whole(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	long size;

	if (!f)
		return NULL;
	if (!fseek(f, 0, SEEK_END) && (size = ftell(f)) >= 0 &&
	    !fseek(f, 0, SEEK_SET) && (data = malloc((size_t)size + 1))) {
		if (fread(data, 1, (size_t)size, f) == (size_t)size) {
			data[size] = '\0';
		} else {
			free(data);
			data = NULL;
		}
	}
	fclose(f);
	return data;
}

/* The start of the line after the one at @p. */
static char *next_line(char *p)
{
	p += strcspn(p, "\n");
	return *p ? p + 1 : p;
}

/* The "== NAME" line of section @name in @text, or NULL. */
static char *find_header(char *text, const char *name)
{
	size_t n = strlen(name);
	char *p;

	for (p = text; *p; p = next_line(p))
		if (!strncmp(p, "== ", 3) && !strncmp(p + 3, name, n) &&
		    (p[3 + n] == '\n' || p[3 + n] == '\0'))
			return p;
	return NULL;
}

/* The end of a section body starting at @body: the next header or EOF. */
static char *section_end(char *body)
{
	while (*body && strncmp(body, "== ", 3))
		body = next_line(body);
	return body;
}

/* The end of the last non-blank line of the body [body, end). */
static char *content_end(char *body, char *end)
{
	char *p = end;

	while (p > body && strchr(" \t\n", p[-1]))
		p--;
	return p == body ? body : next_line(p);
}

/* Writes @parts into @path through a temporary file. 0 or -1. */
static int write_file(const char *path, const char *const *parts, size_t n)
{
	char tmp[4200];
	bool ok = true;
	size_t i;
	FILE *f;

	snprintf(tmp, sizeof(tmp), "%s.new", path);
	f = fopen(tmp, "wb");
	if (!f)
		return -1;
	for (i = 0; i < n; i++)
		ok = ok && fputs(parts[i], f) != EOF;
	ok = !fclose(f) && ok;
	if (!ok || rename(tmp, path)) {
		remove(tmp);
		return -1;
	}
	return 0;
}

/*
 * Replaces section @old of @path (its header and its body, keeping the
 * blank lines after it) by section @name holding @body; appends the new
 * section when @old is NULL. 0 or -1.
 */
static int rewrite_section(const char *path, const char *old,
			   const char *name, const char *body)
{
	char *text = read_whole(path), *header, *start;
	const char *parts[4];
	char head[32];
	int err;

	if (!text)
		return -1;
	snprintf(head, sizeof(head), "== %s\n", name);
	header = old ? find_header(text, old) : NULL;
	if (header) {
		start = next_line(header);
		parts[3] = content_end(start, section_end(start));
		*header = '\0';
		parts[0] = text;
		parts[1] = head;
		parts[2] = body;
	} else {
		parts[0] = text;
		parts[1] = *text && text[strlen(text) - 1] != '\n' ? "\n" : "";
		parts[2] = head;
		parts[3] = body;
	}
	err = write_file(path, parts, 4);
	free(text);
	return err;
}

/* Rewrites the warnings section, when the case has one. */
static void update_warnings(const char *name, const char *path,
			    const struct testcase *tc,
			    const struct result *res)
{
	const char *now = testcase_section(tc, "warnings");

	if (!now || !strcmp(now, res->messages))
		return;
	if (rewrite_section(path, "warnings", "warnings", res->messages))
		fail(name, "cannot rewrite the case file");
	else
		printf("\nupdated %s (warnings)\n", path);
}

static void update(const char *name, const char *path,
		   const struct testcase *tc, const struct result *res)
{
	const char *old = testcase_section(tc, "json") ? "json" :
			  testcase_section(tc, "error") ? "error" : NULL;
	bool ok = !res->parse_err && !res->emit_err && res->json;
	const char *body = ok ? res->json : res->messages;
	const char *now = testcase_section(tc, ok ? "json" : "error");

	if (ok)
		update_warnings(name, path, tc, res);
	if (now && !strcmp(now, body))
		return;
	if (rewrite_section(path, old, ok ? "json" : "error", body))
		fail(name, "cannot rewrite the case file");
	else
		printf("\nupdated %s (%s)\n", path, ok ? "json" : "error");
}

/* The one test function: finds its case from the current test's name. */
static void run_case(void)
{
	const char *name = CU_get_current_test()->pName;
	const char *input, *json, *error, *warnings;
	struct testcase tc;
	struct result res;
	struct case_opts co;
	char path[4096];

	snprintf(path, sizeof(path), "%s/%s", data_dir, name);
	if (testcase_load(path, &tc)) {
		fail(name, "cannot read the case file");
		return;
	}
	input = testcase_section(&tc, "input");
	json = testcase_section(&tc, "json");
	error = testcase_section(&tc, "error");
	if (!input || (json && error) || (!update_mode && !json && !error)) {
		fail(name, "a case needs an input and one json or error section");
		testcase_free(&tc);
		return;
	}
	if (case_opts_get(&co, &tc)) {
		fail(name, "out of memory");
		testcase_free(&tc);
		return;
	}
	convert(tc.syntax, &co.opts, input, "<input>", &res);
	case_opts_free(&co);
	if (update_mode)
		update(name, path, &tc, &res);
	else if (json)
		check_json(name, json, &res);
	else
		check_error(name, error, &res);
	warnings = testcase_section(&tc, "warnings");
	if (!update_mode && json && warnings)
		compare(name, "warnings", warnings, res.messages,
			"warnings differ");
	if (update_mode && res.json)
		check_round_trip(name, res.json);
	result_free(&res);
	testcase_free(&tc);
}

static int register_cases(char **paths, size_t n)
{
	CU_pSuite suite = CU_add_suite("golden", NULL, NULL);
	size_t i, skip = strlen(data_dir) + 1;

	if (!suite)
		return -1;
	for (i = 0; i < n; i++)
		if (!CU_add_test(suite, paths[i] + skip, run_case))
			return -1;
	return 0;
}

int main(void)
{
	const char *env = getenv("KEFIR_GOLDEN_UPDATE");
	unsigned int failures;
	char **paths;
	size_t n;

	data_dir = testdata_dir();
	update_mode = env && *env && strcmp(env, "0");
	paths = testdata_list(data_dir, &n);
	if (!paths || !n) {
		fprintf(stderr, "golden: no cases found in %s (set top_srcdir)\n",
			data_dir);
		testdata_list_free(paths);
		return 2;
	}
	if (CU_initialize_registry() != CUE_SUCCESS || register_cases(paths, n)) {
		fprintf(stderr, "golden: %s\n", CU_get_error_msg());
		testdata_list_free(paths);
		CU_cleanup_registry();
		return 2;
	}
	CU_basic_set_mode(CU_BRM_VERBOSE);
	CU_basic_run_tests();
	failures = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
	CU_cleanup_registry();
	testdata_list_free(paths);
	return failures ? 1 : 0;
}
