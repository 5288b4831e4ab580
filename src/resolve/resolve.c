/* The resolve stage: gives every mention its identity. First the article's
 * own context (its abbreviations, its masthead, the unit it is about, the
 * full name a short reference stands for), then the corpus: one node per real
 * thing, aliases and sources kept, relations merged and counted. */

#include "resolve/resolve.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/lexicon.h"
#include "extract/tokens.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/text.h"

/* ------------------------------------------------------------------------ */
/* corpus tables */

typedef enum { T_PERSON, T_BODY, T_DIRECTIVE, T_EVENT, T_PLACE, T__COUNT } etype;

static const char *const type_names[] = {"person", "body", "directive", "event", "place"};

typedef struct entity {
	etype type;
	char *key;
	char *label;
	vnkg_strvec aliases;
	vnkg_strvec sources;
	long mentions;
	char *date, *date_precision;
	char *rank, *rank_date;
	char *kind, *number;
	char *kg_id;
	size_t node;
} entity;

typedef struct edge {
	size_t from, to;          /* entity indexes */
	size_t from_node, to_node; /* their nodes, once numbered */
	const char *relation;
	char *source;
	vnkg_strvec roles;
	char *rank;
	char *date;
	char *evidence;
	double weight;
} edge;

typedef struct strmap {
	char **keys;
	size_t *vals;
	size_t cap, n;
} strmap;

typedef struct corpus {
	entity *e;
	size_t ne, cape;
	edge *r;
	size_t nr, capr;
	strmap emap; /* entity key -> index */
	strmap rmap; /* edge key -> index */
	char **abbr_folded; /* vnkg_i_abbrs[i].words folded, once for the corpus (NULL entries on failure) */
} corpus;

static unsigned long hash_str(const char *s)
{
	unsigned long h = 1469598103934665603UL;

	while (*s) {
		h ^= (unsigned char)*s++;
		h *= 1099511628211UL;
	}
	return h;
}

static int strmap_grow(strmap *m)
{
	size_t cap = m->cap ? m->cap * 2 : 256, i;
	char **keys = calloc(cap, sizeof(char *));
	size_t *vals = calloc(cap, sizeof(size_t));

	if (!keys || !vals) {
		free(keys);
		free(vals);
		return vnkg_i_oom();
	}
	for (i = 0; i < m->cap; i++) {
		size_t j;
		if (!m->keys[i])
			continue;
		j = hash_str(m->keys[i]) & (cap - 1);
		while (keys[j])
			j = (j + 1) & (cap - 1);
		keys[j] = m->keys[i];
		vals[j] = m->vals[i];
	}
	free(m->keys);
	free(m->vals);
	m->keys = keys;
	m->vals = vals;
	m->cap = cap;
	return 0;
}

/* Returns 1 and *val when found, 0 when not. */
static int strmap_get(const strmap *m, const char *key, size_t *val)
{
	size_t j;

	if (!m->cap)
		return 0;
	j = hash_str(key) & (m->cap - 1);
	while (m->keys[j]) {
		if (strcmp(m->keys[j], key) == 0) {
			*val = m->vals[j];
			return 1;
		}
		j = (j + 1) & (m->cap - 1);
	}
	return 0;
}

/* The value stored for key, to update in place, or NULL. */
static size_t *strmap_ref(strmap *m, const char *key)
{
	size_t j;

	if (!m->cap)
		return NULL;
	j = hash_str(key) & (m->cap - 1);
	while (m->keys[j]) {
		if (strcmp(m->keys[j], key) == 0)
			return &m->vals[j];
		j = (j + 1) & (m->cap - 1);
	}
	return NULL;
}

/* Takes ownership of key. */
static int strmap_put(strmap *m, char *key, size_t val)
{
	size_t j;

	if ((m->n + 1) * 2 > m->cap && strmap_grow(m) < 0) {
		free(key);
		return VNKG_ENOMEM;
	}
	j = hash_str(key) & (m->cap - 1);
	while (m->keys[j])
		j = (j + 1) & (m->cap - 1);
	m->keys[j] = key;
	m->vals[j] = val;
	m->n++;
	return 0;
}

static void strmap_free(strmap *m)
{
	size_t i;

	for (i = 0; i < m->cap; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof(*m));
}

static char *fold(const char *s)
{
	char *out = NULL;

	if (vnkg_text_fold(&out, s) < 0)
		return NULL;
	return out;
}

/* Collapses spaces and trims: surfaces go into aliases as read. */
static char *tidy(const char *s)
{
	vnkg_buf b = VNKG_BUF_INIT;
	int space = 0;

	while (*s == ' ')
		s++;
	for (; *s; s++) {
		if (*s == ' ' || *s == '\n' || *s == '\t') {
			space = 1;
			continue;
		}
		if (space && b.len)
			vnkg_i_buf_putc(&b, ' ');
		space = 0;
		vnkg_i_buf_putc(&b, *s);
	}
	return vnkg_i_buf_detach(&b);
}

static size_t entity_get(corpus *c, etype type, const char *key, const char *label, int *err)
{
	size_t idx;
	entity *e;
	char *k;

	if (strmap_get(&c->emap, key, &idx))
		return idx;
	if (c->ne == c->cape) {
		size_t cap = c->cape ? c->cape * 2 : 128;
		entity *p = realloc(c->e, cap * sizeof(*p));
		if (!p) {
			*err = vnkg_i_oom();
			return (size_t)-1;
		}
		c->e = p;
		c->cape = cap;
	}
	e = &c->e[c->ne];
	memset(e, 0, sizeof(*e));
	e->type = type;
	e->key = vnkg_i_strdup(key);
	e->label = tidy(label);
	e->date = vnkg_i_strdup("");
	e->date_precision = vnkg_i_strdup("");
	e->rank = vnkg_i_strdup("");
	e->rank_date = vnkg_i_strdup("");
	e->kind = vnkg_i_strdup("");
	e->number = vnkg_i_strdup("");
	k = vnkg_i_strdup(key);
	if (!e->key || !e->label || !k || strmap_put(&c->emap, k, c->ne) < 0) {
		*err = VNKG_ENOMEM;
		return (size_t)-1;
	}
	return c->ne++;
}

static void set_str(char **dst, const char *v)
{
	char *n = vnkg_i_strdup(v ? v : "");

	if (n) {
		free(*dst);
		*dst = n;
	}
}

static void add_alias(entity *e, const char *alias)
{
	char *t = tidy(alias);

	if (!t)
		return;
	if (!*t || strcmp(t, e->label) == 0 || vnkg_i_strvec_contains(&e->aliases, t)) {
		free(t);
		return;
	}
	vnkg_i_strvec_push_own(&e->aliases, t);
}

static void add_source(entity *e, const char *src)
{
	if (!vnkg_i_strvec_contains(&e->sources, src))
		vnkg_i_strvec_push(&e->sources, src);
}

/* ------------------------------------------------------------------------ */
/* the article's context */

typedef struct actx {
	vnkg_i_doc *d;
	const char *article;
	char **full;        /* per mention: full resolved name (bodies) */
	int *scoped;        /* per mention: 1 when the name could not be completed */
	int *busy;          /* recursion guard */
	int *quiet;         /* per mention: its short surface is no name of what it stands for here */
	size_t *renamed;    /* per mention: the mention naming the same body by its other name, or none */
	const char **country; /* per mention: the foreign country a national body is of (P55), or NULL */
	int *guest;           /* per mention: a short local name in a foreign guest's chain of posts */
	int *unnamed;         /* per mention: a foreign body whose name the text does not give */
	vnkg_strvec countries; /* the countries read from delegations (owned; a->country points in) */
	vnkg_i_doc *const *page; /* the other docs of the same page (a list page's items), nearest first */
	size_t npage;
	char *text_place[12];  /* locality_in_text's answers, by locality word (owned) */
	int text_done[12];
	char *unit;         /* the unit the article is about, full name, or NULL */
	int unit_head;      /* its head index */
	int unit_level;     /* how large a unit it is (see the mentions' level) */
	int year;           /* the main event's year, 0 if unknown */
	char **abbr_folded; /* d->abbr_words folded, once for the doc (NULL entries on failure) */
} actx;

static const vnkg_i_head *head_of(const vnkg_i_mention *m)
{
	return m->head >= 0 ? &vnkg_i_heads[m->head] : NULL;
}

static char *body_full(actx *a, size_t i);

static char *join3(const char *x, const char *y, const char *z)
{
	vnkg_buf b = VNKG_BUF_INIT;

	vnkg_i_buf_puts(&b, x);
	if (y && *y) {
		vnkg_i_buf_putc(&b, ' ');
		vnkg_i_buf_puts(&b, y);
	}
	if (z && *z) {
		vnkg_i_buf_putc(&b, ' ');
		vnkg_i_buf_puts(&b, z);
	}
	return vnkg_i_buf_detach(&b);
}

static int starts_with_words(const char *s, const char *prefix)
{
	size_t n = strlen(prefix);

	return strncmp(s, prefix, n) == 0 && (s[n] == '\0' || s[n] == ' ');
}

/* The qualifier of the first mention of the same head that has one. */
static const char *qualifier_in_article(const actx *a, const vnkg_i_mention *bare)
{
	size_t i;

	for (i = 0; i < a->d->nmentions; i++) {
		const vnkg_i_mention *m = &a->d->mentions[i];
		if (m->type == MENTION_BODY && !m->dead && !m->bare && m->head == bare->head && m->qualifier[0])
			return m->qualifier;
	}
	return NULL;
}

/* The locality a place's committee is named after ("Tỉnh ủy", "Tỉnh đoàn"
 * -> "tỉnh"), or NULL. */
static const char *committee_locality(const char *head)
{
	static const struct {
		const char *head, *locality;
	} map[] = {{"Tỉnh ủy", "tỉnh"}, {"Thành ủy", "thành phố"}, {"Huyện ủy", "huyện"}, {"Quận ủy", "quận"}, {"Thị ủy", "thị xã"},
		     {"Tỉnh đoàn", "tỉnh"}, {"Thành đoàn", "thành phố"}, {"Huyện đoàn", "huyện"}};
	size_t i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(head, map[i].head) == 0)
			return map[i].locality;
	return NULL;
}

/* "tỉnh Yên Thủy" written anywhere in the article, also inside the name of
 * an event ("Đại hội Đảng bộ Công an tỉnh Yên Thủy"): the first locality word
 * followed by a place name of one to four capitalised syllables (three or
 * more that begin with a family name are a person: "UBND tỉnh Đặng Văn Tư"). */
static char *locality_in_text(actx *a, const char *locality)
{
	size_t si, ns = vnkg_article_sentence_count(a->d->article), nl = 1, slot;
	char *want = NULL;
	const char *p;

	/* the same answer every time: read the text once per locality word */
	for (slot = 0; vnkg_i_localities[slot] && slot < 12; slot++)
		if (strcmp(vnkg_i_localities[slot], locality) == 0)
			break;
	if (slot < 12 && vnkg_i_localities[slot] && a->text_done[slot])
		return a->text_place[slot] ? vnkg_i_strdup(a->text_place[slot]) : NULL;

	for (p = locality; *p; p++)
		if (*p == ' ')
			nl++;
	for (si = 0; si < ns && !want; si++) {
		vnkg_i_words w;
		size_t i;
		if (vnkg_i_words_split(&w, vnkg_article_sentence(a->d->article, si)->text, NULL, NULL) < 0)
			continue;
		for (i = 0; i < w.n && !want; i++) {
			size_t k, run = 0;
			/* (not "các tỉnh Tây Nguyên": a region of many) */
			if (vnkg_i_words_match(&w, i, locality) != nl || w.w[i].cap ||
			    (i > 0 && (strcmp(w.w[i - 1].lower, "các") == 0 || strcmp(w.w[i - 1].lower, "những") == 0 ||
				       strcmp(w.w[i - 1].lower, "nhiều") == 0)))
				continue;
			for (k = i + nl; k < w.n && run < 5; k++, run++) {
				const vnkg_i_word *x = &w.w[k];
				size_t h;
				int head = 0;
				if (!x->cap || x->punct || x->num || x->abbr)
					break;
				for (h = 0; h < vnkg_i_heads_count && !head; h++)
					head = !vnkg_i_heads[h].weak && strcmp(x->text, vnkg_i_heads[h].words) == 0;
				if (head)
					break;
			}
			if (run == 0 || run > 4)
				continue;
			if (run >= 3) {
				size_t s2;
				int surname = 0;
				for (s2 = 0; vnkg_i_surnames[s2] && !surname; s2++)
					surname = strcmp(vnkg_i_surnames[s2], w.w[i + nl].text) == 0;
				if (surname)
					continue;
			}
			{
				vnkg_buf b = VNKG_BUF_INIT;
				for (k = i; k < i + nl + run; k++) {
					if (k > i)
						vnkg_i_buf_putc(&b, ' ');
					vnkg_i_buf_puts(&b, w.w[k].text);
				}
				want = vnkg_i_buf_detach(&b);
			}
		}
		vnkg_i_words_free(&w);
	}
	if (slot < 12 && vnkg_i_localities[slot]) {
		a->text_done[slot] = 1;
		a->text_place[slot] = want ? vnkg_i_strdup(want) : NULL;
	}
	return want;
}

/* The place an article's "tỉnh", "huyện" or "thành phố" stands for. */
static char *locality_in_article(actx *a, const char *locality)
{
	size_t i;
	char *want = NULL;
	vnkg_buf b = VNKG_BUF_INIT;

	for (i = 0; i < a->d->nmentions && !want; i++) {
		const vnkg_i_mention *m = &a->d->mentions[i];
		const vnkg_i_head *h = head_of(m);
		/* a place written with its locality: "tại tỉnh Gia Lai" */
		if (m->type == MENTION_PLACE && !m->dead && m->locality && strcmp(m->locality, locality) == 0) {
			vnkg_i_buf_printf(&b, "%s %s", locality, m->name);
			want = vnkg_i_buf_detach(&b);
			continue;
		}
		/* "Hội Cựu chiến binh tỉnh Cao Bằng": a locality inside a name */
		if (m->type == MENTION_BODY && !m->dead && !m->bare && h && h->kind == HEAD_NAMED) {
			vnkg_buf needle = VNKG_BUF_INIT;
			const char *hit;
			vnkg_i_buf_printf(&needle, " %s ", locality);
			hit = strstr(m->qualifier, vnkg_i_buf_cstr(&needle));
			vnkg_i_buf_free(&needle);
			if (hit && vnkg_i_is_upper_initial(hit + strlen(locality) + 2)) {
				want = vnkg_i_strdup(hit + 1);
				continue;
			}
		}
		/* "Công an tỉnh Thái Bình", "Đảng bộ tỉnh Yên Bái" */
		if (m->type != MENTION_BODY || m->dead || m->bare || !h ||
		    (h->kind != HEAD_LOCAL && !(h->kind == HEAD_OWNED && m->locality[0])))
			continue;
		if (starts_with_words(m->qualifier, locality)) {
			want = vnkg_i_strdup(m->qualifier);
		} else if (!m->locality[0] && m->qualifier[0]) {
			/* "Tỉnh ủy Nghệ An" says which tỉnh; "Thành ủy Đà Nẵng" which thành phố */
			const char *cl = committee_locality(h->words);
			if (cl && strcmp(cl, locality) == 0) {
				vnkg_i_buf_printf(&b, "%s %s", locality, m->qualifier);
				want = vnkg_i_buf_detach(&b);
			}
		}
	}
	if (!want)
		want = locality_in_text(a, locality);
	return want;
}

/* The place of the last body of the same head named before mention i with
 * that locality: "Công an tỉnh" after "Công an tỉnh Hưng Yên" is that one,
 * even when the article named another tỉnh first. */
static char *locality_of_same_head(const actx *a, size_t i, const char *locality)
{
	const vnkg_i_mention *m = &a->d->mentions[i], *best = NULL;
	size_t k;

	for (k = 0; k < a->d->nmentions; k++) {
		const vnkg_i_mention *o = &a->d->mentions[k];
		if (o->type != MENTION_BODY || o->dead || o->bare || o->head != m->head ||
		    !starts_with_words(o->qualifier, locality))
			continue;
		if (o->sentence > m->sentence || (o->sentence == m->sentence && o->start >= m->start))
			continue;
		if (!best || o->sentence > best->sentence || (o->sentence == best->sentence && o->start > best->start))
			best = o;
	}
	return best ? vnkg_i_strdup(best->qualifier) : NULL;
}

/* The party committee of a place: "Tỉnh ủy" in an article about tỉnh X. */
static char *committee_place(actx *a, const vnkg_i_head *h)
{
	const char *cl = committee_locality(h->words);
	char *q, *name;

	if (!cl)
		return NULL;
	q = locality_in_article(a, cl);
	if (!q)
		return NULL;
	name = vnkg_i_strdup(q + strlen(cl) + 1);
	free(q);
	return name;
}

/* Does the article write the place "<locality> <name>" ("tỉnh Yên Thủy")? */
static int text_has_place(const actx *a, const char *locality, const char *name)
{
	size_t si, ns = vnkg_article_sentence_count(a->d->article);
	vnkg_buf b = VNKG_BUF_INIT;
	int found = 0;

	vnkg_i_buf_printf(&b, "%s %s", locality, name);
	for (si = 0; si < ns && !found; si++) {
		const char *t = vnkg_article_sentence(a->d->article, si)->text, *hit = t;
		size_t n = b.len;
		while (!found && (hit = strstr(hit, vnkg_i_buf_cstr(&b))) != NULL) {
			found = (hit == t || hit[-1] == ' ' || hit[-1] == '(') && !(hit[n] && hit[n] != ' ' && hit[n] != ',' &&
											 hit[n] != '.' && hit[n] != ')' && hit[n] != ';');
			hit += n;
		}
	}
	vnkg_i_buf_free(&b);
	return found;
}

/* The committee of a Party organisation: "Đảng bộ tỉnh X" is led by "Tỉnh ủy
 * X", "Đảng bộ Sư đoàn 3" by "Đảng ủy Sư đoàn 3". Its "Ban Chấp hành" is that
 * committee (GOLD.md: the organisation and its committee are two bodies). */
static char *committee_of(const char *party_org)
{
	static const struct {
		const char *locality, *committee;
	} map[] = {{"tỉnh", "Tỉnh ủy"}, {"thành phố", "Thành ủy"}, {"huyện", "Huyện ủy"}, {"quận", "Quận ủy"}, {"thị xã", "Thị ủy"}};
	const char *rest;
	size_t i;

	if (!starts_with_words(party_org, "Đảng bộ"))
		return NULL;
	rest = party_org + strlen("Đảng bộ");
	while (*rest == ' ')
		rest++;
	if (!*rest)
		return NULL;
	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (starts_with_words(rest, map[i].locality) && rest[strlen(map[i].locality)] == ' ')
			return join3(map[i].committee, rest + strlen(map[i].locality) + 1, NULL);
	return join3("Đảng ủy", rest, NULL);
}

/* Is the text between two mentions of a sentence only what joins a list of
 * bodies ("Tỉnh ủy, HĐND, UBND và Ủy ban MTTQ tỉnh X")? */
static int list_glue(const char *s, size_t a, size_t b)
{
	size_t i = a;

	if (b < a || b - a > 12)
		return 0;
	while (i < b) {
		if (s[i] == ' ' || s[i] == ',' || s[i] == '-') {
			i++;
			continue;
		}
		if (b - i >= 3 && strncmp(s + i, "và", 3) == 0) {
			i += 3;
			continue;
		}
		if (b - i >= 3 && strncmp(s + i, "–", 3) == 0) {
			i += 3;
			continue;
		}
		return 0;
	}
	return 1;
}

/* Bodies that share one owner: "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam
 * tỉnh Yên Thủy" (P35). The qualifier of the first body of the list after
 * mention i that has one, or NULL; when the list ends in a short reference
 * ("... Ủy ban MTTQ Việt Nam tỉnh"), its locality word and *bare = 1. */
static const char *coordinated_qualifier(const actx *a, size_t i, int *bare)
{
	const vnkg_i_doc *d = a->d;
	const char *s = vnkg_article_sentence(d->article, d->mentions[i].sentence)->text;
	size_t cur = i, steps = 0;

	while (steps++ < 8) {
		const vnkg_i_mention *c = &d->mentions[cur];
		size_t k, next = VNKG_I_NO_MENTION;
		for (k = 0; k < d->nmentions; k++) {
			const vnkg_i_mention *o = &d->mentions[k];
			if (o->type != MENTION_BODY || o->dead || o->sentence != c->sentence || o->start < c->end)
				continue;
			if (next == VNKG_I_NO_MENTION || o->start < d->mentions[next].start ||
			    (o->start == d->mentions[next].start && o->end > d->mentions[next].end))
				next = k;
		}
		if (next == VNKG_I_NO_MENTION || !list_glue(s, c->end, d->mentions[next].start) ||
		    d->mentions[next].start == c->end)
			return NULL;
		{
			const vnkg_i_mention *o = &d->mentions[next];
			const vnkg_i_head *oh = head_of(o);
			if (!oh || oh->kind != HEAD_LOCAL)
				return NULL;
			if (!o->bare && o->qualifier[0]) {
				/* the place must be written with its locality word */
				const char *q = o->qualifier;
				return strchr(q, ' ') && !vnkg_i_is_upper_initial(q) ? q : NULL;
			}
			if (!o->bare)
				return NULL;
			if (o->locality && o->locality[0]) {
				*bare = 1;
				return o->locality;
			}
		}
		cur = next;
	}
	return NULL;
}

/* Parts of a party committee rather than of a unit. */
static int is_committee_part(const vnkg_i_head *h)
{
	return strcmp(h->words, "Ban Thường vụ") == 0 || strcmp(h->words, "Thường vụ") == 0 ||
	       strcmp(h->words, "Ban Chấp hành") == 0 || strcmp(h->words, "Thường trực") == 0 ||
	       strcmp(h->words, "Ủy ban Kiểm tra") == 0;
}

/* Is the article's unit itself a party committee (Tỉnh ủy, Đảng ủy ...)? */
static int unit_is_committee(const actx *a)
{
	const char *w;

	if (a->unit_head < 0)
		return 0;
	w = vnkg_i_heads[a->unit_head].words;
	return (strstr(w, "ủy") != NULL && strcmp(w, "Ủy ban nhân dân") != 0) || committee_locality(w) != NULL;
}

/* Is mention i the body of some person's post? */
static int is_role_body(const actx *a, size_t i)
{
	size_t k, r;

	for (k = 0; k < a->d->nmentions; k++) {
		const vnkg_i_mention *p = &a->d->mentions[k];
		if (p->type != MENTION_PERSON || p->dead || p->sentence != a->d->mentions[i].sentence)
			continue;
		for (r = 0; r < p->nroles; r++)
			if (p->roles[r].body == i)
				return 1;
	}
	return 0;
}

/* "<locality> <Place>" in the n bytes at text: the first one, or the last
 * when `last`; a run of three capitals or more that begins with a family
 * name is a person, not a place. When `last` is 0 the span is the rest of a
 * chain of posts, which ends at running text (a lower-case word that is no
 * second syllable of a capitalised one: "dẫn đầu", "đã thăm"). Returns the
 * place's name, or NULL. */
static char *place_in_span(const char *text, size_t n, const char *locality, int last)
{
	char *span = vnkg_i_strndup(text, n), *out = NULL;
	vnkg_i_words w;
	size_t k, nl = 1;
	const char *p;

	for (p = locality; *p; p++)
		if (*p == ' ')
			nl++;
	if (!span || vnkg_i_words_split(&w, span, NULL, NULL) < 0) {
		free(span);
		return NULL;
	}
	for (k = 0; k < w.n && !(out && !last); k++) {
		size_t run = 0, r, h;
		int head = 0, surname = 0;
		if (vnkg_i_words_match(&w, k, locality) != nl || w.w[k].cap) {
			if (!last && !w.w[k].cap && !w.w[k].punct && !w.w[k].num &&
			    !(k > 0 && w.w[k - 1].cap && !w.w[k - 1].punct))
				break;
			continue;
		}
		for (r = k + nl; r < w.n && run < 5 && w.w[r].cap && !w.w[r].punct && !w.w[r].abbr; r++, run++) {
			for (h = 0; h < vnkg_i_heads_count && !head; h++)
				head = !vnkg_i_heads[h].weak && strcmp(w.w[r].text, vnkg_i_heads[h].words) == 0;
			if (head)
				break;
		}
		if (run == 0 || run > 4)
			continue;
		for (h = 0; run >= 3 && vnkg_i_surnames[h] && !surname; h++)
			surname = strcmp(vnkg_i_surnames[h], w.w[k + nl].text) == 0;
		if (surname)
			continue;
		{
			vnkg_buf b = VNKG_BUF_INIT;
			for (r = k + nl; r < k + nl + run; r++) {
				if (r > k + nl)
					vnkg_i_buf_putc(&b, ' ');
				vnkg_i_buf_puts(&b, w.w[r].text);
			}
			free(out);
			out = vnkg_i_buf_detach(&b);
		}
	}
	vnkg_i_words_free(&w);
	free(span);
	return out;
}

/* "Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Xê-noỏng": a place's committee written
 * bare in a chain of posts is of the place the chain names next (up to a
 * semicolon, a few words on). Returns the place's name, or NULL. */
static char *place_later_in_chain(const actx *a, size_t i, const char *locality)
{
	const vnkg_i_mention *m = &a->d->mentions[i];
	const char *s = vnkg_article_sentence(a->d->article, m->sentence)->text, *stop = strchr(s + m->end, ';');
	size_t n = stop ? (size_t)(stop - (s + m->end)) : strlen(s + m->end);

	return place_in_span(s + m->end, n > 90 ? 90 : n, locality, 0);
}

/* A short local name the doc cannot complete, completed from the other
 * items of its page (a search-results page of one provincial paper: "Tỉnh
 * ủy" in an item that never names the province). The place, or NULL. */
static char *place_from_page(const actx *a, const vnkg_i_mention *m, const vnkg_i_head *h)
{
	size_t k;

	for (k = 0; k < a->npage; k++) {
		actx t;
		char *q = NULL;
		memset(&t, 0, sizeof(t));
		t.d = a->page[k];
		t.article = a->article;
		size_t c;
		if (m->locality[0]) {
			q = locality_in_article(&t, m->locality);
		} else {
			const char *qq = qualifier_in_article(&t, m);
			q = qq ? vnkg_i_strdup(qq) : h->kind == HEAD_LOCAL ? committee_place(&t, h) : NULL;
		}
		for (c = 0; c < 12; c++)
			free(t.text_place[c]);
		if (q)
			return q;
	}
	return NULL;
}

static char *complete_bare(actx *a, size_t i)
{
	const vnkg_i_mention *m = &a->d->mentions[i];
	const vnkg_i_head *h = head_of(m);
	size_t k;

	switch (h->kind) {
	case HEAD_NUMBERED: {
		const char *q = NULL;
		char num[16];
		/* "Quân khu" beside "Quân khu 11" is that one when the article names
		 * no other; else the site's own military region */
		q = qualifier_in_article(a, m);
		for (k = 0; q && strcmp(h->words, "Quân khu") == 0 && a->d->masthead_qk && k < a->d->nmentions; k++) {
			const vnkg_i_mention *o = &a->d->mentions[k];
			if (o->type == MENTION_BODY && !o->dead && !o->bare && o->head == m->head && o->qualifier[0] &&
			    strcmp(o->qualifier, q) != 0)
				q = NULL;
		}
		if (!q && strcmp(h->words, "Quân khu") == 0 && a->d->masthead_qk) {
			snprintf(num, sizeof(num), "%d", a->d->masthead_qk);
			q = num;
		}
		if (q)
			return join3(m->name, q, NULL);
		if (!m->locality[0]) {
			char *pq = place_from_page(a, m, h), *out;
			if (pq) {
				out = join3(m->name, pq, NULL);
				free(pq);
				return out;
			}
		}
		/* "Vùng" in an article about "Vùng Cảnh sát biển 2" */
		for (k = 0; k < a->d->nmentions; k++) {
			const vnkg_i_mention *o = &a->d->mentions[k];
			const vnkg_i_head *oh = head_of(o);
			if (o->type == MENTION_BODY && !o->dead && !o->bare && oh && k != i &&
			    oh->kind == HEAD_NUMBERED && starts_with_words(oh->words, h->words) && o->qualifier[0])
				return body_full(a, k) ? vnkg_i_strdup(body_full(a, k)) : NULL;
		}
		return NULL;
	}
	case HEAD_NAMED:
	case HEAD_FIXED: {
		/* "Hội Cựu chiến binh tỉnh": the article's tỉnh */
		if (m->locality[0]) {
			char *q = locality_in_article(a, m->locality), *out;
			if (!q)
				return NULL;
			out = join3(m->name, m->qualifier, q);
			free(q);
			return out;
		}
		/* "Nhà trường": the school or academy the article is about */
		if (strcmp(h->words, "Nhà trường") == 0 && a->unit &&
		    (starts_with_words(a->unit, "Trường") || starts_with_words(a->unit, "Học viện")))
			return vnkg_i_strdup(a->unit);
		/* else the first school or academy the article names */
		for (k = 0; strcmp(h->words, "Nhà trường") == 0 && k < a->d->nmentions; k++) {
			const vnkg_i_mention *o = &a->d->mentions[k];
			const vnkg_i_head *oh = head_of(o);
			if (o->type == MENTION_BODY && !o->dead && !o->bare && oh && k != i &&
			    (starts_with_words(oh->words, "Trường") || starts_with_words(oh->words, "Học viện")))
				return body_full(a, k) ? vnkg_i_strdup(body_full(a, k)) : NULL;
		}
		/* "Tổng cục": the unit of the article if it is one, else the first named one */
		if (a->unit && starts_with_words(a->unit, h->words))
			return vnkg_i_strdup(a->unit);
		for (k = 0; k < a->d->nmentions; k++) {
			const vnkg_i_mention *o = &a->d->mentions[k];
			const vnkg_i_head *oh = head_of(o);
			/* ("Hội" is the association the article names: "Hội Cựu giáo chức
			 * tỉnh", whose own tỉnh is completed too; never "Hội đồng") */
			int hoi = strcmp(h->words, "Hội") == 0;
			if (o->type != MENTION_BODY || o->dead || !oh || k == i || (o->bare && !(hoi && o->qualifier[0])))
				continue;
			if (hoi && oh != h && !(oh->canonical && strcmp(oh->canonical, "Hội") == 0))
				continue;
			if (starts_with_words(oh->words, h->words) && (o->qualifier[0] || oh->kind == HEAD_FIXED)) {
				if (!body_full(a, k))
					return NULL;
				/* what it stands for is kept to the article: so is it */
				a->scoped[i] = a->scoped[k];
				return vnkg_i_strdup(body_full(a, k));
			}
		}
		return NULL;
	}
	case HEAD_LOCAL: {
		char *q = NULL, *out;
		int cbare = 0;
		const char *cq = m->locality[0] ? NULL : coordinated_qualifier(a, i, &cbare);
		if (cq && cbare) {
			q = locality_in_article(a, cq);
			if (q) {
				const char *cl = committee_locality(h->words);
				if (!cl)
					out = join3(m->name, q, NULL);
				else if (strcmp(cl, cq) == 0)
					out = join3(m->name, q + strlen(cl) + 1, NULL);
				else
					out = NULL;
				free(q);
				q = NULL;
				if (out)
					return out;
			}
		} else if (cq) {
			const char *cl = committee_locality(h->words);
			if (!cl)
				return join3(m->name, cq, NULL);
			if (starts_with_words(cq, cl) && cq[strlen(cl)] == ' ')
				return join3(m->name, cq + strlen(cl) + 1, NULL);
		}
		if (!m->locality[0] && committee_locality(h->words) && (is_role_body(a, i) || a->guest[i])) {
			/* a guest's: the place of the delegation named before him */
			if (a->guest[i]) {
				const char *st = vnkg_article_sentence(a->d->article, m->sentence)->text;
				q = place_in_span(st, m->start, committee_locality(h->words), 1);
			}
			if (!q)
				q = place_later_in_chain(a, i, committee_locality(h->words));
			if (!q && a->guest[i])
				return NULL;
			if (q) {
				/* (a guest's "Tỉnh ủy": the host's is the article's "Tỉnh ủy") */
				if (a->quiet)
					a->quiet[i] = 1;
				out = join3(m->name, q, NULL);
				free(q);
				return out;
			}
		}
		if (m->locality[0]) {
			q = locality_of_same_head(a, i, m->locality);
			if (!q)
				q = locality_in_article(a, m->locality);
		} else {
			const char *qq = qualifier_in_article(a, m);
			if (qq)
				q = vnkg_i_strdup(qq);
			else
				q = committee_place(a, h);
		}
		if (!q)
			q = place_from_page(a, m, h);
		if (!q)
			return NULL;
		out = join3(m->name, q, NULL);
		free(q);
		return out;
	}
	case HEAD_OWNED: {
		char *q, *out;
		/* "Bí thư Ban cán sự đảng, Chánh án Tòa án nhân dân tỉnh X": a state
		 * body's Party group, of the body the chain of posts names next (an
		 * owner is read before what it owns: "Bộ Y" of "Cục X, Bộ Y", the
		 * ministry whose group it is) */
		if (strcmp(h->words, "Ban cán sự đảng") == 0) {
			const char *s = vnkg_article_sentence(a->d->article, m->sentence)->text;
			for (k = i + 1; k < a->d->nmentions; k++) {
				const vnkg_i_mention *o = &a->d->mentions[k];
				const char *semi;
				if (o->sentence != m->sentence)
					break;
				if (o->type != MENTION_BODY || o->dead || o->bare || o->start < m->end)
					continue;
				semi = strchr(s + m->end, ';');
				if (semi && (size_t)(semi - s) < o->start)
					break;
				if (!body_full(a, k))
					break;
				a->scoped[i] = a->scoped[k];
				return join3(m->name, body_full(a, k), NULL);
			}
		}
		if (m->locality[0]) {
			/* "Đảng bộ huyện": the article's huyện */
			q = locality_of_same_head(a, i, m->locality);
			if (!q)
				q = locality_in_article(a, m->locality);
			if (!q)
				q = place_from_page(a, m, h);
			if (!q)
				return NULL;
			out = join3(m->name, q, NULL);
			free(q);
			return out;
		}
		if (!a->unit)
			return NULL;
		/* a bare "Ban Tổ chức" outside a Party committee's story is the event's
		 * organising committee, not a department of the unit (REAL-MISSES 27) */
		if (strcmp(h->words, "Ban Tổ chức") == 0 && !unit_is_committee(a))
			return NULL;
		/* "Bộ Tư lệnh" in a story about a command is that unit (GOLD.md) */
		if (strcmp(h->words, "Bộ Tư lệnh") == 0)
			return (a->unit_level >= 4 || starts_with_words(a->unit, "Bộ Tư lệnh")) && !unit_is_committee(a)
				       ? vnkg_i_strdup(a->unit)
				       : NULL;
		/* "Đảng bộ" in a story about "Huyện ủy X" is "Đảng bộ huyện X" */
		if (strcmp(h->words, "Đảng bộ") == 0 && committee_locality(vnkg_i_heads[a->unit_head].words)) {
			const char *cl = committee_locality(vnkg_i_heads[a->unit_head].words);
			const char *place = a->unit + strlen(vnkg_i_heads[a->unit_head].words);
			vnkg_buf b = VNKG_BUF_INIT;
			while (*place == ' ')
				place++;
			if (!*place)
				return NULL;
			vnkg_i_buf_printf(&b, "%s %s %s", m->name, cl, place);
			return vnkg_i_buf_detach(&b);
		}
		/* "Đảng bộ" in a story of a province's people's council or committee is
		 * the province's: "Đảng bộ, chính quyền và nhân dân tỉnh X" */
		if ((strcmp(h->words, "Đảng bộ") == 0 || strcmp(h->words, "Ban Tổ chức") == 0) &&
		    vnkg_i_heads[a->unit_head].kind == HEAD_LOCAL &&
		    (strcmp(vnkg_i_heads[a->unit_head].words, "Ủy ban nhân dân") == 0 ||
		     strcmp(vnkg_i_heads[a->unit_head].words, "Hội đồng nhân dân") == 0 ||
		     starts_with_words(vnkg_i_heads[a->unit_head].words, "Ủy ban Mặt trận"))) {
			const char *rest = a->unit + strlen(vnkg_i_heads[a->unit_head].words);
			while (*rest == ' ')
				rest++;
			if (strcmp(h->words, "Đảng bộ") != 0 || !*rest || vnkg_i_is_upper_initial(rest))
				return NULL;
			return join3(m->name, rest, NULL);
		}
		/* "Ban Chấp hành" of a unit's Party organisation is its committee */
		if (strcmp(h->words, "Ban Chấp hành") == 0 && !starts_with_words(a->unit, "Hội")) {
			if (unit_is_committee(a))
				return vnkg_i_strdup(a->unit);
			return join3("Đảng ủy", a->unit, NULL);
		}
		/* a mass organisation has its own: "Ban Thường vụ Hội Cựu chiến binh" */
		if (starts_with_words(a->unit, "Hội"))
			return join3(m->name, a->unit, NULL);
		/* the standing committee of a unit is its Đảng ủy's: "Ban Thường vụ"
		 * in a Quân đoàn article is "Ban Thường vụ Đảng ủy Quân đoàn 12" */
		if (is_committee_part(h) && !unit_is_committee(a)) {
			vnkg_buf b = VNKG_BUF_INIT;
			vnkg_i_buf_printf(&b, "%s Đảng ủy %s", m->name, a->unit);
			return vnkg_i_buf_detach(&b);
		}
		return join3(m->name, a->unit, NULL);
	}
	}
	return NULL;
}

static char *party_committee_of_unit(const vnkg_i_head *h, const char *full);

/* The full name of a body written with its qualifier and owner. */
static char *nonbare_full(actx *a, size_t i, const char *owner)
{
	const vnkg_i_mention *m = &a->d->mentions[i];
	const vnkg_i_head *h = head_of(m);
	const vnkg_i_mention *om = m->owner != VNKG_I_NO_MENTION && !m->owner_outside ? &a->d->mentions[m->owner] : NULL;
	const vnkg_i_head *oh = om ? head_of(om) : NULL;

	if (owner && h) {
		/* a unit's command is the unit: "Bộ Tư lệnh Quân khu 7" (GOLD.md) */
		if (strcmp(h->words, "Bộ Tư lệnh") == 0 && !m->qualifier[0] && oh && oh->kind != HEAD_OWNED)
			return vnkg_i_strdup(owner);
		/* "Đảng ủy Bộ CHQS tỉnh X" is the province's "Đảng ủy Quân sự" */
		if (strcmp(h->words, "Đảng ủy") == 0 && oh &&
		    (strcmp(oh->words, "Bộ Chỉ huy Quân sự") == 0 || strcmp(oh->words, "Ban Chỉ huy Quân sự") == 0))
			return party_committee_of_unit(oh, owner);
		/* "Ban Chấp hành Tỉnh đoàn X" is the Tỉnh đoàn: a place's committee */
		if (strcmp(h->words, "Ban Chấp hành") == 0 && oh && committee_locality(oh->words))
			return vnkg_i_strdup(owner);
		/* "Ban Chấp hành Đảng bộ tỉnh X" is "Tỉnh ủy X"; "Ban Thường vụ Đảng bộ
		 * X" is the committee's */
		if (oh && strcmp(oh->words, "Đảng bộ") == 0 && (strcmp(h->words, "Ban Chấp hành") == 0 || is_committee_part(h))) {
			char *c = committee_of(owner), *out;
			if (c && strcmp(h->words, "Ban Chấp hành") == 0)
				return c;
			if (c) {
				out = join3(m->name, c, NULL);
				free(c);
				return out;
			}
		}
	}
	if (h && !owner && m->qualifier[0]) {
		/* "Sở Tư pháp": a province's department, of the article's province */
		if (strcmp(h->words, "Sở") == 0 && !strstr(m->qualifier, " tỉnh ") && !strstr(m->qualifier, " thành phố ")) {
			char *q = locality_in_article(a, "tỉnh"), *out;
			if (!q)
				q = locality_in_article(a, "thành phố");
			if (!q) {
				a->scoped[i] = 1;
				return join3(m->name, m->qualifier, NULL);
			}
			out = join3(m->name, m->qualifier, q);
			free(q);
			return out;
		}
		/* "Công an Yên Thủy", "Biên phòng Yên Thủy": the province the
		 * article names with its locality word */
		if (h->kind == HEAD_LOCAL && !committee_locality(h->words) && !m->locality[0] &&
		    !strchr(m->qualifier, '.') && vnkg_i_is_upper_initial(m->qualifier)) {
			static const char *const locs[] = {"tỉnh", "thành phố", NULL};
			size_t k;
			for (k = 0; locs[k]; k++)
				if (text_has_place(a, locs[k], m->qualifier)) {
					char *q = join3(locs[k], m->qualifier, NULL), *out = join3(m->name, q, NULL);
					free(q);
					return out;
				}
		}
	}
	return join3(m->name, m->qualifier, owner);
}

/* A one-of-a-kind national body of another country ("Bộ Quốc phòng Lào",
 * "Tổng cục Hậu cần Quân đội nhân dân Lào"): the country is its qualifier. */
static int foreign_national(const actx *a, size_t k)
{
	const vnkg_i_mention *o = &a->d->mentions[k];
	const vnkg_i_head *oh = head_of(o);

	return (oh && oh->national && oh->kind == HEAD_FIXED && o->qualifier[0]) || (a->country && a->country[k]);
}

/* A department named without its owner ("Phòng Cảnh sát hình sự") where
 * the article also names it with one ("... Công an tỉnh X"): that mention,
 * the first such, or none. Only a named department (not a national body,
 * a unit by number or a place's body) is written so. */
static size_t short_of_owned(const actx *a, size_t i)
{
	const vnkg_i_mention *m = &a->d->mentions[i];
	const vnkg_i_head *h = head_of(m);
	size_t k;

	if (!h || h->kind != HEAD_NAMED || m->owner != VNKG_I_NO_MENTION || m->locality[0] || !m->qualifier[0] ||
	    (a->country && a->country[i]))
		return VNKG_I_NO_MENTION;
	for (k = 0; k < a->d->nmentions; k++) {
		const vnkg_i_mention *o = &a->d->mentions[k];
		if (k == i || o->type != MENTION_BODY || o->dead || o->bare || o->head != m->head ||
		    o->owner == VNKG_I_NO_MENTION || o->owner_outside || o->locality[0] || strcmp(o->qualifier, m->qualifier) != 0)
			continue;
		return k;
	}
	return VNKG_I_NO_MENTION;
}

static char *body_full(actx *a, size_t i)
{
	vnkg_i_mention *m = &a->d->mentions[i];

	if (a->full[i])
		return a->full[i];
	if (a->busy[i])
		return NULL;
	a->busy[i] = 1;
	if (a->renamed && a->renamed[i] != VNKG_I_NO_MENTION && body_full(a, a->renamed[i])) {
		/* "Cục Cảnh sát biển (nay là ...)": one body by two names (P56) */
		a->full[i] = vnkg_i_strdup(body_full(a, a->renamed[i]));
		a->scoped[i] = a->scoped[a->renamed[i]];
	} else if (a->country && a->country[i]) {
		/* "Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng Lào": not ours */
		a->full[i] = join3(m->name, a->country[i], NULL);
	} else if (m->bare) {
		char *c = complete_bare(a, i);
		if (c) {
			a->full[i] = c;
		} else {
			a->full[i] = join3(m->name, m->qualifier, NULL);
			a->scoped[i] = 1;
		}
	} else if (short_of_owned(a, i) != VNKG_I_NO_MENTION) {
		/* "Phòng Cảnh sát hình sự" in the story of "Phòng Cảnh sát hình sự
		 * Công an tỉnh X": the same department, its owner left out */
		size_t k = short_of_owned(a, i);
		a->full[i] = vnkg_i_strdup(body_full(a, k));
		a->scoped[i] = a->scoped[k];
	} else {
		const char *owner = NULL;
		/* "Học viện Chính trị (Bộ Quốc phòng)": the owner is not in the name */
		if (m->owner != VNKG_I_NO_MENTION && !m->owner_outside) {
			owner = body_full(a, m->owner);
			if (a->scoped[m->owner])
				a->scoped[i] = 1;
		}
		/* "Cục Tổ chức cán bộ, Bộ Quốc phòng Lào": another country's
		 * department keeps its owner in its name, apart from ours */
		if (m->owner != VNKG_I_NO_MENTION && m->owner_outside && foreign_national(a, m->owner))
			owner = body_full(a, m->owner);
		a->full[i] = nonbare_full(a, i, owner);
	}
	a->busy[i] = 0;
	return a->full[i];
}

/* Does body i, or a body it is part of by its name, need the article to
 * say which it is ("Bộ Tư lệnh Quân khu": the article's Quân khu)? */
static int chain_is_bare(const vnkg_i_doc *d, size_t i)
{
	size_t guard = 0;

	while (i != VNKG_I_NO_MENTION && guard++ < 16) {
		if (d->mentions[i].bare)
			return 1;
		if (d->mentions[i].owner_outside)
			return 0;
		i = d->mentions[i].owner;
	}
	return 0;
}

/* A venue's name in full: "Hội trường Tỉnh ủy" is the hall of the article's
 * Tỉnh ủy, "Trung tâm Hội nghị tỉnh" the one of its tỉnh. When the article
 * cannot tell which, the venue is its own (scoped): two articles' "Hội
 * trường Tỉnh ủy" are two halls. Returns a new string. */
static char *place_full(actx *a, size_t i, int *scoped)
{
	const vnkg_i_mention *m = &a->d->mentions[i];
	vnkg_buf b = VNKG_BUF_INIT;

	*scoped = 0;
	if (m->owner != VNKG_I_NO_MENTION && a->d->mentions[m->owner].dead) {
		/* its body was dropped: the hall is this article's */
		*scoped = 1;
		return vnkg_i_strdup(m->name);
	}
	if (m->owner != VNKG_I_NO_MENTION && chain_is_bare(a->d, m->owner)) {
		const vnkg_i_mention *o = &a->d->mentions[m->owner];
		const char *full = body_full(a, m->owner);
		if (!full || a->scoped[m->owner] || o->start < m->start || o->end > m->end) {
			*scoped = 1;
			return vnkg_i_strdup(m->name);
		}
		vnkg_i_buf_put(&b, m->surface, o->start - m->start);
		vnkg_i_buf_puts(&b, full);
		vnkg_i_buf_puts(&b, m->surface + (o->end - m->start));
		return vnkg_i_buf_detach(&b);
	}
	if (m->bare && !(m->qualifier && m->qualifier[0])) {
		/* a numbered ward or district: which city's, only the article says */
		*scoped = 1;
		return vnkg_i_strdup(m->name);
	}
	if (m->bare && m->qualifier && m->qualifier[0]) {
		char *loc = locality_in_article(a, m->qualifier);
		size_t n = strlen(m->name), q = strlen(m->qualifier);
		if (!loc || q > n) {
			free(loc);
			*scoped = 1;
			return vnkg_i_strdup(m->name);
		}
		vnkg_i_buf_put(&b, m->name, n - q);
		vnkg_i_buf_puts(&b, loc);
		free(loc);
		return vnkg_i_buf_detach(&b);
	}
	return vnkg_i_strdup(m->name);
}

/* "X (nay là Y)", "X, trước đây là Y": a body renamed, merged or reorganised
 * is one body by two names, when the text says so (P56). Fills a->renamed:
 * the older name points at the newer. */
static void find_renamings(actx *a)
{
	static const struct {
		const char *words;
		int newer_after;
	} cues[] = {{"nay là", 1},         {"nay đổi tên là", 1}, {"nay đổi tên thành", 1}, {"đổi tên thành", 1},
		    {"tổ chức lại thành", 1}, {"trước đây là", 0},  {"tiền thân là", 0},      {"trước là", 0}};
	const vnkg_i_doc *d = a->d;
	size_t i, k, c;

	for (i = 0; i < d->nmentions; i++)
		a->renamed[i] = VNKG_I_NO_MENTION;
	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		const char *s, *p;
		size_t next = VNKG_I_NO_MENTION;
		if (m->type != MENTION_BODY || m->dead)
			continue;
		for (k = 0; k < d->nmentions; k++) {
			const vnkg_i_mention *o = &d->mentions[k];
			if (o->type != MENTION_BODY || o->dead || o->sentence != m->sentence || o->start < m->end)
				continue;
			if (next == VNKG_I_NO_MENTION || o->start < d->mentions[next].start ||
			    (o->start == d->mentions[next].start && o->end > d->mentions[next].end))
				next = k;
		}
		if (next == VNKG_I_NO_MENTION)
			continue;
		s = vnkg_article_sentence(d->article, m->sentence)->text;
		p = s + m->end;
		while (*p == ' ' || *p == ',' || *p == '(')
			p++;
		for (c = 0; c < sizeof(cues) / sizeof(cues[0]); c++) {
			size_t n = strlen(cues[c].words);
			const char *q = p + n;
			if (strncmp(p, cues[c].words, n) != 0)
				continue;
			while (*q == ' ' || *q == ':')
				q++;
			if (q != s + d->mentions[next].start)
				continue;
			if (cues[c].newer_after)
				a->renamed[i] = next;
			else
				a->renamed[next] = i;
			break;
		}
	}
}

static int starts_with_head(const char *words);

/* "Đoàn đại biểu cấp cao tỉnh X (Lào) do đồng chí A, ..." : the country in
 * brackets of the delegation a person leads, or NULL. The bracket holds one
 * to three capitalised words that begin no body ("(Quân khu 8)" is an
 * owner, "(PK-KQ)" an abbreviation, "(huyện X, tỉnh Y)" a place). */
static const char *delegation_country(actx *a, const vnkg_i_mention *p)
{
	const char *s = vnkg_article_sentence(a->d->article, p->sentence)->text, *led = NULL, *q;
	const char *open, *close;
	size_t n, words = 1;
	char *c;

	/* the last " do " before the person, close to it */
	for (q = s; (q = strstr(q, " do ")) != NULL && (size_t)(q - s) < p->start; q++)
		led = q;
	if (!led || p->start - (size_t)(led - s) > 40)
		return NULL;
	close = NULL;
	for (q = led; q > s && !close; q--)
		if (*q == ')')
			close = q;
	if (!close || led - close > 3)
		return NULL;
	for (open = close; open > s && *open != '('; open--)
		;
	if (*open != '(' || close - open < 3 || close - open > 30)
		return NULL;
	n = (size_t)(close - open - 1);
	c = vnkg_i_strndup(open + 1, n);
	if (!c)
		return NULL;
	for (q = c; *q; q++)
		if (*q == ' ')
			words++;
	if (words > 3 || !vnkg_i_is_upper_initial(c) || starts_with_head(c) || strpbrk(c, "0123456789,")) {
		free(c);
		return NULL;
	}
	for (q = c; *q; q++)
		if (*q == ' ' && !vnkg_i_is_upper_initial(q + 1)) {
			free(c);
			return NULL;
		}
	{
		/* an abbreviation is all capitals: a country's name is not */
		char *f = fold(c);
		int lower = f && strcmp(f, c) != 0;
		size_t k, up = 0, len = strlen(c);
		for (k = 0; k < len; k++)
			if (c[k] >= 'A' && c[k] <= 'Z')
				up++;
		free(f);
		if (!lower || up == len || up * 2 > len) {
			free(c);
			return NULL;
		}
	}
	if (vnkg_i_strvec_push_own(&a->countries, c) < 0)
		return NULL;
	return a->countries.items[a->countries.len - 1];
}

/* A country after the last post of a chain makes the whole chain foreign
 * (P55): "Ủy viên Bộ Chính trị, Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng Lào"
 * speaks of Laos' Politburo. Fills a->country for the chain's national bodies
 * written without a country. */
static void find_foreign_chains(actx *a)
{
	const vnkg_i_doc *d = a->d;
	size_t i, r;

	for (i = 0; i < d->nmentions; i++)
		a->country[i] = NULL;
	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *p = &d->mentions[i];
		const char *country = NULL;
		int from_delegation;
		if (p->type != MENTION_PERSON || p->dead)
			continue;
		country = delegation_country(a, p);
		from_delegation = country != NULL;
		for (r = 0; r < p->nroles && !country; r++) {
			const vnkg_i_mention *b = p->roles[r].body != VNKG_I_NO_MENTION ? &d->mentions[p->roles[r].body] : NULL;
			const vnkg_i_head *h = b ? head_of(b) : NULL;
			if (h && h->kind == HEAD_FIXED && h->national && !b->bare && b->qualifier[0] &&
			    vnkg_i_is_upper_initial(b->qualifier))
				country = b->qualifier;
		}
		for (r = 0; country && r < p->nroles; r++) {
			size_t bi = p->roles[r].body;
			const vnkg_i_head *h = bi != VNKG_I_NO_MENTION ? head_of(&d->mentions[bi]) : NULL;
			if (h && h->kind == HEAD_FIXED && h->national && !d->mentions[bi].qualifier[0]) {
				/* (its short surface names our own body: no alias of theirs) */
				a->country[bi] = country;
				a->quiet[bi] = 1;
				/* known only from the delegation: whose it is, not what it is
				 * called ("Trung ương Đảng" of which party?): no node */
				if (from_delegation)
					a->unnamed[bi] = 1;
			}
			/* "..., Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh
			 * ủy": the guest's own province's committee, never the host's */
			if (h && h->kind == HEAD_LOCAL && d->mentions[bi].bare)
				a->guest[bi] = 1;
		}
	}
}

static size_t root_of(const vnkg_i_doc *d, size_t i)
{
	size_t guard = 0;

	/* (an owner in brackets is not part of the name: "Học viện Chính trị (Bộ
	 * Quốc phòng)" is the article's unit, not the ministry) */
	while (d->mentions[i].owner != VNKG_I_NO_MENTION && !d->mentions[i].owner_outside && guard++ < 16)
		i = d->mentions[i].owner;
	return i;
}

/* The unit an article is about: the root of its event's organiser, else the
 * masthead's Quân khu, else its most mentioned unit. */
/* The mention whose full name (names[i], NULL for none) the article writes
 * most often, among the full mentions, or with `bare_local` among the short
 * references to a local body ("Công an tỉnh"); *count is how often. */
static size_t most_named(const vnkg_i_doc *d, const char *const *names, int bare_local, size_t *count)
{
	size_t i, k, best = VNKG_I_NO_MENTION;

	*count = 0;
	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		size_t n = 0;
		if (!names[i] || (bare_local ? !m->bare || m->head < 0 || vnkg_i_heads[m->head].kind != HEAD_LOCAL
					     : m->bare))
			continue;
		for (k = 0; k < d->nmentions; k++)
			if (names[k] && strcmp(names[k], names[i]) == 0)
				n++;
		if (n > *count) {
			*count = n;
			best = i;
		}
	}
	return best;
}

static void find_unit(actx *a)
{
	vnkg_i_doc *d = a->d;
	size_t i, best = VNKG_I_NO_MENTION, bestn = 0;
	char **names;

	for (i = 0; i < d->nrelations && !a->unit; i++) {
		const vnkg_i_relation *r = &d->relations[i];
		size_t root;
		const vnkg_i_head *h;
		if (strcmp(r->relation, "organized") != 0)
			continue;
		root = root_of(d, r->from);
		h = head_of(&d->mentions[root]);
		/* "Đảng bộ huyện X tổ chức Đại hội": the article is its committee's */
		if (h && strcmp(h->words, "Đảng bộ") == 0 && d->mentions[root].locality[0]) {
			char *org = d->mentions[root].bare ? complete_bare(a, root)
							    : join3(d->mentions[root].name, d->mentions[root].qualifier, NULL);
			char *c = org ? committee_of(org) : NULL;
			size_t hk;
			free(org);
			if (!c)
				continue;
			for (hk = 0; hk < vnkg_i_heads_count; hk++)
				if (starts_with_words(c, vnkg_i_heads[hk].words) && committee_locality(vnkg_i_heads[hk].words))
					break;
			if (hk == vnkg_i_heads_count) {
				free(c);
				continue;
			}
			a->unit = c;
			a->unit_head = (int)hk;
			a->unit_level = 0;
			continue;
		}
		/* (a national academy organising its own event is the article's unit) */
		if (!h || (!h->unit && !(h->kind == HEAD_LOCAL)) || (h->national && !starts_with_words(h->words, "Học viện")))
			continue;
		if (d->mentions[root].bare) {
			char *c = complete_bare(a, root);
			if (c) {
				a->unit = c;
				a->unit_head = d->mentions[root].head;
				a->unit_level = d->mentions[root].level;
			}
			continue;
		}
		a->unit = join3(d->mentions[root].name, d->mentions[root].qualifier, NULL);
		a->unit_head = d->mentions[root].head;
		a->unit_level = d->mentions[root].level;
	}
	if (!a->unit && d->masthead_qk) {
		char num[16];
		snprintf(num, sizeof(num), "%d", d->masthead_qk);
		a->unit = join3("Quân khu", num, NULL);
		for (i = 0; i < vnkg_i_heads_count; i++)
			if (strcmp(vnkg_i_heads[i].words, "Quân khu") == 0)
				a->unit_head = (int)i;
		a->unit_level = 5;
	}
	if (a->unit)
		return;
	/* the most mentioned unit, short references counted as what they stand
	 * for ("Công an tỉnh" as the article's tỉnh's, not any Công an's) */
	names = calloc(d->nmentions + 1, sizeof(char *));
	if (!names)
		return;
	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		const vnkg_i_head *h = head_of(m);
		if (m->type != MENTION_BODY || m->dead || !h || !h->unit || h->national || m->owner != VNKG_I_NO_MENTION)
			continue;
		names[i] = m->bare ? complete_bare(a, i) : join3(m->name, m->qualifier, NULL);
	}
	best = most_named(d, (const char *const *)names, 0, &bestn);
	if (best == VNKG_I_NO_MENTION || bestn < 2) {
		/* a unit named only by short references: "Công an tỉnh" seven times */
		best = most_named(d, (const char *const *)names, 1, &bestn);
		if (bestn < 3)
			best = VNKG_I_NO_MENTION;
	}
	if (best != VNKG_I_NO_MENTION) {
		a->unit = vnkg_i_strdup(names[best]);
		a->unit_head = d->mentions[best].head;
		a->unit_level = d->mentions[best].level;
	}
	for (i = 0; i < d->nmentions; i++)
		free(names[i]);
	free(names);
	/* "Bí thư Đảng ủy, Chính ủy Học viện": the unit whose committee the
	 * article speaks of */
	for (i = 0; i < d->nrelations && !a->unit; i++) {
		const vnkg_i_relation *r = &d->relations[i];
		const vnkg_i_mention *b = &d->mentions[r->to];
		const vnkg_i_head *h = head_of(b);
		if (strcmp(r->relation, "holds_role") != 0 || !r->role || !strstr(r->role, "Đảng ủy") ||
		    b->type != MENTION_BODY || !h || !h->unit || h->national || h->kind == HEAD_OWNED || b->bare ||
		    b->owner != VNKG_I_NO_MENTION || strstr(h->words, "ủy"))
			continue;
		a->unit = join3(b->name, b->qualifier, NULL);
		a->unit_head = b->head;
		a->unit_level = b->level;
	}
}

/* ------------------------------------------------------------------------ */
/* identities */

static const char *party_term(int year)
{
	if (year <= 0)
		return "?";
	if (year <= 2015)
		return "XI";
	if (year <= 2020)
		return "XII";
	if (year <= 2025)
		return "XIII";
	return "XIV";
}

static int is_national_code(const char *suffix)
{
	static const char *const nat[] = {"TW", "QUTW", "BQP", "BCA", "CP", "TTg", "QH", "UBTVQH", "BCT", "BBT",
					  "TTCP", "VPCP", "BTTM", "TCCT", NULL};
	size_t i;

	for (i = 0; nat[i]; i++)
		if (strcmp(nat[i], suffix) == 0)
			return 1;
	return 0;
}

/* "CT/ĐU" -> "ĐU", "HD-CT" -> "CT", "NĐ-CP" -> "CP" */
static const char *code_suffix(const char *code)
{
	const char *slash = strrchr(code, '/'), *dash = strrchr(code, '-');

	if (slash)
		return slash + 1;
	if (dash)
		return dash + 1;
	return code;
}

static char *issuer_class(actx *a, size_t issuer)
{
	const char *full;
	char *f;

	if (issuer == VNKG_I_NO_MENTION)
		return NULL;
	full = body_full(a, issuer);
	/* a short name the article could not complete says nothing beyond it */
	if (!full || a->scoped[issuer])
		return NULL;
	f = fold(full);
	if (!f)
		return NULL;
	if (strcmp(f, "bo chinh tri") == 0 || strcmp(f, "ban bi thu") == 0 ||
	    strcmp(f, "ban chap hanh trung uong dang") == 0) {
		free(f);
		return vnkg_i_strdup("tw");
	}
	if (strcmp(f, "quan uy trung uong") == 0 || strcmp(f, "ban thuong vu quan uy trung uong") == 0) {
		free(f);
		return vnkg_i_strdup("qutw");
	}
	return f;
}

static int year_of(const char *iso)
{
	return iso && strlen(iso) >= 4 ? (int)strtol(iso, NULL, 10) : 0;
}

/* "151" names the same document as "151/2024" (the year is part of some
 * numbers: Nghị định 151/2024/NĐ-CP). */
static int same_number(const char *short_form, const char *full)
{
	size_t n = strlen(short_form);

	if (strcmp(short_form, full) == 0)
		return 1;
	return strncmp(short_form, full, n) == 0 && full[n] == '/' && !strchr(short_form, '/');
}

static int fullness(const vnkg_i_mention *m)
{
	return (m->code[0] ? 1 : 0) + (m->date[0] ? 1 : 0) + (m->issuer != VNKG_I_NO_MENTION ? 1 : 0);
}

/* A short reference ("Chỉ thị 35", "Kế hoạch số 1180", "Chỉ thị số
 * 1689-CT/ĐU" without its date) stands for the fuller mention of the same
 * kind, number and code in the article. */
static void link_directive_refs(vnkg_i_doc *d)
{
	size_t i, k;

	for (i = 0; i < d->nmentions; i++) {
		vnkg_i_mention *m = &d->mentions[i];
		size_t best = VNKG_I_NO_MENTION;
		if (m->type != MENTION_DIRECTIVE || m->dead || !m->number[0] || fullness(m) == 3)
			continue;
		for (k = 0; k < d->nmentions; k++) {
			const vnkg_i_mention *o = &d->mentions[k];
			if (k == i || o->type != MENTION_DIRECTIVE || o->dead || o->ref != k)
				continue;
			if (strcmp(o->kind, m->kind) != 0 || !same_number(m->number, o->number))
				continue;
			if (m->code[0] && strcmp(o->code, m->code) != 0)
				continue;
			if (m->date[0] && strcmp(o->date, m->date) != 0)
				continue;
			if (m->year_hint && o->date[0] && year_of(o->date) != m->year_hint)
				continue;
			if (m->issuer != VNKG_I_NO_MENTION && o->issuer != VNKG_I_NO_MENTION &&
			    strcmp(d->mentions[m->issuer].name, d->mentions[o->issuer].name) != 0)
				continue;
			if (fullness(o) <= fullness(m))
				continue;
			if (best == VNKG_I_NO_MENTION || fullness(o) > fullness(&d->mentions[best]))
				best = k;
		}
		if (best != VNKG_I_NO_MENTION)
			m->ref = best;
	}
}

static char *directive_key(actx *a, const vnkg_i_mention *m)
{
	vnkg_buf b = VNKG_BUF_INIT;
	char *kind = fold(m->kind), *cls = NULL;
	int year = year_of(m->date);

	if (!year)
		year = m->year_hint;
	if (!year)
		year = a->year;
	if (m->head == 1) {
		/* a Central Committee plenum: number and term */
		vnkg_i_buf_printf(&b, "directive:%s tu %s|%s", kind ? kind : "", m->number,
				  m->term[0] ? m->term : party_term(year));
	} else if (!m->number[0]) {
		char *name = fold(m->name);
		/* "Nghị quyết Đại hội XIII của Đảng": one document of the whole Party */
		cls = m->head == 4 ? vnkg_i_strdup("tw") : issuer_class(a, m->issuer);
		vnkg_i_buf_printf(&b, "directive:%s|%s", name ? name : "", cls ? cls : a->article);
		free(name);
	} else {
		if (m->code[0]) {
			const char *suf = code_suffix(m->code);
			if (is_national_code(suf))
				cls = fold(suf);
			else {
				char *ic = issuer_class(a, m->issuer);
				vnkg_buf cb = VNKG_BUF_INIT;
				vnkg_i_buf_printf(&cb, "%s@%s", suf, ic ? ic : a->article);
				free(ic);
				cls = vnkg_i_buf_detach(&cb);
			}
		} else {
			cls = issuer_class(a, m->issuer);
		}
		vnkg_i_buf_printf(&b, "directive:%s %s|%s|%s", kind ? kind : "", m->number, cls ? cls : a->article,
				  party_term(year));
	}
	free(kind);
	free(cls);
	return vnkg_i_buf_detach(&b);
}

/* "Đại hội ... lần thứ XIII": the numeral of a congress, or NULL. The
 * returned pointer is into a static table of numerals. */
static const char *local_congress_number(const char *name)
{
	static const char *const romans[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
					     "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII",
					     "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX", "XXX"};
	const char *p;
	size_t i, n;

	if (strncmp(name, "Đại hội", strlen("Đại hội")) != 0 && strncmp(name, "đại hội", strlen("đại hội")) != 0)
		return NULL;
	p = strstr(name, "lần thứ ");
	if (!p)
		return NULL;
	p += strlen("lần thứ ");
	n = 0;
	while (p[n] == 'I' || p[n] == 'V' || p[n] == 'X' || p[n] == 'L' || p[n] == 'C')
		n++;
	for (i = 0; i < sizeof(romans) / sizeof(romans[0]); i++)
		if (strlen(romans[i]) == n && strncmp(romans[i], p, n) == 0)
			return romans[i];
	return NULL;
}

static char *congress_key(const char *name)
{
	char *f = fold(name), *p;
	vnkg_buf b = VNKG_BUF_INIT;
	const char *num = local_congress_number(name);

	if (!f)
		return NULL;
	/* the Party's national congress, however it is written: "Đại hội đại
	 * biểu toàn quốc lần thứ XIV của Đảng", "Đại hội XIV của Đảng" */
	if (strstr(f, "toan quoc") || !strstr(f, "dang bo")) {
		const char *roman = num;
		if (!roman) {
			/* "Đại hội XIV của Đảng" */
			static const char *const romans[] = {"XI", "XII", "XIII", "XIV", "XV", "XVI"};
			size_t i;
			for (i = 0; i < sizeof(romans) / sizeof(romans[0]); i++) {
				size_t n = strlen(romans[i]);
				if (strncmp(name + strlen("Đại hội "), romans[i], n) == 0 && name[strlen("Đại hội ") + n] == ' ')
					roman = romans[i];
			}
		}
		if (roman) {
			vnkg_i_buf_printf(&b, "event:dai-hoi-toan-quoc-%s", roman);
			free(f);
			return vnkg_i_buf_detach(&b);
		}
	}
	p = strstr(f, " cua dang");
	if (p)
		*p = '\0';
	vnkg_i_buf_printf(&b, "event:%s", f);
	free(f);
	return vnkg_i_buf_detach(&b);
}

/* ------------------------------------------------------------------------ */

static const char *relation_label(const char *rel)
{
	static const char *const map[][2] = {
		{"chaired", "chủ trì"},       {"attended", "dự"},          {"directed", "chỉ đạo"},
		{"spoke_at", "phát biểu"},    {"organized", "tổ chức"},    {"disseminated", "quán triệt"},
		{"implemented", "triển khai"}, {"issued", "ban hành"},      {"holds_role", "giữ chức"},
		{"part_of", "trực thuộc"},    {"held_at", "tại"},          {"worked_with", "làm việc với"},
		{"awarded", "trao"},          {"toward", "tiến tới"},
	};
	size_t i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(map[i][0], rel) == 0)
			return map[i][1];
	return rel;
}

static char *evidence_text(const char *s)
{
	size_t n = strlen(s), cut = 300;

	if (n <= cut)
		return vnkg_i_strdup(s);
	while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
		cut--;
	{
		vnkg_buf b = VNKG_BUF_INIT;
		vnkg_i_buf_put(&b, s, cut);
		vnkg_i_buf_puts(&b, "…");
		return vnkg_i_buf_detach(&b);
	}
}

/* Adds the titles of "Bí thư Đảng ủy, Chính ủy" that are not there yet. */
static void add_roles(vnkg_strvec *roles, const char *role)
{
	const char *p = role;

	while (p && *p) {
		const char *comma = strstr(p, ", ");
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		char *t = vnkg_i_strndup(p, n);
		if (t && *t && !vnkg_i_strvec_contains(roles, t))
			vnkg_i_strvec_push_own(roles, t);
		else
			free(t);
		p = comma ? comma + 2 : NULL;
	}
}

static int add_edge(corpus *c, size_t from, size_t to, const char *rel, const char *source, const char *role,
		    const char *rank, const char *date, const char *sentence)
{
	vnkg_buf kb = VNKG_BUF_INIT;
	char *key;
	size_t idx;
	edge *e;

	if (from == to)
		return 0;
	vnkg_i_buf_printf(&kb, "%zu|%zu|%s|%s", from, to, rel, source);
	key = vnkg_i_buf_detach(&kb);
	if (!key)
		return VNKG_ENOMEM;
	if (strmap_get(&c->rmap, key, &idx)) {
		free(key);
		e = &c->r[idx];
		e->weight += 1.0;
		add_roles(&e->roles, role);
		if (rank && *rank && !*e->rank)
			set_str(&e->rank, rank);
		return 0;
	}
	if (c->nr == c->capr) {
		size_t cap = c->capr ? c->capr * 2 : 256;
		edge *p = realloc(c->r, cap * sizeof(*p));
		if (!p) {
			free(key);
			return vnkg_i_oom();
		}
		c->r = p;
		c->capr = cap;
	}
	e = &c->r[c->nr];
	memset(e, 0, sizeof(*e));
	e->from = from;
	e->to = to;
	e->relation = rel;
	e->source = vnkg_i_strdup(source);
	e->rank = vnkg_i_strdup(rank ? rank : "");
	e->date = vnkg_i_strdup(date ? date : "");
	e->evidence = evidence_text(sentence);
	e->weight = 1.0;
	add_roles(&e->roles, role);
	if (strmap_put(&c->rmap, key, c->nr) < 0)
		return VNKG_ENOMEM;
	c->nr++;
	return 0;
}

/* Is `part` the end of `full` after one or two words ("quan chung" +
 * "phong khong - khong quan")? Both folded. */
static int name_after_head(const char *full, const char *part)
{
	size_t nf = strlen(full), np = strlen(part), words = 0, i;

	if (np + 2 > nf || strcmp(full + nf - np, part) != 0 || full[nf - np - 1] != ' ')
		return 0;
	for (i = 0; i < nf - np - 1; i++)
		if (full[i] == ' ')
			words++;
	return words <= 1;
}

/* Does the text begin with a body head-word ("Tổng cục ...")? Such an
 * abbreviation names a whole body, not the name after a head. */
static int starts_with_head(const char *words)
{
	size_t i;

	for (i = 0; i < vnkg_i_heads_count; i++) {
		const vnkg_i_head *h = &vnkg_i_heads[i];
		size_t n = strlen(h->words);
		if (!starts_with_words(words, h->words) || h->weak)
			continue;
		/* "Phòng không - Không quân" does not begin a body named "Phòng ..." */
		if (h->kind == HEAD_NAMED && !(words[n] == ' ' && vnkg_i_is_upper_initial(words + n + 1)))
			continue;
		return 1;
	}
	return 0;
}

/* The folded forms of the article's abbreviations and of the fixed ones,
 * made once: they are compared with every body mention's label, and
 * folding is costly. An entry that cannot be folded is NULL and matches
 * nothing. */
static char **fold_doc_abbrs(const vnkg_i_doc *d)
{
	char **out = calloc(d->abbr_words.len + 1, sizeof(char *));
	size_t i;

	if (!out)
		return NULL;
	for (i = 0; i < d->abbr_words.len; i++)
		out[i] = fold(d->abbr_words.items[i]);
	return out;
}

static char **fold_fixed_abbrs(void)
{
	char **out = calloc(vnkg_i_abbrs_count + 1, sizeof(char *));
	size_t i;

	if (!out)
		return NULL;
	for (i = 0; i < vnkg_i_abbrs_count; i++)
		out[i] = fold(vnkg_i_abbrs[i].words);
	return out;
}

static void free_all(char **v, size_t n)
{
	size_t i;

	if (!v)
		return;
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Abbreviations that stand for a body's full name become its aliases. */
static void abbreviation_aliases(corpus *c, actx *a, entity *e)
{
	const vnkg_i_doc *d = a->d;
	char *fl = fold(e->label);
	size_t i;

	if (!fl)
		return;
	if (!a->abbr_folded && d->abbr_words.len)
		a->abbr_folded = fold_doc_abbrs(d);
	if (!c->abbr_folded)
		c->abbr_folded = fold_fixed_abbrs();
	for (i = 0; a->abbr_folded && i < d->abbr_keys.len && i < d->abbr_words.len; i++) {
		const char *fw = a->abbr_folded[i];
		/* the whole name, or its name after a head-word of one or two words
		 * ("Phòng không - Không quân (PK-KQ)" after "Quân chủng") */
		if (fw && (strcmp(fw, fl) == 0 || (name_after_head(fl, fw) && !starts_with_head(d->abbr_words.items[i]))))
			add_alias(e, d->abbr_keys.items[i]);
	}
	for (i = 0; c->abbr_folded && i < vnkg_i_abbrs_count; i++) {
		const char *fw = c->abbr_folded[i];
		if (fw && strcmp(fw, fl) == 0)
			add_alias(e, vnkg_i_abbrs[i].abbr);
	}
	free(fl);
}

/* The Party committee of a unit: "Đảng ủy Sư đoàn 3"; a military command
 * of a place has the place's military committee ("Bộ Chỉ huy Quân sự tỉnh
 * X" -> "Đảng ủy Quân sự tỉnh X"); a commune's council or people's
 * committee has the commune's ("Bí thư Đảng ủy, Chủ tịch HĐND xã X" ->
 * "Đảng ủy xã X"). NULL when the body has none of its own (a province's or
 * a district's council: its committee is the Tỉnh ủy or Huyện ủy). */
static char *party_committee_of_unit(const vnkg_i_head *h, const char *full)
{
	static const char *const communes[] = {"xã ", "phường ", "thị trấn ", NULL};
	size_t k;

	if ((strcmp(h->words, "Bộ Chỉ huy Quân sự") == 0 || strcmp(h->words, "Ban Chỉ huy Quân sự") == 0) &&
	    starts_with_words(full, h->words))
		return join3("Đảng ủy Quân sự", full + strlen(h->words) + (full[strlen(h->words)] == ' '), NULL);
	if (strcmp(h->words, "Hội đồng nhân dân") == 0 || strcmp(h->words, "Ủy ban nhân dân") == 0) {
		const char *place = starts_with_words(full, h->words) ? full + strlen(h->words) : "";
		while (*place == ' ')
			place++;
		for (k = 0; communes[k]; k++)
			if (strncmp(place, communes[k], strlen(communes[k])) == 0)
				return join3("Đảng ủy", place, NULL);
		return NULL;
	}
	return join3("Đảng ủy", full, NULL);
}

/* "Bí thư Đảng ủy, Chính ủy Sư đoàn 3": the secretary's post is at the
 * unit's Party committee, "Đảng ủy Sư đoàn 3", a body of its own (GOLD.md);
 * the other posts stay at the unit. Adds the committee and the edge. */
static int committee_roles(corpus *c, actx *a, const vnkg_i_relation *r, size_t from, const char *article,
			   const char *date, const char *sent)
{
	const vnkg_i_mention *b = &a->d->mentions[r->to];
	const vnkg_i_head *h = head_of(b);
	const char *p = r->role, *full;
	int err = 0;

	/* (a command is its unit: "Tư lệnh Bộ Tư lệnh Quân khu") */
	if (b->type != MENTION_BODY || !h || (!h->unit && strcmp(h->words, "Bộ Tư lệnh") != 0) || h->national ||
	    (h->kind == HEAD_OWNED && strcmp(h->words, "Bộ Tư lệnh") != 0) || committee_locality(h->words) ||
	    strstr(h->words, "ủy"))
		return 0;
	full = a->full[r->to];
	if (!full)
		return 0;
	while (p && *p) {
		const char *comma = strstr(p, ", ");
		size_t n = comma ? (size_t)(comma - p) : strlen(p), tail = strlen(" Đảng ủy");
		if (n > tail && strncmp(p + n - tail, " Đảng ủy", tail) == 0) {
			char *title = vnkg_i_strndup(p, n), *name = party_committee_of_unit(h, full), *f = name ? fold(name) : NULL;
			vnkg_buf kb = VNKG_BUF_INIT;
			size_t e;
			if (a->scoped[r->to])
				vnkg_i_buf_printf(&kb, "body:%s@%s", f ? f : "", a->article);
			else
				vnkg_i_buf_printf(&kb, "body:%s", f ? f : "");
			e = title && name && f ? entity_get(c, T_BODY, vnkg_i_buf_cstr(&kb), name, &err) : (size_t)-1;
			if (e != (size_t)-1 && err >= 0) {
				add_source(&c->e[e], article);
				c->e[e].mentions++;
				err = add_edge(c, from, e, "holds_role", article, title, r->rank, date, sent);
			} else if (err >= 0) {
				err = VNKG_ENOMEM;
			}
			vnkg_i_buf_free(&kb);
			free(title);
			free(name);
			free(f);
			if (err < 0)
				return err;
		}
		p = comma ? comma + 2 : NULL;
	}
	return 0;
}

/* The body whose delegation person i leads: "Đoàn (đại biểu|công tác) <B>
 * do <person>", B the body right before "do"; or VNKG_I_NO_MENTION. */
static size_t delegation_body(const actx *a, size_t i)
{
	const vnkg_i_doc *d = a->d;
	const vnkg_i_mention *p = &d->mentions[i];
	const char *s = vnkg_article_sentence(d->article, p->sentence)->text, *q, *led = NULL;
	size_t k, best = VNKG_I_NO_MENTION;

	for (q = s; (q = strstr(q, " do ")) != NULL && (size_t)(q - s) < p->start; q++)
		led = q;
	if (!led)
		return VNKG_I_NO_MENTION;
	/* only "đồng chí" may stand between "do" and the person */
	q = led + strlen(" do ");
	if (strncmp(q, "đồng chí ", strlen("đồng chí ")) == 0)
		q += strlen("đồng chí ");
	if ((size_t)(q - s) != p->start)
		return VNKG_I_NO_MENTION;
	for (k = 0; k < d->nmentions; k++) {
		const vnkg_i_mention *o = &d->mentions[k];
		if (o->type != MENTION_BODY || o->dead || o->sentence != p->sentence || o->end != (size_t)(led - s))
			continue;
		if (best == VNKG_I_NO_MENTION || o->start < d->mentions[best].start)
			best = k;
	}
	if (best == VNKG_I_NO_MENTION)
		return VNKG_I_NO_MENTION;
	/* the body names a delegation: "Đoàn ... <B>" in the same clause */
	for (q = s + d->mentions[best].start; q > s && q[-1] != ',' && q[-1] != ';'; q--)
		if ((size_t)(s + d->mentions[best].start - q) >= strlen("oàn ") &&
		    (strncmp(q - 1, "Đoàn ", strlen("Đoàn ")) == 0 || strncmp(q - 1, "đoàn ", strlen("đoàn ")) == 0))
			return best;
	return strncmp(s, "Đoàn ", strlen("Đoàn ")) == 0 ? best : VNKG_I_NO_MENTION;
}

/* `scope` names the doc in keys of things known only inside it: the
 * article id, or "id#k" for the k-th further item of a list page split into
 * several docs of one article (their short names mean different things). */
static int resolve_doc(corpus *c, vnkg_i_doc *d, const char *scope, vnkg_i_doc *const *page, size_t npage)
{
	actx a;
	size_t n = d->nmentions, i, *ent = NULL;
	const char *article = vnkg_article_id(d->article);
	int err = 0;

	memset(&a, 0, sizeof(a));
	a.d = d;
	a.article = scope;
	a.page = page;
	a.npage = npage;
	a.full = calloc(n + 1, sizeof(char *));
	a.scoped = calloc(n + 1, sizeof(int));
	a.busy = calloc(n + 1, sizeof(int));
	a.quiet = calloc(n + 1, sizeof(int));
	a.renamed = malloc((n + 1) * sizeof(size_t));
	a.country = calloc(n + 1, sizeof(char *));
	a.guest = calloc(n + 1, sizeof(int));
	a.unnamed = calloc(n + 1, sizeof(int));
	ent = malloc((n + 1) * sizeof(size_t));
	if (!a.full || !a.scoped || !a.busy || !a.quiet || !a.renamed || !a.country || !a.guest || !a.unnamed || !ent) {
		err = vnkg_i_oom();
		goto cleanup;
	}
	a.year = year_of(d->event_date);
	find_renamings(&a);
	find_foreign_chains(&a);
	find_unit(&a);
	/* what was completed before the unit was known is completed again */
	for (i = 0; i < n; i++) {
		free(a.full[i]);
		a.full[i] = NULL;
		a.scoped[i] = 0;
	}
	link_directive_refs(d);

	for (i = 0; i < n; i++) {
		vnkg_i_mention *m = &d->mentions[i];
		vnkg_buf kb = VNKG_BUF_INIT;
		char *key = NULL, *label = NULL;
		etype t;

		ent[i] = (size_t)-1;
		if (m->dead)
			continue;
		switch (m->type) {
		case MENTION_PERSON: {
			char *f = fold(m->name);
			t = T_PERSON;
			/* a Lao name in hyphenated transcription is spelled with "S" or
			 * "X" for one sound ("Sổm-phôn", "Xổm-phôn"): one key for both */
			if (f && strchr(f, '-')) {
				size_t q;
				for (q = 0; f[q]; q++)
					if (f[q] == 'x' && (q == 0 || f[q - 1] == ' ' || f[q - 1] == '-'))
						f[q] = 's';
			}
			vnkg_i_buf_printf(&kb, "person:%s", f ? f : "");
			free(f);
			label = vnkg_i_strdup(m->name);
			break;
		}
		case MENTION_BODY: {
			const char *full = body_full(&a, i);
			char *f;
			if (a.unnamed[i])
				continue;
			/* "Chủ tịch Hội" with no association named, "nhà trường" with no
			 * school, "Phó Vụ trưởng Vụ", a bare "Cục" or "Tổng cục" with no
			 * department named: nothing to stand for */
			if (m->bare && a.scoped[i] && head_of(m) &&
			    ((strcmp(head_of(m)->words, "Hội") == 0 && (!full || strcmp(full, m->name) == 0 || m->qualifier[0])) ||
			     (head_of(m)->kind == HEAD_NAMED && !m->qualifier[0] && (!full || strcmp(full, m->name) == 0)) ||
			     !vnkg_i_is_upper_initial(m->surface) ||
			     /* "xây dựng Công an xã chính quy": a commune's body where the
			      * article names no commune is a kind of body, not one */
			     (strcmp(m->locality, "xã") == 0 && (!full || !strstr(full, "xã ")))))
				continue;
			f = fold(full ? full : m->name);
			t = T_BODY;
			/* "Tiểu đoàn 3", "Trung đoàn 152" are numbered within a larger
			 * unit: one body in the article, kept apart from the others' */
			if (m->level && m->level <= 3 && head_of(m) && head_of(m)->kind == HEAD_NUMBERED)
				vnkg_i_buf_printf(&kb, "body:%s@%s", f ? f : "", scope);
			else if (a.scoped[i])
				vnkg_i_buf_printf(&kb, "body:%s@%s", f ? f : "", scope);
			else
				vnkg_i_buf_printf(&kb, "body:%s", f ? f : "");
			free(f);
			label = vnkg_i_strdup(full ? full : m->name);
			break;
		}
		case MENTION_DIRECTIVE:
			if (m->ref != i && m->ref != VNKG_I_NO_MENTION && !d->mentions[m->ref].dead)
				continue; /* mapped with its target below */
			t = T_DIRECTIVE;
			key = directive_key(&a, m);
			label = vnkg_i_strdup(m->name);
			break;
		case MENTION_EVENT: {
			t = T_EVENT;
			if (m->national) {
				key = congress_key(m->name);
			} else if (local_congress_number(m->name)) {
				/* a headline and the lead may name one congress two ways */
				vnkg_i_buf_printf(&kb, "event:dai-hoi-lan-thu-%s@%s", local_congress_number(m->name), scope);
			} else {
				char *slug = NULL;
				vnkg_text_slug(&slug, m->name);
				if (slug && strlen(slug) > 60)
					slug[60] = '\0';
				vnkg_i_buf_printf(&kb, "event:%s@%s", slug ? slug : "", scope);
				free(slug);
			}
			label = vnkg_i_strdup(m->name);
			break;
		}
		case MENTION_PLACE:
		default: {
			int scoped = 0;
			char *f;
			t = T_PLACE;
			label = place_full(&a, i, &scoped);
			f = fold(label ? label : m->name);
			if (scoped)
				vnkg_i_buf_printf(&kb, "place:%s@%s", f ? f : "", article);
			else
				vnkg_i_buf_printf(&kb, "place:%s", f ? f : "");
			free(f);
			break;
		}
		}
		if (!key)
			key = vnkg_i_buf_detach(&kb);
		else
			vnkg_i_buf_free(&kb);
		if (!key || !label) {
			free(key);
			free(label);
			err = VNKG_ENOMEM;
			goto cleanup;
		}
		ent[i] = entity_get(c, t, key, label, &err);
		free(key);
		free(label);
		if (err < 0)
			goto cleanup;
		{
			entity *e = &c->e[ent[i]];
			e->mentions++;
			add_source(e, article);
			if (t == T_PERSON) {
				/* a foreign name met in another spelling is kept as written */
				if (m->name && strchr(m->name, '-') && !m->anaphor)
					add_alias(e, m->name);
				/* a person's other name is the one with the rank; a post and a
				 * body before the name are facts on edges, not a name */
				if (m->rank && *m->rank && !m->anaphor) {
					vnkg_buf ab = VNKG_BUF_INIT;
					vnkg_i_buf_printf(&ab, "%s %s", m->rank, m->name);
					add_alias(e, vnkg_i_buf_cstr(&ab));
					vnkg_i_buf_free(&ab);
				}
			} else if (!m->implied && !a.quiet[i]) {
				add_alias(e, m->surface);
			}
			if (t == T_PLACE && m->locality && m->locality[0]) {
				vnkg_buf ab = VNKG_BUF_INIT;
				vnkg_i_buf_printf(&ab, "%s %s", m->locality, m->name);
				add_alias(e, vnkg_i_buf_cstr(&ab));
				vnkg_i_buf_free(&ab);
			}
			if (t == T_BODY)
				abbreviation_aliases(c, &a, e);
			if (t == T_PERSON && m->rank && *m->rank) {
				const char *date = d->event_date ? d->event_date : "";
				if (!*e->rank || strcmp(date, e->rank_date) >= 0) {
					set_str(&e->rank, m->rank);
					set_str(&e->rank_date, date);
				}
			}
			if (t == T_DIRECTIVE) {
				set_str(&e->kind, m->kind);
				if (m->number[0] && !*e->number) {
					vnkg_buf nb = VNKG_BUF_INIT;
					vnkg_i_buf_puts(&nb, m->number);
					if (m->code[0])
						vnkg_i_buf_printf(&nb, "%s%s", m->head == 2 ? "/" : "-", m->code);
					set_str(&e->number, vnkg_i_buf_cstr(&nb));
					vnkg_i_buf_free(&nb);
				}
				if (m->date[0] && !*e->date)
					set_str(&e->date, m->date);
				if ((m->code[0] || m->date[0]) && strlen(m->name) > strlen(e->label)) {
					/* prefer the fullest form as the label; the old one stays a name */
					char *old = e->label;
					e->label = vnkg_i_strdup(m->name);
					if (!e->label) {
						e->label = old;
					} else {
						add_alias(e, old);
						free(old);
					}
				}
			}
			if (t == T_EVENT) {
				set_str(&e->kind, m->kind);
				/* the first date given, or a finer one: a headline naming the
				 * congress by its term ("nhiệm kỳ 2032-2037": 2032) and the
				 * lead giving its day; the article's own event, dated from the
				 * whole page, outranks a year read off a name */
				if (m->date && *m->date &&
				    (!*e->date ||
				     (strlen(m->date) > strlen(e->date) &&
				      (strncmp(m->date, e->date, strlen(e->date)) == 0 ||
				       (m->main_event && strlen(e->date) == 4 && m->date[0] != '-'))))) {
					set_str(&e->date, m->date);
					set_str(&e->date_precision, m->date_precision);
				}
				if (!*e->date_precision)
					set_str(&e->date_precision, "unknown");
			}
		}
	}
	/* short references take their target's entity */
	for (i = 0; i < n; i++) {
		vnkg_i_mention *m = &d->mentions[i];
		if (m->dead || m->type != MENTION_DIRECTIVE || ent[i] != (size_t)-1)
			continue;
		ent[i] = ent[m->ref];
		if (ent[i] != (size_t)-1) {
			c->e[ent[i]].mentions++;
			add_alias(&c->e[ent[i]], m->surface);
		}
	}
	for (i = 0; i < d->nrelations; i++) {
		const vnkg_i_relation *r = &d->relations[i];
		size_t from = ent[r->from], to = ent[r->to];
		const char *date = d->event_date;
		const char *sent = vnkg_article_sentence(d->article, r->sentence)->text;
		char *role = NULL;
		if (from == (size_t)-1 || to == (size_t)-1)
			continue;
		if (strcmp(r->relation, "issued") == 0) {
			date = d->mentions[r->to].date;
		} else if (strcmp(r->relation, "toward") == 0 || strcmp(r->relation, "part_of") == 0) {
			date = "";
		} else if (d->mentions[r->to].type == MENTION_EVENT) {
			/* "chủ trì lễ ..." of another day than the article's own event */
			if (d->mentions[r->to].date && d->mentions[r->to].date[0])
				date = d->mentions[r->to].date;
		} else if (d->sent_event && d->sent_event[r->sentence] != VNKG_I_NO_MENTION &&
			   d->sent_event[r->sentence] != d->main_event) {
			/* a post held at the time of another event the sentence tells of */
			const vnkg_i_mention *ev = &d->mentions[d->sent_event[r->sentence]];
			if (ev->date && ev->date[0])
				date = ev->date;
		}
		if (r->role)
			role = vnkg_i_strdup(r->role);
		/* "Bí thư Đảng bộ huyện X" is the secretary of its committee, the
		 * Huyện ủy (P36) */
		if (strcmp(r->relation, "holds_role") == 0 && r->role && strstr(r->role, "Bí thư") &&
		    head_of(&d->mentions[r->to]) && strcmp(head_of(&d->mentions[r->to])->words, "Đảng bộ") == 0 &&
		    a.full[r->to] && !a.scoped[r->to]) {
			char *cm = committee_of(a.full[r->to]), *f = cm ? fold(cm) : NULL;
			vnkg_buf kb = VNKG_BUF_INIT;
			size_t e = (size_t)-1;
			if (f) {
				vnkg_i_buf_printf(&kb, "body:%s", f);
				e = entity_get(c, T_BODY, vnkg_i_buf_cstr(&kb), cm, &err);
			}
			if (e != (size_t)-1 && err >= 0) {
				add_source(&c->e[e], article);
				c->e[e].mentions++;
				to = e;
			}
			vnkg_i_buf_free(&kb);
			free(cm);
			free(f);
			if (err < 0) {
				free(role);
				goto cleanup;
			}
		}
		err = add_edge(c, from, to, r->relation, article, role, r->rank, date, sent);
		free(role);
		if (err < 0)
			goto cleanup;
		if (strcmp(r->relation, "holds_role") == 0 && r->role) {
			err = committee_roles(c, &a, r, from, article, date, sent);
			if (err < 0)
				goto cleanup;
		}
	}
	/* "Đoàn đại biểu Bộ CHQS tỉnh X do Đại tá A, Phó Chỉ huy trưởng dẫn
	 * đầu": a post written without its body is at the body whose delegation
	 * the person leads (REAL-MISSES 14) */
	for (i = 0; i < n; i++) {
		const vnkg_i_mention *p = &d->mentions[i];
		size_t b, r;
		if (p->type != MENTION_PERSON || p->dead || ent[i] == (size_t)-1)
			continue;
		b = delegation_body(&a, i);
		if (b == VNKG_I_NO_MENTION || ent[b] == (size_t)-1)
			continue;
		for (r = 0; r < p->nroles; r++) {
			if (p->roles[r].body != VNKG_I_NO_MENTION)
				continue;
			err = add_edge(c, ent[i], ent[b], "holds_role", article, p->roles[r].title, p->rank, d->event_date,
				       vnkg_article_sentence(d->article, p->sentence)->text);
			if (err < 0)
				goto cleanup;
		}
	}
	/* parts completed from the article's context belong to what completed
	 * them: the owner is the rest of their full name, when it is a body the
	 * article names */
	for (i = 0; i < n; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		const vnkg_i_head *h = head_of(m);
		size_t owner = (size_t)-1;
		if (m->type != MENTION_BODY || m->dead || !m->bare || !h || h->kind != HEAD_OWNED || a.scoped[i] ||
		    ent[i] == (size_t)-1 || !a.full[i])
			continue;
		{
			const char *rest = a.full[i] + strlen(m->name);
			char *f;
			vnkg_buf kb = VNKG_BUF_INIT;
			while (*rest == ' ')
				rest++;
			f = fold(rest);
			vnkg_i_buf_printf(&kb, "body:%s", f ? f : "");
			free(f);
			if (!strmap_get(&c->emap, vnkg_i_buf_cstr(&kb), &owner))
				owner = (size_t)-1;
			vnkg_i_buf_free(&kb);
		}
		if (owner == (size_t)-1 || owner == ent[i])
			continue;
		err = add_edge(c, ent[i], owner, "part_of", article, NULL, NULL, "",
			       vnkg_article_sentence(d->article, m->sentence)->text);
		if (err < 0)
			goto cleanup;
	}
cleanup:
	if (a.full)
		for (i = 0; i < n; i++)
			free(a.full[i]);
	free(a.full);
	free(a.scoped);
	free(a.busy);
	free(a.quiet);
	free(a.renamed);
	for (i = 0; i < 12; i++)
		free(a.text_place[i]);
	free((void *)a.country);
	vnkg_i_strvec_free(&a.countries);
	free(a.guest);
	free(a.unnamed);
	free(a.unit);
	free_all(a.abbr_folded, d->abbr_words.len);
	free(ent);
	return err;
}

/* ------------------------------------------------------------------------ */
/* to the graph */

static int cmp_str(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

static char *join_sorted(vnkg_strvec *v)
{
	vnkg_buf b = VNKG_BUF_INIT;
	size_t i;

	if (v->len > 1)
		qsort(v->items, v->len, sizeof(char *), cmp_str);
	for (i = 0; i < v->len; i++) {
		if (i)
			vnkg_i_buf_puts(&b, " | ");
		vnkg_i_buf_puts(&b, v->items[i]);
	}
	return vnkg_i_buf_detach(&b);
}

static int cmp_entity(const void *x, const void *y)
{
	const entity *a = *(entity *const *)x, *b = *(entity *const *)y;

	if (a->type != b->type)
		return (int)a->type - (int)b->type;
	return strcmp(a->key, b->key);
}

static int cmp_edge(const void *x, const void *y)
{
	const edge *a = *(edge *const *)x, *b = *(edge *const *)y;
	int c;

	if (a->from_node != b->from_node)
		return a->from_node < b->from_node ? -1 : 1;
	c = strcmp(a->relation, b->relation);
	if (c)
		return c;
	if (a->to_node != b->to_node)
		return a->to_node < b->to_node ? -1 : 1;
	return strcmp(a->source, b->source);
}

static int to_graph(vnkg_graph **out, corpus *c)
{
	vnkg_graph *g = NULL;
	entity **order = NULL;
	edge **eorder = NULL;
	size_t i;
	strmap ids = {0};
	int err;

	err = vnkg_graph_new(&g);
	if (err < 0)
		return err;
	order = malloc((c->ne + 1) * sizeof(*order));
	eorder = malloc((c->nr + 1) * sizeof(*eorder));
	if (!order || !eorder) {
		err = vnkg_i_oom();
		goto cleanup;
	}
	for (i = 0; i < c->ne; i++)
		order[i] = &c->e[i];
	qsort(order, c->ne, sizeof(*order), cmp_entity);
	for (i = 0; i < c->ne; i++) {
		entity *e = order[i];
		vnkg_buf id = VNKG_BUF_INIT;
		char *slug = NULL, *aliases, *sources, *base;
		size_t node, dummy, k = 2;

		vnkg_text_slug(&slug, e->label);
		vnkg_i_buf_printf(&id, "%s:%s", type_names[e->type], slug && *slug ? slug : "x");
		free(slug);
		base = vnkg_i_buf_detach(&id);
		if (!base) {
			err = VNKG_ENOMEM;
			goto cleanup;
		}
		vnkg_i_buf_puts(&id, base);
		while (strmap_get(&ids, vnkg_i_buf_cstr(&id), &dummy)) {
			vnkg_i_buf_clear(&id);
			vnkg_i_buf_printf(&id, "%s-%zu", base, k++);
		}
		free(base);
		e->kg_id = vnkg_i_buf_detach(&id);
		if (!e->kg_id || strmap_put(&ids, vnkg_i_strdup(e->kg_id), 0) < 0) {
			err = VNKG_ENOMEM;
			goto cleanup;
		}
		err = vnkg_graph_add_node(g, &node, e->kg_id);
		if (err < 0)
			goto cleanup;
		e->node = node;
		aliases = join_sorted(&e->aliases);
		sources = join_sorted(&e->sources);
		vnkg_graph_set_node_attr(g, node, "type", type_names[e->type]);
		vnkg_graph_set_node_attr(g, node, "label", e->label);
		vnkg_graph_set_node_attr(g, node, "aliases", aliases);
		vnkg_graph_set_node_attr(g, node, "sources", sources);
		vnkg_graph_set_node_mentions(g, node, e->mentions);
		if (e->type == T_EVENT || e->type == T_DIRECTIVE)
			vnkg_graph_set_node_attr(g, node, "date", e->date);
		if (e->type == T_EVENT)
			vnkg_graph_set_node_attr(g, node, "date_precision", *e->date_precision ? e->date_precision : "unknown");
		if (e->type == T_PERSON)
			vnkg_graph_set_node_attr(g, node, "rank", e->rank);
		if (e->type == T_EVENT || e->type == T_DIRECTIVE)
			vnkg_graph_set_node_attr(g, node, "kind", e->kind);
		if (e->type == T_DIRECTIVE)
			vnkg_graph_set_node_attr(g, node, "number", e->number);
		free(aliases);
		free(sources);
	}
	for (i = 0; i < c->nr; i++) {
		eorder[i] = &c->r[i];
		eorder[i]->from_node = c->e[eorder[i]->from].node;
		eorder[i]->to_node = c->e[eorder[i]->to].node;
	}
	qsort(eorder, c->nr, sizeof(*eorder), cmp_edge);
	for (i = 0; i < c->nr; i++) {
		edge *r = eorder[i];
		size_t ei;
		char *roles = NULL;
		vnkg_buf rb = VNKG_BUF_INIT;
		size_t k;

		err = vnkg_graph_add_edge(g, &ei, c->e[r->from].node, c->e[r->to].node);
		if (err < 0)
			goto cleanup;
		for (k = 0; k < r->roles.len; k++) {
			if (k)
				vnkg_i_buf_puts(&rb, ", ");
			vnkg_i_buf_puts(&rb, r->roles.items[k]);
		}
		roles = vnkg_i_buf_detach(&rb);
		vnkg_graph_set_edge_attr(g, ei, "relation", r->relation);
		vnkg_graph_set_edge_attr(g, ei, "label", relation_label(r->relation));
		vnkg_graph_set_edge_attr(g, ei, "role", roles);
		vnkg_graph_set_edge_attr(g, ei, "rank", r->rank);
		vnkg_graph_set_edge_attr(g, ei, "date", r->date);
		vnkg_graph_set_edge_attr(g, ei, "source", r->source);
		vnkg_graph_set_edge_attr(g, ei, "evidence", r->evidence);
		vnkg_graph_set_edge_weight(g, ei, r->weight);
		free(roles);
	}
	*out = g;
	g = NULL;
cleanup:
	strmap_free(&ids);
	free(order);
	free(eorder);
	vnkg_graph_free(g);
	return err;
}

static void corpus_free(corpus *c)
{
	size_t i;

	for (i = 0; i < c->ne; i++) {
		entity *e = &c->e[i];
		free(e->key);
		free(e->label);
		vnkg_i_strvec_free(&e->aliases);
		vnkg_i_strvec_free(&e->sources);
		free(e->date);
		free(e->date_precision);
		free(e->rank);
		free(e->rank_date);
		free(e->kind);
		free(e->number);
		free(e->kg_id);
	}
	free(c->e);
	for (i = 0; i < c->nr; i++) {
		edge *r = &c->r[i];
		free(r->source);
		vnkg_i_strvec_free(&r->roles);
		free(r->rank);
		free(r->date);
		free(r->evidence);
	}
	free(c->r);
	strmap_free(&c->emap);
	strmap_free(&c->rmap);
	free_all(c->abbr_folded, vnkg_i_abbrs_count);
}

int vnkg_i_resolve(vnkg_graph **out, vnkg_i_doc *const *docs, size_t n)
{
	corpus c;
	strmap seen = {0};
	size_t i, k, npage;
	vnkg_i_doc **page = NULL;
	int err = 0;

	*out = NULL;
	memset(&c, 0, sizeof(c));
	page = calloc(n + 1, sizeof(*page));
	if (!page) {
		err = vnkg_i_oom();
		goto cleanup;
	}
	for (i = 0; i < n; i++) {
		const char *id = vnkg_article_id(docs[i]->article);
		size_t serial = 0, *count = strmap_ref(&seen, id);
		vnkg_buf scope = VNKG_BUF_INIT;
		/* how many docs of this article came before */
		if (count) {
			serial = (*count)++;
		} else {
			char *key = vnkg_i_strdup(id);
			if (!key || strmap_put(&seen, key, 1) < 0) {
				err = VNKG_ENOMEM;
				goto cleanup;
			}
		}
		if (serial)
			vnkg_i_buf_printf(&scope, "%s#%zu", id, serial);
		else
			vnkg_i_buf_puts(&scope, id);
		/* the page's other items, nearest first */
		npage = 0;
		{
			int left = 1, right = 1;
			for (k = 1; left || right; k++) {
				left = left && k <= i && strcmp(vnkg_article_id(docs[i - k]->article), id) == 0;
				right = right && i + k < n && strcmp(vnkg_article_id(docs[i + k]->article), id) == 0;
				if (left)
					page[npage++] = docs[i - k];
				if (right)
					page[npage++] = docs[i + k];
			}
		}
		err = vnkg_i_buf_cstr(&scope) ? resolve_doc(&c, docs[i], vnkg_i_buf_cstr(&scope), page, npage) : VNKG_ENOMEM;
		vnkg_i_buf_free(&scope);
		if (err < 0)
			goto cleanup;
	}
	err = to_graph(out, &c);
cleanup:
	free(page);
	strmap_free(&seen);
	corpus_free(&c);
	return err;
}
