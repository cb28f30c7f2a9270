/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * cbpf_c.h - a classic BPF program of the IR (KEFIR_TEST_CBPF) written as
 * a C function, for the back-ends that write C (bpf-c, native): the same
 * translation, over the packet helpers each back-end's prelude defines.
 */
#ifndef KEFIR_CBPF_C_H
#define KEFIR_CBPF_C_H

#include "kefir_internal.h"

/* How a back-end's C sees the packet. */
struct cbpf_c_env {
	const char *storage;	/* "static __always_inline", "static inline" */
	const char *u32;	/* the 32-bit type: "__u32", "uint32_t" */
	const char *params;	/* the packet parameters of a function */
	const char *args;	/* the same, passed on to a helper */
	const char *wire_len;	/* the packet's wire length, an expression */
};

/*
 * Writes "STORAGE int NAME(PARAMS, U32 *ret)", running test @t's
 * program as lib/cbpf_prog.c does: it returns 1 with the program's return
 * value in *ret, or 0 when a load falls off the captured bytes. It calls
 * two helpers the prelude defines:
 *	int kefir_cbpf_be16(ARGS, size_t off, U32 *x): 1, or 0 past the
 *	captured bytes;
 *	int kefir_cbpf_ld(ARGS, U32 net, U32 len, U32 off, U32 size, U32 *x):
 *	1 loaded, 0 past the captured bytes, -1 past @len or at a negative
 *	offset (the program returns 0).
 */
void cbpf_to_c(struct kefir_buf *out, const struct cbpf_c_env *env,
	       const char *name, const struct kefir_test *t);

#endif
