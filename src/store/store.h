/*
 * Persistence behind one interface. Handlers, the worker pool and the
 * commands talk to a `struct store` only; sqlite*.c (one machine, the
 * default) and pg*.c (PostgreSQL, shared by many nodes) are the backends,
 * each a table of the same functions, chosen by store_open.
 *
 * Every function returns 0 (or a count) on success and -1 with err set on
 * failure. A missing row is not a failure: getters return 0 and set *found.
 * err->errnum is STORE_EBUSY when the database is locked or full, so that
 * callers can answer 503 instead of 500.
 *
 * What every backend keeps the same:
 *  - times are text, RFC 3339 UTC with milliseconds as store_now writes
 *    them, and compare as text (since, before, prune);
 *  - an execution's status is stored by its name (status.h), so that a
 *    database reads the same whichever airlock wrote it;
 *  - the callbacks of key_list, exec_queued, exec_pending and audit_walk
 *    run while the store is busy with the query: they copy what they need
 *    and do not call the store.
 */
#ifndef AIRLOCK_STORE_H
#define AIRLOCK_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "common/err.h"
#include "store/status.h"

#define STORE_EBUSY 16 /* EBUSY: locked, full or read-only; try again later */

#define STORE_ID_MAX 40
#define STORE_NAME_MAX 64
#define STORE_HASH_HEX 65 /* 32 bytes as hex + NUL */
#define STORE_SIG_HEX 129 /* an Ed25519 signature (64 bytes) as hex + NUL */
#define STORE_TIME_MAX 32

struct key_quota {
	int64_t per_minute; /* token bucket rate; 0: no limit */
	int64_t per_day;    /* executions per UTC day; 0: no limit */
	int64_t concurrent; /* at once; 0: no limit */
	int64_t cpu_s_day;  /* CPU seconds per UTC day; 0: no limit */
};

struct key_row {
	int64_t id;
	char name[STORE_NAME_MAX];
	char hash[STORE_HASH_HEX];
	bool admin;
	bool revoked;
	bool has_quota; /* false: the server's configured quota applies */
	struct key_quota quota;
	char created_at[STORE_TIME_MAX];
	char policy[16]; /* the key's policy mode; "": the server's */
	/* The key's egress allow-list, HOST[:PORT] separated by commas (its
	 * requests' "net.allow" within it and the server's); "": the
	 * server's list alone. */
	char egress[1024];
};

/* One execution as stored. Strings are owned by the row (exec_row_free). */
struct exec_row {
	int64_t seq; /* order of creation: the pagination cursor */
	char id[STORE_ID_MAX];
	int64_t key_id;
	char language[24];
	enum exec_status status;
	char created_at[STORE_TIME_MAX];
	char finished_at[STORE_TIME_MAX]; /* "" while queued or running */
	char code_hash[STORE_HASH_HEX];
	int64_t cpu_ms;
	char *limits_json;  /* the limits in force, a JSON object */
	char *result_json;  /* the result object, NULL until it ends */
	char *request_json; /* the request, kept while queued or pending so a restart can run it */
	char *policy_json;  /* what the policy added (findings, rejection, ...), a JSON object */
	char *meta_json;    /* the caller's own data kept with it (request "meta"), or NULL */
	char node[STORE_NAME_MAX]; /* the node that accepted it (store->node); "" for one machine */
	bool pinned;   /* runs only on that node (a stream's caller is there); written by
			* exec_insert where a queue is shared */
	bool announce; /* exec_insert of a queued one: tell idle workers of other nodes
			* (queue_wait) that it waits, the node's own being busy; not stored */
};
void exec_row_free(struct exec_row *r);

/* A change of status that happens only if the execution still has status
 * `from` (approve, reject, expire, cancel of a pending one): of two
 * deciders, exactly one wins. */
struct exec_transition {
	const char *id;
	enum exec_status from, to;
	const char *finished_at; /* NULL: unchanged */
	const char *policy_json; /* NULL: unchanged */
	bool drop_request;
};

/* A sandbox that lives (service/sandboxes.c) as stored: enough to answer
 * for it after it ended, or after a restart. Strings are owned by the row
 * (sandbox_row_free). */
struct sandbox_row {
	int64_t seq;
	char id[STORE_ID_MAX];
	int64_t key_id;
	char state[16];	 /* "running" | "paused" | "terminated" */
	char reason[32]; /* with terminated: "expired", "idle", "deleted", ... */
	char created_at[STORE_TIME_MAX];
	char ended_at[STORE_TIME_MAX]; /* "" while it lives */
	char expires_at[STORE_TIME_MAX];
	int64_t timeout_s, idle_timeout_s;
	char *limits_json; /* the sandbox's limits, a JSON object */
	char *meta_json;   /* the caller's metadata, or NULL */
	char *usage_json;  /* its usage when it ended, or NULL */
};
void sandbox_row_free(struct sandbox_row *r);

/* One link of the audit chain. */
struct audit_row {
	int64_t seq;
	char time[STORE_TIME_MAX];
	char prev_hash[STORE_HASH_HEX];
	char event[32];
	int64_t key_id;
	char code_hash[STORE_HASH_HEX];
	char summary[256];
	char node[STORE_NAME_MAX]; /* the node that wrote it; "" for one machine */
	char hash[STORE_HASH_HEX];
	/* Set by the seal when appending: the signature of the chain's head
	 * that this link makes (hex), stored with the link. Never read back
	 * by audit_walk. */
	char head_sig[STORE_SIG_HEX];
};

/* Computes row->hash from the other fields (audit.c), and may sign the head
 * it makes (row->head_sig). The store calls it with seq and prev_hash set,
 * and stores the link only if it still follows the chain's last link under
 * the chain's lock, so two writers can never fork the chain; it may call it
 * again with another seq and prev_hash (PostgreSQL, when another node
 * appended first): it only computes. */
typedef int (*audit_seal_fn)(void *ctx, struct audit_row *row, err_t *err);

/* What admission (service/quota.c) reads of a key, under the store's
 * lock for that key when the store counts across nodes. */
struct quota_usage {
	/* executions created since `today`, and the admitted ones not stored
	 * yet; their CPU ms */
	int64_t day_count, day_cpu_ms;
	/* queued + running, and the admitted ones not stored yet; -1: the
	 * store does not count them (one process counts in its memory) */
	int64_t live;
	/* the key's token bucket, when the store keeps it (bucket_shared): the
	 * store's clock in ms (now_ms); decide updates tokens and last_ms */
	bool bucket_shared, bucket_started;
	double tokens;
	uint64_t last_ms, now_ms;
};

/* Decides an admission from the usage: 1 admits, 0 refuses (the reason is
 * the caller's), -1 fails. */
typedef int (*quota_decide_fn)(void *ctx, struct quota_usage *u);

struct store;

/* What queue_wait heard (a mask). */
#define STORE_WOKE_QUEUED 1
#define STORE_WOKE_CANCEL 2

struct store_backend {
	const char *name;
	void (*close)(struct store *st);

	int (*key_insert)(struct store *st, struct key_row *k, err_t *err);
	int (*key_by_hash)(struct store *st, const char *hash, struct key_row *k, bool *found,
			   err_t *err);
	int (*key_by_name)(struct store *st, const char *name, struct key_row *k, bool *found,
			   err_t *err);
	/* Calls fn for each key, oldest first. */
	int (*key_list)(struct store *st, void (*fn)(void *ctx, const struct key_row *k), void *ctx,
			err_t *err);
	int (*key_revoke)(struct store *st, int64_t id, err_t *err);
	int (*key_by_id)(struct store *st, int64_t id, struct key_row *k, bool *found, err_t *err);

	int (*exec_insert)(struct store *st, struct exec_row *r, err_t *err);
	/* queued -> running; returns 1 when it changed, 0 when the execution
	 * is not queued (cancelled, decided) or, with many nodes, is no longer
	 * this node's (taken over): then it must not run. */
	int (*exec_set_running)(struct store *st, const char *id, err_t *err);
	/* Where a queue is shared (exec_claim), only while the execution is
	 * still this node's and queued or running: the late result of a run
	 * another node declared interrupted is dropped. stored (NULL: not
	 * wanted) receives the row as this call stored it, for exec_row_free
	 * (its request NULL), so that its caller need not read it again;
	 * stored->seq is 0 (nothing to free) when it stored nothing. */
	int (*exec_finish)(struct store *st, const struct exec_row *r, struct exec_row *stored,
			   err_t *err);
	/* With the stored request, when there is one. */
	int (*exec_get)(struct store *st, const char *id, struct exec_row *r, bool *found,
			err_t *err);
	/* Newest first, seq < before (0: from the newest); key_id < 0: all keys;
	 * status < 0: all, else only that enum exec_status. Fills up to max
	 * rows; returns how many. */
	int (*exec_list)(struct store *st, int64_t key_id, int status, int64_t before,
			 struct exec_row *rows, int max, err_t *err);
	/* Executions and CPU ms of a key since a time (RFC 3339, UTC). */
	int (*exec_usage)(struct store *st, int64_t key_id, const char *since, int64_t *count,
			  int64_t *cpu_ms, err_t *err);
	/* running (and queued without a stored request) -> interrupted with
	 * finished_at = now; returns how many. */
	int (*exec_interrupt_all)(struct store *st, const char *now, err_t *err);
	/* Calls fn for each queued execution with its request, oldest first;
	 * fn returns non-zero to stop. */
	int (*exec_queued)(struct store *st, int (*fn)(void *ctx, const struct exec_row *r),
			   void *ctx, err_t *err);
	/* Calls fn for each pending_approval execution created before a time
	 * (NULL: all) with its request, oldest first; fn returns non-zero to
	 * stop. */
	int (*exec_pending)(struct store *st, const char *before,
			    int (*fn)(void *ctx, const struct exec_row *r), void *ctx, err_t *err);
	/* Returns 1 when the transition happened, 0 when the execution did not
	 * have status t->from (or does not exist). */
	int (*exec_transition)(struct store *st, const struct exec_transition *t, err_t *err);
	/* Drops code, output and results of executions finished before a time;
	 * the audit chain keeps its hashes. Returns how many. */
	int (*exec_prune)(struct store *st, const char *before, err_t *err);
	/* Deletes one execution that ended (the audit chain keeps its links).
	 * Returns 1 when it did, 0 when there is none or it has not ended. */
	int (*exec_delete)(struct store *st, const char *id, err_t *err);

	/* Sandboxes (service/sandboxes.c). */
	int (*sandbox_insert)(struct store *st, struct sandbox_row *r, err_t *err);
	/* running or paused -> terminated with reason, ended_at and usage (NULL: none);
	 * returns 1 when it changed, 0 when it had ended. */
	int (*sandbox_end)(struct store *st, const char *id, const char *reason,
			   const char *ended_at, const char *usage_json, err_t *err);
	int (*sandbox_set_expiry)(struct store *st, const char *id, const char *expires_at,
				  int64_t timeout_s, err_t *err);
	/* running <-> paused (a sandbox paused and resumed); one that ended
	 * stays as it is. */
	int (*sandbox_set_state)(struct store *st, const char *id, const char *state, err_t *err);
	int (*sandbox_get)(struct store *st, const char *id, struct sandbox_row *r, bool *found,
			   err_t *err);
	/* Newest first, key_id < 0: all keys; up to max rows, returns how many. */
	int (*sandbox_list)(struct store *st, int64_t key_id, struct sandbox_row *rows, int max,
			    err_t *err);
	/* Every running or paused one -> terminated with reason; returns how many. */
	int (*sandbox_end_all)(struct store *st, const char *reason, const char *now, err_t *err);

	/* Appends one link: fills seq, prev_hash and node (store->node), calls
	 * seal, stores the link and, when seal signed it (row->head_sig), the
	 * chain's signed head, in one transaction; appends from every process
	 * (and node) sharing the store are serialised. */
	int (*audit_append)(struct store *st, struct audit_row *row, audit_seal_fn seal, void *ctx,
			    err_t *err);
	/* Calls fn for each link in seq order; fn returns non-zero to stop. */
	int (*audit_walk)(struct store *st, int (*fn)(void *ctx, const struct audit_row *r),
			  void *ctx, err_t *err);
	int (*audit_get_head)(struct store *st, int64_t *seq, char *hash, char *sig,
			      size_t sig_size, bool *found, err_t *err);

	/* Admission of execution exec_id (its id before it is stored) of a key
	 * with quota q: reads the key's usage, calls decide and, when it
	 * admits, keeps what it took (a hold on a concurrency and daily slot
	 * until exec_insert stores exec_id or quota_forget drops it; the
	 * bucket), all as one step: where many nodes share the store, one
	 * transaction holding the key's lock, so the nodes together give a
	 * key exactly its quota. Returns decide's answer (1 or 0) or -1. */
	int (*quota_admit)(struct store *st, int64_t key_id, const char *exec_id,
			   const struct key_quota *q, const char *today, quota_decide_fn decide,
			   void *ctx, err_t *err);
	/* Drops the hold of an admitted execution that will not be stored. */
	int (*quota_forget)(struct store *st, const char *exec_id, err_t *err);

	/* Many nodes on one store (NULL where one machine is all there is:
	 * SQLite). The database's clock decides, not the nodes'. */
	/* Records that this node (store->node) is alive now. */
	int (*node_heartbeat)(struct store *st, err_t *err);
	/* Takes over every other node whose last heartbeat is older than
	 * lease_s seconds, each in one transaction that one node wins: its
	 * running executions become interrupted (finished_at now), its running
	 * sandboxes terminated ("node_lost"), its queued executions with a
	 * stored request this node's (fn is called with each, with its
	 * request, after the commit; all are this node's to run, so what fn
	 * returns is not looked at), and it is forgotten. Returns how many
	 * executions were interrupted. */
	int (*node_takeover)(struct store *st, int lease_s, const char *now,
			     int (*fn)(void *ctx, const struct exec_row *r), void *ctx, err_t *err);

	/* The shared queue (NULL for SQLite). Claims the oldest queued
	 * execution of another node that is not pinned (nor stored with its
	 * code redacted) and makes it this node's and running, in one
	 * statement: returns 1 with *r (and its request), 0 when there is
	 * none. An execution is claimed at most once. */
	int (*exec_claim)(struct store *st, struct exec_row *r, err_t *err);
	/* Waits up to timeout_ms, on a connection of its own, for another node
	 * to queue an execution another node may claim (exec_insert of a row
	 * with announce: STORE_WOKE_QUEUED) or to ask for a cancel of one this
	 * node runs (exec_cancel_request: STORE_WOKE_CANCEL): what happened,
	 * 0 when nothing did, -1 when that connection is gone (the next call
	 * makes it again). Called by one thread only. */
	int (*queue_wait)(struct store *st, int timeout_ms, err_t *err);
	/* Asks the node running an execution to cancel it; 1 when it is
	 * running, 0 when not. */
	int (*exec_cancel_request)(struct store *st, const char *id, err_t *err);
	/* Calls fn with the id of each execution this node runs whose cancel
	 * was asked for (exec_cancel_request). */
	int (*exec_cancels)(struct store *st, void (*fn)(void *ctx, const char *id), void *ctx,
			    err_t *err);
};

struct store {
	const struct store_backend *be;
	/* The node this process is (`airlock serve --node`): named in each
	 * audit link and execution it writes; "" for one machine. */
	char node[STORE_NAME_MAX];
};

/* Names the node for what this store writes from now on. */
static inline void store_set_node(struct store *st, const char *node)
{
	size_t n = strlen(node);
	if (n >= sizeof(st->node))
		n = sizeof(st->node) - 1;
	memcpy(st->node, node, n);
	st->node[n] = 0;
}

/* Opens (creating and migrating) the store a spec names: a path or
 * "sqlite:PATH" for SQLite, "postgres://..." or "postgresql://..." for
 * PostgreSQL; any other "scheme://..." is an error that names the scheme
 * only (a URL may hold a password). */
int store_open(const char *spec, struct store **out, err_t *err);

/* Opens (creating and migrating) the PostgreSQL store a libpq URL names
 * (docs/store.md). */
int store_open_pg(const char *url, struct store **out, err_t *err);

/* Opens (creating and migrating) the SQLite store at path. */
int store_open_sqlite(const char *path, struct store **out, err_t *err);

static inline void store_close(struct store *st)
{
	if (st)
		st->be->close(st);
}

/* The current time as RFC 3339 UTC with milliseconds. */
void store_now(char out[STORE_TIME_MAX]);
/* Start of the current UTC day, RFC 3339. */
void store_today(char out[STORE_TIME_MAX]);

#endif
