/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * kefir_internal.h - the IR and the helpers shared by lib/, frontends/ and
 * backends/. Never installed.
 *
 * A ruleset is an ordered list of rules plus a default action; the first rule
 * whose predicate holds decides the packet. A predicate is a small
 * and/or/not tree whose leaves are tests. A test either compares a header
 * field from the one field table (fields.def) with a value under a mask, a
 * range or a set of values, or relates two arithmetic expressions over raw
 * packet loads (pflang's "ip[2:2] - 20 > 100"). Protocol guards are ordinary
 * tests written by the front-ends: a test of ip4_src is only well-formed after
 * a test eth_type == 0x0800 at the same network offset (the validator checks
 * it). Everything carries the source location it came from.
 */
#ifndef KEFIR_INTERNAL_H
#define KEFIR_INTERNAL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kefir.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* ------------------------------------------------------------------------ */
/* Growable buffers (buf.c)                                                 */
/* ------------------------------------------------------------------------ */

/* A growable, always NUL-terminated text/byte buffer. Zero-initialize it. */
struct kefir_buf {
	char *data;
	size_t len;
	size_t cap;
	bool failed;		/* an allocation failed: the content is lost */
};

int buf_append(struct kefir_buf *b, const void *data, size_t len);
int buf_puts(struct kefir_buf *b, const char *s);
int buf_printf(struct kefir_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int buf_vprintf(struct kefir_buf *b, const char *fmt, va_list ap);
/* Appends @depth tabs. */
int buf_indent(struct kefir_buf *b, unsigned int depth);
/* Returns 0, or -ENOMEM when any earlier append failed. */
int buf_status(const struct kefir_buf *b);
/* Hands the data to the caller (who frees it) and empties @b. */
char *buf_steal(struct kefir_buf *b, size_t *len);
void buf_free(struct kefir_buf *b);

/*
 * Grows the array *@arr of @elem_size-byte elements so that it holds at least
 * @need elements; *@cap is its capacity. Overflow-checked. 0 or -ENOMEM.
 */
int array_reserve(void **arr, size_t *cap, size_t elem_size, size_t need);

/*
 * Copies a caller's options struct (it starts with its size_t size) into
 * @dst of @dst_sz bytes, zero-filling fields the caller does not know and
 * refusing non-zero fields the library does not know. 0 or -EINVAL.
 */
int opts_copy(void *dst, size_t dst_sz, const void *src);

/* strdup that returns NULL for NULL. */
char *xstrdup(const char *s);

/* ------------------------------------------------------------------------ */
/* Source locations and diagnostics (diag.c)                                */
/* ------------------------------------------------------------------------ */

/* A place in the input: 1-based line and column, @len bytes long (0 = 1). */
struct kefir_loc {
	unsigned int line;
	unsigned int col;
	unsigned int len;
};

/*
 * Where source_line() last found a line, so that parsers, which ask for
 * lines in increasing order, find each in constant time.
 */
struct kefir_source_cache {
	unsigned int line;	/* 0: nothing cached */
	size_t off;		/* where that line starts */
};

/* The input being parsed, so messages can quote its lines. */
struct kefir_source {
	const char *name;	/* "rules.txt", "<stdin>", "-e" */
	const char *text;
	size_t len;
	struct kefir_source_cache *cache;	/* NULL: none */
};

/*
 * Appends a message at @loc of @src (either may be NULL: no location, or no
 * source line to quote). The message is lower-case, without a final period.
 * Returns -EINVAL for errors (so parsers can "return diag_error(...)"), 0 for
 * warnings and notes, -ENOMEM when the message cannot be stored.
 */
int diag_add(struct kefir_diag *diag, enum kefir_severity severity,
	     const struct kefir_source *src, const struct kefir_loc *loc,
	     const char *fmt, ...) __attribute__((format(printf, 5, 6)));
int diag_vadd(struct kefir_diag *diag, enum kefir_severity severity,
	      const struct kefir_source *src, const struct kefir_loc *loc,
	      const char *fmt, va_list ap);
#define diag_error(diag, src, loc, ...) \
	diag_add(diag, KEFIR_SEVERITY_ERROR, src, loc, __VA_ARGS__)
#define diag_warn(diag, src, loc, ...) \
	diag_add(diag, KEFIR_SEVERITY_WARNING, src, loc, __VA_ARGS__)

/*
 * Copies line @line (1-based) of @src, without its newline, into a new
 * string. Returns NULL when there is no such line or memory runs out.
 */
char *source_line(const struct kefir_source *src, unsigned int line);

/* ------------------------------------------------------------------------ */
/* The field table (fields.c, from fields.def)                              */
/* ------------------------------------------------------------------------ */

enum kefir_field {
#define FIELD(id, name, anchor, off, bytes, mask, kind, family) KEFIR_FIELD_##id,
#include "fields.def"
#undef FIELD
	KEFIR_FIELD_MAX
};

/* Where a field or a raw load counts its offset from. */
enum kefir_anchor {
	KEFIR_ANCHOR_LINK,	/* byte 0: the Ethernet header */
	KEFIR_ANCHOR_NET,	/* the test's net_off */
	KEFIR_ANCHOR_L4,	/* the transport header, found as the test's l4 says */
	KEFIR_ANCHOR_META,	/* not packet bytes */
	KEFIR_ANCHOR_WALK,	/* the record the test's l4 walk computes (not
				 * packet bytes): byte 0 the protocol, byte 1
				 * flags, bytes 2-3 (ip6_find) the room left */
};

/* Bytes of the record of an l4 walk (KEFIR_ANCHOR_WALK). */
#define KEFIR_WALK_BYTES 4
/* Flags of byte 1 of an ip6_flow record. */
#define KEFIR_WALK_FRAG 0x01		/* the walk met a fragment header */
#define KEFIR_WALK_FIRST_FRAG 0x02	/* ... with offset 0 */
/* Extension headers the IPv6 flow walk skips before it gives up. */
#define KEFIR_IP6_WALK_MAX 8
/*
 * Byte 1 of an ip6_find record: the outcome of ipv6_find_hdr() in the low
 * two bits (0: found), and a flag.
 */
#define KEFIR_FIND_MALFORMED 0x01	/* -EBADMSG: a header is cut short */
#define KEFIR_FIND_ABSENT 0x02		/* -ENOENT: no such header */
#define KEFIR_FIND_LATER 0x04		/* found after a fragment header with
					 * a non-zero offset */

enum kefir_kind {
	KEFIR_KIND_UINT,	/* number, written in decimal */
	KEFIR_KIND_HEX,		/* number, written as "0x..." */
	KEFIR_KIND_MAC,
	KEFIR_KIND_IPV4,
	KEFIR_KIND_IPV6,
};

/* The protocol test that must come before a field is read. */
enum kefir_family {
	KEFIR_FAMILY_ANY,
	KEFIR_FAMILY_VLAN,	/* eth_type is 0x8100, 0x88a8 or 0x9100 */
	KEFIR_FAMILY_IP4,	/* eth_type is 0x0800 */
	KEFIR_FAMILY_IP6,	/* eth_type is 0x86dd */
	KEFIR_FAMILY_ARP,	/* eth_type is 0x0806 or 0x8035 */
	KEFIR_FAMILY_L4,	/* IP4 or IP6, as the test's l4 says */
};

struct kefir_field_info {
	const char *name;
	enum kefir_anchor anchor;
	int offset;		/* bytes from the anchor */
	unsigned int bytes;	/* bytes read, and bytes of a value */
	uint32_t mask;		/* bits of the load that form the field, 0 = all */
	unsigned int shift;	/* ctz(mask) */
	enum kefir_kind kind;
	enum kefir_family family;
};

const struct kefir_field_info *field_info(enum kefir_field field);
/* Returns the field called @name, or KEFIR_FIELD_MAX. */
enum kefir_field field_by_name(const char *name);
/* Maximum value of a numeric field (its mask, shifted down), as a u64. */
uint64_t field_max(enum kefir_field field);

/* How the transport header is found from the network header. */
enum kefir_l4 {
	KEFIR_L4_NONE,
	KEFIR_L4_IP4,		/* net_off + 4 * IHL, unchecked: a front-end
				 * whose syntax needs IHL >= 5 tests it */
	KEFIR_L4_IP6,		/* net_off + 40: extension headers are not walked */
	KEFIR_L4_IP6_FLOW,	/* the flow dissector's IPv6 walk: hop-by-hop,
				 * routing and destination options skipped (at
				 * most KEFIR_IP6_WALK_MAX), a fragment header
				 * ends it with no transport header */
	KEFIR_L4_IP6_FIND,	/* ipv6_find_hdr(skb, &off, -1, &fragoff, NULL),
				 * as ip6tables' -p walks: the upper-layer
				 * header after hop-by-hop, routing, destination
				 * options, first-fragment and AH headers, within
				 * the IPv6 payload length (docs/ir.md) */
	KEFIR_L4_IP6_FIND_FRAG,	/* the same walk looking for the fragment header */
	KEFIR_L4_IP6_FIND_AH,	/* ... for the authentication header */
	KEFIR_L4_MAX
};
const char *l4_name(enum kefir_l4 l4);
enum kefir_l4 l4_by_name(const char *name);	/* KEFIR_L4_MAX if unknown */
/* True for the ipv6_find_hdr() walks; their target (-1, 44, 51). */
bool l4_is_find(enum kefir_l4 l4);
int l4_find_target(enum kefir_l4 l4);
/*
 * The walk whose record @field reads: KEFIR_L4_IP6_FLOW, KEFIR_L4_IP6_FIND
 * (for any of the three ip6_find walks), or KEFIR_L4_NONE for a field that
 * is not a walk's.
 */
enum kefir_l4 field_walk(enum kefir_field field);
/* True if a test with layout @l4 may read @field (see field_walk()). */
bool field_walk_ok(enum kefir_field field, enum kefir_l4 l4);
/* "link", "net", "l4", "meta": an anchor's name in JSON; NULL if unknown. */
const char *anchor_name(enum kefir_anchor anchor);

#define KEFIR_NET_OFF_DEFAULT 14	/* untagged Ethernet */

/* ------------------------------------------------------------------------ */
/* Values (value.c)                                                         */
/* ------------------------------------------------------------------------ */

/*
 * A field value: the field's bytes in network byte order, left-aligned in
 * b[0 .. bytes-1]; the rest is zero. Numbers are stored big-endian in the
 * field's width, so memcmp() orders them numerically.
 */
struct kefir_value {
	uint8_t b[16];
};

void value_from_u64(struct kefir_value *v, uint64_t x, unsigned int bytes);
uint64_t value_to_u64(const struct kefir_value *v, unsigned int bytes);
/* All-ones in @bytes bytes, limited to @field's bits for masked fields. */
void value_full_mask(struct kefir_value *v, enum kefir_field field);
bool value_is_full_mask(const struct kefir_value *v, enum kefir_field field);
int value_cmp(const struct kefir_value *a, const struct kefir_value *b,
	      unsigned int bytes);
void value_and(struct kefir_value *out, const struct kefir_value *a,
	       const struct kefir_value *m, unsigned int bytes);
/* True if @v has a bit outside @m. */
bool value_outside_mask(const struct kefir_value *v, const struct kefir_value *m,
			unsigned int bytes);
/* Prefix length if @m is a contiguous mask of @bytes bytes, else -1. */
int value_prefix_len(const struct kefir_value *m, unsigned int bytes);
void value_from_prefix(struct kefir_value *m, unsigned int plen,
		       unsigned int bytes);

/*
 * Formats @v as @kind into @out (at least KEFIR_VALUE_STRLEN bytes): "80",
 * "0x0800", "00:11:22:33:44:55", "10.0.0.1", "2001:db8::1". HEX values are
 * zero-padded to the field's width.
 */
#define KEFIR_VALUE_STRLEN 64
void value_format(const struct kefir_value *v, enum kefir_kind kind,
		  unsigned int bytes, char *out);
/*
 * Parses the canonical text forms value_format() writes (and, for numbers,
 * decimal or 0x hex). Returns 0, -EINVAL (not of that kind), or -ERANGE (too
 * large for @bytes).
 */
int value_parse(struct kefir_value *v, enum kefir_kind kind,
		unsigned int bytes, const char *text);

/* ------------------------------------------------------------------------ */
/* The IR (ruleset.c)                                                       */
/* ------------------------------------------------------------------------ */

enum kefir_op {
	KEFIR_OP_EQ,		/* (field & mask) == value */
	KEFIR_OP_RANGE,		/* value <= field <= max (numeric fields) */
	KEFIR_OP_SET,		/* (field & mask) is one of set[] */
	KEFIR_OP_MAX
};

enum kefir_relop {
	KEFIR_RELOP_EQ, KEFIR_RELOP_NE, KEFIR_RELOP_LT,
	KEFIR_RELOP_LE, KEFIR_RELOP_GT, KEFIR_RELOP_GE,
	KEFIR_RELOP_MAX
};

enum kefir_binop {
	KEFIR_BINOP_ADD, KEFIR_BINOP_SUB, KEFIR_BINOP_MUL, KEFIR_BINOP_DIV,
	KEFIR_BINOP_MOD, KEFIR_BINOP_AND, KEFIR_BINOP_OR, KEFIR_BINOP_XOR,
	KEFIR_BINOP_LSH, KEFIR_BINOP_RSH,
	KEFIR_BINOP_MAX
};

enum kefir_expr_kind {
	KEFIR_EXPR_CONST,	/* k */
	KEFIR_EXPR_LOAD,	/* size bytes, big-endian, at anchor + a */
	KEFIR_EXPR_LEN,		/* the packet's wire length */
	KEFIR_EXPR_BINARY,	/* a op b */
	KEFIR_EXPR_NEG,		/* -a */
};

/*
 * Unsigned 32-bit arithmetic as in classic BPF: it wraps, a shift by 32 or
 * more gives 0, and a division or modulo by zero, or a load past the
 * captured bytes, fails the test.
 */
struct kefir_expr {
	enum kefir_expr_kind kind;
	uint32_t k;			/* CONST */
	enum kefir_anchor anchor;	/* LOAD: LINK, NET or L4 */
	unsigned int size;		/* LOAD: 1, 2 or 4 */
	enum kefir_binop op;		/* BINARY */
	struct kefir_expr *a, *b;	/* LOAD: offset a; BINARY: a op b; NEG: a */
	struct kefir_loc loc;
};

enum kefir_test_kind {
	KEFIR_TEST_FIELD,
	KEFIR_TEST_REL,
	KEFIR_TEST_CBPF,	/* a classic BPF program returns non-zero */
};

/*
 * Where the packet a KEFIR_TEST_CBPF program sees ends (its BPF_LEN counts
 * from net_off to there): the wire length, or the IP length as netfilter
 * sees the skb (ip_rcv() and ipv6_rcv() trim it).
 */
enum kefir_cbpf_end {
	KEFIR_CBPF_END_WIRE,
	KEFIR_CBPF_END_IP4,	/* net_off + the IPv4 total length */
	KEFIR_CBPF_END_IP6,	/* net_off + 40 + the IPv6 payload length */
	KEFIR_CBPF_END_MAX
};
const char *cbpf_end_name(enum kefir_cbpf_end end);
enum kefir_cbpf_end cbpf_end_by_name(const char *name);	/* ..._MAX */

struct kefir_test {
	enum kefir_test_kind kind;
	/* where NET and L4 anchors are, for this test */
	unsigned int net_off;		/* bytes from byte 0 to the network header */
	enum kefir_l4 l4;		/* how to find the transport header */
	/* KEFIR_TEST_FIELD */
	enum kefir_field field;
	enum kefir_op op;
	struct kefir_value value;	/* EQ: value; RANGE: min */
	struct kefir_value max;		/* RANGE */
	struct kefir_value mask;	/* EQ, SET; full mask when not given */
	struct kefir_value *set;	/* SET: n_set values, each under mask */
	size_t n_set;
	/* KEFIR_TEST_REL */
	enum kefir_relop relop;
	struct kefir_expr *lhs, *rhs;
	/* KEFIR_TEST_CBPF: the program runs on the bytes from net_off */
	struct kefir_cbpf_insn *prog;
	size_t n_prog;
	enum kefir_cbpf_end end;
	struct kefir_loc loc;
};

enum kefir_pred_kind {
	KEFIR_PRED_TRUE,
	KEFIR_PRED_FALSE,
	KEFIR_PRED_TEST,
	KEFIR_PRED_NOT,		/* kids[0] */
	KEFIR_PRED_AND,		/* all kids, in order; empty = true */
	KEFIR_PRED_OR,		/* any kid, in order; empty = false */
};

struct kefir_pred {
	enum kefir_pred_kind kind;
	struct kefir_test test;		/* TEST */
	struct kefir_pred **kids;	/* NOT, AND, OR */
	size_t n_kids, cap_kids;
	struct kefir_loc loc;
};

enum kefir_action_kind {
	KEFIR_ACTION_PASS,	/* let the packet go on */
	KEFIR_ACTION_DROP,
	KEFIR_ACTION_QUEUE,	/* steer to RX queue @queue (of VF @vf if >= 0) */
	KEFIR_ACTION_REDIRECT,	/* send out of interface @ifindex */
	KEFIR_ACTION_HANDLER,	/* call the handler @name (native dispatcher) */
	KEFIR_ACTION_MAX
};

struct kefir_action {
	enum kefir_action_kind kind;
	uint32_t queue;		/* QUEUE */
	int64_t vf;		/* QUEUE: virtual function, -1 for none */
	int64_t context;	/* QUEUE: RSS context, -1 for none */
	uint32_t ifindex;	/* REDIRECT */
	char *name;		/* HANDLER */
	/*
	 * HANDLER: the extra arguments passed to the handler, pfmatch's
	 * "=> name(expr, ...)": each evaluated as a relation operand is
	 * (classic BPF arithmetic on raw loads) with the layout below for its
	 * NET and L4 anchors. A rule whose arguments cannot be evaluated (a
	 * load past the captured bytes, a division by zero) does not match.
	 * The offset of a header, pflang's &ip[0] or &tcp[0], is an ordinary
	 * expression: the constant net_off, or net_off + ((link[net_off] &
	 * 0xf) << 2) for an IPv4 transport header. Not on the default action.
	 */
	struct kefir_expr **args;
	size_t n_args;
	unsigned int args_net_off;	/* 0 means KEFIR_NET_OFF_DEFAULT */
	enum kefir_l4 args_l4;
	struct kefir_loc loc;
};

struct kefir_rule {
	struct kefir_pred *match;	/* always a KEFIR_PRED_AND */
	struct kefir_action action;
	struct kefir_loc loc;		/* the start of the rule */
	char *text;			/* the rule's source text, one line */
};

struct kefir_ruleset {
	struct kefir_rule **rules;
	size_t n_rules, cap_rules;
	struct kefir_action default_action;
	char *default_text;		/* where the default comes from, or NULL */
	struct kefir_loc default_loc;
	char *source_name;		/* input name, for locations */
	char *syntax;			/* the front-end that produced it */
};

const char *op_name(enum kefir_op op);
enum kefir_op op_by_name(const char *name);		/* KEFIR_OP_MAX if unknown */
const char *relop_name(enum kefir_relop op);		/* "==", "<", ... */
enum kefir_relop relop_by_name(const char *name);	/* KEFIR_RELOP_MAX */
const char *binop_name(enum kefir_binop op);		/* "+", "<<", ... */
enum kefir_binop binop_by_name(const char *name);	/* KEFIR_BINOP_MAX */
const char *action_name(enum kefir_action_kind kind);
enum kefir_action_kind action_by_name(const char *name);	/* ..._MAX */

/* Constructors return NULL when memory runs out. */
struct kefir_ruleset *ruleset_new(const char *source_name, const char *syntax);
struct kefir_rule *rule_new(const struct kefir_loc *loc, const char *text);
void rule_free(struct kefir_rule *rule);
/* Takes ownership of @rule on success only. 0 or -ENOMEM. */
int ruleset_append(struct kefir_ruleset *rs, struct kefir_rule *rule);

struct kefir_pred *pred_new(enum kefir_pred_kind kind,
			    const struct kefir_loc *loc);
void pred_free(struct kefir_pred *pred);
/* Takes ownership of @kid on success only. 0 or -ENOMEM. */
int pred_add(struct kefir_pred *parent, struct kefir_pred *kid);
/*
 * Returns a new TEST predicate on @field with op EQ, the field's full mask,
 * the default layout (net_off 14, no l4) and @loc; the caller fills value,
 * mask, op, layout as needed.
 */
struct kefir_pred *pred_new_field(enum kefir_field field,
				  const struct kefir_loc *loc);
/* Returns a new TEST predicate "field == x" on a numeric field. */
struct kefir_pred *pred_new_field_u64(enum kefir_field field, uint64_t x,
				      const struct kefir_loc *loc);

struct kefir_expr *expr_new(enum kefir_expr_kind kind,
			    const struct kefir_loc *loc);
void expr_free(struct kefir_expr *e);
/* A deep copy of @e (NULL for NULL), or NULL when memory runs out. */
struct kefir_expr *expr_copy(const struct kefir_expr *e);
/* Appends @e (owned on success) to @a's handler arguments. 0 or -ENOMEM. */
int action_add_arg(struct kefir_action *a, struct kefir_expr *e);

void action_clear(struct kefir_action *a);		/* frees name */
int action_copy(struct kefir_action *dst, const struct kefir_action *src);

/*
 * Structural equality (source locations are not compared) and hashes that
 * agree with it: equal trees hash alike. @h is the running hash (start
 * with KEFIR_HASH_SEED).
 */
#define KEFIR_HASH_SEED UINT64_C(0xcbf29ce484222325)
bool expr_equal(const struct kefir_expr *a, const struct kefir_expr *b);
bool test_equal(const struct kefir_test *a, const struct kefir_test *b);
bool pred_equal(const struct kefir_pred *a, const struct kefir_pred *b);
bool action_equal(const struct kefir_action *a, const struct kefir_action *b);
uint64_t hash_bytes(uint64_t h, const void *data, size_t len);
uint64_t test_hash(uint64_t h, const struct kefir_test *t);
uint64_t pred_hash(uint64_t h, const struct kefir_pred *p);

/* ------------------------------------------------------------------------ */
/* Classic BPF programs in tests (cbpf_prog.c)                              */
/* ------------------------------------------------------------------------ */

/*
 * The kernel's bpf_check_classic() on @prog (@n instructions): NULL when
 * it accepts the program, else why not, with *@pc the instruction.
 */
const char *cbpf_check(const struct kefir_cbpf_insn *prog, size_t n,
		       size_t *pc);
/* The SKF_AD_* name of an ancillary load (LD ABS at SKF_AD_OFF + i), or NULL. */
const char *cbpf_ancillary(const struct kefir_cbpf_insn *insn);
/*
 * Why kefir does not convert @prog although the kernel accepts it (an
 * ancillary load of metadata: all but SKF_AD_PROTOCOL and SKF_AD_ALU_XOR_X),
 * with *@pc; NULL when it does.
 */
const char *cbpf_unsupported(const struct kefir_cbpf_insn *prog, size_t n,
			     size_t *pc);
/*
 * Parses @len bytes of @s, a program in tc's and iptables' bytecode
 * ("N,CODE JT JF K,..." with decimal numbers, as libxt_bpf reads it: a
 * final comma allowed, K may be negative) into @prog, room for @max. NULL
 * with *@n, or why not with the bad bytes [*@at, *@at + *@bad).
 */
const char *cbpf_parse_bytecode(const char *s, size_t len,
				struct kefir_cbpf_insn *prog, size_t max,
				size_t *n, size_t *at, size_t *bad);
/* Where instruction @pc is in the bytecode @s: [*@at, *@at + *@bad). */
void cbpf_bytecode_insn(const char *s, size_t len, size_t pc, size_t *at,
			size_t *bad);
/* Appends @prog in that bytecode to @out. */
void cbpf_format_bytecode(struct kefir_buf *out,
			  const struct kefir_cbpf_insn *prog, size_t n);
/*
 * Runs @prog as the kernel runs it on an skb whose data is the @len bytes
 * at @net of @pkt (@caplen captured): 0 with its return value in *@ret
 * (0 when it ends early: a load past @len, a negative offset, a division
 * by zero), or -1 when a load within @len falls past @caplen.
 */
int cbpf_run(const struct kefir_cbpf_insn *prog, size_t n,
	     const uint8_t *pkt, size_t caplen, size_t net, uint32_t len,
	     uint32_t *ret);

/* ------------------------------------------------------------------------ */
/* Validation (validate.c) and the interpreter (interp.c)                   */
/* ------------------------------------------------------------------------ */

/* kefir_ruleset_validate() with a source to quote lines from (may be NULL). */
int ruleset_validate(const struct kefir_ruleset *rs,
		     const struct kefir_source *src, struct kefir_diag *diag);

/*
 * Reads @t's field from the packet as the interpreter does; false when the
 * read falls off.
 */
bool test_read_field(const struct kefir_test *t, const uint8_t *pkt,
		     size_t caplen, size_t wirelen, struct kefir_value *v);

/* Evaluates one predicate; true if it holds on the packet. */
bool pred_eval(const struct kefir_pred *pred, const uint8_t *pkt,
	       size_t caplen, size_t wirelen);
/*
 * Evaluates the handler arguments of @a into @out (a->n_args entries).
 * False when one cannot be evaluated: the rule does not match then.
 */
bool action_eval_args(const struct kefir_action *a, const uint8_t *pkt,
		      size_t caplen, size_t wirelen, uint32_t *out);

/* ------------------------------------------------------------------------ */
/* Front-ends and back-ends (frontend.c, backend.c)                         */
/* ------------------------------------------------------------------------ */

struct kefir_frontend {
	const char *name;
	const char *aliases;	/* NULL, or names separated by spaces */
	const char *summary;
	/*
	 * Parses @src into @rs (empty, made by the caller). Returns 0, or
	 * -EINVAL with located errors in @diag, or -ENOMEM. The caller
	 * validates the result.
	 */
	int (*parse)(const struct kefir_source *src,
		     const struct kefir_parse_opts *opts,
		     struct kefir_ruleset *rs, struct kefir_diag *diag);
};

struct kefir_backend {
	const char *name;
	const char *summary;
	/* Appends @rs rendered to @out. 0, -EINVAL with @diag, -ENOMEM. */
	int (*emit)(const struct kefir_ruleset *rs,
		    const struct kefir_emit_opts *opts, struct kefir_buf *out,
		    struct kefir_diag *diag);
	const char *aliases;	/* NULL, or names separated by spaces */
};

extern const struct kefir_frontend kefir_frontend_ethtool;
extern const struct kefir_frontend kefir_frontend_iptables;
extern const struct kefir_frontend kefir_frontend_ip6tables;
extern const struct kefir_frontend kefir_frontend_flower;
extern const struct kefir_frontend kefir_frontend_json;
extern const struct kefir_frontend kefir_frontend_pflang;
extern const struct kefir_backend kefir_backend_bpf_c;
extern const struct kefir_backend kefir_backend_json;
extern const struct kefir_backend kefir_backend_cbpf;
extern const struct kefir_backend kefir_backend_native_c;

/*
 * Runs @argv (argv[0] looked up in PATH), collecting its stdout and stderr
 * in @out; *@status as waitpid() gives it. 0 or -errno (bpf_prog.c).
 */
int run_capture(char **argv, struct kefir_buf *out, int *status);

/*
 * A back-end's refusal of rule @index (or of the default action when @index
 * is rs->n_rules): "FILE:LINE:COL: error: <what>", quoting the rule's text.
 */
int diag_rule_error(struct kefir_diag *diag, const struct kefir_ruleset *rs,
		    size_t index, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* ------------------------------------------------------------------------ */
/* The classification pass (classify.c)                                     */
/* ------------------------------------------------------------------------ */

/*
 * A plan cuts a ruleset into blocks, in rule order: linear blocks, whose
 * rules are tried one by one, and segments, whose rules are found by a
 * binary search on one key field and checked from records (classify.c
 * says how). Back-ends that take a plan render each block in turn.
 */
#define PLAN_MAX_SLOTS 8	/* varying field tests of one shape */
#define PLAN_MAX_SHAPES 8	/* shapes of one segment */
#define PLAN_MAX_ACTIONS 16	/* distinct actions of one segment */
#define PLAN_MAX_COMMON 16	/* tests every shape of a segment has */

/* A top-level field test of a shape whose values come from the record. */
struct plan_slot {
	const struct kefir_test *test;	/* the representative rule's test */
	size_t kid;			/* its index in the rule's match */
};

/*
 * Rules of one shape have the same top-level tests but for the values of
 * their slots. The shape is checked by the representative rule's
 * predicate, less its key test (the search proved it), with each slot test
 * reading its values from the record: EQ (field & w[2k]) == w[2k + 1],
 * RANGE w[2k] <= field <= w[2k + 1].
 */
struct plan_shape {
	size_t rule;			/* the representative */
	size_t key_kid;			/* the kid of its match that is the key */
	uint64_t skip;			/* kids not checked by the shape (bit k:
					 * kid k): the key, the common tests */
	struct plan_slot slots[PLAN_MAX_SLOTS];
	unsigned int n_slots;
};

struct plan_rec {
	uint32_t rule;
	uint32_t shape;
	uint32_t action;		/* index in the segment's actions */
	uint32_t w[2 * PLAN_MAX_SLOTS];
};

struct plan_seg {
	struct kefir_test key;		/* field, net_off, l4 of the key */
	/* constant tests of every shape, checked once before the search:
	 * when one fails or falls off, no rule of the segment matches */
	const struct kefir_pred *common[PLAN_MAX_COMMON];
	size_t n_common;
	struct plan_shape shapes[PLAN_MAX_SHAPES];
	size_t n_shapes;
	const struct kefir_action *actions[PLAN_MAX_ACTIONS];
	size_t n_actions;
	unsigned int n_words;		/* words of each record's w[] in use */
	struct plan_rec *recs;
	size_t n_recs;
	/* the key's values cut into intervals: interval i is bound[i] up to
	 * bound[i + 1] - 1 (the last one up to the field's maximum); its
	 * candidates are recs[cand[start[i]]] .. recs[cand[start[i + 1] - 1]] */
	uint32_t *bound;
	uint32_t *start;		/* n_ivals + 1 entries */
	size_t n_ivals;
	uint32_t *cand;
	size_t n_cand;
	size_t max_cand;		/* the most candidates of one interval */
	/*
	 * Where the search starts: the key's top top_bits bits (key >>
	 * top_shift) index top[], which holds the interval of the smallest
	 * value with those top bits; the key's interval is top[h] up to
	 * top[h + 1], at most top_span intervals further. NULL for a segment
	 * of few intervals, searched whole.
	 */
	uint32_t *top;			/* (1 << top_bits) + 1 entries */
	unsigned int top_bits, top_shift;
	size_t top_span;
};

struct plan_block {
	size_t first, last;		/* rules [first, last) */
	struct plan_seg *seg;		/* NULL: a linear block */
};

struct kefir_plan {
	struct plan_block *blocks;
	size_t n_blocks, cap_blocks;
	/* per rule: an earlier rule has the same predicate, so this one can
	 * never decide a packet (NULL when no rule is dead) */
	bool *dead;
};

/*
 * Plans @rs. With @linear, the plan is one linear block of every rule (the
 * baseline without classification). 0 or -ENOMEM.
 */
int plan_build(const struct kefir_ruleset *rs, bool linear,
	       struct kefir_plan **out);
void plan_free(struct kefir_plan *plan);
/* True if rule @i can never decide a packet. */
bool plan_rule_dead(const struct kefir_plan *plan, size_t i);
/* The slot of @shape that @t is, or -1. */
int plan_slot_of(const struct plan_shape *shape, const struct kefir_test *t);

/* ------------------------------------------------------------------------ */
/* Loading BPF programs for deployment (bpf_prog.c)                         */
/* ------------------------------------------------------------------------ */

struct prog_load_args {
	unsigned int offload_ifindex;	/* 0, or the device to offload to */
	bool full_log;			/* quote the whole verifier log */
};

/* kefir_prog_load() with @args. */
int prog_load(const char *obj_path, const struct prog_load_args *args,
	      struct kefir_prog **out, struct kefir_diag *diag);

/*
 * Sends libbpf's messages of this thread into @sink (warnings and errors;
 * debug messages are dropped) until libbpf_capture_end(); calls do not
 * nest. The library never lets libbpf print.
 */
void libbpf_capture_begin(struct kefir_buf *sink);
void libbpf_capture_end(void);

/* The fd of the kefir_counters map of @prog (-1: none) and its size. */
int prog_counters_fd(const struct kefir_prog *prog, uint32_t *n_entries);

#endif /* KEFIR_INTERNAL_H */
