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

/* GEXF 1.3 for Gephi's Timeline, validated against the RELAX NG schema
 * (tests/schema/gexf/gexf.rng). */


static void test_gexf_valid(void **state)
{
	char *text;
	size_t len = 0;

	assert_int_equal(vnkg_write_gexf(*state, TMP "sample.gexf"), 0);
	assert_int_equal(wt_valid_gexf(TMP "sample.gexf"), 0);
	text = wt_read(TMP "sample.gexf", &len);
	assert_memory_equal(text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\"", 72);
	assert_non_null(strstr(text, "version=\"1.3\""));
	/* dynamic, dates as ISO dates */
	assert_non_null(strstr(text, "<graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\""));
	free(text);
}

static void test_gexf_contents(void **state)
{
	char *text;
	size_t len = 0, i;

	assert_int_equal(vnkg_write_gexf(*state, TMP "contents.gexf"), 0);
	text = wt_read(TMP "contents.gexf", &len);
	/* static attributes for every contract key but label and weight */
	assert_non_null(strstr(text, "<attributes class=\"node\" mode=\"static\">"));
	assert_non_null(strstr(text, "<attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>"));
	assert_non_null(strstr(text, "<attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>"));
	assert_null(strstr(text, "title=\"label\""));
	assert_null(strstr(text, "title=\"weight\""));
	/* node id = kg_id, label escaped and on one line */
	assert_non_null(strstr(text, "<node id=\"person:nguyen-manh-hung\" label=\"Nguyễn Mạnh Hùng\">"));
	/* an event exists on its date */
	assert_non_null(strstr(text, "<node id=\"event:hoi-nghi-quan-triet-chi-thi-35\" label=\"Hội nghị quán triệt "
				     "Chỉ thị 35 &lt;trực tuyến&gt; &amp; &quot;mở rộng&quot;\" start=\"2019-11-18\" "
				     "end=\"2019-11-18\">"));
	/* a directive and a person do not come and go */
	assert_non_null(strstr(text, "<node id=\"directive:chi-thi-35-ct-tw\" label=\"Chỉ thị số 35-CT/TW\">"));
	/* colour by type, size by mentions */
	assert_non_null(strstr(text, "<viz:color r=\"42\" g=\"109\" b=\"176\"/>\n        <viz:size value=\"20.0\"/>"));
	assert_non_null(strstr(text, "<viz:color r=\"214\" g=\"96\" b=\"40\"/>"));
	/* parallel edges of different relations stay apart by kind; a dated
	 * edge, and an undated one of a dated event, have start and end */
	assert_non_null(strstr(text, "<edge id=\"e0\" source=\"person:nguyen-manh-hung\" "
				     "target=\"event:hoi-nghi-quan-triet-chi-thi-35\" label=\"chủ trì\" kind=\"chaired\" "
				     "weight=\"2\" start=\"2019-11-18\" end=\"2019-11-18\">"));
	assert_non_null(strstr(text, "<edge id=\"e1\" source=\"person:nguyen-manh-hung\" "
				     "target=\"event:hoi-nghi-quan-triet-chi-thi-35\" label=\"phát biểu\" "
				     "kind=\"spoke_at\" weight=\"1\" start=\"2019-11-18\""));
	/* an edge with no date of its own or of an event has none */
	assert_non_null(strstr(text, "label=\"giữ chức\" kind=\"holds_role\" weight=\"0.1\">"));
	/* weights > 0, finite */
	assert_non_null(strstr(text, "kind=\"organized\" weight=\"1\""));
	assert_non_null(strstr(text, "kind=\"disseminated\" weight=\"1\""));
	assert_non_null(strstr(text, "kind=\"held_at\" weight=\"0.33333333333333331\""));
	/* attribute values: a newline or a tab as a character reference (a
	 * parser turns a raw one into a space); controls dropped */
	assert_non_null(strstr(text, "<attvalue for=\"evidence\" value=\"Đồng chí phát biểu&#10;kết luận&#9;hội "
				     "nghị.\"/>"));
	assert_non_null(strstr(text, "<attvalue for=\"aliases\" value=\"hội nghị QT\"/>"));
	assert_non_null(strstr(text, "<attvalue for=\"mentions\" value=\"4\"/>"));
	assert_non_null(strstr(text, "<attvalue for=\"role\" value=\"Bí thư Đảng ủy, Chính ủy\"/>"));
	assert_null(strstr(text, "for=\"rank\" value=\"\""));
	assert_non_null(strstr(text, "<viz:color hex=\"#a93226\"/>"));
	for (i = 0; i < len; i++)
		assert_false((unsigned char)text[i] < 0x20 && text[i] != '\n' && text[i] != '\t');
	assert_non_null(strstr(text, "<nodes count=\"6\">"));
	assert_non_null(strstr(text, "<edges count=\"6\">"));
	free(text);
}

/* A month spans its days, a year its days; a bad date is left out. */
static void test_gexf_spans(void **state)
{
	vnkg_graph *g = NULL;
	char *text;
	size_t len = 0;

	(void)state;
	assert_int_equal(vnkg_graph_new(&g), 0);
	assert_true(sample_node(g, "event:m", (const char *const[]){"type", "event", "date", "2024-02", NULL}) == 0);
	assert_true(sample_node(g, "event:y", (const char *const[]){"type", "event", "date", "2019", NULL}) == 1);
	assert_true(sample_node(g, "event:bad", (const char *const[]){"type", "event", "date", "2019-13-01",
								     "label", "Dòng 1\nDòng  2", NULL}) == 2);
	assert_true(sample_node(g, "event:leap", (const char *const[]){"type", "event", "date", "2023-02", NULL}) == 3);
	/* a day whose year the article did not tell has no place on a timeline */
	assert_true(sample_node(g, "event:md", (const char *const[]){"type", "event", "date", "--03-14", NULL}) == 4);
	assert_true(sample_edge(g, 0, 1, (const char *const[]){"relation", "toward", "date", "2020-06", NULL}) == 0);
	assert_int_equal(vnkg_write_gexf(g, TMP "spans.gexf"), 0);
	assert_int_equal(wt_valid_gexf(TMP "spans.gexf"), 0);
	text = wt_read(TMP "spans.gexf", &len);
	assert_non_null(strstr(text, "<node id=\"event:m\" label=\"event:m\" start=\"2024-02-01\" end=\"2024-02-29\">"));
	assert_non_null(strstr(text, "<node id=\"event:y\" label=\"event:y\" start=\"2019-01-01\" end=\"2019-12-31\">"));
	assert_non_null(strstr(text, "<node id=\"event:bad\" label=\"Dòng 1 Dòng 2\">"));
	assert_non_null(strstr(text, "start=\"2023-02-01\" end=\"2023-02-28\""));
	assert_non_null(strstr(text, "<node id=\"event:md\" label=\"event:md\">"));
	assert_non_null(strstr(text, "kind=\"toward\" weight=\"1\" start=\"2020-06-01\" end=\"2020-06-30\">"));
	free(text);
	vnkg_graph_free(g);
}

static void test_gexf_seeds_and_empty(void **state)
{
	const char *paths[] = {VNKG_SEEDS};
	vnkg_graph *g = NULL;
	char *text;
	size_t len = 0;

	(void)state;
	assert_int_equal(vnkg_graph_new(&g), 0);
	assert_int_equal(vnkg_write_gexf(g, TMP "empty.gexf"), 0);
	assert_int_equal(wt_valid_gexf(TMP "empty.gexf"), 0);
	vnkg_graph_free(g);

	assert_int_equal(vnkg_build(&g, paths, 1, NULL, NULL), 0);
	assert_int_equal(vnkg_write_gexf(g, TMP "seeds.gexf"), 0);
	assert_int_equal(wt_valid_gexf(TMP "seeds.gexf"), 0);
	text = wt_read(TMP "seeds.gexf", &len);
	assert_int_equal(wt_count(text, "<node id="), vnkg_graph_node_count(g));
	assert_int_equal(wt_count(text, "<edge id="), vnkg_graph_edge_count(g));
	assert_non_null(strstr(text, "kind=\"chaired\""));
	assert_non_null(strstr(text, " start=\"20"));
	free(text);
	vnkg_graph_free(g);
}

static void test_gexf_deterministic_and_errors(void **state)
{
	char *a, *b;
	size_t la, lb;

	assert_int_equal(vnkg_write_gexf(*state, TMP "det-a.gexf"), 0);
	assert_int_equal(vnkg_write_gexf(*state, TMP "det-b.gexf"), 0);
	a = wt_read(TMP "det-a.gexf", &la);
	b = wt_read(TMP "det-b.gexf", &lb);
	assert_int_equal(la, lb);
	assert_memory_equal(a, b, la);
	free(a);
	free(b);
	assert_int_equal(vnkg_write_gexf(*state, TMP "no-such-dir/x.gexf"), VNKG_ERROR);
	assert_non_null(strstr(vnkg_error_last(), "no-such-dir/x.gexf"));
	assert_int_equal(vnkg_write_gexf(NULL, TMP "x.gexf"), VNKG_EINVALID);
	assert_null(test_read_file(TMP "x.gexf", NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_gexf_valid, wt_setup_sample, wt_teardown_sample),
		cmocka_unit_test_setup_teardown(test_gexf_contents, wt_setup_sample, wt_teardown_sample),
		cmocka_unit_test(test_gexf_spans),
		cmocka_unit_test(test_gexf_seeds_and_empty),
		cmocka_unit_test_setup_teardown(test_gexf_deterministic_and_errors, wt_setup_sample, wt_teardown_sample),
	};

	if (vnkg_global_init() < 0)
		return 1;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
