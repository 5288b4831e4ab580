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
int cmd_view(int argc, char **argv);
void cmd_view_help(FILE *out);
int cmd_export(int argc, char **argv);
void cmd_export_help(FILE *out);

/* The graph for view and export (in cmd_view.c): built from the article
 * paths, else read from GRAPH.graphml, else from graphs/kg.graphml. Prints
 * why on failure; returns CLI_OK, CLI_FAIL or CLI_USAGE. */
struct vnkg_graph;
int cli_open_graph(struct vnkg_graph **out, const char *cmd, const char *graph_path, const char *const *paths,
		   size_t npaths);
int cmd_show(int argc, char **argv);
void cmd_show_help(FILE *out);
int cmd_timeline(int argc, char **argv);
void cmd_timeline_help(FILE *out);
int cmd_path(int argc, char **argv);
void cmd_path_help(FILE *out);
int cmd_rank(int argc, char **argv);
void cmd_rank_help(FILE *out);
int cmd_related(int argc, char **argv);
void cmd_related_help(FILE *out);
int cmd_stats(int argc, char **argv);
void cmd_stats_help(FILE *out);

/* What the question commands (query, show, timeline, path, rank, related,
 * stats) share, in cmd_ask.c: the graph to ask (-g FILE, article paths, or
 * graphs/kg.graphml), --format, --no-cache, --help anywhere, and printing. */
struct vnkg_graph;
struct vnkg_table;
struct vnkg_answer;

typedef struct ask_opts {
	const char *cmd;          /* the command's name, for messages */
	void (*help)(FILE *out);  /* its help */
	const char *graph_path;   /* -g FILE */
	const char **paths;       /* article paths */
	size_t npaths;
	const char **args;        /* positional arguments that are not paths */
	size_t nargs;
	size_t max_args;          /* how many positionals are arguments */
	int optional_args;        /* 1: a positional naming an existing file or
				   * folder is an article path, not an argument */
	int format;               /* a vnkg_format */
	int no_cache;
} ask_opts;

/* Prepares `o` for a command taking at most `max_args` positional
 * arguments before the article paths. Returns CLI_OK or CLI_FAIL. */
int ask_init(ask_opts *o, const char *cmd, void (*help)(FILE *out), int argc, size_t max_args);
void ask_free(ask_opts *o);

/* Handles argv[*i] if it is a common option or a positional argument,
 * advancing *i past an option's value. Returns 0 when handled, 1 when it is
 * an option the command must handle, CLI_USAGE after printing a usage error,
 * or -1 when help was printed (the command returns CLI_OK). */
int ask_arg(ask_opts *o, int argc, char **argv, int *i);

/* Reads all of argv with ask_arg, for commands with no options of their own.
 * Returns CLI_OK (with *done set when help was printed and the command is
 * finished) or CLI_USAGE after printing a usage error. */
int ask_parse(ask_opts *o, int argc, char **argv, int *done);

/* The value of option argv[*i] (advancing *i), or NULL after printing
 * "missing <what> after ...". */
const char *ask_value(const ask_opts *o, int argc, char **argv, int *i, const char *what);

/* Loads the graph: built from the article paths, else read from -g FILE or
 * graphs/kg.graphml. Returns CLI_OK, CLI_FAIL or CLI_USAGE. */
int ask_load(const ask_opts *o, struct vnkg_graph **out);

/* Resolves a name to a node; on failure prints why (and the candidates when
 * several match) and returns CLI_FAIL. */
int ask_resolve(const ask_opts *o, const struct vnkg_graph *g, const char *name, size_t *node);

/* Prints a table or an answer in the chosen format; when it has no rows,
 * prints `empty` instead (in table format; on stderr besides the empty
 * TSV/JSON otherwise). Returns CLI_OK or CLI_FAIL. */
int ask_print_table(const ask_opts *o, const struct vnkg_table *t, const char *empty);
int ask_print_answer(const ask_opts *o, const struct vnkg_answer *a, const char *empty);

/* The whole of a command that answers a question about one entity named on
 * the command line ("vnkg show NAME", "vnkg related NAME"): parses the
 * options, loads the graph, resolves the name, asks `query` and prints its
 * answer (`empty` when it has no rows). Returns the exit status. */
int ask_entity_answer(const char *cmd, void (*help)(FILE *), int argc, char **argv,
		      int (*query)(struct vnkg_answer **, const struct vnkg_graph *, size_t), const char *empty);

/* Prints "vnkg: <what>: <library error>" and returns CLI_FAIL. */
int cli_fail(const char *what);
/* Prints "vnkg <cmd>: <msg>" and a hint to --help, returns CLI_USAGE. */
int cli_usage(const char *cmd, const char *msg, const char *arg);
/* Is this argument a request for help? */
int cli_is_help(const char *arg);

#endif
