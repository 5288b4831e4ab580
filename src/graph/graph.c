#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph/graph_i.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/graph.h"

/* The graph core: one column of owned strings per contract key (NULL means
 * unset, read as ""), the edge ends, the numeric mentions and weights, a
 * kg_id -> node hash index (open addressing, linear probing, load <= 1/2),
 * and an igraph_t kept up to date lazily from the edge list. */

const char *const vnkg_graph_node_keys[] = {
	"kg_id", "type", "label", "aliases", "sources", "mentions",
	"date", "date_precision", "rank", "kind", "number", NULL
};

const char *const vnkg_graph_edge_keys[] = {
	"relation", "label", "role", "rank", "date", "source", "evidence", "weight", NULL
};

/* The igraph view; allocated apart so that a const graph can update it. */
struct igraph_cache {
	igraph_t ig;
	int built;
	size_t nodes; /* nodes and edges it holds */
	size_t edges;
};

struct vnkg_graph {
	size_t node_count;
	size_t node_cap;
	char **node_cols[VNKG_I_GRAPH_NODE_KEYS];
	long *mentions;

	size_t edge_count;
	size_t edge_cap;
	char **edge_cols[VNKG_I_GRAPH_EDGE_KEYS];
	size_t *from;
	size_t *to;
	double *weight;

	size_t *slots; /* node index + 1; 0 is an empty slot */
	size_t slot_cap; /* a power of two */

	struct igraph_cache *cache;
};

/* ------------------------------------------------------------------ keys */

int vnkg_i_graph_node_key_index(const char *key)
{
	int i;

	if (!key)
		return -1;
	for (i = 0; i < VNKG_I_GRAPH_NODE_KEYS; i++)
		if (strcmp(vnkg_graph_node_keys[i], key) == 0)
			return i;
	return -1;
}

int vnkg_i_graph_edge_key_index(const char *key)
{
	int i;

	if (!key)
		return -1;
	for (i = 0; i < VNKG_I_GRAPH_EDGE_KEYS; i++)
		if (strcmp(vnkg_graph_edge_keys[i], key) == 0)
			return i;
	return -1;
}

void vnkg_i_graph_format_double(char *buf, size_t size, double v)
{
	snprintf(buf, size, "%.15g", v);
	if (isfinite(v) && strtod(buf, NULL) != v)
		snprintf(buf, size, "%.17g", v);
}

/* ------------------------------------------------------------------ hash */

static uint64_t hash_str(const char *s)
{
	uint64_t h = 14695981039346656037ULL;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	/* mix the high bits down, since the table uses the low ones */
	h ^= h >> 29;
	return h;
}

/* The slot holding `kg_id`, or the empty slot where it would go. */
static size_t hash_slot(const vnkg_graph *g, const char *kg_id)
{
	size_t mask = g->slot_cap - 1;
	size_t i = (size_t)hash_str(kg_id) & mask;

	while (g->slots[i]) {
		size_t node = g->slots[i] - 1;

		if (strcmp(g->node_cols[VNKG_I_NODE_KG_ID][node], kg_id) == 0)
			break;
		i = (i + 1) & mask;
	}
	return i;
}

static int hash_resize(vnkg_graph *g, size_t cap)
{
	size_t *old = g->slots, old_cap = g->slot_cap, i;
	size_t *slots = calloc(cap, sizeof(*slots));

	if (!slots)
		return vnkg_i_oom();
	g->slots = slots;
	g->slot_cap = cap;
	for (i = 0; i < old_cap; i++) {
		if (old[i]) {
			const char *id = g->node_cols[VNKG_I_NODE_KG_ID][old[i] - 1];
			g->slots[hash_slot(g, id)] = old[i];
		}
	}
	free(old);
	return 0;
}

/* Makes room for one more key (keeps the load at most 1/2). */
static int hash_reserve(vnkg_graph *g, size_t keys)
{
	size_t cap = g->slot_cap ? g->slot_cap : 64;

	while (keys * 2 > cap) {
		if (cap > SIZE_MAX / 2 / sizeof(size_t))
			return vnkg_i_oom();
		cap *= 2;
	}
	if (cap == g->slot_cap)
		return 0;
	return hash_resize(g, cap);
}

/* Removes the entry in slot i (backward-shift deletion, no tombstones). */
static void hash_remove_slot(vnkg_graph *g, size_t i)
{
	size_t mask = g->slot_cap - 1;
	size_t j = i;

	g->slots[i] = 0;
	for (;;) {
		size_t home;

		j = (j + 1) & mask;
		if (!g->slots[j])
			break;
		home = (size_t)hash_str(g->node_cols[VNKG_I_NODE_KG_ID][g->slots[j] - 1]) & mask;
		/* move slots[j] to the hole unless its home lies cyclically in (i, j] */
		if ((j > i && (home <= i || home > j)) || (j < i && (home <= i && home > j))) {
			g->slots[i] = g->slots[j];
			g->slots[j] = 0;
			i = j;
		}
	}
}

/* ------------------------------------------------------------------ life */

int vnkg_graph_new(vnkg_graph **out)
{
	vnkg_graph *g;
	int err = 0;

	*out = NULL;
	g = calloc(1, sizeof(*g));
	if (!g)
		return vnkg_i_oom();
	g->cache = calloc(1, sizeof(*g->cache));
	if (!g->cache) {
		err = vnkg_i_oom();
		goto cleanup;
	}
	err = hash_reserve(g, 1);

cleanup:
	if (err < 0)
		vnkg_graph_free(g);
	else
		*out = g;
	return err;
}

void vnkg_graph_free(vnkg_graph *g)
{
	size_t i;
	int k;

	if (!g)
		return;
	for (k = 0; k < VNKG_I_GRAPH_NODE_KEYS; k++) {
		if (g->node_cols[k])
			for (i = 0; i < g->node_count; i++)
				free(g->node_cols[k][i]);
		free(g->node_cols[k]);
	}
	for (k = 0; k < VNKG_I_GRAPH_EDGE_KEYS; k++) {
		if (g->edge_cols[k])
			for (i = 0; i < g->edge_count; i++)
				free(g->edge_cols[k][i]);
		free(g->edge_cols[k]);
	}
	free(g->mentions);
	free(g->from);
	free(g->to);
	free(g->weight);
	free(g->slots);
	if (g->cache) {
		if (g->cache->built)
			igraph_destroy(&g->cache->ig);
		free(g->cache);
	}
	free(g);
}

size_t vnkg_graph_node_count(const vnkg_graph *g)
{
	return g ? g->node_count : 0;
}

size_t vnkg_graph_edge_count(const vnkg_graph *g)
{
	return g ? g->edge_count : 0;
}

/* realloc of an array to `n` elements of `size` bytes, checked for
 * overflow. Returns the new array, or NULL (error recorded) leaving the old
 * one as it was. */
static void *grow_array(void *p, size_t n, size_t size)
{
	void *q;

	if (n > SIZE_MAX / size) {
		vnkg_i_oom();
		return NULL;
	}
	q = realloc(p, n * size);
	if (!q)
		vnkg_i_oom();
	return q;
}

static int node_reserve(vnkg_graph *g)
{
	size_t cap;
	void *p;
	int k;

	if (g->node_count < g->node_cap)
		return 0;
	cap = g->node_cap ? g->node_cap * 2 : 16;
	/* each array grows on its own; node_cap moves only once all have */
	for (k = 0; k < VNKG_I_GRAPH_NODE_KEYS; k++) {
		p = grow_array(g->node_cols[k], cap, sizeof(char *));
		if (!p)
			return VNKG_ENOMEM;
		g->node_cols[k] = p;
	}
	p = grow_array(g->mentions, cap, sizeof(long));
	if (!p)
		return VNKG_ENOMEM;
	g->mentions = p;
	g->node_cap = cap;
	return 0;
}

static int edge_reserve(vnkg_graph *g)
{
	size_t cap;
	void *p;
	int k;

	if (g->edge_count < g->edge_cap)
		return 0;
	cap = g->edge_cap ? g->edge_cap * 2 : 16;
	for (k = 0; k < VNKG_I_GRAPH_EDGE_KEYS; k++) {
		p = grow_array(g->edge_cols[k], cap, sizeof(char *));
		if (!p)
			return VNKG_ENOMEM;
		g->edge_cols[k] = p;
	}
	p = grow_array(g->from, cap, sizeof(size_t));
	if (!p)
		return VNKG_ENOMEM;
	g->from = p;
	p = grow_array(g->to, cap, sizeof(size_t));
	if (!p)
		return VNKG_ENOMEM;
	g->to = p;
	p = grow_array(g->weight, cap, sizeof(double));
	if (!p)
		return VNKG_ENOMEM;
	g->weight = p;
	g->edge_cap = cap;
	return 0;
}

/* ------------------------------------------------------------------ add */

int vnkg_graph_add_node(vnkg_graph *g, size_t *out, const char *kg_id)
{
	size_t slot, n;
	char *id = NULL;
	int k, err;

	if (!g || !kg_id || !*kg_id) {
		vnkg_error_set("vnkg_graph_add_node: a node needs a non-empty kg_id");
		return VNKG_EINVALID;
	}
	slot = hash_slot(g, kg_id);
	if (g->slots[slot]) {
		vnkg_error_set("graph: a node with kg_id '%s' exists already (node %zu)", kg_id,
			       g->slots[slot] - 1);
		return VNKG_EINVALID;
	}
	err = node_reserve(g);
	if (err < 0)
		return err;
	err = hash_reserve(g, g->node_count + 1);
	if (err < 0)
		return err;
	id = vnkg_i_strdup(kg_id);
	if (!id)
		return VNKG_ENOMEM;

	n = g->node_count;
	for (k = 0; k < VNKG_I_GRAPH_NODE_KEYS; k++)
		g->node_cols[k][n] = NULL;
	g->node_cols[VNKG_I_NODE_KG_ID][n] = id;
	g->mentions[n] = 0;
	g->node_count++;
	g->slots[hash_slot(g, kg_id)] = n + 1;
	if (out)
		*out = n;
	return 0;
}

int vnkg_graph_add_edge(vnkg_graph *g, size_t *out, size_t from, size_t to)
{
	size_t e;
	int k, err;

	if (!g || from >= g->node_count || to >= g->node_count) {
		vnkg_error_set("vnkg_graph_add_edge: node %zu or %zu is out of range (%zu nodes)", from, to,
			       g ? g->node_count : 0);
		return VNKG_EINVALID;
	}
	err = edge_reserve(g);
	if (err < 0)
		return err;
	e = g->edge_count;
	for (k = 0; k < VNKG_I_GRAPH_EDGE_KEYS; k++)
		g->edge_cols[k][e] = NULL;
	g->from[e] = from;
	g->to[e] = to;
	g->weight[e] = 1.0;
	g->edge_count++;
	if (out)
		*out = e;
	return 0;
}

/* ------------------------------------------------------------------ set */

/* Replaces an owned string cell with a copy of value (NULL or "" unset it). */
static int set_cell(char **cell, const char *value)
{
	char *copy = NULL;

	if (value && *value) {
		copy = vnkg_i_strdup(value);
		if (!copy)
			return VNKG_ENOMEM;
	}
	free(*cell);
	*cell = copy;
	return 0;
}

/* Parses a whole decimal integer. */
static int parse_long(long *out, const char *s)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (end == s || *end || errno)
		return -1;
	*out = v;
	return 0;
}

/* Parses a whole finite decimal number. */
static int parse_double(double *out, const char *s)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (end == s || *end || errno || !isfinite(v))
		return -1;
	*out = v;
	return 0;
}

static int set_kg_id(vnkg_graph *g, size_t node, const char *value)
{
	char **cell = &g->node_cols[VNKG_I_NODE_KG_ID][node];
	size_t slot;
	char *copy;

	if (!value || !*value) {
		vnkg_error_set("graph: kg_id of node %zu cannot be empty", node);
		return VNKG_EINVALID;
	}
	if (strcmp(*cell, value) == 0)
		return 0;
	slot = hash_slot(g, value);
	if (g->slots[slot]) {
		vnkg_error_set("graph: a node with kg_id '%s' exists already (node %zu)", value,
			       g->slots[slot] - 1);
		return VNKG_EINVALID;
	}
	copy = vnkg_i_strdup(value);
	if (!copy)
		return VNKG_ENOMEM;
	hash_remove_slot(g, hash_slot(g, *cell));
	free(*cell);
	*cell = copy;
	g->slots[hash_slot(g, copy)] = node + 1;
	return 0;
}

int vnkg_graph_set_node_attr(vnkg_graph *g, size_t node, const char *key, const char *value)
{
	int col = vnkg_i_graph_node_key_index(key);
	long mentions = 0;
	int err;

	if (!g || node >= g->node_count) {
		vnkg_error_set("graph: node %zu is out of range (%zu nodes)", node, g ? g->node_count : 0);
		return VNKG_EINVALID;
	}
	if (col < 0) {
		vnkg_error_set("graph: unknown node attribute '%s'; see vnkg_graph_node_keys",
			       key ? key : "(null)");
		return VNKG_EINVALID;
	}
	if (col == VNKG_I_NODE_KG_ID)
		return set_kg_id(g, node, value);
	if (col == VNKG_I_NODE_MENTIONS && value && *value && parse_long(&mentions, value) < 0) {
		vnkg_error_set("graph: mentions of node %zu must be a decimal integer, not '%s'", node, value);
		return VNKG_EINVALID;
	}
	err = set_cell(&g->node_cols[col][node], value);
	if (err == 0 && col == VNKG_I_NODE_MENTIONS)
		g->mentions[node] = mentions;
	return err;
}

int vnkg_graph_set_edge_attr(vnkg_graph *g, size_t edge, const char *key, const char *value)
{
	int col = vnkg_i_graph_edge_key_index(key);
	double weight = 1.0;
	int err;

	if (!g || edge >= g->edge_count) {
		vnkg_error_set("graph: edge %zu is out of range (%zu edges)", edge, g ? g->edge_count : 0);
		return VNKG_EINVALID;
	}
	if (col < 0) {
		vnkg_error_set("graph: unknown edge attribute '%s'; see vnkg_graph_edge_keys",
			       key ? key : "(null)");
		return VNKG_EINVALID;
	}
	if (col == VNKG_I_EDGE_WEIGHT) {
		if (value && *value && parse_double(&weight, value) < 0) {
			vnkg_error_set("graph: weight of edge %zu must be a finite decimal number, not '%s'",
				       edge, value);
			return VNKG_EINVALID;
		}
		return vnkg_graph_set_edge_weight(g, edge, weight);
	}
	err = set_cell(&g->edge_cols[col][edge], value);
	return err;
}

int vnkg_graph_set_node_mentions(vnkg_graph *g, size_t node, long mentions)
{
	char text[32];
	int err;

	if (!g || node >= g->node_count) {
		vnkg_error_set("graph: node %zu is out of range (%zu nodes)", node, g ? g->node_count : 0);
		return VNKG_EINVALID;
	}
	snprintf(text, sizeof(text), "%ld", mentions);
	err = set_cell(&g->node_cols[VNKG_I_NODE_MENTIONS][node], text);
	if (err == 0)
		g->mentions[node] = mentions;
	return err;
}

int vnkg_graph_set_edge_weight(vnkg_graph *g, size_t edge, double weight)
{
	char text[40];
	int err;

	if (!g || edge >= g->edge_count) {
		vnkg_error_set("graph: edge %zu is out of range (%zu edges)", edge, g ? g->edge_count : 0);
		return VNKG_EINVALID;
	}
	/* the default weight 1 is kept as an unset cell, read as "1" */
	if (weight == 1.0) {
		err = set_cell(&g->edge_cols[VNKG_I_EDGE_WEIGHT][edge], NULL);
	} else {
		vnkg_i_graph_format_double(text, sizeof(text), weight);
		err = set_cell(&g->edge_cols[VNKG_I_EDGE_WEIGHT][edge], text);
	}
	if (err == 0)
		g->weight[edge] = weight;
	return err;
}

/* ------------------------------------------------------------------ get */

const char *vnkg_i_graph_node_attr_at(const vnkg_graph *g, size_t node, int col)
{
	const char *v;

	if (!g || node >= g->node_count || col < 0 || col >= VNKG_I_GRAPH_NODE_KEYS)
		return NULL;
	v = g->node_cols[col][node];
	return v ? v : "";
}

const char *vnkg_i_graph_edge_attr_at(const vnkg_graph *g, size_t edge, int col)
{
	const char *v;

	if (!g || edge >= g->edge_count || col < 0 || col >= VNKG_I_GRAPH_EDGE_KEYS)
		return NULL;
	v = g->edge_cols[col][edge];
	if (!v && col == VNKG_I_EDGE_WEIGHT)
		return "1";
	return v ? v : "";
}

const char *vnkg_graph_node_attr(const vnkg_graph *g, size_t node, const char *key)
{
	return vnkg_i_graph_node_attr_at(g, node, vnkg_i_graph_node_key_index(key));
}

const char *vnkg_graph_edge_attr(const vnkg_graph *g, size_t edge, const char *key)
{
	return vnkg_i_graph_edge_attr_at(g, edge, vnkg_i_graph_edge_key_index(key));
}

long vnkg_graph_node_mentions(const vnkg_graph *g, size_t node)
{
	if (!g || node >= g->node_count)
		return 0;
	return g->mentions[node];
}

double vnkg_graph_edge_weight(const vnkg_graph *g, size_t edge)
{
	if (!g || edge >= g->edge_count)
		return 0.0;
	return g->weight[edge];
}

int vnkg_graph_edge_ends(const vnkg_graph *g, size_t edge, size_t *from, size_t *to)
{
	if (!g || edge >= g->edge_count) {
		vnkg_error_set("graph: edge %zu is out of range (%zu edges)", edge, g ? g->edge_count : 0);
		return VNKG_EINVALID;
	}
	if (from)
		*from = g->from[edge];
	if (to)
		*to = g->to[edge];
	return 0;
}

int vnkg_graph_find(const vnkg_graph *g, size_t *out, const char *kg_id)
{
	size_t slot;

	if (!g || !kg_id || !*kg_id)
		return VNKG_ENOTFOUND;
	slot = hash_slot(g, kg_id);
	if (!g->slots[slot])
		return VNKG_ENOTFOUND;
	if (out)
		*out = g->slots[slot] - 1;
	return 0;
}

/* ------------------------------------------------------------------ igraph */

/* Maps an igraph error code; the handler installed by vnkg_global_init()
 * has recorded the message already. */
static int igraph_fail(igraph_error_t rc)
{
	if (rc == IGRAPH_ENOMEM)
		return vnkg_i_oom();
	if (strncmp(vnkg_error_last(), "igraph:", 7) != 0)
		vnkg_error_set("igraph: %s", igraph_strerror(rc));
	return VNKG_ERROR;
}

int vnkg_i_graph_igraph(const vnkg_graph *g, const igraph_t **out)
{
	struct igraph_cache *c;
	igraph_vector_int_t ends;
	int have_ends = 0;
	igraph_error_t rc;
	size_t e;
	int err = 0;

	*out = NULL;
	if (!g || !g->cache) {
		vnkg_error_set("vnkg_i_graph_igraph: no graph");
		return VNKG_EINVALID;
	}
	c = g->cache;
	if (!c->built) {
		rc = igraph_empty(&c->ig, 0, IGRAPH_DIRECTED);
		if (rc != IGRAPH_SUCCESS)
			return igraph_fail(rc);
		c->built = 1;
		c->nodes = c->edges = 0;
	}
	if (c->nodes < g->node_count) {
		rc = igraph_add_vertices(&c->ig, (igraph_integer_t)(g->node_count - c->nodes), NULL);
		if (rc != IGRAPH_SUCCESS) {
			err = igraph_fail(rc);
			goto cleanup;
		}
		c->nodes = g->node_count;
	}
	if (c->edges < g->edge_count) {
		rc = igraph_vector_int_init(&ends, (igraph_integer_t)(2 * (g->edge_count - c->edges)));
		if (rc != IGRAPH_SUCCESS) {
			err = igraph_fail(rc);
			goto cleanup;
		}
		have_ends = 1;
		for (e = c->edges; e < g->edge_count; e++) {
			VECTOR(ends)[2 * (e - c->edges)] = (igraph_integer_t)g->from[e];
			VECTOR(ends)[2 * (e - c->edges) + 1] = (igraph_integer_t)g->to[e];
		}
		rc = igraph_add_edges(&c->ig, &ends, NULL);
		if (rc != IGRAPH_SUCCESS) {
			err = igraph_fail(rc);
			goto cleanup;
		}
		c->edges = g->edge_count;
	}

cleanup:
	if (have_ends)
		igraph_vector_int_destroy(&ends);
	if (err < 0) {
		/* start over on the next call rather than trust a half-updated view */
		igraph_destroy(&c->ig);
		c->built = 0;
		c->nodes = c->edges = 0;
		return err;
	}
	*out = &c->ig;
	return 0;
}
