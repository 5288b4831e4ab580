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
#include "vnkg/write.h"

#define TMP VNKG_TEST_TMP "/"

static int setup(void **state)
{
	vnkg_graph *g = sample_graph();

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

static void test_dot_text(void **state)
{
	char *text;
	size_t len;

	assert_int_equal(vnkg_write_dot(*state, TMP "sample.dot"), 0);
	text = test_read_file(TMP "sample.dot", &len);
	assert_non_null(text);
	assert_non_null(strstr(text, "digraph"));
	assert_non_null(strstr(text, "charset=\"UTF-8\""));
	assert_non_null(strstr(text, "fontname=\"DejaVu Sans\""));
	assert_non_null(strstr(text, "cluster_legend"));
	/* a backslash doubled in labels, four times in tooltips (Graphviz
	 * unescapes those twice), quotes escaped by cgraph */
	assert_non_null(strstr(text, "label=\"Phòng \\\\N\""));
	assert_non_null(strstr(text, "C:\\\\\\\\Hà Nội."));
	assert_non_null(strstr(text, "\\\"quán triệt\\\""));
	/* line break as \n, tab as a space */
	assert_non_null(strstr(text, "Đồng chí phát biểu\\nkết luận hội nghị."));
	/* event labels carry their date */
	assert_null(strstr(text, "&quot;"));
	assert_non_null(strstr(text, "\\\"mở rộng\\\"\\n2019-11-18"));
	/* parallel edges have their own keys */
	assert_non_null(strstr(text, "key=e0"));
	assert_non_null(strstr(text, "key=e1"));
	free(text);
}

static void test_dot_renders(void **state)
{
	char cmd[2048], *svg, *err;
	size_t len;

	assert_int_equal(vnkg_write_dot(*state, TMP "render.dot"), 0);
	snprintf(cmd, sizeof(cmd), "'%s' -Tsvg '%s' -o '%s' 2>'%s'", VNKG_DOT, TMP "render.dot", TMP "render.svg",
		 TMP "render.err");
	assert_int_equal(test_run(cmd), 0);
	err = test_read_file(TMP "render.err", &len);
	assert_non_null(err);
	if (len)
		fprintf(stderr, "dot said: %s\n", err);
	assert_int_equal(len, 0);
	free(err);

	svg = test_read_file(TMP "render.svg", &len);
	assert_non_null(svg);
	assert_non_null(strstr(svg, ">Nguyễn Mạnh Hùng</text>"));
	assert_non_null(strstr(svg, ">chủ trì</text>"));
	assert_non_null(strstr(svg, ">Tổng cục Công nghiệp Quốc phòng</text>"));
	assert_non_null(strstr(svg, ">2019&#45;11&#45;18</text>") ? svg : strstr(svg, ">2019-11-18</text>"));
	assert_non_null(strstr(svg, "Chú giải"));
	assert_non_null(strstr(svg, ">Phòng \\N</text>"));
	/* the evidence, with its quotes and one backslash, is the edge tooltip */
	assert_non_null(strstr(svg, "xlink:title=\"Trung tướng Nguyễn Mạnh Hùng chủ trì hội nghị "
				    "&quot;quán triệt&quot; tại C:\\Hà Nội.\""));
	free(svg);
}

/* cgraph breaks long strings with backslash-newline; dot must join them
 * back without splitting a UTF-8 sequence. */
static void test_dot_long_text(void **state)
{
	vnkg_graph *g = NULL;
	char evidence[2048], cmd[2048], *svg;
	const char *p;
	size_t a, b, e, len = 0, n;
	const char *piece = "Đảng ủy Tổng cục Công nghiệp Quốc phòng quán triệt, triển khai thực hiện \\ ";

	(void)state;
	evidence[0] = '\0';
	for (n = 0; n < 6; n++)
		strncat(evidence, piece, sizeof(evidence) - strlen(evidence) - 1);
	assert_int_equal(vnkg_graph_new(&g), 0);
	assert_int_equal(vnkg_graph_add_node(g, &a, "body:a"), 0);
	assert_int_equal(vnkg_graph_add_node(g, &b, "event:b"), 0);
	assert_int_equal(vnkg_graph_set_node_attr(g, a, "label", evidence), 0);
	assert_int_equal(vnkg_graph_add_edge(g, &e, a, b), 0);
	assert_int_equal(vnkg_graph_set_edge_attr(g, e, "evidence", evidence), 0);
	assert_int_equal(vnkg_write_dot(g, TMP "long.dot"), 0);
	snprintf(cmd, sizeof(cmd), "'%s' -Tsvg '%s' -o '%s'", VNKG_DOT, TMP "long.dot", TMP "long.svg");
	assert_int_equal(test_run(cmd), 0);
	svg = test_read_file(TMP "long.svg", &len);
	assert_non_null(svg);
	/* the SVG tooltip is the evidence with one backslash per backslash */
	assert_non_null(strstr(svg, "xlink:title=\"Đảng ủy Tổng cục Công nghiệp Quốc phòng quán triệt, "
				    "triển khai thực hiện \\ Đảng ủy"));
	n = 0;
	for (p = strstr(svg, "thực hiện \\ "); p; p = strstr(p + 1, "thực hiện \\ "))
		n++;
	assert_int_equal(n, 6 + 6); /* edge tooltip and label tooltip */
	free(svg);
	vnkg_graph_free(g);
}

static void test_dot_deterministic(void **state)
{
	char *a, *b;
	size_t la, lb;

	assert_int_equal(vnkg_write_dot(*state, TMP "det-a.dot"), 0);
	assert_int_equal(vnkg_write_dot(*state, TMP "det-b.dot"), 0);
	a = test_read_file(TMP "det-a.dot", &la);
	b = test_read_file(TMP "det-b.dot", &lb);
	assert_non_null(a);
	assert_non_null(b);
	assert_int_equal(la, lb);
	assert_memory_equal(a, b, la);
	free(a);
	free(b);
}

static void test_dot_errors(void **state)
{
	assert_int_equal(vnkg_write_dot(*state, TMP "no-such-dir/x.dot"), VNKG_ERROR);
	assert_non_null(strstr(vnkg_error_last(), "no-such-dir/x.dot"));
	assert_int_equal(vnkg_write_dot(NULL, TMP "x.dot"), VNKG_EINVALID);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_dot_text, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dot_renders, setup, teardown),
		cmocka_unit_test(test_dot_long_text),
		cmocka_unit_test_setup_teardown(test_dot_deterministic, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dot_errors, setup, teardown),
	};

	if (vnkg_global_init() < 0)
		return 1;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
