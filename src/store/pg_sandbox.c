/* The PostgreSQL store: sandboxes that live, as their history keeps them.
 * A sandbox lives in the node that made it: a node that starts ends its own
 * only (sandbox_end_all). */
#include <string.h>

#include "store/pg_int.h"

#define SANDBOX_COLS                                                                               \
	"seq, id, key_id, state, reason, created_at, ended_at, expires_at, timeout_s, "            \
	"idle_timeout_s, limits, meta, usage"

static void sandbox_from_row(const PGresult *res, int i, struct sandbox_row *r)
{
	memset(r, 0, sizeof(*r));
	r->seq = col_int64(res, i, 0);
	col_text(res, i, 1, r->id, sizeof(r->id));
	r->key_id = col_int64(res, i, 2);
	col_text(res, i, 3, r->state, sizeof(r->state));
	col_text(res, i, 4, r->reason, sizeof(r->reason));
	col_text(res, i, 5, r->created_at, sizeof(r->created_at));
	col_text(res, i, 6, r->ended_at, sizeof(r->ended_at));
	col_text(res, i, 7, r->expires_at, sizeof(r->expires_at));
	r->timeout_s = col_int64(res, i, 8);
	r->idle_timeout_s = col_int64(res, i, 9);
	r->limits_json = col_dup(res, i, 10);
	r->meta_json = col_dup(res, i, 11);
	r->usage_json = col_dup(res, i, 12);
}

int pg_sandbox_insert(struct store *st, struct sandbox_row *r, err_t *err)
{
	PGresult *res = pg_query(
	    P(st), err, "cannot store the sandbox",
	    "INSERT INTO sandboxes (id, key_id, state, reason, created_at, ended_at,"
	    " expires_at, timeout_s, idle_timeout_s, limits, meta, usage, node)"
	    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING seq",
	    TEXT(r->id), INT(r->key_id), TEXT(r->state), TEXT(r->reason), TEXT(r->created_at),
	    TEXT(r->ended_at), TEXT(r->expires_at), INT(r->timeout_s), INT(r->idle_timeout_s),
	    TEXT(r->limits_json), TEXT(r->meta_json), TEXT(r->usage_json), TEXT(st->node));

	if (res == NULL)
		return -1;
	r->seq = col_int64(res, 0, 0);
	PQclear(res);
	return 0;
}

int pg_sandbox_end(struct store *st, const char *id, const char *reason, const char *ended_at,
		   const char *usage_json, err_t *err)
{
	return pg_run(P(st), err, "cannot record the end of the sandbox",
		      "UPDATE sandboxes SET state = 'terminated', reason = $2, ended_at = $3,"
		      " usage = $4 WHERE id = $1 AND state IN ('running', 'paused')",
		      TEXT(id), TEXT(reason), TEXT(ended_at), TEXT(usage_json));
}

int pg_sandbox_set_expiry(struct store *st, const char *id, const char *expires_at,
			  int64_t timeout_s, err_t *err)
{
	int n = pg_run(P(st), err, "cannot update the sandbox",
		       "UPDATE sandboxes SET expires_at = $2, timeout_s = $3 WHERE id = $1",
		       TEXT(id), TEXT(expires_at), INT(timeout_s));
	return n < 0 ? -1 : 0;
}

int pg_sandbox_set_state(struct store *st, const char *id, const char *state, err_t *err)
{
	int n = pg_run(P(st), err, "cannot update the sandbox",
		       "UPDATE sandboxes SET state = $2 WHERE id = $1"
		       " AND state IN ('running', 'paused')",
		       TEXT(id), TEXT(state));
	return n < 0 ? -1 : 0;
}

int pg_sandbox_get(struct store *st, const char *id, struct sandbox_row *r, bool *found, err_t *err)
{
	PGresult *res = pg_query(P(st), err, "cannot read the sandbox",
				 "SELECT " SANDBOX_COLS " FROM sandboxes WHERE id = $1", TEXT(id));

	*found = false;
	if (res == NULL)
		return -1;
	if (PQntuples(res) > 0) {
		sandbox_from_row(res, 0, r);
		*found = true;
	}
	PQclear(res);
	return 0;
}

int pg_sandbox_list(struct store *st, int64_t key_id, struct sandbox_row *rows, int max, err_t *err)
{
	PGresult *res = pg_query(P(st), err, "cannot list sandboxes",
				 "SELECT " SANDBOX_COLS " FROM sandboxes"
				 " WHERE ($1::bigint < 0 OR key_id = $1::bigint)"
				 " ORDER BY seq DESC LIMIT $2::bigint",
				 INT(key_id), INT(max));
	int n = 0;

	if (res == NULL)
		return -1;
	for (; n < max && n < PQntuples(res); n++)
		sandbox_from_row(res, n, &rows[n]);
	PQclear(res);
	return n;
}

int pg_sandbox_end_all(struct store *st, const char *reason, const char *now, err_t *err)
{
	return pg_run(P(st), err, "cannot record the end of sandboxes",
		      "UPDATE sandboxes SET state = 'terminated', reason = $1, ended_at = $2"
		      " WHERE state IN ('running', 'paused') AND node = $3",
		      TEXT(reason), TEXT(now), TEXT(st->node));
}
