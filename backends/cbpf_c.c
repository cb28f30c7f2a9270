/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * cbpf_c.c - writes a classic BPF program (an xt_bpf program of the IR) as
 * straight-line C: A, X and the scratch words are variables, every
 * instruction is a statement at a label, and a jump, always forward, is a
 * goto, so that the BPF verifier sees no loop. The semantics are those of
 * lib/cbpf_prog.c: loads past the program's packet, at a negative offset,
 * and divisions by zero end it with 0; shifts by X take X's low five bits.
 */
#include <inttypes.h>
#include <linux/filter.h>
#include <stdio.h>
#include <string.h>

#include "cbpf_c.h"

/* What one translation writes with. */
struct cw {
	struct kefir_buf *out;
	const struct cbpf_c_env *env;
	const struct kefir_test *t;
	bool *target;		/* per instruction: a jump lands there */
};

/* The C operators of the ALU operations (NEG apart). */
static const char *alu_op(uint16_t code)
{
	switch (BPF_OP(code)) {
	case BPF_ADD: return "+";
	case BPF_SUB: return "-";
	case BPF_MUL: return "*";
	case BPF_DIV: return "/";
	case BPF_MOD: return "%";
	case BPF_AND: return "&";
	case BPF_OR: return "|";
	case BPF_XOR: return "^";
	case BPF_LSH: return "<<";
	default: return ">>";
	}
}

static unsigned int load_size(uint16_t code)
{
	return BPF_SIZE(code) == BPF_B ? 1 : BPF_SIZE(code) == BPF_H ? 2 : 4;
}

/* "r = kefir_cbpf_ld(..., OFF, SIZE, &DST); if (r != 1) return ..." */
static void emit_load(struct cw *w, const char *off, unsigned int size,
		      const char *dst)
{
	buf_printf(w->out, "\tif ((r = kefir_cbpf_ld(%s, %u, len, %s, %u, &%s)) != 1)\n"
		   "\t\treturn r ? 1 : 0;\n", w->env->args, w->t->net_off,
		   off, size, dst);
}

/* An LD ABS at an ancillary offset (the validator allows two). */
static void emit_ancillary(struct cw *w, const struct kefir_cbpf_insn *in)
{
	if (!strcmp(cbpf_ancillary(in), "SKF_AD_ALU_XOR_X")) {
		buf_puts(w->out, "\tA ^= X;\n");
		return;
	}
	buf_printf(w->out, "\tif (!kefir_cbpf_be16(%s, %u, &A))\n\t\treturn 0;\n",
		   w->env->args, w->t->net_off - 2);
}

/* Loads into A or X. */
static void emit_ld(struct cw *w, const struct kefir_cbpf_insn *in)
{
	const char *reg = BPF_CLASS(in->code) == BPF_LD ? "A" : "X";
	char off[32];

	switch (BPF_MODE(in->code)) {
	case BPF_ABS:
		if (cbpf_ancillary(in))
			return emit_ancillary(w, in);
		snprintf(off, sizeof(off), "0x%" PRIx32 "U", in->k);
		return emit_load(w, off, load_size(in->code), "A");
	case BPF_IND:
		snprintf(off, sizeof(off), "X + 0x%" PRIx32 "U", in->k);
		return emit_load(w, off, load_size(in->code), "A");
	case BPF_LEN:
		buf_printf(w->out, "\t%s = len;\n", reg);
		return;
	case BPF_IMM:
		buf_printf(w->out, "\t%s = 0x%" PRIx32 "U;\n", reg, in->k);
		return;
	case BPF_MEM:
		buf_printf(w->out, "\t%s = M%" PRIu32 ";\n", reg, in->k);
		return;
	case BPF_MSH:
		snprintf(off, sizeof(off), "0x%" PRIx32 "U", in->k);
		emit_load(w, off, 1, "X");
		buf_puts(w->out, "\tX = 4 * (X & 0xf);\n");
		return;
	}
}

static void emit_alu(struct cw *w, const struct kefir_cbpf_insn *in)
{
	bool x = BPF_SRC(in->code) == BPF_X;
	char b[24];

	if (BPF_OP(in->code) == BPF_NEG) {
		buf_puts(w->out, "\tA = -A;\n");
		return;
	}
	snprintf(b, sizeof(b), x ? "X" : "0x%" PRIx32 "U", in->k);
	if (x && (BPF_OP(in->code) == BPF_DIV || BPF_OP(in->code) == BPF_MOD))
		buf_puts(w->out, "\tif (!X)\n\t\treturn 1;\n");
	if (x && (BPF_OP(in->code) == BPF_LSH || BPF_OP(in->code) == BPF_RSH))
		snprintf(b, sizeof(b), "(X & 31)");
	buf_printf(w->out, "\tA = A %s %s;\n", alu_op(in->code), b);
}

/* A conditional jump: both targets are labels. */
static void emit_jump(struct cw *w, const struct kefir_cbpf_insn *in, size_t pc)
{
	static const char *const ops[] = { [BPF_JEQ >> 4] = "A == %s",
		[BPF_JGT >> 4] = "A > %s", [BPF_JGE >> 4] = "A >= %s",
		[BPF_JSET >> 4] = "(A & %s)" };
	char b[24], cond[48];

	if (BPF_OP(in->code) == BPF_JA) {
		buf_printf(w->out, "\tgoto i%zu;\n", pc + 1 + in->k);
		return;
	}
	snprintf(b, sizeof(b), BPF_SRC(in->code) == BPF_X ? "X" :
		 "0x%" PRIx32 "U", in->k);
	snprintf(cond, sizeof(cond), ops[BPF_OP(in->code) >> 4], b);
	buf_printf(w->out, "\tif (%s)\n\t\tgoto i%zu;\n\tgoto i%zu;\n", cond,
		   pc + 1 + in->jt, pc + 1 + in->jf);
}

static void emit_insn(struct cw *w, const struct kefir_cbpf_insn *in,
		      size_t pc)
{
	switch (BPF_CLASS(in->code)) {
	case BPF_LD:
	case BPF_LDX:
		return emit_ld(w, in);
	case BPF_ST:
	case BPF_STX:
		buf_printf(w->out, "\tM%" PRIu32 " = %s;\n", in->k,
			   BPF_CLASS(in->code) == BPF_ST ? "A" : "X");
		return;
	case BPF_ALU:
		return emit_alu(w, in);
	case BPF_MISC:
		buf_puts(w->out, BPF_MISCOP(in->code) == BPF_TAX ?
			 "\tX = A;\n" : "\tA = X;\n");
		return;
	case BPF_RET:
		if (BPF_RVAL(in->code) == BPF_A)
			buf_puts(w->out, "\t*ret = A;\n\treturn 1;\n");
		else
			buf_printf(w->out, "\t*ret = 0x%" PRIx32 "U;\n\treturn 1;\n",
				   in->k);
		return;
	case BPF_JMP:
		return emit_jump(w, in, pc);
	}
}

/* Marks the instructions a jump lands on. */
static void mark_targets(struct cw *w)
{
	const struct kefir_cbpf_insn *in;
	size_t pc;

	for (pc = 0; pc < w->t->n_prog; pc++) {
		in = &w->t->prog[pc];
		if (BPF_CLASS(in->code) != BPF_JMP)
			continue;
		if (BPF_OP(in->code) == BPF_JA) {
			w->target[pc + 1 + in->k] = true;
		} else {
			w->target[pc + 1 + in->jt] = true;
			w->target[pc + 1 + in->jf] = true;
		}
	}
}

/* "len = ...": the bytes of the program's packet, from net_off. */
static void emit_len(struct cw *w)
{
	const struct kefir_test *t = w->t;

	switch (t->end) {
	case KEFIR_CBPF_END_IP4:
	case KEFIR_CBPF_END_IP6:
		buf_printf(w->out, "\tif (!kefir_cbpf_be16(%s, %u, &len))\n\t\treturn 0;\n",
			   w->env->args, t->net_off + (t->end == KEFIR_CBPF_END_IP4 ? 2 : 4));
		if (t->end == KEFIR_CBPF_END_IP6)
			buf_puts(w->out, "\tlen += 40;\n");
		return;
	default:
		buf_printf(w->out, "\tlen = %s > %u ? %s - %u : 0;\n",
			   w->env->wire_len, t->net_off, w->env->wire_len,
			   t->net_off);
		return;
	}
}

/* Declares A, X, len, r and the scratch words the program uses. */
static void emit_decls(struct cw *w)
{
	unsigned int used = 0, i;
	size_t pc;

	for (pc = 0; pc < w->t->n_prog; pc++)
		if (BPF_CLASS(w->t->prog[pc].code) == BPF_ST ||
		    BPF_CLASS(w->t->prog[pc].code) == BPF_STX)
			used |= 1u << (w->t->prog[pc].k % BPF_MEMWORDS);
	buf_printf(w->out, "\t%s A = 0, X = 0, len", w->env->u32);
	for (i = 0; i < BPF_MEMWORDS; i++)
		if (used & (1u << i))
			buf_printf(w->out, ", M%u = 0", i);
	buf_puts(w->out, ";\n\tint r;\n\n");
}

void cbpf_to_c(struct kefir_buf *out, const struct cbpf_c_env *env,
	       const char *name, const struct kefir_test *t)
{
	bool target[BPF_MAXINSNS] = { false };
	struct cw w = { .out = out, .env = env, .t = t, .target = target };
	size_t pc;

	buf_printf(out, "/* a classic BPF program of %zu instructions on the packet at %u, up to its %s end */\n",
		   t->n_prog, t->net_off, cbpf_end_name(t->end));
	buf_printf(out, "%s int %s(%s, %s *ret)\n{\n", env->storage, name,
		   env->params, env->u32);
	emit_decls(&w);
	emit_len(&w);
	buf_puts(out, "\t*ret = 0;\n\t(void)r;\n");
	mark_targets(&w);
	for (pc = 0; pc < t->n_prog && pc < BPF_MAXINSNS; pc++) {
		if (target[pc])
			buf_printf(out, "i%zu:\n", pc);
		emit_insn(&w, &t->prog[pc], pc);
	}
	buf_puts(out, "}\n\n");
}
