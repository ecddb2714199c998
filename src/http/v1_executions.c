/*
 * /v1/executions: create, read, list, cancel — translated to the service.
 *
 * POST answers 201 with the execution when it ended (it waited, or the
 * policy blocked it), 202 with {"id", "status", "findings"?} when it is
 * queued without waiting or pending approval.
 */
#include <stdio.h>
#include <string.h>

#include "http/http.h"

#define LIST_DEFAULT 20

void handle_exec_create(struct service *s, struct http_request *r, struct http_reply *rep)
{
	struct exec_request req;
	struct submission sub;
	struct svc_error e;

	if (!require_json(s, r, rep)) {
		service_count_reject(s, "bad_request");
		return;
	}
	if (exec_request_parse(r->body, r->body_len, service_config(s), &req, &e) < 0) {
		exec_request_free(&req);
		service_count_reject(s, e.kind == SVC_TOO_LARGE ? "too_large" : "bad_request");
		return reply_svc_error(rep, &e);
	}
	if (service_submit(s, &r->key, &req, &sub, &e) < 0)
		return reply_svc_error(rep, &e);
	if (sub.execution) {
		rep->status = 201;
		rep->json = json_incref(sub.execution);
	} else {
		rep->status = 202;
		rep->json =
		    json_pack("{s:s, s:s}", "id", sub.id, "status", exec_status_name(sub.status));
		if (sub.findings)
			json_object_set(rep->json, "findings", sub.findings);
	}
	submission_free(&sub);
}

void handle_exec_get(struct service *s, struct http_request *r, struct http_reply *rep)
{
	struct svc_error e;

	if (service_execution(s, &r->key, r->tail, &rep->json, &e) < 0)
		reply_svc_error(rep, &e);
}

void handle_exec_cancel(struct service *s, struct http_request *r, struct http_reply *rep)
{
	struct svc_error e;

	if (service_cancel(s, &r->key, r->tail, &rep->json, &e) < 0)
		reply_svc_error(rep, &e);
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

void handle_exec_list(struct service *s, struct http_request *r, struct http_reply *rep)
{
	const char *lim = http_query(r, "limit"), *cur = http_query(r, "cursor"),
		   *st = http_query(r, "status");
	struct exec_filter f = {.status = -1, .before = 0, .limit = LIST_DEFAULT};
	long long n;
	struct svc_error e;
	json_t *items;
	int64_t next;

	if (lim) {
		if (!parse_count(lim, 1, SERVICE_LIST_MAX, &n))
			return reply_error(rep, 400, "bad_request",
					   "limit must be a number from 1 to %d", SERVICE_LIST_MAX);
		f.limit = (int)n;
	}
	if (cur) {
		if (!parse_count(cur, 1, INT64_MAX, &n))
			return reply_error(rep, 400, "bad_request",
					   "cursor is not one this server gave");
		f.before = n;
	}
	if (st) {
		enum exec_status want;
		if (exec_status_parse(st, &want) < 0)
			return reply_error(rep, 400, "bad_request", "unknown status '%s'", st);
		f.status = (int)want;
	}
	if (service_executions(s, &r->key, &f, &items, &next, &e) < 0)
		return reply_svc_error(rep, &e);
	char cursor[32];
	snprintf(cursor, sizeof(cursor), "%lld", (long long)next);
	rep->json = json_pack("{s:o, s:o}", "executions", items, "next_cursor",
			      next ? json_string(cursor) : json_null());
}
