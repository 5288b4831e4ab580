/* Input checks of the text stage: each kind of bad input has its own message.
 * Bad files are written at run time into the test's folder of the build tree. */

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
#include <unistd.h>

#include "vnkg/common.h"
#include "vnkg/text.h"

#define TMP VNKG_TEST_TMP

/* A good Vietnamese paragraph, with a few foreign letters and symbols that
 * must not be mistaken for mojibake. */
static const char good_text[] =
	"Sáng 12/5, tại Hà Nội, Bộ Tư lệnh Quân khu tổ chức hội nghị quán triệt Nghị quyết số "
	"08-NQ/TW về công nghiệp quốc phòng. Đại tá Phạm Văn Khoa, Phó Chính ủy, phát biểu chỉ đạo.\n"
	"Đoàn công tác của ông Müller (Đức) và bà Françoise thăm đơn vị; nhiệt độ 35°C, diện tích "
	"1.200 m² — “Đoàn kết, kỷ cương” là chủ đề thi đua năm 2024 « hướng về cơ sở ».\n";

static void write_file(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	if (len)
		assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

/* Loads `data` from a file called `name`, expects `code` and every one of
 * the NULL-terminated message fragments. */
static void expect_load_error(const char *name, const char *data, size_t len, int code, ...)
{
	char path[512];
	vnkg_article *a = (vnkg_article *)1;
	const char *msg, *want;
	va_list ap;

	snprintf(path, sizeof(path), "%s/%s", TMP, name);
	write_file(path, data, len);
	assert_int_equal(vnkg_article_load(&a, path), code);
	assert_null(a);
	msg = vnkg_error_last();
	if (!strstr(msg, path))
		fail_msg("message does not name the file: %s", msg);
	va_start(ap, code);
	for (want = va_arg(ap, const char *); want; want = va_arg(ap, const char *))
		if (!strstr(msg, want))
			fail_msg("message lacks \"%s\": %s", want, msg);
	va_end(ap);
	assert_null(strchr(msg, '\n'));
}

static void test_good_text_loads(void **state)
{
	vnkg_article *a = NULL;

	(void)state;
	assert_int_equal(vnkg_article_from_buffer(&a, "good", good_text, strlen(good_text), "good.txt"), 0);
	assert_non_null(a);
	assert_string_equal(vnkg_article_id(a), "good");
	assert_true(vnkg_article_sentence_count(a) >= 3);
	vnkg_article_free(a);
}

static void test_empty(void **state)
{
	(void)state;
	expect_load_error("empty.txt", "", 0, VNKG_EINVALID, "empty", NULL);
}

static void test_only_whitespace(void **state)
{
	const char data[] = "  \n\t\xc2\xa0\r\n\xe2\x80\x8b \n";

	(void)state;
	expect_load_error("spaces.txt", data, sizeof(data) - 1, VNKG_EINVALID, "only white space", NULL);
}

static void test_nul_byte(void **state)
{
	const char data[] = "Hội nghị\nquán triệt\0 Chỉ thị";

	(void)state;
	expect_load_error("nul.txt", data, sizeof(data) - 1, VNKG_EINVALID, "NUL byte at byte offset 26 (line 2)",
			  NULL);
}

static void test_invalid_utf8(void **state)
{
	/* one stray byte in otherwise good text: not a legacy encoding */
	const char data[] = "Dòng một\nDòng hai \xc3\x28 sai\nDòng ba có dấu tiếng Việt.\n";

	(void)state;
	expect_load_error("bad.txt", data, sizeof(data) - 1, VNKG_EINVALID,
			  "invalid UTF-8 at byte offset 22 (line 2)", "0xC3", NULL);
}

static void test_truncated_utf8_at_end(void **state)
{
	const char data[] = "Hội nghị \xe1\xbb";

	(void)state;
	expect_load_error("truncated.txt", data, sizeof(data) - 1, VNKG_EINVALID, "invalid UTF-8 at byte offset 13 (line 1)",
			  NULL);
}

static void test_windows1258(void **state)
{
	/* "Hội nghị quán triệt Chỉ thị của Bộ Chính trị về đại hội đảng các cấp."
	 * in Windows-1258 (iconv -t CP1258) */
	const char data[] = "H\xF4\xF2i nghi\xF2 qu\xE1n tri\xEA\xF2t Chi\xD2 thi\xF2 cu\xD2"
			    "a B\xF4\xF2 Ch\xEDnh tri\xF2 v\xEA\xCC \xF0"
			    "a\xF2i h\xF4\xF2i \xF0"
			    "a\xD2ng c\xE1"
			    "c c\xE2\xECp.\n";

	(void)state;
	expect_load_error("cp1258.txt", data, sizeof(data) - 1, VNKG_EINVALID,
			  "legacy Vietnamese encoding (TCVN3/VNI/Windows-1258)", "iconv -f CP1258 -t UTF-8",
			  "byte offset 1 (line 1)", NULL);
}

static void test_tcvn3(void **state)
{
	/* the same sentence in TCVN3 (iconv -t TCVN5712-1) */
	const char data[] = "H\xE9i ngh\xDE qu\xB8n tri\xD6t Ch\xD8 th\xDE c\xF1"
			    "a B\xE9 Ch\xDDnh tr\xDE v\xD2 \xAE\xB9i h\xE9i \xAE\xB6ng c\xB8"
			    "c c\xCAp.\n";

	(void)state;
	expect_load_error("tcvn3.txt", data, sizeof(data) - 1, VNKG_EINVALID, "legacy Vietnamese encoding", NULL);
}

static void test_vni(void **state)
{
	/* "Việt Nam đã tổ chức hội nghị quán triệt, triển khai nhiệm vụ năm 2024."
	 * in VNI-Windows bytes */
	const char data[] = "Vie\xE4t Nam \xF1"
			    "a\xF5 to\xE5 ch\xF6\xF9"
			    "c ho\xE4i ngh\xF2 qua\xF9n trie\xE4t, trie\xE5n khai nhie\xE4m vu\xEF n\xE6m 2024.\n";

	(void)state;
	expect_load_error("vni.txt", data, sizeof(data) - 1, VNKG_EINVALID, "legacy Vietnamese encoding", NULL);
}

static void test_double_encoded(void **state)
{
	/* "Đảng ủy Tổng cục tổ chức hội nghị quán triệt, triển khai nhiệm vụ năm
	 * 2024." as UTF-8, read as Windows-1252 and saved as UTF-8 again */
	const char data[] = "Mở đầu bình thường.\n"
			    "\xC3\x84\xC2\x90\xC3\xA1\xC2\xBA\xC2\xA3ng \xC3\xA1\xC2\xBB\xC2\xA7y T\xC3\xA1\xC2\xBB"
			    "\xE2\x80\xA2ng c\xC3\xA1\xC2\xBB\xC2\xA5"
			    "c t\xC3\xA1\xC2\xBB\xE2\x80\xA2 ch\xC3\xA1\xC2\xBB\xC2\xA9"
			    "c h\xC3\xA1\xC2\xBB\xE2\x84\xA2i ngh\xC3\xA1\xC2\xBB\xE2\x80\xB9 qu\xC3\x83\xC2\xA1n "
			    "tri\xC3\xA1\xC2\xBB\xE2\x80\xA1t, tri\xC3\xA1\xC2\xBB\xC6\x92n khai nhi\xC3\xA1\xC2\xBB"
			    "\xE2\x80\xA1m v\xC3\xA1\xC2\xBB\xC2\xA5 n\xC3\x84\xC6\x92m 2024.\n";

	(void)state;
	expect_load_error("mojibake.txt", data, sizeof(data) - 1, VNKG_EINVALID, "doubly encoded", "mojibake",
			  "(line 2)", NULL);
}

static void test_legacy_read_as_latin1(void **state)
{
	/* VNI bytes read as Latin-1 and saved as UTF-8: "Vieät Nam ñaõ toå
	 * chöùc ...", valid UTF-8 but garbage */
	const char line[] = "Vie\xC3\xA4t Nam \xC3\xB1"
			    "a\xC3\xB5 to\xC3\xA5 ch\xC3\xB6\xC3\xB9"
			    "c ho\xC3\xA4i ngh\xC3\xB2 qua\xC3\xB9n trie\xC3\xA4t, trie\xC3\xA5n khai nhie\xC3\xA4m "
			    "vu\xC3\xAF n\xC3\xA6m 2024.\n";
	char data[sizeof(line) * 2];

	(void)state;
	memcpy(data, line, sizeof(line) - 1);
	memcpy(data + sizeof(line) - 1, line, sizeof(line) - 1);
	expect_load_error("latin1.txt", data, 2 * (sizeof(line) - 1), VNKG_EINVALID, "mojibake", "TCVN3/VNI",
			  NULL);
}

static void test_vni_keystrokes(void **state)
{
	/* Vietnamese typed with VNI keys but never converted: pure ASCII */
	const char data[] = "Ho65i nghi5 qua1n trie65t Chi3 thi5 cu3a Bo65 Chi1nh tri5 ve62 \xC4\x91"
			    "ai5 ho65i.\n"
			    "Trung tu7o71ng Nguye64n Va8n A1nh chu3 tri2 ho65i nghi5.\n";
	const char ascii[] = "Ho65i nghi5 qua1n trie65t Chi3 thi5 cu3a Bo65 Chi1nh tri5 ve62 d9ai5 ho65i.\n"
			     "Trung tu7o71ng Nguye64n Va8n A1nh chu3 tri2 ho65i nghi5.\n";

	(void)state;
	/* with one real Vietnamese letter it is not pure keystrokes: the check
	 * stays quiet rather than guess */
	{
		vnkg_article *a = NULL;

		assert_int_equal(vnkg_article_from_buffer(&a, "k", data, sizeof(data) - 1, NULL), 0);
		vnkg_article_free(a);
	}
	expect_load_error("keystrokes.txt", ascii, sizeof(ascii) - 1, VNKG_EINVALID, "VNI/VIQR keystrokes", NULL);
}

static void test_utf16(void **state)
{
	/* "Hội nghị" in UTF-16LE with a BOM */
	const char data[] = "\xFF\xFEH\x00\xD9\x1Ei\x00 \x00n\x00g\x00h\x00\xCB\x1E";

	(void)state;
	expect_load_error("utf16.txt", data, sizeof(data) - 1, VNKG_EINVALID, "UTF-16", "iconv -f UTF-16", NULL);
}

static void test_too_large_file(void **state)
{
	char path[512];
	vnkg_article *a = NULL;
	FILE *f;

	(void)state;
	snprintf(path, sizeof(path), "%s/large.txt", TMP);
	f = fopen(path, "wb");
	assert_non_null(f);
	/* a sparse file one byte over the limit: refused before reading */
	assert_int_equal(fseek(f, (long)VNKG_ARTICLE_MAX_BYTES, SEEK_SET), 0);
	assert_int_equal(fputc('x', f), 'x');
	assert_int_equal(fclose(f), 0);
	assert_int_equal(vnkg_article_load(&a, path), VNKG_EINVALID);
	assert_null(a);
	assert_non_null(strstr(vnkg_error_last(), path));
	assert_non_null(strstr(vnkg_error_last(), "4194305 bytes, over the limit of 4194304 bytes"));
	remove(path);
}

static void test_too_large_buffer(void **state)
{
	size_t len = VNKG_ARTICLE_MAX_BYTES + 1;
	char *data = malloc(len);
	vnkg_article *a = NULL;

	(void)state;
	assert_non_null(data);
	memset(data, 'a', len);
	assert_int_equal(vnkg_article_from_buffer(&a, "big", data, len, "<stdin>"), VNKG_EINVALID);
	assert_null(a);
	assert_non_null(strstr(vnkg_error_last(), "<stdin>: 4194305 bytes, over the limit"));
	/* exactly the limit is fine */
	assert_int_equal(vnkg_article_from_buffer(&a, "big", data, len - 1, "<stdin>"), 0);
	vnkg_article_free(a);
	free(data);
}

static void test_missing_file(void **state)
{
	vnkg_article *a = (vnkg_article *)1;

	(void)state;
	assert_int_equal(vnkg_article_load(&a, TMP "/no-such-article.txt"), VNKG_ENOTFOUND);
	assert_null(a);
	assert_non_null(strstr(vnkg_error_last(), TMP "/no-such-article.txt: cannot open the article"));
	assert_non_null(strstr(vnkg_error_last(), "No such file or directory"));
}

static void test_unreadable_file(void **state)
{
	char path[512];
	vnkg_article *a = NULL;

	(void)state;
	if (geteuid() == 0)
		skip(); /* root reads anything */
	snprintf(path, sizeof(path), "%s/unreadable.txt", TMP);
	write_file(path, "Hội nghị.\n", strlen("Hội nghị.\n"));
	assert_int_equal(chmod(path, 0), 0);
	assert_int_equal(vnkg_article_load(&a, path), VNKG_ERROR);
	assert_null(a);
	assert_non_null(strstr(vnkg_error_last(), "Permission denied"));
	chmod(path, 0644);
}

static void test_path_through_a_file(void **state)
{
	char dir[512], path[600];
	vnkg_article *a = (vnkg_article *)1;

	(void)state;
	/* unreadable for anyone, root included: a file used as a folder */
	snprintf(dir, sizeof(dir), "%s/plain.txt", TMP);
	write_file(dir, good_text, strlen(good_text));
	snprintf(path, sizeof(path), "%s/article.txt", dir);
	assert_int_equal(vnkg_article_load(&a, path), VNKG_ERROR);
	assert_null(a);
	assert_non_null(strstr(vnkg_error_last(), path));
	assert_non_null(strstr(vnkg_error_last(), "Not a directory"));
}

static void test_directory(void **state)
{
	vnkg_article *a = (vnkg_article *)1;

	(void)state;
	assert_int_equal(vnkg_article_load(&a, TMP), VNKG_EINVALID);
	assert_null(a);
	assert_non_null(strstr(vnkg_error_last(), TMP ": is a directory"));
}

static void test_article_id(void **state)
{
	char path[512];
	vnkg_article *a = NULL;

	(void)state;
	snprintf(path, sizeof(path), "%s/012_abc.def.txt", TMP);
	write_file(path, good_text, strlen(good_text));
	assert_int_equal(vnkg_article_load(&a, path), 0);
	assert_string_equal(vnkg_article_id(a), "012_abc.def");
	vnkg_article_free(a);
	snprintf(path, sizeof(path), "%s/noext", TMP);
	write_file(path, good_text, strlen(good_text));
	assert_int_equal(vnkg_article_load(&a, path), 0);
	assert_string_equal(vnkg_article_id(a), "noext");
	vnkg_article_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_text_loads),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_only_whitespace),
		cmocka_unit_test(test_nul_byte),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_truncated_utf8_at_end),
		cmocka_unit_test(test_windows1258),
		cmocka_unit_test(test_tcvn3),
		cmocka_unit_test(test_vni),
		cmocka_unit_test(test_double_encoded),
		cmocka_unit_test(test_legacy_read_as_latin1),
		cmocka_unit_test(test_vni_keystrokes),
		cmocka_unit_test(test_utf16),
		cmocka_unit_test(test_too_large_file),
		cmocka_unit_test(test_too_large_buffer),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_unreadable_file),
		cmocka_unit_test(test_path_through_a_file),
		cmocka_unit_test(test_directory),
		cmocka_unit_test(test_article_id),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
