/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * native.c - the native back-end against the reference interpreter: every
 * ruleset is compiled into a shared object with the system compiler,
 * dlopen()ed, and must classify every packet of the corpus (pktgen.c), and
 * every packet cut short, exactly as kefir_ruleset_eval() does.
 *
 * The rulesets: every golden case with a json section; a sweep of every
 * field of the table with every operator, under three layouts, plain and
 * negated; seeded random and/or/not trees mixing field tests and relations
 * (divisions by zero, shifts of 32 and more, loads at computed offsets),
 * deliberately without the guards the validator asks for, so that reads
 * fall off packets often. Handler actions carry arguments, which take part
 * in the match.
 *
 * No read past caplen: every packet is copied to the very end of a page
 * followed by an inaccessible one, so a read one byte too far crashes the
 * test; under AddressSanitizer the objects are also built with
 * -fsanitize=address. Dispatch is checked with a handler table, and a
 * missing handler must be refused when the object is opened.
 * KEFIR_KEEP_TMP=1 keeps the generated C files and objects.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <CUnit/Basic.h>

#include "kefir_internal.h"
#include "pktgen.h"
#include "segments.h"
#include "testdata.h"

#define N_RANDOM 24		/* random rulesets */
#define RANDOM_RULES 12		/* rules in each */
#define MAX_REPORTS 5		/* disagreements reported per ruleset */
#define N_SEGMENT_RULESETS 6	/* rulesets made for the classification pass */
#define SEGMENT_RULES 400	/* rules in each */

#ifdef __SANITIZE_ADDRESS__
#define OBJ_CFLAGS "-O2 -g -shared -fPIC -fsanitize=address"
#else
#define OBJ_CFLAGS "-O2 -shared -fPIC"
#endif

static struct pg_corpus corpus;
static char tmpdir[] = "/tmp/kefir-native-test-XXXXXX";
static unsigned int n_objects;	/* objects compiled, for unique paths */
static uint8_t *guarded;	/* a page followed by an inaccessible one */
static size_t page;
static bool keep_files;		/* $KEFIR_KEEP_TMP: keep the C and objects */

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

/* @len bytes of @data, placed so that the byte after them is unmapped. */
static const uint8_t *guard(const uint8_t *data, size_t len)
{
	uint8_t *p = guarded + page - len;

	memcpy(p, data, len);
	return p;
}

/* Compiles and opens @rs; NULL (and a failure) when either step fails. */
static struct kefir_native *build(const char *name,
				  const struct kefir_ruleset *rs,
				  const struct kefir_handler *handlers,
				  size_t n_handlers)
{
	KEFIR_OPTS_INIT(kefir_native_opts, o, .cflags = OBJ_CFLAGS);
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_native *nat = NULL;
	char path[64], c_path[64];
	int err;

	snprintf(path, sizeof(path), "%s/%u.so", tmpdir, n_objects);
	snprintf(c_path, sizeof(c_path), "%s/%u.c", tmpdir, n_objects++);
	if (keep_files)
		o.c_path = c_path;
	err = kefir_native_compile(rs, path, &o, diag);
	if (!err)
		err = kefir_native_open(path, handlers, n_handlers, &nat, diag);
	if (err)
		FAIL("%s: %s: %s", name, strerror(-err), kefir_diag_text(diag));
	if (!keep_files)
		unlink(path);
	kefir_diag_free(diag);
	return nat;
}

/* One packet, @caplen of its bytes: returns true if both engines agree. */
static bool agree(const char *name, const struct kefir_ruleset *rs,
		  const struct kefir_native *nat, const struct pg_packet *p,
		  size_t caplen, unsigned int *reports)
{
	long want = kefir_ruleset_eval(rs, p->data, caplen, p->wirelen);
	long got = kefir_native_classify(nat, guard(p->data, caplen), caplen,
					 p->wirelen);
	uint32_t args[KEFIR_NATIVE_MAX_ARGS];
	long direct = kefir_native_classifier(nat)(guard(p->data, caplen),
						   caplen, p->wirelen, args);

	if (want == got && want == direct)
		return true;
	if ((*reports)++ < MAX_REPORTS)
		FAIL("%s: packet '%s' cut to %zu bytes: interpreter %ld, native "
		     "%ld, its function %ld", name, p->desc, caplen, want, got,
		     direct);
	return false;
}

/* The packets of @c, whole and cut short; returns how many a rule matched. */
static size_t check_packets(const char *name, const struct kefir_ruleset *rs,
			    const struct pg_corpus *c)
{
	struct kefir_native *nat = build(name, rs, NULL, 0);
	size_t i, cut, matched = 0, bad = 0;
	unsigned int reports = 0;
	const struct pg_packet *p;

	if (!nat)
		return 0;
	for (i = 0; i < c->n; i++) {
		p = &c->pkts[i];
		bad += !agree(name, rs, nat, p, p->caplen, &reports);
		matched += kefir_ruleset_eval(rs, p->data, p->caplen, p->wirelen) >= 0;
		for (cut = i % 7; cut < p->caplen; cut += 1 + i % 11)
			bad += !agree(name, rs, nat, p, cut, &reports);
	}
	if (!bad)
		PASS();
	kefir_native_free(nat);
	return matched;
}

/* The corpus, whole and cut short; returns the packets a rule matched. */
static size_t check_ruleset(const char *name, const struct kefir_ruleset *rs)
{
	return check_packets(name, rs, &corpus);
}

/* ------------------------------------------------------------------------ */
/* Golden rulesets                                                          */
/* ------------------------------------------------------------------------ */

static void check_golden(const char *path, const char *name)
{
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_ruleset *rs = NULL;
	struct case_opts co = { 0 };
	struct testcase tc;
	const char *input;

	if (testcase_load(path, &tc) || case_opts_get(&co, &tc)) {
		FAIL("%s: cannot read the case", name);
		kefir_diag_free(diag);
		return;
	}
	input = testcase_section(&tc, "input");
	if (testcase_section(&tc, "json")) {
		if (kefir_ruleset_parse(tc.syntax, input ? input : "",
					input ? strlen(input) : 0, "<input>",
					&co.opts, &rs, diag))
			FAIL("%s: does not parse: %s", name, kefir_diag_text(diag));
		else
			check_ruleset(name, rs);
	}
	kefir_ruleset_free(rs);
	kefir_diag_free(diag);
	case_opts_free(&co);
	testcase_free(&tc);
}

static void test_golden(void)
{
	const char *dir = testdata_dir();
	size_t n = 0;
	char **list = testdata_list(dir, &n);
	char **p;

	if (!list || !n)
		FAIL("no golden case in %s (set top_srcdir)", dir);
	for (p = list; p && *p; p++)
		check_golden(*p, *p + strlen(dir) + 1);
	testdata_list_free(list);
}

/* ------------------------------------------------------------------------ */
/* Hand-built rulesets                                                      */
/* ------------------------------------------------------------------------ */

/* A deterministic pseudo-random generator (xorshift32). */
static uint32_t rnd(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

/* The layouts tests are written with: untagged, one tag, two tags. */
static const unsigned int net_offs[] = { 14, 18, 22 };

/* Where @t's field starts in corpus packet @p, as the interpreter finds it. */
static bool field_at(const struct kefir_test *t, const struct pg_packet *p,
		     size_t *off)
{
	const struct kefir_field_info *fi = field_info(t->field);
	size_t base = fi->anchor == KEFIR_ANCHOR_LINK ? 0 : t->net_off;

	if (fi->anchor == KEFIR_ANCHOR_META || (fi->anchor == KEFIR_ANCHOR_L4 &&
						t->l4 == KEFIR_L4_NONE))
		return false;
	if (fi->anchor == KEFIR_ANCHOR_L4 && t->l4 == KEFIR_L4_IP4)
		base += t->net_off < p->caplen ? 4u * (p->data[t->net_off] & 15) : 0;
	if (fi->anchor == KEFIR_ANCHOR_L4 && t->l4 == KEFIR_L4_IP6)
		base += 40;
	*off = base + fi->offset;
	return *off + fi->bytes <= p->caplen;
}

/* A value of @t's field: from a random corpus packet when it has one. */
static void pick_value(uint32_t *s, const struct kefir_test *t,
		       struct kefir_value *v)
{
	const struct kefir_field_info *fi = field_info(t->field);
	const struct pg_packet *p = &corpus.pkts[rnd(s) % corpus.n];
	uint64_t x = 0;
	size_t off, i;

	memset(v, 0, sizeof(*v));
	if (!field_at(t, p, &off)) {
		value_from_u64(v, rnd(s) & field_max(t->field), fi->bytes);
		return;
	}
	if (fi->bytes > 4) {
		memcpy(v->b, p->data + off, fi->bytes);
		return;
	}
	for (i = 0; i < fi->bytes; i++)
		x = x << 8 | p->data[off + i];
	if (fi->mask)
		x = (x & fi->mask) >> fi->shift;
	value_from_u64(v, x, fi->bytes);
}

/* Fills in @t's operands for operator @op. */
static int set_operands(uint32_t *s, struct kefir_test *t, enum kefir_op op)
{
	const struct kefir_field_info *fi = field_info(t->field);
	size_t i;

	t->op = op;
	pick_value(s, t, &t->value);
	if (rnd(s) % 3 == 0 && fi->bytes <= 4)
		value_from_u64(&t->mask, rnd(s) & field_max(t->field), fi->bytes);
	if (op == KEFIR_OP_RANGE) {
		pick_value(s, t, &t->max);
		if (value_cmp(&t->value, &t->max, fi->bytes) > 0)
			memcpy(&t->max, &t->value, sizeof(t->max));
		return 0;
	}
	if (op != KEFIR_OP_SET)
		return 0;
	t->n_set = 1 + rnd(s) % 4;
	if (!(t->set = calloc(t->n_set, sizeof(*t->set))))
		return -ENOMEM;
	for (i = 0; i < t->n_set; i++)
		pick_value(s, t, &t->set[i]);
	return 0;
}

static struct kefir_pred *field_test(uint32_t *s, enum kefir_field f,
				     enum kefir_op op, unsigned int net_off,
				     enum kefir_l4 l4)
{
	struct kefir_pred *p = pred_new_field(f, NULL);

	if (!p)
		return NULL;
	p->test.net_off = net_off;
	p->test.l4 = l4;
	if (set_operands(s, &p->test, op)) {
		pred_free(p);
		return NULL;
	}
	return p;
}

static struct kefir_expr *rand_expr(uint32_t *s, unsigned int depth);

static struct kefir_expr *expr_of(enum kefir_expr_kind kind, uint32_t k)
{
	struct kefir_expr *e = expr_new(kind, NULL);

	if (e)
		e->k = k;
	return e;
}

/* A load at a small constant, or now and then a computed, offset. */
static struct kefir_expr *rand_load(uint32_t *s, unsigned int depth)
{
	static const unsigned int sizes[] = { 1, 2, 4 };
	struct kefir_expr *e = expr_of(KEFIR_EXPR_LOAD, 0);

	if (!e)
		return NULL;
	e->anchor = rnd(s) % 3;		/* LINK, NET or L4 */
	e->size = sizes[rnd(s) % 3];
	e->a = rnd(s) % 4 || !depth ? expr_of(KEFIR_EXPR_CONST, rnd(s) % 64)
				    : rand_expr(s, depth - 1);
	if (!e->a) {
		expr_free(e);
		return NULL;
	}
	return e;
}

static struct kefir_expr *rand_expr(uint32_t *s, unsigned int depth)
{
	static const uint32_t consts[] = { 0, 1, 2, 4, 6, 15, 31, 32, 33, 64,
					   0x800, 0xffffffff };
	unsigned int pick = depth ? rnd(s) % 6 : rnd(s) % 3;
	struct kefir_expr *e;

	if (pick == 0)
		return expr_of(KEFIR_EXPR_CONST, consts[rnd(s) % ARRAY_SIZE(consts)]);
	if (pick == 1)
		return expr_of(KEFIR_EXPR_LEN, 0);
	if (pick == 2 || pick == 3)
		return rand_load(s, depth);
	e = expr_of(pick == 4 ? KEFIR_EXPR_NEG : KEFIR_EXPR_BINARY, 0);
	if (!e)
		return NULL;
	e->op = rnd(s) % KEFIR_BINOP_MAX;
	e->a = rand_expr(s, depth - 1);
	if (pick == 5)
		e->b = rand_expr(s, depth - 1);
	if (!e->a || (pick == 5 && !e->b)) {
		expr_free(e);
		return NULL;
	}
	return e;
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
	p->test.relop = rnd(s) % KEFIR_RELOP_MAX;
	p->test.lhs = rand_expr(s, 2);
	p->test.rhs = rand_expr(s, 1);
	if (!p->test.lhs || !p->test.rhs) {
		pred_free(p);
		return NULL;
	}
	return p;
}

/* A test of either kind, at a random layout. */
static struct kefir_pred *rand_test(uint32_t *s)
{
	unsigned int net_off = net_offs[rnd(s) % ARRAY_SIZE(net_offs)];
	enum kefir_l4 l4 = rnd(s) % KEFIR_L4_MAX;

	if (rnd(s) % 3 == 0)
		return rel_test(s, net_off, l4);
	return field_test(s, rnd(s) % KEFIR_FIELD_MAX, rnd(s) % KEFIR_OP_MAX,
			  net_off, l4);
}

static struct kefir_pred *rand_pred(uint32_t *s, unsigned int depth)
{
	unsigned int pick = depth ? rnd(s) % 8 : 0;
	enum kefir_pred_kind kinds[] = { KEFIR_PRED_AND, KEFIR_PRED_OR,
					 KEFIR_PRED_NOT };
	struct kefir_pred *p, *kid;
	size_t i, n;

	if (pick < 4)
		return pick == 3 && depth == 1 ? pred_new(rnd(s) % 2, NULL)
					       : rand_test(s);
	p = pred_new(kinds[pick % 3], NULL);
	n = p && p->kind == KEFIR_PRED_NOT ? 1 : rnd(s) % 4;
	for (i = 0; p && i < n; i++) {
		kid = rand_pred(s, depth - 1);
		if (!kid || pred_add(p, kid)) {
			pred_free(kid);
			pred_free(p);
			return NULL;
		}
	}
	return p;
}

/* Adds a rule of @match (owned) with a pass, drop or handler action. */
static int add_rule(struct kefir_ruleset *rs, struct kefir_pred *match,
		    uint32_t *s)
{
	struct kefir_rule *r = rule_new(NULL, "generated");
	struct kefir_expr *arg;
	int err = -ENOMEM;

	if (!r || !match || pred_add(r->match, match))
		goto fail;
	match = NULL;
	r->action.kind = rnd(s) % 3 ? rnd(s) % 2 : KEFIR_ACTION_HANDLER;
	if (r->action.kind == KEFIR_ACTION_HANDLER) {
		if (!(r->action.name = strdup("h")))
			goto fail;
		r->action.args_l4 = rnd(s) % KEFIR_L4_MAX;
		arg = rnd(s) % 2 ? rand_expr(s, 2) : NULL;
		if (arg && action_add_arg(&r->action, arg)) {
			expr_free(arg);
			goto fail;
		}
	}
	if (!(err = ruleset_append(rs, r)))
		return 0;
fail:
	pred_free(match);
	rule_free(r);
	return err;
}

static void test_random(void)
{
	char name[32];
	uint32_t seed = 0x6b656669;
	struct kefir_ruleset *rs;
	size_t i, j;
	int err = 0;

	for (i = 0; i < N_RANDOM && !err; i++) {
		snprintf(name, sizeof(name), "random %zu", i);
		rs = ruleset_new("<generated>", "json");
		for (j = 0; rs && !err && j < RANDOM_RULES; j++)
			err = add_rule(rs, rand_pred(&seed, 3), &seed);
		if (!rs || err)
			FAIL("%s: out of memory", name);
		else
			check_ruleset(name, rs);
		kefir_ruleset_free(rs);
	}
}

/* One ruleset per field: every operator, layout and l4, plain and negated. */
static void test_sweep(void)
{
	uint32_t seed = 0x73776570;
	struct kefir_pred *p, *not;
	struct kefir_ruleset *rs;
	size_t matched;
	unsigned int f, op, lay, l4;
	int err = 0;

	for (f = 0; f < KEFIR_FIELD_MAX && !err; f++) {
		rs = ruleset_new("<generated>", "json");
		for (op = 0; rs && !err && op < KEFIR_OP_MAX * 2; op++)
			for (lay = 0; !err && lay < ARRAY_SIZE(net_offs); lay++)
				for (l4 = 0; !err && l4 < KEFIR_L4_MAX; l4++) {
					p = field_test(&seed, f, op / 2, net_offs[lay], l4);
					not = op % 2 ? pred_new(KEFIR_PRED_NOT, NULL) : NULL;
					if (not && p && !pred_add(not, p))
						p = not;
					else
						pred_free(not);
					err = add_rule(rs, p, &seed);
				}
		if (!rs || err)
			FAIL("sweep %s: out of memory", field_info(f)->name);
		matched = check_ruleset(field_info(f)->name, rs);
		if (rs && !matched)
			FAIL("sweep %s: no packet matched: a useless sweep",
			     field_info(f)->name);
		kefir_ruleset_free(rs);
	}
}

/* ------------------------------------------------------------------------ */
/* Dispatch                                                                 */
/* ------------------------------------------------------------------------ */

/* What the handlers saw, for one packet. */
struct seen {
	const char *handler;
	uint32_t args[4];
	size_t n_args;
};

static int record(struct seen *s, const char *handler, const uint32_t *args,
		  size_t n_args)
{
	s->handler = handler;
	s->n_args = n_args;
	memcpy(s->args, args, n_args * sizeof(*args));
	return 7;
}

static int on_tcp(void *ctx, const uint8_t *pkt, size_t caplen, size_t wirelen,
		  const uint32_t *args, size_t n_args)
{
	(void)pkt, (void)caplen, (void)wirelen;
	return record(ctx, "on_tcp", args, n_args);
}

static int on_other(void *ctx, const uint8_t *pkt, size_t caplen,
		    size_t wirelen, const uint32_t *args, size_t n_args)
{
	(void)pkt, (void)caplen, (void)wirelen;
	return record(ctx, "on_other", args, n_args);
}

/*
 * "ip and tcp => on_tcp(&ip[0], &tcp[0], tcp[13])", "udp => drop",
 * default "on_other": arguments written as the pflang front-end will.
 */
static struct kefir_ruleset *dispatch_ruleset(void)
{
	static const char json[] =
		"{\"kefir\": 1, \"rules\": ["
		"{\"match\": [{\"field\": \"eth_type\", \"op\": \"eq\", \"value\": \"0x0800\"},"
		" {\"field\": \"ip4_proto\", \"op\": \"eq\", \"value\": 6}],"
		" \"action\": {\"type\": \"handler\", \"name\": \"on_tcp\", \"l4\": \"ip4\","
		"  \"args\": [14, {\"op\": \"+\", \"lhs\": 14, \"rhs\": {\"op\": \"<<\","
		"   \"lhs\": {\"op\": \"&\", \"lhs\": {\"load\": \"net\", \"offset\": 0, \"size\": 1},"
		"   \"rhs\": 15}, \"rhs\": 2}}, {\"load\": \"l4\", \"offset\": 13, \"size\": 1}]}},"
		"{\"match\": [{\"field\": \"eth_type\", \"op\": \"eq\", \"value\": \"0x0800\"},"
		" {\"field\": \"ip4_proto\", \"op\": \"eq\", \"value\": 17}],"
		" \"action\": {\"type\": \"drop\"}}],"
		" \"default\": {\"action\": {\"type\": \"handler\", \"name\": \"on_other\"}}}";
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_ruleset *rs = NULL;

	if (kefir_ruleset_parse("json", json, strlen(json), "<dispatch>", NULL,
				&rs, diag))
		FAIL("the dispatch ruleset: %s", kefir_diag_text(diag));
	kefir_diag_free(diag);
	return rs;
}

/* Checks one packet's dispatch against the interpreter. */
static bool dispatch_agrees(const struct kefir_ruleset *rs,
			    const struct kefir_native *nat,
			    const struct pg_packet *p)
{
	long want = kefir_ruleset_eval(rs, p->data, p->caplen, p->wirelen);
	const struct kefir_action *a = want < 0 ? &rs->default_action
						: &rs->rules[want]->action;
	struct seen seen = { 0 };
	uint32_t args[4];
	int result = -1;
	long got = kefir_native_dispatch(nat, &seen, guard(p->data, p->caplen),
					 p->caplen, p->wirelen, &result);

	if (got != want || result != (a->name ? 7 : 0) ||
	    (a->name && (!seen.handler || strcmp(seen.handler, a->name))) ||
	    (!a->name && seen.handler) || seen.n_args != a->n_args)
		return false;
	action_eval_args(a, p->data, p->caplen, p->wirelen, args);
	return !memcmp(args, seen.args, a->n_args * sizeof(*args));
}

static void test_dispatch(void)
{
	static const struct kefir_handler handlers[] = {
		{ "on_other", on_other }, { "on_tcp", on_tcp },
	};
	struct kefir_ruleset *rs = dispatch_ruleset();
	struct kefir_native *nat = rs ? build("dispatch", rs, handlers, 2) : NULL;
	size_t i, bad = 0, tcp = 0;

	for (i = 0; nat && i < corpus.n; i++) {
		if (!dispatch_agrees(rs, nat, &corpus.pkts[i]) && bad++ < MAX_REPORTS)
			FAIL("dispatch: packet '%s' disagrees", corpus.pkts[i].desc);
		tcp += kefir_ruleset_eval(rs, corpus.pkts[i].data,
					  corpus.pkts[i].caplen,
					  corpus.pkts[i].wirelen) == 0;
	}
	if (nat && !bad && tcp)
		PASS();
	else if (nat && !tcp)
		FAIL("dispatch: no packet reached the tcp handler");
	kefir_native_free(nat);
	kefir_ruleset_free(rs);
}

static void test_missing_handler(void)
{
	static const struct kefir_handler handlers[] = { { "on_tcp", on_tcp } };
	static const char want[] =
		"error: the default action 2 ('') calls handler 'on_other', "
		"which the handler table lacks\n";
	struct kefir_ruleset *rs = dispatch_ruleset();
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_native *nat = NULL;
	char path[64];
	int err;

	snprintf(path, sizeof(path), "%s/missing.so", tmpdir);
	err = rs ? kefir_native_compile(rs, path, NULL, diag) : -EINVAL;
	if (err)
		FAIL("missing handler: compile: %s", kefir_diag_text(diag));
	else
		err = kefir_native_open(path, handlers, 1, &nat, diag);
	if (!err || !strstr(kefir_diag_text(diag), want))
		FAIL("missing handler: got %d, '%s', want -EINVAL, '%s'", err,
		     kefir_diag_text(diag), want);
	else
		PASS();
	kefir_native_free(nat);
	unlink(path);
	kefir_diag_free(diag);
	kefir_ruleset_free(rs);
}

/* The compiler's own messages reach the caller. */
static void test_compiler_error(void)
{
	KEFIR_OPTS_INIT(kefir_native_opts, o, .cflags = "-O2 -no-such-flag");
	struct kefir_ruleset *rs = dispatch_ruleset();
	struct kefir_diag *diag = kefir_diag_new();
	char path[64];
	int err;

	snprintf(path, sizeof(path), "%s/bad.so", tmpdir);
	err = rs ? kefir_native_compile(rs, path, &o, diag) : 0;
	if (err != -EINVAL || !strstr(kefir_diag_text(diag), "no-such-flag"))
		FAIL("compiler error: got %d, '%s'", err, kefir_diag_text(diag));
	else
		PASS();
	kefir_diag_free(diag);
	kefir_ruleset_free(rs);
}

/* ------------------------------------------------------------------------ */
/* The classification pass                                                  */
/* ------------------------------------------------------------------------ */

/* The rules of @rs that the plan puts in segments. */
static size_t rules_in_segments(const struct kefir_ruleset *rs)
{
	struct kefir_plan *plan;
	size_t b, n = 0;

	if (plan_build(rs, false, &plan))
		return 0;
	for (b = 0; b < plan->n_blocks; b++)
		if (plan->blocks[b].seg)
			n += plan->blocks[b].last - plan->blocks[b].first;
	plan_free(plan);
	return n;
}

/*
 * Rulesets made for the classification pass (segments.c), on the corpus
 * and on packets aimed at their values: most of their rules must be in
 * segments (else this checks nothing new), and every packet, whole and
 * cut short, must be classified as the interpreter does.
 */
static void test_segments(void)
{
	struct pg_corpus packets = { 0 };
	struct kefir_ruleset *rs;
	char name[48];
	size_t in_seg, matched;
	unsigned int seed;

	for (seed = 1; seed <= N_SEGMENT_RULESETS; seed++) {
		snprintf(name, sizeof(name), "segments-%u", seed);
		rs = segments_ruleset(seed, SEGMENT_RULES);
		if (!rs || segments_packets(seed, 4000, &packets)) {
			FAIL("%s: out of memory", name);
			kefir_ruleset_free(rs);
			break;
		}
		in_seg = rules_in_segments(rs);
		if (in_seg < rs->n_rules * 3 / 4)
			FAIL("%s: only %zu of %zu rules in segments", name, in_seg,
			     rs->n_rules);
		matched = check_packets(name, rs, &packets) + check_ruleset(name, rs);
		printf("\n    %s: %zu rules, %zu in segments, %zu+%zu packets, %zu matched a rule ... ",
		       name, rs->n_rules, in_seg, packets.n, corpus.n, matched);
		kefir_ruleset_free(rs);
		pktgen_corpus_free(&packets);
	}
}

static int setup(void)
{
	page = (size_t)sysconf(_SC_PAGESIZE);
	if (page < PG_MAX_LEN)
		page = PG_MAX_LEN;
	guarded = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (guarded == MAP_FAILED || mprotect(guarded + page, page, PROT_NONE))
		return -errno;
	if (!mkdtemp(tmpdir))
		return -errno;
	return pktgen_corpus(&corpus);
}

int main(void)
{
	static const struct { const char *name; CU_TestFunc fn; } tests[] = {
		{ "golden rulesets", test_golden },
		{ "field sweep", test_sweep },
		{ "random trees", test_random },
		{ "dispatch", test_dispatch },
		{ "missing handler", test_missing_handler },
		{ "compiler error", test_compiler_error },
		{ "classification pass", test_segments },
	};
	CU_pSuite suite;
	size_t i;
	int rc = 2;

	setvbuf(stdout, NULL, _IOLBF, 0);
	keep_files = getenv("KEFIR_KEEP_TMP") != NULL;
	if (setup()) {
		fprintf(stderr, "native: setup failed: %s\n", strerror(errno));
		return 1;
	}
	if (CU_initialize_registry() == CUE_SUCCESS &&
	    (suite = CU_add_suite("native", NULL, NULL))) {
		for (i = 0; i < ARRAY_SIZE(tests); i++)
			CU_add_test(suite, tests[i].name, tests[i].fn);
		CU_basic_set_mode(CU_BRM_VERBOSE);
		CU_basic_run_tests();
		rc = CU_get_number_of_failures() ? 1 : 0;
	}
	CU_cleanup_registry();
	pktgen_corpus_free(&corpus);
	if (keep_files)
		printf("native: the generated C and objects are in %s\n", tmpdir);
	else
		rmdir(tmpdir);
	return rc;
}
