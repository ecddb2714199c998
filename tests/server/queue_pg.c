/* The shared queue on PostgreSQL (docs/store.md): idle nodes run what
 * busy ones accepted, a caller waiting on one node hears of a run another
 * node claimed, a cancel reaches the node that runs it, and the load and
 * faults test: three nodes, many clients, a node killed with kill -9 and
 * started again, PostgreSQL restarted, and every accepted execution ends
 * once with the right output. */
#include <criterion/criterion.h>
#include <curl/curl.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/harness.h"
#include "lib/pg_cluster.h"
#include "server/client.h"

static struct srv N[3];

static void teardown(void)
{
	for (int i = 0; i < 3; i++)
		srv_cleanup(&N[i]);
	pg_cluster_own_end();
}

static bool own; /* this test has a cluster of its own (pg_cluster_own) */

TestSuite(queue_pg, .fini = teardown, .timeout = 240);

static const char *const names[3] = {"node-a", "node-b", "node-c"};

static void start_nodes(int n, const char *config)
{
	if (pg_cluster_missing())
		cr_skip_test("%s", pg_cluster_missing());
	curl_global_init(CURL_GLOBAL_DEFAULT);
	if (own)
		own = pg_cluster_own();
	pg_test_database(N[0].store, sizeof(N[0].store));
	snprintf(N[0].node, sizeof(N[0].node), "%s", names[0]);
	srv_start(&N[0], config, NULL);
	for (int i = 1; i < n; i++)
		srv_start_node(&N[i], &N[0], names[i]);
}

static void get_exec(struct srv *s, const char *id, struct reply *g)
{
	char path[128];
	snprintf(path, sizeof(path), "/v1/executions/%s", id);
	http(s, "GET", path, N[0].user, NULL, NULL, g);
}

/* GET on s until the execution's status is `status`, up to seconds. */
static bool wait_for(struct srv *s, const char *id, const char *status, double seconds)
{
	struct reply g;
	bool ok = false;

	for (int i = 0; i < (int)(seconds * test_slowness() * 10) && !ok; i++) {
		get_exec(s, id, &g);
		ok = g.status == 200 && strcmp(jstr(g.json, "status"), status) == 0;
		reply_free(&g);
		if (!ok)
			usleep(100000);
	}
	return ok;
}

/* A node whose only worker is busy: what it accepts next is run by
 * another node, and the caller waiting on the first node gets the result
 * (wait: true); a cancel on the first node reaches the one that runs it. */
Test(queue_pg, an_idle_node_runs_what_a_busy_one_accepted_and_waits_and_cancels_reach_it)
{
	struct reply busy, r, slow, c;
	char path[128];

	start_nodes(1, "workers: 1\nnode_lease_s: 6\n");
	submit(&N[0], N[0].user, "bash", "sleep 30 # airlock-queue-pg-busy", "{\"wait\":false}",
	       &busy);
	cr_assert_eq(busy.status, 202, "%s", busy.body);
	cr_assert(wait_for(&N[0], jstr(busy.json, "id"), "running", 20));
	srv_start_node(&N[1], &N[0], names[1]); /* b: idle, a's worker busy */

	/* accepted by a, whose worker is busy: b claims it, a's caller waits */
	submit(&N[0], N[0].user, "bash", "echo claimed", NULL, &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "stdout"), "claimed\n", "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "node"), "node-b", "%s", r.body);
	reply_free(&r);

	/* a cancel asked for on a reaches b */
	submit(&N[0], N[0].user, "bash", "sleep 30 # airlock-queue-pg-slow", "{\"wait\":false}",
	       &slow);
	cr_assert_eq(slow.status, 202, "%s", slow.body);
	cr_assert(wait_for(&N[1], jstr(slow.json, "id"), "running", 20));
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(slow.json, "id"));
	http(&N[0], "DELETE", path, N[0].user, NULL, NULL, &c);
	cr_assert_eq(c.status, 200, "%s", c.body);
	cr_assert_str_eq(jstr(c.json, "status"), "cancelled", "%s", c.body);
	reply_free(&c);
	struct reply g;
	get_exec(&N[1], jstr(slow.json, "id"), &g);
	cr_assert_str_eq(jstr(g.json, "node"), "node-b", "%s", g.body);
	reply_free(&g);

	/* and a's own run is cancelled as before */
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(busy.json, "id"));
	http(&N[1], "DELETE", path, N[0].user, NULL, NULL, &c);
	cr_assert_eq(c.status, 200, "%s", c.body);
	cr_assert_str_eq(jstr(c.json, "status"), "cancelled", "%s", c.body);
	reply_free(&c);
	reply_free(&busy);
	reply_free(&slow);
	srv_stop(&N[0]);
	srv_stop(&N[1]);
	char *out;
	cr_assert_eq(audit_verify_cmd(&N[0], &out), 0, "%s", out);
	free(out);
	cr_assert_eq(count_host_processes("airlock-queue-pg-"), 0);
}

/* ---- load and faults ---- */

#define LOAD_CLIENTS 8
#define LOAD_TOTAL 300
#define MARKER "airlock-queue-pg-load"

struct load {
	pthread_mutex_t lock;
	int next;     /* the next execution to submit */
	int accepted; /* how many were accepted */
	char ids[LOAD_TOTAL][40];
	bool down[3]; /* a node being killed and started again */
	int refused;  /* 503s and refused connections, retried */
};

static struct load L;

/* Submits executions until LOAD_TOTAL were accepted; each client sends to
 * node a and b only (c is reached through the shared queue), the other when
 * one is down, and retries what is refused (503, a node away). */
static void *client(void *arg)
{
	int me = (int)(intptr_t)arg;

	for (;;) {
		pthread_mutex_lock(&L.lock);
		int k = L.next < LOAD_TOTAL ? L.next++ : -1;
		pthread_mutex_unlock(&L.lock);
		if (k < 0)
			return NULL;
		char code[100];
		snprintf(code, sizeof(code), "echo n%d # " MARKER, k);
		for (int attempt = 0;; attempt++) {
			int n = (me + k + attempt) % 2;
			pthread_mutex_lock(&L.lock);
			if (L.down[n])
				n = 1 - n;
			pthread_mutex_unlock(&L.lock);
			struct reply r;
			submit(&N[n], N[0].user, "bash", code, "{\"wait\":false}", &r);
			bool ok = r.status == 202 && jstr(r.json, "id");
			if (ok) {
				pthread_mutex_lock(&L.lock);
				snprintf(L.ids[k], sizeof(L.ids[k]), "%s", jstr(r.json, "id"));
				L.accepted++;
				pthread_mutex_unlock(&L.lock);
			} else {
				pthread_mutex_lock(&L.lock);
				L.refused++;
				pthread_mutex_unlock(&L.lock);
			}
			reply_free(&r);
			if (ok)
				break;
			usleep(50000);
		}
	}
}

static int accepted(void)
{
	pthread_mutex_lock(&L.lock);
	int n = L.accepted;
	pthread_mutex_unlock(&L.lock);
	return n;
}

static void wait_accepted(int n)
{
	while (accepted() < n)
		usleep(20000);
}

static const char *const finals[] = {
    "ok", "interrupted", "cancelled", "runtime_error", "internal_error", NULL};

Test(queue_pg, load_and_faults_every_accepted_execution_ends_once, .timeout = 300)
{
	pthread_t t[LOAD_CLIENTS];
	int by_status[8] = {0}, by_node[3] = {0};

	own = true; /* PostgreSQL is restarted: not under the other tests */
	start_nodes(3, "workers: 2\nqueue_size: 32\nnode_lease_s: 6\n");
	memset(&L, 0, sizeof(L));
	pthread_mutex_init(&L.lock, NULL);
	for (intptr_t i = 0; i < LOAD_CLIENTS; i++)
		pthread_create(&t[i], NULL, client, (void *)i);

	/* the midpoint: node b killed with kill -9, then started again */
	wait_accepted(LOAD_TOTAL / 2);
	pthread_mutex_lock(&L.lock);
	L.down[1] = true;
	pthread_mutex_unlock(&L.lock);
	srv_kill9(&N[1]);
	usleep(500000);
	srv_restart(&N[1]);
	pthread_mutex_lock(&L.lock);
	L.down[1] = false;
	pthread_mutex_unlock(&L.lock);

	/* PostgreSQL restarted under the load */
	wait_accepted(LOAD_TOTAL * 3 / 4);
	if (own)
		pg_cluster_restart();

	for (int i = 0; i < LOAD_CLIENTS; i++)
		pthread_join(t[i], NULL);
	cr_assert_eq(L.accepted, LOAD_TOTAL);

	/* every accepted execution ends; each ok one printed its own line */
	for (int k = 0; k < LOAD_TOTAL; k++) {
		struct reply g;
		const char *status = "";
		for (int tries = 0; tries < (int)(90 * test_slowness() * 10); tries++) {
			get_exec(&N[k % 3], L.ids[k], &g);
			status = g.status == 200 ? jstr(g.json, "status") : "";
			if (strcmp(status, "queued") != 0 && strcmp(status, "running") != 0 &&
			    status[0])
				break;
			reply_free(&g);
			usleep(100000);
		}
		int f = 0;
		while (finals[f] && strcmp(finals[f], status) != 0)
			f++;
		cr_assert(finals[f], "execution %d (%s) ends: %s", k, L.ids[k], g.body);
		by_status[f]++;
		if (strcmp(status, "ok") == 0) {
			char want[32];
			snprintf(want, sizeof(want), "n%d\n", k);
			cr_assert_str_eq(jstr(g.json, "stdout"), want, "%s", g.body);
		}
		for (int n = 0; n < 3; n++)
			if (strcmp(jstr(g.json, "node"), names[n]) == 0)
				by_node[n]++;
		reply_free(&g);
	}
	fprintf(stderr,
		"load: %d ok, %d interrupted, %d cancelled, %d runtime_error, %d "
		"internal_error; by node a %d, b %d, c %d; %d refused and retried\n",
		by_status[0], by_status[1], by_status[2], by_status[3], by_status[4], by_node[0],
		by_node[1], by_node[2], L.refused);
	cr_assert_eq(by_status[3] + by_status[4], 0, "nothing failed");
	cr_assert_geq(by_status[0], LOAD_TOTAL * 9 / 10, "most ran: %d ok", by_status[0]);
	cr_assert_gt(by_node[2], 0, "node c, which no client reached, ran some");

	for (int i = 0; i < 3; i++)
		srv_stop(&N[i]);
	char *out;
	cr_assert_eq(audit_verify_cmd(&N[0], &out), 0, "%s", out);
	free(out);
	cr_assert_eq(count_host_processes(MARKER), 0, "no sandbox process is left");
	pthread_mutex_destroy(&L.lock);
}

/* A node that cannot reach the store for node_lease_s / 2 is fenced: its
 * run is interrupted (the sandbox ended), it refuses new work with 503;
 * when the store is back it writes the run's end and accepts again. */
Test(queue_pg, a_node_cut_off_from_the_store_stops_its_runs_and_refuses_work)
{
	struct reply run, r;

	own = true; /* PostgreSQL is stopped: not under the other tests */
	start_nodes(1, "workers: 1\nnode_lease_s: 4\n");
	if (!own)
		cr_skip_test("AIRLOCK_TEST_PG: a server these tests may not stop");
	submit(&N[0], N[0].user, "bash", "sleep 60 # airlock-queue-pg-fenced", "{\"wait\":false}",
	       &run);
	cr_assert_eq(run.status, 202, "%s", run.body);
	cr_assert(wait_for(&N[0], jstr(run.json, "id"), "running", 20));
	pg_cluster_stop();
	/* the store's 503s (a key cannot be read), and the node fences itself */
	bool fenced = false;
	for (int i = 0; i < (int)(20 * test_slowness() * 10) && !fenced; i++) {
		submit(&N[0], N[0].user, "bash", "echo refused", NULL, &r);
		cr_assert_eq(r.status, 503, "%s", r.body);
		cr_assert(r.retry_after[0], "Retry-After");
		reply_free(&r);
		fenced = srv_log_contains(&N[0], "node_fenced");
		if (!fenced)
			usleep(100000);
	}
	cr_assert(fenced, "the node fences itself");
	pg_cluster_start();
	/* interrupted by the fence (else: wall_time_limit after 20 s) */
	cr_assert(wait_for(&N[0], jstr(run.json, "id"), "interrupted", 30),
		  "its end is written when the store is back");
	bool accepted = false;
	for (int i = 0; i < (int)(30 * test_slowness() * 10) && !accepted; i++) {
		submit(&N[0], N[0].user, "bash", "echo back", NULL, &r);
		accepted = r.status == 201;
		if (accepted)
			cr_assert_str_eq(jstr(r.json, "stdout"), "back\n", "%s", r.body);
		reply_free(&r);
		if (!accepted)
			usleep(100000);
	}
	cr_assert(accepted, "the node accepts again once it beats");
	reply_free(&run);
	srv_stop(&N[0]);
	char *out;
	cr_assert_eq(audit_verify_cmd(&N[0], &out), 0, "%s", out);
	free(out);
}
