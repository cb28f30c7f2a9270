/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * json_read.c - the "json" front-end: reads back what the "json" back-end
 * writes (docs/ir.md) and rebuilds the same IR, so parse -> JSON -> parse ->
 * JSON is byte-identical.
 *
 * jansson parses the text (duplicate keys refused); its syntax errors are
 * located at the token it names, in byte columns as diag.c counts them.
 * The tree is then walked by one function per construct. Nothing is
 * ignored: unexpected keys, missing keys, wrong types, unknown names and
 * values that do not fit their field are errors that name the JSON path,
 * say what was expected and show what was found, e.g.
 *   rules[3].match[1].value: expected an IPv4 address, got "10.0.0.256"
 * jansson keeps no positions for values, so these messages have no line.
 * The first error stops the reading.
 *
 * "source" and "syntax" are restored: the ruleset keeps naming the user's
 * original file and syntax, since every "loc" points into that file, not
 * into the JSON (a document without them keeps the JSON input's name and
 * "json"). For the same reason the result is validated here without the
 * JSON text, so the validator quotes each rule's own text.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "kefir_internal.h"

#define JSON_FORMAT_VERSION 1
#define GOT_MAX 40		/* bytes of a found value quoted in a message */
#define SUGGEST_MAX_LEN 32	/* longest word a suggestion is looked for */

/* Where a value is in the document, for messages: rules[3].match[1].value */
struct jpath {
	const struct jpath *up;	/* the enclosing value; NULL: the root's */
	const char *key;	/* a member's key, or NULL for element @index */
	size_t index;
};

#define AT_KEY(up, k) (&(const struct jpath){ (up), (k), 0 })
#define AT_INDEX(up, i) (&(const struct jpath){ (up), NULL, (i) })

struct jctx {
	const struct kefir_source *src;
	struct kefir_diag *diag;
};

/* ------------------------------------------------------------------------ */
/* Messages                                                                 */
/* ------------------------------------------------------------------------ */

static void path_render(struct kefir_buf *b, const struct jpath *at)
{
	if (!at)
		return;
	path_render(b, at->up);
	if (at->key)
		buf_printf(b, "%s%s", at->up ? "." : "", at->key);
	else
		buf_printf(b, "[%zu]", at->index);
}

/* Appends @v as compact JSON, cut after GOT_MAX bytes. */
static void describe(struct kefir_buf *b, const json_t *v)
{
	char *text = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY |
				   JSON_PRESERVE_ORDER);
	size_t n;

	if (!text) {
		b->failed = true;
		return;
	}
	n = strlen(text);
	if (n <= GOT_MAX) {
		buf_append(b, text, n);
	} else {
		for (n = GOT_MAX; n > 0 && (text[n] & 0xc0) == 0x80; n--)
			;
		buf_append(b, text, n);
		buf_puts(b, "...");
	}
	free(text);
}

/* Appends @s as a JSON string. */
static void quote(struct kefir_buf *b, const char *s)
{
	json_t *str = json_string(s);

	describe(b, str);
	json_decref(str);
}

/*
 * Reports "PATH: WHAT" (", got VALUE" when @got is given) against the
 * input, without a location, and returns -EINVAL (or -ENOMEM).
 */
static int __attribute__((format(printf, 4, 5)))
fail(struct jctx *c, const struct jpath *at, const json_t *got,
     const char *fmt, ...)
{
	struct kefir_buf msg = { 0 };
	va_list ap;
	int err;

	path_render(&msg, at);
	if (at)
		buf_puts(&msg, ": ");
	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	if (got) {
		buf_puts(&msg, ", got ");
		describe(&msg, got);
	}
	if (buf_status(&msg))
		err = -ENOMEM;
	else
		err = diag_error(c->diag, c->src, NULL, "%s", msg.data);
	buf_free(&msg);
	return err;
}

static unsigned int min3(unsigned int a, unsigned int b, unsigned int c)
{
	return a < b ? (a < c ? a : c) : (b < c ? b : c);
}

/* Edit distance where swapping two neighbours counts as one edit. */
static unsigned int edit_distance(const char *a, const char *b)
{
	unsigned int d[SUGGEST_MAX_LEN + 1][SUGGEST_MAX_LEN + 1];
	size_t la = strlen(a), lb = strlen(b), i, j;

	for (i = 0; i <= la; i++)
		d[i][0] = (unsigned int)i;
	for (j = 0; j <= lb; j++)
		d[0][j] = (unsigned int)j;
	for (i = 1; i <= la; i++)
		for (j = 1; j <= lb; j++) {
			d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1,
				       d[i - 1][j - 1] + (a[i - 1] != b[j - 1]));
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < d[i][j])
				d[i][j] = d[i - 2][j - 2] + 1;
		}
	return d[la][lb];
}

/*
 * The name of @names (NULL-terminated) @word was most likely meant to be:
 * the nearest one within one edit per three letters (at least one).
 */
static const char *nearest(const char *word, const char *const *names)
{
	size_t len = strlen(word);
	unsigned int best_dist, dist;
	const char *best = NULL;

	if (len > SUGGEST_MAX_LEN)
		return NULL;
	best_dist = len < 6 ? 2 : (unsigned int)len / 3 + 1;
	for (; *names; names++) {
		if (strlen(*names) > SUGGEST_MAX_LEN)
			continue;
		dist = edit_distance(word, *names);
		if (dist < best_dist) {
			best = *names;
			best_dist = dist;
		}
	}
	return best;
}

/*
 * Reports "PATH: WHAT \"WORD\"" followed by the likely meant name of @names,
 * or by the list of them: ', did you mean "x"?' or '; expected one of ...'.
 */
static int fail_choice(struct jctx *c, const struct jpath *at,
		       const char *what, const char *word,
		       const char *const *names)
{
	const char *near = nearest(word, names);
	struct kefir_buf msg = { 0 };
	int err;

	buf_printf(&msg, "%s ", what);
	quote(&msg, word);
	if (near) {
		buf_printf(&msg, ", did you mean \"%s\"?", near);
	} else {
		buf_puts(&msg, "; expected one of ");
		for (; *names; names++)
			buf_printf(&msg, "\"%s\"%s", *names, names[1] ? ", " : "");
	}
	if (buf_status(&msg))
		err = -ENOMEM;
	else
		err = fail(c, at, NULL, "%s", msg.data);
	buf_free(&msg);
	return err;
}

/* ------------------------------------------------------------------------ */
/* Keys and scalars                                                         */
/* ------------------------------------------------------------------------ */

static bool in_list(const char *const *names, const char *name)
{
	for (; *names; names++)
		if (!strcmp(*names, name))
			return true;
	return false;
}

/* Refuses the first key of @obj that is not one of @allowed. */
static int check_keys(struct jctx *c, const json_t *obj,
		      const struct jpath *at, const char *const *allowed)
{
	const char *key;
	json_t *v;

	json_object_foreach((json_t *)obj, key, v)
		if (!in_list(allowed, key))
			return fail_choice(c, at, "unexpected key", key, allowed);
	return 0;
}

/* Stores member @key of @obj in *@v, or refuses its absence. */
static int need(struct jctx *c, const json_t *obj, const struct jpath *at,
		const char *key, json_t **v)
{
	*v = json_object_get(obj, key);
	if (!*v)
		return fail(c, at, NULL, "missing key \"%s\"", key);
	return 0;
}

static int read_object(struct jctx *c, const json_t *v, const struct jpath *at)
{
	return json_is_object(v) ? 0 : fail(c, at, v, "expected an object");
}

static int read_array(struct jctx *c, const json_t *v, const struct jpath *at)
{
	return json_is_array(v) ? 0 : fail(c, at, v, "expected an array");
}

static int read_int(struct jctx *c, const json_t *v, const struct jpath *at,
		    long long min, long long max, long long *out)
{
	if (!json_is_integer(v) || json_integer_value(v) < min ||
	    json_integer_value(v) > max)
		return fail(c, at, v, "expected an integer from %lld to %lld",
			    min, max);
	*out = json_integer_value(v);
	return 0;
}

/* Optional member @key: *@out is left alone when it is absent. */
static int read_opt_int(struct jctx *c, const json_t *obj,
			const struct jpath *at, const char *key,
			long long min, long long max, long long *out)
{
	const json_t *v = json_object_get(obj, key);

	return v ? read_int(c, v, AT_KEY(at, key), min, max, out) : 0;
}

/* A string, non-empty when @nonempty. */
static int read_string(struct jctx *c, const json_t *v, const struct jpath *at,
		       bool nonempty, const char **out)
{
	if (!json_is_string(v) || (nonempty && !json_string_length(v)))
		return fail(c, at, v, "expected a%s string",
			    nonempty ? " non-empty" : "");
	*out = json_string_value(v);
	return 0;
}

/* Optional string member @key, copied into *@out (which it replaces). */
static int read_opt_text(struct jctx *c, const json_t *obj,
			 const struct jpath *at, const char *key,
			 bool nonempty, char **out)
{
	const json_t *v = json_object_get(obj, key);
	const char *s;
	char *copy;
	int err;

	if (!v)
		return 0;
	err = read_string(c, v, AT_KEY(at, key), nonempty, &s);
	if (err)
		return err;
	copy = strdup(s);
	if (!copy)
		return -ENOMEM;
	free(*out);
	*out = copy;
	return 0;
}

/* Reads decimal digits at *@p into *@out (at most INT_MAX). */
static bool scan_uint(const char **p, unsigned int *out)
{
	unsigned long x = 0;
	const char *s = *p;

	if (*s < '0' || *s > '9')
		return false;
	for (; *s >= '0' && *s <= '9'; s++) {
		x = 10 * x + (unsigned long)(*s - '0');
		if (x > INT_MAX)
			return false;
	}
	*out = (unsigned int)x;
	*p = s;
	return true;
}

/* loc = "LINE:COL" | "LINE:COL-ENDCOL" (ENDCOL inclusive) */
static int read_loc(struct jctx *c, const json_t *v, const struct jpath *at,
		    struct kefir_loc *loc)
{
	const char *s = json_string_value(v);
	unsigned int end;

	if (!s || !scan_uint(&s, &loc->line) || !loc->line || *s++ != ':' ||
	    !scan_uint(&s, &loc->col))
		goto bad;
	end = loc->col;
	if (*s == '-' && (s++, !scan_uint(&s, &end) || end < loc->col))
		goto bad;
	if (*s)
		goto bad;
	loc->len = end - loc->col + 1;
	return 0;
bad:
	return fail(c, at, v, "expected \"LINE:COL\" or \"LINE:COL-ENDCOL\"");
}

static int read_opt_loc(struct jctx *c, const json_t *obj,
			const struct jpath *at, struct kefir_loc *loc)
{
	const json_t *v = json_object_get(obj, "loc");

	return v ? read_loc(c, v, AT_KEY(at, "loc"), loc) : 0;
}

/* ------------------------------------------------------------------------ */
/* Names of the IR's tables                                                 */
/* ------------------------------------------------------------------------ */

enum name_kind {
	NAMES_FIELD, NAMES_OP, NAMES_RELOP, NAMES_BINOP, NAMES_ACTION,
	NAMES_L4, NAMES_ANCHOR, NAMES_CBPF_END,
};

static const char *const unknown_name_words[] = {
	[NAMES_FIELD] = "unknown field", [NAMES_OP] = "unknown op",
	[NAMES_RELOP] = "unknown relation", [NAMES_BINOP] = "unknown operator",
	[NAMES_ACTION] = "unknown action type",
	[NAMES_L4] = "unknown l4 method", [NAMES_ANCHOR] = "unknown load anchor",
	[NAMES_CBPF_END] = "unknown end",
};

/* Name @i of table @kind, or NULL past its end. */
static const char *name_at(enum name_kind kind, unsigned int i)
{
	switch (kind) {
	case NAMES_FIELD:
		return i < KEFIR_FIELD_MAX ? field_info(i)->name : NULL;
	case NAMES_OP:
		return i < KEFIR_OP_MAX ? op_name(i) : NULL;
	case NAMES_RELOP:
		return i < KEFIR_RELOP_MAX ? relop_name(i) : NULL;
	case NAMES_BINOP:
		return i < KEFIR_BINOP_MAX ? binop_name(i) : NULL;
	case NAMES_ACTION:
		return i < KEFIR_ACTION_MAX ? action_name(i) : NULL;
	case NAMES_L4:
		return i < KEFIR_L4_MAX ? l4_name(i) : NULL;
	case NAMES_ANCHOR:	/* raw loads cannot read META */
		return i < KEFIR_ANCHOR_META ? anchor_name(i) : NULL;
	case NAMES_CBPF_END:
		return cbpf_end_name(i);
	}
	return NULL;
}

_Static_assert((int)KEFIR_FIELD_MAX >= (int)KEFIR_BINOP_MAX &&
	       (int)KEFIR_FIELD_MAX >= (int)KEFIR_ACTION_MAX,
	       "read_name() sizes its list of names by the field table");

/* Reads a name of table @kind; *@out is its index (its enum value). */
static int read_name(struct jctx *c, const json_t *v, const struct jpath *at,
		     enum name_kind kind, unsigned int *out)
{
	const char *names[KEFIR_FIELD_MAX + 1];
	const char *s;
	unsigned int i;
	int err;

	err = read_string(c, v, at, false, &s);
	if (err)
		return err;
	for (i = 0; (names[i] = name_at(kind, i)); i++)
		if (!strcmp(names[i], s)) {
			*out = i;
			return 0;
		}
	return fail_choice(c, at, unknown_name_words[kind], s, names);
}

/* ------------------------------------------------------------------------ */
/* Field values                                                             */
/* ------------------------------------------------------------------------ */

/* A number of a UINT or HEX field: an integer, or a decimal or 0x string. */
static int read_number(struct jctx *c, const json_t *v, const struct jpath *at,
		       enum kefir_field field, struct kefir_value *out)
{
	const struct kefir_field_info *fi = field_info(field);
	uint64_t max = field_max(field);
	char max_text[KEFIR_VALUE_STRLEN];
	struct kefir_value max_value;

	if (json_is_integer(v) && json_integer_value(v) >= 0 &&
	    (uint64_t)json_integer_value(v) <= max) {
		value_from_u64(out, (uint64_t)json_integer_value(v), fi->bytes);
		return 0;
	}
	if (json_is_string(v) &&
	    !value_parse(out, fi->kind, fi->bytes, json_string_value(v)) &&
	    value_to_u64(out, fi->bytes) <= max)
		return 0;
	value_from_u64(&max_value, max, fi->bytes);
	value_format(&max_value, fi->kind, fi->bytes, max_text);
	return fail(c, at, v, "expected a number from 0 to %s", max_text);
}

static int read_value(struct jctx *c, const json_t *v, const struct jpath *at,
		      enum kefir_field field, struct kefir_value *out)
{
	const struct kefir_field_info *fi = field_info(field);
	const char *what;

	switch (fi->kind) {
	case KEFIR_KIND_UINT:
	case KEFIR_KIND_HEX:
		return read_number(c, v, at, field, out);
	case KEFIR_KIND_MAC:
		what = "a MAC address";
		break;
	case KEFIR_KIND_IPV4:
		what = "an IPv4 address";
		break;
	default:
		what = "an IPv6 address";
		break;
	}
	if (!json_is_string(v) ||
	    value_parse(out, fi->kind, fi->bytes, json_string_value(v)))
		return fail(c, at, v, "expected %s", what);
	return 0;
}

static int read_value_set(struct jctx *c, const json_t *v,
			  const struct jpath *at, struct kefir_test *t)
{
	size_t i, n = json_array_size(v);
	int err;

	if (!json_is_array(v) || !n)
		return fail(c, at, v, "expected a non-empty array of values");
	t->set = calloc(n, sizeof(*t->set));
	if (!t->set)
		return -ENOMEM;
	t->n_set = n;
	for (i = 0; i < n; i++) {
		err = read_value(c, json_array_get(v, i), AT_INDEX(at, i),
				 t->field, &t->set[i]);
		if (err)
			return err;
	}
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Tests and predicates                                                     */
/* ------------------------------------------------------------------------ */

static const char *const eq_keys[] = {
	"field", "op", "value", "mask", "net_off", "l4", "loc", NULL
};
static const char *const range_keys[] = {
	"field", "op", "min", "max", "net_off", "l4", "loc", NULL
};
static const char *const in_keys[] = {
	"field", "op", "values", "mask", "net_off", "l4", "loc", NULL
};
static const char *const *const op_keys[KEFIR_OP_MAX] = {
	[KEFIR_OP_EQ] = eq_keys,
	[KEFIR_OP_RANGE] = range_keys,
	[KEFIR_OP_SET] = in_keys,
};

/* Every key a predicate object may have, to catch typos. */
static const char *const pred_keys[] = {
	"field", "op", "value", "mask", "min", "max", "values", "rel", "lhs",
	"rhs", "bpf", "end", "all", "any", "not", "net_off", "l4", "loc", NULL
};

/* The keys every test ends with: "net_off", "l4", "loc". */
static int read_layout(struct jctx *c, const json_t *v,
		       const struct jpath *at, struct kefir_pred *p)
{
	long long net_off = p->test.net_off;
	const json_t *l4 = json_object_get(v, "l4");
	unsigned int l4_method = p->test.l4;
	int err;

	err = read_opt_int(c, v, at, "net_off", 0, UINT_MAX, &net_off);
	if (!err && l4)
		err = read_name(c, l4, AT_KEY(at, "l4"), NAMES_L4, &l4_method);
	if (!err)
		err = read_opt_loc(c, v, at, &p->test.loc);
	p->test.net_off = (unsigned int)net_off;
	p->test.l4 = l4_method;
	p->loc = p->test.loc;
	return err;
}

static int read_operands(struct jctx *c, const json_t *v,
			 const struct jpath *at, struct kefir_test *t)
{
	const json_t *mask = json_object_get(v, "mask");
	json_t *a, *b;
	int err;

	switch (t->op) {
	case KEFIR_OP_EQ:
		err = need(c, v, at, "value", &a);
		if (!err)
			err = read_value(c, a, AT_KEY(at, "value"), t->field,
					 &t->value);
		break;
	case KEFIR_OP_RANGE:
		err = need(c, v, at, "min", &a);
		if (!err)
			err = need(c, v, at, "max", &b);
		if (!err)
			err = read_value(c, a, AT_KEY(at, "min"), t->field,
					 &t->value);
		if (!err)
			err = read_value(c, b, AT_KEY(at, "max"), t->field,
					 &t->max);
		return err;
	default:
		err = need(c, v, at, "values", &a);
		if (!err)
			err = read_value_set(c, a, AT_KEY(at, "values"), t);
		break;
	}
	if (!err && mask)
		err = read_value(c, mask, AT_KEY(at, "mask"), t->field, &t->mask);
	return err;
}

/*
 * test = {"field": F, "op": "eq", "value": V, "mask": V, LAYOUT}
 *      | {"field": F, "op": "range", "min": V, "max": V, LAYOUT}
 *      | {"field": F, "op": "in", "values": [V, ...], "mask": V, LAYOUT}
 * LAYOUT = "net_off": N, "l4": L, "loc": LOC, all optional
 */
static int read_field_test(struct jctx *c, const json_t *v,
			   const struct jpath *at, struct kefir_pred **out)
{
	unsigned int field, op;
	struct kefir_pred *p;
	json_t *op_value;
	int err;

	err = check_keys(c, v, at, pred_keys);
	if (!err)
		err = read_name(c, json_object_get(v, "field"),
				AT_KEY(at, "field"), NAMES_FIELD, &field);
	if (!err)
		err = need(c, v, at, "op", &op_value);
	if (!err)
		err = read_name(c, op_value, AT_KEY(at, "op"), NAMES_OP, &op);
	if (!err)
		err = check_keys(c, v, at, op_keys[op]);
	if (err)
		return err;
	p = pred_new_field(field, NULL);
	if (!p)
		return -ENOMEM;
	p->test.op = op;
	err = read_operands(c, v, at, &p->test);
	if (!err)
		err = read_layout(c, v, at, p);
	if (err) {
		pred_free(p);
		return err;
	}
	*out = p;
	return 0;
}

static int read_expr(struct jctx *c, const json_t *v, const struct jpath *at,
		     struct kefir_expr **out);

/* Reads the operand @key of @v into *@operand. */
static int read_operand(struct jctx *c, const json_t *v,
			const struct jpath *at, const char *key,
			struct kefir_expr **operand)
{
	json_t *x;
	int err = need(c, v, at, key, &x);

	return err ? err : read_expr(c, x, AT_KEY(at, key), operand);
}

/* load = {"load": "link"|"net"|"l4", "offset": expr, "size": 1|2|4, "loc": LOC} */
static int read_load(struct jctx *c, const json_t *v, const struct jpath *at,
		     struct kefir_expr *e)
{
	static const char *const keys[] = {
		"load", "offset", "size", "loc", NULL
	};
	unsigned int anchor;
	json_t *size;
	int err;

	err = check_keys(c, v, at, keys);
	if (!err)
		err = read_name(c, json_object_get(v, "load"),
				AT_KEY(at, "load"), NAMES_ANCHOR, &anchor);
	if (!err)
		err = need(c, v, at, "size", &size);
	if (err)
		return err;
	if (!json_is_integer(size) || (json_integer_value(size) != 1 &&
				       json_integer_value(size) != 2 &&
				       json_integer_value(size) != 4))
		return fail(c, AT_KEY(at, "size"), size, "expected 1, 2 or 4");
	e->anchor = anchor;
	e->size = (unsigned int)json_integer_value(size);
	return read_operand(c, v, at, "offset", &e->a);
}

/* binary = {"op": OP, "lhs": expr, "rhs": expr, "loc": LOC} */
static int read_binary(struct jctx *c, const json_t *v, const struct jpath *at,
		       struct kefir_expr *e)
{
	static const char *const keys[] = { "op", "lhs", "rhs", "loc", NULL };
	unsigned int op;
	int err;

	err = check_keys(c, v, at, keys);
	if (!err)
		err = read_name(c, json_object_get(v, "op"), AT_KEY(at, "op"),
				NAMES_BINOP, &op);
	if (err)
		return err;
	e->op = op;
	err = read_operand(c, v, at, "lhs", &e->a);
	return err ? err : read_operand(c, v, at, "rhs", &e->b);
}

/* neg = {"neg": expr, "loc": LOC} */
static int read_neg(struct jctx *c, const json_t *v, const struct jpath *at,
		    struct kefir_expr *e)
{
	static const char *const keys[] = { "neg", "loc", NULL };
	int err = check_keys(c, v, at, keys);

	return err ? err : read_operand(c, v, at, "neg", &e->a);
}

/* An expression object, of the kind its key "load", "op" or "neg" says. */
static int read_expr_object(struct jctx *c, const json_t *v,
			    const struct jpath *at, struct kefir_expr **out)
{
	static const char *const keys[] = {
		"load", "offset", "size", "op", "lhs", "rhs", "neg", "loc", NULL
	};
	enum kefir_expr_kind kind;
	int err;

	if (json_object_get(v, "load")) {
		kind = KEFIR_EXPR_LOAD;
	} else if (json_object_get(v, "op")) {
		kind = KEFIR_EXPR_BINARY;
	} else if (json_object_get(v, "neg")) {
		kind = KEFIR_EXPR_NEG;
	} else {
		err = check_keys(c, v, at, keys);
		return err ? err : fail(c, at, NULL, "expected a \"load\", "
					"\"op\" or \"neg\" key");
	}
	*out = expr_new(kind, NULL);
	if (!*out)
		return -ENOMEM;
	if (kind == KEFIR_EXPR_LOAD)
		err = read_load(c, v, at, *out);
	else if (kind == KEFIR_EXPR_BINARY)
		err = read_binary(c, v, at, *out);
	else
		err = read_neg(c, v, at, *out);
	return err ? err : read_opt_loc(c, v, at, &(*out)->loc);
}

/* expr = INTEGER | "len" | load | binary | neg; on error *@out may hold a
 * partial expression, which the caller frees. */
static int read_expr(struct jctx *c, const json_t *v, const struct jpath *at,
		     struct kefir_expr **out)
{
	long long k;
	int err;

	if (json_is_object(v))
		return read_expr_object(c, v, at, out);
	if (json_is_string(v) && !strcmp(json_string_value(v), "len")) {
		*out = expr_new(KEFIR_EXPR_LEN, NULL);
		return *out ? 0 : -ENOMEM;
	}
	if (!json_is_integer(v))
		return fail(c, at, v, "expected an integer, \"len\" or an "
			    "object with \"load\", \"op\" or \"neg\"");
	err = read_int(c, v, at, 0, UINT32_MAX, &k);
	if (err)
		return err;
	*out = expr_new(KEFIR_EXPR_CONST, NULL);
	if (!*out)
		return -ENOMEM;
	(*out)->k = (uint32_t)k;
	return 0;
}

/* rel = {"rel": OP, "lhs": expr, "rhs": expr, LAYOUT} */
static int read_rel(struct jctx *c, const json_t *v, const struct jpath *at,
		    struct kefir_pred **out)
{
	static const char *const keys[] = {
		"rel", "lhs", "rhs", "net_off", "l4", "loc", NULL
	};
	struct kefir_pred *p;
	unsigned int relop;
	int err;

	err = check_keys(c, v, at, keys);
	if (!err)
		err = read_name(c, json_object_get(v, "rel"), AT_KEY(at, "rel"),
				NAMES_RELOP, &relop);
	if (err)
		return err;
	p = pred_new(KEFIR_PRED_TEST, NULL);
	if (!p)
		return -ENOMEM;
	p->test.kind = KEFIR_TEST_REL;
	p->test.relop = relop;
	p->test.net_off = KEFIR_NET_OFF_DEFAULT;
	p->test.l4 = KEFIR_L4_NONE;
	err = read_operand(c, v, at, "lhs", &p->test.lhs);
	if (!err)
		err = read_operand(c, v, at, "rhs", &p->test.rhs);
	if (!err)
		err = read_layout(c, v, at, p);
	if (err) {
		pred_free(p);
		return err;
	}
	*out = p;
	return 0;
}

/* The "bpf" program of @v, "N,CODE JT JF K,..." (the validator checks it). */
static int read_program(struct jctx *c, const json_t *v,
			const struct jpath *at, struct kefir_test *t)
{
	size_t n, bad_at, bad_len;
	const char *s, *why;
	int err = read_string(c, v, at, false, &s);

	if (err)
		return err;
	t->prog = calloc(4096, sizeof(*t->prog));
	if (!t->prog)
		return -ENOMEM;
	why = cbpf_parse_bytecode(s, strlen(s), t->prog, 4096, &n, &bad_at,
				  &bad_len);
	if (why)
		return fail(c, at, v, "%s", why);
	t->n_prog = n;
	return 0;
}

/* bpf = {"bpf": BYTECODE, "end": END, "net_off": N, "loc": LOC} */
static int read_cbpf(struct jctx *c, const json_t *v, const struct jpath *at,
		     struct kefir_pred **out)
{
	static const char *const keys[] = {
		"bpf", "end", "net_off", "loc", NULL
	};
	struct kefir_pred *p = pred_new(KEFIR_PRED_TEST, NULL);
	unsigned int end = KEFIR_CBPF_END_WIRE;
	json_t *e;
	int err;

	if (!p)
		return -ENOMEM;
	p->test.kind = KEFIR_TEST_CBPF;
	p->test.net_off = KEFIR_NET_OFF_DEFAULT;
	err = check_keys(c, v, at, keys);
	if (!err)
		err = read_program(c, json_object_get(v, "bpf"),
				   AT_KEY(at, "bpf"), &p->test);
	if (!err)
		err = need(c, v, at, "end", &e);
	if (!err)
		err = read_name(c, e, AT_KEY(at, "end"), NAMES_CBPF_END, &end);
	p->test.end = end;
	if (!err)
		err = read_layout(c, v, at, p);
	if (err) {
		pred_free(p);
		return err;
	}
	*out = p;
	return 0;
}

static int read_pred(struct jctx *c, const json_t *v, const struct jpath *at,
		     struct kefir_pred **out);

/* Reads the array @v of predicates as the kids of @parent. */
static int read_pred_list(struct jctx *c, const json_t *v,
			  const struct jpath *at, struct kefir_pred *parent)
{
	struct kefir_pred *kid;
	size_t i;
	int err;

	err = read_array(c, v, at);
	for (i = 0; !err && i < json_array_size(v); i++) {
		err = read_pred(c, json_array_get(v, i), AT_INDEX(at, i), &kid);
		if (!err && pred_add(parent, kid)) {
			pred_free(kid);
			err = -ENOMEM;
		}
	}
	return err;
}

/* {"all": [pred, ...]} | {"any": [pred, ...]} | {"not": pred}, with "loc" */
static int read_combinator(struct jctx *c, const json_t *v,
			   const struct jpath *at, const char *key,
			   struct kefir_pred **out)
{
	const char *const keys[] = { key, "loc", NULL };
	enum kefir_pred_kind kind = !strcmp(key, "all") ? KEFIR_PRED_AND :
				    !strcmp(key, "any") ? KEFIR_PRED_OR :
							  KEFIR_PRED_NOT;
	struct kefir_pred *p, *kid;
	struct kefir_loc loc = { 0 };
	int err;

	err = check_keys(c, v, at, keys);
	if (!err)
		err = read_opt_loc(c, v, at, &loc);
	if (err)
		return err;
	p = pred_new(kind, &loc);
	if (!p)
		return -ENOMEM;
	if (kind != KEFIR_PRED_NOT) {
		err = read_pred_list(c, json_object_get(v, key), AT_KEY(at, key), p);
	} else {
		err = read_pred(c, json_object_get(v, key), AT_KEY(at, key), &kid);
		if (!err && pred_add(p, kid)) {
			pred_free(kid);
			err = -ENOMEM;
		}
	}
	if (err) {
		pred_free(p);
		return err;
	}
	*out = p;
	return 0;
}

/* pred = true | false | test | rel | all | any | not */
static int read_pred(struct jctx *c, const json_t *v, const struct jpath *at,
		     struct kefir_pred **out)
{
	static const char *const combinators[] = { "all", "any", "not" };
	size_t i;
	int err;

	if (json_is_boolean(v)) {
		*out = pred_new(json_is_true(v) ? KEFIR_PRED_TRUE
						: KEFIR_PRED_FALSE, NULL);
		return *out ? 0 : -ENOMEM;
	}
	if (!json_is_object(v))
		return fail(c, at, v, "expected a test, \"all\", \"any\", "
			    "\"not\", true or false");
	if (json_object_get(v, "field"))
		return read_field_test(c, v, at, out);
	if (json_object_get(v, "rel"))
		return read_rel(c, v, at, out);
	if (json_object_get(v, "bpf"))
		return read_cbpf(c, v, at, out);
	for (i = 0; i < ARRAY_SIZE(combinators); i++)
		if (json_object_get(v, combinators[i]))
			return read_combinator(c, v, at, combinators[i], out);
	err = check_keys(c, v, at, pred_keys);
	return err ? err : fail(c, at, NULL, "expected a \"field\", \"rel\", "
				"\"bpf\", \"all\", \"any\" or \"not\" key");
}

/* ------------------------------------------------------------------------ */
/* Actions, rules, the document                                             */
/* ------------------------------------------------------------------------ */

static const char *const pass_keys[] = { "type", "loc", NULL };
static const char *const queue_keys[] = {
	"type", "queue", "vf", "context", "loc", NULL
};
static const char *const redirect_keys[] = {
	"type", "ifindex", "ifname", "loc", NULL
};
static const char *const handler_keys[] = {
	"type", "name", "args", "net_off", "l4", "loc", NULL
};
static const char *const *const action_keys[KEFIR_ACTION_MAX] = {
	[KEFIR_ACTION_PASS] = pass_keys,
	[KEFIR_ACTION_DROP] = pass_keys,
	[KEFIR_ACTION_QUEUE] = queue_keys,
	[KEFIR_ACTION_REDIRECT] = redirect_keys,
	[KEFIR_ACTION_HANDLER] = handler_keys,
};
static const char *const any_action_keys[] = {
	"type", "queue", "vf", "context", "ifindex", "ifname", "name", "args",
	"net_off", "l4", "loc", NULL
};

static int read_queue(struct jctx *c, const json_t *v, const struct jpath *at,
		      struct kefir_action *a)
{
	long long queue, vf = -1, context = -1;
	json_t *x;
	int err;

	err = need(c, v, at, "queue", &x);
	if (!err)
		err = read_int(c, x, AT_KEY(at, "queue"), 0, UINT32_MAX, &queue);
	if (!err)
		err = read_opt_int(c, v, at, "vf", 0, UINT32_MAX, &vf);
	if (!err)
		err = read_opt_int(c, v, at, "context", 0, UINT32_MAX, &context);
	if (err)
		return err;
	a->queue = (uint32_t)queue;
	a->vf = vf;
	a->context = context;
	return 0;
}

static int read_redirect(struct jctx *c, const json_t *v,
			 const struct jpath *at, struct kefir_action *a)
{
	long long ifindex = 0;
	int err;

	if (!json_object_get(v, "ifindex") && !json_object_get(v, "ifname"))
		return fail(c, at, NULL, "missing key \"ifindex\" or \"ifname\"");
	err = read_opt_int(c, v, at, "ifindex", 1, UINT32_MAX, &ifindex);
	if (!err)
		err = read_opt_text(c, v, at, "ifname", true, &a->name);
	a->ifindex = (uint32_t)ifindex;
	return err;
}

/*
 * handler = {"type": "handler", "name": S, "args": [expr, ...],
 *            "net_off": N, "l4": L, "loc": LOC}
 */
static int read_handler(struct jctx *c, const json_t *v,
			const struct jpath *at, struct kefir_action *a)
{
	const json_t *args = json_object_get(v, "args"), *l4;
	long long net_off = KEFIR_NET_OFF_DEFAULT;
	unsigned int l4_method = KEFIR_L4_NONE;
	struct kefir_expr *e;
	size_t i;
	int err;

	if (!json_object_get(v, "name"))
		return fail(c, at, NULL, "missing key \"name\"");
	err = read_opt_text(c, v, at, "name", true, &a->name);
	if (!err && args)
		err = read_array(c, args, AT_KEY(at, "args"));
	for (i = 0; !err && args && i < json_array_size(args); i++) {
		e = NULL;
		err = read_expr(c, json_array_get(args, i),
				AT_INDEX(AT_KEY(at, "args"), i), &e);
		if (!err)
			err = action_add_arg(a, e);
		if (err)
			expr_free(e);
	}
	if (!err)
		err = read_opt_int(c, v, at, "net_off", 0, UINT_MAX, &net_off);
	if (!err && (l4 = json_object_get(v, "l4")))
		err = read_name(c, l4, AT_KEY(at, "l4"), NAMES_L4, &l4_method);
	a->args_net_off = (unsigned int)net_off;
	a->args_l4 = l4_method;
	return err;
}

/*
 * action = {"type": "pass"|"drop", "loc": LOC}
 *        | {"type": "queue", "queue": N, "vf": N, "context": N, "loc": LOC}
 *        | {"type": "redirect", "ifindex": N, "ifname": S, "loc": LOC}
 *        | handler
 */
static int read_action(struct jctx *c, const json_t *v, const struct jpath *at,
		       struct kefir_action *a)
{
	unsigned int kind;
	json_t *type;
	int err;

	err = read_object(c, v, at);
	if (!err)
		err = check_keys(c, v, at, any_action_keys);
	if (!err)
		err = need(c, v, at, "type", &type);
	if (!err)
		err = read_name(c, type, AT_KEY(at, "type"), NAMES_ACTION, &kind);
	if (!err)
		err = check_keys(c, v, at, action_keys[kind]);
	if (err)
		return err;
	a->kind = kind;
	if (kind == KEFIR_ACTION_QUEUE)
		err = read_queue(c, v, at, a);
	else if (kind == KEFIR_ACTION_REDIRECT)
		err = read_redirect(c, v, at, a);
	else if (kind == KEFIR_ACTION_HANDLER)
		err = read_handler(c, v, at, a);
	return err ? err : read_opt_loc(c, v, at, &a->loc);
}

/* rule = {"loc": LOC, "text": S, "match": [pred, ...], "action": action} */
static int read_rule(struct jctx *c, const json_t *v, const struct jpath *at,
		     struct kefir_ruleset *rs)
{
	static const char *const keys[] = {
		"loc", "text", "match", "action", NULL
	};
	struct kefir_loc loc = { 0 };
	struct kefir_rule *rule;
	json_t *match, *action;
	char *text = NULL;
	int err;

	err = read_object(c, v, at);
	if (!err)
		err = check_keys(c, v, at, keys);
	if (!err)
		err = read_opt_loc(c, v, at, &loc);
	if (!err)
		err = need(c, v, at, "match", &match);
	if (!err)
		err = need(c, v, at, "action", &action);
	if (!err)
		err = read_opt_text(c, v, at, "text", false, &text);
	rule = err ? NULL : rule_new(&loc, text);
	free(text);
	if (!err && !rule)
		err = -ENOMEM;
	if (!err)
		err = read_pred_list(c, match, AT_KEY(at, "match"), rule->match);
	if (!err)
		err = read_action(c, action, AT_KEY(at, "action"), &rule->action);
	if (!err)
		err = ruleset_append(rs, rule);
	if (err)
		rule_free(rule);
	return err;
}

/* default = {"action": action, "text": S, "loc": LOC} */
static int read_default(struct jctx *c, const json_t *v,
			const struct jpath *at, struct kefir_ruleset *rs)
{
	static const char *const keys[] = { "action", "text", "loc", NULL };
	json_t *action;
	int err;

	err = read_object(c, v, at);
	if (!err)
		err = check_keys(c, v, at, keys);
	if (!err)
		err = need(c, v, at, "action", &action);
	if (!err)
		err = read_action(c, action, AT_KEY(at, "action"),
				  &rs->default_action);
	if (!err)
		err = read_opt_text(c, v, at, "text", false, &rs->default_text);
	return err ? err : read_opt_loc(c, v, at, &rs->default_loc);
}

static int read_rules(struct jctx *c, const json_t *v, const struct jpath *at,
		      struct kefir_ruleset *rs)
{
	size_t i;
	int err;

	err = read_array(c, v, at);
	for (i = 0; !err && i < json_array_size(v); i++)
		err = read_rule(c, json_array_get(v, i), AT_INDEX(at, i), rs);
	return err;
}

/*
 * document = {"kefir": 1, "syntax": S, "source": S, "rules": [rule, ...],
 *             "default": default}
 */
static int read_document(struct jctx *c, const json_t *doc,
			 struct kefir_ruleset *rs)
{
	static const char *const keys[] = {
		"kefir", "syntax", "source", "rules", "default", NULL
	};
	json_t *version, *rules, *dflt;
	int err;

	err = read_object(c, doc, NULL);
	if (!err)
		err = need(c, doc, NULL, "kefir", &version);
	if (!err && (!json_is_integer(version) ||
		     json_integer_value(version) != JSON_FORMAT_VERSION))
		err = fail(c, AT_KEY(NULL, "kefir"), version,
			   "expected format version %d", JSON_FORMAT_VERSION);
	if (!err)
		err = check_keys(c, doc, NULL, keys);
	if (!err)
		err = need(c, doc, NULL, "rules", &rules);
	if (!err)
		err = need(c, doc, NULL, "default", &dflt);
	if (!err)
		err = read_opt_text(c, doc, NULL, "syntax", false, &rs->syntax);
	if (!err)
		err = read_opt_text(c, doc, NULL, "source", false,
				    &rs->source_name);
	if (!err)
		err = read_rules(c, rules, AT_KEY(NULL, "rules"), rs);
	return err ? err : read_default(c, dflt, AT_KEY(NULL, "default"), rs);
}

/* ------------------------------------------------------------------------ */
/* Syntax errors and the entry point                                        */
/* ------------------------------------------------------------------------ */

/*
 * Where jansson's error @e is: under the token its message quotes ("...
 * near 'tru'") when the text just before e->position is that token, just
 * after the last non-blank byte for "near end of file", else at the byte
 * before e->position.
 */
static size_t error_span(const struct kefir_source *src,
			 const json_error_t *e, size_t *len)
{
	size_t pos = (size_t)e->position, tlen;
	const char *near = strstr(e->text, "near '");
	const char *end = e->text + strlen(e->text) - 1;

	if (pos > src->len)
		pos = src->len;
	*len = 1;
	if (near && end > near + 5 && *end == '\'') {
		near += 6;
		tlen = (size_t)(end - near);
		if (tlen && tlen <= pos && !memcmp(src->text + pos - tlen, near, tlen)) {
			*len = tlen;
			return pos - tlen;
		}
	}
	if (strstr(e->text, "near end of file")) {
		for (pos = src->len;
		     pos > 0 && memchr(" \t\r\n", src->text[pos - 1], 4);)
			pos--;
		return pos;
	}
	return pos ? pos - 1 : 0;
}

/* Reports jansson's syntax error @e at its place in the input. */
static int fail_syntax(struct jctx *c, const json_error_t *e)
{
	struct kefir_loc loc = { .line = 1, .col = 1 };
	size_t start, len, i;

	if (e->position < 0)
		return diag_error(c->diag, c->src, NULL, "invalid JSON: %s",
				  e->text);
	start = error_span(c->src, e, &len);
	for (i = 0; i < start; i++) {
		loc.col++;
		if (c->src->text[i] == '\n') {
			loc.line++;
			loc.col = 1;
		}
	}
	loc.len = (unsigned int)len;
	return diag_error(c->diag, c->src, &loc, "invalid JSON: %s", e->text);
}

static int parse_json(const struct kefir_source *src,
		      const struct kefir_parse_opts *opts,
		      struct kefir_ruleset *rs, struct kefir_diag *diag)
{
	struct kefir_source text = *src;
	struct jctx c = { .src = &text, .diag = diag };
	json_error_t jerr;
	json_t *doc;
	int err;

	(void)opts;
	if (!text.text)
		text.text = "";
	doc = json_loadb(text.text, text.len, JSON_REJECT_DUPLICATES, &jerr);
	if (!doc)
		return fail_syntax(&c, &jerr);
	err = read_document(&c, doc, rs);
	json_decref(doc);
	return err ? err : ruleset_validate(rs, NULL, diag);
}

const struct kefir_frontend kefir_frontend_json = {
	.name = "json",
	.aliases = NULL,
	.summary = "a ruleset saved with --to json",
	.parse = parse_json,
};
