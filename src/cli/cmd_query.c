/* vnkg query REL [-g GRAPH.graphml | PATH...] [--format table|tsv|json] */

#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <vnkg.h>

#include "cli/cli.h"

#define DEFAULT_GRAPH "graphs/kg.graphml"

void cmd_query_help(FILE *out)
{
	fputs("usage: vnkg query chaired [-g GRAPH.graphml | PATH...] [--format table|tsv|json]\n\n"
	      "Answers a question from the graph. The graph is read from GRAPH.graphml\n"
	      "(default: " DEFAULT_GRAPH " when it exists), or built in memory from the\n"
	      "articles given as PATH (files or folders of *.txt).\n\n"
	      "questions:\n"
	      "  chaired   who chaired which meeting: date, person with rank, event,\n"
	      "            organiser, article; sorted by date, undated last\n\n"
	      "options:\n"
	      "  -g, --graph FILE   read this GraphML file\n"
	      "  -f, --format F     table (default), tsv or json\n"
	      "  -h, --help         this help\n",
	      out);
}

static int file_exists(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

int cmd_query(int argc, char **argv)
{
	const char *graph_path = NULL, *rel = NULL;
	const char **paths = calloc((size_t)argc + 1, sizeof(char *));
	size_t npaths = 0;
	vnkg_format fmt = VNKG_FORMAT_TABLE;
	vnkg_graph *g = NULL;
	vnkg_table *t = NULL;
	char *text = NULL;
	int i, rc = CLI_OK;

	if (!paths)
		return cli_fail("out of memory");
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-g") == 0 || strcmp(argv[i], "--graph") == 0) {
			if (i + 1 >= argc) {
				rc = cli_usage("query", "missing file after", argv[i]);
				goto cleanup;
			}
			graph_path = argv[++i];
		} else if (strcmp(argv[i], "-f") == 0 || strcmp(argv[i], "--format") == 0) {
			if (i + 1 >= argc) {
				rc = cli_usage("query", "missing format after", argv[i]);
				goto cleanup;
			}
			if (vnkg_format_parse(&fmt, argv[++i]) < 0) {
				rc = cli_usage("query", "unknown format (use table, tsv or json):", argv[i]);
				goto cleanup;
			}
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			rc = cli_usage("query", "unknown option", argv[i]);
			goto cleanup;
		} else if (!rel) {
			rel = argv[i];
		} else {
			paths[npaths++] = argv[i];
		}
	}
	if (!rel) {
		rc = cli_usage("query", "which question? e.g. 'vnkg query chaired'", NULL);
		goto cleanup;
	}
	if (strcmp(rel, "chaired") != 0) {
		rc = cli_usage("query", "unknown question (known: chaired):", rel);
		goto cleanup;
	}
	if (graph_path && npaths) {
		rc = cli_usage("query", "give either -g GRAPH or article paths, not both", NULL);
		goto cleanup;
	}
	if (npaths) {
		if (vnkg_build(&g, paths, npaths, NULL, NULL) < 0) {
			rc = cli_fail("query");
			goto cleanup;
		}
	} else {
		if (!graph_path) {
			if (!file_exists(DEFAULT_GRAPH)) {
				rc = cli_usage("query",
					       "no graph: give -g GRAPH.graphml or article paths (or run 'vnkg build' first)",
					       NULL);
				goto cleanup;
			}
			graph_path = DEFAULT_GRAPH;
		}
		if (vnkg_graph_read_graphml(&g, graph_path) < 0) {
			rc = cli_fail("query");
			goto cleanup;
		}
	}
	if (vnkg_query_chaired(&t, g) < 0 || vnkg_table_render(&text, t, fmt) < 0) {
		rc = cli_fail("query");
		goto cleanup;
	}
	if (vnkg_table_rows(t) == 0 && fmt == VNKG_FORMAT_TABLE) {
		fputs("No chaired meetings found in the graph.\n", stdout);
	} else {
		fputs(text, stdout);
	}
cleanup:
	free(text);
	vnkg_table_free(t);
	vnkg_graph_free(g);
	free(paths);
	return rc;
}
