/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * classify.c - the classification pass: a plan that lets the bpf-c and
 * native back-ends find the deciding rule among thousands without trying
 * the rules one by one.
 *
 * The plan cuts the ruleset into blocks, in rule order. A linear block is
 * tried rule by rule. A segment is a run of rules that all test one key
 * field (an exact value, a prefix or a range of it, at the same place in
 * the packet) and whose predicates come in a few shapes: the same
 * top-level tests but for the values of some field tests (the slots),
 * which vary from rule to rule. A segment holds:
 *   - one record per rule: its shape, its action and its slot values, so
 *     that one function per shape, not one per rule, checks a rule;
 *   - the key's values cut into intervals, each with the records whose key
 *     test holds on all of it (its candidates), in rule order: a binary
 *     search on the packet's key value gives the only rules that can match.
 * First-match order is kept exactly: a segment's candidates are tried in
 * rule order, and the blocks in order. The pass never changes what any rule
 * matches; it only leaves out rules that can never decide a packet:
 *   - a rule whose predicate equals an earlier rule's (dead);
 *   - in one interval, a candidate that an earlier candidate of the same
 *     shape covers (same constant tests, slots that hold wherever its slots
 *     hold).
 * Segments are bounded (MAX_CAND candidates per interval, SEG_MAX_RECS
 * records) so that generated code and data stay small; a run that does not
 * fit is cut, and what cannot form a segment stays linear.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "kefir_internal.h"

#define MIN_SEGMENT 16		/* shorter runs stay linear */
#define MAX_CAND 64		/* candidates of one interval, at most */
#define SEG_MAX_RECS 32768	/* records of one segment (BPF: one map value) */
#define MAX_FAILED 16		/* keys remembered as failing */
#define MIN_SCORE 4.0		/* a segment must check 4 times fewer rules */
#define TOP_MIN_IVALS 8		/* fewer intervals are searched whole */
#define TOP_MAX_BITS 16		/* the top table has at most 65537 entries */

/* A key that could not form a segment from some rule up to rule @until. */
struct failed_key {
	struct kefir_test key;
	size_t until;
};

struct planner {
	const struct kefir_ruleset *rs;
	struct kefir_plan *plan;
	uint64_t *shape_hash;		/* per rule */
	struct failed_key failed[MAX_FAILED];
	size_t n_failed;
};

/* ------------------------------------------------------------------------ */
/* Tests, keys and shapes                                                   */
/* ------------------------------------------------------------------------ */

/*
 * A top-level test whose values can come from a record: a field of at most
 * 4 bytes that starts within the packet, compared with a value or a range.
 */
static bool kid_slottable(const struct kefir_pred *k)
{
	const struct kefir_test *t = &k->test;
	const struct kefir_field_info *fi;

	if (k->kind != KEFIR_PRED_TEST || t->kind != KEFIR_TEST_FIELD ||
	    (t->op != KEFIR_OP_EQ && t->op != KEFIR_OP_RANGE))
		return false;
	fi = field_info(t->field);
	if (fi->offset < 0 && (fi->anchor != KEFIR_ANCHOR_NET ||
			       t->net_off < (unsigned int)-fi->offset))
		return false;
	return fi->bytes <= 4;
}

/* Same field read at the same place. */
static bool same_key(const struct kefir_test *a, const struct kefir_test *b)
{
	return a->field == b->field && a->net_off == b->net_off && a->l4 == b->l4;
}

/* The record words of a slottable test: EQ mask, value; RANGE min, max. */
static void kid_words(const struct kefir_pred *k, uint32_t w[2])
{
	const struct kefir_test *t = &k->test;
	unsigned int bytes = field_info(t->field)->bytes;

	if (t->op == KEFIR_OP_RANGE) {
		w[0] = (uint32_t)value_to_u64(&t->value, bytes);
		w[1] = (uint32_t)value_to_u64(&t->max, bytes);
	} else {
		w[0] = (uint32_t)value_to_u64(&t->mask, bytes);
		w[1] = (uint32_t)value_to_u64(&t->value, bytes);
	}
}

/*
 * The values [*lo, *hi] of the key field for which slottable test @k
 * holds, when they are one non-empty interval (an exact value, a prefix or
 * a range); false otherwise.
 */
static bool kid_interval(const struct kefir_pred *k, uint32_t *lo, uint32_t *hi)
{
	uint32_t fmax = (uint32_t)field_max(k->test.field), w[2], span;

	kid_words(k, w);
	if (k->test.op == KEFIR_OP_RANGE) {
		*lo = w[0];
		*hi = w[1] < fmax ? w[1] : fmax;
		return *lo <= *hi;
	}
	span = fmax & ~w[0];
	if ((span & (span + 1)) || (w[0] & ~fmax) || (w[1] & ~w[0]))
		return false;
	*lo = w[1];
	*hi = w[1] | span;
	return true;
}

/* The first kid of @r's match that tests @key, if it is a key test. */
static const struct kefir_pred *key_kid(const struct kefir_rule *r,
					const struct kefir_test *key, size_t *at)
{
	const struct kefir_pred *m = r->match;
	uint32_t lo, hi;
	size_t i;

	for (i = 0; i < m->n_kids; i++) {
		if (!kid_slottable(m->kids[i]) || !same_key(&m->kids[i]->test, key))
			continue;
		if (!kid_interval(m->kids[i], &lo, &hi))
			return NULL;
		*at = i;
		return m->kids[i];
	}
	return NULL;
}

static uint64_t kid_shape_hash(uint64_t h, const struct kefir_pred *k)
{
	const struct kefir_test *t = &k->test;
	uint64_t x;

	if (!kid_slottable(k))
		return pred_hash(hash_bytes(h, "c", 1), k);
	x = (uint64_t)t->field << 8 | (uint64_t)t->op << 24 |
	    (uint64_t)t->l4 << 32 | (uint64_t)t->net_off << 40;
	return hash_bytes(hash_bytes(h, "s", 1), &x, sizeof(x));
}

static bool kid_same_shape(const struct kefir_pred *a, const struct kefir_pred *b)
{
	if (kid_slottable(a) != kid_slottable(b))
		return false;
	if (!kid_slottable(a))
		return pred_equal(a, b);
	return same_key(&a->test, &b->test) && a->test.op == b->test.op;
}

static bool same_shape(const struct kefir_rule *a, const struct kefir_rule *b)
{
	size_t i;

	if (a->match->n_kids != b->match->n_kids)
		return false;
	for (i = 0; i < a->match->n_kids; i++)
		if (!kid_same_shape(a->match->kids[i], b->match->kids[i]))
			return false;
	return true;
}

/* A rule a segment can hold: few slots, an action without arguments. */
static bool rule_simple(const struct kefir_rule *r)
{
	unsigned int slots = 0;
	size_t i;

	if (r->match->kind != KEFIR_PRED_AND || r->action.n_args ||
	    r->match->n_kids > 64)
		return false;
	for (i = 0; i < r->match->n_kids; i++)
		slots += kid_slottable(r->match->kids[i]);
	return slots > 0 && slots <= PLAN_MAX_SLOTS;
}

/* ------------------------------------------------------------------------ */
/* Dead rules                                                               */
/* ------------------------------------------------------------------------ */

/*
 * Marks the rules whose predicate equals an earlier rule's: whenever one
 * holds, the earlier rule (or one before it) decides. iptables' hot-drop
 * rules repeat like that, one per rule of a service list.
 */
static int find_dead(struct planner *pl)
{
	const struct kefir_ruleset *rs = pl->rs;
	size_t cap = 16, i, h;
	uint64_t *hashes;
	size_t *slot;

	while (cap < 2 * rs->n_rules)
		cap *= 2;
	hashes = calloc(rs->n_rules ? rs->n_rules : 1, sizeof(*hashes));
	slot = malloc(cap * sizeof(*slot));
	pl->plan->dead = calloc(rs->n_rules ? rs->n_rules : 1, sizeof(bool));
	if (!hashes || !slot || !pl->plan->dead) {
		free(hashes);
		free(slot);
		return -ENOMEM;
	}
	memset(slot, 0xff, cap * sizeof(*slot));
	for (i = 0; i < rs->n_rules; i++) {
		hashes[i] = pred_hash(KEFIR_HASH_SEED, rs->rules[i]->match);
		for (h = hashes[i] & (cap - 1); slot[h] != SIZE_MAX; h = (h + 1) & (cap - 1))
			if (hashes[slot[h]] == hashes[i] &&
			    pred_equal(rs->rules[slot[h]]->match, rs->rules[i]->match))
				break;
		if (slot[h] == SIZE_MAX)
			slot[h] = i;
		else
			pl->plan->dead[i] = true;
	}
	free(hashes);
	free(slot);
	return 0;
}

bool plan_rule_dead(const struct kefir_plan *plan, size_t i)
{
	return plan->dead && plan->dead[i];
}

/* ------------------------------------------------------------------------ */
/* Runs                                                                     */
/* ------------------------------------------------------------------------ */

/* The rules a segment on @key starting at @first may take. */
struct run {
	struct kefir_test key;
	size_t first, last;		/* rules [first, last) */
	size_t n_live;			/* rules not dead among them */
};

/* The shape of rule @r in @seg, adding it if there is room; -1 if not. */
static int shape_of(struct planner *pl, struct plan_seg *seg, size_t r,
		    size_t key_at)
{
	const struct kefir_ruleset *rs = pl->rs;
	size_t i;

	for (i = 0; i < seg->n_shapes; i++)
		if (pl->shape_hash[seg->shapes[i].rule] == pl->shape_hash[r] &&
		    same_shape(rs->rules[seg->shapes[i].rule], rs->rules[r]))
			return (int)i;
	if (seg->n_shapes == PLAN_MAX_SHAPES)
		return -1;
	seg->shapes[i].rule = r;
	seg->shapes[i].key_kid = key_at;
	seg->shapes[i].n_slots = 0;
	seg->n_shapes++;
	return (int)i;
}

static int action_of(struct plan_seg *seg, const struct kefir_action *a)
{
	size_t i;

	for (i = 0; i < seg->n_actions; i++)
		if (action_equal(seg->actions[i], a))
			return (int)i;
	if (seg->n_actions == PLAN_MAX_ACTIONS)
		return -1;
	seg->actions[seg->n_actions++] = a;
	return (int)i;
}

/*
 * How far a segment on @run->key can go from @run->first: the rules that
 * test the key as an interval, with room for their shapes and actions.
 * Fills @seg's shapes and actions as a side effect (reset by the caller).
 */
static void run_extend(struct planner *pl, struct run *run, struct plan_seg *seg)
{
	const struct kefir_ruleset *rs = pl->rs;
	size_t j, at;

	run->n_live = 0;
	for (j = run->first; j < rs->n_rules && run->n_live < SEG_MAX_RECS; j++) {
		if (plan_rule_dead(pl->plan, j))
			continue;
		if (!rule_simple(rs->rules[j]) ||
		    !key_kid(rs->rules[j], &run->key, &at) ||
		    shape_of(pl, seg, j, at) < 0 ||
		    action_of(seg, &rs->rules[j]->action) < 0)
			break;
		run->n_live++;
	}
	run->last = j;
}

static bool key_failed(struct planner *pl, const struct kefir_test *key,
		       size_t at)
{
	size_t i;

	for (i = 0; i < pl->n_failed; i++)
		if (same_key(&pl->failed[i].key, key) && at < pl->failed[i].until)
			return true;
	return false;
}

static void key_fails(struct planner *pl, const struct kefir_test *key,
		      size_t until)
{
	struct failed_key *f = &pl->failed[pl->n_failed < MAX_FAILED ?
						   pl->n_failed++ : until % MAX_FAILED];

	f->key = *key;
	f->until = until;
}

/* ------------------------------------------------------------------------ */
/* Segments                                                                 */
/* ------------------------------------------------------------------------ */

static void seg_free(struct plan_seg *seg)
{
	if (!seg)
		return;
	free(seg->recs);
	free(seg->bound);
	free(seg->start);
	free(seg->cand);
	free(seg->top);
	free(seg);
}

/*
 * Decides which non-key slottable tests of each shape vary between its
 * rules (the slots) and which are the same in all (tested as constants).
 */
static void seg_find_slots(struct planner *pl, struct plan_seg *seg,
			   const uint32_t *shape_of_rec)
{
	const struct kefir_ruleset *rs = pl->rs;
	const struct kefir_pred *m, *k;
	uint32_t w0[2], w[2];
	size_t s, i, r;
	bool varies;

	for (s = 0; s < seg->n_shapes; s++) {
		struct plan_shape *sh = &seg->shapes[s];

		m = rs->rules[sh->rule]->match;
		for (i = 0; i < m->n_kids; i++) {
			if (i == sh->key_kid || !kid_slottable(m->kids[i]))
				continue;
			kid_words(m->kids[i], w0);
			varies = false;
			for (r = 0; r < seg->n_recs && !varies; r++) {
				if (shape_of_rec[r] != s)
					continue;
				k = rs->rules[seg->recs[r].rule]->match->kids[i];
				kid_words(k, w);
				varies = w[0] != w0[0] || w[1] != w0[1];
			}
			if (varies) {
				sh->slots[sh->n_slots].test = &m->kids[i]->test;
				sh->slots[sh->n_slots++].kid = i;
			}
		}
		if (2 * sh->n_slots > seg->n_words)
			seg->n_words = 2 * sh->n_slots;
	}
}

/* True if kid @k of shape @sh is checked from the record or by the search. */
static bool kid_varies(const struct plan_shape *sh, const struct kefir_pred *m,
		       size_t k)
{
	return k == sh->key_kid || plan_slot_of(sh, &m->kids[k]->test) >= 0;
}

/*
 * The kid of shape @sh (match @m) equal to @c and constant, or -1.
 */
static long shape_find_const(const struct plan_shape *sh,
			     const struct kefir_pred *m, const struct kefir_pred *c)
{
	size_t k;

	for (k = 0; k < m->n_kids; k++)
		if (!kid_varies(sh, m, k) && !(sh->skip & UINT64_C(1) << k) &&
		    pred_equal(m->kids[k], c))
			return (long)k;
	return -1;
}

/*
 * The constant tests every shape has (the segment's guards): checked once
 * before the search, and left out of each shape's check.
 */
static void seg_find_common(struct planner *pl, struct plan_seg *seg)
{
	const struct kefir_ruleset *rs = pl->rs;
	const struct kefir_pred *m0 = rs->rules[seg->shapes[0].rule]->match;
	long at[PLAN_MAX_SHAPES];
	size_t k, s;

	for (s = 0; s < seg->n_shapes; s++)
		seg->shapes[s].skip = UINT64_C(1) << seg->shapes[s].key_kid;
	for (k = 0; k < m0->n_kids && seg->n_common < PLAN_MAX_COMMON; k++) {
		if (kid_varies(&seg->shapes[0], m0, k))
			continue;
		for (s = 0; s < seg->n_shapes; s++) {
			at[s] = shape_find_const(&seg->shapes[s],
						 rs->rules[seg->shapes[s].rule]->match,
						 m0->kids[k]);
			if (at[s] < 0)
				break;
		}
		if (s < seg->n_shapes)
			continue;
		for (s = 0; s < seg->n_shapes; s++)
			seg->shapes[s].skip |= UINT64_C(1) << at[s];
		seg->common[seg->n_common++] = m0->kids[k];
	}
}

/* Fills the record of each live rule of @run (shapes and actions known). */
static int seg_fill_records(struct planner *pl, struct plan_seg *seg,
			    const struct run *run)
{
	const struct kefir_ruleset *rs = pl->rs;
	uint32_t *shape_of_rec;
	size_t j, at, n = 0, s;

	seg->recs = calloc(run->n_live ? run->n_live : 1, sizeof(*seg->recs));
	shape_of_rec = calloc(run->n_live ? run->n_live : 1, sizeof(*shape_of_rec));
	if (!seg->recs || !shape_of_rec) {
		free(shape_of_rec);
		return -ENOMEM;
	}
	for (j = run->first; j < run->last; j++) {
		if (plan_rule_dead(pl->plan, j))
			continue;
		key_kid(rs->rules[j], &run->key, &at);
		seg->recs[n].rule = (uint32_t)j;
		seg->recs[n].shape = (uint32_t)shape_of(pl, seg, j, at);
		seg->recs[n].action = (uint32_t)action_of(seg, &rs->rules[j]->action);
		shape_of_rec[n] = seg->recs[n].shape;
		n++;
	}
	seg->n_recs = n;
	seg_find_slots(pl, seg, shape_of_rec);
	seg_find_common(pl, seg);
	for (n = 0; n < seg->n_recs; n++) {
		const struct plan_shape *sh = &seg->shapes[seg->recs[n].shape];
		const struct kefir_pred *m = rs->rules[seg->recs[n].rule]->match;

		for (s = 0; s < sh->n_slots; s++)
			kid_words(m->kids[sh->slots[s].kid], &seg->recs[n].w[2 * s]);
	}
	free(shape_of_rec);
	return 0;
}

/* The key interval of record @r. */
static void rec_interval(const struct planner *pl, const struct plan_seg *seg,
			 size_t r, uint32_t *lo, uint32_t *hi)
{
	const struct kefir_rule *rule = pl->rs->rules[seg->recs[r].rule];

	kid_interval(rule->match->kids[seg->shapes[seg->recs[r].shape].key_kid],
		     lo, hi);
}

/* True if record @c holds wherever record @r holds, in one interval. */
static bool rec_covers(const struct plan_seg *seg, const struct plan_rec *c,
		       const struct plan_rec *r)
{
	const struct plan_shape *sh = &seg->shapes[c->shape];
	const uint32_t *cw, *rw;
	unsigned int s;

	if (c->shape != r->shape)
		return false;
	for (s = 0; s < sh->n_slots; s++) {
		cw = &c->w[2 * s];
		rw = &r->w[2 * s];
		if (sh->slots[s].test->op == KEFIR_OP_RANGE) {
			if (cw[0] > rw[0] || rw[1] > cw[1])
				return false;
		} else if ((cw[0] & ~rw[0]) || (rw[1] & cw[0]) != cw[1]) {
			return false;
		}
	}
	return true;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

/* The index of @x in the sorted @b[0..n-1], where it is. */
static size_t bound_index(const uint32_t *b, size_t n, uint32_t x)
{
	size_t lo = 0, hi = n;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (b[mid] <= x)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The elementary intervals of the key: every record's key interval is a
 * union of them. Sets seg->bound and seg->n_ivals.
 */
static int seg_bounds(const struct planner *pl, struct plan_seg *seg)
{
	uint32_t fmax = (uint32_t)field_max(seg->key.field), lo, hi;
	size_t r, n = 0, i, u;

	seg->bound = malloc((2 * seg->n_recs + 1) * sizeof(*seg->bound));
	if (!seg->bound)
		return -ENOMEM;
	seg->bound[n++] = 0;
	for (r = 0; r < seg->n_recs; r++) {
		rec_interval(pl, seg, r, &lo, &hi);
		seg->bound[n++] = lo;
		if (hi < fmax)
			seg->bound[n++] = hi + 1;
	}
	qsort(seg->bound, n, sizeof(*seg->bound), cmp_u32);
	for (i = 1, u = 1; i < n; i++)
		if (seg->bound[i] != seg->bound[u - 1])
			seg->bound[u++] = seg->bound[i];
	seg->n_ivals = u;
	return 0;
}

/* Intervals [*a, *b) that record @r covers. */
static void rec_span(const struct planner *pl, const struct plan_seg *seg,
		     size_t r, size_t *a, size_t *b)
{
	uint32_t fmax = (uint32_t)field_max(seg->key.field), lo, hi;

	rec_interval(pl, seg, r, &lo, &hi);
	*a = bound_index(seg->bound, seg->n_ivals, lo);
	*b = hi == fmax ? seg->n_ivals :
			  bound_index(seg->bound, seg->n_ivals, hi + 1);
}

/*
 * Keeps the candidates of @list[0..n-1] (record indices in rule order)
 * that no earlier kept one covers; returns how many, or SIZE_MAX past
 * MAX_CAND.
 */
static size_t prune(const struct plan_seg *seg, uint32_t *list, size_t n)
{
	size_t i, j, kept = 0;

	for (i = 0; i < n; i++) {
		for (j = 0; j < kept; j++)
			if (rec_covers(seg, &seg->recs[list[j]], &seg->recs[list[i]]))
				break;
		if (j < kept)
			continue;
		if (kept == MAX_CAND)
			return SIZE_MAX;
		list[kept++] = list[i];
	}
	return kept;
}

/* Drops each interval whose candidates are those of the one before it. */
static void seg_merge(struct plan_seg *seg)
{
	size_t i, u = 0, a, len, prev_at = 0, prev_len = 0;
	uint32_t out = 0;

	/* writes go to entries <= i, reads to entries >= i */
	for (i = 0; i < seg->n_ivals; i++) {
		a = seg->start[i];
		len = seg->start[i + 1] - a;
		if (u && len == prev_len &&
		    !memcmp(&seg->cand[prev_at], &seg->cand[a], len * sizeof(*seg->cand)))
			continue;
		memmove(&seg->cand[out], &seg->cand[a], len * sizeof(*seg->cand));
		seg->bound[u] = seg->bound[i];
		seg->start[u++] = out;
		prev_at = out;
		prev_len = len;
		out += (uint32_t)len;
	}
	seg->start[u] = out;
	seg->n_ivals = u;
	seg->n_cand = out;
}

/*
 * The candidates of every interval. -E2BIG when the lists would be too
 * long (a key that does not split the rules well).
 */
static int seg_candidates(const struct planner *pl, struct plan_seg *seg)
{
	size_t n = seg->n_ivals, r, i, a, b, total = 0, kept, out = 0;
	size_t *count = calloc(n + 1, sizeof(*count));
	uint32_t *pairs = NULL;
	int err = -ENOMEM;

	if (!count)
		return -ENOMEM;
	for (r = 0; r < seg->n_recs; r++) {
		rec_span(pl, seg, r, &a, &b);
		total += b - a;
		for (i = a; i < b && total <= 16 * seg->n_recs + 4096; i++)
			count[i + 1]++;
	}
	if (total > 16 * seg->n_recs + 4096) {
		err = -E2BIG;
		goto out;
	}
	for (i = 0; i < n; i++)
		count[i + 1] += count[i];
	pairs = malloc((total ? total : 1) * sizeof(*pairs));
	seg->start = malloc((n + 1) * sizeof(*seg->start));
	seg->cand = malloc((total ? total : 1) * sizeof(*seg->cand));
	if (!pairs || !seg->start || !seg->cand)
		goto out;
	for (r = 0; r < seg->n_recs; r++) {
		rec_span(pl, seg, r, &a, &b);
		for (i = a; i < b; i++)
			pairs[count[i]++] = (uint32_t)r;
	}
	/* count[i] is now the end of interval i's pairs */
	for (i = 0; i < n; i++) {
		a = i ? count[i - 1] : 0;
		kept = prune(seg, &pairs[a], count[i] - a);
		if (kept == SIZE_MAX) {
			err = -E2BIG;
			goto out;
		}
		seg->start[i] = (uint32_t)out;
		memcpy(&seg->cand[out], &pairs[a], kept * sizeof(*pairs));
		out += kept;
		if (kept > seg->max_cand)
			seg->max_cand = kept;
	}
	seg->start[n] = (uint32_t)out;
	seg_merge(seg);
	err = 0;
out:
	free(count);
	free(pairs);
	return err;
}

/* The bits of the key's values. */
static unsigned int key_bits(const struct plan_seg *seg)
{
	uint64_t max = field_max(seg->key.field);
	unsigned int bits = 0;

	while (bits < 32 && max >> bits)
		bits++;
	return bits;
}

/*
 * The top table, so that a lookup searches only the intervals that share
 * the key's top bits (a direct lookup for keys of 16 bits or fewer).
 */
static int seg_top(struct plan_seg *seg)
{
	unsigned int bits = key_bits(seg);
	size_t n, h, i = 0, span;
	uint32_t v;

	unsigned int want = 2;

	if (seg->n_ivals < TOP_MIN_IVALS)
		return 0;
	/* about four entries per interval, at most 1 << TOP_MAX_BITS */
	while (((size_t)1 << want) < 4 * seg->n_ivals && want < TOP_MAX_BITS)
		want++;
	seg->top_bits = bits < want ? bits : want;
	seg->top_shift = bits - seg->top_bits;
	n = (size_t)1 << seg->top_bits;
	seg->top = malloc((n + 1) * sizeof(*seg->top));
	if (!seg->top)
		return -ENOMEM;
	for (h = 0; h < n; h++) {
		v = (uint32_t)(h << seg->top_shift);
		while (i + 1 < seg->n_ivals && seg->bound[i + 1] <= v)
			i++;
		seg->top[h] = (uint32_t)i;
	}
	seg->top[n] = (uint32_t)(seg->n_ivals - 1);
	for (h = 0; h < n; h++) {
		span = seg->top[h + 1] - seg->top[h];
		if (span > seg->top_span)
			seg->top_span = span;
	}
	return 0;
}

/*
 * Builds the segment of @run into *@out. -E2BIG when the key does not split
 * the rules well enough, -ENOMEM.
 */
static int seg_build(struct planner *pl, const struct run *run,
		     struct plan_seg **out)
{
	struct plan_seg *seg = calloc(1, sizeof(*seg));
	int err;

	if (!seg)
		return -ENOMEM;
	seg->key = run->key;
	err = seg_fill_records(pl, seg, run);
	if (!err)
		err = seg_bounds(pl, seg);
	if (!err)
		err = seg_candidates(pl, seg);
	if (err) {
		seg_free(seg);
		return err;
	}
	*out = seg;
	return 0;
}

/* ------------------------------------------------------------------------ */
/* The plan                                                                 */
/* ------------------------------------------------------------------------ */

static int plan_add(struct kefir_plan *plan, size_t first, size_t last,
		    struct plan_seg *seg)
{
	struct plan_block *b;

	if (!seg && plan->n_blocks && !plan->blocks[plan->n_blocks - 1].seg &&
	    plan->blocks[plan->n_blocks - 1].last == first) {
		plan->blocks[plan->n_blocks - 1].last = last;
		return 0;
	}
	if (array_reserve((void **)&plan->blocks, &plan->cap_blocks,
			  sizeof(*plan->blocks), plan->n_blocks + 1))
		return -ENOMEM;
	b = &plan->blocks[plan->n_blocks++];
	b->first = first;
	b->last = last;
	b->seg = seg;
	return 0;
}

/*
 * The longest run from rule @i on each key rule @i tests. Returns how many
 * (at most PLAN_MAX_SLOTS).
 */
static size_t candidate_runs(struct planner *pl, size_t i,
			     struct run runs[PLAN_MAX_SLOTS])
{
	const struct kefir_pred *m = pl->rs->rules[i]->match;
	struct plan_seg scratch;
	size_t k, n = 0, at;

	for (k = 0; k < m->n_kids && n < PLAN_MAX_SLOTS; k++) {
		if (!kid_slottable(m->kids[k]) ||
		    !key_kid(pl->rs->rules[i], &m->kids[k]->test, &at) || at != k ||
		    key_failed(pl, &m->kids[k]->test, i))
			continue;
		memset(&scratch, 0, sizeof(scratch));
		runs[n].key = m->kids[k]->test;
		runs[n].first = i;
		run_extend(pl, &runs[n], &scratch);
		if (runs[n].n_live < MIN_SEGMENT)
			key_fails(pl, &runs[n].key, runs[n].last);
		else
			n++;
	}
	return n;
}

/* Cuts @run at half its rules. */
static void run_halve(struct planner *pl, struct run *run)
{
	size_t j;

	run->last = run->first + (run->last - run->first) / 2;
	for (run->n_live = 0, j = run->first; j < run->last; j++)
		run->n_live += !plan_rule_dead(pl->plan, j);
}

/*
 * The segment of @run, halving the run while its key does not split it
 * well enough. -E2BIG when even MIN_SEGMENT rules do not fit, -ENOMEM.
 */
static int build_run(struct planner *pl, struct run *run, struct plan_seg **seg)
{
	int err;

	for (;;) {
		err = seg_build(pl, run, seg);
		if (err != -E2BIG)
			return err;
		run_halve(pl, run);
		if (run->n_live < MIN_SEGMENT)
			return -E2BIG;
	}
}

/*
 * How good a segment is: the rules it decides per candidate a packet may
 * have to check (the key search itself costs about the same in all).
 */
static double seg_score(const struct plan_seg *seg)
{
	return (double)seg->n_recs / (double)(1 + seg->max_cand);
}

/*
 * The best segment starting at rule @i, by seg_score(). NULL in *@out
 * when none forms.
 */
static int best_segment(struct planner *pl, size_t i, struct plan_seg **out,
			size_t *last)
{
	struct run runs[PLAN_MAX_SLOTS];
	struct plan_seg *seg, *best = NULL;
	size_t n = candidate_runs(pl, i, runs), k, full;
	int err;

	for (k = 0; k < n; k++) {
		full = runs[k].last;
		err = build_run(pl, &runs[k], &seg);
		if (err == -ENOMEM) {
			seg_free(best);
			return err;
		}
		if (!err && seg_score(seg) < MIN_SCORE) {
			seg_free(seg);
			err = -E2BIG;
		}
		if (err) {
			key_fails(pl, &runs[k].key, full);
			continue;
		}
		if (!best || seg_score(seg) > seg_score(best)) {
			seg_free(best);
			best = seg;
			*last = runs[k].last;
		} else {
			seg_free(seg);
		}
	}
	*out = best;
	return 0;
}

static int plan_rules(struct planner *pl)
{
	const struct kefir_ruleset *rs = pl->rs;
	struct plan_seg *seg;
	size_t i = 0, last;
	int err;

	while (i < rs->n_rules) {
		seg = NULL;
		if (!plan_rule_dead(pl->plan, i) && rule_simple(rs->rules[i])) {
			err = best_segment(pl, i, &seg, &last);
			if (err)
				return err;
		}
		if (seg) {
			err = seg_top(seg);
			if (!err)
				err = plan_add(pl->plan, i, last, seg);
			if (err) {
				seg_free(seg);
				return err;
			}
			i = last;
			continue;
		}
		if ((err = plan_add(pl->plan, i, i + 1, NULL)))
			return err;
		i++;
	}
	return 0;
}

int plan_build(const struct kefir_ruleset *rs, bool linear,
	       struct kefir_plan **out)
{
	struct planner pl = { .rs = rs };
	size_t i;
	int err;

	pl.plan = calloc(1, sizeof(*pl.plan));
	if (!pl.plan)
		return -ENOMEM;
	if (linear || !rs->n_rules) {
		err = rs->n_rules ? plan_add(pl.plan, 0, rs->n_rules, NULL) : 0;
		goto out;
	}
	err = find_dead(&pl);
	pl.shape_hash = calloc(rs->n_rules, sizeof(*pl.shape_hash));
	if (!err && !pl.shape_hash)
		err = -ENOMEM;
	for (i = 0; !err && i < rs->n_rules; i++) {
		const struct kefir_pred *m = rs->rules[i]->match;
		uint64_t h = KEFIR_HASH_SEED;
		size_t k;

		for (k = 0; k < m->n_kids; k++)
			h = kid_shape_hash(h, m->kids[k]);
		pl.shape_hash[i] = h;
	}
	if (!err)
		err = plan_rules(&pl);
out:
	free(pl.shape_hash);
	if (err) {
		plan_free(pl.plan);
		return err;
	}
	*out = pl.plan;
	return 0;
}

void plan_free(struct kefir_plan *plan)
{
	size_t i;

	if (!plan)
		return;
	for (i = 0; i < plan->n_blocks; i++)
		seg_free(plan->blocks[i].seg);
	free(plan->blocks);
	free(plan->dead);
	free(plan);
}

int plan_slot_of(const struct plan_shape *shape, const struct kefir_test *t)
{
	unsigned int s;

	for (s = 0; s < shape->n_slots; s++)
		if (shape->slots[s].test == t)
			return (int)s;
	return -1;
}
