#include "extract/tokens.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/lower.h"
#include "util/util.h"
#include "vnkg/common.h"

char *vnkg_i_lower(const char *s, size_t n)
{
	return vnkg_i_text_lower(s, n);
}

static utf8proc_int32_t first_cp(const char *s, utf8proc_ssize_t *len)
{
	utf8proc_int32_t cp = -1;
	utf8proc_ssize_t l;

	/* ASCII (most characters) without utf8proc */
	if ((unsigned char)*s - 1u < 0x7Fu) {
		if (len)
			*len = 1;
		return (unsigned char)*s;
	}
	l = utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &cp);
	if (len)
		*len = l;
	return l > 0 ? cp : -1;
}

int vnkg_i_is_upper_initial(const char *s)
{
	utf8proc_int32_t cp = first_cp(s, NULL);

	return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

static int is_word_cp(utf8proc_int32_t cp)
{
	utf8proc_category_t c;

	if (cp == '&')
		return 1;
	if (cp >= 0 && cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
	c = utf8proc_category(cp);
	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME) ||
	       c == UTF8PROC_CATEGORY_ND;
}

static int push_owned(vnkg_i_words *w, char *s)
{
	if (!s)
		return VNKG_ENOMEM;
	if (w->nowned == w->capowned) {
		size_t cap = w->capowned ? w->capowned * 2 : 32;
		char **p = realloc(w->owned, cap * sizeof(*p));
		if (!p) {
			free(s);
			return vnkg_i_oom();
		}
		w->owned = p;
		w->capowned = cap;
	}
	w->owned[w->nowned++] = s;
	return 0;
}

static int push_word(vnkg_i_words *w, const char *text, size_t len, size_t start, size_t end, size_t orig,
		     int expanded)
{
	vnkg_i_word *x;
	char *t, *l;
	const char *p;
	int letters = 0, upper = 0, digits = 0, other = 0;

	if (w->n == w->cap) {
		size_t cap = w->cap ? w->cap * 2 : 64;
		vnkg_i_word *nw = realloc(w->w, cap * sizeof(*nw));
		if (!nw)
			return vnkg_i_oom();
		w->w = nw;
		w->cap = cap;
	}
	t = vnkg_i_strndup(text, len);
	if (push_owned(w, t) < 0)
		return VNKG_ENOMEM;
	l = vnkg_i_lower(text, len);
	if (push_owned(w, l) < 0)
		return VNKG_ENOMEM;
	x = &w->w[w->n++];
	memset(x, 0, sizeof(*x));
	x->text = t;
	x->lower = l;
	x->start = start;
	x->end = end;
	x->orig = orig;
	x->expanded = expanded ? 1 : 0;
	for (p = t; *p;) {
		utf8proc_ssize_t n;
		utf8proc_int32_t cp = first_cp(p, &n);
		utf8proc_category_t c;

		if (cp < 0 || n <= 0)
			break;
		if (cp < 0x80) {
			if (cp >= 'A' && cp <= 'Z') {
				letters++;
				upper++;
			} else if (cp >= 'a' && cp <= 'z') {
				letters++;
			} else if (cp >= '0' && cp <= '9') {
				digits++;
			} else {
				other++;
			}
			p += n;
			continue;
		}
		c = utf8proc_category(cp);
		if (c == UTF8PROC_CATEGORY_LU) {
			letters++;
			upper++;
		} else if (c >= UTF8PROC_CATEGORY_LL && c <= UTF8PROC_CATEGORY_LO) {
			letters++;
		} else if (c == UTF8PROC_CATEGORY_ND) {
			digits++;
		} else if (c < UTF8PROC_CATEGORY_MN || c > UTF8PROC_CATEGORY_ME) {
			other++;
		}
		p += n;
	}
	x->cap = vnkg_i_is_upper_initial(t) ? 1 : 0;
	x->punct = (letters == 0 && digits == 0) ? 1 : 0;
	x->num = (digits > 0 && letters == 0 && other == 0) ? 1 : 0;
	x->abbr = (upper >= 2 && upper == letters) ? 1 : 0;
	return 0;
}

/* Has the text a lower-case letter (a name, not an abbreviation)? */
static int has_lower(const char *s)
{
	while (*s) {
		utf8proc_ssize_t n;
		utf8proc_int32_t cp = first_cp(s, &n);
		if (cp < 0 || n <= 0)
			return 0;
		if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LL)
			return 1;
		s += n;
	}
	return 0;
}

/* "QK7" -> "Quân khu 7", "QĐ4" -> "Quân đoàn 4" */
static const char *unit_abbr(const char *tok, const char **digits)
{
	static const struct {
		const char *prefix;
		const char *words;
	} units[] = {{"QK", "Quân khu"}, {"QĐ", "Quân đoàn"}, {"SĐ", "Sư đoàn"}, {"LĐ", "Lữ đoàn"}, {"TĐ", "Trung đoàn"}};
	size_t i;

	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		size_t n = strlen(units[i].prefix);
		const char *p = tok + n;
		if (strncmp(tok, units[i].prefix, n) != 0 || !*p)
			continue;
		while (*p >= '0' && *p <= '9')
			p++;
		if (*p == '\0') {
			*digits = tok + n;
			return units[i].words;
		}
	}
	return NULL;
}

static int push_expansion(vnkg_i_words *w, const char *words, size_t start, size_t end, size_t orig)
{
	const char *p = words;

	while (*p) {
		const char *q = strchr(p, ' ');
		size_t n = q ? (size_t)(q - p) : strlen(p);
		int err = push_word(w, p, n, start, end, orig, 1);
		if (err < 0)
			return err;
		p += n;
		while (*p == ' ')
			p++;
	}
	return 0;
}

int vnkg_i_words_split(vnkg_i_words *out, const char *s, vnkg_i_abbr_fn expand, void *payload)
{
	size_t i = 0, len = strlen(s), tokno = 0;
	int err = 0;

	memset(out, 0, sizeof(*out));
	while (i < len) {
		utf8proc_ssize_t n;
		utf8proc_int32_t cp = first_cp(s + i, &n);
		size_t start = i;

		if (cp < 0 || n <= 0) {
			i++;
			continue;
		}
		if (cp == ' ' || cp == '\n' || cp == '\t') {
			i += (size_t)n;
			continue;
		}
		if (!is_word_cp(cp)) {
			err = push_word(out, s + i, (size_t)n, i, i + (size_t)n, tokno++, 0);
			if (err < 0)
				goto cleanup;
			i += (size_t)n;
			continue;
		}
		/* a word: word characters, with inner . - / joining word characters
		 * (but "Sáu-UV.BTV", a lower-case letter then a dash then an upper-case
		 * one, is a name and a post glued by a dash: two words) */
		{
			utf8proc_int32_t prev = -1;
			while (i < len) {
				cp = first_cp(s + i, &n);
				if (cp < 0 || n <= 0)
					break;
				if (is_word_cp(cp)) {
					prev = cp;
					i += (size_t)n;
					continue;
				}
				if ((cp == '.' || cp == '-' || cp == '/') && i + 1 < len) {
					utf8proc_ssize_t n2;
					utf8proc_int32_t next = first_cp(s + i + 1, &n2);
					if (cp == '-' && prev >= 0 && next >= 0 && utf8proc_category(prev) == UTF8PROC_CATEGORY_LL &&
					    utf8proc_category(next) == UTF8PROC_CATEGORY_LU)
						break;
					if (next >= 0 && is_word_cp(next)) {
						prev = -1;
						i += (size_t)n;
						continue;
					}
				}
				break;
			}
		}
		{
			char *tok = vnkg_i_strndup(s + start, i - start);
			const char *digits = NULL, *unit, *exp = NULL;
			int upper_only, glued = 0;

			if (!tok) {
				err = VNKG_ENOMEM;
				goto cleanup;
			}
			upper_only = vnkg_i_is_upper_initial(tok);
			unit = upper_only ? unit_abbr(tok, &digits) : NULL;
			/* "TP.Bình Hải", "Q.Hoàn Kiếm": an abbreviation glued to the name
			 * after it; the abbreviation is read alone (P39) */
			if (expand && upper_only && !unit) {
				char *dot = strchr(tok, '.');
				if (dot && dot > tok && dot[1] && vnkg_i_is_upper_initial(dot + 1) && !strchr(dot + 1, '.')) {
					const char *pre;
					*dot = '\0';
					pre = expand(tok, payload);
					*dot = '.';
					if (pre && has_lower(dot + 1)) {
						size_t cut = (size_t)(dot - tok);
						free(tok);
						i = start + cut;
						tok = vnkg_i_strndup(s + start, cut);
						if (!tok) {
							err = VNKG_ENOMEM;
							goto cleanup;
						}
						glued = 1;
					}
				}
			}
			if (expand && upper_only && !unit)
				exp = expand(tok, payload);
			if (unit) {
				err = push_expansion(out, unit, start, i, tokno);
				if (!err)
					err = push_word(out, digits, strlen(digits), start, i, tokno, 1);
			} else if (exp) {
				err = push_expansion(out, exp, start, i, tokno);
			} else {
				err = push_word(out, tok, strlen(tok), start, i, tokno, 0);
			}
			free(tok);
			tokno++;
			if (err < 0)
				goto cleanup;
			/* the dot that glued the abbreviation to the name is neither */
			if (glued)
				i++;
		}
	}
cleanup:
	if (err < 0)
		vnkg_i_words_free(out);
	return err;
}

void vnkg_i_words_free(vnkg_i_words *w)
{
	size_t i;

	for (i = 0; i < w->nowned; i++)
		free(w->owned[i]);
	free(w->owned);
	free(w->w);
	memset(w, 0, sizeof(*w));
}

size_t vnkg_i_words_match(const vnkg_i_words *w, size_t i, const char *phrase)
{
	size_t k = 0;
	const char *p = phrase;

	/* one pass over both strings: this runs for every lexicon phrase at
	 * every word */
	while (*p) {
		const char *a;

		if (i + k >= w->n)
			return 0;
		a = w->w[i + k].lower;
		while (*p && *p != ' ' && *a == *p) {
			a++;
			p++;
		}
		if (*a != '\0' || (*p && *p != ' '))
			return 0;
		k++;
		while (*p == ' ')
			p++;
	}
	return k;
}
