/*
 * Inside the SQLite store: the connection, the statement helper the queries
 * are written with, and the parts of the backend's table of functions.
 *
 * A query reads as its SQL and its values:
 *
 *	struct stmt q;
 *	if (stmt_open(s, &q, "cannot read the execution",
 *		      "SELECT ... FROM executions WHERE id = ?1", err) < 0)
 *		return -1;
 *	stmt_bind(&q, TEXT(id));
 *	while ((rc = stmt_step(&q, err)) > 0)
 *		... stmt_int64(&q, 0), stmt_text(&q, 1, buf, sizeof(buf)) ...
 *	stmt_close(&q);
 *
 * and a statement without rows is one call:
 *
 *	n = stmt_run(s, err, "cannot revoke the key",
 *		     "UPDATE keys SET revoked = 1 WHERE id = ?1", INT(id));
 *
 * stmt_open takes the store's lock and stmt_close gives it back, so a
 * statement is used by one thread from open to close. The lock is
 * recursive: tx_begin holds it (and SQLite's write lock) across the
 * statements of a transaction until tx_end.
 *
 * SQLite's failures become err_t in one place (sq_fail): the message is
 * "<what>: <SQLite's message>", and errnum is STORE_EBUSY when trying again
 * later may work (locked, busy, full, read-only, I/O).
 *
 * Statements are prepared once per SQL text and kept (SQLITE_PREPARE_
 * PERSISTENT), up to STMT_CACHE_MAX of them; stmt_close resets a kept one
 * and clears its values, so that no statement holds a read transaction or
 * a caller's pointer after it. A statement still open when the same SQL is
 * opened again (a callback's query) is not shared: the second one is
 * prepared for that use only.
 */
#ifndef AIRLOCK_STORE_SQLITE_INT_H
#define AIRLOCK_STORE_SQLITE_INT_H

#include <pthread.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

#define STMT_CACHE_MAX 32

struct stmt_slot {
	char *sql; /* the key: the text the statement was prepared from */
	sqlite3_stmt *st;
	bool in_use;
};

struct sqlite_store {
	struct store base;
	sqlite3 *db;
	pthread_mutex_t lock; /* recursive */
	struct stmt_slot cache[STMT_CACHE_MAX];
	int ncache;
};

static inline struct sqlite_store *S(struct store *st)
{
	return (struct sqlite_store *)st;
}

/* One use of a statement, from stmt_open to stmt_close. */
struct stmt {
	struct sqlite_store *s;
	sqlite3_stmt *st;
	const char *what; /* the start of an error message: "cannot store the key" */
	int slot;	  /* in s->cache; -1: prepared for this use only */
	int rc;		  /* the last step's result (extended code) */
	int bind_rc;	  /* a failure to bind, reported by the next step */
	int nargs;	  /* values bound */
};

/* A value for a parameter: TEXT(s) (NULL binds NULL) or INT(n). */
struct stmt_arg {
	bool is_text;
	const char *text;
	int64_t num;
};
#define TEXT(x) ((struct stmt_arg){.is_text = true, .text = (x)})
#define INT(x) ((struct stmt_arg){.is_text = false, .num = (x)})
#define STMT_ARGS(...)                                                                             \
	(const struct stmt_arg[]){__VA_ARGS__},                                                    \
	    sizeof((const struct stmt_arg[]){__VA_ARGS__}) / sizeof(struct stmt_arg)

/* Sets err from SQLite's result code rc and the connection's message;
 * returns -1. */
int sq_fail(struct sqlite_store *s, int rc, const char *what, err_t *err);

/* Takes the lock and prepares sql (one statement), or finds it prepared.
 * On failure the lock is released and there is nothing to close. */
int stmt_open(struct sqlite_store *s, struct stmt *q, const char *what, const char *sql,
	      err_t *err);
/* Binds ?1, ?2, ... in order; there must be one value for each parameter
 * (a mismatch is reported by the next step). */
#define stmt_bind(q, ...) stmt_bind_args((q), STMT_ARGS(__VA_ARGS__))
void stmt_bind_args(struct stmt *q, const struct stmt_arg *args, size_t n);
/* 1: a row is there to read; 0: no more rows; -1: err is set. */
int stmt_step(struct stmt *q, err_t *err);
/* Runs a statement that returns no rows: how many rows it changed, or -1. */
int stmt_exec(struct stmt *q, err_t *err);
/* Resets (or finalizes) the statement and releases the lock. */
void stmt_close(struct stmt *q);

/* open, bind, exec, close: how many rows changed, or -1. */
#define stmt_run(s, err, what, sql, ...)                                                           \
	stmt_run_args((s), (err), (what), (sql), STMT_ARGS(__VA_ARGS__))
int stmt_run_args(struct sqlite_store *s, err_t *err, const char *what, const char *sql,
		  const struct stmt_arg *args, size_t n);

/* Columns of the current row. A NULL reads as 0, "" (stmt_text) or NULL
 * (stmt_dup, which allocates). */
int64_t stmt_int64(struct stmt *q, int col);
void stmt_text(struct stmt *q, int col, char *dst, size_t size);
char *stmt_dup(struct stmt *q, int col);
/* The rowid of the last INSERT of this connection: call before stmt_close. */
int64_t stmt_last_id(struct stmt *q);

/* Runs SQL text of any number of statements, without values; the caller
 * holds the lock or has the store to itself (opening). */
int sq_script(struct sqlite_store *s, const char *sql, const char *what, err_t *err);

/* BEGIN IMMEDIATE under the lock: SQLite's write lock, across processes,
 * until tx_end. */
int tx_begin(struct sqlite_store *s, const char *what, err_t *err);
/* COMMIT when ret >= 0, else (or when COMMIT fails) ROLLBACK; releases the
 * lock. Returns ret, or -1. */
int tx_end(struct sqlite_store *s, int ret, const char *what, err_t *err);

/* Finalizes the kept statements (closing the store). */
void stmt_cache_clear(struct sqlite_store *s);

/* The backend's functions, by part: sqlite_keys.c, sqlite_exec.c,
 * sqlite_audit.c. */
int sq_key_insert(struct store *st, struct key_row *k, err_t *err);
int sq_key_by_hash(struct store *st, const char *hash, struct key_row *k, bool *found, err_t *err);
int sq_key_by_name(struct store *st, const char *name, struct key_row *k, bool *found, err_t *err);
int sq_key_by_id(struct store *st, int64_t id, struct key_row *k, bool *found, err_t *err);
int sq_key_list(struct store *st, void (*fn)(void *, const struct key_row *), void *ctx,
		err_t *err);
int sq_key_revoke(struct store *st, int64_t id, err_t *err);

int sq_exec_insert(struct store *st, struct exec_row *r, err_t *err);
int sq_exec_set_running(struct store *st, const char *id, err_t *err);
int sq_exec_finish(struct store *st, const struct exec_row *r, struct exec_row *stored, err_t *err);
int sq_exec_get(struct store *st, const char *id, struct exec_row *r, bool *found, err_t *err);
int sq_exec_list(struct store *st, int64_t key_id, int status, int64_t before,
		 struct exec_row *rows, int max, err_t *err);
int sq_exec_usage(struct store *st, int64_t key_id, const char *since, int64_t *count,
		  int64_t *cpu_ms, err_t *err);
int sq_quota_admit(struct store *st, int64_t key_id, const char *exec_id, const struct key_quota *q,
		   const char *today, quota_decide_fn decide, void *ctx, err_t *err);
int sq_quota_forget(struct store *st, const char *exec_id, err_t *err);
int sq_exec_interrupt_all(struct store *st, const char *now, err_t *err);
int sq_exec_queued(struct store *st, int (*fn)(void *, const struct exec_row *), void *ctx,
		   err_t *err);
int sq_exec_pending(struct store *st, const char *before,
		    int (*fn)(void *, const struct exec_row *), void *ctx, err_t *err);
int sq_exec_transition(struct store *st, const struct exec_transition *t, err_t *err);
int sq_exec_prune(struct store *st, const char *before, err_t *err);
int sq_exec_delete(struct store *st, const char *id, err_t *err);

int sq_sandbox_insert(struct store *st, struct sandbox_row *r, err_t *err);
int sq_sandbox_end(struct store *st, const char *id, const char *reason, const char *ended_at,
		   const char *usage_json, err_t *err);
int sq_sandbox_set_expiry(struct store *st, const char *id, const char *expires_at,
			  int64_t timeout_s, err_t *err);
int sq_sandbox_set_state(struct store *st, const char *id, const char *state, err_t *err);
int sq_sandbox_get(struct store *st, const char *id, struct sandbox_row *r, bool *found,
		   err_t *err);
int sq_sandbox_list(struct store *st, int64_t key_id, struct sandbox_row *rows, int max,
		    err_t *err);
int sq_sandbox_end_all(struct store *st, const char *reason, const char *now, err_t *err);

int sq_audit_append(struct store *st, struct audit_row *row, audit_seal_fn seal, void *ctx,
		    err_t *err);
int sq_audit_walk(struct store *st, int (*fn)(void *, const struct audit_row *), void *ctx,
		  err_t *err);
int sq_audit_get_head(struct store *st, int64_t *seq, char *hash, char *sig, size_t sig_size,
		      bool *found, err_t *err);

#endif
