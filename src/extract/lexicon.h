#ifndef VNKG_EXTRACT_LEXICON_H
#define VNKG_EXTRACT_LEXICON_H

/* Knowledge of the genre: ranks, titles, body head-words, common fixed
 * abbreviations, surnames, cue words. Data only; rules live in extract.c. */

#include <stddef.h>

/* How a body head-word takes its qualifier. */
typedef enum {
	HEAD_NAMED,    /* "Tổng cục" + a name: Tổng cục Chính trị */
	HEAD_NUMBERED, /* "Quân khu" + a number: Quân khu 7 */
	HEAD_LOCAL,    /* "Tỉnh ủy" + a place: Tỉnh ủy Nghệ An, Công an tỉnh Thái Bình */
	HEAD_OWNED,    /* needs an owner body: Đảng ủy X, Ban Thường vụ X, Cục Chính trị X */
	HEAD_FIXED     /* a complete name: Bộ Chính trị, Quân ủy Trung ương */
} vnkg_i_head_kind;

typedef struct vnkg_i_head {
	const char *words;      /* the head as written, e.g. "Ban Thường vụ" */
	vnkg_i_head_kind kind;
	const char *canonical;  /* canonical form when it differs ("Thường vụ" -> "Ban Thường vụ"), else NULL */
	int unit;               /* 1 for units an article is about (Quân khu, Tổng cục, Bộ CHQS tỉnh, ...) */
	int national;           /* 1 for one-of-a-kind national bodies (never completed by context) */
	int weak;               /* 1 for a name that also runs on inside other names ("Hải quân" in
				 * "Học viện Hải quân"): a body where a body is read, never where one stops */
} vnkg_i_head;

extern const vnkg_i_head vnkg_i_heads[];
extern const size_t vnkg_i_heads_count;

/* Fixed abbreviations: ABBR -> words. */
typedef struct vnkg_i_abbr {
	const char *abbr;
	const char *words;
} vnkg_i_abbr;
extern const vnkg_i_abbr vnkg_i_abbrs[];
extern const size_t vnkg_i_abbrs_count;

/* Military and police ranks, longest first. */
extern const char *const vnkg_i_ranks[];
/* Academic and professional honorifics written between rank and name. */
extern const char *const vnkg_i_honorifics[];
/* Role titles (a person's post), longest first; "Phó " forms included. */
extern const char *const vnkg_i_titles[];
/* Titles that may stand before a name without a comma (Bộ trưởng X, Thủ tướng X). */
extern const char *const vnkg_i_prename_titles[];
/* Vietnamese family names (for names not introduced by a rank or title). */
extern const char *const vnkg_i_surnames[];
/* Lower-case words that may continue a body's name ("Công nghiệp quốc phòng"). */
extern const char *const vnkg_i_name_words[];
/* Locality words: tỉnh, thành phố, huyện, ... */
extern const char *const vnkg_i_localities[];
/* Event nouns: hội nghị, đại hội, hội thảo, lễ, ... (lower case). */
extern const char *const vnkg_i_event_nouns[];
/* Directive kinds: Chỉ thị, Nghị quyết, ... */
extern const char *const vnkg_i_directive_kinds[];

#endif
