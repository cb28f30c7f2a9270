/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * ethtool.c - the ethtool ntuple (NFC) front-end: one rule per line, as
 * given to "ethtool -N DEV flow-type ..." (the "ethtool -N DEV" prefix is
 * optional), read the way ethtool's rxclass.c reads its arguments: numbers
 * with strtoull base 0, addresses with inet_pton, masks right after their
 * value with ethtool's polarity (a 1 bit means "ignore"), a repeated field
 * refused. Each rule becomes a conjunction of explicit tests: the flow
 * type's guards (EtherType, IP protocol, "not a fragment"), then the fields
 * in the order written. A NIC looks past one VLAN tag, so a rule that does
 * not test the tag matches untagged frames or frames with one tag (two
 * alternatives), and a rule that does matches tagged frames only. Rules are
 * ordered as the NIC would try them: by "loc", then the rules without one.
 * docs/ethtool.md has the support table and the reasons.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend.h"

#define ETH_HLEN 14		/* untagged Ethernet header */
#define VLAN_HLEN 4		/* one 802.1Q/802.1ad tag */
#define TPID_8021Q 0x8100
#define TPID_8021AD 0x88a8
#define RX_CLS_FLOW_DISC UINT64_MAX		/* action -1: drop */
#define RX_CLS_FLOW_WAKE (UINT64_MAX - 1)	/* action -2: wake-on-lan */
#define MAX_VF 254		/* ethtool stores vf + 1 in 8 bits */
#define MAX_CONTEXT 0xfffffffeu	/* 0xffffffff is ETH_RXFH_CONTEXT_ALLOC */
#define MAX_LOC 0x7fffffffu	/* above: RX_CLS_LOC_SPECIAL values */

/* The words of a rule after the flow type. */
enum keyword {
	KW_SRC, KW_DST, KW_PROTO,
	KW_SRC_IP, KW_DST_IP, KW_TOS, KW_TCLASS, KW_L4PROTO,
	KW_L4DATA, KW_SPI, KW_SRC_PORT, KW_DST_PORT,
	KW_VLAN_ETYPE, KW_VLAN, KW_DST_MAC, KW_USER_DEF,
	KW_ACTION, KW_VF, KW_QUEUE, KW_CONTEXT, KW_LOC,	/* not fields */
	KW_MAX
};

#define BIT(kw) (1u << (kw))
#define L4_WORDS (BIT(KW_L4DATA) | BIT(KW_SPI) | BIT(KW_SRC_PORT) | \
		  BIT(KW_DST_PORT))

struct keyword_info {
	const char *name;
	unsigned int bits;	/* width of a number; 0 for an address */
	unsigned int conflicts;	/* keywords it cannot be given with */
};

/*
 * The conflicts are ethtool's shared flag bits: on ip4/ip6, l4data, spi
 * and the ports all write the first four transport bytes; "action" and
 * "vf"/"queue" all write the ring cookie.
 */
static const struct keyword_info keywords[KW_MAX] = {
	[KW_SRC] = { "src", 0, 0 },
	[KW_DST] = { "dst", 0, 0 },
	[KW_PROTO] = { "proto", 16, 0 },
	[KW_SRC_IP] = { "src-ip", 0, 0 },
	[KW_DST_IP] = { "dst-ip", 0, 0 },
	[KW_TOS] = { "tos", 8, 0 },
	[KW_TCLASS] = { "tclass", 8, 0 },
	[KW_L4PROTO] = { "l4proto", 8, 0 },
	[KW_L4DATA] = { "l4data", 32, L4_WORDS & ~BIT(KW_L4DATA) },
	[KW_SPI] = { "spi", 32, L4_WORDS & ~BIT(KW_SPI) },
	[KW_SRC_PORT] = { "src-port", 16, BIT(KW_L4DATA) | BIT(KW_SPI) },
	[KW_DST_PORT] = { "dst-port", 16, BIT(KW_L4DATA) | BIT(KW_SPI) },
	[KW_VLAN_ETYPE] = { "vlan-etype", 16, 0 },
	[KW_VLAN] = { "vlan", 16, 0 },
	[KW_DST_MAC] = { "dst-mac", 0, 0 },
	[KW_USER_DEF] = { "user-def", 64, 0 },
	[KW_ACTION] = { "action", 64, BIT(KW_VF) | BIT(KW_QUEUE) },
	[KW_VF] = { "vf", 8, BIT(KW_ACTION) },
	[KW_QUEUE] = { "queue", 32, BIT(KW_ACTION) },
	[KW_CONTEXT] = { "context", 32, 0 },
	[KW_LOC] = { "loc", 32, 0 },
};

enum family { FAMILY_ETHER, FAMILY_IP4, FAMILY_IP6 };

struct flow_type {
	const char *name;
	enum family family;
	int proto;		/* the transport protocol it implies, or -1 */
	unsigned int fields;	/* the field keywords valid for it */
};

#define EXT_FIELDS (BIT(KW_VLAN_ETYPE) | BIT(KW_VLAN) | BIT(KW_USER_DEF))
#define IP_FIELDS (BIT(KW_SRC_IP) | BIT(KW_DST_IP) | BIT(KW_DST_MAC) | \
		   EXT_FIELDS)
#define IP4_FIELDS (IP_FIELDS | BIT(KW_TOS))
#define IP6_FIELDS (IP_FIELDS | BIT(KW_TCLASS))
#define PORT_FIELDS (BIT(KW_SRC_PORT) | BIT(KW_DST_PORT))
#define USER_FIELDS (BIT(KW_L4PROTO) | L4_WORDS)

static const struct flow_type flow_types[] = {
	{ "ether", FAMILY_ETHER, -1,
	  BIT(KW_SRC) | BIT(KW_DST) | BIT(KW_PROTO) | EXT_FIELDS },
	{ "ip4", FAMILY_IP4, -1, IP4_FIELDS | USER_FIELDS },
	{ "tcp4", FAMILY_IP4, 6, IP4_FIELDS | PORT_FIELDS },
	{ "udp4", FAMILY_IP4, 17, IP4_FIELDS | PORT_FIELDS },
	{ "sctp4", FAMILY_IP4, 132, IP4_FIELDS | PORT_FIELDS },
	{ "ah4", FAMILY_IP4, 51, IP4_FIELDS | BIT(KW_SPI) },
	{ "esp4", FAMILY_IP4, 50, IP4_FIELDS | BIT(KW_SPI) },
	{ "ip6", FAMILY_IP6, -1, IP6_FIELDS | USER_FIELDS },
	{ "tcp6", FAMILY_IP6, 6, IP6_FIELDS | PORT_FIELDS },
	{ "udp6", FAMILY_IP6, 17, IP6_FIELDS | PORT_FIELDS },
	{ "sctp6", FAMILY_IP6, 132, IP6_FIELDS | PORT_FIELDS },
	{ "ah6", FAMILY_IP6, 51, IP6_FIELDS | BIT(KW_SPI) },
	{ "esp6", FAMILY_IP6, 50, IP6_FIELDS | BIT(KW_SPI) },
};

/* One keyword as written in a rule. */
struct item {
	bool given;
	struct token word;	/* "dst-port" */
	struct token value;	/* "80" */
	struct kefir_value v;	/* fields: the value, under m */
	struct kefir_value m;	/* fields: the mask, 1 = compare (IR polarity) */
	uint64_t n;		/* other keywords: the number */
};

/* One rule as written. */
struct ntuple {
	struct token first;		/* the rule's first token */
	struct token ft_word;		/* the flow type's name */
	const struct flow_type *ft;
	struct item items[KW_MAX];
	enum keyword order[KW_MAX];	/* the fields, in the order written */
	size_t n_order;
};

/* A converted rule, and what decides its place among the others. */
struct placed {
	struct kefir_rule *rule;
	size_t index;			/* its place in the input */
	bool has_loc;
	uint32_t loc;
	struct token loc_value;
};

struct parser {
	struct lexer lx;
	const struct kefir_source *src;
	struct kefir_diag *diag;
	bool line_done;			/* the last token ended the line */
	struct placed *rules;		/* in input order */
	size_t n_rules, cap_rules;
};

/* ------------------------------------------------------------------------ */
/* Tokens and messages                                                      */
/* ------------------------------------------------------------------------ */

static int next(struct parser *ps, struct token *tok)
{
	int err = lex_next(&ps->lx, tok, ps->diag);

	ps->line_done = !err && (tok->kind == TOK_EOL || tok->kind == TOK_EOF);
	return err;
}

/* Skips the rest of a line that had an error. */
static int skip_line(struct parser *ps)
{
	struct token tok;
	int err;

	while (!ps->line_done)
		if ((err = next(ps, &tok)) == -ENOMEM)
			return err;
	return 0;
}

static bool at_line_end(const struct token *tok)
{
	return tok->kind == TOK_EOL || tok->kind == TOK_EOF;
}

/* Reports @fmt at @tok; its one "%.*s" is the text of @quoted. */
__attribute__((format(printf, 3, 0)))
static int error_at(struct parser *ps, const struct token *tok,
		    const char *fmt, const struct token *quoted)
{
	return diag_error(ps->diag, ps->src, &tok->loc, fmt,
			  (int)quoted->len, quoted->text);
}

/* "expected WHAT after 'WORD', got 'TOKEN'" */
static int expected_after(struct parser *ps, const struct token *tok,
			  const char *what, const struct token *word)
{
	char buf[256];

	snprintf(buf, sizeof(buf), "%s after '%.*s'", what, (int)word->len,
		 word->text);
	return fe_expected(ps->diag, ps->src, tok, buf);
}

/* A note at @tok: "WHAT" (for "first given here"). */
static int note_at(struct parser *ps, const struct token *tok, const char *what)
{
	int err = diag_add(ps->diag, KEFIR_SEVERITY_NOTE, ps->src, &tok->loc,
			   "%s", what);

	return err ? err : -EINVAL;
}

/* ------------------------------------------------------------------------ */
/* Keywords and flow types                                                  */
/* ------------------------------------------------------------------------ */

static enum keyword keyword_by_name(const struct token *tok)
{
	unsigned int i;

	for (i = 0; i < KW_MAX; i++)
		if (tok_is(tok, keywords[i].name))
			return (enum keyword)i;
	return KW_MAX;
}

static const struct flow_type *flow_type_by_name(const struct token *tok)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(flow_types); i++)
		if (tok_is(tok, flow_types[i].name))
			return &flow_types[i];
	return NULL;
}

static bool is_field(enum keyword kw)
{
	return kw < KW_ACTION;
}

/* True if @tok is "m" or "<keyword>-mask". */
static bool is_mask_word(const struct token *tok, enum keyword kw)
{
	size_t n = strlen(keywords[kw].name);

	return tok_is(tok, "m") ||
	       (tok->kind == TOK_WORD && tok->len == n + 5 &&
		!memcmp(tok->text, keywords[kw].name, n) &&
		!memcmp(tok->text + n, "-mask", 5));
}

/* True if @tok is the mask word of some keyword. */
static bool is_any_mask_word(const struct token *tok)
{
	unsigned int i;

	for (i = 0; i < KW_MAX; i++)
		if (is_mask_word(tok, (enum keyword)i))
			return true;
	return false;
}

/* The IR field a field keyword tests under flow type @ft. */
static enum kefir_field ir_field(enum keyword kw, const struct flow_type *ft)
{
	bool v6 = ft->family == FAMILY_IP6;

	switch (kw) {
	case KW_SRC: return KEFIR_FIELD_ETH_SRC;
	case KW_DST: return KEFIR_FIELD_ETH_DST;
	case KW_DST_MAC: return KEFIR_FIELD_ETH_DST;
	case KW_PROTO: return KEFIR_FIELD_ETH_TYPE;
	case KW_VLAN_ETYPE: return KEFIR_FIELD_ETH_TYPE;
	case KW_VLAN: return KEFIR_FIELD_VLAN_TCI;
	case KW_SRC_IP: return v6 ? KEFIR_FIELD_IP6_SRC : KEFIR_FIELD_IP4_SRC;
	case KW_DST_IP: return v6 ? KEFIR_FIELD_IP6_DST : KEFIR_FIELD_IP4_DST;
	case KW_TOS: return KEFIR_FIELD_IP4_TOS;
	case KW_TCLASS: return KEFIR_FIELD_IP6_TCLASS;
	case KW_L4PROTO: return v6 ? KEFIR_FIELD_IP6_NEXT : KEFIR_FIELD_IP4_PROTO;
	case KW_L4DATA: return KEFIR_FIELD_L4_DATA;
	case KW_SPI:
		if (ft->proto == 51)
			return KEFIR_FIELD_AH_SPI;
		return ft->proto == 50 ? KEFIR_FIELD_ESP_SPI : KEFIR_FIELD_L4_DATA;
	case KW_SRC_PORT: return KEFIR_FIELD_L4_SPORT;
	case KW_DST_PORT: return KEFIR_FIELD_L4_DPORT;
	default: return KEFIR_FIELD_MAX;
	}
}

static uint64_t keyword_max(enum keyword kw)
{
	unsigned int bits = keywords[kw].bits;

	return bits >= 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1;
}

/* Appends the field keywords of @ft, for messages: "src-ip, dst-ip, ...". */
static void list_fields(const struct flow_type *ft, struct kefir_buf *out)
{
	const char *sep = "";
	unsigned int i;

	for (i = 0; i < KW_ACTION; i++) {
		if (!(ft->fields & BIT(i)) || i == KW_USER_DEF)
			continue;
		buf_printf(out, "%s%s", sep, keywords[i].name);
		sep = ", ";
	}
}

/* ------------------------------------------------------------------------ */
/* Values                                                                   */
/* ------------------------------------------------------------------------ */

/* A MAC address as ethtool reads it: six groups of 1-2 hex digits and ':'. */
static bool parse_mac(const struct token *tok, struct kefir_value *out)
{
	const char *p = tok->text, *end = tok->text + tok->len;
	unsigned int i, n;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < 6; i++) {
		if (i > 0 && (p == end || *p++ != ':'))
			return false;
		for (n = 0; n < 2 && p < end && hex_digit(*p) >= 0; n++, p++)
			out->b[i] = (uint8_t)(out->b[i] * 16 + hex_digit(*p));
		if (n == 0)
			return false;
	}
	return p == end;
}

/* An address as inet_pton() reads it (no prefix, no short form). */
static int parse_address(const struct token *tok, int af,
			 struct kefir_value *out, bool *ok)
{
	char *text = tok_strdup(tok);

	if (!text)
		return -ENOMEM;
	memset(out, 0, sizeof(*out));
	*ok = tok->kind == TOK_WORD && inet_pton(af, text, out->b) == 1;
	free(text);
	return 0;
}

/* What a value of @kind looks like, for "expected ..." messages. */
static const char *value_what(const struct token *tok, enum kefir_kind kind,
			      bool mask)
{
	bool slash = tok->kind == TOK_WORD && memchr(tok->text, '/', tok->len);

	switch (kind) {
	case KEFIR_KIND_MAC:
		return mask ? "a MAC mask (xx:xx:xx:xx:xx:xx)"
			    : "a MAC address (xx:xx:xx:xx:xx:xx)";
	case KEFIR_KIND_IPV4:
	case KEFIR_KIND_IPV6:
		if (slash && !mask)
			return kind == KEFIR_KIND_IPV4
			       ? "an IPv4 address without a prefix length (write 'm' and a mask of the bits to ignore)"
			       : "an IPv6 address without a prefix length (write 'm' and a mask of the bits to ignore)";
		if (kind == KEFIR_KIND_IPV4)
			return mask ? "an IPv4 mask" : "an IPv4 address";
		return mask ? "an IPv6 mask" : "an IPv6 address";
	default:
		return mask ? "a mask (decimal, 0x hex or 0 octal)"
			    : "a number (decimal, 0x hex or 0 octal)";
	}
}

/* True for "080", "09": decimal digits that base 0 reads as bad octal. */
static bool is_bad_octal(const struct token *tok)
{
	size_t i;

	if (tok->kind != TOK_WORD || tok->len < 2 || tok->text[0] != '0')
		return false;
	for (i = 1; i < tok->len; i++)
		if (tok->text[i] < '0' || tok->text[i] > '9')
			return false;
	return true;
}

static int number_error(struct parser *ps, const struct token *tok,
			const struct token *after, enum keyword kw, bool mask,
			int err)
{
	char what[64];

	if (err != -ERANGE && is_bad_octal(tok))
		return expected_after(ps, tok,
				      "a number (a leading 0 means octal: digits 0 to 7)",
				      after);
	if (err != -ERANGE)
		return expected_after(ps, tok, value_what(tok, KEFIR_KIND_UINT,
							  mask), after);
	if (mask)
		snprintf(what, sizeof(what), "a mask from 0 to 0x%llx",
			 (unsigned long long)keyword_max(kw));
	else
		snprintf(what, sizeof(what), "a number from 0 to %llu",
			 (unsigned long long)keyword_max(kw));
	return expected_after(ps, tok, what, after);
}

/*
 * Reads @tok, written after @after, as a value (or a mask) of field @kw of
 * the rule's flow type into @out, in the IR field's width.
 */
static int parse_field_text(struct parser *ps, const struct ntuple *nt,
			    enum keyword kw, const struct token *tok,
			    const struct token *after, bool mask,
			    struct kefir_value *out)
{
	const struct kefir_field_info *fi = field_info(ir_field(kw, nt->ft));
	uint64_t x;
	bool ok;
	int err;

	if (fi->kind == KEFIR_KIND_MAC) {
		ok = parse_mac(tok, out);
	} else if (fi->kind == KEFIR_KIND_IPV4 || fi->kind == KEFIR_KIND_IPV6) {
		err = parse_address(tok, fi->kind == KEFIR_KIND_IPV4 ? AF_INET
								      : AF_INET6,
				    out, &ok);
		if (err)
			return err;
	} else {
		err = tok_to_u64(tok, 0, keyword_max(kw), &x);
		if (err)
			return number_error(ps, tok, after, kw, mask, err);
		value_from_u64(out, x, fi->bytes);
		return 0;
	}
	return ok ? 0 : expected_after(ps, tok, value_what(tok, fi->kind, mask),
				       after);
}

/* Turns a user mask (1 = ignore) into an IR mask (1 = compare). */
static void invert_mask(struct kefir_value *m, enum kefir_field field)
{
	struct kefir_value full;
	unsigned int i;

	value_full_mask(&full, field);
	for (i = 0; i < field_info(field)->bytes; i++)
		m->b[i] = (uint8_t)(~m->b[i] & full.b[i]);
}

static bool value_is_zero(const struct kefir_value *v)
{
	static const struct kefir_value zero;

	return !memcmp(v, &zero, sizeof(zero));
}

/* True if field @kw is given and compares at least one bit. */
static bool tested(const struct ntuple *nt, enum keyword kw)
{
	return nt->items[kw].given && !value_is_zero(&nt->items[kw].m);
}

/* ------------------------------------------------------------------------ */
/* The grammar                                                              */
/* ------------------------------------------------------------------------ */

/* mask = ( "m" | FIELD "-mask" ) MASK */
static int parse_mask(struct parser *ps, struct ntuple *nt, enum keyword kw)
{
	struct item *it = &nt->items[kw];
	enum kefir_field field;
	struct kefir_value masked;
	struct token word, mask;
	int err;

	if ((err = lex_peek(&ps->lx, &word, ps->diag)) ||
	    !is_mask_word(&word, kw))
		return err;
	next(ps, &word);
	if (!is_field(kw))
		return error_at(ps, &word, "'%.*s' takes no mask", &it->word);
	if ((err = next(ps, &mask)))
		return err;
	field = ir_field(kw, nt->ft);
	err = parse_field_text(ps, nt, kw, &mask, &word, true, &it->m);
	if (err)
		return err;
	invert_mask(&it->m, field);
	value_and(&masked, &it->v, &it->m, field_info(field)->bytes);
	it->v = masked;
	return 0;
}

/* action = "action" ( QUEUE | "-1" | "-2" ): ethtool's ring cookie, a u64;
 * -2 (wake-on-lan) is refused */
static int parse_action_value(struct parser *ps, struct item *it)
{
	struct token digits = it->value;
	bool negative = digits.kind == TOK_WORD && digits.len > 1 &&
			digits.text[0] == '-';
	const char *what = "a queue number or -1 (drop)";
	int err;

	if (negative) {
		digits.text++;
		digits.len--;
	}
	err = tok_to_u64(&digits, 0, UINT64_MAX, &it->n);
	if (err == -ERANGE)
		what = "a queue number from 0 to 4294967295 or -1 (drop)";
	if (err)
		return expected_after(ps, &it->value, what, &it->word);
	if (negative)
		it->n = -it->n;
	if (it->n == RX_CLS_FLOW_WAKE)
		return error_at(ps, &it->value,
				"'action %.*s' (wake-on-lan) cannot be converted: expected a queue number or -1 (drop)",
				&it->value);
	if (it->n != RX_CLS_FLOW_DISC && it->n > UINT32_MAX)
		return expected_after(ps, &it->value,
				      "a queue number from 0 to 4294967295 or -1 (drop)",
				      &it->word);
	return 0;
}

/* vf = "vf" VF; queue = "queue" Q; context = "context" C; loc = "loc" L */
static int parse_number_word(struct parser *ps, struct item *it,
			     enum keyword kw)
{
	static const struct { const char *what; uint64_t max; } words[] = {
		[KW_VF - KW_VF] = { "a VF number", MAX_VF },
		[KW_QUEUE - KW_VF] = { "a queue number", UINT32_MAX },
		[KW_CONTEXT - KW_VF] = { "an RSS context", MAX_CONTEXT },
		[KW_LOC - KW_VF] = { "a rule location", MAX_LOC },
	};
	const char *what = words[kw - KW_VF].what;
	uint64_t max = words[kw - KW_VF].max;
	char buf[96];
	int err = tok_to_u64(&it->value, 0, max, &it->n);

	if (err == -ERANGE)
		snprintf(buf, sizeof(buf), "%s from 0 to %llu", what,
			 (unsigned long long)max);
	else
		snprintf(buf, sizeof(buf), "%s (decimal, 0x hex or 0 octal)",
			 what);
	return err ? expected_after(ps, &it->value, buf, &it->word) : 0;
}

static int parse_field_value(struct parser *ps, struct ntuple *nt,
			     enum keyword kw)
{
	struct item *it = &nt->items[kw];
	enum kefir_field field = ir_field(kw, nt->ft);
	int err;

	err = parse_field_text(ps, nt, kw, &it->value, &it->word, false, &it->v);
	if (err)
		return err;
	value_full_mask(&it->m, field);
	nt->order[nt->n_order++] = kw;
	return 0;
}

/* Refuses a keyword given twice, or with one it conflicts with. */
static int check_new_keyword(struct parser *ps, const struct ntuple *nt,
			     enum keyword kw, const struct token *word)
{
	const struct item *other;
	unsigned int i;
	int err;

	if (nt->items[kw].given) {
		err = error_at(ps, word, "'%.*s' is given twice in this rule", word);
		return err == -ENOMEM ? err : note_at(ps, &nt->items[kw].word,
						      "first given here");
	}
	for (i = 0; i < KW_MAX; i++) {
		other = &nt->items[i];
		if (!(keywords[kw].conflicts & BIT(i)) || !other->given)
			continue;
		err = diag_error(ps->diag, ps->src, &word->loc,
				 "'%s' cannot be combined with '%s': %s",
				 keywords[kw].name, keywords[i].name,
				 is_field(kw) ? "both set the first 4 bytes of the transport header"
					      : "write 'action N' or 'vf V queue Q'");
		return err == -ENOMEM ? err : note_at(ps, &other->word,
						      "given here");
	}
	return 0;
}

/* A word that is no keyword of the flow type ("unrecognized option"). */
static int bad_keyword(struct parser *ps, const struct ntuple *nt,
		       const struct token *word, enum keyword kw)
{
	struct kefir_buf what = { 0 };
	int err;

	if (kw == KW_MAX && is_any_mask_word(word))
		return error_at(ps, word,
				"'%.*s' must come right after the value it masks",
				word);
	list_fields(nt->ft, &what);
	if (kw != KW_MAX)
		err = diag_error(ps->diag, ps->src, &word->loc,
				 "'%s' is not a field of flow type '%s' (its fields: %s)",
				 keywords[kw].name, nt->ft->name,
				 what.data ? what.data : "");
	else
		err = diag_error(ps->diag, ps->src, &word->loc,
				 "expected a field of '%s' (%s) or one of action, vf, queue, context, loc, got '%.*s'",
				 nt->ft->name, what.data ? what.data : "",
				 (int)word->len, word->text);
	if (buf_status(&what))
		err = -ENOMEM;
	buf_free(&what);
	return err;
}

/* item = FIELD VALUE [ mask ] | ( "action" | "vf" | "queue" | "context" | "loc" ) NUMBER */
static int parse_item(struct parser *ps, struct ntuple *nt,
		      const struct token *word)
{
	enum keyword kw = keyword_by_name(word);
	struct item *it;
	int err;

	if (kw == KW_USER_DEF)
		return error_at(ps, word,
				"'%.*s' matches driver-defined bytes and cannot be converted",
				word);
	if (kw == KW_MAX || (is_field(kw) && !(nt->ft->fields & BIT(kw))))
		return bad_keyword(ps, nt, word, kw);
	if ((err = check_new_keyword(ps, nt, kw, word)))
		return err;
	it = &nt->items[kw];
	it->given = true;
	it->word = *word;
	if ((err = next(ps, &it->value)))
		return err;
	if (is_field(kw))
		err = parse_field_value(ps, nt, kw);
	else if (kw == KW_ACTION)
		err = parse_action_value(ps, it);
	else
		err = parse_number_word(ps, it, kw);
	return err ? err : parse_mask(ps, nt, kw);
}

/* Checks what only the whole rule shows. */
static int check_rule(struct parser *ps, const struct ntuple *nt)
{
	const struct item *action = &nt->items[KW_ACTION];

	if (nt->items[KW_CONTEXT].given && action->given &&
	    action->n == RX_CLS_FLOW_DISC)
		return error_at(ps, &nt->items[KW_CONTEXT].word,
				"'%.*s' cannot be combined with a drop action (action -1): the kernel refuses it",
				&nt->items[KW_CONTEXT].word);
	return 0;
}

/* "expected a flow type (ether, ip4, ...), got 'tcp5'", from the table. */
static int bad_flow_type(struct parser *ps, const struct token *tok)
{
	struct kefir_buf what = { 0 };
	size_t i;
	int err;

	buf_puts(&what, "a flow type (");
	for (i = 0; i < ARRAY_SIZE(flow_types); i++)
		buf_printf(&what, "%s%s", i ? ", " : "", flow_types[i].name);
	buf_puts(&what, ")");
	err = buf_status(&what) ? -ENOMEM
				: fe_expected(ps->diag, ps->src, tok, what.data);
	buf_free(&what);
	return err;
}

/* rule = "flow-type" FLOW_TYPE { item } */
static int parse_rule(struct parser *ps, struct ntuple *nt)
{
	struct token word;
	int err;

	if ((err = next(ps, &nt->ft_word)))
		return err;
	nt->ft = flow_type_by_name(&nt->ft_word);
	if (!nt->ft)
		return bad_flow_type(ps, &nt->ft_word);
	for (;;) {
		if ((err = next(ps, &word)))
			return err;
		if (at_line_end(&word))
			return check_rule(ps, nt);
		if ((err = parse_item(ps, nt, &word)))
			return err;
	}
}

static bool is_config_option(const struct token *tok)
{
	return tok_is(tok, "-N") || tok_is(tok, "-U") ||
	       tok_is(tok, "--config-nfc") || tok_is(tok, "--config-ntuple");
}

static bool is_show_option(const struct token *tok)
{
	return tok_is(tok, "-n") || tok_is(tok, "-u") ||
	       tok_is(tok, "--show-nfc") || tok_is(tok, "--show-ntuple");
}

/* The word where "flow-type" should be: refuses the other -N commands. */
static int bad_command(struct parser *ps, const struct token *tok,
		       bool after_device)
{
	if (tok_is(tok, "delete"))
		return error_at(ps, tok,
				"'%.*s' removes a rule and cannot be converted: expected 'flow-type'",
				tok);
	if (tok_is(tok, "rx-flow-hash"))
		return error_at(ps, tok,
				"'%.*s' configures RSS hashing, not a rule, and cannot be converted: expected 'flow-type'",
				tok);
	return fe_expected(ps->diag, ps->src, tok,
			   after_device ? "'flow-type'"
					: "'flow-type' or 'ethtool -N DEVICE flow-type'");
}

/* option = "-N" | "-U" | "--config-nfc" | "--config-ntuple" */
static int parse_option(struct parser *ps, const struct token *tok)
{
	if (is_config_option(tok))
		return 0;
	if (is_show_option(tok))
		return error_at(ps, tok,
				"'%.*s' shows rules and cannot be converted: expected -N, -U, --config-nfc or --config-ntuple",
				tok);
	return fe_expected(ps->diag, ps->src, tok,
			   "'-N', '-U', '--config-nfc' or '--config-ntuple'");
}

/* command = [ [ "ethtool" ] option DEVICE ] rule */
static int parse_command(struct parser *ps, struct ntuple *nt)
{
	struct token tok = nt->first, option;
	bool prefixed = tok_is(&tok, "ethtool") || is_config_option(&tok) ||
			is_show_option(&tok);
	int err;

	if (tok_is(&tok, "ethtool") && (err = next(ps, &tok)))
		return err;
	if (prefixed) {
		option = tok;
		if ((err = parse_option(ps, &option)) || (err = next(ps, &tok)))
			return err;
		if (tok.kind != TOK_WORD || tok_is(&tok, "flow-type"))
			return expected_after(ps, &tok, "a device name", &option);
		if ((err = next(ps, &tok)))
			return err;
	}
	if (!tok_is(&tok, "flow-type"))
		return bad_command(ps, &tok, prefixed);
	return parse_rule(ps, nt);
}

/* ------------------------------------------------------------------------ */
/* The IR of a rule                                                         */
/* ------------------------------------------------------------------------ */

/* Adds a new predicate of @kind to @parent; NULL when memory runs out. */
static struct kefir_pred *add_pred(struct kefir_pred *parent,
				   enum kefir_pred_kind kind,
				   const struct kefir_loc *loc)
{
	struct kefir_pred *p = pred_new(kind, loc);

	if (p && pred_add(parent, p)) {
		pred_free(p);
		return NULL;
	}
	return p;
}

/*
 * Adds a test of @field with the network header at @net_off (a link field
 * keeps the default: it does not depend on it) to @parent; NULL when memory
 * runs out.
 */
static struct kefir_pred *add_test(struct kefir_pred *parent,
				   enum kefir_field field, unsigned int net_off,
				   const struct kefir_loc *loc)
{
	struct kefir_pred *p = pred_new_field(field, loc);

	if (!p)
		return NULL;
	if (field_info(field)->anchor != KEFIR_ANCHOR_LINK)
		p->test.net_off = net_off;
	if (pred_add(parent, p)) {
		pred_free(p);
		return NULL;
	}
	return p;
}

static int add_u64_test(struct kefir_pred *parent, enum kefir_field field,
			uint64_t x, unsigned int net_off,
			const struct kefir_loc *loc)
{
	struct kefir_pred *p = add_test(parent, field, net_off, loc);

	if (!p)
		return -ENOMEM;
	value_from_u64(&p->test.value, x, field_info(field)->bytes);
	return 0;
}

/* eth_type in {0x8100, 0x88a8}: the frame has a VLAN tag a NIC parses. */
static int add_tpid_guard(struct kefir_pred *parent, unsigned int net_off,
			  const struct kefir_loc *loc)
{
	struct kefir_pred *p = add_test(parent, KEFIR_FIELD_ETH_TYPE, net_off,
					loc);

	if (!p || !(p->test.set = calloc(2, sizeof(*p->test.set))))
		return -ENOMEM;
	p->test.op = KEFIR_OP_SET;
	p->test.n_set = 2;
	value_from_u64(&p->test.set[0], TPID_8021Q, 2);
	value_from_u64(&p->test.set[1], TPID_8021AD, 2);
	return 0;
}

/* The test of field keyword @kw as written, unless its mask ignores it all. */
static int add_field_test(struct kefir_pred *parent, const struct ntuple *nt,
			  enum keyword kw, unsigned int net_off)
{
	const struct item *it = &nt->items[kw];
	enum kefir_field field = ir_field(kw, nt->ft);
	struct kefir_pred *p;

	if (!tested(nt, kw))
		return 0;
	p = add_test(parent, field, net_off, &it->value.loc);
	if (!p)
		return -ENOMEM;
	p->test.value = it->v;
	p->test.mask = it->m;
	if (field_info(field)->anchor == KEFIR_ANCHOR_L4)
		p->test.l4 = nt->ft->family == FAMILY_IP6 ? KEFIR_L4_IP6
							  : KEFIR_L4_IP4;
	return 0;
}

/* NICs give IPv4 fragments their own flow type: L4 rules need a whole packet. */
static bool needs_unfragmented(const struct ntuple *nt)
{
	unsigned int i;

	if (nt->ft->family != FAMILY_IP4)
		return false;
	if (nt->ft->proto >= 0)
		return true;
	for (i = 0; i < KW_MAX; i++)
		if ((L4_WORDS & BIT(i)) && tested(nt, (enum keyword)i))
			return true;
	return false;
}

/* The tests the flow type implies: EtherType, protocol, not a fragment. */
static int add_flow_guards(struct kefir_pred *all, const struct ntuple *nt,
			   unsigned int net_off)
{
	const struct kefir_loc *loc = &nt->ft_word.loc;
	bool v4 = nt->ft->family == FAMILY_IP4;
	int err;

	if (nt->ft->family == FAMILY_ETHER)
		return 0;
	err = add_u64_test(all, KEFIR_FIELD_ETH_TYPE, v4 ? 0x0800 : 0x86dd,
			   net_off, loc);
	if (!err && nt->ft->proto >= 0)
		err = add_u64_test(all, v4 ? KEFIR_FIELD_IP4_PROTO
					   : KEFIR_FIELD_IP6_NEXT,
				   (uint64_t)nt->ft->proto, net_off, loc);
	if (!err && needs_unfragmented(nt))
		err = add_u64_test(all, KEFIR_FIELD_IP4_MF, 0, net_off, loc);
	if (!err && needs_unfragmented(nt))
		err = add_u64_test(all, KEFIR_FIELD_IP4_FRAGOFF, 0, net_off, loc);
	return err;
}

static bool is_vlan_keyword(enum keyword kw)
{
	return kw == KW_VLAN || kw == KW_VLAN_ETYPE;
}

/* The rule's tests with the network header at @net_off: guards, then fields. */
static int add_conjunction(struct kefir_pred *all, const struct ntuple *nt,
			   unsigned int net_off)
{
	size_t i;
	int err = add_flow_guards(all, nt, net_off);

	for (i = 0; !err && i < nt->n_order; i++)
		if (!is_vlan_keyword(nt->order[i]))
			err = add_field_test(all, nt, nt->order[i], net_off);
	return err;
}

/* True if vlan-etype alone proves a tag: an exact 0x8100 or 0x88a8. */
static bool etype_is_tpid(const struct ntuple *nt)
{
	const struct item *it = &nt->items[KW_VLAN_ETYPE];
	uint64_t tpid = value_to_u64(&it->v, 2);

	return value_is_full_mask(&it->m, KEFIR_FIELD_ETH_TYPE) &&
	       (tpid == TPID_8021Q || tpid == TPID_8021AD);
}

/*
 * A rule that tests the tag matches tagged frames only: the TPID at 14
 * (vlan-etype, or the guard), the TCI at 14, the rest after the tag.
 */
static int add_tagged_layout(struct kefir_pred *all, const struct ntuple *nt)
{
	bool etype = tested(nt, KW_VLAN_ETYPE);
	const struct item *cause = &nt->items[etype ? KW_VLAN_ETYPE : KW_VLAN];
	int err = 0;

	if (!etype || !etype_is_tpid(nt))
		err = add_tpid_guard(all, ETH_HLEN, &cause->value.loc);
	if (!err)
		err = add_field_test(all, nt, KW_VLAN_ETYPE, ETH_HLEN);
	if (!err)
		err = add_field_test(all, nt, KW_VLAN, ETH_HLEN);
	if (!err)
		err = add_conjunction(all, nt, ETH_HLEN + VLAN_HLEN);
	return err;
}

/* Any rule that does not test the tag: untagged, or one tag the NIC skips. */
static int add_either_layout(struct kefir_pred *all, const struct ntuple *nt)
{
	const struct kefir_loc *loc = &nt->ft_word.loc;
	struct kefir_pred *any, *untagged, *tagged;

	if (!(any = add_pred(all, KEFIR_PRED_OR, loc)) ||
	    !(untagged = add_pred(any, KEFIR_PRED_AND, loc)) ||
	    !(tagged = add_pred(any, KEFIR_PRED_AND, loc)))
		return -ENOMEM;
	if (add_conjunction(untagged, nt, ETH_HLEN) ||
	    add_tpid_guard(tagged, ETH_HLEN, loc) ||
	    add_conjunction(tagged, nt, ETH_HLEN + VLAN_HLEN))
		return -ENOMEM;
	return 0;
}

/*
 * Without a VLAN test, a rule that reads nothing past the MAC addresses is
 * the same on every frame: its two layouts collapse into one conjunction.
 */
static int build_match(const struct ntuple *nt, struct kefir_pred *all)
{
	if (tested(nt, KW_VLAN) || tested(nt, KW_VLAN_ETYPE))
		return add_tagged_layout(all, nt);
	if (nt->ft->family == FAMILY_ETHER && !tested(nt, KW_PROTO))
		return add_conjunction(all, nt, ETH_HLEN);
	return add_either_layout(all, nt);
}

/* The span from the start of @a to the end of @b (on one line). */
static struct kefir_loc span(const struct token *a, const struct token *b)
{
	struct kefir_loc loc = a->loc;

	if (b->loc.line == a->loc.line && b->loc.col >= a->loc.col)
		loc.len = b->loc.col + b->loc.len - a->loc.col;
	return loc;
}

/* Where the action is written: its words, or 'context' alone, or nowhere. */
static struct kefir_loc action_loc(const struct ntuple *nt)
{
	static const enum keyword words[] = { KW_ACTION, KW_VF, KW_QUEUE };
	const struct item *first = NULL, *last = NULL, *it;
	struct kefir_loc none = { 0 };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(words); i++) {
		it = &nt->items[words[i]];
		if (!it->given)
			continue;
		if (!first || it->word.loc.col < first->word.loc.col)
			first = it;
		if (!last || it->value.loc.col > last->value.loc.col)
			last = it;
	}
	if (!first && nt->items[KW_CONTEXT].given)
		first = last = &nt->items[KW_CONTEXT];
	return first ? span(&first->word, &last->value) : none;
}

/* No action means ring cookie 0: queue 0, as ethtool sends it. */
static void build_action(const struct ntuple *nt, struct kefir_action *a)
{
	const struct item *it = nt->items;

	a->kind = KEFIR_ACTION_QUEUE;
	a->queue = 0;
	if (it[KW_ACTION].given && it[KW_ACTION].n == RX_CLS_FLOW_DISC)
		a->kind = KEFIR_ACTION_DROP;
	else if (it[KW_ACTION].given)
		a->queue = (uint32_t)it[KW_ACTION].n;
	if (it[KW_QUEUE].given)
		a->queue = (uint32_t)it[KW_QUEUE].n;
	a->vf = it[KW_VF].given ? (int64_t)it[KW_VF].n : -1;
	a->context = it[KW_CONTEXT].given ? (int64_t)it[KW_CONTEXT].n : -1;
	a->loc = action_loc(nt);
}

/* Converts a parsed rule and keeps it, with its location, for ordering. */
static int add_rule(struct parser *ps, const struct ntuple *nt)
{
	char *text = source_line(ps->src, nt->first.loc.line);
	struct kefir_rule *rule = text ? rule_new(&nt->first.loc, text) : NULL;
	struct placed *pl;

	free(text);
	if (!rule || build_match(nt, rule->match) ||
	    array_reserve((void **)&ps->rules, &ps->cap_rules,
			  sizeof(*ps->rules), ps->n_rules + 1)) {
		rule_free(rule);
		return -ENOMEM;
	}
	build_action(nt, &rule->action);
	pl = &ps->rules[ps->n_rules];
	memset(pl, 0, sizeof(*pl));
	pl->rule = rule;
	pl->index = ps->n_rules++;
	pl->has_loc = nt->items[KW_LOC].given;
	pl->loc = (uint32_t)nt->items[KW_LOC].n;
	pl->loc_value = nt->items[KW_LOC].value;
	return 0;
}

/* line = [ command ] EOL: a blank or comment line has no command */
static int parse_line(struct parser *ps)
{
	struct ntuple nt;
	int err;

	memset(&nt, 0, sizeof(nt));
	if ((err = next(ps, &nt.first)) || at_line_end(&nt.first))
		return err;
	err = parse_command(ps, &nt);
	return err ? err : add_rule(ps, &nt);
}

/* input = { line } EOF; after an error, the next line is read on. */
static int parse_input(struct parser *ps)
{
	int err, first_err = 0;

	while (ps->lx.p < ps->lx.end) {
		err = parse_line(ps);
		if (err == -ENOMEM)
			return err;
		if (err) {
			first_err = err;
			if (skip_line(ps))
				return -ENOMEM;
		}
	}
	return first_err;
}

/* ------------------------------------------------------------------------ */
/* Rule order                                                               */
/* ------------------------------------------------------------------------ */

/*
 * The NIC tries lower locations first. Rules with "loc" come first, by
 * location. ethtool puts a rule without one in the highest free slot
 * (rxclass.c, rmgr_find_empty_slot()), so of those, a later rule sits
 * lower and is tried earlier.
 */
static int compare_placed(const void *pa, const void *pb)
{
	const struct placed *a = pa, *b = pb;

	if (a->has_loc != b->has_loc)
		return a->has_loc ? -1 : 1;
	if (a->has_loc && a->loc != b->loc)
		return a->loc < b->loc ? -1 : 1;
	if (a->has_loc)
		return a->index < b->index ? -1 : 1;
	return a->index > b->index ? -1 : 1;
}

/* Two rules in one location: the later one is refused. */
static int check_locations(struct parser *ps)
{
	const struct placed *a, *b;
	char note[64];
	int err = 0;
	size_t i;

	for (i = 1; i < ps->n_rules && err != -ENOMEM; i++) {
		a = &ps->rules[i - 1];
		b = &ps->rules[i];
		if (!a->has_loc || !b->has_loc || a->loc != b->loc)
			continue;
		err = diag_error(ps->diag, ps->src, &b->loc_value.loc,
				 "location %u is already used by the rule on line %u",
				 b->loc, a->rule->loc.line);
		snprintf(note, sizeof(note), "location %u first used here", a->loc);
		if (err != -ENOMEM)
			err = note_at(ps, &a->loc_value, note);
	}
	return err;
}

static void free_rules(struct parser *ps, size_t from)
{
	size_t i;

	for (i = from; i < ps->n_rules; i++)
		rule_free(ps->rules[i].rule);
	free(ps->rules);
}

static int parse_ethtool(const struct kefir_source *src,
			 const struct kefir_parse_opts *opts,
			 struct kefir_ruleset *rs, struct kefir_diag *diag)
{
	const struct lexer_opts lexer_opts = { .hash_comments = true,
					       .eol = true };
	struct parser ps = { .src = src, .diag = diag };
	size_t i = 0;
	int err, loc_err;

	(void)opts;
	lex_init(&ps.lx, src, &lexer_opts);
	err = parse_input(&ps);
	if (err != -ENOMEM && ps.n_rules) {
		qsort(ps.rules, ps.n_rules, sizeof(*ps.rules), compare_placed);
		loc_err = check_locations(&ps);
		if (loc_err && err != -EINVAL)
			err = loc_err;
	}
	for (; !err && i < ps.n_rules; i++)
		if (ruleset_append(rs, ps.rules[i].rule))
			err = -ENOMEM;
	free_rules(&ps, err ? i : ps.n_rules);
	lex_free(&ps.lx);
	return err;
}

const struct kefir_frontend kefir_frontend_ethtool = {
	.name = "ethtool",
	.aliases = "ntuple",
	.summary = "ethtool ntuple rules, one per line: [ethtool -N DEV] flow-type FT ...",
	.parse = parse_ethtool,
};
