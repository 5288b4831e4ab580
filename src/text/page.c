/* Page structure: a list, tag or search page holds several article leads,
 * each a headline, maybe a print-date line, and a lead paragraph (often cut
 * with "…" and followed by "Xem tiếp"). A reader takes each as an article of
 * its own: no date, year, chair or relation crosses from one to the next.
 *
 * The page's lines are read as
 *   T  a title: a short kept line without final punctuation (a headline, a
 *      section label);
 *   S  a stamp: a print or update date line ("18/03/2015 17:45");
 *   L  a lead: a kept line of running text;
 *   X  anything else (dropped furniture; blank lines are not counted).
 * Every L has a head block above it: the lines S? T{0,2} S? right before
 * it. A new item starts at a lead's head block when the text before it
 * ended the way a teaser ends and not the way a paragraph of one story
 * does:
 *   - surely after a "Xem tiếp" link, with a stamp next to the headline, or
 *     after a lead cut with "…" before a headline and a lead that opens
 *     with its own day;
 *   - maybe after a lead cut with "…" before an undated one, or without
 *     final punctuation before a dated one: maybes count only when the page
 *     shows the pattern at least twice and the leads' days are apart;
 *   - on a page of teasers printed whole, when every lead has a headline of
 *     its own and opens with its own day.
 * Blank padding alone says nothing: saved pages of one story are padded
 * too. A subheading or a caption inside one story (a title between two
 * paragraphs that end with a full stop) never starts an item, nor does a
 * summary cut with "…" that the story's lead repeats. */

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/text_private.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/text.h"

/* Most words of a title line. */
#define TITLE_MAX_WORDS 30
/* Fewest words of a lead cut without punctuation that still counts as a
 * cut teaser when no title separates it from the next lead. */
#define CUT_LEAD_MIN_WORDS 30
/* Fewest days between the leads of teasers printed whole. */
#define SPREAD_DAYS 3

typedef enum { LINE_NONE = 0, LINE_T, LINE_S, LINE_L, LINE_X } line_class;

typedef struct {
	line_class cls;
	int more_after;       /* a "Xem tiếp" link follows it */
} line_info;

/* The last code point of s (0 when empty) and where it starts. */
static int32_t last_cp(const char *s, size_t len, size_t *at)
{
	size_t i = len;
	int32_t cp = 0;

	while (i > 0) {
		i--;
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			break;
	}
	if (len == 0 || vnkg_i_text_utf8_decode(&cp, s + i, len - i) == 0)
		cp = 0;
	if (at)
		*at = i;
	return cp;
}

int vnkg_i_text_ends_cut(const char *s)
{
	size_t len = strlen(s);

	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len >= 3 && memcmp(s + len - 3, "...", 3) == 0)
		return 2;
	if (last_cp(s, len, NULL) == 0x2026)
		return 2;
	return vnkg_i_text_ends_sentence(s) ? 0 : 1;
}

int vnkg_i_text_ends_sentence(const char *s)
{
	size_t len = strlen(s), at;
	int32_t cp;

	for (;;) {
		while (len > 0 && s[len - 1] == ' ')
			len--;
		cp = last_cp(s, len, &at);
		if (cp == '"' || cp == '\'' || cp == ')' || cp == 0x201D || cp == 0x2019 || cp == 0x00BB) {
			len = at;
			continue;
		}
		break;
	}
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

static int is_upper_start(const char *s)
{
	int32_t cp;
	utf8proc_category_t cat;

	while (*s == '"' || *s == '\'' || *s == '(' || *s == '*' || *s == '-' || *s == ' ')
		s++;
	if (strncmp(s, "\xE2\x80\x9C", 3) == 0) /* “ */
		s += 3;
	if (vnkg_i_text_utf8_decode(&cp, s, strlen(s)) == 0)
		return 0;
	cat = utf8proc_category(cp);
	return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT || cat == UTF8PROC_CATEGORY_ND;
}

/* Longest source in brackets before a lead's day ("(ABC) Sáng 3/4"). */
#define MASTHEAD_MAX_BYTES 40

/* Words that open a lead with the day of its event. */
static const char *const dateline_words[] = {
	"sang ngay", "chieu ngay", "toi ngay", "trua ngay", "sang nay", "chieu nay", "toi nay", "trua nay",
	"chieu toi", "rang sang", "hom nay", "hom qua", "sang", "chieu", "toi", "trua", "dem", "ngay",
	"trong", "tu ngay", NULL};

/* 0 when the fold of a line certainly does not open with a dateline word
 * followed by ' ', ',' or '(', judged on the folded start of the line
 * `pre` (the whole fold when `complete`): most lines are not datelines,
 * and folding only their start is cheaper. */
static int may_open_dateline(const char *pre, int complete)
{
	size_t i, j, n;

	for (i = 0; dateline_words[i]; i++) {
		n = strlen(dateline_words[i]);
		for (j = 0; j < n && pre[j] && pre[j] == dateline_words[i][j]; j++)
			;
		if (j < n && (pre[j] || complete))
			continue; /* a different letter, or the line ends first */
		if (j < n || pre[n] == ' ' || pre[n] == ',' || pre[n] == '(' || (!pre[n] && !complete))
			return 1; /* the prefix ran out: undecided */
	}
	return 0;
}

int vnkg_i_text_opens_dateline(const char *line)
{
	char *f = NULL, pre[64];
	const char *p = NULL, *q;
	size_t i, k;
	int yes = 0, day, complete;

	vnkg_i_text_fold_prefix(pre, sizeof(pre), line, &complete);
	if (pre[0] != '(' && !may_open_dateline(pre, complete))
		return 0;
	if (vnkg_text_fold(&f, line) < 0)
		return 0;
	/* a source in brackets before the day: "(Thạch Lam) Chiều 21/12, ..." */
	q = f;
	if (*q == '(') {
		const char *close = strchr(q, ')');
		if (close && close - q <= MASTHEAD_MAX_BYTES) {
			q = close + 1;
			while (*q == ' ' || *q == '-')
				q++;
		}
	}
	for (i = 0; dateline_words[i] && !p; i++) {
		size_t n = strlen(dateline_words[i]);
		if (strncmp(q, dateline_words[i], n) == 0 && (q[n] == ' ' || q[n] == ',' || q[n] == '('))
			p = q + n;
	}
	/* a day of the month within a few characters: "Sáng 3/4", "Sáng nay
	 * (27/5)", "Trong 2 ngày 14 và 15-8", "Chiều thứ Sáu (18/7)" */
	for (k = 0; p && k < 24 && p[k] && !yes; k++) {
		if (p[k] >= '0' && p[k] <= '9') {
			size_t j = k;
			day = 0;
			while (p[j] >= '0' && p[j] <= '9')
				day = day * 10 + (p[j++] - '0');
			while (p[j] == ' ')
				j++;
			if (p[j] == '/' || p[j] == '-' || p[j] == '.' || strncmp(p + j, "va ", 3) == 0 ||
			    strncmp(p + j, "den ", 4) == 0 || /* "Từ ngày 12 đến 14-10" */
			    strncmp(p + j, "\xE2\x80\x93", 3) == 0) {
				/* the month: the next number */
				int month = 0;
				while (p[j] && !(p[j] >= '0' && p[j] <= '9'))
					j++;
				while (p[j] >= '0' && p[j] <= '9' && month < 100)
					month = month * 10 + (p[j++] - '0');
				yes = (day % 100) * 100 + month % 100;
				if (yes == 0)
					yes = 1;
			}
			k = j;
		}
	}
	free(f);
	return yes;
}

static line_class classify(const char *text, vnkg_i_line_kind kind)
{
	if (!text || !*text)
		return LINE_NONE;
	if (kind != VNKG_I_LINE_KEEP)
		return vnkg_i_text_is_stamp_line(text) ? LINE_S : LINE_X;
	if (vnkg_i_text_opens_dateline(text))
		return LINE_L;
	if (vnkg_i_text_count_words(text, strlen(text)) <= TITLE_MAX_WORDS && vnkg_i_text_ends_cut(text) == 1 && is_upper_start(text)) {
		size_t len = strlen(text);
		/* "Dự hội nghị có:" opens a list, it is not a title */
		if (text[len - 1] != ':' && text[len - 1] != ',' && text[len - 1] != ';')
			return LINE_T;
	}
	return LINE_L;
}

/* The first line of the head block of the lead at `l`: S? T{0,2} S?, read
 * upwards; never above `floor`. */
static size_t head_block(const line_info *info, size_t floor, size_t l)
{
	size_t i = l, top = l, titles = 0;
	int stamp_below = 0;

	while (i > floor) {
		size_t j = i - 1;
		while (j > floor && info[j].cls == LINE_NONE)
			j--;
		/* a section label or widget dropped between the headline and
		 * the lead ("Quốc phòng - An ninh") */
		if (info[j].cls == LINE_X && titles == 0 && j > floor && info[j - 1].cls == LINE_T) {
			j--;
		}
		if (info[j].cls == LINE_T && titles < 2) {
			titles++;
		} else if (info[j].cls == LINE_S && titles == 0 && !stamp_below) {
			stamp_below = 1;
		} else if (info[j].cls == LINE_S && titles > 0) {
			top = j; /* a stamp above the headline closes the block */
			break;
		} else {
			break;
		}
		top = j;
		i = j;
	}
	return top;
}

/* Days between two days read as day * 100 + month (years unknown: the
 * nearer way round the calendar). */
static int day_gap(int a, int b)
{
	int x = (a % 100) * 31 + a / 100, y = (b % 100) * 31 + b / 100, g = x > y ? x - y : y - x;

	return g > 186 ? 372 - g : g;
}

static int block_has(const line_info *info, size_t from, size_t to, line_class cls)
{
	size_t i;

	for (i = from; i < to; i++)
		if (info[i].cls == cls)
			return 1;
	return 0;
}

/* 1 when `lead` starts with the text of the cut lead `cut` (without its
 * "…"): the summary above a story, printed again as the story's lead. */
static int repeats_cut(const char *cut, const char *lead)
{
	size_t n = strlen(cut);

	while (n > 0 && (cut[n - 1] == '.' || cut[n - 1] == ' '))
		n--;
	if (n >= 3 && memcmp(cut + n - 3, "\xE2\x80\xA6", 3) == 0)
		n -= 3;
	return n >= 20 && strncmp(cut, lead, n) == 0;
}

/* Whether the lead at `l` (head block from `top`) opens an item after the
 * lead at `prev`: 0 no, 1 maybe (a cut teaser, but a story might end a
 * paragraph so too: counted only when the page shows the pattern again), 2
 * yes (a "Xem tiếp" link, a stamp by the headline, a cut teaser before a
 * headline and a dated lead). */
static int opens_item(const line_info *info, const char *const *lines, size_t prev, size_t top, size_t l)
{
	int cut = vnkg_i_text_ends_cut(lines[prev]);
	int more = info[prev].more_after;
	int dated = vnkg_i_text_opens_dateline(lines[l]);

	if (repeats_cut(lines[prev], lines[l]))
		return 0;
	if (top == l) { /* no head block: one lead right after another */
		if (!dated)
			return 0;
		if (more)
			return 2;
		return cut == 2 || (cut == 1 && vnkg_i_text_count_words(lines[prev], strlen(lines[prev])) >= CUT_LEAD_MIN_WORDS);
	}
	if (!block_has(info, top, l, LINE_T)) /* a stamp alone: a print date under a lead */
		return more ? 2 : cut == 2;
	if (more || block_has(info, top, l, LINE_S))
		return 2;
	if (cut == 2)
		return dated ? 2 : 1;
	return cut == 1 && dated;
}

int vnkg_i_text_find_items(vnkg_i_span **out, size_t *count, const char *const *lines,
			   const vnkg_i_line_kind *kinds, size_t n)
{
	line_info *info = NULL;
	vnkg_i_span *items = NULL;
	size_t *starts = NULL, *tops = NULL, nstarts = 0, i, prev = (size_t)-1, first = (size_t)-1;
	size_t nleads = 0, titled = 0, dated = 0, spaced = 0, sure = 0, j;
	int *days = NULL, distinct = 1, spread = 1;
	int err = 0;

	*out = NULL;
	*count = 0;
	info = calloc(n + 1, sizeof(*info));
	starts = calloc(n + 1, sizeof(*starts));
	tops = calloc(n + 1, sizeof(*tops));
	days = calloc(n + 1, sizeof(*days));
	if (!info || !starts || !tops || !days) {
		err = vnkg_i_oom();
		goto cleanup;
	}
	for (i = 0; i < n; i++) {
		info[i].cls = classify(lines[i], kinds[i]);
		if (info[i].cls == LINE_X && kinds[i] == VNKG_I_LINE_DROP && vnkg_i_text_is_more_link(lines[i])) {
			size_t j = i;
			while (j > 0 && (info[j - 1].cls == LINE_NONE))
				j--;
			if (j > 0)
				info[j - 1].more_after = 1;
		}
	}
	for (i = 0; i < n; i++) {
		size_t top;

		if (info[i].cls != LINE_L)
			continue;
		top = head_block(info, prev == (size_t)-1 ? 0 : prev + 1, i);
		tops[nleads++] = top;
		titled += block_has(info, top, i, LINE_T);
		days[nleads - 1] = vnkg_i_text_opens_dateline(lines[i]);
		dated += days[nleads - 1] != 0;
		/* a blank line above the headline, none between it and its lead */
		spaced += top > 0 && info[top - 1].cls == LINE_NONE && info[i - 1].cls != LINE_NONE;
		if (prev == (size_t)-1) {
			first = top;
		} else {
			int opens = opens_item(info, lines, prev, top, i);
			if (opens)
				starts[nstarts++] = top;
			sure += opens == 2;
		}
		prev = i;
	}
	/* teasers printed whole, without a cut or a stamp: every lead under a
	 * headline of its own, and each opening with its own day (or most of
	 * them, the teasers set apart by blank lines and each headline on its
	 * lead), their days apart. A story with subheadings has paragraphs
	 * under no heading, spaces its paragraphs alike (blank lines everywhere
	 * or nowhere), comes back to its own day, and a report of an event over
	 * several days, with captions between its paragraphs, goes day by day. */
	for (i = 0; i < nleads; i++)
		for (j = i + 1; j < nleads; j++) {
			if (days[i] && days[i] == days[j])
				distinct = 0; /* two paragraphs of one day: one story */
			if (days[i] && days[j] && day_gap(days[i], days[j]) < SPREAD_DAYS)
				spread = 0;
		}
	/* maybes only: one alone is a story's paragraph ending with "…", and
	 * paragraphs that come back to a day, or go day by day, tell of one
	 * event over its days */
	if (nstarts > 0 && !sure && (nstarts == 1 || !distinct || !spread))
		nstarts = 0;
	if (nstarts == 0 && nleads >= 2 && titled == nleads && distinct && spread &&
	    (dated == nleads || (nleads >= 3 && dated * 2 >= nleads + 1 && spaced + 1 >= nleads))) {
		for (i = 1; i < nleads; i++)
			starts[nstarts++] = tops[i];
	}
	if (nstarts == 0)
		goto cleanup; /* one article */
	items = calloc(nstarts + 1, sizeof(*items));
	if (!items) {
		err = vnkg_i_oom();
		goto cleanup;
	}
	items[0].start = first;
	for (i = 0; i < nstarts; i++) {
		items[i].len = starts[i] - items[i].start;
		items[i + 1].start = starts[i];
	}
	items[nstarts].len = n - starts[nstarts - 1];
	*out = items;
	*count = nstarts + 1;
	items = NULL;

cleanup:
	free(items);
	free(info);
	free(starts);
	free(tops);
	free(days);
	return err;
}
