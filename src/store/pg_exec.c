/*
 * The PostgreSQL store: executions. A status is stored by its name; a row
 * whose status this build does not know is an error, not a default.
 *
 * Many nodes share the table: each execution names the node that accepted
 * it (store->node), and what a node does when it starts (interrupt what it
 * was running, run again what it had queued) touches its own rows only, so
 * that one node's restart leaves the others' work alone.
 */
#include <stdlib.h>
#include <string.h>

#include "store/pg_int.h"

#define EXEC_COLS                                                                                  \
	"seq, id, key_id, language, status, created_at, finished_at, code_hash, cpu_ms, limits, "  \
	"result, policy, meta, node"
#define EXEC_COL_REQUEST 14 /* after EXEC_COLS, where a query adds it */

/* The name of a status the caller gives, or NULL with err set. */
static const char *status_arg(int status, err_t *err)
{
	const char *name = exec_status_name((enum exec_status)status);
	if (name == NULL)
		err_set(err, 0, "no execution status %d", status);
	return name;
}

/* Reads row i of EXEC_COLS (and the request, with_request); -1 with err set
 * (and nothing in r to free) when its status is not one this airlock
 * knows. */
static int exec_from_row(const PGresult *res, int i, struct exec_row *r, bool with_request,
			 err_t *err)
{
	char status[32];

	memset(r, 0, sizeof(*r));
	r->seq = col_int64(res, i, 0);
	col_text(res, i, 1, r->id, sizeof(r->id));
	r->key_id = col_int64(res, i, 2);
	col_text(res, i, 3, r->language, sizeof(r->language));
	col_text(res, i, 4, status, sizeof(status));
	if (exec_status_parse(status, &r->status) < 0)
		return err_set(err, 0,
			       "execution %s has status '%s', which this airlock does not know",
			       r->id, status);
	col_text(res, i, 5, r->created_at, sizeof(r->created_at));
	col_text(res, i, 6, r->finished_at, sizeof(r->finished_at));
	col_text(res, i, 7, r->code_hash, sizeof(r->code_hash));
	r->cpu_ms = col_int64(res, i, 8);
	r->limits_json = col_dup(res, i, 9);
	r->result_json = col_dup(res, i, 10);
	r->policy_json = col_dup(res, i, 11);
	r->meta_json = col_dup(res, i, 12);
	col_text(res, i, 13, r->node, sizeof(r->node));
	if (with_request)
		r->request_json = col_dup(res, i, EXEC_COL_REQUEST);
	return 0;
}

int pg_exec_insert(struct store *st, struct exec_row *r, err_t *err)
{
	const char *status = status_arg(r->status, err);
	PGresult *res;

	if (status == NULL)
		return -1;
	res = pg_query(P(st), err, "cannot store the execution",
		       /* the admission's hold (pg_quota.c) ends as the row begins */
		       "WITH held AS (DELETE FROM quota_holds WHERE exec_id = $1)"
		       " INSERT INTO executions (id, key_id, language, status, created_at,"
		       " code_hash, limits, request, finished_at, policy, result, meta, node,"
		       " pinned)"
		       " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9, ''), $10, $11, $12,"
		       " $13, $14) RETURNING seq,"
		       /* wakes the other nodes' idle workers (pg_listen.c) */
		       " CASE WHEN $15::boolean THEN pg_notify('" PG_QUEUE_CHANNEL "', $13) END",
		       TEXT(r->id), INT(r->key_id), TEXT(r->language), TEXT(status),
		       TEXT(r->created_at), TEXT(r->code_hash), TEXT(r->limits_json),
		       TEXT(r->request_json), TEXT(r->finished_at), TEXT(r->policy_json),
		       TEXT(r->result_json), TEXT(r->meta_json), TEXT(st->node), BOOL(r->pinned),
		       BOOL(r->announce && r->status == EXEC_QUEUED && !r->pinned && st->node[0]));
	if (res == NULL)
		return -1;
	r->seq = col_int64(res, 0, 0);
	snprintf(r->node, sizeof(r->node), "%s", st->node);
	PQclear(res);
	return 0;
}

int pg_exec_set_running(struct store *st, const char *id, err_t *err)
{
	/* only while it is this node's: a node taken over (node_takeover) while
	 * it was alive after all starts none of what another node adopted */
	int n = pg_run(P(st), err, "cannot update the execution",
		       "UPDATE executions SET status = 'running'"
		       " WHERE id = $1 AND status = 'queued' AND node = $2",
		       TEXT(id), TEXT(st->node));
	return n < 0 ? -1 : n > 0;
}

int pg_exec_finish(struct store *st, const struct exec_row *r, struct exec_row *stored, err_t *err)
{
	const char *status = status_arg(r->status, err);
	PGresult *res;
	int rc = 0;

	if (stored)
		memset(stored, 0, sizeof(*stored));
	if (status == NULL)
		return -1;
	/* fenced: only while it is this node's and has not ended (another node
	 * may have declared it interrupted, or claimed it from the queue).
	 * With the audit chain's last link: the link of this end follows, and
	 * is sealed after it (pg_audit.c), which other nodes move on. */
	pthread_mutex_lock(&P(st)->lock);
	res = pg_query(P(st), err, "cannot store the result",
		       "WITH last AS (SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1)"
		       " UPDATE executions SET status = $1, finished_at = $2, cpu_ms = $3,"
		       " result = $4, request = NULL WHERE id = $5 AND node = $6"
		       " AND status IN ('queued', 'running') RETURNING " EXEC_COLS ","
		       " (SELECT seq FROM last), (SELECT hash FROM last)",
		       TEXT(status), TEXT(r->finished_at), INT(r->cpu_ms), TEXT(r->result_json),
		       TEXT(r->id), TEXT(st->node));
	if (res != NULL && PQntuples(res) > 0)
		pg_audit_seen(P(st), res, EXEC_COL_REQUEST);
	pthread_mutex_unlock(&P(st)->lock);
	if (res == NULL)
		return -1;
	if (stored && PQntuples(res) > 0 && (rc = exec_from_row(res, 0, stored, false, err)) < 0)
		memset(stored, 0, sizeof(*stored));
	PQclear(res);
	return rc;
}

int pg_exec_get(struct store *st, const char *id, struct exec_row *r, bool *found, err_t *err)
{
	PGresult *res =
	    pg_query(P(st), err, "cannot read the execution",
		     "SELECT " EXEC_COLS ", request FROM executions WHERE id = $1", TEXT(id));
	int rc = 0;

	*found = false;
	if (res == NULL)
		return -1;
	if (PQntuples(res) > 0 && (rc = exec_from_row(res, 0, r, true, err)) == 0)
		*found = true;
	PQclear(res);
	return rc < 0 ? -1 : 0;
}

int pg_exec_list(struct store *st, int64_t key_id, int status, int64_t before,
		 struct exec_row *rows, int max, err_t *err)
{
	const char *name = status < 0 ? NULL : status_arg(status, err);
	PGresult *res;
	int n = 0;

	if (status >= 0 && name == NULL)
		return -1;
	res = pg_query(P(st), err, "cannot list executions",
		       "SELECT " EXEC_COLS " FROM executions"
		       " WHERE ($1::bigint < 0 OR key_id = $1::bigint)"
		       " AND ($2::text IS NULL OR status = $2::text)"
		       " AND ($3::bigint <= 0 OR seq < $3::bigint)"
		       " ORDER BY seq DESC LIMIT $4::bigint",
		       INT(key_id), TEXT(name), INT(before), INT(max));
	if (res == NULL)
		return -1;
	for (; n < max && n < PQntuples(res); n++)
		if (exec_from_row(res, n, &rows[n], false, err) < 0) {
			while (n > 0)
				exec_row_free(&rows[--n]);
			PQclear(res);
			return -1;
		}
	PQclear(res);
	return n;
}

int pg_exec_usage(struct store *st, int64_t key_id, const char *since, int64_t *count,
		  int64_t *cpu_ms, err_t *err)
{
	PGresult *res = pg_query(P(st), err, "cannot read usage",
				 "SELECT count(*), coalesce(sum(cpu_ms), 0) FROM executions"
				 " WHERE key_id = $1::bigint AND created_at >= $2",
				 INT(key_id), TEXT(since));

	if (res == NULL)
		return -1;
	if (PQntuples(res) != 1) { /* an aggregate always has a row */
		PQclear(res);
		return err_set(err, 0, "cannot read usage: no row");
	}
	*count = col_int64(res, 0, 0);
	*cpu_ms = col_int64(res, 0, 1);
	PQclear(res);
	return 0;
}

int pg_exec_interrupt_all(struct store *st, const char *now, err_t *err)
{
	/* and the holds of admissions it never stored (pg_quota.c) */
	return pg_run(P(st), err, "cannot mark interrupted executions",
		      "WITH held AS (DELETE FROM quota_holds WHERE node = $2)"
		      " UPDATE executions SET status = 'interrupted', finished_at = $1,"
		      " request = NULL WHERE node = $2"
		      " AND (status = 'running' OR (status = 'queued' AND request IS NULL))",
		      TEXT(now), TEXT(st->node));
}

/* Calls fn for each row of a result with its request; fn returns non-zero
 * to stop. The result is read whole first, so fn may call the store. */
static int exec_each(PGresult *res, int (*fn)(void *, const struct exec_row *), void *ctx,
		     err_t *err)
{
	struct exec_row r;
	int ret = 0;

	for (int i = 0; i < PQntuples(res); i++) {
		if ((ret = exec_from_row(res, i, &r, true, err)) < 0)
			break;
		int stop = fn(ctx, &r);
		exec_row_free(&r);
		if (stop)
			break;
	}
	PQclear(res);
	return ret;
}

int pg_exec_queued(struct store *st, int (*fn)(void *, const struct exec_row *), void *ctx,
		   err_t *err)
{
	PGresult *res = pg_query(P(st), err, "cannot list queued executions",
				 "SELECT " EXEC_COLS ", request FROM executions"
				 " WHERE status = 'queued' AND request IS NOT NULL AND node = $1"
				 " ORDER BY seq",
				 TEXT(st->node));

	if (res == NULL)
		return -1;
	return exec_each(res, fn, ctx, err);
}

int pg_exec_pending(struct store *st, const char *before,
		    int (*fn)(void *, const struct exec_row *), void *ctx, err_t *err)
{
	PGresult *res = pg_query(P(st), err, "cannot list pending executions",
				 "SELECT " EXEC_COLS ", request FROM executions"
				 " WHERE status = 'pending_approval'"
				 " AND ($1::text IS NULL OR created_at < $1::text) ORDER BY seq",
				 TEXT(before));

	if (res == NULL)
		return -1;
	return exec_each(res, fn, ctx, err);
}

int pg_exec_transition(struct store *st, const struct exec_transition *t, err_t *err)
{
	const char *from = status_arg(t->from, err), *to = from ? status_arg(t->to, err) : NULL;
	int n;

	if (to == NULL)
		return -1;
	/* an approved execution is queued on the node that approved it, which
	 * runs it: another node's restart must not run it again */
	n = pg_run(
	    P(st), err, "cannot update the execution",
	    "UPDATE executions SET status = $2::text, finished_at = coalesce($3, finished_at),"
	    " policy = coalesce($4, policy),"
	    " request = CASE WHEN $5::boolean THEN NULL ELSE request END,"
	    " node = CASE WHEN $2::text = 'queued' THEN $7 ELSE node END"
	    " WHERE id = $1 AND status = $6",
	    TEXT(t->id), TEXT(to), TEXT(t->finished_at), TEXT(t->policy_json),
	    BOOL(t->drop_request), TEXT(from), TEXT(st->node));
	return n < 0 ? -1 : n > 0;
}

int pg_exec_delete(struct store *st, const char *id, err_t *err)
{
	return pg_run(P(st), err, "cannot delete the execution",
		      "DELETE FROM executions WHERE id = $1 AND finished_at != ''", TEXT(id));
}

int pg_exec_prune(struct store *st, const char *before, err_t *err)
{
	return pg_run(P(st), err, "cannot prune executions",
		      "DELETE FROM executions WHERE finished_at != '' AND finished_at < $1",
		      TEXT(before));
}

/* ---- the shared queue ---- */

int pg_exec_claim(struct store *st, struct exec_row *r, err_t *err)
{
	/* SKIP LOCKED: workers of many nodes claim at once without waiting on
	 * each other; the claim and 'running' are one statement. A row whose
	 * stored code is redacted (redact_code) can run only where the
	 * original is. */
	PGresult *res = pg_query(
	    P(st), err, "cannot claim a queued execution",
	    "UPDATE executions SET status = 'running', node = $1"
	    " WHERE status = 'queued' AND seq = (SELECT seq FROM executions"
	    " WHERE status = 'queued' AND request IS NOT NULL AND NOT pinned AND node <> $1"
	    " AND coalesce(policy, '') NOT LIKE '%\"stream\":\"code\"%'"
	    " ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED)"
	    " RETURNING " EXEC_COLS ", request",
	    TEXT(st->node));
	int rc = 0;

	if (res == NULL)
		return -1;
	if (PQntuples(res) > 0)
		rc = exec_from_row(res, 0, r, true, err) < 0 ? -1 : 1;
	PQclear(res);
	return rc;
}

int pg_exec_cancel_request(struct store *st, const char *id, err_t *err)
{
	/* the node that runs it is told at once (it checks by itself too,
	 * less often) */
	int n = pg_run(P(st), err, "cannot ask for a cancel",
		       "WITH u AS (UPDATE executions SET cancel_requested = true"
		       " WHERE id = $1 AND status = 'running' RETURNING node)"
		       " SELECT pg_notify('" PG_CANCEL_CHANNEL "', node) FROM u",
		       TEXT(id));
	return n < 0 ? -1 : n > 0;
}

int pg_exec_cancels(struct store *st, void (*fn)(void *, const char *), void *ctx, err_t *err)
{
	PGresult *res = pg_query(P(st), err, "cannot read the cancels asked for",
				 "SELECT id FROM executions WHERE node = $1 AND status = 'running'"
				 " AND cancel_requested",
				 TEXT(st->node));

	if (res == NULL)
		return -1;
	for (int i = 0; i < PQntuples(res); i++)
		fn(ctx, PQgetvalue(res, i, 0));
	PQclear(res);
	return 0;
}

/* ---- many nodes ---- */

int pg_node_heartbeat(struct store *st, err_t *err)
{
	int n = pg_run(P(st), err, "cannot record this node's heartbeat",
		       "INSERT INTO nodes (name, heartbeat_at) VALUES ($1, now())"
		       " ON CONFLICT (name) DO UPDATE SET heartbeat_at = now()",
		       TEXT(st->node));
	return n < 0 ? -1 : 0;
}

/* Takes over one dead node inside the caller's transaction; the adopted
 * executions' rows are left in *adopted for the caller. */
static int take_over(struct store *st, const char *dead, const char *now, PGresult **adopted,
		     err_t *err)
{
	struct pg_store *s = P(st);
	int n = pg_run(s, err, "cannot interrupt a lost node's executions",
		       "UPDATE executions SET status = 'interrupted', finished_at = $2,"
		       " request = NULL WHERE node = $1"
		       " AND (status = 'running' OR (status = 'queued' AND request IS NULL))",
		       TEXT(dead), TEXT(now));

	if (n < 0 ||
	    pg_run(s, err, "cannot drop a lost node's quota holds",
		   "DELETE FROM quota_holds WHERE node = $1", TEXT(dead)) < 0 ||
	    pg_run(s, err, "cannot end a lost node's sandboxes",
		   "UPDATE sandboxes SET state = 'terminated', reason = 'node_lost', ended_at = $2"
		   " WHERE node = $1 AND state IN ('running', 'paused')",
		   TEXT(dead), TEXT(now)) < 0 ||
	    (*adopted = pg_query(s, err, "cannot adopt a lost node's queue",
				 "UPDATE executions SET node = $2 WHERE node = $1"
				 " AND status = 'queued' AND request IS NOT NULL"
				 " RETURNING " EXEC_COLS ", request",
				 TEXT(dead), TEXT(st->node))) == NULL)
		return -1;
	if (pg_run(s, err, "cannot forget a lost node", "DELETE FROM nodes WHERE name = $1",
		   TEXT(dead)) < 0) {
		PQclear(*adopted);
		*adopted = NULL;
		return -1;
	}
	return n;
}

int pg_node_takeover(struct store *st, int lease_s, const char *now,
		     int (*fn)(void *, const struct exec_row *), void *ctx, err_t *err)
{
	struct pg_store *s = P(st);
	PGresult *dead, *adopted[8] = {NULL};
	int total = 0, ret = 0, nadopted = 0;

	if (pg_tx_begin(s, "cannot look for lost nodes", err) < 0)
		return -1;
	/* SKIP LOCKED: two nodes looking at once take over different ones */
	dead = pg_query(s, err, "cannot look for lost nodes",
			"SELECT name FROM nodes WHERE name <> $1"
			" AND heartbeat_at < now() - make_interval(secs => $2::int)"
			" ORDER BY name LIMIT 8 FOR UPDATE SKIP LOCKED",
			TEXT(st->node), INT(lease_s));
	if (dead == NULL)
		return pg_tx_end(s, -1, "cannot look for lost nodes", err);
	for (int i = 0; i < PQntuples(dead) && ret >= 0; i++) {
		ret = take_over(st, PQgetvalue(dead, i, 0), now, &adopted[nadopted], err);
		if (ret >= 0) {
			total += ret;
			nadopted++;
		}
	}
	PQclear(dead);
	ret = pg_tx_end(s, ret < 0 ? -1 : 0, "cannot take over a lost node", err);
	for (int i = 0; i < nadopted; i++) {
		struct exec_row r;
		for (int k = 0; ret == 0 && k < PQntuples(adopted[i]); k++)
			if (exec_from_row(adopted[i], k, &r, true, err) == 0) {
				(void)fn(ctx, &r);
				exec_row_free(&r);
			}
		PQclear(adopted[i]);
	}
	return ret < 0 ? -1 : total;
}
