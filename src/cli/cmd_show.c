/* vnkg show NAME [-g GRAPH.graphml | PATH...] [--format table|tsv|json] */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <vnkg.h>

#include "cli/cli.h"

void cmd_show_help(FILE *out)
{
	fputs("usage: vnkg show NAME [-g GRAPH.graphml | PATH...] [--format table|tsv|json]\n\n"
	      "Prints an entity card in three parts:\n"
	      "  entity     kg_id, type, canonical name, rank, kind, number, date, aliases,\n"
	      "             sources, mentions\n"
	      "  roles      the roles a person held (or that were held in a body), with the\n"
	      "             date, the rank at the time, the body and the article\n"
	      "  relations  every edge in (←) and out (→), grouped by relation, with the\n"
	      "             date, the role, the article and the sentence it came from\n\n"
	      "NAME is looked up forgivingly: without diacritics (\"nguyen manh hung\"), any\n"
	      "case, an alias or abbreviation (\"tccnqp\"), the initials of a name (\"qk7\"),\n"
	      "a unique prefix, or whole words of the name; a kg_id is taken as it is.\n"
	      "When several entities match, they are listed and the exit status is 1.\n\n"
	      "options:\n"
	      "  -g, --graph FILE   read this GraphML file (default: graphs/kg.graphml)\n"
	      "  -f, --format F     table (default), tsv or json (an object of three arrays)\n"
	      "      --no-cache     read the GraphML itself, not its snapshot (.qcache)\n"
	      "  -h, --help         this help\n",
	      out);
}

int cmd_show(int argc, char **argv)
{
	return ask_entity_answer("show", cmd_show_help, argc, argv, vnkg_query_show, NULL);
}
