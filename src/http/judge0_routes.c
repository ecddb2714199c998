/*
 * /judge0/submissions: create (one or a batch), show (one or a batch),
 * list, delete — each a translation into service calls and back.
 *
 * Judge0 answers its errors in its own shapes: 401 with an empty body,
 * {"error": "..."} for a refused request, and Rails' {"field": [...]}
 * (422) for a submission that does not validate; none of them is /v1's
 * {"error": {"code", "message"}}.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/json_why.h"
#include "http/judge0.h"

#define PER_PAGE_DEFAULT 20
#define PER_PAGE_MAX 100
#define INDEX_SCAN_MAX 10000 /* executions a page count walks at most */
#define BATCH_SHOW_MAX 100

/* A service error in Judge0's words. */
static void svc_to_j0(struct http_reply *rep, const struct svc_error *e)
{
	if (e->kind == SVC_UNAVAILABLE && strcmp(e->code, "queue_full") == 0)
		j0_error(rep, 503, "queue is full");
	else if (e->kind == SVC_NOT_FOUND)
		j0_error(rep, 404, "submission not found");
	else
		j0_error(rep, http_status_of(e->kind), e->message);
	rep->retry_after_s = e->retry_after_s;
}

/* The field of the submission a service refusal is about. */
static const char *field_of(const char *message)
{
	static const struct {
		const char *word, *field;
	} map[] = {
	    {"compile_args", "compiler_options"},
	    {"args", "command_line_arguments"},
	    {"files", "additional_files"},
	    {"time_limit_s", "cpu_time_limit"},
	    {"wall_time_limit_s", "wall_time_limit"},
	    {"memory_limit_mb", "memory_limit"},
	    {"max_processes", "max_processes_and_or_threads"},
	    {"max_output_kb", "max_file_size"},
	    {"code", "source_code"},
	    {"stdin", "stdin"},
	};
	for (size_t i = 0; i < ARRAY_SIZE(map); i++)
		if (strstr(message, map[i].word))
			return map[i].field;
	return "base";
}

/* The query's true/false as Judge0 reads it (only "true" is true). */
static bool query_true(const struct http_request *r, const char *name)
{
	const char *v = http_query(r, name);
	return v && strcmp(v, "true") == 0;
}

/* A submission's limits: the configuration's, and the hosts its key may
 * reach when it enables the network. */
struct submit_ctx {
	struct service *s;
	json_t *network;
};

static void submit_limits(void *ctx, const char *airlock, struct j0_limits *out)
{
	struct submit_ctx *x = ctx;
	j0_config_limits(x->s, airlock, out);
	out->network = x->network;
}

/* One submission into a queued (or, with wait, ended) execution. On a
 * refusal, *errors is its answer object and *status its HTTP status. */
static int submit_one(struct service *s, struct http_request *r, const json_t *sub, bool base64,
		      bool wait, struct submission *out, json_t **errors, int *status)
{
	json_t *canon;
	struct exec_request req;
	struct svc_error e;
	struct submit_ctx ctx = {s, service_egress_hosts(s, &r->key)};

	*errors = NULL;
	*status = 422;
	int parsed =
	    j0_request_from_submission(sub, base64, wait, submit_limits, &ctx, &canon, errors);
	json_decref(ctx.network);
	if (parsed < 0)
		return -1;
	if (exec_request_from_json(canon, service_config(s), &req, &e) < 0) {
		exec_request_free(&req);
		*errors = json_pack("{s:[s]}", field_of(e.message), e.message);
		return -1;
	}
	if (service_submit(s, &r->key, &req, out, &e) < 0) {
		struct http_reply tmp = {0};
		svc_to_j0(&tmp, &e);
		*errors = tmp.json;
		*status = tmp.status;
		return -1;
	}
	return 0;
}

/* The body as JSON; Judge0 (Rails) reads it whatever its Content-Type. */
static json_t *body_json(const struct http_request *r, struct http_reply *rep)
{
	json_error_t je;
	json_t *body = json_loadb(r->body, r->body_len, JSON_REJECT_DUPLICATES, &je);
	if (body == NULL) {
		char msg[300];
		snprintf(msg, sizeof(msg), "the body is not valid JSON: %s", json_why(&je));
		j0_error(rep, 400, msg);
	}
	return body;
}

static bool fields_of(const struct http_request *r, struct http_reply *rep, json_t **fields)
{
	char bad[300];
	if (j0_fields_parse(http_query(r, "fields"), fields, bad, sizeof(bad)) == 0)
		return true;
	j0_error(rep, 400, bad);
	return false;
}

static json_t *view_of(struct service *s, const json_t *execution, const json_t *fields,
		       bool base64)
{
	json_t *sub = j0_submission_of(execution, j0_names(s));
	json_t *v = j0_view(sub, fields, base64);
	json_decref(sub);
	return v;
}

void handle_j0_create(struct service *s, struct http_request *r, struct http_reply *rep)
{
	bool base64 = query_true(r, "base64_encoded"), wait = query_true(r, "wait");
	struct submission sub;
	json_t *fields = NULL, *errors;
	int status;

	if (!j0_authenticate(s, r, rep) || (wait && !fields_of(r, rep, &fields)))
		return;
	json_t *body = body_json(r, rep);
	if (body == NULL)
		goto out;
	if (submit_one(s, r, body, base64, wait, &sub, &errors, &status) < 0) {
		rep->status = status;
		rep->json = errors;
		goto out;
	}
	rep->status = 201;
	char token[J0_TOKEN_LEN] = "";
	j0_id_to_token(sub.id, token);
	/* held for a person's approval, it has not ended: shown as it is */
	struct svc_error e;
	if (wait && !sub.execution && service_execution(s, &r->key, sub.id, &sub.execution, &e) < 0)
		sub.execution = NULL;
	rep->json = wait && sub.execution ? view_of(s, sub.execution, fields, base64)
					  : json_pack("{s:s}", "token", token);
	submission_free(&sub);
out:
	json_decref(body);
	json_decref(fields);
}

/* The execution of a token this key may see, or a 404. */
static int lookup(struct service *s, struct http_request *r, const char *token, json_t **out,
		  struct svc_error *e)
{
	char id[STORE_ID_MAX];

	*out = NULL;
	if (!j0_token_to_id(token, id, sizeof(id)))
		return svc_error_set(e, SVC_NOT_FOUND, "not_found", "submission not found");
	return service_execution(s, &r->key, id, out, e);
}

void handle_j0_show(struct service *s, struct http_request *r, struct http_reply *rep)
{
	json_t *fields, *x;
	struct svc_error e;

	if (!j0_authenticate(s, r, rep) || !fields_of(r, rep, &fields))
		return;
	if (lookup(s, r, r->tail, &x, &e) < 0)
		svc_to_j0(rep, &e);
	else
		rep->json = view_of(s, x, fields, query_true(r, "base64_encoded"));
	json_decref(x);
	json_decref(fields);
}

/* DELETE answers what was deleted, always base64-encoded (Judge0's
 * destroy); an execution that has not ended cannot be deleted. */
void handle_j0_delete(struct service *s, struct http_request *r, struct http_reply *rep)
{
	json_t *fields, *x = NULL;
	struct svc_error e;
	char id[STORE_ID_MAX];

	if (!j0_authenticate(s, r, rep) || !fields_of(r, rep, &fields))
		return;
	if (!j0_token_to_id(r->tail, id, sizeof(id))) {
		j0_error(rep, 404, "submission not found");
	} else if (service_delete(s, &r->key, id, &x, &e) < 0) {
		if (e.kind == SVC_CONFLICT)
			j0_error(rep, 400,
				 "submission cannot be deleted because its status is "
				 "In Queue or Processing");
		else
			svc_to_j0(rep, &e);
	} else {
		rep->json = view_of(s, x, fields, true);
	}
	json_decref(x);
	json_decref(fields);
}

void handle_j0_batch_create(struct service *s, struct http_request *r, struct http_reply *rep)
{
	bool base64 = query_true(r, "base64_encoded"), any = false;
	json_t *item, *out;
	size_t i;

	if (!j0_authenticate(s, r, rep))
		return;
	json_t *body = body_json(r, rep);
	if (body == NULL)
		return;
	json_t *subs = json_object_get(body, "submissions");
	if (!json_is_array(subs) || json_array_size(subs) == 0) {
		j0_error(rep, 400, "there should be at least one submission in a batch");
		goto out;
	}
	if (json_array_size(subs) > J0_MAX_BATCH) {
		j0_error(rep, 400,
			 "number of submissions in a batch should be less than or equal "
			 "to 20");
		goto out;
	}
	out = json_array();
	json_array_foreach(subs, i, item)
	{
		struct submission sub;
		json_t *errors;
		int status;
		if (submit_one(s, r, item, base64, false, &sub, &errors, &status) < 0) {
			json_array_append_new(out, errors);
			continue;
		}
		char token[J0_TOKEN_LEN] = "";
		j0_id_to_token(sub.id, token);
		json_array_append_new(out, json_pack("{s:s}", "token", token));
		submission_free(&sub);
		any = true;
	}
	rep->status = any ? 201 : 422;
	rep->json = out;
out:
	json_decref(body);
}

void handle_j0_batch_show(struct service *s, struct http_request *r, struct http_reply *rep)
{
	const char *tokens = http_query(r, "tokens");
	bool base64 = query_true(r, "base64_encoded");
	json_t *fields;
	char token[64];
	size_t n = 0;

	if (!j0_authenticate(s, r, rep))
		return;
	if (tokens == NULL)
		tokens = http_header(r, "tokens");
	if (tokens == NULL || *tokens == 0)
		return j0_error(rep, 400, "there should be at least one submission in a batch");
	if (!fields_of(r, rep, &fields))
		return;
	json_t *list = json_array();
	for (const char *p = tokens; *p && n <= BATCH_SHOW_MAX; n++) {
		size_t len = strcspn(p, ",");
		snprintf(token, sizeof(token), "%.*s", (int)(len < 63 ? len : 63), p);
		json_t *x;
		struct svc_error e;
		if (lookup(s, r, token, &x, &e) == 0)
			json_array_append_new(list, view_of(s, x, fields, base64));
		else
			json_array_append_new(list, json_null());
		json_decref(x);
		p += len;
		if (*p == ',')
			p++;
	}
	json_decref(fields);
	if (n > BATCH_SHOW_MAX) {
		json_decref(list);
		return j0_error(rep, 400, "at most 100 tokens in a batch");
	}
	rep->json = json_pack("{s:o}", "submissions", list);
}

static long long query_number(const struct http_request *r, const char *name, long long dflt)
{
	const char *v = http_query(r, name);
	char *end;
	long long n = v ? strtoll(v, &end, 10) : dflt;
	return v && (*end || end == v) ? dflt : n;
}

/* Pages as Judge0 counts them (page 1 is the newest), over the service's
 * cursor: the walk reads at most INDEX_SCAN_MAX executions. */
void handle_j0_index(struct service *s, struct http_request *r, struct http_reply *rep)
{
	long long page = query_number(r, "page", 1),
		  per = query_number(r, "per_page", PER_PAGE_DEFAULT);
	bool base64 = query_true(r, "base64_encoded");
	struct exec_filter f = {.status = -1, .before = 0, .limit = SERVICE_LIST_MAX};
	json_t *fields, *list = json_array(), *items, *x;
	struct svc_error e;
	long long seen = 0;
	int64_t next;
	size_t i;

	if (!j0_authenticate(s, r, rep))
		goto out;
	if (page < 1 || per < 1 || per > PER_PAGE_MAX) {
		j0_error(rep, 400, "page must be at least 1 and per_page from 1 to 100");
		goto out;
	}
	if (!fields_of(r, rep, &fields))
		goto out;
	long long first = (page - 1) * per;
	do {
		if (service_executions(s, &r->key, &f, &items, &next, &e) < 0) {
			svc_to_j0(rep, &e);
			json_decref(fields);
			goto out;
		}
		json_array_foreach(items, i, x)
		{
			if (seen >= first && seen < first + per)
				json_array_append_new(list, view_of(s, x, fields, base64));
			seen++;
		}
		json_decref(items);
		f.before = next;
	} while (next && seen < INDEX_SCAN_MAX);
	json_decref(fields);
	long long pages = (seen + per - 1) / per;
	rep->json = json_pack("{s:O, s:{s:I, s:o, s:o, s:I, s:I}}", "submissions", list, "meta",
			      "current_page", (json_int_t)page, "next_page",
			      page < pages ? json_integer(page + 1) : json_null(), "prev_page",
			      page > 1 ? json_integer(page - 1) : json_null(), "total_pages",
			      (json_int_t)pages, "total_count", (json_int_t)seen);
out:
	json_decref(list);
}
