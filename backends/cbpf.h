/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * cbpf.h - the classic BPF back-end's internal interface: the code generator
 * (cbpf.c) writes a program with absolute jump targets, the optimizer
 * (cbpf_opt.c) rewrites it, the layout turns it into struct sock_filter with
 * 8-bit relative jumps, and cbpf_fmt.c prints it in tcpdump's formats.
 */
#ifndef KEFIR_CBPF_H
#define KEFIR_CBPF_H

#include <linux/filter.h>

#include "kefir_internal.h"

#define CBPF_MAX_INSNS BPF_MAXINSNS	/* 4096: what the kernel accepts */
#define CBPF_SNAPLEN_DEFAULT 262144

/*
 * One instruction before layout: @jt and @jf are absolute indexes of the
 * targets of a conditional jump; an unconditional "ja" keeps its target in
 * @jt. Every jump goes forward.
 */
struct cbpf_insn {
	uint16_t code;
	uint32_t k;
	uint32_t jt, jf;
};

struct cbpf_prog {
	struct cbpf_insn *insns;
	size_t n, cap;
};

/* Classifies instructions for the optimizer and the layout. */
static inline bool cbpf_is_cond(uint16_t code)
{
	return BPF_CLASS(code) == BPF_JMP && BPF_OP(code) != BPF_JA;
}

static inline bool cbpf_is_ja(uint16_t code)
{
	return code == (BPF_JMP | BPF_JA);
}

static inline bool cbpf_is_ret(uint16_t code)
{
	return BPF_CLASS(code) == BPF_RET;
}

/*
 * Rewrites @p into an equivalent, shorter program: jump threading over
 * facts known about loaded values, redundant and dead load elimination,
 * dead-code removal. Requires: forward jumps only. 0 or -ENOMEM.
 */
int cbpf_optimize(struct cbpf_prog *p);

/*
 * Lays @p out as sock_filter instructions with relative jumps, adding
 * trampolines where a conditional jump is longer than 255. Returns 0,
 * -E2BIG when the program exceeds 4096 instructions, or -ENOMEM.
 */
int cbpf_layout(const struct cbpf_prog *p, struct sock_filter **out,
		size_t *n_out);

/*
 * A rule's predicate as the code generator walks it (cbpf_tree.c): the IR's
 * tree, flattened and with guards shared, pointing at the IR's tests.
 */
struct cbpf_node {
	enum kefir_pred_kind kind;
	const struct kefir_test *test;	/* TEST */
	struct cbpf_node **kids;	/* NOT (one), AND, OR */
	size_t n_kids;
};

/* Owns the nodes of the trees built with it. Zero-initialize it. */
struct cbpf_tree {
	void **ptrs;
	size_t n, cap;
	bool failed;
};

/* Builds the tree of @pred; NULL when memory runs out. */
struct cbpf_node *cbpf_tree_build(struct cbpf_tree *t,
				  const struct kefir_pred *pred);
void cbpf_tree_free(struct cbpf_tree *t);

/* Output formats of the cbpf back-end (--format). */
enum cbpf_format {
	CBPF_FORMAT_ASM,	/* tcpdump -d */
	CBPF_FORMAT_C,		/* tcpdump -dd */
	CBPF_FORMAT_DECIMAL,	/* tcpdump -ddd */
	CBPF_FORMAT_BYTECODE,	/* tc / iptables "N,c t f k,..." */
	CBPF_FORMAT_RAW,	/* struct sock_filter array, host order */
	CBPF_FORMAT_MAX
};

/* Returns the format called @name, or CBPF_FORMAT_MAX. NULL means asm. */
enum cbpf_format cbpf_format_by_name(const char *name);

/* Appends @n instructions at @insns to @out in @format. 0 or -ENOMEM. */
int cbpf_print(const struct sock_filter *insns, size_t n,
	       enum cbpf_format format, struct kefir_buf *out);

/* Renders one instruction as libpcap's bpf_image() does, into @out. */
#define CBPF_IMAGE_LEN 80
void cbpf_image(const struct sock_filter *insn, size_t index, char *out);

#endif /* KEFIR_CBPF_H */
