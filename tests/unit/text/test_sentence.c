/* Sentence splitting: abbreviations, numbers, dates, ellipses, glitches. */

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

#define MAX_SENTENCES 4

typedef struct {
	const char *para;
	const char *want[MAX_SENTENCES + 1]; /* NULL-terminated */
} split_case;

static const split_case split_cases[] = {
	/* plain ends */
	{"Hội nghị khai mạc. Đại tá An phát biểu.", {"Hội nghị khai mạc.", "Đại tá An phát biểu."}},
	{"Có đúng không? Đúng vậy! Hội nghị kết thúc.", {"Có đúng không?", "Đúng vậy!", "Hội nghị kết thúc."}},
	/* a semicolon separates items of one sentence (lists of directives) */
	{"Nhiệm vụ thứ nhất; Nhiệm vụ thứ hai", {"Nhiệm vụ thứ nhất; Nhiệm vụ thứ hai"}},
	{"nhiệm vụ thứ nhất; nhiệm vụ thứ hai", {"nhiệm vụ thứ nhất; nhiệm vụ thứ hai"}},
	/* a line without a final period is still a sentence */
	{"Toàn cảnh hội nghị", {"Toàn cảnh hội nghị"}},
	{"Hội nghị khai mạc. Toàn cảnh hội nghị", {"Hội nghị khai mạc.", "Toàn cảnh hội nghị"}},
	/* abbreviations */
	{"Hội nghị tổ chức tại TP.HCM. Đại tá An chủ trì.", {"Hội nghị tổ chức tại TP.HCM.", "Đại tá An chủ trì."}},
	{"Đoàn công tác đến TP. Hồ Chí Minh ngày 5/6.", {"Đoàn công tác đến TP. Hồ Chí Minh ngày 5/6."}},
	{"Báo cáo của Th.S Lê Thu và ThS. Trần Hà được đánh giá cao.",
	 {"Báo cáo của Th.S Lê Thu và ThS. Trần Hà được đánh giá cao."}},
	{"Tham dự có PGS.TS. Nguyễn Văn Bình, GS. Lê Hòa.", {"Tham dự có PGS.TS. Nguyễn Văn Bình, GS. Lê Hòa."}},
	{"Các mặt công tác, v.v. đều được bảo đảm.", {"Các mặt công tác, v.v. đều được bảo đảm."}},
	/* initials; a Roman numeral after "lần thứ" ends a sentence */
	{"Ông Nguyễn V. An phát biểu.", {"Ông Nguyễn V. An phát biểu."}},
	{"Tiến tới Đại hội lần thứ X. Hội nghị kết thúc.", {"Tiến tới Đại hội lần thứ X.", "Hội nghị kết thúc."}},
	{"Nghị quyết Trung ương 4 khóa XII. Các đại biểu thảo luận.",
	 {"Nghị quyết Trung ương 4 khóa XII.", "Các đại biểu thảo luận."}},
	/* numbers and dates */
	{"Ngày 10/9/2024, kinh phí 9.500 triệu đồng đạt 98,6% kế hoạch.",
	 {"Ngày 10/9/2024, kinh phí 9.500 triệu đồng đạt 98,6% kế hoạch."}},
	{"Hoàn thành trong năm 2019. 2020 là năm bản lề.", {"Hoàn thành trong năm 2019.", "2020 là năm bản lề."}},
	{"1. Nâng cao chất lượng huấn luyện. Đây là nhiệm vụ trọng tâm.",
	 {"1. Nâng cao chất lượng huấn luyện.", "Đây là nhiệm vụ trọng tâm."}},
	/* ellipses */
	{"phối hợp chặt chẽ… và đạt kết quả tốt.", {"phối hợp chặt chẽ… và đạt kết quả tốt."}},
	{"đẩy mạnh thi đua khen thưởng… Hội nghị bế mạc.", {"đẩy mạnh thi đua khen thưởng…", "Hội nghị bế mạc."}},
	{"nhiệm kỳ 2020-2025…", {"nhiệm kỳ 2020-2025…"}},
	{"Còn nhiều việc... Nhưng đơn vị quyết tâm.", {"Còn nhiều việc...", "Nhưng đơn vị quyết tâm."}},
	/* quotes and brackets */
	{"Chủ đề là “Đoàn kết, kỷ cương.” Hội nghị thống nhất.",
	 {"Chủ đề là “Đoàn kết, kỷ cương.”", "Hội nghị thống nhất."}},
	{"Hội nghị kết thúc. “Phải làm tốt hơn”, Đại tá An nói.",
	 {"Hội nghị kết thúc.", "“Phải làm tốt hơn”, Đại tá An nói."}},
	{"Đơn vị hoàn thành (vượt chỉ tiêu). Các đại biểu thống nhất.",
	 {"Đơn vị hoàn thành (vượt chỉ tiêu).", "Các đại biểu thống nhất."}},
	/* glitches in the text: punctuation glued to the next word */
	{"Sau khi nghe ý kiến của đại biểu dự Hội nghị,Trung tướng An phát biểu.",
	 {"Sau khi nghe ý kiến của đại biểu dự Hội nghị,Trung tướng An phát biểu."}},
	{"Thiếu tướng Bình trình bàybáo cáo.Tiếp đó, hội nghị thảo luận.",
	 {"Thiếu tướng Bình trình bàybáo cáo.Tiếp đó, hội nghị thảo luận."}},
	/* codes */
	{"Quán triệt Chỉ thị số 2889-CT/ĐU. Kế hoạch 1180-KH/ĐU được triển khai.",
	 {"Quán triệt Chỉ thị số 2889-CT/ĐU.", "Kế hoạch 1180-KH/ĐU được triển khai."}},
	/* nothing but punctuation: no sentence */
	{"… .", {NULL}},
};

static void test_split_table(void **state)
{
	size_t i, j;

	(void)state;
	for (i = 0; i < sizeof(split_cases) / sizeof(split_cases[0]); i++) {
		const split_case *c = &split_cases[i];
		vnkg_i_span *spans = NULL;
		size_t n = 0, want_n = 0;

		while (want_n < MAX_SENTENCES && c->want[want_n])
			want_n++;
		assert_int_equal(vnkg_i_text_split_sentences(&spans, &n, c->para, strlen(c->para)), 0);
		for (j = 0; j < n && j < want_n; j++)
			if (strlen(c->want[j]) != spans[j].len ||
			    memcmp(c->para + spans[j].start, c->want[j], spans[j].len) != 0)
				fail_msg("\"%s\": sentence %zu is \"%.*s\", want \"%s\"", c->para, j, (int)spans[j].len,
					 c->para + spans[j].start, c->want[j]);
		if (n != want_n)
			fail_msg("\"%s\": %zu sentences, want %zu", c->para, n, want_n);
		free(spans);
	}
}

/* Through the article: lines are never joined, and each sentence knows its
 * line and paragraph. */
static void test_split_in_article(void **state)
{
	const char *text = "Hội nghị khai mạc lúc 8 giờ sáng nay tại hội trường\n"
			   "của Bộ Chỉ huy. Đại tá An chủ trì.\n"
			   "\n"
			   "Các đại biểu thảo luận sôi nổi về nhiệm vụ năm tới.\n";
	vnkg_article *a = NULL;
	const vnkg_sentence *s;

	(void)state;
	assert_int_equal(vnkg_article_from_buffer(&a, "split", text, strlen(text), NULL), 0);
	assert_int_equal(vnkg_article_sentence_count(a), 4);
	s = vnkg_article_sentence(a, 0);
	assert_string_equal(s->text, "Hội nghị khai mạc lúc 8 giờ sáng nay tại hội trường");
	assert_int_equal(s->line, 1);
	assert_int_equal(s->para, 0);
	assert_int_equal(s->first_in_para, 1);
	assert_int_equal(s->para_sentences, 1);
	s = vnkg_article_sentence(a, 1);
	assert_string_equal(s->text, "của Bộ Chỉ huy.");
	assert_int_equal(s->line, 2);
	assert_int_equal(s->para, 1);
	assert_int_equal(s->first_in_para, 1);
	assert_int_equal(s->para_sentences, 2);
	s = vnkg_article_sentence(a, 2);
	assert_string_equal(s->text, "Đại tá An chủ trì.");
	assert_int_equal(s->line, 2);
	assert_int_equal(s->first_in_para, 0);
	s = vnkg_article_sentence(a, 3);
	assert_int_equal(s->line, 4);
	assert_int_equal(s->para, 2);
	vnkg_article_free(a);
}

/* Repeats: sentences of four words or more count once; shorter ones are
 * kept unless their whole line repeats. */
static void test_dedup(void **state)
{
	const char *text = "Đại tá An chủ trì hội nghị. Khai mạc.\n"
			   "Khai mạc. Đại tá An chủ trì hội nghị\n"
			   "Rất tốt. Các đại biểu thảo luận.\n";
	vnkg_article *a = NULL;

	(void)state;
	assert_int_equal(vnkg_article_from_buffer(&a, "dedup", text, strlen(text), NULL), 0);
	assert_string_equal(vnkg_article_text(a), "Đại tá An chủ trì hội nghị. Khai mạc.\n"
						  "Khai mạc.\n"
						  "Rất tốt. Các đại biểu thảo luận.");
	vnkg_article_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_split_table),
		cmocka_unit_test(test_split_in_article),
		cmocka_unit_test(test_dedup),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
