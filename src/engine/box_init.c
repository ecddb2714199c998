/*
 * A box's init (engine/box.h): once the sandbox is set up exactly as a
 * one-shot run's (child_setup), init serves commands on its
 * control socket until the socket closes -- then it ends, and the kernel
 * ends every process of its pid namespace with it.
 *
 * Like the rest of the sandbox's setup this runs in a clone of a possibly
 * multi-threaded supervisor: no allocation, no lock, no stdio. A command's
 * strings arrive in a memfd that its process maps and splits into static
 * tables after the fork.
 */
#include "engine/child_internal.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/fdpass.h"
#include "engine/box.h"
#include "engine/box_proto.h"
#include "engine/landlock.h"

struct slot {
	pid_t pid; /* 0: free */
	int report_fd;
};

static struct slot slots[BOX_MAX_EXECS];
static struct child_plan cmd_plan;
static char *cmd_argv[BOX_ARGV_MAX + 1];
static char *cmd_envp[BOX_ENV_MAX + 1];
static void *cmd_strings;
/* The command's process runs on this stack until it execs (CLONE_VM). */
static char cmd_stack[256 * 1024] __attribute__((aligned(16)));

struct command_arg {
	const struct child_plan *base;
	const struct box_msg *m;
	const int *fds;
};

static void close_all(int *fds, int n)
{
	for (int i = 0; i < n; i++)
		if (fds[i] >= 0)
			close(fds[i]);
}

static void fail_exec(int report_fd, uint32_t slot, const char *what)
{
	struct report r;

	memset(&r, 0, sizeof(r));
	r.kind = REPORT_EXEC_FAILED;
	r.step = slot;
	r.errnum = errno;
	for (size_t i = 0; what[i] && i + 1 < sizeof(r.msg); i++)
		r.msg[i] = what[i];
	(void)!send(report_fd, &r, sizeof(r), MSG_NOSIGNAL);
}

/* In the command's process: its strings, then everything a one-shot
 * program goes through (child_exec). */
_Noreturn static void command_main(const struct child_plan *base, const struct box_msg *m,
				   const int *fds)
{
	int report_fd = fds[3];

	if (m->strings_len == 0 || m->strings_len > BOX_STRINGS_MAX || m->nargv == 0 ||
	    m->nargv > BOX_ARGV_MAX || m->nenv > BOX_ENV_MAX) {
		errno = EINVAL;
		fail_exec(report_fd, m->slot, "a malformed command");
		_exit(127);
	}
	char *s = mmap(NULL, m->strings_len, PROT_READ, MAP_PRIVATE, fds[0], 0);
	if (s == MAP_FAILED) {
		fail_exec(report_fd, m->slot, "map the command");
		_exit(127);
	}
	/* init's memory too (CLONE_VM): init unmaps it once we exec'd */
	cmd_strings = s;
	close(fds[0]);
	char *end = s + m->strings_len;
	const char *cwd = NULL;
	uint32_t want = m->nargv + m->nenv + 1;
	for (uint32_t i = 0; i < want; i++) {
		char *nul = memchr(s, '\0', (size_t)(end - s));
		if (nul == NULL) {
			errno = EINVAL;
			fail_exec(report_fd, m->slot, "a malformed command");
			_exit(127);
		}
		if (i < m->nargv)
			cmd_argv[i] = s;
		else if (i < m->nargv + m->nenv)
			cmd_envp[i - m->nargv] = s;
		else
			cwd = s;
		s = nul + 1;
	}
	cmd_argv[m->nargv] = NULL;
	cmd_envp[m->nenv] = NULL;

	cmd_plan = *base;
	cmd_plan.box = false;
	cmd_plan.box_restricted = true;
	cmd_plan.ctl_fd = cmd_plan.cgroup_fd = -1;
	cmd_plan.report_fd = report_fd;
	cmd_plan.sync_fd = -1;
	cmd_plan.collect_fd = -1;
	cmd_plan.notify = false; /* escapes kill the caller: see box.c */
	cmd_plan.stdin_fd = (m->flags & BOX_EXEC_STDIN) ? fds[4] : -1;
	cmd_plan.stdin_ctty =
	    (m->flags & (BOX_EXEC_STDIN | BOX_EXEC_PTY)) == (BOX_EXEC_STDIN | BOX_EXEC_PTY);
	cmd_plan.cwd = cwd[0] ? cwd : NULL;
	cmd_plan.nsteps = 1;
	struct child_step *st = &cmd_plan.steps[0];
	memset(st, 0, sizeof(*st));
	st->argv = cmd_argv;
	st->envp = cmd_envp;
	st->out_fd = fds[1];
	st->err_fd = fds[2];
	st->merge_stderr = (m->flags & BOX_EXEC_MERGE) != 0;
	st->cpu_s = (rlim_t)m->cpu_s;
	st->stack_bytes = (rlim_t)m->stack_bytes;
	st->nproc = (rlim_t)m->nproc;
	st->data_bytes = (rlim_t)m->data_bytes;
	child_exec(&cmd_plan);
}

static int command_start(void *p)
{
	const struct command_arg *a = p;
	command_main(a->base, a->m, a->fds);
}

static void start_command(const struct child_plan *base, const struct box_msg *m, int *fds,
			  int nfds)
{
	int need = 4 + ((m->flags & BOX_EXEC_STDIN) ? 1 : 0);

	if (nfds != need || m->slot >= BOX_MAX_EXECS || slots[m->slot].pid != 0) {
		if (nfds >= 4) {
			errno = EINVAL;
			fail_exec(fds[3], m->slot, "a malformed command");
		}
		close_all(fds, nfds);
		return;
	}
	/* As posix_spawn does: the command's process shares init's memory
	 * until it execs (init waits, CLONE_VFORK), so that no page table of
	 * init -- a copy of the supervisor's -- is copied for each command.
	 * It writes only the static tables above, which init does not use,
	 * and has its own descriptor table (no CLONE_FILES). */
	struct command_arg arg = {base, m, fds};
	cmd_strings = NULL;
	pid_t pid = clone(command_start, cmd_stack + sizeof(cmd_stack), CLONE_VM | CLONE_VFORK | SIGCHLD,
			  &arg);
	if (cmd_strings) {
		munmap(cmd_strings, m->strings_len);
		cmd_strings = NULL;
	}
	if (pid < 0) {
		fail_exec(fds[3], m->slot, "fork");
		close_all(fds, nfds);
		return;
	}
	slots[m->slot].pid = pid;
	slots[m->slot].report_fd = fds[3];
	fds[3] = -1;
	close_all(fds, nfds);
}

static void kill_command(uint32_t slot)
{
	if (slot >= BOX_MAX_EXECS || slots[slot].pid <= 0)
		return;
	/* its process group (the command made one with setsid), and the
	 * process itself in case it already left it */
	kill(-slots[slot].pid, SIGKILL);
	kill(slots[slot].pid, SIGKILL);
}

/* One connection started to port on the box's loopback: its socket, or
 * -1 with errno. A connection on loopback is accepted or refused within
 * microseconds; whoever has the socket waits for that, not init. */
static int start_connect(int family, uint16_t port)
{
	struct sockaddr_in a4 = {.sin_family = AF_INET, .sin_port = htons(port),
				 .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	struct sockaddr_in6 a6 = {
	    .sin6_family = AF_INET6, .sin6_port = htons(port), .sin6_addr = IN6ADDR_LOOPBACK_INIT};
	int fd = socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);

	if (fd < 0)
		return -1;
	int rc = family == AF_INET ? connect(fd, (struct sockaddr *)&a4, sizeof(a4))
				   : connect(fd, (struct sockaddr *)&a6, sizeof(a6));
	if (rc < 0 && errno != EINPROGRESS) {
		int saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	return fd;
}

/* BOX_MSG_CONNECT (box_proto.h): the sockets, or the errno, on reply. */
static void connect_port(uint32_t port, int reply)
{
	int fds[2], n = 0, errnum = EINVAL;

	if (port > 0 && port < 65536) {
		fds[n] = start_connect(AF_INET, (uint16_t)port);
		if (fds[n] >= 0)
			n++;
		else
			errnum = errno;
		fds[n] = start_connect(AF_INET6, (uint16_t)port);
		if (fds[n] >= 0)
			n++;
	}
	if (n > 0)
		(void)!send_fds(reply, "c", 1, fds, n);
	else {
		struct box_connect_reply r = {errnum};
		(void)!send(reply, &r, sizeof(r), MSG_NOSIGNAL | MSG_DONTWAIT);
	}
	close_all(fds, n);
	close(reply);
}

/* Every process that ended: a command's main process is reported on its
 * slot; the others (orphans of earlier commands) are only reaped. */
static void reap(void)
{
	struct rusage ru;
	int status;
	pid_t pid;

	while ((pid = wait4(-1, &status, WNOHANG, &ru)) > 0) {
		for (int i = 0; i < BOX_MAX_EXECS; i++) {
			if (slots[i].pid != pid)
				continue;
			struct report r;
			memset(&r, 0, sizeof(r));
			r.kind = REPORT_EXITED;
			r.step = (uint32_t)i;
			r.wstatus = status;
			r.at_ns = monotonic_ns();
			r.utime_us = ru.ru_utime.tv_sec * 1000000LL + ru.ru_utime.tv_usec;
			r.stime_us = ru.ru_stime.tv_sec * 1000000LL + ru.ru_stime.tv_usec;
			r.maxrss_kb = ru.ru_maxrss;
			(void)!send(slots[i].report_fd, &r, sizeof(r), MSG_NOSIGNAL);
			close(slots[i].report_fd);
			slots[i].pid = 0;
			slots[i].report_fd = -1;
			break;
		}
	}
}

/* What each command would otherwise do for itself (child_internal.h). */
static void box_prepare(void)
{
	if (child_verify_no_capabilities(true) < 0)
		child_die("capabilities left in the box", NULL);
	child_reset_signals(true);
}

/* The syscall policy of every command: the allow list and the killing
 * guard (box.c). */
static void box_seccomp(const struct child_plan *plan)
{
	const struct seccomp_progs *sp = &plan->eng->seccomp;
	struct sock_fprog main = {sp->main_len, sp->main};
	struct sock_fprog kill = {sp->guard_kill_len, sp->guard_kill};

	if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &main, 0, 0) < 0 ||
	    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &kill, 0, 0) < 0)
		child_die("load seccomp filter", NULL);
}

_Noreturn void child_box_main(const struct child_plan *plan)
{
	sigset_t chld;
	int ctl = plan->ctl_fd;

	child_setup(plan);
	/* One landlock domain for the whole box, made here: each command's
	 * own would be a sibling of the others', and the scope of signals
	 * would keep a command from signalling what an earlier one started
	 * in the background. Then the work directory tells the supervisor
	 * the box is ready. */
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		child_die("set no_new_privs", NULL);
	if (landlock_restrict(plan->eng->landlock_abi, child_work_dir(), plan->net == NET_NONE) < 0)
		child_die("landlock", NULL);
	/* The syscall policy too, once for the box instead of once per
	 * command (loading it cost a command a third of a millisecond):
	 * what init does from here on (open, sendmsg, signalfd, poll,
	 * recvmsg, clone without a namespace flag, wait4, kill) is on its
	 * allow list, and every command inherits the filters, which nothing
	 * removes. Before it, what each command did for itself and inherits
	 * as well: no capability in the bounding set, and the default action
	 * of every signal (box_prepare). A command still checks its
	 * own capability sets, empties its signal mask and sets
	 * no_new_privs (exec_program). */
	box_prepare();
	box_seccomp(plan);
	/* with the work directory, the box's own /dev/pts, where the
	 * supervisor opens its commands' terminals */
	int dirs[2] = {open(child_work_dir(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC),
		       open("/dev/pts", O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)};
	if (dirs[0] < 0 || dirs[1] < 0)
		child_die("open ", dirs[0] < 0 ? child_work_dir() : "/dev/pts");
	if (send_fds(plan->collect_fd, "w", 1, dirs, 2) != 1)
		child_die("hand the work directory to the supervisor", NULL);
	close(plan->collect_fd);
	close(dirs[0]);
	close(dirs[1]);

	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	if (sigprocmask(SIG_BLOCK, &chld, NULL) < 0)
		_exit(1);
	int sfd = signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK);
	if (sfd < 0)
		_exit(1);
	/* From now on init's own report socket only tells, by closing,
	 * that init is gone. */
	for (;;) {
		struct pollfd p[2] = {{ctl, POLLIN, 0}, {sfd, POLLIN, 0}};
		if (poll(p, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			_exit(1);
		}
		if (p[1].revents) {
			struct signalfd_siginfo si;
			while (read(sfd, &si, sizeof(si)) == (ssize_t)sizeof(si))
				;
			reap();
		}
		if (!p[0].revents)
			continue;
		struct box_msg m;
		int fds[BOX_EXEC_FDS], nfds = 0;
		bool cut = false;
		ssize_t n = recv_fds(ctl, &m, sizeof(m), fds, BOX_EXEC_FDS, &nfds, MSG_DONTWAIT, &cut);
		if (n < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (n <= 0)
			_exit(0); /* the supervisor ended the box */
		if ((size_t)n != sizeof(m) || cut || m.magic != BOX_MSG_MAGIC) {
			close_all(fds, nfds);
			continue;
		}
		if (m.kind == BOX_MSG_EXEC)
			start_command(plan, &m, fds, nfds);
		else if (m.kind == BOX_MSG_CONNECT && nfds == 1)
			connect_port(m.flags, fds[0]);
		else {
			close_all(fds, nfds);
			if (m.kind == BOX_MSG_KILL)
				kill_command(m.slot);
			else if (m.kind == BOX_MSG_SIGNAL && m.slot < BOX_MAX_EXECS &&
				 slots[m.slot].pid > 0 && m.flags > 0 && m.flags < 65)
				kill(slots[m.slot].pid, (int)m.flags);
		}
	}
}
