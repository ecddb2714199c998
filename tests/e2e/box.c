/*
 * Sandboxes that live, through the engine's API (engine/box.h): state that
 * persists between commands, limits of a command and of the box, files.
 * Runs as root and rootless.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <unistd.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "engine/box.h"
#include "lib/harness.h"

static struct engine *eng;
static struct box *box;
static int box_seq;

static void make_box(const struct box_spec *extra)
{
	err_t err;
	struct box_spec spec;
	char id[64];

	cr_assert_eq(engine_new(NULL, &eng, &err), 0, "%s", err.msg);
	memset(&spec, 0, sizeof(spec));
	if (extra)
		spec = *extra;
	else {
		limits_default(&spec.limits);
		spec.limits.memory_limit_mb = 256;
		spec.limits.disk_limit_mb = 16;
	}
	snprintf(id, sizeof(id), "test-%d-%d", (int)getpid(), box_seq++);
	spec.id = id;
	cr_assert_eq(box_create(eng, &spec, &box, &err), 0, "%s", err.msg);
}

static void setup(void)
{
	make_box(NULL);
}

static void teardown(void)
{
	box_destroy(box);
	box = NULL;
	engine_free(eng);
	eng = NULL;
}

/* Runs a shell command; returns its result (the caller frees the buffers). */
static struct step_result sh(const char *cmd, double wall_s)
{
	struct box_exec x;
	struct step_result r;
	err_t err;

	memset(&x, 0, sizeof(x));
	x.command = cmd;
	x.cancel_fd = -1;
	limits_default(&x.limits);
	x.limits.time_limit_s = wall_s;
	x.limits.wall_time_limit_s = wall_s * test_slowness();
	x.limits.max_output_kb = 256;
	cr_assert_eq(box_exec(box, &x, &r, &err), 0, "%s: %s", cmd, err.msg);
	buf_append(&r.out, "", 1);
	buf_append(&r.err, "", 1);
	r.out.len--;
	r.err.len--;
	return r;
}

static void done(struct step_result *r)
{
	buf_free(&r->out);
	buf_free(&r->err);
	buf_free(&r->out_beyond);
	buf_free(&r->err_beyond);
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

