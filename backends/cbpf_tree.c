/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * cbpf_tree.c - the shape of a rule's predicate the classic BPF code
 * generator walks: a tree of nodes pointing at the IR's tests (which it does
 * not copy), rearranged only in ways the IR's semantics cannot tell apart,
 * reads that fall off the packet included:
 *   - nested and/or of the same kind are flattened;
 *   - in an "or", a branch guarded by "F == v" moves back next to an earlier
 *     branch guarded by "F == v", over branches guarded by "F == w" (w != v):
 *     they read F first and at most one of them can hold;
 *   - adjacent branches that start with the same test share it:
 *     (g and a) or (g and b) = g and (a or b), g being evaluated again with
 *     the same result.
 * So pflang's "port A or port B" becomes "IPv6 and (...) or IPv4 and (...)"
 * with each guard tested once.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cbpf.h"

/* Remembers @p for cbpf_tree_free(); returns @p, or NULL (freeing it). */
static void *keep(struct cbpf_tree *t, void *p)
{
	if (!p || array_reserve((void **)&t->ptrs, &t->cap, sizeof(*t->ptrs),
				t->n + 1)) {
		free(p);
		t->failed = true;
		return NULL;
	}
	t->ptrs[t->n++] = p;
	return p;
}

static struct cbpf_node *node_new(struct cbpf_tree *t,
				  enum kefir_pred_kind kind, size_t n_kids)
{
	struct cbpf_node *n = keep(t, calloc(1, sizeof(*n)));

	if (!n)
		return NULL;
	n->kind = kind;
	n->kids = keep(t, calloc(n_kids ? n_kids : 1, sizeof(*n->kids)));
	return n->kids ? n : NULL;
}

/* The test a branch starts with, or NULL. */
static const struct kefir_test *first_test(const struct cbpf_node *n)
{
	if (n->kind == KEFIR_PRED_AND && n->n_kids)
		n = n->kids[0];
	return n->kind == KEFIR_PRED_TEST ? n->test : NULL;
}

/* 1: @a and @b test the same bytes for different values (exclusive);
 * 0: they are the same test; -1: neither. */
static int guard_relation(const struct kefir_test *a, const struct kefir_test *b)
{
	if (!a || !b || a->kind != KEFIR_TEST_FIELD || b->kind != KEFIR_TEST_FIELD ||
	    a->op != KEFIR_OP_EQ || b->op != KEFIR_OP_EQ || a->field != b->field ||
	    a->net_off != b->net_off || a->l4 != b->l4 ||
	    memcmp(&a->mask, &b->mask, sizeof(a->mask)))
		return -1;
	return memcmp(&a->value, &b->value, sizeof(a->value)) ? 1 : 0;
}

/* Moves each branch of @or back next to the last earlier branch with the
 * same guard, over branches with exclusive guards. */
static void group_guards(struct cbpf_node *or)
{
	struct cbpf_node *moved;
	size_t i, j;
	int rel;

	for (i = 1; i < or->n_kids; i++) {
		for (j = i; j-- > 0;) {
			rel = guard_relation(first_test(or->kids[i]),
					     first_test(or->kids[j]));
			if (rel != 1)
				break;
		}
		if (j == SIZE_MAX || rel != 0 || j + 1 == i)
			continue;
		moved = or->kids[i];
		memmove(&or->kids[j + 2], &or->kids[j + 1],
			(i - j - 1) * sizeof(*or->kids));
		or->kids[j + 1] = moved;
	}
}

static struct cbpf_node *normalize(struct cbpf_tree *t, struct cbpf_node *n);

/* The rest of branch @n after its first test, as one node. */
static struct cbpf_node *rest_of(struct cbpf_tree *t, struct cbpf_node *n)
{
	struct cbpf_node *rest;

	if (n->kind != KEFIR_PRED_AND)
		return node_new(t, KEFIR_PRED_TRUE, 0);
	rest = node_new(t, KEFIR_PRED_AND, n->n_kids - 1);
	if (!rest)
		return NULL;
	memcpy(rest->kids, n->kids + 1, (n->n_kids - 1) * sizeof(*n->kids));
	rest->n_kids = n->n_kids - 1;
	return normalize(t, rest);
}

/* Replaces the @count branches of @or from @at, which all start with the
 * same test, by one: that test and the "or" of their rests. */
static struct cbpf_node *share_first(struct cbpf_tree *t, struct cbpf_node *or,
				     size_t at, size_t count)
{
	struct cbpf_node *and = node_new(t, KEFIR_PRED_AND, 2);
	struct cbpf_node *rests = node_new(t, KEFIR_PRED_OR, count);
	size_t i;

	if (!and || !rests)
		return NULL;
	for (i = 0; i < count; i++)
		if (!(rests->kids[rests->n_kids++] = rest_of(t, or->kids[at + i])))
			return NULL;
	and->kids[0] = or->kids[at]->kind == KEFIR_PRED_AND ?
		       or->kids[at]->kids[0] : or->kids[at];
	and->kids[1] = normalize(t, rests);
	and->n_kids = 2;
	return and->kids[1] ? normalize(t, and) : NULL;
}

static void factor(struct cbpf_tree *t, struct cbpf_node *or)
{
	const struct kefir_test *g;
	struct cbpf_node *shared;
	size_t i, run;

	for (i = 0; i < or->n_kids && !t->failed; i++) {
		g = first_test(or->kids[i]);
		for (run = 1; g && i + run < or->n_kids &&
		     first_test(or->kids[i + run]) &&
		     test_equal(g, first_test(or->kids[i + run])); run++)
			;
		if (run < 2)
			continue;
		if (!(shared = share_first(t, or, i, run)))
			return;
		or->kids[i] = shared;
		memmove(&or->kids[i + 1], &or->kids[i + run],
			(or->n_kids - i - run) * sizeof(*or->kids));
		or->n_kids -= run - 1;
	}
}

/* Lifts the kids of same-kind kids into @n. */
static struct cbpf_node *flatten(struct cbpf_tree *t, struct cbpf_node *n)
{
	struct cbpf_node *flat;
	size_t i, total = 0;

	for (i = 0; i < n->n_kids; i++)
		total += n->kids[i]->kind == n->kind ? n->kids[i]->n_kids : 1;
	if (!(flat = node_new(t, n->kind, total)))
		return NULL;
	for (i = 0; i < n->n_kids; i++) {
		if (n->kids[i]->kind != n->kind) {
			flat->kids[flat->n_kids++] = n->kids[i];
			continue;
		}
		memcpy(flat->kids + flat->n_kids, n->kids[i]->kids,
		       n->kids[i]->n_kids * sizeof(*n->kids));
		flat->n_kids += n->kids[i]->n_kids;
	}
	return flat;
}

static struct cbpf_node *normalize(struct cbpf_tree *t, struct cbpf_node *n)
{
	if (n->kind != KEFIR_PRED_AND && n->kind != KEFIR_PRED_OR)
		return n;
	if (!(n = flatten(t, n)))
		return NULL;
	if (n->kind == KEFIR_PRED_OR) {
		group_guards(n);
		factor(t, n);
	}
	if (t->failed)
		return NULL;
	return n->n_kids == 1 ? n->kids[0] : n;
}

static struct cbpf_node *build(struct cbpf_tree *t, const struct kefir_pred *p)
{
	struct cbpf_node *n = node_new(t, p->kind, p->n_kids);
	size_t i;

	if (!n)
		return NULL;
	n->test = &p->test;
	for (i = 0; i < p->n_kids; i++)
		if (!(n->kids[n->n_kids++] = build(t, p->kids[i])))
			return NULL;
	return normalize(t, n);
}

struct cbpf_node *cbpf_tree_build(struct cbpf_tree *t,
				  const struct kefir_pred *pred)
{
	return build(t, pred);
}

void cbpf_tree_free(struct cbpf_tree *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->ptrs[i]);
	free(t->ptrs);
	memset(t, 0, sizeof(*t));
}
