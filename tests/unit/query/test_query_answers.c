/* The answers of every question command's library call, on the hand-built
 * graph of query_graph.h. */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vnkg.h"
#include "unit/query/json_check.h"
#include "unit/query/query_graph.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

static int setup(void **state)
{
	(void)state;
	return vnkg_global_init() == 0 ? 0 : -1;
}

/* Compares the columns `cols` of every row with `expect` (rows x ncols). */
static void assert_cells(const vnkg_table *t, const size_t *cols, size_t ncols, const char *const *expect,
	size_t nrows)
{
	size_t r, c;

	if (vnkg_table_rows(t) != nrows) {
		char *text = NULL;

		vnkg_table_render(&text, t, VNKG_FORMAT_TSV);
		fail_msg("expected %zu rows, got %zu:\n%s", nrows, vnkg_table_rows(t), text ? text : "");
	}
	for (r = 0; r < nrows; r++)
		for (c = 0; c < ncols; c++)
			if (strcmp(vnkg_table_cell(t, r, cols[c]), expect[r * ncols + c]) != 0)
				fail_msg("row %zu, column %s: \"%s\", expected \"%s\"", r,
					vnkg_table_colname(t, cols[c]), vnkg_table_cell(t, r, cols[c]),
					expect[r * ncols + c]);
}

static void assert_columns(const vnkg_table *t, const char *const *names, size_t n)
{
	size_t i;

	assert_int_equal(vnkg_table_cols(t), n);
	for (i = 0; i < n; i++)
		assert_string_equal(vnkg_table_colname(t, i), names[i]);
}

/* The part of an answer with this title. */
static const vnkg_table *part(const vnkg_answer *a, const char *title)
{
	size_t i;

	for (i = 0; i < vnkg_answer_count(a); i++)
		if (strcmp(vnkg_answer_title(a, i), title) == 0)
			return vnkg_answer_table(a, i);
	fail_msg("no part \"%s\"", title);
	return NULL;
}

static void test_relation_rows(void **state)
{
	static const char *const columns[] = {"date", "from", "to", "role", "article", "evidence"};
	static const size_t cols[] = {0, 1, 2, 3, 4};
	/* the rank and post change between the two dates */
	static const char *const roles[] = {
		"2018-04-06", "Thiếu tướng Nguyễn Mạnh Hùng", "Quân khu 3", "Bí thư Đảng ủy, Chính ủy", "a1",
		"2019-11-18", "Trung tướng Nguyễn Mạnh Hùng", "Tổng cục Công nghiệp Quốc phòng",
			"Bí thư Đảng ủy, Chính ủy", "a2",
	};
	/* a person's role at the date is given on other relations */
	static const char *const attended[] = {
		"2018-04-06", "Thiếu tướng Nguyễn Mạnh Hùng", "Hội nghị phối hợp công tác xây dựng đảng",
			"Bí thư Đảng ủy, Chính ủy Quân khu 3", "a1",
		"2019-11-18", "Đại tá Trần Chí Tâm", "Hội nghị quán triệt Chỉ thị 35", "", "a2",
	};
	/* an edge without a date: undated, last */
	static const char *const issued[] = {
		"", "Bộ Chính trị", "Chỉ thị 35", "", "a2",
	};
	vnkg_table *t = NULL;
	struct qg q;

	(void)state;
	qg_build(&q);
	assert_int_equal(vnkg_query_relation(&t, q.g, "holds_role", NULL), 0);
	assert_columns(t, columns, ARRAY_LEN(columns));
	assert_cells(t, cols, 5, roles, 2);
	assert_string_equal(vnkg_table_cell(t, 0, 5),
		"Thiếu tướng Nguyễn Mạnh Hùng, Bí thư Đảng ủy, Chính ủy Quân khu 3 dự hội nghị.");
	vnkg_table_free(t);

	/* the Vietnamese label names the relation too */
	assert_int_equal(vnkg_query_relation(&t, q.g, "dự", NULL), 0);
	assert_cells(t, cols, 5, attended, 2);
	vnkg_table_free(t);

	assert_int_equal(vnkg_query_relation(&t, q.g, "issued", NULL), 0);
	assert_cells(t, cols, 5, issued, 1);
	vnkg_table_free(t);

	/* nothing of that relation: an empty table with the columns */
	assert_int_equal(vnkg_query_relation(&t, q.g, "awarded", NULL), 0);
	assert_columns(t, columns, ARRAY_LEN(columns));
	assert_int_equal(vnkg_table_rows(t), 0);
	vnkg_table_free(t);

	assert_int_equal(vnkg_query_relation(&t, q.g, "whoknows", NULL), VNKG_ENOTFOUND);
	assert_null(t);
	vnkg_graph_free(q.g);
}

static void test_relation_filters(void **state)
{
	static const size_t cols[] = {0, 1, 2};
	vnkg_query_filter f = VNKG_QUERY_FILTER_INIT;
	vnkg_table *t = NULL;
	struct qg q;

	(void)state;
	qg_build(&q);

	/* a person: edges with the person at one end */
	f.person = q.tam;
	assert_int_equal(vnkg_query_relation(&t, q.g, "attended", &f), 0);
	assert_cells(t, cols, 3, (const char *const[]){"2019-11-18", "Đại tá Trần Chí Tâm",
		"Hội nghị quán triệt Chỉ thị 35"}, 1);
	vnkg_table_free(t);

	/* dates: inclusive, on their common precision */
	f.person = VNKG_QUERY_NONE;
	f.from = "2019";
	assert_int_equal(vnkg_query_relation(&t, q.g, "holds_role", &f), 0);
	assert_cells(t, cols, 3, (const char *const[]){"2019-11-18", "Trung tướng Nguyễn Mạnh Hùng",
		"Tổng cục Công nghiệp Quốc phòng"}, 1);
	vnkg_table_free(t);
	f.from = "2018-04";
	f.to = "2018-04";
	assert_int_equal(vnkg_query_relation(&t, q.g, "holds_role", &f), 0);
	assert_int_equal(vnkg_table_rows(t), 1);
	assert_string_equal(vnkg_table_cell(t, 0, 2), "Quân khu 3");
	vnkg_table_free(t);
	/* undated edges drop out once a date bound is given */
	assert_int_equal(vnkg_query_relation(&t, q.g, "issued", &f), 0);
	assert_int_equal(vnkg_table_rows(t), 0);
	vnkg_table_free(t);

	/* a body: Quân khu 3 keeps the meeting its Cục Chính trị (part_of it)
	 * organized, and the role held in it */
	f.from = f.to = NULL;
	f.body = q.qk3;
	assert_int_equal(vnkg_query_relation(&t, q.g, "attended", &f), 0);
	assert_cells(t, cols, 3, (const char *const[]){"2018-04-06", "Thiếu tướng Nguyễn Mạnh Hùng",
		"Hội nghị phối hợp công tác xây dựng đảng"}, 1);
	vnkg_table_free(t);
	/* ... and the person holding a role in it, at any meeting */
	assert_int_equal(vnkg_query_relation(&t, q.g, "chaired", &f), 0);
	assert_int_equal(vnkg_table_rows(t), 1);
	vnkg_table_free(t);
	f.body = q.bct;
	assert_int_equal(vnkg_query_relation(&t, q.g, "attended", &f), 0);
	assert_int_equal(vnkg_table_rows(t), 0);
	vnkg_table_free(t);

	/* bad filters */
	f.body = VNKG_QUERY_NONE;
	f.from = "18/11/2019";
	assert_int_equal(vnkg_query_relation(&t, q.g, "attended", &f), VNKG_EINVALID);
	f.from = NULL;
	f.person = 999;
	assert_int_equal(vnkg_query_relation(&t, q.g, "attended", &f), VNKG_EINVALID);
	f.person = VNKG_QUERY_NONE;
	f.version = 99;
	assert_int_equal(vnkg_query_relation(&t, q.g, "attended", &f), VNKG_EINVALID);
	vnkg_graph_free(q.g);
}

/* "query chaired" keeps the chaired layout, with the evidence added; the
 * old call is unchanged. */
static void test_relation_chaired(void **state)
{
	static const char *const columns[] = {"date", "person", "event", "organizer", "article", "evidence"};
	static const size_t cols[] = {0, 1, 2, 3, 4, 5};
	vnkg_query_filter f = VNKG_QUERY_FILTER_INIT;
	vnkg_table *t = NULL, *old = NULL;
	struct qg q;
	size_t c;

	(void)state;
	qg_build(&q);
	assert_int_equal(vnkg_query_relation(&t, q.g, "chaired", NULL), 0);
	assert_columns(t, columns, ARRAY_LEN(columns));
	assert_cells(t, cols, 6, (const char *const[]){"2019-11-18", "Trung tướng Nguyễn Mạnh Hùng",
		"Hội nghị quán triệt Chỉ thị 35", "Tổng cục Công nghiệp Quốc phòng", "a2",
		"Trung tướng Nguyễn Mạnh Hùng, Bí thư Đảng ủy, Chính ủy TCCNQP chủ trì hội nghị."}, 1);
	assert_int_equal(vnkg_query_chaired(&old, q.g), 0);
	assert_columns(old, columns, 5);
	for (c = 0; c < 5; c++)
		assert_string_equal(vnkg_table_cell(old, 0, c), vnkg_table_cell(t, 0, c));
	vnkg_table_free(t);
	vnkg_table_free(old);

	f.to = "2019-06";
	assert_int_equal(vnkg_query_relation(&t, q.g, "chaired", &f), 0);
	assert_int_equal(vnkg_table_rows(t), 0);
	vnkg_table_free(t);
	vnkg_graph_free(q.g);
}

static void test_show(void **state)
{
	static const size_t role_cols[] = {0, 1, 2, 3, 4, 5};
	static const size_t rel_cols[] = {0, 1, 2, 3, 4};
	vnkg_answer *a = NULL;
	const vnkg_table *t;
	struct qg q;

	(void)state;
	qg_build(&q);
	assert_int_equal(vnkg_query_show(&a, q.g, q.hung), 0);
	assert_int_equal(vnkg_answer_count(a), 3);
	assert_string_equal(vnkg_answer_title(a, 0), "entity");
	assert_string_equal(vnkg_answer_title(a, 1), "roles");
	assert_string_equal(vnkg_answer_title(a, 2), "relations");

	t = part(a, "entity");
	assert_cells(t, (const size_t[]){0, 1}, 2, (const char *const[]){
		"kg_id", "person:nguyen-manh-hung",
		"type", "person",
		"name", "Nguyễn Mạnh Hùng",
		"rank", "Trung tướng",
		"aliases", "Thiếu tướng Nguyễn Mạnh Hùng | Trung tướng Nguyễn Mạnh Hùng",
		"sources", "a1, a2",
		"mentions", "5"}, 7);

	t = part(a, "roles");
	assert_cells(t, role_cols, 6, (const char *const[]){
		"2018-04-06", "Nguyễn Mạnh Hùng", "Thiếu tướng", "Bí thư Đảng ủy, Chính ủy", "Quân khu 3", "a1",
		"2019-11-18", "Nguyễn Mạnh Hùng", "Trung tướng", "Bí thư Đảng ủy, Chính ủy",
			"Tổng cục Công nghiệp Quốc phòng", "a2"}, 2);

	/* grouped by relation in vocabulary order */
	t = part(a, "relations");
	assert_cells(t, rel_cols, 5, (const char *const[]){
		"chaired", "→", "Hội nghị quán triệt Chỉ thị 35", "2019-11-18", "",
		"attended", "→", "Hội nghị phối hợp công tác xây dựng đảng", "2018-04-06", "",
		"directed", "→", "Hội nghị phối hợp công tác xây dựng đảng", "2018-04-06", "",
		"spoke_at", "→", "Hội nghị quán triệt Chỉ thị 35", "2019-11-18", "",
		"holds_role", "→", "Quân khu 3", "2018-04-06", "Bí thư Đảng ủy, Chính ủy",
		"holds_role", "→", "Tổng cục Công nghiệp Quốc phòng", "2019-11-18", "Bí thư Đảng ủy, Chính ủy"}, 6);
	vnkg_answer_free(a);

	/* a body's card: edges in, the roles held in it, persons with their rank
	 * and role at the date */
	assert_int_equal(vnkg_query_show(&a, q.g, q.tc), 0);
	assert_cells(part(a, "roles"), (const size_t[]){1, 2, 4}, 3, (const char *const[]){
		"Nguyễn Mạnh Hùng", "Trung tướng", "Tổng cục Công nghiệp Quốc phòng"}, 1);
	assert_cells(part(a, "relations"), rel_cols, 5, (const char *const[]){
		"organized", "→", "Hội nghị quán triệt Chỉ thị 35", "2019-11-18", "",
		"holds_role", "←", "Trung tướng Nguyễn Mạnh Hùng", "2019-11-18", "Bí thư Đảng ủy, Chính ủy"}, 2);
	vnkg_answer_free(a);

	/* an event's card shows the role at the time */
	assert_int_equal(vnkg_query_show(&a, q.g, q.e1), 0);
	assert_int_equal(vnkg_table_rows(part(a, "roles")), 0);
	assert_cells(part(a, "relations"), rel_cols, 5, (const char *const[]){
		"attended", "←", "Thiếu tướng Nguyễn Mạnh Hùng", "2018-04-06", "Bí thư Đảng ủy, Chính ủy Quân khu 3",
		"directed", "←", "Thiếu tướng Nguyễn Mạnh Hùng", "2018-04-06", "Bí thư Đảng ủy, Chính ủy Quân khu 3",
		"organized", "←", "Cục Chính trị Quân khu 3", "2018-04-06", ""}, 3);
	vnkg_answer_free(a);

	assert_int_equal(vnkg_query_show(&a, q.g, 999), VNKG_EINVALID);
	assert_null(a);
	vnkg_graph_free(q.g);
}

static void test_timeline_person(void **state)
{
	static const char *const columns[] = {"date", "event", "kind", "who", "rank", "role", "relation",
		"article"};
	static const size_t cols[] = {0, 1, 3, 4, 5, 6, 7};
	/* Thiếu tướng in 2018, Trung tướng in 2019; Chính ủy Quân khu 3, then
	 * Chính ủy Tổng cục Công nghiệp Quốc phòng */
	static const char *const expect[] = {
		"2018-04-06", "Hội nghị phối hợp công tác xây dựng đảng", "Nguyễn Mạnh Hùng", "Thiếu tướng",
			"Bí thư Đảng ủy, Chính ủy Quân khu 3", "attended, directed", "a1",
		"2019-11-18", "Hội nghị quán triệt Chỉ thị 35", "Nguyễn Mạnh Hùng", "Trung tướng",
			"Bí thư Đảng ủy, Chính ủy Tổng cục Công nghiệp Quốc phòng", "chaired, spoke_at", "a2",
	};
	vnkg_table *t = NULL;
	struct qg q;

	(void)state;
	qg_build(&q);
	assert_int_equal(vnkg_query_timeline(&t, q.g, q.hung), 0);
	assert_columns(t, columns, ARRAY_LEN(columns));
	assert_cells(t, cols, ARRAY_LEN(cols), expect, 2);
	vnkg_table_free(t);

	/* a person without dated roles: the rank of the node */
	assert_int_equal(vnkg_query_timeline(&t, q.g, q.tam), 0);
	assert_cells(t, cols, ARRAY_LEN(cols), (const char *const[]){"2019-11-18",
		"Hội nghị quán triệt Chỉ thị 35", "Trần Chí Tâm", "Đại tá", "", "attended", "a2"}, 1);
	vnkg_table_free(t);

	/* nothing dated for this one */
	assert_int_equal(vnkg_query_timeline(&t, q.g, q.lonely), 0);
	assert_int_equal(vnkg_table_rows(t), 0);
	vnkg_table_free(t);
	vnkg_graph_free(q.g);
}

static void test_timeline_graph(void **state)
{
	static const size_t cols[] = {0, 1, 3, 6};
	/* every event and its participants, chair first, organisers after; the
	 * directive issued; the undated congress last, marked */
	static const char *const expect[] = {
		"2018-04-06", "Hội nghị phối hợp công tác xây dựng đảng", "Nguyễn Mạnh Hùng", "attended, directed",
		"2018-04-06", "Hội nghị phối hợp công tác xây dựng đảng", "Cục Chính trị Quân khu 3", "organized",
		"2019-05-30", "Chỉ thị 35", "Bộ Chính trị", "issued",
		"2019-11-18", "Hội nghị quán triệt Chỉ thị 35", "Nguyễn Mạnh Hùng", "chaired, spoke_at",
		"2019-11-18", "Hội nghị quán triệt Chỉ thị 35", "Trần Chí Tâm", "attended",
		"2019-11-18", "Hội nghị quán triệt Chỉ thị 35", "Tổng cục Công nghiệp Quốc phòng", "organized",
		"undated", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "", "",
	};
	vnkg_table *t = NULL;
	struct qg q;

	(void)state;
	qg_build(&q);
	assert_int_equal(vnkg_query_timeline(&t, q.g, VNKG_QUERY_NONE), 0);
	assert_cells(t, cols, ARRAY_LEN(cols), expect, ARRAY_LEN(expect) / ARRAY_LEN(cols));
	assert_string_equal(vnkg_table_cell(t, 6, 7), "a2");
	vnkg_table_free(t);

	/* a body: the events and directives linked to it */
	assert_int_equal(vnkg_query_timeline(&t, q.g, q.bct), 0);
	assert_cells(t, cols, ARRAY_LEN(cols), (const char *const[]){"2019-05-30", "Chỉ thị 35", "Bộ Chính trị",
		"issued"}, 1);
	vnkg_table_free(t);
	/* a place: the meeting held there, with all its participants */
	assert_int_equal(vnkg_query_timeline(&t, q.g, q.hanoi), 0);
	assert_int_equal(vnkg_table_rows(t), 3);
	vnkg_table_free(t);
	vnkg_graph_free(q.g);
}

static void test_path(void **state)
{
	static const char *const columns[] = {"step", "from", "relation", "dir", "to", "date", "article",
		"evidence"};
	static const size_t cols[] = {0, 1, 2, 3, 4, 5};
	static const char *const expect[] = {
		"1", "Đại tá Trần Chí Tâm", "attended", "→", "Hội nghị quán triệt Chỉ thị 35", "2019-11-18",
		/* igraph's breadth-first search takes the later of two parallel edges */
		"2", "Hội nghị quán triệt Chỉ thị 35", "implemented", "→", "Chỉ thị 35", "2019-11-18",
		"3", "Chỉ thị 35", "issued", "←", "Bộ Chính trị", "",
	};
	vnkg_table *t = NULL;
	struct qg q;

	(void)state;
	qg_build(&q);
	assert_int_equal(vnkg_query_path(&t, q.g, q.tam, q.bct), 0);
	assert_columns(t, columns, ARRAY_LEN(columns));
	assert_cells(t, cols, ARRAY_LEN(cols), expect, 3);
	vnkg_table_free(t);

	/* not connected, or the same node: no steps */
	assert_int_equal(vnkg_query_path(&t, q.g, q.tam, q.lonely), 0);
	assert_int_equal(vnkg_table_rows(t), 0);
	vnkg_table_free(t);
	assert_int_equal(vnkg_query_path(&t, q.g, q.tam, q.tam), 0);
	assert_int_equal(vnkg_table_rows(t), 0);
	vnkg_table_free(t);
	assert_int_equal(vnkg_query_path(&t, q.g, q.tam, 999), VNKG_EINVALID);
	vnkg_graph_free(q.g);
}

static void test_rank(void **state)
{
	static const char *const columns[] = {"rank", "name", "type", "score", "kg_id"};
	vnkg_rank_options o = VNKG_RANK_OPTIONS_INIT;
	vnkg_rank_by by;
	vnkg_table *t = NULL, *u = NULL;
	struct qg q;
	size_t i;

	(void)state;
	qg_build(&q);

	/* degree: the 2019 meeting has 8 edges, Hùng 6, the 2018 meeting 3 */
	o.by = VNKG_RANK_DEGREE;
	o.limit = 3;
	assert_int_equal(vnkg_query_rank(&t, q.g, &o), 0);
	assert_columns(t, columns, ARRAY_LEN(columns));
	assert_cells(t, (const size_t[]){0, 1, 2, 3}, 4, (const char *const[]){
		"1", "Hội nghị quán triệt Chỉ thị 35", "event", "8",
		"2", "Nguyễn Mạnh Hùng", "person", "6",
		"3", "Hội nghị phối hợp công tác xây dựng đảng", "event", "3"}, 3);
	vnkg_table_free(t);

	/* by type; 0 is all */
	o.type = "person";
	o.limit = 0;
	assert_int_equal(vnkg_query_rank(&t, q.g, &o), 0);
	assert_int_equal(vnkg_table_rows(t), 5);
	for (i = 0; i < 5; i++)
		assert_string_equal(vnkg_table_cell(t, i, 2), "person");
	assert_string_equal(vnkg_table_cell(t, 0, 1), "Nguyễn Mạnh Hùng");
	/* ties in node order */
	assert_string_equal(vnkg_table_cell(t, 2, 4), "person:nguyen-van-hung");
	vnkg_table_free(t);

	/* pagerank: scores with six decimals, the busiest meeting first */
	o.type = NULL;
	o.by = VNKG_RANK_PAGERANK;
	o.limit = 1;
	assert_int_equal(vnkg_query_rank(&t, q.g, &o), 0);
	assert_string_equal(vnkg_table_cell(t, 0, 4), "event:hoi-nghi-quan-triet-chi-thi-35");
	assert_int_equal(strlen(strchr(vnkg_table_cell(t, 0, 3), '.') + 1), 6);
	vnkg_table_free(t);

	/* betweenness: exact on a small graph; an estimate when asked to be */
	o.by = VNKG_RANK_BETWEENNESS;
	o.limit = 0;
	assert_int_equal(vnkg_query_rank_is_estimate(q.g, &o), 0);
	assert_int_equal(vnkg_query_rank(&t, q.g, &o), 0);
	assert_string_equal(vnkg_table_cell(t, 0, 4), "event:hoi-nghi-quan-triet-chi-thi-35");
	o.exact_max = 2;
	o.samples = 7;
	assert_int_equal(vnkg_query_rank_is_estimate(q.g, &o), 1);
	assert_int_equal(vnkg_query_rank(&u, q.g, &o), 0);
	assert_int_equal(vnkg_table_rows(u), vnkg_table_rows(t));
	vnkg_table_free(t);
	vnkg_table_free(u);

	assert_int_equal(vnkg_rank_by_parse(&by, "betweenness"), 0);
	assert_int_equal(by, VNKG_RANK_BETWEENNESS);
	assert_int_equal(vnkg_rank_by_parse(&by, "closeness"), VNKG_EINVALID);
	o.version = 7;
	assert_int_equal(vnkg_query_rank(&t, q.g, &o), VNKG_EINVALID);
	/* the defaults */
	assert_int_equal(vnkg_query_rank(&t, q.g, NULL), 0);
	assert_int_equal(vnkg_table_rows(t), 14);
	vnkg_table_free(t);
	vnkg_graph_free(q.g);
}

static void test_related(void **state)
{
	vnkg_answer *a = NULL;
	struct qg q;

	(void)state;
	qg_build(&q);
	assert_int_equal(vnkg_query_related(&a, q.g, q.hung), 0);
	assert_int_equal(vnkg_answer_count(a), 3);
	/* the person-event projection */
	assert_cells(part(a, "people"), (const size_t[]){0, 1, 2, 3}, 4, (const char *const[]){
		"Trần Chí Tâm", "Đại tá", "1", "Hội nghị quán triệt Chỉ thị 35"}, 1);
	/* the bodies he holds roles in */
	assert_cells(part(a, "bodies"), (const size_t[]){0, 1, 2, 3, 4, 5}, 6, (const char *const[]){
		"Quân khu 3", "holds_role", "→", "Bí thư Đảng ủy, Chính ủy", "2018-04-06", "a1",
		"Tổng cục Công nghiệp Quốc phòng", "holds_role", "→", "Bí thư Đảng ủy, Chính ủy", "2019-11-18",
			"a2"}, 2);
	/* the directives disseminated at his events */
	assert_cells(part(a, "directives"), (const size_t[]){0, 1, 2, 3, 4}, 5, (const char *const[]){
		"Chỉ thị 35", "Bộ Chính trị", "disseminated, implemented", "Hội nghị quán triệt Chỉ thị 35",
		"2019-11-18"}, 1);
	vnkg_answer_free(a);

	/* a body: the people at the meetings it organized */
	assert_int_equal(vnkg_query_related(&a, q.g, q.tc), 0);
	assert_int_equal(vnkg_table_rows(part(a, "people")), 2);
	assert_string_equal(vnkg_table_cell(part(a, "people"), 0, 0), "Nguyễn Mạnh Hùng");
	vnkg_answer_free(a);

	/* nothing related */
	assert_int_equal(vnkg_query_related(&a, q.g, q.lonely), 0);
	assert_int_equal(vnkg_answer_rows(a), 0);
	vnkg_answer_free(a);
	vnkg_graph_free(q.g);
}

static void test_stats(void **state)
{
	vnkg_answer *a = NULL;
	vnkg_graph *empty = NULL;
	struct qg q;

	(void)state;
	qg_build(&q);
	assert_int_equal(vnkg_query_stats(&a, q.g), 0);
	assert_cells(part(a, "summary"), (const size_t[]){0, 1}, 2, (const char *const[]){
		"nodes", "14",
		"edges", "15",
		"articles", "3",
		"components", "4",
		"largest component", "11",
		"isolated nodes", "3",
		"first date", "2018-04-06",
		"last date", "2019-11-18",
		"dated events", "2",
		"undated events", "1"}, 10);
	assert_cells(part(a, "types"), (const size_t[]){0, 1}, 2, (const char *const[]){
		"person", "5", "body", "4", "directive", "1", "event", "3", "place", "1"}, 5);
	/* the whole vocabulary, zero counts too */
	assert_int_equal(vnkg_table_rows(part(a, "relations")), 14);
	assert_string_equal(vnkg_table_cell(part(a, "relations"), 1, 0), "attended");
	assert_string_equal(vnkg_table_cell(part(a, "relations"), 1, 1), "dự");
	assert_string_equal(vnkg_table_cell(part(a, "relations"), 1, 2), "2");
	assert_string_equal(vnkg_table_cell(part(a, "relations"), 12, 0), "awarded");
	assert_string_equal(vnkg_table_cell(part(a, "relations"), 12, 2), "0");
	vnkg_answer_free(a);

	/* an empty graph has statistics too */
	assert_int_equal(vnkg_graph_new(&empty), 0);
	assert_int_equal(vnkg_query_stats(&a, empty), 0);
	assert_string_equal(vnkg_table_cell(part(a, "summary"), 0, 1), "0");
	vnkg_answer_free(a);
	vnkg_graph_free(empty);
	vnkg_graph_free(q.g);
}

/* Multi-part answers in the three formats. */
static void test_answer_render(void **state)
{
	static const char *const cols[] = {"a", "b"};
	vnkg_answer *a = NULL;
	vnkg_table *t = NULL;
	json_check j;
	char *text = NULL;

	(void)state;
	assert_int_equal(vnkg_answer_new(&a), 0);
	assert_int_equal(vnkg_answer_render(&text, a, VNKG_FORMAT_JSON), 0);
	assert_string_equal(text, "{}\n");
	free(text);

	assert_int_equal(vnkg_table_new(&t, 2, cols), 0);
	assert_int_equal(vnkg_table_add_row(t, (const char *const[]){"Hùng", "x\"y"}), 0);
	assert_int_equal(vnkg_answer_add(a, "one", &t), 0);
	assert_null(t);
	assert_int_equal(vnkg_table_new(&t, 2, cols), 0);
	assert_int_equal(vnkg_answer_add(a, "two", &t), 0);
	assert_int_equal(vnkg_answer_add(a, "three", &t), VNKG_EINVALID);
	assert_int_equal(vnkg_answer_count(a), 2);
	assert_int_equal(vnkg_answer_rows(a), 1);
	assert_null(vnkg_answer_table(a, 2));
	assert_null(vnkg_answer_title(a, 2));

	assert_int_equal(vnkg_answer_render(&text, a, VNKG_FORMAT_TABLE), 0);
	assert_string_equal(text, "one\na     b\n────  ───\nHùng  x\"y\n\ntwo\n(none)\n");
	free(text);
	assert_int_equal(vnkg_answer_render(&text, a, VNKG_FORMAT_TSV), 0);
	assert_string_equal(text, "# one\na\tb\nHùng\tx\"y\n\n# two\na\tb\n");
	free(text);
	assert_int_equal(vnkg_answer_render(&text, a, VNKG_FORMAT_JSON), 0);
	assert_string_equal(text, "{\n\"one\": [\n  {\"a\": \"Hùng\", \"b\": \"x\\\"y\"}\n],\n\"two\": []\n}\n");
	assert_int_equal(json_check_parse(&j, text), 0);
	json_check_free(&j);
	free(text);
	assert_int_equal(vnkg_answer_render(&text, a, (vnkg_format)9), VNKG_EINVALID);
	vnkg_answer_free(a);
	vnkg_answer_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_relation_rows),
		cmocka_unit_test(test_relation_filters),
		cmocka_unit_test(test_relation_chaired),
		cmocka_unit_test(test_show),
		cmocka_unit_test(test_timeline_person),
		cmocka_unit_test(test_timeline_graph),
		cmocka_unit_test(test_path),
		cmocka_unit_test(test_rank),
		cmocka_unit_test(test_related),
		cmocka_unit_test(test_stats),
		cmocka_unit_test(test_answer_render),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
