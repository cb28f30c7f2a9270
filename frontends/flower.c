/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * flower.c - the tc flower front-end: "tc filter add dev IF ingress ...
 * flower KEYS... action ..." lines (with or without "tc", as in "tc -batch"
 * files) and the bare "[protocol P] flower ..." form, one filter per line.
 *
 * Keys are read as iproute2's tc/f_flower.c reads them: each with its own
 * number base, with the parse-time prerequisites tc enforces (a port needs
 * "ip_proto tcp|udp|sctp", an address needs protocol ip or ipv6, ...). Each
 * filter becomes a conjunction with the semantics of the kernel's flower,
 * not pflang's: "protocol" is the outermost EtherType, a VLAN key reads the
 * in-packet tag, on IPv6 ip_proto and the L4 keys come after the flow
 * dissector's extension-header walk (IR l4 "ip6_flow"), and a key the
 * dissector does not extract reads as 0 (L4 keys on any fragment, ARP keys
 * on a non-Ethernet/IPv4 ARP), so a key that accepts 0 also matches those
 * packets. Filters run chain 0 first,
 * by ascending pref, then file order; "goto chain N" is expanded in place
 * (the chain's filters, guarded by the jumping filter's match, then "pass":
 * a chain without a match ends classification). What kefir cannot express
 * is refused by name with the reason. docs/flower.md has the support table.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "frontend.h"

#define ETH_HLEN 14
#define VLAN_HLEN 4
#define ETH_P_ALL 0x0003
#define ETH_P_IP 0x0800
#define ETH_P_IPV6 0x86dd
#define ETH_P_ARP 0x0806
#define ETH_P_RARP 0x8035
#define ETH_P_8021Q 0x8100
#define ETH_P_8021AD 0x88a8
#define PREF_AUTO_FIRST 0xc000	/* the kernel's first automatic priority */
#define PREF_AUTO_MIN 0x8000	/* automatic priorities go below the first above */
#define MAX_CHAIN_DEPTH 8	/* nested gotos expanded */
#define MAX_VALUE_LEN 127

enum verdict {
	VERDICT_ACTION,		/* the IR action in filter.action */
	VERDICT_CONTINUE,	/* as if the filter did not match */
	VERDICT_GOTO,		/* go on in chain filter.goto_chain */
};

/* One filter as parsed. */
struct filter {
	struct kefir_rule *rule;	/* match and (VERDICT_ACTION) action */
	enum verdict verdict;
	uint32_t goto_chain;
	struct token goto_tok;
	uint32_t chain;
	uint32_t pref;
	size_t index;			/* place in the file */
	bool reached;			/* its chain was run (chain 0, or a goto) */
};

/* Parse-time state of one filter, as f_flower.c keeps it. */
struct fstate {
	struct filter *f;
	struct kefir_pred *all;		/* the rule's conjunction */
	uint16_t eth_type;		/* filter protocol; 0: all */
	uint16_t vlan_ethtype, cvlan_ethtype;
	int ip_proto;			/* -1 until ip_proto */
	bool has_pref;
	bool frag_guarded;		/* the "not a fragment" tests are in */
	bool arp_guarded;
	bool tcp_guarded;
};

struct parser {
	struct lexer lx;
	const struct kefir_source *src;
	struct kefir_diag *diag;
	bool line_done;
	struct filter *filters;
	size_t n_filters, cap_filters;
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

static bool at_line_end(const struct token *tok)
{
	return tok->kind == TOK_EOL || tok->kind == TOK_EOF;
}

static int skip_line(struct parser *ps)
{
	struct token tok;
	int err;

	while (!ps->line_done)
		if ((err = next(ps, &tok)) == -ENOMEM)
			return err;
	return 0;
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

/* "'WORD' is not supported: WHY" */
static int refuse(struct parser *ps, const struct token *tok, const char *why)
{
	return diag_error(ps->diag, ps->src, &tok->loc,
			  "'%.*s' is not supported: %s", (int)tok->len,
			  tok->text, why);
}

/* "'WORD' needs WHAT" (a prerequisite tc enforces). */
static int needs(struct parser *ps, const struct token *tok, const char *what)
{
	return diag_error(ps->diag, ps->src, &tok->loc, "'%.*s' needs %s",
			  (int)tok->len, tok->text, what);
}

/* Reads the value after @word into @tok; refuses the end of the line. */
static int value_of(struct parser *ps, const struct token *word,
		    struct token *tok, const char *what)
{
	int err = next(ps, tok);

	if (err)
		return err;
	if (tok->kind != TOK_WORD)
		return expected_after(ps, tok, what, word);
	return 0;
}

/* Copies a word token into @out; false when it is too long. */
static bool tok_copy(const struct token *tok, char out[MAX_VALUE_LEN + 1])
{
	if (tok->len > MAX_VALUE_LEN)
		return false;
	memcpy(out, tok->text, tok->len);
	out[tok->len] = '\0';
	return true;
}

/* Parses all of @s as a number of @base (see tok_to_u64()). */
static int str_u64(const char *s, int base, uint64_t max, uint64_t *out)
{
	struct token t = { .kind = TOK_WORD, .text = s, .len = strlen(s) };

	return tok_to_u64(&t, base, max, out);
}

/* ------------------------------------------------------------------------ */
/* Building the IR                                                          */
/* ------------------------------------------------------------------------ */

/* A test of @field with the network header at @net_off, added to @parent. */
static struct kefir_pred *add_test(struct kefir_pred *parent,
				   enum kefir_field field, unsigned int net_off,
				   const struct kefir_loc *loc)
{
	struct kefir_pred *p = pred_new_field(field, loc);

	if (!p)
		return NULL;
	if (field_info(field)->anchor != KEFIR_ANCHOR_LINK)
		p->test.net_off = net_off;
	if (field_info(field)->anchor == KEFIR_ANCHOR_L4)
		p->test.l4 = KEFIR_L4_IP4;
	if (field_info(field)->anchor == KEFIR_ANCHOR_WALK)
		p->test.l4 = KEFIR_L4_IP6_FLOW;
	if (pred_add(parent, p)) {
		pred_free(p);
		return NULL;
	}
	return p;
}

static int add_u64(struct kefir_pred *parent, enum kefir_field field,
		   uint64_t x, unsigned int net_off, const struct kefir_loc *loc)
{
	struct kefir_pred *p = add_test(parent, field, net_off, loc);

	if (!p)
		return -ENOMEM;
	value_from_u64(&p->test.value, x, field_info(field)->bytes);
	return 0;
}

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

/* The network header's offset for keys of the current EtherType. */
static unsigned int net_off(const struct fstate *st)
{
	if (st->cvlan_ethtype)
		return ETH_HLEN + 2 * VLAN_HLEN;
	if (st->vlan_ethtype)
		return ETH_HLEN + VLAN_HLEN;
	return ETH_HLEN;
}

/* The EtherType IP keys see: vlan_ethtype's, cvlan_ethtype's, or protocol. */
static uint16_t cur_ethtype(const struct fstate *st)
{
	if (st->cvlan_ethtype)
		return st->cvlan_ethtype;
	return st->vlan_ethtype ? st->vlan_ethtype : st->eth_type;
}

/*
 * A key test @t that the dissector leaves at 0 on some packets ("invalid":
 * not all of @guards hold). When 0 passes the key, the test becomes
 * "not (guards) or (guards and key)", unless the guards are already in the
 * rule (@guarded); else the guards join the rule once and the key follows.
 */
static int add_zero_aware(struct fstate *st, struct kefir_pred *t,
			  int (*guards)(struct kefir_pred *, unsigned int,
					const struct kefir_loc *),
			  bool *guarded)
{
	unsigned int bytes = field_info(t->test.field)->bytes;
	struct kefir_value zero = { { 0 } };
	struct kefir_pred *any, *bad, *good;
	bool zero_passes = t->test.op == KEFIR_OP_EQ &&
			   !value_cmp(&t->test.value, &zero, bytes);
	int err = -ENOMEM;

	if (!zero_passes || *guarded) {
		err = *guarded ? 0 : guards(st->all, t->test.net_off, &t->loc);
		*guarded = true;
		if (err || (err = pred_add(st->all, t)))
			pred_free(t);
		return err;
	}
	if ((any = add_pred(st->all, KEFIR_PRED_OR, &t->loc)) &&
	    (bad = add_pred(any, KEFIR_PRED_NOT, &t->loc)) &&
	    (good = add_pred(any, KEFIR_PRED_AND, &t->loc)) &&
	    (bad = add_pred(bad, KEFIR_PRED_AND, &t->loc)) &&
	    !guards(bad, t->test.net_off, &t->loc) &&
	    !guards(good, t->test.net_off, &t->loc) && !pred_add(good, t))
		return 0;
	pred_free(t);
	return err;
}

/*
 * IPv4 and not a fragment: flower dissects without PARSE_1ST_FRAG, so
 * __skb_flow_dissect() stops at any fragment (first included) before the
 * transport header, and ports, TCP flags and ICMP type/code stay 0.
 */
static int frag_guards(struct kefir_pred *and, unsigned int off,
		       const struct kefir_loc *loc)
{
	if (add_u64(and, KEFIR_FIELD_IP4_MF, 0, off, loc) ||
	    add_u64(and, KEFIR_FIELD_IP4_FRAGOFF, 0, off, loc))
		return -ENOMEM;
	return 0;
}

/*
 * IPv6 and not a fragment: the walk (l4 ip6_flow) met no fragment header;
 * at one, __skb_flow_dissect() stops before the transport header.
 */
static int frag6_guards(struct kefir_pred *and, unsigned int off,
			const struct kefir_loc *loc)
{
	return add_u64(and, KEFIR_FIELD_IP6_FLOW_FRAG, 0, off, loc);
}

/*
 * __skb_flow_dissect_arp() fills the ARP keys only for Ethernet/IPv4 ARP
 * (hardware type 1, protocol 0x0800, lengths 6 and 4) with the op request
 * or reply; otherwise they stay 0.
 */
static int arp_guards(struct kefir_pred *and, unsigned int off,
		      const struct kefir_loc *loc)
{
	struct kefir_pred *op;

	if (add_u64(and, KEFIR_FIELD_ARP_HTYPE, 1, off, loc) ||
	    add_u64(and, KEFIR_FIELD_ARP_PTYPE, ETH_P_IP, off, loc) ||
	    add_u64(and, KEFIR_FIELD_ARP_HLEN, 6, off, loc) ||
	    add_u64(and, KEFIR_FIELD_ARP_PLEN, 4, off, loc) ||
	    !(op = add_test(and, KEFIR_FIELD_ARP_OP, off, loc)))
		return -ENOMEM;
	op->test.op = KEFIR_OP_RANGE;
	value_from_u64(&op->test.value, 1, 2);
	value_from_u64(&op->test.max, 2, 2);
	return 0;
}

/* Adds a parsed key test to the rule, with the guards its layer needs. */
static int add_key(struct fstate *st, struct kefir_pred *t)
{
	const struct kefir_field_info *fi = field_info(t->test.field);

	if (fi->anchor == KEFIR_ANCHOR_L4 && t->test.l4 == KEFIR_L4_IP6_FLOW)
		return add_zero_aware(st, t, frag6_guards, &st->frag_guarded);
	if (fi->anchor == KEFIR_ANCHOR_L4)
		return add_zero_aware(st, t, frag_guards, &st->frag_guarded);
	if (fi->family == KEFIR_FAMILY_ARP)
		return add_zero_aware(st, t, arp_guards, &st->arp_guarded);
	if (pred_add(st->all, t)) {
		pred_free(t);
		return -ENOMEM;
	}
	return 0;
}

/* A new test of @field at the current network offset, value and mask 0. */
static struct kefir_pred *new_key(const struct fstate *st,
				  enum kefir_field field,
				  const struct token *tok)
{
	struct kefir_pred *p = pred_new_field(field, &tok->loc);

	if (!p)
		return NULL;
	if (field_info(field)->anchor != KEFIR_ANCHOR_LINK)
		p->test.net_off = net_off(st);
	if (field_info(field)->anchor == KEFIR_ANCHOR_L4)
		p->test.l4 = cur_ethtype(st) == ETH_P_IPV6 ? KEFIR_L4_IP6_FLOW
							   : KEFIR_L4_IP4;
	if (field_info(field)->anchor == KEFIR_ANCHOR_WALK)
		p->test.l4 = KEFIR_L4_IP6_FLOW;
	return p;
}

/* Adds "field & mask == value & mask", the kernel's masked key. */
static int add_masked(struct fstate *st, enum kefir_field field,
		      const struct token *tok, const struct kefir_value *v,
		      const struct kefir_value *m)
{
	struct kefir_value zero = { { 0 } };
	struct kefir_pred *p;

	if (!value_cmp(m, &zero, field_info(field)->bytes))
		return 0;	/* the kernel ignores a key under a zero mask */
	if (!(p = new_key(st, field, tok)))
		return -ENOMEM;
	value_and(&p->test.value, v, m, field_info(field)->bytes);
	p->test.mask = *m;
	return add_key(st, p);
}

static int add_masked_u64(struct fstate *st, enum kefir_field field,
			  const struct token *tok, uint64_t v, uint64_t m)
{
	unsigned int bytes = field_info(field)->bytes;
	struct kefir_value vv, mm;

	value_from_u64(&vv, v, bytes);
	value_from_u64(&mm, m, bytes);
	return add_masked(st, field, tok, &vv, &mm);
}

/* ------------------------------------------------------------------------ */
/* Values                                                                   */
/* ------------------------------------------------------------------------ */

/* Splits "V/M" at the slash: returns M, or NULL without one. */
static char *split_mask(char *s)
{
	char *slash = strchr(s, '/');

	if (!slash)
		return NULL;
	*slash = '\0';
	return slash + 1;
}

/* "xx:xx:xx:xx:xx:xx", 1-2 hex digits per group, as ll_addr_a2n reads it. */
static bool parse_mac(const char *s, struct kefir_value *out)
{
	unsigned int i, n;
	char *end;
	unsigned long x;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < 6; i++) {
		for (n = 0; s[n] && s[n] != ':'; n++)
			;
		if (n < 1 || n > 2 || (i < 5) != (s[n] == ':'))
			return false;
		x = strtoul(s, &end, 16);
		if (end != s + n)
			return false;
		out->b[i] = (uint8_t)x;
		s += n + (i < 5);
	}
	return true;
}

/* MAC[/MASK]: MASK is a MAC or a prefix length 0-48 (decimal). */
static bool parse_mac_mask(char *s, struct kefir_value *v,
			   struct kefir_value *m)
{
	char *mask = split_mask(s);
	uint64_t plen;

	if (!parse_mac(s, v))
		return false;
	if (!mask) {
		memset(m, 0, sizeof(*m));
		memset(m->b, 0xff, 6);
		return true;
	}
	if (!str_u64(mask, 10, 48, &plen)) {
		value_from_prefix(m, (unsigned int)plen, 6);
		return true;
	}
	return parse_mac(mask, m);
}

/*
 * An IPv4 address as iproute2's get_addr_ipv4() reads it: one to four
 * parts, each strtoul base 0 (010 is 8) and at most 255, missing parts 0.
 */
static bool parse_ip4(const char *s, struct kefir_value *out)
{
	unsigned int i;
	char *end;
	unsigned long x;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < 4 && *s; i++) {
		if (*s < '0' || *s > '9')
			return false;
		x = strtoul(s, &end, 0);
		if (x > 255 || (*end && *end != '.') || (*end && !end[1]))
			return false;
		out->b[i] = (uint8_t)x;
		s = *end ? end + 1 : end;
	}
	return i > 0 && !*s;
}

/*
 * A netmask after '/': a prefix length (base 0), or for IPv4 a contiguous
 * dotted mask (tc 6.1 takes no address-form mask for IPv6).
 */
static bool parse_netmask(const char *s, bool v6, struct kefir_value *m)
{
	unsigned int bits = v6 ? 128 : 32;
	uint64_t plen;

	if (!str_u64(s, 0, bits, &plen)) {
		value_from_prefix(m, (unsigned int)plen, bits / 8);
		return true;
	}
	return !v6 && parse_ip4(s, m) && value_prefix_len(m, 4) >= 0;
}

/*
 * PREFIX = ADDR [/ (LEN | MASK)] | "default" | "any" | "all", as
 * iproute2's get_prefix() reads it for family @v6; host bits stay (the key
 * is masked when added).
 */
static bool parse_prefix(char *s, bool v6, struct kefir_value *v,
			 struct kefir_value *m)
{
	char *mask = split_mask(s);
	unsigned int bytes = v6 ? 16 : 4;

	memset(v, 0, sizeof(*v));
	memset(m, 0, sizeof(*m));
	if (!strcmp(s, "default") || !strcmp(s, "any") || !strcmp(s, "all"))
		return !mask;
	if (v6 ? inet_pton(AF_INET6, s, v->b) != 1 : !parse_ip4(s, v))
		return false;
	if (!mask) {
		value_from_prefix(m, bytes * 8, bytes);
		return true;
	}
	return parse_netmask(mask, v6, m);
}

/* ------------------------------------------------------------------------ */
/* Keys                                                                     */
/* ------------------------------------------------------------------------ */

struct key;
typedef int (*key_fn)(struct parser *ps, struct fstate *st,
		      const struct key *k, const struct token *word);

/* One flower keyword: how it is parsed and what it tests. */
struct key {
	const char *name;
	key_fn parse;
	enum kefir_field field;		/* the IR field, when one */
	enum kefir_field field6;	/* on IPv6, when it differs */
	const char *why;		/* refused keys: the reason */
};

/* "Illegal "KEY"": tc's message, said kefir's way. */
static int bad_value(struct parser *ps, const struct token *word,
		     const struct token *tok, const char *what)
{
	return expected_after(ps, tok, what, word);
}

/* Reads the value of @word as text into @buf. */
static int text_value(struct parser *ps, const struct token *word,
		      struct token *tok, char buf[MAX_VALUE_LEN + 1],
		      const char *what)
{
	int err = value_of(ps, word, tok, what);

	if (!err && !tok_copy(tok, buf))
		err = bad_value(ps, word, tok, what);
	return err;
}

/* dst_mac | src_mac | arp_sha | arp_tha  MAC[/MASK] */
static int key_mac(struct parser *ps, struct fstate *st, const struct key *k,
		   const struct token *word)
{
	const char *what = "a MAC address with an optional /MASK or /PREFIX-LENGTH";
	char buf[MAX_VALUE_LEN + 1];
	struct kefir_value v, m;
	struct token tok;
	int err;

	if (k->field != KEFIR_FIELD_ETH_DST && k->field != KEFIR_FIELD_ETH_SRC &&
	    cur_ethtype(st) != ETH_P_ARP && cur_ethtype(st) != ETH_P_RARP)
		return needs(ps, word, "protocol arp or rarp");
	if ((err = text_value(ps, word, &tok, buf, what)))
		return err;
	if (!parse_mac_mask(buf, &v, &m))
		return bad_value(ps, word, &tok, what);
	return add_masked(st, k->field, &tok, &v, &m);
}

/* vlan_id | cvlan_id VID (decimal, 0-4095); vlan_prio | cvlan_prio P (0-7) */
static int key_vlan(struct parser *ps, struct fstate *st, const struct key *k,
		    const struct token *word)
{
	bool inner = word->text[0] == 'c';
	uint64_t max = k->field == KEFIR_FIELD_VLAN_ID ? 4095 : 7;
	uint16_t outer = inner ? st->vlan_ethtype : st->eth_type;
	struct kefir_pred *p;
	struct token tok;
	uint64_t x;
	int err;

	if (outer != ETH_P_8021Q && outer != ETH_P_8021AD)
		return needs(ps, word, inner ? "vlan_ethtype 802.1Q or 802.1ad"
					     : "protocol 802.1Q or 802.1ad");
	if ((err = value_of(ps, word, &tok, "a decimal number")))
		return err;
	if (tok_to_u64(&tok, 10, max, &x))
		return bad_value(ps, word, &tok, max == 7 ? "a priority 0-7"
							  : "a VLAN id 0-4095");
	if (!(p = pred_new_field_u64(k->field, x, &tok.loc)))
		return -ENOMEM;
	p->test.net_off = ETH_HLEN + (inner ? VLAN_HLEN : 0);
	return add_key(st, p);
}

struct name_number {
	const char *name;
	uint16_t number;
};

/* Protocol names as iproute2's ll_proto_a2n() knows them (case-insensitive). */
static const struct name_number ethertypes[] = {
	{ "all", ETH_P_ALL }, { "ip", ETH_P_IP }, { "ipv4", ETH_P_IP },
	{ "ipv6", ETH_P_IPV6 }, { "arp", ETH_P_ARP }, { "rarp", ETH_P_RARP },
	{ "802.1Q", ETH_P_8021Q }, { "802.1ad", ETH_P_8021AD },
	{ "mpls_uc", 0x8847 }, { "mpls_mc", 0x8848 }, { "ppp_disc", 0x8863 },
	{ "ppp_ses", 0x8864 }, { "lldp", 0x88cc }, { "cfm", 0x8902 },
	{ "teb", 0x6558 }, { "loop", 0x0060 }, { "ipx", 0x8137 },
	{ "802_3", 0x0001 }, { "802_2", 0x0004 },
};

/* An EtherType: a name or a number in base 0. */
static bool parse_ethtype(const struct token *tok, uint16_t *out)
{
	uint64_t x;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(ethertypes); i++)
		if (strlen(ethertypes[i].name) == tok->len &&
		    !strncasecmp(ethertypes[i].name, tok->text, tok->len)) {
			*out = ethertypes[i].number;
			return true;
		}
	if (tok_to_u64(tok, 0, 0xffff, &x))
		return false;
	*out = (uint16_t)x;
	return true;
}

/* vlan_ethtype | cvlan_ethtype ETHTYPE: the EtherType after the tag */
static int key_ethtype(struct parser *ps, struct fstate *st,
		       const struct key *k, const struct token *word)
{
	bool inner = word->text[0] == 'c';
	uint16_t outer = inner ? st->vlan_ethtype : st->eth_type;
	uint16_t *slot = inner ? &st->cvlan_ethtype : &st->vlan_ethtype;
	struct token tok;
	uint16_t type;
	int err;

	(void)k;
	if (outer != ETH_P_8021Q && outer != ETH_P_8021AD)
		return needs(ps, word, inner ? "vlan_ethtype 802.1Q or 802.1ad"
					     : "protocol 802.1Q or 802.1ad");
	if ((err = value_of(ps, word, &tok, "an EtherType")))
		return err;
	if (!parse_ethtype(&tok, &type))
		return bad_value(ps, word, &tok, "an EtherType name or number");
	*slot = type;
	return add_u64(st->all, KEFIR_FIELD_ETH_TYPE, type, net_off(st),
		       &tok.loc);
}

/* The names iproute2 6.1 knows; any other protocol is a hex number. */
static const struct name_number ip_protos[] = {
	{ "tcp", 6 }, { "udp", 17 }, { "sctp", 132 }, { "icmp", 1 },
	{ "icmpv6", 58 },
};

/* ip_proto NAME | HEX: a number is read in base 16, as tc reads it */
static int key_ip_proto(struct parser *ps, struct fstate *st,
			const struct key *k, const struct token *word)
{
	uint16_t type = cur_ethtype(st);
	struct token tok;
	uint64_t x = 256;
	size_t i;
	int err;

	(void)k;
	if (type != ETH_P_IP && type != ETH_P_IPV6)
		return needs(ps, word, "protocol ip or ipv6");
	if ((err = value_of(ps, word, &tok, "a protocol name or hex number")))
		return err;
	for (i = 0; i < ARRAY_SIZE(ip_protos); i++)
		if (tok_is(&tok, ip_protos[i].name))
			x = ip_protos[i].number;
	if ((x == 1 && type != ETH_P_IP) || (x == 58 && type != ETH_P_IPV6))
		return needs(ps, word, x == 1 ? "protocol ip for 'icmp'"
					      : "protocol ipv6 for 'icmpv6'");
	if (x == 256 && tok_to_u64(&tok, 16, 255, &x))
		return bad_value(ps, word, &tok,
				 "a protocol name or a hex number 0-ff");
	st->ip_proto = (int)x;
	/* on IPv6, the protocol after the extension headers flower skips */
	return add_u64(st->all, type == ETH_P_IPV6 ? KEFIR_FIELD_IP6_FLOW_PROTO
						  : KEFIR_FIELD_IP4_PROTO,
		       x, net_off(st), &tok.loc);
}

/* ip_tos | ip_ttl V[/M]: V decimal, else hex; M hex */
static int key_tos_ttl(struct parser *ps, struct fstate *st,
		       const struct key *k, const struct token *word)
{
	const char *what = "a number with an optional /HEX-MASK";
	uint16_t type = cur_ethtype(st);
	char buf[MAX_VALUE_LEN + 1], *mask;
	uint64_t v, m = 0xff;
	struct token tok;
	int err;

	if (type != ETH_P_IP && type != ETH_P_IPV6)
		return needs(ps, word, "protocol ip or ipv6");
	if ((err = text_value(ps, word, &tok, buf, what)))
		return err;
	mask = split_mask(buf);
	if ((str_u64(buf, 10, 255, &v) && str_u64(buf, 16, 255, &v)) ||
	    (mask && str_u64(mask, 16, 255, &m)))
		return bad_value(ps, word, &tok, what);
	return add_masked_u64(st, type == ETH_P_IP ? k->field : k->field6,
			      &tok, v, m);
}

/* dst_ip | src_ip | arp_sip | arp_tip PREFIX */
static int key_ip(struct parser *ps, struct fstate *st, const struct key *k,
		  const struct token *word)
{
	const char *what = "an address with an optional /PREFIX-LENGTH or /MASK";
	uint16_t type = cur_ethtype(st);
	bool arp = field_info(k->field)->family == KEFIR_FAMILY_ARP;
	char buf[MAX_VALUE_LEN + 1];
	struct kefir_value v, m;
	struct token tok;
	int err;

	if (arp && type != ETH_P_ARP && type != ETH_P_RARP)
		return needs(ps, word, "protocol arp or rarp");
	if (!arp && type != ETH_P_IP && type != ETH_P_IPV6)
		return needs(ps, word, "protocol ip or ipv6");
	if ((err = text_value(ps, word, &tok, buf, what)))
		return err;
	if (!parse_prefix(buf, type == ETH_P_IPV6, &v, &m))
		return bad_value(ps, word, &tok, type == ETH_P_IPV6 ?
				 "an IPv6 prefix" : "an IPv4 prefix");
	return add_masked(st, type == ETH_P_IPV6 ? k->field6 : k->field, &tok,
			  &v, &m);
}

/* A port range MIN-MAX (decimal, MIN < MAX), as a RANGE test. */
static int add_port_range(struct fstate *st, const struct key *k,
			  const struct token *tok, uint64_t min, uint64_t max)
{
	struct kefir_pred *p = new_key(st, k->field, tok);

	if (!p)
		return -ENOMEM;
	p->test.op = KEFIR_OP_RANGE;
	value_from_u64(&p->test.value, min, 2);
	value_from_u64(&p->test.max, max, 2);
	return add_key(st, p);
}

/* dst_port | src_port  PORT (decimal) | MIN-MAX (decimal) | V/M (base 0) */
static int key_port(struct parser *ps, struct fstate *st, const struct key *k,
		    const struct token *word)
{
	const char *what = "a decimal port, MIN-MAX or PORT/MASK";
	char buf[MAX_VALUE_LEN + 1], *mask, *dash;
	uint64_t v, m = 0xffff;
	struct token tok;
	int err;

	if (st->ip_proto != 6 && st->ip_proto != 17 && st->ip_proto != 132)
		return needs(ps, word, "ip_proto tcp, udp or sctp");
	if ((err = text_value(ps, word, &tok, buf, what)))
		return err;
	if ((mask = split_mask(buf))) {
		if (str_u64(buf, 0, 0xffff, &v) || str_u64(mask, 0, 0xffff, &m))
			return bad_value(ps, word, &tok, what);
		return add_masked_u64(st, k->field, &tok, v, m);
	}
	if ((dash = strchr(buf, '-'))) {
		*dash++ = '\0';
		if (str_u64(buf, 10, 0xffff, &v) || str_u64(dash, 10, 0xffff, &m) ||
		    !v || m <= v)
			return bad_value(ps, word, &tok, "a port range MIN-MAX with 0 < MIN < MAX");
		return add_port_range(st, k, &tok, v, m);
	}
	if (str_u64(buf, 10, 0xffff, &v) || !v)
		return bad_value(ps, word, &tok, "a decimal port 1-65535, MIN-MAX or PORT/MASK");
	return add_masked_u64(st, k->field, &tok, v, m);
}

/*
 * IPv4, TCP, not a fragment: __skb_flow_dissect_tcp() fills the flags only
 * for TCP, so on other packets the key reads 0 (tc does not require
 * "ip_proto tcp" before tcp_flags).
 */
static int tcp_guards(struct kefir_pred *and, unsigned int off,
		      const struct kefir_loc *loc)
{
	if (add_u64(and, KEFIR_FIELD_IP4_PROTO, 6, off, loc))
		return -ENOMEM;
	return frag_guards(and, off, loc);
}

static int tcp6_guards(struct kefir_pred *and, unsigned int off,
		       const struct kefir_loc *loc)
{
	if (add_u64(and, KEFIR_FIELD_IP6_FLOW_PROTO, 6, off, loc))
		return -ENOMEM;
	return frag6_guards(and, off, loc);
}

/* tcp_flags V[/M]: hex, at most 0xfff */
static int key_tcp_flags(struct parser *ps, struct fstate *st,
			 const struct key *k, const struct token *word)
{
	const char *what = "hex TCP flags up to 0xfff with an optional /HEX-MASK";
	char buf[MAX_VALUE_LEN + 1], *mask;
	uint64_t v, m = 0xfff;
	struct kefir_pred *p;
	struct token tok;
	int err;

	if ((err = text_value(ps, word, &tok, buf, what)))
		return err;
	mask = split_mask(buf);
	if (str_u64(buf, 16, 0xfff, &v) || (mask && str_u64(mask, 16, 0xfff, &m)))
		return bad_value(ps, word, &tok, what);
	if (cur_ethtype(st) != ETH_P_IP && cur_ethtype(st) != ETH_P_IPV6)
		return refuse(ps, word, "kefir supports it with protocol ip or ipv6 only: on other packets flower reads TCP flags as 0 after finding TCP in them");
	if (!(m & 0xfff))
		return 0;
	if (!(p = new_key(st, k->field, &tok)))
		return -ENOMEM;
	value_from_u64(&p->test.value, v & m, 2);
	value_from_u64(&p->test.mask, m, 2);
	return add_zero_aware(st, p, p->test.l4 == KEFIR_L4_IP6_FLOW ?
				     tcp6_guards : tcp_guards, &st->tcp_guarded);
}

/* type | code V[/M]: decimal u8 */
static int key_icmp(struct parser *ps, struct fstate *st, const struct key *k,
		    const struct token *word)
{
	const char *what = "a decimal number 0-255 with an optional /MASK";
	char buf[MAX_VALUE_LEN + 1], *mask;
	uint64_t v, m = 0xff;
	struct token tok;
	int err;

	if ((cur_ethtype(st) != ETH_P_IP || st->ip_proto != 1) &&
	    (cur_ethtype(st) != ETH_P_IPV6 || st->ip_proto != 58))
		return needs(ps, word, "protocol ip and ip_proto icmp, or protocol ipv6 and ip_proto icmpv6");
	if ((err = text_value(ps, word, &tok, buf, what)))
		return err;
	mask = split_mask(buf);
	if (str_u64(buf, 10, 255, &v) || (mask && str_u64(mask, 10, 255, &m)))
		return bad_value(ps, word, &tok, what);
	return add_masked_u64(st, k->field, &tok, v, m);
}

/* arp_op request | reply | N[/M] (decimal) */
static int key_arp_op(struct parser *ps, struct fstate *st,
		      const struct key *k, const struct token *word)
{
	const char *what = "'request', 'reply' or a decimal number with an optional /MASK";
	char buf[MAX_VALUE_LEN + 1], *mask;
	uint64_t v, m = 0xff;
	struct token tok;
	int err;

	if (cur_ethtype(st) != ETH_P_ARP && cur_ethtype(st) != ETH_P_RARP)
		return needs(ps, word, "protocol arp or rarp");
	if ((err = text_value(ps, word, &tok, buf, what)))
		return err;
	mask = split_mask(buf);
	if (!strcmp(buf, "request"))
		v = 1;
	else if (!strcmp(buf, "reply"))
		v = 2;
	else if (str_u64(buf, 10, 255, &v))
		return bad_value(ps, word, &tok, what);
	if (mask && str_u64(mask, 10, 255, &m))
		return bad_value(ps, word, &tok, what);
	/* the dissector keeps the op's low byte; its guards allow 1 and 2 */
	return add_masked_u64(st, k->field, &tok, v, m);
}

/* The four ip_flags words and the two flag bits each sets. */
enum { FRAG_IS = 1, FRAG_FIRST = 2 };

static const struct {
	const char *name;
	unsigned int bit;
	bool set;
} frag_words[] = {
	{ "frag", FRAG_IS, true }, { "nofrag", FRAG_IS, false },
	{ "firstfrag", FRAG_FIRST, true }, { "nofirstfrag", FRAG_FIRST, false },
};

/* Adds "is a fragment" (@set) or "is not", for IPv4. */
static int add_is_frag(struct fstate *st, bool set, const struct token *tok)
{
	struct kefir_pred *any, *off;
	unsigned int o = net_off(st);

	if (!set)
		return frag_guards(st->all, o, &tok->loc);
	if (!(any = add_pred(st->all, KEFIR_PRED_OR, &tok->loc)) ||
	    add_u64(any, KEFIR_FIELD_IP4_MF, 1, o, &tok->loc) ||
	    !(off = add_test(any, KEFIR_FIELD_IP4_FRAGOFF, o, &tok->loc)))
		return -ENOMEM;
	off->test.op = KEFIR_OP_RANGE;
	value_from_u64(&off->test.value, 1, 2);
	value_from_u64(&off->test.max, 0x1fff, 2);
	return 0;
}

/* Adds "is a first fragment" (MF set, offset 0) or its negation. */
static int add_first_frag(struct fstate *st, bool set, const struct token *tok)
{
	struct kefir_pred *p = st->all, *and;
	unsigned int o = net_off(st);

	if (!set && !(p = add_pred(st->all, KEFIR_PRED_NOT, &tok->loc)))
		return -ENOMEM;
	if (!(and = add_pred(p, KEFIR_PRED_AND, &tok->loc)) ||
	    add_u64(and, KEFIR_FIELD_IP4_MF, 1, o, &tok->loc) ||
	    add_u64(and, KEFIR_FIELD_IP4_FRAGOFF, 0, o, &tok->loc))
		return -ENOMEM;
	return 0;
}

/* The IPv6 flags, from the walk: is a fragment, is the first one. */
static int add_frag6(struct fstate *st, unsigned int given, unsigned int set,
		     const struct token *tok)
{
	int err = 0;

	if (given & FRAG_IS)
		err = add_u64(st->all, KEFIR_FIELD_IP6_FLOW_FRAG, !!(set & FRAG_IS),
			      net_off(st), &tok->loc);
	if (!err && (given & FRAG_FIRST))
		err = add_u64(st->all, KEFIR_FIELD_IP6_FLOW_FIRST,
			      !!(set & FRAG_FIRST), net_off(st), &tok->loc);
	return err;
}

/* ip_flags FLAG[/FLAG...] */
static int key_ip_flags(struct parser *ps, struct fstate *st,
			const struct key *k, const struct token *word)
{
	const char *what = "frag, nofrag, firstfrag or nofirstfrag, joined by '/'";
	char buf[MAX_VALUE_LEN + 1], *w, *save = NULL;
	unsigned int given = 0, set = 0;
	struct token tok;
	size_t i;
	int err;

	(void)k;
	if ((err = text_value(ps, word, &tok, buf, what)))
		return err;
	for (w = strtok_r(buf, "/", &save); w; w = strtok_r(NULL, "/", &save)) {
		for (i = 0; i < ARRAY_SIZE(frag_words); i++)
			if (!strcmp(w, frag_words[i].name))
				break;
		if (i == ARRAY_SIZE(frag_words))
			return bad_value(ps, word, &tok, what);
		given |= frag_words[i].bit;
		set = frag_words[i].set ? set | frag_words[i].bit
					: set & ~frag_words[i].bit;
	}
	if (!given)
		return bad_value(ps, word, &tok, what);
	if (cur_ethtype(st) == ETH_P_IPV6)
		return add_frag6(st, given, set, &tok);
	if (cur_ethtype(st) != ETH_P_IP)
		return refuse(ps, word, "kefir supports it with protocol ip or ipv6 only: on other packets flower reads the flags as 0");
	err = (given & FRAG_IS) ? add_is_frag(st, set & FRAG_IS, &tok) : 0;
	if (!err && (given & FRAG_FIRST))
		err = add_first_frag(st, set & FRAG_FIRST, &tok);
	return err;
}

/* A key kefir refuses: reads its value so the message points at the key. */
static int key_refused(struct parser *ps, struct fstate *st,
		       const struct key *k, const struct token *word)
{
	(void)st;
	return refuse(ps, word, k->why);
}

#define F(x) KEFIR_FIELD_##x
#define NOF KEFIR_FIELD_MAX
#define META_WHY "it matches metadata a tunnel or the stack sets, not packet bytes"
#define CT_WHY "it matches conntrack state, and kefir converts stateless rules only"
#define TODO_WHY(what) "kefir's IR has no field for " what " yet"

static const struct key keys[] = {
	{ "dst_mac", key_mac, F(ETH_DST), NOF, NULL },
	{ "src_mac", key_mac, F(ETH_SRC), NOF, NULL },
	{ "vlan_id", key_vlan, F(VLAN_ID), NOF, NULL },
	{ "vlan_prio", key_vlan, F(VLAN_PRIO), NOF, NULL },
	{ "vlan_ethtype", key_ethtype, NOF, NOF, NULL },
	{ "cvlan_id", key_vlan, F(VLAN_ID), NOF, NULL },
	{ "cvlan_prio", key_vlan, F(VLAN_PRIO), NOF, NULL },
	{ "cvlan_ethtype", key_ethtype, NOF, NOF, NULL },
	{ "ip_proto", key_ip_proto, NOF, NOF, NULL },
	{ "ip_tos", key_tos_ttl, F(IP4_TOS), F(IP6_TCLASS), NULL },
	{ "ip_ttl", key_tos_ttl, F(IP4_TTL), F(IP6_HLIM), NULL },
	{ "dst_ip", key_ip, F(IP4_DST), F(IP6_DST), NULL },
	{ "src_ip", key_ip, F(IP4_SRC), F(IP6_SRC), NULL },
	{ "dst_port", key_port, F(L4_DPORT), NOF, NULL },
	{ "src_port", key_port, F(L4_SPORT), NOF, NULL },
	{ "tcp_flags", key_tcp_flags, F(TCP_FLAGS), NOF, NULL },
	{ "type", key_icmp, F(ICMP_TYPE), NOF, NULL },
	{ "code", key_icmp, F(ICMP_CODE), NOF, NULL },
	{ "arp_sip", key_ip, F(ARP_SPA), NOF, NULL },
	{ "arp_tip", key_ip, F(ARP_TPA), NOF, NULL },
	{ "arp_op", key_arp_op, F(ARP_OP), NOF, NULL },
	{ "arp_sha", key_mac, F(ARP_SHA), NOF, NULL },
	{ "arp_tha", key_mac, F(ARP_THA), NOF, NULL },
	{ "ip_flags", key_ip_flags, NOF, NOF, NULL },
	{ "num_of_vlans", key_refused, NOF, NOF, TODO_WHY("the number of VLAN tags") },
	{ "pppoe_sid", key_refused, NOF, NOF, TODO_WHY("PPPoE headers") },
	{ "ppp_proto", key_refused, NOF, NOF, TODO_WHY("PPPoE headers") },
	{ "mpls", key_refused, NOF, NOF, TODO_WHY("MPLS label stack entries") },
	{ "mpls_label", key_refused, NOF, NOF, TODO_WHY("MPLS label stack entries") },
	{ "mpls_tc", key_refused, NOF, NOF, TODO_WHY("MPLS label stack entries") },
	{ "mpls_bos", key_refused, NOF, NOF, TODO_WHY("MPLS label stack entries") },
	{ "mpls_ttl", key_refused, NOF, NOF, TODO_WHY("MPLS label stack entries") },
	{ "spi", key_refused, NOF, NOF, TODO_WHY("the IPsec SPI as flower finds it (ESP, AH and ESP-in-UDP)") },
	{ "l2tpv3_sid", key_refused, NOF, NOF, TODO_WHY("L2TPv3 sessions") },
	{ "cfm", key_refused, NOF, NOF, TODO_WHY("802.1ag CFM headers") },
	{ "indev", key_refused, NOF, NOF, "it matches the input device, which is not in the packet" },
	{ "l2_miss", key_refused, NOF, NOF, "it matches the bridge's FDB miss flag, which is not in the packet" },
	{ "enc_key_id", key_refused, NOF, NOF, META_WHY },
	{ "enc_dst_ip", key_refused, NOF, NOF, META_WHY },
	{ "enc_src_ip", key_refused, NOF, NOF, META_WHY },
	{ "enc_dst_port", key_refused, NOF, NOF, META_WHY },
	{ "enc_tos", key_refused, NOF, NOF, META_WHY },
	{ "enc_ttl", key_refused, NOF, NOF, META_WHY },
	{ "enc_flags", key_refused, NOF, NOF, META_WHY },
	{ "geneve_opts", key_refused, NOF, NOF, META_WHY },
	{ "vxlan_opts", key_refused, NOF, NOF, META_WHY },
	{ "erspan_opts", key_refused, NOF, NOF, META_WHY },
	{ "gtp_opts", key_refused, NOF, NOF, META_WHY },
	{ "pfcp_opts", key_refused, NOF, NOF, META_WHY },
	{ "ct_state", key_refused, NOF, NOF, CT_WHY },
	{ "ct_zone", key_refused, NOF, NOF, CT_WHY },
	{ "ct_mark", key_refused, NOF, NOF, CT_WHY },
	{ "ct_label", key_refused, NOF, NOF, CT_WHY },
	{ "classid", key_refused, NOF, NOF, "it selects a qdisc class, which kefir's IR cannot express" },
	{ "flowid", key_refused, NOF, NOF, "it selects a qdisc class, which kefir's IR cannot express" },
	{ "hw_tc", key_refused, NOF, NOF, "it selects a hardware traffic class, which kefir's IR cannot express" },
};

static const struct key *key_by_name(const struct token *tok)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(keys); i++)
		if (tok_is(tok, keys[i].name))
			return &keys[i];
	return NULL;
}

/* ------------------------------------------------------------------------ */
/* Actions                                                                  */
/* ------------------------------------------------------------------------ */

/* gact control words and what they do to the filter. */
static const struct {
	const char *name;
	enum kefir_action_kind kind;	/* KEFIR_ACTION_MAX: pipe */
	enum verdict verdict;
} controls[] = {
	{ "drop", KEFIR_ACTION_DROP, VERDICT_ACTION },
	{ "shot", KEFIR_ACTION_DROP, VERDICT_ACTION },
	{ "pass", KEFIR_ACTION_PASS, VERDICT_ACTION },
	{ "ok", KEFIR_ACTION_PASS, VERDICT_ACTION },
	{ "continue", KEFIR_ACTION_PASS, VERDICT_CONTINUE },
	{ "pipe", KEFIR_ACTION_MAX, VERDICT_ACTION },
};

static const struct {
	const char *name;
	const char *why;
} refused_actions[] = {
	{ "reclassify", "it restarts classification, which a first-match ruleset cannot express" },
	{ "trap", "it hands the packet to the CPU of a switch ASIC" },
	{ "jump", "it skips actions of the list, and kefir runs one verdict per filter" },
	{ "police", "it is a stateful rate limiter" },
	{ "ct", "it is stateful (conntrack)" },
	{ "connmark", "it is stateful (conntrack)" },
	{ "ctinfo", "it is stateful (conntrack)" },
	{ "gate", "it is stateful (time-based)" },
	{ "sample", "it samples packets at random" },
	{ "vlan", "it rewrites headers, and kefir's IR has no rewrite actions" },
	{ "pedit", "it rewrites headers, and kefir's IR has no rewrite actions" },
	{ "csum", "it rewrites headers, and kefir's IR has no rewrite actions" },
	{ "nat", "it rewrites headers, and kefir's IR has no rewrite actions" },
	{ "skbmod", "it rewrites headers, and kefir's IR has no rewrite actions" },
	{ "mpls", "it rewrites headers, and kefir's IR has no rewrite actions" },
	{ "tunnel_key", "it sets tunnel metadata, and kefir's IR has no such action" },
	{ "skbedit", "it sets skb metadata (queue_mapping, mark, priority, ptype), and kefir's IR has no such action" },
	{ "simple", "it prints a debug message" },
	{ "ife", "it encapsulates metadata" },
	{ "bpf", "it runs another BPF program" },
	{ "xt", "it runs an iptables target" },
};

static int option_number(struct parser *ps, const struct token *word,
			 uint64_t max, uint64_t *out);

/* The outcome of a filter's action list. */
struct actions {
	bool decided;			/* a non-pipe verdict was seen */
	enum verdict verdict;
	struct kefir_action action;
	uint32_t goto_chain;
	struct token goto_tok;
};

static void decide(struct actions *a, enum verdict v,
		   enum kefir_action_kind kind, const struct token *tok)
{
	if (a->decided)
		return;
	a->decided = true;
	a->verdict = v;
	a->action.kind = kind;
	a->action.loc = tok->loc;
}

/* goto = "goto" "chain" N */
static int parse_goto(struct parser *ps, struct actions *a,
		      const struct token *word)
{
	struct token tok;
	uint64_t n;
	int err;

	if ((err = next(ps, &tok)))
		return err;
	if (!tok_is(&tok, "chain"))
		return expected_after(ps, &tok, "'chain'", word);
	if ((err = value_of(ps, &tok, &tok, "a chain index")))
		return err;
	if (tok_to_u64(&tok, 0, UINT32_MAX, &n))
		return fe_expected(ps->diag, ps->src, &tok, "a chain index");
	if (!a->decided) {
		decide(a, VERDICT_GOTO, KEFIR_ACTION_PASS, word);
		a->goto_chain = (uint32_t)n;
		a->goto_tok = tok;
	}
	return 0;
}

/* control = "drop" | "shot" | "pass" | "ok" | "continue" | "pipe" | goto */
static int parse_control(struct parser *ps, struct actions *a,
			 const struct token *word, bool *found)
{
	size_t i;

	*found = true;
	if (tok_is(word, "goto"))
		return parse_goto(ps, a, word);
	for (i = 0; i < ARRAY_SIZE(controls); i++)
		if (tok_is(word, controls[i].name)) {
			if (controls[i].kind != KEFIR_ACTION_MAX)
				decide(a, controls[i].verdict, controls[i].kind,
				       word);
			return 0;
		}
	*found = false;
	return 0;
}

/* mirred = "mirred" "egress" "redirect" "dev" IF */
static int parse_mirred(struct parser *ps, struct actions *a,
			const struct token *word)
{
	struct token dir, how, dev, name;
	int err;

	if ((err = next(ps, &dir)) || (err = next(ps, &how)))
		return err;
	if (!tok_is(&dir, "egress") && !tok_is(&dir, "ingress"))
		return expected_after(ps, &dir, "'egress' or 'ingress'", word);
	if (!tok_is(&how, "redirect") && !tok_is(&how, "mirror"))
		return expected_after(ps, &how, "'redirect' or 'mirror'", &dir);
	if (tok_is(&how, "mirror"))
		return refuse(ps, &how, "it sends a copy of the packet, and kefir's IR has no copy action");
	if (tok_is(&dir, "ingress"))
		return refuse(ps, &dir, "kefir's redirect sends the packet out of an interface (egress) only");
	if ((err = next(ps, &dev)))
		return err;
	if (!tok_is(&dev, "dev"))
		return expected_after(ps, &dev, "'dev'", &how);
	if ((err = value_of(ps, &dev, &name, "an interface name")))
		return err;
	if (!a->decided) {
		decide(a, VERDICT_ACTION, KEFIR_ACTION_REDIRECT, word);
		if (!(a->action.name = tok_strdup(&name)))
			return -ENOMEM;
		a->action.loc.len = name.loc.col + name.loc.len - word->loc.col;
	}
	return 0;
}

static int refused_action(struct parser *ps, const struct token *word,
			  bool *found)
{
	size_t i;

	*found = false;
	for (i = 0; i < ARRAY_SIZE(refused_actions); i++)
		if (tok_is(word, refused_actions[i].name)) {
			*found = true;
			return refuse(ps, word, refused_actions[i].why);
		}
	return 0;
}

/* action_spec = [ "gact" ] control | mirred | REFUSED-KIND ... */
static int parse_action_spec(struct parser *ps, struct actions *a,
			     const struct token *action_word)
{
	struct token kind;
	bool found;
	int err;

	if ((err = next(ps, &kind)))
		return err;
	if (tok_is(&kind, "gact") && (err = next(ps, &kind)))
		return err;
	if ((err = parse_control(ps, a, &kind, &found)) || found)
		return err;
	if (tok_is(&kind, "mirred"))
		return parse_mirred(ps, a, &kind);
	if ((err = refused_action(ps, &kind, &found)) || found)
		return err;
	return expected_after(ps, &kind, "an action (drop, pass, continue, pipe, goto chain N, mirred ...)",
			      action_word);
}

/* actions = { "action" action_spec } EOL */
static int parse_actions(struct parser *ps, struct actions *a,
			 const struct token *first)
{
	struct token tok = *first;
	int err;

	uint64_t index;

	while (tok_is(&tok, "action") || tok_is(&tok, "actions")) {
		if ((err = parse_action_spec(ps, a, &tok)) || (err = next(ps, &tok)))
			return err;
		/* "index I" names the action instance: it changes no verdict */
		if (tok_is(&tok, "index") &&
		    ((err = option_number(ps, &tok, UINT32_MAX, &index)) ||
		     (err = next(ps, &tok))))
			return err;
	}
	if (!at_line_end(&tok))
		return fe_expected(ps->diag, ps->src, &tok,
				   "'action' or the end of the line");
	return 0;
}

/* ------------------------------------------------------------------------ */
/* The command                                                              */
/* ------------------------------------------------------------------------ */

/* flower = "flower" { KEY VALUE } [ actions ] */
static int parse_flower(struct parser *ps, struct fstate *st,
			struct actions *a)
{
	const struct key *k;
	struct token tok;
	int err;

	for (;;) {
		if ((err = next(ps, &tok)))
			return err;
		if (at_line_end(&tok) || tok_is(&tok, "action") ||
		    tok_is(&tok, "actions"))
			return parse_actions(ps, a, &tok);
		if (tok_is(&tok, "skip_sw") || tok_is(&tok, "skip_hw") ||
		    tok_is(&tok, "verbose"))
			continue;
		if (!(k = key_by_name(&tok)))
			return fe_expected(ps->diag, ps->src, &tok,
					   "a flower key (see docs/flower.md), 'action' or the end of the line");
		if ((err = k->parse(ps, st, k, &tok)))
			return err;
	}
}

/* A number option of the filter: pref | prio | chain | handle */
static int option_number(struct parser *ps, const struct token *word,
			 uint64_t max, uint64_t *out)
{
	struct token tok;
	int err = value_of(ps, word, &tok, "a number");

	if (!err && tok_to_u64(&tok, 0, max, out))
		err = expected_after(ps, &tok, "a number", word);
	return err;
}

/* protocol = "protocol" ETHTYPE */
static int parse_protocol(struct parser *ps, struct fstate *st,
			  const struct token *word)
{
	struct token tok;
	uint16_t type;
	int err = value_of(ps, word, &tok, "a protocol");

	if (err)
		return err;
	if (!parse_ethtype(&tok, &type))
		return expected_after(ps, &tok, "a protocol name or number", word);
	st->eth_type = type == ETH_P_ALL ? 0 : type;
	if (!st->eth_type)
		return 0;
	return add_u64(st->all, KEFIR_FIELD_ETH_TYPE, type, ETH_HLEN, &tok.loc);
}

/* option = ("pref" | "prio") N | "protocol" P | "chain" N | "handle" H */
static int parse_option(struct parser *ps, struct fstate *st,
			const struct token *word, bool *found)
{
	uint64_t x;
	int err;

	*found = true;
	if (tok_is(word, "protocol"))
		return parse_protocol(ps, st, word);
	if (tok_is(word, "pref") || tok_is(word, "prio") ||
	    tok_is(word, "priority")) {
		err = option_number(ps, word, 0xffff, &x);
		st->f->pref = (uint32_t)x;
		st->has_pref = !err && x;
		return err;
	}
	if (tok_is(word, "chain")) {
		err = option_number(ps, word, UINT32_MAX, &x);
		st->f->chain = (uint32_t)x;
		return err;
	}
	if (tok_is(word, "handle"))
		return option_number(ps, word, UINT32_MAX, &x);
	*found = false;
	return 0;
}

/* options = { option } "flower" */
static int parse_options(struct parser *ps, struct fstate *st,
			 struct token *tok)
{
	bool found;
	int err;

	for (;;) {
		if (tok_is(tok, "flower"))
			return 0;
		if ((err = parse_option(ps, st, tok, &found)))
			return err;
		if (!found)
			return fe_expected(ps->diag, ps->src, tok,
					   "'flower', 'protocol', 'pref', 'chain' or 'handle'");
		if ((err = next(ps, tok)))
			return err;
	}
}

/* head = [ "tc" ] "filter" ("add"|"change"|"replace") "dev" IF ("ingress"|"egress") */
static int parse_head(struct parser *ps, struct token *tok)
{
	struct token dev;
	int err;

	if (tok_is(tok, "tc") && (err = next(ps, tok)))
		return err;
	if (!tok_is(tok, "filter"))
		return 0;
	if ((err = next(ps, tok)))
		return err;
	if (!tok_is(tok, "add") && !tok_is(tok, "change") &&
	    !tok_is(tok, "replace"))
		return fe_expected(ps->diag, ps->src, tok,
				   "'add', 'change' or 'replace' (kefir reads filters to add)");
	if ((err = next(ps, &dev)))
		return err;
	if (!tok_is(&dev, "dev"))
		return expected_after(ps, &dev, "'dev'", tok);
	if ((err = value_of(ps, &dev, tok, "an interface name")) ||
	    (err = next(ps, tok)))
		return err;
	if (!tok_is(tok, "ingress") && !tok_is(tok, "egress"))
		return fe_expected(ps->diag, ps->src, tok,
				   "'ingress' or 'egress' (the clsact hooks)");
	return next(ps, tok);
}

/* ------------------------------------------------------------------------ */
/* Lines and filters                                                        */
/* ------------------------------------------------------------------------ */

/*
 * The kernel's automatic priority (tc_new_tfilter(), tcf_auto_prio()): one
 * below the chain's lowest priority of at least 0x8000, or 0xc000 when
 * there is none; so later filters without "pref" run earlier.
 */
static uint32_t auto_pref(const struct parser *ps, uint32_t chain)
{
	uint32_t lowest = PREF_AUTO_FIRST + 1;
	size_t i;

	for (i = 0; i < ps->n_filters; i++)
		if (ps->filters[i].chain == chain &&
		    ps->filters[i].pref >= PREF_AUTO_MIN &&
		    ps->filters[i].pref < lowest)
			lowest = ps->filters[i].pref;
	return lowest - 1;
}

/* command = head options flower EOL */
static int parse_command(struct parser *ps, struct filter *f,
			 struct token *first)
{
	struct fstate st = { .f = f, .all = f->rule->match, .ip_proto = -1 };
	struct actions a = { .action = { .kind = KEFIR_ACTION_PASS } };
	int err;

	a.action.vf = a.action.context = -1;
	if (!(err = parse_head(ps, first)) &&
	    !(err = parse_options(ps, &st, first)))
		err = parse_flower(ps, &st, &a);
	if (!st.has_pref)
		f->pref = auto_pref(ps, f->chain);
	f->verdict = a.decided ? a.verdict : VERDICT_ACTION;
	f->rule->action = a.action;
	f->goto_chain = a.goto_chain;
	f->goto_tok = a.goto_tok;
	return err;
}

/* line = [ command ] EOL */
static int parse_line(struct parser *ps)
{
	struct token first;
	struct filter f = { .index = ps->n_filters };
	char *text;
	int err;

	if ((err = next(ps, &first)) || at_line_end(&first))
		return err;
	text = source_line(ps->src, first.loc.line);
	f.rule = text ? rule_new(&first.loc, text) : NULL;
	free(text);
	if (!f.rule)
		return -ENOMEM;
	err = parse_command(ps, &f, &first);
	if (!err && array_reserve((void **)&ps->filters, &ps->cap_filters,
				  sizeof(*ps->filters), ps->n_filters + 1))
		err = -ENOMEM;
	if (err) {
		rule_free(f.rule);
		return err;
	}
	ps->filters[ps->n_filters++] = f;
	return 0;
}

/* input = { line } EOF; after an error, the next line is read on */
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
/* Chains: order and goto expansion                                         */
/* ------------------------------------------------------------------------ */

static int compare_filters(const void *pa, const void *pb)
{
	const struct filter *a = pa, *b = pb;

	if (a->chain != b->chain)
		return a->chain < b->chain ? -1 : 1;
	if (a->pref != b->pref)
		return a->pref < b->pref ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

static struct kefir_pred *pred_clone(const struct kefir_pred *p)
{
	struct kefir_pred *c = pred_new(p->kind, &p->loc), *kid;
	size_t i;

	if (!c)
		return NULL;
	c->test = p->test;
	c->test.set = NULL;
	c->test.n_set = 0;
	c->test.lhs = c->test.rhs = NULL;
	for (i = 0; i < p->n_kids; i++) {
		if (!(kid = pred_clone(p->kids[i])) || pred_add(c, kid)) {
			pred_free(kid);
			pred_free(c);
			return NULL;
		}
	}
	return c;
}

/* Appends copies of @from's kids to the conjunction @to. */
static int and_append(struct kefir_pred *to, const struct kefir_pred *from)
{
	struct kefir_pred *kid;
	size_t i;

	for (i = 0; i < from->n_kids; i++)
		if (!(kid = pred_clone(from->kids[i])) || pred_add(to, kid)) {
			pred_free(kid);
			return -ENOMEM;
		}
	return 0;
}

struct flatten {
	struct parser *ps;
	struct kefir_ruleset *rs;
	uint32_t stack[MAX_CHAIN_DEPTH];	/* chains being expanded */
	size_t depth;
};

/* Appends a rule: @prefix's tests, then @f's, with @f's action (or pass). */
static int emit_rule(struct flatten *fl, const struct kefir_pred *prefix,
		     const struct filter *f, bool pass)
{
	struct kefir_rule *r = rule_new(&f->rule->loc, f->rule->text);
	int err = -ENOMEM;

	if (!r)
		return err;
	if ((!prefix || !and_append(r->match, prefix)) &&
	    !and_append(r->match, f->rule->match) &&
	    !action_copy(&r->action, &f->rule->action)) {
		if (pass) {
			action_clear(&r->action);
			r->action.kind = KEFIR_ACTION_PASS;
			r->action.vf = r->action.context = -1;
			r->action.loc = f->goto_tok.loc;
		}
		err = ruleset_append(fl->rs, r);
	}
	if (err)
		rule_free(r);
	return err;
}

static int flatten_chain(struct flatten *fl, uint32_t chain,
			 const struct kefir_pred *prefix);

/* A filter with "goto chain N": N's filters under its match, then pass. */
static int flatten_goto(struct flatten *fl, const struct filter *f,
			const struct kefir_pred *prefix)
{
	struct parser *ps = fl->ps;
	struct kefir_pred *both = pred_new(KEFIR_PRED_AND, &f->rule->loc);
	size_t i;
	int err = -ENOMEM;

	for (i = 0; i < fl->depth; i++)
		if (fl->stack[i] == f->goto_chain) {
			pred_free(both);
			return diag_error(ps->diag, ps->src, &f->goto_tok.loc,
					  "'goto chain %u' loops back to chain %u, which is being run",
					  f->goto_chain, f->goto_chain);
		}
	if (fl->depth == MAX_CHAIN_DEPTH) {
		pred_free(both);
		return diag_error(ps->diag, ps->src, &f->goto_tok.loc,
				  "'goto chain %u' nests more than %d chains deep",
				  f->goto_chain, MAX_CHAIN_DEPTH);
	}
	if (both && (!prefix || !and_append(both, prefix)) &&
	    !and_append(both, f->rule->match)) {
		fl->stack[fl->depth++] = f->goto_chain;
		err = flatten_chain(fl, f->goto_chain, both);
		fl->depth--;
		if (!err)
			err = emit_rule(fl, prefix, f, true);
	}
	pred_free(both);
	return err;
}

static bool chain_exists(const struct parser *ps, uint32_t chain)
{
	size_t i;

	for (i = 0; i < ps->n_filters; i++)
		if (ps->filters[i].chain == chain)
			return true;
	return false;
}

/* Appends chain @chain's filters, each under @prefix (NULL for chain 0). */
static int flatten_chain(struct flatten *fl, uint32_t chain,
			 const struct kefir_pred *prefix)
{
	const struct filter *f;
	size_t i;
	int err = 0;

	for (i = 0; !err && i < fl->ps->n_filters; i++) {
		f = &fl->ps->filters[i];
		if (f->chain != chain)
			continue;
		fl->ps->filters[i].reached = true;
		if (f->verdict == VERDICT_CONTINUE)
			continue;
		if (f->verdict == VERDICT_GOTO && !chain_exists(fl->ps, f->goto_chain))
			err = diag_error(fl->ps->diag, fl->ps->src, &f->goto_tok.loc,
					 "chain %u has no filters: kefir does not model a goto to an empty chain",
					 f->goto_chain);
		else if (f->verdict == VERDICT_GOTO)
			err = flatten_goto(fl, f, prefix);
		else
			err = emit_rule(fl, prefix, f, false);
	}
	return err;
}

/* Warns once per chain that no goto reaches: its filters never run. */
static int warn_unreached(struct parser *ps)
{
	const struct filter *f;
	size_t i;

	for (i = 0; i < ps->n_filters; i++) {
		f = &ps->filters[i];
		if (f->reached || (i && ps->filters[i - 1].chain == f->chain))
			continue;
		if (diag_warn(ps->diag, ps->src, &f->rule->loc,
			      "no 'goto chain %u' reaches chain %u: its filters never run and give no rule",
			      f->chain, f->chain))
			return -ENOMEM;
	}
	return 0;
}

static void free_filters(struct parser *ps)
{
	size_t i;

	for (i = 0; i < ps->n_filters; i++)
		rule_free(ps->filters[i].rule);
	free(ps->filters);
}

static int parse_flower_input(const struct kefir_source *src,
			      const struct kefir_parse_opts *opts,
			      struct kefir_ruleset *rs, struct kefir_diag *diag)
{
	const struct lexer_opts lexer_opts = { .hash_comments = true,
					       .hash_at_line_start = true,
					       .eol = true };
	struct parser ps = { .src = src, .diag = diag };
	struct flatten fl = { .ps = &ps, .rs = rs, .depth = 1 };
	int err;

	(void)opts;
	lex_init(&ps.lx, src, &lexer_opts);
	err = parse_input(&ps);
	if (!err && ps.n_filters) {
		qsort(ps.filters, ps.n_filters, sizeof(*ps.filters),
		      compare_filters);
		err = flatten_chain(&fl, 0, NULL);
		if (!err)
			err = warn_unreached(&ps);
	}
	free_filters(&ps);
	lex_free(&ps.lx);
	return err;
}

const struct kefir_frontend kefir_frontend_flower = {
	.name = "flower",
	.aliases = "tc-flower",
	.summary = "tc flower filters, one per line: [tc filter add dev IF ingress] [protocol P] flower ...",
	.parse = parse_flower_input,
};
