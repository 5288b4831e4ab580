#ifndef VNKG_WRITE_H
#define VNKG_WRITE_H

#include <stddef.h>

#include "graph.h"

/* Writers. Each writes to a temporary file next to `path` and renames it into
 * place only when everything was written and closed without error, so a
 * failed run never leaves a truncated file and never clobbers a good one.
 * Output is deterministic: the same graph gives byte-identical files. Text
 * is written as UTF-8 with control characters (but tab and newline) and
 * invalid bytes removed. */

/* GraphML per the contract in DESIGN.md: XML declaration first, UTF-8, keys
 * for="node"/"edge" with ASCII attr.name, mentions as int and weight as double
 * (always > 0 and finite), control characters other than tab and newline
 * removed. Nodes also carry Gephi's colour keys "r", "g", "b" (int, by type). */
int vnkg_write_graphml(const vnkg_graph *g, const char *path);

/* DOT of the whole graph through Graphviz cgraph (Agdirected), charset UTF-8,
 * DejaVu Sans on graph, node and edge defaults, shape and colour by node
 * type, a legend, the relation's Vietnamese label on edges and the evidence
 * sentence as tooltip and labeltooltip. Graphs of more than 150 nodes carry
 * layout=sfdp with overlap removal, so `dot -Tsvg FILE` stays fast. */
int vnkg_write_dot(const vnkg_graph *g, const char *path);

/* The same drawing as SVG, laid out in-process by Graphviz (gvc): dot up
 * to 150 nodes, sfdp with overlap removal past that. */
int vnkg_write_svg(const vnkg_graph *g, const char *path);

/* GEXF 1.3 for Gephi's Timeline: mode="dynamic", timeformat="date"; events
 * and the edges of a dated event or with a date of their own have `start`
 * and `end` (a month or a year spans its days); edge `kind` is the relation
 * so that parallel edges stay apart; viz colour by type and size by
 * mentions; every contract key as a static attribute. */
int vnkg_write_gexf(const vnkg_graph *g, const char *path);

/* JSON node-link data (the form networkx's node_link_graph reads):
 * {"directed": true, "multigraph": true, "graph": {...}, "nodes": [...],
 * "links": [...]}; a node is {"id": kg_id, every node key...}, a link is
 * {"source": kg_id, "target": kg_id, "key": "eN", every edge key...},
 * where the edge key "source" (the article id) is named "article" since
 * "source" is the link's tail; mentions and weight are numbers, other
 * values strings ("" when unset). */
int vnkg_write_json(const vnkg_graph *g, const char *path);

/* CSV node and edge tables (RFC 4180: comma-separated, CRLF line ends,
 * fields with a comma, quote or line break quoted). The node table's columns
 * are Id (the kg_id), Label, then the other node keys; the edge table's are
 * Source, Target (kg_ids), Type ("Directed"), Id, Label, Weight, Kind (the
 * relation), then the other edge keys, the key "source" (the article id)
 * named "article" (Gephi matches column names without regard to case): the
 * names Gephi's spreadsheet import recognises, and plain columns for pandas. */
int vnkg_write_csv(const vnkg_graph *g, const char *nodes_path, const char *edges_path);

/* ------------------------------------------------------------ export */

/* The formats of vnkg_export. */
typedef enum {
	VNKG_EXPORT_GRAPHML = 0,
	VNKG_EXPORT_DOT,
	VNKG_EXPORT_SVG,
	VNKG_EXPORT_GEXF,
	VNKG_EXPORT_JSON,
	VNKG_EXPORT_CSV_NODES,
	VNKG_EXPORT_CSV_EDGES
} vnkg_export_format;

/* Parses "graphml", "dot", "svg", "gexf", "json", "csv-nodes" or
 * "csv-edges". Returns 0 or VNKG_EINVALID. */
int vnkg_export_format_parse(vnkg_export_format *out, const char *name);

/* Renders the whole graph in `format` into memory, the same bytes the file
 * writers write. *out is NUL-terminated and the caller frees it with free();
 * *out_len (may be NULL) receives its length. */
int vnkg_export(char **out, size_t *out_len, const vnkg_graph *g, vnkg_export_format format);

/* Writes the whole graph in `format` to `path` (temporary file + rename). */
int vnkg_export_file(const vnkg_graph *g, vnkg_export_format format, const char *path);

/* ------------------------------------------------------------ views */

/* What a view shows. */
typedef enum {
	VNKG_VIEW_WHOLE = 0,     /* every node and edge */
	VNKG_VIEW_NEIGHBOURHOOD, /* the nodes within `depth` edges of `focus`
				    (either direction) and the edges among them */
	VNKG_VIEW_TIMELINE       /* dated events left to right in date order, one
				    column (rank=same) per year, with who chaired
				    each and what it disseminated or implemented;
				    with a focus, only the events linked to it */
} vnkg_view_kind;

typedef struct vnkg_view_options {
	unsigned int version;
	vnkg_view_kind kind;
	size_t focus;          /* a node index (vnkg_graph_find, vnkg_query_resolve)
				  or VNKG_VIEW_NO_FOCUS; required for a
				  neighbourhood, optional for a timeline */
	unsigned int depth;    /* neighbourhood radius, >= 1 */
	const char *link_base; /* NULL (default): no URLs in the drawing. Else
				  each edge with a source links to
				  link_base + source + ".txt" */
} vnkg_view_options;

#define VNKG_VIEW_NO_FOCUS ((size_t)-1)
#define VNKG_VIEW_OPTIONS_VERSION 1
#define VNKG_VIEW_OPTIONS_INIT {VNKG_VIEW_OPTIONS_VERSION, VNKG_VIEW_WHOLE, VNKG_VIEW_NO_FOCUS, 1, NULL}

/* Renders a view as DOT or SVG (format VNKG_EXPORT_DOT or VNKG_EXPORT_SVG;
 * VNKG_EINVALID otherwise) into memory; opts NULL means the whole graph.
 * The drawing is styled as vnkg_write_dot's; the focus is drawn bold. A
 * view of up to 150 nodes is laid out by dot (a timeline always is), a
 * larger one by sfdp. VNKG_EINVALID for a focus out of range or missing
 * where it is needed. *out is NUL-terminated, the caller frees it; *out_len
 * may be NULL. */
int vnkg_view_render(char **out, size_t *out_len, const vnkg_graph *g, const vnkg_view_options *opts,
		     vnkg_export_format format);

/* Same, written to `path` (temporary file + rename). */
int vnkg_view_write(const vnkg_graph *g, const vnkg_view_options *opts, vnkg_export_format format,
		    const char *path);

#endif
