/*
 * Inside the PostgreSQL store: the connection, the query helper the queries
 * are written with, and the parts of the backend's table of functions.
 *
 * A query reads as its SQL and its values, as in the SQLite store:
 *
 *	PGresult *res = pg_query(s, err, "cannot read the execution",
 *				 "SELECT ... FROM executions WHERE id = $1", TEXT(id));
 *	if (res == NULL)
 *		return -1;
 *	for (int i = 0; i < PQntuples(res); i++)
 *		... col_int64(res, i, 0), col_text(res, i, 1, buf, sizeof(buf)) ...
 *	PQclear(res);
 *
 * and a statement without rows is one call:
 *
 *	n = pg_run(s, err, "cannot revoke the key",
 *		   "UPDATE keys SET revoked = true WHERE id = $1", INT(id));
 *
 * Values travel as text, so a value is never part of the SQL. Each SQL
 * text is prepared once per connection (up to PG_PREPARED_MAX of them) and
 * then only executed: parsed and planned once, not per call. A result is read whole before the
 *callbacks of key_list, exec_queued, exec_pending and audit_walk run, so a callback may even call
 *the store.
 *
 * One connection guarded by a recursive mutex, as in the SQLite store: a
 * node's writers are a handful of workers. pg_tx_begin holds the lock across
 * the statements of a transaction until pg_tx_end.
 *
 * Failures become err_t in one place (pg_fail): "<what>: <PostgreSQL's
 * message>", and errnum is STORE_EBUSY when trying again later may work:
 * the connection is lost (the server restarted, the network broke), the
 * server is starting or shutting down, out of connections, or a
 * serialisation failure or deadlock. A lost connection is reset (PQreset)
 * by the next call, so a node recovers by itself when the server is back.
 */
#ifndef AIRLOCK_STORE_PG_INT_H
#define AIRLOCK_STORE_PG_INT_H

#include <libpq-fe.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

#define PG_PREPARED_MAX 48
#define PG_VALUES_MAX 16  /* values of one statement */
#define PG_PIPELINE_MAX 4 /* statements of one pg_pipeline */

#ifndef LIBPQ_HAS_PIPELINING
#error "the PostgreSQL store needs libpq 14 or newer (pipeline mode)"
#endif

/* NOTIFY's channel for a queued execution; the payload is its node */
#define PG_QUEUE_CHANNEL "airlock_queue"
/* a cancel asked for on one node of an execution another runs; the
 * running node as payload */
#define PG_CANCEL_CHANNEL "airlock_cancel"

struct pg_store {
	struct store base;
	PGconn *conn;
	pthread_mutex_t lock; /* recursive */
	int tx_depth;	      /* > 0: inside pg_tx_begin .. pg_tx_end */
	/* statements prepared on this connection, named "a<index>", by their
	 * SQL text; forgotten when the connection is made again */
	char *prepared[PG_PREPARED_MAX];
	int nprepared;
	/* the shared queue's wake-ups (pg_listen.c): the URL, and a
	 * connection of its own that LISTENs; used by one thread */
	char *url;
	PGconn *listen;
	/* the last link of the audit chain as this node last saw it (it
	 * wrote it, or read it under the chain's lock): the next link's
	 * guess (pg_audit.c); another node's appends make it stale */
	bool audit_known;
	int64_t audit_seq;
	char audit_hash[STORE_HASH_HEX];
};

static inline struct pg_store *P(struct store *st)
{
	return (struct pg_store *)st;
}

/* A value for a parameter: TEXT(s) (NULL is SQL NULL), INT(n) or BOOL(b). */
struct pg_arg {
	enum { PG_TEXT, PG_INT, PG_BOOL } kind;
	const char *text;
	int64_t num;
};
#define TEXT(x) ((struct pg_arg){.kind = PG_TEXT, .text = (x)})
#define INT(x) ((struct pg_arg){.kind = PG_INT, .num = (x)})
#define BOOL(x) ((struct pg_arg){.kind = PG_BOOL, .num = (x) ? 1 : 0})
#define PG_ARGS(...)                                                                               \
	(const struct pg_arg[]){__VA_ARGS__},                                                      \
	    sizeof((const struct pg_arg[]){__VA_ARGS__}) / sizeof(struct pg_arg)

/* Sets err from a failed result (or the connection's message, res NULL);
 * returns -1. */
int pg_fail(struct pg_store *s, const PGresult *res, const char *what, err_t *err);

/* Runs one statement with its values under the lock. Returns the result
 * (rows or none) for the caller to PQclear, or NULL with err set. */
#define pg_query(s, err, what, sql, ...)                                                           \
	pg_query_args((s), (err), (what), (sql), PG_ARGS(__VA_ARGS__))
PGresult *pg_query_args(struct pg_store *s, err_t *err, const char *what, const char *sql,
			const struct pg_arg *args, size_t n);
/* The same for a statement that returns no rows: how many rows it changed,
 * or -1. */
#define pg_run(s, err, what, sql, ...) pg_run_args((s), (err), (what), (sql), PG_ARGS(__VA_ARGS__))
int pg_run_args(struct pg_store *s, err_t *err, const char *what, const char *sql,
		const struct pg_arg *args, size_t n);

/* One statement of a pg_pipeline, with its values: PG_STEP(sql, TEXT(a),
 * ...), or {sql, NULL, 0} without values. */
struct pg_step {
	const char *sql;
	const struct pg_arg *args;
	size_t n;
};
#define PG_STEP(sql, ...) ((struct pg_step){(sql), PG_ARGS(__VA_ARGS__)})

/* Sends n statements (up to PG_PIPELINE_MAX) at once and reads their
 * results: one round trip, under the lock. Outside a transaction
 * (pg_tx_begin) they are one transaction, committed after the last one:
 * when one fails, none of them took effect; one of them may be BEGIN or
 * COMMIT (pg_tx_begin_with, pg_tx_end_with). Fills res[i] with each
 * statement's result for the caller to PQclear; returns 0, or -1 with err
 * set by the first failure (and every res[i] NULL). */
int pg_pipeline(struct pg_store *s, err_t *err, const char *what, const struct pg_step *steps,
		int n, PGresult **res);

/* The SQLSTATE of a failed result ("" when there is none). */
const char *pg_sqlstate(const PGresult *res);

/* Columns of row i. A NULL reads as 0, false, "" (col_text) or NULL
 * (col_dup, which allocates). */
int64_t col_int64(const PGresult *res, int i, int col);
bool col_bool(const PGresult *res, int i, int col);
void col_text(const PGresult *res, int i, int col, char *dst, size_t size);
char *col_dup(const PGresult *res, int i, int col);

/* pg_tx_begin and then n statements, sent with BEGIN in one round trip
 * (pg_pipeline): their results in res. On failure nothing is left open. */
int pg_tx_begin_with(struct pg_store *s, const char *what, const struct pg_step *steps, int n,
		     PGresult **res, err_t *err);
/* pg_tx_end, and before COMMIT, when ret >= 0, n statements without rows,
 * sent with it in one round trip: when one fails, ROLLBACK and -1. */
int pg_tx_end_with(struct pg_store *s, int ret, const struct pg_step *steps, int n,
		   const char *what, err_t *err);

/* Runs SQL text of any number of statements, without values (migrations,
 * BEGIN, COMMIT). */
int pg_script(struct pg_store *s, const char *sql, const char *what, err_t *err);
/* The same, returning the last statement's result (rows) for the caller to
 * PQclear, or NULL with err set. */
PGresult *pg_script_rows(struct pg_store *s, const char *sql, const char *what, err_t *err);

/* Forgets the prepared statements (closing, or a new connection). */
void pg_prepared_clear(struct pg_store *s);

/* BEGIN under the lock, until pg_tx_end. */
int pg_tx_begin(struct pg_store *s, const char *what, err_t *err);
/* COMMIT when ret >= 0, else (or when COMMIT fails) ROLLBACK; releases the
 * lock. Returns ret, or -1. */
int pg_tx_end(struct pg_store *s, int ret, const char *what, err_t *err);

/* The backend's functions, by part (the helper above is pg_query.c):
 * pg_keys.c, pg_exec.c, pg_quota.c, pg_sandbox.c,
 * pg_audit.c. */
int pg_key_insert(struct store *st, struct key_row *k, err_t *err);
int pg_key_by_hash(struct store *st, const char *hash, struct key_row *k, bool *found, err_t *err);
int pg_key_by_name(struct store *st, const char *name, struct key_row *k, bool *found, err_t *err);
int pg_key_by_id(struct store *st, int64_t id, struct key_row *k, bool *found, err_t *err);
int pg_key_list(struct store *st, void (*fn)(void *, const struct key_row *), void *ctx,
		err_t *err);
int pg_key_revoke(struct store *st, int64_t id, err_t *err);

int pg_exec_insert(struct store *st, struct exec_row *r, err_t *err);
int pg_exec_set_running(struct store *st, const char *id, err_t *err);
int pg_exec_finish(struct store *st, const struct exec_row *r, struct exec_row *stored, err_t *err);
int pg_exec_get(struct store *st, const char *id, struct exec_row *r, bool *found, err_t *err);
int pg_exec_list(struct store *st, int64_t key_id, int status, int64_t before,
		 struct exec_row *rows, int max, err_t *err);
int pg_exec_usage(struct store *st, int64_t key_id, const char *since, int64_t *count,
		  int64_t *cpu_ms, err_t *err);
int pg_quota_admit(struct store *st, int64_t key_id, const char *exec_id, const struct key_quota *q,
		   const char *today, quota_decide_fn decide, void *ctx, err_t *err);
int pg_quota_forget(struct store *st, const char *exec_id, err_t *err);
int pg_exec_interrupt_all(struct store *st, const char *now, err_t *err);
int pg_exec_queued(struct store *st, int (*fn)(void *, const struct exec_row *), void *ctx,
		   err_t *err);
int pg_exec_pending(struct store *st, const char *before,
		    int (*fn)(void *, const struct exec_row *), void *ctx, err_t *err);
int pg_exec_transition(struct store *st, const struct exec_transition *t, err_t *err);
int pg_exec_prune(struct store *st, const char *before, err_t *err);
int pg_exec_delete(struct store *st, const char *id, err_t *err);

int pg_exec_claim(struct store *st, struct exec_row *r, err_t *err);
int pg_queue_wait(struct store *st, int timeout_ms, err_t *err);
/* Connects to url with airlock's defaults (connect_timeout 5 s). */
PGconn *pg_connect(const char *url);
int pg_exec_cancel_request(struct store *st, const char *id, err_t *err);
int pg_exec_cancels(struct store *st, void (*fn)(void *, const char *), void *ctx, err_t *err);

int pg_node_heartbeat(struct store *st, err_t *err);
int pg_node_takeover(struct store *st, int lease_s, const char *now,
		     int (*fn)(void *, const struct exec_row *), void *ctx, err_t *err);

int pg_sandbox_insert(struct store *st, struct sandbox_row *r, err_t *err);
int pg_sandbox_end(struct store *st, const char *id, const char *reason, const char *ended_at,
		   const char *usage_json, err_t *err);
int pg_sandbox_set_expiry(struct store *st, const char *id, const char *expires_at,
			  int64_t timeout_s, err_t *err);
int pg_sandbox_set_state(struct store *st, const char *id, const char *state, err_t *err);
int pg_sandbox_get(struct store *st, const char *id, struct sandbox_row *r, bool *found,
		   err_t *err);
int pg_sandbox_list(struct store *st, int64_t key_id, struct sandbox_row *rows, int max,
		    err_t *err);
int pg_sandbox_end_all(struct store *st, const char *reason, const char *now, err_t *err);

int pg_audit_append(struct store *st, struct audit_row *row, audit_seal_fn seal, void *ctx,
		    err_t *err);
int pg_audit_walk(struct store *st, int (*fn)(void *, const struct audit_row *), void *ctx,
		  err_t *err);
/* The audit chain's last link as a statement read it, seq and hash in
 * columns col and col + 1 of its first row (NULL: none): the guess of the
 * node's next link. Under the lock, with the statement. */
void pg_audit_seen(struct pg_store *s, const PGresult *res, int col);
int pg_audit_get_head(struct store *st, int64_t *seq, char *hash, char *sig, size_t sig_size,
		      bool *found, err_t *err);

#endif
