/*
 * Seccomp user notification, the supervisor's side.
 *
 * The guard filter (seccomp.c) stops any process of the run that tries an
 * escape and queues a notification on its listener, which the program's
 * process hands to the supervisor before it execs. The supervisor reads the
 * notification here: which syscall (by name, with the ABI when it is not the
 * native one) and which process (its pid inside the sandbox), and then ends
 * the run. It never answers: the stopped process dies with the sandbox, and
 * if the supervisor died first, closing the listener makes the kernel fail
 * the syscall with ENOSYS. Nothing is ever let through.
 */
#include "engine/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#define X32_SYSCALL_BIT 0x40000000u

size_t seccomp_listener_probe(const char **why)
{
	uint32_t action = SECCOMP_RET_USER_NOTIF;
	struct seccomp_notif_sizes sizes;

	if (syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action) < 0) {
		*why = "this kernel has no seccomp user notification (Linux 5.0 or later)";
		return 0;
	}
	if (syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes) < 0) {
		*why = "this kernel does not tell the size of seccomp notifications";
		return 0;
	}
	if (sizes.seccomp_notif > SECCOMP_NOTIF_MAX) {
		*why = "this kernel's seccomp notifications are larger than airlock knows";
		return 0;
	}
	*why = NULL;
	return sizes.seccomp_notif < sizeof(struct seccomp_notif) ? sizeof(struct seccomp_notif)
								  : sizes.seccomp_notif;
}

/* "mount"; "i386:mount", "x32:getpid" for the foreign ABIs. */
static void syscall_name(uint32_t arch, int nr, char *out, size_t cap)
{
	uint32_t token = arch;
	const char *abi = "";
	char *name;

	if (arch == AUDIT_ARCH_X86_64 && ((uint32_t)nr & X32_SYSCALL_BIT)) {
		token = SCMP_ARCH_X32;
		abi = "x32:";
	} else if (arch == AUDIT_ARCH_I386) {
		abi = "i386:";
	} else if (arch != seccomp_arch_native()) {
		snprintf(out, cap, "arch 0x%x:%d", arch, nr);
		return;
	}
	name = seccomp_syscall_resolve_num_arch(token, nr);
	if (name)
		snprintf(out, cap, "%s%s", abi, name);
	else
		snprintf(out, cap, "%s%d", abi, nr);
	free(name);
}

/* The process (thread group) of host thread tid, as the sandbox numbers it:
 * the last field of NStgid, the innermost pid namespace. 0 if unknown. */
static int sandbox_pid(pid_t tid)
{
	char path[64], buf[2048];
	const char *line, *last = NULL;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)tid);
	if (read_file_at(AT_FDCWD, path, buf, sizeof(buf)) <= 0)
		return 0;
	line = strstr(buf, "\nNStgid:");
	if (line == NULL)
		return 0;
	for (const char *p = line + 8; *p && *p != '\n'; p++)
		if ((*p >= '0' && *p <= '9') && (p[-1] == '\t' || p[-1] == ' ' || p[-1] == ':'))
			last = p;
	return last ? atoi(last) : 0;
}

int seccomp_listener_read(int fd, size_t size, struct denial *d)
{
	union {
		struct seccomp_notif n;
		unsigned char bytes[SECCOMP_NOTIF_MAX];
	} u;

	if (size > sizeof(u)) {
		errno = EINVAL;
		return -1;
	}
	memset(&u, 0, sizeof(u)); /* the kernel refuses a buffer that is not zeroed */
	if (ioctl(fd, SECCOMP_IOCTL_NOTIF_RECV, &u) < 0)
		return -1;
	memset(d, 0, sizeof(*d));
	d->present = true;
	syscall_name(u.n.data.arch, u.n.data.nr, d->syscall, sizeof(d->syscall));
	d->pid = sandbox_pid((pid_t)u.n.pid);
	/* The pid was read after the notification: it names the caller only if
	 * the caller is still there, stopped in this very syscall. */
	if (ioctl(fd, SECCOMP_IOCTL_NOTIF_ID_VALID, &u.n.id) < 0)
		d->pid = 0;
	return 0;
}
