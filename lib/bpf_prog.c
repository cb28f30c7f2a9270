/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * bpf_prog.c - turns bpf-c output into a running program: compiles it with
 * clang (posix_spawn, messages captured through a pipe), loads the object
 * with libbpf (the verifier's log captured, summarized into the diag), runs
 * it on packets with BPF_PROG_TEST_RUN and reads its per-rule counters.
 *
 * libbpf logs through one process-wide print callback; while a load runs,
 * ours captures its messages into a buffer of the calling thread and passes
 * anything else on to the callback it replaced, which it then restores.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "kefir_internal.h"

/*
 * Size of the verifier log kept when a load fails. The kernel keeps the end
 * of a longer log, but then reports ENOSPC instead of the verifier's error.
 */
#define VERIFIER_LOG_SIZE (16u << 20)
/* Lines of the verifier log quoted in the diag. */
#define LOG_TAIL_LINES 20

struct kefir_prog {
	struct bpf_object *obj;
	int prog_fd;
	int map_fd;		/* kefir_counters, or -1 */
	uint32_t n_entries;	/* its max_entries */
};

/* ------------------------------------------------------------------------ */
/* Compiling                                                                */
/* ------------------------------------------------------------------------ */

/* The arguments of clang: fixed ones, then @cflags split on blanks. */
struct argv {
	char **v;
	size_t n, cap;
	char *flags;		/* the copy of cflags the words point into */
};

static int argv_push(struct argv *a, char *s)
{
	if (array_reserve((void **)&a->v, &a->cap, sizeof(*a->v), a->n + 2))
		return -ENOMEM;
	a->v[a->n++] = s;
	a->v[a->n] = NULL;
	return 0;
}

static int argv_build(struct argv *a, const char *clang, const char *cflags,
		      const char *c_path, const char *obj_path)
{
	static const char *const head[] = {
		"-O2", "-g", "-target", "bpf", "-I" KEFIR_MULTIARCH_INCLUDE,
	};
	char *word, *save = NULL;
	size_t i;
	int err = argv_push(a, (char *)clang);

	for (i = 0; !err && i < ARRAY_SIZE(head); i++)
		err = argv_push(a, (char *)head[i]);
	if (!err && cflags && !(a->flags = strdup(cflags)))
		err = -ENOMEM;
	for (word = a->flags ? strtok_r(a->flags, " \t\n", &save) : NULL;
	     !err && word; word = strtok_r(NULL, " \t\n", &save))
		err = argv_push(a, word);
	if (!err)
		err = argv_push(a, "-c");
	if (!err)
		err = argv_push(a, (char *)c_path);
	if (!err)
		err = argv_push(a, "-o");
	if (!err)
		err = argv_push(a, (char *)obj_path);
	return err;
}

static void argv_free(struct argv *a)
{
	free(a->v);
	free(a->flags);
}

/* Starts @argv with stdout and stderr into @out_fd; 0 or -errno. */
static int spawn(char **argv, int out_fd, pid_t *pid)
{
	posix_spawn_file_actions_t fa;
	int err;

	if (posix_spawn_file_actions_init(&fa))
		return -ENOMEM;
	err = posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	if (!err)
		err = posix_spawn_file_actions_adddup2(&fa, out_fd, 1);
	if (!err)
		err = posix_spawn_file_actions_adddup2(&fa, out_fd, 2);
	if (!err)
		err = posix_spawnp(pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	return -err;
}

/* Reads @fd to its end into @out. */
static int drain(int fd, struct kefir_buf *out)
{
	char chunk[4096];
	ssize_t n;

	for (;;) {
		n = read(fd, chunk, sizeof(chunk));
		if (n > 0 && buf_append(out, chunk, (size_t)n))
			return -ENOMEM;
		if (n == 0)
			return 0;
		if (n < 0 && errno != EINTR)
			return -errno;
	}
}

static int wait_child(pid_t pid, int *status)
{
	while (waitpid(pid, status, 0) < 0)
		if (errno != EINTR)
			return -errno;
	return 0;
}

/* Runs @argv, collecting what it prints; 0 or -errno, *@status as waitpid. */
int run_capture(char **argv, struct kefir_buf *out, int *status)
{
	int fds[2], err, werr;
	pid_t pid;

	if (pipe2(fds, O_CLOEXEC))
		return -errno;
	err = spawn(argv, fds[1], &pid);
	close(fds[1]);
	if (err) {
		close(fds[0]);
		return err;
	}
	err = drain(fds[0], out);
	close(fds[0]);
	werr = wait_child(pid, status);
	return err ? err : werr;
}

/* Removes trailing newlines from @b. */
static void trim_newlines(struct kefir_buf *b)
{
	while (b->len && b->data[b->len - 1] == '\n')
		b->data[--b->len] = '\0';
}

static int compile_failed(struct kefir_diag *diag, const char *clang,
			  struct kefir_buf *out, int status)
{
	trim_newlines(out);
	if (out->len)
		return diag_error(diag, NULL, NULL, "%s", out->data);
	if (WIFSIGNALED(status))
		return diag_error(diag, NULL, NULL, "%s was killed by signal %d",
				  clang, WTERMSIG(status));
	return diag_error(diag, NULL, NULL, "%s failed with exit status %d",
			  clang, WEXITSTATUS(status));
}

int kefir_bpf_compile(const char *c_path, const char *obj_path,
		      const struct kefir_compile_opts *opts,
		      struct kefir_diag *diag)
{
	struct kefir_compile_opts o;
	struct kefir_buf out = { 0 };
	struct argv argv = { 0 };
	const char *clang;
	int err, status = 0;

	if (opts_copy(&o, sizeof(o), opts))
		return -EINVAL;
	clang = o.clang ? o.clang : getenv("KEFIR_CLANG");
	if (!clang || !*clang)
		clang = KEFIR_DEFAULT_CLANG;
	err = argv_build(&argv, clang, o.cflags, c_path, obj_path);
	if (!err)
		err = run_capture(argv.v, &out, &status);
	/* a child that could not exec exits 127 when posix_spawn cannot tell
	 * (under valgrind, for one) */
	if (!err && WIFEXITED(status) && WEXITSTATUS(status) == 127 && !out.len)
		err = -ENOENT;
	if (err == -ENOENT || err == -EACCES)
		diag_error(diag, NULL, NULL, "cannot run '%s': %s", clang,
			   strerror(-err));
	if (err == -EACCES)
		err = -ENOENT;
	if (!err && (!WIFEXITED(status) || WEXITSTATUS(status)))
		err = compile_failed(diag, clang, &out, status);
	buf_free(&out);
	argv_free(&argv);
	return err;
}

/* ------------------------------------------------------------------------ */
/* Loading                                                                  */
/* ------------------------------------------------------------------------ */

/* Where libbpf's messages go while this thread loads an object. */
static __thread struct kefir_buf *libbpf_sink;
static libbpf_print_fn_t libbpf_previous;

static int capture_print(enum libbpf_print_level level, const char *fmt,
			 va_list ap)
{
	if (!libbpf_sink)
		return libbpf_previous ? libbpf_previous(level, fmt, ap) : 0;
	if (level == LIBBPF_DEBUG)
		return 0;
	return buf_vprintf(libbpf_sink, fmt, ap);
}

/* The callback libbpf_capture_begin() replaced, restored by _end(). */
static __thread libbpf_print_fn_t libbpf_restore;

void libbpf_capture_begin(struct kefir_buf *sink)
{
	libbpf_sink = sink;
	libbpf_restore = libbpf_set_print(capture_print);
	if (libbpf_restore != capture_print)
		libbpf_previous = libbpf_restore;
}

void libbpf_capture_end(void)
{
	libbpf_set_print(libbpf_restore);
	libbpf_sink = NULL;
}

/* The last @n lines of @text, starting at a line start. */
static const char *last_lines(const char *text, size_t len, unsigned int n)
{
	const char *p = text + len;

	while (p > text && p[-1] == '\n')
		p--;
	while (p > text) {
		if (p[-1] == '\n' && !n--)
			break;
		p--;
	}
	return p;
}

/* The refusal: errno, then the end of the verifier log, else libbpf's. */
static int load_failed(struct kefir_diag *diag, const char *obj_path, int err,
		       const char *log, struct kefir_buf *msgs, bool full_log)
{
	struct kefir_buf tail = { 0 };
	const char *src = log && *log ? log : msgs->data ? msgs->data : "";
	const char *what = log && *log ? "verifier log, last lines" : "libbpf said";
	size_t len = strlen(src);

	if (log && len + 1 >= VERIFIER_LOG_SIZE)
		what = "the verifier log did not fit (hence the error), its last lines";
	else if (full_log && log && *log)
		what = "verifier log";
	buf_puts(&tail, full_log ? src : last_lines(src, len, LOG_TAIL_LINES));
	trim_newlines(&tail);
	if (tail.len)
		diag_error(diag, NULL, NULL, "cannot load %s: %s; %s:\n%s",
			   obj_path, strerror(-err), what, tail.data);
	else
		diag_error(diag, NULL, NULL, "cannot load %s: %s", obj_path,
			   strerror(-err));
	buf_free(&tail);
	return err;
}

/* Finds the one program and the counters map of a loaded object. */
static int prog_find(struct kefir_prog *prog, struct kefir_diag *diag,
		     const char *obj_path)
{
	struct bpf_program *p = bpf_object__next_program(prog->obj, NULL);
	struct bpf_map *map;

	if (!p || bpf_object__next_program(prog->obj, p))
		return diag_error(diag, NULL, NULL,
				  "%s: expected exactly one BPF program", obj_path);
	prog->prog_fd = bpf_program__fd(p);
	map = bpf_object__find_map_by_name(prog->obj, "kefir_counters");
	prog->map_fd = map ? bpf_map__fd(map) : -1;
	prog->n_entries = map ? bpf_map__max_entries(map) : 0;
	if (map && bpf_map__value_size(map) != sizeof(struct kefir_counter))
		return diag_error(diag, NULL, NULL,
				  "%s: kefir_counters values are %u bytes, expected %zu",
				  obj_path, bpf_map__value_size(map),
				  sizeof(struct kefir_counter));
	return 0;
}

/* Binds every program and map of @obj to the device @ifindex (offload). */
static void set_offload_dev(struct bpf_object *obj, unsigned int ifindex)
{
	struct bpf_program *p;
	struct bpf_map *map;

	bpf_object__for_each_program(p, obj)
		bpf_program__set_ifindex(p, ifindex);
	bpf_object__for_each_map(map, obj)
		bpf_map__set_ifindex(map, ifindex);
}

/* Opens and loads @obj_path into @prog with a kernel log buffer @log. */
static int open_and_load(struct kefir_prog *prog, const char *obj_path,
			 const struct prog_load_args *args, char *log,
			 struct kefir_diag *diag, struct kefir_buf *msgs)
{
	LIBBPF_OPTS(bpf_object_open_opts, oo, .kernel_log_buf = log,
		    .kernel_log_size = VERIFIER_LOG_SIZE);
	int err;

	prog->obj = bpf_object__open_file(obj_path, &oo);
	if (!prog->obj)
		return load_failed(diag, obj_path, errno ? -errno : -EINVAL,
				   NULL, msgs, args->full_log);
	if (args->offload_ifindex)
		set_offload_dev(prog->obj, args->offload_ifindex);
	err = bpf_object__load(prog->obj);
	if (err)
		return load_failed(diag, obj_path, err, log, msgs,
				   args->full_log);
	return prog_find(prog, diag, obj_path);
}

int kefir_prog_load(const char *obj_path, struct kefir_prog **out,
		    struct kefir_diag *diag)
{
	const struct prog_load_args args = { 0 };

	return prog_load(obj_path, &args, out, diag);
}

int prog_load(const char *obj_path, const struct prog_load_args *args,
	      struct kefir_prog **out, struct kefir_diag *diag)
{
	struct kefir_buf msgs = { 0 };
	struct kefir_prog *prog;
	char *log;
	int err;

	*out = NULL;
	prog = calloc(1, sizeof(*prog));
	log = calloc(1, VERIFIER_LOG_SIZE);
	if (!prog || !log) {
		free(prog);
		free(log);
		return -ENOMEM;
	}
	libbpf_capture_begin(&msgs);
	err = open_and_load(prog, obj_path, args, log, diag, &msgs);
	libbpf_capture_end();
	buf_free(&msgs);
	free(log);
	if (err) {
		kefir_prog_free(prog);
		return err;
	}
	*out = prog;
	return 0;
}

void kefir_prog_free(struct kefir_prog *prog)
{
	if (!prog)
		return;
	bpf_object__close(prog->obj);
	free(prog);
}

int kefir_prog_fd(const struct kefir_prog *prog)
{
	return prog->prog_fd;
}

int prog_counters_fd(const struct kefir_prog *prog, uint32_t *n_entries)
{
	*n_entries = prog->n_entries;
	return prog->map_fd;
}

/* ------------------------------------------------------------------------ */
/* Running                                                                  */
/* ------------------------------------------------------------------------ */

int kefir_prog_test_run(const struct kefir_prog *prog, const uint8_t *pkt,
			size_t len, uint32_t *retval)
{
	LIBBPF_OPTS(bpf_test_run_opts, opts, .data_in = pkt,
		    .data_size_in = (__u32)len, .repeat = 1);
	int err;

	if (len > UINT32_MAX)
		return -EINVAL;
	err = bpf_prog_test_run_opts(prog->prog_fd, &opts);
	if (err)
		return err < 0 ? err : -errno;
	*retval = opts.retval;
	return 0;
}

int kefir_prog_read_counters(const struct kefir_prog *prog,
			     struct kefir_counter *counters, size_t n)
{
	int ncpus = libbpf_num_possible_cpus();
	struct kefir_counter *percpu;
	uint32_t key;
	int cpu, err = 0;

	if (prog->map_fd < 0)
		return -ENOENT;
	if (ncpus <= 0)
		return ncpus < 0 ? ncpus : -EINVAL;
	if (n > prog->n_entries)
		return -EINVAL;
	percpu = calloc((size_t)ncpus, sizeof(*percpu));
	if (!percpu)
		return -ENOMEM;
	for (key = 0; key < n && !err; key++) {
		memset(&counters[key], 0, sizeof(counters[key]));
		if (bpf_map_lookup_elem(prog->map_fd, &key, percpu)) {
			err = -errno;
			break;
		}
		for (cpu = 0; cpu < ncpus; cpu++) {
			counters[key].packets += percpu[cpu].packets;
			counters[key].bytes += percpu[cpu].bytes;
		}
	}
	free(percpu);
	return err;
}
