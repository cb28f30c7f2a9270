/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * native.c - the native classifier's life: the ruleset rendered by the
 * native-c back-end is compiled by the system C compiler into a shared
 * object (the compiler's messages captured into the diag), which is then
 * dlopen()ed; its self-describing tables (see backends/native.c) are read,
 * the handlers its rules name are bound once, and packets are classified or
 * dispatched through kefir_native_match() in the object.
 */
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kefir_internal.h"

#define NATIVE_ABI 1		/* as backends/native.c writes it */
#define DEFAULT_CFLAGS "-O2 -shared -fPIC"

/* One row of the object's kefir_native_rules table. */
struct native_rule {
	const char *action;
	const char *handler;
	size_t n_args;
	const char *text;
};

typedef kefir_classify_fn match_fn;

struct kefir_native {
	void *dl;
	match_fn match;
	size_t n_rules;
	const struct native_rule *rules;	/* n_rules + 1 */
	kefir_handler_fn *bound;		/* n_rules + 1, or NULL */
};

/* ------------------------------------------------------------------------ */
/* Compiling                                                                */
/* ------------------------------------------------------------------------ */

/* Writes @len bytes to a new temporary C file; its path in @path. */
static int write_temp_c(const char *data, size_t len, char *path)
{
	int fd = mkstemps(path, 2), err = 0;
	FILE *f;

	if (fd < 0)
		return -errno;
	f = fdopen(fd, "w");
	if (!f) {
		err = -errno;
		close(fd);
	} else {
		if (fwrite(data, 1, len, f) != len)
			err = -EIO;
		if (fclose(f) && !err)
			err = -errno;
	}
	if (err)
		unlink(path);
	return err;
}

static int write_c(const char *data, size_t len, const char *path)
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

/* cc, the flags split on blanks, -o @so, @c; NULL-terminated in @argv. */
static int build_argv(char *flags, const char *cc, const char *so,
		      const char *c, char ***argv)
{
	size_t n = 0, cap = 0;
	char **v = NULL, *word, *save = NULL;
	const char *tail[] = { "-o", so, c };
	size_t i;

	for (word = flags; ; word = NULL) {
		if (array_reserve((void **)&v, &cap, sizeof(*v), n + 6))
			goto nomem;
		if (!n)
			v[n++] = (char *)cc;
		if (!(word = strtok_r(word, " \t\n", &save)))
			break;
		v[n++] = word;
	}
	for (i = 0; i < ARRAY_SIZE(tail); i++)
		v[n++] = (char *)tail[i];
	v[n] = NULL;
	*argv = v;
	return 0;
nomem:
	free(v);
	return -ENOMEM;
}

/* Turns what the compiler said, and how it ended, into a diag. */
static int compile_status(struct kefir_diag *diag, const char *cc,
			  struct kefir_buf *out, int status)
{
	if (WIFEXITED(status) && !WEXITSTATUS(status))
		return 0;
	while (out->len && out->data[out->len - 1] == '\n')
		out->data[--out->len] = '\0';
	if (WIFEXITED(status) && WEXITSTATUS(status) == 127 && !out->len) {
		diag_error(diag, NULL, NULL, "cannot run '%s'", cc);
		return -ENOENT;
	}
	if (out->len)
		return diag_error(diag, NULL, NULL, "%s failed:\n%s", cc,
				  out->data);
	if (WIFSIGNALED(status))
		return diag_error(diag, NULL, NULL, "%s was killed by signal %d",
				  cc, WTERMSIG(status));
	return diag_error(diag, NULL, NULL, "%s failed with exit status %d",
			  cc, WEXITSTATUS(status));
}

/* Runs the compiler on @c_path; 0, -ENOENT or -EINVAL with @diag. */
static int run_cc(const struct kefir_native_opts *o, const char *c_path,
		  const char *so_path, struct kefir_diag *diag)
{
	const char *cc = o->cc ? o->cc : getenv("KEFIR_CC");
	struct kefir_buf out = { 0 };
	char *flags, **argv = NULL;
	int err, status = 0;

	if (!cc || !*cc)
		cc = "cc";
	flags = strdup(o->cflags ? o->cflags : DEFAULT_CFLAGS);
	err = flags ? build_argv(flags, cc, so_path, c_path, &argv) : -ENOMEM;
	if (!err)
		err = run_capture(argv, &out, &status);
	if (err == -ENOENT || err == -EACCES) {
		diag_error(diag, NULL, NULL, "cannot run '%s': %s", cc,
			   strerror(-err));
		err = -ENOENT;
	} else if (!err) {
		err = compile_status(diag, cc, &out, status);
	}
	buf_free(&out);
	free(argv);
	free(flags);
	return err;
}

int kefir_native_compile(const struct kefir_ruleset *rs, const char *so_path,
			 const struct kefir_native_opts *opts,
			 struct kefir_diag *diag)
{
	char tmp[] = "/tmp/kefir-native-XXXXXX.c";
	struct kefir_native_opts o;
	struct kefir_emit_opts eo = { .sz = sizeof(eo) };
	char *c = NULL;
	size_t len;
	int err;

	if (opts_copy(&o, sizeof(o), opts))
		return -EINVAL;
	eo.flags = o.flags & KEFIR_EMIT_LINEAR;
	err = kefir_ruleset_emit(rs, "native-c", &eo, &c, &len, diag);
	if (!err)
		err = o.c_path ? write_c(c, len, o.c_path)
			       : write_temp_c(c, len, tmp);
	if (err) {
		free(c);
		return err;
	}
	err = run_cc(&o, o.c_path ? o.c_path : tmp, so_path, diag);
	if (!o.c_path)
		unlink(tmp);
	free(c);
	return err;
}

/* ------------------------------------------------------------------------ */
/* Opening and binding                                                      */
/* ------------------------------------------------------------------------ */

/* The address of @name in the object, or NULL with a diag. */
static void *symbol(struct kefir_native *nat, const char *path,
		    const char *name, struct kefir_diag *diag)
{
	void *sym = dlsym(nat->dl, name);

	if (!sym)
		diag_error(diag, NULL, NULL, "'%s' is not a kefir native object: "
			   "it lacks '%s'", path, name);
	return sym;
}

static int read_tables(struct kefir_native *nat, const char *path,
		       struct kefir_diag *diag)
{
	const unsigned int *abi = symbol(nat, path, "kefir_native_abi", diag);
	const size_t *n_rules, *max_args;

	if (!abi)
		return -EINVAL;
	if (*abi != NATIVE_ABI)
		return diag_error(diag, NULL, NULL, "'%s' was made for native "
				  "ABI %u, this library reads ABI %u", path,
				  *abi, NATIVE_ABI);
	n_rules = symbol(nat, path, "kefir_native_n_rules", diag);
	max_args = n_rules ? symbol(nat, path, "kefir_native_max_args", diag) : NULL;
	nat->rules = max_args ? symbol(nat, path, "kefir_native_rules", diag) : NULL;
	nat->match = (match_fn)(nat->rules ?
		symbol(nat, path, "kefir_native_match", diag) : NULL);
	if (!nat->match)
		return -EINVAL;
	if (*max_args > KEFIR_NATIVE_MAX_ARGS)
		return diag_error(diag, NULL, NULL, "'%s': an action takes %zu "
				  "handler arguments, more than %d", path,
				  *max_args, KEFIR_NATIVE_MAX_ARGS);
	nat->n_rules = *n_rules;
	return 0;
}

static kefir_handler_fn find_handler(const struct kefir_handler *handlers,
				     size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (handlers[i].name && !strcmp(handlers[i].name, name))
			return handlers[i].fn;
	return NULL;
}

/* Resolves every rule's handler in @handlers; a missing one is an error. */
static int bind_handlers(struct kefir_native *nat,
			 const struct kefir_handler *handlers, size_t n,
			 struct kefir_diag *diag)
{
	const struct native_rule *r;
	size_t i;
	int err = 0;

	nat->bound = calloc(nat->n_rules + 1, sizeof(*nat->bound));
	if (!nat->bound)
		return -ENOMEM;
	for (i = 0; i <= nat->n_rules; i++) {
		r = &nat->rules[i];
		if (!r->handler)
			continue;
		nat->bound[i] = find_handler(handlers, n, r->handler);
		if (!nat->bound[i])
			err = diag_error(diag, NULL, NULL, "%s %zu ('%s') calls "
					 "handler '%s', which the handler "
					 "table lacks",
					 i < nat->n_rules ? "rule" : "the default action",
					 i, r->text, r->handler);
	}
	return err;
}

int kefir_native_open(const char *so_path, const struct kefir_handler *handlers,
		      size_t n_handlers, struct kefir_native **out,
		      struct kefir_diag *diag)
{
	struct kefir_native *nat = calloc(1, sizeof(*nat));
	int err;

	*out = NULL;
	if (!nat)
		return -ENOMEM;
	nat->dl = dlopen(so_path, RTLD_NOW | RTLD_LOCAL);
	if (!nat->dl) {
		diag_error(diag, NULL, NULL, "cannot open '%s': %s", so_path,
			   dlerror());
		free(nat);
		return -ENOENT;
	}
	err = read_tables(nat, so_path, diag);
	if (!err && handlers)
		err = bind_handlers(nat, handlers, n_handlers, diag);
	if (err) {
		kefir_native_free(nat);
		return err;
	}
	*out = nat;
	return 0;
}

void kefir_native_free(struct kefir_native *nat)
{
	if (!nat)
		return;
	if (nat->dl)
		dlclose(nat->dl);
	free(nat->bound);
	free(nat);
}

/* ------------------------------------------------------------------------ */
/* Packets                                                                  */
/* ------------------------------------------------------------------------ */

size_t kefir_native_n_rules(const struct kefir_native *nat)
{
	return nat->n_rules;
}

const char *kefir_native_action_name(const struct kefir_native *nat,
				     size_t index)
{
	const struct native_rule *r;

	if (index > nat->n_rules)
		return NULL;
	r = &nat->rules[index];
	return r->handler ? r->handler : r->action;
}

long kefir_native_classify(const struct kefir_native *nat, const uint8_t *pkt,
			   size_t caplen, size_t wirelen)
{
	uint32_t args[KEFIR_NATIVE_MAX_ARGS];

	return nat->match(pkt, caplen, wirelen, args);
}

kefir_classify_fn kefir_native_classifier(const struct kefir_native *nat)
{
	return nat->match;
}

long kefir_native_dispatch(const struct kefir_native *nat, void *ctx,
			   const uint8_t *pkt, size_t caplen, size_t wirelen,
			   int *result)
{
	uint32_t args[KEFIR_NATIVE_MAX_ARGS];
	long rule = nat->match(pkt, caplen, wirelen, args);
	size_t i = rule < 0 ? nat->n_rules : (size_t)rule;
	int ret = 0;

	if (nat->bound && nat->bound[i])
		ret = nat->bound[i](ctx, pkt, caplen, wirelen, args,
				    nat->rules[i].n_args);
	if (result)
		*result = ret;
	return rule;
}
