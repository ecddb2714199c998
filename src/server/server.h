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

/* Per-key admission: rate, per day, CPU per day, concurrency. Takes a
 * concurrency slot on success (released by pool when the job ends). */
int quota_admit(struct server *s, const struct key_row *k, struct api_error *e, int *retry_after_s);

void quota_release(struct server *s, int64_t key_id);

/* An execution row as the API shows it. */
json_t *execution_json(const struct exec_row *r);

void server_log(struct server *s, json_t *line);

/* Lifecycle steps used by server_stop (pool.c, http.c). */
void pool_stop(struct server *s);
void http_quiesce(struct server *s);
void http_stop(struct server *s);
/* The port actually bound (for --listen ADDR:0). */
int server_http_port(struct server *s);

#endif
