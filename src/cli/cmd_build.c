/* vnkg build PATH... [-o DIR] [--svg] */

#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <vnkg.h>

#include "cli/cli.h"

void cmd_build_help(FILE *out)
{
	fputs("usage: vnkg build PATH... [-o DIR] [--svg]\n\n"
	      "Reads the articles (UTF-8 .txt files, or folders of them read in name\n"
	      "order) and writes the knowledge graph to DIR (default: graphs):\n"
	      "  DIR/kg.graphml   GraphML for Gephi, networkx, igraph\n"
	      "  DIR/kg.gexf      GEXF 1.3 for Gephi's Timeline\n"
	      "  DIR/kg.dot       DOT for Graphviz (dot -Tsvg; past 150 nodes it names\n"
	      "                   sfdp with overlap removal itself)\n"
	      "  DIR/kg.svg       with --svg: the DOT drawing laid out in-process\n"
	      "Files are written through a temporary file and renamed, so a failed run\n"
	      "leaves the previous graph as it was. One summary line goes to stderr.\n\n"
	      "options:\n"
	      "  -o, --output DIR   where to write (created if missing)\n"
	      "      --svg          also draw DIR/kg.svg\n"
	      "  -h, --help         this help\n",
	      out);
}

static int ensure_dir(const char *dir)
{
	struct stat st;

	if (stat(dir, &st) == 0) {
		if (S_ISDIR(st.st_mode))
			return 0;
		fprintf(stderr, "vnkg build: %s exists and is not a folder; give another -o DIR\n", dir);
		return -1;
	}
	if (mkdir(dir, 0777) != 0) {
		fprintf(stderr, "vnkg build: cannot create the folder %s: %s\n", dir, strerror(errno));
		return -1;
	}
	return 0;
}

static char *path_in(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = malloc(n);

	if (p)
		snprintf(p, n, "%s/%s", dir, name);
	return p;
}

int cmd_build(int argc, char **argv)
{
	const char *outdir = "graphs";
	const char **paths = calloc((size_t)argc + 1, sizeof(char *));
	size_t npaths = 0;
	vnkg_graph *g = NULL;
	vnkg_build_stats st;
	vnkg_build_options opts = VNKG_BUILD_OPTIONS_INIT;
	char *graphml = NULL, *dot = NULL, *gexf = NULL, *svg = NULL;
	int i, rc = CLI_OK, want_svg = 0;

	if (!paths)
		return cli_fail("out of memory");
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-o") == 0 || strcmp(argv[i], "--output") == 0) {
			if (i + 1 >= argc) {
				rc = cli_usage("build", "missing folder after", argv[i]);
				goto cleanup;
			}
			outdir = argv[++i];
		} else if (strcmp(argv[i], "--svg") == 0) {
			want_svg = 1;
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			rc = cli_usage("build", "unknown option", argv[i]);
			goto cleanup;
		} else {
			paths[npaths++] = argv[i];
		}
	}
	if (npaths == 0) {
		rc = cli_usage("build", "no articles given: name files or folders of *.txt", NULL);
		goto cleanup;
	}
	if (vnkg_build(&g, paths, npaths, &opts, &st) < 0) {
		rc = cli_fail("build");
		goto cleanup;
	}
	if (ensure_dir(outdir) < 0) {
		rc = CLI_FAIL;
		goto cleanup;
	}
	graphml = path_in(outdir, "kg.graphml");
	dot = path_in(outdir, "kg.dot");
	gexf = path_in(outdir, "kg.gexf");
	svg = path_in(outdir, "kg.svg");
	if (!graphml || !dot || !gexf || !svg) {
		rc = cli_fail("out of memory");
		goto cleanup;
	}
	if (vnkg_write_graphml(g, graphml) < 0 || vnkg_write_dot(g, dot) < 0 || vnkg_write_gexf(g, gexf) < 0 ||
	    (want_svg && vnkg_write_svg(g, svg) < 0)) {
		rc = cli_fail("build");
		goto cleanup;
	}
	/* a large graph keeps the snapshot questions read, so the first one is quick */
	if (vnkg_query_snapshot(g, graphml, VNKG_CACHE_AUTO) < 0)
		vnkg_error_clear();
	fprintf(stderr,
		"vnkg build: %zu articles -> %zu nodes (%zu persons, %zu bodies, %zu directives, %zu events, "
		"%zu places), %zu edges; wrote %s, %s, %s%s%s\n",
		st.articles, st.persons + st.bodies + st.directives + st.events + st.places, st.persons, st.bodies,
		st.directives, st.events, st.places, st.edges, graphml, gexf, dot, want_svg ? " and " : "",
		want_svg ? svg : "");
cleanup:
	vnkg_graph_free(g);
	free(graphml);
	free(dot);
	free(gexf);
	free(svg);
	free(paths);
	return rc;
}
