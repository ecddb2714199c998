/* The SQLite store's own: migration 3 over a database of schema 2, the
 * key's policy; busy; the statement helper; choosing a backend. What every
 * backend must do is in store.c, run against SQLite and PostgreSQL. */
#include <criterion/criterion.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib/store_rows.h"
#include "store/sqlite_int.h"
#include "store/store.h"

static char dir[64], path[128];
static struct store *st;

static void setup(void)
{
	strcpy(dir, "/tmp/airlock-store-test.XXXXXX");
	cr_assert(mkdtemp(dir) != NULL);
	snprintf(path, sizeof(path), "%s/airlock.db", dir);
	st = NULL;
}

static void teardown(void)
{
	char cmd[128];
	store_close(st);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", dir);
}

TestSuite(store_sqlite, .init = setup, .fini = teardown);

static void open_store(void)
{
	err_t err;
	err_clear(&err);
	cr_assert_eq(store_open_sqlite(path, &st, &err), 0, "%s", err.msg);
}

#define add_key(name, policy, id) store_test_add_key(st, name, policy, id)
#define add_exec(id, key, status, created, policy)                                                 \
	store_test_add_exec(st, id, key, status, created, policy)

Test(store_sqlite, migration_3_over_a_schema_2_database)
{
	sqlite3 *db;
	int64_t id;
	bool found;
	struct key_row k;
	err_t err;

	/* schema 2 as the previous release left it, with one key */
	cr_assert_eq(sqlite3_open(path, &db), SQLITE_OK);
	cr_assert_eq(
	    sqlite3_exec(db,
			 "CREATE TABLE keys (id INTEGER PRIMARY KEY, name TEXT NOT NULL "
			 "UNIQUE, hash TEXT NOT NULL UNIQUE, admin INTEGER NOT NULL DEFAULT "
			 "0, revoked INTEGER NOT NULL DEFAULT 0, has_quota INTEGER NOT NULL "
			 "DEFAULT 0, q_per_minute INTEGER NOT NULL DEFAULT 0, q_per_day "
			 "INTEGER NOT NULL DEFAULT 0, q_concurrent INTEGER NOT NULL DEFAULT "
			 "0, q_cpu_s_day INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT "
			 "NULL);"
			 "CREATE TABLE executions (seq INTEGER PRIMARY KEY AUTOINCREMENT, id "
			 "TEXT NOT NULL UNIQUE, key_id INTEGER NOT NULL REFERENCES keys(id), "
			 "language TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT "
			 "NULL, finished_at TEXT NOT NULL DEFAULT '', code_hash TEXT NOT "
			 "NULL, cpu_ms INTEGER NOT NULL DEFAULT 0, limits TEXT NOT NULL, "
			 "result TEXT, request TEXT);"
			 "CREATE TABLE audit (seq INTEGER PRIMARY KEY, time TEXT NOT NULL, "
			 "prev_hash TEXT NOT NULL, event TEXT NOT NULL, key_id INTEGER NOT "
			 "NULL, code_hash TEXT NOT NULL, summary TEXT NOT NULL, hash TEXT NOT "
			 "NULL);"
			 "CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq "
			 "INTEGER NOT NULL, hash TEXT NOT NULL, sig TEXT NOT NULL);"
			 "INSERT INTO keys (name, hash, created_at) VALUES ('old', 'h-old', "
			 "'2026-01-01T00:00:00.000Z');"
			 "PRAGMA user_version = 2;",
			 NULL, NULL, NULL),
	    SQLITE_OK, "%s", sqlite3_errmsg(db));
	sqlite3_close(db);

	open_store();
	err_clear(&err);
	cr_assert_eq(st->be->key_by_name(st, "old", &k, &found, &err), 0, "%s", err.msg);
	cr_assert(found);
	cr_assert_str_eq(k.policy, "", "an old key gets the server's policy");
	add_key("new", "block", &id);
	cr_assert_eq(st->be->key_by_id(st, id, &k, &found, &err), 0, "%s", err.msg);
	cr_assert(found);
	cr_assert_str_eq(k.name, "new");
	cr_assert_str_eq(k.policy, "block");
	cr_assert_eq(st->be->key_by_id(st, 999, &k, &found, &err), 0);
	cr_assert(!found);
}

/* ---- busy: another process holds the write lock ---- */

static sqlite3 *hold_write_lock(void)
{
	sqlite3 *db;
	cr_assert_eq(sqlite3_open(path, &db), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK, "%s",
		     sqlite3_errmsg(db));
	return db;
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int seal_zero(void *ctx, struct audit_row *row, err_t *err)
{
	(void)ctx;
	(void)err;
	memset(row->hash, 'f', 64);
	row->hash[64] = 0;
	return 0;
}

Test(store_sqlite, a_held_write_lock_is_store_ebusy_after_the_busy_timeout, .timeout = 30)
{
	struct audit_row a;
	struct key_row k;
	int64_t id;
	bool found;
	err_t err;

	open_store();
	add_key("before", "", &id);
	sqlite3 *db = hold_write_lock();

	/* a write waits for the busy timeout (5 s), then fails as busy */
	memset(&k, 0, sizeof(k));
	snprintf(k.name, sizeof(k.name), "during");
	snprintf(k.hash, sizeof(k.hash), "hash-during");
	store_now(k.created_at);
	err_clear(&err);
	double t0 = now_s();
	cr_assert_eq(st->be->key_insert(st, &k, &err), -1);
	double waited = now_s() - t0;
	cr_assert_eq(err.errnum, STORE_EBUSY, "%s", err.msg);
	cr_assert(strstr(err.msg, "cannot store the key: ") && strstr(err.msg, "locked"), "%s",
		  err.msg);
	cr_assert(!strstr(err.msg, "Device or resource busy"), "SQLite's message alone: %s",
		  err.msg);
	cr_assert(waited > 4.0 && waited < 15.0, "waited %.1f s", waited);

	/* reads go on (WAL) */
	cr_assert_eq(st->be->key_by_name(st, "before", &k, &found, &err), 0, "%s", err.msg);
	cr_assert(found);

	/* the audit chain's transaction cannot begin either */
	memset(&a, 0, sizeof(a));
	store_now(a.time);
	snprintf(a.event, sizeof(a.event), "test");
	err_clear(&err);
	cr_assert_eq(st->be->audit_append(st, &a, seal_zero, NULL, &err), -1);
	cr_assert_eq(err.errnum, STORE_EBUSY, "%s", err.msg);
	cr_assert(strstr(err.msg, "cannot lock the audit chain"), "%s", err.msg);

	/* once the lock is gone, both work */
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(db);
	err_clear(&err);
	snprintf(k.name, sizeof(k.name), "after");
	snprintf(k.hash, sizeof(k.hash), "hash-after");
	cr_assert_eq(st->be->key_insert(st, &k, &err), 0, "%s", err.msg);
	cr_assert_eq(st->be->audit_append(st, &a, seal_zero, NULL, &err), 0, "%s", err.msg);
	cr_assert_eq(a.seq, 1);
}

static void *release_later(void *arg)
{
	sqlite3 *db = arg;
	usleep(300 * 1000);
	sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	return NULL;
}

Test(store_sqlite, a_write_waits_for_a_lock_released_within_the_timeout)
{
	int64_t id;
	pthread_t t;

	open_store();
	sqlite3 *db = hold_write_lock();
	cr_assert_eq(pthread_create(&t, NULL, release_later, db), 0);
	add_key("waited", "", &id); /* asserts success */
	pthread_join(t, NULL);
	sqlite3_close(db);
}

/* ---- the statement helper ---- */

static void assert_no_statement_active(void)
{
	sqlite3 *db = ((struct sqlite_store *)st)->db;
	for (sqlite3_stmt *p = sqlite3_next_stmt(db, NULL); p; p = sqlite3_next_stmt(db, p))
		cr_assert(!sqlite3_stmt_busy(p), "left active: %s", sqlite3_sql(p));
}

static void count_key(void *ctx, const struct key_row *k)
{
	(void)k;
	++*(int *)ctx;
}

static int stop_at_first(void *ctx, const struct exec_row *r)
{
	(void)r;
	++*(int *)ctx;
	return 1;
}

Test(store_sqlite, no_statement_is_left_active_after_a_call)
{
	struct exec_row r, rows[2];
	struct key_row k;
	int64_t key, seq;
	bool found;
	char hash[STORE_HASH_HEX], sig[64];
	int n = 0;
	err_t err;

	open_store();
	add_key("k", "", &key);
	add_exec("ex_1", key, EXEC_PENDING_APPROVAL, "2026-01-01T00:00:01.000Z", NULL);
	add_exec("ex_2", key, EXEC_PENDING_APPROVAL, "2026-01-01T00:00:02.000Z", NULL);
	add_exec("ex_3", key, EXEC_PENDING_APPROVAL, "2026-01-01T00:00:03.000Z", NULL);
	err_clear(&err);
	cr_assert_eq(st->be->key_by_name(st, "k", &k, &found, &err), 0);
	cr_assert_eq(st->be->key_list(st, count_key, &n, &err), 0);
	cr_assert_eq(n, 1);
	n = 0;
	cr_assert_eq(st->be->exec_pending(st, NULL, stop_at_first, &n, &err), 0, "%s", err.msg);
	cr_assert_eq(n, 1, "stopped at the first of three");
	assert_no_statement_active();
	cr_assert_eq(st->be->exec_list(st, -1, -1, 0, rows, 2, &err), 2, "a full page");
	exec_row_free(&rows[0]);
	exec_row_free(&rows[1]);
	assert_no_statement_active();
	cr_assert_eq(st->be->exec_get(st, "ex_1", &r, &found, &err), 0);
	exec_row_free(&r);
	cr_assert_eq(st->be->audit_get_head(st, &seq, hash, sig, sizeof(sig), &found, &err), 0);
	cr_assert(!found);
	assert_no_statement_active();

	/* a second connection can write and checkpoint: nobody holds a snapshot */
	sqlite3 *db;
	int log = -1, done = -1;
	cr_assert_eq(sqlite3_open(path, &db), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(db, "UPDATE executions SET cpu_ms = 1", NULL, NULL, NULL),
		     SQLITE_OK);
	cr_assert_eq(sqlite3_wal_checkpoint_v2(db, NULL, SQLITE_CHECKPOINT_TRUNCATE, &log, &done),
		     SQLITE_OK, "%s", sqlite3_errmsg(db));
	sqlite3_close(db);
	cr_assert_eq(st->be->exec_get(st, "ex_2", &r, &found, &err), 0);
	cr_assert_eq(r.cpu_ms, 1, "a kept statement sees the other connection's write");
	exec_row_free(&r);
}

/* A callback's query on the same SQL gets its own statement. */
struct nested {
	struct store *st;
	int outer, inner;
};

static int nested_pending(void *ctx, const struct exec_row *r)
{
	(void)r;
	++*(int *)ctx;
	return 0;
}

static int call_pending_again(void *ctx, const struct exec_row *r)
{
	struct nested *x = ctx;
	err_t err;
	(void)r;
	x->outer++;
	err_clear(&err);
	cr_assert_eq(x->st->be->exec_pending(x->st, NULL, nested_pending, &x->inner, &err), 0, "%s",
		     err.msg);
	return 0;
}

Test(store_sqlite, a_query_inside_a_callback_gets_its_own_statement)
{
	struct nested x = {NULL, 0, 0};
	int64_t key;
	err_t err;

	open_store();
	x.st = st;
	add_key("k", "", &key);
	add_exec("ex_1", key, EXEC_PENDING_APPROVAL, "2026-01-01T00:00:01.000Z", NULL);
	add_exec("ex_2", key, EXEC_PENDING_APPROVAL, "2026-01-01T00:00:02.000Z", NULL);
	err_clear(&err);
	cr_assert_eq(st->be->exec_pending(st, NULL, call_pending_again, &x, &err), 0, "%s",
		     err.msg);
	cr_assert_eq(x.outer, 2);
	cr_assert_eq(x.inner, 4);
	assert_no_statement_active();
}

Test(store_sqlite, the_helper_refuses_a_wrong_number_of_values_and_two_statements)
{
	struct sqlite_store *s;
	struct stmt q;
	err_t err;

	open_store();
	s = (struct sqlite_store *)st;
	err_clear(&err);
	cr_assert_eq(
	    stmt_run(s, &err, "cannot test", "UPDATE keys SET name = ?1 WHERE id = ?2", TEXT("x")),
	    -1);
	cr_assert_str_eq(err.msg, "cannot test: the query has 2 parameters and was given 1 values");
	cr_assert_eq(stmt_run(s, &err, "cannot test", "UPDATE keys SET revoked = 1 WHERE id = ?1",
			      INT(1), INT(2)),
		     -1);
	cr_assert_eq(stmt_open(s, &q, "cannot test", "SELECT 1; SELECT 2", &err), -1);
	cr_assert(strstr(err.msg, "not one statement"), "%s", err.msg);
	cr_assert_eq(stmt_open(s, &q, "cannot test", "SELECT nope FROM nowhere", &err), -1);
	cr_assert(strstr(err.msg, "cannot prepare a query: no such table"), "%s", err.msg);
	cr_assert_eq(err.errnum, 0);
	/* each failure gave the lock back: another thread can take it */
	cr_assert_eq(pthread_mutex_trylock(&s->lock), 0);
	pthread_mutex_unlock(&s->lock);
	cr_assert_eq(
	    stmt_run(s, &err, "cannot test", "UPDATE keys SET revoked = 1 WHERE id = ?1", INT(1)),
	    0, "%s", err.msg);
}

static void *trylock_main(void *arg)
{
	return (void *)(intptr_t)pthread_mutex_trylock(arg);
}

Test(store_sqlite, the_helper_keeps_statements_up_to_its_limit)
{
	struct sqlite_store *s;
	struct stmt q;
	char sql[64];
	err_t err;

	open_store();
	s = (struct sqlite_store *)st;
	err_clear(&err);
	for (int i = 0; i < STMT_CACHE_MAX + 8; i++) {
		snprintf(sql, sizeof(sql), "SELECT %d + ?1", i);
		for (int round = 0; round < 2; round++) {
			cr_assert_eq(stmt_open(s, &q, "cannot test", sql, &err), 0, "%s", err.msg);
			stmt_bind(&q, INT(round));
			cr_assert_eq(stmt_step(&q, &err), 1, "%s", err.msg);
			cr_assert_eq(stmt_int64(&q, 0), i + round, "values do not stick");
			/* the lock is held from open to close */
			pthread_t t;
			void *rc;
			pthread_create(&t, NULL, trylock_main, &s->lock);
			pthread_join(t, &rc);
			cr_assert_neq((intptr_t)rc, 0, "held while open");
			stmt_close(&q);
		}
	}
	cr_assert_eq(s->ncache, STMT_CACHE_MAX);
	/* a kept statement forgets its values: unbound, it reads NULL */
	stmt_cache_clear(s);
	for (int round = 0; round < 2; round++) {
		cr_assert_eq(stmt_open(s, &q, "cannot test", "SELECT ?1 IS NULL", &err), 0);
		cr_assert_eq(q.slot, 0, "kept");
		if (round == 0)
			stmt_bind(&q, TEXT("set"));
		cr_assert_eq(stmt_step(&q, &err), 1);
		cr_assert_eq(stmt_int64(&q, 0), round, "round %d", round);
		stmt_close(&q);
	}
}

Test(store_sqlite, busy_codes_map_to_store_ebusy)
{
	static const struct {
		int rc;
		bool busy;
	} cases[] = {
	    {SQLITE_BUSY, true},	  {SQLITE_LOCKED, true},
	    {SQLITE_FULL, true},	  {SQLITE_READONLY, true},
	    {SQLITE_BUSY_SNAPSHOT, true}, {SQLITE_IOERR_WRITE, true},
	    {SQLITE_CANTOPEN, true},	  {SQLITE_ERROR, false},
	    {SQLITE_CONSTRAINT, false},	  {SQLITE_CONSTRAINT_UNIQUE, false},
	    {SQLITE_CORRUPT, false},	  {SQLITE_MISMATCH, false},
	};
	err_t err;

	open_store();
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		err_clear(&err);
		cr_assert_eq(sq_fail((struct sqlite_store *)st, cases[i].rc, "cannot x", &err), -1);
		cr_assert_eq(err.errnum, cases[i].busy ? STORE_EBUSY : 0, "code %d", cases[i].rc);
		cr_assert(strncmp(err.msg, "cannot x: ", 10) == 0, "%s", err.msg);
	}
}

/* ---- statuses as the store keeps them ---- */

/* ---- choosing a backend ---- */

Test(store_sqlite, store_open_takes_a_path_or_sqlite_path)
{
	char spec[160];
	err_t err;

	snprintf(spec, sizeof(spec), "sqlite:%s", path);
	err_clear(&err);
	cr_assert_eq(store_open(spec, &st, &err), 0, "%s", err.msg);
	cr_assert_str_eq(st->be->name, "sqlite");
	store_close(st);
	st = NULL;
	cr_assert_eq(store_open(path, &st, &err), 0, "%s", err.msg);
	cr_assert_str_eq(st->be->name, "sqlite");
}

Test(store_sqlite, store_open_refuses_other_schemes_without_echoing_them)
{
	err_t err;

	err_clear(&err);
	cr_assert_eq(store_open("mysql://airlock:s3cret@db.example/airlock", &st, &err), -1);
	cr_assert(st == NULL);
	cr_assert_str_eq(err.msg, "mysql:// stores are not supported (a path or sqlite:PATH for "
				  "SQLite, postgres://... for PostgreSQL)");
	cr_assert_eq(store_open("sqlite:", &st, &err), -1);
	cr_assert_eq(store_open("sqlite:///var/x.db", &st, &err), -1);
	cr_assert(strstr(err.msg, "sqlite:PATH"), "%s", err.msg);
}

/* A PostgreSQL URL goes to PostgreSQL; one that cannot be reached is
 * "try again later" and does not echo the password. */
Test(store_sqlite, store_open_takes_postgres_urls_without_echoing_a_password)
{
	err_t err;

	err_clear(&err);
	cr_assert_eq(store_open("postgres://airlock:s3cret@127.0.0.1:1/airlock", &st, &err), -1);
	cr_assert(st == NULL);
	cr_assert(strncmp(err.msg, "cannot connect to PostgreSQL: ", 30) == 0, "%s", err.msg);
	cr_assert(strstr(err.msg, "s3cret") == NULL, "%s", err.msg);
	cr_assert_eq(err.errnum, STORE_EBUSY);
	cr_assert_eq(store_open("postgresql://airlock:s3cret@127.0.0.1:1/airlock", &st, &err), -1);
	cr_assert(strncmp(err.msg, "cannot connect to PostgreSQL: ", 30) == 0, "%s", err.msg);
}
