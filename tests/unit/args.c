#include <criterion/criterion.h>
#include <string.h>

#include "cli/run_args.h"
#include "lang/lang.h"

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

/* The compile step's limits: each given one over the language's own, the
 * others kept; none given is no compile limits at all; a language
 * without a compile step refuses them. */
Test(args, compile_limits_over_the_languages_own)
{
	struct run_args a;
	struct limits l;
	err_t err;
	const struct lang_profile *c = lang_find("c"), *py = lang_find("python");
	cr_assert_not_null(c);
	const char *none[] = {"-l", "c", "x.c", NULL};
	cr_assert_eq(parse(&a, &err, none), 0, "%s", err.msg);
	cr_assert_eq(run_compile_limits(&a, c, &l, &err), 0);

	const char *some[] = {"--compile-time-limit", "2.5", "--compile-memory-limit=900",
			      "x.c", NULL};
	cr_assert_eq(parse(&a, &err, some), 0, "%s", err.msg);
	cr_assert_eq(run_compile_limits(&a, c, &l, &err), 1);
	cr_assert_float_eq(l.time_limit_s, 2.5, 1e-9);
	cr_assert_float_eq(l.wall_time_limit_s, c->compile_limits.wall_time_limit_s, 1e-9);
	cr_assert_eq(l.memory_limit_mb, 900);
	cr_assert_eq(a.limits.memory_limit_mb, 512, "the run's own limit is not the compile's");

	const char *flags[] = {"--compile-arg=-O2", "--compile-arg", "-lm", "x.c", NULL};
	cr_assert_eq(parse(&a, &err, flags), 0, "%s", err.msg);
	cr_assert_eq(a.ncompile_args, 2);
	cr_assert_str_eq(a.compile_args[1], "-lm");
	cr_assert_eq(run_compile_limits(&a, c, &l, &err), 0, "flags alone set no limit");
	cr_assert_eq(run_compile_limits(&a, py, &l, &err), -1);
	cr_assert(strstr(err.msg, "--compile-arg: python has no compile step") != NULL, "%s",
		  err.msg);

	const char *wall[] = {"--compile-wall-time-limit", "3", "-l", "python", "-c", "1", NULL};
	cr_assert_eq(parse(&a, &err, wall), 0, "%s", err.msg);
	cr_assert_eq(run_compile_limits(&a, py, &l, &err), -1);
	cr_assert(strstr(err.msg, "python has no compile step") != NULL, "%s", err.msg);

	static const struct bad bad[] = {
	    {{"--compile-time-limit", "0", "x.c"}, "--compile-time-limit must be above 0"},
	    {{"--compile-time-limit", "1e3", "x.c"}, "--compile-time-limit '1e3'"},
	    {{"--compile-wall-time-limit", "-2", "x.c"}, "--compile-wall-time-limit"},
	    {{"--compile-memory-limit", "0", "x.c"}, "--compile-memory-limit must be above 0"},
	    {{"--compile-memory-limit", "1.5", "x.c"}, "--compile-memory-limit '1.5'"},
	    {{"x.c", "--compile-memory-limit"}, "needs a value"},
	    {{"--compile-arg", "", "x.c"}, "--compile-arg must be 1 to 512 bytes"},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		cr_expect_eq(parse(&a, &err, bad[i].args), -1, "case %zu accepted", i);
		cr_expect(strstr(err.msg, bad[i].needle) != NULL, "case %zu: '%s' lacks '%s'", i,
			  err.msg, bad[i].needle);
	}
}

/* Which arguments take the next one as their value: what decides where
 * the program's own arguments begin, and what `airlock mcp` reads as a
 * program. */
Test(args, which_options_take_the_next_argument)
{
	static const char *const yes[] = {"-t", "--lang", "--compile-time-limit", "-hl", "--mount",
					  "--allow-host"};
	static const char *const no[] = {"--json", "--lang=python", "-t5", "-lc",  "--nonesuch",
					 "-",	   "x",		    "--",  "--redact", "-h"};
	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		cr_expect(run_arg_takes_value(yes[i]), "%s", yes[i]);
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		cr_expect(!run_arg_takes_value(no[i]), "%s", no[i]);
	/* a "--" that is an option's value is not the separator */
	struct run_args a;
	err_t err;
	const char *args[] = {"-l", "bash", "--compile-time-limit", "--", "-c", "true", NULL};
	cr_expect_eq(parse(&a, &err, args), -1);
	cr_expect(strstr(err.msg, "--compile-time-limit '--'") != NULL, "%s", err.msg);
}
