/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * iptables.c - the iptables and ip6tables front-ends: iptables-save files
 * (tables, chain declarations, -A/-I rules, COMMIT, the iptables-restore
 * quoting) and files of "iptables ..." commands, read as iptables 1.8 reads
 * them; ip6tables is the same parser with a struct family of IPv6 fields,
 * address syntax and matches.
 *
 * Reading builds, per table, the chains and their rules; each rule keeps its
 * base tests (-p, -f, and the cross-product of its -s/-d lists, one
 * alternative per pair) and its matches in command-line order. Then one
 * built-in chain (--chain, default INPUT of the filter table) is flattened
 * into a first-match ruleset: a jump expands the called chain in place under
 * the jump's conditions, a RETURN or a goto guards the rest of its chain
 * with the negation of its conditions, and the policy becomes the default
 * action. Netfilter's semantics are written into the IR: L4 matches hold
 * only on first fragments (negated or not), and a truncated transport header
 * is a rule of its own, placed where the kernel would "hot-drop" the packet.
 * Rules without a verdict (no target, LOG, NFLOG) change nothing in the
 * flat ruleset except through their hot-drops. An iptables table only ever
 * sees IPv4 (ip6tables IPv6), so the first rule passes every other packet
 * untouched. In ip6tables, -p is the header ipv6_find_hdr() finds after the
 * extension headers (IR l4 ip6_find), which also hot-drops a chain cut
 * short. docs/iptables.md has the support table.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend.h"

#define ETHERTYPE_IPV4 0x0800
#define ETHERTYPE_IPV6 0x86dd
#define MAX_MULTIPORT 15	/* ports in one multiport list, a range is 2 */
#define CHAIN_NAME_MAX 28	/* XT_EXTENSION_MAXNAMELEN - 1 */

/* What a rule does when its conditions hold. */
enum target_kind {
	TARGET_NONE,		/* counters only (also LOG, NFLOG): go on */
	TARGET_ACCEPT,
	TARGET_DROP,		/* also REJECT */
	TARGET_RETURN,
	TARGET_JUMP,		/* -j CHAIN */
	TARGET_GOTO,		/* -g CHAIN */
};

/*
 * Where a match with a transport header would hot-drop: after the matches
 * before it, when @cond holds (the header is too short for the match, or
 * for tcp on IPv4 a fragment at offset 1; for ip6tables' frag and ah
 * matches also an extension header chain cut short).
 */
struct hotdrop {
	size_t at;			/* matches before it, in spec.matches */
	struct kefir_pred *cond;	/* owned */
};

/* One element of the cross-product of -s and -d: the rule's conjunction. */
struct alt {
	struct kefir_pred *match;	/* AND, without the IPv4 guard */
	struct kefir_pred **hotdrops;	/* AND each, in order */
	size_t n_hotdrops;
};

struct ipt_rule {
	struct kefir_loc loc;
	char *text;
	struct alt *alts;
	size_t n_alts;
	enum target_kind target;
	bool reject;			/* DROP that was a REJECT */
	char *chain;			/* JUMP, GOTO: the chain called */
	struct kefir_loc target_loc;
};

struct chain {
	char *table;
	char *name;
	bool builtin;
	bool has_policy;
	enum kefir_action_kind policy;
	struct kefir_loc policy_loc;
	char *policy_text;
	struct ipt_rule **rules;
	size_t n_rules, cap_rules;
};

/* An address and mask of -s/-d, network byte order. */
struct addr {
	struct kefir_value v, m;
};

/* The address list of -s or -d. */
struct addr_list {
	struct addr *addrs;
	size_t n;
	bool neg;
	bool given;
	struct kefir_loc loc;
};

/* A rule specification while it is read. */
struct spec {
	const struct family *fam;
	int proto;			/* -p number, -1 when not given */
	bool proto_neg;
	struct kefir_loc proto_loc;
	int frag;			/* -f: 1, ! -f: 0, -1 when not given */
	struct kefir_loc frag_loc;
	int in_iface;			/* -i: 1 holds, 0 not, -1 not given */
	struct kefir_loc in_iface_loc;
	struct addr_list src, dst;
	struct kefir_pred *matches;	/* AND of the match tests, in order */
	struct hotdrop hotdrops[8];
	size_t n_hotdrops;
	enum kefir_l4 l4;		/* the current match's transport layout */
	bool approx_accept;		/* --stateless-approx took a state match
					 * as true: the target must accept */
	struct kefir_loc approx_loc;
	bool excl_seen[2];		/* an option of an exclusive group: */
	struct token excl_tok[2];	/* --ttl-/--hl-*, --fragmore/--fraglast */
	unsigned int loaded;		/* bit per match of the matches table */
	unsigned int given;		/* bit per base option given once */
	int current;			/* the last -m, or -1 */
	bool negate;			/* a '!' waits for its option */
	struct token neg_tok;
	bool other_family;		/* -6 (-4): the line is for the other tool */
	char target[32];		/* the -j target's name */
	struct ipt_rule *rule;
};

/* What differs between iptables and ip6tables. */
struct family {
	const char *tool;		/* "iptables": its command lines */
	const char *other_tool;		/* the other tool's lines are skipped */
	const char *other_flag;		/* "-6": a rule for the other tool */
	const char *other_long;		/* "--ipv6" */
	const char *own_flag;		/* "-4": a rule for this tool */
	const char *own_long;
	uint16_t ethertype;
	const char *name;		/* "IPv4" */
	enum kefir_field src, dst;
	unsigned int addr_bytes;
	enum kefir_l4 l4;		/* how -p finds the transport header */
	unsigned int bit;		/* in match_info.families */
};

#define FAM_4 0x1u
#define FAM_6 0x2u

static const struct family family4 = {
	"iptables", "ip6tables", "-6", "--ipv6", "-4", "--ipv4",
	ETHERTYPE_IPV4, "IPv4", KEFIR_FIELD_IP4_SRC, KEFIR_FIELD_IP4_DST, 4,
	KEFIR_L4_IP4, FAM_4,
};

static const struct family family6 = {
	"ip6tables", "iptables", "-4", "--ipv4", "-6", "--ipv6",
	ETHERTYPE_IPV6, "IPv6", KEFIR_FIELD_IP6_SRC, KEFIR_FIELD_IP6_DST, 16,
	KEFIR_L4_IP6_FIND, FAM_6,
};

struct parser {
	struct lexer lx;
	const struct family *fam;
	bool approx;			/* KEFIR_PARSE_STATELESS_APPROX */
	const char *in_interface;	/* the program's interface, or NULL */
	const struct kefir_source *src;
	struct kefir_diag *diag;
	bool line_done;
	char *table;			/* the save file's current table */
	struct kefir_loc table_loc;	/* its "*TABLE" line */
	struct chain **chains;
	size_t n_chains, cap_chains;
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

/* The token's text: the unquoted value of a string. */
static const char *tok_chars(const struct token *tok, size_t *len)
{
	if (tok->kind == TOK_STRING) {
		*len = strlen(tok->value);
		return tok->value;
	}
	*len = tok->len;
	return tok->text;
}

/* True if @tok is one of the blank-separated words of @names. */
static bool in_names(const char *names, const struct token *tok)
{
	const char *w;
	size_t n;

	for (w = names; *w; w += n) {
		w += strspn(w, " ");
		n = strcspn(w, " ");
		if (n == tok->len && !memcmp(w, tok->text, n))
			return true;
	}
	return false;
}

/* A word token covering @len bytes at @s, for the number helpers. */
static struct token sub_token(const char *s, size_t len)
{
	struct token t = { .kind = TOK_WORD, .text = s, .len = len };

	return t;
}

/* Reports "FMT" at @tok with the token's text as the one %s. */
__attribute__((format(printf, 3, 0)))
static int error_tok(struct parser *ps, const struct token *tok,
		     const char *fmt)
{
	char what[96];

	tok_describe(tok, what, sizeof(what));
	return diag_error(ps->diag, ps->src, &tok->loc, fmt, what);
}

/* "expected WHAT after 'OPT', got 'TOKEN'" */
static int expected_after(struct parser *ps, const struct token *tok,
			  const char *what, const struct token *opt)
{
	char buf[256];

	snprintf(buf, sizeof(buf), "%s after '%.*s'", what, (int)opt->len,
		 opt->text);
	return fe_expected(ps->diag, ps->src, tok, buf);
}

/* Reads the argument of option @opt into @arg. */
static int option_arg(struct parser *ps, const struct token *opt,
		      struct token *arg, const char *what)
{
	int err = next(ps, arg);

	if (err)
		return err;
	if (at_line_end(arg))
		return expected_after(ps, arg, what, opt);
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Numbers, ports and addresses, as xtables.c reads them                    */
/* ------------------------------------------------------------------------ */

/* A number of base 0 (C rules: 0x hex, leading-0 octal) up to @max. */
static int parse_number(struct parser *ps, const struct token *tok,
			uint64_t max, uint64_t *out, const char *what)
{
	char buf[160];
	int err = tok_to_u64(tok, 0, max, out);

	if (err == -ERANGE) {
		snprintf(buf, sizeof(buf), "%s of at most %llu", what,
			 (unsigned long long)max);
		return fe_expected(ps->diag, ps->src, tok, buf);
	}
	return err ? fe_expected(ps->diag, ps->src, tok, what) : 0;
}

/* Services kefir knows by name (iptables asks getservbyname()). */
static const struct {
	const char *name;
	unsigned int port;
} services[] = {
	{ "ftp-data", 20 }, { "ftp", 21 }, { "ssh", 22 }, { "telnet", 23 },
	{ "smtp", 25 }, { "domain", 53 }, { "bootps", 67 }, { "bootpc", 68 },
	{ "tftp", 69 }, { "http", 80 }, { "www", 80 }, { "pop3", 110 },
	{ "sunrpc", 111 }, { "ntp", 123 }, { "imap", 143 }, { "imap2", 143 },
	{ "snmp", 161 }, { "bgp", 179 }, { "ldap", 389 }, { "https", 443 },
	{ "submission", 587 }, { "ldaps", 636 }, { "imaps", 993 },
	{ "pop3s", 995 }, { "openvpn", 1194 }, { "mysql", 3306 },
	{ "postgresql", 5432 },
};

/* port = number (base 0) | service name */
static int port_value(const char *s, size_t len, uint16_t *out)
{
	struct token t = sub_token(s, len);
	uint64_t x;
	size_t i;

	if (!tok_to_u64(&t, 0, 65535, &x)) {
		*out = (uint16_t)x;
		return 0;
	}
	for (i = 0; i < ARRAY_SIZE(services); i++)
		if (strlen(services[i].name) == len &&
		    !memcmp(services[i].name, s, len)) {
			*out = (uint16_t)services[i].port;
			return 0;
		}
	return -EINVAL;
}

/* port_range = port | [port] ":" [port]; the bounds may not be reversed */
static int port_range(const char *s, size_t len, uint16_t *lo, uint16_t *hi)
{
	const char *colon = memchr(s, ':', len);
	size_t n;

	if (!colon) {
		if (port_value(s, len, lo))
			return -EINVAL;
		*hi = *lo;
		return 0;
	}
	n = (size_t)(colon - s);
	*lo = 0;
	*hi = 65535;
	if (n && port_value(s, n, lo))
		return -EINVAL;
	if (len - n - 1 && port_value(colon + 1, len - n - 1, hi))
		return -EINVAL;
	return *lo > *hi ? -ERANGE : 0;
}

/* One dotted part of an address: base 0, at most 255. */
static bool address_part(const char *s, size_t len, uint8_t *out)
{
	struct token t = sub_token(s, len);
	uint64_t x;

	if (tok_to_u64(&t, 0, 255, &x))
		return false;
	*out = (uint8_t)x;
	return true;
}

/*
 * ipv4 = part { "." part } with 1 to 4 parts, each a base-0 number; missing
 * parts are 0 ("10.1" is 10.1.0.0), unless @is_mask (a mask has all four).
 */
static bool ipv4_value(const char *s, size_t len, bool is_mask,
		       struct kefir_value *v)
{
	const char *end = s + len, *dot;
	unsigned int i;

	memset(v, 0, sizeof(*v));
	for (i = 0; i < 4; i++) {
		dot = memchr(s, '.', (size_t)(end - s));
		if (i == 3 && dot)
			return false;
		if (!dot) {
			if (is_mask && i < 3)
				return false;
			return address_part(s, (size_t)(end - s), &v->b[i]);
		}
		if (!address_part(s, (size_t)(dot - s), &v->b[i]))
			return false;
		s = dot + 1;
	}
	return false;
}

/* mask = "/" (prefix length, base 0, <= 32 | dotted mask, any bits) */
static bool ipv4_mask(const char *s, size_t len, struct kefir_value *m)
{
	struct token t = sub_token(s, len);
	uint64_t bits;

	if (memchr(s, '.', len))
		return ipv4_value(s, len, true, m);
	if (tok_to_u64(&t, 0, 32, &bits))
		return false;
	memset(m, 0, sizeof(*m));
	value_from_prefix(m, (unsigned int)bits, 4);
	return true;
}

/* ipv6 = what inet_pton(AF_INET6) reads */
static bool ipv6_value(const char *s, size_t len, struct kefir_value *v)
{
	char buf[INET6_ADDRSTRLEN + 1];

	memset(v, 0, sizeof(*v));
	if (len >= sizeof(buf))
		return false;
	memcpy(buf, s, len);
	buf[len] = '\0';
	return inet_pton(AF_INET6, buf, v->b) == 1;
}

/* mask6 = "/" (ipv6 mask, any bits | prefix length, base 0, <= 128) */
static bool ipv6_mask(const char *s, size_t len, struct kefir_value *m)
{
	struct token t = sub_token(s, len);
	uint64_t bits;

	if (memchr(s, ':', len))
		return ipv6_value(s, len, m);
	if (tok_to_u64(&t, 0, 128, &bits))
		return false;
	memset(m, 0, sizeof(*m));
	value_from_prefix(m, (unsigned int)bits, 16);
	return true;
}

/* addr_mask6 = ipv6 [ "/" mask6 ]; host bits are cleared */
static bool addr_mask6(const char *s, size_t len, struct addr *a)
{
	const char *slash = memchr(s, '/', len);
	size_t n = slash ? (size_t)(slash - s) : len;
	struct kefir_value v;

	if (!ipv6_value(s, n, &a->v))
		return false;
	if (!slash) {
		memset(&a->m, 0, sizeof(a->m));
		value_from_prefix(&a->m, 128, 16);
	} else if (!ipv6_mask(slash + 1, len - n - 1, &a->m)) {
		return false;
	}
	v = a->v;
	value_and(&a->v, &v, &a->m, 16);
	return true;
}

/* addr_mask = ipv4 [ "/" mask ]; host bits are cleared */
static bool addr_mask(const char *s, size_t len, struct addr *a)
{
	const char *slash = memchr(s, '/', len);
	size_t n = slash ? (size_t)(slash - s) : len;
	struct kefir_value v;

	if (!ipv4_value(s, n, false, &a->v))
		return false;
	if (!slash) {
		memset(&a->m, 0, sizeof(a->m));
		value_from_prefix(&a->m, 32, 4);
	} else if (!ipv4_mask(slash + 1, len - n - 1, &a->m)) {
		return false;
	}
	v = a->v;
	value_and(&a->v, &v, &a->m, 4);
	return true;
}

/* address_list = addr_mask { "," addr_mask } (addr_mask6 in ip6tables) */
static int parse_addresses(struct parser *ps, const struct token *tok,
			   struct addr_list *list)
{
	bool ip6 = ps->fam->addr_bytes == 16;
	const char *s, *end, *comma;
	size_t len, cap = 0;
	bool ok;

	s = tok_chars(tok, &len);
	end = s + len;
	while (s <= end) {
		comma = memchr(s, ',', (size_t)(end - s));
		if (!comma)
			comma = end;
		if (array_reserve((void **)&list->addrs, &cap,
				  sizeof(*list->addrs), list->n + 1))
			return -ENOMEM;
		ok = ip6 ? addr_mask6(s, (size_t)(comma - s), &list->addrs[list->n])
			 : addr_mask(s, (size_t)(comma - s), &list->addrs[list->n]);
		if (!ok)
			return error_tok(ps, tok, ip6 ?
					 "expected IPv6 addresses with optional /prefix or /mask, got %s (host names are not resolved)" :
					 "expected IPv4 addresses with optional /prefix or /mask, got %s (host names are not resolved)");
		list->n++;
		s = comma + 1;
	}
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Predicates                                                               */
/* ------------------------------------------------------------------------ */

/* A test "field == x", located at @loc; l4 fields are found as IPv4 does. */
static struct kefir_pred *test_u64(enum kefir_field field, uint64_t x,
				   const struct kefir_loc *loc)
{
	struct kefir_pred *p = pred_new_field_u64(field, x, loc);

	if (p && field_info(field)->anchor == KEFIR_ANCHOR_L4)
		p->test.l4 = KEFIR_L4_IP4;
	return p;
}

/* A test "lo <= field <= hi" (or ==, when they are equal). */
static struct kefir_pred *test_range(enum kefir_field field, uint64_t lo,
				     uint64_t hi, const struct kefir_loc *loc)
{
	struct kefir_pred *p = test_u64(field, lo, loc);

	if (p && lo != hi) {
		p->test.op = KEFIR_OP_RANGE;
		value_from_u64(&p->test.max, hi, field_info(field)->bytes);
	}
	return p;
}

/* "(field & mask) == value", or false when value has bits outside mask. */
static struct kefir_pred *test_masked(enum kefir_field field, uint64_t v,
				      uint64_t m, const struct kefir_loc *loc)
{
	unsigned int bytes = field_info(field)->bytes;
	struct kefir_pred *p;

	if (v & ~m)
		return pred_new(KEFIR_PRED_FALSE, loc);
	p = test_u64(field, v, loc);
	if (p)
		value_from_u64(&p->test.mask, m, bytes);
	return p;
}

/* Wraps @p in a NOT when @neg; frees @p when memory runs out. */
static struct kefir_pred *negated(struct kefir_pred *p, bool neg)
{
	struct kefir_pred *n;

	if (!p || !neg)
		return p;
	n = pred_new(KEFIR_PRED_NOT, &p->loc);
	if (!n || pred_add(n, p)) {
		pred_free(n);
		pred_free(p);
		return NULL;
	}
	return n;
}

/* Adds @p (owned) to @parent. 0 or -ENOMEM. */
static int add_owned(struct kefir_pred *parent, struct kefir_pred *p)
{
	if (!p)
		return -ENOMEM;
	if (pred_add(parent, p)) {
		pred_free(p);
		return -ENOMEM;
	}
	return 0;
}

static struct kefir_expr *expr_clone(const struct kefir_expr *e)
{
	struct kefir_expr *c;

	if (!e)
		return NULL;
	c = expr_new(e->kind, &e->loc);
	if (!c)
		return NULL;
	c->k = e->k;
	c->anchor = e->anchor;
	c->size = e->size;
	c->op = e->op;
	c->a = expr_clone(e->a);
	c->b = expr_clone(e->b);
	if ((e->a && !c->a) || (e->b && !c->b)) {
		expr_free(c);
		return NULL;
	}
	return c;
}

static int test_clone(struct kefir_test *dst, const struct kefir_test *src)
{
	*dst = *src;
	dst->set = NULL;
	dst->prog = NULL;
	if (src->n_prog) {
		dst->prog = calloc(src->n_prog, sizeof(*dst->prog));
		if (!dst->prog)
			return -ENOMEM;
		memcpy(dst->prog, src->prog, src->n_prog * sizeof(*dst->prog));
	}
	dst->lhs = expr_clone(src->lhs);
	dst->rhs = expr_clone(src->rhs);
	if ((src->lhs && !dst->lhs) || (src->rhs && !dst->rhs))
		return -ENOMEM;
	if (src->n_set) {
		dst->set = calloc(src->n_set, sizeof(*dst->set));
		if (!dst->set)
			return -ENOMEM;
		memcpy(dst->set, src->set, src->n_set * sizeof(*dst->set));
	}
	return 0;
}

/* A deep copy of @p; NULL when memory runs out. */
static struct kefir_pred *pred_clone(const struct kefir_pred *p)
{
	struct kefir_pred *c = pred_new(p->kind, &p->loc);
	size_t i;

	if (!c)
		return NULL;
	if (p->kind == KEFIR_PRED_TEST && test_clone(&c->test, &p->test))
		goto fail;
	for (i = 0; i < p->n_kids; i++)
		if (add_owned(c, pred_clone(p->kids[i])))
			goto fail;
	return c;
fail:
	pred_free(c);
	return NULL;
}

/* Adds copies of the kids of the conjunction @from to @to. */
static int add_kids(struct kefir_pred *to, const struct kefir_pred *from,
		    size_t n)
{
	size_t i;

	for (i = 0; i < n && i < from->n_kids; i++)
		if (add_owned(to, pred_clone(from->kids[i])))
			return -ENOMEM;
	return 0;
}

/* A load of @size bytes at NET + @off. */
static struct kefir_expr *net_load(unsigned int off, unsigned int size,
				   const struct kefir_loc *loc)
{
	struct kefir_expr *e = expr_new(KEFIR_EXPR_LOAD, loc);

	if (!e)
		return NULL;
	e->anchor = KEFIR_ANCHOR_NET;
	e->size = size;
	e->a = expr_new(KEFIR_EXPR_CONST, loc);
	if (!e->a) {
		expr_free(e);
		return NULL;
	}
	e->a->k = off;
	return e;
}

static struct kefir_expr *binary(enum kefir_binop op, struct kefir_expr *a,
				 uint32_t k, const struct kefir_loc *loc)
{
	struct kefir_expr *e = expr_new(KEFIR_EXPR_BINARY, loc);

	if (e)
		e->b = expr_new(KEFIR_EXPR_CONST, loc);
	if (!e || !e->b || !a) {
		expr_free(e);
		expr_free(a);
		return NULL;
	}
	e->op = op;
	e->a = a;
	e->b->k = k;
	return e;
}

/* A relation "lhs @op rhs" (owned; NULL-safe) with transport layout @l4. */
static struct kefir_pred *rel_new(enum kefir_relop op, struct kefir_expr *lhs,
				  struct kefir_expr *rhs, enum kefir_l4 l4,
				  const struct kefir_loc *loc)
{
	struct kefir_pred *p = pred_new(KEFIR_PRED_TEST, loc);

	if (!p || !lhs || !rhs) {
		pred_free(p);
		expr_free(lhs);
		expr_free(rhs);
		return NULL;
	}
	p->test.kind = KEFIR_TEST_REL;
	p->test.net_off = KEFIR_NET_OFF_DEFAULT;
	p->test.l4 = l4;
	p->test.relop = op;
	p->test.lhs = lhs;
	p->test.rhs = rhs;
	return p;
}

/*
 * "ip4_len < 4 * ihl + @n": the IP total length (the skb's length in
 * netfilter) leaves fewer than @n bytes of transport header.
 */
static struct kefir_pred *l4_truncated(unsigned int n,
				       const struct kefir_loc *loc)
{
	struct kefir_expr *ihl = binary(KEFIR_BINOP_AND, net_load(0, 1, loc),
					0x0f, loc);

	return rel_new(KEFIR_RELOP_LT, net_load(2, 2, loc),
		      binary(KEFIR_BINOP_ADD,
			     binary(KEFIR_BINOP_MUL, ihl, 4, loc), n, loc),
		      KEFIR_L4_NONE, loc);
}

/* A new @kind predicate over @a and @b (owned, NULL-safe). */
static struct kefir_pred *pred_of(enum kefir_pred_kind kind,
				  struct kefir_pred *a, struct kefir_pred *b,
				  const struct kefir_loc *loc)
{
	struct kefir_pred *p = pred_new(kind, loc);

	if (!p || !a || !b || pred_add(p, a)) {
		pred_free(p);
		pred_free(a);
		pred_free(b);
		return NULL;
	}
	if (pred_add(p, b)) {
		pred_free(p);
		pred_free(b);
		return NULL;
	}
	return p;
}

/*
 * IPv4's hot-drop, as tcp_mt, udp_mt, icmp_match, ... test it: a first
 * fragment whose transport header is shorter than @n bytes, and for @tcp
 * also a fragment at offset 1 (the data offset is checked only by
 * --tcp-option).
 */
static struct kefir_pred *hotdrop4(unsigned int n, bool tcp,
				   const struct kefir_loc *loc)
{
	struct kefir_pred *bad;

	bad = pred_of(KEFIR_PRED_AND,
		      test_u64(KEFIR_FIELD_IP4_FRAGOFF, 0, loc),
		      l4_truncated(n, loc), loc);
	if (tcp)
		bad = pred_of(KEFIR_PRED_OR,
			      test_u64(KEFIR_FIELD_IP4_FRAGOFF, 1, loc), bad,
			      loc);
	return bad;
}

/* A test "field == x" of the record of ipv6_find_hdr()'s walk @l4. */
static struct kefir_pred *find_test(enum kefir_field field, uint64_t x,
				    enum kefir_l4 l4,
				    const struct kefir_loc *loc)
{
	struct kefir_pred *p = pred_new_field_u64(field, x, loc);

	if (p)
		p->test.l4 = l4;
	return p;
}

/* "ip6_find_room < @n": the header found has fewer than @n bytes. */
static struct kefir_pred *find_short(unsigned int n, enum kefir_l4 l4,
				     const struct kefir_loc *loc)
{
	struct kefir_pred *p = find_test(KEFIR_FIELD_IP6_FIND_ROOM, 0, l4, loc);

	if (p && n > 1) {
		p->test.op = KEFIR_OP_RANGE;
		value_from_u64(&p->test.max, n - 1, 2);
	}
	return p;
}

/*
 * IPv6's hot-drop of a match that reads the transport header -p found:
 * not a later fragment (fragoff 0: never offset 1 on IPv6), and fewer than
 * @n bytes of it in the packet.
 */
static struct kefir_pred *hotdrop6(unsigned int n, const struct kefir_loc *loc)
{
	return pred_of(KEFIR_PRED_AND,
		       find_test(KEFIR_FIELD_IP6_FIND_LATER, 0,
				 KEFIR_L4_IP6_FIND, loc),
		       find_short(n, KEFIR_L4_IP6_FIND, loc), loc);
}

/*
 * The hot-drop of ip6tables' frag and ah matches, which look for their
 * header with walk @l4: the chain is cut short (-EBADMSG), or the header
 * found has fewer than @n bytes.
 */
static struct kefir_pred *hotdrop6_walk(unsigned int n, enum kefir_l4 l4,
					const struct kefir_loc *loc)
{
	return pred_of(KEFIR_PRED_OR,
		       find_test(KEFIR_FIELD_IP6_FIND_ERROR,
				 KEFIR_FIND_MALFORMED, l4, loc),
		       pred_of(KEFIR_PRED_AND,
			       find_test(KEFIR_FIELD_IP6_FIND_ERROR, 0, l4, loc),
			       find_short(n, l4, loc), loc), loc);
}

/* Gives the transport tests of @p, built with IPv4's layout, layout @l4. */
static void set_layout(struct kefir_pred *p, enum kefir_l4 l4)
{
	size_t i;

	if (p->kind == KEFIR_PRED_TEST && p->test.l4 == KEFIR_L4_IP4)
		p->test.l4 = l4;
	for (i = 0; i < p->n_kids; i++)
		set_layout(p->kids[i], l4);
}

/* ------------------------------------------------------------------------ */
/* Matches                                                                  */
/* ------------------------------------------------------------------------ */

enum match_id {
	M_TCP, M_UDP, M_ICMP, M_MULTIPORT, M_IPRANGE, M_LENGTH, M_TTL, M_TOS,
	M_DSCP, M_ECN, M_COMMENT, M_MAC, M_ESP, M_AH, M_SCTP, M_DCCP, M_U32,
	M_ICMP6, M_HL, M_FRAG, M_BPF, M_STATE, M_CONNTRACK, M_LIMIT,
	M_MAX
};

/*
 * A match kefir converts: the protocol "-p" must name (0: any), the
 * transport header bytes it reads, when it reads one (then it also never
 * matches a non-first fragment and hot-drops a truncated header), and the
 * families (FAM_4, FAM_6) that have it. ip6tables' ah and frag find their
 * own header (match_layout()), without -p.
 */
static const struct match_info {
	const char *name;
	int proto;
	unsigned int l4_len;
	unsigned int families;
} matches[M_MAX] = {
	[M_TCP] = { "tcp", 6, 20, FAM_4 | FAM_6 },
	[M_UDP] = { "udp", 17, 8, FAM_4 | FAM_6 },
	[M_ICMP] = { "icmp", 1, 8, FAM_4 },
	[M_MULTIPORT] = { "multiport", 0, 4, FAM_4 | FAM_6 },
	[M_IPRANGE] = { "iprange", 0, 0, FAM_4 | FAM_6 },
	[M_LENGTH] = { "length", 0, 0, FAM_4 | FAM_6 },
	[M_TTL] = { "ttl", 0, 0, FAM_4 },
	[M_TOS] = { "tos", 0, 0, FAM_4 | FAM_6 },
	[M_DSCP] = { "dscp", 0, 0, FAM_4 | FAM_6 },
	[M_ECN] = { "ecn", 0, 0, FAM_4 | FAM_6 },
	[M_COMMENT] = { "comment", 0, 0, FAM_4 | FAM_6 },
	[M_MAC] = { "mac", 0, 0, FAM_4 | FAM_6 },
	[M_ESP] = { "esp", 50, 8, FAM_4 | FAM_6 },
	[M_AH] = { "ah", 51, 12, FAM_4 | FAM_6 },
	[M_SCTP] = { "sctp", 132, 12, FAM_4 | FAM_6 },
	[M_DCCP] = { "dccp", 33, 12, FAM_4 | FAM_6 },
	[M_U32] = { "u32", 0, 0, FAM_4 | FAM_6 },
	[M_ICMP6] = { "icmp6", 58, 8, FAM_6 },
	[M_HL] = { "hl", 0, 0, FAM_6 },
	[M_FRAG] = { "frag", 0, 8, FAM_6 },
	[M_BPF] = { "bpf", 0, 0, FAM_4 | FAM_6 },
	/* only with --stateless-approx */
	[M_STATE] = { "state", 0, 0, FAM_4 | FAM_6 },
	[M_CONNTRACK] = { "conntrack", 0, 0, FAM_4 | FAM_6 },
	[M_LIMIT] = { "limit", 0, 0, FAM_4 | FAM_6 },
};

/* Matches refused by name, with the reason, in the families that have them. */
static const struct {
	const char *names;
	const char *why;
	unsigned int families;
} refused_matches[] = {
	{ "conntrack state ctstate helper connlabel connbytes connlimit cluster ipvs",
	  "it reads connection tracking state, which a stateless filter does not have",
	  FAM_4 | FAM_6 },
	{ "limit hashlimit quota rateest statistic recent nfacct",
	  "it keeps state across packets", FAM_4 | FAM_6 },
	{ "set", "it reads an ipset, which kefir cannot see", FAM_4 | FAM_6 },
	{ "owner cgroup socket", "it needs the local socket of the packet",
	  FAM_4 | FAM_6 },
	{ "mark connmark", "it reads the packet mark, which XDP cannot see",
	  FAM_4 | FAM_6 },
	{ "time", "it depends on the arrival time", FAM_4 | FAM_6 },
	{ "addrtype rpfilter realm", "it needs a routing lookup", FAM_4 | FAM_6 },
	{ "physdev devgroup pkttype cpu policy osf",
	  "it reads packet metadata the program does not see", FAM_4 | FAM_6 },
	{ "string", "it searches the payload, which kefir's IR cannot express",
	  FAM_4 | FAM_6 },
	{ "hbh dst", "it walks the options of an extension header, which kefir's IR cannot express",
	  FAM_6 },
	{ "rt mh", "kefir has no walk to the routing or mobility header yet",
	  FAM_6 },
	{ "ipv6header", "it checks the whole chain of extension headers, which kefir's IR cannot express",
	  FAM_6 },
	{ "eui64", "it compares the source address with the MAC address, which kefir does not convert",
	  FAM_6 },
};

/*
 * The reason match @name is refused, or NULL; *@families the families that
 * have it.
 */
static const char *refused_match(const char *name, size_t len,
				 unsigned int *families)
{
	const char *w;
	size_t i, n;

	for (i = 0; i < ARRAY_SIZE(refused_matches); i++)
		for (w = refused_matches[i].names; *w; w += n) {
			w += strspn(w, " ");
			n = strcspn(w, " ");
			if (n == len && !memcmp(w, name, len)) {
				*families = refused_matches[i].families;
				return refused_matches[i].why;
			}
		}
	return NULL;
}

/* How match @id of @fam finds the header it reads. */
static enum kefir_l4 match_layout(const struct family *fam, enum match_id id)
{
	if (fam->bit == FAM_6 && id == M_AH)
		return KEFIR_L4_IP6_FIND_AH;
	if (fam->bit == FAM_6 && id == M_FRAG)
		return KEFIR_L4_IP6_FIND_FRAG;
	return fam->l4;
}

/* The protocol "-p" must name for match @id of @fam (0: any). */
static int match_proto(const struct family *fam, enum match_id id)
{
	return match_layout(fam, id) == fam->l4 ? matches[id].proto : 0;
}

static struct kefir_loc span(const struct token *a, const struct token *b)
{
	struct kefir_loc loc = a->loc;

	if (b->loc.line == a->loc.line && b->loc.col >= a->loc.col)
		loc.len = b->loc.col + b->loc.len - a->loc.col;
	return loc;
}

/*
 * Adds the test @p (owned) to the rule, negated when a '!' preceded it,
 * its transport tests laid out as the current match finds its header.
 */
static int add_match_test(struct spec *sp, struct kefir_pred *p, bool neg)
{
	if (p && sp->l4 != KEFIR_L4_IP4)
		set_layout(p, sp->l4);
	return add_owned(sp->matches, negated(p, neg));
}

/*
 * Notes where match @id (at @loc) hot-drops, and returns the guard of its
 * tests: IPv4, a first fragment; ip6tables, not a later fragment after
 * -p's walk, or the header found by the match's own walk.
 */
static struct kefir_pred *transport_guard(const struct family *fam,
					  enum match_id id, struct hotdrop *h,
					  const struct kefir_loc *loc)
{
	enum kefir_l4 l4 = match_layout(fam, id);
	unsigned int n = matches[id].l4_len;

	if (fam->bit == FAM_4) {
		h->cond = hotdrop4(n, id == M_TCP, loc);
		return test_u64(KEFIR_FIELD_IP4_FRAGOFF, 0, loc);
	}
	if (l4 == KEFIR_L4_IP6_FIND) {
		h->cond = hotdrop6(n, loc);
		return find_test(KEFIR_FIELD_IP6_FIND_LATER, 0, l4, loc);
	}
	h->cond = hotdrop6_walk(n, l4, loc);
	return find_test(KEFIR_FIELD_IP6_FIND_ERROR, 0, l4, loc);
}

/*
 * Loads match @id: checks its family and protocol, and for a transport
 * match adds the first-fragment guard and notes where it would hot-drop.
 */
static int load_match(struct parser *ps, struct spec *sp, enum match_id id,
		      const struct token *tok)
{
	const struct match_info *mi = &matches[id];
	int proto = match_proto(ps->fam, id);
	struct kefir_pred *guard;
	struct hotdrop *h;
	char buf[160];

	if (!(mi->families & ps->fam->bit))
		return diag_error(ps->diag, ps->src, &tok->loc,
				  "match '%s' exists only in %s", mi->name,
				  ps->fam->other_tool);
	if (proto && (sp->proto != proto || sp->proto_neg)) {
		snprintf(buf, sizeof(buf),
			 "match '%s' needs '-p %s' before it", mi->name,
			 id == M_ICMP6 ? "icmpv6" : mi->name);
		return diag_error(ps->diag, ps->src, &tok->loc, "%s", buf);
	}
	if (id == M_MULTIPORT && (sp->proto_neg ||
				  (sp->proto != 6 && sp->proto != 17 &&
				   sp->proto != 132 && sp->proto != 33)))
		return diag_error(ps->diag, ps->src, &tok->loc,
				  "match 'multiport' needs '-p tcp', 'udp', 'sctp' or 'dccp' before it");
	sp->loaded |= 1u << id;
	sp->current = (int)id;
	/* exclusive options are so within one instance of a match */
	if (id == M_TTL || id == M_HL || id == M_FRAG)
		sp->excl_seen[id == M_FRAG] = false;
	if (!mi->l4_len)
		return 0;
	if (sp->n_hotdrops == ARRAY_SIZE(sp->hotdrops))
		return diag_error(ps->diag, ps->src, &tok->loc,
				  "too many transport matches in one rule");
	h = &sp->hotdrops[sp->n_hotdrops];
	h->at = sp->matches->n_kids;
	guard = transport_guard(ps->fam, id, h, &tok->loc);
	if (!h->cond) {
		pred_free(guard);
		return -ENOMEM;
	}
	sp->n_hotdrops++;
	return add_owned(sp->matches, guard);
}

/* [!] --sport|--dport port_range */
static int opt_port(struct parser *ps, struct spec *sp, const struct token *opt,
		    const struct token *arg, bool neg)
{
	bool src = tok_is(opt, "--sport") || tok_is(opt, "--source-port");
	enum kefir_field f = src ? KEFIR_FIELD_L4_SPORT : KEFIR_FIELD_L4_DPORT;
	struct kefir_loc loc = span(opt, arg);
	uint16_t lo, hi;
	size_t len;
	const char *s = tok_chars(arg, &len);
	int err = port_range(s, len, &lo, &hi);

	if (err == -ERANGE)
		return error_tok(ps, arg, "invalid port range %s: the first port is above the second");
	if (err)
		return expected_after(ps, arg, "a port, a service name or a range a:b", opt);
	return add_match_test(sp, test_range(f, lo, hi, &loc), neg);
}

/* TCP flag names of --tcp-flags. */
static const struct {
	const char *name;
	unsigned int bits;
} tcp_flags[] = {
	{ "FIN", 0x01 }, { "SYN", 0x02 }, { "RST", 0x04 }, { "PSH", 0x08 },
	{ "ACK", 0x10 }, { "URG", 0x20 }, { "ALL", 0x3f }, { "NONE", 0 },
};

/* flags = FLAG { "," FLAG } */
static int flag_list(struct parser *ps, const struct token *tok,
		     unsigned int *out)
{
	const char *s, *end, *comma;
	size_t len, i, n;

	s = tok_chars(tok, &len);
	end = s + len;
	*out = 0;
	for (; s <= end; s = comma + 1) {
		comma = memchr(s, ',', (size_t)(end - s));
		n = (size_t)((comma ? comma : end) - s);
		for (i = 0; i < ARRAY_SIZE(tcp_flags); i++)
			if (strlen(tcp_flags[i].name) == n &&
			    !strncasecmp(tcp_flags[i].name, s, n))
				break;
		if (i == ARRAY_SIZE(tcp_flags))
			return error_tok(ps, tok, "expected TCP flags (FIN, SYN, RST, PSH, ACK, URG, ALL, NONE) separated by commas, got %s");
		*out |= tcp_flags[i].bits;
		if (!comma)
			break;
	}
	return 0;
}

/* [!] --tcp-flags MASK COMP: (flags & MASK) == COMP */
static int opt_tcp_flags(struct parser *ps, struct spec *sp,
			 const struct token *opt, const struct token *arg,
			 bool neg)
{
	struct token comp;
	unsigned int mask, cmp;
	struct kefir_loc loc;
	int err;

	if ((err = flag_list(ps, arg, &mask)) ||
	    (err = option_arg(ps, opt, &comp, "the flags that must be set")) ||
	    (err = flag_list(ps, &comp, &cmp)))
		return err;
	loc = span(opt, &comp);
	return add_match_test(sp, test_masked(KEFIR_FIELD_TCP_FLAGS, cmp, mask,
					      &loc), neg);
}

/* [!] --syn: --tcp-flags FIN,SYN,RST,ACK SYN */
static int opt_syn(struct parser *ps, struct spec *sp, const struct token *opt,
		   const struct token *arg, bool neg)
{
	(void)ps;
	(void)arg;
	return add_match_test(sp, test_masked(KEFIR_FIELD_TCP_FLAGS, 0x02, 0x17,
					      &opt->loc), neg);
}

/* ICMP type names, with their code range (iptables' icmp_codes[]). */
struct icmp_name {
	const char *name;
	uint8_t type, code_min, code_max;
};

static const struct icmp_name icmp_names[] = {
	{ "any", 255, 0, 255 },
	{ "echo-reply", 0, 0, 255 }, { "pong", 0, 0, 255 },
	{ "destination-unreachable", 3, 0, 255 },
	{ "network-unreachable", 3, 0, 0 }, { "host-unreachable", 3, 1, 1 },
	{ "protocol-unreachable", 3, 2, 2 }, { "port-unreachable", 3, 3, 3 },
	{ "fragmentation-needed", 3, 4, 4 }, { "source-route-failed", 3, 5, 5 },
	{ "network-unknown", 3, 6, 6 }, { "host-unknown", 3, 7, 7 },
	{ "network-prohibited", 3, 9, 9 }, { "host-prohibited", 3, 10, 10 },
	{ "TOS-network-unreachable", 3, 11, 11 },
	{ "TOS-host-unreachable", 3, 12, 12 },
	{ "communication-prohibited", 3, 13, 13 },
	{ "host-precedence-violation", 3, 14, 14 },
	{ "precedence-cutoff", 3, 15, 15 },
	{ "source-quench", 4, 0, 255 },
	{ "redirect", 5, 0, 255 }, { "network-redirect", 5, 0, 0 },
	{ "host-redirect", 5, 1, 1 }, { "TOS-network-redirect", 5, 2, 2 },
	{ "TOS-host-redirect", 5, 3, 3 },
	{ "echo-request", 8, 0, 255 }, { "ping", 8, 0, 255 },
	{ "router-advertisement", 9, 0, 255 },
	{ "router-solicitation", 10, 0, 255 },
	{ "time-exceeded", 11, 0, 255 }, { "ttl-exceeded", 11, 0, 255 },
	{ "ttl-zero-during-transit", 11, 0, 0 },
	{ "ttl-zero-during-reassembly", 11, 1, 1 },
	{ "parameter-problem", 12, 0, 255 }, { "ip-header-bad", 12, 0, 0 },
	{ "required-option-missing", 12, 1, 1 },
	{ "timestamp-request", 13, 0, 255 }, { "timestamp-reply", 14, 0, 255 },
	{ "address-mask-request", 17, 0, 255 },
	{ "address-mask-reply", 18, 0, 255 },
};

/* ICMPv6 type names (ip6tables' icmpv6_codes[]). */
static const struct icmp_name icmp6_names[] = {
	{ "destination-unreachable", 1, 0, 255 }, { "no-route", 1, 0, 0 },
	{ "communication-prohibited", 1, 1, 1 }, { "beyond-scope", 1, 2, 2 },
	{ "address-unreachable", 1, 3, 3 }, { "port-unreachable", 1, 4, 4 },
	{ "failed-policy", 1, 5, 5 }, { "reject-route", 1, 6, 6 },
	{ "packet-too-big", 2, 0, 255 },
	{ "time-exceeded", 3, 0, 255 }, { "ttl-exceeded", 3, 0, 255 },
	{ "ttl-zero-during-transit", 3, 0, 0 },
	{ "ttl-zero-during-reassembly", 3, 1, 1 },
	{ "parameter-problem", 4, 0, 255 }, { "bad-header", 4, 0, 0 },
	{ "unknown-header-type", 4, 1, 1 }, { "unknown-option", 4, 2, 2 },
	{ "echo-request", 128, 0, 255 }, { "ping", 128, 0, 255 },
	{ "echo-reply", 129, 0, 255 }, { "pong", 129, 0, 255 },
	{ "router-solicitation", 133, 0, 255 },
	{ "router-advertisement", 134, 0, 255 },
	{ "neighbour-solicitation", 135, 0, 255 },
	{ "neighbor-solicitation", 135, 0, 255 },
	{ "neighbour-advertisement", 136, 0, 255 },
	{ "neighbor-advertisement", 136, 0, 255 },
	{ "redirect", 137, 0, 255 },
};

/*
 * The name of @names (@n of them) that @s (@len bytes, any case) begins,
 * as iptables looks names up: 0 with *@found, -ENOENT, or -EEXIST when
 * two names begin with it (*@found and *@second).
 */
static int icmp_lookup(const struct icmp_name *names, size_t n, const char *s,
		       size_t len, size_t *found, size_t *second)
{
	size_t i;
	int err = -ENOENT;

	for (i = 0; i < n; i++) {
		if (strlen(names[i].name) < len ||
		    strncasecmp(names[i].name, s, len))
			continue;
		if (!err) {
			*second = i;
			return -EEXIST;
		}
		*found = i;
		err = 0;
	}
	return err;
}

/* number = base 0, at most 255 */
static bool icmp_number(const char *s, size_t len, unsigned int *out)
{
	struct token t = sub_token(s, len);
	uint64_t x;

	if (tok_to_u64(&t, 0, 255, &x))
		return false;
	*out = (unsigned int)x;
	return true;
}

/* Type and code range of an --icmp-type or --icmpv6-type argument. */
struct icmp_match {
	unsigned int type, lo, hi;
};

/* icmp_type = type [ "/" code ] (numbers base 0) */
static bool icmp_numeric(const char *s, size_t len, struct icmp_match *m)
{
	const char *slash = memchr(s, '/', len);
	size_t n = slash ? (size_t)(slash - s) : len;

	m->lo = 0;
	m->hi = 255;
	if (!icmp_number(s, n, &m->type))
		return false;
	if (!slash)
		return true;
	if (!icmp_number(slash + 1, len - n - 1, &m->lo))
		return false;
	m->hi = m->lo;
	return true;
}

/* [!] --icmp-type|--icmpv6-type (name | icmp_type); IPv4's "any" (255)
 * matches every type */
static int opt_icmp_type(struct parser *ps, struct spec *sp,
			 const struct token *opt, const struct token *arg,
			 bool neg)
{
	bool v6 = ps->fam->bit == FAM_6;
	const struct icmp_name *names = v6 ? icmp6_names : icmp_names;
	size_t n = v6 ? ARRAY_SIZE(icmp6_names) : ARRAY_SIZE(icmp_names);
	const char *kind = v6 ? "ICMPv6" : "ICMP";
	struct kefir_loc loc = span(opt, arg);
	struct icmp_match m;
	struct kefir_pred *p;
	size_t len, i, j;
	const char *s = tok_chars(arg, &len);
	char what[64];
	int err = icmp_lookup(names, n, s, len, &i, &j);

	if (err == -EEXIST)
		return diag_error(ps->diag, ps->src, &arg->loc,
				  "ambiguous %s type '%.*s': '%s' or '%s'",
				  kind, (int)len, s, names[i].name,
				  names[j].name);
	snprintf(what, sizeof(what), "an %s type name or TYPE[/CODE]", kind);
	if (!err)
		m = (struct icmp_match){ names[i].type, names[i].code_min,
					 names[i].code_max };
	else if (!icmp_numeric(s, len, &m))
		return expected_after(ps, arg, what, opt);
	if (!v6 && m.type == 255)
		p = pred_new(KEFIR_PRED_TRUE, &loc);
	else if (m.lo == 0 && m.hi == 255)
		p = test_u64(KEFIR_FIELD_ICMP_TYPE, m.type, &loc);
	else
		p = pred_of(KEFIR_PRED_AND,
			    test_u64(KEFIR_FIELD_ICMP_TYPE, m.type, &loc),
			    test_range(KEFIR_FIELD_ICMP_CODE, m.lo, m.hi, &loc),
			    &loc);
	return add_match_test(sp, p, neg);
}

/* Adds "field in [lo, hi]" for each element of a multiport list to @any. */
static int port_list(struct parser *ps, const struct token *opt,
		     const struct token *arg, enum kefir_field field,
		     struct kefir_pred *any)
{
	struct kefir_loc loc = span(opt, arg);
	const char *s, *end, *comma;
	unsigned int used = 0;
	uint16_t lo, hi;
	size_t len;

	s = tok_chars(arg, &len);
	end = s + len;
	for (; s <= end; s = comma + 1) {
		comma = memchr(s, ',', (size_t)(end - s));
		if (port_range(s, (size_t)((comma ? comma : end) - s), &lo, &hi))
			return expected_after(ps, arg, "ports or ranges a:b separated by commas", opt);
		used += memchr(s, ':', (size_t)((comma ? comma : end) - s)) ? 2 : 1;
		if (used > MAX_MULTIPORT)
			return error_tok(ps, arg, "too many ports in %s: multiport takes at most 15 (a range counts as two)");
		if (add_owned(any, test_range(field, lo, hi, &loc)))
			return -ENOMEM;
		if (!comma)
			break;
	}
	return 0;
}

/* [!] --sports|--dports|--ports list (--ports: source or destination) */
static int opt_multiport(struct parser *ps, struct spec *sp,
			 const struct token *opt, const struct token *arg,
			 bool neg)
{
	struct kefir_loc loc = span(opt, arg);
	struct kefir_pred *any = pred_new(KEFIR_PRED_OR, &loc);
	bool src = tok_is(opt, "--sports") || tok_is(opt, "--source-ports");
	bool both = tok_is(opt, "--ports");
	int err;

	if (!any)
		return -ENOMEM;
	err = port_list(ps, opt, arg, src ? KEFIR_FIELD_L4_SPORT :
					    KEFIR_FIELD_L4_DPORT, any);
	if (!err && both)
		err = port_list(ps, opt, arg, KEFIR_FIELD_L4_SPORT, any);
	if (err) {
		pred_free(any);
		return err;
	}
	return add_match_test(sp, any, neg);
}

/* An address of @fam, as -s and --src-range read it. */
static bool addr_value(const struct family *fam, const char *s, size_t len,
		       struct kefir_value *v)
{
	if (fam->addr_bytes == 16)
		return ipv6_value(s, len, v);
	return ipv4_value(s, len, false, v);
}

/* [!] --src-range|--dst-range address [ "-" address ] */
static int opt_iprange(struct parser *ps, struct spec *sp,
		       const struct token *opt, const struct token *arg,
		       bool neg)
{
	const struct family *fam = ps->fam;
	enum kefir_field f = tok_is(opt, "--src-range") ? fam->src : fam->dst;
	struct kefir_loc loc = span(opt, arg);
	struct kefir_value lo, hi;
	struct kefir_pred *p;
	size_t len, n;
	const char *s = tok_chars(arg, &len), *dash = memchr(s, '-', len);
	char what[64];

	n = dash ? (size_t)(dash - s) : len;
	snprintf(what, sizeof(what), "an %s address range A-B", fam->name);
	if (!addr_value(fam, s, n, &lo) ||
	    (dash && !addr_value(fam, dash + 1, len - n - 1, &hi)))
		return expected_after(ps, arg, what, opt);
	if (!dash)
		hi = lo;
	if (value_cmp(&lo, &hi, fam->addr_bytes) > 0)
		return error_tok(ps, arg, "invalid address range %s: the first address is above the second");
	p = pred_new_field(f, &loc);
	if (!p)
		return -ENOMEM;
	p->test.op = KEFIR_OP_RANGE;
	p->test.value = lo;
	p->test.max = hi;
	return add_match_test(sp, p, neg);
}

/*
 * The test "lo <= IP length <= hi": IPv4's total length, IPv6's payload
 * length + 40 (length_mt6 takes skb->len, which ipv6_rcv() trimmed to it).
 */
static struct kefir_pred *length_test(const struct family *fam, uint16_t lo,
				      uint16_t hi, const struct kefir_loc *loc)
{
	if (fam->bit == FAM_4)
		return test_range(KEFIR_FIELD_IP4_LEN, lo, hi, loc);
	if (hi < 40)
		return pred_new(KEFIR_PRED_FALSE, loc);
	return test_range(KEFIR_FIELD_IP6_PLEN, lo < 40 ? 0 : lo - 40u,
			  hi - 40u, loc);
}

/* [!] --length N[:M] (the IP packet's length, header included) */
static int opt_length(struct parser *ps, struct spec *sp,
		      const struct token *opt, const struct token *arg,
		      bool neg)
{
	struct kefir_loc loc = span(opt, arg);
	uint16_t lo, hi;
	size_t len;
	const char *s = tok_chars(arg, &len);
	struct token t;
	uint64_t x;
	const char *colon = memchr(s, ':', len);

	t = sub_token(s, colon ? (size_t)(colon - s) : len);
	if (tok_to_u64(&t, 0, 65535, &x))
		return expected_after(ps, arg, "a length or a range N:M", opt);
	lo = hi = (uint16_t)x;
	if (colon) {
		t = sub_token(colon + 1, len - t.len - 1);
		if (tok_to_u64(&t, 0, 65535, &x))
			return expected_after(ps, arg, "a length or a range N:M", opt);
		hi = (uint16_t)x;
	}
	if (lo > hi)
		return error_tok(ps, arg, "invalid length range %s: the first length is above the second");
	return add_match_test(sp, length_test(ps->fam, lo, hi, &loc), neg);
}

/*
 * Refuses @opt after another option of exclusive group @group of the rule
 * (0: --ttl-eq/-gt/-lt and --hl-*, 1: --fragmore and --fraglast), with
 * iptables' words.
 */
static int exclusive(struct parser *ps, struct spec *sp, unsigned int group,
		     const struct token *opt)
{
	if (!sp->excl_seen[group]) {
		sp->excl_seen[group] = true;
		sp->excl_tok[group] = *opt;
		return 0;
	}
	return diag_error(ps->diag, ps->src, &opt->loc,
			  "option '%.*s' cannot be used together with '%.*s'",
			  (int)opt->len, opt->text,
			  (int)sp->excl_tok[group].len,
			  sp->excl_tok[group].text);
}

/* [!] --ttl-eq N | --ttl-gt N | --ttl-lt N (ip6tables: --hl-eq, ...) */
static int opt_ttl(struct parser *ps, struct spec *sp, const struct token *opt,
		   const struct token *arg, bool neg)
{
	enum kefir_field f = ps->fam->bit == FAM_6 ? KEFIR_FIELD_IP6_HLIM :
						     KEFIR_FIELD_IP4_TTL;
	struct kefir_loc loc = span(opt, arg);
	struct kefir_pred *p;
	uint64_t x;
	int err = exclusive(ps, sp, 0, opt);

	if (!err)
		err = parse_number(ps, arg, 255, &x, f == KEFIR_FIELD_IP4_TTL ?
				   "a TTL" : "a hop limit");
	if (err)
		return err;
	if (tok_is(opt, "--ttl-eq") || tok_is(opt, "--hl-eq"))
		p = test_u64(f, x, &loc);
	else if (tok_is(opt, "--ttl-gt") || tok_is(opt, "--hl-gt"))
		p = x == 255 ? pred_new(KEFIR_PRED_FALSE, &loc) :
		    test_range(f, x + 1, 255, &loc);
	else
		p = x == 0 ? pred_new(KEFIR_PRED_FALSE, &loc) :
		    test_range(f, 0, x - 1, &loc);
	return add_match_test(sp, p, neg);
}

static const struct {
	const char *name;
	unsigned int value;
} tos_names[] = {
	{ "Minimize-Delay", 0x10 }, { "Maximize-Throughput", 0x08 },
	{ "Maximize-Reliability", 0x04 }, { "Minimize-Cost", 0x02 },
	{ "Normal-Service", 0x00 },
};

/*
 * "(TOS & @m) == @v": IPv4's TOS byte, IPv6's traffic class (as
 * ipv4_get_dsfield() and ipv6_get_dsfield() read them).
 */
static struct kefir_pred *tos_test(const struct family *fam, uint64_t v,
				   uint64_t m, const struct kefir_loc *loc)
{
	return test_masked(fam->bit == FAM_6 ? KEFIR_FIELD_IP6_TCLASS :
			   KEFIR_FIELD_IP4_TOS, v, m, loc);
}

/* [!] --tos value[/mask] | name (mask 0x3f) */
static int opt_tos(struct parser *ps, struct spec *sp, const struct token *opt,
		   const struct token *arg, bool neg)
{
	struct kefir_loc loc = span(opt, arg);
	uint64_t v, m = 0xff;
	size_t len, i;
	const char *s = tok_chars(arg, &len), *slash = memchr(s, '/', len);
	struct token t = sub_token(s, slash ? (size_t)(slash - s) : len);

	for (i = 0; i < ARRAY_SIZE(tos_names); i++)
		if (strlen(tos_names[i].name) == len &&
		    !strncasecmp(tos_names[i].name, s, len))
			return add_match_test(sp, tos_test(ps->fam,
				tos_names[i].value, 0x3f, &loc), neg);
	if (tok_to_u64(&t, 0, 255, &v))
		return expected_after(ps, arg, "a TOS value[/mask] or name", opt);
	t = sub_token(slash + 1, slash ? len - t.len - 1 : 0);
	if (slash && tok_to_u64(&t, 0, 255, &m))
		return expected_after(ps, arg, "a TOS value[/mask] or name", opt);
	return add_match_test(sp, tos_test(ps->fam, v, m, &loc), neg);
}

static const struct {
	const char *name;
	unsigned int dscp;
} dscp_classes[] = {
	{ "CS0", 0x00 }, { "CS1", 0x08 }, { "CS2", 0x10 }, { "CS3", 0x18 },
	{ "CS4", 0x20 }, { "CS5", 0x28 }, { "CS6", 0x30 }, { "CS7", 0x38 },
	{ "BE", 0x00 }, { "AF11", 0x0a }, { "AF12", 0x0c }, { "AF13", 0x0e },
	{ "AF21", 0x12 }, { "AF22", 0x14 }, { "AF23", 0x16 }, { "AF31", 0x1a },
	{ "AF32", 0x1c }, { "AF33", 0x1e }, { "AF41", 0x22 }, { "AF42", 0x24 },
	{ "AF43", 0x26 }, { "EF", 0x2e },
};

/* [!] --dscp 0..63 | --dscp-class CLASS */
static int opt_dscp(struct parser *ps, struct spec *sp, const struct token *opt,
		    const struct token *arg, bool neg)
{
	struct kefir_loc loc = span(opt, arg);
	uint64_t x;
	size_t i, len;
	const char *s = tok_chars(arg, &len);
	int err;

	if (tok_is(opt, "--dscp")) {
		if ((err = parse_number(ps, arg, 63, &x, "a DSCP value")))
			return err;
	} else {
		for (i = 0; i < ARRAY_SIZE(dscp_classes); i++)
			if (strlen(dscp_classes[i].name) == len &&
			    !strncasecmp(dscp_classes[i].name, s, len))
				break;
		if (i == ARRAY_SIZE(dscp_classes))
			return expected_after(ps, arg, "a DSCP class (BE, EF, AFxy, CSx)", opt);
		x = dscp_classes[i].dscp;
	}
	if (ps->fam->bit == FAM_6)
		return add_match_test(sp, tos_test(ps->fam, x << 2, 0xfc, &loc),
				      neg);
	return add_match_test(sp, test_u64(KEFIR_FIELD_IP4_DSCP, x, &loc), neg);
}

/* [!] --ecn-ip-ect 0..3 */
static int opt_ecn(struct parser *ps, struct spec *sp, const struct token *opt,
		   const struct token *arg, bool neg)
{
	struct kefir_loc loc = span(opt, arg);
	uint64_t x;
	int err = parse_number(ps, arg, 3, &x, "an ECT value 0..3");

	if (err)
		return err;
	if (ps->fam->bit == FAM_6)
		return add_match_test(sp, tos_test(ps->fam, x, 0x03, &loc), neg);
	return add_match_test(sp, test_u64(KEFIR_FIELD_IP4_ECN, x, &loc), neg);
}

/* --comment TEXT: always true */
static int opt_comment(struct parser *ps, struct spec *sp,
		       const struct token *opt, const struct token *arg,
		       bool neg)
{
	size_t len;

	(void)sp;
	(void)opt;
	(void)neg;
	tok_chars(arg, &len);
	if (len > 255)
		return error_tok(ps, arg, "comment %s is longer than 255 characters");
	return 0;
}

/* [!] --mac-source XX:XX:XX:XX:XX:XX */
static int opt_mac(struct parser *ps, struct spec *sp, const struct token *opt,
		   const struct token *arg, bool neg)
{
	struct kefir_loc loc = span(opt, arg);
	struct kefir_pred *p = pred_new_field(KEFIR_FIELD_ETH_SRC, &loc);
	char *s = tok_strdup(arg);
	int err = !p || !s ? -ENOMEM : 0;

	if (!err && value_parse(&p->test.value, KEFIR_KIND_MAC, 6, s))
		err = expected_after(ps, arg, "a MAC address XX:XX:XX:XX:XX:XX", opt);
	free(s);
	if (err) {
		pred_free(p);
		return err;
	}
	return add_match_test(sp, p, neg);
}

/*
 * u32_range = number | [number] ":" [number] (base 0, open ends 0 and
 * 2^32 - 1), as xtables reads a UINT32RC option; false when malformed.
 */
static bool u32_range(const char *s, size_t len, uint64_t *lo, uint64_t *hi)
{
	const char *colon = memchr(s, ':', len);
	size_t n = colon ? (size_t)(colon - s) : len;
	struct token t = sub_token(s, n);

	*lo = 0;
	*hi = UINT32_MAX;
	if ((n || !colon) && tok_to_u64(&t, 0, UINT32_MAX, lo))
		return false;
	if (!colon) {
		*hi = *lo;
		return true;
	}
	t = sub_token(colon + 1, len - n - 1);
	return !t.len || !tok_to_u64(&t, 0, UINT32_MAX, hi);
}

/*
 * [!] --espspi|--ahspi|--fragid u32_range: a range whose bounds are
 * reversed never matches, as in the kernel.
 */
static int opt_spi(struct parser *ps, struct spec *sp, const struct token *opt,
		   const struct token *arg, bool neg)
{
	enum kefir_field f = tok_is(opt, "--espspi") ? KEFIR_FIELD_ESP_SPI :
			     tok_is(opt, "--ahspi") ? KEFIR_FIELD_AH_SPI :
						      KEFIR_FIELD_IP6_FRAG_ID;
	struct kefir_loc loc = span(opt, arg);
	size_t len;
	const char *s = tok_chars(arg, &len);
	uint64_t lo, hi;

	if (!u32_range(s, len, &lo, &hi))
		return expected_after(ps, arg, f == KEFIR_FIELD_IP6_FRAG_ID ?
				      "an ID or a range N:M" :
				      "an SPI or a range N:M", opt);
	return add_match_test(sp, lo > hi ? pred_new(KEFIR_PRED_FALSE, &loc) :
			      test_range(f, lo, hi, &loc), neg);
}

/*
 * [!] --ahlen N (ip6tables): the AH header is N bytes, (ah_len + 2) * 4;
 * 0 does not test (negated or not), as in ah_mt6().
 */
static int opt_ahlen(struct parser *ps, struct spec *sp, const struct token *opt,
		     const struct token *arg, bool neg)
{
	struct kefir_loc loc = span(opt, arg);
	uint64_t n;
	int err = parse_number(ps, arg, UINT32_MAX, &n, "a length in bytes");

	if (err)
		return err;
	if (!n)
		return 0;
	if (n % 4 || n < 8 || n > 1028)
		return add_match_test(sp, pred_new(KEFIR_PRED_FALSE, &loc), neg);
	return add_match_test(sp, test_u64(KEFIR_FIELD_AH_LEN, n / 4 - 2, &loc),
			      neg);
}

/*
 * --ahres: the AH reserved field is 0; --fragres: the fragment header's
 * reserved byte and bits are 0 (both in its first word, l4_data).
 */
static int opt_reserved(struct parser *ps, struct spec *sp,
			const struct token *opt, const struct token *arg,
			bool neg)
{
	bool ah = tok_is(opt, "--ahres");

	(void)ps;
	(void)arg;
	(void)neg;
	return add_match_test(sp, test_masked(KEFIR_FIELD_L4_DATA, 0,
					      ah ? 0x0000ffff : 0x00ff0006,
					      &opt->loc), false);
}

/* --fragfirst (offset 0), --fragmore (more fragments), --fraglast (none) */
static int opt_fragflag(struct parser *ps, struct spec *sp,
			const struct token *opt, const struct token *arg,
			bool neg)
{
	int err = 0;

	(void)arg;
	(void)neg;
	if (tok_is(opt, "--fragfirst"))
		return add_match_test(sp, test_u64(KEFIR_FIELD_IP6_FRAG_OFF, 0,
						   &opt->loc), false);
	if ((err = exclusive(ps, sp, 1, opt)))
		return err;
	return add_match_test(sp, test_u64(KEFIR_FIELD_IP6_FRAG_MF,
					   tok_is(opt, "--fragmore"),
					   &opt->loc), false);
}

/* [!] --fraglen N: read, and, as in frag_mt6(), never tested */
static int opt_fraglen(struct parser *ps, struct spec *sp,
		       const struct token *opt, const struct token *arg,
		       bool neg)
{
	uint64_t n;
	int err = parse_number(ps, arg, UINT32_MAX, &n, "a length");

	(void)sp;
	(void)neg;
	if (err)
		return err;
	return diag_warn(ps->diag, ps->src, &opt->loc,
			 "'--fraglen' has no effect: the kernel's frag match never tests it");
}

/* u32's limit on tests, location numbers and values (XT_U32_MAXSIZE). */
#define U32_MAX_ITEMS 10

/* A constant expression; NULL when memory runs out. */
static struct kefir_expr *expr_k(uint32_t k, const struct kefir_loc *loc)
{
	struct kefir_expr *e = expr_new(KEFIR_EXPR_CONST, loc);

	if (e)
		e->k = k;
	return e;
}

/* "a op b" over owned, NULL-safe operands. */
static struct kefir_expr *expr_op(enum kefir_binop op, struct kefir_expr *a,
				  struct kefir_expr *b,
				  const struct kefir_loc *loc)
{
	struct kefir_expr *e = a && b ? expr_new(KEFIR_EXPR_BINARY, loc) : NULL;

	if (!e) {
		expr_free(a);
		expr_free(b);
		return NULL;
	}
	e->op = op;
	e->a = a;
	e->b = b;
	return e;
}

/* A 4-byte load at NET + @off (owned, NULL-safe). */
static struct kefir_expr *load4(struct kefir_expr *off,
				const struct kefir_loc *loc)
{
	struct kefir_expr *e = off ? expr_new(KEFIR_EXPR_LOAD, loc) : NULL;

	if (!e) {
		expr_free(off);
		return NULL;
	}
	e->anchor = KEFIR_ANCHOR_NET;
	e->size = 4;
	e->a = off;
	return e;
}

/* u32's reading of its argument, and the tests it builds. */
struct u32_reader {
	const struct family *fam;
	const char *p, *end;
	const struct kefir_loc *loc;
	struct kefir_pred *all;		/* the conjunction being built */
	struct kefir_expr *val, *at;	/* the current value and base */
};

static void u32_blank(struct u32_reader *u)
{
	while (u->p < u->end && (*u->p == ' ' || *u->p == '\t'))
		u->p++;
}

/* number = a C number (strtoul base 0) */
static bool u32_number(struct u32_reader *u, uint32_t *out)
{
	size_t n;
	struct token t;
	uint64_t x;

	u32_blank(u);
	for (n = 0; u->p + n < u->end && (isxdigit((unsigned char)u->p[n]) ||
					  u->p[n] == 'x' || u->p[n] == 'X'); n++)
		;
	t = sub_token(u->p, n);
	if (!n || tok_to_u64(&t, 0, UINT32_MAX, &x))
		return false;
	u->p += n;
	*out = (uint32_t)x;
	return true;
}

static bool u32_eat(struct u32_reader *u, const char *s)
{
	size_t n = strlen(s);

	u32_blank(u);
	if ((size_t)(u->end - u->p) < n || memcmp(u->p, s, n))
		return false;
	u->p += n;
	return true;
}

/* Adds the relation "lhs op rhs" to the conjunction. */
static int u32_check(struct u32_reader *u, enum kefir_relop op,
		     struct kefir_expr *lhs, struct kefir_expr *rhs)
{
	return add_owned(u->all, rel_new(op, lhs, rhs, KEFIR_L4_NONE, u->loc));
}

/*
 * The skb's length in netfilter: IPv4's total length, IPv6's payload
 * length + 40 (ip_rcv() and ipv6_rcv() trim the skb to them).
 */
static struct kefir_expr *u32_len(const struct u32_reader *u)
{
	if (u->fam->bit == FAM_4)
		return net_load(2, 2, u->loc);
	return expr_op(KEFIR_BINOP_ADD, net_load(4, 2, u->loc),
		       expr_k(40, u->loc), u->loc);
}

/*
 * Reads 4 bytes at base + @pos as xt_u32 does: only when they lie within
 * the IP packet's length (the skb's length), else the match fails.
 */
static int u32_load(struct u32_reader *u, uint32_t pos)
{
	const struct kefir_loc *loc = u->loc;
	int err;

	if ((err = u32_check(u, KEFIR_RELOP_GE,
			     expr_op(KEFIR_BINOP_ADD, expr_clone(u->at),
				     expr_k(4, loc), loc), expr_clone(u->at))) ||
	    (err = u32_check(u, KEFIR_RELOP_GE, u32_len(u),
			     expr_op(KEFIR_BINOP_ADD, expr_clone(u->at),
				     expr_k(4, loc), loc))) ||
	    (err = u32_check(u, KEFIR_RELOP_LE, expr_k(pos, loc),
			     expr_op(KEFIR_BINOP_SUB, u32_len(u),
				     expr_op(KEFIR_BINOP_ADD, expr_clone(u->at),
					     expr_k(4, loc), loc), loc))))
		return err;
	expr_free(u->val);
	u->val = load4(expr_op(KEFIR_BINOP_ADD, expr_clone(u->at),
			       expr_k(pos, loc), loc), loc);
	return u->val ? 0 : -ENOMEM;
}

/* "@ pos": the value so far becomes the base (unless it overflows). */
static int u32_at(struct u32_reader *u, uint32_t pos)
{
	const struct kefir_loc *loc = u->loc;
	int err = u32_check(u, KEFIR_RELOP_GE,
			    expr_op(KEFIR_BINOP_ADD, expr_clone(u->at),
				    expr_clone(u->val), loc),
			    expr_clone(u->at));

	if (err)
		return err;
	u->at = expr_op(KEFIR_BINOP_ADD, u->at, u->val, loc);
	u->val = NULL;
	return u->at ? u32_load(u, pos) : -ENOMEM;
}

/* location = number { ("&" | "<<" | ">>" | "@") number } */
static int u32_location(struct u32_reader *u)
{
	static const struct {
		const char *op;
		enum kefir_binop binop;
	} ops[] = { { "&", KEFIR_BINOP_AND }, { "<<", KEFIR_BINOP_LSH },
		    { ">>", KEFIR_BINOP_RSH }, { "@", KEFIR_BINOP_MAX } };
	unsigned int n_numbers = 1;
	uint32_t x;
	size_t i;
	int err;

	if (!u32_number(u, &x))
		return -EINVAL;
	u->at = expr_k(0, u->loc);
	if (!u->at || (err = u32_load(u, x)))
		return -ENOMEM;
	for (;;) {
		err = 0;
		for (i = 0; i < ARRAY_SIZE(ops) && !u32_eat(u, ops[i].op); i++)
			;
		if (i == ARRAY_SIZE(ops))
			return 0;
		if (!u32_number(u, &x) || ++n_numbers > U32_MAX_ITEMS ||
		    (ops[i].binop != KEFIR_BINOP_AND &&
		     ops[i].binop != KEFIR_BINOP_MAX && x >= 32))
			return -EINVAL;	/* a shift of 32 or more is undefined */
		if (ops[i].binop == KEFIR_BINOP_MAX)
			err = u32_at(u, x);
		else if (!(u->val = expr_op(ops[i].binop, u->val,
					    expr_k(x, u->loc), u->loc)))
			err = -ENOMEM;
		if (err)
			return err;
	}
}

/* value = number [ ":" number ] { "," number [ ":" number ] } */
static int u32_values(struct u32_reader *u)
{
	struct kefir_pred *any = pred_new(KEFIR_PRED_OR, u->loc);
	unsigned int n = 0;
	uint32_t lo, hi;
	int err = any ? 0 : -ENOMEM;

	do {
		if (err || !u32_number(u, &lo) || ++n > U32_MAX_ITEMS) {
			err = err ? err : -EINVAL;
			break;
		}
		hi = lo;
		if (u32_eat(u, ":") && !u32_number(u, &hi)) {
			err = -EINVAL;
			break;
		}
		err = add_owned(any, pred_of(KEFIR_PRED_AND,
			rel_new(KEFIR_RELOP_GE, expr_clone(u->val),
				expr_k(lo, u->loc), KEFIR_L4_NONE, u->loc),
			rel_new(KEFIR_RELOP_LE, expr_clone(u->val),
				expr_k(hi, u->loc), KEFIR_L4_NONE, u->loc),
			u->loc));
	} while (!err && u32_eat(u, ","));
	if (err) {
		pred_free(any);
		return err;
	}
	return add_owned(u->all, any);
}

/* tests = location "=" value { "&&" location "=" value } */
static int u32_tests(struct u32_reader *u)
{
	unsigned int n = 0;
	int err;

	do {
		err = ++n > U32_MAX_ITEMS ? -EINVAL : u32_location(u);
		if (!err && !u32_eat(u, "="))
			err = -EINVAL;
		if (!err)
			err = u32_values(u);
		expr_free(u->val);
		expr_free(u->at);
		u->val = u->at = NULL;
	} while (!err && u32_eat(u, "&&"));
	u32_blank(u);
	return !err && u->p != u->end ? -EINVAL : err;
}

/* [!] --u32 tests: 4-byte loads from the IP header, within its length */
static int opt_u32(struct parser *ps, struct spec *sp, const struct token *opt,
		   const struct token *arg, bool neg)
{
	struct kefir_loc loc = span(opt, arg);
	struct u32_reader u = { .fam = ps->fam, .loc = &loc };
	size_t len;
	int err;

	u.p = tok_chars(arg, &len);
	u.end = u.p + len;
	u.all = pred_new(KEFIR_PRED_AND, &loc);
	err = u.all ? u32_tests(&u) : -ENOMEM;
	if (err) {
		pred_free(u.all);
		if (err == -EINVAL)
			return error_tok(ps, arg, "invalid u32 test %s: expected LOCATION = VALUE[:VALUE][,...] [&& ...], numbers below 2^32, shifts below 32, at most 10 of each");
		return err;
	}
	return add_match_test(sp, u.all, neg);
}

/* The most instructions xt_bpf takes (XT_BPF_MAX_NUM_INSTR). */
#define BPF_MATCH_MAX_INSNS 64

/* The location of bytes [@at, @at + @len) of @arg's text (all of it when
 * the text has escapes). */
static struct kefir_loc arg_loc(const struct token *arg, size_t at, size_t len)
{
	struct kefir_loc loc = arg->loc;
	size_t n;

	tok_chars(arg, &n);
	if (arg->kind != TOK_WORD && n + 2 != arg->len)
		return loc;
	loc.col += (unsigned int)at + (arg->kind == TOK_STRING);
	loc.len = len ? (unsigned int)len : 1;
	return loc;
}

/*
 * --bytecode PROGRAM: a classic BPF program run, as xt_bpf runs it, on the
 * packet from its network header to the IP length; non-zero is a match.
 * At most 64 instructions, as xt_bpf; refused as the kernel's checker
 * refuses it, and when it loads metadata.
 */
static int opt_bytecode(struct parser *ps, struct spec *sp,
			const struct token *opt, const struct token *arg,
			bool neg)
{
	struct kefir_cbpf_insn prog[BPF_MATCH_MAX_INSNS];
	struct kefir_loc loc = span(opt, arg);
	size_t len, n, at, bad, pc;
	const char *s = tok_chars(arg, &len), *why;
	struct kefir_pred *p;

	if ((why = cbpf_parse_bytecode(s, len, prog, ARRAY_SIZE(prog), &n,
				       &at, &bad))) {
		loc = arg_loc(arg, at, bad);
		return diag_error(ps->diag, ps->src, &loc, "bpf: %s", why);
	}
	if ((why = cbpf_check(prog, n, &pc))) {
		cbpf_bytecode_insn(s, len, pc, &at, &bad);
		loc = arg_loc(arg, at, bad);
		return diag_error(ps->diag, ps->src, &loc,
				  "bpf: the kernel refuses instruction %zu: %s",
				  pc, why);
	}
	if ((why = cbpf_unsupported(prog, n, &pc))) {
		cbpf_bytecode_insn(s, len, pc, &at, &bad);
		loc = arg_loc(arg, at, bad);
		return diag_error(ps->diag, ps->src, &loc,
				  "bpf: instruction %zu loads %s, packet metadata the converted program does not see",
				  pc, why);
	}
	p = pred_new(KEFIR_PRED_TEST, &loc);
	if (p)
		p->test = (struct kefir_test){ .kind = KEFIR_TEST_CBPF,
			.net_off = KEFIR_NET_OFF_DEFAULT, .loc = loc,
			.end = ps->fam->bit == FAM_6 ? KEFIR_CBPF_END_IP6 :
						       KEFIR_CBPF_END_IP4,
			.prog = calloc(n, sizeof(*prog)), .n_prog = n };
	if (!p || !p->test.prog) {
		pred_free(p);
		return -ENOMEM;
	}
	memcpy(p->test.prog, prog, n * sizeof(*prog));
	return add_match_test(sp, p, neg);
}

/* ------------------------------------------------------------------------ */
/* --stateless-approx: conntrack, state, limit                              */
/* ------------------------------------------------------------------------ */

/* The matches --stateless-approx converts (some uses of). */
static bool approximated_match(const char *name, size_t len)
{
	struct token t = sub_token(name, len);

	return in_names("state conntrack limit", &t);
}

enum {
	ST_NEW = 1 << 0, ST_ESTABLISHED = 1 << 1, ST_RELATED = 1 << 2,
	ST_INVALID = 1 << 3, ST_UNTRACKED = 1 << 4, ST_SNAT = 1 << 5,
	ST_DNAT = 1 << 6,
};

/* states = STATE { "," STATE } (any case) */
static int state_list(struct parser *ps, const struct token *opt,
		      const struct token *arg, unsigned int *out)
{
	static const char *const names[] = { "NEW", "ESTABLISHED", "RELATED",
		"INVALID", "UNTRACKED", "SNAT", "DNAT" };
	const char *s, *end, *comma;
	size_t len, n, i;

	s = tok_chars(arg, &len);
	end = s + len;
	for (*out = 0; s <= end; s = comma + 1) {
		comma = memchr(s, ',', (size_t)(end - s));
		comma = comma ? comma : end;
		n = (size_t)(comma - s);
		for (i = 0; i < ARRAY_SIZE(names); i++)
			if (strlen(names[i]) == n && !strncasecmp(names[i], s, n))
				break;
		if (i == ARRAY_SIZE(names) ||
		    (i > 4 && tok_is(opt, "--state")))
			return expected_after(ps, arg, "connection states (NEW, ESTABLISHED, RELATED, INVALID, UNTRACKED) separated by commas", opt);
		*out |= 1u << i;
	}
	return 0;
}

/*
 * --state|--ctstate states, with --stateless-approx: NEW on TCP is taken
 * as SYN without ACK (-m tcp --tcp-flags SYN,ACK SYN); ESTABLISHED and
 * RELATED as true, when the rule accepts (checked once its target is
 * known). Anything else is refused.
 */
static int opt_state(struct parser *ps, struct spec *sp,
		     const struct token *opt, const struct token *arg,
		     bool neg)
{
	struct kefir_loc loc = span(opt, arg);
	unsigned int st;
	int err;

	if ((err = state_list(ps, opt, arg, &st)))
		return err;
	if (!neg && st == ST_NEW && sp->proto == 6 && !sp->proto_neg) {
		if ((err = load_match(ps, sp, M_TCP, opt)) ||
		    (err = add_match_test(sp, test_masked(KEFIR_FIELD_TCP_FLAGS,
							  0x02, 0x12, &loc),
					  false)))
			return err;
		return diag_warn(ps->diag, ps->src, &loc,
				 "approximated: '%.*s NEW' is taken as a TCP SYN without ACK (--stateless-approx)",
				 (int)opt->len, opt->text);
	}
	if (!neg && !(st & ~(ST_ESTABLISHED | ST_RELATED))) {
		sp->approx_accept = true;
		sp->approx_loc = loc;
		return 0;
	}
	return diag_error(ps->diag, ps->src, &loc,
			  "'%s%.*s' has no stateless approximation: --stateless-approx takes NEW with -p tcp, and ESTABLISHED, RELATED in a rule that accepts",
			  neg ? "! " : "", (int)(arg->loc.col + arg->loc.len -
						 opt->loc.col), opt->text);
}

/* ESTABLISHED,RELATED taken as true: only in a rule that accepts. */
static int check_approx_accept(struct parser *ps, const struct spec *sp)
{
	if (!sp->approx_accept)
		return 0;
	if (sp->rule->target != TARGET_ACCEPT)
		return diag_error(ps->diag, ps->src, &sp->approx_loc,
				  "no stateless approximation of ESTABLISHED, RELATED in a rule that does not accept (--stateless-approx takes them as true with -j ACCEPT)");
	return diag_warn(ps->diag, ps->src, &sp->approx_loc,
			 "approximated: ESTABLISHED, RELATED are taken as true, so this rule accepts every packet its other matches let through (--stateless-approx)");
}

/* rate = NUMBER [ "/" ("second" | "minute" | "hour" | "day", or a prefix) ] */
static bool limit_rate(const char *s, size_t len)
{
	static const char *const units[] = { "second", "minute", "hour", "day" };
	const char *slash = memchr(s, '/', len);
	struct token t = sub_token(s, slash ? (size_t)(slash - s) : len);
	size_t i, n = slash ? len - t.len - 1 : 0;
	uint64_t x;

	if (tok_to_u64(&t, 10, UINT32_MAX, &x) || !x)
		return false;
	for (i = 0; slash && i < ARRAY_SIZE(units); i++)
		if (n && n <= strlen(units[i]) && !strncmp(units[i], slash + 1, n))
			return true;
	return !slash;
}

/* --limit rate | --limit-burst N, with --stateless-approx: no limit */
static int opt_limit(struct parser *ps, struct spec *sp,
		     const struct token *opt, const struct token *arg,
		     bool neg)
{
	struct kefir_loc loc = span(opt, arg);
	size_t len;
	const char *s = tok_chars(arg, &len);
	uint64_t x;

	(void)sp;
	(void)neg;
	if (tok_is(opt, "--limit-burst"))
		return parse_number(ps, arg, UINT32_MAX, &x, "a burst size");
	if (!limit_rate(s, len))
		return expected_after(ps, arg, "a rate N[/second|/minute|/hour|/day]", opt);
	return diag_warn(ps->diag, ps->src, &loc,
			 "approximated: '--limit %.*s' is taken as no limit, every packet passes it (--stateless-approx)",
			 (int)len, s);
}

/* Options of supported matches that kefir refuses, with the reason. */
static const struct {
	const char *name;
	const char *why;
} refused_options[] = {
	{ "--tcp-option", "it walks the TCP options" },
	{ "--chunk-types", "it walks the SCTP chunks" },
	{ "--dccp-types", "kefir has no DCCP type field yet" },
	{ "--dccp-option", "it walks the DCCP options" },
	{ "--ecn-tcp-cwr", "the ecn match reads TCP flags without the first-fragment rule kefir writes" },
	{ "--ecn-tcp-ece", "the ecn match reads TCP flags without the first-fragment rule kefir writes" },
	{ "--object-pinned", "it runs an eBPF program pinned in bpffs, which kefir cannot read (give the classic BPF program with --bytecode)" },
	{ "--ctproto --ctorigsrc --ctorigdst --ctreplsrc --ctrepldst --ctorigsrcport --ctorigdstport --ctreplsrcport --ctrepldstport --ctstatus --ctexpire --ctdir",
	  "it reads connection tracking state, which --stateless-approx does not approximate" },
};

/* A refused option: "'--tcp-option' is not supported: <why>" */
static int opt_refused(struct parser *ps, struct spec *sp,
		       const struct token *opt, const struct token *arg,
		       bool neg)
{
	size_t i;

	(void)sp;
	(void)arg;
	(void)neg;
	for (i = 0; i < ARRAY_SIZE(refused_options); i++)
		if (in_names(refused_options[i].name, opt))
			break;
	return diag_error(ps->diag, ps->src, &opt->loc,
			  "'%.*s' is not supported: %s", (int)opt->len,
			  opt->text, i < ARRAY_SIZE(refused_options) ?
			  refused_options[i].why : "unknown");
}

typedef int (*option_fn)(struct parser *ps, struct spec *sp,
			 const struct token *opt, const struct token *arg,
			 bool neg);

/* The options of the matches kefir converts. */
static const struct match_option {
	const char *name;
	enum match_id match;
	option_fn parse;
	bool has_arg;
	bool negatable;
	unsigned int families;	/* 0: those of the match */
} match_options[] = {
	{ "--sport", M_TCP, opt_port, true, true },
	{ "--source-port", M_TCP, opt_port, true, true },
	{ "--dport", M_TCP, opt_port, true, true },
	{ "--destination-port", M_TCP, opt_port, true, true },
	{ "--tcp-flags", M_TCP, opt_tcp_flags, true, true },
	{ "--syn", M_TCP, opt_syn, false, true },
	{ "--sport", M_UDP, opt_port, true, true },
	{ "--source-port", M_UDP, opt_port, true, true },
	{ "--dport", M_UDP, opt_port, true, true },
	{ "--destination-port", M_UDP, opt_port, true, true },
	{ "--icmp-type", M_ICMP, opt_icmp_type, true, true },
	{ "--sports", M_MULTIPORT, opt_multiport, true, true },
	{ "--source-ports", M_MULTIPORT, opt_multiport, true, true },
	{ "--dports", M_MULTIPORT, opt_multiport, true, true },
	{ "--destination-ports", M_MULTIPORT, opt_multiport, true, true },
	{ "--ports", M_MULTIPORT, opt_multiport, true, true },
	{ "--src-range", M_IPRANGE, opt_iprange, true, true },
	{ "--dst-range", M_IPRANGE, opt_iprange, true, true },
	{ "--length", M_LENGTH, opt_length, true, true },
	{ "--ttl-eq", M_TTL, opt_ttl, true, true },
	{ "--ttl-gt", M_TTL, opt_ttl, true, false },
	{ "--ttl-lt", M_TTL, opt_ttl, true, false },
	{ "--tos", M_TOS, opt_tos, true, true },
	{ "--dscp", M_DSCP, opt_dscp, true, true },
	{ "--dscp-class", M_DSCP, opt_dscp, true, true },
	{ "--ecn-ip-ect", M_ECN, opt_ecn, true, true },
	{ "--comment", M_COMMENT, opt_comment, true, false },
	{ "--mac-source", M_MAC, opt_mac, true, true },
	{ "--espspi", M_ESP, opt_spi, true, true },
	{ "--ahspi", M_AH, opt_spi, true, true },
	{ "--sport", M_SCTP, opt_port, true, true },
	{ "--source-port", M_SCTP, opt_port, true, true },
	{ "--dport", M_SCTP, opt_port, true, true },
	{ "--destination-port", M_SCTP, opt_port, true, true },
	{ "--sport", M_DCCP, opt_port, true, true },
	{ "--source-port", M_DCCP, opt_port, true, true },
	{ "--dport", M_DCCP, opt_port, true, true },
	{ "--destination-port", M_DCCP, opt_port, true, true },
	{ "--tcp-option", M_TCP, opt_refused, false, true },
	{ "--chunk-types", M_SCTP, opt_refused, false, true },
	{ "--dccp-types", M_DCCP, opt_refused, false, true },
	{ "--dccp-option", M_DCCP, opt_refused, false, true },
	{ "--ecn-tcp-cwr", M_ECN, opt_refused, false, true },
	{ "--ecn-tcp-ece", M_ECN, opt_refused, false, true },
	{ "--u32", M_U32, opt_u32, true, true },
	{ "--icmpv6-type", M_ICMP6, opt_icmp_type, true, true },
	{ "--hl-eq", M_HL, opt_ttl, true, true },
	{ "--hl-gt", M_HL, opt_ttl, true, false },
	{ "--hl-lt", M_HL, opt_ttl, true, false },
	{ "--ahlen", M_AH, opt_ahlen, true, true, FAM_6 },
	{ "--ahres", M_AH, opt_reserved, false, false, FAM_6 },
	{ "--fragid", M_FRAG, opt_spi, true, true },
	{ "--fraglen", M_FRAG, opt_fraglen, true, true },
	{ "--fragres", M_FRAG, opt_reserved, false, false },
	{ "--fragfirst", M_FRAG, opt_fragflag, false, false },
	{ "--fragmore", M_FRAG, opt_fragflag, false, false },
	{ "--fraglast", M_FRAG, opt_fragflag, false, false },
	{ "--bytecode", M_BPF, opt_bytecode, true, false },
	{ "--object-pinned", M_BPF, opt_refused, false, false },
	{ "--state", M_STATE, opt_state, true, true },
	{ "--ctstate", M_CONNTRACK, opt_state, true, true },
	{ "--limit", M_LIMIT, opt_limit, true, false },
	{ "--limit-burst", M_LIMIT, opt_limit, true, false },
	{ "--ctproto", M_CONNTRACK, opt_refused, false, true },
	{ "--ctorigsrc", M_CONNTRACK, opt_refused, false, true },
	{ "--ctorigdst", M_CONNTRACK, opt_refused, false, true },
	{ "--ctreplsrc", M_CONNTRACK, opt_refused, false, true },
	{ "--ctrepldst", M_CONNTRACK, opt_refused, false, true },
	{ "--ctorigsrcport", M_CONNTRACK, opt_refused, false, true },
	{ "--ctorigdstport", M_CONNTRACK, opt_refused, false, true },
	{ "--ctreplsrcport", M_CONNTRACK, opt_refused, false, true },
	{ "--ctrepldstport", M_CONNTRACK, opt_refused, false, true },
	{ "--ctstatus", M_CONNTRACK, opt_refused, false, true },
	{ "--ctexpire", M_CONNTRACK, opt_refused, false, true },
	{ "--ctdir", M_CONNTRACK, opt_refused, false, true },
};

/* True if option @o exists in the family being read. */
static bool option_in_family(const struct parser *ps,
			     const struct match_option *o)
{
	unsigned int fams = o->families ? o->families
					: matches[o->match].families;

	return fams & ps->fam->bit;
}

/*
 * The option @tok of a loaded match (the latest -m first), or of the match
 * "-p" loads implicitly (tcp, udp, icmp), which it then loads.
 */
static const struct match_option *find_option(struct parser *ps,
					      struct spec *sp,
					      const struct token *tok, int *err)
{
	const struct match_option *o, *found = NULL;
	size_t i;

	*err = 0;
	for (i = 0; i < ARRAY_SIZE(match_options); i++) {
		o = &match_options[i];
		if (!tok_is(tok, o->name) || !option_in_family(ps, o))
			continue;
		if ((int)o->match == sp->current)
			return o;
		if ((sp->loaded & (1u << o->match)) && !found)
			found = o;
	}
	if (found)
		return found;
	for (i = 0; i < ARRAY_SIZE(match_options); i++) {
		o = &match_options[i];
		if (tok_is(tok, o->name) && option_in_family(ps, o) &&
		    match_proto(ps->fam, o->match) &&
		    match_proto(ps->fam, o->match) == sp->proto &&
		    !sp->proto_neg) {
			*err = load_match(ps, sp, o->match, tok);
			return *err ? NULL : o;
		}
	}
	return NULL;
}

/* ------------------------------------------------------------------------ */
/* Base parameters and targets                                              */
/* ------------------------------------------------------------------------ */

/* Protocol names of -p: iptables' own list and common /etc/protocols. */
static const struct {
	const char *name;
	int proto;
} protocols[] = {
	{ "all", 0 }, { "icmp", 1 }, { "igmp", 2 }, { "ipencap", 4 },
	{ "tcp", 6 }, { "egp", 8 }, { "udp", 17 }, { "dccp", 33 },
	{ "gre", 47 }, { "esp", 50 }, { "ah", 51 }, { "icmpv6", 58 },
	{ "ipv6-icmp", 58 }, { "ospf", 89 }, { "pim", 103 }, { "vrrp", 112 },
	{ "sctp", 132 }, { "mh", 135 }, { "udplite", 136 },
	{ "hopopt", 0 }, { "ipv6", 41 }, { "ipv6-route", 43 },
	{ "ipv6-frag", 44 }, { "ipv6-nonxt", 59 }, { "ipv6-opts", 60 },
};

/* ip6tables' is_exthdr(): headers -p skips, so that naming one never matches. */
static bool skipped_by_find(int proto)
{
	return proto == 43 || proto == 44 || proto == 51 || proto == 60;
}

/* [!] -p proto: a name (any case) or a number (base 0); 0 and all = any */
static int opt_protocol(struct parser *ps, struct spec *sp,
			const struct token *opt, const struct token *arg,
			bool neg)
{
	size_t len, i;
	const char *s = tok_chars(arg, &len);
	uint64_t x;

	sp->proto = -1;
	for (i = 0; i < ARRAY_SIZE(protocols); i++)
		if (strlen(protocols[i].name) == len &&
		    !strncasecmp(protocols[i].name, s, len))
			sp->proto = protocols[i].proto;
	if (sp->proto < 0 && tok_to_u64(arg, 0, 255, &x))
		return expected_after(ps, arg, "a protocol name or number", opt);
	if (sp->proto < 0)
		sp->proto = (int)x;
	if (sp->proto == 0 && neg)
		return diag_error(ps->diag, ps->src, &arg->loc,
				  "'! -p all' would never match: refused as iptables does");
	sp->proto_neg = neg;
	sp->proto_loc = span(opt, arg);
	if (ps->fam->bit == FAM_6 && skipped_by_find(sp->proto) && !neg)
		return diag_warn(ps->diag, ps->src, &arg->loc,
				 "'-p %.*s' never matches: ip6tables skips that extension header to find the protocol (use its match instead)",
				 (int)len, s);
	return 0;
}

/* [!] -s|-d address_list */
static int opt_address(struct parser *ps, struct spec *sp,
		       const struct token *opt, const struct token *arg,
		       bool neg)
{
	bool src = tok_is(opt, "-s") || tok_is(opt, "--source") ||
		   tok_is(opt, "--src");
	struct addr_list *list = src ? &sp->src : &sp->dst;

	list->neg = neg;
	list->loc = span(opt, arg);
	return parse_addresses(ps, arg, list);
}

/* [!] -f: a non-first fragment (iptables only) */
static int opt_fragment(struct parser *ps, struct spec *sp,
			const struct token *opt, const struct token *arg,
			bool neg)
{
	(void)arg;
	if (ps->fam->bit == FAM_6)
		return error_tok(ps, opt, "%s is not supported in IPv6, as in ip6tables: use -m frag instead");
	sp->frag = neg ? 0 : 1;
	sp->frag_loc = opt->loc;
	return 0;
}

/*
 * True if interface @name matches the pattern of -i (@len bytes at @pat):
 * equal, or, with a final '+', starting with what precedes it ("+" alone
 * matches every interface), as ifname_compare_aligned() compares.
 */
static bool iface_matches(const char *pat, size_t len, const char *name)
{
	if (len && pat[len - 1] == '+')
		return !strncmp(name, pat, len - 1);
	return strlen(name) == len && !strncmp(name, pat, len);
}

/*
 * [!] -i IFACE: decided against the interface the program is converted
 * for (the program runs on that one interface); without one, refused.
 * -o: refused, the program sees no output interface.
 */
static int opt_interface(struct parser *ps, struct spec *sp,
			 const struct token *opt, const struct token *arg,
			 bool neg)
{
	size_t len;
	const char *s = tok_chars(arg, &len);

	if (tok_is(opt, "-o") || tok_is(opt, "--out-interface"))
		return error_tok(ps, opt, "%s is not supported: an XDP or TC ingress program does not know the interface the packet will leave by");
	if (!ps->in_interface)
		return error_tok(ps, opt, "%s needs the interface the program will run on: convert with --in-interface IF (kefirc load gives its --dev)");
	if (!len || len >= 16)
		return expected_after(ps, arg, "an interface name of 1 to 15 characters, a final '+' for a prefix", opt);
	sp->in_iface = iface_matches(s, len, ps->in_interface) != neg;
	sp->in_iface_loc = span(opt, arg);
	if (memchr(s, '/', len) || memchr(s, ' ', len))
		return diag_warn(ps->diag, ps->src, &arg->loc,
				 "weird character in interface '%.*s': the kernel allows no '/' or ' ' in a name (as iptables warns)",
				 (int)arg->len, arg->text);
	return 0;
}

/* -m name */
static int opt_match(struct parser *ps, struct spec *sp,
		     const struct token *opt, const struct token *arg,
		     bool neg)
{
	unsigned int families = 0;
	size_t len, i;
	const char *s = tok_chars(arg, &len);
	const char *why = refused_match(s, len, &families);
	bool approx = approximated_match(s, len);

	(void)opt;
	(void)neg;
	if (why && !(families & ps->fam->bit))
		return diag_error(ps->diag, ps->src, &arg->loc,
				  "match '%.*s' exists only in %s", (int)len,
				  s, ps->fam->other_tool);
	if (why && !(approx && ps->approx))
		return diag_error(ps->diag, ps->src, &arg->loc,
				  "match '%.*s' is not supported: %s%s",
				  (int)len, s, why, approx ?
				  " (--stateless-approx approximates some of its uses)" :
				  "");
	for (i = 0; i < M_MAX; i++)
		if (strlen(matches[i].name) == len &&
		    !memcmp(matches[i].name, s, len))
			return load_match(ps, sp, (enum match_id)i, arg);
	return error_tok(ps, arg, "unknown or unsupported match %s (docs/iptables.md lists the supported ones)");
}

/* Targets refused by name, with the reason. */
static const struct {
	const char *names;
	const char *why;
} refused_targets[] = {
	{ "QUEUE NFQUEUE", "it hands the packet to a userspace program" },
	{ "SNAT DNAT MASQUERADE REDIRECT NETMAP",
	  "address translation needs connection tracking" },
	{ "MARK CONNMARK CT NOTRACK TRACE CLASSIFY SECMARK CONNSECMARK SET AUDIT IDLETIMER LED RATEEST HMARK CLUSTERIP SYNPROXY",
	  "it sets packet metadata or state a stateless filter does not keep" },
	{ "TOS DSCP TTL ECN TCPMSS TCPOPTSTRIP CHECKSUM TEE TPROXY",
	  "it rewrites, clones or steers the packet" },
};

/* Option words of the targets kefir converts, and whether they take a value. */
static const struct {
	const char *target;
	const char *name;
	bool has_arg;
} target_options[] = {
	{ "REJECT", "--reject-with", true },
	{ "LOG", "--log-level", true }, { "LOG", "--log-prefix", true },
	{ "LOG", "--log-tcp-sequence", false },
	{ "LOG", "--log-tcp-options", false },
	{ "LOG", "--log-ip-options", false }, { "LOG", "--log-uid", false },
	{ "LOG", "--log-macdecode", false },
	{ "NFLOG", "--nflog-group", true }, { "NFLOG", "--nflog-prefix", true },
	{ "NFLOG", "--nflog-range", true }, { "NFLOG", "--nflog-size", true },
	{ "NFLOG", "--nflog-threshold", true },
};

static const char *refused_target(const struct token *tok)
{
	const char *w;
	size_t i, n;

	for (i = 0; i < ARRAY_SIZE(refused_targets); i++)
		for (w = refused_targets[i].names; *w; w += n) {
			w += strspn(w, " ");
			n = strcspn(w, " ");
			if (n == tok->len && !memcmp(w, tok->text, n))
				return refused_targets[i].why;
		}
	return NULL;
}

/* -j TARGET | -g CHAIN */
static int opt_target(struct parser *ps, struct spec *sp,
		      const struct token *opt, const struct token *arg,
		      bool neg)
{
	struct ipt_rule *r = sp->rule;
	const char *why = refused_target(arg);

	(void)neg;
	if (r->target != TARGET_NONE || r->chain)
		return error_tok(ps, opt, "a second target %s: a rule has one");
	r->target_loc = arg->loc;
	snprintf(sp->target, sizeof(sp->target), "%.*s", (int)arg->len,
		 arg->text);
	if (why)
		return diag_error(ps->diag, ps->src, &arg->loc,
				  "target '%.*s' is not supported: %s",
				  (int)arg->len, arg->text, why);
	if (tok_is(opt, "-g") || tok_is(opt, "--goto")) {
		r->target = TARGET_GOTO;
	} else if (tok_is(arg, "ACCEPT")) {
		r->target = TARGET_ACCEPT;
	} else if (tok_is(arg, "DROP")) {
		r->target = TARGET_DROP;
	} else if (tok_is(arg, "REJECT")) {
		r->target = TARGET_DROP;
		r->reject = true;
		return diag_warn(ps->diag, ps->src, &arg->loc,
				 "REJECT becomes a drop: no ICMP error or TCP reset is sent");
	} else if (tok_is(arg, "RETURN")) {
		r->target = TARGET_RETURN;
	} else if (tok_is(arg, "LOG") || tok_is(arg, "NFLOG")) {
		r->target = TARGET_NONE;
		return 0;
	} else {
		r->target = TARGET_JUMP;
	}
	if (r->target == TARGET_JUMP || r->target == TARGET_GOTO) {
		r->chain = tok_strdup(arg);
		return r->chain ? 0 : -ENOMEM;
	}
	return 0;
}

/* -c PKTS BYTES: counters, ignored */
static int opt_counters(struct parser *ps, struct spec *sp,
			const struct token *opt, const struct token *arg,
			bool neg)
{
	struct token bytes;
	uint64_t x;

	(void)sp;
	(void)neg;
	if (tok_to_u64(arg, 0, UINT64_MAX, &x))
		return expected_after(ps, arg, "a packet count", opt);
	return option_arg(ps, opt, &bytes, "a byte count");
}

/* True if @tok is -6 in iptables, -4 in ip6tables (or the long forms). */
static bool other_family_flag(const struct parser *ps, const struct token *tok)
{
	return tok_is(tok, ps->fam->other_flag) ||
	       tok_is(tok, ps->fam->other_long);
}

static bool own_family_flag(const struct parser *ps, const struct token *tok)
{
	return tok_is(tok, ps->fam->own_flag) || tok_is(tok, ps->fam->own_long);
}

/* -4 and -6: this family's is ignored; after the other's, the rest of the
 * line is skipped */
static int opt_family(struct parser *ps, struct spec *sp,
		      const struct token *opt, const struct token *arg,
		      bool neg)
{
	(void)arg;
	(void)neg;
	if (other_family_flag(ps, opt))
		sp->other_family = true;
	return 0;
}

/* The base options of a rule. */
static const struct base_option {
	const char *names;
	option_fn parse;
	bool has_arg;
	bool negatable;
	bool once;
} base_options[] = {
	{ "-p --protocol", opt_protocol, true, true, true },
	{ "-s --source --src", opt_address, true, true, true },
	{ "-d --destination --dst", opt_address, true, true, true },
	{ "-f --fragment", opt_fragment, false, true, true },
	{ "-i --in-interface", opt_interface, true, true, true },
	{ "-o --out-interface", opt_interface, true, true, true },
	{ "-m --match", opt_match, true, false, false },
	{ "-j --jump -g --goto", opt_target, true, false, false },
	{ "-c --set-counters", opt_counters, true, false, false },
	{ "-4 --ipv4 -6 --ipv6", opt_family, false, false, false },
};

static const struct base_option *base_option(const struct token *tok)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(base_options); i++)
		if (tok->kind == TOK_WORD && in_names(base_options[i].names, tok))
			return &base_options[i];
	return NULL;
}

/* An option of the rule's target (REJECT, LOG, NFLOG): read, then unused. */
static int target_option(struct parser *ps, struct spec *sp,
			 const struct token *tok, bool *found)
{
	struct token arg;
	size_t i;

	*found = false;
	for (i = 0; i < ARRAY_SIZE(target_options); i++) {
		if (strcmp(target_options[i].target, sp->target) ||
		    !tok_is(tok, target_options[i].name))
			continue;
		*found = true;
		return target_options[i].has_arg ?
		       option_arg(ps, tok, &arg, "a value") : 0;
	}
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Rule specifications                                                      */
/* ------------------------------------------------------------------------ */

/* Reads the argument of @opt, if it takes one, and runs its parser. */
static int run_option(struct parser *ps, struct spec *sp,
		      const struct token *opt, option_fn parse, bool has_arg,
		      bool negatable)
{
	struct token arg = *opt;
	bool neg = sp->negate;
	int err;

	sp->negate = false;
	if (neg && !negatable)
		return error_tok(ps, &sp->neg_tok, "'!' cannot negate the option that follows it");
	if (has_arg && (err = option_arg(ps, opt, &arg, "a value")))
		return err;
	if (has_arg && tok_is(&arg, "!"))
		return error_tok(ps, &arg, "%s must come before the option it negates (intra-positioned '!' is refused, as in iptables 1.8)");
	return parse(ps, sp, opt, &arg, neg);
}

/* option = base_option | match_option | target_option */
static int parse_option(struct parser *ps, struct spec *sp,
			const struct token *tok)
{
	const struct base_option *bo = base_option(tok);
	const struct match_option *mo;
	bool found;
	int err;

	if (bo)
		return run_option(ps, sp, tok, bo->parse, bo->has_arg,
				  bo->negatable);
	mo = find_option(ps, sp, tok, &err);
	if (err)
		return err;
	if (mo) {
		sp->l4 = match_layout(ps->fam, mo->match);
		return run_option(ps, sp, tok, mo->parse, mo->has_arg,
				  mo->negatable);
	}
	if ((err = target_option(ps, sp, tok, &found)) || found)
		return err;
	return error_tok(ps, tok, "unknown option %s (no loaded match or target takes it)");
}

/* Refuses a second -p, -s, -d or -f, as iptables does. */
static int check_once(struct parser *ps, struct spec *sp,
		      const struct token *tok)
{
	const struct base_option *bo = base_option(tok);
	unsigned int bit;

	if (!bo || !bo->once)
		return 0;
	bit = 1u << (bo - base_options);
	if (sp->given & bit)
		return error_tok(ps, tok, "%s is given twice: iptables takes it once per rule");
	sp->given |= bit;
	return 0;
}

/* rule_spec = { [ "!" ] option } EOL */
static int parse_spec(struct parser *ps, struct spec *sp)
{
	struct token tok;
	int err;

	for (;;) {
		if ((err = next(ps, &tok)))
			return err;
		if (at_line_end(&tok))
			break;
		if (tok_is(&tok, "!")) {
			if (sp->negate)
				return error_tok(ps, &tok, "a second %s: one per option");
			sp->negate = true;
			sp->neg_tok = tok;
			continue;
		}
		if ((err = check_once(ps, sp, &tok)) ||
		    (err = parse_option(ps, sp, &tok)))
			return err;
		if (sp->other_family)	/* iptables-restore stops reading */
			return skip_line(ps);
	}
	if (sp->negate)
		return error_tok(ps, &sp->neg_tok, "%s is not followed by an option");
	return 0;
}

/* The test of one -s/-d address, negated as the list is. */
static struct kefir_pred *address_test(enum kefir_field field,
				       const struct addr_list *list,
				       const struct addr *a)
{
	struct kefir_pred *p = pred_new_field(field, &list->loc);

	if (!p)
		return NULL;
	p->test.value = a->v;
	p->test.mask = a->m;
	if (value_prefix_len(&a->m, field_info(field)->bytes) == 0) {
		pred_free(p);
		p = pred_new(KEFIR_PRED_TRUE, &list->loc);
	}
	return negated(p, list->neg);
}

/*
 * ip6tables' -p: ipv6_find_hdr() found a header, @sp->proto unless "all"
 * (the found test is implied by a protocol that is not negated: the
 * record's protocol is 0 when nothing is found).
 */
static int add_proto6(struct kefir_pred *all, const struct spec *sp)
{
	const struct kefir_loc *loc = &sp->proto_loc;
	int err = 0;

	if (!sp->proto || sp->proto_neg)
		err = add_owned(all, find_test(KEFIR_FIELD_IP6_FIND_ERROR, 0,
					       KEFIR_L4_IP6_FIND, loc));
	if (!err && sp->proto)
		err = add_owned(all, negated(find_test(KEFIR_FIELD_IP6_FIND_PROTO,
						       (uint64_t)sp->proto,
						       KEFIR_L4_IP6_FIND, loc),
					     sp->proto_neg));
	return err;
}

/* iptables' -p: the IPv4 protocol field, unless "all". */
static int add_proto4(struct kefir_pred *all, const struct spec *sp)
{
	if (!sp->proto)
		return 0;
	return add_owned(all, negated(test_u64(KEFIR_FIELD_IP4_PROTO,
					       (uint64_t)sp->proto,
					       &sp->proto_loc), sp->proto_neg));
}

/*
 * The base tests of the pair (@s, @d) (-p's too when @with_proto) then the
 * first @n_matches matches.
 */
static struct kefir_pred *alt_conjunction(const struct spec *sp,
					  const struct addr *s,
					  const struct addr *d,
					  size_t n_matches, bool with_proto)
{
	struct kefir_pred *all = pred_new(KEFIR_PRED_AND, &sp->rule->loc);
	int err = all ? 0 : -ENOMEM;

	if (!err && s)
		err = add_owned(all, address_test(sp->fam->src, &sp->src, s));
	if (!err && d)
		err = add_owned(all, address_test(sp->fam->dst, &sp->dst, d));
	if (!err && sp->in_iface >= 0)	/* -i, decided when converting */
		err = add_owned(all, pred_new(sp->in_iface ? KEFIR_PRED_TRUE :
					      KEFIR_PRED_FALSE,
					      &sp->in_iface_loc));
	if (!err && with_proto && sp->proto >= 0)
		err = sp->fam->bit == FAM_6 ? add_proto6(all, sp)
					    : add_proto4(all, sp);
	if (!err && sp->frag >= 0)
		err = add_owned(all, negated(test_u64(KEFIR_FIELD_IP4_FRAGOFF, 0,
						      &sp->frag_loc),
					     sp->frag == 1));
	if (!err)
		err = add_kids(all, sp->matches, n_matches);
	if (err) {
		pred_free(all);
		return NULL;
	}
	return all;
}

/*
 * ip6tables' -p hot-drops when ipv6_find_hdr() fails (a chain cut short,
 * or a later fragment followed by an extension header): after -s and -d.
 */
static int proto6_hotdrop(const struct spec *sp, const struct addr *s,
			  const struct addr *d, struct alt *a)
{
	struct kefir_pred *h;

	if (sp->fam->bit != FAM_6 || sp->proto < 0)
		return 0;
	h = alt_conjunction(sp, s, d, 0, false);
	if (add_owned(h, negated(find_test(KEFIR_FIELD_IP6_FIND_ERROR, 0,
					   KEFIR_L4_IP6_FIND, &sp->proto_loc),
				 true)))
		return -ENOMEM;
	a->hotdrops[a->n_hotdrops++] = h;
	return 0;
}

/* Fills @a for the pair (@s, @d): its conjunction and its hot-drops. */
static int build_alt(const struct spec *sp, const struct addr *s,
		     const struct addr *d, struct alt *a)
{
	struct kefir_pred *h;
	size_t i;

	a->match = alt_conjunction(sp, s, d, sp->matches->n_kids, true);
	a->hotdrops = calloc(sp->n_hotdrops + 2, sizeof(*a->hotdrops));
	if (!a->match || !a->hotdrops || proto6_hotdrop(sp, s, d, a))
		return -ENOMEM;
	for (i = 0; i < sp->n_hotdrops; i++) {
		h = alt_conjunction(sp, s, d, sp->hotdrops[i].at, true);
		if (add_owned(h, pred_clone(sp->hotdrops[i].cond)))
			return -ENOMEM;
		a->hotdrops[a->n_hotdrops++] = h;
	}
	return 0;
}

/* iptables refuses a negated address when -s or -d lists several. */
static int check_negation(struct parser *ps, const struct spec *sp)
{
	const struct addr_list *neg = sp->src.neg ? &sp->src : &sp->dst;

	if (!neg->neg || (sp->src.n < 2 && sp->dst.n < 2))
		return 0;
	return diag_error(ps->diag, ps->src, &neg->loc,
			  "'!' is not allowed when -s or -d lists several addresses, as in iptables");
}

/* One alternative per element of the cross-product of -s and -d. */
static int build_alts(struct spec *sp)
{
	size_t n_src = sp->src.n ? sp->src.n : 1;
	size_t n_dst = sp->dst.n ? sp->dst.n : 1;
	struct ipt_rule *r = sp->rule;
	size_t i, j;
	int err;

	r->alts = calloc(n_src * n_dst, sizeof(*r->alts));
	if (!r->alts)
		return -ENOMEM;
	for (i = 0; i < n_src; i++)
		for (j = 0; j < n_dst; j++) {
			err = build_alt(sp, sp->src.n ? &sp->src.addrs[i] : NULL,
					sp->dst.n ? &sp->dst.addrs[j] : NULL,
					&r->alts[r->n_alts++]);
			if (err)
				return err;
		}
	return 0;
}

static void rule_destroy(struct ipt_rule *r)
{
	size_t i, j;

	if (!r)
		return;
	for (i = 0; i < r->n_alts; i++) {
		pred_free(r->alts[i].match);
		for (j = 0; j < r->alts[i].n_hotdrops; j++)
			pred_free(r->alts[i].hotdrops[j]);
		free(r->alts[i].hotdrops);
	}
	free(r->alts);
	free(r->chain);
	free(r->text);
	free(r);
}

/*
 * Reads the rule specification that follows "-A CHAIN" or "-I CHAIN [n]"
 * into a new rule in *@out (NULL when the line is for ip6tables only).
 */
static int read_rule(struct parser *ps, const struct token *first,
		     struct ipt_rule **out)
{
	struct spec sp = { .fam = ps->fam, .proto = -1, .frag = -1,
			   .in_iface = -1, .current = -1, .l4 = ps->fam->l4 };
	struct ipt_rule *r = calloc(1, sizeof(*r));
	size_t i;
	int err;

	*out = NULL;
	sp.rule = r;
	sp.matches = r ? pred_new(KEFIR_PRED_AND, &first->loc) : NULL;
	if (!sp.matches || !(r->text = source_line(ps->src, first->loc.line))) {
		err = -ENOMEM;
		goto out;
	}
	r->loc = first->loc;
	err = parse_spec(ps, &sp);
	if (!err && !sp.other_family)
		err = check_negation(ps, &sp);
	if (!err && !sp.other_family)
		err = check_approx_accept(ps, &sp);
	if (!err && !sp.other_family)
		err = build_alts(&sp);
out:
	if (!err && !sp.other_family)
		*out = r;
	else
		rule_destroy(r);
	free(sp.src.addrs);
	free(sp.dst.addrs);
	pred_free(sp.matches);
	for (i = 0; i < sp.n_hotdrops; i++)
		pred_free(sp.hotdrops[i].cond);
	return err;
}

/* ------------------------------------------------------------------------ */
/* Tables and chains                                                        */
/* ------------------------------------------------------------------------ */

/* The tables and their built-in chains. */
static const struct {
	const char *table;
	const char *chains;
} builtin_chains[] = {
	{ "filter", "INPUT FORWARD OUTPUT" },
	{ "nat", "PREROUTING INPUT OUTPUT POSTROUTING" },
	{ "mangle", "PREROUTING INPUT FORWARD OUTPUT POSTROUTING" },
	{ "raw", "PREROUTING OUTPUT" },
	{ "security", "INPUT FORWARD OUTPUT" },
};

/* The built-in chains of @table, or NULL when it is not a table. */
static const char *table_chains(const char *table, size_t len)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(builtin_chains); i++)
		if (strlen(builtin_chains[i].table) == len &&
		    !memcmp(builtin_chains[i].table, table, len))
			return builtin_chains[i].chains;
	return NULL;
}

static bool is_builtin(const char *table, const char *name, size_t len)
{
	const char *chains = table_chains(table, strlen(table));
	struct token t = sub_token(name, len);

	return chains && in_names(chains, &t);
}

static struct chain *find_chain(struct parser *ps, const char *table,
				const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < ps->n_chains; i++)
		if (!strcmp(ps->chains[i]->table, table) &&
		    strlen(ps->chains[i]->name) == len &&
		    !memcmp(ps->chains[i]->name, name, len))
			return ps->chains[i];
	return NULL;
}

static void chain_free(struct chain *c)
{
	size_t i;

	if (!c)
		return;
	for (i = 0; i < c->n_rules; i++)
		rule_destroy(c->rules[i]);
	free(c->rules);
	free(c->table);
	free(c->name);
	free(c->policy_text);
	free(c);
}

/* Adds a chain called @name to @table. NULL when memory runs out. */
static struct chain *add_chain(struct parser *ps, const char *table,
			       const char *name, size_t len)
{
	struct chain *c = calloc(1, sizeof(*c));

	if (!c || array_reserve((void **)&ps->chains, &ps->cap_chains,
				sizeof(*ps->chains), ps->n_chains + 1) ||
	    !(c->table = strdup(table)) || !(c->name = strndup(name, len))) {
		chain_free(c);
		return NULL;
	}
	c->builtin = is_builtin(table, name, len);
	c->policy = KEFIR_ACTION_PASS;
	ps->chains[ps->n_chains++] = c;
	return c;
}

/* The chain @tok names in @table; built-in chains always exist. */
static int lookup_chain(struct parser *ps, const char *table,
			const struct token *tok, struct chain **out)
{
	*out = find_chain(ps, table, tok->text, tok->len);
	if (*out)
		return 0;
	if (is_builtin(table, tok->text, tok->len)) {
		*out = add_chain(ps, table, tok->text, tok->len);
		return *out ? 0 : -ENOMEM;
	}
	return diag_error(ps->diag, ps->src, &tok->loc,
			  "no chain '%.*s' in table '%s': create it first with ':%.*s -' or '-N %.*s'",
			  (int)tok->len, tok->text, table, (int)tok->len,
			  tok->text, (int)tok->len, tok->text);
}

/* Names a target could have: they may not name a chain. */
static bool is_target_name(const struct token *tok)
{
	return tok_is(tok, "ACCEPT") || tok_is(tok, "DROP") ||
	       tok_is(tok, "RETURN") || tok_is(tok, "REJECT") ||
	       tok_is(tok, "LOG") || tok_is(tok, "NFLOG") ||
	       refused_target(tok);
}

/* Creates the user chain @tok (-N, or ":NAME -" in a save file). */
static int new_chain(struct parser *ps, const char *table,
		     const struct token *tok)
{
	if (tok->len > CHAIN_NAME_MAX || tok->text[0] == '-' ||
	    is_target_name(tok))
		return error_tok(ps, tok, "invalid chain name %s: at most 28 characters, not an option or a target name");
	if (find_chain(ps, table, tok->text, tok->len) ||
	    is_builtin(table, tok->text, tok->len))
		return error_tok(ps, tok, "chain %s already exists");
	return add_chain(ps, table, tok->text, tok->len) ? 0 : -ENOMEM;
}

/* Sets the policy of built-in chain @c to @tok (ACCEPT or DROP). */
static int set_policy(struct parser *ps, struct chain *c,
		      const struct token *first, const struct token *tok)
{
	if (!c->builtin)
		return diag_error(ps->diag, ps->src, &tok->loc,
				  "user chain '%s' cannot have a policy", c->name);
	if (tok_is(tok, "ACCEPT"))
		c->policy = KEFIR_ACTION_PASS;
	else if (tok_is(tok, "DROP"))
		c->policy = KEFIR_ACTION_DROP;
	else
		return fe_expected(ps->diag, ps->src, tok,
				   "a policy ACCEPT or DROP");
	free(c->policy_text);
	c->policy_text = source_line(ps->src, first->loc.line);
	c->has_policy = true;
	c->policy_loc = span(first, tok);
	return c->policy_text ? 0 : -ENOMEM;
}

/* Inserts @r into @c before rule @pos (0-based). */
static int insert_rule(struct chain *c, struct ipt_rule *r, size_t pos)
{
	if (array_reserve((void **)&c->rules, &c->cap_rules,
			  sizeof(*c->rules), c->n_rules + 1)) {
		rule_destroy(r);
		return -ENOMEM;
	}
	memmove(&c->rules[pos + 1], &c->rules[pos],
		(c->n_rules - pos) * sizeof(*c->rules));
	c->rules[pos] = r;
	c->n_rules++;
	return 0;
}

static void flush_chain(struct chain *c)
{
	size_t i;

	for (i = 0; i < c->n_rules; i++)
		rule_destroy(c->rules[i]);
	c->n_rules = 0;
}

/* ------------------------------------------------------------------------ */
/* Commands and lines                                                       */
/* ------------------------------------------------------------------------ */

/* Reads the chain name after command @cmd. */
static int chain_arg(struct parser *ps, const struct token *cmd,
		     struct token *tok)
{
	int err = next(ps, tok);

	if (!err && tok->kind != TOK_WORD)
		err = expected_after(ps, tok, "a chain name", cmd);
	return err;
}

/* "-A" CHAIN rule_spec | "-I" CHAIN [ number ] rule_spec */
static int cmd_add(struct parser *ps, const char *table,
		   const struct token *first, const struct token *cmd)
{
	struct token name, pos_tok;
	struct ipt_rule *r;
	struct chain *c;
	uint64_t pos = 1;
	bool insert = tok_is(cmd, "-I") || tok_is(cmd, "--insert");
	int err;

	if ((err = chain_arg(ps, cmd, &name)) ||
	    (err = lookup_chain(ps, table, &name, &c)))
		return err;
	if (insert && (err = lex_peek(&ps->lx, &pos_tok, ps->diag)))
		return err;
	if (insert && !tok_to_u64(&pos_tok, 10, UINT32_MAX, &pos)) {
		next(ps, &pos_tok);
		if (pos == 0 || pos > c->n_rules + 1)
			return error_tok(ps, &pos_tok, "rule number %s is out of range: the chain has fewer rules");
	}
	if ((err = read_rule(ps, first, &r)) || !r)
		return err;
	return insert_rule(c, r, insert ? (size_t)pos - 1 : c->n_rules);
}

/* "-N" CHAIN */
static int cmd_new(struct parser *ps, const char *table,
		   const struct token *first, const struct token *cmd)
{
	struct token name;
	int err;

	(void)first;
	if ((err = chain_arg(ps, cmd, &name)))
		return err;
	return new_chain(ps, table, &name);
}

/* "-P" CHAIN POLICY */
static int cmd_policy(struct parser *ps, const char *table,
		      const struct token *first, const struct token *cmd)
{
	struct token name, policy;
	struct chain *c;
	int err;

	if ((err = chain_arg(ps, cmd, &name)) ||
	    (err = lookup_chain(ps, table, &name, &c)) ||
	    (err = option_arg(ps, cmd, &policy, "a policy ACCEPT or DROP")))
		return err;
	return set_policy(ps, c, first, &policy);
}

/* ("-F" | "-Z") [ CHAIN ]: -Z (zero counters) changes nothing */
static int cmd_flush(struct parser *ps, const char *table,
		     const struct token *first, const struct token *cmd)
{
	struct token name;
	struct chain *c;
	size_t i;
	int err;

	(void)first;
	if ((err = next(ps, &name)))
		return err;
	if (!at_line_end(&name) &&
	    (err = lookup_chain(ps, table, &name, &c)))
		return err;
	if (tok_is(cmd, "-Z") || tok_is(cmd, "--zero"))
		return 0;
	for (i = 0; i < ps->n_chains; i++)
		if (!strcmp(ps->chains[i]->table, table) &&
		    (at_line_end(&name) || ps->chains[i] == c))
			flush_chain(ps->chains[i]);
	return 0;
}

typedef int (*command_fn)(struct parser *ps, const char *table,
			  const struct token *first, const struct token *cmd);

static const struct {
	const char *names;
	command_fn run;
} commands[] = {
	{ "-A --append -I --insert", cmd_add },
	{ "-N --new-chain", cmd_new },
	{ "-P --policy", cmd_policy },
	{ "-F --flush -Z --zero", cmd_flush },
};

/* command = ("-A" | "-I" | "-N" | "-P" | "-F" | "-Z") ... */
static int parse_command(struct parser *ps, const char *table,
			 const struct token *first, const struct token *cmd)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(commands); i++)
		if (cmd->kind == TOK_WORD && in_names(commands[i].names, cmd))
			return commands[i].run(ps, table, first, cmd);
	if (tok_is(cmd, "-D") || tok_is(cmd, "-R") || tok_is(cmd, "-X") ||
	    tok_is(cmd, "-E") || tok_is(cmd, "--delete") ||
	    tok_is(cmd, "--replace") || tok_is(cmd, "--delete-chain") ||
	    tok_is(cmd, "--rename-chain"))
		return error_tok(ps, cmd, "command %s is not supported: give the final ruleset (-A, -I, -N, -P, -F)");
	return fe_expected(ps->diag, ps->src, cmd,
			   "a command (-A, -I, -N, -P, -F, -Z)");
}

/*
 * iptables_command = TOOL [ "-t" TABLE ] [ "-4" | "-6" | "-w" ... ] command
 * where TOOL is "iptables" or "ip6tables", the family read; after the
 * other family's flag the line is skipped.
 */
static int iptables_command(struct parser *ps, const struct token *first)
{
	char table[16] = "filter";
	struct token tok, name;
	int err;

	for (;;) {
		if ((err = next(ps, &tok)))
			return err;
		if (!tok_is(&tok, "-t") && !tok_is(&tok, "--table") &&
		    !tok_is(&tok, "-w") && !tok_is(&tok, "--wait") &&
		    !own_family_flag(ps, &tok))
			break;
		if (!tok_is(&tok, "-t") && !tok_is(&tok, "--table"))
			continue;
		if ((err = option_arg(ps, &tok, &name, "a table name")))
			return err;
		if (!table_chains(name.text, name.len) || name.len >= sizeof(table))
			return fe_expected(ps->diag, ps->src, &name,
					   "a table (filter, nat, mangle, raw, security)");
		snprintf(table, sizeof(table), "%.*s", (int)name.len, name.text);
	}
	if (other_family_flag(ps, &tok))
		return skip_line(ps);
	return parse_command(ps, table, first, &tok);
}

/* table_line = "*" TABLE */
static int table_line(struct parser *ps, const struct token *tok)
{
	if (!table_chains(tok->text + 1, tok->len - 1))
		return fe_expected(ps->diag, ps->src, tok,
				   "a table (*filter, *nat, *mangle, *raw, *security)");
	free(ps->table);
	ps->table = strndup(tok->text + 1, tok->len - 1);
	ps->table_loc = tok->loc;
	return ps->table ? 0 : -ENOMEM;
}

/* chain_line = ":" CHAIN POLICY [ "[" PKTS ":" BYTES "]" ] */
static int chain_line(struct parser *ps, const struct token *first)
{
	struct token name = *first, policy, counters;
	struct chain *c;
	int err;

	name.text++;
	name.len--;
	name.loc.col++;
	name.loc.len--;
	if ((err = option_arg(ps, first, &policy, "a policy (ACCEPT, DROP or -)")))
		return err;
	if (tok_is(&policy, "-"))
		err = new_chain(ps, ps->table, &name);
	else if (!(err = lookup_chain(ps, ps->table, &name, &c)))
		err = set_policy(ps, c, first, &policy);
	if (err || (err = next(ps, &counters)) || at_line_end(&counters))
		return err;
	if (counters.text[0] != '[')
		return fe_expected(ps->diag, ps->src, &counters,
				   "counters [PACKETS:BYTES] or the end of the line");
	return skip_line(ps);
}

/* save_line = "*" TABLE | ":" chain | "COMMIT" | [ counters ] command */
static int save_line(struct parser *ps, const struct token *first)
{
	struct token tok = *first;
	int err;

	if (tok.text[0] == '*')
		return table_line(ps, &tok);
	if (!ps->table)
		return error_tok(ps, &tok, "%s is outside a table: start one with '*filter'");
	if (tok.text[0] == ':' && tok.len > 1)
		return chain_line(ps, &tok);
	if (tok_is(&tok, "COMMIT")) {
		free(ps->table);
		ps->table = NULL;
		return 0;
	}
	if (tok.text[0] == '[' && (err = next(ps, &tok)))
		return err;
	while (own_family_flag(ps, &tok))
		if ((err = next(ps, &tok)))
			return err;
	if (other_family_flag(ps, &tok))
		return skip_line(ps);
	return parse_command(ps, ps->table, first, &tok);
}

/*
 * line = [ iptables_command | save_line ] EOL; a command of the other tool
 * (ip6tables in iptables, and the reverse) is skipped, as its family flag
 * makes iptables-restore skip a line.
 */
static int parse_line(struct parser *ps)
{
	struct token first;
	int err;

	if ((err = next(ps, &first)) || at_line_end(&first))
		return err;
	if (tok_is(&first, ps->fam->tool))
		err = iptables_command(ps, &first);
	else if (tok_is(&first, ps->fam->other_tool))
		err = skip_line(ps);
	else
		err = save_line(ps, &first);
	if (!err && !ps->line_done && !(err = next(ps, &first)) &&
	    !at_line_end(&first))
		err = fe_expected(ps->diag, ps->src, &first, "the end of the line");
	return err;
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
	if (!first_err && ps->table)
		return diag_error(ps->diag, ps->src, &ps->table_loc,
				  "table '%s' has no COMMIT line", ps->table);
	return first_err;
}

/* ------------------------------------------------------------------------ */
/* Flattening a chain into a first-match ruleset                            */
/* ------------------------------------------------------------------------ */

#define MAX_FLAT_RULES 1000000	/* expansion limit: chains can multiply */

struct flattener {
	struct parser *ps;
	struct kefir_ruleset *rs;
	const struct chain *top;
	const struct chain **stack;	/* chains being expanded, outermost first */
	size_t depth;
};

/*
 * Appends the rule "IPv4 (IPv6) and @guards and @cond -> @kind" (@cond may
 * be NULL), located at @loc with the source text @text.
 */
static int emit(struct flattener *fl, const struct kefir_pred *guards,
		const struct kefir_pred *cond, enum kefir_action_kind kind,
		const struct kefir_loc *loc, const char *text)
{
	struct kefir_rule *rule;

	if (fl->rs->n_rules >= MAX_FLAT_RULES)
		return diag_error(fl->ps->diag, fl->ps->src, loc,
				  "expanding the user chains gives more than %d rules",
				  MAX_FLAT_RULES);
	rule = rule_new(loc, text);
	if (!rule ||
	    add_owned(rule->match, test_u64(KEFIR_FIELD_ETH_TYPE,
					    fl->ps->fam->ethertype, loc)) ||
	    add_kids(rule->match, guards, guards->n_kids) ||
	    (cond && add_kids(rule->match, cond, cond->n_kids)) ||
	    ruleset_append(fl->rs, rule)) {
		rule_free(rule);
		return -ENOMEM;
	}
	rule->action.kind = kind;
	rule->action.loc = *loc;
	return 0;
}

/* The policy rule of a chain reached by goto, at the rule @via. */
static int emit_policy(struct flattener *fl, const struct kefir_pred *guards,
		       const struct kefir_pred *cond, const struct ipt_rule *via)
{
	return emit(fl, guards, cond, fl->top->policy, &via->loc, via->text);
}

/* Adds "not @cond" to @guards: the rest of the chain runs without it. */
static int add_not(struct kefir_pred *guards, const struct kefir_pred *cond)
{
	return add_owned(guards, negated(pred_clone(cond), true));
}

static int expand_chain(struct flattener *fl, const struct chain *c,
			const struct kefir_pred *ctx, bool to_policy,
			const struct ipt_rule *via);

/* Finds the chain rule @r calls, refusing a loop. */
static int callee(struct flattener *fl, const struct chain *c,
		  const struct ipt_rule *r, const struct chain **out)
{
	size_t i;

	*out = find_chain(fl->ps, c->table, r->chain, strlen(r->chain));
	for (i = 0; i < fl->depth; i++)
		if (fl->stack[i] == *out)
			return diag_error(fl->ps->diag, fl->ps->src,
					  &r->target_loc,
					  "chain '%s' calls itself through '%s': loops are refused, as iptables does",
					  r->chain, c->name);
	return 0;
}

/* Expands alternative @a of rule @r of chain @c under @guards. */
static int expand_alt(struct flattener *fl, const struct chain *c,
		      const struct ipt_rule *r, const struct alt *a,
		      struct kefir_pred *guards, bool to_policy)
{
	const struct chain *called;
	struct kefir_pred *ctx;
	size_t i;
	int err;

	for (i = 0; i < a->n_hotdrops; i++)
		if ((err = emit(fl, guards, a->hotdrops[i], KEFIR_ACTION_DROP,
				&r->loc, r->text)))
			return err;
	switch (r->target) {
	case TARGET_NONE:
		return 0;
	case TARGET_ACCEPT:
	case TARGET_DROP:
		return emit(fl, guards, a->match, r->target == TARGET_ACCEPT ?
			    KEFIR_ACTION_PASS : KEFIR_ACTION_DROP, &r->loc,
			    r->text);
	case TARGET_RETURN:
		if (to_policy && (err = emit_policy(fl, guards, a->match, r)))
			return err;
		return add_not(guards, a->match);
	case TARGET_JUMP:
	case TARGET_GOTO:
		break;
	}
	if ((err = callee(fl, c, r, &called)))
		return err;
	ctx = pred_clone(guards);
	if (!ctx || add_kids(ctx, a->match, a->match->n_kids))
		err = -ENOMEM;
	if (!err)
		err = expand_chain(fl, called, ctx, r->target == TARGET_GOTO &&
				   to_policy, r);
	pred_free(ctx);
	if (!err && r->target == TARGET_GOTO)
		err = add_not(guards, a->match);
	return err;
}

/*
 * Appends chain @c's rules under the conditions @ctx. @to_policy: a RETURN
 * (or the end of @c, when @c is not the top chain) applies the policy, as
 * when @c is the top chain or was reached from it by gotos only.
 */
static int expand_chain(struct flattener *fl, const struct chain *c,
			const struct kefir_pred *ctx, bool to_policy,
			const struct ipt_rule *via)
{
	struct kefir_pred *guards = pred_clone(ctx);
	size_t i, j;
	int err = guards ? 0 : -ENOMEM;

	fl->stack[fl->depth++] = c;
	for (i = 0; !err && i < c->n_rules; i++)
		for (j = 0; !err && j < c->rules[i]->n_alts; j++)
			err = expand_alt(fl, c, c->rules[i],
					 &c->rules[i]->alts[j], guards,
					 to_policy);
	if (!err && to_policy && via)
		err = emit_policy(fl, guards, NULL, via);
	fl->depth--;
	pred_free(guards);
	return err;
}

/* Every -j/-g names a user chain of its table. */
static int check_targets(struct parser *ps)
{
	const struct ipt_rule *r;
	const struct chain *c;
	bool builtin;
	int err = 0;
	size_t i, j;

	for (i = 0; i < ps->n_chains; i++)
		for (j = 0; j < ps->chains[i]->n_rules; j++) {
			r = ps->chains[i]->rules[j];
			if (!r->chain)
				continue;
			c = find_chain(ps, ps->chains[i]->table, r->chain,
				       strlen(r->chain));
			if (c && !c->builtin)
				continue;
			builtin = is_builtin(ps->chains[i]->table, r->chain,
					     strlen(r->chain));
			err = diag_error(ps->diag, ps->src, &r->target_loc,
					 builtin ? "cannot jump to built-in chain '%s'" :
					 "unknown target or chain '%s'",
					 r->chain);
			if (err == -ENOMEM)
				return err;
		}
	return err;
}

/*
 * The first rule: a packet that is not IPv4 never reaches iptables (nor
 * one that is not IPv6 ip6tables).
 */
static int emit_other_protocols(const struct family *fam,
				struct kefir_ruleset *rs)
{
	struct kefir_rule *rule = rule_new(NULL, "");
	struct kefir_loc none = { 0 };

	if (!rule ||
	    add_owned(rule->match,
		      negated(test_u64(KEFIR_FIELD_ETH_TYPE, fam->ethertype,
				       &none), true)) ||
	    ruleset_append(rs, rule)) {
		rule_free(rule);
		return -ENOMEM;
	}
	rule->action.kind = KEFIR_ACTION_PASS;
	return 0;
}

/* --chain [TABLE:]CHAIN, a built-in chain; the filter table by default. */
static int select_chain(struct parser *ps, const char *spec,
			const struct chain **out)
{
	const char *colon = spec ? strchr(spec, ':') : NULL;
	char table[16] = "filter";
	const char *name = spec ? (colon ? colon + 1 : spec) : "INPUT";
	struct chain *c;

	if (colon)
		snprintf(table, sizeof(table), "%.*s", (int)(colon - spec), spec);
	if (!is_builtin(table, name, strlen(name)))
		return diag_error(ps->diag, NULL, NULL,
				  "'%s' is not a built-in chain of table '%s'",
				  name, table);
	c = find_chain(ps, table, name, strlen(name));
	if (!c)
		c = add_chain(ps, table, name, strlen(name));
	*out = c;
	return c ? 0 : -ENOMEM;
}

/* Flattens the selected chain into @rs; its policy is the default. */
static int flatten(struct parser *ps, const struct kefir_parse_opts *opts,
		   struct kefir_ruleset *rs)
{
	struct flattener fl = { .ps = ps, .rs = rs };
	struct kefir_pred *none = NULL;
	int err;

	if ((err = check_targets(ps)) ||
	    (err = select_chain(ps, opts ? opts->chain : NULL, &fl.top)))
		return err;
	fl.stack = calloc(ps->n_chains + 1, sizeof(*fl.stack));
	none = pred_new(KEFIR_PRED_AND, NULL);
	if (!fl.stack || !none || (err = emit_other_protocols(ps->fam, rs)))
		err = err ? err : -ENOMEM;
	if (!err)
		err = expand_chain(&fl, fl.top, none, true, NULL);
	rs->default_action.kind = fl.top->policy;
	if (!err && fl.top->has_policy) {
		rs->default_loc = fl.top->policy_loc;
		rs->default_text = strdup(fl.top->policy_text);
		err = rs->default_text ? 0 : -ENOMEM;
	}
	pred_free(none);
	free(fl.stack);
	return err;
}

/* Reads @src as @fam's tool reads it and flattens the selected chain. */
static int parse_family(const struct family *fam,
			const struct kefir_source *src,
			const struct kefir_parse_opts *opts,
			struct kefir_ruleset *rs, struct kefir_diag *diag)
{
	const struct lexer_opts lexer_opts = { .hash_comments = true,
					       .hash_at_line_start = true,
					       .double_quotes = true,
					       .eol = true };
	struct parser ps = { .fam = fam, .src = src, .diag = diag,
			     .approx = opts &&
				       (opts->flags & KEFIR_PARSE_STATELESS_APPROX),
			     .in_interface = opts ? opts->in_interface : NULL };
	size_t i;
	int err;

	lex_init(&ps.lx, src, &lexer_opts);
	err = parse_input(&ps);
	if (!err)
		err = flatten(&ps, opts, rs);
	for (i = 0; i < ps.n_chains; i++)
		chain_free(ps.chains[i]);
	free(ps.chains);
	free(ps.table);
	lex_free(&ps.lx);
	return err;
}

static int parse_iptables(const struct kefir_source *src,
			  const struct kefir_parse_opts *opts,
			  struct kefir_ruleset *rs, struct kefir_diag *diag)
{
	return parse_family(&family4, src, opts, rs, diag);
}

static int parse_ip6tables(const struct kefir_source *src,
			   const struct kefir_parse_opts *opts,
			   struct kefir_ruleset *rs, struct kefir_diag *diag)
{
	return parse_family(&family6, src, opts, rs, diag);
}

const struct kefir_frontend kefir_frontend_iptables = {
	.name = "iptables",
	.aliases = "iptables-save iptables-restore",
	.summary = "iptables-save files or iptables commands; --chain picks the built-in chain (default INPUT)",
	.parse = parse_iptables,
};

const struct kefir_frontend kefir_frontend_ip6tables = {
	.name = "ip6tables",
	.aliases = "ip6tables-save ip6tables-restore",
	.summary = "ip6tables-save files or ip6tables commands; --chain picks the built-in chain (default INPUT)",
	.parse = parse_ip6tables,
};
