/* The PostgreSQL store: API keys. */
#include <string.h>

#include "store/pg_int.h"

#define KEY_COLS                                                                                   \
	"id, name, hash, admin, revoked, has_quota, q_per_minute, q_per_day, q_concurrent, "       \
	"q_cpu_s_day, created_at, policy, egress"

static void key_from_row(const PGresult *res, int i, struct key_row *k)
{
	memset(k, 0, sizeof(*k));
	k->id = col_int64(res, i, 0);
	col_text(res, i, 1, k->name, sizeof(k->name));
	col_text(res, i, 2, k->hash, sizeof(k->hash));
	k->admin = col_bool(res, i, 3);
	k->revoked = col_bool(res, i, 4);
	k->has_quota = col_bool(res, i, 5);
	k->quota.per_minute = col_int64(res, i, 6);
	k->quota.per_day = col_int64(res, i, 7);
	k->quota.concurrent = col_int64(res, i, 8);
	k->quota.cpu_s_day = col_int64(res, i, 9);
	col_text(res, i, 10, k->created_at, sizeof(k->created_at));
	col_text(res, i, 11, k->policy, sizeof(k->policy));
	col_text(res, i, 12, k->egress, sizeof(k->egress));
}

int pg_key_insert(struct store *st, struct key_row *k, err_t *err)
{
	PGresult *res =
	    pg_query(P(st), err, "cannot store the key",
		     "INSERT INTO keys (name, hash, admin, has_quota, q_per_minute, q_per_day,"
		     " q_concurrent, q_cpu_s_day, created_at, policy, egress)"
		     " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
		     TEXT(k->name), TEXT(k->hash), BOOL(k->admin), BOOL(k->has_quota),
		     INT(k->quota.per_minute), INT(k->quota.per_day), INT(k->quota.concurrent),
		     INT(k->quota.cpu_s_day), TEXT(k->created_at), TEXT(k->policy),
		     TEXT(k->egress));

	if (res == NULL) {
		/* 23505: unique_violation; the hash is random, so it is the name */
		if (strstr(err->msg, "keys_name_key"))
			err_set(err, 0,
				"a key named '%s' already exists (names stay taken after "
				"revocation)",
				k->name);
		return -1;
	}
	k->id = col_int64(res, 0, 0);
	PQclear(res);
	return 0;
}

static int key_get(struct store *st, const char *sql, struct pg_arg arg, struct key_row *k,
		   bool *found, err_t *err)
{
	PGresult *res = pg_query(P(st), err, "cannot read keys", sql, arg);

	*found = false;
	if (res == NULL)
		return -1;
	if (PQntuples(res) > 0) {
		key_from_row(res, 0, k);
		*found = true;
	}
	PQclear(res);
	return 0;
}

int pg_key_by_hash(struct store *st, const char *hash, struct key_row *k, bool *found, err_t *err)
{
	return key_get(st, "SELECT " KEY_COLS " FROM keys WHERE hash = $1", TEXT(hash), k, found,
		       err);
}

int pg_key_by_name(struct store *st, const char *name, struct key_row *k, bool *found, err_t *err)
{
	return key_get(st, "SELECT " KEY_COLS " FROM keys WHERE name = $1", TEXT(name), k, found,
		       err);
}

int pg_key_by_id(struct store *st, int64_t id, struct key_row *k, bool *found, err_t *err)
{
	return key_get(st, "SELECT " KEY_COLS " FROM keys WHERE id = $1::bigint", INT(id), k, found,
		       err);
}

int pg_key_list(struct store *st, void (*fn)(void *, const struct key_row *), void *ctx, err_t *err)
{
	PGresult *res = pg_query_args(P(st), err, "cannot list keys",
				      "SELECT " KEY_COLS " FROM keys ORDER BY id", NULL, 0);
	struct key_row k;

	if (res == NULL)
		return -1;
	for (int i = 0; i < PQntuples(res); i++) {
		key_from_row(res, i, &k);
		fn(ctx, &k);
	}
	PQclear(res);
	return 0;
}

int pg_key_revoke(struct store *st, int64_t id, err_t *err)
{
	if (pg_run(P(st), err, "cannot revoke the key",
		   "UPDATE keys SET revoked = true WHERE id = $1::bigint", INT(id)) < 0)
		return -1;
	return 0;
}
