#ifndef VNKG_TESTS_QUERY_JSON_CHECK_H
#define VNKG_TESTS_QUERY_JSON_CHECK_H

/* A strict RFC 8259 checker for the tests: validates a whole JSON text
 * (including that it is UTF-8) and collects every string it meets, decoded,
 * in order, so a test can compare them with what went in. */

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

typedef struct {
	const unsigned char *p;
	const unsigned char *end;
	char **strings;
	size_t nstrings;
	size_t cap;
	int depth;
} json_check;

static void json_ws(json_check *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
		j->p++;
}

static int json_hex4(json_check *j, long *out)
{
	long v = 0;
	int i;

	if (j->end - j->p < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		unsigned char c = j->p[i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	j->p += 4;
	*out = v;
	return 0;
}

static int json_push(json_check *j, char *s)
{
	if (j->nstrings == j->cap) {
		size_t cap = j->cap ? j->cap * 2 : 16;
		char **p = realloc(j->strings, cap * sizeof(*p));

		if (!p)
			return -1;
		j->strings = p;
		j->cap = cap;
	}
	j->strings[j->nstrings++] = s;
	return 0;
}

static int json_string(json_check *j)
{
	size_t cap = 16, len = 0;
	char *s = malloc(cap);

	if (!s || j->p >= j->end || *j->p != '"')
		goto fail;
	j->p++;
	for (;;) {
		utf8proc_int32_t cp;
		utf8proc_uint8_t enc[4];
		utf8proc_ssize_t n;

		if (j->p >= j->end)
			goto fail;
		if (*j->p == '"') {
			j->p++;
			break;
		}
		if (*j->p < 0x20)
			goto fail; /* raw control characters are not allowed */
		if (*j->p == '\\') {
			long u, lo;

			j->p++;
			if (j->p >= j->end)
				goto fail;
			switch (*j->p++) {
			case '"': cp = '"'; break;
			case '\\': cp = '\\'; break;
			case '/': cp = '/'; break;
			case 'b': cp = '\b'; break;
			case 'f': cp = '\f'; break;
			case 'n': cp = '\n'; break;
			case 'r': cp = '\r'; break;
			case 't': cp = '\t'; break;
			case 'u':
				if (json_hex4(j, &u) < 0)
					goto fail;
				if (u >= 0xD800 && u <= 0xDBFF) {
					if (j->end - j->p < 2 || j->p[0] != '\\' || j->p[1] != 'u')
						goto fail;
					j->p += 2;
					if (json_hex4(j, &lo) < 0 || lo < 0xDC00 || lo > 0xDFFF)
						goto fail;
					u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
				} else if (u >= 0xDC00 && u <= 0xDFFF) {
					goto fail;
				}
				cp = (utf8proc_int32_t)u;
				break;
			default:
				goto fail;
			}
		} else {
			n = utf8proc_iterate(j->p, j->end - j->p > 4 ? 4 : j->end - j->p, &cp);
			if (n <= 0)
				goto fail; /* not UTF-8 */
			j->p += n;
		}
		n = utf8proc_encode_char(cp, enc);
		if (len + (size_t)n + 1 > cap) {
			char *bigger;

			cap *= 2;
			bigger = realloc(s, cap);
			if (!bigger)
				goto fail;
			s = bigger;
		}
		memcpy(s + len, enc, (size_t)n);
		len += (size_t)n;
	}
	s[len] = '\0';
	return json_push(j, s);
fail:
	free(s);
	return -1;
}

static int json_value(json_check *j);

static int json_number(json_check *j)
{
	const unsigned char *start;

	if (j->p < j->end && *j->p == '-')
		j->p++;
	if (j->p >= j->end)
		return -1;
	if (*j->p == '0') {
		j->p++;
	} else if (*j->p >= '1' && *j->p <= '9') {
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
	} else {
		return -1;
	}
	if (j->p < j->end && *j->p == '.') {
		j->p++;
		start = j->p;
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
		if (j->p == start)
			return -1;
	}
	if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
		j->p++;
		if (j->p < j->end && (*j->p == '+' || *j->p == '-'))
			j->p++;
		start = j->p;
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
		if (j->p == start)
			return -1;
	}
	return 0;
}

static int json_literal(json_check *j, const char *word)
{
	size_t n = strlen(word);

	if ((size_t)(j->end - j->p) < n || memcmp(j->p, word, n) != 0)
		return -1;
	j->p += n;
	return 0;
}

static int json_container(json_check *j, int object)
{
	unsigned char close = object ? '}' : ']';

	if (++j->depth > 64)
		return -1;
	j->p++;
	json_ws(j);
	if (j->p < j->end && *j->p == close) {
		j->p++;
		j->depth--;
		return 0;
	}
	for (;;) {
		json_ws(j);
		if (object) {
			if (json_string(j) < 0)
				return -1;
			json_ws(j);
			if (j->p >= j->end || *j->p != ':')
				return -1;
			j->p++;
		}
		if (json_value(j) < 0)
			return -1;
		json_ws(j);
		if (j->p >= j->end)
			return -1;
		if (*j->p == ',') {
			j->p++;
			continue;
		}
		if (*j->p != close)
			return -1;
		j->p++;
		j->depth--;
		return 0;
	}
}

static int json_value(json_check *j)
{
	json_ws(j);
	if (j->p >= j->end)
		return -1;
	switch (*j->p) {
	case '{': return json_container(j, 1);
	case '[': return json_container(j, 0);
	case '"': return json_string(j);
	case 't': return json_literal(j, "true");
	case 'f': return json_literal(j, "false");
	case 'n': return json_literal(j, "null");
	default: return json_number(j);
	}
}

static void json_check_free(json_check *j)
{
	size_t i;

	for (i = 0; i < j->nstrings; i++)
		free(j->strings[i]);
	free(j->strings);
	memset(j, 0, sizeof(*j));
}

/* Returns 0 when `text` is exactly one valid JSON value (with whitespace
 * around it); j->strings then holds its strings in order. */
static int json_check_parse(json_check *j, const char *text)
{
	memset(j, 0, sizeof(*j));
	j->p = (const unsigned char *)text;
	j->end = j->p + strlen(text);
	if (json_value(j) < 0)
		return -1;
	json_ws(j);
	return j->p == j->end ? 0 : -1;
}

#endif
