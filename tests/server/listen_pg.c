/* The shared queue's wake-ups (docs/store.md, "Polling, then
 * LISTEN/NOTIFY"): a node that lost its listening connection still claims
 * what a busy node queued, by polling, and listens again by itself; a node
 * claims only when told, not after each run. */
#include <criterion/criterion.h>
#include <libpq-fe.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
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

/* The value of a counter of s's /metrics (name with its labels). */
static long long metric(struct srv *s, const char *name)
{
	struct reply m;
	long long v = -1;
	size_t len = strlen(name);

	http(s, "GET", "/metrics", s->admin, NULL, NULL, &m);
	cr_assert_eq(m.status, 200, "%s", m.body);
	for (const char *p = m.body; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (strncmp(p, name, len) == 0 && p[len] == ' ')
			v = atoll(p + len + 1);
	reply_free(&m);
	cr_assert_geq(v, 0, "no %s in /metrics", name);
	return v;
}

static double now_s(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* An idle worker claims another node's execution when one was announced,
 * again after a claim that found one, and every 2 s while it listens (the
 * safety net), never after each run of its own: that was one claim (a
 * statement that mostly found nothing) per execution on every node. Load
 * does not matter: the bound grows with the time the runs took. */
Test(listen_pg, a_node_claims_when_told_not_after_each_run)
{
	enum { RUNS = 40 };
	struct srv *nodes[2] = {&A, &B};
	struct reply r;
	char code[32], out[32];

	if (pg_cluster_missing())
		cr_skip_test("%s", pg_cluster_missing());
	pg_test_database(A.store, sizeof(A.store));
	snprintf(A.node, sizeof(A.node), "node-a");
	srv_start(&A, "workers: 2\n", NULL);
	srv_start_node(&B, &A, "node-b");
	long long before[2];
	for (int n = 0; n < 2; n++)
		before[n] = metric(nodes[n], "airlock_queue_claims_total{found=\"none\"}");
	double t0 = now_s();
	/* one at a time, to each node in turn: a worker is always free on
	 * the node that accepts, so nothing is announced */
	for (int i = 0; i < RUNS; i++) {
		snprintf(code, sizeof(code), "echo %d", i);
		submit(nodes[i % 2], A.user, "bash", code, NULL, &r);
		cr_assert_eq(r.status, 201, "%s", r.body);
		snprintf(out, sizeof(out), "%d\n", i);
		cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
		cr_assert_str_eq(jstr(r.json, "stdout"), out, "%s", r.body);
		reply_free(&r);
	}
	double took = now_s() - t0;
	for (int n = 0; n < 2; n++) {
		struct srv *s = nodes[n];
		cr_assert_eq(metric(s, "airlock_queue_announced_total"), 0, "%s", s->node);
		long long empty =
		    metric(s, "airlock_queue_claims_total{found=\"none\"}") - before[n];
		long long told = metric(s, "airlock_queue_wakeups_total") +
				 metric(s, "airlock_queue_claims_total{found=\"one\"}");
		/* polls every 2 s; one more for the start and one for the end */
		long long bound = told + (long long)(took / 2) + 2;
		cr_assert_leq(empty, bound,
			      "%s: %lld claims found nothing in %d runs over %.1f s (at most %lld)",
			      s->node, empty, RUNS, took, bound);
	}
	srv_stop(&A);
	srv_stop(&B);
}
