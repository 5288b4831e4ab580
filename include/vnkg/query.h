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

/* ------------------------------------------------------------ answers */

/* A multi-part answer: named tables in order (an entity card, statistics). */
typedef struct vnkg_answer vnkg_answer;

/* Creates an empty answer. The caller owns *out (vnkg_answer_free). */
int vnkg_answer_new(vnkg_answer **out);

/* Frees an answer and its tables; NULL is fine. */
void vnkg_answer_free(vnkg_answer *a);

/* Appends *table under `title` (copied). The answer takes the table and sets
 * *table to NULL; on failure the table stays the caller's. */
int vnkg_answer_add(vnkg_answer *a, const char *title, vnkg_table **table);

/* Number of parts, a part's title and table (borrowed; NULL when out of
 * range), and the rows of all parts together. */
size_t vnkg_answer_count(const vnkg_answer *a);
const char *vnkg_answer_title(const vnkg_answer *a, size_t i);
const vnkg_table *vnkg_answer_table(const vnkg_answer *a, size_t i);
size_t vnkg_answer_rows(const vnkg_answer *a);

/* Formats the answer; *out is a NUL-terminated string the caller frees.
 * - table: each part's title on a line, then its table as
 *   vnkg_table_render() makes it ("(none)" for an empty part), parts
 *   separated by a blank line;
 * - tsv: "# <title>" then the part's TSV, parts separated by a blank line;
 * - json: one object whose keys are the titles in order and whose values
 *   are the parts' JSON arrays. */
int vnkg_answer_render(char **out, const vnkg_answer *a, vnkg_format format);

/* --------------------------------------------------------- vocabulary */

/* The relation keys of the vocabulary (DESIGN.md) in their order, and their
 * Vietnamese labels in the same order; NULL-terminated. */
extern const char *const vnkg_query_relations[];
extern const char *const vnkg_query_relation_labels[];

/* The node types of the contract (person, body, directive, event, place),
 * NULL-terminated. */
extern const char *const vnkg_query_types[];

/* Maps a relation named by its key ("chaired") or its Vietnamese label, with
 * or without diacritics, any case ("chủ trì", "chu tri") to the key
 * (borrowed, static). Returns VNKG_ENOTFOUND (message lists the keys). */
int vnkg_query_relation_parse(const char **out, const char *name);

/* Checks an ISO date as the filters take it: YYYY, YYYY-MM or YYYY-MM-DD.
 * Returns 0 or VNKG_EINVALID (message says what is wrong). */
int vnkg_query_date_check(const char *date);

/* ------------------------------------------------------------- lookup */

/* Finds the entity a user means by `name`. Matching is forgiving: without
 * diacritics, any case, spaces collapsed (vnkg_text_fold). In order, the
 * first kind of match that finds anything decides:
 *   1. the kg_id, or its part after "type:" ("nguyen-manh-hung");
 *   2. the label or an alias exactly as written (so "Nguyễn Văn Hưng" and
 *      "Nguyễn Văn Hùng", which fold alike, are told apart);
 *   3. the label or an alias, folded ("nguyen manh hung", "tccnqp" when
 *      "TCCNQP" is an alias);
 *   4. the initials of the label or an alias, digits kept ("qk7" for "Quân
 *      khu 7", "tccnqp" for "Tổng cục Công nghiệp Quốc phòng"), for a
 *      one-word query;
 *   5. a prefix of the label or an alias ("nguyen manh");
 *   6. whole words inside the label or an alias ("manh hung").
 * Returns 0 and the node in *out when exactly one entity matches;
 * VNKG_ENOTFOUND when none does; VNKG_EAMBIGUOUS when several do, and then,
 * if `candidates` is not NULL, *candidates is a table of them (columns
 * kg_id, type, name, matched: the label or alias that matched) in node
 * order, which the caller frees. Runs in O(N) folds for N nodes. */
int vnkg_query_resolve(size_t *out, vnkg_table **candidates, const vnkg_graph *g, const char *name);

/* ------------------------------------------------------------ queries */

#define VNKG_QUERY_NONE ((size_t)-1)

/* What rows a query keeps. `person` and `body` are node indexes (from
 * vnkg_query_resolve) or VNKG_QUERY_NONE; `from` and `to` ISO dates
 * (YYYY[-MM[-DD]], inclusive, compared on their common precision, so "2019"
 * keeps 2019-11-18) or NULL. A row is kept when
 *   - person: an end of its edge is the person;
 *   - body: an end is the body or a body under it (part_of, transitively),
 *     or an event end was organized by one of them, or a person end holds a
 *     role in one of them;
 *   - from/to: its date is known, with its year, and in the range (a day
 *     whose year the article did not tell, "--03-14", is in no range). */
typedef struct vnkg_query_filter {
	unsigned int version;
	size_t person;
	size_t body;
	const char *from;
	const char *to;
} vnkg_query_filter;

#define VNKG_QUERY_FILTER_VERSION 1
#define VNKG_QUERY_FILTER_INIT {VNKG_QUERY_FILTER_VERSION, VNKG_QUERY_NONE, VNKG_QUERY_NONE, NULL, NULL}

/* The edges of one relation (a key of vnkg_query_relations), filtered
 * (`filter` may be NULL). For "chaired" the table is the one of
 * vnkg_query_chaired() with an "evidence" column added (the first non-empty
 * evidence of the pair's edges). For any other relation, one row per edge:
 *   date      the edge's date, else the date of its event end;
 *   from, to  the ends' labels; a person as "<rank> <name>" with the rank
 *             at that date (see vnkg_query_timeline);
 *   role      holds_role: the edge's role; for a person end, the person's
 *             role at that date;
 *   article   the edge's source;  evidence  the edge's evidence.
 * Sorted by date (unknown dates last), from, to, then edge order. Returns
 * VNKG_ENOTFOUND for an unknown relation, VNKG_EINVALID for a bad date in
 * the filter. The caller owns *out. */
int vnkg_query_relation(vnkg_table **out, const vnkg_graph *g, const char *relation,
	const vnkg_query_filter *filter);

/* An entity card for `node`, in three parts:
 *   "entity"    (field, value): kg_id, type, name and the node's other
 *               non-empty attributes (rank, kind, number, date,
 *               date_precision, aliases, sources, mentions);
 *   "roles"     (date, person, rank, role, body, article): the holds_role
 *               edges of a person (or into a body), by date, undated last;
 *   "relations" (relation, dir, other, date, role, article, evidence): every
 *               edge in ("←") and out ("→"), grouped by relation in
 *               vocabulary order, then out before in, date, other.
 * The caller owns *out. VNKG_EINVALID for a node out of range. */
int vnkg_query_show(vnkg_answer **out, const vnkg_graph *g, size_t node);

/* Dated events in order, for the whole graph (node = VNKG_QUERY_NONE) or
 * those linked to `node`. Columns: date, event, kind, who, rank, role,
 * relation, article. One row per event and participant: each person with
 * an edge into the event (relation: their relation keys in vocabulary
 * order, ", "-separated), chair first, then each organising body; an event
 * with neither has one row with "who" empty. A dated directive gives a row
 * per issuing body ("issued"), and a person who disseminated it a row dated
 * by that edge. The date of an event is its own, else that of the first
 * dated edge into it.
 * For a person, "rank" and "role" are those at that date: from the
 * person's edges read in the same article(s), else from the latest dated
 * ones not after the date (role: the holds_role edges chosen, "<role>
 * <body>", "; "-separated; rank: the node's rank when no edge has one). So
 * a promotion and a change of post show as the rows go down. For `node` a
 * person, only that person's rows; for any other node, the rows of the
 * events and directives linked to it by an edge (and of the node itself).
 * Sorted by date (stable: on one date events before directives, each in
 * node order); events of unknown date come last, in node order, with date
 * "undated". The caller owns *out. */
int vnkg_query_timeline(vnkg_table **out, const vnkg_graph *g, size_t node);

/* The shortest connection between two nodes, on the undirected view (igraph
 * breadth-first search). One row per step: step, from, relation, dir ("→"
 * when the edge goes from "from" to "to", else "←"), to, date, article,
 * evidence. An empty table when they are not connected or the same node.
 * The caller owns *out. */
int vnkg_query_path(vnkg_table **out, const vnkg_graph *g, size_t from, size_t to);

typedef enum {
	VNKG_RANK_PAGERANK = 0, /* igraph PageRank (PRPACK), undirected, damping 0.85 */
	VNKG_RANK_DEGREE,       /* edges in and out */
	VNKG_RANK_BETWEENNESS   /* undirected; exact or estimated, see below */
} vnkg_rank_by;

/* Options of vnkg_query_rank. `type` keeps only nodes of that type (NULL:
 * all); `limit` is the number of rows (0: all). Betweenness is exact on
 * graphs of at most `exact_max` nodes; on larger ones it is estimated from
 * `samples` source nodes spread evenly over the node order
 * (igraph_betweenness_subset, scaled by nodes / samples). */
typedef struct vnkg_rank_options {
	unsigned int version;
	vnkg_rank_by by;
	const char *type;
	size_t limit;
	size_t exact_max;
	size_t samples;
} vnkg_rank_options;

#define VNKG_RANK_OPTIONS_VERSION 1
#define VNKG_RANK_OPTIONS_INIT {VNKG_RANK_OPTIONS_VERSION, VNKG_RANK_PAGERANK, NULL, 20, 5000, 32}

/* Parses "pagerank", "degree" or "betweenness". VNKG_EINVALID otherwise. */
int vnkg_rank_by_parse(vnkg_rank_by *out, const char *name);

/* Whether vnkg_query_rank would estimate rather than compute exactly on
 * this graph with these options (1 or 0). */
int vnkg_query_rank_is_estimate(const vnkg_graph *g, const vnkg_rank_options *opts);

/* The most central nodes. Columns: rank, name, type, score, kg_id; sorted
 * by score (highest first), ties in node order. Scores: pagerank with six
 * decimals, degree as an integer, betweenness with one decimal. `opts` may
 * be NULL for the defaults. The caller owns *out. */
int vnkg_query_rank(vnkg_table **out, const vnkg_graph *g, const vnkg_rank_options *opts);

/* What is related to `node`, in three parts:
 *   "people"     (person, rank, shared, events): the person-event
 *                projection: persons with an edge of participation (chaired,
 *                attended, directed, spoke_at) into the node's events (a
 *                person's or a body's events are those it has an edge with,
 *                an event is its own), the number of events shared, most
 *                first (ties in node order), their latest rank, and the
 *                first five shared events ("; (+N)" for more);
 *   "bodies"     (body, relation, dir, role, dates, articles): the bodies
 *                linked to the node by an edge (for a person, the bodies it
 *                holds roles in), one row per body, relation and direction,
 *                with the roles, the first and last date ("A – B") and the
 *                articles; sorted by dates, then body;
 *   "directives" (directive, issued by, relation, event, date): the
 *                directives disseminated or implemented at those events
 *                (relations of one event together), and those the node
 *                disseminated itself (event empty); sorted by date.
 * The caller owns *out. */
int vnkg_query_related(vnkg_answer **out, const vnkg_graph *g, size_t node);

/* Statistics in three parts: "summary" (measure, value: nodes, edges,
 * articles (distinct sources of nodes and edges), components, largest
 * component, isolated nodes, first date, last date, dated events, undated
 * events), "types" (type, count; the contract's types first) and
 * "relations" (relation, label, count; vocabulary order first). Components
 * are weakly connected (igraph). The caller owns *out. */
int vnkg_query_stats(vnkg_answer **out, const vnkg_graph *g);

/* ------------------------------------------------------- fast loading */

/* How vnkg_query_open uses a snapshot. */
typedef enum {
	VNKG_CACHE_OFF = 0, /* read the GraphML; neither read nor write a snapshot */
	VNKG_CACHE_AUTO,    /* read a matching snapshot; write one for a GraphML file
			     * of at least VNKG_CACHE_MIN_BYTES */
	VNKG_CACHE_ALWAYS   /* read a matching snapshot; write one whatever the size */
} vnkg_cache_mode;

#define VNKG_CACHE_MIN_BYTES (4u * 1024u * 1024u)

/* Opens a graph for queries: the GraphML file at `path`, as
 * vnkg_graph_read_graphml() reads it, through a binary snapshot kept beside
 * it at "<path>.qcache". A snapshot made from this very file (same size,
 * modification time, inode and device; checked by a hash) is read instead
 * of the GraphML, many times faster on large graphs; otherwise the GraphML
 * is read and, as `mode` says, a snapshot written (to a temporary file
 * renamed into place; failing to write one is not an error). The graph is
 * the same either way, node for node and edge for edge. The caller owns
 * *out. Errors are those of vnkg_graph_read_graphml(). */
int vnkg_query_open(vnkg_graph **out, const char *path, vnkg_cache_mode mode);

/* Writes the snapshot vnkg_query_open would keep for the GraphML file at
 * `path`, from `g`, the graph that file was just written from (so the first
 * question about a large graph need not parse it). With VNKG_CACHE_AUTO only
 * for files of VNKG_CACHE_MIN_BYTES or more; VNKG_CACHE_OFF does nothing.
 * Returns 0 or a negative code; a missing snapshot only costs time. */
int vnkg_query_snapshot(const vnkg_graph *g, const char *path, vnkg_cache_mode mode);

#endif
