/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * pflang.c - the pcap-filter (tcpdump) front-end on Ethernet, with libpcap
 * 1.10's grammar and semantics: one expression becomes one rule that passes
 * what the filter accepts (the default drops the rest).
 *
 * The parser is recursive descent over the shared tokenizer and builds the
 * IR as it reads, because two pflang rules are lexical: qualifiers are
 * inherited by bare ids ("port 80 or 443"), and "vlan" moves the network
 * header of every later primitive, in parse order, by 4 bytes. Each
 * primitive is written as libpcap's code generator writes it, in the same
 * order, with its guards explicit: the IR's "a read that falls off fails
 * the rule" is libpcap's "a load past the capture rejects the packet", so
 * the order of loads is kept where it changes the verdict on truncated
 * packets (IPv6 addresses are compared word by word, one-byte tests are
 * one-byte relations, not wider fields). Arithmetic relations keep
 * libpcap's quirks: the guards of an arithmetic operation are those of its
 * left operand, '^' and '%' take everything to their right, and a constant
 * divisor, modulus or shift is checked at its leftmost constant.
 *
 * The IR for each primitive is built by pflang_gen.c; this file reads
 * the grammar, the qualifiers and pfmatch rulesets.
 *
 * Names are resolved from local files only: services and protocols through
 * getservbyname()/getprotobyname() as libpcap does; host and network names
 * are refused. docs/pflang.md lists every primitive and what is refused.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pflang.h"


static const struct proto_info protos[] = {
	{ "ether", PQ_LINK, 0, PROTO_UNDEF, FAM_NONE, BASE_LINK },
	{ "link", PQ_LINK, 0, PROTO_UNDEF, FAM_NONE, BASE_LINK },
	{ "fddi", PQ_LINK, 0, PROTO_UNDEF, FAM_NONE, BASE_LINK },
	{ "tr", PQ_LINK, 0, PROTO_UNDEF, FAM_NONE, BASE_LINK },
	{ "wlan", PQ_LINK, 0, PROTO_UNDEF, FAM_NONE, BASE_LINK },
	{ "ppp", PQ_LINK, 0, PROTO_UNDEF, FAM_NONE, BASE_LINK },
	{ "slip", PQ_LINK, 0, PROTO_UNDEF, FAM_NONE, BASE_LINK },
	{ "ip", PQ_IP, 0x0800, PROTO_UNDEF, FAM_NONE, BASE_NET },
	{ "ip6", PQ_IP6, 0x86dd, PROTO_UNDEF, FAM_NONE, BASE_NET },
	{ "arp", PQ_ARP, 0x0806, PROTO_UNDEF, FAM_NONE, BASE_NET },
	{ "rarp", PQ_RARP, 0x8035, PROTO_UNDEF, FAM_NONE, BASE_NET },
	{ "decnet", PQ_DECNET, 0x6003, PROTO_UNDEF, FAM_NONE, BASE_NET },
	{ "lat", PQ_LAT, 0x6004, PROTO_UNDEF, FAM_NONE, BASE_NET },
	{ "sca", PQ_SCA, 0x6007, PROTO_UNDEF, FAM_NONE, BASE_NET },
	{ "moprc", PQ_MOPRC, 0x6002, PROTO_UNDEF, FAM_NONE, BASE_NET },
	{ "mopdl", PQ_MOPDL, 0x6001, PROTO_UNDEF, FAM_NONE, BASE_NET },
	{ "tcp", PQ_TCP, 0, 6, FAM_BOTH, BASE_L4 },
	{ "udp", PQ_UDP, 0, 17, FAM_BOTH, BASE_L4 },
	{ "sctp", PQ_SCTP, 0, 132, FAM_BOTH, BASE_L4 },
	{ "icmp", PQ_ICMP, 0, 1, FAM_IP4, BASE_L4 },
	{ "icmp6", PQ_ICMP6, 0, 58, FAM_IP6, BASE_ICMP6 },
	{ "igmp", PQ_IGMP, 0, 2, FAM_IP4, BASE_L4 },
	{ "igrp", PQ_IGRP, 0, 9, FAM_IP4, BASE_L4 },
	{ "pim", PQ_PIM, 0, 103, FAM_BOTH, BASE_L4 },
	{ "vrrp", PQ_VRRP, 0, 112, FAM_IP4, BASE_L4 },
	{ "carp", PQ_VRRP, 0, 112, FAM_IP4, BASE_L4 },
	{ "ah", PQ_AH, 0, 51, FAM_BOTH, BASE_NONE },
	{ "esp", PQ_ESP, 0, 50, FAM_BOTH, BASE_NONE },
};

/* The name of a protocol qualifier, for messages. */
const char *pf_pq_name(enum pq pq)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(protos); i++)
		if (protos[i].pq == pq)
			return protos[i].name;
	return "?";
}

/* Named constants, which libpcap lexes as numbers. */
struct named_num {
	const char *name;
	uint32_t value;
};

static const struct named_num named_nums[] = {
	{ "icmptype", 0 }, { "icmpcode", 1 }, { "icmp6type", 0 },
	{ "icmp6code", 1 }, { "tcpflags", 13 },
	{ "tcp-fin", 0x01 }, { "tcp-syn", 0x02 }, { "tcp-rst", 0x04 },
	{ "tcp-push", 0x08 }, { "tcp-ack", 0x10 }, { "tcp-urg", 0x20 },
	{ "tcp-ece", 0x40 }, { "tcp-cwr", 0x80 },
	{ "icmp-echoreply", 0 }, { "icmp-unreach", 3 },
	{ "icmp-sourcequench", 4 }, { "icmp-redirect", 5 }, { "icmp-echo", 8 },
	{ "icmp-routeradvert", 9 }, { "icmp-routersolicit", 10 },
	{ "icmp-timxceed", 11 }, { "icmp-paramprob", 12 },
	{ "icmp-tstamp", 13 }, { "icmp-tstampreply", 14 }, { "icmp-ireq", 15 },
	{ "icmp-ireqreply", 16 }, { "icmp-maskreq", 17 },
	{ "icmp-maskreply", 18 },
	{ "icmp6-destinationunreach", 1 }, { "icmp6-packettoobig", 2 },
	{ "icmp6-timeexceeded", 3 }, { "icmp6-parameterproblem", 4 },
	{ "icmp6-echo", 128 }, { "icmp6-echoreply", 129 },
	{ "icmp6-multicastlistenerquery", 130 },
	{ "icmp6-multicastlistenerreportv1", 131 },
	{ "icmp6-multicastlistenerdone", 132 },
	{ "icmp6-routersolicit", 133 }, { "icmp6-routeradvert", 134 },
	{ "icmp6-neighborsolicit", 135 }, { "icmp6-neighboradvert", 136 },
	{ "icmp6-redirect", 137 }, { "icmp6-routerrenum", 138 },
	{ "icmp6-nodeinformationquery", 139 },
	{ "icmp6-nodeinformationresponse", 140 },
	{ "icmp6-ineighbordiscoverysolicit", 141 },
	{ "icmp6-ineighbordiscoveryadvert", 142 },
	{ "icmp6-multicastlistenerreportv2", 143 },
	{ "icmp6-homeagentdiscoveryrequest", 144 },
	{ "icmp6-homeagentdiscoveryreply", 145 },
	{ "icmp6-mobileprefixsolicit", 146 },
	{ "icmp6-mobileprefixadvert", 147 },
	{ "icmp6-certpathsolicit", 148 }, { "icmp6-certpathadvert", 149 },
	{ "icmp6-multicastrouteradvert", 151 },
	{ "icmp6-multicastroutersolicit", 152 },
	{ "icmp6-multicastrouterterm", 153 },
};

/* "ether proto NAME": libpcap's EtherType and LLC SAP names. */
static const struct named_num ether_protos[] = {
	{ "aarp", 0x80f3 }, { "arp", 0x0806 }, { "atalk", 0x809b },
	{ "decnet", 0x6003 }, { "ip", 0x0800 }, { "ip6", 0x86dd },
	{ "lat", 0x6004 }, { "loopback", 0x9000 }, { "mopdl", 0x6001 },
	{ "moprc", 0x6002 }, { "rarp", 0x8035 }, { "sca", 0x6007 },
	{ "iso", 0xfe }, { "stp", 0x42 }, { "ipx", 0xe0 }, { "netbeui", 0xf0 },
};

/* Words of pcap-filter that kefir refuses, and why. */
struct refused {
	const char *words;	/* blank-separated */
	const char *why;
};

static const struct refused refused[] = {
	{ "inbound outbound ifindex",
	  "it tests capture metadata (the packet's direction or interface), not packet bytes" },
	{ "ifname on rnr rulenum srnr subrulenum rset ruleset reason action",
	  "it tests the pflog header, which Ethernet frames do not have" },
	{ "type subtype dir ra ta addr1 addr2 addr3 addr4 address1 address2 address3 address4 radio",
	  "it tests an 802.11 or radio header, which Ethernet frames do not have" },
	{ "vpi vci lane oamf4s oamf4e oamf4 oam metac bcc sc ilmic connectmsg metaconnect",
	  "it tests a SunATM header, which Ethernet frames do not have" },
	{ "fisu lssu msu hfisu hlssu hmsu sio opc dpc sls hsio hopc hdpc hsls",
	  "it tests an MTP2/MTP3 header, which Ethernet frames do not have" },
	{ "iso esis es-is isis is-is clnp l1 l2 iih lsp snp csnp psnp",
	  "OSI protocols over LLC are not supported by kefir" },
	{ "atalk aarp ipx stp netbeui llc",
	  "protocols over 802.2 LLC/SNAP are not supported by kefir" },
	{ "mpls pppoes geneve vxlan",
	  "its offset rules (a label stack, a PPP header, a variable-length tunnel header) have no IR form in kefir yet" },
	{ "protochain",
	  "it walks a chain of headers with a backward loop, which the IR cannot express" },
	{ "gateway",
	  "it needs host names resolved in both /etc/hosts and /etc/ethers, and kefir resolves no host names" },
	{ "byte",
	  "it is undocumented and removed from later libpcap; write 'ether[N] OP V'" },
};

/* Reserved words: an id that is one must be escaped with '\'. */
static const char *const keywords =
	" and or not src dst host net mask port portrange proto protochain"
	" gateway less greater len length broadcast multicast vlan mpls"
	" pppoed pppoes geneve inbound outbound ifindex byte ";


/* An arithmetic value of a relation, with the guards its loads need. */
struct arith {
	struct kefir_expr *e;
	struct kefir_pred *guard;	/* NULL, or an AND */
	enum base base;			/* the L4 kind of its loads, if any */
	bool uses_l4;
};

static struct kefir_pred *parse_expr(struct parser *ps);
static struct kefir_pred *parse_term(struct parser *ps, struct qual *q);
static int parse_arith(struct parser *ps, struct arith *out);

/* ------------------------------------------------------------------------ */
/* Tokens and messages                                                      */
/* ------------------------------------------------------------------------ */

static int next(struct parser *ps, struct token *tok)
{
	int err = lex_next(&ps->lx, tok, ps->diag);

	if (err && !ps->err)
		ps->err = err;
	return err;
}

static void peek(struct parser *ps, struct token *tok)
{
	if (lex_peek(&ps->lx, tok, ps->diag))
		tok->kind = TOK_EOF;
}

/* The token after the next one. */
static void peek2(struct parser *ps, struct token *tok)
{
	struct lexer saved = ps->lx;
	struct token first;

	if (lex_next(&ps->lx, &first, ps->diag) ||
	    lex_next(&ps->lx, tok, ps->diag))
		tok->kind = TOK_EOF;
	ps->lx = saved;
}

/* Records the first error; returns NULL so callers can "return pf_fail(...)". */
void *pf_fail(struct parser *ps, int err)
{
	if (!ps->err)
		ps->err = err;
	return NULL;
}

void *pf_error(struct parser *ps, const struct kefir_loc *loc,
	       const char *fmt, ...)
{
	va_list ap;
	int err;

	if (ps->err)
		return NULL;
	va_start(ap, fmt);
	err = diag_vadd(ps->diag, KEFIR_SEVERITY_ERROR, ps->src, loc, fmt, ap);
	va_end(ap);
	return pf_fail(ps, err ? err : -EINVAL);
}

static void *expected(struct parser *ps, const struct token *tok,
		      const char *what)
{
	if (ps->err)
		return NULL;
	return pf_fail(ps, fe_expected(ps->diag, ps->src, tok, what));
}

static bool in_words(const char *list, const char *s, size_t n)
{
	const char *p = list;

	while (*p) {
		p += strspn(p, " ");
		if (strcspn(p, " ") == n && !strncmp(p, s, n))
			return true;
		p += strcspn(p, " ");
	}
	return false;
}

static bool is_keyword(const struct token *tok)
{
	return tok->kind == TOK_WORD && in_words(keywords, tok->text, tok->len);
}

static const struct proto_info *proto_of(const struct token *tok)
{
	size_t i;

	for (i = 0; tok->kind == TOK_WORD && i < ARRAY_SIZE(protos); i++)
		if (tok_is(tok, protos[i].name))
			return &protos[i];
	return NULL;
}

static const struct refused *refused_of(const struct token *tok)
{
	size_t i;

	for (i = 0; tok->kind == TOK_WORD && i < ARRAY_SIZE(refused); i++)
		if (in_words(refused[i].words, tok->text, tok->len))
			return &refused[i];
	return NULL;
}

static void *refuse(struct parser *ps, const struct token *tok,
		    const struct refused *r)
{
	return pf_error(ps, &tok->loc, "'%.*s' is not supported: %s",
			(int)tok->len, tok->text, r->why);
}

static bool tok_is_any(const struct token *tok, const char *list)
{
	return (tok->kind == TOK_WORD || tok->kind == TOK_PUNCT) &&
	       in_words(list, tok->text, tok->len);
}

/*
 * The tokenizer cuts at ':' and '-', which pflang uses inside addresses
 * (MAC, IPv6) and names (icmp-echo, 20-30). An id is a run of adjacent
 * words, '-' and (when @colons) ':' with no blank in between, as libpcap's
 * scanner reads it; the result is in @out and spans @tok's location.
 */
static int read_id(struct parser *ps, struct token *tok, bool colons,
		   char *out, size_t size)
{
	struct token t;
	size_t n = 0;

	if (next(ps, tok))
		return ps->err;
	for (;;) {
		peek(ps, &t);
		if (t.text != tok->text + tok->len ||
		    !(t.kind == TOK_WORD || tok_is(&t, "-") ||
		      (colons && tok_is(&t, ":"))))
			break;
		next(ps, &t);
		tok->len += t.len;
		tok->loc.len += t.loc.len;
	}
	if (tok->len >= size)
		return -E2BIG;
	n = tok->len;
	memcpy(out, tok->text, n);
	out[n] = '\0';
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Values of primitives (libpcap's gen_ncode, gen_mcode, gen_scode)         */
/* ------------------------------------------------------------------------ */

/* A number as libpcap's scanner reads one: decimal, 0x hex, 0 octal, or
 * a named constant. 1: it is one; 0: not a number; <0: error reported. */
static int number(struct parser *ps, const struct token *tok, const char *s,
		  uint32_t *out)
{
	struct token t = *tok;
	uint64_t v;
	size_t i;
	int err;

	for (i = 0; i < ARRAY_SIZE(named_nums); i++)
		if (!strcmp(s, named_nums[i].name)) {
			*out = named_nums[i].value;
			return 1;
		}
	t.kind = TOK_WORD;
	t.text = s;
	t.len = strlen(s);
	err = tok_to_u64(&t, 0, UINT32_MAX, &v);
	if (err == -ERANGE) {
		pf_error(ps, &tok->loc, "number %s overflows 32 bits", s);
		return -EINVAL;
	}
	if (err)
		return 0;
	*out = (uint32_t)v;
	return 1;
}

/* Dotted decimal with 2 to 4 parts: its value and its bits (vlen). */
static bool dotted(const char *s, uint32_t *v, unsigned int *vlen)
{
	unsigned int parts = 0, n;

	*v = 0;
	for (;;) {
		if (*s < '0' || *s > '9')
			return false;
		for (n = 0; *s >= '0' && *s <= '9'; s++) {
			n = n * 10 + (unsigned int)(*s - '0');
			if (n > 255)
				return false;
		}
		*v = *v << 8 | n;
		parts++;
		if (!*s)
			break;
		if (*s++ != '.' || parts == 4)
			return false;
	}
	*vlen = 8 * parts;
	return parts >= 2;
}

/* A MAC address in one of libpcap's forms (':', '-' or '.' separated
 * bytes, xxxx.xxxx.xxxx, or 12 hex digits). */
static bool mac_address(const char *s, uint8_t mac[6])
{
	unsigned int i = 0, digits;
	char sep = 0;

	if (strlen(s) == 12 && strspn(s, "0123456789abcdefABCDEF") == 12) {
		for (i = 0; i < 6; i++)
			mac[i] = (uint8_t)(hex_digit(s[2 * i]) << 4 |
					   hex_digit(s[2 * i + 1]));
		return true;
	}
	if (strlen(s) == 14 && s[4] == '.' && s[9] == '.') {
		for (i = 0; i < 12; i++) {
			const char *c = s + i + i / 4;

			if (hex_digit(*c) < 0)
				return false;
			mac[i / 2] = (uint8_t)(i % 2 ? mac[i / 2] | hex_digit(*c)
					       : hex_digit(*c) << 4);
		}
		return true;
	}
	for (i = 0; i < 6; i++) {
		mac[i] = 0;
		for (digits = 0; digits < 2 && hex_digit(*s) >= 0; digits++)
			mac[i] = (uint8_t)(mac[i] << 4 | hex_digit(*s++));
		if (!digits)
			return false;
		if (i == 5)
			break;
		if (!sep && (*s == ':' || *s == '-' || *s == '.'))
			sep = *s;
		if (*s++ != sep)
			return false;
	}
	return *s == '\0';
}

/* An address or number after "host"/"net"/"port"/"proto" (or inherited). */
static struct kefir_pred *gen_num(struct parser *ps, uint32_t v,
				  const struct qual *q,
				  const struct token *tok)
{
	uint32_t mask = UINT32_MAX;

	switch (q->addr) {
	case AQ_DEFAULT:
	case AQ_HOST:
	case AQ_NET:
		if (q->proto == PQ_LINK)
			return pf_error(ps, &tok->loc, "illegal link layer address");
		while (q->addr == AQ_NET && v && !(v & 0xff000000u)) {
			v <<= 8;
			mask <<= 8;
		}
		return pf_host4(ps, v, mask, q, tok);
	case AQ_PORT:
	case AQ_PORTRANGE:
		if (!pf_port_qual_ok(q))
			return pf_error(ps, &tok->loc, "illegal qualifier of '%s'",
					q->addr == AQ_PORT ? "port" : "portrange");
		if (v > 0xffff)
			return pf_error(ps, &tok->loc,
					"illegal port number %u > 65535", v);
		return pf_port(ps, v, v, pf_qual_ipproto(q), q->dir, &tok->loc);
	case AQ_PROTO:
		return pf_proto(ps, v, q, tok);
	default:
		return pf_error(ps, &tok->loc,
				"'%.*s' has no qualifiers to repeat: write 'host', 'net' or 'port' before it",
				(int)tok->len, tok->text);
	}
}

static uint32_t prefix_mask(unsigned int len)
{
	return len ? UINT32_MAX << (32 - len) : 0;
}

/* "A/len" or "A mask M" after the dotted address @s (IPv4). */
static struct kefir_pred *gen_masked4(struct parser *ps, const char *s,
				      uint32_t v, unsigned int vlen,
				      const struct qual *q,
				      const struct token *tok)
{
	char text[64];
	struct token t;
	unsigned int mlen;
	uint32_t m, n;

	v <<= 32 - vlen;
	next(ps, &t);
	if (tok_is(&t, "/")) {
		if (read_id(ps, &t, false, text, sizeof(text)) ||
		    number(ps, &t, text, &n) != 1)
			return expected(ps, &t, "a mask length after '/'");
		if (n > 32)
			return pf_error(ps, &t.loc, "mask length must be <= 32");
		m = prefix_mask(n);
		if (v & ~m)
			return pf_error(ps, &tok->loc,
					"non-network bits set in \"%s/%u\"", s, n);
	} else {
		if (read_id(ps, &t, false, text, sizeof(text)) ||
		    !dotted(text, &m, &mlen))
			return expected(ps, &t, "an IPv4 netmask after 'mask'");
		m <<= 32 - mlen;
		if (v & ~m)
			return pf_error(ps, &tok->loc,
					"non-network bits set in \"%s mask %s\"",
					s, text);
	}
	if (q->addr != AQ_NET)
		return pf_error(ps, &tok->loc, "mask syntax for networks only: write 'net %s'",
				s);
	return pf_host4(ps, v, m, q, tok);
}

static struct kefir_pred *gen_dotted(struct parser *ps, const char *s,
				     uint32_t v, unsigned int vlen,
				     const struct qual *q,
				     const struct token *tok)
{
	struct token t;

	peek(ps, &t);
	if (tok_is(&t, "/") || tok_is(&t, "mask"))
		return gen_masked4(ps, s, v, vlen, q, tok);
	if (q->addr == AQ_PORT || q->addr == AQ_PORTRANGE ||
	    q->addr == AQ_PROTO)
		return pf_error(ps, &tok->loc, "'%s' modifier applied to IP address",
				q->addr == AQ_PORT ? "port" :
				q->addr == AQ_PROTO ? "proto" : "portrange");
	if (q->addr == AQ_UNDEF || q->proto == PQ_LINK)
		return gen_num(ps, v, q, tok);
	return pf_host4(ps, v << (32 - vlen), prefix_mask(vlen), q, tok);
}

static struct kefir_pred *gen_ip6(struct parser *ps, const char *s,
				  const struct qual *q, const struct token *tok)
{
	uint8_t a[16], m[16] = { 0 };
	uint32_t len = 128;
	char text[64];
	struct token t;
	int i;

	if (inet_pton(AF_INET6, s, a) != 1)
		return pf_error(ps, &tok->loc, "invalid ip6 address %s", s);
	peek(ps, &t);
	if (tok_is(&t, "/")) {
		next(ps, &t);
		if (read_id(ps, &t, false, text, sizeof(text)) ||
		    number(ps, &t, text, &len) != 1)
			return expected(ps, &t, "a prefix length after '/'");
		if (len > 128)
			return pf_error(ps, &t.loc, "mask length must be <= 128");
	}
	for (i = 0; i < 128; i++)
		if ((unsigned int)i < len)
			m[i / 8] |= (uint8_t)(0x80 >> (i % 8));
	for (i = 0; i < 16; i++)
		if (a[i] & ~m[i])
			return pf_error(ps, &tok->loc,
					"non-network bits set in \"%s/%u\"", s, len);
	if ((q->addr == AQ_DEFAULT || q->addr == AQ_HOST) && len != 128)
		return pf_error(ps, &tok->loc, "mask syntax for networks only: write 'net %s/%u'",
				s, len);
	if (q->addr != AQ_DEFAULT && q->addr != AQ_HOST && q->addr != AQ_NET)
		return pf_error(ps, &tok->loc, "invalid qualifier against IPv6 address");
	return pf_host6(ps, a, m, q, tok);
}

/* "proto NAME": /etc/protocols, or libpcap's EtherType names after ether. */
static struct kefir_pred *gen_proto_name(struct parser *ps, const char *name,
					 const struct qual *q,
					 const struct token *tok)
{
	struct protoent *pe;
	size_t i;

	if (q->proto == PQ_LINK) {
		for (i = 0; i < ARRAY_SIZE(ether_protos); i++)
			if (!strcmp(name, ether_protos[i].name))
				return pf_link_proto(ps, ether_protos[i].value,
						     &tok->loc);
		return pf_error(ps, &tok->loc, "unknown ether proto '%s'", name);
	}
	if (q->proto != PQ_NONE && q->proto != PQ_IP && q->proto != PQ_IP6)
		return pf_proto(ps, 0, q, tok);
	pe = getprotobyname(name);
	if (!pe)
		return pf_error(ps, &tok->loc,
				"unknown ip proto '%s' (not in /etc/protocols)", name);
	return pf_proto(ps, (uint32_t)pe->p_proto, q, tok);
}

/* A name: a port, a protocol; host and network names are refused. */
static struct kefir_pred *gen_name(struct parser *ps, const char *name,
				   const struct qual *q,
				   const struct token *tok)
{
	uint32_t port;
	int ipproto;

	switch (q->addr) {
	case AQ_PORT:
		if (!pf_port_qual_ok(q))
			return pf_error(ps, &tok->loc, "illegal qualifier of 'port'");
		if (pf_named_port(ps, name, q, tok, &port, &ipproto))
			return NULL;
		return pf_port(ps, port, port, ipproto, q->dir, &tok->loc);
	case AQ_PORTRANGE:
		if (!pf_port_qual_ok(q))
			return pf_error(ps, &tok->loc, "illegal qualifier of 'portrange'");
		return pf_portrange_name(ps, name, q, tok);
	case AQ_PROTO:
		return gen_proto_name(ps, name, q, tok);
	case AQ_UNDEF:
		return gen_num(ps, 0, q, tok);
	default:
		return pf_error(ps, &tok->loc,
				"'%s' is not an address: kefir resolves no host, network or ethers names (write the address)",
				name);
	}
}

/*
 * id = NUM | dotted ["/" NUM | "mask" dotted] | ip6 ["/" NUM] | MAC | NAME
 *    | "\" NAME
 */
static struct kefir_pred *parse_value(struct parser *ps, const struct qual *q)
{
	char text[128];
	uint8_t mac[6];
	struct token tok;
	unsigned int vlen;
	uint32_t v;
	int r;

	if (read_id(ps, &tok, true, text, sizeof(text)))
		return expected(ps, &tok, "an address, a number or a name");
	if (tok.kind != TOK_WORD && !(tok.kind == TOK_PUNCT && tok.text[0] == ':'))
		return expected(ps, &tok, "an address, a number or a name");
	if (text[0] == '\\')
		return gen_name(ps, text + 1, q, &tok);
	if (is_keyword(&tok) || proto_of(&tok))
		return pf_error(ps, &tok.loc,
				"expected an address, a number or a name, got keyword '%s' (escape it as '\\%s')",
				text, text);
	if (strlen(text) == 12 && mac_address(text, mac))
		return pf_ether_host(ps, mac, q, &tok);
	if ((r = number(ps, &tok, text, &v)) < 0)
		return NULL;
	if (r)
		return gen_num(ps, v, q, &tok);
	if (dotted(text, &v, &vlen))
		return gen_dotted(ps, text, v, vlen, q, &tok);
	if (strchr(text, ':') && !mac_address(text, mac))
		return gen_ip6(ps, text, q, &tok);
	if (mac_address(text, mac))
		return pf_ether_host(ps, mac, q, &tok);
	return gen_name(ps, text, q, &tok);
}

/* True if @tok can start an id (a value after and/or that inherits). */
static bool starts_value(const struct token *tok)
{
	if (tok->kind != TOK_WORD)
		return tok_is(tok, ":");
	return !is_keyword(tok) && !proto_of(tok) && !refused_of(tok);
}

/* True if the token after the value at the lexer is an arithmetic
 * operator or a comparison: then "80" starts a relation, not an id. */
static bool value_then_operator(struct parser *ps)
{
	struct lexer saved = ps->lx;
	char text[128];
	struct token tok;
	bool r;

	if (read_id(ps, &tok, true, text, sizeof(text))) {
		ps->lx = saved;
		return false;
	}
	peek(ps, &tok);
	ps->lx = saved;
	r = tok_is_any(&tok, "+ - * / % & | ^ << >> = == != < <= > >=");
	return r;
}

/*
 * id  = value | "not" id | "(" pid ")"
 * pid = id { ("and" | "or") id }
 */
static struct kefir_pred *parse_id(struct parser *ps, const struct qual *q)
{
	struct kefir_pred *p;
	struct token tok, op;

	peek(ps, &tok);
	if (tok_is(&tok, "not") || tok_is(&tok, "!")) {
		next(ps, &tok);
		return pf_not(ps, parse_id(ps, q));
	}
	if (!tok_is(&tok, "("))
		return parse_value(ps, q);
	next(ps, &tok);
	p = parse_id(ps, q);
	for (;;) {
		peek(ps, &op);
		if (!p || !tok_is_any(&op, "and && or ||"))
			break;
		next(ps, &op);
		if (tok_is_any(&op, "and &&"))
			p = pf_and(ps, p, parse_id(ps, q));
		else
			p = pf_or(ps, p, parse_id(ps, q));
	}
	if (p && (next(ps, &tok) || !tok_is(&tok, ")"))) {
		pred_free(p);
		return expected(ps, &tok, "')' or 'and'/'or' and an address");
	}
	return p;
}

/* True if what follows can only be an id (inheriting qualifiers). */
static bool id_follows(struct parser *ps)
{
	struct lexer saved = ps->lx;
	struct token tok;
	bool r;

	do {
		peek(ps, &tok);
		if (!tok_is(&tok, "not") && !tok_is(&tok, "!"))
			break;
		lex_next(&ps->lx, &tok, ps->diag);
	} while (true);
	if (tok_is(&tok, "(")) {
		lex_next(&ps->lx, &tok, ps->diag);
		peek(ps, &tok);
		r = starts_value(&tok) && !value_then_operator(ps);
		if (r) {
			struct token after;

			peek2(ps, &after);
			r = !tok_is(&after, "[");
		}
	} else {
		r = starts_value(&tok) && !value_then_operator(ps);
	}
	ps->lx = saved;
	return r;
}

/* ------------------------------------------------------------------------ */
/* Arithmetic and relations                                                 */
/* ------------------------------------------------------------------------ */

static void arith_free(struct arith *a)
{
	expr_free(a->e);
	pred_free(a->guard);
	memset(a, 0, sizeof(*a));
}

/* The guards of a load of protocol @pi, added after those of its index. */
static struct kefir_pred *load_guard(struct parser *ps,
				     const struct proto_info *pi,
				     struct kefir_pred *index_guard,
				     const struct kefir_loc *loc)
{
	struct kefir_pred *g;

	switch (pi->base) {
	case BASE_NET:
		g = pf_ethertype(ps, pi->ethertype, loc);
		return index_guard ? pf_and(ps, index_guard, g) : g;
	case BASE_L4:
		g = pf_ethertype(ps, 0x0800, loc);
		if (index_guard)
			g = pf_and(ps, g, index_guard);
		g = pf_and(ps, g, pf_field_eq(ps, KEFIR_FIELD_IP4_PROTO,
					      (uint64_t)pi->ipproto, loc));
		return pf_and(ps, g, pf_field_eq(ps, KEFIR_FIELD_IP4_FRAGOFF, 0, loc));
	case BASE_ICMP6:
		g = pf_ethertype(ps, 0x86dd, loc);
		g = index_guard ? pf_and(ps, index_guard, g) : g;
		return pf_and(ps, g, pf_field_eq(ps, KEFIR_FIELD_IP6_NEXT, 58, loc));
	default:
		return index_guard;
	}
}

/* accessor = PROTO "[" arith [":" (1|2|4)] "]" */
static int parse_accessor(struct parser *ps, struct arith *out)
{
	const struct proto_info *pi;
	struct token tok, sz;
	struct arith idx = { 0 };
	uint64_t size = 1;
	struct kefir_expr *e;

	next(ps, &tok);
	pi = proto_of(&tok);
	if (pi->base == BASE_NONE) {
		pf_error(ps, &tok.loc, "unsupported index operation: '%.*s[]'",
			 (int)tok.len, tok.text);
		return ps->err;
	}
	next(ps, &sz);		/* "[" */
	if (parse_arith(ps, &idx))
		return ps->err;
	next(ps, &sz);
	if (tok_is(&sz, ":")) {
		next(ps, &sz);
		if (tok_to_u64(&sz, 0, 4, &size) ||
		    (size != 1 && size != 2 && size != 4)) {
			arith_free(&idx);
			expected(ps, &sz, "a data size of 1, 2 or 4 after ':'");
			return ps->err;
		}
		next(ps, &sz);
	}
	if (!tok_is(&sz, "]")) {
		arith_free(&idx);
		expected(ps, &sz, "']' or ':' and a size");
		return ps->err;
	}
	if (pi->base == BASE_ICMP6)
		idx.e = pf_binary(KEFIR_BINOP_ADD, idx.e, pf_const(40, &tok.loc),
				  &tok.loc);
	e = expr_new(KEFIR_EXPR_LOAD, &tok.loc);
	if (!e || !idx.e) {
		expr_free(e);
		arith_free(&idx);
		return -ENOMEM;
	}
	e->anchor = pi->base == BASE_LINK ? KEFIR_ANCHOR_LINK :
		    pi->base == BASE_L4 ? KEFIR_ANCHOR_L4 : KEFIR_ANCHOR_NET;
	e->size = (unsigned int)size;
	e->a = idx.e;
	out->e = e;
	out->uses_l4 = idx.uses_l4 || pi->base == BASE_L4;
	out->guard = load_guard(ps, pi, idx.guard, &tok.loc);
	return ps->err;
}

/* The leftmost constant of @e (libpcap checks divisors by their first
 * statement), or -1 when it starts with a load of len. */
static int64_t leftmost_const(const struct kefir_expr *e)
{
	switch (e->kind) {
	case KEFIR_EXPR_CONST:
		return e->k;
	case KEFIR_EXPR_LEN:
		return -1;
	default:
		return leftmost_const(e->a);
	}
}

static int parse_operand(struct parser *ps, struct arith *out);

/* "-" operand: the operand with its "^" or "%" chain, as libpcap 1.10
 * ("-7 % 4" is -(7 % 4)). */
static int parse_negation(struct parser *ps, struct arith *out,
			  const struct token *minus)
{
	struct kefir_expr *neg;

	if (parse_operand(ps, out))
		return ps->err;
	neg = expr_new(KEFIR_EXPR_NEG, &minus->loc);
	if (!neg) {
		arith_free(out);
		return pf_fail(ps, -ENOMEM), -ENOMEM;
	}
	neg->a = out->e;
	out->e = neg;
	return 0;
}

/*
 * primary = NUM | "len" | "length" | accessor | "(" arith ")"
 *         | "-" operand
 * and then, as libpcap 1.10's grammar gives them no precedence, "^" or "%"
 * and an arith: they take everything to their right ("7 % 4 - 1" is
 * 7 % (4 - 1), "2 * 7 % 4" is 2 * (7 % 4), "-7 % 4" is -(7 % 4)).
 */
static int parse_primary(struct parser *ps, struct arith *out)
{
	struct token tok, after;
	char text[128];
	uint32_t v;
	int r;

	peek(ps, &tok);
	peek2(ps, &after);
	if (tok_is(&tok, "(")) {
		next(ps, &tok);
		if (parse_arith(ps, out))
			return ps->err;
		next(ps, &tok);
		if (!tok_is(&tok, ")")) {
			arith_free(out);
			expected(ps, &tok, "')' or an arithmetic operator");
			return ps->err;
		}
	} else if (tok_is(&tok, "-")) {
		next(ps, &tok);
		return parse_negation(ps, out, &tok);
	} else if (proto_of(&tok) && tok_is(&after, "[")) {
		if (parse_accessor(ps, out))
			return ps->err;
	} else {
		if (read_id(ps, &tok, false, text, sizeof(text)))
			return expected(ps, &tok, "a number"), ps->err;
		if (!strcmp(text, "len") || !strcmp(text, "length")) {
			out->e = expr_new(KEFIR_EXPR_LEN, &tok.loc);
			goto done;
		}
		r = tok.kind == TOK_WORD ? number(ps, &tok, text, &v) : 0;
		if (r < 0)
			return ps->err;
		if (!r)
			return expected(ps, &tok,
					"a number, 'len' or an accessor such as 'ip[0]'"),
			       ps->err;
		out->e = pf_const(v, &tok.loc);
	}
done:
	if (!out->e)
		return pf_fail(ps, -ENOMEM), -ENOMEM;
	return 0;
}

struct binop_info {
	const char *tok;
	enum kefir_binop op;
	int prec;
};

static const struct binop_info binops[] = {
	{ "|", KEFIR_BINOP_OR, 1 }, { "&", KEFIR_BINOP_AND, 2 },
	{ "<<", KEFIR_BINOP_LSH, 3 }, { ">>", KEFIR_BINOP_RSH, 3 },
	{ "+", KEFIR_BINOP_ADD, 4 }, { "-", KEFIR_BINOP_SUB, 4 },
	{ "*", KEFIR_BINOP_MUL, 5 }, { "/", KEFIR_BINOP_DIV, 5 },
};

static const struct binop_info *binop_of(const struct token *tok)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(binops); i++)
		if (tok_is(tok, binops[i].tok))
			return &binops[i];
	return NULL;
}

/* Combines @a op @b into @a; @a keeps its own guards only (libpcap). */
static int combine(struct parser *ps, struct arith *a, enum kefir_binop op,
		   struct arith *b, const struct token *tok)
{
	int64_t k = leftmost_const(b->e);

	if ((op == KEFIR_BINOP_DIV || op == KEFIR_BINOP_MOD) && k == 0) {
		arith_free(b);
		pf_error(ps, &tok->loc, op == KEFIR_BINOP_DIV ?
			 "division by zero" : "modulus by zero");
		return ps->err;
	}
	if ((op == KEFIR_BINOP_LSH || op == KEFIR_BINOP_RSH) && k > 31) {
		arith_free(b);
		pf_error(ps, &tok->loc, "shift by more than 31 bits");
		return ps->err;
	}
	a->e = pf_binary(op, a->e, b->e, &tok->loc);
	a->uses_l4 = a->uses_l4 || b->uses_l4;
	b->e = NULL;
	arith_free(b);
	if (!a->e)
		return pf_fail(ps, -ENOMEM), -ENOMEM;
	return 0;
}

/* operand = primary [("^" | "%") arith] */
static int parse_operand(struct parser *ps, struct arith *out)
{
	struct arith rhs = { 0 };
	struct token tok;

	if (parse_primary(ps, out))
		return ps->err;
	peek(ps, &tok);
	if (!tok_is(&tok, "^") && !tok_is(&tok, "%"))
		return 0;
	next(ps, &tok);
	if (parse_arith(ps, &rhs))
		return ps->err;
	return combine(ps, out, tok_is(&tok, "^") ? KEFIR_BINOP_XOR :
		       KEFIR_BINOP_MOD, &rhs, &tok);
}

/* arith = operand { binop operand }, by precedence, left-associative */
static int parse_binary(struct parser *ps, int min_prec, struct arith *out)
{
	const struct binop_info *bi;
	struct arith rhs;
	struct token tok;

	if (parse_operand(ps, out))
		goto fail;
	for (;;) {
		peek(ps, &tok);
		bi = binop_of(&tok);
		if (!bi || bi->prec < min_prec)
			return 0;
		next(ps, &tok);
		memset(&rhs, 0, sizeof(rhs));
		if (parse_binary(ps, bi->prec + 1, &rhs) ||
		    combine(ps, out, bi->op, &rhs, &tok))
			goto fail;
	}
fail:
	arith_free(out);
	return ps->err ? ps->err : -EINVAL;
}

static int parse_arith(struct parser *ps, struct arith *out)
{
	memset(out, 0, sizeof(*out));
	return parse_binary(ps, 1, out);
}

struct relop_info {
	const char *tok;
	enum kefir_relop op;
};

static const struct relop_info relops[] = {
	{ "=", KEFIR_RELOP_EQ }, { "==", KEFIR_RELOP_EQ },
	{ "!=", KEFIR_RELOP_NE }, { "<", KEFIR_RELOP_LT },
	{ "<=", KEFIR_RELOP_LE }, { ">", KEFIR_RELOP_GT },
	{ ">=", KEFIR_RELOP_GE },
};

/* relation = arith relop arith: the guards of both sides, then the test */
static struct kefir_pred *parse_relation(struct parser *ps)
{
	struct arith lhs, rhs = { 0 };
	struct kefir_pred *rel, *guard;
	struct token tok;
	size_t i;

	if (parse_arith(ps, &lhs))
		return NULL;
	next(ps, &tok);
	for (i = 0; i < ARRAY_SIZE(relops); i++)
		if (tok_is(&tok, relops[i].tok))
			break;
	if (i == ARRAY_SIZE(relops)) {
		arith_free(&lhs);
		return expected(ps, &tok, "a comparison ('=', '!=', '<', '<=', '>' or '>=') or an arithmetic operator");
	}
	if (parse_arith(ps, &rhs)) {
		arith_free(&lhs);
		return NULL;
	}
	rel = pf_relation(ps, relops[i].op, lhs.e, rhs.e,
			  lhs.uses_l4 || rhs.uses_l4 ? KEFIR_L4_IP4 : KEFIR_L4_NONE,
			  &tok.loc);
	guard = lhs.guard && rhs.guard ? pf_and(ps, lhs.guard, rhs.guard) :
		lhs.guard ? lhs.guard : rhs.guard;
	return guard ? pf_and(ps, guard, rel) : rel;
}

/* ------------------------------------------------------------------------ */
/* Primitives and the boolean grammar                                       */
/* ------------------------------------------------------------------------ */

/* "vlan [ID]": a VLAN TPID here, then everything after moves by 4 bytes. */
static struct kefir_pred *parse_vlan(struct parser *ps,
				     const struct token *kw)
{
	static const uint16_t tpids[] = { 0x8100, 0x88a8, 0x9100 };
	struct kefir_pred *p, *id = NULL;
	struct token tok;
	char text[64];
	uint32_t v;
	size_t i;

	p = pf_field_eq(ps, KEFIR_FIELD_ETH_TYPE, 0, &kw->loc);
	if (!p || !(p->test.set = calloc(3, sizeof(*p->test.set)))) {
		pred_free(p);
		return pf_fail(ps, -ENOMEM);
	}
	p->test.op = KEFIR_OP_SET;
	p->test.n_set = ARRAY_SIZE(tpids);
	for (i = 0; i < ARRAY_SIZE(tpids); i++)
		value_from_u64(&p->test.set[i], tpids[i], 2);
	peek(ps, &tok);
	if (tok.kind == TOK_WORD && !is_keyword(&tok) && !proto_of(&tok)) {
		read_id(ps, &tok, false, text, sizeof(text));
		if (number(ps, &tok, text, &v) != 1) {
			pred_free(p);
			return expected(ps, &tok, "a VLAN id");
		}
		if (v > MAX_VLAN_ID) {
			pred_free(p);
			return pf_error(ps, &tok.loc,
					"VLAN tag %u greater than maximum %u", v,
					MAX_VLAN_ID);
		}
		id = pf_field_eq(ps, KEFIR_FIELD_VLAN_ID, v, &tok.loc);
		p = pf_and(ps, p, id);
	}
	ps->net_off += VLAN_HLEN;
	return p;
}

/* "less N" / "greater N": the wire length, inclusive. */
static struct kefir_pred *parse_length(struct parser *ps,
				       const struct token *kw)
{
	struct token tok;
	char text[64];
	struct kefir_pred *p;
	uint32_t v;

	if (read_id(ps, &tok, false, text, sizeof(text)) ||
	    number(ps, &tok, text, &v) != 1)
		return expected(ps, &tok, "a number");
	p = pf_field_eq(ps, KEFIR_FIELD_PKT_LEN, 0, &kw->loc);
	if (!p)
		return NULL;
	p->test.op = KEFIR_OP_RANGE;
	value_from_u64(&p->test.value, tok_is(kw, "less") ? 0 : v, 4);
	value_from_u64(&p->test.max, tok_is(kw, "less") ? v : UINT32_MAX, 4);
	return p;
}

/* "[ether] broadcast", "[ether|ip|ip6] multicast" */
static struct kefir_pred *parse_cast(struct parser *ps,
				     const struct proto_info *pi,
				     const struct token *kw)
{
	static const uint8_t bcast[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
	bool multi = tok_is(kw, "multicast");
	enum pq pq = pi ? pi->pq : PQ_NONE;
	struct kefir_pred *p;

	if ((pq == PQ_NONE || pq == PQ_LINK) && !multi) {
		p = pred_new_field(KEFIR_FIELD_ETH_DST, &kw->loc);
		if (!p)
			return pf_fail(ps, -ENOMEM);
		memcpy(p->test.value.b, bcast, 6);
		return p;
	}
	if (pq == PQ_NONE || pq == PQ_LINK)
		return pf_load_cmp(ps, KEFIR_ANCHOR_LINK, 0, 1, 1, KEFIR_RELOP_NE,
				   0, &kw->loc);
	if (pq == PQ_IP && !multi)
		return pf_error(ps, &kw->loc,
				"'ip broadcast' is not supported: libpcap needs the capture's netmask for it, and kefir has none");
	if (pq == PQ_IP)
		return pf_and(ps, pf_ethertype(ps, 0x0800, &kw->loc),
			      pf_load_cmp(ps, KEFIR_ANCHOR_NET, 16, 1, UINT32_MAX,
					  KEFIR_RELOP_GE, 224, &kw->loc));
	if (pq == PQ_IP6 && multi)
		return pf_and(ps, pf_ethertype(ps, 0x86dd, &kw->loc),
			      pf_load_cmp(ps, KEFIR_ANCHOR_NET, 24, 1, UINT32_MAX,
					  KEFIR_RELOP_EQ, 0xff, &kw->loc));
	return pf_error(ps, &kw->loc, "only link-layer/IP %s supported",
			multi ? "multicast" : "broadcast");
}

static const char *const dir_words = "src dst";
static const char *const addr_words = "host net port portrange";

static enum aq addr_of(const struct token *tok)
{
	static const enum aq v[] = { AQ_HOST, AQ_NET, AQ_PORT, AQ_PORTRANGE };
	static const char *const w[] = { "host", "net", "port", "portrange" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(w); i++)
		if (tok_is(tok, w[i]))
			return v[i];
	return AQ_DEFAULT;
}

/* dqual = "src" | "dst" | ("src"|"dst") ("or"|"and") ("dst"|"src") */
static enum dq parse_dir(struct parser *ps)
{
	struct token tok, conj, other;
	bool src;

	next(ps, &tok);
	src = tok_is(&tok, "src");
	peek(ps, &conj);
	peek2(ps, &other);
	if (!tok_is_any(&conj, "and && or ||") ||
	    !tok_is(&other, src ? "dst" : "src"))
		return src ? DQ_SRC : DQ_DST;
	next(ps, &conj);
	next(ps, &other);
	return tok_is_any(&conj, "and &&") ? DQ_AND : DQ_OR;
}

/*
 * head id, where head = [pname] [dqual] [aqual] | pname "proto"
 * (at least one qualifier). Sets *@q to the qualifiers for later bare ids.
 */
static struct kefir_pred *parse_qualified(struct parser *ps,
					  const struct proto_info *pi,
					  struct qual *q)
{
	struct token tok;
	const struct refused *r;

	q->proto = pi ? pi->pq : PQ_NONE;
	q->dir = DQ_DEFAULT;
	q->addr = AQ_DEFAULT;
	peek(ps, &tok);
	if (tok_is_any(&tok, dir_words)) {
		q->dir = parse_dir(ps);
		peek(ps, &tok);
	}
	if (tok_is_any(&tok, addr_words)) {
		next(ps, &tok);
		q->addr = addr_of(&tok);
	} else if (q->dir == DQ_DEFAULT && tok_is(&tok, "proto")) {
		next(ps, &tok);
		q->addr = AQ_PROTO;
	} else if ((r = refused_of(&tok))) {
		return refuse(ps, &tok, r);
	}
	return parse_id(ps, q);
}

/* rterm after a protocol name: accessor, qualified id, cast or alone */
static struct kefir_pred *parse_proto_term(struct parser *ps, struct qual *q)
{
	const struct proto_info *pi;
	struct token tok, after;

	peek2(ps, &after);
	if (tok_is(&after, "["))
		return parse_relation(ps);
	next(ps, &tok);
	pi = proto_of(&tok);
	if (tok_is_any(&after, "src dst host net port portrange proto") ||
	    refused_of(&after))
		return parse_qualified(ps, pi, q);
	q->addr = AQ_UNDEF;
	if (tok_is_any(&after, "broadcast multicast")) {
		next(ps, &after);
		return parse_cast(ps, pi, &after);
	}
	return pf_proto_abbrev(ps, pi, &tok);
}

/* Tries "(" as the start of a relation; restores the lexer if it is not. */
static struct kefir_pred *try_paren_relation(struct parser *ps)
{
	struct lexer saved = ps->lx;
	struct kefir_diag *diag = ps->diag, *quiet = kefir_diag_new();
	struct token tok;
	struct arith a;
	bool relation = false;

	if (!quiet)
		return pf_fail(ps, -ENOMEM);
	ps->diag = quiet;
	if (!parse_arith(ps, &a)) {
		peek(ps, &tok);
		arith_free(&a);
		relation = !ps->err && tok_is_any(&tok, "= == != < <= > >=");
	}
	ps->diag = diag;
	kefir_diag_free(quiet);
	if (ps->err == -ENOMEM)
		return NULL;
	ps->err = 0;
	ps->lx = saved;
	return relation ? parse_relation(ps) : NULL;
}

/* "(" expr ")" */
static struct kefir_pred *parse_group(struct parser *ps, struct qual *q)
{
	struct qual outer = *q;
	struct kefir_pred *p;
	struct token tok;

	next(ps, &tok);
	p = parse_expr(ps);
	if (p && (next(ps, &tok) || !tok_is(&tok, ")"))) {
		pred_free(p);
		return expected(ps, &tok, "')', 'and' or 'or'");
	}
	*q = outer;
	return p;
}

/*
 * rterm = head id | "(" expr ")" | pname | arith relop arith | other
 * term  = rterm | ("not" | "!") term
 */
static struct kefir_pred *parse_term(struct parser *ps, struct qual *q)
{
	const struct refused *r;
	struct token tok;
	struct kefir_pred *p;

	peek(ps, &tok);
	if (tok_is(&tok, "not") || tok_is(&tok, "!")) {
		next(ps, &tok);
		return pf_not(ps, parse_term(ps, q));
	}
	if (tok_is(&tok, "(")) {
		p = try_paren_relation(ps);
		if (p || ps->err) {
			q->addr = AQ_UNDEF;
			return p;
		}
		return parse_group(ps, q);
	}
	if (proto_of(&tok))
		return parse_proto_term(ps, q);
	if (tok_is_any(&tok, "src dst host net port portrange proto"))
		return parse_qualified(ps, NULL, q);
	q->addr = AQ_UNDEF;
	if (tok_is_any(&tok, "broadcast multicast")) {
		next(ps, &tok);
		return parse_cast(ps, NULL, &tok);
	}
	if (tok_is_any(&tok, "less greater")) {
		next(ps, &tok);
		return parse_length(ps, &tok);
	}
	if (tok_is(&tok, "vlan")) {
		next(ps, &tok);
		return parse_vlan(ps, &tok);
	}
	if (tok_is(&tok, "pppoed")) {
		next(ps, &tok);
		return pf_ethertype(ps, 0x8863, &tok.loc);
	}
	if ((r = refused_of(&tok)))
		return refuse(ps, &tok, r);
	if (tok.kind == TOK_WORD || tok_is(&tok, "-"))
		return parse_relation(ps);
	return expected(ps, &tok, "a primitive such as 'host', 'port', 'tcp' or 'ip[0] = 1'");
}

/* expr = term { ("and" | "&&" | "or" | "||") (term | id) }, left to right */
static struct kefir_pred *parse_expr(struct parser *ps)
{
	struct qual q = { PQ_NONE, DQ_DEFAULT, AQ_UNDEF };
	struct kefir_pred *p, *rhs;
	struct token op;
	bool conj;

	p = parse_term(ps, &q);
	while (p) {
		peek(ps, &op);
		if (!tok_is_any(&op, "and && or ||"))
			break;
		next(ps, &op);
		conj = tok_is_any(&op, "and &&");
		if (id_follows(ps))
			rhs = parse_id(ps, &q);
		else
			rhs = parse_term(ps, &q);
		p = conj ? pf_and(ps, p, rhs) : pf_or(ps, p, rhs);
	}
	return p;
}

/* ------------------------------------------------------------------------ */
/* Entry                                                                    */
/* ------------------------------------------------------------------------ */

/* The whole input, on one line, for the rule's text. */
static char *one_line(const struct kefir_source *src)
{
	char *s = strndup(src->text, src->len), *p;

	for (p = s; p && *p; p++)
		if (*p == '\n' || *p == '\t' || *p == '\r')
			*p = ' ';
	while (s && *s && p > s && p[-1] == ' ')
		*--p = '\0';
	return s;
}

static int parse_filter(struct parser *ps, struct kefir_rule *rule)
{
	struct kefir_pred *p;
	struct token tok;

	peek(ps, &tok);
	if (tok.kind == TOK_EOF)
		return 0;
	rule->loc = tok.loc;
	p = parse_expr(ps);
	if (p && (next(ps, &tok) || tok.kind != TOK_EOF)) {
		pred_free(p);
		expected(ps, &tok, "'and', 'or' or the end of the filter");
		return ps->err;
	}
	if (!p)
		return ps->err ? ps->err : -EINVAL;
	if (p->kind == KEFIR_PRED_AND) {
		pred_free(rule->match);
		rule->match = p;
		return 0;
	}
	if (pred_add(rule->match, p)) {
		pred_free(p);
		return -ENOMEM;
	}
	return 0;
}

/* ------------------------------------------------------------------------ */
/* pfmatch rulesets                                                         */
/* ------------------------------------------------------------------------ */

#define MAX_NESTING 16

/*
 * A ruleset being read: where each enclosing block's test starts, so that
 * every rule of a block can repeat its tests (they are parsed again), and
 * the network offset the innermost block's clauses start from: a clause
 * continues where its block's test left the offsets ("vlan => { ip => ... }"
 * is "vlan and ip").
 */
struct matcher {
	struct parser *ps;
	struct kefir_ruleset *rs;
	struct lexer outer[MAX_NESTING];
	size_t depth;
	unsigned int net_off;
};

/* The test at @at, parsed again, from the parser's current offsets. */
static struct kefir_pred *test_at(struct parser *ps, const struct lexer *at)
{
	struct lexer saved = ps->lx;
	struct kefir_pred *p;

	ps->lx = *at;
	p = parse_expr(ps);
	ps->lx = saved;
	return p;
}

/* Adds the rule "enclosing tests and @own (NULL: none) => @action". */
static int add_rule(struct matcher *m, const struct lexer *own,
		    const struct token *first, const struct kefir_action *action)
{
	struct parser *ps = m->ps;
	char *line = source_line(ps->src, first->loc.line);
	struct kefir_rule *rule;
	struct kefir_pred *p;
	size_t i;
	int err = 0;

	rule = line ? rule_new(&first->loc, line + strspn(line, " \t")) : NULL;
	free(line);
	if (!rule)
		return pf_fail(ps, -ENOMEM), -ENOMEM;
	ps->net_off = KEFIR_NET_OFF_DEFAULT;
	for (i = 0; !err && i <= m->depth; i++) {
		if (i == m->depth && !own)
			break;
		p = test_at(ps, i < m->depth ? &m->outer[i] : own);
		err = p ? pf_adopt(rule->match, p) : ps->err;
	}
	if (!err)
		err = action_copy(&rule->action, action);
	if (!err)
		err = ruleset_append(m->rs, rule);
	if (err) {
		rule_free(rule);
		return pf_fail(ps, err), err;
	}
	return 0;
}

/* action = "pass" | "drop" | HANDLER-NAME */
static int parse_action(struct parser *ps, struct kefir_action *a)
{
	struct token tok;

	memset(a, 0, sizeof(*a));
	a->vf = a->context = -1;
	next(ps, &tok);
	a->loc = tok.loc;
	if (tok.kind != TOK_WORD || is_keyword(&tok) || proto_of(&tok) ||
	    !(isalpha((unsigned char)tok.text[0]) || tok.text[0] == '_')) {
		expected(ps, &tok, "'pass', 'drop', a handler name or '{'");
		return ps->err;
	}
	if (tok_is(&tok, "pass") || tok_is(&tok, "drop")) {
		a->kind = tok_is(&tok, "pass") ? KEFIR_ACTION_PASS :
			  KEFIR_ACTION_DROP;
		return 0;
	}
	a->kind = KEFIR_ACTION_HANDLER;
	a->name = tok_strdup(&tok);
	return a->name ? 0 : (pf_fail(ps, -ENOMEM), -ENOMEM);
}

static int parse_clauses(struct matcher *m, bool *ends_otherwise);

/*
 * A nested block: its clauses, each with the block's test first, then,
 * unless its last clause is "otherwise", a rule "the block's test => drop"
 * (the default): once the block's test holds it decides the packet, and
 * later clauses are not tried.
 */
static int parse_block(struct matcher *m, const struct lexer *own,
		       const struct token *first)
{
	struct kefir_action drop = { .kind = KEFIR_ACTION_DROP, .vf = -1,
				     .context = -1 };
	unsigned int net_off = m->net_off;
	bool ends_otherwise = false;
	int err;

	if (m->depth == MAX_NESTING) {
		pf_error(m->ps, &first->loc, "blocks nested more than %d deep",
			 MAX_NESTING);
		return m->ps->err;
	}
	if (own)
		m->outer[m->depth++] = *own;
	m->net_off = m->ps->net_off;	/* where the block's test ended */
	err = parse_clauses(m, &ends_otherwise);
	m->net_off = net_off;
	if (own)
		m->depth--;
	if (err || ends_otherwise)
		return err;
	return add_rule(m, own, first, &drop);
}

/* clause = (expr | "otherwise") "=>" (action | "{" clause* "}") */
static int parse_clause(struct matcher *m)
{
	struct parser *ps = m->ps;
	struct token first, arrow;
	struct kefir_action action;
	struct kefir_pred *p;
	struct lexer at;
	bool otherwise;
	int err;

	peek(ps, &first);
	otherwise = tok_is(&first, "otherwise");
	at = ps->lx;
	ps->net_off = m->net_off;
	if (otherwise) {
		next(ps, &first);
	} else {
		p = parse_expr(ps);
		if (!p)
			return ps->err;
		pred_free(p);
	}
	if (next(ps, &arrow) || !tok_is(&arrow, "=>")) {
		expected(ps, &arrow, "'=>' and an action");
		return ps->err;
	}
	peek(ps, &arrow);
	if (tok_is(&arrow, "{")) {
		next(ps, &arrow);
		return parse_block(m, otherwise ? NULL : &at, &first);
	}
	if (parse_action(ps, &action))
		return ps->err;
	err = add_rule(m, otherwise ? NULL : &at, &first, &action);
	action_clear(&action);
	return err;
}

/* clause* "}"; *@ends_otherwise: the last clause was "otherwise" */
static int parse_clauses(struct matcher *m, bool *ends_otherwise)
{
	struct token tok;

	for (;;) {
		peek(m->ps, &tok);
		if (tok_is(&tok, "}")) {
			next(m->ps, &tok);
			return 0;
		}
		if (tok.kind == TOK_EOF) {
			expected(m->ps, &tok, "a clause 'TEST => ACTION' or '}'");
			return m->ps->err;
		}
		*ends_otherwise = tok_is(&tok, "otherwise");
		if (parse_clause(m))
			return m->ps->err;
	}
}

/* ruleset = "match" "{" clause* "}" */
static int parse_ruleset(struct parser *ps, struct kefir_ruleset *rs)
{
	struct matcher m = { .ps = ps, .rs = rs,
			     .net_off = KEFIR_NET_OFF_DEFAULT };
	struct token tok;
	bool ends_otherwise;

	next(ps, &tok);		/* match */
	next(ps, &tok);		/* { */
	if (parse_clauses(&m, &ends_otherwise))
		return ps->err;
	if (next(ps, &tok) || tok.kind != TOK_EOF) {
		expected(ps, &tok, "the end of the input after the ruleset");
		return ps->err;
	}
	return 0;
}

/* True if the input is a pfmatch ruleset: "match {". */
static bool is_ruleset(struct parser *ps)
{
	struct token tok, brace;

	peek(ps, &tok);
	peek2(ps, &brace);
	return tok_is(&tok, "match") && tok_is(&brace, "{");
}

static int parse_pflang(const struct kefir_source *src,
			const struct kefir_parse_opts *opts,
			struct kefir_ruleset *rs, struct kefir_diag *diag)
{
	const struct lexer_opts lexer_opts = {
		.punct = "=> && || != == <= >= << >> ( ) [ ] { } ! = < > + - * / % & | ^ :",
	};
	/* without trailing blanks, "end of input" points after the last word */
	struct kefir_source trimmed = *src;
	struct parser ps = { .src = &trimmed, .diag = diag,
			     .net_off = KEFIR_NET_OFF_DEFAULT };
	struct kefir_loc loc = { 1, 1, 0 };
	struct kefir_rule *rule;
	char *text = one_line(src);
	int err;

	(void)opts;
	while (trimmed.len && strchr(" \t\r\n", trimmed.text[trimmed.len - 1]))
		trimmed.len--;
	rule = text ? rule_new(&loc, text) : NULL;
	free(text);
	if (!rule)
		return -ENOMEM;
	lex_init(&ps.lx, &trimmed, &lexer_opts);
	if (is_ruleset(&ps)) {
		rule_free(rule);
		rs->default_action.kind = KEFIR_ACTION_DROP;
		err = parse_ruleset(&ps, rs);
		lex_free(&ps.lx);
		return err;
	}
	err = parse_filter(&ps, rule);
	lex_free(&ps.lx);
	rule->action.kind = KEFIR_ACTION_PASS;
	rs->default_action.kind = KEFIR_ACTION_DROP;
	if (!err)
		err = ruleset_append(rs, rule);
	if (err)
		rule_free(rule);
	return err;
}

const struct kefir_frontend kefir_frontend_pflang = {
	.name = "pflang",
	.aliases = "tcpdump pcap-filter",
	.summary = "a pcap-filter (tcpdump) expression on Ethernet: what it accepts passes, the rest drops",
	.parse = parse_pflang,
};
