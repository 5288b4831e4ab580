/* The extract stage's shared reading helpers: the lexicon in folded form,
 * word and phrase matching, and the doc's mentions and relations. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "extract/xctx.h"
#include "util/util.h"
#include "vnkg/common.h"

phrase_list vnkg_i_x_ranks, vnkg_i_x_honorifics, vnkg_i_x_titles, vnkg_i_x_prename, vnkg_i_x_surnames,
	vnkg_i_x_namewords, vnkg_i_x_localities;
char **vnkg_i_x_heads;
static int lexicon_ready;

static void free_mention(vnkg_i_mention *m);

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

	phrase_list_free(&vnkg_i_x_ranks);
	phrase_list_free(&vnkg_i_x_honorifics);
	phrase_list_free(&vnkg_i_x_titles);
	phrase_list_free(&vnkg_i_x_prename);
	phrase_list_free(&vnkg_i_x_surnames);
	phrase_list_free(&vnkg_i_x_namewords);
	phrase_list_free(&vnkg_i_x_localities);
	if (vnkg_i_x_heads) {
		for (i = 0; i < vnkg_i_heads_count; i++)
			free(vnkg_i_x_heads[i]);
		free(vnkg_i_x_heads);
		vnkg_i_x_heads = NULL;
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
	if (phrase_list_init(&vnkg_i_x_ranks, vnkg_i_ranks) < 0 || phrase_list_init(&vnkg_i_x_honorifics, vnkg_i_honorifics) < 0 ||
	    phrase_list_init(&vnkg_i_x_titles, vnkg_i_titles) < 0 || phrase_list_init(&vnkg_i_x_prename, vnkg_i_prename_titles) < 0 ||
	    phrase_list_init(&vnkg_i_x_surnames, vnkg_i_surnames) < 0 ||
	    phrase_list_init(&vnkg_i_x_namewords, vnkg_i_name_words) < 0 ||
	    phrase_list_init(&vnkg_i_x_localities, vnkg_i_localities) < 0)
		goto fail;
	vnkg_i_x_heads = calloc(vnkg_i_heads_count, sizeof(char *));
	if (!vnkg_i_x_heads)
		goto fail;
	for (i = 0; i < vnkg_i_heads_count; i++) {
		vnkg_i_x_heads[i] = vnkg_i_lower(vnkg_i_heads[i].words, strlen(vnkg_i_heads[i].words));
		if (!vnkg_i_x_heads[i])
			goto fail;
	}
	lexicon_ready = 1;
	return 0;
fail:
	vnkg_i_extract_shutdown();
	return vnkg_i_oom();
}

/* memmem is not in C11: the first occurrence of needle in hay[0..n). */
const char *vnkg_i_x_find_bytes(const char *hay, size_t n, const char *needle, size_t nn)
{
	size_t i;

	if (nn == 0 || nn > n)
		return NULL;
	for (i = 0; i + nn <= n; i++)
		if (hay[i] == needle[0] && memcmp(hay + i, needle, nn) == 0)
			return hay + i;
	return NULL;
}

size_t vnkg_i_x_add_mention(vnkg_i_doc *d, vnkg_i_mention_type type, size_t sent, size_t start, size_t end,
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

int vnkg_i_x_add_relation(vnkg_i_doc *d, const char *rel, size_t from, size_t to, size_t sent, const char *role,
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

/* Decodes at most `max` code points of s; returns how many, or max + 1 when
 * s is longer or not UTF-8. */
static size_t code_points(const char *s, utf8proc_int32_t *out, size_t max)
{
	size_t n = 0;

	while (*s) {
		utf8proc_int32_t cp = (unsigned char)*s;
		utf8proc_ssize_t l = cp < 0x80 ? 1 : utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &cp);
		if (l <= 0 || n == max)
			return max + 1;
		out[n++] = cp;
		s += l;
	}
	return n;
}

/* Is `typed` a one-slip misspelling of the abbreviation `known` (P38): two
 * neighbouring letters swapped ("UNBD"), or "D" typed for "Đ" ("HDND")?
 * Swaps only for the local-government abbreviations that fill every page
 * (a swap of another can make a real one: TCKT, TCTK). */
static int abbr_slip(const char *typed, const char *known)
{
	static const char *const swappable[] = {"UBND", "HĐND", "MTTQ", "ĐBQH", NULL};
	size_t k;
	int may_swap = 0;
	utf8proc_int32_t a[16], b[16];
	size_t na, nb, i, diff = 0, first = 0, lt = strlen(typed), lk = strlen(known);

	/* Cheap refusals first (this runs for every known abbreviation): a
	 * swap keeps the byte length and needs a swappable one, "D" for "Đ"
	 * is one byte shorter. */
	if (lk == lt) {
		for (k = 0; swappable[k]; k++)
			if (strcmp(swappable[k], known) == 0)
				may_swap = 1;
		if (!may_swap)
			return 0;
	} else if (lk != lt + 1 || !strchr(typed, 'D') || !strstr(known, "\xC4\x90")) {
		return 0;
	}
	na = code_points(typed, a, 15);
	nb = code_points(known, b, 15);
	if (na != nb || na < 4 || na > 15)
		return 0;
	for (i = 0; i < na; i++)
		if (a[i] != b[i]) {
			if (!diff)
				first = i;
			diff++;
		}
	if (diff == 1)
		return a[first] == 'D' && b[first] == 0x0110; /* Đ */
	return may_swap && diff == 2 && first + 1 < na && a[first] == b[first + 1] && a[first + 1] == b[first];
}

const char *vnkg_i_x_lookup_abbr(const char *abbr, void *payload)
{
	const vnkg_i_doc *d = payload;
	size_t i, len = strlen(abbr), known;

	for (i = 0; i < d->abbr_keys.len; i++)
		if (strcmp(d->abbr_keys.items[i], abbr) == 0)
			return d->abbr_words.items[i];
	for (i = 0; i < vnkg_i_abbrs_count; i++)
		if (vnkg_i_abbrs[i].abbr[0] == abbr[0] && strcmp(vnkg_i_abbrs[i].abbr, abbr) == 0)
			return vnkg_i_abbrs[i].words;
	/* every capitalised word of every sentence comes here: a slip of an
	 * abbreviation (all capitals, four letters or more) has no lower-case
	 * ASCII letter, and most words do */
	for (i = 0; abbr[i]; i++)
		if (abbr[i] >= 'a' && abbr[i] <= 'z')
			return NULL;
	if (i < 4)
		return NULL;
	/* A slip keeps the byte length (a swap) or drops one byte ("D" for
	 * "Đ"): only those are decoded. */
	for (i = 0; i < vnkg_i_abbrs_count; i++) {
		known = strlen(vnkg_i_abbrs[i].abbr);
		if ((known == len || known == len + 1) && abbr_slip(abbr, vnkg_i_abbrs[i].abbr))
			return vnkg_i_abbrs[i].words;
	}
	return NULL;
}

int vnkg_i_x_wis(const xctx *x, size_t i, const char *lower)
{
	return i < x->w.n && strcmp(x->w.w[i].lower, lower) == 0;
}

size_t vnkg_i_x_match_list(const xctx *x, size_t i, const phrase_list *p, size_t *which)
{
	size_t best = 0, k;
	char first;

	if (i >= x->w.n)
		return 0;
	/* a phrase matches only from the word's first byte (an empty word,
	 * which the tokeniser does not make, goes to words_match): most are
	 * refused without a call */
	first = x->w.w[i].lower[0];
	for (k = 0; k < p->n; k++) {
		size_t n = !first || p->lower[k][0] == first ? vnkg_i_words_match(&x->w, i, p->lower[k]) : 0;
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
size_t vnkg_i_x_match_head(const xctx *x, size_t i, int *h)
{
	size_t best = 0, k;
	char first;

	*h = -1;
	if (i >= x->w.n)
		return 0;
	first = x->w.w[i].lower[0]; /* as in vnkg_i_x_match_list */
	for (k = 0; k < vnkg_i_heads_count; k++) {
		size_t n = !first || vnkg_i_x_heads[k][0] == first ? vnkg_i_words_match(&x->w, i, vnkg_i_x_heads[k])
								     : 0;
		if (n > best) {
			best = n;
			*h = (int)k;
		}
	}
	return best;
}

/* A head that stops a name running before it (a weak head, a force's
 * everyday name, does not: "Học viện Hải quân"). */
int vnkg_i_x_is_head_start(const xctx *x, size_t i)
{
	int h;

	return i < x->w.n && x->w.w[i].cap && vnkg_i_x_match_head(x, i, &h) > 0 && !vnkg_i_heads[h].weak;
}

/* Any head at i, a weak one too: where a body may be read ("Phó Tư lệnh
 * Hải quân" names the force, not a specialty of the post). */
int vnkg_i_x_is_body_start(const xctx *x, size_t i)
{
	int h;

	return i < x->w.n && x->w.w[i].cap && vnkg_i_x_match_head(x, i, &h) > 0;
}

/* How many words the head-word at i has (0 when none): "Khoa" and "Trường"
 * are heads of one word that are also given names. */
size_t vnkg_i_x_head_words_at(const xctx *x, size_t i)
{
	int h;

	size_t n;

	if (i >= x->w.n || !x->w.w[i].cap)
		return 0;
	n = vnkg_i_x_match_head(x, i, &h);
	return n && !vnkg_i_heads[h].weak ? n : 0;
}

/* A family name at i: a listed one, or any capitalised syllable followed by
 * the middle name "Văn" or "Thị" and a capitalised given name (the surname
 * list cannot hold every family name of the country's peoples). */
int vnkg_i_x_is_surname(const xctx *x, size_t i)
{
	if (i >= x->w.n || !x->w.w[i].cap || x->w.w[i].punct || x->w.w[i].abbr || x->w.w[i].expanded)
		return 0;
	if (vnkg_i_x_match_list(x, i, &vnkg_i_x_surnames, NULL) == 1)
		return 1;
	return i + 2 < x->w.n && (vnkg_i_x_wis(x, i + 1, "văn") || vnkg_i_x_wis(x, i + 1, "thị")) && x->w.w[i + 1].cap &&
	       x->w.w[i + 2].cap && !x->w.w[i + 2].punct && !x->w.w[i + 2].abbr;
}

char *vnkg_i_x_words_text(const xctx *x, size_t from, size_t to)
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
size_t vnkg_i_x_paren_abbr(const xctx *x, size_t i)
{
	size_t j = i + 1;

	if (!vnkg_i_x_wis(x, i, "("))
		return 0;
	while (j < x->w.n && x->w.w[j].orig == x->w.w[i + 1].orig && !x->w.w[j].punct)
		j++;
	if (j == i + 1 || !vnkg_i_x_wis(x, j, ")"))
		return 0;
	/* an abbreviation (TCCNQP) or a code with capitals (C08, PC06) */
	if (!x->w.w[i + 1].abbr && !x->w.w[i + 1].expanded &&
	    !(j == i + 2 && !x->w.w[i + 1].num && x->w.w[i + 1].cap))
		return 0;
	return j + 1 - i;
}

/* Lower-case words at kk that continue a name: a lexicon phrase starting
 * there, or one that started at the word or two before ("Tài chính",
 * "Tâm lý học"). Returns the words to take. */
size_t vnkg_i_x_nameword_continues(const xctx *x, size_t kk)
{
	size_t back, n;

	for (back = 0; back <= 2 && back <= kk; back++) {
		n = vnkg_i_x_match_list(x, kk - back, &vnkg_i_x_namewords, NULL);
		if (n > back)
			return n - back;
	}
	return 0;
}

/* How large a unit a head-word names, for "Trung đoàn 152, Sư đoàn 328"
 * (the second contains the first); 0 for committees and parts. */
int vnkg_i_x_unit_level(int h)
{
	static const struct {
		const char *words;
		int level;
	} levels[] = {
		{"Trung đội", 1}, {"Đại đội", 1}, {"Tiểu đoàn", 2}, {"Trung đoàn", 3}, {"Hải đội", 3},
		{"Đồn Biên phòng", 3}, {"Đồn Công an", 3}, {"Phòng", 3}, {"Bệnh xá", 3}, {"Khoa", 3},
		{"Lữ đoàn", 4}, {"Sư đoàn", 4}, {"Hải đoàn", 4}, {"Ban Chỉ huy Quân sự", 4},
		{"Quân đoàn", 5}, {"Binh đoàn", 5}, {"Binh chủng", 5}, {"Quân chủng", 6}, {"Quân khu", 6},
		{"Vùng", 5}, {"Vùng Cảnh sát biển", 5}, {"Bộ Tư lệnh", 5}, {"Bộ Chỉ huy Quân sự", 5},
		{"Bộ đội Biên phòng", 5}, {"Bộ Chỉ huy Bộ đội Biên phòng", 5}, {"Công an", 5}, {"Học viện", 5},
		{"Trường", 5}, {"Trường Sĩ quan", 5}, {"Cục", 5}, {"Bệnh viện", 5}, {"Sở", 5},
		{"Cục Chính trị", 5}, {"Cục Hậu cần", 5}, {"Cục Kỹ thuật", 5}, {"Cục Hậu cần - Kỹ thuật", 5},
		{"Bộ Tham mưu", 5}, {"Phòng Chính trị", 3}, {"Phòng Tham mưu", 3}, {"Phòng Hậu cần", 3},
		{"Phòng Kỹ thuật", 3},
		{"Vụ", 4}, {"Tổng cục", 6}, {"Tổng cục Chính trị", 6}, {"Tổng cục Hậu cần", 6}, {"Tổng cục Kỹ thuật", 6},
		{"Tổng cục Tình báo", 6}, {"Bộ Tổng Tham mưu", 6}, {"Bộ Tư lệnh Bộ đội Biên phòng", 6},
		{"Bộ Tư lệnh Cảnh sát biển", 6}, {"Cảnh sát biển Việt Nam", 6},
		{"Cảnh sát biển", 6}, {"Quân chủng Hải quân", 6}, {"Hải quân", 6}, {"Quân chủng Phòng không - Không quân", 6},
		{"Phòng không - Không quân", 6}, {"Không quân", 6}, {"Biên phòng", 5}, {"Bộ", 7}, {"Bộ Quốc phòng", 7}, {"Bộ Công an", 7},
		/* departments and firms, and the central boards that own departments
		 * ("Vụ Cơ sở, Ban Dân vận Trung ương") */
		{"Chi cục", 4}, {"Công ty", 4}, {"Tổng công ty", 5}, {"Ban Tổ chức Trung ương", 7}, {"Ban Tuyên giáo Trung ương", 7},
		{"Ban Dân vận Trung ương", 7}, {"Ban Nội chính Trung ương", 7}, {"Ban Kinh tế Trung ương", 7},
		{"Ban Đối ngoại Trung ương", 7}, {"Ban Tuyên giáo và Dân vận Trung ương", 7}, {"Văn phòng Trung ương Đảng", 7},
		{"Ủy ban Kiểm tra Trung ương", 7},
	};
	size_t i;

	if (h < 0)
		return 0;
	for (i = 0; i < sizeof(levels) / sizeof(levels[0]); i++)
		if (strcmp(levels[i].words, vnkg_i_heads[h].words) == 0)
			return levels[i].level;
	return 0;
}

/* A title at i: optional "Phó", a title of the lexicon, optional "Thường trực".
 * Returns the words consumed. */
size_t vnkg_i_x_match_title(const xctx *x, size_t i)
{
	size_t j = i, n;

	if (i >= x->w.n || !x->w.w[i].cap)
		return 0;
	if (vnkg_i_x_wis(x, j, "phó"))
		j++;
	n = vnkg_i_x_match_list(x, j, &vnkg_i_x_titles, NULL);
	if (!n) {
		/* "Phó Tư lệnh" is in the list as "Tư lệnh"; a bare "Phó" is not a title */
		return 0;
	}
	j += n;
	if (vnkg_i_x_wis(x, j, "thường") && vnkg_i_x_wis(x, j + 1, "trực"))
		j += 2;
	return j - i;
}

int vnkg_i_x_is_title_start(const xctx *x, size_t i)
{
	return vnkg_i_x_match_title(x, i) > 0;
}

int vnkg_i_x_is_rank_start(const xctx *x, size_t i)
{
	return i < x->w.n && x->w.w[i].cap && vnkg_i_x_match_list(x, i, &vnkg_i_x_ranks, NULL) > 0;
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
void vnkg_i_x_rollback(xctx *x, size_t mark, size_t a, size_t b)
{
	size_t k;

	while (x->doc->nmentions > mark)
		free_mention(&x->doc->mentions[--x->doc->nmentions]);
	for (k = a; k < b && k < x->w.n; k++)
		x->used[k] = 0;
}

size_t vnkg_i_x_word_at(const xctx *x, size_t byte)
{
	size_t i;

	for (i = 0; i < x->w.n; i++)
		if (x->w.w[i].start >= byte)
			return i;
	return x->w.n;
}

void vnkg_i_x_mark_span(xctx *x, size_t start, size_t end)
{
	size_t i;

	for (i = 0; i < x->w.n; i++)
		if (x->w.w[i].start >= start && x->w.w[i].end <= end)
			x->used[i] = 1;
}

char *vnkg_i_x_sub(const char *s, size_t a, size_t b)
{
	return vnkg_i_strndup(s + a, b - a);
}

int vnkg_i_x_only_glue(const char *s, size_t a, size_t b, int allow_and)
{
	static const char *const adverbs[] = {"đã", "cũng", "đều", "sẽ", "vừa", "cùng", "trực tiếp", "long trọng",
					      "trọng thể", "chính thức", "kiểm tra", "thăm", "dự và", "dự", NULL};
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

int vnkg_i_x_parse_int(const char *s, size_t a, size_t b)
{
	long v = 0;
	size_t i;

	for (i = a; i < b && s[i] >= '0' && s[i] <= '9'; i++)
		v = v * 10 + (s[i] - '0');
	return (int)v;
}
