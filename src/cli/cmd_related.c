/* vnkg related NAME [-g GRAPH.graphml | PATH...] [--format table|tsv|json] */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <vnkg.h>

#include "cli/cli.h"

void cmd_related_help(FILE *out)
{
	fputs("usage: vnkg related NAME [-g GRAPH.graphml | PATH...] [--format table|tsv|json]\n\n"
	      "Prints what is related to an entity, in three parts:\n"
	      "  people      the person-event projection: people who took part in the\n"
	      "              entity's events (a person's own events, the events a body\n"
	      "              organized, the events that disseminated a directive, ...),\n"
	      "              with the number of events shared, most first\n"
	      "  bodies      the bodies a person holds roles in (role, dates, articles);\n"
	      "              for other entities the bodies linked to it\n"
	      "  directives  the directives disseminated or implemented at those events,\n"
	      "              with their issuers\n\n"
	      "NAME is looked up forgivingly (see 'vnkg show --help').\n\n"
	      "options:\n"
	      "  -g, --graph FILE   read this GraphML file (default: graphs/kg.graphml)\n"
	      "  -f, --format F     table (default), tsv or json (an object of three arrays)\n"
	      "      --no-cache     read the GraphML itself, not its snapshot (.qcache)\n"
	      "  -h, --help         this help\n",
	      out);
}

int cmd_related(int argc, char **argv)
{
	vnkg_graph *g = NULL;
	vnkg_answer *a = NULL;
	size_t node;
	ask_opts o;
	int rc, done;

	rc = ask_init(&o, "related", cmd_related_help, argc, 1);
	if (rc != CLI_OK)
		return rc;
	rc = ask_parse(&o, argc, argv, &done);
	if (rc != CLI_OK || done)
		goto cleanup;
	if (o.nargs == 0) {
		rc = cli_usage("related", "which entity? e.g. 'vnkg related \"Nguyễn Mạnh Hùng\"'", NULL);
		goto cleanup;
	}
	rc = ask_load(&o, &g);
	if (rc == CLI_OK)
		rc = ask_resolve(&o, g, o.args[0], &node);
	if (rc != CLI_OK)
		goto cleanup;
	if (vnkg_query_related(&a, g, node) < 0) {
		rc = cli_fail("related");
		goto cleanup;
	}
	rc = ask_print_answer(&o, a, "Nothing related to this entity in the graph.");

cleanup:
	vnkg_answer_free(a);
	vnkg_graph_free(g);
	ask_free(&o);
	return rc;
}
