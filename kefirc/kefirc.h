/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * kefirc.h - what the files of kefirc share: exit codes, reading input and
 * the deployment subcommands (deploy.c).
 */
#ifndef KEFIRC_H
#define KEFIRC_H

#include <stdbool.h>
#include <stdio.h>

enum exit_code {
	EXIT_OK = 0,
	EXIT_REJECTED = 1,
	EXIT_USAGE = 2,
	EXIT_IO = 3,
};

/* Reads all of @f into a malloc'ed buffer; NULL with errno on failure. */
char *read_stream(FILE *f, size_t *len);

/* Whether @name is a deployment subcommand (load, replace, stats, unload). */
bool deploy_command(const char *name);

/* Runs the subcommand argv[0] with its arguments; returns the exit code. */
int deploy_main(int argc, char **argv);

#endif /* KEFIRC_H */
