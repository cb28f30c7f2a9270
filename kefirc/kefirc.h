/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * kefirc.h - what kefirc's files share: the exit codes, the input reader
 * and one entry point per subcommand (listed in kefirc.c's commands[]).
 */
#ifndef KEFIRC_H
#define KEFIRC_H

#include <stdio.h>

enum exit_code {
	EXIT_OK = 0,
	EXIT_REJECTED = 1,
	EXIT_USAGE = 2,
	EXIT_IO = 3,
};

/* Reads all of @f into a malloc'ed buffer; NULL with errno on failure. */
char *read_stream(FILE *f, size_t *len);

/* "kefirc load|replace|stats|unload ...": @argv[0] is the subcommand
 * (deploy.c). Returns an exit code. */
int deploy_main(int argc, char **argv);

/* "kefirc run ...": @argv[0] is "run". Returns an exit code. */
int kefirc_run(int argc, char **argv);

#endif
