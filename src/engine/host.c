/*
 * The host checks of host.h. Each tries the real thing in a child that
 * exits at once (namespaces, a /proc mount, a seccomp filter), so what is
 * reported is what a run would meet, and then reads the knobs that explain
 * a failure.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/util.h"
#include "engine/cgroup.h"
#include "engine/host.h"
#include "engine/internal.h"

#ifndef LANDLOCK_CREATE_RULESET_VERSION
#define LANDLOCK_CREATE_RULESET_VERSION (1U << 0)
#endif

#define NS_FLAGS                                                                                   \
	(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS)

#define SECCOMP_FIX                                                                                \
	"run the container with a profile that allows them: 'podman run --security-opt "        \
	"seccomp=unconfined' or 'docker run --security-opt seccomp=unconfined' (airlock installs " \
	"its own seccomp filter on every program)"

/* A small file's first number; -1 when it is not there. */
static long knob(const char *path)
{
	char buf[32];
	if (read_file_at(AT_FDCWD, path, buf, sizeof(buf)) <= 0)
		return -1;
	return strtol(buf, NULL, 10);
}

/* This process runs under a seccomp filter (a container's profile). */
static bool filtered(void)
{
	char buf[4096];
	ssize_t n = read_file_at(AT_FDCWD, "/proc/self/status", buf, sizeof(buf));
	const char *p = n > 0 ? strstr(buf, "\nSeccomp:") : NULL;
	return p && strtol(p + 9, NULL, 10) == 2;
}

/* Runs fn in a child and returns what it exited with (-1: it could not). */
static int in_child(int (*fn)(void))
{
	int status;
	pid_t pid = fork();

	if (pid < 0)
		return -1;
	if (pid == 0)
		_exit(fn());
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

#define SETHOSTNAME_REFUSED 250

/* 0; errno of unshare (1..99); 100 + errno of the /proc mount;
 * SETHOSTNAME_REFUSED. */
static int try_namespaces(void)
{
	if (unshare(NS_FLAGS) < 0)
		return errno < 100 ? errno : 99;
	pid_t pid = fork(); /* pid 1 of the new pid namespace */
	if (pid < 0)
		return 100 + (errno < 100 ? errno : 99);
	if (pid == 0) {
		if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0 ||
		    mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0)
			_exit(100 + (errno < 100 ? errno : 99));
		/* as the sandbox's setup does: /proc first, then the names */
		_exit(sethostname("airlock", 7) < 0 ? SETHOSTNAME_REFUSED : 0);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + EIO;
}

static int try_seccomp(void)
{
	struct sock_filter allow = BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	struct sock_fprog prog = {1, &allow};
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		return errno;
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) < 0)
		return errno;
	return 0;
}

/* Why unshare failed, and the fix: the knobs that turn user namespaces
 * off, in the order they are met. */
static void userns_cause(int errnum, char *detail, size_t dsize, char *fix, size_t fsize)
{
	if (geteuid() != 0 && knob("/proc/sys/kernel/unprivileged_userns_clone") == 0) {
		snprintf(detail, dsize,
			 "unprivileged user namespaces are off "
			 "(kernel.unprivileged_userns_clone = 0)");
		snprintf(fix, fsize,
			 "enable them: 'sysctl -w kernel.unprivileged_userns_clone=1' "
			 "(and in /etc/sysctl.d/ to keep it)");
	} else if (errnum == ENOSPC || knob("/proc/sys/user/max_user_namespaces") == 0) {
		snprintf(detail, dsize,
			 "no user namespace may be made "
			 "(user.max_user_namespaces = 0, or its limit is reached)");
		snprintf(fix, fsize,
			 "allow them: 'sysctl -w user.max_user_namespaces=15000' (and in "
			 "/etc/sysctl.d/ to keep it)");
	} else if (knob("/proc/sys/kernel/apparmor_restrict_unprivileged_userns") == 1) {
		snprintf(detail, dsize,
			 "AppArmor restricts unprivileged user namespaces "
			 "(Ubuntu 23.10 and later)");
		snprintf(fix, fsize,
			 "give airlock an AppArmor profile that allows them: write "
			 "/etc/apparmor.d/airlock with 'abi <abi/4.0>, include <tunables/global> "
			 "profile airlock /usr/local/bin/airlock flags=(unconfined) { userns, }' "
			 "(the path of your airlock binary) and load it with 'apparmor_parser -r "
			 "/etc/apparmor.d/airlock'");
	} else if (filtered() && (errnum == EPERM || errnum == ENOSYS)) {
		snprintf(detail, dsize,
			 "a seccomp profile around airlock refuses unshare (%s): a "
			 "container's default profile does",
			 strerror(errnum));
		snprintf(fix, fsize, "%s", SECCOMP_FIX);
	} else {
		snprintf(detail, dsize,
			 "unshare of user, mount, pid and network namespaces failed: "
			 "%s",
			 strerror(errnum));
		snprintf(fix, fsize,
			 "run airlock where user namespaces work (Linux >= 4.6 with "
			 "CONFIG_USER_NS; not inside a container that forbids them)");
	}
}

#define PROC_FIX                                                                                   \
	"let the container show /proc whole: 'podman run --security-opt unmask=ALL' or "           \
	"'docker run --security-opt systempaths=unconfined' (airlock's sandbox gets its own "      \
	"/proc either way)"

const char *host_setup_fix(const char *what, int errnum)
{
	if (errnum == EPERM && strcmp(what, "sethostname") == 0 && filtered())
		return "a seccomp profile around airlock refuses it (a container's default "
		       "does without CAP_SYS_ADMIN); " SECCOMP_FIX;
	if (errnum == EPERM && strcmp(what, "mount /proc") == 0)
		return "parts of the host's /proc are covered, as a container's runtime does to "
		       "hide them; " PROC_FIX;
	return NULL;
}

static void check_namespaces(struct host_check *ns, struct host_check *proc)
{
	int r = in_child(try_namespaces);

	ns->name = "namespaces";
	ns->required = true;
	proc->name = "/proc in a new pid namespace";
	proc->required = true;
	if (r < 0)
		r = EAGAIN;
	if (r > 0 && r < 100) {
		userns_cause(r, ns->detail, sizeof(ns->detail), ns->fix, sizeof(ns->fix));
		snprintf(proc->detail, sizeof(proc->detail), "not tried: no namespaces");
		snprintf(proc->fix, sizeof(proc->fix), "see namespaces");
		return;
	}
	if (r == SETHOSTNAME_REFUSED) {
		snprintf(ns->detail, sizeof(ns->detail),
			 "made, but sethostname in the sandbox's own uts namespace is refused%s",
			 filtered() ? " by a seccomp profile around airlock (a container's default "
				      "does without CAP_SYS_ADMIN)"
				    : "");
		snprintf(ns->fix, sizeof(ns->fix), "%s", SECCOMP_FIX);
		proc->ok = true;
		snprintf(proc->detail, sizeof(proc->detail), "mounted");
		return;
	}
	ns->ok = true;
	snprintf(ns->detail, sizeof(ns->detail), "user, mount, pid, network, ipc and uts");
	if (r == 0) {
		proc->ok = true;
		snprintf(proc->detail, sizeof(proc->detail), "mounted");
		return;
	}
	snprintf(proc->detail, sizeof(proc->detail),
		 "mounting proc failed: %s (parts of the host's /proc are covered, as a "
		 "container's runtime does to hide them)",
		 strerror(r - 100));
	snprintf(proc->fix, sizeof(proc->fix), "%s", PROC_FIX);
}

static void check_seccomp(struct host_check *c)
{
	const char *missing = NULL;
	int r = in_child(try_seccomp);

	c->name = "seccomp";
	c->required = true;
	if (r != 0) {
		snprintf(c->detail, sizeof(c->detail), "a seccomp filter cannot be installed: %s",
			 r > 0 ? strerror(r) : "the probe failed");
		snprintf(c->fix, sizeof(c->fix),
			 "use a kernel with CONFIG_SECCOMP_FILTER (every "
			 "distribution's has it)");
		return;
	}
	c->ok = true;
	if (seccomp_listener_probe(&missing) > 0)
		snprintf(c->detail, sizeof(c->detail), "filters, with user notification");
	else
		snprintf(c->detail, sizeof(c->detail),
			 "filters; no user notification (%s): a refused syscall kills the "
			 "program instead of being reported",
			 missing ? missing : "unknown");
}

static void check_landlock(struct host_check *c)
{
	long abi = syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
	int errnum = errno;

	c->name = "landlock";
	c->required = false;
	if (abi > 0) {
		c->ok = true;
		snprintf(c->detail, sizeof(c->detail), "ABI %ld", abi);
		return;
	}
	if (errnum == EOPNOTSUPP) {
		snprintf(c->detail, sizeof(c->detail),
			 "built into the kernel but not enabled at boot: the sandbox runs without "
			 "its file-system rules");
		snprintf(c->fix, sizeof(c->fix),
			 "add landlock to the kernel's lsm= boot parameter (the current list is in "
			 "/sys/kernel/security/lsm), e.g. lsm=landlock,lockdown,yama,apparmor,bpf");
	} else {
		snprintf(c->detail, sizeof(c->detail),
			 "not in this kernel (%s): the sandbox runs without its file-system rules",
			 strerror(errnum));
		snprintf(c->fix, sizeof(c->fix),
			 "use Linux 5.13 or later built with "
			 "CONFIG_SECURITY_LANDLOCK");
	}
}

#define CGROUP_RO_FIX                                                                              \
	"give the container a cgroup tree of its own it may write (cgroup v2 delegated to it: "  \
	"'podman run --cgroupns=private --security-opt unmask=/sys/fs/cgroup', or systemd's "     \
	"Delegate=yes), or run airlock as an ordinary user: rootless mode needs no cgroups"

/* The first of the hierarchy's directories airlock writes that is mounted
 * read-only (a container's default), or NULL. */
static const char *read_only_part(const char *root, const char *backend, char *buf, size_t size)
{
	static const char *const v1[] = {"memory", "pids", "cpuacct", "cpu,cpuacct"};
	struct statvfs sv;

	if (strstr(backend, "v2"))
		return statvfs(root, &sv) == 0 && (sv.f_flag & ST_RDONLY) ? root : NULL;
	for (size_t i = 0; i < ARRAY_SIZE(v1); i++) {
		snprintf(buf, size, "%s/%s", root, v1[i]);
		if (statvfs(buf, &sv) == 0 && (sv.f_flag & ST_RDONLY))
			return buf;
	}
	return NULL;
}

static void check_cgroups(struct host_check *c, bool rootless, const char *root)
{
	struct statvfs sv;
	const struct cgroup_backend *be;
	char part[300];
	const char *ro;

	c->name = "cgroups";
	c->required = !rootless;
	if (rootless) {
		c->ok = true;
		snprintf(c->detail, sizeof(c->detail),
			 "not used (rootless: CPU and memory read from /proc, rlimits)");
		return;
	}
	if ((be = cgroup_detect(root)) != NULL) {
		if ((ro = read_only_part(root, be->name, part, sizeof(part))) != NULL) {
			snprintf(c->detail, sizeof(c->detail),
				 "%s is mounted read-only (a container's default)", ro);
			snprintf(c->fix, sizeof(c->fix), "%s", CGROUP_RO_FIX);
			return;
		}
		c->ok = true;
		snprintf(c->detail, sizeof(c->detail), "%s at %s", be->name, root);
		return;
	}
	if (statvfs(root, &sv) == 0 && (sv.f_flag & ST_RDONLY)) {
		snprintf(c->detail, sizeof(c->detail),
			 "%s is mounted read-only (a container's default)", root);
		snprintf(c->fix, sizeof(c->fix), "%s", CGROUP_RO_FIX);
		return;
	}
	snprintf(c->detail, sizeof(c->detail),
		 "no usable hierarchy at %s (need v2 with memory and pids, or v1 memory, pids "
		 "and cpuacct)",
		 root);
	snprintf(c->fix, sizeof(c->fix),
		 "on cgroup v2, delegate the controllers to airlock's parent: 'echo \"+memory "
		 "+pids +cpu\" > %s/cgroup.subtree_control' (or systemd: Delegate=yes in "
		 "airlock's unit); or run airlock as an ordinary user (rootless mode)",
		 root);
}

void host_checks(struct host_check out[HOST_CHECKS], bool rootless, const char *cgroup_root)
{
	memset(out, 0, sizeof(*out) * HOST_CHECKS);
	check_namespaces(&out[HOST_USERNS], &out[HOST_PROC]);
	check_seccomp(&out[HOST_SECCOMP]);
	check_landlock(&out[HOST_LANDLOCK]);
	check_cgroups(&out[HOST_CGROUPS], rootless, cgroup_root ? cgroup_root : "/sys/fs/cgroup");
}

int host_cgroup_error(const char *cgroup_root, err_t *err)
{
	struct host_check c;

	memset(&c, 0, sizeof(c));
	check_cgroups(&c, false, cgroup_root);
	return err_say(err, ENOENT, "%s; %s", c.detail, c.fix);
}

int host_userns_error(int errnum, err_t *err)
{
	char detail[240], fix[480];

	if (errnum != EPERM && errnum != ENOSPC && errnum != EACCES && errnum != ENOSYS &&
	    errnum != EINVAL)
		return err_set(err, errnum, "cannot create the sandbox (clone)");
	userns_cause(errnum, detail, sizeof(detail), fix, sizeof(fix));
	return err_say(err, errnum, "cannot create the sandbox: %s; %s", detail, fix);
}
