#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "test_util.h"
#include "unit/graph/sample_graph.h"
#include "unit/query/json_check.h"
#include "unit/write/write_test.h"
#include "vnkg/build.h"
#include "vnkg/common.h"
#include "vnkg/write.h"

/* JSON node-link data: strict RFC 8259, and read by networkx. */


static int has_string(const json_check *j, const char *s)
{
	size_t i;

	for (i = 0; i < j->nstrings; i++)
		if (strcmp(j->strings[i], s) == 0)
			return 1;
	return 0;
}

static void test_json_parses(void **state)
{
	json_check j;
	char *text;
	size_t len = 0;

	assert_int_equal(vnkg_write_json(*state, TMP "sample.json"), 0);
	text = wt_read(TMP "sample.json", &len);
	if (json_check_parse(&j, text) != 0)
		fail_msg("not valid JSON:\n%s", text);
	/* the strings come back as written, escapes and all */
	assert_true(has_string(&j, "Trung tướng Nguyễn Mạnh Hùng chủ trì hội nghị \"quán triệt\" tại C:\\Hà Nội."));
	assert_true(has_string(&j, "Đồng chí phát biểu\nkết luận\thội nghị."));
	assert_true(has_string(&j, "Hội nghị quán triệt Chỉ thị 35 <trực tuyến> & \"mở rộng\""));
	assert_true(has_string(&j, "hội nghị QT"));
	assert_true(has_string(&j, "Phòng \\N"));
	json_check_free(&j);

	/* node-link shape: ids are kg_ids, links name their ends */
	assert_non_null(strstr(text, "{\"directed\": true, \"multigraph\": true,"));
	assert_non_null(strstr(text, "\"nodes\": [\n    {\"id\": \"person:nguyen-manh-hung\", \"kg_id\": "
				     "\"person:nguyen-manh-hung\", \"type\": \"person\", \"label\": \"Nguyễn Mạnh Hùng\""));
	assert_non_null(strstr(text, "\"mentions\": 4,"));
	assert_non_null(strstr(text, "\"mentions\": 0,"));
	assert_non_null(strstr(text, "{\"source\": \"person:nguyen-manh-hung\", \"target\": "
				     "\"event:hoi-nghi-quan-triet-chi-thi-35\", \"key\": \"e0\", \"relation\": \"chaired\", "
				     "\"label\": \"chủ trì\", \"role\": \"\", \"rank\": \"\", \"date\": \"2019-11-18\", "
				     "\"article\": \"qdnd-2019-01\", \"evidence\": "));
	/* every attribute, numbers as numbers, weights > 0 */
	assert_non_null(strstr(text, "\"weight\": 2}"));
	assert_non_null(strstr(text, "\"weight\": 0.1}"));
	assert_non_null(strstr(text, "\"weight\": 0.33333333333333331}"));
	assert_int_equal(wt_count(text, "\"weight\": 1}"), 3);
	assert_int_equal(wt_count(text, "\"date_precision\":"), 6);
	assert_int_equal(wt_count(text, "\"evidence\":"), 6);
	assert_null(strstr(text, "nan"));
	assert_true(text[len - 1] == '\n');
	free(text);
}

static void test_json_networkx(void **state)
{
	const char *paths[] = {VNKG_SEEDS};
	const char *python = wt_python_with("networkx");
	vnkg_graph *g = NULL;
	char cmd[2048];

	if (!python) {
		fprintf(stderr, "note: no python3 with networkx (apt-get install python3-networkx); skipped\n");
		skip();
	}
	assert_int_equal(vnkg_write_json(*state, TMP "nx.json"), 0);
	snprintf(cmd, sizeof(cmd), "%s '%s' json '%s' 6 6", python, CHECK_GRAPH, TMP "nx.json");
	assert_int_equal(test_run(cmd), 0);

	assert_int_equal(vnkg_build(&g, paths, 1, NULL, NULL), 0);
	assert_int_equal(vnkg_write_json(g, TMP "seeds.json"), 0);
	snprintf(cmd, sizeof(cmd), "%s '%s' json '%s' %zu %zu", python, CHECK_GRAPH, TMP "seeds.json",
		 vnkg_graph_node_count(g), vnkg_graph_edge_count(g));
	assert_int_equal(test_run(cmd), 0);
	vnkg_graph_free(g);
}

static void test_json_empty_and_errors(void **state)
{
	vnkg_graph *g = NULL;
	json_check j;
	char *text;
	size_t len = 0;

	assert_int_equal(vnkg_graph_new(&g), 0);
	assert_int_equal(vnkg_write_json(g, TMP "empty.json"), 0);
	text = wt_read(TMP "empty.json", &len);
	assert_int_equal(json_check_parse(&j, text), 0);
	json_check_free(&j);
	assert_non_null(strstr(text, "\"nodes\": [],\n \"links\": []}\n"));
	free(text);
	vnkg_graph_free(g);
	assert_int_equal(vnkg_write_json(*state, TMP "no-such-dir/x.json"), VNKG_ERROR);
	assert_int_equal(vnkg_write_json(NULL, TMP "x.json"), VNKG_EINVALID);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_json_parses, wt_setup_sample, wt_teardown_sample),
		cmocka_unit_test_setup_teardown(test_json_networkx, wt_setup_sample, wt_teardown_sample),
		cmocka_unit_test_setup_teardown(test_json_empty_and_errors, wt_setup_sample, wt_teardown_sample),
	};

	if (vnkg_global_init() < 0)
		return 1;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
