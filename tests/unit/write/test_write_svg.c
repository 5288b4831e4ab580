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

/* SVG rendered in-process by Graphviz (gvc): well-formed, Vietnamese text
 * right, tooltips on edges; dot for small graphs, sfdp for large ones. */


static void test_svg_in_process(void **state)
{
	char *svg;
	size_t len = 0;

	assert_int_equal(vnkg_write_svg(*state, TMP "sample.svg"), 0);
	assert_int_equal(wt_wellformed(TMP "sample.svg"), 0);
	svg = wt_read(TMP "sample.svg", &len);
	assert_memory_equal(svg, "<?xml version=\"1.0\" encoding=\"UTF-8\"", 36);
	assert_non_null(strstr(svg, "<svg "));
	assert_non_null(strstr(svg, "<title>kg</title>"));
	/* one <title> per node and edge, for browsers and screen readers */
	assert_non_null(strstr(svg, "<title>n0</title>"));
	assert_non_null(strstr(svg, "<title>n0&#45;&gt;n3</title>"));
	/* Vietnamese labels with their diacritics, in DejaVu Sans */
	assert_non_null(strstr(svg, ">Nguyễn Mạnh Hùng</text>"));
	assert_non_null(strstr(svg, ">Hà Nội</text>"));
	assert_non_null(strstr(svg, ">quán triệt</text>"));
	assert_non_null(strstr(svg, ">phát biểu</text>"));
	assert_non_null(strstr(svg, ">Chú giải</text>"));
	assert_non_null(strstr(svg, "font-family=\"DejaVu Sans\""));
	assert_null(strstr(svg, "Times"));
	/* hovering an edge or its label shows the sentence it came from */
	assert_int_equal(wt_count(svg, "xlink:title=\"Tổng cục tổ chức hội nghị.\""), 2);
	assert_non_null(strstr(svg, "<g id=\"a_edge"));
	assert_non_null(strstr(svg, "<g id=\"a_edge3&#45;label\">"));
	/* no link unless asked for */
	assert_null(strstr(svg, "xlink:href"));
	free(svg);
}

/* The same bytes every time, to memory as to a file. */
static void test_svg_deterministic(void **state)
{
	char *a, *b, *mem = NULL;
	size_t la, lb, lm = 0;

	assert_int_equal(vnkg_write_svg(*state, TMP "det-a.svg"), 0);
	assert_int_equal(vnkg_write_svg(*state, TMP "det-b.svg"), 0);
	assert_int_equal(vnkg_export(&mem, &lm, *state, VNKG_EXPORT_SVG), 0);
	a = wt_read(TMP "det-a.svg", &la);
	b = wt_read(TMP "det-b.svg", &lb);
	assert_int_equal(la, lb);
	assert_memory_equal(a, b, la);
	assert_int_equal(lm, la);
	assert_memory_equal(mem, a, la);
	free(a);
	free(b);
	free(mem);
}

/* A graph of more than 150 nodes goes to sfdp with overlap removal, in
 * the DOT file (so that `dot -Tsvg` does too) and in-process. */
static void test_svg_large_goes_to_sfdp(void **state)
{
	static const char *const types[] = {"person", "body", "directive", "event", "place"};
	vnkg_graph *g = NULL;
	char id[64], label[64], *dot, *svg;
	size_t i, n = 200, len;

	(void)state;
	assert_int_equal(vnkg_graph_new(&g), 0);
	for (i = 0; i < n; i++) {
		snprintf(id, sizeof(id), "%s:n-%zu", types[i % 5], i);
		snprintf(label, sizeof(label), "Nút số %zu", i);
		assert_int_equal(vnkg_graph_add_node(g, NULL, id), 0);
		assert_int_equal(vnkg_graph_set_node_attr(g, i, "type", types[i % 5]), 0);
		assert_int_equal(vnkg_graph_set_node_attr(g, i, "label", label), 0);
		if (i) {
			size_t e;

			assert_int_equal(vnkg_graph_add_edge(g, &e, i / 2, i), 0);
			assert_int_equal(vnkg_graph_set_edge_attr(g, e, "relation", "part_of"), 0);
		}
	}
	assert_int_equal(vnkg_write_dot(g, TMP "large.dot"), 0);
	dot = wt_read(TMP "large.dot", &len);
	assert_non_null(strstr(dot, "layout=sfdp"));
	assert_non_null(strstr(dot, "overlap=prism"));
	assert_null(strstr(dot, "rankdir"));
	free(dot);
	/* the `dot` command honours layout=sfdp */
	assert_int_equal(wt_run("'%s' -Tsvg '%s' -o '%s'", VNKG_DOT, TMP "large.dot", TMP "large-cmd.svg"), 0);
	assert_int_equal(vnkg_write_svg(g, TMP "large.svg"), 0);
	assert_int_equal(wt_wellformed(TMP "large.svg"), 0);
	svg = wt_read(TMP "large.svg", &len);
	assert_non_null(strstr(svg, ">Nút số 199</text>"));
	assert_non_null(strstr(svg, ">trực thuộc</text>"));
	free(svg);
	vnkg_graph_free(g);
}

/* A real SVG renderer draws it (rsvg-convert, when librsvg2-bin is there). */
static void test_svg_rasterises(void **state)
{
	if (test_run("command -v rsvg-convert >/dev/null 2>&1") != 0) {
		fprintf(stderr, "note: rsvg-convert not installed (librsvg2-bin); skipped\n");
		skip();
	}
	assert_int_equal(vnkg_write_svg(*state, TMP "raster.svg"), 0);
	assert_int_equal(wt_run("rsvg-convert -o '%s' '%s' 2>'%s'", TMP "raster.png", TMP "raster.svg",
				TMP "raster.err"),
			 0);
}

static void test_svg_errors(void **state)
{
	assert_int_equal(vnkg_write_svg(*state, TMP "no-such-dir/x.svg"), VNKG_ERROR);
	assert_non_null(strstr(vnkg_error_last(), "no-such-dir/x.svg"));
	assert_int_equal(vnkg_write_svg(NULL, TMP "x.svg"), VNKG_EINVALID);
	assert_int_equal(vnkg_write_svg(*state, NULL), VNKG_EINVALID);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_svg_in_process, wt_setup_sample, wt_teardown_sample),
		cmocka_unit_test_setup_teardown(test_svg_deterministic, wt_setup_sample, wt_teardown_sample),
		cmocka_unit_test(test_svg_large_goes_to_sfdp),
		cmocka_unit_test_setup_teardown(test_svg_rasterises, wt_setup_sample, wt_teardown_sample),
		cmocka_unit_test_setup_teardown(test_svg_errors, wt_setup_sample, wt_teardown_sample),
	};

	if (vnkg_global_init() < 0)
		return 1;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
