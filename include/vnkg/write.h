#ifndef VNKG_WRITE_H
#define VNKG_WRITE_H

#include "graph.h"

/* Writers. Each writes to a temporary file next to `path` and renames it into
 * place only when everything was written and closed without error, so a
 * failed run never leaves a truncated file and never clobbers a good one.
 * Output is deterministic: the same graph gives byte-identical files. */

/* GraphML per the contract in DESIGN.md: XML declaration first, UTF-8, keys
 * for="node"/"edge" with ASCII attr.name, mentions as int and weight as double,
 * control characters other than tab and newline removed. */
int vnkg_write_graphml(const vnkg_graph *g, const char *path);

/* DOT through Graphviz cgraph (Agdirected), charset UTF-8, DejaVu Sans on
 * graph, node and edge defaults, shape and colour by node type, the relation's
 * Vietnamese label on edges and the evidence sentence as tooltip. */
int vnkg_write_dot(const vnkg_graph *g, const char *path);

#endif
