/* vnkg stats [-g GRAPH.graphml | PATH...] [--format table|tsv|json] */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <vnkg.h>

#include "cli/cli.h"

void cmd_stats_help(FILE *out)
{
	fputs("usage: vnkg stats [-g GRAPH.graphml | PATH...] [--format table|tsv|json]\n\n"
	      "Prints statistics of the graph in three parts:\n"
	      "  summary    nodes, edges, articles, connected components (weak, igraph),\n"
	      "             the largest one, isolated nodes, first and last date, dated\n"
	      "             and undated events\n"
	      "  types      nodes by type\n"
	      "  relations  edges by relation, with the Vietnamese label\n\n"
	      "options:\n"
	      "  -g, --graph FILE   read this GraphML file (default: graphs/kg.graphml)\n"
	      "  -f, --format F     table (default), tsv or json (an object of three arrays)\n"
	      "      --no-cache     read the GraphML itself, not its snapshot (.qcache)\n"
	      "  -h, --help         this help\n",
	      out);
}

int cmd_stats(int argc, char **argv)
{
	vnkg_graph *g = NULL;
	vnkg_answer *a = NULL;
	ask_opts o;
	int rc, done;

	rc = ask_init(&o, "stats", cmd_stats_help, argc, 0);
	if (rc != CLI_OK)
		return rc;
	rc = ask_parse(&o, argc, argv, &done);
	if (rc != CLI_OK || done)
		goto cleanup;
	rc = ask_load(&o, &g);
	if (rc != CLI_OK)
		goto cleanup;
	if (vnkg_graph_node_count(g) == 0) {
		if (o.format == VNKG_FORMAT_TABLE) {
			puts("The graph is empty.");
			goto cleanup;
		}
		fputs("vnkg stats: The graph is empty.\n", stderr);
	}
	if (vnkg_query_stats(&a, g) < 0) {
		rc = cli_fail("stats");
		goto cleanup;
	}
	rc = ask_print_answer(&o, a, NULL);

cleanup:
	vnkg_answer_free(a);
	vnkg_graph_free(g);
	ask_free(&o);
	return rc;
}
