/* Sentence splitting of one paragraph (one line of the article; a line is
 * never joined with the next).
 *
 * A sentence ends at '.', '!', '?' or '…' (or a run of them), maybe
 * followed by closing quotes or brackets, when a space and then an upper-case
 * letter, an opening quote or bracket, or a digit follow. Not at:
 *   - abbreviations: "TP. Hồ Chí Minh", "ThS. Nguyễn", "PGS.TS. Lê";
 *   - initials: "Nguyễn V. An" (but a Roman numeral after "lần thứ", "khóa"
 *     ends a sentence: "... lần thứ X. Hội nghị ...");
 *   - the numbering of a list item at the start of the line: "1. Nâng cao";
 *   - a terminator with no space after it: "TP.HCM", "9.500", "10/9/2024",
 *     "Th.S" (a sentence glued to the next, "đạo.Tiếp", gets its space
 *     back when the line is repaired, see junk.c);
 *   - a terminator followed by a lower-case word ("… và").
 */

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/text_private.h"
#include "util/util.h"
#include "vnkg/common.h"

/* Words that take a period and do not end a sentence. */
static const char *const abbreviations[] = {
	"TP", "Tp", "TS", "ThS", "Ths", "PGS", "GS", "BS", "KS", "TT", "TX", "Q", "P", "St", "Mr",
	"Mrs", "Ms", "Dr", "NXB", "Nxb", "tr", "Tr", "Th", "TSKH", "BSCKI", "BSCKII", "Đ/c", "đ/c",
	"Co", "Ltd", "Inc", "No", "Ng", NULL};

/* Words after which a single capital letter is a Roman numeral. */
static const char *const numeral_contexts[] = {
	"thứ", "khóa", "khoá", "kỳ", "lần", "phần", "chương", "mục", "điều", "khoản", "Thứ", "Khóa",
	"Khoá", "Kỳ", "Lần", "Phần", "Chương", "Mục", "Điều", "Khoản", NULL};

static int32_t decode_at(const char *s, size_t len, size_t i, size_t *n)
{
	int32_t cp;

	*n = vnkg_i_text_utf8_decode(&cp, s + i, len - i);
	if (*n == 0) {
		*n = 1;
		return 0xFFFD;
	}
	return cp;
}

static int is_terminator(int32_t c)
{
	return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

static int is_closer(int32_t c)
{
	return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0x00BB;
}

static int is_opener(int32_t c)
{
	return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 || c == 0x00AB;
}

static int is_upper(int32_t c)
{
	utf8proc_category_t cat = utf8proc_category(c);

	return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

static int is_alnum_cp(int32_t c)
{
	utf8proc_category_t cat = utf8proc_category(c);

	return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) || cat == UTF8PROC_CATEGORY_ND;
}

static int in_list(const char *const *list, const char *w, size_t n)
{
	size_t i;

	for (i = 0; list[i]; i++)
		if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
			return 1;
	return 0;
}

/* Number of code points in w[0..n). */
static size_t cp_count(const char *w, size_t n)
{
	size_t i, count = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)w[i] & 0xC0) != 0x80)
			count++;
	return count;
}

static int all_digits(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (w[i] < '0' || w[i] > '9')
			return 0;
	return n > 0;
}

static int is_roman(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (w[i] == '\0' || !strchr("IVXLC", w[i]))
			return 0;
	return n > 0;
}

/* "PGS.TS", "Th.S", "U.S": short capitalised segments joined by periods, the
 * last of one or two letters ("TP.HCM" ends a sentence). */
static int is_dotted_abbreviation(const char *w, size_t n)
{
	size_t i = 0, seg, segments = 0;

	while (i < n) {
		size_t start = i;
		int32_t cp;
		size_t len;

		while (i < n && w[i] != '.')
			i++;
		seg = cp_count(w + start, i - start);
		if (seg == 0 || seg > 3)
			return 0;
		len = vnkg_i_text_utf8_decode(&cp, w + start, i - start);
		if (len == 0 || !is_upper(cp))
			return 0;
		segments++;
		if (i >= n && seg > 2)
			return 0;
		i++;
	}
	return segments >= 2;
}

/* The word that ends at `end` (exclusive), starting after a space or
 * bracket, no earlier than `from`. */
static void word_before(const char *s, size_t from, size_t end, size_t *w_start)
{
	size_t i = end;

	while (i > from && s[i - 1] != ' ' && s[i - 1] != '(' && s[i - 1] != '"')
		i--;
	*w_start = i;
}

/* 1 when the single '.' at `dot` does not end a sentence. `start` is where
 * the current sentence begins, `para_start` 1 when that is the line start. */
static int period_continues(const char *s, size_t start, size_t dot, int para_start)
{
	size_t ws, pws, n;
	int32_t cp;

	word_before(s, start, dot, &ws);
	n = dot - ws;
	if (n == 0)
		return 0;
	if (in_list(abbreviations, s + ws, n) || is_dotted_abbreviation(s + ws, n))
		return 1;
	/* "1. ", "II. ", "a. " numbering a list item at the start of the line */
	if (para_start && ws == start && (all_digits(s + ws, n) || is_roman(s + ws, n) ||
					  (n == 1 && s[ws] >= 'a' && s[ws] <= 'z')))
		return 1;
	if (cp_count(s + ws, n) == 1 && vnkg_i_text_utf8_decode(&cp, s + ws, n) == n && is_upper(cp)) {
		/* an initial, unless a Roman numeral: "lần thứ X." */
		if (strchr("IVX", s[ws]) && ws > start) {
			word_before(s, start, ws - 1, &pws);
			if (in_list(numeral_contexts, s + pws, ws - 1 - pws))
				return 0;
		}
		return 1;
	}
	return 0;
}

static int push_span(vnkg_i_span **spans, size_t *count, size_t *cap, const char *s, size_t start, size_t end)
{
	size_t i, n;
	int alnum = 0;

	while (start < end && s[start] == ' ')
		start++;
	while (end > start && s[end - 1] == ' ')
		end--;
	for (i = start; i < end && !alnum; i += n)
		alnum = is_alnum_cp(decode_at(s, end, i, &n));
	if (!alnum)
		return 0;
	if (*count == *cap) {
		size_t ncap = *cap ? *cap * 2 : 8;
		vnkg_i_span *p = realloc(*spans, ncap * sizeof(*p));

		if (!p)
			return vnkg_i_oom();
		*spans = p;
		*cap = ncap;
	}
	(*spans)[*count].start = start;
	(*spans)[*count].len = end - start;
	(*count)++;
	return 0;
}

int vnkg_i_text_split_sentences(vnkg_i_span **out, size_t *count, const char *s, size_t len)
{
	vnkg_i_span *spans = NULL;
	size_t n_spans = 0, cap = 0, start = 0, i = 0, n, j, k, runs;
	int32_t cp, next;
	int err = 0;

	*out = NULL;
	*count = 0;
	while (i < len) {
		cp = decode_at(s, len, i, &n);
		if (!is_terminator(cp)) {
			i += n;
			continue;
		}
		/* the run of terminators, then closing quotes and brackets */
		j = i + n;
		runs = 1;
		while (j < len) {
			next = decode_at(s, len, j, &n);
			if (!is_terminator(next))
				break;
			j += n;
			runs++;
		}
		while (j < len) {
			next = decode_at(s, len, j, &n);
			if (!is_closer(next))
				break;
			j += n;
		}
		if (j >= len || s[j] != ' ') {
			i = j;
			continue;
		}
		k = j + 1;
		next = decode_at(s, len, k, &n);
		if (!is_upper(next) && !is_opener(next) && !(next >= '0' && next <= '9')) {
			i = j;
			continue;
		}
		if (runs == 1 && cp == '.' && period_continues(s, start, i, start == 0)) {
			i = j;
			continue;
		}
		err = push_span(&spans, &n_spans, &cap, s, start, j);
		if (err < 0)
			goto cleanup;
		start = k;
		i = k;
	}
	err = push_span(&spans, &n_spans, &cap, s, start, len);
	if (err < 0)
		goto cleanup;
	*out = spans;
	*count = n_spans;
	spans = NULL;

cleanup:
	free(spans);
	return err;
}
