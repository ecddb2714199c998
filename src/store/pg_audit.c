/*
 * The PostgreSQL store: the audit chain, one for every node. A link is
 * appended in a transaction that first takes a transaction-scoped advisory
 * lock: reading the last hash and writing the next link happen under one
 * lock across all nodes, so two nodes can never fork the chain. Each link
 * names the node that wrote it, inside its hash (service/audit.c).
 */
#include <stdio.h>
#include <string.h>

#include "store/pg_int.h"

#define LOCK_AUDIT "7019267304284449538" /* 0x6169726c6f636b02: "airlock" 02 */

#define WALK_PAGE 1000
#define AUDIT_COLS "seq, time, prev_hash, event, key_id, code_hash, summary, hash, node"

static void audit_from_row(const PGresult *res, int i, struct audit_row *r)
{
	memset(r, 0, sizeof(*r));
	r->seq = col_int64(res, i, 0);
	col_text(res, i, 1, r->time, sizeof(r->time));
	col_text(res, i, 2, r->prev_hash, sizeof(r->prev_hash));
	col_text(res, i, 3, r->event, sizeof(r->event));
	r->key_id = col_int64(res, i, 4);
	col_text(res, i, 5, r->code_hash, sizeof(r->code_hash));
	col_text(res, i, 6, r->summary, sizeof(r->summary));
	col_text(res, i, 7, r->hash, sizeof(r->hash));
	col_text(res, i, 8, r->node, sizeof(r->node));
}

/* Takes the chain's lock and fills seq and prev_hash from the last link
 * (or the chain's start). */
static int audit_last(struct pg_store *s, struct audit_row *row, err_t *err)
{
	/* one round trip: the lock, then the last link */
	PGresult *res = pg_script_rows(s,
				       "SELECT pg_advisory_xact_lock(" LOCK_AUDIT ");"
				       "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
				       "cannot read the audit chain", err);

	if (res == NULL)
		return -1;
	if (PQntuples(res) > 0) {
		row->seq = col_int64(res, 0, 0) + 1;
		col_text(res, 0, 1, row->prev_hash, sizeof(row->prev_hash));
	} else {
		row->seq = 1;
		memset(row->prev_hash, '0', 64);
		row->prev_hash[64] = 0;
	}
	PQclear(res);
	return 0;
}

/* The signed head: the newest link's seq and hash, and their signature. */
static int set_head(struct pg_store *s, int64_t seq, const char *hash, const char *sig, err_t *err)
{
	if (pg_run(s, err, "cannot store the signed chain head",
		   "INSERT INTO audit_head (id, seq, hash, sig) VALUES (1, $1, $2, $3)"
		   " ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash,"
		   " sig = excluded.sig WHERE excluded.seq >= audit_head.seq",
		   INT(seq), TEXT(hash), TEXT(sig)) < 0)
		return -1;
	return 0;
}

int pg_audit_append(struct store *st, struct audit_row *row, audit_seal_fn seal, void *ctx,
		    err_t *err)
{
	struct pg_store *s = P(st);
	int ret;

	snprintf(row->node, sizeof(row->node), "%s", st->node);
	if (pg_tx_begin(s, "cannot lock the audit chain", err) < 0)
		return -1;
	ret = audit_last(s, row, err);
	if (ret == 0)
		ret = seal(ctx, row, err);
	if (ret == 0)
		ret = pg_run(s, err, "cannot append to the audit chain",
			     "INSERT INTO audit (seq, time, prev_hash, event, key_id, code_hash,"
			     " summary, hash, node) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
			     INT(row->seq), TEXT(row->time), TEXT(row->prev_hash), TEXT(row->event),
			     INT(row->key_id), TEXT(row->code_hash), TEXT(row->summary),
			     TEXT(row->hash), TEXT(row->node));
	if (ret >= 0 && row->head_sig[0])
		ret = set_head(s, row->seq, row->hash, row->head_sig, err);
	return pg_tx_end(s, ret < 0 ? -1 : 0, "cannot commit the audit chain", err);
}

int pg_audit_walk(struct store *st, int (*fn)(void *, const struct audit_row *), void *ctx,
		  err_t *err)
{
	struct audit_row r;
	int64_t after = -1;
	int n;

	/* in pages by seq, so that a long chain is never in memory whole */
	do {
		PGresult *res = pg_query(P(st), err, "cannot read the audit chain",
					 "SELECT " AUDIT_COLS " FROM audit WHERE seq > $1::bigint"
					 " ORDER BY seq LIMIT $2::bigint",
					 INT(after), INT(WALK_PAGE));
		if (res == NULL)
			return -1;
		n = PQntuples(res);
		for (int i = 0; i < n; i++) {
			audit_from_row(res, i, &r);
			after = r.seq;
			if (fn(ctx, &r) != 0) {
				PQclear(res);
				return 0;
			}
		}
		PQclear(res);
	} while (n == WALK_PAGE);
	return 0;
}


int pg_audit_get_head(struct store *st, int64_t *seq, char *hash, char *sig, size_t sig_size,
		      bool *found, err_t *err)
{
	PGresult *res =
	    pg_query_args(P(st), err, "cannot read the chain head",
			  "SELECT seq, hash, sig FROM audit_head WHERE id = 1", NULL, 0);

	*found = false;
	if (res == NULL)
		return -1;
	if (PQntuples(res) > 0) {
		*seq = col_int64(res, 0, 0);
		col_text(res, 0, 1, hash, STORE_HASH_HEX);
		col_text(res, 0, 2, sig, sig_size);
		*found = true;
	}
	PQclear(res);
	return 0;
}
