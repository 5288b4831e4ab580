#ifndef VNKG_RESOLVE_RESOLVE_H
#define VNKG_RESOLVE_RESOLVE_H

/* The resolve stage (private): article context, then corpus identities, then
 * the graph. */

#include "extract/doc.h"
#include "vnkg/graph.h"

/* Builds the graph of `n` extracted articles, in the order given. The caller
 * owns *out. */
int vnkg_i_resolve(vnkg_graph **out, vnkg_i_doc *const *docs, size_t n);

#endif
