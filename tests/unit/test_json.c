/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_json.c - the JSON back-end and front-end (lib/json_write.c,
 * lib/json_read.c): hand-built rulesets covering every node, value kind,
 * operator and action are written, read back and written again, which must
 * give the same bytes; small cases are compared with their exact JSON; and
 * each way of getting a document wrong is refused with its exact message.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kefir_internal.h"
#include "suites.h"

#define LOC(l, c, n) (&(const struct kefir_loc){ (l), (c), (n) })

/* ------------------------------------------------------------------------ */
/* Builders                                                                 */
/* ------------------------------------------------------------------------ */

static struct kefir_rule *add_rule(struct kefir_ruleset *rs, const char *text)
{
	struct kefir_rule *rule = rule_new(LOC(rs->n_rules + 1, 1, 4), text);

	CU_ASSERT_FATAL(rule && !ruleset_append(rs, rule));
	return rule;
}

static struct kefir_pred *add_pred(struct kefir_pred *parent,
				   struct kefir_pred *p)
{
	CU_ASSERT_FATAL(p && !pred_add(parent, p));
	return p;
}

/* Adds "field == x" (a numeric field) to @parent. */
static struct kefir_pred *add_u64(struct kefir_pred *parent,
				  enum kefir_field field, uint64_t x)
{
	return add_pred(parent, pred_new_field_u64(field, x, LOC(1, 11, 4)));
}

/* Adds "field == text" (any kind of field) to @parent. */
static struct kefir_pred *add_text(struct kefir_pred *parent,
				   enum kefir_field field, const char *text)
{
	const struct kefir_field_info *fi = field_info(field);
	struct kefir_pred *p = add_pred(parent, pred_new_field(field, NULL));

	CU_ASSERT_EQUAL(value_parse(&p->test.value, fi->kind, fi->bytes, text), 0);
	return p;
}

/* Adds the EtherType test that guards @field, and sets *@l4. */
static void add_guard(struct kefir_pred *and, enum kefir_field field,
		      enum kefir_l4 *l4)
{
	static const uint64_t ethertypes[] = {
		[KEFIR_FAMILY_VLAN] = 0x8100, [KEFIR_FAMILY_IP4] = 0x0800,
		[KEFIR_FAMILY_IP6] = 0x86dd, [KEFIR_FAMILY_ARP] = 0x0806,
		[KEFIR_FAMILY_L4] = 0x0800,
	};
	enum kefir_family family = field_info(field)->family;

	*l4 = family == KEFIR_FAMILY_L4 ? KEFIR_L4_IP4 : KEFIR_L4_NONE;
	if (field_info(field)->anchor == KEFIR_ANCHOR_WALK)
		*l4 = field_walk(field);
	if (family != KEFIR_FAMILY_ANY)
		add_u64(and, KEFIR_FIELD_ETH_TYPE, ethertypes[family]);
}

static struct kefir_expr *expr(enum kefir_expr_kind kind, struct kefir_expr *a,
			       struct kefir_expr *b)
{
	struct kefir_expr *e = expr_new(kind, NULL);

	CU_ASSERT_FATAL(e != NULL);
	e->a = a;
	e->b = b;
	return e;
}

static struct kefir_expr *konst(uint32_t k)
{
	struct kefir_expr *e = expr(KEFIR_EXPR_CONST, NULL, NULL);

	e->k = k;
	return e;
}

static struct kefir_expr *load(enum kefir_anchor anchor, uint32_t off,
			       unsigned int size)
{
	struct kefir_expr *e = expr(KEFIR_EXPR_LOAD, konst(off), NULL);

	e->anchor = anchor;
	e->size = size;
	e->loc = *LOC(2, 3, 5);
	return e;
}

static struct kefir_expr *binary(enum kefir_binop op, struct kefir_expr *a,
				 struct kefir_expr *b)
{
	struct kefir_expr *e = expr(KEFIR_EXPR_BINARY, a, b);

	e->op = op;
	return e;
}

/* Adds the relation "lhs OP rhs" to @parent. */
static struct kefir_pred *add_rel(struct kefir_pred *parent,
				  enum kefir_relop op, struct kefir_expr *lhs,
				  struct kefir_expr *rhs)
{
	struct kefir_pred *p = add_pred(parent,
					pred_new(KEFIR_PRED_TEST, LOC(2, 1, 9)));

	p->test.kind = KEFIR_TEST_REL;
	p->test.relop = op;
	p->test.net_off = KEFIR_NET_OFF_DEFAULT;
	p->test.lhs = lhs;
	p->test.rhs = rhs;
	p->test.loc = p->loc;
	return p;
}

/* ------------------------------------------------------------------------ */
/* Checks                                                                   */
/* ------------------------------------------------------------------------ */

/* Writes @rs as JSON; NULL (and a failed assertion) if that fails. */
static char *emit(const struct kefir_ruleset *rs)
{
	struct kefir_diag *d = kefir_diag_new();
	char *json = NULL;

	CU_ASSERT_EQUAL(kefir_ruleset_emit(rs, "json", NULL, &json, NULL, d), 0);
	CU_ASSERT_STRING_EQUAL(kefir_diag_text(d), "");
	kefir_diag_free(d);
	return json;
}

/* Reads @json named "<input>"; NULL (and a failed assertion) if refused. */
static struct kefir_ruleset *parse(const char *json)
{
	struct kefir_diag *d = kefir_diag_new();
	struct kefir_ruleset *rs = NULL;

	CU_ASSERT_EQUAL(kefir_ruleset_parse("json", json, strlen(json),
					    "<input>", NULL, &rs, d), 0);
	CU_ASSERT_STRING_EQUAL(kefir_diag_text(d), "");
	kefir_diag_free(d);
	return rs;
}

/* Write, read, write: the two texts must be identical. Frees @rs. Returns
 * the JSON for further checks (the caller frees it). */
static char *round_trip(struct kefir_ruleset *rs)
{
	char *first = emit(rs), *second = NULL;
	struct kefir_ruleset *again = first ? parse(first) : NULL;

	if (again)
		second = emit(again);
	CU_ASSERT_PTR_NOT_NULL(second);
	if (second)
		CU_ASSERT_STRING_EQUAL(second, first);
	free(second);
	kefir_ruleset_free(again);
	kefir_ruleset_free(rs);
	return first;
}

static void expect_contains(const char *text, const char *part)
{
	CU_ASSERT_PTR_NOT_NULL(text && strstr(text, part));
	if (text && !strstr(text, part))
		fprintf(stderr, "\nmissing: %s\n", part);
}

/* Reading @json must fail with exactly @message. */
static void expect_error(const char *json, const char *message)
{
	struct kefir_diag *d = kefir_diag_new();
	struct kefir_ruleset *rs = NULL;

	CU_ASSERT_EQUAL(kefir_ruleset_parse("json", json, strlen(json),
					    "<input>", NULL, &rs, d), -EINVAL);
	CU_ASSERT_PTR_NULL(rs);
	CU_ASSERT_STRING_EQUAL(kefir_diag_text(d), message);
	if (strcmp(kefir_diag_text(d), message))
		fprintf(stderr, "\nexpected: %sgot:      %s", message,
			kefir_diag_text(d));
	kefir_ruleset_free(rs);
	kefir_diag_free(d);
}

/* A document whose one rule matches an IPv4 packet and then @test. */
static char *doc_with_test(const char *test)
{
	static const char fmt[] =
		"{\"kefir\": 1, \"rules\": [{\"match\": [{\"field\": "
		"\"eth_type\", \"op\": \"eq\", \"value\": \"0x0800\"}, %s], "
		"\"action\": {\"type\": \"drop\"}}], "
		"\"default\": {\"action\": {\"type\": \"pass\"}}}";
	size_t len = sizeof(fmt) + strlen(test);
	char *doc = malloc(len);

	CU_ASSERT_FATAL(doc != NULL);
	snprintf(doc, len, fmt, test);
	return doc;
}

/* Reading @json must fail with a message that starts with @prefix. */
static void expect_error_prefix(const char *json, const char *prefix)
{
	struct kefir_diag *d = kefir_diag_new();
	struct kefir_ruleset *rs = NULL;

	CU_ASSERT_EQUAL(kefir_ruleset_parse("json", json, strlen(json),
					    "<input>", NULL, &rs, d), -EINVAL);
	CU_ASSERT_NSTRING_EQUAL(kefir_diag_text(d), prefix, strlen(prefix));
	if (strncmp(kefir_diag_text(d), prefix, strlen(prefix)))
		fprintf(stderr, "\nexpected: %s...\ngot:      %s", prefix,
			kefir_diag_text(d));
	kefir_ruleset_free(rs);
	kefir_diag_free(d);
}

/* The second test of a doc_with_test() document must be refused. */
static void expect_test_error(const char *test, const char *message)
{
	char *doc = doc_with_test(test);

	expect_error(doc, message);
	free(doc);
}

static void expect_test_error_prefix(const char *test, const char *prefix)
{
	char *doc = doc_with_test(test);

	expect_error_prefix(doc, prefix);
	free(doc);
}

/* ------------------------------------------------------------------------ */
/* Writing: exact texts                                                     */
/* ------------------------------------------------------------------------ */

static void test_empty_ruleset_text(void)
{
	struct kefir_ruleset *rs = ruleset_new("r.txt", "ethtool");
	char *json;

	rs->default_action.kind = KEFIR_ACTION_DROP;
	json = emit(rs);
	CU_ASSERT_STRING_EQUAL(json,
			       "{\n"
			       "  \"kefir\": 1,\n"
			       "  \"syntax\": \"ethtool\",\n"
			       "  \"source\": \"r.txt\",\n"
			       "  \"rules\": [],\n"
			       "  \"default\": {\n"
			       "    \"action\": {\n"
			       "      \"type\": \"drop\"\n"
			       "    }\n"
			       "  }\n"
			       "}\n");
	free(json);
	kefir_ruleset_free(rs);
}

/* The example of docs/ir.md. */
static void test_one_rule_text(void)
{
	struct kefir_ruleset *rs = ruleset_new("rules.txt", "ethtool");
	struct kefir_rule *r = add_rule(rs, "flow-type tcp4 dst-port 80 action -1");
	struct kefir_pred *dport;
	char *json;

	r->loc = *LOC(1, 1, 1);
	add_u64(r->match, KEFIR_FIELD_ETH_TYPE, 0x0800);
	add_u64(r->match, KEFIR_FIELD_IP4_PROTO, 6);
	dport = add_u64(r->match, KEFIR_FIELD_L4_DPORT, 80);
	dport->test.l4 = KEFIR_L4_IP4;
	dport->test.loc = *LOC(1, 16, 8);
	r->action.kind = KEFIR_ACTION_DROP;
	r->action.loc = *LOC(1, 31, 6);
	json = round_trip(rs);
	CU_ASSERT_STRING_EQUAL(json,
		"{\n  \"kefir\": 1,\n  \"syntax\": \"ethtool\",\n"
		"  \"source\": \"rules.txt\",\n  \"rules\": [\n    {\n"
		"      \"loc\": \"1:1\",\n"
		"      \"text\": \"flow-type tcp4 dst-port 80 action -1\",\n"
		"      \"match\": [\n"
		"        {\n          \"field\": \"eth_type\",\n"
		"          \"op\": \"eq\",\n          \"value\": \"0x0800\",\n"
		"          \"loc\": \"1:11-14\"\n        },\n"
		"        {\n          \"field\": \"ip4_proto\",\n"
		"          \"op\": \"eq\",\n          \"value\": 6,\n"
		"          \"loc\": \"1:11-14\"\n        },\n"
		"        {\n          \"field\": \"l4_dport\",\n"
		"          \"op\": \"eq\",\n          \"value\": 80,\n"
		"          \"l4\": \"ip4\",\n          \"loc\": \"1:16-23\"\n"
		"        }\n      ],\n"
		"      \"action\": {\n        \"type\": \"drop\",\n"
		"        \"loc\": \"1:31-36\"\n      }\n    }\n  ],\n"
		"  \"default\": {\n    \"action\": {\n"
		"      \"type\": \"pass\"\n    }\n  }\n}\n");
	free(json);
}

static void test_relation_text(void)
{
	struct kefir_ruleset *rs = ruleset_new("f.pcap", "pflang");
	struct kefir_rule *r = add_rule(rs, "len > 64");
	struct kefir_pred *rel;
	char *json;

	rel = add_rel(r->match, KEFIR_RELOP_GT, expr(KEFIR_EXPR_LEN, NULL, NULL),
		      konst(64));
	rel->test.loc = *LOC(1, 1, 8);
	json = round_trip(rs);
	expect_contains(json,
			"      \"match\": [\n        {\n"
			"          \"rel\": \">\",\n"
			"          \"lhs\": \"len\",\n"
			"          \"rhs\": 64,\n"
			"          \"loc\": \"1:1-8\"\n        }\n      ],\n");
	free(json);
}

/* ------------------------------------------------------------------------ */
/* Writing and reading back: every construct                                */
/* ------------------------------------------------------------------------ */

/* A mask of @field that is not the whole field (it may be zero). */
static void partial_mask(struct kefir_value *m, enum kefir_field field)
{
	unsigned int i;

	value_full_mask(m, field);
	for (i = 0; i < field_info(field)->bytes; i++)
		m->b[i] &= 0xf0;
	if (value_is_full_mask(m, field))
		memset(m, 0, sizeof(*m));
}

/* One rule per field: eq with its largest value, eq under a partial mask,
 * the whole range, and a set under a partial mask. */
static void add_field_rule(struct kefir_ruleset *rs, enum kefir_field field)
{
	struct kefir_rule *r = add_rule(rs, field_info(field)->name);
	struct kefir_pred *t[4];
	enum kefir_l4 l4;
	unsigned int i;

	add_guard(r->match, field, &l4);
	for (i = 0; i < 4; i++) {
		t[i] = add_pred(r->match, pred_new_field(field, LOC(1, i + 1, i)));
		t[i]->test.l4 = l4;
	}
	value_full_mask(&t[0]->test.value, field);
	partial_mask(&t[1]->test.mask, field);
	t[1]->test.value = t[1]->test.mask;
	t[2]->test.op = KEFIR_OP_RANGE;
	value_full_mask(&t[2]->test.max, field);
	t[3]->test.op = KEFIR_OP_SET;
	partial_mask(&t[3]->test.mask, field);
	t[3]->test.set = calloc(2, sizeof(*t[3]->test.set));
	CU_ASSERT_FATAL(t[3]->test.set != NULL);
	t[3]->test.n_set = 2;
	t[3]->test.set[1] = t[3]->test.mask;
}

static void test_every_field(void)
{
	struct kefir_ruleset *rs = ruleset_new("all.txt", "test");
	unsigned int f;
	char *json;

	for (f = 0; f < KEFIR_FIELD_MAX; f++)
		add_field_rule(rs, f);
	json = round_trip(rs);
	expect_contains(json, "\"value\": \"ff:ff:ff:ff:ff:ff\"");
	expect_contains(json, "\"value\": \"255.255.255.255\"");
	expect_contains(json,
			"\"value\": \"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff\"");
	expect_contains(json, "\"mask\": \"f0f0:f0f0:f0f0:f0f0:f0f0:f0f0:f0f0:f0f0\"");
	expect_contains(json, "\"mask\": \"240.240.240.240\"");
	expect_contains(json, "\"value\": 4095");
	expect_contains(json, "\"value\": \"0x0fff\"");
	expect_contains(json, "\"max\": 4294967295");
	expect_contains(json, "\"values\": [\n            0,\n            61680\n");
	free(json);
}

/* Nested all/any/not, true, false, VLAN layouts and IPv6 transport. */
static void test_predicate_tree(void)
{
	struct kefir_ruleset *rs = ruleset_new("tree.txt", "test");
	struct kefir_rule *r = add_rule(rs, "tree");
	struct kefir_pred *any, *all, *not;
	char *json;

	any = add_pred(r->match, pred_new(KEFIR_PRED_OR, LOC(1, 1, 2)));
	all = add_pred(any, pred_new(KEFIR_PRED_AND, NULL));
	add_u64(all, KEFIR_FIELD_ETH_TYPE, 0x86dd);
	add_u64(all, KEFIR_FIELD_L4_SPORT, 53)->test.l4 = KEFIR_L4_IP6;
	not = add_pred(all, pred_new(KEFIR_PRED_NOT, LOC(3, 2, 1)));
	add_pred(not, pred_new(KEFIR_PRED_FALSE, NULL));
	all = add_pred(any, pred_new(KEFIR_PRED_AND, LOC(4, 1, 10)));
	add_u64(all, KEFIR_FIELD_ETH_TYPE, 0x8100);
	add_u64(all, KEFIR_FIELD_ETH_TYPE, 0x0800)->test.net_off = 18;
	add_u64(all, KEFIR_FIELD_IP4_TTL, 1)->test.net_off = 18;
	add_pred(any, pred_new(KEFIR_PRED_TRUE, NULL));
	add_pred(any, pred_new(KEFIR_PRED_AND, NULL));
	add_pred(any, pred_new(KEFIR_PRED_OR, NULL));
	json = round_trip(rs);
	expect_contains(json, "\"net_off\": 18,");
	expect_contains(json, "\"l4\": \"ip6\"");
	expect_contains(json, "\"not\": false,\n");
	expect_contains(json, "\"any\": [\n");
	expect_contains(json, "            true,\n            {\n"
			      "              \"all\": []\n            },\n"
			      "            {\n              \"any\": []\n");
	free(json);
}

/* Every relation, every operator, loads from every anchor, negation. */
static void test_relations(void)
{
	struct kefir_ruleset *rs = ruleset_new("f.pcap", "pflang");
	struct kefir_rule *r = add_rule(rs, "relations");
	struct kefir_expr *lhs;
	struct kefir_pred *rel;
	unsigned int op;
	char *json;

	add_u64(r->match, KEFIR_FIELD_ETH_TYPE, 0x0800);
	for (op = 0; op < KEFIR_BINOP_MAX; op++) {
		lhs = binary(op, load(op % 3, op, 1u << (op % 3)),
			     expr(KEFIR_EXPR_NEG, konst(op), NULL));
		rel = add_rel(r->match, op % KEFIR_RELOP_MAX, lhs,
			      op ? konst(UINT32_MAX) : expr(KEFIR_EXPR_LEN, NULL, NULL));
		rel->test.l4 = KEFIR_L4_IP4;
		rel->test.net_off = 14 + 4 * (op % 2);
	}
	json = round_trip(rs);
	expect_contains(json, "\"rel\": \"!=\"");
	expect_contains(json, "\"op\": \">>\"");
	expect_contains(json, "\"load\": \"l4\",\n");
	expect_contains(json, "\"size\": 4,\n");
	expect_contains(json, "\"neg\": 9\n");
	expect_contains(json, "\"rhs\": 4294967295,\n");
	expect_contains(json, "\"loc\": \"2:3-7\"");
	free(json);
}

static void test_actions(void)
{
	struct kefir_ruleset *rs = ruleset_new("a.txt", "test");
	struct kefir_action *a;
	char *json;

	add_rule(rs, "pass")->action.kind = KEFIR_ACTION_PASS;
	a = &add_rule(rs, "queue")->action;
	a->kind = KEFIR_ACTION_QUEUE;
	a->queue = 3;
	a = &add_rule(rs, "queue of a vf")->action;
	*a = (struct kefir_action){ .kind = KEFIR_ACTION_QUEUE, .queue = 4,
				    .vf = 0, .context = 7, .loc = *LOC(3, 2, 2) };
	a = &add_rule(rs, "redirect")->action;
	*a = (struct kefir_action){ .kind = KEFIR_ACTION_REDIRECT, .ifindex = 2,
				    .vf = -1, .context = -1 };
	a = &add_rule(rs, "redirect by name")->action;
	*a = (struct kefir_action){ .kind = KEFIR_ACTION_REDIRECT,
				    .name = strdup("eth1"), .vf = -1 };
	a = &add_rule(rs, "handler")->action;
	*a = (struct kefir_action){ .kind = KEFIR_ACTION_HANDLER,
				    .name = strdup("count_http"), .vf = -1 };
	rs->default_action.kind = KEFIR_ACTION_DROP;
	rs->default_action.loc = *LOC(9, 9, 4);
	rs->default_text = strdup(":INPUT DROP [0:0]");
	rs->default_loc = *LOC(9, 1, 1);
	json = round_trip(rs);
	expect_contains(json, "\"type\": \"queue\",\n        \"queue\": 3\n");
	expect_contains(json, "\"queue\": 4,\n        \"vf\": 0,\n"
			      "        \"context\": 7,\n        \"loc\": \"3:2-3\"");
	expect_contains(json, "\"type\": \"redirect\",\n        \"ifindex\": 2\n");
	expect_contains(json, "\"type\": \"redirect\",\n        \"ifname\": \"eth1\"\n");
	expect_contains(json, "\"type\": \"handler\",\n        \"name\": \"count_http\"\n");
	expect_contains(json, "  \"default\": {\n    \"action\": {\n"
			      "      \"type\": \"drop\",\n      \"loc\": \"9:9-12\"\n"
			      "    },\n    \"text\": \":INPUT DROP [0:0]\",\n"
			      "    \"loc\": \"9:1\"\n  }\n}\n");
	free(json);
}

/* Rule texts and names may hold any byte; what is not UTF-8 becomes U+FFFD. */
static void test_text_characters(void)
{
	struct kefir_ruleset *rs = ruleset_new("caf\xc3\xa9.txt", "test");
	char *json;

	add_rule(rs, "\"q\" \\ \t\x01 \xc3\xa9 \xff\xc3 \xed\xa0\x80 end");
	add_rule(rs, "");
	json = round_trip(rs);
	expect_contains(json, "\"source\": \"caf\xc3\xa9.txt\"");
	expect_contains(json, "\"text\": \"\\\"q\\\" \\\\ \\t\\u0001 \xc3\xa9 "
			      "\xef\xbf\xbd\xef\xbf\xbd \xef\xbf\xbd\xef\xbf\xbd"
			      "\xef\xbf\xbd end\"");
	expect_contains(json, "{\n      \"loc\": \"2:1-4\",\n      \"match\"");
	free(json);
}

/* ------------------------------------------------------------------------ */
/* Reading: what the IR becomes                                             */
/* ------------------------------------------------------------------------ */

static void test_source_and_syntax_restored(void)
{
	struct kefir_ruleset *rs = parse("{\"kefir\": 1, \"syntax\": \"ethtool\","
					 " \"source\": \"rules.txt\", \"rules\": [],"
					 " \"default\": {\"action\": {\"type\": \"drop\"}}}");

	CU_ASSERT_FATAL(rs != NULL);
	CU_ASSERT_STRING_EQUAL(rs->source_name, "rules.txt");
	CU_ASSERT_STRING_EQUAL(rs->syntax, "ethtool");
	CU_ASSERT_EQUAL(rs->default_action.kind, KEFIR_ACTION_DROP);
	kefir_ruleset_free(rs);
	rs = parse("{\"kefir\": 1, \"rules\": [],"
		   " \"default\": {\"action\": {\"type\": \"pass\"}}}");
	CU_ASSERT_FATAL(rs != NULL);
	CU_ASSERT_STRING_EQUAL(rs->source_name, "<input>");
	CU_ASSERT_STRING_EQUAL(rs->syntax, "json");
	kefir_ruleset_free(rs);
}

/* Spelled-out defaults and other spellings read as the canonical IR. */
static void test_reading_canonicalizes(void)
{
	char *doc = doc_with_test("{\"field\": \"l4_dport\", \"op\": \"eq\", "
				  "\"value\": \"0x50\", \"mask\": 65535, "
				  "\"net_off\": 14, \"l4\": \"ip4\", \"loc\": \"2:5-5\"}");
	struct kefir_ruleset *rs = parse(doc);
	const struct kefir_test *t;

	CU_ASSERT_FATAL(rs != NULL && rs->n_rules == 1 &&
			rs->rules[0]->match->n_kids == 2);
	t = &rs->rules[0]->match->kids[1]->test;
	CU_ASSERT_EQUAL(t->field, KEFIR_FIELD_L4_DPORT);
	CU_ASSERT_EQUAL(value_to_u64(&t->value, 2), 80);
	CU_ASSERT_TRUE(value_is_full_mask(&t->mask, t->field));
	CU_ASSERT_EQUAL(t->net_off, 14);
	CU_ASSERT_EQUAL(t->l4, KEFIR_L4_IP4);
	CU_ASSERT_EQUAL(t->loc.line, 2);
	CU_ASSERT_EQUAL(t->loc.col, 5);
	CU_ASSERT_EQUAL(t->loc.len, 1);
	CU_ASSERT_EQUAL(rs->rules[0]->match->kids[1]->loc.col, 5);
	CU_ASSERT_EQUAL(rs->rules[0]->action.vf, -1);
	kefir_ruleset_free(rs);
	free(doc);
}

/* ------------------------------------------------------------------------ */
/* Reading: errors                                                          */
/* ------------------------------------------------------------------------ */

static void test_bad_values(void)
{
	expect_test_error("{\"field\": \"ip4_src\", \"op\": \"eq\", \"value\": \"10.0.0.256\"}",
			  "<input>: error: rules[0].match[1].value: expected an "
			  "IPv4 address, got \"10.0.0.256\"\n");
	expect_test_error("{\"field\": \"eth_src\", \"op\": \"in\", \"values\": "
			  "[\"00:11:22:33:44:55\", \"00:11:22:33:44\"]}",
			  "<input>: error: rules[0].match[1].values[1]: expected "
			  "a MAC address, got \"00:11:22:33:44\"\n");
	expect_test_error("{\"field\": \"ip4_proto\", \"op\": \"eq\", \"value\": 256}",
			  "<input>: error: rules[0].match[1].value: expected a "
			  "number from 0 to 255, got 256\n");
	expect_test_error("{\"field\": \"ip4_ttl\", \"op\": \"range\", \"min\": 1, "
			  "\"max\": \"0x100\"}",
			  "<input>: error: rules[0].match[1].max: expected a "
			  "number from 0 to 255, got \"0x100\"\n");
	expect_test_error("{\"field\": \"tcp_flags\", \"op\": \"eq\", \"value\": 2, "
			  "\"mask\": -1, \"l4\": \"ip4\"}",
			  "<input>: error: rules[0].match[1].mask: expected a "
			  "number from 0 to 0x0fff, got -1\n");
	expect_test_error("{\"field\": \"ip4_dst\", \"op\": \"eq\", \"value\": 167772161}",
			  "<input>: error: rules[0].match[1].value: expected an "
			  "IPv4 address, got 167772161\n");
	expect_test_error("{\"field\": \"ip4_ttl\", \"op\": \"in\", \"values\": []}",
			  "<input>: error: rules[0].match[1].values: expected a "
			  "non-empty array of values, got []\n");
}

static void test_unknown_names(void)
{
	expect_test_error("{\"field\": \"ip_src\", \"op\": \"eq\", \"value\": 1}",
			  "<input>: error: rules[0].match[1].field: unknown field "
			  "\"ip_src\", did you mean \"ip4_src\"?\n");
	expect_test_error("{\"field\": \"ip4_src\", \"op\": \"lt\", \"value\": 1}",
			  "<input>: error: rules[0].match[1].op: unknown op "
			  "\"lt\"; expected one of \"eq\", \"range\", \"in\"\n");
	expect_test_error("{\"field\": \"l4_dport\", \"op\": \"eq\", \"value\": 1, "
			  "\"l4\": \"tcp\"}",
			  "<input>: error: rules[0].match[1].l4: unknown l4 method "
			  "\"tcp\"; expected one of \"none\", \"ip4\", \"ip6\", "
			  "\"ip6_flow\", \"ip6_find\", \"ip6_find_frag\", "
			  "\"ip6_find_ah\"\n");
	expect_test_error("{\"rel\": \"lt\", \"lhs\": 1, \"rhs\": 2}",
			  "<input>: error: rules[0].match[1].rel: unknown relation "
			  "\"lt\"; expected one of \"==\", \"!=\", \"<\", \"<=\", "
			  "\">\", \">=\"\n");
	expect_test_error_prefix("{\"field\": \"colour\", \"op\": \"eq\", "
				 "\"value\": 1}",
				 "<input>: error: rules[0].match[1].field: unknown "
				 "field \"colour\"; expected one of \"eth_dst\", "
				 "\"eth_src\", \"eth_type\", ");
}

static void test_unexpected_keys(void)
{
	expect_test_error("{\"feild\": \"ip4_src\", \"op\": \"eq\", \"value\": \"10.0.0.1\"}",
			  "<input>: error: rules[0].match[1]: unexpected key "
			  "\"feild\", did you mean \"field\"?\n");
	expect_test_error("{\"field\": \"ip4_ttl\", \"op\": \"eq\", \"value\": 1, "
			  "\"min\": 0}",
			  "<input>: error: rules[0].match[1]: unexpected key "
			  "\"min\"; expected one of \"field\", \"op\", \"value\", "
			  "\"mask\", \"net_off\", \"l4\", \"loc\"\n");
	expect_error("{\"kefir\": 1, \"rules\": [], \"default\": {\"action\": "
		     "{\"type\": \"drop\", \"queue\": 1}}}",
		     "<input>: error: default.action: unexpected key \"queue\"; "
		     "expected one of \"type\", \"loc\"\n");
	expect_test_error("{\"op\": \"eq\", \"value\": 1}",
			  "<input>: error: rules[0].match[1]: expected a \"field\", "
			  "\"rel\", \"bpf\", \"all\", \"any\" or \"not\" key\n");
}

static void test_document_shape(void)
{
	expect_error("{\"kefir\": 2, \"rules\": []}",
		     "<input>: error: kefir: expected format version 1, got 2\n");
	expect_error("{\"rules\": []}", "<input>: error: missing key \"kefir\"\n");
	expect_error("[]", "<input>: error: expected an object, got []\n");
	expect_error("{\"kefir\": 1, \"rules\": {}, \"default\": {}}",
		     "<input>: error: rules: expected an array, got {}\n");
	expect_error("{\"kefir\": 1, \"rules\": [{\"action\": {\"type\": "
		     "\"pass\"}}], \"default\": {\"action\": {\"type\": \"pass\"}}}",
		     "<input>: error: rules[0]: missing key \"match\"\n");
	expect_error("{\"kefir\": 1, \"rules\": [{\"loc\": \"1:x\", \"match\": [], "
		     "\"action\": {\"type\": \"pass\"}}], \"default\": "
		     "{\"action\": {\"type\": \"pass\"}}}",
		     "<input>: error: rules[0].loc: expected \"LINE:COL\" or "
		     "\"LINE:COL-ENDCOL\", got \"1:x\"\n");
	expect_error("{\"kefir\": 1, \"rules\": [], \"default\": {\"action\": "
		     "{\"type\": \"pass\"}, \"loc\": \"3:5-4\"}}",
		     "<input>: error: default.loc: expected \"LINE:COL\" or "
		     "\"LINE:COL-ENDCOL\", got \"3:5-4\"\n");
	expect_error("{\"kefir\": 1, \"source\": 5, \"rules\": [], \"default\": {}}",
		     "<input>: error: source: expected a string, got 5\n");
}

static void test_bad_actions_and_expressions(void)
{
	expect_error("{\"kefir\": 1, \"rules\": [], \"default\": {\"action\": "
		     "{\"type\": \"queue\", \"queue\": 4294967296}}}",
		     "<input>: error: default.action.queue: expected an integer "
		     "from 0 to 4294967295, got 4294967296\n");
	expect_error("{\"kefir\": 1, \"rules\": [], \"default\": {\"action\": "
		     "{\"type\": \"redirect\"}}}",
		     "<input>: error: default.action: missing key \"ifindex\" or "
		     "\"ifname\"\n");
	expect_error("{\"kefir\": 1, \"rules\": [], \"default\": {\"action\": "
		     "{\"type\": \"accept\"}}}",
		     "<input>: error: default.action.type: unknown action type "
		     "\"accept\"; expected one of \"pass\", \"drop\", \"queue\", "
		     "\"redirect\", \"handler\"\n");
	expect_test_error("{\"rel\": \"<\", \"lhs\": {\"load\": \"net\", "
			  "\"offset\": 2, \"size\": 3}, \"rhs\": 1}",
			  "<input>: error: rules[0].match[1].lhs.size: expected "
			  "1, 2 or 4, got 3\n");
	expect_test_error("{\"rel\": \"<\", \"lhs\": {\"op\": \"**\", \"lhs\": 1, "
			  "\"rhs\": 2}, \"rhs\": \"length\"}",
			  "<input>: error: rules[0].match[1].lhs.op: unknown "
			  "operator \"**\", did you mean \"*\"?\n");
	expect_test_error("{\"rel\": \"<\", \"lhs\": {\"neg\": -1}, \"rhs\": 1}",
			  "<input>: error: rules[0].match[1].lhs.neg: expected an "
			  "integer from 0 to 4294967295, got -1\n");
	expect_test_error("{\"rel\": \"<\", \"lhs\": 1, \"rhs\": \"length\"}",
			  "<input>: error: rules[0].match[1].rhs: expected an "
			  "integer, \"len\" or an object with \"load\", \"op\" or "
			  "\"neg\", got \"length\"\n");
	expect_test_error("{\"not\": [true]}",
			  "<input>: error: rules[0].match[1].not: expected a test, "
			  "\"all\", \"any\", \"not\", true or false, got [true]\n");
}

static void test_syntax_errors(void)
{
	expect_error("{\"kefir\": 1, \"kefir\": 1}",
		     "<input>:1:14: error: invalid JSON: duplicate object key "
		     "near '\"kefir\"'\n"
		     "    {\"kefir\": 1, \"kefir\": 1}\n"
		     "                 ^~~~~~~\n");
	expect_error("{\n\t\"kefir\": 1,\n\t\"rules\": [tru]\n}\n",
		     "<input>:3:12: error: invalid JSON: invalid token near 'tru'\n"
		     "    \t\"rules\": [tru]\n"
		     "    \t          ^~~\n");
	expect_error("{\"kefir\": 1,\n \"rules\": [\n\n",
		     "<input>:2:12: error: invalid JSON: ']' expected near end "
		     "of file\n"
		     "     \"rules\": [\n"
		     "               ^\n");
	expect_error("", "<input>:1:1: error: invalid JSON: '[' or '{' expected "
		     "near end of file\n");
}

/* The validator runs on what was read, quoting each rule's own text. */
static void test_validation_after_reading(void)
{
	expect_error("{\"kefir\": 1, \"source\": \"r.txt\", \"rules\": [{\"loc\": "
		     "\"4:1\", \"text\": \"src-ip 10.0.0.1\", \"match\": "
		     "[{\"field\": \"ip4_src\", \"op\": \"eq\", \"value\": "
		     "\"10.0.0.1\"}], \"action\": {\"type\": \"drop\"}}], "
		     "\"default\": {\"action\": {\"type\": \"pass\"}}}",
		     "r.txt:4:1: error: invalid rule 0: unguarded test of ip4_src\n"
		     "    src-ip 10.0.0.1\n"
		     "    ^\n"
		     "note: a test that eth_type is IPv4 at network offset 14 "
		     "must come first\n");
}

/* The writer refuses IR that would not read back. */
static void test_write_refuses_invalid_ir(void)
{
	struct kefir_ruleset *rs = ruleset_new("r.txt", "test");
	static const char expected[] =
		"r.txt:1:1: error: invalid rule 0: unguarded test of ip6_src\n";
	struct kefir_diag *d = kefir_diag_new();
	char *json = NULL;

	add_text(add_rule(rs, "bad")->match, KEFIR_FIELD_IP6_SRC, "::1");
	CU_ASSERT_EQUAL(kefir_ruleset_emit(rs, "json", NULL, &json, NULL, d),
			-EINVAL);
	CU_ASSERT_PTR_NULL(json);
	CU_ASSERT_NSTRING_EQUAL(kefir_diag_text(d), expected, strlen(expected));
	kefir_diag_free(d);
	kefir_ruleset_free(rs);
}

int register_json_suite(void)
{
	static const struct unit_test tests[] = {
		{ "empty ruleset, exact text", test_empty_ruleset_text },
		{ "one rule, exact text", test_one_rule_text },
		{ "relation, exact text", test_relation_text },
		{ "every field and op round-trips", test_every_field },
		{ "predicate tree round-trips", test_predicate_tree },
		{ "relations and operators round-trip", test_relations },
		{ "actions and default round-trip", test_actions },
		{ "any characters in texts", test_text_characters },
		{ "source and syntax restored", test_source_and_syntax_restored },
		{ "reading canonicalizes", test_reading_canonicalizes },
		{ "bad values", test_bad_values },
		{ "unknown names", test_unknown_names },
		{ "unexpected keys", test_unexpected_keys },
		{ "document shape", test_document_shape },
		{ "bad actions and expressions", test_bad_actions_and_expressions },
		{ "syntax errors are located", test_syntax_errors },
		{ "validation after reading", test_validation_after_reading },
		{ "writer refuses invalid IR", test_write_refuses_invalid_ir },
	};

	return ADD_SUITE("json", tests);
}
