/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * kefir.h - the public interface of libkefir, and its only installed header.
 *
 * libkefir converts packet-filtering rules written in the syntaxes
 * administrators know (ethtool ntuple, tc flower, pflang, iptables) into one
 * intermediate representation, a ruleset, and renders that ruleset as BPF C,
 * classic BPF, native code or JSON. It also evaluates rulesets on packets
 * (the reference interpreter), and compiles, loads and runs BPF programs.
 *
 * Conventions:
 *   - every object is opaque, made by kefir_<object>_new() or a parser, and
 *     released by kefir_<object>_free(), which accepts NULL;
 *   - int functions return 0 or a negative errno; constructors return NULL
 *     and set errno;
 *   - rejected input is -EINVAL with located messages in a struct kefir_diag;
 *     the library never prints and never exits;
 *   - options structs start with their size (KEFIR_OPTS_INIT) so they can grow.
 */
#ifndef KEFIR_H
#define KEFIR_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KEFIR_API __attribute__((visibility("default")))

#define KEFIR_VERSION "0.1.0"

struct kefir_diag;
struct kefir_ruleset;
struct kefir_prog;

/* Declares an options struct of TYPE named NAME, with its size filled in. */
#define KEFIR_OPTS_INIT(TYPE, NAME, ...) \
	struct TYPE NAME = { .sz = sizeof(struct TYPE), __VA_ARGS__ }

/* ------------------------------------------------------------------------ */
/* Diagnostics                                                              */
/* ------------------------------------------------------------------------ */

enum kefir_severity {
	KEFIR_SEVERITY_ERROR,
	KEFIR_SEVERITY_WARNING,
	KEFIR_SEVERITY_NOTE,
};

/*
 * Creates an empty diagnostics object. Every call that can reject input takes
 * one and appends its messages to it. Returns NULL with errno set on failure.
 */
KEFIR_API struct kefir_diag *kefir_diag_new(void);

/* Releases @diag and its messages. NULL is fine. */
KEFIR_API void kefir_diag_free(struct kefir_diag *diag);

/* Returns how many messages of @severity @diag holds. */
KEFIR_API size_t kefir_diag_count(const struct kefir_diag *diag,
				  enum kefir_severity severity);

/*
 * Returns every message of @diag rendered for a human, in order: for each,
 * "FILE:LINE:COL: error: WHAT", then the source line and a caret line under
 * the offending text. The string belongs to @diag and stays valid until the
 * next call that changes @diag. Returns "" when there is no message.
 */
KEFIR_API const char *kefir_diag_text(struct kefir_diag *diag);

/* Removes every message from @diag. */
KEFIR_API void kefir_diag_clear(struct kefir_diag *diag);

/* ------------------------------------------------------------------------ */
/* Front-ends, back-ends                                                    */
/* ------------------------------------------------------------------------ */

/*
 * Front-ends and back-ends are listed by index, from 0 until the call returns
 * NULL. @summary, when not NULL, receives a one-line description.
 */
KEFIR_API const char *kefir_frontend_name(size_t index, const char **summary);
KEFIR_API const char *kefir_backend_name(size_t index, const char **summary);

/* Options of kefir_ruleset_parse(). Zero is the default of every field. */
struct kefir_parse_opts {
	size_t sz;		/* sizeof(struct kefir_parse_opts) */
	const char *chain;	/* iptables: the built-in chain to convert */
	unsigned int flags;	/* KEFIR_PARSE_* */
};
#define kefir_parse_opts__last_field flags

/*
 * Parses @len bytes of @text written in @syntax (a front-end name, such as
 * "ethtool" or "json") into a new ruleset. @filename names the input in
 * messages ("<stdin>", "-e", a path). @opts may be NULL.
 * On success stores the ruleset in *@out (free it with kefir_ruleset_free())
 * and returns 0; warnings may still be added to @diag. Otherwise returns
 * -EINVAL with located errors in @diag (-ENOENT for an unknown syntax), or
 * -ENOMEM, and leaves *@out NULL.
 */
KEFIR_API int kefir_ruleset_parse(const char *syntax, const char *text,
				  size_t len, const char *filename,
				  const struct kefir_parse_opts *opts,
				  struct kefir_ruleset **out,
				  struct kefir_diag *diag);

/* Releases @rs. NULL is fine. */
KEFIR_API void kefir_ruleset_free(struct kefir_ruleset *rs);

/* Returns the number of rules of @rs (the default action is not one). */
KEFIR_API size_t kefir_ruleset_n_rules(const struct kefir_ruleset *rs);

/*
 * Returns the source text of rule @index (or of the default action when
 * @index == n_rules), and its location through the optional pointers.
 * Returns NULL when @index is out of range.
 */
KEFIR_API const char *kefir_ruleset_rule_text(const struct kefir_ruleset *rs,
					      size_t index,
					      unsigned int *line,
					      unsigned int *col);

/* Returns the name of the action of rule @index, or of the default action
 * when @index == n_rules ("pass", "drop", "queue", ...). */
KEFIR_API const char *kefir_ruleset_action_name(const struct kefir_ruleset *rs,
						size_t index);

/*
 * Checks that @rs is well-formed IR: every field used exists, every value and
 * mask has the field's width, ranges are ordered, every field test is guarded
 * by the protocol test it needs, and so on. Parsers call it before returning;
 * it matters for rulesets built by hand or read from JSON. Returns 0, or
 * -EINVAL with a message per problem in @diag.
 */
KEFIR_API int kefir_ruleset_validate(const struct kefir_ruleset *rs,
				     struct kefir_diag *diag);

/* The hook a BPF C program is written for. */
enum kefir_hook {
	KEFIR_HOOK_XDP,
	KEFIR_HOOK_TC,
};

/* Options of kefir_ruleset_emit(). Zero is the default of every field. */
struct kefir_emit_opts {
	size_t sz;		/* sizeof(struct kefir_emit_opts) */
	enum kefir_hook hook;	/* bpf-c: XDP (default) or TC direct-action */
	unsigned int flags;	/* KEFIR_EMIT_* */
};
#define kefir_emit_opts__last_field flags

/*
 * Renders @rs with @backend ("bpf-c", "json", ...). On success stores a
 * malloc'ed, NUL-terminated buffer in *@out and its length (without the NUL)
 * in *@len; the caller frees it with free(). Returns -ENOENT for an unknown
 * back-end, -EINVAL with a message naming the rule's source line when the
 * back-end cannot express the ruleset, or -ENOMEM.
 */
KEFIR_API int kefir_ruleset_emit(const struct kefir_ruleset *rs,
				 const char *backend,
				 const struct kefir_emit_opts *opts,
				 char **out, size_t *len,
				 struct kefir_diag *diag);

/* ------------------------------------------------------------------------ */
/* The reference interpreter                                                */
/* ------------------------------------------------------------------------ */

/*
 * Evaluates @rs on one packet: @caplen bytes at @pkt, of which the wire saw
 * @wirelen (>= caplen). Rules are tried in order and the first whose
 * predicate holds wins; a read past @caplen makes that rule not match.
 * Returns the index of the matching rule, or -1 when the default action
 * applies.
 */
KEFIR_API long kefir_ruleset_eval(const struct kefir_ruleset *rs,
				  const uint8_t *pkt, size_t caplen,
				  size_t wirelen);

/* ------------------------------------------------------------------------ */
/* BPF programs: compile generated C, load it, run it                       */
/* ------------------------------------------------------------------------ */

/* Options of kefir_bpf_compile(). Zero is the default of every field. */
struct kefir_compile_opts {
	size_t sz;		/* sizeof(struct kefir_compile_opts) */
	const char *clang;	/* compiler; default $KEFIR_CLANG, then the
				 * clang found by configure */
	const char *cflags;	/* extra flags, split on blanks */
};
#define kefir_compile_opts__last_field cflags

/*
 * Compiles the BPF C file @c_path into the object @obj_path with
 * "clang -O2 -g -target bpf". Returns 0, -ENOENT when clang cannot be run,
 * or -EINVAL with clang's own messages in @diag when compilation fails.
 */
KEFIR_API int kefir_bpf_compile(const char *c_path, const char *obj_path,
				const struct kefir_compile_opts *opts,
				struct kefir_diag *diag);

/*
 * Loads the object @obj_path (made by kefir_bpf_compile() from a bpf-c
 * rendering) into the kernel. On success stores the program in *@out and
 * returns 0. When the kernel refuses, returns its -errno and puts the
 * verifier's log, summarized, in @diag.
 */
KEFIR_API int kefir_prog_load(const char *obj_path, struct kefir_prog **out,
			      struct kefir_diag *diag);

/* Unloads @prog (detaching nothing: see the deploy calls). NULL is fine. */
KEFIR_API void kefir_prog_free(struct kefir_prog *prog);

/* Returns the file descriptor of the loaded program. */
KEFIR_API int kefir_prog_fd(const struct kefir_prog *prog);

/*
 * Runs @prog once on @len bytes at @pkt with BPF_PROG_TEST_RUN and stores
 * its return code (XDP_* or TC_ACT_*) in *@retval. Returns 0 or -errno.
 */
KEFIR_API int kefir_prog_test_run(const struct kefir_prog *prog,
				  const uint8_t *pkt, size_t len,
				  uint32_t *retval);

/* Per-rule counters of a loaded program, summed over the CPUs. */
struct kefir_counter {
	uint64_t packets;
	uint64_t bytes;
};

/*
 * Reads the counters of rules 0..@n-1 of @prog into @counters; the entry at
 * index n_rules is the default action's. Returns 0 or -errno.
 */
KEFIR_API int kefir_prog_read_counters(const struct kefir_prog *prog,
				       struct kefir_counter *counters,
				       size_t n);


/* ------------------------------------------------------------------------ */
/* The native classifier: generated C in a shared object                    */
/* ------------------------------------------------------------------------ */

struct kefir_native;

/* Options of kefir_native_compile(). Zero is the default of every field. */
struct kefir_native_opts {
	size_t sz;		/* sizeof(struct kefir_native_opts) */
	const char *cc;		/* compiler; default $KEFIR_CC, then "cc" */
	const char *cflags;	/* all flags, split on blanks; default
				 * "-O2 -shared -fPIC" */
	const char *c_path;	/* keep the generated C there; default: a
				 * temporary file, removed */
};
#define kefir_native_opts__last_field c_path

/*
 * Renders @rs with the native-c back-end and compiles it into the shared
 * object @so_path with "cc -O2 -shared -fPIC". Returns 0, -ENOENT when the
 * compiler cannot be run, -EINVAL with the compiler's own messages in @diag
 * when compilation fails, or another -errno (writing the C file).
 */
KEFIR_API int kefir_native_compile(const struct kefir_ruleset *rs,
				   const char *so_path,
				   const struct kefir_native_opts *opts,
				   struct kefir_diag *diag);

/*
 * A handler of the native dispatcher, called for a packet whose matching
 * rule (or the default action) is "handler NAME": @ctx is the caller's
 * pointer given to kefir_native_dispatch(), @args the @n_args values the
 * rule's action declares (pfmatch's "=> NAME(&tcp[0], ...)"). Its return
 * value is handed back by kefir_native_dispatch().
 */
typedef int (*kefir_handler_fn)(void *ctx, const uint8_t *pkt, size_t caplen,
				size_t wirelen, const uint32_t *args,
				size_t n_args);

/* One entry of a handler table: a handler name and its function. */
struct kefir_handler {
	const char *name;
	kefir_handler_fn fn;
};

/* The most handler arguments one action may declare in a shared object. */
#define KEFIR_NATIVE_MAX_ARGS 64

/*
 * Opens the shared object @so_path made by kefir_native_compile() and binds
 * every handler its rules name to the function of that name in @handlers
 * (@n_handlers entries; NULL and 0 for an object used with
 * kefir_native_classify() only). A handler a rule names and @handlers lacks
 * is an error here, never at packet time. On success stores the object in
 * *@out and returns 0; otherwise returns -ENOENT (cannot be opened) or
 * -EINVAL (not a kefir object, or a missing handler), with the reason in
 * @diag. The object is read-only once opened: several threads may classify
 * and dispatch with it at once.
 */
KEFIR_API int kefir_native_open(const char *so_path,
				const struct kefir_handler *handlers,
				size_t n_handlers, struct kefir_native **out,
				struct kefir_diag *diag);

/* Closes @nat. NULL is fine. */
KEFIR_API void kefir_native_free(struct kefir_native *nat);

/* Returns the number of rules of @nat (the default action is not one). */
KEFIR_API size_t kefir_native_n_rules(const struct kefir_native *nat);

/*
 * Returns the action name of rule @index, or of the default action when
 * @index == n_rules: "pass", "drop", ..., or for a handler its name.
 * Returns NULL when @index is out of range.
 */
KEFIR_API const char *kefir_native_action_name(const struct kefir_native *nat,
					       size_t index);

/*
 * Classifies one packet (@caplen bytes at @pkt, @wirelen on the wire) as
 * kefir_ruleset_eval() does: returns the index of the first matching rule,
 * or -1 when the default action applies. Never reads past @caplen.
 */
KEFIR_API long kefir_native_classify(const struct kefir_native *nat,
				     const uint8_t *pkt, size_t caplen,
				     size_t wirelen);

/*
 * The classifier's own function in the shared object, for the hot loops
 * that cannot afford kefir_native_classify()'s extra call: called with a
 * packet and an array of KEFIR_NATIVE_MAX_ARGS values (which receives the
 * deciding rule's handler arguments), it returns what
 * kefir_native_classify() returns. Valid until kefir_native_free().
 */
typedef long (*kefir_classify_fn)(const uint8_t *pkt, size_t caplen,
				  size_t wirelen, uint32_t *args);
KEFIR_API kefir_classify_fn kefir_native_classifier(const struct kefir_native *nat);

/*
 * Classifies one packet and, when the deciding rule (or the default action)
 * is a handler, calls it with @ctx, the packet and the rule's arguments,
 * storing its return value in *@result (when not NULL; 0 for the other
 * actions). Returns what kefir_native_classify() returns. An object opened
 * without handlers calls none.
 */
KEFIR_API long kefir_native_dispatch(const struct kefir_native *nat,
				     void *ctx, const uint8_t *pkt,
				     size_t caplen, size_t wirelen,
				     int *result);

#ifdef __cplusplus
}
#endif

#endif /* KEFIR_H */
