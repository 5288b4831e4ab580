#include <stdio.h>
#include <string.h>

#include "graph/graph_i.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/write.h"
#include "write/write_i.h"

/* GraphML writer, by hand: the contract (DESIGN.md) asks for details that
 * igraph's writer does not give (XML declaration with encoding, key ids and
 * order, for="node"/"edge" only, int/double types, weight always > 0).
 * Each node also gets the colour of its type as the int keys "r", "g", "b",
 * which Gephi's GraphML importer takes as the node colour (and no column),
 * and which igraph, networkx and vnkg's own reader see as plain ints. */

/* Writes one <data> element, or nothing when no character of the value is
 * left after cleaning (so that reading the file back and writing it again
 * gives the same bytes). */
static void put_data(vnkg_buf *b, const char *prefix, const char *key, const char *value)
{
	size_t start = b->len, text;

	vnkg_i_buf_printf(b, "      <data key=\"%s%s\">", prefix, key);
	text = b->len;
	vnkg_i_write_xml_escape(b, value);
	if (b->len == text && !b->oom) {
		b->len = start;
		b->ptr[start] = '\0';
		return;
	}
	vnkg_i_buf_puts(b, "</data>\n");
}

static void put_header(vnkg_buf *b)
{
	int k;

	vnkg_i_buf_puts(b,
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
		"         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
		"         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
		"http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
	for (k = 0; k < VNKG_I_GRAPH_NODE_KEYS; k++)
		vnkg_i_buf_printf(b, "  <key id=\"n_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
				  vnkg_graph_node_keys[k], vnkg_graph_node_keys[k],
				  k == VNKG_I_NODE_MENTIONS ? "int" : "string");
	/* node colour by type, as Gephi's GraphML importer reads it */
	vnkg_i_buf_puts(b, "  <key id=\"n_r\" for=\"node\" attr.name=\"r\" attr.type=\"int\"/>\n"
			   "  <key id=\"n_g\" for=\"node\" attr.name=\"g\" attr.type=\"int\"/>\n"
			   "  <key id=\"n_b\" for=\"node\" attr.name=\"b\" attr.type=\"int\"/>\n");
	for (k = 0; k < VNKG_I_GRAPH_EDGE_KEYS; k++)
		vnkg_i_buf_printf(b, "  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
				  vnkg_graph_edge_keys[k], vnkg_graph_edge_keys[k],
				  k == VNKG_I_EDGE_WEIGHT ? "double" : "string");
	vnkg_i_buf_puts(b, "  <graph id=\"G\" edgedefault=\"directed\">\n");
}

static void put_node(vnkg_buf *b, const vnkg_graph *g, size_t node)
{
	const vnkg_i_type_style *t;
	const char *v;
	int k;

	vnkg_i_buf_printf(b, "    <node id=\"n%zu\">\n", node);
	for (k = 0; k < VNKG_I_GRAPH_NODE_KEYS; k++) {
		v = vnkg_i_graph_node_attr_at(g, node, k);
		if (!v || !*v)
			continue;
		if (k == VNKG_I_NODE_MENTIONS)
			vnkg_i_buf_printf(b, "      <data key=\"n_mentions\">%ld</data>\n",
					  vnkg_graph_node_mentions(g, node));
		else
			put_data(b, "n_", vnkg_graph_node_keys[k], v);
	}
	t = vnkg_i_write_type_style(vnkg_i_graph_node_attr_at(g, node, VNKG_I_NODE_TYPE));
	vnkg_i_buf_printf(b,
			  "      <data key=\"n_r\">%u</data>\n      <data key=\"n_g\">%u</data>\n"
			  "      <data key=\"n_b\">%u</data>\n    </node>\n",
			  t->r, t->g, t->b);
}

static void put_edge(vnkg_buf *b, const vnkg_graph *g, size_t edge)
{
	char weight[40];
	size_t from = 0, to = 0;
	const char *v;
	int k;

	vnkg_graph_edge_ends(g, edge, &from, &to);
	vnkg_i_buf_printf(b, "    <edge id=\"e%zu\" source=\"n%zu\" target=\"n%zu\">\n", edge, from, to);
	for (k = 0; k < VNKG_I_GRAPH_EDGE_KEYS; k++) {
		if (k == VNKG_I_EDGE_WEIGHT)
			continue;
		v = vnkg_i_graph_edge_attr_at(g, edge, k);
		if (v && *v)
			put_data(b, "e_", vnkg_graph_edge_keys[k], v);
	}
	/* Gephi drops zero-weight edges and nothing reads NaN or Inf */
	vnkg_i_graph_format_double(weight, sizeof(weight), vnkg_i_write_weight(g, edge));
	vnkg_i_buf_printf(b, "      <data key=\"e_weight\">%s</data>\n", weight);
	vnkg_i_buf_puts(b, "    </edge>\n");
}

int vnkg_i_graphml_emit(vnkg_i_out *o, const vnkg_graph *g, const void *payload)
{
	size_t i, n;

	(void)payload;
	put_header(&o->buf);
	n = vnkg_graph_node_count(g);
	for (i = 0; i < n && vnkg_i_out_maybe_flush(o) == 0; i++)
		put_node(&o->buf, g, i);
	n = vnkg_graph_edge_count(g);
	for (i = 0; i < n && vnkg_i_out_maybe_flush(o) == 0; i++)
		put_edge(&o->buf, g, i);
	vnkg_i_buf_puts(&o->buf, "  </graph>\n</graphml>\n");
	return vnkg_i_out_maybe_flush(o);
}

int vnkg_write_graphml(const vnkg_graph *g, const char *path)
{
	return vnkg_i_write_run("vnkg_write_graphml", path, NULL, NULL, vnkg_i_graphml_emit, g, NULL);
}
