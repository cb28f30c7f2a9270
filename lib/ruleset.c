/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * ruleset.c - constructors, destructors and accessors of the IR: rulesets,
 * rules, predicates, expressions and actions. Ownership: a ruleset owns its
 * rules, a rule its predicate tree and action, a predicate its kids and its
 * test's expressions and value set.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "kefir_internal.h"

struct kefir_ruleset *ruleset_new(const char *source_name, const char *syntax)
{
	struct kefir_ruleset *rs = calloc(1, sizeof(*rs));

	if (!rs)
		return NULL;
	rs->default_action.kind = KEFIR_ACTION_PASS;
	rs->default_action.vf = -1;
	rs->default_action.context = -1;
	rs->source_name = xstrdup(source_name ? source_name : "<input>");
	rs->syntax = xstrdup(syntax ? syntax : "");
	if (!rs->source_name || !rs->syntax) {
		kefir_ruleset_free(rs);
		return NULL;
	}
	return rs;
}

void kefir_ruleset_free(struct kefir_ruleset *rs)
{
	size_t i;

	if (!rs)
		return;
	for (i = 0; i < rs->n_rules; i++)
		rule_free(rs->rules[i]);
	free(rs->rules);
	action_clear(&rs->default_action);
	free(rs->default_text);
	free(rs->source_name);
	free(rs->syntax);
	free(rs);
}

struct kefir_rule *rule_new(const struct kefir_loc *loc, const char *text)
{
	struct kefir_rule *rule = calloc(1, sizeof(*rule));

	if (!rule)
		return NULL;
	rule->match = pred_new(KEFIR_PRED_AND, loc);
	rule->text = strdup(text ? text : "");
	rule->action.vf = -1;
	rule->action.context = -1;
	if (loc)
		rule->loc = *loc;
	if (!rule->match || !rule->text) {
		rule_free(rule);
		return NULL;
	}
	return rule;
}

void rule_free(struct kefir_rule *rule)
{
	if (!rule)
		return;
	pred_free(rule->match);
	action_clear(&rule->action);
	free(rule->text);
	free(rule);
}

int ruleset_append(struct kefir_ruleset *rs, struct kefir_rule *rule)
{
	if (array_reserve((void **)&rs->rules, &rs->cap_rules,
			  sizeof(*rs->rules), rs->n_rules + 1))
		return -ENOMEM;
	rs->rules[rs->n_rules++] = rule;
	return 0;
}

struct kefir_pred *pred_new(enum kefir_pred_kind kind,
			    const struct kefir_loc *loc)
{
	struct kefir_pred *p = calloc(1, sizeof(*p));

	if (!p)
		return NULL;
	p->kind = kind;
	if (loc)
		p->loc = *loc;
	return p;
}

void pred_free(struct kefir_pred *pred)
{
	size_t i;

	if (!pred)
		return;
	for (i = 0; i < pred->n_kids; i++)
		pred_free(pred->kids[i]);
	free(pred->kids);
	free(pred->test.set);
	expr_free(pred->test.lhs);
	expr_free(pred->test.rhs);
	free(pred->test.prog);
	free(pred);
}

int pred_add(struct kefir_pred *parent, struct kefir_pred *kid)
{
	if (array_reserve((void **)&parent->kids, &parent->cap_kids,
			  sizeof(*parent->kids), parent->n_kids + 1))
		return -ENOMEM;
	parent->kids[parent->n_kids++] = kid;
	return 0;
}

struct kefir_pred *pred_new_field(enum kefir_field field,
				  const struct kefir_loc *loc)
{
	struct kefir_pred *p = pred_new(KEFIR_PRED_TEST, loc);

	if (!p)
		return NULL;
	p->test.kind = KEFIR_TEST_FIELD;
	p->test.field = field;
	p->test.op = KEFIR_OP_EQ;
	p->test.net_off = KEFIR_NET_OFF_DEFAULT;
	p->test.l4 = KEFIR_L4_NONE;
	value_full_mask(&p->test.mask, field);
	if (loc)
		p->test.loc = *loc;
	return p;
}

struct kefir_pred *pred_new_field_u64(enum kefir_field field, uint64_t x,
				      const struct kefir_loc *loc)
{
	struct kefir_pred *p = pred_new_field(field, loc);

	if (p)
		value_from_u64(&p->test.value, x, field_info(field)->bytes);
	return p;
}

struct kefir_expr *expr_new(enum kefir_expr_kind kind,
			    const struct kefir_loc *loc)
{
	struct kefir_expr *e = calloc(1, sizeof(*e));

	if (!e)
		return NULL;
	e->kind = kind;
	if (loc)
		e->loc = *loc;
	return e;
}

void expr_free(struct kefir_expr *e)
{
	if (!e)
		return;
	expr_free(e->a);
	expr_free(e->b);
	free(e);
}

struct kefir_expr *expr_copy(const struct kefir_expr *e)
{
	struct kefir_expr *c;

	if (!e || !(c = malloc(sizeof(*c))))
		return NULL;
	*c = *e;
	c->a = c->b = NULL;
	if ((e->a && !(c->a = expr_copy(e->a))) ||
	    (e->b && !(c->b = expr_copy(e->b)))) {
		expr_free(c);
		return NULL;
	}
	return c;
}

int action_add_arg(struct kefir_action *a, struct kefir_expr *e)
{
	size_t cap = a->n_args;

	if (array_reserve((void **)&a->args, &cap, sizeof(*a->args),
			  a->n_args + 1))
		return -ENOMEM;
	a->args[a->n_args++] = e;
	return 0;
}

static void free_args(struct kefir_expr **args, size_t n)
{
	while (n)
		expr_free(args[--n]);
	free(args);
}

void action_clear(struct kefir_action *a)
{
	free(a->name);
	a->name = NULL;
	free_args(a->args, a->n_args);
	a->args = NULL;
	a->n_args = 0;
}

/* Copies @n arguments of @src into a new array in *@out. 0 or -ENOMEM. */
static int copy_args(struct kefir_expr *const *src, size_t n,
		     struct kefir_expr ***out)
{
	size_t i;

	*out = NULL;
	if (!n)
		return 0;
	if (!(*out = calloc(n, sizeof(**out))))
		return -ENOMEM;
	for (i = 0; i < n; i++)
		if (!((*out)[i] = expr_copy(src[i]))) {
			free_args(*out, i);
			*out = NULL;
			return -ENOMEM;
		}
	return 0;
}

int action_copy(struct kefir_action *dst, const struct kefir_action *src)
{
	struct kefir_expr **args;
	char *name = NULL;

	if (src->name && !(name = strdup(src->name)))
		return -ENOMEM;
	if (copy_args(src->args, src->n_args, &args)) {
		free(name);
		return -ENOMEM;
	}
	action_clear(dst);
	*dst = *src;
	dst->name = name;
	dst->args = args;
	return 0;
}

size_t kefir_ruleset_n_rules(const struct kefir_ruleset *rs)
{
	return rs->n_rules;
}

const char *kefir_ruleset_rule_text(const struct kefir_ruleset *rs,
				    size_t index, unsigned int *line,
				    unsigned int *col)
{
	const struct kefir_loc *loc;
	const char *text;

	if (index > rs->n_rules)
		return NULL;
	if (index < rs->n_rules) {
		loc = &rs->rules[index]->loc;
		text = rs->rules[index]->text;
	} else {
		loc = &rs->default_loc;
		text = rs->default_text ? rs->default_text : "(default)";
	}
	if (line)
		*line = loc->line;
	if (col)
		*col = loc->col;
	return text;
}

const char *kefir_ruleset_action_name(const struct kefir_ruleset *rs,
				      size_t index)
{
	if (index > rs->n_rules)
		return NULL;
	if (index == rs->n_rules)
		return action_name(rs->default_action.kind);
	return action_name(rs->rules[index]->action.kind);
}

const char *kefir_ruleset_source(const struct kefir_ruleset *rs)
{
	return rs->source_name ? rs->source_name : "";
}

/* ------------------------------------------------------------------------ */
/* Structural comparison and hashing (locations are ignored)                */
/* ------------------------------------------------------------------------ */

bool expr_equal(const struct kefir_expr *a, const struct kefir_expr *b)
{
	if (!a || !b)
		return a == b;
	return a->kind == b->kind && a->k == b->k && a->anchor == b->anchor &&
	       a->size == b->size && a->op == b->op &&
	       expr_equal(a->a, b->a) && expr_equal(a->b, b->b);
}

bool test_equal(const struct kefir_test *a, const struct kefir_test *b)
{
	size_t i;

	if (a->kind != b->kind || a->net_off != b->net_off || a->l4 != b->l4)
		return false;
	if (a->kind == KEFIR_TEST_REL)
		return a->relop == b->relop && expr_equal(a->lhs, b->lhs) &&
		       expr_equal(a->rhs, b->rhs);
	if (a->kind == KEFIR_TEST_CBPF)
		return a->end == b->end && a->n_prog == b->n_prog &&
		       (!a->n_prog ||
			!memcmp(a->prog, b->prog, a->n_prog * sizeof(*a->prog)));
	if (a->field != b->field || a->op != b->op || a->n_set != b->n_set ||
	    memcmp(&a->value, &b->value, sizeof(a->value)) ||
	    memcmp(&a->max, &b->max, sizeof(a->max)) ||
	    memcmp(&a->mask, &b->mask, sizeof(a->mask)))
		return false;
	for (i = 0; i < a->n_set; i++)
		if (memcmp(&a->set[i], &b->set[i], sizeof(a->set[i])))
			return false;
	return true;
}

bool pred_equal(const struct kefir_pred *a, const struct kefir_pred *b)
{
	size_t i;

	if (a->kind != b->kind || a->n_kids != b->n_kids)
		return false;
	if (a->kind == KEFIR_PRED_TEST && !test_equal(&a->test, &b->test))
		return false;
	for (i = 0; i < a->n_kids; i++)
		if (!pred_equal(a->kids[i], b->kids[i]))
			return false;
	return true;
}

/* FNV-1a over @len bytes, continuing from @h. */
uint64_t hash_bytes(uint64_t h, const void *data, size_t len)
{
	const uint8_t *p = data;
	size_t i;

	for (i = 0; i < len; i++)
		h = (h ^ p[i]) * UINT64_C(0x100000001b3);
	return h;
}

static uint64_t hash_u64(uint64_t h, uint64_t x)
{
	return hash_bytes(h, &x, sizeof(x));
}

static uint64_t expr_hash(uint64_t h, const struct kefir_expr *e)
{
	if (!e)
		return hash_u64(h, 0x5a);
	h = hash_u64(h, (uint64_t)e->kind << 40 | (uint64_t)e->op << 32 | e->k);
	h = hash_u64(h, (uint64_t)e->anchor << 8 | e->size);
	return expr_hash(expr_hash(h, e->a), e->b);
}

uint64_t test_hash(uint64_t h, const struct kefir_test *t)
{
	size_t i;

	h = hash_u64(h, (uint64_t)t->kind << 48 | (uint64_t)t->l4 << 32 |
				t->net_off);
	if (t->kind == KEFIR_TEST_REL)
		return expr_hash(expr_hash(hash_u64(h, t->relop), t->lhs), t->rhs);
	if (t->kind == KEFIR_TEST_CBPF)
		return hash_bytes(hash_u64(h, (uint64_t)t->end << 32 | t->n_prog),
				  t->prog, t->n_prog * sizeof(*t->prog));
	h = hash_u64(h, (uint64_t)t->field << 32 | (uint64_t)t->op << 24 | t->n_set);
	h = hash_bytes(h, &t->value, sizeof(t->value));
	h = hash_bytes(h, &t->max, sizeof(t->max));
	h = hash_bytes(h, &t->mask, sizeof(t->mask));
	for (i = 0; i < t->n_set; i++)
		h = hash_bytes(h, &t->set[i], sizeof(t->set[i]));
	return h;
}

uint64_t pred_hash(uint64_t h, const struct kefir_pred *p)
{
	size_t i;

	h = hash_u64(h, (uint64_t)p->kind << 32 | p->n_kids);
	if (p->kind == KEFIR_PRED_TEST)
		h = test_hash(h, &p->test);
	for (i = 0; i < p->n_kids; i++)
		h = pred_hash(h, p->kids[i]);
	return h;
}

bool action_equal(const struct kefir_action *a, const struct kefir_action *b)
{
	size_t i;

	if (a->kind != b->kind || a->queue != b->queue || a->vf != b->vf ||
	    a->context != b->context || a->ifindex != b->ifindex ||
	    a->n_args != b->n_args || a->args_net_off != b->args_net_off ||
	    a->args_l4 != b->args_l4)
		return false;
	if ((a->name || b->name) &&
	    (!a->name || !b->name || strcmp(a->name, b->name)))
		return false;
	for (i = 0; i < a->n_args; i++)
		if (!expr_equal(a->args[i], b->args[i]))
			return false;
	return true;
}
