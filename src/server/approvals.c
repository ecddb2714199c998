/*
 * The approval gate: a person decides on the executions the policy held
 * back (status pending_approval).
 *
 * A pending execution is a stored row with its request, and nothing else:
 * it is not in the queue and holds no worker or concurrency slot, so it can
 * wait for hours and survives a restart as it is. Approving puts it into
 * the queue like any other (room permitting; otherwise 503 and it stays
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

#include "server/server.h"

#define EXPIRY_BATCH 64

/* RFC 3339 time + seconds (the store's format: ms and Z). */
void approval_expires_at(const struct server *s, const char *created_at, char out[STORE_TIME_MAX])
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

/* ---- held originals (redact_code) ---- */

void held_code_put(struct server *s, const char *id, const char *code, size_t len)
{
	struct held_code *h = xcalloc(1, sizeof(*h));

	snprintf(h->id, sizeof(h->id), "%s", id);
	h->code = xmalloc(len + 1);
	memcpy(h->code, code, len);
	h->code[len] = 0;
	h->len = len;
	pthread_mutex_lock(&s->lock);
	h->next = s->held;
	s->held = h;
	pthread_mutex_unlock(&s->lock);
}

char *held_code_take(struct server *s, const char *id, size_t *len)
{
	char *code = NULL;

	pthread_mutex_lock(&s->lock);
	for (struct held_code **p = &s->held; *p; p = &(*p)->next)
		if (strcmp((*p)->id, id) == 0) {
			struct held_code *h = *p;
			*p = h->next;
			code = h->code;
			*len = h->len;
			free(h);
			break;
		}
	pthread_mutex_unlock(&s->lock);
	return code;
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

static void audit_decision(struct server *s, const struct exec_row *row, enum approval_decision d,
			   const struct key_row *by, const char *reason)
{
	char summary[256], why[120]; /* with the longest id and name, it fits */
	err_t err;

	summary_reason(reason, why, sizeof(why));
	snprintf(summary, sizeof(summary), "%s %s by %s%s%s", decision_names[d], row->id,
		 by ? by->name : "expiry", why[0] ? ": " : "", why);
	err_clear(&err);
	if (audit_append(s->st, &s->audit, "approval", by ? by->id : 0, row->code_hash, summary,
			 &err) < 0)
		server_log(s, json_pack("{s:s, s:s, s:s}", "event", "error", "id", row->id,
					"message", err.msg));
	server_log(s, json_pack("{s:s, s:s, s:s, s:s}", "event", "approval", "id", row->id,
				"decision", decision_names[d], "by", by ? by->name : "expiry"));
}

/* The row's policy object with the decision added. */
static char *decided_policy(const struct exec_row *row, enum approval_decision d, const char *by,
			    const char *reason, const char *at)
{
	json_t *p = row->policy_json ? json_loads(row->policy_json, 0, NULL) : NULL;

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

static int get_pending(struct server *s, const char *id, struct exec_row *row, struct api_error *e)
{
	bool found = false;
	err_t err;

	err_clear(&err);
	if (strlen(id) >= STORE_ID_MAX)
		return api_error_set(e, 404, "not_found", "no execution %.40s", id);
	if (s->st->be->exec_get(s->st, id, row, &found, &err) < 0)
		return api_error_set(e, err.errnum == STORE_EBUSY ? 503 : 500, "storage_error",
				     "%s", err.msg);
	if (!found)
		return api_error_set(e, 404, "not_found", "no execution %s", id);
	if (row->status != EXEC_PENDING_APPROVAL) {
		api_error_set(e, 409, "already_decided", "execution %s is %s, not pending approval",
			      id, exec_status_name(row->status));
		exec_row_free(row);
		return -1;
	}
	return 0;
}

static int transition(struct server *s, const struct exec_row *row, enum exec_status to,
		      const char *finished_at, const char *policy, struct api_error *e)
{
	struct exec_transition t = {row->id, EXEC_PENDING_APPROVAL, to, finished_at,
				    policy,  to != EXEC_QUEUED};
	err_t err;

	err_clear(&err);
	int changed = s->st->be->exec_transition(s->st, &t, &err);
	if (changed < 0)
		return api_error_set(e, err.errnum == STORE_EBUSY ? 503 : 500, "storage_error",
				     "%s", err.msg);
	if (changed == 0)
		return api_error_set(e, 409, "already_decided",
				     "execution %s was decided by someone else meanwhile", row->id);
	return 0;
}

static int read_back(struct server *s, const char *id, json_t **out, struct api_error *e)
{
	struct exec_row row;
	bool found = false;
	err_t err;

	err_clear(&err);
	if (s->st->be->exec_get(s->st, id, &row, &found, &err) < 0 || !found)
		return api_error_set(e, 500, "storage_error", "cannot read execution %s back: %s",
				     id, found ? err.msg : "it vanished");
	*out = execution_json(&row);
	exec_row_free(&row);
	return 0;
}

/* Approving: first the job, with its room in the queue (503 when there is
 * none, 422 when the stored request no longer fits the configuration:
 * either way it stays pending), then the decision, its audit link, and
 * only then the job is queued, so that the approval comes before the
 * execution in the chain. The answer shows it queued, as decided. */
static int approve(struct server *s, struct exec_row *row, const struct key_row *by,
		   const char *reason, const char *now, json_t **out, struct api_error *e)
{
	size_t code_len = 0;
	char *code = held_code_take(s, row->id, &code_len);
	char *policy = NULL;
	struct job *j = NULL;
	int ret = -1;

	if (code == NULL && policy_code_redacted(row->policy_json)) {
		api_error_set(e, 409, "code_unavailable",
			      "the original code of %s was kept in memory only (redact_code) and "
			      "the server restarted since; reject it",
			      row->id);
		return -1;
	}
	if (pool_prepare_stored(s, row, code, code_len, &j, e) < 0)
		goto keep_pending;
	policy = decided_policy(row, APPROVE, by->name, reason, now);
	if (transition(s, row, EXEC_QUEUED, NULL, policy, e) < 0) {
		pool_discard(s, j);
		goto keep_pending;
	}
	audit_decision(s, row, APPROVE, by, reason);
	ret = read_back(s, row->id, out, e);
	/* When stopping, it stays stored as queued with its request: the next
	 * start runs it. */
	struct api_error ignored;
	if (pool_submit_prepared(s, j, &ignored) < 0)
		server_log(s, json_pack("{s:s, s:s, s:s}", "event", "not_queued", "id", row->id,
					"reason", ignored.message));
	free(policy);
	free(code);
	return ret;
keep_pending:
	if (code)
		held_code_put(s, row->id, code, code_len);
	free(code);
	free(policy);
	return -1;
}

static int reject(struct server *s, struct exec_row *row, enum approval_decision d,
		  const struct key_row *by, const char *reason, const char *now, json_t **out,
		  struct api_error *e)
{
	char *policy = decided_policy(row, d, by ? by->name : "expiry", reason, now);
	int ret = transition(s, row, EXEC_REJECTED, now, policy, e);

	free(policy);
	if (ret < 0)
		return -1;
	size_t len;
	free(held_code_take(s, row->id, &len));
	audit_decision(s, row, d, by, reason);
	metrics_execution(&s->metrics, "rejected", 0);
	return out ? read_back(s, row->id, out, e) : 0;
}

int approval_decide(struct server *s, const char *id, enum approval_decision d,
		    const struct key_row *by, const char *reason, json_t **out, struct api_error *e)
{
	struct exec_row row;
	char now[STORE_TIME_MAX];
	int ret;

	if (out)
		*out = NULL;
	if (get_pending(s, id, &row, e) < 0)
		return -1;
	store_now(now);
	if (d == APPROVE)
		ret = approve(s, &row, by, reason ? reason : "", now, out, e);
	else
		ret = reject(s, &row, d, by,
			     d == EXPIRE ? "expired"
			     : reason	 ? reason
					 : "",
			     now, out, e);
	exec_row_free(&row);
	return ret;
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

int approvals_expire(struct server *s, err_t *err)
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
		struct api_error e;
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
	struct server *s = arg;
	struct timespec ts;
	err_t err;

	pthread_mutex_lock(&s->lock);
	while (!s->expiry_stop) {
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_sec += 1;
		pthread_cond_timedwait(&s->expiry_wake, &s->lock, &ts);
		if (s->expiry_stop)
			break;
		pthread_mutex_unlock(&s->lock);
		err_clear(&err);
		if (approvals_expire(s, &err) < 0)
			server_log(s,
				   json_pack("{s:s, s:s}", "event", "error", "message", err.msg));
		pthread_mutex_lock(&s->lock);
	}
	pthread_mutex_unlock(&s->lock);
	return NULL;
}

int approvals_start(struct server *s, err_t *err)
{
	int n = approvals_expire(s, err);
	if (n < 0)
		return -1;
	if (n > 0)
		server_log(s, json_pack("{s:s, s:i}", "event", "expired", "executions", n));
	int r = pthread_create(&s->expiry, NULL, expiry_main, s);
	if (r != 0)
		return err_set(err, r, "cannot start the approval expiry thread");
	s->expiry_running = true;
	return 0;
}

void approvals_stop(struct server *s)
{
	if (!s->expiry_running)
		return;
	pthread_mutex_lock(&s->lock);
	s->expiry_stop = true;
	pthread_cond_broadcast(&s->expiry_wake);
	pthread_mutex_unlock(&s->lock);
	pthread_join(s->expiry, NULL);
	s->expiry_running = false;
}
