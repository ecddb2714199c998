#include <criterion/criterion.h>
#include <errno.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <sched.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "engine/internal.h"

static void same(const struct sock_filter *a, unsigned short alen, const struct sock_filter *b,
		 unsigned short blen, const char *name)
{
	cr_assert_eq(alen, blen, "stale generated filter %s: rebuild", name);
	cr_assert_eq(memcmp(a, b, alen * sizeof(struct sock_filter)), 0, "stale filter %s", name);
}

Test(seccomp, prebuilt_filter_is_the_current_policy)
{
	struct seccomp_progs now, built;
	err_t err;
	cr_assert_eq(seccomp_compile(&now, &err), 0, "%s", err.msg);
	seccomp_prebuilt(&built);
	same(now.main, now.main_len, built.main, built.main_len, "main");
	same(now.guard_notify, now.guard_notify_len, built.guard_notify, built.guard_notify_len,
	     "guard_notify");
	same(now.guard_kill, now.guard_kill_len, built.guard_kill, built.guard_kill_len,
	     "guard_kill");
	seccomp_progs_free(&now);
}

/* The supervisor's side of the guard: a process that tries an escape stops
 * in the kernel and the listener names the syscall and the process. If the
 * supervisor's end of the listener closes (airlock died), the kernel fails
 * the escape with ENOSYS -- the one the process is stopped in and every
 * later one -- and never lets it through. */
Test(seccomp, listener_names_the_escape_and_a_closed_one_fails_it)
{
	struct seccomp_progs p;
	int sv[2];
	const char *why;
	size_t size = seccomp_listener_probe(&why);

	cr_assert_gt(size, 0, "%s", why);
	seccomp_prebuilt(&p);
	cr_assert_eq(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv), 0);
	pid_t pid = fork();
	if (pid == 0) {
		struct sock_fprog g = {p.guard_notify_len, p.guard_notify};
		union {
			struct cmsghdr h;
			char buf[CMSG_SPACE(sizeof(int))];
		} ctl;
		char byte = 'l';
		struct iovec iov = {&byte, 1};
		struct msghdr msg = {.msg_iov = &iov,
				     .msg_iovlen = 1,
				     .msg_control = ctl.buf,
				     .msg_controllen = sizeof(ctl.buf)};
		if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
			_exit(10);
		int l = (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
				     SECCOMP_FILTER_FLAG_NEW_LISTENER, &g);
		if (l < 0)
			_exit(11);
		struct cmsghdr *c = &ctl.h; /* CMSG_FIRSTHDR(&msg) */
		memset(&ctl, 0, sizeof(ctl));
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int));
		memcpy(CMSG_DATA(c), &l, sizeof(int));
		if (sendmsg(sv[1], &msg, 0) != 1)
			_exit(12);
		close(l);
		long r1 = syscall(SYS_unshare, CLONE_NEWUSER);
		int e1 = errno;
		long r2 = syscall(SYS_mount, "none", "/nonexistent-airlock", "tmpfs", 0, NULL);
		int e2 = errno;
		_exit(r1 == -1 && e1 == ENOSYS && r2 == -1 && e2 == ENOSYS ? 0 : 13);
	}
	close(sv[1]);
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(sizeof(int))];
	} ctl;
	char byte;
	struct iovec iov = {&byte, 1};
	struct msghdr msg = {.msg_iov = &iov,
			     .msg_iovlen = 1,
			     .msg_control = ctl.buf,
			     .msg_controllen = sizeof(ctl.buf)};
	cr_assert_eq(recvmsg(sv[0], &msg, 0), 1);
	int listener = -1;
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
	cr_assert_not_null(c, "no listener passed");
	memcpy(&listener, CMSG_DATA(c), sizeof(int));
	struct pollfd pfd = {listener, POLLIN, 0};
	cr_assert_eq(poll(&pfd, 1, 10000), 1, "no notification from the stopped process");
	struct denial d;
	cr_assert_eq(seccomp_listener_read(listener, size, &d), 0, "%s", strerror(errno));
	cr_assert_str_eq(d.syscall, "unshare");
	cr_assert_eq(d.pid, pid);
	close(listener); /* never answered: the supervisor is gone */
	int st;
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0, "the escapes did not fail with ENOSYS: %d",
		  st);
	close(sv[0]);
}
