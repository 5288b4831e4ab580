#include <math.h>
#include <stdio.h>
#include <string.h>

#include "graph/graph_i.h"
#include "write/write_i.h"

/* One look per node type and per relation, shared by every writer.
 *
 * Node types differ by shape first (so a grey print tells them apart) and
 * by colour second: light fills under black text for Graphviz, the same hues
 * strong for Gephi and for borders (Okabe-Ito-like: blue, green, amber,
 * vermilion, purple, which colour-blind readers tell apart too). */

const vnkg_i_type_style vnkg_i_type_styles[] = {
	{"person", "ellipse", "filled", "#dbe8f6", "#2a6db0", 42, 109, 176, "người"},
	{"body", "box", "filled", "#dcefdc", "#2e8b57", 46, 139, 87, "cơ quan, đơn vị"},
	{"directive", "note", "filled", "#fff0c2", "#b8860b", 226, 160, 20, "văn bản"},
	{"event", "box", "rounded,filled", "#fbdccc", "#c2531b", 214, 96, 40, "sự kiện"},
	{"place", "house", "filled", "#ecdff3", "#7d4a9c", 142, 86, 172, "địa điểm"},
};

static const vnkg_i_type_style unknown_type = {"", "ellipse", "filled", "#eeeeee", "#666666", 136, 136, 136, ""};

const vnkg_i_type_style *vnkg_i_write_type_style(const char *type)
{
	size_t i;

	for (i = 0; type && i < VNKG_I_TYPE_COUNT; i++)
		if (strcmp(vnkg_i_type_styles[i].type, type) == 0)
			return &vnkg_i_type_styles[i];
	return &unknown_type;
}

/* The vocabulary of DESIGN.md with a colour per group of meaning: what
 * people did at events (reds), what events did with documents (browns),
 * structure (blue, grey), places (purple). Dashed and dotted lines keep
 * the groups apart in grey print. */
static const vnkg_i_relation_style relation_styles[] = {
	{"chaired", "chủ trì", "#a93226", "solid"},
	{"attended", "dự", "#7b7d7d", "dashed"},
	{"directed", "chỉ đạo", "#922b21", "solid"},
	{"spoke_at", "phát biểu", "#b9551c", "solid"},
	{"organized", "tổ chức", "#1e7b4a", "solid"},
	{"disseminated", "quán triệt", "#8a5a00", "solid"},
	{"implemented", "triển khai", "#7d6608", "dashed"},
	{"issued", "ban hành", "#6e4b00", "solid"},
	{"holds_role", "giữ chức", "#2a6db0", "dashed"},
	{"part_of", "trực thuộc", "#5d6d7e", "solid"},
	{"held_at", "tại", "#7d4a9c", "solid"},
	{"worked_with", "làm việc với", "#117a65", "solid"},
	{"awarded", "trao", "#9a7d0a", "solid"},
	{"toward", "tiến tới", "#5d6d7e", "dotted"},
};

static const vnkg_i_relation_style unknown_relation = {"", "", "#555555", "solid"};

const vnkg_i_relation_style *vnkg_i_write_relation_style(const char *relation)
{
	size_t i;

	for (i = 0; relation && i < sizeof(relation_styles) / sizeof(relation_styles[0]); i++)
		if (strcmp(relation_styles[i].relation, relation) == 0)
			return &relation_styles[i];
	return &unknown_relation;
}

const char *vnkg_i_write_edge_label(const vnkg_graph *g, size_t edge)
{
	const char *label = vnkg_i_graph_edge_attr_at(g, edge, VNKG_I_EDGE_LABEL);
	const char *relation = vnkg_i_graph_edge_attr_at(g, edge, VNKG_I_EDGE_RELATION);
	const vnkg_i_relation_style *r;

	if (label && *label)
		return label;
	if (!relation)
		return "";
	r = vnkg_i_write_relation_style(relation);
	return *r->label ? r->label : relation;
}

const char *vnkg_i_write_node_label(const vnkg_graph *g, size_t node)
{
	const char *label = vnkg_i_graph_node_attr_at(g, node, VNKG_I_NODE_LABEL);

	if (label && *label)
		return label;
	label = vnkg_i_graph_node_attr_at(g, node, VNKG_I_NODE_KG_ID);
	return label ? label : "";
}

double vnkg_i_write_weight(const vnkg_graph *g, size_t edge)
{
	double w = vnkg_graph_edge_weight(g, edge);

	/* Gephi drops zero-weight edges and nothing reads NaN or Inf */
	return isfinite(w) && w > 0.0 ? w : 1.0;
}

static int digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int vnkg_i_write_date_span(const char *date, char first[11], char last[11])
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	size_t n = date ? strlen(date) : 0;
	int y, m = 0, d = 0, dmax;

	if (n != 4 && n != 7 && n != 10)
		return -1;
	if (!digits(date, 4) || (n >= 7 && (date[4] != '-' || !digits(date + 5, 2))) ||
	    (n == 10 && (date[7] != '-' || !digits(date + 8, 2))))
		return -1;
	y = (date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 + (date[3] - '0');
	if (n >= 7) {
		m = (date[5] - '0') * 10 + (date[6] - '0');
		if (m < 1 || m > 12)
			return -1;
	}
	if (y < 1)
		return -1;
	if (n == 10) {
		d = (date[8] - '0') * 10 + (date[9] - '0');
		dmax = days[m - 1] + (m == 2 && leap(y));
		if (d < 1 || d > dmax)
			return -1;
		memcpy(first, date, 10);
		memcpy(last, date, 10);
	} else if (n == 7) {
		memcpy(first, date, 7);
		memcpy(first + 7, "-01", 3);
		memcpy(last, date, 7);
		dmax = days[m - 1] + (m == 2 && leap(y));
		last[7] = '-';
		last[8] = (char)('0' + dmax / 10);
		last[9] = (char)('0' + dmax % 10);
	} else {
		memcpy(first, date, 4);
		memcpy(first + 4, "-01-01", 6);
		memcpy(last, date, 4);
		memcpy(last + 4, "-12-31", 6);
	}
	first[10] = last[10] = '\0';
	return 0;
}
