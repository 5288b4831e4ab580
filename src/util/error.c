#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "vnkg/common.h"

/* The last-error record: one per thread, like libgit2's git_error_last(). */
static _Thread_local char last_error[1024];

void vnkg_error_set(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(last_error, sizeof(last_error), fmt, ap);
	va_end(ap);
}

void vnkg_error_clear(void)
{
	last_error[0] = '\0';
}

const char *vnkg_error_last(void)
{
	return last_error;
}
