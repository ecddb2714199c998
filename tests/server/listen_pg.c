/* The shared queue's wake-ups (docs/store.md, "Polling, then
 * LISTEN/NOTIFY"): a node that lost its listening connection still claims
 * what a busy node queued, by polling, and listens again by itself. */
#include <criterion/criterion.h>
#include <libpq-fe.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "lib/harness.h"
#include "lib/pg_cluster.h"
#include "server/client.h"

static struct srv A, B;

static void teardown(void)
{
	srv_cleanup(&A);
	srv_cleanup(&B);
}

TestSuite(listen_pg, .fini = teardown, .timeout = 150);

/* The execution's row once it ended (up to seconds), into g. */
static bool ended(struct srv *s, const char *id, double seconds, struct reply *g)
{
	char path[128];

	snprintf(path, sizeof(path), "/v1/executions/%s", id);
	for (int i = 0; i < (int)(seconds * test_slowness() * 10); i++) {
		http(s, "GET", path, A.user, NULL, NULL, g);
		const char *st = g->json ? jstr(g->json, "status") : "";
		if (strcmp(st, "queued") != 0 && strcmp(st, "running") != 0)
			return true;
		reply_free(g);
		usleep(100000);
	}
	return false;
}

static bool log_says(struct srv *s, const char *event, double seconds)
{
	for (int i = 0; i < (int)(seconds * test_slowness() * 10); i++) {
		if (srv_log_contains(s, event))
			return true;
		usleep(100000);
	}
	return false;
}

static const char *db_name(void)
{
	static char name[64];
	const char *p = strstr(A.store, "@/"), *q = p ? strchr(p, '?') : NULL;

	cr_assert(p && q);
	snprintf(name, sizeof(name), "%.*s", (int)(q - p - 2), p + 2);
	return name;
}

/* SQL on the cluster's postgres database; the rows it returned. */
static int admin_sql(const char *sql, int rows)
{
	char url[600];

	pg_cluster_url("postgres", url, sizeof(url));
	PGconn *c = PQconnectdb(url);
	PGresult *res = PQexec(c, sql);
	cr_assert(PQresultStatus(res) == (rows ? PGRES_TUPLES_OK : PGRES_COMMAND_OK), "%s: %s", sql,
		  PQerrorMessage(c));
	int n = PQntuples(res);
	PQclear(res);
	PQfinish(c);
	return n;
}

/* An execution queued on busy that idle runs: its output and node. */
static void runs_elsewhere(struct srv *busy, struct srv *idle, const char *word)
{
	char code[64], out[80];
	struct reply r, g;

	snprintf(code, sizeof(code), "echo %s", word);
	submit(busy, A.user, "bash", code, "{\"wait\":false}", &r);
	cr_assert_eq(r.status, 202, "%s", r.body);
	cr_assert(ended(idle, jstr(r.json, "id"), 30, &g), "%s never ran", word);
	snprintf(out, sizeof(out), "%s\n", word);
	cr_assert_str_eq(jstr(g.json, "status"), "ok", "%s", g.body);
	cr_assert_str_eq(jstr(g.json, "stdout"), out, "%s", g.body);
	cr_assert_str_eq(jstr(g.json, "node"), idle->node, "%s", g.body);
	reply_free(&g);
	reply_free(&r);
}

Test(listen_pg, a_node_without_its_listening_connection_claims_by_polling_and_listens_again)
{
	struct reply slow, g;
	char path[128];

	if (pg_cluster_missing())
		cr_skip_test("%s", pg_cluster_missing());
	pg_test_database(A.store, sizeof(A.store));
	snprintf(A.node, sizeof(A.node), "node-a");
	srv_start(&A, "workers: 1\n", NULL);
	srv_start_node(&B, &A, "node-b");
	/* one node's only worker busy: whichever took it */
	submit(&A, A.user, "bash", "sleep 60 # airlock-listen-pg-marker", "{\"wait\":false}",
	       &slow);
	cr_assert_eq(slow.status, 202, "%s", slow.body);
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(slow.json, "id"));
	bool running = false;
	for (int i = 0; i < 200 && !running; i++) {
		http(&A, "GET", path, A.user, NULL, NULL, &g);
		running = strcmp(jstr(g.json, "status"), "running") == 0;
		if (!running)
			reply_free(&g);
		usleep(50000);
	}
	cr_assert(running);
	bool on_a = strcmp(jstr(g.json, "node"), "node-a") == 0;
	reply_free(&g);
	struct srv *busy = on_a ? &A : &B, *idle = on_a ? &B : &A;

	runs_elsewhere(busy, idle, "heard");
	/* the listening connections cut, and no new connection let in (the
	 * nodes' own stay): they cannot listen again meanwhile */
	char sql[300];
	snprintf(sql, sizeof(sql), "ALTER DATABASE %s ALLOW_CONNECTIONS false", db_name());
	admin_sql(sql, 0);
	snprintf(sql, sizeof(sql),
		 "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
		 " WHERE datname = '%s' AND query LIKE 'LISTEN airlock_queue%%'",
		 db_name());
	cr_assert_eq(admin_sql(sql, 1), 2, "one a node");
	cr_assert(log_says(idle, "queue_polling", 20), "the idle node says it polls");
	runs_elsewhere(busy, idle, "polled");
	snprintf(sql, sizeof(sql), "ALTER DATABASE %s ALLOW_CONNECTIONS true", db_name());
	admin_sql(sql, 0);
	cr_assert(log_says(idle, "queue_listening", 20), "and that it listens again");
	runs_elsewhere(busy, idle, "again");

	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(slow.json, "id"));
	http(busy, "DELETE", path, A.user, NULL, NULL, &g);
	reply_free(&g);
	reply_free(&slow);
	srv_stop(&A);
	srv_stop(&B);
	for (int i = 0; i < 40 && count_host_processes("airlock-listen-pg-marker") > 0; i++)
		usleep(100000);
	cr_assert_eq(count_host_processes("airlock-listen-pg-marker"), 0);
}
