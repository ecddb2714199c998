/*
 * The SQLite store: executions. A status is stored by its name; a row whose
 * status this build does not know is an error, not a default.
 */
#include <stdio.h>
#include <string.h>

#include "store/sqlite_int.h"

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

/* Reads a row of EXEC_COLS (and the request, with_request); -1 with err set
 * (and nothing in r to free) when its status is not one this airlock
 * knows. */
static int exec_from_row(struct stmt *q, struct exec_row *r, bool with_request, err_t *err)
{
	char status[32];

	memset(r, 0, sizeof(*r));
	r->seq = stmt_int64(q, 0);
	stmt_text(q, 1, r->id, sizeof(r->id));
	r->key_id = stmt_int64(q, 2);
	stmt_text(q, 3, r->language, sizeof(r->language));
	stmt_text(q, 4, status, sizeof(status));
	if (exec_status_parse(status, &r->status) < 0)
		return err_set(err, 0,
			       "execution %s has status '%s', which this airlock does not know",
			       r->id, status);
	stmt_text(q, 5, r->created_at, sizeof(r->created_at));
	stmt_text(q, 6, r->finished_at, sizeof(r->finished_at));
	stmt_text(q, 7, r->code_hash, sizeof(r->code_hash));
	r->cpu_ms = stmt_int64(q, 8);
	r->limits_json = stmt_dup(q, 9);
	r->result_json = stmt_dup(q, 10);
	r->policy_json = stmt_dup(q, 11);
	r->meta_json = stmt_dup(q, 12);
	stmt_text(q, 13, r->node, sizeof(r->node));
	if (with_request)
		r->request_json = stmt_dup(q, EXEC_COL_REQUEST);
	return 0;
}

int sq_exec_insert(struct store *st, struct exec_row *r, err_t *err)
{
	const char *status = status_arg(r->status, err);
	struct stmt q;
	int ret;

	if (status == NULL)
		return -1;
	if (stmt_open(S(st), &q, "cannot store the execution",
		      "INSERT INTO executions (id, key_id, language, status, created_at, code_hash,"
		      " limits, request, finished_at, policy, result, meta, node)"
		      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
		      err) < 0)
		return -1;
	stmt_bind(&q, TEXT(r->id), INT(r->key_id), TEXT(r->language), TEXT(status),
		  TEXT(r->created_at), TEXT(r->code_hash), TEXT(r->limits_json),
		  TEXT(r->request_json), TEXT(r->finished_at), TEXT(r->policy_json),
		  TEXT(r->result_json), TEXT(r->meta_json), TEXT(st->node));
	ret = stmt_exec(&q, err);
	if (ret >= 0) {
		r->seq = stmt_last_id(&q);
		snprintf(r->node, sizeof(r->node), "%s", st->node);
	}
	stmt_close(&q);
	return ret < 0 ? -1 : 0;
}

int sq_exec_set_running(struct store *st, const char *id, err_t *err)
{
	int n =
	    stmt_run(S(st), err, "cannot update the execution",
		     "UPDATE executions SET status = 'running' WHERE id = ?1 AND status = 'queued'",
		     TEXT(id));
	return n < 0 ? -1 : n > 0;
}

int sq_exec_finish(struct store *st, const struct exec_row *r, struct exec_row *stored, err_t *err)
{
	const char *status = status_arg(r->status, err);
	bool found = false;
	int n;

	if (stored)
		memset(stored, 0, sizeof(*stored));
	if (status == NULL)
		return -1;
	n = stmt_run(S(st), err, "cannot store the result",
		     "UPDATE executions SET status = ?1, finished_at = ?2, cpu_ms = ?3,"
		     " result = ?4, request = NULL WHERE id = ?5",
		     TEXT(status), TEXT(r->finished_at), INT(r->cpu_ms), TEXT(r->result_json),
		     TEXT(r->id));
	if (n < 0)
		return -1;
	if (stored && n > 0) { /* a read in the process: what the caller would do */
		err_t ignored;
		if (sq_exec_get(st, r->id, stored, &found, &ignored) < 0 || !found)
			memset(stored, 0, sizeof(*stored));
	}
	return 0;
}

int sq_exec_get(struct store *st, const char *id, struct exec_row *r, bool *found, err_t *err)
{
	struct stmt q;
	int rc;

	*found = false;
	if (stmt_open(S(st), &q, "cannot read the execution",
		      "SELECT " EXEC_COLS ", request FROM executions WHERE id = ?1", err) < 0)
		return -1;
	stmt_bind(&q, TEXT(id));
	rc = stmt_step(&q, err);
	if (rc > 0 && (rc = exec_from_row(&q, r, true, err)) == 0)
		*found = true;
	stmt_close(&q);
	return rc < 0 ? -1 : 0;
}

int sq_exec_list(struct store *st, int64_t key_id, int status, int64_t before,
		 struct exec_row *rows, int max, err_t *err)
{
	const char *name = status < 0 ? NULL : status_arg(status, err);
	struct stmt q;
	int rc = 0, n = 0;

	if (status >= 0 && name == NULL)
		return -1;
	if (stmt_open(S(st), &q, "cannot list executions",
		      "SELECT " EXEC_COLS " FROM executions WHERE (?1 < 0 OR key_id = ?1)"
		      " AND (?2 IS NULL OR status = ?2) AND (?3 <= 0 OR seq < ?3)"
		      " ORDER BY seq DESC LIMIT ?4",
		      err) < 0)
		return -1;
	stmt_bind(&q, INT(key_id), TEXT(name), INT(before), INT(max));
	while (n < max && (rc = stmt_step(&q, err)) > 0 &&
	       (rc = exec_from_row(&q, &rows[n], false, err)) == 0)
		n++;
	stmt_close(&q);
	if (rc < 0) {
		while (n > 0)
			exec_row_free(&rows[--n]);
		return -1;
	}
	return n;
}

int sq_exec_usage(struct store *st, int64_t key_id, const char *since, int64_t *count,
		  int64_t *cpu_ms, err_t *err)
{
	struct stmt q;
	int rc;

	if (stmt_open(S(st), &q, "cannot read usage",
		      "SELECT count(*), coalesce(sum(cpu_ms), 0) FROM executions"
		      " WHERE key_id = ?1 AND created_at >= ?2",
		      err) < 0)
		return -1;
	stmt_bind(&q, INT(key_id), TEXT(since));
	rc = stmt_step(&q, err);
	if (rc > 0) {
		*count = stmt_int64(&q, 0);
		*cpu_ms = stmt_int64(&q, 1);
	} else if (rc == 0) { /* an aggregate always has a row */
		rc = err_set(err, 0, "cannot read usage: no row");
	}
	stmt_close(&q);
	return rc < 0 ? -1 : 0;
}

/* One process is the whole service: the day's usage is read here, the
 * rest (concurrency, the bucket) is counted in the process's memory. */
int sq_quota_admit(struct store *st, int64_t key_id, const char *exec_id, const struct key_quota *q,
		   const char *today, quota_decide_fn decide, void *ctx, err_t *err)
{
	struct quota_usage u = {.live = -1};

	(void)exec_id;
	if ((q->per_day > 0 || q->cpu_s_day > 0) &&
	    sq_exec_usage(st, key_id, today, &u.day_count, &u.day_cpu_ms, err) < 0)
		return -1;
	return decide(ctx, &u);
}

int sq_quota_forget(struct store *st, const char *exec_id, err_t *err)
{
	(void)st, (void)exec_id, (void)err;
	return 0;
}

int sq_exec_interrupt_all(struct store *st, const char *now, err_t *err)
{
	return stmt_run(S(st), err, "cannot mark interrupted executions",
			"UPDATE executions SET status = 'interrupted', finished_at = ?1,"
			" request = NULL"
			" WHERE status = 'running' OR (status = 'queued' AND request IS NULL)",
			TEXT(now));
}

/* Calls fn for each row of a query with its request; fn returns non-zero
 * to stop. */
static int exec_each(struct stmt *q, int (*fn)(void *, const struct exec_row *), void *ctx,
		     err_t *err)
{
	struct exec_row r;
	int rc = 0, stop = 0;

	while (!stop && (rc = stmt_step(q, err)) > 0) {
		if ((rc = exec_from_row(q, &r, true, err)) < 0)
			break;
		stop = fn(ctx, &r);
		exec_row_free(&r);
	}
	return rc < 0 ? -1 : 0;
}

int sq_exec_queued(struct store *st, int (*fn)(void *, const struct exec_row *), void *ctx,
		   err_t *err)
{
	struct stmt q;

	if (stmt_open(S(st), &q, "cannot list queued executions",
		      "SELECT " EXEC_COLS ", request FROM executions WHERE status = 'queued'"
		      " AND request IS NOT NULL ORDER BY seq",
		      err) < 0)
		return -1;
	int ret = exec_each(&q, fn, ctx, err);
	stmt_close(&q);
	return ret;
}

int sq_exec_pending(struct store *st, const char *before,
		    int (*fn)(void *, const struct exec_row *), void *ctx, err_t *err)
{
	struct stmt q;

	if (stmt_open(S(st), &q, "cannot list pending executions",
		      "SELECT " EXEC_COLS ", request FROM executions"
		      " WHERE status = 'pending_approval' AND (?1 IS NULL OR created_at < ?1)"
		      " ORDER BY seq",
		      err) < 0)
		return -1;
	stmt_bind(&q, TEXT(before));
	int ret = exec_each(&q, fn, ctx, err);
	stmt_close(&q);
	return ret;
}

int sq_exec_transition(struct store *st, const struct exec_transition *t, err_t *err)
{
	const char *from = status_arg(t->from, err), *to = from ? status_arg(t->to, err) : NULL;
	int n;

	if (to == NULL)
		return -1;
	n = stmt_run(S(st), err, "cannot update the execution",
		     "UPDATE executions SET status = ?2, finished_at = coalesce(?3, finished_at),"
		     " policy = coalesce(?4, policy),"
		     " request = CASE WHEN ?5 THEN NULL ELSE request END"
		     " WHERE id = ?1 AND status = ?6",
		     TEXT(t->id), TEXT(to), TEXT(t->finished_at), TEXT(t->policy_json),
		     INT(t->drop_request), TEXT(from));
	return n < 0 ? -1 : n > 0;
}

int sq_exec_delete(struct store *st, const char *id, err_t *err)
{
	return stmt_run(S(st), err, "cannot delete the execution",
			"DELETE FROM executions WHERE id = ?1 AND finished_at != ''", TEXT(id));
}

int sq_exec_prune(struct store *st, const char *before, err_t *err)
{
	return stmt_run(S(st), err, "cannot prune executions",
			"DELETE FROM executions WHERE finished_at != '' AND finished_at < ?1",
			TEXT(before));
}
