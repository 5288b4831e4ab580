#include <string.h>

#include "util/util.h"
#include "vnkg/common.h"
#include "write/write_i.h"

/* Text helpers shared by the writers: UTF-8 decoding, which characters may
 * be written, XML escaping. */

size_t vnkg_i_write_utf8_decode(const unsigned char *s, size_t n, unsigned long *cp)
{
	unsigned long c;
	size_t len, i;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	} else if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		len = 2;
		c = s[0] & 0x1F;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		len = 3;
		c = s[0] & 0x0F;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		len = 4;
		c = s[0] & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	/* overlong forms, surrogates and values past U+10FFFF */
	if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
	    (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

int vnkg_i_write_keep_char(unsigned long cp)
{
	if (cp == '\t' || cp == '\n')
		return 1;
	if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
		return 0; /* C0 and C1 controls, DEL */
	if (cp == 0xFFFE || cp == 0xFFFF)
		return 0; /* not XML characters */
	return 1;
}

int vnkg_i_write_xml_escape(vnkg_buf *b, const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n = strlen(text), i = 0, len;
	unsigned long cp;

	while (i < n) {
		len = vnkg_i_write_utf8_decode(s + i, n - i, &cp);
		if (len == 0) {
			i++; /* an invalid byte: dropped */
			continue;
		}
		if (!vnkg_i_write_keep_char(cp)) {
			i += len;
			continue;
		}
		switch (cp) {
		case '&':
			vnkg_i_buf_puts(b, "&amp;");
			break;
		case '<':
			vnkg_i_buf_puts(b, "&lt;");
			break;
		case '>':
			vnkg_i_buf_puts(b, "&gt;");
			break;
		case '"':
			vnkg_i_buf_puts(b, "&quot;");
			break;
		default:
			vnkg_i_buf_put(b, (const char *)s + i, len);
			break;
		}
		i += len;
	}
	return b->oom ? VNKG_ENOMEM : 0;
}
