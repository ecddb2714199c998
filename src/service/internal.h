/*
 * The execution service: HTTP front (http.c), handlers (handlers_*.c), a
 * bounded queue and worker pool (pool.c) over one shared engine, the store,
 * quotas, metrics and the audit chain. The server owns all of its state in
 * one `struct server`; nothing here is global, and nothing prints: log lines
 * go to the log function the command installs.
 */
#ifndef AIRLOCK_SERVER_H
#define AIRLOCK_SERVER_H

#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>

#include "engine/engine.h"
#include "policy/analyze.h"
#include "policy/redact.h"
#include "server/audit.h"
#include "server/config.h"
#include "server/metrics.h"
#include "server/quota.h"
#include "server/request.h"
#include "store/store.h"

typedef void (*server_log_fn)(void *ctx, json_t *line); /* line: fields of one event */

enum job_state { JOB_QUEUED, JOB_RUNNING, JOB_DONE };

struct job {
	struct job *next_active, *prev_active; /* the server's list of live jobs */
	char id[STORE_ID_MAX];
	char created_at[STORE_TIME_MAX];
	char code_hash[STORE_HASH_HEX];
	int64_t key_id;
	struct exec_request req;
	int cancel_pipe[2];
	enum job_state state;
	bool cancelled; /* DELETE asked for it */
	int refs;	/* the waiting handler and the pool */
	uint64_t accepted_ms;
	pthread_cond_t done;
};

/* The original code of a pending execution whose stored copy was redacted
 * (redact_code): kept in memory only, so it runs as submitted when approved. */
struct held_code {
	struct held_code *next;
	char id[STORE_ID_MAX];
	char *code;
	size_t len;
};

struct key_state {
	int64_t key_id;
	struct bucket bucket;
	int64_t live; /* queued + running */
};

struct server {
	struct server_config cfg;
	struct engine *eng;
	struct store *st;
	struct audit_keys audit;
	struct metrics metrics;
	struct analyzer *analyzer; /* read-only once made: shared by every thread */
	struct redactor *redactor; /* likewise */
	server_log_fn log;
	void *log_ctx;

	pthread_mutex_t lock; /* everything below */
	pthread_cond_t wake;  /* a job was queued, or stopping */
	struct job **queue;   /* ring of queue_size */
	int q_head, q_len;
	struct job *active; /* queued and running jobs, for DELETE */
	int running;
	int reserved; /* admitted, being stored, not yet queued */
	bool stopping;
	struct key_state *keys;
	size_t nkeys;
	pthread_t *workers;
	int nworkers;
	struct held_code *held;
	pthread_t expiry; /* expires pending executions (approvals.c) */
	bool expiry_running;
	bool expiry_stop;
	pthread_cond_t expiry_wake;

	void *http; /* struct MHD_Daemon */
};

int server_init(struct server *s, const struct server_config *cfg, struct engine *eng,
		struct store *st, const struct audit_keys *ak, err_t *err);
/* Marks what was live at the last stop as interrupted; starts the workers. */
int server_start_workers(struct server *s, err_t *err);
int server_http_start(struct server *s, err_t *err);
/* Stops accepting, lets running executions finish within the grace period,
 * cancels (interrupted) the rest, stops workers and HTTP. */
void server_stop(struct server *s);
void server_free(struct server *s);
/* Drops executions older than the retention; returns how many. */
int server_prune(struct server *s, err_t *err);

/* pool.c */
/* Reserves room in the queue (503 in e when there is none), then queues a
 * job (cancel_pipe must be {-1, -1}); pool_unreserve gives the room back. */
int pool_reserve(struct server *s, struct api_error *e);
void pool_unreserve(struct server *s);
int pool_submit(struct server *s, struct job *j, struct api_error *e);
void job_unref(struct server *s, struct job *j);
/* Waits until the job is done. */
void job_wait(struct server *s, struct job *j);
/* Cancels a live job of this key (any key when key_id < 0). 0: done; 1: no
 * such live job. */
int pool_cancel(struct server *s, const char *id, int64_t key_id);
/* Queues again what the last run of the server accepted but never started
 * (the stored requests); what cannot be queued is marked interrupted.
 * Returns how many were queued. Call once the workers run. */
int pool_requeue(struct server *s, err_t *err);
int pool_queue_depth(struct server *s);

/* A job for the stored execution r, from its stored request (code, when
 * not NULL, replaces the stored code), with its room in the queue reserved
 * (503 in e when there is none; 422 when the request no longer fits the
 * configuration). Then either pool_submit_prepared, which queues it and
 * takes a concurrency slot of its key bypassing the quota (it was admitted
 * once), or pool_discard. */
int pool_prepare_stored(struct server *s, const struct exec_row *r, const char *code,
			size_t code_len, struct job **out, struct api_error *e);
int pool_submit_prepared(struct server *s, struct job *j, struct api_error *e);
void pool_discard(struct server *s, struct job *j);

/* Per-key admission: rate, per day, CPU per day, concurrency. Takes a
 * concurrency slot on success (released by pool when the job ends). */
int quota_admit(struct server *s, const struct key_row *k, struct api_error *e, int *retry_after_s);

void quota_release(struct server *s, int64_t key_id);

/* An execution row as the API shows it. */
json_t *execution_json(const struct exec_row *r);

/* policy.c: what the policy decides for one request before it runs. */
struct policy_verdict {
	enum policy_mode mode; /* the key's, else the server's */
	bool hold;	       /* block or hold for approval (a finding reached fail_on) */
	json_t *annot;	       /* added to the execution (findings, ...); NULL: nothing */
	char *stored_code;     /* with redact_code: the code to store instead; NULL: as is */
	size_t stored_len;
	size_t findings, high; /* for the audit summary */
};
int policy_evaluate(struct server *s, const struct key_row *k, const struct exec_request *req,
		    struct policy_verdict *v, err_t *err);
void policy_verdict_free(struct policy_verdict *v);
/* A copy of text with secrets replaced (a plain copy when neither redact
 * nor redact_code is on): finding texts, decision reasons. */
char *policy_redact_text(struct server *s, const char *text);
/* Whether an execution's policy object says its stored code was redacted. */
bool policy_code_redacted(const char *policy_json);

/* approvals.c: decisions on pending executions, and their expiry. */
enum approval_decision { APPROVE, REJECT, EXPIRE };
/* Decides the pending execution id; by is the deciding key (NULL for
 * expiry). On success *out is the execution as it is now. On failure e
 * says why: 404 unknown, 409 already decided, 422 no longer runnable, 503
 * no room in the queue (it stays pending). */
int approval_decide(struct server *s, const char *id, enum approval_decision d,
		    const struct key_row *by, const char *reason, json_t **out,
		    struct api_error *e);
/* Rejects (expired) every pending execution older than the timeout;
 * returns how many. */
int approvals_expire(struct server *s, err_t *err);
/* Expires what expired while the server was down, then checks every
 * second in a thread of its own. */
int approvals_start(struct server *s, err_t *err);
void approvals_stop(struct server *s);
/* created_at + approval_timeout_s, RFC 3339. */
void approval_expires_at(const struct server *s, const char *created_at, char out[STORE_TIME_MAX]);
void held_code_put(struct server *s, const char *id, const char *code, size_t len);
/* The held original (caller frees) and its length, or NULL; it is removed. */
char *held_code_take(struct server *s, const char *id, size_t *len);

void server_log(struct server *s, json_t *line);

/* Lifecycle steps used by server_stop (pool.c, http.c). */
void pool_stop(struct server *s);
void http_quiesce(struct server *s);
void http_stop(struct server *s);
/* The port actually bound (for --listen ADDR:0). */
int server_http_port(struct server *s);

#endif
