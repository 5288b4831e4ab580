#ifndef VNKG_CLI_CLI_H
#define VNKG_CLI_CLI_H

/* The command-line front end: each subcommand is a library call plus
 * formatting. Exit codes: 0 success, 1 failure of input or environment,
 * 2 usage. */

#include <stdio.h>

#define CLI_OK 0
#define CLI_FAIL 1
#define CLI_USAGE 2

typedef struct cli_cmd {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
	void (*help)(FILE *out);
} cli_cmd;

int cmd_build(int argc, char **argv);
void cmd_build_help(FILE *out);
int cmd_query(int argc, char **argv);
void cmd_query_help(FILE *out);

/* Prints "vnkg: <what>: <library error>" and returns CLI_FAIL. */
int cli_fail(const char *what);
/* Prints "vnkg <cmd>: <msg>" and a hint to --help, returns CLI_USAGE. */
int cli_usage(const char *cmd, const char *msg, const char *arg);
/* Is this argument a request for help? */
int cli_is_help(const char *arg);

#endif
