/* What the question commands share: which graph to ask, --format,
 * --no-cache, --help anywhere, name lookup with its messages, printing. */

#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <vnkg.h>

#include "cli/cli.h"

#define DEFAULT_GRAPH "graphs/kg.graphml"

/* Candidates listed when a name is ambiguous, at most. */
#define CANDIDATES_SHOWN 20

int ask_init(ask_opts *o, const char *cmd, void (*help)(FILE *out), int argc, size_t max_args)
{
	memset(o, 0, sizeof(*o));
	o->cmd = cmd;
	o->help = help;
	o->max_args = max_args;
	o->format = VNKG_FORMAT_TABLE;
	o->paths = calloc((size_t)argc + 1, sizeof(*o->paths));
	o->args = calloc((size_t)argc + 1, sizeof(*o->args));
	if (!o->paths || !o->args) {
		ask_free(o);
		fprintf(stderr, "vnkg %s: out of memory\n", cmd);
		return CLI_FAIL;
	}
	return CLI_OK;
}

void ask_free(ask_opts *o)
{
	free(o->paths);
	free(o->args);
	o->paths = NULL;
	o->args = NULL;
}

const char *ask_value(const ask_opts *o, int argc, char **argv, int *i, const char *what)
{
	char msg[64];

	if (*i + 1 >= argc) {
		snprintf(msg, sizeof(msg), "missing %s after", what);
		cli_usage(o->cmd, msg, argv[*i]);
		return NULL;
	}
	return argv[++*i];
}

static int is_path(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0;
}

int ask_arg(ask_opts *o, int argc, char **argv, int *i)
{
	const char *arg = argv[*i], *v;
	vnkg_format fmt;

	if (cli_is_help(arg)) {
		o->help(stdout);
		return -1;
	}
	if (strcmp(arg, "-g") == 0 || strcmp(arg, "--graph") == 0) {
		v = ask_value(o, argc, argv, i, "file");
		if (!v)
			return CLI_USAGE;
		o->graph_path = v;
		return 0;
	}
	if (strcmp(arg, "-f") == 0 || strcmp(arg, "--format") == 0) {
		v = ask_value(o, argc, argv, i, "format");
		if (!v)
			return CLI_USAGE;
		if (vnkg_format_parse(&fmt, v) < 0)
			return cli_usage(o->cmd, "unknown format (use table, tsv or json):", v);
		o->format = (int)fmt;
		return 0;
	}
	if (strcmp(arg, "--no-cache") == 0) {
		o->no_cache = 1;
		return 0;
	}
	if (arg[0] == '-' && arg[1] != '\0')
		return 1;
	/* the first positionals are the command's arguments, the rest article
	 * paths; an optional argument (timeline) that names a file or folder is
	 * taken as a path */
	if (o->nargs < o->max_args && !(o->optional_args && is_path(arg)))
		o->args[o->nargs++] = arg;
	else
		o->paths[o->npaths++] = arg;
	return 0;
}

int ask_load(const ask_opts *o, struct vnkg_graph **out)
{
	const char *path = o->graph_path;

	*out = NULL;
	if (path && o->npaths)
		return cli_usage(o->cmd, "give either -g GRAPH or article paths, not both", NULL);
	if (o->npaths) {
		if (vnkg_build(out, o->paths, o->npaths, NULL, NULL) < 0)
			return cli_fail(o->cmd);
		return CLI_OK;
	}
	if (!path) {
		struct stat st;

		if (stat(DEFAULT_GRAPH, &st) != 0 || !S_ISREG(st.st_mode))
			return cli_usage(o->cmd,
				"no graph: give -g GRAPH.graphml or article paths (or run 'vnkg build' first)", NULL);
		path = DEFAULT_GRAPH;
	}
	if (vnkg_query_open(out, path, o->no_cache ? VNKG_CACHE_OFF : VNKG_CACHE_AUTO) < 0)
		return cli_fail(o->cmd);
	return CLI_OK;
}

int ask_resolve(const ask_opts *o, const struct vnkg_graph *g, const char *name, size_t *node)
{
	vnkg_table *cands = NULL, *shown = NULL;
	char *text = NULL;
	size_t r, c, n;
	int error;

	error = vnkg_query_resolve(node, &cands, g, name);
	if (error == 0)
		return CLI_OK;
	fprintf(stderr, "vnkg %s: %s\n", o->cmd, vnkg_error_last());
	if (error != VNKG_EAMBIGUOUS || !cands)
		goto done;

	/* the first candidates, as a table on stderr */
	n = vnkg_table_rows(cands);
	{
		const char *names[4];

		for (c = 0; c < 4; c++)
			names[c] = vnkg_table_colname(cands, c);
		if (vnkg_table_new(&shown, 4, names) < 0)
			goto done;
	}
	for (r = 0; r < n && r < CANDIDATES_SHOWN; r++) {
		const char *cells[4];

		for (c = 0; c < 4; c++)
			cells[c] = vnkg_table_cell(cands, r, c);
		if (vnkg_table_add_row(shown, cells) < 0)
			goto done;
	}
	if (vnkg_table_render(&text, shown, VNKG_FORMAT_TABLE) == 0)
		fputs(text, stderr);
	if (n > CANDIDATES_SHOWN)
		fprintf(stderr, "... and %zu more\n", n - CANDIDATES_SHOWN);

done:
	free(text);
	vnkg_table_free(shown);
	vnkg_table_free(cands);
	return CLI_FAIL;
}

static int print_text(const ask_opts *o, const char *text, size_t rows, const char *empty)
{
	if (rows == 0 && empty) {
		if (o->format == VNKG_FORMAT_TABLE) {
			printf("%s\n", empty);
			return CLI_OK;
		}
		fprintf(stderr, "vnkg %s: %s\n", o->cmd, empty);
	}
	if (fputs(text, stdout) == EOF) {
		perror("vnkg: writing the output");
		return CLI_FAIL;
	}
	return CLI_OK;
}

int ask_print_table(const ask_opts *o, const struct vnkg_table *t, const char *empty)
{
	char *text = NULL;
	int rc;

	if (vnkg_table_render(&text, t, (vnkg_format)o->format) < 0)
		return cli_fail(o->cmd);
	rc = print_text(o, text, vnkg_table_rows(t), empty);
	free(text);
	return rc;
}

int ask_print_answer(const ask_opts *o, const struct vnkg_answer *a, const char *empty)
{
	char *text = NULL;
	int rc;

	if (vnkg_answer_render(&text, a, (vnkg_format)o->format) < 0)
		return cli_fail(o->cmd);
	rc = print_text(o, text, vnkg_answer_rows(a), empty);
	free(text);
	return rc;
}

int ask_entity_answer(const char *cmd, void (*help)(FILE *), int argc, char **argv,
		      int (*query)(struct vnkg_answer **, const struct vnkg_graph *, size_t), const char *empty)
{
	vnkg_graph *g = NULL;
	vnkg_answer *a = NULL;
	size_t node;
	ask_opts o;
	int rc, done;

	rc = ask_init(&o, cmd, help, argc, 1);
	if (rc != CLI_OK)
		return rc;
	rc = ask_parse(&o, argc, argv, &done);
	if (rc != CLI_OK || done)
		goto cleanup;
	if (o.nargs == 0) {
		char msg[96];
		snprintf(msg, sizeof(msg), "which entity? e.g. 'vnkg %s \"Nguyễn Mạnh Hùng\"'", cmd);
		rc = cli_usage(cmd, msg, NULL);
		goto cleanup;
	}
	rc = ask_load(&o, &g);
	if (rc == CLI_OK)
		rc = ask_resolve(&o, g, o.args[0], &node);
	if (rc != CLI_OK)
		goto cleanup;
	if (query(&a, g, node) < 0) {
		rc = cli_fail(cmd);
		goto cleanup;
	}
	rc = ask_print_answer(&o, a, empty);

cleanup:
	vnkg_answer_free(a);
	vnkg_graph_free(g);
	ask_free(&o);
	return rc;
}

int ask_parse(ask_opts *o, int argc, char **argv, int *done)
{
	int i;

	*done = 0;
	for (i = 1; i < argc; i++) {
		int r = ask_arg(o, argc, argv, &i);

		if (r < 0) {
			*done = 1;
			return CLI_OK;
		}
		if (r == CLI_USAGE)
			return CLI_USAGE;
		if (r == 1)
			return cli_usage(o->cmd, "unknown option", argv[i]);
	}
	return CLI_OK;
}
