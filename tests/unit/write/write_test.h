#ifndef VNKG_TESTS_UNIT_WRITE_WRITE_TEST_H
#define VNKG_TESTS_UNIT_WRITE_WRITE_TEST_H

/* Helpers of the writer tests (include after <cmocka.h>): validating with
 * xmllint, running the real renderers and the Python readers. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_util.h"
#include "unit/graph/sample_graph.h"

#define TMP VNKG_TEST_TMP "/"
#define GEXF_RNG VNKG_TEST_SCHEMA "/gexf/gexf.rng"
#define GRAPHML_XSD VNKG_TEST_SCHEMA "/graphml.xsd"
#define CHECK_GRAPH VNKG_WRITE_TESTS "/check_graph.py"

/* cmocka group fixtures: the sample graph of tests/unit/graph as *state. */
static inline int wt_setup_sample(void **state)
{
	vnkg_graph *g = sample_graph();

	if (!g)
		return -1;
	*state = g;
	return 0;
}

static inline int wt_teardown_sample(void **state)
{
	vnkg_graph_free(*state);
	return 0;
}

/* Runs a printf-formatted shell command; returns its exit status. */
static inline int wt_run(const char *fmt, const char *a, const char *b, const char *c)
{
	char cmd[4096];

	snprintf(cmd, sizeof(cmd), fmt, a, b, c);
	return test_run(cmd);
}

/* xmllint: 0 when `path` is well-formed XML. */
static inline int wt_wellformed(const char *path)
{
	return wt_run("'%s' --nonet --noout '%s'%s", VNKG_XMLLINT, path, "");
}

/* xmllint --relaxng against the GEXF 1.3 schema. */
static inline int wt_valid_gexf(const char *path)
{
	return wt_run("'%s' --nonet --noout --relaxng '%s' '%s'", VNKG_XMLLINT, GEXF_RNG, path);
}

/* xmllint --schema against the GraphML schema. */
static inline int wt_valid_graphml(const char *path)
{
	return wt_run("'%s' --nonet --noout --schema '%s' '%s'", VNKG_XMLLINT, GRAPHML_XSD, path);
}

/* How many times `needle` occurs in `hay`. */
static inline size_t wt_count(const char *hay, const char *needle)
{
	size_t n = 0, len = strlen(needle);
	const char *p;

	for (p = strstr(hay, needle); p; p = strstr(p + len, needle))
		n++;
	return n;
}

/* A Python 3 that can import `module` (Debian's /usr/bin/python3 first, as
 * python3-networkx installs there), or NULL. */
static inline const char *wt_python_with(const char *module)
{
	static const char *const candidates[] = {"/usr/bin/python3", "python3"};
	char cmd[512];
	size_t i;

	for (i = 0; i < sizeof(candidates) / sizeof(candidates[0]); i++) {
		snprintf(cmd, sizeof(cmd), "%s -c 'import %s' >/dev/null 2>&1", candidates[i], module);
		if (test_run(cmd) == 0)
			return candidates[i];
	}
	return NULL;
}

/* Joins the lines cgraph breaks long strings into (backslash-newline), in
 * place, so that a test can look for a whole string; returns text. */
static inline char *wt_join_lines(char *text)
{
	char *r = text, *w = text;

	while (*r) {
		if (r[0] == '\\' && r[1] == '\n') {
			r += 2;
			continue;
		}
		*w++ = *r++;
	}
	*w = '\0';
	return text;
}

/* Reads a file into memory, failing the test when it cannot. */
static inline char *wt_read(const char *path, size_t *len)
{
	char *text = test_read_file(path, len);

	if (!text)
		fail_msg("cannot read %s", path);
	return text;
}

#endif
