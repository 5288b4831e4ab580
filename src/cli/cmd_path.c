/* vnkg path A B [-g GRAPH.graphml | PATH...] [--format table|tsv|json] */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <vnkg.h>

#include "cli/cli.h"

void cmd_path_help(FILE *out)
{
	fputs("usage: vnkg path A B [-g GRAPH.graphml | PATH...] [--format table|tsv|json]\n\n"
	      "Prints the shortest connection between two entities, one row per step,\n"
	      "with the relation and its direction (→ along the edge, ← against it),\n"
	      "the date, the article and the sentence: igraph's shortest path on the\n"
	      "graph taken as undirected.\n\n"
	      "columns: step, from, relation, dir, to, date, article, evidence\n\n"
	      "A and B are looked up forgivingly (see 'vnkg show --help').\n\n"
	      "options:\n"
	      "  -g, --graph FILE   read this GraphML file (default: graphs/kg.graphml)\n"
	      "  -f, --format F     table (default), tsv or json\n"
	      "      --no-cache     read the GraphML itself, not its snapshot (.qcache)\n"
	      "  -h, --help         this help\n",
	      out);
}

int cmd_path(int argc, char **argv)
{
	size_t a, b;
	vnkg_graph *g = NULL;
	vnkg_table *t = NULL;
	ask_opts o;
	int rc, done;

	rc = ask_init(&o, "path", cmd_path_help, argc, 2);
	if (rc != CLI_OK)
		return rc;
	rc = ask_parse(&o, argc, argv, &done);
	if (rc != CLI_OK || done)
		goto cleanup;
	if (o.nargs < 2) {
		rc = cli_usage("path", "name two entities, e.g. 'vnkg path \"Trần Chí Tâm\" \"Bộ Chính trị\"'",
			NULL);
		goto cleanup;
	}
	rc = ask_load(&o, &g);
	if (rc == CLI_OK)
		rc = ask_resolve(&o, g, o.args[0], &a);
	if (rc == CLI_OK)
		rc = ask_resolve(&o, g, o.args[1], &b);
	if (rc != CLI_OK)
		goto cleanup;
	if (vnkg_query_path(&t, g, a, b) < 0) {
		rc = cli_fail("path");
		goto cleanup;
	}
	rc = ask_print_table(&o, t, a == b ? "Both names are the same entity." :
		"No connection between them in the graph.");

cleanup:
	vnkg_table_free(t);
	vnkg_graph_free(g);
	ask_free(&o);
	return rc;
}
