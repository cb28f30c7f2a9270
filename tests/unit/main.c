/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * main.c - runs every unit suite of tests/unit with CUnit's basic runner and
 * exits non-zero when any assertion fails, so "make check" counts it.
 */
#include <stdio.h>
#include <stdlib.h>

#include <CUnit/Basic.h>

#include "suites.h"

int add_suite(const char *name, const struct unit_test *tests, size_t n)
{
	CU_pSuite suite = CU_add_suite(name, NULL, NULL);
	size_t i;

	if (!suite)
		return CU_get_error();
	for (i = 0; i < n; i++)
		if (!CU_add_test(suite, tests[i].name, tests[i].fn))
			return CU_get_error();
	return 0;
}

int main(void)
{
	int (*const registers[])(void) = {
		register_buf_suite, register_diag_suite, register_value_suite,
		register_interp_suite, register_validate_suite,
		register_json_suite, register_lex_suite, register_bpf_c_suite,
		register_deploy_suite, register_cbpf_prog_suite,
	};
	unsigned int failures;
	size_t i;

	if (CU_initialize_registry() != CUE_SUCCESS)
		return 2;
	for (i = 0; i < sizeof(registers) / sizeof(registers[0]); i++)
		if (registers[i]()) {
			fprintf(stderr, "cannot register suite %zu: %s\n", i,
				CU_get_error_msg());
			CU_cleanup_registry();
			return 2;
		}
	CU_basic_set_mode(CU_BRM_VERBOSE);
	CU_basic_run_tests();
	failures = CU_get_number_of_failures() +
		   CU_get_number_of_tests_failed();
	CU_cleanup_registry();
	return failures ? 1 : 0;
}
