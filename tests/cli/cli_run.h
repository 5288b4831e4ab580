#ifndef VNKG_TESTS_CLI_RUN_H
#define VNKG_TESTS_CLI_RUN_H

/* Runs the vnkg binary (VNKG_CLI) for the CLI and end-to-end tests, with
 * stdout and stderr captured in files of the test's folder (VNKG_TEST_TMP)
 * and stdin from /dev/null. Include after <cmocka.h>. */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "test_util.h"

typedef struct cli_result {
	int status;	/* exit code, or -1 when the shell could not run it */
	char *out;	/* what it wrote on stdout, NUL-terminated */
	char *err;	/* what it wrote on stderr */
} cli_result;

static inline void cli_result_free(cli_result *r)
{
	free(r->out);
	free(r->err);
	r->out = r->err = NULL;
}

/* Runs `vnkg ARGS` from VNKG_TEST_TMP; ARGS is shell syntax, so quote paths.
 * Returns the exit code, also in r->status. */
static inline int cli_run(cli_result *r, const char *args)
{
	static const char out_path[] = VNKG_TEST_TMP "/cli.stdout";
	static const char err_path[] = VNKG_TEST_TMP "/cli.stderr";
	size_t n = strlen(args) + 3 * sizeof(VNKG_TEST_TMP) + sizeof(VNKG_CLI) + 64;
	char *cmd = malloc(n);

	assert_non_null(cmd);
	snprintf(cmd, n, "cd '%s' && '%s' %s >'%s' 2>'%s' </dev/null", VNKG_TEST_TMP, VNKG_CLI, args, out_path,
		 err_path);
	r->status = test_run(cmd);
	free(cmd);
	r->out = test_read_file(out_path, NULL);
	r->err = test_read_file(err_path, NULL);
	assert_non_null(r->out);
	assert_non_null(r->err);
	return r->status;
}

/* Fails unless `haystack` contains `needle`, showing both. */
#define assert_contains(haystack, needle)                                                       \
	do {                                                                                    \
		const char *h_ = (haystack), *n_ = (needle);                                    \
		if (!strstr(h_, n_))                                                            \
			fail_msg("expected \"%s\" in:\n%s", n_, h_);                            \
	} while (0)

/* Writes `len` bytes to `path`. */
static inline void write_bytes(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	if (len)
		assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

/* Creates the folder `path` unless it exists. */
static inline void make_dir(const char *path)
{
	if (mkdir(path, 0777) != 0 && errno != EEXIST)
		fail_msg("cannot create %s: %s", path, strerror(errno));
}

/* Copies the non-empty file `from` to `to`. */
static inline void copy_file(const char *to, const char *from)
{
	size_t len = 0;
	char *data = test_read_file(from, &len);

	assert_non_null(data);
	assert_true(len > 0);
	write_bytes(to, data, len);
	free(data);
}

/* Is the file at `a` byte for byte the file at `b`? Both must exist. */
static inline int same_bytes(const char *a, const char *b)
{
	size_t la = 0, lb = 0;
	char *da = test_read_file(a, &la), *db = test_read_file(b, &lb);
	int same = da && db && la == lb && memcmp(da, db, la) == 0;

	free(da);
	free(db);
	return same;
}

#endif
