#ifndef VNKG_WRITE_WRITE_I_H
#define VNKG_WRITE_WRITE_I_H

/* Text helpers shared by the writers (private to the library). */

#include <stddef.h>

#include "util/util.h"

/* Decodes one UTF-8 sequence at s (n > 0 bytes available). Returns its
 * length and the code point in *cp, or 0 for an invalid sequence (overlong,
 * surrogate, truncated, past U+10FFFF). */
size_t vnkg_i_write_utf8_decode(const unsigned char *s, size_t n, unsigned long *cp);

/* Whether a code point may appear in output text: tab and newline yes; other
 * C0 controls, DEL, C1 controls, U+FFFE and U+FFFF no. */
int vnkg_i_write_keep_char(unsigned long cp);

/* Appends `text` to b as XML character data: & < > " escaped, characters
 * that vnkg_i_write_keep_char refuses and invalid UTF-8 bytes dropped.
 * Returns 0 or VNKG_ENOMEM. */
int vnkg_i_write_xml_escape(vnkg_buf *b, const char *text);

#endif
