/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * cbpf.c - the classic BPF back-end: one program for a whole ruleset, with
 * first-match semantics. Accepting actions return the snap length, drop
 * returns 0; an action cBPF cannot express refuses the ruleset.
 *
 * Predicates compile to short-circuit code with true and false labels (one
 * jump per test, no boolean values). A read past the packet, or a division
 * by zero, makes classic BPF return 0 from the whole program while the IR
 * fails only the rule: when every later outcome is "drop" that is the same
 * thing, and the code stays as compact as libpcap's; otherwise the rule is
 * "checked": the loads are preceded by "ld len" tests (hoisted to the rule's
 * start for the bytes every match reads) and divisors are tested for zero,
 * so a failing read jumps to the next rule. The length tests read the wire
 * length, which is the available length in the kernel (SO_ATTACH_FILTER, tc,
 * iptables); a truncated capture under libpcap still ends the program.
 * cbpf_opt.c then threads jumps and removes what the facts make redundant.
 *
 * With KEFIR_EMIT_CBPF_RULE_INDEX, rule I returns I + 1 and the default 0,
 * so the program names the deciding rule (kefirc run --engine cbpf). Every
 * return but the default's is then non-zero, so every rule but the last is
 * checked, and a fault (0) can only end the last rule, where the IR goes to
 * the default too. The optimizer keeps returns of different values apart.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cbpf.h"

#define MEM_SLOTS BPF_MEMWORDS	/* scratch words M[0..15] */
#define MAX_VAR_OFFSET 0x7fff0000u	/* variable offsets beyond are off */

struct gen {
	const struct kefir_ruleset *rs;
	struct cbpf_prog prog;
	int64_t *labels;	/* label -> instruction index, -1 unbound */
	size_t n_labels, cap_labels;
	uint32_t snaplen;
	bool checked;		/* this rule's loads need length tests */
	uint32_t covered;	/* bytes the rule's hoisted test guarantees */
	size_t fell;		/* label: where a failed read goes */
	size_t ret_accept, ret_drop;	/* labels of "ret #snaplen", "ret #0" */
	bool rule_index;	/* KEFIR_EMIT_CBPF_RULE_INDEX */
	size_t ret_rules;	/* rule_index: the label of rule 0's return;
				 * rule I's is ret_rules + I */
	unsigned int n_mem;	/* scratch words in use */
	size_t rule;		/* the rule being compiled, for messages */
	bool too_deep;
	struct cbpf_tree tree;	/* owns the rules' trees */
	int err;
};

static size_t new_label(struct gen *g)
{
	if (array_reserve((void **)&g->labels, &g->cap_labels,
			  sizeof(*g->labels), g->n_labels + 1)) {
		g->err = -ENOMEM;
		return 0;
	}
	g->labels[g->n_labels] = -1;
	return g->n_labels++;
}

static void bind(struct gen *g, size_t label)
{
	if (!g->err)
		g->labels[label] = (int64_t)g->prog.n;
}

static void emit_full(struct gen *g, uint16_t code, uint32_t k, uint32_t jt,
		      uint32_t jf)
{
	struct cbpf_prog *p = &g->prog;

	if (g->err)
		return;
	if (array_reserve((void **)&p->insns, &p->cap, sizeof(*p->insns),
			  p->n + 1)) {
		g->err = -ENOMEM;
		return;
	}
	p->insns[p->n++] = (struct cbpf_insn){ code, k, jt, jf };
}

static void emit(struct gen *g, uint16_t code, uint32_t k)
{
	emit_full(g, code, k, 0, 0);
}

/* A conditional jump to labels @lt / @lf (resolved by resolve_labels()). */
static void emit_jump(struct gen *g, uint16_t op, uint32_t k, size_t lt,
		      size_t lf)
{
	emit_full(g, BPF_JMP | op, k, (uint32_t)lt, (uint32_t)lf);
}

static void emit_ja(struct gen *g, size_t label)
{
	emit_full(g, BPF_JMP | BPF_JA, 0, (uint32_t)label, 0);
}

/* ------------------------------------------------------------------------ */
/* Loads                                                                    */
/* ------------------------------------------------------------------------ */

static const uint16_t size_mode[5] = {
	[1] = BPF_B, [2] = BPF_H, [4] = BPF_W,
};

/* In a checked rule: fails unless the packet holds @end bytes. */
static void check_len(struct gen *g, uint32_t end)
{
	size_t ok;

	if (!g->checked || end <= g->covered)
		return;
	ok = new_label(g);
	emit(g, BPF_LD | BPF_W | BPF_LEN, 0);
	emit_jump(g, BPF_JGE | BPF_K, end, ok, g->fell);
	bind(g, ok);
}

/* In a checked rule: fails unless the packet holds X + @end bytes. */
static void check_len_x(struct gen *g, uint32_t end)
{
	size_t ok1, ok2;

	if (!g->checked)
		return;
	ok1 = new_label(g);
	ok2 = new_label(g);
	emit(g, BPF_LD | BPF_W | BPF_LEN, 0);
	emit_jump(g, BPF_JGE | BPF_X, 0, ok1, g->fell);
	bind(g, ok1);
	emit(g, BPF_ALU | BPF_SUB | BPF_X, 0);
	emit_jump(g, BPF_JGE | BPF_K, end, ok2, g->fell);
	bind(g, ok2);
}

/* A = @size bytes at the absolute offset @off. */
static void load_abs(struct gen *g, uint32_t off, unsigned int size)
{
	check_len(g, off + size);
	emit(g, BPF_LD | size_mode[size] | BPF_ABS, off);
}

/* A = @size bytes at X + @off. */
static void load_ind(struct gen *g, uint32_t off, unsigned int size)
{
	check_len_x(g, off + size);
	emit(g, BPF_LD | size_mode[size] | BPF_IND, off);
}

/* X = 4 * IHL of the IPv4 header at @net_off. */
static void load_ihl(struct gen *g, unsigned int net_off)
{
	check_len(g, net_off + 1);
	emit(g, BPF_LDX | BPF_B | BPF_MSH, net_off);
}

/* A = @size bytes at @off from @anchor of test @t (a constant offset). */
static void load_at(struct gen *g, const struct kefir_test *t,
		    enum kefir_anchor anchor, uint32_t off, unsigned int size)
{
	switch (anchor) {
	case KEFIR_ANCHOR_LINK:
		load_abs(g, off, size);
		break;
	case KEFIR_ANCHOR_NET:
		load_abs(g, t->net_off + off, size);
		break;
	case KEFIR_ANCHOR_L4:
		/* IPv6 as X = 40, so that its code is IPv4's and merges */
		if (t->l4 == KEFIR_L4_IP6)
			emit(g, BPF_LDX | BPF_IMM, 40);
		else
			load_ihl(g, t->net_off);
		load_ind(g, t->net_off + off, size);
		break;
	case KEFIR_ANCHOR_META:
		emit(g, BPF_LD | BPF_W | BPF_LEN, 0);
		break;
	case KEFIR_ANCHOR_WALK:	/* refused by check_tests() */
		g->err = -EINVAL;
		break;
	}
}

/* ------------------------------------------------------------------------ */
/* Field tests                                                              */
/* ------------------------------------------------------------------------ */

/* A chunk of a field of up to 16 bytes, loaded as one word. */
struct chunk {
	unsigned int off;	/* from the field's start */
	unsigned int size;
};

/* Splits a field into loads, most significant first. */
static size_t field_chunks(unsigned int bytes, struct chunk out[4])
{
	size_t n = 0;
	unsigned int off = 0;

	if (bytes == 6) {
		out[n++] = (struct chunk){ 0, 2 };
		off = 2;
	}
	for (; off < bytes; off += 4)
		out[n++] = (struct chunk){ off, bytes - off < 4 ? bytes - off : 4 };
	return n;
}

static uint32_t chunk_of(const struct kefir_value *v, const struct chunk *c)
{
	uint32_t x = 0;
	unsigned int i;

	for (i = 0; i < c->size; i++)
		x = (x << 8) | v->b[c->off + i];
	return x;
}

static uint32_t full_mask(unsigned int size)
{
	return size == 4 ? 0xffffffffu : (1u << (8 * size)) - 1;
}

/* A = chunk @c of @t's field, masked by @mask (non-zero). */
static void load_chunk(struct gen *g, const struct kefir_test *t,
		       const struct chunk *c, uint32_t mask)
{
	const struct kefir_field_info *fi = field_info(t->field);

	load_at(g, t, fi->anchor, (uint32_t)fi->offset + c->off, c->size);
	if (mask != full_mask(c->size))
		emit(g, BPF_ALU | BPF_AND | BPF_K, mask);
}

/* The mask of chunk @c of @t: the field's bits under the test's mask. */
static uint32_t chunk_mask(const struct kefir_test *t, const struct chunk *c,
			   bool with_test_mask)
{
	const struct kefir_field_info *fi = field_info(t->field);
	uint32_t m = fi->mask ? fi->mask : full_mask(c->size);

	if (!with_test_mask)
		return m;
	if (fi->bytes <= 4)
		return m & (uint32_t)(value_to_u64(&t->mask, fi->bytes) << fi->shift);
	return m & chunk_of(&t->mask, c);
}

static uint32_t chunk_value(const struct kefir_test *t,
			    const struct kefir_value *v, const struct chunk *c)
{
	const struct kefir_field_info *fi = field_info(t->field);

	if (fi->bytes <= 4)
		return (uint32_t)(value_to_u64(v, fi->bytes) << fi->shift);
	return chunk_of(v, c);
}

/* Reads the last bytes of @t's field: a test that needs no compare still
 * fails on a packet too short for the field. */
static void touch_field(struct gen *g, const struct kefir_test *t)
{
	const struct kefir_field_info *fi = field_info(t->field);
	struct chunk c[4];
	size_t n = field_chunks(fi->bytes, c);

	load_chunk(g, t, &c[n - 1], full_mask(c[n - 1].size));
}

/* Jumps to @lt if (chunk & m) == x, to @lf otherwise. */
static void gen_chunk_eq(struct gen *g, const struct kefir_test *t,
			 const struct chunk *c, uint32_t m, uint32_t x,
			 size_t lt, size_t lf)
{
	bool one_bit = !(m & (m - 1)) && m != full_mask(c->size);

	if (one_bit) {
		/* one bit: jset, as libpcap does */
		load_chunk(g, t, c, full_mask(c->size));
		emit_jump(g, BPF_JSET | BPF_K, m, x ? lt : lf, x ? lf : lt);
		return;
	}
	load_chunk(g, t, c, x ? m : full_mask(c->size));
	if (x || m == full_mask(c->size))
		emit_jump(g, BPF_JEQ | BPF_K, x, lt, lf);
	else	/* (A & m) == 0 */
		emit_jump(g, BPF_JSET | BPF_K, m, lf, lt);
}

/*
 * (field & mask) == value: one load and compare per chunk, the last chunk
 * first: the interpreter reads the whole field before comparing, so a field
 * that falls off the packet must fail before any chunk can decide.
 */
static void gen_field_eq(struct gen *g, const struct kefir_test *t,
			 const struct kefir_value *value, size_t lt, size_t lf)
{
	struct chunk c[4];
	size_t n = field_chunks(field_info(t->field)->bytes, c), i, first = n;
	size_t next, last = n;
	uint32_t m;

	for (i = 0; i < n; i++)
		if (chunk_mask(t, &c[i], true)) {
			first = first == n ? i : first;
			last = i;
		}
	if (last != n - 1)
		touch_field(g, t);
	if (last == n) {
		emit_ja(g, lt);
		return;
	}
	for (i = n; i-- > first;) {
		m = chunk_mask(t, &c[i], true);
		if (!m)
			continue;
		next = i == first ? lt : new_label(g);
		gen_chunk_eq(g, t, &c[i], m, chunk_value(t, value, &c[i]) & m,
			     next, lf);
		if (i != first)
			bind(g, next);
	}
}

/* (field & mask) is one of the set values. */
static void gen_field_set(struct gen *g, const struct kefir_test *t,
			  size_t lt, size_t lf)
{
	const struct kefir_field_info *fi = field_info(t->field);
	struct chunk c = { 0, fi->bytes };
	uint32_t m;
	size_t i, next;

	if (fi->bytes > 4) {
		for (i = 0; i < t->n_set; i++) {
			next = i + 1 < t->n_set ? new_label(g) : lf;
			gen_field_eq(g, t, &t->set[i], lt, next);
			if (next != lf)
				bind(g, next);
		}
		if (!t->n_set)
			emit_ja(g, lf);
		return;
	}
	m = chunk_mask(t, &c, true);
	if (!t->n_set || !m) {
		touch_field(g, t);
		emit_ja(g, t->n_set ? lt : lf);
		return;
	}
	load_chunk(g, t, &c, m);
	for (i = 0; i < t->n_set; i++) {
		next = i + 1 < t->n_set ? new_label(g) : lf;
		emit_jump(g, BPF_JEQ | BPF_K, chunk_value(t, &t->set[i], &c) & m,
			  lt, next);
		if (next != lf)
			bind(g, next);
	}
}

/* field >= min (@ge) or field <= max, compared chunk by chunk. */
static void gen_lex(struct gen *g, const struct kefir_test *t,
		    const struct kefir_value *bound, bool ge, size_t lt,
		    size_t lf)
{
	struct chunk c[4];
	size_t n = field_chunks(field_info(t->field)->bytes, c), i, next;
	uint32_t x, m;

	for (i = 0; i < n; i++) {
		m = chunk_mask(t, &c[i], false);
		x = chunk_value(t, bound, &c[i]) & m;
		load_chunk(g, t, &c[i], m);
		if (i + 1 == n) {
			if (ge)
				emit_jump(g, BPF_JGE | BPF_K, x, lt, lf);
			else
				emit_jump(g, BPF_JGT | BPF_K, x, lf, lt);
			break;
		}
		next = new_label(g);
		if (ge)
			emit_jump(g, BPF_JGT | BPF_K, x, lt, next);
		else
			emit_jump(g, BPF_JGT | BPF_K, x, lf, next);
		bind(g, next);
		next = new_label(g);
		emit_jump(g, BPF_JEQ | BPF_K, x, next, ge ? lf : lt);
		bind(g, next);
	}
}

/* min <= field <= max, skipping a bound that holds for every value. */
static void gen_field_range(struct gen *g, const struct kefir_test *t,
			    size_t lt, size_t lf)
{
	const struct kefir_field_info *fi = field_info(t->field);
	struct kefir_value zero = { 0 }, top;
	bool need_min, need_max;
	size_t mid;

	value_full_mask(&top, t->field);
	need_min = value_cmp(&t->value, &zero, fi->bytes) > 0;
	need_max = value_cmp(&t->max, &top, fi->bytes) < 0;
	if (!need_min && !need_max) {
		touch_field(g, t);
		emit_ja(g, lt);
		return;
	}
	mid = new_label(g);
	if (fi->bytes > 4)	/* the whole field must be there, as above */
		touch_field(g, t);
	if (need_min)
		gen_lex(g, t, &t->value, true, need_max ? mid : lt, lf);
	bind(g, mid);
	if (need_max)
		gen_lex(g, t, &t->max, false, lt, lf);
}

static void gen_field(struct gen *g, const struct kefir_test *t, size_t lt,
		      size_t lf)
{
	switch (t->op) {
	case KEFIR_OP_EQ:
		gen_field_eq(g, t, &t->value, lt, lf);
		break;
	case KEFIR_OP_RANGE:
		gen_field_range(g, t, lt, lf);
		break;
	case KEFIR_OP_SET:
		gen_field_set(g, t, lt, lf);
		break;
	default:
		break;
	}
}

/* ------------------------------------------------------------------------ */
/* Relations                                                                */
/* ------------------------------------------------------------------------ */

static const uint16_t alu_op[KEFIR_BINOP_MAX] = {
	[KEFIR_BINOP_ADD] = BPF_ADD, [KEFIR_BINOP_SUB] = BPF_SUB,
	[KEFIR_BINOP_MUL] = BPF_MUL, [KEFIR_BINOP_DIV] = BPF_DIV,
	[KEFIR_BINOP_MOD] = BPF_MOD, [KEFIR_BINOP_AND] = BPF_AND,
	[KEFIR_BINOP_OR] = BPF_OR,   [KEFIR_BINOP_XOR] = BPF_XOR,
	[KEFIR_BINOP_LSH] = BPF_LSH, [KEFIR_BINOP_RSH] = BPF_RSH,
};

/* Folds @e to a constant when it reads nothing and cannot fail. */
static bool fold(const struct kefir_expr *e, uint32_t *out)
{
	uint32_t a, b;

	switch (e->kind) {
	case KEFIR_EXPR_CONST:
		*out = e->k;
		return true;
	case KEFIR_EXPR_NEG:
		if (!fold(e->a, &a))
			return false;
		*out = -a;
		return true;
	case KEFIR_EXPR_BINARY:
		if (!fold(e->a, &a) || !fold(e->b, &b))
			return false;
		if ((e->op == KEFIR_BINOP_DIV || e->op == KEFIR_BINOP_MOD) && !b)
			return false;
		switch (e->op) {
		case KEFIR_BINOP_ADD: *out = a + b; break;
		case KEFIR_BINOP_SUB: *out = a - b; break;
		case KEFIR_BINOP_MUL: *out = a * b; break;
		case KEFIR_BINOP_DIV: *out = a / b; break;
		case KEFIR_BINOP_MOD: *out = a % b; break;
		case KEFIR_BINOP_AND: *out = a & b; break;
		case KEFIR_BINOP_OR:  *out = a | b; break;
		case KEFIR_BINOP_XOR: *out = a ^ b; break;
		case KEFIR_BINOP_LSH: *out = b < 32 ? a << b : 0; break;
		case KEFIR_BINOP_RSH: *out = b < 32 ? a >> b : 0; break;
		default: return false;
		}
		return true;
	default:
		return false;
	}
}

static void gen_expr(struct gen *g, const struct kefir_test *t,
		     const struct kefir_expr *e);

/* Takes a scratch word, or notes that the expression is too deep. */
static unsigned int mem_take(struct gen *g)
{
	if (g->n_mem >= MEM_SLOTS) {
		g->too_deep = true;
		return MEM_SLOTS - 1;
	}
	return g->n_mem++;
}

/* A = the load @e, whose offset is not a constant. */
static void gen_load_var(struct gen *g, const struct kefir_test *t,
			 const struct kefir_expr *e)
{
	size_t ok = new_label(g);
	uint32_t base = e->anchor == KEFIR_ANCHOR_LINK ? 0 : t->net_off;
	unsigned int slot;

	gen_expr(g, t, e->a);
	emit_jump(g, BPF_JGE | BPF_K, MAX_VAR_OFFSET, g->fell, ok);
	bind(g, ok);
	if (e->anchor == KEFIR_ANCHOR_L4 && t->l4 == KEFIR_L4_IP6)
		base += 40;
	if (e->anchor == KEFIR_ANCHOR_L4 && t->l4 == KEFIR_L4_IP4) {
		slot = mem_take(g);
		emit(g, BPF_ST, slot);
		load_ihl(g, t->net_off);
		emit(g, BPF_LD | BPF_MEM, slot);
		emit(g, BPF_ALU | BPF_ADD | BPF_X, 0);
		g->n_mem--;
	}
	emit(g, BPF_MISC | BPF_TAX, 0);
	load_ind(g, base, e->size);
}

/* A = a op b, where b is not a constant. */
static void gen_binary_var(struct gen *g, const struct kefir_test *t,
			   const struct kefir_expr *e)
{
	unsigned int slot = mem_take(g);
	bool shift = e->op == KEFIR_BINOP_LSH || e->op == KEFIR_BINOP_RSH;
	size_t ok = new_label(g), big = new_label(g), done = new_label(g);

	gen_expr(g, t, e->a);
	emit(g, BPF_ST, slot);
	gen_expr(g, t, e->b);
	if (e->op == KEFIR_BINOP_DIV || e->op == KEFIR_BINOP_MOD)
		emit_jump(g, BPF_JEQ | BPF_K, 0, g->fell, ok);
	else if (shift)
		emit_jump(g, BPF_JGE | BPF_K, 32, big, ok);
	bind(g, ok);
	emit(g, BPF_MISC | BPF_TAX, 0);
	emit(g, BPF_LD | BPF_MEM, slot);
	emit(g, BPF_ALU | alu_op[e->op] | BPF_X, 0);
	g->n_mem--;
	if (!shift)
		return;
	emit_ja(g, done);
	bind(g, big);
	emit(g, BPF_LD | BPF_IMM, 0);
	bind(g, done);
}

/* A = a op k. */
static void gen_binary_const(struct gen *g, const struct kefir_test *t,
			     const struct kefir_expr *e, uint32_t k)
{
	gen_expr(g, t, e->a);
	if ((e->op == KEFIR_BINOP_DIV || e->op == KEFIR_BINOP_MOD) && !k) {
		emit_ja(g, g->fell);
		bind(g, new_label(g));
		return;
	}
	if ((e->op == KEFIR_BINOP_LSH || e->op == KEFIR_BINOP_RSH) && k >= 32) {
		emit(g, BPF_LD | BPF_IMM, 0);
		return;
	}
	emit(g, BPF_ALU | alu_op[e->op] | BPF_K, k);
}

/* A = @e, evaluated for test @t; X and scratch words are clobbered. */
static void gen_expr(struct gen *g, const struct kefir_test *t,
		     const struct kefir_expr *e)
{
	uint32_t k;

	if (fold(e, &k)) {
		emit(g, BPF_LD | BPF_IMM, k);
		return;
	}
	switch (e->kind) {
	case KEFIR_EXPR_LEN:
		emit(g, BPF_LD | BPF_W | BPF_LEN, 0);
		break;
	case KEFIR_EXPR_LOAD:
		if (fold(e->a, &k) && k < MAX_VAR_OFFSET)
			load_at(g, t, e->anchor, k, e->size);
		else
			gen_load_var(g, t, e);
		break;
	case KEFIR_EXPR_NEG:
		gen_expr(g, t, e->a);
		emit(g, BPF_ALU | BPF_NEG, 0);
		break;
	case KEFIR_EXPR_BINARY:
		if (fold(e->b, &k))
			gen_binary_const(g, t, e, k);
		else
			gen_binary_var(g, t, e);
		break;
	default:
		break;
	}
}

/* How each relation jumps: op, and whether its targets are swapped. */
static const struct {
	uint16_t op;
	bool swap;
} rel_jump[KEFIR_RELOP_MAX] = {
	[KEFIR_RELOP_EQ] = { BPF_JEQ, false }, [KEFIR_RELOP_NE] = { BPF_JEQ, true },
	[KEFIR_RELOP_LT] = { BPF_JGE, true },  [KEFIR_RELOP_LE] = { BPF_JGT, true },
	[KEFIR_RELOP_GT] = { BPF_JGT, false }, [KEFIR_RELOP_GE] = { BPF_JGE, false },
};

static void gen_rel(struct gen *g, const struct kefir_test *t, size_t lt,
		    size_t lf)
{
	uint16_t op = rel_jump[t->relop].op;
	size_t jt = rel_jump[t->relop].swap ? lf : lt;
	size_t jf = rel_jump[t->relop].swap ? lt : lf;
	unsigned int slot;
	uint32_t k;

	if (fold(t->rhs, &k) && !k && rel_jump[t->relop].op == BPF_JEQ &&
	    t->lhs->kind == KEFIR_EXPR_BINARY && t->lhs->op == KEFIR_BINOP_AND &&
	    fold(t->lhs->b, &k)) {
		/* (a & k) == 0, (a & k) != 0: jset */
		gen_expr(g, t, t->lhs->a);
		emit_jump(g, BPF_JSET | BPF_K, k, jf, jt);
		return;
	}
	if (fold(t->rhs, &k)) {
		gen_expr(g, t, t->lhs);
		emit_jump(g, op | BPF_K, k, jt, jf);
		return;
	}
	slot = mem_take(g);
	gen_expr(g, t, t->lhs);
	emit(g, BPF_ST, slot);
	gen_expr(g, t, t->rhs);
	emit(g, BPF_MISC | BPF_TAX, 0);
	emit(g, BPF_LD | BPF_MEM, slot);
	emit_jump(g, op | BPF_X, 0, jt, jf);
	g->n_mem--;
}

/* ------------------------------------------------------------------------ */
/* Predicates and rules                                                     */
/* ------------------------------------------------------------------------ */

/* True if field tests @a and @b read the same bytes. */
static bool same_reads(const struct cbpf_node *a, const struct cbpf_node *b)
{
	const struct kefir_field_info *fa, *fb;

	if (a->kind != KEFIR_PRED_TEST || b->kind != KEFIR_PRED_TEST ||
	    a->test->kind != KEFIR_TEST_FIELD || b->test->kind != KEFIR_TEST_FIELD)
		return false;
	fa = field_info(a->test->field);
	fb = field_info(b->test->field);
	return fa->anchor == fb->anchor && fa->offset == fb->offset &&
	       fa->bytes == fb->bytes && a->test->net_off == b->test->net_off &&
	       (fa->anchor != KEFIR_ANCHOR_L4 || a->test->l4 == b->test->l4);
}

/* True if some kid of @or before @end reads what kid @i reads. */
static bool read_before(const struct cbpf_node *or, size_t i, size_t end)
{
	size_t j;

	for (j = 0; j < end; j++)
		if (same_reads(or->kids[j], or->kids[i]))
			return true;
	return false;
}

/*
 * The order to try the kids of @or in: as written until every read the
 * remaining kids make has been made by an earlier field test (which then
 * cannot fall off any more), then grouped by what they read, the last read
 * first, so that one load serves each group.
 */
static void or_order(const struct cbpf_node *or, size_t *order)
{
	size_t i, j, n = 0, start = or->n_kids, last;

	for (i = 0; i < or->n_kids && start == or->n_kids; i++) {
		for (j = i; j < or->n_kids && read_before(or, j, i); j++)
			;
		if (i && j == or->n_kids)
			start = i;
		else
			order[n++] = i;
	}
	last = n ? order[n - 1] : 0;
	for (i = start; i < or->n_kids; i++)
		if (same_reads(or->kids[i], or->kids[last]))
			order[n++] = i;
	for (i = start; i < or->n_kids; i++) {
		if (same_reads(or->kids[i], or->kids[last]))
			continue;
		for (j = start; j < i && !same_reads(or->kids[j], or->kids[i]); j++)
			;
		if (j < i)
			continue;	/* placed with its group */
		for (j = i; j < or->n_kids; j++)
			if (same_reads(or->kids[j], or->kids[i]))
				order[n++] = j;
	}
}

static void gen_node(struct gen *g, const struct cbpf_node *node, size_t lt,
		     size_t lf);

/* Jumps to @lt when any kid holds, in the order or_order() gives. */
static void gen_or(struct gen *g, const struct cbpf_node *or, size_t lt,
		   size_t lf)
{
	size_t *order = calloc(or->n_kids, sizeof(*order)), i, next;

	if (!order) {
		g->err = -ENOMEM;
		return;
	}
	or_order(or, order);
	for (i = 0; i < or->n_kids; i++) {
		next = i + 1 == or->n_kids ? lf : new_label(g);
		gen_node(g, or->kids[order[i]], lt, next);
		if (next != lf)
			bind(g, next);
	}
	free(order);
}

/* Jumps to @lt when @node holds, to @lf when not. */
static void gen_node(struct gen *g, const struct cbpf_node *node, size_t lt,
		     size_t lf)
{
	size_t i, next;

	switch (node->kind) {
	case KEFIR_PRED_TRUE:
		emit_ja(g, lt);
		break;
	case KEFIR_PRED_FALSE:
		emit_ja(g, lf);
		break;
	case KEFIR_PRED_TEST:
		if (node->test->kind == KEFIR_TEST_FIELD)
			gen_field(g, node->test, lt, lf);
		else
			gen_rel(g, node->test, lt, lf);
		break;
	case KEFIR_PRED_NOT:
		gen_node(g, node->kids[0], lf, lt);
		break;
	case KEFIR_PRED_AND:
		if (!node->n_kids)
			emit_ja(g, lt);
		for (i = 0; i < node->n_kids; i++) {
			next = i + 1 == node->n_kids ? lt : new_label(g);
			gen_node(g, node->kids[i], next, lf);
			if (next != lt)
				bind(g, next);
		}
		break;
	case KEFIR_PRED_OR:
		if (!node->n_kids)
			emit_ja(g, lf);
		else
			gen_or(g, node, lt, lf);
		break;
	}
}

/* The bytes every match of @rule reads at fixed offsets (0 if unknown). */
static uint32_t rule_min_len(const struct kefir_rule *rule)
{
	const struct kefir_pred *and = rule->match;
	const struct kefir_field_info *fi;
	const struct kefir_test *t;
	uint32_t need = 0, end;
	size_t i;

	for (i = 0; i < and->n_kids; i++) {
		if (and->kids[i]->kind != KEFIR_PRED_TEST)
			continue;
		t = &and->kids[i]->test;
		if (t->kind != KEFIR_TEST_FIELD)
			continue;
		fi = field_info(t->field);
		if (fi->anchor == KEFIR_ANCHOR_LINK)
			end = (uint32_t)fi->offset + fi->bytes;
		else if (fi->anchor == KEFIR_ANCHOR_NET)
			end = t->net_off + (uint32_t)fi->offset + fi->bytes;
		else if (fi->anchor == KEFIR_ANCHOR_L4 && t->l4 == KEFIR_L4_IP6)
			end = t->net_off + 40 + (uint32_t)fi->offset + fi->bytes;
		else if (fi->anchor == KEFIR_ANCHOR_L4)
			end = t->net_off + 1;
		else
			end = 0;
		if (end > need)
			need = end;
	}
	return need;
}

static bool accepts(const struct kefir_action *a)
{
	return a->kind == KEFIR_ACTION_PASS;
}

/* True if a later rule, or the default action, returns non-zero: then
 * a fault (which returns 0) in rule @index must not end the program. */
static bool later_nonzero(const struct gen *g, size_t index)
{
	const struct kefir_ruleset *rs = g->rs;
	size_t i;

	if (g->rule_index)
		return index + 1 < rs->n_rules;
	for (i = index + 1; i < rs->n_rules; i++)
		if (accepts(&rs->rules[i]->action))
			return true;
	return accepts(&rs->default_action);
}

/* The label of the return of rule @index (of the default for n_rules). */
static size_t ret_label(const struct gen *g, size_t index)
{
	const struct kefir_ruleset *rs = g->rs;

	if (g->rule_index)
		return index < rs->n_rules ? g->ret_rules + index : g->ret_drop;
	if (index < rs->n_rules)
		return accepts(&rs->rules[index]->action) ? g->ret_accept :
							     g->ret_drop;
	return accepts(&rs->default_action) ? g->ret_accept : g->ret_drop;
}

static void gen_rule(struct gen *g, size_t index, size_t next)
{
	const struct kefir_rule *rule = g->rs->rules[index];
	const struct cbpf_node *tree;
	size_t ok;

	g->rule = index;
	g->checked = later_nonzero(g, index);
	g->fell = g->checked ? next : g->ret_drop;
	g->covered = 0;
	if (g->checked && rule_min_len(rule)) {
		check_len(g, rule_min_len(rule));
		g->covered = rule_min_len(rule);
	}
	ok = ret_label(g, index);
	tree = cbpf_tree_build(&g->tree, rule->match);
	if (!tree)
		g->err = -ENOMEM;
	else
		gen_node(g, tree, ok, next);
}

/* True if @e loads from a transport header classic BPF cannot locate. */
static bool expr_needs_walk(const struct kefir_expr *e,
			    const struct kefir_test *t)
{
	if (!e)
		return false;
	if (e->kind == KEFIR_EXPR_LOAD && e->anchor == KEFIR_ANCHOR_L4 &&
	    t->l4 != KEFIR_L4_IP4 && t->l4 != KEFIR_L4_IP6)
		return true;
	return expr_needs_walk(e->a, t) || expr_needs_walk(e->b, t);
}

/*
 * True if @p needs an IPv6 extension-header walk: a loop, which classic
 * BPF (forward jumps only) cannot run over headers of any number.
 */
static bool pred_needs_walk(const struct kefir_pred *p)
{
	const struct kefir_test *t = &p->test;
	enum kefir_anchor anchor;
	size_t i;

	if (p->kind == KEFIR_PRED_TEST && t->kind == KEFIR_TEST_FIELD) {
		anchor = field_info(t->field)->anchor;
		return anchor == KEFIR_ANCHOR_WALK ||
		       (anchor == KEFIR_ANCHOR_L4 && t->l4 != KEFIR_L4_IP4 &&
			t->l4 != KEFIR_L4_IP6);
	}
	if (p->kind == KEFIR_PRED_TEST)
		return expr_needs_walk(t->lhs, t) || expr_needs_walk(t->rhs, t);
	for (i = 0; i < p->n_kids; i++)
		if (pred_needs_walk(p->kids[i]))
			return true;
	return false;
}

/* True if @p holds a classic BPF program of its own (xt_bpf's). */
static bool pred_has_cbpf(const struct kefir_pred *p)
{
	size_t i;

	if (p->kind == KEFIR_PRED_TEST)
		return p->test.kind == KEFIR_TEST_CBPF;
	for (i = 0; i < p->n_kids; i++)
		if (pred_has_cbpf(p->kids[i]))
			return true;
	return false;
}

/* Refuses the rules whose tests classic BPF cannot express. */
static int check_tests(const struct kefir_ruleset *rs, struct kefir_diag *diag)
{
	size_t i;
	int err = 0;

	for (i = 0; i < rs->n_rules; i++) {
		if (pred_needs_walk(rs->rules[i]->match))
			err = diag_rule_error(diag, rs, i,
					      "classic BPF cannot walk IPv6 extension headers (it has no backward jumps): use bpf-c");
		else if (pred_has_cbpf(rs->rules[i]->match))
			err = diag_rule_error(diag, rs, i,
					      "cbpf does not inline a rule's own classic BPF program (its loads end the whole filter where the packet ends): use bpf-c or native");
	}
	return err;
}

/* Refuses the actions classic BPF cannot express. */
static int check_actions(const struct kefir_ruleset *rs,
			 struct kefir_diag *diag)
{
	const struct kefir_action *a;
	size_t i;
	int err = 0;

	for (i = 0; i <= rs->n_rules; i++) {
		a = i < rs->n_rules ? &rs->rules[i]->action : &rs->default_action;
		if (a->kind == KEFIR_ACTION_PASS || a->kind == KEFIR_ACTION_DROP)
			continue;
		err = diag_rule_error(diag, rs, i,
				      "classic BPF cannot express the action '%s': it can only accept or drop",
				      action_name(a->kind));
	}
	return err;
}

/* Replaces label numbers in jumps by instruction indexes. */
static void resolve_labels(struct gen *g)
{
	struct cbpf_insn *in;
	size_t i;

	for (i = 0; i < g->prog.n; i++) {
		in = &g->prog.insns[i];
		if (cbpf_is_cond(in->code) || cbpf_is_ja(in->code)) {
			in->jt = (uint32_t)g->labels[in->jt];
			if (cbpf_is_cond(in->code))
				in->jf = (uint32_t)g->labels[in->jf];
		}
	}
}

/* The returns the rules jump to: the accepting and the dropping one, or
 * one per rule; the one returning 0 comes last. */
static void gen_returns(struct gen *g)
{
	size_t i;

	if (!g->rule_index) {
		bind(g, g->ret_accept);
		emit(g, BPF_RET | BPF_K, g->snaplen);
	}
	for (i = 0; g->rule_index && i < g->rs->n_rules; i++) {
		bind(g, g->ret_rules + i);
		emit(g, BPF_RET | BPF_K, (uint32_t)(i + 1));
	}
	bind(g, g->ret_drop);
	emit(g, BPF_RET | BPF_K, 0);
}

static int generate(struct gen *g, struct kefir_diag *diag)
{
	const struct kefir_ruleset *rs = g->rs;
	size_t i, next;

	g->ret_accept = new_label(g);
	g->ret_drop = new_label(g);
	g->ret_rules = g->n_labels;
	for (i = 0; g->rule_index && i < rs->n_rules; i++)
		new_label(g);
	next = new_label(g);
	for (i = 0; i < rs->n_rules; i++) {
		bind(g, next);
		next = new_label(g);
		gen_rule(g, i, next);
		if (g->too_deep)
			return diag_rule_error(diag, rs, i,
					       "expression too deep for the 16 scratch words of classic BPF");
	}
	bind(g, next);
	emit_ja(g, ret_label(g, rs->n_rules));
	gen_returns(g);
	if (g->err)
		return g->err;
	resolve_labels(g);
	return 0;
}

/* Compiles @rs into the sock_filter array *@out of *@n instructions. */
static int compile(const struct kefir_ruleset *rs,
		   const struct kefir_emit_opts *opts,
		   struct sock_filter **out, size_t *n, struct kefir_diag *diag)
{
	struct gen g = { .rs = rs };
	int err;

	g.snaplen = opts->snaplen ? opts->snaplen : CBPF_SNAPLEN_DEFAULT;
	g.rule_index = opts->flags & KEFIR_EMIT_CBPF_RULE_INDEX;
	err = check_actions(rs, diag);
	err = check_tests(rs, diag) ?: err;
	if (!err)
		err = generate(&g, diag);
	if (!err && !(opts->flags & KEFIR_EMIT_CBPF_NO_OPT))
		err = cbpf_optimize(&g.prog);
	if (!err)
		err = cbpf_layout(&g.prog, out, n);
	if (err == -E2BIG)
		diag_rule_error(diag, rs, rs->n_rules,
				"the program needs more than %d instructions, the limit of classic BPF",
				CBPF_MAX_INSNS);
	free(g.prog.insns);
	free(g.labels);
	cbpf_tree_free(&g.tree);
	return err == -E2BIG ? -EINVAL : err;
}

int kefir_ruleset_to_cbpf(const struct kefir_ruleset *rs,
			  const struct kefir_emit_opts *opts,
			  struct kefir_cbpf_insn **prog, size_t *n_insns,
			  struct kefir_diag *diag)
{
	struct kefir_emit_opts eopts;
	struct sock_filter *insns = NULL;
	int err;

	_Static_assert(sizeof(struct sock_filter) == sizeof(struct kefir_cbpf_insn),
		       "kefir_cbpf_insn is struct sock_filter");
	*prog = NULL;
	*n_insns = 0;
	if (opts_copy(&eopts, sizeof(eopts), opts))
		return -EINVAL;
	err = compile(rs, &eopts, &insns, n_insns, diag);
	if (!err)
		*prog = (struct kefir_cbpf_insn *)insns;
	return err;
}

static int emit_cbpf(const struct kefir_ruleset *rs,
		     const struct kefir_emit_opts *opts, struct kefir_buf *out,
		     struct kefir_diag *diag)
{
	enum cbpf_format format = cbpf_format_by_name(opts->format);
	struct sock_filter *insns = NULL;
	size_t n;
	int err;

	if (format == CBPF_FORMAT_MAX)
		return diag_error(diag, NULL, NULL,
				  "unknown cbpf format '%s': expected asm, c, decimal, bytecode or raw",
				  opts->format);
	err = compile(rs, opts, &insns, &n, diag);
	if (!err)
		err = cbpf_print(insns, n, format, out);
	free(insns);
	return err;
}

const struct kefir_backend kefir_backend_cbpf = {
	.name = "cbpf",
	.summary = "classic BPF (tcpdump -d/-dd/-ddd, SO_ATTACH_FILTER, tc and iptables bytecode)",
	.emit = emit_cbpf,
};
