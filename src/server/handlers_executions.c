/*
 * /v1/executions: create, read, list, cancel.
 *
 * Creating goes through the admission steps in the order of their cost to
 * the caller: the body's shape (400/413/415/422), the key's quota (429),
 * the policy (analysis: blocked or held for approval, both stored without
 * taking room in the queue), room in the queue (503); only then is a row
 * stored and the job queued.
 * Another key's execution is answered exactly as a missing one (404), so
 * ids cannot be probed.
 */
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "lang/lang.h"
#include "server/http.h"

#define LIST_DEFAULT 20
#define LIST_MAX 100

static void storage_error(struct http_reply *rep, const err_t *err)
{
	bool busy = err->errnum == STORE_EBUSY;
	reply_error(rep, busy ? 503 : 500, "storage_error", "%s", err->msg);
	rep->retry_after_s = busy ? 2 : 0;
}

static json_t *limits_object(const struct limits *l)
{
	return json_pack(
	    "{s:f, s:f, s:I, s:I, s:I, s:I, s:s}", "time_limit_s", l->time_limit_s,
	    "wall_time_limit_s", l->wall_time_limit_s, "memory_limit_mb",
	    (json_int_t)l->memory_limit_mb, "max_processes", (json_int_t)l->max_processes,
	    "max_output_kb", (json_int_t)l->max_output_kb, "disk_limit_mb",
	    (json_int_t)l->disk_limit_mb, "net", l->net == NET_LOOPBACK ? "loopback" : "none");
}

json_t *limits_to_json(const struct limits *l)
{
	return limits_object(l);
}

static struct job *new_job(struct server *s, struct http_request *r, struct exec_request *req)
{
	struct job *j = xcalloc(1, sizeof(*j));
	unsigned char raw[12];

	randombytes_buf(raw, sizeof(raw));
	memcpy(j->id, "ex_", 3);
	sodium_bin2hex(j->id + 3, sizeof(j->id) - 3, raw, sizeof(raw));
	store_now(j->created_at);
	sha256_hex(req->code, req->code_len, j->code_hash);
	j->key_id = r->key.id;
	j->req = *req;
	memset(req, 0, sizeof(*req));
	j->cancel_pipe[0] = j->cancel_pipe[1] = -1;
	j->accepted_ms = monotonic_ms();
	(void)s;
	return j;
}

/* The request as stored: the code replaced by its redacted copy when there
 * is one (redact_code). */
static char *stored_request(const struct exec_request *req, const struct policy_verdict *v)
{
	if (v->stored_code == NULL)
		return json_dumps(req->root, JSON_COMPACT);
	json_t *copy = json_copy(req->root);
	json_t *code = json_stringn(v->stored_code, v->stored_len);
	/* never the original, whatever happens */
	json_object_set_new(copy, "code", code ? code : json_string(""));
	char *text = json_dumps(copy, JSON_COMPACT);
	json_decref(copy);
	return text;
}

/* Stores a new execution: queued (to run), pending_approval (its request
 * kept for the approver) or policy_blocked (ended before it began). */
static int store_new(struct server *s, const struct job *j, enum exec_status status,
		     const struct policy_verdict *v, err_t *err)
{
	struct exec_row row;
	json_t *lim = limits_object(&j->req.limits);
	int ret;

	memset(&row, 0, sizeof(row));
	snprintf(row.id, sizeof(row.id), "%s", j->id);
	row.key_id = j->key_id;
	snprintf(row.language, sizeof(row.language), "%s", j->req.lang->name);
	row.status = status;
	snprintf(row.created_at, sizeof(row.created_at), "%s", j->created_at);
	snprintf(row.code_hash, sizeof(row.code_hash), "%s", j->code_hash);
	if (status == EXEC_POLICY_BLOCKED)
		store_now(row.finished_at);
	row.limits_json = json_dumps(lim, JSON_COMPACT);
	if (status != EXEC_POLICY_BLOCKED)
		row.request_json = stored_request(&j->req, v);
	row.policy_json = v->annot ? json_dumps(v->annot, JSON_COMPACT) : NULL;
	json_decref(lim);
	ret = s->st->be->exec_insert(s->st, &row, err);
	free(row.limits_json);
	free(row.request_json);
	free(row.policy_json);
	return ret;
}

static void reply_execution(struct server *s, const char *id, int status, struct http_reply *rep)
{
	struct exec_row row;
	bool found = false;
	err_t err;

	err_clear(&err);
	if (s->st->be->exec_get(s->st, id, &row, &found, &err) < 0)
		return storage_error(rep, &err);
	if (!found)
		return reply_error(rep, 500, "storage_error", "execution %s vanished", id);
	rep->status = status;
	rep->json = execution_json(&row);
	exec_row_free(&row);
}

/* A program the policy holds back: blocked (201, it ended) or pending a
 * person's approval (202, with its findings). It takes no room in the
 * queue and no concurrency slot until it is approved. */
static void hold_execution(struct server *s, struct job *j, const struct policy_verdict *v,
			   struct http_reply *rep)
{
	bool blocked = v->mode == POLICY_BLOCK;
	enum exec_status st = blocked ? EXEC_POLICY_BLOCKED : EXEC_PENDING_APPROVAL;
	const char *status = exec_status_name(st);
	char summary[200];
	err_t err;

	err_clear(&err);
	if (store_new(s, j, st, v, &err) < 0)
		return storage_error(rep, &err);
	if (!blocked && v->stored_code)
		held_code_put(s, j->id, j->req.code, j->req.code_len);
	snprintf(summary, sizeof(summary), "id=%s lang=%s status=%s findings=%zu high=%zu", j->id,
		 j->req.lang->name, status, v->findings, v->high);
	err_clear(&err);
	if (audit_append(s->st, &s->audit, status, j->key_id, j->code_hash, summary, &err) < 0)
		server_log(s, json_pack("{s:s, s:s, s:s}", "event", "error", "id", j->id, "message",
					err.msg));
	if (blocked)
		metrics_execution(&s->metrics, status, 0);
	server_log(s, json_pack("{s:s, s:s, s:s, s:s, s:I}", "event", "execution", "id", j->id,
				"language", j->req.lang->name, "status", status, "findings",
				(json_int_t)v->findings));
	if (blocked)
		return reply_execution(s, j->id, 201, rep);
	rep->status = 202;
	json_t *f = json_object_get(v->annot, "findings");
	rep->json = json_pack("{s:s, s:s, s:o}", "id", j->id, "status", status, "findings",
			      f ? json_incref(f) : json_array());
}

void handle_exec_create(struct server *s, struct http_request *r, struct http_reply *rep)
{
	struct policy_verdict v;
	struct exec_request req;
	struct api_error e;
	struct job *j;
	err_t err;
	int retry;

	if (!http_is_json(r->content_type)) {
		metrics_reject(&s->metrics, "bad_request");
		return reply_error(rep, 415, "unsupported_media_type",
				   "the body must be JSON (Content-Type: application/json)");
	}
	if (exec_request_parse(r->body, r->body_len, &s->cfg, &req, &e) < 0) {
		exec_request_free(&req);
		metrics_reject(&s->metrics, e.http == 413 ? "too_large" : "bad_request");
		return reply_api_error(rep, &e);
	}
	if (quota_admit(s, &r->key, &e, &retry) < 0) {
		exec_request_free(&req);
		reply_api_error(rep, &e);
		rep->retry_after_s = retry;
		return;
	}
	err_clear(&err);
	if (policy_evaluate(s, &r->key, &req, &v, &err) < 0) {
		exec_request_free(&req);
		quota_release(s, r->key.id);
		return reply_error(rep, 500, "analysis_error", "%s", err.msg);
	}
	if (v.hold) {
		j = new_job(s, r, &req);
		quota_release(s, j->key_id);
		hold_execution(s, j, &v, rep);
		policy_verdict_free(&v);
		j->refs = 1;
		job_unref(s, j);
		return;
	}
	if (pool_reserve(s, &e) < 0) {
		exec_request_free(&req);
		policy_verdict_free(&v);
		quota_release(s, r->key.id);
		reply_api_error(rep, &e);
		rep->retry_after_s = 1;
		return;
	}
	j = new_job(s, r, &req);
	err_clear(&err);
	if (store_new(s, j, EXEC_QUEUED, &v, &err) < 0 || pool_submit(s, j, &e) < 0) {
		if (err.msg[0]) {
			pool_unreserve(s);
			storage_error(rep, &err);
		} else {
			reply_api_error(rep, &e);
			rep->retry_after_s = 1;
		}
		policy_verdict_free(&v);
		quota_release(s, j->key_id);
		j->refs = 1;
		job_unref(s, j);
		return;
	}
	if (!j->req.wait) {
		rep->status = 202;
		rep->json = json_pack("{s:s, s:s}", "id", j->id, "status", "queued");
		json_t *f = json_object_get(v.annot, "findings");
		if (f)
			json_object_set(rep->json, "findings", f);
		policy_verdict_free(&v);
		job_unref(s, j);
		return;
	}
	policy_verdict_free(&v);
	job_wait(s, j);
	reply_execution(s, j->id, 201, rep);
	job_unref(s, j);
}

/* The row if this key may see it; 404 otherwise (whether it exists or not). */
static bool visible_row(struct server *s, struct http_request *r, struct exec_row *row,
			struct http_reply *rep)
{
	bool found = false;
	err_t err;

	err_clear(&err);
	if (strlen(r->tail) >= STORE_ID_MAX) {
		reply_error(rep, 404, "not_found", "no execution %.40s", r->tail);
		return false;
	}
	if (s->st->be->exec_get(s->st, r->tail, row, &found, &err) < 0) {
		storage_error(rep, &err);
		return false;
	}
	if (found && !r->key.admin && row->key_id != r->key.id) {
		exec_row_free(row);
		found = false;
	}
	if (!found)
		reply_error(rep, 404, "not_found", "no execution %s", r->tail);
	return found;
}

void handle_exec_get(struct server *s, struct http_request *r, struct http_reply *rep)
{
	struct exec_row row;

	if (!visible_row(s, r, &row, rep))
		return;
	rep->json = execution_json(&row);
	exec_row_free(&row);
}

/* DELETE of a pending execution: it ends cancelled, unless a decision
 * came first. */
static void cancel_pending(struct server *s, const struct exec_row *row, struct http_reply *rep)
{
	char now[STORE_TIME_MAX], summary[200];
	struct exec_transition t = {row->id, EXEC_PENDING_APPROVAL, EXEC_CANCELLED, now, NULL,
				    true};
	err_t err;
	int changed;

	store_now(now);
	err_clear(&err);
	changed = s->st->be->exec_transition(s->st, &t, &err);
	if (changed < 0)
		return storage_error(rep, &err);
	if (changed == 0)
		return reply_error(rep, 409, "not_cancellable", "execution %s has already ended",
				   row->id);
	size_t len;
	free(held_code_take(s, row->id, &len));
	snprintf(summary, sizeof(summary), "id=%s lang=%s status=cancelled exit=-1 cpu_ms=0",
		 row->id, row->language);
	err_clear(&err);
	if (audit_append(s->st, &s->audit, "execution", row->key_id, row->code_hash, summary,
			 &err) < 0)
		server_log(s, json_pack("{s:s, s:s, s:s}", "event", "error", "id", row->id,
					"message", err.msg));
	metrics_execution(&s->metrics, "cancelled", 0);
	reply_execution(s, row->id, 200, rep);
}

void handle_exec_cancel(struct server *s, struct http_request *r, struct http_reply *rep)
{
	struct exec_row row;
	bool live;

	if (!visible_row(s, r, &row, rep))
		return;
	if (row.status == EXEC_PENDING_APPROVAL) {
		cancel_pending(s, &row, rep);
		exec_row_free(&row);
		return;
	}
	live = row.status == EXEC_QUEUED || row.status == EXEC_RUNNING;
	exec_row_free(&row);
	if (!live || pool_cancel(s, r->tail, r->key.admin ? -1 : r->key.id) != 0)
		return reply_error(rep, 409, "not_cancellable", "execution %s has already ended",
				   r->tail);
	reply_execution(s, r->tail, 200, rep);
}

static bool parse_count(const char *s, long long lo, long long hi, long long *out)
{
	char *end;
	long long v;

	if (s == NULL || *s == 0)
		return false;
	v = strtoll(s, &end, 10);
	if (*end || v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

void handle_exec_list(struct server *s, struct http_request *r, struct http_reply *rep)
{
	const char *lim = http_query(r, "limit"), *cur = http_query(r, "cursor"),
		   *st = http_query(r, "status");
	long long limit = LIST_DEFAULT, before = 0;
	enum exec_status status;
	struct exec_row rows[LIST_MAX + 1];
	err_t err;
	int n;

	if (lim && !parse_count(lim, 1, LIST_MAX, &limit))
		return reply_error(rep, 400, "bad_request", "limit must be a number from 1 to %d",
				   LIST_MAX);
	if (cur && !parse_count(cur, 1, INT64_MAX, &before))
		return reply_error(rep, 400, "bad_request", "cursor is not one this server gave");
	if (st && exec_status_parse(st, &status) < 0)
		return reply_error(rep, 400, "bad_request", "unknown status '%s'", st);
	err_clear(&err);
	n = s->st->be->exec_list(s->st, r->key.admin ? -1 : r->key.id, st ? (int)status : -1,
				 before, rows, (int)limit + 1, &err);
	if (n < 0)
		return storage_error(rep, &err);
	json_t *arr = json_array();
	for (int i = 0; i < n && i < limit; i++)
		json_array_append_new(arr, execution_json(&rows[i]));
	char next[32] = "";
	if (n > limit)
		snprintf(next, sizeof(next), "%lld", (long long)rows[limit - 1].seq);
	for (int i = 0; i < n; i++)
		exec_row_free(&rows[i]);
	rep->json =
	    json_pack("{s:o, s:s?}", "executions", arr, "next_cursor", next[0] ? next : NULL);
	if (!next[0])
		json_object_set_new(rep->json, "next_cursor", json_null());
}
