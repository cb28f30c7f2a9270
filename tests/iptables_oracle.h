/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * iptables_oracle.h - the IPv6 half of tests/iptables_oracle.c: which
 * packets ipv6_rcv() hands to netfilter, and the packets made for the
 * ip6tables rulesets (iptables_oracle6.c).
 */
#ifndef KEFIR_IPTABLES_ORACLE_H
#define KEFIR_IPTABLES_ORACLE_H

#include <stdbool.h>
#include <stdint.h>

#include "pktgen.h"

/*
 * Copies @p into @out as it will be sent (@mac, the receiver's, as
 * destination) if ipv6_rcv() would hand it to PREROUTING: an IPv6 header,
 * a payload length within the frame, addresses it does not drop, and a
 * hop-by-hop header it parses. Else false.
 */
bool oracle6_prepare(const struct pg_packet *p, const uint8_t mac[6],
		     uint8_t *out);

/*
 * Appends the IPv6 packets made for the ip6tables rulesets: from each of
 * the oracle's sources, then from @n_extra more. 0 or -1.
 */
int oracle6_corpus(struct pg_corpus *c, size_t n_extra);

#endif
