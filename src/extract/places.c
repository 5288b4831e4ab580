/* Places: where events were held ("tại ...", datelines).
 *
 * After "tại" a reader finds a named venue (a hall, a headquarters, a
 * cultural house, a border gate, a cemetery: GOLD.md counts it as a place), or
 * an administrative place ("tỉnh X", "TP. X", "Hà Nội"); then, in the same
 * phrase, the places that situate it: ", huyện Y, tỉnh Z" and "(huyện Y, tỉnh
 * Z)". Every place of that phrase is where the event was held: the places
 * read from one phrase share the index of the first in `ref`. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "extract/lexicon.h"
#include "extract/tokens.h"
#include "extract/xctx.h"
#include "util/util.h"
#include "vnkg/common.h"

/* Buildings and sites events are held at (lower case; the longest wins). */
static const char *const venue_heads[] = {
	"hội trường", "trụ sở", "trung tâm hội nghị", "trung tâm", "nhà văn hóa", "nhà truyền thống", "nhà quốc hội",
	"nhà khách", "nhà hát", "nhà thi đấu", "cung văn hóa", "phòng họp", "cửa khẩu", "nghĩa trang",
	"đài tưởng niệm", "tượng đài", "khu di tích", "khu tưởng niệm", "khu lưu niệm", "đền thờ", "bảo tàng",
	"quân cảng", "cảng", "sân vận động", "thao trường", "phủ chủ tịch", "nhà tưởng niệm", "quảng trường",
	"khu căn cứ", "khách sạn", "nhà lưu niệm", "nhà bia", "sân bay", "cảng hàng không", "lăng", "thành cổ",
	"cột cờ", "cột mốc", "đảo", "quần đảo", "nhà giàn", "làng văn hóa", "khu du lịch", "khu dân cư",
	"sở chỉ huy", "trường bắn", "bãi tập", "khu huấn luyện", "nhà sinh hoạt cộng đồng", "nhà rông", "công viên",
	"sân bóng", "nhà máy", "công trường", "khu công nghiệp", "khu kinh tế", "chùa", "đình", "đền", "nhà thờ",
	"di tích", "khu tái định cư", "bến cảng", "bãi biển", "điểm trường", "nhà hàng", NULL};

/* Lower-case words that end a venue's name: a verb or a linking word comes
 * after the name, never inside it. */
static const char *const venue_stops[] = {
	"đã", "đang", "sẽ", "vừa", "và", "với", "của", "để", "do", "là", "có", "cho", "được", "nhằm", "trong",
	"từ", "đến", "sau", "trước", "theo", "về", "tổ", "diễn", "khai", "long", "trọng", "tiến", "chủ", "dự",
	"làm", "gặp", "thăm", "nơi", "khi", "thì", "mà", "rồi", "cùng", "ngày", "sáng", "chiều", "tối", "hôm",
	"nay", "qua", "vào", "lúc", "ra", "mạc", "bế", "họp", "tiếp", "đón", "nhau", "ở", NULL};

static size_t venue_head_at(const xctx *x, size_t k)
{
	size_t i, best = 0;

	for (i = 0; venue_heads[i]; i++) {
		size_t n = vnkg_i_words_match(&x->w, k, venue_heads[i]);
		if (n > best)
			best = n;
	}
	return best;
}

static int is_venue_stop(const xctx *x, size_t k)
{
	size_t i;

	for (i = 0; venue_stops[i]; i++)
		if (vnkg_i_x_wis(x, k, venue_stops[i]))
			return 1;
	return 0;
}

/* A word that can be part of a proper name: capitalised, a number, or an
 * abbreviation (spelled out or not). */
static int name_word(const xctx *x, size_t k)
{
	const vnkg_i_word *w;

	if (k >= x->w.n)
		return 0;
	w = &x->w.w[k];
	return !w->punct && (w->cap || w->num || w->abbr || w->expanded);
}

/* The locality word at k ("tỉnh", "thành phố", "TP"), as a number of words. */
static size_t locality_at(const xctx *x, size_t k)
{
	return vnkg_i_x_match_list(x, k, &vnkg_i_x_localities, NULL);
}

/* A village word before a village's name ("bản Nà Sang", "thôn 3", "tổ dân
 * phố 5"), as a number of words: a locality below the commune. */
static size_t village_at(const xctx *x, size_t k)
{
	static const char *const villages[] = {"tổ dân phố", "khu phố", "bản", "thôn", "làng", "ấp", "buôn",
					       "xóm", "sóc", "khóm", "phum", NULL};
	size_t i, n;

	if (k >= x->w.n || x->w.w[k].cap)
		return 0;
	for (i = 0; villages[i]; i++) {
		n = vnkg_i_words_match(&x->w, k, villages[i]);
		if (n && k + n < x->w.n && (x->w.w[k + n].cap || x->w.w[k + n].num) && !x->w.w[k + n].punct)
			return n;
	}
	return 0;
}

/* Does an event noun start at byte `at`? "tại Đại hội ..." names the event. */
static int event_noun_at(const xctx *x, size_t at)
{
	PCRE2_SIZE *ov;

	return vnkg_i_rule_find(RE_EVENT_NOUN, x->md, x->s, x->len, at, &ov) && ov[0] == at;
}

/* The word index after the last word whose bytes end at or before `end`. */
static size_t word_after(const xctx *x, size_t end)
{
	return vnkg_i_x_word_at(x, end);
}

/* A place read at some words: its byte span, where its name starts and the
 * locality word written before the name (la == lb when none). */
typedef struct place_span {
	size_t start, end, na, la, lb;
} place_span;

/* One administrative place at word k: an optional locality word ("tỉnh",
 * "thành phố", "TP", "TP." glued to the name) and up to four capitalised
 * words. Returns 1 and fills `out` when there is one. */
static int place_item(const xctx *x, size_t k, int need_locality, place_span *out)
{
	size_t ln, n = 0, j, plain = 0;
	const vnkg_i_word *w;

	if (k >= x->w.n || x->used[k])
		return 0;
	w = &x->w.w[k];
	out->start = w->start;
	out->la = out->lb = out->na = out->end = w->start;
	ln = locality_at(x, k);
	if (!ln && village_at(x, k)) {
		/* "bản Nà Sang" is named with its word: a village's bare name
		 * may be a commune's or a mountain's elsewhere */
		size_t vn = village_at(x, k);
		k += vn;
		for (; k < x->w.n && n < 4; k++, n++) {
			const vnkg_i_word *v = &x->w.w[k];
			if (v->punct || !(v->cap || v->num) || (n && (x->used[k] || vnkg_i_x_head_words_at(x, k) > 1)))
				break;
			out->end = v->end;
		}
		return n > 0;
	}
	if (ln) {
		out->lb = x->w.w[k + ln - 1].end;
		k += ln;
		/* "TP. Yên Thủy": the abbreviation's dot */
		if (vnkg_i_x_wis(x, k, ".") && x->w.w[k].start == out->lb)
			k++;
	} else if (strncmp(x->s + w->start, "TP.", 3) == 0 && w->end > w->start + 3 &&
		   vnkg_i_is_upper_initial(x->s + w->start + 3)) {
		/* "TP.Yên Thủy": glued into one token */
		out->lb = out->na = w->start + 3;
		out->end = w->end;
		n = plain = 1;
		k++;
	} else if (need_locality) {
		return 0;
	}
	if (!n && ln && k < x->w.n && x->w.w[k].num) {
		/* "Quận 1", "Phường 5": a numbered locality, named with its word */
		out->na = out->start;
		out->la = out->lb = out->start;
		out->end = x->w.w[k].end;
		return 1;
	}
	if (!n) {
		if (k >= x->w.n || x->w.w[k].punct || !x->w.w[k].cap)
			return 0;
		out->na = x->w.w[k].start;
	}
	for (; k < x->w.n && n < 4; k++, n++) {
		const vnkg_i_word *v = &x->w.w[k];
		if (v->punct || !(v->cap || (n && v->num)))
			break;
		/* "tại Hà Nội Bộ trưởng ...": a post or a body starts after the
		 * name ("Hải Phòng" ends in a head-word of one syllable) */
		if (n && (x->used[k] || vnkg_i_x_is_title_start(x, k) || vnkg_i_x_is_rank_start(x, k) ||
			  vnkg_i_x_head_words_at(x, k) > 1))
			break;
		out->end = v->end;
	}
	/* "Trung tâm huấn luyện": one capitalised syllable going on in lower
	 * case is the start of a common noun, not a name */
	if (n == 1 && k < x->w.n && !x->w.w[k].punct && !x->w.w[k].cap && !x->w.w[k].num && !is_venue_stop(x, k) &&
	    !locality_at(x, k))
		return 0;
	/* an abbreviation alone ("TP", "UBND") is no place's name */
	for (j = word_after(x, out->na); j < x->w.n && x->w.w[j].end <= out->end; j++)
		if (!x->w.w[j].expanded)
			plain = 1;
	/* "tại Điều 5", "tại Mục 3": a part of a text, not a place */
	if (out->lb <= out->la && word_after(x, out->end) == word_after(x, out->na) + 2 &&
	    x->w.w[word_after(x, out->na) + 1].num)
		return 0;
	return out->end > out->na && plain;
}

static size_t add_place(xctx *x, const place_span *p, size_t leader)
{
	size_t pm = vnkg_i_x_add_mention(x->doc, MENTION_PLACE, x->si, p->start, p->end, x->s);
	vnkg_i_mention *m;

	if (pm == VNKG_I_NO_MENTION)
		return pm;
	m = &x->doc->mentions[pm];
	m->name = vnkg_i_x_sub(x->s, p->na, p->end);
	if (p->lb <= p->la)
		m->locality = vnkg_i_strdup("");
	else if (strncmp(x->s + p->la, "TP", 2) == 0)
		m->locality = vnkg_i_strdup("thành phố"); /* "TP", "TP." */
	else
		m->locality = vnkg_i_x_sub(x->s, p->la, p->lb);
	m->ref = leader == VNKG_I_NO_MENTION ? pm : leader;
	/* "Phường 5" is in many cities: the article's own (resolve) */
	if (p->end > p->na && x->s[p->end - 1] >= '0' && x->s[p->end - 1] <= '9' &&
	    (locality_at(x, vnkg_i_x_word_at(x, p->na)) || village_at(x, vnkg_i_x_word_at(x, p->na))))
		m->bare = 1;
	vnkg_i_x_mark_span(x, p->start, p->end);
	return pm;
}

/* The end of a body read at word k ("Tỉnh ủy" in "Hội trường Tỉnh ủy"),
 * or 0. */
static size_t body_at(const xctx *x, size_t k)
{
	size_t i;

	for (i = 0; k < x->w.n && i < x->doc->nmentions; i++) {
		const vnkg_i_mention *m = &x->doc->mentions[i];
		if (m->type == MENTION_BODY && !m->dead && m->sentence == x->si && m->start == x->w.w[k].start)
			return m->end;
	}
	return 0;
}

/* Where the venue whose head-word (hn words) is at k ends: the name after
 * the head may hold a body ("Hội trường Công an tỉnh"), lower-case words
 * before a capitalised one or a locality word ("Nghĩa trang liệt sĩ huyện
 * X", "Nhà Văn hóa trung tâm tỉnh"), and a second building after a hyphen
 * ("Hội trường Diên Hồng-Nhà Quốc hội"). */
static size_t venue_end(const xctx *x, size_t k, size_t hn)
{
	size_t end = x->w.w[k + hn - 1].end;

	k += hn;
	while (k < x->w.n) {
		size_t r = 0, j, b = body_at(x, k), vh = venue_head_at(x, k);
		/* "Hội trường Trung tâm Hội nghị tỉnh": a building in a building */
		if (vh && x->w.w[k].cap) {
			end = x->w.w[k + vh - 1].end;
			k += vh;
			continue;
		}
		if (b) {
			/* "Hội trường Công an tỉnh X, Bộ Công an": the owner after the
			 * comma says whose hall it is, it is not in the name */
			size_t c;
			for (c = k; c < x->w.n && x->w.w[c].end <= b; c++)
				if (vnkg_i_x_wis(x, c, ","))
					return c > k ? x->w.w[c - 1].end : end;
			end = b;
			k = word_after(x, b);
			continue;
		}
		if (name_word(x, k)) {
			end = x->w.w[k].end;
			k++;
			continue;
		}
		j = locality_at(x, k);
		if (j) {
			end = x->w.w[k + j - 1].end;
			k += j;
			continue;
		}
		/* "Trụ sở HĐND - UBND tỉnh": the seat of two bodies */
		/* "Trung tâm Văn hóa - Thể thao huyện": a name in two halves */
		if ((vnkg_i_x_wis(x, k, "-") || vnkg_i_x_wis(x, k, "–")) &&
		    (venue_head_at(x, k + 1) || body_at(x, k + 1) ||
		     (k + 1 < x->w.n && x->w.w[k + 1].cap && !x->w.w[k + 1].abbr))) {
			k++;
			continue;
		}
		/* a short lower-case run inside the name, followed by more of it */
		while (k + r < x->w.n && r < 3 && !x->w.w[k + r].punct && !x->w.w[k + r].cap &&
		       !x->w.w[k + r].num && !locality_at(x, k + r) && !is_venue_stop(x, k + r))
			r++;
		/* "Trung tâm Hội nghị Quốc gia, ...": a name may end in one or two
		 * lower-case syllables right before a separator */
		if (r && r <= 2 && (k + r >= x->w.n || x->w.w[k + r].punct) && (x->w.w[k - 1].cap || x->w.w[k - 1].num)) {
			end = x->w.w[k + r - 1].end;
			/* "Văn hóa - Thể thao": the name goes on after a dash */
			if ((vnkg_i_x_wis(x, k + r, "-") || vnkg_i_x_wis(x, k + r, "–")) && k + r + 1 < x->w.n &&
			    x->w.w[k + r + 1].cap && !x->w.w[k + r + 1].abbr) {
				k += r;
				continue;
			}
			break;
		}
		if (!r || k + r >= x->w.n || !(name_word(x, k + r) || locality_at(x, k + r)) ||
		    event_noun_at(x, x->w.w[k + r].start))
			break;
		k += r;
	}
	return end;
}

/* The places that situate the one just read, from word k on: ", huyện Y,
 * tỉnh Z", "(huyện Y, tỉnh Z)", "(TP.Yên Thủy)", "(Hà Nội)". */
static void read_situation(xctx *x, size_t k, size_t leader)
{
	place_span p, items[6];
	int first = 1;

	/* the closing quote of a quoted name */
	if (vnkg_i_x_wis(x, k, "”") || vnkg_i_x_wis(x, k, "\""))
		k++;
	for (;;) {
		/* "thao trường X, thuộc xã Y, huyện Z": the commune it lies in */
		if (vnkg_i_x_wis(x, k, ",") && vnkg_i_x_wis(x, k + 1, "thuộc") && place_item(x, k + 2, 1, &p)) {
			first = 0;
			add_place(x, &p, leader);
			k = word_after(x, p.end);
			continue;
		}
		if (vnkg_i_x_wis(x, k, ",")) {
			/* "Trung tâm Hội nghị Quốc gia, Hà Nội", "Geneva, Thụy Sĩ": the
			 * first place after it may come without its locality word, then
			 * a separator (no body, post or rank starts the clause) */
			int bare_city = first && place_item(x, k + 1, 0, &p) && !vnkg_i_x_is_head_start(x, k + 1) &&
					!vnkg_i_x_is_title_start(x, k + 1) && !vnkg_i_x_is_rank_start(x, k + 1) &&
					(word_after(x, p.end) >= x->w.n || vnkg_i_x_wis(x, word_after(x, p.end), ",") ||
					 vnkg_i_x_wis(x, word_after(x, p.end), "(") || vnkg_i_x_wis(x, word_after(x, p.end), "."));
			first = 0;
			if (!bare_city && !place_item(x, k + 1, 1, &p))
				return;
			add_place(x, &p, leader);
			k = word_after(x, p.end);
		} else if (vnkg_i_x_wis(x, k, "và")) {
			/* "tại Hà Nội và TP Hồ Chí Minh": both, when the second is
			 * plainly a place (a locality word, or a name ending the clause) */
			size_t after;
			if (!place_item(x, k + 1, 0, &p) || vnkg_i_x_is_head_start(x, k + 1) ||
			    vnkg_i_x_is_title_start(x, k + 1) || vnkg_i_x_is_rank_start(x, k + 1))
				return;
			after = word_after(x, p.end);
			if (p.lb <= p.la && !(after >= x->w.n || x->w.w[after].punct))
				return;
			add_place(x, &p, leader);
			k = after;
		} else if (vnkg_i_x_wis(x, k, "(")) {
			size_t j = k + 1, n = 0, i;
			/* every item a place, or the bracket says something else */
			while (n < sizeof(items) / sizeof(items[0]) && place_item(x, j, 0, &items[n])) {
				j = word_after(x, items[n++].end);
				if (!vnkg_i_x_wis(x, j, ","))
					break;
				j++;
			}
			if (!n || !vnkg_i_x_wis(x, j, ")"))
				return;
			for (i = 0; i < n; i++)
				add_place(x, &items[i], leader);
			k = j + 1;
		} else {
			return;
		}
	}
}

/* Is the "tại" at word i where someone serves or lives rather than where
 * something is held: "Đại sứ Lào tại Việt Nam", "phóng viên thường trú
 * tại", "các đơn vị đóng quân tại", "hy sinh tại"? */
static int aside(const xctx *x, size_t i)
{
	/* a diplomat's post, maybe with the country he represents before "tại" */
	static const char *const posts[] = {"sứ", "sứ quán", "lãnh sự", "lãnh sự quán", "tùy viên", "đại diện", NULL};
	/* ("công tác", "học tập" are also the work a meeting is about: "học
	 * tập, quán triệt tại Hội trường ...") */
	static const char *const stays[] = {"thường trú", "đóng quân", "đóng chân", "sinh sống", "cư trú",
					    "hy sinh", "an táng", "yên nghỉ", "sinh ra", "du học", NULL};
	size_t k, j;

	for (k = 0; stays[k]; k++)
		if (i >= 2 && vnkg_i_words_match(&x->w, i - 2, stays[k]) == 2)
			return 1;
	for (j = i; j > 0 && j + 4 > i; j--) {
		for (k = 0; posts[k]; k++) {
			size_t n = 1;
			const char *c;
			for (c = posts[k]; *c; c++)
				n += *c == ' ';
			if (j >= n && vnkg_i_words_match(&x->w, j - n, posts[k]) == n)
				return 1;
		}
		/* only capitalised words (a country) between the post and "tại" */
		if (!x->w.w[j - 1].cap)
			break;
	}
	return 0;
}

/* The place after "tại" (word i): a venue or an administrative place, and
 * the places that situate it. */
static void read_at(xctx *x, size_t i)
{
	size_t k = i + 1, hn, leader;
	place_span p;

	/* tại “Nhà văn hóa Lũng Cú”: the quotes around a name */
	if (k < x->w.n && (vnkg_i_x_wis(x, k, "“") || vnkg_i_x_wis(x, k, "\"")))
		k++;
	if (k >= x->w.n || event_noun_at(x, x->w.w[k].start) || aside(x, i))
		return;
	/* "tại các xã Tân Lập, Tân Phong và Mỹ Lộc": several places of one
	 * kind, each where it was held */
	if (vnkg_i_x_wis(x, k, "các") && locality_at(x, k + 1)) {
		size_t ln = locality_at(x, k + 1), j = k + 1 + ln, leader2 = VNKG_I_NO_MENTION;
		while (j < x->w.n && x->w.w[j].cap && !x->used[j]) {
			size_t e = j;
			while (e < x->w.n && e < j + 4 && x->w.w[e].cap && !x->w.w[e].punct && !x->used[e])
				e++;
			p.start = p.na = x->w.w[j].start;
			p.end = x->w.w[e - 1].end;
			p.la = x->w.w[k + 1].start;
			p.lb = x->w.w[k + ln].end;
			{
				size_t pm = add_place(x, &p, leader2);
				if (pm != VNKG_I_NO_MENTION && leader2 == VNKG_I_NO_MENTION)
					leader2 = pm;
			}
			if (vnkg_i_x_wis(x, e, ",") || vnkg_i_x_wis(x, e, "và"))
				j = e + 1;
			else
				break;
		}
		return;
	}
	/* "tại khu vực thao trường Đồi Cát": the area of a site is the site */
	if (vnkg_i_x_wis(x, k, "khu") && vnkg_i_x_wis(x, k + 1, "vực") && venue_head_at(x, k + 2))
		k += 2;
	hn = venue_head_at(x, k);
	/* "tại trung tâm huyện X": the centre of a place is the place (but "tại
	 * sân vận động xã X", "tại thao trường huyện Y" are the ground the
	 * commune or the district names) */
	if (hn && !x->w.w[k].cap && vnkg_i_x_wis(x, k, "trung") && hn == 2 && locality_at(x, k + hn)) {
		k += hn;
		hn = 0;
	}
	if (hn) {
		vnkg_i_mention *m;
		size_t b, last;
		p.start = p.na = x->w.w[k].start;
		p.la = p.lb = p.start;
		p.end = venue_end(x, k, hn);
		if (p.end == x->w.w[k + hn - 1].end) {
			/* a building with no name: "tại thao trường huấn luyện ở
			 * huyện X, tỉnh Y" is held in the places after "ở" */
			size_t j = k + hn;
			while (j < x->w.n && j < k + hn + 6 && !x->w.w[j].punct && !x->w.w[j].cap &&
			       !vnkg_i_x_wis(x, j, "ở"))
				j++;
			if (!vnkg_i_x_wis(x, j, "ở") || !place_item(x, j + 1, 1, &p))
				return;
			leader = add_place(x, &p, VNKG_I_NO_MENTION);
			if (leader != VNKG_I_NO_MENTION)
				read_situation(x, word_after(x, p.end), leader);
			return;
		}
		/* "Hội trường Diên Hồng, Nhà Quốc hội": a building and the one it is in */
		last = word_after(x, p.end);
		if (vnkg_i_x_wis(x, last, ",") && venue_head_at(x, last + 1) && x->w.w[last + 1].cap)
			p.end = venue_end(x, last + 1, venue_head_at(x, last + 1));
		leader = vnkg_i_x_add_mention(x->doc, MENTION_PLACE, x->si, p.start, p.end, x->s);
		if (leader == VNKG_I_NO_MENTION)
			return;
		m = &x->doc->mentions[leader];
		m->name = vnkg_i_x_sub(x->s, p.start, p.end);
		m->locality = vnkg_i_strdup("");
		m->qualifier = vnkg_i_strdup("");
		/* a body in the name: "Hội trường Tỉnh ủy" is its hall, named in
		 * full when the body is (resolve) */
		for (b = 0; b < x->doc->nmentions; b++) {
			const vnkg_i_mention *o = &x->doc->mentions[b];
			if (o->type == MENTION_BODY && !o->dead && o->sentence == x->si && o->start >= p.start &&
			    o->end <= p.end && (m->owner == VNKG_I_NO_MENTION || o->start < x->doc->mentions[m->owner].start)) {
				m->owner = b;
			}
		}
		/* "Trụ sở HĐND - UBND tỉnh": the seat of two bodies is neither's
		 * alone; its locality word at the end is the article's */
		for (b = word_after(x, p.start); b < x->w.n && x->w.w[b].end <= p.end; b++)
			if ((vnkg_i_x_wis(x, b, "-") || vnkg_i_x_wis(x, b, "–")) && body_at(x, b + 1))
				m->owner = VNKG_I_NO_MENTION;
		/* "Trung tâm Hội nghị tỉnh": the article's tỉnh */
		last = word_after(x, p.end);
		if (last > 0 && m->owner == VNKG_I_NO_MENTION) {
			size_t lw = last - 1;
			while (lw > k && x->w.w[lw].expanded && x->w.w[lw - 1].end == x->w.w[lw].end)
				lw--;
			if (locality_at(x, lw) && x->w.w[lw + locality_at(x, lw) - 1].end == p.end) {
				free(m->qualifier);
				m->qualifier = vnkg_i_x_sub(x->s, x->w.w[lw].start, p.end);
				m->bare = 1;
			}
		}
		vnkg_i_x_mark_span(x, p.start, p.end);
		read_situation(x, last, leader);
		return;
	}
	/* "tại khu vực biên giới X", "tại địa bàn X" */
	if (vnkg_i_x_wis(x, k, "khu") && vnkg_i_x_wis(x, k + 1, "vực"))
		k += 2;
	else if (vnkg_i_x_wis(x, k, "địa") && vnkg_i_x_wis(x, k + 1, "bàn"))
		k += 2;
	else if (vnkg_i_x_wis(x, k, "vùng") && vnkg_i_x_wis(x, k + 1, "biển"))
		k += 2;
	/* an online meeting's bridge point in a city: "trực tiếp tại đầu cầu Hà
	 * Nội", "tại điểm cầu tỉnh X" (a body's bridge point is the body) */
	else if ((vnkg_i_x_wis(x, k, "điểm") || vnkg_i_x_wis(x, k, "đầu")) && vnkg_i_x_wis(x, k + 1, "cầu"))
		k += 2;
	if (k >= x->w.n || x->used[k] || vnkg_i_x_is_head_start(x, k) || vnkg_i_x_is_title_start(x, k) ||
	    vnkg_i_x_is_rank_start(x, k) || event_noun_at(x, x->w.w[k].start))
		return;
	/* "tại khu vực biên giới xã X", "tại địa bàn miền núi huyện Y": the
	 * place the area is in */
	if (k > i + 1 && !x->w.w[k].cap) {
		size_t j = k;
		while (j < k + 3 && j < x->w.n && !x->w.w[j].punct && !x->w.w[j].cap && !locality_at(x, j) &&
		       !is_venue_stop(x, j))
			j++;
		if (locality_at(x, j))
			k = j;
	}
	if (!place_item(x, k, 0, &p))
		return;
	/* the first word after a locality word is checked too: "tại tỉnh Đoàn" */
	leader = add_place(x, &p, VNKG_I_NO_MENTION);
	if (leader != VNKG_I_NO_MENTION)
		read_situation(x, word_after(x, p.end), leader);
}

/* "HÀ NỘI - Chiều 2/4, ...": a dateline in capitals names the place. A
 * masthead whose initials stand for words ("TP - ...", "QĐND - ") is the
 * paper, not a place. */
static void read_dateline(xctx *x)
{
	const char *dash = vnkg_i_x_find_bytes(x->s, x->len < 40 ? x->len : 40, " - ", 3);
	size_t i, n, pm;
	int plain = 0;
	vnkg_buf name = VNKG_BUF_INIT;

	/* or an en dash: "HÀ NỘI – Sáng 2/4" */
	if (!dash)
		dash = vnkg_i_x_find_bytes(x->s, x->len < 40 ? x->len : 40, " – ", strlen(" – "));
	if (!dash || x->si > 3)
		return;
	n = (size_t)(dash - x->s);
	/* capital letters and spaces only, two words at least, not all of
	 * them an abbreviation spelled out */
	for (i = 0; i < x->w.n && x->w.w[i].end <= n; i++) {
		if (!x->w.w[i].abbr && !x->w.w[i].expanded)
			return;
		if (!x->w.w[i].expanded)
			plain = 1;
	}
	if (i < 2 || !plain)
		return;
	/* "BĐBP LAM THỦY - TRANG TIN ĐIỆN TỬ": capitals after the dash too are
	 * a site's banner; a dateline is followed by the lead */
	if (i < x->w.n && x->w.w[i].punct && i + 1 < x->w.n && x->w.w[i + 1].abbr && !x->w.w[i + 1].expanded &&
	    !x->w.w[i + 1].num)
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

void vnkg_i_x_skip_proper_names(xctx *x)
{
	size_t i, k;

	for (i = 0; i < x->w.n; i++) {
		const vnkg_i_word *w = &x->w.w[i];
		/* "CAND Online", "QĐND Online": the paper's name */
		if (i > 0 && !w->punct && (strcmp(w->text, "Online") == 0 || strcmp(w->text, "online") == 0) &&
		    (x->w.w[i - 1].abbr || x->w.w[i - 1].expanded)) {
			size_t orig = x->w.w[i - 1].orig;
			for (k = i; k > 0 && x->w.w[k - 1].orig == orig; k--)
				x->used[k - 1] = 1;
			x->used[i] = 1;
			continue;
		}
		/* "đường Trường Chinh", "phố Viện Thông" (not "thành phố X") */
		if ((vnkg_i_x_wis(x, i, "đường") || vnkg_i_x_wis(x, i, "phố") || vnkg_i_words_match(&x->w, i, "đại lộ") == 2) &&
		    !w->cap && !(i > 0 && vnkg_i_x_wis(x, i - 1, "thành"))) {
			k = i + (vnkg_i_x_wis(x, i, "đại") ? 2 : 1);
			while (k < x->w.n && !x->w.w[k].punct && (x->w.w[k].cap || x->w.w[k].num) && !x->w.w[k].abbr &&
			       !x->w.w[k].expanded && k < i + 6)
				x->used[k++] = 1;
		}
	}
}

static void drop_places_inside_venues(vnkg_i_doc *d);

void vnkg_i_x_read_places(xctx *x)
{
	size_t i, from = 0, a, b;
	PCRE2_SIZE *ov;

	read_dateline(x);
	/* "ở Hội trường X" says it as "tại" does, for a named building */
	for (i = 0; i < x->w.n; i++)
		if (vnkg_i_x_wis(x, i, "tại") ||
		    (vnkg_i_x_wis(x, i, "ở") && i + 1 < x->w.n && x->w.w[i + 1].cap && venue_head_at(x, i + 1)))
			read_at(x, i);
	/* "tại Sở chỉ huy ở huyện Núi Thành, tỉnh Quảng Nam": the places after
	 * a "tại" that names a building */
	if (vnkg_i_x_find_bytes(x->s, x->len, " tại ", strlen(" tại ")) || strncmp(x->s, "Tại ", strlen("Tại ")) == 0) {
		size_t prev = VNKG_I_NO_MENTION, prev_end = 0;
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
			/* "..., huyện B, tỉnh C": one place situated by the next, where
			 * the event was held as much as the first */
			if (prev != VNKG_I_NO_MENTION && prev_end == ov[0] && x->s[ov[0]] == ',')
				x->doc->mentions[pm].ref = x->doc->mentions[prev].ref;
			prev = pm;
			prev_end = b;
			vnkg_i_x_mark_span(x, ov[2], b);
		}
	}
	drop_places_inside_venues(x->doc);
}

/* A commune or village read alone ("tại xã Nậm Sang" in a headline) that a
 * fuller venue of the article names ("tại sân vận động xã Nậm Sang") is that
 * venue's designation, no place of its own. */
static void drop_places_inside_venues(vnkg_i_doc *d)
{
	static const char *const small[] = {"xã", "phường", "thị trấn", NULL};
	size_t i, k, j;

	for (i = 0; i < d->nmentions; i++) {
		vnkg_i_mention *a = &d->mentions[i];
		vnkg_buf key = VNKG_BUF_INIT;
		int ok = 0;
		if (a->type != MENTION_PLACE || a->dead || !a->name || !a->locality)
			continue;
		for (j = 0; small[j]; j++)
			if (strcmp(a->locality, small[j]) == 0)
				ok = 1;
		if (!ok)
			continue;
		vnkg_i_buf_printf(&key, "%s %s", a->locality, a->name);
		for (k = 0; k < d->nmentions; k++) {
			const vnkg_i_mention *b = &d->mentions[k];
			const char *hit;
			size_t kl = strlen(vnkg_i_buf_cstr(&key));
			if (k == i || b->type != MENTION_PLACE || b->dead || !b->name || strlen(b->name) <= kl)
				continue;
			/* the whole commune's name, where the venue's name ends: not
			 * "xã Tân" in "sân vận động xã Tân Lập" */
			hit = strstr(b->name, vnkg_i_buf_cstr(&key));
			if (hit && hit[kl] == '\0') {
				a->dead = 1;
				break;
			}
		}
		vnkg_i_buf_free(&key);
	}
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

/* Is the place starting at byte `start` of s the one a "tại" before it
 * names: "tại X", "tại khu vực X", "tại “X”"? */
static int after_at(const char *s, size_t start)
{
	static const char *const fillers[] = {"khu vực ", "địa bàn ", "vùng biển ", "điểm cầu ", "đầu cầu ", "“", "\"", ""};
	size_t f, n = strlen("tại ");

	for (f = 0; f < sizeof(fillers) / sizeof(fillers[0]); f++) {
		size_t fl = strlen(fillers[f]);
		if (start < n + fl || strncmp(s + start - fl, fillers[f], fl) != 0)
			continue;
		if (strncmp(s + start - fl - n, "tại ", n) == 0 || strncmp(s + start - fl - n, "Tại ", n) == 0)
			return 1;
	}
	/* "ở Hội trường X" (read only before a named building) */
	return start >= strlen(" ở ") && strncmp(s + start - strlen(" ở "), " ở ", strlen(" ở ")) == 0;
}

/* Does sentence s speak of a gathering as its subject ("Cuộc diễn tập được
 * tiến hành tại ...", "Hội nghị được tổ chức trực tiếp tại ...")? (A
 * caller wants "được" too: "Hội nghị đánh giá tình hình tại xã X" tells
 * what the meeting spoke about, not where it was.) */
static int event_subject(const char *s)
{
	size_t i, n = strlen(s) < 40 ? strlen(s) : 40;
	char *low;
	const char *p;
	int yes = 0;

	/* (cut on a character's boundary) */
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	low = vnkg_i_lower(s, n);
	p = low;
	if (!low)
		return 0;
	if (strncmp(p, "cuộc ", strlen("cuộc ")) == 0)
		p += strlen("cuộc ");
	else if (strncmp(p, "buổi ", strlen("buổi ")) == 0)
		p += strlen("buổi ");
	for (i = 0; vnkg_i_event_nouns[i] && !yes; i++) {
		size_t en = strlen(vnkg_i_event_nouns[i]);
		yes = strncmp(p, vnkg_i_event_nouns[i], en) == 0 && p[en] == ' ';
	}
	free(low);
	return yes;
}

/* The first place read after "tại" in sentence si; with `told`, only where
 * the sentence tells where something was held: the "tại" opens it or follows
 * its lead date ("Chiều 14/11, tại ..."), or (told == 1) a verb of holding
 * goes with it. */
static size_t at_place_in(const vnkg_i_doc *d, size_t si, int told)
{
	const char *s = vnkg_article_sentence(d->article, si)->text;
	size_t i, n = strlen("tại ");

	/* told == 2: only where the "tại" opens the sentence or follows its date */
	if (told && (told == 2 || (!strstr(s, "tổ chức") && !strstr(s, "diễn ra") && !strstr(s, "khai mạc") &&
				   !strstr(s, "tiến hành") && !(event_subject(s) && strstr(s, " được "))))) {
		const char *at = strstr(s, "tại ");
		if (!at || (at != s && (size_t)(at - s) > 40))
			at = strstr(s, "Tại ");
		if (!at || (size_t)(at - s) > 40)
			return VNKG_I_NO_MENTION;
	}
	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type != MENTION_PLACE || m->dead || m->sentence != si || m->ref != i ||
		    strcmp(m->name, "Việt Nam") == 0 || m->start < n)
			continue;
		if (after_at(s, m->start))
			return i;
	}
	return VNKG_I_NO_MENTION;
}

/* A headline has no closing stop. */
static int is_headline(const vnkg_i_doc *d, size_t si)
{
	const char *s = vnkg_article_sentence(d->article, si)->text;
	size_t n = strlen(s);

	while (n > 0 && s[n - 1] == ' ')
		n--;
	return n > 0 && !strchr(".!?;:", s[n - 1]) && !(n >= 3 && strncmp(s + n - 3, "…", 3) == 0);
}

size_t vnkg_i_x_venue_near(const vnkg_i_doc *d, size_t si)
{
	size_t k, p = VNKG_I_NO_MENTION, ns = vnkg_article_sentence_count(d->article);

	/* the lead after a headline, or the sentence after the lead (not past
	 * the next story's headline on a list page) */
	for (k = si + 1; p == VNKG_I_NO_MENTION && k < ns && k < si + 6; k++) {
		if (k > si + 1 && is_headline(d, k - 1) && !is_headline(d, si))
			break;
		/* further on, only a sentence about the event itself: "Hội nghị
		 * được tổ chức trực tiếp tại ..." after the attendance list */
		if (k < si + 3 || (event_subject(vnkg_article_sentence(d->article, k)->text) &&
				   strstr(vnkg_article_sentence(d->article, k)->text, " được ")))
			p = at_place_in(d, k, 1);
	}
	/* "Ban Dân vận Trung ương làm việc tại huyện X" over the lead: a
	 * headline, not the end of the story before it on a list page */
	for (k = si; p == VNKG_I_NO_MENTION && k > 0 && k + 2 > si; k--)
		if (is_headline(d, k - 1))
			p = at_place_in(d, k - 1, 0);
	return p;
}

size_t vnkg_i_x_lead_venue(const vnkg_i_doc *d, size_t si)
{
	if (!is_headline(d, si) || si + 1 >= vnkg_article_sentence_count(d->article))
		return VNKG_I_NO_MENTION;
	return at_place_in(d, si + 1, 2);
}
