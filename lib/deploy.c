/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * deploy.c - puts kefir programs on interfaces and finds them again: builds
 * a ruleset into a loaded program, attaches it at XDP (netlink, with
 * XDP_FLAGS_REPLACE as a compare-and-swap on the running program) or as a
 * TC clsact direct-action filter at a fixed handle and priority (replaced
 * in place), replaces it atomically, reads its counters and detaches it.
 *
 * Netlink attachments outlive the process without a pinned bpf_link, are
 * shown by `ip link` and `tc filter show`, and work for XDP and TC alike
 * with libbpf 1.1 (which has no tcx links). What kefir attached is known
 * by its pins: PIN_ROOT/IFNAME/HOOK/{prog,counters,meta}; "meta" is an
 * array map of 4 KiB chunks holding a struct meta_header and the ruleset
 * as JSON. A replacement pins the new objects as new-NAME first, switches,
 * then renames them over the old pins, so a failure before the switch
 * leaves the old program and its pins untouched.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <limits.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <linux/if_link.h>
#include <linux/magic.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <jansson.h>

#include "kefir_internal.h"

#define DEFAULT_PIN_ROOT "/sys/fs/bpf/kefir"
#define BPFFS_DIR "/sys/fs/bpf"
#define TC_HANDLE 0x6b66	/* "kf" */
#define TC_PRIORITY 1
#define META_CHUNK 4096u
#define META_MAGIC "kefir-1"	/* 8 bytes with its NUL */

/* The first bytes of the "meta" map; the ruleset's JSON follows. */
struct meta_header {
	char magic[8];
	uint32_t hook;		/* enum kefir_hook */
	uint32_t mode;		/* enum kefir_xdp_mode */
	uint32_t direction;	/* enum kefir_tc_direction */
	uint32_t flags;		/* META_* */
	uint32_t json_len;	/* bytes of JSON after the header */
	uint32_t reserved;
};

/* kefir created the clsact qdisc, and removes it when it leaves. */
#define META_CREATED_QDISC (1u << 0)

/* The hook slots of an interface: one program each. */
enum slot { SLOT_XDP, SLOT_TC_INGRESS, SLOT_TC_EGRESS, SLOT_MAX };

static const char *const slot_dirs[SLOT_MAX] = { "xdp", "tc-ingress", "tc-egress" };
static const char *const mode_names[] = { "native", "generic", "offload" };
static const __u32 mode_flags[] = {
	XDP_FLAGS_DRV_MODE, XDP_FLAGS_SKB_MODE, XDP_FLAGS_HW_MODE,
};

/* The pinned objects of a slot, in the order of struct pins. */
enum { PIN_PROG, PIN_COUNTERS, PIN_META, PIN_MAX };
static const char *const pin_names[PIN_MAX] = { "prog", "counters", "meta" };

/* Where a program goes: the interface, the hook and the pin directory. */
struct target {
	char ifname[IF_NAMESIZE];
	int ifindex;
	enum kefir_hook hook;
	enum kefir_xdp_mode mode;
	enum kefir_tc_direction direction;
	char dir[PATH_MAX];	/* PIN_ROOT/IFNAME/SLOT */
	char root[PATH_MAX];
};

struct kefir_attachment {
	struct target t;
	uint32_t meta_flags;		/* META_* */
	int fds[PIN_MAX];		/* prog, counters, meta */
	uint32_t prog_id;
	uint32_t n_counters;
	struct kefir_ruleset *rs;
	char name[IF_NAMESIZE + 32];
};

/* snprintf into a PATH_MAX buffer; -ENAMETOOLONG when it does not fit. */
static int __attribute__((format(printf, 2, 3)))
pathf(char *out, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(out, PATH_MAX, fmt, ap);
	va_end(ap);
	return n < 0 || n >= PATH_MAX ? -ENAMETOOLONG : 0;
}

/* Adds an error to @diag and returns @err. */
static int __attribute__((format(printf, 3, 4)))
fail(struct kefir_diag *diag, int err, const char *fmt, ...)
{
	va_list ap;

	if (!diag)
		return err;
	va_start(ap, fmt);
	diag_vadd(diag, KEFIR_SEVERITY_ERROR, NULL, NULL, fmt, ap);
	va_end(ap);
	return err;
}

static enum slot slot_of(const struct target *t)
{
	if (t->hook == KEFIR_HOOK_XDP)
		return SLOT_XDP;
	return t->direction == KEFIR_TC_EGRESS ? SLOT_TC_EGRESS : SLOT_TC_INGRESS;
}

static void slot_set(struct target *t, enum slot slot)
{
	t->hook = slot == SLOT_XDP ? KEFIR_HOOK_XDP : KEFIR_HOOK_TC;
	t->direction = slot == SLOT_TC_EGRESS ? KEFIR_TC_EGRESS : KEFIR_TC_INGRESS;
}

/* "veth0 xdp (native)", "veth0 tc egress" */
static void target_name(const struct target *t, char *out, size_t size)
{
	if (t->hook == KEFIR_HOOK_XDP)
		snprintf(out, size, "%s xdp (%s)", t->ifname, mode_names[t->mode]);
	else
		snprintf(out, size, "%s tc %s", t->ifname,
			 t->direction == KEFIR_TC_EGRESS ? "egress" : "ingress");
}

/* ------------------------------------------------------------------------ */
/* Targets and pin paths                                                    */
/* ------------------------------------------------------------------------ */

static int resolve_dev(struct target *t, const char *ifname, int ifindex,
		       struct kefir_diag *diag)
{
	if (ifname) {
		if (strlen(ifname) >= IF_NAMESIZE || !(t->ifindex = (int)if_nametoindex(ifname)))
			return fail(diag, -ENODEV, "no such network interface '%s'", ifname);
		strcpy(t->ifname, ifname);
		return 0;
	}
	if (ifindex <= 0 || !if_indextoname((unsigned int)ifindex, t->ifname))
		return fail(diag, -ENODEV, "no network interface has index %d", ifindex);
	t->ifindex = ifindex;
	return 0;
}

static int set_slot_dir(struct target *t, struct kefir_diag *diag)
{
	if (pathf(t->dir, "%s/%s/%s", t->root, t->ifname, slot_dirs[slot_of(t)]))
		return fail(diag, -ENAMETOOLONG, "pin path too long under '%s'", t->root);
	return 0;
}

/* Fills @t from the interface and the options; the pin directory too. */
static int target_resolve(struct target *t, const char *ifname,
			  const struct kefir_attach_opts *o,
			  struct kefir_diag *diag)
{
	const char *root = o->pin_root ? o->pin_root : getenv("KEFIR_PIN_ROOT");
	int err;

	memset(t, 0, sizeof(*t));
	if ((unsigned int)o->hook > KEFIR_HOOK_TC ||
	    (unsigned int)o->mode >= ARRAY_SIZE(mode_names) ||
	    (unsigned int)o->direction > KEFIR_TC_EGRESS)
		return -EINVAL;
	if (!root || !*root)
		root = DEFAULT_PIN_ROOT;
	if (strlen(root) >= sizeof(t->root))
		return -ENAMETOOLONG;
	strcpy(t->root, root);
	t->hook = o->hook;
	t->mode = o->mode;
	t->direction = o->direction;
	err = resolve_dev(t, ifname, o->ifindex, diag);
	return err ? err : set_slot_dir(t, diag);
}

/* @prefix: "" for the pins, "new-" for a replacement's (bpffs forbids dots). */
static void pin_path(const struct target *t, int pin, const char *prefix,
		     char *out)
{
	pathf(out, "%s/%s%s", t->dir, prefix, pin_names[pin]);
}

/* Whether the nearest existing ancestor of @path is on a BPF filesystem. */
static int on_bpffs(const char *path)
{
	char p[PATH_MAX], *slash;
	struct statfs st;

	pathf(p, "%s", path);
	while (statfs(p, &st)) {
		if (errno != ENOENT || !(slash = strrchr(p, '/')) || slash == p)
			return 0;
		*slash = '\0';
	}
	return st.f_type == BPF_FS_MAGIC;
}

/* Mounts bpffs on /sys/fs/bpf for a pin root below it, else fails. */
static int ensure_bpffs(const char *root, struct kefir_diag *diag)
{
	size_t n = strlen(BPFFS_DIR);
	int err;

	if (on_bpffs(root))
		return 0;
	if (strncmp(root, BPFFS_DIR, n) || (root[n] && root[n] != '/'))
		return fail(diag, -ENOTSUP,
			    "'%s' is not on a BPF filesystem (mount one with 'mount -t bpf bpf DIR')",
			    root);
	if (!mount("bpf", BPFFS_DIR, "bpf", 0, "mode=0700") || on_bpffs(root))
		return 0;
	err = -errno;
	diag_error(diag, NULL, NULL, "cannot mount the BPF filesystem on %s: %s",
		   BPFFS_DIR, strerror(-err));
	return err;
}

/* mkdir -p @dir, mode 0700. */
static int make_dirs(const char *dir, struct kefir_diag *diag)
{
	char p[PATH_MAX], *s, c;
	int err;

	pathf(p, "%s", dir);
	for (s = p + 1;; s++) {
		if (*s && *s != '/')
			continue;
		c = *s;
		*s = '\0';
		if (mkdir(p, 0700) && errno != EEXIST) {
			err = -errno;
			diag_error(diag, NULL, NULL, "cannot create '%s': %s", p,
				   strerror(-err));
			return err;
		}
		if (!c)
			return 0;
		*s = c;
	}
}

static int prepare_dir(const struct target *t, struct kefir_diag *diag)
{
	int err = ensure_bpffs(t->root, diag);

	return err ? err : make_dirs(t->dir, diag);
}

/* Pins @fds as @prefix PIN_NAME; on failure removes what it pinned. */
static int pin_all(const struct target *t, const int fds[PIN_MAX],
		   const char *prefix, struct kefir_diag *diag)
{
	char path[PATH_MAX];
	int i, err = 0;

	for (i = 0; i < PIN_MAX && !err; i++) {
		pin_path(t, i, prefix, path);
		unlink(path);
		if (bpf_obj_pin(fds[i], path)) {
			err = -errno;
			diag_error(diag, NULL, NULL, "cannot pin '%s': %s", path,
				   strerror(errno));
		}
	}
	while (err && i-- > 0) {
		pin_path(t, i, prefix, path);
		unlink(path);
	}
	return err;
}

static void unpin_all(const struct target *t, const char *prefix)
{
	char path[PATH_MAX];
	int i;

	for (i = 0; i < PIN_MAX; i++) {
		pin_path(t, i, prefix, path);
		unlink(path);
	}
}

/* Renames the new-NAME pins over the NAME ones. */
static int commit_pins(const struct target *t, struct kefir_diag *diag)
{
	char from[PATH_MAX], to[PATH_MAX];

	int i, err;

	for (i = 0; i < PIN_MAX; i++) {
		pin_path(t, i, "new-", from);
		pin_path(t, i, "", to);
		if (rename(from, to)) {
			err = -errno;
			diag_error(diag, NULL, NULL, "cannot rename '%s' to '%s': %s",
				   from, to, strerror(-err));
			return err;
		}
	}
	return 0;
}

/* Removes the pin directory of @t and its interface's, when empty. */
static void remove_dirs(const struct target *t)
{
	char p[PATH_MAX];

	rmdir(t->dir);
	pathf(p, "%s/%s", t->root, t->ifname);
	rmdir(p);
}

/* ------------------------------------------------------------------------ */
/* The kernel side: what is attached, switching programs                    */
/* ------------------------------------------------------------------------ */

static void tc_hook_of(const struct target *t, struct bpf_tc_hook *hook)
{
	memset(hook, 0, sizeof(*hook));
	hook->sz = sizeof(*hook);
	hook->ifindex = t->ifindex;
	hook->attach_point = t->direction == KEFIR_TC_EGRESS ? BPF_TC_EGRESS :
							      BPF_TC_INGRESS;
}

/* The id of the program attached at @t's hook (0: none) in *@id. */
static int attached_id(const struct target *t, uint32_t *id)
{
	LIBBPF_OPTS(bpf_xdp_query_opts, xq);
	LIBBPF_OPTS(bpf_tc_opts, tq, .handle = TC_HANDLE, .priority = TC_PRIORITY);
	struct bpf_tc_hook hook;
	int err;

	*id = 0;
	if (t->hook == KEFIR_HOOK_XDP) {
		err = bpf_xdp_query(t->ifindex, 0, &xq);
		*id = t->mode == KEFIR_XDP_MODE_GENERIC ? xq.skb_prog_id :
		      t->mode == KEFIR_XDP_MODE_OFFLOAD ? xq.hw_prog_id :
							  xq.drv_prog_id;
		return err;
	}
	tc_hook_of(t, &hook);
	err = bpf_tc_query(&hook, &tq);
	if (err == -ENOENT || err == -EINVAL)	/* no filter, or no qdisc */
		return 0;
	*id = err ? 0 : tq.prog_id;
	return err;
}

static int prog_id_of(int fd, uint32_t *id, char *name, size_t size)
{
	struct bpf_prog_info info;
	__u32 len = sizeof(info);

	memset(&info, 0, sizeof(info));
	if (bpf_obj_get_info_by_fd(fd, &info, &len))
		return -errno;
	*id = info.id;
	if (name)
		snprintf(name, size, "%s", info.name);
	return 0;
}

/* Explains a refusal of the kernel to @what ("attach to") the hook of @t. */
static int switch_failed(const struct target *t, const char *what, int err,
			 struct kefir_diag *diag)
{
	char where[IF_NAMESIZE + 32];

	target_name(t, where, sizeof(where));
	if (err == -EPERM || err == -EACCES)
		diag_error(diag, NULL, NULL,
			   "cannot %s %s: permission denied (needs CAP_NET_ADMIN and CAP_BPF: run as root)",
			   what, where);
	else if (err == -EOPNOTSUPP)
		diag_error(diag, NULL, NULL,
			   "cannot %s %s: the driver does not support this mode",
			   what, where);
	else if (t->hook == KEFIR_HOOK_XDP && (err == -EEXIST || err == -EBUSY))
		diag_error(diag, NULL, NULL,
			   "cannot %s %s: another XDP program is attached (in another mode, or it changed meanwhile)",
			   what, where);
	else
		diag_error(diag, NULL, NULL, "cannot %s %s: %s", what, where,
			   strerror(-err));
	return err;
}

/* XDP: puts @new_fd (-1: none) in place of @old_fd (-1: of nothing). */
static int xdp_switch(const struct target *t, int new_fd, int old_fd)
{
	LIBBPF_OPTS(bpf_xdp_attach_opts, xo, .old_prog_fd = old_fd);
	__u32 flags = mode_flags[t->mode];

	flags |= old_fd >= 0 ? XDP_FLAGS_REPLACE : XDP_FLAGS_UPDATE_IF_NOEXIST;
	return bpf_xdp_attach(t->ifindex, new_fd, flags, old_fd >= 0 ? &xo : NULL);
}

/* TC: creates the clsact qdisc when missing, noting it in @meta_flags. */
static int tc_qdisc_prepare(const struct target *t, uint32_t *meta_flags)
{
	struct bpf_tc_hook hook;
	int err;

	tc_hook_of(t, &hook);
	err = bpf_tc_hook_create(&hook);
	if (!err)
		*meta_flags |= META_CREATED_QDISC;
	return err == -EEXIST ? 0 : err;
}

static void tc_qdisc_destroy(const struct target *t)
{
	struct bpf_tc_hook hook;

	tc_hook_of(t, &hook);
	hook.attach_point = BPF_TC_INGRESS | BPF_TC_EGRESS;
	bpf_tc_hook_destroy(&hook);
}

/* TC: adds the filter, or replaces the one at kefir's handle. */
static int tc_switch(const struct target *t, int new_fd, bool replace)
{
	LIBBPF_OPTS(bpf_tc_opts, to, .handle = TC_HANDLE, .priority = TC_PRIORITY,
		    .prog_fd = new_fd, .flags = replace ? BPF_TC_F_REPLACE : 0);
	struct bpf_tc_hook hook;

	tc_hook_of(t, &hook);
	return bpf_tc_attach(&hook, &to);
}

static int tc_detach(const struct target *t)
{
	LIBBPF_OPTS(bpf_tc_opts, to, .handle = TC_HANDLE, .priority = TC_PRIORITY);
	struct bpf_tc_hook hook;

	tc_hook_of(t, &hook);
	return bpf_tc_detach(&hook, &to);
}

/* Runs @new_fd at @t instead of the program @old_id (0: none attached). */
static int prog_switch(const struct target *t, int new_fd, uint32_t old_id,
		       struct kefir_diag *diag)
{
	int old_fd = -1, err;

	if (t->hook == KEFIR_HOOK_TC) {
		err = tc_switch(t, new_fd, old_id != 0);
		return err ? switch_failed(t, "attach to", err, diag) : 0;
	}
	if (old_id && (old_fd = bpf_prog_get_fd_by_id(old_id)) < 0)
		return switch_failed(t, "attach to", -errno, diag);
	err = xdp_switch(t, new_fd, old_fd);
	if (old_fd >= 0)
		close(old_fd);
	return err ? switch_failed(t, "attach to", err, diag) : 0;
}

/* Refuses the foreign program @id attached at @t. */
static int foreign(const struct target *t, uint32_t id, struct kefir_diag *diag)
{
	char where[IF_NAMESIZE + 32], name[BPF_OBJ_NAME_LEN] = "";
	int fd = bpf_prog_get_fd_by_id(id);

	if (fd >= 0) {
		prog_id_of(fd, &id, name, sizeof(name));
		close(fd);
	}
	target_name(t, where, sizeof(where));
	diag_error(diag, NULL, NULL,
		   "%s runs program %u ('%s'), which kefir did not attach: force to replace or detach it",
		   where, id, name);
	return -EBUSY;
}

/* ------------------------------------------------------------------------ */
/* The metadata record                                                      */
/* ------------------------------------------------------------------------ */

/* The record: header and JSON, in whole chunks. NULL when out of memory. */
static char *meta_record(const struct target *t, const char *json, size_t len,
			 uint32_t flags, uint32_t *n_chunks)
{
	size_t total = sizeof(struct meta_header) + len + 1;
	struct meta_header *h;
	char *rec;

	*n_chunks = (uint32_t)((total + META_CHUNK - 1) / META_CHUNK);
	rec = calloc(*n_chunks, META_CHUNK);
	if (!rec)
		return NULL;
	h = (struct meta_header *)rec;
	memcpy(h->magic, META_MAGIC, sizeof(h->magic));
	h->hook = t->hook;
	h->mode = t->mode;
	h->direction = t->direction;
	h->flags = flags;
	h->json_len = (uint32_t)len;
	memcpy(rec + sizeof(*h), json, len);
	return rec;
}

/* Makes and fills the "meta" map of @rs at @t; its fd, or -errno. */
static int meta_create(const struct target *t, const struct kefir_ruleset *rs,
		       uint32_t flags, struct kefir_diag *diag)
{
	char *json = NULL, *rec = NULL;
	uint32_t i, n = 0;
	size_t len;
	int fd, err;

	err = kefir_ruleset_emit(rs, "json", NULL, &json, &len, diag);
	if (!err && len > UINT32_MAX / 2)
		err = -E2BIG;
	if (!err && !(rec = meta_record(t, json, len, flags, &n)))
		err = -ENOMEM;
	fd = err ? err : bpf_map_create(BPF_MAP_TYPE_ARRAY, "kefir_meta", 4,
					META_CHUNK, n, NULL);
	if (fd < 0 && !err) {
		err = fd;
		diag_error(diag, NULL, NULL, "cannot create the metadata map: %s",
			   strerror(-fd));
	}
	for (i = 0; !err && i < n; i++)
		if (bpf_map_update_elem(fd, &i, rec + (size_t)i * META_CHUNK, 0))
			err = -errno;
	if (err && fd >= 0)
		close(fd);
	free(rec);
	free(json);
	return err ? err : fd;
}

/* Reads the whole record of the "meta" map @fd; NULL and errno on failure. */
static char *meta_load(int fd, size_t *size)
{
	struct bpf_map_info info;
	__u32 len = sizeof(info), i;
	char *rec;

	memset(&info, 0, sizeof(info));
	if (bpf_obj_get_info_by_fd(fd, &info, &len))
		return NULL;
	if (info.type != BPF_MAP_TYPE_ARRAY || info.value_size != META_CHUNK ||
	    !info.max_entries) {
		errno = EBADMSG;
		return NULL;
	}
	*size = (size_t)info.max_entries * META_CHUNK;
	rec = malloc(*size);
	for (i = 0; rec && i < info.max_entries; i++)
		if (bpf_map_lookup_elem(fd, &i, rec + (size_t)i * META_CHUNK)) {
			free(rec);
			return NULL;
		}
	return rec;
}

/* Fills @att from its "meta" map: the hook, mode and flags, the ruleset. */
static int meta_read(struct kefir_attachment *att, struct kefir_diag *diag)
{
	const struct meta_header *h;
	size_t size;
	char *rec = meta_load(att->fds[PIN_META], &size);
	int err = -EBADMSG;

	if (!rec)
		return errno == EBADMSG ? -EBADMSG : -errno;
	h = (const struct meta_header *)rec;
	if (memcmp(h->magic, META_MAGIC, sizeof(h->magic)) ||
	    h->json_len > size - sizeof(*h) || h->mode >= ARRAY_SIZE(mode_names) ||
	    h->hook != att->t.hook)
		goto out;
	att->t.mode = h->mode;
	att->meta_flags = h->flags;
	err = kefir_ruleset_parse("json", rec + sizeof(*h), h->json_len,
				  "kefir metadata", NULL, &att->rs, diag);
	if (err)
		err = -EBADMSG;
out:
	free(rec);
	return err;
}

/* ------------------------------------------------------------------------ */
/* Finding an attachment                                                    */
/* ------------------------------------------------------------------------ */

static struct kefir_attachment *attachment_new(const struct target *t)
{
	struct kefir_attachment *att = calloc(1, sizeof(*att));
	int i;

	if (!att)
		return NULL;
	att->t = *t;
	for (i = 0; i < PIN_MAX; i++)
		att->fds[i] = -1;
	return att;
}

void kefir_attachment_free(struct kefir_attachment *att)
{
	int i;

	if (!att)
		return;
	for (i = 0; i < PIN_MAX; i++)
		if (att->fds[i] >= 0)
			close(att->fds[i]);
	kefir_ruleset_free(att->rs);
	free(att);
}

static int open_failed(const struct kefir_attachment *att, const char *path,
		       int err, struct kefir_diag *diag)
{
	char where[IF_NAMESIZE + 32];

	target_name(&att->t, where, sizeof(where));
	if (err == -ENOENT)
		return fail(diag, err, "no kefir program is attached to %s", where);
	if (err == -EPERM || err == -EACCES)
		return fail(diag, err, "cannot open '%s': permission denied (run as root)", path);
	if (err == -EBADMSG)
		return fail(diag, err, "'%s' does not hold kefir's pins: remove the directory", att->t.dir);
	return fail(diag, err, "cannot open '%s': %s", path, strerror(-err));
}

/* Opens the pins of @att->t. */
static int attachment_load(struct kefir_attachment *att, struct kefir_diag *diag)
{
	struct bpf_map_info info;
	__u32 len = sizeof(info);
	char path[PATH_MAX];
	int i, err;

	for (i = 0; i < PIN_MAX; i++) {
		pin_path(&att->t, i, "", path);
		att->fds[i] = bpf_obj_get(path);
		if (att->fds[i] < 0)
			return open_failed(att, path, -errno, diag);
	}
	memset(&info, 0, sizeof(info));
	err = prog_id_of(att->fds[PIN_PROG], &att->prog_id, NULL, 0);
	if (!err && bpf_obj_get_info_by_fd(att->fds[PIN_COUNTERS], &info, &len))
		err = -errno;
	if (err)
		return open_failed(att, att->t.dir, -EBADMSG, diag);
	att->n_counters = info.max_entries;
	err = meta_read(att, diag);
	if (err)
		return open_failed(att, att->t.dir, err, diag);
	target_name(&att->t, att->name, sizeof(att->name));
	return 0;
}

static int open_at(const struct target *t, struct kefir_attachment **out,
		   struct kefir_diag *diag)
{
	struct kefir_attachment *att = attachment_new(t);
	int err;

	if (!att)
		return -ENOMEM;
	err = attachment_load(att, diag);
	if (err) {
		kefir_attachment_free(att);
		return err;
	}
	*out = att;
	return 0;
}

/* 1 when @slot of @t's interface has pins, 0 when not, or -errno. */
static int slot_pinned(const struct target *t, enum slot slot)
{
	struct target s = *t;
	char path[PATH_MAX];

	slot_set(&s, slot);
	if (set_slot_dir(&s, NULL))
		return 0;
	pin_path(&s, PIN_PROG, "", path);
	if (!access(path, F_OK))
		return 1;
	return errno == ENOENT || errno == ENOTDIR ? 0 : -errno;
}

/* Points @t at the only pinned slot of its interface. */
static int find_slot(struct target *t, struct kefir_diag *diag)
{
	int slot, found = -1, n = 0, pinned;

	for (slot = 0; slot < SLOT_MAX; slot++) {
		pinned = slot_pinned(t, slot);
		if (pinned < 0)
			return fail(diag, pinned, "cannot look under '%s': %s%s", t->root,
				    strerror(-pinned),
				    pinned == -EACCES ? " (run as root)" : "");
		if (pinned) {
			found = slot;
			n++;
		}
	}
	if (n > 1)
		return fail(diag, -ENOTUNIQ, "%s runs several kefir programs: name the hook",
			    t->ifname);
	if (!n)
		return fail(diag, -ENOENT, "no kefir program is attached to %s", t->ifname);
	slot_set(t, found);
	return set_slot_dir(t, diag);
}

static int attachment_open(const char *ifname,
			   const struct kefir_attach_opts *opts,
			   struct kefir_attachment **out, struct kefir_diag *diag)
{
	struct kefir_attach_opts o;
	struct target t;
	int err;

	*out = NULL;
	if (opts_copy(&o, sizeof(o), opts))
		return -EINVAL;
	err = target_resolve(&t, ifname, &o, diag);
	if (!err && (o.flags & KEFIR_ATTACH_ANY_HOOK))
		err = find_slot(&t, diag);
	return err ? err : open_at(&t, out, diag);
}

int kefir_attachment_open(const char *ifname, const struct kefir_attach_opts *opts,
			  struct kefir_attachment **out, struct kefir_diag *diag)
{
	struct kefir_buf msgs = { 0 };
	int err;

	libbpf_capture_begin(&msgs);
	err = attachment_open(ifname, opts, out, diag);
	libbpf_capture_end();
	buf_free(&msgs);
	return err;
}

const struct kefir_ruleset *kefir_attachment_ruleset(const struct kefir_attachment *att)
{
	return att->rs;
}

const char *kefir_attachment_name(const struct kefir_attachment *att)
{
	return att->name;
}

/* ------------------------------------------------------------------------ */
/* Attaching, replacing, detaching                                          */
/* ------------------------------------------------------------------------ */

/* The fds to pin for @prog: program, counters, a new "meta" map. */
static int prog_fds(const struct kefir_prog *prog, const struct target *t,
		    const struct kefir_ruleset *rs, uint32_t meta_flags,
		    int fds[PIN_MAX], struct kefir_diag *diag)
{
	uint32_t n;

	fds[PIN_PROG] = kefir_prog_fd(prog);
	fds[PIN_COUNTERS] = prog_counters_fd(prog, &n);
	if (fds[PIN_COUNTERS] < 0 || n < kefir_ruleset_n_rules(rs) + 1)
		return fail(diag, -EINVAL, "the program has no counters for this ruleset");
	fds[PIN_META] = meta_create(t, rs, meta_flags, diag);
	return fds[PIN_META] < 0 ? fds[PIN_META] : 0;
}

/*
 * Pins @prog at @t (names with @prefix) and switches it in for @old_id. For TC,
 * the clsact qdisc is made first when missing, so that the record can say
 * kefir made it, and removed again when the switch fails.
 */
static int pin_and_switch(const struct kefir_prog *prog,
			  const struct kefir_ruleset *rs, const struct target *t,
			  uint32_t old_id, uint32_t meta_flags, const char *prefix,
			  struct kefir_diag *diag)
{
	uint32_t before = meta_flags;
	int fds[PIN_MAX] = { -1, -1, -1 }, err = 0;

	if (t->hook == KEFIR_HOOK_TC)
		err = tc_qdisc_prepare(t, &meta_flags);
	if (err)
		return switch_failed(t, "attach to", err, diag);
	err = prog_fds(prog, t, rs, meta_flags, fds, diag);
	if (!err)
		err = pin_all(t, fds, prefix, diag);
	if (!err)
		err = prog_switch(t, fds[PIN_PROG], old_id, diag);
	if (fds[PIN_META] >= 0)
		close(fds[PIN_META]);
	if (err)
		unpin_all(t, prefix);
	if (err && (meta_flags & ~before & META_CREATED_QDISC))
		tc_qdisc_destroy(t);
	return err;
}

/*
 * Whether the kefir program pinned at @t's slot runs there, in the mode
 * it was attached in (which for XDP may not be @t's).
 */
static bool kefir_running(const struct target *t)
{
	struct kefir_attachment *att = NULL;
	struct kefir_diag *scratch;
	uint32_t cur = 0;
	bool running;

	if (slot_pinned(t, slot_of(t)) != 1 || !(scratch = kefir_diag_new()))
		return false;
	running = !open_at(t, &att, scratch) && !attached_id(&att->t, &cur) &&
		  cur == att->prog_id;
	kefir_attachment_free(att);
	kefir_diag_free(scratch);
	return running;
}

static int attach(const struct kefir_prog *prog, const struct kefir_ruleset *rs,
		  const char *ifname, const struct kefir_attach_opts *opts,
		  struct kefir_diag *diag)
{
	struct kefir_attach_opts o;
	struct target t;
	uint32_t cur;
	int err;

	if (opts_copy(&o, sizeof(o), opts))
		return -EINVAL;
	err = target_resolve(&t, ifname, &o, diag);
	if (!err)
		err = prepare_dir(&t, diag);
	if (err)
		return err;
	err = attached_id(&t, &cur);
	if (err)
		return switch_failed(&t, "query", err, diag);
	if (kefir_running(&t))
		return fail(diag, -EEXIST,
			    "a kefir program is already attached to %s %s: replace it",
			    t.ifname, slot_dirs[slot_of(&t)]);
	if (cur && !(o.flags & KEFIR_ATTACH_FORCE))
		return foreign(&t, cur, diag);
	return pin_and_switch(prog, rs, &t, cur, 0, "", diag);
}

int kefir_prog_attach(const struct kefir_prog *prog, const struct kefir_ruleset *rs,
		      const char *ifname, const struct kefir_attach_opts *opts,
		      struct kefir_diag *diag)
{
	struct kefir_buf msgs = { 0 };
	int err;

	libbpf_capture_begin(&msgs);
	err = attach(prog, rs, ifname, opts, diag);
	libbpf_capture_end();
	buf_free(&msgs);
	return err;
}

/* The id of the program at @t, refusing a foreign one unless @force. */
static int owned_id(const struct kefir_attachment *att, bool force,
		    uint32_t *cur, struct kefir_diag *diag)
{
	int err = attached_id(&att->t, cur);

	if (err)
		return switch_failed(&att->t, "query", err, diag);
	if (*cur && *cur != att->prog_id && !force)
		return foreign(&att->t, *cur, diag);
	return 0;
}

static int replace(const struct kefir_prog *prog, const struct kefir_ruleset *rs,
		   const char *ifname, const struct kefir_attach_opts *opts,
		   struct kefir_attachment **old, struct kefir_diag *diag)
{
	struct kefir_attachment *att = NULL;
	struct kefir_attach_opts o;
	struct target t;
	uint32_t cur;
	int err;

	if (old)
		*old = NULL;
	if (opts_copy(&o, sizeof(o), opts))
		return -EINVAL;
	err = target_resolve(&t, ifname, &o, diag);
	if (!err)
		err = open_at(&t, &att, diag);
	if (!err && t.hook == KEFIR_HOOK_XDP && att->t.mode != t.mode)
		err = diag_error(diag, NULL, NULL,
				 "%s: a replacement keeps the mode; unload, then load in %s mode",
				 att->name, mode_names[t.mode]);
	if (!err)
		err = owned_id(att, o.flags & KEFIR_ATTACH_FORCE, &cur, diag);
	if (!err)
		err = pin_and_switch(prog, rs, &t, cur, att->meta_flags, "new-", diag);
	/* the new program runs: a rename that fails is reported, not undone */
	if (!err)
		err = commit_pins(&t, diag);
	if (!err && old)
		*old = att;
	else
		kefir_attachment_free(att);
	return err;
}

int kefir_prog_replace(const struct kefir_prog *prog, const struct kefir_ruleset *rs,
		       const char *ifname, const struct kefir_attach_opts *opts,
		       struct kefir_attachment **old, struct kefir_diag *diag)
{
	struct kefir_buf msgs = { 0 };
	int err;

	libbpf_capture_begin(&msgs);
	err = replace(prog, rs, ifname, opts, old, diag);
	libbpf_capture_end();
	buf_free(&msgs);
	return err;
}

/* Detaches whatever program @id is at @t. */
static int detach_id(const struct target *t, uint32_t id, struct kefir_diag *diag)
{
	int fd, err;

	if (t->hook == KEFIR_HOOK_TC)
		err = tc_detach(t);
	else if ((fd = bpf_prog_get_fd_by_id(id)) < 0)
		err = -errno;
	else {
		err = xdp_switch(t, -1, fd);
		close(fd);
	}
	return err ? switch_failed(t, "detach from", err, diag) : 0;
}

/* After a TC detach: the qdisc kefir made goes when no kefir TC is left. */
static void tc_cleanup(const struct kefir_attachment *att)
{
	if (att->t.hook != KEFIR_HOOK_TC || !(att->meta_flags & META_CREATED_QDISC))
		return;
	if (slot_pinned(&att->t, SLOT_TC_INGRESS) || slot_pinned(&att->t, SLOT_TC_EGRESS))
		return;	/* pinned, or cannot tell: the qdisc stays */
	tc_qdisc_destroy(&att->t);
}

static int detach(struct kefir_attachment *att, unsigned int flags,
		  struct kefir_diag *diag)
{
	uint32_t cur;
	int err = owned_id(att, flags & KEFIR_ATTACH_FORCE, &cur, diag);

	if (!err && cur)
		err = detach_id(&att->t, cur, diag);
	if (err)
		return err;
	unpin_all(&att->t, "");
	remove_dirs(&att->t);
	tc_cleanup(att);
	return 0;
}

int kefir_attachment_detach(struct kefir_attachment *att, unsigned int flags,
			    struct kefir_diag *diag)
{
	struct kefir_buf msgs = { 0 };
	int err;

	libbpf_capture_begin(&msgs);
	err = detach(att, flags, diag);
	libbpf_capture_end();
	buf_free(&msgs);
	return err;
}

/* ------------------------------------------------------------------------ */
/* Counters                                                                 */
/* ------------------------------------------------------------------------ */

int kefir_attachment_read_counters(const struct kefir_attachment *att,
				   struct kefir_counter *counters, size_t n)
{
	int ncpus = libbpf_num_possible_cpus();
	struct kefir_counter *percpu;
	uint32_t key;
	int cpu, err = 0;

	if (ncpus <= 0)
		return ncpus < 0 ? ncpus : -EINVAL;
	if (n > att->n_counters)
		return -EINVAL;
	percpu = calloc((size_t)ncpus, sizeof(*percpu));
	if (!percpu)
		return -ENOMEM;
	for (key = 0; key < n && !err; key++) {
		memset(&counters[key], 0, sizeof(counters[key]));
		if (bpf_map_lookup_elem(att->fds[PIN_COUNTERS], &key, percpu))
			err = -errno;
		for (cpu = 0; !err && cpu < ncpus; cpu++) {
			counters[key].packets += percpu[cpu].packets;
			counters[key].bytes += percpu[cpu].bytes;
		}
	}
	free(percpu);
	return err;
}

/* The width of rule @i's "FILE:LINE:COL" (0: it has no location). */
static int loc_width(const struct kefir_ruleset *rs, size_t i)
{
	unsigned int line, col;

	kefir_ruleset_rule_text(rs, i, &line, &col);
	if (!line)
		return 0;
	return snprintf(NULL, 0, "%s:%u:%u", kefir_ruleset_source(rs), line, col);
}

/* One row: packets, bytes, action, location padded to @width, text. */
static void stats_row(struct kefir_buf *b, const struct kefir_ruleset *rs,
		      size_t i, const struct kefir_counter *c, int width)
{
	unsigned int line, col;
	const char *text = kefir_ruleset_rule_text(rs, i, &line, &col);
	int pad = width - loc_width(rs, i);

	buf_printf(b, "%10llu %12llu  %-6s  ", (unsigned long long)c->packets,
		   (unsigned long long)c->bytes, kefir_ruleset_action_name(rs, i));
	if (line)
		buf_printf(b, "%s:%u:%u", kefir_ruleset_source(rs), line, col);
	buf_printf(b, "%*s  %s\n", pad, "",
		   i == rs->n_rules && !rs->default_text ? "default" : text);
}

/* The table: a header, one row per rule, the default action last. */
static int stats_text(const struct kefir_attachment *att,
		      const struct kefir_counter *c, struct kefir_buf *b)
{
	const struct kefir_ruleset *rs = att->rs;
	int width = 0;
	size_t i;

	for (i = 0; i <= rs->n_rules; i++)
		if (loc_width(rs, i) > width)
			width = loc_width(rs, i);
	buf_printf(b, "kefir on %s, program %u: %zu rule%s from %s\n", att->name,
		   att->prog_id, rs->n_rules, rs->n_rules == 1 ? "" : "s",
		   kefir_ruleset_source(rs));
	buf_printf(b, "%10s %12s  %-6s  %-*s  %s\n", "pkts", "bytes", "action",
		   width, "source", "rule");
	for (i = 0; i <= rs->n_rules; i++)
		stats_row(b, rs, i, &c[i], width);
	return buf_status(b);
}

static json_t *stats_json_row(const struct kefir_ruleset *rs, size_t i,
			      const struct kefir_counter *c)
{
	unsigned int line, col;
	const char *text = kefir_ruleset_rule_text(rs, i, &line, &col);
	json_t *row = json_pack("{s:s, s:s?, s:I, s:I}", "action",
				kefir_ruleset_action_name(rs, i), "text",
				i == rs->n_rules && !rs->default_text ? NULL : text,
				"packets", (json_int_t)c->packets, "bytes",
				(json_int_t)c->bytes);

	if (row && !json_is_string(json_object_get(row, "text")))
		json_object_del(row, "text");
	if (row && line && (json_object_set_new(row, "line", json_integer(line)) ||
			    json_object_set_new(row, "col", json_integer(col)))) {
		json_decref(row);
		return NULL;
	}
	return row;
}

static int stats_json(const struct kefir_attachment *att,
		      const struct kefir_counter *c, struct kefir_buf *b)
{
	const struct kefir_ruleset *rs = att->rs;
	json_t *doc, *rules, *row;
	char *text = NULL;
	size_t i;

	doc = json_pack("{s:s, s:s, s:s?, s:s?, s:I, s:s, s:o}", "dev", att->t.ifname,
			"hook", slot_dirs[slot_of(&att->t)], "mode",
			att->t.hook == KEFIR_HOOK_XDP ? mode_names[att->t.mode] : NULL,
			"direction", att->t.hook == KEFIR_HOOK_TC ? slot_dirs[slot_of(&att->t)] + 3 : NULL,
			"prog_id", (json_int_t)att->prog_id,
			"source", kefir_ruleset_source(rs), "rules", json_array());
	rules = doc ? json_object_get(doc, "rules") : NULL;
	for (i = 0; rules && i < rs->n_rules; i++)
		if (json_array_append_new(rules, stats_json_row(rs, i, &c[i])))
			rules = NULL;
	row = rules ? stats_json_row(rs, rs->n_rules, &c[rs->n_rules]) : NULL;
	if (!json_is_string(json_object_get(doc, "mode")))
		json_object_del(doc, "mode");
	if (!json_is_string(json_object_get(doc, "direction")))
		json_object_del(doc, "direction");
	if (row && !json_object_set_new(doc, "default", row))
		text = json_dumps(doc, JSON_INDENT(2));
	json_decref(doc);
	if (!text)
		return -ENOMEM;
	buf_printf(b, "%s\n", text);
	free(text);
	return buf_status(b);
}

int kefir_attachment_stats(const struct kefir_attachment *att, unsigned int flags,
			   char **out, size_t *len)
{
	size_t n = att->rs->n_rules + 1;
	struct kefir_counter *c = calloc(n, sizeof(*c));
	struct kefir_buf b = { 0 };
	int err = c ? 0 : -ENOMEM;

	*out = NULL;
	if (!err)
		err = kefir_attachment_read_counters(att, c, n);
	if (!err)
		err = flags & KEFIR_STATS_JSON ? stats_json(att, c, &b) :
						 stats_text(att, c, &b);
	if (!err && !(*out = buf_steal(&b, len)))
		err = -ENOMEM;
	buf_free(&b);
	free(c);
	return err;
}

/* ------------------------------------------------------------------------ */
/* Building: ruleset to loaded program                                      */
/* ------------------------------------------------------------------------ */

static int write_file(const char *path, const char *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	ssize_t n;
	int err = 0;

	if (fd < 0)
		return -errno;
	while (len && !err) {
		n = write(fd, data, len);
		if (n < 0 && errno != EINTR)
			err = -errno;
		if (n > 0) {
			data += n;
			len -= (size_t)n;
		}
	}
	if (close(fd) && !err)
		err = -errno;
	return err;
}

/* Adds what to do about the kernel's refusal @err to load the program. */
static void load_hint(int err, const struct kefir_build_opts *o,
		      struct kefir_diag *diag)
{
	if (err == -EPERM)
		diag_error(diag, NULL, NULL,
			   "loading BPF programs needs CAP_BPF and CAP_PERFMON, or root");
	else if (o->offload_dev)
		diag_error(diag, NULL, NULL,
			   "cannot offload to '%s': its driver does not offload this program (per-CPU counters included); use native or generic mode",
			   o->offload_dev);
}

/* Emits, compiles and loads @rs in the temporary directory @dir. */
static int build_in(const char *dir, const struct kefir_ruleset *rs,
		    const struct kefir_build_opts *o,
		    const struct prog_load_args *args, struct kefir_prog **out,
		    struct kefir_diag *diag)
{
	KEFIR_OPTS_INIT(kefir_emit_opts, eopts, .hook = o->hook);
	char c_path[PATH_MAX], obj_path[PATH_MAX], *c = NULL;
	size_t len;
	int err;

	if (pathf(c_path, "%s/kefir.c", dir) || pathf(obj_path, "%s/kefir.o", dir))
		return -ENAMETOOLONG;
	err = kefir_ruleset_emit(rs, "bpf-c", &eopts, &c, &len, diag);
	if (!err && (err = write_file(c_path, c, len)))
		diag_error(diag, NULL, NULL, "cannot write '%s': %s", c_path,
			   strerror(-err));
	if (!err)
		err = kefir_bpf_compile(c_path, obj_path, o->compile, diag);
	if (!err && (err = prog_load(obj_path, args, out, diag)))
		load_hint(err, o, diag);
	unlink(c_path);
	unlink(obj_path);
	free(c);
	return err;
}

int kefir_prog_build(const struct kefir_ruleset *rs, const struct kefir_build_opts *opts,
		     struct kefir_prog **out, struct kefir_diag *diag)
{
	struct prog_load_args args = { 0 };
	struct kefir_build_opts o;
	const char *tmp = getenv("TMPDIR");
	char dir[PATH_MAX];
	int err;

	*out = NULL;
	if (opts_copy(&o, sizeof(o), opts) || (unsigned int)o.hook > KEFIR_HOOK_TC)
		return -EINVAL;
	args.full_log = o.flags & KEFIR_BUILD_FULL_LOG;
	if (o.offload_dev && !(args.offload_ifindex = if_nametoindex(o.offload_dev)))
		return fail(diag, -ENODEV, "no such network interface '%s'", o.offload_dev);
	if (pathf(dir, "%s/kefir-XXXXXX", tmp && *tmp ? tmp : "/tmp"))
		return -ENAMETOOLONG;
	if (!mkdtemp(dir)) {
		err = -errno;
		diag_error(diag, NULL, NULL, "cannot create '%s': %s", dir,
			   strerror(-err));
		return err;
	}
	err = build_in(dir, rs, &o, &args, out, diag);
	rmdir(dir);
	return err;
}
