/* People: a cue (rank, honorific, "đồng chí", "ông/bà", a post before the
 * name), a name of 2 to 5 syllables, and the posts written after it, each at
 * a body. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "extract/xctx.h"
#include "util/util.h"
#include "vnkg/common.h"

/* A person's name at j: 2 to 5 capitalised syllables. */
static size_t match_name(const xctx *x, size_t j)
{
	size_t k = j;

	while (k < x->w.n && k - j < 5) {
		const vnkg_i_word *w = &x->w.w[k];
		if (!w->cap || w->punct || w->num || w->abbr || w->expanded || x->used[k])
			break;
		if (k > j && (vnkg_i_x_is_title_start(x, k) || vnkg_i_x_is_rank_start(x, k) || vnkg_i_x_head_words_at(x, k) > 1))
			break;
		k++;
	}
	if (k - j < 2)
		return 0;
	return k - j;
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
	if (vnkg_i_x_wis(x, j + nl, ",") && vnkg_i_x_is_title_start(x, j + nl + 1))
		return 1;
	/* "Bà Kubo Haruka phát biểu": named so before */
	name = vnkg_i_x_words_text(x, j, j + nl);
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
	if (back) {
		bl = vnkg_i_x_parse_body(x, tend - back, BODY_ALLOW_LOWER, body);
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

/* Roles after a name: ", Bí thư Đảng ủy, Chính ủy TCCNQP", or after "giữ
 * chức" (need_comma 0). Returns the words consumed (0 when no role follows).
 * Roles written without a body share the body of the next role that has one;
 * a body written alone after roles (", Cục Chính trị Quân đoàn") is theirs. */
static size_t parse_roles(xctx *x, size_t j, size_t pm, int need_comma)
{
	size_t k = j, first_role = x->doc->mentions[pm].nroles, r;

	for (;;) {
		size_t tl, body = VNKG_I_NO_MENTION, bl = 0, tstart, tend;
		char *title;
		int comma = vnkg_i_x_wis(x, k, ",");
		if (need_comma && !comma)
			break;
		tstart = comma ? k + 1 : k;
		need_comma = 1;
		tl = vnkg_i_x_match_title(x, tstart);
		if (!tl) {
			/* a body alone: the place of the roles before it */
			size_t mark = x->doc->nmentions, lone = VNKG_I_NO_MENTION;
			vnkg_i_mention *p = &x->doc->mentions[pm];
			if (comma && p->nroles > first_role && p->roles[p->nroles - 1].body == VNKG_I_NO_MENTION) {
				bl = vnkg_i_x_parse_body(x, tstart, 0, &lone);
				if (bl && lone != VNKG_I_NO_MENTION && !vnkg_i_x_is_surname(x, tstart + bl)) {
					p = &x->doc->mentions[pm];
					for (r = p->nroles; r-- > first_role && p->roles[r].body == VNKG_I_NO_MENTION;)
						p->roles[r].body = lone;
					k = tstart + bl;
					continue;
				}
				if (bl)
					vnkg_i_x_rollback(x, mark, tstart, tstart + bl);
			}
			break;
		}
		tend = tstart + tl;
		/* "Trợ lý Tuyên huấn", "Trợ lý Cán bộ": a specialty written after the
		 * title (not after "Trưởng phòng", whose next words name the Phòng) */
		if (!ends_with_body_word(x, tend)) {
			size_t sp = 0, more;
			while (sp < 4 && tend + sp < x->w.n) {
				size_t at = tend + sp;
				if (x->w.w[at].cap && !x->w.w[at].punct && !x->w.w[at].expanded && !vnkg_i_x_is_body_start(x, at) &&
				    !vnkg_i_x_is_title_start(x, at) && !vnkg_i_x_is_surname(x, at)) {
					sp++;
				} else if (sp && !x->w.w[at].cap && (more = vnkg_i_x_nameword_continues(x, at)) > 0) {
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
		if (tl >= 3 && strcmp(x->w.w[tend - 2].lower, "đảng") == 0 && strcmp(x->w.w[tend - 1].lower, "ủy") == 0 &&
		    !(vnkg_i_x_wis(x, tend, ",") && vnkg_i_x_is_title_start(x, tend + 1)))
			tend -= 2;
		bl = post_body(x, tstart, tend, BODY_IN_ROLE, &body);
		title = vnkg_i_x_words_text(x, tstart, tend);
		if (add_role(&x->doc->mentions[pm], title, body) < 0)
			return 0;
		k = tend + bl;
	}
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
			int self_bodied = tl >= 6 && strcmp(t + tl - 6, "ủy viên") == 0;
			if (p->roles[r].body != VNKG_I_NO_MENTION)
				next = p->roles[r].body;
			else if (!self_bodied)
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

/* A person at i. Cues: a rank, "đồng chí", an honorific, a title before the
 * name, or (with a role after it) a name that starts with a family name. */
/* "(đồng chí) <post> <body> <name>": a post, its body and a name that starts
 * with a family name, from word j (the person's span starts at i). */
static size_t post_then_name(xctx *x, size_t i, size_t j, size_t *out)
{
	size_t mark = x->doc->nmentions, tl = vnkg_i_x_match_title(x, j), body = VNKG_I_NO_MENTION, bl, nl, pm, k, rl;

	if (!tl)
		return 0;
	bl = vnkg_i_x_parse_body(x, j + tl, BODY_STOP_AT_SURNAME, &body);
	if (!vnkg_i_x_is_surname(x, j + tl + bl) || !(nl = match_name(x, j + tl + bl))) {
		vnkg_i_x_rollback(x, mark, j + tl, j + tl + bl);
		return 0;
	}
	pm = vnkg_i_x_add_mention(x->doc, MENTION_PERSON, x->si, x->w.w[i].start, x->w.w[j + tl + bl + nl - 1].end, x->s);
	if (pm == VNKG_I_NO_MENTION)
		return 0;
	x->doc->mentions[pm].name = vnkg_i_x_words_text(x, j + tl + bl, j + tl + bl + nl);
	if (add_role(&x->doc->mentions[pm], vnkg_i_x_words_text(x, j, j + tl), body) < 0)
		return 0;
	for (k = i; k < j + tl + bl + nl; k++)
		x->used[k] = 1;
	rl = parse_roles(x, j + tl + bl + nl, pm, 1);
	for (k = j + tl + bl + nl; k < j + tl + bl + nl + rl; k++)
		x->used[k] = 1;
	if (rl)
		x->doc->mentions[pm].end = x->w.w[j + tl + bl + nl + rl - 1].end;
	*out = pm;
	return j + tl + bl + nl + rl - i;
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
		vnkg_i_x_rollback(x, mark, i + tl, i + tl + bl);
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

size_t vnkg_i_x_parse_person(xctx *x, size_t i, size_t *out)
{
	size_t j = i, n, name_at, nl, pm, k, rl;
	char *rank = NULL;
	int cue = 0;
	size_t pre_title_end = 0, pre_body = VNKG_I_NO_MENTION, pre_title_start = 0;

	*out = VNKG_I_NO_MENTION;
	if (i >= x->w.n || x->used[i] ||
	    !(x->w.w[i].cap || (vnkg_i_x_wis(x, i, "đồng") && vnkg_i_x_wis(x, i + 1, "chí")) || vnkg_i_x_wis(x, i, "ngài") ||
	      ((vnkg_i_x_wis(x, i, "ông") || vnkg_i_x_wis(x, i, "bà")) &&
	       (vnkg_i_x_is_surname(x, i + 1) || foreign_name_with_post(x, i + 1)))))
		return 0;
	/* "Phó Chủ tịch UBND tỉnh, đồng chí X": the post before the name */
	n = post_comma_person(x, i, out);
	if (n)
		return n;
	n = vnkg_i_x_match_list(x, j, &vnkg_i_x_ranks, NULL);
	if (n) {
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
	/* "ông Nguyễn Văn A", "Bà Lê Thị B": a name must follow, with its family name */
	if (!cue && (vnkg_i_x_wis(x, j, "ông") || vnkg_i_x_wis(x, j, "bà")) &&
	    (vnkg_i_x_is_surname(x, j + 1) || foreign_name_with_post(x, j + 1))) {
		j += 1;
		cue = 1;
	} else if (!cue && vnkg_i_x_wis(x, j, "ngài") && match_name(x, j + 1)) {
		/* "ngài Yamanaka Shinji": a foreign guest, his name in its own order */
		j += 1;
		cue = 1;
	} else if (!cue && (vnkg_i_x_wis(x, j, "đồng") && vnkg_i_x_wis(x, j + 1, "chí"))) {
		j += 2;
		cue = 1;
		if (vnkg_i_x_is_title_start(x, j)) {
			/* "đồng chí Bí thư Tỉnh ủy Mùa A Sử": a post, then the name */
			n = post_then_name(x, i, j, out);
			if (n) {
				free(rank);
				return n;
			}
			/* "đồng chí Bí thư Tỉnh ủy": named by a post; the article's holder
			 * of that post is found once every sentence has been read */
			free(rank);
			return parse_anaphor(x, i, j, out);
		}
	} else if (cue && vnkg_i_x_wis(x, j, "đồng") && vnkg_i_x_wis(x, j + 1, "chí")) {
		j += 2;
	}
	if (!cue) {
		size_t tl = vnkg_i_x_match_list(x, j, &vnkg_i_x_prename, NULL);
		if (tl) {
			size_t mark = x->doc->nmentions;
			pre_title_start = j;
			pre_title_end = j + tl;
			/* "Phó Thủ tướng Thường trực Lê Văn B" */
			if (vnkg_i_x_wis(x, pre_title_end, "thường") && vnkg_i_x_wis(x, pre_title_end + 1, "trực"))
				pre_title_end += 2;
			n = vnkg_i_x_parse_body(x, pre_title_end, BODY_STOP_AT_SURNAME, &pre_body);
			j = pre_title_end + n;
			if (!vnkg_i_x_is_surname(x, j)) {
				/* undo the body read for a title that names no one */
				vnkg_i_x_rollback(x, mark, pre_title_end, j);
				free(rank);
				return 0;
			}
			cue = 2;
		}
	}
	name_at = j;
	nl = match_name(x, j);
	if (!nl) {
		free(rank);
		return 0;
	}
	if (!cue) {
		/* no cue: a family name first and a post after the name */
		if (!vnkg_i_x_is_surname(x, j) || !vnkg_i_x_wis(x, j + nl, ",") || !vnkg_i_x_is_title_start(x, j + nl + 1)) {
			free(rank);
			return 0;
		}
	}
	pm = vnkg_i_x_add_mention(x->doc, MENTION_PERSON, x->si, x->w.w[i].start, x->w.w[j + nl - 1].end, x->s);
	if (pm == VNKG_I_NO_MENTION) {
		free(rank);
		return 0;
	}
	x->doc->mentions[pm].name = vnkg_i_x_words_text(x, name_at, name_at + nl);
	x->doc->mentions[pm].rank = rank;
	if (cue == 2 && pre_title_end) {
		char *title = vnkg_i_x_words_text(x, pre_title_start, pre_title_end);
		if (add_role(&x->doc->mentions[pm], title, pre_body) < 0)
			return 0;
	}
	for (k = i; k < name_at + nl; k++)
		x->used[k] = 1;
	rl = parse_roles(x, name_at + nl, pm, 1);
	/* "Thiếu tướng X được bầu giữ chức Bí thư Đảng ủy", "... được điều
	 * động, bổ nhiệm giữ chức Phó Tư lệnh Quân khu 7" */
	{
		size_t g = name_at + nl + rl, skip = 0;
		if (vnkg_i_x_wis(x, g, "được")) {
			for (skip = 1; skip < 8 && g + skip < x->w.n; skip++) {
				const vnkg_i_word *w = &x->w.w[g + skip];
				if (vnkg_i_x_wis(x, g + skip, "giữ") || w->cap || x->used[g + skip] ||
				    (w->punct && strcmp(w->text, ",") != 0))
					break;
			}
		}
		if (vnkg_i_x_wis(x, g + skip, "giữ") && vnkg_i_x_wis(x, g + skip + 1, "chức")) {
			size_t more = parse_roles(x, g + skip + 2, pm, 0);
			if (more)
				rl += skip + 2 + more;
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
		if (a->type != MENTION_PERSON || a->nroles)
			continue;
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

/* "các đồng chí Thứ trưởng Bộ Công an: Thượng tướng A, Thượng tướng B": a
 * post written once before a colon is each listed person's. */
void vnkg_i_x_share_colon_roles(xctx *x)
{
	vnkg_i_doc *d = x->doc;
	size_t b, t, k;

	for (b = 0; b < d->nmentions; b++) {
		const vnkg_i_mention *body = &d->mentions[b];
		size_t title_at = VNKG_I_NO_MENTION, tl = 0, prev_end;
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
		for (;;) {
			size_t next = VNKG_I_NO_MENTION;
			for (k = 0; k < d->nmentions; k++) {
				const vnkg_i_mention *m = &d->mentions[k];
				if (m->type == MENTION_PERSON && m->sentence == x->si && m->start >= prev_end &&
				    (next == VNKG_I_NO_MENTION || m->start < d->mentions[next].start))
					next = k;
			}
			if (next == VNKG_I_NO_MENTION || !vnkg_i_x_only_glue(x->s, prev_end, d->mentions[next].start, 1))
				break;
			if (!d->mentions[next].nroles &&
			    add_role(&d->mentions[next], vnkg_i_x_words_text(x, title_at, title_at + tl), b) < 0)
				return;
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
