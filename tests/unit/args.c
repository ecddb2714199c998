#include <criterion/criterion.h>
#include <string.h>

#include "cli/run_args.h"

static int parse(struct run_args *a, err_t *err, const char *const *args)
{
	char *argv[32] = {(char *)"run"};
	int argc = 1;
	for (int i = 0; args[i]; i++)
		argv[argc++] = (char *)args[i];
	argv[argc] = NULL;
	err_clear(err);
	return run_args_parse(argc, argv, a, err);
}

Test(args, file_and_defaults)
{
	struct run_args a;
	err_t err;
	const char *args[] = {"prog.py", NULL};
	cr_assert_eq(parse(&a, &err, args), 0, "%s", err.msg);
	cr_assert_str_eq(a.file, "prog.py");
	cr_assert_null(a.lang);
	cr_assert_eq(a.limits.time_limit_s, 10);
	cr_assert_eq(a.limits.wall_time_limit_s, 21);
	cr_assert(!a.json);
}

Test(args, every_option_long_and_short)
{
	struct run_args a;
	err_t err;
	const char *args[] = {"--lang", "python",   "-c",     "print(1)", "-i", "in.txt",
			      "-t",	"1.5",	    "-w",     "4",	  "-m", "128",
			      "-p",	"8",	    "-o",     "16",	  "-d", "32",
			      "--net",	"loopback", "--json", NULL};
	cr_assert_eq(parse(&a, &err, args), 0, "%s", err.msg);
	cr_assert_str_eq(a.lang, "python");
	cr_assert_str_eq(a.code, "print(1)");
	cr_assert_str_eq(a.stdin_file, "in.txt");
	cr_assert_float_eq(a.limits.time_limit_s, 1.5, 1e-9);
	cr_assert_float_eq(a.limits.wall_time_limit_s, 4, 1e-9);
	cr_assert_eq(a.limits.memory_limit_mb, 128);
	cr_assert_eq(a.limits.max_processes, 8);
	cr_assert_eq(a.limits.max_output_kb, 16);
	cr_assert_eq(a.limits.disk_limit_mb, 32);
	cr_assert_eq(a.limits.net, NET_LOOPBACK);
	cr_assert(a.json);
}

Test(args, wall_derived_from_cpu)
{
	struct run_args a;
	err_t err;
	const char *args[] = {"-l", "bash", "-c", "true", "-t", "3", NULL};
	cr_assert_eq(parse(&a, &err, args), 0);
	cr_assert_float_eq(a.limits.wall_time_limit_s, 7, 1e-9);
}

struct bad {
	const char *args[10];
	const char *needle;
};

Test(args, errors_name_the_problem)
{
	static const struct bad bad[] = {
	    {{"-l", "python", "-t", "abc", "-c", "1"}, "--time-limit 'abc'"},
	    {{"-l", "python", "-t", "0x10", "-c", "1"}, "--time-limit"},
	    {{"-l", "python", "-t", "inf", "-c", "1"}, "--time-limit"},
	    {{"-l", "python", "-t", "0", "-c", "1"}, "time limit must be between"},
	    {{"-l", "python", "-m", "-4", "-c", "1"}, "--memory-limit '-4'"},
	    {{"-l", "python", "-m", "0", "-c", "1"}, "memory limit"},
	    {{"-l", "python", "-p", "1.5", "-c", "1"}, "--max-processes"},
	    {{"-l", "python", "-o", "", "-c", "1"}, "--max-output"},
	    {{"-l", "python", "-d", "99999999999999999999999", "-c", "1"}, "--disk-limit"},
	    {{"-l", "python", "--net", "bridge", "-c", "1"}, "--net must be none, loopback or egress"},
	    {{"-l", "python", "--what", "-c", "1"}, "unknown option '--what'"},
	    {{"-l", "python", "-t"}, "needs a value"},
	    {{"-c", "1"}, "--lang is required"},
	    {{"-l", "python", "-"}, NULL},
	    {{"-l", "python"}, "no program given"},
	    {{"-l", "python", "-c", "1", "x.py"}, "not both"},
	    {{"a.py", "b.py"}, "unexpected argument 'b.py'"},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct run_args a;
		err_t err;
		int r = parse(&a, &err, bad[i].args);
		if (bad[i].needle == NULL) {
			cr_expect_eq(r, 0, "case %zu: %s", i, err.msg);
			continue;
		}
		cr_expect_eq(r, -1, "case %zu accepted", i);
		cr_expect(strstr(err.msg, bad[i].needle) != NULL, "case %zu: '%s' lacks '%s'", i,
			  err.msg, bad[i].needle);
		cr_expect(strchr(err.msg, '\n') == NULL, "case %zu: message is not one line", i);
	}
}

Test(args, number_parsers_are_strict)
{
	double d;
	uint64_t u;
	cr_assert_eq(parse_seconds("2.5", &d), 0);
	cr_assert_float_eq(d, 2.5, 1e-12);
	cr_assert_eq(parse_seconds(" 2", &d), -1);
	cr_assert_eq(parse_seconds("2s", &d), -1);
	cr_assert_eq(parse_seconds("+2", &d), -1);
	cr_assert_eq(parse_seconds("nan", &d), -1);
	cr_assert_eq(parse_seconds("1e3", &d), -1);
	cr_assert_eq(parse_u64("00012", &u), 0);
	cr_assert_eq(u, 12);
	cr_assert_eq(parse_u64("-1", &u), -1);
	cr_assert_eq(parse_u64("18446744073709551616", &u), -1);
	cr_assert_eq(parse_u64("", &u), -1);
}
