#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <graphviz/cgraph.h>

#include "graph/graph_i.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/write.h"
#include "write/write_i.h"

/* DOT writer through Graphviz cgraph: the graph is built as an Agraph_t and
 * written with agwrite, which quotes what needs quoting. cgraph does not
 * escape backslashes, and labels and tooltips are escString in Graphviz
 * (\n, \l, \N, ... are expanded), so text is passed through dot_text(). */

#define FONT "DejaVu Sans"

/* Look of a node type: shape, style and fill colour (pastels that read on
 * white and in grey print); `legend` is the text of its legend entry. */
struct type_style {
	const char *type;
	const char *shape;
	const char *style;
	const char *fill;
	const char *legend;
};

static const struct type_style type_styles[] = {
	{"person", "ellipse", "filled", "#cfe2f3", "người (person)"},
	{"body", "box", "filled", "#d9ead3", "cơ quan, đơn vị (body)"},
	{"directive", "note", "filled", "#fff2cc", "văn bản (directive)"},
	{"event", "box", "rounded,filled", "#f8cbad", "sự kiện (event)"},
	{"place", "house", "filled", "#e1d5e7", "địa điểm (place)"},
};

#define TYPE_COUNT (sizeof(type_styles) / sizeof(type_styles[0]))

static const struct type_style unknown_style = {"", "ellipse", "filled", "#eeeeee", ""};

static const struct type_style *style_of(const char *type)
{
	size_t i;

	for (i = 0; i < TYPE_COUNT; i++)
		if (strcmp(type_styles[i].type, type) == 0)
			return &type_styles[i];
	return &unknown_style;
}

/* How many backslashes stand for one. Labels are unescaped once by
 * Graphviz, so "\\" shows "\". Tooltips are unescaped twice by Graphviz
 * 2.43 (Debian 12): "\\H" shows "\" followed by the head node's name, and
 * it takes four to show one (checked against `dot -Tsvg` in the tests). */
#define LABEL_BACKSLASHES 2
#define TOOLTIP_BACKSLASHES 4

/* Appends text as a DOT escString body: each backslash repeated `backslashes`
 * times, line breaks as \n, tabs as spaces, other control characters and
 * invalid UTF-8 dropped. Quotes are left to cgraph. */
static void dot_text(vnkg_buf *b, const char *text, int backslashes)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n = strlen(text), i = 0, len;
	unsigned long cp;

	while (i < n) {
		len = vnkg_i_write_utf8_decode(s + i, n - i, &cp);
		if (len == 0) {
			i++;
			continue;
		}
		if (cp == '\\')
			vnkg_i_buf_put(b, "\\\\\\\\", (size_t)backslashes);
		else if (cp == '\n')
			vnkg_i_buf_puts(b, "\\n");
		else if (cp == '\t')
			vnkg_i_buf_putc(b, ' ');
		else if (vnkg_i_write_keep_char(cp))
			vnkg_i_buf_put(b, (const char *)s + i, len);
		i += len;
	}
}

/* cgraph reports problems through agerr, which prints unless a user
 * function is installed; we record the message as the vnkg error instead
 * for the time of a write. */
static _Thread_local char cgraph_message[512];

static int record_cgraph_error(char *message)
{
	size_t len;

	snprintf(cgraph_message, sizeof(cgraph_message), "%s", message ? message : "");
	len = strlen(cgraph_message);
	while (len > 0 && (cgraph_message[len - 1] == '\n' || cgraph_message[len - 1] == ' '))
		cgraph_message[--len] = '\0';
	return 0;
}

/* The attribute symbols, declared once with their defaults. */
struct syms {
	Agsym_t *n_label, *n_shape, *n_style, *n_fill, *n_tooltip;
	Agsym_t *e_label, *e_tooltip, *e_labeltooltip, *e_penwidth;
};

static int declare(Agraph_t *G, struct syms *s)
{
	/* graph, node and edge defaults, as DESIGN.md asks */
	if (!agattr(G, AGRAPH, "charset", "UTF-8") || !agattr(G, AGRAPH, "fontname", FONT) ||
	    !agattr(G, AGRAPH, "rankdir", "LR") || !agattr(G, AGNODE, "charset", "UTF-8") ||
	    !agattr(G, AGNODE, "fontname", FONT) || !agattr(G, AGEDGE, "charset", "UTF-8") ||
	    !agattr(G, AGEDGE, "fontname", FONT) ||
	    !agattr(G, AGEDGE, "fontsize", "10"))
		return -1;
	s->n_label = agattr(G, AGNODE, "label", "\\N");
	s->n_shape = agattr(G, AGNODE, "shape", "ellipse");
	s->n_style = agattr(G, AGNODE, "style", "filled");
	s->n_fill = agattr(G, AGNODE, "fillcolor", "#eeeeee");
	s->n_tooltip = agattr(G, AGNODE, "tooltip", "");
	s->e_label = agattr(G, AGEDGE, "label", "");
	s->e_tooltip = agattr(G, AGEDGE, "tooltip", "");
	s->e_labeltooltip = agattr(G, AGEDGE, "labeltooltip", "");
	s->e_penwidth = agattr(G, AGEDGE, "penwidth", "1");
	if (!s->n_label || !s->n_shape || !s->n_style || !s->n_fill || !s->n_tooltip || !s->e_label ||
	    !s->e_tooltip || !s->e_labeltooltip || !s->e_penwidth)
		return -1;
	return 0;
}

/* agxset with a vnkg_buf value. */
static int set_buf(void *obj, Agsym_t *sym, vnkg_buf *b)
{
	if (b->oom)
		return -1;
	return agxset(obj, sym, (char *)vnkg_i_buf_cstr(b));
}

static int add_legend(Agraph_t *G, const struct syms *s)
{
	Agraph_t *legend = agsubg(G, "cluster_legend", 1);
	char name[32];
	size_t i;

	if (!legend || agsafeset(legend, "label", "Chú giải", "") != 0 ||
	    agsafeset(legend, "style", "dashed", "") != 0)
		return -1;
	for (i = 0; i < TYPE_COUNT; i++) {
		const struct type_style *t = &type_styles[i];
		Agnode_t *node;

		snprintf(name, sizeof(name), "legend_%s", t->type);
		node = agnode(legend, name, 1);
		if (!node || agxset(node, s->n_label, (char *)t->legend) != 0 ||
		    agxset(node, s->n_shape, (char *)t->shape) != 0 ||
		    agxset(node, s->n_style, (char *)t->style) != 0 ||
		    agxset(node, s->n_fill, (char *)t->fill) != 0 ||
		    agxset(node, s->n_tooltip, (char *)t->type) != 0)
			return -1;
	}
	return 0;
}

static int add_node(Agraph_t *G, const struct syms *s, const vnkg_graph *g, size_t i, Agnode_t **out,
		    vnkg_buf *b)
{
	const char *type = vnkg_i_graph_node_attr_at(g, i, VNKG_I_NODE_TYPE);
	const char *label = vnkg_i_graph_node_attr_at(g, i, VNKG_I_NODE_LABEL);
	const char *date = vnkg_i_graph_node_attr_at(g, i, VNKG_I_NODE_DATE);
	const struct type_style *t = style_of(type);
	char name[32];
	Agnode_t *node;

	snprintf(name, sizeof(name), "n%zu", i);
	node = agnode(G, name, 1);
	if (!node)
		return -1;
	*out = node;

	vnkg_i_buf_clear(b);
	dot_text(b, *label ? label : vnkg_i_graph_node_attr_at(g, i, VNKG_I_NODE_KG_ID), LABEL_BACKSLASHES);
	if (strcmp(type, "event") == 0 && *date) {
		vnkg_i_buf_puts(b, "\\n");
		dot_text(b, date, LABEL_BACKSLASHES);
	}
	if (set_buf(node, s->n_label, b) != 0)
		return -1;

	vnkg_i_buf_clear(b);
	dot_text(b, vnkg_i_graph_node_attr_at(g, i, VNKG_I_NODE_KG_ID), TOOLTIP_BACKSLASHES);
	if (set_buf(node, s->n_tooltip, b) != 0)
		return -1;

	if (t != &unknown_style) {
		if (agxset(node, s->n_shape, (char *)t->shape) != 0 ||
		    agxset(node, s->n_style, (char *)t->style) != 0 ||
		    agxset(node, s->n_fill, (char *)t->fill) != 0)
			return -1;
	}
	return 0;
}

static int add_edge(Agraph_t *G, const struct syms *s, const vnkg_graph *g, size_t i, Agnode_t **nodes,
		    vnkg_buf *b)
{
	const char *label = vnkg_i_graph_edge_attr_at(g, i, VNKG_I_EDGE_LABEL);
	const char *evidence = vnkg_i_graph_edge_attr_at(g, i, VNKG_I_EDGE_EVIDENCE);
	size_t from = 0, to = 0;
	char name[32], width[40];
	Agedge_t *edge;
	double w;

	if (vnkg_graph_edge_ends(g, i, &from, &to) < 0)
		return -1;
	/* a name per edge keeps parallel edges apart (written as key=) */
	snprintf(name, sizeof(name), "e%zu", i);
	edge = agedge(G, nodes[from], nodes[to], name, 1);
	if (!edge)
		return -1;

	vnkg_i_buf_clear(b);
	dot_text(b, *label ? label : vnkg_i_graph_edge_attr_at(g, i, VNKG_I_EDGE_RELATION), LABEL_BACKSLASHES);
	if (b->len && set_buf(edge, s->e_label, b) != 0)
		return -1;

	if (*evidence) {
		vnkg_i_buf_clear(b);
		dot_text(b, evidence, TOOLTIP_BACKSLASHES);
		if (set_buf(edge, s->e_tooltip, b) != 0 || set_buf(edge, s->e_labeltooltip, b) != 0)
			return -1;
	}

	/* seen more often, drawn thicker: 1 + log2(weight), at most 5 */
	w = vnkg_graph_edge_weight(g, i);
	if (isfinite(w) && w > 1.0) {
		w = 1.0 + log2(w);
		if (w > 5.0)
			w = 5.0;
		snprintf(width, sizeof(width), "%.2f", w);
		if (agxset(edge, s->e_penwidth, width) != 0)
			return -1;
	}
	return 0;
}

static int build(Agraph_t *G, const vnkg_graph *g)
{
	size_t n = vnkg_graph_node_count(g), m = vnkg_graph_edge_count(g), i;
	vnkg_buf b = VNKG_BUF_INIT;
	Agnode_t **nodes = NULL;
	struct syms s;
	int err = -1;

	if (declare(G, &s) != 0 || add_legend(G, &s) != 0)
		goto cleanup;
	nodes = calloc(n ? n : 1, sizeof(*nodes));
	if (!nodes)
		goto cleanup;
	for (i = 0; i < n; i++)
		if (add_node(G, &s, g, i, &nodes[i], &b) != 0)
			goto cleanup;
	for (i = 0; i < m; i++)
		if (add_edge(G, &s, g, i, nodes, &b) != 0)
			goto cleanup;
	err = 0;

cleanup:
	free(nodes);
	vnkg_i_buf_free(&b);
	return err;
}

int vnkg_write_dot(const vnkg_graph *g, const char *path)
{
	agusererrf previous_errf;
	Agraph_t *G = NULL;
	void *fp = NULL;
	char *tmp = NULL;
	int err = 0;

	if (!g || !path || !*path) {
		vnkg_error_set("vnkg_write_dot: no graph or no output path given");
		return VNKG_EINVALID;
	}
	cgraph_message[0] = '\0';
	previous_errf = agseterrf(record_cgraph_error);

	err = vnkg_i_tmpfile_open(&fp, &tmp, path);
	if (err < 0)
		goto cleanup;
	G = agopen("kg", Agdirected, NULL);
	if (!G || build(G, g) != 0) {
		vnkg_error_set("%s: cannot build the DOT graph in cgraph%s%s (out of memory?)", path,
			       cgraph_message[0] ? ": " : "", cgraph_message);
		err = VNKG_ERROR;
		goto cleanup;
	}
	if (agwrite(G, fp) != 0) {
		vnkg_error_set("%s: write failed: %s (disk full?); the previous file is left as it was", path,
			       strerror(errno));
		err = VNKG_ERROR;
		goto cleanup;
	}
	err = vnkg_i_tmpfile_commit(fp, tmp, path);
	fp = NULL;
	tmp = NULL;

cleanup:
	if (G)
		agclose(G);
	if (fp)
		vnkg_i_tmpfile_abort(fp, tmp);
	agseterrf(previous_errf);
	return err;
}
