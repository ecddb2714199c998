/* The SQLite store's policy parts: migration 3 over a database of schema
 * 2, the key's policy, conditional transitions and the pending list. */
#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

TestSuite(server_store, .init = setup, .fini = teardown);

static void open_store(void)
{
	err_t err;
	err_clear(&err);
	cr_assert_eq(store_open_sqlite(path, &st, &err), 0, "%s", err.msg);
}

static void add_key(const char *name, const char *policy, int64_t *id)
{
	struct key_row k;
	err_t err;
	memset(&k, 0, sizeof(k));
	snprintf(k.name, sizeof(k.name), "%s", name);
	snprintf(k.hash, sizeof(k.hash), "hash-%s", name);
	snprintf(k.policy, sizeof(k.policy), "%s", policy);
	store_now(k.created_at);
	cr_assert_eq(st->be->key_insert(st, &k, &err), 0, "%s", err.msg);
	*id = k.id;
}

static void add_exec(const char *id, int64_t key, const char *status, const char *created,
		     const char *policy)
{
	struct exec_row r;
	err_t err;
	memset(&r, 0, sizeof(r));
	snprintf(r.id, sizeof(r.id), "%s", id);
	r.key_id = key;
	snprintf(r.language, sizeof(r.language), "python");
	snprintf(r.status, sizeof(r.status), "%s", status);
	snprintf(r.created_at, sizeof(r.created_at), "%s", created);
	snprintf(r.code_hash, sizeof(r.code_hash), "h");
	r.limits_json = (char *)"{}";
	r.request_json = (char *)"{\"language\":\"python\",\"code\":\"print(1)\"}";
	r.policy_json = (char *)policy;
	cr_assert_eq(st->be->exec_insert(st, &r, &err), 0, "%s", err.msg);
}

Test(server_store, migration_3_over_a_schema_2_database)
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

struct ids {
	char v[8][STORE_ID_MAX];
	int n;
};

static int collect(void *ctx, const struct exec_row *r)
{
	struct ids *x = ctx;
	cr_assert(r->request_json != NULL, "pending rows come with their request");
	snprintf(x->v[x->n++], STORE_ID_MAX, "%s", r->id);
	return 0;
}

Test(server_store, pending_list_and_conditional_transitions)
{
	int64_t key;
	struct ids x = {.n = 0};
	struct exec_row r;
	bool found;
	err_t err;

	open_store();
	add_key("k", "", &key);
	add_exec("ex_a", key, "pending_approval", "2026-01-01T00:00:00.000Z", "{\"findings\":[]}");
	add_exec("ex_b", key, "queued", "2026-01-01T00:00:01.000Z", NULL);
	add_exec("ex_c", key, "pending_approval", "2026-01-01T00:00:02.000Z", NULL);
	err_clear(&err);
	cr_assert_eq(st->be->exec_pending(st, NULL, collect, &x, &err), 0, "%s", err.msg);
	cr_assert_eq(x.n, 2);
	cr_assert_str_eq(x.v[0], "ex_a", "oldest first");
	cr_assert_str_eq(x.v[1], "ex_c");
	x.n = 0;
	cr_assert_eq(st->be->exec_pending(st, "2026-01-01T00:00:02.000Z", collect, &x, &err), 0);
	cr_assert_eq(x.n, 1, "created before the cutoff only");

	struct exec_transition t = {"ex_a",
				    "pending_approval",
				    "rejected",
				    "2026-01-01T00:01:00.000Z",
				    "{\"rejection\":{}}",
				    true};
	cr_assert_eq(st->be->exec_transition(st, &t, &err), 1, "%s", err.msg);
	cr_assert_eq(st->be->exec_transition(st, &t, &err), 0, "a second decision loses");
	struct exec_transition q = {"ex_b", "pending_approval", "rejected", NULL, NULL, true};
	cr_assert_eq(st->be->exec_transition(st, &q, &err), 0, "not pending: unchanged");
	struct exec_transition none = {"ex_zz", "pending_approval", "queued", NULL, NULL, false};
	cr_assert_eq(st->be->exec_transition(st, &none, &err), 0);

	cr_assert_eq(st->be->exec_get(st, "ex_a", &r, &found, &err), 0);
	cr_assert(found);
	cr_assert_str_eq(r.status, "rejected");
	cr_assert_str_eq(r.finished_at, "2026-01-01T00:01:00.000Z");
	cr_assert_str_eq(r.policy_json, "{\"rejection\":{}}");
	cr_assert(r.request_json == NULL, "the request is dropped");
	exec_row_free(&r);
	cr_assert_eq(st->be->exec_get(st, "ex_b", &r, &found, &err), 0);
	cr_assert_str_eq(r.status, "queued");
	cr_assert(r.request_json != NULL);
	exec_row_free(&r);

	/* approve keeps the request and, given NULL, the policy object */
	struct exec_transition ok = {"ex_c", "pending_approval", "queued", NULL, NULL, false};
	cr_assert_eq(st->be->exec_transition(st, &ok, &err), 1);
	cr_assert_eq(st->be->exec_get(st, "ex_c", &r, &found, &err), 0);
	cr_assert_str_eq(r.status, "queued");
	cr_assert_str_eq(r.finished_at, "");
	cr_assert(r.request_json != NULL);
	cr_assert(r.policy_json == NULL);
	exec_row_free(&r);
	x.n = 0;
	cr_assert_eq(st->be->exec_pending(st, NULL, collect, &x, &err), 0);
	cr_assert_eq(x.n, 0);
}
