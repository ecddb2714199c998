/*
 * Another root file system (--rootfs, an image) and the request's
 * read-only mounts (--mount), in the sandbox's new root.
 */
#include "engine/child_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Whether name is one of the NULL-terminated list. */
static bool listed(const char *name, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(name, *list) == 0)
			return true;
	return false;
}

/* Attaches tree (a detached copy of a host mount, open_tree) at dst,
 * read-only, and closes it. */
static void attach_tree(int tree, const char *dst, bool dir)
{
	child_mount_point(dst, dir);
	if (move_mount(tree, "", AT_FDCWD, dst, MOVE_MOUNT_F_EMPTY_PATH) < 0)
		child_die("attach a mount on ", dst);
	close(tree);
	if (child_make_ro(dst, true, 0) < 0)
		child_die("make read-only ", dst);
}

/* Every entry of the directory open at dirfd (a root file system, or its
 * /etc) shown at dst the way the host's paths are: directories and files
 * bound read-only, links made again. skip: names left out. getdents64 into
 * a buffer on the stack: no allocation. */
static void bind_entries(int dirfd, const char *dst, const char *const *skip)
{
	char buf[4096], to[PATH_MAX], target[PATH_MAX];
	long n;

	while ((n = syscall(SYS_getdents64, dirfd, buf, sizeof(buf))) > 0) {
		for (long off = 0; off < n;) {
			struct linux_dirent64 {
				uint64_t ino;
				int64_t off;
				unsigned short reclen;
				unsigned char type;
				char name[];
			} *d = (void *)(buf + off);
			off += d->reclen;
			if (listed(d->name, skip))
				continue;
			struct stat st;
			if (fstatat(dirfd, d->name, &st, AT_SYMLINK_NOFOLLOW) < 0)
				continue;
			child_cat(to, sizeof(to), dst, "/");
			child_cat(to + strlen(to), sizeof(to) - strlen(to), d->name, NULL);
			if (S_ISDIR(st.st_mode) || S_ISREG(st.st_mode)) {
				int tree = open_tree(dirfd, d->name,
						     OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC |
							 AT_RECURSIVE | AT_SYMLINK_NOFOLLOW);
				if (tree < 0)
					child_die("bind ", d->name);
				attach_tree(tree, to, S_ISDIR(st.st_mode));
			} else if (S_ISLNK(st.st_mode)) {
				ssize_t len = readlinkat(dirfd, d->name, target, sizeof(target) - 1);
				if (len <= 0)
					continue;
				target[len] = '\0';
				if (symlink(target, to) < 0 && errno != EEXIST)
					child_die("symlink ", to);
			}
		}
	}
	if (n < 0)
		child_die("read a directory of ", P->rootfs);
}

/* The root file system and the mounts' sources, taken before init takes
 * the sandbox's identity (their parents may be private to the caller, as
 * airlock's data directory is) and before the new root, assembled on top
 * of /tmp, hides them. */
static int rootfs_fd = -1;
static int mount_trees[ENGINE_MAX_MOUNTS];

void child_take_sources(void)
{
	if (P->rootfs && (rootfs_fd = open(P->rootfs, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
		child_die("open the root file system ", P->rootfs);
	for (size_t i = 0; i < P->nmounts; i++) {
		mount_trees[i] = open_tree(AT_FDCWD, P->mounts[i].src,
					   OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_RECURSIVE);
		if (mount_trees[i] < 0)
			child_die("take the mount source ", P->mounts[i].src);
	}
}

/* Another root file system (--rootfs, an image): its tree instead of the
 * host's, and its /etc but for what airlock writes and secrets. */
void child_bind_rootfs(void)
{
	static const char *const skip_top[] = {".",    "..",  "proc", "dev",  "sys",
					       "tmp",  "run", "etc",  "work", "home",
					       "mnt",  "media", "boot", "lost+found", NULL};
	static const char *const skip_etc[] = {
	    ".",	  "..",	      "passwd",	 "group",   "hosts",	  "hostname",
	    "nsswitch.conf", "shadow", "gshadow", "passwd-", "group-", "shadow-",
	    "gshadow-",	  "resolv.conf", "mtab",  "subuid",  "subgid",	 NULL};

	bind_entries(rootfs_fd, NEWROOT, skip_top);
	int etc = openat(rootfs_fd, "etc", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (etc >= 0) {
		bind_entries(etc, NEWROOT "/etc", skip_etc);
		close(etc);
	}
	close(rootfs_fd);
	rootfs_fd = -1;
}

/* The request's read-only mounts (--mount SRC:DEST), after the tree. */
void child_bind_mounts(void)
{
	char dst[PATH_MAX];
	struct stat st;

	for (size_t i = 0; i < P->nmounts; i++) {
		child_cat(dst, sizeof(dst), NEWROOT, P->mounts[i].dst);
		if (fstat(mount_trees[i], &st) < 0)
			child_die("mount source ", P->mounts[i].src);
		attach_tree(mount_trees[i], dst, S_ISDIR(st.st_mode));
	}
}

/* A box's terminals: a devpts instance of its own (newinstance), which
 * neither the host nor another sandbox shares, with /dev/ptmx leading to
 * it (at most 64 terminals); /dev/tty, a process's own controlling
 * terminal. The supervisor opens the box's commands' terminals there
 * (box_exec.c). */
void child_make_devpts(void)
{
	if (mkdir(NEWROOT "/dev/pts", 0755) < 0)
		child_die("mkdir ", "/dev/pts");
	if (mount("devpts", NEWROOT "/dev/pts", "devpts", MS_NOSUID | MS_NOEXEC,
		  "newinstance,ptmxmode=0666,mode=0620,max=64") < 0)
		child_die("mount a devpts instance on ", "/dev/pts");
	if (symlink("pts/ptmx", NEWROOT "/dev/ptmx") < 0)
		child_die("symlink ", "/dev/ptmx");
	int fd = open(NEWROOT "/dev/tty", O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
	if (fd < 0)
		child_die("create ", "/dev/tty");
	close(fd);
	if (mount("/dev/tty", NEWROOT "/dev/tty", NULL, MS_BIND, NULL) < 0)
		child_die("bind mount ", "/dev/tty");
}
