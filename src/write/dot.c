#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>

#include "graph/graph_i.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/write.h"
#include "write/dot_i.h"
#include "write/write_i.h"

/* DOT through Graphviz cgraph: a view of the graph is built as an Agraph_t
 * and written with agwrite, which quotes what needs quoting. cgraph does not
 * escape backslashes, and labels and tooltips are escString in Graphviz
 * (\n, \l, \N, ... are expanded, in HTML-like labels too), so text is passed
 * through dot_text() or html_text(). Node labels are HTML-like (made with
 * agstrdup_html) so that a date or a rank can sit under the name in a
 * smaller grey font. */

#define FONT "DejaVu Sans"

/* How many backslashes stand for one. Labels are unescaped once by
 * Graphviz, so "\\" shows "\". Tooltips are unescaped twice by Graphviz
 * 2.43 (Debian 12): "\\H" shows "\" followed by the head node's name, and
 * it takes four to show one (checked against `dot -Tsvg` in the tests). */
#define LABEL_BACKSLASHES 2
#define TOOLTIP_BACKSLASHES 4

/* Wrap widths of node labels, in characters. */
#define WRAP_NAME 24
#define WRAP_EVENT 30

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

/* Appends text for an HTML-like label: XML-escaped, backslashes doubled. */
static int html_text(vnkg_buf *b, const char *text)
{
	const char *p = text, *bs;
	vnkg_buf piece = VNKG_BUF_INIT;

	for (;;) {
		bs = strchr(p, '\\');
		vnkg_i_buf_clear(&piece);
		vnkg_i_buf_put(&piece, p, bs ? (size_t)(bs - p) : strlen(p));
		vnkg_i_write_xml_escape(b, vnkg_i_buf_cstr(&piece));
		if (!bs)
			break;
		vnkg_i_buf_puts(b, "\\\\");
		p = bs + 1;
	}
	if (piece.oom)
		b->oom = 1;
	vnkg_i_buf_free(&piece);
	return b->oom ? VNKG_ENOMEM : 0;
}

/* cgraph reports problems through agerr, which prints unless a user
 * function is installed; we record the message instead for the time of a
 * write or a layout. */
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

vnkg_i_dot_errf vnkg_i_dot_quiet_begin(void)
{
	cgraph_message[0] = '\0';
	return agseterrf(record_cgraph_error);
}

void vnkg_i_dot_quiet_end(vnkg_i_dot_errf previous)
{
	agseterrf(previous);
}

const char *vnkg_i_dot_message(void)
{
	return cgraph_message;
}

/* ------------------------------------------------------------ building */

/* The attribute symbols, declared once with their defaults. */
struct syms {
	Agsym_t *n_label, *n_shape, *n_style, *n_fill, *n_color, *n_penwidth, *n_tooltip, *n_fontsize;
	Agsym_t *e_label, *e_tooltip, *e_labeltooltip, *e_penwidth, *e_color, *e_fontcolor, *e_style,
		*e_url, *e_weight, *e_minlen;
};

struct ctx {
	Agraph_t *G;
	const vnkg_graph *g;
	const vnkg_i_view *v;
	struct syms s;
	Agnode_t **nodes;
	size_t *next;  /* per edge: the next edge drawn with it, or NO_EDGE */
	size_t *count; /* per first edge of a group: how many are drawn as one */
	Agnode_t *legend[VNKG_I_TYPE_COUNT];
	vnkg_buf b;
};

#define NO_EDGE ((size_t)-1)

/* At most this many sentences in the tooltip of merged edges. */
#define TOOLTIP_SENTENCES 6

static int declare(struct ctx *c, const char *engine)
{
	Agraph_t *G = c->G;
	struct syms *s = &c->s;

	/* graph, node and edge defaults, as DESIGN.md asks */
	if (!agattr(G, AGRAPH, "charset", "UTF-8") || !agattr(G, AGRAPH, "fontname", FONT) ||
	    !agattr(G, AGRAPH, "fontsize", "16") || !agattr(G, AGRAPH, "labelloc", "t") ||
	    !agattr(G, AGRAPH, "bgcolor", "white") || !agattr(G, AGRAPH, "pad", "0.3") ||
	    !agattr(G, AGNODE, "charset", "UTF-8") || !agattr(G, AGNODE, "fontname", FONT) ||
	    !agattr(G, AGNODE, "margin", "0.16,0.08") || !agattr(G, AGEDGE, "charset", "UTF-8") ||
	    !agattr(G, AGEDGE, "fontname", FONT) || !agattr(G, AGEDGE, "fontsize", "9") ||
	    !agattr(G, AGEDGE, "arrowsize", "0.7"))
		return -1;
	if (strcmp(engine, "dot") == 0) {
		/* a timeline is wide already: its columns closer together */
		if (!agattr(G, AGRAPH, "rankdir", "LR") || !agattr(G, AGRAPH, "nodesep", "0.2") ||
		    !agattr(G, AGRAPH, "ranksep",
			    c->v->kind == VNKG_VIEW_TIMELINE ? "0.3" : "0.5 equally"))
			return -1;
	} else {
		/* a large graph or neighbourhood: sfdp, nodes kept apart (DESIGN.md) */
		if (!agattr(G, AGRAPH, "layout", (char *)engine) || !agattr(G, AGRAPH, "overlap", "prism") ||
		    !agattr(G, AGRAPH, "sep", "+8") || !agattr(G, AGRAPH, "outputorder", "edgesfirst"))
			return -1;
	}
	s->n_label = agattr(G, AGNODE, "label", "\\N");
	s->n_shape = agattr(G, AGNODE, "shape", "ellipse");
	s->n_style = agattr(G, AGNODE, "style", "filled");
	s->n_fill = agattr(G, AGNODE, "fillcolor", "#eeeeee");
	s->n_color = agattr(G, AGNODE, "color", "#666666");
	s->n_penwidth = agattr(G, AGNODE, "penwidth", "1");
	s->n_fontsize = agattr(G, AGNODE, "fontsize", "11");
	s->n_tooltip = agattr(G, AGNODE, "tooltip", "");
	s->e_label = agattr(G, AGEDGE, "label", "");
	s->e_tooltip = agattr(G, AGEDGE, "tooltip", "");
	s->e_labeltooltip = agattr(G, AGEDGE, "labeltooltip", "");
	s->e_penwidth = agattr(G, AGEDGE, "penwidth", "1");
	s->e_color = agattr(G, AGEDGE, "color", "#555555");
	s->e_fontcolor = agattr(G, AGEDGE, "fontcolor", "#333333");
	s->e_style = agattr(G, AGEDGE, "style", "solid");
	s->e_weight = agattr(G, AGEDGE, "weight", "1");
	s->e_minlen = agattr(G, AGEDGE, "minlen", "1");
	s->e_url = c->v->link_base ? agattr(G, AGEDGE, "URL", "") : NULL;
	if (c->v->link_base && (!s->e_url || !agattr(G, AGEDGE, "target", "_blank")))
		return -1;
	if (!s->n_label || !s->n_shape || !s->n_style || !s->n_fill || !s->n_color || !s->n_penwidth ||
	    !s->n_fontsize || !s->n_tooltip || !s->e_label || !s->e_tooltip || !s->e_labeltooltip ||
	    !s->e_penwidth || !s->e_color || !s->e_fontcolor || !s->e_style || !s->e_weight || !s->e_minlen)
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

/* Sets an HTML-like label from the buffer. */
static int set_html(Agraph_t *G, void *obj, Agsym_t *sym, vnkg_buf *b)
{
	char *html;
	int rc;

	if (b->oom)
		return -1;
	html = agstrdup_html(G, (char *)vnkg_i_buf_cstr(b));
	if (!html)
		return -1;
	rc = agxset(obj, sym, html);
	agstrfree(G, html);
	return rc;
}

static int set_text(void *obj, Agsym_t *sym, const char *text)
{
	return agxset(obj, sym, (char *)text);
}

/* The graph's title. */
static int add_title(struct ctx *c)
{
	const vnkg_i_view *v = c->v;
	vnkg_buf *b = &c->b;
	size_t i, edges = 0;

	for (i = 0; i < v->edges; i++)
		edges += v->edge_in[i];
	vnkg_i_buf_clear(b);
	if (v->kind == VNKG_VIEW_NEIGHBOURHOOD) {
		vnkg_i_buf_puts(b, "Quan hệ của ");
		dot_text(b, vnkg_i_write_node_label(c->g, v->focus), LABEL_BACKSLASHES);
		vnkg_i_buf_printf(b, " (trong %u bước)", v->depth);
	} else if (v->kind == VNKG_VIEW_TIMELINE) {
		vnkg_i_buf_puts(b, "Dòng thời gian các sự kiện");
		if (v->focus != VNKG_I_NO_NODE) {
			vnkg_i_buf_puts(b, " của ");
			dot_text(b, vnkg_i_write_node_label(c->g, v->focus), LABEL_BACKSLASHES);
		}
		vnkg_i_buf_puts(b, ": ai chủ trì, quán triệt và triển khai văn bản nào");
		if (v->undated)
			vnkg_i_buf_printf(b, "\\n(%zu sự kiện chưa rõ ngày không có trên trục thời gian)", v->undated);
	} else {
		vnkg_i_buf_puts(b, "Đồ thị tri thức");
	}
	vnkg_i_buf_printf(b, "\\n%zu nút, %zu quan hệ", v->shown_nodes, edges);
	return agsafeset(c->G, "label", (char *)vnkg_i_buf_cstr(b), "") == 0 ? 0 : -1;
}

/* The legend: one sample node per type drawn, in a dashed cluster. With
 * sfdp, which ignores clusters, invisible edges keep the samples together. */
static int add_legend(struct ctx *c, const char *engine)
{
	const vnkg_i_view *v = c->v;
	Agraph_t *legend = agsubg(c->G, "cluster_legend", 1);
	Agnode_t *node, *prev = NULL;
	unsigned char present[VNKG_I_TYPE_COUNT] = {0};
	char name[32];
	size_t i, t;

	if (!legend || agsafeset(legend, "label", "Chú giải", "") != 0 ||
	    agsafeset(legend, "style", "dashed", "") != 0 || agsafeset(legend, "color", "#999999", "") != 0 ||
	    agsafeset(legend, "fontsize", "12", "") != 0)
		return -1;
	for (i = 0; i < v->nodes; i++) {
		if (!v->node_in[i])
			continue;
		for (t = 0; t < VNKG_I_TYPE_COUNT; t++)
			if (strcmp(vnkg_i_type_styles[t].type, vnkg_i_graph_node_attr_at(c->g, i, VNKG_I_NODE_TYPE)) == 0)
				present[t] = 1;
	}
	for (t = 0; t < VNKG_I_TYPE_COUNT; t++) {
		const vnkg_i_type_style *ts = &vnkg_i_type_styles[t];

		if (!present[t])
			continue;
		snprintf(name, sizeof(name), "legend_%s", ts->type);
		node = agnode(legend, name, 1);
		if (!node || set_text(node, c->s.n_label, ts->legend) != 0 ||
		    set_text(node, c->s.n_shape, ts->shape) != 0 || set_text(node, c->s.n_style, ts->style) != 0 ||
		    set_text(node, c->s.n_fill, ts->fill) != 0 || set_text(node, c->s.n_color, ts->border) != 0 ||
		    set_text(node, c->s.n_fontsize, "10") != 0 || set_text(node, c->s.n_tooltip, ts->type) != 0)
			return -1;
		c->legend[t] = node;
		if (prev && strcmp(engine, "dot") != 0) {
			Agedge_t *e = agedge(c->G, prev, node, NULL, 1);

			if (!e || agsafeset(e, "style", "invis", "") != 0)
				return -1;
		}
		prev = node;
	}
	return 0;
}

/* The HTML-like label of a node: its name wrapped, and under it in a smaller
 * grey font the date of an event or a directive, or the rank of a person. */
static int node_label(struct ctx *c, size_t i, const char *type, int focus)
{
	const char *label = vnkg_i_write_node_label(c->g, i);
	const char *extra = "";
	vnkg_buf *b = &c->b;

	if (strcmp(type, "event") == 0 || strcmp(type, "directive") == 0)
		extra = vnkg_i_graph_node_attr_at(c->g, i, VNKG_I_NODE_DATE);
	else if (strcmp(type, "person") == 0)
		extra = vnkg_i_graph_node_attr_at(c->g, i, VNKG_I_NODE_RANK);
	vnkg_i_buf_clear(b);
	if (focus)
		vnkg_i_buf_puts(b, "<B>");
	vnkg_i_write_wrap(b, label, strcmp(type, "event") == 0 ? WRAP_EVENT : WRAP_NAME, "<BR/>", html_text);
	if (focus)
		vnkg_i_buf_puts(b, "</B>");
	if (*extra) {
		vnkg_i_buf_puts(b, "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#444444\">");
		html_text(b, extra);
		vnkg_i_buf_puts(b, "</FONT>");
	}
	return set_html(c->G, c->nodes[i], c->s.n_label, b);
}

/* What hovering a node shows: name, type and mentions, aliases, articles. */
static int node_tooltip(struct ctx *c, size_t i, const char *type)
{
	const char *aliases = vnkg_i_graph_node_attr_at(c->g, i, VNKG_I_NODE_ALIASES);
	const char *sources = vnkg_i_graph_node_attr_at(c->g, i, VNKG_I_NODE_SOURCES);
	const char *number = vnkg_i_graph_node_attr_at(c->g, i, VNKG_I_NODE_NUMBER);
	long mentions = vnkg_graph_node_mentions(c->g, i);
	vnkg_buf *b = &c->b;

	vnkg_i_buf_clear(b);
	dot_text(b, vnkg_i_write_node_label(c->g, i), TOOLTIP_BACKSLASHES);
	vnkg_i_buf_puts(b, "\\n");
	dot_text(b, vnkg_i_graph_node_attr_at(c->g, i, VNKG_I_NODE_KG_ID), TOOLTIP_BACKSLASHES);
	if (*type) {
		vnkg_i_buf_puts(b, " (");
		dot_text(b, type, TOOLTIP_BACKSLASHES);
		vnkg_i_buf_puts(b, ")");
	}
	if (mentions > 0)
		vnkg_i_buf_printf(b, ", %ld lần nhắc đến", mentions);
	if (*number) {
		vnkg_i_buf_puts(b, "\\nsố: ");
		dot_text(b, number, TOOLTIP_BACKSLASHES);
	}
	if (*aliases) {
		vnkg_i_buf_puts(b, "\\ntên khác: ");
		dot_text(b, aliases, TOOLTIP_BACKSLASHES);
	}
	if (*sources) {
		vnkg_i_buf_puts(b, "\\nbài: ");
		dot_text(b, sources, TOOLTIP_BACKSLASHES);
	}
	return set_buf(c->nodes[i], c->s.n_tooltip, b);
}

static int add_node(struct ctx *c, size_t i)
{
	const char *type = vnkg_i_graph_node_attr_at(c->g, i, VNKG_I_NODE_TYPE);
	const vnkg_i_type_style *t = vnkg_i_write_type_style(type);
	int focus = i == c->v->focus;
	char name[32];

	snprintf(name, sizeof(name), "n%zu", i);
	c->nodes[i] = agnode(c->G, name, 1);
	if (!c->nodes[i])
		return -1;
	if (node_label(c, i, type, focus) != 0 || node_tooltip(c, i, type) != 0)
		return -1;
	if (set_text(c->nodes[i], c->s.n_shape, t->shape) != 0 ||
	    set_text(c->nodes[i], c->s.n_style, t->style) != 0 ||
	    set_text(c->nodes[i], c->s.n_fill, t->fill) != 0 || set_text(c->nodes[i], c->s.n_color, t->border) != 0)
		return -1;
	if (focus && (set_text(c->nodes[i], c->s.n_penwidth, "3") != 0 ||
		      set_text(c->nodes[i], c->s.n_fontsize, "13") != 0))
		return -1;
	return 0;
}

/* One edge's part of a tooltip: the sentence it was read from (without one,
 * the triple), the role, then the article and date. */
static void edge_tooltip_one(struct ctx *c, size_t i, size_t from, size_t to, const char *label)
{
	const char *evidence = vnkg_i_graph_edge_attr_at(c->g, i, VNKG_I_EDGE_EVIDENCE);
	const char *source = vnkg_i_graph_edge_attr_at(c->g, i, VNKG_I_EDGE_SOURCE);
	const char *date = vnkg_i_graph_edge_attr_at(c->g, i, VNKG_I_EDGE_DATE);
	const char *role = vnkg_i_graph_edge_attr_at(c->g, i, VNKG_I_EDGE_ROLE);
	vnkg_buf *b = &c->b;

	if (*evidence) {
		dot_text(b, evidence, TOOLTIP_BACKSLASHES);
	} else {
		dot_text(b, vnkg_i_write_node_label(c->g, from), TOOLTIP_BACKSLASHES);
		vnkg_i_buf_puts(b, " — ");
		dot_text(b, label, TOOLTIP_BACKSLASHES);
		vnkg_i_buf_puts(b, " → ");
		dot_text(b, vnkg_i_write_node_label(c->g, to), TOOLTIP_BACKSLASHES);
	}
	if (*role) {
		vnkg_i_buf_puts(b, "\\nchức vụ: ");
		dot_text(b, role, TOOLTIP_BACKSLASHES);
	}
	if (*source || *date) {
		vnkg_i_buf_puts(b, "\\n(");
		dot_text(b, source, TOOLTIP_BACKSLASHES);
		if (*source && *date)
			vnkg_i_buf_puts(b, ", ");
		dot_text(b, date, TOOLTIP_BACKSLASHES);
		vnkg_i_buf_puts(b, ")");
	}
}

/* What hovering an edge or its label shows: for each edge drawn as this
 * one, where it came from (edge_tooltip_one), a blank line apart. */
static int edge_tooltip(struct ctx *c, size_t first, size_t from, size_t to, const char *label, Agedge_t *edge)
{
	const char *source = vnkg_i_graph_edge_attr_at(c->g, first, VNKG_I_EDGE_SOURCE);
	vnkg_buf *b = &c->b;
	size_t i, shown = 0;

	vnkg_i_buf_clear(b);
	for (i = first; i != NO_EDGE; i = c->next[i]) {
		if (shown == TOOLTIP_SENTENCES) {
			vnkg_i_buf_printf(b, "\\n\\n… và %zu lần khác", c->count[first] - shown);
			break;
		}
		if (shown++)
			vnkg_i_buf_puts(b, "\\n\\n");
		edge_tooltip_one(c, i, from, to, label);
	}
	if (set_buf(edge, c->s.e_tooltip, b) != 0 || set_buf(edge, c->s.e_labeltooltip, b) != 0)
		return -1;
	if (c->s.e_url && *source) {
		vnkg_i_buf_clear(b);
		dot_text(b, c->v->link_base, LABEL_BACKSLASHES);
		dot_text(b, source, LABEL_BACKSLASHES);
		vnkg_i_buf_puts(b, ".txt");
		if (set_buf(edge, c->s.e_url, b) != 0)
			return -1;
	}
	return 0;
}

static int add_edge(struct ctx *c, size_t i)
{
	const char *relation = vnkg_i_graph_edge_attr_at(c->g, i, VNKG_I_EDGE_RELATION);
	const vnkg_i_relation_style *r = vnkg_i_write_relation_style(relation);
	const char *label = vnkg_i_write_edge_label(c->g, i);
	size_t from = 0, to = 0;
	char name[32], width[40];
	Agedge_t *edge;
	size_t j;
	double w;

	if (vnkg_graph_edge_ends(c->g, i, &from, &to) < 0)
		return -1;
	/* a name per edge keeps parallel edges apart (written as key=) */
	snprintf(name, sizeof(name), "e%zu", i);
	edge = agedge(c->G, c->nodes[from], c->nodes[to], name, 1);
	if (!edge)
		return -1;

	vnkg_i_buf_clear(&c->b);
	dot_text(&c->b, label, LABEL_BACKSLASHES);
	if (c->count[i] > 1)
		vnkg_i_buf_printf(&c->b, " ×%zu", c->count[i]);
	if (c->b.len && set_buf(edge, c->s.e_label, &c->b) != 0)
		return -1;
	if (edge_tooltip(c, i, from, to, label, edge) != 0)
		return -1;
	if (set_text(edge, c->s.e_color, r->color) != 0 || set_text(edge, c->s.e_fontcolor, r->color) != 0 ||
	    (strcmp(r->style, "solid") != 0 && set_text(edge, c->s.e_style, r->style) != 0))
		return -1;

	/* seen more often, drawn thicker: 1 + log2(weight), at most 5 */
	w = 0.0;
	for (j = i; j != NO_EDGE; j = c->next[j])
		w += vnkg_i_write_weight(c->g, j);
	if (isfinite(w) && w > 1.0) {
		w = 1.0 + log2(w);
		if (w > 5.0)
			w = 5.0;
		snprintf(width, sizeof(width), "%.2f", w);
		if (set_text(edge, c->s.e_penwidth, width) != 0)
			return -1;
	}
	return 0;
}

/* ------------------------------------------------------------ timeline */

struct dated_event {
	size_t node;
	const char *date;
};

static int by_date(const void *a, const void *b)
{
	const struct dated_event *x = a, *y = b;
	int d = strcmp(x->date, y->date);

	if (d)
		return d;
	return x->node < y->node ? -1 : x->node > y->node;
}

/* Events left to right in date order: one column per year (a rank=same
 * subgraph holding a year heading and the year's events, top to bottom in
 * date order through invisible edges), the headings joined by an axis. */
static int add_timeline(struct ctx *c)
{
	const vnkg_i_view *v = c->v;
	struct dated_event *events = malloc((v->nodes ? v->nodes : 1) * sizeof(*events));
	Agnode_t *year_node = NULL, *prev_year = NULL, *prev = NULL;
	Agraph_t *column = NULL;
	char year[5] = "", name[32];
	size_t n = 0, i;
	int err = -1;

	if (!events)
		return -1;
	for (i = 0; i < v->nodes; i++) {
		if (!v->node_in[i] || strcmp(vnkg_i_graph_node_attr_at(c->g, i, VNKG_I_NODE_TYPE), "event") != 0)
			continue;
		events[n].node = i;
		events[n].date = vnkg_i_graph_node_attr_at(c->g, i, VNKG_I_NODE_DATE);
		if (strlen(events[n].date) >= 4)
			n++;
	}
	qsort(events, n, sizeof(*events), by_date);
	for (i = 0; i < n; i++) {
		Agedge_t *e;

		if (strncmp(year, events[i].date, 4) != 0) {
			memcpy(year, events[i].date, 4);
			year[4] = '\0';
			snprintf(name, sizeof(name), "year_%s", year);
			column = agsubg(c->G, name, 1);
			snprintf(name, sizeof(name), "y%s", year);
			year_node = column ? agnode(column, name, 1) : NULL;
			if (!column || !year_node || agsafeset(column, "rank", "same", "") != 0 ||
			    set_text(year_node, c->s.n_label, year) != 0 ||
			    set_text(year_node, c->s.n_shape, "plaintext") != 0 ||
			    set_text(year_node, c->s.n_style, "solid") != 0 ||
			    set_text(year_node, c->s.n_fontsize, "20") != 0 ||
			    set_text(year_node, c->s.n_tooltip, year) != 0)
				goto cleanup;
			if (prev_year) {
				/* the time axis; long enough for a column of people
				 * and one of documents between two years */
				e = agedge(c->G, prev_year, year_node, NULL, 1);
				if (!e || set_text(e, c->s.e_color, "#9a9a9a") != 0 ||
				    set_text(e, c->s.e_penwidth, "2") != 0 || set_text(e, c->s.e_minlen, "3") != 0 ||
				    set_text(e, c->s.e_weight, "10") != 0 ||
				    set_text(e, c->s.e_tooltip, "thời gian") != 0)
					goto cleanup;
			}
			prev_year = prev = year_node;
		}
		if (!agsubnode(column, c->nodes[events[i].node], 1))
			goto cleanup;
		e = agedge(c->G, prev, c->nodes[events[i].node], NULL, 1);
		if (!e || set_text(e, c->s.e_style, "invis") != 0)
			goto cleanup;
		prev = c->nodes[events[i].node];
	}
	/* the legend in a column after the last year, top right, rather than
	 * over the first year where it would make the picture taller */
	for (i = 0; prev_year && i < VNKG_I_TYPE_COUNT; i++) {
		Agedge_t *e;

		if (!c->legend[i])
			continue;
		e = agedge(c->G, prev_year, c->legend[i], NULL, 1);
		if (!e || set_text(e, c->s.e_style, "invis") != 0)
			goto cleanup;
	}
	err = 0;

cleanup:
	free(events);
	return err;
}

/* ------------------------------------------------------------ merging */

struct edge_key {
	size_t from, to, edge;
	const char *relation;
};

static int by_ends(const void *a, const void *b)
{
	const struct edge_key *x = a, *y = b;
	int d;

	if (x->from != y->from)
		return x->from < y->from ? -1 : 1;
	if (x->to != y->to)
		return x->to < y->to ? -1 : 1;
	d = strcmp(x->relation, y->relation);
	if (d)
		return d;
	return x->edge < y->edge ? -1 : x->edge > y->edge;
}

/* Edges drawn with the same ends and relation are drawn as one (the first
 * of them), so that a drawing shows "giữ chức ×3" rather than three labels
 * on top of each other; the tooltip keeps every sentence. Sets c->next
 * (members in edge order) and c->count (on the first member). */
static int group_edges(struct ctx *c)
{
	const vnkg_i_view *v = c->v;
	struct edge_key *keys = malloc((v->edges ? v->edges : 1) * sizeof(*keys));
	size_t n = 0, i;

	c->next = malloc((v->edges ? v->edges : 1) * sizeof(size_t));
	c->count = calloc(v->edges ? v->edges : 1, sizeof(size_t));
	if (!keys || !c->next || !c->count) {
		free(keys);
		return -1;
	}
	for (i = 0; i < v->edges; i++) {
		c->next[i] = NO_EDGE;
		if (!v->edge_in[i])
			continue;
		keys[n].edge = i;
		keys[n].from = keys[n].to = 0;
		vnkg_graph_edge_ends(c->g, i, &keys[n].from, &keys[n].to);
		keys[n].relation = vnkg_i_graph_edge_attr_at(c->g, i, VNKG_I_EDGE_RELATION);
		n++;
	}
	qsort(keys, n, sizeof(*keys), by_ends);
	for (i = 0; i < n; i++) {
		if (i > 0 && keys[i].from == keys[i - 1].from && keys[i].to == keys[i - 1].to &&
		    strcmp(keys[i].relation, keys[i - 1].relation) == 0) {
			c->next[keys[i - 1].edge] = keys[i].edge;
			continue;
		}
		/* the first of a group */
		c->count[keys[i].edge] = 1;
	}
	/* count the members from each first */
	for (i = 0; i < v->edges; i++) {
		size_t j;

		if (!c->count[i])
			continue;
		for (j = c->next[i]; j != NO_EDGE; j = c->next[j])
			c->count[i]++;
	}
	free(keys);
	return 0;
}

/* ------------------------------------------------------------ whole */

static int build(struct ctx *c, const char *engine)
{
	const vnkg_i_view *v = c->v;
	size_t i;

	if (declare(c, engine) != 0 || add_title(c) != 0 || add_legend(c, engine) != 0)
		return -1;
	c->nodes = calloc(v->nodes ? v->nodes : 1, sizeof(*c->nodes));
	if (!c->nodes)
		return -1;
	for (i = 0; i < v->nodes; i++)
		if (v->node_in[i] && add_node(c, i) != 0)
			return -1;
	if (group_edges(c) != 0)
		return -1;
	for (i = 0; i < v->edges; i++)
		if (c->count[i] && add_edge(c, i) != 0)
			return -1;
	if (v->kind == VNKG_VIEW_TIMELINE && add_timeline(c) != 0)
		return -1;
	return 0;
}

int vnkg_i_dot_build(void **out, const vnkg_graph *g, const vnkg_i_view *v, void *disc)
{
	struct ctx c;
	const char *name = v->kind == VNKG_VIEW_TIMELINE ? "timeline"
			   : v->kind == VNKG_VIEW_NEIGHBOURHOOD ? "neighbourhood"
								  : "kg";
	int err = 0;

	memset(&c, 0, sizeof(c));
	c.g = g;
	c.v = v;
	*out = NULL;
	c.G = agopen((char *)name, Agdirected, disc);
	if (!c.G || build(&c, vnkg_i_view_engine(v)) != 0) {
		vnkg_error_set("cannot build the DOT graph in cgraph%s%s (out of memory?)",
			       cgraph_message[0] ? ": " : "", cgraph_message);
		err = VNKG_ERROR;
		if (c.G)
			agclose(c.G);
	} else {
		*out = c.G;
	}
	free(c.nodes);
	free(c.next);
	free(c.count);
	vnkg_i_buf_free(&c.b);
	return err;
}

/* ------------------------------------------------------------ output */

/* agwrite's output goes to a vnkg_i_out through this discipline. */
static int out_putstr(void *chan, const char *str)
{
	vnkg_i_out *o = chan;

	vnkg_i_buf_puts(&o->buf, str);
	return vnkg_i_out_maybe_flush(o) == 0 ? 0 : EOF;
}

static int out_flush(void *chan)
{
	(void)chan;
	return 0;
}

int vnkg_i_dot_emit(vnkg_i_out *o, const vnkg_graph *g, const void *payload)
{
	Agiodisc_t io;
	Agdisc_t disc;
	vnkg_i_dot_errf previous = vnkg_i_dot_quiet_begin();
	void *G = NULL;
	int err;

	io.afread = AgIoDisc.afread;
	io.putstr = out_putstr;
	io.flush = out_flush;
	disc.mem = &AgMemDisc;
	disc.id = &AgIdDisc;
	disc.io = &io;
	err = vnkg_i_dot_build(&G, g, payload, &disc);
	if (err == 0 && agwrite(G, o) != 0 && o->err == 0) {
		vnkg_error_set("cgraph could not write the DOT graph%s%s", cgraph_message[0] ? ": " : "",
			       cgraph_message);
		err = VNKG_ERROR;
	}
	if (err == 0)
		err = o->err;
	if (G)
		agclose(G);
	vnkg_i_dot_quiet_end(previous);
	return err;
}

int vnkg_write_dot(const vnkg_graph *g, const char *path)
{
	vnkg_i_view v;
	int err;

	if (!g || !path || !*path) {
		vnkg_error_set("vnkg_write_dot: no graph or no output path given");
		return VNKG_EINVALID;
	}
	err = vnkg_i_view_select(&v, g, NULL);
	if (err < 0)
		return err;
	err = vnkg_i_write_run("vnkg_write_dot", path, NULL, NULL, vnkg_i_dot_emit, g, &v);
	vnkg_i_view_free(&v);
	return err;
}
