/* vnkg: Vietnamese news to knowledge graph. */

#include <stdio.h>
#include <string.h>
#include <vnkg.h>

#include "cli/cli.h"

static const cli_cmd commands[] = {
	{"build", cmd_build, "read articles and write the graph (GraphML, GEXF, DOT, SVG)", cmd_build_help},
	{"query", cmd_query, "the edges of one relation, e.g. who chaired which meeting", cmd_query_help},
	{"show", cmd_show, "an entity card: names, roles held, every relation", cmd_show_help},
	{"timeline", cmd_timeline, "dated events in order, with rank and role at the date", cmd_timeline_help},
	{"path", cmd_path, "the shortest connection between two entities", cmd_path_help},
	{"rank", cmd_rank, "the most central entities (pagerank, degree, betweenness)", cmd_rank_help},
	{"related", cmd_related, "people who shared events with an entity, its bodies, directives", cmd_related_help},
	{"stats", cmd_stats, "counts by type and relation, components, dates, articles", cmd_stats_help},
	{"view", cmd_view, "draw a neighbourhood or a timeline (DOT or SVG)", cmd_view_help},
	{"export", cmd_export, "write the graph as GraphML, GEXF, DOT, SVG, JSON or CSV", cmd_export_help},
};

static void usage(FILE *out)
{
	size_t i;

	fputs("usage: vnkg <command> [options]\n\n"
	      "Turns Vietnamese news articles into a knowledge graph of people, bodies,\n"
	      "directives, events and places.\n\ncommands:\n",
	      out);
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(out, "  %-8s %s\n", commands[i].name, commands[i].summary);
	fputs("\nRun 'vnkg <command> --help' for a command's options.\n", out);
}

int cli_fail(const char *what)
{
	const char *err = vnkg_error_last();

	if (what && *what)
		fprintf(stderr, "vnkg: %s: %s\n", what, *err ? err : "failed");
	else
		fprintf(stderr, "vnkg: %s\n", *err ? err : "failed");
	return CLI_FAIL;
}

int cli_usage(const char *cmd, const char *msg, const char *arg)
{
	if (arg)
		fprintf(stderr, "vnkg %s: %s '%s'\n", cmd, msg, arg);
	else
		fprintf(stderr, "vnkg %s: %s\n", cmd, msg);
	fprintf(stderr, "Try 'vnkg %s --help'.\n", cmd);
	return CLI_USAGE;
}

int cli_is_help(const char *arg)
{
	return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0;
}

int main(int argc, char **argv)
{
	size_t i;
	int rc = CLI_USAGE;

	if (argc < 2) {
		usage(stderr);
		return CLI_USAGE;
	}
	if (cli_is_help(argv[1]) || strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return fclose(stdout) == 0 ? CLI_OK : CLI_FAIL;
	}
	if (strcmp(argv[1], "--version") == 0) {
		puts("vnkg 0.1.0");
		return fclose(stdout) == 0 ? CLI_OK : CLI_FAIL;
	}
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (strcmp(argv[1], commands[i].name) != 0)
			continue;
		if (vnkg_global_init() < 0)
			return cli_fail("cannot initialise");
		if (argc > 2 && cli_is_help(argv[2])) {
			commands[i].help(stdout);
			rc = CLI_OK;
		} else {
			rc = commands[i].fn(argc - 1, argv + 1);
		}
		vnkg_global_shutdown();
		if (fclose(stdout) != 0 && rc == CLI_OK) {
			perror("vnkg: writing the output");
			rc = CLI_FAIL;
		}
		return rc;
	}
	fprintf(stderr, "vnkg: unknown command '%s'\n\n", argv[1]);
	usage(stderr);
	return CLI_USAGE;
}
