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

/* DOT: through cgraph, styled by type, Vietnamese labels, evidence as
 * tooltips, rendered by the real `dot`. */


static void test_dot_text(void **state)
{
	char *text;
	size_t len = 0;

	assert_int_equal(vnkg_write_dot(*state, TMP "sample.dot"), 0);
	text = wt_read(TMP "sample.dot", &len);
	assert_non_null(strstr(text, "digraph kg {"));
	/* UTF-8 and DejaVu Sans on graph, node and edge defaults */
	assert_non_null(strstr(text, "graph [bgcolor=white,\n\t\tcharset=\"UTF-8\",\n\t\tfontname=\"DejaVu Sans\""));
	assert_non_null(strstr(text, "node [charset=\"UTF-8\""));
	assert_non_null(strstr(text, "edge [arrowsize=0.7,\n\t\tcharset=\"UTF-8\""));
	assert_int_equal(wt_count(text, "fontname=\"DejaVu Sans\""), 3);
	/* the legend, one sample per type */
	assert_non_null(strstr(text, "subgraph cluster_legend {"));
	assert_non_null(strstr(text, "label=\"Chú giải\""));
	assert_non_null(strstr(text, "legend_person\t[color=\"#2a6db0\""));
	assert_non_null(strstr(text, "label=\"văn bản\",\n\t\t\tshape=note"));
	assert_non_null(strstr(text, "label=\"địa điểm\",\n\t\t\tshape=house"));
	/* shapes and colours by type */
	assert_non_null(strstr(text, "n0\t[color=\"#2a6db0\",\n\t\tfillcolor=\"#dbe8f6\""));
	assert_non_null(strstr(text, "n2\t[color=\"#b8860b\",\n\t\tfillcolor=\"#fff0c2\""));
	/* HTML-like labels: wrapped, XML-escaped, a backslash doubled; the
	 * rank of a person and the date of an event or a directive in small
	 * grey under the name */
	assert_non_null(strstr(text, "label=<Phòng \\\\N>"));
	assert_non_null(strstr(text, "label=<Tổng cục Công nghiệp<BR/>Quốc phòng>"));
	assert_non_null(strstr(text, "label=<Nguyễn Mạnh Hùng<BR/><FONT POINT-SIZE=\"9\" "
				     "COLOR=\"#444444\">Trung tướng</FONT>>"));
	assert_non_null(strstr(text, "label=<Hội nghị quán triệt Chỉ thị 35<BR/>&lt;trực tuyến&gt; &amp; "
				     "&quot;mở rộng&quot;<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#444444\">2019-11-18</FONT>>"));
	assert_non_null(strstr(text, "Chỉ thị số 35-CT/TW<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#444444\">2019-05-30"));
	/* Vietnamese relation labels, coloured by relation */
	assert_non_null(strstr(text, "label=\"chủ trì\""));
	assert_non_null(strstr(text, "label=\"quán triệt\""));
	assert_non_null(strstr(text, "label=\"giữ chức\",\n\t\tlabeltooltip"));
	assert_non_null(strstr(text, "color=\"#a93226\",\n\t\tfontcolor=\"#a93226\",\n\t\tlabel=\"chủ trì\""));
	/* tooltips: the evidence with four backslashes for one, quotes escaped
	 * by cgraph, a line break as \n, a tab as a space, then the article */
	assert_non_null(strstr(text, "tooltip=\"Trung tướng Nguyễn Mạnh Hùng chủ trì hội nghị \\\"quán triệt\\\" tại "
				     "C:\\\\\\\\Hà Nội.\\n(qdnd-2019-01, 2019-11-18)\""));
	assert_non_null(strstr(text, "labeltooltip=\"Đồng chí phát biểu\\nkết luận hội nghị.\\n(qdnd-2019-01)\""));
	/* an edge without evidence still says what it is */
	assert_non_null(strstr(text, "tooltip=\"Hội nghị quán triệt Chỉ thị 35 <trực tuyến> & \\\"mở rộng\\\" — tại → "
				     "Hà Nội\""));
	/* node tooltips: name, kg_id, type, aliases, articles */
	assert_non_null(strstr(text, "tooltip=\"Nguyễn Mạnh Hùng\\nperson:nguyen-manh-hung (person), 4 lần nhắc đến"));
	/* parallel edges of different relations keep their own keys */
	assert_non_null(strstr(text, "key=e0"));
	assert_non_null(strstr(text, "key=e1"));
	/* URL-free by default; dot, not sfdp, for a small graph */
	assert_null(strstr(text, "URL"));
	assert_null(strstr(text, "href"));
	assert_null(strstr(text, "layout="));
	assert_non_null(strstr(text, "rankdir=LR"));
	/* no control character but tab and newline */
	for (len = 0; text[len]; len++)
		assert_false((unsigned char)text[len] < 0x20 && text[len] != '\n' && text[len] != '\t');
	free(text);
}

static void test_dot_renders(void **state)
{
	char *svg, *err;
	size_t len = 0;

	assert_int_equal(vnkg_write_dot(*state, TMP "render.dot"), 0);
	assert_int_equal(wt_run("'%s' -Tsvg '%s' -o '%s' 2>'" TMP "render.err'", VNKG_DOT, TMP "render.dot",
				TMP "render.svg"),
			 0);
	err = wt_read(TMP "render.err", &len);
	if (len)
		fprintf(stderr, "dot said: %s\n", err);
	assert_int_equal(len, 0);
	free(err);
	assert_int_equal(wt_wellformed(TMP "render.svg"), 0);

	svg = wt_read(TMP "render.svg", &len);
	assert_non_null(strstr(svg, ">Nguyễn Mạnh Hùng</text>"));
	assert_non_null(strstr(svg, ">Trung tướng</text>"));
	assert_non_null(strstr(svg, ">chủ trì</text>"));
	assert_non_null(strstr(svg, ">Tổng cục Công nghiệp</text>"));
	assert_non_null(strstr(svg, ">Quốc phòng</text>"));
	assert_non_null(strstr(svg, ">&lt;trực tuyến&gt; &amp; &quot;mở rộng&quot;</text>"));
	assert_non_null(strstr(svg, ">2019&#45;11&#45;18</text>") ? svg : strstr(svg, ">2019-11-18</text>"));
	assert_non_null(strstr(svg, "Chú giải"));
	assert_non_null(strstr(svg, ">Phòng \\N</text>"));
	assert_non_null(strstr(svg, "font-family=\"DejaVu Sans\""));
	assert_null(strstr(svg, "Times"));
	/* the evidence, with its quotes and one backslash, is the tooltip of
	 * the edge and of its label */
	assert_int_equal(wt_count(svg, "xlink:title=\"Trung tướng Nguyễn Mạnh Hùng chủ trì hội nghị "
				       "&quot;quán triệt&quot; tại C:\\Hà Nội.&#10;(qdnd&#45;2019&#45;01, "
				       "2019&#45;11&#45;18)\""),
			 2);
	free(svg);
}

/* cgraph breaks long strings with backslash-newline; dot must join them
 * back without splitting a UTF-8 sequence. */
static void test_dot_long_text(void **state)
{
	vnkg_graph *g = NULL;
	char evidence[2048], *svg;
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
	assert_int_equal(vnkg_graph_set_edge_attr(g, e, "relation", "organized"), 0);
	assert_int_equal(vnkg_write_dot(g, TMP "long.dot"), 0);
	assert_int_equal(wt_run("'%s' -Tsvg '%s' -o '%s'", VNKG_DOT, TMP "long.dot", TMP "long.svg"), 0);
	svg = wt_read(TMP "long.svg", &len);
	/* the SVG tooltip is the evidence with one backslash per backslash */
	assert_non_null(strstr(svg, "xlink:title=\"Đảng ủy Tổng cục Công nghiệp Quốc phòng quán triệt, "
				    "triển khai thực hiện \\ Đảng ủy"));
	/* the node, the edge and the edge's label have it as their tooltip,
	 * whole: six times each */
	n = 0;
	for (p = strstr(svg, "xlink:title=\""); p; p = strstr(p + 1, "xlink:title=\"")) {
		const char *end = strchr(p + 13, '"');
		size_t k = 0;
		const char *q;

		assert_non_null(end);
		for (q = strstr(p, "thực hiện \\ "); q && q < end; q = strstr(q + 1, "thực hiện \\ "))
			k++;
		if (k) {
			assert_int_equal(k, 6);
			n++;
		}
	}
	assert_int_equal(n, 3);
	/* the node label is wrapped */
	assert_non_null(strstr(svg, ">phòng quán triệt, triển</text>"));
	free(svg);
	vnkg_graph_free(g);
}

/* Edges with the same ends and relation are drawn as one, labelled with
 * their number, every sentence in the tooltip; the data keeps them all. */
static void test_dot_merges_repeats(void **state)
{
	vnkg_graph *g = NULL;
	size_t a, b, e, i;
	char evidence[64], *text, *svg;
	size_t len = 0;

	(void)state;
	assert_int_equal(vnkg_graph_new(&g), 0);
	assert_int_equal(vnkg_graph_add_node(g, &a, "person:a"), 0);
	assert_int_equal(vnkg_graph_add_node(g, &b, "body:b"), 0);
	for (i = 0; i < 8; i++) {
		assert_int_equal(vnkg_graph_add_edge(g, &e, a, b), 0);
		assert_int_equal(vnkg_graph_set_edge_attr(g, e, "relation", "holds_role"), 0);
		snprintf(evidence, sizeof(evidence), "Câu số %zu.", i);
		assert_int_equal(vnkg_graph_set_edge_attr(g, e, "evidence", evidence), 0);
	}
	assert_int_equal(vnkg_graph_add_edge(g, &e, a, b), 0);
	assert_int_equal(vnkg_graph_set_edge_attr(g, e, "relation", "worked_with"), 0);
	assert_int_equal(vnkg_write_dot(g, TMP "merge.dot"), 0);
	text = wt_read(TMP "merge.dot", &len);
	/* the vocabulary's label when the edge has none */
	assert_non_null(strstr(text, "label=\"giữ chức ×8\""));
	assert_non_null(strstr(text, "label=\"làm việc với\""));
	assert_int_equal(wt_count(text, " -> "), 2);
	assert_non_null(strstr(text, "tooltip=\"Câu số 0.\\n\\nCâu số 1.\\n\\nCâu số 2."));
	assert_non_null(strstr(text, "Câu số 5.\\n\\n… và 2 lần khác\""));
	assert_null(strstr(text, "Câu số 6."));
	/* eight times seen, drawn thicker: 1 + log2(8) */
	assert_non_null(strstr(text, "penwidth=4.00"));
	assert_int_equal(wt_run("'%s' -Tsvg '%s' -o '%s'", VNKG_DOT, TMP "merge.dot", TMP "merge.svg"), 0);
	svg = wt_read(TMP "merge.svg", &len);
	assert_non_null(strstr(svg, ">giữ chức ×8</text>"));
	free(svg);
	free(text);
	vnkg_graph_free(g);
}

static void test_dot_deterministic(void **state)
{
	char *a, *b;
	size_t la, lb;

	assert_int_equal(vnkg_write_dot(*state, TMP "det-a.dot"), 0);
	assert_int_equal(vnkg_write_dot(*state, TMP "det-b.dot"), 0);
	a = wt_read(TMP "det-a.dot", &la);
	b = wt_read(TMP "det-b.dot", &lb);
	assert_int_equal(la, lb);
	assert_memory_equal(a, b, la);
	free(a);
	free(b);
}

static void test_dot_errors(void **state)
{
	char *before, *after;
	size_t lb, la;

	assert_int_equal(vnkg_write_dot(*state, TMP "no-such-dir/x.dot"), VNKG_ERROR);
	assert_non_null(strstr(vnkg_error_last(), "no-such-dir/x.dot"));
	assert_int_equal(vnkg_write_dot(NULL, TMP "x.dot"), VNKG_EINVALID);
	assert_int_equal(vnkg_write_dot(*state, ""), VNKG_EINVALID);

	/* a failed write leaves the previous file as it was */
	assert_int_equal(vnkg_write_dot(*state, TMP "keep.dot"), 0);
	before = wt_read(TMP "keep.dot", &lb);
	assert_int_equal(vnkg_write_dot(NULL, TMP "keep.dot"), VNKG_EINVALID);
	after = wt_read(TMP "keep.dot", &la);
	assert_int_equal(la, lb);
	assert_memory_equal(before, after, la);
	free(before);
	free(after);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_dot_text, wt_setup_sample, wt_teardown_sample),
		cmocka_unit_test_setup_teardown(test_dot_renders, wt_setup_sample, wt_teardown_sample),
		cmocka_unit_test(test_dot_long_text),
		cmocka_unit_test(test_dot_merges_repeats),
		cmocka_unit_test_setup_teardown(test_dot_deterministic, wt_setup_sample, wt_teardown_sample),
		cmocka_unit_test_setup_teardown(test_dot_errors, wt_setup_sample, wt_teardown_sample),
	};

	if (vnkg_global_init() < 0)
		return 1;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
