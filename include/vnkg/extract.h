#ifndef VNKG_EXTRACT_H
#define VNKG_EXTRACT_H

#include <stddef.h>
#include "text.h"

/* The extract stage: PCRE2 rule sets find mentions (people, bodies,
 * directives, events, places, dates) and relation cues in an article. */

#endif
