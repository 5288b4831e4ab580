#ifndef VNKG_TEXT_TEXT_PRIVATE_H
#define VNKG_TEXT_TEXT_PRIVATE_H

/* Functions shared by the files of the text stage (private to the library;
 * the unit tests call some of them directly). */

#include <stddef.h>
#include <stdint.h>

/* A span of bytes or of lines. */
typedef struct vnkg_i_span {
	size_t start;
	size_t len;
} vnkg_i_span;

/* --- utf8.c: decoding and input checks -------------------------------- */

/* Decodes the UTF-8 sequence at `s` (at most `n` bytes). Returns its length
 * (1-4) and stores the code point in *cp, or returns 0 when the bytes are
 * not strict UTF-8 (overlong forms, surrogates and values past U+10FFFF are
 * refused). */
size_t vnkg_i_text_utf8_decode(int32_t *cp, const char *s, size_t n);

/* The 1-based line of byte offset `off` in `s` (LF, CRLF and lone CR end a
 * line). */
size_t vnkg_i_text_line_at(const char *s, size_t len, size_t off);

/* Checks raw bytes before normalisation: empty, too large, UTF-16, NUL
 * bytes, invalid UTF-8 and legacy Vietnamese encodings, doubly encoded
 * text (mojibake) and VNI/VIQR keystroke text. Returns 0 or VNKG_EINVALID
 * with a message starting with `origin` (no prefix when NULL). */
int vnkg_i_text_check_bytes(const char *data, size_t len, const char *origin);

/* Reports the first invalid UTF-8 sequence of `data` (VNKG_EINVALID), or
 * returns 0 when it is all valid. `origin` may be NULL. */
int vnkg_i_text_check_utf8(const char *data, size_t len, const char *origin);

/* --- normalize.c ------------------------------------------------------- */

/* Folds the start of `s` into `dst` (`cap` bytes with the NUL): as much of
 * vnkg_text_fold(s) as fits and as the fold table covers (a cheap look at
 * how a line opens). *complete is 1 when `dst` holds the whole fold; else
 * it is a prefix of it (maybe without a space the fold has after it).
 * Returns the length. */
size_t vnkg_i_text_fold_prefix(char *dst, size_t cap, const char *s, int *complete);

/* vnkg_text_normalize with an origin for messages and the output length. */
int vnkg_i_text_normalize(char **out, size_t *out_len, const char *s, size_t len, const char *origin);

/* --- boilerplate.c: web page furniture --------------------------------- */

typedef enum {
	VNKG_I_LINE_KEEP = 0, /* content */
	VNKG_I_LINE_DROP,     /* furniture: drop this line */
	VNKG_I_LINE_CUT       /* a comment form or related-news list starts:
			       * drop this line and everything after it */
} vnkg_i_line_kind;

/* Classifies one normalised, trimmed line. Returns 0 or VNKG_ENOMEM. */
int vnkg_i_text_classify_line(vnkg_i_line_kind *out, const char *line);

/* Removes garbage tokens ("74nn22t12", "cctvnnnbnnvakknfjcn11") from a
 * normalised line in place, tidying the spaces around them. Returns how many
 * were removed. */
size_t vnkg_i_text_strip_garbage(char *line);

/* 1 when the ASCII token `s` (length `n`, letters and digits only) looks
 * like keyboard garbage rather than a word or a code. */
int vnkg_i_text_is_garbage_token(const char *s, size_t n);

/* 1 when the line is a signature that closes an article: one to four person
 * names ("Thanh Sang, Đức Việt") or a source tag ("QĐND", "Theo TTXVN"). */
int vnkg_i_text_is_signature(const char *line);

/* Classifies a print or update date line ("18/03/2015 17:45", "Đăng lúc
 * 07:15 ngày 09/06/2031", "(23/07/2012)"): 1 when it is one. */
int vnkg_i_text_is_stamp_line(const char *line);

/* 1 when the line is the "read on" link under a teaser ("Xem tiếp"). */
int vnkg_i_text_is_more_link(const char *line);

/* --- junk.c: junk inside lines ------------------------------------------ */

/* Repairs a normalised line: HTML tags and entities left by a scraper go,
 * words glued together get their space back ("trướcBài", "376Trao",
 * "Đảng.Sau"). Where the glue joined two lines of the page (a headline
 * glued after a lead, a section label before a dateline), *out holds a
 * '\n' there. The caller frees *out. Returns 0 or VNKG_ENOMEM. */
int vnkg_i_text_repair_line(char **out, const char *line);

/* Strips page furniture stuck to a kept line, in place: a print stamp or a
 * masthead before the lead ("17/04/2020 - 15:05Sáng 16/4", "BNT-Sáng 6-5"),
 * a photo credit after a caption ("Ảnh: Minh Khang"), a trailing "|" or
 * "- ảnh 1", image file names, source suffixes. `first` is 1 for the first
 * kept lines of the text (headline, lead), where a bare masthead ("TP - Lữ
 * đoàn ...") needs no dateline after it. */
void vnkg_i_text_strip_junk(char *line, int first);

/* --- page.c: list pages -------------------------------------------------- */

/* Non-zero when the line opens with the day of an event ("Sáng 3/4, ...",
 * "Ngày 9-8, ...", "Chiều 25.7", "Trong 2 ngày 14 và 15-8"): day * 100 +
 * month as read (1 when they read as zero), else 0. */
int vnkg_i_text_opens_dateline(const char *line);

/* 1 when the text ends with a sentence's final punctuation (maybe before
 * closing quotes or brackets). */
int vnkg_i_text_ends_sentence(const char *s);

/* How a paragraph ends: 2 when cut with "…" or "...", 1 without final
 * punctuation, 0 with it. */
int vnkg_i_text_ends_cut(const char *s);

/* Finds the items of a list page among its `n` lines (`lines[i]` the
 * cleaned line, "" for a blank or absent one; `kinds[i]` its class). When
 * the page holds several article leads, *out receives `*count` >= 2 spans
 * of line indexes, one per item, in order (the lines before the first are
 * the page's own furniture); otherwise *count is 0. Free *out with free().
 * Returns 0 or VNKG_ENOMEM. */
int vnkg_i_text_find_items(vnkg_i_span **out, size_t *count, const char *const *lines,
			   const vnkg_i_line_kind *kinds, size_t n);

/* Words in s[0..len): runs of bytes between spaces or newlines. */
size_t vnkg_i_text_count_words(const char *s, size_t len);

/* --- sentence.c --------------------------------------------------------- */

/* Splits one paragraph (a normalised line) into sentences. *out receives
 * `*count` spans into `s`, trimmed, each holding at least one letter or
 * digit; free it with free(). Returns 0 or VNKG_ENOMEM. */
int vnkg_i_text_split_sentences(vnkg_i_span **out, size_t *count, const char *s, size_t len);

#endif
