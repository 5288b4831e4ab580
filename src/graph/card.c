/* Entity cards (vnkg show) and what is related to an entity (vnkg related). */

#include <stdlib.h>
#include <string.h>

#include "graph/query_i.h"
#include "vnkg/common.h"

/* ------------------------------------------------------------------ show */

static int add_field(vnkg_table *t, const char *field, const char *value)
{
	const char *cells[2];

	if (!value || !*value)
		return 0;
	cells[0] = field;
	cells[1] = value;
	return vnkg_table_add_row(t, cells);
}

static int entity_part(vnkg_answer *a, const vnkg_graph *g, size_t node)
{
	static const char *const columns[] = {"field", "value"};
	static const struct {
		const char *field;
		int col;
	} fields[] = {
		{"kg_id", VNKG_I_NODE_KG_ID}, {"type", VNKG_I_NODE_TYPE}, {"name", VNKG_I_NODE_LABEL},
		{"rank", VNKG_I_NODE_RANK}, {"kind", VNKG_I_NODE_KIND}, {"number", VNKG_I_NODE_NUMBER},
		{"date", VNKG_I_NODE_DATE}, {"date_precision", VNKG_I_NODE_DATE_PRECISION},
		{"aliases", VNKG_I_NODE_ALIASES},
	};
	vnkg_buf sources = VNKG_BUF_INIT;
	vnkg_table *t = NULL;
	size_t i;
	int error;

	error = vnkg_table_new(&t, 2, columns);
	for (i = 0; i < sizeof(fields) / sizeof(fields[0]) && error == 0; i++)
		error = add_field(t, fields[i].field, vnkg_i_q_node(g, node, fields[i].col));
	if (error < 0)
		goto cleanup;
	vnkg_i_q_put_list(&sources, vnkg_i_q_node(g, node, VNKG_I_NODE_SOURCES), ", ");
	if (sources.oom) {
		error = VNKG_ENOMEM;
		goto cleanup;
	}
	error = add_field(t, "sources", vnkg_i_buf_cstr(&sources));
	if (error == 0)
		error = add_field(t, "mentions", vnkg_i_q_node(g, node, VNKG_I_NODE_MENTIONS));
	if (error == 0)
		error = vnkg_answer_add(a, "entity", &t);

cleanup:
	vnkg_i_buf_free(&sources);
	vnkg_table_free(t);
	return error;
}

static int roles_part(vnkg_answer *a, vnkg_i_q *q, size_t node)
{
	static const char *const columns[] = {"date", "person", "rank", "role", "body", "article"};
	static const size_t sort_cols[] = {0, 1, 4};
	const igraph_vector_int_t *inc = vnkg_i_q_incident(q, node);
	vnkg_table *t = NULL;
	igraph_integer_t i;
	int error;

	error = vnkg_table_new(&t, 6, columns);
	for (i = 0; i < igraph_vector_int_size(inc) && error == 0; i++) {
		size_t e = (size_t)VECTOR(*inc)[i];
		size_t person = vnkg_i_q_from(q->g, e), body = vnkg_i_q_to(q->g, e);
		const char *source = vnkg_i_q_edge(q->g, e, VNKG_I_EDGE_SOURCE);
		const char *date, *rank, *cells[6];

		if (vnkg_i_q_rel(q, e) != VNKG_I_Q_HOLDS_ROLE)
			continue;
		date = vnkg_i_q_edge_date(q->g, e);
		rank = vnkg_i_q_edge(q->g, e, VNKG_I_EDGE_RANK);
		if (!*rank) {
			error = vnkg_i_q_rank_at(&rank, q, person, date, &source, 1);
			if (error < 0)
				break;
		}
		cells[0] = date;
		cells[1] = vnkg_i_q_name(q->g, person);
		cells[2] = rank;
		cells[3] = vnkg_i_q_edge(q->g, e, VNKG_I_EDGE_ROLE);
		cells[4] = vnkg_i_q_name(q->g, body);
		cells[5] = source;
		error = vnkg_table_add_row(t, cells);
	}
	/* igraph lists a node's edges by neighbour; put them in edge order
	 * first so that equal rows keep it */
	if (error == 0)
		error = vnkg_table_sort(t, sort_cols, 3);
	if (error == 0)
		error = vnkg_answer_add(a, "roles", &t);
	vnkg_table_free(t);
	return error;
}

/* One edge of a card, for sorting. */
struct card_edge {
	int relation; /* index in the vocabulary */
	int in;       /* 0 out, 1 in */
	const char *date;
	const char *other;
	const char *relname;
	size_t edge;
};

static int compare_card_edges(const void *a, const void *b)
{
	const struct card_edge *x = a, *y = b;
	int c;

	if (x->relation != y->relation)
		return x->relation < y->relation ? -1 : 1;
	c = strcmp(x->relname, y->relname);
	if (c)
		return c;
	if (x->in != y->in)
		return x->in < y->in ? -1 : 1;
	if (!*x->date != !*y->date)
		return *x->date ? -1 : 1;
	c = strcmp(x->date, y->date);
	if (c)
		return c;
	c = strcmp(x->other, y->other);
	if (c)
		return c;
	if (x->edge != y->edge)
		return x->edge < y->edge ? -1 : 1;
	return 0;
}

static int relations_part(vnkg_answer *a, vnkg_i_q *q, size_t node)
{
	static const char *const columns[] = {"relation", "dir", "other", "date", "role", "article", "evidence"};
	const igraph_vector_int_t *inc = vnkg_i_q_incident(q, node);
	size_t n = (size_t)igraph_vector_int_size(inc), i;
	struct card_edge *rows = NULL;
	vnkg_buf other = VNKG_BUF_INIT, role = VNKG_BUF_INIT;
	vnkg_table *t = NULL;
	int error;

	error = vnkg_table_new(&t, 7, columns);
	if (error < 0)
		goto cleanup;
	rows = malloc((n ? n : 1) * sizeof(*rows));
	if (!rows) {
		error = vnkg_i_oom();
		goto cleanup;
	}
	for (i = 0; i < n; i++) {
		size_t e = (size_t)VECTOR(*inc)[i], from = vnkg_i_q_from(q->g, e);

		rows[i].relname = vnkg_i_q_edge(q->g, e, VNKG_I_EDGE_RELATION);
		rows[i].relation = vnkg_i_q_relation_index(rows[i].relname);
		rows[i].in = from != node;
		rows[i].date = vnkg_i_q_edge_date(q->g, e);
		rows[i].other = vnkg_i_q_name(q->g, rows[i].in ? from : vnkg_i_q_to(q->g, e));
		rows[i].edge = e;
	}
	qsort(rows, n, sizeof(*rows), compare_card_edges);

	for (i = 0; i < n; i++) {
		size_t e = rows[i].edge;
		size_t o = rows[i].in ? vnkg_i_q_from(q->g, e) : vnkg_i_q_to(q->g, e);
		const char *source = vnkg_i_q_edge(q->g, e, VNKG_I_EDGE_SOURCE);
		const char *cells[7];

		vnkg_i_buf_clear(&other);
		vnkg_i_buf_clear(&role);
		error = vnkg_i_q_put_name_at(&other, q, o, rows[i].date, &source, 1);
		if (error < 0)
			goto cleanup;
		if (strcmp(rows[i].relname, "holds_role") == 0)
			vnkg_i_buf_puts(&role, vnkg_i_q_edge(q->g, e, VNKG_I_EDGE_ROLE));
		else if (vnkg_i_q_type(q, o) == VNKG_I_Q_PERSON)
			error = vnkg_i_q_role_at(&role, q, o, rows[i].date, &source, 1);
		if (error < 0)
			goto cleanup;
		if (other.oom || role.oom) {
			error = VNKG_ENOMEM;
			goto cleanup;
		}
		cells[0] = rows[i].relname;
		cells[1] = rows[i].in ? "←" : "→";
		cells[2] = vnkg_i_buf_cstr(&other);
		cells[3] = rows[i].date;
		cells[4] = vnkg_i_buf_cstr(&role);
		cells[5] = source;
		cells[6] = vnkg_i_q_edge(q->g, e, VNKG_I_EDGE_EVIDENCE);
		error = vnkg_table_add_row(t, cells);
		if (error < 0)
			goto cleanup;
	}
	error = vnkg_answer_add(a, "relations", &t);

cleanup:
	free(rows);
	vnkg_i_buf_free(&other);
	vnkg_i_buf_free(&role);
	vnkg_table_free(t);
	return error;
}

int vnkg_query_show(vnkg_answer **out, const vnkg_graph *g, size_t node)
{
	vnkg_answer *a = NULL;
	vnkg_i_q q;
	int error;

	memset(&q, 0, sizeof(q));
	error = vnkg_i_q_check_node("vnkg_query_show", out != NULL, g, node, 0);
	if (out)
		*out = NULL;
	if (error < 0)
		return error;
	error = vnkg_i_q_init(&q, g, VNKG_I_Q_INCIDENCE);
	if (error == 0)
		error = vnkg_answer_new(&a);
	if (error == 0)
		error = entity_part(a, g, node);
	if (error == 0)
		error = roles_part(a, &q, node);
	if (error == 0)
		error = relations_part(a, &q, node);
	if (error == 0) {
		*out = a;
		a = NULL;
	}
	vnkg_answer_free(a);
	vnkg_i_q_destroy(&q);
	return error;
}

/* --------------------------------------------------------------- related */

/* The events of a node: itself for an event, else the events it has an
 * edge with. Sorted, each once. */
static int node_events(vnkg_i_q_set *out, const vnkg_i_q *q, size_t node)
{
	const igraph_vector_int_t *inc;
	igraph_integer_t i;
	int error = 0;

	if (vnkg_i_q_type(q, node) == VNKG_I_Q_EVENT)
		return vnkg_i_q_set_add(out, node);
	inc = vnkg_i_q_incident(q, node);
	for (i = 0; i < igraph_vector_int_size(inc) && error == 0; i++) {
		size_t e = (size_t)VECTOR(*inc)[i], from = vnkg_i_q_from(q->g, e);
		size_t o = from == node ? vnkg_i_q_to(q->g, e) : from;

		if (vnkg_i_q_type(q, o) == VNKG_I_Q_EVENT)
			error = vnkg_i_q_set_push(out, o);
	}
	vnkg_i_q_set_finish(out);
	return error;
}

/* A person met at the node's events. */
struct met {
	size_t person;
	size_t shared;
	size_t first; /* index of its first (event, person) pair */
};

struct pair {
	size_t person;
	size_t event;
};

static int compare_pairs(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;

	if (x->person != y->person)
		return x->person < y->person ? -1 : 1;
	if (x->event != y->event)
		return x->event < y->event ? -1 : 1;
	return 0;
}

static int compare_met(const void *a, const void *b)
{
	const struct met *x = a, *y = b;

	if (x->shared != y->shared)
		return x->shared > y->shared ? -1 : 1;
	if (x->person != y->person)
		return x->person < y->person ? -1 : 1;
	return 0;
}

/* Events listed in a people row, at most this many, then "(+N)". */
#define RELATED_EVENTS_SHOWN 5

static int people_part(vnkg_answer *a, vnkg_i_q *q, size_t node, const vnkg_i_q_set *events)
{
	static const char *const columns[] = {"person", "rank", "shared", "events"};
	struct pair *pairs = NULL;
	struct met *met = NULL;
	size_t npairs = 0, cap = 0, nmet = 0, i, j, k;
	vnkg_buf cell = VNKG_BUF_INIT;
	vnkg_table *t = NULL;
	char count[32];
	int error;

	error = vnkg_table_new(&t, 4, columns);
	if (error < 0)
		goto cleanup;

	/* the person-event projection: (person, event) pairs of participation */
	for (i = 0; i < events->len; i++) {
		const igraph_vector_int_t *inc = vnkg_i_q_incident(q, events->items[i]);
		igraph_integer_t x;

		for (x = 0; x < igraph_vector_int_size(inc); x++) {
			size_t e = (size_t)VECTOR(*inc)[x], p = vnkg_i_q_from(q->g, e);

			if (vnkg_i_q_to(q->g, e) != events->items[i] || p == node ||
			    vnkg_i_q_type(q, p) != VNKG_I_Q_PERSON || !vnkg_i_q_participates(vnkg_i_q_rel(q, e)))
				continue;
			if (npairs == cap) {
				size_t ncap = cap ? cap * 2 : 64;
				struct pair *np = realloc(pairs, ncap * sizeof(*np));

				if (!np) {
					error = vnkg_i_oom();
					goto cleanup;
				}
				pairs = np;
				cap = ncap;
			}
			pairs[npairs].person = p;
			pairs[npairs].event = events->items[i];
			npairs++;
		}
	}
	qsort(pairs, npairs, sizeof(*pairs), compare_pairs);

	met = malloc((npairs ? npairs : 1) * sizeof(*met));
	if (!met) {
		error = vnkg_i_oom();
		goto cleanup;
	}
	for (i = 0; i < npairs; i = j) {
		size_t shared = 1;

		for (j = i + 1; j < npairs && pairs[j].person == pairs[i].person; j++)
			if (pairs[j].event != pairs[j - 1].event)
				shared++;
		met[nmet].person = pairs[i].person;
		met[nmet].shared = shared;
		met[nmet].first = i;
		nmet++;
	}
	qsort(met, nmet, sizeof(*met), compare_met);

	for (i = 0; i < nmet; i++) {
		const char *cells[4];
		size_t shown = 0;

		vnkg_i_buf_clear(&cell);
		for (k = met[i].first; k < npairs && pairs[k].person == met[i].person; k++) {
			if (k > met[i].first && pairs[k].event == pairs[k - 1].event)
				continue;
			if (shown == RELATED_EVENTS_SHOWN)
				break;
			if (shown)
				vnkg_i_buf_puts(&cell, "; ");
			vnkg_i_buf_puts(&cell, vnkg_i_q_name(q->g, pairs[k].event));
			shown++;
		}
		if (met[i].shared > shown)
			vnkg_i_buf_printf(&cell, "; (+%zu)", met[i].shared - shown);
		if (cell.oom) {
			error = VNKG_ENOMEM;
			goto cleanup;
		}
		snprintf(count, sizeof(count), "%zu", met[i].shared);
		cells[0] = vnkg_i_q_name(q->g, met[i].person);
		cells[1] = vnkg_i_q_node(q->g, met[i].person, VNKG_I_NODE_RANK);
		cells[2] = count;
		cells[3] = vnkg_i_buf_cstr(&cell);
		error = vnkg_table_add_row(t, cells);
		if (error < 0)
			goto cleanup;
	}
	error = vnkg_answer_add(a, "people", &t);

cleanup:
	free(pairs);
	free(met);
	vnkg_i_buf_free(&cell);
	vnkg_table_free(t);
	return error;
}

/* An edge between the node and a body, for grouping by (body, relation,
 * direction). */
struct link {
	size_t body;
	int relation;
	const char *relname;
	int in;
	size_t edge;
};

static int compare_links(const void *a, const void *b)
{
	const struct link *x = a, *y = b;
	int c;

	if (x->body != y->body)
		return x->body < y->body ? -1 : 1;
	if (x->relation != y->relation)
		return x->relation < y->relation ? -1 : 1;
	c = strcmp(x->relname, y->relname);
	if (c)
		return c;
	if (x->in != y->in)
		return x->in < y->in ? -1 : 1;
	if (x->edge != y->edge)
		return x->edge < y->edge ? -1 : 1;
	return 0;
}

/* Appends `s` to a "; "-separated list unless it is in `seen`. */
static int put_once(vnkg_buf *out, vnkg_strvec *seen, const char *s, const char *sep)
{
	int error;

	if (!*s || vnkg_i_strvec_contains(seen, s))
		return 0;
	error = vnkg_i_strvec_push(seen, s);
	if (error < 0)
		return error;
	if (out->len)
		vnkg_i_buf_puts(out, sep);
	vnkg_i_buf_puts(out, s);
	return out->oom ? VNKG_ENOMEM : 0;
}

static int bodies_part(vnkg_answer *a, vnkg_i_q *q, size_t node)
{
	static const char *const columns[] = {"body", "relation", "dir", "role", "dates", "articles"};
	static const size_t sort_cols[] = {4, 0, 1};
	const igraph_vector_int_t *inc = vnkg_i_q_incident(q, node);
	size_t n = (size_t)igraph_vector_int_size(inc), nlinks = 0, i, j, k;
	vnkg_buf roles = VNKG_BUF_INIT, dates = VNKG_BUF_INIT, articles = VNKG_BUF_INIT;
	vnkg_strvec seen_roles = {NULL, 0, 0}, seen_articles = {NULL, 0, 0};
	struct link *links = NULL;
	vnkg_table *t = NULL;
	int error;

	error = vnkg_table_new(&t, 6, columns);
	if (error < 0)
		goto cleanup;
	links = malloc((n ? n : 1) * sizeof(*links));
	if (!links) {
		error = vnkg_i_oom();
		goto cleanup;
	}
	for (i = 0; i < n; i++) {
		size_t e = (size_t)VECTOR(*inc)[i], from = vnkg_i_q_from(q->g, e);
		size_t o = from == node ? vnkg_i_q_to(q->g, e) : from;

		if (o == node || vnkg_i_q_type(q, o) != VNKG_I_Q_BODY)
			continue;
		links[nlinks].body = o;
		links[nlinks].relname = vnkg_i_q_edge(q->g, e, VNKG_I_EDGE_RELATION);
		links[nlinks].relation = vnkg_i_q_relation_index(links[nlinks].relname);
		links[nlinks].in = from != node;
		links[nlinks].edge = e;
		nlinks++;
	}
	qsort(links, nlinks, sizeof(*links), compare_links);

	for (i = 0; i < nlinks; i = j) {
		const char *first = "", *last = "", *cells[6];

		for (j = i + 1; j < nlinks; j++)
			if (links[j].body != links[i].body || links[j].relation != links[i].relation ||
			    strcmp(links[j].relname, links[i].relname) != 0 || links[j].in != links[i].in)
				break;
		vnkg_i_buf_clear(&roles);
		vnkg_i_buf_clear(&dates);
		vnkg_i_buf_clear(&articles);
		vnkg_i_strvec_free(&seen_roles);
		vnkg_i_strvec_free(&seen_articles);
		for (k = i; k < j; k++) {
			size_t e = links[k].edge;
			const char *d = vnkg_i_q_edge_date(q->g, e);

			error = put_once(&roles, &seen_roles, vnkg_i_q_edge(q->g, e, VNKG_I_EDGE_ROLE), "; ");
			if (error == 0)
				error = put_once(&articles, &seen_articles,
					vnkg_i_q_edge(q->g, e, VNKG_I_EDGE_SOURCE), ", ");
			if (error < 0)
				goto cleanup;
			if (*d && (!*first || strcmp(d, first) < 0))
				first = d;
			if (*d && (!*last || strcmp(d, last) > 0))
				last = d;
		}
		vnkg_i_buf_puts(&dates, first);
		if (strcmp(first, last) != 0) {
			vnkg_i_buf_puts(&dates, " – ");
			vnkg_i_buf_puts(&dates, last);
		}
		if (dates.oom) {
			error = VNKG_ENOMEM;
			goto cleanup;
		}
		cells[0] = vnkg_i_q_name(q->g, links[i].body);
		cells[1] = links[i].relname;
		cells[2] = links[i].in ? "←" : "→";
		cells[3] = vnkg_i_buf_cstr(&roles);
		cells[4] = vnkg_i_buf_cstr(&dates);
		cells[5] = vnkg_i_buf_cstr(&articles);
		error = vnkg_table_add_row(t, cells);
		if (error < 0)
			goto cleanup;
	}
	error = vnkg_table_sort(t, sort_cols, 3);
	if (error == 0)
		error = vnkg_answer_add(a, "bodies", &t);

cleanup:
	free(links);
	vnkg_i_buf_free(&roles);
	vnkg_i_buf_free(&dates);
	vnkg_i_buf_free(&articles);
	vnkg_i_strvec_free(&seen_roles);
	vnkg_i_strvec_free(&seen_articles);
	vnkg_table_free(t);
	return error;
}

/* The bodies that issued directive d, "; "-separated, sorted by node. */
static int issuers(vnkg_buf *out, const vnkg_i_q *q, size_t d)
{
	const igraph_vector_int_t *inc = vnkg_i_q_incident(q, d);
	vnkg_strvec seen = {NULL, 0, 0};
	igraph_integer_t i;
	int error = 0;

	for (i = 0; i < igraph_vector_int_size(inc) && error == 0; i++) {
		size_t e = (size_t)VECTOR(*inc)[i];

		if (vnkg_i_q_to(q->g, e) != d ||
		    vnkg_i_q_rel(q, e) != VNKG_I_Q_ISSUED)
			continue;
		error = put_once(out, &seen, vnkg_i_q_name(q->g, vnkg_i_q_from(q->g, e)), "; ");
	}
	vnkg_i_strvec_free(&seen);
	return error;
}

static int is_directive_link(const char *relation)
{
	return strcmp(relation, "disseminated") == 0 || strcmp(relation, "implemented") == 0;
}

/* A directive reached from the node: through one of its events (`via`) or
 * directly (`via` = VNKG_QUERY_NONE). */
struct reach {
	size_t directive;
	size_t via;
	int relation;
	size_t edge;
};

static int compare_reach(const void *a, const void *b)
{
	const struct reach *x = a, *y = b;

	if (x->directive != y->directive)
		return x->directive < y->directive ? -1 : 1;
	if (x->via != y->via)
		return x->via < y->via ? -1 : 1;
	if (x->relation != y->relation)
		return x->relation < y->relation ? -1 : 1;
	if (x->edge != y->edge)
		return x->edge < y->edge ? -1 : 1;
	return 0;
}

/* Collects the directive edges out of `from` (an event, or the node). */
static int collect_reach(struct reach **v, size_t *len, size_t *cap, const vnkg_i_q *q, size_t from, size_t via,
	size_t node)
{
	const igraph_vector_int_t *inc = vnkg_i_q_incident(q, from);
	igraph_integer_t x;

	for (x = 0; x < igraph_vector_int_size(inc); x++) {
		size_t e = (size_t)VECTOR(*inc)[x], d = vnkg_i_q_to(q->g, e);
		const char *rel = vnkg_i_q_edge(q->g, e, VNKG_I_EDGE_RELATION);

		if (vnkg_i_q_from(q->g, e) != from || d == node || vnkg_i_q_type(q, d) != VNKG_I_Q_DIRECTIVE ||
		    !is_directive_link(rel))
			continue;
		if (*len == *cap) {
			size_t c = *cap ? *cap * 2 : 64;
			struct reach *p = realloc(*v, c * sizeof(*p));

			if (!p)
				return vnkg_i_oom();
			*v = p;
			*cap = c;
		}
		(*v)[*len].directive = d;
		(*v)[*len].via = via;
		(*v)[*len].relation = vnkg_i_q_relation_index(rel);
		(*v)[*len].edge = e;
		(*len)++;
	}
	return 0;
}

static int directives_part(vnkg_answer *a, vnkg_i_q *q, size_t node, const vnkg_i_q_set *events)
{
	static const char *const columns[] = {"directive", "issued by", "relation", "event", "date"};
	static const size_t sort_cols[] = {4, 0, 3};
	vnkg_buf by = VNKG_BUF_INIT, rels = VNKG_BUF_INIT;
	struct reach *v = NULL;
	size_t len = 0, cap = 0, i, j, k;
	vnkg_table *t = NULL;
	int error;

	error = vnkg_table_new(&t, 5, columns);
	for (i = 0; i < events->len && error == 0; i++)
		error = collect_reach(&v, &len, &cap, q, events->items[i], events->items[i], node);
	/* what the node disseminated itself (a person) */
	if (error == 0 && vnkg_i_q_type(q, node) != VNKG_I_Q_EVENT)
		error = collect_reach(&v, &len, &cap, q, node, VNKG_QUERY_NONE, node);
	if (error < 0)
		goto cleanup;
	qsort(v, len, sizeof(*v), compare_reach);

	/* one row per (directive, event), its relations together */
	for (i = 0; i < len; i = j) {
		const char *date = "", *cells[5];

		for (j = i + 1; j < len && v[j].directive == v[i].directive && v[j].via == v[i].via; j++)
			;
		vnkg_i_buf_clear(&by);
		vnkg_i_buf_clear(&rels);
		error = issuers(&by, q, v[i].directive);
		if (error < 0)
			goto cleanup;
		for (k = i; k < j; k++) {
			const char *rel = vnkg_i_q_edge(q->g, v[k].edge, VNKG_I_EDGE_RELATION);

			if (k == i || v[k].relation != v[k - 1].relation) {
				if (rels.len)
					vnkg_i_buf_puts(&rels, ", ");
				vnkg_i_buf_puts(&rels, rel);
			}
			if (!*date)
				date = vnkg_i_q_edge_date(q->g, v[k].edge);
		}
		if (rels.oom) {
			error = VNKG_ENOMEM;
			goto cleanup;
		}
		cells[0] = vnkg_i_q_name(q->g, v[i].directive);
		cells[1] = vnkg_i_buf_cstr(&by);
		cells[2] = vnkg_i_buf_cstr(&rels);
		cells[3] = v[i].via == VNKG_QUERY_NONE ? "" : vnkg_i_q_name(q->g, v[i].via);
		cells[4] = date;
		error = vnkg_table_add_row(t, cells);
		if (error < 0)
			goto cleanup;
	}
	error = vnkg_table_sort(t, sort_cols, 3);
	if (error == 0)
		error = vnkg_answer_add(a, "directives", &t);

cleanup:
	free(v);
	vnkg_i_buf_free(&by);
	vnkg_i_buf_free(&rels);
	vnkg_table_free(t);
	return error;
}

int vnkg_query_related(vnkg_answer **out, const vnkg_graph *g, size_t node)
{
	vnkg_i_q_set events = {NULL, 0, 0};
	vnkg_answer *a = NULL;
	vnkg_i_q q;
	int error;

	memset(&q, 0, sizeof(q));
	error = vnkg_i_q_check_node("vnkg_query_related", out != NULL, g, node, 0);
	if (out)
		*out = NULL;
	if (error < 0)
		return error;
	error = vnkg_i_q_init(&q, g, VNKG_I_Q_INCIDENCE);
	if (error == 0)
		error = node_events(&events, &q, node);
	if (error == 0)
		error = vnkg_answer_new(&a);
	if (error == 0)
		error = people_part(a, &q, node, &events);
	if (error == 0)
		error = bodies_part(a, &q, node);
	if (error == 0)
		error = directives_part(a, &q, node, &events);
	if (error == 0) {
		*out = a;
		a = NULL;
	}
	vnkg_answer_free(a);
	vnkg_i_q_set_free(&events);
	vnkg_i_q_destroy(&q);
	return error;
}
