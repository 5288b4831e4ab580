/* End to end through the library: the graph of the seed articles holds the
 * facts a careful reader finds in them, and keeps the GraphML contract's
 * promises about ids, labels and edges. */

#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <vnkg.h>

#define NONE ((size_t)-1)

static vnkg_graph *seeds;

static int setup(void **state)
{
	const char *paths[] = {VNKG_SEEDS};
	vnkg_build_stats st;

	(void)state;
	if (vnkg_global_init() < 0)
		return -1;
	if (vnkg_build(&seeds, paths, 1, NULL, &st) < 0) {
		fprintf(stderr, "vnkg_build(%s): %s\n", VNKG_SEEDS, vnkg_error_last());
		return -1;
	}
	if (st.articles == 0) {
		fprintf(stderr, "no articles in %s\n", VNKG_SEEDS);
		return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	vnkg_graph_free(seeds);
	vnkg_global_shutdown();
	return 0;
}

static char *fold(const char *s)
{
	char *out = NULL;

	assert_int_equal(vnkg_text_fold(&out, s), 0);
	return out;
}

/* Is `item` (spaces around it ignored) `want`, folded when `folded`? */
static int same_name(const char *item, const char *want, int folded)
{
	char *got, *end;
	int same;

	while (*item == ' ')
		item++;
	got = folded ? fold(item) : strdup(item);
	assert_non_null(got);
	end = got + strlen(got);
	while (end > got && end[-1] == ' ')
		*--end = '\0';
	same = strcmp(got, want) == 0;
	free(got);
	return same;
}

/* Does node i have `name` as its label or as one of its " | "-separated
 * aliases? Compared folded (case and diacritics ignored) when `folded`,
 * exactly otherwise. */
static int has_name(size_t i, const char *name, int folded)
{
	char *want = folded ? fold(name) : strdup(name);
	char *list = strdup(vnkg_graph_node_attr(seeds, i, "aliases")), *item, *save = NULL;
	int found;

	assert_non_null(want);
	assert_non_null(list);
	found = same_name(vnkg_graph_node_attr(seeds, i, "label"), want, folded);
	for (item = strtok_r(list, "|", &save); item && !found; item = strtok_r(NULL, "|", &save))
		found = same_name(item, want, folded);
	free(list);
	free(want);
	return found;
}

/* The one node of `type` labelled `label`; fails when there is none or more. */
static size_t node_labelled(const char *type, const char *label)
{
	size_t i, n = vnkg_graph_node_count(seeds), found = NONE;

	for (i = 0; i < n; i++) {
		if (strcmp(vnkg_graph_node_attr(seeds, i, "type"), type) != 0 ||
		    strcmp(vnkg_graph_node_attr(seeds, i, "label"), label) != 0)
			continue;
		if (found != NONE)
			fail_msg("two %s nodes labelled %s: %s and %s", type, label,
				 vnkg_graph_node_attr(seeds, found, "kg_id"), vnkg_graph_node_attr(seeds, i, "kg_id"));
		found = i;
	}
	if (found == NONE)
		fail_msg("no %s node labelled %s", type, label);
	return found;
}

/* Did `person` chair an event whose date is `date`? */
static int chaired_on(size_t person, const char *date)
{
	size_t e, from, to, n = vnkg_graph_edge_count(seeds);

	for (e = 0; e < n; e++) {
		assert_int_equal(vnkg_graph_edge_ends(seeds, e, &from, &to), 0);
		if (from == person && strcmp(vnkg_graph_edge_attr(seeds, e, "relation"), "chaired") == 0 &&
		    strcmp(vnkg_graph_node_attr(seeds, to, "type"), "event") == 0 &&
		    strcmp(vnkg_graph_node_attr(seeds, to, "date"), date) == 0)
			return 1;
	}
	return 0;
}

static void test_e2e_nguyen_manh_hung_chaired(void **state)
{
	size_t p;

	(void)state;
	p = node_labelled("person", "Nguyễn Mạnh Hùng");
	assert_string_equal(vnkg_graph_node_attr(seeds, p, "kg_id"), "person:nguyen-manh-hung");
	if (!chaired_on(p, "2019-11-18"))
		fail_msg("Nguyễn Mạnh Hùng chaired no event dated 2019-11-18");
	if (!chaired_on(p, "2019-12-24"))
		fail_msg("Nguyễn Mạnh Hùng chaired no event dated 2019-12-24");
}

static void test_e2e_tran_chi_tam_chaired(void **state)
{
	size_t p;

	(void)state;
	p = node_labelled("person", "Trần Chí Tâm");
	if (!chaired_on(p, "2024-11-25"))
		fail_msg("Trần Chí Tâm chaired no event dated 2024-11-25");
}

/* "Tổng cục Công nghiệp Quốc phòng" and "TCCNQP" are one body, and no other
 * node goes by either name. */
static void test_e2e_tccnqp_one_body(void **state)
{
	size_t i, n = vnkg_graph_node_count(seeds), full = NONE, abbr = NONE;

	(void)state;
	for (i = 0; i < n; i++) {
		if (has_name(i, "Tổng cục Công nghiệp Quốc phòng", 1)) {
			if (full != NONE)
				fail_msg("two nodes named Tổng cục Công nghiệp Quốc phòng: %s and %s",
					 vnkg_graph_node_attr(seeds, full, "kg_id"), vnkg_graph_node_attr(seeds, i, "kg_id"));
			full = i;
		}
		if (has_name(i, "TCCNQP", 0)) {
			if (abbr != NONE)
				fail_msg("two nodes named TCCNQP: %s and %s", vnkg_graph_node_attr(seeds, abbr, "kg_id"),
					 vnkg_graph_node_attr(seeds, i, "kg_id"));
			abbr = i;
		}
	}
	if (full == NONE)
		fail_msg("no node has the label or alias Tổng cục Công nghiệp Quốc phòng");
	if (abbr == NONE)
		fail_msg("no node has the label or alias TCCNQP");
	if (full != abbr)
		fail_msg("Tổng cục Công nghiệp Quốc phòng is %s but TCCNQP is %s",
			 vnkg_graph_node_attr(seeds, full, "kg_id"), vnkg_graph_node_attr(seeds, abbr, "kg_id"));
	assert_string_equal(vnkg_graph_node_attr(seeds, full, "type"), "body");
}

/* The seeds' bylines and source lines are furniture, not people or bodies. */
static void test_e2e_no_byline_nodes(void **state)
{
	static const char *const bylines[] = {"Nguyên Khôi", "Minh Tuấn", "Nguyễn Hoàng", "Thanh Sang",
					      "Đức Việt",    "Đức Lâm",   "QĐND",	    NULL};
	size_t i, j, n = vnkg_graph_node_count(seeds);

	(void)state;
	for (j = 0; bylines[j]; j++) {
		char *b = fold(bylines[j]);

		for (i = 0; i < n; i++) {
			char *label = fold(vnkg_graph_node_attr(seeds, i, "label"));
			int bad = strcmp(label, b) == 0 ||
				  (strcmp(vnkg_graph_node_attr(seeds, i, "type"), "person") == 0 && strstr(label, b));

			free(label);
			if (bad) {
				free(b);
				fail_msg("node %s is labelled with the byline %s", vnkg_graph_node_attr(seeds, i, "kg_id"),
					 bylines[j]);
			}
		}
		free(b);
	}
}

static void test_e2e_edges_have_provenance(void **state)
{
	static const char *const keys[] = {"relation", "label", "source", "evidence", NULL};
	size_t e, k, from, to, n = vnkg_graph_edge_count(seeds);

	(void)state;
	assert_true(n > 0);
	for (e = 0; e < n; e++) {
		assert_int_equal(vnkg_graph_edge_ends(seeds, e, &from, &to), 0);
		for (k = 0; keys[k]; k++)
			if (vnkg_graph_edge_attr(seeds, e, keys[k])[0] == '\0')
				fail_msg("edge %zu (%s -> %s, %s) has no %s", e, vnkg_graph_node_attr(seeds, from, "kg_id"),
					 vnkg_graph_node_attr(seeds, to, "kg_id"), vnkg_graph_edge_attr(seeds, e, "relation"),
					 keys[k]);
		if (!(vnkg_graph_edge_weight(seeds, e) > 0))
			fail_msg("edge %zu has weight %g", e, vnkg_graph_edge_weight(seeds, e));
	}
}

/* kg_id is `type:slug`: a known type, then lower-case ASCII letters and
 * digits in runs joined by single hyphens. */
static int is_slug(const char *s)
{
	int prev_hyphen = 1;

	if (!*s)
		return 0;
	for (; *s; s++) {
		if (*s == '-') {
			if (prev_hyphen)
				return 0;
			prev_hyphen = 1;
		} else if ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')) {
			prev_hyphen = 0;
		} else {
			return 0;
		}
	}
	return !prev_hyphen;
}

static void test_e2e_kg_ids(void **state)
{
	static const char *const types[] = {"person", "body", "directive", "event", "place", NULL};
	size_t i, t, n = vnkg_graph_node_count(seeds);

	(void)state;
	assert_true(n > 0);
	for (i = 0; i < n; i++) {
		const char *id = vnkg_graph_node_attr(seeds, i, "kg_id");
		const char *type = vnkg_graph_node_attr(seeds, i, "type");
		size_t tl = strlen(type);

		for (t = 0; types[t] && strcmp(types[t], type) != 0; t++)
			;
		if (!types[t])
			fail_msg("node %s has the unknown type '%s'", id, type);
		if (strncmp(id, type, tl) != 0 || id[tl] != ':' || !is_slug(id + tl + 1))
			fail_msg("node kg_id '%s' is not %s:slug", id, type);
		if (vnkg_graph_node_attr(seeds, i, "label")[0] == '\0')
			fail_msg("node %s has no label", id);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_e2e_nguyen_manh_hung_chaired),
		cmocka_unit_test(test_e2e_tran_chi_tam_chaired),
		cmocka_unit_test(test_e2e_tccnqp_one_body),
		cmocka_unit_test(test_e2e_no_byline_nodes),
		cmocka_unit_test(test_e2e_edges_have_provenance),
		cmocka_unit_test(test_e2e_kg_ids),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
