#ifndef VNKG_TEXT_H
#define VNKG_TEXT_H

#include <stddef.h>

/* The text stage: read an article, validate and normalise it, drop web
 * boilerplate, split it into sentences.
 *
 * Normalisation (applied to everything the later stages see):
 *   - valid UTF-8 required; NUL bytes, legacy Vietnamese encodings (TCVN3, VNI,
 *     Windows-1258 read as UTF-8) and empty files are refused with their own
 *     message;
 *   - a leading BOM is dropped, CRLF/CR become LF;
 *   - Unicode NFC, then one tone-mark placement per syllable (the "new" style:
 *     uỷ -> ủy, hoà -> hòa, oà -> òa, but quý, qua stay as they are);
 *     that is, an open syllable ending in oa, oe or uy carries its tone on
 *     the first of the two vowels (hòa, khỏe, thủy); closed syllables
 *     (hoàn, khoảng, quyết) and "qu" + y (quý, quỹ) are left as they are;
 *   - NBSP, thin and other Unicode spaces and tabs become a plain space; runs
 *     of spaces collapse to one; lines are trimmed;
 *   - zero-width characters and control characters other than LF are dropped.
 *   - Ð/ð (U+00D0/U+00F0), often typed for Đ/đ, become Đ/đ. Line numbers are
 *     kept: line n of the result is line n of the input.
 */

typedef struct vnkg_article vnkg_article;

/* Largest article accepted, in bytes. */
#define VNKG_ARTICLE_MAX_BYTES (4u * 1024u * 1024u)

/* One sentence of an article. `text` is NUL-terminated normalised UTF-8.
 * `line` is the 1-based line of the original file it starts on; `para` the
 * 0-based index of the (kept) line/paragraph it belongs to; `first_in_para`
 * is 1 when the sentence starts its paragraph; `para_sentences` how many
 * sentences that paragraph has. */
typedef struct vnkg_sentence {
	const char *text;
	size_t line;
	size_t para;
	int first_in_para;
	size_t para_sentences;
} vnkg_sentence;

/* Reads the file at `path` and prepares it (see above). The article id is the
 * file name without directory and extension. On failure returns a negative
 * code and vnkg_error_last() names the file, the byte offset where it helps,
 * what is wrong and what to do. The caller owns *out (vnkg_article_free). */
int vnkg_article_load(vnkg_article **out, const char *path);

/* Same from memory: `id` is the article id, `origin` the name used in error
 * messages (a path, or "<stdin>"). `data` need not be NUL-terminated. */
int vnkg_article_from_buffer(vnkg_article **out, const char *id, const char *data, size_t len,
			     const char *origin);

/* Frees an article; NULL is fine. */
void vnkg_article_free(vnkg_article *a);

/* The article id (borrowed). */
const char *vnkg_article_id(const vnkg_article *a);

/* The cleaned article text: kept lines joined by '\n' (borrowed). */
const char *vnkg_article_text(const vnkg_article *a);

/* The text of the article's first lines before cleaning removed anything,
 * normalised: page furniture such as a masthead ("QK7 Online", "(QK7 Online)")
 * or a print date lives here. Borrowed, may be empty. */
const char *vnkg_article_header(const vnkg_article *a);

/* Number of sentences, and sentence i (borrowed, 0 <= i < count). Sentences
 * repeated verbatim (a caption shown twice, a page pasted twice) appear once. */
/* (A repeat is a sentence of at least four words equal to an earlier one but
 * for its final punctuation, or any line equal to an earlier line; shorter
 * sentences inside a line are kept. Page furniture -- phone numbers, print
 * dates, menus, share buttons, bylines, comment forms, related-news lists,
 * garbage tokens, closing name or source lines -- is not in the sentences or
 * the text; an article of furniture only has no sentences. vnkg_article_sentence
 * returns NULL when i is out of range.) */
size_t vnkg_article_sentence_count(const vnkg_article *a);
const vnkg_sentence *vnkg_article_sentence(const vnkg_article *a, size_t i);

/* A list, tag or search page holds several article leads (headline, maybe
 * a print-date line, lead; "Xem tiếp", pagination, blank padding between
 * them). Each is an item: an article of its own with the page's id, its own
 * sentences, and a header that holds its own first lines (headline, date
 * line) followed by the page's lines above the first item (masthead). A
 * page of one article has one item, the article itself. The page's own
 * sentences stay those of the whole page. Items are borrowed from the page;
 * vnkg_article_item returns NULL when i is out of range. */
size_t vnkg_article_item_count(const vnkg_article *a);
const vnkg_article *vnkg_article_item(const vnkg_article *a, size_t i);

/* Normalises `len` bytes of UTF-8 at `s` as described above, without
 * dropping boilerplate or splitting. The caller frees *out with free().
 * Returns VNKG_EINVALID for invalid UTF-8. */
int vnkg_text_normalize(char **out, const char *s, size_t len);

/* Folds a UTF-8 string for forgiving comparison: NFC, lower case, diacritics
 * removed (đ -> d), spaces collapsed. The caller frees *out with free(). */
int vnkg_text_fold(char **out, const char *s);

/* Makes an ASCII slug from a name: folded, non-alphanumerics -> '-', e.g.
 * "Nguyễn Mạnh Hùng" -> "nguyen-manh-hung". The caller frees *out. */
int vnkg_text_slug(char **out, const char *s);

/* Display width of a UTF-8 string in terminal columns (utf8proc). */
size_t vnkg_text_width(const char *s);

#endif
