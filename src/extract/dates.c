/* Dates: the day an event was held, and the year a date written without one
 * belongs to.
 *
 * Most articles of the genre write the event's day without its year
 * ("Chiều 24/12", "Sáng nay (15/10)", "Trong 2 ngày 22 và 23-7"). A careful
 * reader finds the year by ranking the clues the page gives:
 *   1. a full date elsewhere in the text with the same day and month, but
 *      not one told as history (a founding, a victory: the day it marks);
 *   2. the page's (or list item's) publication date line, when the event's
 *      day falls a few weeks at most before it; a header years away from
 *      everything the text says is a crawl or print date and is ignored;
 *   3. what the event's own sentence says: the year its name is about, with
 *      the offsets of the genre (a review of year N is held in December N or
 *      January N+1, the plan for N+1 in December N), a term "nhiệm kỳ A-B"
 *      (a congress opens it, the k-th session or plenum follows it), the
 *      National Assembly's and the Party's numbered terms, a period "giai
 *      đoạn A-B" (a review or an emulation congress looks back to its last
 *      year), "N năm thực hiện" a document (N years after its issue), a
 *      school year, an anniversary span "(d/m/yyyy - d/m/yyyy)" or "N năm
 *      Ngày ..." a day the country keeps, a lunar year ("Tết Tân Mão");
 *   4. what the whole text says: terms for a numbered session, anniversaries,
 *      lunar years, school years;
 *   5. a header further away than step 2 allows (but not years away);
 *   6. the documents it disseminates, the years it names most.
 * The documents disseminated bound any year but steps 1 and 2 from below
 * (the event comes after them), and so do a numbered session or plenum and
 * a national congress's resolution. A target year ("đến năm 2045") is no
 * clue. With no clue at all the day and month are kept (precision
 * month-day, date "--MM-DD"), never dropped and never given a guessed year;
 * with no day at all, a page's date line gives only its year. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "extract/xctx.h"
#include "util/util.h"
#include "vnkg/common.h"

#define MAX_FULL 64

/* A date written with its year somewhere in the text. */
typedef struct full_date {
	int y, m, d;
	int directive; /* a document's date of issue */
	int span;      /* one end of an anniversary or period span */
	int history;   /* a founding or a victory told as history */
} full_date;

/* What the article says about years. */
typedef struct date_evidence {
	int max_doc_ymd;       /* latest date of a document named, yyyymmdd */
	int year_votes[200];   /* years 1900..2099 mentioned */
	int header_ymd;        /* publication date (day 0: month only) */
	int latest;            /* latest year the text speaks of, 0 when none */
	full_date full[MAX_FULL];
	size_t nfull;
	const char **texts;    /* the article's sentences (borrowed) */
	size_t ntexts;
} date_evidence;

static int directive_date_near(const vnkg_i_doc *d, size_t si, size_t pos);

static int ymd(int y, int m, int d)
{
	return y * 10000 + m * 100 + d;
}

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
static long days_of(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_of(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static int valid_year(int y)
{
	return y >= 1900 && y < 2100;
}

/* A four-digit year at p, not part of a longer number. */
static int year_at(const char *p)
{
	int y = vnkg_i_x_parse_int(p, 0, 4);

	if (!valid_year(y) || (p[4] >= '0' && p[4] <= '9'))
		return 0;
	return y;
}

/* "2020-2025", "2020 - 2025", "2020–2025" at p: the first and last year,
 * at most max_gap years apart. */
static int span_years(const char *p, int *a, int *b, int max_gap)
{
	const char *q = p + 4;

	*a = year_at(p);
	if (!*a)
		return 0;
	while (*q == ' ')
		q++;
	if (*q == '-')
		q++;
	else if (strncmp(q, "–", strlen("–")) == 0)
		q += strlen("–");
	else
		return 0;
	while (*q == ' ')
		q++;
	*b = year_at(q);
	return *b > *a && *b - *a <= max_gap;
}

/* Search for a phrase written in lower case, at a word start, its first
 * letter in either case ("đại hội" finds "Đại hội"). */
static const char *find_word(const char *s, const char *w)
{
	const char *q;
	size_t n = strlen(w);
	utf8proc_int32_t wc;
	utf8proc_ssize_t wl = utf8proc_iterate((const utf8proc_uint8_t *)w, -1, &wc);

	if (wl <= 0)
		return NULL;
	for (q = s; *q; q++) {
		utf8proc_int32_t c;
		utf8proc_ssize_t l;
		if (!(q == s || q[-1] == ' ' || q[-1] == '(' || q[-1] == ',' || q[-1] == '"'))
			continue;
		if (strncmp(q, w, n) == 0)
			return q;
		l = utf8proc_iterate((const utf8proc_uint8_t *)q, -1, &c);
		if (l > 0 && utf8proc_tolower(c) == wc && strncmp(q + l, w + wl, n - (size_t)wl) == 0)
			return q;
	}
	return NULL;
}

static int has_word(const char *s, const char *w)
{
	return s && find_word(s, w) != NULL;
}

/* Does s[0, at) end with w? */
static int preceded_by(const char *s, size_t at, const char *w)
{
	size_t n = strlen(w);

	return at >= n && strncmp(s + at - n, w, n) == 0;
}

/* Is the "năm YYYY" at byte `at` of t a target ("Chiến lược ... đến năm
 * 2035", "tầm nhìn đến năm 2045") rather than a year the text is about? "từ
 * năm 2016 đến năm 2020" is a span and counts, and so does the end of what a
 * review covers ("đến hết năm 2024"). */
static int is_target_year(const char *t, size_t at)
{
	size_t w = at < 48 ? at : 48;

	return (preceded_by(t, at, "đến ") || preceded_by(t, at, "tới ")) &&
	       !vnkg_i_x_find_bytes(t + at - w, w, "từ ", strlen("từ ")) && !has_word(t, "từ năm");
}

/* ---- numbers of terms, sessions and congresses ------------------------- */

static int roman_value(const char *p, size_t *len)
{
	int v = 0, prev = 0;
	size_t i = 0;

	for (;; i++) {
		int c;
		switch (p[i]) {
		case 'I': c = 1; break;
		case 'V': c = 5; break;
		case 'X': c = 10; break;
		case 'L': c = 50; break;
		default: c = 0; break;
		}
		if (!c)
			break;
		v += c;
		if (c > prev && prev)
			v -= 2 * prev;
		prev = c;
	}
	if (len)
		*len = i;
	/* a Roman numeral ends the word */
	if (i == 0 || (p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z'))
		return 0;
	return v;
}

/* An ordinal written "thứ 7", "thứ nhất", "lần thứ hai", "7" at p. */
static int ordinal_at(const char *p)
{
	static const char *const words[] = {"nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"};
	size_t k;
	int v;

	while (*p == ' ')
		p++;
	v = vnkg_i_x_parse_int(p, 0, 2);
	if (v > 0)
		return v;
	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (strncmp(p, words[k], strlen(words[k])) == 0)
			return (int)k + 1;
	return roman_value(p, NULL);
}

/* The year the Party's national congress number k met (IX 2001, ... XIV
 * 2026: every five years). */
static int party_congress_year(int k)
{
	return k >= 6 && k <= 20 ? 2001 + 5 * (k - 9) : 0;
}

/* The year the National Assembly of term k was elected (XI 2002, XII 2007,
 * XIII 2011, XIV 2016, XV 2021, XVI 2026). */
static int assembly_year(int k)
{
	if (k == 11)
		return 2002;
	if (k == 12)
		return 2007;
	return k >= 13 && k <= 20 ? 2011 + 5 * (k - 13) : 0;
}

/* The latest "nhiệm kỳ A-B" (or "khóa ..., A-B") of s: its first year, and
 * its last in *end when end is not NULL. */
static int term_span(const char *s, int *end)
{
	const char *p = s;
	int best = 0, last = 0;

	for (p = find_word(p, "nhiệm kỳ"); p; p = find_word(p, "nhiệm kỳ")) {
		int a, b;
		const char *q = p + strlen("nhiệm kỳ");
		while (*q == ' ')
			q++;
		if (span_years(q, &a, &b, 10) && a > best) {
			best = a;
			last = b;
		}
		p = q;
	}
	/* "Đại hội ... lần thứ XX (2030 - 2035)", "khóa XX, 2030 - 2035": a
	 * term of two and a half or five years right after a numbered body or
	 * congress (an anniversary span is longer) */
	for (p = s; !best && *p; p++) {
		int a, b;
		const char *q = p;
		if (!(*p == '(' || (*p == ',' && p[1] == ' ')))
			continue;
		q = p + 1;
		while (*q == ' ')
			q++;
		if (!span_years(q, &a, &b, 5) || b - a < 2)
			continue;
		/* the word before is a Roman numeral of "khóa" or "lần thứ" */
		{
			const char *w = p, *numeral_end;
			while (w > s && w[-1] == ' ')
				w--;
			numeral_end = w;
			while (w > s && strchr("IVXL", w[-1]))
				w--;
			if (w == numeral_end || !(preceded_by(s, (size_t)(w - s), "khóa ") || preceded_by(s, (size_t)(w - s), "khoá ") ||
					preceded_by(s, (size_t)(w - s), "lần thứ ")))
				continue;
		}
		best = a;
		last = b;
	}
	if (end)
		*end = last;
	return best;
}

static int term_start(const char *s)
{
	return term_span(s, NULL);
}

/* The number N of "Kỳ họp thứ N", "Hội nghị (...) lần thứ N" or "phiên (họp)
 * thứ N" in s, and which of them (1 session, 2 plenum, 3 meeting). */
static int session_number(const char *s, int *kind)
{
	const char *p;

	if (!s)
		return 0;

	*kind = 0;
	p = find_word(s, "kỳ họp thứ");
	if (p) {
		*kind = 1;
		return ordinal_at(p + strlen("kỳ họp thứ"));
	}
	p = find_word(s, "phiên thứ");
	if (!p)
		p = find_word(s, "phiên họp thứ");
	if (p) {
		*kind = 3;
		return ordinal_at(strstr(p, "thứ") + strlen("thứ"));
	}
	p = find_word(s, "hội nghị");
	if (p) {
		const char *l = strstr(p, "lần thứ");
		if (l && l - p < 40) {
			*kind = 2;
			return ordinal_at(l + strlen("lần thứ"));
		}
	}
	return 0;
}

/* ---- the clues of one sentence ---------------------------------------- */

/* The anniversary days the country keeps: the year counted from, month and
 * day. A founding (`founded` 1) is written after "Ngày thành lập", "Ngày
 * truyền thống" or "Ngày", maybe with "lực lượng" or "ngành" ("89 năm Ngày
 * truyền thống lực lượng Dân quân tự vệ"); the others are written as they
 * are ("70 năm Chiến thắng Điện Biên Phủ"). Names are compared whatever
 * their case, up to the end of a word; `not_before` is a word that makes it
 * another body ("Ngày thành lập Đảng bộ tỉnh"). */
static const struct {
	const char *name;
	int founded, base, m, d;
	const char *not_before;
} kept_days[] = {
	{"Quân đội nhân dân", 1, 1944, 12, 22, NULL},
	{"QĐND", 1, 1944, 12, 22, NULL},
	{"Đảng", 1, 1930, 2, 3, " bộ"},
	{"Bộ đội Biên phòng", 1, 1959, 3, 3, NULL},
	{"BĐBP", 1, 1959, 3, 3, NULL},
	{"Biên phòng toàn dân", 1, 2009, 3, 3, NULL},
	{"Công an nhân dân", 1, 1945, 8, 19, NULL},
	{"CAND", 1, 1945, 8, 19, NULL},
	{"Hội Cựu chiến binh Việt Nam", 1, 1989, 12, 6, NULL},
	{"Mặt trận Tổ quốc Việt Nam", 1, 1930, 11, 18, NULL},
	{"Hội Liên hiệp Phụ nữ Việt Nam", 1, 1930, 10, 20, NULL},
	{"Hội Nông dân Việt Nam", 1, 1930, 10, 14, NULL},
	{"Công đoàn Việt Nam", 1, 1929, 7, 28, NULL},
	{"Đoàn TNCS Hồ Chí Minh", 1, 1931, 3, 26, NULL},
	{"Đoàn Thanh niên", 1, 1931, 3, 26, NULL},
	{"Hội Liên hiệp Thanh niên Việt Nam", 1, 1956, 10, 15, NULL},
	{"Quân chủng Hải quân", 1, 1955, 5, 7, NULL},
	{"Hải quân nhân dân Việt Nam", 1, 1955, 5, 7, NULL},
	{"Quân chủng Phòng không - Không quân", 1, 1963, 10, 22, NULL},
	{"Dân quân tự vệ", 1, 1935, 3, 28, NULL},
	{"Bộ đội Đặc công", 1, 1967, 3, 19, NULL},
	{"Bộ đội Pháo binh", 1, 1946, 6, 29, NULL},
	{"Bộ đội Công binh", 1, 1946, 3, 25, NULL},
	{"Bộ đội Thông tin liên lạc", 1, 1945, 9, 9, NULL},
	{"Bộ đội Tăng thiết giáp", 1, 1959, 10, 5, NULL},
	{"Cảnh sát biển Việt Nam", 1, 1998, 8, 28, NULL},
	{"Tổ chức xây dựng Đảng", 1, 1930, 10, 14, NULL},
	{"Dân vận", 1, 1930, 10, 15, NULL},
	{"Kiểm tra Đảng", 1, 1948, 10, 16, NULL},
	{"Tuyên giáo", 1, 1930, 8, 1, NULL},
	{"Kiểm sát nhân dân", 1, 1960, 7, 26, NULL},
	{"Tòa án nhân dân", 1, 1945, 9, 13, NULL},
	{"Văn phòng cấp ủy", 1, 1930, 2, 18, NULL},
	{"Ngày hội Quốc phòng toàn dân", 0, 1989, 12, 22, NULL},
	{"Ngày hội toàn dân bảo vệ an ninh Tổ quốc", 0, 2005, 8, 19, NULL},
	{"Cách mạng Tháng Tám", 0, 1945, 8, 19, NULL},
	{"Quốc khánh", 0, 1945, 9, 2, NULL},
	{"Chiến thắng Điện Biên Phủ", 0, 1954, 5, 7, NULL},
	{"Ngày Chiến thắng Điện Biên Phủ", 0, 1954, 5, 7, NULL},
	{"Ngày Giải phóng hoàn toàn miền Nam", 0, 1975, 4, 30, NULL},
	{"Ngày Giải phóng miền Nam", 0, 1975, 4, 30, NULL},
	{"Ngày sinh Chủ tịch Hồ Chí Minh", 0, 1890, 5, 19, NULL},
	{"Ngày sinh của Chủ tịch Hồ Chí Minh", 0, 1890, 5, 19, NULL},
	{"Ngày sinh Bác Hồ", 0, 1890, 5, 19, NULL},
	{"Ngày Thương binh - Liệt sĩ", 0, 1947, 7, 27, NULL},
	{"Ngày Thương binh – Liệt sĩ", 0, 1947, 7, 27, NULL},
	{"Ngày Thương binh, Liệt sĩ", 0, 1947, 7, 27, NULL},
	{"Ngày Thương binh Liệt sĩ", 0, 1947, 7, 27, NULL},
	{"Ngày Nhà giáo Việt Nam", 0, 1982, 11, 20, NULL},
	{"Ngày Quốc tế Phụ nữ", 0, 1910, 3, 8, NULL},
	{"Ngày Phụ nữ Việt Nam", 0, 1930, 10, 20, NULL},
	{"Ngày Thầy thuốc Việt Nam", 0, 1955, 2, 27, NULL},
	{"Ngày Báo chí cách mạng Việt Nam", 0, 1925, 6, 21, NULL},
	{"Ngày Doanh nhân Việt Nam", 0, 2004, 10, 13, NULL},
	{"Ngày Chủ tịch Hồ Chí Minh ra đi tìm đường cứu nước", 0, 1911, 6, 5, NULL},
	{"Ngày Bác Hồ ra đi tìm đường cứu nước", 0, 1911, 6, 5, NULL},
};

/* The length of w at s, compared whatever the case, else 0. */
static size_t prefix_fold(const char *s, const char *w)
{
	const char *p = s, *q = w;

	while (*q) {
		utf8proc_int32_t a, b;
		utf8proc_ssize_t la = utf8proc_iterate((const utf8proc_uint8_t *)p, -1, &a);
		utf8proc_ssize_t lb = utf8proc_iterate((const utf8proc_uint8_t *)q, -1, &b);
		if (la <= 0 || lb <= 0 || utf8proc_tolower(a) != utf8proc_tolower(b))
			return 0;
		p += la;
		q += lb;
	}
	return (size_t)(p - s);
}

/* The length of the phrase w at s, whatever the case, ending a word, else 0. */
static size_t phrase_at(const char *s, const char *w)
{
	size_t n = prefix_fold(s, w);
	unsigned char c = (unsigned char)s[n];

	if (!n || c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
		return 0;
	return n;
}

/* The day the country keeps named at s ("Ngày thành lập Quân đội nhân dân
 * Việt Nam"), its index in kept_days, or -1. */
static int kept_day_at(const char *s)
{
	static const char *const openers[] = {"Ngày thành lập ", "Ngày truyền thống ", "Ngày "};
	static const char *const classes[] = {"lực lượng ", "ngành ", ""};
	size_t k, o, c;

	for (k = 0; k < sizeof(kept_days) / sizeof(kept_days[0]); k++) {
		if (!kept_days[k].founded) {
			if (phrase_at(s, kept_days[k].name))
				return (int)k;
			continue;
		}
		for (o = 0; o < sizeof(openers) / sizeof(openers[0]); o++) {
			size_t lo = prefix_fold(s, openers[o]);
			if (!lo)
				continue;
			for (c = 0; c < sizeof(classes) / sizeof(classes[0]); c++) {
				size_t lc = prefix_fold(s + lo, classes[c]), n;
				const char *after;
				if (*classes[c] && !lc)
					continue;
				n = phrase_at(s + lo + lc, kept_days[k].name);
				after = s + lo + lc + n;
				if (n && !(kept_days[k].not_before &&
					   strncmp(after, kept_days[k].not_before, strlen(kept_days[k].not_before)) == 0))
					return (int)k;
			}
		}
	}
	return -1;
}

/* An anniversary falls in year `end` on day ad/am; the event that marks it
 * on day d/m is held that year, or the year before when it comes months
 * after the anniversary's day (a December event before a January
 * anniversary). */
static int anniversary_year(int end, int am, int ad, int m, int d, int near)
{
	long gap;

	if (!m || !am)
		return near ? 0 : end;
	gap = days_of(2001, m, d ? d : 1) - days_of(2001, am, ad ? ad : 1);
	/* near: only an anniversary within `near` days of the event's day */
	if (near && (gap > near || gap < -near))
		return 0;
	return gap > 90 ? end - 1 : end;
}

/* "(27/7/1947 - 27/7/2017)", "(1959-2024)" in s; "N năm Ngày X" with a day
 * the country keeps. Returns the year of the anniversary for an event on
 * d/m, else 0. */
static int anniversary_clue(const char *s, int m, int d, pcre2_match_data *md, int near)
{
	const char *p = s;
	PCRE2_SIZE *ov;
	size_t len = strlen(s);
	size_t from = 0;

	/* spans of full dates: the later one is the anniversary */
	while (vnkg_i_rule_find(RE_DATE_FULL, md, s, len, from, &ov)) {
		int y1 = vnkg_i_x_parse_int(s, ov[6], ov[7]);
		const char *q = s + ov[1];
		size_t end = ov[1];
		from = ov[1];
		while (*q == ' ')
			q++;
		if (*q != '-' && strncmp(q, "–", strlen("–")) != 0 && *q != '/')
			continue;
		if (vnkg_i_rule_find(RE_DATE_FULL, md, s, len, end, &ov) && ov[0] <= end + 8) {
			int y2 = vnkg_i_x_parse_int(s, ov[6], ov[7]);
			if (y2 > y1)
				return anniversary_year(y2, vnkg_i_x_parse_int(s, ov[4], ov[5]), vnkg_i_x_parse_int(s, ov[2], ov[3]),
							m, d, near);
		}
	}
	/* "70 năm Ngày Thương binh - Liệt sĩ" */
	for (p = strstr(p, " năm "); p; p = strstr(p, " năm ")) {
		const char *q = p, *rest = p + strlen(" năm ");
		int years = 0, scale = 1, kd;
		p = rest;
		while (q > s && q[-1] >= '0' && q[-1] <= '9' && scale <= 100) {
			years += (q[-1] - '0') * scale;
			scale *= 10;
			q--;
		}
		if (scale == 1 || years < 1 || (q > s && q[-1] != ' '))
			continue;
		kd = kept_day_at(rest);
		if (kd >= 0 && valid_year(kept_days[kd].base + years))
			return anniversary_year(kept_days[kd].base + years, kept_days[kd].m, kept_days[kd].d, m, d, near);
	}
	/* "65 năm Ngày truyền thống (1959 - 2024)": an anniversary in its last
	 * year */
	p = near ? "" : s;
	for (p = strchr(p, '('); p; p = strchr(p, '(')) {
		int y1, y2;
		p++;
		if (span_years(p, &y1, &y2, 200) && strstr(s, "kỷ niệm") && strstr(s, " năm "))
			return y2;
	}
	return 0;
}

/* The year of the lunar year named at q ("Tân Mão"), nearest the genre's
 * years, else 0. */
static int lunar_year_at(const char *q)
{
	static const char *const stems[] = {"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
	static const char *const branches[] = {"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ",
					       "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"};
	size_t i, j;

	for (i = 0; i < 10; i++) {
		size_t n = strlen(stems[i]);
		if (strncmp(q, stems[i], n) != 0 || q[n] != ' ')
			continue;
		for (j = 0; j < 12; j++) {
			size_t nb = strlen(branches[j]);
			int y;
			const char *end = q + n + 1 + nb;
			/* the branch ends the word, and no name goes on after it */
			if (strncmp(q + n + 1, branches[j], nb) != 0 || (*end && *end != ' ' && *end != ',' && *end != '.') ||
			    (*end == ' ' && vnkg_i_is_upper_initial(end + 1)))
				continue;
			/* 1984 was Giáp Tý; the cycle repeats every 60 years */
			for (y = 1984; y < 2044; y++)
				if ((y - 1984) % 10 == (int)i && (y - 1984) % 12 == (int)j)
					return y;
		}
	}
	return 0;
}

/* "Tết Nguyên đán Tân Mão", "Xuân Giáp Thìn": the lunar year's number; an
 * event in the autumn before it (preparing the Tết) is the year before. */
static int lunar_clue(const char *s, int m)
{
	static const char *const heads[] = {"Tết Nguyên đán ", "Tết ", "Xuân "};
	size_t h;

	for (h = 0; h < sizeof(heads) / sizeof(heads[0]); h++) {
		const char *p;
		for (p = strstr(s, heads[h]); p; p = strstr(p + 1, heads[h])) {
			int y = lunar_year_at(p + strlen(heads[h]));
			if (y)
				return m >= 10 ? y - 1 : y;
		}
	}
	return 0;
}

/* The years the event's name (or sentence) is about, with the genre's
 * offsets: "tổng kết ... năm 2019 ... nhiệm vụ năm 2020" in December is 2019,
 * in January 2020; "nhiệm vụ năm 2025" planned in December is 2024; "Quân
 * chính năm 2008" (a review) in January is 2009; a single year otherwise is
 * the year. */
static int named_year_clue(const char *t, int month, pcre2_match_data *md)
{
	int years[8], nn = 0, lo, hi, i;
	size_t from = 0, len;
	PCRE2_SIZE *ov;

	if (!t)
		return 0;
	len = strlen(t);
	while (nn < 8 && vnkg_i_rule_find(RE_YEAR, md, t, len, from, &ov)) {
		int y = vnkg_i_x_parse_int(t, ov[2], ov[3]);
		const char *before = t + ov[0];
		from = ov[1];
		/* "thành lập năm 1959" is history, not what the meeting is about */
		if (before - t >= 10 && vnkg_i_x_find_bytes(before - 10, 10, "lập", strlen("lập")))
			continue;
		/* "5 năm 2026 - 2031": a period, which period_clue reads */
		{
			int a, b;
			if (span_years(t + ov[2], &a, &b, 10))
				continue;
		}
		/* "Chiến lược ... đến năm 2035", "tầm nhìn đến năm 2045": a target, not
		 * what the meeting is about (but "từ năm 2016 đến năm 2020" is a span) */
		if (is_target_year(t, ov[0]))
			continue;
		years[nn++] = y;
	}
	if (nn == 0)
		return 0;
	/* "phiên họp thường kỳ tháng 12/2030" held on 2 January, "báo cáo viên
	 * quý IV/2030" in January: the period is over, the year has turned */
	if (nn == 1 && month) {
		const char *p = find_word(t, "tháng ");
		int first = 0;
		if (p) {
			const char *q = p + strlen("tháng ");
			size_t nd = 0;
			while (nd < 2 && q[nd] >= '0' && q[nd] <= '9')
				nd++;
			if (nd > 0 && (q[nd] == '/' || q[nd] == '-'))
				first = vnkg_i_x_parse_int(q, 0, nd);
			if (first > 12)
				first = 0;
		}
		p = find_word(t, "quý ");
		if (!first && p) {
			size_t len_q = 0;
			int q = roman_value(p + strlen("quý "), &len_q);
			if (q >= 1 && q <= 4 && (p[strlen("quý ") + len_q] == '/' || p[strlen("quý ") + len_q] == '-'))
				first = 3 * q - 2;
		}
		if (first && month < first && first - month >= 6)
			return years[0] + 1;
	}
	lo = hi = years[0];
	for (i = 1; i < nn; i++) {
		if (years[i] < lo)
			lo = years[i];
		if (years[i] > hi)
			hi = years[i];
	}
	if (hi == lo + 1)
		return month >= 7 ? lo : hi;
	/* a review of a year is held at its end or early in the next */
	if (month && month <= 3 && hi == lo &&
	    (has_word(t, "tổng kết") || has_word(t, "quân chính")) && !has_word(t, "sơ kết") && !has_word(t, "ra quân") &&
	    !has_word(t, "quý") && !has_word(t, "tháng"))
		return hi + 1;
	/* plans for a year are made at the end of the one before */
	if (month >= 10 && !has_word(t, "tổng kết") && !has_word(t, "sơ kết") &&
	    (has_word(t, "nhiệm vụ") || has_word(t, "nghị quyết") || has_word(t, "kế hoạch") ||
	     has_word(t, "phương hướng") || has_word(t, "triển khai")))
		return hi - 1;
	return hi;
}

/* Does the sentence tell of looking back over a period: a review, a workshop,
 * an assessment, a congress of emulation, the honouring of its models? */
static int looks_back(const char *t)
{
	static const char *const words[] = {"tổng kết", "hội thảo", "đánh giá", "tọa đàm", "đại hội thi đua", "biểu dương",
					    "tuyên dương", "điển hình tiên tiến", "nhìn lại"};
	size_t k;
	const char *p;

	for (p = t; *p; p++) {
		if (p != t && p[-1] != ' ' && p[-1] != '(' && p[-1] != '"')
			continue;
		/* whatever the case: "Đại hội Thi đua Quyết thắng" */
		for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
			if (prefix_fold(p, words[k]))
				return 1;
	}
	return 0;
}

/* "giai đoạn A-B", "5 năm (A - B)", "5 năm A - B": a review is held as the
 * period ends, a launch as it begins; a mid-term review says nothing. */
static int period_clue(const char *t)
{
	const char *p;
	int a, b;

	if (!t || has_word(t, "sơ kết"))
		return 0;
	p = find_word(t, "giai đoạn");
	if (p) {
		p += strlen("giai đoạn");
		while (*p == ' ')
			p++;
		/* a review, a workshop or an assessment looks back at the period's
		 * end, and so does an emulation congress (it honours what the
		 * period achieved); a signing, a launch or a plan opens it */
		if (span_years(p, &a, &b, 10))
			return looks_back(t) ? b : a;
	}
	/* "5 năm (2026 - 2031)", "10 năm 2021 - 2031": only a look back dates it */
	for (p = t; *p; p++) {
		const char *q;
		if (*p == '(')
			q = p + 1;
		else if (strncmp(p, "năm ", strlen("năm ")) == 0 && (p == t || p[-1] == ' '))
			q = p + strlen("năm ");
		else
			continue;
		if (span_years(q, &a, &b, 10) && looks_back(t))
			return b;
	}
	return 0;
}

/* The year a document named at p was issued: its full date of issue, its
 * "năm YYYY" (not a target "đến năm 2030"), or the year of the Central
 * Committee plenum it comes from ("Nghị quyết Trung ương 7 (khóa X)"); 0
 * when nothing within the clause tells. */
static int issue_year_at(const char *p, pcre2_match_data *md)
{
	size_t len = 0, from = 0;
	PCRE2_SIZE *ov;
	const char *tw;

	/* the document's clause: up to the next ";" or 160 bytes */
	while (p[len] && p[len] != ';' && len < 160)
		len++;
	if (vnkg_i_rule_find(RE_DATE_FULL, md, p, len, 0, &ov))
		return vnkg_i_x_parse_int(p, ov[6], ov[7]);
	while (vnkg_i_rule_find(RE_YEAR, md, p, len, from, &ov)) {
		int y = vnkg_i_x_parse_int(p, ov[2], ov[3]);
		size_t at = ov[0];
		from = ov[1];
		if (strncmp(p + at, "năm", strlen("năm")) != 0 || preceded_by(p, at, "đến ") || preceded_by(p, at, "tới "))
			continue;
		if (valid_year(y))
			return y;
	}
	/* "Nghị quyết Đại hội XIII của Đảng": the congress's year */
	tw = vnkg_i_x_find_bytes(p, len, " của Đảng", strlen(" của Đảng"));
	if (tw) {
		const char *q = tw;
		while (q > p && q[-1] >= 'A' && q[-1] <= 'Z')
			q--;
		if (party_congress_year(roman_value(q, NULL)))
			return party_congress_year(roman_value(q, NULL));
	}
	tw = vnkg_i_x_find_bytes(p, len, "Trung ương ", strlen("Trung ương "));
	if (tw) {
		const char *q = tw + strlen("Trung ương "), *kh;
		int pn = ordinal_at(q), y;
		kh = vnkg_i_x_find_bytes(q, len - (size_t)(q - p), "khóa ", strlen("khóa "));
		if (!kh)
			kh = vnkg_i_x_find_bytes(q, len - (size_t)(q - p), "khoá ", strlen("khoá "));
		y = kh && kh - q < 24 ? party_congress_year(roman_value(kh + strlen("khóa "), NULL)) : 0;
		if (y && pn > 0 && pn < 20)
			return y + (pn <= 4 ? 0 : (pn - 3) / 2);
	}
	return 0;
}

/* "tổng kết 10 năm thực hiện Nghị quyết số 28-NQ/TW ngày 25/10/2013", "sơ
 * kết 5 năm thi hành Luật ... năm 2019": a review of N years of carrying out
 * a document is held N years after it was issued, and one of the first N
 * years of a period as they end. */
static int years_of_document_clue(const char *t, int month, pcre2_match_data *md)
{
	static const char *const verbs[] = {"thực hiện", "triển khai", "thi hành", "tổ chức thực hiện", "học tập",
					    "ban hành"};
	const char *p;

	if (!t)
		return 0;
	for (p = strstr(t, " năm "); p; p = strstr(p + 1, " năm ")) {
		const char *q = p, *rest = p + strlen(" năm ");
		int n = 0, scale = 1, base;
		size_t k;
		while (q > t && q[-1] >= '0' && q[-1] <= '9' && scale <= 10) {
			n += (q[-1] - '0') * scale;
			scale *= 10;
			q--;
		}
		if (scale == 1 || n < 1 || n > 60 || (q > t && q[-1] != ' '))
			continue;
		for (k = 0; k < sizeof(verbs) / sizeof(verbs[0]); k++)
			if (strncmp(rest, verbs[k], strlen(verbs[k])) == 0)
				break;
		if (k == sizeof(verbs) / sizeof(verbs[0]))
			continue;
		base = issue_year_at(rest + strlen(verbs[k]), md);
		if (base && valid_year(base + n))
			return base + n;
		/* "sơ kết 3 năm thực hiện Đề án ... giai đoạn 2031 - 2035" (fewer years
		 * than the period: a review of it all looks back to its end): the
		 * first N years of the period are over, reviewed at the end of the
		 * last of them or early in the next */
		{
			const char *g = find_word(t, "giai đoạn ");
			int a, b;
			if (g && span_years(g + strlen("giai đoạn "), &a, &b, 10) && n < b - a)
				return month && month < 7 ? a + n : a + n - 1;
		}
	}
	return 0;
}

/* "năm học 2018 - 2019": September of the first year to summer of the second. */
static int school_year_clue(const char *t, int month)
{
	const char *p = t ? find_word(t, "năm học") : NULL;
	int a, b;

	if (!p)
		return 0;
	p += strlen("năm học");
	while (*p == ' ')
		p++;
	if (!span_years(p, &a, &b, 10))
		return 0;
	return !month || month >= 8 ? a : b;
}

/* Terms, sessions and congresses named in the event's sentence. Returns the
 * year they give, or 0 with *lb and *guess set when they only bound it from
 * below: the n-th session of a council or plenum of a committee comes some
 * time after its term began (councils add sessions of their own), and a
 * meeting "tiến tới Đại hội XIV của Đảng" is held in the two years before
 * the congress. */
static int term_clue(const char *t, const char *name, int month, int *lb, int *guess)
{
	int last, a = term_span(t, &last), kind, n = session_number(name, &kind);
	const char *p;

	/* the session may be named after the event's cut name: "hội nghị tiếp
	 * xúc cử tri trước Kỳ họp thứ 7, Quốc hội khóa XV" */
	if (!kind)
		n = session_number(t, &kind);

	/* "Kỳ họp thứ 7, Quốc hội khóa XV", "Quốc hội (khóa XV)": two regular
	 * sessions a year */
	for (p = find_word(t, "quốc hội"); p && kind == 1 && n > 0; p = find_word(p + 1, "quốc hội")) {
		const char *q = p + strlen("quốc hội");
		int k, y;
		while (*q == ' ' || *q == '(')
			q++;
		if (strncmp(q, "khóa ", strlen("khóa ")) == 0 || strncmp(q, "khoá ", strlen("khoá ")) == 0 ||
		    strncmp(q, "Khóa ", strlen("Khóa ")) == 0) {
			k = roman_value(q + strlen("khóa "), NULL);
			y = assembly_year(k);
			if (y)
				return y + (n - 1) / 2;
		}
	}
	p = strstr(t, "của Đảng");
	if (p) {
		const char *q = p;
		int y;
		while (q > t && q[-1] == ' ')
			q--;
		while (q > t && q[-1] >= 'A' && q[-1] <= 'Z')
			q--;
		y = party_congress_year(roman_value(q, NULL));
		if (y && (has_word(t, "tiến tới") || has_word(t, "hướng tới") || has_word(t, "chào mừng"))) {
			if (!*lb || y - 2 > *lb) {
				*lb = y - 2;
				*guess = month >= 3 ? y - 1 : y;
			}
		} else if (y && find_word(t, "nghị quyết Đại hội") && find_word(t, "nghị quyết Đại hội") < q && y > *lb) {
			/* "quán triệt Nghị quyết Đại hội XIII của Đảng": after the
			 * congress (January), in its year from March on; a mid-term
			 * review half-way through its five years */
			*lb = y;
			if (has_word(t, "giữa nhiệm kỳ") || has_word(t, "sơ kết"))
				*guess = y + 2;
			else
				*guess = month && month <= 2 ? y + 1 : y;
		}
	}
	/* "Nghị quyết Hội nghị Trung ương 6 (khóa XIII)": a plenum of the
	 * Central Committee elected in 2021, about two a year after the first
	 * four; the meeting that disseminates it comes after it */
	p = strstr(t, "Trung ương ");
	if (p) {
		int pn = ordinal_at(p + strlen("Trung ương "));
		const char *kh = find_word(p, "khóa ");
		int y;
		if (!kh)
			kh = find_word(p, "khoá ");
		if (!pn) {
			const char *l = strstr(t, "lần thứ ");
			pn = l && l < p && p - l < 60 ? ordinal_at(l + strlen("lần thứ ")) : 0;
		}
		y = kh && kh - p < 40 ? party_congress_year(roman_value(kh + strlen("khóa "), NULL)) : 0;
		if (y && pn > 0 && pn < 20) {
			int at = y + (pn <= 4 ? 0 : (pn - 3) / 2);
			if (at > *lb) {
				*lb = at;
				*guess = at;
			}
		}
	}
	if (!a)
		return 0;
	/* a congress opens its term, and so does the first session or plenum;
	 * so do the elections and the preparation of the personnel for it */
	/* the elections of a term are held in its first spring: a meeting
	 * about them in the autumn prepares them the year before (not a review
	 * of them, nor a by-election) */
	if (kind != 1 && (has_word(t, "bầu cử") || has_word(t, "ứng cử")) && !has_word(t, "đại hội") && month >= 8 &&
	    !has_word(t, "tổng kết") && !has_word(t, "kết quả") && !has_word(t, "bổ sung"))
		return a - 1;
	if ((kind && n == 1) ||
	    (!kind && (has_word(t, "đại hội") || has_word(t, "bầu cử") || has_word(t, "ứng cử") ||
		       has_word(t, "nhân sự") || has_word(t, "kỳ họp thứ nhất")) &&
	     !has_word(t, "giữa nhiệm kỳ") && !has_word(t, "sơ kết")))
		return a;
	if (a > *lb) {
		*lb = a;
		if (kind == 3) /* a committee meets about monthly from the autumn congress on */
			*guess = a + 1 + (n - 2) / 12;
		else if (kind == 1) /* a council's two regular sessions a year and its
				     * thematic ones: about six a year */
			*guess = a + (n - 1) / 6;
		else if (kind)
			*guess = a + (n - 1) / 4;
		else if (has_word(t, "giữa nhiệm kỳ") || has_word(t, "sơ kết"))
			*guess = a + 2; /* a mid-term review, half-way through five years */
		else
			*guess = a; /* something done during the term: after it began */
		/* and it is held within the term */
		if (last && *guess > last)
			*guess = last;
	}
	return 0;
}

/* ---- the text's evidence ---------------------------------------------- */

/* Is the full date at byte `at` of s told as history: "được thành lập ngày
 * 19/8/1945", "ra đời ngày 3/2/1930", "Chiến thắng ... ngày 7/5/1954"? */
static int told_as_history(const char *s, size_t at)
{
	static const char *const words[] = {"thành lập", "ra đời", "ngày sinh", "hy sinh", "chiến thắng", "Chiến thắng",
					    "giải phóng", "Giải phóng", "khởi nghĩa", "tái lập"};
	size_t w = at < 48 ? at : 48, k;

	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (vnkg_i_x_find_bytes(s + at - w, w, words[k], strlen(words[k])))
			return 1;
	return 0;
}

static void gather_dates(vnkg_i_doc *d, pcre2_match_data *md, date_evidence *ev)
{
	const vnkg_article *a = d->article;
	size_t si, n = vnkg_article_sentence_count(a), from, i;
	PCRE2_SIZE *ov;
	int dayp;

	memset(ev, 0, sizeof(*ev));
	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type == MENTION_DIRECTIVE && !m->dead && m->date && strlen(m->date) == 10) {
			int v = ymd(vnkg_i_x_parse_int(m->date, 0, 4), vnkg_i_x_parse_int(m->date, 5, 7),
				    vnkg_i_x_parse_int(m->date, 8, 10));
			if (v > ev->max_doc_ymd)
				ev->max_doc_ymd = v;
		}
	}
	for (si = 0; si < n; si++) {
		const char *s = vnkg_article_sentence(a, si)->text;
		size_t len = strlen(s), prev_end = 0;
		int prev_full = 0;
		from = 0;
		while (vnkg_i_rule_find(RE_YEAR, md, s, len, from, &ov)) {
			int y = vnkg_i_x_parse_int(s, ov[2], ov[3]);
			from = ov[1];
			if (!valid_year(y) || is_target_year(s, ov[0]))
				continue;
			ev->year_votes[y - 1900]++;
			if (y > ev->latest)
				ev->latest = y;
		}
		from = 0;
		while (vnkg_i_rule_find(RE_DATE_FULL, md, s, len, from, &ov)) {
			full_date f;
			const char *q = s + ov[1];
			f.d = vnkg_i_x_parse_int(s, ov[2], ov[3]);
			f.m = vnkg_i_x_parse_int(s, ov[4], ov[5]);
			f.y = vnkg_i_x_parse_int(s, ov[6], ov[7]);
			f.directive = directive_date_near(d, si, ov[0]);
			f.history = told_as_history(s, ov[0]);
			if (f.directive && valid_year(f.y) && ymd(f.y, f.m, f.d) > ev->max_doc_ymd)
				ev->max_doc_ymd = ymd(f.y, f.m, f.d);
			while (*q == ' ')
				q++;
			/* "(27/7/1947 - 27/7/2017)": both ends of a span */
			f.span = *q == '-' || strncmp(q, "–", strlen("–")) == 0 ||
				 (prev_full && ov[0] <= prev_end + 8);
			if (f.span && ev->nfull > 0 && prev_full)
				ev->full[ev->nfull - 1].span = 1;
			prev_full = 1;
			prev_end = ov[1];
			from = ov[1];
			if (!valid_year(f.y))
				continue;
			if (!f.history)
				ev->year_votes[f.y - 1900]++;
			if (f.y > ev->latest && !f.span)
				ev->latest = f.y;
			if (ev->nfull < MAX_FULL)
				ev->full[ev->nfull++] = f;
		}
		{
			/* terms and periods the text speaks of */
			int t = term_start(s), a, b;
			const char *g = find_word(s, "giai đoạn ");
			if (t && t > ev->latest)
				ev->latest = t;
			if (g && span_years(g + strlen("giai đoạn "), &a, &b, 10) && b > ev->latest)
				ev->latest = b;
		}
	}
	ev->header_ymd = vnkg_i_x_header_date(vnkg_article_header(a), &dayp);
}

/* The year the publication date gives an event on d/m: the header's year or
 * the one before, whichever puts the event at most `window` days before the
 * header (a day after is allowed: time zones and late crawls). 0 when it is
 * further. */
static int header_year(const date_evidence *ev, int m, int d, int window)
{
	int hy = ev->header_ymd / 10000, hm = ev->header_ymd / 100 % 100, hd = ev->header_ymd % 100, y;
	long h;

	if (!ev->header_ymd || !m)
		return 0;
	/* a header years after everything the text speaks of is a print or crawl
	 * date */
	if (ev->latest && hy > ev->latest + 2)
		return 0;
	if (!hd) /* month only: its last day */
		h = days_of(hm == 12 ? hy + 1 : hy, hm == 12 ? 1 : hm + 1, 1) - 1;
	else
		h = days_of(hy, hm, hd);
	for (y = hy; y >= hy - 1; y--) {
		long e = days_of(y, m, d ? d : 1);
		if (e <= h + 1)
			return h - e <= window ? y : 0;
	}
	return 0;
}

/* Infers the year of an event on d/m (m 0 when unknown) from the ranked
 * clues (see the top of the file). `name` is the event's name, `t` its
 * sentence. */
static int infer_year(const date_evidence *ev, const char *name, const char *t, int month, int day,
		      pcre2_match_data *md)
{
	size_t i;
	int y = 0, weak = 0, lb = 0, guess = 0;

	/* 1. the same day written in full elsewhere, but not one the text tells
	 * as history (a founding, a victory: the day the event marks) */
	for (i = 0; i < ev->nfull && month; i++)
		if (!ev->full[i].directive && !ev->full[i].span && !ev->full[i].history &&
		    !(ev->latest && ev->full[i].y < ev->latest - 10) && ev->full[i].m == month && ev->full[i].d == day)
			return ev->full[i].y;
	/* 2. the publication date a few weeks at most after the day */
	y = header_year(ev, month, day, 45);
	if (y)
		return y;
	/* 3. the event's own sentence: an anniversary on the event's day first
	 * ("Sáng 26/3, nhân kỷ niệm ... (26/3/1931 - 26/3/2018), ... tuyên
	 * dương ... năm 2017" is 2018), then the year its name is about */
	y = anniversary_clue(t, month, day, md, 31);
	if (!y)
		y = years_of_document_clue(t, month, md);
	if (!y)
		y = named_year_clue(name, month, md);
	if (!y)
		y = named_year_clue(t, month, md);
	if (!y)
		y = term_clue(t, name, month, &lb, &guess);
	if (!y)
		y = period_clue(name);
	if (!y)
		y = period_clue(t);
	if (!y)
		y = school_year_clue(t, month);
	if (!y)
		y = anniversary_clue(t, month, day, md, 0);
	if (!y)
		y = lunar_clue(t, month);
	/* 4. the whole text: a congress reported without its term opens the
	 * newest term the page gives a congress (the headline's "Đại hội ...
	 * nhiệm kỳ 2032 - 2037" above "Trong 2 ngày 26 và 27-7, ... tổ chức Đại
	 * hội") */
	if (!y && name && has_word(name, "đại hội") && !has_word(t, "giữa nhiệm kỳ") && !has_word(t, "sơ kết")) {
		for (i = 0; i < ev->ntexts; i++) {
			int a = has_word(ev->texts[i], "đại hội") ? term_start(ev->texts[i]) : 0;
			if (a > y)
				y = a;
		}
	}
	for (i = 0; !y && i < ev->ntexts; i++) {
		int kind, n = session_number(name, &kind);
		const char *s = ev->texts[i];
		if (!kind)
			n = session_number(t, &kind);
		if (kind && n > 0 && term_start(s))
			y = term_clue(s, name, month, &lb, &guess);
		if (!y)
			y = anniversary_clue(s, month, day, md, 0);
		if (!y)
			y = lunar_clue(s, month);
		if (!y)
			y = school_year_clue(s, month);
	}
	/* 5. a header further away (a late post or a crawl date): the latest
	 * year that puts the day before it */
	if (!y && ev->header_ymd && month) {
		y = header_year(ev, month, day, 400);
		weak = 1;
	}
	/* 6. the documents it disseminates, then the years the text names most */
	if (!y && ev->max_doc_ymd && month) {
		y = ev->max_doc_ymd / 10000;
		weak = 1;
	}
	if (!y) {
		int best = 0, bestv = 0, second = 0, secondv = 0;
		for (i = 0; i < 200; i++) {
			/* decades before the rest: history the text recalls */
			if (ev->latest && 1900 + (int)i < ev->latest - 10)
				continue;
			if (ev->year_votes[i] > bestv) {
				bestv = ev->year_votes[i];
				best = 1900 + (int)i;
			}
		}
		for (i = 0; i < 200 && best; i++) {
			if (1900 + (int)i != best && ev->year_votes[i] > secondv) {
				secondv = ev->year_votes[i];
				second = 1900 + (int)i;
			}
		}
		/* one year's results and the next one's plans: a meeting at the turn
		 * of the year */
		if (best && month && (month <= 3 || month >= 10) && secondv && (second == best + 1 || second == best - 1) &&
		    (has_word(t, "tổng kết") || has_word(t, "nhiệm vụ") || has_word(t, "phương hướng") ||
		     has_word(t, "kết quả") || has_word(t, "nghị quyết"))) {
			int lo = best < second ? best : second;
			best = month >= 10 ? lo : lo + 1;
		}
		y = best;
		weak = 1;
	}
	/* a session or a congress season bounds the year from below */
	if (lb && (!y || y < lb || (weak && y > lb + 4)))
		y = guess;
	/* the event comes after the documents it disseminates */
	if (y && month && ev->max_doc_ymd && (weak || !name || y <= ev->max_doc_ymd / 10000) &&
	    ymd(y, month, day ? day : 1) < ev->max_doc_ymd)
		y = ev->max_doc_ymd / 10000 + (ymd(ev->max_doc_ymd / 10000, month, day ? day : 1) < ev->max_doc_ymd);
	return y;
}

/* ---- the day ------------------------------------------------------------ */

/* Is the date at byte `pos` of sentence si a directive's date of issue? */
int vnkg_i_x_directive_date_at(const vnkg_i_doc *d, size_t si, size_t pos)
{
	size_t i;

	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type == MENTION_DIRECTIVE && m->sentence == si && pos >= m->start && pos < m->end)
			return 1;
	}
	return 0;
}

/* Is the date at byte pos of sentence si a document's date of issue: inside
 * a directive's mention, or right after it (", ngày 3/9/2030 của ...", which
 * the directive's own rule may leave out)? */
static int directive_date_near(const vnkg_i_doc *d, size_t si, size_t pos)
{
	const char *s = vnkg_article_sentence(d->article, si)->text;
	size_t i;

	if (vnkg_i_x_directive_date_at(d, si, pos))
		return 1;
	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		size_t k;
		if (m->type != MENTION_DIRECTIVE || m->sentence != si || m->end > pos || pos - m->end > 32)
			continue;
		/* the rest of a code the directive's rule stopped before ("số
		 * 77/KH - UBND ngày ..."), a comma */
		for (k = m->end; k < pos && k - m->end < 24; k++) {
			if (strncmp(s + k, "Đ", strlen("Đ")) == 0)
				k++;
			else if (!strchr(" ,/-", s[k]) && !(s[k] >= 'A' && s[k] <= 'Z') && !(s[k] >= '0' && s[k] <= '9'))
				break;
		}
		if (strncmp(s + k, "ngày ", strlen("ngày ")) == 0)
			k += strlen("ngày ");
		/* the digits themselves: "..., chiều 11/9" is a time of day, no issue date */
		if (k == pos && s[k] >= '0' && s[k] <= '9')
			return 1;
	}
	return 0;
}

/* The month of the first day of a list of days s[a, b) that turns the
 * month ("29, 30-4 và 1-5-2031": April, though the list ends in May): a
 * month written after a day and followed by a smaller day; else mm. The
 * list runs from the end of its first day, `first`, at a to its last month
 * at b. */
static int list_month(const char *s, size_t a, size_t b, int first, int mm)
{
	size_t i;
	int prev = first;

	for (i = a; i < b; i++) {
		size_t j = i, k;
		int v = 0, next;
		if (s[i] < '0' || s[i] > '9' || (i > a && s[i - 1] >= '0' && s[i - 1] <= '9'))
			continue;
		while (j < b && j - i < 2 && s[j] >= '0' && s[j] <= '9')
			v = v * 10 + (s[j++] - '0');
		/* a month is written right after a day with "-", "/" or "." */
		k = i;
		while (k > a && s[k - 1] == ' ')
			k--;
		if (prev > 0 && v >= 1 && v <= 12 && k > a && strchr("-/.", s[k - 1])) {
			/* and the list goes on with a smaller day */
			const char *q = s + j;
			while (*q == ' ' || *q == ',')
				q++;
			if (strncmp(q, "và ", strlen("và ")) == 0)
				q += strlen("và ");
			next = vnkg_i_x_parse_int(q, 0, 2);
			if (q < s + b && next > 0 && next < prev)
				return v;
		}
		prev = v;
		i = j - 1;
	}
	return mm;
}

/* The event's day in sentence si: the first day form that is neither a
 * document's date of issue, nor an end of an anniversary span, nor a
 * founding date, nor a lunar date, nor a day still to come (which is taken
 * only when the sentence has no other). */
static int sentence_day(const vnkg_i_doc *d, size_t si, pcre2_match_data *md, int *day, int *month, int *year)
{
	const char *s = vnkg_article_sentence(d->article, si)->text;
	size_t len = strlen(s), from = 0;
	PCRE2_SIZE *ov;
	int later_d = 0, later_m = 0, later_y = 0;

	while (vnkg_i_rule_find(RE_DATE_DAY, md, s, len, from, &ov)) {
		size_t start = ov[0], end = ov[1];
		const char *after = s + end;
		int dd = vnkg_i_x_parse_int(s, ov[2], ov[3]), mm = vnkg_i_x_parse_int(s, ov[4], ov[5]);
		int yy = ov[6] != PCRE2_UNSET ? vnkg_i_x_parse_int(s, ov[6], ov[7]) : 0;
		from = end > from ? end : from + 1;
		{
			/* "30, 31-12 và 1-1-2031": the list turned the year too */
			int first = list_month(s, ov[3], ov[4], dd, mm);
			if (yy && first > mm)
				yy--;
			mm = first;
		}
		if (dd < 1 || dd > 31 || mm < 1 || mm > 12)
			continue;
		if (directive_date_near(d, si, start) || directive_date_near(d, si, ov[2]))
			continue;
		while (*after == ' ' || *after == ')')
			after++;
		if (yy && (*after == '-' || strncmp(after, "–", strlen("–")) == 0))
			continue;
		if (strncmp(after, "tới", strlen("tới")) == 0 || strncmp(after, "sắp tới", strlen("sắp tới")) == 0)
			continue;
		/* a lunar date ("ngày 10/3 âm lịch", "(tức ngày 15/8 Âm lịch)") */
		if (strncmp(after, "âm lịch", strlen("âm lịch")) == 0 || strncmp(after, "Âm lịch", strlen("Âm lịch")) == 0 ||
		    strncmp(after, "(âm lịch", strlen("(âm lịch")) == 0 || strncmp(after, "ÂL", strlen("ÂL")) == 0)
			continue;
		/* a day still to come ("sẽ diễn ra vào ngày 14/10", "dự kiến ngày
		 * 20/6"): only when the sentence gives no other (a preview) */
		{
			size_t w = start < 24 ? start : 24;
			if (vnkg_i_x_find_bytes(s + start - w, w, "sẽ ", strlen("sẽ ")) ||
			    vnkg_i_x_find_bytes(s + start - w, w, "dự kiến", strlen("dự kiến"))) {
				if (!later_m) {
					later_d = dd;
					later_m = mm;
					later_y = yy;
				}
				continue;
			}
		}
		if (start >= 12 && vnkg_i_x_find_bytes(s + start - 12, 12, "lập", strlen("lập")))
			continue;
		/* a day of history with its year ("chiến thắng ngày 30/4/1975") */
		if (yy && told_as_history(s, start))
			continue;
		/* a deadline ("hoàn thành trước ngày 30/6") or a holiday the event
		 * marks ("chào mừng ngày 30/4", "nhân dịp ngày 2/9") */
		if (start >= 7 && (vnkg_i_x_find_bytes(s + start - 7, 7, "trước", strlen("trước")) ||
				   vnkg_i_x_find_bytes(s + start - 7, 7, "mừng", strlen("mừng")) ||
				   vnkg_i_x_find_bytes(s + start - 7, 7, "dịp", strlen("dịp")) ||
				   vnkg_i_x_find_bytes(s + start - 7, 7, "hạn", strlen("hạn"))))
			continue;
		*day = dd;
		*month = mm;
		*year = yy;
		return 1;
	}
	if (later_m) {
		*day = later_d;
		*month = later_m;
		*year = later_y;
		return 1;
	}
	return 0;
}

/* "sáng nay", "hôm qua" in s without a day: 0 or -1 days from the
 * publication date; 1 when s has none (no relative day). */
static int relative_day(const char *s)
{
	static const char *const today[] = {"sáng nay", "chiều nay", "trưa nay", "tối nay", "hôm nay", "đêm nay"};
	static const char *const yesterday[] = {"hôm qua", "sáng qua", "chiều qua", "tối qua", "đêm qua"};
	size_t k;

	for (k = 0; k < sizeof(today) / sizeof(today[0]); k++)
		if (has_word(s, today[k]))
			return 0;
	for (k = 0; k < sizeof(yesterday) / sizeof(yesterday[0]); k++)
		if (has_word(s, yesterday[k]))
			return -1;
	return 1;
}

/* The date written at the head of a sentence: day, month and maybe year. */
int vnkg_i_x_lead_date(const char *s, pcre2_match_data *md, int *day, int *month, int *year)
{
	PCRE2_SIZE *ov;
	size_t a, b;
	int g;

	if (!vnkg_i_rule_find(RE_DATE_LEAD, md, s, strlen(s), 0, &ov))
		return 0;
	g = ov[2] != PCRE2_UNSET ? 1 : 4;
	*day = vnkg_i_group(ov, g, &a, &b) ? vnkg_i_x_parse_int(s, a, b) : 0;
	*month = vnkg_i_group(ov, g + 1, &a, &b) ? vnkg_i_x_parse_int(s, a, b) : 0;
	*year = vnkg_i_group(ov, g + 2, &a, &b) ? vnkg_i_x_parse_int(s, a, b) : 0;
	return *day >= 1 && *day <= 31 && *month >= 1 && *month <= 12;
}

/* "sau hai ngày làm việc, Đại hội ... đã bế mạc": the event began N-1 days
 * before the closing day written. */
static int days_before_close(const char *s)
{
	static const char *const counts[] = {"hai", "ba", "bốn", "năm"};
	const char *p = find_word(s, "sau ");
	size_t k;

	if (!p || !has_word(s, "bế mạc"))
		return 0;
	p += strlen("sau ");
	for (k = 0; k < sizeof(counts) / sizeof(counts[0]); k++) {
		size_t n = strlen(counts[k]);
		if (strncmp(p, counts[k], n) == 0 && strncmp(p + n, " ngày", strlen(" ngày")) == 0)
			return (int)k + 1;
	}
	/* "3 ngày", "03 ngày"; "2,5 ngày" (two and a half) began two days
	 * before */
	if (p[0] == '0')
		p++;
	if (p[0] >= '2' && p[0] <= '5' && strncmp(p + 1, " ngày", strlen(" ngày")) == 0)
		return p[0] - '1';
	if (p[0] >= '1' && p[0] <= '4' && (p[1] == ',' || p[1] == '.') && p[2] == '5' &&
	    strncmp(p + 3, " ngày", strlen(" ngày")) == 0)
		return p[0] - '0';
	return 0;
}

static void set_date(vnkg_i_mention *e, int y, int m, int dd)
{
	char buf[16];

	free(e->date);
	free(e->date_precision);
	if (y && m && dd) {
		snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, dd);
		e->date_precision = vnkg_i_strdup("day");
	} else if (m && dd) {
		/* ISO 8601's reduced form for a day whose year nothing tells */
		snprintf(buf, sizeof(buf), "--%02d-%02d", m, dd);
		e->date_precision = vnkg_i_strdup("month-day");
	} else if (y) {
		snprintf(buf, sizeof(buf), "%04d", y);
		e->date_precision = vnkg_i_strdup("year");
	} else {
		buf[0] = '\0';
		e->date_precision = vnkg_i_strdup("unknown");
	}
	e->date = vnkg_i_strdup(buf);
}

/* Does event mention k's sentence tell of it being held: someone organised
 * it there ("Đảng ủy ... tổ chức hội nghị ..."), or it is the subject of the
 * sentence ("Chiều 5/6, Đại hội ... khai mạc", "Hội nghị ... diễn ra ...")?
 * A gathering only cited (a coming congress, one inside a resolution's name)
 * does not take the sentence's day. */
static int tells_of(const vnkg_i_doc *d, size_t k)
{
	const vnkg_i_mention *o = &d->mentions[k];
	const char *s = vnkg_article_sentence(d->article, o->sentence)->text;
	const char *after = s + o->end;
	size_t r, i;

	/* someone organised or chaired it there ("Trước đó, chiều 23/10, X đã
	 * chủ trì lễ đón đoàn") */
	for (r = 0; r < d->nrelations; r++)
		if (d->relations[r].to == k && d->relations[r].sentence == o->sentence &&
		    (strcmp(d->relations[r].relation, "organized") == 0 || strcmp(d->relations[r].relation, "chaired") == 0))
			return 1;
	/* inside another gathering's name */
	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (i != k && m->type == MENTION_EVENT && !m->dead && m->sentence == o->sentence && m->start <= o->start &&
		    m->end >= o->end && m->end - m->start > o->end - o->start)
			return 0;
	}
	/* "B tổ chức Đại hội ..." without the cue the organiser rule reads, but
	 * not one being prepared ("chuẩn bị tổ chức", "sẽ tổ chức") */
	if (preceded_by(s, o->start, "tổ chức ") || preceded_by(s, o->start, "khai mạc ")) {
		size_t v = o->start - strlen(preceded_by(s, o->start, "tổ chức ") ? "tổ chức " : "khai mạc ");
		if (!preceded_by(s, v, "chuẩn bị ") && !preceded_by(s, v, "sẽ ") && !preceded_by(s, v, "dự kiến ") &&
		    !preceded_by(s, v, "để ") && !preceded_by(s, v, "việc ") && !preceded_by(s, v, "công tác "))
			return 1;
	}
	while (*after == ' ' || *after == ',')
		after++;
	if (strncmp(after, "đã ", strlen("đã ")) == 0)
		after += strlen("đã ");
	if (strncmp(after, "khai mạc", strlen("khai mạc")) == 0 || strncmp(after, "bế mạc", strlen("bế mạc")) == 0 ||
	    strncmp(after, "diễn ra", strlen("diễn ra")) == 0 || strncmp(after, "được tổ chức", strlen("được tổ chức")) == 0)
		return 1;
	/* "Sáng 5/6, Hội nghị ...": the clause opens with it */
	return o->start >= 2 && s[o->start - 2] == ',' && vnkg_i_is_upper_initial(s + o->start);
}

/* Does the event's sentence (or the lead's) say it was held just now ("vừa
 * tổ chức", "vừa diễn ra", "vừa qua", "mới đây")? */
static int recent(const char *es, const char **texts, size_t n)
{
	static const char *const cues[] = {"vừa tổ chức", "vừa diễn ra", "vừa qua", "vừa được tổ chức", "mới đây",
					   "vừa khai mạc", "vừa bế mạc"};
	size_t k, si;

	for (si = 0; si <= n && si < 3; si++) {
		const char *s = si == 0 ? es : texts[si - 1];
		for (k = 0; s && k < sizeof(cues) / sizeof(cues[0]); k++)
			if (has_word(s, cues[k]))
				return 1;
	}
	return 0;
}

static void set_month(vnkg_i_mention *e, int y, int m)
{
	char buf[16];

	free(e->date);
	free(e->date_precision);
	snprintf(buf, sizeof(buf), "%04d-%02d", y, m);
	e->date = vnkg_i_strdup(buf);
	e->date_precision = vnkg_i_strdup("month");
}

/* Is the ISO date one end of a span written in the text? */
static int is_span_date(const date_evidence *ev, const char *iso)
{
	size_t i;
	int y = vnkg_i_x_parse_int(iso, 0, 4), m = vnkg_i_x_parse_int(iso, 5, 7), dd = vnkg_i_x_parse_int(iso, 8, 10);

	for (i = 0; i < ev->nfull; i++)
		if (ev->full[i].span && ev->full[i].y == y && ev->full[i].m == m && ev->full[i].d == dd)
			return 1;
	return 0;
}

/* Dates event e (its day from sentence si) with the article's evidence. */
static int date_event(vnkg_i_doc *d, vnkg_i_mention *e, size_t si, int found, int day, int month, int year,
		      const date_evidence *ev, pcre2_match_data *md)
{
	const char *s = vnkg_article_sentence(d->article, si)->text;
	int back = found ? days_before_close(s) : 0;

	if (found && !year)
		year = infer_year(ev, e->name, s, month, day, md);
	if (found && year && back) {
		int y2, m2, d2;
		civil_of(days_of(year, month, day) - back, &y2, &m2, &d2);
		year = y2;
		month = m2;
		day = d2;
	} else if (found && !year && back && day > back) {
		day -= back;
	}
	if (found) {
		set_date(e, year, month, day);
		return 1;
	}
	return 0;
}

/* "Đầu tháng 7/2031", "cuối tháng 12 năm 2031", "trong tháng 3-2031": the
 * month an event was held when no day is written, with its year in *year;
 * 0 when s has none. A month named after an event ("phiên họp thường kỳ
 * tháng 12/2031") is what it is about, and is not read. */
static int written_month(const char *s, int *year)
{
	static const char *const preps[] = {"đầu tháng ", "giữa tháng ", "cuối tháng ", "trong tháng ", "vào tháng "};
	size_t k;

	for (k = 0; k < sizeof(preps) / sizeof(preps[0]); k++) {
		const char *p = find_word(s, preps[k]);
		const char *q;
		int m = 0, nd = 0;
		if (!p)
			continue;
		q = p + strlen(preps[k]);
		while (nd < 2 && q[nd] >= '0' && q[nd] <= '9') {
			m = m * 10 + (q[nd] - '0');
			nd++;
		}
		if (!nd || m < 1 || m > 12)
			continue;
		q += nd;
		while (*q == ' ')
			q++;
		if (*q == '/' || *q == '-' || *q == '.')
			q++;
		else if (strncmp(q, "năm ", strlen("năm ")) == 0)
			q += strlen("năm ");
		else
			continue;
		while (*q == ' ')
			q++;
		if (year_at(q)) {
			*year = year_at(q);
			return m;
		}
	}
	return 0;
}

/* Dates the article's own event e. */
static void date_main(vnkg_i_doc *d, vnkg_i_mention *e, const date_evidence *ev, pcre2_match_data *md)
{
	size_t n = ev->ntexts, si, dsi = e->sentence;
	int day = 0, month = 0, year = 0, found;
	const char *es = vnkg_article_sentence(d->article, e->sentence)->text;

	found = sentence_day(d, dsi, md, &day, &month, &year);
	/* an event named in a headline: the lead after it */
	for (si = e->sentence + 1; !found && si < n && si <= e->sentence + 2; si++) {
		found = sentence_day(d, si, md, &day, &month, &year);
		dsi = si;
	}
	/* the event anchored to a later sentence ("X chủ trì hội nghị"): the
	 * first dated sentence of the lead */
	for (si = 0; !found && si < n && si < 6; si++) {
		found = sentence_day(d, si, md, &day, &month, &year);
		dsi = si;
	}
	if (!found && ev->header_ymd % 100) {
		/* "Hội nghị được tổ chức trực tuyến sáng nay": the publication day */
		int rel = relative_day(es);
		for (si = 0; rel == 1 && si < n && si < 3; si++)
			rel = relative_day(ev->texts[si]);
		if (rel != 1) {
			civil_of(days_of(ev->header_ymd / 10000, ev->header_ymd / 100 % 100, ev->header_ymd % 100) + rel,
				 &year, &month, &day);
			found = 1;
			dsi = e->sentence;
		}
	}
	if (!date_event(d, e, dsi < n ? dsi : e->sentence, found, day, month, year, ev, md)) {
		/* no day: "Cuối tháng 12/2031, ..." gives the month */
		PCRE2_SIZE *ov;
		int y = 0, mm = written_month(es, &y);
		if (mm) {
			set_month(e, y, mm);
			return;
		}
		/* only the year the event is about ("triển khai nhiệm vụ năm 2024") */
		y = 0;
		if (e->name && vnkg_i_rule_find(RE_YEAR, md, e->name, strlen(e->name), 0, &ov))
			y = infer_year(ev, e->name, es, 0, 0, md);
		/* or the term a congress opens, the period a review closes */
		if (!y) {
			int lb = 0, guess = 0;
			y = term_clue(es, e->name, 0, &lb, &guess);
			if (!y)
				y = period_clue(e->name);
			if (!y)
				y = period_clue(es);
		}
		if (ev->header_ymd && recent(es, ev->texts, n) && (!ev->latest || ev->header_ymd / 10000 <= ev->latest + 2) &&
		    (!y || y == ev->header_ymd / 10000)) {
			/* "Lữ đoàn ... vừa tổ chức hội thao": shortly before the page
			 * was published, in its month at the finest */
			set_month(e, ev->header_ymd / 10000, ev->header_ymd / 100 % 100);
		} else {
			/* a page that starts after its lead, under its date line: the
			 * event was shortly before it, in its year unless the page came
			 * out in the first days of January */
			int hy = ev->header_ymd / 10000, hmd = ev->header_ymd % 10000;
			if (!y && ev->header_ymd % 100 && hmd > 107 && (!ev->latest || hy <= ev->latest + 2))
				y = hy;
			set_date(e, y, 0, 0);
		}
	}
}

/* The year of a national congress named n: the Party's ("Đại hội đại biểu
 * toàn quốc lần thứ XIII", "Đại hội XIV của Đảng": every five years from
 * 2001) or the Army Party organisation's ("Đảng bộ Quân đội lần thứ XI":
 * 2020, every five years); 0 for another body's national congress or a
 * number not read. */
static int national_congress_year(const char *n)
{
	const char *p = strstr(n, " của Đảng");
	int y;

	if (p) {
		while (p > n && p[-1] >= 'A' && p[-1] <= 'Z')
			p--;
		return party_congress_year(roman_value(p, NULL));
	}
	if (strncmp(n, "Đại hội đại biểu toàn quốc lần thứ ", strlen("Đại hội đại biểu toàn quốc lần thứ ")) == 0)
		return party_congress_year(roman_value(n + strlen("Đại hội đại biểu toàn quốc lần thứ "), NULL));
	p = strstr(n, "Đảng bộ Quân đội lần thứ ");
	if (p) {
		y = party_congress_year(roman_value(p + strlen("Đảng bộ Quân đội lần thứ "), NULL));
		return y ? y + 9 : 0;
	}
	return 0;
}

/* Dates the other events the article reports, each led by its own day
 * ("Tối 15-6, Công an tỉnh ... tổ chức lễ ..."), with the same year logic;
 * main_sentence is the sentence of the article's own event (its day is that
 * event's), or (size_t)-1. */
static void date_others(vnkg_i_doc *d, size_t main_sentence, const date_evidence *ev, pcre2_match_data *md)
{
	size_t i;

	for (i = 0; i < d->nmentions; i++) {
		vnkg_i_mention *o = &d->mentions[i];
		int od, om, oy;
		if (o->type == MENTION_EVENT && !o->dead && !o->main_event && o->national && o->name && (!o->date || !*o->date)) {
			/* a national congress the text cites is dated by its number */
			int y = national_congress_year(o->name);
			if (y)
				set_date(o, y, 0, 0);
		}
		if (o->type != MENTION_EVENT || o->dead || o->main_event || o->national || o->sentence == main_sentence)
			continue;
		if (!tells_of(d, i) || !sentence_day(d, o->sentence, md, &od, &om, &oy)) {
			/* a gathering the sentence only cites ("trình Đại hội ...",
			 * "quán triệt Nghị quyết Đại hội ...") keeps what it had, but a
			 * date read off an anniversary span is no event's day */
			if (o->date && strlen(o->date) == 10 && is_span_date(ev, o->date))
				set_date(o, 0, 0, 0);
			continue;
		}
		/* its own full date, read when it was found, stays */
		if (o->date && strlen(o->date) == 10 && vnkg_i_x_parse_int(o->date, 5, 7) == om &&
		    vnkg_i_x_parse_int(o->date, 8, 10) == od)
			continue;
		date_event(d, o, o->sentence, 1, od, om, oy, ev, md);
	}
}

/* The article's sentences and evidence, for dating its events; texts is
 * NULL (each event's own sentence alone) when out of memory. Free texts. */
static const char **prepare(vnkg_i_doc *d, pcre2_match_data *md, date_evidence *ev)
{
	const vnkg_article *a = d->article;
	size_t n = vnkg_article_sentence_count(a), si;
	const char **texts;

	gather_dates(d, md, ev);
	texts = calloc(n ? n : 1, sizeof(*texts));
	for (si = 0; texts && si < n; si++)
		texts[si] = vnkg_article_sentence(a, si)->text;
	ev->texts = texts;
	ev->ntexts = texts ? n : 0;
	return texts;
}

void vnkg_i_x_date_main_event(vnkg_i_doc *d, pcre2_match_data *md)
{
	size_t em = d->main_event;
	date_evidence ev;
	const char **texts = prepare(d, md, &ev);

	if (em != VNKG_I_NO_MENTION) {
		vnkg_i_mention *e = &d->mentions[em];
		date_main(d, e, &ev, md);
		d->event_date = vnkg_i_strdup(e->date);
		d->event_precision = vnkg_i_strdup(e->date_precision);
	}
	date_others(d, em != VNKG_I_NO_MENTION ? d->mentions[em].sentence : (size_t)-1, &ev, md);
	free(texts);
}

void vnkg_i_x_date_other_events(vnkg_i_doc *d, pcre2_match_data *md)
{
	size_t em = d->main_event;
	date_evidence ev;
	const char **texts = prepare(d, md, &ev);

	date_others(d, em != VNKG_I_NO_MENTION ? d->mentions[em].sentence : (size_t)-1, &ev, md);
	free(texts);
}
