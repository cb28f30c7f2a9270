/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * cbpf_opt.c - the classic BPF optimizer and layout.
 *
 * The program is a DAG (every jump goes forward), so one pass in order
 * computes, for each instruction, what A and X hold (as interned "values":
 * a load, a mask of a load, ...) and the facts known about values on every
 * path there (ldh [12] == 0x800, ldb [23] != 6, len >= 34...). With them:
 *   - jump threading: an edge whose target's outcome the facts decide goes
 *     straight to the outcome, through loads already made (this is what
 *     emits shared guards once: the second rule's "ethertype is IPv4" is
 *     skipped when the first rule already tested it);
 *   - redundant loads (the value already in A or X) and dead computations
 *     are removed; a packet load is removed only when it is known to have
 *     succeeded already, so short packets keep failing where they did;
 *   - jumps decided by the facts become "ja", "ja" to the next instruction
 *     and unreachable code disappear.
 * The layout then makes jumps relative and adds trampolines for long ones.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cbpf.h"

#define MAX_FACTS 24
#define NOP 0xffff	/* an instruction marked for removal: falls through */

/* A value: @code applied with @k to value @arg (-1: none). */
struct val {
	uint16_t code;
	uint32_t k;
	int arg;
};

enum fact_kind { F_EQ, F_NE, F_GT, F_LE, F_GE, F_LT, F_SET, F_CLR };

struct fact {
	int val;
	enum fact_kind kind;
	uint32_t k;
};

/* What is known on entry to an instruction, on every path there. */
struct state {
	bool reached;
	int a, x;		/* values in A and X, -1 unknown */
	unsigned int n_facts;
	struct fact facts[MAX_FACTS];
};

struct opt {
	struct cbpf_prog *p;
	struct val *vals;
	size_t n_vals, cap_vals;
	int *index;		/* hash of vals: -1 free, else a val */
	size_t index_size;	/* a power of two */
	struct state *in;	/* per instruction */
	bool *live_a, *live_x;	/* A / X read before written, from here */
	int64_t *outcome;	/* the one return value every path from here
				 * ends with (a fault included), or -1 */
	size_t cap;		/* entries of the four arrays above */
	bool finishing;		/* tails are merged: "[x + k]" may go back
				 * to "[k']" where X is a known constant */
	int err;
};

static int insert_insn(struct cbpf_prog *p, size_t at, struct cbpf_insn insn);

static bool absolute(struct opt *o, size_t i);

/* ------------------------------------------------------------------------ */
/* Values and facts                                                         */
/* ------------------------------------------------------------------------ */

static size_t val_hash(uint16_t code, uint32_t k, int arg)
{
	uint64_t h = (code * 0x9e3779b97f4a7c15ull) ^ k;

	h = (h * 0x9e3779b97f4a7c15ull) ^ (uint32_t)arg;
	return (size_t)((h * 0x9e3779b97f4a7c15ull) >> 20);
}

/* Rebuilds the hash index of the values with room for twice as many. */
static int reindex(struct opt *o)
{
	size_t size = o->index_size ? 2 * o->index_size : 256, i, h;
	int *index = malloc(size * sizeof(*index));

	if (!index)
		return -ENOMEM;
	memset(index, 0xff, size * sizeof(*index));
	for (i = 0; i < o->n_vals; i++) {
		h = val_hash(o->vals[i].code, o->vals[i].k, o->vals[i].arg);
		while (index[h & (size - 1)] >= 0)
			h++;
		index[h & (size - 1)] = (int)i;
	}
	free(o->index);
	o->index = index;
	o->index_size = size;
	return 0;
}

/* The value "@code with @k applied to @arg", made once. -1 on ENOMEM. */
static int intern(struct opt *o, uint16_t code, uint32_t k, int arg)
{
	size_t h = val_hash(code, k, arg);
	const struct val *v;
	int i;

	if (2 * (o->n_vals + 1) > o->index_size && reindex(o)) {
		o->err = -ENOMEM;
		return -1;
	}
	for (;; h++) {
		i = o->index[h & (o->index_size - 1)];
		if (i < 0)
			break;
		v = &o->vals[i];
		if (v->code == code && v->k == k && v->arg == arg)
			return i;
	}
	if (array_reserve((void **)&o->vals, &o->cap_vals, sizeof(*o->vals),
			  o->n_vals + 1)) {
		o->err = -ENOMEM;
		return -1;
	}
	o->vals[o->n_vals] = (struct val){ code, k, arg };
	o->index[h & (o->index_size - 1)] = (int)o->n_vals;
	return (int)o->n_vals++;
}

static bool is_packet_load(uint16_t code)
{
	return BPF_CLASS(code) == BPF_LD &&
	       (BPF_MODE(code) == BPF_ABS || BPF_MODE(code) == BPF_IND);
}

/* The value an instruction that writes A or X produces, or -1. */
static int insn_val(struct opt *o, const struct cbpf_insn *in,
		    const struct state *s)
{
	switch (BPF_CLASS(in->code)) {
	case BPF_LD:
		if (BPF_MODE(in->code) == BPF_MEM)
			return -1;
		if (BPF_MODE(in->code) == BPF_IND)
			return s->x < 0 ? -1 : intern(o, in->code, in->k, s->x);
		return intern(o, in->code, BPF_MODE(in->code) == BPF_LEN ?
			      0 : in->k, -1);
	case BPF_LDX:
		if (BPF_MODE(in->code) == BPF_MEM)
			return -1;
		return intern(o, in->code, in->k, -1);
	case BPF_ALU:
		if (s->a < 0 || BPF_SRC(in->code) == BPF_X)
			return -1;
		return intern(o, in->code, in->k, s->a);
	default:
		return -1;
	}
}

static bool same_fact(const struct fact *a, const struct fact *b)
{
	return a->val == b->val && a->kind == b->kind && a->k == b->k;
}

static bool has_fact(const struct state *s, const struct fact *f)
{
	unsigned int i;

	for (i = 0; i < s->n_facts; i++)
		if (same_fact(&s->facts[i], f))
			return true;
	return false;
}

static bool knows_val(const struct state *s, int val)
{
	unsigned int i;

	for (i = 0; i < s->n_facts; i++)
		if (s->facts[i].val == val)
			return true;
	return false;
}

static void add_fact(struct state *s, int val, enum fact_kind kind, uint32_t k)
{
	struct fact f = { val, kind, k };
	unsigned int i;

	if (val < 0 || has_fact(s, &f))
		return;
	if (s->n_facts == MAX_FACTS) {
		/* forget the oldest "!=" (long chains of them), else the oldest */
		for (i = 0; i < MAX_FACTS - 1 && s->facts[i].kind != F_NE; i++)
			;
		memmove(s->facts + i, s->facts + i + 1,
			(MAX_FACTS - 1 - i) * sizeof(s->facts[0]));
		s->n_facts--;
	}
	s->facts[s->n_facts++] = f;
}

/* The fact a conditional jump on constant @k establishes on its @taken edge. */
static enum fact_kind jump_fact(uint16_t code, bool taken)
{
	switch (BPF_OP(code)) {
	case BPF_JEQ: return taken ? F_EQ : F_NE;
	case BPF_JGT: return taken ? F_GT : F_LE;
	case BPF_JGE: return taken ? F_GE : F_LT;
	default: return taken ? F_SET : F_CLR;
	}
}

/* Bounds of @val from the facts. */
static void bounds(const struct state *s, int val, uint32_t *lo, uint32_t *hi)
{
	const struct fact *f;
	unsigned int i;

	*lo = 0;
	*hi = UINT32_MAX;
	for (i = 0; i < s->n_facts; i++) {
		f = &s->facts[i];
		if (f->val != val)
			continue;
		if (f->kind == F_EQ)
			*lo = *hi = f->k;
		else if (f->kind == F_GT && f->k < UINT32_MAX && f->k + 1 > *lo)
			*lo = f->k + 1;
		else if (f->kind == F_GE && f->k > *lo)
			*lo = f->k;
		else if (f->kind == F_LE && f->k < *hi)
			*hi = f->k;
		else if (f->kind == F_LT && f->k && f->k - 1 < *hi)
			*hi = f->k - 1;
	}
}

/* Bits of @val known set (@set) or clear, from jset facts. */
static uint32_t known_bits(const struct state *s, int val, enum fact_kind kind)
{
	uint32_t m = 0;
	unsigned int i;

	for (i = 0; i < s->n_facts; i++)
		if (s->facts[i].val == val && s->facts[i].kind == kind)
			m |= s->facts[i].k;
	return m;
}

/* Outcome of "jxx #k" on A == @val: 1 taken, 0 not, -1 unknown. */
static int decide(const struct state *s, int val, uint16_t code, uint32_t k)
{
	struct fact ne = { val, F_NE, k };
	uint32_t lo, hi, clr, set;

	if (val < 0 || BPF_SRC(code) != BPF_K)
		return -1;
	bounds(s, val, &lo, &hi);
	clr = known_bits(s, val, F_CLR);
	switch (BPF_OP(code)) {
	case BPF_JEQ:
		if (k < lo || k > hi || has_fact(s, &ne) || (k & clr))
			return 0;
		return lo == hi ? 1 : -1;
	case BPF_JGT:
		return lo > k ? 1 : hi <= k ? 0 : -1;
	case BPF_JGE:
		return lo >= k ? 1 : hi < k ? 0 : -1;
	case BPF_JSET:
		if (lo == hi)
			return (lo & k) != 0;
		set = known_bits(s, val, F_SET);
		if (!(k & ~clr))
			return 0;
		/* a single known-set group inside k */
		return set && !(set & ~k) ? 1 : -1;
	default:
		return -1;
	}
}

/* ------------------------------------------------------------------------ */
/* Dataflow                                                                 */
/* ------------------------------------------------------------------------ */

/* State after @in on the edge that is @taken (for jumps). */
static void transfer(struct opt *o, const struct cbpf_insn *in,
		     const struct state *s, bool taken, struct state *out)
{
	*out = *s;
	switch (BPF_CLASS(in->code)) {
	case BPF_LD:
	case BPF_ALU:
		out->a = insn_val(o, in, s);
		break;
	case BPF_LDX:
		out->x = insn_val(o, in, s);
		break;
	case BPF_MISC:
		if (BPF_MISCOP(in->code) == BPF_TAX)
			out->x = s->a;
		else
			out->a = s->x;
		break;
	case BPF_JMP:
		if (cbpf_is_cond(in->code) && BPF_SRC(in->code) == BPF_K &&
		    in->jt != in->jf)
			add_fact(out, s->a, jump_fact(in->code, taken), in->k);
		break;
	default:
		break;
	}
}

static void meet(struct state *dst, const struct state *src)
{
	unsigned int i, n = 0;

	if (!dst->reached) {
		*dst = *src;
		dst->reached = true;
		return;
	}
	if (dst->a != src->a)
		dst->a = -1;
	if (dst->x != src->x)
		dst->x = -1;
	for (i = 0; i < dst->n_facts; i++)
		if ((i < src->n_facts && same_fact(&src->facts[i], &dst->facts[i])) ||
		    has_fact(src, &dst->facts[i]))
			dst->facts[n++] = dst->facts[i];
	dst->n_facts = n;
}

static void dataflow(struct opt *o)
{
	struct cbpf_prog *p = o->p;
	struct state out;
	size_t i;

	memset(o->in, 0, p->n * sizeof(*o->in));
	o->in[0] = (struct state){ .reached = true, .a = -1, .x = -1 };
	for (i = 0; i < p->n; i++) {
		const struct cbpf_insn *in = &p->insns[i];

		if (!o->in[i].reached || cbpf_is_ret(in->code))
			continue;
		if (cbpf_is_cond(in->code)) {
			transfer(o, in, &o->in[i], true, &out);
			meet(&o->in[in->jt], &out);
			transfer(o, in, &o->in[i], false, &out);
			meet(&o->in[in->jf], &out);
		} else if (cbpf_is_ja(in->code)) {
			meet(&o->in[in->jt], &o->in[i]);
		} else {
			transfer(o, in, &o->in[i], false, &out);
			meet(&o->in[i + 1], &out);
		}
	}
}

/* Which registers an instruction reads and writes. */
static void regs(const struct cbpf_insn *in, bool *ra, bool *rx, bool *wa,
		 bool *wx)
{
	uint16_t c = in->code;

	*ra = *rx = *wa = *wx = false;
	switch (BPF_CLASS(c)) {
	case BPF_LD:
		*wa = true;
		*rx = BPF_MODE(c) == BPF_IND;
		break;
	case BPF_LDX:
		*wx = true;
		break;
	case BPF_ST:
		*ra = true;
		break;
	case BPF_STX:
		*rx = true;
		break;
	case BPF_ALU:
		*ra = *wa = true;
		*rx = BPF_SRC(c) == BPF_X && BPF_OP(c) != BPF_NEG;
		break;
	case BPF_JMP:
		*ra = cbpf_is_cond(c);
		*rx = cbpf_is_cond(c) && BPF_SRC(c) == BPF_X;
		break;
	case BPF_RET:
		*ra = BPF_RVAL(c) == BPF_A;
		break;
	case BPF_MISC:
		*ra = *wx = BPF_MISCOP(c) == BPF_TAX;
		*rx = *wa = BPF_MISCOP(c) != BPF_TAX;
		break;
	}
}

static void liveness(struct opt *o)
{
	const struct cbpf_prog *p = o->p;
	bool ra, rx, wa, wx, la, lx;
	size_t i;

	for (i = p->n; i-- > 0;) {
		const struct cbpf_insn *in = &p->insns[i];

		la = lx = false;
		if (cbpf_is_cond(in->code)) {
			la = o->live_a[in->jt] || o->live_a[in->jf];
			lx = o->live_x[in->jt] || o->live_x[in->jf];
		} else if (cbpf_is_ja(in->code)) {
			la = o->live_a[in->jt];
			lx = o->live_x[in->jt];
		} else if (!cbpf_is_ret(in->code) && i + 1 < p->n) {
			la = o->live_a[i + 1];
			lx = o->live_x[i + 1];
		}
		regs(in, &ra, &rx, &wa, &wx);
		o->live_a[i] = ra || (la && !wa);
		o->live_x[i] = rx || (lx && !wx);
	}
}

/* True if @in may end the program with 0 (a load off the packet, a
 * division by a zero X). */
static bool may_fault(const struct cbpf_insn *in)
{
	uint16_t op = BPF_OP(in->code);

	return is_packet_load(in->code) ||
	       (BPF_CLASS(in->code) == BPF_ALU && BPF_SRC(in->code) == BPF_X &&
		(op == BPF_DIV || op == BPF_MOD));
}

/* Computes o->outcome from the returns backwards. */
static void outcomes(struct opt *o)
{
	const struct cbpf_prog *p = o->p;
	int64_t *out = o->outcome, next;
	size_t i;

	for (i = p->n; i-- > 0;) {
		const struct cbpf_insn *in = &p->insns[i];

		if (cbpf_is_ret(in->code))
			next = BPF_RVAL(in->code) == BPF_K ? (int64_t)in->k : -1;
		else if (cbpf_is_cond(in->code))
			next = out[in->jt] == out[in->jf] ? out[in->jt] : -1;
		else if (cbpf_is_ja(in->code))
			next = out[in->jt];
		else
			next = i + 1 < p->n ? out[i + 1] : -1;
		if (may_fault(in) && next != 0)
			next = -1;
		out[i] = next;
	}
}

/* Makes the per-instruction arrays hold the program. 0 or -ENOMEM. */
static int grow(struct opt *o)
{
	size_t n = o->p->n + 1;
	void *a, *b, *c, *d;

	if (n <= o->cap)
		return 0;
	n *= 2;
	a = realloc(o->in, n * sizeof(*o->in));
	o->in = a ? a : o->in;
	b = realloc(o->live_a, n * sizeof(bool));
	o->live_a = b ? b : o->live_a;
	c = realloc(o->live_x, n * sizeof(bool));
	o->live_x = c ? c : o->live_x;
	d = realloc(o->outcome, n * sizeof(*o->outcome));
	o->outcome = d ? d : o->outcome;
	if (!a || !b || !c || !d)
		return -ENOMEM;
	o->cap = n;
	return 0;
}

static void analyse(struct opt *o)
{
	if (grow(o)) {
		o->err = -ENOMEM;
		return;
	}
	dataflow(o);
	liveness(o);
	outcomes(o);
}

/* The index of an instruction "ret #@k", or @fallback. */
static size_t ret_of(const struct opt *o, int64_t k, size_t fallback)
{
	size_t i;

	for (i = o->p->n; i-- > 0;)
		if (o->p->insns[i].code == (BPF_RET | BPF_K) &&
		    o->p->insns[i].k == k)
			return i;
	return fallback;
}

/* ------------------------------------------------------------------------ */
/* Jump threading                                                           */
/* ------------------------------------------------------------------------ */

/* One step along an edge in state @s from @t: the next target, or @t. */
static size_t thread_step(struct opt *o, struct state *s, size_t t)
{
	const struct cbpf_insn *in = &o->p->insns[t];
	const struct cbpf_insn *next;
	int v, r;

	if (o->outcome[t] >= 0 && !cbpf_is_ret(in->code))
		return ret_of(o, o->outcome[t], t);
	if (cbpf_is_ja(in->code))
		return in->jt;
	if (cbpf_is_cond(in->code)) {
		if (in->jt == in->jf)
			return in->jt;
		r = decide(s, s->a, in->code, in->k);
		if (r < 0)
			return t;
		add_fact(s, s->a, jump_fact(in->code, r), in->k);
		return r ? in->jt : in->jf;
	}
	if (BPF_CLASS(in->code) == BPF_LDX) {
		v = insn_val(o, in, s);
		return v >= 0 && v == s->x ? t + 1 : t;
	}
	if (BPF_CLASS(in->code) != BPF_LD || BPF_MODE(in->code) == BPF_MEM)
		return t;
	v = insn_val(o, in, s);
	if (v < 0)
		return t;
	if (v == s->a)
		return t + 1;
	/* a load made before on this path, then a jump the facts decide */
	if (is_packet_load(in->code) && !knows_val(s, v))
		return t;
	next = &o->p->insns[t + 1];
	if (!cbpf_is_cond(next->code))
		return t;
	r = decide(s, v, next->code, next->k);
	if (r < 0 || o->live_a[r ? next->jt : next->jf])
		return t;
	return r ? next->jt : next->jf;
}

/* The furthest target an edge in state @s to @t can go to instead. */
static size_t thread(struct opt *o, struct state s, size_t t)
{
	size_t next;

	while ((next = thread_step(o, &s, t)) != t)
		t = next;
	return t;
}

/* Threads one edge in state @s; lowers *@dirty to the first instruction
 * whose analysis the change makes stale. */
static void thread_edge(struct opt *o, const struct state *s, uint32_t *target,
			size_t *dirty)
{
	size_t t = thread(o, *s, *target);

	if (t == *target)
		return;
	if (*target < *dirty)
		*dirty = *target;
	if (t < *dirty)
		*dirty = t;
	*target = (uint32_t)t;
}

/*
 * Threads the edges of instruction @i. A changed edge from @i only changes
 * what is known at its old and new targets and after them: *@dirty is
 * lowered to the first of those (the analysis before it stays valid).
 */
static void thread_insn(struct opt *o, size_t i, size_t *dirty)
{
	struct cbpf_insn *in = &o->p->insns[i];
	struct state s;

	if (!o->in[i].reached)
		return;
	if (cbpf_is_ja(in->code)) {
		thread_edge(o, &o->in[i], &in->jt, dirty);
		return;
	}
	if (!cbpf_is_cond(in->code))
		return;
	transfer(o, in, &o->in[i], true, &s);
	thread_edge(o, &s, &in->jt, dirty);
	transfer(o, in, &o->in[i], false, &s);
	thread_edge(o, &s, &in->jf, dirty);
}

/* ------------------------------------------------------------------------ */
/* Local simplifications and compaction                                     */
/* ------------------------------------------------------------------------ */

/*
 * Why @in can be dropped: it computes what A or X already holds
 * (REDUNDANT), or what nobody reads and cannot fail (DEAD).
 */
enum uselessness { NEEDED, REDUNDANT, DEAD };

static enum uselessness useless(struct opt *o, size_t i)
{
	const struct cbpf_insn *in = &o->p->insns[i];
	const struct state *s = &o->in[i];
	bool after_a = i + 1 < o->p->n && o->live_a[i + 1];
	bool after_x = i + 1 < o->p->n && o->live_x[i + 1];
	uint16_t c = in->code;
	int v;

	switch (BPF_CLASS(c)) {
	case BPF_LD:
		v = insn_val(o, in, s);
		if (v >= 0 && v == s->a)
			return REDUNDANT;
		return !after_a && (!is_packet_load(c) || knows_val(s, v)) ?
		       DEAD : NEEDED;
	case BPF_LDX:
		v = insn_val(o, in, s);
		if (v >= 0 && v == s->x)
			return REDUNDANT;
		return !after_x && BPF_MODE(c) != BPF_MSH ? DEAD : NEEDED;
	case BPF_ALU:
		return !after_a && BPF_SRC(c) == BPF_K ? DEAD : NEEDED;
	case BPF_MISC:
		return (BPF_MISCOP(c) == BPF_TAX ? !after_x : !after_a) ?
		       DEAD : NEEDED;
	default:
		return NEEDED;
	}
}

/* True if instruction @i is neither a jump nor a return. */
static bool is_computation(const struct cbpf_insn *in)
{
	return !cbpf_is_cond(in->code) && !cbpf_is_ja(in->code) &&
	       !cbpf_is_ret(in->code);
}

/*
 * Marks removable instructions NOP. Redundant ones rely on the instruction
 * that made the value, and dead ones on the liveness computed with every
 * instruction in place: one kind per pass, redundant first.
 */
static bool remove_useless(struct opt *o)
{
	enum uselessness kind;
	bool changed = false;
	size_t i;

	for (kind = REDUNDANT; kind <= DEAD && !changed; kind++)
		for (i = 0; i < o->p->n; i++)
			if (o->in[i].reached && is_computation(&o->p->insns[i]) &&
			    useless(o, i) == kind) {
				o->p->insns[i].code = NOP;
				changed = true;
			}
	return changed;
}

/* Turns "ld [x + k]" into "ld [K + k]" when X holds the constant K on
 * every path; true if it did. */
static bool absolute(struct opt *o, size_t i)
{
	struct cbpf_insn *in = &o->p->insns[i];
	int x = o->in[i].x;
	uint32_t k;

	if (x < 0 || o->vals[x].code != (BPF_LDX | BPF_IMM))
		return false;
	k = o->vals[x].k + in->k;
	if (k < in->k || k > INT32_MAX)
		return false;
	in->code = BPF_LD | BPF_SIZE(in->code) | BPF_ABS;
	in->k = k;
	return true;
}

/* Marks unreachable code and "ja" to the next instruction NOP, turns jumps
 * the facts decide into "ja", then removes useless computations. */
static bool simplify(struct opt *o)
{
	struct cbpf_insn *in;
	bool changed = false;
	size_t i;
	int r;

	for (i = 0; i < o->p->n; i++) {
		in = &o->p->insns[i];
		if (!o->in[i].reached || (cbpf_is_ja(in->code) && in->jt == i + 1)) {
			in->code = NOP;
			changed = true;
			continue;
		}
		if (o->finishing && BPF_CLASS(in->code) == BPF_LD &&
		    BPF_MODE(in->code) == BPF_IND && absolute(o, i)) {
			changed = true;
			continue;
		}
		if (!cbpf_is_cond(in->code))
			continue;
		r = in->jt == in->jf ? 1 :
		    decide(&o->in[i], o->in[i].a, in->code, in->k);
		if (r >= 0) {
			in->jt = r ? in->jt : in->jf;
			in->code = BPF_JMP | BPF_JA;
			changed = true;
		}
	}
	return remove_useless(o) || changed;
}

/* Removes NOPs; a jump to a NOP goes to the next kept instruction. */
static int compact(struct cbpf_prog *p)
{
	size_t *map = malloc((p->n + 1) * sizeof(*map)), i, n = 0;

	if (!map)
		return -ENOMEM;
	for (i = 0; i < p->n; i++) {
		map[i] = n;
		if (p->insns[i].code != NOP)
			n++;
	}
	map[p->n] = n;
	for (i = 0; i < p->n; i++) {
		struct cbpf_insn in = p->insns[i];

		if (in.code == NOP)
			continue;
		in.jt = (uint32_t)map[in.jt];
		in.jf = (uint32_t)map[in.jf];
		p->insns[map[i]] = in;
	}
	p->n = n;
	free(map);
	return 0;
}

static bool is_fallthrough(const struct cbpf_insn *in)
{
	return !cbpf_is_cond(in->code) && !cbpf_is_ja(in->code) &&
	       !cbpf_is_ret(in->code);
}

/* ------------------------------------------------------------------------ */
/* Tail merging                                                             */
/* ------------------------------------------------------------------------ */

/* The identity of an instruction with its continuation. */
struct tail_key {
	uint16_t code;
	uint32_t k;
	size_t jt, jf;	/* classes of the successors */
};

static size_t key_hash(const struct tail_key *key)
{
	uint64_t h = key->code * 0x9e3779b97f4a7c15ull;

	h = (h ^ key->k) * 0x9e3779b97f4a7c15ull;
	h = (h ^ key->jt) * 0x9e3779b97f4a7c15ull;
	h = (h ^ key->jf) * 0x9e3779b97f4a7c15ull;
	return (size_t)(h >> 17);
}

/*
 * Gives every instruction a class: two instructions with the same code and
 * operand whose continuations are in the same class compute the same thing,
 * whatever A, X and the scratch words hold. @rep receives, per instruction,
 * the last instruction of its class. 0 or -ENOMEM.
 */
static int tail_classes(const struct cbpf_prog *p, size_t *rep)
{
	size_t size = 2 * p->n + 1, i, h, *cls;
	struct tail_key *keys = calloc(size, sizeof(*keys)), key;
	size_t *owner = malloc(size * sizeof(*owner));

	cls = malloc((p->n + 1) * sizeof(*cls));
	if (!keys || !owner || !cls) {
		free(keys);
		free(owner);
		free(cls);
		return -ENOMEM;
	}
	memset(owner, 0xff, size * sizeof(*owner));
	for (i = p->n; i-- > 0;) {
		const struct cbpf_insn *in = &p->insns[i];

		if (cbpf_is_ja(in->code)) {
			cls[i] = cls[in->jt];
			rep[i] = rep[in->jt];
			continue;
		}
		key = (struct tail_key){ in->code, in->k, 0, 0 };
		if (cbpf_is_cond(in->code)) {
			key.jt = cls[in->jt];
			key.jf = cls[in->jf];
		} else if (!cbpf_is_ret(in->code)) {
			key.jt = i + 1 < p->n ? cls[i + 1] : SIZE_MAX;
		}
		for (h = key_hash(&key) % size; owner[h] != SIZE_MAX &&
		     memcmp(&keys[h], &key, sizeof(key)); h = (h + 1) % size)
			;
		if (owner[h] == SIZE_MAX) {
			keys[h] = key;
			owner[h] = i;
		}
		cls[i] = h;
		rep[i] = owner[h];
	}
	free(keys);
	free(owner);
	free(cls);
	return 0;
}

/* Length of the copy of a tail starting at @i, before it jumps or joins
 * its representative's own instructions. */
static size_t copy_len(const struct cbpf_prog *p, const size_t *rep, size_t i)
{
	size_t n = 0;

	while (i < p->n && rep[i] != i && n < 3) {
		n++;
		if (!is_fallthrough(&p->insns[i]))
			break;
		i++;
	}
	return n;
}

/*
 * Where a computation falls through into a copy of a tail of at least two
 * instructions, inserts a "ja" to the original (the copy then dies).
 * Returns true if it inserted one.
 */
static bool jump_to_tails(struct opt *o, const size_t *rep)
{
	struct cbpf_prog *p = o->p;
	size_t i;

	for (i = 0; i + 1 < p->n; i++) {
		if (!is_fallthrough(&p->insns[i]) || rep[i] != i ||
		    rep[i + 1] == i + 1 || copy_len(p, rep, i + 1) < 2)
			continue;
		if (insert_insn(p, i + 1, (struct cbpf_insn){
				BPF_JMP | BPF_JA, 0, (uint32_t)rep[i + 1], 0 }))
			o->err = -ENOMEM;
		return true;
	}
	return false;
}

/* Sends every jump to the last copy of its target's tail. */
static bool merge_tails(struct opt *o)
{
	struct cbpf_prog *p = o->p;
	size_t *rep = malloc((p->n + 1) * sizeof(*rep)), i;
	bool changed = false;

	if (!rep || tail_classes(p, rep)) {
		free(rep);
		o->err = -ENOMEM;
		return false;
	}
	if (jump_to_tails(o, rep)) {
		free(rep);
		return true;
	}
	for (i = 0; i < p->n; i++) {
		struct cbpf_insn *in = &p->insns[i];

		if (!cbpf_is_cond(in->code) && !cbpf_is_ja(in->code))
			continue;
		if (rep[in->jt] != in->jt) {
			in->jt = (uint32_t)rep[in->jt];
			changed = true;
		}
		if (cbpf_is_cond(in->code) && rep[in->jf] != in->jf) {
			in->jf = (uint32_t)rep[in->jf];
			changed = true;
		}
	}
	free(rep);
	return changed;
}

/* One round: threads every edge, then simplifies. True if anything changed. */
static bool round_once(struct opt *o)
{
	size_t i, dirty = SIZE_MAX;
	bool changed = false;

	analyse(o);
	for (i = 0; !o->err && i < o->p->n; i++) {
		if (i >= dirty) {
			analyse(o);
			dirty = SIZE_MAX;
		}
		thread_insn(o, i, &dirty);
		changed |= dirty != SIZE_MAX;
	}
	if (!o->err && merge_tails(o)) {
		changed = true;
		analyse(o);
	}
	return !o->err && (simplify(o) || changed);
}

int cbpf_optimize(struct cbpf_prog *p)
{
	struct opt o = { .p = p };
	int err = 0;

	while (!err && round_once(&o) && !o.err)
		err = compact(p);
	o.finishing = true;
	while (!err && !o.err && round_once(&o) && !o.err)
		err = compact(p);
	if (!err)
		err = o.err;
	free(o.in);
	free(o.live_a);
	free(o.live_x);
	free(o.outcome);
	free(o.vals);
	free(o.index);
	return err;
}

/* ------------------------------------------------------------------------ */
/* Layout                                                                   */
/* ------------------------------------------------------------------------ */

/* True if @in, run in place of @target, does the same. */
static bool same_exit(const struct cbpf_prog *p, const struct cbpf_insn *in,
		      uint32_t target)
{
	const struct cbpf_insn *t = &p->insns[target];

	if (cbpf_is_ja(in->code))
		return in->jt == target;
	return cbpf_is_ret(in->code) && cbpf_is_ret(t->code) &&
	       in->code == t->code && in->k == t->k;
}

/*
 * A trampoline for the jump at @from to @target: an existing "ja @target"
 * (or the same ret) within reach, else a new one right after the jump, where
 * nothing falls through (a conditional jump always jumps). Sets *@insert
 * when the returned slot must be inserted.
 */
static size_t trampoline_slot(const struct cbpf_prog *p, size_t from,
			      uint32_t target, bool *insert)
{
	size_t i;

	*insert = false;
	for (i = from + 1; i < p->n && i < target && i - from - 1 <= 255; i++)
		if (same_exit(p, &p->insns[i], target))
			return i;
	*insert = true;
	return from + 1;
}

/* Inserts @insn at @at; jumps to the instruction that was at @at or after
 * follow it. A "ja" in @insn targets an index of the program before. */
static int insert_insn(struct cbpf_prog *p, size_t at, struct cbpf_insn insn)
{
	size_t i;

	if (array_reserve((void **)&p->insns, &p->cap, sizeof(*p->insns),
			  p->n + 1))
		return -ENOMEM;
	memmove(p->insns + at + 1, p->insns + at,
		(p->n - at) * sizeof(insn));
	p->n++;
	for (i = 0; i < p->n; i++) {
		struct cbpf_insn *in = &p->insns[i];

		if (i == at || (!cbpf_is_cond(in->code) && !cbpf_is_ja(in->code)))
			continue;
		if (in->jt >= at)
			in->jt++;
		if (cbpf_is_cond(in->code) && in->jf >= at)
			in->jf++;
	}
	if (cbpf_is_ja(insn.code))
		insn.jt += insn.jt >= at;
	p->insns[at] = insn;
	return 0;
}

/* Inserts at @at a "ja" (or a copy of the ret) to @target. */
static int insert_trampoline(struct cbpf_prog *p, size_t at, uint32_t target)
{
	struct cbpf_insn tr = { BPF_JMP | BPF_JA, 0, target, 0 };

	if (cbpf_is_ret(p->insns[target].code))
		tr = p->insns[target];
	return insert_insn(p, at, tr);
}

/* Makes every conditional jump reach its target within 255. */
static int fix_long_jumps(struct cbpf_prog *p)
{
	size_t i, slot;
	uint32_t target;
	bool on_jt, insert;
	int err;

	for (i = 0; i < p->n; i++) {
		const struct cbpf_insn *in = &p->insns[i];

		if (!cbpf_is_cond(in->code))
			continue;
		on_jt = in->jt - i - 1 > 255;
		if (!on_jt && in->jf - i - 1 <= 255)
			continue;
		target = on_jt ? in->jt : in->jf;
		slot = trampoline_slot(p, i, target, &insert);
		if (insert && (err = insert_trampoline(p, slot, target)))
			return err;
		if (on_jt)
			p->insns[i].jt = (uint32_t)slot;
		else
			p->insns[i].jf = (uint32_t)slot;
		if (p->n > CBPF_MAX_INSNS)
			return -E2BIG;
		i = (size_t)-1;	/* offsets moved: start over */
	}
	return 0;
}

int cbpf_layout(const struct cbpf_prog *prog, struct sock_filter **out,
		size_t *n_out)
{
	struct cbpf_prog p = { 0 };
	struct sock_filter *f;
	size_t i;
	int err;

	*out = NULL;
	if (prog->n > CBPF_MAX_INSNS)
		return -E2BIG;
	p.insns = malloc((prog->n + 1) * sizeof(*p.insns));
	if (!p.insns)
		return -ENOMEM;
	memcpy(p.insns, prog->insns, prog->n * sizeof(*p.insns));
	p.n = p.cap = prog->n;
	err = fix_long_jumps(&p);
	f = err ? NULL : calloc(p.n ? p.n : 1, sizeof(*f));
	if (!err && !f)
		err = -ENOMEM;
	for (i = 0; !err && i < p.n; i++) {
		const struct cbpf_insn *in = &p.insns[i];

		f[i] = (struct sock_filter){ in->code, 0, 0, in->k };
		if (cbpf_is_ja(in->code))
			f[i].k = in->jt - (uint32_t)i - 1;
		if (cbpf_is_cond(in->code)) {
			f[i].jt = (uint8_t)(in->jt - i - 1);
			f[i].jf = (uint8_t)(in->jf - i - 1);
		}
	}
	free(p.insns);
	if (err) {
		free(f);
		return err;
	}
	*out = f;
	*n_out = p.n;
	return 0;
}
