/*
 * Sandboxes that live, through the engine's API (engine/box.h): state that
 * persists between commands, limits of a command and of the box, files.
 * Runs as root and rootless.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <pthread.h>
#include <unistd.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "engine/box.h"
#include "lib/box.h"
#include "lib/harness.h"

static struct box *box;

static void setup(void)
{
	box = test_box_start(NULL);
}

static void teardown(void)
{
	test_box_end();
	box = NULL;
}

static struct step_result sh(const char *cmd, double wall_s)
{
	return test_box_sh(box, cmd, wall_s);
}

static void done(struct step_result *r)
{
	test_box_done(r);
}

TestSuite(box, .init = setup, .fini = teardown, .timeout = 60);

Test(box, state_persists_between_commands)
{
	struct step_result r = sh("echo hello > f && pwd && echo $HOME", 10);
	cr_assert_eq(r.status, STATUS_OK, "%s", r.err.data);
	cr_assert_str_eq(r.out.data, "/home/user\n/home/user\n");
	done(&r);
	r = sh("cat f; cat /home/user/f", 10);
	cr_assert_str_eq(r.out.data, "hello\nhello\n");
	done(&r);
}

Test(box, exit_code_and_stderr)
{
	struct step_result r = sh("echo oops >&2; exit 3", 10);
	cr_assert_eq(r.status, STATUS_RUNTIME_ERROR);
	cr_assert_eq(r.exit_code, 3);
	cr_assert_str_eq(r.err.data, "oops\n");
	done(&r);
}

Test(box, stdin_env_and_cwd)
{
	struct box_exec x;
	struct step_result r;
	err_t err;
	struct run_env env[] = {{"GREETING", "hi there"}};

	r = sh("mkdir -p sub", 10);
	done(&r);
	memset(&x, 0, sizeof(x));
	x.command = "read line; echo \"$GREETING/$line/$(pwd)\"";
	x.stdin_data = "from stdin\n";
	x.stdin_len = strlen(x.stdin_data);
	x.env = env;
	x.nenv = 1;
	x.cwd = "sub";
	x.cancel_fd = -1;
	limits_default(&x.limits);
	cr_assert_eq(box_exec(box, &x, &r, &err), 0, "%s", err.msg);
	buf_append(&r.out, "", 1);
	cr_assert_str_eq(r.out.data, "hi there/from stdin//home/user/sub\n", "%s", r.out.data);
	done(&r);
}

Test(box, missing_cwd_is_an_error)
{
	struct box_exec x;
	struct step_result r;
	err_t err;

	memset(&x, 0, sizeof(x));
	x.command = "true";
	x.cwd = "/home/user/nowhere";
	x.cancel_fd = -1;
	limits_default(&x.limits);
	cr_assert_eq(box_exec(box, &x, &r, &err), -1);
	cr_assert(strstr(err.msg, "nowhere"), "%s", err.msg);
	done(&r);
	/* and the box still serves */
	r = sh("echo ok", 10);
	cr_assert_str_eq(r.out.data, "ok\n");
	done(&r);
}

Test(box, wall_time_limit_ends_the_command_not_the_box)
{
	struct step_result r = sh("sleep 30", 0.5);
	cr_assert_eq(r.status, STATUS_WALL_TIME_LIMIT);
	done(&r);
	r = sh("echo alive", 10);
	cr_assert_eq(r.status, STATUS_OK);
	cr_assert_str_eq(r.out.data, "alive\n");
	done(&r);
}

Test(box, cpu_time_limit)
{
	struct step_result r = sh("while :; do :; done", 1);
	cr_assert(r.status == STATUS_TIME_LIMIT || r.status == STATUS_WALL_TIME_LIMIT,
		  "status %s", run_status_name(r.status));
	done(&r);
}

Test(box, background_process_outlives_its_command)
{
	struct step_result r = sh("sleep 100 & echo started", 10);
	cr_assert_eq(r.status, STATUS_OK);
	cr_assert_str_eq(r.out.data, "started\n");
	cr_assert_lt(r.wall_ms, 2000, "the command waited for its background process");
	done(&r);
	r = sh("ps -eo comm= | grep -c '^sleep$'", 10);
	cr_assert_str_eq(r.out.data, "1\n", "%s %s", r.out.data, r.err.data);
	done(&r);
	struct box_status st;
	box_status(box, &st);
	cr_assert_eq(st.state, BOX_RUNNING);
}

Test(box, output_limit)
{
	struct box_exec x;
	struct step_result r;
	err_t err;

	memset(&x, 0, sizeof(x));
	x.command = "yes";
	x.cancel_fd = -1;
	limits_default(&x.limits);
	x.limits.max_output_kb = 4;
	cr_assert_eq(box_exec(box, &x, &r, &err), 0, "%s", err.msg);
	cr_assert_eq(r.status, STATUS_OUTPUT_LIMIT);
	cr_assert_eq(r.out.len, 4096);
	done(&r);
}

Test(box, commands_run_at_the_same_time)
{
	/* one command waits for a file the next one writes */
	struct step_result r = sh("(for i in $(seq 100); do [ -e go ] && exit 0; sleep 0.1; done; "
				  "exit 1) > /dev/null 2>&1 & echo $! > waiter; echo ok",
				  10);
	done(&r);
	/* a later command sees it, may signal it, and it sees what the
	 * later command does */
	r = sh("kill -0 $(cat waiter) && echo running", 10);
	cr_assert_str_eq(r.out.data, "running\n", "%s %s", r.out.data, r.err.data);
	done(&r);
	r = sh("touch go; for i in $(seq 50); do kill -0 $(cat waiter) 2>/dev/null || break; "
	       "sleep 0.1; done; kill -0 $(cat waiter) 2>/dev/null && echo running || echo gone",
	       10);
	cr_assert_str_eq(r.out.data, "gone\n", "%s", r.out.data);
	done(&r);
	r = sh("sleep 60 & echo $! > sleeper", 10);
	done(&r);
	r = sh("kill $(cat sleeper) && echo signalled", 10);
	cr_assert_str_eq(r.out.data, "signalled\n", "%s %s", r.out.data, r.err.data);
	done(&r);
}

/* A command that runs on a thread, with its handle. */
struct bg_cmd {
	pthread_t th;
	struct box_exec x;
	struct step_result r;
	int handle;
	int rc;
	int asked; /* present's calls */
	bool leave; /* present answers false */
};

static bool bg_present(void *ctx)
{
	struct bg_cmd *c = ctx;
	__atomic_add_fetch(&c->asked, 1, __ATOMIC_SEQ_CST);
	return !__atomic_load_n(&c->leave, __ATOMIC_SEQ_CST);
}

static void *bg_main(void *arg)
{
	struct bg_cmd *c = arg;
	err_t err;
	c->rc = box_exec(box, &c->x, &c->r, &err);
	return NULL;
}

static void bg_start(struct bg_cmd *c, const char *cmd)
{
	memset(c, 0, sizeof(*c));
	c->handle = -1;
	c->x.command = cmd;
	c->x.cancel_fd = -1;
	c->x.handle = &c->handle;
	c->x.present = bg_present;
	c->x.output_ctx = c;
	limits_default(&c->x.limits);
	c->x.limits.wall_time_limit_s = 30;
	cr_assert_eq(pthread_create(&c->th, NULL, bg_main, c), 0);
	for (int i = 0; i < 500 && __atomic_load_n(&c->handle, __ATOMIC_SEQ_CST) < 0; i++)
		usleep(10000);
	cr_assert_geq(c->handle, 0);
}

Test(box, a_handle_names_one_command_only)
{
	struct bg_cmd a, b;
	err_t err;

	bg_start(&a, "sleep 30");
	int stale = a.handle;
	cr_assert_eq(box_signal(box, stale, SIGKILL, &err), 0, "%s", err.msg);
	pthread_join(a.th, NULL);
	cr_assert_eq(a.rc, 0);
	cr_assert_eq(a.r.status, STATUS_SIGNALED);
	done(&a.r);
	/* the next command takes the same slot; the old handle must miss it */
	bg_start(&b, "sleep 1; echo survived");
	cr_assert_eq(b.handle & 31, stale & 31, "the same slot is reused");
	cr_assert_neq(b.handle, stale);
	cr_assert_eq(box_signal(box, stale, SIGKILL, &err), -1);
	cr_assert_eq(err.errnum, ESRCH, "%s", err.msg);
	pthread_join(b.th, NULL);
	cr_assert_eq(b.r.status, STATUS_OK);
	cr_assert_str_eq(b.r.out.data, "survived\n");
	done(&b.r);
	cr_assert_eq(box_signal(box, -1, SIGKILL, &err), -1);
	cr_assert_eq(box_signal(box, b.handle, 0, &err), -1);
	cr_assert_eq(err.errnum, EINVAL);
}

Test(box, a_caller_that_has_gone_stops_its_command)
{
	struct bg_cmd a;

	bg_start(&a, "sleep 30");
	for (int i = 0; i < 500 && __atomic_load_n(&a.asked, __ATOMIC_SEQ_CST) < 1; i++)
		usleep(10000);
	cr_assert_geq(a.asked, 1, "present is asked while the command runs");
	__atomic_store_n(&a.leave, true, __ATOMIC_SEQ_CST);
	pthread_join(a.th, NULL);
	cr_assert_eq(a.rc, 0);
	cr_assert_eq(a.r.status, STATUS_CANCELLED);
	done(&a.r);
}

Test(box, no_capabilities_and_no_network)
{
	struct step_result r = sh("grep -E '^Cap(Eff|Prm)' /proc/self/status; "
				  "cat /proc/net/dev | grep -c ':'",
				  10);
	cr_assert(strstr(r.out.data, "CapEff:\t0000000000000000"), "%s", r.out.data);
	cr_assert(strstr(r.out.data, "CapPrm:\t0000000000000000"), "%s", r.out.data);
	done(&r);
}

Test(box, kill_ends_running_commands)
{
	struct box_exec x;
	struct step_result r;
	err_t err;

	box_kill(box, "expired");
	memset(&x, 0, sizeof(x));
	x.command = "true";
	x.cancel_fd = -1;
	limits_default(&x.limits);
	cr_assert_eq(box_exec(box, &x, &r, &err), -1);
	cr_assert_eq(err.errnum, ESRCH, "%s", err.msg);
	struct box_status st;
	for (int i = 0; i < 100; i++) {
		box_status(box, &st);
		if (st.state == BOX_ENDED)
			break;
		usleep(20000);
	}
	cr_assert_eq(st.state, BOX_ENDED);
	cr_assert_str_eq(st.why, "expired");
}


/* ---- files ---- */

Test(box, files_round_trip_binary_safe)
{
	char data[256 * 4];
	struct buf got = {0};
	err_t err;

	for (size_t i = 0; i < sizeof(data); i++)
		data[i] = (char)(i % 256);
	cr_assert_eq(box_file_write(box, "/home/user/data/bytes.bin", data, sizeof(data), &err), 0,
		     "%s", err.msg);
	cr_assert_eq(box_file_read(box, "data/bytes.bin", 1 << 20, &got, &err), 0, "%s", err.msg);
	cr_assert_eq(got.len, sizeof(data));
	cr_assert_eq(memcmp(got.data, data, sizeof(data)), 0);
	buf_free(&got);
	/* the program sees it as its own file, and the same bytes */
	struct step_result r = sh("stat -c '%u %s' data/bytes.bin; od -An -tx1 -N4 -j255 "
				  "data/bytes.bin; echo x >> data/bytes.bin && echo appended",
				  10);
	cr_assert_str_eq(r.out.data, "1000 1024\n ff 00 01 02\nappended\n", "%s %s", r.out.data,
			 r.err.data);
	done(&r);
}

Test(box, files_written_by_the_program_are_read)
{
	struct buf got = {0};
	err_t err;
	struct step_result r = sh("printf 'a\\0b' > out.bin", 10);
	done(&r);
	cr_assert_eq(box_file_read(box, "/home/user/out.bin", 100, &got, &err), 0, "%s", err.msg);
	cr_assert_eq(got.len, 3);
	cr_assert_eq(memcmp(got.data, "a\0b", 3), 0);
	buf_free(&got);
	cr_assert_eq(box_file_read(box, "out.bin", 2, &got, &err), -1);
	cr_assert_eq(err.errnum, EFBIG, "%s", err.msg);
	buf_free(&got);
	cr_assert_eq(box_file_read(box, "missing", 100, &got, &err), -1);
	cr_assert_eq(err.errnum, ENOENT, "%s", err.msg);
	buf_free(&got);
}

Test(box, files_list_stat_mkdir_move_remove)
{
	struct box_entry *v, e;
	size_t n;
	err_t err;

	cr_assert_eq(box_file_mkdir(box, "a/b/c", &err), 0, "%s", err.msg);
	cr_assert_eq(box_file_write(box, "a/z.txt", "zz", 2, &err), 0, "%s", err.msg);
	cr_assert_eq(box_file_write(box, "a/b/y.txt", "y", 1, &err), 0, "%s", err.msg);
	struct step_result r = sh("ln -s z.txt a/link", 10);
	done(&r);
	cr_assert_eq(box_file_list(box, "a", &v, &n, &err), 0, "%s", err.msg);
	cr_assert_eq(n, 3);
	cr_assert_str_eq(v[0].name, "b");
	cr_assert_eq(v[0].type, 'd');
	cr_assert_str_eq(v[1].name, "link");
	cr_assert_eq(v[1].type, 'l');
	cr_assert_str_eq(v[1].link, "z.txt");
	cr_assert_str_eq(v[2].name, "z.txt");
	cr_assert_eq(v[2].type, 'f');
	cr_assert_eq(v[2].size, 2);
	box_entries_free(v, n);

	cr_assert_eq(box_file_stat(box, "/home/user/a/b/y.txt", &e, &err), 0, "%s", err.msg);
	cr_assert_eq(e.type, 'f');
	cr_assert_eq(e.size, 1);
	box_entry_free(&e);

	cr_assert_eq(box_file_move(box, "a/b/y.txt", "a/moved.txt", &err), 0, "%s", err.msg);
	cr_assert_eq(box_file_stat(box, "a/b/y.txt", &e, &err), -1);
	cr_assert_eq(err.errnum, ENOENT);
	cr_assert_eq(box_file_stat(box, "a/moved.txt", &e, &err), 0, "%s", err.msg);
	box_entry_free(&e);

	cr_assert_eq(box_file_remove(box, "a", &err), 0, "%s", err.msg);
	cr_assert_eq(box_file_list(box, "/home/user", &v, &n, &err), 0, "%s", err.msg);
	cr_assert_eq(n, 0, "%zu entries left", n);
	box_entries_free(v, n);
}

Test(box, files_reading_a_directory_is_an_error)
{
	struct buf got = {0};
	err_t err;
	cr_assert_eq(box_file_mkdir(box, "d", &err), 0, "%s", err.msg);
	cr_assert_eq(box_file_read(box, "d", 100, &got, &err), -1);
	cr_assert_eq(err.errnum, EISDIR, "%s", err.msg);
	cr_assert_eq(box_file_write(box, "d", "x", 1, &err), -1);
	cr_assert_eq(err.errnum, EISDIR, "%s", err.msg);
	cr_assert_eq(box_file_write(box, "/home/user", "x", 1, &err), -1);
	buf_free(&got);
}

/* ---- the box's own limits ---- */

Test(box, disk_full_leaves_nothing_half_written)
{
	err_t err;
	size_t big = 20u << 20; /* the box has 16 MB */
	char *data = calloc(1, big);
	struct box_entry *v;
	size_t n;

	cr_assert_eq(box_file_write(box, "keep.txt", "old", 3, &err), 0, "%s", err.msg);
	cr_assert_eq(box_file_write(box, "keep.txt", data, big, &err), -1);
	cr_assert_eq(err.errnum, ENOSPC, "%s", err.msg);
	free(data);
	struct buf got = {0};
	cr_assert_eq(box_file_read(box, "keep.txt", 100, &got, &err), 0, "%s", err.msg);
	cr_assert_eq(got.len, 3);
	cr_assert_eq(memcmp(got.data, "old", 3), 0);
	buf_free(&got);
	cr_assert_eq(box_file_list(box, "/home/user", &v, &n, &err), 0, "%s", err.msg);
	cr_assert_eq(n, 1, "a temporary file was left");
	box_entries_free(v, n);
	struct box_status st;
	box_status(box, &st);
	cr_assert_lt(st.disk_used_kb, 1024);
}

Test(box, memory_limit_of_the_box)
{
	struct step_result r = sh("python3 -c 'b = bytearray(600 << 20); print(len(b))'", 20);
	cr_assert_eq(r.status, STATUS_MEMORY_LIMIT, "status %s: %s",
		     run_status_name(r.status), r.err.data);
	done(&r);
}

/* A command that goes over the box's memory and ends before anything
 * stops it -- rootless, where memory is sampled, before a sample can see
 * it -- still says memory_limit: its largest process, measured at its end,
 * was above the limit (as a one-shot run's result says). */
Test(box, a_command_over_the_memory_limit_says_so_however_short)
{
	struct box_spec spec;
	test_box_end();
	memset(&spec, 0, sizeof(spec));
	limits_default(&spec.limits);
	spec.limits.memory_limit_mb = 64;
	box = test_box_start(&spec);
	struct step_result r = sh("python3 -c 'import mmap; m = mmap.mmap(-1, 160 << 20, "
				  "flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | mmap.MAP_POPULATE)'",
				  20);
	cr_assert_eq(r.status, STATUS_MEMORY_LIMIT, "status %s, peak %llu kB: %s",
		     run_status_name(r.status), (unsigned long long)r.memory_peak_kb, r.err.data);
	done(&r);
}

Test(box, cpu_total_ends_the_box)
{
	struct box_spec spec;
	memset(&spec, 0, sizeof(spec));
	limits_default(&spec.limits);
	spec.cpu_total_s = 0.5;
	box = test_box_start(&spec);
	struct step_result r = sh("while :; do :; done", 20);
	cr_assert_eq(r.status, STATUS_TIME_LIMIT, "status %s", run_status_name(r.status));
	done(&r);
	struct box_status st;
	for (int i = 0; i < 200; i++) {
		box_status(box, &st);
		if (st.state == BOX_ENDED)
			break;
		usleep(20000);
	}
	cr_assert_eq(st.state, BOX_ENDED);
	cr_assert(strstr(st.why, "cpu"), "%s", st.why);
	cr_assert_geq(st.cpu_ms, 500);
}

Test(box, nothing_left_after_destroy)
{
	struct step_result r =
	    sh("(exec -a box-leftover-marker-zq sleep 1000) > /dev/null 2>&1 & "
	       "(setsid bash -c 'exec -a box-leftover-marker-zq sleep 1000' &) ; echo ok",
	       10);
	done(&r);
	cr_assert_eq(wait_host_processes("box-leftover-marker-zq", 2, 5), 2);
	test_box_end();
	box = NULL;
	cr_assert_eq(wait_host_processes("box-leftover-marker-zq", 0, 5), 0);
}

/* box_pause freezes every process of the box: a busy loop uses no CPU
 * until box_resume; ending a paused box leaves nothing. Rootless: no
 * freezer, ENOTSUP, and the box runs on. */
Test(box, paused_box_runs_nothing_and_its_end_leaves_nothing)
{
	struct box_metrics m0, m1, m2;
	err_t err;
	struct step_result r =
	    sh("(exec -a box-paused-marker-zq sh -c 'while :; do :; done') > /dev/null 2>&1 & "
	       "echo ok",
	       10);
	done(&r);
	cr_assert_eq(wait_host_processes("box-paused-marker-zq", 1, 5), 1);
	cr_assert_eq(box_metrics(box, NULL, &m0, &err), 0, "%s", err.msg);
	cr_assert_geq(m0.cpu_count, 1);
	cr_assert_eq(m0.mem_total_bytes % (1 << 20), 0, "its limit");
	cr_assert_gt(m0.mem_total_bytes, 0);
	cr_assert_gt(m0.disk_total_bytes, 0);
	if (geteuid() != 0) {
		cr_assert_eq(box_pause(box, &err), -1);
		cr_assert_eq(err.errnum, ENOTSUP, "%s", err.msg);
		r = sh("echo on", 10);
		cr_assert_str_eq(r.out.data, "on\n");
		done(&r);
	} else {
		cr_assert_eq(box_pause(box, &err), 0, "%s", err.msg);
		/* cgroup v2 says "frozen" when each task has entered its
		 * freezer trap, a moment before the last one is switched out
		 * and its last slice of CPU time is counted: the check starts
		 * after that */
		usleep((useconds_t)(100000 * test_slowness()));
		cr_assert_eq(box_metrics(box, NULL, &m1, &err), 0, "%s", err.msg);
		usleep(1000000);
		cr_assert_eq(box_metrics(box, NULL, &m2, &err), 0, "%s", err.msg);
		cr_assert_eq(m2.cpu_ns, m1.cpu_ns, "frozen: %llu -> %llu ns",
			     (unsigned long long)m1.cpu_ns, (unsigned long long)m2.cpu_ns);
		cr_assert_eq(m2.cpu_used_pct, 0);
		cr_assert_eq(box_resume(box, &err), 0, "%s", err.msg);
		usleep(300000);
		cr_assert_eq(box_metrics(box, NULL, &m1, &err), 0, "%s", err.msg);
		cr_assert_gt(m1.cpu_ns, m2.cpu_ns, "it runs again");
		cr_assert_eq(box_pause(box, &err), 0, "%s", err.msg);
	}
	test_box_end(); /* paused (as root): killed, thawed, gone */
	box = NULL;
	cr_assert_eq(wait_host_processes("box-paused-marker-zq", 0, 5), 0);
}
