#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli_run.h"
#include "unit/query/json_check.h"
#include "unit/write/write_test.h"

/* The graphs people look at, made by the commands on the seeds: build --svg,
 * view (neighbourhood, central person, timeline) and export. Each file is
 * validated by its schema or parser. */

#define OUT VNKG_TEST_TMP "/out"
#define GRAPH OUT "/kg.graphml"

static int build_once(void **state)
{
	cli_result r;

	(void)state;
	if (cli_run(&r, "build '" VNKG_SEEDS "' -o '" OUT "' --svg") != 0) {
		fprintf(stderr, "vnkg build failed: %s", r.err);
		cli_result_free(&r);
		return -1;
	}
	cli_result_free(&r);
	return 0;
}

static void expect(const char *args, int status, const char *in_err)
{
	cli_result r;

	cli_run(&r, args);
	if (r.status != status)
		fail_msg("vnkg %s: exit %d, expected %d; stderr:\n%s", args, r.status, status, r.err);
	if (in_err)
		assert_contains(r.err, in_err);
	cli_result_free(&r);
}

static void test_build_writes_every_format(void **state)
{
	char *svg;
	size_t len = 0;

	(void)state;
	assert_int_equal(wt_valid_graphml(OUT "/kg.graphml"), 0);
	assert_int_equal(wt_valid_gexf(OUT "/kg.gexf"), 0);
	assert_int_equal(wt_wellformed(OUT "/kg.svg"), 0);
	assert_int_equal(wt_run("'%s' -Tsvg '%s' -o '%s'", VNKG_DOT, OUT "/kg.dot", OUT "/kg-cmd.svg"), 0);
	svg = wt_read(OUT "/kg.svg", &len);
	assert_non_null(strstr(svg, ">Chú giải</text>"));
	assert_non_null(strstr(svg, ">quán triệt</text>"));
	assert_non_null(strstr(svg, ">chủ trì</text>"));
	assert_non_null(strstr(svg, "xlink:title=\""));
	free(svg);
}

static void test_views(void **state)
{
	char *svg;
	size_t len = 0;
	cli_result r;

	(void)state;
	expect("view --timeline -g '" GRAPH "' -o '" OUT "/timeline.svg'", 0, "timeline.svg");
	assert_int_equal(wt_wellformed(OUT "/timeline.svg"), 0);
	svg = wt_read(OUT "/timeline.svg", &len);
	assert_non_null(strstr(svg, ">Dòng thời gian các sự kiện: ai chủ trì, quán triệt và triển khai văn bản nào</text>"));
	assert_non_null(strstr(svg, ">2019</text>"));
	assert_non_null(strstr(svg, ">chủ trì</text>"));
	free(svg);

	expect("view --central -g '" GRAPH "' -o '" OUT "/central.svg'", 0, NULL);
	assert_int_equal(wt_wellformed(OUT "/central.svg"), 0);
	svg = wt_read(OUT "/central.svg", &len);
	assert_non_null(strstr(svg, ">Quan hệ của "));
	assert_non_null(strstr(svg, "font-weight=\"bold\""));
	free(svg);

	/* DOT on stdout, a name without diacritics */
	assert_int_equal(cli_run(&r, "view 'nguyen manh hung' --depth 2 -g '" GRAPH "'"), 0);
	assert_non_null(strstr(r.out, "digraph neighbourhood {"));
	assert_non_null(strstr(r.out, "Quan hệ của Nguyễn Mạnh Hùng (trong 2 bước)"));
	write_bytes(OUT "/hung.dot", r.out, strlen(r.out));
	cli_result_free(&r);
	assert_int_equal(wt_run("'%s' -Tsvg '%s' -o '%s'", VNKG_DOT, OUT "/hung.dot", OUT "/hung.svg"), 0);
	expect("view --timeline 'nguyen manh hung' -g '" GRAPH "' -o '" OUT "/hung-timeline.dot'", 0, NULL);
}

static void test_view_errors(void **state)
{
	(void)state;
	expect("view -g '" GRAPH "'", 2, "give NAME, --central or --timeline");
	expect("view --timeline --depth 2 -g '" GRAPH "'", 2, "--timeline takes no");
	expect("view x --depth zero -g '" GRAPH "'", 2, "whole number");
	expect("view a b -g '" GRAPH "'", 2, "one entity at a time");
	expect("view --central x -g '" GRAPH "'", 2, "not both");
	expect("view --frobnicate", 2, "unknown option");
	expect("view 'Không Có Ai Tên Này' -g '" GRAPH "'", 1, "Không Có Ai Tên Này");
	expect("view x -g '" OUT "/missing.graphml'", 1, "missing.graphml");
	expect("view --help", 0, NULL);
}

static void test_export(void **state)
{
	json_check j;
	cli_result r;
	char *text;
	size_t len = 0;

	(void)state;
	assert_int_equal(cli_run(&r, "export -g '" GRAPH "' --format json"), 0);
	if (json_check_parse(&j, r.out) != 0)
		fail_msg("vnkg export --format json: not JSON:\n%s", r.out);
	json_check_free(&j);
	cli_result_free(&r);

	expect("export -g '" GRAPH "' -o '" OUT "/kg.csv'", 0, "kg-nodes.csv");
	text = wt_read(OUT "/kg-edges.csv", &len);
	assert_memory_equal(text, "Source,Target,", 14);
	free(text);
	text = wt_read(OUT "/kg-nodes.csv", &len);
	assert_memory_equal(text, "Id,Label,", 9);
	free(text);
	expect("export -g '" GRAPH "' -o '" OUT "/again.gexf'", 0, NULL);
	assert_int_equal(wt_valid_gexf(OUT "/again.gexf"), 0);
	expect("export '" VNKG_SEEDS "' --format graphml -o '" OUT "/again.graphml'", 0, NULL);
	assert_int_equal(wt_valid_graphml(OUT "/again.graphml"), 0);
	assert_true(same_bytes(OUT "/again.graphml", GRAPH));

	assert_int_equal(cli_run(&r, "export -g '" GRAPH "' -f csv-edges"), 0);
	assert_memory_equal(r.out, "Source,Target,Type,Id,Label,Weight,Kind,", 40);
	cli_result_free(&r);

	expect("export -g '" GRAPH "' --format csv", 2, "two tables");
	expect("export -g '" GRAPH "' --format xml", 2, "unknown format");
	expect("export -g '" GRAPH "'", 2, "which format");
	expect("export -g '" GRAPH "' -o '" OUT "/x.txt'", 2, "which format");
	expect("export -g '" GRAPH "' '" VNKG_SEEDS "' -f json", 2, "not both");
	expect("export --help", 0, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_build_writes_every_format),
		cmocka_unit_test(test_views),
		cmocka_unit_test(test_view_errors),
		cmocka_unit_test(test_export),
	};

	return cmocka_run_group_tests(tests, build_once, NULL);
}
