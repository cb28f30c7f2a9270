/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * kernel.c - the kernel test: every ruleset, rendered as bpf-c for XDP and
 * for TC, compiled with clang, loaded through libbpf (the verifier is the
 * judge) and run with BPF_PROG_TEST_RUN on every packet of the corpus
 * (pktgen.c), must give the verdict the reference interpreter gives, and
 * count in its map exactly the packets and bytes the interpreter attributes
 * to each rule.
 *
 * The rulesets: every golden case tests/data/SYNTAX/CASE.t that has a json
 * section (its input, parsed with its syntax), and a self-check that needs no
 * front-end: rulesets built here from the field table (every field with
 * every operator, under zero, one and two VLAN tags, each rule's value taken
 * from a corpus packet no earlier rule matches, so every rule decides some
 * packet), seeded random and/or/not trees with relations, every action kind,
 * and two rulesets of 600 rules (random, and ethtool-like flows).
 *
 * Besides the corpus, each ruleset runs on packets made for it: for each
 * rule, a corpus packet rewritten so that the rule's field tests hold, so
 * that rules with values outside the corpus's vocabulary match something.
 *
 * The kernel sees a packet as its captured bytes only, so the interpreter is
 * asked with wire length = captured length. BPF_PROG_TEST_RUN refuses frames
 * shorter than an Ethernet header (and, for TC, IP packets shorter than
 * their fixed header); those packets are counted as not run.
 *
 * Without bpf() (not root: EPERM) or clang, the test prints "SKIP: ..." and
 * exits 77, which automake counts as skipped. KEFIR_KEEP_TMP=1 keeps the
 * generated C files and objects (the directory is printed at the end).
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <linux/bpf.h>
#include <linux/pkt_cls.h>

#include <CUnit/Basic.h>

#include "kefir_internal.h"
#include "pktgen.h"
#include "segments.h"
#include "testdata.h"

#define SKIP_EXIT 77
#define MAX_REPORTS 8		/* mismatches reported one by one, per run */
#define N_RANDOM 8		/* random rulesets of the self-check */
#define N_MANY 600		/* rules of the large rulesets */
#define ALTERNATIVES 4		/* of a disjunction, tried to make packets */
#define N_SEGMENT_RULESETS 3	/* rulesets made for the classification pass */
#define N_SEGMENT_RULES 400	/* rules in each */
#define N_AIMED 3000		/* packets aimed at their values */

/* What each hook returns for each action. */
struct hook {
	enum kefir_hook hook;
	const char *name;
	uint32_t verdict[KEFIR_ACTION_MAX];
};

static const struct hook hooks[] = {
	{ KEFIR_HOOK_XDP, "xdp", {
		[KEFIR_ACTION_PASS] = XDP_PASS, [KEFIR_ACTION_QUEUE] = XDP_PASS,
		[KEFIR_ACTION_DROP] = XDP_DROP,
		[KEFIR_ACTION_REDIRECT] = XDP_REDIRECT } },
	{ KEFIR_HOOK_TC, "tc", {
		[KEFIR_ACTION_PASS] = TC_ACT_OK, [KEFIR_ACTION_QUEUE] = TC_ACT_OK,
		[KEFIR_ACTION_DROP] = TC_ACT_SHOT,
		[KEFIR_ACTION_REDIRECT] = TC_ACT_REDIRECT } },
};

/* One CUnit test: a golden case or a self-check ruleset. */
struct kcase {
	char *name;			/* the CUnit test name */
	char *path;			/* golden: the .t file */
	struct kefir_ruleset *rs;	/* self-check: built by main() */
	size_t n_rules;
	size_t n_matched;		/* packets some rule matched (last hook) */
	unsigned int aimed;		/* self-check: seed of segments_packets(),
					 * 0 for none */
	bool done;
};

static struct pg_corpus corpus;
static struct kcase *cases;
static size_t n_cases;
static char tmpdir[] = "/tmp/kefir-kernel-XXXXXX";
static bool keep_files;		/* $KEFIR_KEEP_TMP: leave the C and objects */

/* A CUnit failure with a formatted message. */
static void failf(unsigned int line, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void failf(unsigned int line, const char *fmt, ...)
{
	char msg[4096];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	CU_assertImplementation(CU_FALSE, line, msg, __FILE__, "", CU_FALSE);
}
#define FAIL(...) failf(__LINE__, __VA_ARGS__)
#define PASS() CU_assertImplementation(CU_TRUE, __LINE__, "", __FILE__, "", CU_FALSE)

/* ------------------------------------------------------------------------ */
/* Fields in packets, and packets made for rules                            */
/* ------------------------------------------------------------------------ */

/* Where @t's field lies in @len bytes at @data, as the interpreter finds
 * it; false when it falls off (or is not packet bytes). */
static bool field_offset(const struct kefir_test *t, const uint8_t *data,
			 size_t len, size_t *off)
{
	const struct kefir_field_info *fi = field_info(t->field);

	*off = fi->anchor == KEFIR_ANCHOR_LINK ? 0 : t->net_off;
	if (fi->anchor == KEFIR_ANCHOR_META || fi->anchor == KEFIR_ANCHOR_WALK)
		return false;
	if (fi->anchor == KEFIR_ANCHOR_L4 && t->l4 == KEFIR_L4_IP6)
		*off += 40;
	if (fi->anchor == KEFIR_ANCHOR_L4 && t->l4 == KEFIR_L4_IP4) {
		if (*off >= len)
			return false;
		*off += 4u * (data[*off] & 0xf);
	}
	*off += (size_t)fi->offset;
	return *off + fi->bytes <= len;
}

static uint32_t load_be(const uint8_t *b, unsigned int n)
{
	uint32_t x = 0;
	unsigned int i;

	for (i = 0; i < n; i++)
		x = x << 8 | b[i];
	return x;
}

/* Reads @t's field from @p as the interpreter does; false if it falls off. */
static bool read_value(const struct kefir_test *t, const struct pg_packet *p,
		       struct kefir_value *v)
{
	const struct kefir_field_info *fi = field_info(t->field);
	size_t off;

	memset(v, 0, sizeof(*v));
	if (fi->anchor == KEFIR_ANCHOR_META) {
		value_from_u64(v, p->caplen, fi->bytes);
		return true;
	}
	if (fi->anchor == KEFIR_ANCHOR_WALK)
		return test_read_field(t, p->data, p->caplen, p->caplen, v);
	if (!field_offset(t, p->data, p->caplen, &off))
		return false;
	if (fi->mask)
		value_from_u64(v, (load_be(p->data + off, fi->bytes) & fi->mask) >>
				  fi->shift, fi->bytes);
	else
		memcpy(v->b, p->data + off, fi->bytes);
	return true;
}

/* Writes the bits of @v under @mask into @t's field of @g. */
static bool write_value(const struct kefir_test *t, struct pg *g,
			const struct kefir_value *v,
			const struct kefir_value *mask)
{
	const struct kefir_field_info *fi = field_info(t->field);
	uint32_t x, m;
	size_t off, i;

	if (!field_offset(t, g->b, g->len, &off))
		return false;
	if (!fi->mask) {
		for (i = 0; i < fi->bytes; i++)
			g->b[off + i] = (uint8_t)((g->b[off + i] & ~mask->b[i]) |
						  (v->b[i] & mask->b[i]));
		return true;
	}
	m = ((uint32_t)value_to_u64(mask, fi->bytes) << fi->shift) & fi->mask;
	x = load_be(g->b + off, fi->bytes) & ~m;
	x |= ((uint32_t)value_to_u64(v, fi->bytes) << fi->shift) & m;
	for (i = fi->bytes; i-- > 0; x >>= 8)
		g->b[off + i] = (uint8_t)x;
	return true;
}

/* Rewrites @g so that the field test @t holds (with set member @alt). */
static void apply_test(const struct kefir_test *t, struct pg *g,
		       unsigned int alt)
{
	struct kefir_value full;

	if (t->kind != KEFIR_TEST_FIELD)
		return;
	value_full_mask(&full, t->field);
	if (t->op == KEFIR_OP_EQ)
		write_value(t, g, &t->value, &t->mask);
	else if (t->op == KEFIR_OP_RANGE)
		write_value(t, g, &t->value, &full);
	else if (t->n_set)
		write_value(t, g, &t->set[alt % t->n_set], &t->mask);
}

/* Rewrites @g so that the field tests of @p hold: all of a conjunction,
 * alternative @alt of a disjunction, none under a negation. */
static void apply_pred(const struct kefir_pred *p, struct pg *g,
		       unsigned int alt)
{
	size_t i;

	if (p->kind == KEFIR_PRED_TEST)
		apply_test(&p->test, g, alt);
	for (i = 0; p->kind == KEFIR_PRED_AND && i < p->n_kids; i++)
		apply_pred(p->kids[i], g, alt);
	if (p->kind == KEFIR_PRED_OR && p->n_kids)
		apply_pred(p->kids[alt % p->n_kids], g, alt);
}

/*
 * Adds to @extra, for each rule of @rs that it can, a whole packet of the
 * corpus rewritten so that the rule's field tests hold (and it matches),
 * so that every such rule decides at least one packet.
 */
static int make_packets(const struct kefir_ruleset *rs, struct pg_corpus *extra)
{
	const struct pg_packet *p;
	char prefix[48];
	size_t k, i;
	struct pg g;
	int err = 0;

	for (k = 0; !err && k < rs->n_rules; k++) {
		for (i = 0; i < ALTERNATIVES * corpus.n; i++) {
			p = &corpus.pkts[(k * 31 + i / ALTERNATIVES) % corpus.n];
			if (p->caplen != p->wirelen)
				continue;
			pg_init(&g);
			memcpy(g.b, p->data, p->caplen);
			g.len = p->caplen;
			snprintf(g.desc, sizeof(g.desc), "%s", p->desc);
			apply_pred(rs->rules[k]->match, &g, i % ALTERNATIVES);
			if (pred_eval(rs->rules[k]->match, g.b, g.len, g.len))
				break;
		}
		snprintf(prefix, sizeof(prefix), "made for rule %zu from:", k);
		if (i < ALTERNATIVES * corpus.n)
			err = corpus_add(extra, &g, g.len, g.len, prefix);
	}
	return err;
}

/* ------------------------------------------------------------------------ */
/* Building, loading and running one program                                */
/* ------------------------------------------------------------------------ */

/* The temporary files of case @name on hook @h: DIR/NAME-HOOK.c and .o. */
static void tmp_paths(const char *name, const struct hook *h, char *c,
		      char *o, size_t size)
{
	char base[256], *p;

	snprintf(base, sizeof(base), "%s/%s-%s", tmpdir, name, h ? h->name : "");
	for (p = base + strlen(tmpdir) + 1; *p; p++)
		if (*p == '/' || *p == ' ')
			*p = '_';
	snprintf(c, size, "%s.c", base);
	snprintf(o, size, "%s.o", base);
}

static void tmp_remove(const char *c, const char *o)
{
	if (keep_files)
		return;
	unlink(c);
	unlink(o);
}

/* Renders @rs for @h, compiles and loads it; stores the program in *@prog. */
static int build_prog(const char *name, const struct kefir_ruleset *rs,
		      const struct hook *h, struct kefir_prog **prog)
{
	KEFIR_OPTS_INIT(kefir_emit_opts, eo, .hook = h->hook);
	struct kefir_diag *diag = kefir_diag_new();
	char c_path[300], obj_path[300];
	char *text = NULL;
	size_t len;
	int err;

	*prog = NULL;
	tmp_paths(name, h, c_path, obj_path, sizeof(c_path));
	err = kefir_ruleset_emit(rs, "bpf-c", &eo, &text, &len, diag);
	if (!err)
		err = testdata_write(c_path, text, len);
	if (!err)
		err = kefir_bpf_compile(c_path, obj_path, NULL, diag);
	if (!err)
		err = kefir_prog_load(obj_path, prog, diag);
	if (err)
		FAIL("%s [%s]: cannot build the program (%s):\n%s", name, h->name,
		     strerror(-err), kefir_diag_text(diag));
	tmp_remove(c_path, obj_path);
	free(text);
	kefir_diag_free(diag);
	return err;
}

static const struct kefir_action *action_of(const struct kefir_ruleset *rs,
					    long rule)
{
	return rule < 0 ? &rs->default_action : &rs->rules[rule]->action;
}

static const char *verdict_name(const struct hook *h, uint32_t v)
{
	static const char *const xdp[] = { "XDP_ABORTED", "XDP_DROP", "XDP_PASS",
					   "XDP_TX", "XDP_REDIRECT" };
	static const char *const tc[] = { "TC_ACT_OK", "TC_ACT_RECLASSIFY",
					  "TC_ACT_SHOT", "TC_ACT_PIPE", "TC_ACT_STOLEN",
					  "TC_ACT_QUEUED", "TC_ACT_REPEAT",
					  "TC_ACT_REDIRECT" };

	if (h->hook == KEFIR_HOOK_XDP && v < ARRAY_SIZE(xdp))
		return xdp[v];
	if (h->hook == KEFIR_HOOK_TC && v < ARRAY_SIZE(tc))
		return tc[v];
	return "(unknown)";
}

/* The outcome of running the corpus through one program. */
struct run {
	const char *name;
	const struct kefir_ruleset *rs;
	const struct hook *h;
	struct kefir_counter *expect;	/* n_rules + 1 */
	size_t ran, refused, matched, mismatches;
};

/*
 * True for the packets BPF_PROG_TEST_RUN refuses: shorter than an Ethernet
 * header, and for TC, IPv4 or IPv6 packets shorter than their fixed header.
 */
static bool test_run_refuses(const struct hook *h, const struct pg_packet *p)
{
	unsigned int type;

	if (p->caplen < 14)
		return true;
	if (h->hook != KEFIR_HOOK_TC)
		return false;
	type = (unsigned int)p->data[12] << 8 | p->data[13];
	return (type == 0x0800 && p->caplen < 14 + 20) ||
	       (type == 0x86dd && p->caplen < 14 + 40);
}

/* Runs packet #@i, @p; false when the kernel refuses to run it. */
static bool run_packet(struct run *r, struct kefir_prog *prog,
		       const struct pg_packet *p, size_t i)
{
	long rule = kefir_ruleset_eval(r->rs, p->data, p->caplen, p->caplen);
	uint32_t want = r->h->verdict[action_of(r->rs, rule)->kind], got = 0;
	size_t slot = rule < 0 ? r->rs->n_rules : (size_t)rule;
	int err = kefir_prog_test_run(prog, p->data, p->caplen, &got);

	if (err == -EINVAL && test_run_refuses(r->h, p))
		return false;
	if (err) {
		FAIL("%s [%s]: packet #%zu '%s': test run failed: %s", r->name,
		     r->h->name, i, p->desc, strerror(-err));
		return false;
	}
	r->ran++;
	r->matched += rule >= 0;
	r->expect[slot].packets++;
	r->expect[slot].bytes += p->caplen;
	if (got == want)
		PASS();
	else if (r->mismatches++ < MAX_REPORTS)
		FAIL("%s [%s]: packet #%zu '%s' (%zu bytes): kernel %s, interpreter %s (%s %ld)",
		     r->name, r->h->name, i, p->desc, p->caplen,
		     verdict_name(r->h, got), verdict_name(r->h, want),
		     rule < 0 ? "default" : "rule", rule);
	return true;
}

static void check_counters(struct run *r, struct kefir_prog *prog)
{
	size_t i, n = r->rs->n_rules + 1;
	struct kefir_counter *got = calloc(n, sizeof(*got));
	int err = got ? kefir_prog_read_counters(prog, got, n) : -ENOMEM;

	if (err)
		FAIL("%s [%s]: cannot read the counters: %s", r->name, r->h->name,
		     strerror(-err));
	for (i = 0; !err && i < n; i++)
		if (got[i].packets == r->expect[i].packets &&
		    got[i].bytes == r->expect[i].bytes)
			PASS();
		else
			FAIL("%s [%s]: counters of %s %zu: kernel %llu packets %llu bytes, interpreter %llu packets %llu bytes",
			     r->name, r->h->name, i + 1 < n ? "rule" : "default", i,
			     (unsigned long long)got[i].packets,
			     (unsigned long long)got[i].bytes,
			     (unsigned long long)r->expect[i].packets,
			     (unsigned long long)r->expect[i].bytes);
	free(got);
}

/*
 * Checks @rs on hook @h against the interpreter, on the corpus and then on
 * the packets made for it (@extra); fills @kc's statistics.
 */
static void check_hook(struct kcase *kc, const struct kefir_ruleset *rs,
		       const struct hook *h, const struct pg_corpus *extra)
{
	struct run r = { .name = kc->name, .rs = rs, .h = h };
	struct kefir_prog *prog;
	size_t i;

	if (build_prog(kc->name, rs, h, &prog))
		return;
	r.expect = calloc(rs->n_rules + 1, sizeof(*r.expect));
	for (i = 0; r.expect && i < corpus.n + extra->n; i++)
		r.refused += !run_packet(&r, prog, i < corpus.n ? &corpus.pkts[i] :
					 &extra->pkts[i - corpus.n], i);
	if (r.mismatches > MAX_REPORTS)
		FAIL("%s [%s]: %zu more verdict mismatches", kc->name, h->name,
		     r.mismatches - MAX_REPORTS);
	if (r.expect)
		check_counters(&r, prog);
	printf("\n    %s [%s]: %zu rules, %zu+%zu packets, %zu run (%zu refused by test-run), %zu matched a rule, %zu mismatches ... ",
	       kc->name, h->name, rs->n_rules, corpus.n, extra->n, r.ran,
	       r.refused, r.matched, r.mismatches);
	kc->n_rules = rs->n_rules;
	kc->n_matched = r.matched;
	kc->done = true;
	free(r.expect);
	kefir_prog_free(prog);
}

static void check_ruleset(struct kcase *kc, const struct kefir_ruleset *rs)
{
	struct pg_corpus extra = { 0 };
	size_t i;

	if (make_packets(rs, &extra) ||
	    (kc->aimed && segments_packets(kc->aimed, N_AIMED, &extra)))
		FAIL("%s: out of memory", kc->name);
	for (i = 0; i < ARRAY_SIZE(hooks); i++)
		check_hook(kc, rs, &hooks[i], &extra);
	pktgen_corpus_free(&extra);
}

/* ------------------------------------------------------------------------ */
/* Golden cases                                                             */
/* ------------------------------------------------------------------------ */

/*
 * Replaces the actions bpf-c refuses (handlers, redirects by name) by pass,
 * so that the rest of the ruleset can still be checked. Returns how many.
 */
static size_t replace_refused_actions(struct kefir_ruleset *rs)
{
	struct kefir_action *a;
	size_t i, n = 0;

	for (i = 0; i <= rs->n_rules; i++) {
		a = i < rs->n_rules ? &rs->rules[i]->action : &rs->default_action;
		if (a->kind == KEFIR_ACTION_HANDLER ||
		    (a->kind == KEFIR_ACTION_REDIRECT && !a->ifindex)) {
			action_clear(a);
			a->kind = KEFIR_ACTION_PASS;
			n++;
		}
	}
	return n;
}

/* Parses the golden case @kc and checks it; refusals by bpf-c are noted. */
static void check_golden(struct kcase *kc)
{
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_ruleset *rs = NULL;
	KEFIR_OPTS_INIT(kefir_emit_opts, eo);
	struct case_opts co = { 0 };
	struct testcase tc;
	const char *input;
	char *text = NULL;
	int err;

	if (testcase_load(kc->path, &tc) || case_opts_get(&co, &tc)) {
		FAIL("%s: cannot read the case", kc->name);
		kefir_diag_free(diag);
		return;
	}
	input = testcase_section(&tc, "input");
	err = kefir_ruleset_parse(tc.syntax, input ? input : "",
				  input ? strlen(input) : 0, "<input>",
				  &co.opts, &rs, diag);
	if (err)
		FAIL("%s: the input does not parse as %s: %s", kc->name, tc.syntax,
		     kefir_diag_text(diag));
	if (!err && kefir_ruleset_emit(rs, "bpf-c", &eo, &text, NULL, diag) == -EINVAL)
		printf("\n    %s: %zu actions bpf-c refuses, checked as pass", kc->name,
		       replace_refused_actions(rs));
	if (!err)
		check_ruleset(kc, rs);
	free(text);
	kefir_ruleset_free(rs);
	kefir_diag_free(diag);
	case_opts_free(&co);
	testcase_free(&tc);
}

/* The CUnit test of every case: which one is told by the test's name. */
static void test_case(void)
{
	const char *name = CU_get_current_test()->pName;
	size_t i;

	for (i = 0; i < n_cases; i++) {
		if (strcmp(cases[i].name, name))
			continue;
		if (cases[i].rs)
			check_ruleset(&cases[i], cases[i].rs);
		else
			check_golden(&cases[i]);
		return;
	}
	FAIL("no case named %s", name);
}

static struct kcase *case_add(const char *name)
{
	struct kcase *c = realloc(cases, (n_cases + 1) * sizeof(*c));

	if (!c)
		return NULL;
	cases = c;
	c = &cases[n_cases++];
	memset(c, 0, sizeof(*c));
	c->name = strdup(name);
	return c->name ? c : NULL;
}

/* Adds every golden case with a json section (an accepted ruleset). */
static int add_golden_cases(void)
{
	const char *dir = testdata_dir();
	char **list = testdata_list(dir, &(size_t){ 0 });
	struct testcase tc;
	struct kcase *kc;
	int err = 0;
	char **p;

	for (p = list; p && *p && !err; p++) {
		if (testcase_load(*p, &tc))
			continue;
		if (testcase_section(&tc, "json")) {
			kc = case_add(*p + strlen(dir) + 1);
			if (!kc || !(kc->path = strdup(*p)))
				err = -ENOMEM;
		}
		testcase_free(&tc);
	}
	testdata_list_free(list);
	return err;
}

/* ------------------------------------------------------------------------ */
/* Self-check rulesets, built from the field table                          */
/* ------------------------------------------------------------------------ */

/* How a generated test finds its layer: the guards that come first. */
enum gfam { G_ANY, G_VLAN, G_IP4, G_IP6, G_ARP, G_L4_IP4, G_L4_IP6, G_MAX };

struct gctx {
	enum gfam fam;
	unsigned int tags;	/* VLAN tags before the network header: 0..2 */
	unsigned int net_off;
	enum kefir_l4 l4;
};

/* A deterministic pseudo-random generator (xorshift32). */
static uint32_t rnd(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

static struct kefir_pred *add_kid(struct kefir_pred *parent,
				  struct kefir_pred *kid)
{
	if (kid && pred_add(parent, kid)) {
		pred_free(kid);
		return NULL;
	}
	return kid;
}

/* Adds "eth_type in @types" at @net_off to @and. */
static void add_type_test(struct kefir_pred *and, unsigned int net_off,
			  const uint16_t *types, size_t n)
{
	struct kefir_pred *p = pred_new_field(KEFIR_FIELD_ETH_TYPE, NULL);
	size_t i;

	if (!p)
		return;
	p->test.net_off = net_off;
	p->test.op = n > 1 ? KEFIR_OP_SET : KEFIR_OP_EQ;
	value_from_u64(&p->test.value, types[0], 2);
	if (n > 1 && (p->test.set = calloc(n, sizeof(*p->test.set))))
		for (p->test.n_set = n, i = 0; i < n; i++)
			value_from_u64(&p->test.set[i], types[i], 2);
	add_kid(and, p);
}

/*
 * Appends to @and the guards of @g: the VLAN tags, then the EtherType of
 * the family; sets g->net_off and g->l4. A VLAN field reads the last tag.
 */
static void add_guards(struct kefir_pred *and, struct gctx *g)
{
	static const uint16_t vlan[] = { 0x8100, 0x88a8 }, arp[] = { 0x0806, 0x8035 };
	static const uint16_t ip4[] = { 0x0800 }, ip6[] = { 0x86dd };
	unsigned int i, tags = g->fam == G_VLAN ? g->tags + 1 : g->tags;

	for (i = 0; i < tags; i++)
		add_type_test(and, 14 + 4 * i, vlan, 2);
	g->net_off = 14 + 4 * (g->fam == G_VLAN ? tags - 1 : tags);
	g->l4 = KEFIR_L4_NONE;
	if (g->fam == G_IP4 || g->fam == G_L4_IP4)
		add_type_test(and, g->net_off, ip4, 1);
	if (g->fam == G_IP6 || g->fam == G_L4_IP6)
		add_type_test(and, g->net_off, ip6, 1);
	if (g->fam == G_ARP)
		add_type_test(and, g->net_off, arp, 2);
	if (g->fam == G_L4_IP4)
		g->l4 = KEFIR_L4_IP4;
	if (g->fam == G_L4_IP6)
		g->l4 = KEFIR_L4_IP6;
}

/* The l4 method a test of @f needs under @g: the IPv6 walk for the fields
 * it computes. */
static enum kefir_l4 field_l4(enum kefir_field f, const struct gctx *g)
{
	if (field_info(f)->anchor == KEFIR_ANCHOR_WALK)
		return field_walk(f);
	return field_info(f)->anchor == KEFIR_ANCHOR_L4 ? g->l4 : KEFIR_L4_NONE;
}

/* The generator families a field can be tested in (1 or 2). */
static size_t field_gfams(enum kefir_field f, enum gfam out[2])
{
	static const enum gfam by_family[] = {
		[KEFIR_FAMILY_ANY] = G_ANY, [KEFIR_FAMILY_VLAN] = G_VLAN,
		[KEFIR_FAMILY_IP4] = G_IP4, [KEFIR_FAMILY_IP6] = G_IP6,
		[KEFIR_FAMILY_ARP] = G_ARP, [KEFIR_FAMILY_L4] = G_L4_IP4,
	};
	enum kefir_family fam = field_info(f)->family;

	out[0] = by_family[fam];
	out[1] = G_L4_IP6;
	return fam == KEFIR_FAMILY_L4 ? 2 : 1;
}

/* Moves @v one step up (@dir > 0) or down within the field, saturating. */
static void value_step(struct kefir_value *v, enum kefir_field f, int dir)
{
	unsigned int bytes = field_info(f)->bytes, i;
	uint64_t x;

	if (bytes <= 8) {
		x = value_to_u64(v, bytes);
		if (dir > 0 && x < field_max(f))
			x++;
		if (dir < 0 && x > 0)
			x--;
		value_from_u64(v, x, bytes);
		return;
	}
	for (i = bytes; i-- > 0;) {
		if (dir > 0 ? v->b[i] != 0xff : v->b[i] != 0) {
			v->b[i] = (uint8_t)(v->b[i] + dir);
			return;
		}
	}
}

/* A mask of the top half of a field's bits. */
static void half_mask(struct kefir_value *m, enum kefir_field f)
{
	const struct kefir_field_info *fi = field_info(f);
	unsigned int bits;

	if (fi->bytes > 8 || !fi->mask) {
		value_from_prefix(m, fi->bytes * 4, fi->bytes);
		return;
	}
	bits = (unsigned int)__builtin_popcount(fi->mask);
	value_from_u64(m, field_max(f) & ~((UINT64_C(1) << (bits / 2)) - 1),
		       fi->bytes);
}

/* The operator variants the field sweep tests. */
enum opv { OPV_EQ, OPV_MASKED, OPV_RANGE, OPV_SET, OPV_MAX };
static const char *const opv_names[] = { "eq", "masked", "range", "in" };

/* Sets @t to hold on value @v with variant @opv; @others feed sets. */
static void set_test_value(struct kefir_test *t, enum opv opv,
			   const struct kefir_value *v,
			   const struct kefir_value *others, size_t n_others)
{
	unsigned int bytes = field_info(t->field)->bytes;
	size_t i;

	value_full_mask(&t->mask, t->field);
	if (opv == OPV_MASKED || (opv == OPV_SET && n_others % 2))
		half_mask(&t->mask, t->field);
	value_and(&t->value, v, &t->mask, bytes);
	if (opv == OPV_RANGE) {
		t->op = KEFIR_OP_RANGE;
		t->max = *v;
		value_step(&t->value, t->field, -1);
		value_step(&t->max, t->field, +1);
		value_full_mask(&t->mask, t->field);
	}
	if (opv != OPV_SET || !(t->set = calloc(n_others + 1, sizeof(*t->set))))
		return;
	t->op = KEFIR_OP_SET;
	t->n_set = n_others + 1;
	for (i = 0; i < n_others; i++)
		value_and(&t->set[i], &others[i], &t->mask, bytes);
	t->set[n_others] = t->value;
}

/* True if @p satisfies the guards in @guards. */
static bool guards_hold(const struct kefir_pred *guards,
			const struct pg_packet *p)
{
	return pred_eval(guards, p->data, p->caplen, p->caplen);
}

/*
 * Finds, from index @start on, a packet that the guards of @rule admit,
 * where @t's field is readable and no rule of @rs matches; falls back to
 * any admitted packet. Returns its index, or -1.
 */
static long pick_packet(const struct kefir_ruleset *rs,
			const struct kefir_pred *guards,
			const struct kefir_test *t, size_t start,
			struct kefir_value *v)
{
	long fallback = -1;
	size_t k, i;

	for (k = 0; k < corpus.n; k++) {
		const struct pg_packet *p = &corpus.pkts[(start + k) % corpus.n];

		i = (start + k) % corpus.n;
		if (!guards_hold(guards, p) || !read_value(t, p, v))
			continue;
		if (kefir_ruleset_eval(rs, p->data, p->caplen, p->caplen) < 0)
			return (long)i;
		if (fallback < 0)
			fallback = (long)i;
	}
	if (fallback >= 0)
		read_value(t, &corpus.pkts[fallback], v);
	return fallback;
}

/* The action of generated rule @k: every kind in turn. */
static void set_action(struct kefir_action *a, size_t k)
{
	switch (k % 4) {
	case 0: a->kind = KEFIR_ACTION_DROP; break;
	case 1: a->kind = KEFIR_ACTION_PASS; break;
	case 2: a->kind = KEFIR_ACTION_REDIRECT; a->ifindex = 1 + (uint32_t)(k % 7); break;
	default: a->kind = KEFIR_ACTION_QUEUE; a->queue = (uint32_t)(k % 5); break;
	}
}

/* A new rule with text @fmt; its match holds the guards of @g. */
static struct kefir_rule *new_rule(struct gctx *g, size_t k, const char *fmt,
				   ...) __attribute__((format(printf, 3, 4)));

static struct kefir_rule *new_rule(struct gctx *g, size_t k, const char *fmt,
				   ...)
{
	struct kefir_loc loc = { (unsigned int)k + 1, 1, 0 };
	struct kefir_rule *r;
	char text[128];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	r = rule_new(&loc, text);
	if (r) {
		add_guards(r->match, g);
		set_action(&r->action, k);
	}
	return r;
}

/* Adds to @rs the rule "guards, @f @opv v" for a packet it will decide. */
static void sweep_field(struct kefir_ruleset *rs, enum kefir_field f,
			struct gctx *g, enum opv opv)
{
	struct kefir_value v, others[3];
	struct kefir_rule *r;
	struct kefir_pred *p;
	size_t i, start = (size_t)f * 97 + rs->n_rules * 13;
	long pk;

	r = new_rule(g, rs->n_rules, "%s %s [tags %u, l4 %s]",
		     field_info(f)->name, opv_names[opv], g->tags, l4_name(g->l4));
	p = r ? pred_new_field(f, NULL) : NULL;
	if (!p) {
		rule_free(r);
		return;
	}
	p->test.net_off = g->net_off;
	p->test.l4 = field_l4(f, g);
	pk = pick_packet(rs, r->match, &p->test, start, &v);
	for (i = 0; pk >= 0 && i < ARRAY_SIZE(others); i++)
		if (pick_packet(rs, r->match, &p->test, (size_t)pk + 1 + 50 * i,
				&others[i]) < 0)
			others[i] = v;
	if (pk < 0) {
		pred_free(p);
		rule_free(r);
		return;
	}
	if (!add_kid(r->match, p) || ruleset_append(rs, r)) {
		rule_free(r);
		return;
	}
	set_test_value(&p->test, opv, &v, others, f % 2 ? 3 : 2);
}

/* One ruleset per operator and layout: every field, each deciding packets. */
static struct kefir_ruleset *build_sweep(enum opv opv, unsigned int tags)
{
	struct kefir_ruleset *rs = ruleset_new("selfcheck", "c");
	enum gfam fams[2];
	struct gctx g;
	size_t n, i;
	int f;

	for (f = 0; rs && f < KEFIR_FIELD_MAX; f++) {
		n = field_gfams((enum kefir_field)f, fams);
		for (i = 0; i < n; i++) {
			g = (struct gctx){ .fam = fams[i], .tags = tags };
			if (fams[i] == G_VLAN && tags > 1)
				continue;
			sweep_field(rs, (enum kefir_field)f, &g, opv);
		}
	}
	if (rs)
		rs->default_action.kind = tags % 2 ? KEFIR_ACTION_DROP : KEFIR_ACTION_PASS;
	return rs;
}

/* ------------------------------------------------------------------------ */
/* Self-check: random predicate trees and relations                         */
/* ------------------------------------------------------------------------ */

static struct kefir_expr *new_expr(enum kefir_expr_kind kind)
{
	return expr_new(kind, NULL);
}

static struct kefir_expr *rand_expr(uint32_t *s, const struct gctx *g,
				    int depth);

/* Constants that hit the edges: zero, shifts near 32, offsets near 64k. */
static uint32_t rand_const(uint32_t *s)
{
	static const uint32_t edges[] = { 0, 1, 2, 4, 15, 20, 31, 32, 33, 40,
					  100, 0xffff, 0x10000, 0xffffffff };

	return rnd(s) % 3 ? edges[rnd(s) % ARRAY_SIZE(edges)] : rnd(s);
}

/* A load: mostly at small constant offsets, sometimes at computed ones. */
static struct kefir_expr *rand_load(uint32_t *s, const struct gctx *g,
				    int depth)
{
	static const unsigned int sizes[] = { 1, 2, 4 };
	struct kefir_expr *e = new_expr(KEFIR_EXPR_LOAD);
	unsigned int pick = rnd(s) % 10;

	if (!e)
		return NULL;
	e->size = sizes[rnd(s) % 3];
	e->anchor = (enum kefir_anchor)(rnd(s) % (g->l4 ? 3 : 2));
	if (pick < 6 || depth <= 0) {
		e->a = new_expr(KEFIR_EXPR_CONST);
		if (e->a)
			e->a->k = pick == 0 ? rand_const(s) : rnd(s) % 64;
	} else {
		e->a = rand_expr(s, g, depth - 1);
	}
	if (!e->a) {
		expr_free(e);
		return NULL;
	}
	return e;
}

static struct kefir_expr *rand_expr(uint32_t *s, const struct gctx *g,
				    int depth)
{
	unsigned int pick = rnd(s) % (depth > 0 ? 10 : 4);
	struct kefir_expr *e;

	if (pick < 2 || pick == 3) {
		e = pick == 3 ? rand_load(s, g, depth) : new_expr(KEFIR_EXPR_CONST);
		if (e && pick < 2)
			e->k = rand_const(s);
		return e;
	}
	e = new_expr(pick == 2 ? KEFIR_EXPR_LEN :
		     pick == 4 ? KEFIR_EXPR_NEG : KEFIR_EXPR_BINARY);
	if (!e || pick == 2)
		return e;
	e->op = (enum kefir_binop)(rnd(s) % KEFIR_BINOP_MAX);
	e->a = rand_expr(s, g, depth - 1);
	if (pick != 4)
		e->b = rand_expr(s, g, depth - 1);
	if (!e->a || (pick != 4 && !e->b)) {
		expr_free(e);
		return NULL;
	}
	return e;
}

static struct kefir_pred *rand_rel(uint32_t *s, const struct gctx *g)
{
	struct kefir_pred *p = pred_new(KEFIR_PRED_TEST, NULL);

	if (!p)
		return NULL;
	p->test.kind = KEFIR_TEST_REL;
	p->test.net_off = g->net_off;
	p->test.l4 = g->l4;
	p->test.relop = (enum kefir_relop)(rnd(s) % KEFIR_RELOP_MAX);
	p->test.lhs = rand_expr(s, g, 3);
	p->test.rhs = rand_expr(s, g, 1);
	if (!p->test.lhs || !p->test.rhs) {
		pred_free(p);
		return NULL;
	}
	return p;
}

/* A random field the guards of @g allow: of its family, or of any. */
static enum kefir_field rand_field(uint32_t *s, const struct gctx *g)
{
	enum gfam fams[2];
	enum kefir_field f;
	size_t n;

	for (;;) {
		/* the fields up to the IPv6 walk's, so that the seeded rulesets
		 * stay those that were checked before them (the sweep covers
		 * the walk's fields) */
		f = (enum kefir_field)(rnd(s) % KEFIR_FIELD_IP6_FLOW_PROTO);
		n = field_gfams(f, fams);
		if (fams[0] == G_ANY || fams[0] == g->fam ||
		    (n == 2 && fams[1] == g->fam))
			return f;
	}
}

/* Clears the bits of @t's values (EQ, SET) outside its mask. */
static void mask_values(struct kefir_test *t)
{
	struct kefir_value v = t->value;
	size_t i;

	value_and(&t->value, &v, &t->mask, sizeof(v.b));
	for (i = 0; i < t->n_set; i++) {
		v = t->set[i];
		value_and(&t->set[i], &v, &t->mask, sizeof(v.b));
	}
}

/* A field test with a value read from a random packet the guards admit. */
static struct kefir_pred *rand_field_test(uint32_t *s, const struct gctx *g,
					  const struct kefir_pred *guards)
{
	enum kefir_field f = rand_field(s, g);
	struct kefir_pred *p = pred_new_field(f, NULL);
	struct kefir_value v, others[2];
	size_t i, start = rnd(s) % corpus.n;

	if (!p)
		return NULL;
	p->test.net_off = g->net_off;
	p->test.l4 = field_l4(f, g);
	memset(&v, 0, sizeof(v));
	for (i = 0; i < corpus.n; i++) {
		const struct pg_packet *pk = &corpus.pkts[(start + i) % corpus.n];

		if (guards_hold(guards, pk) && read_value(&p->test, pk, &v))
			break;
	}
	others[0] = v;
	others[1] = v;
	value_step(&others[1], f, rnd(s) % 2 ? 1 : -1);
	set_test_value(&p->test, (enum opv)(rnd(s) % OPV_MAX), &v, others, 2);
	if (rnd(s) % 8 == 0 && p->test.op != KEFIR_OP_RANGE) {
		/* sometimes no bits at all: always true once read */
		memset(&p->test.mask, 0, sizeof(p->test.mask));
		mask_values(&p->test);
	}
	return p;
}

static struct kefir_pred *rand_pred(uint32_t *s, const struct gctx *g,
				    const struct kefir_pred *guards, int depth)
{
	unsigned int pick = rnd(s) % (depth > 0 ? 20 : 10), n, i;
	struct kefir_pred *p;

	if (pick < 6)
		return rand_field_test(s, g, guards);
	if (pick < 9)
		return rand_rel(s, g);
	if (pick == 9)
		return pred_new(rnd(s) % 2 ? KEFIR_PRED_TRUE : KEFIR_PRED_FALSE, NULL);
	p = pred_new(pick < 13 ? KEFIR_PRED_NOT :
		     pick < 16 ? KEFIR_PRED_AND : KEFIR_PRED_OR, NULL);
	n = p && p->kind == KEFIR_PRED_NOT ? 1 : rnd(s) % 4;
	for (i = 0; p && i < n; i++)
		if (!add_kid(p, rand_pred(s, g, guards, depth - 1))) {
			pred_free(p);
			return NULL;
		}
	return p;
}

/* A random ruleset of @n rules, deterministic for @seed. */
static struct kefir_ruleset *build_random(uint32_t seed, size_t n)
{
	struct kefir_ruleset *rs = ruleset_new("selfcheck", "c");
	struct kefir_rule *r;
	struct gctx g;
	size_t k, i, n_kids;

	for (k = 0; rs && k < n; k++) {
		g = (struct gctx){ .fam = (enum gfam)(rnd(&seed) % G_MAX),
				   .tags = rnd(&seed) % 3 };
		if (g.fam == G_VLAN && g.tags > 1)
			g.tags = 1;
		r = new_rule(&g, k, "random %u/%zu", seed, k);
		n_kids = 1 + rnd(&seed) % 3;
		for (i = 0; r && i < n_kids; i++)
			if (!add_kid(r->match, rand_pred(&seed, &g, r->match, 3)))
				break;
		if (!r || i < n_kids || ruleset_append(rs, r)) {
			rule_free(r);
			kefir_ruleset_free(rs);
			return NULL;
		}
	}
	if (rs)
		set_action(&rs->default_action, seed);
	return rs;
}

/* A test of @f equal to its value in packet @pk; NULL if it falls off. */
static struct kefir_pred *eq_from(enum kefir_field f, const struct gctx *g,
				  const struct pg_packet *pk)
{
	struct kefir_pred *p = pred_new_field(f, NULL);

	if (!p)
		return NULL;
	p->test.net_off = g->net_off;
	p->test.l4 = field_l4(f, g);
	if (read_value(&p->test, pk, &p->test.value))
		return p;
	pred_free(p);
	return NULL;
}

/* Adds to @r a test of each of @fields, equal to its value in a packet that
 * the guards of @r admit, from *@next on. 0, or -1 when none is found. */
static int add_flow(struct kefir_rule *r, const enum kefir_field *fields,
		    const struct gctx *g, size_t *next)
{
	struct kefir_pred *t[3] = { NULL };
	size_t k, i;

	for (k = 0; k < corpus.n; k++, (*next)++) {
		const struct pg_packet *pk = &corpus.pkts[*next % corpus.n];

		if (!guards_hold(r->match, pk))
			continue;
		for (i = 0; i < 3 && (t[i] = eq_from(fields[i], g, pk)); i++)
			;
		if (i == 3)
			break;
		while (i-- > 0)
			pred_free(t[i]);
	}
	for (i = 0; k < corpus.n && i < 3; i++)
		if (!add_kid(r->match, t[i]))
			return -1;
	return k < corpus.n ? 0 : -1;
}

/*
 * @n flow rules as ethtool writes them (protocol, source address,
 * destination port), each from a packet of the corpus, in turn.
 */
static struct kefir_ruleset *build_flows(size_t n)
{
	static const enum kefir_field ip4[] = { KEFIR_FIELD_IP4_PROTO,
						KEFIR_FIELD_IP4_SRC, KEFIR_FIELD_L4_DPORT };
	static const enum kefir_field ip6[] = { KEFIR_FIELD_IP6_NEXT,
						KEFIR_FIELD_IP6_SRC, KEFIR_FIELD_L4_DPORT };
	struct kefir_ruleset *rs = ruleset_new("selfcheck", "c");
	size_t k, next = 0;
	struct kefir_rule *r;
	struct gctx g;

	for (k = 0; rs && k < n; k++, next += 3) {
		g = (struct gctx){ .fam = k % 3 ? G_L4_IP4 : G_L4_IP6, .tags = k % 2 };
		r = new_rule(&g, k, "flow %zu", k);
		if (!r || add_flow(r, g.fam == G_L4_IP4 ? ip4 : ip6, &g, &next) ||
		    ruleset_append(rs, r)) {
			rule_free(r);
			kefir_ruleset_free(rs);
			return NULL;
		}
	}
	return rs;
}

/* Every action kind, and defaults of each kind. */
static struct kefir_ruleset *build_actions(int variant)
{
	struct kefir_ruleset *rs = ruleset_new("selfcheck", "c");
	struct gctx g = { .fam = G_L4_IP4 };
	struct kefir_rule *r;
	size_t k;

	for (k = 0; rs && k < 4; k++) {
		g.tags = (unsigned int)k % 2;
		r = new_rule(&g, k, "action %zu", k);
		if (!r || !add_kid(r->match, pred_new_field_u64(KEFIR_FIELD_IP4_PROTO,
							      k % 2 ? 17 : 6, NULL)) ||
		    ruleset_append(rs, r)) {
			rule_free(r);
			kefir_ruleset_free(rs);
			return NULL;
		}
		r->match->kids[r->match->n_kids - 1]->test.net_off = g.net_off;
		set_action(&r->action, k + (size_t)variant);
		r->action.vf = variant ? 1 : -1;
	}
	if (rs)
		set_action(&rs->default_action, (size_t)variant + 2);
	return rs;
}

/* The self-check cases, in the order they run. */
static int add_selfcheck_cases(void)
{
	struct kcase *kc;
	char name[64];
	unsigned int tags, i;
	int opv;

	for (opv = 0; opv < OPV_MAX; opv++)
		for (tags = 0; tags < 3; tags++) {
			snprintf(name, sizeof(name), "selfcheck/fields-%s-tags%u",
				 opv_names[opv], tags);
			if (!(kc = case_add(name)) ||
			    !(kc->rs = build_sweep((enum opv)opv, tags)))
				return -ENOMEM;
		}
	for (i = 0; i < N_RANDOM; i++) {
		snprintf(name, sizeof(name), "selfcheck/random-%u", i);
		if (!(kc = case_add(name)) || !(kc->rs = build_random(0x9e3779b9u + i, 40)))
			return -ENOMEM;
	}
	for (i = 0; i < 2; i++) {
		snprintf(name, sizeof(name), "selfcheck/actions-%u", i);
		if (!(kc = case_add(name)) || !(kc->rs = build_actions((int)i)))
			return -ENOMEM;
	}
	if (!(kc = case_add("selfcheck/many-random")) ||
	    !(kc->rs = build_random(7, N_MANY)))
		return -ENOMEM;
	if (!(kc = case_add("selfcheck/many-flows")) || !(kc->rs = build_flows(N_MANY)))
		return -ENOMEM;
	for (i = 1; i <= N_SEGMENT_RULESETS; i++) {
		snprintf(name, sizeof(name), "selfcheck/segments-%u", i);
		if (!(kc = case_add(name)) ||
		    !(kc->rs = segments_ruleset(i, N_SEGMENT_RULES)))
			return -ENOMEM;
		kc->aimed = i;
	}
	if (!(kc = case_add("selfcheck/empty")) ||
	    !(kc->rs = ruleset_new("selfcheck", "c")))
		return -ENOMEM;
	kc->rs->default_action.kind = KEFIR_ACTION_DROP;
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Main                                                                     */
/* ------------------------------------------------------------------------ */

/*
 * Loads an empty program: 0 when bpf() works, SKIP_EXIT (with the reason
 * printed) when it is refused or clang is missing, 1 on other failures.
 */
static int probe(void)
{
	struct kefir_ruleset *rs = ruleset_new("probe", "c");
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_prog *prog = NULL;
	char c_path[300], obj_path[300];
	char *text = NULL;
	size_t len = 0;
	int err = rs && diag ? 0 : -ENOMEM, rc = 0;

	tmp_paths("probe", &hooks[0], c_path, obj_path, sizeof(c_path));

	if (!err)
		err = kefir_ruleset_emit(rs, "bpf-c", NULL, &text, &len, diag);
	if (!err)
		err = testdata_write(c_path, text, len);
	if (!err && (err = kefir_bpf_compile(c_path, obj_path, NULL, diag)) == -ENOENT) {
		printf("SKIP: cannot run clang: %s", kefir_diag_text(diag));
		rc = SKIP_EXIT;
	} else if (!err) {
		err = kefir_prog_load(obj_path, &prog, diag);
		if (err == -EPERM || err == -ENOSYS) {
			printf("SKIP: bpf() refused (%s): run as root\n", strerror(-err));
			rc = SKIP_EXIT;
		}
	}
	if (err && !rc) {
		fprintf(stderr, "kernel: the probe program failed: %s\n%s",
			strerror(-err), kefir_diag_text(diag));
		rc = 1;
	}
	tmp_remove(c_path, obj_path);
	kefir_prog_free(prog);
	free(text);
	kefir_diag_free(diag);
	kefir_ruleset_free(rs);
	return rc;
}

static int register_tests(void)
{
	CU_pSuite self = CU_add_suite("kernel selfcheck", NULL, NULL);
	CU_pSuite golden = CU_add_suite("kernel golden", NULL, NULL);
	struct kefir_diag *diag = kefir_diag_new();
	size_t i;
	int err = self && golden && diag ? 0 : -ENOMEM;

	for (i = 0; !err && i < n_cases; i++) {
		if (cases[i].rs && kefir_ruleset_validate(cases[i].rs, diag)) {
			fprintf(stderr, "kernel: self-check %s is not valid IR:\n%s",
				cases[i].name, kefir_diag_text(diag));
			err = -EINVAL;
		}
		if (!err && !CU_add_test(cases[i].rs ? self : golden,
					 cases[i].name, test_case))
			err = -ENOMEM;
	}
	kefir_diag_free(diag);
	return err;
}

/* Names the cases that no packet of the corpus decides by a rule. */
static void warn_unmatched(void)
{
	bool any = false;
	size_t i;

	for (i = 0; i < n_cases; i++) {
		if (!cases[i].done || cases[i].n_matched || !cases[i].n_rules)
			continue;
		printf("%s %s", any ? "," : "WARNING: no corpus packet matches a rule of:",
		       cases[i].name);
		any = true;
	}
	if (any)
		printf("\n");
}

static void cleanup(void)
{
	size_t i;

	for (i = 0; i < n_cases; i++) {
		free(cases[i].name);
		free(cases[i].path);
		kefir_ruleset_free(cases[i].rs);
	}
	free(cases);
	pktgen_corpus_free(&corpus);
	if (keep_files)
		printf("kernel: the generated programs are in %s\n", tmpdir);
	else
		rmdir(tmpdir);
}

int main(void)
{
	unsigned int failures;
	int rc;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (!mkdtemp(tmpdir)) {
		perror("kernel: mkdtemp");
		return 1;
	}
	keep_files = getenv("KEFIR_KEEP_TMP") != NULL;
	rc = probe();
	if (!rc && (pktgen_corpus(&corpus) || add_selfcheck_cases() ||
		    add_golden_cases())) {
		fprintf(stderr, "kernel: out of memory\n");
		rc = 1;
	}
	if (!rc && CU_initialize_registry() == CUE_SUCCESS && !register_tests()) {
		printf("kernel: %zu cases x %zu packets x %zu hooks\n", n_cases,
		       corpus.n, ARRAY_SIZE(hooks));
		CU_basic_set_mode(CU_BRM_VERBOSE);
		CU_basic_run_tests();
		failures = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
		warn_unmatched();
		rc = failures ? 1 : 0;
	} else if (!rc) {
		rc = 2;
	}
	CU_cleanup_registry();
	cleanup();
	return rc;
}
