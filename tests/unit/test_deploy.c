/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_deploy.c - the error paths of lib/deploy.c that need no privileges
 * and touch no interface: unknown interfaces by name and index, options out
 * of range, a pin root off bpffs, looking for a program where there is
 * none, and a build whose clang cannot run. Attaching, replacing and
 * detaching for real is tests/deploy.sh's business (root, namespaces).
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "kefir_internal.h"
#include "suites.h"

/* The text of @diag contains @want. */
static int says(struct kefir_diag *diag, const char *want)
{
	return strstr(kefir_diag_text(diag), want) != NULL;
}

static void test_no_such_interface(void)
{
	KEFIR_OPTS_INIT(kefir_attach_opts, opts, .ifindex = 0);
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_attachment *att = NULL;

	CU_ASSERT_EQUAL(kefir_attachment_open("kefir-nosuch0", &opts, &att, diag), -ENODEV);
	CU_ASSERT_PTR_NULL(att);
	CU_ASSERT(says(diag, "error: no such network interface 'kefir-nosuch0'"));
	kefir_diag_clear(diag);
	CU_ASSERT_EQUAL(kefir_prog_attach(NULL, NULL, "kefir-nosuch0", &opts, diag), -ENODEV);
	CU_ASSERT_EQUAL(kefir_prog_replace(NULL, NULL, "kefir-nosuch0", &opts, NULL, diag),
			-ENODEV);
	kefir_diag_clear(diag);
	opts.ifindex = 999999;
	CU_ASSERT_EQUAL(kefir_attachment_open(NULL, &opts, &att, diag), -ENODEV);
	CU_ASSERT(says(diag, "error: no network interface has index 999999"));
	kefir_diag_free(diag);
}

static void test_options_out_of_range(void)
{
	KEFIR_OPTS_INIT(kefir_attach_opts, opts, .mode = (enum kefir_xdp_mode)7);
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_attachment *att = NULL;

	CU_ASSERT_EQUAL(kefir_attachment_open("lo", &opts, &att, diag), -EINVAL);
	opts.mode = KEFIR_XDP_MODE_NATIVE;
	opts.hook = (enum kefir_hook)5;
	CU_ASSERT_EQUAL(kefir_attachment_open("lo", &opts, &att, diag), -EINVAL);
	kefir_diag_free(diag);
}

/* Pins may only go to a BPF filesystem; /tmp is none. */
static void test_pin_root_not_bpffs(void)
{
	KEFIR_OPTS_INIT(kefir_attach_opts, opts, .pin_root = "/tmp/kefir-unit-pins");
	struct kefir_diag *diag = kefir_diag_new();

	/* refused before the program is looked at */
	CU_ASSERT_EQUAL(kefir_prog_attach(NULL, NULL, "lo", &opts, diag), -ENOTSUP);
	CU_ASSERT(says(diag, "error: '/tmp/kefir-unit-pins' is not on a BPF filesystem"));
	kefir_diag_free(diag);
}

static void test_nothing_attached(void)
{
	KEFIR_OPTS_INIT(kefir_attach_opts, opts, .pin_root = "/nonexistent/kefir");
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_attachment *att = NULL;

	opts.flags = KEFIR_ATTACH_ANY_HOOK;
	CU_ASSERT_EQUAL(kefir_attachment_open("lo", &opts, &att, diag), -ENOENT);
	CU_ASSERT(says(diag, "error: no kefir program is attached to lo\n"));
	kefir_diag_clear(diag);
	opts.flags = 0;
	opts.hook = KEFIR_HOOK_TC;
	opts.direction = KEFIR_TC_EGRESS;
	CU_ASSERT_EQUAL(kefir_attachment_open("lo", &opts, &att, diag), -ENOENT);
	CU_ASSERT(says(diag, "error: no kefir program is attached to lo tc egress"));
	kefir_diag_free(diag);
}

static void test_build_without_clang(void)
{
	KEFIR_OPTS_INIT(kefir_compile_opts, copts, .clang = "/nonexistent/clang");
	KEFIR_OPTS_INIT(kefir_build_opts, bopts, .compile = &copts);
	struct kefir_diag *diag = kefir_diag_new();
	struct kefir_ruleset *rs = NULL;
	struct kefir_prog *prog = NULL;
	const char *rule = "flow-type udp4 dst-port 9 action -1";

	CU_ASSERT_EQUAL_FATAL(kefir_ruleset_parse("ethtool", rule, strlen(rule), "-e",
						  NULL, &rs, diag), 0);
	CU_ASSERT_EQUAL(kefir_prog_build(rs, &bopts, &prog, diag), -ENOENT);
	CU_ASSERT_PTR_NULL(prog);
	CU_ASSERT(says(diag, "error: cannot run '/nonexistent/clang'"));
	bopts.offload_dev = "kefir-nosuch0";
	CU_ASSERT_EQUAL(kefir_prog_build(rs, &bopts, &prog, diag), -ENODEV);
	kefir_ruleset_free(rs);
	kefir_diag_free(diag);
}

int register_deploy_suite(void)
{
	static const struct unit_test tests[] = {
		{ "no such interface", test_no_such_interface },
		{ "options out of range", test_options_out_of_range },
		{ "pin root not on bpffs", test_pin_root_not_bpffs },
		{ "nothing attached", test_nothing_attached },
		{ "build without clang", test_build_without_clang },
	};

	return ADD_SUITE("deploy", tests);
}
