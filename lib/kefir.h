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
	/*
	 * iptables, ip6tables: the interface the converted program receives
	 * packets on (it is attached to that one interface, at XDP or TC
	 * ingress); a rule's -i is decided against it when converting. NULL:
	 * -i is refused.
	 */
	const char *in_interface;
};
#define kefir_parse_opts__last_field in_interface

/*
 * iptables, ip6tables: convert the matches that need connection tracking
 * or state across packets with the approximations docs/iptables.md lists
 * (conntrack/state NEW on TCP as SYN without ACK, ESTABLISHED,RELATED
 * accepted as every packet, limit as no limit), each reported as a warning
 * at its source line, instead of refusing them.
 */
#define KEFIR_PARSE_STATELESS_APPROX (1u << 0)

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
	uint32_t snaplen;	/* cbpf: what accepting returns; 0 = 262144 */
	const char *format;	/* cbpf: "asm" (default, tcpdump -d), "c"
				 * (-dd), "decimal" (-ddd), "bytecode" (tc and
				 * iptables "N,code jt jf k,..."), "raw" */
};
#define kefir_emit_opts__last_field format

/* cbpf: emit the program as generated, without the optimizer. */
#define KEFIR_EMIT_CBPF_NO_OPT 0x1u
/*
 * cbpf: a program that tells which rule decided, in place of the verdict:
 * rule I returns I + 1, the default action returns 0 (@snaplen is not
 * used). The rulesets refused are the same. Every rule but the last has its
 * reads length-checked, so on a packet whose length is its captured length
 * (a socket's view) the return is exactly kefir_ruleset_eval()'s rule + 1.
 */
#define KEFIR_EMIT_CBPF_RULE_INDEX 0x2u
/*
 * bpf-c and native-c: try the rules one by one, without the classification
 * pass that finds the candidates of large runs of similar rules by a search
 * on one field (the baseline of the scale benchmark, docs/scale.md).
 */
#define KEFIR_EMIT_LINEAR 0x4u

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

/*
 * One classic BPF instruction, laid out exactly as the kernel's struct
 * sock_filter (<linux/filter.h>) and libpcap's struct bpf_insn: an array of
 * them is what setsockopt(SO_ATTACH_FILTER) takes in a struct sock_fprog.
 */
struct kefir_cbpf_insn {
	uint16_t code;
	uint8_t jt;
	uint8_t jf;
	uint32_t k;
};

/*
 * Compiles @rs to one classic BPF program (the "cbpf" back-end, without the
 * printing): rules in order, first match wins, accepting returns
 * @opts->snaplen (default 262144) and dropping returns 0. On success stores
 * a malloc'ed array in *@prog (free it with free()) and its length in
 * *@n_insns, and returns 0. Returns -EINVAL with a message naming the rule
 * when an action is not pass or drop, or when the program exceeds classic
 * BPF's limits (4096 instructions, 16 scratch words); -ENOMEM. @opts may be
 * NULL. Attach it with:
 *	struct sock_fprog fp = { .len = n, .filter = (void *)prog };
 *	setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &fp, sizeof(fp));
 */
KEFIR_API int kefir_ruleset_to_cbpf(const struct kefir_ruleset *rs,
				    const struct kefir_emit_opts *opts,
				    struct kefir_cbpf_insn **prog,
				    size_t *n_insns, struct kefir_diag *diag);

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
/* Deployment: attach to an interface, replace, read counters, detach       */
/* ------------------------------------------------------------------------ */

/*
 * A kefir program runs on one interface at one hook: XDP (in one of three
 * modes) or TC ingress or egress. XDP programs are attached through netlink
 * (XDP_FLAGS_REPLACE makes a replacement a compare-and-swap on the running
 * program); TC programs are direct-action bpf filters of a clsact qdisc at
 * handle 0x6b66, priority 1, replaced in place (BPF_TC_F_REPLACE). Either
 * way the attachment outlives the process, and `ip link` and `tc filter
 * show` see it.
 *
 * What kefir attached is pinned under PIN_ROOT/IFNAME/HOOK/, where PIN_ROOT
 * is the pin_root option, else $KEFIR_PIN_ROOT, else /sys/fs/bpf/kefir
 * (bpffs is mounted on /sys/fs/bpf when it is not), and HOOK is "xdp",
 * "tc-ingress" or "tc-egress": "prog" (the program), "counters" (its
 * per-rule counters) and "meta" (a map holding where it is attached and the
 * ruleset as JSON, so a later process can name each counter's rule). A
 * program attached there that is not the pinned one is foreign: kefir
 * refuses to replace or detach it unless told to force.
 */

enum kefir_xdp_mode {
	KEFIR_XDP_MODE_NATIVE,	/* in the driver (default) */
	KEFIR_XDP_MODE_GENERIC,	/* in the stack, after the skb is built */
	KEFIR_XDP_MODE_OFFLOAD,	/* on the NIC, where the driver supports it */
};

enum kefir_tc_direction {
	KEFIR_TC_INGRESS,
	KEFIR_TC_EGRESS,
};

/* Options of kefir_prog_build(). Zero is the default of every field. */
struct kefir_build_opts {
	size_t sz;		/* sizeof(struct kefir_build_opts) */
	enum kefir_hook hook;	/* the hook to write the program for */
	const struct kefir_compile_opts *compile;	/* or NULL */
	const char *offload_dev;	/* XDP offload: the device to load for */
	unsigned int flags;	/* KEFIR_BUILD_* */
};
#define kefir_build_opts__last_field flags

/* Put the whole verifier log, not only its end, in the diag on refusal. */
#define KEFIR_BUILD_FULL_LOG (1u << 0)

/*
 * Renders @rs as BPF C for @opts->hook, compiles it in a temporary
 * directory (removed before returning) and loads it, ready to attach.
 * On success stores the program in *@out and returns 0. Returns -EINVAL
 * when the back-end or clang refuses, -ENOENT when clang cannot be run, the
 * kernel's -errno when it refuses (-EPERM without the privileges; the
 * verifier's log summarized in @diag), -ENODEV for an unknown offload_dev,
 * or -ENOMEM.
 */
KEFIR_API int kefir_prog_build(const struct kefir_ruleset *rs,
			       const struct kefir_build_opts *opts,
			       struct kefir_prog **out,
			       struct kefir_diag *diag);

/* Where to attach, or which attachment to find. Zero is the default. */
struct kefir_attach_opts {
	size_t sz;		/* sizeof(struct kefir_attach_opts) */
	enum kefir_hook hook;
	enum kefir_xdp_mode mode;		/* XDP only */
	enum kefir_tc_direction direction;	/* TC only */
	unsigned int flags;	/* KEFIR_ATTACH_* */
	int ifindex;		/* the interface, when the name is NULL */
	const char *pin_root;	/* see above; NULL: the default */
};
#define kefir_attach_opts__last_field pin_root

/* Replace or detach a foreign program too. */
#define KEFIR_ATTACH_FORCE (1u << 0)
/* kefir_attachment_open(): ignore hook and direction, and find the one
 * kefir program of the interface (-ENOTUNIQ when there are several). */
#define KEFIR_ATTACH_ANY_HOOK (1u << 1)

/* A kefir program attached to an interface, found through its pins. */
struct kefir_attachment;

/*
 * Attaches @prog (from kefir_prog_build(), for the same hook), made from
 * @rs, to the interface @ifname (or opts->ifindex when @ifname is NULL) at
 * the hook of @opts, and pins it with its counters and @rs. @prog stays the
 * caller's; the attachment and the pins do not depend on it.
 * Returns 0; -ENODEV for no such interface; -EEXIST when a kefir program is
 * already there (use kefir_prog_replace()); -EBUSY when a foreign program is
 * there, unless KEFIR_ATTACH_FORCE, which replaces it atomically; -EPERM
 * without the privileges; or the kernel's -errno (-EOPNOTSUPP: the driver
 * cannot run XDP in that mode). Messages go to @diag. On failure nothing
 * is attached or pinned.
 */
KEFIR_API int kefir_prog_attach(const struct kefir_prog *prog,
				const struct kefir_ruleset *rs,
				const char *ifname,
				const struct kefir_attach_opts *opts,
				struct kefir_diag *diag);

/*
 * Replaces the kefir program attached at the interface and hook of @opts
 * with @prog, made from @rs, in one atomic switch: every packet sees either
 * the old program or the new one, whose counters start at zero. The new
 * program and its maps are complete before the switch; when anything fails
 * the old program keeps running with its pins. On success, when @old is
 * not NULL, stores there the replaced program (detached, unpinned) so its
 * final counters can be read; free it with kefir_attachment_free().
 * Returns 0, -ENOENT when no kefir program is attached there (use
 * kefir_prog_attach()), -EINVAL when opts->mode is not the XDP mode of the
 * running program (a replacement keeps it), -EBUSY when the attached
 * program is foreign (unless KEFIR_ATTACH_FORCE), or as kefir_prog_attach().
 */
KEFIR_API int kefir_prog_replace(const struct kefir_prog *prog,
				 const struct kefir_ruleset *rs,
				 const char *ifname,
				 const struct kefir_attach_opts *opts,
				 struct kefir_attachment **old,
				 struct kefir_diag *diag);

/*
 * Finds, through its pins, the kefir program attached to @ifname (or
 * opts->ifindex) at the hook of @opts (any hook with
 * KEFIR_ATTACH_ANY_HOOK). Stores it in *@out and returns 0, or returns
 * -ENODEV (no such interface), -ENOENT (no kefir program there),
 * -ENOTUNIQ (several, with KEFIR_ATTACH_ANY_HOOK), -EPERM/-EACCES, or
 * -EBADMSG (pins that kefir did not make), with a message in @diag.
 */
KEFIR_API int kefir_attachment_open(const char *ifname,
				    const struct kefir_attach_opts *opts,
				    struct kefir_attachment **out,
				    struct kefir_diag *diag);

/* Releases @att (it stays attached). NULL is fine. */
KEFIR_API void kefir_attachment_free(struct kefir_attachment *att);

/* The ruleset @att was made from, as it was attached. Owned by @att. */
KEFIR_API const struct kefir_ruleset *
kefir_attachment_ruleset(const struct kefir_attachment *att);

/* As kefir_prog_read_counters(), for the program of @att. */
KEFIR_API int kefir_attachment_read_counters(const struct kefir_attachment *att,
					     struct kefir_counter *counters,
					     size_t n);

/* Options of kefir_attachment_stats(). */
#define KEFIR_STATS_JSON (1u << 0)

/*
 * Renders the counters of @att next to each rule: a table like
 * `iptables -L -v -n` (packets, bytes, action, FILE:LINE:COL, the rule's
 * text, then the default action), or JSON with KEFIR_STATS_JSON. Stores a
 * malloc'ed NUL-terminated string in *@out and its length in *@len.
 * Returns 0 or -errno.
 */
KEFIR_API int kefir_attachment_stats(const struct kefir_attachment *att,
				     unsigned int flags, char **out,
				     size_t *len);

/*
 * Detaches the program of @att and removes its pins (and, for TC, the
 * clsact qdisc when kefir created it and no kefir TC program remains on the
 * interface). When another program has taken its place, returns -EBUSY and
 * changes nothing, unless KEFIR_ATTACH_FORCE in @flags, which detaches that
 * program too; when nothing is attached any more, only the pins go.
 * Returns 0 or -errno with a message in @diag. @att must still be freed.
 */
KEFIR_API int kefir_attachment_detach(struct kefir_attachment *att,
				      unsigned int flags,
				      struct kefir_diag *diag);

/* The interface and hook of @att, for messages: "veth0 xdp (native)". */
KEFIR_API const char *kefir_attachment_name(const struct kefir_attachment *att);

/* Returns the name of the input @rs was read from ("rules.txt"). */
KEFIR_API const char *kefir_ruleset_source(const struct kefir_ruleset *rs);


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
	unsigned int flags;	/* KEFIR_EMIT_LINEAR, or 0 */
};
#define kefir_native_opts__last_field flags

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
