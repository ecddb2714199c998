/*
 * The syscall policy, kept as data.
 *
 * Default deny: a syscall that is not on the allow list fails with ENOSYS
 * (so runtimes fall back, e.g. glibc from clone3 to clone, whose flags we can
 * inspect). The allow list follows Docker's default profile for a container
 * without capabilities. A short list of escapes names the syscalls that no
 * program of ours needs and that are the first step of a known escape
 * (mounting, namespaces, keyrings, module loading, handle-based opens,
 * TIOCSTI): using one ends the whole run, reported as `syscall_denied`.
 *
 * Any process of the run may try an escape, not only the main one, and the
 * supervisor must see it whichever does. So the escapes do not kill the
 * caller (a child killed by SIGSYS is only a wait status its parent may
 * ignore): they stop it in the kernel and notify the supervisor
 * (SECCOMP_RET_USER_NOTIF), which records the syscall and the process and
 * ends the run. The syscall never runs: the supervisor never answers, and if
 * it dies the kernel fails the call with ENOSYS. On kernels without user
 * notification the same list kills the process instead (SIGSYS), as before.
 *
 * Three programs, loaded in this order (the kernel applies the most severe
 * verdict of all stacked filters, the newest filter winning a tie, and only
 * the filter that created the listener can notify):
 *   main          the allow list (default ENOSYS); the escapes notify, so
 *                 that without the guard they could never be allowed;
 *   guard_notify  default allow; the escapes, the namespace flags of clone
 *                 and unshare, and the TIOCSTI/TIOCLINUX ioctls notify. It
 *                 is loaded last with SECCOMP_FILTER_FLAG_NEW_LISTENER, so
 *                 it wins every tie and owns the listener;
 *   guard_kill    the same with SECCOMP_RET_KILL_PROCESS, for kernels
 *                 without user notification.
 * The argument checks live in the guard because libseccomp lets an
 * unconditional allow of a syscall (main's ioctl) win over conditional rules
 * in the same filter.
 *
 * Only the native ABI is allowed: an i386 (int 0x80) or x32 syscall is an
 * escape too (the nsjail/Kafel filters let them through). Arguments are
 * compared on the bits the kernel uses: ioctl's request is an unsigned int,
 * so a request with high bits set must still match TIOCSTI.
 *
 * The filters are compiled at build time into classic BPF
 * (tools/gen-seccomp.c); the sandbox child only loads the bytes (no
 * allocation after clone).
 */
#include "engine/internal.h"

#include <errno.h>
#include <linux/sched.h>
#include <seccomp.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>

/* clang-format off */
static const char *const allowed[] = {
	"accept", "accept4", "access", "alarm", "arch_prctl", "bind", "brk", "cachestat", "capget",
	"capset", "chdir", "chmod", "chown", "clock_getres", "clock_gettime", "clock_nanosleep",
	"close", "close_range", "connect", "copy_file_range", "creat", "dup", "dup2", "dup3",
	"epoll_create", "epoll_create1", "epoll_ctl", "epoll_pwait", "epoll_pwait2", "epoll_wait",
	"eventfd", "eventfd2", "execve", "execveat", "exit", "exit_group", "faccessat",
	"faccessat2", "fadvise64", "fallocate", "fchdir", "fchmod", "fchmodat", "fchmodat2",
	"fchown", "fchownat", "fcntl", "fdatasync", "fgetxattr", "flistxattr", "flock", "fork",
	"fremovexattr", "fsetxattr", "fstat", "fstatfs", "fsync", "ftruncate", "futex",
	"futex_waitv", "futimesat", "getcpu", "getcwd", "getdents", "getdents64", "getegid",
	"geteuid", "getgid", "getgroups", "getitimer", "getpeername", "getpgid", "getpgrp",
	"getpid", "getppid", "getpriority", "getrandom", "getresgid", "getresuid", "getrlimit",
	"get_robust_list", "getrusage", "getsid", "getsockname", "getsockopt", "get_thread_area",
	"gettid", "gettimeofday", "getuid", "getxattr", "inotify_add_watch", "inotify_init",
	"inotify_init1", "inotify_rm_watch", "io_cancel", "io_destroy", "io_getevents",
	"io_pgetevents", "ioprio_get", "ioprio_set", "io_setup", "io_submit", "kill",
	"landlock_add_rule", "landlock_create_ruleset", "landlock_restrict_self", "lchown",
	"lgetxattr", "link", "linkat", "listen", "listxattr", "llistxattr", "lremovexattr", "lseek",
	"lsetxattr", "lstat", "madvise", "membarrier", "memfd_create", "mincore", "mkdir",
	"mkdirat", "mknod", "mknodat", "mlock", "mlock2", "mlockall", "mmap", "mprotect",
	"mq_getsetattr", "mq_notify", "mq_open", "mq_timedreceive", "mq_timedsend", "mq_unlink",
	"mremap", "msgctl", "msgget", "msgrcv", "msgsnd", "msync", "munlock", "munlockall",
	"munmap", "nanosleep", "newfstatat", "open", "openat", "openat2", "pause", "pidfd_open",
	"pidfd_send_signal", "pipe", "pipe2", "pkey_alloc", "pkey_free", "pkey_mprotect", "poll",
	"ppoll", "prctl", "pread64", "preadv", "preadv2", "prlimit64", "process_mrelease",
	"pselect6", "ptrace", "pwrite64", "pwritev", "pwritev2", "read", "readahead", "readlink",
	"readlinkat", "readv", "recvfrom", "recvmmsg", "recvmsg", "remap_file_pages", "removexattr",
	"rename", "renameat", "renameat2", "restart_syscall", "rmdir", "rseq", "rt_sigaction",
	"rt_sigpending", "rt_sigprocmask", "rt_sigqueueinfo", "rt_sigreturn", "rt_sigsuspend",
	"rt_sigtimedwait", "rt_tgsigqueueinfo", "sched_getaffinity", "sched_getattr",
	"sched_getparam", "sched_get_priority_max", "sched_get_priority_min", "sched_getscheduler",
	"sched_rr_get_interval", "sched_setaffinity", "sched_setattr", "sched_setparam",
	"sched_setscheduler", "sched_yield", "seccomp", "select", "semctl", "semget", "semop",
	"semtimedop", "sendfile", "sendmmsg", "sendmsg", "sendto", "setfsgid", "setfsuid", "setgid",
	"setgroups", "setitimer", "setpgid", "setpriority", "setregid", "setresgid", "setresuid",
	"setreuid", "setrlimit", "set_robust_list", "setsid", "setsockopt", "set_thread_area",
	"set_tid_address", "setuid", "setxattr", "shmat", "shmctl", "shmdt", "shmget", "shutdown",
	"sigaltstack", "signalfd", "signalfd4", "splice", "stat", "statfs", "statx", "symlink",
	"symlinkat", "sync", "sync_file_range", "syncfs", "sysinfo", "tee", "tgkill", "time",
	"timer_create", "timer_delete", "timer_getoverrun", "timer_gettime", "timer_settime",
	"timerfd_create", "timerfd_gettime", "timerfd_settime", "times", "tkill", "truncate",
	"umask", "uname", "unlink", "unlinkat", "utime", "utimensat", "utimes", "vfork", "vmsplice",
	"wait4", "waitid", "write", "writev", "process_vm_readv", "process_vm_writev",
};
/* clang-format on */

/* Each of these is the first step of a known escape or host attack; using
 * one ends the run (status syscall_denied). */
/* clang-format off */
static const char *const escapes[] = {
	"mount", "umount2", "pivot_root", "chroot", "fsopen", "fsconfig", "fsmount", "fspick",
	"move_mount", "open_tree", "mount_setattr", "setns", "open_by_handle_at",
	"name_to_handle_at", "kexec_load", "kexec_file_load", "init_module", "finit_module",
	"delete_module", "reboot", "swapon", "swapoff", "keyctl", "add_key", "request_key", "bpf",
	"iopl", "ioperm", "acct", "settimeofday", "clock_settime", "clock_adjtime", "adjtimex",
	"quotactl", "quotactl_fd", "lookup_dcookie", "nfsservctl", "uselib", "vhangup",
	"modify_ldt", "create_module", "get_kernel_syms", "query_module", "_sysctl", "sysfs",
	"ustat", "vm86", "vm86old",
};
/* clang-format on */

/* Denied with an errno because runtimes probe them and fall back: killing
 * here would kill every Node.js program (libuv tries io_uring at start). */
static const struct {
	const char *name;
	int errnum;
} refused[] = {
    {"io_uring_setup", EPERM}, {"io_uring_enter", EPERM},  {"io_uring_register", EPERM},
    {"userfaultfd", EPERM},    {"perf_event_open", EPERM}, {"clone3", ENOSYS},
    {"kcmp", EPERM},	       {"syslog", EPERM},	   {"fanotify_init", EPERM},
    {"mbind", EPERM},	       {"set_mempolicy", EPERM},   {"get_mempolicy", EPERM},
    {"move_pages", EPERM},     {"migrate_pages", EPERM},   {"pidfd_getfd", EPERM},
    {"memfd_secret", EPERM},   {"process_madvise", EPERM},
};

#define NS_FLAGS                                                                                   \
	(CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET | \
	 CLONE_NEWCGROUP | 0x00000080 /* CLONE_NEWTIME */)

#define MAIN_DEFAULT SCMP_ACT_ERRNO(ENOSYS)

/* Adds one rule; `def` is the filter's default action (a rule that repeats
 * it is nothing to add). */
static int add(scmp_filter_ctx ctx, uint32_t def, uint32_t action, const char *name,
	       unsigned int argc, const struct scmp_arg_cmp *args, err_t *err)
{
	int nr = seccomp_syscall_resolve_name(name);
	int r;

	if (nr == __NR_SCMP_ERROR)
		return 0; /* not a syscall of this architecture */
	r = seccomp_rule_add_array(ctx, action, nr, argc, args);
	if (r == -EACCES && action == def)
		return 0;
	if (r < 0)
		return err_set(err, -r, "cannot add seccomp rule for %s", name);
	return 0;
}

static int add_escapes(scmp_filter_ctx ctx, uint32_t def, uint32_t action, err_t *err)
{
	for (size_t i = 0; i < ARRAY_SIZE(escapes); i++)
		if (add(ctx, def, action, escapes[i], 0, NULL, err) < 0)
			return -1;
	return 0;
}

/* clone and unshare with a namespace flag are escapes: creating namespaces
 * is how an unprivileged process reaches kernel attack surface that is
 * otherwise root-only. Without one they are allowed (main only: the guard
 * allows by default). */
static int add_namespace_rules(scmp_filter_ctx ctx, uint32_t def, uint32_t action, err_t *err)
{
	static const char *const calls[] = {"clone", "unshare"};

	for (size_t c = 0; c < ARRAY_SIZE(calls); c++) {
		struct scmp_arg_cmp none = SCMP_A0(SCMP_CMP_MASKED_EQ, NS_FLAGS, 0);
		if (add(ctx, def, SCMP_ACT_ALLOW, calls[c], 1, &none, err) < 0)
			return -1;
		for (int bit = 0; bit < 32; bit++) {
			uint64_t flag = 1ull << bit;
			if (!(NS_FLAGS & flag))
				continue;
			struct scmp_arg_cmp set = SCMP_A0(SCMP_CMP_MASKED_EQ, flag, flag);
			if (add(ctx, def, action, calls[c], 1, &set, err) < 0)
				return -1;
		}
	}
	return 0;
}

/* TIOCSTI pushes characters into a terminal's input; TIOCLINUX can do the
 * same on a virtual console; TIOCSETD puts another line discipline on a
 * terminal (a box's programs have terminals of their own), the kernel code
 * of several escalations (n_hdlc CVE-2017-2636, n_gsm CVE-2023-6546). The
 * kernel truncates the request to 32 bits, so the comparison masks the
 * high half. */
static int add_ioctl_rules(scmp_filter_ctx ctx, uint32_t def, uint32_t action, err_t *err)
{
	static const unsigned long denied[] = {TIOCSTI, TIOCLINUX, TIOCSETD};

	for (size_t i = 0; i < ARRAY_SIZE(denied); i++) {
		struct scmp_arg_cmp eq = SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffu, denied[i]);
		if (add(ctx, def, action, "ioctl", 1, &eq, err) < 0)
			return -1;
	}
	return 0;
}

/* Sockets of the families a program needs; no AF_PACKET, AF_ALG, AF_VSOCK,
 * and netlink only for routing queries (getaddrinfo), which see nothing but
 * the sandbox's own network namespace. */
static int add_socket_rules(scmp_filter_ctx ctx, err_t *err)
{
	static const int families[] = {AF_UNIX, AF_INET, AF_INET6};
	static const char *const calls[] = {"socket", "socketpair"};

	for (size_t c = 0; c < ARRAY_SIZE(calls); c++)
		for (size_t i = 0; i < ARRAY_SIZE(families); i++) {
			struct scmp_arg_cmp fam = SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)families[i]);
			if (add(ctx, MAIN_DEFAULT, SCMP_ACT_ALLOW, calls[c], 1, &fam, err) < 0)
				return -1;
		}
	struct scmp_arg_cmp route[] = {SCMP_A0(SCMP_CMP_EQ, AF_NETLINK),
				       SCMP_A2(SCMP_CMP_EQ, 0 /* NETLINK_ROUTE */)};
	return add(ctx, MAIN_DEFAULT, SCMP_ACT_ALLOW, "socket", 2, route, err);
}

/* personality: only the values Docker allows (no ADDR_NO_RANDOMIZE, no
 * READ_IMPLIES_EXEC). */
static int add_personality_rules(scmp_filter_ctx ctx, err_t *err)
{
	static const scmp_datum_t ok[] = {0x0, 0x8, 0x20000, 0x20008, 0xffffffff};

	for (size_t i = 0; i < ARRAY_SIZE(ok); i++) {
		struct scmp_arg_cmp eq = SCMP_A0(SCMP_CMP_EQ, ok[i]);
		if (add(ctx, MAIN_DEFAULT, SCMP_ACT_ALLOW, "personality", 1, &eq, err) < 0)
			return -1;
	}
	return 0;
}

static int build_main(scmp_filter_ctx ctx, err_t *err)
{
	const uint32_t def = MAIN_DEFAULT;

	for (size_t i = 0; i < ARRAY_SIZE(allowed); i++)
		if (add(ctx, def, SCMP_ACT_ALLOW, allowed[i], 0, NULL, err) < 0)
			return -1;
	for (size_t i = 0; i < ARRAY_SIZE(refused); i++)
		if (add(ctx, def, SCMP_ACT_ERRNO((uint32_t)refused[i].errnum), refused[i].name, 0,
			NULL, err) < 0)
			return -1;
	if (add(ctx, def, SCMP_ACT_ALLOW, "ioctl", 0, NULL, err) < 0 ||
	    add_escapes(ctx, def, SCMP_ACT_NOTIFY, err) < 0 ||
	    add_namespace_rules(ctx, def, SCMP_ACT_NOTIFY, err) < 0 ||
	    add_socket_rules(ctx, err) < 0 || add_personality_rules(ctx, err) < 0)
		return -1;
	return 0;
}

/* The guard: everything main allows passes; every escape gets `action`. */
static int build_guard(scmp_filter_ctx ctx, uint32_t action, err_t *err)
{
	const uint32_t def = SCMP_ACT_ALLOW;

	if (add_escapes(ctx, def, action, err) < 0 ||
	    add_namespace_rules(ctx, def, action, err) < 0 ||
	    add_ioctl_rules(ctx, def, action, err) < 0)
		return -1;
	return 0;
}

/* Compiles ctx to classic BPF bytes in a new buffer. Releases ctx. */
static int export_filter(scmp_filter_ctx ctx, struct sock_filter **prog, unsigned short *len,
			 err_t *err)
{
	cleanup_close int fd = memfd_create("airlock-seccomp", MFD_CLOEXEC);
	struct stat st;
	int r;

	if (fd < 0) {
		seccomp_release(ctx);
		return err_set(err, errno, "cannot create memfd for seccomp filter");
	}
	r = seccomp_export_bpf(ctx, fd);
	seccomp_release(ctx);
	if (r < 0)
		return err_set(err, -r, "cannot export seccomp filter");
	if (fstat(fd, &st) < 0)
		return err_set(err, errno, "cannot stat seccomp filter");
	if (st.st_size <= 0 || st.st_size % (off_t)sizeof(struct sock_filter) != 0 ||
	    st.st_size / (off_t)sizeof(struct sock_filter) > 65535)
		return err_set(err, 0, "seccomp filter has a bad size (%lld bytes)",
			       (long long)st.st_size);
	*prog = xmalloc((size_t)st.st_size);
	if (pread(fd, *prog, (size_t)st.st_size, 0) != st.st_size) {
		free(*prog);
		*prog = NULL;
		return err_set(err, errno, "cannot read seccomp filter");
	}
	*len = (unsigned short)(st.st_size / (off_t)sizeof(struct sock_filter));
	return 0;
}

/* A filter whose foreign-ABI syscalls (i386, x32) get `badarch`. */
static scmp_filter_ctx new_filter(uint32_t def, uint32_t badarch, err_t *err)
{
	scmp_filter_ctx ctx = seccomp_init(def);
	int r;

	if (ctx == NULL) {
		err_set(err, ENOMEM, "cannot create seccomp filter");
		return NULL;
	}
	r = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, badarch);
	if (r == 0)
		r = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2);
	if (r < 0) {
		seccomp_release(ctx);
		err_set(err, -r, "cannot configure seccomp filter");
		return NULL;
	}
	return ctx;
}

/* kind: 0 main, 1 guard that notifies, 2 guard that kills */
static int compile_one(int kind, struct sock_filter **prog, unsigned short *len, err_t *err)
{
	uint32_t act = kind == 2 ? SCMP_ACT_KILL_PROCESS : SCMP_ACT_NOTIFY;
	scmp_filter_ctx ctx = new_filter(kind == 0 ? MAIN_DEFAULT : SCMP_ACT_ALLOW, act, err);

	if (ctx == NULL)
		return -1;
	if ((kind == 0 ? build_main(ctx, err) : build_guard(ctx, act, err)) < 0) {
		seccomp_release(ctx);
		return -1;
	}
	return export_filter(ctx, prog, len, err);
}

int seccomp_compile(struct seccomp_progs *out, err_t *err)
{
	memset(out, 0, sizeof(*out));
	/* The filters are bytes for any kernel: libseccomp must not leave out
	 * an action because the build host's kernel lacks it (API level 5:
	 * user notification). */
	if (seccomp_api_get() < 5 && seccomp_api_set(5) < 0)
		return err_set(err, 0, "libseccomp is too old for user notification (API level 5)");
	if (compile_one(0, &out->main, &out->main_len, err) < 0 ||
	    compile_one(1, &out->guard_notify, &out->guard_notify_len, err) < 0 ||
	    compile_one(2, &out->guard_kill, &out->guard_kill_len, err) < 0) {
		seccomp_progs_free(out);
		return -1;
	}
	return 0;
}

void seccomp_progs_free(struct seccomp_progs *p)
{
	free(p->main);
	free(p->guard_notify);
	free(p->guard_kill);
	memset(p, 0, sizeof(*p));
}
