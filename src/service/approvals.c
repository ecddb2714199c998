/*
 * The approval gate: a person decides on the executions the policy held
 * back (status pending_approval).
 *
 * A pending execution is a stored row with its request, and nothing else:
 * it is not in the queue and holds no worker or concurrency slot, so it can
 * wait for hours and survives a restart as it is. Approving puts it into
 * the queue like any other (room permitting; otherwise it stays
 * pending); rejecting or expiring ends it as rejected.
 *
 * Every decision is one conditional update of the row (pending_approval ->
 * queued or rejected): of two admins, or an admin and the expiry timer,
 * exactly one wins and the other is told it was already decided. The winner
 * appends an `approval` link to the audit chain with the decider's key id
 * (0 for expiry) and the code's hash.
 *
 * Expiry runs once at start-up (what expired while the server was down) and
 * then every second in a thread of its own.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "service/internal.h"

#define EXPIRY_BATCH 64

/* RFC 3339 time + the approval timeout (the store's format: ms and Z). */
static void expires_at(const struct service *s, const char *created_at, char out[STORE_TIME_MAX])
{
	struct tm tm;
	int ms = 0;

	memset(&tm, 0, sizeof(tm));
	if (sscanf(created_at, "%d-%d-%dT%d:%d:%d.%dZ", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
		   &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &ms) < 6) {
		snprintf(out, STORE_TIME_MAX, "%s", created_at);
		return;
	}
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	time_t t = timegm(&tm) + s->cfg.policy.approval_timeout_s;
	gmtime_r(&t, &tm);
	snprintf(out, STORE_TIME_MAX, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
		 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, ms);
}

/* ---- decisions ---- */

static const char *const decision_names[] = {"approve", "reject", "expire"};

/* The reason as one line for the audit summary: control characters become
 * spaces, and it is cut at a character boundary. */
static void summary_reason(const char *reason, char *out, size_t size)
{
	size_t n = 0, i;

	for (i = 0; reason[i] && n + 1 < size; i++)
		out[n++] = (unsigned char)reason[i] < 0x20 ? ' ' : reason[i];
	if (reason[i] != 0) /* cut: drop a character the cut split */
		while (n > 0 && ((unsigned char)reason[n] & 0xc0) == 0x80)
			n--;
	out[n] = 0;
}

static void audit_decision(struct service *s, const struct exec_row *row, enum approval_decision d,
			   const struct key_row *by, const char *reason)
{
	char summary[256], why[120]; /* with the longest id and name, it fits */

	summary_reason(reason, why, sizeof(why));
	snprintf(summary, sizeof(summary), "%s %s by %s%s%s", decision_names[d], row->id,
		 by ? by->name : "expiry", why[0] ? ": " : "", why);
	record_audit(s, "approval", row->id, by ? by->id : 0, row->code_hash, summary);
	service_log(s, json_pack("{s:s, s:s, s:s, s:s}", "event", "approval", "id", row->id,
				 "decision", decision_names[d], "by", by ? by->name : "expiry"));
}

/* The row's policy object with the decision added. */
static char *decided_policy(const struct exec_row *row, enum approval_decision d, const char *by,
			    const char *reason, const char *at)
{
	json_t *p = stored_json(row->policy_json);

	if (!json_is_object(p)) {
		json_decref(p);
		p = json_object();
	}
	json_object_set_new(p, d == APPROVE ? "approval" : "rejection",
			    json_pack("{s:s, s:s, s:s}", "reason", reason, "by", by, "at", at));
	char *text = json_dumps(p, JSON_COMPACT);
	json_decref(p);
	return text;
}

static int get_pending(struct service *s, const char *id, struct exec_row *row, struct svc_error *e)
{
	if (execution_row(s, id, row, e) < 0)
		return -1;
	if (row->status != EXEC_PENDING_APPROVAL) {
		svc_error_set(e, SVC_CONFLICT, "already_decided",
			      "execution %s is %s, not pending approval", id,
			      exec_status_name(row->status));
		exec_row_free(row);
		return -1;
	}
	return 0;
}

static int transition(struct service *s, const struct exec_row *row, enum exec_status to,
		      const char *finished_at, const char *policy, struct svc_error *e)
{
	struct exec_transition t = {
	    .id = row->id,
	    .from = EXEC_PENDING_APPROVAL,
	    .to = to,
	    .finished_at = finished_at,
	    .policy_json = policy,
	    .drop_request = to != EXEC_QUEUED,
	};
	err_t err;

	err_clear(&err);
	int changed = s->st->be->exec_transition(s->st, &t, &err);
	if (changed < 0)
		return svc_error_store(e, &err);
	if (changed == 0)
		return svc_error_set(e, SVC_CONFLICT, "already_decided",
				     "execution %s was decided by someone else meanwhile", row->id);
	return 0;
}

/* Approving: first the job, with its room in the queue (SVC_UNAVAILABLE
 * when there is none, SVC_INVALID when the stored request no longer fits
 * the configuration: either way it stays pending), then the decision, its
 * audit link, and only then the job is queued, so that the approval comes
 * before the execution in the chain. The answer shows it queued, as
 * decided. */
static int approve(struct service *s, struct exec_row *row, const struct key_row *by,
		   const char *reason, const char *now, json_t **out, struct svc_error *e)
{
	char *original = held_request_take(s, row->id);
	char *policy = NULL;
	struct job *j = NULL;
	int ret = -1;

	if (original == NULL && policy_code_redacted(row->policy_json))
		return svc_error_set(e, SVC_CONFLICT, "code_unavailable",
				     "the original code of %s was kept in memory only "
				     "(redact_code) and the server restarted since; reject it",
				     row->id);
	if (pool_prepare_stored(s, row, original, &j, e) < 0)
		goto keep_pending;
	policy = decided_policy(row, APPROVE, by->name, reason, now);
	if (transition(s, row, EXEC_QUEUED, NULL, policy, e) < 0) {
		pool_discard(s, j);
		goto keep_pending;
	}
	audit_decision(s, row, APPROVE, by, reason);
	ret = out ? execution_read(s, row->id, out, e) : 0;
	/* When stopping, it stays stored as queued with its request: the next
	 * start runs it. */
	struct svc_error ignored;
	if (pool_submit_prepared(s, j, &ignored) < 0)
		service_log(s, json_pack("{s:s, s:s, s:s}", "event", "not_queued", "id", row->id,
					 "reason", ignored.message));
	free(policy);
	free(original);
	return ret;
keep_pending:
	if (original)
		held_request_put(s, row->id, original);
	free(original);
	free(policy);
	return -1;
}

static int reject(struct service *s, struct exec_row *row, enum approval_decision d,
		  const struct key_row *by, const char *reason, const char *now, json_t **out,
		  struct svc_error *e)
{
	char *policy = decided_policy(row, d, by ? by->name : "expiry", reason, now);
	int ret = transition(s, row, EXEC_REJECTED, now, policy, e);

	free(policy);
	if (ret < 0)
		return -1;
	held_request_drop(s, row->id);
	audit_decision(s, row, d, by, reason);
	metrics_execution(&s->metrics, exec_status_name(EXEC_REJECTED), 0);
	record_notify(s, row->id, row->key_id, row->meta_json);
	return out ? execution_read(s, row->id, out, e) : 0;
}

static int approval_decide(struct service *s, const char *id, enum approval_decision d,
			   const struct key_row *by, const char *reason, json_t **out,
			   struct svc_error *e)
{
	struct exec_row row;
	char now[STORE_TIME_MAX];
	int ret;

	if (out)
		*out = NULL;
	if (reason == NULL || d == EXPIRE)
		reason = d == EXPIRE ? "expired" : "";
	if (get_pending(s, id, &row, e) < 0)
		return -1;
	store_now(now);
	if (d == APPROVE)
		ret = approve(s, &row, by, reason, now, out, e);
	else
		ret = reject(s, &row, d, by, reason, now, out, e);
	exec_row_free(&row);
	return ret;
}

int service_require_admin(const struct key_row *key, struct svc_error *e)
{
	if (key->admin)
		return 0;
	return svc_error_set(e, SVC_FORBIDDEN, "forbidden",
			     "approvals need an admin key (airlock keys create --admin)");
}

int service_decide(struct service *s, const struct key_row *key, const char *id,
		   enum approval_decision d, const char *reason, json_t **out, struct svc_error *e)
{
	if (service_require_admin(key, e) < 0)
		return -1;
	if (d == EXPIRE)
		return svc_error_set(e, SVC_INVALID, "invalid_value",
				     "only the service expires executions");
	char *kept = policy_redact_text(s, reason ? reason : "");
	int ret = approval_decide(s, id, d, key, kept, out, e);
	free(kept);
	return ret;
}

/* ---- the pending list ---- */

struct pending_list {
	struct service *s;
	json_t *arr;
	int max;
	struct key_row keys[16]; /* names already looked up */
	size_t nkeys;
};

/* The key's name, looked up once per key and list. */
static json_t *key_name(struct pending_list *l, int64_t id)
{
	struct key_row k;
	bool found = false;
	err_t err;

	for (size_t i = 0; i < l->nkeys; i++)
		if (l->keys[i].id == id)
			return json_string(l->keys[i].name);
	err_clear(&err);
	if (l->s->st->be->key_by_id(l->s->st, id, &k, &found, &err) < 0 || !found)
		return json_null();
	if (l->nkeys < ARRAY_SIZE(l->keys))
		l->keys[l->nkeys++] = k;
	return json_string(k.name);
}

/* The request's files as approvers see them: {"name", "content",
 * "language", "encoding"?}, language the one each was analysed in, null
 * for data. */
static json_t *files_shown(json_t *files)
{
	json_t *out = json_array(), *f;
	size_t i;

	json_array_foreach(files, i, f)
	{
		const char *name = json_string_value(json_object_get(f, "name"));
		json_t *content = json_object_get(f, "content");
		const char *lang = name && json_is_string(content)
				       ? policy_file_language(name, json_string_value(content),
							      json_string_length(content))
				       : NULL;
		json_t *shown = json_pack("{s:O?, s:O?, s:s?}", "name", json_object_get(f, "name"),
					  "content", content, "language", lang);
		json_t *enc = json_object_get(f, "encoding");
		if (json_is_string(enc))
			json_object_set(shown, "encoding", enc);
		json_array_append_new(out, shown);
	}
	return out;
}

/* Runs under the store's lock: copies what the list shows. The key names
 * are filled in afterwards (they need the store too). */
static int add_pending(void *ctx, const struct exec_row *r)
{
	struct pending_list *l = ctx;
	json_t *req = stored_json(r->request_json);
	json_t *pol = stored_json(r->policy_json);
	json_t *findings = json_object_get(pol, "findings");
	char expires[STORE_TIME_MAX];

	expires_at(l->s, r->created_at, expires);
	json_t *o = json_pack("{s:s, s:I, s:s, s:O?, s:o, s:o, s:s, s:s}", "id", r->id, "key",
			      (json_int_t)r->key_id, "language", r->language, "code",
			      json_object_get(req, "code"), "files",
			      files_shown(json_object_get(req, "files")), "findings",
			      findings ? json_incref(findings) : json_array(), "created_at",
			      r->created_at, "expires_at", expires);
	json_t *analysis = json_object_get(pol, "analysis");
	if (analysis)
		json_object_set(o, "analysis", analysis);
	/* what else decides what runs: the approver sees it too */
	static const char *const more[] = {"args", "env", "collect"};
	for (size_t i = 0; i < ARRAY_SIZE(more); i++)
		if (json_object_get(req, more[i]))
			json_object_set(o, more[i], json_object_get(req, more[i]));
	json_array_append_new(l->arr, o);
	json_decref(req);
	json_decref(pol);
	return (int)json_array_size(l->arr) >= l->max;
}

int service_approvals(struct service *s, const struct key_row *key, int max, json_t **out,
		      struct svc_error *e)
{
	struct pending_list l = {.s = s, .max = max};
	json_t *o;
	size_t i;
	err_t err;

	*out = NULL;
	if (service_require_admin(key, e) < 0)
		return -1;
	if (max < 1 || max > SERVICE_APPROVALS_MAX)
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "limit must be a number from 1 to %d", SERVICE_APPROVALS_MAX);
	l.arr = json_array();
	err_clear(&err);
	if (s->st->be->exec_pending(s->st, NULL, add_pending, &l, &err) < 0) {
		json_decref(l.arr);
		return svc_error_store(e, &err);
	}
	json_array_foreach(l.arr, i, o)
	{
		int64_t id = json_integer_value(json_object_get(o, "key"));
		json_object_set_new(o, "key", key_name(&l, id));
	}
	*out = l.arr;
	return 0;
}

/* ---- expiry ---- */

struct expired {
	char ids[EXPIRY_BATCH][STORE_ID_MAX];
	int n;
};

/* Runs under the store's lock: only copies. */
static int collect_expired(void *ctx, const struct exec_row *r)
{
	struct expired *x = ctx;
	snprintf(x->ids[x->n++], STORE_ID_MAX, "%s", r->id);
	return x->n == EXPIRY_BATCH;
}

/* Rejects (expired) every pending execution older than the timeout;
 * returns how many. */
static int expire_due(struct service *s, err_t *err)
{
	char cutoff[STORE_TIME_MAX];
	struct timespec ts;
	struct tm tm;
	int total = 0;

	clock_gettime(CLOCK_REALTIME, &ts);
	time_t t = ts.tv_sec - s->cfg.policy.approval_timeout_s;
	gmtime_r(&t, &tm);
	/* created_at + timeout < now, to the millisecond */
	snprintf(cutoff, sizeof(cutoff), "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", tm.tm_year + 1900,
		 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, ts.tv_nsec / 1000000);
	for (;;) {
		struct expired x = {.n = 0};
		struct svc_error e;
		int done = 0;
		if (s->st->be->exec_pending(s->st, cutoff, collect_expired, &x, err) < 0)
			return err_wrap(err, "cannot read pending executions");
		for (int i = 0; i < x.n; i++)
			if (approval_decide(s, x.ids[i], EXPIRE, NULL, NULL, NULL, &e) == 0)
				done++;
		total += done;
		if (x.n < EXPIRY_BATCH || done == 0)
			return total;
	}
}

static void *expiry_main(void *arg)
{
	struct service *s = arg;
	struct expiry *x = &s->expiry;
	struct timespec ts;
	err_t err;

	pthread_mutex_lock(&x->lock);
	while (!x->stop) {
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_sec += 1;
		pthread_cond_timedwait(&x->wake, &x->lock, &ts);
		if (x->stop)
			break;
		pthread_mutex_unlock(&x->lock);
		err_clear(&err);
		if (expire_due(s, &err) < 0)
			log_error(s, NULL, err.msg);
		pthread_mutex_lock(&x->lock);
	}
	pthread_mutex_unlock(&x->lock);
	return NULL;
}

int approvals_start(struct service *s, err_t *err)
{
	struct expiry *x = &s->expiry;
	int n = expire_due(s, err);

	if (n < 0)
		return -1;
	if (n > 0)
		service_log(s, json_pack("{s:s, s:i}", "event", "expired", "executions", n));
	pthread_mutex_init(&x->lock, NULL);
	pthread_cond_init(&x->wake, NULL);
	int r = pthread_create(&x->thread, NULL, expiry_main, s);
	if (r != 0) {
		pthread_mutex_destroy(&x->lock);
		pthread_cond_destroy(&x->wake);
		return err_set(err, r, "cannot start the approval expiry thread");
	}
	x->running = true;
	return 0;
}

void approvals_stop(struct service *s)
{
	struct expiry *x = &s->expiry;

	if (!x->running)
		return;
	pthread_mutex_lock(&x->lock);
	x->stop = true;
	pthread_cond_broadcast(&x->wake);
	pthread_mutex_unlock(&x->lock);
	pthread_join(x->thread, NULL);
	pthread_mutex_destroy(&x->lock);
	pthread_cond_destroy(&x->wake);
	x->running = false;
}
