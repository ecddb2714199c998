/*
 * Inside the service: its parts, each with one concern and its own lock,
 * and the calls between them. Front ends include service.h, never this.
 *
 * Who calls whom (no file calls back up this list):
 *
 *   lifecycle.c   open, start, stop, close; recovery and retention
 *   executions.c  submit, read, list, cancel (service.h's execution calls)
 *   approvals.c   decisions on pending executions, and their expiry
 *   sandbox_calls.c  exec and files calls on a live sandbox
 *   sandboxes.c   sandboxes that live: the registry, quotas, the reaper
 *   sandbox_request.c  parsing of their requests (pure)
 *   pool.c        the bounded queue and the workers: runs jobs, records them
 *   nodes.c       many nodes on one store: heartbeat, takeover of lost nodes
 *   teardown.c    what is left of a run once its result is out (a thread)
 *   policy.c      the policy before a run (policy_decide) and what is stored
 *   quota.c       per-key admission: rate, per day, CPU, concurrency
 *   listen.c      the shared queue's wake-ups from other nodes
 *   held.c        originals of pending executions whose stored request was redacted
 *   record.c      the execution object of a row; audit links; log lines
 *   error.c       svc_error
 */
#ifndef AIRLOCK_SERVICE_INTERNAL_H
#define AIRLOCK_SERVICE_INTERNAL_H

#include <pthread.h>
#include <stdbool.h>

#include "engine/box.h"
#include "engine/engine.h"
#include "policy/analyze.h"
#include "policy/decide.h"
#include "policy/redact.h"
#include "service/metrics.h"
#include "service/quota.h"
#include "service/service.h"

/* ---- pool.c ---- */

enum job_state { JOB_QUEUED, JOB_RUNNING, JOB_DONE };

/* One accepted execution on its way through the queue. Shared by the
 * caller that may wait for it and the worker that runs it (refs); touched
 * only under the pool's lock. */
struct job {
	struct job *next_active, *prev_active; /* the pool's list of live jobs */
	char id[STORE_ID_MAX];
	char created_at[STORE_TIME_MAX];
	char code_hash[STORE_HASH_HEX];
	int64_t key_id;
	struct exec_request req;
	int cancel_pipe[2];
	enum job_state state;
	bool cancelled; /* a caller asked for it */
	/* the shared queue: another node claimed it (its waiters read the
	 * row); this node claimed it from another node's queue */
	bool elsewhere, claimed;
	/* the row as its worker stored its end (exec_finish), or seq 0 */
	struct exec_row final;
	int refs;
	uint64_t accepted_ms;
	pthread_cond_t done;
};

/* warm.c: the warm templates of config `pool:`, and the spawner. */
struct warm_template;
struct warm_pool {
	pthread_mutex_t lock; /* everything below */
	struct warm_template *t;
	int n;
	struct warm_template *spawner; /* NULL: config `spawner: false` */
	unsigned next;		       /* round robin */
	int idle_s;
	int ready;	   /* sandboxes each template keeps built (--ready) */
	bool rootless;	   /* the engine is rootless although we are root */
	bool told_missing; /* logged that a template cannot start */
	char bin_dir[4096];
};

struct pool {
	pthread_mutex_t lock; /* everything below */
	pthread_cond_t wake;  /* a job was queued, or stopping */
	struct job **queue;   /* ring of size queue_size + workers */
	int size, head, len;
	struct job *active; /* queued and running jobs, for cancel */
	int running;
	int reserved; /* admitted, being stored, not yet queued */
	bool stopping;
	/* the queue is the store's (exec_claim, a named node): idle workers
	 * claim other nodes' executions; fenced: the node lost the store for
	 * node_lease_s / 2 and accepts and claims nothing */
	bool shared, fenced;
	bool polling; /* an idle worker claims for the node (one at a time) */
	/* listen.c: the store tells when another node queues one (listening:
	 * it can; notified: it did, the claiming worker claims at once) */
	bool listening, notified, listen_stop, listener_running;
	pthread_t listener;
	pthread_t *workers;
	int nworkers;
};

/* ---- teardown.c ---- */

struct pending_teardown;
struct teardowns {
	pthread_mutex_t lock; /* everything below */
	pthread_cond_t wake;  /* one was queued, or stop */
	struct pending_teardown *head, *tail;
	int pending, max_pending;
	uint64_t delay_ms; /* AIRLOCK_TEARDOWN_DELAY_MS */
	/* running: the thread; else each worker tears down */
	bool running, stop;
	bool told_spares; /* logged that cgroups cannot be made ahead */
	pthread_t thread;
};

/* ---- quota.c ---- */

struct key_state {
	int64_t key_id;
	struct bucket bucket;
	int64_t live; /* queued + running */
	/* egress through the proxy: bytes this UTC day, connections this hour */
	int64_t egress_day, egress_hour;
	uint64_t egress_bytes, egress_conns;
};

struct quotas {
	pthread_mutex_t lock;
	struct key_state *keys;
	size_t nkeys;
};

/* ---- held.c ---- */

struct held_request {
	struct held_request *next;
	char id[STORE_ID_MAX];
	char *request; /* the original request, JSON */
};

struct held {
	pthread_mutex_t lock;
	struct held_request *list;
};

/* ---- listen.c ---- */

int queue_listen_start(struct service *s, err_t *err);
void queue_listen_stop(struct service *s);

/* ---- nodes.c ---- */

/* The heartbeat of this node and the takeover of lost ones, on a thread,
 * when the store is shared by many nodes (store->be->node_heartbeat). */
struct nodes {
	pthread_mutex_t lock;
	pthread_cond_t wake;
	pthread_t thread;
	bool running, stop;
	bool cancels_now;    /* the store told of a cancel asked for here */
	uint64_t beat_ok_ms; /* monotonic_ms of the last heartbeat stored */
	uint64_t cancels_ms; /* monotonic_ms of the last read of the cancels */
};

/* ---- approvals.c ---- */

struct expiry {
	pthread_mutex_t lock;
	pthread_cond_t wake;
	pthread_t thread;
	bool running, stop;
};

/* ---- sandboxes.c ---- */

struct box;

/* A live sandbox. The registry's lock guards the list, refs, ending,
 * expires_ms and last_used_ms; the rest is fixed once it is made. A call
 * holds a reference while it uses the box, so that the box is destroyed
 * only after the last call on it returned. */
struct sandbox {
	struct sandbox *next;
	char id[STORE_ID_MAX];
	int64_t key_id;
	struct box *box;
	int refs;
	bool ending;   /* taken out of the list: no new call gets it */
	int cancel[2]; /* written when it ends: running commands stop */
	char created_at[STORE_TIME_MAX];
	int64_t expires_ms, last_used_ms; /* wall clock, ms since the epoch */
	int64_t timeout_s, idle_timeout_s;
	struct limits limits; /* the box's, and each command's defaults */
	double cpu_total_s;
	json_t *env; /* owns the strings of envv */
	struct run_env *envv;
	size_t nenv;
	json_t *metadata;			    /* NULL: none */
	char *image;				    /* its image's name, NULL: the host's tree */
	char *rootfs;				    /* that image's root file system */
	struct run_mount mounts[ENGINE_MAX_MOUNTS]; /* src: the config's; dst owned */
	const char *mount_names[ENGINE_MAX_MOUNTS];
	size_t nmounts;
	struct egress_policy *egress; /* NULL: no egress */
	json_t *net_allow;
	struct sandbox_context *contexts; /* sandbox_contexts.c; the registry's lock */
	/* Frees the contexts once no call uses the sandbox (set by
	 * sandbox_contexts.c with the first one; NULL: none was made). */
	void (*end_contexts)(struct sandbox *sb);
	/* its running commands (sandbox_procs.c) */
	pthread_mutex_t procs_lock;
	pthread_cond_t procs_cv; /* one ended, or a follower may look again */
	struct sandbox_proc *procs;
	long next_pid;
	int watchers; /* directories watched now (sandbox_watch.c); procs_lock */
	/* watchers without a caller (sandbox_watchers.c); procs_lock. Freed
	 * by end_watchers (set with the first) once no call uses the sandbox,
	 * before its box goes. */
	struct sandbox_watcher *pollers;
	void (*end_watchers)(struct sandbox *sb);
	/* paused (sandbox_pause.c): its processes frozen, its lifetime clock
	 * stopped since paused_at_ms; the registry's lock */
	bool paused;
	int64_t paused_at_ms;
	/* on_timeout "pause" (fixed once made): its timeout (and idle
	 * timeout) pause it rather than end it; auto_paused (the registry's
	 * lock): it is paused so, and resume gives it a new lifetime */
	bool pause_on_timeout, auto_paused;
	/* auto_resume (fixed once made): a call that uses it while paused
	 * resumes it first (sandbox_acquire) rather than SVC_CONFLICT */
	bool auto_resume;
	/* held while it is paused or resumed (sandbox_pause_box,
	 * sandbox_resume_box): one at a time, so that racing calls resume it
	 * once and its row follows its state in order */
	pthread_mutex_t pause_lock;
	/* its use sampled by the reaper (sandbox_metrics.c): a ring of
	 * SANDBOX_SAMPLES, made with the first; the registry's lock */
	struct sandbox_sample *samples;
	int nsamples, next_sample;
	int64_t sampled_ms;
	struct box_look sample_look; /* the samples' own CPU baseline */
};

/* One look at a sandbox's use (sandbox_metrics.c). */
struct sandbox_sample {
	int64_t at_ms; /* wall clock */
	struct box_metrics m;
};
/* Takes a sample of a running sandbox the caller holds when the last is
 * SANDBOX_SAMPLE_S old (sandboxes.c: the reaper, at each look). */
void sandbox_sample(struct service *s, struct sandbox *sb);


struct sandboxes {
	pthread_mutex_t lock;
	pthread_cond_t wake;  /* the reaper's; and a reference was given back */
	struct sandbox *list; /* live ones */
	int live;	      /* in list, plus those being made */
	uint64_t execs;	      /* commands run, for /metrics */
	pthread_t reaper;
	bool running, stop;
};

struct service {
	struct server_config cfg;
	struct engine *eng;
	struct store *st;
	struct audit_keys audit;
	struct metrics metrics;
	struct analyzer *analyzer; /* read-only once made: shared by every thread */
	struct redactor *redactor; /* likewise */
	service_log_fn log;
	void *log_ctx;
	service_ended_fn on_ended;
	void *on_ended_ctx;

	struct pool pool;
	struct warm_pool warm;
	struct quotas quotas;
	struct held held;
	struct expiry expiry;
	struct nodes nodes;
	struct teardowns teardowns;
	struct sandboxes sandboxes;
};

/* pool.c */
void pool_init(struct pool *p, int queue_size, int workers);
void pool_destroy(struct pool *p);
int pool_start(struct service *s, err_t *err);
/* No new jobs; running ones get the grace period, then are cancelled. */
void pool_stop(struct service *s);
/* Reserves room in the queue (SVC_UNAVAILABLE when there is none or the
 * service is stopping); pool_unreserve gives it back. */
int pool_reserve(struct service *s, struct svc_error *e);
void pool_unreserve(struct service *s);
/* Queues a job whose room is reserved; the caller keeps one reference. */
int pool_submit(struct service *s, struct job *j, struct svc_error *e);
/* A job for request req (taken over), not yet queued: one reference. */
struct job *job_new(const char *id, const char *created_at, const char *code_hash, int64_t key_id,
		    struct exec_request *req);
void job_unref(struct service *s, struct job *j);
/* Waits until the job its caller just queued (pool_submit) ends. */
void job_wait(struct service *s, struct job *j);
/* The execution of a job that job_wait saw end, as execution_read gives
 * it: the row its worker stored, without reading it again, when it ran
 * here. */
int job_execution(struct service *s, struct job *j, json_t **out, struct svc_error *e);
/* Cancels a live job of this key (any key when key_id < 0). 0: it ended;
 * 1: no such live job. */
int pool_cancel(struct service *s, const char *id, int64_t key_id);
/* Waits up to timeout_ms for a live job of this key (any key when
 * key_id < 0) to end. 0: it ended, or is not live; 1: still live. */
int pool_wait(struct service *s, const char *id, int64_t key_id, int timeout_ms);
void pool_counts(struct service *s, int *queued, int *running, bool *stopping);
/* The shared queue: whether a job reserved now waits for a worker of this
 * node (then other nodes are told of it when it is stored). */
bool pool_busy(struct service *s);
/* A job for the stored execution r (original, when not NULL, is the
 * request to run instead of the stored one: its held original) with its
 * room reserved; SVC_INVALID when the stored request
 * no longer fits the configuration. Then pool_submit_prepared, which queues
 * it and takes a concurrency slot of its key past the quota (it was
 * admitted once), or pool_discard. */
int pool_prepare_stored(struct service *s, const struct exec_row *r, const char *original,
			struct job **out, struct svc_error *e);
int pool_submit_prepared(struct service *s, struct job *j, struct svc_error *e);
void pool_discard(struct service *s, struct job *j);
/* Queues again what the last run accepted but never started. */
int pool_requeue(struct service *s, err_t *err);
/* Many nodes: takes over the nodes whose heartbeat is older than lease_s
 * (store.h node_takeover) and runs their queued executions here (how many
 * in *adopted). Returns how many of their executions were interrupted. */
int pool_take_over(struct service *s, int lease_s, int *adopted, err_t *err);
/* The shared queue: fences the node (interrupts its runs, refuses new
 * work) or lifts the fence; cancels the run of id here (asked for on
 * another node). */
void pool_fence(struct service *s, bool fenced);
void pool_cancel_here(struct service *s, const char *id);
/* Cancels an execution queued or running on another node; 0 when it
 * ended, 1 when it is not live anywhere. */
int pool_cancel_elsewhere(struct service *s, const struct exec_row *row);

/* ---- nodes.c ---- */

int nodes_start(struct service *s, err_t *err);
/* The store told that a cancel was asked for of an execution this node
 * runs (listen.c): the nodes thread reads the cancels now. */
void nodes_cancels_now(struct service *s);
void nodes_stop(struct service *s);

/* teardown.c */
void teardowns_init(struct teardowns *t);
void teardowns_destroy(struct teardowns *t);
int teardowns_start(struct service *s, err_t *err);
/* Finishes every teardown queued (after the workers stopped). */
void teardowns_stop(struct service *s);
/* Hands over what is left of execution id's run (td NULL: nothing); it is
 * finished now when too many wait, or without the thread. */
void teardown_defer(struct service *s, struct run_teardown *td, const char *id);

/* warm.c */
int warm_pool_start(struct service *s, err_t *err);
void warm_pool_stop(struct service *s);
/* The socket of a template for lang (restarted first when it is gone,
 * unless it must wait: service/warm.c): 1, with its path in out; 0 when
 * the pool has none for lang; -1 when lang's template cannot serve on this
 * machine, with a note for the run's start_note in out. */
int warm_pool_socket(struct service *s, const struct lang_profile *lang, char *out, size_t size);
/* The spawner's socket (warm/spawner.c) in out, and out (it may be down,
 * and being started again); NULL with config `spawner: false`. *required:
 * whether a sandbox may only be cloned by it (`spawner: required`). */
const char *warm_pool_spawner(struct service *s, char *out, size_t size, bool *required);
/* Templates running now. */
int warm_pool_live(struct service *s);
/* After a template's end (its waitpid status, how long it lived): how long
 * to wait before it is started again, in ms; -1: never (it cannot serve on
 * this machine). *failures counts its ends soon after a start, in a row. */
int64_t warm_restart_delay(int status, uint64_t lived_ms, int *failures);

/* quota.c */
void quotas_init(struct quotas *q);
void quotas_destroy(struct quotas *q);
/* Per-key admission: per day, CPU per day, concurrency, rate. Takes a
 * concurrency slot on success, given back by quota_release. */
int quota_admit(struct service *s, const struct key_row *k, const char *exec_id,
		struct svc_error *e);
/* A concurrency slot without admission (an approved execution). */
void quota_take_slot(struct service *s, int64_t key_id);
/* exec_id: an admitted execution that will not be stored (its hold in a
 * shared store is dropped); NULL: one that was stored and ended. */
void quota_release(struct service *s, int64_t key_id, const char *exec_id);
/* Drops the store's hold of an admitted execution that was not stored
 * (the slot in memory given back already). */
void quota_forget(struct service *s, const char *exec_id);
/* The key's egress allowance (config egress_key_*): what is left becomes
 * p's own limits; none left is SVC_LIMITED with when to try again. */
int quota_egress_admit(struct service *s, int64_t key_id, struct egress_policy *p,
		       struct svc_error *e);
/* What a run sent and received and how many connections it opened,
 * counted against its key (network: the result's). */
void quota_egress_used(struct service *s, int64_t key_id, const json_t *network);

/* held.c */
void held_init(struct held *h);
void held_destroy(struct held *h);
void held_request_put(struct service *s, const char *id, const char *request_json);
/* The held original request (JSON; caller frees), or NULL; it is removed. */
char *held_request_take(struct service *s, const char *id);
void held_request_drop(struct service *s, const char *id);

/* policy.c: what the policy decides for one request before it runs. */
struct policy_outcome {
	enum policy_mode mode; /* the key's, else the service's */
	enum policy_verdict verdict;
	json_t *annot;	       /* added to the execution (findings, ...); NULL: nothing */
	json_t *stored;	       /* with redact_code: the request to store instead, its code and
				  files redacted; NULL: as it is */
	size_t findings, high; /* for the audit summary */
};
int policy_evaluate(struct service *s, const struct key_row *k, const struct exec_request *req,
		    struct policy_outcome *po, err_t *err);
void policy_outcome_free(struct policy_outcome *po);
/* Whether the key's policy mode (else the service's) is approve. */
bool policy_mode_approve(struct service *s, const struct key_row *k);
/* row id: from -> cancelled in the store, with its finish time and its
 * request dropped; no record of its end (record_cancelled makes one).
 * The store's answer: 1 changed, 0 not in `from` any more, -1 err. */
int record_cancel_row(struct service *s, const char *id, enum exec_status from, err_t *err);
/* An execution from status `from` to cancelled, its request dropped, its
 * end recorded and told (record.c): 1 when it was in `from`, 0 when not
 * (it moved on), -1 with err on a store error. */
int record_cancelled(struct service *s, const struct exec_row *row, enum exec_status from,
		     err_t *err);
/* A copy of text with its secrets replaced (a plain copy when neither
 * redact nor redact_code is on): finding texts, decision reasons. */
char *policy_redact_text(struct service *s, const char *text);
/* The request's "meta" as it is stored (a new copy; NULL for none): with
 * redact_code every string in it has its secrets replaced, since a front
 * end may keep the code there too. */
json_t *policy_stored_meta(struct service *s, const json_t *meta);
/* Whether an execution's policy object says its stored code (or a file)
 * was redacted. */
bool policy_code_redacted(const char *policy_json);

/* record.c */
/* A JSON text the service stored (result, request, policy, limits), every
 * byte of it, NUL included; NULL for NULL or broken text. */
json_t *stored_json(const char *text);
/* An execution row as every front end shows it. */
json_t *execution_json(const struct exec_row *r);
/* The stored row of execution id, SVC_NOT_FOUND when there is none. */
int execution_row(struct service *s, const char *id, struct exec_row *row, struct svc_error *e);
/* Execution id as it is in the store now; SVC_INTERNAL if it vanished. */
int execution_read(struct service *s, const char *id, json_t **out, struct svc_error *e);
/* One link of the audit chain; a failure is logged. */
void record_audit(struct service *s, const char *event, const char *id, int64_t key_id,
		  const char *code_hash, const char *summary);
/* An execution that ended, after its row was stored: its audit link, its
 * count in the metrics and its log line. */
struct ended {
	const char *id, *language, *code_hash;
	int64_t key_id;
	enum exec_status status;
	long long exit_code; /* -1: none */
	uint64_t cpu_ms;
	double seconds;	       /* from acceptance to the end */
	const json_t *network; /* the result's network (--net egress), or NULL */
};
void record_ended(struct service *s, const struct ended *x);
void log_error(struct service *s, const char *id, const char *message);
/* Tells the front end's hook (service_on_ended) that id ended. */
void record_notify(struct service *s, const char *id, int64_t key_id, const char *meta_json);

/* approvals.c */
/* Expires what expired while the service was down, then every second. */
int approvals_start(struct service *s, err_t *err);
void approvals_stop(struct service *s);

/* sandboxes.c */
void sandboxes_init(struct sandboxes *r);
void sandboxes_destroy(struct sandboxes *r);
/* What the store still has running ended with the last run: marked
 * terminated, reason "server_restart" (one audit link); returns how many. */
int sandboxes_recover(struct service *s, err_t *err);
int sandboxes_start(struct service *s, err_t *err);
/* Stops the reaper and ends every live sandbox (reason "server_stop"). */
void sandboxes_stop(struct service *s);
/* The live sandbox id of this key (any key when admin) with a reference
 * taken; SVC_NOT_FOUND, or SVC_CONFLICT when it ended. A paused one is
 * resumed first when it was made with auto_resume (a call uses it), else
 * SVC_CONFLICT sandbox_paused. */
int sandbox_acquire(struct service *s, const struct key_row *key, const char *id,
		    struct sandbox **out, struct svc_error *e);
/* Gives the reference back; the sandbox counts as used now. */
void sandbox_release(struct service *s, struct sandbox *sb);
/* sandbox_acquire answers SVC_CONFLICT sandbox_paused for a paused one;
 * this one takes it as it is (pause, resume, delete, metrics). */
int sandbox_acquire_paused(struct service *s, const struct key_row *key, const char *id,
			   struct sandbox **out, struct svc_error *e);
/* As sandbox_acquire but a paused one is SVC_CONFLICT sandbox_paused even
 * with auto_resume: a call that does not use it (its timeout). */
int sandbox_acquire_awake(struct service *s, const struct key_row *key, const char *id,
			  struct sandbox **out, struct svc_error *e);
/* Freezes a sandbox a call holds, its row then says paused and the audit
 * chain why: NULL a call, else its timeout ran out ("expired", "idle"),
 * and a resume gives it a new lifetime. 0: paused now, 1: it was already,
 * -1: err (box_pause's errnum). */
int sandbox_pause_box(struct service *s, struct sandbox *sb, const char *why, err_t *err);
/* Thaws a paused sandbox a call holds: a new lifetime of timeout_s when
 * its timeout paused it, else its end moves by the time it stood; its row
 * says running, the audit chain why (NULL: a call). 0: resumed now, 1: it
 * was not paused, -1: err (box_resume's errnum). */
int sandbox_resume_box(struct service *s, struct sandbox *sb, const char *why, err_t *err);
/* ms since the epoch as store_now writes times (sandboxes.c). */
/* A new random id: prefix and nbytes (at most 32) random bytes in hex,
 * into out of size bytes (ids.c). */
void service_new_id(char *out, size_t size, const char *prefix, size_t nbytes);
/* ms since the epoch (CLOCK_REALTIME): the clock of expires_ms */
int64_t sandbox_now_ms(void);
void time_text(int64_t ms, char out[STORE_TIME_MAX]);
/* The sandbox object of a live sandbox a call holds. */
json_t *sandbox_live_json(struct service *s, struct sandbox *sb);
/* The same, for a call that does not count as use (idle_timeout_s). */
void sandbox_release_unused(struct service *s, struct sandbox *sb);
/* Ends it with reason unless it is ending already (the caller has a
 * reference, which this gives back). */
void sandbox_end_acquired(struct service *s, struct sandbox *sb, const char *reason);
/* How many live sandboxes, and commands run so far. */
void sandboxes_counts(struct service *s, int *live, uint64_t *execs);

/* sandbox_request.c: pure parsing of the requests (service.h's shapes). */
/* Output of a sandbox's command or cell on its way to the caller's fn,
 * redacted first (fail closed: a chunk that cannot be redacted is not
 * passed on); sandbox_calls.c. */
struct sandbox_tap {
	struct service *s;
	sandbox_output_fn fn;
	void *ctx;
};
void sandbox_tap_output(void *ctx, int stream, const char *data, size_t len);

/* A command while it runs, as one of the sandbox's processes
 * (sandbox_procs.c): begun before box_exec, ended after it. With
 * x->stdin_open, *stdin_r is the read end of its stdin pipe (the caller
 * closes it). sandbox_proc_output is the output_fn (its ctx the entry) and
 * sandbox_proc_present box_exec's present (its ctx the tap whose ctx is
 * the entry). */
struct sandbox_proc;
struct sandbox_exec_req;
/* A request's net.allow within its key's egress list too (the server's is
 * checked with the request): 422 naming the host otherwise (executions.c). */
int service_egress_within_key(const struct key_row *key, const struct egress_policy *egress,
			      struct svc_error *e);
struct sandbox_proc *sandbox_proc_begin(struct sandbox *sb, const struct sandbox_exec_req *x,
					const struct sandbox_io *io, int *stdin_r, err_t *err);
long sandbox_proc_pid(const struct sandbox_proc *p);
int *sandbox_proc_handle(struct sandbox_proc *p);
/* box_exec's pty_ready: the terminal's master becomes its input. */
void sandbox_proc_pty(void *ctx, int master);
void sandbox_proc_output(void *ctx, int stream, const char *data, size_t len);
bool sandbox_proc_present(void *ctx);
void sandbox_proc_end(struct sandbox_proc *p, const json_t *out);
/* After a command or a cell: a box that ended by itself (a box limit) ends
 * the sandbox now rather than at the reaper's next look; else the
 * reference is given back (sandbox_calls.c). */
void sandbox_release_after_use(struct service *s, struct sandbox *sb);
/* A box_file_* (or box_watch_start) failure as the service's error
 * (sandbox_calls.c). */
int sandbox_file_error(const err_t *err, struct svc_error *e);

struct sandbox_create_req {
	int64_t timeout_s, idle_timeout_s;
	bool pause_on_timeout; /* "on_timeout": "pause" (default "end") */
	bool auto_resume;      /* "auto_resume": true */
	struct limits limits;
	double cpu_total_s;
	json_t *env; /* a copy; NULL: none */
	json_t *metadata;
	char *image; /* an image's name (image/image.h); NULL: the host's tree */
	/* "mounts": ["NAME[:TARGET]"]: config mounts by name; src is the
	 * configuration's, dst owned (default /mnt/NAME) */
	struct run_mount mounts[ENGINE_MAX_MOUNTS];
	const char *mount_names[ENGINE_MAX_MOUNTS];
	size_t nmounts;
	/* "net": {"allow": [...]}: what its programs may reach (limits.net is
	 * egress), and the list as asked, for the sandbox object */
	struct egress_policy *egress;
	json_t *net_allow;
};
int sandbox_create_parse(const json_t *req, const struct server_config *c,
			 struct sandbox_create_req *out, struct svc_error *e);
void sandbox_create_req_free(struct sandbox_create_req *r);
struct sandbox_exec_req {
	const char *command; /* borrowed from the request */
	const char *stdin_data;
	size_t stdin_len;
	bool stdin_open;	/* its stdin is a pipe fed by service_sandbox_process_input */
	const char *tag;	/* names it among the sandbox's processes; NULL: none */
	const json_t *metadata; /* the caller's, shown in the process list; NULL: none */
	const char *cwd;
	struct run_env *env; /* array; strings borrowed */
	size_t nenv;
	struct limits limits; /* the sandbox's, with the command's own */
	/* "pty": {"cols", "rows"}: on a terminal of the sandbox's own; its
	 * input goes in as stdin does (stdin_open is implied) */
	unsigned pty_cols, pty_rows;
};
int sandbox_exec_parse(const json_t *req, const struct server_config *c,
		       const struct limits *defaults, struct sandbox_exec_req *out,
		       struct svc_error *e);
void sandbox_exec_req_free(struct sandbox_exec_req *r);
/* {"timeout_s": N} within 1..c->sandbox_max_timeout_s. */
int sandbox_timeout_parse(const json_t *req, const struct server_config *c, int64_t *out,
			  struct svc_error *e);

#endif
