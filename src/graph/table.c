/* Answer tables: named columns, rows of owned strings, and their rendering as
 * an aligned terminal table, TSV or JSON. */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "vnkg/common.h"
#include "vnkg/query.h"
#include "util/util.h"

struct vnkg_table {
	size_t ncols;
	char **names;  /* ncols owned strings */
	char **cells;  /* nrows * ncols owned strings, row-major */
	size_t nrows;
	size_t cap;    /* rows that fit in cells */
};

/* The replacement for bytes that are not UTF-8, as UTF-8. */
static const char replacement_char[] = "\xEF\xBF\xBD";

int vnkg_table_new(vnkg_table **out, size_t ncols, const char *const *names)
{
	vnkg_table *t = NULL;
	size_t i;
	int error = 0;

	if (!out) {
		vnkg_error_set("vnkg_table_new: no output pointer given");
		return VNKG_EINVALID;
	}
	*out = NULL;
	if (ncols == 0 || !names) {
		vnkg_error_set("vnkg_table_new: a table needs at least one named column");
		return VNKG_EINVALID;
	}

	t = calloc(1, sizeof(*t));
	if (!t) {
		error = vnkg_i_oom();
		goto cleanup;
	}
	t->names = calloc(ncols, sizeof(*t->names));
	if (!t->names) {
		error = vnkg_i_oom();
		goto cleanup;
	}
	t->ncols = ncols;
	for (i = 0; i < ncols; i++) {
		t->names[i] = vnkg_i_strdup(names[i] ? names[i] : "");
		if (!t->names[i]) {
			error = VNKG_ENOMEM;
			goto cleanup;
		}
	}

	*out = t;
	t = NULL;

cleanup:
	vnkg_table_free(t);
	return error;
}

void vnkg_table_free(vnkg_table *t)
{
	size_t i;

	if (!t)
		return;
	if (t->names)
		for (i = 0; i < t->ncols; i++)
			free(t->names[i]);
	if (t->cells)
		for (i = 0; i < t->nrows * t->ncols; i++)
			free(t->cells[i]);
	free(t->names);
	free(t->cells);
	free(t);
}

int vnkg_table_add_row(vnkg_table *t, const char *const *cells)
{
	char **row;
	size_t i;

	if (!t || !cells) {
		vnkg_error_set("vnkg_table_add_row: no table or no cells given");
		return VNKG_EINVALID;
	}
	if (t->nrows == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 16;
		char **p;

		if (cap > SIZE_MAX / sizeof(*p) / t->ncols)
			return vnkg_i_oom();
		p = realloc(t->cells, cap * t->ncols * sizeof(*p));
		if (!p)
			return vnkg_i_oom();
		t->cells = p;
		t->cap = cap;
	}

	row = t->cells + t->nrows * t->ncols;
	for (i = 0; i < t->ncols; i++) {
		row[i] = vnkg_i_strdup(cells[i] ? cells[i] : "");
		if (!row[i]) {
			while (i > 0)
				free(row[--i]);
			return VNKG_ENOMEM;
		}
	}
	t->nrows++;
	return 0;
}

size_t vnkg_table_rows(const vnkg_table *t)
{
	return t ? t->nrows : 0;
}

size_t vnkg_table_cols(const vnkg_table *t)
{
	return t ? t->ncols : 0;
}

const char *vnkg_table_cell(const vnkg_table *t, size_t row, size_t col)
{
	if (!t || row >= t->nrows || col >= t->ncols)
		return NULL;
	return t->cells[row * t->ncols + col];
}

const char *vnkg_table_colname(const vnkg_table *t, size_t col)
{
	if (!t || col >= t->ncols)
		return NULL;
	return t->names[col];
}

/* Sorting: a stable bottom-up merge sort of row numbers, then the rows are
 * moved into that order. */

struct sort_ctx {
	const vnkg_table *t;
	const size_t *cols;
	size_t n;
};

static int compare_rows(const struct sort_ctx *ctx, size_t a, size_t b)
{
	const char *const *ra = (const char *const *)ctx->t->cells + a * ctx->t->ncols;
	const char *const *rb = (const char *const *)ctx->t->cells + b * ctx->t->ncols;
	size_t i;

	for (i = 0; i < ctx->n; i++) {
		const char *x = ra[ctx->cols[i]];
		const char *y = rb[ctx->cols[i]];
		int c;

		if (!*x || !*y) {
			if (*x)
				return -1;
			if (*y)
				return 1;
			continue;
		}
		/* a day without its year ("--03-14") after every dated cell */
		if ((strncmp(x, "--", 2) == 0) != (strncmp(y, "--", 2) == 0))
			return strncmp(x, "--", 2) == 0 ? 1 : -1;
		c = strcmp(x, y);
		if (c)
			return c;
	}
	return 0;
}

static void merge_sort(const struct sort_ctx *ctx, size_t *idx, size_t *tmp, size_t n)
{
	size_t width, lo;

	for (width = 1; width < n; width *= 2) {
		for (lo = 0; lo < n; lo += 2 * width) {
			size_t mid = lo + width < n ? lo + width : n;
			size_t hi = mid + width < n ? mid + width : n;
			size_t i = lo, j = mid, k = lo;

			while (i < mid && j < hi) {
				/* take from the left on ties: that keeps the sort stable */
				if (compare_rows(ctx, idx[j], idx[i]) < 0)
					tmp[k++] = idx[j++];
				else
					tmp[k++] = idx[i++];
			}
			while (i < mid)
				tmp[k++] = idx[i++];
			while (j < hi)
				tmp[k++] = idx[j++];
		}
		memcpy(idx, tmp, n * sizeof(*idx));
	}
}

int vnkg_table_sort(vnkg_table *t, const size_t *cols, size_t n)
{
	struct sort_ctx ctx;
	size_t *idx = NULL, *tmp = NULL;
	char **sorted = NULL;
	size_t i;
	int error = 0;

	if (!t || (n && !cols)) {
		vnkg_error_set("vnkg_table_sort: no table or no columns given");
		return VNKG_EINVALID;
	}
	for (i = 0; i < n; i++) {
		if (cols[i] >= t->ncols) {
			vnkg_error_set("vnkg_table_sort: column %zu out of range (the table has %zu)",
				cols[i], t->ncols);
			return VNKG_EINVALID;
		}
	}
	if (t->nrows < 2 || n == 0)
		return 0;

	idx = malloc(t->nrows * sizeof(*idx));
	tmp = malloc(t->nrows * sizeof(*tmp));
	sorted = malloc(t->cap * t->ncols * sizeof(*sorted));
	if (!idx || !tmp || !sorted) {
		error = vnkg_i_oom();
		goto cleanup;
	}
	for (i = 0; i < t->nrows; i++)
		idx[i] = i;

	ctx.t = t;
	ctx.cols = cols;
	ctx.n = n;
	merge_sort(&ctx, idx, tmp, t->nrows);

	for (i = 0; i < t->nrows; i++)
		memcpy(sorted + i * t->ncols, t->cells + idx[i] * t->ncols,
			t->ncols * sizeof(*sorted));
	free(t->cells);
	t->cells = sorted;
	sorted = NULL;

cleanup:
	free(idx);
	free(tmp);
	free(sorted);
	return error;
}

int vnkg_format_parse(vnkg_format *out, const char *name)
{
	if (!out || !name) {
		vnkg_error_set("no output format given; expected table, tsv or json");
		return VNKG_EINVALID;
	}
	if (strcmp(name, "table") == 0)
		*out = VNKG_FORMAT_TABLE;
	else if (strcmp(name, "tsv") == 0)
		*out = VNKG_FORMAT_TSV;
	else if (strcmp(name, "json") == 0)
		*out = VNKG_FORMAT_JSON;
	else {
		vnkg_error_set("unknown output format \"%s\"; expected table, tsv or json", name);
		return VNKG_EINVALID;
	}
	return 0;
}

/* Decodes one character of s[0..len). Returns its length in bytes (>= 1) and
 * its code point in *cp, or -1 in *cp for bytes that are not UTF-8: then the
 * bad byte and the continuation bytes right after it (at most three) count
 * as one character, so a cut sequence shows as a single U+FFFD. */
static size_t next_char(const char *s, size_t len, int32_t *cp)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t n;
	size_t bad = 1;

	if ((unsigned char)s[0] < 0x80) {
		/* ASCII, most of any text: no need to ask utf8proc */
		*cp = (unsigned char)s[0];
		return 1;
	}
	n = utf8proc_iterate((const utf8proc_uint8_t *)s,
		len > 4 ? 4 : (utf8proc_ssize_t)len, &c);
	if (n > 0) {
		*cp = c;
		return (size_t)n;
	}
	while (bad < len && bad < 4 && ((unsigned char)s[bad] & 0xC0) == 0x80)
		bad++;
	*cp = -1;
	return bad;
}

/* Display width of one code point in terminal columns, as rendered by
 * put_table_cell (which shows control characters as spaces). */
static size_t char_width(int32_t cp)
{
	int w;

	if (cp < 0)
		return 1; /* shown as U+FFFD */
	if (cp < 0x80)
		return 1; /* ASCII; control characters are shown as a space */
	w = utf8proc_charwidth(cp);
	return w > 0 ? (size_t)w : 0;
}

/* Is `s`, as put_table_cell renders it, wider than `limit` columns? Stops
 * reading as soon as it is (cells such as evidence sentences are long).
 * (The text stage's vnkg_text_width measures normalised text; cells may
 * hold anything, so the table measures its own rendering.) */
static int wider_than(const char *s, size_t limit)
{
	size_t i = 0, width = 0;

	while (s[i]) {
		size_t avail = 1;
		int32_t cp;

		while (avail < 4 && s[i + avail])
			avail++;
		i += next_char(s + i, avail, &cp);
		width += char_width(cp);
		if (width > limit)
			return 1;
	}
	return 0;
}

/* Appends `s` as one line of a terminal table: control characters become
 * spaces, bytes that are not UTF-8 become U+FFFD, and text wider than
 * `max_width` is cut on a character boundary to at most max_width - 1
 * columns, without trailing spaces, plus "…". Returns the display width
 * written in *width_out. */
static int put_table_cell(vnkg_buf *out, const char *s, size_t max_width, size_t *width_out)
{
	size_t len = strlen(s), i = 0, width = 0, limit, start = out->len;
	int truncate;

	truncate = max_width > 0 && wider_than(s, max_width);
	limit = truncate ? max_width - 1 : SIZE_MAX;

	while (i < len) {
		int32_t cp;
		size_t n = next_char(s + i, len - i, &cp);
		size_t w = char_width(cp);

		if (width + w > limit)
			break;
		if (cp < 0)
			vnkg_i_buf_puts(out, replacement_char);
		else if (cp < 0x20 || cp == 0x7F)
			vnkg_i_buf_putc(out, ' ');
		else
			vnkg_i_buf_put(out, s + i, n);
		width += w;
		i += n;
	}
	if (truncate) {
		/* "word …" reads worse than "word…" */
		while (out->len > start && !out->oom && out->ptr[out->len - 1] == ' ') {
			out->ptr[--out->len] = '\0';
			width--;
		}
		vnkg_i_buf_puts(out, "\xE2\x80\xA6"); /* … */
		width++;
	}
	if (width_out)
		*width_out = width;
	return out->oom ? VNKG_ENOMEM : 0;
}

static void put_spaces(vnkg_buf *out, size_t n)
{
	while (n--)
		vnkg_i_buf_putc(out, ' ');
}

static int render_table(vnkg_buf *out, const vnkg_table *t)
{
	vnkg_buf scratch = VNKG_BUF_INIT;
	size_t *widths = NULL;
	size_t r, c, w;
	int error = 0;

	widths = calloc(t->ncols, sizeof(*widths));
	if (!widths) {
		error = vnkg_i_oom();
		goto cleanup;
	}

	/* column widths: the widest header or (cut) cell */
	for (c = 0; c < t->ncols; c++) {
		vnkg_i_buf_clear(&scratch);
		error = put_table_cell(&scratch, t->names[c], VNKG_TABLE_CELL_MAX_WIDTH, &w);
		if (error < 0)
			goto cleanup;
		widths[c] = w;
	}
	for (r = 0; r < t->nrows; r++) {
		for (c = 0; c < t->ncols; c++) {
			vnkg_i_buf_clear(&scratch);
			error = put_table_cell(&scratch, t->cells[r * t->ncols + c],
				VNKG_TABLE_CELL_MAX_WIDTH, &w);
			if (error < 0)
				goto cleanup;
			if (w > widths[c])
				widths[c] = w;
		}
	}

	/* header, separator, rows; the last column is not padded */
	for (r = 0; r < t->nrows + 2; r++) {
		for (c = 0; c < t->ncols; c++) {
			int last = c + 1 == t->ncols;

			if (c > 0)
				vnkg_i_buf_puts(out, "  ");
			if (r == 1) {
				for (w = 0; w < widths[c]; w++)
					vnkg_i_buf_puts(out, "\xE2\x94\x80"); /* ─ */
				continue;
			}
			error = put_table_cell(out,
				r == 0 ? t->names[c] : t->cells[(r - 2) * t->ncols + c],
				VNKG_TABLE_CELL_MAX_WIDTH, &w);
			if (error < 0)
				goto cleanup;
			if (!last)
				put_spaces(out, widths[c] - w);
		}
		vnkg_i_buf_putc(out, '\n');
	}
	if (out->oom)
		error = VNKG_ENOMEM;

cleanup:
	vnkg_i_buf_free(&scratch);
	free(widths);
	return error;
}

/* Appends a TSV field: tabs, carriage returns and newlines become spaces. */
static void put_tsv_field(vnkg_buf *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '\t' || *s == '\n' || *s == '\r')
			vnkg_i_buf_putc(out, ' ');
		else
			vnkg_i_buf_putc(out, *s);
	}
}

static int render_tsv(vnkg_buf *out, const vnkg_table *t)
{
	size_t r, c;

	for (c = 0; c < t->ncols; c++) {
		if (c > 0)
			vnkg_i_buf_putc(out, '\t');
		put_tsv_field(out, t->names[c]);
	}
	vnkg_i_buf_putc(out, '\n');
	for (r = 0; r < t->nrows; r++) {
		for (c = 0; c < t->ncols; c++) {
			if (c > 0)
				vnkg_i_buf_putc(out, '\t');
			put_tsv_field(out, t->cells[r * t->ncols + c]);
		}
		vnkg_i_buf_putc(out, '\n');
	}
	return out->oom ? VNKG_ENOMEM : 0;
}

/* Appends a JSON string (RFC 8259): quotes, backslashes and control
 * characters escaped, UTF-8 passed through, bytes that are not UTF-8
 * written as U+FFFD so the output is always valid. */
static void put_json_string(vnkg_buf *out, const char *s)
{
	size_t len = strlen(s), i = 0;

	vnkg_i_buf_putc(out, '"');
	while (i < len) {
		unsigned char b = (unsigned char)s[i];
		int32_t cp;
		size_t n;

		if (b == '"' || b == '\\') {
			vnkg_i_buf_putc(out, '\\');
			vnkg_i_buf_putc(out, (char)b);
			i++;
			continue;
		}
		if (b < 0x20) {
			vnkg_i_buf_printf(out, "\\u%04x", (unsigned)b);
			i++;
			continue;
		}
		n = next_char(s + i, len - i, &cp);
		if (cp < 0)
			vnkg_i_buf_puts(out, "\\ufffd");
		else
			vnkg_i_buf_put(out, s + i, n);
		i += n;
	}
	vnkg_i_buf_putc(out, '"');
}

static int render_json(vnkg_buf *out, const vnkg_table *t)
{
	size_t r, c;

	if (t->nrows == 0) {
		vnkg_i_buf_puts(out, "[]\n");
		return out->oom ? VNKG_ENOMEM : 0;
	}
	vnkg_i_buf_puts(out, "[\n");
	for (r = 0; r < t->nrows; r++) {
		vnkg_i_buf_puts(out, "  {");
		for (c = 0; c < t->ncols; c++) {
			if (c > 0)
				vnkg_i_buf_puts(out, ", ");
			put_json_string(out, t->names[c]);
			vnkg_i_buf_puts(out, ": ");
			put_json_string(out, t->cells[r * t->ncols + c]);
		}
		vnkg_i_buf_puts(out, r + 1 < t->nrows ? "},\n" : "}\n");
	}
	vnkg_i_buf_puts(out, "]\n");
	return out->oom ? VNKG_ENOMEM : 0;
}

int vnkg_table_render(char **out, const vnkg_table *t, vnkg_format format)
{
	vnkg_buf buf = VNKG_BUF_INIT;
	int error;

	if (!out || !t) {
		vnkg_error_set("vnkg_table_render: no table or no output pointer given");
		return VNKG_EINVALID;
	}
	*out = NULL;

	switch (format) {
	case VNKG_FORMAT_TABLE:
		error = render_table(&buf, t);
		break;
	case VNKG_FORMAT_TSV:
		error = render_tsv(&buf, t);
		break;
	case VNKG_FORMAT_JSON:
		error = render_json(&buf, t);
		break;
	default:
		vnkg_error_set("vnkg_table_render: unknown output format %d", (int)format);
		error = VNKG_EINVALID;
		break;
	}
	if (error < 0)
		goto cleanup;

	*out = vnkg_i_buf_detach(&buf);
	if (!*out)
		error = VNKG_ENOMEM;

cleanup:
	vnkg_i_buf_free(&buf);
	return error;
}
