/*
 * The SQLite store: the audit chain. A link is appended inside BEGIN
 * IMMEDIATE: reading the last hash and writing the next link happen under
 * one write lock, across processes.
 */
#include <stdio.h>
#include <string.h>

#include "store/sqlite_int.h"

static void audit_from_row(struct stmt *q, struct audit_row *r)
{
	memset(r, 0, sizeof(*r));
	r->seq = stmt_int64(q, 0);
	stmt_text(q, 1, r->time, sizeof(r->time));
	stmt_text(q, 2, r->prev_hash, sizeof(r->prev_hash));
	stmt_text(q, 3, r->event, sizeof(r->event));
	r->key_id = stmt_int64(q, 4);
	stmt_text(q, 5, r->code_hash, sizeof(r->code_hash));
	stmt_text(q, 6, r->summary, sizeof(r->summary));
	stmt_text(q, 7, r->hash, sizeof(r->hash));
	stmt_text(q, 8, r->node, sizeof(r->node));
}

/* Fills seq and prev_hash from the last link (or the chain's start). */
static int audit_last(struct sqlite_store *s, struct audit_row *row, err_t *err)
{
	struct stmt q;
	int rc;

	if (stmt_open(s, &q, "cannot read the audit chain",
		      "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1", err) < 0)
		return -1;
	rc = stmt_step(&q, err);
	if (rc > 0) {
		row->seq = stmt_int64(&q, 0) + 1;
		stmt_text(&q, 1, row->prev_hash, sizeof(row->prev_hash));
	} else if (rc == 0) {
		row->seq = 1;
		memset(row->prev_hash, '0', 64);
		row->prev_hash[64] = 0;
	}
	stmt_close(&q);
	return rc < 0 ? -1 : 0;
}

/* The signed head: the newest link's seq and hash, and their signature. */
static int set_head(struct sqlite_store *s, int64_t seq, const char *hash, const char *sig,
		    err_t *err)
{
	if (stmt_run(s, err, "cannot store the signed chain head",
		     "INSERT INTO audit_head (id, seq, hash, sig) VALUES (1, ?1, ?2, ?3)"
		     " ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash,"
		     " sig = excluded.sig WHERE excluded.seq >= audit_head.seq",
		     INT(seq), TEXT(hash), TEXT(sig)) < 0)
		return -1;
	return 0;
}

int sq_audit_append(struct store *st, struct audit_row *row, audit_seal_fn seal, void *ctx,
		    err_t *err)
{
	struct sqlite_store *s = S(st);
	int ret;

	snprintf(row->node, sizeof(row->node), "%s", st->node);
	if (tx_begin(s, "cannot lock the audit chain", err) < 0)
		return -1;
	ret = audit_last(s, row, err);
	if (ret == 0)
		ret = seal(ctx, row, err);
	if (ret == 0)
		ret = stmt_run(s, err, "cannot append to the audit chain",
			       "INSERT INTO audit (seq, time, prev_hash, event, key_id, code_hash,"
			       " summary, hash, node) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
			       INT(row->seq), TEXT(row->time), TEXT(row->prev_hash),
			       TEXT(row->event), INT(row->key_id), TEXT(row->code_hash),
			       TEXT(row->summary), TEXT(row->hash), TEXT(row->node));
	if (ret >= 0 && row->head_sig[0])
		ret = set_head(s, row->seq, row->hash, row->head_sig, err);
	return tx_end(s, ret < 0 ? -1 : 0, "cannot commit the audit chain", err);
}

int sq_audit_walk(struct store *st, int (*fn)(void *, const struct audit_row *), void *ctx,
		  err_t *err)
{
	struct stmt q;
	struct audit_row r;
	int rc;

	if (stmt_open(S(st), &q, "cannot read the audit chain",
		      "SELECT seq, time, prev_hash, event, key_id, code_hash, summary, hash,"
		      " node FROM audit ORDER BY rowid",
		      err) < 0)
		return -1;
	while ((rc = stmt_step(&q, err)) > 0) {
		audit_from_row(&q, &r);
		if (fn(ctx, &r) != 0) {
			rc = 0;
			break;
		}
	}
	stmt_close(&q);
	return rc;
}


int sq_audit_get_head(struct store *st, int64_t *seq, char *hash, char *sig, size_t sig_size,
		      bool *found, err_t *err)
{
	struct stmt q;
	int rc;

	*found = false;
	if (stmt_open(S(st), &q, "cannot read the chain head",
		      "SELECT seq, hash, sig FROM audit_head WHERE id = 1", err) < 0)
		return -1;
	rc = stmt_step(&q, err);
	if (rc > 0) {
		*seq = stmt_int64(&q, 0);
		stmt_text(&q, 1, hash, STORE_HASH_HEX);
		stmt_text(&q, 2, sig, sig_size);
		*found = true;
	}
	stmt_close(&q);
	return rc < 0 ? -1 : 0;
}
