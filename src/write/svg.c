#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "graph/graph_i.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/write.h"
#include "write/dot_i.h"
#include "write/write_i.h"

/* SVG rendered in-process by Graphviz's gvc library (no `dot` process): the
 * view's Agraph_t, as the DOT writer builds it, is laid out by dot, or by
 * sfdp with overlap removal past 150 nodes, and rendered with the core SVG
 * renderer into memory. Graphviz is not thread-safe, and neither are the
 * DOT and SVG writers. */

/* The process's Graphviz context (see vnkg_i_write_init). */
static GVC_t *gvc_context;

int vnkg_i_write_init(void)
{
	vnkg_i_dot_errf previous;

	if (gvc_context)
		return 0;
	previous = vnkg_i_dot_quiet_begin();
	gvc_context = gvContext();
	vnkg_i_dot_quiet_end(previous);
	if (!gvc_context) {
		vnkg_error_set("cannot create a Graphviz context (out of memory?)");
		return VNKG_ERROR;
	}
	return 0;
}

int vnkg_i_svg_emit(vnkg_i_out *o, const vnkg_graph *g, const void *payload)
{
	const vnkg_i_view *v = payload;
	const char *engine = vnkg_i_view_engine(v);
	vnkg_i_dot_errf previous = vnkg_i_dot_quiet_begin();
	GVC_t *gvc = gvc_context;
	void *G = NULL;
	char *svg = NULL;
	unsigned int len = 0;
	int laid_out = 0, err;

	err = vnkg_i_dot_build(&G, g, v, NULL);
	if (err < 0)
		goto cleanup;
	if (!gvc) {
		vnkg_error_set("no Graphviz context: call vnkg_global_init() before drawing SVG");
		err = VNKG_ERROR;
		goto cleanup;
	}
	if (gvLayout(gvc, G, engine) != 0) {
		vnkg_error_set("Graphviz could not lay out the graph with %s%s%s; is the graphviz package (its "
			       "layout plugins) installed?",
			       engine, vnkg_i_dot_message()[0] ? ": " : "", vnkg_i_dot_message());
		err = VNKG_ERROR;
		goto cleanup;
	}
	laid_out = 1;
	if (gvRenderData(gvc, G, "svg", &svg, &len) != 0 || !svg) {
		vnkg_error_set("Graphviz could not render SVG%s%s; is the graphviz package (its core plugin) "
			       "installed?",
			       vnkg_i_dot_message()[0] ? ": " : "", vnkg_i_dot_message());
		err = VNKG_ERROR;
		goto cleanup;
	}
	vnkg_i_buf_put(&o->buf, svg, len);
	err = vnkg_i_out_maybe_flush(o);

cleanup:
	if (svg)
		gvFreeRenderData(svg);
	if (laid_out)
		gvFreeLayout(gvc, G);
	if (G)
		agclose(G);
	vnkg_i_dot_quiet_end(previous);
	return err;
}

int vnkg_write_svg(const vnkg_graph *g, const char *path)
{
	vnkg_i_view v;
	int err;

	if (!g || !path || !*path) {
		vnkg_error_set("vnkg_write_svg: no graph or no output path given");
		return VNKG_EINVALID;
	}
	err = vnkg_i_view_select(&v, g, NULL);
	if (err < 0)
		return err;
	err = vnkg_i_write_run("vnkg_write_svg", path, NULL, NULL, vnkg_i_svg_emit, g, &v);
	vnkg_i_view_free(&v);
	return err;
}
