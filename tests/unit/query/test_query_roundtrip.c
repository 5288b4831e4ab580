/* A graph written as GraphML and read back (with vnkg_graph_read_graphml,
 * and through vnkg_query_open's snapshot) answers every question exactly as
 * the graph in memory does, in every format; every JSON answer parses. Run
 * on the hand-built graph and on the seeds' graph. */

#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vnkg.h"
#include "test_util.h"
#include "unit/query/json_check.h"
#include "unit/query/query_graph.h"

#define TMP VNKG_TEST_TMP

static int setup(void **state)
{
	(void)state;
	return vnkg_global_init() == 0 ? 0 : -1;
}

/* The graphs that must answer alike: [0] is the original. */
#define NGRAPHS 4
static const char *const graph_names[NGRAPHS] = {"in memory", "read_graphml", "query_open (GraphML)",
	"query_open (snapshot)"};

static const vnkg_format formats[] = {VNKG_FORMAT_TABLE, VNKG_FORMAT_TSV, VNKG_FORMAT_JSON};

/* What one question gave on each graph, rendered in one format. */
struct answers {
	char *text[NGRAPHS];
	int rc[NGRAPHS];
};

static void answers_check(struct answers *a, const char *what, vnkg_format f)
{
	int i;

	for (i = 1; i < NGRAPHS; i++) {
		if (a->rc[i] != a->rc[0])
			fail_msg("%s: %s returned %d, in memory %d", what, graph_names[i], a->rc[i], a->rc[0]);
		if (a->rc[0] < 0)
			continue;
		if (strcmp(a->text[i], a->text[0]) != 0)
			fail_msg("%s (format %d): %s answers\n%s\nbut in memory\n%s", what, (int)f, graph_names[i],
				a->text[i], a->text[0]);
	}
	if (a->rc[0] == 0 && f == VNKG_FORMAT_JSON) {
		json_check j;

		if (json_check_parse(&j, a->text[0]) < 0)
			fail_msg("%s: not valid JSON:\n%s", what, a->text[0]);
		json_check_free(&j);
	}
	for (i = 0; i < NGRAPHS; i++) {
		free(a->text[i]);
		a->text[i] = NULL;
	}
}

/* The questions, by kind. */
enum kind { Q_RELATION, Q_SHOW, Q_TIMELINE, Q_PATH, Q_RANK, Q_RELATED, Q_STATS };

struct question {
	enum kind kind;
	const char *relation;
	vnkg_query_filter filter;
	vnkg_rank_options rank;
	size_t a, b;
};

static int ask(char **out, const vnkg_graph *g, const struct question *q, vnkg_format f)
{
	vnkg_table *t = NULL;
	vnkg_answer *a = NULL;
	int rc;

	*out = NULL;
	switch (q->kind) {
	case Q_RELATION:
		rc = vnkg_query_relation(&t, g, q->relation, &q->filter);
		break;
	case Q_SHOW:
		rc = vnkg_query_show(&a, g, q->a);
		break;
	case Q_TIMELINE:
		rc = vnkg_query_timeline(&t, g, q->a);
		break;
	case Q_PATH:
		rc = vnkg_query_path(&t, g, q->a, q->b);
		break;
	case Q_RANK:
		rc = vnkg_query_rank(&t, g, &q->rank);
		break;
	case Q_RELATED:
		rc = vnkg_query_related(&a, g, q->a);
		break;
	default:
		rc = vnkg_query_stats(&a, g);
		break;
	}
	if (rc == 0 && t)
		rc = vnkg_table_render(out, t, f);
	else if (rc == 0)
		rc = vnkg_answer_render(out, a, f);
	vnkg_table_free(t);
	vnkg_answer_free(a);
	return rc;
}

static void compare(vnkg_graph *const *graphs, const struct question *q, const char *what)
{
	struct answers a;
	size_t k;
	int i;

	memset(&a, 0, sizeof(a));
	for (k = 0; k < sizeof(formats) / sizeof(formats[0]); k++) {
		for (i = 0; i < NGRAPHS; i++)
			a.rc[i] = ask(&a.text[i], graphs[i], q, formats[k]);
		answers_check(&a, what, formats[k]);
	}
}

/* Every question about the graph, compared on the four graphs. */
static void compare_all(vnkg_graph *const *graphs)
{
	const vnkg_graph *g = graphs[0];
	size_t n = vnkg_graph_node_count(g), i, r, person = VNKG_QUERY_NONE, body = VNKG_QUERY_NONE;
	struct question q;
	char what[256];
	int i2;

	memset(&q, 0, sizeof(q));
	for (i = 0; i < n; i++) {
		if (person == VNKG_QUERY_NONE && strcmp(vnkg_graph_node_attr(g, i, "type"), "person") == 0)
			person = i;
		if (body == VNKG_QUERY_NONE && strcmp(vnkg_graph_node_attr(g, i, "type"), "body") == 0)
			body = i;
	}

	/* every relation, unfiltered and filtered */
	q.kind = Q_RELATION;
	for (r = 0; vnkg_query_relations[r]; r++) {
		vnkg_query_filter f = VNKG_QUERY_FILTER_INIT;

		q.relation = vnkg_query_relations[r];
		q.filter = f;
		snprintf(what, sizeof(what), "query %s", q.relation);
		compare(graphs, &q, what);
		q.filter.person = person;
		q.filter.from = "2019";
		compare(graphs, &q, what);
		q.filter.person = VNKG_QUERY_NONE;
		q.filter.body = body;
		q.filter.from = NULL;
		q.filter.to = "2020-06";
		compare(graphs, &q, what);
	}

	/* every node's card, timeline and relatives; the names resolve alike */
	for (i = 0; i < n; i++) {
		const char *label = vnkg_graph_node_attr(g, i, "label");
		size_t found[NGRAPHS];
		int rc[NGRAPHS];

		q.a = i;
		q.kind = Q_SHOW;
		snprintf(what, sizeof(what), "show %s", vnkg_graph_node_attr(g, i, "kg_id"));
		compare(graphs, &q, what);
		q.kind = Q_TIMELINE;
		compare(graphs, &q, what);
		q.kind = Q_RELATED;
		compare(graphs, &q, what);
		for (i2 = 0; i2 < NGRAPHS; i2++) {
			found[i2] = VNKG_QUERY_NONE;
			rc[i2] = vnkg_query_resolve(&found[i2], NULL, graphs[i2], *label ? label : "x");
			assert_int_equal(rc[i2], rc[0]);
			if (rc[0] == 0)
				assert_int_equal(found[i2], found[0]);
		}
	}
	q.kind = Q_TIMELINE;
	q.a = VNKG_QUERY_NONE;
	compare(graphs, &q, "timeline");

	/* paths between pairs spread over the graph */
	q.kind = Q_PATH;
	for (i = 0; i < n; i++) {
		q.a = i;
		q.b = (i * 7 + 3) % n;
		snprintf(what, sizeof(what), "path %zu %zu", q.a, q.b);
		compare(graphs, &q, what);
	}

	/* every ranking, exact and estimated */
	q.kind = Q_RANK;
	for (r = 0; r < 3; r++) {
		vnkg_rank_options o = VNKG_RANK_OPTIONS_INIT;

		o.by = (vnkg_rank_by)r;
		o.limit = 0;
		q.rank = o;
		compare(graphs, &q, "rank");
		q.rank.type = "person";
		q.rank.exact_max = 3;
		q.rank.samples = 4;
		compare(graphs, &q, "rank (estimate)");
	}

	q.kind = Q_STATS;
	compare(graphs, &q, "stats");
}

static int file_exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

/* Writes g, reads it back three ways, compares every answer. */
static void roundtrip(vnkg_graph *g, const char *name)
{
	vnkg_graph *graphs[NGRAPHS] = {g, NULL, NULL, NULL};
	char path[512], cache[600];
	int i;

	snprintf(path, sizeof(path), "%s/%s.graphml", TMP, name);
	snprintf(cache, sizeof(cache), "%s.qcache", path);
	assert_int_equal(vnkg_write_graphml(g, path), 0);
	unlink(cache);
	assert_int_equal(vnkg_graph_read_graphml(&graphs[1], path), 0);
	/* the first open reads the GraphML and writes the snapshot, the second
	 * reads the snapshot */
	assert_int_equal(vnkg_query_open(&graphs[2], path, VNKG_CACHE_ALWAYS), 0);
	assert_true(file_exists(cache));
	assert_int_equal(vnkg_query_open(&graphs[3], path, VNKG_CACHE_ALWAYS), 0);
	for (i = 1; i < NGRAPHS; i++) {
		assert_int_equal(vnkg_graph_node_count(graphs[i]), vnkg_graph_node_count(g));
		assert_int_equal(vnkg_graph_edge_count(graphs[i]), vnkg_graph_edge_count(g));
	}
	compare_all(graphs);
	for (i = 1; i < NGRAPHS; i++)
		vnkg_graph_free(graphs[i]);
}

static void test_roundtrip_hand(void **state)
{
	struct qg q;

	(void)state;
	qg_build(&q);
	roundtrip(q.g, "hand");
	vnkg_graph_free(q.g);
}

static void test_roundtrip_seeds(void **state)
{
	const char *paths[] = {VNKG_SEEDS};
	vnkg_graph *g = NULL;

	(void)state;
	if (vnkg_build(&g, paths, 1, NULL, NULL) < 0)
		fail_msg("building the seeds' graph: %s", vnkg_error_last());
	assert_true(vnkg_graph_node_count(g) > 0);
	roundtrip(g, "seeds");
	vnkg_graph_free(g);
}

/* A snapshot is used only for the very file it was made from. */
static void test_snapshot_follows_file(void **state)
{
	static const char path[] = TMP "/follow.graphml";
	static const char cache[] = TMP "/follow.graphml.qcache";
	vnkg_graph *g = NULL, *h = NULL;
	struct qg q;
	size_t n;
	FILE *fp;

	(void)state;
	qg_build(&q);
	unlink(cache);
	assert_int_equal(vnkg_write_graphml(q.g, path), 0);
	/* AUTO writes none for a small file, ALWAYS does */
	assert_int_equal(vnkg_query_open(&g, path, VNKG_CACHE_AUTO), 0);
	assert_false(file_exists(cache));
	vnkg_graph_free(g);
	assert_int_equal(vnkg_query_open(&g, path, VNKG_CACHE_ALWAYS), 0);
	assert_true(file_exists(cache));
	vnkg_graph_free(g);

	/* the graph changes: the new file is read, not the old snapshot */
	assert_int_equal(vnkg_graph_add_node(q.g, &n, "place:hai-phong"), 0);
	assert_int_equal(vnkg_write_graphml(q.g, path), 0);
	assert_int_equal(vnkg_query_open(&g, path, VNKG_CACHE_ALWAYS), 0);
	assert_int_equal(vnkg_graph_node_count(g), vnkg_graph_node_count(q.g));
	vnkg_graph_free(g);
	assert_int_equal(vnkg_query_open(&g, path, VNKG_CACHE_AUTO), 0);
	assert_int_equal(vnkg_graph_node_count(g), vnkg_graph_node_count(q.g));
	vnkg_graph_free(g);

	/* a damaged snapshot is as good as none */
	fp = fopen(cache, "r+b");
	assert_non_null(fp);
	assert_int_equal(fseek(fp, 100, SEEK_SET), 0);
	assert_int_equal(fputc('#', fp), '#');
	assert_int_equal(fclose(fp), 0);
	assert_int_equal(vnkg_query_open(&g, path, VNKG_CACHE_AUTO), 0);
	assert_int_equal(vnkg_graph_node_count(g), vnkg_graph_node_count(q.g));
	/* ... and OFF ignores snapshots */
	assert_int_equal(vnkg_query_open(&h, path, VNKG_CACHE_OFF), 0);
	assert_int_equal(vnkg_graph_node_count(h), vnkg_graph_node_count(q.g));
	vnkg_graph_free(g);
	vnkg_graph_free(h);

	/* errors are those of the GraphML reader */
	assert_int_equal(vnkg_query_open(&g, TMP "/no-such.graphml", VNKG_CACHE_AUTO), VNKG_ERROR);
	assert_null(g);
	assert_non_null(strstr(vnkg_error_last(), "no-such.graphml"));
	vnkg_graph_free(q.g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roundtrip_hand),
		cmocka_unit_test(test_roundtrip_seeds),
		cmocka_unit_test(test_snapshot_follows_file),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
