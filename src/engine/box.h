/*
 * Sandboxes that live: a box is a sandbox whose init stays up between
 * commands. Its namespaces, root, scratch (the work directory /home/user,
 * /tmp, /dev/shm) and cgroup are made once by box_create, exactly as a
 * one-shot run's are (child.c), and hold for its whole life; every
 * box_exec starts one command inside it with everything a one-shot
 * program gets (a nested user namespace, no capability, no_new_privs,
 * landlock, seccomp) and reports it as a step_result.
 *
 * Limits: memory, processes and disk belong to the box (its cgroup, its
 * tmpfs), as does the CPU it may spend over its life (box_spec.cpu_total_s);
 * wall time and output belong to each command, and so does its CPU time
 * (the rusage of the command's process tree, reported by init when the
 * command's main process ended). A command that hits its own limit is
 * killed with its process group; one that hits a box limit ends the box.
 *
 * Files: the work directory is reached from outside through a descriptor
 * init hands over at creation; every path is resolved beneath it by the
 * kernel (openat2 RESOLVE_IN_ROOT), so `..`, absolute paths and links the
 * program planted cannot lead out, even when it swaps a file for a link
 * between a check and a use.
 *
 * Thread safety: box_exec, the box_file_* calls and box_status may run at
 * the same time from many threads on one box; box_destroy must be the
 * last call.
 */
#ifndef AIRLOCK_BOX_H
#define AIRLOCK_BOX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include <jansson.h>

#include "common/err.h"
#include "common/limits.h"
#include "engine/engine.h"
#include "net/egress.h"

/* Where a box's programs run, and what the files API takes paths from. */
#define BOX_WORKDIR "/home/user"
#define BOX_MAX_EXECS 32 /* commands running at once in one box */

struct box_spec {
	/* memory_limit_mb, max_processes, disk_limit_mb, net: the box's;
	 * time_limit_s, wall_time_limit_s, max_output_kb: each command's
	 * default (box_exec may lower or raise them within the validated
	 * bounds). */
	struct limits limits;
	double cpu_total_s;	   /* CPU of all its processes over its life; 0: none */
	const struct run_env *env; /* added to every command's environment */
	size_t nenv;
	const char *id;			/* names its cgroup ("box-ID"); letters, digits, '-' */
	const struct run_mount *mounts; /* read-only binds, as for a run */
	size_t nmounts;
	const char *rootfs; /* another root file system (an image), or NULL */
	/* The spawner's socket (run_request.spawner_socket): init is cloned
	 * from that clean process, not from the caller. NULL, or when it
	 * cannot: cloned from the caller, unless spawner_required (then the
	 * box is not made). Copied. */
	const char *spawner_socket;
	bool spawner_required;
	/* limits.net NET_EGRESS: what its programs may reach through airlock's
	 * proxy (net/egress.h), for the box's whole life; NULL: nothing.
	 * Copied. */
	const struct egress_policy *egress;
};

struct box;

int box_create(const struct engine *e, const struct box_spec *spec, struct box **out, err_t *err);

struct box_exec {
	/* Either a shell command (run as `bash -lc COMMAND`), or argv. */
	const char *command;
	const char *const *argv;
	size_t nargv;
	const struct run_env *env; /* on top of the box's */
	size_t nenv;
	const char *cwd;	/* NULL: BOX_WORKDIR; relative ones are below it */
	const char *stdin_data; /* NULL: /dev/null */
	size_t stdin_len;
	/* time_limit_s (CPU of this command's processes), wall_time_limit_s,
	 * max_output_kb; the others are the box's and ignored here. */
	struct limits limits;
	bool merge_stderr;
	int cancel_fd; /* -1, or readable when the command must stop */
	output_fn on_output;
	void *output_ctx;
	/* > 0: the command reads this descriptor (a pipe the caller writes
	 * while it runs) instead of stdin_data; box_exec uses a copy. */
	int stdin_fd;
	/* Output goes to on_output only: not kept in the result, and no
	 * output limit (a long-lived command the caller reads: a context). */
	bool stream_only;
	/* Set, before the command starts, to its handle for box_signal;
	 * -1 once box_exec returned. May be NULL. A handle names one command:
	 * kept after it ended, it reaches no other. */
	int *handle;
	/* Optional: asked about once a second, with output_ctx, while the
	 * command runs; false stops it (status cancelled): the caller that
	 * waits for it has gone. */
	bool (*present)(void *ctx);
	/* pty_cols and pty_rows > 0: the command's stdin, stdout and stderr are
	 * a terminal of the box's own (its private /dev/pts), its controlling
	 * terminal; what it writes there is its stdout, and stdin_data and
	 * stdin_fd are ignored. pty_ready gets, before the command starts, a
	 * descriptor of the terminal's master side (with pty_ctx), which it
	 * owns: its input is written there, box_pty_resize resizes it. */
	unsigned short pty_cols, pty_rows;
	void (*pty_ready)(void *pty_ctx, int master);
	void *pty_ctx;
};

/* Runs one command and waits for its main process to end. Returns 0 with
 * res filled (whatever the command did: status, exit code, output, times);
 * -1 with err when the command could not be started (the box is gone:
 * errno ESRCH; too many commands at once: EBUSY). When a box limit ended
 * the box during the command, its status says which (memory_limit,
 * time_limit for cpu_total_s) and box_status tells the rest. */
int box_exec(struct box *b, const struct box_exec *x, struct step_result *res, err_t *err);

/* Sends sig to the main process of the command whose handle this is (a
 * running box_exec's). ESRCH when it is not running. */
int box_signal(struct box *b, int handle, int sig, err_t *err);

/* A box command's terminal (pty_ready's descriptor) to cols x rows: its
 * foreground process group gets SIGWINCH. */
int box_pty_resize(int master, unsigned cols, unsigned rows, err_t *err);

/* ---- code contexts ----
 *
 * A context is an interpreter that lives in a box and keeps its variables
 * from one cell to the next (kernels/python.py, kernels/javascript.js): a
 * long-running command of the box whose stdin carries the cells and whose
 * stdout carries, framed with a token only airlock knows, what each cell
 * returned. A cell prints to stdout and stderr as a program does; its last
 * expression's value comes back as a result (MIME bundle: text/plain, and
 * text/html, image/png... where the object has them), display() and
 * matplotlib figures as displays, an exception as an error. */

struct box_context;

/* lang: "python" or "javascript" (also "python3", "js", "node"); cwd:
 * where the interpreter starts (as box_exec's cwd; NULL: BOX_WORKDIR).
 * Waits until the interpreter is ready. */
int box_context_start(struct box *b, const char *lang, const char *cwd, struct box_context **out,
		      err_t *err);

struct box_cell {
	enum run_status status; /* ok; runtime_error (error set); wall_time_limit,
				 * output_limit (interrupted); cancelled;
				 * internal_error (the context ended: restart it) */
	struct buf out, err;
	bool out_truncated, err_truncated;
	json_t *outputs;     /* [{"type": "result"|"display", "data": {MIME: ...}}] */
	json_t *error;	     /* {"name", "value", "traceback": [...]} or NULL */
	json_t *diagnostics; /* airlock's, read from the error (CONTRACT.md): [] without */
	uint64_t wall_ms;
	bool restarted; /* the cell would not stop: its context was restarted */
};

/* Runs one cell: wall_time_limit_s and max_output_kb of limits apply;
 * env (optional, {NAME: VALUE} of strings) holds for this cell only: the
 * interpreter sets them before it and puts back what was there after it
 * (a variable it did not have is removed), also when the cell fails or is
 * interrupted. on_output (optional) sees what it prints as it prints it.
 * -1 with err when the context has ended (ESRCH) or runs another cell
 * (EBUSY). */
int box_context_run(struct box_context *c, const char *code, const json_t *env,
		    const struct limits *limits, output_fn on_output, void *output_ctx,
		    struct box_cell *out, err_t *err);
void box_cell_free(struct box_cell *cell);
/* KeyboardInterrupt (Python) or an interrupted script (JavaScript) in the
 * running cell, if one runs. */
int box_context_interrupt(struct box_context *c, err_t *err);
/* A fresh interpreter in place of the old one: every variable is gone. */
int box_context_restart(struct box_context *c, err_t *err);
const char *box_context_lang(const struct box_context *c);
/* Whether its interpreter still runs. */
bool box_context_alive(struct box_context *c);
/* Ends its interpreter; must not run at the same time as the calls above. */
void box_context_free(struct box_context *c);

enum box_state {
	BOX_RUNNING = 0,
	BOX_ENDED, /* its init is gone: a box limit, or an error; see why */
};

struct box_status {
	enum box_state state;
	char why[160];		 /* with BOX_ENDED: "memory limit", "cpu limit", ... */
	uint64_t cpu_ms;	 /* all its processes, over its life */
	uint64_t memory_kb;	 /* now */
	uint64_t memory_peak_kb; /* over its life */
	uint64_t disk_used_kb;	 /* of its scratch */
	unsigned processes;	 /* now, init excluded */
	unsigned running_execs;
};

void box_status(struct box *b, struct box_status *st);
/* The proportional set size of every process of the box, its init
 * included, and how many there are: a walk over /proc (milliseconds), for
 * measurements, not for every tick. */
int box_pss(struct box *b, uint64_t *kb, unsigned *nprocs, err_t *err);

/* Its use now, measured (box_metrics.c): cpu_used_pct is the share of
 * cpu_count CPUs its processes used since the last call (the first: since
 * it was made); memory from its cgroup (rootless: the PSS of its
 * processes, and mem_cache_bytes -1: unknown); disk of its work
 * directory's own file system. */
struct box_metrics {
	uint64_t cpu_ns;	  /* all its processes, over its life */
	double cpu_used_pct;	  /* 0..100 */
	unsigned cpu_count;	  /* CPUs its processes may run on */
	uint64_t mem_used_bytes;  /* now */
	int64_t mem_cache_bytes;  /* of that, the page cache; -1: unknown */
	uint64_t mem_total_bytes; /* its memory limit */
	uint64_t disk_used_bytes, disk_total_bytes;
};
/* Where a look left cpu_used_pct's baseline: each caller that wants its
 * share since its own last look keeps one (zeroed: since the box was
 * made); NULL is the box's own, shared by whoever passes NULL. */
struct box_look {
	uint64_t cpu_ns, at_ns;
};
int box_metrics(struct box *b, struct box_look *look, struct box_metrics *m, err_t *err);

/* Freezes every process of the box (the cgroup freezer: v2's
 * cgroup.freeze, v1's freezer controller) and returns once they all are;
 * box_resume thaws them. Their memory stays held. ENOTSUP: no freezer
 * (rootless; v1 without the controller), ESRCH: it ended, EBUSY: they did
 * not freeze in time (thawed again). Ending a paused box kills and thaws
 * its processes. */
int box_pause(struct box *b, err_t *err);
int box_resume(struct box *b, err_t *err);
/* 0 when box_pause can work on it; ENOTSUP with the reason when it has
 * no freezer (rootless; v1 without the controller). */
int box_can_pause(struct box *b, err_t *err);

/* Replaces the allow-list of a box made with NET_EGRESS by allow's rules
 * (its other settings -- names it resolves, private addresses, limits
 * and what was counted against them -- stay): the next requests are
 * checked against it and connections under way to a host it drops end.
 * ENOTSUP: the box was made without egress. */
int box_set_egress(struct box *b, const struct egress_policy *allow, err_t *err);

/* A TCP connection to port on the box's loopback, where a command's
 * server listens (127.0.0.1 or ::1, whichever accepts first), within
 * timeout_ms: *fd is connected and the caller's (box_port.c). ECONNREFUSED:
 * nothing listens there; ENETUNREACH: the box was made with NET_NONE
 * (no loopback); EAGAIN: it is paused; ESRCH: it has ended. */
int box_connect(struct box *b, unsigned port, int timeout_ms, int *fd, err_t *err);

/* Ends the box now (its init, and so every process of its pid namespace):
 * running box_exec calls return (status cancelled), later ones fail with
 * ESRCH. why is what box_status says ("expired", "idle"...). */
void box_kill(struct box *b, const char *why);

/* Ends the box if it still runs, waits until every process of it is gone,
 * removes its cgroup and frees it. Must be the last call on b, once no
 * other call on it runs (box_kill first makes running ones return). */
void box_destroy(struct box *b);

/* ---- files of the work directory ----
 *
 * path: absolute (below BOX_WORKDIR) or relative to it. Failures set err
 * with errno: ENOENT (no such file), ENOTDIR/EISDIR (wrong kind), EXDEV
 * (outside the work directory, or through a link that leads out), EACCES
 * (the file's own mode refuses the sandbox's user), EEXIST, ENOTEMPTY,
 * ENOSPC (the box's disk is full), EFBIG (larger than max), E2BIG (a
 * listing over its bound), EINVAL (a bad path). */

struct box_entry {
	char *name; /* the last component (listing) or the path (stat) */
	char type;  /* 'f' file, 'd' directory, 'l' link, 'o' other */
	uint64_t size;
	uint32_t mode;
	int64_t mtime; /* seconds since the epoch */
	char *link;    /* with 'l': the target as written, NULL otherwise */
};

void box_entry_free(struct box_entry *e);

int box_file_read(struct box *b, const char *path, uint64_t max, struct buf *out, err_t *err);
/* Creates or replaces a file (its parent directories are made); the box's
 * disk limit counts it. */
int box_file_write(struct box *b, const char *path, const void *data, size_t len, err_t *err);
int box_file_stat(struct box *b, const char *path, struct box_entry *out, err_t *err);
/* The entries of a directory, sorted by name; *v is freed with
 * box_entries_free. */
int box_file_list(struct box *b, const char *dir, struct box_entry **v, size_t *n, err_t *err);
void box_entries_free(struct box_entry *v, size_t n);
int box_file_mkdir(struct box *b, const char *path, err_t *err); /* with its parents */
/* A file, a link or a directory with everything below it. */
int box_file_remove(struct box *b, const char *path, err_t *err);
int box_file_move(struct box *b, const char *from, const char *to, err_t *err);

/* ---- watching a directory of the work directory ----
 *
 * inotify from outside the box on dir (as the files API takes paths) and,
 * recursive, the directories below it (at most BOX_WATCH_DIRS_MAX): links
 * the program planted are never followed out (box_watch.c). Events carry
 * the name relative to dir. */
#define BOX_WATCH_DIRS_MAX 1024
enum box_watch_kind {
	BOX_WATCH_CREATE = 1, /* made, or moved in */
	BOX_WATCH_WRITE,
	BOX_WATCH_REMOVE,
	BOX_WATCH_RENAME, /* moved away */
	BOX_WATCH_CHMOD,  /* its attributes changed */
	BOX_WATCH_LOST,	  /* the kernel's queue overflowed: events were lost (name "") */
};
struct box_watch;
typedef void (*box_watch_fn)(void *ctx, enum box_watch_kind kind, const char *name);
int box_watch_start(struct box *b, const char *dir, bool recursive, struct box_watch **out,
		    err_t *err);
/* Up to timeout_ms for events, each given to fn. 0: events or none; 1:
 * cancel_fd (may be -1) became readable; -1 with err: the directory itself
 * is gone (ENOENT) or an error. */
int box_watch_wait(struct box_watch *w, int timeout_ms, int cancel_fd, box_watch_fn fn, void *ctx,
		   err_t *err);
void box_watch_free(struct box_watch *w);

#endif
