/* Dates: the day an event was held, and the year a date written without one
 * belongs to, from what the article says about years. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "extract/xctx.h"
#include "util/util.h"
#include "vnkg/common.h"

/* What the article says about years, for a date written without one. */
typedef struct date_evidence {
	int lead_day, lead_month, lead_year; /* the event's date as written */
	int max_doc_ymd;                     /* latest date of a document named, yyyymmdd */
	int year_votes[200];                 /* years 1900..2099 mentioned */
	int header_ymd;                      /* a page header's print date */
	int school_year;                     /* "năm học 2023-2024" -> 2023 */
} date_evidence;

static int ymd(int y, int m, int d)
{
	return y * 10000 + m * 100 + d;
}

/* Does the text speak of a year's results or plans ("tổng kết", "nhiệm vụ năm",
 * "phương hướng")? Such gatherings sit at the turn of the year. */
static int about_year_turn(const char *t)
{
	return t && (strstr(t, "tổng kết") || strstr(t, "nhiệm vụ") || strstr(t, "phương hướng") ||
		     strstr(t, "kết quả") || strstr(t, "nghị quyết"));
}

/* Infers the main event's year from the article, given the event's month (0
 * when unknown) and the sentence that names it:
 *   1. the years in the event's name: "tổng kết năm 2019 ... nhiệm vụ năm
 *      2020" in December is 2019, in January 2020; "nhiệm vụ năm 2025" planned
 *      in December is 2024; a single year otherwise is the year;
 *   2. the latest document it cites: the event comes after it;
 *   3. the years the article mentions most; a year's results and the next
 *      year's plans at the turn of the year choose by the month;
 *   4. the print date in the page header. */
/* The last year of a period written "2019 - 2024" or "2021-2025", else 0. */
static int period_end(const char *p)
{
	int a = vnkg_i_x_parse_int(p, 0, 4), b;

	if (a < 1900 || a > 2099 || (p[4] != ' ' && p[4] != '-'))
		return 0;
	p += 4;
	while (*p == ' ')
		p++;
	if (*p != '-')
		return 0;
	p++;
	while (*p == ' ')
		p++;
	b = vnkg_i_x_parse_int(p, 0, 4);
	return b > a && b < 2100 && !(p[4] >= '0' && p[4] <= '9') ? b : 0;
}

static int infer_year(const date_evidence *ev, const char *event_name_text, const char *sentence, int month, int day,
		      pcre2_match_data *md)
{
	int name_years[8], nn = 0, y, best = 0, bestv = 0, i;
	size_t from = 0;
	PCRE2_SIZE *ov;
	int turn = month && (month <= 3 || month >= 10) && about_year_turn(sentence);

	/* a congress of a term is held in the term's first year */
	if (event_name_text && (strncmp(event_name_text, "Đại hội", strlen("Đại hội")) == 0 ||
				strncmp(event_name_text, "đại hội", strlen("đại hội")) == 0)) {
		const char *t = strstr(event_name_text, "nhiệm kỳ ");
		if (t && vnkg_i_x_parse_int(t, strlen("nhiệm kỳ "), strlen("nhiệm kỳ ") + 4) > 1900)
			return vnkg_i_x_parse_int(t, strlen("nhiệm kỳ "), strlen("nhiệm kỳ ") + 4);
	}
	if (event_name_text) {
		size_t len = strlen(event_name_text);
		const char *per = strstr(event_name_text, "giai đoạn ");
		while (nn < 8 && vnkg_i_rule_find(RE_YEAR, md, event_name_text, len, from, &ov)) {
			name_years[nn++] = vnkg_i_x_parse_int(event_name_text, ov[2], ov[3]);
			from = ov[1];
		}
		/* "tổng kết ... giai đoạn 2019 - 2024" is held as the period ends;
		 * "ký kết quy chế ... giai đoạn 2024-2029" as it begins; a mid-term
		 * review ("sơ kết") says nothing */
		if (per && nn < 8 && !strstr(event_name_text, "sơ kết")) {
			const char *p = per + strlen("giai đoạn ");
			int last = period_end(p);
			if (last)
				name_years[nn++] = strstr(event_name_text, "tổng kết") ? last : vnkg_i_x_parse_int(p, 0, 4);
		}
	}
	if (nn > 0) {
		int lo = name_years[0], hi = name_years[0];
		for (i = 1; i < nn; i++) {
			if (name_years[i] < lo)
				lo = name_years[i];
			if (name_years[i] > hi)
				hi = name_years[i];
		}
		if (hi == lo + 1)
			return month >= 7 ? lo : hi;
		/* plans for a year are made at the end of the one before */
		if (month >= 10 && !strstr(event_name_text, "tổng kết") && !strstr(event_name_text, "sơ kết") &&
		    (strstr(event_name_text, "nhiệm vụ") || strstr(event_name_text, "nghị quyết") ||
		     strstr(event_name_text, "kế hoạch") || strstr(event_name_text, "phương hướng")))
			return hi - 1;
		return hi;
	}
	if (ev->max_doc_ymd && month) {
		int dy = ev->max_doc_ymd / 10000;
		y = dy;
		if (ymd(y, month, day ? day : 1) < ev->max_doc_ymd)
			y++;
		return y;
	}
	for (i = 0; i < 200; i++) {
		if (ev->year_votes[i] > bestv) {
			bestv = ev->year_votes[i];
			best = 1900 + i;
		}
	}
	if (best) {
		/* one year's results and the next one's plans: a meeting at the turn
		 * of the year */
		int second = 0, secondv = 0;
		for (i = 0; i < 200; i++) {
			if (1900 + i != best && ev->year_votes[i] > secondv) {
				secondv = ev->year_votes[i];
				second = 1900 + i;
			}
		}
		if (turn && secondv && (second == best + 1 || second == best - 1)) {
			int lo = best < second ? best : second;
			return month >= 10 ? lo : lo + 1;
		}
		return best;
	}
	/* a school year runs from September to the next summer */
	if (ev->school_year && month)
		return month >= 8 ? ev->school_year : ev->school_year + 1;
	if (ev->header_ymd) {
		y = ev->header_ymd / 10000;
		if (month && ymd(y, month, day ? day : 1) > ev->header_ymd)
			y--;
		return y;
	}
	return 0;
}

/* The days the country keeps, and the year each anniversary counts from. */
static const struct {
	const char *name;
	int base;
} kept_days[] = {
	{"Cách mạng Tháng Tám", 1945},
	{"Cách mạng tháng Tám", 1945},
	{"Quốc khánh", 1945},
	{"Ngày thành lập Quân đội nhân dân Việt Nam", 1944},
	{"Ngày thành lập QĐND Việt Nam", 1944},
	{"Ngày hội Quốc phòng toàn dân", 1989},
	{"Chiến thắng Điện Biên Phủ", 1954},
	{"Ngày Giải phóng hoàn toàn miền Nam", 1975},
	{"Ngày giải phóng hoàn toàn miền Nam", 1975},
	{"Ngày Giải phóng miền Nam", 1975},
	{"Ngày thành lập Đảng Cộng sản Việt Nam", 1930},
	{"Ngày sinh Chủ tịch Hồ Chí Minh", 1890},
	{"Ngày sinh Bác Hồ", 1890},
	{"Ngày Thương binh - Liệt sĩ", 1947},
	{"Ngày Thương binh – Liệt sĩ", 1947},
	{"Ngày thành lập Bộ đội Biên phòng", 1959},
	{"Ngày Biên phòng toàn dân", 2009},
	{"Ngày truyền thống Công an nhân dân", 1945},
	{"Ngày thành lập Hội Cựu chiến binh Việt Nam", 1989},
	{"Ngày Nhà giáo Việt Nam", 1982},
};

/* "kỷ niệm 79 năm Cách mạng Tháng Tám": the year of the anniversary. */
static void anniversary_votes(const char *s, date_evidence *ev)
{
	const char *p = s;

	while ((p = strstr(p, " năm ")) != NULL) {
		const char *q = p, *rest = p + strlen(" năm ");
		int years = 0, scale = 1;
		size_t k;
		p = rest;
		while (q > s && q[-1] >= '0' && q[-1] <= '9' && scale <= 100) {
			years += (q[-1] - '0') * scale;
			scale *= 10;
			q--;
		}
		if (scale == 1 || years < 1 || (q > s && q[-1] != ' '))
			continue;
		for (k = 0; k < sizeof(kept_days) / sizeof(kept_days[0]); k++) {
			int y = kept_days[k].base + years;
			if (strncmp(rest, kept_days[k].name, strlen(kept_days[k].name)) == 0 && y >= 1900 && y < 2100) {
				ev->year_votes[y - 1900] += 2;
				break;
			}
		}
	}
}

static void gather_dates(vnkg_i_doc *d, pcre2_match_data *md, date_evidence *ev)
{
	const vnkg_article *a = d->article;
	size_t si, n = vnkg_article_sentence_count(a), from, i;
	PCRE2_SIZE *ov;
	const char *hdr = vnkg_article_header(a);

	memset(ev, 0, sizeof(*ev));
	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type == MENTION_DIRECTIVE && !m->dead && m->date && strlen(m->date) == 10) {
			int v = ymd(vnkg_i_x_parse_int(m->date, 0, 4), vnkg_i_x_parse_int(m->date, 5, 7), vnkg_i_x_parse_int(m->date, 8, 10));
			if (v > ev->max_doc_ymd)
				ev->max_doc_ymd = v;
		}
	}
	for (si = 0; si < n; si++) {
		const char *s = vnkg_article_sentence(a, si)->text;
		size_t len = strlen(s);
		from = 0;
		while (vnkg_i_rule_find(RE_YEAR, md, s, len, from, &ov)) {
			int y = vnkg_i_x_parse_int(s, ov[2], ov[3]);
			from = ov[1];
			if (y >= 1900 && y < 2100)
				ev->year_votes[y - 1900]++;
		}
		{
			const char *sy = strstr(s, "năm học ");
			if (sy && !ev->school_year) {
				const char *p = sy + strlen("năm học ");
				if (p[0] >= '1' && p[0] <= '2' && strlen(p) >= 9 && (p[4] == '-' || p[4] == ' '))
					ev->school_year = vnkg_i_x_parse_int(p, 0, 4);
			}
		}
		/* "65 năm Ngày truyền thống (1959-2024)": an anniversary in its last year */
		{
			const char *p = s;
			while ((p = strchr(p, '(')) != NULL) {
				int y1 = vnkg_i_x_parse_int(p, 1, 5), y2;
				p++;
				if (y1 < 1900 || strlen(p) < 10 || p[4] != '-')
					continue;
				y2 = vnkg_i_x_parse_int(p, 5, 9);
				if (y2 > y1 && y2 < 2100 && p[9] == ')')
					ev->year_votes[y2 - 1900]++;
			}
		}
		anniversary_votes(s, ev);
		from = 0;
		while (vnkg_i_rule_find(RE_DATE_FULL, md, s, len, from, &ov)) {
			int y = vnkg_i_x_parse_int(s, ov[6], ov[7]);
			from = ov[1];
			if (y >= 1900 && y < 2100)
				ev->year_votes[y - 1900]++;
		}
	}
	/* a print date in the page header: "Thứ 3, 18/12/2018" */
	if (hdr && *hdr) {
		const char *p = strstr(hdr, "Thứ ");
		if (p && vnkg_i_rule_find(RE_DATE_FULL, md, p, strlen(p), 0, &ov) && ov[0] < 20)
			ev->header_ymd = ymd(vnkg_i_x_parse_int(p, ov[6], ov[7]), vnkg_i_x_parse_int(p, ov[4], ov[5]), vnkg_i_x_parse_int(p, ov[2], ov[3]));
	}
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

void vnkg_i_x_date_main_event(vnkg_i_doc *d, pcre2_match_data *md)
{
	const vnkg_article *a = d->article;
	size_t n = vnkg_article_sentence_count(a), si, em = d->main_event, i;
	int day = 0, month = 0, year = 0, found = 0;
	date_evidence ev;
	vnkg_i_mention *e;
	char buf[16];

	if (em == VNKG_I_NO_MENTION)
		return;
	e = &d->mentions[em];
	found = vnkg_i_x_lead_date(vnkg_article_sentence(a, e->sentence)->text, md, &day, &month, &year);
	if (!found) {
		/* "... diễn ra sáng 5/6 tại ..." */
		const char *es = vnkg_article_sentence(a, e->sentence)->text;
		PCRE2_SIZE *ov;
		size_t from = 0;
		while (!found && vnkg_i_rule_find(RE_DATE_ANY, md, es, strlen(es), from, &ov)) {
			int g = ov[2] != PCRE2_UNSET ? 1 : 4;
			from = ov[1];
			/* "Chỉ thị ... ngày 8/4/2014" is the document's date, not the event's */
			if (vnkg_i_x_directive_date_at(d, e->sentence, ov[0] + 1))
				continue;
			day = vnkg_i_x_parse_int(es, ov[2 * g], ov[2 * g + 1]);
			month = vnkg_i_x_parse_int(es, ov[2 * g + 2], ov[2 * g + 3]);
			year = ov[2 * g + 4] != PCRE2_UNSET ? vnkg_i_x_parse_int(es, ov[2 * g + 4], ov[2 * g + 5]) : 0;
			found = day >= 1 && day <= 31 && month >= 1 && month <= 12;
		}
	}
	for (si = 0; !found && si < n && si < 6; si++)
		found = vnkg_i_x_lead_date(vnkg_article_sentence(a, si)->text, md, &day, &month, &year);
	gather_dates(d, md, &ev);
	if (!year)
		year = infer_year(&ev, e->name, vnkg_article_sentence(a, e->sentence)->text, found ? month : 0, day, md);
	free(e->date);
	free(e->date_precision);
	if (found && year) {
		snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
		e->date = vnkg_i_strdup(buf);
		e->date_precision = vnkg_i_strdup("day");
	} else if (year && !found) {
		/* only the year the event is about: "triển khai nhiệm vụ năm 2024" */
		PCRE2_SIZE *ov;
		if (vnkg_i_rule_find(RE_YEAR, md, e->name, strlen(e->name), 0, &ov)) {
			snprintf(buf, sizeof(buf), "%04d", year);
			e->date = vnkg_i_strdup(buf);
			e->date_precision = vnkg_i_strdup("year");
		} else {
			e->date = vnkg_i_strdup("");
			e->date_precision = vnkg_i_strdup("unknown");
		}
	} else {
		e->date = vnkg_i_strdup("");
		e->date_precision = vnkg_i_strdup("unknown");
	}
	d->event_date = vnkg_i_strdup(e->date);
	d->event_precision = vnkg_i_strdup(e->date_precision);
	if (!(found && year))
		return;
	/* another event the article reports, led by its own day without a year
	 * ("Tối 15-6, Công an tỉnh ... tổ chức lễ ..."): the article's year */
	for (i = 0; i < d->nmentions; i++) {
		vnkg_i_mention *o = &d->mentions[i];
		int od, om, oy, organized = 0;
		size_t r;
		if (o->type != MENTION_EVENT || o->dead || o->main_event || o->national || !o->date || o->date[0])
			continue;
		/* only a gathering the sentence tells someone held, not one it cites */
		for (r = 0; r < d->nrelations && !organized; r++)
			organized = d->relations[r].to == i && d->relations[r].sentence == o->sentence &&
				    strcmp(d->relations[r].relation, "organized") == 0;
		if (!organized)
			continue;
		if (!vnkg_i_x_lead_date(vnkg_article_sentence(a, o->sentence)->text, md, &od, &om, &oy) || oy)
			continue;
		snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, om, od);
		free(o->date);
		free(o->date_precision);
		o->date = vnkg_i_strdup(buf);
		o->date_precision = vnkg_i_strdup("day");
	}
}

