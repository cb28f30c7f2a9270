/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * kernel.c - times loaded XDP programs with BPF_PROG_TEST_RUN: each
 * sampled packet runs @repeat times in the kernel, which reports the mean
 * time of one run, so the syscall's own cost is amortized away. Programs
 * compared with each other take turns on each packet.
 */
#include <errno.h>
#include <linux/bpf.h>
#include <bpf/bpf.h>

#include "bench.h"

int kernel_run(int prog_fd, const struct trace *t, size_t stride,
	       unsigned int repeat, bool match_drops, double *ns,
	       size_t *matched)
{
	double total = 0;
	size_t i, n = 0;
	int err;

	*matched = 0;
	for (i = 0; i < t->n; i += stride, n++) {
		LIBBPF_OPTS(bpf_test_run_opts, o,
			    .data_in = t->data + t->pkts[i].off,
			    .data_size_in = t->pkts[i].caplen,
			    .repeat = repeat);
		err = bpf_prog_test_run_opts(prog_fd, &o);
		if (err)
			return err < 0 ? err : -errno;
		total += o.duration;
		*matched += (o.retval == XDP_DROP) == match_drops;
	}
	*ns = n ? total / n : 0;
	return 0;
}

int kernel_time(const int *fds, size_t n_fds, const struct trace *t,
		size_t stride, unsigned int repeat, double *ns)
{
	size_t i, k, n = 0;
	int err;

	for (k = 0; k < n_fds; k++)
		ns[k] = 0;
	for (i = 0; i < t->n; i += stride, n++)
		for (k = 0; k < n_fds; k++) {
			LIBBPF_OPTS(bpf_test_run_opts, o,
				    .data_in = t->data + t->pkts[i].off,
				    .data_size_in = t->pkts[i].caplen,
				    .repeat = repeat);
			err = bpf_prog_test_run_opts(fds[k], &o);
			if (err)
				return err < 0 ? err : -errno;
			ns[k] += o.duration;
		}
	for (k = 0; n && k < n_fds; k++)
		ns[k] /= n;
	return 0;
}
