/* Building a graph from articles: the whole pipeline, text -> extract ->
 * resolve -> graph. */

#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "extract/doc.h"
#include "resolve/resolve.h"
#include "util/util.h"
#include "vnkg/build.h"
#include "vnkg/common.h"
#include "vnkg/text.h"

static int ends_with_txt(const char *name)
{
	size_t n = strlen(name);

	return n > 4 && strcmp(name + n - 4, ".txt") == 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The files a path stands for: itself, or a folder's *.txt in name order. */
static int collect(vnkg_strvec *files, const char *path)
{
	struct stat st;
	DIR *dir;
	struct dirent *de;
	vnkg_strvec found = {0};
	size_t i;
	int err = 0;

	if (stat(path, &st) != 0) {
		vnkg_error_set("%s: cannot read: %s; check the path", path, strerror(errno));
		return VNKG_ERROR;
	}
	if (!S_ISDIR(st.st_mode))
		return vnkg_i_strvec_push(files, path);
	dir = opendir(path);
	if (!dir) {
		vnkg_error_set("%s: cannot open the folder: %s", path, strerror(errno));
		return VNKG_ERROR;
	}
	while ((de = readdir(dir)) != NULL) {
		vnkg_buf b = VNKG_BUF_INIT;
		if (de->d_name[0] == '.' || !ends_with_txt(de->d_name))
			continue;
		vnkg_i_buf_printf(&b, "%s/%s", path, de->d_name);
		err = vnkg_i_strvec_push_own(&found, vnkg_i_buf_detach(&b));
		if (err < 0)
			break;
	}
	closedir(dir);
	if (!err && found.len == 0) {
		vnkg_error_set("%s: no .txt articles in this folder; give article files or a folder of *.txt", path);
		err = VNKG_ERROR;
	}
	if (!err) {
		qsort(found.items, found.len, sizeof(char *), cmp_str);
		for (i = 0; i < found.len && !err; i++)
			err = vnkg_i_strvec_push(files, found.items[i]);
	}
	vnkg_i_strvec_free(&found);
	return err;
}

static void count(const vnkg_graph *g, size_t narticles, vnkg_build_stats *stats)
{
	size_t i, n = vnkg_graph_node_count(g);

	memset(stats, 0, sizeof(*stats));
	stats->articles = narticles;
	stats->edges = vnkg_graph_edge_count(g);
	for (i = 0; i < n; i++) {
		const char *t = vnkg_graph_node_attr(g, i, "type");
		if (strcmp(t, "person") == 0)
			stats->persons++;
		else if (strcmp(t, "body") == 0)
			stats->bodies++;
		else if (strcmp(t, "directive") == 0)
			stats->directives++;
		else if (strcmp(t, "event") == 0)
			stats->events++;
		else if (strcmp(t, "place") == 0)
			stats->places++;
	}
}

/* Extracts and resolves prepared articles (borrowed). Each item of a list
 * page is extracted as a doc of its own, with the page's article id, so no
 * date, event or relation crosses from one lead to the next. */
static int build_articles(vnkg_graph **out, vnkg_article *const *arts, size_t n, vnkg_build_stats *stats)
{
	vnkg_i_doc **docs = NULL;
	size_t i, k, ndocs = 0, nd = 0;
	int err = 0;

	for (i = 0; i < n; i++)
		ndocs += vnkg_article_item_count(arts[i]);
	docs = calloc(ndocs + 1, sizeof(*docs));
	if (!docs)
		return vnkg_i_oom();
	for (i = 0; i < n && !err; i++)
		for (k = 0; k < vnkg_article_item_count(arts[i]) && !err; k++)
			err = vnkg_i_extract_article(&docs[nd++], vnkg_article_item(arts[i], k));
	if (!err)
		err = vnkg_i_resolve(out, docs, nd);
	if (!err && stats)
		count(*out, n, stats);
	for (i = 0; i < nd; i++)
		vnkg_i_doc_free(docs[i]);
	free(docs);
	return err;
}

static int seen_id(vnkg_article *const *arts, size_t n, const char *id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(vnkg_article_id(arts[i]), id) == 0)
			return 1;
	return 0;
}

int vnkg_build(vnkg_graph **out, const char *const *paths, size_t n, const vnkg_build_options *opts,
	       vnkg_build_stats *stats)
{
	vnkg_strvec files = {0};
	vnkg_article **arts = NULL;
	size_t i, na = 0;
	int err = 0;

	(void)opts;
	*out = NULL;
	if (n == 0) {
		vnkg_error_set("no articles given: name article files or folders of *.txt");
		return VNKG_EINVALID;
	}
	for (i = 0; i < n && !err; i++)
		err = collect(&files, paths[i]);
	if (err)
		goto cleanup;
	arts = calloc(files.len + 1, sizeof(*arts));
	if (!arts) {
		err = vnkg_i_oom();
		goto cleanup;
	}
	for (i = 0; i < files.len; i++) {
		vnkg_article *a = NULL;
		err = vnkg_article_load(&a, files.items[i]);
		if (err < 0)
			goto cleanup;
		if (seen_id(arts, na, vnkg_article_id(a))) {
			vnkg_article_free(a); /* the same article named twice */
			continue;
		}
		arts[na++] = a;
	}
	err = build_articles(out, arts, na, stats);
cleanup:
	for (i = 0; i < na; i++)
		vnkg_article_free(arts[i]);
	free(arts);
	vnkg_i_strvec_free(&files);
	return err;
}

int vnkg_build_buffers(vnkg_graph **out, const char *const *ids, const char *const *texts, size_t n,
		       const vnkg_build_options *opts, vnkg_build_stats *stats)
{
	vnkg_article **arts = calloc(n + 1, sizeof(*arts));
	size_t i, na = 0;
	int err = 0;

	(void)opts;
	*out = NULL;
	if (!arts)
		return vnkg_i_oom();
	for (i = 0; i < n; i++) {
		err = vnkg_article_from_buffer(&arts[na], ids[i], texts[i], strlen(texts[i]), ids[i]);
		if (err < 0)
			goto cleanup;
		na++;
	}
	err = build_articles(out, arts, na, stats);
cleanup:
	for (i = 0; i < na; i++)
		vnkg_article_free(arts[i]);
	free(arts);
	return err;
}
