/* SPDX-License-Identifier: BSD-2-Clause */
/* test_diag.c - located messages and their rendering (lib/diag.c). */
#include <stdlib.h>
#include <string.h>

#include "kefir_internal.h"
#include "suites.h"

static const char text[] = "first line\n\tsecond  line\r\nthird";
static const struct kefir_source src = { "rules.txt", text, sizeof(text) - 1 };

static void test_caret_under_token(void)
{
	struct kefir_diag *d = kefir_diag_new();
	struct kefir_loc loc = { .line = 1, .col = 7, .len = 4 };

	CU_ASSERT_EQUAL(diag_error(d, &src, &loc, "expected '%s', got 'line'", "x"),
			-EINVAL);
	CU_ASSERT_STRING_EQUAL(kefir_diag_text(d),
			       "rules.txt:1:7: error: expected 'x', got 'line'\n"
			       "    first line\n"
			       "          ^~~~\n");
	CU_ASSERT_EQUAL(kefir_diag_count(d, KEFIR_SEVERITY_ERROR), 1);
	kefir_diag_free(d);
}

static void test_tabs_and_crlf(void)
{
	struct kefir_diag *d = kefir_diag_new();
	struct kefir_loc loc = { .line = 2, .col = 10, .len = 1 };

	diag_warn(d, &src, &loc, "odd");
	CU_ASSERT_STRING_EQUAL(kefir_diag_text(d),
			       "rules.txt:2:10: warning: odd\n"
			       "    \tsecond  line\n"
			       "    \t        ^\n");
	CU_ASSERT_EQUAL(kefir_diag_count(d, KEFIR_SEVERITY_ERROR), 0);
	CU_ASSERT_EQUAL(kefir_diag_count(d, KEFIR_SEVERITY_WARNING), 1);
	kefir_diag_free(d);
}

static void test_no_location(void)
{
	struct kefir_diag *d = kefir_diag_new();

	diag_error(d, &src, NULL, "empty input");
	diag_error(d, NULL, NULL, "plain");
	CU_ASSERT_STRING_EQUAL(kefir_diag_text(d),
			       "rules.txt: error: empty input\nerror: plain\n");
	kefir_diag_clear(d);
	CU_ASSERT_STRING_EQUAL(kefir_diag_text(d), "");
	kefir_diag_free(d);
}

static void test_last_line_without_newline(void)
{
	char *line = source_line(&src, 3);

	CU_ASSERT_STRING_EQUAL(line, "third");
	free(line);
	CU_ASSERT_PTR_NULL(source_line(&src, 4));
	CU_ASSERT_PTR_NULL(source_line(&src, 0));
}

static void test_rule_error_quotes_rule(void)
{
	struct kefir_ruleset *rs = ruleset_new("r.txt", "test");
	struct kefir_loc loc = { .line = 4, .col = 3 };
	struct kefir_diag *d = kefir_diag_new();

	CU_ASSERT_EQUAL(ruleset_append(rs, rule_new(&loc, "  drop all")), 0);
	diag_rule_error(d, rs, 0, "cannot express action '%s'", "drop");
	CU_ASSERT_STRING_EQUAL(kefir_diag_text(d),
			       "r.txt:4:3: error: cannot express action 'drop'\n"
			       "      drop all\n"
			       "      ^\n");
	kefir_diag_free(d);
	kefir_ruleset_free(rs);
}

int register_diag_suite(void)
{
	static const struct unit_test tests[] = {
		{ "caret under the token", test_caret_under_token },
		{ "tabs keep alignment, CRLF is trimmed", test_tabs_and_crlf },
		{ "messages without a location", test_no_location },
		{ "last line without a newline", test_last_line_without_newline },
		{ "back-end errors quote the rule", test_rule_error_quotes_rule },
	};

	return ADD_SUITE("diag", tests);
}
