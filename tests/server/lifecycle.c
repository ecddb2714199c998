/* Restarts, shutdown and the audit chain on disk. */
#include <criterion/criterion.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/harness.h"
#include "lib/pg_cluster.h"
#include "server/client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(lifecycle, .fini = teardown, .timeout = 150);

Test(lifecycle, kill9_mid_run_then_restart_marks_interrupted)
{
	struct reply r, g;
	char path[128], *out;

	srv_start(&S, NULL, NULL);
	submit(&S, S.user, "bash", "sleep 30 # airlock-serve-kill9-marker", "{\"wait\":false}", &r);
	cr_assert_eq(r.status, 202);
	cr_assert(wait_status(&S, S.user, jstr(r.json, "id"), "running"));
	srv_kill9(&S);
	srv_restart(&S);
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(r.json, "id"));
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 200);
	cr_assert_str_eq(jstr(g.json, "status"), "interrupted", "%s", g.body);
	cr_assert(strlen(jstr(g.json, "finished_at")) > 0);
	reply_free(&g);
	reply_free(&r);
	for (int i = 0; i < 40 && count_host_processes("airlock-serve-kill9-marker") > 0; i++)
		usleep(100000);
	cr_assert_eq(count_host_processes("airlock-serve-kill9-marker"), 0,
		     "the sandboxed program died with its server");
	cr_assert_eq(audit_verify_cmd(&S, &out), 0, "%s", out);
	free(out);
}

Test(lifecycle, sigterm_waits_the_grace_period_then_interrupts)
{
	struct reply r, g;
	char path[128];

	srv_start(&S, "grace_period_s: 1\n", NULL);
	submit(&S, S.user, "bash", "sleep 30", "{\"wait\":false}", &r);
	cr_assert(wait_status(&S, S.user, jstr(r.json, "id"), "running"));
	double took = srv_stop(&S);
	cr_assert(took >= 0.9 && took < 8, "stopped in %.2f s", took);
	srv_restart(&S);
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(r.json, "id"));
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_str_eq(jstr(g.json, "status"), "interrupted", "%s", g.body);
	reply_free(&g);
	reply_free(&r);
}

/* SQL beside the server, on SQLite or PostgreSQL (the same text). */
static void sql(struct srv *s, const char *stmt)
{
	char path[300];
	sqlite3 *db;
	if (s->store[0]) {
		PGconn *c = PQconnectdb(s->store);
		PGresult *res = PQexec(c, stmt);
		cr_assert(PQresultStatus(res) == PGRES_COMMAND_OK ||
			      PQresultStatus(res) == PGRES_TUPLES_OK,
			  "%s: %s", stmt, PQerrorMessage(c));
		PQclear(res);
		PQfinish(c);
		return;
	}
	snprintf(path, sizeof(path), "%s/airlock.db", s->dir);
	cr_assert_eq(sqlite3_open(path, &db), SQLITE_OK);
	char *msg = NULL;
	cr_assert_eq(sqlite3_exec(db, stmt, NULL, NULL, &msg), SQLITE_OK, "%s: %s", stmt, msg);
	sqlite3_close(db);
}

static void broken(struct srv *s, const char *why_part, const char *seq)
{
	char *out;
	cr_assert_eq(audit_verify_cmd(s, &out), 1, "verify must fail: %s", out);
	cr_assert(strstr(out, seq) && strstr(out, why_part), "%s", out);
	free(out);
}

#define AUDIT_COLS "seq, time, prev_hash, event, key_id, code_hash, summary, hash, node"

/* What audit verify finds in a chain of 6 links, whichever the store. */
static void tamper_and_verify(void)
{
	struct reply r;
	char *out;

	srv_start(&S, NULL, NULL);
	for (int i = 0; i < 3; i++) {
		submit(&S, S.user, "bash", "echo hi", NULL, &r);
		cr_assert_eq(r.status, 201);
		reply_free(&r);
	}
	srv_stop(&S);
	/* 3 keys + 3 executions */
	cr_assert_eq(audit_verify_cmd(&S, &out), 0, "%s", out);
	cr_assert(strstr(out, "6 links"), "%s", out);
	free(out);

	sql(&S, "CREATE TABLE saved AS SELECT * FROM audit");
	sql(&S,
	    "UPDATE audit SET summary = replace(summary, 'status=ok', 'status=ol') WHERE seq = 5");
	broken(&S, "changed", "seq 5");
	sql(&S, "DELETE FROM audit; INSERT INTO audit SELECT * FROM saved");
	cr_assert_eq(audit_verify_cmd(&S, &out), 0, "restored: %s", out);
	free(out);

	sql(&S, "DELETE FROM audit WHERE seq = 3");
	broken(&S, "deleted", "seq 3");
	sql(&S, "DELETE FROM audit; INSERT INTO audit SELECT * FROM saved");

	sql(&S, "DELETE FROM audit WHERE seq = 6");
	broken(&S, "end", "seq 6");
	sql(&S, "DELETE FROM audit; INSERT INTO audit SELECT * FROM saved");

	/* swap two rows: link 4 takes link 5's place and the other way round */
	sql(&S, "DELETE FROM audit WHERE seq IN (4, 5);"
		" INSERT INTO audit (" AUDIT_COLS ") SELECT 4, time, prev_hash, event, key_id,"
		" code_hash, summary, hash, node FROM saved WHERE seq = 5;"
		" INSERT INTO audit (" AUDIT_COLS ") SELECT 5, time, prev_hash, event, key_id,"
		" code_hash, summary, hash, node FROM saved WHERE seq = 4");
	broken(&S, "moved", "seq 4");
	sql(&S, "DELETE FROM audit; INSERT INTO audit SELECT * FROM saved");

	/* an inserted row: a copy of link 4 put in before the real one */
	sql(&S,
	    "DELETE FROM audit WHERE seq >= 4;"
	    " INSERT INTO audit SELECT * FROM saved WHERE seq = 4;"
	    " INSERT INTO audit (" AUDIT_COLS ") SELECT seq + 1, time, prev_hash, event, key_id,"
	    " code_hash, summary, hash, node FROM saved WHERE seq >= 4");
	broken(&S, "", "seq 5");

	sql(&S, "DELETE FROM audit; INSERT INTO audit SELECT * FROM saved; DROP TABLE saved");
	cr_assert_eq(audit_verify_cmd(&S, &out), 0, "%s", out);
	free(out);

	const char *argv[] = {airlock_bin(), "audit", "export",
			      "--data-dir",  S.dir,   S.store[0] ? "--store" : NULL,
			      S.store,	     NULL};
	struct proc_out o;
	cr_assert_eq(run_cmd(argv, NULL, 20, &o), 0, "%s", o.err);
	int lines = 0;
	for (char *p = o.out; *p; p++)
		lines += *p == '\n';
	cr_assert_eq(lines, 7, "6 links and the signed head: %s", o.out);
	cr_assert(strstr(o.out, "\"public_key\""));
	if (S.node[0])
		cr_assert(strstr(o.out, "\"node\":\"node-1\""), "links name the node: %s", o.out);
	proc_out_free(&o);
}

Test(lifecycle, audit_verify_finds_changed_deleted_inserted_and_swapped_rows)
{
	tamper_and_verify();
}

/* The same chain in PostgreSQL (`serve --store`, `keys` and `audit` with
 * --store): the same tampering is found. */
Test(lifecycle, audit_verify_on_postgres_finds_the_same_tampering)
{
	if (pg_cluster_missing())
		cr_skip_test("%s", pg_cluster_missing());
	pg_test_database(S.store, sizeof(S.store));
	snprintf(S.node, sizeof(S.node), "node-1");
	tamper_and_verify();
	cr_assert(!srv_db_contains(&S, "status=ok"), "nothing went to a SQLite file");
}

Test(lifecycle, retention_prunes_old_executions_and_keeps_the_chain)
{
	struct reply r, g;
	char path[128], old_id[40], *out;

	srv_start(&S, "retention_days: 1\n", NULL);
	submit(&S, S.user, "bash", "echo old", NULL, &r);
	cr_assert_eq(r.status, 201);
	strcpy(old_id, jstr(r.json, "id"));
	reply_free(&r);
	submit(&S, S.user, "bash", "echo new", NULL, &r);
	cr_assert_eq(r.status, 201);
	srv_stop(&S);
	char stmt[200];
	snprintf(stmt, sizeof(stmt),
		 "UPDATE executions SET created_at = '2000-01-01T00:00:00.000Z',"
		 " finished_at = '2000-01-01T00:00:01.000Z' WHERE id = '%s'",
		 old_id);
	sql(&S, stmt);
	srv_restart(&S);
	snprintf(path, sizeof(path), "/v1/executions/%s", old_id);
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 404, "pruned at start: %s", g.body);
	reply_free(&g);
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(r.json, "id"));
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 200, "the recent one stays");
	reply_free(&g);
	reply_free(&r);
	srv_stop(&S);
	cr_assert_eq(audit_verify_cmd(&S, &out), 0, "the chain survives pruning: %s", out);
	free(out);
}

Test(lifecycle, locked_database_answers_503_and_recovers)
{
	struct reply r;
	char path[300];
	sqlite3 *db;

	srv_start(&S, NULL, NULL);
	snprintf(path, sizeof(path), "%s/airlock.db", S.dir);
	cr_assert_eq(sqlite3_open(path, &db), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(db, "BEGIN EXCLUSIVE", NULL, NULL, NULL), SQLITE_OK);
	submit(&S, S.user, "bash", "true", NULL, &r);
	cr_assert_eq(r.status, 503, "%ld %s", r.status, r.body);
	cr_assert_str_eq(jstr(json_object_get(r.json, "error"), "code"), "storage_error");
	cr_assert(strstr(r.body, "locked"), "%s", r.body);
	cr_assert(atoi(r.retry_after) >= 1);
	reply_free(&r);
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(db);
	submit(&S, S.user, "bash", "true", NULL, &r);
	cr_assert_eq(r.status, 201, "works again once the lock is gone: %s", r.body);
	reply_free(&r);
}

Test(lifecycle, queued_executions_run_after_a_crash)
{
	struct reply a, b, g;
	char path[128];

	srv_start(&S, "workers: 1\nqueue_size: 4\n", NULL);
	submit(&S, S.user, "bash", "sleep 30", "{\"wait\":false}", &a);
	cr_assert(wait_status(&S, S.user, jstr(a.json, "id"), "running"));
	submit(&S, S.user, "bash", "read x; echo \"requeued $x\"",
	       "{\"wait\":false,\"stdin\":\"ok\"}", &b);
	cr_assert_eq(b.status, 202);
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(b.json, "id"));
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_str_eq(jstr(g.json, "status"), "queued");
	reply_free(&g);
	srv_kill9(&S);
	srv_restart(&S);
	cr_assert(wait_status(&S, S.user, jstr(b.json, "id"), "ok"), "the queued one ran");
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_str_eq(jstr(g.json, "stdout"), "requeued ok\n", "%s", g.body);
	reply_free(&g);
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(a.json, "id"));
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_str_eq(jstr(g.json, "status"), "interrupted");
	reply_free(&g);
	reply_free(&a);
	reply_free(&b);
}
