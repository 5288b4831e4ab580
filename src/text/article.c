/* An article: read, checked, normalised, cleaned of page furniture and split
 * into sentences; a list page also into its items.
 *
 * The way through:
 *   1. the bytes are checked (utf8.c) and normalised (normalize.c); a text of
 *      white space only is refused;
 *   2. the header keeps the first HEADER_LINES non-empty lines as they are,
 *      for the mastheads and print dates later stages look for;
 *   3. each line loses its garbage tokens, raw HTML and glued words (junk.c;
 *      a headline glued to the line before becomes a line of its own) and is
 *      classified (boilerplate.c): kept, dropped, or the start of a comment
 *      form or related-news list, which drops it and everything after (only
 *      once some content has been kept, so a menu at the top cannot swallow
 *      the article); a kept line loses the furniture stuck to it (a masthead
 *      or print stamp before the lead, a photo credit, a trailing "|");
 *   4. a line identical to an earlier kept line is dropped (a headline or a
 *      caption shown twice, whatever its length);
 *   5. lines are split into sentences (sentence.c); a sentence of at least
 *      DEDUP_MIN_WORDS words equal to an earlier one (ignoring its final
 *      punctuation) is dropped, so an article pasted twice counts once;
 *      shorter sentences are kept even when repeated ("Quang cảnh hội
 *      nghị." as the caption of two photos) unless step 4 caught their line;
 *      a summary cut with "…" whose text starts another sentence goes too;
 *   6. up to SIGNATURE_MAX_LINES last kept lines that are only names or a
 *      source tag ("Đức Lâm", "Thanh Sang, Đức Việt", "QĐND") are dropped;
 *      a last sentence cut off inside a name loses the partial name;
 *   7. the kept lines are the paragraphs: each keeps its kept sentences;
 *   8. a list page (page.c) gets its items: steps 4 to 7 again on each
 *      item's lines, with a header of the item's own first lines and the
 *      page's lines above the first item. */

#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utf8proc.h>

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
	vnkg_article **items; /* a list page's items, each an article of its own */
	size_t nitems;
};

/* One line of the page while it is prepared: a line of the file, or a part
 * of one that glued two lines of the page together. */
typedef struct {
	char *text; /* owned: repaired and, when kept, stripped of furniture */
	size_t line; /* 1-based line of the file */
	vnkg_i_line_kind kind;
} page_line;

typedef struct {
	page_line *lines;
	size_t n, cap;
	size_t end; /* lines from here on follow a comment form or related news */
	size_t kept; /* lines kept so far */
	char **raw; /* the normalised lines of the file, for the items' headers */
	size_t nraw;
} page;

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

static void page_free(page *pg)
{
	size_t i;

	for (i = 0; i < pg->n; i++)
		free(pg->lines[i].text);
	free(pg->lines);
	for (i = 0; i < pg->nraw; i++)
		free(pg->raw[i]);
	free(pg->raw);
	memset(pg, 0, sizeof(*pg));
}

static int page_push(page *pg, char *text, size_t line)
{
	page_line *grown;
	vnkg_i_line_kind kind = VNKG_I_LINE_DROP;
	int err;

	if (pg->n == pg->cap) {
		size_t cap = pg->cap ? pg->cap * 2 : 64;
		grown = realloc(pg->lines, cap * sizeof(*grown));
		if (!grown) {
			free(text);
			return vnkg_i_oom();
		}
		pg->lines = grown;
		pg->cap = cap;
	}
	if (*text) {
		err = vnkg_i_text_classify_line(&kind, text);
		if (err < 0) {
			free(text);
			return err;
		}
		if (kind == VNKG_I_LINE_KEEP) {
			/* the headline and the lead open the text */
			vnkg_i_text_strip_junk(text, pg->kept < 2);
			if (!*text)
				kind = VNKG_I_LINE_DROP;
			else
				pg->kept++;
		}
	}
	pg->lines[pg->n].text = text;
	pg->lines[pg->n].line = line;
	pg->lines[pg->n].kind = kind;
	pg->n++;
	return 0;
}

/* A page whose text starts in the middle of a word ("ng chí Đại tá X ...",
 * the scrape lost "Đồ"): the fragment, a first word without a vowel, and
 * the lower-case words up to the first capitalised one go. */
static void drop_cut_start(char *line)
{
	size_t i = 0, words = 0;
	int vowel = 0;

	if (!(line[0] >= 'a' && line[0] <= 'z'))
		return;
	for (i = 0; line[i] && line[i] != ' '; i++)
		if (strchr("aeiouy", line[i]) || (unsigned char)line[i] >= 0x80)
			vowel = 1;
	if (vowel)
		return;
	while (line[i] && words < 3) {
		int32_t cp;
		while (line[i] == ' ')
			i++;
		if (vnkg_i_text_utf8_decode(&cp, line + i, strlen(line + i)) > 0 &&
		    (utf8proc_category(cp) == UTF8PROC_CATEGORY_LU || utf8proc_category(cp) == UTF8PROC_CATEGORY_LT)) {
			memmove(line, line + i, strlen(line + i) + 1);
			return;
		}
		while (line[i] && line[i] != ' ')
			i++;
		words++;
	}
}

/* Steps 3 and 4 for the whole page: its lines, repaired and classified; the
 * end of the content (a comment form or related news, once something was
 * kept). */
static int prepare_page(page *pg, const char *norm)
{
	const char *p = norm, *nl;
	size_t line = 1, i, more = 0;
	int err = 0, kept = 0;

	memset(pg, 0, sizeof(*pg));
	for (;; line++) {
		char *raw, *fixed = NULL, *part, *next;
		char **grown;

		nl = strchr(p, '\n');
		raw = vnkg_i_strndup(p, nl ? (size_t)(nl - p) : strlen(p));
		if (!raw)
			return VNKG_ENOMEM;
		grown = realloc(pg->raw, (pg->nraw + 1) * sizeof(*grown));
		if (!grown) {
			free(raw);
			return vnkg_i_oom();
		}
		pg->raw = grown;
		pg->raw[pg->nraw++] = raw;
		{
			char *work = vnkg_i_strdup(raw);
			if (!work)
				return VNKG_ENOMEM;
			vnkg_i_text_strip_garbage(work);
			err = vnkg_i_text_repair_line(&fixed, work);
			free(work);
			if (err < 0)
				return err;
		}
		for (part = fixed; part; part = next) {
			char *piece;

			next = strchr(part, '\n');
			if (next)
				*next++ = '\0';
			piece = vnkg_i_strdup(part);
			if (!piece) {
				free(fixed);
				return VNKG_ENOMEM;
			}
			err = page_push(pg, piece, line);
			if (err < 0) {
				free(fixed);
				return err;
			}
		}
		free(fixed);
		if (!nl)
			break;
		p = nl + 1;
	}
	for (i = 0; i < pg->n; i++) {
		if (pg->lines[i].kind == VNKG_I_LINE_KEEP) {
			drop_cut_start(pg->lines[i].text);
			break;
		}
	}
	/* "Xem thêm" under every teaser of a list page is a read-on link, not
	 * the related news that "Xem thêm" once after a story opens */
	for (i = 0; i < pg->n; i++)
		if (pg->lines[i].kind == VNKG_I_LINE_CUT && vnkg_i_text_is_more_link(pg->lines[i].text))
			more++;
	for (i = 0; i < pg->n && more >= 2; i++)
		if (pg->lines[i].kind == VNKG_I_LINE_CUT && vnkg_i_text_is_more_link(pg->lines[i].text))
			pg->lines[i].kind = VNKG_I_LINE_DROP;
	pg->end = pg->n;
	for (i = 0; i < pg->n; i++) {
		if (pg->lines[i].kind == VNKG_I_LINE_CUT && kept) {
			pg->end = i;
			break;
		}
		if (pg->lines[i].kind == VNKG_I_LINE_KEEP)
			kept = 1;
	}
	return 0;
}

/* The kept lines of page lines [from, to), each once. */
static int keep_lines(para_line **out, size_t *count, const page *pg, size_t from, size_t to)
{
	para_line *paras = NULL, *grown;
	size_t n = 0, cap = 0, i;
	strset seen = {NULL, NULL, 0, 0};
	int err = 0, added;

	*out = NULL;
	*count = 0;
	for (i = from; i < to; i++) {
		const page_line *pl = &pg->lines[i];

		if (pl->kind != VNKG_I_LINE_KEEP)
			continue;
		err = strset_add(&seen, pl->text, strlen(pl->text), &added);
		if (err < 0)
			goto cleanup;
		if (!added)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			grown = realloc(paras, cap * sizeof(*paras));
			if (!grown) {
				err = vnkg_i_oom();
				goto cleanup;
			}
			paras = grown;
		}
		paras[n].text = pl->text;
		paras[n].line = pl->line;
		n++;
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
			if (vnkg_i_text_count_words(start, klen) >= DEDUP_MIN_WORDS) {
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

/* Step 5b (P42): a lead printed twice, once as a summary cut with "…" above
 * the story: the cut copy goes when another sentence starts with its text.
 * Returns the new count. */
static size_t drop_cut_copies(draft_sentence *drafts, size_t n)
{
	size_t i, j, w = 0, klen;

	for (i = 0; i < n; i++) {
		const char *t = drafts[i].text;
		int copy = 0;

		if (vnkg_i_text_ends_cut(t) == 2) {
			klen = dedup_key_len(t, strlen(t));
			for (j = 0; j < n && !copy && vnkg_i_text_count_words(t, klen) >= DEDUP_MIN_WORDS * 2; j++)
				copy = j != i && strlen(drafts[j].text) > klen &&
				       strncmp(drafts[j].text, t, klen) == 0;
		}
		if (copy) {
			free(drafts[i].text);
			continue;
		}
		drafts[w++] = drafts[i];
	}
	return w;
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

/* Words that close a phrase: a text cut after one of them ("... lần thứ XIX
 * và") was cut after a complete name. */
static const char *const link_words[] = {"và", "của", "với", "cho", "tại", "các", "những", "về", "để", "trong",
					 "theo", "cùng", "đã", "sẽ", "là", "có", "được", "do", "từ", "đến", NULL};

static int starts_upper(const char *w, size_t n)
{
	int32_t cp;

	return vnkg_i_text_utf8_decode(&cp, w, n) > 0 &&
	       (utf8proc_category(cp) == UTF8PROC_CATEGORY_LU || utf8proc_category(cp) == UTF8PROC_CATEGORY_LT);
}

/* 1 when the text s[0..len) was cut inside a name: its last word starts with
 * a capital ("... Phó trưởng Ban Tuyên"), or the word before it does and the
 * last is a fragment, not a word that closes a phrase ("... Hải đội trưởng
 * Hải độ"). */
static int cut_in_name(const char *s, size_t len)
{
	size_t end = len, start, pend, pstart, i;

	while (end > 0 && s[end - 1] == ' ')
		end--;
	start = end;
	while (start > 0 && s[start - 1] != ' ')
		start--;
	if (start == end)
		return 0;
	if (starts_upper(s + start, end - start))
		return 1;
	for (i = 0; link_words[i]; i++)
		if (strlen(link_words[i]) == end - start && memcmp(link_words[i], s + start, end - start) == 0)
			return 0;
	pend = start;
	while (pend > 0 && s[pend - 1] == ' ')
		pend--;
	pstart = pend;
	while (pstart > 0 && s[pstart - 1] != ' ')
		pstart--;
	return pstart < pend && starts_upper(s + pstart, pend - pstart);
}

/* Class 29: the last sentence of an item, or of a page, cut off in the
 * middle of a name by the end of the text (no final punctuation at all):
 * back to its last complete list item, before the last ',' or ';'. A cut
 * the site marked with "…" was made between words and is kept; a short
 * last line (a caption, a headline) is not a cut sentence, but an item's
 * teaser cut inside its running paragraph is. */
static void trim_cut_tail(draft_sentence *drafts, size_t n, size_t min_words, int item)
{
	char *t, *sep;
	size_t len;
	int running;

	if (n == 0)
		return;
	t = drafts[n - 1].text;
	len = strlen(t);
	/* a sentence inside a running paragraph, or a long one alone */
	running = item && n >= 2 && drafts[n - 2].para == drafts[n - 1].para;
	if (vnkg_i_text_ends_cut(t) != 1 || (!running && vnkg_i_text_count_words(t, len) < min_words) || !cut_in_name(t, len))
		return;
	sep = strrchr(t, ';');
	if (!sep || strrchr(t, ',') > sep)
		sep = strrchr(t, ',');
	if (!sep || vnkg_i_text_count_words(t, (size_t)(sep - t)) < (running ? 3 : min_words / 2))
		return;
	*sep = '\0';
	len = strlen(t);
	while (len > 0 && t[len - 1] == ' ')
		t[--len] = '\0';
}

/* Fewest words of a last sentence taken as cut off (an item's lead, a
 * page's last paragraph). */
#define CUT_ITEM_MIN_WORDS 15
#define CUT_PAGE_MIN_WORDS 20

/* Steps 5 to 7 for page lines [from, to): a new article. */
static int build_article(vnkg_article **out, const char *id, const page *pg, size_t from, size_t to,
			 char *header, int item)
{
	vnkg_article *a = NULL;
	para_line *paras = NULL;
	draft_sentence *drafts = NULL;
	size_t nparas = 0, ndrafts = 0;
	int err;

	*out = NULL;
	a = calloc(1, sizeof(*a));
	if (!a) {
		free(header);
		return vnkg_i_oom();
	}
	a->header = header;
	a->id = vnkg_i_strdup(id ? id : "");
	if (!a->id) {
		err = VNKG_ENOMEM;
		goto cleanup;
	}
	err = keep_lines(&paras, &nparas, pg, from, to < pg->end ? to : pg->end);
	if (err < 0)
		goto cleanup;
	err = split_paras(&drafts, &ndrafts, paras, nparas);
	if (err < 0)
		goto cleanup;
	ndrafts = drop_cut_copies(drafts, ndrafts);
	err = drop_signatures(&ndrafts, drafts);
	if (err < 0)
		goto cleanup;
	trim_cut_tail(drafts, ndrafts, item ? CUT_ITEM_MIN_WORDS : CUT_PAGE_MIN_WORDS, item);
	err = build_sentences(a, drafts, ndrafts);
	if (err < 0)
		goto cleanup;
	*out = a;
	a = NULL;

cleanup:
	free_drafts(drafts, ndrafts);
	free(paras);
	vnkg_article_free(a);
	return err;
}

/* An item's header: its own first lines as written (headline, print date,
 * lead), then the page's lines above the first item (masthead, section). */
static int item_header(char **out, const page *pg, size_t first_line, size_t last_line, size_t preamble_end)
{
	vnkg_buf b = VNKG_BUF_INIT;
	size_t i, lines = 0;

	for (i = first_line; i <= last_line && i < pg->nraw && lines < HEADER_LINES; i++) {
		if (!pg->raw[i][0])
			continue;
		if (lines++ > 0)
			vnkg_i_buf_putc(&b, '\n');
		vnkg_i_buf_puts(&b, pg->raw[i]);
	}
	for (i = 0; i < preamble_end && i < pg->nraw && lines < 2 * HEADER_LINES; i++) {
		if (!pg->raw[i][0])
			continue;
		if (lines++ > 0)
			vnkg_i_buf_putc(&b, '\n');
		vnkg_i_buf_puts(&b, pg->raw[i]);
	}
	*out = vnkg_i_buf_detach(&b);
	return *out ? 0 : VNKG_ENOMEM;
}

/* Step 8: a list page's items, each an article with the page's id. */
static int build_items(vnkg_article *a, const page *pg)
{
	const char **texts = NULL;
	vnkg_i_line_kind *kinds = NULL;
	vnkg_i_span *items = NULL;
	size_t nitems = 0, i;
	int err = 0;

	texts = calloc(pg->end + 1, sizeof(*texts));
	kinds = calloc(pg->end + 1, sizeof(*kinds));
	if (!texts || !kinds) {
		err = vnkg_i_oom();
		goto cleanup;
	}
	for (i = 0; i < pg->end; i++) {
		texts[i] = pg->lines[i].text;
		kinds[i] = pg->lines[i].kind;
	}
	err = vnkg_i_text_find_items(&items, &nitems, texts, kinds, pg->end);
	if (err < 0 || nitems < 2)
		goto cleanup;
	a->items = calloc(nitems, sizeof(*a->items));
	if (!a->items) {
		err = vnkg_i_oom();
		goto cleanup;
	}
	for (i = 0; i < nitems; i++) {
		size_t from = items[i].start, to = items[i].start + items[i].len;
		char *header = NULL;

		err = item_header(&header, pg, pg->lines[from].line - 1, pg->lines[to - 1].line - 1,
				  pg->lines[items[0].start].line - 1);
		if (err < 0)
			goto cleanup;
		err = build_article(&a->items[i], a->id, pg, from, to, header, 1);
		if (err < 0)
			goto cleanup;
		a->nitems++;
	}

cleanup:
	free(items);
	free(texts);
	free(kinds);
	return err;
}

int vnkg_article_from_buffer(vnkg_article **out, const char *id, const char *data, size_t len,
			     const char *origin)
{
	vnkg_article *a = NULL;
	char *norm = NULL, *header = NULL;
	page pg;
	size_t norm_len;
	int err;

	*out = NULL;
	memset(&pg, 0, sizeof(pg));
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
	err = build_header(&header, norm);
	if (err < 0)
		goto cleanup;
	err = prepare_page(&pg, norm);
	if (err < 0)
		goto cleanup;
	err = build_article(&a, id, &pg, 0, pg.n, header, 0);
	header = NULL;
	if (err < 0)
		goto cleanup;
	err = build_items(a, &pg);
	if (err < 0)
		goto cleanup;
	*out = a;
	a = NULL;

cleanup:
	page_free(&pg);
	free(header);
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
	if (a->items) {
		size_t i;
		for (i = 0; i < a->nitems; i++)
			vnkg_article_free(a->items[i]);
		free(a->items);
	}
	free(a);
}

size_t vnkg_article_item_count(const vnkg_article *a)
{
	return a->nitems ? a->nitems : 1;
}

const vnkg_article *vnkg_article_item(const vnkg_article *a, size_t i)
{
	if (a->nitems == 0)
		return i == 0 ? a : NULL;
	return i < a->nitems ? a->items[i] : NULL;
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
