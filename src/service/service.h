/*
 * The execution service: the one core that every front end calls.
 *
 * A front end (HTTP /v1 today; MCP, Judge0, Piston, E2B next) translates
 * its protocol into the calls below and their answers back into its own
 * shapes. Nothing here knows a protocol: callers are identified by a key
 * row (service_authenticate), requests are the service's own canonical
 * request (request.h), answers are execution objects (the result object of
 * CONTRACT.md plus id and times) and errors are a kind, a stable code and
 * a message (svc_error), which each front end maps to its own statuses.
 *
 * Inside (internal.h) the service is a few parts with one concern and one
 * lock each: the worker pool and its bounded queue (pool.c), per-key
 * quotas (quota.c), the policy before a run (policy.c), approvals and
 * their expiry (approvals.c), the executions' lifecycle as the store sees
 * it (executions.c), start-up and shutdown (lifecycle.c). No front end
 * starts a sandbox its own way: every run goes through service_submit.
 */
#ifndef AIRLOCK_SERVICE_H
#define AIRLOCK_SERVICE_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "common/err.h"
#include "common/util.h"
#include "service/audit.h"
#include "service/config.h"
#include "service/error.h"
#include "service/request.h"
#include "store/store.h"

struct engine;
struct service;

/* ---- lifetime ---- */

/* One event as JSON fields ("event", ...); "time" is added. The line is
 * the callee's to read, the caller's to free. */
typedef void (*service_log_fn)(void *ctx, json_t *line);

struct service_deps {
	struct engine *engine; /* shared by every worker; not owned */
	struct store *store;   /* not owned */
	struct audit_keys audit;
	service_log_fn log;
	void *log_ctx;
};

/* Makes the service: the analyzer and redactor (a broken rules_dir stops
 * here, naming the file), and marks what was running at the last stop as
 * interrupted (*recovered: how many). Starts nothing. */
int service_open(const struct server_config *cfg, const struct service_deps *deps,
		 struct service **out, int *recovered, err_t *err);
/* Starts the workers and the approval expiry, then queues again what the
 * last run accepted but never started (*requeued: how many). */
int service_start(struct service *s, int *requeued, err_t *err);
/* Stops accepting; running executions get the grace period and are then
 * cancelled; what is left is recorded as interrupted. Idempotent. */
void service_stop(struct service *s);
void service_close(struct service *s);
/* Drops executions older than the retention; returns how many. */
int service_prune(struct service *s, err_t *err);

void service_log(struct service *s, json_t *line);
const struct server_config *service_config(const struct service *s);

/* Called once for every execution that ended (ran, failed, was cancelled,
 * interrupted, blocked or rejected), after it was stored: its id, its
 * key's id and its "meta" as compact JSON (NULL: none). It runs on the
 * thread that ended it (a worker): it must be quick and must not call the
 * service; a front end that has work to do queues it for its own thread.
 * Set before service_start; one hook (NULL: none). */
typedef void (*service_ended_fn)(void *ctx, const char *id, int64_t key_id, const char *meta_json);
void service_on_ended(struct service *s, service_ended_fn fn, void *ctx);

/* ---- callers ---- */

/* The key whose token this is; SVC_UNAUTHORIZED for an unknown or revoked
 * one, SVC_UNAVAILABLE when the store is busy. */
int service_authenticate(struct service *s, const char *token, struct key_row *key,
			 struct svc_error *e);

/* The key that requests without one run as (the configuration's
 * anonymous_key): SVC_UNAUTHORIZED when none is configured, or it names no
 * valid key. */
int service_anonymous_key(struct service *s, struct key_row *key, struct svc_error *e);
/* The key of token, or with token NULL the anonymous one: the one rule of
 * front ends whose protocol lets a request come without a key. */
int service_authenticate_or_anonymous(struct service *s, const char *token, struct key_row *key,
				      struct svc_error *e);

/* ---- executions ---- */

struct submission {
	char id[STORE_ID_MAX];
	enum exec_status status; /* queued, pending_approval, or how it ended */
	json_t *execution;	 /* when it ended (it waited, or was blocked); else NULL */
	json_t *findings;	 /* the policy's findings when there are any; else NULL */
};
void submission_free(struct submission *sub);

/* An interactive run: its stdin is a descriptor the caller writes while it
 * runs, its output and its steps come to the caller as they happen. Set
 * req->stream before service_submit, which then waits (req->wait is
 * forced) so that these ends outlive the run. Output is redacted chunk by
 * chunk before it is handed over (a secret split across two reads of the
 * program's output may pass in the stream; the stored result is redacted
 * whole). Nothing of it is stored: an execution requeued after a restart
 * runs with no stdin and nobody listening. */
struct exec_step_event {
	bool compile;	       /* the compile step, else the run */
	bool ended;	       /* false: it starts */
	const char *status;    /* when ended: the step's status name ("ok", "time_limit") */
	int exit_code;	       /* when ended: -1 when it did not exit by itself */
	int signal;	       /* when ended: 0 when no signal ended it */
	const char *out, *err; /* when ended: the compile step's output (redacted), else NULL */
	size_t out_len, err_len;
};
struct exec_stream {
	int stdin_fd; /* > 0: the program reads it (a pipe's read end) */
	/* Stored and queued: the id, for service_cancel. Optional. */
	void (*on_queued)(void *ctx, const char *id);
	void (*on_step)(void *ctx, const struct exec_step_event *ev); /* optional */
	/* What the run step writes, as it is read: stream 1 or 2. Optional. */
	void (*on_output)(void *ctx, int stream, const char *data, size_t len);
	void *ctx;
};

/* Admits a request in the order of its cost to the caller: the key's
 * quota (SVC_LIMITED), the policy (blocked, or held for approval: both
 * stored without room in the queue), room in the queue (SVC_UNAVAILABLE);
 * then stores it and queues it. With req->wait, returns once it ended.
 * The request is consumed (freed) whatever happens. */
/* What a run of key may reach at most, as a request's "net": {"allow":
 * [...]} lists it: the key's egress list when it has one, else the
 * server's (`egress:`); a new array, empty when there is none. For the
 * doors whose protocol asks for "the network" as a whole (Judge0's
 * enable_network). */
json_t *service_egress_hosts(struct service *s, const struct key_row *key);

int service_submit(struct service *s, const struct key_row *key, struct exec_request *req,
		   struct submission *out, struct svc_error *e);

/* The execution as it is now. Another key's is SVC_NOT_FOUND, exactly as a
 * missing one, unless key is an admin's. */
int service_execution(struct service *s, const struct key_row *key, const char *id, json_t **out,
		      struct svc_error *e);

struct exec_filter {
	int status;	/* -1: any; else an enum exec_status */
	int64_t before; /* a cursor from a previous page; 0: from the newest */
	int limit;	/* 1..SERVICE_LIST_MAX */
};
#define SERVICE_LIST_MAX 100
/* Newest first; *items is an array of executions, *next the cursor of the
 * next page (0: none). */
int service_executions(struct service *s, const struct key_row *key, const struct exec_filter *f,
		       json_t **items, int64_t *next, struct svc_error *e);

/* Cancels a queued, running or pending execution; *out is it afterwards.
 * SVC_CONFLICT when it already ended. */
int service_cancel(struct service *s, const struct key_row *key, const char *id, json_t **out,
		   struct svc_error *e);

/* Deletes an execution that ended; *out is what it was. SVC_CONFLICT while
 * it is queued, running or pending approval. */
int service_delete(struct service *s, const struct key_row *key, const char *id, json_t **out,
		   struct svc_error *e);

/* Waits up to timeout_ms for a queued or running execution to end; *out
 * is the execution then (ended, or still queued or running). Another
 * key's is SVC_NOT_FOUND, as for service_execution. */
int service_wait(struct service *s, const struct key_row *key, const char *id, int timeout_ms,
		 json_t **out, struct svc_error *e);

/* The policy's view of a program without running it: {"language",
 * "policy" (the mode for this key), "fail_on", "verdict" ("run", "block"
 * or "approve": what submitting it would do), "analysis" ("done" or
 * "unavailable"), "findings"}. The program is analysed whatever the mode
 * (with mode off the verdict is "run"); texts are redacted as the
 * service's. The request is consumed (freed). */
int service_check(struct service *s, const struct key_row *key, struct exec_request *req,
		  json_t **out, struct svc_error *e);

/* The first of an execution's diagnostics in one line ("ZeroDivisionError:
 * division by zero (main.py, line 2)"), for a protocol that says a failure
 * in one line of text; false (and "") when it has none. */
bool execution_diagnostic_line(const json_t *execution, char *out, size_t size);

/* ---- sandboxes that live (sandboxes.c, sandbox_calls.c) ----
 *
 * A sandbox is a box (engine/box.h) the service keeps between calls: made
 * by create, used by exec and the files calls, ended by destroy, by its
 * lifetime or idle time running out (the reaper), by a box limit, or by
 * the service stopping. Every call names it by id; another key's sandbox
 * is SVC_NOT_FOUND exactly as a missing one (admins see all). A sandbox
 * that ended still answers get and list (its row in the store) as
 * {"state": "terminated", "reason"}; exec and the files calls on it are
 * SVC_CONFLICT (code "sandbox_terminated"). Requests are JSON values the
 * caller keeps (docs/sandboxes.md); answers are new JSON values. */

/* {"timeout_s"?, "idle_timeout_s"?, "on_timeout"? ("end" or "pause"),
 * "auto_resume"? (a paused one resumes when a call uses it),
 * "limits"?, "env"?, "net"?, "metadata"?} -> the sandbox object.
 * SVC_LIMITED when the key or the service has as many live sandboxes as
 * allowed (paused ones count). */
int service_sandbox_create(struct service *s, const struct key_row *key, const json_t *req,
			   json_t **out, struct svc_error *e);
int service_sandbox_get(struct service *s, const struct key_row *key, const char *id,
			json_t **out, struct svc_error *e);
#define SERVICE_SANDBOX_LIST_MAX 100
/* The newest sandboxes (live and ended), at most SERVICE_SANDBOX_LIST_MAX. */
int service_sandbox_list(struct service *s, const struct key_row *key, json_t **out,
			 struct svc_error *e);
/* Ends it (reason "deleted"); *out is the sandbox afterwards. */
int service_sandbox_destroy(struct service *s, const struct key_row *key, const char *id,
			    json_t **out, struct svc_error *e);
/* {"timeout_s": N}: it now ends N seconds from now (within the maximum). */
int service_sandbox_set_timeout(struct service *s, const struct key_row *key, const char *id,
				const json_t *req, json_t **out, struct svc_error *e);
/* {"allow": [HOST[:PORT], ...]}: the sandbox's egress allow-list is now
 * this one (within the configuration's and the key's lists, as at create),
 * for the requests its programs make from now on; a connection under way
 * to a host it drops ends. A paused sandbox stays paused. SVC_CONFLICT
 * egress_unavailable for a sandbox made without egress. */
int service_sandbox_set_net(struct service *s, const struct key_row *key, const char *id,
			    const json_t *req, json_t **out, struct svc_error *e);
/* {"command", "stdin"? | "stdin_open"?: true, "tag"?, "metadata"?, "env"?,
 * "cwd"?, "limits"?: {"time", "wall_time", "output"}} -> the result object
 * of the command (status, exit_code, stdout, stderr, time, memory_peak_kb,
 * limits, ...; with a policy in force findings, redactions). The command
 * goes through the policy as a bash program: blocked, it does not run and
 * the result's status is policy_blocked; a policy that holds it for
 * approval is SVC_FORBIDDEN (code "approval_unsupported").
 *
 * While it runs the command is one of the sandbox's processes (below): it
 * has a pid (a number of the sandbox's, not the kernel's), the tag and the
 * metadata it was given; with "stdin_open" its stdin is a pipe that
 * service_sandbox_process_input feeds until service_sandbox_process_close
 * or its end (without, stdin is "stdin" or empty). With "pty": {"cols",
 * "rows"} it runs on a terminal of the sandbox's own (its controlling
 * terminal): stdout is what it writes there (stderr is empty), its input
 * goes in with service_sandbox_process_input, and
 * service_sandbox_process_resize resizes it. */
typedef void (*sandbox_output_fn)(void *ctx, int stream, const char *data, size_t len);
/* How a caller follows a command; every member may be 0. */
struct sandbox_io {
	/* stdout (1) and stderr (2) as they are read, redacted chunk by chunk */
	sandbox_output_fn on_output;
	/* once, before it runs (after the policy): its pid */
	void (*on_start)(void *ctx, long pid);
	/* asked about once a second while it runs: false when the caller has
	 * gone (a closed stream). The command then stops (status cancelled),
	 * unless keep_when_gone: then it runs on without the caller, as a
	 * background process does, and on_output is not called again. */
	bool (*present)(void *ctx);
	bool keep_when_gone;
	void *ctx;
};
int service_sandbox_exec(struct service *s, const struct key_row *key, const char *id,
			 const json_t *req, const struct sandbox_io *io, json_t **out,
			 struct svc_error *e);

/* The sandbox's processes (sandbox_procs.c): the commands of
 * service_sandbox_exec that run now, named by pid or, when tag is not
 * NULL, by tag. A name that runs nothing is SVC_NOT_FOUND (code
 * "no_such_process").
 * list -> {"processes": [{"pid", "tag"?, "command", "cwd"?, "metadata"?,
 * "stdin_open", "started_at"}]} in pid order. */
#define SANDBOX_TAG_MAX 64
#define SANDBOX_PTY_MAX_COLS 1000
#define SANDBOX_PTY_MAX_ROWS 1000
#define SANDBOX_PROC_METADATA_MAX 4096
int service_sandbox_processes(struct service *s, const struct key_row *key, const char *id,
			      json_t **out, struct svc_error *e);
/* Writes to its stdin pipe: SVC_CONFLICT "stdin_closed" when it has none
 * (no "stdin_open", or closed), SVC_LIMITED "stdin_full" when the command
 * has not read what it was sent for a few seconds. */
int service_sandbox_process_input(struct service *s, const struct key_row *key, const char *id,
				  long pid, const char *tag, const void *data, size_t len,
				  struct svc_error *e);
/* A command on a terminal ("pty") to cols x rows (its foreground process
 * group gets SIGWINCH): SVC_CONFLICT "not_a_terminal" for one without,
 * SVC_INVALID outside 1..SANDBOX_PTY_MAX_COLS/ROWS. */
int service_sandbox_process_resize(struct service *s, const struct key_row *key, const char *id,
				   long pid, const char *tag, unsigned cols, unsigned rows,
				   struct svc_error *e);
/* Closes its stdin: the command reads end of file (on a terminal:
 * SVC_CONFLICT "not_a_pipe"; send ^D as input). */
int service_sandbox_process_close(struct service *s, const struct key_row *key, const char *id,
				  long pid, const char *tag, struct svc_error *e);
/* Sends sig (1..64) to its main process. */
int service_sandbox_process_signal(struct service *s, const struct key_row *key, const char *id,
				   long pid, const char *tag, int sig, struct svc_error *e);
/* Follows a running command from now on: io->on_start gets its pid, then
 * on_output its output as the command's own caller gets it, until it ends
 * (*out: its result object, as service_sandbox_exec's) or the caller is
 * gone (io->present; *out NULL, and the command runs on). */
int service_sandbox_process_attach(struct service *s, const struct key_row *key, const char *id,
				   long pid, const char *tag, const struct sandbox_io *io,
				   json_t **out, struct svc_error *e);

/* Code contexts (sandbox_contexts.c): a Python or JavaScript interpreter
 * in the sandbox that keeps its variables between cells; at most
 * SERVICE_SANDBOX_CONTEXTS_MAX per sandbox (SVC_LIMITED), ended with it.
 * A context is {"id", "language" ("python" | "javascript"), "cwd"}.
 * create {"language"? (python, python3, py, javascript, js, node; default
 * python), "cwd"?}; list -> {"contexts": [...]}; a missing context is
 * SVC_NOT_FOUND. run {"code", "limits"?: {"wall_time", "output"}} ->
 * {"status", "stdout", "stderr", "outputs": [{"type": "result"|"display",
 * "data": {MIME: ...}}], "error"?: {"name", "value", "traceback"},
 * "wall_ms", "execution_count", "sandbox_id", "context_id", "language"}:
 * the cell goes through the policy as a program of its language (blocked:
 * status policy_blocked; held for approval: SVC_FORBIDDEN
 * approval_unsupported), its texts through redaction; on_output as for
 * exec. A context that runs a cell already is SVC_CONFLICT context_busy;
 * one whose interpreter ended, context_ended (restart it). */
#define SERVICE_SANDBOX_CONTEXTS_MAX 8
int service_sandbox_context_create(struct service *s, const struct key_row *key, const char *id,
				   const json_t *req, json_t **out, struct svc_error *e);
int service_sandbox_contexts(struct service *s, const struct key_row *key, const char *id,
			     json_t **out, struct svc_error *e);
int service_sandbox_context_delete(struct service *s, const struct key_row *key, const char *id,
				   const char *cid, struct svc_error *e);
/* A fresh interpreter: its variables are gone, execution_count is 0. */
int service_sandbox_context_restart(struct service *s, const struct key_row *key, const char *id,
				    const char *cid, json_t **out, struct svc_error *e);
/* Interrupts the running cell if there is one (KeyboardInterrupt). */
int service_sandbox_context_interrupt(struct service *s, const struct key_row *key, const char *id,
				      const char *cid, json_t **out, struct svc_error *e);
int service_sandbox_context_run(struct service *s, const struct key_row *key, const char *id,
				const char *cid, const json_t *req, sandbox_output_fn on_output,
				void *ctx, json_t **out, struct svc_error *e);

/* A TCP connection to a server a command started on the sandbox's
 * loopback (sandbox_ports.c): *fd is connected and the caller's, who
 * closes it. It counts as a use (the idle timeout starts again; a paused
 * sandbox with auto_resume wakes). SVC_INVALID for a port outside 1..65535;
 * SVC_CONFLICT "no_loopback" for a sandbox made with net none,
 * "sandbox_paused"/"sandbox_terminated" as the other calls;
 * SVC_BAD_GATEWAY "port_closed" when nothing listens there,
 * "port_timeout" when it did not accept within SANDBOX_PORT_CONNECT_MS. */
#define SANDBOX_PORT_CONNECT_MS 5000
int service_sandbox_connect(struct service *s, const struct key_row *key, const char *id,
			    unsigned port, int *fd, struct svc_error *e);

/* Files of its work directory (/home/user); paths are below it. A path
 * outside is SVC_FORBIDDEN, a missing file SVC_NOT_FOUND, a full disk
 * SVC_NO_SPACE, a file over max (or the body limit) SVC_TOO_LARGE, an
 * existing one SVC_CONFLICT, a bad path SVC_BAD_REQUEST. */
int service_sandbox_file_read(struct service *s, const struct key_row *key, const char *id,
			      const char *path, struct buf *out, struct svc_error *e);
int service_sandbox_file_write(struct service *s, const struct key_row *key, const char *id,
			       const char *path, const void *data, size_t len, json_t **out,
			       struct svc_error *e);
/* {"path", "entries": [{"name", "type", "size", "mode", "mtime", "link"?}]} */
int service_sandbox_file_list(struct service *s, const struct key_row *key, const char *id,
			      const char *dir, json_t **out, struct svc_error *e);
/* {"path", "type", "size", "mode", "mtime", "link"?} */
int service_sandbox_file_stat(struct service *s, const struct key_row *key, const char *id,
			      const char *path, json_t **out, struct svc_error *e);
int service_sandbox_file_mkdir(struct service *s, const struct key_row *key, const char *id,
			       const char *path, struct svc_error *e);
int service_sandbox_file_remove(struct service *s, const struct key_row *key, const char *id,
				const char *path, struct svc_error *e);
int service_sandbox_file_move(struct service *s, const struct key_row *key, const char *id,
			      const char *from, const char *to, struct svc_error *e);

/* Watching a directory of the work directory (sandbox_watch.c): dir as
 * the files calls take it and, recursive, the directories below it; links
 * the program planted are never followed. io->on_start once it watches,
 * then io->on_event(ctx, type, name) per event, type "create" (also moved
 * in), "write", "remove", "rename" (moved away) or "chmod", name relative
 * to dir; until io->present (asked once a second) says the caller has
 * gone, or the directory is removed (both 0), or the sandbox ends
 * (SVC_CONFLICT sandbox_terminated). At most SANDBOX_WATCHERS_MAX at once
 * in a sandbox (SVC_LIMITED too_many_watchers). */
#define SANDBOX_WATCHERS_MAX 4
struct sandbox_watch_io {
	void (*on_start)(void *ctx);
	void (*on_event)(void *ctx, const char *type, const char *name);
	bool (*present)(void *ctx);
	void *ctx;
};
int service_sandbox_watch(struct service *s, const struct key_row *key, const char *id,
			  const char *dir, bool recursive, const struct sandbox_watch_io *io,
			  struct svc_error *e);

/* Pausing (sandbox_pause.c): every process of the sandbox frozen (the
 * cgroup freezer), its lifetime and idle clocks stopped, its memory held;
 * meanwhile its exec, files, processes, contexts and watchers answer
 * SVC_CONFLICT sandbox_paused. Both answer the sandbox ("state":
 * "paused" / "running"). pause: SVC_CONFLICT sandbox_paused when it is
 * already, SVC_NOT_IMPLEMENTED without a freezer (rootless); resume:
 * SVC_CONFLICT not_paused. Deleting a paused sandbox ends it. A sandbox
 * made with "on_timeout": "pause" is paused so when its timeout or idle
 * timeout runs out (its create is SVC_NOT_IMPLEMENTED pause_unsupported
 * without a freezer), and its resume gives it a new lifetime of
 * timeout_s; paused either way, it ends after paused_max_s
 * (paused_expired). One made with "auto_resume": true is resumed by the
 * first call that uses it (exec, files, processes, contexts, watchers)
 * rather than SVC_CONFLICT; get, list, metrics and timeout do not (also
 * SVC_NOT_IMPLEMENTED pause_unsupported at create without a freezer). */
int service_sandbox_pause(struct service *s, const struct key_row *key, const char *id,
			  json_t **out, struct svc_error *e);
int service_sandbox_resume(struct service *s, const struct key_row *key, const char *id,
			   json_t **out, struct svc_error *e);

/* A live sandbox's use now, measured (sandbox_metrics.c; not a use for
 * idle_timeout_s): {"timestamp", "cpu_count", "cpu_used_pct" (0..100 of
 * cpu_count CPUs since the last look -- a call's or the service's own
 * sample, SANDBOX_SAMPLE_S at most -- or since it was made), "cpu_ms"
 * (over its life), "memory_used_bytes", "memory_cache_bytes" (null:
 * unknown, rootless), "memory_total_bytes" (its limit),
 * "disk_used_bytes", "disk_total_bytes" (its work directory's)}. */
int service_sandbox_metrics(struct service *s, const struct key_row *key, const char *id,
			    json_t **out, struct svc_error *e);
/* Its use over time: the samples the service takes every
 * SANDBOX_SAMPLE_S seconds while it runs (the last SANDBOX_SAMPLES; none
 * while paused), each as service_sandbox_metrics's object with its
 * "cpu_used_pct" over the time since the look before, then one measured
 * now; those whose time is within [start_ms, end_ms] (ms since the epoch;
 * -1: open), oldest first: {"samples": [...]}. */
#define SANDBOX_SAMPLE_S 5
#define SANDBOX_SAMPLES 720
int service_sandbox_metrics_history(struct service *s, const struct key_row *key,
				    const char *id, int64_t start_ms, int64_t end_ms, json_t **out,
				    struct svc_error *e);

/* Watchers without a caller (sandbox_watchers.c): the same watch as
 * service_sandbox_watch, its events kept until asked for. create answers
 * its id (out, SANDBOX_WATCHER_ID_MAX) once it watches; it counts among
 * the sandbox's SANDBOX_WATCHERS_MAX until removed or the sandbox ends.
 * events answers [{"type", "name"}] since the last call, oldest first:
 * they wait in the kernel's queue of the watch (fs.inotify.
 * max_queued_events, 16384 by default); when it overflowed, the call
 * fails (SVC_LIMITED events_lost) and the watcher is removed, as it is
 * (SVC_NOT_FOUND) once its directory is gone. A watcher is its key's:
 * another key's id is SVC_NOT_FOUND, as a missing one. */
#define SANDBOX_WATCHER_ID_MAX 24
int service_sandbox_watcher_create(struct service *s, const struct key_row *key, const char *id,
				   const char *dir, bool recursive, char *out, struct svc_error *e);
int service_sandbox_watcher_events(struct service *s, const struct key_row *key, const char *id,
				   const char *wid, json_t **out, struct svc_error *e);
int service_sandbox_watcher_remove(struct service *s, const struct key_row *key, const char *id,
				   const char *wid, struct svc_error *e);

/* ---- approvals (admin keys) ---- */

enum approval_decision { APPROVE, REJECT, EXPIRE };

/* SVC_FORBIDDEN unless key is an admin's. */
int service_require_admin(const struct key_row *key, struct svc_error *e);

#define SERVICE_APPROVALS_MAX 500
/* The pending executions, oldest first, at most max: each {id, key (its
 * name), language, code, findings, analysis?, created_at, expires_at}. */
int service_approvals(struct service *s, const struct key_row *key, int max, json_t **out,
		      struct svc_error *e);
/* Approves or rejects a pending execution, with a reason ("" or NULL:
 * none; redacted like everything the service keeps). *out is the
 * execution afterwards. SVC_NOT_FOUND, SVC_CONFLICT (already decided),
 * SVC_INVALID (no longer runnable), SVC_UNAVAILABLE (no room in the queue:
 * it stays pending). */
int service_decide(struct service *s, const struct key_row *key, const char *id,
		   enum approval_decision d, const char *reason, json_t **out, struct svc_error *e);

/* ---- information ---- */

/* Every language: name, version (on this host; "" when unknown), aliases,
 * compiled, available, defaults, max, source_file, compile_cmd (null when
 * none), run_cmd. */
json_t *service_languages(struct service *s);

struct service_health {
	bool stopping;
	int queue_depth, running, workers;
	const char *engine, *store;
};
void service_health(struct service *s, struct service_health *h);

/* Prometheus text exposition of the service's counters. */
void service_metrics(struct service *s, struct buf *out);
/* Counts what a front end refused before it reached the service
 * ("bad_request", "unauthorized", "too_large"), and every request. */
void service_count_reject(struct service *s, const char *reason);
void service_count_request(struct service *s);

#endif
