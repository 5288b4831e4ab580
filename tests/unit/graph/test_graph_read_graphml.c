#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "test_util.h"
#include "unit/graph/sample_graph.h"
#include "vnkg/common.h"
#include "vnkg/graph.h"
#include "vnkg/write.h"

#define TMP VNKG_TEST_TMP "/"
#define FIX VNKG_TEST_FIXTURES "/graphml/"

static void assert_same_file(const char *a, const char *b)
{
	char *ta = NULL, *tb = NULL;
	size_t la = 0, lb = 0;

	ta = test_read_file(a, &la);
	tb = test_read_file(b, &lb);
	assert_non_null(ta);
	assert_non_null(tb);
	if (la != lb || memcmp(ta, tb, la) != 0) {
		fprintf(stderr, "%s and %s differ\n", a, b);
		free(ta);
		free(tb);
		fail();
	}
	free(ta);
	free(tb);
}

static void test_round_trip(void **state)
{
	vnkg_graph *g = sample_graph(), *back = NULL;

	(void)state;
	assert_non_null(g);
	assert_int_equal(vnkg_write_graphml(g, TMP "rt-1.graphml"), 0);
	assert_int_equal(vnkg_graph_read_graphml(&back, TMP "rt-1.graphml"), 0);
	assert_int_equal(vnkg_write_graphml(back, TMP "rt-2.graphml"), 0);
	assert_same_file(TMP "rt-1.graphml", TMP "rt-2.graphml");
	vnkg_graph_free(back);
	vnkg_graph_free(g);
}

static void test_read_sample(void **state)
{
	vnkg_graph *g = NULL;
	size_t n, from, to;

	(void)state;
	assert_int_equal(vnkg_graph_read_graphml(&g, FIX "sample.graphml"), 0);
	assert_int_equal(vnkg_graph_node_count(g), 6);
	assert_int_equal(vnkg_graph_edge_count(g), 6);

	assert_int_equal(vnkg_graph_find(g, &n, "event:hoi-nghi-quan-triet-chi-thi-35"), 0);
	assert_int_equal(n, 3);
	assert_string_equal(vnkg_graph_node_attr(g, n, "label"),
			    "Hội nghị quán triệt Chỉ thị 35 <trực tuyến> & \"mở rộng\"");
	assert_string_equal(vnkg_graph_node_attr(g, n, "date_precision"), "day");
	assert_string_equal(vnkg_graph_node_attr(g, n, "rank"), "");
	assert_int_equal(vnkg_graph_node_mentions(g, n), 0);
	assert_string_equal(vnkg_graph_node_attr(g, n, "mentions"), "");

	assert_int_equal(vnkg_graph_find(g, &n, "person:nguyen-manh-hung"), 0);
	assert_int_equal(n, 0);
	assert_int_equal(vnkg_graph_node_mentions(g, n), 4);
	assert_string_equal(vnkg_graph_node_attr(g, n, "rank"), "Trung tướng");

	/* edges in file order, parallel ones kept */
	assert_int_equal(vnkg_graph_edge_ends(g, 0, &from, &to), 0);
	assert_int_equal(from, 0);
	assert_int_equal(to, 3);
	assert_int_equal(vnkg_graph_edge_ends(g, 1, &from, &to), 0);
	assert_int_equal(from, 0);
	assert_int_equal(to, 3);
	assert_string_equal(vnkg_graph_edge_attr(g, 0, "relation"), "chaired");
	assert_string_equal(vnkg_graph_edge_attr(g, 1, "relation"), "spoke_at");
	assert_string_equal(vnkg_graph_edge_attr(g, 0, "evidence"),
			    "Trung tướng Nguyễn Mạnh Hùng chủ trì hội nghị \"quán triệt\" tại C:\\Hà Nội.");
	assert_string_equal(vnkg_graph_edge_attr(g, 1, "evidence"), "Đồng chí phát biểu\nkết luận\thội nghị.");
	assert_true(vnkg_graph_edge_weight(g, 0) == 2.0);
	assert_true(vnkg_graph_edge_weight(g, 2) == 1.0);
	assert_true(vnkg_graph_edge_weight(g, 4) == 1.0 / 3.0);
	assert_true(vnkg_graph_edge_weight(g, 5) == 0.1);
	assert_string_equal(vnkg_graph_edge_attr(g, 5, "role"), "Bí thư Đảng ủy, Chính ủy");

	/* and written back byte for byte */
	assert_int_equal(vnkg_write_graphml(g, TMP "sample-again.graphml"), 0);
	assert_same_file(FIX "sample.graphml", TMP "sample-again.graphml");
	vnkg_graph_free(g);
}

static void test_read_minimal(void **state)
{
	vnkg_graph *g = NULL;
	size_t n, from, to;

	(void)state;
	assert_int_equal(vnkg_graph_read_graphml(&g, FIX "minimal.graphml"), 0);
	assert_int_equal(vnkg_graph_node_count(g), 2);
	assert_int_equal(vnkg_graph_edge_count(g), 2);
	/* no kg_id key: the GraphML node id stands in */
	assert_int_equal(vnkg_graph_find(g, &n, "person:le-van-a"), 0);
	assert_int_equal(n, 0);
	assert_string_equal(vnkg_graph_node_attr(g, n, "label"), "Lê Văn A");
	assert_string_equal(vnkg_graph_node_attr(g, n, "type"), "");
	assert_int_equal(vnkg_graph_node_mentions(g, n), 3);
	assert_int_equal(vnkg_graph_find(g, &n, "event:dai-hoi"), 0);
	assert_int_equal(vnkg_graph_node_mentions(g, n), 0);
	assert_int_equal(vnkg_graph_edge_ends(g, 1, &from, &to), 0);
	assert_int_equal(from, 0);
	assert_int_equal(to, 1);
	assert_true(vnkg_graph_edge_weight(g, 0) == 2.5);
	assert_true(vnkg_graph_edge_weight(g, 1) == 1.0);
	assert_string_equal(vnkg_graph_edge_attr(g, 1, "relation"), "spoke_at");
	assert_string_equal(vnkg_graph_edge_attr(g, 1, "evidence"), "");
	vnkg_graph_free(g);
}

static void expect_invalid(const char *path)
{
	vnkg_graph *g = (vnkg_graph *)&g;

	assert_int_equal(vnkg_graph_read_graphml(&g, path), VNKG_EINVALID);
	assert_null(g);
	if (getenv("VNKG_SHOW_MESSAGES"))
		fprintf(stderr, "%s\n", vnkg_error_last());
	if (!strstr(vnkg_error_last(), path) || !strstr(vnkg_error_last(), "not a valid GraphML file")) {
		fprintf(stderr, "unexpected message: %s\n", vnkg_error_last());
		fail();
	}
}

static void test_malformed(void **state)
{
	(void)state;
	expect_invalid(FIX "truncated.graphml");
	expect_invalid(FIX "not_graphml.xml");
	expect_invalid(FIX "empty.graphml");
	expect_invalid(FIX "no_graph.graphml");
	expect_invalid(FIX "binary.graphml");
	expect_invalid(FIX "bad_mentions.graphml");
	assert_non_null(strstr(vnkg_error_last(), "many"));
	expect_invalid(FIX "duplicate_kg_id.graphml");
	assert_non_null(strstr(vnkg_error_last(), "body:quan-khu-7"));
}

static void test_missing_file(void **state)
{
	vnkg_graph *g = NULL;

	(void)state;
	assert_int_equal(vnkg_graph_read_graphml(&g, FIX "no-such-file.graphml"), VNKG_ERROR);
	assert_null(g);
	assert_non_null(strstr(vnkg_error_last(), "no-such-file.graphml"));
	assert_non_null(strstr(vnkg_error_last(), "No such file"));
	assert_int_equal(vnkg_graph_read_graphml(&g, FIX), VNKG_ERROR); /* a folder */
	assert_non_null(strstr(vnkg_error_last(), "folder"));
	assert_null(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_read_sample),
		cmocka_unit_test(test_read_minimal),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_missing_file),
	};

	if (vnkg_global_init() < 0)
		return 1;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
