/*
 * The query helper of the PostgreSQL store (pg_int.h): the lock, values,
 * transactions, columns, reconnection and the one mapping of PostgreSQL's
 * errors to err_t.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/pg_int.h"

/* ---- failures ---- */

const char *pg_sqlstate(const PGresult *res)
{
	const char *code = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	return code ? code : "";
}

/* Trying again later may work: the connection is gone (class 08), the
 * server is going down or starting (57P01..57P03), out of resources (53),
 * a serialisation failure or deadlock (40001, 40P01), a lock not had
 * (55P03). */
static bool transient(struct pg_store *s, const char *code)
{
	if (PQstatus(s->conn) != CONNECTION_OK || code[0] == 0)
		return PQstatus(s->conn) != CONNECTION_OK;
	return strncmp(code, "08", 2) == 0 || strncmp(code, "53", 2) == 0 ||
	       strncmp(code, "57P0", 4) == 0 || strcmp(code, "40001") == 0 ||
	       strcmp(code, "40P01") == 0 || strcmp(code, "55P03") == 0;
}

int pg_fail(struct pg_store *s, const PGresult *res, const char *what, err_t *err)
{
	const char *msg = res ? PQresultErrorMessage(res) : "";
	size_t n;

	if (msg[0] == 0)
		msg = PQerrorMessage(s->conn);
	if (msg[0] == 0)
		msg = "no answer from PostgreSQL";
	err->errnum = transient(s, pg_sqlstate(res)) ? STORE_EBUSY : 0;
	/* not err_set: it would append strerror(STORE_EBUSY) */
	n = strcspn(msg, "\n"); /* the first line; DETAIL and HINT may hold values */
	if (strncmp(msg, "ERROR:  ", 8) == 0 || strncmp(msg, "FATAL:  ", 8) == 0) {
		msg += 8;
		n -= 8;
	}
	snprintf(err->msg, sizeof(err->msg), "%s: %.*s", what, (int)n, msg);
	return -1;
}

/* ---- the connection ---- */

/* A connection that was lost is made again, outside a transaction (inside
 * one, what the transaction did is gone: its statements fail until
 * pg_tx_end). */
static int pg_ready(struct pg_store *s, const char *what, err_t *err)
{
	if (PQstatus(s->conn) == CONNECTION_OK)
		return 0;
	if (s->tx_depth == 0) {
		pg_prepared_clear(s); /* they went with the old connection */
		PQreset(s->conn);
	}
	if (PQstatus(s->conn) == CONNECTION_OK)
		return 0;
	pg_fail(s, NULL, what, err);
	err->errnum = STORE_EBUSY;
	return -1;
}

void pg_prepared_clear(struct pg_store *s)
{
	for (int i = 0; i < s->nprepared; i++)
		free(s->prepared[i]);
	s->nprepared = 0;
}

/* The index of sql prepared on this connection, preparing it when there is
 * room; -1: run it unprepared (no room, or preparing failed: running it
 * then reports why). */
static int prepared(struct pg_store *s, const char *sql, int n)
{
	char name[16];
	PGresult *res;
	bool ok;

	for (int i = 0; i < s->nprepared; i++)
		if (strcmp(s->prepared[i], sql) == 0)
			return i;
	if (s->nprepared == PG_PREPARED_MAX)
		return -1;
	snprintf(name, sizeof(name), "a%d", s->nprepared);
	res = PQprepare(s->conn, name, sql, n, NULL);
	ok = PQresultStatus(res) == PGRES_COMMAND_OK;
	PQclear(res);
	if (!ok)
		return -1;
	if ((s->prepared[s->nprepared] = strdup(sql)) == NULL) {
		/* prepared but not kept: let it go, so the name can be used again */
		char drop[32];
		snprintf(drop, sizeof(drop), "DEALLOCATE %s", name);
		PQclear(PQexec(s->conn, drop));
		return -1;
	}
	return s->nprepared++;
}

/* The values of args as libpq takes them, text; nums holds the numbers'
 * digits. */
static void to_values(const struct pg_arg *args, size_t n, char (*nums)[24], const char **values)
{
	for (size_t i = 0; i < n; i++) {
		switch (args[i].kind) {
		case PG_TEXT:
			values[i] = args[i].text;
			break;
		case PG_INT:
			snprintf(nums[i], sizeof(nums[i]), "%lld", (long long)args[i].num);
			values[i] = nums[i];
			break;
		case PG_BOOL:
			values[i] = args[i].num ? "true" : "false";
			break;
		}
	}
}

PGresult *pg_query_args(struct pg_store *s, err_t *err, const char *what, const char *sql,
			const struct pg_arg *args, size_t n)
{
	char nums[PG_VALUES_MAX][24];
	const char *values[PG_VALUES_MAX];
	PGresult *res;
	ExecStatusType rc;

	if (n > PG_VALUES_MAX) {
		err_set(err, 0, "%s: too many values (%zu)", what, n);
		return NULL;
	}
	to_values(args, n, nums, values);
	pthread_mutex_lock(&s->lock);
	if (pg_ready(s, what, err) < 0) {
		pthread_mutex_unlock(&s->lock);
		return NULL;
	}
	int slot = prepared(s, sql, (int)n);
	if (slot >= 0) {
		char name[16];
		snprintf(name, sizeof(name), "a%d", slot);
		res = PQexecPrepared(s->conn, name, (int)n, values, NULL, NULL, 0);
	} else {
		res = PQexecParams(s->conn, sql, (int)n, NULL, values, NULL, NULL, 0);
	}
	rc = PQresultStatus(res);
	if (rc != PGRES_COMMAND_OK && rc != PGRES_TUPLES_OK) {
		pg_fail(s, res, what, err);
		PQclear(res);
		res = NULL;
	}
	pthread_mutex_unlock(&s->lock);
	return res;
}

/* Reads the results of a pipeline of n statements and its sync into res;
 * the first failure sets err. Returns 0 or -1. */
static int pipeline_results(struct pg_store *s, int n, PGresult **res, const char *what, err_t *err)
{
	int ret = 0;

	for (int i = 0; i < n; i++) {
		PGresult *r = PQgetResult(s->conn);
		if (r == NULL) /* the connection is gone */
			return ret < 0 ? ret : pg_fail(s, NULL, what, err);
		ExecStatusType rc = PQresultStatus(r);
		if (rc == PGRES_COMMAND_OK || rc == PGRES_TUPLES_OK) {
			res[i] = r;
		} else {
			/* PGRES_PIPELINE_ABORTED: not run, after the one that failed */
			if (ret == 0)
				ret =
				    pg_fail(s, rc == PGRES_PIPELINE_ABORTED ? NULL : r, what, err);
			PQclear(r);
		}
		while ((r = PQgetResult(s->conn)) != NULL) /* the statement's end: NULL */
			PQclear(r);
	}
	PGresult *sync = PQgetResult(s->conn);
	bool synced = PQresultStatus(sync) == PGRES_PIPELINE_SYNC;
	PQclear(sync);
	if (!synced && ret == 0)
		ret = pg_fail(s, NULL, what, err);
	return ret;
}

int pg_pipeline(struct pg_store *s, err_t *err, const char *what, const struct pg_step *steps,
		int n, PGresult **res)
{
	char nums[PG_PIPELINE_MAX][PG_VALUES_MAX][24];
	const char *values[PG_PIPELINE_MAX][PG_VALUES_MAX];
	int slots[PG_PIPELINE_MAX];
	int ret = 0;

	for (int i = 0; i < n; i++)
		res[i] = NULL;
	if (n > PG_PIPELINE_MAX)
		return err_set(err, 0, "%s: too many statements (%d)", what, n);
	for (int i = 0; i < n; i++) {
		if (steps[i].n > PG_VALUES_MAX)
			return err_set(err, 0, "%s: too many values (%zu)", what, steps[i].n);
		to_values(steps[i].args, steps[i].n, nums[i], values[i]);
	}
	pthread_mutex_lock(&s->lock);
	if (pg_ready(s, what, err) < 0) {
		pthread_mutex_unlock(&s->lock);
		return -1;
	}
	/* prepared first: PQprepare waits for its answer, which pipeline mode
	 * does not allow */
	for (int i = 0; i < n; i++)
		slots[i] = prepared(s, steps[i].sql, (int)steps[i].n);
	if (!PQenterPipelineMode(s->conn)) {
		pg_fail(s, NULL, what, err);
		pthread_mutex_unlock(&s->lock);
		return -1;
	}
	int sent = 0;
	for (; sent < n; sent++) {
		int ok;
		if (slots[sent] >= 0) {
			char name[16];
			snprintf(name, sizeof(name), "a%d", slots[sent]);
			ok = PQsendQueryPrepared(s->conn, name, (int)steps[sent].n, values[sent],
						 NULL, NULL, 0);
		} else {
			ok = PQsendQueryParams(s->conn, steps[sent].sql, (int)steps[sent].n, NULL,
					       values[sent], NULL, NULL, 0);
		}
		if (!ok)
			break;
	}
	if (sent < n || !PQpipelineSync(s->conn))
		ret = pg_fail(s, NULL, what, err);
	else
		ret = pipeline_results(s, n, res, what, err);
	if (!PQexitPipelineMode(s->conn)) {
		/* results left unread (the connection broke midway): a new
		 * connection ends pipeline mode, when outside a transaction */
		if (ret == 0)
			ret = pg_fail(s, NULL, what, err);
		err->errnum = STORE_EBUSY;
		if (s->tx_depth == 0) {
			pg_prepared_clear(s);
			PQreset(s->conn);
		}
	}
	if (ret < 0)
		for (int i = 0; i < n; i++) {
			PQclear(res[i]);
			res[i] = NULL;
		}
	pthread_mutex_unlock(&s->lock);
	return ret;
}

int pg_run_args(struct pg_store *s, err_t *err, const char *what, const char *sql,
		const struct pg_arg *args, size_t n)
{
	PGresult *res = pg_query_args(s, err, what, sql, args, n);
	int changed;

	if (res == NULL)
		return -1;
	changed = atoi(PQcmdTuples(res));
	PQclear(res);
	return changed;
}

PGresult *pg_script_rows(struct pg_store *s, const char *sql, const char *what, err_t *err)
{
	PGresult *res;

	pthread_mutex_lock(&s->lock);
	if (pg_ready(s, what, err) < 0) {
		pthread_mutex_unlock(&s->lock);
		return NULL;
	}
	res = PQexec(s->conn, sql);
	if (PQresultStatus(res) != PGRES_COMMAND_OK && PQresultStatus(res) != PGRES_TUPLES_OK) {
		pg_fail(s, res, what, err);
		PQclear(res);
		res = NULL;
	}
	pthread_mutex_unlock(&s->lock);
	return res;
}

int pg_script(struct pg_store *s, const char *sql, const char *what, err_t *err)
{
	PGresult *res = pg_script_rows(s, sql, what, err);

	if (res == NULL)
		return -1;
	PQclear(res);
	return 0;
}

int pg_tx_begin(struct pg_store *s, const char *what, err_t *err)
{
	pthread_mutex_lock(&s->lock);
	if (pg_script(s, "BEGIN", what, err) < 0) {
		pthread_mutex_unlock(&s->lock);
		return -1;
	}
	s->tx_depth++;
	return 0;
}

int pg_tx_end(struct pg_store *s, int ret, const char *what, err_t *err)
{
	err_t ignored;

	if (ret >= 0 && pg_script(s, "COMMIT", what, err) < 0)
		ret = -1;
	if (ret < 0 && PQtransactionStatus(s->conn) != PQTRANS_IDLE)
		pg_script(s, "ROLLBACK", what, &ignored);
	s->tx_depth--;
	pthread_mutex_unlock(&s->lock);
	return ret;
}

int pg_tx_begin_with(struct pg_store *s, const char *what, const struct pg_step *steps, int n,
		     PGresult **res, err_t *err)
{
	struct pg_step all[PG_PIPELINE_MAX] = {{"BEGIN", NULL, 0}};
	PGresult *got[PG_PIPELINE_MAX];
	err_t ignored;

	if (n + 1 > PG_PIPELINE_MAX)
		return err_set(err, 0, "%s: too many statements (%d)", what, n);
	for (int i = 0; i < n; i++)
		all[i + 1] = steps[i];
	pthread_mutex_lock(&s->lock);
	if (pg_pipeline(s, err, what, all, n + 1, got) < 0) {
		/* BEGIN went through and a statement after it failed */
		if (PQtransactionStatus(s->conn) != PQTRANS_IDLE)
			pg_script(s, "ROLLBACK", what, &ignored);
		pthread_mutex_unlock(&s->lock);
		return -1;
	}
	PQclear(got[0]);
	for (int i = 0; i < n; i++)
		res[i] = got[i + 1];
	s->tx_depth++;
	return 0;
}

int pg_tx_end_with(struct pg_store *s, int ret, const struct pg_step *steps, int n,
		   const char *what, err_t *err)
{
	struct pg_step all[PG_PIPELINE_MAX];
	PGresult *got[PG_PIPELINE_MAX];
	err_t ignored;

	if (ret >= 0 && n + 1 > PG_PIPELINE_MAX)
		ret = err_set(err, 0, "%s: too many statements (%d)", what, n);
	if (ret >= 0) {
		for (int i = 0; i < n; i++)
			all[i] = steps[i];
		all[n] = (struct pg_step){"COMMIT", NULL, 0};
		if (pg_pipeline(s, err, what, all, n + 1, got) < 0)
			ret = -1;
		else
			for (int i = 0; i <= n; i++)
				PQclear(got[i]);
	}
	/* a statement that failed leaves the transaction aborted, not ended */
	if (ret < 0 && PQtransactionStatus(s->conn) != PQTRANS_IDLE)
		pg_script(s, "ROLLBACK", what, &ignored);
	s->tx_depth--;
	pthread_mutex_unlock(&s->lock);
	return ret;
}

/* ---- columns ---- */

int64_t col_int64(const PGresult *res, int i, int col)
{
	return PQgetisnull(res, i, col) ? 0 : strtoll(PQgetvalue(res, i, col), NULL, 10);
}

bool col_bool(const PGresult *res, int i, int col)
{
	return !PQgetisnull(res, i, col) && PQgetvalue(res, i, col)[0] == 't';
}

void col_text(const PGresult *res, int i, int col, char *dst, size_t size)
{
	snprintf(dst, size, "%s", PQgetisnull(res, i, col) ? "" : PQgetvalue(res, i, col));
}

char *col_dup(const PGresult *res, int i, int col)
{
	return PQgetisnull(res, i, col) ? NULL : strdup(PQgetvalue(res, i, col));
}

PGconn *pg_connect(const char *url)
{
	/* defaults first: what the URL says wins (expand_dbname) */
	const char *const keys[] = {"connect_timeout", "application_name", "dbname", NULL};
	const char *const values[] = {"5", "airlock", url, NULL};

	return PQconnectdbParams(keys, values, 1);
}
