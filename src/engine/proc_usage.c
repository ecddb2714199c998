/*
 * Rootless accounting from /proc.
 *
 * Without a cgroup of its own the supervisor measures the sandbox itself:
 * every process in the sandbox's pid namespace (found by its ns/pid link),
 * and the sandbox's init, which reaps the step's main process and every
 * orphan.
 *
 * CPU: a process's utime and stime, plus cutime and cstime of the children
 * it reaped. A process that ended is in its reaper's counters, and every
 * reaper is in the sandbox or is init, so nothing is lost; user and system
 * time are kept apart, as the cgroup keeps them. Init's own time is
 * airlock's, not the program's, and so is the time reaped in an earlier
 * step (a compiler's): the meter starts from init's counters at the step's
 * start.
 *
 * Memory: resident memory (RSS) counts a page shared by 64 processes 64
 * times — a Python fork bomb showed 340 MB where the cgroup counts 50. The
 * proportional set size (Pss + SwapPss of smaps_rollup) divides each page
 * among the processes that map it, so the sum over the sandbox counts a
 * page once, as a cgroup would. But smaps_rollup walks the page tables:
 * about 0.25 ms for a small Python process, 15 ms for the fork bomb's 64,
 * against 20 us for /proc/PID/stat. So each tick reads stat, and PSS only
 * when it can say something new: when the RSS sum is above the PSS peak
 * (PSS never exceeds RSS, so otherwise neither a new peak nor the limit is
 * possible), and then: soon (twice a walk's own cost) when the limit may
 * have been crossed (the last PSS plus what RSS grew since is over it);
 * after ten times its cost when RSS grew (at most ~10% of a CPU); after
 * fifty times when it did not (only pages copied on write could raise PSS
 * then, 2%). Only a measured PSS
 * ends a run for memory; init, a copy of the supervisor, is not counted.
 */
#include "engine/proc_usage.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/util.h"

/* After a PSS walk, the next waits this many times its cost: when the
 * limit may be crossed, when resident memory grew, when it did not. */
#define PSS_FORCED_FACTOR 2
#define PSS_GROWN_FACTOR 10
#define PSS_IDLE_FACTOR 50

int proc_stat_parse(const char *text, struct proc_stat *out)
{
	/* the fields after the command name, from field 3 (state) on */
	unsigned long long f[22];
	const char *p = strrchr(text, ')');
	int nf = 0;

	if (p == NULL || p[1] != ' ')
		return -1;
	p += 2;
	/* state is one character, not a number */
	if (*p == '\0' || p[1] != ' ')
		return -1;
	f[nf++] = 0;
	p += 2;
	while (nf < (int)ARRAY_SIZE(f)) {
		char *end;
		errno = 0;
		f[nf] = strtoull(p, &end, 10);
		if (end == p || errno != 0 || (*end != ' ' && *end != '\n' && *end != '\0'))
			return -1;
		nf++;
		p = end;
		if (*p == ' ')
			p++;
		else if (nf < (int)ARRAY_SIZE(f))
			return -1;
	}
	/* f[i] is field i + 3: utime 14, stime 15, cutime 16, cstime 17, rss 24 */
	out->utime = f[11];
	out->stime = f[12];
	out->cutime = f[13];
	out->cstime = f[14];
	out->rss_pages = f[21];
	return 0;
}

/* The kB value of a "Name:   123 kB" line of text; false when absent. */
static bool kb_line(const char *text, const char *name, uint64_t *kb)
{
	size_t n = strlen(name);

	for (const char *l = text; l && *l; l = strchr(l, '\n'), l = l ? l + 1 : NULL) {
		if (strncmp(l, name, n) != 0 || l[n] != ':')
			continue;
		char *end;
		errno = 0;
		unsigned long long v = strtoull(l + n + 1, &end, 10);
		if (end == l + n + 1 || errno != 0)
			return false;
		*kb = v;
		return true;
	}
	return false;
}

int proc_pss_parse(const char *text, uint64_t *pss_kb)
{
	uint64_t pss = 0, swap = 0;

	if (!kb_line(text, "Pss", &pss))
		return -1;
	(void)kb_line(text, "SwapPss", &swap); /* absent without swap support */
	*pss_kb = pss + swap;
	return 0;
}

static uint64_t ticks_to_ns(uint64_t ticks)
{
	long hz = sysconf(_SC_CLK_TCK); /* from the auxiliary vector: cheap */

	return ticks * (1000000000ull / (uint64_t)(hz > 0 ? hz : 100));
}

/* Adds one process of the sandbox, through its /proc directory. */
static void add_process(int dfd, bool want_pss, struct proc_sample *s)
{
	char buf[4096];
	struct proc_stat ps;
	uint64_t pss;
	long page_kb = sysconf(_SC_PAGESIZE) / 1024;

	if (read_file_at(dfd, "stat", buf, sizeof(buf)) <= 0 || proc_stat_parse(buf, &ps) < 0)
		return; /* gone meanwhile: its reaper has its times */
	s->user_ns += ticks_to_ns(ps.utime + ps.cutime);
	s->sys_ns += ticks_to_ns(ps.stime + ps.cstime);
	uint64_t rss = ps.rss_pages * (uint64_t)(page_kb > 0 ? page_kb : 4);
	s->rss_kb += rss;
	s->nprocs++;
	if (!want_pss)
		return;
	/* unreadable (a kernel thread's, a process gone): its RSS, never less */
	if (read_file_at(dfd, "smaps_rollup", buf, sizeof(buf)) > 0 &&
	    proc_pss_parse(buf, &pss) == 0)
		s->pss_kb += pss;
	else
		s->pss_kb += rss;
}

int proc_sample(pid_t init, const struct stat *pidns, bool want_pss, struct proc_sample *s)
{
	char buf[1024], path[64];
	struct proc_stat ps;
	struct dirent *de;
	DIR *d;

	memset(s, 0, sizeof(*s));
	/* init is not dumpable, so its ns link cannot be read: found by pid. */
	snprintf(path, sizeof(path), "/proc/%d/stat", (int)init);
	if (read_file_at(AT_FDCWD, path, buf, sizeof(buf)) > 0 && proc_stat_parse(buf, &ps) == 0) {
		s->user_ns += ticks_to_ns(ps.cutime);
		s->sys_ns += ticks_to_ns(ps.cstime);
	}
	d = opendir("/proc");
	if (d == NULL)
		return -1;
	while ((de = readdir(d)) != NULL) {
		char ns[64];
		struct stat st;
		if (de->d_name[0] < '0' || de->d_name[0] > '9' || atoi(de->d_name) == init)
			continue;
		snprintf(ns, sizeof(ns), "%s/ns/pid", de->d_name);
		if (fstatat(dirfd(d), ns, &st, 0) < 0 || st.st_ino != pidns->st_ino ||
		    st.st_dev != pidns->st_dev)
			continue;
		/* From here the directory stands for this process: if it ends
		 * and its pid is reused, its files fail rather than show
		 * another one. */
		cleanup_close int dfd =
		    openat(dirfd(d), de->d_name, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (dfd >= 0 && fstatat(dfd, "ns/pid", &st, 0) == 0 && st.st_ino == pidns->st_ino &&
		    st.st_dev == pidns->st_dev)
			add_process(dfd, want_pss, s);
	}
	closedir(d);
	return 0;
}

int proc_meter_start(struct proc_meter *m, pid_t init, const struct stat *pidns, uint64_t limit_kb)
{
	struct proc_sample s;

	memset(m, 0, sizeof(*m));
	m->init = init;
	m->pidns = pidns;
	m->limit_kb = limit_kb;
	/* Between steps init is alone: this is what earlier steps reaped. */
	if (proc_sample(init, pidns, false, &s) < 0)
		return -1;
	m->base_user_ns = s.user_ns;
	m->base_sys_ns = s.sys_ns;
	return 0;
}

bool proc_meter_wants_pss(const struct proc_meter *m, uint64_t rss_kb, uint64_t now_ns)
{
	uint64_t estimate = rss_kb;

	if (m->pss_measured)
		estimate =
		    m->pss_last_kb + (rss_kb > m->rss_at_pss_kb ? rss_kb - m->rss_at_pss_kb : 0);
	if (estimate > m->limit_kb && now_ns >= m->next_forced_ns)
		return true;
	if (rss_kb <= m->pss_peak_kb)
		return false; /* PSS <= RSS: no new peak possible */
	/* Grown by more than 1/64: new pages, or new processes. Otherwise
	 * only pages copied on write can raise PSS: a slower check. */
	bool grown = !m->pss_measured || rss_kb > m->rss_at_pss_kb + m->rss_at_pss_kb / 64;
	return now_ns >= (grown ? m->next_walk_ns : m->next_idle_ns);
}

void proc_meter_book(struct proc_meter *m, uint64_t pss_kb, uint64_t rss_kb, uint64_t t0_ns,
		     uint64_t t1_ns)
{
	uint64_t cost = t1_ns > t0_ns ? t1_ns - t0_ns : 0;

	m->pss_measured = true;
	m->pss_last_kb = pss_kb;
	m->rss_at_pss_kb = rss_kb;
	if (pss_kb > m->pss_peak_kb)
		m->pss_peak_kb = pss_kb;
	m->next_forced_ns = t1_ns + PSS_FORCED_FACTOR * cost;
	m->next_walk_ns = t1_ns + PSS_GROWN_FACTOR * cost;
	m->next_idle_ns = t1_ns + PSS_IDLE_FACTOR * cost;
	m->walks++;
	m->walk_ns += cost;
}

/* Times only grow; a sample that raced a reaping may briefly count less. */
static void meter_cpu(struct proc_meter *m, const struct proc_sample *s)
{
	if (s->user_ns > m->base_user_ns && s->user_ns - m->base_user_ns > m->user_ns)
		m->user_ns = s->user_ns - m->base_user_ns;
	if (s->sys_ns > m->base_sys_ns && s->sys_ns - m->base_sys_ns > m->sys_ns)
		m->sys_ns = s->sys_ns - m->base_sys_ns;
}

void proc_meter_tick(struct proc_meter *m)
{
	struct proc_sample s;

	if (proc_sample(m->init, m->pidns, false, &s) < 0)
		return;
	meter_cpu(m, &s);
	uint64_t t0 = monotonic_ns();
	if (s.nprocs == 0 || !proc_meter_wants_pss(m, s.rss_kb, t0))
		return;
	if (proc_sample(m->init, m->pidns, true, &s) < 0)
		return;
	meter_cpu(m, &s);
	proc_meter_book(m, s.pss_kb, s.rss_kb, t0, monotonic_ns());
}
