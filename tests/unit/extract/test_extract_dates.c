/* Dates, rule by rule: the publication date read from a page's header lines,
 * and the day forms of the genre read from a sentence. The articles that
 * rank the year's clues are fixtures (tests/fixtures/articles/h*.txt). */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "extract/xctx.h"
#include "vnkg/common.h"

typedef struct {
	const char *header;
	int ymd;       /* yyyymmdd, dd 0 for a month; 0 when no date line */
	int with_day;
} header_case;

static const header_case header_cases[] = {
	{"Tiêu đề\n09:41 18/04/2022 GMT+7", 20220418, 1},
	{"Tiêu đề\nThứ Năm, 12/3/2020, 10:00 (GMT+7)", 20200312, 1},
	{"Thứ Năm, 19/12/2019 - 14:20 (GMT+7)\nTiêu đề", 20191219, 1},
	{"Cập nhật ngày: 29/12/2012 08:15:32", 20121229, 1},
	{"Cập nhật lúc: 10:22 |06/06/2023", 20230606, 1},
	{"Đăng lúc 07:15 ngày 09/06/2031", 20310609, 1},
	{"Tiêu đề\n(23/07/2012)", 20120723, 1},
	{"18/03/2015 17:45", 20150318, 1},
	{"05-11-2023, 20:14 (GMT+7)", 20231105, 1},
	{"10 giờ:05 phút Thứ sáu, ngày 12 tháng 3 , 2021", 20210312, 1},
	{"Mar072018", 20180307, 1},
	{" date 2023-11", 20231100, 0},
	{" date 2023-11-05 Tiêu đề của bài viết rất dài về một hội nghị tổng kết công tác năm", 20231105, 1},
	{"17/04/2020 - 15:05Sáng 16/4, Bộ Tư lệnh Vùng tổ chức hội nghị trực tuyến về phòng chống dịch bệnh", 20200417,
	 1},
	{"Hà Nội (TTXVN 12/3/2020) - Sáng nay, Thủ tướng chủ trì hội nghị trực tuyến với các địa phương về phòng chống dịch.",
	 20200312, 1},
	/* not date lines: a related-news line, a lead with a full date, nothing */
	{"- Công an huyện Bản Liềng tổng kết công tác năm 2012 (27/12/2012)", 0, 0},
	{"Ngày 12/3/2020, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị.", 0, 0},
	{"Tiêu đề không có ngày", 0, 0},
	{"", 0, 0},
};

static void test_header_dates(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(header_cases) / sizeof(header_cases[0]); i++) {
		int with_day = -1, got = vnkg_i_x_header_date(header_cases[i].header, &with_day);
		if (got != header_cases[i].ymd || (got && with_day != header_cases[i].with_day))
			fail_msg("header «%s»: got %d (day %d), want %d", header_cases[i].header, got, with_day,
				 header_cases[i].ymd);
	}
}

typedef struct {
	const char *sentence;
	int day, month, year; /* 0 day: no day form */
} day_case;

static const day_case day_cases[] = {
	{"Sáng 06-4, Sư đoàn tổ chức hội nghị.", 6, 4, 0},
	{"Chiều tối 7.9, Lữ đoàn tổ chức giao lưu.", 7, 9, 0},
	{"Sáng ngày 04/02, tại Hà Nội, ...", 4, 2, 0},
	{"Ngày 21 - 6, Ban Thường vụ họp.", 21, 6, 0},
	{"Sáng 26/ 5, Hội nghị khai mạc.", 26, 5, 0},
	{"Chiều 22 – 10, Hội tổ chức lễ.", 22, 10, 0},
	{"Sáng nay (15/10), Bộ Chỉ huy tổ chức hội nghị.", 15, 10, 0},
	{"Hôm nay, 2/12, tại Hà Nội, Ban Chỉ đạo họp.", 2, 12, 0},
	{"rạng sáng 8/3, lực lượng chức năng ra quân.", 8, 3, 0},
	{"Nhằm nâng cao chất lượng, chiều 8-6, tại thao trường, Lữ đoàn tổ chức hội thao.", 8, 6, 0},
	{"Trong 2 ngày 14 và 15/5, Đảng bộ tổ chức Đại hội.", 14, 5, 0},
	{"Từ ngày 12-14/7, tại Trung tâm, Ban tổ chức Hội thi.", 12, 7, 0},
	{"diễn ra từ ngày 5 đến ngày 8 tháng 11 năm 2019 tại Hà Nội", 5, 11, 2019},
	{"Ngày 12-11-2023, Tỉnh ủy tổ chức hội nghị.", 12, 11, 2023},
	{"BNT-Sáng 6-5, Bộ Chỉ huy tổ chức hội nghị.", 6, 5, 0},
	{"Thời sựNgày 4-6, Bộ tổ chức lễ.", 4, 6, 0},
	{"Hội nghị đã khai mạc sáng 25/5 tại Hội trường Tỉnh ủy.", 25, 5, 0},
	{"Sáng thứ Hai, 5/6, Bộ tổ chức hội nghị.", 5, 6, 0},
	{"Kết quả năm 2024 đạt 8/10 chỉ tiêu.", 0, 0, 0},
};

static void test_day_forms(void **state)
{
	pcre2_match_data *md = pcre2_match_data_create(64, NULL);
	size_t i;

	(void)state;
	assert_non_null(md);
	for (i = 0; i < sizeof(day_cases) / sizeof(day_cases[0]); i++) {
		const char *s = day_cases[i].sentence;
		PCRE2_SIZE *ov;
		int found = vnkg_i_rule_find(RE_DATE_DAY, md, s, strlen(s), 0, &ov), d = 0, m = 0, y = 0;
		if (found) {
			d = vnkg_i_x_parse_int(s, ov[2], ov[3]);
			m = vnkg_i_x_parse_int(s, ov[4], ov[5]);
			y = ov[6] != PCRE2_UNSET ? vnkg_i_x_parse_int(s, ov[6], ov[7]) : 0;
		}
		if (d != day_cases[i].day || m != day_cases[i].month || y != day_cases[i].year)
			fail_msg("«%s»: got %d/%d/%d, want %d/%d/%d", s, d, m, y, day_cases[i].day, day_cases[i].month,
				 day_cases[i].year);
	}
	pcre2_match_data_free(md);
}

/* The date at the head of a sentence, which the event finder skips to reach
 * the clause: time words, a masthead before a dash or glued by a hyphen. */
static void test_lead_dates(void **state)
{
	static const day_case cases[] = {
		{"Chiều tối 7.9, Lữ đoàn tổ chức giao lưu.", 7, 9, 0},
		{"Rạng sáng 8/3, lực lượng chức năng ra quân.", 8, 3, 0},
		{"BNT-Sáng 6-5, Bộ Chỉ huy tổ chức hội nghị.", 6, 5, 0},
		{"(QK7 Online) - Sáng 3/3, Bộ Tư lệnh tổ chức hội nghị.", 3, 3, 0},
		{"Sáng nay (15/10), Bộ Chỉ huy tổ chức hội nghị.", 15, 10, 0},
		{"Trong 2 ngày 22 và 23-7, Đảng bộ tổ chức Đại hội.", 22, 7, 0},
		{"Ngày 12-11-2023, Tỉnh ủy tổ chức hội nghị.", 12, 11, 2023},
		{"Hội nghị diễn ra sáng 5/6.", 0, 0, 0},
	};
	pcre2_match_data *md = pcre2_match_data_create(64, NULL);
	size_t i;

	(void)state;
	assert_non_null(md);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int d = 0, m = 0, y = 0;
		if (!vnkg_i_x_lead_date(cases[i].sentence, md, &d, &m, &y))
			d = m = y = 0;
		if (d != cases[i].day || m != cases[i].month || y != cases[i].year)
			fail_msg("«%s»: got %d/%d/%d, want %d/%d/%d", cases[i].sentence, d, m, y, cases[i].day, cases[i].month,
				 cases[i].year);
	}
	pcre2_match_data_free(md);
}

static int setup(void **state)
{
	(void)state;
	return vnkg_global_init() == 0 ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	vnkg_global_shutdown();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_header_dates),
		cmocka_unit_test(test_day_forms),
		cmocka_unit_test(test_lead_dates),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
