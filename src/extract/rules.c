/* placeholder until this part lands */
typedef int vnkg_placeholder_extract_rules_c;
