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

static int xml_escape(vnkg_buf *b, const char *text, int attr)
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
		case '\n':
		case '\t':
			if (attr)
				vnkg_i_buf_printf(b, "&#%lu;", cp);
			else
				vnkg_i_buf_put(b, (const char *)s + i, len);
			break;
		default:
			vnkg_i_buf_put(b, (const char *)s + i, len);
			break;
		}
		i += len;
	}
	return b->oom ? VNKG_ENOMEM : 0;
}

int vnkg_i_write_xml_escape(vnkg_buf *b, const char *text)
{
	return xml_escape(b, text, 0);
}

int vnkg_i_write_xml_escape_attr(vnkg_buf *b, const char *text)
{
	return xml_escape(b, text, 1);
}

int vnkg_i_write_xml_escape_token(vnkg_buf *b, const char *text)
{
	vnkg_buf word = VNKG_BUF_INIT;
	const char *p = text, *start;
	int first = 1;

	/* words between runs of white space, one space between them */
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		start = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
			p++;
		if (p == start)
			break;
		vnkg_i_buf_clear(&word);
		vnkg_i_buf_put(&word, start, (size_t)(p - start));
		if (!first)
			vnkg_i_buf_putc(b, ' ');
		first = 0;
		vnkg_i_write_xml_escape(b, vnkg_i_buf_cstr(&word));
	}
	if (word.oom)
		b->oom = 1;
	vnkg_i_buf_free(&word);
	return b->oom ? VNKG_ENOMEM : 0;
}

int vnkg_i_write_json_escape(vnkg_buf *b, const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n = strlen(text), i = 0, len;
	unsigned long cp;

	while (i < n) {
		len = vnkg_i_write_utf8_decode(s + i, n - i, &cp);
		if (len == 0) {
			i++;
			continue;
		}
		if (cp == '"')
			vnkg_i_buf_puts(b, "\\\"");
		else if (cp == '\\')
			vnkg_i_buf_puts(b, "\\\\");
		else if (cp == '\n')
			vnkg_i_buf_puts(b, "\\n");
		else if (cp == '\t')
			vnkg_i_buf_puts(b, "\\t");
		else if (vnkg_i_write_keep_char(cp))
			vnkg_i_buf_put(b, (const char *)s + i, len);
		i += len;
	}
	return b->oom ? VNKG_ENOMEM : 0;
}

int vnkg_i_write_csv_field(vnkg_buf *b, const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n = strlen(text), i = 0, len;
	unsigned long cp;
	int quote = strpbrk(text, ",\"\r\n") != NULL;

	if (quote)
		vnkg_i_buf_putc(b, '"');
	while (i < n) {
		len = vnkg_i_write_utf8_decode(s + i, n - i, &cp);
		if (len == 0) {
			i++;
			continue;
		}
		if (cp == '"')
			vnkg_i_buf_puts(b, "\"\"");
		else if (cp == '\r' || vnkg_i_write_keep_char(cp))
			vnkg_i_buf_put(b, (const char *)s + i, len);
		i += len;
	}
	if (quote)
		vnkg_i_buf_putc(b, '"');
	return b->oom ? VNKG_ENOMEM : 0;
}

/* Number of characters (code points) in s[0..n). */
static size_t char_count(const char *s, size_t n)
{
	size_t i, count = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			count++;
	return count;
}

int vnkg_i_write_wrap(vnkg_buf *b, const char *text, size_t width, const char *sep, vnkg_i_put_fn put)
{
	vnkg_buf line = VNKG_BUF_INIT;
	const char *p = text, *start;
	size_t line_chars = 0, word_chars;
	int lines = 0;

	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		start = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
			p++;
		if (p == start)
			break;
		word_chars = char_count(start, (size_t)(p - start));
		if (line.len > 0 && line_chars + 1 + word_chars > width) {
			if (lines++ > 0)
				vnkg_i_buf_puts(b, sep);
			put(b, vnkg_i_buf_cstr(&line));
			vnkg_i_buf_clear(&line);
			line_chars = 0;
		}
		if (line.len > 0) {
			vnkg_i_buf_putc(&line, ' ');
			line_chars++;
		}
		vnkg_i_buf_put(&line, start, (size_t)(p - start));
		line_chars += word_chars;
	}
	if (line.len > 0) {
		if (lines > 0)
			vnkg_i_buf_puts(b, sep);
		put(b, vnkg_i_buf_cstr(&line));
	}
	if (line.oom)
		b->oom = 1;
	vnkg_i_buf_free(&line);
	return b->oom ? VNKG_ENOMEM : 0;
}
