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

/* CSV node and edge tables: RFC 4180 quoting, Gephi's column names, read
 * back by Python's csv module. */


static void test_csv_tables(void **state)
{
	char *nodes, *edges;
	size_t len = 0;

	assert_int_equal(vnkg_write_csv(*state, TMP "nodes.csv", TMP "edges.csv"), 0);
	nodes = wt_read(TMP "nodes.csv", &len);
	edges = wt_read(TMP "edges.csv", &len);
	/* headers: Gephi's names first, then the contract's keys */
	assert_memory_equal(nodes, "Id,Label,type,aliases,sources,mentions,date,date_precision,rank,kind,number\r\n", 77);
	assert_memory_equal(edges, "Source,Target,Type,Id,Label,Weight,Kind,relation,role,rank,date,article,evidence\r\n",
			    82);
	/* a plain row; a field with a comma quoted */
	assert_non_null(strstr(nodes, "\r\nperson:nguyen-manh-hung,Nguyễn Mạnh Hùng,person,đồng chí Hùng | Hùng,"
				      "qdnd-2019-01 | qk7-2019-03,4,,,Trung tướng,,\r\n"));
	assert_non_null(strstr(edges, ",giữ chức,0.1,holds_role,holds_role,\"Bí thư Đảng ủy, Chính ủy\",Trung tướng,,,\r\n"));
	/* quotes doubled; a newline kept inside quotes; a tab kept */
	assert_non_null(strstr(nodes, ",\"Hội nghị quán triệt Chỉ thị 35 <trực tuyến> & \"\"mở rộng\"\"\",event,"));
	assert_non_null(strstr(edges, ",\"Trung tướng Nguyễn Mạnh Hùng chủ trì hội nghị \"\"quán triệt\"\" tại C:\\Hà "
				      "Nội.\"\r\n"));
	assert_non_null(strstr(edges, ",\"Đồng chí phát biểu\nkết luận\thội nghị.\"\r\n"));
	/* controls dropped */
	assert_non_null(strstr(nodes, ",hội nghị QT,"));
	assert_non_null(strstr(edges, "person:nguyen-manh-hung,event:hoi-nghi-quan-triet-chi-thi-35,Directed,e0,chủ trì,2,"
				      "chaired,chaired,,,2019-11-18,qdnd-2019-01,"));
	assert_non_null(strstr(edges, ",Directed,e3,quán triệt,1,disseminated,"));
	assert_int_equal(wt_count(nodes, "\r\n"), 7);
	assert_int_equal(wt_count(edges, "\r\n"), 7);
	free(nodes);
	free(edges);
}

static void test_csv_python_reads(void **state)
{
	const char *paths[] = {VNKG_SEEDS};
	const char *python = wt_python_with("csv");
	vnkg_graph *g = NULL;
	char cmd[2048];

	if (!python) {
		fprintf(stderr, "note: no python3; skipped\n");
		skip();
	}
	assert_int_equal(vnkg_write_csv(*state, TMP "py-nodes.csv", TMP "py-edges.csv"), 0);
	snprintf(cmd, sizeof(cmd), "%s '%s' csv '%s' '%s' 6 6", python, CHECK_GRAPH, TMP "py-nodes.csv",
		 TMP "py-edges.csv");
	assert_int_equal(test_run(cmd), 0);
	assert_int_equal(vnkg_build(&g, paths, 1, NULL, NULL), 0);
	assert_int_equal(vnkg_write_csv(g, TMP "seeds-nodes.csv", TMP "seeds-edges.csv"), 0);
	snprintf(cmd, sizeof(cmd), "%s '%s' csv '%s' '%s' %zu %zu", python, CHECK_GRAPH, TMP "seeds-nodes.csv",
		 TMP "seeds-edges.csv", vnkg_graph_node_count(g), vnkg_graph_edge_count(g));
	assert_int_equal(test_run(cmd), 0);
	vnkg_graph_free(g);
}

static void test_csv_errors(void **state)
{
	assert_int_equal(vnkg_write_csv(*state, TMP "same.csv", TMP "same.csv"), VNKG_EINVALID);
	assert_int_equal(vnkg_write_csv(*state, NULL, TMP "e.csv"), VNKG_EINVALID);
	assert_int_equal(vnkg_write_csv(NULL, TMP "n.csv", TMP "e.csv"), VNKG_EINVALID);
	assert_int_equal(vnkg_write_csv(*state, TMP "no-such-dir/n.csv", TMP "e2.csv"), VNKG_ERROR);
	assert_non_null(strstr(vnkg_error_last(), "no-such-dir/n.csv"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_csv_tables, wt_setup_sample, wt_teardown_sample),
		cmocka_unit_test_setup_teardown(test_csv_python_reads, wt_setup_sample, wt_teardown_sample),
		cmocka_unit_test_setup_teardown(test_csv_errors, wt_setup_sample, wt_teardown_sample),
	};

	if (vnkg_global_init() < 0)
		return 1;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
