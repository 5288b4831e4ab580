/* End to end through the binary: `vnkg build seeds` writes a GraphML file
 * that is valid and reads back into networkx with the library's counts, a
 * DOT file that Graphviz renders, both byte-identical from run to run, and
 * `vnkg query chaired --format json` answers with valid JSON. */

#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <vnkg.h>

#include "cli/cli_run.h"
#include "unit/query/json_check.h"

#define TMP VNKG_TEST_TMP
#define SEEDS "'" VNKG_SEEDS "'"

/* What the library builds from the seeds, to compare the files with. */
static size_t lib_nodes, lib_edges, lib_chaired_rows;

static int setup(void **state)
{
	const char *paths[] = {VNKG_SEEDS};
	vnkg_graph *g = NULL;
	vnkg_table *t = NULL;
	cli_result r;
	int rc = -1;

	(void)state;
	if (vnkg_global_init() < 0)
		return -1;
	if (vnkg_build(&g, paths, 1, NULL, NULL) < 0 || vnkg_query_chaired(&t, g) < 0) {
		fprintf(stderr, "seeds: %s\n", vnkg_error_last());
		goto cleanup;
	}
	lib_nodes = vnkg_graph_node_count(g);
	lib_edges = vnkg_graph_edge_count(g);
	lib_chaired_rows = vnkg_table_rows(t);

	/* two builds into two folders, for the determinism check */
	if (cli_run(&r, "build " SEEDS " -o '" TMP "/a'") != 0) {
		fprintf(stderr, "vnkg build (a) exit %d: %s", r.status, r.err);
		cli_result_free(&r);
		goto cleanup;
	}
	cli_result_free(&r);
	if (cli_run(&r, "build " SEEDS " -o '" TMP "/b'") != 0) {
		fprintf(stderr, "vnkg build (b) exit %d: %s", r.status, r.err);
		cli_result_free(&r);
		goto cleanup;
	}
	cli_result_free(&r);
	rc = 0;
cleanup:
	vnkg_table_free(t);
	vnkg_graph_free(g);
	return rc;
}

static int teardown(void **state)
{
	(void)state;
	vnkg_global_shutdown();
	return 0;
}

static void test_e2e_graphml_valid(void **state)
{
	char *text;

	(void)state;
	assert_int_equal(test_run("'" VNKG_XMLLINT "' --nonet --noout --schema '" VNKG_TEST_SCHEMA
				  "/graphml.xsd' '" TMP "/a/kg.graphml'"),
			 0);
	text = test_read_file(TMP "/a/kg.graphml", NULL);
	assert_non_null(text);
	assert_memory_equal(text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 39);
	assert_contains(text, "Nguyễn Mạnh Hùng");
	free(text);
}

/* The library reads back what the binary wrote. */
static void test_e2e_graphml_round_trip(void **state)
{
	vnkg_graph *g = NULL;

	(void)state;
	if (vnkg_graph_read_graphml(&g, TMP "/a/kg.graphml") < 0)
		fail_msg("%s", vnkg_error_last());
	assert_int_equal(vnkg_graph_node_count(g), lib_nodes);
	assert_int_equal(vnkg_graph_edge_count(g), lib_edges);
	vnkg_graph_free(g);
}

static void test_e2e_dot_renders(void **state)
{
	char *svg;

	(void)state;
	assert_int_equal(test_run("'" VNKG_DOT "' -Tsvg '" TMP "/a/kg.dot' -o '" TMP "/a.svg' 2>'" TMP "/dot.stderr'"),
			 0);
	svg = test_read_file(TMP "/a.svg", NULL);
	assert_non_null(svg);
	assert_contains(svg, "<svg");
	assert_contains(svg, "Nguyễn Mạnh Hùng");
	free(svg);
}

static void test_e2e_deterministic(void **state)
{
	(void)state;
	if (!same_bytes(TMP "/a/kg.graphml", TMP "/b/kg.graphml"))
		fail_msg("two builds of the seeds differ: diff %s/a/kg.graphml %s/b/kg.graphml", TMP, TMP);
	if (!same_bytes(TMP "/a/kg.dot", TMP "/b/kg.dot"))
		fail_msg("two builds of the seeds differ: diff %s/a/kg.dot %s/b/kg.dot", TMP, TMP);
}

/* Elements of the top-level array of a JSON text already checked valid. */
static size_t json_array_length(const char *s)
{
	size_t n = 0;
	int depth = 0, in_string = 0;

	for (; *s; s++) {
		if (in_string) {
			if (*s == '\\' && s[1])
				s++;
			else if (*s == '"')
				in_string = 0;
			continue;
		}
		if (*s == '"') {
			in_string = 1;
		} else if (*s == '[' || *s == '{') {
			if (++depth == 2)
				n++;
		} else if (*s == ']' || *s == '}') {
			depth--;
		}
	}
	return n;
}

static int json_has_string(const json_check *j, const char *s)
{
	size_t i;

	for (i = 0; i < j->nstrings; i++)
		if (strcmp(j->strings[i], s) == 0)
			return 1;
	return 0;
}

/* Runs `vnkg query chaired --format json` on the built graph: valid JSON, an
 * array with one object per row; returns the row count. */
static size_t query_json(json_check *j, char **text)
{
	cli_result r;

	if (cli_run(&r, "query chaired -g '" TMP "/a/kg.graphml' --format json") != 0)
		fail_msg("vnkg query exit %d: %s", r.status, r.err);
	assert_string_equal(r.err, "");
	if (json_check_parse(j, r.out) < 0)
		fail_msg("not valid JSON:\n%s", r.out);
	assert_true(r.out[0] == '[');
	*text = r.out;
	free(r.err);
	return json_array_length(*text);
}

static void test_e2e_query_json(void **state)
{
	json_check j;
	char *text;
	size_t rows;

	(void)state;
	rows = query_json(&j, &text);
	assert_int_equal(rows, lib_chaired_rows);
	assert_true(json_has_string(&j, "date"));
	assert_true(json_has_string(&j, "person"));
	assert_true(json_has_string(&j, "2019-11-18"));
	assert_true(json_has_string(&j, "2019-12-24"));
	assert_true(json_has_string(&j, "2024-11-25"));
	assert_contains(text, "Nguyễn Mạnh Hùng");
	assert_contains(text, "Trần Chí Tâm");
	json_check_free(&j);
	free(text);
}

/* The seeds report four meetings with a chair: Nguyễn Mạnh Hùng chaired
 * three (000, 001, 004), Trần Chí Tâm one (002). */
static void test_e2e_query_four_rows(void **state)
{
	json_check j;
	char *text;
	size_t rows;

	(void)state;
	rows = query_json(&j, &text);
	if (rows != 4) {
		fprintf(stderr, "vnkg query chaired --format json gave:\n%s", text);
		fail_msg("expected 4 chaired rows, got %zu", rows);
	}
	json_check_free(&j);
	free(text);
}

/* Asking from the articles gives the answer asking from the graph gives. */
static void test_e2e_query_from_articles(void **state)
{
	cli_result r;
	char *from_graph;

	(void)state;
	if (cli_run(&r, "query chaired -g '" TMP "/a/kg.graphml' --format tsv") != 0)
		fail_msg("vnkg query -g exit %d: %s", r.status, r.err);
	from_graph = r.out;
	free(r.err);
	if (cli_run(&r, "query chaired " SEEDS " --format tsv") != 0)
		fail_msg("vnkg query seeds exit %d: %s", r.status, r.err);
	assert_string_equal(r.out, from_graph);
	free(from_graph);
	cli_result_free(&r);
}

/* networkx (what Python users load GraphML with) reads the file with the
 * library's counts. Skipped when python3 or networkx is missing. */
static void test_e2e_networkx(void **state)
{
	static const char script[] = "import sys, networkx as nx\n"
				     "g = nx.read_graphml(sys.argv[1])\n"
				     "assert g.is_directed()\n"
				     "labels = [d.get('label', '') for _, d in g.nodes(data=True)]\n"
				     "assert 'Nguyễn Mạnh Hùng' in labels\n"
				     "print(g.number_of_nodes(), g.number_of_edges())\n";
	unsigned long nodes = 0, edges = 0;
	char *out;

	(void)state;
	if (test_run("python3 -c 'import networkx' >/dev/null 2>&1") != 0) {
		print_message("note: python3 with networkx not found; skipping the networkx check\n");
		skip();
	}
	write_bytes(TMP "/nx_counts.py", script, sizeof(script) - 1);
	if (test_run("python3 '" TMP "/nx_counts.py' '" TMP "/a/kg.graphml' >'" TMP "/nx.out' 2>'" TMP
		     "/nx.err'") != 0) {
		char *err = test_read_file(TMP "/nx.err", NULL);

		fail_msg("networkx could not read the graph: %s", err ? err : "");
	}
	out = test_read_file(TMP "/nx.out", NULL);
	assert_non_null(out);
	assert_int_equal(sscanf(out, "%lu %lu", &nodes, &edges), 2);
	free(out);
	assert_int_equal(nodes, lib_nodes);
	assert_int_equal(edges, lib_edges);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_e2e_graphml_valid),
		cmocka_unit_test(test_e2e_graphml_round_trip),
		cmocka_unit_test(test_e2e_dot_renders),
		cmocka_unit_test(test_e2e_deterministic),
		cmocka_unit_test(test_e2e_query_json),
		cmocka_unit_test(test_e2e_query_four_rows),
		cmocka_unit_test(test_e2e_query_from_articles),
		cmocka_unit_test(test_e2e_networkx),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
