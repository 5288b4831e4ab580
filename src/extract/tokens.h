#ifndef VNKG_EXTRACT_TOKENS_H
#define VNKG_EXTRACT_TOKENS_H

/* A sentence cut into words and punctuation, with abbreviations expanded into
 * the words they stand for (each expanded word keeps the span of the
 * abbreviation it came from). Private to the extract stage. */

#include <stddef.h>

typedef struct vnkg_i_word {
	const char *text;   /* NUL-terminated; owned by the word list */
	const char *lower;  /* case-folded text */
	size_t start, end;  /* byte span in the sentence */
	unsigned cap : 1;   /* starts with an upper-case letter */
	unsigned abbr : 1;  /* written as an all-caps abbreviation (QK7, TCCNQP) */
	unsigned punct : 1; /* a punctuation mark */
	unsigned num : 1;   /* digits only */
	unsigned expanded : 1; /* produced by expanding an abbreviation */
	size_t orig;        /* index of the source token before expansion */
} vnkg_i_word;

typedef struct vnkg_i_words {
	vnkg_i_word *w;
	size_t n, cap;
	char **owned;       /* strings to free */
	size_t nowned, capowned;
} vnkg_i_words;

/* Abbreviation lookup: returns the expansion of `abbr` or NULL. */
typedef const char *(*vnkg_i_abbr_fn)(const char *abbr, void *payload);

/* Tokenises `s`. When `expand` is given, all-caps tokens it knows are replaced
 * by their words ("QK7" -> "Quân khu 7" is built in). */
int vnkg_i_words_split(vnkg_i_words *out, const char *s, vnkg_i_abbr_fn expand, void *payload);
void vnkg_i_words_free(vnkg_i_words *w);

/* Case-folds UTF-8 (NFC). Caller frees. */
char *vnkg_i_lower(const char *s, size_t n);

/* Does the phrase (lower-case, space-separated words) match the words at i?
 * Returns the number of words matched, 0 if not. */
size_t vnkg_i_words_match(const vnkg_i_words *w, size_t i, const char *phrase_lower);

/* First code point upper case? */
int vnkg_i_is_upper_initial(const char *s);

#endif
