/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * cbpf_prog.c - classic BPF programs inside the IR (a KEFIR_TEST_CBPF test,
 * iptables' "-m bpf --bytecode"): the checks the kernel's
 * bpf_check_classic() makes before it accepts one, and the interpreter
 * lib/interp.c runs it with, as the kernel runs it on an skb whose data
 * starts at the network header: loads past the packet's length, negative
 * offsets and divisions by zero end the program with 0, and shifts by X
 * take X's low five bits (what the kernel's 32-bit BPF shifts do).
 */
#include <linux/filter.h>
#include <string.h>

#include "kefir_internal.h"

/* The codes bpf_check_classic() allows (chk_code_allowed()). */
static bool code_allowed(uint16_t code)
{
	static const uint16_t codes[] = {
		BPF_ALU | BPF_ADD | BPF_K, BPF_ALU | BPF_ADD | BPF_X,
		BPF_ALU | BPF_SUB | BPF_K, BPF_ALU | BPF_SUB | BPF_X,
		BPF_ALU | BPF_MUL | BPF_K, BPF_ALU | BPF_MUL | BPF_X,
		BPF_ALU | BPF_DIV | BPF_K, BPF_ALU | BPF_DIV | BPF_X,
		BPF_ALU | BPF_MOD | BPF_K, BPF_ALU | BPF_MOD | BPF_X,
		BPF_ALU | BPF_AND | BPF_K, BPF_ALU | BPF_AND | BPF_X,
		BPF_ALU | BPF_OR | BPF_K, BPF_ALU | BPF_OR | BPF_X,
		BPF_ALU | BPF_XOR | BPF_K, BPF_ALU | BPF_XOR | BPF_X,
		BPF_ALU | BPF_LSH | BPF_K, BPF_ALU | BPF_LSH | BPF_X,
		BPF_ALU | BPF_RSH | BPF_K, BPF_ALU | BPF_RSH | BPF_X,
		BPF_ALU | BPF_NEG,
		BPF_LD | BPF_W | BPF_ABS, BPF_LD | BPF_H | BPF_ABS,
		BPF_LD | BPF_B | BPF_ABS, BPF_LD | BPF_W | BPF_LEN,
		BPF_LD | BPF_W | BPF_IND, BPF_LD | BPF_H | BPF_IND,
		BPF_LD | BPF_B | BPF_IND, BPF_LD | BPF_IMM, BPF_LD | BPF_MEM,
		BPF_LDX | BPF_W | BPF_LEN, BPF_LDX | BPF_B | BPF_MSH,
		BPF_LDX | BPF_IMM, BPF_LDX | BPF_MEM,
		BPF_ST, BPF_STX,
		BPF_MISC | BPF_TAX, BPF_MISC | BPF_TXA,
		BPF_RET | BPF_K, BPF_RET | BPF_A,
		BPF_JMP | BPF_JA,
		BPF_JMP | BPF_JEQ | BPF_K, BPF_JMP | BPF_JEQ | BPF_X,
		BPF_JMP | BPF_JGE | BPF_K, BPF_JMP | BPF_JGE | BPF_X,
		BPF_JMP | BPF_JGT | BPF_K, BPF_JMP | BPF_JGT | BPF_X,
		BPF_JMP | BPF_JSET | BPF_K, BPF_JMP | BPF_JSET | BPF_X,
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(codes); i++)
		if (codes[i] == code)
			return true;
	return false;
}

static bool is_ld_abs(uint16_t code)
{
	return BPF_CLASS(code) == BPF_LD && BPF_MODE(code) == BPF_ABS;
}

/* The kernel's names of the ancillary loads (SKF_AD_OFF + 4 * i). */
static const char *const ancillary_names[SKF_AD_MAX / 4] = {
	"SKF_AD_PROTOCOL", "SKF_AD_PKTTYPE", "SKF_AD_IFINDEX",
	"SKF_AD_NLATTR", "SKF_AD_NLATTR_NEST", "SKF_AD_MARK", "SKF_AD_QUEUE",
	"SKF_AD_HATYPE", "SKF_AD_RXHASH", "SKF_AD_CPU", "SKF_AD_ALU_XOR_X",
	"SKF_AD_VLAN_TAG", "SKF_AD_VLAN_TAG_PRESENT", "SKF_AD_PAY_OFFSET",
	"SKF_AD_RANDOM", "SKF_AD_VLAN_TPID",
};

const char *cbpf_ancillary(const struct kefir_cbpf_insn *insn)
{
	uint32_t off = insn->k - (uint32_t)SKF_AD_OFF;

	if (!is_ld_abs(insn->code) || insn->k < (uint32_t)SKF_AD_OFF ||
	    off >= SKF_AD_MAX || off % 4)
		return NULL;
	return ancillary_names[off / 4];
}

/* The checks of one instruction at @pc of @n, before the memory check. */
static const char *check_insn(const struct kefir_cbpf_insn *in, size_t pc,
			      size_t n)
{
	if (!code_allowed(in->code))
		return "unknown instruction code";
	switch (in->code) {
	case BPF_ALU | BPF_DIV | BPF_K:
	case BPF_ALU | BPF_MOD | BPF_K:
		return in->k ? NULL : "division by the constant 0";
	case BPF_ALU | BPF_LSH | BPF_K:
	case BPF_ALU | BPF_RSH | BPF_K:
		return in->k < 32 ? NULL : "shift by 32 or more";
	case BPF_LD | BPF_MEM:
	case BPF_LDX | BPF_MEM:
	case BPF_ST:
	case BPF_STX:
		return in->k < BPF_MEMWORDS ? NULL : "scratch word beyond M[15]";
	case BPF_JMP | BPF_JA:
		return in->k < n - pc - 1 ? NULL : "jump past the last instruction";
	default:
		break;
	}
	if (BPF_CLASS(in->code) == BPF_JMP &&
	    (pc + in->jt + 1 >= n || pc + in->jf + 1 >= n))
		return "jump past the last instruction";
	if (is_ld_abs(in->code) && in->k >= (uint32_t)SKF_AD_OFF &&
	    !cbpf_ancillary(in))
		return "unknown ancillary load";
	return NULL;
}

/*
 * check_load_and_stores(): every scratch word is stored before it is
 * loaded, on every path. NULL or why, with *@pc.
 */
static const char *check_memory(const struct kefir_cbpf_insn *prog, size_t n,
				size_t *pc)
{
	uint16_t masks[BPF_MAXINSNS], valid = 0;
	const struct kefir_cbpf_insn *in;

	memset(masks, 0xff, n * sizeof(masks[0]));
	for (*pc = 0; *pc < n; (*pc)++) {
		in = &prog[*pc];
		valid &= masks[*pc];
		if (in->code == BPF_ST || in->code == BPF_STX) {
			valid |= (uint16_t)(1u << in->k);
		} else if (in->code == (BPF_LD | BPF_MEM) ||
			   in->code == (BPF_LDX | BPF_MEM)) {
			if (!(valid & (1u << in->k)))
				return "scratch word loaded before it is stored";
		} else if (in->code == (BPF_JMP | BPF_JA)) {
			masks[*pc + 1 + in->k] &= valid;
			valid = 0xffff;
		} else if (BPF_CLASS(in->code) == BPF_JMP) {
			masks[*pc + 1 + in->jt] &= valid;
			masks[*pc + 1 + in->jf] &= valid;
			valid = 0xffff;
		}
	}
	return NULL;
}

const char *cbpf_check(const struct kefir_cbpf_insn *prog, size_t n,
		       size_t *pc)
{
	const char *why;

	*pc = 0;
	if (!n || n > BPF_MAXINSNS)
		return "a program has 1 to 4096 instructions";
	for (*pc = 0; *pc < n; (*pc)++)
		if ((why = check_insn(&prog[*pc], *pc, n)))
			return why;
	*pc = n - 1;
	if (BPF_CLASS(prog[n - 1].code) != BPF_RET)
		return "the last instruction is not a return";
	return check_memory(prog, n, pc);
}

const char *cbpf_unsupported(const struct kefir_cbpf_insn *prog, size_t n,
			     size_t *pc)
{
	const char *name;

	for (*pc = 0; *pc < n; (*pc)++) {
		name = cbpf_ancillary(&prog[*pc]);
		if (name && strcmp(name, "SKF_AD_PROTOCOL") &&
		    strcmp(name, "SKF_AD_ALU_XOR_X"))
			return name;
	}
	return NULL;
}

static const char *const end_names[KEFIR_CBPF_END_MAX] = {
	[KEFIR_CBPF_END_WIRE] = "wire",
	[KEFIR_CBPF_END_IP4] = "ip4",
	[KEFIR_CBPF_END_IP6] = "ip6",
};

const char *cbpf_end_name(enum kefir_cbpf_end end)
{
	return end < KEFIR_CBPF_END_MAX ? end_names[end] : NULL;
}

enum kefir_cbpf_end cbpf_end_by_name(const char *name)
{
	unsigned int i;

	for (i = 0; i < KEFIR_CBPF_END_MAX; i++)
		if (!strcmp(end_names[i], name))
			return (enum kefir_cbpf_end)i;
	return KEFIR_CBPF_END_MAX;
}

/* ------------------------------------------------------------------------ */
/* The bytecode text                                                        */
/* ------------------------------------------------------------------------ */

static const char *skip_blanks(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	return p;
}

/* number = decimal digits below @max + 1, blanks before it skipped */
static bool bytecode_number(const char **p, const char *end, uint64_t max,
			    uint64_t *out)
{
	const char *s = skip_blanks(*p, end);
	uint64_t x = 0;

	for (*p = s; *p < end && **p >= '0' && **p <= '9'; (*p)++)
		if ((x = x * 10 + (uint64_t)(**p - '0')) > max)
			return false;
	*out = x;
	return *p > s;
}

/* insn = CODE JT JF ["-"] K */
static bool bytecode_insn(const char *s, const char *end,
			  struct kefir_cbpf_insn *in)
{
	static const uint64_t max[] = { UINT16_MAX, UINT8_MAX, UINT8_MAX,
					UINT32_MAX };
	uint64_t x[4];
	bool neg = false;
	size_t i;

	for (i = 0; i < 4; i++) {
		s = skip_blanks(s, end);
		if (i == 3 && s < end && *s == '-') {
			neg = true;
			s++;
		}
		if (!bytecode_number(&s, end, max[i], &x[i]))
			return false;
	}
	*in = (struct kefir_cbpf_insn){ .code = (uint16_t)x[0],
		.jt = (uint8_t)x[1], .jf = (uint8_t)x[2],
		.k = neg ? (uint32_t)-x[3] : (uint32_t)x[3] };
	return skip_blanks(s, end) == end;
}

const char *cbpf_parse_bytecode(const char *s, size_t len,
				struct kefir_cbpf_insn *prog, size_t max,
				size_t *n, size_t *at, size_t *bad)
{
	const char *end = s + len, *p = memchr(s, ',', len), *q = s, *next;
	uint64_t count;

	*n = *at = 0;
	*bad = len;
	if (!p || !bytecode_number(&q, p, UINT16_MAX, &count) ||
	    skip_blanks(q, p) != p)
		return "expected the program's length, a comma and its instructions";
	if (!count || count > max)
		return max == BPF_MAXINSNS ? "a program has 1 to 4096 instructions" :
		       "a program has 1 to 64 instructions, as xt_bpf takes";
	for (p++; p < end; p = next + 1) {
		next = memchr(p, ',', (size_t)(end - p));
		next = next ? next : end;
		*at = (size_t)(p - s);
		*bad = (size_t)(next - p);
		if (*n == count)
			return "more instructions than the program's length says";
		if (!bytecode_insn(p, next, &prog[(*n)++]))
			return "expected an instruction CODE JT JF K (decimal numbers)";
	}
	*at = 0;
	*bad = len;
	return *n == count ? NULL : "fewer instructions than the program's length says";
}

void cbpf_bytecode_insn(const char *s, size_t len, size_t pc, size_t *at,
			size_t *bad)
{
	const char *end = s + len, *p = memchr(s, ',', len), *next;
	size_t i;

	for (i = 0; p && i < pc; i++)
		p = memchr(p + 1, ',', (size_t)(end - p - 1));
	*at = 0;
	*bad = len;
	if (!p)
		return;
	next = memchr(p + 1, ',', (size_t)(end - p - 1));
	*at = (size_t)(p + 1 - s);
	*bad = (size_t)((next ? next : end) - p - 1);
}

void cbpf_format_bytecode(struct kefir_buf *out,
			  const struct kefir_cbpf_insn *prog, size_t n)
{
	size_t i;

	buf_printf(out, "%zu", n);
	for (i = 0; i < n; i++)
		buf_printf(out, ",%u %u %u %u", prog[i].code, prog[i].jt,
			   prog[i].jf, prog[i].k);
}

/* ------------------------------------------------------------------------ */
/* Running a program                                                        */
/* ------------------------------------------------------------------------ */

/* A program's run: its packet, registers and scratch words. */
struct vm {
	const uint8_t *pkt;
	size_t caplen, net;
	uint32_t len;		/* BPF_LEN: bytes from the network header */
	uint32_t a, x, m[BPF_MEMWORDS];
};

enum step { STEP_ON, STEP_RET0, STEP_FELL };

/*
 * A load of @size bytes at @off from the network header: past the length
 * (or at a negative offset) the program ends with 0; within it but past
 * the captured bytes, the test fails.
 */
static enum step vm_load(const struct vm *v, uint32_t off, unsigned int size,
			 uint32_t *out)
{
	uint32_t x = 0;
	unsigned int i;

	if (off >= 0x80000000u || (uint64_t)off + size > v->len)
		return STEP_RET0;
	if (v->net + off + size > v->caplen)
		return STEP_FELL;
	for (i = 0; i < size; i++)
		x = x << 8 | v->pkt[v->net + off + i];
	*out = x;
	return STEP_ON;
}

static unsigned int load_size(uint16_t code)
{
	return BPF_SIZE(code) == BPF_B ? 1 : BPF_SIZE(code) == BPF_H ? 2 : 4;
}

/* The ALU operations; a division by zero ends the program with 0. */
static enum step vm_alu(struct vm *v, uint16_t code, uint32_t k)
{
	uint32_t b = BPF_SRC(code) == BPF_X ? v->x : k;

	switch (BPF_OP(code)) {
	case BPF_ADD: v->a += b; break;
	case BPF_SUB: v->a -= b; break;
	case BPF_MUL: v->a *= b; break;
	case BPF_DIV: if (!b) return STEP_RET0; v->a /= b; break;
	case BPF_MOD: if (!b) return STEP_RET0; v->a %= b; break;
	case BPF_AND: v->a &= b; break;
	case BPF_OR: v->a |= b; break;
	case BPF_XOR: v->a ^= b; break;
	case BPF_LSH: v->a <<= b & 31; break;
	case BPF_RSH: v->a >>= b & 31; break;
	case BPF_NEG: v->a = -v->a; break;
	}
	return STEP_ON;
}

/* An ancillary load: the EtherType before the network header, or A ^= X. */
static enum step vm_ancillary(struct vm *v, const struct kefir_cbpf_insn *in)
{
	const char *name = cbpf_ancillary(in);

	if (name && !strcmp(name, "SKF_AD_ALU_XOR_X")) {
		v->a ^= v->x;
		return STEP_ON;
	}
	if (v->net < 2 || v->net > v->caplen)
		return STEP_FELL;
	v->a = (uint32_t)v->pkt[v->net - 2] << 8 | v->pkt[v->net - 1];
	return STEP_ON;
}

/* Loads into A or X. */
static enum step vm_ld(struct vm *v, const struct kefir_cbpf_insn *in)
{
	uint32_t t;
	enum step s;

	switch (BPF_MODE(in->code)) {
	case BPF_ABS:
		if (cbpf_ancillary(in))
			return vm_ancillary(v, in);
		return vm_load(v, in->k, load_size(in->code), &v->a);
	case BPF_IND:
		return vm_load(v, v->x + in->k, load_size(in->code), &v->a);
	case BPF_LEN:
		*(BPF_CLASS(in->code) == BPF_LD ? &v->a : &v->x) = v->len;
		return STEP_ON;
	case BPF_IMM:
		*(BPF_CLASS(in->code) == BPF_LD ? &v->a : &v->x) = in->k;
		return STEP_ON;
	case BPF_MEM:
		*(BPF_CLASS(in->code) == BPF_LD ? &v->a : &v->x) = v->m[in->k];
		return STEP_ON;
	case BPF_MSH:
		if ((s = vm_load(v, in->k, 1, &t)) == STEP_ON)
			v->x = 4 * (t & 0xf);
		return s;
	}
	return STEP_RET0;
}

/* The next instruction after the jump at @pc. */
static size_t vm_jump(const struct vm *v, const struct kefir_cbpf_insn *in,
		      size_t pc)
{
	uint32_t b = BPF_SRC(in->code) == BPF_X ? v->x : in->k;
	bool taken;

	switch (BPF_OP(in->code)) {
	case BPF_JA: return pc + 1 + in->k;
	case BPF_JEQ: taken = v->a == b; break;
	case BPF_JGT: taken = v->a > b; break;
	case BPF_JGE: taken = v->a >= b; break;
	default: taken = (v->a & b) != 0; break;
	}
	return pc + 1 + (taken ? in->jt : in->jf);
}

int cbpf_run(const struct kefir_cbpf_insn *prog, size_t n,
	     const uint8_t *pkt, size_t caplen, size_t net, uint32_t len,
	     uint32_t *ret)
{
	struct vm v = { .pkt = pkt, .caplen = caplen, .net = net, .len = len };
	const struct kefir_cbpf_insn *in;
	enum step s = STEP_ON;
	size_t pc = 0;

	while (pc < n && s == STEP_ON) {
		in = &prog[pc];
		switch (BPF_CLASS(in->code)) {
		case BPF_LD: case BPF_LDX: s = vm_ld(&v, in); break;
		case BPF_ST: v.m[in->k % BPF_MEMWORDS] = v.a; break;
		case BPF_STX: v.m[in->k % BPF_MEMWORDS] = v.x; break;
		case BPF_ALU: s = vm_alu(&v, in->code, in->k); break;
		case BPF_MISC:
			if (BPF_MISCOP(in->code) == BPF_TAX)
				v.x = v.a;
			else
				v.a = v.x;
			break;
		case BPF_RET:
			*ret = BPF_RVAL(in->code) == BPF_A ? v.a : in->k;
			return 0;
		case BPF_JMP: pc = vm_jump(&v, in, pc); continue;
		}
		pc++;
	}
	*ret = 0;
	return s == STEP_FELL ? -1 : 0;
}
