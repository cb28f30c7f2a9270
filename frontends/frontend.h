/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * frontend.h - what every text front-end shares: one tokenizer with line and
 * column tracking (lex.c), configured per syntax, and helpers that turn
 * tokens into located messages and numbers.
 */
#ifndef KEFIR_FRONTEND_H
#define KEFIR_FRONTEND_H

#include "kefir_internal.h"

enum tok_kind {
	TOK_WORD,	/* a run of characters that are not blank or punctuation */
	TOK_STRING,	/* a quoted string; value holds it unquoted */
	TOK_PUNCT,	/* one of the syntax's punctuation tokens */
	TOK_EOL,	/* end of a line (only when lexer_opts.eol is set) */
	TOK_EOF,
};

struct token {
	enum tok_kind kind;
	const char *text;	/* points into the source; not NUL-terminated */
	size_t len;		/* bytes of text, quotes included */
	char *value;		/* TOK_STRING: the unquoted, unescaped string
				 * (owned by the lexer: see lex_free()) */
	struct kefir_loc loc;	/* loc.len == len */
};

struct lexer_opts {
	/* punctuation tokens, longest first, separated by spaces: "&& || ( )" */
	const char *punct;
	bool hash_comments;	/* '#' starts a comment ... */
	bool hash_at_line_start;/* ... only as the first non-blank of a line */
	bool double_quotes;	/* "..." strings with backslash escapes */
	bool eol;		/* newlines are TOK_EOL tokens, not blanks */
};

struct lexer {
	const struct kefir_source *src;
	struct lexer_opts opts;
	const char *p, *end;
	unsigned int line, col;
	bool line_start;	/* nothing but blanks seen on this line yet */
	char **strings;		/* unquoted string values handed out */
	size_t n_strings, cap_strings;
};

void lex_init(struct lexer *lx, const struct kefir_source *src,
	      const struct lexer_opts *opts);
/* Frees the unquoted strings the lexer handed out. */
void lex_free(struct lexer *lx);
/*
 * Reads the next token into @tok. Returns 0, or -EINVAL with a located
 * message in @diag (an unterminated quote), or -ENOMEM.
 */
int lex_next(struct lexer *lx, struct token *tok, struct kefir_diag *diag);
/* Looks at the next token without consuming it. */
int lex_peek(struct lexer *lx, struct token *tok, struct kefir_diag *diag);

/* True if @tok is the word or punctuation @s exactly. */
bool tok_is(const struct token *tok, const char *s);
/* A NUL-terminated copy of the token (its unquoted value for strings). */
char *tok_strdup(const struct token *tok);
/* The token's text for messages, at most 64 bytes: "'word'" or "end of line". */
const char *tok_describe(const struct token *tok, char *out, size_t size);

/*
 * Reports "expected WHAT, got 'TOKEN'" at @tok. Returns -EINVAL (or -ENOMEM).
 */
int fe_expected(struct kefir_diag *diag, const struct kefir_source *src,
		const struct token *tok, const char *what);

/*
 * Parses the whole token as an unsigned number in @base (0: C rules, 0x hex
 * and leading-0 octal; 10; 16 with or without 0x). Returns 0, -EINVAL when it
 * is not a number of that base, -ERANGE when it exceeds @max.
 */
int tok_to_u64(const struct token *tok, int base, uint64_t max, uint64_t *out);

/* The value of the hexadecimal digit @c, or -1. */
int hex_digit(char c);

#endif /* KEFIR_FRONTEND_H */
