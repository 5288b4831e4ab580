#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph/graph_i.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/write.h"
#include "write/write_i.h"

/* Views: which part of the graph a drawing shows (the whole graph, an
 * entity's neighbourhood, a timeline of events). Finding the node a person
 * means by a name is vnkg_query_resolve's job, so that every command
 * understands names alike. */

/* ------------------------------------------------------------ adjacency */

/* Undirected adjacency in compressed form: the edges at node i are
 * edge_of[start[i] .. start[i + 1]). */
struct adjacency {
	size_t *start;
	size_t *edge_of;
};

static void adjacency_free(struct adjacency *a)
{
	free(a->start);
	free(a->edge_of);
	a->start = NULL;
	a->edge_of = NULL;
}

static int adjacency_build(struct adjacency *a, const vnkg_graph *g)
{
	size_t n = vnkg_graph_node_count(g), m = vnkg_graph_edge_count(g), i, from, to;
	size_t *fill = NULL;

	a->start = calloc(n + 1, sizeof(size_t));
	a->edge_of = malloc((m ? 2 * m : 1) * sizeof(size_t));
	fill = calloc(n + 1, sizeof(size_t));
	if (!a->start || !a->edge_of || !fill) {
		free(fill);
		adjacency_free(a);
		return vnkg_i_oom();
	}
	for (i = 0; i < m; i++) {
		vnkg_graph_edge_ends(g, i, &from, &to);
		a->start[from + 1]++;
		if (to != from)
			a->start[to + 1]++;
	}
	for (i = 0; i < n; i++)
		a->start[i + 1] += a->start[i];
	for (i = 0; i < m; i++) {
		vnkg_graph_edge_ends(g, i, &from, &to);
		a->edge_of[a->start[from] + fill[from]++] = i;
		if (to != from)
			a->edge_of[a->start[to] + fill[to]++] = i;
	}
	free(fill);
	return 0;
}

/* The node at the other end of `edge` from `node`. */
static size_t other_end(const vnkg_graph *g, size_t edge, size_t node)
{
	size_t from = 0, to = 0;

	vnkg_graph_edge_ends(g, edge, &from, &to);
	return from == node ? to : from;
}

/* ------------------------------------------------------------ select */

void vnkg_i_view_free(vnkg_i_view *v)
{
	if (!v)
		return;
	free(v->node_in);
	free(v->edge_in);
	v->node_in = v->edge_in = NULL;
}

static int is_type(const vnkg_graph *g, size_t node, const char *type)
{
	return strcmp(vnkg_i_graph_node_attr_at(g, node, VNKG_I_NODE_TYPE), type) == 0;
}

static int is_relation(const vnkg_graph *g, size_t edge, const char *relation)
{
	return strcmp(vnkg_i_graph_edge_attr_at(g, edge, VNKG_I_EDGE_RELATION), relation) == 0;
}

/* Nodes within v->depth edges of the focus, breadth first. */
static int select_neighbourhood(vnkg_i_view *v, const vnkg_graph *g, const struct adjacency *a)
{
	size_t *queue = malloc((v->nodes ? v->nodes : 1) * sizeof(size_t)), *dist;
	size_t head = 0, tail = 0, node, other, j;

	dist = malloc((v->nodes ? v->nodes : 1) * sizeof(size_t));
	if (!queue || !dist) {
		free(queue);
		free(dist);
		return vnkg_i_oom();
	}
	v->node_in[v->focus] = 1;
	dist[v->focus] = 0;
	queue[tail++] = v->focus;
	while (head < tail) {
		node = queue[head++];
		if (dist[node] >= v->depth)
			continue;
		for (j = a->start[node]; j < a->start[node + 1]; j++) {
			other = other_end(g, a->edge_of[j], node);
			if (v->node_in[other])
				continue;
			v->node_in[other] = 1;
			dist[other] = dist[node] + 1;
			queue[tail++] = other;
		}
	}
	for (j = 0; j < v->edges; j++) {
		size_t from = 0, to = 0;

		vnkg_graph_edge_ends(g, j, &from, &to);
		v->edge_in[j] = v->node_in[from] && v->node_in[to];
	}
	free(queue);
	free(dist);
	return 0;
}

/* Whether an event has a date the timeline can place. */
static int dated(const vnkg_graph *g, size_t node)
{
	char first[11], last[11];

	return vnkg_i_write_date_span(vnkg_i_graph_node_attr_at(g, node, VNKG_I_NODE_DATE), first, last) == 0;
}

/* Dated events (linked to the focus, if any), who chaired them and what
 * they disseminated or implemented. */
static int select_timeline(vnkg_i_view *v, const vnkg_graph *g, const struct adjacency *a)
{
	unsigned char *event = calloc(v->nodes ? v->nodes : 1, 1);
	size_t i, j, from, to;

	if (!event)
		return vnkg_i_oom();
	for (i = 0; i < v->nodes; i++) {
		if (!is_type(g, i, "event"))
			continue;
		if (v->focus != VNKG_I_NO_NODE && i != v->focus) {
			int linked = 0;

			for (j = a->start[i]; j < a->start[i + 1] && !linked; j++)
				linked = other_end(g, a->edge_of[j], i) == v->focus;
			if (!linked)
				continue;
		}
		if (dated(g, i))
			event[i] = v->node_in[i] = 1;
		else
			v->undated++;
	}
	for (j = 0; j < v->edges; j++) {
		from = to = 0;
		vnkg_graph_edge_ends(g, j, &from, &to);
		if ((event[to] && is_relation(g, j, "chaired")) ||
		    (event[from] && (is_relation(g, j, "disseminated") || is_relation(g, j, "implemented"))) ||
		    (v->focus != VNKG_I_NO_NODE && (from == v->focus || to == v->focus) &&
		     (event[from] || event[to]))) {
			v->edge_in[j] = 1;
			v->node_in[from] = v->node_in[to] = 1;
		}
	}
	if (v->focus != VNKG_I_NO_NODE)
		v->node_in[v->focus] = 1;
	free(event);
	return 0;
}

int vnkg_i_view_select(vnkg_i_view *out, const vnkg_graph *g, const vnkg_view_options *opts)
{
	struct adjacency a = {NULL, NULL};
	vnkg_view_options whole = VNKG_VIEW_OPTIONS_INIT;
	size_t i;
	int err = 0;

	memset(out, 0, sizeof(*out));
	out->focus = VNKG_I_NO_NODE;
	if (!opts)
		opts = &whole;
	if (opts->version != VNKG_VIEW_OPTIONS_VERSION) {
		vnkg_error_set("vnkg_view_options: version %u is not %u; initialise with VNKG_VIEW_OPTIONS_INIT",
			       opts->version, VNKG_VIEW_OPTIONS_VERSION);
		return VNKG_EINVALID;
	}
	if (opts->kind != VNKG_VIEW_WHOLE && opts->kind != VNKG_VIEW_NEIGHBOURHOOD &&
	    opts->kind != VNKG_VIEW_TIMELINE) {
		vnkg_error_set("vnkg_view_options: unknown kind of view %d", (int)opts->kind);
		return VNKG_EINVALID;
	}
	if (opts->kind == VNKG_VIEW_NEIGHBOURHOOD && opts->focus == VNKG_VIEW_NO_FOCUS) {
		vnkg_error_set("a neighbourhood view needs the node to centre on");
		return VNKG_EINVALID;
	}
	if (opts->kind != VNKG_VIEW_WHOLE && opts->focus != VNKG_VIEW_NO_FOCUS &&
	    opts->focus >= vnkg_graph_node_count(g)) {
		vnkg_error_set("the view's focus is node %zu, but the graph has %zu nodes", opts->focus,
			       vnkg_graph_node_count(g));
		return VNKG_EINVALID;
	}
	if (opts->kind == VNKG_VIEW_NEIGHBOURHOOD && opts->depth < 1) {
		vnkg_error_set("a neighbourhood view needs a depth of at least 1 (got %u)", opts->depth);
		return VNKG_EINVALID;
	}
	out->kind = opts->kind;
	out->depth = opts->depth;
	out->link_base = opts->link_base;
	out->nodes = vnkg_graph_node_count(g);
	out->edges = vnkg_graph_edge_count(g);
	out->node_in = calloc(out->nodes ? out->nodes : 1, 1);
	out->edge_in = calloc(out->edges ? out->edges : 1, 1);
	if (!out->node_in || !out->edge_in) {
		err = vnkg_i_oom();
		goto cleanup;
	}
	if (opts->kind != VNKG_VIEW_WHOLE)
		out->focus = opts->focus;
	if (opts->kind == VNKG_VIEW_WHOLE) {
		memset(out->node_in, 1, out->nodes);
		memset(out->edge_in, 1, out->edges);
	} else {
		err = adjacency_build(&a, g);
		if (err < 0)
			goto cleanup;
		if (opts->kind == VNKG_VIEW_NEIGHBOURHOOD)
			err = select_neighbourhood(out, g, &a);
		else
			err = select_timeline(out, g, &a);
		if (err < 0)
			goto cleanup;
	}
	for (i = 0; i < out->nodes; i++)
		out->shown_nodes += out->node_in[i];

cleanup:
	adjacency_free(&a);
	if (err < 0)
		vnkg_i_view_free(out);
	return err;
}

const char *vnkg_i_view_engine(const vnkg_i_view *v)
{
	if (v->kind != VNKG_VIEW_TIMELINE && v->shown_nodes > VNKG_I_DOT_MAX_NODES)
		return "sfdp";
	return "dot";
}

/* ------------------------------------------------------------ render */

int vnkg_view_render(char **out, size_t *out_len, const vnkg_graph *g, const vnkg_view_options *opts,
		     vnkg_export_format format)
{
	vnkg_i_view v;
	int err;

	if (out)
		*out = NULL;
	if (!out || !g) {
		vnkg_error_set("vnkg_view_render: no graph or no output given");
		return VNKG_EINVALID;
	}
	if (format != VNKG_EXPORT_DOT && format != VNKG_EXPORT_SVG) {
		vnkg_error_set("vnkg_view_render: a view is drawn as DOT or SVG only");
		return VNKG_EINVALID;
	}
	err = vnkg_i_view_select(&v, g, opts);
	if (err < 0)
		return err;
	err = vnkg_i_write_run("vnkg_view_render", NULL, out, out_len,
			       format == VNKG_EXPORT_SVG ? vnkg_i_svg_emit : vnkg_i_dot_emit, g, &v);
	vnkg_i_view_free(&v);
	return err;
}

int vnkg_view_write(const vnkg_graph *g, const vnkg_view_options *opts, vnkg_export_format format,
		    const char *path)
{
	vnkg_i_view v;
	int err;

	if (!g || !path || !*path) {
		vnkg_error_set("vnkg_view_write: no graph or no output path given");
		return VNKG_EINVALID;
	}
	if (format != VNKG_EXPORT_DOT && format != VNKG_EXPORT_SVG) {
		vnkg_error_set("%s: a view is drawn as DOT or SVG only", path);
		return VNKG_EINVALID;
	}
	err = vnkg_i_view_select(&v, g, opts);
	if (err < 0)
		return err;
	err = vnkg_i_write_run("vnkg_view_write", path, NULL, NULL,
			       format == VNKG_EXPORT_SVG ? vnkg_i_svg_emit : vnkg_i_dot_emit, g, &v);
	vnkg_i_view_free(&v);
	return err;
}
