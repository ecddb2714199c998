/*
 * Terminals of a box's commands (engine/box.h, pty_cols/pty_rows): the
 * command's controlling terminal is a pty of the box's own devpts
 * instance; input goes in through the master the caller gets, resizing
 * reaches the command; TIOCSTI ends the program that tries it; the host's
 * terminals are not in the box. Root and rootless.
 */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

TestSuite(box_pty, .init = setup, .fini = teardown, .timeout = 60);

struct term {
	int master;
	const char *input;   /* written as soon as the terminal exists */
	unsigned cols, rows; /* > 0: resized to this before it starts */
};

static void ready(void *ctx, int master)
{
	struct term *t = ctx;

	t->master = master;
	if (t->input)
		cr_assert_eq(write(master, t->input, strlen(t->input)), (ssize_t)strlen(t->input));
	if (t->cols) {
		err_t err;
		cr_assert_eq(box_pty_resize(master, t->cols, t->rows, &err), 0, "%s", err.msg);
	}
}

/* cmd on a terminal of 80 x 24, with wall_s of wall time; its output
 * NUL-terminated. */
static struct step_result on_pty_for(const char *cmd, struct term *t, double wall_s)
{
	struct box_exec x;
	struct step_result r;
	err_t err;

	memset(&x, 0, sizeof(x));
	x.command = cmd;
	x.cancel_fd = -1;
	limits_default(&x.limits);
	x.limits.wall_time_limit_s = wall_s;
	x.limits.max_output_kb = 256;
	x.pty_cols = 80;
	x.pty_rows = 24;
	x.pty_ready = ready;
	x.pty_ctx = t;
	t->master = -1;
	cr_assert_eq(box_exec(box, &x, &r, &err), 0, "%s: %s", cmd, err.msg);
	cr_assert_geq(t->master, 0, "pty_ready was called");
	close(t->master);
	buf_append(&r.out, "", 1);
	r.out.len--;
	return r;
}

static struct step_result on_pty(const char *cmd, struct term *t)
{
	return on_pty_for(cmd, t, 10 * test_slowness());
}

Test(box_pty, the_terminal_is_the_commands_controlling_terminal)
{
	struct term t = {0};
	struct step_result r = on_pty("tty; stty size; test -t 0 && test -t 1 && test -t 2 && "
				      "echo all-three; ps -o tty= -p $$; echo TERM=$TERM",
				      &t);
	cr_assert_eq(r.status, STATUS_OK, "%s", r.out.data);
	cr_assert(strstr(r.out.data, "/dev/pts/0\r\n"), "%s", r.out.data);
	cr_assert(strstr(r.out.data, "24 80\r\n"), "%s", r.out.data);
	cr_assert(strstr(r.out.data, "all-three"), "%s", r.out.data);
	cr_assert(strstr(r.out.data, "pts/0"), "%s", r.out.data);
	cr_assert(strstr(r.out.data, "TERM=xterm-256color\r\n"), "%s", r.out.data);
	cr_assert_eq(r.err.len, 0, "stderr is the terminal too");
	test_box_done(&r);
}

Test(box_pty, input_and_resize_reach_the_command)
{
	struct term t = {.input = "hello\n", .cols = 100, .rows = 40};
	struct step_result r = on_pty("read line; echo \"got:$line\"; stty size", &t);
	cr_assert_eq(r.status, STATUS_OK, "%s", r.out.data);
	cr_assert(strstr(r.out.data, "got:hello\r\n"), "%s", r.out.data);
	cr_assert(strstr(r.out.data, "40 100\r\n"), "%s", r.out.data);
	test_box_done(&r);
	err_t err;
	cr_assert_eq(box_pty_resize(0, 0, 24, &err), -1);
}

/* TIOCSTI pushes characters into a terminal's input: the syscall policy
 * ends the program that tries it, on the box's own terminal too, so
 * nothing is injected anywhere. */
Test(box_pty, tiocsti_ends_the_program)
{
	struct term t = {0};
	struct step_result r = on_pty(
	    "exec python3 -c 'import fcntl, termios; fcntl.ioctl(0, termios.TIOCSTI, b\"x\")'", &t);
	cr_assert_eq(r.status, STATUS_SYSCALL_DENIED, "%s", r.out.data);
	test_box_done(&r);
	FILE *f = fopen("/proc/sys/dev/tty/legacy_tiocsti", "r");
	if (f) {
		int v = -1;
		if (fscanf(f, "%d", &v) == 1)
			cr_log_info("host legacy_tiocsti=%d (airlock's seccomp filter refuses "
				    "TIOCSTI either way)",
				    v);
		fclose(f);
	}
}

/* Another line discipline on the box's terminal (n_gsm, the start of
 * CVE-2023-6546), on the command's own or one the program opens itself
 * from /dev/ptmx: the program ends. */
Test(box_pty, tiocsetd_ends_the_program)
{
	struct term t = {0};
	struct step_result r = on_pty("exec python3 -c 'import fcntl, termios, struct; "
				      "fcntl.ioctl(0, termios.TIOCSETD, struct.pack(\"i\", 21))'",
				      &t);
	cr_assert_eq(r.status, STATUS_SYSCALL_DENIED, "%s", r.out.data);
	test_box_done(&r);
	r = test_box_sh(box,
			"exec python3 -c 'import os, fcntl, termios, struct; "
			"m = os.open(\"/dev/ptmx\", os.O_RDWR); "
			"fcntl.ioctl(m, termios.TIOCSETD, struct.pack(\"i\", 21))'",
			10);
	cr_assert_eq(r.status, STATUS_SYSCALL_DENIED, "%s", r.err.data);
	test_box_done(&r);
}

/* The box's /dev/pts is its own instance: a terminal the host (this test)
 * has open is not there, and nothing but the box's own ptmx is. */
Test(box_pty, the_hosts_terminals_are_not_in_the_box)
{
	int host = posix_openpt(O_RDWR | O_NOCTTY);
	cr_assert_geq(host, 0);
	cr_assert_eq(grantpt(host), 0);
	cr_assert_eq(unlockpt(host), 0);
	const char *name = ptsname(host);
	cr_assert(name && strncmp(name, "/dev/pts/", 9) == 0);
	char cmd[200];
	snprintf(cmd, sizeof(cmd),
		 "ls /dev/pts; test -e %s && echo SEEN; echo x > %s 2>/dev/null && echo WROTE; "
		 "echo end",
		 name, name);
	struct step_result r = test_box_sh(box, cmd, 10);
	cr_assert_str_eq(r.out.data, "ptmx\nend\n", "%s", r.out.data);
	test_box_done(&r);
	close(host);
}

/* A terminal's command killed: its foreground job, in a process group of
 * its own, goes with it (the terminal's hangup), and nothing stays. */
Test(box_pty, nothing_left_after_a_kill)
{
	struct term t = {0};
	struct step_result r = on_pty_for("set -m; sleep 1000 & fg >/dev/null", &t, 1);
	cr_assert_eq(r.status, STATUS_WALL_TIME_LIMIT, "%s", r.out.data);
	test_box_done(&r);
	struct box_status st;
	for (int i = 0; i < 100; i++) {
		box_status(box, &st);
		if (st.processes == 0)
			break;
		usleep(50000);
	}
	cr_assert_eq(st.processes, 0, "%u processes left", st.processes);
}
