/*
 * Executions as callers see them: submit, read, list, cancel.
 *
 * Submitting goes through admission in the order of its cost to the
 * caller: the key's quota, the policy (blocked, or held for approval: both
 * stored without taking room in the queue), room in the queue; only then
 * is a row stored and the job queued. Another key's execution is answered
 * exactly as a missing one, so ids cannot be probed.
 */
#include <stdio.h>
#include <string.h>

#include "engine/result.h"
#include "lang/lang.h"
#include "service/internal.h"

void submission_free(struct submission *sub)
{
	json_decref(sub->execution);
	json_decref(sub->findings);
	sub->execution = sub->findings = NULL;
}

/* What identifies a new execution. */
struct accepted {
	char id[STORE_ID_MAX];
	char created_at[STORE_TIME_MAX];
	char code_hash[STORE_HASH_HEX];
	int64_t key_id;
};

/* The id comes first: admission holds the key's slot under it. */
static void new_id(struct accepted *a)
{
	service_new_id(a->id, sizeof(a->id), "ex_", 12);
}

static void accept_new(const struct key_row *key, const struct exec_request *req,
		       struct accepted *a)
{
	store_now(a->created_at);
	sha256_hex(req->code, req->code_len, a->code_hash);
	a->key_id = key->id;
}

/* The request as stored: its redacted copy when there is one
 * (redact_code). */
static char *stored_request(const struct exec_request *req, const struct policy_outcome *po)
{
	return json_dumps(po->stored ? po->stored : req->root, JSON_COMPACT);
}

/* Stores a new execution: queued (to run), pending_approval (its request
 * kept for the approver) or policy_blocked (ended before it began). */
static int store_new(struct service *s, const struct accepted *a, const struct exec_request *req,
		     enum exec_status status, const struct policy_outcome *po, err_t *err)
{
	struct exec_row row;
	json_t *lim = limits_to_json(&req->limits), *meta = policy_stored_meta(s, req->meta);
	int ret;

	memset(&row, 0, sizeof(row));
	snprintf(row.id, sizeof(row.id), "%s", a->id);
	row.key_id = a->key_id;
	snprintf(row.language, sizeof(row.language), "%s", req->lang->name);
	row.status = status;
	snprintf(row.created_at, sizeof(row.created_at), "%s", a->created_at);
	snprintf(row.code_hash, sizeof(row.code_hash), "%s", a->code_hash);
	if (status == EXEC_POLICY_BLOCKED)
		store_now(row.finished_at);
	else
		row.request_json = stored_request(req, po);
	row.limits_json = json_dumps(lim, JSON_COMPACT);
	row.policy_json = po->annot ? json_dumps(po->annot, JSON_COMPACT) : NULL;
	row.meta_json = meta ? json_dumps(meta, JSON_COMPACT) : NULL;
	row.pinned = req->stream != NULL || po->stored != NULL; /* see exec_claim */
	row.announce = status == EXEC_QUEUED && pool_busy(s);
	json_decref(meta);
	json_decref(lim);
	ret = s->st->be->exec_insert(s->st, &row, err);
	if (ret == 0 && row.announce && !row.pinned)
		metrics_queue(&s->metrics, &s->metrics.queue.announced);
	free(row.meta_json);
	free(row.limits_json);
	free(row.request_json);
	free(row.policy_json);
	return ret;
}

static json_t *findings_of(const struct policy_outcome *po)
{
	json_t *f = json_object_get(po->annot, "findings");
	return f ? json_incref(f) : NULL;
}

/* A program the policy holds back: blocked (it ended) or pending a
 * person's approval. It takes no room in the queue and no concurrency
 * slot until it is approved. */
static int hold(struct service *s, const struct accepted *a, const struct exec_request *req,
		const struct policy_outcome *po, struct submission *out, struct svc_error *e)
{
	bool blocked = po->verdict == VERDICT_BLOCK;
	enum exec_status status = blocked ? EXEC_POLICY_BLOCKED : EXEC_PENDING_APPROVAL;
	const char *name = exec_status_name(status);
	char summary[200];
	err_t err;

	err_clear(&err);
	if (store_new(s, a, req, status, po, &err) < 0)
		return svc_error_store(e, &err);
	if (!blocked && po->stored) {
		char *original = json_dumps(req->root, JSON_COMPACT);
		held_request_put(s, a->id, original ? original : "");
		free(original);
	}
	snprintf(summary, sizeof(summary), "id=%s lang=%s status=%s findings=%zu high=%zu", a->id,
		 req->lang->name, name, po->findings, po->high);
	record_audit(s, name, a->id, a->key_id, a->code_hash, summary);
	if (blocked) {
		metrics_execution(&s->metrics, name, 0);
		char *meta = req->meta ? json_dumps(req->meta, JSON_COMPACT) : NULL;
		record_notify(s, a->id, a->key_id, meta);
		free(meta);
	}
	service_log(s, json_pack("{s:s, s:s, s:s, s:s, s:I}", "event", "execution", "id", a->id,
				 "language", req->lang->name, "status", name, "findings",
				 (json_int_t)po->findings));
	snprintf(out->id, sizeof(out->id), "%s", a->id);
	out->status = status;
	out->findings = findings_of(po);
	if (!out->findings)
		out->findings = json_array();
	return blocked ? execution_read(s, a->id, &out->execution, e) : 0;
}

/* Stores the execution as queued and queues it; its room is reserved. */
static int enqueue(struct service *s, const struct accepted *a, struct exec_request *req,
		   const struct policy_outcome *po, struct job **out, struct svc_error *e)
{
	err_t err;

	err_clear(&err);
	if (store_new(s, a, req, EXEC_QUEUED, po, &err) < 0) {
		pool_unreserve(s);
		return svc_error_store(e, &err);
	}
	struct job *j = job_new(a->id, a->created_at, a->code_hash, a->key_id, req);
	if (pool_submit(s, j, e) < 0) {
		job_unref(s, j);
		return -1;
	}
	*out = j;
	return 0;
}

/* The hosts of egress outside the key's list, ", "-separated into out
 * (empty: none; the key has no list: none). -1 when the list is unreadable. */
static int egress_outside_key(const struct key_row *key, const struct egress_policy *egress,
			      char *out, size_t size, struct svc_error *e)
{
	struct egress_policy *mine;
	err_t err;
	size_t n = 0;

	out[0] = '\0';
	if (egress == NULL || key->egress[0] == '\0')
		return 0;
	mine = xmalloc(sizeof(*mine));
	if (egress_parse_list(mine, key->egress, &err) < 0) {
		free(mine);
		return svc_error_set(e, SVC_INTERNAL, "internal_error",
				     "the key's egress list is unreadable: %s", err.msg);
	}
	for (size_t i = 0; i < egress->nrules; i++)
		if (!egress_rule_within(&egress->rules[i], mine) && n + 8 < size) {
			int w =
			    snprintf(out + n, size - n, "%s%s%s", n ? ", " : "",
				     egress->rules[i].wildcard ? "*." : "", egress->rules[i].host);
			n = w > 0 && (size_t)w < size - n ? n + (size_t)w : size - 1;
		}
	free(mine);
	return 0;
}

int service_egress_within_key(const struct key_row *key, const struct egress_policy *egress,
			      struct svc_error *e)
{
	char hosts[512];

	if (egress_outside_key(key, egress, hosts, sizeof(hosts), e) < 0)
		return -1;
	if (hosts[0])
		return svc_error_set(e, SVC_INVALID, "egress_not_allowed",
				     "host '%s' is not in the key's egress allow-list", hosts);
	return 0;
}

json_t *service_egress_hosts(struct service *s, const struct key_row *key)
{
	const struct egress_policy *p = &s->cfg.egress;
	struct egress_policy *mine = NULL;
	json_t *out = json_array();
	err_t err;

	if (key->egress[0]) {
		mine = xmalloc(sizeof(*mine));
		if (egress_parse_list(mine, key->egress, &err) < 0)
			mine->nrules = 0; /* unreadable: nothing (as service_submit refuses) */
		p = mine;
	}
	for (size_t i = 0; i < p->nrules; i++) {
		char host[NET_HOST_MAX + 16];
		if (egress_rule_format(&p->rules[i], host, sizeof(host)) == 0)
			json_array_append_new(out, json_string(host));
	}
	free(mine);
	return out;
}

/* With the policy mode approve, hosts outside the key's list (within the
 * server's: checked with the request) are a person's to allow: the
 * execution is held, its findings name them. */
static void egress_for_approval(struct policy_outcome *po, const char *hosts)
{
	char msg[640];

	snprintf(msg, sizeof(msg), "asks to reach %s, not in the key's egress allow-list", hosts);
	if (po->annot == NULL)
		po->annot = json_object();
	json_t *f = json_object_get(po->annot, "findings");
	if (!json_is_array(f)) {
		f = json_array();
		json_object_set_new(po->annot, "findings", f);
	}
	json_array_append_new(f, json_pack("{s:s, s:s, s:i, s:i, s:s, s:s, s:n}", "rule",
					   "egress-host-outside-key", "severity", "high", "line", 0,
					   "column", 0, "message", msg, "text", hosts, "file"));
	po->findings++;
	po->high++;
	if (po->verdict == VERDICT_RUN)
		po->verdict = VERDICT_ASK;
}

int service_submit(struct service *s, const struct key_row *key, struct exec_request *req,
		   struct submission *out, struct svc_error *e)
{
	struct policy_outcome po;
	struct accepted a;
	struct job *j = NULL;
	err_t err;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	if (req->stream)
		req->wait = true; /* the stream's ends live on the caller's stack */
	char outside[512];
	if (egress_outside_key(key, req->egress, outside, sizeof(outside), e) < 0) {
		exec_request_free(req);
		return -1;
	}
	if (outside[0] && !policy_mode_approve(s, key)) {
		exec_request_free(req);
		return svc_error_set(e, SVC_INVALID, "egress_not_allowed",
				     "host '%s' is not in the key's egress allow-list", outside);
	}
	new_id(&a);
	if (quota_egress_admit(s, key->id, req->egress, e) < 0 ||
	    quota_admit(s, key, a.id, e) < 0) {
		exec_request_free(req);
		return -1;
	}
	err_clear(&err);
	if (policy_evaluate(s, key, req, &po, &err) < 0) {
		exec_request_free(req);
		quota_release(s, key->id, a.id);
		return svc_error_set(e, SVC_INTERNAL, "analysis_error", "%s", err.msg);
	}
	if (outside[0])
		egress_for_approval(&po, outside);
	accept_new(key, req, &a);
	if (po.verdict != VERDICT_RUN) {
		quota_release(s, key->id, NULL);
		ret = hold(s, &a, req, &po, out, e);
		if (ret < 0) /* perhaps not stored: its hold goes (a row took its place) */
			quota_forget(s, a.id);
		goto done;
	}
	if (pool_reserve(s, e) < 0 || enqueue(s, &a, req, &po, &j, e) < 0) {
		quota_release(s, key->id, a.id);
		goto done;
	}
	snprintf(out->id, sizeof(out->id), "%s", a.id);
	out->status = EXEC_QUEUED;
	out->findings = findings_of(&po);
	ret = 0;
	if (j->req.stream && j->req.stream->on_queued)
		j->req.stream->on_queued(j->req.stream->ctx, a.id);
	if (j->req.wait) {
		job_wait(s, j);
		ret = job_execution(s, j, &out->execution, e);
		if (ret == 0)
			exec_status_parse(
			    json_string_value(json_object_get(out->execution, "status")),
			    &out->status);
	}
	job_unref(s, j);
done:
	if (ret < 0)
		submission_free(out);
	policy_outcome_free(&po);
	exec_request_free(req);
	return ret;
}

/* The row if this key may see it; SVC_NOT_FOUND otherwise, whether it
 * exists or not. */
static int visible_row(struct service *s, const struct key_row *key, const char *id,
		       struct exec_row *row, struct svc_error *e)
{
	if (execution_row(s, id, row, e) < 0)
		return -1;
	if (key->admin || row->key_id == key->id)
		return 0;
	exec_row_free(row);
	return svc_error_set(e, SVC_NOT_FOUND, "not_found", "no execution %s", id);
}

int service_execution(struct service *s, const struct key_row *key, const char *id, json_t **out,
		      struct svc_error *e)
{
	struct exec_row row;

	*out = NULL;
	if (visible_row(s, key, id, &row, e) < 0)
		return -1;
	*out = execution_json(&row);
	exec_row_free(&row);
	return 0;
}

int service_wait(struct service *s, const struct key_row *key, const char *id, int timeout_ms,
		 json_t **out, struct svc_error *e)
{
	struct exec_row row;

	*out = NULL;
	if (visible_row(s, key, id, &row, e) < 0)
		return -1;
	if (row.status == EXEC_QUEUED || row.status == EXEC_RUNNING)
		pool_wait(s, row.id, key->admin ? -1 : key->id, timeout_ms);
	exec_row_free(&row);
	return execution_read(s, id, out, e);
}

/* A pending execution ends cancelled, unless a decision came first. */
static int cancel_pending(struct service *s, const struct exec_row *row, struct svc_error *e)
{
	err_t err;
	int changed = record_cancelled(s, row, EXEC_PENDING_APPROVAL, &err);
	if (changed < 0)
		return svc_error_store(e, &err);
	if (changed == 0)
		return svc_error_set(e, SVC_CONFLICT, "not_cancellable",
				     "execution %s has already ended", row->id);
	held_request_drop(s, row->id);
	return 0;
}

int service_cancel(struct service *s, const struct key_row *key, const char *id, json_t **out,
		   struct svc_error *e)
{
	struct exec_row row;
	int ret = 0;

	*out = NULL;
	if (visible_row(s, key, id, &row, e) < 0)
		return -1;
	if (row.status == EXEC_PENDING_APPROVAL)
		ret = cancel_pending(s, &row, e);
	else if ((row.status != EXEC_QUEUED && row.status != EXEC_RUNNING) ||
		 (pool_cancel(s, row.id, key->admin ? -1 : key->id) != 0 &&
		  (!s->pool.shared || pool_cancel_elsewhere(s, &row) != 0)))
		ret = svc_error_set(e, SVC_CONFLICT, "not_cancellable",
				    "execution %s has already ended", row.id);
	if (ret == 0)
		ret = execution_read(s, row.id, out, e);
	exec_row_free(&row);
	return ret;
}

int service_delete(struct service *s, const struct key_row *key, const char *id, json_t **out,
		   struct svc_error *e)
{
	struct exec_row row;
	err_t err;

	*out = NULL;
	if (visible_row(s, key, id, &row, e) < 0)
		return -1;
	json_t *was = execution_json(&row);
	err_clear(&err);
	int n = row.finished_at[0] ? s->st->be->exec_delete(s->st, row.id, &err) : 0;
	int ret = 0;
	if (n < 0)
		ret = svc_error_store(e, &err);
	else if (n == 0)
		ret = svc_error_set(e, SVC_CONFLICT, "not_ended", "execution %s has not ended",
				    row.id);
	else
		record_audit(s, "deleted", row.id, row.key_id, row.code_hash, row.id);
	exec_row_free(&row);
	if (ret == 0)
		*out = was;
	else
		json_decref(was);
	return ret;
}

int service_executions(struct service *s, const struct key_row *key, const struct exec_filter *f,
		       json_t **items, int64_t *next, struct svc_error *e)
{
	struct exec_row rows[SERVICE_LIST_MAX + 1];
	err_t err;
	int n;

	*items = NULL;
	*next = 0;
	if (f->limit < 1 || f->limit > SERVICE_LIST_MAX)
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "limit must be a number from 1 to %d", SERVICE_LIST_MAX);
	if (f->status >= EXEC_STATUS_COUNT)
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request", "unknown status");
	err_clear(&err);
	n = s->st->be->exec_list(s->st, key->admin ? -1 : key->id, f->status, f->before, rows,
				 f->limit + 1, &err);
	if (n < 0)
		return svc_error_store(e, &err);
	*items = json_array();
	for (int i = 0; i < n && i < f->limit; i++)
		json_array_append_new(*items, execution_json(&rows[i]));
	if (n > f->limit)
		*next = rows[f->limit - 1].seq;
	for (int i = 0; i < n; i++)
		exec_row_free(&rows[i]);
	return 0;
}
