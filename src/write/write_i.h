#ifndef VNKG_WRITE_WRITE_I_H
#define VNKG_WRITE_WRITE_I_H

/* Helpers shared by the writers (private to the library): text escaping,
 * the look of node types and relations, the output driver and views. */

#include <stddef.h>

#include "util/util.h"
#include "vnkg/graph.h"
#include "vnkg/write.h"

/* ------------------------------------------------------------ text */

/* Decodes one UTF-8 sequence at s (n > 0 bytes available). Returns its
 * length and the code point in *cp, or 0 for an invalid sequence (overlong,
 * surrogate, truncated, past U+10FFFF). */
size_t vnkg_i_write_utf8_decode(const unsigned char *s, size_t n, unsigned long *cp);

/* Whether a code point may appear in output text: tab and newline yes; other
 * C0 controls, DEL, C1 controls, U+FFFE and U+FFFF no. */
int vnkg_i_write_keep_char(unsigned long cp);

/* Appends `text` to b as XML character data: & < > " escaped, characters
 * that vnkg_i_write_keep_char refuses and invalid UTF-8 bytes dropped.
 * Returns 0 or VNKG_ENOMEM. */
int vnkg_i_write_xml_escape(vnkg_buf *b, const char *text);

/* Same for an attribute value: tab and newline also written as
 * character references (a parser would turn them into spaces). */
int vnkg_i_write_xml_escape_attr(vnkg_buf *b, const char *text);

/* Same, with every run of white space (tab, newline, space) written as one
 * space and none at either end: for XML attributes of type token. */
int vnkg_i_write_xml_escape_token(vnkg_buf *b, const char *text);

/* Appends `text` as the body of a JSON string (RFC 8259): " and \ escaped,
 * newline and tab as \n and \t; the characters vnkg_i_write_keep_char
 * refuses and invalid UTF-8 bytes dropped. */
int vnkg_i_write_json_escape(vnkg_buf *b, const char *text);

/* Appends `text` as one CSV field (RFC 4180): quoted when it holds a comma,
 * a quote, CR or LF (quotes doubled); controls other than tab, CR and LF and
 * invalid UTF-8 dropped. */
int vnkg_i_write_csv_field(vnkg_buf *b, const char *text);

/* Word-wraps `text` into lines of at most `width` characters (a longer word
 * gets a line of its own), separated by `sep`; each line is passed through
 * `put` (an escaper of the above kind or a DOT text appender). */
typedef int (*vnkg_i_put_fn)(vnkg_buf *b, const char *text);
int vnkg_i_write_wrap(vnkg_buf *b, const char *text, size_t width, const char *sep, vnkg_i_put_fn put);

/* ------------------------------------------------------------ look */

/* The look of a node type, shared by DOT, GraphML and GEXF so that a type
 * has one colour everywhere: a light fill for DOT (black text reads on it,
 * on white and in grey print), a strong colour for the border and for Gephi
 * (r, g, b), a shape and the legend's text. */
typedef struct vnkg_i_type_style {
	const char *type;
	const char *shape;
	const char *style;
	const char *fill;
	const char *border;
	unsigned char r, g, b;
	const char *legend;
} vnkg_i_type_style;

/* The five types in legend order, and their number. */
extern const vnkg_i_type_style vnkg_i_type_styles[];
#define VNKG_I_TYPE_COUNT 5

/* The style of a type; a grey default for an unknown or empty type. */
const vnkg_i_type_style *vnkg_i_write_type_style(const char *type);

/* The look of a relation: its Vietnamese label (the vocabulary of
 * DESIGN.md), an edge colour readable on white and a line style. */
typedef struct vnkg_i_relation_style {
	const char *relation;
	const char *label;
	const char *color;
	const char *style;
} vnkg_i_relation_style;

/* The style of a relation key; a grey default for an unknown one. */
const vnkg_i_relation_style *vnkg_i_write_relation_style(const char *relation);

/* The label to show for an edge: its "label", else the vocabulary's label
 * of its relation, else the relation key (borrowed). */
const char *vnkg_i_write_edge_label(const vnkg_graph *g, size_t edge);

/* The label to show for a node: its "label", else its kg_id (borrowed). */
const char *vnkg_i_write_node_label(const vnkg_graph *g, size_t node);

/* An edge weight fit for consumers: finite and > 0, else 1. */
double vnkg_i_write_weight(const vnkg_graph *g, size_t edge);

/* Parses an ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (the contract's
 * forms) into the first and last day it covers, as "YYYY-MM-DD" (11 bytes
 * each). Returns 0, or -1 when `date` is none of these forms. */
int vnkg_i_write_date_span(const char *date, char first[11], char last[11]);

/* ------------------------------------------------------------ output */

/* Where a writer's bytes go: appended to `buf`, which is flushed to `fp`
 * when it grows large if `fp` is set; with no `fp` everything stays in
 * memory. `err` keeps the first failure (VNKG_ERROR for a write,
 * VNKG_ENOMEM). */
typedef struct vnkg_i_out {
	void *fp;
	vnkg_buf buf;
	int err;
} vnkg_i_out;

/* Flushes `buf` to `fp` once it holds 64 KiB or more (no-op without fp).
 * Returns o->err. */
int vnkg_i_out_maybe_flush(vnkg_i_out *o);

/* A writer's body: appends the whole output to o (calling
 * vnkg_i_out_maybe_flush now and then), returns 0 or a negative code with
 * the error recorded (except for write failures, which the driver names). */
typedef int (*vnkg_i_emit_fn)(vnkg_i_out *o, const vnkg_graph *g, const void *payload);

/* Runs `emit` to a file or to memory. With `path`, writes a temporary file
 * next to it and renames it into place only when everything was written and
 * closed; a failed write names `path`. With no path, *out receives the bytes
 * (NUL-terminated, caller frees) and *out_len their number. `what` names the
 * caller in the errors of bad arguments. */
int vnkg_i_write_run(const char *what, const char *path, char **out, size_t *out_len, vnkg_i_emit_fn emit,
		     const vnkg_graph *g, const void *payload);

/* ------------------------------------------------------------ set-up */

/* Creates the one Graphviz context (GVC_t) the SVG writer lays out with,
 * once per process (vnkg_global_init calls it; later calls do nothing). It
 * is never freed: the pango plugin of Graphviz 2.42/2.43 keeps a pointer to
 * a font name owned by the first context that measured text, so any context
 * made after one was freed reads freed memory. Returns 0 or VNKG_ERROR. */
int vnkg_i_write_init(void);

/* ------------------------------------------------------------ views */

/* A view: which nodes and edges to draw and how (built by view.c, drawn by
 * dot.c and svg.c). */
typedef struct vnkg_i_view {
	vnkg_view_kind kind;
	size_t nodes;            /* node and edge counts of the graph */
	size_t edges;
	unsigned char *node_in;  /* per node: drawn? */
	unsigned char *edge_in;  /* per edge: drawn? */
	size_t shown_nodes;      /* how many are drawn */
	size_t focus;            /* the focused node, or VNKG_I_NO_NODE */
	unsigned int depth;
	size_t undated;          /* timeline: events left out for want of a date */
	const char *link_base;   /* NULL: no URLs */
} vnkg_i_view;

#define VNKG_I_NO_NODE VNKG_VIEW_NO_FOCUS

/* Views above this many nodes are laid out by sfdp rather than dot. */
#define VNKG_I_DOT_MAX_NODES 150

/* Selects the nodes and edges of a view (opts NULL: the whole graph).
 * VNKG_EINVALID for bad options. Free with vnkg_i_view_free. */
int vnkg_i_view_select(vnkg_i_view *out, const vnkg_graph *g, const vnkg_view_options *opts);
void vnkg_i_view_free(vnkg_i_view *v);

/* The layout engine a view needs: "dot", or "sfdp" for a large whole graph
 * or neighbourhood. */
const char *vnkg_i_view_engine(const vnkg_i_view *v);

/* Emits a view as DOT (payload: a const vnkg_i_view *). */
int vnkg_i_dot_emit(vnkg_i_out *o, const vnkg_graph *g, const void *payload);

/* Emits a view as SVG, laid out in-process by Graphviz (payload: a const
 * vnkg_i_view *). */
int vnkg_i_svg_emit(vnkg_i_out *o, const vnkg_graph *g, const void *payload);

/* The other writers' bodies (payload unused, except for CSV: a non-NULL
 * payload selects the edge table). */
int vnkg_i_graphml_emit(vnkg_i_out *o, const vnkg_graph *g, const void *payload);
int vnkg_i_gexf_emit(vnkg_i_out *o, const vnkg_graph *g, const void *payload);
int vnkg_i_json_emit(vnkg_i_out *o, const vnkg_graph *g, const void *payload);
int vnkg_i_csv_emit(vnkg_i_out *o, const vnkg_graph *g, const void *payload);

#endif
