/* airlock serve on PostgreSQL: two nodes sharing one store, and a store
 * that goes away and comes back (docs/store.md). */
#include <criterion/criterion.h>
#include <libpq-fe.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
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

TestSuite(store_pg, .fini = teardown, .timeout = 150);

static void start_first(const char *config)
{
	if (pg_cluster_missing())
		cr_skip_test("%s", pg_cluster_missing());
	pg_test_database(A.store, sizeof(A.store));
	snprintf(A.node, sizeof(A.node), "node-a");
	srv_start(&A, config, NULL);
}

/* Admin SQL on the cluster (not through the store's database). */
static void admin_sql(const char *stmt)
{
	char url[600];
	pg_cluster_url("postgres", url, sizeof(url));
	PGconn *c = PQconnectdb(url);
	PGresult *res = PQexec(c, stmt);
	cr_assert(PQresultStatus(res) == PGRES_COMMAND_OK || PQresultStatus(res) == PGRES_TUPLES_OK,
		  "%s: %s", stmt, PQerrorMessage(c));
	PQclear(res);
	PQfinish(c);
}

static const char *db_name(void)
{
	static char name[64];
	const char *p = strstr(A.store, "@/"), *q = p ? strchr(p, '?') : NULL;
	cr_assert(p && q);
	snprintf(name, sizeof(name), "%.*s", (int)(q - p - 2), p + 2);
	return name;
}

Test(store_pg, two_nodes_share_keys_executions_and_one_audit_chain)
{
	struct reply r, g;
	char ids[4][40], ran[4][16], path[128], *out;

	start_first(NULL);
	srv_start_node(&B, &A, "node-b");
	/* An idle worker of either node may claim what the other accepted
	 * (docs/store.md, "The shared queue"): each ran on one of the two,
	 * as its row says. */
	for (int i = 0; i < 4; i++) {
		submit(i % 2 ? &B : &A, A.user, "bash", "echo hi", NULL, &r);
		cr_assert_eq(r.status, 201, "%s", r.body);
		cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
		const char *node = jstr(r.json, "node");
		cr_assert(strcmp(node, "node-a") == 0 || strcmp(node, "node-b") == 0, "%s", r.body);
		snprintf(ran[i], sizeof(ran[i]), "%s", node);
		snprintf(ids[i], sizeof(ids[i]), "%s", jstr(r.json, "id"));
		reply_free(&r);
	}
	/* each node answers for the other's */
	for (int i = 0; i < 4; i++) {
		snprintf(path, sizeof(path), "/v1/executions/%s", ids[i]);
		http(i % 2 ? &A : &B, "GET", path, A.user, NULL, NULL, &g);
		cr_assert_eq(g.status, 200, "%s", g.body);
		cr_assert_str_eq(jstr(g.json, "status"), "ok", "%s", g.body);
		reply_free(&g);
	}
	srv_stop(&A);
	srv_stop(&B);
	/* 3 keys + 4 executions, in one chain */
	cr_assert_eq(audit_verify_cmd(&A, &out), 0, "%s", out);
	cr_assert(strstr(out, "7 links"), "%s", out);
	free(out);
	const char *argv[] = {airlock_bin(), "audit",	"export", "--data-dir",
			      B.dir,	     "--store", B.store,  NULL};
	struct proc_out o;
	cr_assert_eq(run_cmd(argv, NULL, 20, &o), 0, "%s", o.err);
	/* the chain names the node that ran each execution */
	for (int i = 0; i < 4; i++) {
		char want[64];
		snprintf(want, sizeof(want), "\"node\":\"%s\"", ran[i]);
		cr_assert(strstr(o.out, want), "%s ran %s: %s", ran[i], ids[i], o.out);
	}
	proc_out_free(&o);
}

/* A key's executions a day are counted in the shared store: the quota holds
 * across nodes (per-minute and concurrency: quota_pg.c). */
Test(store_pg, a_daily_quota_holds_across_nodes)
{
	struct reply r;
	int ok = 0, refused = 0;

	if (pg_cluster_missing())
		cr_skip_test("%s", pg_cluster_missing());
	pg_test_database(A.store, sizeof(A.store));
	snprintf(A.node, sizeof(A.node), "node-a");
	srv_start(&A, NULL, "per-day=4");
	srv_start_node(&B, &A, "node-b");
	for (int i = 0; i < 7; i++) {
		submit(i % 2 ? &B : &A, A.user, "bash", "true", NULL, &r);
		if (r.status == 201)
			ok++;
		else if (r.status == 429 && strstr(r.body, "daily quota"))
			refused++;
		else
			cr_assert_fail("unexpected answer %ld: %s", r.status, r.body);
		reply_free(&r);
	}
	cr_expect_eq(ok, 4, "four in all, whichever node took them");
	cr_expect_eq(refused, 3);
}

/* The store away: requests that need it get 503 with Retry-After, the node
 * stays up and recovers by itself when the store is back. (Away = this
 * database refuses connections and its sessions are ended: what a
 * restart looks like to the node, without stopping the cluster other tests
 * share.) */
Test(store_pg, the_store_away_is_503_with_retry_after_then_recovers)
{
	struct reply r;
	char stmt[300];
	char *out;

	start_first(NULL);
	submit(&A, A.user, "bash", "echo before", NULL, &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	reply_free(&r);

	snprintf(stmt, sizeof(stmt), "ALTER DATABASE %s ALLOW_CONNECTIONS false", db_name());
	admin_sql(stmt);
	snprintf(stmt, sizeof(stmt),
		 "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%s'",
		 db_name());
	admin_sql(stmt);
	for (int i = 0; i < 2; i++) {
		submit(&A, A.user, "bash", "echo away", NULL, &r);
		cr_assert_eq(r.status, 503, "%s", r.body);
		cr_assert(strstr(r.body, "storage_error"), "the store's answer: %s", r.body);
		cr_assert(r.retry_after[0], "Retry-After");
		reply_free(&r);
	}
	snprintf(stmt, sizeof(stmt), "ALTER DATABASE %s ALLOW_CONNECTIONS true", db_name());
	admin_sql(stmt);
	submit(&A, A.user, "bash", "echo after", NULL, &r);
	cr_assert_eq(r.status, 201, "recovered by itself: %s", r.body);
	cr_assert_str_eq(jstr(r.json, "stdout"), "after\n", "%s", r.body);
	reply_free(&r);
	srv_stop(&A);
	cr_assert_eq(audit_verify_cmd(&A, &out), 0, "%s", out);
	free(out);
}

/* A node killed (kill -9): another node marks what it was running
 * interrupted and runs what it had queued, each once. */
Test(store_pg, a_killed_node_is_taken_over_by_another)
{
	struct reply run, queued;
	char *out;

	start_first("workers: 1\nnode_lease_s: 2\n");
	submit(&A, A.user, "bash", "sleep 60 # airlock-pg-takeover-marker", "{\"wait\":false}",
	       &run);
	cr_assert_eq(run.status, 202, "%s", run.body);
	cr_assert(wait_status_for(&A, A.user, jstr(run.json, "id"), "running", 10));
	/* B only now: an idle worker of B would claim A's run from the
	 * shared queue (docs/store.md) before A's worker took it. What A
	 * queues next, B may claim before or after A dies: either way B
	 * runs it. */
	srv_start_node(&B, &A, "node-b");
	submit(&A, A.user, "bash", "echo adopted", "{\"wait\":false}", &queued);
	cr_assert_eq(queued.status, 202, "%s", queued.body);
	srv_kill9(&A);
	cr_assert(wait_status_for(&B, A.user, jstr(run.json, "id"), "interrupted", 30),
		  "B marks what A ran interrupted");
	cr_assert(wait_status_for(&B, A.user, jstr(queued.json, "id"), "ok", 30),
		  "B runs what A had queued");
	struct reply g;
	char path[128];
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(queued.json, "id"));
	http(&B, "GET", path, A.user, NULL, NULL, &g);
	cr_assert_str_eq(jstr(g.json, "stdout"), "adopted\n", "%s", g.body);
	cr_assert_str_eq(jstr(g.json, "node"), "node-b", "%s", g.body);
	reply_free(&g);
	reply_free(&run);
	reply_free(&queued);
	srv_stop(&B);
	cr_assert_eq(audit_verify_cmd(&B, &out), 0, "%s", out);
	free(out);
	/* the killed node's sandboxed program died with it */
	for (int i = 0; i < 40 && count_host_processes("airlock-pg-takeover-marker") > 0; i++)
		usleep(100000);
	cr_assert_eq(count_host_processes("airlock-pg-takeover-marker"), 0);
}
