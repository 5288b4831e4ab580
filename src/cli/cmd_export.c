/* vnkg export [--format F] [-g GRAPH.graphml | PATH...] [-o FILE] */

#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <vnkg.h>

#include "cli/cli.h"

void cmd_export_help(FILE *out)
{
	fputs("usage: vnkg export [--format F] [-g GRAPH.graphml | PATH...] [-o FILE]\n\n"
	      "Writes the whole graph in another format. The graph is read from\n"
	      "GRAPH.graphml (default: graphs/kg.graphml), or built in memory from the\n"
	      "articles given as PATH (files or folders of *.txt).\n\n"
	      "formats (default: from the extension of -o):\n"
	      "  graphml    GraphML for Gephi, networkx, igraph (node colours as r, g, b)\n"
	      "  gexf       GEXF 1.3 for Gephi's Timeline (events dated, relation as kind)\n"
	      "  dot        DOT for Graphviz (dot -Tsvg; sfdp is named inside past 150 nodes)\n"
	      "  svg        the DOT drawing laid out in-process by Graphviz\n"
	      "  json       node-link JSON (networkx.node_link_graph, d3): nodes and links\n"
	      "             with all their attributes\n"
	      "  csv        two RFC 4180 tables, FILE-nodes.csv and FILE-edges.csv (give\n"
	      "             -o FILE.csv), with the column names Gephi's spreadsheet import\n"
	      "             knows (Id, Label; Source, Target, Type, Weight, Kind) and the\n"
	      "             contract's keys, for pandas.read_csv\n"
	      "  csv-nodes, csv-edges   one of those tables (to stdout without -o)\n\n"
	      "Without -o the output goes to stdout; with -o it is written through a\n"
	      "temporary file and a rename, so a failed run leaves no truncated file.\n\n"
	      "options:\n"
	      "  -f, --format F     one of the formats above\n"
	      "  -g, --graph FILE   read this GraphML file\n"
	      "  -o, --output FILE  write here\n"
	      "  -h, --help         this help\n",
	      out);
}

/* The format named by the extension of `path`, or -1. */
static int format_of(const char *path, int *csv_pair, vnkg_export_format *out)
{
	static const struct {
		const char *ext;
		vnkg_export_format format;
	} exts[] = {
		{".graphml", VNKG_EXPORT_GRAPHML}, {".gexf", VNKG_EXPORT_GEXF}, {".dot", VNKG_EXPORT_DOT},
		{".gv", VNKG_EXPORT_DOT},          {".svg", VNKG_EXPORT_SVG},   {".json", VNKG_EXPORT_JSON},
	};
	size_t n = strlen(path), i, e;

	if (n >= 4 && strcmp(path + n - 4, ".csv") == 0) {
		*csv_pair = 1;
		return 0;
	}
	for (i = 0; i < sizeof(exts) / sizeof(exts[0]); i++) {
		e = strlen(exts[i].ext);
		if (n >= e && strcmp(path + n - e, exts[i].ext) == 0) {
			*out = exts[i].format;
			return 0;
		}
	}
	return -1;
}

/* FILE.csv -> FILE-<which>.csv (FILE -> FILE-<which>.csv). */
static char *csv_path(const char *path, const char *which)
{
	size_t n = strlen(path), size;
	char *p;

	if (n >= 4 && strcmp(path + n - 4, ".csv") == 0)
		n -= 4;
	size = n + strlen(which) + 6;
	p = malloc(size);
	if (p)
		snprintf(p, size, "%.*s-%s.csv", (int)n, path, which);
	return p;
}

int cmd_export(int argc, char **argv)
{
	const char *graph_path = NULL, *output = NULL, *format_name = NULL;
	const char **paths = calloc((size_t)argc + 1, sizeof(char *));
	vnkg_export_format format = VNKG_EXPORT_GRAPHML;
	char *text = NULL, *nodes_csv = NULL, *edges_csv = NULL;
	vnkg_graph *g = NULL;
	size_t npaths = 0, len = 0;
	int i, rc = CLI_OK, csv_pair = 0;

	if (!paths)
		return cli_fail("out of memory");
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (strcmp(a, "-f") == 0 || strcmp(a, "--format") == 0 || strcmp(a, "-g") == 0 ||
		    strcmp(a, "--graph") == 0 || strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) {
			if (i + 1 >= argc) {
				rc = cli_usage("export", "missing value after", a);
				goto cleanup;
			}
			if (strcmp(a, "-f") == 0 || strcmp(a, "--format") == 0)
				format_name = argv[++i];
			else if (strcmp(a, "-g") == 0 || strcmp(a, "--graph") == 0)
				graph_path = argv[++i];
			else
				output = argv[++i];
		} else if (a[0] == '-' && a[1] != '\0') {
			rc = cli_usage("export", "unknown option", a);
			goto cleanup;
		} else {
			paths[npaths++] = a;
		}
	}
	if (format_name && strcmp(format_name, "csv") == 0) {
		csv_pair = 1;
	} else if (format_name) {
		if (vnkg_export_format_parse(&format, format_name) < 0) {
			rc = cli_usage("export",
				       "unknown format (graphml, gexf, dot, svg, json, csv, csv-nodes, csv-edges):",
				       format_name);
			goto cleanup;
		}
	} else if (!output || format_of(output, &csv_pair, &format) < 0) {
		rc = cli_usage("export", "which format? give --format F (or -o FILE with a known extension)", NULL);
		goto cleanup;
	}
	if (csv_pair && !output) {
		rc = cli_usage("export",
			       "csv writes two tables: give -o FILE.csv, or use --format csv-nodes or csv-edges for "
			       "stdout",
			       NULL);
		goto cleanup;
	}

	rc = cli_open_graph(&g, "export", graph_path, paths, npaths);
	if (rc != CLI_OK)
		goto cleanup;
	if (csv_pair) {
		nodes_csv = csv_path(output, "nodes");
		edges_csv = csv_path(output, "edges");
		if (!nodes_csv || !edges_csv) {
			rc = cli_fail("out of memory");
			goto cleanup;
		}
		if (vnkg_write_csv(g, nodes_csv, edges_csv) < 0)
			rc = cli_fail("export");
		else
			fprintf(stderr, "vnkg export: wrote %s and %s\n", nodes_csv, edges_csv);
	} else if (output) {
		if (vnkg_export_file(g, format, output) < 0)
			rc = cli_fail("export");
		else
			fprintf(stderr, "vnkg export: wrote %s\n", output);
	} else if (vnkg_export(&text, &len, g, format) < 0) {
		rc = cli_fail("export");
	} else if (fwrite(text, 1, len, stdout) != len) {
		perror("vnkg export: writing the output");
		rc = CLI_FAIL;
	}

cleanup:
	free(text);
	free(nodes_csv);
	free(edges_csv);
	vnkg_graph_free(g);
	free(paths);
	return rc;
}
