/* The SQLite store: sandboxes that live, as their history keeps them. */
#include <string.h>

#include "store/sqlite_int.h"

#define SANDBOX_COLS                                                                               \
	"seq, id, key_id, state, reason, created_at, ended_at, expires_at, timeout_s, "            \
	"idle_timeout_s, limits, meta, usage"

static void sandbox_from_row(struct stmt *q, struct sandbox_row *r)
{
	memset(r, 0, sizeof(*r));
	r->seq = stmt_int64(q, 0);
	stmt_text(q, 1, r->id, sizeof(r->id));
	r->key_id = stmt_int64(q, 2);
	stmt_text(q, 3, r->state, sizeof(r->state));
	stmt_text(q, 4, r->reason, sizeof(r->reason));
	stmt_text(q, 5, r->created_at, sizeof(r->created_at));
	stmt_text(q, 6, r->ended_at, sizeof(r->ended_at));
	stmt_text(q, 7, r->expires_at, sizeof(r->expires_at));
	r->timeout_s = stmt_int64(q, 8);
	r->idle_timeout_s = stmt_int64(q, 9);
	r->limits_json = stmt_dup(q, 10);
	r->meta_json = stmt_dup(q, 11);
	r->usage_json = stmt_dup(q, 12);
}

int sq_sandbox_insert(struct store *st, struct sandbox_row *r, err_t *err)
{
	struct stmt q;
	int ret;

	if (stmt_open(S(st), &q, "cannot store the sandbox",
		      "INSERT INTO sandboxes (id, key_id, state, reason, created_at, ended_at,"
		      " expires_at, timeout_s, idle_timeout_s, limits, meta, usage, node)"
		      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
		      err) < 0)
		return -1;
	stmt_bind(&q, TEXT(r->id), INT(r->key_id), TEXT(r->state), TEXT(r->reason),
		  TEXT(r->created_at), TEXT(r->ended_at), TEXT(r->expires_at), INT(r->timeout_s),
		  INT(r->idle_timeout_s), TEXT(r->limits_json), TEXT(r->meta_json),
		  TEXT(r->usage_json), TEXT(st->node));
	ret = stmt_exec(&q, err);
	if (ret >= 0)
		r->seq = stmt_last_id(&q);
	stmt_close(&q);
	return ret < 0 ? -1 : 0;
}

int sq_sandbox_end(struct store *st, const char *id, const char *reason, const char *ended_at,
		   const char *usage_json, err_t *err)
{
	return stmt_run(S(st), err, "cannot record the end of the sandbox",
			"UPDATE sandboxes SET state = 'terminated', reason = ?2, ended_at = ?3,"
			" usage = ?4 WHERE id = ?1 AND state IN ('running', 'paused')",
			TEXT(id), TEXT(reason), TEXT(ended_at), TEXT(usage_json));
}

int sq_sandbox_set_expiry(struct store *st, const char *id, const char *expires_at,
			  int64_t timeout_s, err_t *err)
{
	int n = stmt_run(S(st), err, "cannot update the sandbox",
			 "UPDATE sandboxes SET expires_at = ?2, timeout_s = ?3 WHERE id = ?1",
			 TEXT(id), TEXT(expires_at), INT(timeout_s));
	return n < 0 ? -1 : 0;
}

int sq_sandbox_set_state(struct store *st, const char *id, const char *state, err_t *err)
{
	int n = stmt_run(S(st), err, "cannot update the sandbox",
			 "UPDATE sandboxes SET state = ?2 WHERE id = ?1"
			 " AND state IN ('running', 'paused')",
			 TEXT(id), TEXT(state));
	return n < 0 ? -1 : 0;
}

int sq_sandbox_get(struct store *st, const char *id, struct sandbox_row *r, bool *found, err_t *err)
{
	struct stmt q;
	int rc;

	*found = false;
	if (stmt_open(S(st), &q, "cannot read the sandbox",
		      "SELECT " SANDBOX_COLS " FROM sandboxes WHERE id = ?1", err) < 0)
		return -1;
	stmt_bind(&q, TEXT(id));
	rc = stmt_step(&q, err);
	if (rc > 0) {
		sandbox_from_row(&q, r);
		*found = true;
	}
	stmt_close(&q);
	return rc < 0 ? -1 : 0;
}

int sq_sandbox_list(struct store *st, int64_t key_id, struct sandbox_row *rows, int max, err_t *err)
{
	struct stmt q;
	int rc = 0, n = 0;

	if (stmt_open(S(st), &q, "cannot list sandboxes",
		      "SELECT " SANDBOX_COLS " FROM sandboxes WHERE (?1 < 0 OR key_id = ?1)"
		      " ORDER BY seq DESC LIMIT ?2",
		      err) < 0)
		return -1;
	stmt_bind(&q, INT(key_id), INT(max));
	while (n < max && (rc = stmt_step(&q, err)) > 0)
		sandbox_from_row(&q, &rows[n++]);
	stmt_close(&q);
	if (rc < 0) {
		while (n > 0)
			sandbox_row_free(&rows[--n]);
		return -1;
	}
	return n;
}

int sq_sandbox_end_all(struct store *st, const char *reason, const char *now, err_t *err)
{
	return stmt_run(S(st), err, "cannot record the end of sandboxes",
			"UPDATE sandboxes SET state = 'terminated', reason = ?1, ended_at = ?2"
			" WHERE state IN ('running', 'paused')",
			TEXT(reason), TEXT(now));
}
