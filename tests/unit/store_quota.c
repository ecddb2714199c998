/*
 * Admission against a key's quota in the PostgreSQL store (pg_quota.c):
 * two nodes (two connections) admitting at once give a key exactly its
 * quota, and a hold lasts until its execution is stored or dropped
 * (docs/store.md, "Exact quotas").
 */
#include <criterion/criterion.h>
#include <libpq-fe.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "lib/pg_cluster.h"
#include "lib/store_rows.h"
#include "service/quota.h"
#include "store/store.h"

static char spec[600];
static struct store *st;

static void setup(void)
{
	err_t err;

	st = NULL;
	if (pg_cluster_missing())
		return;
	pg_test_database(spec, sizeof(spec));
	err_clear(&err);
	cr_assert_eq(store_open(spec, &st, &err), 0, "%s", err.msg);
	store_set_node(st, "a");
}

static void teardown(void)
{
	store_close(st);
	st = NULL;
}

TestSuite(store_pg_quota, .init = setup, .fini = teardown, .timeout = 120);

#define SKIP_WITHOUT_PG()                                                                          \
	do {                                                                                       \
		if (pg_cluster_missing())                                                          \
			cr_skip_test("%s", pg_cluster_missing());                                  \
	} while (0)

/* decide as service/quota.c does, without a service: every limit from the
 * store's counts */
struct verdict {
	const struct key_quota *q;
	struct quota_usage seen;
};

static int decide(void *ctx, struct quota_usage *u)
{
	struct verdict *v = ctx;
	v->seen = *u;
	if (v->q->per_day > 0 && u->day_count >= v->q->per_day)
		return 0;
	if (v->q->concurrent > 0 && u->live >= v->q->concurrent)
		return 0;
	struct bucket b = {u->tokens, u->last_ms, u->bucket_started};
	if (bucket_take(&b, v->q->per_minute, u->now_ms) > 0)
		return 0;
	u->tokens = b.tokens;
	u->last_ms = b.last_ms;
	return 1;
}

static int admit(struct store *s, int64_t key, const char *id, const struct key_quota *q,
		 struct quota_usage *seen)
{
	struct verdict v = {q, {0}};
	err_t err;
	err_clear(&err);
	int r = s->be->quota_admit(s, key, id, q, "2000-01-01T00:00:00.000Z", decide, &v, &err);
	cr_assert(r >= 0, "%s", err.msg);
	if (seen)
		*seen = v.seen;
	return r;
}

struct node {
	const char *name;
	int64_t key;
	struct key_quota q;
	int tries, admitted;
	pthread_barrier_t *start;
};

static void *admit_many(void *arg)
{
	struct node *n = arg;
	struct store *mine;
	char id[40];
	err_t err;

	err_clear(&err);
	if (store_open(spec, &mine, &err) < 0) {
		pthread_barrier_wait(n->start);
		return NULL;
	}
	store_set_node(mine, n->name);
	pthread_barrier_wait(n->start);
	for (int i = 0; i < n->tries; i++) {
		struct verdict v = {&n->q, {0}};
		snprintf(id, sizeof(id), "ex_%s_%lld_%d", n->name, (long long)n->key, i);
		if (mine->be->quota_admit(mine, n->key, id, &n->q, "2000-01-01T00:00:00.000Z",
					  decide, &v, &err) > 0)
			n->admitted++;
	}
	store_close(mine);
	return NULL;
}

/* Two nodes admitting at once, as fast as they can: together exactly the
 * quota, whichever node took how many. */
static void race(int64_t key, struct key_quota q, int tries, int expected)
{
	pthread_barrier_t start;
	struct node a = {"a", key, q, tries, 0, &start}, b = {"b", key, q, tries, 0, &start};
	pthread_t ta, tb;

	pthread_barrier_init(&start, NULL, 2);
	pthread_create(&ta, NULL, admit_many, &a);
	pthread_create(&tb, NULL, admit_many, &b);
	pthread_join(ta, NULL);
	pthread_join(tb, NULL);
	pthread_barrier_destroy(&start);
	cr_expect_eq(a.admitted + b.admitted, expected, "a %d + b %d", a.admitted, b.admitted);
}

Test(store_pg_quota, two_nodes_at_once_admit_exactly_the_quota)
{
	int64_t k1, k2, k3;

	SKIP_WITHOUT_PG();
	store_test_add_key(st, "concurrent", "", &k1);
	store_test_add_key(st, "daily", "", &k2);
	store_test_add_key(st, "rate", "", &k3);
	race(k1, (struct key_quota){.concurrent = 7}, 40, 7);
	race(k2, (struct key_quota){.per_day = 9}, 40, 9);
	/* a token every 30 s: none comes back while they race */
	race(k3, (struct key_quota){.per_minute = 2}, 40, 2);
}

/* An admitted execution counts once: as a hold, then as its row (the
 * insert drops the hold); it stops counting when it ends, is dropped,
 * or its node starts again. */
Test(store_pg_quota, a_hold_counts_until_its_row_is_stored_or_it_is_dropped)
{
	struct key_quota q = {.concurrent = 5, .per_day = 100};
	struct quota_usage u;
	struct exec_row r = {0};
	int64_t key;
	err_t err;

	SKIP_WITHOUT_PG();
	err_clear(&err);
	store_test_add_key(st, "k", "", &key);
	cr_assert_eq(admit(st, key, "ex_1", &q, &u), 1);
	cr_assert_eq(u.live, 0);
	cr_assert_eq(admit(st, key, "ex_2", &q, &u), 1);
	cr_assert_eq(u.live, 1, "the first one's hold");
	cr_assert_eq(u.day_count, 1);
	store_test_add_exec(st, "ex_1", key, EXEC_QUEUED, "2026-01-01T00:00:00.000Z", NULL);
	cr_assert_eq(admit(st, key, "ex_3", &q, &u), 1);
	cr_assert_eq(u.live, 2, "ex_1 as its row, not twice; ex_2 as its hold");
	cr_assert_eq(u.day_count, 2);
	cr_assert_eq(st->be->quota_forget(st, "ex_2", &err), 0, "%s", err.msg);
	cr_assert_eq(admit(st, key, "ex_4", &q, &u), 1);
	cr_assert_eq(u.live, 2, "ex_1, ex_3");
	cr_assert_eq(u.day_count, 2, "a dropped admission was never an execution");
	snprintf(r.id, sizeof(r.id), "ex_1");
	r.status = EXEC_OK;
	snprintf(r.finished_at, sizeof(r.finished_at), "2026-01-01T00:00:01.000Z");
	cr_assert_eq(st->be->exec_finish(st, &r, NULL, &err), 0, "%s", err.msg);
	cr_assert_eq(admit(st, key, "ex_5", &q, &u), 1);
	cr_assert_eq(u.live, 2, "ex_1 ended: ex_3, ex_4");
	cr_assert_eq(u.day_count, 3, "ex_1 still counts for the day");
	/* the node starts again: what it admitted and never stored is gone */
	cr_assert(st->be->exec_interrupt_all(st, "2026-01-01T00:00:02.000Z", &err) >= 0, "%s",
		  err.msg);
	cr_assert_eq(admit(st, key, "ex_6", &q, &u), 1);
	cr_assert_eq(u.live, 0);
}

static int adopted(void *ctx, const struct exec_row *r)
{
	(void)ctx, (void)r;
	return 0;
}

/* A lost node's holds go with its takeover, as its running rows do. */
Test(store_pg_quota, a_lost_nodes_holds_and_runs_stop_counting)
{
	struct key_quota q = {.concurrent = 2};
	struct store *other;
	struct quota_usage u;
	int64_t key;
	err_t err;

	SKIP_WITHOUT_PG();
	err_clear(&err);
	cr_assert_eq(store_open(spec, &other, &err), 0, "%s", err.msg);
	store_set_node(other, "b");
	cr_assert_eq(st->be->node_heartbeat(st, &err), 0, "%s", err.msg);
	cr_assert_eq(other->be->node_heartbeat(other, &err), 0, "%s", err.msg);
	store_test_add_key(st, "k", "", &key);
	store_test_add_exec(st, "ex_r", key, EXEC_QUEUED, "2026-01-01T00:00:00.000Z", NULL);
	cr_assert_eq(st->be->exec_set_running(st, "ex_r", &err), 1);
	cr_assert_eq(admit(st, key, "ex_h", &q, &u), 1, "one running, so one more");
	cr_assert_eq(u.live, 1);
	cr_assert_eq(admit(other, key, "ex_x", &q, &u), 0, "full, seen from b");
	cr_assert_eq(u.live, 2);
	PGconn *c = PQconnectdb(spec);
	PQclear(PQexec(c, "UPDATE nodes SET heartbeat_at = now() - interval '1 hour'"
			  " WHERE name = 'a'"));
	PQfinish(c);
	cr_assert_eq(
	    other->be->node_takeover(other, 60, "2026-01-02T00:00:00.000Z", adopted, NULL, &err), 1,
	    "%s", err.msg);
	cr_assert_eq(admit(other, key, "ex_y", &q, &u), 1);
	cr_assert_eq(u.live, 0, "a's run interrupted, its hold dropped");
	store_close(other);
}

/* What an admission keeps is written with its COMMIT: when the hold
 * cannot be written, neither is the bucket, the admission fails, and the
 * next one finds the key's lock free and the bucket as it was. */
Test(store_pg_quota, an_admission_that_cannot_keep_its_hold_keeps_nothing)
{
	struct key_quota q = {.concurrent = 5, .per_minute = 2};
	struct verdict v = {&q, {0}};
	struct quota_usage u;
	int64_t key;
	err_t err;

	SKIP_WITHOUT_PG();
	store_test_add_key(st, "k", "", &key);
	cr_assert_eq(admit(st, key, "ex_1", &q, &u), 1);
	PGconn *c = PQconnectdb(spec);
	PQclear(PQexec(c, "CREATE FUNCTION no_hold() RETURNS trigger AS $$ BEGIN"
			  " RAISE EXCEPTION 'no hold'; END $$ LANGUAGE plpgsql;"
			  " CREATE TRIGGER no_hold BEFORE INSERT ON quota_holds"
			  " FOR EACH ROW EXECUTE FUNCTION no_hold()"));
	err_clear(&err);
	cr_assert_eq(st->be->quota_admit(st, key, "ex_2", &q, "2000-01-01T00:00:00.000Z", decide,
					 &v, &err),
		     -1);
	cr_assert(strstr(err.msg, "no hold"), "%s", err.msg);
	PQclear(PQexec(c, "DROP TRIGGER no_hold ON quota_holds"));
	PQfinish(c);
	cr_assert_eq(admit(st, key, "ex_3", &q, &u), 1);
	cr_assert_eq(u.live, 1, "ex_1's hold only");
	/* a bucket of 2 that refills 2 a minute: 1 left, not 0 */
	cr_assert(u.tokens > 0.9, "one token taken before, not two: %f", u.tokens);
}
