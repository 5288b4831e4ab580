/* vnkg rank [--by pagerank|degree|betweenness] [--type T] [-n N]
 *           [-g GRAPH.graphml | PATH...] [--format table|tsv|json] */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <vnkg.h>

#include "cli/cli.h"

void cmd_rank_help(FILE *out)
{
	fputs("usage: vnkg rank [--by pagerank|degree|betweenness] [--type T] [-n N]\n"
	      "                 [-g GRAPH.graphml | PATH...] [--format table|tsv|json]\n\n"
	      "Lists the most central entities, computed by igraph on the graph taken as\n"
	      "undirected:\n"
	      "  pagerank     PageRank (PRPACK, damping 0.85); the default\n"
	      "  degree       the number of edges in and out\n"
	      "  betweenness  how many shortest paths pass through the entity; exact on\n"
	      "               graphs of up to 5000 nodes, ESTIMATED on larger ones from 32\n"
	      "               source nodes spread evenly over the graph (scaled up to the\n"
	      "               whole), which keeps it to a second on 100,000 nodes; a note\n"
	      "               on stderr says so. --samples K takes K sources, --exact\n"
	      "               forces the exact value (slow on large graphs)\n\n"
	      "columns: rank, name, type, score, kg_id\n\n"
	      "options:\n"
	      "  --by MEASURE       pagerank (default), degree or betweenness\n"
	      "  --type T           only entities of type T: person, body, directive,\n"
	      "                     event or place\n"
	      "  -n N               the first N (default 20; 0 for all)\n"
	      "  --samples K        betweenness sources on large graphs (default 32)\n"
	      "  --exact            exact betweenness whatever the size\n"
	      "  -g, --graph FILE   read this GraphML file (default: graphs/kg.graphml)\n"
	      "  -f, --format F     table (default), tsv or json\n"
	      "      --no-cache     read the GraphML itself, not its snapshot (.qcache)\n"
	      "  -h, --help         this help\n",
	      out);
}

/* Parses a count: decimal digits only. */
static int parse_count(size_t *out, const char *s)
{
	unsigned long long v;
	char *end;

	if (!*s || s[0] == '-' || s[0] == '+')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || *end)
		return -1;
	*out = (size_t)v;
	return 0;
}

int cmd_rank(int argc, char **argv)
{
	vnkg_rank_options opts = VNKG_RANK_OPTIONS_INIT;
	vnkg_graph *g = NULL;
	vnkg_table *t = NULL;
	const char *v;
	ask_opts o;
	size_t k;
	int i, rc;

	rc = ask_init(&o, "rank", cmd_rank_help, argc, 0);
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
		if (strcmp(argv[i], "--exact") == 0) {
			opts.exact_max = (size_t)-1;
			continue;
		}
		if (strcmp(argv[i], "--by") != 0 && strcmp(argv[i], "--type") != 0 && strcmp(argv[i], "-n") != 0 &&
		    strcmp(argv[i], "--samples") != 0) {
			rc = cli_usage("rank", "unknown option", argv[i]);
			goto cleanup;
		}
		v = ask_value(&o, argc, argv, &i, strcmp(argv[i], "--by") == 0 ? "measure" :
			strcmp(argv[i], "--type") == 0 ? "type" : "number");
		if (!v) {
			rc = CLI_USAGE;
			goto cleanup;
		}
		if (strcmp(argv[i - 1], "--by") == 0) {
			if (vnkg_rank_by_parse(&opts.by, v) < 0) {
				rc = cli_usage("rank", "unknown measure (use pagerank, degree or betweenness):", v);
				goto cleanup;
			}
		} else if (strcmp(argv[i - 1], "--type") == 0) {
			for (k = 0; vnkg_query_types[k] && strcmp(vnkg_query_types[k], v) != 0; k++)
				;
			if (!vnkg_query_types[k]) {
				rc = cli_usage("rank", "unknown type (use person, body, directive, event or place):", v);
				goto cleanup;
			}
			opts.type = v;
		} else if (strcmp(argv[i - 1], "-n") == 0) {
			if (parse_count(&opts.limit, v) < 0) {
				rc = cli_usage("rank", "-n wants a count (0 for all), not", v);
				goto cleanup;
			}
		} else if (parse_count(&opts.samples, v) < 0 || opts.samples == 0) {
			rc = cli_usage("rank", "--samples wants a positive count, not", v);
			goto cleanup;
		}
	}
	rc = ask_load(&o, &g);
	if (rc != CLI_OK)
		goto cleanup;
	if (vnkg_query_rank(&t, g, &opts) < 0) {
		rc = cli_fail("rank");
		goto cleanup;
	}
	if (vnkg_query_rank_is_estimate(g, &opts))
		fprintf(stderr,
			"vnkg rank: betweenness ESTIMATED from %zu of %zu nodes as sources (exact up to %zu nodes; "
			"--exact forces it)\n",
			opts.samples, vnkg_graph_node_count(g), opts.exact_max);
	rc = ask_print_table(&o, t, opts.type ? "No entities of that type in the graph." :
		"The graph is empty.");

cleanup:
	vnkg_table_free(t);
	vnkg_graph_free(g);
	ask_free(&o);
	return rc;
}
