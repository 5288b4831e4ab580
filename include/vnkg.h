#ifndef VNKG_H
#define VNKG_H

/* vnkg: Vietnamese news to knowledge graph. The umbrella header. */

#include "vnkg/common.h"
#include "vnkg/text.h"
#include "vnkg/extract.h"
#include "vnkg/graph.h"
#include "vnkg/build.h"
#include "vnkg/write.h"
#include "vnkg/query.h"

#endif
