#ifndef VNKG_GRAPH_QUERY_I_H
#define VNKG_GRAPH_QUERY_I_H

/* Internals shared by the queries (lookup, relations, cards, timelines,
 * analytics): a per-query context with igraph's incidence lists, and the
 * rank and role a person held at a date. Private to the library. */

#include <igraph.h>
#include <stddef.h>

#include "graph/graph_i.h"
#include "util/util.h"
#include "vnkg/graph.h"
#include "vnkg/query.h"

/* Number of relations in the vocabulary; vnkg_i_q_relation_index returns it
 * for a relation outside the vocabulary. */
#define VNKG_I_Q_RELATIONS 14

/* One fact about a person: an edge out of the person, keyed by a string of
 * the edge (its source article or its date). */
struct vnkg_i_q_fact {
	size_t from;
	const char *key;
	size_t edge;
};

/* Node types as numbers (the order of vnkg_query_types), and OTHER. */
enum {
	VNKG_I_Q_PERSON = 0,
	VNKG_I_Q_BODY,
	VNKG_I_Q_DIRECTIVE,
	VNKG_I_Q_EVENT,
	VNKG_I_Q_PLACE,
	VNKG_I_Q_OTHER
};

/* Relations as numbers: the index in the vocabulary (vnkg_query_relations),
 * VNKG_I_Q_RELATIONS for any other. */
enum {
	VNKG_I_Q_CHAIRED = 0,
	VNKG_I_Q_ATTENDED,
	VNKG_I_Q_DIRECTED,
	VNKG_I_Q_SPOKE_AT,
	VNKG_I_Q_ORGANIZED,
	VNKG_I_Q_DISSEMINATED,
	VNKG_I_Q_IMPLEMENTED,
	VNKG_I_Q_ISSUED,
	VNKG_I_Q_HOLDS_ROLE,
	VNKG_I_Q_PART_OF,
	VNKG_I_Q_HELD_AT,
	VNKG_I_Q_WORKED_WITH,
	VNKG_I_Q_AWARDED,
	VNKG_I_Q_TOWARD
};

/* The context of one query. */
typedef struct vnkg_i_q {
	const vnkg_graph *g;
	size_t nodes;
	size_t edges;
	unsigned char *type;     /* each node's type number */
	unsigned char *rel;      /* each edge's relation number */
	const igraph_t *ig;      /* the graph's igraph view (borrowed) */
	igraph_inclist_t inc;    /* each node's edges, in and out, loops once */
	int have_inc;
	/* edges out of a node that carry a rank, and holds_role edges, sorted
	 * by (from, source, edge) and by (from, date, edge); built on first use */
	struct vnkg_i_q_fact *rank_src, *rank_date, *role_src, *role_date;
	size_t nrank_src, nrank_date, nrole_src, nrole_date;
	int have_facts;
} vnkg_i_q;

/* What a query needs of the context. */
#define VNKG_I_Q_PLAIN 0     /* attributes and facts only */
#define VNKG_I_Q_IGRAPH 1    /* the igraph view */
#define VNKG_I_Q_INCIDENCE 3 /* the igraph view and the incidence lists */

/* Sets up the context with what `needs` says. Free with vnkg_i_q_destroy
 * (also after a failure). */
int vnkg_i_q_init(vnkg_i_q *q, const vnkg_graph *g, int needs);
void vnkg_i_q_destroy(vnkg_i_q *q);

/* Checks the arguments of a question about one node: a graph, an output
 * pointer and a node of the graph (or VNKG_QUERY_NONE where `any_node`
 * allows it). Sets the error, naming `fn`, and returns VNKG_EINVALID when
 * one is wrong; 0 otherwise. */
int vnkg_i_q_check_node(const char *fn, int have_out, const vnkg_graph *g, size_t node, int any_node);

/* A node's type number and an edge's relation number, from the context. */
#define vnkg_i_q_type(q, n) ((int)(q)->type[(n)])
#define vnkg_i_q_rel(q, e) ((int)(q)->rel[(e)])

/* Is this relation number one a person takes part in an event by? */
#define vnkg_i_q_participates(r) ((r) <= VNKG_I_Q_SPOKE_AT)

/* The edges of node n (in and out, each loop once), as igraph edge ids in
 * igraph's order. Needs incidence lists. */
const igraph_vector_int_t *vnkg_i_q_incident(const vnkg_i_q *q, size_t n);

/* Maps an igraph error code to a vnkg error (the handler installed by
 * vnkg_global_init() recorded igraph's message). */
int vnkg_i_q_igraph_fail(igraph_error_t rc);

/* Attributes by column, never NULL. */
const char *vnkg_i_q_node(const vnkg_graph *g, size_t n, int col);
const char *vnkg_i_q_edge(const vnkg_graph *g, size_t e, int col);

/* A node's display name: its label, else its kg_id. */
const char *vnkg_i_q_name(const vnkg_graph *g, size_t n);

/* Is node n of this type? */
int vnkg_i_q_is(const vnkg_graph *g, size_t n, const char *type);

/* The ends of edge e (e in range). */
size_t vnkg_i_q_from(const vnkg_graph *g, size_t e);
size_t vnkg_i_q_to(const vnkg_graph *g, size_t e);

/* The index of a relation key in the vocabulary, VNKG_I_Q_RELATIONS when
 * it is not in it. */
int vnkg_i_q_relation_index(const char *key);

/* Dates: compared on their common precision, so "2019" equals
 * "2019-11-18" and "2019-11" is before "2019-12-01". */
int vnkg_i_q_date_cmp(const char *a, const char *b);
/* Is the non-empty date d within [from, to] (each NULL or "" for open)? An
 * empty d is in range only when both bounds are open. */
/* Does the date carry a year? ISO "YYYY...", not the reduced "--MM-DD" of a
 * day whose year the text did not tell, nor "". */
int vnkg_i_q_date_has_year(const char *d);
int vnkg_i_q_date_in(const char *d, const char *from, const char *to);
/* An edge's date: its own, else the date of an event at either end. */
const char *vnkg_i_q_edge_date(const vnkg_graph *g, size_t e);

/* The rank person p held at `date`, reading the edges out of p that carry
 * a rank: first those from one of the `nsources` articles `sources`, else
 * the latest dated ones not after `date`; when p has no such edge at all,
 * the node's own rank. Borrowed; "" when unknown. */
int vnkg_i_q_rank_at(const char **out, vnkg_i_q *q, size_t p, const char *date, const char *const *sources,
	size_t nsources);

/* Appends the roles person p held at `date` ("<role> <body>", "; "
 * -separated), chosen as for the rank among p's holds_role edges (all the
 * edges of the chosen article(s) or date). */
int vnkg_i_q_role_at(vnkg_buf *out, vnkg_i_q *q, size_t p, const char *date, const char *const *sources,
	size_t nsources);

/* Appends "<rank> <name>" of person p at `date` (just the name when the
 * rank is unknown), or the name of a node that is not a person. */
int vnkg_i_q_put_name_at(vnkg_buf *out, vnkg_i_q *q, size_t n, const char *date, const char *const *sources,
	size_t nsources);

/* Appends a " | "-separated list (aliases, sources) with `sep` between the
 * items, trimmed, empty items skipped. */
void vnkg_i_q_put_list(vnkg_buf *out, const char *list, const char *sep);

/* A sorted, duplicate-free set of node indexes (small arrays). */
typedef struct vnkg_i_q_set {
	size_t *items;
	size_t len;
	size_t cap;
} vnkg_i_q_set;

int vnkg_i_q_set_add(vnkg_i_q_set *s, size_t v);
/* Appends v without keeping the set sorted; vnkg_i_q_set_finish then sorts
 * and drops repeats (for large sets). */
int vnkg_i_q_set_push(vnkg_i_q_set *s, size_t v);
void vnkg_i_q_set_finish(vnkg_i_q_set *s);
int vnkg_i_q_set_has(const vnkg_i_q_set *s, size_t v);
void vnkg_i_q_set_free(vnkg_i_q_set *s);

#endif
