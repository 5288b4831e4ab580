/* placeholder until this part lands */
typedef int vnkg_placeholder_graph_table_c;
