#include <stdio.h>
#include <string.h>

#include "graph/graph_i.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/write.h"
#include "write/write_i.h"

/* CSV node and edge tables (RFC 4180). The first columns carry the names
 * Gephi's spreadsheet import gives a meaning (Id, Label; Source, Target,
 * Type, Id, Label, Weight, Kind; matched without regard to case, which is
 * why the contract's "label" is not repeated), the rest are the contract's
 * keys as they are, for pandas.read_csv and spreadsheets, but for the edge
 * key "source" (the article id), named "article" because Gephi would take
 * it for the Source column. */

#define CRLF "\r\n"

static void field(vnkg_buf *b, const char *text, int first)
{
	if (!first)
		vnkg_i_buf_putc(b, ',');
	vnkg_i_write_csv_field(b, text);
}

static void node_table(vnkg_i_out *o, const vnkg_graph *g)
{
	size_t i, n = vnkg_graph_node_count(g);
	char mentions[32];
	int k;

	vnkg_i_buf_puts(&o->buf, "Id,Label");
	for (k = 0; k < VNKG_I_GRAPH_NODE_KEYS; k++)
		if (k != VNKG_I_NODE_KG_ID && k != VNKG_I_NODE_LABEL)
			vnkg_i_buf_printf(&o->buf, ",%s", vnkg_graph_node_keys[k]);
	vnkg_i_buf_puts(&o->buf, CRLF);
	for (i = 0; i < n && vnkg_i_out_maybe_flush(o) == 0; i++) {
		field(&o->buf, vnkg_i_graph_node_attr_at(g, i, VNKG_I_NODE_KG_ID), 1);
		field(&o->buf, vnkg_i_graph_node_attr_at(g, i, VNKG_I_NODE_LABEL), 0);
		for (k = 0; k < VNKG_I_GRAPH_NODE_KEYS; k++) {
			if (k == VNKG_I_NODE_KG_ID || k == VNKG_I_NODE_LABEL)
				continue;
			if (k == VNKG_I_NODE_MENTIONS) {
				snprintf(mentions, sizeof(mentions), "%ld", vnkg_graph_node_mentions(g, i));
				field(&o->buf, mentions, 0);
			} else {
				field(&o->buf, vnkg_i_graph_node_attr_at(g, i, k), 0);
			}
		}
		vnkg_i_buf_puts(&o->buf, CRLF);
	}
}

static void edge_table(vnkg_i_out *o, const vnkg_graph *g)
{
	size_t i, m = vnkg_graph_edge_count(g), from, to;
	char id[32], weight[40];
	int k;

	vnkg_i_buf_puts(&o->buf, "Source,Target,Type,Id,Label,Weight,Kind");
	for (k = 0; k < VNKG_I_GRAPH_EDGE_KEYS; k++)
		if (k != VNKG_I_EDGE_LABEL && k != VNKG_I_EDGE_WEIGHT)
			vnkg_i_buf_printf(&o->buf, ",%s", k == VNKG_I_EDGE_SOURCE ? "article" : vnkg_graph_edge_keys[k]);
	vnkg_i_buf_puts(&o->buf, CRLF);
	for (i = 0; i < m && vnkg_i_out_maybe_flush(o) == 0; i++) {
		from = to = 0;
		vnkg_graph_edge_ends(g, i, &from, &to);
		snprintf(id, sizeof(id), "e%zu", i);
		vnkg_i_graph_format_double(weight, sizeof(weight), vnkg_i_write_weight(g, i));
		field(&o->buf, vnkg_i_graph_node_attr_at(g, from, VNKG_I_NODE_KG_ID), 1);
		field(&o->buf, vnkg_i_graph_node_attr_at(g, to, VNKG_I_NODE_KG_ID), 0);
		field(&o->buf, "Directed", 0);
		field(&o->buf, id, 0);
		field(&o->buf, vnkg_i_graph_edge_attr_at(g, i, VNKG_I_EDGE_LABEL), 0);
		field(&o->buf, weight, 0);
		field(&o->buf, vnkg_i_graph_edge_attr_at(g, i, VNKG_I_EDGE_RELATION), 0);
		for (k = 0; k < VNKG_I_GRAPH_EDGE_KEYS; k++)
			if (k != VNKG_I_EDGE_LABEL && k != VNKG_I_EDGE_WEIGHT)
				field(&o->buf, vnkg_i_graph_edge_attr_at(g, i, k), 0);
		vnkg_i_buf_puts(&o->buf, CRLF);
	}
}

int vnkg_i_csv_emit(vnkg_i_out *o, const vnkg_graph *g, const void *payload)
{
	if (payload)
		edge_table(o, g);
	else
		node_table(o, g);
	return vnkg_i_out_maybe_flush(o);
}

int vnkg_write_csv(const vnkg_graph *g, const char *nodes_path, const char *edges_path)
{
	static const int edges = 1;
	int err;

	if (!nodes_path || !edges_path || !*nodes_path || !*edges_path || strcmp(nodes_path, edges_path) == 0) {
		vnkg_error_set("vnkg_write_csv: give two different paths, one for the nodes and one for the edges");
		return VNKG_EINVALID;
	}
	err = vnkg_i_write_run("vnkg_write_csv", nodes_path, NULL, NULL, vnkg_i_csv_emit, g, NULL);
	if (err == 0)
		err = vnkg_i_write_run("vnkg_write_csv", edges_path, NULL, NULL, vnkg_i_csv_emit, g, &edges);
	return err;
}
