/* Junk inside a line of a scraped page: raw HTML left in the text, words
 * glued together by a lost line break or space, and page furniture stuck to
 * the content (a masthead before the dateline, a print stamp before the
 * lead, a photo credit after a caption, a trailing "|", image file names).
 * The masthead and stamps stay readable in the article's header; here they
 * only leave the sentences. */

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/text_private.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/text.h"

/* Longest masthead before a dateline ("QĐQK8", "(QK7 Online)"), bytes. */
#define MASTHEAD_MAX 24
/* Most words of a photo credit after "Ảnh:". */
#define CREDIT_MAX_WORDS 6

static int32_t cp_at(const char *s, size_t len, size_t i, size_t *n)
{
	int32_t cp;

	if (i < len && (unsigned char)s[i] < 0x80) {
		*n = 1;
		return (unsigned char)s[i];
	}
	*n = i < len ? vnkg_i_text_utf8_decode(&cp, s + i, len - i) : 0;
	if (*n == 0) {
		*n = 1;
		return i < len ? 0xFFFD : 0;
	}
	return cp;
}

/* The ASCII answers without utf8proc: these run on every character of
 * every line. */
static int cp_lower(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static int cp_upper(int32_t cp)
{
	utf8proc_category_t cat;

	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	cat = utf8proc_category(cp);
	return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

static int cp_letter(int32_t cp)
{
	utf8proc_category_t cat;

	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	cat = utf8proc_category(cp);
	return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* Words whose period is an abbreviation's, even glued to a capital
 * ("Tp.Hồ Chí Minh", "Th.S"). */
static int keeps_period(const char *w, size_t n)
{
	static const char *const words[] = {"Tp", "tp", "Th", "th", "Tr", "tr", "Ng", "St", "Mr", "Dr", "Ths", NULL};
	size_t i;

	for (i = 0; words[i]; i++)
		if (strlen(words[i]) == n && memcmp(words[i], w, n) == 0)
			return 1;
	return 0;
}

/* --- HTML remnants ---------------------------------------------------- */

static const struct {
	const char *name;
	const char *text;
} entities[] = {{"&nbsp;", " "}, {"&amp;", "&"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&#39;", "'"},
		{"&lt;", "<"},    {"&gt;", ">"}, {"&ndash;", "\xE2\x80\x93"}, {"&mdash;", "\xE2\x80\x94"},
		{"&hellip;", "\xE2\x80\xA6"}, {NULL, NULL}};

/* Length of an HTML tag at s ("</p>", "<br/>", "<img src=...>"), or 0. */
static size_t tag_at(const char *s)
{
	size_t i = 1;

	if (s[0] != '<')
		return 0;
	if (s[1] == '\\' && s[2] == '/') /* "<\/p>" escaped in JSON */
		i++;
	if (s[i] == '/' || s[i] == '!')
		i++;
	if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
		return 0;
	while (s[i] && s[i] != '>' && s[i] != '<' && i < 400)
		i++;
	return s[i] == '>' ? i + 1 : 0;
}

/* --- glued words ------------------------------------------------------ */

/* A glue point at byte `at` (now a space; spaces were only collapsed after
 * it, so it may have moved left) that joined two lines of the page becomes
 * a line break: a headline glued after the end of a lead ("... Sư đoàn
 * 344Trao quyết định bổ nhiệm ..."), or a section label glued before a
 * dateline ("Thời sựNgày 4-6, ..."). */
static void split_glued(char *t, size_t at)
{
	size_t len = strlen(t), head, tail;

	while (at > 0 && (at >= len || t[at] != ' '))
		at--;
	if (at == 0 || t[at] != ' ')
		return;
	head = vnkg_i_text_count_words(t, at);
	tail = vnkg_i_text_count_words(t + at + 1, len - at - 1);
	if (head <= 4 && vnkg_i_text_opens_dateline(t + at + 1)) {
		t[at] = '\n';
		return;
	}
	if (head >= 8 && tail <= 30 && !vnkg_i_text_ends_sentence(t + at + 1) && !strstr(t + at + 1, ". "))
		t[at] = '\n';
}

/* --- two syllables glued together ("việnchủ", "Xuyêntổ") ---------------- */

static const char *const onsets[] = {"ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c",
				     "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "", NULL};
static const char *const codas[] = {"ch", "ng", "nh", "c", "m", "n", "p", "t", "", NULL};

static int is_vowel_ascii(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* 1 when f[0..n) (folded: lower case, no diacritics) is one Vietnamese
 * syllable: onset, one to three vowels, coda. */
static int is_syllable(const char *f, size_t n)
{
	size_t i, o, v, rest;

	for (i = 0; onsets[i]; i++) {
		o = strlen(onsets[i]);
		if (o > n || strncmp(f, onsets[i], o) != 0)
			continue;
		for (v = o; v < n && is_vowel_ascii(f[v]); v++)
			;
		if (v == o || v - o > 3)
			continue; /* "gìn" is read as g + in */
		rest = n - v;
		for (o = 0; codas[o]; o++)
			if (strlen(codas[o]) == rest && strncmp(f + v, codas[o], rest) == 0)
				return 1;
	}
	return 0;
}

/* Byte offset of the k-th code point of s. */
static size_t cp_offset(const char *s, size_t k)
{
	size_t i = 0;

	while (k > 0 && s[i]) {
		i++;
		while (((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		k--;
	}
	return i;
}

static int has_non_ascii(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 1;
	return 0;
}

/* Where a run of letters w[0..n) splits into two syllables that both carry a
 * Vietnamese diacritic (so foreign names such as "Vongsavath" and "Êban" are
 * left alone), as a byte offset; 0 when it does not. */
static size_t glued_syllables(const char *w, size_t n)
{
	char *run = NULL, *f = NULL;
	size_t len, k, at = 0;

	run = malloc(n + 1);
	if (!run)
		return 0;
	memcpy(run, w, n);
	run[n] = '\0';
	if (vnkg_text_fold(&f, run) < 0 || !f)
		goto cleanup;
	len = strlen(f);
	/* one code point per letter (NFC, đ -> d), so folded positions are
	 * code point positions */
	if (len < 4 || len > 14 || strspn(f, "abcdefghijklmnopqrstuvwxyz") != len || is_syllable(f, len))
		goto cleanup;
	for (k = 2; k + 2 <= len && !at; k++) {
		size_t b = cp_offset(run, k);
		if (b == 0 || b >= n)
			continue;
		if (is_syllable(f, k) && is_syllable(f + k, len - k) && has_non_ascii(run, b) &&
		    has_non_ascii(run + b, n - b))
			at = b;
	}

cleanup:
	free(f);
	free(run);
	return at;
}

/* Puts the space back between two glued syllables, in a new string. */
static char *split_syllables(const char *t)
{
	vnkg_buf b = VNKG_BUF_INIT;
	size_t len = strlen(t), i = 0, n, start;

	while (i < len) {
		int32_t cp = cp_at(t, len, i, &n);

		if (!cp_letter(cp)) {
			vnkg_i_buf_put(&b, t + i, n);
			i += n;
			continue;
		}
		start = i;
		while (i < len) {
			cp = cp_at(t, len, i, &n);
			if (!cp_letter(cp) && utf8proc_category(cp) != UTF8PROC_CATEGORY_MN)
				break;
			i += n;
		}
		{
			size_t at = i - start >= 6 && has_non_ascii(t + start, i - start)
					    ? glued_syllables(t + start, i - start)
					    : 0;
			if (at) {
				vnkg_i_buf_put(&b, t + start, at);
				vnkg_i_buf_putc(&b, ' ');
				vnkg_i_buf_put(&b, t + start + at, i - start - at);
			} else {
				vnkg_i_buf_put(&b, t + start, i - start);
			}
		}
	}
	return vnkg_i_buf_detach(&b);
}

static void collapse_spaces(char *t)
{
	size_t r, w = 0;
	int space = 0;

	for (r = 0; t[r]; r++) {
		if (t[r] == ' ') {
			space = w > 0;
			continue;
		}
		if (space)
			t[w++] = ' ';
		space = 0;
		t[w++] = t[r];
	}
	t[w] = '\0';
}

int vnkg_i_text_repair_line(char **out, const char *s)
{
	vnkg_buf b = VNKG_BUF_INIT;
	size_t len = strlen(s), i = 0, n, k, word_start = 0, lower_run = 0, glue = 0;
	int32_t prev = 0;
	char *t;

	*out = NULL;
	while (i < len) {
		int32_t cp = cp_at(s, len, i, &n), next;
		size_t nn;

		k = tag_at(s + i);
		if (k) {
			vnkg_i_buf_putc(&b, ' ');
			i += k;
			prev = ' ';
			lower_run = 0;
			continue;
		}
		if (cp == '&') {
			size_t e;
			for (e = 0; entities[e].name; e++) {
				size_t en = strlen(entities[e].name);
				if (strncmp(s + i, entities[e].name, en) == 0) {
					vnkg_i_buf_puts(&b, entities[e].text);
					i += en;
					break;
				}
			}
			if (entities[e].name) {
				prev = ' ';
				lower_run = 0;
				continue;
			}
		}
		next = cp_at(s, len, i + n, &nn);
		if (cp_upper(cp) && cp_lower(next) && b.len > 0) {
			/* "trướcBài", "sựNgày": a lower-case word glued to a
			 * capitalised one ("ThS", "McKay" have shorter runs or no
			 * lower case after the capital) */
			if (lower_run >= 2) {
				glue = b.len;
				vnkg_i_buf_putc(&b, ' ');
			}
			/* "376Trao": a number glued to the next headline */
			else if (prev > 0 && prev < 0x80 && is_digit((int)prev) && word_start < i &&
				 (word_start == 0 || s[word_start - 1] == ' ')) {
				glue = b.len;
				vnkg_i_buf_putc(&b, ' ');
			}
		}
		if (b.len + n < b.cap) {
			/* in place: this runs for every character */
			memcpy(b.ptr + b.len, s + i, n);
			b.len += n;
			b.ptr[b.len] = '\0';
		} else {
			vnkg_i_buf_put(&b, s + i, n);
		}
		/* "Đảng.Sau đó": a sentence glued to the next one */
		if (cp == '.' && lower_run >= 3 && cp_upper(next)) {
			int32_t after = cp_at(s, len, i + n + nn, &k);
			if (cp_lower(after) && !keeps_period(s + word_start, i - word_start))
				vnkg_i_buf_putc(&b, ' ');
		}
		if (cp == ' ') {
			word_start = i + n;
			lower_run = 0;
		} else if (cp_lower(cp)) {
			lower_run++;
		} else if (cp_letter(cp)) {
			lower_run = 0;
		} else if (cp < 0x80 || utf8proc_category(cp) != UTF8PROC_CATEGORY_MN) {
			lower_run = 0;
			if (!is_digit((int)cp)) {
				word_start = i + n;
			}
		}
		prev = cp;
		i += n;
	}
	if (b.oom) {
		vnkg_i_buf_free(&b);
		return VNKG_ENOMEM;
	}
	t = vnkg_i_buf_detach(&b);
	if (!t)
		return vnkg_i_oom();
	collapse_spaces(t); /* the spaces tags and entities left */
	if (glue > 0)
		split_glued(t, glue);
	*out = split_syllables(t);
	free(t);
	if (!*out)
		return vnkg_i_oom();
	return 0;
}

/* --- furniture stuck to the content ---------------------------------- */

static void cut_front(char *line, size_t n)
{
	while (line[n] == ' ')
		n++;
	memmove(line, line + n, strlen(line + n) + 1);
}

static size_t digits(const char *p)
{
	size_t n = 0;

	while (is_digit((unsigned char)p[n]))
		n++;
	return n;
}

/* Length of a date "dd/mm/yyyy", "dd-mm-yyyy" or "yyyy-mm(-dd)" at p, or 0. */
static size_t date_at(const char *p)
{
	size_t a = digits(p), b, c;

	if (a == 4 && p[4] == '-') {
		b = digits(p + 5);
		if (b < 1 || b > 2)
			return 0;
		if (p[5 + b] == '-') {
			c = digits(p + 6 + b);
			return c >= 1 && c <= 2 ? 6 + b + c : 0;
		}
		return 5 + b;
	}
	if (a < 1 || a > 2 || (p[a] != '/' && p[a] != '-' && p[a] != '.'))
		return 0;
	b = digits(p + a + 1);
	if (b < 1 || b > 2 || p[a + 1 + b] != p[a])
		return 0;
	c = digits(p + a + 2 + b);
	return c == 4 ? a + 2 + b + c : 0;
}

/* Length of a time "07:40", "7h40" at p, or 0. */
static size_t time_at(const char *p)
{
	size_t a = digits(p), b;

	if (a < 1 || a > 2 || (p[a] != ':' && p[a] != 'h'))
		return 0;
	b = digits(p + a + 1);
	return b == 2 ? a + 1 + b : 0;
}

/* " date 2023-11-05 Sáng ...", "17/04/2020 - 15:05Sáng 16/4, ...": a stamp
 * before the lead. Returns its length (with the spaces after it), or 0. */
static size_t stamp_prefix(const char *line)
{
	const char *p = line;
	size_t n;
	int32_t cp;

	if (strncmp(p, "date ", 5) == 0)
		p += 5;
	n = date_at(p);
	if (!n)
		return 0;
	p += n;
	while (*p == ' ' || *p == '-' || *p == ',' || *p == '|')
		p++;
	n = time_at(p);
	if (n) {
		p += n;
		while (*p == ' ')
			p++;
	}
	if (vnkg_i_text_utf8_decode(&cp, p, strlen(p)) == 0 || !cp_upper(cp))
		return 0;
	return (size_t)(p - line);
}

/* A masthead before the dateline: "QĐQK8 - ", "(BSN) - ", "BNT-", "(ABC)-",
 * "CAND Online – ", "ABC.VN - ": one upper-case token (letters, digits,
 * dots), maybe "Online", maybe in brackets, then a dash, then a capital
 * that is not another abbreviation ("HĐND - UBND tỉnh" is a body list).
 * A bare token and a spaced dash ("BĐBP - Công an tỉnh phối hợp ...") may
 * be a list of bodies: it is a masthead only before a dateline, or when
 * `first` says the line opens the text ("TP - Lữ đoàn 677 vừa ..."). Returns
 * its length, or 0. */
static size_t masthead_prefix(const char *line, int first)
{
	const char *p = line;
	size_t len = strlen(line), i, n, upper = 0, token_end;
	int paren = 0, online = 0;
	int32_t cp, next;

	if (*p == '(') {
		paren = 1;
		p++;
	}
	i = (size_t)(p - line);
	while (i < len && i < MASTHEAD_MAX) {
		cp = cp_at(line, len, i, &n);
		if (cp_upper(cp))
			upper++;
		else if (!(cp < 0x80 && (is_digit((int)cp) || cp == '.' || cp == '&')))
			break;
		i += n;
	}
	if (upper < 2)
		return 0;
	token_end = i;
	if (strncmp(line + i, " Online", 7) == 0 || strncmp(line + i, " ONLINE", 7) == 0) {
		online = 1;
		i += 7;
	}
	if (paren) {
		if (line[i] != ')')
			return 0;
		i++;
	}
	while (line[i] == ' ')
		i++;
	if (line[i] == '-')
		i++;
	else if (strncmp(line + i, "\xE2\x80\x93", 3) == 0 || strncmp(line + i, "\xE2\x80\x94", 3) == 0)
		i += 3;
	else
		return 0;
	while (line[i] == ' ')
		i++;
	cp = cp_at(line, len, i, &n);
	next = cp_at(line, len, i + n, &n);
	if (!cp_upper(cp) || !cp_lower(next))
		return 0;
	/* sure: brackets, "Online", a dash glued to the token ("BNT-Sáng"), a
	 * dateline after it */
	if (paren || online || line[token_end] != ' ' || first || vnkg_i_text_opens_dateline(line + i))
		return i;
	return 0;
}

/* "Ảnh: Minh Khang", "(Ảnh: Ngọc Ánh)", "Ảnh: Hải Đăng/TTXVN", "- Ảnh:
 * site" at the end of a caption: where the credit starts, or NULL. */
static char *credit_suffix(char *line)
{
	static const char *const marks[] = {"Ảnh: ", "Ảnh : ", "(Ảnh: ", "(Ảnh ", "Ảnh minh họa", "Nguồn: ", NULL};
	size_t i;

	for (i = 0; marks[i]; i++) {
		char *hit = NULL, *p = strstr(line, marks[i]);
		while (p) { /* the last credit of the line */
			hit = p;
			p = strstr(p + 1, marks[i]);
		}
		if (hit && hit > line) {
			const char *rest = hit + strlen(marks[i]);
			size_t words = vnkg_i_text_count_words(rest, strlen(rest));

			if (words <= CREDIT_MAX_WORDS && (hit[-1] == ' ' || hit[-1] == '.'))
				return hit;
		}
	}
	return NULL;
}

static void trim_end(char *line)
{
	size_t n = strlen(line);

	for (;;) {
		while (n > 0 && line[n - 1] == ' ')
			n--;
		if (n > 0 && line[n - 1] == '|') {
			n--;
			continue;
		}
		if (n > 0 && line[n - 1] == '-' && (n == 1 || line[n - 2] == ' ')) {
			n--;
			continue;
		}
		if (n >= 3 && (memcmp(line + n - 3, "\xE2\x80\x93", 3) == 0) && (n == 3 || line[n - 4] == ' ')) {
			n -= 3;
			continue;
		}
		break;
	}
	line[n] = '\0';
}

static int is_image_name(const char *w, size_t n)
{
	static const char *const ext[] = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".JPG", ".PNG", NULL};
	size_t i;

	for (i = 0; ext[i]; i++) {
		size_t e = strlen(ext[i]);
		if (n > e && memcmp(w + n - e, ext[i], e) == 0)
			return 1;
	}
	return 0;
}

static void drop_image_names(char *line)
{
	size_t r = 0, w = 0;

	while (line[r]) {
		size_t s = r, e;

		while (line[r] && line[r] != ' ')
			r++;
		e = r;
		while (line[r] == ' ')
			r++;
		if (is_image_name(line + s, e - s))
			continue;
		if (w > 0)
			line[w++] = ' ';
		memmove(line + w, line + s, e - s);
		w += e - s;
	}
	line[w] = '\0';
}

/* A source suffix after the last sentence: "./.", "(Theo HLO)", "(TTXVN/Vietnam+)",
 * "(Nguồn: ...)", or a byline in capitals glued after the full stop
 * ("... khen thưởng.MINH KHANG"). Cuts it off in place. */
static void strip_source_suffix(char *line)
{
	size_t n = strlen(line), i, words = 0, letters = 0;
	char *open;

	for (;;) {
		trim_end(line);
		n = strlen(line);
		if (n >= 3 && strcmp(line + n - 3, "./.") == 0) {
			line[n - 2] = '\0';
			continue;
		}
		open = n > 0 && line[n - 1] == ')' ? strrchr(line, '(') : NULL;
		if (open && open > line &&
		    (strncmp(open, "(Theo ", 6) == 0 || strncmp(open, "(theo ", 6) == 0 || strncmp(open, "(TTXVN", 6) == 0 ||
		     strncmp(open, "(Nguồn", strlen("(Nguồn")) == 0) &&
		    (open[-1] == ' ' || open[-1] == '.')) {
			*open = '\0';
			continue;
		}
		break;
	}
	/* "thưởng.MINH KHANG": 2 to 4 words in capitals after a glued full stop */
	n = strlen(line);
	i = n;
	while (i > 0 && line[i - 1] != '.') {
		int32_t cp;
		size_t k = i - 1;
		while (k > 0 && ((unsigned char)line[k] & 0xC0) == 0x80)
			k--;
		if (vnkg_i_text_utf8_decode(&cp, line + k, i - k) == 0)
			return;
		if (cp == ' ') {
			if (letters > 0)
				words++;
			letters = 0;
		} else if (cp_upper(cp)) {
			letters++;
		} else {
			return;
		}
		i = k;
	}
	if (letters > 0)
		words++;
	if (i > 1 && line[i - 1] == '.' && line[i] != ' ' && words >= 2 && words <= 4) {
		size_t k = i - 2;
		int32_t cp;
		while (k > 0 && ((unsigned char)line[k] & 0xC0) == 0x80)
			k--;
		if (vnkg_i_text_utf8_decode(&cp, line + k, i - 1 - k) > 0 && cp_lower(cp))
			line[i] = '\0';
	}
}

/* "bởi Minh Khang 12 Tháng 3, 2024" inside a lead: a blog's byline and
 * date. Cuts it out in place. */
static void strip_inline_byline(char *line)
{
	char *p = strstr(line, "bởi ");
	char *q;
	size_t names = 0, n;
	int32_t cp;

	if (!p || (p > line && p[-1] != ' '))
		return;
	q = p + strlen("bởi ");
	for (;;) {
		n = vnkg_i_text_utf8_decode(&cp, q, strlen(q));
		if (n == 0 || !cp_upper(cp))
			break;
		while (*q && *q != ' ')
			q++;
		while (*q == ' ')
			q++;
		names++;
	}
	if (names < 1 || names > 4 || !is_digit((unsigned char)*q))
		return;
	q += digits(q);
	if (strncmp(q, " Tháng ", strlen(" Tháng ")) != 0 && strncmp(q, " tháng ", strlen(" tháng ")) != 0)
		return;
	q += strlen(" Tháng ");
	n = digits(q);
	if (n < 1 || n > 2)
		return;
	q += n;
	if (*q == ',')
		q++;
	while (*q == ' ')
		q++;
	if (digits(q) != 4)
		return;
	q += 4;
	while (*q == ' ')
		q++;
	memmove(p, q, strlen(q) + 1);
}

void vnkg_i_text_strip_junk(char *line, int first)
{
	size_t n;
	char *credit;

	/* "| Caption", "![]() | Caption" */
	while (*line == '|' || (strncmp(line, "![]()", 5) == 0)) {
		cut_front(line, *line == '|' ? 1 : 5);
	}
	n = stamp_prefix(line);
	if (n)
		cut_front(line, n);
	n = masthead_prefix(line, first);
	if (n)
		cut_front(line, n);
	drop_image_names(line);
	strip_inline_byline(line);
	credit = credit_suffix(line);
	if (credit)
		*credit = '\0';
	strip_source_suffix(line);
	/* " - ảnh 1" after a caption */
	n = strlen(line);
	{
		size_t k = n;
		while (k > 0 && is_digit((unsigned char)line[k - 1]))
			k--;
		size_t an = strlen("ảnh ");
		if (k < n && k >= an && memcmp(line + k - an, "ảnh ", an) == 0) {
			line[k - an] = '\0';
			trim_end(line);
		}
	}
}
