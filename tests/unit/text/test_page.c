/* Page structure: the items of a list page, junk inside lines, glued words. */

#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "text/text_private.h"
#include "vnkg/common.h"
#include "vnkg/text.h"

/* --- junk inside a line ------------------------------------------------ */

typedef struct {
	const char *line;
	const char *want;
} line_case;

static const line_case junk_cases[] = {
	/* mastheads before the dateline, with or without spaces and brackets */
	{"BNT-Sáng 6-5, Bộ CHQS tỉnh tổ chức hội nghị.", "Sáng 6-5, Bộ CHQS tỉnh tổ chức hội nghị."},
	{"(ABC)-Sáng 3/4, Sư đoàn 376 họp.", "Sáng 3/4, Sư đoàn 376 họp."},
	{"(QK9 Online) - Chiều 12-4, Lữ đoàn 5 ra quân.", "Chiều 12-4, Lữ đoàn 5 ra quân."},
	{"CAND Online – Sáng 3/3, Công an tỉnh tổng kết.", "Sáng 3/3, Công an tỉnh tổng kết."},
	{"QĐQK8 - Ngày 8 - 1, Bộ Tư lệnh Quân khu 8 tổ chức hội nghị.",
	 "Ngày 8 - 1, Bộ Tư lệnh Quân khu 8 tổ chức hội nghị."},
	/* a list of bodies is not a masthead */
	{"HĐND - UBND huyện tổ chức kỳ họp.", "HĐND - UBND huyện tổ chức kỳ họp."},
	/* a print stamp glued to the lead, a scraper's date prefix */
	{"17/04/2020 - 15:05Sáng 16/4, Hải đội 5 họp.", "Sáng 16/4, Hải đội 5 họp."},
	{"date 2023-11-05 Sáng 5/11, Lữ đoàn 9 diễn tập.", "Sáng 5/11, Lữ đoàn 9 diễn tập."},
	/* photo credits, trailing bars, alt text, image names */
	{"Đại tá Lê An phát biểu chỉ đạo. Ảnh: Minh Khang", "Đại tá Lê An phát biểu chỉ đạo."},
	{"Bà Lò Thị Mai chủ trì hội nghị. (Ảnh: Thu Hằng)", "Bà Lò Thị Mai chủ trì hội nghị."},
	{"Đồng chí Hà Văn Tiến trao quyết định. |", "Đồng chí Hà Văn Tiến trao quyết định."},
	{"Toàn cảnh hội nghị - ảnh 1", "Toàn cảnh hội nghị"},
	{"quang-canh.jpg Quang cảnh hội nghị", "Quang cảnh hội nghị"},
	/* content stays */
	{"Sáng 3/4, Ban Thường vụ Đảng ủy họp.", "Sáng 3/4, Ban Thường vụ Đảng ủy họp."},
};

static void test_strip_junk(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(junk_cases) / sizeof(junk_cases[0]); i++) {
		char *line = strdup(junk_cases[i].line);
		assert_non_null(line);
		vnkg_i_text_strip_junk(line);
		if (strcmp(line, junk_cases[i].want) != 0)
			print_error("strip_junk(\"%s\") = \"%s\", want \"%s\"\n", junk_cases[i].line, line,
				    junk_cases[i].want);
		assert_string_equal(line, junk_cases[i].want);
		free(line);
	}
}

static const line_case repair_cases[] = {
	/* glued words get their space back */
	{"Học việnChủ trì hội nghị", "Học viện Chủ trì hội nghị"},
	{"2 giờ trướcBài gốc", "2 giờ trước Bài gốc"},
	{"củng cố tổ chức Đảng.Sau đó hội nghị bế mạc.", "củng cố tổ chức Đảng. Sau đó hội nghị bế mạc."},
	/* a section label glued to a dateline becomes a line of its own */
	{"Thời sựNgày 4-6, Tỉnh ủy tổ chức hội nghị.", "Thời sự\nNgày 4-6, Tỉnh ủy tổ chức hội nghị."},
	/* a headline glued after the end of a lead */
	{"Hội nghị đã thảo luận, thống nhất các giải pháp nâng cao sức mạnh chiến đấu của Sư đoàn 376Trao quyết "
	 "định bổ nhiệm cán bộ",
	 "Hội nghị đã thảo luận, thống nhất các giải pháp nâng cao sức mạnh chiến đấu của Sư đoàn 376\nTrao quyết "
	 "định bổ nhiệm cán bộ"},
	/* raw HTML */
	{"</p>", ""},
	{"Hội nghị&nbsp;khai mạc.<br/>", "Hội nghị khai mạc."},
	/* not glue: abbreviations, codes, names */
	{"ThS. Lê Hòa, PGS.TS Trần An và TTXVN/VNA", "ThS. Lê Hòa, PGS.TS Trần An và TTXVN/VNA"},
	{"tại TP.Hải Khê và Tp.Hồ Chí Minh", "tại TP.Hải Khê và Tp.Hồ Chí Minh"},
	{"Quyết định số 4512/QĐ-BQP và 15/HD-ĐUCA-X11", "Quyết định số 4512/QĐ-BQP và 15/HD-ĐUCA-X11"},
	{"Đồng chí McKay và Khamlieng Vongsavath", "Đồng chí McKay và Khamlieng Vongsavath"},
};

static void test_repair_line(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(repair_cases) / sizeof(repair_cases[0]); i++) {
		char *out = NULL;
		assert_int_equal(vnkg_i_text_repair_line(&out, repair_cases[i].line), 0);
		if (strcmp(out, repair_cases[i].want) != 0)
			print_error("repair(\"%s\") = \"%s\", want \"%s\"\n", repair_cases[i].line, out,
				    repair_cases[i].want);
		assert_string_equal(out, repair_cases[i].want);
		free(out);
	}
}

static void test_stamp_lines(void **state)
{
	(void)state;
	assert_true(vnkg_i_text_is_stamp_line("Đăng lúc 07:15 ngày 09/06/2031"));
	assert_true(vnkg_i_text_is_stamp_line("18/03/2015 17:45"));
	assert_true(vnkg_i_text_is_stamp_line("(23/07/2012)"));
	assert_true(vnkg_i_text_is_stamp_line(" date 2022-11"));
	assert_true(vnkg_i_text_is_stamp_line("Cập nhật lúc: 10:22 |06/06/2023"));
	assert_true(vnkg_i_text_is_stamp_line("25/12/2021 - 07:40"));
	assert_false(vnkg_i_text_is_stamp_line("Sáng 3/4, Sư đoàn họp."));
	assert_true(vnkg_i_text_is_more_link("Xem tiếp"));
	assert_true(vnkg_i_text_is_more_link("Đọc tiếp »"));
	assert_false(vnkg_i_text_is_more_link("Xem tiếp nội dung hội nghị"));
	assert_true(vnkg_i_text_opens_dateline("Chiều 25.7, Thường trực Tỉnh ủy tổ chức gặp mặt."));
	assert_true(vnkg_i_text_opens_dateline("Trong 2 ngày 14 và 15-8, Hội CCB tổ chức đại hội."));
	assert_true(vnkg_i_text_opens_dateline("Sáng nay (27/5), Đại hội bế mạc."));
	assert_false(vnkg_i_text_opens_dateline("Ngày truyền thống của đơn vị được tổ chức trọng thể."));
}

/* --- items of a page ------------------------------------------------------ */

static vnkg_article *load(const char *text)
{
	vnkg_article *a = NULL;

	assert_int_equal(vnkg_article_from_buffer(&a, "page", text, strlen(text), NULL), 0);
	return a;
}

static void test_list_page(void **state)
{
	const char *text = "BÁO BÌNH NAM ĐIỆN TỬ\n"
			   "Kết quả tìm kiếm cho từ khóa: Tỉnh ủy\n"
			   "\n"
			   "Tỉnh ủy Bình Nam họp phiên thường kỳ\n"
			   "18/03/2015 17:45\n"
			   "Chiều 18/3, Ban Thường vụ Tỉnh ủy Bình Nam họp. Đồng chí Vi Văn Hưng chủ trì…\n"
			   "Xem tiếp\n"
			   "\n"
			   "\n"
			   "\n"
			   "Gặp mặt người có công\n"
			   "Chiều 25.7, Thường trực Tỉnh ủy tổ chức gặp mặt 120 người có công với cách mạng tiêu "
			   "biểu. Đồng chí Lạc Thị Hoa chủ trì buổi gặp mặt. Cùng dự có đồng chí Mạc Văn Tú, Phó "
			   "trưởng Ban Tuyên\n"
			   "1 2 3 Sau ›\n";
	vnkg_article *a = load(text);
	const vnkg_article *it;

	(void)state;
	assert_int_equal(vnkg_article_item_count(a), 2);
	it = vnkg_article_item(a, 0);
	assert_string_equal(vnkg_article_id(it), "page");
	assert_int_equal(vnkg_article_sentence_count(it), 3);
	assert_string_equal(vnkg_article_sentence(it, 0)->text, "Tỉnh ủy Bình Nam họp phiên thường kỳ");
	assert_int_equal(vnkg_article_sentence(it, 0)->line, 4);
	/* the item's own print date and the page's masthead are in its header */
	assert_non_null(strstr(vnkg_article_header(it), "18/03/2015 17:45"));
	assert_non_null(strstr(vnkg_article_header(it), "BÁO BÌNH NAM ĐIỆN TỬ"));
	it = vnkg_article_item(a, 1);
	assert_int_equal(vnkg_article_sentence(it, 0)->line, 11);
	assert_null(strstr(vnkg_article_header(it), "18/03/2015"));
	assert_non_null(strstr(vnkg_article_header(it), "BÁO BÌNH NAM ĐIỆN TỬ"));
	/* the last sentence, cut inside a name, goes back to its last full item */
	assert_string_equal(vnkg_article_sentence(it, 3)->text, "Cùng dự có đồng chí Mạc Văn Tú");
	assert_null(vnkg_article_item(a, 2));
	vnkg_article_free(a);
}

static void test_one_story_stays_one(void **state)
{
	/* a subheading between two full-stopped paragraphs, a caption without a
	 * period, a second dated paragraph: one story */
	const char *text = "Bộ CHQS tỉnh tổng kết năm 2025\n"
			   "\n"
			   "Sáng 19-12, Bộ CHQS tỉnh tổ chức hội nghị tổng kết. Đại tá Lê Vinh chủ trì hội nghị.\n"
			   "\n"
			   "Hoàn thành toàn diện các nhiệm vụ\n"
			   "\n"
			   "Ngày 12-8, Bộ CHQS tỉnh tổ chức hội thao quốc phòng.\n"
			   "Toàn cảnh hội nghị\n"
			   "Chiều 19-12, Đại tá Lê Vinh trao Bằng khen cho 12 tập thể.\n";
	vnkg_article *a = load(text);
	const vnkg_article *it;

	(void)state;
	assert_int_equal(vnkg_article_item_count(a), 1);
	it = vnkg_article_item(a, 0);
	assert_ptr_equal(it, a);
	assert_int_equal(vnkg_article_sentence_count(it), 7);
	vnkg_article_free(a);
}

static void test_teasers_without_headlines(void **state)
{
	/* a lead cut with "…", then another lead with its own date: two items */
	const char *text = "Sư đoàn 9 hội thao kỹ thuật năm 2022\n"
			   "Ngày 2-11, Sư đoàn 9 tổ chức khai mạc Hội thao kỹ thuật năm 2022. Đại tá Lê Huy chủ trì…\n"
			   "Chiều 28-10, Bộ Tư lệnh Quân khu 6 tổ chức Lễ công bố Quyết định số 45/QĐ-BQP…\n";
	vnkg_article *a = load(text);

	(void)state;
	assert_int_equal(vnkg_article_item_count(a), 2);
	assert_int_equal(vnkg_article_sentence_count(vnkg_article_item(a, 1)), 1);
	vnkg_article_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_strip_junk),
		cmocka_unit_test(test_repair_line),
		cmocka_unit_test(test_stamp_lines),
		cmocka_unit_test(test_list_page),
		cmocka_unit_test(test_one_story_stays_one),
		cmocka_unit_test(test_teasers_without_headlines),
	};
	int rc;

	if (vnkg_global_init() < 0)
		return 1;
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	vnkg_global_shutdown();
	return rc;
}
