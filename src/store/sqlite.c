/*
 * The SQLite store.
 *
 * One connection guarded by a mutex: the server's writers are a handful of
 * workers, and SQLite serialises writers anyway, so a pool would add locking
 * without adding throughput. WAL mode lets `airlock keys` and `airlock audit`
 * read and write the same file while the server runs; busy_timeout makes
 * them wait for each other instead of failing.
 *
 * Schema changes are migrations: a list of SQL scripts applied in order, the
 * number of the last one kept in PRAGMA user_version. A new column is a new
 * entry at the end of `migrations`, never an edit of an old one.
 *
 * The audit chain is appended inside BEGIN IMMEDIATE: reading the last hash
 * and writing the next link happen under one write lock, across processes.
 */
#include <errno.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/store.h"

struct sqlite_store {
	struct store base;
	sqlite3 *db;
	pthread_mutex_t lock;
};

static const char *const migrations[] = {
    /* 1: keys, executions, audit chain */
    "CREATE TABLE keys ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE,"
    " hash TEXT NOT NULL UNIQUE,"
    " admin INTEGER NOT NULL DEFAULT 0,"
    " revoked INTEGER NOT NULL DEFAULT 0,"
    " has_quota INTEGER NOT NULL DEFAULT 0,"
    " q_per_minute INTEGER NOT NULL DEFAULT 0,"
    " q_per_day INTEGER NOT NULL DEFAULT 0,"
    " q_concurrent INTEGER NOT NULL DEFAULT 0,"
    " q_cpu_s_day INTEGER NOT NULL DEFAULT 0,"
    " created_at TEXT NOT NULL);"
    "CREATE TABLE executions ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " id TEXT NOT NULL UNIQUE,"
    " key_id INTEGER NOT NULL REFERENCES keys(id),"
    " language TEXT NOT NULL,"
    " status TEXT NOT NULL,"
    " created_at TEXT NOT NULL,"
    " finished_at TEXT NOT NULL DEFAULT '',"
    " code_hash TEXT NOT NULL,"
    " cpu_ms INTEGER NOT NULL DEFAULT 0,"
    " limits TEXT NOT NULL,"
    " result TEXT);"
    "CREATE INDEX executions_key ON executions(key_id, seq);"
    "CREATE INDEX executions_key_time ON executions(key_id, created_at);"
    "CREATE INDEX executions_status ON executions(status);"
    "CREATE TABLE audit ("
    " seq INTEGER PRIMARY KEY,"
    " time TEXT NOT NULL,"
    " prev_hash TEXT NOT NULL,"
    " event TEXT NOT NULL,"
    " key_id INTEGER NOT NULL,"
    " code_hash TEXT NOT NULL,"
    " summary TEXT NOT NULL,"
    " hash TEXT NOT NULL);"
    "CREATE TABLE audit_head ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " seq INTEGER NOT NULL,"
    " hash TEXT NOT NULL,"
    " sig TEXT NOT NULL);",
    /* 2: the request of a queued execution, so that a restart can run it */
    "ALTER TABLE executions ADD COLUMN request TEXT;",
    /* 3: policy: a key's own mode; what the policy added to an execution */
    "ALTER TABLE keys ADD COLUMN policy TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE executions ADD COLUMN policy TEXT;",
};

static struct sqlite_store *S(struct store *st)
{
	return (struct sqlite_store *)st;
}

static int db_err(sqlite3 *db, err_t *err, const char *what)
{
	int code = sqlite3_errcode(db);
	int busy = code == SQLITE_BUSY || code == SQLITE_LOCKED || code == SQLITE_FULL ||
		   code == SQLITE_READONLY || code == SQLITE_IOERR || code == SQLITE_CANTOPEN;
	return err_set(err, busy ? STORE_EBUSY : 0, "%s: %s", what, sqlite3_errmsg(db));
}

/* err_set appends strerror(errnum); keep the SQLite message alone. */
static int db_fail(sqlite3 *db, err_t *err, const char *what)
{
	db_err(db, err, what);
	int busy = err->errnum;
	snprintf(err->msg, sizeof(err->msg), "%s: %s", what, sqlite3_errmsg(db));
	err->errnum = busy;
	return -1;
}

static void copy_col(char *dst, size_t size, sqlite3_stmt *s, int col)
{
	const unsigned char *t = sqlite3_column_text(s, col);
	snprintf(dst, size, "%s", t ? (const char *)t : "");
}

static char *dup_col(sqlite3_stmt *s, int col)
{
	const unsigned char *t = sqlite3_column_text(s, col);
	return t ? strdup((const char *)t) : NULL;
}

void exec_row_free(struct exec_row *r)
{
	free(r->limits_json);
	free(r->result_json);
	free(r->request_json);
	free(r->policy_json);
	r->limits_json = r->result_json = r->request_json = r->policy_json = NULL;
}

void store_now(char out[STORE_TIME_MAX])
{
	struct timespec ts;
	struct tm tm;

	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	snprintf(out, STORE_TIME_MAX, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", tm.tm_year + 1900,
		 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, ts.tv_nsec / 1000000);
}

void store_today(char out[STORE_TIME_MAX])
{
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	snprintf(out, STORE_TIME_MAX, "%04d-%02d-%02dT00:00:00.000Z", tm.tm_year + 1900,
		 tm.tm_mon + 1, tm.tm_mday);
}

static int prepare(struct sqlite_store *s, const char *sql, sqlite3_stmt **st, err_t *err)
{
	if (sqlite3_prepare_v2(s->db, sql, -1, st, NULL) != SQLITE_OK)
		return db_fail(s->db, err, "cannot prepare a query");
	return 0;
}

/* Runs a statement that returns no rows; finalizes it. */
static int step_done(struct sqlite_store *s, sqlite3_stmt *st, err_t *err, const char *what)
{
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_fail(s->db, err, what);
	return 0;
}

static void sq_close(struct store *st)
{
	struct sqlite_store *s = S(st);
	sqlite3_close(s->db);
	pthread_mutex_destroy(&s->lock);
	free(s);
}

/* ---- keys ---- */

static void key_from_row(sqlite3_stmt *s, struct key_row *k)
{
	memset(k, 0, sizeof(*k));
	k->id = sqlite3_column_int64(s, 0);
	copy_col(k->name, sizeof(k->name), s, 1);
	copy_col(k->hash, sizeof(k->hash), s, 2);
	k->admin = sqlite3_column_int(s, 3);
	k->revoked = sqlite3_column_int(s, 4);
	k->has_quota = sqlite3_column_int(s, 5);
	k->quota.per_minute = sqlite3_column_int64(s, 6);
	k->quota.per_day = sqlite3_column_int64(s, 7);
	k->quota.concurrent = sqlite3_column_int64(s, 8);
	k->quota.cpu_s_day = sqlite3_column_int64(s, 9);
	copy_col(k->created_at, sizeof(k->created_at), s, 10);
	copy_col(k->policy, sizeof(k->policy), s, 11);
}

#define KEY_COLS                                                                                   \
	"id, name, hash, admin, revoked, has_quota, q_per_minute, q_per_day, q_concurrent, "       \
	"q_cpu_s_day, created_at, policy"

static int sq_key_insert(struct store *st, struct key_row *k, err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	int ret;

	pthread_mutex_lock(&s->lock);
	ret =
	    prepare(s,
		    "INSERT INTO keys (name, hash, admin, has_quota, q_per_minute, q_per_day,"
		    " q_concurrent, q_cpu_s_day, created_at, policy) VALUES (?,?,?,?,?,?,?,?,?,?)",
		    &q, err);
	if (ret == 0) {
		sqlite3_bind_text(q, 1, k->name, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 2, k->hash, -1, SQLITE_STATIC);
		sqlite3_bind_int(q, 3, k->admin);
		sqlite3_bind_int(q, 4, k->has_quota);
		sqlite3_bind_int64(q, 5, k->quota.per_minute);
		sqlite3_bind_int64(q, 6, k->quota.per_day);
		sqlite3_bind_int64(q, 7, k->quota.concurrent);
		sqlite3_bind_int64(q, 8, k->quota.cpu_s_day);
		sqlite3_bind_text(q, 9, k->created_at, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 10, k->policy, -1, SQLITE_STATIC);
		if (sqlite3_step(q) != SQLITE_DONE) {
			if (sqlite3_extended_errcode(s->db) == SQLITE_CONSTRAINT_UNIQUE)
				ret = err_set(err, 0,
					      "a key named '%s' already exists (names stay taken "
					      "after revocation)",
					      k->name);
			else
				ret = db_fail(s->db, err, "cannot store the key");
		} else {
			k->id = sqlite3_last_insert_rowid(s->db);
		}
		sqlite3_finalize(q);
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static int key_get(struct store *st, const char *sql, const char *arg, struct key_row *k,
		   bool *found, err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	int ret, rc;

	*found = false;
	pthread_mutex_lock(&s->lock);
	ret = prepare(s, sql, &q, err);
	if (ret == 0) {
		sqlite3_bind_text(q, 1, arg, -1, SQLITE_STATIC);
		rc = sqlite3_step(q);
		if (rc == SQLITE_ROW) {
			key_from_row(q, k);
			*found = true;
		} else if (rc != SQLITE_DONE) {
			ret = db_fail(s->db, err, "cannot read keys");
		}
		sqlite3_finalize(q);
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static int sq_key_by_hash(struct store *st, const char *hash, struct key_row *k, bool *found,
			  err_t *err)
{
	return key_get(st, "SELECT " KEY_COLS " FROM keys WHERE hash = ?", hash, k, found, err);
}

static int sq_key_by_name(struct store *st, const char *name, struct key_row *k, bool *found,
			  err_t *err)
{
	return key_get(st, "SELECT " KEY_COLS " FROM keys WHERE name = ?", name, k, found, err);
}

static int sq_key_by_id(struct store *st, int64_t id, struct key_row *k, bool *found, err_t *err)
{
	char arg[32];
	snprintf(arg, sizeof(arg), "%lld", (long long)id);
	return key_get(st, "SELECT " KEY_COLS " FROM keys WHERE id = CAST(? AS INTEGER)", arg, k,
		       found, err);
}

static int sq_key_list(struct store *st, void (*fn)(void *, const struct key_row *), void *ctx,
		       err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	struct key_row k;
	int ret, rc;

	pthread_mutex_lock(&s->lock);
	ret = prepare(s, "SELECT " KEY_COLS " FROM keys ORDER BY id", &q, err);
	if (ret == 0) {
		while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
			key_from_row(q, &k);
			fn(ctx, &k);
		}
		if (rc != SQLITE_DONE)
			ret = db_fail(s->db, err, "cannot list keys");
		sqlite3_finalize(q);
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static int sq_key_revoke(struct store *st, int64_t id, err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	int ret;

	pthread_mutex_lock(&s->lock);
	ret = prepare(s, "UPDATE keys SET revoked = 1 WHERE id = ?", &q, err);
	if (ret == 0) {
		sqlite3_bind_int64(q, 1, id);
		ret = step_done(s, q, err, "cannot revoke the key");
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

/* ---- executions ---- */

#define EXEC_COLS                                                                                  \
	"seq, id, key_id, language, status, created_at, finished_at, code_hash, cpu_ms, limits, "  \
	"result, policy"
#define EXEC_COL_REQUEST 12 /* after EXEC_COLS, where a query adds it */

static void exec_from_row(sqlite3_stmt *s, struct exec_row *r)
{
	memset(r, 0, sizeof(*r));
	r->seq = sqlite3_column_int64(s, 0);
	copy_col(r->id, sizeof(r->id), s, 1);
	r->key_id = sqlite3_column_int64(s, 2);
	copy_col(r->language, sizeof(r->language), s, 3);
	copy_col(r->status, sizeof(r->status), s, 4);
	copy_col(r->created_at, sizeof(r->created_at), s, 5);
	copy_col(r->finished_at, sizeof(r->finished_at), s, 6);
	copy_col(r->code_hash, sizeof(r->code_hash), s, 7);
	r->cpu_ms = sqlite3_column_int64(s, 8);
	r->limits_json = dup_col(s, 9);
	r->result_json = dup_col(s, 10);
	r->policy_json = dup_col(s, 11);
}

static int sq_exec_insert(struct store *st, struct exec_row *r, err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	int ret;

	pthread_mutex_lock(&s->lock);
	ret =
	    prepare(s,
		    "INSERT INTO executions (id, key_id, language, status, created_at, code_hash,"
		    " limits, request, finished_at, policy, result) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
		    &q, err);
	if (ret == 0) {
		sqlite3_bind_text(q, 1, r->id, -1, SQLITE_STATIC);
		sqlite3_bind_int64(q, 2, r->key_id);
		sqlite3_bind_text(q, 3, r->language, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 4, r->status, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 5, r->created_at, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 6, r->code_hash, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 7, r->limits_json, -1, SQLITE_STATIC);
		if (r->request_json)
			sqlite3_bind_text(q, 8, r->request_json, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 9, r->finished_at, -1, SQLITE_STATIC);
		if (r->policy_json)
			sqlite3_bind_text(q, 10, r->policy_json, -1, SQLITE_STATIC);
		if (r->result_json)
			sqlite3_bind_text(q, 11, r->result_json, -1, SQLITE_STATIC);
		ret = step_done(s, q, err, "cannot store the execution");
		if (ret == 0)
			r->seq = sqlite3_last_insert_rowid(s->db);
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static int sq_exec_set_running(struct store *st, const char *id, err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	int ret;

	pthread_mutex_lock(&s->lock);
	ret = prepare(s,
		      "UPDATE executions SET status = 'running' WHERE id = ? AND status = 'queued'",
		      &q, err);
	if (ret == 0) {
		sqlite3_bind_text(q, 1, id, -1, SQLITE_STATIC);
		ret = step_done(s, q, err, "cannot update the execution");
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static int sq_exec_finish(struct store *st, const struct exec_row *r, err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	int ret;

	pthread_mutex_lock(&s->lock);
	ret = prepare(s,
		      "UPDATE executions SET status = ?, finished_at = ?, cpu_ms = ?, result = ?,"
		      " request = NULL"
		      " WHERE id = ?",
		      &q, err);
	if (ret == 0) {
		sqlite3_bind_text(q, 1, r->status, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 2, r->finished_at, -1, SQLITE_STATIC);
		sqlite3_bind_int64(q, 3, r->cpu_ms);
		sqlite3_bind_text(q, 4, r->result_json, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 5, r->id, -1, SQLITE_STATIC);
		ret = step_done(s, q, err, "cannot store the result");
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static int sq_exec_get(struct store *st, const char *id, struct exec_row *r, bool *found,
		       err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	int ret, rc;

	*found = false;
	pthread_mutex_lock(&s->lock);
	ret = prepare(s, "SELECT " EXEC_COLS ", request FROM executions WHERE id = ?", &q, err);
	if (ret == 0) {
		sqlite3_bind_text(q, 1, id, -1, SQLITE_STATIC);
		rc = sqlite3_step(q);
		if (rc == SQLITE_ROW) {
			exec_from_row(q, r);
			r->request_json = dup_col(q, EXEC_COL_REQUEST);
			*found = true;
		} else if (rc != SQLITE_DONE) {
			ret = db_fail(s->db, err, "cannot read the execution");
		}
		sqlite3_finalize(q);
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static int sq_exec_list(struct store *st, int64_t key_id, const char *status, int64_t before,
			struct exec_row *rows, int max, err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	int ret, rc, n = 0;

	pthread_mutex_lock(&s->lock);
	ret = prepare(s,
		      "SELECT " EXEC_COLS " FROM executions WHERE (?1 < 0 OR key_id = ?1)"
		      " AND (?2 IS NULL OR status = ?2) AND (?3 <= 0 OR seq < ?3)"
		      " ORDER BY seq DESC LIMIT ?4",
		      &q, err);
	if (ret == 0) {
		sqlite3_bind_int64(q, 1, key_id);
		if (status)
			sqlite3_bind_text(q, 2, status, -1, SQLITE_STATIC);
		sqlite3_bind_int64(q, 3, before);
		sqlite3_bind_int(q, 4, max);
		while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW)
			exec_from_row(q, &rows[n++]);
		if (n < max && rc != SQLITE_DONE) {
			while (n > 0)
				exec_row_free(&rows[--n]);
			ret = db_fail(s->db, err, "cannot list executions");
		}
		sqlite3_finalize(q);
	}
	pthread_mutex_unlock(&s->lock);
	return ret < 0 ? -1 : n;
}

static int sq_exec_usage(struct store *st, int64_t key_id, const char *since, int64_t *count,
			 int64_t *cpu_ms, err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	int ret;

	pthread_mutex_lock(&s->lock);
	ret = prepare(s,
		      "SELECT count(*), coalesce(sum(cpu_ms), 0) FROM executions"
		      " WHERE key_id = ? AND created_at >= ?",
		      &q, err);
	if (ret == 0) {
		sqlite3_bind_int64(q, 1, key_id);
		sqlite3_bind_text(q, 2, since, -1, SQLITE_STATIC);
		if (sqlite3_step(q) == SQLITE_ROW) {
			*count = sqlite3_column_int64(q, 0);
			*cpu_ms = sqlite3_column_int64(q, 1);
		} else {
			ret = db_fail(s->db, err, "cannot read usage");
		}
		sqlite3_finalize(q);
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static int sq_exec_interrupt_all(struct store *st, const char *now, err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	int ret;

	pthread_mutex_lock(&s->lock);
	ret =
	    prepare(s,
		    "UPDATE executions SET status = 'interrupted', finished_at = ?, request = NULL"
		    " WHERE status = 'running' OR (status = 'queued' AND request IS NULL)",
		    &q, err);
	if (ret == 0) {
		sqlite3_bind_text(q, 1, now, -1, SQLITE_STATIC);
		ret = step_done(s, q, err, "cannot mark interrupted executions");
		if (ret == 0)
			ret = sqlite3_changes(s->db);
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static int sq_exec_queued(struct store *st, void (*fn)(void *, const struct exec_row *), void *ctx,
			  err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	struct exec_row r;
	int ret, rc;

	pthread_mutex_lock(&s->lock);
	ret = prepare(s,
		      "SELECT " EXEC_COLS ", request FROM executions WHERE status = 'queued'"
		      " AND request IS NOT NULL ORDER BY seq",
		      &q, err);
	if (ret == 0) {
		while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
			exec_from_row(q, &r);
			r.request_json = dup_col(q, EXEC_COL_REQUEST);
			fn(ctx, &r);
			exec_row_free(&r);
		}
		if (rc != SQLITE_DONE)
			ret = db_fail(s->db, err, "cannot list queued executions");
		sqlite3_finalize(q);
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static int sq_exec_pending(struct store *st, const char *before,
			   int (*fn)(void *, const struct exec_row *), void *ctx, err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	struct exec_row r;
	int ret, rc;

	pthread_mutex_lock(&s->lock);
	ret = prepare(s,
		      "SELECT " EXEC_COLS
		      ", request FROM executions WHERE status = 'pending_approval'"
		      " AND (?1 IS NULL OR created_at < ?1) ORDER BY seq",
		      &q, err);
	if (ret == 0) {
		if (before)
			sqlite3_bind_text(q, 1, before, -1, SQLITE_STATIC);
		while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
			exec_from_row(q, &r);
			r.request_json = dup_col(q, EXEC_COL_REQUEST);
			int stop = fn(ctx, &r);
			exec_row_free(&r);
			if (stop) {
				rc = SQLITE_DONE;
				break;
			}
		}
		if (rc != SQLITE_DONE)
			ret = db_fail(s->db, err, "cannot list pending executions");
		sqlite3_finalize(q);
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static int sq_exec_transition(struct store *st, const struct exec_transition *t, err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	int ret;

	pthread_mutex_lock(&s->lock);
	ret = prepare(s,
		      "UPDATE executions SET status = ?2, finished_at = coalesce(?3, finished_at),"
		      " policy = coalesce(?4, policy),"
		      " request = CASE WHEN ?5 THEN NULL ELSE request END"
		      " WHERE id = ?1 AND status = ?6",
		      &q, err);
	if (ret == 0) {
		sqlite3_bind_text(q, 1, t->id, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 2, t->to, -1, SQLITE_STATIC);
		if (t->finished_at)
			sqlite3_bind_text(q, 3, t->finished_at, -1, SQLITE_STATIC);
		if (t->policy_json)
			sqlite3_bind_text(q, 4, t->policy_json, -1, SQLITE_STATIC);
		sqlite3_bind_int(q, 5, t->drop_request);
		sqlite3_bind_text(q, 6, t->from, -1, SQLITE_STATIC);
		ret = step_done(s, q, err, "cannot update the execution");
		if (ret == 0)
			ret = sqlite3_changes(s->db) > 0;
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static int sq_exec_prune(struct store *st, const char *before, err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	int ret;

	pthread_mutex_lock(&s->lock);
	ret = prepare(s, "DELETE FROM executions WHERE finished_at != '' AND finished_at < ?", &q,
		      err);
	if (ret == 0) {
		sqlite3_bind_text(q, 1, before, -1, SQLITE_STATIC);
		ret = step_done(s, q, err, "cannot prune executions");
		if (ret == 0)
			ret = sqlite3_changes(s->db);
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

/* ---- audit chain ---- */

static void audit_from_row(sqlite3_stmt *s, struct audit_row *r)
{
	memset(r, 0, sizeof(*r));
	r->seq = sqlite3_column_int64(s, 0);
	copy_col(r->time, sizeof(r->time), s, 1);
	copy_col(r->prev_hash, sizeof(r->prev_hash), s, 2);
	copy_col(r->event, sizeof(r->event), s, 3);
	r->key_id = sqlite3_column_int64(s, 4);
	copy_col(r->code_hash, sizeof(r->code_hash), s, 5);
	copy_col(r->summary, sizeof(r->summary), s, 6);
	copy_col(r->hash, sizeof(r->hash), s, 7);
}

static int audit_append_locked(struct sqlite_store *s, struct audit_row *row, audit_seal_fn seal,
			       void *ctx, err_t *err)
{
	sqlite3_stmt *q;
	int rc;

	if (prepare(s, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1", &q, err) < 0)
		return -1;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		row->seq = sqlite3_column_int64(q, 0) + 1;
		copy_col(row->prev_hash, sizeof(row->prev_hash), q, 1);
	} else if (rc == SQLITE_DONE) {
		row->seq = 1;
		memset(row->prev_hash, '0', 64);
		row->prev_hash[64] = 0;
	} else {
		sqlite3_finalize(q);
		return db_fail(s->db, err, "cannot read the audit chain");
	}
	sqlite3_finalize(q);
	if (seal(ctx, row, err) < 0)
		return -1;
	if (prepare(s,
		    "INSERT INTO audit (seq, time, prev_hash, event, key_id, code_hash, summary,"
		    " hash) VALUES (?,?,?,?,?,?,?,?)",
		    &q, err) < 0)
		return -1;
	sqlite3_bind_int64(q, 1, row->seq);
	sqlite3_bind_text(q, 2, row->time, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 3, row->prev_hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 4, row->event, -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 5, row->key_id);
	sqlite3_bind_text(q, 6, row->code_hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 7, row->summary, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 8, row->hash, -1, SQLITE_STATIC);
	return step_done(s, q, err, "cannot append to the audit chain");
}

static int sq_audit_append(struct store *st, struct audit_row *row, audit_seal_fn seal, void *ctx,
			   err_t *err)
{
	struct sqlite_store *s = S(st);
	int ret;

	pthread_mutex_lock(&s->lock);
	if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
		ret = db_fail(s->db, err, "cannot lock the audit chain");
	} else {
		ret = audit_append_locked(s, row, seal, ctx, err);
		if (ret == 0 && sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
			ret = db_fail(s->db, err, "cannot commit the audit chain");
		if (ret < 0)
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static int sq_audit_walk(struct store *st, int (*fn)(void *, const struct audit_row *), void *ctx,
			 err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	struct audit_row r;
	int ret, rc;

	pthread_mutex_lock(&s->lock);
	ret = prepare(s,
		      "SELECT seq, time, prev_hash, event, key_id, code_hash, summary, hash"
		      " FROM audit ORDER BY rowid",
		      &q, err);
	if (ret == 0) {
		while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
			audit_from_row(q, &r);
			if (fn(ctx, &r) != 0) {
				rc = SQLITE_DONE;
				break;
			}
		}
		if (rc != SQLITE_DONE)
			ret = db_fail(s->db, err, "cannot read the audit chain");
		sqlite3_finalize(q);
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static int sq_audit_set_head(struct store *st, int64_t seq, const char *hash, const char *sig,
			     err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	int ret;

	pthread_mutex_lock(&s->lock);
	ret = prepare(s,
		      "INSERT INTO audit_head (id, seq, hash, sig) VALUES (1, ?, ?, ?)"
		      " ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash,"
		      " sig = excluded.sig WHERE excluded.seq >= audit_head.seq",
		      &q, err);
	if (ret == 0) {
		sqlite3_bind_int64(q, 1, seq);
		sqlite3_bind_text(q, 2, hash, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 3, sig, -1, SQLITE_STATIC);
		ret = step_done(s, q, err, "cannot store the signed chain head");
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static int sq_audit_get_head(struct store *st, int64_t *seq, char *hash, char *sig, size_t sig_size,
			     bool *found, err_t *err)
{
	struct sqlite_store *s = S(st);
	sqlite3_stmt *q;
	int ret, rc;

	*found = false;
	pthread_mutex_lock(&s->lock);
	ret = prepare(s, "SELECT seq, hash, sig FROM audit_head WHERE id = 1", &q, err);
	if (ret == 0) {
		rc = sqlite3_step(q);
		if (rc == SQLITE_ROW) {
			*seq = sqlite3_column_int64(q, 0);
			copy_col(hash, STORE_HASH_HEX, q, 1);
			copy_col(sig, sig_size, q, 2);
			*found = true;
		} else if (rc != SQLITE_DONE) {
			ret = db_fail(s->db, err, "cannot read the chain head");
		}
		sqlite3_finalize(q);
	}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static const struct store_backend sqlite_backend = {
    .name = "sqlite",
    .close = sq_close,
    .key_insert = sq_key_insert,
    .key_by_hash = sq_key_by_hash,
    .key_by_name = sq_key_by_name,
    .key_list = sq_key_list,
    .key_revoke = sq_key_revoke,
    .key_by_id = sq_key_by_id,
    .exec_insert = sq_exec_insert,
    .exec_set_running = sq_exec_set_running,
    .exec_finish = sq_exec_finish,
    .exec_get = sq_exec_get,
    .exec_list = sq_exec_list,
    .exec_usage = sq_exec_usage,
    .exec_interrupt_all = sq_exec_interrupt_all,
    .exec_queued = sq_exec_queued,
    .exec_pending = sq_exec_pending,
    .exec_transition = sq_exec_transition,
    .exec_prune = sq_exec_prune,
    .audit_append = sq_audit_append,
    .audit_walk = sq_audit_walk,
    .audit_set_head = sq_audit_set_head,
    .audit_get_head = sq_audit_get_head,
};

static int migrate(struct sqlite_store *s, err_t *err)
{
	sqlite3_stmt *q;
	int version = 0;
	char sql[64];

	if (prepare(s, "PRAGMA user_version", &q, err) < 0)
		return -1;
	if (sqlite3_step(q) == SQLITE_ROW)
		version = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	if (version > (int)(sizeof(migrations) / sizeof(migrations[0])))
		return err_set(err, 0,
			       "the database has schema version %d, newer than this airlock knows "
			       "(%zu); upgrade airlock",
			       version, sizeof(migrations) / sizeof(migrations[0]));
	for (size_t i = (size_t)version; i < sizeof(migrations) / sizeof(migrations[0]); i++) {
		snprintf(sql, sizeof(sql), "PRAGMA user_version = %zu", i + 1);
		if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK ||
		    sqlite3_exec(s->db, migrations[i], NULL, NULL, NULL) != SQLITE_OK ||
		    sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK ||
		    sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
			db_fail(s->db, err, "cannot migrate the database");
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
			return err_wrap(err, "migration %zu", i + 1);
		}
	}
	return 0;
}

int store_open_sqlite(const char *path, struct store **out, err_t *err)
{
	struct sqlite_store *s = calloc(1, sizeof(*s));

	if (s == NULL)
		return err_set(err, ENOMEM, "cannot open the database");
	s->base.be = &sqlite_backend;
	pthread_mutex_init(&s->lock, NULL);
	if (sqlite3_open_v2(path, &s->db,
			    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
			    NULL) != SQLITE_OK) {
		db_fail(s->db, err, "cannot open the database");
		sq_close(&s->base);
		return err_wrap(err, "%s", path);
	}
	sqlite3_busy_timeout(s->db, 5000);
	if (sqlite3_exec(s->db,
			 "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;"
			 " PRAGMA synchronous = NORMAL;",
			 NULL, NULL, NULL) != SQLITE_OK ||
	    migrate(s, err) < 0) {
		if (err->msg[0] == 0)
			db_fail(s->db, err, "cannot set up the database");
		sq_close(&s->base);
		return err_wrap(err, "%s", path);
	}
	*out = &s->base;
	return 0;
}
