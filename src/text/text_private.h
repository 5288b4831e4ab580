#ifndef VNKG_TEXT_TEXT_PRIVATE_H
#define VNKG_TEXT_TEXT_PRIVATE_H

/* Functions shared by the files of the text stage (private to the library;
 * the unit tests call some of them directly). */

#include <stddef.h>
#include <stdint.h>

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

/* --- sentence.c --------------------------------------------------------- */

typedef struct vnkg_i_span {
	size_t start;
	size_t len;
} vnkg_i_span;

/* Splits one paragraph (a normalised line) into sentences. *out receives
 * `*count` spans into `s`, trimmed, each holding at least one letter or
 * digit; free it with free(). Returns 0 or VNKG_ENOMEM. */
int vnkg_i_text_split_sentences(vnkg_i_span **out, size_t *count, const char *s, size_t len);

#endif
