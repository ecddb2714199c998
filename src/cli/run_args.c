#include "cli/run_args.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lang/lang.h"

const char run_usage[] =
    "usage: airlock run [OPTIONS] [FILE | -] [-- ARG...]\n"
    "  -l, --lang NAME            python | node | bash | c | cpp (default: from FILE's "
    "extension)\n"
    "  -c, --code TEXT            the program's text, instead of FILE\n"
    "  -i, --stdin FILE           what the program reads on standard input (default: "
    "nothing)\n"
    "  -t, --time-limit SEC       CPU time, all processes together (default 10)\n"
    "  -w, --wall-time-limit SEC  real time (default 2 x the CPU limit + 1)\n"
    "  -m, --memory-limit MB      peak memory, all processes together (default 512)\n"
    "  -p, --max-processes N      processes and threads at once (default 64)\n"
    "  -o, --max-output KB        per stream, stdout and stderr each (default 1024)\n"
    "  -d, --disk-limit MB        size of the writable scratch space (default 64)\n"
    "      --compile-time-limit SEC, --compile-wall-time-limit SEC,\n"
    "      --compile-memory-limit MB  the compile step's limits (c, cpp; default 10 s\n"
    "                             of CPU, 20 s of real time, 512 MB)\n"
    "      --compile-arg ARG      a flag after the compiler's own (c, cpp; repeatable:\n"
    "                             --compile-arg=-O2 --compile-arg=-lm)\n"
    "      --net none|loopback|egress  network: none, a private loopback, or egress:\n"
    "                             the loopback and airlock's proxy to the allowed hosts\n"
    "                             only (default none; see docs/network.md)\n"
    "      --allow-host HOST[:PORT]  reachable through airlock's proxy (repeatable;\n"
    "                             implies --net egress; ports 80 and 443 by default;\n"
    "                             *.example.com: its subdomains)\n"
    "      --resolve HOST:ADDR    the proxy resolves HOST to ADDR (as curl --resolve;\n"
    "                             ADDR,ADDR... or repeated for more than one)\n"
    "      --allow-private        allowed hosts may resolve to loopback, private or\n"
    "                             link-local addresses (refused by default)\n"
    "  -e, --env NAME=VALUE       a variable in the program's environment (repeatable;\n"
    "                             airlock refuses its own names and LD_*, PYTHON*,\n"
    "                             NODE_*, BASH_ENV, ...: see the README)\n"
    "      --add SRC[:DEST]       copy a host file or directory into the work directory\n"
    "                             (DEST relative to it; default: SRC's base name;\n"
    "                             repeatable). c, cpp: its .c/.cpp files are compiled too\n"
    "      --collect GLOB         after the run, return the work directory's files\n"
    "                             matching GLOB in the result's `files` (repeatable)\n"
    "      --mount SRC:DEST       show the host directory or file SRC read-only at DEST\n"
    "                             (absolute paths; not /usr, /etc, /tmp, /work...;\n"
    "                             repeatable, at most 8)\n"
    "      --rootfs DIR           use DIR as the root file system (an unpacked image)\n"
    "                             instead of the host's /usr, /bin, /lib and /etc\n"
    "      --image NAME           the root file system of an image that 'airlock image\n"
    "                             import' made\n"
    "      --data-dir DIR         where images and airlock serve's warm templates are\n"
    "                             (default /var/lib/airlock as root, else\n"
    "                             ~/.local/state/airlock)\n"
    "      --json                 print the result object on stdout, and nothing else\n"
    "      --redact               replace secrets in the output by [REDACTED:<rule>]; the\n"
    "                             result lists them in `redactions`\n"
    "      --policy MODE          analyse the program first (see 'airlock check'): off\n"
    "                             (default), warn (run, and report the findings), block\n"
    "                             (refuse when one reaches --fail-on), approve (ask on\n"
    "                             the terminal when one does)\n"
    "      --fail-on LEVEL        the severity that blocks or asks: info | warn | high\n"
    "                             (default high)\n"
    "      --rules DIR            also load the analysis rules in DIR/<language>/NAME.scm\n"
    "      --unanalyzable allow|block  a language without analysis (c, cpp) runs, or counts\n"
    "                             as reaching --fail-on (default allow)\n"
    "      --cgroup-parent NAME   airlock's own cgroup, under which each run gets one\n"
    "                             (default airlock, or $AIRLOCK_CGROUP_PARENT)\n"
    "      --start cold|warm      warm: the sandbox is cloned from the language's warm\n"
    "                             template, which `airlock serve` keeps (python, node), so\n"
    "                             the interpreter is already started; when there is none,\n"
    "                             the run starts cold and says why (default cold)\n"
    "      --template PATH        the warm template's socket (implies --start warm;\n"
    "                             default: airlock serve's, DATA_DIR/pool/warm-LANG.sock)\n"
    "  -- ARG...                  the program's arguments\n";

int parse_seconds(const char *s, double *out)
{
	char *end;
	double v;

	if (s == NULL || *s == '\0' || isspace((unsigned char)*s) || *s == '+')
		return -1;
	errno = 0;
	v = strtod(s, &end);
	if (errno != 0 || *end != '\0' || !isfinite(v) || end == s)
		return -1;
	/* strtod accepts hex and "inf"; a time limit is plain decimal. */
	for (const char *p = s; *p; p++)
		if (!isdigit((unsigned char)*p) && *p != '.' && *p != '-')
			return -1;
	*out = v;
	return 0;
}

int parse_u64(const char *s, uint64_t *out)
{
	char *end;
	unsigned long long v;

	if (s == NULL || *s == '\0')
		return -1;
	for (const char *p = s; *p; p++)
		if (!isdigit((unsigned char)*p))
			return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0 || *end != '\0')
		return -1;
	*out = v;
	return 0;
}

enum {
	OPT_NET = 256,
	OPT_JSON,
	OPT_POLICY,
	OPT_CGROUP_PARENT,
	OPT_REDACT,
	OPT_FAIL_ON,
	OPT_RULES,
	OPT_UNANALYZABLE,
	OPT_ADD,
	OPT_COLLECT,
	OPT_START,
	OPT_TEMPLATE,
	OPT_MOUNT,
	OPT_ROOTFS,
	OPT_IMAGE,
	OPT_DATA_DIR,
	OPT_ALLOW_HOST,
	OPT_RESOLVE,
	OPT_ALLOW_PRIVATE,
	OPT_COMPILE_TIME,
	OPT_COMPILE_WALL,
	OPT_COMPILE_MEMORY,
	OPT_COMPILE_ARG,
};

static const struct option options[] = {
    {"lang", required_argument, NULL, 'l'},
    {"code", required_argument, NULL, 'c'},
    {"stdin", required_argument, NULL, 'i'},
    {"time-limit", required_argument, NULL, 't'},
    {"wall-time-limit", required_argument, NULL, 'w'},
    {"memory-limit", required_argument, NULL, 'm'},
    {"max-processes", required_argument, NULL, 'p'},
    {"max-output", required_argument, NULL, 'o'},
    {"disk-limit", required_argument, NULL, 'd'},
    {"net", required_argument, NULL, OPT_NET},
    {"json", no_argument, NULL, OPT_JSON},
    {"policy", required_argument, NULL, OPT_POLICY},
    {"cgroup-parent", required_argument, NULL, OPT_CGROUP_PARENT},
    {"redact", no_argument, NULL, OPT_REDACT},
    {"fail-on", required_argument, NULL, OPT_FAIL_ON},
    {"rules", required_argument, NULL, OPT_RULES},
    {"unanalyzable", required_argument, NULL, OPT_UNANALYZABLE},
    {"env", required_argument, NULL, 'e'},
    {"add", required_argument, NULL, OPT_ADD},
    {"collect", required_argument, NULL, OPT_COLLECT},
    {"start", required_argument, NULL, OPT_START},
    {"template", required_argument, NULL, OPT_TEMPLATE},
    {"mount", required_argument, NULL, OPT_MOUNT},
    {"rootfs", required_argument, NULL, OPT_ROOTFS},
    {"image", required_argument, NULL, OPT_IMAGE},
    {"data-dir", required_argument, NULL, OPT_DATA_DIR},
    {"allow-host", required_argument, NULL, OPT_ALLOW_HOST},
    {"resolve", required_argument, NULL, OPT_RESOLVE},
    {"allow-private", no_argument, NULL, OPT_ALLOW_PRIVATE},
    {"compile-time-limit", required_argument, NULL, OPT_COMPILE_TIME},
    {"compile-wall-time-limit", required_argument, NULL, OPT_COMPILE_WALL},
    {"compile-memory-limit", required_argument, NULL, OPT_COMPILE_MEMORY},
    {"compile-arg", required_argument, NULL, OPT_COMPILE_ARG},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

static int bad_number(err_t *err, const char *opt, const char *val, const char *what)
{
	return err_set(err, 0, "%s '%s' is not %s; see 'airlock run --help'", opt, val, what);
}

static int parse_count(const char *opt, const char *val, uint64_t *out, err_t *err)
{
	if (parse_u64(val, out) < 0)
		return bad_number(err, opt, val, "a whole positive number");
	return 0;
}

bool run_arg_takes_value(const char *s)
{
	static const char with_value[] = "lcitwmpode";

	if (s[0] != '-' || s[1] == '\0')
		return false;
	if (s[1] == '-') {
		if (strchr(s, '=') != NULL)
			return false;
		for (const struct option *o = options; o->name; o++)
			if (strcmp(o->name, s + 2) == 0)
				return o->has_arg == required_argument;
		return false;
	}
	/* a bundle of short options: a value is the rest, or the next */
	for (const char *p = s + 1; *p; p++)
		if (strchr(with_value, *p))
			return p[1] == '\0';
	return false;
}

/* Where the program's arguments begin: after the first "--" that is not
 * the value of an option. getopt_long would drop it, and with it where the
 * operands of airlock end and the program's begin. */
static int find_separator(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return i;
		if (run_arg_takes_value(argv[i]))
			i++;
	}
	return argc;
}

static int add_env(struct run_args *a, const char *spec, err_t *err)
{
	const char *eq = strchr(spec, '=');
	size_t n = eq ? (size_t)(eq - spec) : 0;

	if (eq == NULL)
		return err_set(err, 0, "--env '%.100s': give NAME=VALUE", spec);
	if (a->nenv >= RUN_MAX_ENV)
		return err_set(err, 0, "--env: at most %d variables", RUN_MAX_ENV);
	const char *why = env_name_problem(spec, n, NULL);
	if (why)
		return err_set(err, 0, "--env %.*s: %s", (int)(n > 128 ? 128 : n), spec, why);
	memcpy(a->env_names[a->nenv], spec, n);
	a->env_names[a->nenv][n] = '\0';
	for (size_t i = 0; i < a->nenv; i++)
		if (strcmp(a->env_names[i], a->env_names[a->nenv]) == 0)
			return err_set(err, 0, "--env %s: given twice", a->env_names[i]);
	a->env[a->nenv] = (struct run_env){a->env_names[a->nenv], eq + 1};
	a->nenv++;
	return 0;
}

int run_add_split(const char *spec, char *src, size_t src_size, char *dest, size_t dest_size,
		  bool *has_dest, err_t *err)
{
	const char *colon = strrchr(spec, ':');
	size_t n = colon ? (size_t)(colon - spec) : strlen(spec);

	*has_dest = colon != NULL;
	if (n == 0)
		return err_set(err, 0, "--add '%.200s': no SRC; give SRC[:DEST]", spec);
	if (n >= src_size || (colon && strlen(colon + 1) >= dest_size))
		return err_set(err, 0, "--add '%.200s': too long", spec);
	memcpy(src, spec, n);
	src[n] = '\0';
	dest[0] = '\0';
	if (colon) {
		const char *why = workpath_problem(colon + 1, strlen(colon + 1));
		if (why)
			return err_set(err, 0, "--add '%.200s': DEST: %s", spec, why);
		memcpy(dest, colon + 1, strlen(colon + 1) + 1);
	}
	return 0;
}

/* --mount SRC:DEST, split at the last ':' (DEST, a sandbox path, has none). */
static int add_mount(struct run_args *a, const char *spec, err_t *err)
{
	const char *colon = strrchr(spec, ':');

	if (a->nmounts >= ENGINE_MAX_MOUNTS)
		return err_set(err, 0, "--mount: at most %d", ENGINE_MAX_MOUNTS);
	if (colon == NULL || colon == spec || colon[1] == '\0')
		return err_set(err, 0, "--mount '%.200s' is not SRC:DEST (two absolute paths)", spec);
	size_t n = (size_t)(colon - spec);
	if (n >= sizeof(a->mount_src[0]))
		return err_set(err, 0, "--mount: the source path is too long");
	memcpy(a->mount_src[a->nmounts], spec, n);
	a->mount_src[a->nmounts][n] = '\0';
	a->mounts[a->nmounts].src = a->mount_src[a->nmounts];
	a->mounts[a->nmounts].dst = colon + 1;
	a->nmounts++;
	return 0;
}

static int add_collect(struct run_args *a, const char *glob, err_t *err)
{
	const char *why = glob_problem(glob, strlen(glob));

	if (why)
		return err_set(err, 0, "--collect '%.200s': %s", glob, why);
	if (a->ncollect >= RUN_MAX_COLLECT)
		return err_set(err, 0, "--collect: at most %d globs", RUN_MAX_COLLECT);
	a->collect[a->ncollect++] = glob;
	return 0;
}

int run_compile_limits(const struct run_args *a, const struct lang_profile *lang,
		       struct limits *out, err_t *err)
{
	const struct limits *c = &a->compile;

	if (a->ncompile_args && !lang_has_compile(lang))
		return err_set(err, 0, "--compile-arg: %s has no compile step; give it for c or cpp",
			       lang->name);
	if (c->time_limit_s == 0 && c->wall_time_limit_s == 0 && c->memory_limit_mb == 0)
		return 0;
	if (!lang_has_compile(lang))
		return err_set(err, 0, "--compile-*: %s has no compile step; give them for c or cpp",
			       lang->name);
	*out = lang->compile_limits;
	if (c->time_limit_s > 0)
		out->time_limit_s = c->time_limit_s;
	if (c->wall_time_limit_s > 0)
		out->wall_time_limit_s = c->wall_time_limit_s;
	if (c->memory_limit_mb > 0)
		out->memory_limit_mb = c->memory_limit_mb;
	return 1;
}

int run_args_parse(int argc, char **argv, struct run_args *a, err_t *err)
{
	int c, sep = find_separator(argc, argv);
	bool net_given = false;
	const char *egress_flag = NULL;

	memset(a, 0, sizeof(*a));
	egress_policy_init(&a->egress);
	if (sep < argc) {
		a->args = argv + sep + 1;
		a->nargs = (size_t)(argc - sep - 1);
		if (a->nargs > RUN_MAX_ARGS)
			return err_set(err, 0, "at most %d arguments after --", RUN_MAX_ARGS);
		argc = sep;
	}
	limits_default(&a->limits);
	a->policy = POLICY_OFF;
	a->fail_on = SEV_HIGH;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":l:c:i:t:w:m:p:o:d:e:h", options, NULL)) != -1) {
		switch (c) {
		case 'l':
			a->lang = optarg;
			break;
		case 'c':
			a->code = optarg;
			break;
		case 'i':
			a->stdin_file = optarg;
			break;
		case 't':
			if (parse_seconds(optarg, &a->limits.time_limit_s) < 0)
				return bad_number(err, "--time-limit", optarg,
						  "a number of seconds");
			break;
		case 'w':
			if (parse_seconds(optarg, &a->limits.wall_time_limit_s) < 0)
				return bad_number(err, "--wall-time-limit", optarg,
						  "a number of seconds");
			if (a->limits.wall_time_limit_s <= 0)
				return err_set(err, 0, "--wall-time-limit must be above 0, not %s",
					       optarg);
			break;
		case 'm':
			if (parse_count("--memory-limit", optarg, &a->limits.memory_limit_mb, err))
				return -1;
			break;
		case 'p':
			if (parse_count("--max-processes", optarg, &a->limits.max_processes, err))
				return -1;
			break;
		case 'o':
			if (parse_count("--max-output", optarg, &a->limits.max_output_kb, err))
				return -1;
			break;
		case 'd':
			if (parse_count("--disk-limit", optarg, &a->limits.disk_limit_mb, err))
				return -1;
			break;
		case OPT_COMPILE_TIME:
		case OPT_COMPILE_WALL: {
			bool wall = c == OPT_COMPILE_WALL;
			const char *opt = wall ? "--compile-wall-time-limit" : "--compile-time-limit";
			double *v = wall ? &a->compile.wall_time_limit_s : &a->compile.time_limit_s;
			if (parse_seconds(optarg, v) < 0)
				return bad_number(err, opt, optarg, "a number of seconds");
			if (*v <= 0)
				return err_set(err, 0, "%s must be above 0, not %s", opt, optarg);
			break;
		}
		case OPT_COMPILE_MEMORY:
			if (parse_count("--compile-memory-limit", optarg,
					&a->compile.memory_limit_mb, err))
				return -1;
			if (a->compile.memory_limit_mb == 0)
				return err_set(err, 0, "--compile-memory-limit must be above 0");
			break;
		case OPT_COMPILE_ARG:
			if (a->ncompile_args >= ENGINE_MAX_COMPILE_ARGS)
				return err_set(err, 0, "--compile-arg: at most %d",
					       ENGINE_MAX_COMPILE_ARGS);
			if (optarg[0] == '\0' || strlen(optarg) > ENGINE_MAX_COMPILE_ARG)
				return err_set(err, 0, "--compile-arg must be 1 to %d bytes",
					       ENGINE_MAX_COMPILE_ARG);
			a->compile_args[a->ncompile_args++] = optarg;
			break;
		case OPT_NET:
			if (net_mode_parse(optarg, &a->limits.net) < 0)
				return err_set(err, 0,
					       "--net must be none, loopback or egress, not '%s'",
					       optarg);
			net_given = true;
			break;
		case OPT_ALLOW_HOST:
			if (egress_add_rule(&a->egress, optarg, err) < 0)
				return -1;
			egress_flag = "--allow-host";
			break;
		case OPT_RESOLVE:
			if (egress_add_resolve(&a->egress, optarg, err) < 0)
				return -1;
			egress_flag = "--resolve";
			break;
		case OPT_ALLOW_PRIVATE:
			a->egress.allow_private = true;
			egress_flag = "--allow-private";
			break;
		case OPT_JSON:
			a->json = true;
			break;
		case OPT_POLICY:
			if (policy_mode_parse(optarg, &a->policy) < 0)
				return err_set(
				    err, 0,
				    "--policy must be off, warn, block or approve, not '%s'",
				    optarg);
			break;
		case OPT_FAIL_ON:
			if (severity_parse(optarg, &a->fail_on) < 0)
				return err_set(err, 0,
					       "--fail-on must be info, warn or high, not '%s'",
					       optarg);
			break;
		case OPT_RULES:
			a->rules = optarg;
			break;
		case OPT_UNANALYZABLE:
			if (strcmp(optarg, "allow") && strcmp(optarg, "block"))
				return err_set(err, 0,
					       "--unanalyzable must be allow or block, not '%s'",
					       optarg);
			a->unanalyzable_block = strcmp(optarg, "block") == 0;
			break;
		case OPT_REDACT:
			a->redact = true;
			break;
		case 'e':
			if (add_env(a, optarg, err) < 0)
				return -1;
			break;
		case OPT_ADD:
			if (a->nadd >= RUN_MAX_FILES)
				return err_set(err, 0, "--add: at most %d", RUN_MAX_FILES);
			a->add[a->nadd++] = optarg;
			break;
		case OPT_COLLECT:
			if (add_collect(a, optarg, err) < 0)
				return -1;
			break;
		case OPT_CGROUP_PARENT:
			a->cgroup_parent = optarg;
			break;
		case OPT_START:
			if (strcmp(optarg, "warm") != 0 && strcmp(optarg, "cold") != 0)
				return err_set(err, 0,
					       "--start '%s' is not cold or warm; see 'airlock run "
					       "--help'",
					       optarg);
			a->warm = strcmp(optarg, "warm") == 0;
			break;
		case OPT_MOUNT:
			if (add_mount(a, optarg, err) < 0)
				return -1;
			break;
		case OPT_ROOTFS:
			if (optarg[0] == '\0')
				return err_set(err, 0, "--rootfs needs a directory");
			a->rootfs = optarg;
			break;
		case OPT_IMAGE:
			a->image = optarg;
			break;
		case OPT_DATA_DIR:
			a->data_dir = optarg;
			break;
		case OPT_TEMPLATE:
			if (optarg[0] == '\0')
				return err_set(err, 0, "--template needs a socket path");
			a->template_socket = optarg;
			a->warm = true;
			break;
		case 'h':
			a->help = true;
			return 0;
		case ':':
			return err_set(err, 0, "option %s needs a value; see 'airlock run --help'",
				       argv[optind - 1]);
		default:
			return err_set(err, 0, "unknown option '%s'; see 'airlock run --help'",
				       argv[optind - 1]);
		}
	}
	if (optind < argc)
		a->file = argv[optind++];
	if (optind < argc)
		return err_set(err, 0,
			       "unexpected argument '%s': give one program (FILE, - or -c TEXT), "
			       "and its arguments after --",
			       argv[optind]);
	if (a->code && a->file)
		return err_set(err, 0, "give the program either as FILE or with --code, not both");
	if (a->image && a->rootfs)
		return err_set(err, 0, "give either --image or --rootfs, not both");
	if (!a->code && !a->file)
		return err_set(err, 0,
			       "no program given: pass a FILE, - for standard input, or -c TEXT");
	if (!a->lang && (a->code || strcmp(a->file, "-") == 0))
		return err_set(err, 0, "--lang is required with --code or -");
	if (egress_flag && !net_given)
		a->limits.net = NET_EGRESS;
	if (egress_flag && a->limits.net != NET_EGRESS)
		return err_set(err, 0, "%s needs --net egress, not --net %s", egress_flag,
			       net_mode_name(a->limits.net));
	if (a->limits.net == NET_EGRESS && a->warm)
		return err_set(err, 0, "--net egress runs start cold; drop --start warm");
	limits_finish(&a->limits);
	if (limits_validate(&a->limits, err) < 0)
		return err_wrap(err, "invalid limits");
	return 0;
}
