#ifndef VNKG_WRITE_DOT_I_H
#define VNKG_WRITE_DOT_I_H

/* The DOT builder shared by the DOT and SVG writers (private; cgraph types
 * are passed as void * so that this header does not need cgraph.h). */

#include "write/write_i.h"

/* Builds the Agraph_t of a view into *out (the caller agclose()s it), with
 * the cgraph discipline `disc` (an Agdisc_t *, NULL for the default). Call
 * between vnkg_i_dot_quiet_begin and _end. Returns 0 or VNKG_ERROR. */
int vnkg_i_dot_build(void **out, const vnkg_graph *g, const vnkg_i_view *v, void *disc);

/* Graphviz's message handler (agusererrf). */
typedef int (*vnkg_i_dot_errf)(char *message);

/* Makes Graphviz record its messages instead of printing them; returns the
 * previous handler, to give back to vnkg_i_dot_quiet_end. */
vnkg_i_dot_errf vnkg_i_dot_quiet_begin(void);
void vnkg_i_dot_quiet_end(vnkg_i_dot_errf previous);

/* The last message Graphviz gave since vnkg_i_dot_quiet_begin ("" if none). */
const char *vnkg_i_dot_message(void);

#endif
