/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * validate.c - checks that a ruleset is well-formed IR before anyone
 * evaluates or renders it: shapes of the predicate tree, values that fit
 * their field, ordered ranges, loads of sane sizes, known actions, and
 * protocol guards: a field of the IPv4 header may only be tested after a
 * test "eth_type == 0x0800" at the same network offset, in the same
 * conjunction or an enclosing one.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "kefir_internal.h"

#define MAX_FACTS 32
#define MAX_NET_OFF 1024

/* A protocol known to hold: the EtherType before @net_off is of @family. */
struct fact {
	unsigned int net_off;
	enum kefir_family family;
};

struct facts {
	struct fact v[MAX_FACTS];
	size_t n;
};

struct vctx {
	const struct kefir_ruleset *rs;
	const struct kefir_source *src;
	struct kefir_diag *diag;
	size_t rule;
	int err;
};

static void verror(struct vctx *c, const struct kefir_loc *loc,
		   const char *what, const char *detail)
{
	if (c->src && loc && loc->line)
		c->err = diag_error(c->diag, c->src, loc, "%s%s", what, detail);
	else
		c->err = diag_rule_error(c->diag, c->rs, c->rule,
					 "invalid rule %zu: %s%s", c->rule,
					 what, detail);
}

static enum kefir_family ethertype_family(uint64_t type)
{
	switch (type) {
	case 0x0800: return KEFIR_FAMILY_IP4;
	case 0x86dd: return KEFIR_FAMILY_IP6;
	case 0x0806: case 0x8035: return KEFIR_FAMILY_ARP;
	case 0x8100: case 0x88a8: case 0x9100: return KEFIR_FAMILY_VLAN;
	default: return KEFIR_FAMILY_ANY;
	}
}

/* The family a test establishes when it holds (ANY: none). */
static enum kefir_family test_establishes(const struct kefir_test *t)
{
	enum kefir_family fam;
	size_t i;

	if (t->kind != KEFIR_TEST_FIELD || t->field != KEFIR_FIELD_ETH_TYPE ||
	    !value_is_full_mask(&t->mask, t->field))
		return KEFIR_FAMILY_ANY;
	if (t->op == KEFIR_OP_EQ)
		return ethertype_family(value_to_u64(&t->value, 2));
	if (t->op != KEFIR_OP_SET || !t->n_set)
		return KEFIR_FAMILY_ANY;
	fam = ethertype_family(value_to_u64(&t->set[0], 2));
	for (i = 1; i < t->n_set; i++)
		if (ethertype_family(value_to_u64(&t->set[i], 2)) != fam)
			return KEFIR_FAMILY_ANY;
	return fam;
}

static bool facts_hold(const struct facts *f, unsigned int net_off,
		       enum kefir_family family)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		if (f->v[i].net_off == net_off && f->v[i].family == family)
			return true;
	return false;
}

static const char *const family_names[] = {
	[KEFIR_FAMILY_ANY] = "any", [KEFIR_FAMILY_VLAN] = "a VLAN tag",
	[KEFIR_FAMILY_IP4] = "IPv4", [KEFIR_FAMILY_IP6] = "IPv6",
	[KEFIR_FAMILY_ARP] = "ARP", [KEFIR_FAMILY_L4] = "IP",
};

static void check_guard(struct vctx *c, const struct kefir_test *t,
			const struct facts *f)
{
	enum kefir_family need = field_info(t->field)->family;

	if (need == KEFIR_FAMILY_L4)
		need = t->l4 == KEFIR_L4_IP4 ? KEFIR_FAMILY_IP4 : KEFIR_FAMILY_IP6;
	if (need == KEFIR_FAMILY_ANY || facts_hold(f, t->net_off, need))
		return;
	verror(c, &t->loc, "unguarded test of ", field_info(t->field)->name);
	diag_add(c->diag, KEFIR_SEVERITY_NOTE, NULL, NULL,
		 "a test that eth_type is %s at network offset %u must come first",
		 family_names[need], t->net_off);
}

static void check_value_fits(struct vctx *c, const struct kefir_test *t,
			     const struct kefir_value *v, const char *what)
{
	const struct kefir_field_info *fi = field_info(t->field);
	unsigned int i;

	for (i = fi->bytes; i < sizeof(v->b); i++)
		if (v->b[i])
			return verror(c, &t->loc, what, " is wider than its field");
	if ((fi->kind == KEFIR_KIND_UINT || fi->kind == KEFIR_KIND_HEX) &&
	    value_to_u64(v, fi->bytes) > field_max(t->field))
		verror(c, &t->loc, what, " is too large for its field");
}

static void check_field_test(struct vctx *c, const struct kefir_test *t,
			     const struct facts *f)
{
	unsigned int bytes;
	size_t i;

	if (t->field >= KEFIR_FIELD_MAX || t->op >= KEFIR_OP_MAX)
		return verror(c, &t->loc, "unknown field or operator", "");
	bytes = field_info(t->field)->bytes;
	check_value_fits(c, t, &t->value, "value");
	check_value_fits(c, t, &t->mask, "mask");
	if (t->op == KEFIR_OP_EQ && value_outside_mask(&t->value, &t->mask, bytes))
		verror(c, &t->loc, "value has bits outside its mask", "");
	if (t->op == KEFIR_OP_RANGE) {
		check_value_fits(c, t, &t->max, "range maximum");
		if (value_cmp(&t->value, &t->max, bytes) > 0)
			verror(c, &t->loc, "range minimum is above its maximum", "");
	}
	if (t->op == KEFIR_OP_SET && !t->n_set)
		verror(c, &t->loc, "empty set of values", "");
	for (i = 0; t->op == KEFIR_OP_SET && i < t->n_set; i++)
		if (value_outside_mask(&t->set[i], &t->mask, bytes))
			verror(c, &t->loc, "set value has bits outside its mask", "");
	if (field_info(t->field)->anchor == KEFIR_ANCHOR_L4 &&
	    t->l4 == KEFIR_L4_NONE)
		verror(c, &t->loc, "transport field without an l4 method: ",
		       field_info(t->field)->name);
	if (!field_walk_ok(t->field, t->l4))
		verror(c, &t->loc, field_walk(t->field) == KEFIR_L4_IP6_FLOW ?
		       "field of the IPv6 flow walk without l4 ip6_flow: " :
		       "field of ipv6_find_hdr() without l4 ip6_find, ip6_find_frag or ip6_find_ah: ",
		       field_info(t->field)->name);
	check_guard(c, t, f);
}

static void check_expr(struct vctx *c, const struct kefir_test *t,
		       const struct kefir_expr *e)
{
	if (!e)
		return verror(c, &t->loc, "missing operand", "");
	switch (e->kind) {
	case KEFIR_EXPR_CONST:
	case KEFIR_EXPR_LEN:
		return;
	case KEFIR_EXPR_LOAD:
		if (e->size != 1 && e->size != 2 && e->size != 4)
			verror(c, &e->loc, "load size must be 1, 2 or 4", "");
		if (e->anchor == KEFIR_ANCHOR_META ||
		    e->anchor == KEFIR_ANCHOR_WALK ||
		    (e->anchor == KEFIR_ANCHOR_L4 && t->l4 == KEFIR_L4_NONE))
			verror(c, &e->loc, "load without a valid anchor", "");
		return check_expr(c, t, e->a);
	case KEFIR_EXPR_NEG:
		return check_expr(c, t, e->a);
	case KEFIR_EXPR_BINARY:
		if (e->op >= KEFIR_BINOP_MAX)
			return verror(c, &e->loc, "unknown operator", "");
		check_expr(c, t, e->a);
		return check_expr(c, t, e->b);
	}
	verror(c, &e->loc, "unknown expression", "");
}

/*
 * A classic BPF program: one the kernel accepts, that kefir converts, and
 * an end of its packet guarded by its IP version.
 */
static void check_cbpf_test(struct vctx *c, const struct kefir_test *t,
			    const struct facts *f)
{
	const char *why = "no program";
	char detail[96];
	size_t pc = 0;

	if (!t->prog || (why = cbpf_check(t->prog, t->n_prog, &pc)) ||
	    (why = cbpf_unsupported(t->prog, t->n_prog, &pc))) {
		snprintf(detail, sizeof(detail), "instruction %zu: %s", pc, why);
		return verror(c, &t->loc, "invalid classic BPF program: ", detail);
	}
	if (t->end >= KEFIR_CBPF_END_MAX)
		return verror(c, &t->loc, "unknown end of a classic BPF packet", "");
	if ((t->end == KEFIR_CBPF_END_IP4 &&
	     !facts_hold(f, t->net_off, KEFIR_FAMILY_IP4)) ||
	    (t->end == KEFIR_CBPF_END_IP6 &&
	     !facts_hold(f, t->net_off, KEFIR_FAMILY_IP6)))
		verror(c, &t->loc, "unguarded classic BPF program with end ",
		       cbpf_end_name(t->end));
}

static void check_test(struct vctx *c, const struct kefir_test *t,
		       const struct facts *f)
{
	if (t->net_off < 2 || t->net_off > MAX_NET_OFF || t->l4 >= KEFIR_L4_MAX)
		return verror(c, &t->loc, "network offset or l4 method out of range", "");
	if (t->kind == KEFIR_TEST_FIELD)
		return check_field_test(c, t, f);
	if (t->kind == KEFIR_TEST_CBPF)
		return check_cbpf_test(c, t, f);
	if (t->kind != KEFIR_TEST_REL || t->relop >= KEFIR_RELOP_MAX)
		return verror(c, &t->loc, "unknown test", "");
	check_expr(c, t, t->lhs);
	check_expr(c, t, t->rhs);
}

static void check_pred(struct vctx *c, const struct kefir_pred *p,
		       const struct facts *inherited);

/* Kids of an AND see the facts their earlier siblings established. */
static void check_and(struct vctx *c, const struct kefir_pred *p,
		      const struct facts *inherited)
{
	struct facts f = *inherited;
	enum kefir_family fam;
	size_t i;

	for (i = 0; i < p->n_kids; i++) {
		check_pred(c, p->kids[i], &f);
		if (p->kids[i]->kind != KEFIR_PRED_TEST || f.n == MAX_FACTS)
			continue;
		fam = test_establishes(&p->kids[i]->test);
		if (fam != KEFIR_FAMILY_ANY) {
			f.v[f.n].net_off = p->kids[i]->test.net_off;
			f.v[f.n++].family = fam;
		}
	}
}

static void check_pred(struct vctx *c, const struct kefir_pred *p,
		       const struct facts *inherited)
{
	size_t i;

	switch (p->kind) {
	case KEFIR_PRED_TRUE:
	case KEFIR_PRED_FALSE:
		if (p->n_kids)
			verror(c, &p->loc, "constant with operands", "");
		return;
	case KEFIR_PRED_TEST:
		if (p->n_kids)
			verror(c, &p->loc, "test with operands", "");
		return check_test(c, &p->test, inherited);
	case KEFIR_PRED_NOT:
		if (p->n_kids != 1)
			return verror(c, &p->loc, "'not' needs exactly one operand", "");
		return check_pred(c, p->kids[0], inherited);
	case KEFIR_PRED_AND:
		return check_and(c, p, inherited);
	case KEFIR_PRED_OR:
		for (i = 0; i < p->n_kids; i++)
			check_pred(c, p->kids[i], inherited);
		return;
	}
	verror(c, &p->loc, "unknown predicate", "");
}

/* Handler arguments: only on handlers, with a sane layout and operands. */
static void check_action_args(struct vctx *c, const struct kefir_action *a)
{
	struct kefir_test layout = {
		.net_off = a->args_net_off ? a->args_net_off
					   : KEFIR_NET_OFF_DEFAULT,
		.l4 = a->args_l4, .loc = a->loc,
	};
	size_t i;

	if (!a->n_args)
		return;
	if (a->kind != KEFIR_ACTION_HANDLER)
		return verror(c, &a->loc, "arguments on an action that is not a handler", "");
	if (c->rule >= c->rs->n_rules)
		return verror(c, &a->loc, "the default action takes no arguments", "");
	if (layout.net_off > MAX_NET_OFF || a->args_l4 >= KEFIR_L4_MAX)
		return verror(c, &a->loc, "network offset or l4 method out of range", "");
	for (i = 0; i < a->n_args; i++)
		check_expr(c, &layout, a->args[i]);
}

static void check_action(struct vctx *c, const struct kefir_action *a)
{
	if (a->kind >= KEFIR_ACTION_MAX)
		return verror(c, &a->loc, "unknown action", "");
	if (a->kind == KEFIR_ACTION_HANDLER && (!a->name || !*a->name))
		verror(c, &a->loc, "handler action without a name", "");
	if (a->kind == KEFIR_ACTION_REDIRECT && !a->ifindex && !a->name)
		verror(c, &a->loc, "redirect without an interface", "");
	check_action_args(c, a);
}

int ruleset_validate(const struct kefir_ruleset *rs,
		     const struct kefir_source *src, struct kefir_diag *diag)
{
	struct vctx c = { .rs = rs, .src = src, .diag = diag };
	struct facts none = { .n = 0 };
	const struct kefir_rule *r;
	int err = 0;

	for (c.rule = 0; c.rule < rs->n_rules; c.rule++) {
		r = rs->rules[c.rule];
		c.err = 0;
		if (!r->match || r->match->kind != KEFIR_PRED_AND)
			verror(&c, &r->loc, "a rule's match must be a conjunction", "");
		else
			check_pred(&c, r->match, &none);
		check_action(&c, &r->action);
		err = err ? err : c.err;
	}
	c.err = 0;
	check_action(&c, &rs->default_action);
	return err ? err : c.err;
}
