/*
 * Shared cgroup helpers (used by both backends) and the reaper.
 *
 * Why a reaper: processes, mounts and the scratch tmpfs of a run live in its
 * namespaces and die with it (the sandbox's init has PDEATHSIG, and when a
 * pid namespace's init dies the kernel kills the rest). A cgroup directory
 * does not: if `airlock run` is killed with SIGKILL it would stay behind.
 * So for each run a small process is cloned (sharing memory, so it costs no
 * page-table copy) in its own session; it waits on a socket. At the end of
 * a run the supervisor hands it a pidfd of the sandbox's init ("r"): the
 * reaper removes the cgroups the moment init has exited and exits itself,
 * so that the supervisor waits for one process, not for init and then for
 * its own removal and the reaper's exit one after the other. "d" dismisses
 * it (the supervisor removed them). If the socket closes without either,
 * the supervisor died and the reaper kills what is left in the cgroups and
 * removes them. It touches only paths prepared beforehand and uses only
 * system calls.
 */
#include "engine/cgroup.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common/fdpass.h"
#include "common/util.h"

void cgroup_init(struct cgroup *cg, const struct cgroup_backend *be)
{
	memset(cg, 0, sizeof(*cg));
	cg->be = be;
	cg->freezer = -1;
	cg->cpu_fd = cg->peak_fd = cg->cur_fd = -1;
	for (size_t i = 0; i < ARRAY_SIZE(cg->stat_fd); i++)
		cg->stat_fd[i] = -1;
	for (int i = 0; i < CGROUP_MAX_DIRS; i++)
		cg->dirfd[i] = -1;
}

static int parse_u64(const char *buf, uint64_t *out)
{
	char *end;

	errno = 0;
	*out = strtoull(buf, &end, 10);
	return errno != 0 || end == buf ? -1 : 0;
}

static int parse_key(char *buf, const char *key, uint64_t *out)
{
	size_t klen = strlen(key);

	for (char *line = buf; line && *line;
	     line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
		if (strncmp(line, key, klen) == 0 && line[klen] == ' ') {
			*out = strtoull(line + klen + 1, NULL, 10);
			return 0;
		}
	}
	errno = ENOENT;
	return -1;
}

/* The whole of a small file kept open, from its start. */
static int pread_all(int fd, char *buf, size_t size)
{
	ssize_t n = fd < 0 ? -1 : pread(fd, buf, size - 1, 0);

	if (n < 0)
		return -1;
	buf[n] = '\0';
	return 0;
}

int cgroup_read_u64(int dirfd, const char *file, uint64_t *out)
{
	char buf[64];

	if (read_file_at(dirfd, file, buf, sizeof(buf)) < 0)
		return -1;
	return parse_u64(buf, out);
}

int cgroup_read_key(int dirfd, const char *file, const char *key, uint64_t *out)
{
	char buf[4096];

	if (read_file_at(dirfd, file, buf, sizeof(buf)) < 0)
		return -1;
	return parse_key(buf, key, out);
}

int cgroup_pread_u64(int fd, uint64_t *out)
{
	char buf[64];

	if (pread_all(fd, buf, sizeof(buf)) < 0)
		return -1;
	return parse_u64(buf, out);
}

int cgroup_pread_key(int fd, const char *key, uint64_t *out)
{
	char buf[4096];

	if (pread_all(fd, buf, sizeof(buf)) < 0)
		return -1;
	return parse_key(buf, key, out);
}

int cgroup_make_parent(const struct cgroup *cg, int i, char *parent, size_t size, err_t *err)
{
	snprintf(parent, size, "%s", cg->path[i]);
	char *slash = strrchr(parent, '/');
	if (slash == NULL || slash == parent)
		return err_set(err, EINVAL, "cgroup path %s has no parent", cg->path[i]);
	*slash = '\0';
	if (mkdir(parent, 0755) < 0 && errno != EEXIST)
		return err_set(err, errno, "mkdir %s", parent);
	return 0;
}

int cgroup_make_dir(struct cgroup *cg, int i, err_t *err)
{
	if (i != cg->ndirs || i >= cg->nplanned)
		return err_set(err, EINVAL, "cgroup directory %d is not the next planned one", i);
	if (mkdir(cg->path[i], 0755) < 0)
		return err_set(err, errno, "mkdir %s", cg->path[i]);
	cg->ndirs = i + 1;
	cg->dirfd[i] = open(cg->path[i], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (cg->dirfd[i] < 0)
		return err_set(err, errno, "open %s", cg->path[i]);
	return 0;
}

int cgroup_create(struct cgroup *cg, const char *root, const char *parent, const char *id,
		  err_t *err)
{
	cg->be->plan(cg, root, parent, id);
	return cg->be->make(cg, err);
}

int cgroup_attach_all(struct cgroup *cg, pid_t pid, err_t *err)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%d", (int)pid);
	for (int i = 0; i < cg->ndirs; i++)
		if (write_file_at(cg->dirfd[i], "cgroup.procs", buf, err) < 0)
			return err_wrap(err, "cannot move the sandbox into %s", cg->path[i]);
	return 0;
}

int cgroup_open_join(const struct cgroup *cg, int fds[CGROUP_MAX_DIRS], err_t *err)
{
	int n = 0;

	if (cg->be->join_file == NULL)
		return 0;
	for (; n < cg->ndirs; n++) {
		fds[n] = openat(cg->dirfd[n], cg->be->join_file, O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
		if (fds[n] < 0) {
			err_set(err, errno, "cannot open %s/%s", cg->path[n], cg->be->join_file);
			while (n > 0)
				close(fds[--n]);
			return -1;
		}
	}
	return n;
}

int cgroup_kill_procs(int dirfd)
{
	char buf[8192];
	int n = 0;

	if (read_file_at(dirfd, "cgroup.procs", buf, sizeof(buf)) < 0)
		return 0;
	for (char *p = buf; *p;) {
		char *end;
		long pid = strtol(p, &end, 10);
		if (end == p)
			break;
		if (pid > 0 && kill((pid_t)pid, SIGKILL) == 0)
			n++;
		p = end;
		while (*p == '\n')
			p++;
	}
	return n;
}

static void close_files(struct cgroup *cg)
{
	int *fds[] = {&cg->cpu_fd,     &cg->peak_fd,	&cg->cur_fd,	&cg->stat_fd[0],
		      &cg->stat_fd[1], &cg->stat_fd[2], &cg->stat_fd[3]};
	for (size_t i = 0; i < ARRAY_SIZE(fds); i++)
		if (*fds[i] >= 0) {
			close(*fds[i]);
			*fds[i] = -1;
		}
}

static void close_dir(struct cgroup *cg, int i)
{
	if (cg->dirfd[i] >= 0) {
		close(cg->dirfd[i]);
		cg->dirfd[i] = -1;
	}
}

void cgroup_forget(struct cgroup *cg)
{
	close_files(cg);
	for (int i = 0; i < cg->ndirs; i++)
		close_dir(cg, i);
	cg->ndirs = 0;
}

int cgroup_remove_dirs(struct cgroup *cg, err_t *err)
{
	int ret = 0;

	close_files(cg);
	for (int i = 0; i < cg->ndirs; i++) {
		/* A cgroup can stay busy for a moment after its last process
		 * died: retry, quickly at first, for up to about two seconds. */
		long wait_us = 20, waited_us = 0;
		while (rmdir(cg->path[i]) < 0) {
			if (errno == ENOENT)
				break;
			if (errno != EBUSY || waited_us > 2000000) {
				ret = err_set(err, errno, "cannot remove cgroup %s", cg->path[i]);
				break;
			}
			if (cg->dirfd[i] >= 0) {
				cgroup_kill_procs(cg->dirfd[i]);
				cgroup_thaw_at(cg->dirfd[i]);
			}
			struct timespec ts = {0, wait_us * 1000};
			nanosleep(&ts, NULL);
			waited_us += wait_us;
			if (wait_us < 10000)
				wait_us *= 2;
		}
		close_dir(cg, i);
	}
	cg->ndirs = 0;
	return ret;
}

/* ---- the freezer ---- */

static void write_at(int dirfd, const char *file, const char *val, size_t n)
{
	int fd = (int)syscall(SYS_openat, dirfd, file, O_WRONLY | O_CLOEXEC);
	if (fd >= 0) {
		(void)!syscall(SYS_write, fd, val, n);
		syscall(SYS_close, fd);
	}
}

void cgroup_thaw_at(int dirfd)
{
	write_at(dirfd, "freezer.state", "THAWED", 6);
	write_at(dirfd, "cgroup.freeze", "0", 1);
}

#define FREEZE_WAIT_MS 5000

/* The directory of its freezer, or -1. */
static int freezer_dir(const struct cgroup *cg)
{
	bool v1 = cg->be->kind == ENF_CGROUP_V1;
	int dfd = v1 ? (cg->freezer >= 0 && cg->freezer < cg->ndirs ? cg->dirfd[cg->freezer] : -1)
		     : (cg->ndirs > 0 ? cg->dirfd[0] : -1);

	if (dfd < 0 || faccessat(dfd, v1 ? "freezer.state" : "cgroup.freeze", W_OK, 0) < 0)
		return -1;
	return dfd;
}

bool cgroup_can_freeze(const struct cgroup *cg)
{
	return freezer_dir(cg) >= 0;
}

int cgroup_freeze(struct cgroup *cg, bool frozen, err_t *err)
{
	bool v1 = cg->be->kind == ENF_CGROUP_V1;
	int dfd = freezer_dir(cg);
	char buf[256];

	if (dfd < 0)
		return err_say(err, ENOTSUP, "the cgroup has no freezer");
	if (write_file_at(dfd, v1 ? "freezer.state" : "cgroup.freeze",
			  v1 ? (frozen ? "FROZEN" : "THAWED") : (frozen ? "1" : "0"), err) < 0)
		return -1;
	/* v1: freezer.state says FREEZING until every task is; v2:
	 * cgroup.events' "frozen" */
	for (long waited = 0, us = 100;; waited += us, us = us < 20000 ? us * 2 : us) {
		bool done;
		if (v1) {
			done = read_file_at(dfd, "freezer.state", buf, sizeof(buf)) > 0 &&
			       strncmp(buf, frozen ? "FROZEN" : "THAWED", 6) == 0;
		} else {
			uint64_t v = 2;
			done = cgroup_read_key(dfd, "cgroup.events", "frozen", &v) == 0 &&
			       v == (frozen ? 1 : 0);
		}
		if (done)
			return 0;
		if (waited / 1000 >= FREEZE_WAIT_MS)
			break;
		/* v1: freezing can be incomplete -- a task busy where it
		 * cannot be frozen -- and the state then stays FREEZING until
		 * userspace writes FROZEN again (cgroup-v1/freezer-subsys.rst):
		 * asked again every 200 ms */
		if (v1 && frozen && waited >= 200000 && waited % 200000 < us)
			(void)write_file_at(dfd, "freezer.state", "FROZEN", NULL);
		struct timespec ts = {0, us * 1000};
		nanosleep(&ts, NULL);
	}
	if (frozen)
		cgroup_thaw_at(dfd);
	return err_say(err, EBUSY, "the cgroup's processes did not %s within %d ms",
		       frozen ? "freeze" : "thaw", FREEZE_WAIT_MS);
}

/* ---- reaper ---- */

#define REAPER_STACK (128 * 1024)

/* Lives at the bottom of the reaper's stack block: the reaper reads nothing
 * that the supervisor could free or overwrite. */
struct reaper_arg {
	int rfd;
	int npaths;
	char paths[CGROUP_MAX_DIRS][PATH_MAX];
};

/* Removes the cgroups, killing what is left in them (a cgroup is busy
 * while a process is in it, and for a moment after), for up to about ten
 * seconds; 0 when every directory is gone. */
static int reaper_remove(const struct reaper_arg *a)
{
	long wait_us = 20;
	bool failed = false;

	for (int round = 0; round < 2000; round++) {
		int left = 0;
		failed = false;
		for (int i = 0; i < a->npaths; i++) {
			if (syscall(SYS_rmdir, a->paths[i]) == 0 || errno == ENOENT)
				continue;
			if (errno != EBUSY) {
				failed = true;
				continue;
			}
			left++;
			int dfd = (int)syscall(SYS_openat, AT_FDCWD, a->paths[i],
					       O_RDONLY | O_DIRECTORY | O_CLOEXEC);
			if (dfd >= 0) {
				cgroup_kill_procs(dfd);
				cgroup_thaw_at(dfd);
				syscall(SYS_close, dfd);
			}
		}
		if (left == 0)
			return failed ? -1 : 0;
		struct timespec ts = {0, wait_us * 1000};
		syscall(SYS_nanosleep, &ts, NULL);
		if (wait_us < 5000)
			wait_us *= 2;
	}
	return -1;
}

static int reaper_main(void *p)
{
	const struct reaper_arg *a = p;
	sigset_t all;
	char c = 0;
	ssize_t n;
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(sizeof(int))];
	} ctl;
	struct iovec iov = {&c, 1};
	struct msghdr msg = {.msg_iov = &iov,
			     .msg_iovlen = 1,
			     .msg_control = ctl.buf,
			     .msg_controllen = sizeof(ctl.buf)};

	/* Ctrl-C goes to airlock's process group, which handles it; the
	 * reaper must outlive a SIGKILL of airlock, so it leaves the group. */
	sigfillset(&all);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all, NULL, sizeof(long));
	syscall(SYS_setsid);
	/* its own name in ps (the command line is airlock's: same memory) */
	syscall(SYS_prctl, PR_SET_NAME, "airlock-reaper", 0, 0, 0);
	syscall(SYS_close_range, 0, a->rfd - 1, 0);
	syscall(SYS_close_range, a->rfd + 1, ~0U, 0);

	do
		n = syscall(SYS_recvmsg, a->rfd, &msg, MSG_CMSG_CLOEXEC);
	while (n < 0 && errno == EINTR);
	if (n == 1 && c == 'd')
		syscall(SYS_exit, 0);
	struct cmsghdr *cm = CMSG_FIRSTHDR(&msg);
	if (n == 1 && c == 'r' && cm && cm->cmsg_level == SOL_SOCKET &&
	    cm->cmsg_type == SCM_RIGHTS) {
		/* the sandbox's init: readable once it has exited, and with
		 * it the last process of the cgroups */
		struct pollfd pfd = {0, POLLIN, 0};
		memcpy(&pfd.fd, CMSG_DATA(cm), sizeof(int));
		while (syscall(SYS_poll, &pfd, 1, -1) < 0 && errno == EINTR)
			;
		syscall(SYS_exit, reaper_remove(a) == 0 ? 0 : 1);
	}
	/* The supervisor is gone: empty and remove the cgroups. */
	reaper_remove(a);
	syscall(SYS_exit, 0);
	return 0;
}

int reaper_start(struct reaper *r, const struct cgroup *cg, err_t *err)
{
	int fds[2];
	struct reaper_arg *arg;

	memset(r, 0, sizeof(*r));
	r->pid = -1;
	r->fd = -1;
	for (int i = 0; i < cg->nplanned; i++)
		memcpy(r->paths[i], cg->path[i], sizeof(r->paths[i]));
	r->npaths = cg->nplanned;
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, fds) < 0)
		return err_set(err, errno, "cannot create the reaper's socket");
	/* The stack block stays allocated until reaper_finish() reaped it. */
	r->stack = xmalloc(REAPER_STACK);
	arg = r->stack;
	arg->rfd = fds[0];
	arg->npaths = r->npaths;
	memcpy(arg->paths, r->paths, sizeof(arg->paths));
	r->pid = clone(reaper_main, (char *)r->stack + REAPER_STACK, CLONE_VM | SIGCHLD, arg);
	if (r->pid < 0) {
		int saved = errno;
		close(fds[0]);
		close(fds[1]);
		free(r->stack);
		r->stack = NULL;
		return err_set(err, saved, "cannot start cgroup reaper");
	}
	close(fds[0]);
	r->fd = fds[1];
	return 0;
}

int cgroup_create_reaped(struct cgroup *cg, struct reaper *r, const char *root, const char *parent,
			 const char *id, err_t *err)
{
	cg->be->plan(cg, root, parent, id);
	if (reaper_start(r, cg, err) < 0)
		return -1;
	if (cg->be->make(cg, err) < 0) {
		reaper_finish(r); /* make removed what it made */
		return -1;
	}
	return 0;
}

int reaper_hand_over(struct reaper *r, int pidfd)
{
	if (r->pid <= 0 || r->fd < 0)
		return -1;
	if (send_fds(r->fd, "r", 1, &pidfd, 1) != 1)
		return -1;
	close(r->fd);
	r->fd = -1;
	return 0;
}

int reaper_wait(struct reaper *r)
{
	int status = 0;
	pid_t w;

	while ((w = waitpid(r->pid, &status, 0)) < 0 && errno == EINTR)
		;
	free(r->stack);
	r->stack = NULL;
	r->pid = -1;
	return w > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

void reaper_finish(struct reaper *r)
{
	if (r->pid > 0) {
		if (r->fd >= 0) {
			(void)!send(r->fd, "d", 1, MSG_NOSIGNAL);
			close(r->fd);
		}
		while (waitpid(r->pid, NULL, 0) < 0 && errno == EINTR)
			;
	} else if (r->fd >= 0) {
		close(r->fd);
	}
	free(r->stack);
	r->stack = NULL;
	r->pid = -1;
	r->fd = -1;
}
