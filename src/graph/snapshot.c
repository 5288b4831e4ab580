/* Opening a graph for queries, through a binary snapshot kept beside the
 * GraphML file so that large graphs open in a fraction of the time igraph's
 * GraphML reader takes (3 to 5 s for a 150 MB file of 100,000 nodes).
 *
 * The snapshot "<path>.qcache" is:
 *   "VNKGQC03"                                  magic and format version
 *   u64 size, i64 mtime_sec, i64 mtime_nsec,    the GraphML file it was
 *   u64 inode, u64 device, u64 checksum of      made from
 *   its first and last 64 KiB
 *   u64 nodes, u64 edges, u32 node keys, u32 edge keys
 *   per node: the node keys' texts in contract order (u32 length, bytes,
 *             a NUL byte)
 *   per edge: u64 from, u64 to, then the edge keys' texts
 *   u64 checksum of everything before it
 * all integers little-endian. A snapshot that does not match the GraphML
 * file, is cut short or fails its hash is ignored (and replaced). */

#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "graph/graph_i.h"
#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/graph.h"
#include "vnkg/query.h"

static const char magic[8] = {'V', 'N', 'K', 'G', 'Q', 'C', '0', '3'};

/* The GraphML file's identity, as the snapshot records it: its size,
 * modification time, inode and device, and a checksum of its first and last
 * 64 KiB (so that a file replaced in place within one clock tick is not
 * taken for the old one). */
struct identity {
	uint64_t size;
	int64_t sec;
	int64_t nsec;
	uint64_t ino;
	uint64_t dev;
	uint64_t ends;
};

#define IDENTITY_SPAN 65536

static uint64_t checksum(const unsigned char *p, size_t n);

static int identify(struct identity *out, const char *path)
{
	unsigned char *buf = NULL;
	struct stat st;
	size_t n = 0, m = 0;
	FILE *fp;
	int ok = 0;

	fp = fopen(path, "rb");
	if (!fp)
		return -1;
	if (fstat(fileno(fp), &st) != 0 || !S_ISREG(st.st_mode))
		goto cleanup;
	out->size = (uint64_t)st.st_size;
	out->sec = (int64_t)st.st_mtim.tv_sec;
	out->nsec = (int64_t)st.st_mtim.tv_nsec;
	out->ino = (uint64_t)st.st_ino;
	out->dev = (uint64_t)st.st_dev;
	buf = malloc(2 * IDENTITY_SPAN);
	if (!buf)
		goto cleanup;
	n = fread(buf, 1, IDENTITY_SPAN, fp);
	if (st.st_size > 2 * IDENTITY_SPAN && fseek(fp, -(long)IDENTITY_SPAN, SEEK_END) == 0)
		m = fread(buf + n, 1, IDENTITY_SPAN, fp);
	else if (st.st_size > IDENTITY_SPAN)
		m = fread(buf + n, 1, IDENTITY_SPAN, fp);
	if (ferror(fp))
		goto cleanup;
	out->ends = checksum(buf, n + m);
	ok = 1;

cleanup:
	free(buf);
	fclose(fp);
	return ok ? 0 : -1;
}

static int same_identity(const struct identity *a, const struct identity *b)
{
	return a->size == b->size && a->sec == b->sec && a->nsec == b->nsec && a->ino == b->ino &&
		a->dev == b->dev && a->ends == b->ends;
}

/* A 64-bit checksum of the data, eight bytes at a step (the snapshot is
 * tens of megabytes on large graphs; it only guards against damage). */
static uint64_t checksum(const unsigned char *p, size_t n)
{
	uint64_t h = 0x9E3779B97F4A7C15ULL ^ (uint64_t)n;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w;

		memcpy(&w, p + i, 8);
		h ^= w * 0xC2B2AE3D27D4EB4FULL;
		h = (h << 31 | h >> 33) * 0x165667B19E3779F9ULL;
	}
	for (; i < n; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	h ^= h >> 29;
	return h;
}

/* ----------------------------------------------------------------- write */

static void put_u64(vnkg_buf *b, uint64_t v)
{
	unsigned char bytes[8];
	int i;

	for (i = 0; i < 8; i++)
		bytes[i] = (unsigned char)(v >> (8 * i));
	vnkg_i_buf_put(b, (const char *)bytes, 8);
}

static void put_u32(vnkg_buf *b, uint32_t v)
{
	unsigned char bytes[4];
	int i;

	for (i = 0; i < 4; i++)
		bytes[i] = (unsigned char)(v >> (8 * i));
	vnkg_i_buf_put(b, (const char *)bytes, 4);
}

static void put_text(vnkg_buf *b, const char *s)
{
	size_t n = s ? strlen(s) : 0;

	put_u32(b, (uint32_t)n);
	if (n)
		vnkg_i_buf_put(b, s, n);
	vnkg_i_buf_putc(b, '\0');
}

static int write_snapshot(const vnkg_graph *g, const char *cache, const struct identity *id)
{
	size_t nodes = vnkg_graph_node_count(g), edges = vnkg_graph_edge_count(g), i;
	vnkg_buf b = VNKG_BUF_INIT;
	int k, error = 0;

	vnkg_i_buf_put(&b, magic, sizeof(magic));
	put_u64(&b, id->size);
	put_u64(&b, (uint64_t)id->sec);
	put_u64(&b, (uint64_t)id->nsec);
	put_u64(&b, id->ino);
	put_u64(&b, id->dev);
	put_u64(&b, id->ends);
	put_u64(&b, nodes);
	put_u64(&b, edges);
	put_u32(&b, VNKG_I_GRAPH_NODE_KEYS);
	put_u32(&b, VNKG_I_GRAPH_EDGE_KEYS);
	for (i = 0; i < nodes && !b.oom; i++)
		for (k = 0; k < VNKG_I_GRAPH_NODE_KEYS; k++)
			put_text(&b, vnkg_i_graph_node_attr_at(g, i, k));
	for (i = 0; i < edges && !b.oom; i++) {
		size_t from = 0, to = 0;

		vnkg_graph_edge_ends(g, i, &from, &to);
		put_u64(&b, from);
		put_u64(&b, to);
		for (k = 0; k < VNKG_I_GRAPH_EDGE_KEYS; k++)
			put_text(&b, vnkg_i_graph_edge_attr_at(g, i, k));
	}
	if (b.oom) {
		error = VNKG_ENOMEM;
		goto cleanup;
	}
	put_u64(&b, checksum((const unsigned char *)b.ptr, b.len));
	if (b.oom) {
		error = VNKG_ENOMEM;
		goto cleanup;
	}
	error = vnkg_i_write_file_atomic(cache, b.ptr, b.len);

cleanup:
	vnkg_i_buf_free(&b);
	return error;
}

/* ------------------------------------------------------------------ read */

struct reader {
	const unsigned char *p;
	const unsigned char *end;
	int bad;
};

static uint64_t get_u64(struct reader *r)
{
	uint64_t v = 0;
	int i;

	if (r->bad || r->end - r->p < 8) {
		r->bad = 1;
		return 0;
	}
	for (i = 0; i < 8; i++)
		v |= (uint64_t)r->p[i] << (8 * i);
	r->p += 8;
	return v;
}

static uint32_t get_u32(struct reader *r)
{
	uint32_t v = 0;
	int i;

	if (r->bad || r->end - r->p < 4) {
		r->bad = 1;
		return 0;
	}
	for (i = 0; i < 4; i++)
		v |= (uint32_t)r->p[i] << (8 * i);
	r->p += 4;
	return v;
}

/* The next text, in place (the snapshot stores it NUL-terminated); NULL
 * when the data is cut short or malformed. */
static const char *get_text(struct reader *r)
{
	uint32_t n = get_u32(r);
	const char *s;

	if (r->bad || (size_t)(r->end - r->p) < (size_t)n + 1 || r->p[n] != '\0' ||
	    memchr(r->p, '\0', n) != NULL) {
		r->bad = 1;
		return NULL;
	}
	s = (const char *)r->p;
	r->p += (size_t)n + 1;
	return s;
}

/* Maps the whole file read-only; NULL when it cannot be read. */
static unsigned char *map_file(const char *path, size_t *len)
{
	unsigned char *data = NULL;
	struct stat st;
	void *p;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
		p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (p != MAP_FAILED) {
			data = p;
			*len = (size_t)st.st_size;
		}
	}
	close(fd);
	return data;
}

/* Loads the snapshot into *out when it matches `id`. Returns 0 with *out
 * NULL when there is no usable snapshot (not an error), a negative code
 * only when memory runs out or the graph refuses the data. */
static int read_snapshot(vnkg_graph **out, const char *cache, const struct identity *id)
{
	struct identity recorded;
	struct reader r;
	unsigned char *data = NULL;
	size_t len = 0, nodes, edges, i;
	vnkg_graph *g = NULL;
	int k, error = 0;

	*out = NULL;
	data = map_file(cache, &len);
	if (!data || len < sizeof(magic) + 8 || memcmp(data, magic, sizeof(magic)) != 0)
		goto cleanup;
	r.p = data + len - 8;
	r.end = data + len;
	r.bad = 0;
	if (get_u64(&r) != checksum(data, len - 8))
		goto cleanup;

	r.p = data + sizeof(magic);
	r.end = data + len - 8;
	recorded.size = get_u64(&r);
	recorded.sec = (int64_t)get_u64(&r);
	recorded.nsec = (int64_t)get_u64(&r);
	recorded.ino = get_u64(&r);
	recorded.dev = get_u64(&r);
	recorded.ends = get_u64(&r);
	if (r.bad || !same_identity(&recorded, id))
		goto cleanup;
	nodes = (size_t)get_u64(&r);
	edges = (size_t)get_u64(&r);
	if (get_u32(&r) != VNKG_I_GRAPH_NODE_KEYS || get_u32(&r) != VNKG_I_GRAPH_EDGE_KEYS || r.bad)
		goto cleanup;

	error = vnkg_graph_new(&g);
	for (i = 0; i < nodes && error == 0 && !r.bad; i++) {
		size_t n;
		const char *text = get_text(&r);

		if (!text)
			break;
		error = vnkg_graph_add_node(g, &n, text);
		for (k = 1; k < VNKG_I_GRAPH_NODE_KEYS && error == 0; k++) {
			text = get_text(&r);
			if (!text)
				break;
			if (*text)
				error = vnkg_graph_set_node_attr(g, n, vnkg_graph_node_keys[k], text);
		}
	}
	for (i = 0; i < edges && error == 0 && !r.bad; i++) {
		size_t from = (size_t)get_u64(&r), to = (size_t)get_u64(&r), e;

		if (r.bad)
			break;
		error = vnkg_graph_add_edge(g, &e, from, to);
		for (k = 0; k < VNKG_I_GRAPH_EDGE_KEYS && error == 0; k++) {
			const char *text = get_text(&r);

			if (!text)
				break;
			if (*text)
				error = vnkg_graph_set_edge_attr(g, e, vnkg_graph_edge_keys[k], text);
		}
	}
	if (error == VNKG_EINVALID || r.bad || r.p != r.end) {
		/* a snapshot the graph refuses is as good as none */
		vnkg_error_clear();
		error = 0;
		goto cleanup;
	}
	if (error < 0)
		goto cleanup;
	*out = g;
	g = NULL;

cleanup:
	vnkg_graph_free(g);
	if (data)
		munmap(data, len);
	return error;
}

int vnkg_query_open(vnkg_graph **out, const char *path, vnkg_cache_mode mode)
{
	struct identity id;
	vnkg_buf cache = VNKG_BUF_INIT;
	int error = 0, known;

	if (!out || !path || !*path) {
		vnkg_error_set("vnkg_query_open: no path or no output pointer given");
		return VNKG_EINVALID;
	}
	*out = NULL;
	if (mode == VNKG_CACHE_OFF)
		return vnkg_graph_read_graphml(out, path);
	known = identify(&id, path) == 0;
	vnkg_i_buf_printf(&cache, "%s.qcache", path);
	if (cache.oom)
		return VNKG_ENOMEM;

	if (known) {
		error = read_snapshot(out, vnkg_i_buf_cstr(&cache), &id);
		if (error < 0 || *out)
			goto cleanup;
	}
	error = vnkg_graph_read_graphml(out, path);
	if (error < 0 || !known || (mode == VNKG_CACHE_AUTO && id.size < VNKG_CACHE_MIN_BYTES))
		goto cleanup;
	/* the file may have changed while it was read: then record nothing */
	{
		struct identity after;

		if (identify(&after, path) == 0 && same_identity(&after, &id) &&
		    write_snapshot(*out, vnkg_i_buf_cstr(&cache), &id) < 0)
			vnkg_error_clear(); /* a snapshot is a convenience */
	}

cleanup:
	vnkg_i_buf_free(&cache);
	return error;
}

int vnkg_query_snapshot(const vnkg_graph *g, const char *path, vnkg_cache_mode mode)
{
	struct identity id;
	vnkg_buf cache = VNKG_BUF_INIT;
	int error = 0;

	if (!g || !path || !*path) {
		vnkg_error_set("vnkg_query_snapshot: no graph or no path given");
		return VNKG_EINVALID;
	}
	if (mode == VNKG_CACHE_OFF)
		return 0;
	if (identify(&id, path) < 0)
		return VNKG_ERROR;
	if (mode == VNKG_CACHE_AUTO && id.size < VNKG_CACHE_MIN_BYTES)
		return 0;
	vnkg_i_buf_printf(&cache, "%s.qcache", path);
	if (cache.oom)
		return VNKG_ENOMEM;
	error = write_snapshot(g, vnkg_i_buf_cstr(&cache), &id);
	vnkg_i_buf_free(&cache);
	return error;
}
