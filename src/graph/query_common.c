/* What the queries share: the context, names, dates, and the rank and role a
 * person held at a date. */

#include <stdlib.h>
#include <string.h>

#include "graph/query_i.h"
#include "vnkg/common.h"

int vnkg_i_q_igraph_fail(igraph_error_t rc)
{
	if (rc == IGRAPH_ENOMEM)
		return vnkg_i_oom();
	if (strncmp(vnkg_error_last(), "igraph:", 7) != 0)
		vnkg_error_set("igraph: %s", igraph_strerror(rc));
	return VNKG_ERROR;
}

/* The number of `s` in a NULL-terminated list, or the list's length. */
static int index_in(const char *const *list, const char *s)
{
	int i;

	for (i = 0; list[i] && strcmp(list[i], s) != 0; i++)
		;
	return i;
}

int vnkg_i_q_check_node(const char *fn, int have_out, const vnkg_graph *g, size_t node, int any_node)
{
	if (!have_out || !g) {
		vnkg_error_set("%s: no graph or no output pointer given", fn);
		return VNKG_EINVALID;
	}
	if (!(any_node && node == VNKG_QUERY_NONE) && node >= vnkg_graph_node_count(g)) {
		vnkg_error_set("%s: node %zu out of range (the graph has %zu nodes)", fn, node, vnkg_graph_node_count(g));
		return VNKG_EINVALID;
	}
	return 0;
}

int vnkg_i_q_init(vnkg_i_q *q, const vnkg_graph *g, int needs)
{
	igraph_error_t rc;
	size_t i;
	int error;

	memset(q, 0, sizeof(*q));
	if (!g) {
		vnkg_error_set("no graph given");
		return VNKG_EINVALID;
	}
	q->g = g;
	q->nodes = vnkg_graph_node_count(g);
	q->edges = vnkg_graph_edge_count(g);
	q->type = malloc(q->nodes ? q->nodes : 1);
	q->rel = malloc(q->edges ? q->edges : 1);
	if (!q->type || !q->rel)
		return vnkg_i_oom();
	for (i = 0; i < q->nodes; i++)
		q->type[i] = (unsigned char)index_in(vnkg_query_types, vnkg_i_q_node(g, i, VNKG_I_NODE_TYPE));
	for (i = 0; i < q->edges; i++)
		q->rel[i] = (unsigned char)index_in(vnkg_query_relations, vnkg_i_q_edge(g, i, VNKG_I_EDGE_RELATION));
	if (!(needs & VNKG_I_Q_IGRAPH))
		return 0;
	error = vnkg_i_graph_igraph(g, &q->ig);
	if (error < 0)
		return error;
	if ((needs & VNKG_I_Q_INCIDENCE) == VNKG_I_Q_INCIDENCE) {
		rc = igraph_inclist_init(q->ig, &q->inc, IGRAPH_ALL, IGRAPH_LOOPS_ONCE);
		if (rc != IGRAPH_SUCCESS)
			return vnkg_i_q_igraph_fail(rc);
		q->have_inc = 1;
	}
	return 0;
}

void vnkg_i_q_destroy(vnkg_i_q *q)
{
	if (q->have_inc)
		igraph_inclist_destroy(&q->inc);
	free(q->type);
	free(q->rel);
	free(q->rank_src);
	free(q->rank_date);
	free(q->role_src);
	free(q->role_date);
	memset(q, 0, sizeof(*q));
}

const igraph_vector_int_t *vnkg_i_q_incident(const vnkg_i_q *q, size_t n)
{
	return igraph_inclist_get((igraph_inclist_t *)&q->inc, n);
}

const char *vnkg_i_q_node(const vnkg_graph *g, size_t n, int col)
{
	const char *v = vnkg_i_graph_node_attr_at(g, n, col);

	return v ? v : "";
}

const char *vnkg_i_q_edge(const vnkg_graph *g, size_t e, int col)
{
	const char *v = vnkg_i_graph_edge_attr_at(g, e, col);

	return v ? v : "";
}

const char *vnkg_i_q_name(const vnkg_graph *g, size_t n)
{
	const char *label = vnkg_i_q_node(g, n, VNKG_I_NODE_LABEL);

	return *label ? label : vnkg_i_q_node(g, n, VNKG_I_NODE_KG_ID);
}

int vnkg_i_q_is(const vnkg_graph *g, size_t n, const char *type)
{
	return strcmp(vnkg_i_q_node(g, n, VNKG_I_NODE_TYPE), type) == 0;
}

size_t vnkg_i_q_from(const vnkg_graph *g, size_t e)
{
	size_t from = 0, to = 0;

	vnkg_graph_edge_ends(g, e, &from, &to);
	return from;
}

size_t vnkg_i_q_to(const vnkg_graph *g, size_t e)
{
	size_t from = 0, to = 0;

	vnkg_graph_edge_ends(g, e, &from, &to);
	return to;
}

int vnkg_i_q_relation_index(const char *key)
{
	int i;

	for (i = 0; i < VNKG_I_Q_RELATIONS; i++)
		if (strcmp(vnkg_query_relations[i], key) == 0)
			return i;
	return VNKG_I_Q_RELATIONS;
}

/* ----------------------------------------------------------------- dates */

int vnkg_i_q_date_cmp(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	return strncmp(a, b, la < lb ? la : lb);
}

int vnkg_i_q_date_has_year(const char *d)
{
	return d && d[0] >= '0' && d[0] <= '9';
}

int vnkg_i_q_date_in(const char *d, const char *from, const char *to)
{
	int open_from = !from || !*from, open_to = !to || !*to;

	/* an undated event, or a day whose year nothing told ("--03-14"), is in
	 * no bounded range */
	if (!vnkg_i_q_date_has_year(d))
		return open_from && open_to;
	if (!open_from && vnkg_i_q_date_cmp(d, from) < 0)
		return 0;
	if (!open_to && vnkg_i_q_date_cmp(d, to) > 0)
		return 0;
	return 1;
}

const char *vnkg_i_q_edge_date(const vnkg_graph *g, size_t e)
{
	const char *d = vnkg_i_q_edge(g, e, VNKG_I_EDGE_DATE);
	size_t from, to;

	if (*d || vnkg_graph_edge_ends(g, e, &from, &to) < 0)
		return d;
	if (vnkg_i_q_is(g, to, "event") && *vnkg_i_q_node(g, to, VNKG_I_NODE_DATE))
		return vnkg_i_q_node(g, to, VNKG_I_NODE_DATE);
	if (vnkg_i_q_is(g, from, "event"))
		return vnkg_i_q_node(g, from, VNKG_I_NODE_DATE);
	return d;
}

/* ----------------------------------------------------------------- facts */

static int compare_facts(const void *a, const void *b)
{
	const struct vnkg_i_q_fact *x = a, *y = b;
	int c;

	if (x->from != y->from)
		return x->from < y->from ? -1 : 1;
	c = strcmp(x->key, y->key);
	if (c)
		return c;
	if (x->edge != y->edge)
		return x->edge < y->edge ? -1 : 1;
	return 0;
}

static int build_facts(vnkg_i_q *q)
{
	size_t e, n = q->edges ? q->edges : 1;
	int error = 0;

	q->rank_src = malloc(n * sizeof(*q->rank_src));
	q->rank_date = malloc(n * sizeof(*q->rank_date));
	q->role_src = malloc(n * sizeof(*q->role_src));
	q->role_date = malloc(n * sizeof(*q->role_date));
	if (!q->rank_src || !q->rank_date || !q->role_src || !q->role_date) {
		error = vnkg_i_oom();
		goto cleanup;
	}
	for (e = 0; e < q->edges; e++) {
		const char *date = vnkg_i_q_edge(q->g, e, VNKG_I_EDGE_DATE);
		const char *source = vnkg_i_q_edge(q->g, e, VNKG_I_EDGE_SOURCE);
		size_t from = vnkg_i_q_from(q->g, e);
		struct vnkg_i_q_fact f;

		f.from = from;
		f.edge = e;
		if (*vnkg_i_q_edge(q->g, e, VNKG_I_EDGE_RANK)) {
			f.key = source;
			q->rank_src[q->nrank_src++] = f;
			if (*date) {
				f.key = date;
				q->rank_date[q->nrank_date++] = f;
			}
		}
		if (vnkg_i_q_rel(q, e) == VNKG_I_Q_HOLDS_ROLE) {
			f.key = source;
			q->role_src[q->nrole_src++] = f;
			if (*date) {
				f.key = date;
				q->role_date[q->nrole_date++] = f;
			}
		}
	}
	qsort(q->rank_src, q->nrank_src, sizeof(*q->rank_src), compare_facts);
	qsort(q->rank_date, q->nrank_date, sizeof(*q->rank_date), compare_facts);
	qsort(q->role_src, q->nrole_src, sizeof(*q->role_src), compare_facts);
	qsort(q->role_date, q->nrole_date, sizeof(*q->role_date), compare_facts);
	q->have_facts = 1;

cleanup:
	return error;
}

/* The first fact of person p with key `key` (exact), or n when none. */
static size_t find_key(const struct vnkg_i_q_fact *f, size_t n, size_t p, const char *key)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = f[mid].from != p ? (f[mid].from < p ? -1 : 1) : strcmp(f[mid].key, key);

		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < n && f[lo].from == p && strcmp(f[lo].key, key) == 0)
		return lo;
	return n;
}

/* The range [*first, *last) of person p's facts. */
static void person_range(const struct vnkg_i_q_fact *f, size_t n, size_t p, size_t *first, size_t *last)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (f[mid].from < p)
			lo = mid + 1;
		else
			hi = mid;
	}
	*first = lo;
	hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (f[mid].from <= p)
			lo = mid + 1;
		else
			hi = mid;
	}
	*last = lo;
}

/* The first fact of the latest date not after `date` among person p's
 * date facts, or n. Facts not after a date form a prefix of the person's
 * range in string order (see vnkg_i_q_date_cmp), so a binary search finds
 * the last of them. */
static size_t find_latest(const struct vnkg_i_q_fact *f, size_t n, size_t p, const char *date)
{
	size_t first, last, lo, hi, i;

	person_range(f, n, p, &first, &last);
	lo = first;
	hi = last;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (vnkg_i_q_date_cmp(f[mid].key, date) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == first)
		return n;
	i = lo - 1;
	while (i > first && strcmp(f[i - 1].key, f[i].key) == 0)
		i--;
	return i;
}

int vnkg_i_q_rank_at(const char **out, vnkg_i_q *q, size_t p, const char *date, const char *const *sources,
	size_t nsources)
{
	size_t i, k, first, last;
	int error;

	*out = "";
	if (!q->have_facts) {
		error = build_facts(q);
		if (error < 0)
			return error;
	}
	for (k = 0; k < nsources; k++) {
		if (!sources[k] || !*sources[k])
			continue;
		i = find_key(q->rank_src, q->nrank_src, p, sources[k]);
		if (i < q->nrank_src) {
			*out = vnkg_i_q_edge(q->g, q->rank_src[i].edge, VNKG_I_EDGE_RANK);
			return 0;
		}
	}
	if (date && *date) {
		i = find_latest(q->rank_date, q->nrank_date, p, date);
		if (i < q->nrank_date) {
			*out = vnkg_i_q_edge(q->g, q->rank_date[i].edge, VNKG_I_EDGE_RANK);
			return 0;
		}
	}
	person_range(q->rank_src, q->nrank_src, p, &first, &last);
	if (first == last)
		*out = vnkg_i_q_node(q->g, p, VNKG_I_NODE_RANK);
	return 0;
}

/* Appends the role of holds_role edge e, unless `seen` has it already. */
static int put_role(vnkg_buf *out, vnkg_strvec *seen, const vnkg_graph *g, size_t e)
{
	vnkg_buf one = VNKG_BUF_INIT;
	const char *role = vnkg_i_q_edge(g, e, VNKG_I_EDGE_ROLE);
	int error = 0;

	if (*role) {
		vnkg_i_buf_puts(&one, role);
		vnkg_i_buf_putc(&one, ' ');
	}
	vnkg_i_buf_puts(&one, vnkg_i_q_name(g, vnkg_i_q_to(g, e)));
	if (one.oom) {
		error = VNKG_ENOMEM;
		goto cleanup;
	}
	if (vnkg_i_strvec_contains(seen, vnkg_i_buf_cstr(&one)))
		goto cleanup;
	error = vnkg_i_strvec_push(seen, vnkg_i_buf_cstr(&one));
	if (error < 0)
		goto cleanup;
	if (out->len)
		vnkg_i_buf_puts(out, "; ");
	vnkg_i_buf_puts(out, vnkg_i_buf_cstr(&one));
	if (out->oom)
		error = VNKG_ENOMEM;

cleanup:
	vnkg_i_buf_free(&one);
	return error;
}

int vnkg_i_q_role_at(vnkg_buf *out, vnkg_i_q *q, size_t p, const char *date, const char *const *sources,
	size_t nsources)
{
	vnkg_strvec seen = {NULL, 0, 0};
	vnkg_buf roles = VNKG_BUF_INIT;
	size_t i, k;
	int error = 0;

	if (!q->have_facts) {
		error = build_facts(q);
		if (error < 0)
			return error;
	}
	for (k = 0; k < nsources; k++) {
		if (!sources[k] || !*sources[k])
			continue;
		i = find_key(q->role_src, q->nrole_src, p, sources[k]);
		for (; i < q->nrole_src && q->role_src[i].from == p &&
			strcmp(q->role_src[i].key, sources[k]) == 0; i++) {
			error = put_role(&roles, &seen, q->g, q->role_src[i].edge);
			if (error < 0)
				goto cleanup;
		}
	}
	if (!roles.len && date && *date) {
		i = find_latest(q->role_date, q->nrole_date, p, date);
		if (i < q->nrole_date) {
			const char *d = q->role_date[i].key;

			for (; i < q->nrole_date && q->role_date[i].from == p &&
				strcmp(q->role_date[i].key, d) == 0; i++) {
				error = put_role(&roles, &seen, q->g, q->role_date[i].edge);
				if (error < 0)
					goto cleanup;
			}
		}
	}
	vnkg_i_buf_puts(out, vnkg_i_buf_cstr(&roles));
	if (out->oom || roles.oom)
		error = VNKG_ENOMEM;

cleanup:
	vnkg_i_buf_free(&roles);
	vnkg_i_strvec_free(&seen);
	return error;
}

int vnkg_i_q_put_name_at(vnkg_buf *out, vnkg_i_q *q, size_t n, const char *date, const char *const *sources,
	size_t nsources)
{
	const char *rank = "";
	int error;

	if (vnkg_i_q_type(q, n) == VNKG_I_Q_PERSON) {
		error = vnkg_i_q_rank_at(&rank, q, n, date, sources, nsources);
		if (error < 0)
			return error;
	}
	if (*rank) {
		vnkg_i_buf_puts(out, rank);
		vnkg_i_buf_putc(out, ' ');
	}
	vnkg_i_buf_puts(out, vnkg_i_q_name(q->g, n));
	return out->oom ? VNKG_ENOMEM : 0;
}

void vnkg_i_q_put_list(vnkg_buf *out, const char *list, const char *sep)
{
	const char *p = list;
	int first = 1;

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
			if (!first)
				vnkg_i_buf_puts(out, sep);
			vnkg_i_buf_put(out, p, len);
			first = 0;
		}
		if (!end)
			break;
		p = end + 1;
	}
}

/* ------------------------------------------------------------------- sets */

int vnkg_i_q_set_add(vnkg_i_q_set *s, size_t v)
{
	size_t lo = 0, hi = s->len;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (s->items[mid] < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < s->len && s->items[lo] == v)
		return 0;
	if (s->len == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 16;
		size_t *p = realloc(s->items, cap * sizeof(*p));

		if (!p)
			return vnkg_i_oom();
		s->items = p;
		s->cap = cap;
	}
	memmove(s->items + lo + 1, s->items + lo, (s->len - lo) * sizeof(*s->items));
	s->items[lo] = v;
	s->len++;
	return 0;
}

int vnkg_i_q_set_push(vnkg_i_q_set *s, size_t v)
{
	if (s->len == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 16;
		size_t *p = realloc(s->items, cap * sizeof(*p));

		if (!p)
			return vnkg_i_oom();
		s->items = p;
		s->cap = cap;
	}
	s->items[s->len++] = v;
	return 0;
}

static int compare_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

void vnkg_i_q_set_finish(vnkg_i_q_set *s)
{
	size_t i, k = 0;

	qsort(s->items, s->len, sizeof(*s->items), compare_size);
	for (i = 0; i < s->len; i++)
		if (k == 0 || s->items[k - 1] != s->items[i])
			s->items[k++] = s->items[i];
	s->len = k;
}

int vnkg_i_q_set_has(const vnkg_i_q_set *s, size_t v)
{
	size_t lo = 0, hi = s->len;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (s->items[mid] < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < s->len && s->items[lo] == v;
}

void vnkg_i_q_set_free(vnkg_i_q_set *s)
{
	free(s->items);
	s->items = NULL;
	s->len = s->cap = 0;
}
