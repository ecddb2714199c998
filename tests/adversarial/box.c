/*
 * Attacks on a box (engine/box.h): the files API is used from outside on a
 * tree the program controls, so every trick that makes a privileged
 * process follow a path out of it is tried here -- `..`, absolute paths,
 * links planted by the program (absolute, relative, through a directory),
 * a directory swapped for a link while the calls run (TOCTOU), FIFOs and
 * sockets as targets. And what a command could carry between boxes or to
 * the host. Root and rootless.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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

TestSuite(box_attack, .init = setup, .fini = teardown, .timeout = 90);

static void run(const char *cmd)
{
	struct step_result r = test_box_sh(box, cmd, 10);
	cr_assert_eq(r.status, STATUS_OK, "%s: %s", cmd, r.err.data);
	test_box_done(&r);
}

static void refused(int rc, const err_t *err, const char *what)
{
	cr_assert_eq(rc, -1, "%s was allowed", what);
	cr_assert(err->errnum == EXDEV || err->errnum == ENOENT || err->errnum == EINVAL,
		  "%s: %s", what, err->msg);
}

Test(box_attack, paths_outside_the_work_directory)
{
	static const char *const paths[] = {
	    "/etc/passwd", "../../etc/passwd", "/home/user/../../etc/passwd", "/home/userx/f",
	    "/home", "..", "a/../../..", "/proc/self/environ", "/tmp/x",
	};
	struct buf got = {0};
	err_t err;

	for (size_t i = 0; i < ARRAY_SIZE(paths); i++) {
		refused(box_file_read(box, paths[i], 1 << 20, &got, &err), &err, paths[i]);
		cr_assert_eq(got.len, 0);
		refused(box_file_write(box, paths[i], "x", 1, &err), &err, paths[i]);
		refused(box_file_remove(box, paths[i], &err), &err, paths[i]);
		refused(box_file_mkdir(box, paths[i], &err), &err, paths[i]);
	}
	buf_free(&got);
}

/* Every call through every kind of planted link stays inside (bubblewrap
 * CVE-2026-87766: setup followed a symlinked parent directory and wrote
 * outside; here every directory the program could have written is a
 * parent of some path below, and none is followed out). */
Test(box_attack, planted_links_lead_nowhere)
{
	run("ln -s / root && ln -s /etc/passwd pw && ln -s ../../../.. up && ln -s /etc etcdir "
	    "&& mkdir d && ln -s ../../../../etc d/etc && ln -s /proc/1/root proot");
	static const char *const reads[] = {"root/etc/passwd", "pw", "up/etc/passwd",
					    "etcdir/passwd", "d/etc/passwd", "proot/etc/passwd"};
	struct buf got = {0};
	err_t err;
	struct box_entry *v;
	size_t n;

	for (size_t i = 0; i < ARRAY_SIZE(reads); i++) {
		refused(box_file_read(box, reads[i], 1 << 20, &got, &err), &err, reads[i]);
		cr_assert_eq(got.len, 0, "%s read %zu bytes", reads[i], got.len);
	}
	buf_free(&got);
	static const char *const dirs[] = {"root", "up", "etcdir", "d/etc", "root/tmp", "proot"};
	for (size_t i = 0; i < ARRAY_SIZE(dirs); i++)
		refused(box_file_list(box, dirs[i], &v, &n, &err), &err, dirs[i]);
	char marker[64];
	snprintf(marker, sizeof(marker), "tmp/box-attack-%d", (int)getpid());
	static const char *const via[] = {"root/", "up/", "d/etc/", "proot/"};
	for (size_t i = 0; i < ARRAY_SIZE(via); i++) {
		char p[128];
		snprintf(p, sizeof(p), "%s%s", via[i], marker);
		refused(box_file_write(box, p, "x", 1, &err), &err, p);
		refused(box_file_mkdir(box, p, &err), &err, p);
		snprintf(p, sizeof(p), "%setc/hostname", via[i]);
		refused(box_file_remove(box, p, &err), &err, p);
		snprintf(p, sizeof(p), "%setc/hostname", via[i]);
		refused(box_file_move(box, p, "stolen", &err), &err, p);
		refused(box_file_move(box, "pw", p, &err), &err, p);
	}
	/* `..` is resolved by the path's text, not through the link: these
	 * land inside the work directory */
	cr_assert_eq(box_file_write(box, "etcdir/../inside", "x", 1, &err), 0, "%s", err.msg);
	struct box_entry in;
	cr_assert_eq(box_file_stat(box, "inside", &in, &err), 0, "%s", err.msg);
	box_entry_free(&in);
	char host[80];
	snprintf(host, sizeof(host), "/%s", marker);
	cr_assert_eq(access(host, F_OK), -1, "%s was created on the host", host);
	cr_assert_eq(access("/etc/hostname", F_OK), 0);

	/* Writing to the link's name replaces the link, never its target. */
	struct stat before, after;
	cr_assert_eq(stat("/etc/passwd", &before), 0);
	cr_assert_eq(box_file_write(box, "pw", "mine", 4, &err), 0, "%s", err.msg);
	cr_assert_eq(stat("/etc/passwd", &after), 0);
	cr_assert_eq(before.st_size, after.st_size);
	cr_assert_eq(before.st_mtim.tv_sec, after.st_mtim.tv_sec);
	struct box_entry e;
	cr_assert_eq(box_file_stat(box, "pw", &e, &err), 0, "%s", err.msg);
	cr_assert_eq(e.type, 'f');
	box_entry_free(&e);
	/* Removing a link to a directory removes the link only. */
	cr_assert_eq(box_file_remove(box, "etcdir", &err), 0, "%s", err.msg);
	cr_assert_eq(access("/etc/hostname", F_OK), 0);
	/* stat of a link names it and its target, and does not follow it */
	cr_assert_eq(box_file_stat(box, "root", &e, &err), 0, "%s", err.msg);
	cr_assert_eq(e.type, 'l');
	cr_assert_str_eq(e.link, "/");
	box_entry_free(&e);
}

/* A link inside that stays inside is followed, as in the sandbox. */
Test(box_attack, links_that_stay_inside_work)
{
	run("mkdir -p data && echo inside > data/f && ln -s data alias && ln -s ../data/f "
	    "data/self");
	struct buf got = {0};
	err_t err;
	cr_assert_eq(box_file_read(box, "alias/f", 100, &got, &err), 0, "%s", err.msg);
	cr_assert_eq(got.len, 7);
	buf_free(&got);
}

struct race {
	struct box *box;
	const char *path;
	atomic_bool stop;
	atomic_int allowed, refused;
};

static void *race_writer(void *p)
{
	struct race *r = p;
	err_t err;
	while (!r->stop) {
		if (box_file_write(r->box, r->path, "raced", 5, &err) == 0)
			r->allowed++;
		else
			r->refused++;
	}
	return NULL;
}

/* The program swaps a directory for a link to / as fast as it can while
 * the files API writes and reads below it: each call lands inside or
 * fails; none reaches the host. */
Test(box_attack, directory_swapped_for_a_link_while_in_use)
{
	char marker[64], path[96], host[96];
	snprintf(marker, sizeof(marker), "box-race-%d", (int)getpid());
	snprintf(path, sizeof(path), "d/tmp/%s", marker);
	snprintf(host, sizeof(host), "/tmp/%s", marker);
	/* d is a real directory (with tmp/ inside) or a link to / */
	run("(for i in $(seq 20000); do rm -rf d; mkdir -p d/tmp; rm -rf d; ln -s / d; done) "
	    ">/dev/null 2>&1 &");
	struct race r = {.box = box, .path = path};
	pthread_t t;
	pthread_create(&t, NULL, race_writer, &r);
	struct buf got = {0};
	err_t err;
	/* 3000 tries here, and the writer's, at least 200 (it may not have
	 * been scheduled yet on a busy machine when these end) */
	for (int i = 0; i < 3000 || (r.allowed + r.refused < 200 && i < 300000); i++) {
		if (box_file_read(box, "d/etc/shadow", 1 << 20, &got, &err) == 0)
			cr_assert_fail("read the host's /etc/shadow through a swapped link");
		struct box_entry *v;
		size_t n;
		if (box_file_list(box, "d/etc", &v, &n, &err) == 0) {
			cr_assert_eq(n, 0, "listed the host's /etc through a swapped link");
			box_entries_free(v, n);
		}
	}
	r.stop = true;
	pthread_join(t, NULL);
	buf_free(&got);
	cr_assert_eq(access(host, F_OK), -1, "%s was written on the host", host);
	cr_assert_geq(r.allowed + r.refused, 200, "the writer tried %d times",
		      r.allowed + r.refused);
}

Test(box_attack, fifo_and_socket_targets_do_not_hang)
{
	run("mkfifo p && python3 -c 'import socket; s=socket.socket(socket.AF_UNIX); "
	    "s.bind(\"sock\")'");
	struct buf got = {0};
	err_t err;
	cr_assert_eq(box_file_read(box, "p", 100, &got, &err), -1);
	cr_assert_eq(err.errnum, EINVAL, "%s", err.msg);
	cr_assert_eq(box_file_read(box, "sock", 100, &got, &err), -1);
	/* a write replaces the fifo instead of blocking on it */
	cr_assert_eq(box_file_write(box, "p", "x", 1, &err), 0, "%s", err.msg);
	buf_free(&got);
}

/* Root mode: the API acts as the sandbox user -- what the program made
 * unreadable to itself stays unreadable through the API too. */
Test(box_attack, api_has_no_more_rights_than_the_program)
{
	run("echo secret > private && chmod 000 private && mkdir locked && chmod 000 locked");
	struct buf got = {0};
	err_t err;
	cr_assert_eq(box_file_read(box, "private", 100, &got, &err), -1);
	cr_assert_eq(err.errnum, EACCES, "%s", err.msg);
	cr_assert_eq(box_file_write(box, "locked/f", "x", 1, &err), -1);
	buf_free(&got);
}

/* Two boxes share nothing: files, processes, /tmp, /dev/shm. */
Test(box_attack, boxes_are_separate)
{
	run("echo one > /home/user/f; echo one > /tmp/f; echo one > /dev/shm/f; sleep 100 &");
	struct engine *e2;
	struct box *other;
	err_t err;
	struct box_spec spec;
	cr_assert_eq(engine_new(NULL, &e2, &err), 0, "%s", err.msg);
	memset(&spec, 0, sizeof(spec));
	limits_default(&spec.limits);
	spec.id = "attack-other";
	cr_assert_eq(box_create(e2, &spec, &other, &err), 0, "%s", err.msg);
	struct step_result r = test_box_sh(
	    other, "cat /home/user/f /tmp/f /dev/shm/f 2>/dev/null; ps -e | grep -c sleep", 10);
	cr_assert_str_eq(r.out.data, "0\n", "%s", r.out.data);
	test_box_done(&r);
	box_destroy(other);
	engine_free(e2);
}

/* A command cannot reach its init or the supervisor: no ptrace, no
 * signal to pid 1 that kills the box. */
Test(box_attack, command_cannot_end_its_box)
{
	struct step_result r = test_box_sh(box, "kill -9 1; kill -SEGV 1; echo $?", 10);
	test_box_done(&r);
	r = test_box_sh(box, "echo still here", 10);
	cr_assert_eq(r.status, STATUS_OK);
	cr_assert_str_eq(r.out.data, "still here\n");
	test_box_done(&r);
	struct box_status st;
	box_status(box, &st);
	cr_assert_eq(st.state, BOX_RUNNING);
}

/* A fork bomb is bounded by the box's process limit and the box goes on. */
Test(box_attack, fork_bomb_is_bounded)
{
	struct step_result r = test_box_sh(box, "bomb() { bomb | bomb & }; bomb; sleep 2; echo done", 10);
	test_box_done(&r);
	struct box_status st;
	box_status(box, &st);
	cr_assert_eq(st.state, BOX_RUNNING);
	cr_assert_leq(st.processes, 64 + 1, "%u processes", st.processes);
}

/* The syscall policy is loaded once, by the box's init, and every command
 * inherits it: each command is still filtered exactly as a one-shot
 * program (no capability, no_new_privs, seccomp), including one started by
 * what an earlier command left in the background, and an escape still ends
 * the process that tries it while the box goes on. */
Test(box_attack, every_command_is_under_the_syscall_policy)
{
	static const char *const status =
	    "grep -E '^(CapInh|CapPrm|CapEff|CapBnd|CapAmb|NoNewPrivs|Seccomp):' /proc/self/status";
	char bg[512];
	snprintf(bg, sizeof(bg), "(sleep 0.3; %s > /home/user/bg.txt) >/dev/null 2>&1 &", status);
	run(bg);
	struct step_result r = test_box_sh(box, status, 10);
	cr_assert_eq(r.status, STATUS_OK, "%s", r.err.data);
	static const char *const want[] = {
	    "CapInh:\t0000000000000000",
	    "CapPrm:\t0000000000000000",
	    "CapEff:\t0000000000000000",
	    "CapBnd:\t0000000000000000",
	    "CapAmb:\t0000000000000000",
	    "NoNewPrivs:\t1",
	    "Seccomp:\t2",
	};
	for (size_t i = 0; i < ARRAY_SIZE(want); i++)
		cr_assert(strstr(r.out.data, want[i]), "%s not in\n%s", want[i], r.out.data);
	test_box_done(&r);
	/* signals: none blocked or ignored for the program (init blocks
	 * SIGCHLD for itself; a program that ignores one passes that on) */
	static const char *const sig_argv[] = {"/bin/grep", "-E",
					       "^Sig(Blk|Ign):", "/proc/self/status"};
	struct box_exec x;
	err_t err;
	memset(&x, 0, sizeof(x));
	x.argv = sig_argv;
	x.nargv = ARRAY_SIZE(sig_argv);
	x.cancel_fd = -1;
	limits_default(&x.limits);
	cr_assert_eq(box_exec(box, &x, &r, &err), 0, "%s", err.msg);
	buf_append(&r.out, "", 1);
	cr_assert(strstr(r.out.data, "SigBlk:\t0000000000000000") &&
		      strstr(r.out.data, "SigIgn:\t0000000000000000"),
		  "%s", r.out.data);
	test_box_done(&r);
	/* the box's init itself is filtered: nothing it starts can be less */
	r = test_box_sh(box, "grep -E '^(NoNewPrivs|Seccomp):' /proc/1/status", 10);
	cr_assert(strstr(r.out.data, "NoNewPrivs:\t1") && strstr(r.out.data, "Seccomp:\t2"),
		  "init: %s", r.out.data);
	test_box_done(&r);
	r = test_box_sh(box, "sleep 0.5; cat /home/user/bg.txt", 10);
	for (size_t i = 0; i < ARRAY_SIZE(want); i++)
		cr_assert(strstr(r.out.data, want[i]), "background: %s not in\n%s", want[i],
			  r.out.data);
	test_box_done(&r);

	/* escapes: the killing guard ends the caller (SIGSYS) */
	static const char *const escapes[] = {
	    "exec unshare -U true",
	    "exec python3 -c 'import ctypes; ctypes.CDLL(None).mount(b\"none\", b\"/tmp\", "
	    "b\"tmpfs\", 0, None)'",
	    /* chroot */
	    "exec python3 -c 'import ctypes; ctypes.CDLL(None).syscall(161, b\"/tmp\")'",
	};
	for (size_t i = 0; i < ARRAY_SIZE(escapes); i++) {
		r = test_box_sh(box, escapes[i], 10);
		cr_assert_eq(r.status, STATUS_SYSCALL_DENIED, "%s: status %d, %s", escapes[i],
			     r.status, r.err.data);
		cr_assert_eq(r.signal, SIGSYS, "%s", escapes[i]);
		test_box_done(&r);
	}
	/* a syscall off the allow list fails (personality: ENOSYS) */
	r = test_box_sh(box,
			"python3 -c 'import ctypes; l = ctypes.CDLL(None, use_errno=True); "
			"print(l.syscall(135, 0xffffffff), ctypes.get_errno())'",
			10);
	cr_assert_str_eq(r.out.data, "-1 38\n", "%s %s", r.out.data, r.err.data);
	test_box_done(&r);
	run("echo still here");
	struct box_status st;
	box_status(box, &st);
	cr_assert_eq(st.state, BOX_RUNNING);
}
