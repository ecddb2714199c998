/*
 * The SQLite store: the connection, its schema and the backend's table.
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
 * The queries are in sqlite_keys.c, sqlite_exec.c, sqlite_sandbox.c and sqlite_audit.c,
 * written with the statement helper of sqlite_stmt.c (sqlite_int.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "store/sqlite_int.h"

#define BUSY_TIMEOUT_MS 5000

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
    /* 4: what the caller asked to keep with an execution (a front end's own
     * fields), a JSON object */
    "ALTER TABLE executions ADD COLUMN meta TEXT;",
    /* 5: sandboxes that live, kept after they end so that they still
     * answer (and a restart can say they ended) */
    "CREATE TABLE sandboxes ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " id TEXT NOT NULL UNIQUE,"
    " key_id INTEGER NOT NULL REFERENCES keys(id),"
    " state TEXT NOT NULL,"
    " reason TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL,"
    " ended_at TEXT NOT NULL DEFAULT '',"
    " expires_at TEXT NOT NULL,"
    " timeout_s INTEGER NOT NULL,"
    " idle_timeout_s INTEGER NOT NULL,"
    " limits TEXT NOT NULL,"
    " meta TEXT,"
    " usage TEXT);"
    "CREATE INDEX sandboxes_key ON sandboxes(key_id, seq);"
    "CREATE INDEX sandboxes_state ON sandboxes(state);",
    /* 6: the node that wrote an audit link or accepted an execution or a
     * sandbox
     * (`airlock serve --node`; '' for one machine) */
    "ALTER TABLE audit ADD COLUMN node TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE executions ADD COLUMN node TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE sandboxes ADD COLUMN node TEXT NOT NULL DEFAULT '';",
    /* 7: the nodes sharing the store and their last heartbeat (used by
     * PostgreSQL; kept in both so that the versions stay the same) */
    "CREATE TABLE nodes (name TEXT PRIMARY KEY, heartbeat_at TEXT NOT NULL);",
    /* 8: the shared queue (used by PostgreSQL): an execution only the node
     * that accepted it may run (a stream's caller is there), and a cancel
     * asked for on another node than the one running it */
    "ALTER TABLE executions ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE executions ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0;",
    /* 9: a key's egress allow-list (docs/network.md) */
    "ALTER TABLE keys ADD COLUMN egress TEXT NOT NULL DEFAULT '';",
    /* 10: exact quotas across nodes (used by PostgreSQL; kept in both so
     * that the versions stay the same): admissions not stored yet, and
     * each key's token bucket */
    "CREATE TABLE quota_holds (exec_id TEXT PRIMARY KEY, key_id INTEGER NOT NULL,"
    " node TEXT NOT NULL, at TEXT NOT NULL);"
    "CREATE TABLE quota_buckets (key_id INTEGER PRIMARY KEY, tokens REAL NOT NULL,"
    " last_ms INTEGER NOT NULL);",
};

static void sq_close(struct store *st)
{
	struct sqlite_store *s = S(st);
	stmt_cache_clear(s);
	sqlite3_close(s->db);
	pthread_mutex_destroy(&s->lock);
	free(s);
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
    .quota_admit = sq_quota_admit,
    .quota_forget = sq_quota_forget,
    .exec_interrupt_all = sq_exec_interrupt_all,
    .exec_queued = sq_exec_queued,
    .exec_pending = sq_exec_pending,
    .exec_transition = sq_exec_transition,
    .exec_prune = sq_exec_prune,
    .exec_delete = sq_exec_delete,
    .sandbox_insert = sq_sandbox_insert,
    .sandbox_end = sq_sandbox_end,
    .sandbox_set_expiry = sq_sandbox_set_expiry,
    .sandbox_set_state = sq_sandbox_set_state,
    .sandbox_get = sq_sandbox_get,
    .sandbox_list = sq_sandbox_list,
    .sandbox_end_all = sq_sandbox_end_all,
    .audit_append = sq_audit_append,
    .audit_walk = sq_audit_walk,
    .audit_get_head = sq_audit_get_head,
};

#define NMIGRATIONS (sizeof(migrations) / sizeof(migrations[0]))

static int migrate(struct sqlite_store *s, err_t *err)
{
	static const char what[] = "cannot migrate the database";
	struct stmt q;
	int64_t version = 0;
	char sql[64];
	int rc;

	if (stmt_open(s, &q, "cannot read the schema version", "PRAGMA user_version", err) < 0)
		return -1;
	if ((rc = stmt_step(&q, err)) > 0)
		version = stmt_int64(&q, 0);
	stmt_close(&q);
	if (rc < 0)
		return -1;
	if (version > (int64_t)NMIGRATIONS)
		return err_set(
		    err, 0,
		    "the database has schema version %lld, newer than this airlock knows "
		    "(%zu); upgrade airlock",
		    (long long)version, NMIGRATIONS);
	for (size_t i = (size_t)version; i < NMIGRATIONS; i++) {
		snprintf(sql, sizeof(sql), "PRAGMA user_version = %zu", i + 1);
		if (tx_begin(s, what, err) < 0)
			return err_wrap(err, "migration %zu", i + 1);
		rc = sq_script(s, migrations[i], what, err);
		if (rc == 0)
			rc = sq_script(s, sql, what, err);
		if (tx_end(s, rc, what, err) < 0)
			return err_wrap(err, "migration %zu", i + 1);
	}
	return 0;
}

int store_open_sqlite(const char *path, struct store **out, err_t *err)
{
	struct sqlite_store *s = calloc(1, sizeof(*s));
	pthread_mutexattr_t attr;
	int rc;

	if (s == NULL)
		return err_set(err, ENOMEM, "cannot open the database");
	s->base.be = &sqlite_backend;
	pthread_mutexattr_init(&attr);
	pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutex_init(&s->lock, &attr);
	pthread_mutexattr_destroy(&attr);
	rc = sqlite3_open_v2(
	    path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, NULL);
	if (rc != SQLITE_OK) {
		sq_fail(s, rc, "cannot open the database", err);
		sq_close(&s->base);
		return err_wrap(err, "%s", path);
	}
	sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
	if (sq_script(s,
		      "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;"
		      " PRAGMA synchronous = NORMAL;",
		      "cannot set up the database", err) < 0 ||
	    migrate(s, err) < 0) {
		sq_close(&s->base);
		return err_wrap(err, "%s", path);
	}
	*out = &s->base;
	return 0;
}
