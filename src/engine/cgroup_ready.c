/*
 * cgroup v2: a cgroup made ahead for each sandbox built before its run.
 *
 * On v2 no process of a domain cgroup can move itself, and moving another
 * waits for an RCU grace period (cgroup.h, join_file): 5 to 15 ms for a run
 * that comes alone. A cold run's init is cloned into its cgroup. A ready
 * sandbox (a warm template's or the spawner's, built before any run) is
 * cloned into one made for it here, under airlock's parent, named
 * ready-<template pid>-<n>; the run that takes the sandbox takes the cgroup
 * as its own (cgroup_adopt) and removes it at its end, as any run's. The
 * template removes the ones of sandboxes that never had a run, and at its
 * start those that a template killed before it could left behind.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "common/util.h"
#include "engine/cgroup.h"
#include "engine/internal.h"

/* Whether the ready cgroup name in the directory dfd never had a run's
 * limits: one that a run took has them (memory.max is not "max"), and is
 * that run's to remove, by it or by its reaper. */
static bool never_taken(int dfd, const char *name)
{
	char file[READY_CGROUP_NAME + 16], max[32];

	snprintf(file, sizeof(file), "%s/memory.max", name);
	return read_file_at(dfd, file, max, sizeof(max)) >= 0 && strncmp(max, "max", 3) == 0;
}

/* Whether name, in the directory dfd, is the cgroup of a ready sandbox
 * that never had a run, made by a template that has ended. */
static bool orphaned(int dfd, const char *name)
{
	int pid = 0, n = 0;
	unsigned seq;

	if (sscanf(name, "ready-%d-%u%n", &pid, &seq, &n) != 2 || name[n] != '\0' || pid <= 0 ||
	    pid == (int)getpid() || kill(pid, 0) == 0 || errno != ESRCH)
		return false;
	return never_taken(dfd, name);
}

void ready_cgroups_init(struct ready_cgroups *rc, const struct engine *e)
{
	memset(rc, 0, sizeof(*rc));
	if (e->cgroup == NULL || e->cgroup->join_file != NULL)
		return; /* no cgroups (rootless), or v1: each joins by itself */
	rc->be = e->cgroup;
	snprintf(rc->root, sizeof(rc->root), "%s", e->cgroup_root);
	snprintf(rc->parent, sizeof(rc->parent), "%s", e->cgroup_parent);
	char dir[PATH_MAX + 64];
	snprintf(dir, sizeof(dir), "%s/%s", rc->root, rc->parent);
	DIR *d = opendir(dir);
	if (d == NULL)
		return;
	int dfd = dirfd(d);
	struct dirent *de;
	while ((de = readdir(d)) != NULL)
		if (orphaned(dfd, de->d_name)) /* its sandbox died with its template */
			ready_cgroup_remove(rc, de->d_name);
	closedir(d);
}

int ready_cgroup_make(struct ready_cgroups *rc, char name[READY_CGROUP_NAME], int *fd, err_t *err)
{
	struct cgroup cg;

	*fd = -1;
	name[0] = '\0';
	if (rc->be == NULL)
		return 0;
	char id[READY_CGROUP_NAME];
	snprintf(id, sizeof(id), "ready-%d-%u", (int)getpid(), rc->next++);
	cgroup_init(&cg, rc->be);
	if (cgroup_create(&cg, rc->root, rc->parent, id, err) < 0)
		return err_wrap(err, "cannot make a ready sandbox's cgroup");
	*fd = cg.dirfd[0];
	cg.dirfd[0] = -1;
	cgroup_forget(&cg);
	snprintf(name, READY_CGROUP_NAME, "%s", id);
	return 0;
}

int ready_cgroup_path(const struct ready_cgroups *rc, const char *name, char *buf, size_t size)
{
	int n = snprintf(buf, size, "%s/%s/%s", rc->root, rc->parent, name);
	return n < 0 || (size_t)n >= size ? -1 : 0;
}

/* Removes name; false while it is busy (its processes are still exiting). */
static bool remove_now(const struct ready_cgroups *rc, const char *name)
{
	char path[PATH_MAX + 128];

	if (ready_cgroup_path(rc, name, path, sizeof(path)) < 0)
		return true;
	return rmdir(path) == 0 || errno != EBUSY;
}

void ready_cgroup_remove(struct ready_cgroups *rc, const char *name)
{
	if (rc->be == NULL || name[0] == '\0' || remove_now(rc, name))
		return;
	if (rc->ndoomed < READY_CGROUPS_DOOMED)
		snprintf(rc->doomed[rc->ndoomed++], READY_CGROUP_NAME, "%s", name);
}

void ready_cgroup_release(struct ready_cgroups *rc, const char *name)
{
	char dir[PATH_MAX + 64];

	if (rc->be == NULL || name[0] == '\0')
		return;
	snprintf(dir, sizeof(dir), "%s/%s", rc->root, rc->parent);
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd < 0)
		return;
	if (never_taken(dfd, name))
		ready_cgroup_remove(rc, name);
	close(dfd);
}

bool ready_cgroups_retry(struct ready_cgroups *rc)
{
	for (int i = rc->ndoomed - 1; i >= 0; i--)
		if (remove_now(rc, rc->doomed[i]))
			memcpy(rc->doomed[i], rc->doomed[--rc->ndoomed], READY_CGROUP_NAME);
	return rc->ndoomed > 0;
}

void ready_cgroups_finish(struct ready_cgroups *rc)
{
	/* their processes are gone (the caller waited for its children): a
	 * cgroup stays busy for a moment after its last process died */
	for (int i = 0; i < 200 && ready_cgroups_retry(rc); i++)
		nanosleep(&(struct timespec){0, 10 * 1000 * 1000}, NULL);
}

int cgroup_adopt(struct cgroup *cg, const struct engine *e, const char *path, err_t *err)
{
	char own[PATH_MAX + 128];
	int n = snprintf(own, sizeof(own), "%s/%s/", e->cgroup_root, e->cgroup_parent);
	const char *name = path + n;

	cgroup_init(cg, e->cgroup);
	if (e->cgroup == NULL || n < 0 || (size_t)n >= sizeof(own) ||
	    strncmp(path, own, (size_t)n) != 0 || strncmp(name, "ready-", 6) != 0 ||
	    strchr(name, '/') != NULL || strlen(path) >= sizeof(cg->path[0]))
		return err_set(err, EXDEV, "the ready sandbox's cgroup %s is not under %s", path,
			       own);
	snprintf(cg->path[0], sizeof(cg->path[0]), "%s", path);
	cg->nplanned = 1;
	cg->dirfd[0] = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (cg->dirfd[0] < 0)
		return err_set(err, errno, "cannot open the ready sandbox's cgroup %s", path);
	cg->ndirs = 1;
	return 0;
}
