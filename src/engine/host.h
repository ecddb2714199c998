/*
 * What this host gives airlock, checked one thing at a time, each missing
 * one with the sentence that says what to do: `airlock info` prints them,
 * and a run that fails for one of these reasons fails with the same
 * sentence. Hosts where users run airlock disable things in many ways
 * (sysctls, Ubuntu's AppArmor restriction, a container's seccomp profile
 * or read-only cgroupfs, a kernel without landlock); the checks try the
 * real operation in a throwaway child and then look for the cause.
 */
#ifndef AIRLOCK_ENGINE_HOST_H
#define AIRLOCK_ENGINE_HOST_H

#include <stdbool.h>

#include "common/err.h"

enum host_check_id {
	HOST_USERNS = 0, /* user, mount, pid, net, ipc, uts namespaces */
	HOST_PROC,	 /* a fresh /proc in a new pid namespace */
	HOST_SECCOMP,	 /* seccomp filters (and user notification) */
	HOST_LANDLOCK,
	HOST_CGROUPS, /* as root: a writable hierarchy with the controllers */
	HOST_CHECKS
};

struct host_check {
	const char *name;
	bool ok;
	bool required;	  /* false: airlock runs without it, with less (said in detail) */
	char detail[240]; /* what was found */
	char fix[480];	  /* what to do; "" when ok */
};

/* Runs every check; rootless: as an ordinary user would (no cgroups). */
void host_checks(struct host_check out[HOST_CHECKS], bool rootless, const char *cgroup_root);

/* The sentence for a sandbox that could not be made (errnum from clone or
 * unshare): the cause found by HOST_USERNS and its fix. */
int host_userns_error(int errnum, err_t *err);
/* What to do about a step of the sandbox's setup that failed (the
 * child's report: "mount /proc"...), or NULL when nothing is known. */
const char *host_setup_fix(const char *what, int errnum);
/* The sentence for no usable cgroup hierarchy as root. */
int host_cgroup_error(const char *cgroup_root, err_t *err);

#endif
