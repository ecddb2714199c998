/*
 * Rootless accounting: what the sandbox's processes use, read from /proc
 * when no cgroup counts it (proc_usage.c has the why).
 */
#ifndef AIRLOCK_PROC_USAGE_H
#define AIRLOCK_PROC_USAGE_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>

/* The fields of /proc/PID/stat airlock reads, in clock ticks and pages. */
struct proc_stat {
	uint64_t utime, stime;	 /* the process's own */
	uint64_t cutime, cstime; /* of the children it reaped */
	uint64_t rss_pages;
};

/* Parses the text of /proc/PID/stat (the command name may hold spaces and
 * parentheses). 0, or -1 when it is cut short or malformed. Pure. */
int proc_stat_parse(const char *text, struct proc_stat *out);

/* Pss + SwapPss of the text of /proc/PID/smaps_rollup, in kB. 0, or -1 when
 * there is no Pss line. Pure. */
int proc_pss_parse(const char *text, uint64_t *pss_kb);

/* One walk over the sandbox's processes. */
struct proc_sample {
	uint64_t user_ns, sys_ns; /* live processes, and all reaped ones */
	uint64_t rss_kb;	  /* resident, each process in full */
	uint64_t pss_kb;	  /* proportional (with want_pss) */
	int nprocs;
};

/* Sums, over every process in init's pid namespace but init itself, their
 * own and reaped children's CPU time and their resident memory, and with
 * want_pss their proportional memory (a process whose smaps_rollup cannot
 * be read counts with its resident memory). Init adds the times of the
 * processes it reaped (orphans included), not its own. */
int proc_sample(pid_t init, const struct stat *pidns, bool want_pss, struct proc_sample *s);

/* A step's meter: CPU on every tick, PSS when it could tell something new,
 * within a CPU budget. */
struct proc_meter {
	pid_t init;
	const struct stat *pidns;
	uint64_t limit_kb;
	uint64_t base_user_ns, base_sys_ns;  /* reaped before the step began */
	uint64_t user_ns, sys_ns;	     /* this step's, the largest seen */
	uint64_t pss_peak_kb;		     /* the largest sum measured */
	uint64_t pss_last_kb, rss_at_pss_kb; /* the last PSS walk, and the RSS sum then */
	bool pss_measured;
	/* monotonic: when a PSS walk may run for the limit, after growth, idle */
	uint64_t next_forced_ns, next_walk_ns, next_idle_ns;
	uint64_t walks, walk_ns; /* how many PSS walks, and their cost */
};

/* Starts a step's meter: the CPU time already reaped is the base. */
int proc_meter_start(struct proc_meter *m, pid_t init, const struct stat *pidns, uint64_t limit_kb);
/* One tick: CPU and resident memory, then a PSS walk if it is due. */
void proc_meter_tick(struct proc_meter *m);
/* Whether a tick that sees rss_kb resident at now_ns should walk PSS: when
 * the sum could be a new peak, or over the limit. Pure. */
bool proc_meter_wants_pss(const struct proc_meter *m, uint64_t rss_kb, uint64_t now_ns);
/* Books a PSS walk that measured pss_kb with rss_kb resident, from t0_ns to
 * t1_ns, and sets when the next may run. Pure. */
void proc_meter_book(struct proc_meter *m, uint64_t pss_kb, uint64_t rss_kb, uint64_t t0_ns,
		     uint64_t t1_ns);

#endif
