/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * suites.h - the CUnit suites of tests/unit/run, one per lib/ module. Each
 * test_<module>.c defines register_<module>_suite(), which adds its suite
 * and tests to the registry and returns 0 (or a CUnit error code).
 */
#ifndef KEFIR_TEST_SUITES_H
#define KEFIR_TEST_SUITES_H

#include <CUnit/CUnit.h>

int register_buf_suite(void);
int register_diag_suite(void);
int register_value_suite(void);
int register_interp_suite(void);
int register_validate_suite(void);
int register_json_suite(void);
int register_lex_suite(void);
int register_bpf_c_suite(void);
int register_deploy_suite(void);
int register_cbpf_prog_suite(void);

/*
 * Adds a suite named @name with the @n tests of @tests; returns 0 or the
 * CUnit error. Tests are { "name", function } pairs.
 */
struct unit_test {
	const char *name;
	CU_TestFunc fn;
};
int add_suite(const char *name, const struct unit_test *tests, size_t n);
#define ADD_SUITE(name, tests) add_suite(name, tests, sizeof(tests) / sizeof((tests)[0]))

#endif
