/* placeholder until this part lands */
typedef int vnkg_placeholder_write_dot_c;
