/*
 * What the service keeps and says about an execution: the object every
 * front end shows (the stored result, or a placeholder while it has none,
 * with what the policy added), its links in the audit chain, its counts in
 * the metrics and its log lines.
 */
#include <stdio.h>
#include <string.h>

#include "service/internal.h"

void service_log(struct service *s, json_t *line)
{
	char now[STORE_TIME_MAX];

	if (line == NULL)
		return;
	store_now(now);
	json_object_set_new(line, "time", json_string(now));
	if (s->log)
		s->log(s->log_ctx, line);
	json_decref(line);
}

void log_error(struct service *s, const char *id, const char *message)
{
	service_log(s,
		    json_pack("{s:s, s:s?, s:s}", "event", "error", "id", id, "message", message));
}

void record_audit(struct service *s, const char *event, const char *id, int64_t key_id,
		  const char *code_hash, const char *summary)
{
	err_t err;

	err_clear(&err);
	if (audit_append(s->st, &s->audit, event, key_id, code_hash, summary, &err) < 0)
		log_error(s, id, err.msg);
}

/* " net=HOST:PORT+,HOST:PORT-,..." (+ allowed, - refused), as many as fit,
 * then " (N more)": the audit chain lists a run's requests. */
static void audit_network(char *buf, size_t size, size_t len, const json_t *network)
{
	const json_t *reqs = json_object_get(network, "requests"), *q;
	size_t i, total = json_array_size(reqs);
	json_t *drop = json_object_get(network, "requests_dropped");

	total += json_is_integer(drop) ? (size_t)json_integer_value(drop) : 0;
	if (len >= size)
		return;
	len += (size_t)snprintf(buf + len, size - len, " net=");
	json_array_foreach(reqs, i, q)
	{
		char one[NET_HOST_MAX + 16];
		int n = snprintf(one, sizeof(one), "%s%s:%lld%c", i ? "," : "",
				 json_string_value(json_object_get(q, "host")),
				 (long long)json_integer_value(json_object_get(q, "port")),
				 json_is_true(json_object_get(q, "allowed")) ? '+' : '-');
		if (len + (size_t)n + 24 >= size) {
			snprintf(buf + len, size - len, " (%zu more)", total - i);
			return;
		}
		memcpy(buf + len, one, (size_t)n + 1);
		len += (size_t)n;
	}
	if (total > json_array_size(reqs))
		snprintf(buf + len, size - len, " (%zu more)", total - json_array_size(reqs));
}

void record_ended(struct service *s, const struct ended *x)
{
	const char *status = exec_status_name(x->status);
	char summary[256]; /* the audit row's (store.h) */

	int n = snprintf(summary, sizeof(summary), "id=%s lang=%s status=%s exit=%lld cpu_ms=%llu",
			 x->id, x->language, status, x->exit_code, (unsigned long long)x->cpu_ms);
	if (x->network)
		audit_network(summary, sizeof(summary), (size_t)n, x->network);
	record_audit(s, "execution", x->id, x->key_id, x->code_hash, summary);
	metrics_execution(&s->metrics, status, x->seconds);
	service_log(s, json_pack("{s:s, s:s, s:s, s:s, s:I, s:f}", "event", "execution", "id",
				 x->id, "language", x->language, "status", status, "cpu_ms",
				 (json_int_t)x->cpu_ms, "seconds",
				 (double)(int64_t)(x->seconds * 1000) / 1000));
}

void service_on_ended(struct service *s, service_ended_fn fn, void *ctx)
{
	s->on_ended = fn;
	s->on_ended_ctx = ctx;
}

void record_notify(struct service *s, const char *id, int64_t key_id, const char *meta_json)
{
	if (s->on_ended)
		s->on_ended(s->on_ended_ctx, id, key_id, meta_json);
}

json_t *stored_json(const char *text)
{
	/* JSON_ALLOW_NUL: a program's output may hold NUL bytes (\u0000) */
	return text ? json_loads(text, JSON_ALLOW_NUL, NULL) : NULL;
}

/* What the policy added (findings, rejection, ...) joins the execution;
 * the result's own fields win, except `redactions`, where the code's
 * (stored with the policy) come before the output's (from the run). */
static void merge_policy(json_t *o, const char *policy_json)
{
	json_t *p = stored_json(policy_json);
	json_t *mine = json_object_get(o, "redactions"), *code = json_object_get(p, "redactions");

	if (!json_is_object(p)) {
		json_decref(p);
		return;
	}
	if (json_is_array(mine) && json_is_array(code)) {
		json_t *all = json_copy(code);
		json_array_extend(all, mine);
		json_object_set_new(o, "redactions", all);
	}
	json_object_update_missing(o, p);
	json_decref(p);
}

/* An execution with no result yet (queued, running, pending, blocked,
 * cancelled before it ran): the result object's fields, nothing measured. */
static json_t *placeholder(const struct exec_row *r)
{
	json_t *o = json_object();
	json_t *lim = stored_json(r->limits_json);

	json_object_set_new(o, "status", json_string(exec_status_name(r->status)));
	json_object_set_new(o, "exit_code", json_null());
	json_object_set_new(o, "signal", json_null());
	json_object_set_new(o, "stdout", json_string(""));
	json_object_set_new(o, "stderr", json_string(""));
	json_object_set_new(o, "stdout_truncated", json_false());
	json_object_set_new(o, "stderr_truncated", json_false());
	json_object_set_new(o, "time",
			    json_pack("{s:i, s:i, s:i, s:i}", "wall_ms", 0, "cpu_ms", 0, "user_ms",
				      0, "sys_ms", 0));
	json_object_set_new(o, "memory_peak_kb", json_integer(0));
	json_object_set_new(o, "language", json_string(r->language));
	json_object_set_new(o, "limits", lim ? lim : json_object());
	return o;
}

json_t *execution_json(const struct exec_row *r)
{
	json_t *o = stored_json(r->result_json);

	if (o == NULL)
		o = placeholder(r);
	json_object_set_new(o, "id", json_string(r->id));
	json_object_set_new(o, "status", json_string(exec_status_name(r->status)));
	json_object_set_new(o, "created_at", json_string(r->created_at));
	json_object_set_new(o, "finished_at",
			    r->finished_at[0] ? json_string(r->finished_at) : json_null());
	json_object_set_new(o, "code_sha256", json_string(r->code_hash));
	if (r->node[0]) /* many nodes (docs/store.md): the node that ran it, or holds it queued */
		json_object_set_new(o, "node", json_string(r->node));
	if (r->policy_json)
		merge_policy(o, r->policy_json);
	json_t *meta = stored_json(r->meta_json);
	if (meta)
		json_object_set_new(o, "meta", meta);
	return o;
}

int execution_row(struct service *s, const char *id, struct exec_row *row, struct svc_error *e)
{
	bool found = false;
	err_t err;

	if (strlen(id) >= STORE_ID_MAX)
		return svc_error_set(e, SVC_NOT_FOUND, "not_found", "no execution %.40s", id);
	err_clear(&err);
	if (s->st->be->exec_get(s->st, id, row, &found, &err) < 0)
		return svc_error_store(e, &err);
	if (!found)
		return svc_error_set(e, SVC_NOT_FOUND, "not_found", "no execution %s", id);
	return 0;
}

int execution_read(struct service *s, const char *id, json_t **out, struct svc_error *e)
{
	struct exec_row row;
	bool found = false;
	err_t err;

	err_clear(&err);
	if (s->st->be->exec_get(s->st, id, &row, &found, &err) < 0)
		return svc_error_store(e, &err);
	if (!found)
		return svc_error_set(e, SVC_INTERNAL, "storage_error",
				     "execution %s vanished from the store", id);
	*out = execution_json(&row);
	exec_row_free(&row);
	return 0;
}

int record_cancel_row(struct service *s, const char *id, enum exec_status from, err_t *err)
{
	char now[STORE_TIME_MAX];
	struct exec_transition t = {
	    .id = id,
	    .from = from,
	    .to = EXEC_CANCELLED,
	    .finished_at = now,
	    .drop_request = true,
	};

	store_now(now);
	err_clear(err);
	return s->st->be->exec_transition(s->st, &t, err);
}

int record_cancelled(struct service *s, const struct exec_row *row, enum exec_status from,
		     err_t *err)
{
	int changed = record_cancel_row(s, row->id, from, err);
	if (changed <= 0)
		return changed;
	struct ended x = {
	    .id = row->id,
	    .language = row->language,
	    .code_hash = row->code_hash,
	    .key_id = row->key_id,
	    .status = EXEC_CANCELLED,
	    .exit_code = -1,
	};
	record_ended(s, &x);
	record_notify(s, row->id, row->key_id, row->meta_json);
	return changed;
}
