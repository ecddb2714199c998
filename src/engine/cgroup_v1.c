/*
 * cgroup v1: one directory per controller (memory, pids, cpuacct), each
 * mounted at <root>/<controller>. airlock's runs live in
 * <root>/<controller>/<parent>/<id>; nothing else is touched.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "common/util.h"
#include "engine/cgroup.h"

#ifndef CGROUP_SUPER_MAGIC
#define CGROUP_SUPER_MAGIC 0x27e0eb
#endif

enum { V1_MEMORY, V1_PIDS, V1_CPUACCT };
static const char *const controllers[] = {"memory", "pids", "cpuacct"};

static bool v1_detect(const char *root)
{
	char path[PATH_MAX];
	struct statfs sfs;

	for (size_t i = 0; i < ARRAY_SIZE(controllers); i++) {
		snprintf(path, sizeof(path), "%s/%s", root, controllers[i]);
		if (statfs(path, &sfs) < 0 || sfs.f_type != CGROUP_SUPER_MAGIC)
			return false;
	}
	return true;
}

static void v1_plan(struct cgroup *cg, const char *root, const char *parent, const char *id)
{
	char path[PATH_MAX];
	struct statfs sfs;

	for (size_t i = 0; i < ARRAY_SIZE(controllers); i++)
		snprintf(cg->path[i], sizeof(cg->path[i]), "%s/%s/%s/%s", root, controllers[i],
			 parent, id);
	cg->nplanned = (int)ARRAY_SIZE(controllers);
	snprintf(path, sizeof(path), "%s/freezer", root);
	if (cg->want_freezer && statfs(path, &sfs) == 0 && sfs.f_type == CGROUP_SUPER_MAGIC) {
		cg->freezer = cg->nplanned++;
		snprintf(cg->path[cg->freezer], sizeof(cg->path[cg->freezer]), "%s/freezer/%s/%s",
			 root, parent, id);
	}
}

static int v1_make(struct cgroup *cg, err_t *err)
{
	char parent[PATH_MAX];

	for (int i = 0; i < cg->nplanned; i++) {
		if (cgroup_make_parent(cg, i, parent, sizeof(parent), err) < 0 ||
		    cgroup_make_dir(cg, i, err) < 0) {
			cgroup_remove_dirs(cg, NULL);
			return -1;
		}
	}
	return 0;
}

static int v1_set_memory(struct cgroup *cg, uint64_t bytes, err_t *err)
{
	int fd = cg->dirfd[V1_MEMORY];
	char val[32];
	bool memsw = faccessat(fd, "memory.memsw.limit_in_bytes", F_OK, 0) == 0;

	snprintf(val, sizeof(val), "%" PRIu64, bytes);
	/* memsw (memory + swap) must never be below the memory limit, so the
	 * order of the two writes depends on the direction of the change.
	 * Setting both equal means no swap at all. */
	if (memsw && bytes > cg->mem_limit && cg->mem_limit != 0) {
		if (write_file_at(fd, "memory.memsw.limit_in_bytes", val, err) < 0 ||
		    write_file_at(fd, "memory.limit_in_bytes", val, err) < 0)
			return -1;
	} else {
		if (write_file_at(fd, "memory.limit_in_bytes", val, err) < 0)
			return -1;
		if (memsw && write_file_at(fd, "memory.memsw.limit_in_bytes", val, err) < 0)
			return -1;
	}
	if (!memsw && write_file_at(fd, "memory.swappiness", "0", err) < 0)
		return -1;
	cg->mem_limit = bytes;
	return 0;
}

/* The files read at the end of a step (cgroup.h, stat_fd), by directory. */
static const struct {
	int dir;
	const char *file;
} stat_files[] = {
    {V1_CPUACCT, "cpuacct.usage_user"},
    {V1_CPUACCT, "cpuacct.usage_sys"},
    {V1_MEMORY, "memory.max_usage_in_bytes"},
    {V1_MEMORY, "memory.oom_control"},
};
enum { STAT_USER, STAT_SYS, STAT_PEAK, STAT_OOM };

static int v1_read_oom_kills(struct cgroup *cg, uint64_t *n)
{
	*n = 0;
	return cgroup_pread_key(cg->stat_fd[STAT_OOM], "oom_kill", n);
}

static int v1_set_limits(struct cgroup *cg, uint64_t mem_bytes, uint64_t pids, err_t *err)
{
	char val[32];

	/* Kept open: the supervisor reads it on every tick. */
	if (cg->cpu_fd < 0 &&
	    (cg->cpu_fd = openat(cg->dirfd[V1_CPUACCT], "cpuacct.usage", O_RDONLY | O_CLOEXEC)) < 0)
		return err_set(err, errno, "open %s/cpuacct.usage", cg->path[V1_CPUACCT]);
	/* (a kernel before 4.7 has no usage_user and usage_sys: -1, and
	 * read_usage does without) */
	for (size_t i = 0; i < ARRAY_SIZE(stat_files); i++)
		if (cg->stat_fd[i] < 0)
			cg->stat_fd[i] = openat(cg->dirfd[stat_files[i].dir], stat_files[i].file,
						O_RDONLY | O_CLOEXEC);

	if (v1_set_memory(cg, mem_bytes, err) < 0)
		return err_wrap(err, "cannot set memory limit");
	snprintf(val, sizeof(val), "%" PRIu64, pids);
	if (write_file_at(cg->dirfd[V1_PIDS], "pids.max", val, err) < 0)
		return err_wrap(err, "cannot set process limit");
	/* Peaks are per step: the compile step's must not show in the run's. */
	(void)write_file_at(cg->dirfd[V1_MEMORY], "memory.max_usage_in_bytes", "0", NULL);
	v1_read_oom_kills(cg, &cg->oom_base);
	return 0;
}

static int v1_read_cpu_ns(struct cgroup *cg, uint64_t *ns)
{
	return cgroup_pread_u64(cg->cpu_fd, ns);
}

static int v1_read_usage(struct cgroup *cg, struct cgroup_usage *u, err_t *err)
{
	memset(u, 0, sizeof(*u));
	if (cgroup_pread_u64(cg->cpu_fd, &u->cpu_ns) < 0)
		return err_set(err, errno, "cannot read %s/cpuacct.usage", cg->path[V1_CPUACCT]);
	if (cgroup_pread_u64(cg->stat_fd[STAT_USER], &u->user_ns) < 0 ||
	    cgroup_pread_u64(cg->stat_fd[STAT_SYS], &u->sys_ns) < 0) {
		u->user_ns = u->cpu_ns; /* kernels before 4.7 lack the split */
		u->sys_ns = 0;
	}
	if (cgroup_pread_u64(cg->stat_fd[STAT_PEAK], &u->mem_peak_bytes) < 0)
		return err_set(err, errno, "cannot read memory peak of %s", cg->path[V1_MEMORY]);
	uint64_t kills = 0;
	if (v1_read_oom_kills(cg, &kills) == 0 && kills > cg->oom_base)
		u->oom_kills = kills - cg->oom_base;
	return 0;
}

static int v1_destroy(struct cgroup *cg, err_t *err)
{
	if (cg->ndirs > V1_PIDS)
		cgroup_kill_procs(cg->dirfd[V1_PIDS]);
	if (cg->freezer >= 0 && cg->freezer < cg->ndirs)
		cgroup_thaw_at(cg->dirfd[cg->freezer]); /* frozen, they die once thawed */
	return cgroup_remove_dirs(cg, err);
}

const struct cgroup_backend cgroup_v1_backend = {
    .name = "cgroup v1",
    .kind = ENF_CGROUP_V1,
    .detect = v1_detect,
    .plan = v1_plan,
    .make = v1_make,
    .attach = cgroup_attach_all,
    .join_file = "tasks",
    .set_limits = v1_set_limits,
    .read_cpu_ns = v1_read_cpu_ns,
    .read_usage = v1_read_usage,
    .destroy = v1_destroy,
};
