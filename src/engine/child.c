/*
 * Inside the sandbox: the setup sequence of the sandbox's pid 1, and the
 * start of the program it supervises.
 *
 * This code runs right after clone() -- possibly from a multi-threaded
 * server -- so it never allocates, never takes a lock, never uses stdio and
 * calls no glibc function that coordinates threads (fork, setuid family):
 * everything it needs (strings, file contents, the seccomp filter) was
 * prepared by the supervisor before the clone. Failures are reported to the
 * supervisor on the report pipe as (context, errno) and end the child.
 *
 * The order is the kernel's (as in bubblewrap's main):
 *   wait for the uid map -> scratch tmpfs -> take the mapped identity ->
 *   private mount propagation -> new root in a ramfs: read-only binds,
 *   curated /etc, minimal /dev, fresh /proc with masks, scratch -> blank
 *   the supervisor's arguments and environment -> pivot_root -> hostname,
 *   loopback -> join the run's cgroup -> new cgroup namespace ->
 *   the program's files -> inner user namespace -> [per step] fork the
 *   program: new session, stdio,
 *   rlimits, securebits, drop every capability, no_new_privs, landlock,
 *   seccomp last, exec.
 */
#include "engine/child_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/securebits.h>
#include <linux/seccomp.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <grp.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/fdpass.h"
#include "engine/landlock.h"
#include "engine/warm.h"
#include "net/egress.h"

/* A ready sandbox's init: its cgroup and inner user namespaces, which its
 * program joins, and the run's cgroup's join files, through which it
 * joins the run's cgroup first (see child_ready_main); all sent with the
 * go. */
static int ready_fds[2 + CGROUP_MAX_DIRS] = {-1, -1};
static int ready_nfds = 2;
/* The scratch tmpfs, created before we take the sandbox's identity (see
 * create_scratch) and attached in make_scratch. */
static int scratch_mnt = -1;

static int write_all_fd(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, data, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

static int write_whole(const char *path, const char *data, size_t len, mode_t mode)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
	if (fd < 0)
		return -1;
	if (write_all_fd(fd, data, len) < 0) {
		close(fd);
		return -1;
	}
	return close(fd);
}

/* ---- setup steps ---- */

/* Keep all the fds the plan names; close every other inherited fd (a
 * server's sockets and database must not reach the sandbox). */
static void close_other_fds(void)
{
	int keep[6 + 2 * MAX_STEPS];
	int n = 0, lo = 0;

	keep[n++] = P->sync_fd;
	keep[n++] = P->report_fd;
	if (P->stdin_fd >= 0)
		keep[n++] = P->stdin_fd;
	if (P->collect_fd >= 0)
		keep[n++] = P->collect_fd;
	if (P->net == NET_EGRESS)
		keep[n++] = P->proxy_fd;
	if (P->box)
		keep[n++] = P->ctl_fd;
	for (int s = 0; s < P->nsteps; s++) {
		keep[n++] = P->steps[s].out_fd;
		keep[n++] = P->steps[s].err_fd;
	}
	for (int i = 1; i < n; i++) /* insertion sort: n is tiny */
		for (int j = i; j > 0 && keep[j - 1] > keep[j]; j--) {
			int t = keep[j];
			keep[j] = keep[j - 1];
			keep[j - 1] = t;
		}
	for (int i = 0; i < n; i++) {
		if (keep[i] > lo)
			syscall(SYS_close_range, lo, keep[i] - 1, 0);
		lo = keep[i] + 1;
	}
	syscall(SYS_close_range, lo, ~0U, 0);
}

/* Wait for the supervisor's word: 's' once it wrote our uid/gid maps.
 * EOF means the supervisor died: end quietly. */
static void wait_for_supervisor(void)
{
	char c;
	ssize_t n;
	do
		n = read(P->sync_fd, &c, 1);
	while (n < 0 && errno == EINTR);
	if (n != 1)
		_exit(1);
}

/* A process joins the run's cgroup through each of its join files, which
 * the supervisor opened (engine_release_sandbox). */
static int join_cgroup(const int *fds, int n)
{
	for (int i = 0; i < n; i++)
		if (write(fds[i], "0", 1) != 1)
			return -1;
	return 0;
}

/* The supervisor's word that the run's cgroup is ready ('c', or 's' for a
 * ready sandbox), with its join files (none: it moved us itself, or the
 * run has no cgroup); we join it. A ready sandbox's init keeps the files
 * for its program (ready_fds). */
static void join_run_cgroup(bool keep)
{
	int fds[CGROUP_MAX_DIRS], n = 0;
	char c;

	if (recv_fds(P->sync_fd, &c, 1, fds, CGROUP_MAX_DIRS, &n, 0, NULL) != 1) {
		for (int i = 0; i < n; i++)
			close(fds[i]);
		_exit(1);
	}
	if (join_cgroup(fds, n) < 0)
		child_die("join the run's cgroup", NULL);
	for (int i = 0; i < n; i++) {
		if (keep)
			ready_fds[ready_nfds++] = fds[i];
		else
			close(fds[i]);
	}
}

/* Root mode: become the mapped sandbox user for every file we create, and
 * shed root's supplementary groups. Capabilities in our own user namespace
 * are kept: the namespace's uid 0 is not mapped, so the kernel's setuid
 * capability fix-up does not apply. */
static void take_identity(void)
{
	if (!P->set_ids)
		return;
	/* Raw syscalls: glibc's wrappers would try to apply the change to
	 * every thread of the (multi-threaded) process we were cloned from,
	 * and wait forever for threads that do not exist here. */
	if (syscall(SYS_setgroups, 0, NULL) < 0)
		child_die("setgroups", NULL);
	if (syscall(SYS_setresgid, SANDBOX_GID, SANDBOX_GID, SANDBOX_GID) < 0)
		child_die("setresgid", NULL);
	if (syscall(SYS_setresuid, SANDBOX_UID, SANDBOX_UID, SANDBOX_UID) < 0)
		child_die("setresuid", NULL);
}

/* The host's read-only tree: /usr and the lib and bin directories (or the
 * links merged-usr systems have instead), and the few /etc files the
 * dynamic loader and the languages need. Nothing else of the host. */
static void bind_host_paths(void)
{
	char dst[PATH_MAX];

	for (size_t i = 0; i < P->eng->npaths; i++) {
		const struct host_path *h = &P->eng->paths[i];
		child_cat(dst, sizeof(dst), NEWROOT, h->path);
		switch (h->kind) {
		case HOST_DIR:
			child_bind_ro(h->path, dst, true);
			break;
		case HOST_FILE:
			child_bind_ro(h->path, dst, false);
			break;
		case HOST_LINK:
			if (symlink(h->link, dst) < 0)
				child_die("symlink ", dst);
			break;
		case HOST_ABSENT:
			break;
		}
	}
}

static const char etc_passwd[] = "root:x:0:0:root:/root:/usr/sbin/nologin\n"
				 "sandbox:x:1000:1000:airlock sandbox:/work:/bin/sh\n"
				 "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n";
static const char etc_group[] = "root:x:0:\nsandbox:x:1000:\nnogroup:x:65534:\n";
static const char etc_hosts[] = "127.0.0.1\tlocalhost airlock\n::1\tlocalhost ip6-localhost\n";
static const char etc_nsswitch[] = "passwd: files\ngroup: files\nhosts: files\n";
static const char etc_hostname[] = "airlock\n";

/* A curated /etc: the sandbox user's passwd and group, hosts, and no
 * shadow, resolv.conf or anything else of the host's. */
static void write_etc(void)
{
	static const struct {
		const char *name;
		const char *data;
		size_t len;
	} files[] = {
	    {NEWROOT "/etc/passwd", etc_passwd, sizeof(etc_passwd) - 1},
	    {NEWROOT "/etc/group", etc_group, sizeof(etc_group) - 1},
	    {NEWROOT "/etc/hosts", etc_hosts, sizeof(etc_hosts) - 1},
	    {NEWROOT "/etc/nsswitch.conf", etc_nsswitch, sizeof(etc_nsswitch) - 1},
	    {NEWROOT "/etc/hostname", etc_hostname, sizeof(etc_hostname) - 1},
	};
	for (size_t i = 0; i < ARRAY_SIZE(files); i++)
		if (write_whole(files[i].name, files[i].data, files[i].len, 0644) < 0)
			child_die("write ", files[i].name);
}

/* A minimal /dev: the harmless character devices bound from the host (a
 * user namespace cannot mknod), the fd links, and /dev/shm on the scratch.
 * No tty, no ptmx: nothing that leads to a terminal. */
static void make_dev(void)
{
	static const char *const nodes[] = {"null", "zero", "full", "random", "urandom"};
	static const char *const links[][2] = {
	    {"/proc/self/fd", NEWROOT "/dev/fd"},
	    {"/proc/self/fd/0", NEWROOT "/dev/stdin"},
	    {"/proc/self/fd/1", NEWROOT "/dev/stdout"},
	    {"/proc/self/fd/2", NEWROOT "/dev/stderr"},
	};
	char src[64], dst[PATH_MAX];

	/* a mount of its own (made read-only and noexec with the root), but
	 * the root's ramfs: one file system fewer to make and to tear down */
	if (mount(NEWROOT "/dev", NEWROOT "/dev", NULL, MS_BIND, NULL) < 0)
		child_die("bind mount ", "/dev");
	for (size_t i = 0; i < ARRAY_SIZE(nodes); i++) {
		child_cat(src, sizeof(src), "/dev/", nodes[i]);
		child_cat(dst, sizeof(dst), NEWROOT "/dev/", nodes[i]);
		int fd = open(dst, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
		if (fd < 0)
			child_die("create ", dst);
		close(fd);
		if (mount(src, dst, NULL, MS_BIND, NULL) < 0)
			child_die("bind mount ", src);
	}
	for (size_t i = 0; i < ARRAY_SIZE(links); i++)
		if (symlink(links[i][0], links[i][1]) < 0)
			child_die("symlink ", links[i][1]);
	if (mkdir(NEWROOT "/dev/shm", 0755) < 0)
		child_die("mkdir ", "/dev/shm");
	if (P->box)
		child_make_devpts();
}

/* A fresh /proc for our pid namespace, with the files that expose the
 * kernel or the host masked (as Docker's masked and read-only paths). */
static void make_proc(void)
{
	static const char *const masked_files[] = {
	    "kcore",	     "kallsyms",      "kmsg",	     "kpagecount",  "kpageflags",
	    "kpagecgroup",   "timer_list",    "sched_debug", "keys",	    "key-users",
	    "latency_stats", "sysrq-trigger", "config.gz",   "vmallocinfo", "modules",
	    "slabinfo",	     "pagetypeinfo",  "mtrr",	     "iomem",	    "ioports",
	};
	static const char *const masked_dirs[] = {
	    "acpi", "scsi", "asound", "driver", "dynamic_debug", "tty", "bus", "fs", "irq"};
	static const char *const ro_dirs[] = {"sys", "sysvipc"};
	char dst[PATH_MAX];

	if (mount("proc", NEWROOT "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0)
		child_die("mount ", "/proc");
	for (size_t i = 0; i < ARRAY_SIZE(masked_files); i++) {
		child_cat(dst, sizeof(dst), NEWROOT "/proc/", masked_files[i]);
		if (access(dst, F_OK) < 0)
			continue;
		if (mount("/dev/null", dst, NULL, MS_BIND, NULL) < 0)
			child_die("mask ", dst);
	}
	/* One empty read-only ramfs over each masked directory: mounted on
	 * the first, bound from there on the others (a bind of a read-only
	 * file system is read-only, and its mount keeps the first's flags). */
	char empty[PATH_MAX] = "";
	for (size_t i = 0; i < ARRAY_SIZE(masked_dirs); i++) {
		child_cat(dst, sizeof(dst), NEWROOT "/proc/", masked_dirs[i]);
		if (access(dst, F_OK) < 0)
			continue;
		if (empty[0] == '\0') {
			if (mount("ramfs", dst, "ramfs",
				  MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "mode=0555") < 0)
				child_die("mask ", dst);
			child_cat(empty, sizeof(empty), dst, NULL);
		} else if (mount(empty, dst, NULL, MS_BIND, NULL) < 0) {
			child_die("mask ", dst);
		}
	}
	for (size_t i = 0; i < ARRAY_SIZE(ro_dirs); i++) {
		child_cat(dst, sizeof(dst), NEWROOT "/proc/", ro_dirs[i]);
		if (access(dst, F_OK) < 0)
			continue;
		if (mount(dst, dst, NULL, MS_BIND | MS_REC, NULL) < 0 ||
		    child_make_ro(dst, true, 0) < 0)
			child_die("make read-only ", dst);
	}
}

/* The only writable place: one tmpfs of --disk-limit bytes (its pages are
 * charged to the run's memory cgroup too). It is created here, before we
 * take the sandbox's identity, because a tmpfs shows its owner in
 * /proc/self/mountinfo as the host sees it (uid=100000...) unless that
 * owner is the host's root: created by the namespace's creator (root mode:
 * host root), it shows none. Its root directory is then owned by nobody
 * the sandbox knows, so it is world-writable for init to make the
 * directories below; only those are ever shown. Rootless, the owner is the
 * caller, and shows as the caller's uid (as /proc/self/uid_map does). The
 * other mounts of the root are ramfs, whose options never name an owner. */
static void create_scratch(void)
{
	int fs = fsopen("tmpfs", FSOPEN_CLOEXEC);

	if (fs < 0)
		child_die("create the scratch tmpfs", NULL);
	if (fsconfig(fs, FSCONFIG_SET_STRING, "source", "tmpfs", 0) < 0 ||
	    fsconfig(fs, FSCONFIG_SET_STRING, "size", P->scratch_bytes, 0) < 0 ||
	    fsconfig(fs, FSCONFIG_SET_STRING, "nr_inodes", "65536", 0) < 0 ||
	    fsconfig(fs, FSCONFIG_SET_STRING, "mode", "0777", 0) < 0 ||
	    fsconfig(fs, FSCONFIG_CMD_CREATE, NULL, NULL, 0) < 0)
		child_die("configure the scratch tmpfs", NULL);
	scratch_mnt = fsmount(fs, FSMOUNT_CLOEXEC, MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV);
	if (scratch_mnt < 0)
		child_die("mount the scratch tmpfs", NULL);
	close(fs);
}

/* The scratch, shown at /work, /tmp and /dev/shm. It lives in our mount
 * namespace and is gone with it. Its root is staged outside the new root,
 * over the old root's /sys (nothing of the host's /sys is used from here
 * on, and the mount is private to our namespace): it is left there, and
 * goes with the old root when enter_root detaches it, at no cost of its
 * own; unmounting it here waited for an RCU grace period. A host without
 * a /sys directory stages it in the new root and unmounts it. */
static void make_scratch(void)
{
	static const char outside[] = "/sys", inside[] = NEWROOT "/.scratch";
	const char *stage = outside;
	char work[PATH_MAX], sub[PATH_MAX];
	const struct {
		const char *name, *target;
		mode_t mode;
	} dirs[] = {
	    {"/work", work, 0755},
	    {"/tmp", NEWROOT "/tmp", 01777},
	    {"/shm", NEWROOT "/dev/shm", 01777},
	};

	child_cat(work, sizeof(work), NEWROOT, child_work_dir());
	child_make_parents(work);

	if (move_mount(scratch_mnt, "", AT_FDCWD, stage, MOVE_MOUNT_F_EMPTY_PATH) < 0) {
		stage = inside;
		if (mkdir(stage, 0700) < 0)
			child_die("mkdir ", stage);
		if (move_mount(scratch_mnt, "", AT_FDCWD, stage, MOVE_MOUNT_F_EMPTY_PATH) < 0)
			child_die("attach the scratch tmpfs on ", stage);
	}
	close(scratch_mnt);
	scratch_mnt = -1;
	for (size_t i = 0; i < ARRAY_SIZE(dirs); i++) {
		child_cat(sub, sizeof(sub), stage, dirs[i].name);
		if (mkdir(sub, dirs[i].mode) < 0 || chmod(sub, dirs[i].mode) < 0)
			child_die("mkdir ", sub);
		if (mkdir(dirs[i].target, 0755) < 0 && errno != EEXIST)
			child_die("mkdir ", dirs[i].target);
		if (mount(sub, dirs[i].target, NULL, MS_BIND, NULL) < 0)
			child_die("bind mount ", dirs[i].target);
	}
	if (stage == inside && (umount2(stage, MNT_DETACH) < 0 || rmdir(stage) < 0))
		child_die("remove the staging of the scratch ", stage);
}

/* One file of the request at its relative path below the work directory
 * (open at wd): each directory on the way made with mkdirat and entered
 * with openat, one name at a time, never following a link (there is none:
 * the tmpfs is new and nothing else runs yet; the names were checked by
 * engine/inputs.c). */
static void write_work_file(int wd, const struct run_file *f)
{
	char comp[256];
	const char *p = f->name;
	int dir = wd;

	for (;;) {
		const char *slash = strchr(p, '/');
		if (slash == NULL)
			break;
		size_t n = (size_t)(slash - p);
		if (n == 0 || n >= sizeof(comp))
			child_die("write ", f->name);
		memcpy(comp, p, n);
		comp[n] = '\0';
		if (mkdirat(dir, comp, 0755) < 0 && errno != EEXIST)
			child_die("mkdir for ", f->name);
		int next = openat(dir, comp, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (next < 0)
			child_die("open the directory of ", f->name);
		if (dir != wd)
			close(dir);
		dir = next;
		p = slash + 1;
	}
	int fd = openat(dir, p, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0 || write_all_fd(fd, f->data, f->len) < 0 || close(fd) < 0)
		child_die("write ", f->name);
	if (dir != wd)
		close(dir);
}

/* The supervisor collects files from the work directory after the run
 * through this fd (engine/collect.c): the tmpfs is never on its side of
 * the mount namespace. */
void child_send_workdir(int wd)
{
	char byte = 'w';

	if (send_fds(P->collect_fd, &byte, 1, &wd, 1) != 1)
		child_die("hand the work directory to the supervisor", NULL);
	close(P->collect_fd);
}

/* The program and its files in the work directory (workdir: where it is
 * now, below the new root before enter_root, /work after). */
static void write_program_files(const char *workdir)
{
	char dir[PATH_MAX], path[PATH_MAX];
	int wd = open(workdir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);

	if (wd < 0)
		child_die("open ", workdir);
	child_cat(dir, sizeof(dir), workdir, "/");
	child_cat(path, sizeof(path), dir, P->source_name);
	/* a box has no program of its own */
	if (P->source_name && write_whole(path, P->code, P->code_len, 0644) < 0)
		child_die("write ", path);
	for (size_t i = 0; i < P->nfiles; i++)
		write_work_file(wd, &P->files[i]);
	if (P->collect_fd >= 0 && !P->box)
		child_send_workdir(wd);
	close(wd);
}

/* The program's files are not written here: init writes them once it
 * is in the run's cgroup (child_setup, child_ready_main). */
static void build_root(void)
{
	static const char *const dirs[] = {NEWROOT "/etc", NEWROOT "/dev", NEWROOT "/proc",
					   NEWROOT "/tmp"};

	/* Nothing we mount may propagate back to the host. */
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		child_die("make mounts private", NULL);
	/* ramfs: no size limit, but only init writes it, and it is made
	 * read-only below */
	if (mount("ramfs", NEWROOT, "ramfs", MS_NOSUID | MS_NODEV, "mode=0755") < 0)
		child_die("mount ramfs for the new root on ", NEWROOT);
	for (size_t i = 0; i < ARRAY_SIZE(dirs); i++)
		if (mkdir(dirs[i], 0755) < 0)
			child_die("mkdir ", dirs[i]);
	if (P->rootfs)
		child_bind_rootfs();
	else
		bind_host_paths();
	child_bind_mounts();
	write_etc();
	make_dev();
	make_proc();
	make_scratch();
	if (child_make_ro(NEWROOT "/dev", false, MOUNT_ATTR_NOEXEC) < 0)
		child_die("make read-only ", "/dev");
	if (child_make_ro(NEWROOT, false, 0) < 0)
		child_die("make read-only ", "the new root");
}

/* pivot_root(".", ".") stacks the old root under the new one; detaching
 * it leaves no path back to the host's tree. */
static void enter_root(void)
{
	if (chdir(NEWROOT) < 0)
		child_die("chdir ", NEWROOT);
	if (syscall(SYS_pivot_root, ".", ".") < 0)
		child_die("pivot_root", NULL);
	if (umount2(".", MNT_DETACH) < 0)
		child_die("detach the old root", NULL);
	if (chdir("/") < 0)
		child_die("chdir ", "/");
}

/* Whether a string of v lies where the supervisor's arguments and
 * environment are (they are about to be blanked). */
static bool in_arg_area(char *const *v)
{
	for (; *v; v++)
		if ((uintptr_t)*v >= P->eng->arg_start && (uintptr_t)*v < P->eng->env_end)
			return true;
	return false;
}

/* We are a copy of the supervisor (under `airlock serve`, of the server),
 * and /proc/1/cmdline, environ, comm and status show its arguments, its
 * environment and its name to anyone in the sandbox. Blank them in our own
 * (private, copy-on-write) memory: the arguments become our name alone, the
 * environment zeros. The kernel shows [arg_start, arg_end) unless its last
 * byte is not a NUL (setproctitle), and then the text up to the first NUL:
 * so the name, a NUL, and no NUL at the end. Called after the last use of
 * the plan's data that may live there (the program's text from -c). */
static void hide_supervisor(void)
{
	char *arg = (char *)P->eng->arg_start, *env = (char *)P->eng->env_start;
	size_t arg_len = P->eng->arg_end - P->eng->arg_start;
	size_t name_len = sizeof(SANDBOX_INIT_NAME) - 1;

	for (int s = 0; s < P->nsteps; s++)
		if (in_arg_area(P->steps[s].argv) || in_arg_area(P->steps[s].envp))
			child_die("a program argument lies in airlock's own arguments", NULL);
	memset(env, 0, P->eng->env_end - P->eng->env_start);
	if (arg_len > 0) {
		if (name_len > arg_len - 1)
			name_len = arg_len - 1;
		memset(arg, ' ', arg_len);
		memcpy(arg, SANDBOX_INIT_NAME, name_len);
		arg[name_len] = '\0';
	}
	if (prctl(PR_SET_NAME, SANDBOX_INIT_NAME, 0, 0, 0) < 0)
		child_die("set init's name", NULL);
}

/* --net egress: the one way out. A socket belongs to the network
 * namespace it was made in, so this one listens on the sandbox's
 * 127.0.0.1:EGRESS_PROXY_PORT while the supervisor's proxy (net/proxy.c),
 * which receives it here, accepts on it and dials out from the host's
 * namespace. Made before the program exists: no program can take the
 * port first. */
static void open_proxy_port(void)
{
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(EGRESS_PROXY_PORT)};
	int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (s < 0)
		child_die("socket for the egress proxy", NULL);
	if (bind(s, (struct sockaddr *)&a, sizeof(a)) < 0 || listen(s, 128) < 0)
		child_die("listen on the egress proxy's port", NULL);
	if (send_fds(P->proxy_fd, "p", 1, &s, 1) != 1)
		child_die("hand the egress proxy's socket to the supervisor", NULL);
	close(s);
	close(P->proxy_fd);
}

static void setup_network(void)
{
	struct ifreq ifr;
	int fd;

	if (sethostname("airlock", 7) < 0 || setdomainname("airlock", 7) < 0)
		child_die("sethostname", NULL);
	if (P->net == NET_NONE)
		return; /* loopback stays down: no network at all */
	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		child_die("socket", NULL);
	memset(&ifr, 0, sizeof(ifr));
	memcpy(ifr.ifr_name, "lo", 3);
	if (ioctl(fd, SIOCGIFFLAGS, &ifr) < 0)
		child_die("get flags of ", "lo");
	ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
	if (ioctl(fd, SIOCSIFFLAGS, &ifr) < 0)
		child_die("bring up ", "lo");
	close(fd);
	if (P->net == NET_EGRESS)
		open_proxy_port();
}

/* The user namespace's id maps read relative to the parent of the reader's
 * namespace: from the sandbox, /proc/self/uid_map would show the host uid
 * the sandbox user is mapped to. One more user namespace inside, mapping
 * the sandbox user to itself, makes that parent the sandbox's own: the maps
 * read "1000 1000 1". Everything that needs the outer namespace's
 * privileges (mounts, hostname, loopback) is done by now. */
static void nest_user_namespace(void)
{
	static const char map[] = "1000 1000 1\n";
	static const struct {
		const char *file, *data;
	} files[] = {
	    {"/proc/self/setgroups", "deny"},
	    {"/proc/self/uid_map", map},
	    {"/proc/self/gid_map", map},
	};

	_Static_assert(SANDBOX_UID == 1000 && SANDBOX_GID == 1000, "the map names the ids");
	/* Taking the sandbox's identity made us non-dumpable, and so our own
	 * /proc files root's: dumpable for these writes (nothing else runs in
	 * the sandbox yet), and not again right after. */
	if (prctl(PR_SET_DUMPABLE, 1, 0, 0, 0) < 0)
		child_die("set dumpable", NULL);
	if (unshare(CLONE_NEWUSER) < 0)
		child_die("create the sandbox's inner user namespace", NULL);
	for (size_t i = 0; i < ARRAY_SIZE(files); i++) {
		int fd = open(files[i].file, O_WRONLY | O_CLOEXEC);
		size_t len = strlen(files[i].data);
		if (fd < 0 || write(fd, files[i].data, len) != (ssize_t)len)
			child_die("write ", files[i].file);
		close(fd);
	}
}

/* Every capability gone: bounding and ambient sets emptied, securebits
 * locked so no later exec or setuid can bring one back. */
static int drop_capabilities(void)
{
	struct __user_cap_header_struct hdr = {_LINUX_CAPABILITY_VERSION_3, 0};
	struct __user_cap_data_struct data[2];

	if (prctl(PR_SET_SECUREBITS,
		  SECBIT_NOROOT | SECBIT_NOROOT_LOCKED | SECBIT_NO_SETUID_FIXUP |
		      SECBIT_NO_SETUID_FIXUP_LOCKED | SECBIT_KEEP_CAPS_LOCKED |
		      SECBIT_NO_CAP_AMBIENT_RAISE | SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED,
		  0, 0, 0) < 0)
		return -1;
	for (int cap = 0; cap <= P->eng->cap_last_cap; cap++)
		if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0 && errno != EINVAL)
			return -1;
	if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) < 0 && errno != EINVAL)
		return -1;
	memset(data, 0, sizeof(data));
	return (int)syscall(SYS_capset, &hdr, data);
}

/* Lowers a limit; never above the hard limit airlock itself runs under. */
static void set_rlimit(uint32_t step, int res, rlim_t v, const char *name)
{
	struct rlimit rl;
	if (getrlimit(res, &rl) == 0 && rl.rlim_max != RLIM_INFINITY && v > rl.rlim_max)
		v = rl.rlim_max;
	rl.rlim_cur = rl.rlim_max = v;
	if (setrlimit(res, &rl) < 0)
		child_die_exec(step, "setrlimit ", name);
}

/* The syscall policy (seccomp.c): the allow list, then the guard that
 * catches the escapes. The notifying guard creates the listener: returned,
 * to be handed to the supervisor. -1 with the killing guard. */
static int load_seccomp(uint32_t s)
{
	const struct seccomp_progs *sp = &P->eng->seccomp;
	struct sock_fprog main = {sp->main_len, sp->main};
	struct sock_fprog notify = {sp->guard_notify_len, sp->guard_notify};
	struct sock_fprog kill = {sp->guard_kill_len, sp->guard_kill};
	int listener = -1;

	if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &main, 0, 0) < 0)
		child_die_exec(s, "load seccomp filter", NULL);
	if (P->notify) {
		listener = (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
					SECCOMP_FILTER_FLAG_NEW_LISTENER, &notify);
		if (listener >= 0)
			return listener;
		/* EBUSY: airlock itself runs under a filter with a listener
		 * (a container runtime's); one task may have only one. The
		 * supervisor sees no listener and says so in the result. */
		if (errno != EBUSY)
			child_die_exec(s, "load seccomp filter with a listener", NULL);
	}
	if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &kill, 0, 0) < 0)
		child_die_exec(s, "load seccomp filter", NULL);
	return -1;
}

/* Tells the supervisor the program starts, with the seccomp listener if
 * there is one (SCM_RIGHTS): from then on the supervisor hears of every
 * escape any process of the step tries. */
static void report_started(uint32_t s, int listener, bool warm, const char *why,
			   const struct report *cost)
{
	struct report r;

	memset(&r, 0, sizeof(r));
	if (cost) {
		r.utime_us = cost->utime_us;
		r.stime_us = cost->stime_us;
		r.maxrss_kb = cost->maxrss_kb;
	}
	r.kind = REPORT_STARTED;
	r.step = s;
	r.at_ns = monotonic_ns();
	r.wstatus = warm ? STARTED_WARM : STARTED_EXEC;
	child_cat(r.msg, sizeof(r.msg), why, NULL);
	if (send_fds(P->report_fd, &r, sizeof(r), &listener, listener >= 0) != (ssize_t)sizeof(r))
		child_die_exec(s, "hand the seccomp listener to the supervisor", NULL);
	if (listener >= 0)
		close(listener);
}

/* The program: runs with nothing but what the plan allows. */
_Noreturn static void exec_program(uint32_t s)
{
	const struct child_step *st = &P->steps[s];
	int in = P->stdin_fd;

	child_reset_signals(!P->box_restricted);
	/* A new session: no controlling terminal, so TIOCSTI and job-control
	 * signals cannot reach the caller's terminal. */
	if (setsid() < 0)
		child_die_exec(s, "setsid", NULL);
	if (in < 0 && (in = open("/dev/null", O_RDONLY | O_CLOEXEC)) < 0)
		child_die_exec(s, "open ", "/dev/null");
	/* Sources first move above 2: dup2() onto itself would keep the
	 * close-on-exec flag, and one source may sit where another goes. */
	int src[3] = {in, st->out_fd, st->merge_stderr ? st->out_fd : st->err_fd};
	for (int i = 0; i < 3; i++)
		if ((src[i] = fcntl(src[i], F_DUPFD_CLOEXEC, 3)) < 0)
			child_die_exec(s, "dup", NULL);
	for (int i = 0; i < 3; i++)
		if (dup2(src[i], i) < 0)
			child_die_exec(s, "dup2", NULL);
	if (P->stdin_ctty && ioctl(0, TIOCSCTTY, 0) < 0)
		child_die_exec(s, "take the terminal", NULL);
	syscall(SYS_close_range, 3, ~0U, CLOSE_RANGE_CLOEXEC);
	const char *cwd = P->cwd ? P->cwd : child_work_dir();
	if (chdir(cwd) < 0)
		child_die_exec(s, "chdir ", cwd);
	umask(022);
	set_rlimit(s, RLIMIT_CPU, st->cpu_s, "RLIMIT_CPU");
	set_rlimit(s, RLIMIT_CORE, 0, "RLIMIT_CORE");
	set_rlimit(s, RLIMIT_STACK, st->stack_bytes, "RLIMIT_STACK");
	if (st->nproc)
		set_rlimit(s, RLIMIT_NPROC, st->nproc, "RLIMIT_NPROC");
	if (st->data_bytes)
		set_rlimit(s, RLIMIT_DATA, st->data_bytes, "RLIMIT_DATA");
	if (child_verify_no_capabilities(!P->box_restricted) < 0)
		child_die_exec(s, "capabilities left in the sandbox", NULL);
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		child_die_exec(s, "set no_new_privs", NULL);
	/* a box's commands are in the landlock domain and under the syscall
	 * policy its init took (child_box_main) */
	if (!P->box_restricted &&
	    landlock_restrict(P->eng->landlock_abi, child_work_dir(), P->net == NET_NONE) < 0)
		child_die_exec(s, "landlock", NULL);
	/* A warm template's program is all of the above too; only what
	 * replaces the exec differs. */
	const char *why = NULL;
	bool warm = P->hook && P->hook->ready(st, &why);
	/* Last, so that setup itself needed none of what it forbids. */
	report_started(s, P->box_restricted ? -1 : load_seccomp(s), warm, why, NULL);
	if (warm) {
		/* What the exec would have done: no descriptor but 0, 1, 2 (the
		 * others are close-on-exec: init's report socket and sync pipe
		 * would let the program write its own verdict), and dumpable
		 * again (exec resets it: the supervisor's /proc meter and the
		 * program's own /proc/self need it). */
		syscall(SYS_close_range, 3, ~0U, 0);
		if (prctl(PR_SET_DUMPABLE, 1, 0, 0, 0) < 0)
			_exit(127);
		P->hook->run(st);
		_exit(127);
	}
	execve(st->argv[0], st->argv, st->envp);
	child_die_exec(s, "execute ", st->argv[0]);
}

_Noreturn void child_exec(const struct child_plan *plan)
{
	P = plan;
	exec_program(0);
}

/* Whether any process of the sandbox is left besides us: when the main
 * process is gone, every other one is our child (orphans are ours). */
static bool has_children(void)
{
	siginfo_t si;
	return waitid(P_ALL, 0, &si, WEXITED | WNOHANG | WNOWAIT) == 0;
}

/* Run one step and report how it ended. When the step's main process is
 * gone, whatever it left behind (daemons, setsid escapes, stopped or traced
 * children) is killed before the next step. */
static void run_step(uint32_t s, pid_t ready, int go_fd)
{
	struct rusage before, after, ru;
	int wstatus = 0;
	long maxrss = 0;
	pid_t pid = ready;

	getrusage(RUSAGE_CHILDREN, &before);
	if (ready > 0) {
		/* a ready sandbox's program, forked before its plan came: it
		 * joins our cgroup and namespaces (ready_fds) */
		if (go_fd >= 0 && send_fds(go_fd, "g", 1, ready_fds, ready_nfds) != 1)
			child_die("start the program", NULL);
		while (ready_nfds > 2)
			close(ready_fds[--ready_nfds]);
	} else {
		/* Not glibc's fork(): its handlers take locks that another
		 * thread of the supervisor may have held at the moment we were
		 * cloned. */
		pid = (pid_t)syscall(SYS_clone, SIGCHLD, NULL, NULL, NULL, NULL);
		if (pid < 0)
			child_die("fork", NULL);
		if (pid == 0)
			exec_program(s);
	}
	/* The peak of this step's processes, from each one reaped: the
	 * RUSAGE_CHILDREN peak would be the largest since the sandbox began,
	 * a compiler's in the step that runs what it built. */
	for (;;) {
		pid_t w = wait4(-1, &wstatus, 0, &ru);
		if (w > 0 && ru.ru_maxrss > maxrss)
			maxrss = ru.ru_maxrss;
		if (w == pid)
			break;
		if (w < 0 && errno != EINTR)
			child_die("waitpid", NULL);
	}
	uint64_t main_end_ns = monotonic_ns();
	int main_status = wstatus;
	if (P->notify && has_children()) {
		char c;
		ssize_t n;
		child_report(REPORT_MAIN_ENDED, s, 0, 0, NULL, NULL);
		do
			n = read(P->sync_fd, &c, 1);
		while (n < 0 && errno == EINTR);
		if (n != 1 || c != 'k')
			_exit(0); /* the supervisor ends the run */
	}
	kill(-1, SIGKILL);
	for (pid_t w; (w = wait4(-1, NULL, 0, &ru)) > 0 || errno == EINTR;)
		if (w > 0 && ru.ru_maxrss > maxrss)
			maxrss = ru.ru_maxrss;
	getrusage(RUSAGE_CHILDREN, &after);

	struct report r;
	memset(&r, 0, sizeof(r));
	r.kind = REPORT_EXITED;
	r.step = s;
	r.wstatus = main_status;
	r.at_ns = main_end_ns;
	r.utime_us = (after.ru_utime.tv_sec - before.ru_utime.tv_sec) * 1000000LL +
		     (after.ru_utime.tv_usec - before.ru_utime.tv_usec);
	r.stime_us = (after.ru_stime.tv_sec - before.ru_stime.tv_sec) * 1000000LL +
		     (after.ru_stime.tv_usec - before.ru_stime.tv_usec);
	r.maxrss_kb = maxrss;
	(void)!send(P->report_fd, &r, sizeof(r), MSG_NOSIGNAL);
	/* The step's output pipes must reach EOF in the supervisor. */
	close(P->steps[s].out_fd);
	close(P->steps[s].err_fd);
}

void child_setup(const struct child_plan *plan)
{
	P = plan;
	/* If the supervisor dies, so does the sandbox: our death as pid 1
	 * makes the kernel kill every process in the namespace. */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	close_other_fds();
	umask(022);
	wait_for_supervisor();
	create_scratch();
	/* before the identity: the sources' parents may be private */
	child_take_sources();
	take_identity();
	/* The root is built while the supervisor makes the run's cgroup (2
	 * CPUs: neither waits for the other); nothing of the program's exists
	 * yet. */
	build_root();
	hide_supervisor();
	enter_root();
	setup_network();
	join_run_cgroup(false);
	/* In the run's cgroup now: the cgroup namespace is rooted there, and
	 * the program's files (their tmpfs pages) are charged to the run. */
	if (unshare(CLONE_NEWCGROUP) < 0)
		child_die("unshare cgroup namespace", NULL);
	write_program_files(child_work_dir());
	nest_user_namespace();
	/* pid 1 keeps no privilege either, and is not dumpable: the program
	 * (same uid) cannot ptrace it or read its memory. */
	if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) < 0)
		child_die("set non-dumpable", NULL);
	if (drop_capabilities() < 0)
		child_die("drop capabilities", NULL);
}

_Noreturn void child_main(const struct child_plan *plan)
{
	child_setup(plan);
	for (int s = 0; s < P->nsteps; s++) {
		char c;
		ssize_t n;
		do
			n = read(P->sync_fd, &c, 1);
		while (n < 0 && errno == EINTR);
		if (n != 1 || c != 'g')
			_exit(0);
		run_step((uint32_t)s, 0, -1);
	}
	_exit(0);
}

/* ---- a ready sandbox (engine/warm.h) ----
 *
 * A warm template builds sandboxes before their runs: init does all of a
 * cold init's setup that needs no plan (scratch of the default size, the
 * identity, the root, pivot, no network) and forks the program's process,
 * then both wait. The plan comes on ctl (from the template), init forwards
 * it to the program and continues as a cold init would from there: it
 * joins the run's cgroup, enters a new cgroup namespace, writes the
 * program's files, nests its user namespace and drops every capability;
 * the program does the same for itself (the run's cgroup, init's cgroup
 * and user namespaces, no capability) when init tells it to go, and then
 * everything exec_program does. Being clones of a single-threaded
 * template, both may allocate. */

static struct child_plan ready_plan;

/* The run's plan (a memfd and its descriptors, as engine/warm.c encodes
 * it) from sock; forwarded to fwd when fwd >= 0. It replaces the base. */
static void receive_plan(int sock, int fwd)
{
	int fds[WIRE_MAX_FDS], n = 0;
	uint32_t magic = 0;
	bool cut = false;
	void *map;
	size_t len;
	err_t err;
	const struct child_plan *base = P;

	if (recv_fds(sock, &magic, sizeof(magic), fds, WIRE_MAX_FDS, &n, 0, &cut) !=
		(ssize_t)sizeof(magic) ||
	    magic != WIRE_MAGIC || cut || n < 1)
		_exit(0); /* the template is gone, or ends us */
	if (fwd >= 0 && send_fds(fwd, &magic, sizeof(magic), fds, n) != (ssize_t)sizeof(magic))
		_exit(1);
	if (wire_decode(fds[0], fds, n, &ready_plan, &map, &len, &err) < 0)
		_exit(1);
	close(fds[0]);
	ready_plan.eng = base->eng;
	ready_plan.hook = base->hook;
	P = &ready_plan;
}

_Noreturn static void ready_program(int sock)
{
	char go;
	int fds[2 + CGROUP_MAX_DIRS], n = 0;

	if (P->hook && P->hook->prepare)
		P->hook->prepare();
	receive_plan(sock, -1);
	/* init's cgroup and user namespaces come with the go, and the run's
	 * cgroup's join files where the supervisor did not move us itself:
	 * we join the cgroup, then the namespaces, as a program forked by a
	 * cold init is in them, and keep no capability */
	if (recv_fds(sock, &go, 1, fds, 2 + CGROUP_MAX_DIRS, &n, 0, NULL) != 1 || go != 'g' ||
	    n < 2)
		_exit(0);
	close(sock);
	if (join_cgroup(fds + 2, n - 2) < 0)
		child_die_exec(0, "join the run's cgroup", NULL);
	if (setns(fds[0], CLONE_NEWCGROUP) < 0)
		child_die_exec(0, "join the cgroup namespace", NULL);
	if (setns(fds[1], CLONE_NEWUSER) < 0)
		child_die_exec(0, "join the user namespace", NULL);
	for (int i = 0; i < n; i++)
		close(fds[i]);
	if (drop_capabilities() < 0)
		child_die_exec(0, "drop capabilities", NULL);
	exec_program(0);
}

_Noreturn void child_ready_main(const struct child_plan *base, int ctl)
{
	int sv[2];
	char c;

	P = base;
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (ctl > 0)
		syscall(SYS_close_range, 0, ctl - 1, 0);
	syscall(SYS_close_range, ctl + 1, ~0U, 0);
	umask(022);
	/* the template wrote our uid and gid maps */
	if (read(ctl, &c, 1) != 1 || c != 's')
		_exit(0);
	create_scratch();
	take_identity();
	build_root();
	hide_supervisor();
	enter_root();
	setup_network();
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0)
		child_die("socketpair", NULL);
	pid_t prog = (pid_t)syscall(SYS_clone, SIGCHLD, NULL, NULL, NULL, NULL);
	if (prog < 0)
		child_die("fork", NULL);
	if (prog == 0) {
		close(sv[0]);
		close(ctl);
		ready_program(sv[1]);
	}
	close(sv[1]);
	if (write(ctl, "r", 1) != 1)
		_exit(0);
	receive_plan(ctl, sv[0]);
	close(ctl);
	if (P->nsteps != 1 || P->net != NET_NONE)
		child_die("a ready sandbox takes one step without network", NULL);
	join_run_cgroup(true);
	if (unshare(CLONE_NEWCGROUP) < 0)
		child_die("unshare cgroup namespace", NULL);
	write_program_files(SANDBOX_WORKDIR);
	nest_user_namespace();
	if ((ready_fds[0] = open("/proc/self/ns/cgroup", O_RDONLY | O_CLOEXEC)) < 0 ||
	    (ready_fds[1] = open("/proc/self/ns/user", O_RDONLY | O_CLOEXEC)) < 0)
		child_die("open ", "/proc/self/ns");
	if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) < 0)
		child_die("set non-dumpable", NULL);
	if (drop_capabilities() < 0)
		child_die("drop capabilities", NULL);
	ssize_t n;
	do
		n = read(P->sync_fd, &c, 1);
	while (n < 0 && errno == EINTR);
	if (n != 1 || c != 'g')
		_exit(0);
	run_step(0, prog, sv[0]);
	_exit(0);
}
