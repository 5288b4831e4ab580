/* "Who chaired which meeting" on hand-built graphs. */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vnkg.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

static int setup(void **state)
{
	(void)state;
	return vnkg_global_init() == 0 ? 0 : -1;
}

/* Adds a node with a type, label and optional date, rank and sources. */
static size_t node(vnkg_graph *g, const char *id, const char *type, const char *label,
	const char *date, const char *rank, const char *sources)
{
	size_t n;

	assert_int_equal(vnkg_graph_add_node(g, &n, id), 0);
	assert_int_equal(vnkg_graph_set_node_attr(g, n, "type", type), 0);
	assert_int_equal(vnkg_graph_set_node_attr(g, n, "label", label), 0);
	if (date)
		assert_int_equal(vnkg_graph_set_node_attr(g, n, "date", date), 0);
	if (rank)
		assert_int_equal(vnkg_graph_set_node_attr(g, n, "rank", rank), 0);
	if (sources)
		assert_int_equal(vnkg_graph_set_node_attr(g, n, "sources", sources), 0);
	return n;
}

static size_t edge(vnkg_graph *g, size_t from, size_t to, const char *relation,
	const char *source, const char *rank, const char *date)
{
	size_t e;

	assert_int_equal(vnkg_graph_add_edge(g, &e, from, to), 0);
	assert_int_equal(vnkg_graph_set_edge_attr(g, e, "relation", relation), 0);
	if (source)
		assert_int_equal(vnkg_graph_set_edge_attr(g, e, "source", source), 0);
	if (rank)
		assert_int_equal(vnkg_graph_set_edge_attr(g, e, "rank", rank), 0);
	if (date)
		assert_int_equal(vnkg_graph_set_edge_attr(g, e, "date", date), 0);
	return e;
}

static void assert_rows(const vnkg_table *t, const char *const *expect, size_t nrows)
{
	size_t r, c;

	assert_int_equal(vnkg_table_cols(t), 5);
	assert_int_equal(vnkg_table_rows(t), nrows);
	for (r = 0; r < nrows; r++)
		for (c = 0; c < 5; c++)
			assert_string_equal(vnkg_table_cell(t, r, c), expect[r * 5 + c]);
}

static void test_chaired(void **state)
{
	static const char *const columns[] = {"date", "person", "event", "organizer", "article"};
	static const char *const expect[] = {
		/* date precision "2019-05" sorts before days of a later month */
		"2019-05", "Lê Văn Cường", "Đại hội Đảng bộ Quân khu 7", "", "art5, art6",
		"2019-05", "Thiếu tướng Nguyễn Văn An", "Đại hội Đảng bộ Quân khu 7", "", "art5, art6",
		"2019-11-18", "Thiếu tướng Nguyễn Văn An", "Hội nghị quán triệt Chỉ thị 35",
			"Cục Chính trị; Quân khu 7", "art1, art2",
		"2019-11-18", "Trung tướng Trần Văn Bình", "Hội nghị quán triệt Chỉ thị 35",
			"Cục Chính trị; Quân khu 7", "art1",
		"2020-01-02", "Lê Văn Cường", "Hội nghị tổng kết năm", "Quân khu 7", "art7",
		/* a day whose year the article did not tell: after the dated rows */
		"--03-14", "Lê Văn Cường", "Hội nghị giao ban", "", "art8",
		"", "Đại tá Trần Văn Bình", "Hội nghị sơ kết", "", "art3",
	};
	vnkg_graph *g = NULL;
	vnkg_table *t = NULL;
	size_t a, b, c, e1, e2, e3, e4, e5, x, y, i;

	(void)state;
	assert_int_equal(vnkg_graph_new(&g), 0);
	a = node(g, "person:nguyen-van-an", "person", "Nguyễn Văn An", NULL, "Thiếu tướng", NULL);
	b = node(g, "person:tran-van-binh", "person", "Trần Văn Bình", NULL, "Đại tá", NULL);
	c = node(g, "person:le-van-cuong", "person", "Lê Văn Cường", NULL, NULL, NULL);
	e1 = node(g, "event:hoi-nghi-quan-triet", "event", "Hội nghị quán triệt Chỉ thị 35",
		"2019-11-18", NULL, "art1 | art2");
	e2 = node(g, "event:hoi-nghi-so-ket", "event", "Hội nghị sơ kết", NULL, NULL, "art3");
	e3 = node(g, "event:dai-hoi", "event", "Đại hội Đảng bộ Quân khu 7", "2019-05", NULL,
		"art5 | art6");
	e4 = node(g, "event:tong-ket", "event", "Hội nghị tổng kết năm", NULL, NULL, "art7");
	e5 = node(g, "event:giao-ban", "event", "Hội nghị giao ban", "--03-14", NULL, "art8");
	x = node(g, "body:quan-khu-7", "body", "Quân khu 7", NULL, NULL, NULL);
	y = node(g, "body:cuc-chinh-tri", "body", "Cục Chính trị", NULL, NULL, NULL);

	/* undated event: last; the person's own rank */
	edge(g, b, e2, "chaired", "art3", NULL, NULL);
	/* two organisers, one of them twice: sorted, once each */
	edge(g, x, e1, "organized", "art1", NULL, NULL);
	edge(g, y, e1, "organized", "art1", NULL, NULL);
	edge(g, x, e1, "organized", "art2", NULL, NULL);
	/* three chaired edges for one pair: one row, distinct sources in edge order */
	edge(g, a, e1, "chaired", "art1", NULL, NULL);
	edge(g, a, e1, "chaired", "art2", NULL, NULL);
	edge(g, a, e1, "chaired", "art1", NULL, NULL);
	/* the edge's rank wins over the person's */
	edge(g, b, e1, "chaired", "art1", "Trung tướng", NULL);
	/* no source on the edge: the event's sources */
	edge(g, a, e3, "chaired", NULL, NULL, NULL);
	edge(g, c, e3, "chaired", NULL, NULL, "2019-06-01");
	/* no date on the event: the edge's */
	edge(g, c, e4, "chaired", "art7", NULL, "2020-01-02");
	edge(g, x, e4, "organized", "art7", NULL, NULL);
	edge(g, c, e5, "chaired", "art8", NULL, NULL);
	/* other relations are not chairing */
	edge(g, a, e2, "attended", "art3", NULL, NULL);
	edge(g, c, e2, "spoke_at", "art3", NULL, NULL);
	edge(g, e1, e2, "toward", "art1", NULL, NULL);

	assert_int_equal(vnkg_query_chaired(&t, g), 0);
	for (i = 0; i < ARRAY_LEN(columns); i++)
		assert_string_equal(vnkg_table_colname(t, i), columns[i]);
	assert_rows(t, expect, ARRAY_LEN(expect) / 5);
	vnkg_table_free(t);
	t = NULL;

	/* a range keeps the dated rows in it, not a day without its year */
	{
		vnkg_query_filter f = VNKG_QUERY_FILTER_INIT;
		size_t r;
		f.from = "2019-11";
		assert_int_equal(vnkg_query_relation(&t, g, "chaired", &f), 0);
		assert_int_equal(vnkg_table_rows(t), 3);
		for (r = 0; r < vnkg_table_rows(t); r++)
			assert_true(strncmp(vnkg_table_cell(t, r, 0), "20", 2) == 0);
	}

	vnkg_table_free(t);
	vnkg_graph_free(g);
}

/* Empty labels fall back to the kg_id; an empty graph gives an empty table. */
static void test_chaired_edge_cases(void **state)
{
	static const char *const expect[] = {
		"", "person:x", "event:y", "body:z", "",
	};
	vnkg_graph *g = NULL;
	vnkg_table *t = NULL;
	size_t p, e, o;
	char *out = NULL;

	(void)state;
	assert_int_equal(vnkg_graph_new(&g), 0);
	assert_int_equal(vnkg_query_chaired(&t, g), 0);
	assert_int_equal(vnkg_table_rows(t), 0);
	assert_int_equal(vnkg_table_cols(t), 5);
	assert_int_equal(vnkg_table_render(&out, t, VNKG_FORMAT_JSON), 0);
	assert_string_equal(out, "[]\n");
	free(out);
	vnkg_table_free(t);
	t = NULL;

	assert_int_equal(vnkg_graph_add_node(g, &p, "person:x"), 0);
	assert_int_equal(vnkg_graph_add_node(g, &e, "event:y"), 0);
	assert_int_equal(vnkg_graph_add_node(g, &o, "body:z"), 0);
	edge(g, p, e, "chaired", NULL, NULL, NULL);
	edge(g, o, e, "organized", NULL, NULL, NULL);
	assert_int_equal(vnkg_query_chaired(&t, g), 0);
	assert_rows(t, expect, 1);
	vnkg_table_free(t);
	t = NULL;

	assert_int_equal(vnkg_query_chaired(&t, NULL), VNKG_EINVALID);
	assert_null(t);
	vnkg_graph_free(g);
}

/* 100,000 nodes: the answer is complete and ordered on a graph of the size
 * the benchmark times (speed is measured there, not here). */
static void test_chaired_large(void **state)
{
	const size_t people = 30000, events = 50000, bodies = 20000;
	vnkg_graph *g = NULL;
	vnkg_table *t = NULL;
	char id[64], label[64], date[16];
	size_t i, n, base_event, base_body;
	(void)state;
	assert_int_equal(vnkg_graph_new(&g), 0);
	for (i = 0; i < people; i++) {
		snprintf(id, sizeof(id), "person:p%zu", i);
		snprintf(label, sizeof(label), "Người %zu", i);
		assert_int_equal(vnkg_graph_add_node(g, &n, id), 0);
		assert_int_equal(vnkg_graph_set_node_attr(g, n, "label", label), 0);
	}
	base_event = people;
	for (i = 0; i < events; i++) {
		snprintf(id, sizeof(id), "event:e%zu", i);
		snprintf(label, sizeof(label), "Hội nghị %zu", i);
		assert_int_equal(vnkg_graph_add_node(g, &n, id), 0);
		assert_int_equal(vnkg_graph_set_node_attr(g, n, "label", label), 0);
		if (i % 10) {
			snprintf(date, sizeof(date), "20%02zu-%02zu-%02zu", 10 + i % 15, 1 + i % 12, 1 + i % 28);
			assert_int_equal(vnkg_graph_set_node_attr(g, n, "date", date), 0);
		}
	}
	base_body = people + events;
	for (i = 0; i < bodies; i++) {
		snprintf(id, sizeof(id), "body:b%zu", i);
		assert_int_equal(vnkg_graph_add_node(g, &n, id), 0);
	}
	assert_int_equal(vnkg_graph_node_count(g), 100000);
	for (i = 0; i < events; i++) {
		edge(g, (i * 7) % people, base_event + i, "chaired", "a", NULL, NULL);
		edge(g, (i * 13 + 1) % people, base_event + i, "chaired", "b", NULL, NULL);
		edge(g, base_body + i % bodies, base_event + i, "organized", NULL, NULL, NULL);
		edge(g, base_body + (i + 1) % bodies, base_event + i, "organized", NULL, NULL, NULL);
	}

	assert_int_equal(vnkg_query_chaired(&t, g), 0);
	assert_int_equal(vnkg_table_rows(t), 2 * events);
	assert_string_equal(vnkg_table_cell(t, 2 * events - 1, 0), "");
	assert_non_null(strstr(vnkg_table_cell(t, 0, 3), "; "));

	vnkg_table_free(t);
	vnkg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_chaired),
		cmocka_unit_test(test_chaired_edge_cases),
		cmocka_unit_test(test_chaired_large),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
