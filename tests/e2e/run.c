/* End-to-end tests of `airlock run`: every status and exit code of the
 * contract, every language, stdin, UTF-8, large output, bad input. They run
 * the real binary. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/harness.h"

static int run_plain(const char *const args[], const char *stdin_data, struct proc_out *o)
{
	const char *argv[64] = {airlock_bin(), "run"};
	int n = 2;
	for (int i = 0; args[i] && n < 62; i++)
		argv[n++] = args[i];
	argv[n] = NULL;
	return run_cmd(argv, stdin_data, 60, o);
}

/* ---- statuses and exit codes (with and without --json) ---- */

struct status_case {
	const char *name, *lang, *code, *status;
	const char *extra[6];
	int exit_plain;
};

static const struct status_case cases[] = {
    {"ok", "python", "print('hi')", "ok", {NULL}, 0},
    {"runtime_error", "python", "import sys; sys.exit(3)", "runtime_error", {NULL}, 3},
    {"signaled", "bash", "kill -SEGV $$", "signaled", {NULL}, 128 + SIGSEGV},
    /* the wall time far above the CPU time, as below */
    {"time_limit",
     "python",
     "while True: pass",
     "time_limit",
     {"-t", "0.5", "-w", "30", NULL},
     124},
    {"wall_time_limit", "bash", "sleep 10", "wall_time_limit", {"-w", "0.5", NULL}, 124},
    {"memory_limit", "python", "x = bytearray(300 << 20)", "memory_limit", {"-m", "64", NULL}, 137},
    {"output_limit", "python", "print('x' * 100000)", "output_limit", {"-o", "8", NULL}, 137},
    {"syscall_denied",
     "c",
     "#include <sys/mount.h>\nint main(void){ return mount(\"a\",\"/tmp\",\"tmpfs\",0,0); }",
     "syscall_denied",
     {NULL},
     128 + SIGSYS},
    {"compile_error", "c", "int main(void) { return undefined_name; }", "compile_error", {NULL}, 1},
};

Test(status, each_status_json_and_exit_code, .timeout = 120)
{
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct status_case *c = &cases[i];
		json_t *r = run_json(c->lang, c->code, c->extra);
		if (strcmp(jstr(r, "status"), c->status) != 0)
			dump_result(r);
		cr_expect_str_eq(jstr(r, "status"), c->status, "case %s", c->name);
		json_decref(r);

		const char *args[12] = {"-l", c->lang, "-c", c->code};
		int n = 4;
		for (int k = 0; c->extra[k]; k++)
			args[n++] = c->extra[k];
		args[n] = NULL;
		struct proc_out o;
		run_plain(args, NULL, &o);
		cr_expect_eq(o.status, c->exit_plain, "case %s: exit %d, want %d (stderr %s)",
			     c->name, o.status, c->exit_plain, o.err);
		proc_out_free(&o);
	}
}

Test(status, runtime_error_keeps_exit_code_and_output)
{
	json_t *r = run_json("bash", "echo out; echo err >&2; exit 42", NULL);
	cr_assert_str_eq(jstr(r, "status"), "runtime_error");
	cr_assert_eq(jint(r, "exit_code"), 42);
	cr_assert(json_is_null(json_object_get(r, "signal")));
	cr_assert_str_eq(jstr(r, "stdout"), "out\n");
	cr_assert_str_eq(jstr(r, "stderr"), "err\n");
	json_decref(r);
}

Test(status, time_limit_reports_cpu_near_limit)
{
	/* a wall time far above the CPU time: on a busy machine a spinning
	 * program gets less than a CPU, and the default wall time (3x) could
	 * end it first */
	const char *extra[] = {"-t", "1", "-w", "30", NULL};
	json_t *r = run_json("python", "while True: pass", extra);
	cr_assert_str_eq(jstr(r, "status"), "time_limit");
	cr_assert_geq(jtime(r, "cpu_ms"), 1000);
	cr_assert_lt(jtime(r, "cpu_ms"), 1300, "overshoot: %lld ms", jtime(r, "cpu_ms"));
	cr_assert_eq(jint(r, "signal"), 9);
	json_decref(r);
}

Test(status, cpu_limit_counts_all_processes_together)
{
	/* two spinning processes: the limit is reached in about half the wall
	 * time on an idle machine; the wall limit is far, as above */
	const char *extra[] = {"-t", "1", "-w", "30", NULL};
	json_t *r = run_json("bash", "(while :; do :; done) & while :; do :; done", extra);
	cr_assert_str_eq(jstr(r, "status"), "time_limit");
	cr_assert_geq(jtime(r, "cpu_ms"), 1000);
	json_decref(r);
}

Test(status, output_before_a_limit_is_kept)
{
	/* the wall limit leaves python time to start and print, however
	 * slow the machine (emulated, it took over a second) */
	char wall[16];
	snprintf(wall, sizeof(wall), "%d", (int)(1 * test_slowness() + 0.5));
	const char *extra[] = {"-w", wall, NULL};
	json_t *r =
	    run_json("python", "print('before', flush=True)\nimport time\ntime.sleep(600)", extra);
	cr_assert_str_eq(jstr(r, "status"), "wall_time_limit");
	cr_assert_str_eq(jstr(r, "stdout"), "before\n");
	json_decref(r);
}

Test(status, output_limit_keeps_exactly_the_limit)
{
	const char *extra[] = {"-o", "4", NULL};
	json_t *r = run_json("python", "import sys; sys.stdout.write('a' * 10000)", extra);
	cr_assert_str_eq(jstr(r, "status"), "output_limit");
	cr_assert(jbool(r, "stdout_truncated"));
	cr_assert(!jbool(r, "stderr_truncated"));
	cr_assert_eq(strlen(jstr(r, "stdout")), 4096);
	json_decref(r);
}

Test(status, exactly_the_limit_is_not_over)
{
	const char *extra[] = {"-o", "4", NULL};
	json_t *r = run_json("python", "import sys; sys.stdout.write('a' * 4096)", extra);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_assert(!jbool(r, "stdout_truncated"));
	json_decref(r);
}

Test(status, memory_peak_is_measured)
{
	json_t *r = run_json("python", "x = bytearray(100 << 20); print(len(x))", NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_assert_geq(jint(r, "memory_peak_kb"), 100 * 1024);
	json_decref(r);
}

/* The compile step runs in the same cgroup: its peak (the compiler's, tens
 * of MB) is not the program's (cgroup v2 keeps a lifetime peak). The first
 * compile after boot reads the compiler into the page cache, charged to its
 * cgroup and still there in the next step: one compile warms it. */
Test(status, a_compiled_programs_memory_peak_is_its_own)
{
	json_decref(run_json("c", "int main(void){return 0;}", NULL));
	json_t *r = run_json("c", "#include <stdio.h>\nint main(void){puts(\"small\");}", NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_assert_leq(jint(r, "memory_peak_kb"), 16 * 1024, "peak %lld KB",
		      jint(r, "memory_peak_kb"));
	json_decref(r);
	r = run_json("c",
		     "#include <stdlib.h>\nint main(void){volatile char *p = malloc(100 << 20);"
		     " for (long i = 0; i < (100 << 20); i += 4096) p[i] = 1; return !p[4096];}",
		     NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_assert_geq(jint(r, "memory_peak_kb"), 100 * 1024, "peak %lld KB",
		      jint(r, "memory_peak_kb"));
	json_decref(r);
}

Test(status, process_limit_counts_only_the_programs_processes)
{
	const char *one[] = {"-p", "1", NULL};
	json_t *r = run_json("bash", "echo alone", one);
	cr_assert_str_eq(jstr(r, "status"), "ok", "a single process must run with -p 1");
	json_decref(r);
	const char *three[] = {"-p", "3", "-w", "5", NULL};
	r = run_json("python",
		     "import os, time\nkids = 0\nfor i in range(10):\n"
		     "    try:\n        pid = os.fork()\n    except OSError:\n        break\n"
		     "    if pid == 0:\n        time.sleep(2); os._exit(0)\n    kids += 1\n"
		     "print(kids)",
		     three);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_assert_str_eq(jstr(r, "stdout"), "2\n",
			 "3 processes at once: the program and 2 children");
	json_decref(r);
}

Test(status, runs_live_under_the_configured_cgroup_parent)
{
	char parent[64], dir[3][256];
	if (!running_as_root())
		return; /* rootless: no cgroups */
	snprintf(parent, sizeof(parent), "airlock-e2e-%d", getpid());
	const char *extra[] = {"--cgroup-parent", parent, NULL};
	json_t *r = run_json("bash", "echo $$", extra);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	json_decref(r);
	for (int i = 0, n = cgroup_parent_dirs(parent, dir); i < n; i++) {
		cr_expect_eq(access(dir[i], F_OK), 0, "%s was not created", dir[i]);
		cr_expect_eq(rmdir(dir[i]), 0, "%s is not empty: a run cgroup was left", dir[i]);
	}
}

/* Every process of a run is in the run's cgroup of every controller, and
 * nothing else is (a cold run; tests/e2e/warm.c: a warm one). */
Test(status, every_process_of_a_run_is_in_its_cgroup_of_every_controller, .timeout = 90)
{
	const char *args[] = {"-l", "bash", "-c", "sleep 60 & sleep 60 & wait", NULL};
	/* init, bash and its two sleeps */
	expect_run_cgroup_holds_the_sandbox(args, 4);
}

/* The environment names the parent when no option does (airlock serve
 * and mcp read it too, below their configuration's cgroup_parent). */
Test(status, the_environment_names_the_cgroup_parent)
{
	char parent[64], dir[3][256], env[96];
	if (!running_as_root())
		return; /* rootless: no cgroups */
	snprintf(parent, sizeof(parent), "airlock-e2e-env-%d", getpid());
	snprintf(env, sizeof(env), "AIRLOCK_CGROUP_PARENT=%s", parent);
	const char *argv[] = {"/usr/bin/env", env,    airlock_bin(), "run",  "--json",
			      "-l",	      "bash", "-c",	     "true", NULL};
	struct proc_out o;
	run_cmd(argv, NULL, 30, &o);
	cr_assert_eq(o.status, 0, "%s", o.err);
	for (int i = 0, n = cgroup_parent_dirs(parent, dir); i < n; i++) {
		cr_expect_eq(access(dir[i], F_OK), 0, "%s was not created", dir[i]);
		cr_expect_eq(rmdir(dir[i]), 0, "%s is not empty: a run cgroup was left", dir[i]);
	}
	proc_out_free(&o);
}

/* The compile step runs with its own limits: each exceeded ends the
 * compile with its own verdict, the run's limits untouched; a larger one
 * than the default is allowed (the CLI's user sets their own maximum). */
Test(status, compile_limits_end_the_compile_step_with_their_verdict, .timeout = 120)
{
	static const struct {
		const char *opt, *val, *status;
	} steps[] = {
	    {"--compile-time-limit", "0.01", "time_limit"},
	    {"--compile-wall-time-limit", "0.01", "wall_time_limit"},
	    {"--compile-memory-limit", "4", "memory_limit"},
	    {"--compile-time-limit", "30", "ok"},
	};
	const char *code = "#include <stdio.h>\nint main(void){puts(\"hi\");}\n";
	for (size_t i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		if (!running_as_root() && strcmp(steps[i].status, "memory_limit") == 0)
			continue; /* rootless memory is sampled: a short compile may slip by */
		const char *extra[] = {steps[i].opt, steps[i].val, NULL};
		json_t *r = run_json("c", code, extra);
		json_t *c = json_object_get(r, "compile");
		cr_expect_str_eq(jstr(c, "status"), steps[i].status, "%s %s: %s", steps[i].opt,
				 steps[i].val, json_dumps(r, 0));
		bool ok = strcmp(steps[i].status, "ok") == 0;
		cr_expect_str_eq(jstr(r, "status"), ok ? "ok" : "compile_error", "%s",
				 steps[i].opt);
		if (ok)
			cr_expect_str_eq(jstr(r, "stdout"), "hi\n");
		/* the run's limits are the run's */
		json_t *lim = json_object_get(r, "limits");
		cr_expect_float_eq(json_real_value(json_object_get(lim, "time_limit_s")), 10.0,
				   1e-9);
		cr_expect_eq(json_integer_value(json_object_get(lim, "memory_limit_mb")), 512);
		json_decref(r);
	}
}

/* The wall time is the program's own, stamped inside the sandbox when it
 * began and when it ended: a supervisor that does not run for a while
 * (a loaded machine; here, stopped) neither lets a program past its wall
 * limit pass as ok nor counts its own lateness in wall_ms. */
Test(status, a_late_supervisor_still_measures_the_programs_wall_time, .timeout = 60)
{
	int out = fileno(tmpfile());
	pid_t pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		dup2(out, 1);
		execl(airlock_bin(), "airlock", "run", "--json", "-w", "0.15", "-l", "bash", "-c",
		      "exec sleep 0.351", (char *)NULL);
		_exit(127);
	}
	int n = wait_host_processes("sleep 0.351", 1, 20);
	kill(pid, SIGSTOP);
	cr_expect_eq(n, 1, "the program did not start");
	usleep(800 * 1000); /* the program ends while airlock cannot run */
	kill(pid, SIGCONT);
	int status;
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	char buf[65536];
	ssize_t len = pread(out, buf, sizeof(buf) - 1, 0);
	cr_assert_gt(len, 0);
	buf[len] = '\0';
	json_t *r = json_loads(buf, 0, NULL);
	cr_assert_not_null(r, "%s", buf);
	cr_expect_str_eq(jstr(r, "status"), "wall_time_limit", "%s", buf);
	cr_expect_eq(jint(r, "exit_code"), 0, "it ended by itself: %s", buf);
	long long wall = jtime(r, "wall_ms");
	cr_expect(wall >= 150 && wall < 700, "wall_ms %lld: not the program's own", wall);
	json_decref(r);
	close(out);
}

/* ---- result object shape ---- */

Test(result, has_every_contract_field)
{
	static const char *const fields[] = {"status",		 "exit_code", "signal",
					     "stdout",		 "stderr",    "stdout_truncated",
					     "stderr_truncated", "time",      "memory_peak_kb",
					     "language",	 "limits"};
	static const char *const limits[] = {"time_limit_s",
					     "wall_time_limit_s",
					     "memory_limit_mb",
					     "max_processes",
					     "max_output_kb",
					     "disk_limit_mb",
					     "net"};
	static const char *const times[] = {"wall_ms", "cpu_ms", "user_ms", "sys_ms"};
	const char *extra[] = {"-t", "2", "-m", "100", "-p", "10", "-o", "50", "-d", "20", NULL};
	json_t *r = run_json("python", "print(1)", extra);

	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		cr_assert_not_null(json_object_get(r, fields[i]), "missing %s", fields[i]);
	json_t *l = json_object_get(r, "limits");
	for (size_t i = 0; i < sizeof(limits) / sizeof(limits[0]); i++)
		cr_assert_not_null(json_object_get(l, limits[i]), "missing limits.%s", limits[i]);
	for (size_t i = 0; i < sizeof(times) / sizeof(times[0]); i++)
		cr_assert(json_is_integer(json_object_get(json_object_get(r, "time"), times[i])));
	cr_assert_eq(json_real_value(json_object_get(l, "time_limit_s")), 2.0);
	cr_assert_eq(json_real_value(json_object_get(l, "wall_time_limit_s")), 5.0);
	cr_assert_eq(json_integer_value(json_object_get(l, "memory_limit_mb")), 100);
	cr_assert_eq(json_integer_value(json_object_get(l, "max_processes")), 10);
	cr_assert_str_eq(json_string_value(json_object_get(l, "net")), "none");
	cr_assert_str_eq(jstr(r, "language"), "python");
	json_t *e = json_object_get(r, "enforcement");
	cr_assert_str_eq(json_string_value(json_object_get(e, "wall_time")), "supervisor");
	cr_assert_str_eq(json_string_value(json_object_get(e, "disk")), "tmpfs");
	if (running_as_root())
		cr_assert(strncmp(json_string_value(json_object_get(e, "memory")), "cgroup", 6) ==
			  0);
	json_decref(r);
}

Test(result, compile_object_for_c)
{
	json_t *r =
	    run_json("c", "#include <stdio.h>\nint main(void){puts(\"c ok\");return 0;}", NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_assert_str_eq(jstr(r, "stdout"), "c ok\n");
	json_t *c = json_object_get(r, "compile");
	cr_assert_not_null(c);
	cr_assert_str_eq(json_string_value(json_object_get(c, "status")), "ok");
	cr_assert_eq(json_integer_value(json_object_get(c, "exit_code")), 0);
	json_decref(r);
}

Test(result, compile_error_carries_the_compilers_message)
{
	json_t *r = run_json("c", "int main(void) { return nope; }", NULL);
	cr_assert_str_eq(jstr(r, "status"), "compile_error");
	json_t *c = json_object_get(r, "compile");
	cr_assert_str_eq(json_string_value(json_object_get(c, "status")), "runtime_error");
	cr_assert(strstr(json_string_value(json_object_get(c, "stderr")), "nope") != NULL);
	json_decref(r);
}

/* ---- languages ---- */

Test(lang, every_language_runs)
{
	static const char *const progs[][3] = {
	    {"python", "print('py', 6*7)", "py 42\n"},
	    {"node", "console.log('js', 6*7)", "js 42\n"},
	    {"bash", "echo sh $((6*7))", "sh 42\n"},
	    {"c", "#include <stdio.h>\nint main(void){printf(\"c %d\\n\", 6*7);}", "c 42\n"},
	    {"cpp", "#include <iostream>\nint main(){std::cout << \"cpp \" << 6*7 << '\\n';}",
	     "cpp 42\n"},
	};
	/* Under emulation node's start alone takes seconds of CPU, and g++
	 * parsing <iostream> more than the compile step's fixed 10 s. */
	const char *t[] = {"-t", test_seconds(10), NULL};
	for (size_t i = 0; i < sizeof(progs) / sizeof(progs[0]); i++) {
		const char *code = progs[i][1];
		if (test_slowness() > 1 && strcmp(progs[i][0], "cpp") == 0)
			code = "#include <cstdio>\nint main(){std::printf(\"cpp %d\\n\", 6*7);}";
		json_t *r = run_json(progs[i][0], code, t);
		if (strcmp(jstr(r, "status"), "ok") != 0)
			dump_result(r);
		cr_expect_str_eq(jstr(r, "status"), "ok", "%s", progs[i][0]);
		cr_expect_str_eq(jstr(r, "stdout"), progs[i][2], "%s", progs[i][0]);
		json_decref(r);
	}
}

Test(lang, language_from_file_extension)
{
	struct proc_out o;
	const char *args[] = {"examples/hello.py", NULL};
	run_plain(args, NULL, &o);
	cr_assert_eq(o.status, 0, "stderr: %s", o.err);
	cr_assert(strstr(o.out, "hello from airlock") != NULL, "%s", o.out);
	proc_out_free(&o);
}

Test(lang, aliases)
{
	json_t *r = run_json("js", "console.log(1)", NULL);
	cr_assert_str_eq(jstr(r, "language"), "node");
	json_decref(r);
}

/* ---- input and output ---- */

Test(io, stdin_from_file)
{
	char path[] = "/tmp/airlock-e2e-stdin.XXXXXX";
	int fd = mkstemp(path);
	cr_assert(fd >= 0);
	cr_assert_eq(write(fd, "3\n4\n", 4), 4);
	close(fd);
	const char *extra[] = {"-i", path, NULL};
	json_t *r = run_json("python", "import sys; print(sum(int(x) for x in sys.stdin))", extra);
	unlink(path);
	cr_assert_str_eq(jstr(r, "stdout"), "7\n");
	json_decref(r);
}

Test(io, no_stdin_reads_eof)
{
	json_t *r = run_json("python", "import sys; print(repr(sys.stdin.read()))", NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "''\n");
	json_decref(r);
}

Test(io, program_from_standard_input)
{
	struct proc_out o;
	const char *args[] = {"-l", "python", "-", NULL};
	run_plain(args, "print('from stdin')\n", &o);
	cr_assert_eq(o.status, 0, "stderr: %s", o.err);
	cr_assert_str_eq(o.out, "from stdin\n");
	proc_out_free(&o);
}

Test(io, utf8_is_kept_and_invalid_bytes_replaced)
{
	json_t *r =
	    run_json("python",
		     "import sys\nsys.stdout.buffer.write('h\\u00e9llo \\u2603 '.encode() + "
		     "b'\\xff\\xfe end')",
		     NULL);
	cr_assert_str_eq(jstr(r, "stdout"),
			 "h\xc3\xa9llo \xe2\x98\x83 \xef\xbf\xbd\xef\xbf\xbd end");
	/* and the bytes the program wrote, base64 */
	cr_assert_str_eq(jstr(r, "stdout_base64"), "aMOpbGxvIOKYgyD//iBlbmQ=");
	cr_assert_null(json_object_get(r, "stderr_base64"), "stderr is UTF-8");
	json_decref(r);
}

Test(io, large_output_is_exact)
{
	/* 900 KB under the default 1024 KB limit, arriving in many reads */
	json_t *r = run_json(
	    "python", "import sys\nfor i in range(9000): sys.stdout.write('%099d\\n' % i)", NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	const char *out = jstr(r, "stdout");
	cr_assert_eq(strlen(out), 900000);
	cr_assert(strncmp(out + 899900, "00000000", 8) == 0);
	cr_assert(!jbool(r, "stdout_truncated"));
	json_decref(r);
}

Test(io, plain_mode_passes_streams_through)
{
	struct proc_out o;
	const char *args[] = {"-l", "bash", "-c", "echo to-out; echo to-err >&2; exit 7", NULL};
	run_plain(args, NULL, &o);
	cr_assert_eq(o.status, 7);
	cr_assert_str_eq(o.out, "to-out\n");
	cr_assert_str_eq(o.err, "to-err\n");
	proc_out_free(&o);
}

Test(io, json_mode_prints_only_the_object)
{
	struct proc_out o;
	const char *args[] = {"--json", "-l", "bash", "-c", "echo x; echo y >&2", NULL};
	run_plain(args, NULL, &o);
	cr_assert_eq(o.status, 0);
	cr_assert_str_eq(o.err, "");
	json_t *r = json_loads(o.out, 0, NULL);
	cr_assert_not_null(r);
	json_decref(r);
	proc_out_free(&o);
}

/* ---- bad input: one line, exit 125, nothing created ---- */

/* airlock's own cgroup, where runs make theirs: cgroup v1's pids hierarchy
 * (one of three), or v2's unified one. */
static const char *airlock_cgroup(void)
{
	return access("/sys/fs/cgroup/cgroup.controllers", F_OK) == 0
		   ? "/sys/fs/cgroup/airlock"
		   : "/sys/fs/cgroup/pids/airlock";
}

/* How many cgroups of airlock process pid's runs exist (named run-<pid>-). */
static int count_run_cgroups(pid_t pid)
{
	char prefix[32];
	DIR *d = opendir(airlock_cgroup());
	struct dirent *de;
	int n = 0;
	snprintf(prefix, sizeof(prefix), "run-%d-", (int)pid);
	while (d && (de = readdir(d)))
		if (strncmp(de->d_name, prefix, strlen(prefix)) == 0)
			n++;
	if (d)
		closedir(d);
	return n;
}

Test(badinput, one_line_error_exit_125_nothing_created, .timeout = 60)
{
	static const char *const bad[][8] = {
	    {"/nonexistent/prog.py", NULL},
	    {"-l", "python", "-i", "/nonexistent/input", "-c", "print(1)", NULL},
	    {"-l", "python", "-t", "0", "-c", "1", NULL},
	    {"-l", "python", "-t", "-1", "-c", "1", NULL},
	    {"-l", "python", "-t", "abc", "-c", "1", NULL},
	    {"-l", "python", "-t", "1e9", "-c", "1", NULL},
	    {"-l", "python", "-t", "inf", "-c", "1", NULL},
	    {"-l", "python", "-m", "0", "-c", "1", NULL},
	    {"-l", "python", "-m", "99999999999", "-c", "1", NULL},
	    {"-l", "python", "-m", "12x", "-c", "1", NULL},
	    {"-l", "python", "-p", "0", "-c", "1", NULL},
	    {"-l", "python", "-o", "-5", "-c", "1", NULL},
	    {"-l", "python", "-d", "", "-c", "1", NULL},
	    {"-l", "python", "--net", "host", "-c", "1", NULL},
	    {"-l", "python", "--frobnicate", "-c", "1", NULL},
	    {"-l", "python", "-c", "1", "examples/hello.py", NULL},
	    {"-l", "cobol", "-c", "1", NULL},
	    {"-c", "print(1)", NULL},
	    {"README.md", NULL},
	    {"-l", "python", NULL},
	    {"-l", "python", "-t", NULL},
	    {"/tmp", NULL},
	    {"-l", "bash", "--cgroup-parent", "../escape", "-c", "true", NULL},
	    {"-l", "bash", "--cgroup-parent", "a/b", "-c", "true", NULL},
	    {"-l", "bash", "--cgroup-parent", "", "-c", "true", NULL},
	    {"-l", "bash", "--compile-time-limit", "2", "-c", "true", NULL},
	    {"-l", "c", "--compile-memory-limit", "0", "-c", "int main(){}", NULL},
	    {"-l", "c", "--compile-wall-time-limit", "soon", "-c", "int main(){}", NULL},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct proc_out o;
		run_plain(bad[i], NULL, &o);
		cr_expect_eq(o.status, 125, "case %zu (%s %s): exit %d", i, bad[i][0],
			     bad[i][1] ? bad[i][1] : "", o.status);
		cr_expect(strncmp(o.err, "airlock: ", 9) == 0, "case %zu: stderr '%s'", i, o.err);
		char *nl = strchr(o.err, '\n');
		cr_expect(nl != NULL && nl[1] == '\0', "case %zu: not one line: '%s'", i, o.err);
		cr_expect_str_eq(o.out, "", "case %zu wrote to stdout", i);
		/* no cgroup was ever made for it (names carry airlock's pid) */
		cr_expect_eq(count_run_cgroups(o.pid), 0, "case %zu made a cgroup in %s", i,
			     airlock_cgroup());
		proc_out_free(&o);
	}
}

Test(badinput, help_exits_0)
{
	struct proc_out o;
	const char *args[] = {"--help", NULL};
	run_plain(args, NULL, &o);
	cr_assert_eq(o.status, 0);
	cr_assert(strstr(o.out, "--time-limit") != NULL);
	proc_out_free(&o);
}

/* ---- signals to airlock ---- */

static pid_t spawn_airlock(const char *code)
{
	pid_t pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);
		dup2(null, 1);
		dup2(null, 2);
		execl(airlock_bin(), airlock_bin(), "run", "-l", "bash", "-c", code, (char *)NULL);
		_exit(127);
	}
	return pid;
}

static pid_t check_signal(int sig, int want)
{
	char code[128];
	snprintf(code, sizeof(code), "sleep 31.%d", getpid() % 1000);
	pid_t pid = spawn_airlock(code);
	cr_assert_eq(wait_host_processes(code + 6, 1, 5), 1, "the sandboxed sleep is not running");
	kill(pid, sig);
	int st;
	waitpid(pid, &st, 0);
	if (want >= 0) {
		cr_assert(WIFEXITED(st), "airlock did not exit by itself");
		cr_assert_eq(WEXITSTATUS(st), want);
	}
	cr_assert_eq(wait_host_processes(code + 6, 0, 2), 0, "a process of the run survived");
	return pid;
}

Test(signals, sigint_ends_the_run_with_130)
{
	check_signal(SIGINT, 130);
}

Test(signals, sigterm_ends_the_run_with_143)
{
	check_signal(SIGTERM, 143);
}

Test(signals, sigkill_of_airlock_leaves_nothing)
{
	pid_t pid = check_signal(SIGKILL, -1);
	if (!running_as_root())
		return; /* rootless: no cgroups */
	/* the reaper removes the run's cgroup */
	double slow = test_slowness();
	for (int i = 0; i < 100 * slow && count_run_cgroups(pid) > 0; i++)
		usleep(20000);
	cr_assert_eq(count_run_cgroups(pid), 0, "the run's cgroup is left in %s", airlock_cgroup());
}

/* The directories of a run's cgroup that exist under parent (every
 * controller's on v1), and the pid of the airlock that made the first one
 * (run-<pid>-<n>), or 0. */
static int run_cgroups_under(const char *parent, pid_t *pid)
{
	char dir[3][256];
	int n = 0;

	for (int i = 0, ndirs = cgroup_parent_dirs(parent, dir); i < ndirs; i++) {
		DIR *d = opendir(dir[i]);
		struct dirent *de;
		int p;
		while (d && (de = readdir(d)))
			if (sscanf(de->d_name, "run-%d-", &p) == 1) {
				n++;
				if (pid && *pid == 0)
					*pid = p;
			}
		if (d)
			closedir(d);
	}
	return n;
}

/* airlock killed while it makes a run's cgroup: every directory it made
 * is removed by the reaper, which exists before the first of them. strace
 * holds each mkdir of airlock's main thread for a while after it returned,
 * so the kill lands between two of them. */
Test(signals, sigkill_while_the_cgroup_is_made_leaves_nothing, .timeout = 120)
{
	char parent[64], dir[3][256];
	if (!running_as_root())
		return; /* rootless: no cgroups */
	cr_assert_eq(access("/usr/bin/strace", X_OK), 0,
		     "strace is missing: make deps installs it");
	snprintf(parent, sizeof(parent), "airlock-e2e-kill-%d", getpid());
	pid_t tracer = fork();
	cr_assert_geq(tracer, 0);
	if (tracer == 0) {
		int null = open("/dev/null", O_RDWR);
		dup2(null, 1);
		dup2(null, 2);
		execl("/usr/bin/strace", "strace", "-o", "/dev/null", "-e", "trace=mkdir,mkdirat",
		      "-e", "inject=mkdir,mkdirat:delay_exit=300000", airlock_bin(), "run",
		      "--cgroup-parent", parent, "-l", "bash", "-c", "true", (char *)NULL);
		_exit(127);
	}
	pid_t victim = 0;
	double slow = test_slowness();
	for (int i = 0; i < 1000 * slow && run_cgroups_under(parent, &victim) == 0; i++)
		usleep(10000);
	cr_assert_gt(victim, 0, "airlock made no cgroup under %s", parent);
	cr_assert_eq(kill(victim, SIGKILL), 0);
	int st;
	waitpid(tracer, &st, 0);
	for (int i = 0; i < 250 * slow && run_cgroups_under(parent, NULL) > 0; i++)
		usleep(20000);
	cr_expect_eq(run_cgroups_under(parent, NULL), 0, "a cgroup of the killed run is left");
	for (int i = 0, n = cgroup_parent_dirs(parent, dir); i < n; i++)
		if (access(dir[i], F_OK) == 0)
			cr_expect_eq(rmdir(dir[i]), 0, "%s is not empty", dir[i]);
}

Test(info, reports_the_sandbox_and_languages)
{
	const char *argv[] = {airlock_bin(), "info", "--json", NULL};
	struct proc_out o;
	run_cmd(argv, NULL, 30, &o);
	cr_assert_eq(o.status, 0, "%s", o.err);
	json_t *j = json_loads(o.out, 0, NULL);
	cr_assert_not_null(j);
	cr_assert(json_is_true(json_object_get(json_object_get(j, "languages"), "python")));
	cr_assert_eq(json_is_true(json_object_get(j, "rootless")), !running_as_root());
	cr_assert(strstr(jstr(j, "sandbox"), "seccomp") != NULL);
	json_decref(j);
	proc_out_free(&o);
}

/* A refused syscall in any process of the run: exit 159, and one line on
 * stderr names the syscall and the process. */
Test(status, syscall_denied_in_a_child_names_the_call)
{
	const char *args[] = {"-l", "bash", "-c", "unshare -r id; exit 0", NULL};
	struct proc_out o;
	run_plain(args, NULL, &o);
	cr_assert_eq(o.status, 128 + SIGSYS, "exit %d: %s", o.status, o.err);
	cr_assert(strstr(o.err, "called unshare, which the sandbox forbids") != NULL, "%s", o.err);
	proc_out_free(&o);
}

/* airlock run under a seccomp filter that already has a listener (as some
 * container runtimes install): the sandbox cannot get one of its own, so
 * the escapes kill the caller as on kernels without user notification, and
 * the result says so. */
Test(status, under_a_foreign_seccomp_listener_escapes_still_end_the_run)
{
	struct sock_filter allow = BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	struct sock_fprog prog = {1, &allow};
	cr_assert_eq(prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), 0);
	int listener = (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
				    SECCOMP_FILTER_FLAG_NEW_LISTENER, &prog);
	cr_assert_geq(listener, 0, "%s", strerror(errno));
	json_t *r = run_json("bash", "exec unshare -r id", NULL);
	cr_assert_str_eq(jstr(r, "status"), "syscall_denied", "%s", jstr(r, "error"));
	cr_assert_eq(jint(r, "signal"), SIGSYS);
	cr_assert_str_eq(jstr(json_object_get(r, "enforcement"), "syscalls"), "seccomp");
	json_decref(r);
	r = run_json("bash", "echo fine", NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	json_decref(r);
	close(listener);
}

/* A signal that whatever starts airlock ignores or blocks is neither in
 * the program, glibc's reserved 32 and 33 included (glibc's sigaction
 * refuses to touch them; the kernel's does not). */
Test(signals, what_airlock_inherits_ignored_or_blocked_the_program_does_not)
{
	unsigned long ign[8] = {(unsigned long)SIG_IGN};
	sigset_t block;

	for (int sig = 1; sig < 64; sig++)
		if (sig != SIGKILL && sig != SIGSTOP && sig != SIGCHLD)
			cr_assert_eq(syscall(SYS_rt_sigaction, sig, ign, NULL, (size_t)8), 0,
				     "signal %d", sig);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigaddset(&block, SIGTERM);
	sigprocmask(SIG_BLOCK, &block, NULL);
	json_t *r = run_json("bash", "grep -E '^Sig(Ign|Blk):' /proc/self/status", NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect(strstr(jstr(r, "stdout"), "SigIgn:\t0000000000000000\n"), "%s",
		  jstr(r, "stdout"));
	cr_expect(strstr(jstr(r, "stdout"), "SigBlk:\t0000000000000000\n"), "%s",
		  jstr(r, "stdout"));
	json_decref(r);
}
