/* Multi-part answers: named tables rendered together. */

#include <stdlib.h>
#include <string.h>

#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/query.h"

struct part {
	char *title;
	vnkg_table *table;
};

struct vnkg_answer {
	struct part *parts;
	size_t len;
	size_t cap;
};

int vnkg_answer_new(vnkg_answer **out)
{
	if (!out) {
		vnkg_error_set("vnkg_answer_new: no output pointer given");
		return VNKG_EINVALID;
	}
	*out = calloc(1, sizeof(**out));
	return *out ? 0 : vnkg_i_oom();
}

void vnkg_answer_free(vnkg_answer *a)
{
	size_t i;

	if (!a)
		return;
	for (i = 0; i < a->len; i++) {
		free(a->parts[i].title);
		vnkg_table_free(a->parts[i].table);
	}
	free(a->parts);
	free(a);
}

int vnkg_answer_add(vnkg_answer *a, const char *title, vnkg_table **table)
{
	char *copy;

	if (!a || !table || !*table) {
		vnkg_error_set("vnkg_answer_add: no answer or no table given");
		return VNKG_EINVALID;
	}
	if (a->len == a->cap) {
		size_t cap = a->cap ? a->cap * 2 : 4;
		struct part *p = realloc(a->parts, cap * sizeof(*p));

		if (!p)
			return vnkg_i_oom();
		a->parts = p;
		a->cap = cap;
	}
	copy = vnkg_i_strdup(title ? title : "");
	if (!copy)
		return VNKG_ENOMEM;
	a->parts[a->len].title = copy;
	a->parts[a->len].table = *table;
	a->len++;
	*table = NULL;
	return 0;
}

size_t vnkg_answer_count(const vnkg_answer *a)
{
	return a ? a->len : 0;
}

const char *vnkg_answer_title(const vnkg_answer *a, size_t i)
{
	return a && i < a->len ? a->parts[i].title : NULL;
}

const vnkg_table *vnkg_answer_table(const vnkg_answer *a, size_t i)
{
	return a && i < a->len ? a->parts[i].table : NULL;
}

size_t vnkg_answer_rows(const vnkg_answer *a)
{
	size_t i, n = 0;

	if (!a)
		return 0;
	for (i = 0; i < a->len; i++)
		n += vnkg_table_rows(a->parts[i].table);
	return n;
}

/* Appends a JSON string; titles are ours (ASCII), but escape anyway. */
static void put_json_key(vnkg_buf *out, const char *s)
{
	vnkg_i_buf_putc(out, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\') {
			vnkg_i_buf_putc(out, '\\');
			vnkg_i_buf_putc(out, *s);
		} else if ((unsigned char)*s < 0x20) {
			vnkg_i_buf_printf(out, "\\u%04x", (unsigned)(unsigned char)*s);
		} else {
			vnkg_i_buf_putc(out, *s);
		}
	}
	vnkg_i_buf_putc(out, '"');
}

int vnkg_answer_render(char **out, const vnkg_answer *a, vnkg_format format)
{
	vnkg_buf buf = VNKG_BUF_INIT;
	char *part = NULL;
	size_t i;
	int error = 0;

	if (!out || !a) {
		vnkg_error_set("vnkg_answer_render: no answer or no output pointer given");
		return VNKG_EINVALID;
	}
	*out = NULL;
	if (format != VNKG_FORMAT_TABLE && format != VNKG_FORMAT_TSV && format != VNKG_FORMAT_JSON) {
		vnkg_error_set("vnkg_answer_render: unknown output format %d", (int)format);
		return VNKG_EINVALID;
	}

	if (format == VNKG_FORMAT_JSON)
		vnkg_i_buf_puts(&buf, a->len ? "{\n" : "{}\n");
	for (i = 0; i < a->len; i++) {
		const vnkg_table *t = a->parts[i].table;

		error = vnkg_table_render(&part, t, format);
		if (error < 0)
			goto cleanup;
		switch (format) {
		case VNKG_FORMAT_TABLE:
			if (i > 0)
				vnkg_i_buf_putc(&buf, '\n');
			vnkg_i_buf_puts(&buf, a->parts[i].title);
			vnkg_i_buf_putc(&buf, '\n');
			vnkg_i_buf_puts(&buf, vnkg_table_rows(t) ? part : "(none)\n");
			break;
		case VNKG_FORMAT_TSV:
			if (i > 0)
				vnkg_i_buf_putc(&buf, '\n');
			vnkg_i_buf_puts(&buf, "# ");
			vnkg_i_buf_puts(&buf, a->parts[i].title);
			vnkg_i_buf_putc(&buf, '\n');
			vnkg_i_buf_puts(&buf, part);
			break;
		default:
			put_json_key(&buf, a->parts[i].title);
			vnkg_i_buf_puts(&buf, ": ");
			/* the part's JSON without its final newline */
			vnkg_i_buf_put(&buf, part, strlen(part) - 1);
			vnkg_i_buf_puts(&buf, i + 1 < a->len ? ",\n" : "\n}\n");
			break;
		}
		free(part);
		part = NULL;
	}
	if (buf.oom) {
		error = VNKG_ENOMEM;
		goto cleanup;
	}
	*out = vnkg_i_buf_detach(&buf);
	if (!*out)
		error = VNKG_ENOMEM;

cleanup:
	free(part);
	vnkg_i_buf_free(&buf);
	return error;
}
