/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * lex.c - the one tokenizer of the text front-ends (pflang, tc flower,
 * ethtool, iptables). It cuts the input into words, punctuation, quoted
 * strings and, when asked, end-of-line tokens, and gives every token its
 * 1-based line and column (a tab is one column) so parsers can point at it.
 * What differs between syntaxes is configured by struct lexer_opts: the
 * punctuation list (longest match wins), where '#' starts a comment, and
 * whether "double quotes" group blanks (iptables-restore: inside quotes a
 * backslash escapes any character; single quotes are ordinary characters).
 * Also here: the helpers that turn tokens into numbers and messages.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend.h"

void lex_init(struct lexer *lx, const struct kefir_source *src,
	      const struct lexer_opts *opts)
{
	memset(lx, 0, sizeof(*lx));
	lx->src = src;
	lx->opts = *opts;
	lx->p = src->text;
	lx->end = src->text + src->len;
	lx->line = 1;
	lx->col = 1;
	lx->line_start = true;
}

void lex_free(struct lexer *lx)
{
	size_t i;

	for (i = 0; i < lx->n_strings; i++)
		free(lx->strings[i]);
	free(lx->strings);
	lx->strings = NULL;
	lx->n_strings = lx->cap_strings = 0;
}

/* Moves past @n bytes of the current line (none of them a newline). */
static void advance(struct lexer *lx, size_t n)
{
	lx->p += n;
	lx->col += (unsigned int)n;
}

static void advance_newline(struct lexer *lx)
{
	lx->p++;
	lx->line++;
	lx->col = 1;
	lx->line_start = true;
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Length of the longest punctuation token of the syntax at @p, or 0. */
static size_t punct_at(const struct lexer *lx, const char *p)
{
	const char *w = lx->opts.punct;
	size_t best = 0, n;

	while (w && *w) {
		w += strspn(w, " ");
		n = strcspn(w, " ");
		if (n > best && n <= (size_t)(lx->end - p) && !memcmp(w, p, n))
			best = n;
		w += n;
	}
	return best;
}

static bool comment_starts(const struct lexer *lx)
{
	return lx->opts.hash_comments && *lx->p == '#' &&
	       (!lx->opts.hash_at_line_start || lx->line_start);
}

/* Skips blanks, comments (up to their newline) and, without eol, newlines. */
static void skip_space(struct lexer *lx)
{
	while (lx->p < lx->end) {
		if (is_blank(*lx->p)) {
			advance(lx, 1);
		} else if (*lx->p == '\n' && !lx->opts.eol) {
			advance_newline(lx);
		} else if (comment_starts(lx)) {
			while (lx->p < lx->end && *lx->p != '\n')
				advance(lx, 1);
		} else {
			break;
		}
	}
}

/*
 * Returns the length of the word or string at @p, up to a blank, a newline
 * or punctuation outside quotes. Sets *@quoted if it holds a quote, and
 * *@open to an unterminated quote (NULL when every quote is closed).
 */
static size_t word_length(const struct lexer *lx, const char *p, bool *quoted,
			  const char **open)
{
	const char *start = p;

	*quoted = false;
	*open = NULL;
	while (p < lx->end && *p != '\n') {
		if (*open) {
			if (*p == '\\' && p + 1 < lx->end && p[1] != '\n')
				p++;
			else if (*p == '"')
				*open = NULL;
		} else if (lx->opts.double_quotes && *p == '"') {
			*open = p;
			*quoted = true;
		} else if (is_blank(*p) || (p > start && punct_at(lx, p))) {
			break;
		}
		p++;
	}
	return (size_t)(p - start);
}

/* Remembers @s, which the lexer frees in lex_free(). 0 or -ENOMEM. */
static int keep_string(struct lexer *lx, char *s)
{
	if (!s || array_reserve((void **)&lx->strings, &lx->cap_strings,
				sizeof(*lx->strings), lx->n_strings + 1)) {
		free(s);
		return -ENOMEM;
	}
	lx->strings[lx->n_strings++] = s;
	return 0;
}

/* The value of a word with quotes: quotes removed, escapes resolved. */
static char *unquote(const char *text, size_t len)
{
	char *out = malloc(len + 1), *o = out;
	bool in_quotes = false;
	size_t i;

	if (!out)
		return NULL;
	for (i = 0; i < len; i++) {
		if (text[i] == '"')
			in_quotes = !in_quotes;
		else if (in_quotes && text[i] == '\\' && i + 1 < len)
			*o++ = text[++i];
		else
			*o++ = text[i];
	}
	*o = '\0';
	return out;
}

static int lex_word(struct lexer *lx, struct token *tok,
		    struct kefir_diag *diag)
{
	const char *open;
	bool quoted;
	size_t len = word_length(lx, lx->p, &quoted, &open);
	struct kefir_loc at;

	if (open) {
		at = (struct kefir_loc){ lx->line,
					 lx->col + (unsigned int)(open - lx->p), 1 };
		advance(lx, len);	/* so that a caller can resume after it */
		return diag_error(diag, lx->src, &at,
				  "unterminated string: expected a closing '\"' before the end of the line");
	}
	tok->kind = quoted ? TOK_STRING : TOK_WORD;
	tok->len = len;
	if (quoted) {
		if (keep_string(lx, unquote(lx->p, len)))
			return -ENOMEM;
		tok->value = lx->strings[lx->n_strings - 1];
	}
	return 0;
}

int lex_next(struct lexer *lx, struct token *tok, struct kefir_diag *diag)
{
	size_t n;
	int err = 0;

	skip_space(lx);
	memset(tok, 0, sizeof(*tok));
	tok->text = lx->p;
	tok->loc.line = lx->line;
	tok->loc.col = lx->col;
	if (lx->p == lx->end) {
		tok->kind = TOK_EOF;
		return 0;
	}
	if (*lx->p == '\n') {
		tok->kind = TOK_EOL;
		tok->len = tok->loc.len = 1;
		advance_newline(lx);
		return 0;
	}
	if ((n = punct_at(lx, lx->p))) {
		tok->kind = TOK_PUNCT;
		tok->len = n;
	} else if ((err = lex_word(lx, tok, diag))) {
		return err;
	}
	tok->loc.len = (unsigned int)tok->len;
	lx->line_start = false;
	advance(lx, tok->len);
	return 0;
}

int lex_peek(struct lexer *lx, struct token *tok, struct kefir_diag *diag)
{
	const char *p = lx->p;
	unsigned int line = lx->line, col = lx->col;
	bool line_start = lx->line_start;
	int err = lex_next(lx, tok, diag);

	lx->p = p;
	lx->line = line;
	lx->col = col;
	lx->line_start = line_start;
	return err;
}

bool tok_is(const struct token *tok, const char *s)
{
	return (tok->kind == TOK_WORD || tok->kind == TOK_PUNCT) &&
	       strlen(s) == tok->len && !memcmp(tok->text, s, tok->len);
}

char *tok_strdup(const struct token *tok)
{
	if (tok->kind == TOK_STRING)
		return strdup(tok->value);
	return strndup(tok->text, tok->len);
}

const char *tok_describe(const struct token *tok, char *out, size_t size)
{
	const int room = 56;	/* keeps the result within 64 bytes */

	if (tok->kind == TOK_EOL)
		snprintf(out, size, "end of line");
	else if (tok->kind == TOK_EOF)
		snprintf(out, size, "end of input");
	else if (tok->len > (size_t)room)
		snprintf(out, size, "'%.*s...'", room - 3, tok->text);
	else
		snprintf(out, size, "'%.*s'", (int)tok->len, tok->text);
	return out;
}

int fe_expected(struct kefir_diag *diag, const struct kefir_source *src,
		const struct token *tok, const char *what)
{
	char got[64];

	return diag_error(diag, src, &tok->loc, "expected %s, got %s", what,
			  tok_describe(tok, got, sizeof(got)));
}

int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Chooses the base of @s (C rules for base 0) and skips its prefix. */
static int number_base(const char **s, size_t *len, int base)
{
	bool hex_prefix = *len > 1 && (*s)[0] == '0' &&
			  ((*s)[1] == 'x' || (*s)[1] == 'X');

	if ((base == 0 || base == 16) && hex_prefix) {
		*s += 2;
		*len -= 2;
		return 16;
	}
	if (base == 0 && *len > 1 && (*s)[0] == '0') {
		*s += 1;
		*len -= 1;
		return 8;
	}
	if (base == 0)
		return 10;
	return base == 10 || base == 16 ? base : -1;
}

/* Parses all of @s (@len bytes) as an unsigned number: see tok_to_u64(). */
static int str_to_u64(const char *s, size_t len, int base, uint64_t max,
		      uint64_t *out)
{
	uint64_t x = 0;
	bool overflow = false;
	size_t i;
	int d;

	base = number_base(&s, &len, base);
	if (base < 0 || len == 0)
		return -EINVAL;
	for (i = 0; i < len; i++) {
		d = hex_digit(s[i]);
		if (d < 0 || d >= base)
			return -EINVAL;
		if (x > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
			overflow = true;
		x = x * (uint64_t)base + (uint64_t)d;
	}
	if (overflow || x > max)
		return -ERANGE;
	*out = x;
	return 0;
}

int tok_to_u64(const struct token *tok, int base, uint64_t max, uint64_t *out)
{
	if (tok->kind == TOK_STRING)
		return str_to_u64(tok->value, strlen(tok->value), base, max, out);
	if (tok->kind != TOK_WORD)
		return -EINVAL;
	return str_to_u64(tok->text, tok->len, base, max, out);
}
