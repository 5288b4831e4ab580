/* Events, places and dates: the article's own event and the others it
 * reports, congresses, where they were held, and the year a date without
 * one belongs to. */

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

void vnkg_i_x_read_congresses(xctx *x)
{
	size_t from = 0;
	PCRE2_SIZE *ov;

	while (vnkg_i_rule_find(RE_CONGRESS, x->md, x->s, x->len, from, &ov)) {
		size_t em, wi = vnkg_i_x_word_at(x, ov[0]);
		from = ov[1];
		if (wi < x->w.n && x->used[wi])
			continue;
		em = vnkg_i_x_add_mention(x->doc, MENTION_EVENT, x->si, ov[0], ov[1], x->s);
		if (em == VNKG_I_NO_MENTION)
			continue;
		{
			vnkg_i_mention *m = &x->doc->mentions[em];
			char *core = vnkg_i_x_sub(x->s, ov[2], ov[3]);
			m->name = core;
			m->kind = vnkg_i_strdup("đại hội");
			m->national = strstr(core, "toàn quốc") != NULL || strstr(core, "Đảng bộ Quân đội") != NULL ||
				      ov[6] != PCRE2_UNSET; /* "Đại hội XIV của Đảng" */
			m->date = vnkg_i_strdup("");
			m->date_precision = vnkg_i_strdup("unknown");
			if (ov[8] != PCRE2_UNSET) {
				/* "nhiệm kỳ 2020-2025": held at the start of the term */
				free(m->date);
				m->date = vnkg_i_x_sub(x->s, ov[8], ov[9]);
				free(m->date_precision);
				m->date_precision = vnkg_i_strdup("year");
			}
		}
		vnkg_i_x_mark_span(x, ov[0], ov[1]);
	}
}

static int is_room(const char *p)
{
	static const char *const rooms[] = {"Hội trường", "Hội", "Nhà", "Trụ sở", "Trung tâm", "Phòng", "Khu",
					    "Sân", "Trường", "Đài", "Nghĩa trang", "Bảo tàng", NULL};
	size_t i;

	for (i = 0; rooms[i]; i++) {
		size_t n = strlen(rooms[i]);
		if (strncmp(p, rooms[i], n) == 0 && (p[n] == ' ' || p[n] == '\0' || p[n] == ','))
			return 1;
	}
	return 0;
}

/* "HÀ NỘI - Chiều 2/4, ...": a dateline in capitals names the place. */
static void read_dateline(xctx *x)
{
	const char *dash = vnkg_i_x_find_bytes(x->s, x->len < 40 ? x->len : 40, " - ", 3);
	size_t i, n, pm;
	vnkg_buf name = VNKG_BUF_INIT;

	if (!dash || x->si > 3)
		return;
	n = (size_t)(dash - x->s);
	/* capital letters and spaces only, two words at least */
	for (i = 0; i < x->w.n && x->w.w[i].end <= n; i++)
		if (!x->w.w[i].abbr && !x->w.w[i].expanded)
			return;
	if (i < 2)
		return;
	for (i = 0; i < x->w.n && x->w.w[i].end <= n; i++) {
		char *low = vnkg_i_lower(x->w.w[i].text, strlen(x->w.w[i].text));
		utf8proc_int32_t cp;
		utf8proc_ssize_t len;
		if (!low)
			break;
		len = utf8proc_iterate((const utf8proc_uint8_t *)low, -1, &cp);
		if (i)
			vnkg_i_buf_putc(&name, ' ');
		if (len > 0) {
			utf8proc_uint8_t up[4];
			utf8proc_ssize_t ul = utf8proc_encode_char(utf8proc_toupper(cp), up);
			vnkg_i_buf_put(&name, (const char *)up, (size_t)ul);
			vnkg_i_buf_puts(&name, low + len);
		}
		free(low);
	}
	pm = vnkg_i_x_add_mention(x->doc, MENTION_PLACE, x->si, 0, n, x->s);
	if (pm == VNKG_I_NO_MENTION) {
		vnkg_i_buf_free(&name);
		return;
	}
	x->doc->mentions[pm].name = vnkg_i_buf_detach(&name);
	x->doc->mentions[pm].locality = vnkg_i_strdup("");
}

void vnkg_i_x_read_places(xctx *x)
{
	read_dateline(x);
	size_t from = 0, a, b;
	PCRE2_SIZE *ov;

	while (vnkg_i_rule_find(RE_PLACE_AT, x->md, x->s, x->len, from, &ov)) {
		size_t pm, wi;
		from = ov[1];
		vnkg_i_group(ov, 2, &a, &b);
		wi = vnkg_i_x_word_at(x, a);
		if (wi < x->w.n && (x->used[wi] || vnkg_i_x_is_head_start(x, wi) || vnkg_i_x_is_title_start(x, wi) || vnkg_i_x_is_rank_start(x, wi)))
			continue;
		/* "tại Hội trường ..." and the like are rooms, not places */
		if (is_room(x->s + a))
			continue;
		pm = vnkg_i_x_add_mention(x->doc, MENTION_PLACE, x->si, ov[0] + strlen("tại "), b, x->s);
		if (pm == VNKG_I_NO_MENTION)
			continue;
		x->doc->mentions[pm].name = vnkg_i_x_sub(x->s, a, b);
		x->doc->mentions[pm].locality =
			vnkg_i_group(ov, 1, &a, &b) ? vnkg_i_x_sub(x->s, a, b) : vnkg_i_strdup("");
		vnkg_i_x_mark_span(x, ov[0], ov[1]);
	}
	/* "tại Sở chỉ huy ở huyện Núi Thành, tỉnh Quảng Nam": the places after
	 * a "tại" that names a building */
	if (vnkg_i_x_find_bytes(x->s, x->len, " tại ", strlen(" tại ")) || strncmp(x->s, "Tại ", strlen("Tại ")) == 0) {
		from = 0;
		while (vnkg_i_rule_find(RE_PLACE_LOC, x->md, x->s, x->len, from, &ov)) {
			size_t pm, wi;
			from = ov[1];
			vnkg_i_group(ov, 2, &a, &b);
			wi = vnkg_i_x_word_at(x, ov[2]);
			if (wi < x->w.n && x->used[wi])
				continue;
			pm = vnkg_i_x_add_mention(x->doc, MENTION_PLACE, x->si, ov[2], b, x->s);
			if (pm == VNKG_I_NO_MENTION)
				continue;
			x->doc->mentions[pm].name = vnkg_i_x_sub(x->s, a, b);
			x->doc->mentions[pm].locality = vnkg_i_x_sub(x->s, ov[2], ov[3]);
			vnkg_i_x_mark_span(x, ov[2], b);
		}
	}
}

static char *event_name(const char *s, size_t start, size_t len)
{
	/* the name ends where the sentence goes on about it: "Hội nghị ... đã
	 * khai mạc", "... diễn ra sáng 5/6", "... do X chủ trì" */
	static const char *const stops[] = {". ", "; ", " do ", " dưới sự ", " với sự tham dự", " nhằm ",
					    ", tại ", " tại ", " với sự ", " đã khai mạc", " khai mạc", " bế mạc",
					    " đã diễn ra", " diễn ra", " đã được tổ chức", " được tổ chức", " đã bế mạc",
					    " thành công tốt đẹp", " đã long trọng", " long trọng", " trọng thể", NULL};
	size_t end = len, i, words = 0, p;

	for (i = 0; stops[i]; i++) {
		const char *hit = vnkg_i_x_find_bytes(s + start, end - start, stops[i], strlen(stops[i]));
		if (hit && (size_t)(hit - s) < end && (size_t)(hit - s) > start)
			end = (size_t)(hit - s);
	}
	/* at most 30 words */
	for (p = start; p < end; p++) {
		if (s[p] == ' ' && ++words == 30) {
			end = p;
			break;
		}
	}
	while (end > start && (s[end - 1] == '.' || s[end - 1] == ',' || s[end - 1] == ' ' || s[end - 1] == ':'))
		end--;
	return vnkg_i_strndup(s + start, end - start);
}

static const char *event_kind(const char *noun)
{
	static const char *const kinds[] = {"hội nghị", "đại hội", "hội thảo", "buổi làm việc", "cuộc họp",
					    "phiên họp", "lễ", "hội thao", "tọa đàm", "diễn tập", "giao ban",
					    "kỳ họp", "lớp tập huấn", "buổi tiếp", NULL};
	size_t i;
	char *low = vnkg_i_lower(noun, strlen(noun));
	const char *out = "hội nghị";

	if (!low)
		return out;
	for (i = 0; kinds[i]; i++) {
		if (strstr(low, kinds[i])) {
			out = kinds[i];
			break;
		}
	}
	free(low);
	return out;
}

/* Shortens an event name that runs past the first directive it names:
 * "cuộc họp ... thực hiện Nghị định số 15/2024/NĐ-CP của Chính phủ quy định về ..." */
static void trim_after_directive(vnkg_i_doc *d, size_t em)
{
	vnkg_i_mention *e = &d->mentions[em];
	size_t i, words = 0;
	const char *p;

	for (p = e->name; *p; p++)
		if (*p == ' ')
			words++;
	if (words < 18)
		return;
	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type == MENTION_DIRECTIVE && m->sentence == e->sentence && m->start > e->start &&
		    m->end < e->start + strlen(e->name)) {
			size_t keep = m->end - e->start;
			e->name[keep] = '\0';
			return;
		}
	}
}

/* Adds the article's own event, read at s[start, end) of sentence si and
 * not dated yet: named `name` (taken over; freed on failure), of `kind`
 * (NULL: told by the name). */
static size_t add_own_event(vnkg_i_doc *d, size_t si, size_t start, size_t end, const char *s, char *name,
			    const char *kind)
{
	size_t em = vnkg_i_x_add_mention(d, MENTION_EVENT, si, start, end, s);

	if (em == VNKG_I_NO_MENTION) {
		free(name);
		return em;
	}
	d->mentions[em].name = name;
	d->mentions[em].kind = vnkg_i_strdup(kind ? kind : event_kind(name ? name : ""));
	d->mentions[em].main_event = 1;
	d->mentions[em].date = vnkg_i_strdup("");
	d->mentions[em].date_precision = vnkg_i_strdup("unknown");
	return em;
}

static size_t make_event(vnkg_i_doc *d, size_t si, const char *s, size_t start)
{
	size_t em, i;
	char *name = event_name(s, start, strlen(s));

	if (!name)
		return VNKG_I_NO_MENTION;
	/* a congress already read at this place is the same event */
	for (i = 0; i < d->nmentions; i++) {
		vnkg_i_mention *m = &d->mentions[i];
		if (m->type == MENTION_EVENT && m->sentence == si && m->start == start) {
			free(name);
			m->main_event = 1;
			m->national = 0;
			return i;
		}
	}
	em = add_own_event(d, si, start, start + strlen(name), s, name, NULL);
	if (em != VNKG_I_NO_MENTION)
		trim_after_directive(d, em);
	return em;
}

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
static int lead_date(const char *s, pcre2_match_data *md, int *day, int *month, int *year)
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

/* The top-level bodies written right before byte `pos` of sentence si:
 * "Đảng ủy, Bộ Tư lệnh Thủ đô Hà Nội (BTL Thủ đô) tổ chức". */
static size_t bodies_before(const vnkg_i_doc *d, size_t si, const char *s, size_t pos, size_t *out, size_t max)
{
	size_t n = 0, limit = pos, i;

	while (n < max) {
		size_t best = VNKG_I_NO_MENTION;
		for (i = 0; i < d->nmentions; i++) {
			const vnkg_i_mention *m = &d->mentions[i];
			size_t gap_end = limit;
			if (m->type != MENTION_BODY || m->sentence != si || m->end > limit || m->dead)
				continue;
			/* allow an "(ABBR)" or "(short name)" between the body and what follows */
			if (s[m->end] == ' ' && s[m->end + 1] == '(') {
				const char *close = memchr(s + m->end, ')', limit - m->end);
				if (close && (size_t)(close - s) < limit && vnkg_i_x_only_glue(s, (size_t)(close - s) + 1, limit, n > 0))
					gap_end = m->end;
			}
			if (gap_end != m->end && !vnkg_i_x_only_glue(s, m->end, limit, n > 0))
				continue;
			if (best == VNKG_I_NO_MENTION || m->end > d->mentions[best].end ||
			    (m->end == d->mentions[best].end && m->start < d->mentions[best].start))
				best = i;
		}
		if (best == VNKG_I_NO_MENTION)
			break;
		out[n++] = best;
		limit = d->mentions[best].start;
	}
	return n;
}

size_t vnkg_i_x_first_place_in(const vnkg_i_doc *d, size_t si)
{
	size_t i;

	/* the country is where an ambassador serves ("Đại sứ Nhật Bản tại Việt
	 * Nam"), not a venue */
	for (i = 0; i < d->nmentions; i++)
		if (d->mentions[i].type == MENTION_PLACE && d->mentions[i].sentence == si && !d->mentions[i].dead &&
		    strcmp(d->mentions[i].name, "Việt Nam") != 0)
			return i;
	return VNKG_I_NO_MENTION;
}

static int is_headline(const vnkg_article *a, size_t si)
{
	const vnkg_sentence *s = vnkg_article_sentence(a, si);
	size_t n = strlen(s->text);

	return s->para_sentences == 1 && n > 0 && s->text[n - 1] != '.' && s->text[n - 1] != ':';
}

/* Is the text up to the next ", " one to three capitalised syllables without
 * digits ("Hà Nội", "Cần Thơ")? Body names carry lower-case syllables or
 * numbers ("Lữ đoàn 201", "Công an tỉnh"). */
static int proper_name_segment(const char *p, size_t len)
{
	const char *end = vnkg_i_x_find_bytes(p, len, ", ", 2);
	size_t words = 0;

	if (!end)
		return 0;
	while (p < end) {
		if (!vnkg_i_is_upper_initial(p))
			return 0;
		words++;
		while (p < end && *p != ' ') {
			if (*p >= '0' && *p <= '9')
				return 0;
			p++;
		}
		while (p < end && *p == ' ')
			p++;
	}
	return words >= 1 && words <= 3;
}

/* Where the clause's subject starts: after a masthead ("QK3 online - ") and
 * the adverbials of time and place that lead the sentence ("Sáng 06-4, tại
 * Bộ Tư lệnh Quân khu, "). */
static size_t clause_start(const char *s, size_t limit, pcre2_match_data *md)
{
	size_t pos = 0;
	const char *dash = vnkg_i_x_find_bytes(s, limit < 48 ? limit : 48, " - ", 3);
	int guard = 0, in_place = 0;

	if (dash)
		pos = (size_t)(dash - s) + 3;
	while (guard++ < 6 && pos < limit) {
		const char *p = s + pos, *comma;
		PCRE2_SIZE *ov;
		size_t skip = 0;
		int dated = vnkg_i_rule_find(RE_DATE_LEAD, md, p, strlen(p), 0, &ov);
		int lead, place;
		if (dated)
			skip = ov[1]; /* "Sáng nay, 21-10, ...": the comma after the date */
		place = strncmp(p, "tại ", strlen("tại ")) == 0 || strncmp(p, "Tại ", strlen("Tại ")) == 0 ||
			/* the rest of a place: "tại Sở chỉ huy ở huyện X, tỉnh Y, ..." */
			(pos > 0 && (strncmp(p, "tỉnh ", strlen("tỉnh ")) == 0 || strncmp(p, "huyện ", strlen("huyện ")) == 0 ||
				     strncmp(p, "thành phố ", strlen("thành phố ")) == 0 || strncmp(p, "TP ", 3) == 0 ||
				     strncmp(p, "quận ", strlen("quận ")) == 0 || strncmp(p, "thị xã ", strlen("thị xã ")) == 0)) ||
			/* a bare province or city closing a place: "..., huyện Mỹ Đức, Hà Nội, " */
			(in_place && proper_name_segment(p, limit - pos));
		lead = dated || place || strncmp(p, "ngày ", strlen("ngày ")) == 0 || strncmp(p, "Trong ", strlen("Trong ")) == 0 ||
			   strncmp(p, "Theo kế hoạch", strlen("Theo kế hoạch")) == 0 ||
			   strncmp(p, "Năm ", strlen("Năm ")) == 0 || strncmp(p, "Dịp này", strlen("Dịp này")) == 0 ||
			   strncmp(p, "Được sự ", strlen("Được sự ")) == 0 || strncmp(p, "từ ngày ", strlen("từ ngày ")) == 0 ||
			   strncmp(p, "Từ ngày ", strlen("Từ ngày ")) == 0 || strncmp(p, "Thực hiện ", strlen("Thực hiện ")) == 0 ||
			   strncmp(p, "Vừa qua", strlen("Vừa qua")) == 0 || strncmp(p, "Mới đây", strlen("Mới đây")) == 0 ||
			   strncmp(p, "Hướng tới ", strlen("Hướng tới ")) == 0 || strncmp(p, "Nhân dịp ", strlen("Nhân dịp ")) == 0 ||
			   strncmp(p, "Chào mừng ", strlen("Chào mừng ")) == 0 || strncmp(p, "Nhân kỷ niệm ", strlen("Nhân kỷ niệm ")) == 0;
		if (!lead)
			break;
		in_place = place && !dated;
		if (pos + skip > limit)
			break;
		comma = vnkg_i_x_find_bytes(p + skip, limit - pos - skip, ", ", 2);
		if (!comma)
			break;
		pos = (size_t)(comma - s) + 2;
	}
	return pos;
}

/* The bodies that are the subject of a cue at `cue`: the first body of the
 * clause and those joined to it by "," or "và", right up to the cue. */
static size_t subject_bodies(const vnkg_i_doc *d, size_t si, const char *s, size_t cue, pcre2_match_data *md,
			     size_t *out, size_t max, int strict)
{
	size_t pos = clause_start(s, cue, md), n = 0, i;

	for (;;) {
		size_t best = VNKG_I_NO_MENTION, end;
		for (i = 0; i < d->nmentions; i++) {
			const vnkg_i_mention *m = &d->mentions[i];
			if (m->type != MENTION_BODY || m->sentence != si || m->dead || m->start != pos || m->end > cue)
				continue;
			if (best == VNKG_I_NO_MENTION || m->end > d->mentions[best].end)
				best = i;
		}
		if (best == VNKG_I_NO_MENTION || n == max)
			return strict ? 0 : n;
		out[n++] = best;
		end = d->mentions[best].end;
		while (end < cue && s[end] == ' ')
			end++;
		if (end < cue && s[end] == '(') {
			const char *close = memchr(s + end, ')', cue - end);
			if (!close)
				return 0;
			end = (size_t)(close - s) + 1;
		}
		if (vnkg_i_x_only_glue(s, end, cue, 0))
			return n;
		/* a complement we do not read ("... trên địa bàn Quân khu") ends the
		 * list; only the article's own event is read past one */
		if (!(s[end] == ',' || strncmp(s + end, "và ", 4) == 0 ||
		      strncmp(s + end, "phối hợp với ", strlen("phối hợp với ")) == 0 ||
		      strncmp(s + end, "chủ trì, phối hợp với ", strlen("chủ trì, phối hợp với ")) == 0))
			return strict ? 0 : n;
		while (end < cue && (s[end] == ' ' || s[end] == ','))
			end++;
		if (cue - end > 4 && strncmp(s + end, "và ", 4) == 0)
			end += 4;
		/* "B phối hợp với C tổ chức", "B chủ trì, phối hợp với C tổ chức": both organise */
		if (strncmp(s + end, "chủ trì, ", strlen("chủ trì, ")) == 0)
			end += strlen("chủ trì, ");
		if (strncmp(s + end, "phối hợp với ", strlen("phối hợp với ")) == 0)
			end += strlen("phối hợp với ");
		while (end < cue && s[end] == ' ')
			end++;
		pos = end;
	}
}

/* Is the date at byte `pos` of sentence si a directive's date of issue? */
static int directive_date_at(const vnkg_i_doc *d, size_t si, size_t pos)
{
	size_t i;

	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type == MENTION_DIRECTIVE && m->sentence == si && pos >= m->start && pos < m->end)
			return 1;
	}
	return 0;
}

static size_t new_event(vnkg_i_doc *d, size_t si, const char *s, size_t at, pcre2_match_data *md)
{
	size_t em = make_event(d, si, s, at);
	int day, month, year;
	PCRE2_SIZE *ov;

	(void)md;
	if (em == VNKG_I_NO_MENTION)
		return em;
	/* its own date: "ngày 26-7-2019", "ngày 18-4-2025" */
	if (vnkg_i_rule_find(RE_DATE_FULL, md, s, strlen(s), 0, &ov)) {
		char buf[32];
		day = vnkg_i_x_parse_int(s, ov[2], ov[3]);
		month = vnkg_i_x_parse_int(s, ov[4], ov[5]);
		year = vnkg_i_x_parse_int(s, ov[6], ov[7]);
		if (day >= 1 && day <= 31 && month >= 1 && month <= 12 && !directive_date_at(d, si, ov[0])) {
			snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
			free(d->mentions[em].date);
			free(d->mentions[em].date_precision);
			d->mentions[em].date = vnkg_i_strdup(buf);
			d->mentions[em].date_precision = vnkg_i_strdup("day");
		}
	}
	return em;
}

/* The article's own event, and the other events it reports with their own
 * organiser, chair or date. Each sentence's cues speak of the event defined
 * in it, else of the article's own. */
/* Share of the syllables of two texts (of the shorter one) found in both. */
static double syllable_overlap(const char *a, const char *b)
{
	size_t shared = 0, na = 0, nb = 0;
	const char *p = a;

	while (*p) {
		const char *q = p;
		size_t n;
		while (*q && *q != ' ' && *q != ',')
			q++;
		n = (size_t)(q - p);
		if (n) {
			const char *hit = b;
			na++;
			while ((hit = vnkg_i_x_find_bytes(hit, strlen(hit), p, n)) != NULL) {
				if ((hit == b || hit[-1] == ' ') && (hit[n] == ' ' || hit[n] == ',' || hit[n] == '\0')) {
					shared++;
					break;
				}
				hit += n;
			}
		}
		p = *q ? q + 1 : q;
	}
	for (p = b; *p; p++)
		if (*p == ' ')
			nb++;
	nb++;
	return (double)shared / (double)(na < nb ? na : nb);
}

/* Do two body mentions name the same body as written (head and qualifier)? */
static int same_body_name(const vnkg_i_mention *a, const vnkg_i_mention *b)
{
	return a->head == b->head && strcmp(a->qualifier, b->qualifier) == 0 && !a->bare && !b->bare;
}

/* Could two body mentions stand for one body: the same head, and the same
 * qualifier unless one is a short reference ("Bộ CHQS tỉnh")? */
static int may_be_same_body(const vnkg_i_mention *a, const vnkg_i_mention *b)
{
	return a->head == b->head && (a->bare || b->bare || strcmp(a->qualifier, b->qualifier) == 0);
}

/* Where a sentence says someone received a guest: "đã tiếp xã giao ngài
 * Y", "tiếp Đoàn công tác ...", "tiếp thân mật bà Z" (not "tiếp tục",
 * "tiếp nhận"). NULL when it does not. */
static const char *reception_at(const char *s)
{
	static const char *const guests[] = {"ngài ", "Ngài ", "ông ", "bà ", "Đoàn ", "đoàn ", "Đại sứ ", "Bộ trưởng ",
					     "Thứ trưởng ", "Tùy viên ", "Tổng Lãnh sự ", "Chủ tịch ", "Thống đốc ", NULL};
	const char *p = s;

	while ((p = strstr(p, " tiếp ")) != NULL) {
		const char *g = p + strlen(" tiếp ");
		size_t k;
		p++;
		if (strncmp(g, "xã giao ", strlen("xã giao ")) == 0)
			g += strlen("xã giao ");
		else if (strncmp(g, "thân mật ", strlen("thân mật ")) == 0)
			g += strlen("thân mật ");
		for (k = 0; guests[k]; k++)
			if (strncmp(g, guests[k], strlen(guests[k])) == 0)
				return p;
	}
	return NULL;
}

/* Does the gathering named at s+at look like the event already named? */
static int same_gathering(const char *name, const char *s, size_t at)
{
	char *other = event_name(s, at, strlen(s));
	int same = other && syllable_overlap(name, other) >= 0.6;

	free(other);
	return same;
}

void vnkg_i_x_find_main_event(vnkg_i_doc *d, pcre2_match_data *md)
{
	const vnkg_article *a = d->article;
	size_t n = vnkg_article_sentence_count(a), si, em = VNKG_I_NO_MENTION, orgs[8], no = 0, k;
	size_t main_org = VNKG_I_NO_MENTION, carry;
	int day, month, year;
	unsigned char *opens;
	PCRE2_SIZE *ov;

	d->sent_event = malloc((n + 1) * sizeof(size_t));
	opens = calloc(n + 1, 1);
	for (si = 0; si < n; si++) {
		const char *s = vnkg_article_sentence(a, si)->text;
		size_t from = 0;
		if (d->sent_event)
			d->sent_event[si] = VNKG_I_NO_MENTION;
		while (vnkg_i_rule_find(RE_CUE_ORGANIZE, md, s, strlen(s), from, &ov)) {
			size_t cue = ov[0], at = ov[1], e;
			from = ov[1];
			no = subject_bodies(d, si, s, cue, md, orgs, 8, em != VNKG_I_NO_MENTION);
			if (!no)
				continue;
			if (em == VNKG_I_NO_MENTION) {
				e = em = make_event(d, si, s, at);
				main_org = orgs[0];
			} else if (same_gathering(d->mentions[em].name, s, at) ||
				   (si <= d->mentions[em].sentence + 2 && main_org != VNKG_I_NO_MENTION &&
				    same_body_name(&d->mentions[main_org], &d->mentions[orgs[0]]))) {
				/* a summary under the headline and the story tell of one event */
				e = em;
			} else {
				e = new_event(d, si, s, at, md);
				if (e != VNKG_I_NO_MENTION)
					d->mentions[e].main_event = 0;
			}
			if (e == VNKG_I_NO_MENTION)
				continue;
			if (d->sent_event)
				d->sent_event[si] = e;
			/* a round-up's item: a heading, then "<day>, <another body> tổ
			 * chức <event>"; the item's sentences speak of its event */
			if (e != em && opens && si >= 2 && is_headline(a, si - 1) &&
			    d->mentions[em].sentence < si - 1 && lead_date(s, md, &day, &month, &year) &&
			    (main_org == VNKG_I_NO_MENTION || !may_be_same_body(&d->mentions[main_org], &d->mentions[orgs[0]])))
				opens[si] = 1;
			for (k = 0; k < no; k++)
				vnkg_i_x_add_relation(d, "organized", orgs[k], e, si, NULL, NULL);
			break;
		}
	}
	/* "Hội nghị tổng kết ... diễn ra sáng 5/6 tại ...": a sentence that opens
	 * with the gathering's name */
	for (si = 0; si < n && si < 6 && em == VNKG_I_NO_MENTION; si++) {
		const char *s = vnkg_article_sentence(a, si)->text;
		size_t at = clause_start(s, strlen(s), md);
		PCRE2_SIZE *ov2;
		if (is_headline(a, si) || !vnkg_i_is_upper_initial(s + at))
			continue;
		if (vnkg_i_rule_find(RE_EVENT_NOUN, md, s, strlen(s), at, &ov2) && ov2[0] == at &&
		    (vnkg_i_rule_find(RE_DATE_ANY, md, s, strlen(s), 0, &ov) || strstr(s, "diễn ra") ||
		     strstr(s, "khai mạc") || strstr(s, "bế mạc")))
			em = make_event(d, si, s, at);
	}
	/* "Phó Thủ tướng ... chủ trì cuộc họp với các bộ, ngành ..." */
	for (si = 0; si < n && si < 8 && em == VNKG_I_NO_MENTION; si++) {
		const char *s = vnkg_article_sentence(a, si)->text;
		size_t from = 0;
		while (em == VNKG_I_NO_MENTION && vnkg_i_rule_find(RE_CUE_CHAIR, md, s, strlen(s), from, &ov)) {
			size_t at = ov[1];
			PCRE2_SIZE *ov2;
			from = ov[1];
			while (s[at] == ' ')
				at++;
			if (vnkg_i_rule_find(RE_EVENT_NOUN, md, s, strlen(s), at, &ov2) && ov2[0] == at) {
				size_t rest = ov2[1];
				/* a named meeting, not just "chủ trì hội nghị" */
				if (s[rest] == ' ' && strlen(s + rest) > 12 && !is_headline(a, si))
					em = make_event(d, si, s, at);
			}
		}
	}
	/* "X đã làm việc với Ban Thường vụ Tỉnh ủy ...": the working session */
	for (si = 0; si < n && si < 8 && em == VNKG_I_NO_MENTION; si++) {
		const char *s = vnkg_article_sentence(a, si)->text;
		if (vnkg_i_rule_find(RE_CUE_WORK, md, s, strlen(s), 0, &ov)) {
			const char *lv = strstr(s + ov[0], "làm việc với");
			if (!lv)
				lv = strstr(s + ov[0], "làm việc tại");
			vnkg_buf name = VNKG_BUF_INIT;
			char *tail;
			size_t at;
			if (!lv || is_headline(a, si))
				continue;
			at = (size_t)(lv - s);
			tail = event_name(s, at, strlen(s));
			/* end at "về ...", the subject */
			if (tail) {
				char *about = strstr(tail, " về ");
				if (about)
					*about = '\0';
				vnkg_i_buf_printf(&name, "buổi %s", tail);
				free(tail);
			}
			em = add_own_event(d, si, at, at + strlen("làm việc với"), s, vnkg_i_buf_detach(&name), "buổi làm việc");
		}
	}
	/* "ông X, Chủ tịch UBND tỉnh đã tiếp xã giao ngài Y, Đại sứ ...": the
	 * reception */
	for (si = 0; si < n && si < 8 && em == VNKG_I_NO_MENTION; si++) {
		const char *s = vnkg_article_sentence(a, si)->text;
		const char *at = is_headline(a, si) ? NULL : reception_at(s);
		if (at) {
			size_t start = (size_t)(at - s);
			char *tail = event_name(s, start, strlen(s));
			vnkg_buf name = VNKG_BUF_INIT;
			if (tail) {
				char *comma = strstr(tail, ", ");
				if (comma)
					*comma = '\0';
				vnkg_i_buf_printf(&name, "buổi %s", tail);
				free(tail);
			}
			em = add_own_event(d, si, start, start + strlen("tiếp"), s, vnkg_i_buf_detach(&name), "buổi tiếp");
		}
	}
	/* "... chủ trì hội nghị." under a headline that says what it was */
	for (si = 0; si < n && em == VNKG_I_NO_MENTION; si++) {
		const char *s = vnkg_article_sentence(a, si)->text;
		size_t h, from = 0;
		PCRE2_SIZE *ov2;
		int found = 0;
		while (!found && vnkg_i_rule_find(RE_CUE_CHAIR, md, s, strlen(s), from, &ov)) {
			size_t cue_end = ov[1];
			from = cue_end;
			found = vnkg_i_rule_find(RE_EVENT_NOUN, md, s, strlen(s), cue_end, &ov2) && ov2[0] == cue_end + 1;
		}
		if (!found)
			continue;
		for (h = si; h-- > 0;) {
			const char *hs = vnkg_article_sentence(a, h)->text;
			size_t skip = 0, b;
			vnkg_buf name = VNKG_BUF_INIT;
			char *noun;
			if (!is_headline(a, h))
				continue;
			/* drop the headline's subject: "Tổng cục X triển khai ..." -> "triển khai ..." */
			for (b = 0; b < d->nmentions; b++) {
				const vnkg_i_mention *m = &d->mentions[b];
				if (m->type == MENTION_BODY && m->sentence == h && m->start == 0 && m->end > skip)
					skip = m->end;
			}
			while (hs[skip] == ' ')
				skip++;
			noun = vnkg_i_strndup(s + ov2[0], ov2[1] - ov2[0]);
			if (noun && strncmp(hs + skip, noun, strlen(noun)) == 0)
				vnkg_i_buf_puts(&name, hs + skip); /* "diễn tập ..." heads the headline */
			else
				vnkg_i_buf_printf(&name, "%s %s", noun ? noun : "hội nghị", hs + skip);
			free(noun);
			em = add_own_event(d, h, 0, strlen(hs), hs, vnkg_i_buf_detach(&name), NULL);
			if (em != VNKG_I_NO_MENTION && skip) {
				no = bodies_before(d, h, hs, skip, orgs, 8);
				for (k = 0; k < no; k++)
					vnkg_i_x_add_relation(d, "organized", orgs[k], em, h, NULL, NULL);
			}
			break;
		}
	}
	/* "Sáng 12/3, Hội nghị ... đã khai mạc tại ...": the first dated sentence
	 * that names a gathering; else the first "tổ chức <event>" at all */
	for (si = 0; si < n && si < 6 && em == VNKG_I_NO_MENTION; si++) {
		const char *s = vnkg_article_sentence(a, si)->text;
		int day, month, year;
		if (!lead_date(s, md, &day, &month, &year))
			continue;
		if (vnkg_i_rule_find(RE_EVENT_NOUN, md, s, strlen(s), 0, &ov))
			em = make_event(d, si, s, ov[0]);
	}
	for (si = 0; si < n && si < 4 && em == VNKG_I_NO_MENTION; si++) {
		const char *s = vnkg_article_sentence(a, si)->text;
		if (vnkg_i_rule_find(RE_CUE_ORGANIZE, md, s, strlen(s), 0, &ov))
			em = make_event(d, si, s, ov[1]);
	}
	d->main_event = em;
	if (em == VNKG_I_NO_MENTION || !d->sent_event) {
		free(opens);
		return;
	}
	/* a meeting of another time that someone chaired: "Năm 2019, ... đồng chí X
	 * đã chủ trì hội nghị sơ kết ..., tổ chức ngày 26-7-2019" */
	for (si = 0; si < n; si++) {
		const char *s = vnkg_article_sentence(a, si)->text;
		PCRE2_SIZE *ov2;
		size_t at, rest;
		if (d->sent_event[si] != VNKG_I_NO_MENTION || si == d->mentions[em].sentence)
			continue;
		if (!vnkg_i_rule_find(RE_CUE_CHAIR, md, s, strlen(s), 0, &ov))
			continue;
		at = ov[1];
		while (s[at] == ' ')
			at++;
		if (!vnkg_i_rule_find(RE_EVENT_NOUN, md, s, strlen(s), at, &ov2) || ov2[0] != at)
			continue;
		rest = ov2[1];
		if (s[rest] != ' ' || vnkg_i_is_upper_initial(s + rest + 1) || strlen(s + rest) < 16)
			continue;
		if (!vnkg_i_rule_find(RE_DATE_FULL, md, s, strlen(s), 0, &ov2) &&
		    strncmp(s, "Năm ", strlen("Năm ")) != 0)
			continue;
		{
			size_t e = new_event(d, si, s, at, md);
			if (e != VNKG_I_NO_MENTION) {
				d->mentions[e].main_event = 0;
				d->sent_event[si] = e;
			}
		}
	}
	for (si = 0, carry = em; si < n; si++) {
		if (is_headline(a, si))
			carry = em;
		if (d->sent_event[si] == VNKG_I_NO_MENTION)
			d->sent_event[si] = carry;
		else if (opens && opens[si])
			carry = d->sent_event[si];
	}
	free(opens);
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
	found = lead_date(vnkg_article_sentence(a, e->sentence)->text, md, &day, &month, &year);
	if (!found) {
		/* "... diễn ra sáng 5/6 tại ..." */
		const char *es = vnkg_article_sentence(a, e->sentence)->text;
		PCRE2_SIZE *ov;
		size_t from = 0;
		while (!found && vnkg_i_rule_find(RE_DATE_ANY, md, es, strlen(es), from, &ov)) {
			int g = ov[2] != PCRE2_UNSET ? 1 : 4;
			from = ov[1];
			/* "Chỉ thị ... ngày 8/4/2014" is the document's date, not the event's */
			if (directive_date_at(d, e->sentence, ov[0] + 1))
				continue;
			day = vnkg_i_x_parse_int(es, ov[2 * g], ov[2 * g + 1]);
			month = vnkg_i_x_parse_int(es, ov[2 * g + 2], ov[2 * g + 3]);
			year = ov[2 * g + 4] != PCRE2_UNSET ? vnkg_i_x_parse_int(es, ov[2 * g + 4], ov[2 * g + 5]) : 0;
			found = day >= 1 && day <= 31 && month >= 1 && month <= 12;
		}
	}
	for (si = 0; !found && si < n && si < 6; si++)
		found = lead_date(vnkg_article_sentence(a, si)->text, md, &day, &month, &year);
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
		if (!lead_date(vnkg_article_sentence(a, o->sentence)->text, md, &od, &om, &oy) || oy)
			continue;
		snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, om, od);
		free(o->date);
		free(o->date_precision);
		o->date = vnkg_i_strdup(buf);
		o->date_precision = vnkg_i_strdup("day");
	}
}

void vnkg_i_x_read_masthead(vnkg_i_doc *d, pcre2_match_data *md)
{
	const char *h = vnkg_article_header(d->article);
	PCRE2_SIZE *ov;

	if (h && vnkg_i_rule_find(RE_MASTHEAD_QK, md, h, strlen(h), 0, &ov))
		d->masthead_qk = vnkg_i_x_parse_int(h, ov[2], ov[3]);
}
