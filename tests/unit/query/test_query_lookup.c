/* Forgiving name lookup, the relation vocabulary and date checks. */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "vnkg.h"
#include "unit/query/query_graph.h"

static int setup(void **state)
{
	(void)state;
	return vnkg_global_init() == 0 ? 0 : -1;
}

static void expect_node(const struct qg *q, const char *name, size_t node)
{
	vnkg_table *cands = NULL;
	size_t n = (size_t)-1;
	int rc = vnkg_query_resolve(&n, &cands, q->g, name);

	if (rc != 0)
		fail_msg("\"%s\": %d (%s)", name, rc, vnkg_error_last());
	assert_null(cands);
	if (n != node)
		fail_msg("\"%s\" found %s, expected %s", name, vnkg_graph_node_attr(q->g, n, "kg_id"),
			vnkg_graph_node_attr(q->g, node, "kg_id"));
}

static void test_resolve(void **state)
{
	struct qg q;

	(void)state;
	qg_build(&q);
	/* the kg_id, and its part after "type:" */
	expect_node(&q, "person:tran-chi-tam", q.tam);
	expect_node(&q, "tran-chi-tam", q.tam);
	/* the name, any case, with or without diacritics, extra spaces */
	expect_node(&q, "Nguyễn Mạnh Hùng", q.hung);
	expect_node(&q, "nguyen manh hung", q.hung);
	expect_node(&q, "NGUYEN  MANH   HUNG", q.hung);
	expect_node(&q, "NGUYỄN MẠNH HÙNG", q.hung);
	/* an alias, as written or folded */
	expect_node(&q, "Trung tướng Nguyễn Mạnh Hùng", q.hung);
	expect_node(&q, "tccnqp", q.tc);
	expect_node(&q, "TCCNQP", q.tc);
	expect_node(&q, "tong cuc cnqp", q.tc);
	expect_node(&q, "qk3", q.qk3);
	/* initials of the label, digits kept */
	expect_node(&q, "cctqk3", q.cct3);
	expect_node(&q, "bct", q.bct);
	/* an exact alias beats a prefix: "Tổng cục" is an alias of one body */
	expect_node(&q, "tong cuc", q.tc);
	/* a unique prefix */
	expect_node(&q, "tran chi", q.tam);
	expect_node(&q, "Tổng cục Công", q.tc);
	/* whole words inside the name */
	expect_node(&q, "manh hung", q.hung);
	expect_node(&q, "ha noi", q.hanoi);
	/* names that fold alike are told apart by their diacritics */
	expect_node(&q, "Nguyễn Văn Hưng", q.hung3);
	expect_node(&q, "Nguyễn Văn Hùng", q.hung2);
	vnkg_graph_free(q.g);
}

static void test_resolve_ambiguous(void **state)
{
	vnkg_table *cands = NULL;
	struct qg q;
	size_t n;

	(void)state;
	qg_build(&q);
	/* Hùng and Hưng fold to the same text: both are listed, in node order */
	assert_int_equal(vnkg_query_resolve(&n, &cands, q.g, "nguyen van hung"), VNKG_EAMBIGUOUS);
	assert_non_null(cands);
	assert_int_equal(vnkg_table_rows(cands), 2);
	assert_int_equal(vnkg_table_cols(cands), 4);
	assert_string_equal(vnkg_table_colname(cands, 0), "kg_id");
	assert_string_equal(vnkg_table_cell(cands, 0, 0), "person:nguyen-van-hung");
	assert_string_equal(vnkg_table_cell(cands, 1, 0), "person:nguyen-van-hung-2");
	assert_string_equal(vnkg_table_cell(cands, 1, 2), "Nguyễn Văn Hưng");
	assert_string_equal(vnkg_table_cell(cands, 1, 3), "Nguyễn Văn Hưng");
	assert_non_null(strstr(vnkg_error_last(), "matches 2 entities"));
	vnkg_table_free(cands);
	cands = NULL;

	/* a prefix shared by several is ambiguous */
	assert_int_equal(vnkg_query_resolve(&n, &cands, q.g, "nguyen"), VNKG_EAMBIGUOUS);
	assert_int_equal(vnkg_table_rows(cands), 3);
	vnkg_table_free(cands);
	cands = NULL;

	/* no candidates wanted */
	assert_int_equal(vnkg_query_resolve(&n, NULL, q.g, "nguyen"), VNKG_EAMBIGUOUS);

	/* nothing matches */
	assert_int_equal(vnkg_query_resolve(&n, &cands, q.g, "xyz"), VNKG_ENOTFOUND);
	assert_null(cands);
	assert_non_null(strstr(vnkg_error_last(), "no entity matches"));
	assert_int_equal(vnkg_query_resolve(&n, &cands, q.g, "   "), VNKG_ENOTFOUND);
	/* a partial word is not a word */
	assert_int_equal(vnkg_query_resolve(&n, &cands, q.g, "anh hung"), VNKG_ENOTFOUND);
	vnkg_graph_free(q.g);
}

static void test_relation_parse(void **state)
{
	const char *key;

	(void)state;
	assert_int_equal(vnkg_query_relation_parse(&key, "chaired"), 0);
	assert_string_equal(key, "chaired");
	assert_int_equal(vnkg_query_relation_parse(&key, "chủ trì"), 0);
	assert_string_equal(key, "chaired");
	assert_int_equal(vnkg_query_relation_parse(&key, "chu tri"), 0);
	assert_string_equal(key, "chaired");
	assert_int_equal(vnkg_query_relation_parse(&key, "SPOKE-AT"), 0);
	assert_string_equal(key, "spoke_at");
	assert_int_equal(vnkg_query_relation_parse(&key, "quán triệt"), 0);
	assert_string_equal(key, "disseminated");
	assert_int_equal(vnkg_query_relation_parse(&key, "lam viec voi"), 0);
	assert_string_equal(key, "worked_with");
	assert_int_equal(vnkg_query_relation_parse(&key, "giu chuc"), 0);
	assert_string_equal(key, "holds_role");
	assert_int_equal(vnkg_query_relation_parse(&key, "whoknows"), VNKG_ENOTFOUND);
	assert_non_null(strstr(vnkg_error_last(), "chaired"));
}

static void test_vocabulary(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; vnkg_query_relations[i]; i++)
		assert_non_null(vnkg_query_relation_labels[i]);
	assert_int_equal(i, 14);
	assert_null(vnkg_query_relation_labels[i]);
	assert_string_equal(vnkg_query_relation_labels[0], "chủ trì");
	for (i = 0; vnkg_query_types[i]; i++)
		;
	assert_int_equal(i, 5);
}

static void test_date_check(void **state)
{
	(void)state;
	assert_int_equal(vnkg_query_date_check("2019"), 0);
	assert_int_equal(vnkg_query_date_check("2019-11"), 0);
	assert_int_equal(vnkg_query_date_check("2019-11-18"), 0);
	assert_int_equal(vnkg_query_date_check("2019-13"), VNKG_EINVALID);
	assert_int_equal(vnkg_query_date_check("2019-11-32"), VNKG_EINVALID);
	assert_int_equal(vnkg_query_date_check("18/11/2019"), VNKG_EINVALID);
	assert_non_null(strstr(vnkg_error_last(), "YYYY-MM-DD"));
	assert_int_equal(vnkg_query_date_check("19"), VNKG_EINVALID);
	assert_int_equal(vnkg_query_date_check(""), VNKG_EINVALID);
	assert_int_equal(vnkg_query_date_check(NULL), VNKG_EINVALID);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_resolve),
		cmocka_unit_test(test_resolve_ambiguous),
		cmocka_unit_test(test_relation_parse),
		cmocka_unit_test(test_vocabulary),
		cmocka_unit_test(test_date_check),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
