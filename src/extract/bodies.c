/* Bodies: a head-word of the lexicon, its qualifier (a name, a number or a
 * place), its owner ("Cục Chính trị Quân khu"), and the abbreviations an
 * article defines in brackets. Short references stay bare for the resolve
 * stage to complete from the article's context. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "extract/xctx.h"
#include "util/util.h"
#include "vnkg/common.h"

/* Is the word at k a head of one word that starts no body here: "Khoa" in
 * "huyện Mường Chà Lư," (a body's name would follow it in capitals)? */
static int lone_head_word(const xctx *x, size_t k)
{
	return vnkg_i_x_head_words_at(x, k) == 1 && !(k + 1 < x->w.n && x->w.w[k + 1].cap && !x->w.w[k + 1].punct);
}

static size_t proper_run(const xctx *x, size_t j, size_t max)
{
	size_t k = j;

	while (k < x->w.n && k - j < max) {
		const vnkg_i_word *w = &x->w.w[k];
		if (!w->cap || w->punct || w->num || (vnkg_i_x_is_head_start(x, k) && !(k > j && lone_head_word(x, k))) ||
		    vnkg_i_x_is_title_start(x, k))
			break;
		k++;
	}
	return k - j;
}

/* Is the head at kk rather the start of a longer name word ("Khoa học" in
 * "Viện Khoa học Thông tin")? */
static int head_is_nameword(const xctx *x, size_t kk)
{
	int h;
	size_t hl = vnkg_i_x_match_head(x, kk, &h);

	return hl && vnkg_i_x_match_list(x, kk, &vnkg_i_x_namewords, NULL) > hl;
}

/* Does the word at i name a head by a plural or distributive reference
 * ("các Sư đoàn, Lữ đoàn", "những Trung đoàn")? Looks back over a list of
 * heads joined by commas and "và". */
static int plural_reference(const xctx *x, size_t i)
{
	size_t k = i, steps = 0;

	while (k > 0 && steps++ < 12) {
		const vnkg_i_word *w = &x->w.w[k - 1];
		if (strcmp(w->lower, "các") == 0 || strcmp(w->lower, "những") == 0 || strcmp(w->lower, "mỗi") == 0 ||
		    strcmp(w->lower, "từng") == 0)
			return 1;
		/* the second, lower-case word of a head ("Sư đoàn") */
		if (!w->cap && !w->punct && k >= 2 && x->w.w[k - 2].cap && !x->w.w[k - 2].punct) {
			k -= 2;
			continue;
		}
		if (!(strcmp(w->text, ",") == 0 || strcmp(w->lower, "và") == 0 || (w->cap && !w->punct && !w->num)))
			return 0;
		k--;
	}
	return 0;
}

/* Does a body's head end right before word i ("Phòng Hậu cần" before
 * "Không quân": i names its owner)? */
static int head_ends_at(const xctx *x, size_t i)
{
	size_t b;
	int h;

	for (b = 1; b <= 6 && b <= i; b++)
		if (x->w.w[i - b].cap && vnkg_i_x_match_head(x, i - b, &h) == b)
			return 1;
	return 0;
}

/* Does a list of heads starting at j end in a plural ("HĐND, UBND các xã")?
 * Then every head of the list is a kind of body, not one. */
static int plural_list_ahead(const xctx *x, size_t j)
{
	size_t k = j, steps = 0;

	while (k < x->w.n && steps++ < 12) {
		const vnkg_i_word *w = &x->w.w[k];
		int h;
		size_t hl;
		if (strcmp(w->lower, "các") == 0 || strcmp(w->lower, "những") == 0)
			return 1;
		hl = w->cap ? vnkg_i_x_match_head(x, k, &h) : 0;
		if (hl) {
			k += hl;
			continue;
		}
		if (!(strcmp(w->text, ",") == 0 || strcmp(w->lower, "và") == 0 || strcmp(w->text, "-") == 0))
			return 0;
		k++;
	}
	return 0;
}

/* Lower-case words that say where a thing is rather than what: a head
 * after them starts a proper name ("đường Trường Chinh", "quần đảo Trường Sa"). */
static int after_place_noun(const xctx *x, size_t i)
{
	static const char *const nouns[] = {"đường", "phố", "đảo", "quần đảo", "núi", "dãy", "sông", "cầu", "đèo",
					    "phường", "xã", "ấp", "thôn", "bản", "làng", NULL};
	size_t k;

	if (i == 0)
		return 0;
	for (k = 0; nouns[k]; k++) {
		const char *n = nouns[k];
		if (strchr(n, ' ') ? (i >= 2 && vnkg_i_words_match(&x->w, i - 2, n) == 2) : vnkg_i_x_wis(x, i - 1, n))
			return 1;
	}
	return 0;
}

/* In "Bí thư Tỉnh ủy Hà Giang Sầm Văn Lợi" the capitals after the body run
 * on into the person's name: the place is what comes before a family name
 * that leaves a name of 3, 2 or 4 syllables (in that order of preference).
 * After a locality word the place may be left out altogether: "Chủ tịch UBND
 * tỉnh Vàng Seo Pao". Returns how many of the `pn` capitals are the place. */
static size_t place_before_name(const xctx *x, size_t j, size_t pn, int allow_empty)
{
	static const size_t pref[] = {3, 2, 4};
	size_t p, k;

	for (p = 0; p < 3; p++)
		for (k = 1; k < pn; k++)
			/* a one-letter family name ("A", "Y") is more often a given name's part */
			if (pn - k == pref[p] && vnkg_i_x_is_surname(x, j + k) && strlen(x->w.w[j + k].text) > 1)
				return k;
	/* a name alone: after a locality word ("tỉnh Vàng Seo Pao"), or a run of
	 * three syllables or more (places are mostly of two; "Hồ Chí Minh" is a
	 * name word of the lexicon) */
	if ((allow_empty ? pn >= 2 : pn >= 3) && pn <= 5 && vnkg_i_x_is_surname(x, j) &&
	    vnkg_i_x_match_list(x, j, &vnkg_i_x_namewords, NULL) < pn)
		return 0;
	return pn;
}

/* Do the `pn` capitals at j after a locality word run on into a person's
 * name ("tỉnh Sơn Kha Rết", "huyện Tân Lạc Hà Văn Sáu")? Three or more,
 * with a family name where a name of two syllables or more can begin (but
 * "thành phố Hồ Chí Minh", a name word of the lexicon). */
static int run_has_person(const xctx *x, size_t j, size_t pn)
{
	size_t k;

	if (pn < 3)
		return 0;
	if (vnkg_i_x_is_surname(x, j) && vnkg_i_x_match_list(x, j, &vnkg_i_x_namewords, NULL) < pn)
		return 1;
	for (k = 1; k + 2 <= pn; k++)
		if (vnkg_i_x_is_surname(x, j + k) && strlen(x->w.w[j + k].text) > 1)
			return 1;
	return 0;
}

/* Is the word at i a Roman numeral ("Vụ Địa phương II", "Cục Cảnh sát
 * giao thông III")? Capitals I, V, X only, up to four letters. */
static int roman_numeral(const xctx *x, size_t i)
{
	const char *t;

	if (i >= x->w.n || !x->w.w[i].cap)
		return 0;
	t = x->w.w[i].text;
	if (strlen(t) > 4)
		return 0;
	for (; *t; t++)
		if (*t != 'I' && *t != 'V' && *t != 'X')
			return 0;
	return 1;
}

/* A department's field may run on in lower case after its capitals ("Cục
 * Thi hành án dân sự", "Phòng Nông nghiệp và Phát triển nông thôn",
 * "Ban Tiếp công dân"): up to three lower-case words are the name's when
 * right after them comes what ends a body's name, its place ("... tỉnh
 * X", "... huyện"), its owner ("... Công an tỉnh", "..., Bộ Công an") or,
 * after a lone capital, the end of the clause. Running text ("Cục Quân y
 * tổ chức hội nghị") has function words or verbs first. Returns the word
 * after the name, or kk when the words are not the name's. */
static int running_word(const vnkg_i_word *w)
{
	/* function words and the first syllables of the genre's verbs */
	static const char *const stops[] = {"của", "về", "trên", "tại", "ở", "cho", "với", "đã", "đang", "sẽ", "có",
					    "là", "và", "các", "những", "được", "này", "đó", "trong", "theo", "đến",
					    "từ", "khi", "cùng", "để", "thì", "đồng", "chí", "tổ", "phối", "trao",
					    "tặng", "dự", "làm", "chủ", "tham", "tiếp", "thăm", "gửi", "chúc", "kiểm",
					    "chỉ", "quán", "báo", "đọc", "phát", "nhận", "thực", "tiến", "vừa", "đạt",
					    "giao", "ký", "bàn", "họp", "mở", "ra", "vào", "lên", "thuộc", "trực", NULL};
	size_t st;

	for (st = 0; stops[st]; st++)
		if (strcmp(w->lower, stops[st]) == 0)
			return 1;
	return 0;
}

static size_t lower_field_end(const xctx *x, size_t j, size_t kk)
{
	size_t at = kk;
	const vnkg_i_word *w;

	while (at < x->w.n && at - kk < 3) {
		w = &x->w.w[at];
		if (w->cap || w->punct || w->num || vnkg_i_x_match_list(x, at, &vnkg_i_x_localities, NULL))
			break;
		if (running_word(w)) {
			/* "Cục Tổ chức cán bộ đọc Quyết định": after a lone capital, two
			 * lower-case words or more, then the sentence's verb */
			if (kk == j + 1 && at >= kk + 2)
				return at;
			return kk;
		}
		at++;
	}
	if (at == kk)
		return kk;
	if (at >= x->w.n)
		return kk == j + 1 ? at : kk;
	w = &x->w.w[at];
	if (kk == j + 1 && at >= kk + 2 && !w->cap && running_word(w))
		return at;
	if (vnkg_i_x_match_list(x, at, &vnkg_i_x_localities, NULL) && !w->cap)
		return at;
	if (vnkg_i_x_head_words_at(x, at))
		return at;
	if (strcmp(w->text, ",") == 0 && vnkg_i_x_is_body_start(x, at + 1))
		return at;
	if (roman_numeral(x, at))
		return at;
	if (kk == j + 1 && (strcmp(w->text, ".") == 0 || strcmp(w->text, ";") == 0 || strcmp(w->text, "(") == 0 ||
			    strcmp(w->text, ")") == 0 || strcmp(w->text, "…") == 0))
		return at;
	return kk;
}

size_t vnkg_i_x_parse_body(xctx *x, size_t i, int flags, size_t *out)
{
	int h;
	size_t hl, j, qstart = 0, qend = 0, m, owner = VNKG_I_NO_MENTION, k;
	const vnkg_i_head *head;
	char *locality = NULL;
	int bare = 0, owner_outside = 0;
	size_t paren_alias_end = 0, own_end = 0;
	char *joined_qualifier = NULL;
	int foreign = 0;
	size_t mark_self;

	*out = VNKG_I_NO_MENTION;
	if (i >= x->w.n || x->used[i] || x->w.w[i].punct)
		return 0;
	mark_self = x->doc->nmentions;
	/* ("nhà trường" in lower case is still the school of the story, P31) */
	if (!x->w.w[i].cap && !(flags & BODY_ALLOW_LOWER) && vnkg_i_words_match(&x->w, i, "nhà trường") != 2)
		return 0;
	hl = vnkg_i_x_match_head(x, i, &h);
	if (!hl)
		return 0;
	/* a headline in capitals ("ĐẠI HỘI ĐẢNG BỘ HUYỆN ..."): its words are
	 * not names we can cut */
	if (x->w.w[i].abbr && !x->w.w[i].expanded && strlen(x->w.w[i].text) > 1 && !(flags & BODY_ALLOW_LOWER))
		return 0;
	head = &vnkg_i_heads[h];
	/* "đường Trường Chinh", "quần đảo Trường Sa": a name, not a body */
	if ((head->kind == HEAD_NAMED || head->weak) && after_place_noun(x, i))
		return 0;
	/* "Ngày Biên phòng toàn dân", "Ngày Hải quân": a day's name */
	if (head->weak && i > 0 && vnkg_i_x_wis(x, i - 1, "ngày"))
		return 0;
	/* a force by its everyday name is read after a post, as an owner or
	 * where a sentence or list item begins, not inside running text ("cán
	 * bộ, chiến sĩ Hải quân", "lực lượng Cảnh sát biển") */
	if (head->weak && !flags && i > 0 && !x->w.w[i - 1].cap && !x->w.w[i - 1].punct && !head_ends_at(x, i))
		return 0;
	/* "tại Sở Chỉ huy Quân khu 2": a headquarters, a place */
	if (strcmp(head->words, "Sở") == 0 && vnkg_i_words_match(&x->w, i + 1, "chỉ huy") == 2)
		return 0;
	j = i + hl;
	j += vnkg_i_x_paren_abbr(x, j);
	/* "Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam": the head goes on */
	if (vnkg_i_words_match(&x->w, j, "việt nam") == 2) {
		int h2;
		size_t k2;
		for (k2 = 0; k2 < vnkg_i_heads_count; k2++) {
			const char *hw = vnkg_i_heads[k2].words;
			size_t ln = strlen(head->words);
			if (strncmp(hw, head->words, ln) == 0 && strcmp(hw + ln, " Việt Nam") == 0)
				break;
		}
		if (k2 < vnkg_i_heads_count) {
			h2 = (int)k2;
			h = h2;
			head = &vnkg_i_heads[h];
			j += 2;
		}
	}
	/* "Ủy ban Kiểm tra T.Ư Đoàn", "Ban Thường vụ Trung ương Hội Nông dân":
	 * the central committee is a mass organisation's, not the Party's; the
	 * part is read with that committee as its owner */
	if (head->kind == HEAD_FIXED && hl > 2 && (vnkg_i_x_wis(x, j, "đoàn") || vnkg_i_x_wis(x, j, "hội")) && x->w.w[j].cap &&
	    vnkg_i_words_match(&x->w, i + hl - 2, "trung ương") == 2) {
		size_t k2, ln = strlen(head->words) - strlen(" Trung ương");
		for (k2 = 0; k2 < vnkg_i_heads_count; k2++)
			if (vnkg_i_heads[k2].kind == HEAD_OWNED && strlen(vnkg_i_heads[k2].words) == ln &&
			    strncmp(vnkg_i_heads[k2].words, head->words, ln) == 0)
				break;
		if (k2 < vnkg_i_heads_count) {
			h = (int)k2;
			head = &vnkg_i_heads[h];
			hl -= 2;
			j = i + hl;
		}
	}
	/* "Đảng bộ Quân sự địa phương": an owner we cannot read; better no body
	 * than a guess */
	if (head->kind == HEAD_OWNED && j < x->w.n && x->w.w[j].cap && !x->w.w[j].punct && !vnkg_i_x_is_body_start(x, j) &&
	    !vnkg_i_x_is_surname(x, j) && !vnkg_i_x_is_title_start(x, j) && !vnkg_i_x_is_rank_start(x, j))
		return 0;
	/* "Ban Thường vụ các tỉnh", "Ban Tổ chức 9 tỉnh": a kind of body, not one */
	if (head->kind == HEAD_OWNED &&
	    (vnkg_i_x_wis(x, j, "các") || vnkg_i_x_wis(x, j, "những") || (j < x->w.n && x->w.w[j].num)))
		return 0;
	switch (head->kind) {
	case HEAD_FIXED:
		/* "Bộ Quốc phòng Lào", "Quân đội nhân dân Lào", "Ban Chấp hành Trung
		 * ương Đảng Nhân dân Cách mạng Lào": another country's body */
		if (head->national) {
			size_t at = j, pn;
			/* a party's kind comes before its country: "Đảng Nhân dân Cách
			 * mạng Lào", "Đảng Cộng sản Cuba" */
			if (vnkg_i_words_match(&x->w, at, "nhân dân cách mạng") == 4)
				at += 4;
			else if (vnkg_i_words_match(&x->w, at, "nhân dân") == 2 || vnkg_i_words_match(&x->w, at, "cộng sản") == 2)
				at += 2;
			pn = proper_run(x, at, 5);
			if (pn && !vnkg_i_x_wis(x, at, "việt") && !x->w.w[at].expanded &&
			    !vnkg_i_x_is_surname(x, at) && !(at == j && pn == 1 && x->w.w[at].abbr)) {
				qstart = j;
				qend = j = at + pn;
				foreign = 1;
				break;
			}
		}
		if (head->national) {
			size_t n = vnkg_i_words_match(&x->w, j, "quân đội nhân dân việt nam");
			if (!n)
				n = vnkg_i_words_match(&x->w, j, "việt nam"); /* "Bộ Quốc phòng Việt Nam" */
			if (!n && strcmp(head->words, "Quân đội") != 0) {
				n = vnkg_i_words_match(&x->w, j, "quân đội nhân dân");
				/* "Tổng cục Hậu cần Quân đội nhân dân Lào": another army's */
				if (n) {
					size_t pn = proper_run(x, j + n, 3);
					if (pn && !vnkg_i_x_wis(x, j + n, "việt") && !x->w.w[j + n].expanded && !vnkg_i_x_is_surname(x, j + n)) {
						qstart = j;
						qend = j = j + n + pn;
						foreign = 1;
						break;
					}
				}
			}
			j += n;
		}
		break;
	case HEAD_NUMBERED:
		/* "Trung đoàn 9 tháng qua": the number counts months, not units */
		if (j < x->w.n && x->w.w[j].num && vnkg_i_x_wis(x, j + 1, "tháng") && !(j + 2 < x->w.n && x->w.w[j + 2].num)) {
			bare = 1;
			break;
		}
		if (j < x->w.n && x->w.w[j].num) {
			size_t more;
			qstart = j;
			qend = ++j;
			/* "Vùng 3 Hải quân" */
			while (j < x->w.n && x->w.w[j].cap && (more = vnkg_i_x_nameword_continues(x, j)) > 0)
				qend = j += more;
		} else if (j < x->w.n && x->w.w[j].cap && vnkg_i_x_nameword_continues(x, j) &&
			   j + vnkg_i_x_nameword_continues(x, j) < x->w.n &&
			   x->w.w[j + vnkg_i_x_nameword_continues(x, j)].num) {
			/* "Lữ đoàn Pháo binh 416", "Lữ đoàn Công binh 293" */
			qstart = j;
			j += vnkg_i_x_nameword_continues(x, j) + 1;
			qend = j;
		} else if (i == 0 && !(j < x->w.n && x->w.w[j].punct)) {
			return 0; /* "Vùng biên giới ..." opening a sentence */
		} else if (plural_reference(x, i)) {
			return 0; /* "các Sư đoàn, Lữ đoàn": a kind of unit, not one */
		} else {
			bare = 1;
		}
		break;
	case HEAD_LOCAL: {
		size_t which = 0, ln = vnkg_i_x_match_list(x, j, &vnkg_i_x_localities, &which);
		size_t pn;
		/* "Đảng bộ Quân sự địa phương", "Hội đồng nhân dân các cấp": a kind of
		 * body, not one */
		if (vnkg_i_words_match(&x->w, j, "địa phương") == 2 || vnkg_i_words_match(&x->w, j, "các cấp") == 2)
			return 0;
		/* "xã hội" is society, not a commune ("UBND xã" is the commune's) */
		if (ln && vnkg_i_x_wis(x, j, "xã") && vnkg_i_x_wis(x, j + 1, "hội"))
			ln = 0;
		/* "Ban Công tác Mặt trận khu dân cư Đồng Tâm", "... bản Nà Pạc":
		 * a committee of a settlement, named by it */
		if (!ln) {
			static const char *const settlements[] = {"khu dân cư", "tổ dân phố", "khu phố", "thôn", "bản", "ấp",
								  "làng", "buôn", "sóc", "khóm", NULL};
			size_t st;
			for (st = 0; settlements[st] && !ln; st++) {
				size_t sn = vnkg_i_words_match(&x->w, j, settlements[st]);
				if (sn && !x->w.w[j].cap && proper_run(x, j + sn, 4))
					ln = sn;
			}
		}
		if (ln) {
			locality = vnkg_i_x_words_text(x, j, j + ln);
			pn = proper_run(x, j + ln, 7);
			/* "Chủ tịch UBND tỉnh Sơn Kha Rết": three capitals or more after
			 * the locality that begin with a family name are the person after
			 * the post, wherever the post stands (but "thành phố Hồ Chí Minh") */
			if ((flags & BODY_STOP_AT_SURNAME) || run_has_person(x, j + ln, pn))
				pn = place_before_name(x, j + ln, pn, 1);
			else if (pn > 4)
				pn = 4;
			if (pn) {
				qstart = j;
				qend = j + ln + pn;
				j = qend;
			} else {
				j += ln;
				bare = 1;
			}
		} else {
			pn = proper_run(x, j, 7);
			if (flags & BODY_STOP_AT_SURNAME)
				pn = place_before_name(x, j, pn, 0);
			else if (pn > 4)
				pn = 4;
			if (pn && ((flags & BODY_STOP_AT_SURNAME) || !vnkg_i_x_is_surname(x, j + pn))) {
				qstart = j;
				qend = j + pn;
				j = qend;
			} else if (plural_list_ahead(x, j)) {
				return 0; /* "HĐND, UBND các xã": a kind of body in each place */
			} else if (strstr(head->words, "ủy") || strcmp(head->words, "Bộ đội Biên phòng") == 0) {
				bare = strcmp(head->words, "Bộ đội Biên phòng") != 0;
			} else if (!(j < x->w.n && x->w.w[j].cap && !x->w.w[j].punct) && !vnkg_i_x_wis(x, j, "các") &&
				   !vnkg_i_x_wis(x, j, "những")) {
				/* "Thường trực HĐND", "Công an đã ...": the article's own (but
				 * "Hội đồng nhân dân các cấp" is a kind of body) */
				bare = 1;
			} else {
				return 0;
			}
		}
		break;
	}
	case HEAD_NAMED: {
		size_t kk = j, pc = vnkg_i_words_match(&x->w, j, "phòng , chống");
		/* "Đồn Biên phòng cửa khẩu (quốc tế) Nà Pục": a post named by its gate */
		if (vnkg_i_words_match(&x->w, j, "cửa khẩu") == 2) {
			size_t at = j + 2, pn;
			if (vnkg_i_words_match(&x->w, at, "quốc tế") == 2)
				at += 2;
			pn = proper_run(x, at, 4);
			if (pn) {
				qstart = j;
				qend = j = at + pn;
				break;
			}
		}
		/* "Ban Chỉ đạo 35 Quân ủy Trung ương": a committee known by a number */
		if (strcmp(head->words, "Ban Chỉ đạo") == 0 && j < x->w.n && x->w.w[j].num) {
			qstart = j;
			qend = ++j;
			break;
		}
		/* "Cục Phòng, chống ma túy và tội phạm": what a body prevents and
		 * combats, in lower case, up to the next mark or preposition */
		/* (a steering committee's task is written in lower case: "Ban Chỉ đạo
		 * phòng, chống tham nhũng tỉnh X") */
		if (pc && (x->w.w[j].cap || strcmp(head->words, "Ban Chỉ đạo") == 0)) {
			static const char *const stops[] = {"của", "về", "trên", "tại", "ở", "cho", "với", "đã", "đang", "có", "là", NULL};
			size_t st, ln;
			int stop = 0;
			kk = j + pc;
			while (kk < x->w.n && kk - j < 14 && !stop && !x->w.w[kk].cap && !x->w.w[kk].punct && !x->w.w[kk].num &&
			       !vnkg_i_x_match_list(x, kk, &vnkg_i_x_localities, NULL)) {
				for (st = 0; stops[st]; st++)
					if (strcmp(x->w.w[kk].lower, stops[st]) == 0)
						stop = 1;
				if (!stop)
					kk++;
			}
			if (kk > j + pc) {
				/* "... tỉnh Hòa Sơn": the place it serves */
				ln = vnkg_i_x_match_list(x, kk, &vnkg_i_x_localities, NULL);
				if (ln && proper_run(x, kk + ln, 4))
					kk += ln + proper_run(x, kk + ln, 4);
				qstart = j;
				qend = kk;
				j = kk;
				break;
			}
			kk = j;
		}
		if (kk < x->w.n && x->w.w[kk].cap && !x->w.w[kk].punct &&
		    (!vnkg_i_x_is_head_start(x, kk) || vnkg_i_words_match(&x->w, kk, "nhà trường") == 2 || head_is_nameword(x, kk)) &&
		    !vnkg_i_x_is_title_start(x, kk) && !((flags & BODY_STOP_AT_SURNAME) && vnkg_i_x_is_surname(x, kk))) {
			int lowered = 0;
			/* "Cục Nhà trường" */
			if (vnkg_i_words_match(&x->w, kk, "nhà trường") == 2)
				kk += 2;
			while (kk < x->w.n && kk - j < 14) {
				const vnkg_i_word *w = &x->w.w[kk];
				size_t n;
				/* capitals continue a name until it has gone on in lower case:
				 * "Công nghiệp quốc phòng" ends there, "... Việt Nam" goes on below */
				if (w->cap && !w->punct && !lowered &&
				    !(kk > j && vnkg_i_x_is_head_start(x, kk) && !head_is_nameword(x, kk)) &&
				    !((flags & BODY_STOP_AT_SURNAME) && kk > j && vnkg_i_x_is_surname(x, kk))) {
					kk++;
					continue;
				}
				/* "Viện Xây dựng Đảng", "Ban Công tác Đảng": the Party as the
				 * object of a field, not the head of a Party body ("Đảng ủy",
				 * "Đảng bộ", "Đảng đoàn") */
				if (w->cap && !w->punct && lowered && vnkg_i_x_wis(x, kk, "đảng") &&
				    !(kk + 1 < x->w.n && (vnkg_i_x_wis(x, kk + 1, "ủy") || vnkg_i_x_wis(x, kk + 1, "bộ") ||
							  vnkg_i_x_wis(x, kk + 1, "đoàn") || vnkg_i_x_wis(x, kk + 1, "viên")))) {
					kk++;
					continue;
				}
				/* after words in lower case, a place of two syllables still ends
				 * the name ("Trường Cao đẳng Kỹ thuật Hà Lâm", not a person's
				 * three), and so does a kind numbered ("... Nghề số 9") */
				if (w->cap && !w->punct && lowered && !vnkg_i_x_is_head_start(x, kk)) {
					size_t pn = proper_run(x, kk, 3);
					const vnkg_i_word *after = kk + pn < x->w.n ? &x->w.w[kk + pn] : NULL;
					if ((pn == 2 && !(after && after->cap && !after->punct) && !(after && after->num)) ||
					    (pn == 1 && after && strcmp(after->lower, "số") == 0 && kk + 2 < x->w.n && x->w.w[kk + 2].num)) {
						kk += pn;
						continue;
					}
				}
				/* "Tổng công ty Xây dựng Trường Lâm": "Trường" or "Viện" and one
				 * capital syllable that ends the run is a proper name inside
				 * this one, not a school or institute owning it */
				if (w->cap && kk > j && vnkg_i_x_head_words_at(x, kk) == 1 &&
				    (vnkg_i_x_wis(x, kk, "trường") || vnkg_i_x_wis(x, kk, "viện")) && kk + 1 < x->w.n &&
				    x->w.w[kk + 1].cap && !x->w.w[kk + 1].punct && !x->w.w[kk + 1].abbr &&
				    !vnkg_i_x_is_head_start(x, kk + 1) && !vnkg_i_x_nameword_continues(x, kk + 1) &&
				    !(kk + 2 < x->w.n && (x->w.w[kk + 2].cap || x->w.w[kk + 2].num) && !x->w.w[kk + 2].punct)) {
					kk += 2;
					continue;
				}
				/* "Công ty Xăng dầu Quân đội", "Ngân hàng Thương mại cổ phần Quân
				 * đội": the army's word ends a firm's name; the army as an owner
				 * is written in full ("Quân đội nhân dân Việt Nam") */
				if (w->cap && kk > j && vnkg_i_x_wis(x, kk, "quân") && vnkg_i_x_wis(x, kk + 1, "đội") &&
				    !vnkg_i_x_wis(x, kk + 2, "nhân") &&
				    (strcmp(head->words, "Công ty") == 0 || strcmp(head->words, "Tổng công ty") == 0 ||
				     strcmp(head->words, "Tập đoàn") == 0)) {
					kk += 2;
					continue;
				}
				/* a body's own head starts its owner: "Phòng Cảnh sát hình sự Công an tỉnh" */
				if (w->cap && kk > j && vnkg_i_x_is_head_start(x, kk) && !head_is_nameword(x, kk))
					break;
				/* "Tổng cục Cảnh sát phòng, chống tội phạm": what it prevents,
				 * in lower case, ends the name */
				if (vnkg_i_words_match(&x->w, kk, "phòng , chống") == 3 && kk + 3 < x->w.n && !x->w.w[kk + 3].cap &&
				    !x->w.w[kk + 3].punct) {
					kk += 3;
					while (kk < x->w.n && !x->w.w[kk].cap && !x->w.w[kk].punct && !x->w.w[kk].num &&
					       vnkg_i_x_nameword_continues(x, kk))
						kk += vnkg_i_x_nameword_continues(x, kk);
					break;
				}
				n = vnkg_i_x_nameword_continues(x, kk);
				if (n) {
					if (!w->cap)
						lowered = 1;
					kk += n;
					continue;
				}
				/* "Tổ chức - Điều lệ", "Địa phương II": a word of two syllables
				 * written with its first capitalised, where the name's run goes
				 * on or ends right after it */
				if (!w->cap && !w->punct && !w->num && kk > j && x->w.w[kk - 1].cap && !x->w.w[kk - 1].punct &&
				    !lowered && !running_word(w) &&
				    (kk + 1 >= x->w.n || roman_numeral(x, kk + 1) ||
				     ((vnkg_i_x_wis(x, kk + 1, "-") || vnkg_i_x_wis(x, kk + 1, "–")) && kk + 2 < x->w.n &&
				      x->w.w[kk + 2].cap) ||
				     (vnkg_i_x_wis(x, kk + 1, ",") && vnkg_i_x_head_words_at(x, kk + 2)) ||
				     vnkg_i_x_wis(x, kk + 1, ";") || vnkg_i_x_wis(x, kk + 1, ".") ||
				     vnkg_i_x_head_words_at(x, kk + 1) ||
				     (vnkg_i_x_match_list(x, kk + 1, &vnkg_i_x_localities, NULL) && !x->w.w[kk + 1].cap))) {
					kk++;
					continue;
				}
				/* "Sở Lao động, Thương binh và Xã hội": fields listed "A, B và C"
				 * inside one name (P37) */
				if (vnkg_i_x_wis(x, kk, ",") && kk + 1 < x->w.n && x->w.w[kk + 1].cap && !vnkg_i_x_is_head_start(x, kk + 1) &&
				    !vnkg_i_x_is_surname(x, kk + 1) && !vnkg_i_x_is_title_start(x, kk + 1) && !vnkg_i_x_is_rank_start(x, kk + 1)) {
					size_t at = kk + 1, steps = 0;
					while (at < x->w.n && steps++ < 4 && !x->w.w[at].punct && !vnkg_i_x_wis(x, at, "và") &&
					       (x->w.w[at].cap || vnkg_i_x_nameword_continues(x, at)))
						at++;
					if (vnkg_i_x_wis(x, at, "và") && at + 1 < x->w.n && x->w.w[at + 1].cap &&
					    !vnkg_i_x_is_head_start(x, at + 1)) {
						kk = at;
						continue;
					}
					/* "Ủy ban Văn hóa, Giáo dục của Quốc hội": the last field
					 * before the body it belongs to */
					if (vnkg_i_x_wis(x, at, "của") && at > kk + 1 && vnkg_i_x_is_body_start(x, at + 1)) {
						kk = at;
						break;
					}
				}
				if (vnkg_i_x_wis(x, kk, "và") && kk + 1 < x->w.n && x->w.w[kk + 1].cap &&
				    !vnkg_i_x_is_head_start(x, kk + 1) && !vnkg_i_x_is_surname(x, kk + 1) && !vnkg_i_x_is_rank_start(x, kk + 1) &&
				    !vnkg_i_x_is_title_start(x, kk + 1)) {
					kk += 2;
					continue;
				}
				/* "Phòng Cảnh sát quản lý hành chính về trật tự xã hội" */
				if (lowered && vnkg_i_x_wis(x, kk, "về") && (n = vnkg_i_x_nameword_continues(x, kk + 1)) > 0 &&
				    kk + 1 < x->w.n && !x->w.w[kk + 1].cap) {
					kk += 1 + n;
					continue;
				}
				/* "Hậu cần - Kỹ thuật" goes on; "- Bộ Công an" names the owner */
				if ((vnkg_i_x_wis(x, kk, "-") || vnkg_i_x_wis(x, kk, "–")) && kk + 1 < x->w.n && x->w.w[kk + 1].cap &&
				    !vnkg_i_x_is_head_start(x, kk + 1)) {
					kk += 2;
					continue;
				}
				break;
			}
			/* an association is named by whom it gathers, in lower case after
			 * one capital, up to its place: "Hội Cựu giáo chức tỉnh", "Hội
			 * Người cao tuổi xã Tân An" */
			if (kk == j + 1 && strcmp(head->words, "Hội") == 0 && kk < x->w.n && !x->w.w[kk].cap && !x->w.w[kk].punct) {
				size_t at = kk;
				while (at < x->w.n && at - kk < 5 && !x->w.w[at].cap && !x->w.w[at].punct && !x->w.w[at].num &&
				       !vnkg_i_x_match_list(x, at, &vnkg_i_x_localities, NULL))
					at++;
				if (at > kk && (at >= x->w.n || x->w.w[at].punct || vnkg_i_x_match_list(x, at, &vnkg_i_x_localities, NULL) ||
						vnkg_i_words_match(&x->w, at, "việt nam") == 2))
					kk = at;
			}
			if (kk > j && strcmp(head->words, "Hội") != 0)
				kk = lower_field_end(x, j, kk);
			/* "Vụ Địa phương II": a department numbered in Roman numerals */
			if (kk > j && roman_numeral(x, kk))
				kk++;
			/* "Chi cục Hải quan cửa khẩu Tân Mỹ": a post named by its gate */
			if (kk > j && vnkg_i_words_match(&x->w, kk, "cửa khẩu") == 2) {
				size_t at = kk + 2, pn;
				if (vnkg_i_words_match(&x->w, at, "quốc tế") == 2)
					at += 2;
				pn = proper_run(x, at, 4);
				if (pn)
					kk = at + pn;
			}
			/* Vietnamese names are of words of two syllables: one capital
			 * followed by running text ("Khoa Công tác ...") is a name we
			 * cannot read to its end */
			if (kk == j + 1 && kk < x->w.n && !x->w.w[kk].cap && !x->w.w[kk].punct && !x->w.w[j].abbr)
				return 0;
			/* "... Việt Nam" after the lower-case name */
			if (strcmp(head->words, "Hội") == 0 && vnkg_i_words_match(&x->w, kk, "việt nam") == 2)
				kk += 2;
			/* "Trường Sa", "Trường Chinh", "Viện Chi": a head of one word and one
			 * syllable after it is a proper name, not a school or institute */
			if (kk == j + 1 && (strcmp(head->words, "Trường") == 0 || strcmp(head->words, "Viện") == 0) && !x->w.w[j].abbr && !x->w.w[j].expanded &&
			    !vnkg_i_x_nameword_continues(x, j) && !(kk < x->w.n && (x->w.w[kk].num || vnkg_i_x_wis(x, kk, "("))))
				return 0;
			/* "Trường Sĩ quan Lục quân 1", "Bệnh viện Quân y 175", "Trường
			 * Cao đẳng Nghề số 9" */
			if (kk < x->w.n && x->w.w[kk].num)
				kk++;
			else if (vnkg_i_x_wis(x, kk, "số") && kk + 1 < x->w.n && x->w.w[kk + 1].num)
				kk += 2;
			qstart = j;
			qend = kk;
			j = kk;
			/* "Hội Cựu chiến binh (CCB) tỉnh Cao Bằng": the abbreviation defined
			 * in the middle is skipped */
			{
				size_t pa = vnkg_i_x_paren_abbr(x, j);
				if (pa && vnkg_i_x_match_list(x, j + pa, &vnkg_i_x_localities, NULL) &&
				    !x->w.w[j + pa].cap)
					j += pa;
				/* "Phòng Cảnh sát hình sự (PC45) Công an tỉnh": a code, then the owner */
				else if (pa && vnkg_i_x_is_head_start(x, j + pa))
					j += pa;
			}
			/* "Hội Cựu chiến binh tỉnh Cao Bằng", "Hội Cựu chiến binh tỉnh" */
			{
				size_t which = 0, ln = vnkg_i_x_match_list(x, j, &vnkg_i_x_localities, &which);
				if (ln && !x->w.w[j].cap) {
					size_t pn = proper_run(x, j + ln, 4);
					if (pn) {
						/* the name as written, without the bracket */
						char *name = vnkg_i_x_words_text(x, qstart, qend), *place = vnkg_i_x_words_text(x, j, j + ln + pn);
						vnkg_buf q = VNKG_BUF_INIT;
						vnkg_i_buf_printf(&q, "%s %s", name ? name : "", place ? place : "");
						free(name);
						free(place);
						joined_qualifier = vnkg_i_buf_detach(&q);
						qend = j = j + ln + pn;
					} else {
						locality = vnkg_i_x_words_text(x, j, j + ln);
						j += ln;
						bare = 1;
					}
				}
			}
		} else if (head->unit && (flags & BODY_IN_ROLE) && strcmp(head->words, "Bộ") != 0) {
			/* "Chủ tịch Hội": the association of the story (REAL-MISSES 14) */
			bare = 1;
		} else if (head->unit && strcmp(head->words, "Bộ") != 0 && strcmp(head->words, "Trường") != 0 &&
			   strcmp(head->words, "Hội") != 0 &&
			   strcmp(head->words, "Sở") != 0 && strcmp(head->words, "Viện") != 0 &&
			   strcmp(head->words, "Cục") != 0 && strcmp(head->words, "Bệnh viện") != 0 &&
			   strcmp(head->words, "Tập đoàn") != 0 && strcmp(head->words, "Tổng công ty") != 0) {
			bare = 1;
		} else {
			return 0;
		}
		break;
	}
	case HEAD_OWNED: {
		/* "Đảng bộ huyện", "Ban Chấp hành Đảng bộ tỉnh Lạng Sơn" */
		size_t which = 0, ln = vnkg_i_x_match_list(x, j, &vnkg_i_x_localities, &which);
		/* "Phòng Tham mưu - Huấn luyện": a second field after a dash is the
		 * part's own name ("- Bộ CHQS tỉnh", a head, is its owner) */
		if ((vnkg_i_x_wis(x, j, "-") || vnkg_i_x_wis(x, j, "–")) && j + 1 < x->w.n && x->w.w[j + 1].cap &&
		    !x->w.w[j + 1].punct && !vnkg_i_x_is_head_start(x, j + 1) && !vnkg_i_x_is_surname(x, j + 1) &&
		    !vnkg_i_x_is_title_start(x, j + 1) && !vnkg_i_x_is_rank_start(x, j + 1)) {
			size_t at = j + 1;
			while (at < x->w.n && at - j <= 4 && !x->w.w[at].punct &&
			       ((x->w.w[at].cap && !vnkg_i_x_is_head_start(x, at)) || (at > j + 1 && vnkg_i_x_nameword_continues(x, at)) ||
				(at == j + 2 && !x->w.w[at].cap && !running_word(&x->w.w[at]))))
				at++;
			if (at > j + 1) {
				qstart = j;
				qend = j = at;
			}
			break;
		}
		if (ln && !x->w.w[j].cap) {
			size_t pn = proper_run(x, j + ln, 7);
			/* "Phó Bí thư Đảng bộ huyện Tân Lạc Hà Văn Sáu" */
			if ((flags & BODY_STOP_AT_SURNAME) || run_has_person(x, j + ln, pn))
				pn = place_before_name(x, j + ln, pn, 1);
			else if (pn > 4)
				pn = 4;
			locality = vnkg_i_x_words_text(x, j, j + ln);
			if (pn) {
				qstart = j;
				qend = j + ln + pn;
				j = qend;
			} else {
				j += ln;
				bare = 1;
			}
		}
		break;
	}
	}
	/* an owner: "Cục Chính trị Quân khu", "Ban Thường vụ Đảng ủy Tổng cục" */
	if ((head->kind == HEAD_OWNED && !locality) || head->kind == HEAD_NAMED || (head->kind == HEAD_NUMBERED && !bare)) {
		size_t mark = x->doc->nmentions, n = vnkg_i_x_parse_body(x, j, flags & ~BODY_ALLOW_LOWER, &owner);
		if (n && owner != VNKG_I_NO_MENTION) {
			const vnkg_i_mention *om = &x->doc->mentions[owner];
			int own = vnkg_i_x_unit_level(h), theirs = vnkg_i_x_unit_level(om->head);
			/* a unit is owned only by a larger unit ("Bệnh xá Học viện",
			 * "Cục Tuyên huấn Tổng cục Chính trị"), not by a committee */
			if ((head->kind != HEAD_OWNED && own && theirs && theirs <= own) ||
			    (head->kind == HEAD_NUMBERED && vnkg_i_heads[om->head].kind == HEAD_OWNED)) {
				vnkg_i_x_rollback(x, mark, j, j + n);
				owner = VNKG_I_NO_MENTION;
			} else {
				j += n;
			}
		}
		if (head->kind == HEAD_OWNED && owner == VNKG_I_NO_MENTION && !(qend > qstart))
			bare = 1;
		/* "Thường trực Ban Bí thư" is one person's post, the Secretariat's
		 * standing member, not a body of several (as a Tỉnh ủy's is) */
		if (owner != VNKG_I_NO_MENTION && strcmp(head->words, "Thường trực") == 0 &&
		    strcmp(vnkg_i_heads[x->doc->mentions[owner].head].words, "Ban Bí thư") == 0) {
			vnkg_i_x_rollback(x, mark_self, i, j);
			return 0;
		}
	}
	/* "Cục Thi hành án dân sự tỉnh X (thuộc Tổng cục Thi hành án dân sự)",
	 * "(trực thuộc Bộ Tư lệnh X)": nesting stated in brackets */
	if (owner == VNKG_I_NO_MENTION && vnkg_i_x_wis(x, j, "(") && !vnkg_i_x_paren_abbr(x, j)) {
		size_t sep = vnkg_i_x_wis(x, j + 1, "thuộc") ? 1 : vnkg_i_x_wis(x, j + 1, "trực") && vnkg_i_x_wis(x, j + 2, "thuộc") ? 2 : 0;
		if (sep) {
			size_t mark = x->doc->nmentions, outer = VNKG_I_NO_MENTION,
			       n = vnkg_i_x_parse_body(x, j + 1 + sep, flags & ~BODY_ALLOW_LOWER, &outer);
			if (n && outer != VNKG_I_NO_MENTION && vnkg_i_x_wis(x, j + 1 + sep + n, ")")) {
				owner = outer;
				owner_outside = 1;
				own_end = j;
				j += sep + n + 2;
			} else if (n) {
				vnkg_i_x_rollback(x, mark, j + 1 + sep, j + 1 + sep + n);
			}
		}
	}
	/* "Học viện Chính trị (Bộ Quốc phòng)": an owner in brackets */
	if (owner == VNKG_I_NO_MENTION && vnkg_i_x_wis(x, j, "(") && !vnkg_i_x_paren_abbr(x, j)) {
		size_t mark = x->doc->nmentions, inner = VNKG_I_NO_MENTION, n = vnkg_i_x_parse_body(x, j + 1, flags, &inner);
		if (n && vnkg_i_x_wis(x, j + 1 + n, ")")) {
			const vnkg_i_mention *im = &x->doc->mentions[inner];
			const vnkg_i_head *ih = &vnkg_i_heads[im->head];
			const char *icanon = ih->canonical ? ih->canonical : ih->words;
			if (im->head == h || strcmp(icanon, head->words) == 0 ||
			    (ih->kind == head->kind && head->kind != HEAD_FIXED && im->bare)) {
				/* "(Bộ CHQS tỉnh)", "(BTL Thủ đô)": the same body by a shorter name */
				vnkg_i_x_rollback(x, mark, j + 1, j + 1 + n);
				paren_alias_end = j + n + 2;
			} else {
				owner = inner;
				owner_outside = 1;
			}
			j += n + 2;
		} else if (n) {
			vnkg_i_x_rollback(x, mark, j + 1, j + 1 + n);
		}
	}
	/* "Cục Cảnh sát giao thông (C08), Bộ Công an": a code in brackets, then the owner */
	if (owner == VNKG_I_NO_MENTION) {
		size_t pa = vnkg_i_x_paren_abbr(x, j);
		if (pa && vnkg_i_x_wis(x, j + pa, ","))
			j += pa;
	}
	/* "Trung đoàn 152, Sư đoàn 328": a larger unit after a comma contains it */
	if (owner == VNKG_I_NO_MENTION && vnkg_i_x_unit_level(h) && vnkg_i_x_wis(x, j, ",")) {
		size_t mark = x->doc->nmentions, outer = VNKG_I_NO_MENTION, n = vnkg_i_x_parse_body(x, j + 1, flags, &outer);
		/* (a force by its everyday name after a comma is a list: "Quân khu 8, Hải quân") */
		if (n && outer != VNKG_I_NO_MENTION && vnkg_i_x_unit_level(x->doc->mentions[outer].head) > vnkg_i_x_unit_level(h) &&
		    !x->doc->mentions[outer].bare && !vnkg_i_heads[x->doc->mentions[outer].head].weak) {
			owner = outer;
			if (head->kind == HEAD_OWNED && bare) {
				/* "Phòng Kỹ thuật, Công ty X": a part named with its owner */
				bare = 0;
			} else {
				owner_outside = 1;
				own_end = j;
			}
			j += 1 + n;
		} else if (n) {
			vnkg_i_x_rollback(x, mark, j + 1, j + 1 + n);
		}
	}
	/* "Đại đội 203 thuộc Bộ CHQS tỉnh X", "Tiểu đoàn 7/ Lữ đoàn 677", "Cục
	 * Cảnh sát giao thông - Bộ Công an": nesting stated in words or marks */
	if (owner == VNKG_I_NO_MENTION && vnkg_i_x_unit_level(h) && j < x->w.n) {
		size_t sep = 0;
		int stated = 0;
		if (vnkg_i_x_wis(x, j, "thuộc"))
			sep = 1, stated = 1;
		else if (vnkg_i_x_wis(x, j, "trực") && vnkg_i_x_wis(x, j + 1, "thuộc"))
			sep = 2, stated = 1;
		else if (vnkg_i_x_wis(x, j, "/") || vnkg_i_x_wis(x, j, "-") || vnkg_i_x_wis(x, j, "–"))
			sep = 1;
		if (sep && j + sep < x->w.n && x->w.w[j + sep].cap) {
			size_t mark = x->doc->nmentions, outer = VNKG_I_NO_MENTION,
			       n = vnkg_i_x_parse_body(x, j + sep, flags & ~BODY_ALLOW_LOWER, &outer);
			const vnkg_i_mention *om = n && outer != VNKG_I_NO_MENTION ? &x->doc->mentions[outer] : NULL;
			if (om && vnkg_i_x_unit_level(om->head) > vnkg_i_x_unit_level(h) && (stated || !om->bare)) {
				owner = outer;
				if (head->kind == HEAD_OWNED && !stated) {
					/* "Phòng Tham mưu - Bộ CHQS tỉnh": a part named with its owner */
					bare = 0;
				} else {
					owner_outside = 1;
					own_end = j;
				}
				j += sep + n;
			} else if (n) {
				vnkg_i_x_rollback(x, mark, j + sep, j + sep + n);
			}
		}
	}
	/* "Đảng ủy, Bộ Tư lệnh Thủ đô": the committee of the unit named next */
	/* (also joined by dashes: "Thường vụ - Đảng ủy - Bộ Tư lệnh Quân đoàn 12" is
	 * the standing committee of that committee) */
	if (owner == VNKG_I_NO_MENTION && bare && head->kind == HEAD_OWNED && !locality &&
	    (vnkg_i_x_wis(x, j, ",") || vnkg_i_x_wis(x, j, "-") || vnkg_i_x_wis(x, j, "–"))) {
		size_t mark = x->doc->nmentions, unit = VNKG_I_NO_MENTION, n = vnkg_i_x_parse_body(x, j + 1, flags, &unit);
		const vnkg_i_mention *um = n && unit != VNKG_I_NO_MENTION ? &x->doc->mentions[unit] : NULL;
		if (um && vnkg_i_x_unit_level(um->head)) {
			/* "Đảng ủy, Bộ Tư lệnh Quân khu 2" is Quân khu 2's Đảng ủy */
			owner = um->owner != VNKG_I_NO_MENTION && !um->owner_outside ? um->owner : unit;
			bare = 0;
		} else if (um && vnkg_i_heads[um->head].kind == HEAD_OWNED && !um->bare && um->owner != VNKG_I_NO_MENTION &&
			   strcmp(vnkg_i_heads[um->head].words, "Đảng ủy") == 0 && strcmp(head->words, "Đảng ủy") != 0) {
			owner = unit;
			bare = 0;
		} else if (um && vnkg_i_heads[um->head].kind == HEAD_OWNED && !um->bare && um->owner != VNKG_I_NO_MENTION &&
			   um->head != h && strcmp(vnkg_i_heads[um->head].words, "Đảng ủy") != 0) {
			/* "Ban Chấp hành, Ban Thường vụ Đảng bộ UBND tỉnh": two parts of one
			 * owner (P35) */
			owner = um->owner;
			bare = 0;
		} else if (um && vnkg_i_heads[um->head].kind == HEAD_LOCAL && um->locality[0] &&
			   (strcmp(head->words, "Đảng ủy") == 0 || strcmp(head->words, "Đảng bộ") == 0)) {
			/* "Đảng ủy, UBND xã Sín Thầu": the Party committee of the place
			 * the list names next; the local body is read again after */
			locality = vnkg_i_strdup(um->locality);
			if (um->qualifier[0])
				joined_qualifier = vnkg_i_strdup(um->qualifier);
			bare = um->bare;
			vnkg_i_x_rollback(x, mark, j + 1, j + 1 + n);
		} else if (n) {
			vnkg_i_x_rollback(x, mark, j + 1, j + 1 + n);
		}
	}
	if (j > x->w.n)
		j = x->w.n;
	m = vnkg_i_x_add_mention(x->doc, MENTION_BODY, x->si, x->w.w[i].start,
			x->w.w[(paren_alias_end ? paren_alias_end : j) - 1].end, x->s);
	if (own_end && m != VNKG_I_NO_MENTION) {
		/* "Tiểu đoàn 3, Trung đoàn 141": the name seen is the part's own */
		free(x->doc->mentions[m].surface);
		x->doc->mentions[m].surface = vnkg_i_strndup(x->s + x->w.w[i].start, x->w.w[own_end - 1].end - x->w.w[i].start);
	}
	if (paren_alias_end && m != VNKG_I_NO_MENTION) {
		/* the span ends at the name, the alias in brackets is kept as written */
		free(x->doc->mentions[m].surface);
		x->doc->mentions[m].surface = vnkg_i_strndup(x->s + x->w.w[i].start,
							     x->w.w[paren_alias_end - 1].end - x->w.w[i].start);
	}
	if (m == VNKG_I_NO_MENTION) {
		free(locality);
		free(joined_qualifier);
		return 0;
	}
	{
		vnkg_i_mention *mm = &x->doc->mentions[m];
		mm->head = h;
		mm->qualifier = joined_qualifier ? joined_qualifier
				 : qend > qstart ? vnkg_i_x_words_text(x, qstart, qend) : vnkg_i_strdup("");
		joined_qualifier = NULL;
		mm->locality = locality ? locality : vnkg_i_strdup("");
		mm->owner = owner;
		mm->owner_outside = owner_outside;
		mm->level = vnkg_i_x_unit_level(h);
		mm->bare = bare;
		/* a foreign body keeps the head as written ("Quân đội nhân dân Lào") */
		mm->name = vnkg_i_strdup(head->canonical && !foreign ? head->canonical : head->words);
	}
	for (k = i; k < j; k++)
		x->used[k] = 1;
	*out = m;
	return j - i;
}

static int initial_matches(const char *word, const char **abbr)
{
	utf8proc_int32_t a = 0, c = 0;
	utf8proc_ssize_t na, nc;

	na = utf8proc_iterate((const utf8proc_uint8_t *)*abbr, -1, &a);
	nc = utf8proc_iterate((const utf8proc_uint8_t *)word, -1, &c);
	if (na <= 0 || nc <= 0)
		return 0;
	/* "Ủy ban" gives U: an initial keeps its letter, not its tone mark */
	if (utf8proc_toupper(c) != a) {
		utf8proc_int32_t parts[4];
		int last = 0;
		utf8proc_ssize_t np = utf8proc_decompose_char(c, parts, 4, UTF8PROC_DECOMPOSE, &last);
		if (np <= 0 || utf8proc_toupper(parts[0]) != a)
			return 0;
	}
	*abbr += na;
	return 1;
}

void vnkg_i_x_learn_abbreviations(vnkg_i_doc *d, const char *s)
{
	vnkg_i_words w;
	size_t i;

	/* most sentences have no "(ABBR)": spare them the split */
	if (!strchr(s, '('))
		return;
	if (vnkg_i_words_split(&w, s, NULL, NULL) < 0)
		return;
	for (i = 2; i + 1 < w.n; i++) {
		const char *ab = w.w[i].text;
		size_t k, best = 0;
		if (strcmp(w.w[i - 1].text, "(") != 0 || strcmp(w.w[i + 1].text, ")") != 0 || !w.w[i].abbr)
			continue;
		if (vnkg_i_x_lookup_abbr(ab, d) && vnkg_i_strvec_contains(&d->abbr_keys, ab))
			continue;
		/* the shortest run of words before "(" whose initials spell ABBR */
		for (k = 1; k <= 10 && k < i; k++) {
			const char *p = ab;
			size_t j;
			int ok = 1;
			for (j = i - 1 - k; j < i - 1 && ok; j++) {
				/* "Phòng không - Không quân (PK-KQ)" */
				if (strcmp(w.w[j].text, "-") == 0 && j > i - 1 - k) {
					while (*p == '-')
						p++;
					continue;
				}
				if (w.w[j].punct) {
					ok = 0;
					break;
				}
				/* "PK-KQ", "T.Ư": marks between the initials */
				while (*p == '-' || *p == '.')
					p++;
				if (strcmp(w.w[j].lower, "và") == 0 && *p != 'V')
					continue;
				while (*p == '&')
					p++;
				ok = initial_matches(w.w[j].text, &p);
			}
			if (ok && *p == '\0') {
				best = k;
				break;
			}
		}
		if (best) {
			vnkg_buf b = VNKG_BUF_INIT;
			size_t j;
			for (j = i - 1 - best; j < i - 1; j++) {
				if (j > i - 1 - best)
					vnkg_i_buf_putc(&b, ' ');
				vnkg_i_buf_puts(&b, w.w[j].text);
			}
			if (vnkg_i_strvec_push(&d->abbr_keys, ab) == 0)
				vnkg_i_strvec_push_own(&d->abbr_words, vnkg_i_buf_detach(&b));
			else
				vnkg_i_buf_free(&b);
		}
	}
	vnkg_i_words_free(&w);
}
