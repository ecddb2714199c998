/* The box's parts shared by box.c, box_exec.c and box_files.c. */
#ifndef AIRLOCK_BOX_INTERNAL_H
#define AIRLOCK_BOX_INTERNAL_H

#include <pthread.h>
#include <sys/stat.h>

#include "engine/box.h"
#include "engine/internal.h"

struct box {
	const struct engine *eng;
	struct limits limits; /* validated and finished */
	double spec_cpu_total_s;
	char **env; /* "NAME=value", NULL-terminated: every command's base */
	size_t nenv;
	struct child_plan plan;
	struct run_mount mounts[ENGINE_MAX_MOUNTS];
	size_t nmounts;
	char *rootfs;
	int sync_w, report_r, collect_r, wake_fd;
	int proxy_r;		      /* NET_EGRESS: receives the proxy's listening socket */
	struct proxy *proxy;	      /* NET_EGRESS: for the box's whole life */
	struct egress_policy *egress; /* its copy of the spec's; NULL: none allowed */
	int ctl;		      /* to init; sends under ctl_lock */
	pthread_mutex_t ctl_lock;
	int workdir;		     /* BOX_WORKDIR, from init */
	int pts;		     /* its /dev/pts (O_PATH), from init */
	unsigned host_uid, host_gid; /* the sandbox user on the host */
	pid_t init;
	int pidfd;
	/* init was cloned by the spawner (engine/warm.h), not by the monitor:
	 * the spawner's child, which it kills when this closes */
	char *spawner;
	int spawner_conn;
	bool spawner_required;
	struct stat pidns; /* rootless */
	struct cgroup cg;
	bool have_cg;
	bool cloned_in; /* init was cloned into the cgroup (v2) */
	struct reaper reaper;
	pthread_t monitor;
	bool have_monitor;

	pthread_mutex_t lock; /* the fields below */
	pthread_cond_t cond;
	bool setup_done;
	int setup_rc;
	err_t setup_err;
	bool ended;
	char why[160];
	uint32_t slots_used;		  /* a bit per running command */
	uint32_t slot_gen[BOX_MAX_EXECS]; /* bumped when a slot is taken: handles name one use */
	uint64_t cpu_ns, mem_kb, peak_kb;
	unsigned procs;
	bool paused;				/* box_pause: its processes are frozen */
	struct box_look look;			/* box_metrics's last, a NULL look's */
	uint64_t created_ns;			/* monotonic */
};

/* What its processes use now (box.c): CPU over its life, memory now and
 * at its peak (0 when unknown), how many there are (init excluded). */
void box_measure(struct box *b, uint64_t *cpu_ns, uint64_t *mem_kb, uint64_t *peak_kb,
		 unsigned *procs);

/* Current memory and number of processes of the box's cgroup. */
uint64_t box_cgroup_memory_kb(struct box *b);
unsigned box_cgroup_procs(struct box *b);
/* How many processes the kernel killed for the box's memory so far. */
uint64_t box_cgroup_oom_kills(struct box *b);
/* Environment variables given to a box or a command: names of letters,
 * digits and '_', not starting with a digit, and a value (box.c). */
int box_check_env(const struct run_env *env, size_t n, err_t *err);
/* The directory path (as the files API takes it) opened O_PATH beneath
 * the work directory, rel its path relative to it (PATH_MAX bytes); -1
 * with err as the files API's (box_files.c). */
/* openat2(dirfd, rel) with resolve, tried again while the kernel answers
 * EAGAIN (a rename or mount raced a RESOLVE_BENEATH walk); rel "" is ".". */
int box_openat2(int dirfd, const char *rel, uint64_t flags, uint64_t mode, uint64_t resolve);
int box_open_dir(struct box *b, const char *path, char *rel, err_t *err);
/* Whether the box ended or is ending (box.c). */
bool box_ended(struct box *b);

#endif
