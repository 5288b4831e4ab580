/* placeholder until this part lands */
typedef int vnkg_placeholder_resolve_resolve_c;
