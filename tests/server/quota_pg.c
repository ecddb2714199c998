/* Exact quotas across nodes (docs/store.md, "Exact quotas"): two airlock
 * serve nodes on one PostgreSQL give a key exactly its per-minute and
 * concurrency quota, refuse the one past it as one node does, and a run
 * that ends on any node, or dies with its node, frees its slot. */
#include <criterion/criterion.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/harness.h"
#include "lib/pg_cluster.h"
#include "server/client.h"

static struct srv A, B, One;

static void teardown(void)
{
	srv_cleanup(&A);
	srv_cleanup(&B);
	srv_cleanup(&One);
}

TestSuite(quota_pg, .fini = teardown, .timeout = 150);

static void start_pair(const char *config, const char *quota)
{
	if (pg_cluster_missing())
		cr_skip_test("%s", pg_cluster_missing());
	pg_test_database(A.store, sizeof(A.store));
	snprintf(A.node, sizeof(A.node), "node-a");
	srv_start(&A, config, quota);
	srv_start_node(&B, &A, "node-b");
}

static const char *ids[8];

/* On a failure: where each run is. */
static void dump(void)
{
	for (int i = 0; i < 8 && ids[i]; i++) {
		char path[128];
		struct reply g;
		snprintf(path, sizeof(path), "/v1/executions/%s", ids[i]);
		http(&A, "GET", path, A.user, NULL, NULL, &g);
		fprintf(stderr, "run %d: %s %s %s\n", i, ids[i],
			g.json ? jstr(g.json, "status") : "?", g.json ? jstr(g.json, "node") : "?");
		reply_free(&g);
	}
}

/* A refusal: 429, the code, and its body into body (to compare). */
static void expect_refused(struct srv *s, const char *key, const char *code, const char *what,
			   char *body, size_t size)
{
	struct reply r;
	submit(s, key, "bash", "true", "{\"wait\":false}", &r);
	if (r.status != 429)
		dump();
	cr_assert_eq(r.status, 429, "%s: %s", what, r.body);
	cr_assert(strstr(r.body, code), "%s: %s", what, r.body);
	cr_assert(r.retry_after[0], "%s: Retry-After", what);
	snprintf(body, size, "%s", r.body);
	reply_free(&r);
}

Test(quota_pg, a_per_minute_quota_is_exact_across_nodes)
{
	char on_a[300] = "", on_b[300] = "", alone[300] = "";
	int accepted = 0;

	/* a token every 30 s: none comes back during the test */
	start_pair(NULL, "per-minute=2");
	for (int i = 0; i < 6; i++) {
		struct reply r;
		submit(i % 2 ? &B : &A, A.user, "bash", "true", "{\"wait\":false}", &r);
		if (r.status == 202)
			accepted++;
		else
			cr_assert(r.status == 429 && strstr(r.body, "rate_limited"), "%ld: %s",
				  r.status, r.body);
		reply_free(&r);
	}
	cr_expect_eq(accepted, 2, "two a minute in all, whichever node took them");
	expect_refused(&A, A.user, "rate_limited", "a", on_a, sizeof(on_a));
	expect_refused(&B, A.user, "rate_limited", "b", on_b, sizeof(on_b));
	/* one node alone (SQLite) refuses the third the same way */
	srv_start(&One, NULL, "per-minute=2");
	for (int i = 0; i < 2; i++) {
		struct reply r;
		submit(&One, One.user, "bash", "true", "{\"wait\":false}", &r);
		cr_assert_eq(r.status, 202, "%s", r.body);
		reply_free(&r);
	}
	expect_refused(&One, One.user, "rate_limited", "one node", alone, sizeof(alone));
	cr_expect_str_eq(on_a, alone);
	cr_expect_str_eq(on_b, alone);
}

static void slow(struct srv *s, struct reply *r)
{
	submit(s, A.user, "bash", "sleep 60 # airlock-quota-pg-marker", "{\"wait\":false}", r);
	cr_assert_eq(r->status, 202, "%s", r->body);
	for (int i = 0; i < 7; i++)
		if (ids[i] == NULL) {
			ids[i] = jstr(r->json, "id");
			break;
		}
}

/* Long runs held on both nodes: the key's concurrency is exact across
 * them; a run cancelled on the other node, or lost with its node, frees
 * its slot. */
Test(quota_pg, concurrency_is_exact_across_nodes_and_freed_by_any_node)
{
	struct reply run[6], c;
	char on_a[300] = "", on_b[300] = "", alone[300] = "", path[128];

	start_pair("workers: 2\nnode_lease_s: 2\n", "concurrent=3");
	slow(&A, &run[0]);
	slow(&B, &run[1]);
	slow(&A, &run[2]);
	for (int i = 0; i < 3; i++)
		cr_assert(wait_status_for(&A, A.user, jstr(run[i].json, "id"), "running", 20),
			  "run %d", i);
	expect_refused(&A, A.user, "too_many_concurrent", "a", on_a, sizeof(on_a));
	expect_refused(&B, A.user, "too_many_concurrent", "b", on_b, sizeof(on_b));

	/* the same refusal as one node alone (SQLite) gives */
	srv_start(&One, "workers: 1\n", "concurrent=1");
	struct reply one;
	submit(&One, One.user, "bash", "sleep 60 # airlock-quota-pg-marker", "{\"wait\":false}",
	       &one);
	cr_assert_eq(one.status, 202, "%s", one.body);
	reply_free(&one);
	expect_refused(&One, One.user, "too_many_concurrent", "one node", alone, sizeof(alone));
	srv_stop(&One);
	cr_assert(strstr(alone, "1 executions of this key"), "%s", alone);
	/* the same body but for the number */
	char *n = strstr(alone, "1 executions");
	cr_assert(n);
	*n = '3';
	cr_expect_str_eq(on_a, alone);
	cr_expect_str_eq(on_b, alone);

	/* a's first run cancelled through b: its slot is free on both */
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(run[0].json, "id"));
	http(&B, "DELETE", path, A.user, NULL, NULL, &c);
	cr_assert_eq(c.status, 200, "%s", c.body);
	cr_assert_str_eq(jstr(c.json, "status"), "cancelled", "%s", c.body);
	reply_free(&c);
	slow(&B, &run[3]);
	cr_assert(wait_status_for(&B, A.user, jstr(run[3].json, "id"), "running", 20));
	expect_refused(&A, A.user, "too_many_concurrent", "full again", on_a, sizeof(on_a));

	/* b dies with the runs it runs: once a takes it over they are
	 * interrupted and free their slots, no more. Which node runs which
	 * is the shared queue's choice (an idle worker of either node claims
	 * a queued execution, docs/store.md): read from each run's node;
	 * with two workers a node, b runs one of the three at least. */
	bool runs_on_b[6] = {false};
	int nb = 0;
	for (int i = 1; i <= 3; i++) {
		struct reply g;
		snprintf(path, sizeof(path), "/v1/executions/%s", jstr(run[i].json, "id"));
		http(&A, "GET", path, A.user, NULL, NULL, &g);
		cr_assert_eq(g.status, 200, "%s", g.body);
		runs_on_b[i] = strcmp(jstr(g.json, "node"), "node-b") == 0;
		nb += runs_on_b[i];
		reply_free(&g);
	}
	cr_assert(nb >= 1 && nb <= 2, "%d of the three running runs on node-b", nb);
	srv_kill9(&B);
	for (int i = 1; i <= 3; i++)
		if (runs_on_b[i] &&
		    !wait_status_for(&A, A.user, jstr(run[i].json, "id"), "interrupted", 30)) {
			snprintf(path, sizeof(path), "cat %s/serve.log >&2", A.dir);
			if (system(path) != 0)
				fprintf(stderr, "no log\n");
			dump();
			cr_assert_fail("run %d (on node-b) not interrupted", i);
		}
	for (int i = 0; i < nb; i++)
		slow(&A, &run[4 + i]);
	expect_refused(&A, A.user, "too_many_concurrent", "after the takeover", on_a, sizeof(on_a));
	for (int i = 0; i < 4 + nb; i++)
		reply_free(&run[i]);
	srv_stop(&A);
	for (int i = 0; i < 40 && count_host_processes("airlock-quota-pg-marker") > 0; i++)
		usleep(100000);
	cr_assert_eq(count_host_processes("airlock-quota-pg-marker"), 0);
}
