/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * bpf_c.c - the BPF C back-end: renders a ruleset as one self-contained C
 * file for XDP (or TC direct-action) that "clang -O2 -g -target bpf -c"
 * compiles against libbpf's headers and the kernel verifier accepts.
 *
 * The output is a header comment, a fixed prelude (the counters map and
 * bounds-checked big-endian loads), one function per rule that returns 1 when
 * the rule matches, and the dispatcher that tries the rules in order.
 *
 * Predicates become jumping code: emit_branch() jumps to a target when a
 * predicate has a given truth value and falls through otherwise, so and/or/
 * not cost no temporaries. A read past the packet end, or a division by zero,
 * is "return 0" wherever it happens: the IR says it fails the whole rule,
 * negation included (docs/ir.md). Field reads come from the field table
 * (field_info()), never from per-field code.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "cbpf_c.h"
#include "kefir_internal.h"

/* Jump target "return 0": the rule does not match. Labels are >= 0. */
#define RET0 (-1)

/*
 * Highest packet offset a generated load reads, a power of two minus one:
 * the verifier gives a bounds check on a variable offset a range only when
 * offset + size stays within 64 KiB. Bytes past 32 KiB (only TC sees such
 * packets) read as falling off.
 */
#define MAX_OFF 0x7fff
#define MAX_READ (MAX_OFF + 17)	/* the end of the farthest load */
#define STR_(x) #x
#define STR(x) STR_(x)
#define IP6_WALK_MAX_STR STR(KEFIR_IP6_WALK_MAX)
/*
 * bpf_loop() steps of an ipv6_find_hdr() walk: each skipped header moves
 * on by 8 bytes or more, so the step after (MAX_OFF + 1) / 8 would read
 * past MAX_OFF and fall off anyway.
 */
#define FIND_STEPS_STR "4100"

/*
 * ipv6_find_hdr() walks (distinct layout and target) the dispatcher runs
 * once per packet for all rules; more are walked by each test that needs
 * them.
 */
#define MAX_FIND_SLOTS 8

/* The size of a group of rules in one function, in pred_weight() units. */
#define GROUP_WEIGHT 400
/*
 * Segments in one program: each takes two maps (its index and its records,
 * in sections of their own so that each stays under the kernel's largest
 * map value), and a program may use 64 maps. Later segments are linear.
 */
#define MAX_SEGMENTS 28

/* Scratch variables a rule function declares, as it uses them. */
enum {
	VAR_X = 1 << 0,		/* __u32 x: a 1, 2 or 4-byte field */
	VAR_W = 1 << 1,		/* __u64 w: a 6-byte field */
	VAR_HL = 1 << 2,	/* __u64 hi, lo: a 16-byte field */
	VAR_L4 = 1 << 3,	/* __u32 l4: the transport header offset */
	VAR_WALK = 1 << 4,	/* __u32 walk: what kefir_ip6_flow() or
				 * kefir_ip6_find() found */
};

/* The state of one rendering. */
struct cgen {
	const struct kefir_ruleset *rs;
	enum kefir_hook hook;
	struct kefir_buf *out;
	struct kefir_buf body;	/* the statements of the current rule */
	struct kefir_buf fall;	/* pending fall-off conditions, '\n'-separated */
	unsigned int n_labels;	/* labels of the current rule */
	unsigned int n_temps;	/* temporaries t0.. of the current rule */
	unsigned int vars;	/* VAR_* of the current rule */
	const char *ret0;	/* the statement of "no match": "return 0;" */
	/* a segment's shape being written: its slot tests compare with the
	 * record r->w[] instead of constants */
	const struct plan_shape *shape;
	const struct kefir_plan *plan;
	size_t seg_limit;	/* blocks from here on are never segments */
	struct kefir_buf funcs;	/* the current rule's classic BPF programs */
	unsigned int n_cbpf;	/* classic BPF programs written so far */
	/* the ipv6_find_hdr() walks computed once per packet (kefir_walks()) */
	struct {
		unsigned int net_off;
		int target;
	} finds[MAX_FIND_SLOTS];
	unsigned int n_finds;
};

/* How cbpf_to_c() writes a classic BPF test for BPF. */
static const struct cbpf_c_env cbpf_env = {
	.storage = "static __always_inline", .u32 = "__u32",
	.params = "const struct kefir_pkt *p", .args = "p",
	.wire_len = "p->len",
};

/* How a field of each width is loaded, and into which words. */
struct load {
	unsigned int bytes;
	const char *helper;
	const char *dest;	/* the output arguments */
	const char *word[2];	/* the loaded words, most significant first */
	unsigned int n_words;
	unsigned int var;
};

static const struct load loads[] = {
	{ 1, "kefir_ld8", "&x", { "x" }, 1, VAR_X },
	{ 2, "kefir_ld16", "&x", { "x" }, 1, VAR_X },
	{ 4, "kefir_ld32", "&x", { "x" }, 1, VAR_X },
	{ 6, "kefir_ld48", "&w", { "w" }, 1, VAR_W },
	{ 16, "kefir_ld128", "&hi, &lo", { "hi", "lo" }, 2, VAR_HL },
};

/*
 * kefir_pkt() reads the packet afresh from the context before each rule:
 * no packet bounds then carry over from one rule to the next, so the
 * verifier can prune its search at every rule, and its work grows linearly
 * with the number of rules.
 */
#define PKT_READER(CTX, LEN)							\
	"/*\n"								\
	" * The packet, read afresh for each rule: no packet bounds then carry\n" \
	" * over from one rule to the next, and the verifier's work grows only\n" \
	" * linearly with the number of rules.\n"				\
	" */\n"								\
	"static __always_inline const struct kefir_pkt *\n"			\
	"kefir_pkt(struct kefir_pkt *p, " CTX " *ctx)\n"			\
	"{\n"								\
	"\tp->data = (const __u8 *)(long)*(volatile __u32 *)&ctx->data;\n"	\
	"\tp->end = (const __u8 *)(long)*(volatile __u32 *)&ctx->data_end;\n" \
	"\tp->len = " LEN ";\n"						\
	"\t/* a scalar from here: clang may not fold \"len - 1\" into\n"	\
	"\t * pointer arithmetic (end + ~data), which the verifier refuses */\n" \
	"\tasm volatile(\"\" : \"+r\"(p->len));\n"				\
	"\treturn p;\n"							\
	"}\n"

/* What the program reads and returns, by hook. */
struct hook_info {
	const char *section;
	const char *function;
	const char *ctx;
	const char *reader;	/* kefir_pkt() */
	const char *pass;
	const char *drop;
};

static const struct hook_info hooks[] = {
	[KEFIR_HOOK_XDP] = { "xdp", "kefir_xdp", "struct xdp_md",
			     PKT_READER("struct xdp_md", "p->end - p->data"),
			     "XDP_PASS", "XDP_DROP" },
	[KEFIR_HOOK_TC] = { "tc", "kefir_tc", "struct __sk_buff",
			    PKT_READER("struct __sk_buff",
				       "*(volatile __u32 *)&ctx->len"),
			    "TC_ACT_OK", "TC_ACT_SHOT" },
};

static const struct load *load_for(unsigned int bytes)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(loads); i++)
		if (loads[i].bytes == bytes)
			return &loads[i];
	return NULL;
}

/* ------------------------------------------------------------------------ */
/* Text helpers                                                             */
/* ------------------------------------------------------------------------ */

/* Appends @s for use inside a C comment: no "*" "/" pair, no newline. */
static void put_comment_text(struct kefir_buf *b, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '\n' || *s == '\r' || *s == '\t')
			buf_puts(b, " ");
		else if (*s == '*' && s[1] == '/')
			buf_puts(b, "* ");
		else
			buf_append(b, s, 1);
	}
}

/* The u64 of @n big-endian bytes at @b. */
static uint64_t be_u64(const uint8_t *b, unsigned int n)
{
	uint64_t x = 0;
	unsigned int i;

	for (i = 0; i < n; i++)
		x = (x << 8) | b[i];
	return x;
}

/* Word @i of @v as @ld splits the field (8 bytes per word for 16 bytes). */
static uint64_t value_word(const struct kefir_value *v, const struct load *ld,
			   unsigned int i)
{
	if (ld->n_words == 2)
		return be_u64(v->b + 8 * i, 8);
	return be_u64(v->b, ld->bytes);
}

/* The words of a field once read: C expressions, and their full masks. */
struct words {
	unsigned int n;
	char expr[2][48];
	uint64_t full[2];
	const struct load *ld;
};

/* A C literal for a word of @w: decimal for UINT, else zero-padded hex. */
static void put_literal(struct kefir_buf *b, enum kefir_kind kind, uint64_t x,
			const struct words *w)
{
	const char *suffix = w->ld->bytes > 4 ? "ULL" : "";
	int digits = w->n == 2 ? 16 : 2 * (int)w->ld->bytes;

	if (kind == KEFIR_KIND_UINT)
		buf_printf(b, "%" PRIu64 "%s", x, suffix);
	else
		buf_printf(b, "0x%0*" PRIx64 "%s", digits, x, suffix);
}

/* Queues a fall-off condition: when it holds, the rule does not match. */
static void fall_add(struct cgen *cg, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void fall_add(struct cgen *cg, const char *fmt, ...)
{
	va_list ap;

	if (cg->fall.len)
		buf_puts(&cg->fall, "\n");
	va_start(ap, fmt);
	buf_vprintf(&cg->fall, fmt, ap);
	va_end(ap);
}

/*
 * Writes "if (C1 || C2 || JC)" then @then, with the pending fall-off
 * conditions and the optional jump condition @jc, and empties the queue.
 */
static void emit_if(struct cgen *cg, const char *jc, const char *then)
{
	struct kefir_buf *b = &cg->body;
	size_t total = cg->fall.len + (jc ? strlen(jc) : 0);
	const char *sep = total > 60 ? " ||\n\t    " : " || ";
	const char *p = cg->fall.data;

	buf_puts(b, "\tif (");
	while (p && *p) {
		size_t n = strcspn(p, "\n");

		buf_append(b, p, n);
		p += n;
		if (*p)
			p++;
		if (*p || jc)
			buf_puts(b, sep);
	}
	if (jc)
		buf_puts(b, jc);
	buf_printf(b, ")\n\t\t%s\n", then);
	cg->fall.len = 0;
	if (cg->fall.data)
		cg->fall.data[0] = '\0';
}

/* Writes pending fall-off checks as their own statement. */
static void flush_fall(struct cgen *cg)
{
	if (cg->fall.len)
		emit_if(cg, NULL, cg->ret0);
}

/* Jumps to @target when @jc holds (always, when @jc is NULL). */
static void emit_jump(struct cgen *cg, const char *jc, int target)
{
	char then[48];

	if (target == RET0)
		snprintf(then, sizeof(then), "%s", cg->ret0);
	else
		snprintf(then, sizeof(then), "goto l%d;", target);
	if (target != RET0 || !jc)
		flush_fall(cg);
	if (jc)
		emit_if(cg, jc, then);
	else
		buf_printf(&cg->body, "\t%s\n", then);
}

static void emit_label(struct cgen *cg, int label)
{
	buf_printf(&cg->body, "l%d:\n", label);
}

/* ------------------------------------------------------------------------ */
/* Field tests                                                              */
/* ------------------------------------------------------------------------ */

/* The slot of @t's ipv6_find_hdr() walk, added when @add; -1 if none. */
static int find_slot(struct cgen *cg, const struct kefir_test *t, bool add)
{
	int target = l4_find_target(t->l4);
	unsigned int i;

	for (i = 0; i < cg->n_finds; i++)
		if (cg->finds[i].net_off == t->net_off &&
		    cg->finds[i].target == target)
			return (int)i;
	if (!add || cg->n_finds == MAX_FIND_SLOTS)
		return -1;
	cg->finds[cg->n_finds].net_off = t->net_off;
	cg->finds[cg->n_finds].target = target;
	return (int)cg->n_finds++;
}

/* Notes the ipv6_find_hdr() walks of the tests of @p. */
static void collect_finds(struct cgen *cg, const struct kefir_pred *p)
{
	size_t i;

	if (p->kind == KEFIR_PRED_TEST && l4_is_find(p->test.l4))
		find_slot(cg, &p->test, true);
	for (i = 0; i < p->n_kids; i++)
		collect_finds(cg, p->kids[i]);
}

/*
 * "kefir_found(p, I, &walk, &l4)": @t's walk as the dispatcher computed
 * it, or the walk itself when it has no slot.
 */
static void find_call(struct cgen *cg, const struct kefir_test *t, char *out,
		      size_t size)
{
	int slot = find_slot(cg, t, false);

	if (slot >= 0)
		snprintf(out, size, "kefir_found(p, %d, &walk, &l4)", slot);
	else
		snprintf(out, size, "kefir_ip6_find(p, %u, %d, &walk, &l4)",
			 t->net_off, l4_find_target(t->l4));
}

/*
 * Writes the C offset of @anchor + @off for @t into @dst, queueing the IHL
 * read an IPv4 transport anchor needs.
 */
static void anchor_expr(struct cgen *cg, const struct kefir_test *t,
			enum kefir_anchor anchor, long off, struct kefir_buf *dst)
{
	char call[64];

	switch (anchor) {
	case KEFIR_ANCHOR_LINK:
		buf_printf(dst, "%ld", off);
		return;
	case KEFIR_ANCHOR_NET:
		buf_printf(dst, "%ld", (long)t->net_off + off);
		return;
	case KEFIR_ANCHOR_L4:
		if (t->l4 == KEFIR_L4_IP6) {
			buf_printf(dst, "%ld", (long)t->net_off + 40 + off);
			return;
		}
		if (t->l4 == KEFIR_L4_IP6_FLOW) {
			/* a fragment has no transport header for flower */
			fall_add(cg, "!kefir_ip6_flow(p, %u, &walk, &l4) || (walk & 0x100)",
				 t->net_off);
			cg->vars |= VAR_L4 | VAR_WALK;
			buf_printf(dst, off ? "l4 + %ld" : "l4", off);
			return;
		}
		if (l4_is_find(t->l4)) {
			/* found, not after a later fragment, inside the packet */
			find_call(cg, t, call, sizeof(call));
			fall_add(cg, "!%s || (walk & 0xff00) || !(walk >> 16)",
				 call);
			cg->vars |= VAR_L4 | VAR_WALK;
			buf_printf(dst, off ? "l4 + %ld" : "l4", off);
			return;
		}
		if (t->l4 != KEFIR_L4_IP4)
			break;
		fall_add(cg, "!kefir_l4_ip4(p, %u, &l4)", t->net_off);
		cg->vars |= VAR_L4;
		buf_printf(dst, off ? "l4 + %ld" : "l4", off);
		return;
	default:
		break;
	}
	/* no such anchor: the read falls off, as in the interpreter */
	fall_add(cg, "1");
	buf_puts(dst, "0");
}

/*
 * Queues the IPv6 walk a KEFIR_ANCHOR_WALK field needs and describes the
 * field: bytes @offset.. of the record, kept in "walk" as protocol | flags
 * << 8 | room << 16.
 */
static void read_walk(struct cgen *cg, const struct kefir_test *t,
		      struct words *w)
{
	const struct kefir_field_info *fi = field_info(t->field);
	uint32_t mask = fi->mask ? fi->mask : (1u << 8 * fi->bytes) - 1;
	char call[64];

	if (!field_walk_ok(t->field, t->l4) || fi->offset < 0 ||
	    fi->offset + fi->bytes > KEFIR_WALK_BYTES ||
	    (t->l4 != KEFIR_L4_IP6_FLOW && !l4_is_find(t->l4))) {
		fall_add(cg, "1");
		snprintf(w->expr[0], sizeof(w->expr[0]), "0");
		return;
	}
	if (t->l4 == KEFIR_L4_IP6_FLOW) {
		fall_add(cg, "!kefir_ip6_flow(p, %u, &walk, &l4)", t->net_off);
	} else {
		find_call(cg, t, call, sizeof(call));
		fall_add(cg, "!%s", call);
	}
	cg->vars |= VAR_L4 | VAR_WALK;
	snprintf(w->expr[0], sizeof(w->expr[0]), "((walk >> %d & 0x%" PRIx32 ") >> %u)",
		 8 * fi->offset, mask, fi->shift);
}

/* Queues the load of @t's field and describes the words it yields. */
static void read_field(struct cgen *cg, const struct kefir_test *t,
		       struct words *w)
{
	const struct kefir_field_info *fi = field_info(t->field);
	struct kefir_buf off = { 0 };
	unsigned int i;

	w->ld = load_for(fi->bytes);
	w->n = w->ld->n_words;
	for (i = 0; i < w->n; i++)
		w->full[i] = w->n == 2 ? UINT64_MAX : field_max(t->field);
	if (fi->anchor == KEFIR_ANCHOR_META) {
		snprintf(w->expr[0], sizeof(w->expr[0]), "p->len");
		return;
	}
	if (fi->anchor == KEFIR_ANCHOR_WALK)
		return read_walk(cg, t, w);
	anchor_expr(cg, t, fi->anchor, fi->offset, &off);
	fall_add(cg, "!%s(p, %s, %s)", w->ld->helper, off.data, w->ld->dest);
	buf_free(&off);
	cg->vars |= w->ld->var;
	for (i = 0; i < w->n; i++)
		snprintf(w->expr[i], sizeof(w->expr[i]), "%s", w->ld->word[i]);
	if (fi->mask && fi->shift)
		snprintf(w->expr[0], sizeof(w->expr[0]), "((x & 0x%" PRIx32 ") >> %u)",
			 fi->mask, fi->shift);
	else if (fi->mask)
		snprintf(w->expr[0], sizeof(w->expr[0]), "(x & 0x%" PRIx32 ")",
			 fi->mask);
}

/*
 * Writes "(@w & @mask) == @v" into @b, word by word, or its negation when
 * @neg. Words under a zero mask are not compared.
 */
static void cond_eq(struct kefir_buf *b, const struct words *w,
		    enum kefir_kind kind, const struct kefir_value *v,
		    const struct kefir_value *mask, bool neg)
{
	unsigned int i, parts = 0, n = 0;
	bool flip;
	uint64_t m;

	for (i = 0; i < w->n; i++)
		n += value_word(mask, w->ld, i) != 0;
	if (!n) {
		buf_puts(b, neg ? "0" : "1");
		return;
	}
	flip = neg && n == 1;
	if (neg && !flip)
		buf_puts(b, "!(");
	for (i = 0; i < w->n; i++) {
		m = value_word(mask, w->ld, i);
		if (!m)
			continue;
		if (parts++)
			buf_puts(b, " && ");
		if (m == w->full[i]) {
			buf_puts(b, w->expr[i]);
		} else {
			buf_printf(b, "(%s & ", w->expr[i]);
			put_literal(b, KEFIR_KIND_HEX, m, w);
			buf_puts(b, ")");
		}
		buf_printf(b, " %s ", flip ? "!=" : "==");
		put_literal(b, kind, value_word(v, w->ld, i), w);
	}
	if (neg && !flip)
		buf_puts(b, ")");
}

/* "hi > H || (hi == H && lo >= L)" for 128-bit bounds; @op is ">" or "<". */
static void cond_bound128(struct kefir_buf *b, const struct words *w,
			  const struct kefir_value *v, const char *op)
{
	buf_printf(b, "(%s %s 0x%" PRIx64 "ULL || (%s == 0x%" PRIx64 "ULL && %s %s= 0x%" PRIx64 "ULL))",
		   w->expr[0], op, value_word(v, w->ld, 0), w->expr[0],
		   value_word(v, w->ld, 0), w->expr[1], op,
		   value_word(v, w->ld, 1));
}

static void cond_range(struct kefir_buf *b, const struct words *w,
		       enum kefir_kind kind, const struct kefir_test *t,
		       bool neg)
{
	uint64_t lo = value_word(&t->value, w->ld, 0);
	uint64_t hi = value_word(&t->max, w->ld, 0);
	bool need_lo = lo > 0, need_hi = hi < w->full[0];

	if (w->n == 2) {
		buf_puts(b, neg ? "!(" : "(");
		cond_bound128(b, w, &t->value, ">");
		buf_puts(b, " && ");
		cond_bound128(b, w, &t->max, "<");
		buf_puts(b, ")");
		return;
	}
	if (!need_lo && !need_hi) {
		buf_puts(b, neg ? "0" : "1");
		return;
	}
	if (need_lo) {
		buf_printf(b, "%s %s ", w->expr[0], neg ? "<" : ">=");
		put_literal(b, kind, lo, w);
	}
	if (need_lo && need_hi)
		buf_puts(b, neg ? " || " : " && ");
	if (need_hi) {
		buf_printf(b, "%s %s ", w->expr[0], neg ? ">" : "<=");
		put_literal(b, kind, hi, w);
	}
}

static void cond_set(struct kefir_buf *b, const struct words *w,
		     enum kefir_kind kind, const struct kefir_test *t, bool neg)
{
	size_t i;

	if (t->n_set == 1) {
		cond_eq(b, w, kind, &t->set[0], &t->mask, neg);
		return;
	}
	buf_puts(b, neg ? "!(" : "(");
	for (i = 0; i < t->n_set; i++) {
		if (i)
			buf_puts(b, i % 4 ? " || " : " ||\n\t     ");
		if (w->n == 2)
			buf_puts(b, "(");
		cond_eq(b, w, kind, &t->set[i], &t->mask, false);
		if (w->n == 2)
			buf_puts(b, ")");
	}
	buf_puts(b, ")");
}

/* Writes the comment above a field test: "l4_dport in {22, 53} [l4 ip4]". */
static void comment_field_test(struct kefir_buf *b, const struct kefir_test *t)
{
	const struct kefir_field_info *fi = field_info(t->field);
	char s[KEFIR_VALUE_STRLEN];
	size_t i;

	buf_printf(b, "\t/* %s", fi->name);
	if (!value_is_full_mask(&t->mask, t->field) && t->op != KEFIR_OP_RANGE) {
		value_format(&t->mask, fi->kind, fi->bytes, s);
		buf_printf(b, " & %s", s);
	}
	value_format(&t->value, fi->kind, fi->bytes, s);
	if (t->op == KEFIR_OP_EQ)
		buf_printf(b, " == %s", s);
	if (t->op == KEFIR_OP_RANGE) {
		buf_printf(b, " in %s..", s);
		value_format(&t->max, fi->kind, fi->bytes, s);
		buf_puts(b, s);
	}
	for (i = 0; t->op == KEFIR_OP_SET && i < t->n_set && i < 8; i++) {
		value_format(&t->set[i], fi->kind, fi->bytes, s);
		buf_printf(b, "%s%s", i ? ", " : " in {", s);
	}
	if (t->op == KEFIR_OP_SET)
		buf_puts(b, t->n_set > 8 ? ", ...}" : "}");
	if (t->net_off != KEFIR_NET_OFF_DEFAULT && fi->anchor != KEFIR_ANCHOR_LINK)
		buf_printf(b, " [net %u]", t->net_off);
	if (fi->anchor == KEFIR_ANCHOR_L4)
		buf_printf(b, " [l4 %s]", l4_name(t->l4));
	buf_puts(b, " */\n");
}

/* A slot test: the values are the record's words 2k and 2k + 1. */
static void cond_slot(struct kefir_buf *b, const struct words *w,
		      const struct kefir_test *t, int slot, bool neg)
{
	const char *x = w->expr[0];

	if (t->op == KEFIR_OP_RANGE)
		buf_printf(b, neg ? "(%s < r->w[%d] || %s > r->w[%d])" :
				    "(%s >= r->w[%d] && %s <= r->w[%d])",
			   x, 2 * slot, x, 2 * slot + 1);
	else
		buf_printf(b, "(%s & r->w[%d]) %s r->w[%d]", x, 2 * slot,
			   neg ? "!=" : "==", 2 * slot + 1);
}

static void emit_field_test(struct cgen *cg, const struct kefir_test *t,
			    int target, bool jump_if)
{
	enum kefir_kind kind = field_info(t->field)->kind;
	int slot = cg->shape ? plan_slot_of(cg->shape, t) : -1;
	struct kefir_buf jc = { 0 };
	struct words w;

	if (slot >= 0) {
		buf_printf(&cg->body, "	/* %s: slot %d of the record */\n",
			   field_info(t->field)->name, slot);
		read_field(cg, t, &w);
		cond_slot(&jc, &w, t, slot, !jump_if);
		emit_jump(cg, jc.data, target);
		buf_free(&jc);
		return;
	}
	comment_field_test(&cg->body, t);
	read_field(cg, t, &w);
	switch (t->op) {
	case KEFIR_OP_EQ:
		cond_eq(&jc, &w, kind, &t->value, &t->mask, !jump_if);
		break;
	case KEFIR_OP_RANGE:
		cond_range(&jc, &w, kind, t, !jump_if);
		break;
	case KEFIR_OP_SET:
		cond_set(&jc, &w, kind, t, !jump_if);
		break;
	default:
		buf_puts(&jc, jump_if ? "0" : "1");
		break;
	}
	emit_jump(cg, jc.data, target);
	buf_free(&jc);
}

/* ------------------------------------------------------------------------ */
/* Relations                                                                */
/* ------------------------------------------------------------------------ */

/* Writes @e in infix form for a comment: "net[2:2] - 20". */
static void comment_expr(struct kefir_buf *b, const struct kefir_expr *e)
{
	switch (e->kind) {
	case KEFIR_EXPR_CONST:
		buf_printf(b, "%" PRIu32, e->k);
		return;
	case KEFIR_EXPR_LEN:
		buf_puts(b, "len");
		return;
	case KEFIR_EXPR_LOAD:
		buf_printf(b, "%s[", anchor_name(e->anchor) ? anchor_name(e->anchor) : "?");
		comment_expr(b, e->a);
		buf_printf(b, ":%u]", e->size);
		return;
	case KEFIR_EXPR_NEG:
		buf_puts(b, "-");
		comment_expr(b, e->a);
		return;
	case KEFIR_EXPR_BINARY:
		buf_puts(b, "(");
		comment_expr(b, e->a);
		buf_printf(b, " %s ", binop_name(e->op));
		comment_expr(b, e->b);
		buf_puts(b, ")");
		return;
	}
}

/*
 * A temporary holding @value (a fresh one, when @value is NULL or not
 * already a temporary), so that it can be checked before it is used.
 */
static unsigned int new_temp(struct cgen *cg, const char *value)
{
	unsigned int k;
	int end = 0;

	if (value && sscanf(value, "t%u%n", &k, &end) == 1 && !value[end])
		return k;
	k = cg->n_temps++;
	if (value) {
		flush_fall(cg);
		buf_printf(&cg->body, "\tt%u = %s;\n", k, value);
	}
	return k;
}

static void emit_expr(struct cgen *cg, const struct kefir_test *t,
		      const struct kefir_expr *e, struct kefir_buf *dst);

/* A load: the offset is bounded before it is added, for the verifier. */
static void emit_load(struct cgen *cg, const struct kefir_test *t,
		      const struct kefir_expr *e, struct kefir_buf *dst)
{
	const struct load *ld = load_for(e->size);
	struct kefir_buf off = { 0 }, base = { 0 };
	unsigned int k;

	if (!ld || (e->a->kind == KEFIR_EXPR_CONST && e->a->k > MAX_OFF)) {
		/* beyond any packet: the read falls off */
		k = new_temp(cg, NULL);
		fall_add(cg, "1");
	} else if (e->a->kind == KEFIR_EXPR_CONST) {
		anchor_expr(cg, t, e->anchor, (long)e->a->k, &base);
		k = new_temp(cg, NULL);
		fall_add(cg, "!%s(p, %s, &t%u)", ld->helper, base.data, k);
	} else {
		emit_expr(cg, t, e->a, &off);
		k = new_temp(cg, off.data);
		anchor_expr(cg, t, e->anchor, 0, &base);
		fall_add(cg, "t%u > 0x%x", k, MAX_OFF);
		fall_add(cg, "!%s(p, %s + t%u, &t%u)", ld->helper, base.data, k, k);
	}
	buf_printf(dst, "t%u", k);
	buf_free(&off);
	buf_free(&base);
}

/*
 * "a / b" and "a % b": the divisor, unless a non-zero constant, goes into a
 * temporary checked for zero first (a division by zero fails the rule).
 */
static void put_division(struct cgen *cg, const struct kefir_expr *e,
			 const char *a, const char *b, struct kefir_buf *dst)
{
	unsigned int k;

	if (e->b->kind == KEFIR_EXPR_CONST && e->b->k) {
		buf_printf(dst, "(%s %s %s)", a, binop_name(e->op), b);
		return;
	}
	k = new_temp(cg, b);
	fall_add(cg, "!t%u", k);
	buf_printf(dst, "(%s %s t%u)", a, binop_name(e->op), k);
}

/* "a << b" and "a >> b": by 32 or more, 0 (kefir_lsh/rsh when not constant). */
static void put_shift(const struct kefir_expr *e, const char *a, const char *b,
		      struct kefir_buf *dst)
{
	if (e->b->kind != KEFIR_EXPR_CONST)
		buf_printf(dst, "%s(%s, %s)",
			   e->op == KEFIR_BINOP_LSH ? "kefir_lsh" : "kefir_rsh", a, b);
	else if (e->b->k >= 32)
		buf_puts(dst, "0U");
	else
		buf_printf(dst, "(%s %s %s)", a, binop_name(e->op), b);
}

static void emit_binary(struct cgen *cg, const struct kefir_test *t,
			const struct kefir_expr *e, struct kefir_buf *dst)
{
	struct kefir_buf a = { 0 }, b = { 0 };

	emit_expr(cg, t, e->a, &a);
	emit_expr(cg, t, e->b, &b);
	switch (e->op) {
	case KEFIR_BINOP_DIV:
	case KEFIR_BINOP_MOD:
		put_division(cg, e, a.data, b.data, dst);
		break;
	case KEFIR_BINOP_LSH:
	case KEFIR_BINOP_RSH:
		put_shift(e, a.data, b.data, dst);
		break;
	default:
		buf_printf(dst, "(%s %s %s)", a.data, binop_name(e->op), b.data);
		break;
	}
	buf_free(&a);
	buf_free(&b);
}

/*
 * Writes a pure C expression of type __u32 for @e into @dst, after emitting
 * or queueing the loads and checks it needs.
 */
static void emit_expr(struct cgen *cg, const struct kefir_test *t,
		      const struct kefir_expr *e, struct kefir_buf *dst)
{
	struct kefir_buf a = { 0 };

	switch (e->kind) {
	case KEFIR_EXPR_CONST:
		buf_printf(dst, e->k > 0xffff ? "0x%" PRIx32 "U" : "%" PRIu32 "U",
			   e->k);
		return;
	case KEFIR_EXPR_LEN:
		buf_puts(dst, "p->len");
		return;
	case KEFIR_EXPR_LOAD:
		emit_load(cg, t, e, dst);
		return;
	case KEFIR_EXPR_NEG:
		emit_expr(cg, t, e->a, &a);
		buf_printf(dst, "(-%s)", a.data);
		buf_free(&a);
		return;
	case KEFIR_EXPR_BINARY:
		emit_binary(cg, t, e, dst);
		return;
	}
}

/* C operators of the relations, and of their negations. */
static const char *const relop_c[KEFIR_RELOP_MAX][2] = {
	[KEFIR_RELOP_EQ] = { "==", "!=" }, [KEFIR_RELOP_NE] = { "!=", "==" },
	[KEFIR_RELOP_LT] = { "<", ">=" },  [KEFIR_RELOP_LE] = { "<=", ">" },
	[KEFIR_RELOP_GT] = { ">", "<=" },  [KEFIR_RELOP_GE] = { ">=", "<" },
};

static void emit_rel_test(struct cgen *cg, const struct kefir_test *t,
			  int target, bool jump_if)
{
	struct kefir_buf l = { 0 }, r = { 0 }, jc = { 0 };

	buf_puts(&cg->body, "\t/* ");
	comment_expr(&cg->body, t->lhs);
	buf_printf(&cg->body, " %s ", relop_name(t->relop));
	comment_expr(&cg->body, t->rhs);
	if (t->net_off != KEFIR_NET_OFF_DEFAULT)
		buf_printf(&cg->body, " [net %u]", t->net_off);
	if (t->l4 != KEFIR_L4_NONE)
		buf_printf(&cg->body, " [l4 %s]", l4_name(t->l4));
	buf_puts(&cg->body, " */\n");
	emit_expr(cg, t, t->lhs, &l);
	emit_expr(cg, t, t->rhs, &r);
	buf_printf(&jc, "%s %s %s", l.data, relop_c[t->relop][!jump_if], r.data);
	emit_jump(cg, jc.data, target);
	buf_free(&l);
	buf_free(&r);
	buf_free(&jc);
}

/*
 * A classic BPF program: its function goes before the rule's, and the
 * rule tests what it returns.
 */
static void emit_cbpf_test(struct cgen *cg, const struct kefir_test *t,
			   int target, bool jump_if)
{
	const char *jc = jump_if ? "x != 0" : "x == 0";
	char name[32];

	snprintf(name, sizeof(name), "kefir_cbpf_%u", cg->n_cbpf++);
	cbpf_to_c(&cg->funcs, &cbpf_env, name, t);
	buf_printf(&cg->body, "\t/* %s(): a classic BPF program */\n", name);
	fall_add(cg, "!%s(p, &x)", name);
	cg->vars |= VAR_X;
	emit_jump(cg, jc, target);
}

/* ------------------------------------------------------------------------ */
/* Predicates and rules                                                     */
/* ------------------------------------------------------------------------ */

static void emit_branch(struct cgen *cg, const struct kefir_pred *pred,
			int target, bool jump_if);

/*
 * A conjunction (@all) or disjunction: the kids jump straight to @target
 * when one of them decides the outcome @jump_if asks for; otherwise every
 * kid but the last jumps past the rest when it decides the other outcome.
 */
static void emit_junction(struct cgen *cg, const struct kefir_pred *pred,
			  int target, bool jump_if, bool all)
{
	int skip;
	size_t i;

	if (!pred->n_kids) {
		if (jump_if == all)
			emit_jump(cg, NULL, target);
		return;
	}
	if (jump_if != all) {
		for (i = 0; i < pred->n_kids; i++)
			emit_branch(cg, pred->kids[i], target, jump_if);
		return;
	}
	skip = (int)cg->n_labels++;
	for (i = 0; i + 1 < pred->n_kids; i++)
		emit_branch(cg, pred->kids[i], skip, !all);
	emit_branch(cg, pred->kids[i], target, jump_if);
	emit_label(cg, skip);
}

/* Jumps to @target when @pred evaluates to @jump_if; falls through else. */
static void emit_branch(struct cgen *cg, const struct kefir_pred *pred,
			int target, bool jump_if)
{
	switch (pred->kind) {
	case KEFIR_PRED_TRUE:
	case KEFIR_PRED_FALSE:
		if ((pred->kind == KEFIR_PRED_TRUE) == jump_if)
			emit_jump(cg, NULL, target);
		return;
	case KEFIR_PRED_TEST:
		if (pred->test.kind == KEFIR_TEST_FIELD)
			emit_field_test(cg, &pred->test, target, jump_if);
		else if (pred->test.kind == KEFIR_TEST_CBPF)
			emit_cbpf_test(cg, &pred->test, target, jump_if);
		else
			emit_rel_test(cg, &pred->test, target, jump_if);
		return;
	case KEFIR_PRED_NOT:
		emit_branch(cg, pred->kids[0], target, !jump_if);
		return;
	case KEFIR_PRED_AND:
		emit_junction(cg, pred, target, jump_if, true);
		return;
	case KEFIR_PRED_OR:
		emit_junction(cg, pred, target, jump_if, false);
		return;
	}
}

/* "rule 3, rules.txt:4:1: TEXT" */
static void put_rule_title(struct cgen *cg, size_t index)
{
	const struct kefir_rule *r = cg->rs->rules[index];

	buf_printf(cg->out, "rule %zu", index);
	if (r->loc.line) {
		buf_puts(cg->out, ", ");
		put_comment_text(cg->out, cg->rs->source_name);
		buf_printf(cg->out, ":%u:%u", r->loc.line, r->loc.col);
	}
	if (r->text && *r->text) {
		buf_puts(cg->out, ": ");
		put_comment_text(cg->out, r->text);
	}
}

/* Appends ", NAME" (or "NAME" first) to a declaration list. */
static void list_add(struct kefir_buf *list, const char *name, unsigned int k)
{
	buf_printf(list, "%s%s", list->len ? ", " : "", name);
	if (k != -1u)
		buf_printf(list, "%u", k);
}

/* Declares the scratch variables the rule's body uses. */
static void emit_declarations(struct cgen *cg)
{
	struct kefir_buf u32 = { 0 }, u64 = { 0 };
	unsigned int i;

	if (cg->vars & VAR_X)
		list_add(&u32, "x", -1u);
	if (cg->vars & VAR_L4)
		list_add(&u32, "l4", -1u);
	if (cg->vars & VAR_WALK)
		list_add(&u32, "walk", -1u);
	for (i = 0; i < cg->n_temps; i++)
		list_add(&u32, "t", i);
	if (cg->vars & VAR_W)
		list_add(&u64, "w", -1u);
	if (cg->vars & VAR_HL)
		list_add(&u64, "hi, lo", -1u);
	if (u32.len)
		buf_printf(cg->out, "\t__u32 %s;\n", u32.data);
	if (u64.len)
		buf_printf(cg->out, "\t__u64 %s;\n", u64.data);
	if (u32.len || u64.len)
		buf_puts(cg->out, "\n");
	buf_free(&u32);
	buf_free(&u64);
}

/* Starts the body of a new function whose "no match" is @ret0. */
static void body_begin(struct cgen *cg, const char *ret0)
{
	cg->n_labels = cg->n_temps = cg->vars = 0;
	cg->ret0 = ret0;
	buf_free(&cg->body);
	buf_free(&cg->fall);
}

/* Writes the declarations and the body, and forgets them. */
static void body_end(struct cgen *cg)
{
	flush_fall(cg);
	emit_declarations(cg);
	if (cg->body.data)
		buf_puts(cg->out, cg->body.data);
	buf_free(&cg->body);
	cg->ret0 = "return 0;";
}

/* Writes the classic BPF programs the body calls, before its function. */
static void flush_funcs(struct cgen *cg)
{
	if (cg->funcs.len)
		buf_puts(cg->out, cg->funcs.data);
	buf_free(&cg->funcs);
}

static void emit_rule(struct cgen *cg, size_t index)
{
	body_begin(cg, "return 0;");
	emit_branch(cg, cg->rs->rules[index]->match, RET0, false);
	flush_funcs(cg);
	buf_puts(cg->out, "/* ");
	put_rule_title(cg, index);
	buf_printf(cg->out, " */\nstatic __always_inline int rule_%zu(const struct kefir_pkt *p)\n{\n",
		   index);
	body_end(cg);
	buf_puts(cg->out, "\treturn 1;\n}\n\n");
}

/* ------------------------------------------------------------------------ */
/* The file: header, prelude, dispatcher                                    */
/* ------------------------------------------------------------------------ */

/* The ipv6_find_hdr() walk of the prelude (l4 ip6_find...). */
#define FIND_PRELUDE \
	"/*\n" \
	" * ipv6_find_hdr() (Linux 6.18) as lib/interp.c walks it, one header per\n" \
	" * bpf_loop() step: the verifier checks the step once, whatever the number\n" \
	" * of headers. The walk runs from the IPv6 header at net; the packet ends\n" \
	" * where the payload length says. kefir_ip6_find() puts the header found\n" \
	" * (target -1: the upper-layer one), the outcome flags << 8 (1 a header is\n" \
	" * cut short, 2 no such header, 4 after a later fragment) and the bytes\n" \
	" * left from the header to the end << 16 in *rec, the header's offset in\n" \
	" * *l4; 0 when a read falls off.\n" \
	" */\n" \
	"struct kefir_find {\n" \
	"\tconst struct kefir_pkt *p;\n" \
	"\t__u32 start, end, nh, rec;\n" \
	"\tint target, state;\t/* 0 walking, 1 done, 2 fell off */\n" \
	"};\n" \
	"\n" \
	"static __always_inline int kefir_ext_hdr(__u32 nh)\n" \
	"{\n" \
	"\treturn nh == 0 || nh == 43 || nh == 44 || nh == 51 || nh == 59 ||\n" \
	"\t       nh == 60;\n" \
	"}\n" \
	"\n" \
	"/* A read in the IPv6 packet: 0, 1 past its end (-EBADMSG), 2 fell off. */\n" \
	"static __always_inline int kefir_find_ld(struct kefir_find *w, __u32 off,\n" \
	"\t\t\t\t\t __u32 size, __u32 *x)\n" \
	"{\n" \
	"\tif (off + size > w->end)\n" \
	"\t\treturn 1;\n" \
	"\tif (size == 1 ? !kefir_ld8(w->p, off, x) : !kefir_ld16(w->p, off, x))\n" \
	"\t\treturn 2;\n" \
	"\treturn 0;\n" \
	"}\n" \
	"\n" \
	"/* Reads the header at w->start: next header, length, fragment offset. */\n" \
	"static __always_inline int kefir_find_hdr(struct kefir_find *w, __u32 *next,\n" \
	"\t\t\t\t\t  __u32 *len, __u32 *fo)\n" \
	"{\n" \
	"\tint r = kefir_find_ld(w, w->start, 1, next);\n" \
	"\n" \
	"\t*fo = 0;\n" \
	"\tif (!r)\n" \
	"\t\tr = kefir_find_ld(w, w->start + 1, 1, len);\n" \
	"\tif (!r && w->nh == 43)\n" \
	"\t\tr = kefir_find_ld(w, w->start + 3, 1, fo);\n" \
	"\tif (!r && w->nh == 44)\n" \
	"\t\tr = kefir_find_ld(w, w->start + 2, 2, fo);\n" \
	"\t*fo = w->nh == 44 ? *fo & 0xfff8 : 0;\n" \
	"\tif (r == 1)\n" \
	"\t\tw->rec = 0x100;\n" \
	"\tw->state = r == 2 ? 2 : 1;\n" \
	"\treturn r;\n" \
	"}\n" \
	"\n" \
	"static long kefir_find_step(__u64 i, void *arg)\n" \
	"{\n" \
	"\tstruct kefir_find *w = arg;\n" \
	"\t__u32 nh = w->nh, next, len, fo;\n" \
	"\tint found = (int)nh == w->target;\n" \
	"\n" \
	"\tw->state = 1;\n" \
	"\tif (!kefir_ext_hdr(nh) || nh == 59) {\n" \
	"\t\tw->rec = w->target < 0 || found ? nh : 0x200;\n" \
	"\t\treturn 1;\n" \
	"\t}\n" \
	"\tif (kefir_find_hdr(w, &next, &len, &fo))\n" \
	"\t\treturn 1;\n" \
	"\tif (fo && !found) {\n" \
	"\t\tif (w->target >= 0 || (kefir_ext_hdr(next) && next != 59)) {\n" \
	"\t\t\tw->rec = 0x200;\n" \
	"\t\t\treturn 1;\n" \
	"\t\t}\n" \
	"\t\tw->rec = next | 0x400;\n" \
	"\t\tw->start += 8;\n" \
	"\t\treturn 1;\n" \
	"\t}\n" \
	"\tif (found) {\n" \
	"\t\tw->rec = nh;\n" \
	"\t\treturn 1;\n" \
	"\t}\n" \
	"\tw->start += nh == 44 ? 8 : nh == 51 ? (len + 2) * 4 : (len + 1) * 8;\n" \
	"\tif (w->start > w->end)\t/* past the end, every place is alike */\n" \
	"\t\tw->start = w->end + 1;\n" \
	"\tw->nh = next;\n" \
	"\tw->state = 0;\n" \
	"\treturn 0;\n" \
	"}\n" \
	"\n" \
	"static __always_inline int kefir_ip6_find(const struct kefir_pkt *p, __u32 net,\n" \
	"\t\t\t\t\t  int target, __u32 *rec, __u32 *l4)\n" \
	"{\n" \
	"\tstruct kefir_find w = { .p = p, .target = target };\n" \
	"\t__u32 plen;\n" \
	"\n" \
	"\tif (!kefir_ld16(p, net + 4, &plen) || !kefir_ld8(p, net + 6, &w.nh))\n" \
	"\t\treturn 0;\n" \
	"\tw.start = net + 40;\n" \
	"\tw.end = w.start + plen;\n" \
	"\tbpf_loop(" FIND_STEPS_STR ", kefir_find_step, &w, 0);\n" \
	"\tif (w.state != 1)\n" \
	"\t\treturn 0;\n" \
	"\t*rec = w.rec;\n" \
	"\tif (!(w.rec & 0x300) && w.start < w.end)\n" \
	"\t\t*rec |= (w.end - w.start) << 16;\n" \
	"\t*l4 = w.start;\n" \
	"\treturn 1;\n" \
	"}\n" \
	"\n"

static const char prelude[] =
	"#include <linux/bpf.h>\n"
	"#include <bpf/bpf_helpers.h>\n"
	"\n"
	"%s"
	"/* Packets and bytes (wire length) of each rule; entry %zu: the default. */\n"
	"struct kefir_counter {\n"
	"\t__u64 packets;\n"
	"\t__u64 bytes;\n"
	"};\n"
	"\n"
	"struct {\n"
	"\t__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);\n"
	"\t__uint(max_entries, %zu);\n"
	"\t__type(key, __u32);\n"
	"\t__type(value, struct kefir_counter);\n"
	"} kefir_counters SEC(\".maps\");\n"
	"\n"
	"/* The packet: captured bytes [data, end) and the wire length. */\n"
	"struct kefir_pkt {\n"
	"\tconst __u8 *data;\n"
	"\tconst __u8 *end;\n"
	"\t__u32 len;\n"
	"%s"
	"};\n"
	"\n"
	"/*\n"
	" * Bounds-checked big-endian loads: 0 when [off, off + size) is not all\n"
	" * in the packet. The empty asm hides the packet pointer and the offset\n"
	" * from the compiler, so that every load keeps its own bounds check right\n"
	" * before it (the verifier cannot follow a check merged with another\n"
	" * one), and so that the mask bounds the very register the verifier sees\n"
	" * added to the packet pointer.\n"
	" */\n"
	"static __always_inline const __u8 *kefir_at(const struct kefir_pkt *p,\n"
	"\t\t\t\t\t     __u64 off, __u32 size)\n"
	"{\n"
	"\tconst __u8 *b = p->data;\n"
	"\n"
	"\tif (off > 0x%x)\n"
	"\t\treturn 0;\n"
	"\tasm volatile(\"\" : \"+r\"(b));\n"
	"\tif (!__builtin_constant_p(off))\n"
	"\t\tasm volatile(\"\" : \"+r\"(off));\n"
	"\tb += off & 0x%x;\n"
	"\tif (b + size > p->end)\n"
	"\t\treturn 0;\n"
	"\treturn b;\n"
	"}\n"
	"\n"
	"static __always_inline __u32 kefir_be16(const __u8 *b)\n"
	"{\n"
	"\treturn (__u32)b[0] << 8 | b[1];\n"
	"}\n"
	"\n"
	"static __always_inline __u32 kefir_be32(const __u8 *b)\n"
	"{\n"
	"\treturn kefir_be16(b) << 16 | kefir_be16(b + 2);\n"
	"}\n"
	"\n"
	"static __always_inline int kefir_ld8(const struct kefir_pkt *p, __u64 off,\n"
	"\t\t\t\t     __u32 *x)\n"
	"{\n"
	"\tconst __u8 *b = kefir_at(p, off, 1);\n"
	"\n"
	"\tif (!b)\n"
	"\t\treturn 0;\n"
	"\t*x = b[0];\n"
	"\treturn 1;\n"
	"}\n"
	"\n"
	"static __always_inline int kefir_ld16(const struct kefir_pkt *p, __u64 off,\n"
	"\t\t\t\t      __u32 *x)\n"
	"{\n"
	"\tconst __u8 *b = kefir_at(p, off, 2);\n"
	"\n"
	"\tif (!b)\n"
	"\t\treturn 0;\n"
	"\t*x = kefir_be16(b);\n"
	"\treturn 1;\n"
	"}\n"
	"\n"
	"static __always_inline int kefir_ld32(const struct kefir_pkt *p, __u64 off,\n"
	"\t\t\t\t      __u32 *x)\n"
	"{\n"
	"\tconst __u8 *b = kefir_at(p, off, 4);\n"
	"\n"
	"\tif (!b)\n"
	"\t\treturn 0;\n"
	"\t*x = kefir_be32(b);\n"
	"\treturn 1;\n"
	"}\n"
	"\n"
	"static __always_inline int kefir_ld48(const struct kefir_pkt *p, __u64 off,\n"
	"\t\t\t\t      __u64 *w)\n"
	"{\n"
	"\tconst __u8 *b = kefir_at(p, off, 6);\n"
	"\n"
	"\tif (!b)\n"
	"\t\treturn 0;\n"
	"\t*w = (__u64)kefir_be16(b) << 32 | kefir_be32(b + 2);\n"
	"\treturn 1;\n"
	"}\n"
	"\n"
	"static __always_inline int kefir_ld128(const struct kefir_pkt *p, __u64 off,\n"
	"\t\t\t\t       __u64 *hi, __u64 *lo)\n"
	"{\n"
	"\tconst __u8 *b = kefir_at(p, off, 16);\n"
	"\n"
	"\tif (!b)\n"
	"\t\treturn 0;\n"
	"\t*hi = (__u64)kefir_be32(b) << 32 | kefir_be32(b + 4);\n"
	"\t*lo = (__u64)kefir_be32(b + 8) << 32 | kefir_be32(b + 12);\n"
	"\treturn 1;\n"
	"}\n"
	"\n"
	"/* The transport header after an IPv4 header at @net: net + 4 * IHL. */\n"
	"static __always_inline int kefir_l4_ip4(const struct kefir_pkt *p, __u32 net,\n"
	"\t\t\t\t\t__u32 *l4)\n"
	"{\n"
	"\t__u32 vihl;\n"
	"\n"
	"\tif (!kefir_ld8(p, net, &vihl))\n"
	"\t\treturn 0;\n"
	"\t*l4 = net + 4 * (vihl & 0xf);\n"
	"\treturn 1;\n"
	"}\n"
	"\n"
	"/*\n"
	" * The flow dissector's IPv6 walk from the header at @net: hop-by-hop,\n"
	" * routing and destination options skipped (at most " IP6_WALK_MAX_STR ", the loop is\n"
	" * unrolled), a fragment header ends it. @walk gets the protocol and\n"
	" * 0x100 for a fragment, 0x200 for a first one; @l4 the header after.\n"
	" */\n"
	"static __always_inline int kefir_ip6_flow(const struct kefir_pkt *p, __u32 net,\n"
	"\t\t\t\t\t  __u32 *walk, __u32 *l4)\n"
	"{\n"
	"\t__u32 nh, len, frag, off = net + 40, i;\n"
	"\n"
	"\tif (!kefir_ld8(p, net + 6, &nh))\n"
	"\t\treturn 0;\n"
	"#pragma unroll\n"
	"\tfor (i = 0; i <= " IP6_WALK_MAX_STR "; i++) {\n"
	"\t\t*walk = nh;\n"
	"\t\t*l4 = off;\n"
	"\t\tif (nh == 44) {\n"
	"\t\t\tif (!kefir_ld32(p, off, &frag) || !kefir_ld32(p, off + 4, &len))\n"
	"\t\t\t\treturn 0;\n"
	"\t\t\t*walk = frag >> 24 | 0x100 | (frag & 0xfff8 ? 0 : 0x200);\n"
	"\t\t\t*l4 = off + 8;\n"
	"\t\t\treturn 1;\n"
	"\t\t}\n"
	"\t\tif (nh != 0 && nh != 43 && nh != 60)\n"
	"\t\t\treturn 1;\n"
	"\t\tif (i == " IP6_WALK_MAX_STR " || !kefir_ld8(p, off + 1, &len) ||\n"
	"\t\t    !kefir_ld8(p, off, &nh))\n"
	"\t\t\treturn 0;\n"
	"\t\toff += (len + 1) * 8;\n"
	"\t}\n"
	"\treturn 0;\n"
	"}\n"
	"\n"
	FIND_PRELUDE
	"/* The packet helpers of classic BPF programs (xt_bpf's). */\n"
	"static __always_inline int kefir_cbpf_be16(const struct kefir_pkt *p, __u32 off,\n"
	"\t\t\t\t\t   __u32 *x)\n"
	"{\n"
	"\treturn kefir_ld16(p, off, x);\n"
	"}\n"
	"\n"
	"/*\n"
	" * A load at @off of the program's packet, the @len bytes at @net: 1, 0\n"
	" * when it falls off, -1 past @len or at a negative offset (the program\n"
	" * returns 0).\n"
	" */\n"
	"static __always_inline int kefir_cbpf_ld(const struct kefir_pkt *p, __u32 net,\n"
	"\t\t\t\t\t __u32 len, __u32 off, __u32 size,\n"
	"\t\t\t\t\t __u32 *x)\n"
	"{\n"
	"\tif (off >= 0x80000000U || off + size > len)\n"
	"\t\treturn -1;\n"
	"\tif (size == 1)\n"
	"\t\treturn kefir_ld8(p, net + off, x);\n"
	"\tif (size == 2)\n"
	"\t\treturn kefir_ld16(p, net + off, x);\n"
	"\treturn kefir_ld32(p, net + off, x);\n"
	"}\n"
	"\n"
	"/* Shifts of classic BPF: by 32 or more, the result is 0. */\n"
	"static __always_inline __u32 kefir_lsh(__u32 a, __u32 b)\n"
	"{\n"
	"\treturn b < 32 ? a << b : 0;\n"
	"}\n"
	"\n"
	"static __always_inline __u32 kefir_rsh(__u32 a, __u32 b)\n"
	"{\n"
	"\treturn b < 32 ? a >> b : 0;\n"
	"}\n"
	"\n"
	"static __always_inline int kefir_count(__u32 index, __u32 len, int verdict)\n"
	"{\n"
	"\tstruct kefir_counter *c = bpf_map_lookup_elem(&kefir_counters, &index);\n"
	"\n"
	"\tif (c) {\n"
	"\t\tc->packets++;\n"
	"\t\tc->bytes += len;\n"
	"\t}\n"
	"\treturn verdict;\n"
	"}\n"
	"\n"
	"#define KEFIR_NONE (-1000)\t/* no rule of a group or segment matched */\n"
	"\n";

static const char tc_defines[] =
	"/* From <linux/pkt_cls.h>, kept out to stay self-contained. */\n"
	"#ifndef TC_ACT_OK\n"
	"#define TC_ACT_OK 0\n"
	"#define TC_ACT_SHOT 2\n"
	"#define TC_ACT_REDIRECT 7\n"
	"#endif\n"
	"\n";

static void emit_header(struct cgen *cg)
{
	const struct kefir_ruleset *rs = cg->rs;
	struct kefir_buf *o = cg->out;

	buf_puts(o, "// SPDX-License-Identifier: (GPL-2.0 OR BSD-2-Clause)\n/*\n * Generated by kefir " KEFIR_VERSION " from ");
	put_comment_text(o, rs->source_name);
	if (rs->syntax && *rs->syntax) {
		buf_puts(o, " (");
		put_comment_text(o, rs->syntax);
		buf_puts(o, " syntax)");
	}
	buf_printf(o, ": %zu rule%s, for %s.\n", rs->n_rules,
		   rs->n_rules == 1 ? "" : "s",
		   cg->hook == KEFIR_HOOK_TC ? "TC direct-action" : "XDP");
	buf_printf(o, " * The first rule that matches decides the packet; a read past the\n"
		      " * end of the packet (or past 32 KiB) makes a rule not match. Per-rule\n"
		      " * packet and byte counters are in the per-CPU array kefir_counters.\n"
		      " *\n"
		      " * Build:  clang -O2 -g -target bpf -c FILE.c -o FILE.o\n"
		      " * Attach: %s\n"
		      " */\n",
		   cg->hook == KEFIR_HOOK_TC ?
			   "tc filter add dev DEV ingress bpf direct-action obj FILE.o sec tc" :
			   "ip link set dev DEV xdp obj FILE.o sec xdp");
}

/* Writes the verdict of @a: an XDP_* or TC_ACT_* expression. */
static void put_verdict(struct cgen *cg, const struct kefir_action *a)
{
	const struct hook_info *h = &hooks[cg->hook];

	switch (a->kind) {
	case KEFIR_ACTION_DROP:
		buf_puts(cg->out, h->drop);
		return;
	case KEFIR_ACTION_REDIRECT:
		buf_printf(cg->out, "bpf_redirect(%" PRIu32 ", 0)", a->ifindex);
		return;
	default:
		buf_puts(cg->out, h->pass);
		return;
	}
}

static void emit_verdict(struct cgen *cg, size_t index, const char *len,
			 const struct kefir_action *a)
{
	buf_printf(cg->out, "\treturn kefir_count(%zu, %s, ", index, len);
	put_verdict(cg, a);
	buf_puts(cg->out, ");");
	if (a->kind == KEFIR_ACTION_QUEUE)
		buf_printf(cg->out, "\t/* queue %" PRIu32 ": passed on */", a->queue);
	buf_puts(cg->out, "\n");
}

/*
 * The bytes from the start of the packet that the rules can read, so that
 * TC can make them linear: field ends, and constant-offset loads; a load at
 * a computed offset can read anything.
 */
static unsigned long max_read_expr(const struct kefir_test *t,
				   const struct kefir_expr *e);

static unsigned long anchor_max(const struct kefir_test *t,
				enum kefir_anchor anchor)
{
	switch (anchor) {
	case KEFIR_ANCHOR_NET:
		return t->net_off;
	case KEFIR_ANCHOR_L4:
		if (t->l4 == KEFIR_L4_IP6_FLOW)
			return MAX_OFF;
		return t->net_off + (t->l4 == KEFIR_L4_IP6 ? 40 : 60);
	case KEFIR_ANCHOR_WALK:
		return MAX_OFF;
	default:
		return 0;
	}
}

static unsigned long max_read_expr(const struct kefir_test *t,
				   const struct kefir_expr *e)
{
	unsigned long a, b;

	if (!e)
		return 0;
	a = max_read_expr(t, e->a);
	b = max_read_expr(t, e->b);
	if (e->kind == KEFIR_EXPR_LOAD)
		a = e->a->kind == KEFIR_EXPR_CONST && e->a->k <= MAX_OFF ?
			    anchor_max(t, e->anchor) + e->a->k + e->size :
			    MAX_READ;
	return a > b ? a : b;
}

static unsigned long max_read_pred(const struct kefir_pred *pred)
{
	const struct kefir_test *t = &pred->test;
	const struct kefir_field_info *fi;
	unsigned long m = 0, k;
	size_t i;

	for (i = 0; i < pred->n_kids; i++)
		if ((k = max_read_pred(pred->kids[i])) > m)
			m = k;
	if (pred->kind != KEFIR_PRED_TEST)
		return m;
	if (t->kind == KEFIR_TEST_CBPF)
		return MAX_READ;	/* a load at any offset */
	if (t->kind == KEFIR_TEST_REL) {
		k = max_read_expr(t, t->lhs);
		m = k > m ? k : m;
		k = max_read_expr(t, t->rhs);
		return k > m ? k : m;
	}
	fi = field_info(t->field);
	k = fi->anchor == KEFIR_ANCHOR_META ? 0 :
		(unsigned long)((long)anchor_max(t, fi->anchor) + fi->offset + fi->bytes);
	return k > m ? k : m;
}

/* TC: how many bytes the rules read, to be made linear first (0: none). */
static unsigned long tc_need(const struct cgen *cg)
{
	unsigned long need = 0, k;
	size_t i;

	if (cg->hook != KEFIR_HOOK_TC)
		return 0;
	for (i = 0; i < cg->rs->n_rules; i++)
		if ((k = max_read_pred(cg->rs->rules[i]->match)) > need)
			need = k;
	return need > MAX_READ ? MAX_READ : need;
}

static void emit_tc_pull(struct cgen *cg, unsigned long need)
{
	buf_printf(cg->out,
		   "\t/* the rules read up to %lu bytes: make them linear */\n"
		   "\tneed = ctx->len < %lu ? ctx->len : %lu;\n"
		   "\tif ((long)ctx->data_end - (long)ctx->data < need)\n"
		   "\t\tbpf_skb_pull_data(ctx, need);\n\n",
		   need, need, need);
}

/* A rough size of the code of @e and @p, in tests and operators. */
static size_t expr_weight(const struct kefir_expr *e)
{
	return e ? 1 + expr_weight(e->a) + expr_weight(e->b) : 0;
}

static size_t pred_weight(const struct kefir_pred *p)
{
	const struct kefir_test *t = &p->test;
	size_t w = 1, i;

	for (i = 0; i < p->n_kids; i++)
		w += pred_weight(p->kids[i]);
	if (p->kind == KEFIR_PRED_TEST && t->kind == KEFIR_TEST_FIELD)
		w += t->n_set + field_info(t->field)->bytes / 8;
	else if (p->kind == KEFIR_PRED_TEST && t->kind == KEFIR_TEST_CBPF)
		w += t->n_prog;
	else if (p->kind == KEFIR_PRED_TEST)
		w += expr_weight(t->lhs) + expr_weight(t->rhs);
	return w;
}

/*
 * The end of the group of rules that starts at @start, up to @last (see
 * emit_groups()); dead rules weigh nothing.
 */
static size_t group_end(const struct cgen *cg, size_t start, size_t last)
{
	size_t end = start, w = 0;

	while (end < last && (end == start || w < GROUP_WEIGHT)) {
		if (!plan_rule_dead(cg->plan, end))
			w += pred_weight(cg->rs->rules[end]->match);
		end++;
	}
	return end;
}

/* "if (rule_I(...)) return kefir_count(I, ...);" for rules [@from, @to). */
static void emit_rule_calls(struct cgen *cg, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++) {
		if (plan_rule_dead(cg->plan, i))
			continue;
		buf_printf(cg->out, "\tif (rule_%zu(kefir_pkt(&p, ctx)))\n\t", i);
		emit_verdict(cg, i, "p.len", &cg->rs->rules[i]->action);
	}
}

/* True if block @b is rendered as a segment (see MAX_SEGMENTS). */
static bool block_is_seg(const struct cgen *cg, size_t b)
{
	return cg->plan->blocks[b].seg && b < cg->seg_limit;
}

/*
 * kefir_walks(): the ipv6_find_hdr() walks of the rules, once per packet
 * (a walk of up to 4100 bpf_loop() steps costs the verifier once, not
 * once per test), and kefir_found(), what a test reads of one.
 */
static void emit_walks(struct cgen *cg)
{
	unsigned int i;

	if (!cg->n_finds)
		return;
	buf_puts(cg->out, "/* The rules' ipv6_find_hdr() walks, once per packet. */\n"
		 "static __always_inline void kefir_walks(struct kefir_pkt *p)\n{\n");
	for (i = 0; i < cg->n_finds; i++)
		buf_printf(cg->out, "\tp->found[%u].rec = p->found[%u].l4 = 0;\n"
			   "\tp->found[%u].ok = kefir_ip6_find(p, %u, %d, &p->found[%u].rec,\n"
			   "\t\t\t\t\t    &p->found[%u].l4);\n",
			   i, i, i, cg->finds[i].net_off, cg->finds[i].target,
			   i, i);
	buf_puts(cg->out, "}\n\n"
		 "/* Walk @i of kefir_walks(): 0 when it fell off the packet. */\n"
		 "static __always_inline int kefir_found(const struct kefir_pkt *p, __u32 i,\n"
		 "\t\t\t\t       __u32 *rec, __u32 *l4)\n{\n"
		 "\t*rec = p->found[i].rec;\n\t*l4 = p->found[i].l4;\n"
		 "\treturn p->found[i].ok;\n}\n\n");
}

/* Runs kefir_walks() on the packet, when the rules need it. */
static void emit_walks_call(struct cgen *cg)
{
	if (cg->n_finds)
		buf_puts(cg->out, "\tkefir_pkt(&p, ctx);\n\tkefir_walks(&p);\n");
}

/*
 * A large ruleset is cut into groups of rules, each a global function
 * that the verifier checks on its own, because a BPF jump reaches only
 * 32767 instructions: each returns the verdict of its first matching rule,
 * or KEFIR_NONE. Segments are such functions too. Writes the calls of the
 * main function into @calls; returns false when one function is enough
 * (a single linear block of one group), and writes nothing then.
 */
static bool emit_groups(struct cgen *cg, struct kefir_buf *calls)
{
	const struct hook_info *h = &hooks[cg->hook];
	const struct kefir_plan *plan = cg->plan;
	size_t b, start, end, n = 0;

	if (plan->n_blocks == 0 ||
	    (plan->n_blocks == 1 && !block_is_seg(cg, 0) &&
	     group_end(cg, 0, cg->rs->n_rules) >= cg->rs->n_rules))
		return false;
	for (b = 0; b < plan->n_blocks; b++) {
		if (block_is_seg(cg, b)) {
			buf_printf(calls, "\tverdict = kefir_seg_%zu(ctx);\n\tif (verdict != KEFIR_NONE)\n\t\treturn verdict;\n",
				   b);
			continue;
		}
		for (start = plan->blocks[b].first; start < plan->blocks[b].last;
		     start = end, n++) {
			end = group_end(cg, start, plan->blocks[b].last);
			buf_printf(cg->out, "/* Rules %zu to %zu. */\n__attribute__((noinline)) int kefir_group_%zu(%s *ctx)\n{\n",
				   start, end - 1, n, h->ctx);
			buf_puts(cg->out, "\tstruct kefir_pkt p;\n\n");
			emit_walks_call(cg);
			emit_rule_calls(cg, start, end);
			buf_puts(cg->out, "\treturn KEFIR_NONE;\n}\n\n");
			buf_printf(calls, "\tverdict = kefir_group_%zu(ctx);\n\tif (verdict != KEFIR_NONE)\n\t\treturn verdict;\n",
				   n);
		}
	}
	return true;
}

static void emit_dispatcher(struct cgen *cg)
{
	const struct hook_info *h = &hooks[cg->hook];
	unsigned long need = tc_need(cg);
	struct kefir_buf calls = { 0 };
	bool grouped;

	grouped = emit_groups(cg, &calls);
	buf_printf(cg->out, "/* The first rule that matches decides. */\nSEC(\"%s\")\nint %s(%s *ctx)\n{\n",
		   h->section, h->function, h->ctx);
	buf_printf(cg->out, "\tstruct kefir_pkt p;\n%s%s\n",
		   need ? "\t__u32 need;\n" : "", grouped ? "\tint verdict;\n" : "");
	if (need)
		emit_tc_pull(cg, need);
	if (!grouped) {
		emit_walks_call(cg);
		emit_rule_calls(cg, 0, cg->rs->n_rules);
	} else if (calls.data) {
		buf_puts(cg->out, calls.data);
	}
	buf_free(&calls);
	buf_puts(cg->out, "\t/* default action */\n");
	emit_verdict(cg, cg->rs->n_rules, "kefir_pkt(&p, ctx)->len",
		     &cg->rs->default_action);
	buf_puts(cg->out, "}\n\nchar LICENSE[] SEC(\"license\") = \"Dual BSD/GPL\";\n");
}

/* ------------------------------------------------------------------------ */
/* Segments of the classification plan (lib/classify.c)                     */
/* ------------------------------------------------------------------------ */

/* The smallest power of two >= @n (and >= 1). */
static size_t pow2_at_least(size_t n)
{
	size_t p = 1;

	while (p < n)
		p *= 2;
	return p;
}

/* ".name = { v, v, ... }," with @n values of @v, then @pad of @fill. */
static void put_u32s(struct kefir_buf *o, const char *name, const uint32_t *v,
		     size_t n, size_t pad, uint32_t fill)
{
	size_t i;

	buf_printf(o, "\t.%s = {", name);
	for (i = 0; i < n + pad; i++)
		buf_printf(o, "%s%" PRIu32 ",", i % 8 ? " " : "\n\t\t",
			   i < n ? v[i] : fill);
	buf_puts(o, "\n\t},\n");
}

/* log2 of the smallest power of two > @n. */
static unsigned int steps_above(size_t n)
{
	unsigned int l = 0;

	while (((size_t)1 << l) <= n)
		l++;
	return l;
}

/*
 * How the segment is searched: with a top table, from top[h] up to
 * top[h + 1] in @steps halvings; without, over @nb bounds (a power of two)
 * in log2(nb) halvings. @nb is also how many bounds the index holds, so
 * that no step can read past them.
 */
struct search {
	size_t nb;
	unsigned int steps;
};

static struct search seg_search(const struct plan_seg *seg)
{
	struct search sr;

	if (seg->top) {
		sr.steps = steps_above(seg->top_span);
		sr.nb = seg->n_ivals + ((size_t)1 << sr.steps);
	} else {
		sr.nb = pow2_at_least(seg->n_ivals);
		sr.steps = steps_above(sr.nb) - 1;
	}
	return sr;
}

/*
 * The segment's tables: the index (interval bounds, padded with
 * 0xffffffff so that no step of the search reads past them, where each
 * interval's candidates start, the candidates, the top table) and the
 * records, each in a read-only section, which libbpf makes a frozen map.
 */
static void emit_seg_tables(struct cgen *cg, const struct plan_seg *seg,
			    size_t b)
{
	struct search sr = seg_search(seg);
	size_t n_top = seg->top ? ((size_t)1 << seg->top_bits) + 1 : 0, r;
	struct kefir_buf *o = cg->out;
	unsigned int k, nw = seg->n_words ? seg->n_words : 1;

	buf_printf(o, "struct kefir_s%zu_rec {\n\t__u32 rule;\n\t__u32 shape;\n\t__u32 action;\n\t__u32 w[%u];\n};\n\n",
		   b, nw);
	buf_printf(o, "static const struct {\n\t__u32 bound[%zu];\n\t__u32 start[%zu];\n\t__u32 cand[%zu];\n",
		   sr.nb, sr.nb + 1, seg->n_cand ? seg->n_cand : 1);
	if (n_top)
		buf_printf(o, "\t__u32 top[%zu];\n", n_top);
	buf_printf(o, "} kefir_s%zu_index SEC(\".rodata.kefir_s%zu_index\") = {\n", b, b);
	put_u32s(o, "bound", seg->bound, seg->n_ivals, sr.nb - seg->n_ivals, UINT32_MAX);
	put_u32s(o, "start", seg->start, seg->n_ivals + 1, sr.nb - seg->n_ivals,
		 (uint32_t)seg->n_cand);
	put_u32s(o, "cand", seg->cand, seg->n_cand, seg->n_cand ? 0 : 1, 0);
	if (n_top)
		put_u32s(o, "top", seg->top, n_top, 0, 0);
	buf_printf(o, "};\n\nstatic const struct kefir_s%zu_rec kefir_s%zu_rec[%zu] SEC(\".rodata.kefir_s%zu_rec\") = {\n",
		   b, b, seg->n_recs, b);
	for (r = 0; r < seg->n_recs; r++) {
		const struct plan_rec *rec = &seg->recs[r];

		buf_printf(o, "\t{ %" PRIu32 ", %" PRIu32 ", %" PRIu32 ", {",
			   rec->rule, rec->shape, rec->action);
		for (k = 0; k < nw; k++)
			buf_printf(o, "%s%" PRIu32, k ? ", " : " ", rec->w[k]);
		buf_puts(o, " } },\n");
	}
	buf_puts(o, "};\n\n");
}

/* The check of shape @s: its rule's tests less the key and common ones. */
static void emit_seg_shape(struct cgen *cg, const struct plan_seg *seg,
			   size_t b, size_t s)
{
	const struct plan_shape *sh = &seg->shapes[s];
	const struct kefir_pred *m = cg->rs->rules[sh->rule]->match;
	size_t k;

	body_begin(cg, "return 0;");
	cg->shape = sh;
	for (k = 0; k < m->n_kids; k++)
		if (!(sh->skip & UINT64_C(1) << k))
			emit_branch(cg, m->kids[k], RET0, false);
	cg->shape = NULL;
	flush_funcs(cg);
	buf_printf(cg->out, "/* Shape %zu, as ", s);
	put_rule_title(cg, sh->rule);
	buf_printf(cg->out, " */\nstatic __always_inline int kefir_s%zu_shape%zu(const struct kefir_pkt *p,\n"
		   "\t\t\t\t\t\tconst struct kefir_s%zu_rec *r)\n{\n", b, s, b);
	body_end(cg);
	buf_puts(cg->out, "\t(void)r;\n\treturn 1;\n}\n\n");
}

/* True if a test of @p reads an ipv6_find_hdr() walk. */
static bool pred_uses_finds(const struct kefir_pred *p)
{
	size_t i;

	if (p->kind == KEFIR_PRED_TEST && l4_is_find(p->test.l4))
		return true;
	for (i = 0; i < p->n_kids; i++)
		if (pred_uses_finds(p->kids[i]))
			return true;
	return false;
}

/*
 * The call of kefir_walks() the functions of @seg need (the walks a
 * segment's tests read are computed afresh in each of its functions), or
 * "" when none of its tests reads one.
 */
static const char *walks_stmt(const struct cgen *cg, const struct plan_seg *seg)
{
	size_t i;
	bool uses = l4_is_find(seg->key.l4);

	for (i = 0; !uses && i < seg->n_common; i++)
		uses = pred_uses_finds(seg->common[i]);
	for (i = 0; !uses && i < seg->n_shapes; i++)
		uses = pred_uses_finds(cg->rs->rules[seg->shapes[i].rule]->match);
	return uses ? "\tkefir_walks(&pk);\n" : "";
}

/* The function that checks record @c and returns its rule's verdict. */
static void emit_seg_check(struct cgen *cg, const struct plan_seg *seg, size_t b)
{
	const struct hook_info *h = &hooks[cg->hook];
	size_t s, a;

	buf_printf(cg->out, "/* The verdict of record @c's rule when it matches, else KEFIR_NONE. */\n"
		   "__attribute__((noinline)) int kefir_s%zu_check(%s *ctx, __u32 c)\n{\n"
		   "\tconst struct kefir_s%zu_rec *r;\n\tstruct kefir_pkt pk;\n\t__u64 k;\n"
		   "\tconst struct kefir_pkt *p = kefir_pkt(&pk, ctx);\n\tint m = 0;\n\n%s"
		   "\tk = c;\n\tasm volatile(\"\" : \"+r\"(k));\n"
		   "\tif (k >= %zu)\n\t\treturn KEFIR_NONE;\n\tr = &kefir_s%zu_rec[k];\n"
		   "\tswitch (r->shape) {\n",
		   b, h->ctx, b, walks_stmt(cg, seg), seg->n_recs, b);
	for (s = 0; s < seg->n_shapes; s++)
		buf_printf(cg->out, "\tcase %zu:\n\t\tm = kefir_s%zu_shape%zu(p, r);\n\t\tbreak;\n",
			   s, b, s);
	buf_puts(cg->out, "\t}\n\tif (!m)\n\t\treturn KEFIR_NONE;\n\tswitch (r->action) {\n");
	for (a = 0; a < seg->n_actions; a++) {
		buf_printf(cg->out, "\tcase %zu:\n\t\treturn kefir_count(r->rule, p->len, ", a);
		put_verdict(cg, seg->actions[a]);
		buf_puts(cg->out, ");\n");
	}
	buf_puts(cg->out, "\t}\n\treturn KEFIR_NONE;\n}\n\n");
}

/*
 * The search for the last interval that starts at or below the key: from
 * the top table's entry, or over all the bounds; unrolled steps whose
 * every read the verifier can bound. Leaves the interval in "pos".
 */
static void emit_seg_lookup(struct cgen *cg, const struct plan_seg *seg,
			    size_t b)
{
	struct search sr = seg_search(seg);
	size_t step;

	buf_puts(cg->out, "\t/* the last interval that starts at or below the key */\n");
	if (seg->top) {
		buf_printf(cg->out, "\tn = (key >> %u) & 0x%zx;\n"
			   "\tk = kefir_s%zu_index.top[n];\n\tlim = kefir_s%zu_index.top[n + 1];\n"
			   "\tasm volatile(\"\" : \"+r\"(k));\n"
			   "\tif (k >= %zu)\n\t\treturn KEFIR_NONE;\n\tpos = k;\n",
			   seg->top_shift, ((size_t)1 << seg->top_bits) - 1, b, b,
			   seg->n_ivals);
	} else {
		buf_printf(cg->out, "\tlim = %zu;\n", seg->n_ivals - 1);
	}
	/*
	 * Branch-free steps: d and e are negative when the bound is past the
	 * key or the step past lim, so the verifier follows one path (with
	 * branches, every key would be a path of its own: 2^steps of them).
	 */
	for (step = sr.steps ? (size_t)1 << (sr.steps - 1) : 0; step; step /= 2)
		buf_printf(cg->out, "\td = (__u64)key - kefir_s%zu_index.bound[pos + %zu];\n"
			   "\te = (__u64)lim - (pos + %zu);\n"
			   "\tasm volatile(\"\" : \"+r\"(d), \"+r\"(e));\n"
			   "\tpos += %zu & (((d | e) >> 63) - 1);\n",
			   b, step, step, step);
}

/*
 * The segment's function: the common tests and the key read (when one
 * fails or falls off, no rule of the segment matches), the search for the
 * key's interval, and its candidates checked in rule order.
 */
static void emit_seg_search(struct cgen *cg, const struct plan_seg *seg, size_t b)
{
	const struct hook_info *h = &hooks[cg->hook];
	struct words w;
	size_t k;

	body_begin(cg, "return KEFIR_NONE;");
	for (k = 0; k < seg->n_common; k++)
		emit_branch(cg, seg->common[k], RET0, false);
	buf_printf(&cg->body, "\t/* the key: %s */\n", field_info(seg->key.field)->name);
	read_field(cg, &seg->key, &w);
	flush_fall(cg);
	buf_printf(&cg->body, "\tkey = %s;\n", w.expr[0]);
	flush_funcs(cg);
	buf_printf(cg->out, "/* Rules %" PRIu32 " to %" PRIu32 ": %zu records keyed on %s, %zu intervals, at most %zu candidates each. */\n"
		   "__attribute__((noinline)) int kefir_seg_%zu(%s *ctx)\n{\n"
		   "\tstruct kefir_pkt pk;\n\tconst struct kefir_pkt *p = kefir_pkt(&pk, ctx);\n"
		   "\t__u32 key, pos = 0, lim, i, end, n;\n\t__u64 k, d, e;\n\tint verdict;\n\n%s",
		   seg->recs[0].rule, seg->recs[seg->n_recs - 1].rule, seg->n_recs,
		   field_info(seg->key.field)->name, seg->n_ivals, seg->max_cand,
		   b, h->ctx, walks_stmt(cg, seg));
	body_end(cg);
	emit_seg_lookup(cg, seg, b);
	buf_printf(cg->out, "\tk = pos;\n\tasm volatile(\"\" : \"+r\"(k));\n"
		   "\tif (k >= %zu)\n\t\treturn KEFIR_NONE;\n"
		   "\ti = kefir_s%zu_index.start[k];\n\tend = kefir_s%zu_index.start[k + 1];\n"
		   "\tfor (n = 0; n < %zu; n++, i++) {\n"
		   "\t\t/* checked and used in one register, for the verifier */\n"
		   "\t\tk = i;\n\t\tasm volatile(\"\" : \"+r\"(k));\n"
		   "\t\tif (k >= end || k >= %zu)\n\t\t\tbreak;\n"
		   "\t\tverdict = kefir_s%zu_check(ctx, kefir_s%zu_index.cand[k]);\n"
		   "\t\tif (verdict != KEFIR_NONE)\n\t\t\treturn verdict;\n\t}\n"
		   "\treturn KEFIR_NONE;\n}\n\n",
		   seg_search(seg).nb, b, b, seg->max_cand ? seg->max_cand : 1,
		   seg->n_cand ? seg->n_cand : 1, b, b);
}

static void emit_segment(struct cgen *cg, size_t b)
{
	const struct plan_seg *seg = cg->plan->blocks[b].seg;
	size_t s;

	emit_seg_tables(cg, seg, b);
	for (s = 0; s < seg->n_shapes; s++)
		emit_seg_shape(cg, seg, b, s);
	emit_seg_check(cg, seg, b);
	emit_seg_search(cg, seg, b);
}

/* The rule functions of linear blocks and the functions of segments. */
static void emit_blocks(struct cgen *cg)
{
	const struct kefir_plan *plan = cg->plan;
	size_t b, i, n_segs = 0;

	cg->seg_limit = plan->n_blocks;
	for (b = 0; b < plan->n_blocks; b++)
		if (plan->blocks[b].seg && n_segs++ == MAX_SEGMENTS)
			cg->seg_limit = b;
	for (b = 0; b < plan->n_blocks; b++) {
		if (block_is_seg(cg, b)) {
			emit_segment(cg, b);
			continue;
		}
		for (i = plan->blocks[b].first; i < plan->blocks[b].last; i++)
			if (!plan_rule_dead(plan, i))
				emit_rule(cg, i);
	}
}

/* ------------------------------------------------------------------------ */
/* Entry point                                                              */
/* ------------------------------------------------------------------------ */

/* Refuses an action BPF cannot express; @index is the rule (n: default). */
static int check_action(const struct kefir_ruleset *rs, size_t index,
			const struct kefir_action *a, struct kefir_diag *diag)
{
	if (a->kind == KEFIR_ACTION_HANDLER)
		return diag_rule_error(diag, rs, index,
				       "cannot express action 'handler' in bpf-c: handlers exist only in the native dispatcher");
	if (a->kind == KEFIR_ACTION_REDIRECT && !a->ifindex)
		return diag_rule_error(diag, rs, index,
				       "cannot express action 'redirect' in bpf-c: interface '%s' is named, and BPF needs its index",
				       a->name ? a->name : "");
	if (a->kind >= KEFIR_ACTION_MAX)
		return diag_rule_error(diag, rs, index,
				       "cannot express an unknown action in bpf-c");
	return 0;
}

static int check_actions(const struct kefir_ruleset *rs, struct kefir_diag *diag)
{
	int err = 0, e;
	size_t i;

	for (i = 0; i < rs->n_rules; i++)
		if ((e = check_action(rs, i, &rs->rules[i]->action, diag)))
			err = e;
	if ((e = check_action(rs, rs->n_rules, &rs->default_action, diag)))
		err = e;
	return err;
}

static int emit_bpf_c(const struct kefir_ruleset *rs,
		      const struct kefir_emit_opts *opts, struct kefir_buf *out,
		      struct kefir_diag *diag)
{
	struct cgen cg = { .rs = rs, .hook = opts->hook, .out = out,
			   .ret0 = "return 0;" };
	struct kefir_plan *plan;
	char found[128];
	size_t i;
	int err;

	if (opts->hook != KEFIR_HOOK_XDP && opts->hook != KEFIR_HOOK_TC)
		return diag_error(diag, NULL, NULL, "bpf-c: unknown hook %d",
				  (int)opts->hook);
	err = check_actions(rs, diag);
	if (!err)
		err = plan_build(rs, opts->flags & KEFIR_EMIT_LINEAR, &plan);
	if (err)
		return err;
	cg.plan = plan;
	emit_header(&cg);
	for (i = 0; i < rs->n_rules; i++)
		collect_finds(&cg, rs->rules[i]->match);
	snprintf(found, sizeof(found), "\t/* what kefir_walks() found: ipv6_find_hdr() */\n"
		 "\tstruct {\n\t\t__u32 ok, rec, l4;\n\t} found[%u];\n",
		 cg.n_finds);
	buf_printf(out, prelude, cg.hook == KEFIR_HOOK_TC ? tc_defines : "",
		   rs->n_rules, rs->n_rules + 1, cg.n_finds ? found : "",
		   MAX_OFF, MAX_OFF);
	buf_printf(out, "%s\n", hooks[cg.hook].reader);
	emit_walks(&cg);
	emit_blocks(&cg);
	emit_dispatcher(&cg);
	err = buf_status(&cg.body) ? buf_status(&cg.body) : buf_status(&cg.fall);
	buf_free(&cg.body);
	buf_free(&cg.fall);
	buf_free(&cg.funcs);
	plan_free(plan);
	return err ? err : buf_status(out);
}

const struct kefir_backend kefir_backend_bpf_c = {
	.name = "bpf-c",
	.summary = "BPF C for XDP or TC, to build with clang -target bpf",
	.emit = emit_bpf_c,
};
