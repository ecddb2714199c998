/* The cgroup backends against a fake cgroupfs: a plain directory tree in
 * which the test plays the kernel (creates control files, fills counters). */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "engine/cgroup.h"
#include "lib/harness.h"

static char root[256];

static void put(const char *dir, const char *file, const char *content)
{
	char path[1024];
	snprintf(path, sizeof(path), "%s/%s", dir, file);
	FILE *f = fopen(path, "w");
	cr_assert_not_null(f, "%s", path);
	fputs(content, f);
	fclose(f);
}

static char *get(const char *dir, const char *file)
{
	char path[1024];
	snprintf(path, sizeof(path), "%s/%s", dir, file);
	return slurp(path);
}

static int rm_entry(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(p);
}

static void setup_root(void)
{
	snprintf(root, sizeof(root), "/tmp/airlock-fakecg.XXXXXX");
	cr_assert_not_null(mkdtemp(root));
}

static void teardown_root(void)
{
	nftw(root, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* The kernel would create these in every new cgroup directory. */
static void populate(const char *dir, const char *const *files)
{
	for (int i = 0; files[i]; i++)
		put(dir, files[i], "");
}

static void empty_dir(const char *dir)
{
	nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	mkdir(dir, 0755);
}

Test(cgroup_v2, lifecycle_on_fake_fs, .init = setup_root, .fini = teardown_root)
{
	static const char *const files[] = {"cgroup.procs", "memory.max",  "memory.swap.max",
					    "pids.max",	    "memory.peak", "memory.events",
					    "cpu.stat",	    "cgroup.kill", NULL};
	struct cgroup cg;
	err_t err;
	char parent[512], run[600];

	snprintf(parent, sizeof(parent), "%s/airlock", root);
	cr_assert_eq(mkdir(parent, 0755), 0);
	put(parent, "cgroup.subtree_control", "");
	cgroup_init(&cg, &cgroup_v2_backend);
	cr_assert_eq(cgroup_create(&cg, root, "airlock", "run-1", &err), 0, "%s", err.msg);
	/* controllers were enabled in airlock's own parent */
	char *sc = get(parent, "cgroup.subtree_control");
	cr_assert_str_eq(sc, "+memory +pids +cpu");
	free(sc);
	snprintf(run, sizeof(run), "%s/run-1", parent);
	populate(run, files);
	put(run, "memory.events", "low 0\nhigh 0\nmax 3\noom 1\noom_kill 2\n");
	put(run, "cpu.stat", "usage_usec 1500\nuser_usec 1000\nsystem_usec 500\n");

	cr_assert_eq(cgroup_v2_backend.set_limits(&cg, 64 << 20, 10, &err), 0, "%s", err.msg);
	char *v = get(run, "memory.peak");
	cr_assert_str_eq(v, "reset\n", "the step's peak is reset (through the fd kept to read it)");
	free(v);
	v = get(run, "memory.max");
	cr_assert_str_eq(v, "67108864");
	free(v);
	v = get(run, "memory.swap.max");
	cr_assert_str_eq(v, "0", "swap must be off");
	free(v);
	v = get(run, "pids.max");
	cr_assert_str_eq(v, "10");
	free(v);

	cr_assert_eq(cgroup_v2_backend.attach(&cg, 4242, &err), 0);
	v = get(run, "cgroup.procs");
	cr_assert_str_eq(v, "4242");
	free(v);

	uint64_t ns = 0;
	put(run, "cpu.stat", "usage_usec 2500000\nuser_usec 2000000\nsystem_usec 500000\n");
	cr_assert_eq(cgroup_v2_backend.read_cpu_ns(&cg, &ns), 0);
	cr_assert_eq(ns, 2500000000ull);

	struct cgroup_usage u;
	put(run, "memory.peak", "1048576\n");
	put(run, "memory.events", "low 0\nhigh 0\nmax 5\noom 2\noom_kill 3\n");
	cr_assert_eq(cgroup_v2_backend.read_usage(&cg, &u, &err), 0, "%s", err.msg);
	cr_assert_eq(u.cpu_ns, 2500000000ull);
	cr_assert_eq(u.user_ns, 2000000000ull);
	cr_assert_eq(u.sys_ns, 500000000ull);
	cr_assert_eq(u.mem_peak_bytes, 1048576);
	cr_assert_eq(u.oom_kills, 1, "only kills after the step's limits were set count");

	/* a real cgroupfs removes the control files with the directory */
	for (int i = 0; files[i]; i++) {
		char path[1024];
		snprintf(path, sizeof(path), "%s/%s", run, files[i]);
		unlink(path);
	}
	cr_assert_eq(cgroup_v2_backend.destroy(&cg, &err), 0, "%s", err.msg);
	cr_assert_eq(access(run, F_OK), -1, "run cgroup still there");
	cr_assert_eq(access(parent, F_OK), 0, "airlock's parent must stay");
}

/* Before Linux 5.19 there is no memory.peak (and before 6.12 it cannot be
 * reset): a step's peak comes from memory.current, sampled on every tick. */
Test(cgroup_v2, step_peak_without_a_resettable_memory_peak, .init = setup_root,
     .fini = teardown_root)
{
	static const char *const files[] = {
	    "cgroup.procs",   "memory.max", "pids.max", "memory.events",
	    "memory.current", "cpu.stat",   NULL};
	struct cgroup cg;
	struct cgroup_usage u;
	err_t err;
	uint64_t ns;
	char parent[512], run[600];

	snprintf(parent, sizeof(parent), "%s/airlock", root);
	cr_assert_eq(mkdir(parent, 0755), 0);
	put(parent, "cgroup.subtree_control", "");
	cgroup_init(&cg, &cgroup_v2_backend);
	cr_assert_eq(cgroup_create(&cg, root, "airlock", "run-2", &err), 0, "%s", err.msg);
	snprintf(run, sizeof(run), "%s/run-2", parent);
	populate(run, files);
	put(run, "cpu.stat", "usage_usec 1\n");
	put(run, "memory.events", "oom_kill 0\n");
	put(run, "memory.current", "40000000\n");
	cr_assert_eq(cgroup_v2_backend.set_limits(&cg, 64 << 20, 10, &err), 0, "%s", err.msg);
	put(run, "memory.current", "1000000\n");
	cr_assert_eq(cgroup_v2_backend.set_limits(&cg, 64 << 20, 10, &err), 0, "%s", err.msg);
	put(run, "memory.current", "3000000\n");
	cr_assert_eq(cgroup_v2_backend.read_cpu_ns(&cg, &ns), 0);
	put(run, "memory.current", "2000000\n");
	cr_assert_eq(cgroup_v2_backend.read_usage(&cg, &u, &err), 0, "%s", err.msg);
	cr_assert_eq(u.mem_peak_bytes, 3000000, "the largest sample of this step, not of the last");

	/* the lifetime peak, where there is one: it counts when it rose */
	cr_assert_eq(cgroup_v2_step_peak(50, 40, 30), 50);
	cr_assert_eq(cgroup_v2_step_peak(40, 40, 3), 3);
	cr_assert_eq(cgroup_v2_step_peak(0, 0, 7), 7);

	for (int i = 0; files[i]; i++) {
		char path[1024];
		snprintf(path, sizeof(path), "%s/%s", run, files[i]);
		unlink(path);
	}
	cr_assert_eq(cgroup_v2_backend.destroy(&cg, &err), 0, "%s", err.msg);
}

Test(cgroup_v2, detect_refuses_a_plain_directory, .init = setup_root, .fini = teardown_root)
{
	cr_assert(!cgroup_v2_backend.detect(root));
	cr_assert(!cgroup_v1_backend.detect(root));
	cr_assert_null(cgroup_detect(root));
}

Test(cgroup_v1, lifecycle_on_fake_fs, .init = setup_root, .fini = teardown_root)
{
	static const char *const ctl[] = {"memory", "pids", "cpuacct"};
	struct cgroup cg;
	err_t err;
	char dir[3][600];

	for (int i = 0; i < 3; i++) {
		char p[512];
		snprintf(p, sizeof(p), "%s/%s", root, ctl[i]);
		cr_assert_eq(mkdir(p, 0755), 0);
	}
	cgroup_init(&cg, &cgroup_v1_backend);
	cr_assert_eq(cgroup_create(&cg, root, "airlock", "run-7", &err), 0, "%s", err.msg);
	for (int i = 0; i < 3; i++) {
		snprintf(dir[i], sizeof(dir[i]), "%s/%s/airlock/run-7", root, ctl[i]);
		cr_assert_eq(access(dir[i], F_OK), 0);
		put(dir[i], "cgroup.procs", "");
	}
	static const char *const mem[] = {"memory.limit_in_bytes", "memory.memsw.limit_in_bytes",
					  "memory.max_usage_in_bytes", "memory.oom_control", NULL};
	populate(dir[0], mem);
	put(dir[0], "memory.oom_control", "oom_kill_disable 0\nunder_oom 0\noom_kill 0\n");
	put(dir[1], "pids.max", "");
	put(dir[2], "cpuacct.usage", "0\n");
	put(dir[2], "cpuacct.usage_user", "0\n");
	put(dir[2], "cpuacct.usage_sys", "0\n");

	cr_assert_eq(cgroup_v1_backend.set_limits(&cg, 32 << 20, 5, &err), 0, "%s", err.msg);
	char *v = get(dir[0], "memory.limit_in_bytes");
	cr_assert_str_eq(v, "33554432");
	free(v);
	v = get(dir[0], "memory.memsw.limit_in_bytes");
	cr_assert_str_eq(v, "33554432", "memory+swap equal to memory: no swap");
	free(v);
	v = get(dir[1], "pids.max");
	cr_assert_str_eq(v, "5");
	free(v);

	put(dir[2], "cpuacct.usage", "7000000\n");
	put(dir[2], "cpuacct.usage_user", "5000000\n");
	put(dir[2], "cpuacct.usage_sys", "2000000\n");
	put(dir[0], "memory.max_usage_in_bytes", "2097152\n");
	put(dir[0], "memory.oom_control", "oom_kill_disable 0\nunder_oom 0\noom_kill 1\n");
	struct cgroup_usage u;
	cr_assert_eq(cgroup_v1_backend.read_usage(&cg, &u, &err), 0, "%s", err.msg);
	cr_assert_eq(u.cpu_ns, 7000000);
	cr_assert_eq(u.user_ns, 5000000);
	cr_assert_eq(u.sys_ns, 2000000);
	cr_assert_eq(u.mem_peak_bytes, 2097152);
	cr_assert_eq(u.oom_kills, 1);

	for (int i = 0; i < 3; i++)
		empty_dir(dir[i]), rmdir(dir[i]), mkdir(dir[i], 0755);
	cr_assert_eq(cgroup_v1_backend.destroy(&cg, &err), 0, "%s", err.msg);
	for (int i = 0; i < 3; i++)
		cr_assert_eq(access(dir[i], F_OK), -1);
}

Test(cgroup, read_key_parses_flat_keyed_files, .init = setup_root, .fini = teardown_root)
{
	uint64_t v = 0;
	int fd;
	put(root, "stat", "usage_usec 10\nuser_usec 7\nsystem_usec 3\n");
	fd = open(root, O_RDONLY | O_DIRECTORY);
	cr_assert_eq(cgroup_read_key(fd, "stat", "user_usec", &v), 0);
	cr_assert_eq(v, 7);
	cr_assert_eq(cgroup_read_key(fd, "stat", "system_usec", &v), 0);
	cr_assert_eq(v, 3);
	cr_assert_eq(cgroup_read_key(fd, "stat", "usage", &v), -1, "prefix must not match");
	close(fd);
}

/* A cgroup of n plain directories under root, as the reaper sees one. */
static void fake_dirs(struct cgroup *cg, int n)
{
	cgroup_init(cg, &cgroup_v1_backend);
	for (int i = 0; i < n; i++) {
		snprintf(cg->path[i], sizeof(cg->path[i]), "%s/cg%d", root, i);
		cr_assert_eq(mkdir(cg->path[i], 0755), 0);
	}
	cg->ndirs = cg->nplanned = n;
}

/* A child that waits until its stdin pipe closes; its pidfd. */
static pid_t waiting_child(int *pidfd, int *hold)
{
	int p[2];
	cr_assert_eq(pipe(p), 0);
	pid_t pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		char c;
		close(p[1]);
		(void)!read(p[0], &c, 1);
		_exit(0);
	}
	close(p[0]);
	*hold = p[1];
	*pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
	cr_assert_geq(*pidfd, 0);
	return pid;
}

/* Handed a pidfd, the reaper removes the directories once that process
 * has exited, not before, and says so by its exit status. */
Test(reaper, removes_the_cgroup_when_the_handed_process_exits, .init = setup_root,
     .fini = teardown_root)
{
	struct cgroup cg;
	struct reaper r;
	err_t err;
	int pidfd, hold;

	fake_dirs(&cg, 3);
	cr_assert_eq(reaper_start(&r, &cg, &err), 0, "%s", err.msg);
	pid_t child = waiting_child(&pidfd, &hold);
	cr_assert_eq(reaper_hand_over(&r, pidfd), 0);
	close(pidfd);
	usleep(100000);
	for (int i = 0; i < 3; i++)
		cr_assert_eq(access(cg.path[i], F_OK), 0, "%s removed while its process lives",
			     cg.path[i]);
	close(hold);
	cr_assert_eq(waitpid(child, NULL, 0), child);
	cr_assert_eq(reaper_wait(&r), 0);
	for (int i = 0; i < 3; i++)
		cr_assert_eq(access(cg.path[i], F_OK), -1, "%s left", cg.path[i]);
	cgroup_forget(&cg);
}

/* A directory the reaper cannot remove (here: not empty) is a failure it
 * reports at once, and the caller removes what it can itself. */
Test(reaper, reports_a_directory_it_could_not_remove, .init = setup_root, .fini = teardown_root)
{
	struct cgroup cg;
	struct reaper r;
	err_t err;
	int pidfd, hold;

	fake_dirs(&cg, 2);
	put(cg.path[1], "left", "x");
	cr_assert_eq(reaper_start(&r, &cg, &err), 0, "%s", err.msg);
	pid_t child = waiting_child(&pidfd, &hold);
	cr_assert_eq(reaper_hand_over(&r, pidfd), 0);
	close(pidfd);
	close(hold);
	cr_assert_eq(waitpid(child, NULL, 0), child);
	cr_assert_eq(reaper_wait(&r), -1);
	cr_assert_eq(access(cg.path[0], F_OK), -1);
	cr_assert_eq(access(cg.path[1], F_OK), 0);
	cgroup_forget(&cg);
}

/* Dismissed, it removes nothing; its socket closed without a word (the
 * supervisor died), it removes everything. */
Test(reaper, dismissed_or_orphaned, .init = setup_root, .fini = teardown_root)
{
	struct cgroup cg;
	struct reaper r;
	err_t err;

	fake_dirs(&cg, 2);
	cr_assert_eq(reaper_start(&r, &cg, &err), 0, "%s", err.msg);
	reaper_finish(&r);
	cr_assert_eq(access(cg.path[0], F_OK), 0);
	cr_assert_eq(reaper_start(&r, &cg, &err), 0, "%s", err.msg);
	close(r.fd);
	r.fd = -1;
	cr_assert_eq(reaper_wait(&r), 0);
	for (int i = 0; i < 2; i++)
		cr_assert_eq(access(cg.path[i], F_OK), -1);
	cgroup_forget(&cg);
}

/* The reaper is started with the directories a cgroup will have, before
 * they exist: a supervisor killed while it makes them (here: after two of
 * three) leaves none behind. */
Test(reaper, removes_directories_made_after_it_started, .init = setup_root, .fini = teardown_root)
{
	static const char *const ctl[] = {"memory", "pids", "cpuacct"};
	struct cgroup cg;
	struct reaper r;
	err_t err;
	char dir[600];

	for (int i = 0; i < 3; i++) {
		snprintf(dir, sizeof(dir), "%s/%s", root, ctl[i]);
		cr_assert_eq(mkdir(dir, 0755), 0);
	}
	cgroup_init(&cg, &cgroup_v1_backend);
	cgroup_v1_backend.plan(&cg, root, "airlock", "run-9");
	cr_assert_eq(cg.nplanned, 3);
	cr_assert_eq(cg.ndirs, 0, "planning makes nothing");
	cr_assert_eq(access(cg.path[0], F_OK), -1, "planning makes nothing");
	cr_assert_eq(reaper_start(&r, &cg, &err), 0, "%s", err.msg);
	for (int i = 0; i < 2; i++) {
		cr_assert_eq(cgroup_make_parent(&cg, i, dir, sizeof(dir), &err), 0, "%s", err.msg);
		cr_assert_eq(cgroup_make_dir(&cg, i, &err), 0, "%s", err.msg);
	}
	cr_assert_eq(access(cg.path[1], F_OK), 0);
	close(r.fd); /* the supervisor is gone */
	r.fd = -1;
	cr_assert_eq(reaper_wait(&r), 0);
	for (int i = 0; i < 3; i++)
		cr_assert_eq(access(cg.path[i], F_OK), -1, "%s left", cg.path[i]);
	snprintf(dir, sizeof(dir), "%s/memory/airlock", root);
	cr_assert_eq(access(dir, F_OK), 0, "airlock's parent is not the reaper's to remove");
	cgroup_forget(&cg);
}

/* A cgroup that cannot be made whole leaves nothing, and no reaper. */
Test(reaper, a_cgroup_that_cannot_be_made_leaves_nothing, .init = setup_root, .fini = teardown_root)
{
	struct cgroup cg;
	struct reaper r;
	err_t err;
	char dir[600];

	/* no pids controller: its directory cannot be made */
	snprintf(dir, sizeof(dir), "%s/memory", root);
	cr_assert_eq(mkdir(dir, 0755), 0);
	cgroup_init(&cg, &cgroup_v1_backend);
	cr_assert_eq(cgroup_create_reaped(&cg, &r, root, "airlock", "run-3", &err), -1);
	cr_assert_eq(err.errnum, ENOENT, "%s", err.msg);
	cr_assert_eq(access(cg.path[0], F_OK), -1, "%s left", cg.path[0]);
	cr_assert_eq(r.pid, -1, "the reaper is gone");
	cr_assert_eq(r.fd, -1);
	cr_assert_eq(cg.ndirs, 0);
}
