/*
 * A box's use now (engine/box.h), measured when asked: CPU time and memory
 * as the monitor reads them (box_measure: the cgroup, or rootless /proc),
 * the page cache from the cgroup's memory.stat, the CPUs init may run on
 * (its affinity, inherited by every process of the box), and the work
 * directory's file system (its own tmpfs, sized by the disk limit).
 */
#include "engine/box_internal.h"

#include <errno.h>
#include <sched.h>
#include <string.h>
#include <sys/vfs.h>

#include "engine/cgroup.h"

static unsigned cpus_of(pid_t pid)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	if (sched_getaffinity(pid, sizeof(set), &set) < 0)
		return 0;
	return (unsigned)CPU_COUNT(&set);
}

int box_metrics(struct box *b, struct box_look *look, struct box_metrics *m, err_t *err)
{
	uint64_t cpu_ns, mem_kb, peak_kb, cache = 0;
	unsigned procs;
	struct statfs sf;

	memset(m, 0, sizeof(*m));
	if (box_ended(b))
		return err_say(err, ESRCH, "the box has ended");
	box_measure(b, &cpu_ns, &mem_kb, &peak_kb, &procs);
	uint64_t now = monotonic_ns();
	m->cpu_count = cpus_of(b->init);
	if (m->cpu_count == 0)
		return err_set(err, errno, "cannot read the box's CPUs");
	m->mem_used_bytes = mem_kb * 1024;
	m->mem_cache_bytes = -1;
	if (b->have_cg) {
		bool v1 = b->cg.be == &cgroup_v1_backend;
		if (cgroup_read_key(b->cg.dirfd[0], "memory.stat", v1 ? "cache" : "file", &cache) ==
		    0)
			m->mem_cache_bytes = (int64_t)cache;
	}
	m->mem_total_bytes = b->limits.memory_limit_mb * 1024 * 1024;
	if (b->workdir >= 0 && fstatfs(b->workdir, &sf) == 0) {
		m->disk_total_bytes = (uint64_t)sf.f_blocks * (uint64_t)sf.f_bsize;
		m->disk_used_bytes = (uint64_t)(sf.f_blocks - sf.f_bfree) * (uint64_t)sf.f_bsize;
	}
	pthread_mutex_lock(&b->lock);
	if (cpu_ns < b->cpu_ns)
		cpu_ns = b->cpu_ns; /* what the monitor saw of processes gone since */
	m->cpu_ns = cpu_ns;
	if (look == NULL)
		look = &b->look;
	if (look->at_ns == 0) /* a new one: since the box was made */
		look->at_ns = b->created_ns;
	uint64_t dt = now - look->at_ns;
	uint64_t dc = cpu_ns > look->cpu_ns ? cpu_ns - look->cpu_ns : 0;
	if (dt > 0)
		m->cpu_used_pct = 100.0 * (double)dc / ((double)dt * m->cpu_count);
	if (m->cpu_used_pct > 100)
		m->cpu_used_pct = 100;
	look->cpu_ns = cpu_ns;
	look->at_ns = now;
	pthread_mutex_unlock(&b->lock);
	return 0;
}
