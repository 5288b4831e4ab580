#ifndef VNKG_GRAPH_GRAPH_I_H
#define VNKG_GRAPH_GRAPH_I_H

/* Internals of the graph core shared by graph/, write/ and the analytics
 * (private to the library; includes igraph). */

#include <igraph.h>
#include <stddef.h>

#include "vnkg/graph.h"

/* Number of keys in vnkg_graph_node_keys / vnkg_graph_edge_keys. */
#define VNKG_I_GRAPH_NODE_KEYS 11
#define VNKG_I_GRAPH_EDGE_KEYS 8

/* Column indexes of the keys, in contract order. */
enum {
	VNKG_I_NODE_KG_ID = 0,
	VNKG_I_NODE_TYPE,
	VNKG_I_NODE_LABEL,
	VNKG_I_NODE_ALIASES,
	VNKG_I_NODE_SOURCES,
	VNKG_I_NODE_MENTIONS,
	VNKG_I_NODE_DATE,
	VNKG_I_NODE_DATE_PRECISION,
	VNKG_I_NODE_RANK,
	VNKG_I_NODE_KIND,
	VNKG_I_NODE_NUMBER
};

enum {
	VNKG_I_EDGE_RELATION = 0,
	VNKG_I_EDGE_LABEL,
	VNKG_I_EDGE_ROLE,
	VNKG_I_EDGE_RANK,
	VNKG_I_EDGE_DATE,
	VNKG_I_EDGE_SOURCE,
	VNKG_I_EDGE_EVIDENCE,
	VNKG_I_EDGE_WEIGHT
};

/* The column index of a node / edge key, or -1 when the key is unknown. */
int vnkg_i_graph_node_key_index(const char *key);
int vnkg_i_graph_edge_key_index(const char *key);

/* Attribute by column index: borrowed, "" when unset; NULL when the index or
 * the column is out of range. No key lookup, for writers and hot loops. */
const char *vnkg_i_graph_node_attr_at(const vnkg_graph *g, size_t node, int col);
const char *vnkg_i_graph_edge_attr_at(const vnkg_graph *g, size_t edge, int col);

/* The igraph_t view of the graph: vertex i is node i, edge j is edge j
 * (directed, same order). Built lazily on the first call and brought up to
 * date on later calls after nodes or edges were added. The igraph_t belongs
 * to the graph: do not modify or destroy it. *out stays valid until the
 * graph is freed, but only reflects the graph as of the last call: call
 * again after adding nodes or edges. igraph attributes are not set on it;
 * read attributes from the vnkg_graph by index. Returns 0, VNKG_ENOMEM or
 * VNKG_ERROR (igraph failure, message recorded). */
int vnkg_i_graph_igraph(const vnkg_graph *g, const igraph_t **out);

/* Formats a weight the way the graph stores it as text: the shortest of
 * %.15g / %.17g that reads back to the same double. `buf` must hold at
 * least 32 bytes. */
void vnkg_i_graph_format_double(char *buf, size_t size, double v);

#endif
