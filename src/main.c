/*
 * Command dispatch. The service's commands (serve, keys, audit, approvals,
 * sandbox) live in a second binary, airlock-serve, installed next to
 * airlock: `airlock serve` executes it, as git executes its git-<command> helpers. So `airlock run`
 * does not load the HTTP, TLS, database and YAML libraries it never uses
 * (they cost more than a millisecond of start-up per run). `airlock mcp`
 * likewise executes airlock-mcp, which has the service but not the HTTP
 * front end. This file is built three times: for airlock, with
 * AIRLOCK_SERVICE for airlock-serve, with AIRLOCK_MCP for airlock-mcp.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"

/* Runs the same command line with helper (airlock-serve, airlock-mcp) from
 * airlock's directory. */
static int exec_helper(const char *helper, char **argv)
{
	char self[PATH_MAX], path[PATH_MAX + 32];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	char *slash;

	if (n <= 0) {
		print_error("cannot find airlock's own path: %s", strerror(errno));
		return EXIT_AIRLOCK;
	}
	self[n] = '\0';
	slash = strrchr(self, '/');
	if (slash)
		*slash = '\0';
	snprintf(path, sizeof(path), "%s/%s", self, helper);
	/* argv[-1] is "airlock": the helper sees "HELPER CMD ..." */
	argv[-1] = path;
	execv(path, argv - 1);
	print_error("'%s' needs %s, which cannot be run (%s); build it with make and install it "
		    "next to airlock",
		    argv[0], path, strerror(errno));
	return EXIT_AIRLOCK;
}

#if !defined(AIRLOCK_SERVICE)
static int cmd_service(int argc, char **argv)
{
	(void)argc;
	return exec_helper("airlock-serve", argv);
}
#define cmd_serve cmd_service
#define cmd_keys cmd_service
#define cmd_audit cmd_service
#define cmd_approvals cmd_service
#define cmd_sandbox cmd_service
#endif
#if !defined(AIRLOCK_MCP)
static int cmd_mcp_helper(int argc, char **argv)
{
	(void)argc;
	return exec_helper("airlock-mcp", argv);
}
#define cmd_mcp cmd_mcp_helper
#endif

struct command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
};

static int cmd_version(int argc, char **argv);
static int cmd_help(int argc, char **argv);

static const struct command commands[] = {
	{"run", cmd_run, "run one program in a fresh sandbox"},
	{"serve", cmd_serve, "run the HTTP execution service"},
	{"keys", cmd_keys, "create, list and revoke API keys of the service"},
	{"audit", cmd_audit, "verify or export the service's audit chain"},
	{"approvals", cmd_approvals, "list, approve and reject executions held for approval"},
	{"sandbox", cmd_sandbox, "create sandboxes that live on a server, run commands, copy files"},
	{"mcp", cmd_mcp, "serve MCP (Model Context Protocol) on standard input and output"},
	{"check", cmd_check, "report what a program tries to do, before it runs"},
	{"redact", cmd_redact, "copy input to output with every secret replaced"},
	{"image", cmd_image, "import, list and remove images (root file systems for --image)"},
	{"info", cmd_info, "show how this host isolates, and which languages run"},
	{"version", cmd_version, "print the version"},
	{"help", cmd_help, "show this help"},
};

static int cmd_version(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	printf("airlock %s\n", AIRLOCK_VERSION);
	return 0;
}

static int cmd_help(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	printf("usage: airlock COMMAND [OPTIONS]\n\ncommands:\n");
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		printf("  %-10s %s\n", commands[i].name, commands[i].summary);
	printf("\n'airlock COMMAND --help' shows a command's options.\n");
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		print_error("no command given; try 'airlock help'");
		return EXIT_AIRLOCK;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return cmd_help(argc - 1, argv + 1);
	if (strcmp(argv[1], "--version") == 0)
		return cmd_version(argc - 1, argv + 1);
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			return commands[i].run(argc - 1, argv + 1);
	print_error("unknown command '%s'; try 'airlock help'", argv[1]);
	return EXIT_AIRLOCK;
}
