/*
 * Warm templates: how a supervisor hands a sandbox's plan to a template
 * process (src/warm/), which clones the sandbox from itself so that the
 * program starts in an interpreter that is already initialised.
 *
 * The template listens on a Unix socket (SOCK_SEQPACKET) and accepts only
 * its own user (SO_PEERCRED). One connection is one run: the supervisor
 * sends one message, the plan (a sealed memfd holding the struct wire_plan
 * encoding below) with the plan's descriptors (SCM_RIGHTS); the template
 * clones the sandbox's init exactly as engine_run does (same namespaces,
 * same child_main, so the same mounts, identity, landlock, seccomp and
 * capabilities) and answers with init's pid and a pidfd for it. The
 * supervisor then maps the ids, places init in the run's cgroup and
 * supervises the run as a cold one. When the connection closes -- the run
 * is over, or the supervisor died -- the template kills what is left of the
 * sandbox, so that nothing outlives the supervisor that asked for it.
 */
#ifndef AIRLOCK_ENGINE_WARM_H
#define AIRLOCK_ENGINE_WARM_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "common/err.h"
#include "engine/internal.h"

#define WIRE_MAGIC 0x31504c41u /* "ALP1" */
/* The most descriptors one plan carries: the memfd, sync, report, stdin,
 * collect, the egress proxy's, the cgroup's, and two per step. */
#define WIRE_MAX_FDS (7 + 2 * MAX_STEPS)

/* The reply: init's pid (host view), or 0 and errnum with msg. A pidfd
 * comes with it (SCM_RIGHTS) when pid > 0. */
struct wire_reply {
	int32_t pid;
	int32_t errnum;
	int32_t program; /* a ready sandbox: its program's pid, else 0 */
	uint32_t flags;	 /* WIRE_READY, WIRE_INTO */
	char msg[160];
	/* a ready sandbox cloned into a cgroup made for it (cgroup v2,
	 * cgroup_ready.c): its path, the run's cgroup from now on; "" */
	char cgroup[512];
};
/* The sandbox was built before the run: its id maps are written, and its
 * program's process exists (to be moved into the run's cgroup too). */
#define WIRE_READY 1u
/* init was cloned into the plan's cgroup (its cgroup_fd): nothing is to
 * be moved there */
#define WIRE_INTO 2u

/* A template's exit status when it cannot serve on this machine at all
 * (its interpreter is missing, or not the one it was built for), after one
 * line on its standard error saying why: the service does not start it
 * again, and that language's runs start cold. EX_CONFIG of sysexits.h. */
#define WARM_EXIT_CANNOT_SERVE 78

/* What a template started. */
struct warm_started {
	pid_t init;
	int pidfd;
	pid_t program; /* with ready */
	bool ready;
	bool into;	  /* init was cloned into the plan's cgroup (WIRE_INTO) */
	char cgroup[512]; /* a ready sandbox's own cgroup (wire_reply); "" */
};

/* Encodes the plan (everything but the engine and the hook) into a sealed
 * memfd, and lists the descriptors to send with it (fds[0] is the memfd;
 * the caller closes it). */
int wire_encode(const struct child_plan *p, int fds[WIRE_MAX_FDS], int *nfds, err_t *err);

/* The template's side: rebuilds the plan from the memfd and the received
 * descriptors. The strings point into *map (munmap(*map, *map_len) and
 * wire_plan_free when done). */
int wire_decode(int memfd, const int *fds, int nfds, struct child_plan *p, void **map,
		size_t *map_len, err_t *err);
void wire_plan_free(struct child_plan *p);

/* The supervisor's side: connects to the template at path, sends the plan,
 * and returns init's pid and pidfd; *conn stays open for the whole run
 * (closing it ends the sandbox). On failure nothing was created. */
int warm_spawn(const char *path, const struct child_plan *p, int *conn, struct warm_started *ws,
	       err_t *err);

/* Kills a sandbox's init, by its pidfd when there is one (a process that
 * is not our child may already have been reaped, and its pid reused). */
void sandbox_kill(pid_t pid, int pidfd);

/* Waits until a killed init is gone, and its pid namespace with it: our
 * own child (cloned) is waited for; another's (a template's or the
 * spawner's) by its pidfd, which turns readable once it has exited. */
void sandbox_wait_gone(pid_t pid, int pidfd, bool cloned);

/* The error of a sandbox that the spawner did not clone while the
 * configuration requires it (spawner: required): why it did not, or,
 * NULL, that there is none. */
int spawner_required_error(err_t *err, const err_t *why);

#endif
