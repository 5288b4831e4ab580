/* The real seed articles through vnkg_article_load: a few facts each. */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vnkg/common.h"
#include "vnkg/text.h"

#define SEED(name) VNKG_SEEDS "/" name ".txt"

static vnkg_article *load(const char *path)
{
	vnkg_article *a = NULL;

	if (vnkg_article_load(&a, path) != 0)
		fail_msg("%s", vnkg_error_last());
	assert_non_null(a);
	return a;
}

/* How many sentences contain `needle`. */
static size_t count_containing(const vnkg_article *a, const char *needle)
{
	size_t i, n = 0;

	for (i = 0; i < vnkg_article_sentence_count(a); i++)
		if (strstr(vnkg_article_sentence(a, i)->text, needle))
			n++;
	return n;
}

static int starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static const char *last_sentence(const vnkg_article *a)
{
	size_t n = vnkg_article_sentence_count(a);

	assert_true(n > 0);
	return vnkg_article_sentence(a, n - 1)->text;
}

static void assert_no_repeats(const vnkg_article *a)
{
	size_t i, j, n = vnkg_article_sentence_count(a);

	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (strcmp(vnkg_article_sentence(a, i)->text, vnkg_article_sentence(a, j)->text) == 0)
				fail_msg("sentence repeated: %s", vnkg_article_sentence(a, i)->text);
}

static void test_seed_000(void **state)
{
	vnkg_article *a = load(SEED("000_3ba87fbc913afa73"));

	(void)state;
	assert_string_equal(vnkg_article_id(a), "000_3ba87fbc913afa73");
	assert_int_equal(count_containing(a, "QĐND"), 0);
	assert_int_equal(count_containing(a, "Quang cảnh hội nghị."), 1); /* a caption: content */
	assert_int_equal(count_containing(a, "\xc2\xa0"), 0);
	assert_string_equal(last_sentence(a), "Chỉ đạo các lực lượng phối hợp chặt chẽ, chủ động kiên quyết đấu "
					      "tranh, phản bác các quan điểm sai trái, thù địch, hoạt động vu cáo, nói "
					      "xấu, hạ thấp uy tín cán bộ, gây chia rẽ, mất đoàn kết nội bộ.");
	assert_string_equal(vnkg_article_sentence(a, 1)->text,
			    "Trung tướng Nguyễn Mạnh Hùng, Bí thư Đảng ủy, Chính ủy TCCNQP chủ trì hội nghị.");
	assert_int_equal(vnkg_article_sentence(a, 1)->line, 1);
	assert_non_null(strstr(vnkg_article_header(a), "Ngày 18-11, tại Hà Nội"));
	vnkg_article_free(a);
}

static void test_seed_001(void **state)
{
	vnkg_article *a = load(SEED("001_21985bd07df9065f"));

	(void)state;
	assert_null(strstr(vnkg_article_text(a), "Họ và tên"));
	assert_null(strstr(vnkg_article_text(a), "Bình luận"));
	assert_null(strstr(vnkg_article_text(a), "Tin, ảnh"));
	assert_null(strstr(vnkg_article_text(a), "Email"));
	assert_string_equal(last_sentence(a), "Tại Hội nghị, nhiều đảng bộ, tổ chức đảng và đảng viên hoàn thành "
					      "xuất sắc nhiệm vụ năm 2019 đã được khen thưởng.");
	/* the glued comma does not split; two glued syllables get their space
	 * back */
	assert_int_equal(count_containing(a, "dự Hội nghị,Trung tướng Nguyễn Mạnh Hùng đã phát biểu kết luận"), 1);
	assert_int_equal(count_containing(a, "trình bày báo cáo"), 1);
	/* the masthead leaves the lead */
	assert_int_equal(count_containing(a, "CNQP&KT"), 0);
	assert_non_null(strstr(vnkg_article_header(a), "CNQP&KT - Chiều 24/12"));
	vnkg_article_free(a);
}

static void test_seed_002(void **state)
{
	vnkg_article *a = load(SEED("002_f5868a43e4f9d8e2"));

	(void)state;
	/* the caption repeating the chairing sentence counts once */
	assert_int_equal(count_containing(a, "Phó Chủ nhiệm Chính trị Quân khu chủ trì hội nghị."), 1);
	assert_int_equal(count_containing(a, "Nguyễn Hoàng"), 0);
	assert_int_equal(count_containing(a, "Chỉ thị số 2889-CT/ĐU ngày 10/9/2024"), 1);
	assert_true(starts_with(vnkg_article_header(a), "(QK7 Online) - Chiều 25/11,"));
	assert_no_repeats(a);
	vnkg_article_free(a);
}

static void test_seed_003(void **state)
{
	vnkg_article *a = load(SEED("003_9fa3df7e3751792f"));
	const char *header;

	(void)state;
	assert_int_equal(count_containing(a, "cctvn"), 0);
	assert_int_equal(count_containing(a, "74nn22t12"), 0);
	assert_int_equal(count_containing(a, "0985"), 0);
	assert_int_equal(count_containing(a, "456.616"), 0);
	assert_int_equal(count_containing(a, "18/12/2018"), 0);
	assert_int_equal(count_containing(a, "Home"), 0);
	assert_int_equal(count_containing(a, "Thanh Sang"), 0);
	assert_int_equal(count_containing(a, "Đồng chí Thiếu tướng Nguyễn Mạnh Hùng, Bí thư Đảng ủy, Chính ủy Quân "
					     "khu dự và chỉ đạo."),
			 1);
	/* the headline, shown twice, counts once; "uỷ" became "ủy" */
	assert_int_equal(count_containing(a, "Tăng cường phối hợp công tác xây dựng đảng và công tác cán bộ"), 1);
	assert_int_equal(count_containing(a, "uỷ"), 0);
	assert_int_equal(count_containing(a, "Thiếu tướng Nguyễn Mạnh Hùng, Bí thư Đảng ủy, Chính ủy Quân khu trao "
					     "đổi"),
			 1);
	/* the page furniture stays in the header for later stages */
	header = vnkg_article_header(a);
	assert_non_null(strstr(header, "Thứ 3, 18/12/2018"));
	assert_non_null(strstr(header, "QK3 online - Sáng 06-4"));
	assert_no_repeats(a);
	vnkg_article_free(a);
}

static void test_seed_004(void **state)
{
	vnkg_article *a = load(SEED("004_f540cd5f969ef2a5"));

	(void)state;
	/* the body pasted twice yields each sentence once */
	assert_no_repeats(a);
	assert_int_equal(count_containing(a, "Bên cạnh đó, Tổng cục Công nghiệp quốc phòng triển khai"), 1);
	assert_int_equal(count_containing(a, "Công tác chính sách, hậu phương quân đội"), 1);
	assert_int_equal(count_containing(a, "| Báo Công Thương"), 1);
	/* the teaser at the top is content */
	assert_int_equal(count_containing(a, "Bộ trưởng Nguyễn Hồng Diên làm việc với Tổng cục"), 1);
	assert_int_equal(count_containing(a, "Đức Lâm"), 0);
	assert_int_equal(count_containing(a, "fanpage"), 0);
	assert_int_equal(count_containing(a, "Nguồn tin"), 0);
	assert_int_equal(count_containing(a, "bình luận"), 0);
	assert_true(starts_with(last_sentence(a), "Chú trọng xây dựng đội ngũ cán bộ của Tổng cục"));
	vnkg_article_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed_000),
		cmocka_unit_test(test_seed_001),
		cmocka_unit_test(test_seed_002),
		cmocka_unit_test(test_seed_003),
		cmocka_unit_test(test_seed_004),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
