/* placeholder until this part lands */
typedef int vnkg_placeholder_text_normalize_c;
