/* Compiles only if <vnkg.h> stands on its own under -pedantic -Werror. */
#include <vnkg.h>

int vnkg_header_test_anchor(void);
int vnkg_header_test_anchor(void)
{
	return VNKG_OK;
}
