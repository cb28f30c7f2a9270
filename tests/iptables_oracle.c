/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * iptables_oracle.c - the kernel as the oracle of the iptables and ip6tables
 * front-ends.
 *
 * In a private network namespace (unshare: it disappears with the process,
 * whatever happens) with a veth pair kv0 -> kv1 (kv1 with an IPv6 address,
 * kv0 without IPv6, so that it sends nothing of its own), each iptables
 * golden ruleset (tests/data/iptables/\*.t with a json section) and the
 * sample samples/iptables-edge.txt, then each ip6tables one
 * (tests/data/ip6tables, samples/ip6tables-edge.txt), is loaded with the
 * real iptables-restore (ip6tables-restore), its filter INPUT chain
 * moved to the raw table's PREROUTING (before routing, so every packet is
 * seen), each rule tagged with a comment naming its source line, REJECT
 * turned into DROP (REJECT is not allowed in raw; kefir converts it to a
 * drop) and LOG targets removed (they would only flood the kernel log).
 * Every IPv4 (IPv6) packet of the corpus that the kernel's ip_rcv()
 * (ipv6_rcv()) accepts is sent on kv0, with kv1's MAC address as destination
 * (and a valid IPv4 header checksum), and the per-rule counters are read
 * back with iptables-save -c (ip6tables-save -c).
 *
 * For each packet, kefir's reference interpreter and the BPF C program
 * (BPF_PROG_TEST_RUN) must choose the same rule, and the kernel must agree
 * with that rule:
 *   - when the kernel counted a rule with a terminal target (ACCEPT, DROP),
 *     kefir's rule comes from that source line, with that verdict;
 *   - when the kernel applied the policy, kefir applies the default, or a
 *     rule (a RETURN or a goto to the policy) whose source line the kernel
 *     counted, with the policy's verdict;
 *   - otherwise the kernel hot-dropped the packet: kefir drops it with a rule
 *     from a source line the kernel did not count.
 * Needs root, iptables-restore and clang: otherwise it prints SKIP and
 * exits 77.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <sched.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <linux/bpf.h>

#include "iptables_oracle.h"
#include "kefir.h"
#include "pktgen.h"
#include "testdata.h"

#define SKIP_EXIT 77
#define MAX_LINES 4096		/* source lines of one ruleset */
#define MAX_REPORTS 10
#define N_EXTRA_SOURCES 32	/* more sources for the sample ruleset */
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

enum target { T_OTHER, T_ACCEPT, T_DROP };

/* Counters of the kernel: packets per source line, and of the policy. */
struct kcount {
	uint64_t line[MAX_LINES];
	uint64_t policy;
};

/* What differs between the two families under test. */
struct ofamily {
	const char *syntax;	/* kefir's front-end, and the command word */
	const char *legacy;	/* "iptables-legacy" */
	const char *own_flag;	/* "-4 ": rules for this family, in save files */
	const char *other_flag;	/* "-6 ": rules for the other one, skipped */
	const char *data_dir;	/* "/data/iptables/" */
	const char *sample;	/* "samples/iptables-edge.txt" */
	bool (*prepare)(const struct pg_packet *p, const uint8_t mac[6],
			uint8_t *out);
	int (*corpus)(struct pg_corpus *c, size_t n_extra);
	/* what was checked */
	unsigned long n_rulesets, n_rules, n_sent, n_disagree;
};

/* One ruleset under test. */
struct oracle {
	struct ofamily *fam;
	const char *name;
	const char *iface;		/* -i is decided with it, or NULL */
	char *input;			/* the iptables input */
	struct kefir_ruleset *rs;
	struct kefir_prog *prog;
	enum target targets[MAX_LINES];	/* each source line's target */
	bool policy_drop;
	size_t n_kernel_rules;
	struct kcount *last;		/* the counters after the last packet */
};

static int sock_fd = -1;
static int ifindex_kv0;
static uint8_t mac_kv1[6];
static char tmpdir[] = "/tmp/kefir-oracle-XXXXXX";

static int run(const char *cmd)
{
	int rc = system(cmd);

	return rc == 0 ? 0 : -1;
}

/* ------------------------------------------------------------------------ */
/* Rewriting a ruleset for the raw table                                    */
/* ------------------------------------------------------------------------ */

/* The word after @word in @line ("-j X": X), into @out. */
static bool word_after(const char *line, const char *word, char *out,
		       size_t size)
{
	const char *p = line;
	size_t n = strlen(word);

	while ((p = strstr(p, word))) {
		if ((p == line || p[-1] == ' ') && p[n] == ' ') {
			p += n + 1;
			snprintf(out, size, "%.*s", (int)strcspn(p, " \n"), p);
			return true;
		}
		p += n;
	}
	return false;
}

static enum target target_of(const char *line)
{
	char t[64];

	if (!word_after(line, "-j", t, sizeof(t)))
		return T_OTHER;
	if (!strcmp(t, "ACCEPT"))
		return T_ACCEPT;
	if (!strcmp(t, "DROP") || !strcmp(t, "REJECT"))
		return T_DROP;
	return T_OTHER;
}

/* Replaces the chain INPUT (as the word after @cmd) by PREROUTING. */
static void rename_input(char *out, size_t size, const char *rest)
{
	if (!strncmp(rest, "INPUT", 5) && (rest[5] == ' ' || !rest[5]))
		snprintf(out, size, "PREROUTING%s", rest + 5);
	else
		snprintf(out, size, "%s", rest);
}

/* The target @name as a whole word after " -j ", or NULL. */
static char *find_target(char *s, const char *name)
{
	char word[64], *p;
	size_t n;

	n = (size_t)snprintf(word, sizeof(word), " -j %s", name);
	for (p = strstr(s, word); p; p = strstr(p + 1, word))
		if (p[n] == ' ' || p[n] == '\0')
			return p;
	return NULL;
}

/* Cuts "-j REJECT ..." to "-j DROP", "-j LOG ..." / "-j NFLOG ..." off. */
static void fix_target(char *s)
{
	char *p;

	if ((p = find_target(s, "REJECT")))
		strcpy(p, " -j DROP");
	else if ((p = find_target(s, "LOG")) || (p = find_target(s, "NFLOG")))
		*p = '\0';
}

/*
 * Rewrites one command (after "iptables" and its -t/-w options, or a save
 * file's rule line) for raw PREROUTING, into @out; "" to leave it out.
 */
static void rewrite_command(const char *cmd, unsigned int lineno, char *out,
			    size_t size)
{
	char body[4096], chain[2048];
	bool add = !strncmp(cmd, "-A ", 3) || !strncmp(cmd, "-I ", 3);

	out[0] = '\0';
	if (strlen(cmd) < 3 || !strncmp(cmd + 3, "FORWARD", 7) ||
	    !strncmp(cmd + 3, "OUTPUT", 6))
		return;
	rename_input(chain, sizeof(chain), cmd + 3);
	snprintf(body, sizeof(body), "%.3s%s", cmd, chain);
	if (add) {
		fix_target(body);
		snprintf(out, size, "%s -m comment --comment kefir-L%u\n", body,
			 lineno);
	} else {
		snprintf(out, size, "%s\n", body);
	}
}

/* A line of a file of iptables commands; other tables are left out. */
static void rewrite_iptables(const struct ofamily *fam, const char *line,
			     unsigned int lineno, char *out, size_t size)
{
	const char *p = line + strlen(fam->syntax);

	out[0] = '\0';
	for (;;) {
		p += strspn(p, " ");
		if (!strncmp(p, "-w ", 3) || !strncmp(p, fam->own_flag, 3)) {
			p += 3;
		} else if (!strncmp(p, fam->other_flag, 3)) {
			return;
		} else if (!strncmp(p, "-t filter ", 10)) {
			p += 10;
		} else if (!strncmp(p, "-t ", 3)) {
			return;
		} else {
			break;
		}
	}
	rewrite_command(p, lineno, out, size);
}

/* A line of a save file: only the filter table is kept, as raw. */
static void rewrite_save(const struct ofamily *fam, const char *line,
			 unsigned int lineno, bool *in_filter, char *out,
			 size_t size)
{
	size_t own = strlen(fam->own_flag);

	const char *p = line;

	out[0] = '\0';
	if (line[0] == '*') {
		*in_filter = !strcmp(line, "*filter");
		if (*in_filter)
			snprintf(out, size, "*raw\n");
		return;
	}
	if (!*in_filter)
		return;
	if (!strncmp(line, ":INPUT ", 7))
		snprintf(out, size, ":PREROUTING %.*s\n",
			 (int)strcspn(line + 7, " "), line + 7);
	else if (line[0] == ':' && strncmp(line, ":FORWARD ", 9) &&
		 strncmp(line, ":OUTPUT ", 8))
		snprintf(out, size, "%s\n", line);
	else if (!strcmp(line, "COMMIT") || line[0] == '#')
		snprintf(out, size, "%s\n", line);
	if (line[0] == '[')
		p = strchr(line, ' ') ? strchr(line, ' ') + 1 : line;
	if (p[0] == '-' && !strstr(p, fam->other_flag))
		rewrite_command(strncmp(p, fam->own_flag, own) ? p : p + own,
				lineno, out, size);
}

/* True if @line is a command of the family's tool ("iptables ..."). */
static bool is_command(const struct ofamily *fam, const char *line)
{
	size_t n = strlen(fam->syntax);

	return !strncmp(line, fam->syntax, n) && (line[n] == ' ' || !line[n]);
}

/* Writes the raw-table version of @o's input to @path; notes targets. */
static int write_restore(struct oracle *o, const char *path)
{
	FILE *f = fopen(path, "w");
	char *copy = strdup(o->input), *line, *save = NULL, out[8192];
	unsigned int lineno = 0;
	bool commands = !strncmp(o->input, "iptables ", 9) ||
			!strncmp(o->input, "ip6tables ", 10);
	bool in_filter = false;

	if (!f || !copy)
		return -1;
	if (commands)
		fprintf(f, "*raw\n:PREROUTING ACCEPT [0:0]\n");
	for (line = copy; line; line = save) {
		save = strchr(line, '\n');
		if (save)
			*save++ = '\0';
		if (++lineno >= MAX_LINES)
			break;
		o->targets[lineno] = target_of(line);
		if (commands && is_command(o->fam, line))
			rewrite_iptables(o->fam, line, lineno, out, sizeof(out));
		else if (!commands)
			rewrite_save(o->fam, line, lineno, &in_filter, out,
				     sizeof(out));
		else
			out[0] = '\0';
		if (strstr(out, "-A ") || strstr(out, "-I "))
			o->n_kernel_rules++;
		fputs(out, f);
	}
	if (commands)
		fprintf(f, "COMMIT\n");
	free(copy);
	return fclose(f);
}

/* ------------------------------------------------------------------------ */
/* The kernel's counters                                                    */
/* ------------------------------------------------------------------------ */

/* Reads the raw table's counters, summed per source line. */
static int read_counters(const struct ofamily *fam, struct kcount *k)
{
	unsigned long long pkts, bytes;
	char line[4096], *tag;
	unsigned int l;
	FILE *f;

	snprintf(line, sizeof(line), "%s-save -c -t raw 2>/dev/null",
		 fam->legacy);
	f = popen(line, "r");
	if (!f)
		return -1;
	memset(k, 0, sizeof(*k));
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, ":PREROUTING %*s [%llu:%llu]", &pkts,
			   &bytes) == 2)
			k->policy = pkts;
		if (line[0] != '[' ||
		    sscanf(line, "[%llu:%llu]", &pkts, &bytes) != 2)
			continue;
		tag = strstr(line, "kefir-L");
		if (tag && sscanf(tag, "kefir-L%u", &l) == 1 && l < MAX_LINES)
			k->line[l] += pkts;
	}
	return pclose(f) == 0 ? 0 : -1;
}

/* ------------------------------------------------------------------------ */
/* The namespace and the packets                                            */
/* ------------------------------------------------------------------------ */

static int setup_namespace(void)
{
	struct sockaddr_ll sll = { .sll_family = AF_PACKET };
	struct ifreq ifr;

	if (unshare(CLONE_NEWNET))
		return -1;
	/* kv0 sends nothing of its own (no IPv6), kv1 no DAD probe that
	 * would loop back to itself */
	if (run("ip link add kv0 mtu 9000 type veth peer name kv1 mtu 9000") ||
	    run("sysctl -qw net.ipv6.conf.kv0.disable_ipv6=1") ||
	    run("sysctl -qw net.ipv6.conf.kv1.accept_dad=0") ||
	    run("sysctl -qw net.ipv6.conf.kv1.dad_transmits=0") ||
	    run("sysctl -qw net.ipv6.conf.kv1.router_solicitations=0") ||
	    run("ip link set kv0 up") || run("ip link set kv1 up") ||
	    run("ip -6 addr add fd00::1/64 dev kv1 nodad") ||
	    run("sysctl -qw net.ipv4.conf.all.rp_filter=0"))
		return -1;
	sock_fd = socket(AF_PACKET, SOCK_RAW, 0);
	if (sock_fd < 0)
		return -1;
	memset(&ifr, 0, sizeof(ifr));
	snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "kv1");
	if (ioctl(sock_fd, SIOCGIFHWADDR, &ifr))
		return -1;
	memcpy(mac_kv1, ifr.ifr_hwaddr.sa_data, 6);
	ifindex_kv0 = (int)if_nametoindex("kv0");
	sll.sll_ifindex = ifindex_kv0;
	return bind(sock_fd, (struct sockaddr *)&sll, sizeof(sll));
}

/* The IPv4 header checksum of the @len bytes at @h (0 in the checksum). */
static uint16_t ip_checksum(const uint8_t *h, size_t len)
{
	uint32_t sum = 0;
	size_t i;

	for (i = 0; i + 1 < len; i += 2)
		sum += (uint32_t)(h[i] << 8 | h[i + 1]);
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)~sum;
}

/*
 * Copies @p into @out as it will be sent (@mac, kv1's, as destination, a
 * valid header checksum) if ip_rcv() would hand it to PREROUTING; else
 * false.
 */
static bool prepare4(const struct pg_packet *p, const uint8_t mac[6],
		     uint8_t *out)
{
	const uint8_t *ip = p->data + 14;
	unsigned int ihl, tot_len;
	uint16_t sum;

	if (p->caplen != p->wirelen || p->caplen < 34 || p->caplen > 9000 ||
	    p->data[12] != 0x08 || p->data[13] != 0x00 || (ip[0] >> 4) != 4)
		return false;
	ihl = (ip[0] & 0x0f) * 4u;
	tot_len = (unsigned int)(ip[2] << 8 | ip[3]);
	if (ihl < 20 || 14 + ihl > p->caplen || tot_len < ihl ||
	    tot_len > p->caplen - 14)
		return false;
	memcpy(out, p->data, p->caplen);
	memcpy(out, mac, 6);
	out[24] = out[25] = 0;
	sum = ip_checksum(out + 14, ihl);
	out[24] = (uint8_t)(sum >> 8);
	out[25] = (uint8_t)sum;
	return true;
}

/* ------------------------------------------------------------------------ */
/* Packets made for the rulesets                                            */
/* ------------------------------------------------------------------------ */

/* Sources the rulesets name (lists, bogons, prefixes, ranges, RETURNs). */
static const uint32_t oracle_sources[] = {
	PG_IP4(10, 0, 0, 1), PG_IP4(10, 1, 0, 5), PG_IP4(192, 0, 2, 13),
	PG_IP4(172, 16, 3, 4), PG_IP4(8, 1, 1, 1), PG_IP4(192, 168, 1, 7),
	PG_IP4(192, 168, 10, 53), PG_IP4(5, 5, 5, 5),
};

/* One IPv4 packet from @src: @proto with @a, @b (ports, type/code, SPI). */
static int add_packet(struct pg_corpus *c, uint32_t src, uint8_t proto,
		      unsigned int a, unsigned int b, uint8_t tos, uint8_t ttl)
{
	struct pg g;

	pg_init(&g);
	pg_eth(&g, PG_MAC_DST, PG_MAC_SRC, 0x0800);
	pg_ip4(&g, &(struct pg_ip4){ .proto = proto, .src = src, .tos = tos,
				     .ttl = ttl, .dst = PG_IP4(3, 3, 3, 3) });
	if (proto == 6)
		pg_tcp(&g, 40000, (uint16_t)a, (uint8_t)b);
	else if (proto == 17)
		pg_udp(&g, 40000, (uint16_t)a);
	else if (proto == 1)
		pg_icmp(&g, (uint8_t)a, (uint8_t)b, 0);
	else if (proto == 50)
		pg_esp(&g, a, 1);
	else if (proto == 51)
		pg_ah(&g, 59, a, 1);
	else if (proto == 132)
		pg_sctp(&g, 40000, (uint16_t)a, 1);
	else if (proto == 33)	/* a 12-byte DCCP header to port a */
		pg_bytes(&g, (uint8_t[]){ 0x9c, 0x40, (uint8_t)(a >> 8),
					  (uint8_t)a, 3, 0, 0, 0, 0, 0, 0, 0 },
			 12);
	else
		pg_bytes(&g, "\x9c\x40\x00\x16", 4);	/* ports, cut */
	pg_describe(&g, "oracle ip4 proto %u %u/%u tos %u ttl %u", proto, a, b,
		    tos, ttl);
	if (pg_finish(&g))
		return -1;
	return corpus_add(c, &g, g.len, g.len, NULL);
}

/* A packet of @proto whose transport header stops after its 4 port bytes. */
static int add_short(struct pg_corpus *c, uint32_t src, uint8_t proto,
		     uint8_t tos)
{
	struct pg g;

	pg_init(&g);
	pg_eth(&g, PG_MAC_DST, PG_MAC_SRC, 0x0800);
	pg_ip4(&g, &(struct pg_ip4){ .proto = proto, .src = src, .tos = tos,
				     .dst = PG_IP4(3, 3, 3, 3) });
	pg_bytes(&g, "\x9c\x40\x00\x16", 4);
	pg_describe(&g, "oracle ip4 proto %u cut after the ports", proto);
	if (pg_finish(&g))
		return -1;
	return corpus_add(c, &g, g.len, g.len, NULL);
}

/*
 * Packets for the rulesets' vocabulary from @src (the @i-th source): TCP to
 * the ports they name with SYN or PSH|ACK, UDP, ICMP types, ESP, AH, GRE,
 * SCTP, DCCP, and headers too short for their protocol (hot-drops), with
 * some TOS and TTL variety.
 */
static int add_source(struct pg_corpus *c, uint32_t src, size_t i)
{
	static const uint16_t tcp_ports[] = { 22, 23, 25, 80, 443, 8080, 8443 };
	static const uint16_t udp_ports[] = { 53, 123, 67, 9, 54 };
	static const uint8_t icmp[][2] = { { 0, 0 }, { 3, 3 }, { 8, 0 },
					   { 11, 1 } };
	static const uint8_t shorts[] = { 6, 17, 1, 132, 33 };
	uint8_t tos = (uint8_t)(i * 0x08), ttl = (uint8_t)(1 + i * 40);
	size_t j;
	int err = 0;

	for (j = 0; !err && j < ARRAY_LEN(tcp_ports); j++)
		err = add_packet(c, src, 6, tcp_ports[j], j % 2 ? 0x02 : 0x18,
				 tos, ttl);
	for (j = 0; !err && j < ARRAY_LEN(udp_ports); j++)
		err = add_packet(c, src, 17, udp_ports[j], 0, tos, ttl);
	for (j = 0; !err && j < ARRAY_LEN(icmp); j++)
		err = add_packet(c, src, 1, icmp[j][0], icmp[j][1], tos, ttl);
	if (!err)
		err = add_packet(c, src, 50, 300, 0, tos, ttl);
	if (!err)
		err = add_packet(c, src, 51, 7, 0, tos, ttl);
	if (!err)	/* a 4-byte GRE header */
		err = add_packet(c, src, 47, 0, 0, tos, ttl);
	if (!err)
		err = add_packet(c, src, 132, 22, 0, tos, ttl);
	if (!err)
		err = add_packet(c, src, 33, 5004, 0, tos, ttl);
	for (j = 0; !err && j < ARRAY_LEN(shorts); j++)
		err = add_short(c, src, shorts[j], tos);
	return err;
}

/*
 * The packets of oracle_sources, then of @n_extra more sources: admin
 * networks 192.168.N.7 and pseudo-random hosts of the sample's blocklist.
 */
static int oracle_corpus(struct pg_corpus *c, size_t n_extra)
{
	uint32_t x = 2463534242u, src;
	size_t i;
	int err = 0;

	for (i = 0; !err && i < ARRAY_LEN(oracle_sources); i++)
		err = add_source(c, oracle_sources[i], i);
	for (i = 0; !err && i < n_extra; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		src = i % 2 ? PG_IP4(192, 168, 1 + i / 2, 7) :
		      (uint32_t)(185u << 24) | (x & 0x00ffffffu);
		err = add_source(c, src, i);
	}
	return err;
}

/* ------------------------------------------------------------------------ */
/* Comparing                                                                */
/* ------------------------------------------------------------------------ */

/* kefir's choice for a packet: the rule (or -1), its line and verdict. */
struct choice {
	long rule;
	unsigned int line;
	bool drop;
};

static void report(const struct oracle *o, const struct pg_packet *p,
		   const struct choice *c, const char *why)
{
	if (++o->fam->n_disagree > MAX_REPORTS)
		return;
	fprintf(stderr, "iptables_oracle: %s: packet '%s': kefir chose rule %ld "
		"(line %u, %s): %s\n", o->name, p->desc, c->rule, c->line,
		c->drop ? "drop" : "pass", why);
}

/* The kernel's evidence against kefir's choice, or NULL when they agree. */
static const char *disagreement(const struct oracle *o,
				const struct kcount *before,
				const struct kcount *after,
				const struct choice *c)
{
	unsigned int l, terminal = 0;
	bool policy = after->policy != before->policy;

	for (l = 1; l < MAX_LINES; l++)
		if (after->line[l] != before->line[l] &&
		    o->targets[l] != T_OTHER && !terminal)
			terminal = l;
	if (terminal) {
		if (c->line != terminal)
			return "the kernel decided with another rule";
		return (o->targets[terminal] == T_DROP) == c->drop ? NULL :
		       "the kernel's verdict differs";
	}
	if (policy) {
		if (c->drop != o->policy_drop)
			return "the kernel applied the policy, with another verdict";
		if (c->rule >= 0 && after->line[c->line] == before->line[c->line])
			return "the kernel applied the policy without counting kefir's rule";
		return NULL;
	}
	if (!c->drop || c->rule < 0)
		return "the kernel hot-dropped the packet";
	if (after->line[c->line] != before->line[c->line])
		return "the kernel counted kefir's hot-drop rule";
	return NULL;
}

static int bpf_rule(const struct oracle *o, const uint8_t *pkt, size_t len,
		    long *rule)
{
	size_t n = kefir_ruleset_n_rules(o->rs) + 1, i;
	struct kefir_counter *before = calloc(n, sizeof(*before));
	struct kefir_counter *after = calloc(n, sizeof(*after));
	uint32_t ret;
	int err = -1;

	if (before && after && !kefir_prog_read_counters(o->prog, before, n) &&
	    !kefir_prog_test_run(o->prog, pkt, len, &ret) &&
	    !kefir_prog_read_counters(o->prog, after, n)) {
		for (i = 0; i < n && after[i].packets == before[i].packets; i++)
			;
		*rule = i + 1 >= n ? -1 : (long)i;
		err = i < n ? 0 : -1;
	}
	free(before);
	free(after);
	return err;
}

/* Sends @p and compares the kernel, the interpreter and the BPF program. */
static int check_packet(struct oracle *o, const struct pg_packet *p)
{
	uint8_t buf[9000];
	struct kcount before, after;
	struct choice c;
	const char *why;
	long bpf;
	int tries;

	if (!o->fam->prepare(p, mac_kv1, buf))
		return 0;
	c.rule = kefir_ruleset_eval(o->rs, buf, p->caplen, p->wirelen);
	kefir_ruleset_rule_text(o->rs, c.rule < 0 ?
				kefir_ruleset_n_rules(o->rs) : (size_t)c.rule,
				&c.line, NULL);
	c.drop = !strcmp(kefir_ruleset_action_name(o->rs, c.rule < 0 ?
		kefir_ruleset_n_rules(o->rs) : (size_t)c.rule), "drop");
	if (bpf_rule(o, buf, p->caplen, &bpf) || bpf != c.rule) {
		report(o, p, &c, "the BPF program chose another rule");
		return 0;
	}
	before = *o->last;
	if (send(sock_fd, buf, p->caplen, 0) != (ssize_t)p->caplen)
		return -1;
	o->fam->n_sent++;
	for (tries = 0; tries < 500; tries++) {
		if (read_counters(o->fam, &after))
			return -1;
		if (after.line[0] != before.line[0])
			break;
		usleep(2000);
	}
	*o->last = after;
	if (after.line[0] != before.line[0] + 1)
		report(o, p, &c, "the kernel did not see the packet");
	else if ((why = disagreement(o, &before, &after, &c)))
		report(o, p, &c, why);
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Rulesets                                                                 */
/* ------------------------------------------------------------------------ */

static int load_bpf(struct oracle *o)
{
	char c_path[256], obj_path[256];
	struct kefir_diag *diag = kefir_diag_new();
	char *text = NULL;
	size_t len = 0;
	FILE *f;
	int err;

	snprintf(c_path, sizeof(c_path), "%s/prog.c", tmpdir);
	snprintf(obj_path, sizeof(obj_path), "%s/prog.o", tmpdir);
	err = kefir_ruleset_emit(o->rs, "bpf-c", NULL, &text, &len, diag);
	if (!err && (f = fopen(c_path, "w"))) {
		fwrite(text, 1, len, f);
		err = fclose(f);
	}
	if (!err)
		err = kefir_bpf_compile(c_path, obj_path, NULL, diag);
	if (!err)
		err = kefir_prog_load(obj_path, &o->prog, diag);
	if (err)
		fprintf(stderr, "iptables_oracle: %s: %s\n", o->name,
			kefir_diag_text(diag));
	free(text);
	kefir_diag_free(diag);
	return err;
}

/* Loads @o into kefir and into the kernel, then sends the corpus. */
static int check_ruleset(struct oracle *o, const struct pg_corpus *corpus)
{
	const char *t = o->fam->legacy;
	char path[256], cmd[1024];
	struct kefir_diag *diag = kefir_diag_new();
	unsigned long sent;
	size_t i;
	int err;

	KEFIR_OPTS_INIT(kefir_parse_opts, popts, .in_interface = o->iface);

	err = kefir_ruleset_parse(o->fam->syntax, o->input, strlen(o->input),
				  o->name, &popts, &o->rs, diag);
	if (err)
		fprintf(stderr, "iptables_oracle: %s does not parse: %s\n",
			o->name, kefir_diag_text(diag));
	kefir_diag_free(diag);
	if (err || load_bpf(o))
		return -1;
	o->policy_drop = !strcmp(kefir_ruleset_action_name(o->rs,
				kefir_ruleset_n_rules(o->rs)), "drop");
	snprintf(path, sizeof(path), "%s/rules", tmpdir);
	snprintf(cmd, sizeof(cmd), "%s -t raw -F && %s -t raw -X && "
		 "%s -t raw -P PREROUTING ACCEPT && %s-restore %s && "
		 "%s -t raw -I PREROUTING 1 -m comment --comment kefir-L0",
		 t, t, t, t, path, t);
	if (write_restore(o, path) || run(cmd)) {
		fprintf(stderr, "iptables_oracle: %s: %s-restore refused it\n",
			o->name, o->fam->syntax);
		return -1;
	}
	if (read_counters(o->fam, o->last))
		return -1;
	o->fam->n_rulesets++;
	o->fam->n_rules += o->n_kernel_rules;
	sent = o->fam->n_sent;
	for (i = 0; i < corpus->n; i++)
		if (check_packet(o, &corpus->pkts[i]))
			return -1;
	printf("%s: %zu rules, %lu packets\n", o->name,
	       o->n_kernel_rules, o->fam->n_sent - sent);
	return 0;
}

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "r");
	char *s = NULL;
	long n;

	if (f && !fseek(f, 0, SEEK_END) && (n = ftell(f)) >= 0 &&
	    !fseek(f, 0, SEEK_SET) && (s = calloc(1, (size_t)n + 1)) &&
	    fread(s, 1, (size_t)n, f) != (size_t)n) {
		free(s);
		s = NULL;
	}
	if (f)
		fclose(f);
	return s;
}

static int run_one(struct ofamily *fam, const char *name, char *input,
		   const char *iface, const struct pg_corpus *corpus)
{
	struct oracle *o = calloc(1, sizeof(*o));
	int err;

	if (o)
		o->last = calloc(1, sizeof(*o->last));
	if (!o || !o->last || !input) {
		if (o)
			free(o->last);
		free(o);
		free(input);
		return -1;
	}
	o->fam = fam;
	o->iface = iface;
	o->name = name;
	o->input = input;
	err = check_ruleset(o, corpus);
	kefir_prog_free(o->prog);
	kefir_ruleset_free(o->rs);
	free(o->input);
	free(o->last);
	free(o);
	return err;
}

/*
 * The golden cases of @fam with a json section on @corpus, then its sample
 * on @big.
 */
static int run_all(struct ofamily *fam, const struct pg_corpus *corpus,
		   const struct pg_corpus *big)
{
	char **list, path[1024];
	struct testcase tc;
	const char *input, *iface, *top = getenv("top_srcdir");
	size_t n, i;
	int err = 0;

	list = testdata_list(testdata_dir(), &n);
	for (i = 0; list && !err && i < n; i++) {
		if (!strstr(list[i], fam->data_dir) || testcase_load(list[i], &tc))
			continue;
		input = testcase_section(&tc, "input");
		iface = testcase_section(&tc, "in-interface");
		/* approximations (a flags section) are not the kernel's; the
		 * packets arrive on kv1 */
		if (testcase_section(&tc, "json") && input &&
		    !testcase_section(&tc, "flags") &&
		    (!iface || (strcspn(iface, "\n") == 3 &&
				!strncmp(iface, "kv1", 3))))
			err = run_one(fam, list[i], strdup(input),
				      iface ? "kv1" : NULL, corpus);
		testcase_free(&tc);
	}
	testdata_list_free(list);
	snprintf(path, sizeof(path), "%s/%s", top ? top : ".", fam->sample);
	if (!err)
		err = run_one(fam, path, read_file(path), NULL, big);
	return err;
}

static struct ofamily families[] = {
	{ "iptables", "iptables-legacy", "-4 ", "-6 ", "/data/iptables/",
	  "samples/iptables-edge.txt", prepare4, oracle_corpus },
	{ "ip6tables", "ip6tables-legacy", "-6 ", "-4 ", "/data/ip6tables/",
	  "samples/ip6tables-edge.txt", oracle6_prepare, oracle6_corpus },
};

/* Checks every ruleset of @fam and prints what was checked. */
static int run_family(struct ofamily *fam)
{
	struct pg_corpus corpus = { 0 }, big = { 0 };
	int err = -1;

	if (!pktgen_corpus(&corpus) && !fam->corpus(&corpus, 0) &&
	    !pktgen_corpus(&big) && !fam->corpus(&big, N_EXTRA_SOURCES))
		err = run_all(fam, &corpus, &big);
	printf("iptables_oracle: %s: %lu rulesets, %lu rules, %zu corpus "
	       "packets, %lu packets sent, %lu disagreements\n", fam->syntax,
	       fam->n_rulesets, fam->n_rules, corpus.n, fam->n_sent,
	       fam->n_disagree);
	pktgen_corpus_free(&corpus);
	pktgen_corpus_free(&big);
	return err || fam->n_disagree ? -1 : 0;
}

int main(void)
{
	char cmd[600];
	size_t i;
	int err = 0;

	if (geteuid() != 0) {
		printf("SKIP: iptables_oracle needs root (network namespace, iptables, bpf)\n");
		return SKIP_EXIT;
	}
	if (run("iptables-legacy-restore --version >/dev/null 2>&1") ||
	    run("ip6tables-legacy-restore --version >/dev/null 2>&1") ||
	    setup_namespace()) {
		printf("SKIP: iptables_oracle cannot set up a namespace with a veth pair and iptables\n");
		return SKIP_EXIT;
	}
	if (!mkdtemp(tmpdir))
		return 1;
	for (i = 0; i < ARRAY_LEN(families); i++)
		if (run_family(&families[i]))
			err = 1;
	snprintf(cmd, sizeof(cmd), "rm -rf %s", tmpdir);
	run(cmd);
	return err;
}
