/* The setup's small helpers (engine/child_internal.h): no allocation. */
#include "engine/child_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

const struct child_plan *child_now;

/* Where the program runs: /work, or a box's /home/user (engine/box.h). */
const char *child_work_dir(void)
{
	return P->workdir ? P->workdir : SANDBOX_WORKDIR;
}

size_t child_cat(char *dst, size_t cap, const char *a, const char *b)
{
	size_t n = 0;
	for (; a && *a && n + 1 < cap; a++)
		dst[n++] = *a;
	for (; b && *b && n + 1 < cap; b++)
		dst[n++] = *b;
	dst[n] = '\0';
	return n;
}

void child_report(uint32_t kind, uint32_t step, int wstatus, int errnum, const char *what,
		   const char *arg)
{
	struct report r;
	memset(&r, 0, sizeof(r));
	r.kind = kind;
	r.step = step;
	r.wstatus = wstatus;
	r.errnum = errnum;
	child_cat(r.msg, sizeof(r.msg), what, arg);
	(void)!send(P->report_fd, &r, sizeof(r), MSG_NOSIGNAL);
}

/* Setup failed: tell the supervisor why, and end. */
_Noreturn void child_die(const char *what, const char *arg)
{
	child_report(REPORT_SETUP_FAILED, 0, 0, errno, what, arg);
	_exit(1);
}

_Noreturn void child_die_exec(uint32_t step, const char *what, const char *arg)
{
	child_report(REPORT_EXEC_FAILED, step, 0, errno, what, arg);
	_exit(127);
}


int child_make_ro(const char *path, bool recursive, uint64_t extra)
{
	struct mount_attr attr = {
	    .attr_set = MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV | extra,
	};
	return (int)syscall(SYS_mount_setattr, AT_FDCWD, path, recursive ? AT_RECURSIVE : 0, &attr,
			    sizeof(attr));
}

/* mkdir -p of dst's parent directories (below the new root). */
void child_make_parents(const char *dst)
{
	char path[PATH_MAX];
	size_t n = child_cat(path, sizeof(path), dst, NULL);

	for (size_t i = sizeof(NEWROOT); i < n; i++) {
		if (path[i] != '/')
			continue;
		path[i] = '\0';
		if (mkdir(path, 0755) < 0 && errno != EEXIST)
			child_die("mkdir ", path);
		path[i] = '/';
	}
}

void child_mount_point(const char *dst, bool dir)
{
	child_make_parents(dst);
	if (dir) {
		if (mkdir(dst, 0755) < 0 && errno != EEXIST)
			child_die("mkdir ", dst);
	} else {
		int fd = open(dst, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
		if (fd < 0)
			child_die("create mount point ", dst);
		close(fd);
	}
}

void child_bind_ro(const char *src, const char *dst, bool dir)
{
	child_mount_point(dst, dir);
	if (mount(src, dst, NULL, MS_BIND | MS_REC, NULL) < 0)
		child_die("bind mount ", src);
	if (child_make_ro(dst, true, 0) < 0)
		child_die("make read-only ", dst);
}

/* Privileges were dropped by pid 1 before it forked us; check that nothing
 * is left rather than trust it (fail closed). bounding: the bounding set
 * too (a box's command inherits the one its init checked). */
int child_verify_no_capabilities(bool bounding)
{
	struct __user_cap_header_struct hdr = {_LINUX_CAPABILITY_VERSION_3, 0};
	struct __user_cap_data_struct data[2];

	if (syscall(SYS_capget, &hdr, data) < 0)
		return -1;
	for (int i = 0; i < 2; i++)
		if (data[i].effective || data[i].permitted || data[i].inheritable) {
			errno = EPERM;
			return -1;
		}
	for (int cap = 0; bounding && cap <= P->eng->cap_last_cap; cap++)
		if (prctl(PR_CAPBSET_READ, cap, 0, 0, 0) == 1) {
			errno = EPERM;
			return -1;
		}
	return 0;
}

/* actions: every signal's action too (a box's command inherits the
 * default ones its init set: box_init.c). */
void child_reset_signals(bool actions)
{
	sigset_t none;
	/* the kernel's struct sigaction, all zero: SIG_DFL, no flags, an
	 * empty mask (whatever the architecture's field order). The raw call,
	 * because glibc's sigaction refuses the two signals it reserves (32
	 * and 33), and one ignored by whatever started airlock would stay
	 * ignored in the program. */
	unsigned long dfl[8] = {0};

	for (int sig = 1; actions && sig < NSIG; sig++)
		if (sig != SIGKILL && sig != SIGSTOP)
			(void)syscall(SYS_rt_sigaction, sig, dfl, NULL, (size_t)(NSIG / 8));
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
}
