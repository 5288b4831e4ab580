/* The vnkg binary's failures of input and environment: exit 1 and one line on
 * stderr naming the file and what is wrong. Bad articles and graphs are
 * written at run time into the test's folder of the build tree. */

#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>

#include "cli/cli_run.h"

#define TMP VNKG_TEST_TMP
#define GOOD VNKG_TEST_FIXTURES "/cli/good.txt"

/* "Trung tướng Nguyễn Mạnh Hùng chủ trì hội nghị tại Hà Nội." in Windows-1258
 * (iconv -t CP1258: base letters plus combining tone marks). */
static const char cp1258_text[] = "Trung t\xFD\xF5\xEC" "ng Nguy\xEA\xDE" "n Ma\xF2" "nh H\xF9" "ng chu\xD2"
				  " tri\xCC h\xF4\xF2" "i nghi\xF2 ta\xF2" "i H\xE0 N\xF4\xF2" "i.\n";

/* Runs `args`, expects exit 1, nothing on stdout, and on stderr one line
 * holding `path` and every NULL-terminated fragment after it. */
static void expect_failure(const char *args, const char *path, ...)
{
	cli_result r;
	const char *want, *nl;
	va_list ap;

	cli_run(&r, args);
	if (r.status != 1)
		fail_msg("vnkg %s: exit %d, expected 1; stderr:\n%s", args, r.status, r.err);
	assert_string_equal(r.out, "");
	assert_contains(r.err, path);
	nl = strchr(r.err, '\n');
	if (!nl || nl[1] != '\0')
		fail_msg("vnkg %s: expected one line on stderr, got:\n%s", args, r.err);
	va_start(ap, path);
	for (want = va_arg(ap, const char *); want; want = va_arg(ap, const char *))
		assert_contains(r.err, want);
	va_end(ap);
	cli_result_free(&r);
}

/* Writes `len` bytes as TMP/name and runs `vnkg build TMP/name -o TMP/out-name`,
 * expecting a failure that names the file. */
static void expect_bad_article(const char *name, const char *data, size_t len, const char *what)
{
	char path[512], args[1200];

	snprintf(path, sizeof(path), "%s/%s", TMP, name);
	write_bytes(path, data, len);
	snprintf(args, sizeof(args), "build '%s' -o '%s/out-%s'", path, TMP, name);
	expect_failure(args, path, what, NULL);
}

static void test_missing_article(void **state)
{
	(void)state;
	expect_failure("build '" TMP "/no-such-article.txt' -o '" TMP "/out-missing'", TMP "/no-such-article.txt",
		       "cannot read", NULL);
}

static void test_invalid_utf8(void **state)
{
	static const char data[] = "Hội nghị \xC3\x28 quán triệt.\n";

	(void)state;
	expect_bad_article("invalid-utf8.txt", data, sizeof(data) - 1, "UTF-8");
}

static void test_empty_file(void **state)
{
	(void)state;
	expect_bad_article("empty.txt", "", 0, "empty");
}

static void test_nul_byte(void **state)
{
	static const char data[] = "Hội nghị quán triệt\0Chỉ thị số 35.\n";

	(void)state;
	expect_bad_article("nul.txt", data, sizeof(data) - 1, "NUL");
}

static void test_legacy_encoding(void **state)
{
	(void)state;
	expect_bad_article("cp1258.txt", cp1258_text, sizeof(cp1258_text) - 1, "legacy");
}

/* A bad article inside a folder is named by its own path. */
static void test_bad_article_in_folder(void **state)
{
	static const char data[] = "B\xE1o Qu\xE2n \xF0\xF4i\n";

	(void)state;
	make_dir(TMP "/folder");
	write_bytes(TMP "/folder/a-bad.txt", data, sizeof(data) - 1);
	expect_failure("build '" TMP "/folder' -o '" TMP "/out-folder'", "a-bad.txt", NULL);
}

static void test_malformed_graphml(void **state)
{
	static const char data[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				   "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
				   "  <graph edgedefault=\"directed\">\n    <node id=\"n0\">\n";

	(void)state;
	write_bytes(TMP "/malformed.graphml", data, sizeof(data) - 1);
	expect_failure("query chaired -g '" TMP "/malformed.graphml'", TMP "/malformed.graphml", "GraphML", NULL);
}

static void test_missing_graphml(void **state)
{
	(void)state;
	expect_failure("query chaired -g '" TMP "/no-such.graphml'", TMP "/no-such.graphml", NULL);
}

static void test_output_is_a_file(void **state)
{
	(void)state;
	write_bytes(TMP "/a-file", "x\n", 2);
	expect_failure("build '" GOOD "' -o '" TMP "/a-file'", TMP "/a-file", "not a folder", NULL);
}

/* The names in a folder, sorted, joined by spaces. */
static void list_folder(char *out, size_t size, const char *dir)
{
	char names[16][256];
	size_t n = 0, i, j;
	struct dirent *e;
	DIR *d = opendir(dir);

	assert_non_null(d);
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		assert_true(n < 16);
		snprintf(names[n++], sizeof(names[0]), "%s", e->d_name);
	}
	closedir(d);
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
			char tmp[256];

			memcpy(tmp, names[j], sizeof(tmp));
			memcpy(names[j], names[j - 1], sizeof(tmp));
			memcpy(names[j - 1], tmp, sizeof(tmp));
		}
	out[0] = '\0';
	for (i = 0; i < n; i++) {
		strncat(out, names[i], size - strlen(out) - 1);
		if (i + 1 < n)
			strncat(out, " ", size - strlen(out) - 1);
	}
}

/* A good build succeeds quietly: exit 0, nothing on stdout, one summary line. */
static void test_build_ok(void **state)
{
	cli_result r;
	char names[1024];

	(void)state;
	if (cli_run(&r, "build '" GOOD "' -o '" TMP "/out-ok'") != 0)
		fail_msg("good build failed: %s", r.err);
	assert_string_equal(r.out, "");
	assert_contains(r.err, "1 articles");
	assert_contains(r.err, TMP "/out-ok/kg.graphml");
	cli_result_free(&r);
	list_folder(names, sizeof(names), TMP "/out-ok");
	assert_contains(names, "kg.dot");
	assert_contains(names, "kg.graphml");
	if (strstr(names, "tmp"))
		fail_msg("temporary files left behind: %s", names);
}

/* A failed build leaves the previous graph as it was (every file of the
 * output folder, byte for byte), and no temporary files. */
static void test_failed_build_keeps_graph(void **state)
{
	static const char bad[] = "Hội nghị \xC3\x28\n";
	char before[1024], after[1024], names[1024], *name, *save = NULL;
	cli_result r;

	(void)state;
	if (cli_run(&r, "build '" GOOD "' -o '" TMP "/out-keep'") != 0)
		fail_msg("good build failed: %s", r.err);
	cli_result_free(&r);
	list_folder(before, sizeof(before), TMP "/out-keep");
	assert_contains(before, "kg.graphml");
	make_dir(TMP "/keep-copy");
	memcpy(names, before, sizeof(names));
	for (name = strtok_r(names, " ", &save); name; name = strtok_r(NULL, " ", &save)) {
		char from[512], to[512];

		snprintf(from, sizeof(from), "%s/out-keep/%s", TMP, name);
		snprintf(to, sizeof(to), "%s/keep-copy/%s", TMP, name);
		copy_file(to, from);
	}

	write_bytes(TMP "/keep-bad.txt", bad, sizeof(bad) - 1);
	expect_failure("build '" GOOD "' '" TMP "/keep-bad.txt' -o '" TMP "/out-keep'", TMP "/keep-bad.txt", "UTF-8",
		       NULL);
	list_folder(after, sizeof(after), TMP "/out-keep");
	assert_string_equal(after, before);
	for (name = strtok_r(after, " ", &save); name; name = strtok_r(NULL, " ", &save)) {
		char kept[512], copy[512];

		snprintf(kept, sizeof(kept), "%s/out-keep/%s", TMP, name);
		snprintf(copy, sizeof(copy), "%s/keep-copy/%s", TMP, name);
		if (!same_bytes(kept, copy))
			fail_msg("the failed build changed %s", kept);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_missing_article),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_empty_file),
		cmocka_unit_test(test_nul_byte),
		cmocka_unit_test(test_legacy_encoding),
		cmocka_unit_test(test_bad_article_in_folder),
		cmocka_unit_test(test_malformed_graphml),
		cmocka_unit_test(test_missing_graphml),
		cmocka_unit_test(test_output_is_a_file),
		cmocka_unit_test(test_build_ok),
		cmocka_unit_test(test_failed_build_keeps_graph),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
