/* vnkg view NAME [--depth N] | --central | --timeline [NAME]
 *           [-g GRAPH.graphml] [-o FILE.dot|FILE.svg] [--link-base URL] */

#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <vnkg.h>

#include "cli/cli.h"

#define DEFAULT_GRAPH "graphs/kg.graphml"

void cmd_view_help(FILE *out)
{
	fputs("usage: vnkg view NAME [--depth N] [-g GRAPH.graphml] [-o FILE.dot|FILE.svg]\n"
	      "       vnkg view --central [--depth N] [-g GRAPH.graphml] [-o FILE]\n"
	      "       vnkg view --timeline [NAME] [-g GRAPH.graphml] [-o FILE]\n\n"
	      "Draws a part of the graph small enough to read, styled as kg.dot: node\n"
	      "shape and colour by type, Vietnamese relation labels, and the sentence each\n"
	      "relation was read from as its tooltip (hover it in a browser).\n\n"
	      "  NAME          the entity's neighbourhood: the nodes within N relations of\n"
	      "                it (either direction) and the relations among them. NAME is\n"
	      "                a kg_id or a name, with or without diacritics (\"nguyen manh\n"
	      "                hung\", \"TCCNQP\"); an ambiguous name lists the candidates.\n"
	      "  --central     the neighbourhood of the most central person (PageRank)\n"
	      "  --timeline    dated events left to right, a column per year, with who\n"
	      "                chaired each and which documents it disseminated or\n"
	      "                implemented; with NAME, only the events linked to it\n\n"
	      "The graph is read from GRAPH.graphml (default: " DEFAULT_GRAPH ").\n"
	      "Without -o the DOT goes to stdout (pipe it to `dot -Tsvg`); with -o FILE\n"
	      "ending in .svg the drawing is laid out in-process by Graphviz and written as\n"
	      "SVG, otherwise as DOT, through a temporary file and a rename.\n\n"
	      "options:\n"
	      "  -d, --depth N       neighbourhood radius (default 1)\n"
	      "  -g, --graph FILE    read this GraphML file\n"
	      "  -o, --output FILE   write here (.svg: SVG, else DOT)\n"
	      "      --link-base URL make each relation a link to URL<article id>.txt\n"
	      "                      (e.g. ../seeds/); without it the drawing has no URLs\n"
	      "  -h, --help          this help\n",
	      out);
}

static int file_exists(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

int cli_open_graph(vnkg_graph **out, const char *cmd, const char *graph_path, const char *const *paths,
		   size_t npaths)
{
	*out = NULL;
	if (graph_path && npaths)
		return cli_usage(cmd, "give either -g GRAPH or article paths, not both", NULL);
	if (npaths)
		return vnkg_build(out, paths, npaths, NULL, NULL) < 0 ? cli_fail(cmd) : CLI_OK;
	if (!graph_path) {
		if (!file_exists(DEFAULT_GRAPH))
			return cli_usage(cmd, "no graph: give -g GRAPH.graphml (or run 'vnkg build' first)", NULL);
		graph_path = DEFAULT_GRAPH;
	}
	return vnkg_graph_read_graphml(out, graph_path) < 0 ? cli_fail(cmd) : CLI_OK;
}

/* Whether a path names an SVG file. */
static int is_svg(const char *path)
{
	size_t n = strlen(path);

	return n >= 4 && (strcmp(path + n - 4, ".svg") == 0 || strcmp(path + n - 4, ".SVG") == 0);
}

/* The node NAME means, with the candidates listed when it is ambiguous. */
static int resolve(size_t *out, const vnkg_graph *g, const char *name)
{
	vnkg_table *candidates = NULL;
	size_t i;
	int err = vnkg_query_resolve(out, &candidates, g, name);

	if (err == VNKG_EAMBIGUOUS && candidates) {
		fprintf(stderr, "vnkg view: \"%s\" names %zu entities; give one of these kg_ids:\n", name,
			vnkg_table_rows(candidates));
		for (i = 0; i < vnkg_table_rows(candidates); i++)
			fprintf(stderr, "  %s  (%s)\n", vnkg_table_cell(candidates, i, 0),
				vnkg_table_cell(candidates, i, 2));
		vnkg_table_free(candidates);
		return CLI_FAIL;
	}
	vnkg_table_free(candidates);
	return err < 0 ? cli_fail("view") : CLI_OK;
}

/* The most central person: the first row of the PageRank ranking. */
static int central(size_t *out, const vnkg_graph *g)
{
	vnkg_rank_options ro = VNKG_RANK_OPTIONS_INIT;
	vnkg_table *t = NULL;
	int rc = CLI_OK;

	ro.type = "person";
	ro.limit = 1;
	if (vnkg_query_rank(&t, g, &ro) < 0) {
		rc = cli_fail("view");
	} else if (vnkg_table_rows(t) == 0) {
		fputs("vnkg view: the graph has no person to centre on; name an entity instead\n", stderr);
		rc = CLI_FAIL;
	} else if (vnkg_graph_find(g, out, vnkg_table_cell(t, 0, vnkg_table_cols(t) - 1)) < 0) {
		rc = cli_fail("view");
	}
	vnkg_table_free(t);
	return rc;
}

static int parse_depth(unsigned int *out, const char *s)
{
	char *end = NULL;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || !end || *end || end == s || v < 1 || v > 1000)
		return -1;
	*out = (unsigned int)v;
	return 0;
}

int cmd_view(int argc, char **argv)
{
	vnkg_view_options opts = VNKG_VIEW_OPTIONS_INIT;
	const char *graph_path = NULL, *output = NULL, *name = NULL;
	vnkg_export_format format;
	vnkg_graph *g = NULL;
	char *text = NULL;
	size_t len = 0;
	int i, rc = CLI_OK, timeline = 0, want_central = 0, depth_given = 0;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (strcmp(a, "-g") == 0 || strcmp(a, "--graph") == 0 || strcmp(a, "-o") == 0 ||
		    strcmp(a, "--output") == 0 || strcmp(a, "-d") == 0 || strcmp(a, "--depth") == 0 ||
		    strcmp(a, "--link-base") == 0) {
			if (i + 1 >= argc)
				return cli_usage("view", "missing value after", a);
			if (a[1] == 'g' || strcmp(a, "--graph") == 0) {
				graph_path = argv[++i];
			} else if (a[1] == 'o' || strcmp(a, "--output") == 0) {
				output = argv[++i];
			} else if (strcmp(a, "--link-base") == 0) {
				opts.link_base = argv[++i];
			} else {
				if (parse_depth(&opts.depth, argv[++i]) < 0)
					return cli_usage("view", "the depth is a whole number from 1, not", argv[i]);
				depth_given = 1;
			}
		} else if (strcmp(a, "--timeline") == 0) {
			timeline = 1;
		} else if (strcmp(a, "--central") == 0) {
			want_central = 1;
		} else if (a[0] == '-' && a[1] != '\0') {
			return cli_usage("view", "unknown option", a);
		} else if (!name) {
			name = a;
		} else {
			return cli_usage("view", "one entity at a time; unexpected", a);
		}
	}
	if (timeline && (want_central || depth_given))
		return cli_usage("view", "--timeline takes no --central or --depth", NULL);
	if (want_central && name)
		return cli_usage("view", "give either NAME or --central, not both", NULL);
	if (!timeline && !want_central && !name)
		return cli_usage("view", "what to draw? give NAME, --central or --timeline", NULL);

	rc = cli_open_graph(&g, "view", graph_path, NULL, 0);
	if (rc != CLI_OK)
		goto cleanup;
	opts.kind = timeline ? VNKG_VIEW_TIMELINE : VNKG_VIEW_NEIGHBOURHOOD;
	if (want_central)
		rc = central(&opts.focus, g);
	else if (name)
		rc = resolve(&opts.focus, g, name);
	if (rc != CLI_OK)
		goto cleanup;

	format = output && is_svg(output) ? VNKG_EXPORT_SVG : VNKG_EXPORT_DOT;
	if (output) {
		if (vnkg_view_write(g, &opts, format, output) < 0)
			rc = cli_fail("view");
		else
			fprintf(stderr, "vnkg view: wrote %s\n", output);
	} else if (vnkg_view_render(&text, &len, g, &opts, format) < 0) {
		rc = cli_fail("view");
	} else if (fwrite(text, 1, len, stdout) != len) {
		perror("vnkg view: writing the output");
		rc = CLI_FAIL;
	}

cleanup:
	free(text);
	vnkg_graph_free(g);
	return rc;
}
