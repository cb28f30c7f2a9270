/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_lex.c - the shared tokenizer (frontends/lex.c): token kinds and
 * locations, punctuation, both comment styles, quoted strings, the number
 * parser in each base, and the "expected X, got Y" message.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "frontend.h"
#include "suites.h"

/* A lexer over a string literal, with its own diagnostics. */
struct fixture {
	struct kefir_source src;
	struct lexer lx;
	struct kefir_diag *diag;
};

static void fixture_init(struct fixture *f, const char *text,
			 const struct lexer_opts *opts)
{
	f->src = (struct kefir_source){ "<t>", text, strlen(text) };
	f->diag = kefir_diag_new();
	lex_init(&f->lx, &f->src, opts);
}

static void fixture_free(struct fixture *f)
{
	lex_free(&f->lx);
	kefir_diag_free(f->diag);
}

/* Reads the next token and checks its kind, text, line and column. */
static void expect_token(struct fixture *f, enum tok_kind kind,
			 const char *text, unsigned int line, unsigned int col)
{
	struct token tok;

	CU_ASSERT_EQUAL_FATAL(lex_next(&f->lx, &tok, f->diag), 0);
	CU_ASSERT_EQUAL(tok.kind, kind);
	CU_ASSERT_EQUAL(tok.loc.line, line);
	CU_ASSERT_EQUAL(tok.loc.col, col);
	if (text) {
		CU_ASSERT_EQUAL(tok.len, strlen(text));
		CU_ASSERT_EQUAL(tok.loc.len, strlen(text));
		CU_ASSERT_NSTRING_EQUAL(tok.text, text, strlen(text));
	}
}

static void test_words_and_locations(void)
{
	const struct lexer_opts opts = { .eol = true };
	struct fixture f;

	fixture_init(&f, "flow-type  tcp4\n\tdst-port 80\n", &opts);
	expect_token(&f, TOK_WORD, "flow-type", 1, 1);
	expect_token(&f, TOK_WORD, "tcp4", 1, 12);
	expect_token(&f, TOK_EOL, "\n", 1, 16);
	expect_token(&f, TOK_WORD, "dst-port", 2, 2);	/* a tab is one column */
	expect_token(&f, TOK_WORD, "80", 2, 11);
	expect_token(&f, TOK_EOL, "\n", 2, 13);
	expect_token(&f, TOK_EOF, NULL, 3, 1);
	expect_token(&f, TOK_EOF, NULL, 3, 1);		/* EOF stays EOF */
	fixture_free(&f);
}

static void test_newlines_are_blanks_without_eol(void)
{
	const struct lexer_opts opts = { 0 };
	struct fixture f;

	fixture_init(&f, "a\r\n\n  b", &opts);
	expect_token(&f, TOK_WORD, "a", 1, 1);
	expect_token(&f, TOK_WORD, "b", 3, 3);
	expect_token(&f, TOK_EOF, NULL, 3, 4);
	fixture_free(&f);
}

static void test_punctuation_longest_match(void)
{
	/* listed shortest first on purpose: the longest match must win */
	const struct lexer_opts opts = { .punct = "& && ( ) [ ] : < <= <<" };
	struct fixture f;

	fixture_init(&f, "ip[2:2]&&(len<=64)<<x&y", &opts);
	expect_token(&f, TOK_WORD, "ip", 1, 1);
	expect_token(&f, TOK_PUNCT, "[", 1, 3);
	expect_token(&f, TOK_WORD, "2", 1, 4);
	expect_token(&f, TOK_PUNCT, ":", 1, 5);
	expect_token(&f, TOK_WORD, "2", 1, 6);
	expect_token(&f, TOK_PUNCT, "]", 1, 7);
	expect_token(&f, TOK_PUNCT, "&&", 1, 8);
	expect_token(&f, TOK_PUNCT, "(", 1, 10);
	expect_token(&f, TOK_WORD, "len", 1, 11);
	expect_token(&f, TOK_PUNCT, "<=", 1, 14);
	expect_token(&f, TOK_WORD, "64", 1, 16);
	expect_token(&f, TOK_PUNCT, ")", 1, 18);
	expect_token(&f, TOK_PUNCT, "<<", 1, 19);
	expect_token(&f, TOK_WORD, "x", 1, 21);
	expect_token(&f, TOK_PUNCT, "&", 1, 22);
	expect_token(&f, TOK_WORD, "y", 1, 23);
	expect_token(&f, TOK_EOF, NULL, 1, 24);
	fixture_free(&f);
}

static void test_comments_anywhere(void)
{
	const struct lexer_opts opts = { .hash_comments = true, .eol = true };
	struct fixture f;

	fixture_init(&f, "# head\na b # tail\nc#d\n", &opts);
	expect_token(&f, TOK_EOL, "\n", 1, 7);
	expect_token(&f, TOK_WORD, "a", 2, 1);
	expect_token(&f, TOK_WORD, "b", 2, 3);
	expect_token(&f, TOK_EOL, "\n", 2, 11);
	expect_token(&f, TOK_WORD, "c#d", 3, 1);	/* '#' inside a word */
	expect_token(&f, TOK_EOL, "\n", 3, 4);
	expect_token(&f, TOK_EOF, NULL, 4, 1);
	fixture_free(&f);
}

static void test_comments_at_line_start_only(void)
{
	const struct lexer_opts opts = { .hash_comments = true,
					 .hash_at_line_start = true,
					 .eol = true };
	struct fixture f;

	fixture_init(&f, "  # comment\n-A x # not\n", &opts);
	expect_token(&f, TOK_EOL, "\n", 1, 12);
	expect_token(&f, TOK_WORD, "-A", 2, 1);
	expect_token(&f, TOK_WORD, "x", 2, 4);
	expect_token(&f, TOK_WORD, "#", 2, 6);
	expect_token(&f, TOK_WORD, "not", 2, 8);
	expect_token(&f, TOK_EOL, "\n", 2, 11);
	fixture_free(&f);
}

static void test_no_comments_when_off(void)
{
	const struct lexer_opts opts = { 0 };
	struct fixture f;

	fixture_init(&f, "# x", &opts);
	expect_token(&f, TOK_WORD, "#", 1, 1);
	expect_token(&f, TOK_WORD, "x", 1, 3);
	fixture_free(&f);
}

static void test_quotes_and_escapes(void)
{
	const struct lexer_opts opts = { .double_quotes = true, .eol = true,
					 .hash_comments = true,
					 .hash_at_line_start = true };
	struct fixture f;
	struct token tok;
	char *copy;

	fixture_init(&f, "--comment \"a b\\\"c\\\\d\" 'x y' pre\"# q\"post\n",
		     &opts);
	expect_token(&f, TOK_WORD, "--comment", 1, 1);
	CU_ASSERT_EQUAL_FATAL(lex_next(&f.lx, &tok, f.diag), 0);
	CU_ASSERT_EQUAL(tok.kind, TOK_STRING);
	CU_ASSERT_EQUAL(tok.loc.col, 11);
	CU_ASSERT_EQUAL(tok.len, 11);		/* quotes included */
	CU_ASSERT_STRING_EQUAL(tok.value, "a b\"c\\d");
	CU_ASSERT_FALSE(tok_is(&tok, "a b\"c\\d"));
	copy = tok_strdup(&tok);
	CU_ASSERT_STRING_EQUAL(copy, "a b\"c\\d");
	free(copy);
	/* single quotes are ordinary characters */
	expect_token(&f, TOK_WORD, "'x", 1, 23);
	expect_token(&f, TOK_WORD, "y'", 1, 26);
	/* quotes inside a word join the parts, '#' quoted is no comment */
	CU_ASSERT_EQUAL_FATAL(lex_next(&f.lx, &tok, f.diag), 0);
	CU_ASSERT_EQUAL(tok.kind, TOK_STRING);
	CU_ASSERT_EQUAL(tok.loc.col, 29);
	CU_ASSERT_EQUAL(tok.len, 12);
	CU_ASSERT_STRING_EQUAL(tok.value, "pre# qpost");
	expect_token(&f, TOK_EOL, "\n", 1, 41);
	CU_ASSERT_EQUAL(kefir_diag_count(f.diag, KEFIR_SEVERITY_ERROR), 0);
	fixture_free(&f);
}

static void test_quotes_off_are_word_characters(void)
{
	const struct lexer_opts opts = { 0 };
	struct fixture f;

	fixture_init(&f, "\"a b\"", &opts);
	expect_token(&f, TOK_WORD, "\"a", 1, 1);
	expect_token(&f, TOK_WORD, "b\"", 1, 4);
	fixture_free(&f);
}

static void test_unterminated_quote(void)
{
	const struct lexer_opts opts = { .double_quotes = true, .eol = true };
	struct fixture f;
	struct token tok;

	fixture_init(&f, "-m comment --comment \"open \\\" end\nnext\n", &opts);
	expect_token(&f, TOK_WORD, "-m", 1, 1);
	expect_token(&f, TOK_WORD, "comment", 1, 4);
	expect_token(&f, TOK_WORD, "--comment", 1, 12);
	CU_ASSERT_EQUAL(lex_next(&f.lx, &tok, f.diag), -EINVAL);
	CU_ASSERT_STRING_EQUAL(kefir_diag_text(f.diag),
		"<t>:1:22: error: unterminated string: expected a closing '\"' before the end of the line\n"
		"    -m comment --comment \"open \\\" end\n"
		"                         ^\n");
	/* the lexer resumes after the bad string */
	expect_token(&f, TOK_EOL, "\n", 1, 34);
	expect_token(&f, TOK_WORD, "next", 2, 1);
	fixture_free(&f);
}

static void test_peek_does_not_consume(void)
{
	const struct lexer_opts opts = { .eol = true };
	struct fixture f;
	struct token tok;

	fixture_init(&f, "a\nb", &opts);
	CU_ASSERT_EQUAL(lex_peek(&f.lx, &tok, f.diag), 0);
	CU_ASSERT_TRUE(tok_is(&tok, "a"));
	expect_token(&f, TOK_WORD, "a", 1, 1);
	CU_ASSERT_EQUAL(lex_peek(&f.lx, &tok, f.diag), 0);
	CU_ASSERT_EQUAL(tok.kind, TOK_EOL);
	expect_token(&f, TOK_EOL, "\n", 1, 2);
	expect_token(&f, TOK_WORD, "b", 2, 1);
	fixture_free(&f);
}

static void test_describe_and_expected(void)
{
	const struct lexer_opts opts = { .eol = true };
	char long_word[100], out[64];
	struct fixture f;
	struct token tok;

	fixture_init(&f, "flow-type tcp5\n", &opts);
	lex_next(&f.lx, &tok, f.diag);
	lex_next(&f.lx, &tok, f.diag);
	CU_ASSERT_EQUAL(fe_expected(f.diag, &f.src, &tok, "a flow type"), -EINVAL);
	lex_next(&f.lx, &tok, f.diag);
	CU_ASSERT_STRING_EQUAL(tok_describe(&tok, out, sizeof(out)), "end of line");
	fe_expected(f.diag, &f.src, &tok, "a field");
	lex_next(&f.lx, &tok, f.diag);
	CU_ASSERT_STRING_EQUAL(tok_describe(&tok, out, sizeof(out)), "end of input");
	CU_ASSERT_STRING_EQUAL(kefir_diag_text(f.diag),
			       "<t>:1:11: error: expected a flow type, got 'tcp5'\n"
			       "    flow-type tcp5\n"
			       "              ^~~~\n"
			       "<t>:1:15: error: expected a field, got end of line\n"
			       "    flow-type tcp5\n"
			       "                  ^\n");
	memset(long_word, 'x', sizeof(long_word));
	tok.kind = TOK_WORD;
	tok.text = long_word;
	tok.len = sizeof(long_word);
	tok_describe(&tok, out, sizeof(out));
	CU_ASSERT(strlen(out) < 64);
	CU_ASSERT_STRING_EQUAL(out + strlen(out) - 4, "...'");
	fixture_free(&f);
}

/* Parses @text as one word token with tok_to_u64(). */
static int number(const char *text, int base, uint64_t max, uint64_t *out)
{
	struct token tok = { .kind = TOK_WORD, .text = text,
			     .len = strlen(text) };

	*out = 12345;
	return tok_to_u64(&tok, base, max, out);
}

static void test_numbers_base0(void)
{
	uint64_t x;

	CU_ASSERT_EQUAL(number("80", 0, 65535, &x), 0);
	CU_ASSERT_EQUAL(x, 80);
	CU_ASSERT_EQUAL(number("0x1F", 0, 65535, &x), 0);
	CU_ASSERT_EQUAL(x, 31);
	CU_ASSERT_EQUAL(number("0X1f", 0, 65535, &x), 0);
	CU_ASSERT_EQUAL(x, 31);
	CU_ASSERT_EQUAL(number("010", 0, 65535, &x), 0);
	CU_ASSERT_EQUAL(x, 8);
	CU_ASSERT_EQUAL(number("0", 0, 65535, &x), 0);
	CU_ASSERT_EQUAL(x, 0);
	CU_ASSERT_EQUAL(number("00", 0, 65535, &x), 0);
	CU_ASSERT_EQUAL(x, 0);
	CU_ASSERT_EQUAL(number("080", 0, 65535, &x), -EINVAL);
	CU_ASSERT_EQUAL(x, 12345);	/* untouched on error */
	CU_ASSERT_EQUAL(number("0x", 0, 65535, &x), -EINVAL);
	CU_ASSERT_EQUAL(number("0xg", 0, 65535, &x), -EINVAL);
	CU_ASSERT_EQUAL(number("12a", 0, 65535, &x), -EINVAL);
}

static void test_numbers_base10_and_16(void)
{
	uint64_t x;

	CU_ASSERT_EQUAL(number("010", 10, 65535, &x), 0);
	CU_ASSERT_EQUAL(x, 10);
	CU_ASSERT_EQUAL(number("0x10", 10, 65535, &x), -EINVAL);
	CU_ASSERT_EQUAL(number("ff", 10, 65535, &x), -EINVAL);
	CU_ASSERT_EQUAL(number("17", 16, 255, &x), 0);
	CU_ASSERT_EQUAL(x, 0x17);
	CU_ASSERT_EQUAL(number("0x17", 16, 255, &x), 0);
	CU_ASSERT_EQUAL(x, 0x17);
	CU_ASSERT_EQUAL(number("dEaD", 16, 65535, &x), 0);
	CU_ASSERT_EQUAL(x, 0xdead);
	CU_ASSERT_EQUAL(number("0x", 16, 255, &x), -EINVAL);
	CU_ASSERT_EQUAL(number("12", 8, 255, &x), -EINVAL);	/* no such base */
}

static void test_numbers_rejected_forms(void)
{
	struct token eol = { .kind = TOK_EOL, .text = "\n", .len = 1 };
	uint64_t x;

	CU_ASSERT_EQUAL(number("", 0, 100, &x), -EINVAL);
	CU_ASSERT_EQUAL(number("-1", 0, 100, &x), -EINVAL);
	CU_ASSERT_EQUAL(number("+1", 0, 100, &x), -EINVAL);
	CU_ASSERT_EQUAL(number(" 1", 0, 100, &x), -EINVAL);
	CU_ASSERT_EQUAL(number("1 ", 10, 100, &x), -EINVAL);
	CU_ASSERT_EQUAL(tok_to_u64(&eol, 0, 100, &x), -EINVAL);
}

static void test_numbers_ranges(void)
{
	uint64_t x;

	CU_ASSERT_EQUAL(number("65535", 0, 65535, &x), 0);
	CU_ASSERT_EQUAL(x, 65535);
	CU_ASSERT_EQUAL(number("65536", 0, 65535, &x), -ERANGE);
	CU_ASSERT_EQUAL(number("0x10000", 0, 65535, &x), -ERANGE);
	CU_ASSERT_EQUAL(number("0377", 0, 255, &x), 0);
	CU_ASSERT_EQUAL(x, 255);
	CU_ASSERT_EQUAL(number("0400", 0, 255, &x), -ERANGE);
	CU_ASSERT_EQUAL(number("18446744073709551615", 10, UINT64_MAX, &x), 0);
	CU_ASSERT_EQUAL(x, UINT64_MAX);
	CU_ASSERT_EQUAL(number("18446744073709551616", 10, UINT64_MAX, &x),
			-ERANGE);
	CU_ASSERT_EQUAL(number("0xffffffffffffffff", 0, UINT64_MAX, &x), 0);
	CU_ASSERT_EQUAL(number("0x10000000000000000", 0, UINT64_MAX, &x),
			-ERANGE);
	/* a bad digit after an overflow is still "not a number" */
	CU_ASSERT_EQUAL(number("99999999999999999999z", 10, UINT64_MAX, &x),
			-EINVAL);
}

static void test_number_from_string_token(void)
{
	const struct lexer_opts opts = { .double_quotes = true };
	struct fixture f;
	struct token tok;
	uint64_t x = 0;

	fixture_init(&f, "\"22\"", &opts);
	CU_ASSERT_EQUAL_FATAL(lex_next(&f.lx, &tok, f.diag), 0);
	CU_ASSERT_EQUAL(tok_to_u64(&tok, 10, 65535, &x), 0);
	CU_ASSERT_EQUAL(x, 22);
	fixture_free(&f);
}

int register_lex_suite(void)
{
	static const struct unit_test tests[] = {
		{ "words and locations", test_words_and_locations },
		{ "newlines are blanks without eol", test_newlines_are_blanks_without_eol },
		{ "punctuation, longest match", test_punctuation_longest_match },
		{ "comments anywhere", test_comments_anywhere },
		{ "comments at line start only", test_comments_at_line_start_only },
		{ "no comments when off", test_no_comments_when_off },
		{ "quotes and escapes", test_quotes_and_escapes },
		{ "quotes off are word characters", test_quotes_off_are_word_characters },
		{ "unterminated quote", test_unterminated_quote },
		{ "peek does not consume", test_peek_does_not_consume },
		{ "describe and expected", test_describe_and_expected },
		{ "numbers in base 0", test_numbers_base0 },
		{ "numbers in base 10 and 16", test_numbers_base10_and_16 },
		{ "numbers: rejected forms", test_numbers_rejected_forms },
		{ "numbers: ranges", test_numbers_ranges },
		{ "number from a string token", test_number_from_string_token },
	};

	return ADD_SUITE("lex", tests);
}
