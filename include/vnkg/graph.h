#ifndef VNKG_GRAPH_H
#define VNKG_GRAPH_H

#include <stddef.h>

/* The knowledge graph: nodes and directed edges carrying the attributes of the
 * GraphML contract (DESIGN.md), stored as attribute tables beside an igraph_t
 * that is (re)built on demand for graph algorithms.
 *
 * Node keys (all strings, "" when unset): kg_id, type, label, aliases, sources,
 * mentions, date, date_precision, rank, kind, number.
 * Edge keys: relation, label, role, rank, date, source, evidence, weight.
 * "mentions" holds a decimal integer and "weight" a decimal number > 0; use the
 * numeric getters for them. Nodes and edges are numbered 0..count-1 in the
 * order they were added; that order is what writers emit. */

typedef struct vnkg_graph vnkg_graph;

/* The node and edge attribute keys, in contract order, NULL-terminated. */
extern const char *const vnkg_graph_node_keys[];
extern const char *const vnkg_graph_edge_keys[];

/* Creates an empty graph. The caller owns *out (vnkg_graph_free). */
int vnkg_graph_new(vnkg_graph **out);

/* Frees a graph; NULL is fine. */
void vnkg_graph_free(vnkg_graph *g);

size_t vnkg_graph_node_count(const vnkg_graph *g);
size_t vnkg_graph_edge_count(const vnkg_graph *g);

/* Appends a node with the given kg_id (copied) and returns its index in *out
 * (out may be NULL). Returns VNKG_EINVALID when a node with that kg_id exists
 * already or kg_id is NULL or "". Amortised O(1). */
int vnkg_graph_add_node(vnkg_graph *g, size_t *out, const char *kg_id);

/* Appends an edge from -> to and returns its index in *out (out may be
 * NULL). Weight starts at 1. Returns VNKG_EINVALID when an end is out of
 * range. Parallel edges and loops are kept. Amortised O(1). */
int vnkg_graph_add_edge(vnkg_graph *g, size_t *out, size_t from, size_t to);

/* Sets a node/edge attribute (the value is copied; NULL means ""). Returns
 * VNKG_EINVALID for an unknown key or an index out of range. Setting "kg_id"
 * re-indexes the node; it cannot be empty or another node's kg_id
 * (VNKG_EINVALID). "mentions" must be a decimal integer and "weight" a finite
 * decimal number (VNKG_EINVALID otherwise); "" resets them to 0 and 1. */
int vnkg_graph_set_node_attr(vnkg_graph *g, size_t node, const char *key, const char *value);
int vnkg_graph_set_edge_attr(vnkg_graph *g, size_t edge, const char *key, const char *value);

/* Numeric setters for "mentions" and "weight" (stored as their text too).
 * Any weight is stored as given; vnkg_write_graphml writes 1 for a weight
 * that is <= 0, NaN or infinite. */
int vnkg_graph_set_node_mentions(vnkg_graph *g, size_t node, long mentions);
int vnkg_graph_set_edge_weight(vnkg_graph *g, size_t edge, double weight);

/* Attribute getters: borrowed strings, "" when unset, NULL for an unknown key
 * or an index out of range. Valid until the attribute is set again or the
 * graph is freed. */
const char *vnkg_graph_node_attr(const vnkg_graph *g, size_t node, const char *key);
const char *vnkg_graph_edge_attr(const vnkg_graph *g, size_t edge, const char *key);
long vnkg_graph_node_mentions(const vnkg_graph *g, size_t node);
double vnkg_graph_edge_weight(const vnkg_graph *g, size_t edge);

/* The ends of an edge. Returns VNKG_EINVALID for an index out of range. */
int vnkg_graph_edge_ends(const vnkg_graph *g, size_t edge, size_t *from, size_t *to);

/* Finds the node with this kg_id. Returns 0 and *out, or VNKG_ENOTFOUND. */
int vnkg_graph_find(const vnkg_graph *g, size_t *out, const char *kg_id);

/* Reads a GraphML file written by vnkg (or any GraphML with the contract's
 * keys; missing keys read as ""), through igraph's GraphML reader. The caller
 * owns *out. Errors name the file and what is wrong (VNKG_EINVALID for
 * malformed GraphML, VNKG_ERROR for an unreadable path). */
int vnkg_graph_read_graphml(vnkg_graph **out, const char *path);

#endif
