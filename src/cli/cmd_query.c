/* vnkg query REL [--person NAME] [--body NAME] [--from DATE] [--to DATE]
 *               [-g GRAPH.graphml | PATH...] [--format table|tsv|json] */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <vnkg.h>

#include "cli/cli.h"

void cmd_query_help(FILE *out)
{
	fputs("usage: vnkg query REL [--person NAME] [--body NAME] [--from DATE] [--to DATE]\n"
	      "                  [-g GRAPH.graphml | PATH...] [--format table|tsv|json]\n\n"
	      "Lists the edges of one relation, with the date, both ends (a person with\n"
	      "the rank held at that date), the role where there is one, the article and\n"
	      "the sentence it was read from; sorted by date, undated last. The graph is\n"
	      "read from GRAPH.graphml (default: graphs/kg.graphml when it exists), or\n"
	      "built in memory from the articles given as PATH (files or folders of *.txt).\n\n"
	      "REL is a relation key or its Vietnamese label (with or without diacritics):\n"
	      "  chaired (chủ trì)      who chaired which meeting: date, person, event,\n"
	      "                         organizer, article, evidence\n"
	      "  attended (dự)  directed (chỉ đạo)  spoke_at (phát biểu)  organized (tổ chức)\n"
	      "  disseminated (quán triệt)  implemented (triển khai)  issued (ban hành)\n"
	      "  holds_role (giữ chức)  part_of (trực thuộc)  held_at (tại)\n"
	      "  worked_with (làm việc với)  awarded (trao)  toward (tiến tới)\n\n"
	      "options:\n"
	      "  --person NAME      rows with this person at one end\n"
	      "  --body NAME        rows with this body, a body under it, an event it\n"
	      "                     organized or a person holding a role in it\n"
	      "  --from DATE        rows dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)\n"
	      "  --to DATE          rows dated on or before DATE\n"
	      "  -g, --graph FILE   read this GraphML file\n"
	      "  -f, --format F     table (default), tsv or json\n"
	      "      --no-cache     read the GraphML itself, not its snapshot (.qcache)\n"
	      "  -h, --help         this help\n\n"
	      "Names are looked up forgivingly: without diacritics, any case, an alias or\n"
	      "abbreviation (TCCNQP), a unique prefix; when several entities match, they\n"
	      "are listed and the exit status is 1. Exit status: 0 answered (also when\n"
	      "nothing matches), 1 bad input or unknown name, 2 usage.\n",
	      out);
}

int cmd_query(int argc, char **argv)
{
	vnkg_query_filter filter = VNKG_QUERY_FILTER_INIT;
	const char *person = NULL, *body = NULL, *rel = NULL;
	vnkg_graph *g = NULL;
	vnkg_table *t = NULL;
	char empty[160];
	ask_opts o;
	int i, rc;

	rc = ask_init(&o, "query", cmd_query_help, argc, 1);
	if (rc != CLI_OK)
		return rc;
	for (i = 1; i < argc; i++) {
		int r = ask_arg(&o, argc, argv, &i);

		if (r < 0) {
			rc = CLI_OK;
			goto cleanup;
		}
		if (r == CLI_USAGE) {
			rc = CLI_USAGE;
			goto cleanup;
		}
		if (r == 0)
			continue;
		if (strcmp(argv[i], "--person") == 0) {
			person = ask_value(&o, argc, argv, &i, "name");
			if (!person) {
				rc = CLI_USAGE;
				goto cleanup;
			}
		} else if (strcmp(argv[i], "--body") == 0) {
			body = ask_value(&o, argc, argv, &i, "name");
			if (!body) {
				rc = CLI_USAGE;
				goto cleanup;
			}
		} else if (strcmp(argv[i], "--from") == 0 || strcmp(argv[i], "--to") == 0) {
			const char *d = ask_value(&o, argc, argv, &i, "date");

			if (!d) {
				rc = CLI_USAGE;
				goto cleanup;
			}
			if (vnkg_query_date_check(d) < 0) {
				rc = cli_usage("query", "not a date (use YYYY, YYYY-MM or YYYY-MM-DD):", d);
				goto cleanup;
			}
			if (strcmp(argv[i - 1], "--from") == 0)
				filter.from = d;
			else
				filter.to = d;
		} else {
			rc = cli_usage("query", "unknown option", argv[i]);
			goto cleanup;
		}
	}
	if (o.nargs == 0) {
		rc = cli_usage("query", "which question? e.g. 'vnkg query chaired'", NULL);
		goto cleanup;
	}
	if (vnkg_query_relation_parse(&rel, o.args[0]) < 0) {
		rc = cli_usage("query",
			"unknown question (known: chaired, attended, directed, spoke_at, organized, disseminated, "
			"implemented, issued, holds_role, part_of, held_at, worked_with, awarded, toward):",
			o.args[0]);
		goto cleanup;
	}
	rc = ask_load(&o, &g);
	if (rc != CLI_OK)
		goto cleanup;
	if (person) {
		rc = ask_resolve(&o, g, person, &filter.person);
		if (rc != CLI_OK)
			goto cleanup;
	}
	if (body) {
		rc = ask_resolve(&o, g, body, &filter.body);
		if (rc != CLI_OK)
			goto cleanup;
	}
	if (vnkg_query_relation(&t, g, rel, &filter) < 0) {
		rc = cli_fail("query");
		goto cleanup;
	}
	if (person || body || filter.from || filter.to)
		snprintf(empty, sizeof(empty), "No %s rows match the filters.", rel);
	else if (strcmp(rel, "chaired") == 0)
		snprintf(empty, sizeof(empty), "No chaired meetings found in the graph.");
	else
		snprintf(empty, sizeof(empty), "No %s edges found in the graph.", rel);
	rc = ask_print_table(&o, t, empty);

cleanup:
	vnkg_table_free(t);
	vnkg_graph_free(g);
	ask_free(&o);
	return rc;
}
