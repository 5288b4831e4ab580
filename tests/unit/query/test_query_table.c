/* Answer tables: building, sorting and rendering as table, TSV and JSON. */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "vnkg.h"
#include "test_util.h"
#include "json_check.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

static int setup(void **state)
{
	(void)state;
	return vnkg_global_init() == 0 ? 0 : -1;
}

/* Display width of s[0..len) in terminal columns; -1 if not UTF-8. */
static long width_of(const char *s, size_t len)
{
	size_t i = 0;
	long w = 0;

	while (i < len) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
			(utf8proc_ssize_t)(len - i), &cp);

		if (n <= 0)
			return -1;
		w += utf8proc_charwidth(cp);
		i += (size_t)n;
	}
	return w;
}

static int is_utf8(const char *s)
{
	return width_of(s, strlen(s)) >= 0;
}

/* Splits a rendering into lines (in place); returns how many. */
static size_t split_lines(char *text, char **lines, size_t max)
{
	size_t n = 0;
	char *p = text;

	while (*p && n < max) {
		char *nl = strchr(p, '\n');

		lines[n++] = p;
		if (!nl)
			break;
		*nl = '\0';
		p = nl + 1;
	}
	return n;
}

static vnkg_table *make_table(size_t ncols, const char *const *names,
	const char *const *cells, size_t nrows)
{
	vnkg_table *t = NULL;
	size_t r;

	assert_int_equal(vnkg_table_new(&t, ncols, names), 0);
	for (r = 0; r < nrows; r++)
		assert_int_equal(vnkg_table_add_row(t, cells + r * ncols), 0);
	return t;
}

static void test_basics(void **state)
{
	static const char *const names[] = {"a", "b"};
	const char *row[] = {"x", NULL};
	vnkg_table *t = NULL;

	(void)state;
	assert_int_equal(vnkg_table_new(&t, 0, names), VNKG_EINVALID);
	assert_null(t);
	assert_int_equal(vnkg_table_new(&t, 2, names), 0);
	assert_int_equal(vnkg_table_cols(t), 2);
	assert_int_equal(vnkg_table_rows(t), 0);
	assert_int_equal(vnkg_table_add_row(t, row), 0);
	assert_int_equal(vnkg_table_rows(t), 1);
	assert_string_equal(vnkg_table_cell(t, 0, 0), "x");
	assert_string_equal(vnkg_table_cell(t, 0, 1), "");
	assert_null(vnkg_table_cell(t, 1, 0));
	assert_null(vnkg_table_cell(t, 0, 2));
	assert_string_equal(vnkg_table_colname(t, 1), "b");
	assert_null(vnkg_table_colname(t, 2));
	vnkg_table_free(t);
	vnkg_table_free(NULL);
}

static void test_format_parse(void **state)
{
	vnkg_format f;

	(void)state;
	assert_int_equal(vnkg_format_parse(&f, "table"), 0);
	assert_int_equal(f, VNKG_FORMAT_TABLE);
	assert_int_equal(vnkg_format_parse(&f, "tsv"), 0);
	assert_int_equal(f, VNKG_FORMAT_TSV);
	assert_int_equal(vnkg_format_parse(&f, "json"), 0);
	assert_int_equal(f, VNKG_FORMAT_JSON);
	assert_int_equal(vnkg_format_parse(&f, "csv"), VNKG_EINVALID);
	assert_non_null(strstr(vnkg_error_last(), "csv"));
	assert_int_equal(vnkg_format_parse(&f, "JSON"), VNKG_EINVALID);
	assert_int_equal(vnkg_format_parse(&f, ""), VNKG_EINVALID);
}

static void test_sort(void **state)
{
	static const char *const names[] = {"date", "who", "n"};
	static const char *const cells[] = {
		"2019-11-18", "b", "0",
		"",           "a", "1",
		"2019-05",    "c", "2",
		"2019-11-18", "a", "3",
		"",           "",  "4",
		"2019-11-18", "b", "5",
		"2019-05",    "",  "6",
		"2019-05",    "c", "7",
		"--03-14",    "a", "8",
	};
	/* a day without its year ("--03-14") after every dated row, before the
	 * undated ones */
	static const char *const expect[] = {"2", "7", "6", "3", "0", "5", "8", "1", "4"};
	static const size_t by_date_who[] = {0, 1};
	static const size_t by_who[] = {1};
	static const char *const expect_who[] = {"1", "3", "8", "0", "5", "2", "7", "4", "6"};
	static const size_t bad[] = {3};
	vnkg_table *t = make_table(3, names, cells, 9);
	size_t r;

	(void)state;
	assert_int_equal(vnkg_table_sort(t, bad, 1), VNKG_EINVALID);
	assert_int_equal(vnkg_table_sort(t, by_date_who, 2), 0);
	for (r = 0; r < ARRAY_LEN(expect); r++)
		assert_string_equal(vnkg_table_cell(t, r, 2), expect[r]);

	/* stable: re-sorting by "who" keeps the date order among equal names */
	vnkg_table_free(t);
	t = make_table(3, names, cells, 9);
	assert_int_equal(vnkg_table_sort(t, by_who, 1), 0);
	for (r = 0; r < ARRAY_LEN(expect_who); r++)
		assert_string_equal(vnkg_table_cell(t, r, 2), expect_who[r]);
	vnkg_table_free(t);
}

/* A large sort: many equal keys keep their insertion order. */
static void test_sort_stable_large(void **state)
{
	static const char *const names[] = {"k", "i"};
	static const size_t by_k[] = {0};
	vnkg_table *t = NULL;
	char key[8], idx[16];
	const char *row[2] = {key, idx};
	size_t r, n = 5000;

	(void)state;
	assert_int_equal(vnkg_table_new(&t, 2, names), 0);
	for (r = 0; r < n; r++) {
		snprintf(key, sizeof(key), "%c", r % 7 == 6 ? '\0' : (char)('a' + (r * 5) % 6));
		snprintf(idx, sizeof(idx), "%06zu", r);
		assert_int_equal(vnkg_table_add_row(t, row), 0);
	}
	assert_int_equal(vnkg_table_sort(t, by_k, 1), 0);
	for (r = 1; r < n; r++) {
		const char *k0 = vnkg_table_cell(t, r - 1, 0), *k1 = vnkg_table_cell(t, r, 0);
		int c;

		if (!*k0 || !*k1)
			c = (!*k0) - (!*k1);
		else
			c = strcmp(k0, k1);
		assert_true(c <= 0);
		if (c == 0)
			assert_true(strcmp(vnkg_table_cell(t, r - 1, 1), vnkg_table_cell(t, r, 1)) < 0);
	}
	assert_string_equal(vnkg_table_cell(t, n - 1, 0), "");
	vnkg_table_free(t);
}

/* Vietnamese text lines up by display width, not bytes or code points. */
static void test_render_table_aligned(void **state)
{
	static const char *const names[] = {"ngày", "người chủ trì", "sự kiện"};
	static const char *const cells[] = {
		"2019-11-18", "Trung tướng Nguyễn Mạnh Hùng", "Hội nghị quán triệt",
		"2019",       "Lê Văn Đức",                   "Đại hội Đảng bộ",
		"",           "Phạm Thị Ánh",                 "Hội nghị tổng kết",
		"2020-01",    "Cafe\xCC\x81 中文",            "x",
	};
	vnkg_table *t = make_table(3, names, cells, 4);
	char *out = NULL, *lines[16];
	long col1, col2;
	size_t n, i, r;

	(void)state;
	assert_int_equal(vnkg_table_render(&out, t, VNKG_FORMAT_TABLE), 0);
	assert_true(is_utf8(out));
	assert_true(out[strlen(out) - 1] == '\n');

	/* column starts: widest of each column ("2019-11-18" = 10, the general = 28) + 2 */
	col1 = 10 + 2;
	col2 = col1 + (long)width_of(cells[1], strlen(cells[1])) + 2;
	assert_int_equal(col2, 12 + 28 + 2);

	n = split_lines(out, lines, ARRAY_LEN(lines));
	assert_int_equal(n, 6);

	/* header */
	assert_ptr_equal(strstr(lines[0], "ngày"), lines[0]);
	assert_int_equal(width_of(lines[0], (size_t)(strstr(lines[0], "người chủ trì") - lines[0])), col1);
	assert_int_equal(width_of(lines[0], (size_t)(strstr(lines[0], "sự kiện") - lines[0])), col2);
	assert_string_equal(lines[0] + strlen(lines[0]) - strlen("sự kiện"), "sự kiện");

	/* separator: dashes under each column, two spaces apart */
	for (i = 0; lines[1][i]; i++)
		assert_true(lines[1][i] == ' ' || (unsigned char)lines[1][i] >= 0x80);
	assert_int_equal(strncmp(lines[1], "\xE2\x94\x80", 3), 0);
	assert_int_equal(width_of(lines[1], strlen(lines[1])), col2 + 19); /* "Hội nghị quán triệt" */
	assert_int_equal(width_of(lines[1], (size_t)(strstr(lines[1], "  ") - lines[1])), 10);

	/* rows */
	for (r = 0; r < 4; r++) {
		const char *line = lines[r + 2];
		const char *c1 = strstr(line, cells[r * 3 + 1]);
		const char *c2 = strstr(c1 ? c1 + strlen(cells[r * 3 + 1]) : line, cells[r * 3 + 2]);

		assert_non_null(c1);
		assert_non_null(c2);
		assert_int_equal(strncmp(line, cells[r * 3], strlen(cells[r * 3])), 0);
		assert_int_equal(width_of(line, (size_t)(c1 - line)), col1);
		assert_int_equal(width_of(line, (size_t)(c2 - line)), col2);
		/* the last column is not padded */
		assert_string_equal(c2, cells[r * 3 + 2]);
	}
	free(out);
	vnkg_table_free(t);
}

static void test_render_table_empty_and_control(void **state)
{
	static const char *const names[] = {"a", "bb"};
	static const char *const cells[] = {"x\ty", "line1\nline2\r"};
	vnkg_table *t = NULL;
	char *out = NULL;

	(void)state;
	assert_int_equal(vnkg_table_new(&t, 2, names), 0);
	assert_int_equal(vnkg_table_render(&out, t, VNKG_FORMAT_TABLE), 0);
	assert_string_equal(out, "a  bb\n\xE2\x94\x80  \xE2\x94\x80\xE2\x94\x80\n");
	free(out);

	assert_int_equal(vnkg_table_add_row(t, cells), 0);
	assert_int_equal(vnkg_table_render(&out, t, VNKG_FORMAT_TABLE), 0);
	assert_string_equal(out,
		"a    bb\n"
		"\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80  "
		"\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80"
		"\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80"
		"\xE2\x94\x80\xE2\x94\x80\n"
		"x y  line1 line2 \n");
	free(out);
	vnkg_table_free(t);
}

/* Builds a string of `n` copies of `unit`. */
static char *repeat(const char *unit, size_t n)
{
	size_t len = strlen(unit), i;
	char *s = malloc(len * n + 1);

	assert_non_null(s);
	for (i = 0; i < n; i++)
		memcpy(s + i * len, unit, len);
	s[len * n] = '\0';
	return s;
}

/* Renders a one-column table holding `cell` and returns its only data line. */
static char *render_one(const char *cell, vnkg_format format, char **whole)
{
	static const char *const names[] = {"c"};
	const char *row[] = {cell};
	vnkg_table *t = NULL;
	char *nl;

	assert_int_equal(vnkg_table_new(&t, 1, names), 0);
	assert_int_equal(vnkg_table_add_row(t, row), 0);
	assert_int_equal(vnkg_table_render(whole, t, format), 0);
	vnkg_table_free(t);
	nl = strrchr(*whole, '\n');
	assert_non_null(nl);
	*nl = '\0';
	nl = strrchr(*whole, '\n');
	assert_non_null(nl);
	return nl + 1;
}

static void test_render_table_truncate(void **state)
{
	static const char *const units[] = {"ệ", "a", "e\xCC\x81", "中", "Ư"};
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_LEN(units); i++) {
		char *cell = repeat(units[i], 70), *whole = NULL, *line, *expect;
		size_t keep = (size_t)VNKG_TABLE_CELL_MAX_WIDTH - 1;
		long w = width_of(units[i], strlen(units[i]));

		line = render_one(cell, VNKG_FORMAT_TABLE, &whole);
		assert_true(is_utf8(line));
		/* whole characters up to 59 columns, then the ellipsis */
		expect = repeat(units[i], keep / (size_t)w);
		assert_int_equal(strncmp(line, expect, strlen(expect)), 0);
		assert_string_equal(line + strlen(expect), "\xE2\x80\xA6");
		assert_true(width_of(line, strlen(line)) <= VNKG_TABLE_CELL_MAX_WIDTH);
		assert_true(width_of(line, strlen(line)) >= VNKG_TABLE_CELL_MAX_WIDTH - 1);
		free(expect);
		free(whole);

		/* TSV and JSON keep the whole cell */
		line = render_one(cell, VNKG_FORMAT_TSV, &whole);
		assert_string_equal(line, cell);
		free(whole);
		free(cell);
	}

	/* no space before the ellipsis */
	{
		char *a = repeat("ă", VNKG_TABLE_CELL_MAX_WIDTH - 2), *cell, *whole = NULL;
		size_t alen = strlen(a);

		cell = malloc(alen + 20);
		assert_non_null(cell);
		memcpy(cell, a, alen);
		memcpy(cell + alen, " \t bbbbbbbbbb", sizeof(" \t bbbbbbbbbb"));
		assert_string_equal(render_one(cell, VNKG_FORMAT_TABLE, &whole) + alen, "\xE2\x80\xA6");
		free(whole);
		free(cell);
		free(a);
	}

	/* exactly the limit is not cut */
	{
		char *cell = repeat("ơ", VNKG_TABLE_CELL_MAX_WIDTH), *whole = NULL;

		assert_string_equal(render_one(cell, VNKG_FORMAT_TABLE, &whole), cell);
		free(whole);
		free(cell);
	}
}

static void test_render_tsv(void **state)
{
	static const char *const names[] = {"ngày", "người"};
	static const char *const cells[] = {
		"2019-11-18", "Nguyễn\tMạnh\nHùng",
		"",           "a\r\nb",
	};
	vnkg_table *t = make_table(2, names, cells, 2);
	char *out = NULL;

	(void)state;
	assert_int_equal(vnkg_table_render(&out, t, VNKG_FORMAT_TSV), 0);
	assert_string_equal(out,
		"ngày\tngười\n"
		"2019-11-18\tNguyễn Mạnh Hùng\n"
		"\ta  b\n");
	free(out);
	vnkg_table_free(t);

	t = make_table(2, names, cells, 0);
	assert_int_equal(vnkg_table_render(&out, t, VNKG_FORMAT_TSV), 0);
	assert_string_equal(out, "ngày\tngười\n");
	free(out);
	vnkg_table_free(t);
}

/* Runs python3's json module on the text, when python3 is there. */
static void python_json_check(const char *text)
{
	char path[512], cmd[1200];
	FILE *f;

	if (test_run("command -v python3 >/dev/null 2>&1") != 0)
		return;
	snprintf(path, sizeof(path), "%s/out.json", VNKG_TEST_TMP);
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
	assert_int_equal(fclose(f), 0);
	snprintf(cmd, sizeof(cmd),
		"python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding=\"utf-8\"))' '%s'",
		path);
	assert_int_equal(test_run(cmd), 0);
}

static void test_render_json(void **state)
{
	static const char *const names[] = {"date", "person \"quoted\"", "note"};
	static const char *const cells[] = {
		"2019-11-18", "Trung tướng Nguyễn Mạnh Hùng", "say \"hi\" \\ back\\slash",
		"",           "ctl\x01\x1f\t\n\r\x7f end",     "bad \xC3 byte \xFF and \xE2\x80",
		"中文 ✓ 😀",   "/solidus/",                    "",
	};
	/* what a JSON parser gives back */
	static const char *const decoded[] = {
		"date", "2019-11-18", "person \"quoted\"", "Trung tướng Nguyễn Mạnh Hùng",
		"note", "say \"hi\" \\ back\\slash",
		"date", "", "person \"quoted\"", "ctl\x01\x1f\t\n\r\x7f end",
		"note", "bad \xEF\xBF\xBD byte \xEF\xBF\xBD and \xEF\xBF\xBD",
		"date", "中文 ✓ 😀", "person \"quoted\"", "/solidus/", "note", "",
	};
	vnkg_table *t = make_table(3, names, cells, 3);
	json_check j;
	char *out = NULL, *lines[16];
	size_t i;

	(void)state;
	assert_int_equal(vnkg_table_render(&out, t, VNKG_FORMAT_JSON), 0);
	assert_true(is_utf8(out));
	assert_int_equal(json_check_parse(&j, out), 0);
	assert_int_equal(j.nstrings, ARRAY_LEN(decoded));
	for (i = 0; i < ARRAY_LEN(decoded); i++)
		assert_string_equal(j.strings[i], decoded[i]);
	json_check_free(&j);
	assert_non_null(strstr(out, "\\u0001\\u001f\\u0009\\u000a\\u000d"));
	python_json_check(out);

	/* one object per line */
	assert_int_equal(split_lines(out, lines, ARRAY_LEN(lines)), 5);
	assert_string_equal(lines[0], "[");
	assert_string_equal(lines[4], "]");
	for (i = 1; i <= 3; i++) {
		assert_ptr_equal(strstr(lines[i], "{"), lines[i] + 2);
		assert_non_null(strstr(lines[i], i < 3 ? "}," : "}"));
	}
	free(out);
	vnkg_table_free(t);

	/* empty */
	t = make_table(3, names, cells, 0);
	assert_int_equal(vnkg_table_render(&out, t, VNKG_FORMAT_JSON), 0);
	assert_string_equal(out, "[]\n");
	assert_int_equal(json_check_parse(&j, out), 0);
	json_check_free(&j);
	free(out);
	vnkg_table_free(t);
}

/* The checker itself rejects what it should. */
static void test_json_checker(void **state)
{
	static const char *const bad[] = {
		"", "[", "[1,]", "{\"a\"}", "[\"\x01\"]", "[\"\\x\"]", "[\"\xC3\"]",
		"[\"\\ud800\"]", "[01]", "[] []", "{'a': 1}",
	};
	static const char *const good[] = {
		"[]", " {\"a\": [1, -2.5e3, true, false, null, {}]} ", "\"\\ud83d\\ude00\"",
	};
	json_check j;
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_LEN(bad); i++) {
		assert_int_not_equal(json_check_parse(&j, bad[i]), 0);
		json_check_free(&j);
	}
	for (i = 0; i < ARRAY_LEN(good); i++) {
		assert_int_equal(json_check_parse(&j, good[i]), 0);
		json_check_free(&j);
	}
}

static void test_bad_arguments(void **state)
{
	static const char *const names[] = {"a"};
	vnkg_table *t = make_table(1, names, NULL, 0);
	char *out = (char *)"untouched";

	(void)state;
	assert_int_equal(vnkg_table_render(&out, NULL, VNKG_FORMAT_TSV), VNKG_EINVALID);
	assert_int_equal(vnkg_table_render(&out, t, (vnkg_format)42), VNKG_EINVALID);
	assert_null(out);
	assert_int_equal(vnkg_table_add_row(t, NULL), VNKG_EINVALID);
	assert_int_equal(vnkg_table_sort(t, NULL, 1), VNKG_EINVALID);
	assert_int_equal(vnkg_table_sort(t, NULL, 0), 0);
	vnkg_table_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basics),
		cmocka_unit_test(test_format_parse),
		cmocka_unit_test(test_sort),
		cmocka_unit_test(test_sort_stable_large),
		cmocka_unit_test(test_render_table_aligned),
		cmocka_unit_test(test_render_table_empty_and_control),
		cmocka_unit_test(test_render_table_truncate),
		cmocka_unit_test(test_render_tsv),
		cmocka_unit_test(test_render_json),
		cmocka_unit_test(test_json_checker),
		cmocka_unit_test(test_bad_arguments),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
