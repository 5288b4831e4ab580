#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "graph/graph_i.h"
#include "vnkg/common.h"
#include "vnkg/graph.h"

static int setup(void **state)
{
	vnkg_graph *g;

	if (vnkg_global_init() < 0 || vnkg_graph_new(&g) < 0)
		return -1;
	*state = g;
	return 0;
}

static int teardown(void **state)
{
	vnkg_graph_free(*state);
	return 0;
}

static void test_keys(void **state)
{
	size_t n = 0;

	(void)state;
	while (vnkg_graph_node_keys[n])
		n++;
	assert_int_equal(n, VNKG_I_GRAPH_NODE_KEYS);
	assert_string_equal(vnkg_graph_node_keys[0], "kg_id");
	assert_string_equal(vnkg_graph_node_keys[VNKG_I_NODE_MENTIONS], "mentions");
	assert_string_equal(vnkg_graph_node_keys[VNKG_I_NODE_NUMBER], "number");
	n = 0;
	while (vnkg_graph_edge_keys[n])
		n++;
	assert_int_equal(n, VNKG_I_GRAPH_EDGE_KEYS);
	assert_string_equal(vnkg_graph_edge_keys[VNKG_I_EDGE_WEIGHT], "weight");
	assert_int_equal(vnkg_i_graph_node_key_index("date_precision"), VNKG_I_NODE_DATE_PRECISION);
	assert_int_equal(vnkg_i_graph_edge_key_index("evidence"), VNKG_I_EDGE_EVIDENCE);
	assert_int_equal(vnkg_i_graph_node_key_index("weight"), -1);
	assert_int_equal(vnkg_i_graph_edge_key_index(NULL), -1);
}

static void test_add_find_set_get(void **state)
{
	vnkg_graph *g = *state;
	size_t a, b, e, f, t, found;

	assert_int_equal(vnkg_graph_node_count(g), 0);
	assert_int_equal(vnkg_graph_add_node(g, &a, "person:nguyen-manh-hung"), 0);
	assert_int_equal(vnkg_graph_add_node(g, &b, "event:hoi-nghi"), 0);
	assert_int_equal(a, 0);
	assert_int_equal(b, 1);
	assert_int_equal(vnkg_graph_node_count(g), 2);

	assert_int_equal(vnkg_graph_find(g, &found, "event:hoi-nghi"), 0);
	assert_int_equal(found, b);
	assert_int_equal(vnkg_graph_find(g, &found, "event:nope"), VNKG_ENOTFOUND);
	assert_int_equal(vnkg_graph_find(g, &found, ""), VNKG_ENOTFOUND);

	assert_string_equal(vnkg_graph_node_attr(g, a, "kg_id"), "person:nguyen-manh-hung");
	assert_string_equal(vnkg_graph_node_attr(g, a, "label"), "");
	assert_int_equal(vnkg_graph_set_node_attr(g, a, "label", "Nguyễn Mạnh Hùng"), 0);
	assert_int_equal(vnkg_graph_set_node_attr(g, a, "type", "person"), 0);
	assert_string_equal(vnkg_graph_node_attr(g, a, "label"), "Nguyễn Mạnh Hùng");
	assert_int_equal(vnkg_graph_set_node_attr(g, a, "label", NULL), 0);
	assert_string_equal(vnkg_graph_node_attr(g, a, "label"), "");
	assert_int_equal(vnkg_graph_set_node_attr(g, a, "label", "Nguyễn Mạnh Hùng"), 0);

	/* mentions: numeric and text agree */
	assert_int_equal(vnkg_graph_node_mentions(g, a), 0);
	assert_int_equal(vnkg_graph_set_node_mentions(g, a, 7), 0);
	assert_int_equal(vnkg_graph_node_mentions(g, a), 7);
	assert_string_equal(vnkg_graph_node_attr(g, a, "mentions"), "7");
	assert_int_equal(vnkg_graph_set_node_attr(g, a, "mentions", "12"), 0);
	assert_int_equal(vnkg_graph_node_mentions(g, a), 12);
	assert_int_equal(vnkg_graph_set_node_attr(g, a, "mentions", "12x"), VNKG_EINVALID);
	assert_int_equal(vnkg_graph_node_mentions(g, a), 12);

	/* unknown keys and indexes */
	assert_null(vnkg_graph_node_attr(g, a, "colour"));
	assert_null(vnkg_graph_node_attr(g, a, NULL));
	assert_null(vnkg_graph_node_attr(g, 99, "label"));
	assert_int_equal(vnkg_graph_set_node_attr(g, a, "colour", "red"), VNKG_EINVALID);
	assert_non_null(strstr(vnkg_error_last(), "colour"));
	assert_int_equal(vnkg_graph_set_node_attr(g, 99, "label", "x"), VNKG_EINVALID);

	/* edges */
	assert_int_equal(vnkg_graph_add_edge(g, &e, a, b), 0);
	assert_int_equal(e, 0);
	assert_int_equal(vnkg_graph_edge_count(g), 1);
	assert_true(vnkg_graph_edge_weight(g, e) == 1.0);
	assert_string_equal(vnkg_graph_edge_attr(g, e, "weight"), "1");
	assert_int_equal(vnkg_graph_edge_ends(g, e, &f, &t), 0);
	assert_int_equal(f, a);
	assert_int_equal(t, b);
	assert_int_equal(vnkg_graph_edge_ends(g, 5, &f, &t), VNKG_EINVALID);
	assert_int_equal(vnkg_graph_add_edge(g, &e, a, 2), VNKG_EINVALID);
	assert_int_equal(vnkg_graph_set_edge_attr(g, 0, "relation", "chaired"), 0);
	assert_int_equal(vnkg_graph_set_edge_attr(g, 0, "label", "chủ trì"), 0);
	assert_string_equal(vnkg_graph_edge_attr(g, 0, "label"), "chủ trì");
	assert_string_equal(vnkg_graph_edge_attr(g, 0, "evidence"), "");
	assert_null(vnkg_graph_edge_attr(g, 0, "kg_id"));
	assert_null(vnkg_graph_edge_attr(g, 1, "label"));
	assert_int_equal(vnkg_graph_set_edge_attr(g, 0, "mentions", "1"), VNKG_EINVALID);
	assert_int_equal(vnkg_graph_set_edge_weight(g, 0, 2.5), 0);
	assert_true(vnkg_graph_edge_weight(g, 0) == 2.5);
	assert_string_equal(vnkg_graph_edge_attr(g, 0, "weight"), "2.5");
	assert_int_equal(vnkg_graph_set_edge_attr(g, 0, "weight", "0.1"), 0);
	assert_true(vnkg_graph_edge_weight(g, 0) == 0.1);
	assert_string_equal(vnkg_graph_edge_attr(g, 0, "weight"), "0.1");
	assert_int_equal(vnkg_graph_set_edge_attr(g, 0, "weight", "heavy"), VNKG_EINVALID);
	assert_int_equal(vnkg_graph_set_edge_attr(g, 0, "weight", "inf"), VNKG_EINVALID);
	assert_true(vnkg_graph_edge_weight(g, 0) == 0.1);
	assert_int_equal(vnkg_graph_set_edge_attr(g, 0, "weight", NULL), 0);
	assert_true(vnkg_graph_edge_weight(g, 0) == 1.0);
}

static void test_duplicate_and_rename(void **state)
{
	vnkg_graph *g = *state;
	size_t a, b, found;

	assert_int_equal(vnkg_graph_add_node(g, &a, "body:a"), 0);
	assert_int_equal(vnkg_graph_add_node(g, &b, "body:a"), VNKG_EINVALID);
	assert_non_null(strstr(vnkg_error_last(), "body:a"));
	assert_int_equal(vnkg_graph_node_count(g), 1);
	assert_int_equal(vnkg_graph_add_node(g, &b, ""), VNKG_EINVALID);
	assert_int_equal(vnkg_graph_add_node(g, &b, NULL), VNKG_EINVALID);
	assert_int_equal(vnkg_graph_add_node(g, &b, "body:b"), 0);

	/* setting kg_id re-indexes */
	assert_int_equal(vnkg_graph_set_node_attr(g, a, "kg_id", "body:b"), VNKG_EINVALID);
	assert_int_equal(vnkg_graph_set_node_attr(g, a, "kg_id", ""), VNKG_EINVALID);
	assert_int_equal(vnkg_graph_set_node_attr(g, a, "kg_id", "body:c"), 0);
	assert_int_equal(vnkg_graph_find(g, &found, "body:a"), VNKG_ENOTFOUND);
	assert_int_equal(vnkg_graph_find(g, &found, "body:c"), 0);
	assert_int_equal(found, a);
	assert_int_equal(vnkg_graph_find(g, &found, "body:b"), 0);
	assert_int_equal(found, b);
	assert_int_equal(vnkg_graph_add_node(g, NULL, "body:a"), 0);
	assert_int_equal(vnkg_graph_set_node_attr(g, a, "kg_id", "body:c"), 0);
}

static void test_many_nodes(void **state)
{
	vnkg_graph *g = *state;
	const size_t n = 100000;
	char id[64];
	size_t i, idx;

	for (i = 0; i < n; i++) {
		snprintf(id, sizeof(id), "person:p-%zu", i);
		assert_int_equal(vnkg_graph_add_node(g, &idx, id), 0);
		assert_int_equal(idx, i);
	}
	for (i = 0; i + 1 < n; i += 7)
		assert_int_equal(vnkg_graph_add_edge(g, NULL, i, i + 1), 0);
	for (i = 0; i < n; i++) {
		snprintf(id, sizeof(id), "person:p-%zu", i);
		assert_int_equal(vnkg_graph_find(g, &idx, id), 0);
		assert_int_equal(idx, i);
	}
	assert_int_equal(vnkg_graph_find(g, &idx, "person:p-100000"), VNKG_ENOTFOUND);
	/* rename every third node, then look everything up again */
	for (i = 0; i < n; i += 3) {
		snprintf(id, sizeof(id), "body:q-%zu", i);
		assert_int_equal(vnkg_graph_set_node_attr(g, i, "kg_id", id), 0);
	}
	for (i = 0; i < n; i++) {
		snprintf(id, sizeof(id), "%s-%zu", i % 3 == 0 ? "body:q" : "person:p", i);
		assert_int_equal(vnkg_graph_find(g, &idx, id), 0);
		assert_int_equal(idx, i);
		snprintf(id, sizeof(id), "%s-%zu", i % 3 == 0 ? "person:p" : "body:q", i);
		assert_int_equal(vnkg_graph_find(g, &idx, id), VNKG_ENOTFOUND);
	}
	assert_int_equal(vnkg_graph_node_count(g), n);
}

static void test_igraph_view(void **state)
{
	vnkg_graph *g = *state;
	const igraph_t *ig, *ig2;
	igraph_integer_t from, to;
	size_t a, b, c;

	assert_int_equal(vnkg_i_graph_igraph(g, &ig), 0);
	assert_int_equal(igraph_vcount(ig), 0);
	assert_int_equal(igraph_ecount(ig), 0);
	assert_true(igraph_is_directed(ig));

	assert_int_equal(vnkg_graph_add_node(g, &a, "n:a"), 0);
	assert_int_equal(vnkg_graph_add_node(g, &b, "n:b"), 0);
	assert_int_equal(vnkg_graph_add_edge(g, NULL, a, b), 0);
	assert_int_equal(vnkg_i_graph_igraph(g, &ig), 0);
	assert_int_equal(igraph_vcount(ig), 2);
	assert_int_equal(igraph_ecount(ig), 1);

	assert_int_equal(vnkg_graph_add_node(g, &c, "n:c"), 0);
	assert_int_equal(vnkg_graph_add_edge(g, NULL, c, a), 0);
	assert_int_equal(vnkg_graph_add_edge(g, NULL, c, a), 0); /* parallel */
	assert_int_equal(vnkg_i_graph_igraph(g, &ig2), 0);
	assert_int_equal(igraph_vcount(ig2), 3);
	assert_int_equal(igraph_ecount(ig2), 3);
	assert_int_equal(igraph_edge(ig2, 2, &from, &to), IGRAPH_SUCCESS);
	assert_int_equal(from, (igraph_integer_t)c);
	assert_int_equal(to, (igraph_integer_t)a);
	assert_int_equal(igraph_edge(ig2, 0, &from, &to), IGRAPH_SUCCESS);
	assert_int_equal(from, (igraph_integer_t)a);
	assert_int_equal(to, (igraph_integer_t)b);

	/* a node without edges still counts */
	assert_int_equal(vnkg_graph_add_node(g, NULL, "n:d"), 0);
	assert_int_equal(vnkg_i_graph_igraph(g, &ig), 0);
	assert_int_equal(igraph_vcount(ig), 4);
	assert_int_equal(igraph_ecount(ig), 3);
}

static void test_igraph_view_built_late(void **state)
{
	vnkg_graph *g = *state;
	const igraph_t *ig;
	size_t i;
	char id[32];

	for (i = 0; i < 50; i++) {
		snprintf(id, sizeof(id), "n:%zu", i);
		assert_int_equal(vnkg_graph_add_node(g, NULL, id), 0);
	}
	for (i = 0; i < 49; i++)
		assert_int_equal(vnkg_graph_add_edge(g, NULL, i, i + 1), 0);
	assert_int_equal(vnkg_i_graph_igraph(g, &ig), 0);
	assert_int_equal(igraph_vcount(ig), 50);
	assert_int_equal(igraph_ecount(ig), 49);
}

static void test_free_null(void **state)
{
	(void)state;
	vnkg_graph_free(NULL);
	assert_int_equal(vnkg_graph_node_count(NULL), 0);
	assert_null(vnkg_graph_node_attr(NULL, 0, "label"));
}

static void test_format_double(void **state)
{
	char buf[40];

	(void)state;
	vnkg_i_graph_format_double(buf, sizeof(buf), 1.0);
	assert_string_equal(buf, "1");
	vnkg_i_graph_format_double(buf, sizeof(buf), 0.1);
	assert_string_equal(buf, "0.1");
	vnkg_i_graph_format_double(buf, sizeof(buf), 1.0 / 3.0);
	assert_true(strtod(buf, NULL) == 1.0 / 3.0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keys),
		cmocka_unit_test_setup_teardown(test_add_find_set_get, setup, teardown),
		cmocka_unit_test_setup_teardown(test_duplicate_and_rename, setup, teardown),
		cmocka_unit_test_setup_teardown(test_many_nodes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_igraph_view, setup, teardown),
		cmocka_unit_test_setup_teardown(test_igraph_view_built_late, setup, teardown),
		cmocka_unit_test(test_free_null),
		cmocka_unit_test(test_format_double),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
