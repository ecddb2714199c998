/* Engine internals shared by its files; nothing here is part of the API. */
#ifndef AIRLOCK_ENGINE_INTERNAL_H
#define AIRLOCK_ENGINE_INTERNAL_H

#include <limits.h>
#include <pthread.h>
#include <linux/filter.h>
#include <sched.h>
#include <stdatomic.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "engine/cgroup.h"
#include "engine/engine.h"
#include "lang/lang.h"

/* The program's identity inside the sandbox. */
/* The name the sandbox's init shows in /proc (comm and cmdline). */
#define SANDBOX_INIT_NAME "airlock-init"
#define SANDBOX_UID 1000
#define SANDBOX_GID 1000
/* Where the program runs (its working directory and HOME). */
#define SANDBOX_WORKDIR "/work"
/* In root mode the sandbox's uid maps to a host uid in this range that no
 * account uses, never to host root: an escape lands as nobody. */
#define HOST_UID_BASE 100000u
#define HOST_UID_RANGE 65536u

/* The syscall policy as classic BPF programs (see seccomp.c): the allow
 * list, loaded first, then one of the two guards that catch the escapes:
 * by user notification, or (kernels without it) by killing the caller. */
struct seccomp_progs {
	struct sock_filter *main, *guard_notify, *guard_kill;
	unsigned short main_len, guard_notify_len, guard_kill_len;
};

enum host_kind { HOST_ABSENT = 0, HOST_DIR, HOST_FILE, HOST_LINK };

struct host_path {
	const char *path;    /* absolute host path, also its place in the sandbox */
	enum host_kind kind; /* what it is on this host */
	char link[PATH_MAX]; /* the target when kind is HOST_LINK */
};

#define MAX_HOST_PATHS 24

/* Cgroups made ahead of runs (engine_spare_cgroups), each with its
 * reaper. */
struct cgroup_spares {
	pthread_mutex_t lock;
	int n;
	struct {
		struct cgroup cg;
		struct reaper reaper;
	} v[ENGINE_SPARE_CGROUPS];
};

struct engine {
	char cgroup_root[PATH_MAX];
	char cgroup_parent[256];
	bool rootless;
	const struct cgroup_backend *cgroup; /* NULL: no cgroups (rootless) */
	int landlock_abi;		     /* 0: not available */
	int cap_last_cap;
	struct seccomp_progs seccomp;
	size_t notif_size;	    /* of a seccomp notification; 0: no user notification */
	const char *notify_missing; /* why not, when notif_size is 0 */
	uid_t caller_uid;
	gid_t caller_gid;
	struct host_path paths[MAX_HOST_PATHS]; /* read-only binds and links */
	size_t npaths;
	/* Where the kernel keeps this process's arguments and environment
	 * (/proc/self/stat): the sandbox's init, a copy of this process,
	 * blanks them so that /proc/1/cmdline and environ show nothing of the
	 * host. */
	uintptr_t arg_start, arg_end, env_start, env_end;
	char description[256];
	atomic_uint_fast64_t run_counter;
	struct cgroup_spares *spares; /* with cgroup; mutable behind a const engine */
};

int seccomp_compile(struct seccomp_progs *out, err_t *err);
void seccomp_progs_free(struct seccomp_progs *p);
/* The same policy, compiled at build time; the arrays are static. */
void seccomp_prebuilt(struct seccomp_progs *out);
int landlock_probe_abi(void);

/* Seccomp user notification (seccomp_notify.c). The probe returns the size
 * of a notification, or 0 with why set when the kernel cannot notify. */
#define SECCOMP_NOTIF_MAX 512
size_t seccomp_listener_probe(const char **why);
/* Reads one notification from the listener fd into d (which syscall, which
 * process). -1 with errno: ENOENT when the caller is already gone. */
int seccomp_listener_read(int fd, size_t size, struct denial *d);

/* ---- the sandbox child (runs after clone; must not allocate) ---- */

enum report_kind {
	REPORT_SETUP_FAILED = 1, /* init could not build the sandbox */
	REPORT_STARTED,		 /* a step's program is about to exec */
	REPORT_EXEC_FAILED,	 /* the program could not be started */
	REPORT_EXITED,		 /* a step's program ended; wstatus and rusage */
	/* A step's main process ended; init waits for one byte ('k') before it
	 * kills what is left, so that the supervisor first reads every seccomp
	 * notification of a process stopped in a refused syscall. */
	REPORT_MAIN_ENDED,
};

/* REPORT_STARTED's wstatus: how the program starts. */
#define STARTED_EXEC 0 /* execve of the profile's command (a cold start) */
#define STARTED_WARM 1 /* in a warm template's interpreter (warm/) */

struct report {
	uint32_t kind;
	uint32_t step;
	int32_t wstatus;
	int32_t errnum;
	int64_t utime_us, stime_us, maxrss_kb;
	/* CLOCK_MONOTONIC, ns, taken where it happened: STARTED just before
	 * the program's exec, EXITED when its main process was reaped; 0 in
	 * other reports. A supervisor that was slow to hear (a loaded
	 * machine) still measures the program's own wall time. */
	uint64_t at_ns;
	char msg[200];
};

struct child_step {
	char *const *argv;
	char *const *envp;
	int out_fd, err_fd; /* write ends of the step's output pipes */
	bool merge_stderr;  /* the program's stderr is its stdout pipe */
	rlim_t cpu_s;	    /* RLIMIT_CPU backstop */
	rlim_t nproc;	    /* 0: none (cgroup enforces) */
	rlim_t data_bytes;  /* 0: none (cgroup enforces) */
	rlim_t stack_bytes;
};

#define MAX_STEPS 2

/* A warm template (src/warm/) starts a step's program without exec: in the
 * program's process, after every restriction exec_program applies, ready()
 * says whether this step can run in the template's initialised
 * interpreter, and run() runs it (never returns). Both run inside the
 * sandbox with the program's privileges; NULL in a cold run. */
struct child_exec_hook {
	/* In a ready sandbox's program (child_ready_main), before its plan
	 * comes: work that belongs to the program's process but not to its
	 * run (the runtime's after-fork work, faulting in its memory). May be
	 * NULL. */
	void (*prepare)(void);
	bool (*ready)(const struct child_step *st, const char **why);
	void (*run)(const struct child_step *st); /* returns only when it failed */
};

struct child_plan {
	const struct engine *eng;
	int sync_fd;	/* read: one byte per step from the supervisor */
	int report_fd;	/* write: struct report messages (a SOCK_SEQPACKET socket; the
			 * one that reports REPORT_STARTED passes the seccomp listener) */
	bool notify;	/* escapes notify the supervisor (else they kill) */
	int stdin_fd;	/* sealed memfd, the caller's pipe (interactive), or -1: /dev/null */
	int collect_fd; /* -1, or where to send the work directory's fd (SCM_RIGHTS) */
	bool set_ids;	/* root mode: switch to the mapped uid/gid */
	enum net_mode net;
	int proxy_fd;		/* NET_EGRESS: where to send the proxy's listening socket */
	char scratch_bytes[24]; /* the scratch tmpfs's size option */
	const char *source_name;
	const char *code;
	size_t code_len;
	const struct run_file *files;
	size_t nfiles;
	int nsteps;
	struct child_step steps[MAX_STEPS];
	const struct child_exec_hook *hook; /* NULL: every step is exec'd */
	const char *workdir;		    /* NULL: SANDBOX_WORKDIR */
	const char *cwd;		    /* where the program starts; NULL: the work directory */
	/* A box (engine/box.h): after setup, init serves commands on ctl_fd
	 * (box_init.c) instead of running steps. */
	bool box;
	int ctl_fd;
	/* a box's command: init took the box's landlock domain and syscall
	 * policy already (child_box_main), and the command inherits both */
	bool box_restricted;
	/* a box's command on the box's own pty (stdin): its controlling
	 * terminal, taken after setsid */
	bool stdin_ctty;
	const struct run_mount *mounts;
	size_t nmounts;
	const char *rootfs;
	/* -1, or the cgroup directory init is cloned into (v2, where no
	 * process joins one by itself; engine_clone_init): a warm template or
	 * the spawner is sent it with the plan and clones init there */
	int cgroup_fd;
};

/* The sentence for a clone of a sandbox that failed with errnum (engine.c). */
int engine_userns_error(int errnum, err_t *err);
/* --net egress: the proxy's variables, for every program that honours them
 * (docs/network.md); one that does not reaches nothing (engine.c). */
#define ENGINE_EGRESS_NENV 7
extern const char *const engine_egress_env[ENGINE_EGRESS_NENV];
/* A memfd holding data, sealed against every change, at offset 0
 * (engine.c): a run's stdin, a box command's strings. */
int engine_sealed_memfd(const char *name, const void *data, size_t len, int *out, err_t *err);
/* A channel between the supervisor and a sandbox's init (engine.c):
 * messages keep their bounds and may carry descriptors (SCM_RIGHTS), which
 * a pipe cannot: the seccomp listener on the report channel, the cgroup's
 * join files on the sync one. */
int engine_channel(int *r, int *w, err_t *err);
/* A step's rlimits for limits l (engine.c). */
void engine_step_rlimits(struct child_step *st, const struct limits *l, bool rootless);

/* Writes the uid and gid maps of a sandbox whose init is pid (engine.c). */
int sandbox_write_id_maps(const struct engine *e, pid_t init, err_t *err);
/* Clones a sandbox's init (SANDBOX_CLONE_FLAGS), into the cgroup
 * directory cgroup_fd when it is >= 0 (clone3's CLONE_INTO_CGROUP, Linux
 * 5.7, cgroup v2: then it is never moved, and no grace period is waited
 * for; cgroup.h, join_file), *into set then; where that fails, a plain
 * clone, to be moved (engine.c). Returns 0 in the child. */
pid_t engine_clone_init(int cgroup_fd, bool *into);
/* Releases a sandbox's init with the byte msg on its sync socket, its
 * processes placed in the cgroup cg (NULL: none) (engine.c). Where the
 * backend has a join_file, the files come with msg and init moves itself
 * (and forwards them to a ready sandbox's program, which does the same:
 * no grace period, no lock held over the machine's forks); else pids[0..n)
 * are moved first. A process that ended meanwhile is no error; a sync
 * socket closed meanwhile is errnum EPIPE. */
int engine_release_sandbox(int sync_w, char msg, struct cgroup *cg, const pid_t *pids, int n,
			   err_t *err);

/* The namespaces a sandbox's init is cloned into (by the supervisor, or by
 * a warm template: the same ones). */
#define SANDBOX_CLONE_FLAGS                                                                        \
	(CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS)

/* The sandbox's pid 1. Never returns. */
_Noreturn void child_main(const struct child_plan *plan);
/* A ready sandbox's pid 1 (built before its run; child.c says how): base
 * is a plan without a run (no descriptors, no steps); ctl its socket to
 * the template. Never returns. */
_Noreturn void child_ready_main(const struct child_plan *base, int ctl);
/* The program of plan's first step, in this (forked) process: every
 * restriction, then exec. Never returns. */
_Noreturn void child_exec(const struct child_plan *plan);
/* A box's init (box_init.c): the setup of child_main, then it serves the
 * box's commands. Never returns. */
_Noreturn void child_box_main(const struct child_plan *plan);

#endif
