/*
 * The airlock engine: run one untrusted program in a fresh sandbox and report
 * exactly what happened.
 *
 * This is a library. It keeps no global state, never prints and never exits;
 * every failure comes back as an err_t with its context. An `engine` is made
 * once (it probes the host: cgroup version, landlock, root or rootless, and
 * compiles the seccomp filter) and is then read-only, so many threads may call
 * engine_run() on one engine at the same time.
 */
#ifndef AIRLOCK_ENGINE_H
#define AIRLOCK_ENGINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common/err.h"
#include "common/limits.h"
#include "common/util.h"
#include "net/egress.h"

struct lang_profile;

enum run_status {
	STATUS_OK = 0,
	STATUS_RUNTIME_ERROR,
	STATUS_SIGNALED,
	STATUS_TIME_LIMIT,
	STATUS_WALL_TIME_LIMIT,
	STATUS_MEMORY_LIMIT,
	STATUS_OUTPUT_LIMIT,
	STATUS_SYSCALL_DENIED,
	STATUS_COMPILE_ERROR,
	STATUS_INTERNAL_ERROR,
	STATUS_CANCELLED, /* the caller asked the run to stop (Ctrl-C, DELETE) */
	/* Decided by the policy before a run; the engine never returns them. */
	STATUS_POLICY_BLOCKED, /* the analysis found what the policy refuses */
	STATUS_REJECTED,       /* held for approval, and not approved */
};

const char *run_status_name(enum run_status s);

/* Which mechanism enforced a limit (the `enforcement` object). */
enum enforcer {
	ENF_NONE = 0,
	ENF_CGROUP_V1,
	ENF_CGROUP_V2,
	ENF_RLIMIT,
	ENF_SUPERVISOR, /* measured and enforced from outside by the supervisor */
	ENF_TMPFS,
	ENF_SECCOMP_NOTIFY, /* seccomp; escapes stop the caller and notify the supervisor */
	ENF_SECCOMP,	    /* seccomp; escapes kill the caller (no user notification) */
	/* memory: the supervisor's sum of the processes' proportional set
	 * size (rootless; proc_usage.c) */
	ENF_SUPERVISOR_PSS,
	/* init: what the sandbox's pid 1 is a clone of (ENF_SUPERVISOR: of
	 * the supervisor, whose memory it shares copy-on-write) */
	ENF_SPAWNER,  /* airlock-spawner, which holds no other run's data */
	ENF_TEMPLATE, /* a warm template, likewise */
};
const char *enforcer_name(enum enforcer e);

struct enforcement {
	enum enforcer cpu_time, wall_time, memory, processes, disk, output, syscalls, init;
};

/* A syscall the policy refused, and the process that tried it (the
 * result's `denied`). */
struct denial {
	bool present;
	char syscall[40]; /* "mount"; "i386:mount", "x32:getpid" for a foreign ABI */
	int pid;	  /* in the sandbox's pid namespace; 0 when unknown */
};

/* What happened to one step (the compile step or the run itself). */
struct step_result {
	enum run_status status;
	int exit_code; /* -1 when it did not exit by itself */
	int signal;    /* 0 when no signal ended it */
	struct buf out, err;
	bool out_truncated, err_truncated;
	/* Up to RESULT_LOOKAHEAD bytes written past the output limit, never
	 * shown: they let redaction recognise a secret cut by the limit. */
	struct buf out_beyond, err_beyond;
	uint64_t wall_ms, cpu_ms, user_ms, sys_ms;
	uint64_t memory_peak_kb;
	struct denial denied; /* with STATUS_SYSCALL_DENIED, when the supervisor saw it */
	bool warm;	      /* the program started in a warm template's interpreter */
	char start_note[160]; /* a warm template exec'd the program instead: why */
};

#define RESULT_LOOKAHEAD 4096

/* A file of the work directory collected after the run (the result's
 * `files`). Its content is there only when it fit the caps of
 * engine/collect.h; otherwise `omitted` says why not. */
struct collected_file {
	char *path;    /* relative to the work directory */
	bool regular;  /* false: a link, fifo, socket or device, never read */
	uint64_t size; /* with regular */
	bool hashed;   /* sha256 is set */
	unsigned char sha256[32];
	char *data; /* the content, NULL when omitted */
	size_t len;
	char omitted[120]; /* "" when the content is there */
	bool redacted;	   /* secrets in it were replaced (data, size, sha256 are after) */
};

struct collected {
	struct collected_file *v;
	size_t n;
	bool truncated; /* the walk stopped at a limit: more may have matched */
};

struct run_result {
	struct step_result run;
	bool has_compile;
	struct step_result compile;
	char error[ERR_MSG_MAX]; /* set when run.status is STATUS_INTERNAL_ERROR */
	const char *language;
	struct limits limits;
	struct enforcement enforcement;
	/* The result's `start`: "warm" when the run step's program started
	 * in a warm template's interpreter, else "cold"; when a warm start
	 * was asked for and did not happen, start_note says why. */
	bool warm;
	char start_note[200];
	bool has_files; /* collect was asked for: the result has `files` */
	struct collected files;
	struct egress_log network; /* with NET_EGRESS: the proxy's requests */
	/* The program as its user knows it, for the result's diagnostics:
	 * its name ("script.py"; NULL: the language's source name, set by the
	 * caller) and its text (borrowed from the request by engine_run). */
	struct {
		const char *name;
		const char *code;
		size_t code_len;
	} program;
};

void run_result_free(struct run_result *r);

/* Called by the supervisor with each chunk of output as it is read (after the
 * output limit is applied); stream is 1 or 2. Optional. */
typedef void (*output_fn)(void *ctx, int stream, const char *data, size_t len);

/* Called before each step starts (ended NULL) and once it has ended;
 * compile says which step. Optional; ctx is the request's output_ctx. */
typedef void (*step_fn)(void *ctx, bool compile, const struct step_result *ended);

/* An extra file placed in the working directory before the run. */
struct run_file {
	const char *name; /* a relative path ("data/in.csv"); see engine/inputs.h */
	const char *data; /* any bytes */
	size_t len;
};

/* A variable added to the program's environment (engine/inputs.h says
 * which names are refused). */
struct run_env {
	const char *name;
	const char *value;
};
/* A host directory or file shown read-only in the sandbox (--mount). */
struct run_mount {
	const char *src; /* absolute host path */
	const char *dst; /* absolute path in the sandbox; see engine_check_mounts */
};
#define ENGINE_MAX_MOUNTS 8

/* Checks mounts and a root file system for a run or a box: sources that
 * exist, destinations that are absolute, plain and outside what the
 * sandbox makes itself (/proc, /dev, /tmp, the work directory, /etc and the
 * system directories). The message names the culprit and what to do. */
struct engine;
int engine_check_mounts(const struct engine *e, const struct run_mount *m, size_t n,
			const char *rootfs, const char *workdir, err_t *err);

/* Flags a caller may add to a compile step, and the bytes of one. */
#define ENGINE_MAX_COMPILE_ARGS 32
#define ENGINE_MAX_COMPILE_ARG 512

struct run_request {
	const struct lang_profile *lang;
	const char *code;
	size_t code_len;
	const char *stdin_data; /* NULL: the program reads /dev/null */
	size_t stdin_len;
	/* > 0: instead of stdin_data, the program reads this descriptor (a
	 * pipe whose other end the caller writes while it runs: an
	 * interactive run). The engine uses a copy; the caller keeps it. */
	int stdin_fd;
	const struct run_file *files; /* c, cpp: the sources among them are compiled too */
	size_t nfiles;
	const char *const *args; /* after the program: its argv[1...] */
	size_t nargs;
	const struct run_env *env;
	size_t nenv;
	const char *const *collect; /* globs (fnmatch, relative to the work dir) */
	size_t ncollect;
	struct limits limits;
	/* The compile step's limits (compiled languages): its CPU and wall
	 * time and memory; NULL: the language's (lang.h). The others are the
	 * language's whatever this says. */
	const struct limits *compile_limits;
	/* Added to the compile step's command line (compiled languages). */
	const char *const *compile_args;
	size_t ncompile_args;
	bool merge_stderr;		/* the program writes stderr into its stdout */
	const struct run_mount *mounts; /* read-only binds (--mount) */
	size_t nmounts;
	/* Another root file system (--rootfs, an image): its directories
	 * instead of the host's /usr, /bin, /lib... and its /etc but for the
	 * files airlock writes (passwd, group, hosts). NULL: the host's. */
	const char *rootfs;
	/* A warm template's socket (engine/warm.h): the sandbox is cloned
	 * from the template, and the program starts in its initialised
	 * interpreter. NULL: a cold start. When the template cannot take the
	 * run, it starts cold and the result's start_note says why. */
	const char *template_socket;
	/* The spawner's socket (warm/spawner.c, the same protocol): a run
	 * that does not start warm is cloned from that clean process instead
	 * of from the caller, whose memory the sandbox's init would share.
	 * NULL, or when the spawner cannot take the run (it is gone): cloned
	 * from the caller, unless spawner_required (then the run ends as an
	 * internal_error saying why). enforcement.init says which. */
	const char *spawner_socket;
	bool spawner_required;
	/* With limits.net NET_EGRESS: what airlock's proxy lets the program
	 * reach (net/egress.h; NULL: nothing, fail-closed). Such a run
	 * starts cold. */
	const struct egress_policy *egress;
	int cancel_fd; /* -1, or an fd that becomes readable when the run must stop */
	output_fn on_output;
	step_fn on_step;
	void *output_ctx;
};

struct engine_config {
	/* name of airlock's own cgroup, each run's parent (NULL:
	 * $AIRLOCK_CGROUP_PARENT, or else "airlock") */
	const char *cgroup_parent;
	const char *cgroup_root;   /* where cgroupfs is mounted (default /sys/fs/cgroup) */
	int force_rootless;	   /* 1: never use cgroups even as root (tests) */
	int force_seccomp_kill;	   /* 1: no seccomp user notification, as on old kernels (tests) */
};

struct engine;

int engine_new(const struct engine_config *cfg, struct engine **out, err_t *err);
void engine_free(struct engine *e);

/* A short description of how the engine isolates on this host (for --version
 * and /healthz): "root, cgroup v1, landlock abi 7". */
const char *engine_describe(const struct engine *e);
bool engine_is_rootless(const struct engine *e);
/* Whether the syscall policy sees every process of a run (seccomp user
 * notification); if not, why not. */
bool engine_seccomp_notify(const struct engine *e, const char **why);

/*
 * Runs the request. Returns 0 when a result was produced -- whatever the
 * program did, including STATUS_INTERNAL_ERROR with res->error set when the
 * sandbox could not be built. Returns -1 with err set only when the request
 * itself is invalid (bad limits, or an input engine/inputs.h refuses).
 */
int engine_run(const struct engine *e, const struct run_request *req, struct run_result *res,
	       err_t *err);

/*
 * The same run, with its teardown left to the caller: the result is
 * complete when this returns (everything it says was read, and the
 * sandbox's init was sent SIGKILL, so nothing of the program runs on), but
 * waiting for the sandbox's processes to be gone and removing its cgroup
 * are in *td, for run_teardown_finish() -- on another thread, after the
 * caller has answered. Until then, nothing is left behind if the caller
 * dies: the sandbox ends with its supervisor (a cold init's parent-death
 * signal; a warm template kills the sandbox of a connection that closed),
 * and the run's reaper removes its cgroup. *td is NULL when this returns -1.
 * engine_run() is this and run_teardown_finish() at once, where a cgroup
 * that cannot be removed makes the result an internal_error.
 */
struct run_teardown;
int engine_run_deferred(const struct engine *e, const struct run_request *req,
			struct run_result *res, struct run_teardown **td, err_t *err);
/* Waits for the sandbox to be gone, removes its cgroup and frees td (NULL:
 * nothing). -1 with err when the cgroup could not be removed. */
int run_teardown_finish(struct run_teardown *td, err_t *err);

/*
 * Makes cgroups ahead of runs, up to ENGINE_SPARE_CGROUPS, each with its
 * reaper (so that none outlives airlock): the next runs take one instead of
 * making their own, and their start loses the mkdir of each cgroup and the
 * reaper's clone. For a caller with time between runs (the service's
 * teardown thread); a run that finds none makes its own as before. 0
 * without cgroups (rootless); -1 with err when one could not be made.
 * Thread-safe; engine_free removes those left.
 */
#define ENGINE_SPARE_CGROUPS 2
int engine_spare_cgroups(const struct engine *e, err_t *err);

/* Warm templates (engine/warm.h, src/warm/). */
/* Where a service whose state is in data_dir keeps its templates' sockets
 * (DATA_DIR/pool), or, when that path would be too long for a socket,
 * /run/airlock/pool-HASH as root ($XDG_RUNTIME_DIR/airlock-pool-HASH or
 * /tmp/airlock-UID-pool-HASH rootless; the service refuses one it does not
 * own privately). */
void warm_pool_dir_for(const char *data_dir, char *buf, size_t size);
/* DIR/warm-LANG.sock */
int warm_socket_path(const char *dir, const char *lang, char *buf, size_t size, err_t *err);

#endif
