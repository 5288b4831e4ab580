#ifndef VNKG_EXTRACT_XCTX_H
#define VNKG_EXTRACT_XCTX_H

/* What the readers of the extract stage share (private to src/extract/):
 * the sentence being read, the lexicon in folded form, and the helpers each
 * reader (bodies.c, people.c, directives.c, events.c, cues.c) calls on the
 * others. */

#include <stddef.h>

#include "extract/doc.h"
#include "extract/lexicon.h"
#include "extract/rules.h"
#include "extract/tokens.h"

/* A lexicon list in folded (lower-case) form. */
typedef struct phrase_list {
	char **lower;
	size_t n;
} phrase_list;

extern phrase_list vnkg_i_x_ranks, vnkg_i_x_honorifics, vnkg_i_x_titles, vnkg_i_x_prename, vnkg_i_x_surnames,
	vnkg_i_x_namewords, vnkg_i_x_localities;
extern char **vnkg_i_x_heads;

/* The sentence being read. */
typedef struct xctx {
	vnkg_i_doc *doc;
	pcre2_match_data *md;
	const char *s;      /* the sentence */
	size_t len;
	size_t si;          /* its index */
	vnkg_i_words w;
	unsigned char *used; /* per word: read as part of a mention already */
} xctx;

/* How parse_body reads. */
enum {
	BODY_STOP_AT_SURNAME = 1, /* "Bộ Tài chính Lê Văn Tường": the name ends before a person */
	BODY_ALLOW_LOWER = 2,     /* "phòng Tham mưu" after a title ending in "phòng" */
	BODY_IN_ROLE = 4          /* after a post: "Giám đốc Bệnh viện" is the article's Bệnh viện */
};

const char *vnkg_i_x_find_bytes(const char *hay, size_t n, const char *needle, size_t nn);
size_t vnkg_i_x_add_mention(vnkg_i_doc *d, vnkg_i_mention_type type, size_t sent, size_t start, size_t end,
			  const char *sentence);
int vnkg_i_x_add_relation(vnkg_i_doc *d, const char *rel, size_t from, size_t to, size_t sent, const char *role,
			const char *rank);
const char *vnkg_i_x_lookup_abbr(const char *abbr, void *payload);
int vnkg_i_x_wis(const xctx *x, size_t i, const char *lower);
size_t vnkg_i_x_match_list(const xctx *x, size_t i, const phrase_list *p, size_t *which);
size_t vnkg_i_x_match_head(const xctx *x, size_t i, int *h);
int vnkg_i_x_is_head_start(const xctx *x, size_t i);
int vnkg_i_x_is_body_start(const xctx *x, size_t i);
size_t vnkg_i_x_head_words_at(const xctx *x, size_t i);
int vnkg_i_x_is_surname(const xctx *x, size_t i);
char *vnkg_i_x_words_text(const xctx *x, size_t from, size_t to);
size_t vnkg_i_x_paren_abbr(const xctx *x, size_t i);
size_t vnkg_i_x_nameword_continues(const xctx *x, size_t kk);
int vnkg_i_x_unit_level(int h);
size_t vnkg_i_x_parse_body(xctx *x, size_t i, int flags, size_t *out);
size_t vnkg_i_x_match_title(const xctx *x, size_t i);
int vnkg_i_x_is_title_start(const xctx *x, size_t i);
int vnkg_i_x_is_rank_start(const xctx *x, size_t i);
void vnkg_i_x_rollback(xctx *x, size_t mark, size_t a, size_t b);
size_t vnkg_i_x_parse_person(xctx *x, size_t i, size_t *out);
size_t vnkg_i_x_word_at(const xctx *x, size_t byte);
void vnkg_i_x_mark_span(xctx *x, size_t start, size_t end);
char *vnkg_i_x_sub(const char *s, size_t a, size_t b);
void vnkg_i_x_read_directives(xctx *x);
/* A Central Committee plenum's resolution ("Nghị quyết Trung ương 4") is
 * the Central Committee's: issued by it when the article names it. */
void vnkg_i_x_plenum_issuers(vnkg_i_doc *d);
/* Is directive i named inside another's subject ("Kết luận số 158 ... về
 * tiếp tục thực hiện Nghị quyết số 23 ...")? Such a one is not itself
 * disseminated or implemented. */
int vnkg_i_x_directive_nested(const vnkg_i_doc *d, size_t i);
void vnkg_i_x_read_congresses(xctx *x);
void vnkg_i_x_read_places(xctx *x);
/* Marks as read the proper names that are neither bodies nor people: a
 * paper's masthead ("CAND Online") and streets named after someone or
 * something ("đường Trường Chinh", "phố Viện Thông"). */
void vnkg_i_x_skip_proper_names(xctx *x);
void vnkg_i_x_learn_abbreviations(vnkg_i_doc *d, const char *s);
int vnkg_i_x_only_glue(const char *s, size_t a, size_t b, int allow_and);
int vnkg_i_x_parse_int(const char *s, size_t a, size_t b);
size_t vnkg_i_x_first_place_in(const vnkg_i_doc *d, size_t si);
/* Where the article's own event, named in sentence si with no place there,
 * was held: a "tại" place in the next sentences that tell of it, or in the
 * headline before. VNKG_I_NO_MENTION when none. */
size_t vnkg_i_x_venue_near(const vnkg_i_doc *d, size_t si);
/* When sentence si is a headline (no closing stop), the place the lead
 * under it opens with ("Chiều 5/6, tại Geneva, ..."), else
 * VNKG_I_NO_MENTION. */
size_t vnkg_i_x_lead_venue(const vnkg_i_doc *d, size_t si);
void vnkg_i_x_find_main_event(vnkg_i_doc *d, pcre2_match_data *md);
void vnkg_i_x_date_main_event(vnkg_i_doc *d, pcre2_match_data *md);
/* Dates the gatherings found with the relations, after them (the organiser or
 * chair of one tells that its sentence's day is its own). */
void vnkg_i_x_date_other_events(vnkg_i_doc *d, pcre2_match_data *md);
/* The date written at the head of a sentence: day, month and maybe year (0). */
int vnkg_i_x_lead_date(const char *s, pcre2_match_data *md, int *day, int *month, int *year);
/* Is the date at byte `pos` of sentence si a directive's date of issue? */
int vnkg_i_x_directive_date_at(const vnkg_i_doc *d, size_t si, size_t pos);
/* The publication date of a page or list item from its header lines
 * (vnkg_article_header): yyyymmdd, dd 0 when only the month is given; 0 when
 * no date line. *precision_day tells whether the day is known. */
int vnkg_i_x_header_date(const char *header, int *precision_day);
void vnkg_i_x_read_masthead(vnkg_i_doc *d, pcre2_match_data *md);
void vnkg_i_x_share_list_roles(xctx *x);
void vnkg_i_x_share_colon_roles(xctx *x);
void vnkg_i_x_sentence_relations(vnkg_i_doc *d, pcre2_match_data *md, size_t si);
void vnkg_i_x_mention_relations(vnkg_i_doc *d);
void vnkg_i_x_resolve_anaphors(vnkg_i_doc *d);

#endif
