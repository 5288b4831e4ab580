#ifndef VNKG_TESTS_UNIT_GRAPH_SAMPLE_GRAPH_H
#define VNKG_TESTS_UNIT_GRAPH_SAMPLE_GRAPH_H

/* A small graph with every node type, Vietnamese text, characters that need
 * escaping or dropping, parallel edges and odd weights; shared by the graph
 * and writer tests. Returns NULL on failure. */

#include <math.h>
#include <stddef.h>

#include "vnkg/graph.h"

static inline int sample_node(vnkg_graph *g, const char *kg_id, const char *const *kv)
{
	size_t n;

	if (vnkg_graph_add_node(g, &n, kg_id) < 0)
		return -1;
	for (; kv[0]; kv += 2)
		if (vnkg_graph_set_node_attr(g, n, kv[0], kv[1]) < 0)
			return -1;
	return (int)n;
}

static inline int sample_edge(vnkg_graph *g, int from, int to, const char *const *kv)
{
	size_t e;

	if (from < 0 || to < 0 || vnkg_graph_add_edge(g, &e, (size_t)from, (size_t)to) < 0)
		return -1;
	for (; kv[0]; kv += 2)
		if (vnkg_graph_set_edge_attr(g, e, kv[0], kv[1]) < 0)
			return -1;
	return (int)e;
}

static inline vnkg_graph *sample_graph(void)
{
	vnkg_graph *g = NULL;
	int hung, tc, ct, hn, hcm, e1, e2, e3, e4, e5, e6;

	if (vnkg_graph_new(&g) < 0)
		return NULL;
	hung = sample_node(g, "person:nguyen-manh-hung", (const char *const[]){
		"type", "person", "label", "Nguyễn Mạnh Hùng", "aliases", "đồng chí Hùng | Hùng",
		"sources", "qdnd-2019-01 | qk7-2019-03", "mentions", "4", "rank", "Trung tướng", NULL});
	tc = sample_node(g, "body:tong-cuc-cong-nghiep-quoc-phong", (const char *const[]){
		"type", "body", "label", "Tổng cục Công nghiệp Quốc phòng",
		"aliases", "TCCNQP | Tổng cục CNQP", "sources", "qdnd-2019-01", "mentions", "9", NULL});
	ct = sample_node(g, "directive:chi-thi-35-ct-tw", (const char *const[]){
		"type", "directive", "label", "Chỉ thị số 35-CT/TW", "kind", "chỉ thị",
		"number", "35-CT/TW", "date", "2019-05-30", NULL});
	hn = sample_node(g, "event:hoi-nghi-quan-triet-chi-thi-35", (const char *const[]){
		"type", "event", "label", "Hội nghị quán triệt Chỉ thị 35 <trực tuyến> & \"mở rộng\"",
		"kind", "hội nghị", "date", "2019-11-18", "date_precision", "day",
		/* a C0 control, DEL and a C1 control are dropped on output */
		"aliases", "hội\x01 nghị\x7f \xc2\x85QT", NULL});
	hcm = sample_node(g, "place:ha-noi", (const char *const[]){
		"type", "place", "label", "Hà Nội", "sources", "qdnd-2019-01",
		/* only control characters: written as nothing */
		"rank", "\x02\x03", NULL});
	if (sample_node(g, "body:lonely", (const char *const[]){"type", "body", "label", "Phòng \\N", NULL}) < 0)
		goto fail;
	e1 = sample_edge(g, hung, hn, (const char *const[]){
		"relation", "chaired", "label", "chủ trì", "date", "2019-11-18", "source", "qdnd-2019-01",
		"evidence", "Trung tướng Nguyễn Mạnh Hùng chủ trì hội nghị \"quán triệt\" tại C:\\Hà Nội.",
		"weight", "2", NULL});
	e2 = sample_edge(g, hung, hn, (const char *const[]){
		"relation", "spoke_at", "label", "phát biểu", "source", "qdnd-2019-01",
		"evidence", "Đồng chí phát biểu\nkết luận\thội nghị.", NULL});
	e3 = sample_edge(g, tc, hn, (const char *const[]){
		"relation", "organized", "label", "tổ chức", "evidence", "Tổng cục tổ chức hội nghị.", NULL});
	e4 = sample_edge(g, hn, ct, (const char *const[]){
		"relation", "disseminated", "label", "quán triệt", NULL});
	e5 = sample_edge(g, hn, hcm, (const char *const[]){"relation", "held_at", "label", "tại", NULL});
	e6 = sample_edge(g, hung, tc, (const char *const[]){
		"relation", "holds_role", "label", "giữ chức", "role", "Bí thư Đảng ủy, Chính ủy",
		"rank", "Trung tướng", "weight", "0.1", NULL});
	if (hung < 0 || tc < 0 || ct < 0 || hn < 0 || hcm < 0 || e1 < 0 || e2 < 0 || e3 < 0 || e4 < 0 ||
	    e5 < 0 || e6 < 0)
		goto fail;
	/* weights the GraphML writer must not write as they are */
	if (vnkg_graph_set_edge_weight(g, (size_t)e3, 0.0) < 0 ||
	    vnkg_graph_set_edge_weight(g, (size_t)e4, NAN) < 0 ||
	    vnkg_graph_set_edge_weight(g, (size_t)e5, 1.0 / 3.0) < 0)
		goto fail;
	return g;

fail:
	vnkg_graph_free(g);
	return NULL;
}

#endif
