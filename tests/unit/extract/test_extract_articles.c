/* test_extract_articles: data-driven extraction tests on short articles written
 * for the purpose (tests/fixtures/articles/, see the README there).
 *
 * Every NAME.txt in that folder (sorted by name) is one article; NAME.expect says
 * what a careful human reader finds in it (../shared/eval/GOLD.md conventions).
 * Each article is built alone (vnkg_build_buffers, article id = NAME) and its
 * expectations are checked against that graph; then all articles are built
 * together and corpus.expect is checked against the corpus graph. Every failed
 * line is printed as "articles/FILE:LINE: expectation" followed by what the
 * graph has instead (the candidate nodes or edges), and a test fails when any of
 * its lines fails. The same lines go to failures.txt in the test's folder of the
 * build tree, next to each graph written as NAME.graphml (corpus.graphml). An
 * optional argument runs only the articles whose name contains it ("corpus" runs
 * the corpus test only); VNKG_ARTICLES_DIR=DIR reads the articles from DIR.
 *
 * The .expect format, one expectation a line ('#' starts a comment):
 *
 *   person     Nguyễn Văn An                 a node of that type has this name
 *   person     Nguyễn Văn An  rank=Đại tá    ... and these options hold
 *   body       ~Thường vụ Đảng ủy            a node whose label or an alias contains the text
 *   body       =Quân đoàn                    a node whose LABEL is exactly the text
 *   no person  Thanh Bình                    no node of that type has that name
 *   no any     ~Họ và tên                    no node of any type has a name containing it
 *   same       body  A  |  B                 A and B name one and the same node
 *   distinct   body  A  |  B                 A and B both exist and no node is both
 *   edge       chaired  A  ->  B             an edge of that relation from A to B
 *   edge       holds_role  A  ->  B  role=Chính ủy  rank=Đại tá
 *   no edge    attended  A  ->  ~hội nghị    no such edge
 *   todo edge  chaired  A  ->  B             a known gap: checked and reported, not failed
 *
 * Types: person, body, directive, event, place (and "any" after "no"). Relations
 * are the vocabulary of DESIGN.md; the ends of an edge are looked up among the
 * node types the relation allows (chaired: person -> event, disseminated:
 * event or person -> directive, ...).
 *
 * A name matches a node when its key equals the key of the node's label or of one
 * of its aliases. Keys are compared, not raw text: NFC/NFD and case are ignored,
 * tone-mark placement is unified (uỷ = ủy), spaces collapse, " - " and " / " lose
 * their spaces, edge punctuation and quotes are dropped, "số" before a number is
 * dropped (Chỉ thị số 35 = Chỉ thị 35), the fixed abbreviations of the genre are
 * spelled out (UBND, HĐND, CHQS, BCHQS, BĐBP, MTTQ, QUTW, BQP, BTL, BTTM, TCCT,
 * LLVT, QĐND, CAND, CTĐ, CTCT, TP, QK<n>), and for places a leading "thành phố",
 * "tỉnh", "huyện", "quận", "thị xã", "thị trấn", "xã" or "phường" is dropped.
 * Abbreviations an article defines itself (TCHC, BCTTLL) are NOT spelled out:
 * "same body Tổng cục Hậu cần | TCHC" checks that the alias was kept.
 *
 * Without "~" a positive line wants exactly one node that has the name and
 * satisfies the options (two are a split); with "~" at least one. Options
 * (key=value for equality of keys, key~value for "contains"):
 *   nodes:  rank date precision kind number label source count
 *   edges:  role rank date source weight evidence count
 * role=X holds when X is one of the comma-separated parts of the edge's role
 * ("Bí thư Đảng ủy, Chính ủy" has role=Chính ủy but not role=Phó Chính ủy).
 * source=ID holds when the node's sources (or the edge's source) is ID or starts
 * with "ID_" (so a03 stands for a03_qk3_so_ket_2023). count=N wants exactly N
 * matching nodes or edges. weight=N compares the edge weight.
 *
 * Besides the lines, every graph is checked as a whole: each edge has a relation
 * of the vocabulary, ends of the types it allows, a non-empty evidence and a
 * source that is the article's id (one of the ids for the corpus), a weight > 0;
 * each node has a type, a label, and the article among its sources. */

#define _POSIX_C_SOURCE 200809L

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "test_util.h"
#include <vnkg.h>

static const char *articles_dir = VNKG_TEST_FIXTURES "/articles";
#define ARTICLES_DIR articles_dir
#define FAILURES_FILE VNKG_TEST_TMP "/failures.txt"

/* ---- small helpers ------------------------------------------------------ */

typedef struct sbuf {
	char *s;
	size_t len, cap;
} sbuf;

static void sb_vprintf(sbuf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return;
	if (b->len + (size_t)n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		char *p;
		while (cap < b->len + (size_t)n + 1)
			cap *= 2;
		p = realloc(b->s, cap);
		if (!p)
			return;
		b->s = p;
		b->cap = cap;
	}
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

static void sb_printf(sbuf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sb_vprintf(b, fmt, ap);
	va_end(ap);
}

static const char *sb_str(const sbuf *b)
{
	return b->s ? b->s : "";
}

static char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = malloc(n);

	if (p)
		memcpy(p, s, n);
	return p;
}

static char *xstrndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);

	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

static char *trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
		*--e = '\0';
	return s;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* ---- name keys ----------------------------------------------------------- */

static int is_tone(utf8proc_int32_t c)
{
	return c == 0x300 || c == 0x301 || c == 0x303 || c == 0x309 || c == 0x323;
}

static int is_wordch(utf8proc_int32_t c)
{
	utf8proc_category_t k = utf8proc_category(c);

	return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_NO) || c == '&';
}

static int is_space(utf8proc_int32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;
}

static int is_quote(utf8proc_int32_t c)
{
	return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0xAB || c == 0xBB ||
	       c == 0x2018 || c == 0x2019 || c == '\'';
}

static void put_cp(sbuf *b, utf8proc_int32_t c)
{
	utf8proc_uint8_t tmp[8];
	utf8proc_ssize_t n = utf8proc_encode_char(c, tmp);

	tmp[n] = 0;
	sb_printf(b, "%s", (const char *)tmp);
}

/* Case-folded NFD with tone marks moved to the end of each word, spaces
 * collapsed, quotes dropped, dashes unified. */
static char *fold(const char *s)
{
	utf8proc_uint8_t *nfd = NULL;
	utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, 0, &nfd,
					  UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
						  UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
	sbuf out = {0};
	utf8proc_int32_t tones[8];
	int ntones = 0, pending_space = 0;
	utf8proc_ssize_t i = 0;

	if (n < 0)
		return xstrdup(s);
	while (i < n) {
		utf8proc_int32_t c;
		utf8proc_ssize_t k = utf8proc_iterate(nfd + i, n - i, &c);
		int word;

		if (k <= 0)
			break;
		i += k;
		if (c == 0xF0)
			c = 0x111; /* ð typed for đ */
		if (c == 0x2013 || c == 0x2014 || c == 0x2010 || c == 0x2212)
			c = '-';
		if (is_quote(c))
			continue;
		if (is_tone(c)) {
			if (ntones < 8)
				tones[ntones++] = c;
			continue;
		}
		word = is_wordch(c);
		if (!word) {
			int t;
			for (t = 0; t < ntones; t++)
				put_cp(&out, tones[t]);
			ntones = 0;
		}
		if (is_space(c)) {
			pending_space = out.len > 0;
			continue;
		}
		if (pending_space) {
			sb_printf(&out, " ");
			pending_space = 0;
		}
		put_cp(&out, c);
	}
	{
		int t;
		for (t = 0; t < ntones; t++)
			put_cp(&out, tones[t]);
	}
	free(nfd);
	return out.s ? out.s : xstrdup("");
}

static const char *const abbrev_src[][2] = {
	{"UBND", "Ủy ban nhân dân"},	 {"HĐND", "Hội đồng nhân dân"},
	{"CHQS", "Chỉ huy Quân sự"},	 {"BCHQS", "Bộ Chỉ huy Quân sự"},
	{"BĐBP", "Bộ đội Biên phòng"},	 {"MTTQ", "Mặt trận Tổ quốc"},
	{"QUTW", "Quân ủy Trung ương"},	 {"BQP", "Bộ Quốc phòng"},
	{"BTL", "Bộ Tư lệnh"},		 {"BTTM", "Bộ Tổng Tham mưu"},
	{"TCCT", "Tổng cục Chính trị"},	 {"LLVT", "lực lượng vũ trang"},
	{"QĐND", "Quân đội nhân dân"},	 {"CAND", "Công an nhân dân"},
	{"CTĐ", "công tác đảng"},	 {"CTCT", "công tác chính trị"},
	{"TP", "thành phố"},
};
#define NABBREV (sizeof abbrev_src / sizeof abbrev_src[0])
static const char *const place_prefix_src[] = {"thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường"};
#define NPREFIX (sizeof place_prefix_src / sizeof place_prefix_src[0])

static char *abbrev_key[NABBREV][2];
static char *place_prefix_key[NPREFIX];
static char *so_key, *quan_khu_key;

static void keys_init(void)
{
	size_t i;

	for (i = 0; i < NABBREV; i++) {
		abbrev_key[i][0] = fold(abbrev_src[i][0]);
		abbrev_key[i][1] = fold(abbrev_src[i][1]);
	}
	for (i = 0; i < NPREFIX; i++)
		place_prefix_key[i] = fold(place_prefix_src[i]);
	so_key = fold("số");
	quan_khu_key = fold("Quân khu");
}

static void keys_free(void)
{
	size_t i;

	for (i = 0; i < NABBREV; i++) {
		free(abbrev_key[i][0]);
		free(abbrev_key[i][1]);
	}
	for (i = 0; i < NPREFIX; i++)
		free(place_prefix_key[i]);
	free(so_key);
	free(quan_khu_key);
}

static int is_edge_punct(char c)
{
	return c == ' ' || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' ||
	       c == ')' || c == '-' || c == '*';
}

/* Removes the spaces before '-', '/', ')' and ',' and after '-', '/' and '('. */
static void squeeze(char *s)
{
	char *r = s, *w = s;

	for (; *r; r++) {
		if (*r == ' ' && (r[1] == '-' || r[1] == '/' || r[1] == ')' || r[1] == ','))
			continue;
		if (*r == ' ' && w > s && (w[-1] == '-' || w[-1] == '/' || w[-1] == '('))
			continue;
		*w++ = *r;
	}
	*w = '\0';
}

/* The comparison key of a name (see the header comment). */
static char *name_key(const char *s, int place)
{
	char *f = fold(s), *tok, *save = NULL, *res;
	sbuf out = {0};
	char **toks = NULL;
	size_t ntoks = 0, i, start, end;

	for (tok = strtok_r(f, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
		char **t = realloc(toks, (ntoks + 1) * sizeof *toks);
		if (!t)
			break;
		toks = t;
		toks[ntoks++] = tok;
	}
	for (i = 0; i < ntoks; i++) {
		const char *t = toks[i];
		size_t len = strlen(t), a = 0, b = len, k;
		const char *rep = NULL;
		char core[64];

		if (strcmp(t, so_key) == 0 && i + 1 < ntoks && toks[i + 1][0] >= '0' && toks[i + 1][0] <= '9')
			continue;
		while (a < b && (t[a] == '(' || t[a] == ','))
			a++;
		while (b > a && (t[b - 1] == ')' || t[b - 1] == ',' || t[b - 1] == '.' || t[b - 1] == ';' ||
				 t[b - 1] == ':'))
			b--;
		if (out.len)
			sb_printf(&out, " ");
		if (b - a < sizeof core) {
			memcpy(core, t + a, b - a);
			core[b - a] = '\0';
			for (k = 0; k < NABBREV; k++)
				if (strcmp(core, abbrev_key[k][0]) == 0)
					rep = abbrev_key[k][1];
			if (!rep && core[0] == 'q' && core[1] == 'k' && core[2] >= '0' && core[2] <= '9' &&
			    strspn(core + 2, "0123456789") == strlen(core + 2)) {
				sb_printf(&out, "%.*s%s %s%s", (int)a, t, quan_khu_key, core + 2, t + b);
				continue;
			}
		}
		if (rep)
			sb_printf(&out, "%.*s%s%s", (int)a, t, rep, t + b);
		else
			sb_printf(&out, "%s", t);
	}
	free(toks);
	free(f);
	res = out.s ? out.s : xstrdup("");
	squeeze(res);
	for (start = 0; res[start] && is_edge_punct(res[start]); start++)
		;
	end = strlen(res);
	while (end > start && is_edge_punct(res[end - 1]))
		end--;
	memmove(res, res + start, end - start);
	res[end - start] = '\0';
	if (place) {
		for (i = 0; i < NPREFIX; i++) {
			size_t pl = strlen(place_prefix_key[i]);
			if (strncmp(res, place_prefix_key[i], pl) == 0 && res[pl] == ' ' && res[pl + 1]) {
				memmove(res, res + pl + 1, strlen(res + pl + 1) + 1);
				break;
			}
		}
	}
	return res;
}

/* ---- the graph, indexed for matching -------------------------------------- */

static const char *const node_types[] = {"person", "body", "directive", "event", "place"};

static const struct relation_def {
	const char *rel, *from, *to;
} vocab[] = {
	{"chaired", "person", "event"},		   {"attended", "person", "event"},
	{"directed", "person", "event"},	   {"spoke_at", "person", "event"},
	{"organized", "body", "event"},		   {"disseminated", "event|person", "directive"},
	{"implemented", "event", "directive"},	   {"issued", "body", "directive"},
	{"holds_role", "person", "body"},	   {"part_of", "body", "body"},
	{"held_at", "event", "place"},		   {"worked_with", "person", "body"},
	{"awarded", "person", "body"},		   {"toward", "event", "event"},
};
#define NVOCAB (sizeof vocab / sizeof vocab[0])

static const struct relation_def *find_relation(const char *rel)
{
	size_t i;

	for (i = 0; i < NVOCAB; i++)
		if (strcmp(vocab[i].rel, rel) == 0)
			return &vocab[i];
	return NULL;
}

/* Is `type` one of the '|'-separated `types` ("any" allows all)? */
static int type_in(const char *type, const char *types)
{
	size_t n = strlen(type);
	const char *p = types;

	if (strcmp(types, "any") == 0)
		return 1;
	while (*p) {
		const char *e = strchr(p, '|');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == n && strncmp(p, type, n) == 0)
			return 1;
		if (!e)
			break;
		p = e + 1;
	}
	return 0;
}

typedef struct gindex {
	const vnkg_graph *g;
	size_t n;
	char ***keys; /* keys[v][0] is the label's key, then the aliases' */
	size_t *nkeys;
	int corpus;
} gindex;

static void gindex_init(gindex *gi, const vnkg_graph *g, int corpus)
{
	size_t v;

	gi->g = g;
	gi->corpus = corpus;
	gi->n = vnkg_graph_node_count(g);
	gi->keys = calloc(gi->n ? gi->n : 1, sizeof *gi->keys);
	gi->nkeys = calloc(gi->n ? gi->n : 1, sizeof *gi->nkeys);
	for (v = 0; v < gi->n; v++) {
		const char *label = vnkg_graph_node_attr(g, v, "label");
		const char *aliases = vnkg_graph_node_attr(g, v, "aliases");
		int place = strcmp(vnkg_graph_node_attr(g, v, "type"), "place") == 0;
		size_t cap = 2;
		const char *p = aliases;

		for (; *p; p++)
			if (*p == '|')
				cap++;
		gi->keys[v] = calloc(cap, sizeof(char *));
		gi->keys[v][gi->nkeys[v]++] = name_key(label, place);
		p = aliases;
		while (*p) {
			const char *e = strstr(p, " | ");
			size_t len = e ? (size_t)(e - p) : strlen(p);
			char *one = xstrndup(p, len);
			if (*trim(one) && gi->nkeys[v] < cap)
				gi->keys[v][gi->nkeys[v]++] = name_key(one, place);
			free(one);
			if (!e)
				break;
			p = e + 3;
		}
	}
}

static void gindex_destroy(gindex *gi)
{
	size_t v, k;

	for (v = 0; v < gi->n; v++) {
		for (k = 0; k < gi->nkeys[v]; k++)
			free(gi->keys[v][k]);
		free(gi->keys[v]);
	}
	free(gi->keys);
	free(gi->nkeys);
}

/* ---- expectations ---------------------------------------------------------- */

enum { PAT_NAME, PAT_LABEL, PAT_SUB };

typedef struct option {
	char key[16];
	char op; /* '=' or '~' */
	char *value;
} option;

typedef struct spec {
	int mode;
	char *text;	   /* the name as written, without its ~ or = */
	char *key, *pkey; /* its key, and its key as a place name */
	option *opts;
	size_t nopts;
} spec;

enum { X_NODE, X_SAME, X_DISTINCT, X_EDGE };

typedef struct expectation {
	int line;
	char *text;
	int kind, neg, todo; /* todo: a known gap, reported but not failed */
	char type[16];
	const struct relation_def *rel;
	spec a, b;
	char *error;
} expectation;

static const char *const node_opts = "|rank|date|precision|kind|number|label|source|count|";
static const char *const edge_opts = "|role|rank|date|source|weight|evidence|count|";

static int option_start(const char *tok, char *key, size_t keysz)
{
	static const char *const all[] = {"rank",   "date",  "precision", "kind",   "number", "label",
					  "source", "count", "role",	  "weight", "evidence"};
	size_t i;

	for (i = 0; i < sizeof all / sizeof all[0]; i++) {
		size_t n = strlen(all[i]);
		if (strncmp(tok, all[i], n) == 0 && (tok[n] == '=' || tok[n] == '~')) {
			if (key)
				snprintf(key, keysz, "%s", all[i]);
			return (int)n;
		}
	}
	return 0;
}

static void spec_free(spec *s)
{
	size_t i;

	free(s->text);
	free(s->key);
	free(s->pkey);
	for (i = 0; i < s->nopts; i++)
		free(s->opts[i].value);
	free(s->opts);
	memset(s, 0, sizeof *s);
}

/* Parses "NAME [key=value ...]"; returns NULL or an error message. */
static const char *spec_parse(spec *s, const char *text, const char *allowed)
{
	char *copy = xstrdup(text), *p = trim(copy);
	sbuf name = {0};
	char *tok, *save = NULL;
	int in_opts = 0;
	static char err[160];

	memset(s, 0, sizeof *s);
	for (tok = strtok_r(p, " \t", &save); tok; tok = strtok_r(NULL, " \t", &save)) {
		char key[16];
		int n = option_start(tok, key, sizeof key);
		if (n) {
			option *o = realloc(s->opts, (s->nopts + 1) * sizeof *o);
			char pat[20];
			if (!o)
				break;
			s->opts = o;
			o = &s->opts[s->nopts++];
			snprintf(o->key, sizeof o->key, "%s", key);
			o->op = tok[n];
			o->value = xstrdup(tok + n + 1);
			snprintf(pat, sizeof pat, "|%s|", key);
			if (!strstr(allowed, pat)) {
				snprintf(err, sizeof err, "option %s is not allowed here (allowed: %s)", key, allowed);
				free(copy);
				free(name.s);
				return err;
			}
			in_opts = 1;
		} else if (in_opts) {
			option *o = &s->opts[s->nopts - 1];
			size_t l = strlen(o->value);
			char *v = realloc(o->value, l + strlen(tok) + 2);
			if (v) {
				v[l] = ' ';
				memcpy(v + l + 1, tok, strlen(tok) + 1);
				o->value = v;
			}
		} else {
			sb_printf(&name, "%s%s", name.len ? " " : "", tok);
		}
	}
	free(copy);
	if (!name.len) {
		free(name.s);
		return "missing name";
	}
	s->mode = PAT_NAME;
	p = name.s;
	if (*p == '~') {
		s->mode = PAT_SUB;
		p++;
	} else if (*p == '=') {
		s->mode = PAT_LABEL;
		p++;
	}
	s->text = xstrdup(trim(p));
	free(name.s);
	s->key = name_key(s->text, 0);
	s->pkey = name_key(s->text, 1);
	if (!*s->key)
		return "empty name";
	return NULL;
}

static const option *spec_opt(const spec *s, const char *key)
{
	size_t i;

	for (i = 0; i < s->nopts; i++)
		if (strcmp(s->opts[i].key, key) == 0)
			return &s->opts[i];
	return NULL;
}

static int is_node_type(const char *t, int allow_any)
{
	size_t i;

	if (allow_any && strcmp(t, "any") == 0)
		return 1;
	for (i = 0; i < sizeof node_types / sizeof node_types[0]; i++)
		if (strcmp(node_types[i], t) == 0)
			return 1;
	return 0;
}

static char *next_word(char **p)
{
	char *s = *p, *w;

	while (*s == ' ' || *s == '\t')
		s++;
	w = s;
	while (*s && *s != ' ' && *s != '\t')
		s++;
	if (*s)
		*s++ = '\0';
	*p = s;
	return w;
}

static void parse_line(expectation *x, const char *raw)
{
	char *copy = xstrdup(raw), *p = copy, *w;
	const char *err = NULL;
	static char buf[200];

	w = next_word(&p);
	if (strcmp(w, "todo") == 0) {
		x->todo = 1;
		w = next_word(&p);
	}
	if (strcmp(w, "no") == 0) {
		x->neg = 1;
		w = next_word(&p);
	}
	if (strcmp(w, "same") == 0 || strcmp(w, "distinct") == 0) {
		char *bar, *t;
		x->kind = w[0] == 's' ? X_SAME : X_DISTINCT;
		t = next_word(&p);
		snprintf(x->type, sizeof x->type, "%s", t);
		bar = strchr(p, '|');
		if (x->neg)
			err = "\"no\" cannot be used with same/distinct";
		else if (!is_node_type(x->type, 0))
			err = "unknown node type";
		else if (!bar)
			err = "same/distinct need two names separated by '|'";
		else {
			*bar = '\0';
			err = spec_parse(&x->a, p, "|rank|date|precision|kind|number|label|source|");
			if (!err)
				err = spec_parse(&x->b, bar + 1, "|rank|date|precision|kind|number|label|source|");
		}
	} else if (strcmp(w, "edge") == 0) {
		char *arrow, *r = next_word(&p);
		x->kind = X_EDGE;
		x->rel = find_relation(r);
		arrow = strstr(p, "->");
		if (!x->rel) {
			snprintf(buf, sizeof buf, "unknown relation \"%s\"", r);
			err = buf;
		} else if (!arrow)
			err = "edge needs FROM -> TO";
		else {
			*arrow = '\0';
			err = spec_parse(&x->a, p, "||");
			if (!err)
				err = spec_parse(&x->b, arrow + 2, edge_opts);
		}
	} else if (is_node_type(w, 1)) {
		x->kind = X_NODE;
		snprintf(x->type, sizeof x->type, "%s", w);
		if (strcmp(w, "any") == 0 && !x->neg)
			err = "\"any\" is only for \"no any ...\"";
		else
			err = spec_parse(&x->a, p, node_opts);
	} else {
		snprintf(buf, sizeof buf, "unknown keyword \"%s\"", w);
		err = buf;
	}
	if (err)
		x->error = xstrdup(err);
	free(copy);
}

/* Reads NAME.expect; returns the number of expectations (x gets an array). */
static size_t read_expect(const char *path, expectation **out, int *missing)
{
	char *text = test_read_file(path, NULL), *line;
	expectation *xs = NULL;
	size_t n = 0;
	int lineno = 0;

	*out = NULL;
	*missing = text == NULL;
	if (!text)
		return 0;
	line = text; /* by hand: strtok would skip empty lines and lose the numbering */
	while (line && *line) {
		char *nl = strchr(line, '\n'), *hash, *t;
		if (nl)
			*nl = '\0';
		lineno++;
		hash = line;
		while ((hash = strchr(hash, '#')) != NULL) {
			if (hash == line || hash[-1] == ' ' || hash[-1] == '\t') {
				*hash = '\0';
				break;
			}
			hash++;
		}
		t = trim(line);
		if (*t) {
			expectation *nx = realloc(xs, (n + 1) * sizeof *xs);
			if (!nx)
				break;
			xs = nx;
			memset(&xs[n], 0, sizeof xs[n]);
			xs[n].line = lineno;
			xs[n].text = xstrdup(t);
			parse_line(&xs[n], t);
			n++;
		}
		line = nl ? nl + 1 : NULL;
	}
	free(text);
	*out = xs;
	return n;
}

static void free_expect(expectation *xs, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(xs[i].text);
		free(xs[i].error);
		spec_free(&xs[i].a);
		spec_free(&xs[i].b);
	}
	free(xs);
}

/* ---- matching ------------------------------------------------------------- */

static const char *ntype(const gindex *gi, size_t v)
{
	return vnkg_graph_node_attr(gi->g, v, "type");
}

static int name_matches(const gindex *gi, size_t v, const spec *s)
{
	const char *key = strcmp(ntype(gi, v), "place") == 0 ? s->pkey : s->key;
	size_t k;

	if (s->mode == PAT_LABEL)
		return strcmp(gi->keys[v][0], key) == 0;
	for (k = 0; k < gi->nkeys[v]; k++) {
		if (s->mode == PAT_SUB ? strstr(gi->keys[v][k], key) != NULL : strcmp(gi->keys[v][k], key) == 0)
			return 1;
	}
	return 0;
}

/* Does the text `have` satisfy op/value, compared as keys? */
static int text_ok(const char *have, char op, const char *want)
{
	char *hk = name_key(have, 0), *wk = name_key(want, 0);
	int ok = op == '~' ? strstr(hk, wk) != NULL : strcmp(hk, wk) == 0;

	free(hk);
	free(wk);
	return ok;
}

static int source_ok(const char *one, const char *want)
{
	size_t n = strlen(want);

	return strcmp(one, want) == 0 || (strncmp(one, want, n) == 0 && one[n] == '_');
}

static int sources_ok(const char *sources, char op, const char *want)
{
	const char *p = sources;

	while (*p) {
		const char *e = strstr(p, " | ");
		size_t len = e ? (size_t)(e - p) : strlen(p);
		char *one = xstrndup(p, len);
		int ok = op == '~' ? strstr(one, want) != NULL : source_ok(one, want);
		free(one);
		if (ok)
			return 1;
		if (!e)
			break;
		p = e + 3;
	}
	return 0;
}

static int node_opts_ok(const gindex *gi, size_t v, const spec *s)
{
	size_t i;

	for (i = 0; i < s->nopts; i++) {
		const option *o = &s->opts[i];
		int ok = 1;
		if (strcmp(o->key, "count") == 0)
			continue;
		if (strcmp(o->key, "source") == 0)
			ok = sources_ok(vnkg_graph_node_attr(gi->g, v, "sources"), o->op, o->value);
		else if (strcmp(o->key, "precision") == 0)
			ok = text_ok(vnkg_graph_node_attr(gi->g, v, "date_precision"), o->op, o->value);
		else
			ok = text_ok(vnkg_graph_node_attr(gi->g, v, o->key), o->op, o->value);
		if (!ok)
			return 0;
	}
	return 1;
}

static int role_ok(const char *role, char op, const char *want)
{
	const char *p = role;

	if (op == '~')
		return text_ok(role, '~', want);
	while (1) {
		const char *e = strchr(p, ',');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		char *one = xstrndup(p, len);
		int ok = text_ok(one, '=', want);
		free(one);
		if (ok)
			return 1;
		if (!e)
			return 0;
		p = e + 1;
	}
}

static int edge_opts_ok(const gindex *gi, size_t e, const spec *s)
{
	size_t i;

	for (i = 0; i < s->nopts; i++) {
		const option *o = &s->opts[i];
		int ok = 1;
		if (strcmp(o->key, "count") == 0)
			continue;
		if (strcmp(o->key, "role") == 0)
			ok = role_ok(vnkg_graph_edge_attr(gi->g, e, "role"), o->op, o->value);
		else if (strcmp(o->key, "source") == 0)
			ok = o->op == '~' ? strstr(vnkg_graph_edge_attr(gi->g, e, "source"), o->value) != NULL
					  : source_ok(vnkg_graph_edge_attr(gi->g, e, "source"), o->value);
		else if (strcmp(o->key, "weight") == 0)
			ok = fabs(vnkg_graph_edge_weight(gi->g, e) - strtod(o->value, NULL)) < 1e-9;
		else
			ok = text_ok(vnkg_graph_edge_attr(gi->g, e, o->key), o->op, o->value);
		if (!ok)
			return 0;
	}
	return 1;
}

typedef struct idlist {
	size_t *v;
	size_t n;
} idlist;

static void idl_push(idlist *l, size_t v)
{
	size_t *p = realloc(l->v, (l->n + 1) * sizeof *p);

	if (p) {
		l->v = p;
		l->v[l->n++] = v;
	}
}

static int idl_has(const idlist *l, size_t v)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->v[i] == v)
			return 1;
	return 0;
}

/* Nodes of one of `types` whose name matches (M) and that also satisfy the
 * options (S). */
static void find_nodes(const gindex *gi, const char *types, const spec *s, idlist *m, idlist *sat)
{
	size_t v;

	for (v = 0; v < gi->n; v++) {
		if (!type_in(ntype(gi, v), types) || !name_matches(gi, v, s))
			continue;
		if (m)
			idl_push(m, v);
		if (sat && node_opts_ok(gi, v, s))
			idl_push(sat, v);
	}
}

/* ---- describing what the graph has ---------------------------------------- */

static void describe_node(sbuf *b, const gindex *gi, size_t v)
{
	static const char *const attrs[] = {"rank", "date", "date_precision", "kind", "number"};
	const char *aliases = vnkg_graph_node_attr(gi->g, v, "aliases");
	size_t i;

	sb_printf(b, "%s «%s»", ntype(gi, v), vnkg_graph_node_attr(gi->g, v, "label"));
	if (*aliases)
		sb_printf(b, " aliases=«%.200s%s»", aliases, strlen(aliases) > 200 ? "…" : "");
	for (i = 0; i < sizeof attrs / sizeof attrs[0]; i++) {
		const char *a = vnkg_graph_node_attr(gi->g, v, attrs[i]);
		if (*a)
			sb_printf(b, " %s=%s", attrs[i], a);
	}
	if (gi->corpus)
		sb_printf(b, " sources=%s", vnkg_graph_node_attr(gi->g, v, "sources"));
}

static void describe_edge(sbuf *b, const gindex *gi, size_t e)
{
	static const char *const attrs[] = {"role", "rank", "date"};
	size_t from = 0, to = 0, i;

	vnkg_graph_edge_ends(gi->g, e, &from, &to);
	sb_printf(b, "%s «%s» -> «%s»", vnkg_graph_edge_attr(gi->g, e, "relation"),
		  vnkg_graph_node_attr(gi->g, from, "label"), vnkg_graph_node_attr(gi->g, to, "label"));
	for (i = 0; i < sizeof attrs / sizeof attrs[0]; i++) {
		const char *a = vnkg_graph_edge_attr(gi->g, e, attrs[i]);
		if (*a)
			sb_printf(b, " %s=«%s»", attrs[i], a);
	}
	sb_printf(b, " weight=%g", vnkg_graph_edge_weight(gi->g, e));
	if (gi->corpus)
		sb_printf(b, " source=%s", vnkg_graph_edge_attr(gi->g, e, "source"));
}

static void list_nodes(sbuf *b, const gindex *gi, const idlist *l, size_t max)
{
	size_t i;

	for (i = 0; i < l->n && i < max; i++) {
		sb_printf(b, "\n        ");
		describe_node(b, gi, l->v[i]);
	}
	if (l->n > max)
		sb_printf(b, "\n        ... and %zu more", l->n - max);
}

/* How many words of `key` are words of one of the node's keys. */
static size_t similarity(const gindex *gi, size_t v, const char *key)
{
	size_t best = 0, k;

	for (k = 0; k < gi->nkeys[v]; k++) {
		char *copy = xstrdup(key), *tok, *save = NULL;
		size_t n = 0;
		for (tok = strtok_r(copy, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
			const char *h = gi->keys[v][k];
			size_t tl = strlen(tok);
			const char *f = h;
			while ((f = strstr(f, tok)) != NULL) {
				if ((f == h || f[-1] == ' ') && (f[tl] == ' ' || f[tl] == '\0')) {
					n++;
					break;
				}
				f++;
			}
		}
		free(copy);
		if (n > best)
			best = n;
	}
	return best;
}

/* Lists the nodes of `types` most like the name, or some of them if none is. */
static void similar_nodes(sbuf *b, const gindex *gi, const char *types, const spec *s)
{
	size_t v, shown = 0, total = 0, words = 1;
	size_t best[6] = {0}, bestsim[6] = {0}, nb = 0, i, j;
	const char *p;

	for (p = s->key; *p; p++)
		if (*p == ' ')
			words++;
	for (v = 0; v < gi->n; v++) {
		size_t sim;
		if (!type_in(ntype(gi, v), types))
			continue;
		total++;
		sim = similarity(gi, v, strcmp(ntype(gi, v), "place") == 0 ? s->pkey : s->key);
		if (sim == 0 || (words >= 3 && sim < 2))
			continue;
		for (i = 0; i < nb && bestsim[i] >= sim; i++)
			;
		if (i >= 5)
			continue;
		for (j = nb < 5 ? nb : 4; j > i; j--) {
			best[j] = best[j - 1];
			bestsim[j] = bestsim[j - 1];
		}
		best[i] = v;
		bestsim[i] = sim;
		if (nb < 5)
			nb++;
	}
	if (nb) {
		sb_printf(b, "; similar %s nodes:", types);
		for (i = 0; i < nb; i++) {
			sb_printf(b, "\n        ");
			describe_node(b, gi, best[i]);
		}
		return;
	}
	sb_printf(b, "; no %s node resembles it (%zu %s nodes", types, total, types);
	for (v = 0; v < gi->n && shown < 12; v++) {
		if (!type_in(ntype(gi, v), types))
			continue;
		sb_printf(b, "%s«%s»", shown ? ", " : ": ", vnkg_graph_node_attr(gi->g, v, "label"));
		shown++;
	}
	sb_printf(b, "%s)", total > shown ? ", ..." : "");
}

/* ---- evaluating one expectation -------------------------------------------- */

static long count_opt(const spec *s)
{
	const option *o = spec_opt(s, "count");

	return o ? strtol(o->value, NULL, 10) : -1;
}

static int eval_node(const gindex *gi, const expectation *x, sbuf *why)
{
	idlist m = {0}, sat = {0};
	long want = count_opt(&x->a);
	int ok;

	find_nodes(gi, x->type, &x->a, &m, &sat);
	if (x->neg) {
		ok = sat.n == 0;
		if (!ok) {
			sb_printf(why, "found %zu:", sat.n);
			list_nodes(why, gi, &sat, 6);
		}
	} else if (want >= 0) {
		ok = sat.n == (size_t)want;
		if (!ok) {
			sb_printf(why, "%zu nodes match, want %ld", sat.n, want);
			if (sat.n)
				list_nodes(why, gi, &sat, 6);
			else
				similar_nodes(why, gi, x->type, &x->a);
		}
	} else {
		ok = x->a.mode == PAT_SUB ? sat.n >= 1 : sat.n == 1;
		if (!ok && m.n == 0) {
			sb_printf(why, "no %s node named so", x->type);
			similar_nodes(why, gi, x->type, &x->a);
		} else if (!ok && sat.n == 0) {
			sb_printf(why, "found, but the options do not hold:");
			list_nodes(why, gi, &m, 6);
		} else if (!ok) {
			sb_printf(why, "split over %zu nodes:", sat.n);
			list_nodes(why, gi, &sat, 6);
		}
	}
	free(m.v);
	free(sat.v);
	return ok;
}

static int eval_same(const gindex *gi, const expectation *x, sbuf *why)
{
	idlist a = {0}, b = {0};
	int ok = 0;
	size_t i;

	find_nodes(gi, x->type, &x->a, NULL, &a);
	find_nodes(gi, x->type, &x->b, NULL, &b);
	if (a.n == 0 || b.n == 0) {
		const spec *miss = a.n == 0 ? &x->a : &x->b;
		idlist named = {0};
		find_nodes(gi, x->type, miss, &named, NULL);
		if (named.n) {
			sb_printf(why, "«%s»: %s nodes have the name, but the options do not hold:", miss->text, x->type);
			list_nodes(why, gi, &named, 6);
		} else {
			sb_printf(why, "«%s»: no %s node", miss->text, x->type);
			similar_nodes(why, gi, x->type, miss);
		}
		free(named.v);
	} else if (x->kind == X_SAME) {
		ok = a.n == 1 && b.n == 1 && a.v[0] == b.v[0];
		if (!ok) {
			sb_printf(why, "«%s» is:", x->a.text);
			list_nodes(why, gi, &a, 4);
			sb_printf(why, "\n      «%s» is:", x->b.text);
			list_nodes(why, gi, &b, 4);
		}
	} else {
		ok = 1;
		for (i = 0; i < a.n; i++)
			if (idl_has(&b, a.v[i])) {
				if (ok)
					sb_printf(why, "one node is both:");
				ok = 0;
				sb_printf(why, "\n        ");
				describe_node(why, gi, a.v[i]);
			}
	}
	free(a.v);
	free(b.v);
	return ok;
}

static int eval_edge(const gindex *gi, const expectation *x, sbuf *why)
{
	const struct relation_def *r = x->rel;
	idlist from = {0}, to = {0}, hit = {0}, sat = {0};
	size_t e, ne = vnkg_graph_edge_count(gi->g);
	long want = count_opt(&x->b);
	int ok;

	find_nodes(gi, r->from, &x->a, NULL, &from);
	find_nodes(gi, r->to, &x->b, &to, NULL);
	for (e = 0; e < ne; e++) {
		size_t f = 0, t = 0;
		vnkg_graph_edge_ends(gi->g, e, &f, &t);
		if (strcmp(vnkg_graph_edge_attr(gi->g, e, "relation"), r->rel) != 0 || !idl_has(&from, f) ||
		    !idl_has(&to, t))
			continue;
		idl_push(&hit, e);
		if (edge_opts_ok(gi, e, &x->b))
			idl_push(&sat, e);
	}
	if (x->neg)
		ok = sat.n == 0;
	else if (want >= 0)
		ok = sat.n == (size_t)want;
	else
		ok = sat.n >= 1;
	if (!ok) {
		if (x->neg || sat.n) {
			sb_printf(why, "%zu such edges:", sat.n);
			for (e = 0; e < sat.n && e < 6; e++) {
				sb_printf(why, "\n        ");
				describe_edge(why, gi, sat.v[e]);
			}
		} else if (from.n == 0 || to.n == 0) {
			const spec *miss = from.n == 0 ? &x->a : &x->b;
			sb_printf(why, "%s end «%s»: no %s node", from.n == 0 ? "from" : "to", miss->text,
				  from.n == 0 ? r->from : r->to);
			similar_nodes(why, gi, from.n == 0 ? r->from : r->to, miss);
		} else if (hit.n) {
			sb_printf(why, "edges found, but the options do not hold:");
			for (e = 0; e < hit.n && e < 6; e++) {
				sb_printf(why, "\n        ");
				describe_edge(why, gi, hit.v[e]);
			}
		} else {
			size_t shown = 0;
			sb_printf(why, "no %s edge between them (from:", r->rel);
			list_nodes(why, gi, &from, 2);
			sb_printf(why, "\n      to:");
			list_nodes(why, gi, &to, 2);
			sb_printf(why, ")\n      edges at these ends:");
			for (e = 0; e < ne && shown < 8; e++) {
				size_t f = 0, t = 0;
				int rel_same = strcmp(vnkg_graph_edge_attr(gi->g, e, "relation"), r->rel) == 0;
				vnkg_graph_edge_ends(gi->g, e, &f, &t);
				if ((idl_has(&from, f) && (rel_same || idl_has(&to, t))) ||
				    (idl_has(&to, t) && rel_same)) {
					sb_printf(why, "\n        ");
					describe_edge(why, gi, e);
					shown++;
				}
			}
			if (!shown)
				sb_printf(why, " none");
		}
	}
	free(from.v);
	free(to.v);
	free(hit.v);
	free(sat.v);
	return ok;
}

/* ---- running a test --------------------------------------------------------- */

static FILE *failures_out;
static char **article_names;
static size_t narticles;
static const char *filter;
static size_t total_failed, total_lines, total_todo, total_todo_open;

static void report(const char *where, const char *what, const char *why)
{
	printf("%s: %s\n    -> %s\n", where, what, why);
	if (failures_out) {
		fprintf(failures_out, "%s: %s\n    -> %s\n", where, what, why);
		fflush(failures_out);
	}
}

/* Whole-graph checks; returns the number of failures. */
static size_t check_graph(const gindex *gi, const char *where, const char *const *ids, size_t nids)
{
	size_t e, v, ne = vnkg_graph_edge_count(gi->g), failed = 0, printed = 0;
	sbuf msg = {0};

	for (e = 0; e < ne; e++) {
		const char *rel = vnkg_graph_edge_attr(gi->g, e, "relation");
		const char *src = vnkg_graph_edge_attr(gi->g, e, "source");
		const struct relation_def *r = find_relation(rel);
		size_t f = 0, t = 0, i;
		int src_ok = 0;

		msg.len = 0;
		if (msg.s)
			msg.s[0] = '\0';
		vnkg_graph_edge_ends(gi->g, e, &f, &t);
		for (i = 0; i < nids; i++)
			if (strcmp(src, ids[i]) == 0)
				src_ok = 1;
		if (!r)
			sb_printf(&msg, "relation \"%s\" is not in the vocabulary; ", rel);
		else if (!type_in(ntype(gi, f), r->from) || !type_in(ntype(gi, t), r->to))
			sb_printf(&msg, "%s goes %s -> %s, the vocabulary says %s -> %s; ", rel, ntype(gi, f),
				  ntype(gi, t), r->from, r->to);
		if (!*vnkg_graph_edge_attr(gi->g, e, "evidence"))
			sb_printf(&msg, "evidence is empty; ");
		if (!src_ok)
			sb_printf(&msg, "source is \"%s\", not the article id; ", src);
		if (!(vnkg_graph_edge_weight(gi->g, e) > 0))
			sb_printf(&msg, "weight is not > 0; ");
		if (msg.len) {
			failed++;
			if (printed++ < 10) {
				sbuf why = {0};
				msg.s[msg.len - 2] = '\0'; /* the last "; " */
				sb_printf(&why, "edge #%zu ", e);
				describe_edge(&why, gi, e);
				sb_printf(&why, ": %s", msg.s);
				report(where, "every edge: a relation of the vocabulary, evidence, source, weight",
				       sb_str(&why));
				free(why.s);
			}
		}
	}
	for (v = 0; v < gi->n; v++) {
		const char *type = ntype(gi, v);
		int type_ok = is_node_type(type, 0), src_ok = 0;
		size_t i;

		for (i = 0; i < nids; i++)
			if (sources_ok(vnkg_graph_node_attr(gi->g, v, "sources"), '=', ids[i]))
				src_ok = 1;
		if (!type_ok || !*vnkg_graph_node_attr(gi->g, v, "label") || !src_ok) {
			sbuf why = {0};
			failed++;
			if (printed++ < 10) {
				sb_printf(&why, "node #%zu ", v);
				describe_node(&why, gi, v);
				sb_printf(&why, ": %s%s%s", type_ok ? "" : "unknown type; ",
					  *vnkg_graph_node_attr(gi->g, v, "label") ? "" : "empty label; ",
					  src_ok ? "" : "the article is not among its sources");
				report(where, "every node: type, label, sources", sb_str(&why));
			}
			free(why.s);
		}
	}
	if (printed > 10) {
		printf("%s: ... and %zu more whole-graph failures\n", where, printed - 10);
		if (failures_out)
			fprintf(failures_out, "%s: ... and %zu more whole-graph failures\n", where, printed - 10);
	}
	free(msg.s);
	return failed;
}

/* Builds the graph of `n` articles and checks `expect_name` against it. */
static void run_case(const char *expect_name, char *const *names, size_t n, int corpus)
{
	char path[1024];
	char **texts = calloc(n, sizeof *texts);
	vnkg_graph *g = NULL;
	expectation *xs = NULL;
	size_t nx, i, failed = 0;
	int missing = 0, rc;

	snprintf(path, sizeof path, "%s/%s", ARTICLES_DIR, expect_name);
	nx = read_expect(path, &xs, &missing);
	if (missing)
		fail_msg("%s: cannot read the expectations file", path);
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof path, "%s/%s.txt", ARTICLES_DIR, names[i]);
		texts[i] = test_read_file(path, NULL);
		if (!texts[i])
			fail_msg("%s: cannot read the article", path);
	}
	rc = vnkg_build_buffers(&g, (const char *const *)names, (const char *const *)texts, n, NULL, NULL);
	if (rc < 0)
		fail_msg("articles/%s: vnkg_build_buffers failed (%d): %s", corpus ? "*" : names[0], rc,
			 vnkg_error_last());
	{
		gindex gi;
		char where[600];

		gindex_init(&gi, g, corpus);
		for (i = 0; i < nx; i++) {
			sbuf why = {0};
			int ok;
			snprintf(where, sizeof where, "articles/%s:%d", expect_name, xs[i].line);
			if (xs[i].error) {
				ok = 0;
				sb_printf(&why, "cannot read this line: %s", xs[i].error);
			} else if (xs[i].kind == X_NODE)
				ok = eval_node(&gi, &xs[i], &why);
			else if (xs[i].kind == X_EDGE)
				ok = eval_edge(&gi, &xs[i], &why);
			else
				ok = eval_same(&gi, &xs[i], &why);
			if (xs[i].todo && !xs[i].error) {
				/* a known gap: reported, not failed; once it holds, say so */
				total_todo++;
				if (ok)
					printf("%s: todo holds now, make it a check: %s\n", where, xs[i].text);
				else
					total_todo_open++;
			} else if (!ok) {
				failed++;
				report(where, xs[i].text, sb_str(&why));
			}
			free(why.s);
		}
		snprintf(where, sizeof where, "articles/%s%s", corpus ? "*" : names[0], corpus ? ".txt (corpus)" : ".txt");
		failed += check_graph(&gi, where, (const char *const *)names, n);
		gindex_destroy(&gi);
	}
	/* the graph, for a look with less or Gephi (a failure to write is not the test's) */
	snprintf(path, sizeof path, "%s/%s.graphml", VNKG_TEST_TMP, corpus ? "corpus" : names[0]);
	if (vnkg_write_graphml(g, path) < 0)
		vnkg_error_clear();
	total_failed += failed;
	total_lines += nx;
	printf("articles/%s: %zu of %zu expectations failed\n", expect_name, failed, nx);
	for (i = 0; i < n; i++)
		free(texts[i]);
	free(texts);
	free_expect(xs, nx);
	vnkg_graph_free(g);
	if (failed)
		fail_msg("articles/%s: %zu failed (see above)", expect_name, failed);
}

static void test_article(void **state)
{
	char *name = *state;
	char expect_name[512];

	snprintf(expect_name, sizeof expect_name, "%s.expect", name);
	run_case(expect_name, &name, 1, 0);
}

static void test_corpus(void **state)
{
	(void)state;
	run_case("corpus.expect", article_names, narticles, 1);
}

static int group_setup(void **state)
{
	(void)state;
	if (vnkg_global_init() < 0)
		return -1;
	keys_init();
	failures_out = fopen(FAILURES_FILE, "w");
	return 0;
}

static int group_teardown(void **state)
{
	(void)state;
	printf("extract fixtures: %zu failed of %zu expectation lines checked (list in %s); "
	       "%zu of %zu known gaps (todo) still open\n",
	       total_failed, total_lines, FAILURES_FILE, total_todo_open, total_todo);
	if (failures_out)
		fclose(failures_out);
	keys_free();
	vnkg_global_shutdown();
	return 0;
}

/* The article names (NAME of NAME.txt), sorted. */
static size_t list_articles(char ***out)
{
	DIR *d = opendir(ARTICLES_DIR);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0;

	*out = NULL;
	if (!d)
		return 0;
	while ((de = readdir(d)) != NULL) {
		size_t len = strlen(de->d_name);
		char **nn;
		if (len <= 4 || strcmp(de->d_name + len - 4, ".txt") != 0)
			continue;
		nn = realloc(names, (n + 1) * sizeof *names);
		if (!nn)
			break;
		names = nn;
		names[n++] = xstrndup(de->d_name, len - 4);
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp_str);
	*out = names;
	return n;
}

int main(int argc, char **argv)
{
	struct CMUnitTest *tests;
	size_t i, nt = 0;
	int rc;

	filter = argc > 1 ? argv[1] : NULL;
	if (getenv("VNKG_ARTICLES_DIR") && *getenv("VNKG_ARTICLES_DIR"))
		articles_dir = getenv("VNKG_ARTICLES_DIR");
	narticles = list_articles(&article_names);
	if (narticles == 0) {
		fprintf(stderr, "%s: no articles (*.txt) found\n", ARTICLES_DIR);
		return 1;
	}
	tests = calloc(narticles + 1, sizeof *tests);
	for (i = 0; i < narticles; i++) {
		if (filter && !strstr(article_names[i], filter))
			continue;
		tests[nt].name = article_names[i];
		tests[nt].test_func = test_article;
		tests[nt].initial_state = article_names[i];
		nt++;
	}
	if (!filter || strstr("corpus", filter)) {
		tests[nt].name = "corpus";
		tests[nt].test_func = test_corpus;
		nt++;
	}
	rc = _cmocka_run_group_tests("extract_articles", tests, nt, group_setup, group_teardown);
	for (i = 0; i < narticles; i++)
		free(article_names[i]);
	free(article_names);
	free(tests);
	return rc;
}
