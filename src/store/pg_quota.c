/*
 * The PostgreSQL store: admission of an execution against its key's quota,
 * exact across the nodes sharing the store (docs/store.md, "Exact
 * quotas").
 *
 * One transaction holding the key's advisory lock reads what the key has
 * live (queued and running rows, and holds) and used today, and the key's
 * token bucket with the database's clock; decide (service/quota.c) says
 * whether it is admitted; the hold and the bucket are written before the
 * lock is let go. A hold stands for an admitted execution that is not
 * stored yet (the policy runs between admission and the insert): it counts
 * as live and as one of the day's until exec_insert stores the execution
 * (the same statement deletes it, and a hold whose row exists is not
 * counted, so it is never counted twice) or quota_forget drops it. Holds left by a
 * node that died are dropped when it is taken over or starts again, and a
 * hold older than HOLD_S counts no more.
 *
 * Two round trips: BEGIN, the lock and the read in one pipeline; after
 * decide, the hold, the bucket and COMMIT in another. The lock is held
 * for about one round trip and decide.
 */
#include <stdio.h>
#include <stdlib.h>

#include "store/pg_int.h"

/* the two-int advisory lock space: (LOCK_QUOTA, key id) */
#define LOCK_QUOTA "1634300529" /* "airq" */
#define HOLD_S "60"

static double col_double(const PGresult *res, int i, int col)
{
	return PQgetisnull(res, i, col) ? 0.0 : strtod(PQgetvalue(res, i, col), NULL);
}

/* The key's usage, from the statement after the lock. */
static int read_usage(const PGresult *res, struct quota_usage *u, err_t *err)
{
	if (PQntuples(res) != 1)
		return err_set(err, 0, "cannot read the key's usage: no row");
	u->live = col_int64(res, 0, 0);
	u->day_count = col_int64(res, 0, 1);
	u->day_cpu_ms = col_int64(res, 0, 2);
	u->bucket_shared = true;
	u->bucket_started = !PQgetisnull(res, 0, 3);
	u->tokens = col_double(res, 0, 3);
	u->last_ms = (uint64_t)col_int64(res, 0, 4);
	u->now_ms = (uint64_t)col_int64(res, 0, 5);
	return 0;
}

int pg_quota_admit(struct store *st, int64_t key_id, const char *exec_id, const struct key_quota *q,
		   const char *today, quota_decide_fn decide, void *ctx, err_t *err)
{
	struct pg_store *s = P(st);
	struct quota_usage u = {.live = -1};
	struct pg_step keep[2];
	PGresult *res[2];
	char tokens[40];
	int ret, n = 0;

	/* one round trip: BEGIN, the key's lock, its usage; a new statement
	 * after the lock, so that its snapshot sees what the lock's last
	 * holder committed */
	if (pg_tx_begin_with(
		s, "cannot read the key's usage",
		(const struct pg_step[]){
		    PG_STEP("SELECT pg_advisory_xact_lock(" LOCK_QUOTA
			    ", ($1::bigint % 2147483647)::int)",
			    INT(key_id)),
		    PG_STEP(
			"WITH held AS (SELECT count(*) AS n FROM quota_holds h"
			"  WHERE key_id = $1::bigint"
			"  AND at > clock_timestamp() - interval '" HOLD_S " seconds'"
			"  AND NOT EXISTS (SELECT 1 FROM executions e WHERE e.id = h.exec_id))"
			" SELECT CASE WHEN $3 THEN (SELECT count(*) FROM executions"
			"  WHERE key_id = $1::bigint AND status IN ('queued', 'running'))"
			"  + (SELECT n FROM held) END,"
			" CASE WHEN $4 THEN (SELECT count(*) FROM executions"
			"  WHERE key_id = $1::bigint AND created_at >= $2) + (SELECT n FROM held) END,"
			" CASE WHEN $5 THEN (SELECT coalesce(sum(cpu_ms), 0) FROM executions"
			"  WHERE key_id = $1::bigint AND created_at >= $2) END,"
			" b.tokens, b.last_ms,"
			" (extract(epoch FROM clock_timestamp()) * 1000)::bigint"
			" FROM (SELECT 1) one LEFT JOIN quota_buckets b ON b.key_id = $1::bigint",
			INT(key_id), TEXT(today), BOOL(q->concurrent > 0), BOOL(q->per_day > 0),
			BOOL(q->cpu_s_day > 0))},
		2, res, err) < 0)
		return -1;
	PQclear(res[0]);
	ret = read_usage(res[1], &u, err);
	PQclear(res[1]);
	if (ret == 0)
		ret = decide(ctx, &u);
	/* what an admission took, written with COMMIT in one round trip: the
	 * hold, the bucket */
	const struct pg_arg hold[] = {TEXT(exec_id), INT(key_id), TEXT(s->base.node)};
	snprintf(tokens, sizeof(tokens), "%.17g", u.tokens);
	const struct pg_arg bucket[] = {INT(key_id), TEXT(tokens), INT((int64_t)u.last_ms)};
	if (ret > 0 && (q->concurrent > 0 || q->per_day > 0))
		keep[n++] = (struct pg_step){"INSERT INTO quota_holds (exec_id, key_id, node, at)"
					     " VALUES ($1, $2, $3, clock_timestamp())",
					     hold, 3};
	if (ret > 0 && q->per_minute > 0)
		keep[n++] = (struct pg_step){"INSERT INTO quota_buckets (key_id, tokens, last_ms)"
					     " VALUES ($1, $2::float8, $3)"
					     " ON CONFLICT (key_id) DO UPDATE SET tokens ="
					     " excluded.tokens, last_ms = excluded.last_ms",
					     bucket, 3};
	return pg_tx_end_with(s, ret, keep, n, "cannot keep the key's quota", err);
}

int pg_quota_forget(struct store *st, const char *exec_id, err_t *err)
{
	return pg_run(P(st), err, "cannot drop the key's slot",
		      "DELETE FROM quota_holds WHERE exec_id = $1", TEXT(exec_id)) < 0
		   ? -1
		   : 0;
}
