/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * buf.c - the growable text buffer every emitter writes into, and the one
 * overflow-checked array-growing helper the rest of the library uses.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kefir_internal.h"

int array_reserve(void **arr, size_t *cap, size_t elem_size, size_t need)
{
	size_t new_cap;
	void *p;

	if (need <= *cap)
		return 0;
	new_cap = *cap ? *cap : 8;
	while (new_cap < need) {
		if (new_cap > SIZE_MAX / 2)
			return -ENOMEM;
		new_cap *= 2;
	}
	if (new_cap > SIZE_MAX / elem_size)
		return -ENOMEM;
	p = realloc(*arr, new_cap * elem_size);
	if (!p)
		return -ENOMEM;
	*arr = p;
	*cap = new_cap;
	return 0;
}

char *xstrdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* Makes room for @extra more bytes plus the NUL. */
static int buf_grow(struct kefir_buf *b, size_t extra)
{
	void *data = b->data;

	if (b->failed)
		return -ENOMEM;
	if (extra > SIZE_MAX - b->len - 1 ||
	    array_reserve(&data, &b->cap, 1, b->len + extra + 1)) {
		b->failed = true;
		return -ENOMEM;
	}
	b->data = data;
	return 0;
}

int buf_append(struct kefir_buf *b, const void *data, size_t len)
{
	if (buf_grow(b, len))
		return -ENOMEM;
	memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

int buf_puts(struct kefir_buf *b, const char *s)
{
	return buf_append(b, s, strlen(s));
}

int buf_vprintf(struct kefir_buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0 || buf_grow(b, (size_t)n)) {
		b->failed = true;
		return -ENOMEM;
	}
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return 0;
}

int buf_printf(struct kefir_buf *b, const char *fmt, ...)
{
	va_list ap;
	int err;

	va_start(ap, fmt);
	err = buf_vprintf(b, fmt, ap);
	va_end(ap);
	return err;
}

int buf_indent(struct kefir_buf *b, unsigned int depth)
{
	while (depth--)
		if (buf_append(b, "\t", 1))
			return -ENOMEM;
	return 0;
}

int buf_status(const struct kefir_buf *b)
{
	return b->failed ? -ENOMEM : 0;
}

char *buf_steal(struct kefir_buf *b, size_t *len)
{
	char *data;

	if (!b->data && buf_grow(b, 0))
		return NULL;
	if (!b->data)
		return NULL;
	b->data[b->len] = '\0';
	data = b->data;
	if (len)
		*len = b->len;
	memset(b, 0, sizeof(*b));
	return data;
}

void buf_free(struct kefir_buf *b)
{
	free(b->data);
	memset(b, 0, sizeof(*b));
}
