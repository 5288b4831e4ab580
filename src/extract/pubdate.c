/* The publication date of a page or of one item of a list page, read from the
 * date line among its first lines: "18/03/2015 17:45", "09:41 18/04/2022
 * GMT+7", " date 2023-11", "Thứ Năm, 12/3/2020, 10:00 (GMT+7)", "Cập nhật
 * ngày: 29/12/2012 08:15:32", "Cập nhật lúc: 10:22 |06/06/2023", "Đăng lúc
 * 07:15 ngày 09/06/2031", "(23/07/2012)", "10 giờ:05 phút Thứ sáu, ngày 12
 * tháng 3 , 2021", "Mar072018"; an agency's dateline "Hà Nội (TTXVN
 * 12/3/2020) - ...".
 *
 * A line counts as a date line by its shape, not by a list of sites: once
 * its date is taken out, only clock times and the furniture words of such
 * lines (weekdays, "cập nhật", "lúc", "GMT+7", ...) may be left. A headline
 * or a related-news line ("Công an huyện ... tổng kết (27/12/2012)") keeps
 * words of its own and is no date line. A scrape prefix " date YYYY-MM(-DD)"
 * glued to the first line counts wherever it stands. */

#include <stdlib.h>
#include <string.h>

#include "extract/xctx.h"

/* Words a date line may hold besides its date and clock (case-folded). */
static const char *const furniture[] = {
	"thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "cn", "cập", "ngày", "lúc", "đăng", "gửi",
	"giờ", "phút", "tháng", "gmt", "utc", "date", "am", "pm", "sa", "ch", "updated", "posted", "published",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "xuất", "bản", "bài",
	"ngày đăng", "thời", "gian", "h", "t", "lượt", "xem", "phát", "hành"};

static const char *const months_en[] = {"jan", "feb", "mar", "apr", "may", "jun",
					 "jul", "aug", "sep", "oct", "nov", "dec"};

static int is_furniture(const char *w, size_t n)
{
	size_t k;

	for (k = 0; k < sizeof(furniture) / sizeof(furniture[0]); k++)
		if (strlen(furniture[k]) == n && memcmp(furniture[k], w, n) == 0)
			return 1;
	return 0;
}

static int digits(const char *p, int n)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if (p[i] < '0' || p[i] > '9')
			return -1;
		v = v * 10 + (p[i] - '0');
	}
	return v;
}

/* Is what is left of the (folded) line, outside [a, b), only clock times,
 * separators and furniture words? */
static int only_furniture(const char *s, size_t a, size_t b)
{
	size_t i = 0, n = strlen(s);

	while (i < n) {
		size_t j;
		unsigned char c = (unsigned char)s[i];
		if (i == a) {
			i = b;
			continue;
		}
		if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
			i++; /* space, punctuation, "|", "+", ":" */
			continue;
		}
		j = i;
		if (c >= '0' && c <= '9') {
			/* a clock time, a "+7" or a lone number of the date furniture */
			while (j < n && j != a && ((s[j] >= '0' && s[j] <= '9') || s[j] == ':' || s[j] == 'h' || s[j] == 'g'))
				j++;
			i = j;
			continue;
		}
		while (j < n && j != a && ((unsigned char)s[j] >= 0x80 || (s[j] >= 'a' && s[j] <= 'z')))
			j++;
		if (!is_furniture(s + i, j - i))
			return 0;
		i = j;
	}
	return 1;
}

/* The first date in a folded line: day (0 when only the month is given),
 * month, year, and its byte span. */
static int find_date(const char *s, int *d, int *m, int *y, size_t *a, size_t *b)
{
	size_t n = strlen(s), i;

	for (i = 0; i < n; i++) {
		const char *p = s + i;
		int v1, v2, v3;
		size_t k;
		if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
			continue;
		/* yyyy-mm(-dd) */
		if (n - i >= 7 && (v1 = digits(p, 4)) >= 1900 && v1 < 2100 && p[4] == '-' && (v2 = digits(p + 5, 2)) >= 1 &&
		    v2 <= 12 && !(n - i > 7 && p[7] >= '0' && p[7] <= '9')) {
			*y = v1;
			*m = v2;
			*d = 0;
			*a = i;
			*b = i + 7;
			if (n - i >= 10 && p[7] == '-' && (v3 = digits(p + 8, 2)) >= 1 && v3 <= 31) {
				*d = v3;
				*b = i + 10;
			}
			return 1;
		}
		/* d/m/yyyy, d-m-yyyy, d.m.yyyy */
		if (p[0] >= '0' && p[0] <= '9' &&
		    ((p[1] && strchr("/-.", p[1])) || (p[1] >= '0' && p[1] <= '9' && p[2] && strchr("/-.", p[2])))) {
			size_t q = 0;
			int dd = 0, mm = 0, yy;
			char sep;
			while (q < 2 && p[q] >= '0' && p[q] <= '9')
				dd = dd * 10 + (p[q++] - '0');
			sep = p[q];
			if (sep != '/' && sep != '-' && sep != '.')
				continue;
			q++;
			k = q;
			while (q - k < 2 && p[q] >= '0' && p[q] <= '9')
				mm = mm * 10 + (p[q++] - '0');
			if (q == k || p[q] != sep)
				continue;
			q++;
			yy = digits(p + q, 4);
			if (yy < 1900 || yy >= 2100 || (p[q + 4] >= '0' && p[q + 4] <= '9') || dd < 1 || dd > 31 || mm < 1 ||
			    mm > 12)
				continue;
			*d = dd;
			*m = mm;
			*y = yy;
			*a = i;
			*b = i + q + 4;
			return 1;
		}
		/* mar072018 */
		for (k = 0; k < 12; k++) {
			if (strncmp(p, months_en[k], 3) == 0 && n - i >= 9 && (v1 = digits(p + 3, 2)) >= 1 && v1 <= 31 &&
			    (v2 = digits(p + 5, 4)) >= 1900 && v2 < 2100 && !(p[9] >= '0' && p[9] <= '9')) {
				*d = v1;
				*m = (int)k + 1;
				*y = v2;
				*a = i;
				*b = i + 9;
				return 1;
			}
		}
		/* ngày 12 tháng 3 , 2021 / ngày 12 tháng 3 năm 2021 / 12 tháng 3 năm 2021 */
		if (strncmp(p, "ngày ", strlen("ngày ")) == 0 || (p[0] >= '0' && p[0] <= '9')) {
			const char *t = p[0] >= '0' && p[0] <= '9' ? p : p + strlen("ngày ");
			char *end;
			long dd = strtol(t, &end, 10), mm, yy;
			if (end == t || strncmp(end, " tháng ", strlen(" tháng ")) != 0)
				continue;
			t = end + strlen(" tháng ");
			mm = strtol(t, &end, 10);
			if (end == t)
				continue;
			while (*end == ' ' || *end == ',')
				end++;
			if (strncmp(end, "năm ", strlen("năm ")) == 0)
				end += strlen("năm ");
			t = end;
			yy = strtol(t, &end, 10);
			if (end - t != 4 || yy < 1900 || yy >= 2100 || dd < 1 || dd > 31 || mm < 1 || mm > 12)
				continue;
			*d = (int)dd;
			*m = (int)mm;
			*y = (int)yy;
			*a = i;
			*b = (size_t)(end - s);
			return 1;
		}
	}
	return 0;
}

/* " date 2023-11 <headline>": a scrape prefix glued to the text, however
 * long the line. */
static int scrape_prefix(const char *p, size_t len, int *d, int *m, int *y)
{
	char head[16];
	size_t a, b;

	if (len <= 15 || strncmp(p, "date ", strlen("date ")) != 0)
		return 0;
	memcpy(head, p, 15);
	head[15] = '\0';
	return find_date(head, d, m, y, &a, &b) && a == strlen("date ");
}

/* "17/04/2020 - 15:05Sáng 16/4, ...": a date line glued to the lead; only
 * the date, a clock and separators come before the text. */
static int glued_dateline(const char *p, size_t len, int *d, int *m, int *y)
{
	char head[24];
	size_t a, b, k;

	if (len <= 24 || p[0] < '0' || p[0] > '9')
		return 0;
	memcpy(head, p, 23);
	head[23] = '\0';
	if (!find_date(head, d, m, y, &a, &b) || a != 0)
		return 0;
	for (k = b; head[k] && strchr(" -:|,0123456789", head[k]); k++)
		;
	return head[k] >= 'A' && head[k] <= 'Z';
}

/* "Hà Nội (TTXVN 12/3/2020) - Sáng nay, ...": an agency's dateline opening
 * the lead carries the day it was filed. */
static int agency_dateline(const char *p, size_t len, int *d, int *m, int *y)
{
	const char *open = memchr(p, '(', len < 48 ? len : 48), *q;
	char head[24];
	size_t a, b, k = 0;

	if (!open)
		return 0;
	for (q = open + 1; q < p + len && ((*q >= 'A' && *q <= 'Z') || (unsigned char)*q >= 0x80); q++)
		;
	if (q == open + 1)
		return 0;
	while (q < p + len && *q == ' ')
		q++;
	while (k < sizeof(head) - 1 && q + k < p + len && q[k] != ')') {
		head[k] = q[k];
		k++;
	}
	head[k] = '\0';
	return q + k < p + len && q[k] == ')' && find_date(head, d, m, y, &a, &b) && a == 0 && b == k;
}

/* A line of its own holding a date and only the furniture of date lines. */
static int plain_dateline(const char *p, size_t len, int *d, int *m, int *y)
{
	char *low;
	size_t a, b;
	int ok;

	/* a date line is short; a long line is text that happens to hold a date */
	if (len == 0 || len > 120)
		return 0;
	low = vnkg_i_lower(p, len);
	ok = low && find_date(low, d, m, y, &a, &b) && only_furniture(low, a, b);
	free(low);
	return ok;
}

/* "Thời sự - Thứ năm, 01/01/2021", "Lê Văn A | 01/01/2021 10:00": a short
 * label (a section, an author: at most four words, no digits) before a
 * separator, then a date line. A headline or a related-news line is longer. */
static int labelled_dateline(const char *p, size_t len, int *d, int *m, int *y)
{
	size_t i, words = 1;

	for (i = 0; i < len && i < 48; i++) {
		if (p[i] >= '0' && p[i] <= '9')
			return 0;
		if (p[i] == '|' || (p[i] == '-' && i > 0 && p[i - 1] == ' ') ||
		    (strncmp(p + i, "–", strlen("–")) == 0 && i > 0 && p[i - 1] == ' ')) {
			size_t skip = p[i] == '|' || p[i] == '-' ? 1 : strlen("–");
			return i > 0 && plain_dateline(p + i + skip, len - i - skip, d, m, y);
		}
		if (p[i] == ' ' && ++words > 4)
			return 0;
	}
	return 0;
}

int vnkg_i_x_header_date(const char *header, int *precision_day)
{
	const char *p = header;

	*precision_day = 0;
	if (!header)
		return 0;
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p), lead = 0;
		int d = 0, m = 0, y = 0;
		while (lead < len && p[lead] == ' ')
			lead++;
		if (scrape_prefix(p + lead, len - lead, &d, &m, &y) || glued_dateline(p + lead, len - lead, &d, &m, &y) ||
		    agency_dateline(p, len, &d, &m, &y) || plain_dateline(p, len, &d, &m, &y) ||
		    labelled_dateline(p + lead, len - lead, &d, &m, &y)) {
			*precision_day = d != 0;
			return y * 10000 + m * 100 + d;
		}
		if (!nl)
			break;
		p = nl + 1;
	}
	return 0;
}
