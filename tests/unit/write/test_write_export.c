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
#include "vnkg/common.h"
#include "vnkg/write.h"

/* vnkg_export: every format to memory gives the bytes its writer writes. */


static void test_format_parse(void **state)
{
	static const char *const names[] = {"graphml", "dot", "svg", "gexf", "json", "csv-nodes", "csv-edges"};
	vnkg_export_format f;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		assert_int_equal(vnkg_export_format_parse(&f, names[i]), 0);
		assert_int_equal((size_t)f, i);
	}
	assert_int_equal(vnkg_export_format_parse(&f, "xml"), VNKG_EINVALID);
	assert_non_null(strstr(vnkg_error_last(), "graphml, dot, svg, gexf, json, csv-nodes or csv-edges"));
	assert_int_equal(vnkg_export_format_parse(&f, NULL), VNKG_EINVALID);
}

static void same_as_file(const vnkg_graph *g, vnkg_export_format f, const char *path)
{
	char *mem = NULL, *file, *via;
	size_t lm = 0, lf, lv;
	char other[512];

	assert_int_equal(vnkg_export(&mem, &lm, g, f), 0);
	assert_non_null(mem);
	assert_int_equal(strlen(mem), lm);
	file = wt_read(path, &lf);
	assert_int_equal(lm, lf);
	assert_memory_equal(mem, file, lm);
	snprintf(other, sizeof(other), "%s.via-export", path);
	assert_int_equal(vnkg_export_file(g, f, other), 0);
	via = wt_read(other, &lv);
	assert_int_equal(lv, lf);
	assert_memory_equal(via, file, lf);
	free(via);
	free(file);
	free(mem);
}

static void test_export_matches_writers(void **state)
{
	const vnkg_graph *g = *state;

	assert_int_equal(vnkg_write_graphml(g, TMP "x.graphml"), 0);
	same_as_file(g, VNKG_EXPORT_GRAPHML, TMP "x.graphml");
	assert_int_equal(vnkg_write_dot(g, TMP "x.dot"), 0);
	same_as_file(g, VNKG_EXPORT_DOT, TMP "x.dot");
	assert_int_equal(vnkg_write_svg(g, TMP "x.svg"), 0);
	same_as_file(g, VNKG_EXPORT_SVG, TMP "x.svg");
	assert_int_equal(vnkg_write_gexf(g, TMP "x.gexf"), 0);
	same_as_file(g, VNKG_EXPORT_GEXF, TMP "x.gexf");
	assert_int_equal(vnkg_write_json(g, TMP "x.json"), 0);
	same_as_file(g, VNKG_EXPORT_JSON, TMP "x.json");
	assert_int_equal(vnkg_write_csv(g, TMP "x-nodes.csv", TMP "x-edges.csv"), 0);
	same_as_file(g, VNKG_EXPORT_CSV_NODES, TMP "x-nodes.csv");
	same_as_file(g, VNKG_EXPORT_CSV_EDGES, TMP "x-edges.csv");
}

static void test_export_errors(void **state)
{
	char *out = (char *)"untouched";
	size_t len = 7;

	assert_int_equal(vnkg_export(&out, &len, NULL, VNKG_EXPORT_JSON), VNKG_EINVALID);
	assert_null(out);
	assert_int_equal(len, 0);
	assert_int_equal(vnkg_export(NULL, NULL, *state, VNKG_EXPORT_JSON), VNKG_EINVALID);
	assert_int_equal(vnkg_export(&out, NULL, *state, (vnkg_export_format)42), VNKG_EINVALID);
	assert_int_equal(vnkg_export_file(*state, VNKG_EXPORT_JSON, ""), VNKG_EINVALID);
	assert_int_equal(vnkg_export_file(*state, VNKG_EXPORT_GEXF, TMP "no-such-dir/x.gexf"), VNKG_ERROR);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format_parse),
		cmocka_unit_test_setup_teardown(test_export_matches_writers, wt_setup_sample, wt_teardown_sample),
		cmocka_unit_test_setup_teardown(test_export_errors, wt_setup_sample, wt_teardown_sample),
	};

	if (vnkg_global_init() < 0)
		return 1;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
