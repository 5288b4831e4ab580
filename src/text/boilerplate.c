/* Web page furniture: the lines of a saved news page that are not the
 * article (phone numbers, print dates, breadcrumbs, share buttons, bylines,
 * comment forms, related-news lists) and garbage tokens inside lines.
 *
 * Lines are matched in their folded form (lower case, no diacritics, đ -> d),
 * so "Bình luận", "BÌNH LUẬN" and "Binh luan" are one label. */

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/text_private.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/text.h"

/* Most words after a byline or source prefix ("Tin, ảnh: ..."). */
#define BYLINE_MAX_WORDS 12
/* Most words of a fan-page or newsletter promotion line. */
#define PROMO_MAX_WORDS 40
/* Most words of one breadcrumb or menu item. */
#define NAV_ITEM_MAX_WORDS 6
/* Most words of an outlet's name after an item's age ("2 giờ trước Báo X"). */
#define AGE_SOURCE_MAX_WORDS 6

/* Labels that start a comment form; the line holds the label alone, maybe
 * with ':', '*' or a count such as "(0)". Drop the rest of the page. */
static const char *const comment_labels[] = {
	"binh luan", "gui binh luan", "tham gia binh luan", "viet binh luan", "binh luan cua ban",
	"cac binh luan", "y kien ban doc", "y kien cua ban", "gui y kien", "ho va ten", "ho ten",
	"email", "e-mail", "dien thoai", "so dien thoai", "don vi", "noi dung", "dia chi",
	"ma xac nhan", "ma bao mat", "gui", NULL};

/* Labels of a related-news list; alone or followed by ':' and a title. Drop
 * the rest of the page. */
static const char *const related_labels[] = {
	"tin lien quan", "tin cung chuyen muc", "bai viet lien quan", "bai lien quan", "tin bai lien quan",
	"tin tuc lien quan", "xem them", "doc them", "lien ket", "lien ket website", "tin khac", "cac tin khac", "tin da dua",
	"cac tin da dua", "tin moi hon", "tin cu hon", "tin moi", "tin noi bat", "tin xem nhieu",
	"doc nhieu nhat", "cung chuyen muc", "co the ban quan tam", "ban co the quan tam", NULL};

/* Buttons, menus and counters: a line made only of these (separated by
 * '|', '»', ...) is dropped. */
static const char *const furniture_labels[] = {
	"chia se", "chia se bai viet", "in bai", "in bai viet", "ban in", "luot xem", "luot doc",
	"gui email", "gui bai", "luu tin", "luu bai", "facebook", "twitter", "zalo", "tweet", "share",
	"like", "quay lai", "tro ve", "ve dau trang", "len dau trang", "dang nhap", "dang ky",
	"dang xuat", "tim kiem", "trang chu", "nguon tin", "nguon", "top", "print", "email",
	"copy link", "sao chep lien ket", "theo doi", "google news", "rss", "binh chon", "lien he",
	"gioi thieu", "tin tuc", "tin tuc - su kien", "tin tuc su kien", "su kien", "video", "anh",
	"multimedia", "quang cao", "menu", "phong to", "thu nho", "co chu", "xem tiep", "doc tiep",
	"thoi su", "chinh tri", "kinh te", "xa hoi", "van hoa", "the thao", "giao duc", "phap luat",
	"quoc te", "doi song", "suc khoe", "quoc phong - an ninh", "quoc phong an ninh", "quoc phong",
	"an ninh", "doan the", "nguoi linh", "xay dung dang", "tin hoat dong", "hoat dong",
	"kinh te - xa hoi", "van hoa - xa hoi", "chinh tri - xa hoi", "ban doc", "tieu diem",
	"chi tiet", "xem chi tiet", "read more", "doc bai", "xem bai", "tro ve trang truoc",
	"quay lai trang truoc", "ve trang truoc", NULL};

/* The link under a teaser of a list page ("Xem tiếp", "Đọc tiếp »"): the
 * lead above it was cut. */
static const char *const more_labels[] = {
	"xem tiep", "doc tiep", "chi tiet", "xem chi tiet", "read more", "doc bai", "xem bai", "xem them",
	"doc them", NULL};

/* Words of a pager ("« Trước 1 2 3 … 13 Tiếp »", "1 2 3 Sau ›"). */
static const char *const pager_words[] = {
	"trang sau", "trang truoc", "trang dau", "trang cuoi", "sau", "truoc", "tiep", "dau", "cuoi",
	"next", "prev", "previous", "trang", NULL};

/* Lines of a site's search or tag page around its results. */
static const char *const search_prefixes[] = {
	"ket qua tim kiem", "sap xep theo", "tags:", "tag:", "tu khoa:", "cac tu khoa:", NULL};

/* Prefixes of a byline or a source line, followed by a few words. */
static const char *const byline_prefixes[] = {
	"tin, anh:", "tin va anh:", "tin - anh:", "tin/anh:", "tin anh:", "bai, anh:", "bai va anh:",
	"bai - anh:", "bai/anh:", "bai anh:", "bai va anh :", "tin, anh :", "anh:", "anh :", "bai:",
	"tin:", "video:", "clip:", "thuc hien:", "nhom phong vien", "phong vien:", "pv:", "btv:",
	"ctv:", "bien tap:", "do hoa:", "nguon tin:", "nguon:", "nguon :", "theo nguon:", NULL};

/* Labels in front of a phone number. */
static const char *const phone_labels[] = {
	"hotline", "duong day nong", "so dien thoai", "dien thoai", "dt", "sdt", "tel", "fax",
	"di dong", "lien he", "phone", "mobile", NULL};

/* Labels in front of a page's print or update date. */
static const char *const date_labels[] = {
	"cap nhat", "cap nhat luc", "cap nhat ngay", "ngay dang", "dang luc", "dang ngay",
	"thoi gian dang", "ngay cap nhat", "ngay", "luc", "date", NULL};

static int is_alnum_ascii(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static const char *skip_spaces(const char *p)
{
	while (*p == ' ')
		p++;
	return p;
}

/* When f[0..len) starts with `label` as whole words, returns what follows
 * it; otherwise NULL. */
static const char *after_label_n(const char *f, size_t len, const char *label)
{
	size_t n = strlen(label);

	if (n > len || strncmp(f, label, n) != 0)
		return NULL;
	if (n < len && is_alnum_ascii((unsigned char)label[n - 1]) && is_alnum_ascii((unsigned char)f[n]))
		return NULL;
	return f + n;
}

static const char *after_label(const char *f, const char *label)
{
	return after_label_n(f, strlen(f), label);
}

/* 1 when rest[0..end), what follows a label, holds nothing but ':', '*',
 * spaces and, when `counts` is set, numbers such as "(0)" or "1.234". */
static int only_label_tail(const char *rest, const char *end, int counts)
{
	for (; rest < end; rest++) {
		char c = *rest;

		if (c == ' ' || c == ':' || c == '*')
			continue;
		if (counts && (is_digit((unsigned char)c) || c == '(' || c == ')' || c == '.' || c == ','))
			continue;
		return 0;
	}
	return 1;
}

/* 1 when f[0..len) is one of `labels` alone (see only_label_tail). */
static int label_alone(const char *f, size_t len, const char *const *labels, int counts)
{
	size_t i;

	for (i = 0; labels[i]; i++) {
		const char *rest = after_label_n(f, len, labels[i]);

		if (rest && only_label_tail(rest, f + len, counts))
			return 1;
	}
	return 0;
}

size_t vnkg_i_text_count_words(const char *s, size_t len)
{
	size_t i, words = 0;
	int in_word = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == ' ' || s[i] == '\n') {
			in_word = 0;
		} else if (!in_word) {
			in_word = 1;
			words++;
		}
	}
	return words;
}

static int has_alnum(const char *s)
{
	size_t i = 0, len = strlen(s), n;
	int32_t cp;

	while (i < len) {
		n = vnkg_i_text_utf8_decode(&cp, s + i, len - i);
		if (n == 0)
			return 1;
		if (cp < 0x80 ? is_alnum_ascii((int)cp)
			      : (utf8proc_category(cp) >= UTF8PROC_CATEGORY_LU &&
				 utf8proc_category(cp) <= UTF8PROC_CATEGORY_NO))
			return 1;
		i += n;
	}
	return 0;
}

/* --- phone numbers ----------------------------------------------------- */

/* "0985.456.616", "0214.3840.226", "Hotline: (024) 3733 4567". */
static int is_phone_line(const char *f)
{
	const char *p = f, *rest;
	size_t i, digits = 0;

	for (i = 0; phone_labels[i]; i++) {
		rest = after_label(f, phone_labels[i]);
		if (rest) {
			p = rest;
			break;
		}
	}
	p = skip_spaces(p);
	if (*p == ':')
		p = skip_spaces(p + 1);
	if (!is_digit((unsigned char)*p) && *p != '(' && *p != '+')
		return 0;
	for (; *p; p++) {
		if (is_digit((unsigned char)*p))
			digits++;
		else if (!strchr(" .()+-,;/", *p))
			return 0;
	}
	return digits >= 9;
}

/* --- print dates --------------------------------------------------------- */

static const char *parse_number(const char *p, size_t min, size_t max)
{
	size_t n = 0;

	while (is_digit((unsigned char)p[n]))
		n++;
	return n >= min && n <= max ? p + n : NULL;
}

/* dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd. */
static const char *parse_date(const char *p)
{
	const char *q;
	char sep;

	q = parse_number(p, 4, 4);
	if (q && *q == '-') {
		q = parse_number(q + 1, 1, 2);
		if (q && *q == '-')
			return parse_number(q + 1, 1, 2);
		return q; /* " date 2022-11", a scraper's month */
	}
	q = parse_number(p, 1, 2);
	if (!q || !strchr("/-.", *q) || *q == '\0')
		return NULL;
	sep = *q;
	q = parse_number(q + 1, 1, 2);
	if (!q || *q != sep)
		return NULL;
	return parse_number(q + 1, 4, 4);
}

/* 08:15, 8h15, 08:15:30, optionally followed by am/pm/sa/ch. */
static const char *parse_time(const char *p)
{
	const char *q = parse_number(p, 1, 2), *r;

	if (!q || (*q != ':' && *q != 'h'))
		return NULL;
	q = parse_number(q + 1, 2, 2);
	if (!q)
		return NULL;
	if (*q == ':') {
		r = parse_number(q + 1, 2, 2);
		if (r)
			q = r;
	}
	r = skip_spaces(q);
	if ((strncmp(r, "am", 2) == 0 || strncmp(r, "pm", 2) == 0 || strncmp(r, "sa", 2) == 0 ||
	     strncmp(r, "ch", 2) == 0) &&
	    !is_alnum_ascii((unsigned char)r[2]))
		q = r + 2;
	return q;
}

/* (GMT+7), GMT+07:00, UTC+7. */
static const char *parse_zone(const char *p)
{
	int paren = *p == '(';
	const char *q = p + paren;

	if (strncmp(q, "gmt", 3) != 0 && strncmp(q, "utc", 3) != 0)
		return NULL;
	q += 3;
	if (*q == '+' || *q == '-') {
		q = parse_number(q + 1, 1, 2);
		if (!q)
			return NULL;
		if (*q == ':') {
			q = parse_number(q + 1, 2, 2);
			if (!q)
				return NULL;
		}
	}
	if (paren) {
		if (*q != ')')
			return NULL;
		q++;
	}
	return q;
}

static const char *parse_weekday(const char *p)
{
	static const char *const days[] = {"thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay",
					   "chu nhat", "thu 2", "thu 3", "thu 4", "thu 5", "thu 6",
					   "thu 7", "cn", NULL};
	size_t i;

	for (i = 0; days[i]; i++) {
		const char *rest = after_label(p, days[i]);

		if (rest)
			return rest;
	}
	return NULL;
}

/* "Thứ 3, 18/12/2018", "Thứ Hai, 12/06/2023 08:15 (GMT+7)", "Cập nhật:
 * 08:15 12/06/2023", "18/12/2018": a line holding a date and maybe a
 * weekday, a time and a time zone, nothing else. */
static int is_date_line(const char *f)
{
	const char *p = f, *q;
	size_t i;
	int dates = 0;

	for (i = 0; date_labels[i]; i++) {
		q = after_label(p, date_labels[i]);
		if (q) {
			p = q;
			break;
		}
	}
	q = parse_weekday(skip_spaces(p));
	if (q)
		p = q;
	while (*p) {
		if (strchr(" ,:|-()", *p)) {
			p++;
			continue;
		}
		/* "Đăng lúc 07:15 ngày 09/06/2031" */
		q = after_label(p, "ngay");
		if (!q)
			q = after_label(p, "luc");
		if (q) {
			p = q;
			continue;
		}
		if (strncmp(p, "\xE2\x80\x93", 3) == 0) { /* en dash */
			p += 3;
			continue;
		}
		q = parse_date(p);
		if (q && !is_alnum_ascii((unsigned char)*q)) {
			dates++;
			p = q;
			continue;
		}
		/* a label or weekday between the parts: "Cập nhật ngày: 03/01/2031
		 * 08:15", "Đăng lúc 07:15 ngày 09/06/2031" */
		for (i = 0, q = NULL; date_labels[i] && !q; i++)
			q = after_label(p, date_labels[i]);
		if (!q)
			q = parse_weekday(p);
		if (q) {
			p = q;
			continue;
		}
		q = parse_time(p);
		if (!q)
			q = parse_zone(p);
		if (!q || is_alnum_ascii((unsigned char)*q))
			return 0;
		p = q;
	}
	return dates > 0;
}

/* Words of a date written out, or of a relative one. */
static const char *const date_words[] = {
	"gio", "phut", "giay", "ngay", "thang", "nam", "tuan", "luc", "truoc", "cap nhat", "dang", "thu hai",
	"thu ba", "thu tu", "thu nam", "thu sau", "thu bay", "chu nhat", "thu", "sang", "chieu", "toi", NULL};

/* "09 giờ:15 phút Thứ sáu, ngày 12 tháng 06 , 2018" (a four-digit year and
 * the words of a date), "2 giờ trước", "2 tháng 2 tuần trước" (a relative
 * date): numbers and date words, nothing else. */
static int is_loose_date_line(const char *f)
{
	const char *p = f;
	size_t numbers = 0, words = 0, i;
	int year = 0, ago = 0;

	while (*p) {
		const char *rest = NULL;

		if (strchr(" ,:|-()./", *p)) {
			p++;
			continue;
		}
		if (is_digit((unsigned char)*p)) {
			const char *q = parse_number(p, 1, 4);
			if (!q || is_digit((unsigned char)*q) || is_alnum_ascii((unsigned char)*q))
				return 0;
			if (q - p == 4 && (p[0] == '1' || p[0] == '2'))
				year = 1;
			numbers++;
			p = q;
			continue;
		}
		for (i = 0; date_words[i] && !rest; i++)
			rest = after_label(p, date_words[i]);
		if (!rest)
			return 0;
		if (strncmp(p, "truoc", 5) == 0)
			ago = 1;
		words++;
		p = rest;
	}
	return words > 0 && ((year && numbers >= 2) || (ago && numbers >= 1));
}

/* "1 năm trước Báo X", "5 giờ trước Quân đội nhân dân": an aggregator's
 * stamp, the age of an item and the outlet it comes from. */
static int is_age_source_line(const char *f)
{
	static const char *const units[] = {"giay", "phut", "gio", "ngay", "tuan", "thang", "nam", NULL};
	const char *p = parse_number(f, 1, 3), *rest = NULL;
	size_t i;

	if (!p || *p != ' ')
		return 0;
	p++;
	for (i = 0; units[i] && !rest; i++)
		rest = after_label(p, units[i]);
	if (!rest || !(rest = after_label(skip_spaces(rest), "truoc")))
		return 0;
	return vnkg_i_text_count_words(rest, strlen(rest)) <= AGE_SOURCE_MAX_WORDS;
}

/* "Mar072018": an English month glued to the day and year. */
static int is_glued_english_date(const char *f)
{
	static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
					     "aug", "sep", "oct", "nov", "dec", NULL};
	size_t i;

	for (i = 0; months[i]; i++)
		if (strncmp(f, months[i], 3) == 0 && strlen(f) == 9 && strspn(f + 3, "0123456789") == 6)
			return 1;
	return 0;
}

/* --- menus and breadcrumbs -------------------------------------------- */

/* Length of a menu separator at p ('|', '»', '›', '>', '•', '·'), or 0. */
static size_t separator_at(const char *p)
{
	if (*p == '|' || *p == '>')
		return 1;
	if (strncmp(p, "\xC2\xBB", 2) == 0 || strncmp(p, "\xC2\xB7", 2) == 0)
		return 2;
	if (strncmp(p, "\xE2\x80\xBA", 3) == 0 || strncmp(p, "\xE2\x80\xA2", 3) == 0)
		return 3;
	return 0;
}

/* Checks the items of a line split at menu separators: *all_labels is set
 * when each is a furniture label, *all_short when each is a short item
 * without a sentence end. Returns the number of items. */
static size_t scan_items(const char *f, int *all_labels, int *all_short)
{
	size_t items = 0;
	const char *p = f;

	*all_labels = 1;
	*all_short = 1;
	for (;;) {
		const char *start = skip_spaces(p), *end = start;
		size_t sep = 0, len;

		while (*end) {
			sep = separator_at(end);
			if (sep)
				break;
			end++;
		}
		len = (size_t)(end - start);
		while (len > 0 && start[len - 1] == ' ')
			len--;
		if (len > 0) {
			items++;
			if (!label_alone(start, len, furniture_labels, 1))
				*all_labels = 0;
			if (vnkg_i_text_count_words(start, len) > NAV_ITEM_MAX_WORDS || start[len - 1] == '.')
				*all_short = 0;
		}
		if (!*end)
			break;
		p = end + sep;
	}
	return items;
}

static size_t count_separators(const char *f)
{
	size_t n = 0, len;

	while (*f) {
		len = separator_at(f);
		if (len) {
			n++;
			f += len;
		} else {
			f++;
		}
	}
	return n;
}

static int is_nav_line(const char *f)
{
	int all_labels, all_short;
	size_t items, seps;

	/* "Trang chủ | Giới thiệu | ...", "Trang chủ » Tin tức", "Home Tin tức
	 * - Sự kiện <headline>": a breadcrumb, whatever follows. */
	if (after_label(f, "trang chu") || after_label(f, "home"))
		return 1;
	items = scan_items(f, &all_labels, &all_short);
	if (items > 0 && all_labels)
		return 1;
	seps = count_separators(f);
	if (seps >= 2 && items >= 3 && all_short)
		return 1;
	/* "Tin tức › Quốc phòng - An ninh": a short breadcrumb from a section
	 * label */
	if (seps >= 1 && all_short && f[0] && !strchr("|>", f[0])) {
		const char *end = f;
		while (*end && !separator_at(end))
			end++;
		while (end > f && end[-1] == ' ')
			end--;
		return label_alone(f, (size_t)(end - f), furniture_labels, 0);
	}
	return 0;
}

/* "A- A A+" (font size), "0:00 / 0:00" (a player's clock), "Your browser does not
 * support the audio element.", "source /tin-tuc/...", a bare address: page
 * widgets. A line of four words or more in ASCII only, with lower-case
 * words, is not Vietnamese text (which carries diacritics) but a widget's
 * English or a tag list. `line` is the line as written. */
static int is_widget_line(const char *line, const char *f)
{
	const char *p;
	size_t words = 0, lower_words = 0;
	int letters = 0, ascii = 1;

	if (strcmp(f, "a- a a+") == 0 || strcmp(f, "a a a") == 0 || strcmp(f, "a- a+") == 0)
		return 1;
	if (after_label(f, "source") || strncmp(f, "http://", 7) == 0 || strncmp(f, "https://", 8) == 0 ||
	    strncmp(f, "www.", 4) == 0)
		return !strchr(f, ' ') || strchr(f, '/') != NULL;
	for (p = line; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c >= 0x80)
			ascii = 0;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80)
			letters = 1;
	}
	if (!letters && strchr(line, ':') && strspn(line, "0123456789:/ ") == strlen(line))
		return 1; /* a player's "0:00 / 0:00" */
	if (!ascii)
		return 0;
	for (p = line; *p;) {
		size_t n = 0, low = 0;

		while (*p == ' ')
			p++;
		while (p[n] && p[n] != ' ') {
			if (p[n] >= 'a' && p[n] <= 'z')
				low++;
			n++;
		}
		if (n > 0) {
			words++;
			if (low >= 2 && low == n)
				lower_words++;
		}
		p += n;
	}
	return words >= 4 && lower_words >= 2;
}

/* --- bylines and promotions ------------------------------------------- */

static int is_byline_line(const char *f)
{
	size_t i;

	for (i = 0; byline_prefixes[i]; i++) {
		const char *rest = after_label(f, byline_prefixes[i]);

		if (rest && vnkg_i_text_count_words(rest, strlen(rest)) <= BYLINE_MAX_WORDS)
			return 1;
	}
	return 0;
}

/* "Cập nhật tin tức công nghệ mới nhất tại fanpage ...", "Theo dõi ... trên
 * Google News". */
static int is_promo_line(const char *f)
{
	if (vnkg_i_text_count_words(f, strlen(f)) > PROMO_MAX_WORDS)
		return 0;
	return strstr(f, "fanpage") != NULL || strstr(f, "google news") != NULL ||
	       after_label(f, "cap nhat tin tuc") != NULL || strstr(f, "moi quy doc gia") != NULL ||
	       after_label(f, "moi ban doc") != NULL || after_label(f, "moi quy vi") != NULL;
}

/* "- Sư đoàn 359 tổng kết công tác năm 2008 (05/01)", "• Hội nghị ...
 * (12/03/2024)": a bulleted link to another article, with its date. */
static int is_teaser_link(const char *f)
{
	const char *p = f, *open;
	size_t len = strlen(f);

	if (strncmp(p, "- ", 2) == 0 || strncmp(p, "+ ", 2) == 0)
		p += 2;
	else if (strncmp(p, "\xE2\x80\xA2", 3) == 0 || strncmp(p, "\xC2\xBB", 2) == 0)
		p += *p == '\xE2' ? 3 : 2;
	else
		return 0;
	if (len < 8 || f[len - 1] != ')' || vnkg_i_text_count_words(p, strlen(p)) > 30)
		return 0;
	open = strrchr(f, '(');
	if (!open || open < p)
		return 0;
	open++;
	if (!is_digit((unsigned char)*open))
		return 0;
	while (is_digit((unsigned char)*open) || *open == '/' || *open == '-' || *open == '.')
		open++;
	return *open == ')';
}

/* "Báo Yên Thủy điện tử", "BÁO YÊN THỦY ĐIỆN TỬ", "Cổng thông tin điện tử
 * Công an tỉnh X": the site's name (its masthead stays in the header). */
static int is_site_name(const char *f)
{
	size_t len = strlen(f), words = vnkg_i_text_count_words(f, len);

	if (words > 10)
		return 0;
	if (after_label(f, "cong thong tin dien tu") || after_label(f, "trang thong tin dien tu") ||
	    after_label(f, "trang tin dien tu"))
		return strchr(f, '.') == NULL || words <= 6;
	if (after_label(f, "bao") && words <= 6 &&
	    ((len > 8 && strcmp(f + len - 8, " dien tu") == 0) || (len > 7 && strcmp(f + len - 7, " online") == 0)))
		return 1;
	return 0;
}

/* A related-news label alone, or followed by ':' or '»' and a title. */
static int is_related_line(const char *f)
{
	size_t i;

	for (i = 0; related_labels[i]; i++) {
		const char *rest = after_label(f, related_labels[i]);

		if (!rest)
			continue;
		if (only_label_tail(rest, rest + strlen(rest), 0))
			return 1;
		rest = skip_spaces(rest);
		if (*rest == ':' || separator_at(rest))
			return 1;
	}
	return 0;
}

/* "1 2 3 Sau ›", "« Trước 1 2 3 4 5 … 13 Tiếp »": page numbers (at least
 * two) and the pager's words and arrows, nothing else. */
static int is_pager_line(const char *f)
{
	const char *p = f;
	size_t numbers = 0, i, n;

	while (*p) {
		const char *rest = NULL;

		if (*p == ' ' || *p == '|' || *p == '<' || *p == '>' || *p == '.') {
			p++;
			continue;
		}
		n = separator_at(p);
		if (n) {
			p += n;
			continue;
		}
		if (strncmp(p, "\xC2\xAB", 2) == 0 || strncmp(p, "\xE2\x80\xB9", 3) == 0 ||
		    strncmp(p, "\xE2\x80\xA6", 3) == 0) { /* « ‹ … */
			p += *p == '\xC2' ? 2 : 3;
			continue;
		}
		if (is_digit((unsigned char)*p)) {
			while (is_digit((unsigned char)*p))
				p++;
			if (is_alnum_ascii((unsigned char)*p))
				return 0;
			numbers++;
			continue;
		}
		for (i = 0; pager_words[i] && !rest; i++)
			rest = after_label(p, pager_words[i]);
		if (!rest)
			return 0;
		p = rest;
	}
	return numbers >= 2;
}

static int starts_with_any(const char *f, const char *const *prefixes)
{
	size_t i;

	for (i = 0; prefixes[i]; i++)
		if (after_label(f, prefixes[i]))
			return 1;
	return 0;
}

/* "- ảnh 1", "ảnh 2": the alt text a scraper keeps in place of a photo. */
static int is_photo_stub(const char *f)
{
	const char *p = skip_spaces(f);

	if (*p == '-')
		p = skip_spaces(p + 1);
	p = after_label(p, "anh");
	if (!p)
		return 0;
	p = skip_spaces(p);
	if (!is_digit((unsigned char)*p))
		return 0;
	while (is_digit((unsigned char)*p))
		p++;
	return *skip_spaces(p) == '\0';
}

int vnkg_i_text_is_stamp_line(const char *line)
{
	char *f = NULL;
	int yes;

	if (vnkg_text_fold(&f, line) < 0)
		return 0;
	yes = is_date_line(f) || is_loose_date_line(f) || is_age_source_line(f);
	free(f);
	return yes;
}

int vnkg_i_text_is_more_link(const char *line)
{
	char *f = NULL;
	int yes;

	if (vnkg_text_fold(&f, line) < 0)
		return 0;
	yes = label_alone(f, strlen(f), more_labels, 0);
	if (!yes) {
		/* "Xem tiếp »", "[Đọc tiếp]" */
		size_t i;
		const char *p = f;

		while (*p && !is_alnum_ascii((unsigned char)*p))
			p++;
		for (i = 0; more_labels[i] && !yes; i++) {
			const char *rest = after_label(p, more_labels[i]);
			if (rest)
				yes = !has_alnum(rest);
		}
	}
	free(f);
	return yes;
}

int vnkg_i_text_classify_line(vnkg_i_line_kind *out, const char *line)
{
	char *f = NULL;
	int err = 0;

	*out = VNKG_I_LINE_KEEP;
	if (!has_alnum(line)) {
		*out = VNKG_I_LINE_DROP;
		goto cleanup;
	}
	err = vnkg_text_fold(&f, line);
	if (err < 0)
		goto cleanup;
	if (is_widget_line(line, f)) {
		*out = VNKG_I_LINE_DROP;
		goto cleanup;
	}
	if (is_phone_line(f) || is_date_line(f) || is_loose_date_line(f) || is_age_source_line(f) || is_glued_english_date(f) || is_pager_line(f) || is_photo_stub(f) ||
	    starts_with_any(f, search_prefixes) ||
	    (after_label(f, "tim thay") && strstr(f, "ket qua") && vnkg_i_text_count_words(f, strlen(f)) <= 6))
		*out = VNKG_I_LINE_DROP;
	else if (label_alone(f, strlen(f), comment_labels, 1) || is_related_line(f))
		*out = VNKG_I_LINE_CUT;
	else if (is_nav_line(f) || is_byline_line(f) || is_promo_line(f) || is_site_name(f) || is_teaser_link(f))
		*out = VNKG_I_LINE_DROP;

cleanup:
	free(f);
	return err;
}

/* --- garbage tokens ---------------------------------------------------- */

static int is_vowel_ascii(int c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* "20h30", "7h", "10h15p": times, not garbage. */
static int is_clock_token(const char *s, size_t n)
{
	size_t i = 0, d = 0;

	while (i < n && is_digit((unsigned char)s[i]))
		i++;
	if (i == 0 || i > 2 || i >= n || s[i] != 'h')
		return 0;
	i++;
	while (i < n && is_digit((unsigned char)s[i])) {
		i++;
		d++;
	}
	if (d > 2)
		return 0;
	if (i < n && s[i] == 'p')
		i++;
	if (i < n && s[i] == 'h')
		i++;
	return i == n;
}

int vnkg_i_text_is_garbage_token(const char *s, size_t n)
{
	size_t i, letters = 0, digits = 0, vowels = 0, transitions = 0, run = 0, max_run = 0;
	int prev_kind = 0, heavy;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		int kind;

		if (c >= 'a' && c <= 'z') {
			kind = 1;
			letters++;
			if (is_vowel_ascii(c)) {
				vowels++;
				run = 0;
			} else {
				run++;
				if (run > max_run)
					max_run = run;
			}
		} else if (is_digit(c)) {
			kind = 2;
			digits++;
			run = 0;
		} else {
			return 0; /* upper case or anything else: a code, a name */
		}
		if (prev_kind && kind != prev_kind)
			transitions++;
		prev_kind = kind;
	}
	heavy = vowels * 5 < letters || max_run >= 6;
	if (letters && digits) {
		if (n < 6 || is_clock_token(s, n))
			return 0;
		return transitions >= 2 || (letters >= 6 && heavy);
	}
	if (digits)
		return 0;
	return (n >= 12 && heavy) || (n >= 8 && vowels == 0);
}

/* Bytes that continue a word: ASCII letters and digits, and any non-ASCII
 * byte (Vietnamese letters). */
static int is_word_byte(unsigned char c)
{
	return is_alnum_ascii(c) || c >= 0x80;
}

size_t vnkg_i_text_strip_garbage(char *line)
{
	size_t r = 0, w = 0, removed = 0, j;
	unsigned char prev = 0;
	int space = 0;

	while (line[r]) {
		unsigned char c = (unsigned char)line[r];

		if (is_alnum_ascii(c) && !is_word_byte(prev)) {
			j = r;
			while (is_alnum_ascii((unsigned char)line[j]))
				j++;
			if (!is_word_byte((unsigned char)line[j]) && vnkg_i_text_is_garbage_token(line + r, j - r)) {
				removed++;
				prev = ' ';
				r = j;
				continue;
			}
			memmove(line + w, line + r, j - r);
			w += j - r;
			prev = (unsigned char)line[j - 1];
			r = j;
			continue;
		}
		line[w++] = line[r++];
		prev = c;
	}
	line[w] = '\0';
	if (removed == 0)
		return 0;
	/* Collapse the spaces the removal left and trim. */
	for (r = 0, w = 0; line[r]; r++) {
		if (line[r] == ' ') {
			space = w > 0;
			continue;
		}
		if (space)
			line[w++] = ' ';
		space = 0;
		line[w++] = line[r];
	}
	line[w] = '\0';
	return removed;
}

/* --- signatures ------------------------------------------------------- */

/* Checks one name of a signature: 1-4 words, each capitalised ("Đức",
 * "Lâm") or in capitals ("NGUYÊN", "QĐND", "TTXVN/VNA"); a one-letter word
 * may carry a period ("T."). Returns the number of words, 0 when it is not
 * a name. */
static size_t name_words(const char *s, size_t len)
{
	size_t i = 0, words = 0, n, letters = 0;
	int32_t cp;
	int has_upper = 0, has_lower = 0, period = 0;
	utf8proc_category_t cat;

	while (i <= len) {
		n = 1;
		cp = ' ';
		if (i < len) {
			n = vnkg_i_text_utf8_decode(&cp, s + i, len - i);
			if (n == 0)
				return 0;
		}
		i += n;
		if (cp == ' ') {
			/* end of a word: "Lâm" or "QĐND", not "McKay" */
			if (letters > 0) {
				if (has_upper && has_lower)
					return 0;
				words++;
			}
			letters = 0;
			has_upper = has_lower = period = 0;
			continue;
		}
		if (period) {
			utf8proc_category_t c2 = utf8proc_category(cp);
			/* "Q.Hưng", "T.K.V": an initial glued to the next part */
			if (c2 != UTF8PROC_CATEGORY_LU && c2 != UTF8PROC_CATEGORY_LT)
				return 0; /* nothing else after an initial's period */
			letters = 0;
			has_upper = has_lower = period = 0;
		}
		if (cp == '.') {
			if (letters != 1)
				return 0;
			period = 1;
			continue;
		}
		if (cp == '/' && letters > 0)
			continue;
		cat = utf8proc_category(cp);
		if (cat == UTF8PROC_CATEGORY_MN && letters > 0)
			continue; /* a combining mark belongs to its letter */
		if (letters == 0) {
			if (cat != UTF8PROC_CATEGORY_LU && cat != UTF8PROC_CATEGORY_LT)
				return 0;
		} else if (cat == UTF8PROC_CATEGORY_LU) {
			has_upper = 1;
		} else if (cat == UTF8PROC_CATEGORY_LL) {
			has_lower = 1;
		} else {
			return 0;
		}
		letters++;
	}
	return words <= 4 ? words : 0;
}

int vnkg_i_text_is_signature(const char *line)
{
	const char *p = line, *end;
	size_t names = 0, len;

	len = strlen(line);
	if (len == 0 || len > 120)
		return 0;
	end = line + len;
	if (*p == '(' && end[-1] == ')') {
		p++;
		end--;
	}
	/* "Theo TTXVN", "(Theo QĐND)" */
	if (end - p > 5 && (strncmp(p, "Theo ", 5) == 0 || strncmp(p, "theo ", 5) == 0))
		p += 5;
	while (p < end) {
		const char *q = p, *sep_end = NULL;
		size_t words;

		/* One name runs to ',', ';', '&', " - ", " – " or " và ". */
		while (q < end) {
			if (*q == ',' || *q == ';' || *q == '&') {
				sep_end = q + 1;
				break;
			}
			if (*q == ' ' && q + 2 < end && q[1] == '-' && q[2] == ' ') {
				sep_end = q + 3;
				break;
			}
			if (*q == ' ' && q + 4 < end && strncmp(q + 1, "\xE2\x80\x93 ", 4) == 0) {
				sep_end = q + 5;
				break;
			}
			if (*q == ' ' && q + 5 < end && strncmp(q + 1, "v\xC3\xA0 ", 4) == 0) {
				sep_end = q + 5;
				break;
			}
			q++;
		}
		while (p < q && *p == ' ')
			p++;
		len = (size_t)(q - p);
		while (len > 0 && p[len - 1] == ' ')
			len--;
		words = name_words(p, len);
		if (words == 0)
			return 0;
		names++;
		if (!sep_end)
			break;
		p = sep_end;
	}
	return names >= 1 && names <= 4;
}
