/* placeholder until this part lands */
typedef int vnkg_placeholder_cli_cmd_build_c;
