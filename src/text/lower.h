#ifndef VNKG_TEXT_LOWER_H
#define VNKG_TEXT_LOWER_H

/* Case folding shared with the extract stage (private to the library). */

#include <stddef.h>

/* Case-folds `n` bytes of UTF-8 (utf8proc CASEFOLD | COMPOSE | STABLE): the
 * code points of Vietnamese text through a table, anything else through
 * utf8proc; a copy of the bytes when utf8proc refuses them. The caller
 * frees the result; NULL when out of memory. */
char *vnkg_i_text_lower(const char *s, size_t n);

/* Builds the folding tables (vnkg_global_init). Folding works before it too,
 * building them on first use. */
void vnkg_i_text_init(void);

#endif
