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

typedef struct {
	const char *line;
	const char *want;
	int first; /* the first kept line of the text */
} junk_case;

static const junk_case junk_cases[] = {
	/* mastheads before the dateline, with or without spaces and brackets */
	{"BNT-Sáng 6-5, Bộ CHQS tỉnh tổ chức hội nghị.", "Sáng 6-5, Bộ CHQS tỉnh tổ chức hội nghị.", 0},
	{"(ABC)-Sáng 3/4, Sư đoàn 376 họp.", "Sáng 3/4, Sư đoàn 376 họp.", 0},
	{"(QK9 Online) - Chiều 12-4, Lữ đoàn 5 ra quân.", "Chiều 12-4, Lữ đoàn 5 ra quân.", 0},
	{"CAND Online – Sáng 3/3, Công an tỉnh tổng kết.", "Sáng 3/3, Công an tỉnh tổng kết.", 0},
	{"QĐQK8 - Ngày 8 - 1, Bộ Tư lệnh Quân khu 8 tổ chức hội nghị.",
	 "Ngày 8 - 1, Bộ Tư lệnh Quân khu 8 tổ chức hội nghị.", 0},
	/* a list of bodies is not a masthead */
	{"HĐND - UBND huyện tổ chức kỳ họp.", "HĐND - UBND huyện tổ chức kỳ họp.", 0},
	/* a print stamp glued to the lead, a scraper's date prefix */
	{"17/04/2020 - 15:05Sáng 16/4, Hải đội 5 họp.", "Sáng 16/4, Hải đội 5 họp.", 0},
	{"date 2023-11-05 Sáng 5/11, Lữ đoàn 9 diễn tập.", "Sáng 5/11, Lữ đoàn 9 diễn tập.", 0},
	/* photo credits, trailing bars, alt text, image names */
	{"Đại tá Lê An phát biểu chỉ đạo. Ảnh: Minh Khang", "Đại tá Lê An phát biểu chỉ đạo.", 0},
	{"Bà Lò Thị Mai chủ trì hội nghị. (Ảnh: Thu Hằng)", "Bà Lò Thị Mai chủ trì hội nghị.", 0},
	{"Đồng chí Hà Văn Tiến trao quyết định. |", "Đồng chí Hà Văn Tiến trao quyết định.", 0},
	{"Toàn cảnh hội nghị - ảnh 1", "Toàn cảnh hội nghị", 0},
	{"quang-canh.jpg Quang cảnh hội nghị", "Quang cảnh hội nghị", 0},
	/* source suffixes and a byline glued to the last sentence */
	{"Hội nghị kết thúc tốt đẹp ./. (Theo HLO)", "Hội nghị kết thúc tốt đẹp .", 0},
	{"Đại hội bế mạc. (TTXVN/Vietnam+)", "Đại hội bế mạc.", 0},
	{"Sư đoàn khen thưởng 12 tập thể.MINH KHANG", "Sư đoàn khen thưởng 12 tập thể.", 0},
	/* a blog's byline and date inside the lead */
	{"bởi Minh Khang 12 Tháng 3, 2024 Sáng 11/3, Lữ đoàn 5 ra quân.", "Sáng 11/3, Lữ đoàn 5 ra quân.", 0},
	/* content stays */
	{"Hội nghị quán triệt Nghị quyết (khóa XIII).", "Hội nghị quán triệt Nghị quyết (khóa XIII).", 0},
	{"Sáng 3/4, Ban Thường vụ Đảng ủy họp.", "Sáng 3/4, Ban Thường vụ Đảng ủy họp.", 0},
	/* a bare masthead opens the text; in the middle it may be a list */
	{"TP - Lữ đoàn 677 vừa tổng kết năm huấn luyện.", "Lữ đoàn 677 vừa tổng kết năm huấn luyện.", 1},
	{"BĐBP - Công an tỉnh phối hợp tuần tra.", "BĐBP - Công an tỉnh phối hợp tuần tra.", 0},
};

static void test_strip_junk(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(junk_cases) / sizeof(junk_cases[0]); i++) {
		char *line = strdup(junk_cases[i].line);
		assert_non_null(line);
		vnkg_i_text_strip_junk(line, junk_cases[i].first);
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
	/* two syllables glued together, names left alone */
	{"Học việnchủ trì hội nghị", "Học viện chủ trì hội nghị"},
	{"Ban CHQS huyện Đồng Xuyêntổ chức hội thao", "Ban CHQS huyện Đồng Xuyên tổ chức hội thao"},
	{"người nghiêng khuyến khích trường Nguyễn Quốc giường khuya",
	 "người nghiêng khuyến khích trường Nguyễn Quốc giường khuya"},
	{"bà H'Liên Êban, ông Rơ Châm Hyưk, Y Brơng, Siu Thị Blếch", "bà H'Liên Êban, ông Rơ Châm Hyưk, Y Brơng, Siu Thị Blếch"},
	/* a section label glued to a dateline becomes a line of its own */
	{"Thời sựNgày 4-6, Tỉnh ủy tổ chức hội nghị.", "Thời sự\nNgày 4-6, Tỉnh ủy tổ chức hội nghị."},
	/* a headline glued after the end of a lead */
	{"Hội nghị đã thảo luận, thống nhất các giải pháp nâng cao sức mạnh chiến đấu của Sư đoàn 376Trao quyết "
	 "định bổ nhiệm cán bộ",
	 "Hội nghị đã thảo luận, thống nhất các giải pháp nâng cao sức mạnh chiến đấu của Sư đoàn 376\nTrao quyết "
	 "định bổ nhiệm cán bộ"},
	{"Hội nghị đã bầu bổ sung các đồng chí vào Ban Thường vụ Tỉnh đoàn khóa XIII nhiệm kỳ 2012 - 2017Hội "
	 "nghị Ban Chấp hành Tỉnh đoàn lần thứ 5, khóa XIII",
	 "Hội nghị đã bầu bổ sung các đồng chí vào Ban Thường vụ Tỉnh đoàn khóa XIII nhiệm kỳ 2012 - 2017\nHội "
	 "nghị Ban Chấp hành Tỉnh đoàn lần thứ 5, khóa XIII"},
	{"Hội nghị tổng kết năm 2024Hội nghị cũng thảo luận, thống nhất các giải pháp.",
	 "Hội nghị tổng kết năm 2024 Hội nghị cũng thảo luận, thống nhất các giải pháp."},
	/* raw HTML */
	{"</p>", ""},
	{"Hội nghị&nbsp;khai mạc.<br/>", "Hội nghị khai mạc."},
	{"<p>Hội nghị khai mạc.<\\/p>", "Hội nghị khai mạc."},
	{"Điểm thi đạt 8 < 9 và 9 > 8", "Điểm thi đạt 8 < 9 và 9 > 8"},
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

static void test_read_more_under_each_teaser(void **state)
{
	/* "Xem thêm" under each teaser: read-on links, not related news */
	const char *text = "Lữ đoàn 5 ra quân huấn luyện\n"
			   "Sáng 6/1, Lữ đoàn 5 tổ chức lễ ra quân huấn luyện năm 2025. Đại tá Lê An chủ trì…\n"
			   "Xem thêm\n"
			   "Trung đoàn 9 ra nghị quyết\n"
			   "Chiều 20/12, Đảng ủy Trung đoàn 9 họp ra nghị quyết lãnh đạo…\n"
			   "Xem thêm\n";
	/* once after a story: related news, cut */
	const char *story = "Lữ đoàn 5 ra quân huấn luyện\n"
			    "Sáng 6/1, Lữ đoàn 5 tổ chức lễ ra quân huấn luyện năm 2025. Đại tá Lê An chủ trì.\n"
			    "Xem thêm\n"
			    "Trung đoàn 9 ra nghị quyết\n"
			    "Chiều 20/12, Đảng ủy Trung đoàn 9 họp ra nghị quyết lãnh đạo…\n";
	vnkg_article *a = load(text);

	(void)state;
	assert_int_equal(vnkg_article_item_count(a), 2);
	vnkg_article_free(a);
	a = load(story);
	assert_int_equal(vnkg_article_item_count(a), 1);
	assert_int_equal(vnkg_article_sentence_count(a), 3);
	vnkg_article_free(a);
}

static void test_section_label_under_headline(void **state)
{
	/* a section label between each headline and its lead */
	const char *text = "BỘ CHỈ HUY QUÂN SỰ TỈNH\n"
			   "Trang chủ > Tin tức\n"
			   "\n"
			   "Biên phòng tỉnh tổng kết 5 năm thực hiện Nghị quyết 312\n"
			   "Quốc phòng - An ninh\n"
			   "Ngày 16/10, Đảng ủy Bộ đội Biên phòng tỉnh tổ chức hội nghị tổng kết…\n"
			   "\n"
			   "Hội Cựu chiến binh tỉnh đại hội lần thứ V\n"
			   "Đoàn thể\n"
			   "Trong 2 ngày 14 và 15-8, Hội Cựu chiến binh tỉnh tổ chức Đại hội đại biểu lần thứ V…\n";
	vnkg_article *a = load(text);

	(void)state;
	assert_int_equal(vnkg_article_item_count(a), 2);
	assert_string_equal(vnkg_article_sentence(vnkg_article_item(a, 0), 0)->text,
			    "Biên phòng tỉnh tổng kết 5 năm thực hiện Nghị quyết 312");
	assert_string_equal(vnkg_article_sentence(vnkg_article_item(a, 1), 0)->text,
			    "Hội Cựu chiến binh tỉnh đại hội lần thứ V");
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
	/* leads cut with "…", each followed by another lead with its own date */
	const char *text = "Sư đoàn 9 hội thao kỹ thuật năm 2022\n"
			   "Ngày 2-11, Sư đoàn 9 tổ chức khai mạc Hội thao kỹ thuật năm 2022. Đại tá Lê Huy chủ trì…\n"
			   "Chiều 28-10, Bộ Tư lệnh Quân khu 6 tổ chức Lễ công bố Quyết định số 45/QĐ-BQP…\n"
			   "Sáng 20-10, Lữ đoàn 5 tổ chức hội thao…\n";
	/* once only, it may be a story's paragraph ending with "…" */
	const char *once = "Sư đoàn 9 hội thao kỹ thuật năm 2022\n"
			   "Ngày 2-11, Sư đoàn 9 tổ chức khai mạc Hội thao kỹ thuật năm 2022. Đại tá Lê Huy chủ trì…\n"
			   "Chiều 3-11, các đội thi nội dung bảo quản vũ khí.\n";
	vnkg_article *a = load(text);

	(void)state;
	assert_int_equal(vnkg_article_item_count(a), 3);
	assert_int_equal(vnkg_article_sentence_count(vnkg_article_item(a, 1)), 1);
	vnkg_article_free(a);
	a = load(once);
	assert_int_equal(vnkg_article_item_count(a), 1);
	vnkg_article_free(a);
}

static void test_story_with_cut_quote(void **state)
{
	/* a paragraph of one story that ends with "…", a caption, more text */
	const char *text = "Sư đoàn 3 gặp mặt cựu chiến binh\n"
			   "Sáng 19-12, Sư đoàn 3 tổ chức gặp mặt. Các cựu chiến binh nhắc lại lời dặn: đoàn kết, "
			   "kỷ luật, vượt khó…\n"
			   "Đại tá Lê An phát biểu tại buổi gặp mặt\n"
			   "Đại tá Lê An cảm ơn các cựu chiến binh đã về thăm đơn vị.\n";
	vnkg_article *a = load(text);

	(void)state;
	assert_int_equal(vnkg_article_item_count(a), 1);
	vnkg_article_free(a);
}

static void test_days_of_one_event(void **state)
{
	/* paragraphs without final stops, each opening with a day of one event */
	const char *text = "Kỳ họp thứ 9 HĐND tỉnh Bình Nam\n"
			   "Sáng 14/3, HĐND tỉnh Bình Nam khai mạc Kỳ họp thứ 9 khóa XVII với sự tham dự của 52 "
			   "đại biểu, đồng chí Vi Văn Hưng, Chủ tịch HĐND tỉnh chủ trì kỳ họp\n"
			   "Chiều 14/3, các đại biểu thảo luận ở tổ về các báo cáo của UBND tỉnh, các tờ trình và "
			   "dự thảo nghị quyết trình kỳ họp, đồng chí Lạc Thị Hoa điều hành phiên thảo luận\n"
			   "Sáng 15/3, kỳ họp bế mạc sau hai ngày làm việc khẩn trương, đồng chí Vi Văn Hưng phát "
			   "biểu bế mạc kỳ họp và đề nghị các cấp triển khai ngay các nghị quyết vừa thông qua\n";
	vnkg_article *a = load(text);

	(void)state;
	assert_int_equal(vnkg_article_item_count(a), 1);
	vnkg_article_free(a);
}

static void test_report_day_by_day(void **state)
{
	/* an event over three days, a caption without a period between its
	 * paragraphs */
	const char *text = "Sư đoàn 3 hội thao kỹ thuật\n"
			   "Sáng 14/3, Sư đoàn 3 khai mạc hội thao kỹ thuật. Đại tá Lê An chủ trì.\n"
			   "Đại tá Lê An phát biểu khai mạc hội thao\n"
			   "Ngày 15/3, các đội thi bảo quản vũ khí.\n"
			   "Các đội thi bảo quản vũ khí\n"
			   "Chiều 16/3, hội thao bế mạc. Đại tá Lê An trao cờ cho các đội.\n";
	vnkg_article *a = load(text);

	(void)state;
	assert_int_equal(vnkg_article_item_count(a), 1);
	vnkg_article_free(a);
}

static void test_cut_start(void **state)
{
	/* the scrape lost the start of the first word */
	const char *text = "A- A A+\n"
			   "ng chí Đại tá Lê Văn An, Sư đoàn trưởng chủ trì buổi lễ.\n"
			   "ngày 6/1, các đơn vị ra quân huấn luyện.\n";
	vnkg_article *a = load(text);

	(void)state;
	assert_string_equal(vnkg_article_sentence(a, 0)->text,
			    "Đại tá Lê Văn An, Sư đoàn trưởng chủ trì buổi lễ.");
	assert_string_equal(vnkg_article_sentence(a, 1)->text, "ngày 6/1, các đơn vị ra quân huấn luyện.");
	vnkg_article_free(a);
}

static void test_whole_teasers(void **state)
{
	/* teasers printed whole: every lead under its own headline, dated */
	const char *text = "Lữ đoàn 5 ra quân huấn luyện\n"
			   "Sáng 6/1, Lữ đoàn 5 tổ chức lễ ra quân huấn luyện năm 2025.\n"
			   "\n"
			   "Đảng ủy Trung đoàn 9 ra nghị quyết\n"
			   "Chiều 20/12, Đảng ủy Trung đoàn 9 họp ra nghị quyết lãnh đạo.\n"
			   "\n"
			   "Hội thao kỹ thuật Sư đoàn 3\n"
			   "Ngày 12-11, Sư đoàn 3 tổ chức hội thao kỹ thuật.\n";
	/* a story with subheadings: some paragraphs under no heading */
	const char *story = "Sư đoàn 3 tổng kết năm\n"
			    "Sáng 19-12, Sư đoàn 3 tổ chức hội nghị tổng kết.\n"
			    "Kết quả nổi bật\n"
			    "Ngày 12-8, Sư đoàn tổ chức hội thao.\n"
			    "Phát biểu chỉ đạo, Đại tá Lê An biểu dương kết quả.\n"
			    "Nhiệm vụ năm tới\n"
			    "Chiều 19-12, hội nghị bế mạc.\n";
	/* PHENOMENA P04's example: two teasers, no blank line, no cut */
	const char *two = "Hội nghị Ban Thường vụ Đảng ủy Sư đoàn\n"
			  "Sáng 3/4, Ban Thường vụ Đảng ủy Sư đoàn 376 họp. Đại tá Nông Văn Khởi chủ trì hội nghị.\n"
			  "Trao quyết định bổ nhiệm cán bộ\n"
			  "Chiều 28/3, Đảng ủy Lữ đoàn 419 tổ chức lễ trao quyết định. Đại tá Phùng Quốc Hải dự và "
			  "chủ trì.\n";
	vnkg_article *a = load(text);

	(void)state;
	assert_int_equal(vnkg_article_item_count(a), 3);
	vnkg_article_free(a);
	a = load(two);
	assert_int_equal(vnkg_article_item_count(a), 2);
	vnkg_article_free(a);
	a = load(story);
	assert_int_equal(vnkg_article_item_count(a), 1);
	vnkg_article_free(a);
}

static void test_summary_printed_twice(void **state)
{
	/* the lead as a cut summary above the story counts once */
	const char *text = "Sư đoàn 9 tổng kết năm 2024\n"
			   "Sáng 19-12, Sư đoàn 9 tổ chức hội nghị tổng kết công tác quân sự, quốc phòng…\n"
			   "Sáng 19-12, Sư đoàn 9 tổ chức hội nghị tổng kết công tác quân sự, quốc phòng năm "
			   "2024. Đại tá Lê Vinh chủ trì hội nghị.\n";
	vnkg_article *a = load(text);

	(void)state;
	assert_int_equal(vnkg_article_item_count(a), 1);
	assert_int_equal(vnkg_article_sentence_count(a), 3);
	assert_int_equal(vnkg_article_sentence(a, 1)->line, 3);
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
		cmocka_unit_test(test_section_label_under_headline),
		cmocka_unit_test(test_read_more_under_each_teaser),
		cmocka_unit_test(test_teasers_without_headlines),
		cmocka_unit_test(test_summary_printed_twice),
		cmocka_unit_test(test_whole_teasers),
		cmocka_unit_test(test_story_with_cut_quote),
		cmocka_unit_test(test_cut_start),
		cmocka_unit_test(test_days_of_one_event),
		cmocka_unit_test(test_report_day_by_day),
	};
	int rc;

	if (vnkg_global_init() < 0)
		return 1;
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	vnkg_global_shutdown();
	return rc;
}
