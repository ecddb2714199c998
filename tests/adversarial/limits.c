/* Resource attacks: each ends within its limit and the host is unharmed. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/harness.h"

Test(limits, fork_bomb_is_contained, .timeout = 60)
{
	const char *extra[] = {"-p", "20", "-t", "2", "-w", "4", NULL};
	json_t *r = run_json("bash", ":(){ :|:& };:; sleep 1; echo survived", extra);
	/* the bomb hits the process limit; the run ends by itself or at its limit */
	cr_assert(strcmp(jstr(r, "status"), "internal_error") != 0, "%s", jstr(r, "error"));
	cr_assert_leq(jtime(r, "wall_ms"), 4500);
	json_decref(r);
	/* and the host can still start processes: this very test runs the next one */
	r = run_json("bash", "echo alive", NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "alive\n");
	json_decref(r);
}

Test(limits, process_count_never_exceeds_the_limit)
{
	const char *extra[] = {"-p", "10", "-w", "10", NULL};
	json_t *r =
	    run_json("python",
		     "import os, time\nn = 1\nfor i in range(100):\n"
		     "    try:\n        pid = os.fork()\n    except OSError:\n        break\n"
		     "    if pid == 0:\n        time.sleep(3); os._exit(0)\n    n += 1\nprint(n)",
		     extra);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_assert_leq(atoi(jstr(r, "stdout")), 10, "%s processes", jstr(r, "stdout"));
	cr_assert_geq(atoi(jstr(r, "stdout")), 8, "%s processes", jstr(r, "stdout"));
	json_decref(r);
}

Test(limits, thread_flood_is_contained)
{
	const char *extra[] = {"-p", "16", "-w", "10", NULL};
	json_t *r = run_json("python",
			     "import threading, time\nn = 0\nfor i in range(200):\n"
			     "    try:\n        threading.Thread(target=time.sleep, args=(2,), "
			     "daemon=True).start()\n"
			     "    except RuntimeError:\n        break\n    n += 1\nprint(n)",
			     extra);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	cr_assert_leq(atoi(jstr(r, "stdout")), 15, "%s threads", jstr(r, "stdout"));
	json_decref(r);
}

Test(limits, memory_bomb_across_processes)
{
	/* six processes of 60 MB each against a 128 MB limit for all of them;
	 * the parent survives its children's deaths and exits 0. Filling 360
	 * MB takes seconds of CPU under emulation: the time limits scale. */
	const char *extra[] = {"-m", "128", "-t", test_seconds(10), "-w", test_seconds(10), NULL};
	json_t *r = run_json("python",
			     "import os, time\nfor i in range(6):\n    if os.fork() == 0:\n"
			     "        x = bytearray(60 << 20); time.sleep(3); os._exit(0)\n"
			     "for i in range(6): os.wait()\nprint('parent done')",
			     extra);
	cr_assert_str_eq(jstr(r, "status"), "memory_limit");
	if (running_as_root())
		cr_assert_leq(jint(r, "memory_peak_kb"), 128 * 1024 + 1024);
	json_decref(r);
}

Test(limits, cpu_spin_in_many_threads_is_counted_together)
{
	const char *extra[] = {"-t", "1", "-w", "30", NULL};
	json_t *r =
	    run_json("c",
		     "#include <pthread.h>\nstatic void *spin(void *a){ for(;;); return a; }\n"
		     "int main(void){ pthread_t t[4]; for (int i = 0; i < 4; i++) "
		     "pthread_create(&t[i], 0, spin, 0); spin(0); }",
		     extra);
	cr_assert_str_eq(jstr(r, "status"), "time_limit");
	cr_assert_geq(jtime(r, "cpu_ms"), 1000);
	/* rootless, the supervisor samples /proc: under emulation it lags */
	cr_assert_leq(jtime(r, "cpu_ms"), 1000 + 500 * test_slowness(), "cpu %lld ms",
		      jtime(r, "cpu_ms"));
	json_decref(r);
}

Test(limits, sleeping_forever_ends_at_the_wall_limit)
{
	const char *extra[] = {"-w", "1", NULL};
	json_t *r = run_json("python",
			     "import time, signal\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
			     "time.sleep(3600)",
			     extra);
	cr_assert_str_eq(jstr(r, "status"), "wall_time_limit");
	cr_assert_leq(jtime(r, "wall_ms"), 1500);
	json_decref(r);
}

Test(limits, stderr_flood_is_cut)
{
	const char *extra[] = {"-o", "32", NULL};
	json_t *r = run_json("bash", "yes error >&2", extra);
	cr_assert_str_eq(jstr(r, "status"), "output_limit");
	cr_assert(jbool(r, "stderr_truncated"));
	cr_assert_eq(strlen(jstr(r, "stderr")), 32 * 1024);
	json_decref(r);
}

Test(limits, output_flood_from_many_processes_is_cut)
{
	const char *extra[] = {"-o", "64", "-w", "10", NULL};
	json_t *r =
	    run_json("bash", "for i in 1 2 3 4 5 6 7 8; do yes flood$i & done; wait", extra);
	cr_assert_str_eq(jstr(r, "status"), "output_limit");
	cr_assert_eq(strlen(jstr(r, "stdout")), 64 * 1024);
	json_decref(r);
}

/* time_limit means airlock's CPU limit was reached. A program that sends
 * itself SIGXCPU, or lowers its own RLIMIT_CPU below airlock's limit, ends
 * by a signal of its own making: `signaled`, with the signal. */
Test(limits, sigxcpu_sent_to_itself_is_a_signal)
{
	const char *extra[] = {"-t", "10", NULL};
	json_t *r = run_json("python",
			     "import os, signal, time\nt = time.process_time()\n"
			     "while time.process_time() - t < 0.011: pass\n"
			     "os.kill(os.getpid(), signal.SIGXCPU)",
			     extra);
	if (strcmp(jstr(r, "status"), "signaled") != 0)
		dump_result(r);
	cr_assert_str_eq(jstr(r, "status"), "signaled");
	cr_assert_eq(jint(r, "signal"), 24);
	json_decref(r);
}

Test(limits, own_lower_cpu_rlimit_is_a_signal)
{
	const char *extra[] = {"-t", "5", "-w", "30", NULL};
	/* soft limit only: the kernel sends SIGXCPU at 1 s */
	json_t *r =
	    run_json("python",
		     "import resource\nsoft, hard = resource.getrlimit(resource.RLIMIT_CPU)\n"
		     "resource.setrlimit(resource.RLIMIT_CPU, (1, hard))\nwhile True: pass",
		     extra);
	if (strcmp(jstr(r, "status"), "signaled") != 0)
		dump_result(r);
	cr_assert_str_eq(jstr(r, "status"), "signaled");
	cr_assert_eq(jint(r, "signal"), 24);
	cr_assert_lt(jtime(r, "cpu_ms"), 5000);
	json_decref(r);
	/* soft and hard: the kernel sends SIGKILL at 1 s */
	r = run_json(
	    "python",
	    "import resource\nresource.setrlimit(resource.RLIMIT_CPU, (1, 1))\nwhile True: pass",
	    extra);
	if (strcmp(jstr(r, "status"), "signaled") != 0)
		dump_result(r);
	cr_assert_str_eq(jstr(r, "status"), "signaled");
	cr_assert_eq(jint(r, "signal"), 9);
	json_decref(r);
}

Test(limits, busy_loop_still_reaches_the_time_limit)
{
	/* wall time to spare: on a busy host 1 s of CPU may take longer */
	const char *extra[] = {"-t", "1", "-w", "30", NULL};
	json_t *r = run_json("c", "int main(void){ for (;;); }", extra);
	cr_assert_str_eq(jstr(r, "status"), "time_limit");
	cr_assert_eq(jint(r, "signal"), 9);
	cr_assert_geq(jtime(r, "cpu_ms"), 1000);
	json_decref(r);
}
