/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_cbpf_prog.c - classic BPF programs inside the IR (lib/cbpf_prog.c):
 * the kernel checker's verdicts, the bytecode text, and runs on packets:
 * lengths, out-of-bounds loads, divisions by zero, shifts, ancillary loads
 * and scratch words.
 */
#include <linux/filter.h>
#include <string.h>

#include "kefir_internal.h"
#include "suites.h"

/* Parses @text (a bytecode of at most 16 instructions) into @prog. */
static size_t parse(const char *text, struct kefir_cbpf_insn prog[16])
{
	size_t n = 0, at, bad;
	const char *why = cbpf_parse_bytecode(text, strlen(text), prog, 16, &n,
					      &at, &bad);

	CU_ASSERT_PTR_NULL(why);
	return n;
}

/* The checker's reason for @text, NULL when it accepts it; *@pc. */
static const char *check(const char *text, size_t *pc)
{
	struct kefir_cbpf_insn prog[16];
	size_t n = parse(text, prog);

	return cbpf_check(prog, n, pc);
}

static void test_checker(void)
{
	size_t pc;

	CU_ASSERT_PTR_NULL(check("4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0", &pc));
	CU_ASSERT_STRING_EQUAL(check("2,21 0 5 6,6 0 0 0", &pc),
			       "jump past the last instruction");
	CU_ASSERT_STRING_EQUAL(check("1,7 0 0 0", &pc),
			       "the last instruction is not a return");
	CU_ASSERT_STRING_EQUAL(check("2,52 0 0 0,22 0 0 0", &pc),
			       "division by the constant 0");
	CU_ASSERT_STRING_EQUAL(check("2,100 0 0 32,22 0 0 0", &pc),
			       "shift by 32 or more");
	CU_ASSERT_STRING_EQUAL(check("2,2 0 0 16,22 0 0 0", &pc),
			       "scratch word beyond M[15]");
	CU_ASSERT_STRING_EQUAL(check("2,48 0 0 4294963202,22 0 0 0", &pc),
			       "unknown ancillary load");
	/* stored on one path only: the other loads it unset */
	CU_ASSERT_STRING_EQUAL(check("5,21 0 1 1,2 0 0 0,96 0 0 0,6 0 0 1,6 0 0 0", &pc),
			       "scratch word loaded before it is stored");
	CU_ASSERT_EQUAL(pc, 2);
	CU_ASSERT_PTR_NULL(check("5,2 0 0 0,21 0 1 1,96 0 0 0,6 0 0 1,6 0 0 0", &pc));
}

static void test_bytecode_text(void)
{
	struct kefir_cbpf_insn prog[16];
	struct kefir_buf out = { 0 };
	size_t n, at, bad;

	n = parse(" 2, 6 0 0 -1 ,6 0 0 1,", prog);
	CU_ASSERT_EQUAL(n, 2);
	CU_ASSERT_EQUAL(prog[0].k, 0xffffffffu);
	cbpf_format_bytecode(&out, prog, n);
	CU_ASSERT_STRING_EQUAL(out.data, "2,6 0 0 4294967295,6 0 0 1");
	buf_free(&out);
	CU_ASSERT_STRING_EQUAL(cbpf_parse_bytecode("2,6 0 0 1,6 0 0", 15, prog,
						   16, &n, &at, &bad),
			       "expected an instruction CODE JT JF K (decimal numbers)");
	CU_ASSERT_EQUAL(at, 10);
	CU_ASSERT_EQUAL(bad, 5);
	cbpf_bytecode_insn("3,1 2 3 4,5 6 7 8,9 9 9 9", 25, 1, &at, &bad);
	CU_ASSERT_EQUAL(at, 10);
	CU_ASSERT_EQUAL(bad, 7);
}

/* Ethernet + IPv4 (20 bytes, protocol 17) + 8 bytes, then 2 of padding. */
static const uint8_t ip4[] = {
	0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0x08, 0x00,
	0x45, 0, 0, 28, 0, 0, 0, 0, 64, 17, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2,
	0x30, 0x39, 0, 53, 0, 8, 0, 0, 0xee, 0xee,
};

/* What @text returns on ip4 with the packet's length @len from byte 14. */
static int run(const char *text, uint32_t len, size_t caplen, uint32_t *ret)
{
	struct kefir_cbpf_insn prog[16];
	size_t n = parse(text, prog);

	return cbpf_run(prog, n, ip4, caplen, 14, len, ret);
}

static void test_runs(void)
{
	uint32_t r;

	/* ld [9]; ret a */
	CU_ASSERT(!run("2,48 0 0 9,22 0 0 0", 28, sizeof(ip4), &r) && r == 17);
	/* ld len: the IP length, not the frame's */
	CU_ASSERT(!run("2,128 0 0 0,22 0 0 0", 28, sizeof(ip4), &r) && r == 28);
	/* a load past the length (the padding) ends the program with 0 */
	CU_ASSERT(!run("2,48 0 0 28,6 0 0 1", 28, sizeof(ip4), &r) && r == 0);
	/* within the length but past the captured bytes: the test fails */
	CU_ASSERT_EQUAL(run("2,48 0 0 27,6 0 0 1", 28, 30, &r), -1);
	/* ldxb 4*([0]&0xf); ldh [x+2] */
	CU_ASSERT(!run("3,177 0 0 0,72 0 0 2,22 0 0 0", 28, sizeof(ip4), &r) &&
		  r == 53);
	/* a division by X = 0 ends the program with 0 */
	CU_ASSERT(!run("4,1 0 0 0,0 0 0 5,60 0 0 0,6 0 0 1", 28, sizeof(ip4), &r) &&
		  r == 0);
	/* a shift by X takes X's low five bits: 1 << 33 is 2 */
	CU_ASSERT(!run("4,1 0 0 33,0 0 0 1,108 0 0 0,22 0 0 0", 28, sizeof(ip4),
		       &r) && r == 2);
	/* SKF_AD_PROTOCOL: the EtherType; SKF_AD_ALU_XOR_X: A ^= X */
	CU_ASSERT(!run("2,40 0 0 4294963200,22 0 0 0", 28, sizeof(ip4), &r) &&
		  r == 0x0800);
	CU_ASSERT(!run("4,1 0 0 5,0 0 0 3,32 0 0 4294963240,22 0 0 0", 28,
		       sizeof(ip4), &r) && r == 6);
	/* a negative offset (X + k wraps) ends it with 0 */
	CU_ASSERT(!run("3,1 0 0 0,80 0 0 4294967295,6 0 0 1", 28, sizeof(ip4),
		       &r) && r == 0);
	/* scratch words */
	CU_ASSERT(!run("5,48 0 0 9,2 0 0 3,97 0 0 3,135 0 0 0,22 0 0 0", 28,
		       sizeof(ip4), &r) && r == 17);
}

int register_cbpf_prog_suite(void)
{
	static const struct unit_test tests[] = {
		{ "the kernel's checker", test_checker },
		{ "bytecode text", test_bytecode_text },
		{ "runs on a packet", test_runs },
	};

	return ADD_SUITE("cbpf-prog", tests);
}
