/* The question commands through the vnkg binary: answers in every format,
 * forgiving names, ambiguity (exit 1), empty answers (a message, exit 0),
 * usage errors (exit 2), --help, the default graph, aligned tables. */

#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "vnkg.h"
#include "cli/cli_run.h"
#include "unit/query/json_check.h"
#include "unit/query/query_graph.h"

#define TMP VNKG_TEST_TMP
#define G "-g '" TMP "/kg.graphml'"

static int setup(void **state)
{
	struct qg q;

	(void)state;
	if (vnkg_global_init() < 0)
		return -1;
	qg_build(&q);
	mkdir(TMP "/graphs", 0777);
	if (vnkg_write_graphml(q.g, TMP "/kg.graphml") < 0 || vnkg_write_graphml(q.g, TMP "/graphs/kg.graphml") < 0)
		return -1;
	vnkg_graph_free(q.g);
	return 0;
}

/* Runs a command that must succeed; returns its stdout (caller frees). */
static char *ok(const char *args)
{
	cli_result r;

	if (cli_run(&r, args) != 0)
		fail_msg("vnkg %s: exit %d\n%s", args, r.status, r.err);
	free(r.err);
	return r.out;
}

static void expect_exit(const char *args, int status, const char *in_err)
{
	cli_result r;

	if (cli_run(&r, args) != status)
		fail_msg("vnkg %s: exit %d, expected %d\n%s", args, r.status, status, r.err);
	if (in_err)
		assert_contains(r.err, in_err);
	cli_result_free(&r);
}

static const char *const commands[] = {
	"query chaired",
	"query 'giữ chức' --person 'nguyen manh hung'",
	"query attended --body qk3 --from 2018 --to 2018-12",
	"show tccnqp",
	"show 'Nguyễn Mạnh Hùng'",
	"timeline",
	"timeline 'nguyen manh hung'",
	"path 'tran chi tam' 'bo chinh tri'",
	"rank",
	"rank --by degree --type person -n 3",
	"rank --by betweenness",
	"related 'nguyen manh'",
	"stats",
};

/* Every command answers in the three formats; JSON parses. */
static void test_formats(void **state)
{
	char args[512], *out;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		json_check j;

		snprintf(args, sizeof(args), "%s " G, commands[i]);
		out = ok(args);
		assert_true(strlen(out) > 0);
		free(out);

		snprintf(args, sizeof(args), "%s " G " --format tsv", commands[i]);
		out = ok(args);
		assert_non_null(strchr(out, '\t'));
		free(out);

		snprintf(args, sizeof(args), "%s " G " -f json", commands[i]);
		out = ok(args);
		if (json_check_parse(&j, out) < 0)
			fail_msg("vnkg %s: not JSON:\n%s", args, out);
		json_check_free(&j);
		free(out);
	}
}

static void test_answers(void **state)
{
	char *out;

	(void)state;
	out = ok("timeline 'NGUYEN MANH HUNG' " G " --format tsv");
	assert_contains(out, "2018-04-06\tHội nghị phối hợp công tác xây dựng đảng\thội nghị\tNguyễn Mạnh Hùng\t"
		"Thiếu tướng\tBí thư Đảng ủy, Chính ủy Quân khu 3\tattended, directed\ta1\n");
	assert_contains(out, "2019-11-18\tHội nghị quán triệt Chỉ thị 35\thội nghị\tNguyễn Mạnh Hùng\t"
		"Trung tướng\tBí thư Đảng ủy, Chính ủy Tổng cục Công nghiệp Quốc phòng\tchaired, spoke_at\ta2\n");
	free(out);

	out = ok("query chaired " G " --format tsv");
	assert_string_equal(out, "date\tperson\tevent\torganizer\tarticle\tevidence\n"
		"2019-11-18\tTrung tướng Nguyễn Mạnh Hùng\tHội nghị quán triệt Chỉ thị 35\t"
		"Tổng cục Công nghiệp Quốc phòng\ta2\t"
		"Trung tướng Nguyễn Mạnh Hùng, Bí thư Đảng ủy, Chính ủy TCCNQP chủ trì hội nghị.\n");
	free(out);

	out = ok("path 'tran chi tam' bct " G " --format tsv");
	assert_contains(out, "3\tChỉ thị 35\tissued\t←\tBộ Chính trị\t");
	free(out);

	/* the default graph: graphs/kg.graphml in the working folder */
	out = ok("stats --format tsv");
	assert_contains(out, "nodes\t14\n");
	free(out);
}

/* Columns line up by display width, Vietnamese included. */
static void test_alignment(void **state)
{
	const char *cells[] = {"other", "Hội nghị quán triệt Chỉ thị 35", "Trung tướng Nguyễn Mạnh Hùng"};
	char *out, *line, *save = NULL;
	size_t i, want = 0, seen = 0;

	(void)state;
	out = ok("show tccnqp " G);
	line = strstr(out, "relations\n");
	assert_non_null(line);
	for (line = strtok_r(line, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		for (i = 0; i < 3; i++) {
			char *at = strstr(line, cells[i]), saved;
			size_t width;

			if (!at)
				continue;
			saved = *at;
			*at = '\0';
			width = vnkg_text_width(line);
			*at = saved;
			if (seen++ == 0)
				want = width;
			else if (width != want)
				fail_msg("\"%s\" starts at column %zu, the header at %zu:\n%s", cells[i], width, want,
					line);
		}
	}
	assert_int_equal(seen, 3);
	free(out);
}

static void test_names(void **state)
{
	char *out;

	(void)state;
	/* without diacritics, any case, an abbreviation, a prefix, a kg_id */
	out = ok("show 'TONG CUC CNQP' " G " --format tsv");
	assert_contains(out, "kg_id\tbody:tong-cuc-cong-nghiep-quoc-phong\n");
	free(out);
	out = ok("show cctqk3 " G " --format tsv");
	assert_contains(out, "name\tCục Chính trị Quân khu 3\n");
	free(out);
	out = ok("related 'tran chi' " G " --format tsv");
	assert_contains(out, "Nguyễn Mạnh Hùng\tTrung tướng\t1\t");
	free(out);

	/* several match: listed on stderr, exit 1 */
	expect_exit("show 'nguyen van hung' " G, 1, "matches 2 entities");
	expect_exit("show 'nguyen van hung' " G, 1, "person:nguyen-van-hung-2");
	expect_exit("timeline nguyen " G, 1, "Nguyễn Văn Hưng");
	expect_exit("query chaired --person nguyen " G, 1, "matches 3 entities");
	/* none matches: exit 1 */
	expect_exit("related 'xyz' " G, 1, "no entity matches");
	expect_exit("path 'tran chi tam' 'xyz' " G, 1, "\"xyz\"");
}

static void test_empty(void **state)
{
	cli_result r;

	(void)state;
	/* a message and exit 0; TSV and JSON stay parseable, the message on stderr */
	assert_int_equal(cli_run(&r, "query awarded " G), 0);
	assert_string_equal(r.out, "No awarded edges found in the graph.\n");
	cli_result_free(&r);
	assert_int_equal(cli_run(&r, "query awarded " G " --format json"), 0);
	assert_string_equal(r.out, "[]\n");
	assert_contains(r.err, "No awarded edges");
	cli_result_free(&r);
	assert_int_equal(cli_run(&r, "query chaired --from 2020 " G), 0);
	assert_string_equal(r.out, "No chaired rows match the filters.\n");
	cli_result_free(&r);
	assert_int_equal(cli_run(&r, "path 'tran chi tam' 'le van le' " G), 0);
	assert_string_equal(r.out, "No connection between them in the graph.\n");
	cli_result_free(&r);
	assert_int_equal(cli_run(&r, "timeline 'le van le' " G), 0);
	assert_string_equal(r.out, "No events found for this entity.\n");
	cli_result_free(&r);
	assert_int_equal(cli_run(&r, "related 'le van le' " G), 0);
	assert_string_equal(r.out, "Nothing related to this entity in the graph.\n");
	cli_result_free(&r);
	assert_int_equal(cli_run(&r, "rank --type place --by degree " G " --format tsv"), 0);
	assert_contains(r.out, "Hà Nội");
	cli_result_free(&r);
}

static void test_usage(void **state)
{
	static const char *const names[] = {"query", "show", "timeline", "path", "rank", "related", "stats"};
	char args[256];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		cli_result r;

		snprintf(args, sizeof(args), "%s --help", names[i]);
		assert_int_equal(cli_run(&r, args), 0);
		snprintf(args, sizeof(args), "usage: vnkg %s", names[i]);
		assert_contains(r.out, args);
		cli_result_free(&r);
		/* --help anywhere */
		snprintf(args, sizeof(args), "%s x y " G " -h", names[i]);
		assert_int_equal(cli_run(&r, args), 0);
		assert_contains(r.out, "usage: vnkg");
		cli_result_free(&r);
		snprintf(args, sizeof(args), "%s x y " G " --frob", names[i]);
		expect_exit(args, 2, "unknown option");
		snprintf(args, sizeof(args), "%s x y " G " --format yaml", names[i]);
		expect_exit(args, 2, "unknown format");
	}
	expect_exit("query", 2, "which question");
	expect_exit("query whoknows " G, 2, "unknown question");
	expect_exit("query chaired --from 18/11/2019 " G, 2, "not a date");
	expect_exit("query chaired --to", 2, "missing date");
	expect_exit("query chaired --person", 2, "missing name");
	expect_exit("show " G, 2, "which entity");
	expect_exit("related " G, 2, "which entity");
	expect_exit("path 'tran chi tam' " G, 2, "two entities");
	expect_exit("rank --by closeness " G, 2, "unknown measure");
	expect_exit("rank --type thing " G, 2, "unknown type");
	expect_exit("rank -n -3 " G, 2, "count");
	expect_exit("rank --samples 0 " G, 2, "positive");
	expect_exit("stats " G " '" VNKG_SEEDS "'", 2, "either -g GRAPH or article paths");
	/* a bad graph is a failure, not a usage error */
	expect_exit("stats -g '" TMP "/no-such.graphml'", 1, "no-such.graphml");
}

/* Asking the articles gives the answer asking their graph gives. */
static void test_from_articles(void **state)
{
	const char *paths[] = {VNKG_SEEDS};
	vnkg_graph *g = NULL;
	char *a, *b;

	(void)state;
	assert_int_equal(vnkg_build(&g, paths, 1, NULL, NULL), 0);
	assert_int_equal(vnkg_write_graphml(g, TMP "/seeds.graphml"), 0);
	vnkg_graph_free(g);
	a = ok("timeline '" VNKG_SEEDS "' --format tsv");
	b = ok("timeline -g '" TMP "/seeds.graphml' --format tsv");
	assert_string_equal(a, b);
	free(a);
	free(b);
	a = ok("stats '" VNKG_SEEDS "' --format json");
	b = ok("stats -g '" TMP "/seeds.graphml' --format json");
	assert_string_equal(a, b);
	free(a);
	free(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_formats),
		cmocka_unit_test(test_answers),
		cmocka_unit_test(test_alignment),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_usage),
		cmocka_unit_test(test_from_articles),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
