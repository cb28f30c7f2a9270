/* SPDX-License-Identifier: BSD-2-Clause */
/* testdata.c - the reader of golden test files (see testdata.h). */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testdata.h"

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	long size;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 &&
	    fseek(f, 0, SEEK_SET) == 0 && (data = malloc((size_t)size + 1))) {
		if (fread(data, 1, (size_t)size, f) != (size_t)size) {
			free(data);
			data = NULL;
		} else {
			data[size] = '\0';
		}
	}
	fclose(f);
	return data;
}

/* Drops trailing blank lines, keeping the last line's newline. */
static void trim_body(char *body)
{
	size_t n = strlen(body);

	while (n > 0 && (body[n - 1] == '\n' || body[n - 1] == ' ' ||
			 body[n - 1] == '\t'))
		n--;
	if (n > 0)
		body[n++] = '\n';
	body[n] = '\0';
}

static int add_section(struct testcase *tc, const char *name, size_t name_len,
		       const char *body, size_t body_len)
{
	struct tsection *s = realloc(tc->sections,
				     (tc->n_sections + 1) * sizeof(*s));

	if (!s)
		return -ENOMEM;
	tc->sections = s;
	s = &s[tc->n_sections++];
	s->name = strndup(name, name_len);
	s->body = malloc(body_len + 2);
	if (!s->name || !s->body)
		return -ENOMEM;
	memcpy(s->body, body, body_len);
	s->body[body_len] = '\0';
	trim_body(s->body);
	return 0;
}

/* The next "== NAME" header at or after @p (at a line start), or NULL. */
static const char *next_header(const char *p)
{
	for (; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (!strncmp(p, "== ", 3))
			return p;
	return NULL;
}

static int parse_sections(struct testcase *tc, const char *text)
{
	const char *h = next_header(text), *name, *eol, *body, *next;
	int err;

	while (h) {
		name = h + 3;
		eol = strchr(name, '\n');
		body = eol ? eol + 1 : name + strlen(name);
		next = next_header(body);
		err = add_section(tc, name, (size_t)((eol ? eol : body) - name),
				  body, next ? (size_t)(next - body) : strlen(body));
		if (err)
			return err;
		h = next;
	}
	return 0;
}

static char *dir_syntax(const char *path)
{
	const char *end = strrchr(path, '/'), *start;

	if (!end)
		return strdup("");
	for (start = end; start > path && start[-1] != '/'; start--)
		;
	return strndup(start, (size_t)(end - start));
}

int testcase_load(const char *path, struct testcase *tc)
{
	const char *syntax;
	char *text;
	int err;

	memset(tc, 0, sizeof(*tc));
	text = read_file(path);
	if (!text)
		return -errno;
	tc->path = strdup(path);
	err = parse_sections(tc, text);
	free(text);
	syntax = testcase_section(tc, "syntax");
	if (!err)
		tc->syntax = syntax ? strndup(syntax, strcspn(syntax, "\n"))
				    : dir_syntax(path);
	if (!err && (!tc->path || !tc->syntax))
		err = -ENOMEM;
	if (err)
		testcase_free(tc);
	return err;
}

const char *testcase_section(const struct testcase *tc, const char *name)
{
	size_t i;

	for (i = 0; i < tc->n_sections; i++)
		if (!strcmp(tc->sections[i].name, name))
			return tc->sections[i].body;
	return NULL;
}

void testcase_free(struct testcase *tc)
{
	size_t i;

	for (i = 0; i < tc->n_sections; i++) {
		free(tc->sections[i].name);
		free(tc->sections[i].body);
	}
	free(tc->sections);
	free(tc->path);
	free(tc->syntax);
	memset(tc, 0, sizeof(*tc));
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int push(char ***list, size_t *n, char *s)
{
	char **l = realloc(*list, (*n + 2) * sizeof(*l));

	if (!l || !s) {
		free(s);
		if (l)
			*list = l;
		return -ENOMEM;
	}
	l[(*n)++] = s;
	l[*n] = NULL;
	*list = l;
	return 0;
}

static void list_dir(const char *dir, char ***list, size_t *n, int depth)
{
	char path[PATH_MAX];
	struct dirent *de;
	DIR *d = opendir(dir);
	size_t len;

	if (!d)
		return;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		len = strlen(de->d_name);
		if (depth == 0)
			list_dir(path, list, n, 1);
		else if (len > 2 && !strcmp(de->d_name + len - 2, ".t"))
			push(list, n, strdup(path));
	}
	closedir(d);
}

char **testdata_list(const char *dir, size_t *n)
{
	char **list = calloc(1, sizeof(*list));

	*n = 0;
	if (!list)
		return NULL;
	list_dir(dir, &list, n, 0);
	qsort(list, *n, sizeof(*list), cmp_str);
	return list;
}

void testdata_list_free(char **list)
{
	char **p;

	for (p = list; p && *p; p++)
		free(*p);
	free(list);
}

const char *testdata_dir(void)
{
	static char dir[PATH_MAX];
	const char *top = getenv("top_srcdir");

	snprintf(dir, sizeof(dir), "%s/tests/data", top ? top : ".");
	return dir;
}

/* The first line of section @name, copied into *@out (NULL: no section). */
static int first_line(const struct testcase *tc, const char *name, char **out)
{
	const char *text = testcase_section(tc, name);

	*out = text ? strndup(text, strcspn(text, "\n")) : NULL;
	return text && !*out ? -ENOMEM : 0;
}

int case_opts_get(struct case_opts *co, const struct testcase *tc)
{
	const char *flags = testcase_section(tc, "flags");

	memset(co, 0, sizeof(*co));
	co->opts.sz = sizeof(co->opts);
	if (first_line(tc, "chain", &co->chain) ||
	    first_line(tc, "in-interface", &co->iface)) {
		case_opts_free(co);
		return -ENOMEM;
	}
	co->opts.chain = co->chain;
	co->opts.in_interface = co->iface;
	if (flags && strstr(flags, "stateless-approx"))
		co->opts.flags |= KEFIR_PARSE_STATELESS_APPROX;
	return 0;
}

void case_opts_free(struct case_opts *co)
{
	free(co->chain);
	free(co->iface);
	co->chain = co->iface = NULL;
}

int testdata_write(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "w");
	int err = 0;

	if (!f)
		return -errno;
	if (fwrite(data, 1, len, f) != len)
		err = -EIO;
	if (fclose(f) && !err)
		err = -errno;
	return err;
}
