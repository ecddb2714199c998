/*
 * What every store backend must do, from one source: each STORE_TEST runs
 * twice, as store_sqlite/NAME against a SQLite file and as store_pg/NAME
 * against a database of its own in a throwaway PostgreSQL cluster
 * (tests/lib/pg_cluster.h). Without PostgreSQL's binaries the store_pg
 * tests are skipped, saying why. What is one backend's own (SQLite's busy
 * timeout, PostgreSQL's reconnection) is at the end.
 */
#include <criterion/criterion.h>
#include <libpq-fe.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "lib/pg_cluster.h"
#include "service/audit.h"
#include "lib/store_rows.h"
#include "store/store.h"

static char dir[64], spec[600];
static bool is_pg;
static struct store *st;

static void open_store(void)
{
	err_t err;
	err_clear(&err);
	cr_assert_eq(store_open(spec, &st, &err), 0, "%s", err.msg);
	cr_assert_str_eq(st->be->name, is_pg ? "postgres" : "sqlite");
}

static void setup_sqlite(void)
{
	strcpy(dir, "/tmp/airlock-store-test.XXXXXX");
	cr_assert(mkdtemp(dir) != NULL);
	snprintf(spec, sizeof(spec), "sqlite:%s/airlock.db", dir);
	is_pg = false;
	st = NULL;
	open_store();
}

static void setup_pg(void)
{
	dir[0] = 0;
	is_pg = true;
	st = NULL;
	if (pg_cluster_missing())
		return;
	pg_test_database(spec, sizeof(spec));
	open_store();
}

static void teardown(void)
{
	char cmd[128];
	store_close(st);
	st = NULL;
	if (dir[0] == 0)
		return;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", dir);
}

/* A test of what every backend does: NAME's body runs against each. */
#define STORE_TEST(name, ...)                                                                      \
	static void body_##name(void);                                                             \
	Test(store_sqlite, name, .init = setup_sqlite, .fini = teardown, ##__VA_ARGS__)            \
	{                                                                                          \
		body_##name();                                                                     \
	}                                                                                          \
	Test(store_pg, name, .init = setup_pg, .fini = teardown, ##__VA_ARGS__)                    \
	{                                                                                          \
		if (pg_cluster_missing())                                                          \
			cr_skip_test("%s", pg_cluster_missing());                                  \
		body_##name();                                                                     \
	}                                                                                          \
	static void body_##name(void)

/* SQL run beside the store, as another program would: the same text for
 * both backends. */
static void raw_exec(const char *sql)
{
	if (is_pg) {
		PGconn *c = PQconnectdb(spec);
		PGresult *res = PQexec(c, sql);
		cr_assert(PQresultStatus(res) == PGRES_COMMAND_OK ||
			      PQresultStatus(res) == PGRES_TUPLES_OK,
			  "%s", PQerrorMessage(c));
		PQclear(res);
		PQfinish(c);
	} else {
		sqlite3 *db;
		cr_assert_eq(sqlite3_open(spec + 7, &db), SQLITE_OK);
		cr_assert_eq(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK, "%s",
			     sqlite3_errmsg(db));
		sqlite3_close(db);
	}
}

/* The first column of the first row of a query. */
static void raw_text(const char *sql, char *out, size_t size)
{
	if (is_pg) {
		PGconn *c = PQconnectdb(spec);
		PGresult *res = PQexec(c, sql);
		cr_assert_eq(PQresultStatus(res), PGRES_TUPLES_OK, "%s", PQerrorMessage(c));
		cr_assert(PQntuples(res) > 0);
		snprintf(out, size, "%s", PQgetvalue(res, 0, 0));
		PQclear(res);
		PQfinish(c);
	} else {
		sqlite3 *db;
		sqlite3_stmt *q;
		cr_assert_eq(sqlite3_open(spec + 7, &db), SQLITE_OK);
		cr_assert_eq(sqlite3_prepare_v2(db, sql, -1, &q, NULL), SQLITE_OK, "%s",
			     sqlite3_errmsg(db));
		cr_assert_eq(sqlite3_step(q), SQLITE_ROW);
		snprintf(out, size, "%s", (const char *)sqlite3_column_text(q, 0));
		sqlite3_finalize(q);
		sqlite3_close(db);
	}
}

#define add_key(name, policy, id) store_test_add_key(st, name, policy, id)
#define add_exec(id, key, status, created, policy)                                                 \
	store_test_add_exec(st, id, key, status, created, policy)

static void add_sandbox(const char *id, int64_t key)
{
	struct sandbox_row r;
	err_t err;
	memset(&r, 0, sizeof(r));
	snprintf(r.id, sizeof(r.id), "%s", id);
	r.key_id = key;
	snprintf(r.state, sizeof(r.state), "running");
	snprintf(r.created_at, sizeof(r.created_at), "2026-01-01T00:00:00.000Z");
	snprintf(r.expires_at, sizeof(r.expires_at), "2026-01-01T00:05:00.000Z");
	r.timeout_s = 300;
	r.idle_timeout_s = 60;
	r.limits_json = (char *)"{\"memory_limit_mb\":512}";
	r.meta_json = (char *)"{\"k\":1}";
	err_clear(&err);
	cr_assert_eq(st->be->sandbox_insert(st, &r, &err), 0, "%s", err.msg);
	cr_assert(r.seq > 0);
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

STORE_TEST(pending_list_and_conditional_transitions)
{
	int64_t key;
	struct ids x = {.n = 0};
	struct exec_row r;
	bool found;
	err_t err;

	add_key("k", "", &key);
	add_exec("ex_a", key, EXEC_PENDING_APPROVAL, "2026-01-01T00:00:00.000Z",
		 "{\"findings\":[]}");
	add_exec("ex_b", key, EXEC_QUEUED, "2026-01-01T00:00:01.000Z", NULL);
	add_exec("ex_c", key, EXEC_PENDING_APPROVAL, "2026-01-01T00:00:02.000Z", NULL);
	err_clear(&err);
	cr_assert_eq(st->be->exec_pending(st, NULL, collect, &x, &err), 0, "%s", err.msg);
	cr_assert_eq(x.n, 2);
	cr_assert_str_eq(x.v[0], "ex_a", "oldest first");
	cr_assert_str_eq(x.v[1], "ex_c");
	x.n = 0;
	cr_assert_eq(st->be->exec_pending(st, "2026-01-01T00:00:02.000Z", collect, &x, &err), 0);
	cr_assert_eq(x.n, 1, "created before the cutoff only");

	struct exec_transition t = {"ex_a",
				    EXEC_PENDING_APPROVAL,
				    EXEC_REJECTED,
				    "2026-01-01T00:01:00.000Z",
				    "{\"rejection\":{}}",
				    true};
	cr_assert_eq(st->be->exec_transition(st, &t, &err), 1, "%s", err.msg);
	cr_assert_eq(st->be->exec_transition(st, &t, &err), 0, "a second decision loses");
	struct exec_transition q = {"ex_b", EXEC_PENDING_APPROVAL, EXEC_REJECTED, NULL, NULL, true};
	cr_assert_eq(st->be->exec_transition(st, &q, &err), 0, "not pending: unchanged");
	struct exec_transition none = {"ex_zz", EXEC_PENDING_APPROVAL, EXEC_QUEUED, NULL, NULL,
				       false};
	cr_assert_eq(st->be->exec_transition(st, &none, &err), 0);

	cr_assert_eq(st->be->exec_get(st, "ex_a", &r, &found, &err), 0);
	cr_assert(found);
	cr_assert_eq(r.status, EXEC_REJECTED);
	cr_assert_str_eq(r.finished_at, "2026-01-01T00:01:00.000Z");
	cr_assert_str_eq(r.policy_json, "{\"rejection\":{}}");
	cr_assert(r.request_json == NULL, "the request is dropped");
	exec_row_free(&r);
	cr_assert_eq(st->be->exec_get(st, "ex_b", &r, &found, &err), 0);
	cr_assert_eq(r.status, EXEC_QUEUED);
	cr_assert(r.request_json != NULL);
	exec_row_free(&r);

	/* approve keeps the request and, given NULL, the policy object */
	struct exec_transition ok = {"ex_c", EXEC_PENDING_APPROVAL, EXEC_QUEUED, NULL, NULL, false};
	cr_assert_eq(st->be->exec_transition(st, &ok, &err), 1);
	cr_assert_eq(st->be->exec_get(st, "ex_c", &r, &found, &err), 0);
	cr_assert_eq(r.status, EXEC_QUEUED);
	cr_assert_str_eq(r.finished_at, "");
	cr_assert(r.request_json != NULL);
	cr_assert(r.policy_json == NULL);
	exec_row_free(&r);
	x.n = 0;
	cr_assert_eq(st->be->exec_pending(st, NULL, collect, &x, &err), 0);
	cr_assert_eq(x.n, 0);
}

STORE_TEST(a_taken_key_name_is_named)
{
	struct key_row k;
	int64_t id;
	err_t err;

	add_key("dup", "", &id);
	memset(&k, 0, sizeof(k));
	snprintf(k.name, sizeof(k.name), "dup");
	snprintf(k.hash, sizeof(k.hash), "another-hash");
	store_now(k.created_at);
	err_clear(&err);
	cr_assert_eq(st->be->key_insert(st, &k, &err), -1);
	cr_assert_str_eq(err.msg, "a key named 'dup' already exists (names stay taken after "
				  "revocation)");
	cr_assert_eq(err.errnum, 0);
}

STORE_TEST(every_status_is_stored_and_read_back)
{
	struct exec_row r;
	int64_t key;
	char id[STORE_ID_MAX];
	bool found;
	err_t err;

	add_key("k", "", &key);
	for (int s = 0; s < EXEC_STATUS_COUNT; s++) {
		snprintf(id, sizeof(id), "ex_%d", s);
		add_exec(id, key, (enum exec_status)s, "2026-01-01T00:00:00.000Z", NULL);
		cr_assert_eq(st->be->exec_get(st, id, &r, &found, &err), 0, "%s", err.msg);
		cr_assert(found);
		cr_assert_eq(r.status, (enum exec_status)s, "%s", exec_status_name(s));
		exec_row_free(&r);
	}
	/* and by exec_finish, as the text the database has always had */
	memset(&r, 0, sizeof(r));
	snprintf(r.id, sizeof(r.id), "ex_0");
	r.status = EXEC_WALL_TIME_LIMIT;
	store_now(r.finished_at);
	r.cpu_ms = 12;
	r.result_json = (char *)"{\"exit_code\":0}";
	struct exec_row stored, got;
	cr_assert_eq(st->be->exec_finish(st, &r, &stored, &err), 0, "%s", err.msg);
	char text[32];
	raw_text("SELECT status FROM executions WHERE id = 'ex_0'", text, sizeof(text));
	cr_assert_str_eq(text, "wall_time_limit");
	/* the row as stored, as exec_get reads it */
	cr_assert_eq(st->be->exec_get(st, "ex_0", &got, &found, &err), 0, "%s", err.msg);
	cr_assert(stored.seq > 0, "the stored row is told");
	cr_assert_eq(stored.seq, got.seq);
	cr_assert_str_eq(stored.id, got.id);
	cr_assert_eq(stored.key_id, got.key_id);
	cr_assert_str_eq(stored.language, got.language);
	cr_assert_eq(stored.status, EXEC_WALL_TIME_LIMIT);
	cr_assert_str_eq(stored.created_at, got.created_at);
	cr_assert_str_eq(stored.finished_at, r.finished_at);
	cr_assert_str_eq(stored.code_hash, got.code_hash);
	cr_assert_eq(stored.cpu_ms, 12);
	cr_assert_str_eq(stored.limits_json, got.limits_json);
	cr_assert_str_eq(stored.result_json, "{\"exit_code\":0}");
	cr_assert_str_eq(stored.node, got.node);
	cr_assert(stored.request_json == NULL && got.request_json == NULL, "no request kept");
	exec_row_free(&got);
	exec_row_free(&stored);
	/* no such row: nothing stored, nothing told */
	snprintf(r.id, sizeof(r.id), "ex_none");
	cr_assert_eq(st->be->exec_finish(st, &r, &stored, &err), 0, "%s", err.msg);
	cr_assert_eq(stored.seq, 0);
}

STORE_TEST(a_status_outside_the_enum_is_refused)
{
	struct exec_row r;
	int64_t key;
	err_t err;

	add_key("k", "", &key);
	memset(&r, 0, sizeof(r));
	snprintf(r.id, sizeof(r.id), "ex_x");
	r.key_id = key;
	r.limits_json = (char *)"{}";
	r.status = EXEC_STATUS_COUNT;
	err_clear(&err);
	cr_assert_eq(st->be->exec_insert(st, &r, &err), -1);
	cr_assert(strstr(err.msg, "no execution status"), "%s", err.msg);
	r.status = (enum exec_status) - 1;
	cr_assert_eq(st->be->exec_finish(st, &r, NULL, &err), -1);
	struct exec_transition t = {"ex_x", EXEC_PENDING_APPROVAL, EXEC_STATUS_COUNT, NULL, NULL,
				    false};
	cr_assert_eq(st->be->exec_transition(st, &t, &err), -1);
}

STORE_TEST(unknown_status_text_in_a_row_is_an_error)
{
	struct exec_row r, rows[4];
	int64_t key;
	bool found;
	err_t err;

	add_key("k", "", &key);
	add_exec("ex_good", key, EXEC_OK, "2026-01-01T00:00:00.000Z", NULL);
	raw_exec("INSERT INTO executions (id, key_id, language, status, created_at,"
		 " code_hash, limits, request) SELECT 'ex_bad', id, 'python',"
		 " 'exploded', '2026-01-01T00:00:01.000Z', 'h', '{}', '{}' FROM keys");

	err_clear(&err);
	cr_assert_eq(st->be->exec_get(st, "ex_bad", &r, &found, &err), -1);
	cr_assert(!found);
	cr_assert(strstr(err.msg, "ex_bad") && strstr(err.msg, "'exploded'"), "%s", err.msg);
	cr_assert_eq(err.errnum, 0, "not busy: trying again will not help");
	err_clear(&err);
	cr_assert_eq(st->be->exec_list(st, -1, -1, 0, rows, 4, &err), -1);
	cr_assert(strstr(err.msg, "ex_bad"), "%s", err.msg);
	/* the store is still usable: the lock and the statement were given back */
	cr_assert_eq(st->be->exec_get(st, "ex_good", &r, &found, &err), 0, "%s", err.msg);
	cr_assert(found);
	cr_assert_eq(r.status, EXEC_OK);
	exec_row_free(&r);
	cr_assert_eq(st->be->exec_list(st, -1, EXEC_OK, 0, rows, 4, &err), 1, "%s", err.msg);
	exec_row_free(&rows[0]);
}

STORE_TEST(list_filters_by_status_and_key)
{
	struct exec_row rows[8];
	int64_t k1, k2;
	err_t err;
	int n;

	add_key("one", "", &k1);
	add_key("two", "", &k2);
	add_exec("ex_1", k1, EXEC_QUEUED, "2026-01-01T00:00:01.000Z", NULL);
	add_exec("ex_2", k1, EXEC_OK, "2026-01-01T00:00:02.000Z", NULL);
	add_exec("ex_3", k2, EXEC_QUEUED, "2026-01-01T00:00:03.000Z", NULL);
	add_exec("ex_4", k2, EXEC_PENDING_APPROVAL, "2026-01-01T00:00:04.000Z", NULL);
	add_exec("ex_5", k1, EXEC_QUEUED, "2026-01-01T00:00:05.000Z", NULL);
	err_clear(&err);

	n = st->be->exec_list(st, -1, -1, 0, rows, 8, &err);
	cr_assert_eq(n, 5, "%s", err.msg);
	cr_assert_str_eq(rows[0].id, "ex_5", "newest first");
	for (int i = 0; i < n; i++)
		exec_row_free(&rows[i]);

	n = st->be->exec_list(st, -1, EXEC_QUEUED, 0, rows, 8, &err);
	cr_assert_eq(n, 3, "%s", err.msg);
	for (int i = 0; i < n; i++) {
		cr_assert_eq(rows[i].status, EXEC_QUEUED);
		exec_row_free(&rows[i]);
	}
	n = st->be->exec_list(st, k1, EXEC_QUEUED, 0, rows, 8, &err);
	cr_assert_eq(n, 2);
	cr_assert_str_eq(rows[0].id, "ex_5");
	cr_assert_str_eq(rows[1].id, "ex_1");
	int64_t cursor = rows[0].seq;
	for (int i = 0; i < n; i++)
		exec_row_free(&rows[i]);
	n = st->be->exec_list(st, k1, EXEC_QUEUED, cursor, rows, 8, &err);
	cr_assert_eq(n, 1, "older than the cursor");
	cr_assert_str_eq(rows[0].id, "ex_1");
	exec_row_free(&rows[0]);
	n = st->be->exec_list(st, -1, EXEC_PENDING_APPROVAL, 0, rows, 8, &err);
	cr_assert_eq(n, 1);
	cr_assert_str_eq(rows[0].id, "ex_4");
	exec_row_free(&rows[0]);
	cr_assert_eq(st->be->exec_list(st, -1, EXEC_REJECTED, 0, rows, 8, &err), 0);
	cr_assert_eq(st->be->exec_list(st, -1, EXEC_QUEUED, 0, rows, 2, &err), 2, "up to max");
	exec_row_free(&rows[0]);
	exec_row_free(&rows[1]);
	cr_assert_eq(st->be->exec_list(st, -1, EXEC_STATUS_COUNT, 0, rows, 8, &err), -1);
	cr_assert(strstr(err.msg, "no execution status"), "%s", err.msg);
}

STORE_TEST(sandboxes_live_end_and_are_recovered)
{
	struct sandbox_row r, rows[4];
	int64_t a, b;
	bool found;
	err_t err;

	add_key("a", "", &a);
	add_key("b", "", &b);
	add_sandbox("sb_1", a);
	add_sandbox("sb_2", a);
	add_sandbox("sb_3", b);
	err_clear(&err);
	cr_assert_eq(st->be->sandbox_end(st, "sb_1", "deleted", "2026-01-01T00:01:00.000Z",
					 "{\"cpu_ms\":5}", &err),
		     1, "%s", err.msg);
	cr_assert_eq(st->be->sandbox_end(st, "sb_1", "expired", "x", NULL, &err), 0,
		     "an ended one does not end again");
	cr_assert_eq(st->be->sandbox_set_expiry(st, "sb_2", "2026-01-01T01:00:00.000Z", 3600, &err),
		     0);
	cr_assert_eq(st->be->sandbox_get(st, "sb_1", &r, &found, &err), 0);
	cr_assert(found);
	cr_assert_str_eq(r.state, "terminated");
	cr_assert_str_eq(r.reason, "deleted");
	cr_assert_str_eq(r.usage_json, "{\"cpu_ms\":5}");
	cr_assert_str_eq(r.meta_json, "{\"k\":1}");
	sandbox_row_free(&r);
	cr_assert_eq(st->be->sandbox_get(st, "sb_2", &r, &found, &err), 0);
	cr_assert_eq(r.timeout_s, 3600);
	cr_assert_str_eq(r.expires_at, "2026-01-01T01:00:00.000Z");
	sandbox_row_free(&r);
	/* paused and resumed, the row follows; one that ended stays ended */
	cr_assert_eq(st->be->sandbox_set_state(st, "sb_2", "paused", &err), 0, "%s", err.msg);
	cr_assert_eq(st->be->sandbox_get(st, "sb_2", &r, &found, &err), 0);
	cr_assert_str_eq(r.state, "paused");
	sandbox_row_free(&r);
	cr_assert_eq(st->be->sandbox_set_state(st, "sb_1", "running", &err), 0, "%s", err.msg);
	cr_assert_eq(st->be->sandbox_get(st, "sb_1", &r, &found, &err), 0);
	cr_assert_str_eq(r.state, "terminated", "an ended one is not made to live");
	sandbox_row_free(&r);
	cr_assert_eq(st->be->sandbox_get(st, "sb_9", &r, &found, &err), 0);
	cr_assert(!found);
	int n = st->be->sandbox_list(st, a, rows, 4, &err);
	cr_assert_eq(n, 2, "a key's own");
	cr_assert_str_eq(rows[0].id, "sb_2", "newest first");
	for (int i = 0; i < n; i++)
		sandbox_row_free(&rows[i]);
	n = st->be->sandbox_list(st, -1, rows, 4, &err);
	cr_assert_eq(n, 3, "all keys");
	for (int i = 0; i < n; i++)
		sandbox_row_free(&rows[i]);
	cr_assert_eq(
	    st->be->sandbox_end_all(st, "server_restart", "2026-01-02T00:00:00.000Z", &err), 2,
	    "the two still living: one running, one paused");
	cr_assert_eq(st->be->sandbox_get(st, "sb_3", &r, &found, &err), 0);
	cr_assert_str_eq(r.reason, "server_restart");
	cr_assert_str_eq(r.ended_at, "2026-01-02T00:00:00.000Z");
	sandbox_row_free(&r);
	cr_assert_eq(st->be->sandbox_get(st, "sb_2", &r, &found, &err), 0);
	cr_assert_str_eq(r.state, "terminated");
	cr_assert_str_eq(r.reason, "server_restart");
	sandbox_row_free(&r);
	cr_assert_eq(st->be->sandbox_end(st, "sb_2", "deleted", "y", NULL, &err), 0);
	cr_assert_eq(st->be->sandbox_set_state(st, "sb_2", "paused", &err), 0);
	cr_assert_eq(st->be->sandbox_get(st, "sb_2", &r, &found, &err), 0);
	cr_assert_str_eq(r.state, "terminated");
	sandbox_row_free(&r);
}

/* ---- the audit chain ---- */

/* (each test is a process of its own: the key's memory goes with it) */
static void test_keys(struct audit_keys *k)
{
	err_t err;

	memset(k, 0, sizeof(*k));
	cr_assert_eq(audit_keys_alloc(k, &err), 0, "%s", err.msg);
	crypto_sign_keypair(k->pk, k->sk);
	k->has_secret = 1;
}

static int count_links(void *ctx, const struct audit_row *r)
{
	struct ids *x = ctx;
	if (x->n < 8)
		snprintf(x->v[x->n], STORE_ID_MAX, "%s", r->node);
	x->n++;
	return 0;
}

STORE_TEST(the_audit_chain_verifies_names_its_node_and_shows_tampering)
{
	struct audit_keys k;
	struct audit_report rep;
	struct ids nodes = {.n = 0};
	err_t err;

	test_keys(&k);
	err_clear(&err);
	cr_assert_eq(audit_append(st, &k, "key_created", 1, "", "one", &err), 0, "%s", err.msg);
	store_set_node(st, "node-b");
	cr_assert_eq(audit_append(st, &k, "execution", 1, "abc", "two", &err), 0, "%s", err.msg);
	cr_assert_eq(audit_append(st, &k, "execution", 1, "def", "three", &err), 0, "%s", err.msg);
	cr_assert_eq(audit_verify(st, k.pk, &rep, &err), 0, "%s", err.msg);
	cr_assert(rep.ok, "%s", rep.reason);
	cr_assert_eq(rep.links, 3);
	cr_assert_eq(st->be->audit_walk(st, count_links, &nodes, &err), 0, "%s", err.msg);
	cr_assert_eq(nodes.n, 3);
	cr_assert_str_eq(nodes.v[0], "", "one machine names no node");
	cr_assert_str_eq(nodes.v[1], "node-b");

	/* the node is inside the hash: another node's name breaks the link */
	raw_exec("UPDATE audit SET node = 'node-c' WHERE seq = 2");
	cr_assert_eq(audit_verify(st, k.pk, &rep, &err), 0, "%s", err.msg);
	cr_assert(!rep.ok);
	cr_assert_eq(rep.bad_seq, 2, "%s", rep.reason);
	raw_exec("UPDATE audit SET node = 'node-b' WHERE seq = 2");
	cr_assert_eq(audit_verify(st, k.pk, &rep, &err), 0, "%s", err.msg);
	cr_assert(rep.ok, "%s", rep.reason);

	/* a changed summary, a deleted link, a truncated tail */
	raw_exec("UPDATE audit SET summary = 'TWO' WHERE seq = 2");
	cr_assert_eq(audit_verify(st, k.pk, &rep, &err), 0, "%s", err.msg);
	cr_assert(!rep.ok);
	cr_assert_eq(rep.bad_seq, 2, "%s", rep.reason);
	raw_exec("UPDATE audit SET summary = 'two' WHERE seq = 2");
	raw_exec("DELETE FROM audit WHERE seq = 3");
	cr_assert_eq(audit_verify(st, k.pk, &rep, &err), 0, "%s", err.msg);
	cr_assert(!rep.ok, "a truncated tail is found by the signed head");
}

/* A link and the signed head it makes are stored in one transaction: when
 * the head cannot be written, the link is not stored either, so the chain
 * never holds a link its signed head does not cover. */
STORE_TEST(a_link_is_stored_with_its_signed_head_or_not_at_all)
{
	struct audit_keys k;
	struct audit_report rep;
	struct ids links = {.n = 0};
	err_t err;

	test_keys(&k);
	err_clear(&err);
	cr_assert_eq(audit_append(st, &k, "key_created", 1, "", "one", &err), 0, "%s", err.msg);
	if (is_pg)
		raw_exec("CREATE FUNCTION no_head() RETURNS trigger AS $$ BEGIN"
			 " RAISE EXCEPTION 'no head'; END $$ LANGUAGE plpgsql;"
			 " CREATE TRIGGER no_head BEFORE UPDATE ON audit_head"
			 " FOR EACH ROW EXECUTE FUNCTION no_head()");
	else
		raw_exec("CREATE TRIGGER no_head BEFORE UPDATE ON audit_head"
			 " BEGIN SELECT RAISE(ABORT, 'no head'); END");
	cr_assert_eq(audit_append(st, &k, "execution", 1, "abc", "two", &err), -1);
	cr_assert_eq(st->be->audit_walk(st, count_links, &links, &err), 0, "%s", err.msg);
	cr_assert_eq(links.n, 1, "the link without its head was kept");
	cr_assert_eq(audit_verify(st, k.pk, &rep, &err), 0, "%s", err.msg);
	cr_assert(rep.ok, "%s", rep.reason);
	raw_exec(is_pg ? "DROP TRIGGER no_head ON audit_head" : "DROP TRIGGER no_head");
	cr_assert_eq(audit_append(st, &k, "execution", 1, "abc", "two", &err), 0, "%s", err.msg);
	cr_assert_eq(audit_verify(st, k.pk, &rep, &err), 0, "%s", err.msg);
	cr_assert(rep.ok, "%s", rep.reason);
	cr_assert_eq(rep.links, 2);
}

/* ---- usage, recovery, pruning ---- */

STORE_TEST(usage_interrupt_prune_and_delete)
{
	struct exec_row r;
	int64_t key, count = -1, cpu = -1;
	bool found;
	err_t err;

	add_key("k", "", &key);
	add_exec("ex_old", key, EXEC_QUEUED, "2026-01-01T00:00:00.000Z", NULL);
	add_exec("ex_run", key, EXEC_QUEUED, "2026-01-02T00:00:00.000Z", NULL);
	add_exec("ex_q", key, EXEC_QUEUED, "2026-01-02T00:00:01.000Z", NULL);
	err_clear(&err);
	memset(&r, 0, sizeof(r));
	snprintf(r.id, sizeof(r.id), "ex_old");
	r.status = EXEC_OK;
	r.cpu_ms = 70;
	snprintf(r.finished_at, sizeof(r.finished_at), "2026-01-01T00:00:01.000Z");
	r.result_json = (char *)"{\"status\":\"ok\"}";
	cr_assert_eq(st->be->exec_finish(st, &r, NULL, &err), 0, "%s", err.msg);
	cr_assert_eq(st->be->exec_set_running(st, "ex_run", &err), 1, "%s", err.msg);
	cr_assert_eq(st->be->exec_set_running(st, "ex_run", &err), 0, "running already");
	cr_assert_eq(st->be->exec_set_running(st, "ex_old", &err), 0, "ended");
	cr_assert_eq(st->be->exec_usage(st, key, "2026-01-01T00:00:00.000Z", &count, &cpu, &err), 0,
		     "%s", err.msg);
	cr_assert_eq(count, 3);
	cr_assert_eq(cpu, 70);
	cr_assert_eq(st->be->exec_usage(st, key, "2026-01-02T00:00:00.000Z", &count, &cpu, &err),
		     0);
	cr_assert_eq(count, 2, "since a time");

	cr_assert_eq(st->be->exec_interrupt_all(st, "2026-01-03T00:00:00.000Z", &err), 1,
		     "the running one; a queued one with its request runs again");
	cr_assert_eq(st->be->exec_get(st, "ex_run", &r, &found, &err), 0);
	cr_assert_eq(r.status, EXEC_INTERRUPTED);
	exec_row_free(&r);
	cr_assert_eq(st->be->exec_delete(st, "ex_q", &err), 0, "not ended: kept");
	cr_assert_eq(st->be->exec_prune(st, "2026-01-02T00:00:00.000Z", &err), 1, "%s", err.msg);
	cr_assert_eq(st->be->exec_get(st, "ex_old", &r, &found, &err), 0);
	cr_assert(!found);
	cr_assert_eq(st->be->exec_delete(st, "ex_run", &err), 1);
}

static void add_named(void *ctx, const struct key_row *k)
{
	struct ids *x = ctx;
	snprintf(x->v[x->n++], STORE_ID_MAX, "%s%s", k->name, k->revoked ? "-" : "");
}

STORE_TEST(keys_quota_admin_revocation_and_list)
{
	struct key_row k, got;
	struct ids x = {.n = 0};
	bool found;
	int64_t other;
	err_t err;

	memset(&k, 0, sizeof(k));
	snprintf(k.name, sizeof(k.name), "boss");
	snprintf(k.hash, sizeof(k.hash), "h-boss");
	k.admin = true;
	k.has_quota = true;
	k.quota = (struct key_quota){5, 6, 7, 8000000000LL};
	snprintf(k.egress, sizeof(k.egress), "api.test,*.files.test:8443");
	store_now(k.created_at);
	err_clear(&err);
	cr_assert_eq(st->be->key_insert(st, &k, &err), 0, "%s", err.msg);
	add_key("other", "audit", &other);
	cr_assert_eq(st->be->key_by_hash(st, "h-boss", &got, &found, &err), 0, "%s", err.msg);
	cr_assert(found);
	cr_assert(got.admin && got.has_quota && !got.revoked);
	cr_assert_eq(got.quota.per_minute, 5);
	cr_assert_eq(got.quota.concurrent, 7);
	cr_assert_eq(got.quota.cpu_s_day, 8000000000LL, "64-bit values survive");
	cr_assert_str_eq(got.created_at, k.created_at);
	cr_assert_str_eq(got.egress, "api.test,*.files.test:8443", "the key's egress list");
	cr_assert_eq(st->be->key_revoke(st, other, &err), 0);
	cr_assert_eq(st->be->key_list(st, add_named, &x, &err), 0, "%s", err.msg);
	cr_assert_eq(x.n, 2);
	cr_assert_str_eq(x.v[0], "boss", "oldest first");
	cr_assert_str_eq(x.v[1], "other-");
	cr_assert_eq(st->be->key_by_hash(st, "nope", &got, &found, &err), 0);
	cr_assert(!found);
}

/* ---- PostgreSQL's own: many nodes, a lost connection ---- */

#define PG_TEST(name, ...) Test(store_pg, name, .init = setup_pg, .fini = teardown, ##__VA_ARGS__)

struct appender {
	const struct audit_keys *k; /* the service's one signing key */
	const char *node;
	int n;
	err_t err;
	int ret;
};

static void *append_many(void *arg)
{
	struct appender *a = arg;
	struct store *mine;

	a->ret = store_open(spec, &mine, &a->err);
	if (a->ret < 0)
		return NULL;
	store_set_node(mine, a->node);
	for (int i = 0; i < a->n && a->ret == 0; i++)
		a->ret = audit_append(mine, a->k, "execution", 1, "", a->node, &a->err);
	store_close(mine);
	return NULL;
}

PG_TEST(two_nodes_append_to_one_chain_that_never_forks, .timeout = 120)
{
	struct audit_keys k;
	struct appender a = {&k, "node-a", 60, {0}, 0}, b = {&k, "node-b", 60, {0}, 0};
	struct audit_report rep;
	pthread_t ta, tb;
	char text[32];
	err_t err;

	if (pg_cluster_missing())
		cr_skip_test("%s", pg_cluster_missing());
	test_keys(&k);
	pthread_create(&ta, NULL, append_many, &a);
	pthread_create(&tb, NULL, append_many, &b);
	pthread_join(ta, NULL);
	pthread_join(tb, NULL);
	cr_assert_eq(a.ret, 0, "%s", a.err.msg);
	cr_assert_eq(b.ret, 0, "%s", b.err.msg);
	raw_text("SELECT count(DISTINCT prev_hash) || '/' || count(*) || '/' || max(seq)"
		 " FROM audit",
		 text, sizeof(text));
	cr_assert_str_eq(text, "120/120/120", "one link after each, none lost");
	raw_text("SELECT count(*) FROM audit WHERE node = summary AND node = 'node-b'", text,
		 sizeof(text));
	cr_assert_str_eq(text, "60", "each link names its node");
	/* the links verify, and the signed head is the last link's */
	err_clear(&err);
	cr_assert_eq(audit_verify(st, k.pk, &rep, &err), 0, "%s", err.msg);
	cr_assert(rep.ok, "%lld: %s", (long long)rep.bad_seq, rep.reason);
	cr_assert_eq(rep.links, 120);
}

/* Each node seals its next link on the last link it knows: when the other
 * node appended meanwhile, its guess is stale every time, and the link is
 * sealed again after the chain's real last link, never stored on a stale
 * one. */
PG_TEST(nodes_taking_turns_append_after_each_other)
{
	struct store *other;
	struct audit_keys k;
	struct audit_report rep;
	char text[32];
	err_t err;

	if (pg_cluster_missing())
		cr_skip_test("%s", pg_cluster_missing());
	test_keys(&k);
	err_clear(&err);
	cr_assert_eq(store_open(spec, &other, &err), 0, "%s", err.msg);
	store_set_node(st, "a");
	store_set_node(other, "b");
	for (int i = 0; i < 10; i++) {
		cr_assert_eq(audit_append(st, &k, "execution", 1, "", "a", &err), 0, "%s", err.msg);
		cr_assert_eq(audit_append(other, &k, "execution", 1, "", "b", &err), 0, "%s",
			     err.msg);
	}
	/* a link deleted behind the nodes' backs: the next one follows what is there */
	raw_exec("DELETE FROM audit WHERE seq = 20");
	cr_assert_eq(audit_append(other, &k, "execution", 1, "", "b", &err), 0, "%s", err.msg);
	store_close(other);
	raw_text("SELECT count(DISTINCT prev_hash) || '/' || count(*) || '/' || max(seq)"
		 " FROM audit",
		 text, sizeof(text));
	cr_assert_str_eq(text, "20/20/20");
	raw_text("SELECT string_agg(node, '' ORDER BY seq) FROM audit WHERE seq <= 4", text,
		 sizeof(text));
	cr_assert_str_eq(text, "abab", "in the order appended");
	cr_assert_eq(audit_verify(st, k.pk, &rep, &err), 0, "%s", err.msg);
	cr_assert(rep.ok, "%lld: %s", (long long)rep.bad_seq, rep.reason);
	cr_assert_eq(rep.links, 20);
}

PG_TEST(a_node_recovers_its_own_executions_only)
{
	struct store *other;
	struct ids x = {.n = 0};
	int64_t key;
	err_t err;

	if (pg_cluster_missing())
		cr_skip_test("%s", pg_cluster_missing());
	err_clear(&err);
	cr_assert_eq(store_open(spec, &other, &err), 0, "%s", err.msg);
	store_set_node(st, "a");
	store_set_node(other, "b");
	add_key("k", "", &key);
	add_exec("ex_a1", key, EXEC_QUEUED, "2026-01-01T00:00:00.000Z", NULL);
	add_exec("ex_a2", key, EXEC_QUEUED, "2026-01-01T00:00:01.000Z", NULL);
	add_sandbox("sb_a", key);
	cr_assert_eq(st->be->exec_set_running(st, "ex_a1", &err), 1);
	/* b starts: a's work is a's */
	cr_assert_eq(other->be->exec_interrupt_all(other, "2026-01-02T00:00:00.000Z", &err), 0,
		     "%s", err.msg);
	cr_assert_eq(other->be->sandbox_end_all(other, "server_restart", "x", &err), 0);
	cr_assert_eq(other->be->exec_queued(other, collect, &x, &err), 0);
	cr_assert_eq(x.n, 0, "b runs none of a's queue");
	/* a starts again */
	cr_assert_eq(st->be->exec_interrupt_all(st, "2026-01-02T00:00:00.000Z", &err), 1);
	cr_assert_eq(st->be->sandbox_end_all(st, "server_restart", "x", &err), 1);
	cr_assert_eq(st->be->exec_queued(st, collect, &x, &err), 0);
	cr_assert_eq(x.n, 1);
	cr_assert_str_eq(x.v[0], "ex_a2");

	/* held on a, approved on b: b runs it, a's restart does not */
	add_exec("ex_held", key, EXEC_PENDING_APPROVAL, "2026-01-01T00:00:02.000Z", NULL);
	struct exec_transition ok = {"ex_held", EXEC_PENDING_APPROVAL, EXEC_QUEUED, NULL, NULL,
				     false};
	cr_assert_eq(other->be->exec_transition(other, &ok, &err), 1, "%s", err.msg);
	x.n = 0;
	cr_assert_eq(st->be->exec_queued(st, collect, &x, &err), 0);
	cr_assert_eq(x.n, 1, "a: only its own ex_a2");
	x.n = 0;
	cr_assert_eq(other->be->exec_queued(other, collect, &x, &err), 0);
	cr_assert_eq(x.n, 1);
	cr_assert_str_eq(x.v[0], "ex_held");
	store_close(other);
}

PG_TEST(a_lost_connection_is_busy_then_reconnects)
{
	struct key_row k;
	bool found;
	int64_t key;
	char text[32];
	err_t err;

	if (pg_cluster_missing())
		cr_skip_test("%s", pg_cluster_missing());
	add_key("k", "", &key);
	/* what a server restart does to a connection */
	raw_text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
		 " WHERE datname = current_database() AND pid <> pg_backend_pid()",
		 text, sizeof(text));
	cr_assert_str_eq(text, "1", "the store's connection");
	err_clear(&err);
	cr_assert_eq(st->be->key_by_name(st, "k", &k, &found, &err), -1);
	cr_assert_eq(err.errnum, STORE_EBUSY, "%s", err.msg);
	cr_assert(strncmp(err.msg, "cannot read keys: ", 18) == 0, "%s", err.msg);
	err_clear(&err);
	cr_assert_eq(st->be->key_by_name(st, "k", &k, &found, &err), 0, "%s", err.msg);
	cr_assert(found, "the next call reconnected");

	/* inside a transaction: the append fails whole, the next one works */
	struct audit_keys ak;
	struct audit_report rep;
	test_keys(&ak);
	cr_assert_eq(audit_append(st, &ak, "execution", key, "", "1", &err), 0, "%s", err.msg);
	raw_text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
		 " WHERE datname = current_database() AND pid <> pg_backend_pid()",
		 text, sizeof(text));
	cr_assert_eq(audit_append(st, &ak, "execution", key, "", "2", &err), -1);
	cr_assert_eq(err.errnum, STORE_EBUSY, "%s", err.msg);
	cr_assert_eq(audit_append(st, &ak, "execution", key, "", "2", &err), 0, "%s", err.msg);
	cr_assert_eq(audit_verify(st, ak.pk, &rep, &err), 0, "%s", err.msg);
	cr_assert(rep.ok, "%s", rep.reason);
	cr_assert_eq(rep.links, 2);
}

PG_TEST(a_newer_schema_is_refused_and_migrating_twice_is_a_no_op)
{
	struct store *again;
	err_t err;

	if (pg_cluster_missing())
		cr_skip_test("%s", pg_cluster_missing());
	err_clear(&err);
	cr_assert_eq(store_open(spec, &again, &err), 0, "%s", err.msg);
	store_close(again);
	raw_exec("UPDATE airlock_schema SET version = 99");
	cr_assert_eq(store_open(spec, &again, &err), -1);
	cr_assert(strstr(err.msg, "schema version 99, newer than this airlock knows"), "%s",
		  err.msg);
}

PG_TEST(a_lost_node_is_taken_over_once_and_its_queue_runs_elsewhere)
{
	struct store *other;
	struct ids x = {.n = 0};
	struct exec_row r;
	struct sandbox_row sb;
	bool found;
	int64_t key;
	err_t err;

	if (pg_cluster_missing())
		cr_skip_test("%s", pg_cluster_missing());
	err_clear(&err);
	cr_assert_eq(store_open(spec, &other, &err), 0, "%s", err.msg);
	store_set_node(st, "a");
	store_set_node(other, "b");
	cr_assert_eq(st->be->node_heartbeat(st, &err), 0, "%s", err.msg);
	cr_assert_eq(other->be->node_heartbeat(other, &err), 0, "%s", err.msg);
	add_key("k", "", &key);
	add_exec("ex_r", key, EXEC_QUEUED, "2026-01-01T00:00:00.000Z", NULL);
	add_exec("ex_q", key, EXEC_QUEUED, "2026-01-01T00:00:01.000Z", NULL);
	add_sandbox("sb_a", key);
	add_sandbox("sb_b", key);
	cr_assert_eq(st->be->sandbox_set_state(st, "sb_b", "paused", &err), 0, "%s", err.msg);
	cr_assert_eq(st->be->exec_set_running(st, "ex_r", &err), 1);

	cr_assert_eq(
	    other->be->node_takeover(other, 60, "2026-01-02T00:00:00.000Z", collect, &x, &err), 0,
	    "a beats: %s", err.msg);
	cr_assert_eq(x.n, 0);
	raw_exec("UPDATE nodes SET heartbeat_at = now() - interval '1 hour' WHERE name = 'a'");
	cr_assert_eq(
	    other->be->node_takeover(other, 60, "2026-01-02T00:00:00.000Z", collect, &x, &err), 1,
	    "a's running one: %s", err.msg);
	cr_assert_eq(x.n, 1);
	cr_assert_str_eq(x.v[0], "ex_q", "a's queue is b's now");
	cr_assert_eq(st->be->exec_get(st, "ex_r", &r, &found, &err), 0);
	cr_assert_eq(r.status, EXEC_INTERRUPTED);
	cr_assert_str_eq(r.finished_at, "2026-01-02T00:00:00.000Z");
	exec_row_free(&r);
	cr_assert_eq(st->be->sandbox_get(st, "sb_a", &sb, &found, &err), 0);
	cr_assert_str_eq(sb.reason, "node_lost");
	sandbox_row_free(&sb);
	cr_assert_eq(st->be->sandbox_get(st, "sb_b", &sb, &found, &err), 0);
	cr_assert_str_eq(sb.state, "terminated", "a paused one ends with its node too");
	cr_assert_str_eq(sb.reason, "node_lost");
	sandbox_row_free(&sb);
	x.n = 0;
	cr_assert_eq(other->be->node_takeover(other, 60, "x", collect, &x, &err), 0, "once");
	cr_assert_eq(x.n, 0);

	/* a was not dead after all: it starts none of what b adopted */
	cr_assert_eq(st->be->exec_set_running(st, "ex_q", &err), 0);
	cr_assert_eq(other->be->exec_set_running(other, "ex_q", &err), 1);
	cr_assert_eq(st->be->node_heartbeat(st, &err), 0, "it comes back: %s", err.msg);
	store_close(other);
}

static void collect_cancel(void *ctx, const char *id)
{
	struct ids *x = ctx;
	snprintf(x->v[x->n++], STORE_ID_MAX, "%s", id);
}

/* The shared queue: a node claims the oldest queued execution of another
 * node, each once; not a pinned one, nor one whose stored code is
 * redacted, nor its own (its workers start those); a late result of a run
 * that is no longer the node's is dropped; a cancel asked for anywhere is
 * seen by the node that runs it. */
PG_TEST(the_shared_queue_claims_each_execution_once)
{
	struct store *other;
	struct exec_row r;
	struct ids x = {.n = 0};
	bool found;
	int64_t key;
	err_t err;

	if (pg_cluster_missing())
		cr_skip_test("%s", pg_cluster_missing());
	err_clear(&err);
	cr_assert_eq(store_open(spec, &other, &err), 0, "%s", err.msg);
	store_set_node(st, "a");
	store_set_node(other, "b");
	add_key("k", "", &key);
	add_exec("ex_1", key, EXEC_QUEUED, "2026-01-01T00:00:00.000Z", NULL);
	add_exec("ex_red", key, EXEC_QUEUED, "2026-01-01T00:00:01.000Z",
		 "{\"redactions\":[{\"stream\":\"code\",\"kind\":\"aws_key\"}]}");
	add_exec("ex_pin", key, EXEC_QUEUED, "2026-01-01T00:00:02.000Z", NULL);
	raw_exec("UPDATE executions SET pinned = true WHERE id = 'ex_pin'");
	add_exec("ex_2", key, EXEC_QUEUED, "2026-01-01T00:00:03.000Z", NULL);

	cr_assert_eq(st->be->exec_claim(st, &r, &err), 0, "a's own are its workers': %s", err.msg);
	cr_assert_eq(other->be->exec_claim(other, &r, &err), 1, "%s", err.msg);
	cr_assert_str_eq(r.id, "ex_1", "the oldest");
	cr_assert_eq(r.status, EXEC_RUNNING);
	cr_assert_str_eq(r.node, "b");
	cr_assert(r.request_json != NULL, "with its request");
	exec_row_free(&r);
	cr_assert_eq(st->be->exec_set_running(st, "ex_1", &err), 0, "started once");
	cr_assert_eq(other->be->exec_claim(other, &r, &err), 1, "%s", err.msg);
	cr_assert_str_eq(r.id, "ex_2", "past the redacted and the pinned one");
	exec_row_free(&r);
	cr_assert_eq(other->be->exec_claim(other, &r, &err), 0, "none left");
	cr_assert_eq(st->be->exec_set_running(st, "ex_pin", &err), 1, "a runs its pinned one");

	/* a's late result for ex_1 (b's now) is dropped; b's is kept */
	memset(&r, 0, sizeof(r));
	snprintf(r.id, sizeof(r.id), "ex_1");
	r.status = EXEC_RUNTIME_ERROR;
	store_now(r.finished_at);
	struct exec_row stored;
	cr_assert_eq(st->be->exec_finish(st, &r, &stored, &err), 0, "%s", err.msg);
	cr_assert_eq(stored.seq, 0, "not stored, so not told");
	r.status = EXEC_OK;
	cr_assert_eq(other->be->exec_finish(other, &r, &stored, &err), 0, "%s", err.msg);
	cr_assert(stored.seq > 0 && stored.status == EXEC_OK);
	cr_assert_str_eq(stored.node, "b");
	exec_row_free(&stored);
	r.status = EXEC_RUNTIME_ERROR;
	cr_assert_eq(other->be->exec_finish(other, &r, &stored, &err), 0, "%s", err.msg);
	cr_assert_eq(stored.seq, 0, "ended already");
	cr_assert_eq(st->be->exec_get(st, "ex_1", &r, &found, &err), 0);
	cr_assert_eq(r.status, EXEC_OK, "written once, by the node that ran it");
	exec_row_free(&r);

	/* a cancel asked for on b reaches a, which runs ex_pin */
	cr_assert_eq(other->be->exec_cancel_request(other, "ex_red", &err), 0, "not running");
	cr_assert_eq(other->be->exec_cancel_request(other, "ex_pin", &err), 1, "%s", err.msg);
	cr_assert_eq(other->be->exec_cancels(other, collect_cancel, &x, &err), 0);
	cr_assert_eq(x.n, 0, "b runs none");
	cr_assert_eq(st->be->exec_cancels(st, collect_cancel, &x, &err), 0, "%s", err.msg);
	cr_assert_eq(x.n, 1);
	cr_assert_str_eq(x.v[0], "ex_pin");
	store_close(other);
}

Test(store_sqlite, has_no_shared_queue, .init = setup_sqlite, .fini = teardown)
{
	cr_assert_null(st->be->exec_claim);
	cr_assert_null(st->be->exec_cancel_request);
	cr_assert_null(st->be->exec_cancels);
}
