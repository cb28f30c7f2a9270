/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * json_write.c - the "json" back-end: the IR itself as JSON (docs/ir.md), to
 * store, review, diff and reload with the "json" front-end.
 *
 * The document is built as a jansson tree, keys in the order docs/ir.md
 * gives (jansson keeps insertion order), and dumped with two-space
 * indentation and a final newline. Every name comes from the tables of
 * fields.c, every value goes through value_format(), and keys that hold
 * their default (mask, net_off, l4, vf, ...) are left out, so one IR has
 * one text. Only valid IR is written, so whatever is written reads back.
 * Strings are written as UTF-8; bytes that are not UTF-8 (a rule's text can
 * hold anything) become U+FFFD.
 */
#include <errno.h>
#include <stdio.h>

#include <jansson.h>

#include "kefir_internal.h"

#define JSON_FORMAT_VERSION 1

/* Releases a half-built node; returns NULL for "return drop(o);". */
static json_t *drop(json_t *node)
{
	json_decref(node);
	return NULL;
}

/* Adds @value (which may be NULL: out of memory) as @key; 0 or -1. */
static int set(json_t *obj, const char *key, json_t *value)
{
	return json_object_set_new(obj, key, value);
}

/* Length of the valid UTF-8 sequence at @s, or 0 if it is not one. */
static size_t utf8_seq_len(const unsigned char *s)
{
	size_t n, i;
	uint32_t cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4, cp = s[0] & 0x07;
	else
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return n;
}

/* A JSON string of @s, with each byte that is not UTF-8 replaced by U+FFFD. */
static json_t *text_json(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	struct kefir_buf clean = { 0 };
	json_t *str;
	size_t n;

	while (*p) {
		n = utf8_seq_len(p);
		if (n)
			buf_append(&clean, p, n);
		else
			buf_puts(&clean, "\xef\xbf\xbd");
		p += n ? n : 1;
	}
	str = buf_status(&clean) ? NULL
				  : json_stringn(clean.data ? clean.data : "",
						 clean.len);
	buf_free(&clean);
	return str;
}

/* Adds "loc": "LINE:COL" or "LINE:COL-ENDCOL" when @loc is set. */
static int set_loc(json_t *obj, const struct kefir_loc *loc)
{
	char text[48];

	if (!loc->line)
		return 0;
	if (loc->len > 1)
		snprintf(text, sizeof(text), "%u:%u-%u", loc->line, loc->col,
			 loc->col + loc->len - 1);
	else
		snprintf(text, sizeof(text), "%u:%u", loc->line, loc->col);
	return set(obj, "loc", json_string(text));
}

/* A value or mask of @field: an integer for UINT fields, else a string. */
static json_t *value_json(enum kefir_field field, const struct kefir_value *v)
{
	const struct kefir_field_info *fi = field_info(field);
	char text[KEFIR_VALUE_STRLEN];

	if (fi->kind == KEFIR_KIND_UINT)
		return json_integer((json_int_t)value_to_u64(v, fi->bytes));
	value_format(v, fi->kind, fi->bytes, text);
	return json_string(text);
}

static json_t *value_set_json(const struct kefir_test *t)
{
	json_t *arr = json_array();
	size_t i;

	for (i = 0; arr && i < t->n_set; i++)
		if (json_array_append_new(arr, value_json(t->field, &t->set[i])))
			return drop(arr);
	return arr;
}

/* Adds "mask" unless it is the whole field. */
static int set_mask(json_t *obj, const struct kefir_test *t)
{
	if (value_is_full_mask(&t->mask, t->field))
		return 0;
	return set(obj, "mask", value_json(t->field, &t->mask));
}

/* Adds the keys that follow every test: net_off, l4, loc (when not default). */
static int set_layout(json_t *obj, const struct kefir_test *t)
{
	if (t->net_off != KEFIR_NET_OFF_DEFAULT &&
	    set(obj, "net_off", json_integer(t->net_off)))
		return -1;
	if (t->l4 != KEFIR_L4_NONE && set(obj, "l4", json_string(l4_name(t->l4))))
		return -1;
	return set_loc(obj, &t->loc);
}

static int set_operands(json_t *obj, const struct kefir_test *t)
{
	switch (t->op) {
	case KEFIR_OP_EQ:
		return set(obj, "value", value_json(t->field, &t->value)) ||
		       set_mask(obj, t);
	case KEFIR_OP_RANGE:
		return set(obj, "min", value_json(t->field, &t->value)) ||
		       set(obj, "max", value_json(t->field, &t->max));
	case KEFIR_OP_SET:
		return set(obj, "values", value_set_json(t)) || set_mask(obj, t);
	case KEFIR_OP_MAX:
		break;
	}
	return -1;
}

/* {"field": F, "op": OP, <operands>, "net_off": N, "l4": L, "loc": LOC} */
static json_t *field_test_json(const struct kefir_test *t)
{
	json_t *obj = json_object();

	if (!obj || set(obj, "field", json_string(field_info(t->field)->name)) ||
	    set(obj, "op", json_string(op_name(t->op))) ||
	    set_operands(obj, t) || set_layout(obj, t))
		return drop(obj);
	return obj;
}

static json_t *expr_json(const struct kefir_expr *e);

/* {KEY: OPERAND, ...} with the operator's other keys added by the caller. */
static json_t *expr_object(const char *key, json_t *operand)
{
	json_t *obj = json_object();

	if (!obj || set(obj, key, operand))
		return drop(obj);
	return obj;
}

/* An integer, "len", {"load": A, "offset": E, "size": N}, {"op": OP, "lhs":
 * E, "rhs": E} or {"neg": E}; each object may end with its "loc". */
static json_t *expr_json(const struct kefir_expr *e)
{
	json_t *obj;

	switch (e->kind) {
	case KEFIR_EXPR_CONST:
		return json_integer(e->k);
	case KEFIR_EXPR_LEN:
		return json_string("len");
	case KEFIR_EXPR_LOAD:
		obj = expr_object("load", json_string(anchor_name(e->anchor)));
		if (!obj || set(obj, "offset", expr_json(e->a)) ||
		    set(obj, "size", json_integer(e->size)))
			return drop(obj);
		break;
	case KEFIR_EXPR_BINARY:
		obj = expr_object("op", json_string(binop_name(e->op)));
		if (!obj || set(obj, "lhs", expr_json(e->a)) ||
		    set(obj, "rhs", expr_json(e->b)))
			return drop(obj);
		break;
	case KEFIR_EXPR_NEG:
		obj = expr_object("neg", expr_json(e->a));
		break;
	default:
		return NULL;
	}
	if (obj && set_loc(obj, &e->loc))
		return drop(obj);
	return obj;
}

/* {"rel": OP, "lhs": E, "rhs": E, "net_off": N, "l4": L, "loc": LOC} */
static json_t *rel_json(const struct kefir_test *t)
{
	json_t *obj = json_object();

	if (!obj || set(obj, "rel", json_string(relop_name(t->relop))) ||
	    set(obj, "lhs", expr_json(t->lhs)) ||
	    set(obj, "rhs", expr_json(t->rhs)) || set_layout(obj, t))
		return drop(obj);
	return obj;
}

/* {"bpf": "N,CODE JT JF K,...", "end": END, "net_off": N, "loc": LOC} */
static json_t *cbpf_json(const struct kefir_test *t)
{
	struct kefir_buf text = { 0 };
	json_t *obj = json_object();

	cbpf_format_bytecode(&text, t->prog, t->n_prog);
	if (!obj || buf_status(&text) ||
	    set(obj, "bpf", json_string(text.data)) ||
	    set(obj, "end", json_string(cbpf_end_name(t->end))) ||
	    set_layout(obj, t)) {
		buf_free(&text);
		return drop(obj);
	}
	buf_free(&text);
	return obj;
}

static json_t *pred_json(const struct kefir_pred *p);

/* The kids of @p as an array. */
static json_t *kids_json(const struct kefir_pred *p)
{
	json_t *arr = json_array();
	size_t i;

	for (i = 0; arr && i < p->n_kids; i++)
		if (json_array_append_new(arr, pred_json(p->kids[i])))
			return drop(arr);
	return arr;
}

/* {"all": [...]}, {"any": [...]} or {"not": P}, then "loc". */
static json_t *combinator_json(const char *key, json_t *operand,
			       const struct kefir_loc *loc)
{
	json_t *obj = json_object();

	if (!obj || set(obj, key, operand) || set_loc(obj, loc))
		return drop(obj);
	return obj;
}

static json_t *pred_json(const struct kefir_pred *p)
{
	switch (p->kind) {
	case KEFIR_PRED_TRUE:
		return json_true();
	case KEFIR_PRED_FALSE:
		return json_false();
	case KEFIR_PRED_TEST:
		if (p->test.kind == KEFIR_TEST_REL)
			return rel_json(&p->test);
		if (p->test.kind == KEFIR_TEST_CBPF)
			return cbpf_json(&p->test);
		return field_test_json(&p->test);
	case KEFIR_PRED_NOT:
		return combinator_json("not", pred_json(p->kids[0]), &p->loc);
	case KEFIR_PRED_AND:
		return combinator_json("all", kids_json(p), &p->loc);
	case KEFIR_PRED_OR:
		return combinator_json("any", kids_json(p), &p->loc);
	}
	return NULL;
}

/* A handler's "args", "net_off" and "l4", when it has arguments. */
static int set_handler_args(json_t *obj, const struct kefir_action *a)
{
	json_t *args;
	size_t i;

	if (!a->n_args)
		return 0;
	if (set(obj, "args", (args = json_array())))
		return -ENOMEM;
	for (i = 0; i < a->n_args; i++)
		if (json_array_append_new(args, expr_json(a->args[i])))
			return -ENOMEM;
	if (a->args_net_off && a->args_net_off != KEFIR_NET_OFF_DEFAULT &&
	    set(obj, "net_off", json_integer(a->args_net_off)))
		return -ENOMEM;
	if (a->args_l4 != KEFIR_L4_NONE &&
	    set(obj, "l4", json_string(l4_name(a->args_l4))))
		return -ENOMEM;
	return 0;
}

/* Adds the keys of the action's kind: queue, vf, context, ifindex, ifname,
 * name; optional ones only when set. */
static int set_action_args(json_t *obj, const struct kefir_action *a)
{
	switch (a->kind) {
	case KEFIR_ACTION_QUEUE:
		return set(obj, "queue", json_integer(a->queue)) ||
		       (a->vf >= 0 && set(obj, "vf", json_integer(a->vf))) ||
		       (a->context >= 0 &&
			set(obj, "context", json_integer(a->context)));
	case KEFIR_ACTION_REDIRECT:
		return (a->ifindex && set(obj, "ifindex", json_integer(a->ifindex))) ||
		       (a->name && set(obj, "ifname", text_json(a->name)));
	case KEFIR_ACTION_HANDLER:
		return set(obj, "name", text_json(a->name)) ||
		       set_handler_args(obj, a);
	default:
		return 0;
	}
}

static json_t *action_json(const struct kefir_action *a)
{
	json_t *obj = json_object();

	if (!obj || set(obj, "type", json_string(action_name(a->kind))) ||
	    set_action_args(obj, a) || set_loc(obj, &a->loc))
		return drop(obj);
	return obj;
}

/* {"loc": LOC, "text": TEXT, "match": [...], "action": A} */
static json_t *rule_json(const struct kefir_rule *r)
{
	json_t *obj = json_object();

	if (!obj || set_loc(obj, &r->loc) ||
	    (r->text && *r->text && set(obj, "text", text_json(r->text))) ||
	    set(obj, "match", kids_json(r->match)) ||
	    set(obj, "action", action_json(&r->action)))
		return drop(obj);
	return obj;
}

/* {"action": A, "text": TEXT, "loc": LOC} */
static json_t *default_json(const struct kefir_ruleset *rs)
{
	json_t *obj = json_object();

	if (!obj || set(obj, "action", action_json(&rs->default_action)) ||
	    (rs->default_text &&
	     set(obj, "text", text_json(rs->default_text))) ||
	    set_loc(obj, &rs->default_loc))
		return drop(obj);
	return obj;
}

static json_t *rules_json(const struct kefir_ruleset *rs)
{
	json_t *arr = json_array();
	size_t i;

	for (i = 0; arr && i < rs->n_rules; i++)
		if (json_array_append_new(arr, rule_json(rs->rules[i])))
			return drop(arr);
	return arr;
}

static json_t *ruleset_json(const struct kefir_ruleset *rs)
{
	json_t *obj = json_object();

	if (!obj || set(obj, "kefir", json_integer(JSON_FORMAT_VERSION)) ||
	    set(obj, "syntax", text_json(rs->syntax ? rs->syntax : "")) ||
	    set(obj, "source", text_json(rs->source_name ? rs->source_name : "")) ||
	    set(obj, "rules", rules_json(rs)) ||
	    set(obj, "default", default_json(rs)))
		return drop(obj);
	return obj;
}

static int append_to_buf(const char *data, size_t len, void *out)
{
	return buf_append(out, data, len) ? -1 : 0;
}

static int emit_json(const struct kefir_ruleset *rs,
		     const struct kefir_emit_opts *opts, struct kefir_buf *out,
		     struct kefir_diag *diag)
{
	json_t *doc;
	int err;

	(void)opts;
	err = ruleset_validate(rs, NULL, diag);
	if (err)
		return err;
	doc = ruleset_json(rs);
	if (!doc)
		return -ENOMEM;
	err = json_dump_callback(doc, append_to_buf, out,
				 JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(doc);
	if (err || buf_puts(out, "\n"))
		return -ENOMEM;
	return 0;
}

const struct kefir_backend kefir_backend_json = {
	.name = "json",
	.summary = "the IR as JSON, to store, review and reload",
	.emit = emit_json,
};
