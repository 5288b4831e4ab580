/* Directives: kind, number and code, date of issue, issuer ("của ..."),
 * lists ("các Quy định: 59, 61, 104"), Central Committee plenum resolutions,
 * and documents named by subject and year. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "extract/xctx.h"
#include "util/util.h"
#include "vnkg/common.h"

static const char *ordinal_number(const char *w)
{
	static const struct {
		const char *word;
		const char *num;
	} ord[] = {{"nhất", "1"}, {"hai", "2"}, {"ba", "3"}, {"tư", "4"}, {"bốn", "4"}, {"năm", "5"},
		   {"sáu", "6"}, {"bảy", "7"}, {"tám", "8"}, {"chín", "9"}, {"mười", "10"},
		   {"mười một", "11"}, {"mười hai", "12"}, {"mười ba", "13"}, {"mười bốn", "14"},
		   {"mười lăm", "15"}};
	size_t i;

	for (i = 0; i < sizeof(ord) / sizeof(ord[0]); i++)
		if (strcmp(ord[i].word, w) == 0)
			return ord[i].num;
	return w;
}

static char *iso_date(const char *s, const PCRE2_SIZE *ov, int gd, int gm, int gy)
{
	size_t a, b;
	long d = 0, m = 0, y = 0;
	char buf[32];

	if (vnkg_i_group(ov, gd, &a, &b))
		d = strtol(s + a, NULL, 10);
	if (vnkg_i_group(ov, gm, &a, &b))
		m = strtol(s + a, NULL, 10);
	if (vnkg_i_group(ov, gy, &a, &b))
		y = strtol(s + a, NULL, 10);
	if (y < 1900 || m < 1 || m > 12 || d < 1 || d > 31)
		return vnkg_i_strdup("");
	snprintf(buf, sizeof(buf), "%04ld-%02ld-%02ld", y, m, d);
	return vnkg_i_strdup(buf);
}

/* The kind an abbreviation stands for ("NQ" -> "Nghị quyết"), or NULL when
 * the kind is written in full. */
static const char *full_kind(const char *s, size_t n)
{
	static const struct {
		const char *abbr, *kind;
	} map[] = {{"NQ", "Nghị quyết"}, {"CT", "Chỉ thị"}, {"QĐ", "Quyết định"}, {"KL", "Kết luận"},
		   {"KH", "Kế hoạch"}, {"HD", "Hướng dẫn"}, {"NĐ", "Nghị định"}, {"TT", "Thông tư"}};
	size_t i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strlen(map[i].abbr) == n && memcmp(map[i].abbr, s, n) == 0)
			return map[i].kind;
	return NULL;
}

/* A code as one string without the spaces typed around its separators
 * ("QĐ - BQP" -> "QĐ-BQP", "KH /HU" -> "KH/HU", an en dash as a hyphen);
 * with `slash`, after a leading "/". */
static char *tidy_code(const char *s, size_t n, int slash)
{
	vnkg_buf c = VNKG_BUF_INIT;
	size_t i;

	if (slash)
		vnkg_i_buf_putc(&c, '/');
	for (i = 0; i < n; i++) {
		if (s[i] == ' ')
			continue;
		if (i + 2 < n && memcmp(s + i, "–", 3) == 0) {
			vnkg_i_buf_putc(&c, '-');
			i += 2;
			continue;
		}
		vnkg_i_buf_putc(&c, s[i]);
	}
	return vnkg_i_buf_detach(&c);
}

/* After a directive: "của <body>" (with "ngày ..." already consumed), and a
 * "khóa XII" after the issuer. */
static void read_issuer(xctx *x, size_t dm, size_t after)
{
	size_t wi = vnkg_i_x_word_at(x, after), n, issuer = VNKG_I_NO_MENTION;

	/* "Kế hoạch số ... do Bộ Tư lệnh Quân khu ban hành": the body that
	 * issues it, when the verb follows the body (a post and a name before
	 * "ký" are the signer's, read as a person) */
	if (vnkg_i_x_wis(x, wi, "do")) {
		size_t mark = x->doc->nmentions;
		if (!vnkg_i_x_is_head_start(x, wi + 1))
			return;
		n = vnkg_i_x_parse_body(x, wi + 1, 0, &issuer);
		if (!n || issuer == VNKG_I_NO_MENTION)
			return;
		if (vnkg_i_x_wis(x, wi + 1 + n, "ký") ||
		    (vnkg_i_x_wis(x, wi + 1 + n, "ban") && vnkg_i_x_wis(x, wi + 2 + n, "hành"))) {
			x->doc->mentions[dm].issuer = issuer;
			x->used[wi] = 1;
		} else {
			vnkg_i_x_rollback(x, mark, wi + 1, wi + 1 + n);
		}
		return;
	}
	if (!vnkg_i_x_wis(x, wi, "của"))
		return;
	/* "của Tư lệnh Quân đoàn": the post's body issues it (but the Prime
	 * Minister's decisions are his, not the Government's) */
	{
		size_t tl = vnkg_i_x_match_title(x, wi + 1);
		/* "của Bộ trưởng Công an": a minister named by his field alone
		 * signs for the ministry ("Bộ Công an") the article names */
		if (tl == 2 && vnkg_i_x_wis(x, wi + 2, "trưởng") && wi + 3 < x->w.n && x->w.w[wi + 3].cap &&
		    !vnkg_i_x_wis(x, wi + 3, "bộ") &&
		    (vnkg_i_x_wis(x, wi + 1, "bộ") || vnkg_i_x_wis(x, wi + 1, "thứ"))) {
			vnkg_buf field = VNKG_BUF_INIT;
			size_t k, j, end = wi + 3, found = VNKG_I_NO_MENTION;
			vnkg_i_buf_puts(&field, "Bộ");
			/* the longest field the article names a ministry by */
			for (j = wi + 3; j < x->w.n && j < wi + 8 && !x->w.w[j].punct; j++) {
				vnkg_i_buf_printf(&field, " %s", x->w.w[j].text);
				for (k = 0; k < x->doc->nmentions; k++) {
					const vnkg_i_mention *m = &x->doc->mentions[k];
					if (m->type == MENTION_BODY && !m->dead && m->name &&
					    strcmp(m->name, vnkg_i_buf_cstr(&field)) == 0) {
						found = k;
						end = j + 1;
						break;
					}
				}
			}
			vnkg_i_buf_free(&field);
			if (found == VNKG_I_NO_MENTION)
				return;
			x->doc->mentions[dm].issuer = found;
			/* (the field is no body of its own: "Công an" is no police force here) */
			for (k = wi; k < end; k++)
				x->used[k] = 1;
			return;
		}
		if (tl && vnkg_i_x_is_head_start(x, wi + 1 + tl) && !vnkg_i_x_wis(x, wi + tl, "tướng")) {
			x->used[wi] = 1;
			wi += tl;
		}
	}
	n = vnkg_i_x_parse_body(x, wi + 1, 0, &issuer);
	if (!n || issuer == VNKG_I_NO_MENTION) {
		size_t k;
		/* the issuer may have been read already (a list of directives) */
		for (k = 0; k < x->doc->nmentions; k++) {
			const vnkg_i_mention *m = &x->doc->mentions[k];
			if (m->type == MENTION_BODY && m->sentence == x->si && wi + 1 < x->w.n &&
			    m->start == x->w.w[wi + 1].start) {
				issuer = k;
				break;
			}
		}
		if (issuer == VNKG_I_NO_MENTION)
			return;
	}
	x->doc->mentions[dm].issuer = issuer;
	x->used[wi] = 1;
	wi += 1 + n;
	/* "của Bộ Chính trị (khóa XIII)" */
	if (vnkg_i_x_wis(x, wi, "(") && vnkg_i_x_wis(x, wi + 1, "khóa"))
		wi++;
	if (vnkg_i_x_wis(x, wi, "khóa") && wi + 1 < x->w.n && !x->doc->mentions[dm].term[0]) {
		free(x->doc->mentions[dm].term);
		x->doc->mentions[dm].term = vnkg_i_strdup(x->w.w[wi + 1].text);
	}
}

static size_t new_directive(xctx *x, size_t start, size_t end, const char *kind, char *number, char *code,
			    char *date, char *name);

/* Words that never belong to a document's subject: a plural, a verb, a
 * linking word ("các nghị quyết đã được ..."). */
static int subject_ok(const char *s, size_t a, size_t b)
{
	static const char *const stops[] = {"các", "những", "và", "đã", "được", "này", "đó", "cho", "với", "là",
					    "tại", "theo", "để", "từ", "đến", "sẽ", "đang", "cũng", "thì", NULL};
	size_t i = a;

	while (i < b) {
		size_t j = i, k;
		while (j < b && s[j] != ' ')
			j++;
		for (k = 0; stops[k]; k++)
			if (strlen(stops[k]) == j - i && memcmp(stops[k], s + i, j - i) == 0)
				return 0;
		i = j + 1;
	}
	return 1;
}

/* "các nghị quyết": a plural, vague reference just before the kind */
static int after_plural(const char *s, size_t at)
{
	return (at >= strlen("các ") && strncmp(s + at - strlen("các "), "các ", strlen("các ")) == 0) ||
	       (at >= strlen("những ") && strncmp(s + at - strlen("những "), "những ", strlen("những ")) == 0);
}

/* A later mention of an unnumbered document of the same kind and year
 * stands for the first one ("nghị quyết lãnh đạo thực hiện nhiệm vụ năm
 * 2023" in the lead, "Nghị quyết của Đảng ủy Quân khu về lãnh đạo thực hiện
 * nhiệm vụ năm 2023" at the end). Returns whether it was linked. */
static int link_same_subject(xctx *x, size_t dm)
{
	vnkg_i_mention *m = &x->doc->mentions[dm];
	char *kind = vnkg_i_lower(m->kind, strlen(m->kind));
	size_t k;
	int linked = 0;

	for (k = 0; kind && m->year_hint && k < dm && !linked; k++) {
		const vnkg_i_mention *o = &x->doc->mentions[k];
		char *ok;
		if (o->type != MENTION_DIRECTIVE || o->dead || o->ref != k || o->number[0] || o->year_hint != m->year_hint)
			continue;
		/* two bodies' plans for one year are two documents */
		if (o->issuer != VNKG_I_NO_MENTION && m->issuer != VNKG_I_NO_MENTION &&
		    !x->doc->mentions[o->issuer].bare && !x->doc->mentions[m->issuer].bare &&
		    (strcmp(x->doc->mentions[o->issuer].name, x->doc->mentions[m->issuer].name) != 0 ||
		     strcmp(x->doc->mentions[o->issuer].qualifier, x->doc->mentions[m->issuer].qualifier) != 0))
			continue;
		ok = vnkg_i_lower(o->kind, strlen(o->kind));
		if (ok && strcmp(ok, kind) == 0) {
			m->ref = k;
			linked = 1;
		}
		free(ok);
	}
	free(kind);
	return linked;
}

/* Does the verb at `at` ("ra", "ban hành", "thông qua") have an issuer
 * written just before it: the end of a body's name ("Đảng ủy Sư đoàn 344
 * ra") or a meeting ("hội nghị ra")? */
static int issued_here(const xctx *x, size_t at)
{
	size_t wi = vnkg_i_x_word_at(x, at);
	const vnkg_i_word *w;

	if (wi == 0 || wi > x->w.n)
		return 0;
	w = &x->w.w[wi - 1];
	if (!w->punct && (w->cap || w->num || w->abbr))
		return 1;
	return wi >= 2 && (vnkg_i_words_match(&x->w, wi - 2, "hội nghị") == 2 ||
			   vnkg_i_words_match(&x->w, wi - 2, "phiên họp") == 2 ||
			   vnkg_i_words_match(&x->w, wi - 2, "kỳ họp") == 2 || vnkg_i_words_match(&x->w, wi - 2, "cuộc họp") == 2);
}

/* Documents named by their subject, in lower case, with no number: "mệnh
 * lệnh huấn luyện của Tư lệnh Vùng" (with its issuer, else not kept), and
 * "(Đảng ủy X) ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2021" (its
 * issuer from the 'ra'/'ban hành' cue). An article names the same one
 * several ways ("nghị quyết lãnh đạo năm 2021" in the next paragraph): a
 * later mention of the same kind and year stands for the first. */
static void read_subject_named(xctx *x)
{
	size_t from = 0;
	PCRE2_SIZE *ov;
	int r;

	for (r = 0; r < 2; r++) {
		from = 0;
		while (vnkg_i_rule_find(r ? RE_DIRECTIVE_SUBJ_YEAR : RE_DIRECTIVE_SUBJ_OF, x->md, x->s, x->len, from, &ov)) {
			size_t dm, verb = ov[0], ks = ov[2], end = ov[1], wi = vnkg_i_x_word_at(x, ks), sa = ov[4], sb = ov[5];
			int year = ov[6] != PCRE2_UNSET ? vnkg_i_x_parse_int(x->s, ov[6], ov[7]) : 0;
			char *kind;
			vnkg_buf label = VNKG_BUF_INIT;
			from = ov[1];
			if ((wi < x->w.n && x->used[wi]) || after_plural(x->s, ks) || !subject_ok(x->s, sa, sb))
				continue;
			kind = vnkg_i_lower(x->s + ks, ov[3] - ks);
			if (!kind)
				continue;
			/* named as written: "mệnh lệnh huấn luyện", "nghị quyết lãnh đạo ... năm 2021" */
			vnkg_i_buf_put(&label, x->s + ks, end - ks);
			dm = new_directive(x, ks, end, kind, NULL, NULL, NULL, vnkg_i_buf_detach(&label));
			free(kind);
			if (dm == VNKG_I_NO_MENTION)
				continue;
			x->doc->mentions[dm].year_hint = year;
			x->doc->mentions[dm].head = 3; /* named by subject */
			if (!r) {
				read_issuer(x, dm, end);
				if (x->doc->mentions[dm].issuer == VNKG_I_NO_MENTION)
					x->doc->mentions[dm].dead = 1;
				continue;
			}
			/* "Đảng ủy X ra nghị quyết ...", "hội nghị ra nghị quyết ...": a
			 * body or a meeting issues it; "dự thảo nghị quyết ..." only
			 * names again one read before; "cấp ủy các cấp tổ chức ra nghị
			 * quyết ..." is no document yet */
			if (!link_same_subject(x, dm) && !issued_here(x, verb))
				x->doc->mentions[dm].dead = 1;
		}
	}
}

static size_t new_directive(xctx *x, size_t start, size_t end, const char *kind, char *number, char *code,
			    char *date, char *name)
{
	size_t dm = vnkg_i_x_add_mention(x->doc, MENTION_DIRECTIVE, x->si, start, end, x->s);
	vnkg_i_mention *m;

	if (dm == VNKG_I_NO_MENTION) {
		free(number);
		free(code);
		free(date);
		free(name);
		return dm;
	}
	m = &x->doc->mentions[dm];
	m->kind = vnkg_i_strdup(kind);
	m->number = number ? number : vnkg_i_strdup("");
	m->code = code ? code : vnkg_i_strdup("");
	m->date = date ? date : vnkg_i_strdup("");
	m->term = vnkg_i_strdup("");
	m->name = name;
	vnkg_i_x_mark_span(x, start, end);
	return dm;
}

/* "Hướng dẫn số 4691 ... thực hiện Chỉ thị của Ban Thường vụ Đảng ủy Quân
 * khu về <subject>": a document named by issuer and subject that the article
 * also names by number ("Chỉ thị số 2889-CT/ĐU ... của Ban Thường vụ Đảng ủy
 * Quân khu về <subject>") is that one. */
static void same_as_numbered(xctx *x, size_t dm, size_t sa, size_t sb)
{
	vnkg_i_doc *d = x->doc;
	vnkg_i_mention *m = &d->mentions[dm];
	char *subject;
	size_t k;

	if (m->issuer == VNKG_I_NO_MENTION)
		return;
	subject = vnkg_i_x_sub(x->s, sa, sb);
	for (k = 0; subject && k < d->nmentions; k++) {
		const vnkg_i_mention *o = &d->mentions[k];
		const char *os;
		if (k == dm || o->type != MENTION_DIRECTIVE || o->dead || !o->number[0] || o->issuer == VNKG_I_NO_MENTION ||
		    strcmp(o->kind, m->kind) != 0 || strcmp(d->mentions[o->issuer].surface, d->mentions[m->issuer].surface) != 0)
			continue;
		os = vnkg_article_sentence(d->article, o->sentence)->text;
		if (strstr(os + d->mentions[o->issuer].end, subject)) {
			m->ref = o->ref;
			break;
		}
	}
	free(subject);
}

void vnkg_i_x_read_directives(xctx *x)
{
	size_t from = 0, a, b, nof, oi;
	struct {
		size_t dm, sa, sb;
	} of[8];
	PCRE2_SIZE *ov;

	/* Nghị quyết Trung ương 8 (khóa XIII) */
	while (vnkg_i_rule_find(RE_DIRECTIVE_TW, x->md, x->s, x->len, from, &ov)) {
		size_t dm;
		/* "NQ TW 8": the abbreviation stands for its kind */
		char *kind = full_kind(x->s + ov[2], ov[3] - ov[2]) ? vnkg_i_strdup(full_kind(x->s + ov[2], ov[3] - ov[2]))
								   : vnkg_i_x_sub(x->s, ov[2], ov[3]);
		char *num = vnkg_i_x_sub(x->s, ov[4], ov[5]);
		vnkg_buf label = VNKG_BUF_INIT;
		from = ov[1];
		vnkg_i_buf_printf(&label, "%s Trung ương %s", kind, num);
		if (vnkg_i_group(ov, 3, &a, &b))
			vnkg_i_buf_printf(&label, " (khóa %.*s)", (int)(b - a), x->s + a);
		dm = new_directive(x, ov[0], ov[1], kind, vnkg_i_strdup(num), NULL, NULL, vnkg_i_buf_detach(&label));
		if (dm != VNKG_I_NO_MENTION && vnkg_i_group(ov, 3, &a, &b)) {
			free(x->doc->mentions[dm].term);
			x->doc->mentions[dm].term = vnkg_i_x_sub(x->s, a, b);
		}
		if (dm != VNKG_I_NO_MENTION)
			x->doc->mentions[dm].head = 1; /* marks a Central Committee plenum resolution */
		free(kind);
		free(num);
	}
	/* Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng (khóa XIII) */
	from = 0;
	while (vnkg_i_rule_find(RE_DIRECTIVE_HN, x->md, x->s, x->len, from, &ov)) {
		size_t dm, issuer = VNKG_I_NO_MENTION;
		char *kind = vnkg_i_x_sub(x->s, ov[2], ov[3]);
		char *ordw = vnkg_i_x_sub(x->s, ov[4], ov[5]);
		vnkg_buf label = VNKG_BUF_INIT;
		from = ov[1];
		vnkg_i_buf_printf(&label, "%s Trung ương %s", kind, ordinal_number(ordw));
		if (vnkg_i_group(ov, 3, &a, &b))
			vnkg_i_buf_printf(&label, " (khóa %.*s)", (int)(b - a), x->s + a);
		/* the issuer is named inside: "... Ban Chấp hành Trung ương Đảng" */
		{
			const char *bch = vnkg_i_x_find_bytes(x->s + ov[0], ov[1] - ov[0], "Ban Chấp hành", strlen("Ban Chấp hành"));
			if (bch)
				vnkg_i_x_parse_body(x, vnkg_i_x_word_at(x, (size_t)(bch - x->s)), 0, &issuer);
		}
		dm = new_directive(x, ov[0], ov[1], kind, vnkg_i_strdup(ordinal_number(ordw)), NULL, NULL,
				   vnkg_i_buf_detach(&label));
		if (dm != VNKG_I_NO_MENTION)
			x->doc->mentions[dm].issuer = issuer;
		if (dm != VNKG_I_NO_MENTION && vnkg_i_group(ov, 3, &a, &b)) {
			free(x->doc->mentions[dm].term);
			x->doc->mentions[dm].term = vnkg_i_x_sub(x->s, a, b);
		}
		if (dm != VNKG_I_NO_MENTION)
			x->doc->mentions[dm].head = 1;
		free(kind);
		free(ordw);
	}
	/* Nghị quyết Đại hội đại biểu Đảng bộ tỉnh X lần thứ XIX(, nhiệm kỳ ...):
	 * the congress's resolution, issued by the Party organisation it names */
	from = 0;
	while (vnkg_i_rule_find(RE_DIRECTIVE_CONGRESS, x->md, x->s, x->len, from, &ov)) {
		size_t dm, ms = ov[0], me = ov[1], wi = vnkg_i_x_word_at(x, ov[0]), issuer = VNKG_I_NO_MENTION, cs = ov[4], ce = ov[5];
		const char *db;
		vnkg_buf label = VNKG_BUF_INIT;
		from = ov[1];
		if (wi < x->w.n && x->used[wi])
			continue;
		vnkg_i_buf_printf(&label, "Nghị quyết %.*s", (int)(ce - cs), x->s + cs);
		db = vnkg_i_x_find_bytes(x->s + cs, ce - cs, "Đảng bộ", strlen("Đảng bộ"));
		if (db) {
			size_t bw = vnkg_i_x_word_at(x, (size_t)(db - x->s));
			if (!x->used[bw])
				vnkg_i_x_parse_body(x, bw, 0, &issuer);
		}
		dm = new_directive(x, ms, me, "Nghị quyết", NULL, NULL, NULL, vnkg_i_buf_detach(&label));
		if (dm != VNKG_I_NO_MENTION) {
			x->doc->mentions[dm].issuer = issuer;
			/* the whole Party's congress: the same document in every article */
			if (vnkg_i_x_find_bytes(x->s + cs, ce - cs, "của Đảng", strlen("của Đảng")) ||
			    vnkg_i_x_find_bytes(x->s + cs, ce - cs, "toàn quốc", strlen("toàn quốc")))
				x->doc->mentions[dm].head = 4;
		}
	}
	/* Nghị quyết của Đảng ủy Quân khu về ... năm 2023 */
	from = 0;
	nof = 0;
	while (vnkg_i_rule_find(RE_DIRECTIVE_OF, x->md, x->s, x->len, from, &ov)) {
		/* (other readers reuse the match data: the offsets first) */
		size_t dm, wi, n, issuer = VNKG_I_NO_MENTION, ms = ov[0], me = ov[1], ie = ov[5];
		size_t sa = ov[10] != PCRE2_UNSET ? ov[10] : ov[6], sb = ov[10] != PCRE2_UNSET ? ov[11] : ov[9];
		int year = ov[8] != PCRE2_UNSET ? (int)strtol(x->s + ov[8], NULL, 10) : 0;
		char *kind = vnkg_i_x_sub(x->s, ov[2], ov[3]);
		size_t span_end = me;
		PCRE2_SIZE *sv;
		from = me;
		wi = vnkg_i_x_word_at(x, ov[4]);
		/* "các Nghị quyết của Đảng về ...": a plural, vague reference */
		if ((wi < x->w.n && x->used[wi]) || after_plural(x->s, ms)) {
			free(kind);
			continue;
		}
		/* a subject with no year runs to the end of the clause and may
		 * name people, bodies or a numbered document ("Quyết định của Bộ
		 * Công an về việc điều động Đại tá X ...", "Kết luận của Bộ Chính
		 * trị về tiếp tục thực hiện Nghị quyết số 23-NQ/TW ..."): they are
		 * read on their own, the document spans its kind and issuer */
		if (!year || (vnkg_i_rule_find(RE_DIRECTIVE, x->md, x->s, sb, sa, &sv) && sv[0] < sb))
			span_end = ie;
		{
			/* "Quyết định của Bộ trưởng Bộ Quốc phòng về ...": the body
			 * whose head signs (not the Prime Minister's Government) */
			size_t tl = vnkg_i_x_match_title(x, wi);
			if (tl && !vnkg_i_x_wis(x, wi + tl - 1, "tướng") && vnkg_i_x_is_head_start(x, wi + tl))
				wi += tl;
		}
		n = vnkg_i_x_parse_body(x, wi, 0, &issuer);
		if (!n || issuer == VNKG_I_NO_MENTION || x->w.w[wi + n - 1].end + 1 != ie) {
			free(kind);
			continue;
		}
		if (span_end != me)
			span_end = x->w.w[wi + n - 1].end;
		dm = new_directive(x, ms, span_end, kind, NULL, NULL, NULL, vnkg_i_x_sub(x->s, ms, me));
		if (dm != VNKG_I_NO_MENTION) {
			x->doc->mentions[dm].issuer = issuer;
			x->doc->mentions[dm].year_hint = year;
			link_same_subject(x, dm);
			if (nof < sizeof(of) / sizeof(of[0])) {
				of[nof].dm = dm;
				of[nof].sa = sa;
				of[nof++].sb = sb;
			}
		}
		free(kind);
	}
	/* Chỉ thị số 2889-CT/ĐU ngày 10/9/2024 của ...; Quy định: 59, 61, 104 của ... */
	from = 0;
	while (vnkg_i_rule_find(RE_DIRECTIVE, x->md, x->s, x->len, from, &ov)) {
		size_t start = ov[0], end = ov[1], wi, dm, first_dm;
		char *kind, *num, *code = NULL, *date;
		vnkg_strvec listed = {0}, listed_codes = {0};
		size_t k;

		from = ov[1];
		wi = vnkg_i_x_word_at(x, start);
		if (wi < x->w.n && x->used[wi])
			continue;
		/* "NQ 1658-NQ/QUTW": an abbreviated kind only with its code */
		if (full_kind(x->s + ov[2], ov[3] - ov[2]) && ov[6] == PCRE2_UNSET && ov[8] == PCRE2_UNSET &&
		    ov[10] == PCRE2_UNSET)
			continue;
		kind = full_kind(x->s + ov[2], ov[3] - ov[2]) ? vnkg_i_strdup(full_kind(x->s + ov[2], ov[3] - ov[2]))
							       : vnkg_i_x_sub(x->s, ov[2], ov[3]);
		num = vnkg_i_x_sub(x->s, ov[4], ov[5]);
		if (vnkg_i_group(ov, 3, &a, &b) || vnkg_i_group(ov, 5, &a, &b))
			code = tidy_code(x->s + a, b - a, 0);
		else if (vnkg_i_group(ov, 4, &a, &b))
			code = tidy_code(x->s + a, b - a, 1); /* "4691/HD-CT": keep the slash in the label */
		date = iso_date(x->s, ov, 6, 7, 8);
		/* a list: "Quy định: 59, 61, 104"; with codes, "Nghị quyết số
		 * 18-NQ/TW, 19-NQ/TW" (the kind written once) */
		if (!code || code[0] != '/') {
			size_t p = end;
			for (;;) {
				size_t q = p, ns, ne, cs = 0, ce = 0;
				while (q < x->len && (x->s[q] == ' ' || x->s[q] == ','))
					q++;
				if (q + 3 < x->len && strncmp(x->s + q, "và ", 4) == 0)
					q += 4;
				if (q == p || q >= x->len || x->s[q] < '0' || x->s[q] > '9')
					break;
				ns = q;
				while (q < x->len && x->s[q] >= '0' && x->s[q] <= '9')
					q++;
				ne = q;
				if (code && q + 1 < x->len && x->s[q] == '-' && x->s[q + 1] >= 'A' && x->s[q + 1] <= 'Z') {
					cs = ++q;
					while (q < x->len && x->s[q] != ' ' && x->s[q] != ',' && x->s[q] != ';' && x->s[q] != '.' &&
					       x->s[q] != ')' && x->s[q] != '(')
						q++;
					ce = q;
				}
				/* every item as the first: a code with a code, none without */
				if (!!code != (ce > cs))
					break;
				if (q < x->len && ((unsigned char)x->s[q] >= 0x80 || x->s[q] == '/' || x->s[q] == '-' ||
						   (x->s[q] >= 'A' && x->s[q] <= 'z')))
					break;
				if (vnkg_i_strvec_push_own(&listed, vnkg_i_x_sub(x->s, ns, ne)) < 0 ||
				    vnkg_i_strvec_push_own(&listed_codes, vnkg_i_x_sub(x->s, cs, ce)) < 0)
					break;
				p = q;
				end = q;
			}
		}
		{
			vnkg_buf label = VNKG_BUF_INIT;
			vnkg_i_buf_printf(&label, "%s %s", kind, num);
			if (code)
				vnkg_i_buf_printf(&label, "%s%s", code[0] == '/' ? "" : "-", code);
			size_t own_end = ov[5];
			/* in a list the first one ends with its own code */
			if (vnkg_i_group(ov, 3, &a, &b) || vnkg_i_group(ov, 5, &a, &b))
				own_end = b;
			first_dm = dm = new_directive(x, start, listed.len ? own_end : end, kind, num,
						      code ? vnkg_i_strdup(code[0] == '/' ? code + 1 : code) : NULL, date,
						      vnkg_i_buf_detach(&label));
		}
		if (dm != VNKG_I_NO_MENTION && code && code[0] == '/')
			x->doc->mentions[dm].head = 2; /* code written after a slash: 4691/HD-CT */
		for (k = 0; k < listed.len && k < listed_codes.len; k++) {
			vnkg_buf label = VNKG_BUF_INIT;
			const char *lc = listed_codes.items[k];
			size_t lm;
			vnkg_i_buf_printf(&label, "%s %s%s%s", kind, listed.items[k], lc[0] ? "-" : "", lc);
			lm = new_directive(x, start, end, kind, vnkg_i_strdup(listed.items[k]), lc[0] ? vnkg_i_strdup(lc) : NULL,
					   vnkg_i_strdup(""), vnkg_i_buf_detach(&label));
			if (lm != VNKG_I_NO_MENTION) {
				/* its name as written is its own, not the whole list */
				char *own = vnkg_i_strdup(x->doc->mentions[lm].name);
				if (own) {
					free(x->doc->mentions[lm].surface);
					x->doc->mentions[lm].surface = own;
				}
			}
		}
		vnkg_i_x_mark_span(x, start, end);
		if (first_dm != VNKG_I_NO_MENTION) {
			size_t before = x->doc->nmentions;
			read_issuer(x, first_dm, end);
			for (k = 0; k < listed.len && first_dm + 1 + k < x->doc->nmentions; k++)
				if (x->doc->mentions[first_dm + 1 + k].type == MENTION_DIRECTIVE)
					x->doc->mentions[first_dm + 1 + k].issuer = x->doc->mentions[first_dm].issuer;
			(void)before;
		}
		/* "Chỉ thị 35 năm 2024" */
		if (first_dm != VNKG_I_NO_MENTION) {
			size_t wj = vnkg_i_x_word_at(x, end);
			if (vnkg_i_x_wis(x, wj, "năm") && wj + 1 < x->w.n && x->w.w[wj + 1].num)
				x->doc->mentions[first_dm].year_hint = (int)strtol(x->w.w[wj + 1].text, NULL, 10);
		}
		vnkg_i_strvec_free(&listed);
		vnkg_i_strvec_free(&listed_codes);
		free(kind);
		free(code);
	}
	read_subject_named(x);
	/* Luật Nghĩa vụ quân sự năm 2015: a law by its name and year */
	from = 0;
	while (vnkg_i_rule_find(RE_DIRECTIVE_LAW, x->md, x->s, x->len, from, &ov)) {
		size_t dm, wi = vnkg_i_x_word_at(x, ov[0]);
		char *kind, *year;
		vnkg_buf label = VNKG_BUF_INIT;
		from = ov[1];
		if (wi < x->w.n && x->used[wi])
			continue;
		kind = vnkg_i_x_sub(x->s, ov[2], ov[3]);
		vnkg_i_buf_put(&label, x->s + ov[0], ov[5] - ov[0]);
		year = vnkg_i_x_sub(x->s, ov[6], ov[7]);
		dm = new_directive(x, ov[0], ov[1], kind, NULL, NULL, year, vnkg_i_buf_detach(&label));
		if (dm != VNKG_I_NO_MENTION)
			x->doc->mentions[dm].year_hint = vnkg_i_x_parse_int(x->s, ov[6], ov[7]);
		free(kind);
	}
	/* Chỉ thị CTĐ, CTCT năm 2020 của Tổng cục Chính trị */
	from = 0;
	while (vnkg_i_rule_find(RE_DIRECTIVE_NAMED, x->md, x->s, x->len, from, &ov)) {
		size_t dm, wi = vnkg_i_x_word_at(x, ov[0]);
		char *kind;
		from = ov[1];
		if (wi < x->w.n && x->used[wi])
			continue;
		kind = vnkg_i_x_sub(x->s, ov[2], ov[3]);
		dm = new_directive(x, ov[0], ov[1], kind, NULL, NULL, NULL, vnkg_i_x_sub(x->s, ov[0], ov[1]));
		if (dm != VNKG_I_NO_MENTION) {
			x->doc->mentions[dm].year_hint = (int)strtol(x->s + ov[6], NULL, 10);
			read_issuer(x, dm, ov[1]);
			if (x->doc->mentions[dm].issuer == VNKG_I_NO_MENTION) {
				/* named only by subject, with no issuer: too vague to keep */
				x->doc->mentions[dm].dead = 1;
			}
		}
		free(kind);
	}
	for (oi = 0; oi < nof; oi++)
		same_as_numbered(x, of[oi].dm, of[oi].sa, of[oi].sb);
}

int vnkg_i_x_directive_nested(const vnkg_i_doc *d, size_t i)
{
	const vnkg_i_mention *m = &d->mentions[i];
	const char *s = vnkg_article_sentence(d->article, m->sentence)->text;
	size_t k, prev_end = 0;
	int found = 0;

	/* the directive just before it in the sentence */
	for (k = 0; k < d->nmentions; k++) {
		const vnkg_i_mention *o = &d->mentions[k];
		if (k == i || o->type != MENTION_DIRECTIVE || o->dead || o->sentence != m->sentence || o->end > m->start)
			continue;
		if (!found || o->end > prev_end)
			prev_end = o->end;
		found = 1;
	}
	if (!found)
		return 0;
	/* "... của Bộ Chính trị về tiếp tục thực hiện <it>": its subject runs on
	 * to this one; a list ("và", ";", ", <kind>") starts a new item */
	{
		size_t n = m->start - prev_end;
		const char *gap = s + prev_end;
		return vnkg_i_x_find_bytes(gap, n, " về ", strlen(" về ")) != NULL &&
		       !vnkg_i_x_find_bytes(gap, n, " và ", strlen(" và ")) && !memchr(gap, ';', n) &&
		       !(n >= 2 && gap[n - 2] == ',');
	}
}

void vnkg_i_x_plenum_issuers(vnkg_i_doc *d)
{
	size_t i, k, cc = VNKG_I_NO_MENTION;

	/* the article's own mention of the Central Committee, if any: a plenum
	 * alone does not make the body a node of the article */
	for (k = 0; k < d->nmentions && cc == VNKG_I_NO_MENTION; k++) {
		const vnkg_i_mention *m = &d->mentions[k];
		if (m->type == MENTION_BODY && !m->dead && m->name && strcmp(m->name, "Ban Chấp hành Trung ương Đảng") == 0 &&
		    m->owner == VNKG_I_NO_MENTION)
			cc = k;
	}
	if (cc == VNKG_I_NO_MENTION)
		return;
	for (i = 0; i < d->nmentions; i++) {
		vnkg_i_mention *m = &d->mentions[i];
		if (m->type == MENTION_DIRECTIVE && !m->dead && m->head == 1 && m->issuer == VNKG_I_NO_MENTION)
			m->issuer = cc;
	}
}
