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
	return ask_entity_answer("related", cmd_related_help, argc, argv, vnkg_query_related, "Nothing related to this entity in the graph.");
}
