#ifndef VNKG_TESTS_UNIT_QUERY_QUERY_GRAPH_H
#define VNKG_TESTS_UNIT_QUERY_QUERY_GRAPH_H

/* A small graph built by hand for the query tests (include after
 * <cmocka.h>): a person promoted and moved to another post between two
 * meetings, another person at one of them, bodies under bodies, a directive
 * disseminated, an undated congress, a place, and two persons whose names
 * fold to the same text.
 *
 *   Nguyễn Mạnh Hùng: Thiếu tướng, Bí thư Đảng ủy, Chính ủy Quân khu 3 at
 *     the 2018-04-06 meeting (article a1); Trung tướng, Bí thư Đảng ủy,
 *     Chính ủy Tổng cục Công nghiệp Quốc phòng when he chaired the
 *     2019-11-18 one (a2).
 *   Trần Chí Tâm attended the 2019-11-18 meeting (a2) as Đại tá.
 */

#include <stddef.h>

#include "vnkg.h"

/* Node indexes of the hand graph. */
struct qg {
	vnkg_graph *g;
	size_t hung, tam, hung2, hung3, lonely;
	size_t qk3, cct3, tc, bct;
	size_t e1, e2, e3;
	size_t ct35, hanoi;
};

static inline size_t qg_node(vnkg_graph *g, const char *id, const char *const *kv)
{
	size_t n;

	assert_int_equal(vnkg_graph_add_node(g, &n, id), 0);
	for (; kv[0]; kv += 2)
		assert_int_equal(vnkg_graph_set_node_attr(g, n, kv[0], kv[1]), 0);
	return n;
}

static inline size_t qg_edge(vnkg_graph *g, size_t from, size_t to, const char *const *kv)
{
	size_t e;

	assert_int_equal(vnkg_graph_add_edge(g, &e, from, to), 0);
	for (; kv[0]; kv += 2)
		assert_int_equal(vnkg_graph_set_edge_attr(g, e, kv[0], kv[1]), 0);
	return e;
}

#define QG_KV(...) ((const char *const[]){__VA_ARGS__, NULL})

static inline void qg_build(struct qg *q)
{
	vnkg_graph *g;

	assert_int_equal(vnkg_graph_new(&q->g), 0);
	g = q->g;
	q->hung = qg_node(g, "person:nguyen-manh-hung", QG_KV("type", "person", "label", "Nguyễn Mạnh Hùng",
		"aliases", "Thiếu tướng Nguyễn Mạnh Hùng | Trung tướng Nguyễn Mạnh Hùng", "sources", "a1 | a2",
		"mentions", "5", "rank", "Trung tướng"));
	q->tam = qg_node(g, "person:tran-chi-tam", QG_KV("type", "person", "label", "Trần Chí Tâm", "sources",
		"a2", "mentions", "1", "rank", "Đại tá"));
	q->hung2 = qg_node(g, "person:nguyen-van-hung", QG_KV("type", "person", "label", "Nguyễn Văn Hùng",
		"sources", "a3"));
	q->hung3 = qg_node(g, "person:nguyen-van-hung-2", QG_KV("type", "person", "label", "Nguyễn Văn Hưng",
		"sources", "a3"));
	q->lonely = qg_node(g, "person:le-van-le", QG_KV("type", "person", "label", "Lê Văn Lễ", "sources",
		"a3"));
	q->qk3 = qg_node(g, "body:quan-khu-3", QG_KV("type", "body", "label", "Quân khu 3", "aliases",
		"QK3 | Quân khu", "sources", "a1"));
	q->cct3 = qg_node(g, "body:cuc-chinh-tri-quan-khu-3", QG_KV("type", "body", "label",
		"Cục Chính trị Quân khu 3", "aliases", "Cục Chính trị", "sources", "a1"));
	q->tc = qg_node(g, "body:tong-cuc-cong-nghiep-quoc-phong", QG_KV("type", "body", "label",
		"Tổng cục Công nghiệp Quốc phòng", "aliases", "TCCNQP | Tổng cục CNQP | Tổng cục", "sources",
		"a2"));
	q->bct = qg_node(g, "body:bo-chinh-tri", QG_KV("type", "body", "label", "Bộ Chính trị", "sources",
		"a2"));
	q->e1 = qg_node(g, "event:hoi-nghi-phoi-hop", QG_KV("type", "event", "label",
		"Hội nghị phối hợp công tác xây dựng đảng", "kind", "hội nghị", "date", "2018-04-06",
		"date_precision", "day", "sources", "a1"));
	q->e2 = qg_node(g, "event:hoi-nghi-quan-triet-chi-thi-35", QG_KV("type", "event", "label",
		"Hội nghị quán triệt Chỉ thị 35", "kind", "hội nghị", "date", "2019-11-18", "date_precision",
		"day", "sources", "a2"));
	q->e3 = qg_node(g, "event:dai-hoi-xiii", QG_KV("type", "event", "label",
		"Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "kind", "đại hội", "date_precision",
		"unknown", "sources", "a2"));
	q->ct35 = qg_node(g, "directive:chi-thi-35", QG_KV("type", "directive", "label", "Chỉ thị 35", "kind",
		"Chỉ thị", "number", "35-CT/TW", "date", "2019-05-30", "sources", "a2"));
	q->hanoi = qg_node(g, "place:ha-noi", QG_KV("type", "place", "label", "Hà Nội", "sources", "a2"));

	/* 2018: Thiếu tướng, Chính ủy Quân khu 3 */
	qg_edge(g, q->hung, q->qk3, QG_KV("relation", "holds_role", "label", "giữ chức", "role",
		"Bí thư Đảng ủy, Chính ủy", "rank", "Thiếu tướng", "date", "2018-04-06", "source", "a1",
		"evidence", "Thiếu tướng Nguyễn Mạnh Hùng, Bí thư Đảng ủy, Chính ủy Quân khu 3 dự hội nghị."));
	qg_edge(g, q->cct3, q->qk3, QG_KV("relation", "part_of", "label", "trực thuộc", "source", "a1"));
	qg_edge(g, q->cct3, q->e1, QG_KV("relation", "organized", "label", "tổ chức", "date", "2018-04-06",
		"source", "a1", "evidence", "Cục Chính trị Quân khu 3 tổ chức hội nghị phối hợp."));
	qg_edge(g, q->hung, q->e1, QG_KV("relation", "attended", "label", "dự", "date", "2018-04-06", "source",
		"a1", "evidence", "Thiếu tướng Nguyễn Mạnh Hùng dự và chỉ đạo hội nghị."));
	qg_edge(g, q->hung, q->e1, QG_KV("relation", "directed", "label", "chỉ đạo", "date", "2018-04-06",
		"source", "a1", "evidence", "Thiếu tướng Nguyễn Mạnh Hùng dự và chỉ đạo hội nghị."));

	/* 2019: Trung tướng, Chính ủy Tổng cục Công nghiệp Quốc phòng */
	qg_edge(g, q->hung, q->tc, QG_KV("relation", "holds_role", "label", "giữ chức", "role",
		"Bí thư Đảng ủy, Chính ủy", "rank", "Trung tướng", "date", "2019-11-18", "source", "a2",
		"evidence", "Trung tướng Nguyễn Mạnh Hùng, Bí thư Đảng ủy, Chính ủy TCCNQP chủ trì hội nghị."));
	qg_edge(g, q->hung, q->e2, QG_KV("relation", "chaired", "label", "chủ trì", "date", "2019-11-18",
		"source", "a2", "evidence",
		"Trung tướng Nguyễn Mạnh Hùng, Bí thư Đảng ủy, Chính ủy TCCNQP chủ trì hội nghị."));
	qg_edge(g, q->hung, q->e2, QG_KV("relation", "spoke_at", "label", "phát biểu", "date", "2019-11-18",
		"source", "a2", "evidence", "Phát biểu kết luận, Trung tướng Nguyễn Mạnh Hùng yêu cầu ..."));
	qg_edge(g, q->tam, q->e2, QG_KV("relation", "attended", "label", "dự", "date", "2019-11-18", "source",
		"a2", "evidence", "Dự hội nghị có Đại tá Trần Chí Tâm."));
	qg_edge(g, q->tc, q->e2, QG_KV("relation", "organized", "label", "tổ chức", "date", "2019-11-18",
		"source", "a2", "evidence", "Đảng ủy TCCNQP tổ chức hội nghị."));
	qg_edge(g, q->e2, q->ct35, QG_KV("relation", "disseminated", "label", "quán triệt", "date",
		"2019-11-18", "source", "a2", "evidence", "Hội nghị quán triệt Chỉ thị 35 của Bộ Chính trị."));
	qg_edge(g, q->e2, q->ct35, QG_KV("relation", "implemented", "label", "triển khai", "date",
		"2019-11-18", "source", "a2", "evidence", "Hội nghị triển khai thực hiện Chỉ thị 35."));
	qg_edge(g, q->bct, q->ct35, QG_KV("relation", "issued", "label", "ban hành", "source", "a2",
		"evidence", "Chỉ thị 35 của Bộ Chính trị."));
	qg_edge(g, q->e2, q->e3, QG_KV("relation", "toward", "label", "tiến tới", "source", "a2", "evidence",
		"... tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng."));
	qg_edge(g, q->e2, q->hanoi, QG_KV("relation", "held_at", "label", "tại", "date", "2019-11-18",
		"source", "a2", "evidence", "Hội nghị diễn ra tại Hà Nội."));
}

#endif
