/*
 * landlock: the second wall behind the mounts. Even if a mount were
 * writable by mistake, the program could only write beneath the scratch.
 * The kernel headers of older distributions lack the newer ABI constants,
 * so they are defined here from the kernel's uapi.
 */
#include "engine/landlock.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/landlock.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/util.h"

#ifndef LANDLOCK_ACCESS_FS_REFER
#define LANDLOCK_ACCESS_FS_REFER (1ULL << 13)
#endif
#ifndef LANDLOCK_ACCESS_FS_TRUNCATE
#define LANDLOCK_ACCESS_FS_TRUNCATE (1ULL << 14)
#endif
#define AL_LANDLOCK_NET_BIND_TCP (1ULL << 0)
#define AL_LANDLOCK_NET_CONNECT_TCP (1ULL << 1)
#define AL_LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET (1ULL << 0)
#define AL_LANDLOCK_SCOPE_SIGNAL (1ULL << 1)
#ifndef LANDLOCK_CREATE_RULESET_VERSION
#define LANDLOCK_CREATE_RULESET_VERSION (1U << 0)
#endif

/* The ruleset attribute as of ABI 6; the kernel takes a prefix by size. */
struct al_ruleset_attr {
	uint64_t handled_access_fs;
	uint64_t handled_access_net;
	uint64_t scoped;
};

struct al_path_beneath {
	uint64_t allowed_access;
	int32_t parent_fd;
} __attribute__((packed));

#define WRITE_DIR_ACCESS                                                                           \
	(LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_REMOVE_DIR |                           \
	 LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_CHAR |                           \
	 LANDLOCK_ACCESS_FS_MAKE_DIR | LANDLOCK_ACCESS_FS_MAKE_REG |                               \
	 LANDLOCK_ACCESS_FS_MAKE_SOCK | LANDLOCK_ACCESS_FS_MAKE_FIFO |                             \
	 LANDLOCK_ACCESS_FS_MAKE_BLOCK | LANDLOCK_ACCESS_FS_MAKE_SYM)

int landlock_probe_abi(void)
{
	long abi = syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
	return abi < 0 ? 0 : (int)abi;
}

static int add_rule(int ruleset, const char *path, uint64_t access)
{
	struct al_path_beneath pb;
	int fd = open(path, O_PATH | O_CLOEXEC);
	int r;

	if (fd < 0)
		return errno == ENOENT ? 0 : -1;
	pb.allowed_access = access;
	pb.parent_fd = fd;
	r = (int)syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &pb, 0);
	close(fd);
	return r;
}

int landlock_restrict(int abi, const char *workdir, bool deny_tcp)
{
	const char *const scratch[] = {workdir, "/tmp", "/dev/shm"};
	/* /dev/tty and /dev/pts: a box's own terminals (absent elsewhere) */
	static const char *const devices[] = {"/dev/null",   "/dev/zero",    "/dev/full",
					      "/dev/random", "/dev/urandom", "/dev/tty",
					      "/dev/pts"};
	struct al_ruleset_attr attr;
	size_t size = sizeof(uint64_t);
	uint64_t dir_access = WRITE_DIR_ACCESS, file_access = LANDLOCK_ACCESS_FS_WRITE_FILE;
	int ruleset, r = 0;

	if (abi <= 0)
		return 0;
	memset(&attr, 0, sizeof(attr));
	if (abi >= 2)
		dir_access |= LANDLOCK_ACCESS_FS_REFER;
	if (abi >= 3) {
		dir_access |= LANDLOCK_ACCESS_FS_TRUNCATE;
		file_access |= LANDLOCK_ACCESS_FS_TRUNCATE;
	}
	attr.handled_access_fs = dir_access;
	if (abi >= 4) {
		size = 2 * sizeof(uint64_t);
		if (deny_tcp)
			attr.handled_access_net =
			    AL_LANDLOCK_NET_BIND_TCP | AL_LANDLOCK_NET_CONNECT_TCP;
	}
	if (abi >= 6) {
		size = sizeof(attr);
		attr.scoped = AL_LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET | AL_LANDLOCK_SCOPE_SIGNAL;
	}
	ruleset = (int)syscall(SYS_landlock_create_ruleset, &attr, size, 0);
	if (ruleset < 0)
		return -1;
	for (size_t i = 0; i < ARRAY_SIZE(scratch) && r == 0; i++)
		r = add_rule(ruleset, scratch[i], dir_access);
	for (size_t i = 0; i < ARRAY_SIZE(devices) && r == 0; i++)
		r = add_rule(ruleset, devices[i], file_access);
	if (r == 0)
		r = (int)syscall(SYS_landlock_restrict_self, ruleset, 0);
	int saved = errno;
	close(ruleset);
	errno = saved;
	return r;
}
