/* An article: read, checked, normalised, cleaned of page furniture and split
 * into sentences.
 *
 * The way through:
 *   1. the bytes are checked (utf8.c) and normalised (normalize.c); a text of
 *      white space only is refused;
 *   2. the header keeps the first HEADER_LINES non-empty lines as they are,
 *      for the mastheads and print dates later stages look for;
 *   3. each line loses its garbage tokens and is classified (boilerplate.c):
 *      kept, dropped, or the start of a comment form or related-news list,
 *      which drops it and everything after (only once some content has been
 *      kept, so a menu at the top cannot swallow the article);
 *   4. a line identical to an earlier kept line is dropped (a headline or a
 *      caption shown twice, whatever its length);
 *   5. lines are split into sentences (sentence.c); a sentence of at least
 *      DEDUP_MIN_WORDS words equal to an earlier one (ignoring its final
 *      punctuation) is dropped, so an article pasted twice counts once;
 *      shorter sentences are kept even when repeated ("Quang cảnh hội
 *      nghị." as the caption of two photos) unless step 4 caught their line;
 *   6. up to SIGNATURE_MAX_LINES last kept lines that are only names or a
 *      source tag ("Đức Lâm", "Thanh Sang, Đức Việt", "QĐND") are dropped;
 *   7. the kept lines are the paragraphs: each keeps its kept sentences. */

#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "text/text_private.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/text.h"

/* Non-empty lines kept in the header. */
#define HEADER_LINES 12
/* Shortest sentence (in words) dropped when repeated. */
#define DEDUP_MIN_WORDS 4
/* Most signature lines dropped from the end. */
#define SIGNATURE_MAX_LINES 2
/* Bytes read at a time. */
#define READ_CHUNK 65536

struct vnkg_article {
	char *id;
	char *text;
	char *header;
	vnkg_sentence *sentences;
	size_t nsentences;
	vnkg_strvec store; /* the sentences' text */
};

/* A kept line while the article is prepared. */
typedef struct {
	char *text; /* borrowed from the normalised text */
	size_t line;
} para_line;

/* A sentence while the article is prepared. */
typedef struct {
	char *text; /* owned until moved to the article */
	size_t line;
	size_t para; /* index into the para_line array */
} draft_sentence;

/* A set of byte strings (borrowed), for the duplicate checks. */
typedef struct {
	const char **keys;
	size_t *lens;
	size_t cap;
	size_t count;
} strset;

static size_t hash_bytes(const char *s, size_t n)
{
	size_t h = 14695981039346656037ULL & (size_t)-1, i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= (size_t)1099511628211ULL;
	}
	return h;
}

static void strset_free(strset *set)
{
	free(set->keys);
	free(set->lens);
	memset(set, 0, sizeof(*set));
}

static int strset_grow(strset *set)
{
	strset bigger = {NULL, NULL, 0, 0};
	size_t i, h;

	bigger.cap = set->cap ? set->cap * 2 : 64;
	bigger.keys = calloc(bigger.cap, sizeof(*bigger.keys));
	bigger.lens = calloc(bigger.cap, sizeof(*bigger.lens));
	if (!bigger.keys || !bigger.lens) {
		strset_free(&bigger);
		return vnkg_i_oom();
	}
	for (i = 0; i < set->cap; i++) {
		if (!set->keys[i])
			continue;
		h = hash_bytes(set->keys[i], set->lens[i]) & (bigger.cap - 1);
		while (bigger.keys[h])
			h = (h + 1) & (bigger.cap - 1);
		bigger.keys[h] = set->keys[i];
		bigger.lens[h] = set->lens[i];
	}
	bigger.count = set->count;
	strset_free(set);
	*set = bigger;
	return 0;
}

/* Adds s[0..n) unless present; *added tells which. */
static int strset_add(strset *set, const char *s, size_t n, int *added)
{
	size_t h;
	int err;

	*added = 0;
	if ((set->count + 1) * 2 > set->cap) {
		err = strset_grow(set);
		if (err < 0)
			return err;
	}
	h = hash_bytes(s, n) & (set->cap - 1);
	while (set->keys[h]) {
		if (set->lens[h] == n && memcmp(set->keys[h], s, n) == 0)
			return 0;
		h = (h + 1) & (set->cap - 1);
	}
	set->keys[h] = s;
	set->lens[h] = n;
	set->count++;
	*added = 1;
	return 0;
}

/* The part of a sentence compared for duplicates: without its final
 * punctuation and closing quotes. */
static size_t dedup_key_len(const char *s, size_t n)
{
	while (n > 0 && strchr(".!?;:,\"')] ", s[n - 1]))
		n--;
	while (n >= 3 && (memcmp(s + n - 3, "\xE2\x80\xA6", 3) == 0 || memcmp(s + n - 3, "\xE2\x80\x9D", 3) == 0)) {
		n -= 3;
		while (n > 0 && strchr(".!?;:,\"')] ", s[n - 1]))
			n--;
	}
	return n;
}

static size_t word_count(const char *s, size_t n)
{
	size_t i, words = 0;
	int in_word = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == ' ') {
			in_word = 0;
		} else if (!in_word) {
			in_word = 1;
			words++;
		}
	}
	return words;
}

static int build_header(char **out, const char *norm)
{
	vnkg_buf b = VNKG_BUF_INIT;
	const char *p = norm, *nl;
	size_t lines = 0, len;

	while (*p && lines < HEADER_LINES) {
		nl = strchr(p, '\n');
		len = nl ? (size_t)(nl - p) : strlen(p);
		if (len > 0) {
			if (lines > 0)
				vnkg_i_buf_putc(&b, '\n');
			vnkg_i_buf_put(&b, p, len);
			lines++;
		}
		if (!nl)
			break;
		p = nl + 1;
	}
	*out = vnkg_i_buf_detach(&b);
	return *out ? 0 : VNKG_ENOMEM;
}

static void free_drafts(draft_sentence *drafts, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(drafts[i].text);
	free(drafts);
}

/* Steps 3 and 4: the kept lines of the normalised text (split in place). */
static int keep_lines(para_line **out, size_t *count, char *norm)
{
	para_line *paras = NULL, *grown;
	size_t n = 0, cap = 0, line = 1;
	strset seen = {NULL, NULL, 0, 0};
	char *p = norm, *nl;
	vnkg_i_line_kind kind;
	int err = 0, added;

	*out = NULL;
	*count = 0;
	while (p) {
		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		added = 0;
		if (*p) {
			vnkg_i_text_strip_garbage(p);
			if (*p) {
				err = vnkg_i_text_classify_line(&kind, p);
				if (err < 0)
					goto cleanup;
				if (kind == VNKG_I_LINE_CUT && n > 0)
					break;
				if (kind == VNKG_I_LINE_KEEP) {
					err = strset_add(&seen, p, strlen(p), &added);
					if (err < 0)
						goto cleanup;
				}
				if (kind == VNKG_I_LINE_KEEP && added) {
					if (n == cap) {
						cap = cap ? cap * 2 : 32;
						grown = realloc(paras, cap * sizeof(*paras));
						if (!grown) {
							err = vnkg_i_oom();
							goto cleanup;
						}
						paras = grown;
					}
					paras[n].text = p;
					paras[n].line = line;
					n++;
				}
			}
		}
		p = nl ? nl + 1 : NULL;
		line++;
	}
	*out = paras;
	*count = n;
	paras = NULL;

cleanup:
	free(paras);
	strset_free(&seen);
	return err;
}

/* Step 5: the sentences of the kept lines, without repeats. */
static int split_paras(draft_sentence **out, size_t *count, const para_line *paras, size_t nparas)
{
	draft_sentence *drafts = NULL, *grown;
	size_t n = 0, cap = 0, i, s, nspans = 0, klen;
	vnkg_i_span *spans = NULL;
	strset seen = {NULL, NULL, 0, 0};
	char *text;
	int err = 0, added;

	*out = NULL;
	*count = 0;
	for (i = 0; i < nparas; i++) {
		free(spans);
		spans = NULL;
		err = vnkg_i_text_split_sentences(&spans, &nspans, paras[i].text, strlen(paras[i].text));
		if (err < 0)
			goto cleanup;
		for (s = 0; s < nspans; s++) {
			const char *start = paras[i].text + spans[s].start;

			klen = dedup_key_len(start, spans[s].len);
			if (word_count(start, klen) >= DEDUP_MIN_WORDS) {
				/* keys borrow from the normalised text, alive until
				 * the article is built */
				err = strset_add(&seen, start, klen, &added);
				if (err < 0)
					goto cleanup;
				if (!added)
					continue;
			}
			text = vnkg_i_strndup(start, spans[s].len);
			if (!text) {
				err = VNKG_ENOMEM;
				goto cleanup;
			}
			if (n == cap) {
				cap = cap ? cap * 2 : 64;
				grown = realloc(drafts, cap * sizeof(*drafts));
				if (!grown) {
					free(text);
					err = vnkg_i_oom();
					goto cleanup;
				}
				drafts = grown;
			}
			drafts[n].text = text;
			drafts[n].line = paras[i].line;
			drafts[n].para = i;
			n++;
		}
	}
	*out = drafts;
	*count = n;
	drafts = NULL;
	n = 0;

cleanup:
	free(spans);
	free_drafts(drafts, n);
	strset_free(&seen);
	return err;
}

/* Step 6: drops the signature lines at the end; returns the new count. */
static int drop_signatures(size_t *count, draft_sentence *drafts)
{
	vnkg_buf line = VNKG_BUF_INIT;
	size_t n = *count, first, i, dropped = 0;
	int err = 0;

	while (n > 0 && dropped < SIGNATURE_MAX_LINES) {
		first = n - 1;
		while (first > 0 && drafts[first - 1].para == drafts[n - 1].para)
			first--;
		vnkg_i_buf_clear(&line);
		for (i = first; i < n; i++) {
			if (i > first)
				vnkg_i_buf_putc(&line, ' ');
			vnkg_i_buf_puts(&line, drafts[i].text);
		}
		if (line.oom) {
			err = VNKG_ENOMEM;
			goto cleanup;
		}
		/* never the whole article */
		if (first == 0 || !vnkg_i_text_is_signature(vnkg_i_buf_cstr(&line)))
			break;
		for (i = first; i < n; i++) {
			free(drafts[i].text);
			drafts[i].text = NULL;
		}
		n = first;
		dropped++;
	}
	*count = n;

cleanup:
	vnkg_i_buf_free(&line);
	return err;
}

/* Step 7: moves the drafts into the article. */
static int build_sentences(vnkg_article *a, draft_sentence *drafts, size_t n)
{
	vnkg_buf text = VNKG_BUF_INIT;
	size_t i, j, para = 0, first;
	int err = 0;

	a->sentences = calloc(n ? n : 1, sizeof(*a->sentences));
	if (!a->sentences)
		return vnkg_i_oom();
	for (i = 0; i < n; i = j) {
		first = i;
		for (j = i; j < n && drafts[j].para == drafts[first].para; j++) {
			err = vnkg_i_strvec_push_own(&a->store, drafts[j].text);
			drafts[j].text = NULL;
			if (err < 0)
				goto cleanup;
			a->sentences[j].text = a->store.items[a->store.len - 1];
			a->sentences[j].line = drafts[j].line;
			a->sentences[j].para = para;
			a->sentences[j].first_in_para = j == first;
			a->sentences[j].para_sentences = 0;
			if (text.len > 0)
				vnkg_i_buf_putc(&text, j == first ? '\n' : ' ');
			vnkg_i_buf_puts(&text, a->sentences[j].text);
		}
		for (i = first; i < j; i++)
			a->sentences[i].para_sentences = j - first;
		para++;
	}
	a->nsentences = n;
	a->text = vnkg_i_buf_detach(&text);
	if (!a->text)
		err = VNKG_ENOMEM;

cleanup:
	vnkg_i_buf_free(&text);
	return err;
}

static int only_spaces(const char *s)
{
	for (; *s; s++)
		if (*s != ' ' && *s != '\n')
			return 0;
	return 1;
}

int vnkg_article_from_buffer(vnkg_article **out, const char *id, const char *data, size_t len,
			     const char *origin)
{
	vnkg_article *a = NULL;
	char *norm = NULL;
	para_line *paras = NULL;
	draft_sentence *drafts = NULL;
	size_t nparas = 0, ndrafts = 0, norm_len;
	int err;

	*out = NULL;
	if (!origin)
		origin = id ? id : "<buffer>";
	err = vnkg_i_text_check_bytes(data, len, origin);
	if (err < 0)
		goto cleanup;
	err = vnkg_i_text_normalize(&norm, &norm_len, data, len, origin);
	if (err < 0)
		goto cleanup;
	if (only_spaces(norm)) {
		vnkg_error_set("%s: holds only white space (%zu bytes); expected a news article", origin, len);
		err = VNKG_EINVALID;
		goto cleanup;
	}
	a = calloc(1, sizeof(*a));
	if (!a) {
		err = vnkg_i_oom();
		goto cleanup;
	}
	a->id = vnkg_i_strdup(id ? id : "");
	if (!a->id) {
		err = VNKG_ENOMEM;
		goto cleanup;
	}
	err = build_header(&a->header, norm);
	if (err < 0)
		goto cleanup;
	err = keep_lines(&paras, &nparas, norm);
	if (err < 0)
		goto cleanup;
	err = split_paras(&drafts, &ndrafts, paras, nparas);
	if (err < 0)
		goto cleanup;
	err = drop_signatures(&ndrafts, drafts);
	if (err < 0)
		goto cleanup;
	err = build_sentences(a, drafts, ndrafts);
	if (err < 0)
		goto cleanup;
	*out = a;
	a = NULL;

cleanup:
	free_drafts(drafts, ndrafts);
	free(paras);
	free(norm);
	vnkg_article_free(a);
	return err;
}

/* The article id of a path: the file name without folders and extension. */
static char *id_from_path(const char *path)
{
	const char *base = strrchr(path, '/'), *dot;

	base = base ? base + 1 : path;
	dot = strrchr(base, '.');
	if (!dot || dot == base)
		return vnkg_i_strdup(base);
	return vnkg_i_strndup(base, (size_t)(dot - base));
}

static int too_large(const char *path, unsigned long long size)
{
	vnkg_error_set("%s: %llu bytes, over the limit of %u bytes for one article; check that it is a single "
		       "article and split it if not",
		       path, size, VNKG_ARTICLE_MAX_BYTES);
	return VNKG_EINVALID;
}

int vnkg_article_load(vnkg_article **out, const char *path)
{
	vnkg_buf data = VNKG_BUF_INIT;
	FILE *f = NULL;
	struct stat st;
	char *id = NULL;
	size_t got;
	int err = 0;

	*out = NULL;
	f = fopen(path, "rb");
	if (!f) {
		vnkg_error_set("%s: cannot open the article: %s; check the path and its permissions", path,
			       strerror(errno));
		err = errno == ENOENT ? VNKG_ENOTFOUND : VNKG_ERROR;
		goto cleanup;
	}
	if (fstat(fileno(f), &st) != 0) {
		vnkg_error_set("%s: cannot stat the article: %s", path, strerror(errno));
		err = VNKG_ERROR;
		goto cleanup;
	}
	if (S_ISDIR(st.st_mode)) {
		vnkg_error_set("%s: is a directory, not an article file; give the article files inside it", path);
		err = VNKG_EINVALID;
		goto cleanup;
	}
	if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > VNKG_ARTICLE_MAX_BYTES) {
		err = too_large(path, (unsigned long long)st.st_size);
		goto cleanup;
	}
	for (;;) {
		err = vnkg_i_buf_grow(&data, READ_CHUNK);
		if (err < 0)
			goto cleanup;
		got = fread(data.ptr + data.len, 1, READ_CHUNK, f);
		data.len += got;
		data.ptr[data.len] = '\0';
		if (data.len > VNKG_ARTICLE_MAX_BYTES) {
			err = too_large(path, (unsigned long long)data.len);
			goto cleanup;
		}
		if (got < READ_CHUNK)
			break;
	}
	if (ferror(f)) {
		vnkg_error_set("%s: cannot read the article: %s; check that it is a readable file", path,
			       strerror(errno));
		err = VNKG_ERROR;
		goto cleanup;
	}
	id = id_from_path(path);
	if (!id) {
		err = VNKG_ENOMEM;
		goto cleanup;
	}
	err = vnkg_article_from_buffer(out, id, data.ptr, data.len, path);

cleanup:
	if (f)
		fclose(f);
	free(id);
	vnkg_i_buf_free(&data);
	return err;
}

void vnkg_article_free(vnkg_article *a)
{
	if (!a)
		return;
	free(a->id);
	free(a->text);
	free(a->header);
	free(a->sentences);
	vnkg_i_strvec_free(&a->store);
	free(a);
}

const char *vnkg_article_id(const vnkg_article *a)
{
	return a->id;
}

const char *vnkg_article_text(const vnkg_article *a)
{
	return a->text ? a->text : "";
}

const char *vnkg_article_header(const vnkg_article *a)
{
	return a->header ? a->header : "";
}

size_t vnkg_article_sentence_count(const vnkg_article *a)
{
	return a->nsentences;
}

const vnkg_sentence *vnkg_article_sentence(const vnkg_article *a, size_t i)
{
	return i < a->nsentences ? &a->sentences[i] : NULL;
}
