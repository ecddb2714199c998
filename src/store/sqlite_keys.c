/* The SQLite store: API keys. */
#include <string.h>

#include "store/sqlite_int.h"

#define KEY_COLS                                                                                   \
	"id, name, hash, admin, revoked, has_quota, q_per_minute, q_per_day, q_concurrent, "       \
	"q_cpu_s_day, created_at, policy, egress"

static void key_from_row(struct stmt *q, struct key_row *k)
{
	memset(k, 0, sizeof(*k));
	k->id = stmt_int64(q, 0);
	stmt_text(q, 1, k->name, sizeof(k->name));
	stmt_text(q, 2, k->hash, sizeof(k->hash));
	k->admin = stmt_int64(q, 3) != 0;
	k->revoked = stmt_int64(q, 4) != 0;
	k->has_quota = stmt_int64(q, 5) != 0;
	k->quota.per_minute = stmt_int64(q, 6);
	k->quota.per_day = stmt_int64(q, 7);
	k->quota.concurrent = stmt_int64(q, 8);
	k->quota.cpu_s_day = stmt_int64(q, 9);
	stmt_text(q, 10, k->created_at, sizeof(k->created_at));
	stmt_text(q, 11, k->policy, sizeof(k->policy));
	stmt_text(q, 12, k->egress, sizeof(k->egress));
}

int sq_key_insert(struct store *st, struct key_row *k, err_t *err)
{
	struct stmt q;
	int ret;

	if (stmt_open(S(st), &q, "cannot store the key",
		      "INSERT INTO keys (name, hash, admin, has_quota, q_per_minute, q_per_day,"
		      " q_concurrent, q_cpu_s_day, created_at, policy, egress)"
		      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
		      err) < 0)
		return -1;
	stmt_bind(&q, TEXT(k->name), TEXT(k->hash), INT(k->admin), INT(k->has_quota),
		  INT(k->quota.per_minute), INT(k->quota.per_day), INT(k->quota.concurrent),
		  INT(k->quota.cpu_s_day), TEXT(k->created_at), TEXT(k->policy), TEXT(k->egress));
	ret = stmt_exec(&q, err);
	if (ret < 0 && q.rc == SQLITE_CONSTRAINT_UNIQUE)
		err_set(err, 0,
			"a key named '%s' already exists (names stay taken after revocation)",
			k->name);
	if (ret >= 0)
		k->id = stmt_last_id(&q);
	stmt_close(&q);
	return ret < 0 ? -1 : 0;
}

static int key_get(struct store *st, const char *sql, struct stmt_arg arg, struct key_row *k,
		   bool *found, err_t *err)
{
	struct stmt q;
	int rc;

	*found = false;
	if (stmt_open(S(st), &q, "cannot read keys", sql, err) < 0)
		return -1;
	stmt_bind(&q, arg);
	rc = stmt_step(&q, err);
	if (rc > 0) {
		key_from_row(&q, k);
		*found = true;
	}
	stmt_close(&q);
	return rc < 0 ? -1 : 0;
}

int sq_key_by_hash(struct store *st, const char *hash, struct key_row *k, bool *found, err_t *err)
{
	return key_get(st, "SELECT " KEY_COLS " FROM keys WHERE hash = ?1", TEXT(hash), k, found,
		       err);
}

int sq_key_by_name(struct store *st, const char *name, struct key_row *k, bool *found, err_t *err)
{
	return key_get(st, "SELECT " KEY_COLS " FROM keys WHERE name = ?1", TEXT(name), k, found,
		       err);
}

int sq_key_by_id(struct store *st, int64_t id, struct key_row *k, bool *found, err_t *err)
{
	return key_get(st, "SELECT " KEY_COLS " FROM keys WHERE id = ?1", INT(id), k, found, err);
}

int sq_key_list(struct store *st, void (*fn)(void *, const struct key_row *), void *ctx, err_t *err)
{
	struct stmt q;
	struct key_row k;
	int rc;

	if (stmt_open(S(st), &q, "cannot list keys", "SELECT " KEY_COLS " FROM keys ORDER BY id",
		      err) < 0)
		return -1;
	while ((rc = stmt_step(&q, err)) > 0) {
		key_from_row(&q, &k);
		fn(ctx, &k);
	}
	stmt_close(&q);
	return rc;
}

int sq_key_revoke(struct store *st, int64_t id, err_t *err)
{
	if (stmt_run(S(st), err, "cannot revoke the key",
		     "UPDATE keys SET revoked = 1 WHERE id = ?1", INT(id)) < 0)
		return -1;
	return 0;
}
