/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * value.c - field values: big-endian byte strings of the field's width, so
 * numbers, MACs and addresses share one representation, one comparison and
 * one mask operation. Parsing here is of kefir's own canonical forms (JSON);
 * each front-end parses its syntax's forms itself.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kefir_internal.h"

void value_from_u64(struct kefir_value *v, uint64_t x, unsigned int bytes)
{
	unsigned int i;

	memset(v, 0, sizeof(*v));
	for (i = bytes; i-- > 0 && i < sizeof(v->b); x >>= 8)
		v->b[i] = (uint8_t)x;
}

uint64_t value_to_u64(const struct kefir_value *v, unsigned int bytes)
{
	uint64_t x = 0;
	unsigned int i;

	for (i = 0; i < bytes && i < 8; i++)
		x = (x << 8) | v->b[i];
	return x;
}

void value_full_mask(struct kefir_value *v, enum kefir_field field)
{
	const struct kefir_field_info *fi = field_info(field);

	if (fi->mask) {
		value_from_u64(v, field_max(field), fi->bytes);
		return;
	}
	memset(v, 0, sizeof(*v));
	memset(v->b, 0xff, fi->bytes);
}

bool value_is_full_mask(const struct kefir_value *v, enum kefir_field field)
{
	struct kefir_value full;

	value_full_mask(&full, field);
	return !value_cmp(v, &full, field_info(field)->bytes);
}

int value_cmp(const struct kefir_value *a, const struct kefir_value *b,
	      unsigned int bytes)
{
	return memcmp(a->b, b->b, bytes);
}

void value_and(struct kefir_value *out, const struct kefir_value *a,
	       const struct kefir_value *m, unsigned int bytes)
{
	unsigned int i;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < bytes; i++)
		out->b[i] = a->b[i] & m->b[i];
}

bool value_outside_mask(const struct kefir_value *v, const struct kefir_value *m,
			unsigned int bytes)
{
	unsigned int i;

	for (i = 0; i < bytes; i++)
		if (v->b[i] & ~m->b[i])
			return true;
	return false;
}

int value_prefix_len(const struct kefir_value *m, unsigned int bytes)
{
	unsigned int i, plen = 0;
	bool ended = false;

	for (i = 0; i < 8 * bytes; i++) {
		bool bit = m->b[i / 8] & (0x80 >> (i % 8));

		if (bit && ended)
			return -1;
		if (bit)
			plen++;
		else
			ended = true;
	}
	return (int)plen;
}

void value_from_prefix(struct kefir_value *m, unsigned int plen,
		       unsigned int bytes)
{
	unsigned int i;

	memset(m, 0, sizeof(*m));
	for (i = 0; i < plen && i < 8 * bytes; i++)
		m->b[i / 8] |= (uint8_t)(0x80 >> (i % 8));
}

void value_format(const struct kefir_value *v, enum kefir_kind kind,
		  unsigned int bytes, char *out)
{
	switch (kind) {
	case KEFIR_KIND_UINT:
		snprintf(out, KEFIR_VALUE_STRLEN, "%" PRIu64,
			 value_to_u64(v, bytes));
		break;
	case KEFIR_KIND_HEX:
		snprintf(out, KEFIR_VALUE_STRLEN, "0x%0*" PRIx64,
			 (int)(2 * bytes), value_to_u64(v, bytes));
		break;
	case KEFIR_KIND_MAC:
		snprintf(out, KEFIR_VALUE_STRLEN,
			 "%02x:%02x:%02x:%02x:%02x:%02x", v->b[0], v->b[1],
			 v->b[2], v->b[3], v->b[4], v->b[5]);
		break;
	case KEFIR_KIND_IPV4:
		inet_ntop(AF_INET, v->b, out, KEFIR_VALUE_STRLEN);
		break;
	case KEFIR_KIND_IPV6:
		inet_ntop(AF_INET6, v->b, out, KEFIR_VALUE_STRLEN);
		break;
	}
}

/* Decimal or 0x-hex digits only, no sign, no blanks. */
static int parse_number(struct kefir_value *v, unsigned int bytes,
			const char *text)
{
	uint64_t max = bytes >= 8 ? UINT64_MAX : (UINT64_C(1) << (8 * bytes)) - 1;
	int base = 10;
	unsigned long long x;
	char *end;

	if (!strncmp(text, "0x", 2) || !strncmp(text, "0X", 2))
		base = 16;
	if (!text[base == 16 ? 2 : 0] ||
	    !strchr("0123456789abcdefABCDEF", text[base == 16 ? 2 : 0]))
		return -EINVAL;
	errno = 0;
	x = strtoull(text, &end, base);
	if (*end)
		return -EINVAL;
	if (errno == ERANGE || x > max)
		return -ERANGE;
	value_from_u64(v, x, bytes);
	return 0;
}

static int parse_mac(struct kefir_value *v, const char *text)
{
	unsigned int m[6];
	char tail;
	int i;

	if (strlen(text) != 17 ||
	    sscanf(text, "%2x:%2x:%2x:%2x:%2x:%2x%c", &m[0], &m[1], &m[2],
		   &m[3], &m[4], &m[5], &tail) != 6)
		return -EINVAL;
	for (i = 2; i < 17; i += 3)
		if (text[i] != ':')
			return -EINVAL;
	memset(v, 0, sizeof(*v));
	for (i = 0; i < 6; i++)
		v->b[i] = (uint8_t)m[i];
	return 0;
}

int value_parse(struct kefir_value *v, enum kefir_kind kind,
		unsigned int bytes, const char *text)
{
	switch (kind) {
	case KEFIR_KIND_UINT:
	case KEFIR_KIND_HEX:
		return parse_number(v, bytes, text);
	case KEFIR_KIND_MAC:
		return parse_mac(v, text);
	case KEFIR_KIND_IPV4:
		memset(v, 0, sizeof(*v));
		return inet_pton(AF_INET, text, v->b) == 1 ? 0 : -EINVAL;
	case KEFIR_KIND_IPV6:
		memset(v, 0, sizeof(*v));
		return inet_pton(AF_INET6, text, v->b) == 1 ? 0 : -EINVAL;
	}
	return -EINVAL;
}
