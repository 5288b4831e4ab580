#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_util.h"
#include "unit/graph/sample_graph.h"
#include "unit/write/write_test.h"
#include "vnkg/common.h"
#include "vnkg/write.h"

/* Views: an entity's neighbourhood and the timeline, drawn as DOT (laid out
 * by the real `dot`) and as SVG in-process. */


static char *render(const vnkg_graph *g, const vnkg_view_options *o, vnkg_export_format f)
{
	char *out = NULL;
	size_t len = 0;

	if (vnkg_view_render(&out, &len, g, o, f) < 0)
		fail_msg("vnkg_view_render: %s", vnkg_error_last());
	assert_int_equal(strlen(out), len);
	return f == VNKG_EXPORT_DOT ? wt_join_lines(out) : out;
}

/* The sample: 0 person, 1 body, 2 directive, 3 event (2019-11-18), 4 place,
 * 5 a body alone; 0->3 chaired, 0->3 spoke_at, 1->3 organized,
 * 3->2 disseminated, 3->4 held_at, 0->1 holds_role. */
static void test_neighbourhood(void **state)
{
	vnkg_view_options o = VNKG_VIEW_OPTIONS_INIT;
	char *dot;

	o.kind = VNKG_VIEW_NEIGHBOURHOOD;
	o.focus = 2;
	dot = render(*state, &o, VNKG_EXPORT_DOT);
	assert_non_null(strstr(dot, "digraph neighbourhood {"));
	assert_non_null(strstr(dot, "label=\"Quan hệ của Chỉ thị số 35-CT/TW (trong 1 bước)\\n2 nút, 1 quan hệ\""));
	assert_non_null(strstr(dot, "\tn2\t["));
	assert_non_null(strstr(dot, "\tn3\t["));
	assert_null(strstr(dot, "\tn0\t["));
	assert_null(strstr(dot, "\tn5\t["));
	/* the focus is drawn bold */
	assert_non_null(strstr(dot, "label=<<B>Chỉ thị số 35-CT/TW</B><BR/>"));
	assert_non_null(strstr(dot, "penwidth=3"));
	/* the legend lists the types drawn only */
	assert_non_null(strstr(dot, "legend_directive"));
	assert_null(strstr(dot, "legend_person"));
	free(dot);

	o.depth = 2;
	dot = render(*state, &o, VNKG_EXPORT_DOT);
	assert_non_null(strstr(dot, "(trong 2 bước)\\n5 nút, 6 quan hệ\""));
	assert_non_null(strstr(dot, "\tn0\t["));
	assert_non_null(strstr(dot, "\tn4\t["));
	assert_null(strstr(dot, "\tn5\t["));
	free(dot);
}

static void test_neighbourhood_svg(void **state)
{
	vnkg_view_options o = VNKG_VIEW_OPTIONS_INIT;
	char *svg;
	size_t len = 0;

	o.kind = VNKG_VIEW_NEIGHBOURHOOD;
	o.focus = 0;
	assert_int_equal(vnkg_view_write(*state, &o, VNKG_EXPORT_SVG, TMP "hung.svg"), 0);
	assert_int_equal(wt_wellformed(TMP "hung.svg"), 0);
	svg = wt_read(TMP "hung.svg", &len);
	assert_non_null(strstr(svg, "font-weight=\"bold\""));
	assert_non_null(strstr(svg, ">Nguyễn Mạnh Hùng</text>"));
	assert_non_null(strstr(svg, ">Quan hệ của Nguyễn Mạnh Hùng (trong 1 bước)</text>"));
	assert_non_null(strstr(svg, ">chủ trì</text>"));
	free(svg);
	/* and the DOT of it renders with the `dot` command */
	assert_int_equal(vnkg_view_write(*state, &o, VNKG_EXPORT_DOT, TMP "hung.dot"), 0);
	assert_int_equal(wt_run("'%s' -Tsvg '%s' -o '%s'", VNKG_DOT, TMP "hung.dot", TMP "hung-cmd.svg"), 0);
}

/* Events over three years, one without a date. */
static vnkg_graph *timeline_graph(void)
{
	vnkg_graph *g = NULL;
	int ea, eb, ec, ed, eu, p, q, d1, d2, b;

	if (vnkg_graph_new(&g) < 0)
		return NULL;
	ea = sample_node(g, "event:a", (const char *const[]){"type", "event", "label", "Hội nghị A", "date",
							       "2019-12-24", NULL});
	eb = sample_node(g, "event:b", (const char *const[]){"type", "event", "label", "Hội nghị B", "date",
							       "2019-11-18", NULL});
	ec = sample_node(g, "event:c", (const char *const[]){"type", "event", "label", "Đại hội C", "date",
							       "2018-04", NULL});
	ed = sample_node(g, "event:d", (const char *const[]){"type", "event", "label", "Hội nghị D", "date",
							       "2024", NULL});
	eu = sample_node(g, "event:u", (const char *const[]){"type", "event", "label", "Đại hội U", NULL});
	p = sample_node(g, "person:p", (const char *const[]){"type", "person", "label", "Trần Văn P", NULL});
	q = sample_node(g, "person:q", (const char *const[]){"type", "person", "label", "Lê Thị Q", NULL});
	d1 = sample_node(g, "directive:1", (const char *const[]){"type", "directive", "label", "Chỉ thị 1", NULL});
	d2 = sample_node(g, "directive:2", (const char *const[]){"type", "directive", "label", "Kế hoạch 2", NULL});
	b = sample_node(g, "body:b", (const char *const[]){"type", "body", "label", "Cục B", NULL});
	if (sample_edge(g, p, ea, (const char *const[]){"relation", "chaired", "label", "chủ trì", NULL}) < 0 ||
	    sample_edge(g, p, ec, (const char *const[]){"relation", "chaired", "label", "chủ trì", NULL}) < 0 ||
	    sample_edge(g, q, ed, (const char *const[]){"relation", "chaired", "label", "chủ trì", NULL}) < 0 ||
	    sample_edge(g, eb, d1, (const char *const[]){"relation", "disseminated", "label", "quán triệt", NULL}) < 0 ||
	    sample_edge(g, ed, d2, (const char *const[]){"relation", "implemented", "label", "triển khai", NULL}) < 0 ||
	    sample_edge(g, b, ea, (const char *const[]){"relation", "organized", "label", "tổ chức", NULL}) < 0 ||
	    sample_edge(g, q, eu, (const char *const[]){"relation", "chaired", "label", "chủ trì", NULL}) < 0 ||
	    sample_edge(g, q, eb, (const char *const[]){"relation", "spoke_at", "label", "phát biểu", NULL}) < 0) {
		vnkg_graph_free(g);
		return NULL;
	}
	return g;
}

/* x and y of a node in `dot -Tplain` output. */
static void plain_pos(const char *plain, const char *node, double *x, double *y)
{
	char key[64];
	const char *p;

	snprintf(key, sizeof(key), "\nnode %s ", node);
	p = strstr(plain, key);
	if (!p)
		fail_msg("node %s not laid out", node);
	p += strlen(key);
	*x = strtod(p, (char **)&p);
	*y = strtod(p, NULL);
}

static void test_timeline(void **state)
{
	vnkg_view_options o = VNKG_VIEW_OPTIONS_INIT;
	vnkg_graph *g = timeline_graph();
	double xa, ya, xb, yb, xc, yc, xd, yd, x19, y19;
	char *dot, *plain;
	FILE *f;
	size_t len = 0;

	(void)state;
	assert_non_null(g);
	o.kind = VNKG_VIEW_TIMELINE;
	dot = render(g, &o, VNKG_EXPORT_DOT);
	f = fopen(TMP "timeline.dot", "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(dot, 1, strlen(dot), f), strlen(dot));
	assert_int_equal(fclose(f), 0);
	assert_non_null(strstr(dot, "digraph timeline {"));
	/* four dated events, who chaired them, what they disseminated or
	 * implemented; not the organiser, not the undated event */
	assert_non_null(strstr(dot, "(1 sự kiện chưa rõ ngày không có trên trục thời gian)\\n8 nút, 5 quan hệ\""));
	assert_null(strstr(dot, "Cục B"));
	assert_null(strstr(dot, "Đại hội U"));
	assert_null(strstr(dot, "phát biểu"));
	/* one rank=same column per year, headed by the year */
	assert_non_null(strstr(dot, "subgraph year_2018 {\n\t\tgraph [rank=same];"));
	assert_non_null(strstr(dot, "subgraph year_2019 {\n\t\tgraph [rank=same];"));
	assert_non_null(strstr(dot, "subgraph year_2024 {\n\t\tgraph [rank=same];"));
	assert_non_null(strstr(dot, "y2019\t[fontsize=20,\n\t\t\tlabel=2019,\n\t\t\tshape=plaintext"));
	free(dot);

	/* laid out by the real dot: years left to right, a year's events
	 * top to bottom in date order under its heading */
	assert_int_equal(wt_run("'%s' -Tplain '%s' -o '%s'", VNKG_DOT, TMP "timeline.dot", TMP "timeline.plain"), 0);
	plain = wt_read(TMP "timeline.plain", &len);
	plain_pos(plain, "n0", &xa, &ya);
	plain_pos(plain, "n1", &xb, &yb);
	plain_pos(plain, "n2", &xc, &yc);
	plain_pos(plain, "n3", &xd, &yd);
	plain_pos(plain, "y2019", &x19, &y19);
	assert_true(xc < xb);
	assert_true(xb == xa && xa == x19);
	assert_true(xa < xd);
	assert_true(y19 > yb && yb > ya);
	free(plain);
	assert_int_equal(wt_run("'%s' -Tsvg '%s' -o '%s'", VNKG_DOT, TMP "timeline.dot", TMP "timeline.svg"), 0);
	assert_int_equal(wt_wellformed(TMP "timeline.svg"), 0);

	/* with a focus: its events only, and its own edges to them */
	o.focus = 6; /* Lê Thị Q: chaired D and the undated U, spoke at B */
	dot = render(g, &o, VNKG_EXPORT_DOT);
	assert_non_null(strstr(dot, "Dòng thời gian các sự kiện của Lê Thị Q"));
	assert_non_null(strstr(dot, "Hội nghị D"));
	assert_non_null(strstr(dot, "Hội nghị B"));
	assert_non_null(strstr(dot, "Chỉ thị 1"));
	assert_non_null(strstr(dot, "label=\"phát biểu\""));
	assert_null(strstr(dot, "Hội nghị A"));
	assert_null(strstr(dot, "Trần Văn P"));
	assert_non_null(strstr(dot, "(1 sự kiện chưa rõ ngày"));
	free(dot);

	/* in-process SVG */
	o.focus = VNKG_VIEW_NO_FOCUS;
	assert_int_equal(vnkg_view_write(g, &o, VNKG_EXPORT_SVG, TMP "timeline-gvc.svg"), 0);
	assert_int_equal(wt_wellformed(TMP "timeline-gvc.svg"), 0);
	plain = wt_read(TMP "timeline-gvc.svg", &len);
	assert_non_null(strstr(plain, ">2018</text>"));
	assert_non_null(strstr(plain, ">2018&#45;04</text>") ? plain : strstr(plain, ">2018-04</text>"));
	assert_non_null(strstr(plain, ">Trần Văn P</text>"));
	free(plain);
	vnkg_graph_free(g);
}

static void test_links(void **state)
{
	vnkg_view_options o = VNKG_VIEW_OPTIONS_INIT;
	char *dot, *svg;

	o.link_base = "../seeds/";
	dot = render(*state, &o, VNKG_EXPORT_DOT);
	assert_non_null(strstr(dot, "URL=\"../seeds/qdnd-2019-01.txt\""));
	assert_non_null(strstr(dot, "target=_blank"));
	free(dot);
	svg = render(*state, &o, VNKG_EXPORT_SVG);
	assert_non_null(strstr(svg, "xlink:href=\"../seeds/qdnd&#45;2019&#45;01.txt\"") ?
				svg : strstr(svg, "xlink:href=\"../seeds/qdnd-2019-01.txt\""));
	free(svg);
}

static void test_view_errors(void **state)
{
	vnkg_view_options o = VNKG_VIEW_OPTIONS_INIT;
	char *out = NULL;

	o.kind = VNKG_VIEW_NEIGHBOURHOOD;
	assert_int_equal(vnkg_view_render(&out, NULL, *state, &o, VNKG_EXPORT_DOT), VNKG_EINVALID);
	assert_non_null(strstr(vnkg_error_last(), "needs the node"));
	o.focus = 99;
	assert_int_equal(vnkg_view_render(&out, NULL, *state, &o, VNKG_EXPORT_DOT), VNKG_EINVALID);
	assert_non_null(strstr(vnkg_error_last(), "node 99"));
	o.focus = 0;
	o.depth = 0;
	assert_int_equal(vnkg_view_render(&out, NULL, *state, &o, VNKG_EXPORT_DOT), VNKG_EINVALID);
	o.depth = 1;
	assert_int_equal(vnkg_view_render(&out, NULL, *state, &o, VNKG_EXPORT_GRAPHML), VNKG_EINVALID);
	o.version = 99;
	assert_int_equal(vnkg_view_render(&out, NULL, *state, &o, VNKG_EXPORT_DOT), VNKG_EINVALID);
	assert_null(out);
	o.version = VNKG_VIEW_OPTIONS_VERSION;
	assert_int_equal(vnkg_view_write(*state, &o, VNKG_EXPORT_SVG, TMP "no-such-dir/v.svg"), VNKG_ERROR);
	assert_non_null(strstr(vnkg_error_last(), "no-such-dir/v.svg"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_neighbourhood, wt_setup_sample, wt_teardown_sample),
		cmocka_unit_test_setup_teardown(test_neighbourhood_svg, wt_setup_sample, wt_teardown_sample),
		cmocka_unit_test(test_timeline),
		cmocka_unit_test_setup_teardown(test_links, wt_setup_sample, wt_teardown_sample),
		cmocka_unit_test_setup_teardown(test_view_errors, wt_setup_sample, wt_teardown_sample),
	};

	if (vnkg_global_init() < 0)
		return 1;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
