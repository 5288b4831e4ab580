#ifndef VNKG_QUERY_H
#define VNKG_QUERY_H

#include <stddef.h>
#include "graph.h"

/* Answers are tables of strings: named columns, rows of cells. Queries build
 * them from a graph; vnkg_table_render() formats them for people or programs. */

typedef struct vnkg_table vnkg_table;

typedef enum {
	VNKG_FORMAT_TABLE = 0, /* aligned columns by display width, for a terminal */
	VNKG_FORMAT_TSV,       /* header line then rows, tab-separated */
	VNKG_FORMAT_JSON       /* an array of objects keyed by column name */
} vnkg_format;

/* Creates a table with `ncols` columns named `names` (copied). Caller owns *out. */
int vnkg_table_new(vnkg_table **out, size_t ncols, const char *const *names);

/* Frees a table; NULL is fine. */
void vnkg_table_free(vnkg_table *t);

/* Appends a row of `ncols` cells (copied; NULL means ""). */
int vnkg_table_add_row(vnkg_table *t, const char *const *cells);

size_t vnkg_table_rows(const vnkg_table *t);
size_t vnkg_table_cols(const vnkg_table *t);
/* Borrowed cell text ("" when empty), NULL when out of range. */
const char *vnkg_table_cell(const vnkg_table *t, size_t row, size_t col);
const char *vnkg_table_colname(const vnkg_table *t, size_t col);

/* Sorts rows by the given columns, compared as strings, stable; an empty cell
 * sorts after any non-empty one. `cols` has `n` column indexes. */
int vnkg_table_sort(vnkg_table *t, const size_t *cols, size_t n);

/* In VNKG_FORMAT_TABLE, a cell wider than this many terminal columns is cut
 * on a character boundary and ends with "…", so it takes at most this width.
 * TSV and JSON never cut. */
#define VNKG_TABLE_CELL_MAX_WIDTH 60

/* Formats the table; *out is a NUL-terminated string the caller frees with
 * free(). TSV replaces tabs and newlines inside cells by spaces; JSON escapes
 * per RFC 8259.
 * - table: the column names, a line of "─" under each column, then the rows;
 *   columns are aligned by display width (utf8proc), two spaces apart, the
 *   last column unpadded; control characters show as spaces. An empty table
 *   gives the header and the line only.
 * - tsv: the column names, then one line per row, each ending in "\n".
 * - json: "[]" when empty, else one object per line; bytes that are not
 *   UTF-8 become U+FFFD. Every format ends with a newline. */
int vnkg_table_render(char **out, const vnkg_table *t, vnkg_format format);

/* Parses "table", "tsv" or "json". Returns VNKG_EINVALID otherwise. */
int vnkg_format_parse(vnkg_format *out, const char *name);

/* Who chaired which meeting: one row per (person, event) chaired edge, with
 * columns date, person (rank and name), event, organizer (bodies that
 * organized the event, "; "-separated), article; sorted by date, events of
 * unknown date last.
 * - date: the event's "date", else the first dated chaired edge's "date".
 * - person: "<rank> <label>" with the rank of the first chaired edge that has
 *   one, else the person's "rank"; just the label when neither is set.
 * - organizer: labels of the nodes with an "organized" edge into the event,
 *   sorted, each once.
 * - article: the distinct "source"s of the chaired edges between the two, in
 *   edge order, ", "-separated; else the event's "sources" ", "-separated.
 * Labels fall back to the kg_id when empty. Rows are sorted by date, then
 * person, then event (empty cells last), then edge order. Runs in
 * O(N + E log E) for N nodes and E edges. The caller owns *out. */
int vnkg_query_chaired(vnkg_table **out, const vnkg_graph *g);

#endif
