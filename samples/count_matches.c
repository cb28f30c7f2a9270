/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * count_matches.c - a small program using libkefir's public API: it parses
 * a ruleset and tells, for each packet given in hex on the command line,
 * which rule the reference interpreter picks.
 *
 *   count_matches SYNTAX RULES_FILE HEX_PACKET...
 *
 * Build it against an installed libkefir with:
 *   cc count_matches.c $(pkg-config --cflags --libs libkefir)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <kefir.h>

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long size;

	if (!f)
		return NULL;
	if (!fseek(f, 0, SEEK_END) && (size = ftell(f)) >= 0 &&
	    !fseek(f, 0, SEEK_SET) && (buf = malloc((size_t)size + 1)) &&
	    fread(buf, 1, (size_t)size, f) == (size_t)size)
		*len = (size_t)size;
	else {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	return buf;
}

/* Decodes @hex into @out (at most @cap bytes); returns the length or -1. */
static long unhex(const char *hex, uint8_t *out, size_t cap)
{
	size_t n = strlen(hex), i;
	unsigned int byte;

	if (n % 2 || n / 2 > cap)
		return -1;
	for (i = 0; i < n / 2; i++) {
		if (sscanf(hex + 2 * i, "%2x", &byte) != 1)
			return -1;
		out[i] = (uint8_t)byte;
	}
	return (long)(n / 2);
}

static void classify(const struct kefir_ruleset *rs, int index,
		     const char *hex)
{
	uint8_t pkt[2048];
	long len = unhex(hex, pkt, sizeof(pkt)), rule;
	size_t n = kefir_ruleset_n_rules(rs);
	unsigned int line;

	if (len < 0) {
		printf("packet %d: not a hex packet\n", index);
		return;
	}
	rule = kefir_ruleset_eval(rs, pkt, (size_t)len, (size_t)len);
	if (rule < 0) {
		printf("packet %d: no rule, default action %s\n", index,
		       kefir_ruleset_action_name(rs, n));
		return;
	}
	printf("packet %d: rule %ld (line %u, %s): %s\n", index, rule,
	       (kefir_ruleset_rule_text(rs, (size_t)rule, &line, NULL), line),
	       kefir_ruleset_action_name(rs, (size_t)rule),
	       kefir_ruleset_rule_text(rs, (size_t)rule, NULL, NULL));
}

int main(int argc, char **argv)
{
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_ruleset *rs = NULL;
	size_t len = 0;
	char *text;
	int i, err;

	if (argc < 3 || !diag) {
		fprintf(stderr, "usage: %s SYNTAX RULES_FILE HEX_PACKET...\n", argv[0]);
		return 2;
	}
	text = read_file(argv[2], &len);
	if (!text) {
		fprintf(stderr, "%s: %s\n", argv[2], strerror(errno));
		return 3;
	}
	err = kefir_ruleset_parse(argv[1], text, len, argv[2], NULL, &rs, diag);
	fputs(kefir_diag_text(diag), stderr);
	if (!err)
		for (i = 3; i < argc; i++)
			classify(rs, i - 3, argv[i]);
	kefir_ruleset_free(rs);
	kefir_diag_free(diag);
	free(text);
	return err ? 1 : 0;
}
