/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * cbpf_rand.c - random rulesets for the classic BPF test: every field of
 * fields.def under eq (with and without masks), range and set, relations
 * with every operator over constant and variable loads from every anchor,
 * inside not / or, with pass and drop actions in any order. Values are often
 * read from corpus packets so that rules match.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kefir_internal.h"
#include "pktgen.h"

struct bpf_program;
typedef void check_fn(const char *, const struct kefir_ruleset *,
		      const struct bpf_program *);
int cbpf_random_rulesets(check_fn *check);

extern struct pg_corpus *cbpf_corpus;

static uint32_t rnd(uint32_t *s)
{
	*s = *s * 1103515245u + 12345u;
	return *s >> 8;
}

enum fam { FAM_ANY, FAM_IP4, FAM_IP6, FAM_ARP, FAM_VLAN, FAM_L4_4, FAM_L4_6, FAM_MAX };

static struct kefir_pred *kid(struct kefir_pred *and, struct kefir_pred *p)
{
	if (p && pred_add(and, p))
		pred_free(p);
	return p;
}

static struct kefir_pred *type_test(uint32_t type, unsigned int net_off)
{
	struct kefir_pred *p = pred_new_field_u64(KEFIR_FIELD_ETH_TYPE, type, NULL);

	if (p)
		p->test.net_off = net_off;
	return p;
}

/* Adds the guards of @fam to @and; returns the net_off and l4 to use. */
static void add_guards(struct kefir_pred *and, enum fam fam, uint32_t *s,
		       unsigned int *net_off, enum kefir_l4 *l4)
{
	struct kefir_pred *p;

	*net_off = 14;
	*l4 = KEFIR_L4_NONE;
	if ((fam == FAM_IP4 || fam == FAM_L4_4) && rnd(s) % 4 == 0) {
		/* behind one VLAN tag */
		kid(and, type_test(0x8100, 14));
		*net_off = 18;
	}
	switch (fam) {
	case FAM_IP4: kid(and, type_test(0x0800, *net_off)); break;
	case FAM_IP6: kid(and, type_test(0x86dd, 14)); break;
	case FAM_ARP: kid(and, type_test(rnd(s) & 1 ? 0x0806 : 0x8035, 14)); break;
	case FAM_VLAN:
		kid(and, type_test(rnd(s) & 1 ? 0x8100 : 0x88a8, 14));
		break;
	case FAM_L4_4:
	case FAM_L4_6:
		kid(and, type_test(fam == FAM_L4_4 ? 0x0800 : 0x86dd, *net_off));
		p = pred_new_field_u64(fam == FAM_L4_4 ? KEFIR_FIELD_IP4_PROTO :
				       KEFIR_FIELD_IP6_NEXT, rnd(s) & 1 ? 6 : 17, NULL);
		if (p)
			p->test.net_off = *net_off;
		kid(and, p);
		*l4 = fam == FAM_L4_4 ? KEFIR_L4_IP4 : KEFIR_L4_IP6;
		break;
	default:
		break;
	}
}

static enum fam field_fam(enum kefir_field f)
{
	switch (field_info(f)->family) {
	case KEFIR_FAMILY_IP4: return FAM_IP4;
	case KEFIR_FAMILY_IP6: return FAM_IP6;
	case KEFIR_FAMILY_ARP: return FAM_ARP;
	case KEFIR_FAMILY_VLAN: return FAM_VLAN;
	case KEFIR_FAMILY_L4: return FAM_L4_4;
	default: return FAM_ANY;
	}
}

/* Reads @t's field from a random packet into @v, or makes one up. */
static void pick_value(const struct kefir_test *t, uint32_t *s,
		       struct kefir_value *v)
{
	const struct kefir_field_info *fi = field_info(t->field);
	const struct pg_packet *pk = &cbpf_corpus->pkts[rnd(s) % cbpf_corpus->n];
	uint64_t off = fi->anchor == KEFIR_ANCHOR_LINK ? 0 : t->net_off;
	uint32_t x = 0;
	unsigned int i;

	memset(v, 0, sizeof(*v));
	if (fi->anchor == KEFIR_ANCHOR_L4 && t->l4 == KEFIR_L4_IP6)
		off += 40;
	else if (fi->anchor == KEFIR_ANCHOR_L4)
		off += t->net_off < pk->caplen ? 4u * (pk->data[t->net_off] & 15) : 0;
	off += (uint64_t)(int64_t)fi->offset;
	if (fi->anchor == KEFIR_ANCHOR_META || rnd(s) % 4 == 0 ||
	    off + fi->bytes > pk->caplen) {
		for (i = 0; i < fi->bytes; i++)
			v->b[i] = (uint8_t)rnd(s);
		if (fi->anchor == KEFIR_ANCHOR_META)
			value_from_u64(v, pk->wirelen, 4);
	} else {
		memcpy(v->b, pk->data + off, fi->bytes);
	}
	if (fi->bytes <= 4) {
		for (i = 0; i < fi->bytes; i++)
			x = (x << 8) | v->b[i];
		if (fi->mask)
			x = (x & fi->mask) >> fi->shift;
		value_from_u64(v, x, fi->bytes);
	}
}

static void random_mask(struct kefir_test *t, uint32_t *s)
{
	unsigned int bytes = field_info(t->field)->bytes, i;
	struct kefir_value full;

	value_full_mask(&full, t->field);
	for (i = 0; i < bytes; i++)
		t->mask.b[i] = full.b[i] & (uint8_t)rnd(s);
}

static struct kefir_pred *field_test(enum kefir_field f, uint32_t *s,
				     unsigned int net_off, enum kefir_l4 l4)
{
	struct kefir_pred *p = pred_new_field(f, NULL);
	struct kefir_test *t;
	unsigned int bytes = field_info(f)->bytes, i;

	if (!p)
		return NULL;
	t = &p->test;
	t->net_off = net_off;
	t->l4 = field_info(f)->anchor == KEFIR_ANCHOR_L4 ? l4 : KEFIR_L4_NONE;
	pick_value(t, s, &t->value);
	switch (rnd(s) % 3) {
	case 0:
		if (rnd(s) & 1)
			random_mask(t, s);
		value_and(&t->value, &t->value, &t->mask, bytes);
		break;
	case 1:
		t->op = KEFIR_OP_RANGE;
		t->max = t->value;
		for (i = bytes; i-- > 0 && rnd(s) % 3;)
			t->value.b[i] = 0;
		value_full_mask(&t->mask, f);
		for (i = bytes; i-- > 0 && rnd(s) % 3;)
			t->max.b[i] = t->mask.b[i];
		break;
	default:
		t->op = KEFIR_OP_SET;
		t->n_set = 1 + rnd(s) % 4;
		t->set = calloc(t->n_set, sizeof(*t->set));
		if (!t->set) {
			t->n_set = 0;
			break;
		}
		for (i = 0; i < t->n_set; i++)
			pick_value(t, s, &t->set[i]);
		break;
	}
	return p;
}

static struct kefir_expr *expr(enum kefir_expr_kind kind, uint32_t k)
{
	struct kefir_expr *e = expr_new(kind, NULL);

	if (e)
		e->k = k;
	return e;
}

static struct kefir_expr *rand_expr(uint32_t *s, enum kefir_l4 l4, int depth);

static struct kefir_expr *rand_load(uint32_t *s, enum kefir_l4 l4, int depth)
{
	static const unsigned int sizes[] = { 1, 2, 4 };
	struct kefir_expr *e = expr(KEFIR_EXPR_LOAD, 0);

	if (!e)
		return NULL;
	e->size = sizes[rnd(s) % 3];
	e->anchor = l4 != KEFIR_L4_NONE && rnd(s) & 1 ? KEFIR_ANCHOR_L4 :
		    rnd(s) & 1 ? KEFIR_ANCHOR_NET : KEFIR_ANCHOR_LINK;
	if (depth > 0 && rnd(s) % 4 == 0)
		e->a = rand_expr(s, KEFIR_L4_NONE, depth - 1);
	else
		e->a = expr(KEFIR_EXPR_CONST, rnd(s) % 70);
	return e;
}

static struct kefir_expr *rand_expr(uint32_t *s, enum kefir_l4 l4, int depth)
{
	struct kefir_expr *e;

	switch (depth <= 0 ? rnd(s) % 3 : rnd(s) % 6) {
	case 0:
		return expr(KEFIR_EXPR_CONST, rnd(s) % 4 ? rnd(s) % 300 : rnd(s));
	case 1:
		return rand_load(s, l4, depth);
	case 2:
		return expr(KEFIR_EXPR_LEN, 0);
	case 3:
		e = expr(KEFIR_EXPR_NEG, 0);
		if (e)
			e->a = rand_expr(s, l4, depth - 1);
		return e;
	default:
		e = expr(KEFIR_EXPR_BINARY, 0);
		if (!e)
			return NULL;
		e->op = (enum kefir_binop)(rnd(s) % KEFIR_BINOP_MAX);
		e->a = rand_expr(s, l4, depth - 1);
		e->b = rand_expr(s, l4, depth - 1);
		return e;
	}
}

static struct kefir_pred *rel_test(uint32_t *s, unsigned int net_off,
				   enum kefir_l4 l4)
{
	struct kefir_pred *p = pred_new(KEFIR_PRED_TEST, NULL);

	if (!p)
		return NULL;
	p->test.kind = KEFIR_TEST_REL;
	p->test.net_off = net_off;
	p->test.l4 = l4;
	p->test.relop = (enum kefir_relop)(rnd(s) % KEFIR_RELOP_MAX);
	p->test.lhs = rand_expr(s, l4, 3);
	p->test.rhs = rnd(s) & 1 ? rand_expr(s, l4, 2) : expr(KEFIR_EXPR_CONST, rnd(s) % 256);
	return p;
}

/* One test of family @fam, sometimes negated or or'ed with another. */
static struct kefir_pred *rand_test(uint32_t *s, enum kefir_field f,
				    unsigned int net_off, enum kefir_l4 l4)
{
	struct kefir_pred *p = rnd(s) % 4 ? field_test(f, s, net_off, l4) :
			       rel_test(s, net_off, l4);
	struct kefir_pred *w;

	if (!p || rnd(s) % 4)
		return p;
	w = pred_new(rnd(s) & 1 ? KEFIR_PRED_NOT : KEFIR_PRED_OR, NULL);
	if (!w || pred_add(w, p)) {
		pred_free(w);
		return p;
	}
	if (w->kind == KEFIR_PRED_OR)
		kid(w, field_test(f, s, net_off, l4));
	return w;
}

static struct kefir_rule *rand_rule(uint32_t *s, enum kefir_field f)
{
	struct kefir_rule *r = rule_new(&(struct kefir_loc){ 1, 1, 1 }, "random");
	unsigned int net_off, n, i;
	enum kefir_l4 l4;
	enum fam fam = field_fam(f);

	if (!r)
		return NULL;
	if (fam == FAM_L4_4 && rnd(s) & 1)
		fam = FAM_L4_6;
	add_guards(r->match, fam, s, &net_off, &l4);
	n = 1 + rnd(s) % 2;
	for (i = 0; i < n; i++)
		kid(r->match, rand_test(s, f, net_off, l4));
	r->action.kind = rnd(s) & 1 ? KEFIR_ACTION_PASS : KEFIR_ACTION_DROP;
	return r;
}

static struct kefir_ruleset *rand_ruleset(uint32_t seed, size_t n_rules)
{
	struct kefir_ruleset *rs = ruleset_new("random", "test");
	struct kefir_rule *r;
	uint32_t s = seed;
	size_t i;

	if (!rs)
		return NULL;
	rs->default_action.kind = rnd(&s) & 1 ? KEFIR_ACTION_PASS : KEFIR_ACTION_DROP;
	for (i = 0; i < n_rules; i++) {
		r = rand_rule(&s, (enum kefir_field)(rnd(&s) % KEFIR_FIELD_MAX));
		if (r && ruleset_append(rs, r))
			rule_free(r);
	}
	return rs;
}

/* Prints @rs as JSON and as cBPF, to debug a failing seed. */
static void dump(const struct kefir_ruleset *rs)
{
	KEFIR_OPTS_INIT(kefir_emit_opts, noopt, .flags = KEFIR_EMIT_CBPF_NO_OPT);
	struct kefir_diag *diag = kefir_diag_new();
	char *text = NULL;

	if (!kefir_ruleset_emit(rs, "json", NULL, &text, NULL, diag))
		fprintf(stderr, "%s\n", text);
	free(text);
	if (!kefir_ruleset_emit(rs, "cbpf", &noopt, &text, NULL, diag))
		fprintf(stderr, "%s\n", text);
	free(text);
	if (!kefir_ruleset_emit(rs, "cbpf", NULL, &text, NULL, diag))
		fprintf(stderr, "%s\n", text);
	free(text);
	kefir_diag_free(diag);
}

int cbpf_random_rulesets(check_fn *check)
{
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_ruleset *rs;
	char name[64];
	const char *env = getenv("CBPF_SEEDS");
	uint32_t seed, n_seeds = env ? (uint32_t)atoi(env) : 1500;
	int bad = 0;

	for (seed = 1; seed <= n_seeds; seed++) {
		rs = rand_ruleset(seed, 1 + seed % 5);
		snprintf(name, sizeof(name), "random seed %u", seed);
		if (rs && !kefir_ruleset_validate(rs, diag)) {
			check(name, rs, NULL);
			if (getenv("CBPF_SEED") && (uint32_t)atoi(getenv("CBPF_SEED")) == seed)
				dump(rs);
		}
		else if (bad++ < 3 && getenv("CBPF_DEBUG"))
			fprintf(stderr, "%s", kefir_diag_text(diag));
		kefir_diag_clear(diag);
		kefir_ruleset_free(rs);
	}
	kefir_diag_free(diag);
	return bad;
}
