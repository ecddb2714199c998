/*
 * The shared queue's wake-ups in the PostgreSQL store (pg_listen.c): a
 * queued execution stored with announce tells the other nodes' listening
 * connection, not its own node's, and nothing else does; a cancel tells
 * the node that runs the execution; a listening connection that is cut is
 * made again.
 */
#include <criterion/criterion.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <string.h>

#include "lib/pg_cluster.h"
#include "lib/store_rows.h"
#include "store/store.h"

static char spec[600];
static struct store *a, *b;
static int64_t key;

static void setup(void)
{
	err_t err;

	a = b = NULL;
	if (pg_cluster_missing())
		return;
	pg_test_database(spec, sizeof(spec));
	err_clear(&err);
	cr_assert_eq(store_open(spec, &a, &err), 0, "%s", err.msg);
	cr_assert_eq(store_open(spec, &b, &err), 0, "%s", err.msg);
	store_set_node(a, "a");
	store_set_node(b, "b");
	store_test_add_key(a, "k", "", &key);
}

static void teardown(void)
{
	store_close(a);
	store_close(b);
	a = b = NULL;
}

TestSuite(store_pg_listen, .init = setup, .fini = teardown, .timeout = 60);

static void insert(struct store *st, const char *id, enum exec_status status, bool announce,
		   bool pinned)
{
	struct exec_row r;
	err_t err;

	memset(&r, 0, sizeof(r));
	snprintf(r.id, sizeof(r.id), "%s", id);
	r.key_id = key;
	snprintf(r.language, sizeof(r.language), "python");
	r.status = status;
	snprintf(r.created_at, sizeof(r.created_at), "2026-01-01T00:00:00.000Z");
	snprintf(r.code_hash, sizeof(r.code_hash), "h");
	char lim[] = "{}", req[] = "{}";
	r.limits_json = lim;
	r.request_json = req;
	r.pinned = pinned;
	r.announce = announce;
	err_clear(&err);
	cr_assert_eq(st->be->exec_insert(st, &r, &err), 0, "%s", err.msg);
}

static void count_id(void *ctx, const char *id)
{
	cr_expect_str_eq(id, "ex_run");
	(*(int *)ctx)++;
}

static int wait_once(struct store *st, int ms)
{
	err_t err;
	err_clear(&err);
	int r = st->be->queue_wait(st, ms, &err);
	cr_assert(r >= 0, "%s", err.msg);
	return r;
}

Test(store_pg_listen, an_announced_row_wakes_the_other_nodes_only)
{
	if (pg_cluster_missing())
		cr_skip_test("%s", pg_cluster_missing());
	/* the first calls make the connections and LISTEN */
	cr_assert_eq(wait_once(a, 0), 0);
	cr_assert_eq(wait_once(b, 0), 0);
	insert(a, "ex_1", EXEC_QUEUED, true, false);
	cr_assert_eq(wait_once(b, 30000), 1, "b hears of a's");
	cr_assert_eq(wait_once(a, 200), 0, "a does not hear of its own");
	insert(a, "ex_2", EXEC_QUEUED, false, false);
	insert(a, "ex_3", EXEC_QUEUED, true, true);
	insert(a, "ex_4", EXEC_PENDING_APPROVAL, true, false);
	cr_assert_eq(wait_once(b, 200), 0, "not announced, pinned, not queued: nothing");
	insert(b, "ex_5", EXEC_QUEUED, true, false);
	cr_assert_eq(wait_once(a, 30000), 1, "and the other way");
}

Test(store_pg_listen, a_cut_listening_connection_is_made_again)
{
	err_t err;

	if (pg_cluster_missing())
		cr_skip_test("%s", pg_cluster_missing());
	cr_assert_eq(wait_once(b, 0), 0);
	PGconn *c = PQconnectdb(spec); /* this test's database only */
	PGresult *res = PQexec(c, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
				  " WHERE datname = current_database()"
				  " AND query LIKE 'LISTEN airlock_queue%'");
	cr_assert_eq(PQresultStatus(res), PGRES_TUPLES_OK, "%s", PQerrorMessage(c));
	cr_assert_eq(PQntuples(res), 1, "b's listening connection");
	PQclear(res);
	PQfinish(c);
	err_clear(&err);
	int r = 0;
	for (int i = 0; i < 100 && r >= 0; i++)
		r = b->be->queue_wait(b, 100, &err);
	cr_assert_eq(r, -1, "b finds it gone");
	cr_assert_eq(err.errnum, STORE_EBUSY, "%s", err.msg);
	cr_assert_eq(wait_once(b, 0), 0, "and makes it again");
	insert(a, "ex_1", EXEC_QUEUED, true, false);
	cr_assert_eq(wait_once(b, 30000), 1, "which hears again");
}

/* A cancel asked for (exec_cancel_request, on any node) of an execution
 * that runs tells the node that runs it, and only that one: it need not
 * look for cancels every tick. */
Test(store_pg_listen, a_cancel_wakes_the_node_that_runs_it_only)
{
	err_t err;

	if (pg_cluster_missing())
		cr_skip_test("%s", pg_cluster_missing());
	cr_assert_eq(wait_once(a, 0), 0);
	cr_assert_eq(wait_once(b, 0), 0);
	insert(b, "ex_run", EXEC_RUNNING, false, true);
	insert(b, "ex_done", EXEC_OK, false, true);
	err_clear(&err);
	cr_assert_eq(a->be->exec_cancel_request(a, "ex_run", &err), 1, "%s", err.msg);
	cr_assert_eq(wait_once(b, 30000), STORE_WOKE_CANCEL, "b runs it and is told");
	cr_assert_eq(wait_once(a, 200), 0, "a does not run it");
	cr_assert_eq(a->be->exec_cancel_request(a, "ex_done", &err), 0, "%s", err.msg);
	cr_assert_eq(wait_once(b, 200), 0, "an ended one tells nobody");
	/* and the cancel is there to read */
	int n = 0;
	cr_assert_eq(b->be->exec_cancels(b, count_id, &n, &err), 0, "%s", err.msg);
	cr_assert_eq(n, 1);
}
