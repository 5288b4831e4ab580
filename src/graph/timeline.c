/* Timelines: dated events in order, with each person's rank and role at the
 * date. */

#include <stdlib.h>
#include <string.h>

#include "graph/query_i.h"
#include "vnkg/common.h"

#define TIMELINE_COLS 8

/* The two tables a timeline is built in: dated rows and undated ones. */
struct timeline {
	vnkg_i_q *q;
	vnkg_table *dated;
	vnkg_table *undated;
	size_t only; /* only this person's rows, or VNKG_QUERY_NONE */
};

static int add_row(struct timeline *tl, const char *date, const char *const *cells)
{
	const char *row[TIMELINE_COLS];

	memcpy(row, cells, sizeof(row));
	row[0] = date;
	/* a day without its year ("--03-14") cannot be ordered among the years:
	 * it goes with the undated rows, keeping what it says */
	return vnkg_table_add_row(vnkg_i_q_date_has_year(date) ? tl->dated : tl->undated, row);
}

/* One participant of an event: a person or an organising body, with the
 * edges that link it. */
struct part {
	size_t who;
	int first_rel; /* the best (lowest) relation index of its edges */
	size_t first_edge;
	int body;      /* 1 for an organising body */
};

static int compare_parts(const void *a, const void *b)
{
	const struct part *x = a, *y = b;

	if (x->body != y->body)
		return x->body < y->body ? -1 : 1;
	if (x->first_rel != y->first_rel)
		return x->first_rel < y->first_rel ? -1 : 1;
	if (x->first_edge != y->first_edge)
		return x->first_edge < y->first_edge ? -1 : 1;
	return 0;
}

static int compare_edges(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

/* The row of participant `who` of event `ev` from its edges into the
 * event, edges[0 .. n) in edge order. */
static int add_participant_row(struct timeline *tl, size_t ev, const char *date, const struct part *p,
	const size_t *edges, size_t n)
{
	const vnkg_graph *g = tl->q->g;
	vnkg_buf rels = VNKG_BUF_INIT, articles = VNKG_BUF_INIT, role = VNKG_BUF_INIT;
	vnkg_strvec seen_rels = {NULL, 0, 0}, seen_src = {NULL, 0, 0};
	const char *rank = "", *cells[TIMELINE_COLS];
	const char **sources = NULL;
	size_t i, nsources = 0;
	int r, error = 0;

	sources = malloc((n ? n : 1) * sizeof(*sources));
	if (!sources) {
		error = vnkg_i_oom();
		goto cleanup;
	}
	/* relations in vocabulary order, articles in edge order */
	for (r = 0; r <= VNKG_I_Q_RELATIONS; r++) {
		for (i = 0; i < n; i++) {
			const char *rel = vnkg_i_q_edge(g, edges[i], VNKG_I_EDGE_RELATION);

			if (vnkg_i_q_rel(tl->q, edges[i]) != r || vnkg_i_strvec_contains(&seen_rels, rel))
				continue;
			error = vnkg_i_strvec_push(&seen_rels, rel);
			if (error < 0)
				goto cleanup;
			if (rels.len)
				vnkg_i_buf_puts(&rels, ", ");
			vnkg_i_buf_puts(&rels, rel);
		}
	}
	for (i = 0; i < n; i++) {
		const char *src = vnkg_i_q_edge(g, edges[i], VNKG_I_EDGE_SOURCE);

		if (!*src || vnkg_i_strvec_contains(&seen_src, src))
			continue;
		error = vnkg_i_strvec_push(&seen_src, src);
		if (error < 0)
			goto cleanup;
		sources[nsources++] = src;
		if (articles.len)
			vnkg_i_buf_puts(&articles, ", ");
		vnkg_i_buf_puts(&articles, src);
	}
	if (!p->body) {
		error = vnkg_i_q_rank_at(&rank, tl->q, p->who, date, sources, nsources);
		if (error == 0)
			error = vnkg_i_q_role_at(&role, tl->q, p->who, date, sources, nsources);
		if (error < 0)
			goto cleanup;
	}
	if (rels.oom || articles.oom || role.oom) {
		error = VNKG_ENOMEM;
		goto cleanup;
	}
	cells[1] = vnkg_i_q_name(g, ev);
	cells[2] = vnkg_i_q_node(g, ev, VNKG_I_NODE_KIND);
	cells[3] = vnkg_i_q_name(g, p->who);
	cells[4] = rank;
	cells[5] = vnkg_i_buf_cstr(&role);
	cells[6] = vnkg_i_buf_cstr(&rels);
	cells[7] = vnkg_i_buf_cstr(&articles);
	error = add_row(tl, date, cells);

cleanup:
	free(sources);
	vnkg_i_buf_free(&rels);
	vnkg_i_buf_free(&articles);
	vnkg_i_buf_free(&role);
	vnkg_i_strvec_free(&seen_rels);
	vnkg_i_strvec_free(&seen_src);
	return error;
}

/* The rows of event ev: one per person taking part and per organising body
 * (only tl->only's row when set), or one with "who" empty. */
static int event_rows(struct timeline *tl, size_t ev)
{
	const vnkg_graph *g = tl->q->g;
	const igraph_vector_int_t *inc = vnkg_i_q_incident(tl->q, ev);
	size_t n = (size_t)igraph_vector_int_size(inc), nedges = 0, nparts = 0, i, j, k;
	size_t *edges = NULL, *mine = NULL;
	struct part *parts = NULL;
	const char *date = vnkg_i_q_node(g, ev, VNKG_I_NODE_DATE);
	int error = 0;

	edges = malloc((n ? n : 1) * sizeof(*edges));
	mine = malloc((n ? n : 1) * sizeof(*mine));
	parts = malloc((n ? n : 1) * sizeof(*parts));
	if (!edges || !mine || !parts) {
		error = vnkg_i_oom();
		goto cleanup;
	}
	/* the edges into the event from persons taking part and from bodies
	 * organising it, in edge order */
	for (i = 0; i < n; i++) {
		size_t e = (size_t)VECTOR(*inc)[i], from = vnkg_i_q_from(g, e);
		int rel = vnkg_i_q_rel(tl->q, e), type = vnkg_i_q_type(tl->q, from);

		if (vnkg_i_q_to(g, e) != ev || from == ev)
			continue;
		if ((type == VNKG_I_Q_PERSON && vnkg_i_q_participates(rel)) ||
		    (type == VNKG_I_Q_BODY && rel == VNKG_I_Q_ORGANIZED))
			edges[nedges++] = e;
	}
	qsort(edges, nedges, sizeof(*edges), compare_edges);
	for (i = 0; i < nedges && !*date; i++)
		date = vnkg_i_q_edge(g, edges[i], VNKG_I_EDGE_DATE);

	/* participants, each once, in the order: chair, speakers, ..., bodies */
	for (i = 0; i < nedges; i++) {
		size_t from = vnkg_i_q_from(g, edges[i]);
		int rel = vnkg_i_q_rel(tl->q, edges[i]);

		for (k = 0; k < nparts && parts[k].who != from; k++)
			;
		if (k == nparts) {
			parts[nparts].who = from;
			parts[nparts].first_rel = rel;
			parts[nparts].first_edge = edges[i];
			parts[nparts].body = vnkg_i_q_type(tl->q, from) == VNKG_I_Q_BODY;
			nparts++;
		} else if (rel < parts[k].first_rel) {
			parts[k].first_rel = rel;
		}
	}
	qsort(parts, nparts, sizeof(*parts), compare_parts);

	if (nparts == 0 && tl->only == VNKG_QUERY_NONE) {
		vnkg_buf sources = VNKG_BUF_INIT;
		const char *cells[TIMELINE_COLS] = {NULL};

		vnkg_i_q_put_list(&sources, vnkg_i_q_node(g, ev, VNKG_I_NODE_SOURCES), ", ");
		cells[1] = vnkg_i_q_name(g, ev);
		cells[2] = vnkg_i_q_node(g, ev, VNKG_I_NODE_KIND);
		cells[7] = vnkg_i_buf_cstr(&sources);
		error = sources.oom ? VNKG_ENOMEM : add_row(tl, date, cells);
		vnkg_i_buf_free(&sources);
		goto cleanup;
	}
	for (k = 0; k < nparts && error == 0; k++) {
		size_t nmine = 0;

		if (tl->only != VNKG_QUERY_NONE && parts[k].who != tl->only)
			continue;
		for (j = 0; j < nedges; j++)
			if (vnkg_i_q_from(g, edges[j]) == parts[k].who)
				mine[nmine++] = edges[j];
		error = add_participant_row(tl, ev, date, &parts[k], mine, nmine);
	}

cleanup:
	free(edges);
	free(mine);
	free(parts);
	return error;
}

/* The rows of directive d: one per issuing body (date: the directive's),
 * one per person who disseminated it (date: the edge's), or one with
 * "who" empty; only dated rows. */
static int directive_rows(struct timeline *tl, size_t d)
{
	const vnkg_graph *g = tl->q->g;
	const igraph_vector_int_t *inc = vnkg_i_q_incident(tl->q, d);
	size_t n = (size_t)igraph_vector_int_size(inc), i, nedges = 0, *edges = NULL;
	const char *date = vnkg_i_q_node(g, d, VNKG_I_NODE_DATE);
	int error = 0, issued = 0;

	edges = malloc((n ? n : 1) * sizeof(*edges));
	if (!edges)
		return vnkg_i_oom();
	for (i = 0; i < n; i++)
		edges[nedges++] = (size_t)VECTOR(*inc)[i];
	qsort(edges, nedges, sizeof(*edges), compare_edges);

	for (i = 0; i < nedges && error == 0; i++) {
		size_t e = edges[i], from = vnkg_i_q_from(g, e);
		const char *rel = vnkg_i_q_edge(g, e, VNKG_I_EDGE_RELATION);
		const char *edate = *date ? date : vnkg_i_q_edge(g, e, VNKG_I_EDGE_DATE);
		const char *source = vnkg_i_q_edge(g, e, VNKG_I_EDGE_SOURCE);
		const char *rank = "", *cells[TIMELINE_COLS];
		vnkg_buf role = VNKG_BUF_INIT;
		int person;

		if (vnkg_i_q_to(g, e) != d || from == d)
			continue;
		person = vnkg_i_q_type(tl->q, from) == VNKG_I_Q_PERSON;
		if (vnkg_i_q_rel(tl->q, e) == VNKG_I_Q_ISSUED) {
			issued = 1;
		} else if (person && vnkg_i_q_rel(tl->q, e) == VNKG_I_Q_DISSEMINATED) {
			edate = vnkg_i_q_edge_date(g, e);
		} else {
			continue;
		}
		if (!*edate || (tl->only != VNKG_QUERY_NONE && from != tl->only))
			continue;
		if (person) {
			error = vnkg_i_q_rank_at(&rank, tl->q, from, edate, &source, 1);
			if (error == 0)
				error = vnkg_i_q_role_at(&role, tl->q, from, edate, &source, 1);
		}
		if (error == 0) {
			cells[1] = vnkg_i_q_name(g, d);
			cells[2] = vnkg_i_q_node(g, d, VNKG_I_NODE_KIND);
			cells[3] = vnkg_i_q_name(g, from);
			cells[4] = rank;
			cells[5] = vnkg_i_buf_cstr(&role);
			cells[6] = rel;
			cells[7] = source;
			error = role.oom ? VNKG_ENOMEM : add_row(tl, edate, cells);
		}
		vnkg_i_buf_free(&role);
	}
	if (error == 0 && !issued && *date && tl->only == VNKG_QUERY_NONE) {
		vnkg_buf sources = VNKG_BUF_INIT;
		const char *cells[TIMELINE_COLS] = {NULL};

		vnkg_i_q_put_list(&sources, vnkg_i_q_node(g, d, VNKG_I_NODE_SOURCES), ", ");
		cells[1] = vnkg_i_q_name(g, d);
		cells[2] = vnkg_i_q_node(g, d, VNKG_I_NODE_KIND);
		cells[6] = "issued";
		cells[7] = vnkg_i_buf_cstr(&sources);
		error = sources.oom ? VNKG_ENOMEM : add_row(tl, date, cells);
		vnkg_i_buf_free(&sources);
	}
	free(edges);
	return error;
}

/* The items linked to `node` (and the node itself), each once, in node
 * order. */
static int linked_items(vnkg_i_q_set *out, const vnkg_i_q *q, size_t node)
{
	const igraph_vector_int_t *inc = vnkg_i_q_incident(q, node);
	igraph_integer_t i;
	int error;

	error = vnkg_i_q_set_push(out, node);
	for (i = 0; i < igraph_vector_int_size(inc) && error == 0; i++) {
		size_t e = (size_t)VECTOR(*inc)[i], from = vnkg_i_q_from(q->g, e);

		error = vnkg_i_q_set_push(out, from == node ? vnkg_i_q_to(q->g, e) : from);
	}
	vnkg_i_q_set_finish(out);
	return error;
}

int vnkg_query_timeline(vnkg_table **out, const vnkg_graph *g, size_t node)
{
	static const char *const columns[] = {"date", "event", "kind", "who", "rank", "role", "relation",
		"article"};
	static const size_t sort_dated[] = {0};
	struct timeline tl = {NULL, NULL, NULL, VNKG_QUERY_NONE};
	vnkg_i_q_set items = {NULL, 0, 0};
	vnkg_i_q q;
	size_t i, c;
	int error;

	memset(&q, 0, sizeof(q));
	error = vnkg_i_q_check_node("vnkg_query_timeline", out != NULL, g, node, 1);
	if (out)
		*out = NULL;
	if (error < 0)
		return error;
	error = vnkg_i_q_init(&q, g, VNKG_I_Q_INCIDENCE);
	if (error == 0)
		error = vnkg_table_new(&tl.dated, TIMELINE_COLS, columns);
	if (error == 0)
		error = vnkg_table_new(&tl.undated, TIMELINE_COLS, columns);
	if (error < 0)
		goto cleanup;
	tl.q = &q;

	if (node == VNKG_QUERY_NONE) {
		for (i = 0; i < q.nodes && error == 0; i++)
			error = vnkg_i_q_set_push(&items, i);
	} else {
		if (vnkg_i_q_type(&q, node) == VNKG_I_Q_PERSON)
			tl.only = node;
		error = linked_items(&items, &q, node);
	}
	/* events first, then directives, each in node order: on one date the
	 * meeting comes before what was disseminated at it */
	for (i = 0; i < items.len && error == 0; i++)
		if (vnkg_i_q_type(&q, items.items[i]) == VNKG_I_Q_EVENT)
			error = event_rows(&tl, items.items[i]);
	for (i = 0; i < items.len && error == 0; i++)
		if (vnkg_i_q_type(&q, items.items[i]) == VNKG_I_Q_DIRECTIVE)
			error = directive_rows(&tl, items.items[i]);
	if (error < 0)
		goto cleanup;

	/* dated rows by date (stable), then the undated ones, marked */
	error = vnkg_table_sort(tl.dated, sort_dated, 1);
	for (i = 0; i < vnkg_table_rows(tl.undated) && error == 0; i++) {
		const char *row[TIMELINE_COLS];

		for (c = 0; c < TIMELINE_COLS; c++)
			row[c] = vnkg_table_cell(tl.undated, i, c);
		if (!*row[0])
			row[0] = "undated";
		error = vnkg_table_add_row(tl.dated, row);
	}
	if (error < 0)
		goto cleanup;
	*out = tl.dated;
	tl.dated = NULL;

cleanup:
	vnkg_table_free(tl.dated);
	vnkg_table_free(tl.undated);
	vnkg_i_q_set_free(&items);
	vnkg_i_q_destroy(&q);
	return error;
}
