/* Relation cues: who chaired, attended, directed, spoke at, disseminated,
 * worked with, awarded; what a gathering disseminated, implemented and led
 * toward; who issued what. Each cue links the mentions around it in one
 * sentence. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "extract/xctx.h"
#include "util/util.h"
#include "vnkg/common.h"

/* Words that end a post chain: a verb or a preposition means the clause
 * goes on about something else ("X, Giám đốc Sở, đã kiểm tra ... và chủ trì"). */
static int is_clause_word(const char *w, size_t n)
{
	/* the first syllable of each verb only: "Ban Tổ chức" is a name */
	static const char *const words[] = {"dự", "chủ", "phát", "tổ", "trao", "làm", "thăm", "kiểm", "báo", "trình",
					    "có", "là", "được", "đã", "sẽ", "cùng", "tại", "với", "của", "khi",
					    "sau", "trước", "cho", "về", "đến", "tới", "đón", "tiếp", "gồm", "như",
					    "và", "điều", NULL};
	size_t k;

	for (k = 0; words[k]; k++)
		if (strlen(words[k]) == n && strncmp(w, words[k], n) == 0)
			return 1;
	return 0;
}

/* Is s[a, b) the rest of a post chain the role reader did not finish:
 * ", Chánh án TAND tỉnh", " - Chỉ huy trưởng BĐBP tỉnh X"? A separator, a
 * capitalised first word, at most 20 words, no sentence punctuation and no
 * verb. A person whose posts name a body we cannot read still reaches the
 * verb after them. */
static int post_tail(const char *s, size_t a, size_t b, int in_role)
{
	size_t i = a, words = 0;

	while (i < b && s[i] == ' ')
		i++;
	if (i < b && (s[i] == ',' || s[i] == '-'))
		i++;
	else if (b - i >= 3 && strncmp(s + i, "\xe2\x80\x93", 3) == 0) /* en dash */
		i += 3;
	else if (!in_role)
		return 0; /* after a post read: "Chánh án | TAND tỉnh" goes on */
	while (i < b && s[i] == ' ')
		i++;
	/* a new chain starts with a capitalised post; a chain read in part may
	 * go on in lower case ("Tổng cục Cảnh sát phòng, | chống tội phạm") */
	if (i >= b || (!in_role && !vnkg_i_is_upper_initial(s + i)))
		return 0;
	while (i < b) {
		size_t w = i;
		if (s[i] == ' ' || s[i] == ',') {
			i++;
			continue;
		}
		/* a bracketed abbreviation or place inside the chain: "Bộ CHQS tỉnh
		 * X (Lào)", "Quân chủng Phòng không - Không quân (PK-KQ)" */
		if (s[i] == '(') {
			const char *close = memchr(s + i, ')', b - i);
			if (!close || memchr(s + i, ';', (size_t)(close - s) - i) || close - (s + i) > 40)
				return 0;
			i = (size_t)(close - s) + 1;
			continue;
		}
		if (strchr(";.:)\"", s[i]))
			return 0;
		while (i < b && s[i] != ' ' && s[i] != ',')
			i++;
		if (++words > 20)
			return 0;
		/* lower-case verbs and prepositions end the chain; capitalised
		 * words belong to names ("Ban Chỉ đạo", "Đoàn Đại biểu") */
		if (!vnkg_i_is_upper_initial(s + w) && is_clause_word(s + w, i - w)) {
			/* "Ban Tuyên giáo và Dân vận Trung ương": "và" inside a name */
			size_t nx = i;
			while (nx < b && s[nx] == ' ')
				nx++;
			if (!(i - w == strlen("và") && strncmp(s + w, "và", i - w) == 0 && nx < b &&
			      vnkg_i_is_upper_initial(s + nx)))
				return 0;
		}
	}
	return 1;
}

static int list_gap(const vnkg_i_mention *m, const char *s, size_t a, size_t b);

/* Is s[a, b) a list of names we did not read as people: capitalised words
 * joined by ", " and "và" ("Đặng Văn Tư, Lò Thị Hiên")? */
static int names_only(const char *s, size_t a, size_t b)
{
	size_t i = a, words = 0;

	while (i < b) {
		size_t w = i;
		if (s[i] == ' ' || s[i] == ',') {
			i++;
			continue;
		}
		while (i < b && s[i] != ' ' && s[i] != ',')
			i++;
		if (i - w == strlen("và") && strncmp(s + w, "và", i - w) == 0)
			continue;
		if (!vnkg_i_is_upper_initial(s + w) || ++words > 16)
			return 0;
	}
	return words >= 2;
}

/* Is s[a, b) what may stand between person m and the verb of the clause:
 * glue words ("đã", "lần lượt"), or the tail of an unread post chain? */
static int subject_gap(const vnkg_i_mention *m, const char *s, size_t a, size_t b)
{
	static const char *const adverbs[] = {" lần lượt", " cùng đến", " đồng thời", " cũng đã", " khi", " đến", " tới",
					      " về", " có bài", " đã có bài", " trong bài", NULL};
	size_t k;

	/* a verb chain before the verb: "X sau khi thị sát công trình đã chủ trì" */
	{
		size_t i = a, words = 0;
		while (i < b && s[i] == ' ')
			i++;
		if (strncmp(s + i, "sau khi ", strlen("sau khi ")) == 0 || strncmp(s + i, "trước khi ", strlen("trước khi ")) == 0) {
			size_t e = b;
			while (e > i && s[e - 1] == ' ')
				e--;
			for (; i < e && !strchr(".;:", s[i]); i++)
				if (s[i] == ' ')
					words++;
			if (i == e && words <= 15 && e >= a + strlen(" đã") && strncmp(s + e - strlen(" đã"), " đã", strlen(" đã")) == 0)
				return 1;
		}
	}
	for (k = 0; adverbs[k]; k++) {
		size_t n = strlen(adverbs[k]), e = b;
		while (e > a && s[e - 1] == ' ')
			e--;
		if (e >= a + n && strncmp(s + e - n, adverbs[k], n) == 0) {
			b = e - n;
			break;
		}
	}
	if (vnkg_i_x_only_glue(s, a, b, 0) || post_tail(s, a, b, m->nroles > 0))
		return 1;
	/* a post in brackets: "Đại tá X (Chỉ huy trưởng Bộ CHQS tỉnh) báo cáo" */
	{
		size_t i = a, e = b;
		while (i < e && s[i] == ' ')
			i++;
		while (e > i && s[e - 1] == ' ')
			e--;
		if (e > i + 2 && s[i] == '(' && s[e - 1] == ')' && !memchr(s + i + 1, ')', e - i - 2) &&
		    post_tail(s, i + 1, e - 1, 1) && vnkg_i_is_upper_initial(s + i + 1))
			return 1;
	}
	/* "A, posts và các Phó Chủ tịch HĐND tỉnh: B, C đồng chủ trì" with B
	 * and C not read as people: A still chairs */
	{
		const char *c = NULL, *q;
		for (q = s + a; q < s + b; q++)
			if (*q == ':')
				c = q;
		if (c && list_gap(m, s, a, (size_t)(c - s) + 1) && names_only(s, (size_t)(c - s) + 1, b))
			return 1;
	}
	/* the post tail, then glue: "X, Trưởng Công an huyện cùng dự" */
	for (k = b; k-- > a + 1;)
		if (s[k] == ' ' && vnkg_i_x_only_glue(s, k, b, 0) && post_tail(s, a, k, m->nroles > 0))
			return 1;
	return 0;
}

/* Is s[a, b) what may join two people of one subject list: "và", ",", ";"
 * (co-subjects each with their posts), the tail of an unread post chain
 * before "và", or a group label before a colon list ("... và các Phó Chủ
 * tịch HĐND tỉnh: A, B")? */
static int list_gap(const vnkg_i_mention *m, const char *s, size_t a, size_t b)
{
	int in_role = m->nroles > 0;
	size_t e = b, i;

	if (vnkg_i_x_only_glue(s, a, b, 1))
		return 1;
	/* "A, các Phó Chủ tịch HĐND tỉnh B, C": a shared post before the next */
	for (i = a; i < b && (s[i] == ' ' || s[i] == ','); i++)
		;
	if (strncmp(s + i, "và ", strlen("và ")) == 0)
		i += strlen("và ");
	if (i > a && b - i == strlen("các ") && strncmp(s + i, "các ", strlen("các ")) == 0)
		return 1;
	while (e > a && s[e - 1] == ' ')
		e--;
	if (e > a && (s[e - 1] == ';' || s[e - 1] == ',')) {
		/* "A, posts; B": the posts of A end at the semicolon */
		size_t k = e - 1;
		return vnkg_i_x_only_glue(s, a, k, 0) || post_tail(s, a, k, in_role);
	}
	if (e > a && s[e - 1] == ':') {
		/* the group label: "các <post words>" */
		const char *lab = NULL;
		for (i = a; i + 4 <= e; i++)
			if (strncmp(s + i, "các ", 4) == 0 && (i == a || s[i - 1] == ' '))
				lab = s + i;
		if (!lab)
			return 0;
		for (i = (size_t)(lab - s); i < e - 1; i++)
			if (strchr(";.()", s[i]))
				return 0;
		i = (size_t)(lab - s);
		while (i > a && s[i - 1] == ' ')
			i--;
		if (i >= a + 3 && strncmp(s + i - 3, "và", 3) == 0)
			i -= 3;
		return vnkg_i_x_only_glue(s, a, i, 1) || post_tail(s, a, i, in_role);
	}
	if (e >= a + 3 && strncmp(s + e - 3, "và", 3) == 0) {
		i = e - 3;
		return i > a && s[i - 1] == ' ' && post_tail(s, a, i - 1, in_role);
	}
	return 0;
}

/* Is the person at `start` the object of "dưới sự chủ trì của", "với sự
 * tham dự của" (so the subject of no verb after it: "dưới sự chủ trì của X,
 * posts, HĐND huyện ... đã khai mạc Kỳ họp")? */
static int in_presence_phrase(const char *s, size_t start)
{
	static const char *const phrases[] = {"sự chủ trì của ", "sự đồng chủ trì của ", "sự tham dự của ",
					      "sự có mặt của ", "sự chỉ đạo của ", NULL};
	size_t k;

	for (k = 0; phrases[k]; k++) {
		size_t n = strlen(phrases[k]);
		if (start >= n && strncmp(s + start - n, phrases[k], n) == 0)
			return 1;
	}
	return 0;
}

/* People who are the subject of a cue at `pos`: the person written right
 * before it, and those joined to that one by "và", a comma or a semicolon. */
static size_t subjects_before(const vnkg_i_doc *d, size_t si, const char *s, size_t pos, size_t *out, size_t max)
{
	size_t n = 0, best = VNKG_I_NO_MENTION, i;

	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type != MENTION_PERSON || m->sentence != si || m->end > pos)
			continue;
		if (best == VNKG_I_NO_MENTION || m->end > d->mentions[best].end)
			best = i;
	}
	if (best == VNKG_I_NO_MENTION || !subject_gap(&d->mentions[best], s, d->mentions[best].end, pos) ||
	    in_presence_phrase(s, d->mentions[best].start))
		return 0;
	out[n++] = best;
	for (;;) {
		size_t prev = VNKG_I_NO_MENTION;
		size_t cur_start = d->mentions[out[n - 1]].start;
		for (i = 0; i < d->nmentions; i++) {
			const vnkg_i_mention *m = &d->mentions[i];
			if (m->type != MENTION_PERSON || m->sentence != si || m->end > cur_start)
				continue;
			if (prev == VNKG_I_NO_MENTION || m->end > d->mentions[prev].end)
				prev = i;
		}
		if (prev == VNKG_I_NO_MENTION || n == max || !list_gap(&d->mentions[prev], s, d->mentions[prev].end, cur_start))
			break;
		out[n++] = prev;
	}
	return n;
}

/* Does s+at (a space) start " làm trưởng đoàn" (any case, and the misspelt
 * "Truỏng" seen on real pages) or " dẫn đầu"? Returns its length or 0. */
static size_t lead_phrase(const char *s, size_t at)
{
	const char *p = s + at;

	if (strncmp(p, " dẫn đầu", strlen(" dẫn đầu")) == 0)
		return strlen(" dẫn đầu");
	if (strncmp(p, " làm ", strlen(" làm ")) == 0) {
		const char *w = p + strlen(" làm "), *e = strchr(w, ' ');
		if (e && (w[0] == 'T' || w[0] == 't') && w[1] == 'r' && e - w <= 9 &&
		    strncmp(e, " đoàn", strlen(" đoàn")) == 0)
			return (size_t)(e - p) + strlen(" đoàn");
	}
	return 0;
}

/* Is s+at " dẫn đầu đoàn ..." (the fronted form of a delegation's head)? */
static int leads_delegation(const char *s, size_t at)
{
	return strncmp(s + at, " dẫn đầu đoàn", strlen(" dẫn đầu đoàn")) == 0 ||
	       strncmp(s + at, " dẫn đầu Đoàn", strlen(" dẫn đầu Đoàn")) == 0;
}

static size_t persons_after(const vnkg_i_doc *d, size_t si, size_t pos, size_t *out, size_t max)
{
	size_t n = 0, i;

	for (i = 0; i < d->nmentions && n < max; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type == MENTION_PERSON && m->sentence == si && m->start >= pos)
			out[n++] = i;
	}
	return n;
}

/* Where a chair list opened at byte `from` ends: "Chủ trì buổi lễ là A; cùng
 * dự có B", "chủ trì buổi lễ là A; cùng các đồng chí ... gồm: B": the people
 * after a separator that opens company ("cùng ...") or attendance ("dự",
 * "tham dự") are not chairs. The sentence's length when nothing ends it. */
static size_t chair_list_end(const char *s, size_t from)
{
	static const char *const opens[] = {"cùng ", "Cùng ", "dự ", "Dự ", "tham dự ", "Tham dự ", "đến dự ",
					    "Đến dự ", "về dự ", "Về dự ", "tới dự ", "Tới dự ", NULL};
	size_t i, k, len = strlen(s);

	for (i = from; i + 2 < len; i++) {
		if ((s[i] != ';' && s[i] != ',') || s[i + 1] != ' ')
			continue;
		for (k = 0; opens[k]; k++)
			if (strncmp(s + i + 2, opens[k], strlen(opens[k])) == 0)
				return i;
	}
	return len;
}

static size_t first_person_after(const vnkg_i_doc *d, size_t si, size_t pos)
{
	size_t best = VNKG_I_NO_MENTION, i;

	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type == MENTION_PERSON && m->sentence == si && m->start >= pos &&
		    (best == VNKG_I_NO_MENTION || m->start < d->mentions[best].start))
			best = i;
	}
	return best;
}

static size_t body_at(const vnkg_i_doc *d, size_t si, const char *s, size_t pos)
{
	size_t best = VNKG_I_NO_MENTION, i;

	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type != MENTION_BODY || m->sentence != si || m->start < pos)
			continue;
		if (!vnkg_i_x_only_glue(s, pos, m->start, 0))
			continue;
		if (best == VNKG_I_NO_MENTION || m->start < d->mentions[best].start ||
		    (m->start == d->mentions[best].start && m->end > d->mentions[best].end))
			best = i;
	}
	return best;
}

static int sentence_has(const xctx *x, vnkg_i_rule r)
{
	PCRE2_SIZE *ov;

	return vnkg_i_rule_find(r, x->md, x->s, x->len, 0, &ov);
}

/* A directive named by its kind alone after `from` ("... của Chỉ thị."): the
 * one of that kind the event's own sentence names, else the article's first.
 * Returns a mention index or VNKG_I_NO_MENTION. */
static size_t bare_directive_ref(const xctx *x, size_t from, size_t ev)
{
	const vnkg_i_doc *d = x->doc;
	size_t k, i, best = VNKG_I_NO_MENTION;

	for (k = 0; vnkg_i_directive_kinds[k]; k++) {
		const char *kind = vnkg_i_directive_kinds[k];
		const char *hit = vnkg_i_x_find_bytes(x->s + from, x->len - from, kind, strlen(kind));
		const char *after;
		if (!hit)
			continue;
		after = hit + strlen(kind);
		if (*after && *after != '.' && *after != ',' && *after != ';' && !(*after == ' ' && !vnkg_i_is_upper_initial(after + 1) &&
									     !(after[1] >= '0' && after[1] <= '9')))
			continue;
		for (i = 0; i < d->nmentions; i++) {
			const vnkg_i_mention *m = &d->mentions[i];
			if (m->type != MENTION_DIRECTIVE || m->dead || strcmp(m->kind, kind) != 0)
				continue;
			if (ev != VNKG_I_NO_MENTION && m->sentence == d->mentions[ev].sentence)
				return m->ref;
			if (best == VNKG_I_NO_MENTION)
				best = m->ref;
		}
		return best;
	}
	return VNKG_I_NO_MENTION;
}

static size_t only_person_before(const vnkg_i_doc *d, size_t si, size_t pos, size_t *out);

/* The subjects of a verb coordinated with an earlier one of the same
 * clause: "X, posts, chủ trì hội nghị và (trực tiếp) quán triệt ...". The
 * earlier verb is one of the event cues, with no clause break between it
 * and the "và" right before `pos`. */
static size_t coordinated_subjects(xctx *x, size_t pos, size_t *out, size_t max)
{
	static const char *const verbs[] = {"chủ trì ", "dự ", "tham dự ", "phát biểu ", "trao ", "kiểm tra ", "thăm ", NULL};
	size_t i = pos, k, best = (size_t)-1;

	while (i > 0 && x->s[i - 1] == ' ')
		i--;
	if (i >= strlen("trực tiếp") && strncmp(x->s + i - strlen("trực tiếp"), "trực tiếp", strlen("trực tiếp")) == 0)
		i -= strlen("trực tiếp");
	while (i > 0 && x->s[i - 1] == ' ')
		i--;
	if (i < 4 || strncmp(x->s + i - 3, "và", 3) != 0 || x->s[i - 4] != ' ')
		return 0;
	i -= 4;
	for (k = 0; verbs[k]; k++) {
		size_t n = strlen(verbs[k]), j;
		for (j = i; j-- > 0;) {
			if (strchr(",;.:", x->s[j]))
				break;
			if (strncmp(x->s + j, verbs[k], n) == 0 && (j == 0 || x->s[j - 1] == ' ')) {
				if (best == (size_t)-1 || j > best)
					best = j;
				break;
			}
		}
	}
	if (best == (size_t)-1)
		return 0;
	return subjects_before(x->doc, x->si, x->s, best, out, max);
}

/* The person before a speaking verb at `pos` when one verb phrase stands
 * between them: "X tiếp thu ý kiến chỉ đạo, yêu cầu ...". The phrase starts
 * in lower case right after the person (a verb, not a post), holds at most
 * ten words and no clause break, and ends with the comma before the verb. */
static size_t verb_then_speech(const vnkg_i_doc *d, size_t si, const char *s, size_t pos, size_t *out)
{
	size_t best = VNKG_I_NO_MENTION, i, a, words = 0, commas = 0;

	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type == MENTION_PERSON && !m->dead && m->sentence == si && m->end <= pos &&
		    (best == VNKG_I_NO_MENTION || m->end > d->mentions[best].end))
			best = i;
	}
	if (best == VNKG_I_NO_MENTION)
		return 0;
	a = d->mentions[best].end;
	if (s[a] != ' ' || vnkg_i_is_upper_initial(s + a + 1) || pos < a + 3 || s[pos - 1] != ' ' || s[pos - 2] != ',')
		return 0;
	for (i = a + 1; i < pos - 2; i++) {
		if (strchr(";.:()", s[i]))
			return 0;
		if (s[i] == ',')
			commas++;
		if (s[i] == ' ' && ++words > 10)
			return 0;
	}
	if (commas)
		return 0;
	out[0] = best;
	return 1;
}

/* The people of a list printed one a line under an opener that ends with a
 * colon ("Dự hội nghị có các đồng chí:" / "- Đồng chí A, post;" / "- Đồng
 * chí B, post."): each item is a sentence of its own that starts with a
 * person, after a list mark when the items have one. Items without a mark
 * end at the first that closes with a full stop. */
static size_t colon_list_items(const vnkg_i_doc *d, size_t si, size_t pos, size_t *out, size_t *sent, size_t max)
{
	const char *s = vnkg_article_sentence(d->article, si)->text;
	size_t len = strlen(s), n = 0, nsent = vnkg_article_sentence_count(d->article), sj, i;
	int marked = -1;

	while (len > pos && s[len - 1] == ' ')
		len--;
	if (len <= pos || s[len - 1] != ':' || first_person_after(d, si, pos) != VNKG_I_NO_MENTION)
		return 0;
	for (sj = si + 1; sj < nsent && sj <= si + 60 && n < max; sj++) {
		const char *t = vnkg_article_sentence(d->article, sj)->text;
		size_t at = 0, tl = strlen(t), p = VNKG_I_NO_MENTION;
		int has_mark = 0;
		while (at < tl && (strchr("-+*", t[at]) || t[at] == ' ' || strncmp(t + at, "–", strlen("–")) == 0 ||
				   strncmp(t + at, "•", strlen("•")) == 0)) {
			if (t[at] != ' ')
				has_mark = 1;
			at += (unsigned char)t[at] < 0x80 ? 1 : ((unsigned char)t[at] >= 0xE0 ? 3 : 2);
		}
		if (marked == -1)
			marked = has_mark;
		else if (marked != has_mark)
			break;
		for (i = 0; i < d->nmentions; i++) {
			const vnkg_i_mention *m = &d->mentions[i];
			if (m->type == MENTION_PERSON && !m->dead && m->sentence == sj && m->start == at)
				p = i;
		}
		if (p == VNKG_I_NO_MENTION)
			break;
		out[n] = p;
		sent[n++] = sj;
		while (tl > 0 && t[tl - 1] == ' ')
			tl--;
		if (!marked && tl > 0 && t[tl - 1] == '.')
			break;
	}
	return n;
}

/* Every match of rule `r` links the people written after it to event ev. */
static void link_people_after(xctx *x, vnkg_i_rule r, const char *rel, size_t ev)
{
	size_t from = 0, subj[64], sent[64], n, k;
	PCRE2_SIZE *ov;

	while (vnkg_i_rule_find(r, x->md, x->s, x->len, from, &ov)) {
		from = ov[1];
		n = persons_after(x->doc, x->si, ov[1], subj, 64);
		for (k = 0; k < n; k++)
			vnkg_i_x_add_relation(x->doc, rel, subj[k], ev, x->si, NULL, NULL);
		n = colon_list_items(x->doc, x->si, ov[1], subj, sent, 64);
		for (k = 0; k < n; k++)
			vnkg_i_x_add_relation(x->doc, rel, subj[k], ev, sent[k], NULL, NULL);
	}
}

/* The host of a working session or visit told in another sentence than
 * si: the body right after the session's name ("buổi làm việc với B", "...
 * tại B", "... đối với B"). VNKG_I_NO_MENTION when ev is no such event or
 * is told in si itself (read there with its verb). */
static size_t session_host(const vnkg_i_doc *d, size_t ev, size_t si)
{
	static const char *const joins[] = {" với ", " tại ", " đối với ", "", NULL};
	const vnkg_i_mention *e = &d->mentions[ev];
	const char *s;
	size_t k, b;

	if (e->sentence == si || !e->kind || strcmp(e->kind, "buổi làm việc") != 0)
		return VNKG_I_NO_MENTION;
	s = vnkg_article_sentence(d->article, e->sentence)->text;
	for (k = 0; joins[k]; k++) {
		size_t at = e->end, n = strlen(joins[k]);
		if (n && strncmp(s + at, joins[k], n) != 0)
			continue;
		if (!n)
			while (s[at] == ' ')
				at++;
		b = body_at(d, e->sentence, s, at + n);
		if (b != VNKG_I_NO_MENTION && d->mentions[b].start == at + n)
			return b;
	}
	return VNKG_I_NO_MENTION;
}

static size_t led_by(const vnkg_i_doc *d, size_t si, const char *s, size_t pos, size_t *out);

static void person_cues(xctx *x)
{
	vnkg_i_doc *d = x->doc;
	size_t ev = d->sent_event ? d->sent_event[x->si] : d->main_event, from, subj[16], n, k, i;
	PCRE2_SIZE *ov;

	if (ev == VNKG_I_NO_MENTION)
		return;
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_CHAIR, x->md, x->s, x->len, from, &ov)) {
		size_t at = ov[0];
		from = ov[1];
		/* "Thẩm phán X, post làm chủ tọa phiên tòa" */
		if (at >= strlen(" làm ") && strncmp(x->s + at - strlen(" làm "), " làm ", strlen(" làm ")) == 0)
			at -= strlen("làm ");
		n = subjects_before(d, x->si, x->s, at, subj, 16);
		for (k = 0; k < n; k++)
			vnkg_i_x_add_relation(d, "chaired", subj[k], ev, x->si, NULL, NULL);
	}
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_CHAIR_BY, x->md, x->s, x->len, from, &ov)) {
		/* "dưới sự chủ trì của X"; "Chủ trì hội nghị có các đồng chí A, B" */
		size_t p = first_person_after(d, x->si, ov[1]);
		from = ov[1];
		/* a chair list: "Chủ trì hội nghị có ...", "Tại điểm cầu tỉnh, chủ
		 * trì hội nghị là ..."; not "dưới sự chủ trì của X" */
		if (ov[0] == 0 || (x->s[ov[0]] != 'd' && x->s[ov[0]] != 'D' && x->s[ov[0]] != 'v' && x->s[ov[0]] != 'V')) {
			/* after an adverbial only: "X, post, chủ trì hội nghị và có ..."
			 * is X chairing (the chair cue reads it) */
			int before = 0;
			for (i = 0; ov[0] > 0 && i < d->nmentions && !before; i++)
				before = d->mentions[i].type == MENTION_PERSON && d->mentions[i].sentence == x->si &&
					 d->mentions[i].end <= ov[0];
			if (before)
				continue;
			size_t many[64], sent[64], end = chair_list_end(x->s, ov[1]);
			n = persons_after(d, x->si, ov[1], many, 64);
			for (k = 0; k < n; k++)
				if (d->mentions[many[k]].start < end)
					vnkg_i_x_add_relation(d, "chaired", many[k], ev, x->si, NULL, NULL);
			n = colon_list_items(d, x->si, ov[1], many, sent, 64);
			for (k = 0; k < n; k++)
				if (sent[k] != x->si || d->mentions[many[k]].start < end)
					vnkg_i_x_add_relation(d, "chaired", many[k], ev, sent[k], NULL, NULL);
		} else {
			vnkg_i_x_add_relation(d, "chaired", p, ev, x->si, NULL, NULL);
		}
	}
	/* "X đã tiếp xã giao ngài Y": the guest received takes part */
	if (d->mentions[ev].sentence == x->si && d->mentions[ev].kind &&
	    strcmp(d->mentions[ev].kind, "buổi tiếp") == 0) {
		size_t guest = first_person_after(d, x->si, d->mentions[ev].end), c = d->mentions[ev].start;
		if (guest != VNKG_I_NO_MENTION)
			vnkg_i_x_add_relation(d, "attended", guest, ev, x->si, NULL, NULL);
		/* the host receives: "X (đã) tiếp ...", or after a fronted "Tiếp
		 * <guest> (do Y dẫn đầu), <date>, X ..." the first person that
		 * opens a comma clause past the guest's phrase */
		if (c == 0) {
			size_t pos = 0, host;
			const char *comma = strstr(x->s, ", ");
			for (i = 0; x->s[i]; i++)
				if (x->s[i] == ' ' && lead_phrase(x->s, i)) {
					pos = i + lead_phrase(x->s, i);
					break;
				}
			if (!pos && comma)
				pos = (size_t)(comma - x->s);
			host = pos ? first_person_after(d, x->si, pos) : VNKG_I_NO_MENTION;
			if (host != VNKG_I_NO_MENTION && d->mentions[host].start >= 2 &&
			    strncmp(x->s + d->mentions[host].start - 2, ", ", 2) == 0)
				vnkg_i_x_add_relation(d, "attended", host, ev, x->si, NULL, NULL);
		} else {
			if (c >= strlen("đã ") && strncmp(x->s + c - strlen("đã "), "đã ", strlen("đã ")) == 0)
				c -= strlen("đã ");
			n = subjects_before(d, x->si, x->s, c, subj, 16);
			for (k = 0; k < n; k++)
				vnkg_i_x_add_relation(d, "attended", subj[k], ev, x->si, NULL, NULL);
		}
	}
	/* "... với Đoàn đại biểu X do Trung tướng A, Thứ trưởng ... làm trưởng
	 * đoàn": the head of a visiting delegation takes part */
	{
		static const char *const leads[] = {" làm ", " dẫn đầu", NULL};
		for (i = 0; leads[i]; i++) {
			const char *hit = x->s;
			while ((hit = strstr(hit, leads[i])) != NULL) {
				size_t at = (size_t)(hit - x->s), first;
				hit += strlen(leads[i]);
				if (!lead_phrase(x->s, at))
					continue;
				n = subjects_before(d, x->si, x->s, at, subj, 16);
				if (!n)
					continue;
				/* "do A làm trưởng đoàn": the delegation is led by A; or
				 * fronted, "A dẫn đầu đoàn công tác ..." */
				first = d->mentions[subj[n - 1]].start;
				if ((first < 3 || strncmp(x->s + first - 3, "do ", 3) != 0) && !leads_delegation(x->s, at))
					continue;
				{
					size_t host = session_host(d, ev, x->si);
					for (k = 0; k < n; k++) {
						vnkg_i_x_add_relation(d, "attended", subj[k], ev, x->si, NULL, NULL);
						/* "Đoàn do X làm Trưởng đoàn." after the sentence of the
						 * session: the head works with its host */
						if (host != VNKG_I_NO_MENTION)
							vnkg_i_x_add_relation(d, "worked_with", subj[k], host, x->si, NULL, NULL);
					}
				}
			}
		}
	}
	/* "X đến thăm, chúc mừng B ...": the visitor leads the visit and works
	 * with the host */
	if (d->mentions[ev].sentence == x->si && d->mentions[ev].kind &&
	    strcmp(d->mentions[ev].kind, "buổi làm việc") == 0) {
		static const char *const visits[] = {"đến thăm", "thăm", "kiểm tra", "giám sát", NULL};
		size_t st = d->mentions[ev].start, c = st, b, vi;
		for (vi = 0; visits[vi]; vi++)
			if (strncmp(x->s + st, visits[vi], strlen(visits[vi])) == 0)
				break;
		if (visits[vi]) {
			if (c >= strlen("đã ") && strncmp(x->s + c - strlen("đã "), "đã ", strlen("đã ")) == 0)
				c -= strlen("đã ");
			int delegation = 0;
			n = subjects_before(d, x->si, x->s, c, subj, 16);
			if (!n) {
				n = led_by(d, x->si, x->s, c, subj);
				delegation = n > 0;
			}
			/* the host: the first body after the visit's verbs ("thăm,
			 * chúc mừng B", "thăm và chúc Tết B") */
			b = VNKG_I_NO_MENTION;
			for (i = 0; i < d->nmentions; i++) {
				const vnkg_i_mention *m = &d->mentions[i];
				if (m->type == MENTION_BODY && !m->dead && m->sentence == x->si && m->start > st &&
				    m->start < st + 48 && (b == VNKG_I_NO_MENTION || m->start < d->mentions[b].start ||
							   (m->start == d->mentions[b].start && m->end > d->mentions[b].end)))
					b = i;
			}
			/* a supervision or inspection names its host after its subject:
			 * "giám sát việc thực hiện ... tại Huyện ủy X", "kiểm tra công tác
			 * ... tại Trung đoàn Y", "giám sát đối với Đảng ủy Z" */
			if (strcmp(visits[vi], "giám sát") == 0 || strcmp(visits[vi], "kiểm tra") == 0) {
				static const char *const preps[] = {" tại ", " đối với ", NULL};
				size_t pi;
				int found = 0;
				for (pi = 0; preps[pi] && !found; pi++) {
					const char *hit = vnkg_i_x_find_bytes(x->s + st, x->len - st, preps[pi], strlen(preps[pi]));
					size_t bb;
					if (!hit)
						continue;
					bb = body_at(d, x->si, x->s, (size_t)(hit - x->s) + strlen(preps[pi]));
					if (bb != VNKG_I_NO_MENTION && d->mentions[bb].start == (size_t)(hit - x->s) + strlen(preps[pi])) {
						b = bb;
						found = 1;
					}
				}
			}
			for (k = 0; k < n; k++) {
				vnkg_i_x_add_relation(d, "attended", subj[k], ev, x->si, NULL, NULL);
				/* a visit is work with the host; an inspection is only when a
				 * delegation's head leads it to its host (REAL-MISSES: a working
				 * or supervising delegation works with the body it visits) */
				if (b != VNKG_I_NO_MENTION && (strcmp(visits[vi], "kiểm tra") != 0 || delegation))
					vnkg_i_x_add_relation(d, "worked_with", subj[k], b, x->si, NULL, NULL);
			}
		}
	}
	/* the people whose verb is the event itself: "các vị ĐBQH A; B đã tiếp
	 * xúc cử tri ...", "ông X, post tiếp công dân định kỳ" take part in it */
	if (d->mentions[ev].sentence == x->si && !vnkg_i_is_upper_initial(x->s + d->mentions[ev].start)) {
		static const char *const aux[] = {"đã ", "vừa ", "cũng ", NULL};
		size_t c = d->mentions[ev].start, a2;
		for (a2 = 0; aux[a2]; a2++)
			if (c >= strlen(aux[a2]) && strncmp(x->s + c - strlen(aux[a2]), aux[a2], strlen(aux[a2])) == 0) {
				c -= strlen(aux[a2]);
				break;
			}
		n = subjects_before(d, x->si, x->s, c, subj, 16);
		for (k = 0; k < n; k++)
			vnkg_i_x_add_relation(d, "attended", subj[k], ev, x->si, NULL, NULL);
	}
	/* the people a congress elects were there: "X được bầu giữ chức ...",
	 * "X tái đắc cử ...", "Đại hội đã bầu ông Y làm Chủ tịch" */
	{
		static const char *const elected[] = {"được bầu ", "tái đắc cử", "trúng cử ", "đắc cử ", NULL};
		const char *hit;
		for (i = 0; elected[i]; i++) {
			for (hit = strstr(x->s, elected[i]); hit; hit = strstr(hit, elected[i])) {
				size_t at = (size_t)(hit - x->s);
				hit += strlen(elected[i]);
				if (at > 0 && x->s[at - 1] != ' ')
					continue;
				n = subjects_before(d, x->si, x->s, at, subj, 16);
				for (k = 0; k < n; k++)
					vnkg_i_x_add_relation(d, "attended", subj[k], ev, x->si, NULL, NULL);
				/* the post read with its new one: "X, Phó Chủ tịch ... được
				 * bầu giữ chức Chủ tịch ..." is one mention */
				for (k = 0; !n && k < d->nmentions; k++)
					if (d->mentions[k].type == MENTION_PERSON && !d->mentions[k].dead &&
					    d->mentions[k].sentence == x->si && d->mentions[k].start < at && d->mentions[k].end > at)
						vnkg_i_x_add_relation(d, "attended", k, ev, x->si, NULL, NULL);
			}
		}
		for (hit = strstr(x->s, " bầu "); hit; hit = strstr(hit, " bầu ")) {
			size_t at = (size_t)(hit - x->s) + strlen(" bầu "), p = first_person_after(d, x->si, at);
			hit += strlen(" bầu ");
			if (p != VNKG_I_NO_MENTION && d->mentions[p].start == at &&
			    (strstr(x->s + d->mentions[p].end, " làm ") == x->s + d->mentions[p].end ||
			     strstr(x->s + d->mentions[p].end, " giữ chức") == x->s + d->mentions[p].end))
				vnkg_i_x_add_relation(d, "attended", p, ev, x->si, NULL, NULL);
		}
	}
	/* a caption that only places someone there: "Đồng chí X, post tại hội
	 * nghị." */
	{
		const char *t = strstr(x->s, " tại ");
		PCRE2_SIZE *ov3;
		if (t) {
			size_t at = (size_t)(t - x->s), noun = at + strlen(" tại "), words = 0, j;
			if (vnkg_i_rule_find(RE_EVENT_NOUN, x->md, x->s, x->len, noun, &ov3) && ov3[0] == noun) {
				for (j = ov3[1]; j < x->len; j++)
					if (x->s[j] == ' ')
						words++;
				if (words <= 4) {
					n = subjects_before(d, x->si, x->s, at + 1, subj, 16);
					for (k = 0; k < n; k++)
						vnkg_i_x_add_relation(d, "attended", subj[k], ev, x->si, NULL, NULL);
				}
			}
		}
	}
	/* a giver at the event is there: "X trao Huân chương cho B", "X tặng
	 * hoa chúc mừng đoàn" (often a caption) */
	{
		static const char *const gives[] = {"trao ", "trao tặng ", "tặng ", "gắn ", NULL};
		for (i = 0; gives[i]; i++) {
			const char *hit;
			size_t gl = strlen(gives[i]);
			for (hit = strstr(x->s, gives[i]); hit; hit = strstr(hit, gives[i])) {
				size_t at = (size_t)(hit - x->s);
				hit += gl;
				if ((at > 0 && x->s[at - 1] != ' ') || strncmp(hit, "đổi", strlen("đổi")) == 0)
					continue;
				/* "gắn Huân chương", "gắn quân hàm", not "gắn bó" */
				if (strcmp(gives[i], "gắn ") == 0 && strncmp(hit, "Huân chương", strlen("Huân chương")) != 0 &&
				    strncmp(hit, "Huy chương", strlen("Huy chương")) != 0 && strncmp(hit, "quân hàm", strlen("quân hàm")) != 0 &&
				    strncmp(hit, "cấp hiệu", strlen("cấp hiệu")) != 0 && strncmp(hit, "biển", strlen("biển")) != 0)
					continue;
				n = subjects_before(d, x->si, x->s, at, subj, 16);
				for (k = 0; k < n; k++)
					vnkg_i_x_add_relation(d, "attended", subj[k], ev, x->si, NULL, NULL);
				/* and the person it is handed to: "trao quyết định cho Đại
				 * tá X", "trao Huân chương cho ông Y" */
				{
					const char *to = strstr(hit, " cho ");
					size_t p;
					if (!to || memchr(hit, ';', (size_t)(to - hit)) || memchr(hit, '.', (size_t)(to - hit)) ||
					    to - hit > 120)
						continue;
					p = first_person_after(d, x->si, (size_t)(to - x->s) + strlen(" cho "));
					if (p != VNKG_I_NO_MENTION && d->mentions[p].start == (size_t)(to - x->s) + strlen(" cho "))
						vnkg_i_x_add_relation(d, "attended", p, ev, x->si, NULL, NULL);
				}
			}
		}
	}
	/* "Dự hội nghị có ...", "với sự tham dự của Thiếu tướng X" */
	link_people_after(x, RE_CUE_ATTEND_HAS, "attended", ev);
	/* "Dự và chỉ đạo Hội thi có X", "Dự và phát biểu tại hội nghị có X" */
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_ATTEND_HAS, x->md, x->s, x->len, from, &ov)) {
		size_t a0 = ov[0], a1 = ov[1];
		int directs = vnkg_i_x_find_bytes(x->s + a0, a1 - a0, "và chỉ đạo", strlen("và chỉ đạo")) != NULL ||
			      vnkg_i_x_find_bytes(x->s + a0, a1 - a0, "phát biểu chỉ đạo", strlen("phát biểu chỉ đạo")) != NULL;
		int speaks = vnkg_i_x_find_bytes(x->s + a0, a1 - a0, "và phát biểu", strlen("và phát biểu")) != NULL;
		from = a1;
		if (!directs && !speaks)
			continue;
		{
			size_t many[64], sent[64], m2;
			n = persons_after(d, x->si, a1, many, 64);
			m2 = colon_list_items(d, x->si, a1, many + n, sent + n, 64 - n);
			for (k = 0; k < n + m2; k++) {
				size_t ss = k < n ? x->si : sent[k];
				if (directs)
					vnkg_i_x_add_relation(d, "directed", many[k], ev, ss, NULL, NULL);
				if (speaks)
					vnkg_i_x_add_relation(d, "spoke_at", many[k], ev, ss, NULL, NULL);
			}
		}
	}
	link_people_after(x, RE_CUE_ATTEND_BY, "attended", ev);
	/* "có sự tham dự và phát biểu chỉ đạo của X": X also spoke (and directed) */
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_ATTEND_BY, x->md, x->s, x->len, from, &ov)) {
		size_t p = first_person_after(d, x->si, ov[1]), g0, g1;
		from = ov[1];
		if (p == VNKG_I_NO_MENTION || !vnkg_i_group(ov, 1, &g0, &g1))
			continue;
		if (vnkg_i_x_find_bytes(x->s + g0, g1 - g0, "phát biểu", strlen("phát biểu")))
			vnkg_i_x_add_relation(d, "spoke_at", p, ev, x->si, NULL, NULL);
		if (vnkg_i_x_find_bytes(x->s + g0, g1 - g0, "chỉ đạo", strlen("chỉ đạo")))
			vnkg_i_x_add_relation(d, "directed", p, ev, x->si, NULL, NULL);
	}
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_ATTEND, x->md, x->s, x->len, from, &ov)) {
		size_t at = ov[0];
		/* "X dự và chỉ đạo", "X dự, chỉ đạo đại hội" */
		int directs = strncmp(x->s + ov[1], " và chỉ đạo", strlen(" và chỉ đạo")) == 0 ||
			      strncmp(x->s + ov[1], ", chỉ đạo", strlen(", chỉ đạo")) == 0;
		from = ov[1];
		n = subjects_before(d, x->si, x->s, at, subj, 16);
		for (k = 0; k < n; k++) {
			vnkg_i_x_add_relation(d, "attended", subj[k], ev, x->si, NULL, NULL);
			if (directs)
				vnkg_i_x_add_relation(d, "directed", subj[k], ev, x->si, NULL, NULL);
		}
	}
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_SPEAK, x->md, x->s, x->len, from, &ov)) {
		size_t at = ov[0], end = ov[1];
		int dissem = strncmp(x->s + at, "quán triệt", strlen("quán triệt")) == 0 ||
			     strncmp(x->s + at, "truyền đạt", strlen("truyền đạt")) == 0;
		int directs = strncmp(x->s + end, " chỉ đạo", strlen(" chỉ đạo")) == 0;
		from = ov[1];
		/* a verb inside the event's own name names what the gathering did
		 * ("đã tiếp xúc cử tri ..., thông báo kết quả Kỳ họp ...") */
		if (d->mentions[ev].sentence == x->si && d->mentions[ev].name && at > d->mentions[ev].start &&
		    at < d->mentions[ev].start + strlen(d->mentions[ev].name) &&
		    strstr(x->s + d->mentions[ev].start, d->mentions[ev].name) == x->s + d->mentions[ev].start)
			continue;
		n = subjects_before(d, x->si, x->s, at, subj, 16);
		/* "X trao quyết định ...; đề nghị ...": the subject said before */
		if (!n && at >= 2 && x->s[at - 1] == ' ' && x->s[at - 2] == ';')
			n = only_person_before(d, x->si, at, subj);
		/* "X chủ trì hội nghị và trực tiếp truyền đạt ...": the subject of
		 * the first verb */
		if (!n)
			n = coordinated_subjects(x, at, subj, 16);
		/* "X tiếp thu ý kiến chỉ đạo, yêu cầu ...": a first verb phrase
		 * right after the person, then the speaking verb after a comma */
		if (!n)
			n = verb_then_speech(d, x->si, x->s, at, subj);
		for (k = 0; k < n; k++) {
			vnkg_i_x_add_relation(d, "spoke_at", subj[k], ev, x->si, NULL, NULL);
			if (directs)
				vnkg_i_x_add_relation(d, "directed", subj[k], ev, x->si, NULL, NULL);
			if (!dissem)
				continue;
			{
				int any = 0;
				/* "A truyền đạt D1; B trình bày D2": D2 is B's */
				const char *semi = memchr(x->s + end, ';', x->len - end);
				size_t stop = semi ? (size_t)(semi - x->s) : x->len;
				for (i = 0; i < d->nmentions; i++) {
					const vnkg_i_mention *m = &d->mentions[i];
					if (m->type == MENTION_DIRECTIVE && !m->dead && m->sentence == x->si && m->start >= end &&
					    m->start < stop) {
						vnkg_i_x_add_relation(d, "disseminated", subj[k], i, x->si, NULL, NULL);
						any = 1;
					}
				}
				/* "quán triệt những nội dung cơ bản của Chỉ thị.": the article's Chỉ thị */
				if (!any)
					vnkg_i_x_add_relation(d, "disseminated", subj[k], bare_directive_ref(x, end, ev), x->si, NULL, NULL);
			}
		}
	}
	if (vnkg_i_rule_find(RE_CUE_FRONT, x->md, x->s, x->len, 0, &ov)) {
		int directs = vnkg_i_x_find_bytes(x->s, ov[1], "chỉ đạo", strlen("chỉ đạo")) != NULL;
		size_t p = first_person_after(d, x->si, ov[1]);
		/* "Thay mặt B, X trao ...": X hands over for B; speaking only if X speaks */
		if (p != VNKG_I_NO_MENTION && strncmp(x->s, "Thay mặt", strlen("Thay mặt")) == 0) {
			static const char *const hands[] = {"trao", "gắn", "tặng", "ký", "nhận", "tiếp", NULL};
			const char *after = x->s + d->mentions[p].end;
			while (*after == ' ')
				after++;
			if (strncmp(after, "đã ", strlen("đã ")) == 0)
				after += strlen("đã ");
			for (i = 0; hands[i]; i++)
				if (strncmp(after, hands[i], strlen(hands[i])) == 0 && after[strlen(hands[i])] == ' ')
					p = VNKG_I_NO_MENTION;
		}
		/* "Thay mặt lãnh đạo Bộ Quốc phòng, Quân ủy Trung ương, X ...": the
		 * list of those represented runs past the first comma */
		if (p != VNKG_I_NO_MENTION && (vnkg_i_x_only_glue(x->s, ov[1], d->mentions[p].start, 0) ||
					       (strncmp(x->s, "Thay mặt", strlen("Thay mặt")) == 0 &&
						post_tail(x->s, ov[1], d->mentions[p].start, 1)))) {
			/* "Dự và phát biểu tại đại hội, X ...": X attended too */
			if (strncmp(x->s, "Dự và", strlen("Dự và")) == 0)
				vnkg_i_x_add_relation(d, "attended", p, ev, x->si, NULL, NULL);
			vnkg_i_x_add_relation(d, "spoke_at", p, ev, x->si, NULL, NULL);
			if (directs)
				vnkg_i_x_add_relation(d, "directed", p, ev, x->si, NULL, NULL);
		}
	}
	else if (strncmp(x->s, "Phát biểu ", strlen("Phát biểu ")) == 0 || strncmp(x->s, "Kết luận ", strlen("Kết luận ")) == 0) {
		/* "Kết luận hội nghị đ/c X yêu cầu ...": the comma left out; the
		 * person follows a few lower-case words */
		size_t p = first_person_after(d, x->si, 0), j, words = 0;
		int ok = p != VNKG_I_NO_MENTION;
		for (j = 0; ok && j < d->mentions[p].start; j++) {
			if (strchr(",;.:", x->s[j]))
				ok = 0;
			else if (x->s[j] == ' ' && ++words > 10)
				ok = 0;
		}
		if (ok) {
			vnkg_i_x_add_relation(d, "spoke_at", p, ev, x->si, NULL, NULL);
			if (vnkg_i_x_find_bytes(x->s, d->mentions[p].start, "chỉ đạo", strlen("chỉ đạo")))
				vnkg_i_x_add_relation(d, "directed", p, ev, x->si, NULL, NULL);
		}
	}
	/* "Theo Đại tá X, Chỉ huy trưởng, thời gian qua ...": X's words at the event */
	if (strncmp(x->s, "Theo ", strlen("Theo ")) == 0) {
		size_t p = first_person_after(d, x->si, 0);
		if (p != VNKG_I_NO_MENTION && d->mentions[p].start == strlen("Theo "))
			vnkg_i_x_add_relation(d, "spoke_at", p, ev, x->si, NULL, NULL);
	}
	/* cleft: "Đó là yêu cầu (ý kiến chỉ đạo) của X tại hội nghị ..." */
	if (strncmp(x->s, "Đó là ", strlen("Đó là ")) == 0) {
		const char *of = vnkg_i_x_find_bytes(x->s, x->len < 80 ? x->len : 80, " của ", strlen(" của "));
		size_t p = of ? first_person_after(d, x->si, (size_t)(of - x->s)) : VNKG_I_NO_MENTION;
		if (p != VNKG_I_NO_MENTION && d->mentions[p].start == (size_t)(of - x->s) + strlen(" của ")) {
			vnkg_i_x_add_relation(d, "spoke_at", p, ev, x->si, NULL, NULL);
			if (vnkg_i_x_find_bytes(x->s, (size_t)(of - x->s), "chỉ đạo", strlen("chỉ đạo")))
				vnkg_i_x_add_relation(d, "directed", p, ev, x->si, NULL, NULL);
		}
	}
	/* stacked: "Ghi nhận những kết quả ..., phát biểu chỉ đạo tại hội nghị,
	 * X yêu cầu ...": a participle clause after a comma, then the speaker */
	{
		const char *q = strstr(x->s, ", phát biểu ");
		for (; q; q = strstr(q, ", phát biểu ")) {
			const char *comma;
			size_t after, p;
			q += strlen(", phát biểu ");
			comma = strstr(q, ", ");
			if (!comma || comma - q > 60)
				continue;
			after = (size_t)(comma - x->s) + 2;
			p = first_person_after(d, x->si, after);
			if (p == VNKG_I_NO_MENTION || d->mentions[p].start != after)
				continue;
			vnkg_i_x_add_relation(d, "spoke_at", p, ev, x->si, NULL, NULL);
			if (strncmp(q, "chỉ đạo", strlen("chỉ đạo")) == 0)
				vnkg_i_x_add_relation(d, "directed", p, ev, x->si, NULL, NULL);
		}
	}
	link_people_after(x, RE_CUE_SPEECH_OF, "spoke_at", ev);
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_DIRECT, x->md, x->s, x->len, from, &ov)) {
		from = ov[1];
		n = subjects_before(d, x->si, x->s, ov[0], subj, 16);
		for (k = 0; k < n; k++)
			vnkg_i_x_add_relation(d, "directed", subj[k], ev, x->si, NULL, NULL);
	}
}

/* Does a "tiến tới" at `cue` say where the event `ev` leads? Yes inside the
 * event's own name, or after a reference to it ("Đại hội diễn ra ..., tiến
 * tới ..."); not after another gathering ("tổ chức đại hội đảng các cấp
 * tiến tới ..."). */
static int toward_from_event(xctx *x, size_t ev, size_t cue)
{
	const vnkg_i_mention *e = &x->doc->mentions[ev];
	size_t from = 0, last = (size_t)-1, last_end = 0;
	PCRE2_SIZE *ov;
	const char *after;

	if (e->sentence == x->si && cue >= e->start && cue <= e->end)
		return 1;
	while (vnkg_i_rule_find(RE_EVENT_NOUN, x->md, x->s, x->len, from, &ov) && ov[0] < cue) {
		last = ov[0];
		last_end = ov[1];
		from = ov[1];
	}
	/* "Đây là đại hội điểm của Đảng bộ Sư đoàn, tiến tới ...", "Đại hội là
	 * đại hội điểm ...": the event itself, said to be one */
	if (last != (size_t)-1 && last >= strlen(" là ") &&
	    strncmp(x->s + last - strlen(" là "), " là ", strlen(" là ")) == 0) {
		size_t subj = last - strlen(" là ");
		if ((subj == strlen("Đây") && strncmp(x->s, "Đây", subj) == 0) ||
		    (subj == strlen("Đây cũng") && strncmp(x->s, "Đây cũng", subj) == 0) ||
		    (vnkg_i_rule_find(RE_EVENT_NOUN, x->md, x->s, x->len, 0, &ov) && ov[0] == 0 && ov[1] == subj))
			return 1;
	}
	if (last == (size_t)-1 || !vnkg_i_is_upper_initial(x->s + last))
		return 0;
	if (e->sentence == x->si && last == e->start)
		return 1; /* "tổ chức Đại hội ... lần thứ XIII, nhiệm kỳ ..., tiến tới ..." */
	after = x->s + last_end;
	while (*after == ' ')
		after++;
	return !vnkg_i_is_upper_initial(after) && strncmp(after, "đại", strlen("đại")) != 0 &&
	       strncmp(after, "đảng", strlen("đảng")) != 0 && strncmp(after, "các", strlen("các")) != 0;
}

/* Does the sentence open by pointing back at the event: "Đây là hoạt động
 * nhằm triển khai ...", "Đợt huấn luyện nhằm ..."? */
static int refers_to_event(const char *s)
{
	static const char *const refs[] = {"Đây là ", "Đây cũng là ", "Hoạt động ", "Đợt ", "Cuộc ", "Buổi ", "Lớp ", NULL};
	size_t i;

	for (i = 0; refs[i]; i++)
		if (strncmp(s, refs[i], strlen(refs[i])) == 0)
			return 1;
	return 0;
}

/* "Trung tá X, ... quán triệt Thông tư 73": someone presents a document */
static int speaker_disseminates(xctx *x)
{
	size_t subj[4];
	PCRE2_SIZE *ov;

	return vnkg_i_rule_find(RE_CUE_DISSEM, x->md, x->s, x->len, 0, &ov) &&
	       subjects_before(x->doc, x->si, x->s, ov[0], subj, 4) > 0;
}

/* Is the cue at `pos` inside reported matter: after "nêu rõ:", "cho biết:"
 * (the year's work a report tells, not what the gathering did)? */
static int reported(const char *s, size_t pos)
{
	return memchr(s, ':', pos) != NULL;
}

/* Is the cue at `pos` work asked of others, not done at the event: "X yêu
 * cầu các cấp ủy tiếp tục quán triệt ...", "đề nghị ... quán triệt ..."
 * (in the same clause)? */
static int demanded(const char *s, size_t pos)
{
	static const char *const asks[] = {"yêu cầu ", "đề nghị ", "tiếp tục ", NULL};
	size_t i, from = pos > 120 ? pos - 120 : 0;

	for (i = from; i < pos; i++)
		if (s[i] == ';' || s[i] == '.' || s[i] == ':')
			from = i + 1;
	for (i = 0; asks[i]; i++) {
		const char *hit = vnkg_i_x_find_bytes(s + from, pos - from, asks[i], strlen(asks[i]));
		const char *after = hit ? hit + strlen(asks[i]) : NULL;
		/* a verb, not the noun: "Theo yêu cầu của ..., hội nghị quán triệt" */
		if (!hit || strncmp(after, "của ", strlen("của ")) == 0 ||
		    ((size_t)(hit - s) >= strlen("theo ") && strncmp(hit - strlen("theo "), "theo ", strlen("theo ")) == 0) ||
		    ((size_t)(hit - s) >= strlen("Theo ") && strncmp(hit - strlen("Theo "), "Theo ", strlen("Theo ")) == 0) ||
		    ((size_t)(hit - s) >= strlen("các ") && strncmp(hit - strlen("các "), "các ", strlen("các ")) == 0))
			continue;
		return 1;
	}
	return 0;
}

/* Links event ev to the directives named after a cue ending at `from`: the
 * first, and those listed with it; not a directive named inside another's
 * subject ("Kết luận số 158 ... về tiếp tục thực hiện Nghị quyết số 23"). */
static void link_directives(xctx *x, size_t from, const char *rel, size_t ev)
{
	vnkg_i_doc *d = x->doc;
	size_t prev_end = from, i;

	for (;;) {
		size_t next = VNKG_I_NO_MENTION;
		for (i = 0; i < d->nmentions; i++) {
			const vnkg_i_mention *m = &d->mentions[i];
			if (m->type == MENTION_DIRECTIVE && !m->dead && m->sentence == x->si && m->start >= prev_end &&
			    !vnkg_i_x_directive_nested(d, i) &&
			    (next == VNKG_I_NO_MENTION || m->start < d->mentions[next].start))
				next = i;
		}
		if (next == VNKG_I_NO_MENTION)
			return;
		if (prev_end != from &&
		    vnkg_i_x_find_bytes(x->s + prev_end, d->mentions[next].start - prev_end, " về ", strlen(" về "))) {
			/* past a subject only a new item of the list counts: "... về X và
			 * Kế hoạch ...", "... về X, Quy định ..." */
			size_t st = d->mentions[next].start;
			if (!((st >= prev_end + strlen(" và ") && strncmp(x->s + st - strlen(" và "), " và ", strlen(" và ")) == 0) ||
			      (st >= prev_end + 2 && strncmp(x->s + st - 2, ", ", 2) == 0) ||
			      (st >= prev_end + 2 && strncmp(x->s + st - 2, "; ", 2) == 0)))
				return;
		}
		vnkg_i_x_add_relation(d, rel, ev, d->mentions[next].ref, x->si, NULL, NULL);
		prev_end = d->mentions[next].end;
		/* "Quy định số 158, 197 và 231": the items of one list share a span */
		for (i = 0; i < d->nmentions; i++) {
			const vnkg_i_mention *m = &d->mentions[i];
			if (i != next && m->type == MENTION_DIRECTIVE && !m->dead && m->sentence == x->si &&
			    m->start >= d->mentions[next].start && m->start < d->mentions[next].end) {
				vnkg_i_x_add_relation(d, rel, ev, m->ref, x->si, NULL, NULL);
				if (m->end > prev_end)
					prev_end = m->end;
			}
		}
	}
}

static void document_cues(xctx *x)
{
	vnkg_i_doc *d = x->doc;
	size_t ev = d->sent_event ? d->sent_event[x->si] : d->main_event, from, i;
	PCRE2_SIZE *ov;
	int about_event;

	if (ev == VNKG_I_NO_MENTION)
		return;
	/* a sentence about the meeting: it names it, its delegates, or its speaker */
	about_event = sentence_has(x, RE_EVENT_NOUN) || strstr(x->s, "đại biểu") != NULL ||
		      d->mentions[ev].sentence == x->si || speaker_disseminates(x) || strstr(x->s, "chuyên đề") != NULL ||
		      refers_to_event(x->s);
	if (!about_event)
		return;
	if (vnkg_i_rule_find(RE_CUE_DISSEM, x->md, x->s, x->len, 0, &ov) && !reported(x->s, ov[0])) {
		if (!demanded(x->s, ov[0]))
			link_directives(x, ov[1], "disseminated", ev);
	}
	/* "hội nghị học tập, quán triệt ..." whose documents a later sentence
	 * names: "X trình bày chuyên đề về Nghị quyết số ..." */
	else if (d->mentions[ev].name && (strstr(d->mentions[ev].name, "quán triệt") || strstr(d->mentions[ev].name, "học tập"))) {
		static const char *const topics[] = {"chuyên đề về ", "chuyên đề ", "nội dung cơ bản của ", "nội dung của ", NULL};
		size_t t;
		for (t = 0; topics[t]; t++) {
			const char *hit = strstr(x->s, topics[t]);
			if (hit && !reported(x->s, (size_t)(hit - x->s))) {
				size_t at = (size_t)(hit - x->s) + strlen(topics[t]), i2;
				/* the document is the topic itself, right there */
				for (i2 = 0; i2 < d->nmentions; i2++) {
					const vnkg_i_mention *m = &d->mentions[i2];
					if (m->type == MENTION_DIRECTIVE && !m->dead && m->sentence == x->si && m->start >= at &&
					    m->start <= at + 24) {
						link_directives(x, at, "disseminated", ev);
						break;
					}
				}
				break;
			}
		}
	}
	if (vnkg_i_rule_find(RE_CUE_IMPL, x->md, x->s, x->len, 0, &ov) && !reported(x->s, ov[0]))
		link_directives(x, ov[1], "implemented", ev);
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_TOWARD, x->md, x->s, x->len, from, &ov)) {
		size_t cue = ov[0], cue_end = ov[1];
		from = cue_end;
		/* (toward_from_event matches other rules: ov is not valid after it) */
		if (!toward_from_event(x, ev, cue))
			continue;
		/* "tiến tới Đại hội ... XII và Đại hội ... XIV" */
		for (;;) {
			size_t next = VNKG_I_NO_MENTION;
			for (i = 0; i < d->nmentions; i++) {
				const vnkg_i_mention *m = &d->mentions[i];
				if (m->type == MENTION_EVENT && m->sentence == x->si && m->start >= cue_end && i != ev &&
				    (next == VNKG_I_NO_MENTION || m->start < d->mentions[next].start))
					next = i;
			}
			if (next == VNKG_I_NO_MENTION || !vnkg_i_x_only_glue(x->s, cue_end, d->mentions[next].start, 1))
				break;
			vnkg_i_x_add_relation(d, "toward", ev, next, x->si, NULL, NULL);
			cue_end = d->mentions[next].end;
		}
	}
}

/* The one person written before `pos` in the sentence, when there is just
 * one: "X biểu dương ..., đồng thời trao ..." */
static size_t only_person_before(const vnkg_i_doc *d, size_t si, size_t pos, size_t *out)
{
	size_t i, n = 0, found = VNKG_I_NO_MENTION;

	for (i = 0; i < d->nmentions; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->type == MENTION_PERSON && !m->dead && m->sentence == si && m->end <= pos) {
			n++;
			found = i;
		}
	}
	if (n != 1)
		return 0;
	out[0] = found;
	return 1;
}

/* "do X làm trưởng đoàn", "do X dẫn đầu": the leader of a delegation. */
static size_t led_by(const vnkg_i_doc *d, size_t si, const char *s, size_t pos, size_t *out)
{
	size_t i, subj[16], n, at;

	/* the lead phrase before pos, and the people before it */
	for (at = 0; at < pos; at++) {
		size_t first;
		if (s[at] != ' ' || !lead_phrase(s, at))
			continue;
		n = subjects_before(d, si, s, at, subj, 16);
		if (!n)
			continue;
		first = d->mentions[subj[n - 1]].start;
		/* "do X dẫn đầu", or fronted "X dẫn đầu đoàn công tác ..." */
		if ((first < 3 || strncmp(s + first - 3, "do ", 3) != 0) && !leads_delegation(s, at))
			continue;
		for (i = 0; i < n; i++)
			out[i] = subj[i];
		return n;
	}
	return 0;
}

/* "B (đã) ban hành D": the issuer of a directive that names none. */
static void issue_cues(xctx *x)
{
	vnkg_i_doc *d = x->doc;
	size_t from = 0, i;
	PCRE2_SIZE *ov;

	while (vnkg_i_rule_find(RE_CUE_ISSUE, x->md, x->s, x->len, from, &ov)) {
		size_t cue = ov[0], cue_end = ov[1], issuer = VNKG_I_NO_MENTION;
		from = cue_end;
		/* the last body before the cue that is not a person's post */
		for (i = 0; i < d->nmentions; i++) {
			const vnkg_i_mention *m = &d->mentions[i];
			size_t k;
			int in_person = 0;
			if (m->type != MENTION_BODY || m->dead || m->sentence != x->si || m->end > cue)
				continue;
			for (k = 0; k < d->nmentions && !in_person; k++) {
				const vnkg_i_mention *p = &d->mentions[k];
				in_person = (p->type == MENTION_PERSON || p->type == MENTION_DIRECTIVE) && p->sentence == x->si &&
					    m->start >= p->start && m->end <= p->end;
			}
			if (in_person)
				continue;
			if (issuer == VNKG_I_NO_MENTION || m->end > d->mentions[issuer].end ||
			    (m->end == d->mentions[issuer].end && m->start < d->mentions[issuer].start))
				issuer = i;
		}
		if (issuer == VNKG_I_NO_MENTION)
			continue;
		for (i = 0; i < d->nmentions; i++) {
			vnkg_i_mention *m = &d->mentions[i];
			if (m->type == MENTION_DIRECTIVE && !m->dead && m->sentence == x->si && m->start >= cue_end &&
			    m->issuer == VNKG_I_NO_MENTION && vnkg_i_x_only_glue(x->s, cue_end, m->start, 0))
				m->issuer = issuer;
		}
	}
}

/* "Hội nghị do Ban Thường vụ Tỉnh ủy tổ chức": the organiser after "do". */
static void organized_by(xctx *x)
{
	vnkg_i_doc *d = x->doc;
	size_t ev = d->sent_event ? d->sent_event[x->si] : d->main_event, i;
	const char *p = x->s;

	if (ev == VNKG_I_NO_MENTION)
		return;
	while ((p = strstr(p, "do ")) != NULL) {
		size_t at = (size_t)(p - x->s) + 3, b;
		p += 3;
		if (at > 3 && x->s[at - 4] != ' ' && x->s[at - 4] != ',')
			continue;
		b = body_at(d, x->si, x->s, at);
		if (b == VNKG_I_NO_MENTION || d->mentions[b].start != at)
			continue;
		/* the outermost body starting there */
		for (i = 0; i < d->nmentions; i++) {
			const vnkg_i_mention *m = &d->mentions[i];
			if (m->type == MENTION_BODY && m->sentence == x->si && m->start == at && m->end > d->mentions[b].end)
				b = i;
		}
		{
			const char *after = x->s + d->mentions[b].end;
			while (*after == ' ')
				after++;
			if (strncmp(after, "đã ", strlen("đã ")) == 0)
				after += strlen("đã ");
			if (strncmp(after, "tổ chức", strlen("tổ chức")) == 0)
				vnkg_i_x_add_relation(d, "organized", b, ev, x->si, NULL, NULL);
		}
	}
}

/* "Lữ đoàn 572 trực thuộc Binh đoàn": the body before is part of the one after. */
static void part_of_cues(xctx *x)
{
	vnkg_i_doc *d = x->doc;
	size_t from = 0, i;
	PCRE2_SIZE *ov;

	while (vnkg_i_rule_find(RE_CUE_PART_OF, x->md, x->s, x->len, from, &ov)) {
		size_t cue = ov[0], cue_end = ov[1], part = VNKG_I_NO_MENTION, whole = body_at(d, x->si, x->s, cue_end);
		from = cue_end;
		for (i = 0; i < d->nmentions; i++) {
			const vnkg_i_mention *m = &d->mentions[i];
			if (m->type == MENTION_BODY && !m->dead && m->sentence == x->si && m->end <= cue &&
			    vnkg_i_x_only_glue(x->s, m->end, cue, 0) &&
			    (part == VNKG_I_NO_MENTION || m->start < d->mentions[part].start))
				part = i;
		}
		if (part != VNKG_I_NO_MENTION && whole != VNKG_I_NO_MENTION)
			vnkg_i_x_add_relation(d, "part_of", part, whole, x->si, NULL, NULL);
	}
}

static void other_cues(xctx *x)
{
	vnkg_i_doc *d = x->doc;
	size_t from = 0, subj[16], n, k;
	PCRE2_SIZE *ov;

	while (vnkg_i_rule_find(RE_CUE_WORK, x->md, x->s, x->len, from, &ov)) {
		size_t b = body_at(d, x->si, x->s, ov[1]), c = ov[0];
		from = ov[1];
		/* "X đến thăm và làm việc với B", "X chủ trì buổi làm việc với B":
		 * the verbs before belong to the same subject */
		for (;;) {
			static const char *const before[] = {"và ", "thăm ", "đến ", "tới ", "kiểm tra ", "chủ trì ", "đã ",
							     "thăm, ", NULL};
			size_t j;
			int hit = 0;
			for (j = 0; before[j] && !hit; j++) {
				size_t ln = strlen(before[j]);
				if (c >= ln && strncmp(x->s + c - ln, before[j], ln) == 0 && (c == ln || x->s[c - ln - 1] == ' ')) {
					c -= ln;
					hit = 1;
				}
			}
			if (!hit)
				break;
		}
		n = subjects_before(d, x->si, x->s, c, subj, 16);
		/* "đoàn công tác ... do X làm trưởng đoàn đã kiểm tra, làm việc với B" */
		if (!n)
			n = led_by(d, x->si, x->s, ov[0], subj);
		/* "làm việc với Tỉnh ủy, HĐND, UBND tỉnh X": each body */
		while (b != VNKG_I_NO_MENTION) {
			size_t e = d->mentions[b].end, next;
			for (k = 0; k < n; k++)
				vnkg_i_x_add_relation(d, "worked_with", subj[k], b, x->si, NULL, NULL);
			while (e < x->len && (x->s[e] == ' ' || x->s[e] == ','))
				e++;
			if (strncmp(x->s + e, "và ", 4) == 0)
				e += 4;
			if (e == d->mentions[b].end || (x->s[d->mentions[b].end] != ',' && strncmp(x->s + d->mentions[b].end, " và ", 5) != 0))
				break;
			next = body_at(d, x->si, x->s, e);
			if (next == VNKG_I_NO_MENTION || d->mentions[next].start != e)
				break;
			b = next;
		}
	}
	from = 0;
	while (vnkg_i_rule_find(RE_CUE_AWARD, x->md, x->s, x->len, from, &ov)) {
		size_t at = ov[0], gift_from = ov[1];
		PCRE2_SIZE *ov2;
		from = ov[1];
		n = subjects_before(d, x->si, x->s, at, subj, 16);
		if (!n)
			n = only_person_before(d, x->si, at, subj);
		if (!n)
			continue;
		/* the receivers follow the first gift word a body comes right after:
		 * "trao tặng Bằng khen ... cho A" (not "tặng" itself) */
		{
			int found = 0;
			while (!found && vnkg_i_rule_find(RE_CUE_GIFT, x->md, x->s, x->len, gift_from, &ov2)) {
				size_t b0 = body_at(d, x->si, x->s, ov2[1]);
				gift_from = ov2[1];
				found = b0 != VNKG_I_NO_MENTION;
				if (memchr(x->s + at, ';', ov2[0] - at))
					break;
			}
			if (!found)
				continue;
		}
		{
			size_t gift_end = gift_from, b, stop = x->len;
			const char *semi = memchr(x->s + gift_end, ';', x->len - gift_end);
			if (semi)
				stop = (size_t)(semi - x->s);
			for (;;) {
				b = body_at(d, x->si, x->s, gift_end);
				if (b == VNKG_I_NO_MENTION || d->mentions[b].start > stop)
					break;
				for (k = 0; k < n; k++)
					vnkg_i_x_add_relation(d, "awarded", subj[k], b, x->si, NULL, NULL);
				gift_end = d->mentions[b].end;
				/* "tặng A và B", "trao Bằng khen cho A, B và C" */
				while (gift_end < x->len && x->s[gift_end] == ' ')
					gift_end++;
				if (x->s[gift_end] == ',') {
					size_t nb;
					gift_end++;
					while (gift_end < x->len && x->s[gift_end] == ' ')
						gift_end++;
					nb = body_at(d, x->si, x->s, gift_end);
					if (nb == VNKG_I_NO_MENTION || d->mentions[nb].start != gift_end)
						break;
					continue;
				}
				if (strncmp(x->s + gift_end, "và ", 4) != 0)
					break;
				gift_end += 4;
			}
		}
	}
	/* (re-run matching state is per call; nothing to restore) */
}

void vnkg_i_x_sentence_relations(vnkg_i_doc *d, pcre2_match_data *md, size_t si)
{
	xctx x;

	memset(&x, 0, sizeof(x));
	x.doc = d;
	x.md = md;
	x.si = si;
	x.s = vnkg_article_sentence(d->article, si)->text;
	x.len = strlen(x.s);
	person_cues(&x);
	document_cues(&x);
	other_cues(&x);
	issue_cues(&x);
	organized_by(&x);
	part_of_cues(&x);
}

/* Is event i the event some sentence speaks of (an event of its own)? */
static int is_sentence_event(const vnkg_i_doc *d, size_t i)
{
	size_t si, n = vnkg_article_sentence_count(d->article);

	for (si = 0; d->sent_event && si < n; si++)
		if (d->sent_event[si] == i)
			return 1;
	return 0;
}

void vnkg_i_x_mention_relations(vnkg_i_doc *d)
{
	size_t i, k, n = d->nmentions;

	for (i = 0; i < n; i++) {
		const vnkg_i_mention *m = &d->mentions[i];
		if (m->dead)
			continue;
		if (m->type == MENTION_PERSON) {
			/* one relation per body, its titles in the order written:
			 * "Phó Chỉ huy trưởng, Tham mưu trưởng" */
			for (k = 0; k < m->nroles; k++) {
				vnkg_buf titles = VNKG_BUF_INIT;
				size_t k2, body = m->roles[k].body;
				int first = 1;
				if (body == VNKG_I_NO_MENTION)
					continue;
				for (k2 = 0; k2 < k; k2++)
					if (m->roles[k2].body == body)
						break;
				if (k2 < k)
					continue;
				for (k2 = k; k2 < m->nroles; k2++) {
					if (m->roles[k2].body != body)
						continue;
					vnkg_i_buf_printf(&titles, "%s%s", first ? "" : ", ", m->roles[k2].title);
					first = 0;
				}
				vnkg_i_x_add_relation(d, "holds_role", i, body, m->sentence, vnkg_i_buf_cstr(&titles), m->rank);
				vnkg_i_buf_free(&titles);
			}
		} else if (m->type == MENTION_BODY && m->owner != VNKG_I_NO_MENTION) {
			vnkg_i_x_add_relation(d, "part_of", i, m->owner, m->sentence, NULL, NULL);
		} else if (m->type == MENTION_DIRECTIVE && m->issuer != VNKG_I_NO_MENTION) {
			vnkg_i_x_add_relation(d, "issued", m->issuer, i, m->sentence, NULL, NULL);
		}
	}
	/* where an event was held: a place in the sentence that names it, or (for
	 * the article's own) in one that says where it was organised */
	for (i = 0; i < n; i++) {
		const vnkg_i_mention *e = &d->mentions[i];
		size_t si, p;
		if (e->type != MENTION_EVENT || e->dead || (!e->main_event && !is_sentence_event(d, i)))
			continue;
		si = e->sentence;
		p = vnkg_i_x_first_place_in(d, si);
		if (e->main_event && p == VNKG_I_NO_MENTION)
			p = vnkg_i_x_venue_near(d, si);
		/* the dateline of the story: "HÀ NỘI - Chiều 2/4, ..." */
		for (k = 0; e->main_event && p == VNKG_I_NO_MENTION && k < d->nmentions; k++) {
			const vnkg_i_mention *m = &d->mentions[k];
			const char *ms = vnkg_article_sentence(d->article, m->sentence)->text;
			size_t ml = strlen(ms), w = m->end + strlen(" – ") < ml ? m->end + strlen(" – ") : ml;
			if (m->type == MENTION_PLACE && !m->dead && m->start == 0 && m->sentence < 4 &&
			    (vnkg_i_x_find_bytes(ms, w, " - ", 3) || vnkg_i_x_find_bytes(ms, w, " – ", strlen(" – "))))
				p = k;
		}
		/* and the places read with it: "tại Hội trường X (TP. Y)"; a
		 * headline's place, and the lead's under it */
		for (k = 0; p != VNKG_I_NO_MENTION && k < d->nmentions; k++)
			if (d->mentions[k].type == MENTION_PLACE && !d->mentions[k].dead && (k == p || d->mentions[k].ref == p))
				vnkg_i_x_add_relation(d, "held_at", i, k, d->mentions[k].sentence, NULL, NULL);
		p = e->main_event && p != VNKG_I_NO_MENTION && d->mentions[p].sentence == si ? vnkg_i_x_lead_venue(d, si)
											      : VNKG_I_NO_MENTION;
		for (k = 0; p != VNKG_I_NO_MENTION && k < d->nmentions; k++)
			if (d->mentions[k].type == MENTION_PLACE && !d->mentions[k].dead && (k == p || d->mentions[k].ref == p))
				vnkg_i_x_add_relation(d, "held_at", i, k, d->mentions[k].sentence, NULL, NULL);
	}
}
