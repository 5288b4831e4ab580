#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "test_util.h"
#include "unit/graph/sample_graph.h"
#include "unit/write/write_test.h"
#include "vnkg/build.h"
#include "vnkg/common.h"
#include "vnkg/write.h"

#define GOLDEN VNKG_TEST_FIXTURES "/graphml/sample.graphml"

static int setup(void **state)
{
	vnkg_graph *g;

	if (vnkg_global_init() < 0)
		return -1;
	g = sample_graph();
	if (!g)
		return -1;
	*state = g;
	return 0;
}

static int teardown(void **state)
{
	vnkg_graph_free(*state);
	return 0;
}

static int validate(const char *path)
{
	return wt_valid_graphml(path);
}

static void test_valid_and_golden(void **state)
{
	const char *path = TMP "sample.graphml";
	char *text, *golden;
	size_t len = 0, glen = 0;

	assert_int_equal(vnkg_write_graphml(*state, path), 0);
	assert_int_equal(validate(path), 0);
	text = test_read_file(path, &len);
	assert_non_null(text);
	/* the declaration first, byte 0 */
	assert_memory_equal(text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 39);

	golden = test_read_file(GOLDEN, &glen);
	if (!golden || glen != len || memcmp(golden, text, len) != 0) {
		/* the output stays in the build tree: diff it, and copy it over the
		 * golden file if the change is intended */
		fprintf(stderr, "%s differs from %s\n", path, GOLDEN);
		free(golden);
		free(text);
		fail();
	}
	free(golden);
	free(text);
}

static void test_contract(void **state)
{
	const char *path = TMP "contract.graphml";
	char *text;
	size_t len = 0, i;

	assert_int_equal(vnkg_write_graphml(*state, path), 0);
	text = test_read_file(path, &len);
	assert_non_null(text);

	assert_null(strstr(text, "for=\"all\""));
	assert_non_null(strstr(text, "<graph id=\"G\" edgedefault=\"directed\">"));
	assert_non_null(strstr(text, "xmlns=\"http://graphml.graphdrawing.org/xmlns\""));
	assert_non_null(strstr(text, "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "));
	assert_non_null(strstr(text, "attr.name=\"mentions\" attr.type=\"int\""));
	assert_non_null(strstr(text, "attr.name=\"weight\" attr.type=\"double\""));
	assert_non_null(strstr(text, "for=\"node\" attr.name=\"kg_id\" attr.type=\"string\""));
	assert_non_null(strstr(text, "for=\"edge\" attr.name=\"evidence\" attr.type=\"string\""));
	/* node keys come in contract order, then edge keys */
	assert_true(strstr(text, "attr.name=\"kg_id\"") < strstr(text, "attr.name=\"type\""));
	assert_true(strstr(text, "attr.name=\"kind\"") < strstr(text, "attr.name=\"number\""));
	assert_true(strstr(text, "attr.name=\"number\"") < strstr(text, "attr.name=\"relation\""));

	/* escaping, Vietnamese text as is */
	assert_non_null(strstr(text, "Hội nghị quán triệt Chỉ thị 35 &lt;trực tuyến&gt; &amp; &quot;mở rộng&quot;"));
	assert_non_null(strstr(text, ">Nguyễn Mạnh Hùng</data>"));
	assert_non_null(strstr(text, "C:\\Hà Nội."));
	/* tab and newline kept, controls dropped */
	assert_non_null(strstr(text, "Đồng chí phát biểu\nkết luận\thội nghị."));
	assert_non_null(strstr(text, ">hội nghị QT</data>"));
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		assert_false(c < 0x20 && c != '\n' && c != '\t');
		assert_false(c == 0x7f);
		assert_false(c == 0xc2 && i + 1 < len && (unsigned char)text[i + 1] == 0x85);
	}
	/* a value with nothing left is not written; empty values are omitted */
	assert_null(strstr(text, "<data key=\"n_rank\"></data>"));
	assert_null(strstr(text, "></data>"));

	/* ids, ends, int mentions */
	assert_non_null(strstr(text, "<node id=\"n0\">\n      <data key=\"n_kg_id\">person:nguyen-manh-hung</data>"));
	assert_non_null(strstr(text, "<data key=\"n_mentions\">4</data>"));
	assert_non_null(strstr(text, "<edge id=\"e0\" source=\"n0\" target=\"n3\">"));
	assert_non_null(strstr(text, "<edge id=\"e1\" source=\"n0\" target=\"n3\">"));
	assert_non_null(strstr(text, "<node id=\"n5\">\n      <data key=\"n_kg_id\">body:lonely</data>\n"
				     "      <data key=\"n_type\">body</data>\n"
				     "      <data key=\"n_label\">Phòng \\N</data>\n"
				     "      <data key=\"n_r\">46</data>\n      <data key=\"n_g\">139</data>\n"
				     "      <data key=\"n_b\">87</data>\n    </node>"));

	/* weights: always written, > 0, finite, round-trippable */
	assert_non_null(strstr(text, "<data key=\"e_weight\">2</data>\n    </edge>\n    <edge id=\"e1\""));
	assert_non_null(strstr(text, "<data key=\"e_weight\">1</data>\n    </edge>\n    <edge id=\"e2\""));
	assert_non_null(strstr(text, "<data key=\"e_weight\">1</data>\n    </edge>\n    <edge id=\"e3\""));
	assert_non_null(strstr(text, "<data key=\"e_weight\">1</data>\n    </edge>\n    <edge id=\"e4\""));
	assert_non_null(strstr(text, "<data key=\"e_weight\">0.33333333333333331</data>"));
	assert_non_null(strstr(text, "<data key=\"e_weight\">0.1</data>"));
	assert_null(strstr(text, "nan"));
	assert_null(strstr(text, "inf"));
	assert_true(text[len - 1] == '\n');
	assert_non_null(strstr(text, "</graph>\n</graphml>\n"));
	free(text);
}

static void test_deterministic(void **state)
{
	char *a, *b;
	size_t la, lb;

	assert_int_equal(vnkg_write_graphml(*state, TMP "det-a.graphml"), 0);
	assert_int_equal(vnkg_write_graphml(*state, TMP "det-b.graphml"), 0);
	a = test_read_file(TMP "det-a.graphml", &la);
	b = test_read_file(TMP "det-b.graphml", &lb);
	assert_non_null(a);
	assert_non_null(b);
	assert_int_equal(la, lb);
	assert_memory_equal(a, b, la);
	free(a);
	free(b);
}

static void test_empty_graph(void **state)
{
	vnkg_graph *g;

	(void)state;
	assert_int_equal(vnkg_graph_new(&g), 0);
	assert_int_equal(vnkg_write_graphml(g, TMP "empty.graphml"), 0);
	assert_int_equal(validate(TMP "empty.graphml"), 0);
	vnkg_graph_free(g);
}

static void test_large_graph(void **state)
{
	vnkg_graph *g;
	char id[64];
	size_t i, n = 20000;

	(void)state;
	assert_int_equal(vnkg_graph_new(&g), 0);
	for (i = 0; i < n; i++) {
		snprintf(id, sizeof(id), "person:p-%zu", i);
		assert_int_equal(vnkg_graph_add_node(g, NULL, id), 0);
		assert_int_equal(vnkg_graph_set_node_attr(g, i, "label", "Nguyễn Văn A & B"), 0);
		if (i)
			assert_int_equal(vnkg_graph_add_edge(g, NULL, i - 1, i), 0);
	}
	/* larger than the write buffer, so it is flushed several times */
	assert_int_equal(vnkg_write_graphml(g, TMP "large.graphml"), 0);
	assert_int_equal(validate(TMP "large.graphml"), 0);
	vnkg_graph_free(g);
}

static void test_errors(void **state)
{
	const char *good = TMP "keep.graphml";
	char *before, *after;
	size_t lb, la;

	assert_int_equal(vnkg_write_graphml(*state, TMP "no-such-dir/x.graphml"), VNKG_ERROR);
	assert_non_null(strstr(vnkg_error_last(), "no-such-dir/x.graphml"));
	assert_int_equal(vnkg_write_graphml(NULL, good), VNKG_EINVALID);
	assert_int_equal(vnkg_write_graphml(*state, ""), VNKG_EINVALID);

	/* a failed write leaves the previous file as it was */
	assert_int_equal(vnkg_write_graphml(*state, good), 0);
	before = test_read_file(good, &lb);
	assert_int_equal(vnkg_write_graphml(NULL, good), VNKG_EINVALID);
	after = test_read_file(good, &la);
	assert_non_null(before);
	assert_non_null(after);
	assert_int_equal(la, lb);
	assert_memory_equal(before, after, la);
	free(before);
	free(after);
}

/* Gephi's GraphML importer takes keys named r, g, b (ints) as the node
 * colour; one colour per type, the same as in GEXF and DOT. */
static void test_gephi_colours(void **state)
{
	char *text;
	size_t len = 0;

	assert_int_equal(vnkg_write_graphml(*state, TMP "colours.graphml"), 0);
	text = wt_read(TMP "colours.graphml", &len);
	assert_non_null(strstr(text, "<key id=\"n_r\" for=\"node\" attr.name=\"r\" attr.type=\"int\"/>\n"
				     "  <key id=\"n_g\" for=\"node\" attr.name=\"g\" attr.type=\"int\"/>\n"
				     "  <key id=\"n_b\" for=\"node\" attr.name=\"b\" attr.type=\"int\"/>\n"));
	/* after the node keys, before the edge keys */
	assert_true(strstr(text, "attr.name=\"number\"") < strstr(text, "attr.name=\"r\""));
	assert_true(strstr(text, "attr.name=\"b\"") < strstr(text, "attr.name=\"relation\""));
	/* the person is blue, the event vermilion; every node has a colour */
	assert_non_null(strstr(text, "<data key=\"n_rank\">Trung tướng</data>\n      <data key=\"n_r\">42</data>\n"
				     "      <data key=\"n_g\">109</data>\n      <data key=\"n_b\">176</data>\n"
				     "    </node>"));
	assert_int_equal(wt_count(text, "<data key=\"n_r\">"), 6);
	assert_int_equal(wt_count(text, "<data key=\"n_r\">214</data>"), 1);
	/* no other name Gephi reserves */
	assert_null(strstr(text, "attr.name=\"id\""));
	assert_null(strstr(text, "attr.name=\"size\""));
	assert_null(strstr(text, "attr.name=\"color\""));
	assert_null(strstr(text, "attr.name=\"x\""));
	free(text);
}

/* networkx reads it with the right types (run when python3-networkx is
 * installed; skipped otherwise). */
static void test_networkx_reads(void **state)
{
	const char *python = wt_python_with("networkx");
	char cmd[2048];

	if (!python) {
		fprintf(stderr, "note: no python3 with networkx (apt-get install python3-networkx); skipped\n");
		skip();
	}
	assert_int_equal(vnkg_write_graphml(*state, TMP "nx.graphml"), 0);
	snprintf(cmd, sizeof(cmd), "%s '%s' graphml '%s' 6 6", python, CHECK_GRAPH, TMP "nx.graphml");
	assert_int_equal(test_run(cmd), 0);
}

/* igraph's reader (through vnkg_graph_read_graphml) gives back the same
 * nodes, edges and attributes; the colours do not get in its way. */
static void test_igraph_reads(void **state)
{
	const vnkg_graph *g = *state;
	vnkg_graph *back = NULL;
	size_t i;
	int k;

	assert_int_equal(vnkg_write_graphml(g, TMP "ig.graphml"), 0);
	assert_int_equal(vnkg_graph_read_graphml(&back, TMP "ig.graphml"), 0);
	assert_int_equal(vnkg_graph_node_count(back), vnkg_graph_node_count(g));
	assert_int_equal(vnkg_graph_edge_count(back), vnkg_graph_edge_count(g));
	for (i = 0; i < vnkg_graph_node_count(g); i++)
		for (k = 0; vnkg_graph_node_keys[k]; k++)
			if (strcmp(vnkg_graph_node_keys[k], "aliases") != 0 && strcmp(vnkg_graph_node_keys[k], "rank") != 0)
				assert_string_equal(vnkg_graph_node_attr(back, i, vnkg_graph_node_keys[k]),
						    vnkg_graph_node_attr(g, i, vnkg_graph_node_keys[k]));
	/* control characters are gone before igraph sees them */
	assert_string_equal(vnkg_graph_node_attr(back, 3, "aliases"), "hội nghị QT");
	assert_string_equal(vnkg_graph_node_attr(back, 4, "rank"), "");
	for (i = 0; i < vnkg_graph_edge_count(g); i++) {
		assert_string_equal(vnkg_graph_edge_attr(back, i, "evidence"), vnkg_graph_edge_attr(g, i, "evidence"));
		assert_string_equal(vnkg_graph_edge_attr(back, i, "label"), vnkg_graph_edge_attr(g, i, "label"));
		assert_true(vnkg_graph_edge_weight(back, i) > 0.0);
	}
	vnkg_graph_free(back);
}

/* The seeds' graph: valid, and read by networkx and igraph with every node
 * and edge. */
static void test_seeds(void **state)
{
	const char *paths[] = {VNKG_SEEDS};
	const char *python = wt_python_with("networkx");
	vnkg_graph *g = NULL, *back = NULL;
	char cmd[2048];

	(void)state;
	assert_int_equal(vnkg_build(&g, paths, 1, NULL, NULL), 0);
	assert_true(vnkg_graph_node_count(g) > 10);
	assert_int_equal(vnkg_write_graphml(g, TMP "seeds.graphml"), 0);
	assert_int_equal(validate(TMP "seeds.graphml"), 0);
	assert_int_equal(vnkg_graph_read_graphml(&back, TMP "seeds.graphml"), 0);
	assert_int_equal(vnkg_graph_node_count(back), vnkg_graph_node_count(g));
	assert_int_equal(vnkg_graph_edge_count(back), vnkg_graph_edge_count(g));
	if (python) {
		snprintf(cmd, sizeof(cmd), "%s '%s' graphml '%s' %zu %zu", python, CHECK_GRAPH, TMP "seeds.graphml",
			 vnkg_graph_node_count(g), vnkg_graph_edge_count(g));
		assert_int_equal(test_run(cmd), 0);
	} else {
		fprintf(stderr, "note: no python3 with networkx; the seeds' GraphML was not read by networkx\n");
	}
	vnkg_graph_free(back);
	vnkg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_valid_and_golden, setup, teardown),
		cmocka_unit_test_setup_teardown(test_contract, setup, teardown),
		cmocka_unit_test_setup_teardown(test_deterministic, setup, teardown),
		cmocka_unit_test(test_empty_graph),
		cmocka_unit_test(test_large_graph),
		cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_gephi_colours, setup, teardown),
		cmocka_unit_test_setup_teardown(test_networkx_reads, setup, teardown),
		cmocka_unit_test_setup_teardown(test_igraph_reads, setup, teardown),
		cmocka_unit_test(test_seeds),
	};

	if (vnkg_global_init() < 0)
		return 1;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
