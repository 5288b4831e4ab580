/* Events: the article's own event and the others it reports, and
 * congresses. Places are read in places.c, dates in dates.c. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "extract/xctx.h"
#include "util/util.h"
#include "vnkg/common.h"

void vnkg_i_x_read_congresses(xctx *x)
{
	size_t from = 0;
	PCRE2_SIZE *ov;

	while (vnkg_i_rule_find(RE_CONGRESS, x->md, x->s, x->len, from, &ov)) {
		size_t em, wi = vnkg_i_x_word_at(x, ov[0]);
		from = ov[1];
		if (wi < x->w.n && x->used[wi])
			continue;
		/* "Nghị quyết Đại hội ... lần thứ XVII": the resolution's title
		 * names its congress; that congress is no event of the article */
		if (ov[0] >= strlen("Nghị quyết ") &&
		    (strncmp(x->s + ov[0] - strlen("Nghị quyết "), "Nghị quyết ", strlen("Nghị quyết ")) == 0 ||
		     strncmp(x->s + ov[0] - strlen("nghị quyết "), "nghị quyết ", strlen("nghị quyết ")) == 0))
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

static char *event_name(const char *s, size_t start, size_t len)
{
	/* the name ends where the sentence goes on about it: "Hội nghị ... đã
	 * khai mạc", "... diễn ra sáng 5/6", "... do X chủ trì" */
	static const char *const stops[] = {". ", "; ", " do ", " dưới sự ", " với sự tham dự", " nhằm ",
					    ", tại ", " tại ", " với sự ", " đã khai mạc", " khai mạc", " bế mạc",
					    " đã diễn ra", " diễn ra", " đã được tổ chức", " được tổ chức", " đã bế mạc",
					    " thành công tốt đẹp", " đã long trọng", " long trọng", " trọng thể", " vừa ",
					    " đã kết thúc", " kết thúc", " nhân dịp ", " nhân kỷ niệm ", NULL};
	size_t end = len, i, words = 0, p;

	for (i = 0; stops[i]; i++) {
		/* over the whole rest: a stop may overlap one found before */
		const char *hit = vnkg_i_x_find_bytes(s + start, len - start, stops[i], strlen(stops[i]));
		if (hit && (size_t)(hit - s) < end && (size_t)(hit - s) > start)
			end = (size_t)(hit - s);
	}
	/* a date after the name: "Lễ ra quân ... sáng 6/1", "... chiều nay" */
	{
		static const char *const times[] = {" sáng ", " chiều ", " tối ", " trưa ", " ngày ", NULL};
		for (i = 0; times[i]; i++) {
			const char *hit = vnkg_i_x_find_bytes(s + start, end - start, times[i], strlen(times[i]));
			for (; hit; hit = vnkg_i_x_find_bytes(hit, (size_t)(s + end - hit), times[i], strlen(times[i]))) {
				const char *after = hit + strlen(times[i]);
				if ((*after >= '0' && *after <= '9') || strncmp(after, "nay", 3) == 0 ||
				    strncmp(after, "qua", 3) == 0) {
					end = (size_t)(hit - s);
					break;
				}
				hit = after;
			}
		}
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
					    "kỳ họp", "lớp tập huấn", "buổi tiếp", "ngày hội", NULL};
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

static int is_headline(const vnkg_article *a, size_t si)
{
	const vnkg_sentence *s = vnkg_article_sentence(a, si);
	size_t n = strlen(s->text);

	if (s->para_sentences != 1 || n == 0 || s->text[n - 1] == '.' || s->text[n - 1] == ':')
		return 0;
	/* a lead that a list page cut short ("... sang thăm và làm việc…") */
	if (n >= strlen("…") && strcmp(s->text + n - strlen("…"), "…") == 0)
		return 0;
	return 1;
}

/* Is a one-line paragraph page furniture rather than a headline: a posting
 * or update stamp ("Đăng lúc 07:15 ngày 09/06/2031", "25/12/2021 - 07:40",
 * "Cập nhật: ..."), or a line of few words that is mostly digits? */
static int is_page_metadata(const char *t)
{
	static const char *const stamps[] = {"Đăng lúc", "Đăng ngày", "Cập nhật", "Ngày đăng", "Ngày cập nhật",
					     "Thời gian đăng", "Posted", "Updated", "date ", "Lượt xem", NULL};
	size_t i, digits = 0, letters = 0, words = 1;

	for (i = 0; stamps[i]; i++)
		if (strncmp(t, stamps[i], strlen(stamps[i])) == 0)
			return 1;
	for (i = 0; t[i]; i++) {
		if (t[i] >= '0' && t[i] <= '9') {
			digits++;
			/* a clock time: "07:15", "15h30" */
			if (i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9' && (t[i + 1] == ':' || t[i + 1] == 'h') &&
			    t[i + 2] >= '0' && t[i + 2] <= '9' && t[i + 3] >= '0' && t[i + 3] <= '9')
				return 1;
		} else if ((unsigned char)t[i] >= 0x80 || (t[i] | 0x20) >= 'a') {
			if ((t[i] | 0x20) <= 'z' || (unsigned char)t[i] >= 0xC0)
				letters++;
		} else if (t[i] == ' ') {
			words++;
		}
	}
	return words <= 6 && digits >= letters;
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

	/* a masthead, not a date written with a dash ("Ngày 20 - 12, ..."), nor
	 * a venue's name ("Sáng 12/7, tại Trụ sở HĐND - UBND tỉnh, ..."), nor a
	 * dash inside the subject after the date ("Sáng 27/12, Đảng ủy - Bộ
	 * Chỉ huy ... tổ chức") */
	if (dash && dash > s && !(dash[-1] >= '0' && dash[-1] <= '9') &&
	    !vnkg_i_x_find_bytes(s, (size_t)(dash - s), "tại ", strlen("tại ")) &&
	    !vnkg_i_x_find_bytes(s, (size_t)(dash - s), "Tại ", strlen("Tại "))) {
		PCRE2_SIZE *dov;
		int dated_before = vnkg_i_rule_find(RE_DATE_LEAD, md, s, limit, 0, &dov) && dov[1] <= (size_t)(dash - s);
		if (!dated_before)
			pos = (size_t)(dash - s) + 3;
	}
	while (guard++ < 6 && pos < limit) {
		const char *p = s + pos, *comma;
		PCRE2_SIZE *ov;
		size_t skip = 0;
		int dated = vnkg_i_rule_find(RE_DATE_LEAD, md, p, strlen(p), 0, &ov);
		int lead, place, purpose;
		if (dated)
			skip = ov[1]; /* "Sáng nay, 21-10, ...": the comma after the date */
		/* "Nhằm ..., chiều 8-6, ...": a date in lower case after an opening clause */
		if (!dated && pos > 0 && vnkg_i_rule_find(RE_DATE_ANY, md, p, strlen(p), 0, &ov) && ov[0] == 0) {
			dated = 1;
			skip = ov[1];
		}
		/* a purpose clause before the date: it may hold commas of its own, so
		 * it runs to the comma before the date when there is one */
		purpose = pos == 0 && (strncmp(p, "Để ", strlen("Để ")) == 0 || strncmp(p, "Nhằm ", strlen("Nhằm ")) == 0 ||
				       strncmp(p, "Hưởng ứng ", strlen("Hưởng ứng ")) == 0 ||
				       strncmp(p, "Thực hiện ", strlen("Thực hiện ")) == 0 || strncmp(p, "Căn cứ ", strlen("Căn cứ ")) == 0 ||
				       strncmp(p, "Nhân dịp ", strlen("Nhân dịp ")) == 0 ||
				       strncmp(p, "Nhân kỷ niệm ", strlen("Nhân kỷ niệm ")) == 0 ||
				       strncmp(p, "Chào mừng ", strlen("Chào mừng ")) == 0 || strncmp(p, "Hướng tới ", strlen("Hướng tới ")) == 0);
		if (purpose) {
			size_t q;
			for (q = pos; q + 2 < limit && q < pos + 300; q++) {
				if (s[q] == ',' && s[q + 1] == ' ' &&
				    vnkg_i_rule_find(RE_DATE_ANY, md, s + q + 2, strlen(s + q + 2), 0, &ov) && ov[0] == 0) {
					skip = q - pos;
					break;
				}
			}
		}
		place = strncmp(p, "tại ", strlen("tại ")) == 0 || strncmp(p, "Tại ", strlen("Tại ")) == 0 ||
			/* the rest of a place: "tại Sở chỉ huy ở huyện X, tỉnh Y, ..." */
			(pos > 0 && (strncmp(p, "tỉnh ", strlen("tỉnh ")) == 0 || strncmp(p, "huyện ", strlen("huyện ")) == 0 ||
				     strncmp(p, "thành phố ", strlen("thành phố ")) == 0 || strncmp(p, "TP ", 3) == 0 ||
				     strncmp(p, "quận ", strlen("quận ")) == 0 || strncmp(p, "thị xã ", strlen("thị xã ")) == 0)) ||
			/* a bare province or city closing a place: "..., huyện Mỹ Đức, Hà Nội, " */
			(in_place && proper_name_segment(p, limit - pos));
		lead = dated || place || purpose || strncmp(p, "ngày ", strlen("ngày ")) == 0 || strncmp(p, "Trong ", strlen("Trong ")) == 0 ||
			   strncmp(p, "Theo kế hoạch", strlen("Theo kế hoạch")) == 0 ||
			   strncmp(p, "Năm ", strlen("Năm ")) == 0 || strncmp(p, "Dịp này", strlen("Dịp này")) == 0 ||
			   strncmp(p, "Được sự ", strlen("Được sự ")) == 0 || strncmp(p, "từ ngày ", strlen("từ ngày ")) == 0 ||
			   strncmp(p, "Từ ngày ", strlen("Từ ngày ")) == 0 || strncmp(p, "Thực hiện ", strlen("Thực hiện ")) == 0 ||
			   strncmp(p, "Vừa qua", strlen("Vừa qua")) == 0 || strncmp(p, "Mới đây", strlen("Mới đây")) == 0 ||
			   /* another time of the story: "Trước đó, ngày 2/9, B tổ chức ...",
			    * "Chiều cùng ngày, ..." */
			   strncmp(p, "Trước đó,", strlen("Trước đó,")) == 0 || strncmp(p, "Sau đó,", strlen("Sau đó,")) == 0 ||
			   strncmp(p, "Cùng ngày,", strlen("Cùng ngày,")) == 0 ||
			   ((strncmp(p, "Sáng ", strlen("Sáng ")) == 0 || strncmp(p, "Chiều ", strlen("Chiều ")) == 0 ||
			     strncmp(p, "Tối ", strlen("Tối ")) == 0) &&
			    vnkg_i_x_find_bytes(p, strlen(p) < 20 ? strlen(p) : 20, " cùng ngày,", strlen(" cùng ngày,"))) ||
			   strncmp(p, "Hướng tới ", strlen("Hướng tới ")) == 0 || strncmp(p, "Nhân dịp ", strlen("Nhân dịp ")) == 0 ||
			   strncmp(p, "Chào mừng ", strlen("Chào mừng ")) == 0 || strncmp(p, "Nhân kỷ niệm ", strlen("Nhân kỷ niệm ")) == 0 ||
			   /* the same adverbials after the date: "Chiều 26/8, nhân dịp kỷ niệm ..., B tổ chức" */
			   (pos > 0 && (strncmp(p, "nhân dịp ", strlen("nhân dịp ")) == 0 || strncmp(p, "nhân kỷ niệm ", strlen("nhân kỷ niệm ")) == 0 ||
					strncmp(p, "chào mừng ", strlen("chào mừng ")) == 0 || strncmp(p, "hướng tới ", strlen("hướng tới ")) == 0 ||
					strncmp(p, "thực hiện ", strlen("thực hiện ")) == 0 || strncmp(p, "để ", strlen("để ")) == 0 ||
					strncmp(p, "nhằm ", strlen("nhằm ")) == 0 || strncmp(p, "theo kế hoạch", strlen("theo kế hoạch")) == 0 ||
					strncmp(p, "được sự ", strlen("được sự ")) == 0));
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
static size_t bodies_from(const vnkg_i_doc *d, size_t si, const char *s, size_t cue, size_t pos, size_t *out,
			  size_t max, int strict);

static size_t subject_bodies(const vnkg_i_doc *d, size_t si, const char *s, size_t cue, pcre2_match_data *md,
			     size_t *out, size_t max, int strict)
{
	size_t pos = clause_start(s, cue, md), q, n;

	if (strncmp(s + pos, "dưới sự ", strlen("dưới sự ")) != 0 && strncmp(s + pos, "Dưới sự ", strlen("Dưới sự ")) != 0) {
		n = bodies_from(d, si, s, cue, pos, out, max, strict);
		/* past an unread adverbial only for the article's own event: a
		 * later sentence's "..., B tổ chức ..." is often reported matter */
		if (n || strict)
			return n;
	}
	/* "dưới sự chủ trì của X, posts, B tổ chức ...", "tại Hội trường X, Nhà
	 * Y (Hà Nội), B tổ chức": the subject comes after an adverbial we
	 * cannot read, at the first comma where a body list starts that
	 * reaches the verb */
	for (q = pos; q + 2 < cue; q++) {
		if (s[q] != ',' || s[q + 1] != ' ')
			continue;
		n = bodies_from(d, si, s, cue, q + 2, out, max, 1);
		if (n)
			return n;
	}
	return 0;
}

static size_t bodies_from(const vnkg_i_doc *d, size_t si, const char *s, size_t cue, size_t pos, size_t *out,
			  size_t max, int strict)
{
	size_t n = 0, i;

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
		/* "Ban Chấp hành Đảng bộ tỉnh X khóa XVIII tổ chức": the term */
		if (cue - end > strlen("khóa ") && strncmp(s + end, "khóa ", strlen("khóa ")) == 0) {
			size_t t = end + strlen("khóa ");
			while (t < cue && strchr("IVXLC0123456789", s[t]))
				t++;
			if (t > end + strlen("khóa ") && (t == cue || s[t] == ' ' || s[t] == ','))
				end = t;
			while (end < cue && s[end] == ' ')
				end++;
		}
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
		/* "Đảng ủy - Bộ Chỉ huy BĐBP tỉnh X tổ chức": the committee and the
		 * command joined by a dash organise together */
		if (cue - end > 2 && (s[end] == '-' || strncmp(s + end, "–", strlen("–")) == 0) &&
		    end > 0 && s[end - 1] == ' ') {
			end += s[end] == '-' ? 1 : strlen("–");
			while (end < cue && s[end] == ' ')
				end++;
			pos = end;
			continue;
		}
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
		if (day >= 1 && day <= 31 && month >= 1 && month <= 12 && !vnkg_i_x_directive_date_at(d, si, ov[0])) {
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

	/* "Tiếp Đại sứ X, Chủ tịch UBND tỉnh Y khẳng định ...": fronted; the
	 * guest is any name or title ("Tiếp xã giao Phái đoàn ...", "Tiếp và
	 * làm việc với Tổng Lãnh sự ..."), not "Tiếp tục", "Tiếp theo" */
	if (strncmp(s, "Tiếp ", strlen("Tiếp ")) == 0) {
		static const char *const manners[] = {"xã giao ", "thân mật ", "và làm việc với ", NULL};
		const char *g = s + strlen("Tiếp ");
		size_t k;
		for (k = 0; manners[k]; k++)
			if (strncmp(g, manners[k], strlen(manners[k])) == 0) {
				g += strlen(manners[k]);
				break;
			}
		for (k = 0; guests[k]; k++)
			if (strncmp(g, guests[k], strlen(guests[k])) == 0)
				return s;
		if (vnkg_i_is_upper_initial(g) && strchr(g, ','))
			return s;
	}
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

/* Does sentence si give a day that is not a document's date of issue ("Đại
 * hội được tổ chức theo Chỉ thị số 41-CT/TW ngày 16-6-2009" gives none)? */
static int event_day_in(const vnkg_i_doc *d, pcre2_match_data *md, size_t si)
{
	const char *s = vnkg_article_sentence(d->article, si)->text;
	size_t from = 0, len = strlen(s);
	PCRE2_SIZE *ov;

	while (vnkg_i_rule_find(RE_DATE_ANY, md, s, len, from, &ov)) {
		if (!vnkg_i_x_directive_date_at(d, si, ov[0]) && !vnkg_i_x_directive_date_at(d, si, ov[0] + 1))
			return 1;
		from = ov[1];
	}
	return 0;
}

/* "Hội nghị tổng kết ... diễn ra sáng 5/6 tại ...": sentence si opens (after
 * its adverbials) with the gathering's name. */
static size_t event_as_subject(vnkg_i_doc *d, pcre2_match_data *md, size_t si)
{
	const char *s = vnkg_article_sentence(d->article, si)->text;
	size_t at = clause_start(s, strlen(s), md);
	PCRE2_SIZE *ov2;

	if (is_headline(d->article, si) || !vnkg_i_is_upper_initial(s + at))
		return VNKG_I_NO_MENTION;
	if (vnkg_i_rule_find(RE_EVENT_NOUN, md, s, strlen(s), at, &ov2) && ov2[0] == at &&
	    (event_day_in(d, md, si) || strstr(s, "diễn ra") || strstr(s, "khai mạc") || strstr(s, "bế mạc"))) {
		size_t em = make_event(d, si, s, at), i, end;
		const char *of;
		if (em == VNKG_I_NO_MENTION || !d->mentions[em].name)
			return em;
		/* "Hội nghị giao ban ... của Hội LHPN tỉnh X vừa diễn ra": the
		 * gathering's owner organised it */
		end = at + strlen(d->mentions[em].name);
		of = vnkg_i_x_find_bytes(s + at, end - at, " của ", strlen(" của "));
		if (!of)
			return em;
		for (i = 0; i < d->nmentions; i++) {
			const vnkg_i_mention *m = &d->mentions[i];
			if (m->type == MENTION_BODY && !m->dead && m->sentence == si &&
			    m->start == (size_t)(of - s) + strlen(" của ") && m->end <= end + 1) {
				size_t best = i, k;
				/* the outermost body that starts there */
				for (k = 0; k < d->nmentions; k++)
					if (d->mentions[k].type == MENTION_BODY && d->mentions[k].sentence == si &&
					    d->mentions[k].start == m->start && d->mentions[k].end > d->mentions[best].end)
						best = k;
				vnkg_i_x_add_relation(d, "organized", best, em, si, NULL, NULL);
				break;
			}
		}
		return em;
	}
	return VNKG_I_NO_MENTION;
}

/* "X đã làm việc với Ban Thường vụ Tỉnh ủy ...": the working session told in
 * sentence si. */
static size_t working_session(vnkg_i_doc *d, pcre2_match_data *md, size_t si)
{
	const char *s = vnkg_article_sentence(d->article, si)->text, *lv;
	vnkg_buf name = VNKG_BUF_INIT;
	char *tail;
	size_t at;
	PCRE2_SIZE *ov;

	if (is_headline(d->article, si) || !vnkg_i_rule_find(RE_CUE_WORK, md, s, strlen(s), 0, &ov))
		return VNKG_I_NO_MENTION;
	lv = strstr(s + ov[0], "làm việc với");
	if (!lv)
		lv = strstr(s + ov[0], "làm việc tại");
	if (!lv)
		return VNKG_I_NO_MENTION;
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
	return add_own_event(d, si, at, at + strlen("làm việc với"), s, vnkg_i_buf_detach(&name), "buổi làm việc");
}

/* "ông X, Chủ tịch UBND tỉnh đã tiếp xã giao ngài Y, Đại sứ ...": the
 * reception told in sentence si. */
static size_t reception(vnkg_i_doc *d, size_t si)
{
	const char *s = vnkg_article_sentence(d->article, si)->text;
	const char *at = is_headline(d->article, si) ? NULL : reception_at(s);
	vnkg_buf name = VNKG_BUF_INIT;
	size_t start;
	char *tail;

	if (!at)
		return VNKG_I_NO_MENTION;
	start = (size_t)(at - s);
	tail = event_name(s, start, strlen(s));
	if (tail) {
		char *comma = strstr(tail, ", ");
		if (comma)
			*comma = '\0';
		vnkg_i_buf_printf(&name, "buổi %s", tail);
		free(tail);
	}
	return add_own_event(d, si, start, start + strlen("tiếp"), s, vnkg_i_buf_detach(&name), "buổi tiếp");
}

/* Activities written as verbs, that stand for the event itself when no
 * event noun names it: "Công an tỉnh tổng kết công tác năm 2031", "Tỉnh
 * đoàn ra quân Chiến dịch ...", "đoàn ... đã dâng hương tại ...". With the
 * kind of gathering they are. */
static const struct {
	const char *verb;
	const char *kind;
} activities[] = {
	{"tổng kết", "hội nghị"}, {"sơ kết", "hội nghị"}, {"họp", "cuộc họp"}, {"cho ý kiến", "cuộc họp"},
	{"học tập", "hội nghị"}, {"quán triệt", "hội nghị"}, {"triển khai", "hội nghị"}, {"ra quân", "lễ"},
	{"ra mắt", "lễ"}, {"đặt vòng hoa", "lễ"}, {"thắp hương", "lễ"}, {"dâng hương", "lễ"}, {"dâng hoa", "lễ"}, {"viếng", "lễ"}, {"khai giảng", "lễ"},
	{"bế giảng", "lễ"}, {"kỷ niệm", "lễ"}, {"mít tinh", "lễ"}, {"tuyên dương", "lễ"}, {"phát động", "lễ"},
	{"công bố", "lễ"}, {"trao quyết định", "lễ"}, {"bàn giao", "lễ"}, {"gặp mặt", "buổi gặp mặt"},
	{"giao ban", "giao ban"}, {"tập huấn", "lớp tập huấn"}, {"diễn tập", "diễn tập"}, {"hội đàm", "hội đàm"},
	{"đến thăm", "buổi làm việc"}, {"thăm", "buổi làm việc"}, {"kiểm tra", "buổi làm việc"},
	{"giám sát", "buổi làm việc"}, {"tiếp xúc cử tri", "buổi tiếp xúc cử tri"},
	{"tiếp công dân", "buổi tiếp công dân"}, {"trao quà", "buổi trao quà"}, {"tặng quà", "buổi trao quà"},
	{"khai mạc", "hội nghị"}, {NULL, NULL}};

/* The activity verb at s+at, or -1. */
static int activity_at(const char *s, size_t at)
{
	int k;

	for (k = 0; activities[k].verb; k++) {
		size_t n = strlen(activities[k].verb);
		if (strncmp(s + at, activities[k].verb, n) == 0 && (s[at + n] == ' ' || s[at + n] == ','))
			return k;
	}
	/* gifts counted out: "phát 600 khẩu trang", "tặng 50 suất quà", "trao
	 * tặng 30 chiếc xe đạp" are a handing-out of gifts */
	{
		static const char *const hand[] = {"phát ", "tặng ", "trao tặng ", NULL};
		for (k = 0; hand[k]; k++) {
			size_t n = strlen(hand[k]);
			if (strncmp(s + at, hand[k], n) == 0 && s[at + n] >= '0' && s[at + n] <= '9')
				for (n = 0; activities[n].verb; n++)
					if (strcmp(activities[n].verb, "trao quà") == 0)
						return (int)n;
		}
	}
	return -1;
}

/* Is s[at, c) a subject we could not read as a body but that looks like
 * one: a capitalised phrase with no person, comma or clause break in it
 * ("Tiểu ban Văn kiện Đại hội Đảng bộ tỉnh")? An unread name must not lose
 * the lead's event. */
static int unread_subject(const vnkg_i_doc *d, size_t si, const char *s, size_t at, size_t c)
{
	size_t i, words = 0;

	if (c <= at || !vnkg_i_is_upper_initial(s + at))
		return 0;
	for (i = at; i < c; i++) {
		if (strchr(",;.:()", s[i]))
			return 0;
		if (s[i] == ' ' && ++words > 12)
			return 0;
	}
	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type == MENTION_PERSON && m->sentence == si && m->start < c && m->end > at)
			return 0;
	}
	return 1;
}

/* Is byte i of s right after an event noun's classifier ("cuộc họp", "buổi
 * gặp mặt", "phiên họp")? Then the word there names an event already
 * introduced, not the verb of an activity. */
static int after_classifier(const char *s, size_t from, size_t i)
{
	static const char *const cls[] = {"cuộc ", "buổi ", "phiên ", "kỳ ", "Kỳ ", NULL};
	size_t k;

	/* a delegation named by its task ("Đoàn giám sát", "đoàn kiểm tra") is
	 * a noun; its head's "làm Trưởng đoàn giám sát ..." is the verb */
	if (i >= from + strlen("đoàn ") && (strncmp(s + i - strlen("đoàn "), "đoàn ", strlen("đoàn ")) == 0 ||
					    strncmp(s + i - strlen("Đoàn "), "Đoàn ", strlen("Đoàn ")) == 0) &&
	    !(i >= from + strlen("rưởng đoàn ") && strncmp(s + i - strlen("rưởng đoàn "), "rưởng đoàn ", strlen("rưởng đoàn ")) == 0))
		return 1;
	for (k = 0; cls[k]; k++) {
		size_t n = strlen(cls[k]);
		if (i >= from + n && strncmp(s + i - n, cls[k], n) == 0)
			return 1;
	}
	return 0;
}

/* Is s[at, c) a delegation with its head named: "đoàn đại biểu ... do X,
 * post dẫn đầu (đã đến)", "Đoàn công tác ... do X làm trưởng đoàn"? */
static int led_delegation(const char *s, size_t at, size_t c)
{
	const char *lead;

	if (strncmp(s + at, "đoàn ", strlen("đoàn ")) != 0 && strncmp(s + at, "Đoàn ", strlen("Đoàn ")) != 0)
		return 0;
	if (memchr(s + at, '.', c - at) || memchr(s + at, ';', c - at))
		return 0;
	lead = vnkg_i_x_find_bytes(s + at, c - at, " do ", strlen(" do "));
	return lead && (vnkg_i_x_find_bytes(lead, (size_t)(s + c - lead), " dẫn đầu", strlen(" dẫn đầu")) ||
			vnkg_i_x_find_bytes(lead, (size_t)(s + c - lead), "rưởng đoàn", strlen("rưởng đoàn")));
}

/* The event of a lead that names it by an activity, not by an event noun:
 * "Sáng 2/11, Công an tỉnh X tổ chức tổng kết ...", "... Ban Thường vụ Tỉnh
 * ủy họp cho ý kiến ...", "HĐND tỉnh khai mạc Kỳ họp ...", "đoàn công tác
 * ... do X dẫn đầu đã dâng hương ...". The subject bodies organised it. */
static size_t activity_event(vnkg_i_doc *d, pcre2_match_data *md, size_t si, size_t *orgs, size_t *no, int need_org)
{
	const char *s = vnkg_article_sentence(d->article, si)->text;
	size_t len = strlen(s), at = clause_start(s, len, md), i, cue = VNKG_I_NO_MENTION, name_at;
	int k = -1;

	*no = 0;
	if (is_headline(d->article, si))
		return VNKG_I_NO_MENTION;
	/* the first activity verb of the clause, after its subject */
	for (i = at; i < len && i < at + 400; i++) {
		if (i > 0 && s[i - 1] != ' ')
			continue;
		if (s[i] == '.' || s[i] == ';')
			break;
		if (strncmp(s + i, "tổ chức ", strlen("tổ chức ")) == 0 && i > at) {
			size_t j = i + strlen("tổ chức ");
			/* "tổ chức thành công ...", "tổ chức <activity>" */
			if (strncmp(s + j, "thành công ", strlen("thành công ")) == 0)
				j += strlen("thành công ");
			cue = i;
			k = activity_at(s, j);
			name_at = j;
			break;
		}
		if (i > at && !after_classifier(s, at, i) && (k = activity_at(s, i)) >= 0) {
			cue = i;
			name_at = i;
			break;
		}
	}
	if (cue == VNKG_I_NO_MENTION)
		return VNKG_I_NO_MENTION;
	/* the activity is the clause's own verb: not one in the object of an
	 * earlier "X chủ trì cuộc họp ... bàn giải pháp triển khai ..." */
	{
		static const vnkg_i_rule before[] = {RE_CUE_CHAIR, RE_CUE_ATTEND, RE_CUE_SPEAK, RE_CUE_WORK};
		size_t r;
		PCRE2_SIZE *ov;
		for (r = 0; r < sizeof(before) / sizeof(before[0]); r++) {
			size_t from = at;
			while (vnkg_i_rule_find(before[r], md, s, cue, from, &ov)) {
				from = ov[1];
				/* "dưới sự chủ trì của X, B họp ...": a fronted chair */
				if (ov[0] >= strlen("sự ") && strncmp(s + ov[0] - strlen("sự "), "sự ", strlen("sự ")) == 0)
					continue;
				return VNKG_I_NO_MENTION;
			}
		}
	}
	/* "đã", "vừa" before the verb belong to the clause */
	{
		size_t c = cue;
		static const char *const aux[] = {"đã ", "vừa ", "cũng ", "sẽ ", NULL};
		int again = 1;
		while (again) {
			again = 0;
			for (i = 0; aux[i]; i++) {
				size_t n = strlen(aux[i]);
				if (c >= at + n && strncmp(s + c - n, aux[i], n) == 0) {
					c -= n;
					again = 1;
				}
			}
		}
		*no = subject_bodies(d, si, s, c, md, orgs, 8, 0);
		/* the subject is a body, or a delegation or person ("đoàn ... do X
		 * dẫn đầu đã dâng hương") for the verbs that need no organiser; an
		 * undated lead needs a body, or a delegation with its head named */
		if (!*no && need_org && !(k >= 0 && strcmp(activities[k].kind, "hội nghị") != 0 &&
					  strcmp(activities[k].kind, "cuộc họp") != 0 && led_delegation(s, at, c)))
			return VNKG_I_NO_MENTION;
		if (!*no && !need_org && (k < 0 || strcmp(activities[k].kind, "hội nghị") == 0 ||
					  strcmp(activities[k].kind, "cuộc họp") == 0) &&
		    !unread_subject(d, si, s, at, c))
			return VNKG_I_NO_MENTION;
	}
	{
		char *name = event_name(s, name_at, len);
		const char *at_place = " tại ";
		size_t words = 0, j;
		for (j = 0; name && name[j]; j++)
			if (name[j] == ' ')
				words++;
		/* "dâng hương, dâng hoa tại Nghĩa trang liệt sĩ huyện X": a short
		 * activity is named with its place */
		if (name && words < 6 && strncmp(s + name_at + strlen(name), at_place, strlen(at_place)) == 0) {
			size_t e = name_at + strlen(name) + strlen(at_place);
			while (e < len && s[e] != ',' && s[e] != '.' && s[e] != ';' && s[e] != '(')
				e++;
			while (e > name_at && s[e - 1] == ' ')
				e--;
			free(name);
			name = vnkg_i_strndup(s + name_at, e - name_at);
		}
		{
			size_t end = name_at + (name ? strlen(name) : 0);
			if (end > len || end == name_at)
				end = len;
			return add_own_event(d, si, name_at, end, s, name, k >= 0 ? activities[k].kind : NULL);
		}
	}
}

/* Is sentence si the article's lead: dated at its head, after an opening
 * purpose clause at most ("Nhằm ..., chiều 8-6, ...")? */
static int is_lead(const vnkg_i_doc *d, pcre2_match_data *md, size_t si)
{
	const char *s = vnkg_article_sentence(d->article, si)->text;
	int day, month, year;
	PCRE2_SIZE *ov;

	const char *dash;

	if (is_headline(d->article, si))
		return 0;
	if (vnkg_i_x_lead_date(s, md, &day, &month, &year))
		return 1;
	/* after a masthead: "(QPTV) - Nhân kỷ niệm ..., sáng 19-12, ..." */
	dash = vnkg_i_x_find_bytes(s, strlen(s) < 48 ? strlen(s) : 48, " - ", 3);
	if (dash && dash > s && !(dash[-1] >= '0' && dash[-1] <= '9')) {
		/* a masthead is a name: no lower-case word but "online" */
		const char *w = s;
		int name = 1;
		while (w < dash && name) {
			if (!vnkg_i_is_upper_initial(w) && *w != '(' && strncmp(w, "online", strlen("online")) != 0)
				name = 0;
			while (w < dash && *w != ' ')
				w++;
			while (w < dash && *w == ' ')
				w++;
		}
		if (name)
			s = dash + 3;
	}
	return (strncmp(s, "Để ", strlen("Để ")) == 0 || strncmp(s, "Nhằm ", strlen("Nhằm ")) == 0 ||
		strncmp(s, "Nhân ", strlen("Nhân ")) == 0 || strncmp(s, "Thực hiện ", strlen("Thực hiện ")) == 0 ||
		strncmp(s, "Hưởng ứng ", strlen("Hưởng ứng ")) == 0 || strncmp(s, "Được sự ", strlen("Được sự ")) == 0 ||
		strncmp(s, "Chào mừng ", strlen("Chào mừng ")) == 0 || strncmp(s, "Hướng tới ", strlen("Hướng tới ")) == 0 ||
		strncmp(s, "Căn cứ ", strlen("Căn cứ ")) == 0) &&
	       vnkg_i_rule_find(RE_DATE_ANY, md, s, strlen(s), 0, &ov) && ov[0] < 300 && ov[0] > 2 && s[ov[0] - 2] == ',';
}

/* "Chiều 14/11, tại Trụ sở Tỉnh ủy đã diễn ra lễ đón và hội đàm giữa ...":
 * the gathering named right after "diễn ra" (P47, inverted). */
static size_t event_took_place(vnkg_i_doc *d, pcre2_match_data *md, size_t si)
{
	const char *s = vnkg_article_sentence(d->article, si)->text;
	const char *hit = strstr(s, "diễn ra ");
	PCRE2_SIZE *ov;
	size_t at;

	if (!hit || is_headline(d->article, si))
		return VNKG_I_NO_MENTION;
	at = (size_t)(hit - s) + strlen("diễn ra ");
	if (!vnkg_i_rule_find(RE_EVENT_NOUN, md, s, strlen(s), at, &ov) || ov[0] != at)
		return VNKG_I_NO_MENTION;
	return make_event(d, si, s, at);
}

/* The article's own event told by its lead when no "tổ chức <event noun>"
 * does: a gathering as subject, a working session, a reception, an
 * activity. */
static size_t lead_event(vnkg_i_doc *d, pcre2_match_data *md, size_t si, size_t *orgs, size_t *no)
{
	size_t em;

	*no = 0;
	em = event_as_subject(d, md, si);
	if (em == VNKG_I_NO_MENTION)
		em = event_took_place(d, md, si);
	if (em == VNKG_I_NO_MENTION)
		em = working_session(d, md, si);
	if (em == VNKG_I_NO_MENTION)
		em = reception(d, si);
	if (em == VNKG_I_NO_MENTION)
		em = activity_event(d, md, si, orgs, no, 0);
	return em;
}

/* The next "tổ chức <event>" of s from `from` that is the clause's verb:
 * not a gathering only spoken of ("Thực hiện kế hoạch ... về tổ chức đại
 * hội chi bộ ...", "chuẩn bị tổ chức", "việc tổ chức"); a planned one
 * ("B sẽ tổ chức diễn tập ...") is an event of its own. */
static int find_organize(pcre2_match_data *md, const char *s, size_t from, PCRE2_SIZE **ov)
{
	static const char *const nominal[] = {"về ", "việc ", "để ", "khi ", "công tác ", "chuẩn bị ", "kế hoạch ", "nhằm ",
					      NULL};
	size_t len = strlen(s);

	while (vnkg_i_rule_find(RE_CUE_ORGANIZE, md, s, len, from, ov)) {
		size_t cue = (*ov)[0], k;
		int spoken = 0;
		for (k = 0; nominal[k] && !spoken; k++) {
			size_t n = strlen(nominal[k]);
			spoken = cue >= n && strncmp(s + cue - n, nominal[k], n) == 0 && (cue == n || s[cue - n - 1] == ' ');
		}
		if (!spoken)
			return 1;
		from = (*ov)[1];
	}
	return 0;
}

/* Does some sentence say someone chaired or attended a gathering? */
static int has_person_cue(const vnkg_i_doc *d, pcre2_match_data *md)
{
	size_t si, n = vnkg_article_sentence_count(d->article);
	PCRE2_SIZE *ov;

	for (si = 0; si < n; si++) {
		const char *s = vnkg_article_sentence(d->article, si)->text;
		if (vnkg_i_rule_find(RE_CUE_CHAIR, md, s, strlen(s), 0, &ov) ||
		    vnkg_i_rule_find(RE_CUE_ATTEND_HAS, md, s, strlen(s), 0, &ov))
			return 1;
	}
	return 0;
}

void vnkg_i_x_find_main_event(vnkg_i_doc *d, pcre2_match_data *md)
{
	const vnkg_article *a = d->article;
	size_t n = vnkg_article_sentence_count(a), si, em = VNKG_I_NO_MENTION, orgs[8], no = 0, k;
	size_t main_org = VNKG_I_NO_MENTION, carry, lead_si = (size_t)-1;
	int day, month, year, has_lead = 0;
	unsigned char *opens;
	PCRE2_SIZE *ov;

	d->sent_event = malloc((n + 1) * sizeof(size_t));
	opens = calloc(n + 1, 1);
	for (si = 0; si < n && d->sent_event; si++)
		d->sent_event[si] = VNKG_I_NO_MENTION;
	/* the lead (the first dated sentence) tells the article's event even
	 * without "tổ chức <event noun>", unless an organising sentence came
	 * first */
	for (si = 0; si < n && si < 6; si++) {
		const char *s = vnkg_article_sentence(a, si)->text;
		int organizes = find_organize(md, s, 0, &ov) && !is_headline(a, si);
		if (organizes) {
			size_t cue = ov[0], at = ov[1];
			/* "..., tại TP. X, tỉnh X long trọng tổ chức lễ mít tinh": an
			 * organiser we cannot read still leaves the lead's event */
			if (!is_lead(d, md, si))
				break;
			if (subject_bodies(d, si, s, cue, md, orgs, 8, 0)) {
				lead_si = si; /* read with its organisers below */
				break;
			}
			no = 0;
			em = make_event(d, si, s, at);
		} else if (!is_lead(d, md, si)) {
			continue;
		} else {
			em = lead_event(d, md, si, orgs, &no);
		}
		if (em != VNKG_I_NO_MENTION) {
			if (d->sent_event)
				d->sent_event[si] = em;
			main_org = no ? orgs[0] : VNKG_I_NO_MENTION;
			for (k = 0; k < no; k++)
				vnkg_i_x_add_relation(d, "organized", orgs[k], em, si, NULL, NULL);
		}
		break;
	}
	for (si = 0; si < n; si++) {
		const char *s = vnkg_article_sentence(a, si)->text;
		size_t from = 0;
		if (em != VNKG_I_NO_MENTION && d->sent_event && d->sent_event[si] == em)
			continue; /* the lead's event, read above */
		/* a headline above a lead that organises: the lead names the event
		 * in full ("B tổ chức đại hội điểm" over "Sáng 9/5, B tổ chức Đại
		 * hội điểm nhiệm kỳ ...") */
		if (em == VNKG_I_NO_MENTION && lead_si != (size_t)-1 && si < lead_si && is_headline(a, si))
			continue;
		while (find_organize(md, s, from, &ov)) {
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
			/* (or a paragraph that opens with its own date and organiser) */
			if (e != em && opens && si >= 2 &&
			    (is_headline(a, si - 1) || vnkg_article_sentence(a, si)->first_in_para) &&
			    d->mentions[em].sentence < si - 1 && vnkg_i_x_lead_date(s, md, &day, &month, &year) &&
			    (main_org == VNKG_I_NO_MENTION || !may_be_same_body(&d->mentions[main_org], &d->mentions[orgs[0]])))
				opens[si] = 1;
			for (k = 0; k < no; k++)
				vnkg_i_x_add_relation(d, "organized", orgs[k], e, si, NULL, NULL);
			break;
		}
	}
	/* "Hội nghị tổng kết ... diễn ra sáng 5/6 tại ...": a sentence that opens
	 * with the gathering's name */
	for (si = 0; si < n && si < 6 && em == VNKG_I_NO_MENTION; si++)
		em = event_as_subject(d, md, si);
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
	for (si = 0; si < n && si < 8 && em == VNKG_I_NO_MENTION; si++)
		em = working_session(d, md, si);
	/* "ông X, Chủ tịch UBND tỉnh đã tiếp xã giao ngài Y, Đại sứ ...": the
	 * reception */
	for (si = 0; si < n && si < 8 && em == VNKG_I_NO_MENTION; si++)
		em = reception(d, si);
	/* "... chủ trì hội nghị." under a headline that says what it was */
	for (si = 0; si < n && si < 6 && em == VNKG_I_NO_MENTION && !has_lead; si++)
		has_lead = is_lead(d, md, si);
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
		/* an excerpt that begins after its lead: "Dự hội nghị có ...", "Tại
		 * buổi lễ, ..." speak of the headline's event too */
		if (!found && !has_lead) {
			static const char *const openers[] = {"Dự ", "Cùng dự ", "Tham dự ", "Đến dự ", "Tới dự ", "Tại ", NULL};
			size_t k2;
			for (k2 = 0; openers[k2] && !found; k2++) {
				size_t o = strlen(openers[k2]);
				found = strncmp(s, openers[k2], o) == 0 &&
					vnkg_i_rule_find(RE_EVENT_NOUN, md, s, strlen(s), o, &ov2) && ov2[0] == o;
			}
		}
		if (!found)
			continue;
		for (h = si; h-- > 0;) {
			const char *hs = vnkg_article_sentence(a, h)->text;
			size_t skip = 0, b;
			vnkg_buf name = VNKG_BUF_INIT;
			char *noun;
			if (!is_headline(a, h) || is_page_metadata(hs))
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
		if (!vnkg_i_x_lead_date(s, md, &day, &month, &year))
			continue;
		if (vnkg_i_rule_find(RE_EVENT_NOUN, md, s, strlen(s), 0, &ov))
			em = make_event(d, si, s, ov[0]);
	}
	for (si = 0; si < n && si < 4 && em == VNKG_I_NO_MENTION; si++) {
		const char *s = vnkg_article_sentence(a, si)->text;
		if (find_organize(md, s, 0, &ov))
			em = make_event(d, si, s, ov[1]);
	}
	/* an undated lead: "Huyện ủy X tổ chức học tập chuyên đề ..." (its subject
	 * a body we read, since nothing else marks it as the lead) */
	for (si = 0; si < n && si < 4 && em == VNKG_I_NO_MENTION; si++) {
		em = activity_event(d, md, si, orgs, &no, 1);
		if (em != VNKG_I_NO_MENTION) {
			if (d->sent_event)
				d->sent_event[si] = em;
			for (k = 0; k < no; k++)
				vnkg_i_x_add_relation(d, "organized", orgs[k], em, si, NULL, NULL);
		}
	}
	/* a speech printed in full under a headline "Phát biểu của X tại Lễ kỷ
	 * niệm ...": the gathering the headline names */
	for (si = 0; si < n && si < 3 && em == VNKG_I_NO_MENTION; si++) {
		const char *s = vnkg_article_sentence(a, si)->text;
		const char *at = strstr(s, " tại ");
		if (!is_headline(a, si) || !at || !(strstr(s, "hát biểu của") || strstr(s, "iễn văn")))
			continue;
		at += strlen(" tại ");
		if (vnkg_i_is_upper_initial(at) && vnkg_i_rule_find(RE_EVENT_NOUN, md, s, strlen(s), (size_t)(at - s), &ov) &&
		    ov[0] == (size_t)(at - s))
			em = make_event(d, si, s, ov[0]);
	}
	/* fail soft: people chair or attend "buổi lễ", "hội nghị" and no lead
	 * says what it was (the excerpt starts mid-story); the first named
	 * gathering of the text, often in a caption ("Quang cảnh Lễ ra quân
	 * huấn luyện năm 2021 của Sư đoàn X"), is it */
	if (em == VNKG_I_NO_MENTION && has_person_cue(d, md)) {
		for (si = 0; si < n && em == VNKG_I_NO_MENTION; si++) {
			const char *s = vnkg_article_sentence(a, si)->text;
			size_t from = 0;
			while (em == VNKG_I_NO_MENTION && vnkg_i_rule_find(RE_EVENT_NOUN, md, s, strlen(s), from, &ov)) {
				size_t at = ov[0], rest = ov[1], words = 0, q;
				from = ov[1];
				if (!vnkg_i_is_upper_initial(s + at))
					continue;
				/* a name, not a bare noun: two words at least after it */
				for (q = rest; s[q] && s[q] != ',' && s[q] != '.' && words < 3; q++)
					if (s[q] == ' ')
						words++;
				if (words >= 3)
					em = make_event(d, si, s, at);
			}
		}
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
		/* of another time: a full date, a year, or "Trước đó, ...", "Chiều
		 * cùng ngày, ..." (P44) */
		if (!vnkg_i_rule_find(RE_DATE_FULL, md, s, strlen(s), 0, &ov2) &&
		    strncmp(s, "Năm ", strlen("Năm ")) != 0 &&
		    !((strncmp(s, "Trước đó", strlen("Trước đó")) == 0 ||
		       vnkg_i_x_find_bytes(s, strlen(s) < 24 ? strlen(s) : 24, "cùng ngày,", strlen("cùng ngày,"))) &&
		      /* a session ("phiên thảo luận") is part of the article's gathering */
		      strncmp(s + at, "phiên", strlen("phiên")) != 0 && strncmp(s + at, "Phiên", strlen("Phiên")) != 0))
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
		/* "Trước đó, B tổ chức lễ ra mắt .... Dự buổi lễ có ...": the next
		 * sentence of the paragraph names the other event by its kind, which
		 * the article's own is not of */
		if (d->sent_event[si] == VNKG_I_NO_MENTION && si > 0 && !vnkg_article_sentence(a, si)->first_in_para &&
		    d->sent_event[si - 1] != VNKG_I_NO_MENTION && d->sent_event[si - 1] != em &&
		    d->mentions[d->sent_event[si - 1]].kind && d->mentions[em].kind &&
		    strcmp(d->mentions[d->sent_event[si - 1]].kind, d->mentions[em].kind) != 0) {
			const char *t = vnkg_article_sentence(a, si)->text;
			size_t from = 0;
			while (vnkg_i_rule_find(RE_EVENT_NOUN, md, t, strlen(t), from, &ov)) {
				char *noun = vnkg_i_strndup(t + ov[0], ov[1] - ov[0]);
				int same = noun && strcmp(event_kind(noun), d->mentions[d->sent_event[si - 1]].kind) == 0;
				from = ov[1];
				free(noun);
				if (same) {
					d->sent_event[si] = d->sent_event[si - 1];
					break;
				}
			}
		}
		if (d->sent_event[si] == VNKG_I_NO_MENTION)
			d->sent_event[si] = carry;
		else if (opens && opens[si])
			carry = d->sent_event[si];
	}
	free(opens);
}

void vnkg_i_x_read_masthead(vnkg_i_doc *d, pcre2_match_data *md)
{
	const char *h = vnkg_article_header(d->article);
	PCRE2_SIZE *ov;

	if (h && vnkg_i_rule_find(RE_MASTHEAD_QK, md, h, strlen(h), 0, &ov))
		d->masthead_qk = vnkg_i_x_parse_int(h, ov[2], ov[3]);
}
