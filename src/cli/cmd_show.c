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
	vnkg_graph *g = NULL;
	vnkg_answer *a = NULL;
	size_t node;
	ask_opts o;
	int rc, done;

	rc = ask_init(&o, "show", cmd_show_help, argc, 1);
	if (rc != CLI_OK)
		return rc;
	rc = ask_parse(&o, argc, argv, &done);
	if (rc != CLI_OK || done)
		goto cleanup;
	if (o.nargs == 0) {
		rc = cli_usage("show", "which entity? e.g. 'vnkg show \"Nguyễn Mạnh Hùng\"'", NULL);
		goto cleanup;
	}
	rc = ask_load(&o, &g);
	if (rc == CLI_OK)
		rc = ask_resolve(&o, g, o.args[0], &node);
	if (rc != CLI_OK)
		goto cleanup;
	if (vnkg_query_show(&a, g, node) < 0) {
		rc = cli_fail("show");
		goto cleanup;
	}
	rc = ask_print_answer(&o, a, NULL);

cleanup:
	vnkg_answer_free(a);
	vnkg_graph_free(g);
	ask_free(&o);
	return rc;
}
