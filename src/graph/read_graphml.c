#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <igraph.h>

#include "graph/graph_i.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/graph.h"

/* Reads GraphML through igraph's reader (libxml2) with the C attribute table
 * installed by vnkg_global_init(): string keys come back as string
 * attributes, int/double keys as numeric ones (NaN where a node or edge has
 * no data). Every attribute is turned into text and stored through the
 * public setters, so the numeric keys are checked the same way as when a
 * graph is built. */

#define NOT_VNKG "not a valid GraphML file written by `vnkg build`"

/* Records an igraph failure on `path`, keeping igraph's reason. */
static int igraph_fail(igraph_error_t rc, const char *path)
{
	char reason[512];

	if (rc == IGRAPH_ENOMEM)
		return vnkg_i_oom();
	snprintf(reason, sizeof(reason), "%s", vnkg_error_last());
	if (!reason[0])
		snprintf(reason, sizeof(reason), "igraph: %s", igraph_strerror(rc));
	/* igraph says "Graph index was too large" when it found no <graph> */
	if (rc == IGRAPH_EINVAL && strstr(reason, "index"))
		snprintf(reason, sizeof(reason), "no <graph> element inside a <graphml> root");
	vnkg_error_set("%s: %s (%s); check the file or rebuild it with `vnkg build`", path, NOT_VNKG, reason);
	return VNKG_EINVALID;
}

/* Prefixes the last error with the file name (for errors of the setters). */
static int bad_content(int err, const char *path)
{
	char reason[512];

	if (err == VNKG_ENOMEM)
		return err;
	snprintf(reason, sizeof(reason), "%s", vnkg_error_last());
	vnkg_error_set("%s: %s; the file is %s", path,
		       strncmp(reason, "graph: ", 7) == 0 ? reason + 7 : reason, NOT_VNKG);
	return VNKG_EINVALID;
}

/* The igraph type of attribute `name` in (names, types), or -1. */
static int attr_type(const igraph_strvector_t *names, const igraph_vector_int_t *types, const char *name)
{
	igraph_integer_t i;

	for (i = 0; i < igraph_strvector_size(names); i++)
		if (strcmp(igraph_strvector_get(names, i), name) == 0)
			return (int)VECTOR(*types)[i];
	return -1;
}

/* Fills `out` (already initialised) with the attribute as text, one entry
 * per vertex or edge: numbers formatted as the graph formats them ("" for
 * NaN, igraph's "no data"), booleans as true/false. An unknown attribute
 * gives "" everywhere. */
static int attr_texts(igraph_strvector_t *out, const igraph_t *ig, int edges, const char *name, int type,
		      const char *path)
{
	igraph_integer_t n = edges ? igraph_ecount(ig) : igraph_vcount(ig), i;
	igraph_vector_t num;
	igraph_vector_bool_t flags;
	igraph_error_t rc;
	char text[40];
	int have_num = 0, have_flags = 0, err = 0;

	igraph_strvector_clear(out);
	rc = igraph_strvector_resize(out, n);
	if (rc != IGRAPH_SUCCESS)
		return igraph_fail(rc, path);
	if (type == IGRAPH_ATTRIBUTE_STRING) {
		if (edges)
			rc = igraph_cattribute_EASV(ig, name, igraph_ess_all(IGRAPH_EDGEORDER_ID), out);
		else
			rc = igraph_cattribute_VASV(ig, name, igraph_vss_all(), out);
		if (rc != IGRAPH_SUCCESS)
			err = igraph_fail(rc, path);
	} else if (type == IGRAPH_ATTRIBUTE_NUMERIC) {
		rc = igraph_vector_init(&num, n);
		if (rc != IGRAPH_SUCCESS) {
			err = igraph_fail(rc, path);
			goto cleanup;
		}
		have_num = 1;
		if (edges)
			rc = igraph_cattribute_EANV(ig, name, igraph_ess_all(IGRAPH_EDGEORDER_ID), &num);
		else
			rc = igraph_cattribute_VANV(ig, name, igraph_vss_all(), &num);
		for (i = 0; i < n && rc == IGRAPH_SUCCESS; i++) {
			if (isnan(VECTOR(num)[i]))
				continue;
			vnkg_i_graph_format_double(text, sizeof(text), VECTOR(num)[i]);
			rc = igraph_strvector_set(out, i, text);
		}
		if (rc != IGRAPH_SUCCESS)
			err = igraph_fail(rc, path);
	} else if (type == IGRAPH_ATTRIBUTE_BOOLEAN) {
		rc = igraph_vector_bool_init(&flags, n);
		if (rc != IGRAPH_SUCCESS) {
			err = igraph_fail(rc, path);
			goto cleanup;
		}
		have_flags = 1;
		if (edges)
			rc = igraph_cattribute_EABV(ig, name, igraph_ess_all(IGRAPH_EDGEORDER_ID), &flags);
		else
			rc = igraph_cattribute_VABV(ig, name, igraph_vss_all(), &flags);
		for (i = 0; i < n && rc == IGRAPH_SUCCESS; i++)
			rc = igraph_strvector_set(out, i, VECTOR(flags)[i] ? "true" : "false");
		if (rc != IGRAPH_SUCCESS)
			err = igraph_fail(rc, path);
	}

cleanup:
	if (have_num)
		igraph_vector_destroy(&num);
	if (have_flags)
		igraph_vector_bool_destroy(&flags);
	return err;
}

static int add_nodes(vnkg_graph *g, const igraph_t *ig, const igraph_strvector_t *names,
		     const igraph_vector_int_t *types, const char *path)
{
	igraph_strvector_t kg_ids, ids, col;
	int have_kg_ids = 0, have_ids = 0, have_col = 0, err = 0, k;
	igraph_integer_t v, n = igraph_vcount(ig);
	igraph_error_t rc;
	char fallback[32];
	const char *id, *gml_id;

	rc = igraph_strvector_init(&kg_ids, 0);
	if (rc == IGRAPH_SUCCESS) {
		have_kg_ids = 1;
		rc = igraph_strvector_init(&ids, 0);
	}
	if (rc == IGRAPH_SUCCESS) {
		have_ids = 1;
		rc = igraph_strvector_init(&col, 0);
	}
	if (rc != IGRAPH_SUCCESS) {
		err = igraph_fail(rc, path);
		goto cleanup;
	}
	have_col = 1;

	err = attr_texts(&kg_ids, ig, 0, "kg_id", attr_type(names, types, "kg_id"), path);
	if (err == 0)
		err = attr_texts(&ids, ig, 0, "id", attr_type(names, types, "id"), path);
	for (v = 0; v < n && err == 0; v++) {
		gml_id = igraph_strvector_get(&ids, v);
		id = igraph_strvector_get(&kg_ids, v);
		if (!*id)
			id = gml_id;
		if (!*id) {
			snprintf(fallback, sizeof(fallback), "n%ld", (long)v);
			id = fallback;
		}
		err = vnkg_graph_add_node(g, NULL, id);
		if (err < 0) {
			if (err == VNKG_EINVALID) {
				vnkg_error_set("%s: node '%s' repeats kg_id '%s'; the file is %s", path, gml_id, id,
					       NOT_VNKG);
			}
			goto cleanup;
		}
	}

	for (k = 0; k < VNKG_I_GRAPH_NODE_KEYS && err == 0; k++) {
		const char *key = vnkg_graph_node_keys[k];
		int type = attr_type(names, types, key);

		if (k == VNKG_I_NODE_KG_ID || type < 0)
			continue;
		err = attr_texts(&col, ig, 0, key, type, path);
		for (v = 0; v < n && err == 0; v++) {
			const char *text = igraph_strvector_get(&col, v);

			if (!*text)
				continue;
			err = vnkg_graph_set_node_attr(g, (size_t)v, key, text);
			if (err < 0)
				err = bad_content(err, path);
		}
	}

cleanup:
	if (have_col)
		igraph_strvector_destroy(&col);
	if (have_ids)
		igraph_strvector_destroy(&ids);
	if (have_kg_ids)
		igraph_strvector_destroy(&kg_ids);
	return err;
}

static int add_edges(vnkg_graph *g, const igraph_t *ig, const igraph_strvector_t *names,
		     const igraph_vector_int_t *types, const char *path)
{
	igraph_integer_t e, n = igraph_ecount(ig);
	igraph_strvector_t col;
	igraph_error_t rc;
	int err = 0, k;

	for (e = 0; e < n && err == 0; e++)
		err = vnkg_graph_add_edge(g, NULL, (size_t)IGRAPH_FROM(ig, e), (size_t)IGRAPH_TO(ig, e));
	if (err < 0)
		return bad_content(err, path);

	rc = igraph_strvector_init(&col, 0);
	if (rc != IGRAPH_SUCCESS)
		return igraph_fail(rc, path);
	for (k = 0; k < VNKG_I_GRAPH_EDGE_KEYS && err == 0; k++) {
		const char *key = vnkg_graph_edge_keys[k];
		int type = attr_type(names, types, key);

		if (type < 0)
			continue;
		err = attr_texts(&col, ig, 1, key, type, path);
		for (e = 0; e < n && err == 0; e++) {
			const char *text = igraph_strvector_get(&col, e);

			if (!*text)
				continue;
			err = vnkg_graph_set_edge_attr(g, (size_t)e, key, text);
			if (err < 0)
				err = bad_content(err, path);
		}
	}
	igraph_strvector_destroy(&col);
	return err;
}

/* The attribute names and types igraph_cattribute_list fills in; `ready`
 * counts the members initialised, so that destroy frees just those. */
struct attr_lists {
	igraph_strvector_t gnames, vnames, enames;
	igraph_vector_int_t gtypes, vtypes, etypes;
	int ready;
};

static igraph_error_t lists_init(struct attr_lists *l)
{
	IGRAPH_CHECK(igraph_strvector_init(&l->gnames, 0));
	l->ready = 1;
	IGRAPH_CHECK(igraph_strvector_init(&l->vnames, 0));
	l->ready = 2;
	IGRAPH_CHECK(igraph_strvector_init(&l->enames, 0));
	l->ready = 3;
	IGRAPH_CHECK(igraph_vector_int_init(&l->gtypes, 0));
	l->ready = 4;
	IGRAPH_CHECK(igraph_vector_int_init(&l->vtypes, 0));
	l->ready = 5;
	IGRAPH_CHECK(igraph_vector_int_init(&l->etypes, 0));
	l->ready = 6;
	return IGRAPH_SUCCESS;
}

static void lists_destroy(struct attr_lists *l)
{
	if (l->ready > 0)
		igraph_strvector_destroy(&l->gnames);
	if (l->ready > 1)
		igraph_strvector_destroy(&l->vnames);
	if (l->ready > 2)
		igraph_strvector_destroy(&l->enames);
	if (l->ready > 3)
		igraph_vector_int_destroy(&l->gtypes);
	if (l->ready > 4)
		igraph_vector_int_destroy(&l->vtypes);
	if (l->ready > 5)
		igraph_vector_int_destroy(&l->etypes);
	l->ready = 0;
}

int vnkg_graph_read_graphml(vnkg_graph **out, const char *path)
{
	struct attr_lists l = {0};
	int have_ig = 0, err = 0;
	vnkg_graph *g = NULL;
	igraph_error_t rc;
	igraph_t ig;
	FILE *fp = NULL;
	struct stat st;

	*out = NULL;
	if (!path || !*path) {
		vnkg_error_set("vnkg_graph_read_graphml: no path given");
		return VNKG_EINVALID;
	}
	if (!igraph_has_attribute_table()) {
		vnkg_error_set("%s: cannot read attributes: call vnkg_global_init() first", path);
		return VNKG_ERROR;
	}
	fp = fopen(path, "rb");
	if (!fp) {
		vnkg_error_set("%s: cannot open the graph: %s; check the path (run `vnkg build` to make one)",
			       path, strerror(errno));
		return VNKG_ERROR;
	}

	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		vnkg_error_set("%s: is a folder, not a GraphML file; give the path of the .graphml file", path);
		err = VNKG_ERROR;
		goto cleanup;
	}

	if (fstat(fileno(fp), &st) == 0 && st.st_size == 0) {
		vnkg_error_set("%s: the file is empty, %s; rebuild it with `vnkg build`", path, NOT_VNKG);
		err = VNKG_EINVALID;
		goto cleanup;
	}

	vnkg_error_clear();
	rc = igraph_read_graph_graphml(&ig, fp, 0);
	if (rc != IGRAPH_SUCCESS) {
		err = igraph_fail(rc, path);
		goto cleanup;
	}
	have_ig = 1;
	if (ferror(fp)) {
		vnkg_error_set("%s: read failed: %s", path, strerror(errno));
		err = VNKG_ERROR;
		goto cleanup;
	}

	rc = lists_init(&l);
	if (rc != IGRAPH_SUCCESS) {
		err = igraph_fail(rc, path);
		goto cleanup;
	}
	rc = igraph_cattribute_list(&ig, &l.gnames, &l.gtypes, &l.vnames, &l.vtypes, &l.enames, &l.etypes);
	if (rc != IGRAPH_SUCCESS) {
		err = igraph_fail(rc, path);
		goto cleanup;
	}

	err = vnkg_graph_new(&g);
	if (err == 0)
		err = add_nodes(g, &ig, &l.vnames, &l.vtypes, path);
	if (err == 0)
		err = add_edges(g, &ig, &l.enames, &l.etypes, path);

cleanup:
	lists_destroy(&l);
	if (have_ig)
		igraph_destroy(&ig);
	fclose(fp);
	if (err < 0)
		vnkg_graph_free(g);
	else
		*out = g;
	return err;
}
