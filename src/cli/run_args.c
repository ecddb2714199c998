#include "cli/run_args.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

const char run_usage[] =
    "usage: airlock run [OPTIONS] [FILE | -]\n"
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
    "      --net none|loopback    network: none, or a private loopback (default none)\n"
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
    "                             (default airlock, or $AIRLOCK_CGROUP_PARENT)\n";

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

int run_args_parse(int argc, char **argv, struct run_args *a, err_t *err)
{
	int c;

	memset(a, 0, sizeof(*a));
	limits_default(&a->limits);
	a->policy = POLICY_OFF;
	a->fail_on = SEV_HIGH;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":l:c:i:t:w:m:p:o:d:h", options, NULL)) != -1) {
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
		case OPT_NET:
			if (strcmp(optarg, "none") == 0)
				a->limits.net = NET_NONE;
			else if (strcmp(optarg, "loopback") == 0)
				a->limits.net = NET_LOOPBACK;
			else
				return err_set(err, 0, "--net must be none or loopback, not '%s'",
					       optarg);
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
		case OPT_CGROUP_PARENT:
			a->cgroup_parent = optarg;
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
			       "unexpected argument '%s': give one program (FILE, - or -c TEXT)",
			       argv[optind]);
	if (a->code && a->file)
		return err_set(err, 0, "give the program either as FILE or with --code, not both");
	if (!a->code && !a->file)
		return err_set(err, 0,
			       "no program given: pass a FILE, - for standard input, or -c TEXT");
	if (!a->lang && (a->code || strcmp(a->file, "-") == 0))
		return err_set(err, 0, "--lang is required with --code or -");
	limits_finish(&a->limits);
	if (limits_validate(&a->limits, err) < 0)
		return err_wrap(err, "invalid limits");
	return 0;
}
