/*
 * Inside the sandbox, shared by the files of its setup (child.c, the
 * sandbox's pid 1 and its program; child_util.c, the helpers; child_mounts.c,
 * another root file system and the request's mounts; box_init.c, a box's
 * init). Like all of them, nothing here allocates: see child.c.
 */
#ifndef AIRLOCK_CHILD_INTERNAL_H
#define AIRLOCK_CHILD_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/mount.h>

#include "engine/internal.h"

#ifndef MOUNT_ATTR_RDONLY
#define MOUNT_ATTR_RDONLY 0x00000001
#define MOUNT_ATTR_NOSUID 0x00000002
#define MOUNT_ATTR_NODEV 0x00000004
#define MOUNT_ATTR_NOEXEC 0x00000008
struct mount_attr {
	uint64_t attr_set;
	uint64_t attr_clr;
	uint64_t propagation;
	uint64_t userns_fd;
};
#endif
#ifndef AT_RECURSIVE
#define AT_RECURSIVE 0x8000
#endif
#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

/* The new root is assembled here, in our private mount namespace, on top
 * of the host's /tmp mount point (which is root-owned: no one can swap it
 * for a link), exactly as bubblewrap does. */
#define NEWROOT "/tmp"

/* The plan this process runs (set by child_setup, child_exec...). */
extern const struct child_plan *child_now;
#define P child_now

/* Where the program runs: /work, or a box's /home/user (engine/box.h). */
const char *child_work_dir(void);
/* a then b into dst (cap bytes, always NUL-terminated); the length. */
size_t child_cat(char *dst, size_t cap, const char *a, const char *b);
void child_report(uint32_t kind, uint32_t step, int wstatus, int errnum, const char *what,
		  const char *arg);
/* Setup failed: tell the supervisor why, and end. */
_Noreturn void child_die(const char *what, const char *arg);
/* The program could not be started: tell the supervisor, and end. */
_Noreturn void child_die_exec(uint32_t step, const char *what, const char *arg);
int child_make_ro(const char *path, bool recursive, uint64_t extra);
/* mkdir -p of dst's parent directories (below the new root). */
void child_make_parents(const char *dst);
/* An empty directory or file at dst to mount on (and its parents). */
void child_mount_point(const char *dst, bool dir);
void child_bind_ro(const char *src, const char *dst, bool dir);

/* child_mounts.c: take the sources before init becomes the sandbox's user,
 * then show them in the new root. */
void child_take_sources(void);
void child_bind_rootfs(void);
void child_bind_mounts(void);
/* A box's own /dev/pts, /dev/ptmx and /dev/tty. */
void child_make_devpts(void);

/* child.c: a sandbox's setup up to the steps (a box's init goes on in
 * box_init.c). */
void child_setup(const struct child_plan *plan);
/* child_util.c: checks that no capability is left (the bounding set too
 * with bounding); -1 otherwise. */
int child_verify_no_capabilities(bool bounding);
/* child_util.c: empties the signal mask and, with actions, gives every
 * signal its default action. A box's init does both once and its commands
 * inherit the actions (box_init.c). */
void child_reset_signals(bool actions);
/* child.c: sends the work directory's descriptor to the supervisor. */
void child_send_workdir(int wd);

#endif
