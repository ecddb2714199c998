/* Commands on a terminal over /v1 ("pty" of an exec, .../resize): input and
 * size reach the command; a sandbox's terminals are its own (another
 * sandbox cannot see or open them); TIOCSTI ends the program; a killed
 * terminal's command leaves nothing behind. */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/util.h"
#include "lib/harness.h"
#include "server/sandbox_client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(sandbox_pty, .fini = teardown, .timeout = 150);

static const char *err_code(const struct reply *r)
{
	return jstr(json_object_get(r->json, "error"), "code");
}

Test(sandbox_pty, input_and_resize_reach_the_command)
{
	char id[64];
	struct sb_bg b;
	struct reply r;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	sb_bg_start(&b, &S, S.user, id,
		    "{\"command\":\"tty; read l; stty size; echo got:$l\","
		    "\"pty\":{\"cols\":80,\"rows\":24},\"limits\":{\"wall_time\":60}}");
	json_t *p = sb_wait_processes(&S, S.user, id, 1);
	long pid = (long)jint(p, "pid");
	cr_assert_eq(jint(json_object_get(p, "pty"), "cols"), 80);
	cr_assert(json_is_true(json_object_get(p, "stdin_open")));
	json_decref(p);
	cr_assert_eq(sb_post_proc(&S, S.user, id, pid, "resize", "{\"cols\":100,\"rows\":30}", &r),
		     204, "%s", r.body);
	reply_free(&r);
	cr_assert_eq(sb_post_proc(&S, S.user, id, pid, "stdin", "{\"eof\":true}", &r), 409, "%s",
		     r.body);
	cr_assert_str_eq(err_code(&r), "not_a_pipe");
	reply_free(&r);
	cr_assert_eq(sb_post_proc(&S, S.user, id, pid, "resize", "{\"cols\":0,\"rows\":30}", &r),
		     422, "%s", r.body);
	reply_free(&r);
	cr_assert_eq(sb_post_proc(&S, S.user, id, pid, "stdin", "{\"data\":\"hi\\n\"}", &r), 204,
		     "%s", r.body);
	reply_free(&r);
	json_t *res = sb_bg_join(&b);
	cr_assert_str_eq(jstr(res, "status"), "ok", "%s", jstr(res, "stdout"));
	const char *out = jstr(res, "stdout");
	cr_assert(strstr(out, "/dev/pts/0\r\n") && strstr(out, "30 100\r\n") &&
		      strstr(out, "got:hi\r\n"),
		  "%s", out);
	cr_assert_str_eq(jstr(res, "stderr"), "");
	json_decref(res);

	/* a command without a terminal has nothing to resize; bad requests */
	sb_bg_start(&b, &S, S.user, id, "{\"command\":\"sleep 30\",\"limits\":{\"wall_time\":60}}");
	p = sb_wait_processes(&S, S.user, id, 1);
	pid = (long)jint(p, "pid");
	json_decref(p);
	cr_assert_eq(sb_post_proc(&S, S.user, id, pid, "resize", "{\"cols\":10,\"rows\":10}", &r),
		     409, "%s", r.body);
	cr_assert_str_eq(err_code(&r), "not_a_terminal");
	reply_free(&r);
	cr_assert_eq(sb_post_proc(&S, S.user, id, pid, "signal", "{\"signal\":9}", &r), 204, "%s",
		     r.body);
	reply_free(&r);
	json_decref(sb_bg_join(&b));
	char path[128];
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/exec", id);
	http(&S, "POST", path, S.user, NULL,
	     "{\"command\":\"true\",\"pty\":{\"cols\":0,\"rows\":5}}", &r);
	cr_assert_eq(r.status, 422, "%s", r.body);
	reply_free(&r);
	http(&S, "POST", path, S.user, NULL,
	     "{\"command\":\"true\",\"stdin\":\"x\",\"pty\":{\"cols\":5,\"rows\":5}}", &r);
	cr_assert_eq(r.status, 400, "%s", r.body);
	reply_free(&r);
	http(&S, "POST", path, S.user, NULL, "{\"command\":\"true\",\"pty\":true}", &r);
	cr_assert_eq(r.status, 400, "%s", r.body);
	reply_free(&r);
}

/* Each sandbox has a devpts instance of its own: while sandbox A's command
 * runs on its terminal (A's /dev/pts/0), sandbox B sees no terminal and
 * cannot open one of A's; A sees its own. */
Test(sandbox_pty, a_sandboxs_terminals_are_its_own)
{
	char a[64], b_id[64];
	struct sb_bg b;
	struct reply r;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, a));
	json_decref(sb_create(&S, S.user, NULL, b_id));
	sb_bg_start(&b, &S, S.user, a,
		    "{\"command\":\"read l; echo got:$l\",\"pty\":{\"cols\":80,\"rows\":24},"
		    "\"limits\":{\"wall_time\":60}}");
	json_t *p = sb_wait_processes(&S, S.user, a, 1);
	long pid = (long)jint(p, "pid");
	json_decref(p);
	json_t *res = sb_exec(&S, S.user, b_id,
			      "ls /dev/pts; echo x > /dev/pts/0 && echo WROTE; cat /dev/pts/0 && "
			      "echo READ; echo end",
			      NULL);
	cr_assert_str_eq(jstr(res, "stdout"), "ptmx\nend\n", "%s", jstr(res, "stdout"));
	json_decref(res);
	res = sb_exec(&S, S.user, a, "ls /dev/pts", NULL);
	cr_assert_str_eq(jstr(res, "stdout"), "0\nptmx\n", "%s", jstr(res, "stdout"));
	json_decref(res);
	cr_assert_eq(sb_post_proc(&S, S.user, a, pid, "stdin", "{\"data\":\"mine\\n\"}", &r), 204,
		     "%s", r.body);
	reply_free(&r);
	res = sb_bg_join(&b);
	cr_assert(strstr(jstr(res, "stdout"), "got:mine"), "%s", jstr(res, "stdout"));
	json_decref(res);
}

/* TIOCSTI on the sandbox's terminal ends the program (syscall_denied):
 * nothing is injected, not even into the sandbox's own terminal. */
Test(sandbox_pty, tiocsti_is_refused)
{
	char id[64], path[128];
	struct reply r;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/exec", id);
	http(&S, "POST", path, S.user, NULL,
	     "{\"command\":\"exec python3 -c 'import fcntl, termios; "
	     "fcntl.ioctl(0, termios.TIOCSTI, b\\\"x\\\")'\",\"pty\":{\"cols\":80,\"rows\":24}}",
	     &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "status"), "syscall_denied", "%s", r.body);
	reply_free(&r);
	json_t *res = sb_exec(&S, S.user, id, "echo still-here", NULL);
	cr_assert_str_eq(jstr(res, "stdout"), "still-here\n");
	json_decref(res);
}

/* A terminal's command killed: its foreground job (a process group of its
 * own) goes with the terminal, and nothing stays in the sandbox. */
Test(sandbox_pty, nothing_left_after_a_kill)
{
	char id[64];
	struct sb_bg b;
	struct reply r;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	sb_bg_start(&b, &S, S.user, id,
		    "{\"command\":\"set -m; sleep 1000 & fg >/dev/null\",\"pty\":{\"cols\":80,"
		    "\"rows\":24},\"limits\":{\"wall_time\":60}}");
	json_t *p = sb_wait_processes(&S, S.user, id, 1);
	long pid = (long)jint(p, "pid");
	json_decref(p);
	usleep(300000); /* fg has run */
	cr_assert_eq(sb_post_proc(&S, S.user, id, pid, "signal", "{\"signal\":\"SIGKILL\"}", &r),
		     204, "%s", r.body);
	reply_free(&r);
	json_decref(sb_bg_join(&b));
	const char *left = "";
	json_t *res = NULL;
	for (int i = 0; i < 40; i++) {
		json_decref(res);
		res = sb_exec(&S, S.user, id, "ps -e -o comm= | grep -c '^sleep' || true", NULL);
		left = jstr(res, "stdout");
		if (strcmp(left, "0\n") == 0)
			break;
		usleep(50000);
	}
	cr_assert_str_eq(left, "0\n", "sleep processes left");
	json_decref(res);
}
