#ifndef VNKG_BUILD_H
#define VNKG_BUILD_H

#include <stddef.h>
#include "graph.h"

/* Building a graph from articles: text -> extract -> resolve -> graph. */

typedef struct vnkg_build_options {
	unsigned int version;
	size_t max_bytes; /* largest article accepted */
} vnkg_build_options;

#define VNKG_BUILD_OPTIONS_VERSION 1
#define VNKG_BUILD_OPTIONS_INIT {VNKG_BUILD_OPTIONS_VERSION, 4u * 1024u * 1024u}

/* What a build saw. */
typedef struct vnkg_build_stats {
	size_t articles;
	size_t persons, bodies, directives, events, places;
	size_t edges;
} vnkg_build_stats;

/* Builds a graph from `n` paths: files, or folders whose *.txt files are read
 * in name order. Articles with the same id are read once. `opts` may be NULL
 * for the defaults; `stats` may be NULL. The caller owns *out. Fails on the
 * first unreadable or invalid article, naming it. */
int vnkg_build(vnkg_graph **out, const char *const *paths, size_t n, const vnkg_build_options *opts,
	       vnkg_build_stats *stats);

/* Same from texts in memory: `ids[i]` is the article id of `texts[i]`
 * (NUL-terminated UTF-8). Used by tests and by programs that fetch articles
 * themselves. */
int vnkg_build_buffers(vnkg_graph **out, const char *const *ids, const char *const *texts, size_t n,
		       const vnkg_build_options *opts, vnkg_build_stats *stats);

#endif
