/* Normalisation, folding, slugs and widths (text stage). */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/lower.h"
#include "text/text_private.h"
#include "vnkg/common.h"
#include "vnkg/text.h"

typedef struct {
	const char *in;
	const char *want;
} text_case;

static const text_case normalize_cases[] = {
	/* tone placement: open syllables ending in oa, oe, uy carry the tone
	 * on the first vowel */
	{"uỷ ban", "ủy ban"},
	{"Thuỷ", "Thủy"},
	{"hoà bình", "hòa bình"},
	{"khoẻ mạnh", "khỏe mạnh"},
	{"oà khóc", "òa khóc"},
	{"tuỳ theo", "tùy theo"},
	{"luỹ kế", "lũy kế"},
	{"Thuỵ Sĩ", "Thụy Sĩ"},
	{"xoè ra", "xòe ra"},
	{"khoá XIII", "khóa XIII"},
	{"Đảng uỷ, Chính uỷ", "Đảng ủy, Chính ủy"},
	{"UỶ BAN HOÀ GIẢI", "ỦY BAN HÒA GIẢI"},
	{"Hoà", "Hòa"},
	/* already in that style, or another rule: unchanged */
	{"ủy ban hòa bình khỏe", "ủy ban hòa bình khỏe"},
	{"quý", "quý"},
	{"quỹ", "quỹ"},
	{"Quý IV", "Quý IV"},
	{"QUỸ", "QUỸ"},
	{"quyết định", "quyết định"},
	{"hoàn thành", "hoàn thành"},
	{"khoảng", "khoảng"},
	{"thuyết phục", "thuyết phục"},
	{"kế hoạch", "kế hoạch"},
	{"giá cả", "giá cả"},
	{"ngoài", "ngoài"},
	{"xoáy", "xoáy"},
	{"qua", "qua"},
	{"quà", "quà"},
	{"khuya", "khuya"},
	/* NFD input becomes NFC, tones then placed */
	{"Vie\xcc\xa3\xcc\x82t Nam", "Việt Nam"},
	{"Nguye\xcc\x82\xcc\x83n", "Nguyễn"},
	{"hoa\xcc\x80", "hòa"},
	{"thuy\xcc\x89", "thủy"},
	/* spaces */
	{"Quang cảnh\xc2\xa0hội nghị.\xc2\xa0", "Quang cảnh hội nghị."},
	{"a\t\tb", "a b"},
	{"a\xe2\x80\x89" "b\xe2\x80\xaf" "c\xe3\x80\x80" "d\xe2\x81\x9f" "e\xe2\x80\x82" "f", "a b c d e f"},
	{"  Hà   Nội  \n   Việt Nam  ", "Hà Nội\nViệt Nam"},
	{"a\n\n\nb", "a\n\n\nb"},
	/* invisible and control characters */
	{"Hà \xe2\x80\x8bNội", "Hà Nội"},
	{"Hà\xe2\x80\x8c\xe2\x80\x8d\xe2\x81\xa0 Nội\xef\xbb\xbf", "Hà Nội"},
	{"a\x01" "b\x7f" "c\x1b", "abc"},
	{"a\xc2\x85" "b", "ab"},
	/* BOM and line ends */
	{"\xef\xbb\xbfXin chào", "Xin chào"},
	/* Ð/ð typed for Đ/đ */
	{"\xc3\x90ảng \xc3\xb0oàn", "Đảng đoàn"},
	{"a\r\nb\rc\n", "a\nb\nc\n"},
	{"", ""},
};

static void test_normalize_table(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(normalize_cases) / sizeof(normalize_cases[0]); i++) {
		char *out = NULL;
		const text_case *c = &normalize_cases[i];

		assert_int_equal(vnkg_text_normalize(&out, c->in, strlen(c->in)), 0);
		if (strcmp(out, c->want) != 0)
			fail_msg("case %zu: normalize(\"%s\") = \"%s\", want \"%s\"", i, c->in, out, c->want);
		free(out);
	}
}

static void test_normalize_not_nul_terminated(void **state)
{
	const char data[] = {'h', 'o', '\xc3', '\xa0', 'X', 'Y'};
	char *out = NULL;

	(void)state;
	assert_int_equal(vnkg_text_normalize(&out, data, 4), 0);
	assert_string_equal(out, "hòa");
	free(out);
}

static void test_normalize_is_idempotent(void **state)
{
	const char *in = "\xef\xbb\xbfThuỷ  hoà\xc2\xa0" "bình\r\nquý khoẻ ";
	char *once = NULL, *twice = NULL;

	(void)state;
	assert_int_equal(vnkg_text_normalize(&once, in, strlen(in)), 0);
	assert_int_equal(vnkg_text_normalize(&twice, once, strlen(once)), 0);
	assert_string_equal(once, "Thủy hòa bình\nquý khỏe");
	assert_string_equal(once, twice);
	free(once);
	free(twice);
}

static void test_normalize_invalid(void **state)
{
	const char *in = "ab\ncd\xff" "ef";
	char *out = (char *)1;

	(void)state;
	assert_int_equal(vnkg_text_normalize(&out, in, strlen(in)), VNKG_EINVALID);
	assert_null(out);
	assert_non_null(strstr(vnkg_error_last(), "invalid UTF-8 at byte offset 5 (line 2)"));
}

static const text_case fold_cases[] = {
	{"Nguyễn Mạnh Hùng", "nguyen manh hung"},
	{"ĐẢNG ỦY", "dang uy"},
	{"  Bộ   Quốc\xc2\xa0phòng \n", "bo quoc phong"},
	{"Ưu tiên Ơn", "uu tien on"},
	{"Tổng cục CNQP", "tong cuc cnqp"},
	{"Nguye\xcc\x82\xcc\x83n", "nguyen"},
	{"đường", "duong"},
	{"\xc3\x90à Nẵng", "da nang"},
	{"", ""},
};

static const text_case slug_cases[] = {
	{"Nguyễn Mạnh Hùng", "nguyen-manh-hung"},
	{"Chỉ thị 2889-CT/ĐU", "chi-thi-2889-ct-du"},
	{"  Tổng cục CNQP!! ", "tong-cuc-cnqp"},
	{"Nghị quyết số 08-NQ/TW", "nghi-quyet-so-08-nq-tw"},
	{"Quân khu 7 (QK7)", "quan-khu-7-qk7"},
	{"Đại hội lần thứ XIV", "dai-hoi-lan-thu-xiv"},
	{"---", ""},
	{"", ""},
};

static void test_fold_and_slug(void **state)
{
	size_t i;
	char *out;

	(void)state;
	for (i = 0; i < sizeof(fold_cases) / sizeof(fold_cases[0]); i++) {
		out = NULL;
		assert_int_equal(vnkg_text_fold(&out, fold_cases[i].in), 0);
		if (strcmp(out, fold_cases[i].want) != 0)
			fail_msg("fold(\"%s\") = \"%s\", want \"%s\"", fold_cases[i].in, out, fold_cases[i].want);
		free(out);
	}
	for (i = 0; i < sizeof(slug_cases) / sizeof(slug_cases[0]); i++) {
		out = NULL;
		assert_int_equal(vnkg_text_slug(&out, slug_cases[i].in), 0);
		if (strcmp(out, slug_cases[i].want) != 0)
			fail_msg("slug(\"%s\") = \"%s\", want \"%s\"", slug_cases[i].in, out, slug_cases[i].want);
		free(out);
	}
	out = (char *)1;
	assert_int_equal(vnkg_text_fold(&out, "a\xc3"), VNKG_EINVALID);
	assert_null(out);
}

/* The fold as utf8proc does it on the whole string (what vnkg_text_fold did
 * before its per-code-point table): the table must give the same bytes. */
static int fold_ref_space(int32_t c)
{
	utf8proc_category_t cat;

	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
		return 1;
	cat = utf8proc_category(c);
	return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

static char *fold_ref(const char *s)
{
	utf8proc_uint8_t *m = NULL;
	utf8proc_ssize_t len, i = 0, n;
	size_t o = 0;
	int32_t cp;
	int pending = 0;
	char *b;

	len = utf8proc_map((const utf8proc_uint8_t *)s, 0, &m,
			   UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK |
				   UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
	assert_true(len >= 0);
	b = malloc((size_t)len * 2 + 2);
	assert_non_null(b);
	while (i < len) {
		n = utf8proc_iterate(m + i, len - i, &cp);
		assert_true(n > 0);
		i += n;
		if (fold_ref_space(cp)) {
			pending = o > 0;
			continue;
		}
		if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
			continue;
		if (pending)
			b[o++] = ' ';
		pending = 0;
		if (cp == 0x0111 || cp == 0x00F0) {
			b[o++] = 'd';
		} else {
			memcpy(b + o, m + i - n, (size_t)n);
			o += (size_t)n;
		}
	}
	b[o] = '\0';
	free(m);
	return b;
}

static void check_fold_like_ref(const char *s)
{
	char *out = NULL, *want = fold_ref(s);

	assert_int_equal(vnkg_text_fold(&out, s), 0);
	if (strcmp(out, want) != 0)
		fail_msg("fold(\"%s\") = \"%s\", want \"%s\"", s, out, want);
	free(out);
	free(want);
}

static void test_fold_matches_utf8proc(void **state)
{
	/* every code point before, between and after others (a letter, a
	 * combining mark, a space, đ), and text the table does not cover */
	static const char *const around[] = {"a", "\xcc\x81", " ", "\xc4\x90", "\xe1\xbb\x87"};
	static const int32_t ranges[][2] = {{0x0001, 0x0400}, {0x1E00, 0x1EFF}, {0x2000, 0x20FF}, {0x3000, 0x3010}};
	char s[64], *big;
	size_t r, k, n, i;
	int32_t cp;

	(void)state;
	for (r = 0; r < sizeof(ranges) / sizeof(ranges[0]); r++) {
		for (cp = ranges[r][0]; cp <= ranges[r][1]; cp++) {
			utf8proc_uint8_t enc[5];

			n = (size_t)utf8proc_encode_char(cp, enc);
			enc[n] = 0;
			check_fold_like_ref((const char *)enc);
			for (k = 0; k < sizeof(around) / sizeof(around[0]); k++) {
				snprintf(s, sizeof(s), "%s%s%s", around[k], (const char *)enc, around[k]);
				check_fold_like_ref(s);
			}
		}
	}
	check_fold_like_ref("  Thủ   tướng\tPHẠM  Minh\xc2\xa0" "Chính  ");
	check_fold_like_ref("Hội nghị \xe4\xb8\xad\xe5\x9b\xbd Đảng ủy");
	/* longer than the stack buffer */
	n = 5000;
	big = malloc(n * 4 + 1);
	assert_non_null(big);
	for (i = 0; i + 5 < n * 4; i += 5)
		memcpy(big + i, i % 3 ? "Ồa " : "x  Đ", 5);
	big[i] = '\0';
	check_fold_like_ref(big);
	free(big);
}

static void check_lower_like_utf8proc(const char *s)
{
	utf8proc_uint8_t *want = NULL;
	char *out = vnkg_i_text_lower(s, strlen(s));

	assert_non_null(out);
	assert_true(utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)strlen(s), &want,
				 UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | UTF8PROC_STABLE) >= 0);
	if (strcmp(out, (const char *)want) != 0)
		fail_msg("lower(\"%s\") = \"%s\", want \"%s\"", s, out, (const char *)want);
	free(out);
	free(want);
}

static void test_lower_matches_utf8proc(void **state)
{
	/* every code point before and after others: a letter, combining marks
	 * (which compose with the letter before them), a Vietnamese letter */
	static const char *const around[] = {"A", "\xcc\x81", "\xcc\xa3", "\xe1\xbb\x86", " "};
	static const int32_t ranges[][2] = {{0x0001, 0x0400}, {0x1E00, 0x1EFF}, {0x2000, 0x20FF}, {0x3000, 0x3010}};
	char s[64], *big, *out;
	size_t r, k, n;
	int32_t cp;

	(void)state;
	for (r = 0; r < sizeof(ranges) / sizeof(ranges[0]); r++) {
		for (cp = ranges[r][0]; cp <= ranges[r][1]; cp++) {
			utf8proc_uint8_t enc[5];

			n = (size_t)utf8proc_encode_char(cp, enc);
			enc[n] = 0;
			check_lower_like_utf8proc((const char *)enc);
			for (k = 0; k < sizeof(around) / sizeof(around[0]); k++) {
				snprintf(s, sizeof(s), "%s%s%s", around[k], (const char *)enc, around[k]);
				check_lower_like_utf8proc(s);
			}
		}
	}
	/* only the first `n` bytes, and longer than the stack buffer */
	out = vnkg_i_text_lower("ĐẢNG ỦY", 6);
	assert_string_equal(out, "đản");
	free(out);
	n = 3000;
	big = malloc(n * 3 + 1);
	assert_non_null(big);
	for (k = 0; k < n; k++)
		memcpy(big + 3 * k, "\xe1\xba\xa0", 3); /* Ạ */
	big[3 * n] = '\0';
	check_lower_like_utf8proc(big);
	free(big);
}

static void test_fold_prefix(void **state)
{
	static const char *const lines[] = {"Sáng 3/4, Đảng ủy", "  SÁNG   NAY  (27/5) ", "Chiều", "",
					    "Hội nghị \xe4\xb8\xad Đảng", "Ngày 9-8, Bộ Tư lệnh Quân khu 7 tổ chức"};
	char pre[16], *f;
	size_t i, n;
	int complete;

	(void)state;
	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		assert_int_equal(vnkg_text_fold(&f, lines[i]), 0);
		n = vnkg_i_text_fold_prefix(pre, sizeof(pre), lines[i], &complete);
		assert_int_equal(n, strlen(pre));
		assert_true(n < sizeof(pre));
		if (complete)
			assert_string_equal(pre, f);
		else
			assert_memory_equal(pre, f, n);
		free(f);
	}
	vnkg_i_text_fold_prefix(pre, sizeof(pre), "  SÁNG   NAY  (27/5) ", &complete);
	assert_string_equal(pre, "sang nay (27/5)");
	assert_true(complete);
	vnkg_i_text_fold_prefix(pre, sizeof(pre), "Hội nghị \xe4\xb8\xad Đảng", &complete);
	assert_string_equal(pre, "hoi nghi"); /* stops where the table does */
	assert_false(complete);
}

static void test_width(void **state)
{
	(void)state;
	assert_int_equal(vnkg_text_width(""), 0);
	assert_int_equal(vnkg_text_width("abc"), 3);
	assert_int_equal(vnkg_text_width("Việt Nam"), 8);
	assert_int_equal(vnkg_text_width("e\xcc\x81"), 1);       /* e + combining acute */
	assert_int_equal(vnkg_text_width("\xe4\xb8\xad\xe5\x9b\xbd"), 4); /* two wide CJK */
	assert_int_equal(vnkg_text_width("a\xff" "b"), 3);      /* a bad byte counts one */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_normalize_table),
		cmocka_unit_test(test_normalize_not_nul_terminated),
		cmocka_unit_test(test_normalize_is_idempotent),
		cmocka_unit_test(test_normalize_invalid),
		cmocka_unit_test(test_fold_and_slug),
		cmocka_unit_test(test_fold_matches_utf8proc),
		cmocka_unit_test(test_lower_matches_utf8proc),
		cmocka_unit_test(test_fold_prefix),
		cmocka_unit_test(test_width),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
