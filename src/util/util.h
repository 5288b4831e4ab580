#ifndef VNKG_UTIL_UTIL_H
#define VNKG_UTIL_UTIL_H

/* Small helpers shared by every stage (private to the library). */

#include <stdarg.h>
#include <stddef.h>

/* A growable NUL-terminated byte buffer. Zero-initialise, or use VNKG_BUF_INIT. */
typedef struct vnkg_buf {
	char *ptr;
	size_t len;
	size_t cap;
	int oom; /* set once an allocation failed; later appends do nothing */
} vnkg_buf;

#define VNKG_BUF_INIT {NULL, 0, 0, 0}

int vnkg_i_buf_grow(vnkg_buf *b, size_t extra);
int vnkg_i_buf_put(vnkg_buf *b, const char *data, size_t len);
int vnkg_i_buf_puts(vnkg_buf *b, const char *s);
int vnkg_i_buf_putc(vnkg_buf *b, char c);
int vnkg_i_buf_printf(vnkg_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
/* Hands the contents to the caller (never NULL unless out of memory) and
 * resets the buffer. */
char *vnkg_i_buf_detach(vnkg_buf *b);
void vnkg_i_buf_clear(vnkg_buf *b);
void vnkg_i_buf_free(vnkg_buf *b);
/* The contents, "" when empty. */
const char *vnkg_i_buf_cstr(const vnkg_buf *b);

/* strdup / strndup that record an out-of-memory error. */
char *vnkg_i_strdup(const char *s);
char *vnkg_i_strndup(const char *s, size_t n);

/* A growable array of owned strings. */
typedef struct vnkg_strvec {
	char **items;
	size_t len;
	size_t cap;
} vnkg_strvec;

int vnkg_i_strvec_push(vnkg_strvec *v, const char *s);      /* copies s */
int vnkg_i_strvec_push_own(vnkg_strvec *v, char *s);         /* takes s */
int vnkg_i_strvec_contains(const vnkg_strvec *v, const char *s);
void vnkg_i_strvec_free(vnkg_strvec *v);

/* Records "out of memory" and returns VNKG_ENOMEM. */
int vnkg_i_oom(void);

/* Writes a whole buffer to `path` through a temporary file in the same
 * folder and rename(); the error names the path. */
int vnkg_i_write_file_atomic(const char *path, const char *data, size_t len);

/* Opens a temporary file next to `path` for writing; *tmp_out receives its
 * name (caller frees). Commit with vnkg_i_tmpfile_commit (closes, checks the
 * close, renames) or vnkg_i_tmpfile_abort (closes and removes). */
int vnkg_i_tmpfile_open(void **fp_out, char **tmp_out, const char *path);
int vnkg_i_tmpfile_commit(void *fp, char *tmp, const char *path);
void vnkg_i_tmpfile_abort(void *fp, char *tmp);

#endif
