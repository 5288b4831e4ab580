#ifndef VNKG_TESTS_TEST_UTIL_H
#define VNKG_TESTS_TEST_UTIL_H

/* Helpers for the cmocka tests (include after <cmocka.h>'s prerequisites). */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads a whole file into a NUL-terminated malloc'd buffer, or NULL. */
static inline char *test_read_file(const char *path, size_t *len_out)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
		buf = malloc((size_t)n + 1);
		if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
			free(buf);
			buf = NULL;
		} else if (buf) {
			buf[n] = '\0';
			if (len_out)
				*len_out = (size_t)n;
		}
	}
	fclose(f);
	return buf;
}

/* Runs a shell command; returns its exit status (or -1). */
static inline int test_run(const char *cmd)
{
	int rc = system(cmd);

	if (rc == -1)
		return -1;
	return (rc >> 8) & 0xff;
}

#endif
