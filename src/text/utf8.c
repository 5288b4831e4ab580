/* UTF-8 decoding and the checks an article's bytes pass before anything else
 * reads them: size, NUL bytes, UTF-16, invalid UTF-8, legacy Vietnamese
 * encodings (TCVN3, VNI, Windows-1258), doubly encoded text and text typed as
 * VNI/VIQR keystrokes. Each failure has its own message. */

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "text/text_private.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/text.h"

/* At least this many suspicious places before text is called mojibake. */
#define MOJIBAKE_MIN 3
/* At least this many invalid sequences before invalid UTF-8 is called a
 * legacy encoding (and they must be half of the non-ASCII characters). */
#define LEGACY_MIN 3
/* At least this many keystroke-looking words (and a tenth of the words). */
#define KEYSTROKE_MIN 8

#define ORIGIN_FMT "%s%s"
#define ORIGIN_ARGS(o) ((o) ? (o) : ""), ((o) ? ": " : "")

size_t vnkg_i_text_utf8_decode(int32_t *cp, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char lo = 0x80, hi = 0xBF;
	size_t len, i;
	int32_t c;

	if (n == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		len = 2;
		c = s[0] & 0x1F;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		len = 3;
		c = s[0] & 0x0F;
		if (s[0] == 0xE0)
			lo = 0xA0;
		else if (s[0] == 0xED)
			hi = 0x9F;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		len = 4;
		c = s[0] & 0x07;
		if (s[0] == 0xF0)
			lo = 0x90;
		else if (s[0] == 0xF4)
			hi = 0x8F;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		unsigned char min = i == 1 ? lo : 0x80, max = i == 1 ? hi : 0xBF;

		if (s[i] < min || s[i] > max)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	*cp = c;
	return len;
}

size_t vnkg_i_text_line_at(const char *s, size_t len, size_t off)
{
	size_t line = 1, i;

	if (off > len)
		off = len;
	for (i = 0; i < off; i++) {
		if (s[i] == '\n')
			line++;
		else if (s[i] == '\r' && (i + 1 >= len || s[i + 1] != '\n'))
			line++;
	}
	return line;
}

/* Where the first invalid sequence is, how many there are and how many valid
 * multi-byte characters surround them. */
typedef struct {
	size_t bad;
	size_t multibyte;
	size_t first_off;
} utf8_scan;

static void scan_utf8(utf8_scan *out, const char *data, size_t len)
{
	size_t i = 0, n;
	int32_t cp;

	memset(out, 0, sizeof(*out));
	while (i < len) {
		if ((unsigned char)data[i] < 0x80) {
			i++; /* ASCII: valid, one byte */
			continue;
		}
		n = vnkg_i_text_utf8_decode(&cp, data + i, len - i);
		if (n == 0) {
			if (out->bad == 0)
				out->first_off = i;
			out->bad++;
			i++;
			continue;
		}
		if (n > 1)
			out->multibyte++;
		i += n;
	}
}

int vnkg_i_text_check_utf8(const char *data, size_t len, const char *origin)
{
	utf8_scan scan;

	scan_utf8(&scan, data, len);
	if (scan.bad == 0)
		return 0;
	vnkg_error_set(ORIGIN_FMT "invalid UTF-8 at byte offset %zu (line %zu): byte 0x%02X; save the text as UTF-8",
		       ORIGIN_ARGS(origin), scan.first_off, vnkg_i_text_line_at(data, len, scan.first_off),
		       (unsigned)(unsigned char)data[scan.first_off]);
	return VNKG_EINVALID;
}

static int check_utf8_or_legacy(const char *data, size_t len, const char *origin)
{
	utf8_scan scan;
	size_t line;

	scan_utf8(&scan, data, len);
	if (scan.bad == 0)
		return 0;
	line = vnkg_i_text_line_at(data, len, scan.first_off);
	/* In TCVN3, VNI and Windows-1258 nearly every accented letter is a byte
	 * in 0x80-0xFF that does not start a valid UTF-8 sequence. */
	if (scan.bad >= LEGACY_MIN && scan.bad >= scan.multibyte) {
		vnkg_error_set(ORIGIN_FMT "not UTF-8: looks like a legacy Vietnamese encoding (TCVN3/VNI/Windows-1258), "
			       "%zu invalid bytes, the first 0x%02X at byte offset %zu (line %zu); convert it to UTF-8, "
			       "e.g. iconv -f CP1258 -t UTF-8 (TCVN3: -f TCVN5712-1)",
			       ORIGIN_ARGS(origin), scan.bad, (unsigned)(unsigned char)data[scan.first_off],
			       scan.first_off, line);
		return VNKG_EINVALID;
	}
	vnkg_error_set(ORIGIN_FMT "invalid UTF-8 at byte offset %zu (line %zu): byte 0x%02X; save the article as UTF-8",
		       ORIGIN_ARGS(origin), scan.first_off, line, (unsigned)(unsigned char)data[scan.first_off]);
	return VNKG_EINVALID;
}

/* Characters a Latin-1/Windows-1252 reading of UTF-8 puts after the lead
 * character: U+0080-U+00BF (but NBSP) and the Windows-1252 specials. */
static int is_mojibake_trail(int32_t c)
{
	static const int32_t cp1252[] = {0x20AC, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
					 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017D, 0x2018,
					 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
					 0x2122, 0x0161, 0x203A, 0x0153, 0x017E, 0x0178};
	size_t i;

	if (c >= 0x80 && c <= 0xBF)
		return c != 0xA0;
	for (i = 0; i < sizeof(cp1252) / sizeof(cp1252[0]); i++)
		if (cp1252[i] == c)
			return 1;
	return 0;
}

/* Lead characters of that reading for Vietnamese letters: Ã Â (U+00C0-FF),
 * Ä Å (U+0100-17F: ă đ ĩ ũ), Æ (ơ ư) and á (U+1EA0-1EF9: áº, á»). */
static int is_mojibake_lead(int32_t c)
{
	return c == 0xC3 || c == 0xC2 || c == 0xC4 || c == 0xC5 || c == 0xC6 || c == 0xE1;
}

/* Latin-1 characters that Vietnamese never uses; inside a word they come
 * from TCVN3 or VNI bytes read as Latin-1 ("Vieät", "ViÖt"). */
static int is_foreign_latin1(int32_t c)
{
	static const char vietnamese[] = "\xC0\xC1\xC2\xC3\xC8\xC9\xCA\xCC\xCD\xD2\xD3\xD4\xD5\xD9\xDA\xDD"
					 "\xE0\xE1\xE2\xE3\xE8\xE9\xEA\xEC\xED\xF2\xF3\xF4\xF5\xF9\xFA\xFD";

	if (c < 0xA1 || c > 0xFF)
		return 0;
	return memchr(vietnamese, (int)c, sizeof(vietnamese) - 1) == NULL;
}

static int is_ascii_letter(int32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_ascii_vowel(int32_t c)
{
	return c != 0 && strchr("aeiouyAEIOUY", (int)c) != NULL;
}

/* One ASCII word that looks like VNI keystrokes ("Vie65t", "No65i") or VIQR
 * ("Vie^.t", "ha`nh"): a lower-case vowel followed by a tone digit or a
 * VIQR mark. */
static int is_keystroke_word(const char *w, size_t n)
{
	size_t i;

	for (i = 1; i + 1 < n; i++) {
		unsigned char c = (unsigned char)w[i], next = (unsigned char)w[i + 1];

		if (!is_ascii_vowel(c) || c < 'a' || !is_ascii_letter((unsigned char)w[i - 1]))
			continue;
		if (next >= '1' && next <= '9') {
			size_t j = i + 1;

			while (j < n && w[j] >= '1' && w[j] <= '9')
				j++;
			if (j - (i + 1) <= 2 && (j == n || (w[j] >= 'a' && w[j] <= 'z')))
				return 1;
		}
		if (next == '^' || next == '(' || next == '+' || next == '`' || next == '~')
			return 1;
	}
	return 0;
}

static int check_mojibake(const char *data, size_t len, const char *origin)
{
	size_t i = 0, n, pairs = 0, foreign = 0, words_nonascii = 0, words = 0, keystroke = 0;
	size_t first_pair = 0, first_foreign = 0, first_key = 0, word_start = 0;
	int32_t cp = 0, prev = 0;
	int in_word = 0, word_nonascii = 0, nonascii_letters = 0;

	while (i <= len) {
		int letter;

		n = i < len ? vnkg_i_text_utf8_decode(&cp, data + i, len - i) : 1;
		if (i == len || n == 0)
			cp = ' ';
		if (n == 0)
			n = 1;
		letter = is_ascii_letter(cp) || (cp >= '0' && cp <= '9') ||
			 (cp > 0 && cp < 0x80 && strchr("^(+`~", (int)cp) != NULL) ||
			 (cp >= 0x80 && utf8proc_category(cp) >= UTF8PROC_CATEGORY_LU &&
			  utf8proc_category(cp) <= UTF8PROC_CATEGORY_ME);
		if (is_mojibake_lead(prev) && is_mojibake_trail(cp)) {
			if (pairs == 0)
				first_pair = i;
			pairs++;
		}
		if (is_foreign_latin1(cp) && is_ascii_letter(prev)) {
			if (foreign == 0)
				first_foreign = i;
			foreign++;
		}
		if (letter && !in_word) {
			in_word = 1;
			word_start = i;
			word_nonascii = 0;
		}
		if (letter && cp >= 0x80) {
			word_nonascii = 1;
			nonascii_letters = 1;
		}
		if (!letter && in_word) {
			in_word = 0;
			words++;
			if (word_nonascii)
				words_nonascii++;
			else if (is_keystroke_word(data + word_start, i - word_start)) {
				if (keystroke == 0)
					first_key = word_start;
				keystroke++;
			}
		}
		prev = cp;
		i += n;
	}
	if (pairs >= MOJIBAKE_MIN) {
		vnkg_error_set(ORIGIN_FMT "looks like doubly encoded UTF-8 (mojibake such as \"Ä‘\", \"Æ°\", \"á»\"): "
			       "%zu places, the first at byte offset %zu (line %zu); it was read as Windows-1252 and "
			       "saved again: undo it with iconv -f UTF-8 -t WINDOWS-1252 or use the original file",
			       ORIGIN_ARGS(origin), pairs, first_pair, vnkg_i_text_line_at(data, len, first_pair));
		return VNKG_EINVALID;
	}
	if (foreign >= KEYSTROKE_MIN && foreign * 5 >= words_nonascii) {
		vnkg_error_set(ORIGIN_FMT "looks like doubly encoded text (mojibake): a legacy Vietnamese encoding "
			       "(TCVN3/VNI) read as Latin-1 and saved as UTF-8, %zu places such as \"Vieät\", the first "
			       "at byte offset %zu (line %zu); convert the original file to UTF-8 instead",
			       ORIGIN_ARGS(origin), foreign, first_foreign,
			       vnkg_i_text_line_at(data, len, first_foreign));
		return VNKG_EINVALID;
	}
	if (!nonascii_letters && keystroke >= KEYSTROKE_MIN && keystroke * 10 >= words) {
		vnkg_error_set(ORIGIN_FMT "looks like Vietnamese typed as VNI/VIQR keystrokes (mojibake such as \"Vie65t\" "
			       "or \"Vie^.t\"), %zu words, the first at byte offset %zu (line %zu); convert it to "
			       "Unicode (UTF-8) text first",
			       ORIGIN_ARGS(origin), keystroke, first_key, vnkg_i_text_line_at(data, len, first_key));
		return VNKG_EINVALID;
	}
	return 0;
}

/* UTF-16 has a BOM or a NUL byte next to nearly every ASCII character. */
static int looks_utf16(const char *data, size_t len)
{
	const unsigned char *s = (const unsigned char *)data;
	size_t i, nul = 0, n = len < 256 ? len : 256;

	if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
		return 1;
	for (i = 0; i < n; i++)
		if (s[i] == 0)
			nul++;
	return n >= 8 && nul * 3 >= n;
}

int vnkg_i_text_check_bytes(const char *data, size_t len, const char *origin)
{
	const char *nul;

	if (len == 0) {
		vnkg_error_set(ORIGIN_FMT "the file is empty; expected a news article in UTF-8 text", ORIGIN_ARGS(origin));
		return VNKG_EINVALID;
	}
	if (len > VNKG_ARTICLE_MAX_BYTES) {
		vnkg_error_set(ORIGIN_FMT "%zu bytes, over the limit of %u bytes for one article; check that it is a "
			       "single article and split it if not",
			       ORIGIN_ARGS(origin), len, VNKG_ARTICLE_MAX_BYTES);
		return VNKG_EINVALID;
	}
	if (looks_utf16(data, len)) {
		vnkg_error_set(ORIGIN_FMT "looks like UTF-16, not UTF-8; convert it, e.g. iconv -f UTF-16 -t UTF-8",
			       ORIGIN_ARGS(origin));
		return VNKG_EINVALID;
	}
	nul = memchr(data, '\0', len);
	if (nul) {
		size_t off = (size_t)(nul - data);

		vnkg_error_set(ORIGIN_FMT "NUL byte at byte offset %zu (line %zu); this is binary data, not an article: "
			       "save it as plain UTF-8 text",
			       ORIGIN_ARGS(origin), off, vnkg_i_text_line_at(data, len, off));
		return VNKG_EINVALID;
	}
	if (check_utf8_or_legacy(data, len, origin) < 0)
		return VNKG_EINVALID;
	return check_mojibake(data, len, origin);
}
