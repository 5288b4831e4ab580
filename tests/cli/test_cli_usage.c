/* The vnkg binary's usage errors and help: exit 2 with a message and a hint
 * on stderr for a wrong command line, exit 0 with the text on stdout for
 * --help. */

#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "cli/cli_run.h"

#define ARTICLE "'" VNKG_TEST_FIXTURES "/cli/good.txt'"

/* Runs `args`, expects exit 2, nothing on stdout and every NULL-terminated
 * fragment on stderr. */
static void expect_usage(const char *args, ...)
{
	cli_result r;
	const char *want;
	va_list ap;

	cli_run(&r, args);
	if (r.status != 2)
		fail_msg("vnkg %s: exit %d, expected 2; stderr:\n%s", args, r.status, r.err);
	assert_string_equal(r.out, "");
	va_start(ap, args);
	for (want = va_arg(ap, const char *); want; want = va_arg(ap, const char *))
		assert_contains(r.err, want);
	va_end(ap);
	cli_result_free(&r);
}

static void test_no_arguments(void **state)
{
	(void)state;
	expect_usage("", "usage: vnkg <command>", "build", "query", NULL);
}

static void test_unknown_command(void **state)
{
	(void)state;
	expect_usage("frobnicate", "unknown command", "'frobnicate'", "usage: vnkg", NULL);
}

static void test_build_without_paths(void **state)
{
	(void)state;
	expect_usage("build", "vnkg build:", "no articles", "vnkg build --help", NULL);
	expect_usage("build -o out", "no articles", NULL);
}

static void test_build_missing_folder(void **state)
{
	(void)state;
	expect_usage("build " ARTICLE " -o", "missing folder", "'-o'", NULL);
}

static void test_unknown_option(void **state)
{
	(void)state;
	expect_usage("build --frob " ARTICLE, "unknown option", "'--frob'", "vnkg build --help", NULL);
	expect_usage("query chaired --frob", "unknown option", "'--frob'", "vnkg query --help", NULL);
}

static void test_query_unknown_question(void **state)
{
	(void)state;
	expect_usage("query whoknows -g kg.graphml", "unknown question", "'whoknows'", "chaired", NULL);
	expect_usage("query", "which question", NULL);
}

static void test_query_unknown_format(void **state)
{
	(void)state;
	expect_usage("query chaired --format xml", "unknown format", "'xml'", "table, tsv or json", NULL);
	expect_usage("query chaired -f", "missing format", NULL);
}

static void test_query_graph_and_paths(void **state)
{
	(void)state;
	expect_usage("query chaired -g kg.graphml " ARTICLE, "either -g GRAPH or article paths", NULL);
}

/* --help (and -h) print the command's help on stdout, nothing on stderr. */
static void expect_help(const char *args, const char *first_line)
{
	cli_result r;

	cli_run(&r, args);
	if (r.status != 0)
		fail_msg("vnkg %s: exit %d, expected 0; stderr:\n%s", args, r.status, r.err);
	assert_string_equal(r.err, "");
	if (strncmp(r.out, first_line, strlen(first_line)) != 0)
		fail_msg("vnkg %s: stdout does not start with \"%s\":\n%s", args, first_line, r.out);
	cli_result_free(&r);
}

static void test_help(void **state)
{
	(void)state;
	expect_help("--help", "usage: vnkg <command>");
	expect_help("-h", "usage: vnkg <command>");
	expect_help("build --help", "usage: vnkg build ");
	expect_help("build -h", "usage: vnkg build ");
	expect_help("query --help", "usage: vnkg query ");
	expect_help("query -h", "usage: vnkg query ");
}

static void test_help_lists_options(void **state)
{
	cli_result r;

	(void)state;
	assert_int_equal(cli_run(&r, "build --help"), 0);
	assert_contains(r.out, "-o, --output DIR");
	cli_result_free(&r);
	assert_int_equal(cli_run(&r, "query --help"), 0);
	assert_contains(r.out, "-g, --graph FILE");
	assert_contains(r.out, "--format");
	cli_result_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_arguments),
		cmocka_unit_test(test_unknown_command),
		cmocka_unit_test(test_build_without_paths),
		cmocka_unit_test(test_build_missing_folder),
		cmocka_unit_test(test_unknown_option),
		cmocka_unit_test(test_query_unknown_question),
		cmocka_unit_test(test_query_unknown_format),
		cmocka_unit_test(test_query_graph_and_paths),
		cmocka_unit_test(test_help),
		cmocka_unit_test(test_help_lists_options),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
