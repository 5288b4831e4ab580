#include "util/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vnkg/common.h"

int vnkg_i_oom(void)
{
	vnkg_error_set("out of memory");
	return VNKG_ENOMEM;
}

int vnkg_i_buf_grow(vnkg_buf *b, size_t extra)
{
	size_t want, cap;
	char *p;

	if (b->oom)
		return VNKG_ENOMEM;
	want = b->len + extra + 1;
	if (want <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 64;
	while (cap < want)
		cap *= 2;
	p = realloc(b->ptr, cap);
	if (!p) {
		b->oom = 1;
		return vnkg_i_oom();
	}
	b->ptr = p;
	b->cap = cap;
	return 0;
}

int vnkg_i_buf_put(vnkg_buf *b, const char *data, size_t len)
{
	if (vnkg_i_buf_grow(b, len) < 0)
		return VNKG_ENOMEM;
	if (len)
		memcpy(b->ptr + b->len, data, len);
	b->len += len;
	b->ptr[b->len] = '\0';
	return 0;
}

int vnkg_i_buf_puts(vnkg_buf *b, const char *s)
{
	return vnkg_i_buf_put(b, s, strlen(s));
}

int vnkg_i_buf_putc(vnkg_buf *b, char c)
{
	return vnkg_i_buf_put(b, &c, 1);
}

int vnkg_i_buf_printf(vnkg_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return VNKG_ERROR;
	if (vnkg_i_buf_grow(b, (size_t)n) < 0)
		return VNKG_ENOMEM;
	va_start(ap, fmt);
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

char *vnkg_i_buf_detach(vnkg_buf *b)
{
	char *p;

	if (b->oom) {
		vnkg_i_buf_free(b);
		return NULL;
	}
	if (!b->ptr && vnkg_i_buf_grow(b, 0) < 0)
		return NULL;
	if (b->len == 0)
		b->ptr[0] = '\0';
	p = b->ptr;
	b->ptr = NULL;
	b->len = b->cap = 0;
	return p;
}

void vnkg_i_buf_clear(vnkg_buf *b)
{
	b->len = 0;
	if (b->ptr)
		b->ptr[0] = '\0';
}

void vnkg_i_buf_free(vnkg_buf *b)
{
	free(b->ptr);
	b->ptr = NULL;
	b->len = b->cap = 0;
	b->oom = 0;
}

const char *vnkg_i_buf_cstr(const vnkg_buf *b)
{
	return b->ptr && !b->oom ? b->ptr : "";
}

char *vnkg_i_strdup(const char *s)
{
	return vnkg_i_strndup(s, strlen(s));
}

char *vnkg_i_strndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);

	if (!p) {
		vnkg_i_oom();
		return NULL;
	}
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

int vnkg_i_strvec_push_own(vnkg_strvec *v, char *s)
{
	if (!s)
		return VNKG_ENOMEM;
	if (v->len == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 8;
		char **p = realloc(v->items, cap * sizeof(*p));
		if (!p) {
			free(s);
			return vnkg_i_oom();
		}
		v->items = p;
		v->cap = cap;
	}
	v->items[v->len++] = s;
	return 0;
}

int vnkg_i_strvec_push(vnkg_strvec *v, const char *s)
{
	return vnkg_i_strvec_push_own(v, vnkg_i_strdup(s));
}

int vnkg_i_strvec_contains(const vnkg_strvec *v, const char *s)
{
	size_t i;

	for (i = 0; i < v->len; i++)
		if (strcmp(v->items[i], s) == 0)
			return 1;
	return 0;
}

void vnkg_i_strvec_free(vnkg_strvec *v)
{
	size_t i;

	for (i = 0; i < v->len; i++)
		free(v->items[i]);
	free(v->items);
	v->items = NULL;
	v->len = v->cap = 0;
}
