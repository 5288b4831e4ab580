/* placeholder until this part lands */
typedef int vnkg_placeholder_extract_extract_c;
