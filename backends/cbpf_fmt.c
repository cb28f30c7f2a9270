/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * cbpf_fmt.c - prints classic BPF programs in the formats tcpdump users know:
 * the listing of "tcpdump -d" (libpcap's bpf_image(), character for
 * character), the C array of "-dd", the decimal lines of "-ddd", the comma
 * form that "tc ... bpf bytecode" and "iptables -m bpf --bytecode" take, and
 * the raw sock_filter array.
 */
#include <stdio.h>
#include <string.h>

#include "cbpf.h"

static const char *const format_names[CBPF_FORMAT_MAX] = {
	[CBPF_FORMAT_ASM] = "asm",
	[CBPF_FORMAT_C] = "c",
	[CBPF_FORMAT_DECIMAL] = "decimal",
	[CBPF_FORMAT_BYTECODE] = "bytecode",
	[CBPF_FORMAT_RAW] = "raw",
};

enum cbpf_format cbpf_format_by_name(const char *name)
{
	size_t i;

	if (!name)
		return CBPF_FORMAT_ASM;
	for (i = 0; i < CBPF_FORMAT_MAX; i++)
		if (!strcmp(format_names[i], name))
			return (enum cbpf_format)i;
	return CBPF_FORMAT_MAX;
}

/* How bpf_image() writes an operand. */
enum operand {
	OPND_NONE,	/* "" */
	OPND_IMM,	/* "#%d" */
	OPND_HEX,	/* "#0x%x" */
	OPND_ABS,	/* "[%d]" */
	OPND_IND,	/* "[x + %d]" */
	OPND_MSH,	/* "4*([%d]&0xf)" */
	OPND_MEM,	/* "M[%d]" */
	OPND_LEN,	/* "#pktlen" */
	OPND_X,		/* "x" */
	OPND_JA,	/* the absolute target */
};

struct mnemonic {
	uint16_t code;
	const char *name;
	enum operand operand;
};

static const struct mnemonic mnemonics[] = {
	{ BPF_RET | BPF_K, "ret", OPND_IMM },
	{ BPF_RET | BPF_A, "ret", OPND_NONE },
	{ BPF_LD | BPF_W | BPF_ABS, "ld", OPND_ABS },
	{ BPF_LD | BPF_H | BPF_ABS, "ldh", OPND_ABS },
	{ BPF_LD | BPF_B | BPF_ABS, "ldb", OPND_ABS },
	{ BPF_LD | BPF_W | BPF_LEN, "ld", OPND_LEN },
	{ BPF_LD | BPF_W | BPF_IND, "ld", OPND_IND },
	{ BPF_LD | BPF_H | BPF_IND, "ldh", OPND_IND },
	{ BPF_LD | BPF_B | BPF_IND, "ldb", OPND_IND },
	{ BPF_LD | BPF_IMM, "ld", OPND_HEX },
	{ BPF_LDX | BPF_IMM, "ldx", OPND_HEX },
	{ BPF_LDX | BPF_MSH | BPF_B, "ldxb", OPND_MSH },
	{ BPF_LD | BPF_MEM, "ld", OPND_MEM },
	{ BPF_LDX | BPF_MEM, "ldx", OPND_MEM },
	{ BPF_ST, "st", OPND_MEM },
	{ BPF_STX, "stx", OPND_MEM },
	{ BPF_JMP | BPF_JA, "ja", OPND_JA },
	{ BPF_JMP | BPF_JEQ | BPF_K, "jeq", OPND_HEX },
	{ BPF_JMP | BPF_JGT | BPF_K, "jgt", OPND_HEX },
	{ BPF_JMP | BPF_JGE | BPF_K, "jge", OPND_HEX },
	{ BPF_JMP | BPF_JSET | BPF_K, "jset", OPND_HEX },
	{ BPF_JMP | BPF_JEQ | BPF_X, "jeq", OPND_X },
	{ BPF_JMP | BPF_JGT | BPF_X, "jgt", OPND_X },
	{ BPF_JMP | BPF_JGE | BPF_X, "jge", OPND_X },
	{ BPF_JMP | BPF_JSET | BPF_X, "jset", OPND_X },
	{ BPF_ALU | BPF_ADD | BPF_K, "add", OPND_IMM },
	{ BPF_ALU | BPF_SUB | BPF_K, "sub", OPND_IMM },
	{ BPF_ALU | BPF_MUL | BPF_K, "mul", OPND_IMM },
	{ BPF_ALU | BPF_DIV | BPF_K, "div", OPND_IMM },
	{ BPF_ALU | BPF_MOD | BPF_K, "mod", OPND_IMM },
	{ BPF_ALU | BPF_AND | BPF_K, "and", OPND_HEX },
	{ BPF_ALU | BPF_OR | BPF_K, "or", OPND_HEX },
	{ BPF_ALU | BPF_XOR | BPF_K, "xor", OPND_HEX },
	{ BPF_ALU | BPF_LSH | BPF_K, "lsh", OPND_IMM },
	{ BPF_ALU | BPF_RSH | BPF_K, "rsh", OPND_IMM },
	{ BPF_ALU | BPF_ADD | BPF_X, "add", OPND_X },
	{ BPF_ALU | BPF_SUB | BPF_X, "sub", OPND_X },
	{ BPF_ALU | BPF_MUL | BPF_X, "mul", OPND_X },
	{ BPF_ALU | BPF_DIV | BPF_X, "div", OPND_X },
	{ BPF_ALU | BPF_MOD | BPF_X, "mod", OPND_X },
	{ BPF_ALU | BPF_AND | BPF_X, "and", OPND_X },
	{ BPF_ALU | BPF_OR | BPF_X, "or", OPND_X },
	{ BPF_ALU | BPF_XOR | BPF_X, "xor", OPND_X },
	{ BPF_ALU | BPF_LSH | BPF_X, "lsh", OPND_X },
	{ BPF_ALU | BPF_RSH | BPF_X, "rsh", OPND_X },
	{ BPF_ALU | BPF_NEG, "neg", OPND_NONE },
	{ BPF_MISC | BPF_TAX, "tax", OPND_NONE },
	{ BPF_MISC | BPF_TXA, "txa", OPND_NONE },
};

static const struct mnemonic *mnemonic_of(uint16_t code)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(mnemonics); i++)
		if (mnemonics[i].code == code)
			return &mnemonics[i];
	return NULL;
}

static void operand_text(enum operand kind, const struct sock_filter *insn,
			 size_t index, char *out, size_t len)
{
	int k = (int)insn->k;

	switch (kind) {
	case OPND_NONE: out[0] = '\0'; break;
	case OPND_IMM: snprintf(out, len, "#%d", k); break;
	case OPND_HEX: snprintf(out, len, "#0x%x", insn->k); break;
	case OPND_ABS: snprintf(out, len, "[%d]", k); break;
	case OPND_IND: snprintf(out, len, "[x + %d]", k); break;
	case OPND_MSH: snprintf(out, len, "4*([%d]&0xf)", k); break;
	case OPND_MEM: snprintf(out, len, "M[%d]", k); break;
	case OPND_LEN: snprintf(out, len, "#pktlen"); break;
	case OPND_X: snprintf(out, len, "x"); break;
	case OPND_JA: snprintf(out, len, "%d", (int)(index + 1 + insn->k)); break;
	}
}

void cbpf_image(const struct sock_filter *insn, size_t index, char *out)
{
	const struct mnemonic *m = mnemonic_of(insn->code);
	char operand[32];

	if (!m) {
		snprintf(out, CBPF_IMAGE_LEN, "(%03d) %-8s 0x%x", (int)index,
			 "unimp", insn->code);
		return;
	}
	operand_text(m->operand, insn, index, operand, sizeof(operand));
	if (BPF_CLASS(insn->code) == BPF_JMP && m->operand != OPND_JA)
		snprintf(out, CBPF_IMAGE_LEN, "(%03d) %-8s %-16s jt %d\tjf %d",
			 (int)index, m->name, operand,
			 (int)(index + 1 + insn->jt), (int)(index + 1 + insn->jf));
	else
		snprintf(out, CBPF_IMAGE_LEN, "(%03d) %-8s %s", (int)index,
			 m->name, operand);
}

int cbpf_print(const struct sock_filter *insns, size_t n,
	       enum cbpf_format format, struct kefir_buf *out)
{
	char image[CBPF_IMAGE_LEN];
	size_t i;

	if (format == CBPF_FORMAT_RAW)
		return buf_append(out, insns, n * sizeof(*insns));
	if (format == CBPF_FORMAT_DECIMAL)
		buf_printf(out, "%zu\n", n);
	if (format == CBPF_FORMAT_BYTECODE)
		buf_printf(out, "%zu", n);
	for (i = 0; i < n; i++) {
		const struct sock_filter *f = &insns[i];

		switch (format) {
		case CBPF_FORMAT_ASM:
			cbpf_image(f, i, image);
			buf_printf(out, "%s\n", image);
			break;
		case CBPF_FORMAT_C:
			buf_printf(out, "{ 0x%x, %d, %d, 0x%08x },\n", f->code,
				   f->jt, f->jf, f->k);
			break;
		case CBPF_FORMAT_DECIMAL:
			buf_printf(out, "%u %u %u %u\n", f->code, f->jt, f->jf,
				   f->k);
			break;
		default:
			buf_printf(out, ",%u %u %u %u", f->code, f->jt, f->jf,
				   f->k);
			break;
		}
	}
	if (format == CBPF_FORMAT_BYTECODE)
		buf_puts(out, "\n");
	return buf_status(out);
}
