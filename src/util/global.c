#include <igraph.h>
#include <stdio.h>

#include "vnkg/common.h"
#include "extract/doc.h"
#include "text/lower.h"
#include "write/write_i.h"

/* igraph aborts the process on error by default; we record the message as the
 * vnkg error instead and let the caller map the igraph code. */
static void record_igraph_error(const char *reason, const char *file, int line, igraph_error_t err)
{
	(void)file;
	(void)line;
	vnkg_error_set("igraph: %s (%s)", reason ? reason : "error", igraph_strerror(err));
	IGRAPH_FINALLY_FREE();
}

static void ignore_igraph_warning(const char *reason, const char *file, int line)
{
	(void)reason;
	(void)file;
	(void)line;
}

int vnkg_global_init(void)
{
	igraph_set_error_handler(record_igraph_error);
	igraph_set_warning_handler(ignore_igraph_warning);
	igraph_set_attribute_table(&igraph_cattribute_table);
	vnkg_error_clear();
	vnkg_i_text_init();
	if (vnkg_i_write_init() < 0)
		return VNKG_ERROR;
	return vnkg_i_extract_init();
}

void vnkg_global_shutdown(void)
{
	vnkg_i_extract_shutdown();
}
