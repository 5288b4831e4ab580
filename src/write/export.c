#include <string.h>

#include "util/util.h"
#include "vnkg/common.h"
#include "vnkg/write.h"
#include "write/write_i.h"

/* One entry point for every format, to memory or to a file. */

static const struct {
	const char *name;
	vnkg_export_format format;
} formats[] = {
	{"graphml", VNKG_EXPORT_GRAPHML},     {"dot", VNKG_EXPORT_DOT},   {"svg", VNKG_EXPORT_SVG},
	{"gexf", VNKG_EXPORT_GEXF},           {"json", VNKG_EXPORT_JSON}, {"csv-nodes", VNKG_EXPORT_CSV_NODES},
	{"csv-edges", VNKG_EXPORT_CSV_EDGES},
};

int vnkg_export_format_parse(vnkg_export_format *out, const char *name)
{
	size_t i;

	for (i = 0; name && i < sizeof(formats) / sizeof(formats[0]); i++) {
		if (strcmp(formats[i].name, name) == 0) {
			*out = formats[i].format;
			return 0;
		}
	}
	vnkg_error_set("unknown format \"%s\": use graphml, dot, svg, gexf, json, csv-nodes or csv-edges",
		       name ? name : "");
	return VNKG_EINVALID;
}

static int run(const char *path, char **out, size_t *out_len, const vnkg_graph *g, vnkg_export_format format)
{
	static const int edges = 1;
	vnkg_i_view v;
	int err;

	switch (format) {
	case VNKG_EXPORT_GRAPHML:
		return vnkg_i_write_run("vnkg_export", path, out, out_len, vnkg_i_graphml_emit, g, NULL);
	case VNKG_EXPORT_GEXF:
		return vnkg_i_write_run("vnkg_export", path, out, out_len, vnkg_i_gexf_emit, g, NULL);
	case VNKG_EXPORT_JSON:
		return vnkg_i_write_run("vnkg_export", path, out, out_len, vnkg_i_json_emit, g, NULL);
	case VNKG_EXPORT_CSV_NODES:
		return vnkg_i_write_run("vnkg_export", path, out, out_len, vnkg_i_csv_emit, g, NULL);
	case VNKG_EXPORT_CSV_EDGES:
		return vnkg_i_write_run("vnkg_export", path, out, out_len, vnkg_i_csv_emit, g, &edges);
	case VNKG_EXPORT_DOT:
	case VNKG_EXPORT_SVG:
		if (!g) {
			vnkg_error_set("vnkg_export: no graph given");
			return VNKG_EINVALID;
		}
		err = vnkg_i_view_select(&v, g, NULL);
		if (err < 0)
			return err;
		err = vnkg_i_write_run("vnkg_export", path, out, out_len,
				       format == VNKG_EXPORT_SVG ? vnkg_i_svg_emit : vnkg_i_dot_emit, g, &v);
		vnkg_i_view_free(&v);
		return err;
	}
	vnkg_error_set("vnkg_export: unknown format %d", (int)format);
	return VNKG_EINVALID;
}

int vnkg_export(char **out, size_t *out_len, const vnkg_graph *g, vnkg_export_format format)
{
	if (!out) {
		vnkg_error_set("vnkg_export: no output given");
		return VNKG_EINVALID;
	}
	return run(NULL, out, out_len, g, format);
}

int vnkg_export_file(const vnkg_graph *g, vnkg_export_format format, const char *path)
{
	if (!path || !*path) {
		vnkg_error_set("vnkg_export_file: no output path given");
		return VNKG_EINVALID;
	}
	return run(path, NULL, NULL, g, format);
}
