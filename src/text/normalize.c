/* Normalisation of article text (see include/vnkg/text.h), folding for
 * comparison, slugs and display widths. */

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/lower.h"
#include "text/text_private.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/text.h"

/* Longest syllable (in code points, decomposed) whose tone mark is looked
 * at; Vietnamese syllables have at most 7 letters and 2 marks each. */
#define SYLLABLE_MAX 48

/* What a code point becomes in the first pass. */
#define MAP_DROP (-1)

static int32_t map_codepoint(int32_t c)
{
	switch (c) {
	case '\t':
	case '\v':
	case '\f':
	case 0x00A0: /* no-break space */
	case 0x1680:
	case 0x2028: /* line and paragraph separators: a space, so that */
	case 0x2029: /* line numbers keep matching the file */
	case 0x202F:
	case 0x205F:
	case 0x3000:
		return ' ';
	case 0x00AD: /* soft hyphen */
	case 0x200B: /* zero-width space, non-joiner, joiner */
	case 0x200C:
	case 0x200D:
	case 0x200E: /* direction marks */
	case 0x200F:
	case 0x2060: /* word joiner */
	case 0xFEFF: /* BOM, zero-width no-break space */
		return MAP_DROP;
	case 0x00D0: /* Ð, Icelandic eth, often typed for Đ */
		return 0x0110;
	case 0x00F0: /* ð for đ */
		return 0x0111;
	default:
		break;
	}
	if (c >= 0x2000 && c <= 0x200A)
		return ' ';
	if (c == '\n')
		return c;
	if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
		return MAP_DROP;
	return c;
}

/* Pass 1: line ends to LF, odd spaces to a space, invisible and control
 * characters dropped. The input is valid UTF-8. */
static int clean_codepoints(vnkg_buf *out, const char *s, size_t len)
{
	size_t i = 0, n;
	int32_t cp;
	utf8proc_uint8_t enc[4];

	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len) {
		n = vnkg_i_text_utf8_decode(&cp, s + i, len - i);
		if (n == 0)
			return VNKG_EINVALID; /* checked by the caller */
		i += n;
		if (cp == '\r') {
			if (i < len && s[i] == '\n')
				i++;
			cp = '\n';
		}
		cp = map_codepoint(cp);
		if (cp == MAP_DROP)
			continue;
		if (cp < 0x80) {
			if (vnkg_i_buf_putc(out, (char)cp) < 0)
				return VNKG_ENOMEM;
			continue;
		}
		n = (size_t)utf8proc_encode_char(cp, enc);
		if (vnkg_i_buf_put(out, (const char *)enc, n) < 0)
			return VNKG_ENOMEM;
	}
	return 0;
}

static int is_tone_mark(int32_t c)
{
	return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

static int is_mark(int32_t c)
{
	utf8proc_category_t cat = utf8proc_category(c);

	return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME;
}

static int is_letter(int32_t c)
{
	utf8proc_category_t cat = utf8proc_category(c);

	return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

static int is_letter_or_mark(int32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	return is_letter(c) || is_mark(c);
}

static int is_vowel(int32_t lower)
{
	return lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u' || lower == 'y';
}

static int is_space_cp(int32_t c);

/* The fast fold. Folding runs on every line of every article and on every
 * name the resolver compares, and utf8proc_map on a whole string costs far
 * more than the rest of the text stage. For the code points of Vietnamese
 * text (Latin, combining marks, general punctuation) folding is a function
 * of each code point alone: the marks go (STRIPMARK), so nothing composes
 * across two of them, and none of them is a Hangul jamo. A table built once
 * from utf8proc itself holds what each becomes after the whole fold (marks
 * stripped, case folded, đ to d, controls dropped); a string with any other
 * code point (or invalid UTF-8) takes the general path, so the output is
 * byte for byte that of fold_general. */

enum { FOLD_SLOW = 0, FOLD_DROP, FOLD_SPACE, FOLD_TEXT };

#define FOLD_TEXT_MAX 6

typedef struct {
	unsigned char kind;
	unsigned char len;
	char text[FOLD_TEXT_MAX];
} fold_entry;

/* Code point ranges the table covers, and where each starts in it. */
static const struct {
	int32_t first, last;
	size_t at;
} fold_ranges[] = {
	{0x0000, 0x036F, 0},	      /* Latin, IPA, modifier letters, combining marks */
	{0x1E00, 0x1EFF, 0x370},      /* Latin Extended Additional (Vietnamese) */
	{0x2000, 0x20CF, 0x370 + 0x100}, /* punctuation, super/subscripts, currency */
};

#define FOLD_TABLE_SIZE (0x370 + 0x100 + 0xD0)

static fold_entry fold_table[FOLD_TABLE_SIZE];

/* The ASCII part of fold_table in one byte each: the folded character, or
 * one of these. */
#define ASCII_DROP 0
#define ASCII_SPACE 1
#define ASCII_SLOW 2
static unsigned char ascii_fold[0x80];
/* 0: not built, 1: being built (by another thread: use the general path
 * meanwhile), 2: ready. */
static atomic_int fold_table_state;

static int fold_general(char **out, const char *s);

/* Lower-casing (vnkg_i_text_lower) keeps the marks, which compose with
 * the letter before them: a table of it holds no marks, and a string with
 * one takes utf8proc. */
static fold_entry lower_table[FOLD_TABLE_SIZE];

static const fold_entry *fold_lookup(const fold_entry *table, int32_t cp)
{
	if (cp <= fold_ranges[0].last)
		return &table[cp];
	if (cp >= fold_ranges[1].first && cp <= fold_ranges[1].last)
		return &table[fold_ranges[1].at + (size_t)(cp - fold_ranges[1].first)];
	if (cp >= fold_ranges[2].first && cp <= fold_ranges[2].last)
		return &table[fold_ranges[2].at + (size_t)(cp - fold_ranges[2].first)];
	return NULL;
}

/* vnkg_i_text_utf8_decode, with the two- and three-byte forms of the
 * table's code points decoded in line (the loops below run over every
 * character of every article). */
static size_t decode_cp(int32_t *cp, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;

	if (n >= 2 && s[0] >= 0xC2 && s[0] <= 0xDF && (s[1] & 0xC0) == 0x80) {
		*cp = ((int32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
		return 2;
	}
	if (n >= 3 && s[0] >= 0xE1 && s[0] <= 0xEC && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
		*cp = ((int32_t)(s[0] & 0x0F) << 12) | ((int32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
		return 3;
	}
	return vnkg_i_text_utf8_decode(cp, str, n);
}

#define LOWER_OPTIONS (UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | UTF8PROC_STABLE)

/* Composition (normalisation) keeps the marks too. */
static fold_entry nfc_table[FOLD_TABLE_SIZE];

/* 1 for a code point that can end a syllable whose tone place_tone moves: a
 * tone mark, or a, e, y with a tone and no other mark (NFD [base, tone]). */
static unsigned char tone_last[FOLD_TABLE_SIZE];

#define NFC_OPTIONS (UTF8PROC_STABLE | UTF8PROC_COMPOSE)

/* What utf8proc_map with `options` (keeping marks) makes of the code point
 * `cp` alone. */
static void map_table_entry(fold_entry *e, int32_t cp, utf8proc_option_t options)
{
	utf8proc_uint8_t in[5];
	utf8proc_uint8_t *mapped = NULL;
	const utf8proc_property_t *prop = utf8proc_get_property(cp);
	utf8proc_ssize_t n, len;

	e->kind = FOLD_SLOW;
	e->len = 0;
	if (cp == 0 || prop->combining_class != 0 || prop->category == UTF8PROC_CATEGORY_MN ||
	    prop->category == UTF8PROC_CATEGORY_MC || prop->category == UTF8PROC_CATEGORY_ME)
		return;
	n = utf8proc_encode_char(cp, in);
	len = utf8proc_map(in, n, &mapped, options);
	if (len > 0 && len <= FOLD_TEXT_MAX && len <= 3 * n) {
		e->kind = FOLD_TEXT;
		e->len = (unsigned char)len;
		memcpy(e->text, mapped, (size_t)len);
	}
	free(mapped);
}

/* Classifies what fold_general makes of the code point `cp` alone. */
static void fold_table_entry(fold_entry *e, int32_t cp)
{
	utf8proc_uint8_t in[5];
	char *folded = NULL;
	utf8proc_uint8_t *mapped = NULL;
	utf8proc_ssize_t n, len;
	size_t i = 0, k;
	int32_t c;

	e->kind = FOLD_SLOW;
	e->len = 0;
	if (cp == 0)
		return; /* ends the string */
	n = utf8proc_encode_char(cp, in);
	in[n] = 0;
	len = utf8proc_map(in, n, &mapped,
			   UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD |
				   UTF8PROC_IGNORE);
	if (len < 0)
		goto cleanup;
	/* What the whole fold does to each mapped code point: a lone space,
	 * nothing, or text; a mix of spaces and text is left to the general
	 * path. */
	if (len == 0) {
		e->kind = FOLD_DROP;
		goto cleanup;
	}
	k = vnkg_i_text_utf8_decode(&c, (const char *)mapped, (size_t)len);
	if (k == (size_t)len && is_space_cp(c)) {
		e->kind = FOLD_SPACE;
		goto cleanup;
	}
	if (fold_general(&folded, (const char *)in) < 0)
		goto cleanup;
	while (i < (size_t)len) {
		k = vnkg_i_text_utf8_decode(&c, (const char *)mapped + i, (size_t)len - i);
		if (k == 0 || is_space_cp(c))
			goto cleanup;
		i += k;
	}
	k = strlen(folded);
	if (k == 0) {
		e->kind = FOLD_DROP;
	} else if (k <= FOLD_TEXT_MAX && k <= 3 * (size_t)n) {
		/* at most 3 bytes out per byte in: fold_fast sizes its
		 * output on that */
		e->kind = FOLD_TEXT;
		e->len = (unsigned char)k;
		memcpy(e->text, folded, k);
	}

cleanup:
	free(mapped);
	free(folded);
}

static int ends_with_tone(int32_t cp)
{
	int32_t cps[4];
	utf8proc_ssize_t n;
	int last_boundclass = 0;

	if (is_mark(cp))
		return 1; /* place_tone decides */
	n = utf8proc_decompose_char(cp, cps, 4, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE, &last_boundclass);
	if (n != 2 || !is_tone_mark(cps[1]))
		return 0;
	cp = utf8proc_tolower(cps[0]);
	return cp == 'a' || cp == 'e' || cp == 'y';
}

static void fold_table_build(void)
{
	size_t r;
	int32_t cp;

	for (r = 0; r < sizeof(fold_ranges) / sizeof(fold_ranges[0]); r++)
		for (cp = fold_ranges[r].first; cp <= fold_ranges[r].last; cp++)
		{
			size_t at = fold_ranges[r].at + (size_t)(cp - fold_ranges[r].first);

			fold_table_entry(&fold_table[at], cp);
			map_table_entry(&lower_table[at], cp, LOWER_OPTIONS);
			map_table_entry(&nfc_table[at], cp, NFC_OPTIONS);
			tone_last[at] = (unsigned char)ends_with_tone(cp);
		}
	for (cp = 0; cp < 0x80; cp++) {
		const fold_entry *e = &fold_table[cp];

		if (e->kind == FOLD_DROP)
			ascii_fold[cp] = ASCII_DROP;
		else if (e->kind == FOLD_SPACE)
			ascii_fold[cp] = ASCII_SPACE;
		else if (e->kind == FOLD_TEXT && e->len == 1 && (unsigned char)e->text[0] > ASCII_SLOW)
			ascii_fold[cp] = (unsigned char)e->text[0];
		else
			ascii_fold[cp] = ASCII_SLOW;
	}
}

static int fold_table_ready(void)
{
	int expected = 0;

	if (atomic_load_explicit(&fold_table_state, memory_order_acquire) == 2)
		return 1;
	if (!atomic_compare_exchange_strong(&fold_table_state, &expected, 1))
		return 0;
	fold_table_build();
	atomic_store_explicit(&fold_table_state, 2, memory_order_release);
	return 1;
}

void vnkg_i_text_init(void)
{
	(void)fold_table_ready();
}

/* One letter of a decomposed syllable: its base, its lower-case base, where
 * its marks are, and whether it carries marks other than a tone. */
typedef struct {
	size_t base;
	int32_t lower;
	int modified;
} letter_info;

/* Puts the tone of an open syllable ending in "oa", "oe" or "uy" on the
 * first of the two vowels (hoà -> hòa, khoẻ -> khỏe, thuỷ -> thủy). Leaves
 * "qu" + "y" (quý), closed syllables (hoàn, quyết) and everything else
 * alone. `cps` holds `n` decomposed (NFD) code points; returns 1 when it
 * moved the tone (the count does not change). */
static int place_tone(int32_t *cps, size_t n)
{
	letter_info letters[SYLLABLE_MAX];
	size_t nletters = 0, i, tone_at = 0, ntones = 0, x, y, from, to;
	int32_t tone = 0;

	for (i = 0; i < n; i++) {
		if (is_mark(cps[i])) {
			if (nletters == 0)
				return 0;
			if (is_tone_mark(cps[i])) {
				ntones++;
				tone = cps[i];
				tone_at = i;
			} else {
				letters[nletters - 1].modified = 1;
			}
			continue;
		}
		letters[nletters].base = i;
		letters[nletters].lower = utf8proc_tolower(cps[i]);
		letters[nletters].modified = 0;
		nletters++;
	}
	if (ntones != 1 || nletters < 2)
		return 0;
	x = nletters - 2;
	y = nletters - 1;
	if (letters[x].modified || letters[y].modified)
		return 0;
	if (!((letters[x].lower == 'o' && (letters[y].lower == 'a' || letters[y].lower == 'e')) ||
	      (letters[x].lower == 'u' && letters[y].lower == 'y')))
		return 0;
	/* "qu" is a consonant: quý, quỹ keep the tone on y. */
	if (letters[x].lower == 'u' && x > 0 && letters[x - 1].lower == 'q')
		return 0;
	for (i = 0; i < x; i++)
		if (is_vowel(letters[i].lower))
			return 0;
	/* The tone sits right after the second vowel's base; move it after the
	 * first vowel's base. */
	if (tone_at != letters[y].base + 1)
		return 0;
	from = tone_at;
	to = letters[x].base + 1;
	memmove(cps + to + 1, cps + to, (from - to) * sizeof(*cps));
	cps[to] = tone;
	return 1;
}

static int put_codepoints(vnkg_buf *out, const int32_t *cps, size_t n)
{
	utf8proc_uint8_t enc[4];
	size_t i;

	for (i = 0; i < n; i++) {
		utf8proc_ssize_t len = utf8proc_encode_char(cps[i], enc);

		if (vnkg_i_buf_put(out, (const char *)enc, (size_t)len) < 0)
			return VNKG_ENOMEM;
	}
	return 0;
}

/* 0 when place_tone cannot move the tone of the syllable: it moves only a
 * tone right after the last letter, so the last code point must be a tone
 * mark or a, e, y with a tone (most syllables end in a plain letter). */
static int may_move_tone(const char *s, size_t len)
{
	size_t i = len - 1;
	int32_t cp;
	const fold_entry *e;

	if ((unsigned char)s[i] < 0x80)
		return 0;
	if (!fold_table_ready())
		return 1;
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	if (vnkg_i_text_utf8_decode(&cp, s + i, len - i) != len - i)
		return 1;
	e = fold_lookup(nfc_table, cp);
	return !e || tone_last[e - nfc_table];
}

/* Writes one syllable (NFC bytes), with its tone mark moved if needed. */
static int put_syllable(vnkg_buf *out, const char *s, size_t len)
{
	int32_t cps[SYLLABLE_MAX];
	utf8proc_ssize_t n;
	size_t count;

	if (len == 0)
		return 0;
	if (!may_move_tone(s, len))
		return vnkg_i_buf_put(out, s, len);
	n = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, cps, SYLLABLE_MAX,
			       UTF8PROC_STABLE | UTF8PROC_DECOMPOSE);
	if (n < 0 || n > SYLLABLE_MAX)
		return vnkg_i_buf_put(out, s, len);
	count = (size_t)n;
	if (!place_tone(cps, count))
		return vnkg_i_buf_put(out, s, len);
	n = utf8proc_normalize_utf32(cps, (utf8proc_ssize_t)count, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (n < 0)
		return vnkg_i_buf_put(out, s, len);
	return put_codepoints(out, cps, (size_t)n);
}

/* Pass 3: tone placement per syllable, spaces collapsed, lines trimmed. The
 * input is NFC, with only ' ' and '\n' as white space. */
static int place_tones_and_spaces(vnkg_buf *out, const char *s, size_t len)
{
	size_t i = 0, n, syl_start = 0, syl_len = 0;
	int at_line_start = 1, pending_space = 0, err = 0;
	int32_t cp;

	while (i < len) {
		n = decode_cp(&cp, s + i, len - i);
		if (n == 0) {
			n = 1;
			cp = 0xFFFD;
		}
		if (syl_len > 0 && is_letter_or_mark(cp)) {
			syl_len += n;
			i += n;
			continue;
		}
		err = put_syllable(out, s + syl_start, syl_len);
		if (err < 0)
			goto cleanup;
		syl_len = 0;
		if (cp == '\n') {
			pending_space = 0;
			at_line_start = 1;
			err = vnkg_i_buf_putc(out, '\n');
		} else if (cp == ' ') {
			if (!at_line_start)
				pending_space = 1;
		} else {
			if (pending_space)
				err = vnkg_i_buf_putc(out, ' ');
			pending_space = 0;
			at_line_start = 0;
			if (is_letter_or_mark(cp)) {
				syl_start = i;
				syl_len = n;
			} else if (err == 0) {
				err = vnkg_i_buf_put(out, s + i, n);
			}
		}
		if (err < 0)
			goto cleanup;
		i += n;
	}
	err = put_syllable(out, s + syl_start, syl_len);

cleanup:
	return err;
}

/* NFC through the table: text without combining marks, of the code points
 * the table holds, composes code point by code point. Returns the length,
 * -1 when utf8proc must do it, or UTF8PROC_ERROR_NOMEM. */
static utf8proc_ssize_t nfc_fast(utf8proc_uint8_t **out, const char *s, size_t len)
{
	size_t i = 0, o = 0, n;
	int32_t cp;
	const fold_entry *e;
	char *dst;

	*out = NULL;
	if (!fold_table_ready())
		return -1;
	dst = malloc(3 * len + 1);
	if (!dst)
		return UTF8PROC_ERROR_NOMEM;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80) {
			dst[o++] = (char)c; /* ASCII is its own NFC */
			i++;
			continue;
		}
		n = decode_cp(&cp, s + i, len - i);
		e = n ? fold_lookup(nfc_table, cp) : NULL;
		if (!e || e->kind != FOLD_TEXT) {
			free(dst);
			return -1;
		}
		memcpy(dst + o, e->text, e->len);
		o += e->len;
		i += n;
	}
	dst[o] = '\0';
	*out = (utf8proc_uint8_t *)dst;
	return (utf8proc_ssize_t)o;
}

int vnkg_i_text_normalize(char **out, size_t *out_len, const char *s, size_t len, const char *origin)
{
	vnkg_buf clean = VNKG_BUF_INIT, result = VNKG_BUF_INIT;
	utf8proc_uint8_t *nfc = NULL;
	utf8proc_ssize_t nfc_len;
	int err;

	*out = NULL;
	if (out_len)
		*out_len = 0;
	err = vnkg_i_text_check_utf8(s, len, origin);
	if (err < 0)
		goto cleanup;
	err = clean_codepoints(&clean, s, len);
	if (err < 0)
		goto cleanup;
	if (clean.len > 0) {
		nfc_len = nfc_fast(&nfc, clean.ptr, clean.len);
		if (nfc_len == -1)
			nfc_len = utf8proc_map((const utf8proc_uint8_t *)clean.ptr, (utf8proc_ssize_t)clean.len,
					       &nfc, NFC_OPTIONS);
		if (nfc_len < 0) {
			if (nfc_len == UTF8PROC_ERROR_NOMEM) {
				err = vnkg_i_oom();
			} else {
				vnkg_error_set("%s%sUnicode normalisation failed: %s", origin ? origin : "",
					       origin ? ": " : "", utf8proc_errmsg(nfc_len));
				err = VNKG_EINVALID;
			}
			goto cleanup;
		}
		err = place_tones_and_spaces(&result, (const char *)nfc, (size_t)nfc_len);
		if (err < 0)
			goto cleanup;
	}
	if (out_len)
		*out_len = result.len;
	*out = vnkg_i_buf_detach(&result);
	if (!*out)
		err = VNKG_ENOMEM;

cleanup:
	free(nfc);
	vnkg_i_buf_free(&clean);
	vnkg_i_buf_free(&result);
	return err;
}

int vnkg_text_normalize(char **out, const char *s, size_t len)
{
	return vnkg_i_text_normalize(out, NULL, s, len, NULL);
}

static int is_space_cp(int32_t c)
{
	utf8proc_category_t cat;

	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
		return 1;
	cat = utf8proc_category(c);
	return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

/* Folds `s` through the table into `dst` (room for 3 * strlen(s) + 1
 * bytes). Returns the length written, or -1 when `s` needs the general
 * path. */
static ptrdiff_t fold_fast_into(char *dst, const char *s, size_t len)
{
	size_t i = 0, o = 0, n;
	int32_t cp;
	int pending_space = 0;
	const fold_entry *e;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80 && ascii_fold[c] != ASCII_SLOW) {
			/* most characters: one table byte, no switch */
			unsigned char f = ascii_fold[c];

			i++;
			if (f == ASCII_SPACE) {
				pending_space = o > 0;
			} else if (f != ASCII_DROP) {
				if (pending_space)
					dst[o++] = ' ';
				pending_space = 0;
				dst[o++] = (char)f;
			}
			continue;
		}
		if (c < 0x80) {
			n = 1;
			e = &fold_table[c];
		} else {
			n = decode_cp(&cp, s + i, len - i);
			if (n == 0)
				return -1;
			e = fold_lookup(fold_table, cp);
			if (!e)
				return -1;
		}
		i += n;
		switch (e->kind) {
		case FOLD_DROP:
			break;
		case FOLD_SPACE:
			pending_space = o > 0;
			break;
		case FOLD_TEXT:
			if (pending_space)
				dst[o++] = ' ';
			pending_space = 0;
			if (e->len == 1) {
				dst[o++] = e->text[0];
			} else {
				memcpy(dst + o, e->text, e->len);
				o += e->len;
			}
			break;
		default:
			return -1;
		}
	}
	dst[o] = '\0';
	return (ptrdiff_t)o;
}

size_t vnkg_i_text_fold_prefix(char *dst, size_t cap, const char *s, int *complete)
{
	size_t len, i = 0, o = 0, n, k;
	int32_t cp;
	int pending_space = 0;
	const fold_entry *e;

	*complete = 0;
	if (cap == 0)
		return 0;
	dst[0] = '\0';
	if (!fold_table_ready())
		return 0;
	len = strlen(s);
	while (i < len) {
		unsigned char c = (unsigned char)s[i];

		n = c < 0x80 ? 1 : decode_cp(&cp, s + i, len - i);
		e = n == 0 ? NULL : c < 0x80 ? &fold_table[c] : fold_lookup(fold_table, cp);
		if (!e || e->kind == FOLD_SLOW)
			break;
		if (e->kind == FOLD_SPACE) {
			pending_space = o > 0;
		} else if (e->kind == FOLD_TEXT) {
			k = e->len + (pending_space ? 1u : 0u);
			if (o + k >= cap)
				break;
			if (pending_space)
				dst[o++] = ' ';
			pending_space = 0;
			memcpy(dst + o, e->text, e->len);
			o += e->len;
		}
		i += n;
	}
	dst[o] = '\0';
	*complete = i == len;
	return o;
}

/* Strings up to this long fold on the stack, then get an exact copy. */
#define FOLD_STACK 1024

int vnkg_text_fold(char **out, const char *s)
{
	char stack[3 * FOLD_STACK + 1], *dst, *shrunk;
	size_t len;
	ptrdiff_t n;

	*out = NULL;
	if (!fold_table_ready())
		return fold_general(out, s);
	len = strlen(s);
	if (len <= FOLD_STACK) {
		n = fold_fast_into(stack, s, len);
		if (n < 0)
			return fold_general(out, s);
		dst = malloc((size_t)n + 1);
		if (!dst)
			return vnkg_i_oom();
		memcpy(dst, stack, (size_t)n + 1);
		*out = dst;
		return 0;
	}
	dst = malloc(3 * len + 1);
	if (!dst)
		return vnkg_i_oom();
	n = fold_fast_into(dst, s, len);
	if (n < 0) {
		free(dst);
		return fold_general(out, s);
	}
	shrunk = realloc(dst, (size_t)n + 1);
	*out = shrunk ? shrunk : dst;
	return 0;
}

char *vnkg_i_text_lower(const char *s, size_t len)
{
	char stack[3 * FOLD_STACK + 1], *heap = NULL, *dst = stack, *out;
	size_t i = 0, o = 0, n;
	int32_t cp;
	const fold_entry *e;
	utf8proc_uint8_t *mapped = NULL;
	utf8proc_ssize_t r;

	if (!fold_table_ready())
		goto general;
	if (len > FOLD_STACK) {
		heap = malloc(3 * len + 1);
		if (!heap)
			return NULL;
		dst = heap;
	}
	while (i < len) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80) {
			n = 1;
			e = &lower_table[c];
		} else {
			n = decode_cp(&cp, s + i, len - i);
			e = n ? fold_lookup(lower_table, cp) : NULL;
		}
		if (!e || e->kind != FOLD_TEXT) {
			free(heap);
			goto general;
		}
		i += n;
		if (e->len == 1) {
			dst[o++] = e->text[0];
		} else {
			memcpy(dst + o, e->text, e->len);
			o += e->len;
		}
	}
	dst[o] = '\0';
	if (heap) {
		out = realloc(heap, o + 1);
		return out ? out : heap;
	}
	out = malloc(o + 1);
	if (out)
		memcpy(out, stack, o + 1);
	return out;

general:
	r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &mapped, LOWER_OPTIONS);
	if (r < 0)
		return vnkg_i_strndup(s, len);
	return (char *)mapped;
}

/* The fold by utf8proc, for any text. */
static int fold_general(char **out, const char *s)
{
	vnkg_buf b = VNKG_BUF_INIT;
	utf8proc_uint8_t *mapped = NULL;
	utf8proc_ssize_t len;
	size_t i = 0, n;
	int32_t cp;
	int pending_space = 0, err = 0;

	*out = NULL;
	err = vnkg_i_text_check_utf8(s, strlen(s), NULL);
	if (err < 0)
		goto cleanup;
	len = utf8proc_map((const utf8proc_uint8_t *)s, 0, &mapped,
			   UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK |
				   UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
	if (len < 0) {
		if (len == UTF8PROC_ERROR_NOMEM) {
			err = vnkg_i_oom();
		} else {
			vnkg_error_set("cannot fold text: %s", utf8proc_errmsg(len));
			err = VNKG_EINVALID;
		}
		goto cleanup;
	}
	while (i < (size_t)len) {
		n = vnkg_i_text_utf8_decode(&cp, (const char *)mapped + i, (size_t)len - i);
		if (n == 0) {
			n = 1;
			cp = 0xFFFD;
		}
		i += n;
		if (is_space_cp(cp)) {
			pending_space = b.len > 0;
			continue;
		}
		if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
			continue;
		if (pending_space)
			vnkg_i_buf_putc(&b, ' ');
		pending_space = 0;
		if (cp == 0x0111 || cp == 0x00F0) /* đ (Đ folds to it), ð (Ð) */
			vnkg_i_buf_putc(&b, 'd');
		else
			vnkg_i_buf_put(&b, (const char *)mapped + i - n, n);
	}
	/* an allocation failure shows in the buffer and in detach */
	*out = vnkg_i_buf_detach(&b);
	if (!*out)
		err = VNKG_ENOMEM;

cleanup:
	free(mapped);
	vnkg_i_buf_free(&b);
	return err;
}

int vnkg_text_slug(char **out, const char *s)
{
	vnkg_buf b = VNKG_BUF_INIT;
	char *folded = NULL;
	const char *p;
	int dash = 0, err;

	*out = NULL;
	err = vnkg_text_fold(&folded, s);
	if (err < 0)
		goto cleanup;
	for (p = folded; *p; p++) {
		unsigned char c = (unsigned char)*p;

		if (c >= 'A' && c <= 'Z') /* case folding leaves none; to be safe */
			c = (unsigned char)(c - 'A' + 'a');
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (dash && b.len > 0)
				vnkg_i_buf_putc(&b, '-');
			dash = 0;
			vnkg_i_buf_putc(&b, (char)c);
		} else if (c < 0x80 || c >= 0xC0) {
			/* an ASCII separator, or the first byte of a character
			 * folding could not make ASCII: one dash */
			dash = 1;
		}
	}
	*out = vnkg_i_buf_detach(&b);
	if (!*out)
		err = VNKG_ENOMEM;

cleanup:
	free(folded);
	vnkg_i_buf_free(&b);
	return err;
}

size_t vnkg_text_width(const char *s)
{
	size_t width = 0, len = strlen(s), i = 0, n;
	int32_t cp;

	while (i < len) {
		n = vnkg_i_text_utf8_decode(&cp, s + i, len - i);
		if (n == 0) {
			width++; /* shown as a replacement character */
			i++;
			continue;
		}
		width += (size_t)utf8proc_charwidth(cp);
		i += n;
	}
	return width;
}
