/*
 * cgroup v2: one unified directory per run under <root>/<parent>. airlock
 * enables the controllers it needs (memory, pids, cpu) in its own parent's
 * cgroup.subtree_control only; the parent must hold no processes (the "no
 * internal processes" rule), which is why runs are its children.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "common/util.h"
#include "engine/cgroup.h"

#ifndef CGROUP2_SUPER_MAGIC
#define CGROUP2_SUPER_MAGIC 0x63677270
#endif

static bool v2_detect(const char *root)
{
	struct statfs sfs;
	char path[PATH_MAX];
	char buf[256];

	if (statfs(root, &sfs) < 0 || sfs.f_type != CGROUP2_SUPER_MAGIC)
		return false;
	snprintf(path, sizeof(path), "%s/cgroup.controllers", root);
	if (read_file_at(AT_FDCWD, path, buf, sizeof(buf)) < 0)
		return false;
	return strstr(buf, "memory") && strstr(buf, "pids");
}

static int enable_controllers(const char *dir, err_t *err)
{
	char path[PATH_MAX];
	char buf[256];

	snprintf(path, sizeof(path), "%s/cgroup.subtree_control", dir);
	if (read_file_at(AT_FDCWD, path, buf, sizeof(buf)) >= 0 && strstr(buf, "memory") &&
	    strstr(buf, "pids") && strstr(buf, "cpu"))
		return 0;
	if (write_file_at(AT_FDCWD, path, "+memory +pids +cpu", err) < 0)
		return err_wrap(err, "cannot enable controllers for airlock's cgroups");
	return 0;
}

static void v2_plan(struct cgroup *cg, const char *root, const char *parent, const char *id)
{
	snprintf(cg->path[0], sizeof(cg->path[0]), "%s/%s/%s", root, parent, id);
	cg->nplanned = 1;
}

static int v2_make(struct cgroup *cg, err_t *err)
{
	char parent[PATH_MAX];

	if (cgroup_make_parent(cg, 0, parent, sizeof(parent), err) < 0 ||
	    enable_controllers(parent, err) < 0)
		return -1;
	if (cgroup_make_dir(cg, 0, err) < 0) {
		cgroup_remove_dirs(cg, NULL);
		return -1;
	}
	return 0;
}

static int v2_read_oom_kills(struct cgroup *cg, uint64_t *n)
{
	*n = 0;
	return cgroup_read_key(cg->dirfd[0], "memory.events", "oom_kill", n);
}

uint64_t cgroup_v2_step_peak(uint64_t lifetime, uint64_t base, uint64_t sampled)
{
	return lifetime > base ? lifetime : sampled;
}

/* The next step's peak starts here. From Linux 6.12 a write to memory.peak
 * resets it for reads through the same fd; before, the write fails (and
 * before 5.19 there is no memory.peak): then the peak is worked out from
 * the lifetime peak and samples of memory.current (cgroup_v2_step_peak). */
static void v2_reset_peak(struct cgroup *cg)
{
	int fd = cg->dirfd[0];
	uint64_t v;

	if (cg->peak_fd < 0 && (cg->peak_fd = openat(fd, "memory.peak", O_RDWR | O_CLOEXEC)) < 0)
		cg->peak_fd = openat(fd, "memory.peak", O_RDONLY | O_CLOEXEC);
	if (cg->cur_fd < 0)
		cg->cur_fd = openat(fd, "memory.current", O_RDONLY | O_CLOEXEC);
	cg->peak_reset = cg->peak_fd >= 0 && pwrite(cg->peak_fd, "reset\n", 6, 0) == 6;
	cg->peak_base = cg->peak_sampled = 0;
	if (!cg->peak_reset) {
		(void)cgroup_pread_u64(cg->peak_fd, &cg->peak_base);
		if (cgroup_pread_u64(cg->cur_fd, &v) == 0)
			cg->peak_sampled = v;
	}
}

static void v2_sample_memory(struct cgroup *cg)
{
	uint64_t v;

	if (!cg->peak_reset && cgroup_pread_u64(cg->cur_fd, &v) == 0 && v > cg->peak_sampled)
		cg->peak_sampled = v;
}

static int v2_set_limits(struct cgroup *cg, uint64_t mem_bytes, uint64_t pids, err_t *err)
{
	int fd = cg->dirfd[0];
	char val[32];

	/* Kept open: the supervisor reads it on every tick. */
	if (cg->cpu_fd < 0 && (cg->cpu_fd = openat(fd, "cpu.stat", O_RDONLY | O_CLOEXEC)) < 0)
		return err_set(err, errno, "open %s/cpu.stat", cg->path[0]);
	snprintf(val, sizeof(val), "%" PRIu64, mem_bytes);
	if (write_file_at(fd, "memory.max", val, err) < 0)
		return err_wrap(err, "cannot set memory limit");
	/* No swap: a limit that can spill to swap is not a memory limit. */
	if (faccessat(fd, "memory.swap.max", F_OK, 0) == 0 &&
	    write_file_at(fd, "memory.swap.max", "0", err) < 0)
		return err_wrap(err, "cannot disable swap");
	snprintf(val, sizeof(val), "%" PRIu64, pids);
	if (write_file_at(fd, "pids.max", val, err) < 0)
		return err_wrap(err, "cannot set process limit");
	v2_reset_peak(cg);
	cg->mem_limit = mem_bytes;
	v2_read_oom_kills(cg, &cg->oom_base);
	return 0;
}

static int v2_read_cpu_ns(struct cgroup *cg, uint64_t *ns)
{
	char buf[512];
	ssize_t n = pread(cg->cpu_fd, buf, sizeof(buf) - 1, 0);
	char *p;

	v2_sample_memory(cg);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	p = strstr(buf, "usage_usec ");
	if (p == NULL)
		return -1;
	*ns = strtoull(p + 11, NULL, 10) * 1000ull;
	return 0;
}

static int v2_read_usage(struct cgroup *cg, struct cgroup_usage *u, err_t *err)
{
	int fd = cg->dirfd[0];
	uint64_t v;

	memset(u, 0, sizeof(*u));
	if (cgroup_read_key(fd, "cpu.stat", "usage_usec", &v) < 0)
		return err_set(err, errno, "cannot read %s/cpu.stat", cg->path[0]);
	u->cpu_ns = v * 1000;
	if (cgroup_read_key(fd, "cpu.stat", "user_usec", &v) == 0)
		u->user_ns = v * 1000;
	if (cgroup_read_key(fd, "cpu.stat", "system_usec", &v) == 0)
		u->sys_ns = v * 1000;
	if (cg->peak_reset && cgroup_pread_u64(cg->peak_fd, &v) == 0) {
		u->mem_peak_bytes = v;
	} else {
		uint64_t lifetime = 0;
		v2_sample_memory(cg);
		(void)cgroup_pread_u64(cg->peak_fd, &lifetime);
		u->mem_peak_bytes = cgroup_v2_step_peak(lifetime, cg->peak_base, cg->peak_sampled);
	}
	uint64_t kills = 0;
	if (v2_read_oom_kills(cg, &kills) == 0 && kills > cg->oom_base)
		u->oom_kills = kills - cg->oom_base;
	return 0;
}

static int v2_destroy(struct cgroup *cg, err_t *err)
{
	if (cg->ndirs > 0 && faccessat(cg->dirfd[0], "cgroup.kill", F_OK, 0) == 0)
		(void)write_file_at(cg->dirfd[0], "cgroup.kill", "1", NULL);
	else if (cg->ndirs > 0)
		cgroup_kill_procs(cg->dirfd[0]);
	return cgroup_remove_dirs(cg, err);
}

const struct cgroup_backend cgroup_v2_backend = {
    .name = "cgroup v2",
    .kind = ENF_CGROUP_V2,
    .detect = v2_detect,
    .plan = v2_plan,
    .make = v2_make,
    .attach = cgroup_attach_all,
    .set_limits = v2_set_limits,
    .read_cpu_ns = v2_read_cpu_ns,
    .read_usage = v2_read_usage,
    .destroy = v2_destroy,
};
