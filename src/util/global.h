#ifndef VNKG_UTIL_GLOBAL_H
#define VNKG_UTIL_GLOBAL_H

/* Releases process-wide caches of the stages (compiled rule sets). */
void vnkg_i_global_shutdown_hooks(void);

#endif
