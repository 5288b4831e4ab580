#ifndef VNKG_COMMON_H
#define VNKG_COMMON_H

#include <stddef.h>

/* Return codes of fallible vnkg functions: 0 on success, negative on failure.
 * The details of the last failure are in vnkg_error_last(). */
enum {
	VNKG_OK = 0,
	VNKG_ERROR = -1,     /* generic failure (I/O, environment) */
	VNKG_ENOTFOUND = -2, /* a named thing does not exist */
	VNKG_EINVALID = -3,  /* input is malformed (bad UTF-8, bad GraphML, ...) */
	VNKG_ENOMEM = -4,    /* out of memory */
	VNKG_EAMBIGUOUS = -5 /* a name matches several things */
};

/* Initialises the library: installs igraph's C attribute table and an igraph
 * error handler that records messages instead of aborting. Call once before any
 * other vnkg function. Returns 0 or a negative code. */
int vnkg_global_init(void);

/* Releases what vnkg_global_init() set up (cached compiled patterns). */
void vnkg_global_shutdown(void);

/* The message of the last failure in this thread: one line, never NULL
 * (empty when there was none). Borrowed; valid until the next vnkg call. */
const char *vnkg_error_last(void);

/* Records a failure message (printf-style). Returns nothing; used by the
 * library and available to applications that extend it. */
void vnkg_error_set(const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 1, 2)))
#endif
	;

/* Forgets the last failure message. */
void vnkg_error_clear(void);

#endif
