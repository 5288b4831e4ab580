/* Queries: questions asked of a graph, answered as tables. */

#include <stdlib.h>
#include <string.h>

#include "graph/query_i.h"
#include "vnkg/common.h"
#include "vnkg/graph.h"
#include "vnkg/query.h"
#include "util/util.h"

/* An attribute that is never NULL. */
static const char *node_attr(const vnkg_graph *g, size_t node, const char *key)
{
	const char *v = vnkg_graph_node_attr(g, node, key);

	return v ? v : "";
}

static const char *edge_attr(const vnkg_graph *g, size_t edge, const char *key)
{
	const char *v = vnkg_graph_edge_attr(g, edge, key);

	return v ? v : "";
}

/* A node's display name: its label, else its kg_id. */
static const char *node_name(const vnkg_graph *g, size_t node)
{
	const char *label = node_attr(g, node, "label");

	return *label ? label : node_attr(g, node, "kg_id");
}

/* The edges that end in each node and have one relation, as compressed rows:
 * the edges into node n are edges[start[n] .. start[n + 1]). Built in O(N + E). */
struct in_edges {
	size_t *start; /* node count + 1 */
	size_t *edges;
};

static void in_edges_free(struct in_edges *in)
{
	free(in->start);
	free(in->edges);
	in->start = NULL;
	in->edges = NULL;
}

static int in_edges_build(struct in_edges *in, const vnkg_graph *g, const char *relation)
{
	size_t nodes = vnkg_graph_node_count(g), edges = vnkg_graph_edge_count(g);
	size_t e, n, from, to, total = 0, *fill = NULL;
	int error = 0;

	in->start = calloc(nodes + 1, sizeof(*in->start));
	fill = calloc(nodes + 1, sizeof(*fill));
	if (!in->start || !fill) {
		error = vnkg_i_oom();
		goto cleanup;
	}

	for (e = 0; e < edges; e++) {
		if (strcmp(edge_attr(g, e, "relation"), relation) != 0)
			continue;
		if (vnkg_graph_edge_ends(g, e, &from, &to) < 0 || to >= nodes)
			continue;
		in->start[to + 1]++;
		total++;
	}
	for (n = 0; n < nodes; n++)
		in->start[n + 1] += in->start[n];

	in->edges = malloc((total ? total : 1) * sizeof(*in->edges));
	if (!in->edges) {
		error = vnkg_i_oom();
		goto cleanup;
	}
	for (e = 0; e < edges; e++) {
		if (strcmp(edge_attr(g, e, "relation"), relation) != 0)
			continue;
		if (vnkg_graph_edge_ends(g, e, &from, &to) < 0 || to >= nodes)
			continue;
		in->edges[in->start[to] + fill[to]++] = e;
	}

cleanup:
	free(fill);
	if (error < 0)
		in_edges_free(in);
	return error;
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The names of the organisers of `event`, sorted, each once, "; "-separated.
 * The caller frees *out. */
static int organizers(char **out, const vnkg_graph *g, const struct in_edges *org, size_t event)
{
	size_t first = org->start[event], count = org->start[event + 1] - first;
	const char **names = NULL;
	vnkg_buf buf = VNKG_BUF_INIT;
	size_t i, from, to, n = 0;
	int error = 0;

	*out = NULL;
	if (count) {
		names = malloc(count * sizeof(*names));
		if (!names) {
			error = vnkg_i_oom();
			goto cleanup;
		}
		for (i = 0; i < count; i++) {
			if (vnkg_graph_edge_ends(g, org->edges[first + i], &from, &to) < 0)
				continue;
			names[n++] = node_name(g, from);
		}
		qsort(names, n, sizeof(*names), compare_strings);
	}

	for (i = 0; i < n; i++) {
		if (!*names[i] || (i > 0 && strcmp(names[i], names[i - 1]) == 0))
			continue;
		if (buf.len)
			vnkg_i_buf_puts(&buf, "; ");
		vnkg_i_buf_puts(&buf, names[i]);
	}

	*out = vnkg_i_buf_detach(&buf);
	if (!*out)
		error = VNKG_ENOMEM;

cleanup:
	free(names);
	vnkg_i_buf_free(&buf);
	return error;
}

/* Appends a " | "-separated list (the "sources" attribute) ", "-separated. */
static void put_list(vnkg_buf *out, const char *list)
{
	const char *p = list;

	while (*p) {
		const char *end = strchr(p, '|');
		size_t len = end ? (size_t)(end - p) : strlen(p);

		while (len && (*p == ' ' || *p == '\t')) {
			p++;
			len--;
		}
		while (len && (p[len - 1] == ' ' || p[len - 1] == '\t'))
			len--;
		if (len) {
			if (out->len)
				vnkg_i_buf_puts(out, ", ");
			vnkg_i_buf_put(out, p, len);
		}
		if (!end)
			break;
		p = end + 1;
	}
}

/* One chaired edge, grouped by (person, event) once sorted. */
struct chair {
	size_t person;
	size_t event;
	size_t edge;
};

static int compare_chairs(const void *a, const void *b)
{
	const struct chair *x = a, *y = b;

	if (x->person != y->person)
		return x->person < y->person ? -1 : 1;
	if (x->event != y->event)
		return x->event < y->event ? -1 : 1;
	if (x->edge != y->edge)
		return x->edge < y->edge ? -1 : 1;
	return 0;
}

/* The chaired edges of one (person, event): chairs[first .. first + count),
 * the first of which is edge number `edge`. */
struct group {
	size_t first;
	size_t count;
	size_t edge;
};

static int compare_groups(const void *a, const void *b)
{
	const struct group *x = a, *y = b;

	if (x->edge != y->edge)
		return x->edge < y->edge ? -1 : 1;
	return 0;
}

/* ---------------------------------------------------------------- filters */

/* A vnkg_query_filter made ready: `near` marks, when a body is given, the
 * body, the bodies under it, the events they organized and the persons
 * holding roles in them. */
struct filter {
	size_t person;
	const char *from;
	const char *to;
	unsigned char *near;
};

static void filter_free(struct filter *f)
{
	free(f->near);
	f->near = NULL;
}

/* Marks the body and every body part_of it, transitively (breadth first
 * over the part_of edges into each body). */
static int mark_bodies(unsigned char *near, const vnkg_i_q *q, size_t body)
{
	size_t *queue = malloc((q->nodes ? q->nodes : 1) * sizeof(*queue));
	size_t head = 0, tail = 0;
	igraph_integer_t i;

	if (!queue)
		return vnkg_i_oom();
	near[body] = 1;
	queue[tail++] = body;
	while (head < tail) {
		size_t b = queue[head++];
		const igraph_vector_int_t *inc = vnkg_i_q_incident(q, b);

		for (i = 0; i < igraph_vector_int_size(inc); i++) {
			size_t e = (size_t)VECTOR(*inc)[i], from = vnkg_i_q_from(q->g, e);

			if (vnkg_i_q_to(q->g, e) != b || near[from] || vnkg_i_q_rel(q, e) != VNKG_I_Q_PART_OF)
				continue;
			near[from] = 1;
			queue[tail++] = from;
		}
	}
	free(queue);
	return 0;
}

static int filter_init(struct filter *f, const vnkg_i_q *q, const vnkg_query_filter *opts)
{
	unsigned char *bodies = NULL;
	size_t e;
	int error = 0;

	f->person = VNKG_QUERY_NONE;
	f->from = f->to = NULL;
	f->near = NULL;
	if (!opts)
		return 0;
	if (opts->version != VNKG_QUERY_FILTER_VERSION) {
		vnkg_error_set("vnkg_query_filter: version %u is not known (expected %d); use VNKG_QUERY_FILTER_INIT",
			opts->version, VNKG_QUERY_FILTER_VERSION);
		return VNKG_EINVALID;
	}
	if ((opts->person != VNKG_QUERY_NONE && opts->person >= q->nodes) ||
	    (opts->body != VNKG_QUERY_NONE && opts->body >= q->nodes)) {
		vnkg_error_set("vnkg_query_filter: node out of range (the graph has %zu nodes)", q->nodes);
		return VNKG_EINVALID;
	}
	if (opts->from && *opts->from && vnkg_query_date_check(opts->from) < 0)
		return VNKG_EINVALID;
	if (opts->to && *opts->to && vnkg_query_date_check(opts->to) < 0)
		return VNKG_EINVALID;
	f->person = opts->person;
	f->from = opts->from;
	f->to = opts->to;
	if (opts->body == VNKG_QUERY_NONE)
		return 0;

	bodies = calloc(q->nodes, 1);
	f->near = calloc(q->nodes, 1);
	if (!bodies || !f->near) {
		error = vnkg_i_oom();
		goto cleanup;
	}
	error = mark_bodies(bodies, q, opts->body);
	if (error < 0)
		goto cleanup;
	for (e = 0; e < q->edges; e++) {
		const char *rel = vnkg_i_q_edge(q->g, e, VNKG_I_EDGE_RELATION);
		size_t from = vnkg_i_q_from(q->g, e), to = vnkg_i_q_to(q->g, e);

		if (!bodies[to] && !bodies[from])
			continue;
		if (bodies[from] && strcmp(rel, "organized") == 0)
			f->near[to] = 1;
		if (bodies[to] && strcmp(rel, "holds_role") == 0)
			f->near[from] = 1;
	}
	for (e = 0; e < q->nodes; e++)
		f->near[e] |= bodies[e];

cleanup:
	free(bodies);
	if (error < 0)
		filter_free(f);
	return error;
}

/* Does a row between nodes a and b pass the person and body filters? */
static int filter_ends(const struct filter *f, size_t a, size_t b)
{
	if (f->person != VNKG_QUERY_NONE && a != f->person && b != f->person)
		return 0;
	if (f->near && !f->near[a] && !f->near[b])
		return 0;
	return 1;
}

/* Adds the row of one (person, event) pair from its chaired edges
 * chairs[0 .. n), which are in edge order, unless the filter `f` (may be
 * NULL) drops it. `org_cache` keeps each event's organizer cell once
 * computed. The row has six cells, the last the evidence; a table of five
 * columns takes the first five. */
static int add_chaired_row(vnkg_table *t, const vnkg_graph *g, const struct in_edges *org,
	char **org_cache, const struct chair *chairs, size_t n, const struct filter *f)
{
	size_t person = chairs[0].person, event = chairs[0].event, i;
	vnkg_buf person_cell = VNKG_BUF_INIT, article = VNKG_BUF_INIT;
	vnkg_strvec seen = {NULL, 0, 0};
	const char *date, *rank = "", *evidence = "", *cells[6];
	int error = 0;

	date = node_attr(g, event, "date");
	for (i = 0; i < n && !*date; i++)
		date = edge_attr(g, chairs[i].edge, "date");
	if (f && (!filter_ends(f, person, event) || !vnkg_i_q_date_in(date, f->from, f->to)))
		return 0;
	for (i = 0; i < n && !*evidence; i++)
		evidence = edge_attr(g, chairs[i].edge, "evidence");

	for (i = 0; i < n && !*rank; i++)
		rank = edge_attr(g, chairs[i].edge, "rank");
	if (!*rank)
		rank = node_attr(g, person, "rank");
	if (*rank) {
		vnkg_i_buf_puts(&person_cell, rank);
		vnkg_i_buf_putc(&person_cell, ' ');
	}
	vnkg_i_buf_puts(&person_cell, node_name(g, person));

	for (i = 0; i < n; i++) {
		const char *source = edge_attr(g, chairs[i].edge, "source");

		if (!*source || vnkg_i_strvec_contains(&seen, source))
			continue;
		error = vnkg_i_strvec_push(&seen, source);
		if (error < 0)
			goto cleanup;
		if (article.len)
			vnkg_i_buf_puts(&article, ", ");
		vnkg_i_buf_puts(&article, source);
	}
	if (!seen.len)
		put_list(&article, node_attr(g, event, "sources"));

	if (!org_cache[event]) {
		error = organizers(&org_cache[event], g, org, event);
		if (error < 0)
			goto cleanup;
	}

	if (person_cell.oom || article.oom) {
		error = VNKG_ENOMEM;
		goto cleanup;
	}
	cells[0] = date;
	cells[1] = vnkg_i_buf_cstr(&person_cell);
	cells[2] = node_name(g, event);
	cells[3] = org_cache[event];
	cells[4] = vnkg_i_buf_cstr(&article);
	cells[5] = evidence;
	error = vnkg_table_add_row(t, cells);

cleanup:
	vnkg_i_buf_free(&person_cell);
	vnkg_i_buf_free(&article);
	vnkg_i_strvec_free(&seen);
	return error;
}

/* Who chaired which meeting, filtered when `f` is not NULL, with the
 * evidence column when `with_evidence` is 1. */
static int chaired(vnkg_table **out, const vnkg_graph *g, const struct filter *f, int with_evidence)
{
	static const char *const columns[] = {"date", "person", "event", "organizer", "article", "evidence"};
	static const size_t sort_cols[] = {0, 1, 2};
	struct in_edges org = {NULL, NULL};
	struct chair *chairs = NULL;
	struct group *groups = NULL;
	char **org_cache = NULL;
	vnkg_table *t = NULL;
	size_t nodes, edges, nchairs = 0, ngroups = 0, e, i, j;
	int error = 0;

	*out = NULL;
	nodes = vnkg_graph_node_count(g);
	edges = vnkg_graph_edge_count(g);

	error = vnkg_table_new(&t, with_evidence ? 6 : 5, columns);
	if (error < 0)
		goto cleanup;

	/* one pass for the organisers of every event, one for the chaired edges */
	error = in_edges_build(&org, g, "organized");
	if (error < 0)
		goto cleanup;

	chairs = malloc((edges ? edges : 1) * sizeof(*chairs));
	org_cache = calloc(nodes ? nodes : 1, sizeof(*org_cache));
	if (!chairs || !org_cache) {
		error = vnkg_i_oom();
		goto cleanup;
	}
	for (e = 0; e < edges; e++) {
		size_t from, to;

		if (strcmp(edge_attr(g, e, "relation"), "chaired") != 0)
			continue;
		if (vnkg_graph_edge_ends(g, e, &from, &to) < 0 || from >= nodes || to >= nodes)
			continue;
		chairs[nchairs].person = from;
		chairs[nchairs].event = to;
		chairs[nchairs].edge = e;
		nchairs++;
	}
	qsort(chairs, nchairs, sizeof(*chairs), compare_chairs);

	/* groups of one (person, event), then rows in the order of their first
	 * edge, so that rows the sort finds equal stay in edge order */
	groups = malloc((nchairs ? nchairs : 1) * sizeof(*groups));
	if (!groups) {
		error = vnkg_i_oom();
		goto cleanup;
	}
	for (i = 0; i < nchairs; i = j) {
		for (j = i + 1; j < nchairs; j++)
			if (chairs[j].person != chairs[i].person || chairs[j].event != chairs[i].event)
				break;
		groups[ngroups].first = i;
		groups[ngroups].count = j - i;
		groups[ngroups].edge = chairs[i].edge;
		ngroups++;
	}
	qsort(groups, ngroups, sizeof(*groups), compare_groups);

	for (i = 0; i < ngroups; i++) {
		error = add_chaired_row(t, g, &org, org_cache, chairs + groups[i].first,
			groups[i].count, f);
		if (error < 0)
			goto cleanup;
	}

	error = vnkg_table_sort(t, sort_cols, sizeof(sort_cols) / sizeof(sort_cols[0]));
	if (error < 0)
		goto cleanup;

	*out = t;
	t = NULL;

cleanup:
	if (org_cache)
		for (i = 0; i < nodes; i++)
			free(org_cache[i]);
	free(org_cache);
	free(chairs);
	free(groups);
	in_edges_free(&org);
	vnkg_table_free(t);
	return error;
}

int vnkg_query_chaired(vnkg_table **out, const vnkg_graph *g)
{
	if (!out || !g) {
		vnkg_error_set("vnkg_query_chaired: no graph or no output pointer given");
		return VNKG_EINVALID;
	}
	return chaired(out, g, NULL, 0);
}

/* ---------------------------------------------------------- any relation */

/* Adds the row of edge e of a relation other than chaired. */
static int add_edge_row(vnkg_table *t, vnkg_i_q *q, const struct filter *f, size_t e)
{
	const vnkg_graph *g = q->g;
	size_t from = vnkg_i_q_from(g, e), to = vnkg_i_q_to(g, e);
	const char *date, *source, *cells[6];
	vnkg_buf a = VNKG_BUF_INIT, b = VNKG_BUF_INIT, role = VNKG_BUF_INIT;
	int error = 0;

	if (!filter_ends(f, from, to))
		return 0;
	date = vnkg_i_q_edge_date(g, e);
	if (!vnkg_i_q_date_in(date, f->from, f->to))
		return 0;
	source = vnkg_i_q_edge(g, e, VNKG_I_EDGE_SOURCE);

	error = vnkg_i_q_put_name_at(&a, q, from, date, &source, 1);
	if (error == 0)
		error = vnkg_i_q_put_name_at(&b, q, to, date, &source, 1);
	if (error < 0)
		goto cleanup;
	if (vnkg_i_q_rel(q, e) == VNKG_I_Q_HOLDS_ROLE)
		vnkg_i_buf_puts(&role, vnkg_i_q_edge(g, e, VNKG_I_EDGE_ROLE));
	else if (vnkg_i_q_type(q, from) == VNKG_I_Q_PERSON)
		error = vnkg_i_q_role_at(&role, q, from, date, &source, 1);
	else if (vnkg_i_q_type(q, to) == VNKG_I_Q_PERSON)
		error = vnkg_i_q_role_at(&role, q, to, date, &source, 1);
	if (error < 0)
		goto cleanup;
	if (a.oom || b.oom || role.oom) {
		error = VNKG_ENOMEM;
		goto cleanup;
	}
	cells[0] = date;
	cells[1] = vnkg_i_buf_cstr(&a);
	cells[2] = vnkg_i_buf_cstr(&b);
	cells[3] = vnkg_i_buf_cstr(&role);
	cells[4] = source;
	cells[5] = vnkg_i_q_edge(g, e, VNKG_I_EDGE_EVIDENCE);
	error = vnkg_table_add_row(t, cells);

cleanup:
	vnkg_i_buf_free(&a);
	vnkg_i_buf_free(&b);
	vnkg_i_buf_free(&role);
	return error;
}

int vnkg_query_relation(vnkg_table **out, const vnkg_graph *g, const char *relation,
	const vnkg_query_filter *opts)
{
	static const char *const columns[] = {"date", "from", "to", "role", "article", "evidence"};
	static const size_t sort_cols[] = {0, 1, 2};
	struct filter f = {VNKG_QUERY_NONE, NULL, NULL, NULL};
	vnkg_i_q q;
	vnkg_table *t = NULL;
	const char *key = NULL;
	size_t e;
	int rel, error = 0;

	memset(&q, 0, sizeof(q));
	if (!out || !g || !relation) {
		vnkg_error_set("vnkg_query_relation: no graph, relation or output pointer given");
		return VNKG_EINVALID;
	}
	*out = NULL;
	error = vnkg_query_relation_parse(&key, relation);
	if (error < 0)
		return error;
	error = vnkg_i_q_init(&q, g,
		opts && opts->body != VNKG_QUERY_NONE ? VNKG_I_Q_INCIDENCE : VNKG_I_Q_PLAIN);
	if (error < 0)
		goto cleanup;
	error = filter_init(&f, &q, opts);
	if (error < 0)
		goto cleanup;

	if (strcmp(key, "chaired") == 0) {
		error = chaired(out, g, &f, 1);
		goto cleanup;
	}

	error = vnkg_table_new(&t, sizeof(columns) / sizeof(columns[0]), columns);
	if (error < 0)
		goto cleanup;
	rel = vnkg_i_q_relation_index(key);
	for (e = 0; e < q.edges; e++) {
		if (vnkg_i_q_rel(&q, e) != rel)
			continue;
		error = add_edge_row(t, &q, &f, e);
		if (error < 0)
			goto cleanup;
	}
	error = vnkg_table_sort(t, sort_cols, sizeof(sort_cols) / sizeof(sort_cols[0]));
	if (error < 0)
		goto cleanup;
	*out = t;
	t = NULL;

cleanup:
	filter_free(&f);
	vnkg_i_q_destroy(&q);
	vnkg_table_free(t);
	return error;
}
