#ifndef VNKG_EXTRACT_DOC_H
#define VNKG_EXTRACT_DOC_H

/* What the extract stage reads out of one article, before the resolve stage
 * gives the mentions their identities in the corpus. Private to the library. */

#include <stddef.h>

#include "util/util.h"
#include "vnkg/text.h"

typedef enum {
	MENTION_PERSON,
	MENTION_BODY,
	MENTION_DIRECTIVE,
	MENTION_EVENT,
	MENTION_PLACE
} vnkg_i_mention_type;

#define VNKG_I_NO_MENTION ((size_t)-1)

/* A role a person holds: a title, optionally at a body (a mention index). */
typedef struct vnkg_i_role {
	char *title;
	size_t body;
} vnkg_i_role;

typedef struct vnkg_i_mention {
	vnkg_i_mention_type type;
	size_t sentence;       /* index in the article's sentences */
	size_t start, end;     /* byte span in that sentence */
	char *surface;         /* as written */
	char *name;            /* person: full name; body: canonical words; directive: label; event/place: name */

	/* person */
	char *rank;
	vnkg_i_role *roles;
	size_t nroles;

	/* body */
	int head;              /* index in vnkg_i_heads, -1 for none */
	char *qualifier;       /* name, number or place after the head ("" when bare) */
	size_t owner;          /* mention index of the owner body, or VNKG_I_NO_MENTION */
	int owner_outside;     /* the owner was written in brackets: part of it, not of its name */
	int level;             /* how large a unit the head names (0 committees, 1 Đại đội ... 7 Bộ) */
	int bare;              /* a short reference the article's context must complete */
	char *locality;        /* HEAD_LOCAL: "tỉnh", "huyện", ... as written, or "" */

	/* directive */
	char *kind;            /* Chỉ thị, Nghị quyết, ... */
	char *number;          /* "2889", "15/2024", "" for unnumbered */
	char *code;            /* "CT/ĐU", "" when absent */
	char *date;            /* ISO date issued, "" when not given; events: ISO date */
	char *term;            /* "XIII" when written "(khóa XIII)", "" otherwise */
	size_t issuer;         /* mention index of the issuing body, or VNKG_I_NO_MENTION */
	int year_hint;         /* directive: "năm 2024" written with a short reference */

	/* event */
	int main_event;        /* the article's own event */
	int national;          /* a congress of the whole Party or Army: one node in the corpus */
	char *date_precision;  /* day, month, year, unknown */

	int dead;              /* read, then found not to be a mention: ignored */
	int implied;           /* not written: implied by a title ("Trung đoàn trưởng") */
	int anaphor;           /* person named only by a post ("đồng chí Bí thư Tỉnh ủy") */
	size_t ref;            /* for a short reference: the mention it stands for, else itself */
} vnkg_i_mention;

typedef struct vnkg_i_relation {
	const char *relation;  /* a vocabulary key: chaired, attended, ... */
	size_t from, to;       /* mention indexes */
	char *role;            /* holds_role: the role text */
	char *rank;            /* holds_role: the rank at the time */
	size_t sentence;       /* evidence */
} vnkg_i_relation;

typedef struct vnkg_i_doc {
	const vnkg_article *article;
	vnkg_i_mention *mentions;
	size_t nmentions, cap_mentions;
	vnkg_i_relation *relations;
	size_t nrelations, cap_relations;
	size_t main_event;     /* mention index, or VNKG_I_NO_MENTION */
	size_t *sent_event;    /* per sentence: the event its cues speak of (main or another) */
	int masthead_qk;       /* "QK7 Online" -> 7, else 0 */
	char *event_date;      /* ISO date of the main event, "" when unknown */
	char *event_precision; /* day, month, year, unknown */
	vnkg_strvec abbr_keys;   /* the article's own abbreviations ... */
	vnkg_strvec abbr_words;  /* ... and what they stand for */
} vnkg_i_doc;

/* Reads the mentions and relation cues out of an article. The doc borrows the
 * article, which must outlive it. Free with vnkg_i_doc_free. */
int vnkg_i_extract_article(vnkg_i_doc **out, const vnkg_article *a);
void vnkg_i_doc_free(vnkg_i_doc *d);

/* Compiles the rule sets and prepares the lexicon (vnkg_global_init). */
int vnkg_i_extract_init(void);

/* Releases the compiled rule sets (called by vnkg_global_shutdown). */
void vnkg_i_extract_shutdown(void);

#endif
