/* placeholder until this part lands */
typedef int vnkg_placeholder_text_article_c;
