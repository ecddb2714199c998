/*
 * The statement helper of the SQLite store (sqlite_int.h): the lock, the
 * kept statements, values, steps, transactions and the one mapping of
 * SQLite's result codes to err_t.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/sqlite_int.h"

int sq_fail(struct sqlite_store *s, int rc, const char *what, err_t *err)
{
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
	case SQLITE_FULL:
	case SQLITE_READONLY:
	case SQLITE_IOERR:
	case SQLITE_CANTOPEN:
		err->errnum = STORE_EBUSY;
		break;
	default:
		err->errnum = 0;
	}
	/* not err_set: it would append strerror(STORE_EBUSY) */
	snprintf(err->msg, sizeof(err->msg), "%s: %s", what, sqlite3_errmsg(s->db));
	return -1;
}

/* A kept statement for sql, or a free place to keep one; -1: neither. */
static int cache_find(struct sqlite_store *s, const char *sql, bool *found)
{
	for (int i = 0; i < s->ncache; i++)
		if (strcmp(s->cache[i].sql, sql) == 0) {
			*found = true;
			return s->cache[i].in_use ? -1 : i;
		}
	*found = false;
	return s->ncache < STMT_CACHE_MAX ? s->ncache : -1;
}

static int prepare(struct sqlite_store *s, struct stmt *q, const char *sql, bool keep, err_t *err)
{
	const char *tail = NULL;
	int rc =
	    sqlite3_prepare_v3(s->db, sql, -1, keep ? SQLITE_PREPARE_PERSISTENT : 0, &q->st, &tail);

	if (rc != SQLITE_OK)
		return sq_fail(s, rc, "cannot prepare a query", err);
	if (q->st == NULL || tail[strspn(tail, " \t\n")] != 0) {
		sqlite3_finalize(q->st);
		q->st = NULL;
		return err_set(err, 0, "cannot prepare a query: not one statement: %.60s", sql);
	}
	return 0;
}

int stmt_open(struct sqlite_store *s, struct stmt *q, const char *what, const char *sql, err_t *err)
{
	bool found;
	char *key = NULL;

	*q = (struct stmt){.s = s, .what = what, .slot = -1};
	pthread_mutex_lock(&s->lock);
	q->slot = cache_find(s, sql, &found);
	if (found && q->slot >= 0) {
		q->st = s->cache[q->slot].st;
		s->cache[q->slot].in_use = true;
		return 0;
	}
	if (q->slot >= 0 && (key = strdup(sql)) == NULL)
		q->slot = -1; /* no memory to keep it: use it once */
	if (prepare(s, q, sql, q->slot >= 0, err) < 0) {
		free(key);
		pthread_mutex_unlock(&s->lock);
		return -1;
	}
	if (q->slot >= 0) {
		s->cache[q->slot] = (struct stmt_slot){.sql = key, .st = q->st, .in_use = true};
		s->ncache++;
	}
	return 0;
}

void stmt_bind_args(struct stmt *q, const struct stmt_arg *args, size_t n)
{
	int rc = SQLITE_OK;

	q->nargs = (int)n;
	if (sqlite3_bind_parameter_count(q->st) != q->nargs)
		rc = SQLITE_RANGE;
	for (size_t i = 0; i < n && rc == SQLITE_OK; i++)
		rc = args[i].is_text
			 ? sqlite3_bind_text(q->st, (int)i + 1, args[i].text, -1, SQLITE_STATIC)
			 : sqlite3_bind_int64(q->st, (int)i + 1, args[i].num);
	q->bind_rc = rc; /* the next step reports a failure */
}

int stmt_step(struct stmt *q, err_t *err)
{
	if (q->bind_rc == SQLITE_RANGE)
		return err_set(err, 0, "%s: the query has %d parameters and was given %d values",
			       q->what, sqlite3_bind_parameter_count(q->st), q->nargs);
	if (q->bind_rc != SQLITE_OK)
		return sq_fail(q->s, q->bind_rc, q->what, err);
	q->rc = sqlite3_step(q->st);
	if (q->rc == SQLITE_ROW)
		return 1;
	if (q->rc == SQLITE_DONE)
		return 0;
	q->rc = sqlite3_extended_errcode(q->s->db);
	return sq_fail(q->s, q->rc, q->what, err);
}

int stmt_exec(struct stmt *q, err_t *err)
{
	int rc = stmt_step(q, err);

	if (rc > 0)
		return err_set(err, 0, "%s: the query returned rows", q->what);
	return rc < 0 ? -1 : sqlite3_changes(q->s->db);
}

void stmt_close(struct stmt *q)
{
	struct sqlite_store *s = q->s;

	if (q->slot >= 0) {
		sqlite3_reset(q->st);
		sqlite3_clear_bindings(q->st);
		s->cache[q->slot].in_use = false;
	} else {
		sqlite3_finalize(q->st);
	}
	q->st = NULL;
	pthread_mutex_unlock(&s->lock);
}

int stmt_run_args(struct sqlite_store *s, err_t *err, const char *what, const char *sql,
		  const struct stmt_arg *args, size_t n)
{
	struct stmt q;
	int ret;

	if (stmt_open(s, &q, what, sql, err) < 0)
		return -1;
	stmt_bind_args(&q, args, n);
	ret = stmt_exec(&q, err);
	stmt_close(&q);
	return ret;
}

int64_t stmt_int64(struct stmt *q, int col)
{
	return sqlite3_column_int64(q->st, col);
}

void stmt_text(struct stmt *q, int col, char *dst, size_t size)
{
	const unsigned char *t = sqlite3_column_text(q->st, col);
	snprintf(dst, size, "%s", t ? (const char *)t : "");
}

char *stmt_dup(struct stmt *q, int col)
{
	const unsigned char *t = sqlite3_column_text(q->st, col);
	return t ? strdup((const char *)t) : NULL;
}

int64_t stmt_last_id(struct stmt *q)
{
	return sqlite3_last_insert_rowid(q->s->db);
}

int sq_script(struct sqlite_store *s, const char *sql, const char *what, err_t *err)
{
	int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? 0 : sq_fail(s, rc, what, err);
}

int tx_begin(struct sqlite_store *s, const char *what, err_t *err)
{
	pthread_mutex_lock(&s->lock);
	if (sq_script(s, "BEGIN IMMEDIATE", what, err) < 0) {
		pthread_mutex_unlock(&s->lock);
		return -1;
	}
	return 0;
}

int tx_end(struct sqlite_store *s, int ret, const char *what, err_t *err)
{
	if (ret >= 0 && sq_script(s, "COMMIT", what, err) < 0)
		ret = -1;
	if (ret < 0)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	pthread_mutex_unlock(&s->lock);
	return ret;
}

void stmt_cache_clear(struct sqlite_store *s)
{
	for (int i = 0; i < s->ncache; i++) {
		sqlite3_finalize(s->cache[i].st);
		free(s->cache[i].sql);
	}
	s->ncache = 0;
}
