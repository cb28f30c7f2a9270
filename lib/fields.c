/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * fields.c - the field table of fields.def as data, and the name tables of
 * the IR's small enums (operators, actions, l4 methods), so that JSON, the
 * interpreter and the back-ends all read one definition.
 */
#include <string.h>

#include "kefir_internal.h"

#define MASK_SHIFT(mask) ((mask) ? (unsigned int)__builtin_ctz(mask) : 0u)

static const struct kefir_field_info fields[KEFIR_FIELD_MAX] = {
#define FIELD(id, nm, anc, off, nbytes, msk, knd, fam)			\
	[KEFIR_FIELD_##id] = {						\
		.name = nm, .anchor = KEFIR_ANCHOR_##anc, .offset = off, \
		.bytes = nbytes, .mask = msk, .shift = MASK_SHIFT(msk),	\
		.kind = KEFIR_KIND_##knd, .family = KEFIR_FAMILY_##fam,	\
	},
#include "fields.def"
#undef FIELD
};

const struct kefir_field_info *field_info(enum kefir_field field)
{
	return &fields[field];
}

enum kefir_field field_by_name(const char *name)
{
	unsigned int i;

	for (i = 0; i < KEFIR_FIELD_MAX; i++)
		if (!strcmp(fields[i].name, name))
			return (enum kefir_field)i;
	return KEFIR_FIELD_MAX;
}

uint64_t field_max(enum kefir_field field)
{
	const struct kefir_field_info *fi = &fields[field];

	if (fi->mask)
		return fi->mask >> fi->shift;
	if (fi->bytes >= 8)
		return UINT64_MAX;
	return (UINT64_C(1) << (8 * fi->bytes)) - 1;
}

/* Looks @name up in @names[0..n-1]; returns n when it is not there. */
static unsigned int name_lookup(const char *const *names, unsigned int n,
				const char *name)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (names[i] && !strcmp(names[i], name))
			return i;
	return n;
}

static const char *const l4_names[KEFIR_L4_MAX] = {
	[KEFIR_L4_NONE] = "none",
	[KEFIR_L4_IP4] = "ip4",
	[KEFIR_L4_IP6] = "ip6",
	[KEFIR_L4_IP6_FLOW] = "ip6_flow",
	[KEFIR_L4_IP6_FIND] = "ip6_find",
	[KEFIR_L4_IP6_FIND_FRAG] = "ip6_find_frag",
	[KEFIR_L4_IP6_FIND_AH] = "ip6_find_ah",
};

const char *l4_name(enum kefir_l4 l4)
{
	return l4_names[l4];
}

enum kefir_l4 l4_by_name(const char *name)
{
	return name_lookup(l4_names, KEFIR_L4_MAX, name);
}

bool l4_is_find(enum kefir_l4 l4)
{
	return l4 == KEFIR_L4_IP6_FIND || l4 == KEFIR_L4_IP6_FIND_FRAG ||
	       l4 == KEFIR_L4_IP6_FIND_AH;
}

int l4_find_target(enum kefir_l4 l4)
{
	switch (l4) {
	case KEFIR_L4_IP6_FIND_FRAG: return 44;
	case KEFIR_L4_IP6_FIND_AH: return 51;
	default: return -1;
	}
}

enum kefir_l4 field_walk(enum kefir_field field)
{
	switch (field) {
	case KEFIR_FIELD_IP6_FLOW_PROTO:
	case KEFIR_FIELD_IP6_FLOW_FRAG:
	case KEFIR_FIELD_IP6_FLOW_FIRST:
		return KEFIR_L4_IP6_FLOW;
	case KEFIR_FIELD_IP6_FIND_PROTO:
	case KEFIR_FIELD_IP6_FIND_ERROR:
	case KEFIR_FIELD_IP6_FIND_LATER:
	case KEFIR_FIELD_IP6_FIND_ROOM:
		return KEFIR_L4_IP6_FIND;
	default:
		return KEFIR_L4_NONE;
	}
}

bool field_walk_ok(enum kefir_field field, enum kefir_l4 l4)
{
	switch (field_walk(field)) {
	case KEFIR_L4_NONE:
		return true;
	case KEFIR_L4_IP6_FIND:
		return l4_is_find(l4);
	default:
		return l4 == field_walk(field);
	}
}

static const char *const anchor_names[] = {
	[KEFIR_ANCHOR_LINK] = "link",
	[KEFIR_ANCHOR_NET] = "net",
	[KEFIR_ANCHOR_L4] = "l4",
	[KEFIR_ANCHOR_META] = "meta",
	[KEFIR_ANCHOR_WALK] = "walk",
};

const char *anchor_name(enum kefir_anchor anchor)
{
	return (size_t)anchor < ARRAY_SIZE(anchor_names) ? anchor_names[anchor]
							 : NULL;
}

static const char *const op_names[KEFIR_OP_MAX] = {
	[KEFIR_OP_EQ] = "eq",
	[KEFIR_OP_RANGE] = "range",
	[KEFIR_OP_SET] = "in",
};

const char *op_name(enum kefir_op op)
{
	return op_names[op];
}

enum kefir_op op_by_name(const char *name)
{
	return name_lookup(op_names, KEFIR_OP_MAX, name);
}

static const char *const relop_names[KEFIR_RELOP_MAX] = {
	[KEFIR_RELOP_EQ] = "==", [KEFIR_RELOP_NE] = "!=",
	[KEFIR_RELOP_LT] = "<",  [KEFIR_RELOP_LE] = "<=",
	[KEFIR_RELOP_GT] = ">",  [KEFIR_RELOP_GE] = ">=",
};

const char *relop_name(enum kefir_relop op)
{
	return relop_names[op];
}

enum kefir_relop relop_by_name(const char *name)
{
	return name_lookup(relop_names, KEFIR_RELOP_MAX, name);
}

static const char *const binop_names[KEFIR_BINOP_MAX] = {
	[KEFIR_BINOP_ADD] = "+",  [KEFIR_BINOP_SUB] = "-",
	[KEFIR_BINOP_MUL] = "*",  [KEFIR_BINOP_DIV] = "/",
	[KEFIR_BINOP_MOD] = "%",  [KEFIR_BINOP_AND] = "&",
	[KEFIR_BINOP_OR] = "|",   [KEFIR_BINOP_XOR] = "^",
	[KEFIR_BINOP_LSH] = "<<", [KEFIR_BINOP_RSH] = ">>",
};

const char *binop_name(enum kefir_binop op)
{
	return binop_names[op];
}

enum kefir_binop binop_by_name(const char *name)
{
	return name_lookup(binop_names, KEFIR_BINOP_MAX, name);
}

static const char *const action_names[KEFIR_ACTION_MAX] = {
	[KEFIR_ACTION_PASS] = "pass",
	[KEFIR_ACTION_DROP] = "drop",
	[KEFIR_ACTION_QUEUE] = "queue",
	[KEFIR_ACTION_REDIRECT] = "redirect",
	[KEFIR_ACTION_HANDLER] = "handler",
};

const char *action_name(enum kefir_action_kind kind)
{
	return action_names[kind];
}

enum kefir_action_kind action_by_name(const char *name)
{
	return name_lookup(action_names, KEFIR_ACTION_MAX, name);
}
