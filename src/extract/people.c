/* People: a cue (rank, honorific, "đồng chí", "ông/bà", a post before the
 * name), a name of 2 to 5 syllables, and the posts written after it, each at
 * a body. */

#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "extract/xctx.h"
#include "util/util.h"
#include "vnkg/common.h"

static size_t role_sep(const xctx *x, size_t k, int first);
static int is_dash(const xctx *x, size_t k);
static size_t comrade_at(const xctx *x, size_t i);
static int list_item_at(const xctx *x, size_t j);

/* A person's name at j: 2 to 5 capitalised syllables. */
static size_t match_name(const xctx *x, size_t j)
{
	size_t k = j, syl = 0;

	while (k < x->w.n && syl < 5) {
		const vnkg_i_word *w = &x->w.w[k];
		if (!w->cap || w->punct || w->num || w->abbr || w->expanded || x->used[k])
			break;
		if (k > j && (vnkg_i_x_is_title_start(x, k) || vnkg_i_x_is_rank_start(x, k) || vnkg_i_x_head_words_at(x, k) > 1))
			break;
		/* "H'Liên Êban": a one-letter prefix glued by an apostrophe */
		if (strlen(w->text) == 1 && k + 2 < x->w.n && x->w.w[k + 1].start == w->end &&
		    (strcmp(x->w.w[k + 1].text, "'") == 0 || strcmp(x->w.w[k + 1].text, "’") == 0) &&
		    x->w.w[k + 2].start == x->w.w[k + 1].end && x->w.w[k + 2].cap && !x->w.w[k + 2].punct) {
			k += 3;
			syl++;
			continue;
		}
		k++;
		syl++;
	}
	if (syl < 2)
		return 0;
	return k - j;
}

/* A name as written, from word j on (nl words). */
static char *name_text(const xctx *x, size_t j, size_t nl)
{
	return vnkg_i_x_sub(x->s, x->w.w[j].start, x->w.w[j + nl - 1].end);
}

/* "Kubo Haruka, Trưởng đại diện ...": a name that is not Vietnamese, two to
 * four capitalised words, known as a person's by the post after it or by an
 * earlier mention of the same name. */
static int foreign_name_with_post(const xctx *x, size_t j)
{
	size_t nl = match_name(x, j);

	size_t i;
	char *name;
	int known = 0;

	if (nl < 2 || nl > 4)
		return 0;
	if (role_sep(x, j + nl, 1) && !vnkg_i_x_wis(x, j + nl, "(") && vnkg_i_x_is_title_start(x, j + nl + role_sep(x, j + nl, 1)))
		return 1;
	/* "Bà Kubo Haruka phát biểu": named so before */
	name = name_text(x, j, nl);
	for (i = 0; name && i < x->doc->nmentions && !known; i++) {
		const vnkg_i_mention *m = &x->doc->mentions[i];
		known = m->type == MENTION_PERSON && !m->dead && m->name && strcmp(m->name, name) == 0;
	}
	free(name);
	return known;
}

static int add_role(vnkg_i_mention *p, char *title, size_t body)
{
	vnkg_i_role *r = realloc(p->roles, (p->nroles + 1) * sizeof(*r));

	if (!r || !title) {
		free(title);
		return vnkg_i_oom();
	}
	p->roles = r;
	p->roles[p->nroles].title = title;
	p->roles[p->nroles].body = body;
	p->nroles++;
	return 0;
}

/* Does the title ending before `tend` end with the head of a body ("Trưởng
 * Ban", "Trưởng phòng", "Chủ nhiệm Khoa", "Trưởng đoàn")? */
static int ends_with_body_word(const xctx *x, size_t tend)
{
	const char *last = x->w.w[tend - 1].lower;

	return strcmp(last, "ban") == 0 || strcmp(last, "phòng") == 0 || strcmp(last, "khoa") == 0 ||
	       (strcmp(last, "đoàn") == 0 && ((vnkg_i_x_wis(x, tend, "đại") && vnkg_i_x_wis(x, tend + 1, "biểu")) ||
					    vnkg_i_x_is_head_start(x, tend - 1))); /* "Trưởng Đoàn Nghệ thuật" */
}

/* The body of a post written from tstart to tend: after it ("Chính ủy Sư
 * đoàn 7"), or sharing the post's last words ("Trưởng Ban Tuyên giáo Tỉnh
 * ủy" is at Ban Tuyên giáo, "Chánh Văn phòng Tỉnh ủy" at Văn phòng Tỉnh ủy).
 * Returns the words read after tend (0 when none) and the body in *body. */
static size_t post_body(xctx *x, size_t tstart, size_t tend, int flags, size_t *body)
{
	size_t bl = 0, back = 0;

	*body = VNKG_I_NO_MENTION;
	if (tend - tstart >= 3 && vnkg_i_x_wis(x, tend - 2, "văn") && vnkg_i_x_wis(x, tend - 1, "phòng"))
		back = 2;
	else if (ends_with_body_word(x, tend) && tend - tstart >= 2)
		back = 1;
	else {
		/* "Trưởng Công an huyện", "Chủ tịch Quốc hội": a post named after its body */
		size_t b;
		for (b = 2; b >= 1 && !back; b--) {
			int h;
			if (tend - tstart > b && vnkg_i_x_match_head(x, tend - b, &h) == b &&
			    (vnkg_i_heads[h].kind == HEAD_LOCAL || vnkg_i_heads[h].kind == HEAD_FIXED))
				back = b;
		}
	}
	if (back) {
		bl = vnkg_i_x_parse_body(x, tend - back, BODY_ALLOW_LOWER | (flags & BODY_STOP_AT_SURNAME), body);
		if (bl > back)
			return bl - back;
		if (bl)
			return 0;
	}
	return vnkg_i_x_parse_body(x, tend, flags, body);
}

/* "Trung đoàn trưởng", "Phó Cục trưởng" with no body after them: the head of
 * the article's Trung đoàn, Cục. Roles from `first` on get a bare body
 * implied by the title, for the resolve stage to complete. */
static void imply_units(xctx *x, size_t pm, size_t first_role)
{
	size_t r;

	/* "Trung đoàn trưởng" alone: the head of the article's Trung đoàn */
	{
		size_t nr = x->doc->mentions[pm].nroles;
		for (r = first_role; r < nr; r++) {
			vnkg_i_mention *p = &x->doc->mentions[pm];
			const char *t = p->roles[r].title;
			size_t tl, k2;
			if (p->roles[r].body != VNKG_I_NO_MENTION)
				continue;
			if (strncmp(t, "Phó ", strlen("Phó ")) == 0)
				t += strlen("Phó ");
			tl = strlen(t);
			if (tl < 10 || strcmp(t + tl - strlen(" trưởng"), " trưởng") != 0)
				continue;
			for (k2 = 0; k2 < vnkg_i_heads_count; k2++) {
				const vnkg_i_head *hh = &vnkg_i_heads[k2];
				size_t unit;
				if ((hh->kind != HEAD_NUMBERED && hh->kind != HEAD_NAMED) ||
				    strlen(hh->words) != tl - strlen(" trưởng") ||
				    strncmp(hh->words, t, tl - strlen(" trưởng")) != 0)
					continue;
				unit = vnkg_i_x_add_mention(x->doc, MENTION_BODY, x->si, p->start, p->start, x->s);
				if (unit == VNKG_I_NO_MENTION)
					break;
				p = &x->doc->mentions[pm];
				free(x->doc->mentions[unit].surface);
				x->doc->mentions[unit].surface = vnkg_i_strdup(hh->words);
				x->doc->mentions[unit].head = (int)k2;
				x->doc->mentions[unit].name = vnkg_i_strdup(hh->words);
				x->doc->mentions[unit].qualifier = vnkg_i_strdup("");
				x->doc->mentions[unit].locality = vnkg_i_strdup("");
				x->doc->mentions[unit].bare = 1;
				x->doc->mentions[unit].implied = 1;
				x->doc->mentions[unit].level = vnkg_i_x_unit_level((int)k2);
				p->roles[r].body = unit;
				break;
			}
		}
	}
}

static int is_dash(const xctx *x, size_t k)
{
	return k < x->w.n && x->w.w[k].punct &&
	       (strcmp(x->w.w[k].text, "-") == 0 || strcmp(x->w.w[k].text, "–") == 0 || strcmp(x->w.w[k].text, "—") == 0);
}

/* A post at i, with what qualifies it: "Quyền" (acting) and "tân" (newly
 * elected) stay in the title; "nguyên" (former) makes it a past post, read
 * but held no more. Returns the words read (0 when no post starts at i); the
 * title's text starts at *tstart and its head words at *head. */
static size_t role_title(const xctx *x, size_t i, size_t *tstart, size_t *head, int *former)
{
	size_t q = 0, tl;

	*former = 0;
	if (vnkg_i_x_wis(x, i, "nguyên")) {
		*former = 1;
		q = 1;
	} else if (vnkg_i_x_wis(x, i, "quyền") || vnkg_i_x_wis(x, i, "tân")) {
		q = 1;
	}
	tl = vnkg_i_x_match_title(x, i + q);
	if (!tl)
		return 0;
	/* "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh" */
	if (vnkg_i_x_wis(x, i + q + tl, "chuyên") && vnkg_i_x_wis(x, i + q + tl + 1, "trách"))
		tl += 2;
	*tstart = *former ? i + 1 : i;
	*head = i + q;
	return q + tl;
}

/* The separator before a post at k: a comma; a dash of any kind and spacing
 * ("Name - post", "Name– post", a dash between posts); between two posts
 * also "kiêm" and "nay là"; "(" before a post in brackets. Returns its words
 * (0 when none). */
static size_t role_sep(const xctx *x, size_t k, int first)
{
	size_t at, tstart, head;
	int former;

	if (vnkg_i_x_wis(x, k, ",")) {
		if (vnkg_i_x_wis(x, k + 1, "nay") && vnkg_i_x_wis(x, k + 2, "là"))
			return 3;
		return is_dash(x, k + 1) ? 2 : 1;
	}
	if (is_dash(x, k))
		return 1;
	if (vnkg_i_x_wis(x, k, "(") && role_title(x, k + 1, &tstart, &head, &former))
		return 1;
	if (first)
		return 0;
	/* "A, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch HĐND tỉnh; B, ...": a
	 * segment after ";" that starts with a post and names no one is A's */
	if (vnkg_i_x_wis(x, k, ";") && role_title(x, k + 1, &tstart, &head, &former)) {
		size_t m, caps = 0;
		for (m = k + 1; m < x->w.n; m++) {
			const vnkg_i_word *w = &x->w.w[m];
			if (w->punct && (strcmp(w->text, ";") == 0 || strcmp(w->text, ".") == 0 || strcmp(w->text, ":") == 0))
				break;
			if (m - k >= 24)
				return 0;
			if (vnkg_i_x_is_rank_start(x, m) || comrade_at(x, m) || vnkg_i_x_wis(x, m, "ông") ||
			    vnkg_i_x_wis(x, m, "bà") || (vnkg_i_x_is_surname(x, m) && match_name(x, m) >= 2 && !x->used[m]))
				return 0;
			caps = w->cap && !w->abbr && !w->expanded && !w->punct ? caps + 1 : 0;
		}
		/* "...; Chủ tịch UBND huyện Mìn Quốc Tài; ...": three capitalised
		 * syllables at the end are a name written after its posts */
		return caps < 3;
	}
	at = k;
	if (vnkg_i_x_wis(x, at, "kiêm"))
		return 1;
	if (vnkg_i_x_wis(x, at, "nay") && vnkg_i_x_wis(x, at + 1, "là"))
		return 2;
	return 0;
}

/* A post's own term after it: "nhiệm kỳ 2020 - 2025", "khóa XVII". */
static size_t role_term(const xctx *x, size_t k)
{
	size_t n = 0;

	if (vnkg_i_x_wis(x, k, ",") && (vnkg_i_x_wis(x, k + 1, "nhiệm") || vnkg_i_x_wis(x, k + 1, "khóa") ||
					 vnkg_i_x_wis(x, k + 1, "khoá")))
		n = 1;
	if (vnkg_i_x_wis(x, k + n, "nhiệm") && vnkg_i_x_wis(x, k + n + 1, "kỳ")) {
		size_t m = k + n + 2, start = m;
		while (m < x->w.n && m - start < 3 && (x->w.w[m].num || is_dash(x, m) || isdigit((unsigned char)x->w.w[m].text[0])))
			m++;
		return m > start ? m - k : 0;
	}
	if ((vnkg_i_x_wis(x, k + n, "khóa") || vnkg_i_x_wis(x, k + n, "khoá")) && k + n + 1 < x->w.n &&
	    (x->w.w[k + n + 1].abbr || x->w.w[k + n + 1].num || strlen(x->w.w[k + n + 1].text) == 1))
		return n + 2;
	return 0;
}

/* Is a person's name, not a post's body, written at j ("Nguyễn Văn B, Phó
 * Giám đốc": the next person of a list)? */
static int person_starts(const xctx *x, size_t j)
{
	return vnkg_i_x_is_rank_start(x, j) || (vnkg_i_x_is_surname(x, j) && match_name(x, j) >= 2);
}

/* Are words [k, m) capitalised syllables with no body head among them, the
 * shape of a person's name ("Mìn Quốc Tài"), not of a body's? */
static int name_shaped(const xctx *x, size_t k, size_t m)
{
	size_t q;

	if (m - k < 2 || m - k > 5)
		return 0;
	for (q = k; q < m; q++)
		if (!x->w.w[q].cap || x->w.w[q].punct || x->w.w[q].abbr || x->w.w[q].expanded || vnkg_i_x_head_words_at(x, q))
			return 0;
	return 1;
}

/* The words of a body the lexicon cannot read, right after a post: a run of
 * capitalised words, abbreviations, lower-case name words and locality words
 * ("Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"). They stay in the person's
 * span, so that the verb after them is still the person's. Returns 0 unless
 * the run ends where a post chain may end. */
static size_t unread_body(const xctx *x, size_t k)
{
	size_t m = k, more;

	while (m < x->w.n && m - k < 10) {
		const vnkg_i_word *w = &x->w.w[m];
		if (m > k && is_dash(x, m) && m + 1 < x->w.n && x->w.w[m + 1].cap && !vnkg_i_x_is_title_start(x, m + 1) &&
		    !person_starts(x, m + 1)) {
			m++;
			continue;
		}
		if (w->punct || x->used[m])
			break;
		if (w->cap) {
			if (vnkg_i_x_is_title_start(x, m) || (m > k && person_starts(x, m)) || vnkg_i_x_wis(x, m, "đồng"))
				break;
			m++;
			continue;
		}
		more = m > k ? vnkg_i_x_nameword_continues(x, m) : 0;
		if (more) {
			m += more;
			continue;
		}
		/* "Ban cán sự đảng" */
		if (m > k && (vnkg_i_x_wis(x, m, "đảng") || vnkg_i_words_match(&x->w, m, "cán sự") == 2)) {
			m += vnkg_i_x_wis(x, m, "đảng") ? 1 : 2;
			continue;
		}
		/* "Hội Khuyến học tỉnh" */
		if (m > k && x->w.w[m - 1].cap && m + 1 < x->w.n && vnkg_i_x_match_list(x, m + 1, &vnkg_i_x_localities, NULL)) {
			m++;
			continue;
		}
		if (m > k && vnkg_i_x_match_list(x, m, &vnkg_i_x_localities, NULL)) {
			m += vnkg_i_x_match_list(x, m, &vnkg_i_x_localities, NULL);
			continue;
		}
		break;
	}
	if (m == k || !x->w.w[k].cap || person_starts(x, k) || vnkg_i_x_is_rank_start(x, k) || (m - k >= 3 && name_shaped(x, k, m)))
		return 0;
	return m - k;
}

/* A role that did not parse, between two separators: skipped when a post
 * follows it, so the rest of the chain (and the verb after it) stays the
 * person's. Returns the words to skip, the separator excluded. */
static size_t unread_role(const xctx *x, size_t k)
{
	size_t m = k, tstart, head;
	int former;

	if (k >= x->w.n || !x->w.w[k].cap || person_starts(x, k))
		return 0;
	while (m < x->w.n && m - k < 12 && !x->w.w[m].punct) {
		/* a post inside is read as one, not skipped */
		if (vnkg_i_x_is_title_start(x, m) || vnkg_i_x_wis(x, m, "kiêm"))
			return 0;
		m++;
	}
	if (m == k || m >= x->w.n || (!vnkg_i_x_wis(x, m, ",") && !is_dash(x, m)) || name_shaped(x, k, m))
		return 0;
	if (!role_title(x, m + role_sep(x, m, 0), &tstart, &head, &former))
		return 0;
	return m - k;
}

/* A post whose words hold its body ("Chủ tịch Quốc hội", "Thủ tướng"), or
 * that leaves out the head of it ("Bộ trưởng Công an"): the body, implied.
 * Returns the extra words read after tend. */
static size_t lexical_body(xctx *x, size_t head, size_t tend, size_t *body)
{
	static const struct {
		const char *title, *body;
	} implied[] = {{"thủ tướng", "Chính phủ"}, {"phó thủ tướng", "Chính phủ"}, {"chủ tịch quốc hội", "Quốc hội"},
		       {"phó chủ tịch quốc hội", "Quốc hội"}, {"tổng bí thư", "Ban Chấp hành Trung ương Đảng"}};
	size_t k, h, extra = 0;
	const char *want = NULL;
	char *t = NULL;

	*body = VNKG_I_NO_MENTION;
	/* "Bộ trưởng Công an": Bộ Công an */
	if ((vnkg_i_x_wis(x, tend - 2, "bộ") || vnkg_i_x_wis(x, tend - 2, "thứ")) && vnkg_i_x_wis(x, tend - 1, "trưởng") &&
	    tend < x->w.n && x->w.w[tend].cap && !x->w.w[tend].punct) {
		for (h = 0; h < vnkg_i_heads_count && !want; h++) {
			const char *hw = vnkg_i_heads[h].words;
			size_t n;
			if (vnkg_i_heads[h].kind != HEAD_FIXED || strncmp(hw, "Bộ ", strlen("Bộ ")) != 0)
				continue;
			n = vnkg_i_words_match(&x->w, tend, vnkg_i_x_heads[h] + strlen("bộ "));
			if (n) {
				want = hw;
				extra = n;
			}
		}
	}
	if (!want) {
		t = vnkg_i_x_words_text(x, head, tend);
		{
			char *lt = t ? vnkg_i_lower(t, strlen(t)) : NULL;
			for (k = 0; lt && k < sizeof(implied) / sizeof(implied[0]) && !want; k++)
				if (strcmp(lt, implied[k].title) == 0)
					want = implied[k].body;
			free(lt);
		}
		free(t);
	}
	if (!want)
		return 0;
	for (h = 0; h < vnkg_i_heads_count; h++) {
		size_t m;
		if (strcmp(vnkg_i_heads[h].words, want) != 0)
			continue;
		m = vnkg_i_x_add_mention(x->doc, MENTION_BODY, x->si, x->w.w[head].start, x->w.w[tend + extra - 1].end, x->s);
		if (m == VNKG_I_NO_MENTION)
			return 0;
		x->doc->mentions[m].head = (int)h;
		x->doc->mentions[m].name = vnkg_i_strdup(vnkg_i_heads[h].canonical ? vnkg_i_heads[h].canonical : want);
		x->doc->mentions[m].qualifier = vnkg_i_strdup("");
		x->doc->mentions[m].locality = vnkg_i_strdup("");
		x->doc->mentions[m].implied = 1;
		x->doc->mentions[m].level = vnkg_i_x_unit_level((int)h);
		*body = m;
		return extra;
	}
	return 0;
}

/* "(giữa)", "(thứ hai từ trái sang)": where a caption's person stands, in
 * brackets right after the name. Returns its words (0 when none). */
static size_t position_note(const xctx *x, size_t k)
{
	size_t m;

	if (!vnkg_i_x_wis(x, k, "("))
		return 0;
	for (m = k + 1; m < x->w.n && m - k <= 7; m++) {
		const vnkg_i_word *w = &x->w.w[m];
		if (vnkg_i_x_wis(x, m, ")"))
			return m > k + 1 ? m + 1 - k : 0;
		if (w->cap || (w->punct && !vnkg_i_x_wis(x, m, ",")))
			return 0;
	}
	return 0;
}

/* Roles after a name: ", Bí thư Đảng ủy, Chính ủy TCCNQP", or after "giữ
 * chức" (need_comma 0). Returns the words consumed (0 when no role follows).
 * Roles written without a body share the body of the next role that has one;
 * a body written alone after roles (", Cục Chính trị Quân đoàn") is theirs.
 * Separators may be commas or dashes; a former post ("nguyên ...") is read
 * and dropped; a role that does not parse is skipped when posts follow it. */
static size_t parse_roles(xctx *x, size_t j, size_t pm, int need_comma)
{
	size_t k = j, first_role = x->doc->mentions[pm].nroles, r, done = j;
	int first = 1, in_paren = 0, prev_bodiless = 0;
	unsigned long long unread = 0; /* roles whose body was written but not read */

	if (need_comma)
		k += position_note(x, k);
	done = k;
	for (;;) {
		size_t tl, body = VNKG_I_NO_MENTION, bl = 0, tstart, tend, head, sep, at, mark;
		char *title;
		int former;
		sep = role_sep(x, k, first && need_comma);
		if (need_comma && !sep) {
			/* "Phó Tư lệnh Tham mưu trưởng Binh chủng": two posts, no comma;
			 * a caption's "Đại tá A Chính ủy Lữ đoàn": a post right after the name */
			if (!(prev_bodiless || (first && k > 0 && x->w.w[k - 1].cap && !x->w.w[k - 1].punct)) ||
			    !role_title(x, k, &tstart, &head, &former) || vnkg_i_x_wis(x, k, "nguyên"))
				break;
		}
		if (sep && vnkg_i_x_wis(x, k, "("))
			in_paren = 1;
		at = k + sep;
		need_comma = 1;
		first = 0;
		tl = role_title(x, at, &tstart, &head, &former);
		if (!tl) {
			/* a body alone: the place of the roles before it */
			size_t lone = VNKG_I_NO_MENTION, skip;
			vnkg_i_mention *p = &x->doc->mentions[pm];
			mark = x->doc->nmentions;
			if (sep && vnkg_i_x_wis(x, k, ",") && p->nroles > first_role &&
			    p->roles[p->nroles - 1].body == VNKG_I_NO_MENTION) {
				bl = vnkg_i_x_parse_body(x, at, 0, &lone);
				if (bl && lone != VNKG_I_NO_MENTION && !vnkg_i_x_is_surname(x, at + bl)) {
					p = &x->doc->mentions[pm];
					for (r = p->nroles; r-- > first_role && p->roles[r].body == VNKG_I_NO_MENTION;)
						p->roles[r].body = lone;
					k = at + bl;
					done = k;
					continue;
				}
				if (bl)
					vnkg_i_x_rollback(x, mark, at, at + bl);
			}
			/* fail soft: "..., <something unread>, Bí thư Huyện ủy" */
			skip = sep && k > j ? unread_role(x, at) : 0;
			if (skip) {
				k = at + skip;
				done = k;
				continue;
			}
			/* "Name - Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh trình bày" */
			skip = sep && is_dash(x, k) && k > j ? unread_body(x, at) : 0;
			if (skip && (at + skip >= x->w.n || !x->w.w[at + skip].cap)) {
				k = at + skip;
				done = k;
			}
			break;
		}
		tend = at + tl;
		/* "Trợ lý Tuyên huấn", "Trợ lý Cán bộ": a specialty written after the
		 * title (not after "Trưởng phòng", whose next words name the Phòng) */
		if (!ends_with_body_word(x, tend)) {
			size_t sp = 0, more;
			while (sp < 4 && tend + sp < x->w.n) {
				size_t w = tend + sp;
				if (x->w.w[w].cap && !x->w.w[w].punct && !x->w.w[w].expanded && !vnkg_i_x_is_body_start(x, w) &&
				    !vnkg_i_x_is_title_start(x, w) && !vnkg_i_x_is_surname(x, w)) {
					sp++;
				} else if (sp && !x->w.w[w].cap && (more = vnkg_i_x_nameword_continues(x, w)) > 0) {
					sp += more;
				} else {
					break;
				}
			}
			if (sp && (vnkg_i_x_wis(x, tend + sp, ",") || vnkg_i_x_wis(x, tend + sp, ";")))
				tend += sp;
		}
		/* "Bí thư Đảng ủy, Chính ủy X" is one compound title shared with the next
		 * role; "Bí thư Đảng ủy Quân đoàn" and "... giữ chức Bí thư Đảng ủy." are
		 * the secretary of a Đảng ủy */
		if (tend - head >= 3 && strcmp(x->w.w[tend - 2].lower, "đảng") == 0 && strcmp(x->w.w[tend - 1].lower, "ủy") == 0 &&
		    !(vnkg_i_x_wis(x, tend, ",") && vnkg_i_x_is_title_start(x, tend + 1)))
			tend -= 2;
		mark = x->doc->nmentions;
		bl = post_body(x, head, tend, BODY_IN_ROLE, &body);
		if (!bl && body == VNKG_I_NO_MENTION)
			bl = lexical_body(x, head, tend, &body);
		/* "Tư lệnh Bộ Tư lệnh Quân khu": a unit's command is the unit */
		if (body != VNKG_I_NO_MENTION && x->doc->mentions[body].head >= 0 &&
		    strcmp(vnkg_i_heads[x->doc->mentions[body].head].words, "Bộ Tư lệnh") == 0 &&
		    x->doc->mentions[body].owner != VNKG_I_NO_MENTION && !x->doc->mentions[body].owner_outside)
			body = x->doc->mentions[body].owner;
		prev_bodiless = !bl && body == VNKG_I_NO_MENTION;
		if (prev_bodiless) {
			/* "Bí thư Đảng ủy Khối các cơ quan tỉnh, nay là ...": an unread body */
			bl = unread_role(x, tend);
			if (!bl)
				bl = unread_body(x, tend);
			if (bl && !former && x->doc->mentions[pm].nroles - first_role < 64)
				unread |= 1ULL << (x->doc->mentions[pm].nroles - first_role);
		}
		if (former) {
			/* a past post: no role now; its bare committee is nobody's */
			if (body != VNKG_I_NO_MENTION && x->doc->mentions[body].bare)
				vnkg_i_x_rollback(x, mark, 0, 0);
		} else {
			title = vnkg_i_x_words_text(x, tstart, tend);
			if (add_role(&x->doc->mentions[pm], title, body) < 0)
				return 0;
		}
		k = tend + bl;
		/* "Chánh Văn phòng Hội trình bày": a word of the body left unread */
		if (body != VNKG_I_NO_MENTION && !role_sep(x, k, 0) && !role_term(x, k))
			k += unread_body(x, k);
		k += role_term(x, k);
		if (in_paren && vnkg_i_x_wis(x, k, ")")) {
			k++;
			in_paren = 0;
		}
		done = k;
	}
	k = done;
	/* "bà X - posts - đã được bầu": a post in dashes, like brackets */
	if (k > j && is_dash(x, k) && k + 1 < x->w.n && !x->w.w[k + 1].cap && !x->w.w[k + 1].punct)
		k++;
	/* "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Thành ủy Đà Nẵng": the bare
	 * committee is that of the owner named later in the list */
	{
		vnkg_i_mention *p = &x->doc->mentions[pm];
		size_t later;
		for (r = first_role; r < p->nroles; r++) {
			vnkg_i_mention *b;
			size_t owner = VNKG_I_NO_MENTION;
			if (p->roles[r].body == VNKG_I_NO_MENTION)
				continue;
			b = &x->doc->mentions[p->roles[r].body];
			if (!b->bare || vnkg_i_heads[b->head].kind != HEAD_OWNED || b->locality[0])
				continue;
			for (later = r + 1; later < p->nroles && owner == VNKG_I_NO_MENTION; later++) {
				const vnkg_i_mention *l;
				if (p->roles[later].body == VNKG_I_NO_MENTION || p->roles[later].body == p->roles[r].body)
					continue;
				l = &x->doc->mentions[p->roles[later].body];
				if (l->owner != VNKG_I_NO_MENTION && !l->owner_outside)
					owner = l->owner;
				else if (vnkg_i_heads[l->head].kind == HEAD_LOCAL && strstr(vnkg_i_heads[l->head].words, "ủy"))
					owner = p->roles[later].body;
			}
			if (owner != VNKG_I_NO_MENTION) {
				b->owner = owner;
				b->bare = 0;
			}
		}
	}
	imply_units(x, pm, first_role);
	/* share bodies forward: "Phó Bí thư Đảng ủy, Tư lệnh Quân khu" */
	{
		vnkg_i_mention *p = &x->doc->mentions[pm];
		size_t next = VNKG_I_NO_MENTION;
		for (r = p->nroles; r-- > first_role;) {
			const char *t = p->roles[r].title;
			size_t tl = strlen(t);
			int self_bodied = tl >= strlen("ủy viên") && strcmp(t + tl - strlen("ủy viên"), "ủy viên") == 0;
			int unread_here = r - first_role < 64 && (unread >> (r - first_role)) & 1;
			if (p->roles[r].body != VNKG_I_NO_MENTION)
				next = p->roles[r].body;
			else if (!self_bodied && !unread_here)
				p->roles[r].body = next;
		}
	}
	return k - j;
}

static size_t parse_anaphor(xctx *x, size_t i, size_t j, size_t *out)
{
	size_t pm = vnkg_i_x_add_mention(x->doc, MENTION_PERSON, x->si, x->w.w[i].start, x->w.w[j].end, x->s), rl, k;

	if (pm == VNKG_I_NO_MENTION)
		return 0;
	x->doc->mentions[pm].anaphor = 1;
	rl = parse_roles(x, j, pm, 0);
	if (!rl || !x->doc->mentions[pm].nroles) {
		x->doc->mentions[pm].dead = 1;
		return 0;
	}
	for (k = i; k < j + rl; k++)
		x->used[k] = 1;
	x->doc->mentions[pm].end = x->w.w[j + rl - 1].end;
	*out = pm;
	return j + rl - i;
}

/* A person's name after posts: its family name first (listed, or in the
 * shape of a name), 2 to 5 syllables; a two-syllable run right after a
 * locality word ("tỉnh Hà Sơn") is the place. */
static size_t name_after_posts(const xctx *x, size_t j)
{
	size_t nl;

	if (!vnkg_i_x_is_surname(x, j))
		return 0;
	nl = match_name(x, j);
	if (!nl)
		return 0;
	if (nl == 2 && j > 0 && vnkg_i_x_match_list(x, j - 1, &vnkg_i_x_localities, NULL) == 1)
		return 0;
	return nl;
}

/* How many words at `from` (up to `max`) spell a place the article named
 * before (a body's place, a place), 0 when none; mentions from `mark` on are
 * the ones being read now. */
static size_t known_place_at(const xctx *x, size_t mark, size_t from, size_t max)
{
	size_t best = 0, k, n;

	for (n = max; n >= 1 && !best; n--) {
		char *t = vnkg_i_x_words_text(x, from, from + n);
		for (k = 0; t && k < mark && !best; k++) {
			const vnkg_i_mention *m = &x->doc->mentions[k];
			const char *q = m->type == MENTION_BODY ? m->qualifier : m->type == MENTION_PLACE ? m->name : NULL;
			size_t ql, tl;
			if (m->dead || !q || !*q)
				continue;
			ql = strlen(q);
			tl = strlen(t);
			/* "tỉnh Hòa Lâm": the place after its locality word */
			if (ql >= tl && strcmp(q + ql - tl, t) == 0 && (ql == tl || q[ql - tl - 1] == ' '))
				best = n;
		}
		free(t);
	}
	return best;
}

/* "đồng chí Bí thư Huyện ủy Mìn Quốc Tài phát biểu", "Bí thư Huyện ủy Nậm
 * Sang Sình Quốc Pao": the body after the last post read the person's name
 * (a family name in no list) as its place. The capitalised run that ends
 * the posts is a place the article named before and then the name; with a
 * comrade's cue and no place known, three syllables are the name. Gives the
 * body back its place, sets *at to the name and returns its words (0 when
 * no name is found). */
static size_t name_in_place(xctx *x, size_t mark, size_t body, size_t tend, int comrade, size_t *at)
{
	vnkg_i_mention *b = &x->doc->mentions[body];
	size_t rs = *at, re = *at, p, ns, k;
	char *cut;

	while (rs > tend && x->w.w[rs - 1].cap && !x->w.w[rs - 1].punct && !x->w.w[rs - 1].abbr &&
	       !vnkg_i_x_head_words_at(x, rs - 1))
		rs--;
	while (re < x->w.n && x->w.w[re].cap && !x->w.w[re].punct && !x->w.w[re].abbr && !x->used[re] && re - rs < 8)
		re++;
	if (re - rs < 3 || re < *at || (re < x->w.n && x->w.w[re].cap) || !b->qualifier)
		return 0;
	/* "đồng chí Bí thư Huyện ủy Mù Cang Chải": a place the article named */
	if (known_place_at(x, mark, rs, re - rs) == re - rs)
		return 0;
	p = known_place_at(x, mark, rs, re - rs - 2);
	if (p)
		ns = rs + p;
	else if (comrade && re - rs == 3)
		ns = rs;
	else
		return 0;
	if (re - ns < 2 || re - ns > 4 || vnkg_i_x_is_title_start(x, ns) || vnkg_i_x_is_head_start(x, ns))
		return 0;
	/* the body ends before the name */
	if (ns < *at) {
		size_t ql = strlen(b->qualifier), cl;
		cut = vnkg_i_x_words_text(x, ns, *at);
		cl = cut ? strlen(cut) : 0;
		if (!cut || cl > ql || strcmp(b->qualifier + ql - cl, cut) != 0) {
			free(cut);
			return 0;
		}
		ql -= cl;
		while (ql > 0 && b->qualifier[ql - 1] == ' ')
			ql--;
		b->qualifier[ql] = '\0';
		free(cut);
		if (!*b->qualifier || (b->locality && strcmp(b->qualifier, b->locality) == 0)) {
			b->qualifier[0] = '\0';
			b->bare = 1;
		}
		b->end = x->w.w[ns - 1].end;
		free(b->surface);
		b->surface = vnkg_i_x_sub(x->s, b->start, b->end);
		for (k = ns; k < *at; k++)
			x->used[k] = 0;
	}
	*at = ns;
	return re - ns;
}

/* "(đồng chí) <post> <body>, <post> <body> <name>": posts, each with its
 * body, then a name (the person's span starts at i, the posts at j). With
 * `prename`, the first post must be one written before names. */
static size_t post_then_name(xctx *x, size_t i, size_t j, int prename, size_t *out)
{
	enum { MAXP = 6 };
	size_t mark = x->doc->nmentions, at = j, np = 0, nl = 0, pm, k, rl, p;
	size_t ts[MAXP], te[MAXP], bo[MAXP];

	for (;;) {
		size_t tl = np == 0 && prename ? vnkg_i_x_match_list(x, at, &vnkg_i_x_prename, NULL) : vnkg_i_x_match_title(x, at);
		size_t bl, body = VNKG_I_NO_MENTION, sep;
		if (!tl || np == MAXP)
			break;
		/* "Phó Thủ tướng Thường trực Lê Văn B" */
		if (vnkg_i_x_wis(x, at + tl, "thường") && vnkg_i_x_wis(x, at + tl + 1, "trực") && !vnkg_i_x_is_surname(x, at + tl))
			tl += 2;
		bl = post_body(x, at, at + tl, BODY_STOP_AT_SURNAME, &body);
		if (!bl && body == VNKG_I_NO_MENTION)
			bl = lexical_body(x, at, at + tl, &body);
		ts[np] = at;
		te[np] = at + tl;
		bo[np] = body;
		np++;
		at += tl + bl;
		nl = name_after_posts(x, at);
		if (nl)
			break;
		/* a caption's "Phó Chủ tịch UBND tỉnh - Lê Văn A phát biểu" */
		if (is_dash(x, at)) {
			nl = name_after_posts(x, at + 1);
			if (nl && (at + 1 + nl >= x->w.n || !x->w.w[at + 1 + nl].cap)) {
				at++;
				break;
			}
			nl = 0;
		}
		/* "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Hà Văn Tiến" */
		sep = vnkg_i_x_wis(x, at, ",") || is_dash(x, at) ? 1 : 0;
		if (!sep || !vnkg_i_x_is_title_start(x, at + sep))
			break;
		at += sep;
	}
	if (!nl && np && bo[np - 1] != VNKG_I_NO_MENTION)
		nl = name_in_place(x, mark, bo[np - 1], te[np - 1], i < j || list_item_at(x, i), &at);
	if (!nl) {
		vnkg_i_x_rollback(x, mark, j, at);
		return 0;
	}
	pm = vnkg_i_x_add_mention(x->doc, MENTION_PERSON, x->si, x->w.w[i].start, x->w.w[at + nl - 1].end, x->s);
	if (pm == VNKG_I_NO_MENTION)
		return 0;
	x->doc->mentions[pm].name = name_text(x, at, nl);
	for (p = 0; p < np; p++)
		if (add_role(&x->doc->mentions[pm], vnkg_i_x_words_text(x, ts[p], te[p]), bo[p]) < 0)
			return 0;
	/* "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X": a bodiless post shares the next body */
	for (p = np; p-- > 1;)
		if (x->doc->mentions[pm].roles[p - 1].body == VNKG_I_NO_MENTION)
			x->doc->mentions[pm].roles[p - 1].body = x->doc->mentions[pm].roles[p].body;
	for (k = i; k < at + nl; k++)
		x->used[k] = 1;
	rl = parse_roles(x, at + nl, pm, 1);
	for (k = at + nl; k < at + nl + rl; k++)
		x->used[k] = 1;
	if (rl)
		x->doc->mentions[pm].end = x->w.w[at + nl + rl - 1].end;
	*out = pm;
	return at + nl + rl - i;
}

/* "Phó Cục trưởng, Đại tá X", "Phó Chủ tịch UBND tỉnh, đồng chí X": a post
 * and its body, a comma, then a person read as usual, who holds the post. */
static size_t post_comma_person(xctx *x, size_t i, size_t *out)
{
	size_t mark = x->doc->nmentions, tl, body = VNKG_I_NO_MENTION, bl, n, pm = VNKG_I_NO_MENTION, k;
	vnkg_i_role *roles;

	if (vnkg_i_x_is_rank_start(x, i))
		return 0;
	tl = vnkg_i_x_match_title(x, i);
	if (!tl)
		return 0;
	bl = post_body(x, i, i + tl, 0, &body);
	if (!vnkg_i_x_wis(x, i + tl + bl, ",") ||
	    !(vnkg_i_x_is_rank_start(x, i + tl + bl + 1) ||
	      (vnkg_i_x_wis(x, i + tl + bl + 1, "đồng") && vnkg_i_x_wis(x, i + tl + bl + 2, "chí")))) {
		vnkg_i_x_rollback(x, mark, i, i + tl + bl);
		return 0;
	}
	n = vnkg_i_x_parse_person(x, i + tl + bl + 1, &pm);
	if (!n || pm == VNKG_I_NO_MENTION || x->doc->mentions[pm].anaphor) {
		vnkg_i_x_rollback(x, mark, i, i + tl + bl + 1 + n);
		return 0;
	}
	/* the post written first comes first */
	if (add_role(&x->doc->mentions[pm], vnkg_i_x_words_text(x, i, i + tl), body) < 0)
		return 0;
	roles = x->doc->mentions[pm].roles;
	{
		vnkg_i_role first = roles[x->doc->mentions[pm].nroles - 1];
		memmove(roles + 1, roles, (x->doc->mentions[pm].nroles - 1) * sizeof(*roles));
		roles[0] = first;
	}
	imply_units(x, pm, 0);
	x->doc->mentions[pm].start = x->w.w[i].start;
	for (k = i; k < i + tl + bl + 1; k++)
		x->used[k] = 1;
	*out = pm;
	return tl + bl + 1 + n;
}

/* "các đồng chí A và B được bầu giữ chức Phó Bí thư": the posts given to
 * the last of the people joined by "và" or commas are each one's. */
static void share_elected_roles(xctx *x, size_t pm, size_t from_role)
{
	vnkg_i_doc *d = x->doc;
	size_t cur = pm, k, r;

	for (;;) {
		size_t prev = VNKG_I_NO_MENTION;
		for (k = 0; k < d->nmentions; k++) {
			const vnkg_i_mention *m = &d->mentions[k];
			if (m->type == MENTION_PERSON && m->sentence == x->si && !m->dead && m->end <= d->mentions[cur].start &&
			    (prev == VNKG_I_NO_MENTION || m->end > d->mentions[prev].end))
				prev = k;
		}
		if (prev == VNKG_I_NO_MENTION || d->mentions[prev].nroles ||
		    !vnkg_i_x_only_glue(x->s, d->mentions[prev].end, d->mentions[cur].start, 1))
			return;
		for (r = from_role; r < d->mentions[pm].nroles; r++)
			if (add_role(&d->mentions[prev], vnkg_i_strdup(d->mentions[pm].roles[r].title), d->mentions[pm].roles[r].body) < 0)
				return;
		cur = prev;
	}
}

/* A line with no full stop at its end: a headline, which restates the lead in
 * its own short words (its post-only subject adds nothing but near-misses). */
static int headline(const xctx *x)
{
	size_t n = x->len;

	while (n > 0 && (x->s[n - 1] == ' ' || x->s[n - 1] == '\n'))
		n--;
	if (n >= strlen("”") && memcmp(x->s + n - strlen("”"), "”", strlen("”")) == 0)
		n -= strlen("”");
	if (n >= strlen("…") && memcmp(x->s + n - strlen("…"), "…", strlen("…")) == 0)
		return 0;
	return n == 0 || !(x->s[n - 1] == '.' || x->s[n - 1] == '!' || x->s[n - 1] == '?' || x->s[n - 1] == ':' ||
			   x->s[n - 1] == ';' || x->s[n - 1] == '"');
}

/* "Thường trực Tỉnh ủy tổ chức ...": a post word that is also a body's head
 * names that body (but "Thường trực Ban Bí thư", at a national body, is one
 * person's post). */
static int post_names_body(const xctx *x, size_t j)
{
	int h = -1;

	if (!vnkg_i_x_is_head_start(x, j))
		return 0;
	vnkg_i_x_match_head(x, j + vnkg_i_x_match_title(x, j), &h);
	return !(h >= 0 && vnkg_i_heads[h].kind == HEAD_FIXED && vnkg_i_heads[h].national);
}

/* "đồng chí", "Đ/c": the words of the honorific at i (0 when none). */
static size_t comrade_at(const xctx *x, size_t i)
{
	if (vnkg_i_x_wis(x, i, "đồng") && vnkg_i_x_wis(x, i + 1, "chí"))
		return 2;
	if (vnkg_i_x_wis(x, i, "đ/c"))
		return vnkg_i_x_wis(x, i + 1, "chí") ? 2 : 1; /* also the typo "đ/c chí" */
	return 0;
}

/* A name written with posts after it: "Name, post", "Name - post". */
static int posts_follow(const xctx *x, size_t at)
{
	size_t sep = role_sep(x, at, 1), tstart, head;
	int former;

	return sep && !vnkg_i_x_wis(x, at, "(") ? role_title(x, at + sep, &tstart, &head, &former) > 0 : 0;
}

/* Is the name at j an item of a list of people: after "các đồng chí:", a
 * post and its body before a colon, or a separator right after a person? */
static int list_item_at(const xctx *x, size_t j)
{
	const vnkg_i_doc *d = x->doc;
	size_t k;

	if (j == 0)
		return 0;
	if (vnkg_i_x_wis(x, j - 1, ":"))
		return j >= 2 && (x->used[j - 2] || vnkg_i_x_wis(x, j - 2, "chí") || vnkg_i_x_wis(x, j - 2, "có") ||
				  vnkg_i_x_wis(x, j - 2, "gồm"));
	if (!vnkg_i_x_wis(x, j - 1, ",") && !vnkg_i_x_wis(x, j - 1, ";") && !vnkg_i_x_wis(x, j - 1, "và"))
		return 0;
	for (k = d->nmentions; k-- > 0;) {
		const vnkg_i_mention *m = &d->mentions[k];
		if (m->sentence != x->si)
			break;
		if (m->type == MENTION_PERSON && !m->dead && m->end <= x->w.w[j - 1].start &&
		    vnkg_i_x_only_glue(x->s, m->end, x->w.w[j - 1].start, 0))
			return 1;
	}
	return 0;
}

size_t vnkg_i_x_parse_person(xctx *x, size_t i, size_t *out)
{
	size_t j = i, n, name_at, nl, pm, k, rl;
	char *rank = NULL;
	int cue = 0;

	*out = VNKG_I_NO_MENTION;
	if (i >= x->w.n || x->used[i])
		return 0;
	if (!x->w.w[i].cap) {
		/* lower-case cues: "đồng chí", "ông", "thiếu tướng X", "chị X - post" */
		size_t rk = vnkg_i_x_match_list(x, i, &vnkg_i_x_ranks, NULL);
		int ok = comrade_at(x, i) || vnkg_i_x_wis(x, i, "ngài") ||
			 (rk && i + rk < x->w.n && x->w.w[i + rk].cap && match_name(x, i + rk));
		if (!ok && (vnkg_i_x_wis(x, i, "ông") || vnkg_i_x_wis(x, i, "bà") || vnkg_i_x_wis(x, i, "anh") ||
			    vnkg_i_x_wis(x, i, "chị")))
			ok = vnkg_i_x_is_surname(x, i + 1) || foreign_name_with_post(x, i + 1) || match_name(x, i + 1) >= 3;
		if (!ok)
			return 0;
	}
	/* "Phó Chủ tịch UBND tỉnh, đồng chí X": the post before the name */
	n = post_comma_person(x, i, out);
	if (n)
		return n;
	n = vnkg_i_x_match_list(x, j, &vnkg_i_x_ranks, NULL);
	if (n && j + n < x->w.n && (x->w.w[j + n].cap || vnkg_i_x_wis(x, j + n, ",") || comrade_at(x, j + n))) {
		rank = vnkg_i_x_words_text(x, j, j + n);
		j += n;
		cue = 1;
	}
	/* honorifics: "Thiếu tướng, PGS, TS Nguyễn Văn Khương" */
	for (;;) {
		size_t jj = j;
		if (vnkg_i_x_wis(x, jj, ",") && cue)
			jj++;
		n = vnkg_i_x_match_list(x, jj, &vnkg_i_x_honorifics, NULL);
		if (!n)
			break;
		j = jj + n;
		cue = 1;
	}
	/* "ông Nguyễn Văn A", "Bà Lê Thị B", "chị Mông Thị Lài": a name must
	 * follow, with its family name */
	if (!cue &&
	    (vnkg_i_x_wis(x, j, "ông") || vnkg_i_x_wis(x, j, "bà") || vnkg_i_x_wis(x, j, "anh") || vnkg_i_x_wis(x, j, "chị")) &&
	    !vnkg_i_x_wis(x, j + 1, "thị") && /* "Ông Thị Hạnh": the family name Ông */
	    (vnkg_i_x_is_surname(x, j + 1) || foreign_name_with_post(x, j + 1) ||
	     /* "ông Sình Quốc Pao": lower-case "ông", "bà" before three capitalised
	      * syllables name a person whatever the family name ("Bà Rịa" is a place) */
	     (!x->w.w[j].cap && match_name(x, j + 1) >= 3))) {
		j += 1;
		cue = 1;
	} else if (!cue && vnkg_i_x_wis(x, j, "ngài") && match_name(x, j + 1)) {
		/* "ngài Yamanaka Shinji": a foreign guest, his name in its own order */
		j += 1;
		cue = 1;
	} else if (!cue && comrade_at(x, j)) {
		int plural = j > 0 && vnkg_i_x_wis(x, j - 1, "các");
		j += comrade_at(x, j);
		cue = 1;
		if (vnkg_i_x_is_title_start(x, j)) {
			/* "đồng chí Bí thư Tỉnh ủy Mùa A Sử": posts, then the name */
			n = post_then_name(x, i, j, 0, out);
			if (n) {
				free(rank);
				return n;
			}
			free(rank);
			/* "các đồng chí Phó Tư lệnh Vùng: A, B": a group, not one person */
			if (plural)
				return 0;
			/* "đồng chí Bí thư Tỉnh ủy": named by a post; the article's holder
			 * of that post is found once every sentence has been read */
			return parse_anaphor(x, i, j, out);
		}
	} else if (cue && comrade_at(x, j)) {
		j += comrade_at(x, j);
	}
	if (!cue && vnkg_i_x_match_list(x, j, &vnkg_i_x_prename, NULL)) {
		/* "Bộ trưởng Bộ Tài chính Lê Văn Tường", "Ủy viên Bộ Chính trị,
		 * Thường trực Ban Bí thư Hoàng Đăng Khoa" */
		n = post_then_name(x, i, j, 1, out);
		free(rank);
		if (!n && (i == 0 || vnkg_i_x_wis(x, i - 1, ",")) && !post_names_body(x, j) && !headline(x)) {
			/* "Phó Chánh án TAND tối cao cũng đề nghị ...", "Phát biểu kết
			 * luận, Thủ tướng yêu cầu ...": a subject named by a post alone is
			 * the article's holder of that post */
			size_t mark = x->doc->nmentions;
			n = parse_anaphor(x, i, j, out);
			/* a post with its body ("Giám đốc các sở" is no one) */
			if (n && (i + n >= x->w.n || x->w.w[i + n].cap || x->w.w[i + n].punct ||
				  x->doc->mentions[*out].roles[0].body == VNKG_I_NO_MENTION)) {
				vnkg_i_x_rollback(x, mark, i, i + n);
				*out = VNKG_I_NO_MENTION;
				n = 0;
			}
		}
		return n;
	}
	name_at = j;
	nl = match_name(x, j);
	if (!nl) {
		free(rank);
		return 0;
	}
	if (!cue) {
		/* no cue: a family name first and a post after the name, or an item
		 * of a list of people */
		int ok = vnkg_i_x_is_surname(x, j) && posts_follow(x, j + nl);
		if (!ok && list_item_at(x, j) && nl <= 4) {
			size_t after = j + nl;
			/* a two-syllable run after a person may be a place ("X, Hà Nội") */
			ok = ((vnkg_i_x_is_surname(x, j) && nl >= 3) || posts_follow(x, after)) &&
			     (after >= x->w.n || !x->w.w[after].cap || x->w.w[after].punct);
		}
		if (!ok) {
			free(rank);
			return 0;
		}
	}
	pm = vnkg_i_x_add_mention(x->doc, MENTION_PERSON, x->si, x->w.w[i].start, x->w.w[j + nl - 1].end, x->s);
	if (pm == VNKG_I_NO_MENTION) {
		free(rank);
		return 0;
	}
	x->doc->mentions[pm].name = name_text(x, name_at, nl);
	x->doc->mentions[pm].rank = rank;
	for (k = i; k < name_at + nl; k++)
		x->used[k] = 1;
	rl = parse_roles(x, name_at + nl, pm, 1);
	/* "Thiếu tướng X được bầu giữ chức Bí thư Đảng ủy", "... được điều
	 * động, bổ nhiệm giữ chức Phó Tư lệnh Quân khu 7" */
	{
		size_t g = name_at + nl + rl, skip = 0, cue = 0;
		if (vnkg_i_x_wis(x, g, "đã") && vnkg_i_x_wis(x, g + 1, "được"))
			g++;
		if (vnkg_i_x_wis(x, g, "được")) {
			for (skip = 1; skip < 8 && g + skip < x->w.n; skip++) {
				const vnkg_i_word *w = &x->w.w[g + skip];
				if (vnkg_i_x_wis(x, g + skip, "giữ") || w->cap || x->used[g + skip] ||
				    (w->punct && strcmp(w->text, ",") != 0) ||
				    ((vnkg_i_x_wis(x, g + skip, "làm") || vnkg_i_x_wis(x, g + skip, "là")) &&
				     vnkg_i_x_is_title_start(x, g + skip + 1)))
					break;
			}
		}
		if (vnkg_i_x_wis(x, g + skip, "giữ") && vnkg_i_x_wis(x, g + skip + 1, "chức"))
			cue = 2;
		else if ((skip && vnkg_i_x_wis(x, g + skip, "làm")) || vnkg_i_x_wis(x, g + skip, "là"))
			cue = 1; /* "được bầu làm Chủ tịch Hội", "bà X, <posts> là Chủ tịch Hội khóa
				  * mới" (but "do X làm Trưởng đoàn" leads a delegation) */
		else if (vnkg_i_x_wis(x, g, "tái") && vnkg_i_x_wis(x, g + 1, "đắc") && vnkg_i_x_wis(x, g + 2, "cử"))
			cue = 3; /* "tái đắc cử Bí thư Đảng ủy" */
		else if (vnkg_i_x_wis(x, g, "đắc") && vnkg_i_x_wis(x, g + 1, "cử"))
			cue = 2;
		if (cue && vnkg_i_x_is_title_start(x, g + skip + cue)) {
			size_t before = x->doc->mentions[pm].nroles, more = parse_roles(x, g + skip + cue, pm, 0);
			if (more) {
				rl = g - (name_at + nl) + skip + cue + more;
				share_elected_roles(x, pm, before);
			}
		}
	}
	if (rl) {
		for (k = name_at + nl; k < name_at + nl + rl; k++)
			x->used[k] = 1;
		x->doc->mentions[pm].end = x->w.w[name_at + nl + rl - 1].end;
	}
	*out = pm;
	return name_at + nl + rl - i;
}

/* "Đại tá A, Đại tá B, Phó Giám đốc Công an tỉnh": a person listed without a
 * role right before one with roles shares them. */
void vnkg_i_x_share_list_roles(xctx *x)
{
	vnkg_i_doc *d = x->doc;
	size_t i, k, r;

	for (i = d->nmentions; i-- > 0;) {
		vnkg_i_mention *a = &d->mentions[i];
		size_t next = VNKG_I_NO_MENTION;
		if (a->sentence != x->si)
			break;
		if (a->type != MENTION_PERSON)
			continue;
		if (a->nroles) {
			/* "Thiếu tướng A, Bí thư Đảng ủy, Chính ủy và Đại tá B, Phó Bí
			 * thư Đảng ủy, Tư lệnh Vùng": A's posts written without a body
			 * are at the body of the posts of the one joined to A */
			size_t nb = VNKG_I_NO_MENTION, bb = VNKG_I_NO_MENTION;
			if (a->roles[a->nroles - 1].body != VNKG_I_NO_MENTION)
				continue;
			for (k = 0; k < d->nmentions; k++) {
				const vnkg_i_mention *b = &d->mentions[k];
				if (b->type == MENTION_PERSON && b->sentence == x->si && b->start >= a->end &&
				    (nb == VNKG_I_NO_MENTION || b->start < d->mentions[nb].start))
					nb = k;
			}
			if (nb == VNKG_I_NO_MENTION || !d->mentions[nb].nroles ||
			    !vnkg_i_x_only_glue(x->s, a->end, d->mentions[nb].start, 1))
				continue;
			/* the unit, not the Party committee read off "Bí thư Đảng ủy, ..." */
			for (r = d->mentions[nb].nroles; r-- > 0 && bb == VNKG_I_NO_MENTION;) {
				size_t cand = d->mentions[nb].roles[r].body;
				if (cand != VNKG_I_NO_MENTION && !(d->mentions[cand].owner != VNKG_I_NO_MENTION &&
								   vnkg_i_heads[d->mentions[cand].head].kind == HEAD_OWNED))
					bb = cand;
			}
			for (r = a->nroles; bb != VNKG_I_NO_MENTION && r-- > 0 && a->roles[r].body == VNKG_I_NO_MENTION;)
				a->roles[r].body = bb;
			continue;
		}
		for (k = 0; k < d->nmentions; k++) {
			const vnkg_i_mention *b = &d->mentions[k];
			if (b->type == MENTION_PERSON && b->sentence == x->si && b->start > a->end &&
			    (next == VNKG_I_NO_MENTION || b->start < d->mentions[next].start))
				next = k;
		}
		if (next == VNKG_I_NO_MENTION || !d->mentions[next].nroles)
			continue;
		{
			size_t g = a->end;
			while (g < d->mentions[next].start && x->s[g] == ' ')
				g++;
			if (g >= d->mentions[next].start || x->s[g] != ',' ||
			    !vnkg_i_x_only_glue(x->s, g + 1, d->mentions[next].start, 0))
				continue;
		}
		for (r = 0; r < d->mentions[next].nroles; r++) {
			const vnkg_i_role *ro = &d->mentions[next].roles[r];
			if (add_role(&d->mentions[i], vnkg_i_strdup(ro->title), ro->body) < 0)
				return;
		}
	}
}

/* Only what separates the items of a list of people between a and b: spaces,
 * commas, semicolons, "và". */
static int list_glue(const char *s, size_t a, size_t b)
{
	size_t i = a;

	while (i < b) {
		if (s[i] == ' ' || s[i] == ',' || s[i] == ';') {
			i++;
		} else if (b - i >= strlen("và") && strncmp(s + i, "và", strlen("và")) == 0) {
			i += strlen("và");
		} else {
			return 0;
		}
	}
	return 1;
}

/* "các đồng chí Thứ trưởng Bộ Công an: Thượng tướng A, Thượng tướng B": a
 * post written once before a colon is each listed person's. */
void vnkg_i_x_share_colon_roles(xctx *x)
{
	vnkg_i_doc *d = x->doc;
	size_t b, t, k;

	for (b = 0; b < d->nmentions; b++) {
		const vnkg_i_mention *body = &d->mentions[b];
		size_t title_at = VNKG_I_NO_MENTION, tl = 0, prev_end;
		int prev_had_roles;
		if (body->type != MENTION_BODY || body->sentence != x->si || body->dead || x->s[body->end] != ':' ||
		    body->start < 2)
			continue;
		for (t = 0; t < x->w.n && x->w.w[t].end < body->start; t++) {
			size_t n = vnkg_i_x_match_title(x, t);
			/* the longest title: "Phó Tư lệnh", not its tail "Tư lệnh" */
			if (n && title_at == VNKG_I_NO_MENTION && x->w.w[t + n - 1].end + 1 == body->start) {
				title_at = t;
				tl = n;
			}
		}
		if (title_at == VNKG_I_NO_MENTION)
			continue;
		/* the people listed right after the colon, one by one */
		prev_end = body->end + 1;
		prev_had_roles = 0;
		for (;;) {
			size_t next = VNKG_I_NO_MENTION;
			for (k = 0; k < d->nmentions; k++) {
				const vnkg_i_mention *m = &d->mentions[k];
				if (m->type == MENTION_PERSON && m->sentence == x->si && m->start >= prev_end &&
				    (next == VNKG_I_NO_MENTION || m->start < d->mentions[next].start))
					next = k;
			}
			if (next == VNKG_I_NO_MENTION || !list_glue(x->s, prev_end, d->mentions[next].start))
				break;
			/* ";" parts items that have posts of their own ("A, Trưởng Ban Dân
			 * vận; B, Chủ nhiệm ..."); after names alone it ends the list */
			if (vnkg_i_x_find_bytes(x->s + prev_end, d->mentions[next].start - prev_end, ";", 1) &&
			    (prev_end == body->end + 1 || !prev_had_roles || !d->mentions[next].name ||
			     strncmp(x->s + d->mentions[next].start, d->mentions[next].name, strlen(d->mentions[next].name)) != 0))
				break;
			prev_had_roles = d->mentions[next].nroles > 0;
			/* "các đồng chí Phó Bí thư Tỉnh ủy: A, Phó Bí thư Thường trực và B,
			 * Chủ tịch UBND tỉnh": each holds the shared post; a post of their own
			 * written without a body is at the shared post's body */
			{
				vnkg_i_mention *m = &d->mentions[next];
				size_t r;
				int has = 0;
				for (r = 0; r < m->nroles; r++) {
					if (m->roles[r].body == VNKG_I_NO_MENTION)
						m->roles[r].body = b;
					has |= m->roles[r].body == b;
				}
				if (!has && add_role(m, vnkg_i_x_words_text(x, title_at, title_at + tl), b) < 0)
					return;
			}
			/* "X, posts và các Phó Chủ tịch HĐND tỉnh: A, B đồng chủ trì": the
			 * label is the first item's, so the list still reaches X */
			if (prev_end == body->end + 1) {
				size_t from = title_at;
				if (from > 1 && comrade_at(x, from - 2) == 2)
					from -= 2;
				if (from > 0 && vnkg_i_x_wis(x, from - 1, "các"))
					from--;
				if (x->w.w[from].start < d->mentions[next].start)
					d->mentions[next].start = x->w.w[from].start;
			}
			prev_end = d->mentions[next].end;
		}
	}
}

static int same_role(const vnkg_i_doc *d, const vnkg_i_role *a, const vnkg_i_role *b)
{
	const vnkg_i_mention *ba, *bb;

	if (strcmp(a->title, b->title) != 0)
		return 0;
	if (a->body == VNKG_I_NO_MENTION || b->body == VNKG_I_NO_MENTION)
		return 1;
	ba = &d->mentions[a->body];
	bb = &d->mentions[b->body];
	return ba->head == bb->head && (ba->bare || bb->bare || strcmp(ba->qualifier, bb->qualifier) == 0);
}

/* "đồng chí Bí thư Tỉnh ủy" is the person the article named with that post
 * (the nearest before it, else after it); none: not a mention. */
void vnkg_i_x_resolve_anaphors(vnkg_i_doc *d)
{
	size_t i, k, r, q;

	for (i = 0; i < d->nmentions; i++) {
		vnkg_i_mention *a = &d->mentions[i];
		size_t found = VNKG_I_NO_MENTION;
		if (a->type != MENTION_PERSON || !a->anaphor || a->dead)
			continue;
		for (k = 0; k < d->nmentions; k++) {
			const vnkg_i_mention *p = &d->mentions[k];
			int match = 0;
			if (p->type != MENTION_PERSON || p->anaphor || p->dead || !p->name)
				continue;
			for (r = 0; r < a->nroles && !match; r++)
				for (q = 0; q < p->nroles && !match; q++)
					match = same_role(d, &a->roles[r], &p->roles[q]);
			if (!match)
				continue;
			if (found == VNKG_I_NO_MENTION || (k < i && (found > i || k > found)))
				found = k;
		}
		if (found == VNKG_I_NO_MENTION) {
			a->dead = 1;
			continue;
		}
		a->name = vnkg_i_strdup(d->mentions[found].name);
		if (d->mentions[found].rank)
			a->rank = vnkg_i_strdup(d->mentions[found].rank);
	}
}
