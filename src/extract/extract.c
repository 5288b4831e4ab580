/* The extract stage: reads people, bodies, directives, events, places and
 * dates out of an article's sentences, and the relation cues between them.
 *
 * PCRE2 rules (rules.c) find directives, dates, congresses and cue phrases in
 * the sentence text; a word-level reader driven by the lexicon (lexicon.c)
 * finds people (people.c) and bodies (bodies.c). Nothing here decides what a
 * short name refers to in the corpus: that is the resolve stage's work. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "extract/xctx.h"
#include "util/util.h"
#include "vnkg/common.h"

static int read_sentence(vnkg_i_doc *d, pcre2_match_data *md, size_t si)
{
	xctx x;
	size_t i;
	int err;

	memset(&x, 0, sizeof(x));
	x.doc = d;
	x.md = md;
	x.si = si;
	x.s = vnkg_article_sentence(d->article, si)->text;
	x.len = strlen(x.s);
	err = vnkg_i_words_split(&x.w, x.s, vnkg_i_x_lookup_abbr, d);
	if (err < 0)
		return err;
	x.used = calloc(x.w.n + 1, 1);
	if (!x.used) {
		vnkg_i_words_free(&x.w);
		return vnkg_i_oom();
	}
	vnkg_i_x_read_directives(&x);
	vnkg_i_x_read_congresses(&x);
	vnkg_i_x_skip_proper_names(&x);
	for (i = 0; i < x.w.n; i++) {
		size_t m, n;
		if (x.used[i])
			continue;
		n = vnkg_i_x_parse_person(&x, i, &m);
		if (!n)
			n = vnkg_i_x_parse_body(&x, i, 0, &m);
		if (n)
			i += n - 1;
	}
	vnkg_i_x_read_places(&x);
	/* a post shared before a colon first: the list's own posts are not the
	 * next item's */
	vnkg_i_x_share_colon_roles(&x);
	vnkg_i_x_share_list_roles(&x);
	vnkg_i_words_free(&x.w);
	free(x.used);
	return 0;
}

int vnkg_i_extract_article(vnkg_i_doc **out, const vnkg_article *a)
{
	vnkg_i_doc *d = NULL;
	pcre2_match_data *md = NULL;
	size_t n, si;
	int err = 0;

	*out = NULL;
	err = vnkg_i_extract_init();
	if (err < 0)
		return err;
	d = calloc(1, sizeof(*d));
	md = pcre2_match_data_create(40, NULL);
	if (!d || !md) {
		err = vnkg_i_oom();
		goto cleanup;
	}
	d->article = a;
	d->main_event = VNKG_I_NO_MENTION;
	n = vnkg_article_sentence_count(a);
	for (si = 0; si < n; si++)
		vnkg_i_x_learn_abbreviations(d, vnkg_article_sentence(a, si)->text);
	vnkg_i_x_read_masthead(d, md);
	for (si = 0; si < n; si++) {
		err = read_sentence(d, md, si);
		if (err < 0)
			goto cleanup;
	}
	vnkg_i_x_resolve_anaphors(d);
	vnkg_i_x_plenum_issuers(d);
	vnkg_i_x_find_main_event(d, md);
	vnkg_i_x_date_main_event(d, md);
	for (si = 0; si < n; si++)
		vnkg_i_x_sentence_relations(d, md, si);
	vnkg_i_x_mention_relations(d);
	vnkg_i_x_date_other_events(d, md);
	*out = d;
	d = NULL;
cleanup:
	pcre2_match_data_free(md);
	vnkg_i_doc_free(d);
	return err;
}
