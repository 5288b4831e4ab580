/* Graph analytics through igraph: centrality rankings, shortest paths,
 * statistics. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph/query_i.h"
#include "vnkg/common.h"

/* ------------------------------------------------------------------ rank */

int vnkg_rank_by_parse(vnkg_rank_by *out, const char *name)
{
	if (!out || !name) {
		vnkg_error_set("no ranking given; expected pagerank, degree or betweenness");
		return VNKG_EINVALID;
	}
	if (strcmp(name, "pagerank") == 0)
		*out = VNKG_RANK_PAGERANK;
	else if (strcmp(name, "degree") == 0)
		*out = VNKG_RANK_DEGREE;
	else if (strcmp(name, "betweenness") == 0)
		*out = VNKG_RANK_BETWEENNESS;
	else {
		vnkg_error_set("unknown ranking \"%s\"; expected pagerank, degree or betweenness", name);
		return VNKG_EINVALID;
	}
	return 0;
}

static const vnkg_rank_options default_rank_options = VNKG_RANK_OPTIONS_INIT;

int vnkg_query_rank_is_estimate(const vnkg_graph *g, const vnkg_rank_options *opts)
{
	if (!opts)
		opts = &default_rank_options;
	return g && opts->by == VNKG_RANK_BETWEENNESS && vnkg_graph_node_count(g) > opts->exact_max &&
		opts->samples > 0 && opts->samples < vnkg_graph_node_count(g);
}

/* Betweenness on the undirected view: exact, or estimated from `samples`
 * sources spread evenly over the nodes and scaled up. */
static int betweenness(igraph_vector_t *res, const igraph_t *ig, const vnkg_graph *g,
	const vnkg_rank_options *opts)
{
	igraph_vector_int_t sources;
	igraph_error_t rc;
	size_t n = vnkg_graph_node_count(g), k, i;

	if (!vnkg_query_rank_is_estimate(g, opts)) {
		rc = igraph_betweenness(ig, res, igraph_vss_all(), IGRAPH_UNDIRECTED, NULL);
		return rc == IGRAPH_SUCCESS ? 0 : vnkg_i_q_igraph_fail(rc);
	}
	k = opts->samples;
	rc = igraph_vector_int_init(&sources, (igraph_integer_t)k);
	if (rc != IGRAPH_SUCCESS)
		return vnkg_i_q_igraph_fail(rc);
	for (i = 0; i < k; i++)
		VECTOR(sources)[i] = (igraph_integer_t)(i * n / k);
	rc = igraph_betweenness_subset(ig, res, igraph_vss_all(), IGRAPH_UNDIRECTED, igraph_vss_vector(&sources),
		igraph_vss_all(), NULL);
	igraph_vector_int_destroy(&sources);
	if (rc != IGRAPH_SUCCESS)
		return vnkg_i_q_igraph_fail(rc);
	igraph_vector_scale(res, (igraph_real_t)n / (igraph_real_t)k);
	return 0;
}

struct scored {
	size_t node;
	double score;
};

static int compare_scored(const void *a, const void *b)
{
	const struct scored *x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	if (x->node != y->node)
		return x->node < y->node ? -1 : 1;
	return 0;
}

int vnkg_query_rank(vnkg_table **out, const vnkg_graph *g, const vnkg_rank_options *opts)
{
	static const char *const columns[] = {"rank", "name", "type", "score", "kg_id"};
	struct scored *nodes = NULL;
	igraph_vector_t scores;
	igraph_vector_int_t degrees;
	int have_scores = 0, have_degrees = 0, error = 0;
	const igraph_t *ig = NULL;
	vnkg_table *t = NULL;
	igraph_error_t rc;
	size_t n, i, kept = 0, rows = 0;

	if (!out || !g) {
		vnkg_error_set("vnkg_query_rank: no graph or no output pointer given");
		return VNKG_EINVALID;
	}
	*out = NULL;
	if (!opts)
		opts = &default_rank_options;
	if (opts->version != VNKG_RANK_OPTIONS_VERSION) {
		vnkg_error_set("vnkg_rank_options: version %u is not known (expected %d); use VNKG_RANK_OPTIONS_INIT",
			opts->version, VNKG_RANK_OPTIONS_VERSION);
		return VNKG_EINVALID;
	}
	n = vnkg_graph_node_count(g);
	error = vnkg_i_graph_igraph(g, &ig);
	if (error < 0)
		return error;

	rc = igraph_vector_init(&scores, (igraph_integer_t)n);
	if (rc != IGRAPH_SUCCESS) {
		error = vnkg_i_q_igraph_fail(rc);
		goto cleanup;
	}
	have_scores = 1;
	switch (opts->by) {
	case VNKG_RANK_PAGERANK:
		if (n == 0)
			break;
		rc = igraph_pagerank(ig, IGRAPH_PAGERANK_ALGO_PRPACK, &scores, NULL, igraph_vss_all(),
			IGRAPH_UNDIRECTED, 0.85, NULL, NULL);
		if (rc != IGRAPH_SUCCESS)
			error = vnkg_i_q_igraph_fail(rc);
		break;
	case VNKG_RANK_DEGREE:
		rc = igraph_vector_int_init(&degrees, (igraph_integer_t)n);
		if (rc == IGRAPH_SUCCESS) {
			have_degrees = 1;
			rc = igraph_degree(ig, &degrees, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS);
		}
		if (rc != IGRAPH_SUCCESS) {
			error = vnkg_i_q_igraph_fail(rc);
			break;
		}
		for (i = 0; i < n; i++)
			VECTOR(scores)[i] = (igraph_real_t)VECTOR(degrees)[i];
		break;
	case VNKG_RANK_BETWEENNESS:
		if (n > 0)
			error = betweenness(&scores, ig, g, opts);
		break;
	default:
		vnkg_error_set("vnkg_query_rank: unknown ranking %d", (int)opts->by);
		error = VNKG_EINVALID;
		break;
	}
	if (error < 0)
		goto cleanup;

	nodes = malloc((n ? n : 1) * sizeof(*nodes));
	if (!nodes) {
		error = vnkg_i_oom();
		goto cleanup;
	}
	for (i = 0; i < n; i++) {
		if (opts->type && *opts->type && !vnkg_i_q_is(g, i, opts->type))
			continue;
		nodes[kept].node = i;
		nodes[kept].score = VECTOR(scores)[i];
		kept++;
	}
	qsort(nodes, kept, sizeof(*nodes), compare_scored);

	error = vnkg_table_new(&t, 5, columns);
	if (error < 0)
		goto cleanup;
	rows = opts->limit && opts->limit < kept ? opts->limit : kept;
	for (i = 0; i < rows; i++) {
		char place[32], score[64];
		const char *cells[5];

		snprintf(place, sizeof(place), "%zu", i + 1);
		if (opts->by == VNKG_RANK_PAGERANK)
			snprintf(score, sizeof(score), "%.6f", nodes[i].score);
		else if (opts->by == VNKG_RANK_DEGREE)
			snprintf(score, sizeof(score), "%.0f", nodes[i].score);
		else
			snprintf(score, sizeof(score), "%.1f", nodes[i].score);
		cells[0] = place;
		cells[1] = vnkg_i_q_name(g, nodes[i].node);
		cells[2] = vnkg_i_q_node(g, nodes[i].node, VNKG_I_NODE_TYPE);
		cells[3] = score;
		cells[4] = vnkg_i_q_node(g, nodes[i].node, VNKG_I_NODE_KG_ID);
		error = vnkg_table_add_row(t, cells);
		if (error < 0)
			goto cleanup;
	}
	*out = t;
	t = NULL;

cleanup:
	if (have_scores)
		igraph_vector_destroy(&scores);
	if (have_degrees)
		igraph_vector_int_destroy(&degrees);
	free(nodes);
	vnkg_table_free(t);
	return error;
}

/* ------------------------------------------------------------------ path */

int vnkg_query_path(vnkg_table **out, const vnkg_graph *g, size_t from, size_t to)
{
	static const char *const columns[] = {"step", "from", "relation", "dir", "to", "date", "article",
		"evidence"};
	igraph_vector_int_t verts, edges;
	int have_verts = 0, have_edges = 0, error;
	vnkg_buf a = VNKG_BUF_INIT, b = VNKG_BUF_INIT;
	vnkg_table *t = NULL;
	igraph_error_t rc;
	igraph_integer_t i;
	vnkg_i_q q;

	memset(&q, 0, sizeof(q));
	if (!out || !g) {
		vnkg_error_set("vnkg_query_path: no graph or no output pointer given");
		return VNKG_EINVALID;
	}
	*out = NULL;
	if (from >= vnkg_graph_node_count(g) || to >= vnkg_graph_node_count(g)) {
		vnkg_error_set("vnkg_query_path: node out of range (the graph has %zu nodes)",
			vnkg_graph_node_count(g));
		return VNKG_EINVALID;
	}
	error = vnkg_i_q_init(&q, g, VNKG_I_Q_IGRAPH);
	if (error == 0)
		error = vnkg_table_new(&t, 8, columns);
	if (error < 0)
		goto cleanup;
	if (from == to)
		goto done;

	rc = igraph_vector_int_init(&verts, 0);
	if (rc == IGRAPH_SUCCESS) {
		have_verts = 1;
		rc = igraph_vector_int_init(&edges, 0);
	}
	if (rc == IGRAPH_SUCCESS) {
		have_edges = 1;
		rc = igraph_get_shortest_path(q.ig, &verts, &edges, (igraph_integer_t)from, (igraph_integer_t)to,
			IGRAPH_ALL);
	}
	if (rc != IGRAPH_SUCCESS) {
		error = vnkg_i_q_igraph_fail(rc);
		goto cleanup;
	}
	/* unreachable: igraph warns and leaves the vectors empty */
	for (i = 0; i < igraph_vector_int_size(&edges); i++) {
		size_t e = (size_t)VECTOR(edges)[i], here = (size_t)VECTOR(verts)[i];
		size_t next = (size_t)VECTOR(verts)[i + 1];
		const char *date = vnkg_i_q_edge_date(g, e), *source = vnkg_i_q_edge(g, e, VNKG_I_EDGE_SOURCE);
		const char *cells[8];
		char step[32];

		vnkg_i_buf_clear(&a);
		vnkg_i_buf_clear(&b);
		error = vnkg_i_q_put_name_at(&a, &q, here, date, &source, 1);
		if (error == 0)
			error = vnkg_i_q_put_name_at(&b, &q, next, date, &source, 1);
		if (error < 0)
			goto cleanup;
		snprintf(step, sizeof(step), "%ld", (long)i + 1);
		cells[0] = step;
		cells[1] = vnkg_i_buf_cstr(&a);
		cells[2] = vnkg_i_q_edge(g, e, VNKG_I_EDGE_RELATION);
		cells[3] = vnkg_i_q_from(g, e) == here ? "→" : "←";
		cells[4] = vnkg_i_buf_cstr(&b);
		cells[5] = date;
		cells[6] = source;
		cells[7] = vnkg_i_q_edge(g, e, VNKG_I_EDGE_EVIDENCE);
		error = vnkg_table_add_row(t, cells);
		if (error < 0)
			goto cleanup;
	}
done:
	*out = t;
	t = NULL;

cleanup:
	if (have_verts)
		igraph_vector_int_destroy(&verts);
	if (have_edges)
		igraph_vector_int_destroy(&edges);
	vnkg_i_buf_free(&a);
	vnkg_i_buf_free(&b);
	vnkg_table_free(t);
	vnkg_i_q_destroy(&q);
	return error;
}

/* ----------------------------------------------------------------- stats */

/* A piece of a string, for counting distinct article ids. */
struct piece {
	const char *s;
	size_t len;
};

static int compare_pieces(const void *a, const void *b)
{
	const struct piece *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->s, y->s, n);

	if (c)
		return c;
	return x->len < y->len ? -1 : x->len > y->len;
}

static int push_piece(struct piece **v, size_t *len, size_t *cap, const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (!n)
		return 0;
	if (*len == *cap) {
		size_t c = *cap ? *cap * 2 : 256;
		struct piece *p = realloc(*v, c * sizeof(*p));

		if (!p)
			return vnkg_i_oom();
		*v = p;
		*cap = c;
	}
	(*v)[*len].s = s;
	(*v)[*len].len = n;
	(*len)++;
	return 0;
}

/* The number of distinct article ids in node "sources" and edge "source". */
static int count_articles(size_t *out, const vnkg_graph *g)
{
	struct piece *v = NULL;
	size_t len = 0, cap = 0, i, n = 0;
	int error = 0;

	for (i = 0; i < vnkg_graph_node_count(g) && error == 0; i++) {
		const char *p = vnkg_i_q_node(g, i, VNKG_I_NODE_SOURCES);

		while (*p && error == 0) {
			const char *end = strchr(p, '|');
			size_t l = end ? (size_t)(end - p) : strlen(p);

			error = push_piece(&v, &len, &cap, p, l);
			if (!end)
				break;
			p = end + 1;
		}
	}
	for (i = 0; i < vnkg_graph_edge_count(g) && error == 0; i++) {
		const char *s = vnkg_i_q_edge(g, i, VNKG_I_EDGE_SOURCE);

		error = push_piece(&v, &len, &cap, s, strlen(s));
	}
	if (error == 0) {
		qsort(v, len, sizeof(*v), compare_pieces);
		for (i = 0; i < len; i++)
			if (i == 0 || compare_pieces(&v[i - 1], &v[i]) != 0)
				n++;
		*out = n;
	}
	free(v);
	return error;
}

static int add_count(vnkg_table *t, const char *a, const char *b, size_t count)
{
	char text[32];
	const char *cells[3];

	snprintf(text, sizeof(text), "%zu", count);
	cells[0] = a;
	cells[1] = b ? b : text;
	cells[2] = text;
	return vnkg_table_add_row(t, cells);
}

static int summary_part(vnkg_answer *a, const vnkg_i_q *q)
{
	static const char *const columns[] = {"measure", "value"};
	const vnkg_graph *g = q->g;
	igraph_vector_int_t membership, sizes;
	int have_m = 0, have_s = 0, error = 0;
	igraph_integer_t ncomp = 0, largest = 0, isolated = 0, i;
	size_t articles = 0, dated = 0, undated = 0, n, e;
	const char *first = "", *last = "", *cells[2];
	vnkg_table *t = NULL;
	igraph_error_t rc;

	rc = igraph_vector_int_init(&membership, 0);
	if (rc == IGRAPH_SUCCESS) {
		have_m = 1;
		rc = igraph_vector_int_init(&sizes, 0);
	}
	if (rc == IGRAPH_SUCCESS) {
		have_s = 1;
		rc = igraph_connected_components(q->ig, &membership, &sizes, &ncomp, IGRAPH_WEAK);
	}
	if (rc != IGRAPH_SUCCESS) {
		error = vnkg_i_q_igraph_fail(rc);
		goto cleanup;
	}
	for (i = 0; i < igraph_vector_int_size(&sizes); i++) {
		if (VECTOR(sizes)[i] > largest)
			largest = VECTOR(sizes)[i];
		if (VECTOR(sizes)[i] == 1)
			isolated++;
	}

	error = count_articles(&articles, g);
	if (error < 0)
		goto cleanup;
	for (n = 0; n < q->nodes; n++) {
		const char *d = vnkg_i_q_node(g, n, VNKG_I_NODE_DATE);

		if (vnkg_i_q_is(g, n, "event")) {
			if (*d)
				dated++;
			else
				undated++;
		}
		if (vnkg_i_q_date_has_year(d) && (!*first || strcmp(d, first) < 0))
			first = d;
		if (vnkg_i_q_date_has_year(d) && (!*last || strcmp(d, last) > 0))
			last = d;
	}
	for (e = 0; e < q->edges; e++) {
		const char *d = vnkg_i_q_edge(g, e, VNKG_I_EDGE_DATE);

		if (vnkg_i_q_date_has_year(d) && (!*first || strcmp(d, first) < 0))
			first = d;
		if (vnkg_i_q_date_has_year(d) && (!*last || strcmp(d, last) > 0))
			last = d;
	}

	error = vnkg_table_new(&t, 2, columns);
	if (error == 0)
		error = add_count(t, "nodes", NULL, q->nodes);
	if (error == 0)
		error = add_count(t, "edges", NULL, q->edges);
	if (error == 0)
		error = add_count(t, "articles", NULL, articles);
	if (error == 0)
		error = add_count(t, "components", NULL, (size_t)ncomp);
	if (error == 0)
		error = add_count(t, "largest component", NULL, (size_t)largest);
	if (error == 0)
		error = add_count(t, "isolated nodes", NULL, (size_t)isolated);
	if (error == 0) {
		cells[0] = "first date";
		cells[1] = first;
		error = vnkg_table_add_row(t, cells);
	}
	if (error == 0) {
		cells[0] = "last date";
		cells[1] = last;
		error = vnkg_table_add_row(t, cells);
	}
	if (error == 0)
		error = add_count(t, "dated events", NULL, dated);
	if (error == 0)
		error = add_count(t, "undated events", NULL, undated);
	if (error == 0)
		error = vnkg_answer_add(a, "summary", &t);

cleanup:
	if (have_m)
		igraph_vector_int_destroy(&membership);
	if (have_s)
		igraph_vector_int_destroy(&sizes);
	vnkg_table_free(t);
	return error;
}

/* A value and how often it occurs. */
struct tally {
	const char *value;
	size_t count;
};

static int compare_tally(const void *a, const void *b)
{
	return strcmp(((const struct tally *)a)->value, ((const struct tally *)b)->value);
}

/* Counts the distinct strings of `values` (n of them) beyond the `known`
 * ones (NULL-terminated), which come first in their order, each even when
 * zero. */
static int tally_part(vnkg_answer *a, const char *title, const char *const *columns, size_t ncols,
	const char *const *values, size_t n, const char *const *known, const char *const *labels)
{
	struct tally *extra = NULL;
	size_t nknown = 0, nextra = 0, i, k, *counts = NULL;
	vnkg_table *t = NULL;
	int error = 0;

	while (known[nknown])
		nknown++;
	counts = calloc(nknown ? nknown : 1, sizeof(*counts));
	extra = malloc((n ? n : 1) * sizeof(*extra));
	if (!counts || !extra) {
		error = vnkg_i_oom();
		goto cleanup;
	}
	for (i = 0; i < n; i++) {
		for (k = 0; k < nknown && strcmp(known[k], values[i]) != 0; k++)
			;
		if (k < nknown) {
			counts[k]++;
		} else {
			extra[nextra].value = values[i];
			extra[nextra].count = 1;
			nextra++;
		}
	}
	qsort(extra, nextra, sizeof(*extra), compare_tally);

	error = vnkg_table_new(&t, ncols, columns);
	for (k = 0; k < nknown && error == 0; k++)
		error = add_count(t, known[k], labels ? labels[k] : NULL, counts[k]);
	for (i = 0; i < nextra && error == 0; i = k) {
		for (k = i + 1; k < nextra && strcmp(extra[k].value, extra[i].value) == 0; k++)
			;
		error = add_count(t, *extra[i].value ? extra[i].value : "(none)", labels ? "" : NULL, k - i);
	}
	if (error == 0)
		error = vnkg_answer_add(a, title, &t);

cleanup:
	free(counts);
	free(extra);
	vnkg_table_free(t);
	return error;
}

int vnkg_query_stats(vnkg_answer **out, const vnkg_graph *g)
{
	static const char *const type_cols[] = {"type", "count"};
	static const char *const rel_cols[] = {"relation", "label", "count"};
	const char **values = NULL;
	vnkg_answer *a = NULL;
	vnkg_i_q q;
	size_t i;
	int error;

	memset(&q, 0, sizeof(q));
	if (!out || !g) {
		vnkg_error_set("vnkg_query_stats: no graph or no output pointer given");
		return VNKG_EINVALID;
	}
	*out = NULL;
	error = vnkg_i_q_init(&q, g, VNKG_I_Q_IGRAPH);
	if (error == 0)
		error = vnkg_answer_new(&a);
	if (error == 0)
		error = summary_part(a, &q);
	if (error < 0)
		goto cleanup;

	values = malloc((q.nodes > q.edges ? q.nodes : q.edges ? q.edges : 1) * sizeof(*values));
	if (!values) {
		error = vnkg_i_oom();
		goto cleanup;
	}
	for (i = 0; i < q.nodes; i++)
		values[i] = vnkg_i_q_node(g, i, VNKG_I_NODE_TYPE);
	error = tally_part(a, "types", type_cols, 2, values, q.nodes, vnkg_query_types, NULL);
	if (error < 0)
		goto cleanup;
	for (i = 0; i < q.edges; i++)
		values[i] = vnkg_i_q_edge(g, i, VNKG_I_EDGE_RELATION);
	error = tally_part(a, "relations", rel_cols, 3, values, q.edges, vnkg_query_relations,
		vnkg_query_relation_labels);
	if (error < 0)
		goto cleanup;
	*out = a;
	a = NULL;

cleanup:
	free(values);
	vnkg_answer_free(a);
	vnkg_i_q_destroy(&q);
	return error;
}
