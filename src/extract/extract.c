/* The extract stage: reads people, bodies, directives, events, places and
 * dates out of an article's sentences, and the relation cues between them.
 *
 * PCRE2 rules (rules.c) find directives, dates, congresses and cue phrases in
 * the sentence text; a word-level reader driven by the lexicon (lexicon.c)
 * finds people (rank, name, roles) and bodies (head-word, qualifier, owner).
 * Nothing here decides what a short name refers to in the corpus: that is the
 * resolve stage's work. */

#include "extract/doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/lexicon.h"
#include "extract/rules.h"
#include "extract/tokens.h"
#include "vnkg/common.h"

#include <utf8proc.h>

/* ------------------------------------------------------------------------ */
/* lexicon in folded form, prepared once by vnkg_i_rules_init's caller */

typedef struct phrase_list {
	char **lower;
	size_t n;
} phrase_list;

static phrase_list lx_ranks, lx_honorifics, lx_titles, lx_prename, lx_surnames, lx_namewords, lx_localities;
static char **lx_heads;
static int lexicon_ready;

static void phrase_list_free(phrase_list *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		free(p->lower[i]);
	free(p->lower);
	p->lower = NULL;
	p->n = 0;
}

static int phrase_list_init(phrase_list *p, const char *const *src)
{
	size_t n = 0, i;

	while (src[n])
		n++;
	p->lower = calloc(n ? n : 1, sizeof(char *));
	if (!p->lower)
		return vnkg_i_oom();
	for (i = 0; i < n; i++) {
		p->lower[i] = vnkg_i_lower(src[i], strlen(src[i]));
		if (!p->lower[i])
			return VNKG_ENOMEM;
		p->n = i + 1;
	}
	return 0;
}

void vnkg_i_extract_shutdown(void)
{
	size_t i;

	phrase_list_free(&lx_ranks);
	phrase_list_free(&lx_honorifics);
	phrase_list_free(&lx_titles);
	phrase_list_free(&lx_prename);
	phrase_list_free(&lx_surnames);
	phrase_list_free(&lx_namewords);
	phrase_list_free(&lx_localities);
	if (lx_heads) {
		for (i = 0; i < vnkg_i_heads_count; i++)
			free(lx_heads[i]);
		free(lx_heads);
		lx_heads = NULL;
	}
	lexicon_ready = 0;
	vnkg_i_rules_free();
}

int vnkg_i_extract_init(void)
{
	size_t i;
	int err;

	if (lexicon_ready)
		return 0;
	err = vnkg_i_rules_init();
	if (err < 0)
		return err;
	if (phrase_list_init(&lx_ranks, vnkg_i_ranks) < 0 || phrase_list_init(&lx_honorifics, vnkg_i_honorifics) < 0 ||
	    phrase_list_init(&lx_titles, vnkg_i_titles) < 0 || phrase_list_init(&lx_prename, vnkg_i_prename_titles) < 0 ||
	    phrase_list_init(&lx_surnames, vnkg_i_surnames) < 0 ||
	    phrase_list_init(&lx_namewords, vnkg_i_name_words) < 0 ||
	    phrase_list_init(&lx_localities, vnkg_i_localities) < 0)
		goto fail;
	lx_heads = calloc(vnkg_i_heads_count, sizeof(char *));
	if (!lx_heads)
		goto fail;
	for (i = 0; i < vnkg_i_heads_count; i++) {
		lx_heads[i] = vnkg_i_lower(vnkg_i_heads[i].words, strlen(vnkg_i_heads[i].words));
		if (!lx_heads[i])
			goto fail;
	}
	lexicon_ready = 1;
	return 0;
fail:
	vnkg_i_extract_shutdown();
	return vnkg_i_oom();
}

/* memmem is not in C11: the first occurrence of needle in hay[0..n). */
static const char *find_bytes(const char *hay, size_t n, const char *needle, size_t nn)
{
	size_t i;

	if (nn == 0 || nn > n)
		return NULL;
	for (i = 0; i + nn <= n; i++)
		if (hay[i] == needle[0] && memcmp(hay + i, needle, nn) == 0)
			return hay + i;
	return NULL;
}

/* ------------------------------------------------------------------------ */
/* the doc */

static size_t add_mention(vnkg_i_doc *d, vnkg_i_mention_type type, size_t sent, size_t start, size_t end,
			  const char *sentence)
{
	vnkg_i_mention *m;

	if (d->nmentions == d->cap_mentions) {
		size_t cap = d->cap_mentions ? d->cap_mentions * 2 : 64;
		vnkg_i_mention *p = realloc(d->mentions, cap * sizeof(*p));
		if (!p)
			return VNKG_I_NO_MENTION;
		d->mentions = p;
		d->cap_mentions = cap;
	}
	m = &d->mentions[d->nmentions];
	memset(m, 0, sizeof(*m));
	m->type = type;
	m->sentence = sent;
	m->start = start;
	m->end = end;
	m->head = -1;
	m->owner = VNKG_I_NO_MENTION;
	m->issuer = VNKG_I_NO_MENTION;
	m->ref = d->nmentions;
	m->surface = vnkg_i_strndup(sentence + start, end - start);
	if (!m->surface)
		return VNKG_I_NO_MENTION;
	return d->nmentions++;
}

static int add_relation(vnkg_i_doc *d, const char *rel, size_t from, size_t to, size_t sent, const char *role,
			const char *rank)
{
	vnkg_i_relation *r;
	size_t i;

	if (from == VNKG_I_NO_MENTION || to == VNKG_I_NO_MENTION || from == to)
		return 0;
	for (i = 0; i < d->nrelations; i++) {
		r = &d->relations[i];
		if (r->from == from && r->to == to && strcmp(r->relation, rel) == 0 &&
		    strcmp(r->role ? r->role : "", role ? role : "") == 0)
			return 0;
	}
	if (d->nrelations == d->cap_relations) {
		size_t cap = d->cap_relations ? d->cap_relations * 2 : 64;
		vnkg_i_relation *p = realloc(d->relations, cap * sizeof(*p));
		if (!p)
			return vnkg_i_oom();
		d->relations = p;
		d->cap_relations = cap;
	}
	r = &d->relations[d->nrelations];
	memset(r, 0, sizeof(*r));
	r->relation = rel;
	r->from = from;
	r->to = to;
	r->sentence = sent;
	r->role = role ? vnkg_i_strdup(role) : NULL;
	r->rank = rank ? vnkg_i_strdup(rank) : NULL;
	d->nrelations++;
	return 0;
}

static void free_mention(vnkg_i_mention *m);

void vnkg_i_doc_free(vnkg_i_doc *d)
{
	size_t i;

	if (!d)
		return;
	for (i = 0; i < d->nmentions; i++)
		free_mention(&d->mentions[i]);
	free(d->mentions);
	for (i = 0; i < d->nrelations; i++) {
		free(d->relations[i].role);
		free(d->relations[i].rank);
	}
	free(d->relations);
	free(d->event_date);
	free(d->event_precision);
	free(d->sent_event);
	vnkg_i_strvec_free(&d->abbr_keys);
	vnkg_i_strvec_free(&d->abbr_words);
	free(d);
}

/* ------------------------------------------------------------------------ */
/* per-sentence reading context */

typedef struct xctx {
	vnkg_i_doc *doc;
	pcre2_match_data *md;
	const char *s;      /* the sentence */
	size_t len;
	size_t si;          /* its index */
	vnkg_i_words w;
	unsigned char *used;
} xctx;

static const char *lookup_abbr(const char *abbr, void *payload)
{
	const vnkg_i_doc *d = payload;
	size_t i;

	for (i = 0; i < d->abbr_keys.len; i++)
		if (strcmp(d->abbr_keys.items[i], abbr) == 0)
			return d->abbr_words.items[i];
	for (i = 0; i < vnkg_i_abbrs_count; i++)
		if (strcmp(vnkg_i_abbrs[i].abbr, abbr) == 0)
			return vnkg_i_abbrs[i].words;
	return NULL;
}

static int wis(const xctx *x, size_t i, const char *lower)
{
	return i < x->w.n && strcmp(x->w.w[i].lower, lower) == 0;
}

static size_t match_list(const xctx *x, size_t i, const phrase_list *p, size_t *which)
{
	size_t best = 0, k;

	for (k = 0; k < p->n; k++) {
		size_t n = vnkg_i_words_match(&x->w, i, p->lower[k]);
		if (n > best) {
			best = n;
			if (which)
				*which = k;
		}
	}
	return best;
}

/* Longest head-word at i; a "(ABBR)" right after a head's words is skipped
 * as part of it. Returns the words consumed and the head in *h. */
static size_t match_head(const xctx *x, size_t i, int *h)
{
	size_t best = 0, k;

	*h = -1;
	for (k = 0; k < vnkg_i_heads_count; k++) {
		size_t n = vnkg_i_words_match(&x->w, i, lx_heads[k]);
		if (n > best) {
			best = n;
			*h = (int)k;
		}
	}
	return best;
}

static int is_head_start(const xctx *x, size_t i)
{
	int h;

	return i < x->w.n && x->w.w[i].cap && match_head(x, i, &h) > 0;
}

/* How many words the head-word at i has (0 when none): "Khoa" and "Trường"
 * are heads of one word that are also given names. */
static size_t head_words_at(const xctx *x, size_t i)
{
	int h;

	if (i >= x->w.n || !x->w.w[i].cap)
		return 0;
	return match_head(x, i, &h);
}

static int is_surname(const xctx *x, size_t i)
{
	return i < x->w.n && x->w.w[i].cap && match_list(x, i, &lx_surnames, NULL) == 1;
}

static char *words_text(const xctx *x, size_t from, size_t to)
{
	vnkg_buf b = VNKG_BUF_INIT;
	size_t i;

	for (i = from; i < to; i++) {
		const vnkg_i_word *w = &x->w.w[i];
		int glue = i > from && (w->punct && (strcmp(w->text, ",") == 0 || strcmp(w->text, ")") == 0));
		int after_open = i > from && strcmp(x->w.w[i - 1].text, "(") == 0;
		if (i > from && !glue && !after_open)
			vnkg_i_buf_putc(&b, ' ');
		vnkg_i_buf_puts(&b, w->text);
	}
	return vnkg_i_buf_detach(&b);
}

/* Skips a "(ABBR)" at i: returns 3 when the words at i are "(", one
 * all-caps token, ")"; else 0. */
static size_t paren_abbr(const xctx *x, size_t i)
{
	size_t j = i + 1;

	if (!wis(x, i, "("))
		return 0;
	while (j < x->w.n && x->w.w[j].orig == x->w.w[i + 1].orig && !x->w.w[j].punct)
		j++;
	if (j == i + 1 || !wis(x, j, ")"))
		return 0;
	if (!x->w.w[i + 1].abbr && !x->w.w[i + 1].expanded)
		return 0;
	return j + 1 - i;
}

/* ------------------------------------------------------------------------ */
/* bodies */

enum {
	BODY_STOP_AT_SURNAME = 1, /* "Bộ Tài chính Lê Văn Tường": the name ends before a person */
	BODY_ALLOW_LOWER = 2      /* "phòng Tham mưu" after a title ending in "phòng" */
};

static size_t parse_body(xctx *x, size_t i, int flags, size_t *out);
static int is_surname(const xctx *x, size_t i);
static void rollback(xctx *x, size_t mark, size_t a, size_t b);

static int is_title_start(const xctx *x, size_t i);
static int is_rank_start(const xctx *x, size_t i);

static size_t proper_run(const xctx *x, size_t j, size_t max)
{
	size_t k = j;

	while (k < x->w.n && k - j < max) {
		const vnkg_i_word *w = &x->w.w[k];
		if (!w->cap || w->punct || w->num || is_head_start(x, k) || is_title_start(x, k))
			break;
		k++;
	}
	return k - j;
}

/* Lower-case words at kk that continue a name: a lexicon phrase starting
 * there, or one that started at the word or two before ("Tài chính",
 * "Tâm lý học"). Returns the words to take. */
static size_t nameword_continues(const xctx *x, size_t kk)
{
	size_t back, n;

	for (back = 0; back <= 2 && back <= kk; back++) {
		n = match_list(x, kk - back, &lx_namewords, NULL);
		if (n > back)
			return n - back;
	}
	return 0;
}

/* How large a unit a head-word names, for "Trung đoàn 152, Sư đoàn 328"
 * (the second contains the first); 0 for committees and parts. */
static int unit_level(int h)
{
	static const struct {
		const char *words;
		int level;
	} levels[] = {
		{"Trung đội", 1}, {"Đại đội", 1}, {"Tiểu đoàn", 2}, {"Trung đoàn", 3}, {"Hải đội", 3},
		{"Đồn Biên phòng", 3}, {"Đồn Công an", 3}, {"Phòng", 3}, {"Bệnh xá", 3}, {"Khoa", 3},
		{"Lữ đoàn", 4}, {"Sư đoàn", 4}, {"Hải đoàn", 4}, {"Ban Chỉ huy Quân sự", 4},
		{"Quân đoàn", 5}, {"Binh đoàn", 5}, {"Binh chủng", 5}, {"Quân chủng", 5}, {"Quân khu", 5},
		{"Vùng", 5}, {"Vùng Cảnh sát biển", 5}, {"Bộ Tư lệnh", 5}, {"Bộ Chỉ huy Quân sự", 5},
		{"Bộ đội Biên phòng", 5}, {"Bộ Chỉ huy Bộ đội Biên phòng", 5}, {"Công an", 5}, {"Học viện", 5},
		{"Trường", 5}, {"Trường Sĩ quan", 5}, {"Cục", 5}, {"Bệnh viện", 5}, {"Sở", 5},
		{"Cục Chính trị", 5}, {"Cục Hậu cần", 5}, {"Cục Kỹ thuật", 5}, {"Cục Hậu cần - Kỹ thuật", 5},
		{"Bộ Tham mưu", 5}, {"Phòng Chính trị", 3}, {"Phòng Tham mưu", 3}, {"Phòng Hậu cần", 3},
		{"Phòng Kỹ thuật", 3},
		{"Tổng cục", 6}, {"Tổng cục Chính trị", 6}, {"Tổng cục Hậu cần", 6}, {"Tổng cục Kỹ thuật", 6},
		{"Tổng cục Tình báo", 6}, {"Bộ Tổng Tham mưu", 6}, {"Bộ Tư lệnh Bộ đội Biên phòng", 6},
		{"Bộ Tư lệnh Cảnh sát biển", 6}, {"Bộ", 7}, {"Bộ Quốc phòng", 7}, {"Bộ Công an", 7},
	};
	size_t i;

	if (h < 0)
		return 0;
	for (i = 0; i < sizeof(levels) / sizeof(levels[0]); i++)
		if (strcmp(levels[i].words, vnkg_i_heads[h].words) == 0)
			return levels[i].level;
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
			if (pn - k == pref[p] && is_surname(x, j + k))
				return k;
	/* a name alone: after a locality word ("tỉnh Vàng Seo Pao"), or a run of
	 * three syllables or more (places are mostly of two) */
	if ((allow_empty ? pn >= 2 : pn >= 3) && pn <= 5 && is_surname(x, j))
		return 0;
	return pn;
}

static size_t parse_body(xctx *x, size_t i, int flags, size_t *out)
{
	int h;
	size_t hl, j, qstart = 0, qend = 0, m, owner = VNKG_I_NO_MENTION, k;
	const vnkg_i_head *head;
	char *locality = NULL;
	int bare = 0, owner_outside = 0;
	size_t paren_alias_end = 0;

	*out = VNKG_I_NO_MENTION;
	if (i >= x->w.n || x->used[i] || x->w.w[i].punct)
		return 0;
	if (!x->w.w[i].cap && !(flags & BODY_ALLOW_LOWER))
		return 0;
	hl = match_head(x, i, &h);
	if (!hl)
		return 0;
	head = &vnkg_i_heads[h];
	j = i + hl;
	j += paren_abbr(x, j);
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
	/* "Đảng bộ Quân sự địa phương": an owner we cannot read; better no body
	 * than a guess */
	if (head->kind == HEAD_OWNED && j < x->w.n && x->w.w[j].cap && !x->w.w[j].punct && !is_head_start(x, j) &&
	    !is_surname(x, j) && !is_title_start(x, j) && !is_rank_start(x, j))
		return 0;
	/* "Ban Thường vụ các tỉnh", "Ban Tổ chức 9 tỉnh": a kind of body, not one */
	if (head->kind == HEAD_OWNED &&
	    (wis(x, j, "các") || wis(x, j, "những") || (j < x->w.n && x->w.w[j].num)))
		return 0;
	switch (head->kind) {
	case HEAD_FIXED:
		if (head->national) {
			size_t n = vnkg_i_words_match(&x->w, j, "quân đội nhân dân việt nam");
			if (!n && strcmp(head->words, "Quân đội") != 0)
				n = vnkg_i_words_match(&x->w, j, "quân đội nhân dân");
			j += n;
		}
		break;
	case HEAD_NUMBERED:
		if (j < x->w.n && x->w.w[j].num) {
			size_t more;
			qstart = j;
			qend = ++j;
			/* "Vùng 3 Hải quân" */
			while (j < x->w.n && x->w.w[j].cap && (more = nameword_continues(x, j)) > 0)
				qend = j += more;
		} else if (i == 0 && !(j < x->w.n && x->w.w[j].punct)) {
			return 0; /* "Vùng biên giới ..." opening a sentence */
		} else {
			bare = 1;
		}
		break;
	case HEAD_LOCAL: {
		size_t which = 0, ln = match_list(x, j, &lx_localities, &which);
		size_t pn;
		if (ln && wis(x, j, "xã") && !x->w.w[j + 1].cap)
			ln = 0;
		if (ln) {
			locality = words_text(x, j, j + ln);
			pn = proper_run(x, j + ln, 7);
			if (flags & BODY_STOP_AT_SURNAME)
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
			if (pn && ((flags & BODY_STOP_AT_SURNAME) || !is_surname(x, j + pn))) {
				qstart = j;
				qend = j + pn;
				j = qend;
			} else if (strstr(head->words, "ủy") || strcmp(head->words, "Bộ đội Biên phòng") == 0) {
				bare = strcmp(head->words, "Bộ đội Biên phòng") != 0;
			} else {
				return 0;
			}
		}
		break;
	}
	case HEAD_NAMED: {
		size_t kk = j;
		if (kk < x->w.n && x->w.w[kk].cap && !x->w.w[kk].punct && !is_head_start(x, kk) &&
		    !is_title_start(x, kk) && !is_surname(x, kk)) {
			int lowered = 0;
			while (kk < x->w.n && kk - j < 14) {
				const vnkg_i_word *w = &x->w.w[kk];
				size_t n;
				/* capitals continue a name until it has gone on in lower case:
				 * "Công nghiệp quốc phòng" ends there, "... Việt Nam" goes on below */
				if (w->cap && !w->punct && !lowered && !(kk > j && is_head_start(x, kk)) &&
				    !((flags & BODY_STOP_AT_SURNAME) && kk > j && is_surname(x, kk))) {
					kk++;
					continue;
				}
				/* a body's own head starts its owner: "Phòng Cảnh sát hình sự Công an tỉnh" */
				if (w->cap && kk > j && is_head_start(x, kk))
					break;
				n = nameword_continues(x, kk);
				if (n) {
					if (!w->cap)
						lowered = 1;
					kk += n;
					continue;
				}
				if (wis(x, kk, "và") && kk + 1 < x->w.n && x->w.w[kk + 1].cap &&
				    !is_head_start(x, kk + 1) && !is_surname(x, kk + 1) && !is_rank_start(x, kk + 1) &&
				    !is_title_start(x, kk + 1)) {
					kk += 2;
					continue;
				}
				/* "Phòng Cảnh sát quản lý hành chính về trật tự xã hội" */
				if (lowered && wis(x, kk, "về") && (n = nameword_continues(x, kk + 1)) > 0 &&
				    kk + 1 < x->w.n && !x->w.w[kk + 1].cap) {
					kk += 1 + n;
					continue;
				}
				if (wis(x, kk, "-") && kk + 1 < x->w.n && x->w.w[kk + 1].cap) {
					kk += 2;
					continue;
				}
				break;
			}
			/* Vietnamese names are of words of two syllables: one capital
			 * followed by running text ("Khoa Công tác ...") is a name we
			 * cannot read to its end */
			if (kk == j + 1 && kk < x->w.n && !x->w.w[kk].cap && !x->w.w[kk].punct)
				return 0;
			qstart = j;
			qend = kk;
			j = kk;
		} else if (head->unit && strcmp(head->words, "Bộ") != 0 && strcmp(head->words, "Trường") != 0 &&
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
		size_t which = 0, ln = match_list(x, j, &lx_localities, &which);
		if (ln && !x->w.w[j].cap) {
			size_t pn = proper_run(x, j + ln, 4);
			locality = words_text(x, j, j + ln);
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
		size_t mark = x->doc->nmentions, n = parse_body(x, j, flags & ~BODY_ALLOW_LOWER, &owner);
		if (n && owner != VNKG_I_NO_MENTION) {
			const vnkg_i_mention *om = &x->doc->mentions[owner];
			int own = unit_level(h), theirs = unit_level(om->head);
			/* a unit is owned only by a larger unit ("Bệnh xá Học viện",
			 * "Cục Tuyên huấn Tổng cục Chính trị"), not by a committee */
			if ((head->kind != HEAD_OWNED && own && theirs && theirs <= own) ||
			    (head->kind == HEAD_NUMBERED && vnkg_i_heads[om->head].kind == HEAD_OWNED)) {
				rollback(x, mark, j, j + n);
				owner = VNKG_I_NO_MENTION;
			} else {
				j += n;
			}
		}
		if (head->kind == HEAD_OWNED && owner == VNKG_I_NO_MENTION && !(qend > qstart))
			bare = 1;
	}
	/* "Học viện Chính trị (Bộ Quốc phòng)": an owner in brackets */
	if (owner == VNKG_I_NO_MENTION && wis(x, j, "(") && !paren_abbr(x, j)) {
		size_t mark = x->doc->nmentions, inner = VNKG_I_NO_MENTION, n = parse_body(x, j + 1, flags, &inner);
		if (n && wis(x, j + 1 + n, ")")) {
			const vnkg_i_mention *im = &x->doc->mentions[inner];
			const vnkg_i_head *ih = &vnkg_i_heads[im->head];
			const char *icanon = ih->canonical ? ih->canonical : ih->words;
			if (im->head == h || strcmp(icanon, head->words) == 0 ||
			    (ih->kind == head->kind && head->kind != HEAD_FIXED && im->bare)) {
				/* "(Bộ CHQS tỉnh)", "(BTL Thủ đô)": the same body by a shorter name */
				rollback(x, mark, j + 1, j + 1 + n);
				paren_alias_end = j + n + 2;
			} else {
				owner = inner;
				owner_outside = 1;
			}
			j += n + 2;
		} else if (n) {
			rollback(x, mark, j + 1, j + 1 + n);
		}
	}
	/* "Trung đoàn 152, Sư đoàn 328": a larger unit after a comma contains it */
	if (owner == VNKG_I_NO_MENTION && unit_level(h) && wis(x, j, ",")) {
		size_t mark = x->doc->nmentions, outer = VNKG_I_NO_MENTION, n = parse_body(x, j + 1, flags, &outer);
		if (n && outer != VNKG_I_NO_MENTION && unit_level(x->doc->mentions[outer].head) > unit_level(h) &&
		    !x->doc->mentions[outer].bare) {
			owner = outer;
			owner_outside = 1;
			j += 1 + n;
		} else if (n) {
			rollback(x, mark, j + 1, j + 1 + n);
		}
	}
	/* "Đảng ủy, Bộ Tư lệnh Thủ đô": the committee of the unit named next */
	if (owner == VNKG_I_NO_MENTION && bare && head->kind == HEAD_OWNED && !locality && wis(x, j, ",")) {
		size_t mark = x->doc->nmentions, unit = VNKG_I_NO_MENTION, n = parse_body(x, j + 1, flags, &unit);
		if (n && unit != VNKG_I_NO_MENTION && unit_level(x->doc->mentions[unit].head)) {
			/* "Đảng ủy, Bộ Tư lệnh Quân khu 2" is Quân khu 2's Đảng ủy */
			const vnkg_i_mention *um = &x->doc->mentions[unit];
			owner = um->owner != VNKG_I_NO_MENTION && !um->owner_outside ? um->owner : unit;
			bare = 0;
		} else if (n) {
			rollback(x, mark, j + 1, j + 1 + n);
		}
	}
	if (j > x->w.n)
		j = x->w.n;
	m = add_mention(x->doc, MENTION_BODY, x->si, x->w.w[i].start,
			x->w.w[(paren_alias_end ? paren_alias_end : j) - 1].end, x->s);
	if (paren_alias_end && m != VNKG_I_NO_MENTION) {
		/* the span ends at the name, the alias in brackets is kept as written */
		free(x->doc->mentions[m].surface);
		x->doc->mentions[m].surface = vnkg_i_strndup(x->s + x->w.w[i].start,
							     x->w.w[paren_alias_end - 1].end - x->w.w[i].start);
	}
	if (m == VNKG_I_NO_MENTION) {
		free(locality);
		return 0;
	}
	{
		vnkg_i_mention *mm = &x->doc->mentions[m];
		mm->head = h;
		mm->qualifier = qend > qstart ? words_text(x, qstart, qend) : vnkg_i_strdup("");
		mm->locality = locality ? locality : vnkg_i_strdup("");
		mm->owner = owner;
		mm->owner_outside = owner_outside;
		mm->bare = bare;
		mm->name = vnkg_i_strdup(head->canonical ? head->canonical : head->words);
	}
	for (k = i; k < j; k++)
		x->used[k] = 1;
	*out = m;
	return j - i;
}

/* ------------------------------------------------------------------------ */
/* people */

/* A title at i: optional "Phó", a title of the lexicon, optional "Thường trực".
 * Returns the words consumed. */
static size_t match_title(const xctx *x, size_t i)
{
	size_t j = i, n;

	if (i >= x->w.n || !x->w.w[i].cap)
		return 0;
	if (wis(x, j, "phó"))
		j++;
	n = match_list(x, j, &lx_titles, NULL);
	if (!n) {
		/* "Phó Tư lệnh" is in the list as "Tư lệnh"; a bare "Phó" is not a title */
		return 0;
	}
	j += n;
	if (wis(x, j, "thường") && wis(x, j + 1, "trực"))
		j += 2;
	return j - i;
}

static int is_title_start(const xctx *x, size_t i)
{
	return match_title(x, i) > 0;
}

static int is_rank_start(const xctx *x, size_t i)
{
	return i < x->w.n && x->w.w[i].cap && match_list(x, i, &lx_ranks, NULL) > 0;
}

/* A person's name at j: 2 to 5 capitalised syllables. */
static size_t match_name(const xctx *x, size_t j)
{
	size_t k = j;

	while (k < x->w.n && k - j < 5) {
		const vnkg_i_word *w = &x->w.w[k];
		if (!w->cap || w->punct || w->num || w->abbr || w->expanded || x->used[k])
			break;
		if (k > j && (is_title_start(x, k) || is_rank_start(x, k) || head_words_at(x, k) > 1))
			break;
		k++;
	}
	if (k - j < 2)
		return 0;
	return k - j;
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
		int comma = wis(x, k, ",");
		if (need_comma && !comma)
			break;
		tstart = comma ? k + 1 : k;
		need_comma = 1;
		tl = match_title(x, tstart);
		if (!tl) {
			/* a body alone: the place of the roles before it */
			size_t mark = x->doc->nmentions, lone = VNKG_I_NO_MENTION;
			vnkg_i_mention *p = &x->doc->mentions[pm];
			if (comma && p->nroles > first_role && p->roles[p->nroles - 1].body == VNKG_I_NO_MENTION) {
				bl = parse_body(x, tstart, 0, &lone);
				if (bl && lone != VNKG_I_NO_MENTION && !is_surname(x, tstart + bl)) {
					p = &x->doc->mentions[pm];
					for (r = p->nroles; r-- > first_role && p->roles[r].body == VNKG_I_NO_MENTION;)
						p->roles[r].body = lone;
					k = tstart + bl;
					continue;
				}
				if (bl)
					rollback(x, mark, tstart, tstart + bl);
			}
			break;
		}
		tend = tstart + tl;
		/* "Trợ lý Tuyên huấn", "Trợ lý Cán bộ": a specialty written after the title */
		{
			size_t sp = 0, more;
			while (sp < 4 && tend + sp < x->w.n) {
				size_t at = tend + sp;
				if (x->w.w[at].cap && !x->w.w[at].punct && !x->w.w[at].expanded && !is_head_start(x, at) &&
				    !is_title_start(x, at) && !is_surname(x, at)) {
					sp++;
				} else if (sp && !x->w.w[at].cap && (more = nameword_continues(x, at)) > 0) {
					sp += more;
				} else {
					break;
				}
			}
			if (sp && (wis(x, tend + sp, ",") || wis(x, tend + sp, ";")))
				tend += sp;
		}
		/* "Bí thư Đảng ủy, Chính ủy X" is one compound title shared with the next
		 * role; "Bí thư Đảng ủy Quân đoàn" and "... giữ chức Bí thư Đảng ủy." are
		 * the secretary of a Đảng ủy */
		if (tl >= 3 && strcmp(x->w.w[tend - 2].lower, "đảng") == 0 && strcmp(x->w.w[tend - 1].lower, "ủy") == 0 &&
		    !(wis(x, tend, ",") && is_title_start(x, tend + 1)))
			tend -= 2;
		/* "Trưởng Ban Tuyên giáo": the title's last word is the body's head */
		{
			const char *last = x->w.w[tend - 1].lower;
			if ((strcmp(last, "ban") == 0 || strcmp(last, "phòng") == 0 || strcmp(last, "khoa") == 0) &&
			    tend - tstart >= 2) {
				bl = parse_body(x, tend - 1, BODY_ALLOW_LOWER, &body);
				if (bl)
					bl -= 1;
			}
		}
		if (!bl)
			bl = parse_body(x, tend, 0, &body);
		title = words_text(x, tstart, tend);
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
	/* "Trung đoàn trưởng" alone: the head of the article's Trung đoàn */
	{
		size_t nr = x->doc->mentions[pm].nroles;
		for (r = first_role; r < nr; r++) {
			vnkg_i_mention *p = &x->doc->mentions[pm];
			const char *t = p->roles[r].title;
			size_t tl, k2;
			if (p->roles[r].body != VNKG_I_NO_MENTION)
				continue;
			if (strncmp(t, "Phó ", 4) == 0)
				t += 4;
			tl = strlen(t);
			if (tl < 10 || strcmp(t + tl - strlen(" trưởng"), " trưởng") != 0)
				continue;
			for (k2 = 0; k2 < vnkg_i_heads_count; k2++) {
				const vnkg_i_head *hh = &vnkg_i_heads[k2];
				size_t unit;
				if (hh->kind != HEAD_NUMBERED || strlen(hh->words) != tl - strlen(" trưởng") ||
				    strncmp(hh->words, t, tl - strlen(" trưởng")) != 0)
					continue;
				unit = add_mention(x->doc, MENTION_BODY, x->si, p->start, p->start, x->s);
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
				p->roles[r].body = unit;
				break;
			}
		}
	}
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

static void free_mention(vnkg_i_mention *m)
{
	size_t k;

	free(m->surface);
	free(m->name);
	free(m->rank);
	for (k = 0; k < m->nroles; k++)
		free(m->roles[k].title);
	free(m->roles);
	free(m->qualifier);
	free(m->locality);
	free(m->kind);
	free(m->number);
	free(m->code);
	free(m->date);
	free(m->term);
	free(m->date_precision);
}

/* Forgets the mentions added since `mark` and frees words [a, b) again. */
static void rollback(xctx *x, size_t mark, size_t a, size_t b)
{
	size_t k;

	while (x->doc->nmentions > mark)
		free_mention(&x->doc->mentions[--x->doc->nmentions]);
	for (k = a; k < b && k < x->w.n; k++)
		x->used[k] = 0;
}

static size_t parse_anaphor(xctx *x, size_t i, size_t j, size_t *out)
{
	size_t pm = add_mention(x->doc, MENTION_PERSON, x->si, x->w.w[i].start, x->w.w[j].end, x->s), rl, k;

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
static size_t parse_person(xctx *x, size_t i, size_t *out)
{
	size_t j = i, n, name_at, nl, pm, k, rl;
	char *rank = NULL;
	int cue = 0;
	size_t pre_title_end = 0, pre_body = VNKG_I_NO_MENTION, pre_title_start = 0;

	*out = VNKG_I_NO_MENTION;
	if (i >= x->w.n || x->used[i] ||
	    !(x->w.w[i].cap || (wis(x, i, "đồng") && wis(x, i + 1, "chí")) ||
	      ((wis(x, i, "ông") || wis(x, i, "bà")) && is_surname(x, i + 1))))
		return 0;
	n = match_list(x, j, &lx_ranks, NULL);
	if (n) {
		rank = words_text(x, j, j + n);
		j += n;
		cue = 1;
	}
	/* honorifics: "Thiếu tướng, PGS, TS Nguyễn Văn Khương" */
	for (;;) {
		size_t jj = j;
		if (wis(x, jj, ",") && cue)
			jj++;
		n = match_list(x, jj, &lx_honorifics, NULL);
		if (!n)
			break;
		j = jj + n;
		cue = 1;
	}
	/* "ông Nguyễn Văn A", "Bà Lê Thị B": a name must follow, with its family name */
	if (!cue && (wis(x, j, "ông") || wis(x, j, "bà")) && is_surname(x, j + 1)) {
		j += 1;
		cue = 1;
	} else if (!cue && (wis(x, j, "đồng") && wis(x, j + 1, "chí"))) {
		j += 2;
		cue = 1;
		if (is_title_start(x, j)) {
			/* "đồng chí Bí thư Tỉnh ủy": named by a post; the article's holder
			 * of that post is found once every sentence has been read */
			free(rank);
			return parse_anaphor(x, i, j, out);
		}
	} else if (cue && wis(x, j, "đồng") && wis(x, j + 1, "chí")) {
		j += 2;
	}
	if (!cue) {
		size_t tl = match_list(x, j, &lx_prename, NULL);
		if (tl) {
			size_t mark = x->doc->nmentions;
			pre_title_start = j;
			pre_title_end = j + tl;
			/* "Phó Thủ tướng Thường trực Lê Văn B" */
			if (wis(x, pre_title_end, "thường") && wis(x, pre_title_end + 1, "trực"))
				pre_title_end += 2;
			n = parse_body(x, pre_title_end, BODY_STOP_AT_SURNAME, &pre_body);
			j = pre_title_end + n;
			if (!is_surname(x, j)) {
				/* undo the body read for a title that names no one */
				rollback(x, mark, pre_title_end, j);
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
		if (!is_surname(x, j) || !wis(x, j + nl, ",") || !is_title_start(x, j + nl + 1)) {
			free(rank);
			return 0;
		}
	}
	pm = add_mention(x->doc, MENTION_PERSON, x->si, x->w.w[i].start, x->w.w[j + nl - 1].end, x->s);
	if (pm == VNKG_I_NO_MENTION) {
		free(rank);
		return 0;
	}
	x->doc->mentions[pm].name = words_text(x, name_at, name_at + nl);
	x->doc->mentions[pm].rank = rank;
	if (cue == 2 && pre_title_end) {
		char *title = words_text(x, pre_title_start, pre_title_end);
		if (add_role(&x->doc->mentions[pm], title, pre_body) < 0)
			return 0;
	}
	for (k = i; k < name_at + nl; k++)
		x->used[k] = 1;
	rl = parse_roles(x, name_at + nl, pm, 1);
	/* "Thiếu tướng X được bầu giữ chức Bí thư Đảng ủy" */
	{
		size_t g = name_at + nl + rl, skip = 0;
		if (wis(x, g, "được") && (wis(x, g + 1, "bầu") || wis(x, g + 1, "giao")))
			skip = 2;
		else if (wis(x, g, "được") && wis(x, g + 1, "bổ") && wis(x, g + 2, "nhiệm"))
			skip = 3;
		if (wis(x, g + skip, "giữ") && wis(x, g + skip + 1, "chức")) {
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

/* ------------------------------------------------------------------------ */
/* directives */

static const char *ordinal_number(const char *w)
{
	static const struct {
		const char *word;
		const char *num;
	} ord[] = {{"nhất", "1"}, {"hai", "2"}, {"ba", "3"}, {"tư", "4"}, {"bốn", "4"}, {"năm", "5"},
		   {"sáu", "6"}, {"bảy", "7"}, {"tám", "8"}, {"chín", "9"}, {"mười", "10"},
		   {"mười một", "11"}, {"mười hai", "12"}, {"mười ba", "13"}, {"mười bốn", "14"},
		   {"mười lăm", "15"}};
	size_t i;

	for (i = 0; i < sizeof(ord) / sizeof(ord[0]); i++)
		if (strcmp(ord[i].word, w) == 0)
			return ord[i].num;
	return w;
}

static size_t word_at(const xctx *x, size_t byte)
{
	size_t i;

	for (i = 0; i < x->w.n; i++)
		if (x->w.w[i].start >= byte)
			return i;
	return x->w.n;
}

static void mark_span(xctx *x, size_t start, size_t end)
{
	size_t i;

	for (i = 0; i < x->w.n; i++)
		if (x->w.w[i].start >= start && x->w.w[i].end <= end)
			x->used[i] = 1;
}

static char *sub(const char *s, size_t a, size_t b)
{
	return vnkg_i_strndup(s + a, b - a);
}

static char *iso_date(const char *s, const PCRE2_SIZE *ov, int gd, int gm, int gy)
{
	size_t a, b;
	long d = 0, m = 0, y = 0;
	char buf[32];

	if (vnkg_i_group(ov, gd, &a, &b))
		d = strtol(s + a, NULL, 10);
	if (vnkg_i_group(ov, gm, &a, &b))
		m = strtol(s + a, NULL, 10);
	if (vnkg_i_group(ov, gy, &a, &b))
		y = strtol(s + a, NULL, 10);
	if (y < 1900 || m < 1 || m > 12 || d < 1 || d > 31)
		return vnkg_i_strdup("");
	snprintf(buf, sizeof(buf), "%04ld-%02ld-%02ld", y, m, d);
	return vnkg_i_strdup(buf);
}

/* After a directive: "của <body>" (with "ngày ..." already consumed), and a
 * "khóa XII" after the issuer. */
static void read_issuer(xctx *x, size_t dm, size_t after)
{
	size_t wi = word_at(x, after), n, issuer = VNKG_I_NO_MENTION;

	if (!wis(x, wi, "của"))
		return;
	/* "của Tư lệnh Quân đoàn": the post's body issues it */
	{
		size_t tl = match_title(x, wi + 1);
		if (tl && is_head_start(x, wi + 1 + tl)) {
			x->used[wi] = 1;
			wi += tl;
		}
	}
	n = parse_body(x, wi + 1, 0, &issuer);
	if (!n || issuer == VNKG_I_NO_MENTION) {
		size_t k;
		/* the issuer may have been read already (a list of directives) */
		for (k = 0; k < x->doc->nmentions; k++) {
			const vnkg_i_mention *m = &x->doc->mentions[k];
			if (m->type == MENTION_BODY && m->sentence == x->si && wi + 1 < x->w.n &&
			    m->start == x->w.w[wi + 1].start) {
				issuer = k;
				break;
			}
		}
		if (issuer == VNKG_I_NO_MENTION)
			return;
	}
	x->doc->mentions[dm].issuer = issuer;
	x->used[wi] = 1;
	wi += 1 + n;
	if (wis(x, wi, "khóa") && wi + 1 < x->w.n && !x->doc->mentions[dm].term[0]) {
		free(x->doc->mentions[dm].term);
		x->doc->mentions[dm].term = vnkg_i_strdup(x->w.w[wi + 1].text);
	}
}

static size_t new_directive(xctx *x, size_t start, size_t end, const char *kind, char *number, char *code,
			    char *date, char *name)
{
	size_t dm = add_mention(x->doc, MENTION_DIRECTIVE, x->si, start, end, x->s);
	vnkg_i_mention *m;

	if (dm == VNKG_I_NO_MENTION) {
		free(number);
		free(code);
		free(date);
		free(name);
		return dm;
	}
	m = &x->doc->mentions[dm];
	m->kind = vnkg_i_strdup(kind);
	m->number = number ? number : vnkg_i_strdup("");
	m->code = code ? code : vnkg_i_strdup("");
	m->date = date ? date : vnkg_i_strdup("");
	m->term = vnkg_i_strdup("");
	m->name = name;
	mark_span(x, start, end);
	return dm;
}

static void read_directives(xctx *x)
{
	size_t from = 0, a, b;
	PCRE2_SIZE *ov;

	/* Nghị quyết Trung ương 8 (khóa XIII) */
	while (vnkg_i_rule_find(RE_DIRECTIVE_TW, x->md, x->s, x->len, from, &ov)) {
		size_t dm;
		char *kind = sub(x->s, ov[2], ov[3]);
		char *num = sub(x->s, ov[4], ov[5]);
		vnkg_buf label = VNKG_BUF_INIT;
		from = ov[1];
		vnkg_i_buf_printf(&label, "%s Trung ương %s", kind, num);
		if (vnkg_i_group(ov, 3, &a, &b))
			vnkg_i_buf_printf(&label, " (khóa %.*s)", (int)(b - a), x->s + a);
		dm = new_directive(x, ov[0], ov[1], kind, vnkg_i_strdup(num), NULL, NULL, vnkg_i_buf_detach(&label));
		if (dm != VNKG_I_NO_MENTION && vnkg_i_group(ov, 3, &a, &b)) {
			free(x->doc->mentions[dm].term);
			x->doc->mentions[dm].term = sub(x->s, a, b);
		}
		if (dm != VNKG_I_NO_MENTION)
			x->doc->mentions[dm].head = 1; /* marks a Central Committee plenum resolution */
		free(kind);
		free(num);
	}
	/* Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng (khóa XIII) */
	from = 0;
	while (vnkg_i_rule_find(RE_DIRECTIVE_HN, x->md, x->s, x->len, from, &ov)) {
		size_t dm, issuer = VNKG_I_NO_MENTION;
		char *kind = sub(x->s, ov[2], ov[3]);
		char *ordw = sub(x->s, ov[4], ov[5]);
		vnkg_buf label = VNKG_BUF_INIT;
		from = ov[1];
		vnkg_i_buf_printf(&label, "%s Trung ương %s", kind, ordinal_number(ordw));
		if (vnkg_i_group(ov, 3, &a, &b))
			vnkg_i_buf_printf(&label, " (khóa %.*s)", (int)(b - a), x->s + a);
		/* the issuer is named inside: "... Ban Chấp hành Trung ương Đảng" */
		{
			const char *bch = find_bytes(x->s + ov[0], ov[1] - ov[0], "Ban Chấp hành", strlen("Ban Chấp hành"));
			if (bch)
				parse_body(x, word_at(x, (size_t)(bch - x->s)), 0, &issuer);
		}
		dm = new_directive(x, ov[0], ov[1], kind, vnkg_i_strdup(ordinal_number(ordw)), NULL, NULL,
				   vnkg_i_buf_detach(&label));
		if (dm != VNKG_I_NO_MENTION)
			x->doc->mentions[dm].issuer = issuer;
		if (dm != VNKG_I_NO_MENTION && vnkg_i_group(ov, 3, &a, &b)) {
			free(x->doc->mentions[dm].term);
			x->doc->mentions[dm].term = sub(x->s, a, b);
		}
		if (dm != VNKG_I_NO_MENTION)
			x->doc->mentions[dm].head = 1;
		free(kind);
		free(ordw);
	}
	/* Nghị quyết của Đảng ủy Quân khu về ... năm 2023 */
	from = 0;
	while (vnkg_i_rule_find(RE_DIRECTIVE_OF, x->md, x->s, x->len, from, &ov)) {
		size_t dm, wi, n, issuer = VNKG_I_NO_MENTION;
		char *kind = sub(x->s, ov[2], ov[3]);
		from = ov[1];
		wi = word_at(x, ov[4]);
		if (wi < x->w.n && x->used[wi]) {
			free(kind);
			continue;
		}
		n = parse_body(x, wi, 0, &issuer);
		if (!n || issuer == VNKG_I_NO_MENTION || x->w.w[wi + n - 1].end + 1 != ov[5]) {
			free(kind);
			continue;
		}
		dm = new_directive(x, ov[0], ov[1], kind, NULL, NULL, NULL, sub(x->s, ov[0], ov[1]));
		if (dm != VNKG_I_NO_MENTION) {
			x->doc->mentions[dm].issuer = issuer;
			x->doc->mentions[dm].year_hint = (int)strtol(x->s + ov[8], NULL, 10);
		}
		free(kind);
	}
	/* Chỉ thị số 2889-CT/ĐU ngày 10/9/2024 của ...; Quy định: 59, 61, 104 của ... */
	from = 0;
	while (vnkg_i_rule_find(RE_DIRECTIVE, x->md, x->s, x->len, from, &ov)) {
		size_t start = ov[0], end = ov[1], wi, dm, first_dm;
		char *kind, *num, *code = NULL, *date;
		vnkg_strvec listed = {0};
		size_t k;

		from = ov[1];
		wi = word_at(x, start);
		if (wi < x->w.n && x->used[wi])
			continue;
		kind = sub(x->s, ov[2], ov[3]);
		num = sub(x->s, ov[4], ov[5]);
		if (vnkg_i_group(ov, 3, &a, &b))
			code = sub(x->s, a, b);
		else if (vnkg_i_group(ov, 4, &a, &b)) {
			/* "4691/HD-CT": keep the separator in the label */
			vnkg_buf c = VNKG_BUF_INIT;
			vnkg_i_buf_putc(&c, '/');
			vnkg_i_buf_put(&c, x->s + a, b - a);
			code = vnkg_i_buf_detach(&c);
		}
		date = iso_date(x->s, ov, 5, 6, 7);
		/* a list: "Quy định: 59, 61, 104" */
		if (!code) {
			size_t p = end;
			for (;;) {
				size_t q = p, ns;
				while (q < x->len && (x->s[q] == ' ' || x->s[q] == ','))
					q++;
				if (q + 3 < x->len && strncmp(x->s + q, "và ", 4) == 0)
					q += 4;
				if (q == p || q >= x->len || x->s[q] < '0' || x->s[q] > '9')
					break;
				ns = q;
				while (q < x->len && x->s[q] >= '0' && x->s[q] <= '9')
					q++;
				if (q < x->len && ((unsigned char)x->s[q] >= 0x80 || x->s[q] == '/' || x->s[q] == '-' ||
						   (x->s[q] >= 'A' && x->s[q] <= 'z')))
					break;
				if (vnkg_i_strvec_push_own(&listed, sub(x->s, ns, q)) < 0)
					break;
				p = q;
				end = q;
			}
		}
		{
			vnkg_buf label = VNKG_BUF_INIT;
			vnkg_i_buf_printf(&label, "%s %s", kind, num);
			if (code)
				vnkg_i_buf_printf(&label, "%s%s", code[0] == '/' ? "" : "-", code);
			first_dm = dm = new_directive(x, start, listed.len ? ov[5] : end, kind, num,
						      code ? vnkg_i_strdup(code[0] == '/' ? code + 1 : code) : NULL, date,
						      vnkg_i_buf_detach(&label));
		}
		if (dm != VNKG_I_NO_MENTION && code && code[0] == '/')
			x->doc->mentions[dm].head = 2; /* code written after a slash: 4691/HD-CT */
		for (k = 0; k < listed.len; k++) {
			vnkg_buf label = VNKG_BUF_INIT;
			size_t lm;
			vnkg_i_buf_printf(&label, "%s %s", kind, listed.items[k]);
			lm = new_directive(x, start, end, kind, vnkg_i_strdup(listed.items[k]), NULL, vnkg_i_strdup(""),
					   vnkg_i_buf_detach(&label));
			(void)lm;
		}
		mark_span(x, start, end);
		if (first_dm != VNKG_I_NO_MENTION) {
			size_t before = x->doc->nmentions;
			read_issuer(x, first_dm, end);
			for (k = 0; k < listed.len; k++)
				x->doc->mentions[first_dm + 1 + k].issuer = x->doc->mentions[first_dm].issuer;
			(void)before;
		}
		/* "Chỉ thị 35 năm 2024" */
		if (first_dm != VNKG_I_NO_MENTION) {
			size_t wj = word_at(x, end);
			if (wis(x, wj, "năm") && wj + 1 < x->w.n && x->w.w[wj + 1].num)
				x->doc->mentions[first_dm].year_hint = (int)strtol(x->w.w[wj + 1].text, NULL, 10);
		}
		vnkg_i_strvec_free(&listed);
		free(kind);
		free(code);
	}
	/* Chỉ thị CTĐ, CTCT năm 2020 của Tổng cục Chính trị */
	from = 0;
	while (vnkg_i_rule_find(RE_DIRECTIVE_NAMED, x->md, x->s, x->len, from, &ov)) {
		size_t dm, wi = word_at(x, ov[0]);
		char *kind;
		from = ov[1];
		if (wi < x->w.n && x->used[wi])
			continue;
		kind = sub(x->s, ov[2], ov[3]);
		dm = new_directive(x, ov[0], ov[1], kind, NULL, NULL, NULL, sub(x->s, ov[0], ov[1]));
		if (dm != VNKG_I_NO_MENTION) {
			x->doc->mentions[dm].year_hint = (int)strtol(x->s + ov[6], NULL, 10);
			read_issuer(x, dm, ov[1]);
			if (x->doc->mentions[dm].issuer == VNKG_I_NO_MENTION) {
				/* named only by subject, with no issuer: too vague to keep */
				x->doc->mentions[dm].dead = 1;
			}
		}
		free(kind);
	}
}

/* ------------------------------------------------------------------------ */
/* events, places */

static void read_congresses(xctx *x)
{
	size_t from = 0;
	PCRE2_SIZE *ov;

	while (vnkg_i_rule_find(RE_CONGRESS, x->md, x->s, x->len, from, &ov)) {
		size_t em, wi = word_at(x, ov[0]);
		from = ov[1];
		if (wi < x->w.n && x->used[wi])
			continue;
		em = add_mention(x->doc, MENTION_EVENT, x->si, ov[0], ov[1], x->s);
		if (em == VNKG_I_NO_MENTION)
			continue;
		{
			vnkg_i_mention *m = &x->doc->mentions[em];
			char *core = sub(x->s, ov[2], ov[3]);
			m->name = core;
			m->kind = vnkg_i_strdup("đại hội");
			m->national = strstr(core, "toàn quốc") != NULL || strstr(core, "Đảng bộ Quân đội") != NULL;
			m->date = vnkg_i_strdup("");
			m->date_precision = vnkg_i_strdup("unknown");
			if (ov[8] != PCRE2_UNSET) {
				/* "nhiệm kỳ 2020-2025": held at the start of the term */
				free(m->date);
				m->date = sub(x->s, ov[8], ov[9]);
				free(m->date_precision);
				m->date_precision = vnkg_i_strdup("year");
			}
		}
		mark_span(x, ov[0], ov[1]);
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

static void read_places(xctx *x)
{
	size_t from = 0, a, b;
	PCRE2_SIZE *ov;

	while (vnkg_i_rule_find(RE_PLACE_AT, x->md, x->s, x->len, from, &ov)) {
		size_t pm, wi;
		from = ov[1];
		vnkg_i_group(ov, 2, &a, &b);
		wi = word_at(x, a);
		if (wi < x->w.n && (x->used[wi] || is_head_start(x, wi) || is_title_start(x, wi) || is_rank_start(x, wi)))
			continue;
		/* "tại Hội trường ..." and the like are rooms, not places */
		if (is_room(x->s + a))
			continue;
		pm = add_mention(x->doc, MENTION_PLACE, x->si, ov[0] + strlen("tại "), b, x->s);
		if (pm == VNKG_I_NO_MENTION)
			continue;
		x->doc->mentions[pm].name = sub(x->s, a, b);
		x->doc->mentions[pm].locality =
			vnkg_i_group(ov, 1, &a, &b) ? sub(x->s, a, b) : vnkg_i_strdup("");
		mark_span(x, ov[0], ov[1]);
	}
}

/* ------------------------------------------------------------------------ */
/* abbreviations defined in the text: "Tổng cục Công nghiệp Quốc phòng (TCCNQP)" */

static int initial_matches(const char *word, const char **abbr)
{
	utf8proc_int32_t a = 0, c = 0;
	utf8proc_ssize_t na, nc;

	na = utf8proc_iterate((const utf8proc_uint8_t *)*abbr, -1, &a);
	nc = utf8proc_iterate((const utf8proc_uint8_t *)word, -1, &c);
	if (na <= 0 || nc <= 0)
		return 0;
	if (utf8proc_toupper(c) != a)
		return 0;
	*abbr += na;
	return 1;
}

static void learn_abbreviations(vnkg_i_doc *d, const char *s)
{
	vnkg_i_words w;
	size_t i;

	if (vnkg_i_words_split(&w, s, NULL, NULL) < 0)
		return;
	for (i = 2; i + 1 < w.n; i++) {
		const char *ab = w.w[i].text;
		size_t k, best = 0;
		if (strcmp(w.w[i - 1].text, "(") != 0 || strcmp(w.w[i + 1].text, ")") != 0 || !w.w[i].abbr)
			continue;
		if (lookup_abbr(ab, d) && vnkg_i_strvec_contains(&d->abbr_keys, ab))
			continue;
		/* the shortest run of words before "(" whose initials spell ABBR */
		for (k = 1; k <= 10 && k < i; k++) {
			const char *p = ab;
			size_t j;
			int ok = 1;
			for (j = i - 1 - k; j < i - 1 && ok; j++) {
				if (w.w[j].punct) {
					ok = 0;
					break;
				}
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

/* ------------------------------------------------------------------------ */
/* relations within a sentence */

static int only_glue(const char *s, size_t a, size_t b, int allow_and)
{
	static const char *const adverbs[] = {"đã", "cũng", "đều", "sẽ", "vừa", "cùng", "trực tiếp", NULL};
	size_t i = a;

	while (i < b) {
		size_t k;
		int hit = 0;
		if (s[i] == ' ' || s[i] == ',') {
			i++;
			continue;
		}
		if (allow_and && b - i >= 3 && strncmp(s + i, "và", 3) == 0) {
			i += 3;
			continue;
		}
		for (k = 0; adverbs[k]; k++) {
			size_t n = strlen(adverbs[k]);
			if (b - i >= n && strncmp(s + i, adverbs[k], n) == 0) {
				i += n;
				hit = 1;
				break;
			}
		}
		if (!hit)
			return 0;
	}
	return 1;
}

/* People who are the subject of a cue at `pos`: the person written right
 * before it, and those joined to that one by "và" or a comma. */
static size_t subjects_before(const vnkg_i_doc *d, size_t si, const char *s, size_t pos, size_t *out, size_t max)
{
	size_t n = 0, best = VNKG_I_NO_MENTION, i;

	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type != MENTION_PERSON || m->sentence != si || m->end > pos)
			continue;
		if (best == VNKG_I_NO_MENTION || m->end > d->mentions[best].end)
			best = i;
	}
	if (best == VNKG_I_NO_MENTION || !only_glue(s, d->mentions[best].end, pos, 0))
		return 0;
	out[n++] = best;
	for (;;) {
		size_t prev = VNKG_I_NO_MENTION;
		size_t cur_start = d->mentions[out[n - 1]].start;
		for (i = 0; i < d->nmentions; i++) {
			const vnkg_i_mention *m = &d->mentions[i];
			if (m->type != MENTION_PERSON || m->sentence != si || m->end > cur_start)
				continue;
			if (prev == VNKG_I_NO_MENTION || m->end > d->mentions[prev].end)
				prev = i;
		}
		if (prev == VNKG_I_NO_MENTION || n == max || !only_glue(s, d->mentions[prev].end, cur_start, 1))
			break;
		out[n++] = prev;
	}
	return n;
}

static size_t persons_after(const vnkg_i_doc *d, size_t si, size_t pos, size_t *out, size_t max)
{
	size_t n = 0, i;

	for (i = 0; i < d->nmentions && n < max; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type == MENTION_PERSON && m->sentence == si && m->start >= pos)
			out[n++] = i;
	}
	return n;
}

static size_t first_person_after(const vnkg_i_doc *d, size_t si, size_t pos)
{
	size_t best = VNKG_I_NO_MENTION, i;

	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type == MENTION_PERSON && m->sentence == si && m->start >= pos &&
		    (best == VNKG_I_NO_MENTION || m->start < d->mentions[best].start))
			best = i;
	}
	return best;
}

static size_t body_at(const vnkg_i_doc *d, size_t si, const char *s, size_t pos)
{
	size_t best = VNKG_I_NO_MENTION, i;

	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type != MENTION_BODY || m->sentence != si || m->start < pos)
			continue;
		if (!only_glue(s, pos, m->start, 0))
			continue;
		if (best == VNKG_I_NO_MENTION || m->start < d->mentions[best].start ||
		    (m->start == d->mentions[best].start && m->end > d->mentions[best].end))
			best = i;
	}
	return best;
}

static int sentence_has(const xctx *x, vnkg_i_rule r)
{
	PCRE2_SIZE *ov;

	return vnkg_i_rule_find(r, x->md, x->s, x->len, 0, &ov);
}

/* A directive named by its kind alone after `from` ("... của Chỉ thị."): the
 * one of that kind the event's own sentence names, else the article's first.
 * Returns a mention index or VNKG_I_NO_MENTION. */
static size_t bare_directive_ref(const xctx *x, size_t from, size_t ev)
{
	const vnkg_i_doc *d = x->doc;
	size_t k, i, best = VNKG_I_NO_MENTION;

	for (k = 0; vnkg_i_directive_kinds[k]; k++) {
		const char *kind = vnkg_i_directive_kinds[k];
		const char *hit = find_bytes(x->s + from, x->len - from, kind, strlen(kind));
		const char *after;
		if (!hit)
			continue;
		after = hit + strlen(kind);
		if (*after && *after != '.' && *after != ',' && *after != ';' && !(*after == ' ' && !vnkg_i_is_upper_initial(after + 1) &&
									     !(after[1] >= '0' && after[1] <= '9')))
			continue;
		for (i = 0; i < d->nmentions; i++) {
			const vnkg_i_mention *m = &d->mentions[i];
			if (m->type != MENTION_DIRECTIVE || m->dead || strcmp(m->kind, kind) != 0)
				continue;
			if (ev != VNKG_I_NO_MENTION && m->sentence == d->mentions[ev].sentence)
				return m->ref;
			if (best == VNKG_I_NO_MENTION)
				best = m->ref;
		}
		return best;
	}
	return VNKG_I_NO_MENTION;
}

static void person_cues(xctx *x)
{
	vnkg_i_doc *d = x->doc;
	size_t ev = d->sent_event ? d->sent_event[x->si] : d->main_event, from, subj[16], n, k, i;
	PCRE2_SIZE *ov;

	if (ev == VNKG_I_NO_MENTION)
		return;
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_CHAIR, x->md, x->s, x->len, from, &ov)) {
		size_t at = ov[0];
		from = ov[1];
		n = subjects_before(d, x->si, x->s, at, subj, 16);
		for (k = 0; k < n; k++)
			add_relation(d, "chaired", subj[k], ev, x->si, NULL, NULL);
	}
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_CHAIR_BY, x->md, x->s, x->len, from, &ov)) {
		/* "dưới sự chủ trì của X"; "Chủ trì hội nghị có các đồng chí A, B" */
		size_t p = first_person_after(d, x->si, ov[1]);
		from = ov[1];
		if (ov[0] == 0) {
			n = persons_after(d, x->si, ov[1], subj, 16);
			for (k = 0; k < n; k++)
				add_relation(d, "chaired", subj[k], ev, x->si, NULL, NULL);
		} else {
			add_relation(d, "chaired", p, ev, x->si, NULL, NULL);
		}
	}
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_ATTEND_HAS, x->md, x->s, x->len, from, &ov)) {
		from = ov[1];
		n = persons_after(d, x->si, ov[1], subj, 16);
		for (k = 0; k < n; k++)
			add_relation(d, "attended", subj[k], ev, x->si, NULL, NULL);
	}
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_ATTEND, x->md, x->s, x->len, from, &ov)) {
		size_t at = ov[0];
		int directs = strncmp(x->s + ov[1], " và chỉ đạo", strlen(" và chỉ đạo")) == 0;
		from = ov[1];
		n = subjects_before(d, x->si, x->s, at, subj, 16);
		for (k = 0; k < n; k++) {
			add_relation(d, "attended", subj[k], ev, x->si, NULL, NULL);
			if (directs)
				add_relation(d, "directed", subj[k], ev, x->si, NULL, NULL);
		}
	}
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_SPEAK, x->md, x->s, x->len, from, &ov)) {
		size_t at = ov[0], end = ov[1];
		int dissem = strncmp(x->s + at, "quán triệt", strlen("quán triệt")) == 0;
		int directs = strncmp(x->s + end, " chỉ đạo", strlen(" chỉ đạo")) == 0;
		from = ov[1];
		n = subjects_before(d, x->si, x->s, at, subj, 16);
		for (k = 0; k < n; k++) {
			add_relation(d, "spoke_at", subj[k], ev, x->si, NULL, NULL);
			if (directs)
				add_relation(d, "directed", subj[k], ev, x->si, NULL, NULL);
			if (!dissem)
				continue;
			{
				int any = 0;
				for (i = 0; i < d->nmentions; i++) {
					const vnkg_i_mention *m = &d->mentions[i];
					if (m->type == MENTION_DIRECTIVE && !m->dead && m->sentence == x->si && m->start >= end) {
						add_relation(d, "disseminated", subj[k], i, x->si, NULL, NULL);
						any = 1;
					}
				}
				/* "quán triệt những nội dung cơ bản của Chỉ thị.": the article's Chỉ thị */
				if (!any)
					add_relation(d, "disseminated", subj[k], bare_directive_ref(x, end, ev), x->si, NULL, NULL);
			}
		}
	}
	if (vnkg_i_rule_find(RE_CUE_FRONT, x->md, x->s, x->len, 0, &ov)) {
		int directs = find_bytes(x->s, ov[1], "chỉ đạo", strlen("chỉ đạo")) != NULL;
		size_t p = first_person_after(d, x->si, ov[1]);
		if (p != VNKG_I_NO_MENTION && only_glue(x->s, ov[1], d->mentions[p].start, 0)) {
			add_relation(d, "spoke_at", p, ev, x->si, NULL, NULL);
			if (directs)
				add_relation(d, "directed", p, ev, x->si, NULL, NULL);
		}
	}
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_SPEECH_OF, x->md, x->s, x->len, from, &ov)) {
		from = ov[1];
		n = persons_after(d, x->si, ov[1], subj, 16);
		for (k = 0; k < n; k++)
			add_relation(d, "spoke_at", subj[k], ev, x->si, NULL, NULL);
	}
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_DIRECT, x->md, x->s, x->len, from, &ov)) {
		from = ov[1];
		n = subjects_before(d, x->si, x->s, ov[0], subj, 16);
		for (k = 0; k < n; k++)
			add_relation(d, "directed", subj[k], ev, x->si, NULL, NULL);
	}
}

/* Does a "tiến tới" at `cue` say where the event `ev` leads? Yes inside the
 * event's own name, or after a reference to it ("Đại hội diễn ra ..., tiến
 * tới ..."); not after another gathering ("tổ chức đại hội đảng các cấp
 * tiến tới ..."). */
static int toward_from_event(xctx *x, size_t ev, size_t cue)
{
	const vnkg_i_mention *e = &x->doc->mentions[ev];
	size_t from = 0, last = (size_t)-1, last_end = 0;
	PCRE2_SIZE *ov;
	const char *after;

	if (e->sentence == x->si && cue >= e->start && cue <= e->end)
		return 1;
	while (vnkg_i_rule_find(RE_EVENT_NOUN, x->md, x->s, x->len, from, &ov) && ov[0] < cue) {
		last = ov[0];
		last_end = ov[1];
		from = ov[1];
	}
	if (last == (size_t)-1 || !vnkg_i_is_upper_initial(x->s + last))
		return 0;
	if (e->sentence == x->si && last == e->start)
		return 1; /* "tổ chức Đại hội ... lần thứ XIII, nhiệm kỳ ..., tiến tới ..." */
	after = x->s + last_end;
	while (*after == ' ')
		after++;
	return !vnkg_i_is_upper_initial(after) && strncmp(after, "đại", strlen("đại")) != 0 &&
	       strncmp(after, "đảng", strlen("đảng")) != 0 && strncmp(after, "các", strlen("các")) != 0;
}

static void document_cues(xctx *x)
{
	vnkg_i_doc *d = x->doc;
	size_t ev = d->sent_event ? d->sent_event[x->si] : d->main_event, from, i;
	PCRE2_SIZE *ov;
	int about_event;

	if (ev == VNKG_I_NO_MENTION)
		return;
	/* a sentence about the meeting: it names it, its delegates, or its speaker */
	about_event = sentence_has(x, RE_EVENT_NOUN) || strstr(x->s, "đại biểu") != NULL ||
		      d->mentions[ev].sentence == x->si;
	if (!about_event)
		return;
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_DISSEM, x->md, x->s, x->len, from, &ov)) {
		from = ov[1];
		for (i = 0; i < d->nmentions; i++) {
			const vnkg_i_mention *m = &d->mentions[i];
			if (m->type == MENTION_DIRECTIVE && !m->dead && m->sentence == x->si && m->start >= ov[1])
				add_relation(d, "disseminated", ev, m->ref, x->si, NULL, NULL);
		}
		break;
	}
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_IMPL, x->md, x->s, x->len, from, &ov)) {
		from = ov[1];
		for (i = 0; i < d->nmentions; i++) {
			const vnkg_i_mention *m = &d->mentions[i];
			if (m->type == MENTION_DIRECTIVE && !m->dead && m->sentence == x->si && m->start >= ov[1])
				add_relation(d, "implemented", ev, m->ref, x->si, NULL, NULL);
		}
		break;
	}
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_TOWARD, x->md, x->s, x->len, from, &ov)) {
		size_t cue = ov[0], cue_end = ov[1];
		from = cue_end;
		/* (toward_from_event matches other rules: ov is not valid after it) */
		if (!toward_from_event(x, ev, cue))
			continue;
		/* "tiến tới Đại hội ... XII và Đại hội ... XIV" */
		for (;;) {
			size_t next = VNKG_I_NO_MENTION;
			for (i = 0; i < d->nmentions; i++) {
				const vnkg_i_mention *m = &d->mentions[i];
				if (m->type == MENTION_EVENT && m->sentence == x->si && m->start >= cue_end && i != ev &&
				    (next == VNKG_I_NO_MENTION || m->start < d->mentions[next].start))
					next = i;
			}
			if (next == VNKG_I_NO_MENTION || !only_glue(x->s, cue_end, d->mentions[next].start, 1))
				break;
			add_relation(d, "toward", ev, next, x->si, NULL, NULL);
			cue_end = d->mentions[next].end;
		}
	}
}

/* The one person written before `pos` in the sentence, when there is just
 * one: "X biểu dương ..., đồng thời trao ..." */
static size_t only_person_before(const vnkg_i_doc *d, size_t si, size_t pos, size_t *out)
{
	size_t i, n = 0, found = VNKG_I_NO_MENTION;

	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type == MENTION_PERSON && !m->dead && m->sentence == si && m->end <= pos) {
			n++;
			found = i;
		}
	}
	if (n != 1)
		return 0;
	out[0] = found;
	return 1;
}

/* "do X làm trưởng đoàn", "do X dẫn đầu": the leader of a delegation. */
static size_t led_by(const vnkg_i_doc *d, size_t si, const char *s, size_t pos, size_t *out)
{
	size_t i;

	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type != MENTION_PERSON || m->dead || m->sentence != si || m->end > pos || m->start < 3)
			continue;
		if (strncmp(s + m->start - 3, "do ", 3) == 0 &&
		    (strncmp(s + m->end, " làm trưởng đoàn", strlen(" làm trưởng đoàn")) == 0 ||
		     strncmp(s + m->end, " dẫn đầu", strlen(" dẫn đầu")) == 0)) {
			out[0] = i;
			return 1;
		}
	}
	return 0;
}

/* "B (đã) ban hành D": the issuer of a directive that names none. */
static void issue_cues(xctx *x)
{
	vnkg_i_doc *d = x->doc;
	size_t from = 0, i;
	PCRE2_SIZE *ov;

	while (vnkg_i_rule_find(RE_CUE_ISSUE, x->md, x->s, x->len, from, &ov)) {
		size_t cue = ov[0], cue_end = ov[1], issuer = VNKG_I_NO_MENTION;
		from = cue_end;
		/* the last body before the cue that is not a person's post */
		for (i = 0; i < d->nmentions; i++) {
			const vnkg_i_mention *m = &d->mentions[i];
			size_t k;
			int in_person = 0;
			if (m->type != MENTION_BODY || m->dead || m->sentence != x->si || m->end > cue)
				continue;
			for (k = 0; k < d->nmentions && !in_person; k++) {
				const vnkg_i_mention *p = &d->mentions[k];
				in_person = (p->type == MENTION_PERSON || p->type == MENTION_DIRECTIVE) && p->sentence == x->si &&
					    m->start >= p->start && m->end <= p->end;
			}
			if (in_person)
				continue;
			if (issuer == VNKG_I_NO_MENTION || m->end > d->mentions[issuer].end ||
			    (m->end == d->mentions[issuer].end && m->start < d->mentions[issuer].start))
				issuer = i;
		}
		if (issuer == VNKG_I_NO_MENTION)
			continue;
		for (i = 0; i < d->nmentions; i++) {
			vnkg_i_mention *m = &d->mentions[i];
			if (m->type == MENTION_DIRECTIVE && !m->dead && m->sentence == x->si && m->start >= cue_end &&
			    m->issuer == VNKG_I_NO_MENTION && only_glue(x->s, cue_end, m->start, 0))
				m->issuer = issuer;
		}
	}
}

static void other_cues(xctx *x)
{
	vnkg_i_doc *d = x->doc;
	size_t from = 0, subj[16], n, k;
	PCRE2_SIZE *ov;

	while (vnkg_i_rule_find(RE_CUE_WORK, x->md, x->s, x->len, from, &ov)) {
		size_t b = body_at(d, x->si, x->s, ov[1]);
		from = ov[1];
		n = subjects_before(d, x->si, x->s, ov[0], subj, 16);
		/* "đoàn công tác ... do X làm trưởng đoàn đã kiểm tra, làm việc với B" */
		if (!n)
			n = led_by(d, x->si, x->s, ov[0], subj);
		for (k = 0; k < n; k++)
			add_relation(d, "worked_with", subj[k], b, x->si, NULL, NULL);
	}
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_AWARD, x->md, x->s, x->len, from, &ov)) {
		size_t at = ov[0], gift_from = ov[1];
		PCRE2_SIZE *ov2;
		from = ov[1];
		n = subjects_before(d, x->si, x->s, at, subj, 16);
		if (!n)
			n = only_person_before(d, x->si, at, subj);
		if (!n)
			continue;
		if (!vnkg_i_rule_find(RE_CUE_GIFT, x->md, x->s, x->len, gift_from, &ov2))
			continue;
		{
			size_t gift_end = ov2[1], b, stop = x->len;
			const char *semi = memchr(x->s + gift_end, ';', x->len - gift_end);
			if (semi)
				stop = (size_t)(semi - x->s);
			for (;;) {
				b = body_at(d, x->si, x->s, gift_end);
				if (b == VNKG_I_NO_MENTION || d->mentions[b].start > stop)
					break;
				for (k = 0; k < n; k++)
					add_relation(d, "awarded", subj[k], b, x->si, NULL, NULL);
				gift_end = d->mentions[b].end;
				/* "tặng A và B" */
				while (gift_end < x->len && x->s[gift_end] == ' ')
					gift_end++;
				if (strncmp(x->s + gift_end, "và ", 4) != 0)
					break;
				gift_end += 4;
			}
		}
	}
	/* (re-run matching state is per call; nothing to restore) */
}

/* ------------------------------------------------------------------------ */
/* the article's own event */

static char *event_name(const char *s, size_t start, size_t len)
{
	static const char *const stops[] = {". ", "; ", " do ", " dưới sự ", " với sự tham dự", " nhằm ",
					    ", tại ", " tại ", " với sự ", NULL};
	size_t end = len, i, words = 0, p;

	for (i = 0; stops[i]; i++) {
		const char *hit = find_bytes(s + start, end - start, stops[i], strlen(stops[i]));
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
	em = add_mention(d, MENTION_EVENT, si, start, start + strlen(name), s);
	if (em == VNKG_I_NO_MENTION) {
		free(name);
		return em;
	}
	d->mentions[em].name = name;
	d->mentions[em].kind = vnkg_i_strdup(event_kind(name));
	d->mentions[em].main_event = 1;
	d->mentions[em].date = vnkg_i_strdup("");
	d->mentions[em].date_precision = vnkg_i_strdup("unknown");
	trim_after_directive(d, em);
	return em;
}

/* ------------------------------------------------------------------------ */
/* dates */

static int parse_int(const char *s, size_t a, size_t b)
{
	long v = 0;
	size_t i;

	for (i = a; i < b && s[i] >= '0' && s[i] <= '9'; i++)
		v = v * 10 + (s[i] - '0');
	return (int)v;
}

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
static int infer_year(const date_evidence *ev, const char *event_name_text, const char *sentence, int month, int day,
		      pcre2_match_data *md)
{
	int name_years[8], nn = 0, y, best = 0, bestv = 0, i;
	size_t from = 0;
	PCRE2_SIZE *ov;
	int turn = month && (month <= 3 || month >= 10) && about_year_turn(sentence);

	if (event_name_text) {
		size_t len = strlen(event_name_text);
		while (nn < 8 && vnkg_i_rule_find(RE_YEAR, md, event_name_text, len, from, &ov)) {
			name_years[nn++] = parse_int(event_name_text, ov[2], ov[3]);
			from = ov[1];
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
			int v = ymd(parse_int(m->date, 0, 4), parse_int(m->date, 5, 7), parse_int(m->date, 8, 10));
			if (v > ev->max_doc_ymd)
				ev->max_doc_ymd = v;
		}
	}
	for (si = 0; si < n; si++) {
		const char *s = vnkg_article_sentence(a, si)->text;
		size_t len = strlen(s);
		from = 0;
		while (vnkg_i_rule_find(RE_YEAR, md, s, len, from, &ov)) {
			int y = parse_int(s, ov[2], ov[3]);
			from = ov[1];
			if (y >= 1900 && y < 2100)
				ev->year_votes[y - 1900]++;
		}
		{
			const char *sy = strstr(s, "năm học ");
			if (sy && !ev->school_year) {
				const char *p = sy + strlen("năm học ");
				if (p[0] >= '1' && p[0] <= '2' && strlen(p) >= 9 && (p[4] == '-' || p[4] == ' '))
					ev->school_year = parse_int(p, 0, 4);
			}
		}
		from = 0;
		while (vnkg_i_rule_find(RE_DATE_FULL, md, s, len, from, &ov)) {
			int y = parse_int(s, ov[6], ov[7]);
			from = ov[1];
			if (y >= 1900 && y < 2100)
				ev->year_votes[y - 1900]++;
		}
	}
	/* a print date in the page header: "Thứ 3, 18/12/2018" */
	if (hdr && *hdr) {
		const char *p = strstr(hdr, "Thứ ");
		if (p && vnkg_i_rule_find(RE_DATE_FULL, md, p, strlen(p), 0, &ov) && ov[0] < 20)
			ev->header_ymd = ymd(parse_int(p, ov[6], ov[7]), parse_int(p, ov[4], ov[5]), parse_int(p, ov[2], ov[3]));
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
	*day = vnkg_i_group(ov, g, &a, &b) ? parse_int(s, a, b) : 0;
	*month = vnkg_i_group(ov, g + 1, &a, &b) ? parse_int(s, a, b) : 0;
	*year = vnkg_i_group(ov, g + 2, &a, &b) ? parse_int(s, a, b) : 0;
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
				if (close && (size_t)(close - s) < limit && only_glue(s, (size_t)(close - s) + 1, limit, n > 0))
					gap_end = m->end;
			}
			if (gap_end != m->end && !only_glue(s, m->end, limit, n > 0))
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

static size_t first_place_in(const vnkg_i_doc *d, size_t si)
{
	size_t i;

	for (i = 0; i < d->nmentions; i++)
		if (d->mentions[i].type == MENTION_PLACE && d->mentions[i].sentence == si && !d->mentions[i].dead)
			return i;
	return VNKG_I_NO_MENTION;
}

static int is_headline(const vnkg_article *a, size_t si)
{
	const vnkg_sentence *s = vnkg_article_sentence(a, si);
	size_t n = strlen(s->text);

	return s->para_sentences == 1 && n > 0 && s->text[n - 1] != '.' && s->text[n - 1] != ':';
}

/* Where the clause's subject starts: after a masthead ("QK3 online - ") and
 * the adverbials of time and place that lead the sentence ("Sáng 06-4, tại
 * Bộ Tư lệnh Quân khu, "). */
static size_t clause_start(const char *s, size_t limit, pcre2_match_data *md)
{
	size_t pos = 0;
	const char *dash = find_bytes(s, limit < 48 ? limit : 48, " - ", 3);
	int guard = 0;

	if (dash)
		pos = (size_t)(dash - s) + 3;
	while (guard++ < 4 && pos < limit) {
		const char *p = s + pos, *comma;
		PCRE2_SIZE *ov;
		int lead = vnkg_i_rule_find(RE_DATE_LEAD, md, p, strlen(p), 0, &ov) ||
			   strncmp(p, "tại ", strlen("tại ")) == 0 || strncmp(p, "Tại ", strlen("Tại ")) == 0 ||
			   strncmp(p, "ngày ", strlen("ngày ")) == 0 || strncmp(p, "Trong ", strlen("Trong ")) == 0 ||
			   strncmp(p, "Theo kế hoạch", strlen("Theo kế hoạch")) == 0 ||
			   strncmp(p, "Năm ", strlen("Năm ")) == 0 || strncmp(p, "Dịp này", strlen("Dịp này")) == 0;
		if (!lead)
			break;
		comma = find_bytes(p, limit - pos, ", ", 2);
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
		if (only_glue(s, end, cue, 0))
			return n;
		/* a complement we do not read ("... trên địa bàn Quân khu") ends the
		 * list; only the article's own event is read past one */
		if (!(s[end] == ',' || strncmp(s + end, "và ", 4) == 0))
			return strict ? 0 : n;
		while (end < cue && (s[end] == ' ' || s[end] == ','))
			end++;
		if (cue - end > 4 && strncmp(s + end, "và ", 4) == 0)
			end += 4;
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
		day = parse_int(s, ov[2], ov[3]);
		month = parse_int(s, ov[4], ov[5]);
		year = parse_int(s, ov[6], ov[7]);
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
static void find_main_event(vnkg_i_doc *d, pcre2_match_data *md)
{
	const vnkg_article *a = d->article;
	size_t n = vnkg_article_sentence_count(a), si, em = VNKG_I_NO_MENTION, orgs[8], no = 0, k;
	PCRE2_SIZE *ov;

	d->sent_event = malloc((n + 1) * sizeof(size_t));
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
			} else {
				e = new_event(d, si, s, at, md);
				if (e != VNKG_I_NO_MENTION)
					d->mentions[e].main_event = 0;
			}
			if (e == VNKG_I_NO_MENTION)
				continue;
			if (d->sent_event)
				d->sent_event[si] = e;
			for (k = 0; k < no; k++)
				add_relation(d, "organized", orgs[k], e, si, NULL, NULL);
			break;
		}
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
			em = add_mention(d, MENTION_EVENT, si, at, at + strlen("làm việc với"), s);
			if (em != VNKG_I_NO_MENTION) {
				d->mentions[em].name = vnkg_i_buf_detach(&name);
				d->mentions[em].kind = vnkg_i_strdup("buổi làm việc");
				d->mentions[em].main_event = 1;
				d->mentions[em].date = vnkg_i_strdup("");
				d->mentions[em].date_precision = vnkg_i_strdup("unknown");
			} else {
				vnkg_i_buf_free(&name);
			}
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
			vnkg_i_buf_printf(&name, "%s %s", noun ? noun : "hội nghị", hs + skip);
			free(noun);
			em = add_mention(d, MENTION_EVENT, h, 0, strlen(hs), hs);
			if (em != VNKG_I_NO_MENTION) {
				d->mentions[em].name = vnkg_i_buf_detach(&name);
				d->mentions[em].kind = vnkg_i_strdup(event_kind(d->mentions[em].name));
				d->mentions[em].main_event = 1;
				d->mentions[em].date = vnkg_i_strdup("");
				d->mentions[em].date_precision = vnkg_i_strdup("unknown");
				if (skip) {
					no = bodies_before(d, h, hs, skip, orgs, 8);
					for (k = 0; k < no; k++)
						add_relation(d, "organized", orgs[k], em, h, NULL, NULL);
				}
			} else {
				vnkg_i_buf_free(&name);
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
	if (em == VNKG_I_NO_MENTION || !d->sent_event)
		return;
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
	for (si = 0; si < n; si++)
		if (d->sent_event[si] == VNKG_I_NO_MENTION)
			d->sent_event[si] = em;
}

static void date_main_event(vnkg_i_doc *d, pcre2_match_data *md)
{
	const vnkg_article *a = d->article;
	size_t n = vnkg_article_sentence_count(a), si, em = d->main_event;
	int day = 0, month = 0, year = 0, found = 0;
	date_evidence ev;
	vnkg_i_mention *e;
	char buf[16];

	if (em == VNKG_I_NO_MENTION)
		return;
	e = &d->mentions[em];
	found = lead_date(vnkg_article_sentence(a, e->sentence)->text, md, &day, &month, &year);
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
}

static void read_masthead(vnkg_i_doc *d, pcre2_match_data *md)
{
	const char *h = vnkg_article_header(d->article);
	PCRE2_SIZE *ov;

	if (h && vnkg_i_rule_find(RE_MASTHEAD_QK, md, h, strlen(h), 0, &ov))
		d->masthead_qk = parse_int(h, ov[2], ov[3]);
}

/* "Đại tá A, Đại tá B, Phó Giám đốc Công an tỉnh": a person listed without a
 * role right before one with roles shares them. */
static void share_list_roles(xctx *x)
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
			    !only_glue(x->s, g + 1, d->mentions[next].start, 0))
				continue;
		}
		for (r = 0; r < d->mentions[next].nroles; r++) {
			const vnkg_i_role *ro = &d->mentions[next].roles[r];
			if (add_role(&d->mentions[i], vnkg_i_strdup(ro->title), ro->body) < 0)
				return;
		}
	}
}

static int read_sentence(vnkg_i_doc *d, pcre2_match_data *md, size_t si)
{
	xctx x;
	size_t i;
	int err;

	memset(&x, 0, sizeof(x));
	x.doc = d;
	x.md = md;
	x.si = si;
	x.s = vnkg_article_sentence(d->article, si)->text;
	x.len = strlen(x.s);
	err = vnkg_i_words_split(&x.w, x.s, lookup_abbr, d);
	if (err < 0)
		return err;
	x.used = calloc(x.w.n + 1, 1);
	if (!x.used) {
		vnkg_i_words_free(&x.w);
		return vnkg_i_oom();
	}
	read_directives(&x);
	read_congresses(&x);
	for (i = 0; i < x.w.n; i++) {
		size_t m, n;
		if (x.used[i])
			continue;
		n = parse_person(&x, i, &m);
		if (!n)
			n = parse_body(&x, i, 0, &m);
		if (n)
			i += n - 1;
	}
	read_places(&x);
	share_list_roles(&x);
	vnkg_i_words_free(&x.w);
	free(x.used);
	return 0;
}

static void sentence_relations(vnkg_i_doc *d, pcre2_match_data *md, size_t si)
{
	xctx x;

	memset(&x, 0, sizeof(x));
	x.doc = d;
	x.md = md;
	x.si = si;
	x.s = vnkg_article_sentence(d->article, si)->text;
	x.len = strlen(x.s);
	person_cues(&x);
	document_cues(&x);
	other_cues(&x);
	issue_cues(&x);
}

/* Is event i the event some sentence speaks of (an event of its own)? */
static int is_sentence_event(const vnkg_i_doc *d, size_t i)
{
	size_t si, n = vnkg_article_sentence_count(d->article);

	for (si = 0; d->sent_event && si < n; si++)
		if (d->sent_event[si] == i)
			return 1;
	return 0;
}

static void mention_relations(vnkg_i_doc *d)
{
	size_t i, k, n = d->nmentions;

	for (i = 0; i < n; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->dead)
			continue;
		if (m->type == MENTION_PERSON) {
			/* one relation per body, its titles in the order written:
			 * "Phó Chỉ huy trưởng, Tham mưu trưởng" */
			for (k = 0; k < m->nroles; k++) {
				vnkg_buf titles = VNKG_BUF_INIT;
				size_t k2, body = m->roles[k].body;
				int first = 1;
				if (body == VNKG_I_NO_MENTION)
					continue;
				for (k2 = 0; k2 < k; k2++)
					if (m->roles[k2].body == body)
						break;
				if (k2 < k)
					continue;
				for (k2 = k; k2 < m->nroles; k2++) {
					if (m->roles[k2].body != body)
						continue;
					vnkg_i_buf_printf(&titles, "%s%s", first ? "" : ", ", m->roles[k2].title);
					first = 0;
				}
				add_relation(d, "holds_role", i, body, m->sentence, vnkg_i_buf_cstr(&titles), m->rank);
				vnkg_i_buf_free(&titles);
			}
		} else if (m->type == MENTION_BODY && m->owner != VNKG_I_NO_MENTION) {
			add_relation(d, "part_of", i, m->owner, m->sentence, NULL, NULL);
		} else if (m->type == MENTION_DIRECTIVE && m->issuer != VNKG_I_NO_MENTION) {
			add_relation(d, "issued", m->issuer, i, m->sentence, NULL, NULL);
		}
	}
	/* where an event was held: a place in the sentence that names it, or (for
	 * the article's own) in one that says where it was organised */
	for (i = 0; i < n; i++) {
		const vnkg_i_mention *e = &d->mentions[i];
		size_t si, p, ns = vnkg_article_sentence_count(d->article);
		if (e->type != MENTION_EVENT || e->dead || (!e->main_event && !is_sentence_event(d, i)))
			continue;
		si = e->sentence;
		p = first_place_in(d, si);
		for (k = si + 1; e->main_event && p == VNKG_I_NO_MENTION && k < ns && k < si + 3; k++) {
			const char *s = vnkg_article_sentence(d->article, k)->text;
			if (strstr(s, "tổ chức") && strstr(s, " tại "))
				p = first_place_in(d, k);
		}
		if (p != VNKG_I_NO_MENTION)
			add_relation(d, "held_at", i, p, d->mentions[p].sentence, NULL, NULL);
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
static void resolve_anaphors(vnkg_i_doc *d)
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

int vnkg_i_extract_article(vnkg_i_doc **out, const vnkg_article *a)
{
	vnkg_i_doc *d = NULL;
	pcre2_match_data *md = NULL;
	size_t n, si;
	int err = 0;

	*out = NULL;
	err = vnkg_i_extract_init();
	if (err < 0)
		return err;
	d = calloc(1, sizeof(*d));
	md = pcre2_match_data_create(40, NULL);
	if (!d || !md) {
		err = vnkg_i_oom();
		goto cleanup;
	}
	d->article = a;
	d->main_event = VNKG_I_NO_MENTION;
	n = vnkg_article_sentence_count(a);
	for (si = 0; si < n; si++)
		learn_abbreviations(d, vnkg_article_sentence(a, si)->text);
	read_masthead(d, md);
	for (si = 0; si < n; si++) {
		err = read_sentence(d, md, si);
		if (err < 0)
			goto cleanup;
	}
	resolve_anaphors(d);
	find_main_event(d, md);
	date_main_event(d, md);
	for (si = 0; si < n; si++)
		sentence_relations(d, md, si);
	mention_relations(d);
	*out = d;
	d = NULL;
cleanup:
	pcre2_match_data_free(md);
	vnkg_i_doc_free(d);
	return err;
}
