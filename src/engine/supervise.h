#ifndef AIRLOCK_SUPERVISE_H
#define AIRLOCK_SUPERVISE_H

#include "engine/internal.h"
#include "engine/proc_usage.h"

struct supervise_ctx {
	const struct engine *eng;
	const struct run_request *req;
	const struct limits *limits; /* of this step */
	int step;
	rlim_t cpu_rlimit_s; /* the RLIMIT_CPU backstop airlock set */
	pid_t init;
	int init_pidfd; /* -1, or init's pidfd (a warm template's child: not ours to wait for) */
	int sync_w, report_r;
	int *out_r, *err_r;
	int *listener;		  /* the step's seccomp listener, once the sandbox sent it */
	bool kill_only;		  /* set: the step ran without one (the escapes kill) */
	struct cgroup *cg;	  /* NULL: rootless, sampled from /proc */
	bool stream;		  /* pass output to req->on_output */
	const struct stat *pidns; /* the sandbox's pid namespace (rootless) */
};

/* Starts one step and watches it until it ended: reads its output under the
 * output limit, enforces CPU and wall time from outside, and classifies how
 * it ended. Returns -1 with err set when the sandbox failed (internal
 * error); otherwise sr holds the step's result. */
int supervise_step(struct supervise_ctx *sc, struct step_result *sr, err_t *err);

#endif
