/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * interp.c - the reference interpreter: evaluates the IR on packet bytes,
 * literally and slowly. Every back-end is tested against it, so it favours
 * being obviously right over being fast. A read past the captured bytes
 * makes the test that reads it fail, and with it the rule.
 */
#include <stdlib.h>
#include <string.h>

#include "kefir_internal.h"

/* A packet as the interpreter sees it. */
struct packet {
	const uint8_t *data;
	size_t caplen;
	size_t wirelen;
};

/* Big-endian load of @size bytes at @off; false when it falls off. */
static bool load(const struct packet *p, uint64_t off, unsigned int size,
		 uint32_t *out)
{
	uint32_t x = 0;
	unsigned int i;

	if (off > p->caplen || size > p->caplen - off)
		return false;
	for (i = 0; i < size; i++)
		x = (x << 8) | p->data[off + i];
	*out = x;
	return true;
}

/*
 * The flow dissector's IPv6 walk (__skb_flow_dissect(), the NEXTHDR_HOP,
 * NEXTHDR_ROUTING, NEXTHDR_DEST and NEXTHDR_FRAGMENT cases) from the header
 * at @net: options headers are skipped ((len + 1) * 8 bytes), a fragment
 * header (8 bytes) ends the walk with its next header as the protocol.
 * Fills @walk (the KEFIR_ANCHOR_WALK record) and @l4 (meaningful for a
 * non-fragment only). False when a read falls off or the walk meets more
 * than KEFIR_IP6_WALK_MAX options headers.
 */
static bool ip6_flow_walk(const struct packet *p, uint64_t net,
			  uint8_t walk[KEFIR_WALK_BYTES], uint64_t *l4)
{
	uint32_t nh, len, frag;
	uint64_t off = net + 40;
	unsigned int i;

	if (!load(p, net + 6, 1, &nh))
		return false;
	for (i = 0; i <= KEFIR_IP6_WALK_MAX; i++) {
		walk[0] = (uint8_t)nh;
		walk[1] = 0;
		*l4 = off;
		if (nh == 44) {
			if (!load(p, off, 4, &frag) || !load(p, off + 4, 4, &len))
				return false;
			walk[0] = (uint8_t)(frag >> 24);
			walk[1] = KEFIR_WALK_FRAG |
				  ((frag & 0xfff8) ? 0 : KEFIR_WALK_FIRST_FRAG);
			*l4 = off + 8;
			return true;
		}
		if (nh != 0 && nh != 43 && nh != 60)
			return true;
		if (i == KEFIR_IP6_WALK_MAX || !load(p, off, 1, &nh) ||
		    !load(p, off + 1, 1, &len))
			return false;
		off += (len + 1) * 8u;
	}
	return false;
}

/* ipv6_ext_hdr(): the headers ipv6_find_hdr() does not stop at by itself. */
static bool ext_hdr(uint32_t nh)
{
	return nh == 0 || nh == 43 || nh == 44 || nh == 51 || nh == 59 ||
	       nh == 60;
}

/* One ipv6_find_hdr() walk: the IPv6 packet ends at @end. */
struct find {
	const struct packet *p;
	uint64_t end;
	int target;
	uint8_t *rec;
};

enum find_read { READ_OK, READ_MALFORMED, READ_FELL };

/*
 * skb_header_pointer() within the IPv6 packet: a read past its end is the
 * walk's -EBADMSG; a read past the captured bytes fails the test.
 */
static enum find_read find_load(const struct find *w, uint64_t off,
				unsigned int size, uint32_t *x)
{
	if (off + size > w->end)
		return READ_MALFORMED;
	return load(w->p, off, size, x) ? READ_OK : READ_FELL;
}

/* Ends the walk with an error outcome; false when a read fell off. */
static bool find_fail(const struct find *w, enum find_read r, uint8_t outcome)
{
	w->rec[1] = r == READ_MALFORMED ? KEFIR_FIND_MALFORMED : outcome;
	return r != READ_FELL;
}

/* Ends the walk at the header @nh found at @start. */
static bool find_found(const struct find *w, uint32_t nh, uint64_t start,
		       uint64_t *l4)
{
	uint64_t room = start < w->end ? w->end - start : 0;

	w->rec[0] = (uint8_t)nh;
	w->rec[2] = (uint8_t)(room >> 8);
	w->rec[3] = (uint8_t)room;
	*l4 = start;
	return true;
}

/*
 * Reads the header at @start (next header, length; the routing header's
 * four bytes; the fragment header's offset into *@fo). READ_OK or why not.
 */
static enum find_read find_header(const struct find *w, uint32_t nh,
				  uint64_t start, uint32_t *next,
				  uint32_t *len, uint32_t *fo)
{
	enum find_read r;

	if ((r = find_load(w, start, 1, next)) ||
	    (r = find_load(w, start + 1, 1, len)))
		return r;
	if (nh == 43 && (r = find_load(w, start + 3, 1, fo)))
		return r;
	*fo = 0;
	if (nh == 44 && (r = find_load(w, start + 2, 2, fo)))
		return r;
	*fo &= 0xfff8;
	return READ_OK;
}

/*
 * ipv6_find_hdr(skb, &offset, target, &fragoff, NULL) of Linux (as of 6.18:
 * no limit on the number of headers, a skipped header need not fit) on
 * the IPv6 header at @net, the packet ending where its payload length
 * says. Fills the record @rec: [0] the header found, [1] the outcome
 * (KEFIR_FIND_*), [2..3] the bytes from the header found to the end of
 * the packet (0 past it), and *@l4, the header's offset. False when a
 * read falls off the captured bytes.
 */
static bool ip6_find_walk(const struct packet *p, uint64_t net, int target,
			  uint8_t rec[KEFIR_WALK_BYTES], uint64_t *l4)
{
	struct find w = { .p = p, .target = target, .rec = rec };
	uint64_t start = net + 40;
	uint32_t plen, nh, next, len, fo;
	enum find_read r;
	bool found;

	if (!load(p, net + 4, 2, &plen) || !load(p, net + 6, 1, &nh))
		return false;
	w.end = start + plen;
	for (;;) {
		found = (int)nh == target;
		if (!ext_hdr(nh) || nh == 59)
			return target < 0 || found ? find_found(&w, nh, start, l4)
				: find_fail(&w, READ_OK, KEFIR_FIND_ABSENT);
		if ((r = find_header(&w, nh, start, &next, &len, &fo)))
			return find_fail(&w, r, 0);
		if (nh == 44 && fo && !found) {
			if (target >= 0 || (ext_hdr(next) && next != 59))
				return find_fail(&w, READ_OK, KEFIR_FIND_ABSENT);
			rec[1] = KEFIR_FIND_LATER;
			return find_found(&w, next, start + 8, l4);
		}
		if (found)
			return find_found(&w, nh, start, l4);
		start += nh == 44 ? 8 : nh == 51 ? (len + 2) * 4u : (len + 1) * 8u;
		nh = next;
	}
}

/* Computes the record of @t's l4 walk, and the header it found. */
static bool walk_record(const struct kefir_test *t, const struct packet *p,
			uint8_t rec[KEFIR_WALK_BYTES], uint64_t *l4)
{
	memset(rec, 0, KEFIR_WALK_BYTES);
	if (t->l4 == KEFIR_L4_IP6_FLOW)
		return ip6_flow_walk(p, t->net_off, rec, l4);
	if (l4_is_find(t->l4))
		return ip6_find_walk(p, t->net_off, l4_find_target(t->l4), rec,
				     l4);
	return false;
}

/* The byte offset of the transport header for @t's l4 method. */
static bool l4_offset(const struct kefir_test *t, const struct packet *p,
		      uint64_t *off)
{
	uint8_t rec[KEFIR_WALK_BYTES];
	uint32_t vihl;

	switch (t->l4) {
	case KEFIR_L4_IP4:
		if (!load(p, t->net_off, 1, &vihl))
			return false;
		*off = t->net_off + 4u * (vihl & 0x0f);
		return true;
	case KEFIR_L4_IP6:
		*off = t->net_off + 40u;
		return true;
	case KEFIR_L4_IP6_FLOW:
		/* a fragment has no transport header for the dissector */
		return walk_record(t, p, rec, off) && !rec[1];
	case KEFIR_L4_IP6_FIND:
	case KEFIR_L4_IP6_FIND_FRAG:
	case KEFIR_L4_IP6_FIND_AH:
		/* a header found, not after a later fragment, starting
		 * inside the packet */
		return walk_record(t, p, rec, off) && !rec[1] &&
		       (rec[2] || rec[3]);
	default:
		return false;
	}
}

static bool anchor_offset(enum kefir_anchor anchor, const struct kefir_test *t,
			  const struct packet *p, uint64_t *off)
{
	switch (anchor) {
	case KEFIR_ANCHOR_LINK:
		*off = 0;
		return true;
	case KEFIR_ANCHOR_NET:
		*off = t->net_off;
		return true;
	case KEFIR_ANCHOR_L4:
		return l4_offset(t, p, off);
	default:
		return false;
	}
}

/* Reads a field of the record @t's l4 walk computes. */
static bool read_walk(const struct kefir_test *t, const struct packet *p,
		      struct kefir_value *v)
{
	const struct kefir_field_info *fi = field_info(t->field);
	uint8_t rec[KEFIR_WALK_BYTES];
	uint64_t l4;
	uint32_t x = 0;
	unsigned int i;

	if (!field_walk_ok(t->field, t->l4) || fi->offset < 0 ||
	    fi->offset + fi->bytes > KEFIR_WALK_BYTES ||
	    !walk_record(t, p, rec, &l4))
		return false;
	for (i = 0; i < fi->bytes; i++)
		x = x << 8 | rec[fi->offset + i];
	if (fi->mask)
		x = (x & fi->mask) >> fi->shift;
	value_from_u64(v, x, fi->bytes);
	return true;
}

/* Reads @t's field from the packet into @v (the field's width). */
static bool read_field(const struct kefir_test *t, const struct packet *p,
		       struct kefir_value *v)
{
	const struct kefir_field_info *fi = field_info(t->field);
	uint64_t base, off;
	uint32_t x;

	if (fi->anchor == KEFIR_ANCHOR_META) {
		value_from_u64(v, p->wirelen, fi->bytes);
		return true;
	}
	if (fi->anchor == KEFIR_ANCHOR_WALK)
		return read_walk(t, p, v);
	if (!anchor_offset(fi->anchor, t, p, &base))
		return false;
	if (fi->offset < 0 && base < (uint64_t)-fi->offset)
		return false;
	off = base + (uint64_t)(int64_t)fi->offset;
	if (off > p->caplen || fi->bytes > p->caplen - off)
		return false;
	if (!fi->mask) {
		memset(v, 0, sizeof(*v));
		memcpy(v->b, p->data + off, fi->bytes);
		return true;
	}
	load(p, off, fi->bytes, &x);
	value_from_u64(v, (x & fi->mask) >> fi->shift, fi->bytes);
	return true;
}

bool test_read_field(const struct kefir_test *t, const uint8_t *pkt,
		     size_t caplen, size_t wirelen, struct kefir_value *v)
{
	struct packet p = { .data = pkt, .caplen = caplen, .wirelen = wirelen };

	return read_field(t, &p, v);
}

/* The outcome of a test or predicate: false, true, or a read fell off. */
enum outcome { NO = 0, YES = 1, FELL = -1 };

static enum outcome test_field(const struct kefir_test *t,
			       const struct packet *p)
{
	unsigned int bytes = field_info(t->field)->bytes;
	struct kefir_value v, masked;
	size_t i;

	if (!read_field(t, p, &v))
		return FELL;
	switch (t->op) {
	case KEFIR_OP_EQ:
		value_and(&masked, &v, &t->mask, bytes);
		return !value_cmp(&masked, &t->value, bytes);
	case KEFIR_OP_RANGE:
		return value_cmp(&t->value, &v, bytes) <= 0 &&
		       value_cmp(&v, &t->max, bytes) <= 0;
	case KEFIR_OP_SET:
		value_and(&masked, &v, &t->mask, bytes);
		for (i = 0; i < t->n_set; i++)
			if (!value_cmp(&masked, &t->set[i], bytes))
				return YES;
		return NO;
	default:
		return NO;
	}
}

static bool eval_expr(const struct kefir_expr *e, const struct kefir_test *t,
		      const struct packet *p, uint32_t *out);

static bool eval_binary(enum kefir_binop op, uint32_t a, uint32_t b,
			uint32_t *out)
{
	switch (op) {
	case KEFIR_BINOP_ADD: *out = a + b; return true;
	case KEFIR_BINOP_SUB: *out = a - b; return true;
	case KEFIR_BINOP_MUL: *out = a * b; return true;
	case KEFIR_BINOP_DIV: if (!b) return false; *out = a / b; return true;
	case KEFIR_BINOP_MOD: if (!b) return false; *out = a % b; return true;
	case KEFIR_BINOP_AND: *out = a & b; return true;
	case KEFIR_BINOP_OR:  *out = a | b; return true;
	case KEFIR_BINOP_XOR: *out = a ^ b; return true;
	case KEFIR_BINOP_LSH: *out = b < 32 ? a << b : 0; return true;
	case KEFIR_BINOP_RSH: *out = b < 32 ? a >> b : 0; return true;
	default: return false;
	}
}

static bool eval_load(const struct kefir_expr *e, const struct kefir_test *t,
		      const struct packet *p, uint32_t *out)
{
	uint64_t base;
	uint32_t off;

	if (!eval_expr(e->a, t, p, &off) ||
	    !anchor_offset(e->anchor, t, p, &base))
		return false;
	return load(p, base + off, e->size, out);
}

static bool eval_expr(const struct kefir_expr *e, const struct kefir_test *t,
		      const struct packet *p, uint32_t *out)
{
	uint32_t a, b;

	switch (e->kind) {
	case KEFIR_EXPR_CONST:
		*out = e->k;
		return true;
	case KEFIR_EXPR_LEN:
		*out = (uint32_t)p->wirelen;
		return true;
	case KEFIR_EXPR_LOAD:
		return eval_load(e, t, p, out);
	case KEFIR_EXPR_NEG:
		if (!eval_expr(e->a, t, p, &a))
			return false;
		*out = -a;
		return true;
	case KEFIR_EXPR_BINARY:
		return eval_expr(e->a, t, p, &a) && eval_expr(e->b, t, p, &b) &&
		       eval_binary(e->op, a, b, out);
	}
	return false;
}

static enum outcome test_rel(const struct kefir_test *t,
			     const struct packet *p)
{
	uint32_t a, b;

	if (!eval_expr(t->lhs, t, p, &a) || !eval_expr(t->rhs, t, p, &b))
		return FELL;
	switch (t->relop) {
	case KEFIR_RELOP_EQ: return a == b;
	case KEFIR_RELOP_NE: return a != b;
	case KEFIR_RELOP_LT: return a < b;
	case KEFIR_RELOP_LE: return a <= b;
	case KEFIR_RELOP_GT: return a > b;
	case KEFIR_RELOP_GE: return a >= b;
	default: return false;
	}
}

/* The length a cBPF test's program sees: from net_off to its end. */
static bool cbpf_len(const struct kefir_test *t, const struct packet *p,
		     uint32_t *len)
{
	uint64_t end = p->wirelen;
	uint32_t x;

	if (t->end == KEFIR_CBPF_END_IP4) {
		if (!load(p, t->net_off + 2, 2, &x))
			return false;
		end = t->net_off + (uint64_t)x;
	} else if (t->end == KEFIR_CBPF_END_IP6) {
		if (!load(p, t->net_off + 4, 2, &x))
			return false;
		end = t->net_off + 40 + (uint64_t)x;
	}
	*len = end > t->net_off ? (uint32_t)(end - t->net_off) : 0;
	return true;
}

/* A classic BPF program, run as xt_bpf runs it: non-zero is a match. */
static enum outcome test_cbpf(const struct kefir_test *t,
			      const struct packet *p)
{
	uint32_t len, ret;

	if (!cbpf_len(t, p, &len) ||
	    cbpf_run(t->prog, t->n_prog, p->data, p->caplen, t->net_off, len,
		     &ret))
		return FELL;
	return ret != 0;
}

/*
 * Evaluates @pred left to right with short-circuits. A read that falls off
 * the packet (or a division by zero) ends the evaluation with FELL, which
 * fails the whole rule whatever surrounds it, negation included: libpcap's
 * "reject the packet", kept to the one rule as pfmatch does.
 */
static enum outcome eval_pred(const struct kefir_pred *pred,
			      const struct packet *p)
{
	enum outcome r;
	size_t i;

	switch (pred->kind) {
	case KEFIR_PRED_TRUE:
		return YES;
	case KEFIR_PRED_FALSE:
		return NO;
	case KEFIR_PRED_TEST:
		if (pred->test.kind == KEFIR_TEST_FIELD)
			return test_field(&pred->test, p);
		if (pred->test.kind == KEFIR_TEST_CBPF)
			return test_cbpf(&pred->test, p);
		return test_rel(&pred->test, p);
	case KEFIR_PRED_NOT:
		r = eval_pred(pred->kids[0], p);
		return r == FELL ? FELL : !r;
	case KEFIR_PRED_AND:
		for (i = 0; i < pred->n_kids; i++)
			if ((r = eval_pred(pred->kids[i], p)) != YES)
				return r;
		return YES;
	case KEFIR_PRED_OR:
		for (i = 0; i < pred->n_kids; i++)
			if ((r = eval_pred(pred->kids[i], p)) != NO)
				return r;
		return NO;
	}
	return NO;
}

bool pred_eval(const struct kefir_pred *pred, const uint8_t *pkt,
	       size_t caplen, size_t wirelen)
{
	struct packet p = { .data = pkt, .caplen = caplen, .wirelen = wirelen };

	return eval_pred(pred, &p) == YES;
}

bool action_eval_args(const struct kefir_action *a, const uint8_t *pkt,
		      size_t caplen, size_t wirelen, uint32_t *out)
{
	struct packet p = { .data = pkt, .caplen = caplen, .wirelen = wirelen };
	struct kefir_test layout = {
		.net_off = a->args_net_off ? a->args_net_off
					   : KEFIR_NET_OFF_DEFAULT,
		.l4 = a->args_l4,
	};
	size_t i;

	for (i = 0; i < a->n_args; i++)
		if (!eval_expr(a->args[i], &layout, &p, &out[i]))
			return false;
	return true;
}

/* True if rule @r matches: its predicate holds and its arguments evaluate. */
static bool rule_matches(const struct kefir_rule *r, const uint8_t *pkt,
			 size_t caplen, size_t wirelen)
{
	uint32_t scratch[16], *args = scratch;
	bool ok;

	if (!pred_eval(r->match, pkt, caplen, wirelen))
		return false;
	if (!r->action.n_args)
		return true;
	if (r->action.n_args > ARRAY_SIZE(scratch) &&
	    !(args = calloc(r->action.n_args, sizeof(*args))))
		return false;
	ok = action_eval_args(&r->action, pkt, caplen, wirelen, args);
	if (args != scratch)
		free(args);
	return ok;
}

long kefir_ruleset_eval(const struct kefir_ruleset *rs, const uint8_t *pkt,
			size_t caplen, size_t wirelen)
{
	size_t i;

	if (wirelen < caplen)
		wirelen = caplen;
	for (i = 0; i < rs->n_rules; i++)
		if (rule_matches(rs->rules[i], pkt, caplen, wirelen))
			return (long)i;
	return -1;
}
