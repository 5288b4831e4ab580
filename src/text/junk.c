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

	*n = i < len ? vnkg_i_text_utf8_decode(&cp, s + i, len - i) : 0;
	if (*n == 0) {
		*n = 1;
		return i < len ? 0xFFFD : 0;
	}
	return cp;
}

static int cp_lower(int32_t cp)
{
	return cp > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static int cp_upper(int32_t cp)
{
	utf8proc_category_t cat;

	if (cp <= 0)
		return 0;
	cat = utf8proc_category(cp);
	return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

static int cp_letter(int32_t cp)
{
	utf8proc_category_t cat;

	if (cp <= 0)
		return 0;
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
	if (s[1] == '/' || s[1] == '!')
		i++;
	if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
		return 0;
	while (s[i] && s[i] != '>' && s[i] != '<' && i < 400)
		i++;
	return s[i] == '>' ? i + 1 : 0;
}

/* --- glued words ------------------------------------------------------ */

static size_t count_words(const char *s, size_t n)
{
	size_t i, words = 0;
	int in_word = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == ' ') {
			in_word = 0;
		} else if (!in_word) {
			in_word = 1;
			words++;
		}
	}
	return words;
}

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
	head = count_words(t, at);
	tail = count_words(t + at + 1, len - at - 1);
	if (head <= 4 && vnkg_i_text_opens_dateline(t + at + 1)) {
		t[at] = '\n';
		return;
	}
	if (head >= 8 && tail <= 30 && !vnkg_i_text_ends_sentence(t + at + 1) && !strstr(t + at + 1, ". ") &&
	    !strchr(t + at + 1, ','))
		t[at] = '\n';
}

int vnkg_i_text_repair_line(char **out, const char *s)
{
	vnkg_buf b = VNKG_BUF_INIT;
	size_t len = strlen(s), i = 0, n, k, word_start = 0, lower_run = 0, glue = 0;
	int32_t prev = 0;

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
		vnkg_i_buf_put(&b, s + i, n);
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
		} else if (utf8proc_category(cp) != UTF8PROC_CATEGORY_MN) {
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
	/* tidy the spaces tags and entities left */
	{
		char *t = vnkg_i_buf_detach(&b);
		size_t r, w = 0;
		int space = 0;

		if (!t)
			return vnkg_i_oom();
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
		if (glue > 0)
			split_glued(t, glue);
		*out = t;
	}
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
 * Returns its length, or 0. */
static size_t masthead_prefix(const char *line)
{
	const char *p = line;
	size_t len = strlen(line), i, n, upper = 0;
	int paren = 0;
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
		else if (!(cp < 0x80 && (is_digit((int)cp) || cp == '.')))
			break;
		i += n;
	}
	if (upper < 2)
		return 0;
	if (strncmp(line + i, " Online", 7) == 0 || strncmp(line + i, " ONLINE", 7) == 0) {
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
	return i;
}

/* "Ảnh: Minh Khang", "(Ảnh: Thu Hằng)", "Ảnh: Phương Hoa/TTXVN", "- Ảnh:
 * site" at the end of a caption: where the credit starts, or NULL. */
static char *credit_suffix(char *line)
{
	static const char *const marks[] = {"Ảnh: ", "Ảnh : ", "(Ảnh: ", "(Ảnh ", "Ảnh minh họa", "Nguồn: ", NULL};
	size_t i;

	for (i = 0; marks[i]; i++) {
		char *hit = NULL, *p = line;
		while ((p = strstr(p, marks[i])) != NULL) {
			hit = p;
			p++;
		}
		if (hit && hit > line) {
			const char *rest = hit + strlen(marks[i]);
			size_t words = 0;
			int in_word = 0;

			for (; *rest; rest++) {
				if (*rest == ' ') {
					in_word = 0;
				} else if (!in_word) {
					in_word = 1;
					words++;
				}
			}
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

void vnkg_i_text_strip_junk(char *line)
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
	n = masthead_prefix(line);
	if (n)
		cut_front(line, n);
	drop_image_names(line);
	credit = credit_suffix(line);
	if (credit)
		*credit = '\0';
	trim_end(line);
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
