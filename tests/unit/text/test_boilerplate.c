/* Web boilerplate removal: each rule on its own, then whole articles. */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/text_private.h"
#include "vnkg/common.h"
#include "vnkg/text.h"

#define FIXTURES VNKG_TEST_FIXTURES "/text"

/* --- single lines ---------------------------------------------------- */

typedef struct {
	const char *line;
	vnkg_i_line_kind kind;
} line_case;

static const line_case line_cases[] = {
	/* phone numbers */
	{"0985.456.616", VNKG_I_LINE_DROP},
	{"0214.3840.226", VNKG_I_LINE_DROP},
	{"Hotline: (024) 3733 4567", VNKG_I_LINE_DROP},
	{"Điện thoại: 0985.456.616", VNKG_I_LINE_DROP},
	/* print dates of page furniture */
	{"Thứ 3, 18/12/2018", VNKG_I_LINE_DROP},
	{"Thứ Hai, 12/06/2023 08:15 (GMT+7)", VNKG_I_LINE_DROP},
	{"Thứ Sáu, 14/10/2023", VNKG_I_LINE_DROP},
	{"Chủ nhật, 05-11-2023 - 20:14", VNKG_I_LINE_DROP},
	{"Cập nhật: 08:15 12/06/2023", VNKG_I_LINE_DROP},
	{"18/12/2018", VNKG_I_LINE_DROP},
	/* a label between the parts of the date line */
	{"Cập nhật ngày: 29/12/2012 08:15:32", VNKG_I_LINE_DROP},
	{"Đăng lúc 07:15 ngày 09/06/2031", VNKG_I_LINE_DROP},
	{"Cập nhật lúc: 10:22 |06/06/2023", VNKG_I_LINE_DROP},
	/* navigation and breadcrumbs */
	{"Trang chủ | Giới thiệu | Tin tức - Sự kiện | Liên hệ", VNKG_I_LINE_DROP},
	{"Home Tin tức - Sư kiện Sư đoàn 395 tổng kết công tác huấn luyện", VNKG_I_LINE_DROP},
	{"Trang chủ » Tin tức - Sự kiện » Quốc phòng toàn dân", VNKG_I_LINE_DROP},
	{"Đăng nhập | Tìm kiếm", VNKG_I_LINE_DROP},
	{"Quốc phòng › Xây dựng quân đội › Huấn luyện", VNKG_I_LINE_DROP},
	/* buttons, counters, promotions, sources */
	{"Chia sẻ", VNKG_I_LINE_DROP},
	{"In bài", VNKG_I_LINE_DROP},
	{"Lượt xem: 1.204", VNKG_I_LINE_DROP},
	{"Chia sẻ | In bài | Lượt xem: 87", VNKG_I_LINE_DROP},
	{"Cập nhật tin tức công nghệ mới nhất tại fanpage Công nghệ & Cuộc sống", VNKG_I_LINE_DROP},
	{"Nguồn tin:", VNKG_I_LINE_DROP},
	{"Nguồn: Báo Quân khu 9", VNKG_I_LINE_DROP},
	/* bylines */
	{"Tin, ảnh: NGUYÊN KHÔI - MINH TUẤN", VNKG_I_LINE_DROP},
	{"Bài, ảnh: THANH HÀ", VNKG_I_LINE_DROP},
	{"Tin và ảnh: ĐỨC ANH", VNKG_I_LINE_DROP},
	{"Ảnh: VĂN CHIẾN", VNKG_I_LINE_DROP},
	/* widgets: font size, a player, its English fallback, a source path */
	{"A- A A+", VNKG_I_LINE_DROP},
	{"0:00 / 0:00", VNKG_I_LINE_DROP},
	{"Your browser does not support the audio element.", VNKG_I_LINE_DROP},
	{"source /tin-tuc/chinh-tri/hoi-nghi-20230605.html", VNKG_I_LINE_DROP},
	{"Tin tức › Quốc phòng - An ninh", VNKG_I_LINE_DROP},
	{"tags: quan khu 8, hai quan, khai giang", VNKG_I_LINE_DROP},
	/* list pages: pagers, search counters, read-on links */
	{"« Trước 1 2 3 4 5 … 13 Tiếp »", VNKG_I_LINE_DROP},
	{"1 2 3 Sau ›", VNKG_I_LINE_DROP},
	{"Tìm thấy 1.284 kết quả", VNKG_I_LINE_DROP},
	{"Xem tiếp", VNKG_I_LINE_DROP},
	{"- ảnh 1", VNKG_I_LINE_DROP},
	{"Đăng lúc 07:15 ngày 09/06/2031", VNKG_I_LINE_DROP},
	{"Cập nhật lúc: 11:45 |27/05/2010", VNKG_I_LINE_DROP},
	{"(23/07/2012)", VNKG_I_LINE_DROP},
	{"09 giờ:15 phút Thứ sáu, ngày 12 tháng 06 , 2018", VNKG_I_LINE_DROP},
	{"2 giờ trước", VNKG_I_LINE_DROP},
	{"Mar072018", VNKG_I_LINE_DROP},
	{"2 tháng 2 tuần trước", VNKG_I_LINE_DROP},
	{"Ngày 12 tháng 6 năm 2018", VNKG_I_LINE_DROP},
	{"Sáng 12 tháng 6 năm 2018, Sư đoàn 9 diễn tập.", VNKG_I_LINE_KEEP},
	/* section labels and site names */
	{"Quốc phòng - An ninh", VNKG_I_LINE_DROP},
	{"Đoàn thể", VNKG_I_LINE_DROP},
	{"Báo Bình Lương điện tử", VNKG_I_LINE_DROP},
	{"BÁO HÒA LÂM ĐIỆN TỬ", VNKG_I_LINE_DROP},
	{"Cổng thông tin điện tử Công an tỉnh Kon Rạng", VNKG_I_LINE_DROP},
	{"Báo chí cách mạng góp phần xây dựng Đảng vững mạnh", VNKG_I_LINE_KEEP},
	/* bulleted links to other articles, with their dates */
	{"- Sư đoàn 359 tổng kết công tác đảng, công tác chính trị năm 2008 (05/01)", VNKG_I_LINE_DROP},
	{"• Thượng tướng Ngô Quý Lân chủ trì Hội nghị Thường vụ (06/01/2009)", VNKG_I_LINE_DROP},
	{"- Đại hội thông qua Nghị quyết (khóa XIII)", VNKG_I_LINE_KEEP},
	/* content that looks close */
	{"UBND tỉnh Bình Nam", VNKG_I_LINE_KEEP},
	{"Tìm thấy nhiều cách làm hay trong công tác dân vận", VNKG_I_LINE_KEEP},
	/* lines without a letter or a digit */
	{"* * *", VNKG_I_LINE_DROP},
	/* comment forms: the rest of the page goes */
	{"Bình luận", VNKG_I_LINE_CUT},
	{"Bình luận (0)", VNKG_I_LINE_CUT},
	{"Gửi bình luận", VNKG_I_LINE_CUT},
	{"Tham gia bình luận", VNKG_I_LINE_CUT},
	{"Họ và tên:*", VNKG_I_LINE_CUT},
	{"Họ tên", VNKG_I_LINE_CUT},
	{"Email:*", VNKG_I_LINE_CUT},
	{"Điện thoại:*", VNKG_I_LINE_CUT},
	{"Đơn vị:", VNKG_I_LINE_CUT},
	{"Nội dung:", VNKG_I_LINE_CUT},
	/* related news: the rest of the page goes */
	{"Tin liên quan:", VNKG_I_LINE_CUT},
	{"Tin cùng chuyên mục", VNKG_I_LINE_CUT},
	{"Bài viết liên quan", VNKG_I_LINE_CUT},
	{"Xem thêm: Sư đoàn 395 kiểm tra sẵn sàng chiến đấu", VNKG_I_LINE_CUT},
	/* content that looks a little like furniture */
	{"Xem thêm các quy định của Bộ Quốc phòng về công tác này.", VNKG_I_LINE_KEEP},
	{"Nội dung hội nghị tập trung vào ba vấn đề lớn.", VNKG_I_LINE_KEEP},
	{"Ngày 18-11, tại Hà Nội, Bộ Tư lệnh tổ chức hội nghị.", VNKG_I_LINE_KEEP},
	{"Chiều 24/12, Tổng cục tổ chức hội nghị tổng kết.", VNKG_I_LINE_KEEP},
	{"Lúc 08:15 ngày 12/3/2031, Lữ đoàn 677 tổ chức hội thao.", VNKG_I_LINE_KEEP},
	{"Thứ trưởng Bộ Quốc phòng dự hội nghị.", VNKG_I_LINE_KEEP},
	{"Điện thoại di động của chiến sĩ được quản lý chặt chẽ.", VNKG_I_LINE_KEEP},
	{"Đơn vị đã hoàn thành 100% chỉ tiêu.", VNKG_I_LINE_KEEP},
	{"Bình luận viên quân sự nhận định tình hình.", VNKG_I_LINE_KEEP},
	{"Tổng cục Công nghiệp quốc phòng triển khai nhiệm vụ năm 2024 | Báo Công Thương", VNKG_I_LINE_KEEP},
	{"Quang cảnh hội nghị.", VNKG_I_LINE_KEEP},
	{"Toàn cảnh hội nghị", VNKG_I_LINE_KEEP},
	{"2020-2025", VNKG_I_LINE_KEEP},
	{"Ảnh hưởng của bão số 3 được khắc phục kịp thời, các đơn vị đã chủ động ứng phó từ sớm.",
	 VNKG_I_LINE_KEEP},
};

static void test_classify_lines(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(line_cases) / sizeof(line_cases[0]); i++) {
		vnkg_i_line_kind kind;

		assert_int_equal(vnkg_i_text_classify_line(&kind, line_cases[i].line), 0);
		if (kind != line_cases[i].kind)
			fail_msg("\"%s\": kind %d, want %d", line_cases[i].line, (int)kind, (int)line_cases[i].kind);
	}
}

static void test_garbage_tokens(void **state)
{
	static const char *const garbage[] = {"74nn22t12", "cctvnnnbnnvakknfjcn11", "cctvnnnbnnvakknfjcn1",
					      "xkcd12ab7", "3ba87fbc913afa73", "qwrtzpmnbvcxk12",
					      "bcdfghjklmnp", "cctvnnnbnnvakknfjcn", NULL};
	static const char *const words[] = {"QK7", "covid19", "abc123", "20h30", "10h15p", "2020", "CNQP",
					    "internationalization", "nguyen", "TCCNQP", "online", "x86", NULL};
	size_t i;

	(void)state;
	for (i = 0; garbage[i]; i++)
		if (!vnkg_i_text_is_garbage_token(garbage[i], strlen(garbage[i])))
			fail_msg("\"%s\" should be garbage", garbage[i]);
	for (i = 0; words[i]; i++)
		if (vnkg_i_text_is_garbage_token(words[i], strlen(words[i])))
			fail_msg("\"%s\" should not be garbage", words[i]);
}

static void test_strip_garbage(void **state)
{
	static const char *const cases[][2] = {
		{"dự và chỉ đạo.cctvnnnbnnvakknfjcn11", "dự và chỉ đạo."},
		{"74nn22t12", ""},
		{"cctvnnnbnnvakknfjcn1", ""},
		{"Hội nghị xkcd12ab7 kết thúc", "Hội nghị kết thúc"},
		{"Chỉ thị 2889-CT/ĐU của QK7 Online", "Chỉ thị 2889-CT/ĐU của QK7 Online"},
		{"Nghị quyết số 08-NQ/TW, Kế hoạch 1180-KH/ĐU nhiệm kỳ 2020-2025",
		 "Nghị quyết số 08-NQ/TW, Kế hoạch 1180-KH/ĐU nhiệm kỳ 2020-2025"},
		{"lúc 20h30 ngày 5/6 vì covid19", "lúc 20h30 ngày 5/6 vì covid19"},
		{"(xkcd12ab7) đầu", "() đầu"},
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char buf[256];

		snprintf(buf, sizeof(buf), "%s", cases[i][0]);
		vnkg_i_text_strip_garbage(buf);
		if (strcmp(buf, cases[i][1]) != 0)
			fail_msg("strip(\"%s\") = \"%s\", want \"%s\"", cases[i][0], buf, cases[i][1]);
	}
}

static void test_signatures(void **state)
{
	static const char *const yes[] = {"Nguyễn Hoàng", "Đức Lâm", "Thanh Sang, Đức Việt", "Hải Minh",
					  "Minh Đức", "QĐND", "TTXVN", "VOV", "(Theo QĐND)", "Theo TTXVN/VNA",
					  "NGUYÊN KHÔI - MINH TUẤN", "Nguyễn Văn T.", "Hoàng Long và Thu Hà",
					  "Q.Hưng", "T.K.V", "H.Lâm - Đức Anh", NULL};
	static const char *const no[] = {"Toàn cảnh hội nghị", "Quang cảnh hội nghị.", "Trung tướng Nguyễn Mạnh Hùng",
					 "Quân khu 7", "Nguyễn Văn An phát biểu.", "Một Hai Ba Bốn Năm",
					 "Hà Nội, ngày 5/6/2024", "", NULL};
	size_t i;

	(void)state;
	for (i = 0; yes[i]; i++)
		if (!vnkg_i_text_is_signature(yes[i]))
			fail_msg("\"%s\" should be a signature", yes[i]);
	for (i = 0; no[i]; i++)
		if (vnkg_i_text_is_signature(no[i]))
			fail_msg("\"%s\" should not be a signature", no[i]);
}

/* --- rules on small articles ------------------------------------------ */

#define BODY1 "Sáng 5/6, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị sơ kết công tác quốc phòng địa phương."
#define BODY2 "Đại tá Lê Văn Hòa, Chỉ huy trưởng, chủ trì hội nghị và phát biểu kết luận."

typedef struct {
	const char *name;
	const char *text;
	const char *absent[4];
	const char *present[3];
} article_case;

static const article_case article_cases[] = {
	{"phone line", "0985.456.616\n" BODY1 "\n0214.3840.226\n" BODY2 "\n", {"0985", "0214"}, {BODY1, BODY2}},
	{"print date", "Thứ 3, 18/12/2018\n" BODY1 "\nThứ Hai, 12/06/2023 08:15 (GMT+7)\n" BODY2,
	 {"18/12/2018", "GMT"}, {BODY1, BODY2}},
	{"breadcrumb", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Liên hệ\nĐăng nhập | Tìm kiếm\n" BODY1 "\n" BODY2,
	 {"Trang chủ", "Đăng nhập"}, {BODY1, BODY2}},
	{"garbage tokens", "74nn22t12\n" BODY1 "cctvnnnbnnvakknfjcn11\n\n cctvnnnbnnvakknfjcn1\n" BODY2,
	 {"74nn", "cctvn"}, {BODY1, BODY2}},
	{"comment form", BODY1 "\nBình luận\n\nHọ và tên:*\nĐơn vị:\nĐiện thoại:*\nEmail:*\nNội dung:\n" BODY2,
	 {"Bình luận", "Họ và tên", "Nội dung", BODY2}, {BODY1}},
	{"comment form without its title", BODY1 "\nHọ tên\nEmail:*\n" BODY2, {"Họ tên", BODY2}, {BODY1}},
	{"related news", BODY1 "\nTin liên quan:\nSư đoàn 395 tổ chức hội thao quân sự\n" BODY2,
	 {"Tin liên quan", "hội thao", BODY2}, {BODY1}},
	{"same-section list", BODY1 "\nTin cùng chuyên mục\nTỉnh đội tổ chức diễn tập\n", {"chuyên mục", "diễn tập"},
	 {BODY1}},
	{"read more", BODY1 "\nXem thêm: Tỉnh đội tổ chức diễn tập\n", {"Xem thêm", "diễn tập"}, {BODY1}},
	{"promotion and source", BODY1 "\nCập nhật tin tức quân sự mới nhất tại fanpage Quân đội & Đời sống\nNguồn tin:\n" BODY2,
	 {"fanpage", "Nguồn tin"}, {BODY1, BODY2}},
	{"share bar", BODY1 "\nChia sẻ\nIn bài\nLượt xem: 1.204\n" BODY2, {"Chia sẻ", "In bài", "Lượt xem"},
	 {BODY1, BODY2}},
	{"byline", BODY1 "\n" BODY2 "\nTin, ảnh: NGUYÊN KHÔI - MINH TUẤN\n", {"Tin, ảnh", "NGUYÊN"}, {BODY1, BODY2}},
	{"photo credit", BODY1 "\nẢnh: VĂN CHIẾN\n" BODY2, {"VĂN CHIẾN"}, {BODY1, BODY2}},
	{"closing name", BODY1 "\n" BODY2 "\nNguyễn Hoàng\n", {"Nguyễn Hoàng"}, {BODY1, BODY2}},
	{"closing names", BODY1 "\n" BODY2 "\n          Thanh Sang, Đức Việt\n", {"Thanh Sang"}, {BODY1, BODY2}},
	{"closing source", BODY1 "\n" BODY2 "\n\nQĐND\n", {"QĐND"}, {BODY1, BODY2}},
	{"name then source", BODY1 "\n" BODY2 "\nHải Minh\n(Theo TTXVN)\n", {"Hải Minh", "TTXVN"}, {BODY1, BODY2}},
	{"name in the middle stays", BODY1 "\nHải Minh\n" BODY2, {NULL}, {BODY1, "Hải Minh", BODY2}},
	{"caption at the end stays", BODY1 "\n" BODY2 "\nToàn cảnh hội nghị\n", {NULL},
	 {BODY1, BODY2, "Toàn cảnh hội nghị"}},
	{"headline repeated", "Tỉnh đội sơ kết công tác quốc phòng\nTỉnh đội sơ kết công tác quốc phòng\n" BODY1,
	 {NULL}, {"Tỉnh đội sơ kết công tác quốc phòng\n" BODY1}},
	{"caption repeated", BODY1 "\nQuang cảnh hội nghị.\n" BODY2 "\nQuang cảnh hội nghị.\n", {NULL},
	 {BODY1 "\nQuang cảnh hội nghị.\n" BODY2}},
	{"a menu label before the content does not swallow it", "Bình luận\nTin mới\n" BODY1 "\n" BODY2, {"Tin mới"},
	 {BODY1, BODY2}},
	{"teaser at the top is content",
	 "Bộ trưởng làm việc với Tổng cục Công nghiệp quốc phòng Đẩy mạnh phát triển công nghiệp quốc phòng\n" BODY1,
	 {NULL}, {"Bộ trưởng làm việc với Tổng cục", BODY1}},
};

static void test_article_rules(void **state)
{
	size_t i, j;

	(void)state;
	for (i = 0; i < sizeof(article_cases) / sizeof(article_cases[0]); i++) {
		const article_case *c = &article_cases[i];
		vnkg_article *a = NULL;
		const char *text;

		if (vnkg_article_from_buffer(&a, "case", c->text, strlen(c->text), c->name) != 0)
			fail_msg("%s: %s", c->name, vnkg_error_last());
		text = vnkg_article_text(a);
		for (j = 0; j < 4 && c->absent[j]; j++)
			if (strstr(text, c->absent[j]))
				fail_msg("%s: \"%s\" should be gone from:\n%s", c->name, c->absent[j], text);
		for (j = 0; j < 3 && c->present[j]; j++)
			if (!strstr(text, c->present[j]))
				fail_msg("%s: \"%s\" should be in:\n%s", c->name, c->present[j], text);
		vnkg_article_free(a);
	}
}

/* --- whole fixture articles ------------------------------------------ */

typedef struct {
	const char *text;
	size_t line;
	size_t para;
	int first_in_para;
	size_t para_sentences;
} want_sentence;

static void expect_sentences(const vnkg_article *a, const want_sentence *want, size_t n)
{
	size_t i;

	for (i = 0; i < vnkg_article_sentence_count(a) && i < n; i++) {
		const vnkg_sentence *s = vnkg_article_sentence(a, i);

		if (strcmp(s->text, want[i].text) != 0)
			fail_msg("sentence %zu is \"%s\", want \"%s\"", i, s->text, want[i].text);
		assert_int_equal(s->line, want[i].line);
		assert_int_equal(s->para, want[i].para);
		assert_int_equal(s->first_in_para, want[i].first_in_para);
		assert_int_equal(s->para_sentences, want[i].para_sentences);
	}
	assert_int_equal(vnkg_article_sentence_count(a), n);
	assert_null(vnkg_article_sentence(a, n));
}

static void test_fixture_furniture(void **state)
{
	static const want_sentence want[] = {
		{"Sư đoàn 395 tổng kết công tác huấn luyện năm 2022", 11, 0, 1, 1},
		{"Sáng 14/3, tại TP. Cần Thơ, Đảng ủy Sư đoàn 395 tổ chức hội nghị tổng kết công tác "
		 "huấn luyện năm 2022, triển khai nhiệm vụ năm 2023.",
		 15, 1, 1, 2},
		{"Đại tá Phạm Văn Khoa, Bí thư Đảng ủy, Chính ủy Sư đoàn chủ trì hội nghị.", 15, 1, 0, 2},
		{"Đại tá Phạm Văn Khoa phát biểu tại hội nghị.", 17, 2, 1, 1},
		{"Năm qua, Sư đoàn đã quán triệt Nghị quyết số 1657-NQ/QUTW và Chỉ thị số 45-CT/ĐU ngày 10/9/2022, "
		 "hoàn thành 98,6% chỉ tiêu huấn luyện với kinh phí 9.500 triệu đồng.",
		 19, 3, 1, 2},
		{"Các đơn vị đóng quân tại TP.HCM phối hợp chặt chẽ… và đạt kết quả tốt.", 19, 3, 0, 2},
		{"Dịp này, Sư đoàn khen thưởng 12 tập thể, 25 cá nhân có thành tích xuất sắc.", 23, 4, 1, 1},
		{"Toàn cảnh hội nghị", 25, 5, 1, 1},
	};
	vnkg_article *a = NULL;
	const char *header;

	(void)state;
	assert_int_equal(vnkg_article_load(&a, FIXTURES "/furniture.txt"), 0);
	assert_string_equal(vnkg_article_id(a), "furniture");
	expect_sentences(a, want, sizeof(want) / sizeof(want[0]));
	/* the header keeps the page furniture for the later stages */
	header = vnkg_article_header(a);
	assert_non_null(strstr(header, "0243.8456.721\nThứ Tư, 15/03/2023 09:40 (GMT+7)\n"));
	/* the masthead leaves the lead but stays in the header */
	assert_non_null(strstr(header, "\n(QK9 Online) - Sáng 14/3"));
	assert_null(strstr(header, "Toàn cảnh")); /* past the first 12 lines */
	/* the text is the kept paragraphs */
	assert_string_equal(vnkg_article_text(a),
			    "Sư đoàn 395 tổng kết công tác huấn luyện năm 2022\n"
			    "Sáng 14/3, tại TP. Cần Thơ, Đảng ủy Sư đoàn 395 tổ chức hội nghị tổng kết "
			    "công tác huấn luyện năm 2022, triển khai nhiệm vụ năm 2023. Đại tá Phạm Văn Khoa, Bí thư "
			    "Đảng ủy, Chính ủy Sư đoàn chủ trì hội nghị.\n"
			    "Đại tá Phạm Văn Khoa phát biểu tại hội nghị.\n"
			    "Năm qua, Sư đoàn đã quán triệt Nghị quyết số 1657-NQ/QUTW và Chỉ thị số 45-CT/ĐU ngày "
			    "10/9/2022, hoàn thành 98,6% chỉ tiêu huấn luyện với kinh phí 9.500 triệu đồng. Các đơn vị "
			    "đóng quân tại TP.HCM phối hợp chặt chẽ… và đạt kết quả tốt.\n"
			    "Dịp này, Sư đoàn khen thưởng 12 tập thể, 25 cá nhân có thành tích xuất sắc.\n"
			    "Toàn cảnh hội nghị");
	vnkg_article_free(a);
}

static void test_fixture_pasted_twice(void **state)
{
	static const want_sentence want[] = {
		{"Lữ đoàn 126 tổ chức diễn tập chỉ huy - cơ quan năm 2024 | Báo Quân khu", 1, 0, 1, 1},
		{"Thủ trưởng Bộ Tư lệnh Hải quân kiểm tra sẵn sàng chiến đấu tại Lữ đoàn 126 Lữ đoàn 126 đẩy mạnh thi "
		 "đua quyết thắng",
		 5, 1, 1, 1},
		{"Theo Bộ Tư lệnh Lữ đoàn, cuộc diễn tập nhằm nâng cao trình độ tổ chức, chỉ huy của cán bộ các cấp.", 7,
		 2, 1, 2},
		{"Thượng tá Lê Quang Vinh, Lữ đoàn trưởng, làm Trưởng ban chỉ đạo diễn tập.", 7, 2, 0, 2},
		{"Kết thúc diễn tập, Lữ đoàn rút kinh nghiệm, đề ra biện pháp khắc phục những hạn chế, thiếu sót.", 9, 3,
		 1, 1},
	};
	vnkg_article *a = NULL;

	(void)state;
	assert_int_equal(vnkg_article_load(&a, FIXTURES "/pasted_twice.txt"), 0);
	expect_sentences(a, want, sizeof(want) / sizeof(want[0]));
	assert_null(strstr(vnkg_article_text(a), "Minh Đức"));
	assert_null(strstr(vnkg_article_text(a), "fanpage"));
	vnkg_article_free(a);
}

/* The same article with CRLF line ends, a BOM, NBSPs and tabs gives the
 * same sentences and lines. */
static void test_fixture_crlf(void **state)
{
	vnkg_article *lf = NULL, *crlf = NULL;
	char *data, *conv;
	size_t len, i, j = 0;

	(void)state;
	data = NULL;
	{
		FILE *f = fopen(FIXTURES "/furniture.txt", "rb");
		long n;

		assert_non_null(f);
		assert_int_equal(fseek(f, 0, SEEK_END), 0);
		n = ftell(f);
		assert_true(n > 0);
		rewind(f);
		len = (size_t)n;
		data = malloc(len);
		assert_non_null(data);
		assert_int_equal(fread(data, 1, len, f), len);
		fclose(f);
	}
	conv = malloc(2 * len + 3);
	assert_non_null(conv);
	memcpy(conv, "\xef\xbb\xbf", 3);
	j = 3;
	for (i = 0; i < len; i++) {
		if (data[i] == '\n')
			conv[j++] = '\r';
		if (data[i] == ' ' && i % 7 == 0)
			conv[j++] = '\t';
		else
			conv[j++] = data[i];
	}
	assert_int_equal(vnkg_article_from_buffer(&lf, "lf", data, len, NULL), 0);
	assert_int_equal(vnkg_article_from_buffer(&crlf, "crlf", conv, j, NULL), 0);
	assert_int_equal(vnkg_article_sentence_count(lf), vnkg_article_sentence_count(crlf));
	for (i = 0; i < vnkg_article_sentence_count(lf); i++) {
		assert_string_equal(vnkg_article_sentence(lf, i)->text, vnkg_article_sentence(crlf, i)->text);
		assert_int_equal(vnkg_article_sentence(lf, i)->line, vnkg_article_sentence(crlf, i)->line);
	}
	assert_string_equal(vnkg_article_header(lf), vnkg_article_header(crlf));
	vnkg_article_free(lf);
	vnkg_article_free(crlf);
	free(data);
	free(conv);
}

static void test_nothing_left(void **state)
{
	const char *text = "0985.456.616\nChia sẻ | In bài\n";
	vnkg_article *a = NULL;

	(void)state;
	/* only furniture: not an error, an article without sentences */
	assert_int_equal(vnkg_article_from_buffer(&a, "empty", text, strlen(text), NULL), 0);
	assert_int_equal(vnkg_article_sentence_count(a), 0);
	assert_string_equal(vnkg_article_text(a), "");
	assert_string_equal(vnkg_article_header(a), "0985.456.616\nChia sẻ | In bài");
	vnkg_article_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_classify_lines),
		cmocka_unit_test(test_garbage_tokens),
		cmocka_unit_test(test_strip_garbage),
		cmocka_unit_test(test_signatures),
		cmocka_unit_test(test_article_rules),
		cmocka_unit_test(test_fixture_furniture),
		cmocka_unit_test(test_fixture_pasted_twice),
		cmocka_unit_test(test_fixture_crlf),
		cmocka_unit_test(test_nothing_left),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
