/*
 * /v1/approvals: the pending queue and the decisions on it, for admin keys
 * only (approvals.c decides; this file is HTTP).
 */
#include <string.h>
#include <strings.h>

#include "server/http.h"

#define APPROVALS_DEFAULT 100
#define APPROVALS_MAX 500
#define REASON_MAX 500

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
	json_error_t je;
	json_t *root, *v;
	const char *k;

	*reason = NULL;
	if (r->body_len == 0) {
		*reason = xstrdup("");
		return true;
	}
	const char *ct = r->content_type ? r->content_type : "";
	while (*ct == ' ')
		ct++;
	if (strncasecmp(ct, "application/json", 16) != 0) {
		reply_error(rep, 415, "unsupported_media_type",
			    "the body must be JSON (Content-Type: application/json)");
		return false;
	}
	root = json_loadb(r->body, r->body_len, JSON_REJECT_DUPLICATES, &je);
	if (root == NULL) {
		reply_error(rep, 400, "bad_json", "the body is not valid JSON: %s (line %d)",
			    je.text, je.line);
		return false;
	}
	if (!json_is_object(root)) {
		json_decref(root);
		reply_error(rep, 400, "bad_request", "the body must be a JSON object");
		return false;
	}
	json_object_foreach(root, k, v)
	{
		if (strcmp(k, "reason") != 0) {
			reply_error(rep, 400, "bad_request", "unknown field '%.64s' (only reason)",
				    k);
			json_decref(root);
			return false;
		}
	}
	v = json_object_get(root, "reason");
	if (v && !json_is_string(v) && !json_is_null(v)) {
		json_decref(root);
		reply_error(rep, 400, "bad_request", "'reason' must be a string");
		return false;
	}
	if (json_is_string(v) && json_string_length(v) > REASON_MAX) {
		reply_error(rep, 422, "invalid_value", "the reason is %zu bytes; at most %d",
			    json_string_length(v), REASON_MAX);
		json_decref(root);
		return false;
	}
	if (json_is_string(v) && strlen(json_string_value(v)) != json_string_length(v)) {
		json_decref(root);
		reply_error(rep, 422, "invalid_value", "the reason must not contain NUL");
		return false;
	}
	*reason = policy_redact_text(s, json_is_string(v) ? json_string_value(v) : "");
	json_decref(root);
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
