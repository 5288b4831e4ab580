#include <stdio.h>
#include <string.h>

#include "graph/graph_i.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/write.h"
#include "write/write_i.h"

/* JSON node-link writer: the form of networkx's node_link_data (nodes with
 * "id", links with "source", "target" and "key" for a multigraph), which
 * networkx.node_link_graph, d3 and pandas.json_normalize read. One node or
 * link per line, keys in contract order. A link's "source" and "target" are
 * its ends, so the contract's edge key "source" (the article id) is written
 * as "article". */

/* The JSON name of an edge key. */
static const char *edge_key_name(int k)
{
	return k == VNKG_I_EDGE_SOURCE ? "article" : vnkg_graph_edge_keys[k];
}

static void put_string(vnkg_buf *b, const char *s)
{
	vnkg_i_buf_putc(b, '"');
	vnkg_i_write_json_escape(b, s);
	vnkg_i_buf_putc(b, '"');
}

static void put_node(vnkg_buf *b, const vnkg_graph *g, size_t node)
{
	int k;

	vnkg_i_buf_puts(b, "    {\"id\": ");
	put_string(b, vnkg_i_graph_node_attr_at(g, node, VNKG_I_NODE_KG_ID));
	for (k = 0; k < VNKG_I_GRAPH_NODE_KEYS; k++) {
		vnkg_i_buf_printf(b, ", \"%s\": ", vnkg_graph_node_keys[k]);
		if (k == VNKG_I_NODE_MENTIONS)
			vnkg_i_buf_printf(b, "%ld", vnkg_graph_node_mentions(g, node));
		else
			put_string(b, vnkg_i_graph_node_attr_at(g, node, k));
	}
	vnkg_i_buf_putc(b, '}');
}

static void put_link(vnkg_buf *b, const vnkg_graph *g, size_t edge)
{
	size_t from = 0, to = 0;
	char weight[40];
	int k;

	vnkg_graph_edge_ends(g, edge, &from, &to);
	vnkg_i_buf_puts(b, "    {\"source\": ");
	put_string(b, vnkg_i_graph_node_attr_at(g, from, VNKG_I_NODE_KG_ID));
	vnkg_i_buf_puts(b, ", \"target\": ");
	put_string(b, vnkg_i_graph_node_attr_at(g, to, VNKG_I_NODE_KG_ID));
	vnkg_i_buf_printf(b, ", \"key\": \"e%zu\"", edge);
	for (k = 0; k < VNKG_I_GRAPH_EDGE_KEYS; k++) {
		vnkg_i_buf_printf(b, ", \"%s\": ", edge_key_name(k));
		if (k == VNKG_I_EDGE_WEIGHT) {
			vnkg_i_graph_format_double(weight, sizeof(weight), vnkg_i_write_weight(g, edge));
			vnkg_i_buf_puts(b, weight);
		} else {
			put_string(b, vnkg_i_graph_edge_attr_at(g, edge, k));
		}
	}
	vnkg_i_buf_putc(b, '}');
}

int vnkg_i_json_emit(vnkg_i_out *o, const vnkg_graph *g, const void *payload)
{
	size_t i, n = vnkg_graph_node_count(g), m = vnkg_graph_edge_count(g);

	(void)payload;
	vnkg_i_buf_puts(&o->buf, "{\"directed\": true, \"multigraph\": true,\n"
				 " \"graph\": {\"name\": \"vnkg\"},\n \"nodes\": [");
	for (i = 0; i < n && vnkg_i_out_maybe_flush(o) == 0; i++) {
		vnkg_i_buf_puts(&o->buf, i ? ",\n" : "\n");
		put_node(&o->buf, g, i);
	}
	vnkg_i_buf_puts(&o->buf, n ? "\n ],\n \"links\": [" : "],\n \"links\": [");
	for (i = 0; i < m && vnkg_i_out_maybe_flush(o) == 0; i++) {
		vnkg_i_buf_puts(&o->buf, i ? ",\n" : "\n");
		put_link(&o->buf, g, i);
	}
	vnkg_i_buf_puts(&o->buf, m ? "\n ]}\n" : "]}\n");
	return vnkg_i_out_maybe_flush(o);
}

int vnkg_write_json(const vnkg_graph *g, const char *path)
{
	return vnkg_i_write_run("vnkg_write_json", path, NULL, NULL, vnkg_i_json_emit, g, NULL);
}
