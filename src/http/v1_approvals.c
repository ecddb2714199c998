/*
 * /v1/approvals: the pending queue and the decisions on it, for admin keys
 * only (approvals.c decides; this file is HTTP).
 */
#include <string.h>

#include "server/http.h"

#define APPROVALS_DEFAULT 100
#define APPROVALS_MAX 500

static bool admin_only(struct http_request *r, struct http_reply *rep)
{
	if (r->key.admin)
		return true;
	reply_error(rep, 403, "forbidden",
		    "approvals need an admin key (airlock keys create --admin)");
	return false;
}

struct pending_list {
	struct server *s;
	json_t *arr;
	long long max;
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

/* Runs under the store's lock: copies what the list shows. The key names
 * are filled in afterwards (they need the store too). */
static int add_pending(void *ctx, const struct exec_row *r)
{
	struct pending_list *l = ctx;
	json_t *req = r->request_json ? json_loads(r->request_json, 0, NULL) : NULL;
	json_t *pol = r->policy_json ? json_loads(r->policy_json, 0, NULL) : NULL;
	json_t *findings = json_object_get(pol, "findings");
	char expires[STORE_TIME_MAX];

	approval_expires_at(l->s, r->created_at, expires);
	json_t *o = json_pack("{s:s, s:I, s:s, s:O?, s:o, s:s, s:s}", "id", r->id, "key",
			      (json_int_t)r->key_id, "language", r->language, "code",
			      json_object_get(req, "code"), "findings",
			      findings ? json_incref(findings) : json_array(), "created_at",
			      r->created_at, "expires_at", expires);
	json_t *analysis = json_object_get(pol, "analysis");
	if (analysis)
		json_object_set(o, "analysis", analysis);
	json_array_append_new(l->arr, o);
	json_decref(req);
	json_decref(pol);
	return (long long)json_array_size(l->arr) >= l->max;
}

void handle_approvals_list(struct server *s, struct http_request *r, struct http_reply *rep)
{
	const char *lim = http_query(r, "limit");
	struct pending_list l = {.s = s, .max = APPROVALS_DEFAULT};
	json_t *o;
	size_t i;
	err_t err;

	if (!admin_only(r, rep))
		return;
	if (lim) {
		char *end;
		l.max = strtoll(lim, &end, 10);
		if (*lim == 0 || *end || l.max < 1 || l.max > APPROVALS_MAX)
			return reply_error(rep, 400, "bad_request",
					   "limit must be a number from 1 to %d", APPROVALS_MAX);
	}
	l.arr = json_array();
	err_clear(&err);
	if (s->st->be->exec_pending(s->st, NULL, add_pending, &l, &err) < 0) {
		json_decref(l.arr);
		reply_error(rep, err.errnum == STORE_EBUSY ? 503 : 500, "storage_error", "%s",
			    err.msg);
		rep->retry_after_s = err.errnum == STORE_EBUSY ? 2 : 0;
		return;
	}
	json_array_foreach(l.arr, i, o)
	{
		int64_t id = json_integer_value(json_object_get(o, "key"));
		json_object_set_new(o, "key", key_name(&l, id));
	}
	rep->json = json_pack("{s:o}", "approvals", l.arr);
}

/* The optional body {"reason": "..."}: *reason is a redacted copy, "" when
 * none was given. */
static bool parse_reason(struct server *s, struct http_request *r, struct http_reply *rep,
			 char **reason)
{
	struct api_error e;
	char *raw;

	*reason = NULL;
	if (r->body_len > 0 && !http_is_json(r->content_type)) {
		reply_error(rep, 415, "unsupported_media_type",
			    "the body must be JSON (Content-Type: application/json)");
		return false;
	}
	if (decision_request_parse(r->body, r->body_len, &raw, &e) < 0) {
		reply_api_error(rep, &e);
		return false;
	}
	*reason = policy_redact_text(s, raw);
	free(raw);
	return true;
}

static void decide(struct server *s, struct http_request *r, struct http_reply *rep,
		   enum approval_decision d)
{
	struct api_error e;
	char *reason;
	json_t *out;

	if (!admin_only(r, rep) || !parse_reason(s, r, rep, &reason))
		return;
	if (approval_decide(s, r->tail, d, &r->key, reason, &out, &e) < 0) {
		reply_api_error(rep, &e);
		if (e.http == 503)
			rep->retry_after_s = 1;
	} else {
		rep->status = 200;
		rep->json = out;
	}
	free(reason);
}

void handle_approval_approve(struct server *s, struct http_request *r, struct http_reply *rep)
{
	decide(s, r, rep, APPROVE);
}

void handle_approval_reject(struct server *s, struct http_request *r, struct http_reply *rep)
{
	decide(s, r, rep, REJECT);
}
