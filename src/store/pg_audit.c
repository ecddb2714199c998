/*
 * The PostgreSQL store: the audit chain, one for every node. A link is
 * appended in a transaction that first takes a transaction-scoped advisory
 * lock: checking the last link and writing the next one happen under one
 * lock across all nodes, so two nodes can never fork the chain. Each link
 * names the node that wrote it, inside its hash (service/audit.c).
 *
 * One round trip per link in the common case: the node seals the link
 * that follows the last one it knows, and sends the lock and the link in
 * one pipeline (one transaction); the link is stored only if it follows
 * the chain's last link, read after the lock in the same statement. When
 * another node appended meanwhile, nothing is stored, the statement tells
 * the last link, and the node seals again after it.
 */
#include <stdio.h>
#include <string.h>

#include "store/pg_int.h"

#define LOCK_AUDIT "7019267304284449538" /* 0x6169726c6f636b02: "airlock" 02 */

#define WALK_PAGE 1000
#define AUDIT_TRIES 3 /* appends sealed on a guess before the slow way */
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

/* The link that follows the last one: seq and prev_hash. */
static void audit_next(struct audit_row *row, bool any, int64_t seq, const char *hash)
{
	if (any) {
		row->seq = seq + 1;
		snprintf(row->prev_hash, sizeof(row->prev_hash), "%s", hash);
	} else {
		row->seq = 1;
		memset(row->prev_hash, '0', 64);
		row->prev_hash[64] = 0;
	}
}

/* Stores the link, and the signed head it makes, only if it follows the
 * chain's last link (read under the lock, in the same statement): -1 on
 * failure, 1 when stored, 0 when the chain's last link is another
 * (another node appended): then *last holds the statement's result, the
 * last link's seq and hash, for the caller to PQclear. With the lock in
 * the same pipeline and outside a transaction, one round trip. */
static int audit_store(struct pg_store *s, const struct audit_row *row, bool tx, PGresult **last,
		       err_t *err)
{
	static const char what[] = "cannot append to the audit chain";
	/* a statement of its own after the lock: its snapshot sees what the
	 * lock's last holder committed */
	const struct pg_step lock = {"SELECT pg_advisory_xact_lock(" LOCK_AUDIT ")", NULL, 0};
	const struct pg_step insert =
	    PG_STEP("WITH last AS (SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1),"
		    " link AS (INSERT INTO audit (seq, time, prev_hash, event, key_id, code_hash,"
		    " summary, hash, node) SELECT $1::bigint, $2::text, $3::text, $4::text,"
		    " $5::bigint, $6::text, $7::text, $8::text, $9::text"
		    " WHERE $1::bigint = coalesce((SELECT seq FROM last), 0) + 1"
		    " AND $3 = coalesce((SELECT hash FROM last), repeat('0', 64))"
		    " RETURNING seq, hash),"
		    " head AS (INSERT INTO audit_head (id, seq, hash, sig)"
		    " SELECT 1, seq, hash, $10::text FROM link WHERE $10::text IS NOT NULL"
		    " ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash,"
		    " sig = excluded.sig WHERE excluded.seq >= audit_head.seq)"
		    " SELECT (SELECT count(*) FROM link), seq, hash FROM (SELECT 1) one"
		    " LEFT JOIN last ON true",
		    INT(row->seq), TEXT(row->time), TEXT(row->prev_hash), TEXT(row->event),
		    INT(row->key_id), TEXT(row->code_hash), TEXT(row->summary), TEXT(row->hash),
		    TEXT(row->node), TEXT(row->head_sig[0] ? row->head_sig : NULL));
	PGresult *res[2];

	/* inside a transaction the lock is had already */
	if (tx) {
		if ((res[1] = pg_query_args(s, err, what, insert.sql, insert.args, insert.n)) ==
		    NULL)
			return -1;
	} else if (pg_pipeline(s, err, what, (const struct pg_step[]){lock, insert}, 2, res) < 0) {
		return -1;
	} else {
		PQclear(res[0]);
	}
	if (PQntuples(res[1]) != 1) {
		PQclear(res[1]);
		return err_set(err, 0, "%s: no row", what);
	}
	if (col_int64(res[1], 0, 0) == 1) {
		PQclear(res[1]);
		return 1;
	}
	*last = res[1];
	return 0;
}

/* The slow way, when another node appends as fast: the lock and the last
 * link (one round trip), the seal, the link. */
static int audit_locked(struct pg_store *s, struct audit_row *row, audit_seal_fn seal, void *ctx,
			err_t *err)
{
	PGresult *last = NULL, *res;
	int ret;

	if (pg_tx_begin(s, "cannot lock the audit chain", err) < 0)
		return -1;
	res = pg_script_rows(s,
			     "SELECT pg_advisory_xact_lock(" LOCK_AUDIT ");"
			     "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
			     "cannot read the audit chain", err);
	ret = res ? 0 : -1;
	if (ret == 0) {
		if (PQntuples(res) > 0)
			audit_next(row, true, col_int64(res, 0, 0), PQgetvalue(res, 0, 1));
		else
			audit_next(row, false, 0, "");
		PQclear(res);
		ret = seal(ctx, row, err);
	}
	if (ret == 0 && (ret = audit_store(s, row, true, &last, err)) == 0) {
		PQclear(last); /* cannot be: the lock is had */
		ret = err_set(err, 0, "cannot append to the audit chain: its last link moved");
	}
	return pg_tx_end(s, ret < 0 ? -1 : 0, "cannot commit the audit chain", err);
}

void pg_audit_seen(struct pg_store *s, const PGresult *res, int col)
{
	if ((s->audit_known = !PQgetisnull(res, 0, col))) {
		s->audit_seq = col_int64(res, 0, col);
		col_text(res, 0, col + 1, s->audit_hash, sizeof(s->audit_hash));
	}
}

int pg_audit_append(struct store *st, struct audit_row *row, audit_seal_fn seal, void *ctx,
		    err_t *err)
{
	struct pg_store *s = P(st);
	int ret = 0;

	snprintf(row->node, sizeof(row->node), "%s", st->node);
	/* The link that follows the last one this node knows is sealed first,
	 * then stored with the lock in one round trip, only if it still
	 * follows the chain's last link; when not (another node appended),
	 * again after the last link it was told, and after a few tries the
	 * slow way. Sealing is computing: doing it again costs no round trip. */
	pthread_mutex_lock(&s->lock);
	for (int tries = 0; ret == 0 && tries < AUDIT_TRIES; tries++) {
		PGresult *last = NULL;
		audit_next(row, s->audit_known, s->audit_seq, s->audit_hash);
		if ((ret = seal(ctx, row, err)) < 0)
			break;
		ret = audit_store(s, row, false, &last, err);
		if (ret == 0) {
			pg_audit_seen(s, last, 1);
			PQclear(last);
		}
	}
	if (ret == 0)
		ret = audit_locked(s, row, seal, ctx, err) < 0 ? -1 : 1;
	if (ret > 0) {
		s->audit_known = true;
		s->audit_seq = row->seq;
		snprintf(s->audit_hash, sizeof(s->audit_hash), "%s", row->hash);
	}
	pthread_mutex_unlock(&s->lock);
	return ret < 0 ? -1 : 0;
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
