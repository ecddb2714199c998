/* What a run is said to have used: memory of processes that share pages,
 * user and system time, each step its own. As root the cgroup counts; as an
 * ordinary user (rootless) the supervisor does from /proc, and the figures
 * must tell the same story. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "lib/harness.h"

/* 64 Python processes: one interpreter forked 63 times, sharing its pages.
 * By resident size that is ~600 MB; the cgroup (root) counts ~50. */
static const char shared_bomb[] = "import os, time\n"
				  "kids = []\n"
				  "for i in range(63):\n"
				  "    pid = os.fork()\n"
				  "    if pid == 0:\n"
				  "        time.sleep(1.5); os._exit(0)\n"
				  "    kids.append(pid)\n"
				  "for k in kids: os.waitpid(k, 0)\n"
				  "print(len(kids))\n";

Test(accounting, processes_sharing_pages_count_them_once, .timeout = 60)
{
	const char *extra[] = {"-m", "128", "-p", "64", "-w", test_seconds(20), NULL};
	json_t *r = run_json("python", shared_bomb, extra);
	if (strcmp(jstr(r, "status"), "ok") != 0)
		dump_result(r);
	cr_assert_str_eq(jstr(r, "status"), "ok", "64 sharing processes are far below 128 MB");
	cr_assert_str_eq(jstr(r, "stdout"), "63\n");
	long long peak = jint(r, "memory_peak_kb");
	/* seen, and not once per process */
	cr_assert_geq(peak, 8 * 1024, "peak %lld KB", peak);
	cr_assert_leq(peak, 128 * 1024, "peak %lld KB", peak);
	json_t *e = json_object_get(r, "enforcement");
	const char *mem = json_string_value(json_object_get(e, "memory"));
	if (running_as_root())
		cr_assert(strncmp(mem, "cgroup", 6) == 0, "%s", mem);
	else
		cr_assert_str_eq(mem, "supervisor_pss");
	json_decref(r);
}

/* Pages shared after fork, then each child writes its copy: resident size
 * does not change, the memory used does (4 x 60 MB). */
Test(accounting, pages_copied_on_write_count, .timeout = 60)
{
	const char *extra[] = {"-m", "160", "-w", test_seconds(20), NULL};
	json_t *r = run_json("python",
			     "import os, time\n"
			     "x = bytearray(60 << 20)\n"
			     "for i in range(3):\n"
			     "    if os.fork() == 0:\n"
			     "        for j in range(0, len(x), 4096): x[j] = 1\n"
			     "        time.sleep(4); os._exit(0)\n"
			     "for j in range(0, len(x), 4096): x[j] = 2\n"
			     "time.sleep(4)\n",
			     extra);
	if (strcmp(jstr(r, "status"), "memory_limit") != 0)
		dump_result(r);
	cr_assert_str_eq(jstr(r, "status"), "memory_limit");
	json_decref(r);
}

Test(accounting, a_memory_hog_across_processes_is_stopped, .timeout = 60)
{
	/* the CPU limit scaled too: emulated, the forks' page faults took the
	 * default 10 s of CPU before the memory limit was reached */
	const char *extra[] = {"-m", "100", "-w", test_seconds(20), "-t", test_seconds(10), NULL};
	json_t *r = run_json("python",
			     "import os, time\nfor i in range(4):\n    if os.fork() == 0:\n"
			     "        x = bytearray(40 << 20); time.sleep(5); os._exit(0)\n"
			     "time.sleep(6)\n",
			     extra);
	cr_assert_str_eq(jstr(r, "status"), "memory_limit");
	cr_assert_geq(jint(r, "memory_peak_kb"), 90 * 1024, "peak %lld KB",
		      jint(r, "memory_peak_kb"));
	json_decref(r);
}

/* Forks that fail over and over spend their time in the kernel; the run
 * ends at its CPU limit, so no exit report of init carries the split. */
Test(accounting, a_fork_bombs_system_time_is_counted, .timeout = 60)
{
	const char *extra[] = {"-t", "1", "-p", "16", "-w", test_seconds(20), NULL};
	json_t *r = run_json("python",
			     "import os\nwhile True:\n    try:\n        os.fork()\n"
			     "    except OSError:\n        pass\n",
			     extra);
	if (strcmp(jstr(r, "status"), "time_limit") != 0)
		dump_result(r);
	cr_assert_str_eq(jstr(r, "status"), "time_limit");
	long long cpu = jtime(r, "cpu_ms"), user = jtime(r, "user_ms"), sys = jtime(r, "sys_ms");
	cr_assert_geq(cpu, 1000);
	cr_assert_eq(user + sys, cpu, "user %lld + sys %lld != cpu %lld", user, sys, cpu);
	cr_assert_geq(sys, cpu / 10, "sys %lld of cpu %lld ms", sys, cpu);
	json_decref(r);
}

Test(accounting, a_syscall_loop_that_ends_by_itself_has_system_time)
{
	json_t *r = run_json("python",
			     "import os, time\nt = time.process_time()\n"
			     "while time.process_time() - t < 0.3:\n    os.stat('/')\n",
			     NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_assert_gt(jtime(r, "sys_ms"), 0, "sys_ms %lld", jtime(r, "sys_ms"));
	cr_assert_eq(jtime(r, "user_ms") + jtime(r, "sys_ms"), jtime(r, "cpu_ms"));
	json_decref(r);
}

/* The run step of a compiled program: its own time, not the compiler's. */
Test(accounting, a_compiled_programs_cpu_time_is_its_own)
{
	json_t *r = run_json("c", "int main(void){return 0;}", NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	json_t *c = json_object_get(json_object_get(r, "compile"), "time");
	long long compile = json_integer_value(json_object_get(c, "cpu_ms"));
	cr_assert_geq(compile, 20, "compile %lld ms", compile);
	cr_assert_lt(jtime(r, "cpu_ms"), compile, "run %lld ms, compile %lld ms",
		     jtime(r, "cpu_ms"), compile);
	json_decref(r);
}
