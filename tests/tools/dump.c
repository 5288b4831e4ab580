/* vnkg-dump: prints what the extract stage reads out of articles (mentions
 * and relation cues), for people writing rules. Not installed. */

#include <stdio.h>
#include <string.h>
#include <vnkg.h>

#include "extract/doc.h"

static const char *tname(vnkg_i_mention_type t)
{
	static const char *const n[] = {"PERSON", "BODY", "DIRECTIVE", "EVENT", "PLACE"};
	return n[t];
}

int main(int argc, char **argv)
{
	int i;

	if (vnkg_global_init() < 0)
		return 1;
	for (i = 1; i < argc; i++) {
		vnkg_article *page = NULL;
		size_t item;
		if (vnkg_article_load(&page, argv[i]) < 0) {
			fprintf(stderr, "%s\n", vnkg_error_last());
			return 1;
		}
		/* a list page: each item is read as an article of its own */
		for (item = 0; item < vnkg_article_item_count(page); item++) {
		const vnkg_article *a = vnkg_article_item(page, item);
		vnkg_i_doc *d = NULL;
		size_t k, r;
		if (vnkg_i_extract_article(&d, a) < 0) {
			fprintf(stderr, "%s\n", vnkg_error_last());
			return 1;
		}
		printf("== %s item %zu/%zu (event date %s, masthead QK%d)\n", vnkg_article_id(a), item + 1,
		       vnkg_article_item_count(page), d->event_date ? d->event_date : "", d->masthead_qk);
		if (vnkg_article_item_count(page) > 1)
			printf("header: %s\n", vnkg_article_header(a));
		for (k = 0; k < vnkg_article_sentence_count(a); k++)
			printf("S%zu: %s\n", k, vnkg_article_sentence(a, k)->text);
		for (k = 0; k < d->nmentions; k++) {
			const vnkg_i_mention *m = &d->mentions[k];
			printf("M%zu S%zu %s%s [%s] name=%s", k, m->sentence, tname(m->type), m->dead ? "(dead)" : "",
			       m->surface, m->name ? m->name : "");
			if (m->type == MENTION_BODY)
				printf(" q=%s bare=%d owner=%ld", m->qualifier, m->bare, (long)m->owner);
			if (m->type == MENTION_PERSON) {
				printf(" rank=%s", m->rank ? m->rank : "");
				for (r = 0; r < m->nroles; r++)
					printf(" role[%s @M%ld]", m->roles[r].title, (long)m->roles[r].body);
			}
			if (m->type == MENTION_DIRECTIVE)
				printf(" num=%s code=%s date=%s issuer=%ld ref=%zu", m->number, m->code, m->date,
				       (long)m->issuer, m->ref);
			if (m->type == MENTION_EVENT)
				printf(" date=%s main=%d", m->date ? m->date : "", m->main_event);
			printf("\n");
		}
		for (k = 0; k < d->nrelations; k++)
			printf("R %s M%zu -> M%zu %s\n", d->relations[k].relation, d->relations[k].from, d->relations[k].to,
			       d->relations[k].role ? d->relations[k].role : "");
		vnkg_i_doc_free(d);
		}
		vnkg_article_free(page);
	}
	vnkg_global_shutdown();
	return 0;
}
