/*
 * cgroups behind one interface: a backend per cgroup version (cgroup_v1.c,
 * cgroup_v2.c), chosen once by cgroup_detect(). Each run gets its own cgroup
 * under airlock's parent, and removes it at the end.
 */
#ifndef AIRLOCK_CGROUP_H
#define AIRLOCK_CGROUP_H

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "common/err.h"
#include "engine/engine.h"

#define CGROUP_MAX_DIRS 4

struct cgroup_usage {
	uint64_t cpu_ns, user_ns, sys_ns;
	uint64_t mem_peak_bytes;
	uint64_t oom_kills;
};

struct cgroup {
	const struct cgroup_backend *be;
	/* set before it is made: v1 adds a freezer directory (the last) when
	 * that controller is mounted; v2's freezer is cgroup.freeze */
	bool want_freezer;
	int freezer;  /* the index of the freezer's directory; -1: none */
	int ndirs;    /* directories made (and to remove) */
	int nplanned; /* directories planned: path[0..nplanned) */
	int dirfd[CGROUP_MAX_DIRS];
	char path[CGROUP_MAX_DIRS][PATH_MAX];
	int cpu_fd; /* kept open: the supervisor reads it on every tick */
	uint64_t mem_limit;
	uint64_t oom_base; /* OOM kills counted before the current step */
	/* v2, the peak of a step: memory.peak is kept open, as a reset holds
	 * only for the fd that wrote it (Linux 6.12 on). Where it cannot be
	 * reset, peak_base is the cgroup's lifetime peak when the step began,
	 * and memory.current is sampled on every tick into peak_sampled. */
	int peak_fd, cur_fd;
	bool peak_reset;
	uint64_t peak_base, peak_sampled;
	/* v1, read at the end of each step and kept open from its start (the
	 * end of a run is on its caller's clock): cpuacct.usage_user,
	 * cpuacct.usage_sys, memory.max_usage_in_bytes, memory.oom_control */
	int stat_fd[4];
};

struct cgroup_backend {
	const char *name;
	enum enforcer kind;
	/* Whether this version is mounted at root and usable for parent. */
	bool (*detect)(const char *root);
	/* Where the cgroup's directories go (cg->path, cg->nplanned), under
	 * root/parent/id; creates nothing. */
	void (*plan)(struct cgroup *cg, const char *root, const char *parent, const char *id);
	/* Makes the planned directories (and airlock's parent where missing);
	 * on failure, removes what it made. */
	int (*make)(struct cgroup *cg, err_t *err);
	int (*attach)(struct cgroup *cg, pid_t pid, err_t *err);
	/* The file of each directory through which a process moves itself
	 * (a write of "0"), or NULL. Moving another process (attach) takes
	 * the kernel's cgroup_threadgroup_rwsem for writing, which first
	 * waits for an RCU grace period (5 to 15 ms on an idle machine) and
	 * meanwhile holds up every fork and exit of the machine; a single
	 * thread moving itself takes no such lock (Linux 5.19 on). v1's
	 * "tasks" is such a file; v2 has none for a process of a domain
	 * cgroup (CLONE_INTO_CGROUP is v2's way). */
	const char *join_file;
	/* Sets the limits of the next step and resets its peak counters. */
	int (*set_limits)(struct cgroup *cg, uint64_t mem_bytes, uint64_t pids, err_t *err);
	/* Called on every tick of the supervisor (v2 also samples memory). */
	int (*read_cpu_ns)(struct cgroup *cg, uint64_t *ns);
	int (*read_usage)(struct cgroup *cg, struct cgroup_usage *u, err_t *err);
	/* Kills what is left and removes the cgroup. */
	int (*destroy)(struct cgroup *cg, err_t *err);
};

extern const struct cgroup_backend cgroup_v1_backend;
extern const struct cgroup_backend cgroup_v2_backend;

/* The backend for this host, or NULL when cgroups are not usable. */
const struct cgroup_backend *cgroup_detect(const char *root);

void cgroup_init(struct cgroup *cg, const struct cgroup_backend *be);
/* Freezes (or thaws) every process of the cgroup and waits until they
 * are: ENOTSUP without a freezer, EBUSY when they would not freeze in
 * time (then thawed again). */
int cgroup_freeze(struct cgroup *cg, bool frozen, err_t *err);
/* Whether cgroup_freeze can work on it: it has a freezer (v2's
 * cgroup.freeze, v1's freezer directory) that this user may write. */
bool cgroup_can_freeze(const struct cgroup *cg);
/* Thaws the cgroup directory dirfd, v1 or v2, if it has a freezer:
 * frozen processes die of SIGKILL only once thawed (v1). Only syscalls:
 * the reaper uses it. */
void cgroup_thaw_at(int dirfd);
/* Reads a "key value" line from a flat-keyed file such as cpu.stat. */
int cgroup_read_key(int dirfd, const char *file, const char *key, uint64_t *out);
int cgroup_read_u64(int dirfd, const char *file, uint64_t *out);
/* The same, of a file kept open (fd < 0: -1). */
int cgroup_pread_u64(int fd, uint64_t *out);
int cgroup_pread_key(int fd, const char *key, uint64_t *out);
/* The directory that holds the planned directory i (airlock's parent),
 * made where missing. */
int cgroup_make_parent(const struct cgroup *cg, int i, char *parent, size_t size, err_t *err);
/* Makes the planned directory i (the next one) and opens it. */
int cgroup_make_dir(struct cgroup *cg, int i, err_t *err);
/* Plans and makes the cgroup (no reaper: for tests and tools). */
int cgroup_create(struct cgroup *cg, const char *root, const char *parent, const char *id,
		  err_t *err);
/* Moves pid into every directory of the cgroup (each v1 controller). */
int cgroup_attach_all(struct cgroup *cg, pid_t pid, err_t *err);
/* Opens the backend's join_file in every directory (write-only, on close
 * of exec) into fds: a process given them joins the cgroup by writing "0"
 * to each (opened by us, the write needs no privilege of its own). The
 * count, 0 when the backend has no join_file, -1 on error. */
int cgroup_open_join(const struct cgroup *cg, int fds[CGROUP_MAX_DIRS], err_t *err);
/* Kills every process listed in dirfd's cgroup.procs; returns how many. */
int cgroup_kill_procs(int dirfd);
/* v2: a step's memory peak from the cgroup's lifetime peak now, that peak
 * when the step began, and the largest usage sampled during the step, where
 * the kernel cannot reset memory.peak: a lifetime peak that rose was reached
 * in this step; otherwise the step stayed below it, and the samples are all
 * that is known of it. */
uint64_t cgroup_v2_step_peak(uint64_t lifetime, uint64_t base, uint64_t sampled);
/* Shared by both backends: close fds, kill leftovers, rmdir, bounded wait. */
int cgroup_remove_dirs(struct cgroup *cg, err_t *err);

/* The reaper: a tiny process outside the sandbox that removes the run's
 * cgroups if the supervisor dies before it could (kill -9 of airlock). */
struct reaper {
	pid_t pid;
	int fd; /* our end; closing it without "r" or "d" makes the reaper clean up */
	void *stack;
	char paths[CGROUP_MAX_DIRS][PATH_MAX];
	int npaths;
};
/* Starts a reaper for the cgroup's planned directories (they need not
 * exist yet). */
int reaper_start(struct reaper *r, const struct cgroup *cg, err_t *err);
/* Plans the cgroup, starts its reaper, then makes the directories: a
 * SIGKILL of airlock at any moment leaves none of them behind. On failure
 * nothing is left and the reaper is gone. */
int cgroup_create_reaped(struct cgroup *cg, struct reaper *r, const char *root, const char *parent,
			 const char *id, err_t *err);
/* Dismisses the reaper (the supervisor removed the cgroups) and reaps it. */
void reaper_finish(struct reaper *r);
/* Hands the removal over: the reaper removes the cgroups once the process
 * of pidfd has exited, and exits. 0 when handed; then reaper_wait(). */
int reaper_hand_over(struct reaper *r, int pidfd);
/* Reaps a reaper that was handed the removal: 0 when it removed every
 * directory of the cgroup. */
int reaper_wait(struct reaper *r);
/* Forgets the cgroup's directories (removed by someone else): closes its
 * descriptors. */
void cgroup_forget(struct cgroup *cg);

/* cgroup v2: the cgroups of sandboxes built before their runs, one each,
 * made ahead under airlock's parent by the template that builds them
 * (cgroup_ready.c has why). */
#define READY_CGROUP_NAME 48
#define READY_CGROUPS_DOOMED 32
struct ready_cgroups {
	const struct cgroup_backend *be; /* NULL: none are made (v1, rootless) */
	char root[PATH_MAX], parent[NAME_MAX + 1];
	unsigned next;
	/* of sandboxes that never had a run: removed once empty */
	char doomed[READY_CGROUPS_DOOMED][READY_CGROUP_NAME];
	int ndoomed;
};
/* Ready cgroups for e's host, where they are wanted (cgroup v2, root);
 * removes those left by templates that ended without removing theirs. */
void ready_cgroups_init(struct ready_cgroups *rc, const struct engine *e);
/* A new one: its name (ready-<pid>-<n>) and an open descriptor of its
 * directory for CLONE_INTO_CGROUP; name "" and *fd -1 where none are
 * made. */
int ready_cgroup_make(struct ready_cgroups *rc, char name[READY_CGROUP_NAME], int *fd, err_t *err);
/* Its path, for the run that takes it: -1 when it does not fit. */
int ready_cgroup_path(const struct ready_cgroups *rc, const char *name, char *buf, size_t size);
/* Removes the cgroup of a sandbox that never had a run, now or, while its
 * processes are still exiting, on a later ready_cgroups_retry(). */
void ready_cgroup_remove(struct ready_cgroups *rc, const char *name);
/* The cgroup of a ready sandbox handed to a run whose connection has
 * closed: removed as above unless the run took it (it set its limits);
 * then it is the run's to remove. */
void ready_cgroup_release(struct ready_cgroups *rc, const char *name);
/* Tries again to remove those; true while some are left. */
bool ready_cgroups_retry(struct ready_cgroups *rc);
/* At the end (every sandbox gone): removes those left, waiting a little. */
void ready_cgroups_finish(struct ready_cgroups *rc);
/* A run takes a ready sandbox's cgroup at path as its own: cg, one
 * directory (v2). EXDEV when path is not directly under e's parent (a
 * template started for another): then the sandbox is moved. */
int cgroup_adopt(struct cgroup *cg, const struct engine *e, const char *path, err_t *err);

#endif
