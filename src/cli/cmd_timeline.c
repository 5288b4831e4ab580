/* vnkg timeline [NAME] [-g GRAPH.graphml | PATH...] [--format table|tsv|json] */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <vnkg.h>

#include "cli/cli.h"

void cmd_timeline_help(FILE *out)
{
	fputs("usage: vnkg timeline [NAME] [-g GRAPH.graphml | PATH...] [--format table|tsv|json]\n\n"
	      "Lists dated events in order: for the whole graph, or those linked to NAME.\n"
	      "One row per event and participant (the chair, speakers, attendees, the\n"
	      "organising body) and per dated directive and issuing body, with each\n"
	      "person's rank and role at that date, read from the same article or else\n"
	      "from the latest earlier one. So a promotion (Thiếu tướng in 2018, Trung\n"
	      "tướng in 2019) and a change of post (Chính ủy Quân khu 3, then Chính ủy\n"
	      "Tổng cục ...) can be read going down. For a person, only that person's\n"
	      "rows. Events of unknown date come last, marked \"undated\".\n\n"
	      "columns: date, event, kind, who, rank, role, relation, article\n\n"
	      "NAME is looked up forgivingly (see 'vnkg show --help'); a NAME that is an\n"
	      "existing file or folder is taken as an article path.\n\n"
	      "options:\n"
	      "  -g, --graph FILE   read this GraphML file (default: graphs/kg.graphml)\n"
	      "  -f, --format F     table (default), tsv or json\n"
	      "      --no-cache     read the GraphML itself, not its snapshot (.qcache)\n"
	      "  -h, --help         this help\n",
	      out);
}

int cmd_timeline(int argc, char **argv)
{
	size_t node = VNKG_QUERY_NONE;
	vnkg_graph *g = NULL;
	vnkg_table *t = NULL;
	ask_opts o;
	int rc, done;

	rc = ask_init(&o, "timeline", cmd_timeline_help, argc, 1);
	if (rc != CLI_OK)
		return rc;
	o.optional_args = 1;
	rc = ask_parse(&o, argc, argv, &done);
	if (rc != CLI_OK || done)
		goto cleanup;
	rc = ask_load(&o, &g);
	if (rc == CLI_OK && o.nargs)
		rc = ask_resolve(&o, g, o.args[0], &node);
	if (rc != CLI_OK)
		goto cleanup;
	if (vnkg_query_timeline(&t, g, node) < 0) {
		rc = cli_fail("timeline");
		goto cleanup;
	}
	rc = ask_print_table(&o, t, o.nargs ? "No events found for this entity." : "No events found in the graph.");

cleanup:
	vnkg_table_free(t);
	vnkg_graph_free(g);
	ask_free(&o);
	return rc;
}
