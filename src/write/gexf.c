#include <math.h>
#include <stdio.h>
#include <string.h>

#include "graph/graph_i.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/write.h"
#include "write/write_i.h"

/* GEXF 1.3 writer, for Gephi's Timeline (DESIGN.md). What Gephi's GEXF
 * importer reads: node and edge `label`; `start`/`end` on nodes and edges
 * (parsed by timeformat, here ISO dates); edge `weight`; edge `kind`, which
 * keeps parallel edges of different relations apart where GraphML import
 * would merge them; viz:color (r, g, b) and viz:size. Every other contract
 * key is a static attribute declared in <attributes>. Valid against
 * gexf.rng (tests/schema/gexf). */

/* Node keys that are attributes: all but label (the node's label). */
static int node_attr(int k)
{
	return k != VNKG_I_NODE_LABEL;
}

/* Edge keys that are attributes: all but label and weight (GEXF's own). */
static int edge_attr(int k)
{
	return k != VNKG_I_EDGE_LABEL && k != VNKG_I_EDGE_WEIGHT;
}

static void put_header(vnkg_buf *b, const vnkg_graph *g)
{
	int k;

	vnkg_i_buf_printf(b,
			  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			  "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
			  "version=\"1.3\">\n"
			  "  <meta>\n    <creator>vnkg</creator>\n"
			  "    <description>Knowledge graph of Vietnamese news: %zu nodes, %zu edges</description>\n"
			  "  </meta>\n"
			  "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" "
			  "timerepresentation=\"interval\">\n"
			  "    <attributes class=\"node\" mode=\"static\">\n",
			  vnkg_graph_node_count(g), vnkg_graph_edge_count(g));
	for (k = 0; k < VNKG_I_GRAPH_NODE_KEYS; k++)
		if (node_attr(k))
			vnkg_i_buf_printf(b, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n",
					  vnkg_graph_node_keys[k], vnkg_graph_node_keys[k],
					  k == VNKG_I_NODE_MENTIONS ? "integer" : "string");
	vnkg_i_buf_puts(b, "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n");
	for (k = 0; k < VNKG_I_GRAPH_EDGE_KEYS; k++)
		if (edge_attr(k))
			vnkg_i_buf_printf(b, "      <attribute id=\"%s\" title=\"%s\" type=\"string\"/>\n",
					  vnkg_graph_edge_keys[k], vnkg_graph_edge_keys[k]);
	vnkg_i_buf_puts(b, "    </attributes>\n");
}

/* start="..." end="..." for a date the contract allows; nothing otherwise. */
static void put_span(vnkg_buf *b, const char *date)
{
	char first[11], last[11];

	if (date && *date && vnkg_i_write_date_span(date, first, last) == 0)
		vnkg_i_buf_printf(b, " start=\"%s\" end=\"%s\"", first, last);
}

static void put_attvalue(vnkg_buf *b, const char *key, const char *value)
{
	size_t start = b->len, text;

	vnkg_i_buf_printf(b, "          <attvalue for=\"%s\" value=\"", key);
	text = b->len;
	vnkg_i_write_xml_escape_attr(b, value);
	if (b->len == text && !b->oom) {
		/* nothing left after cleaning: no attvalue */
		b->len = start;
		b->ptr[start] = '\0';
		return;
	}
	vnkg_i_buf_puts(b, "\"/>\n");
}

/* The event of a node, if it is one with a date. */
static const char *event_date(const vnkg_graph *g, size_t node)
{
	if (strcmp(vnkg_i_graph_node_attr_at(g, node, VNKG_I_NODE_TYPE), "event") != 0)
		return "";
	return vnkg_i_graph_node_attr_at(g, node, VNKG_I_NODE_DATE);
}

static void put_node(vnkg_buf *b, const vnkg_graph *g, size_t node)
{
	const vnkg_i_type_style *t = vnkg_i_write_type_style(vnkg_i_graph_node_attr_at(g, node, VNKG_I_NODE_TYPE));
	long mentions = vnkg_graph_node_mentions(g, node);
	double size;
	const char *v;
	int k;

	vnkg_i_buf_puts(b, "      <node id=\"");
	vnkg_i_write_xml_escape(b, vnkg_i_graph_node_attr_at(g, node, VNKG_I_NODE_KG_ID));
	vnkg_i_buf_puts(b, "\" label=\"");
	vnkg_i_write_xml_escape_token(b, vnkg_i_write_node_label(g, node));
	vnkg_i_buf_putc(b, '"');
	/* an event exists on its day (or through its month or year) */
	put_span(b, event_date(g, node));
	vnkg_i_buf_puts(b, ">\n        <attvalues>\n");
	for (k = 0; k < VNKG_I_GRAPH_NODE_KEYS; k++) {
		if (!node_attr(k))
			continue;
		v = vnkg_i_graph_node_attr_at(g, node, k);
		if (!v || !*v)
			continue;
		if (k == VNKG_I_NODE_MENTIONS)
			vnkg_i_buf_printf(b, "          <attvalue for=\"mentions\" value=\"%ld\"/>\n", mentions);
		else
			put_attvalue(b, vnkg_graph_node_keys[k], v);
	}
	/* the size grows with the square root of the mentions, 10 to 50 */
	size = 10.0 + 5.0 * sqrt(mentions > 0 ? (double)mentions : 0.0);
	if (size > 50.0)
		size = 50.0;
	vnkg_i_buf_printf(b,
			  "        </attvalues>\n"
			  "        <viz:color r=\"%u\" g=\"%u\" b=\"%u\"/>\n"
			  "        <viz:size value=\"%.1f\"/>\n"
			  "      </node>\n",
			  t->r, t->g, t->b, size);
}

static void put_edge(vnkg_buf *b, const vnkg_graph *g, size_t edge)
{
	const vnkg_i_relation_style *r;
	const char *date, *v, *relation;
	char weight[40];
	size_t from = 0, to = 0;
	int k;

	vnkg_graph_edge_ends(g, edge, &from, &to);
	relation = vnkg_i_graph_edge_attr_at(g, edge, VNKG_I_EDGE_RELATION);
	vnkg_i_buf_printf(b, "      <edge id=\"e%zu\" source=\"", edge);
	vnkg_i_write_xml_escape(b, vnkg_i_graph_node_attr_at(g, from, VNKG_I_NODE_KG_ID));
	vnkg_i_buf_puts(b, "\" target=\"");
	vnkg_i_write_xml_escape(b, vnkg_i_graph_node_attr_at(g, to, VNKG_I_NODE_KG_ID));
	vnkg_i_buf_puts(b, "\" label=\"");
	vnkg_i_write_xml_escape_token(b, vnkg_i_write_edge_label(g, edge));
	vnkg_i_buf_puts(b, "\" kind=\"");
	vnkg_i_write_xml_escape_token(b, *relation ? relation : "related");
	vnkg_i_graph_format_double(weight, sizeof(weight), vnkg_i_write_weight(g, edge));
	vnkg_i_buf_printf(b, "\" weight=\"%s\"", weight);
	/* the edge's own date, else that of the dated event it touches */
	date = vnkg_i_graph_edge_attr_at(g, edge, VNKG_I_EDGE_DATE);
	if (!*date)
		date = event_date(g, to);
	if (!*date)
		date = event_date(g, from);
	put_span(b, date);
	vnkg_i_buf_puts(b, ">\n        <attvalues>\n");
	for (k = 0; k < VNKG_I_GRAPH_EDGE_KEYS; k++) {
		if (!edge_attr(k))
			continue;
		v = vnkg_i_graph_edge_attr_at(g, edge, k);
		if (v && *v)
			put_attvalue(b, vnkg_graph_edge_keys[k], v);
	}
	r = vnkg_i_write_relation_style(relation);
	vnkg_i_buf_puts(b, "        </attvalues>\n");
	if (r->color[0] == '#' && strlen(r->color) == 7)
		vnkg_i_buf_printf(b, "        <viz:color hex=\"%s\"/>\n", r->color);
	vnkg_i_buf_puts(b, "      </edge>\n");
}

int vnkg_i_gexf_emit(vnkg_i_out *o, const vnkg_graph *g, const void *payload)
{
	size_t i, n;

	(void)payload;
	put_header(&o->buf, g);
	n = vnkg_graph_node_count(g);
	vnkg_i_buf_printf(&o->buf, "    <nodes count=\"%zu\">\n", n);
	for (i = 0; i < n && vnkg_i_out_maybe_flush(o) == 0; i++)
		put_node(&o->buf, g, i);
	n = vnkg_graph_edge_count(g);
	vnkg_i_buf_printf(&o->buf, "    </nodes>\n    <edges count=\"%zu\">\n", n);
	for (i = 0; i < n && vnkg_i_out_maybe_flush(o) == 0; i++)
		put_edge(&o->buf, g, i);
	vnkg_i_buf_puts(&o->buf, "    </edges>\n  </graph>\n</gexf>\n");
	return vnkg_i_out_maybe_flush(o);
}

int vnkg_write_gexf(const vnkg_graph *g, const char *path)
{
	return vnkg_i_write_run("vnkg_write_gexf", path, NULL, NULL, vnkg_i_gexf_emit, g, NULL);
}
