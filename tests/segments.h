/* SPDX-License-Identifier: BSD-2-Clause */
/* segments.h - rulesets that exercise the classification pass (segments.c). */
#ifndef KEFIR_TEST_SEGMENTS_H
#define KEFIR_TEST_SEGMENTS_H

#include <stddef.h>

#include "pktgen.h"

struct kefir_ruleset;

/* A ruleset of @n rules (n >= 64 forms segments) from @seed; NULL: no memory. */
struct kefir_ruleset *segments_ruleset(unsigned int seed, size_t n);

/* Adds @n packets that hit its rules often to @out. 0 or -ENOMEM. */
int segments_packets(unsigned int seed, size_t n, struct pg_corpus *out);

#endif /* KEFIR_TEST_SEGMENTS_H */
