/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * diag.c - located messages. The library never prints: parsers, the
 * validator and back-ends append messages here, and the caller renders them
 * as "FILE:LINE:COL: error: WHAT", the quoted source line and a caret line
 * (^~~~ under the offending text), the form compilers use.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "kefir_internal.h"

struct diag_msg {
	enum kefir_severity severity;
	char *file;		/* NULL: no input name */
	struct kefir_loc loc;	/* line 0: no location */
	char *line;		/* the quoted source line, or NULL */
	char *what;
};

struct kefir_diag {
	struct diag_msg *msgs;
	size_t n_msgs, cap_msgs;
	struct kefir_buf text;
};

static const char *const severity_names[] = {
	[KEFIR_SEVERITY_ERROR] = "error",
	[KEFIR_SEVERITY_WARNING] = "warning",
	[KEFIR_SEVERITY_NOTE] = "note",
};

struct kefir_diag *kefir_diag_new(void)
{
	return calloc(1, sizeof(struct kefir_diag));
}

static void msg_clear(struct diag_msg *m)
{
	free(m->file);
	free(m->line);
	free(m->what);
}

void kefir_diag_clear(struct kefir_diag *diag)
{
	size_t i;

	for (i = 0; i < diag->n_msgs; i++)
		msg_clear(&diag->msgs[i]);
	diag->n_msgs = 0;
	buf_free(&diag->text);
}

void kefir_diag_free(struct kefir_diag *diag)
{
	if (!diag)
		return;
	kefir_diag_clear(diag);
	free(diag->msgs);
	free(diag);
}

size_t kefir_diag_count(const struct kefir_diag *diag,
			enum kefir_severity severity)
{
	size_t i, n = 0;

	for (i = 0; i < diag->n_msgs; i++)
		n += diag->msgs[i].severity == severity;
	return n;
}

char *source_line(const struct kefir_source *src, unsigned int line)
{
	const char *p = src->text, *end = src->text + src->len, *eol;
	struct kefir_source_cache *c = src->cache;
	unsigned int at = 1;
	char *out;

	if (!p || line == 0)
		return NULL;
	if (c && c->line && c->line <= line && c->off <= src->len) {
		p += c->off;
		at = c->line;
	}
	for (; at < line; at++) {
		p = memchr(p, '\n', (size_t)(end - p));
		if (!p)
			return NULL;
		p++;
	}
	if (c) {
		c->line = line;
		c->off = (size_t)(p - src->text);
	}
	eol = memchr(p, '\n', (size_t)(end - p));
	if (!eol)
		eol = end;
	if (eol > p && eol[-1] == '\r')
		eol--;
	out = malloc((size_t)(eol - p) + 1);
	if (!out)
		return NULL;
	memcpy(out, p, (size_t)(eol - p));
	out[eol - p] = '\0';
	return out;
}

/* Stores one message; takes ownership of @line. */
static int diag_store(struct kefir_diag *diag, enum kefir_severity severity,
		      const char *file, const struct kefir_loc *loc,
		      char *line, const char *fmt, va_list ap)
{
	struct kefir_buf what = { 0 };
	struct diag_msg *m;

	if (array_reserve((void **)&diag->msgs, &diag->cap_msgs,
			  sizeof(*diag->msgs), diag->n_msgs + 1) ||
	    buf_vprintf(&what, fmt, ap)) {
		free(line);
		buf_free(&what);
		return -ENOMEM;
	}
	m = &diag->msgs[diag->n_msgs];
	memset(m, 0, sizeof(*m));
	m->severity = severity;
	m->file = xstrdup(file);
	if (loc)
		m->loc = *loc;
	m->line = line;
	m->what = buf_steal(&what, NULL);
	diag->n_msgs++;
	buf_free(&diag->text);
	return severity == KEFIR_SEVERITY_ERROR ? -EINVAL : 0;
}

int diag_vadd(struct kefir_diag *diag, enum kefir_severity severity,
	      const struct kefir_source *src, const struct kefir_loc *loc,
	      const char *fmt, va_list ap)
{
	char *line = NULL;

	if (src && loc && loc->line)
		line = source_line(src, loc->line);
	return diag_store(diag, severity, src ? src->name : NULL,
			  loc && loc->line ? loc : NULL, line, fmt, ap);
}

int diag_add(struct kefir_diag *diag, enum kefir_severity severity,
	     const struct kefir_source *src, const struct kefir_loc *loc,
	     const char *fmt, ...)
{
	va_list ap;
	int err;

	va_start(ap, fmt);
	err = diag_vadd(diag, severity, src, loc, fmt, ap);
	va_end(ap);
	return err;
}

int diag_rule_error(struct kefir_diag *diag, const struct kefir_ruleset *rs,
		    size_t index, const char *fmt, ...)
{
	const struct kefir_loc *loc;
	const char *text;
	va_list ap;
	int err;

	if (index < rs->n_rules) {
		loc = &rs->rules[index]->loc;
		text = rs->rules[index]->text;
	} else {
		loc = &rs->default_loc;
		text = rs->default_text;
	}
	va_start(ap, fmt);
	err = diag_store(diag, KEFIR_SEVERITY_ERROR, rs->source_name,
			 loc->line ? loc : NULL, xstrdup(text), fmt, ap);
	va_end(ap);
	return err;
}

/* The caret line: blanks that keep tabs aligned, then ^~~~ over len bytes. */
static void render_caret(struct kefir_buf *out, const struct diag_msg *m)
{
	size_t i, len = m->loc.len ? m->loc.len : 1;

	buf_puts(out, "    ");
	for (i = 0; i + 1 < m->loc.col && m->line[i]; i++)
		buf_append(out, m->line[i] == '\t' ? "\t" : " ", 1);
	buf_puts(out, "^");
	for (i = 1; i < len; i++)
		buf_puts(out, "~");
	buf_puts(out, "\n");
}

static void render_msg(struct kefir_buf *out, const struct diag_msg *m)
{
	if (m->file && m->loc.line)
		buf_printf(out, "%s:%u:%u: ", m->file, m->loc.line, m->loc.col);
	else if (m->file)
		buf_printf(out, "%s: ", m->file);
	buf_printf(out, "%s: %s\n", severity_names[m->severity], m->what);
	if (!m->line || !*m->line)
		return;
	buf_printf(out, "    %s\n", m->line);
	if (m->loc.col)
		render_caret(out, m);
}

const char *kefir_diag_text(struct kefir_diag *diag)
{
	size_t i;

	if (!diag->n_msgs)
		return "";
	if (diag->text.data && !diag->text.failed)
		return diag->text.data;
	buf_free(&diag->text);
	for (i = 0; i < diag->n_msgs; i++)
		render_msg(&diag->text, &diag->msgs[i]);
	if (buf_status(&diag->text))
		return "error: out of memory while rendering messages\n";
	return diag->text.data;
}
