/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * bench.h - what the benchmark's files share: the in-memory trace, the
 * hand-written filters and the kernel runner (kernel.c is apart because
 * <linux/bpf.h> and <pcap/pcap.h> both define struct bpf_insn).
 */
#ifndef KEFIR_BENCH_H
#define KEFIR_BENCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define TRACE_SNAPLEN 96	/* bytes kept of each packet */

struct trace_pkt {
	uint32_t off;		/* into trace.data */
	uint16_t caplen;
	uint16_t wirelen;
};

struct trace {
	uint8_t *data;
	struct trace_pkt *pkts;
	size_t n;
};

/* Builds @n packets of mixed traffic, the same on every call. 0 or -ENOMEM. */
int trace_build(struct trace *t, size_t n);
void trace_free(struct trace *t);

/* A hand-written filter: true if the packet matches. */
typedef int (*hand_fn)(const uint8_t *p, size_t caplen, size_t wirelen);

/* The hand-written version of filter @name, or NULL. */
hand_fn hand_find(const char *name);

/* The iptables-style rules of the multi-rule rulesets: rule i drops TCP
 * from 10.N.M.0/24 (N = i / 256, M = i % 256) to port rule_port(i). */
uint16_t rule_port(size_t i);
/* For the hand-written multi-rule filter: how many rules it checks. */
void hand_set_rules(size_t n);

/*
 * Runs the loaded XDP program @prog_fd on every @stride-th packet of @t,
 * @repeat times each with BPF_PROG_TEST_RUN; stores the kernel's mean run
 * time per packet in *@ns and the packets a rule matched in *@matched:
 * those dropped when @match_drops, else those passed. 0 or -errno.
 */
int kernel_run(int prog_fd, const struct trace *t, size_t stride,
	       unsigned int repeat, bool match_drops, double *ns,
	       size_t *matched);

/*
 * Runs the loaded XDP programs @fds[0..@n_fds-1] in turn on every
 * @stride-th packet of @t, @repeat times each, and stores each one's mean
 * run time per packet in @ns[k]: taking turns packet by packet, they see
 * the same load. 0 or -errno.
 */
int kernel_time(const int *fds, size_t n_fds, const struct trace *t,
		size_t stride, unsigned int repeat, double *ns);

#endif
