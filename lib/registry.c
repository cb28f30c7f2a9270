/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * registry.c - the tables of front-ends and back-ends, and the two public
 * entry points that dispatch through them: parse (front-end, then the
 * validator) and emit (back-end into a buffer handed to the caller).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "kefir_internal.h"

static const struct kefir_frontend *const frontends[] = {
	&kefir_frontend_ethtool,
	&kefir_frontend_iptables,
	&kefir_frontend_ip6tables,
	&kefir_frontend_flower,
	&kefir_frontend_json,
	&kefir_frontend_pflang,
};

static const struct kefir_backend *const backends[] = {
	&kefir_backend_bpf_c,
	&kefir_backend_json,
	&kefir_backend_cbpf,
	&kefir_backend_native_c,
};

const char *kefir_frontend_name(size_t index, const char **summary)
{
	if (index >= ARRAY_SIZE(frontends))
		return NULL;
	if (summary)
		*summary = frontends[index]->summary;
	return frontends[index]->name;
}

const char *kefir_backend_name(size_t index, const char **summary)
{
	if (index >= ARRAY_SIZE(backends))
		return NULL;
	if (summary)
		*summary = backends[index]->summary;
	return backends[index]->name;
}

/* True if @name is one of the blank-separated words of @list. */
static bool in_word_list(const char *list, const char *name)
{
	size_t n = strlen(name);
	const char *p = list;

	while (p && *p) {
		p += strspn(p, " ");
		if (!strncmp(p, name, n) && (p[n] == ' ' || p[n] == '\0'))
			return true;
		p += strcspn(p, " ");
	}
	return false;
}

/*
 * Copies a caller's options struct that starts with its own size, so that
 * callers built against an older (smaller) or newer (larger) struct keep
 * working: missing fields stay zero, and unknown trailing fields must be
 * zero. Returns 0 or -EINVAL.
 */
int opts_copy(void *dst, size_t dst_sz, const void *src)
{
	size_t src_sz, i;

	memset(dst, 0, dst_sz);
	*(size_t *)dst = dst_sz;
	if (!src)
		return 0;
	src_sz = *(const size_t *)src;
	if (src_sz < sizeof(size_t))
		return -EINVAL;
	for (i = dst_sz; i < src_sz; i++)
		if (((const char *)src)[i])
			return -EINVAL;
	memcpy((char *)dst + sizeof(size_t), (const char *)src + sizeof(size_t),
	       (src_sz < dst_sz ? src_sz : dst_sz) - sizeof(size_t));
	return 0;
}

static const struct kefir_frontend *frontend_find(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(frontends); i++)
		if (!strcmp(frontends[i]->name, name) ||
		    in_word_list(frontends[i]->aliases, name))
			return frontends[i];
	return NULL;
}

static const struct kefir_backend *backend_find(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(backends); i++)
		if (!strcmp(backends[i]->name, name) ||
		    in_word_list(backends[i]->aliases, name))
			return backends[i];
	return NULL;
}

int kefir_ruleset_parse(const char *syntax, const char *text, size_t len,
			const char *filename,
			const struct kefir_parse_opts *opts,
			struct kefir_ruleset **out, struct kefir_diag *diag)
{
	const struct kefir_frontend *fe = frontend_find(syntax);
	struct kefir_parse_opts popts;
	struct kefir_source_cache cache = { 0 };
	struct kefir_source src = {
		.name = filename ? filename : "<input>",
		.text = text,
		.len = len,
		.cache = &cache,
	};
	struct kefir_ruleset *rs;
	int err;

	*out = NULL;
	if (!fe)
		return -ENOENT;
	if (opts_copy(&popts, sizeof(popts), opts) ||
	    (popts.flags & ~KEFIR_PARSE_STATELESS_APPROX))
		return -EINVAL;
	if (memchr(text, '\0', len))
		return diag_error(diag, &src, NULL,
				  "input contains a NUL byte: not a text file");
	rs = ruleset_new(src.name, fe->name);
	if (!rs)
		return -ENOMEM;
	err = fe->parse(&src, &popts, rs, diag);
	if (!err)
		err = ruleset_validate(rs, &src, diag);
	if (err) {
		kefir_ruleset_free(rs);
		return err;
	}
	*out = rs;
	return 0;
}

int kefir_ruleset_validate(const struct kefir_ruleset *rs,
			   struct kefir_diag *diag)
{
	return ruleset_validate(rs, NULL, diag);
}

int kefir_ruleset_emit(const struct kefir_ruleset *rs, const char *backend,
		       const struct kefir_emit_opts *opts, char **out,
		       size_t *len, struct kefir_diag *diag)
{
	const struct kefir_backend *be = backend_find(backend);
	struct kefir_emit_opts eopts;
	struct kefir_buf buf = { 0 };
	int err;

	*out = NULL;
	if (len)
		*len = 0;
	if (!be)
		return -ENOENT;
	if (opts_copy(&eopts, sizeof(eopts), opts))
		return -EINVAL;
	err = be->emit(rs, &eopts, &buf, diag);
	if (!err)
		err = buf_status(&buf);
	if (!err && !(*out = buf_steal(&buf, len)))
		err = -ENOMEM;
	buf_free(&buf);
	return err;
}
