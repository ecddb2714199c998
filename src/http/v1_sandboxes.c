/*
 * /v1/sandboxes: sandboxes that live (CONTRACT.md "Sandboxes that live",
 * docs/sandboxes.md), translated to the service's sandbox calls.
 *
 *   POST   /v1/sandboxes                      create            201
 *   GET    /v1/sandboxes?state=S[,S]          list (S: running, paused, terminated)
 *   GET    /v1/sandboxes/ID                   the sandbox
 *   DELETE /v1/sandboxes/ID                   end it            200 (what it is now)
 *   POST   /v1/sandboxes/ID/timeout           {"timeout_s"}
 *   PUT    /v1/sandboxes/ID/net               {"allow": [...]}  200 (the sandbox)
 *   GET    /v1/sandboxes/ID/metrics           its use now, measured
 *   POST   /v1/sandboxes/ID/pause, /resume    200 (the sandbox, paused or running)
 *   POST   /v1/sandboxes/ID/exec              a command         200 (result object;
 *                                                              with Accept:
 *                                                              text/event-stream,
 *                                                              events)
 *   GET    /v1/sandboxes/ID/files?path=P      raw bytes (application/octet-stream)
 *   GET    /v1/sandboxes/ID/files?dir=P       listing (JSON)
 *   PUT    /v1/sandboxes/ID/files?path=P      raw body          201 (its stat)
 *   DELETE /v1/sandboxes/ID/files?path=P                        204
 *   GET    /v1/sandboxes/ID/files/stat?path=P
 *   GET    /v1/sandboxes/ID/files/watch?path=P&recursive=true   server-sent events
 *   POST   /v1/sandboxes/ID/files/watchers     {"path", "recursive"?} 201 (v1_processes.c)
 *   GET    /v1/sandboxes/ID/files/watchers/WID {"events"}: those since the last GET
 *   DELETE /v1/sandboxes/ID/files/watchers/WID                 204
 *   POST   /v1/sandboxes/ID/files/mkdir       {"path"}          201
 *   POST   /v1/sandboxes/ID/files/move        {"from", "to"}    200
 *   POST   /v1/sandboxes/ID/contexts          {"language", "cwd"} 201
 *   GET    /v1/sandboxes/ID/contexts          {"contexts": [...]}
 *   DELETE /v1/sandboxes/ID/contexts/CID                       204
 *   POST   /v1/sandboxes/ID/contexts/CID/run  {"code", "limits"} 200 (the cell)
 *   POST   /v1/sandboxes/ID/contexts/CID/restart               200
 *   POST   /v1/sandboxes/ID/contexts/CID/interrupt             200
 *   GET    /v1/sandboxes/ID/processes          {"processes": [...]}  (v1_processes.c)
 *   POST   /v1/sandboxes/ID/processes/PID/stdin   {"data"?, "eof"?}  204
 *   POST   /v1/sandboxes/ID/processes/PID/signal  {"signal"}         204
 *   GET    /v1/sandboxes/ID/processes/PID/events  server-sent events until it ends
 *
 * The subtree routes itself (as /piston does): its paths have an id in
 * the middle, which the router's table does not take. Every route needs
 * a key.
 */
#include <stdio.h>
#include <string.h>

#include "http/http.h"
#include "http/stream.h"

#define BASE "/v1/sandboxes"

bool sandboxes_owns(const char *path)
{
	size_t n = strlen(BASE);
	return strncmp(path, BASE, n) == 0 && (path[n] == 0 || path[n] == '/');
}

static void sb_create(struct service *s, struct http_request *r, struct http_reply *rep)
{
	struct svc_error e;
	json_t *out = NULL;
	bool failed;
	json_t *req = v1_json_body(s, r, rep, true, &failed);

	if (failed)
		return;
	int ret = service_sandbox_create(s, &r->key, req, &out, &e);
	json_decref(req);
	v1_answer(rep, 201, ret, out, &e);
}

/* ?state=S,...: whether one of the states named is st (any with none) */
static bool state_wanted(const char *want, const char *st)
{
	size_t n = strlen(st);

	if (want == NULL || want[0] == 0)
		return true;
	for (const char *p = want; *p;) {
		size_t len = strcspn(p, ",");
		if (len == n && strncmp(p, st, n) == 0)
			return true;
		p += len + (p[len] == ',');
	}
	return false;
}

static void sb_list(struct service *s, struct http_request *r, struct http_reply *rep)
{
	static const char *const states[] = {"running", "paused", "terminated"};
	struct svc_error e;
	json_t *out = NULL, *x;
	const char *want = http_query(r, "state");
	size_t i;

	for (const char *p = want; p && *p;) { /* each one named is known */
		size_t len = strcspn(p, ","), k;
		for (k = 0; k < ARRAY_SIZE(states); k++)
			if (strlen(states[k]) == len && strncmp(p, states[k], len) == 0)
				break;
		if (k == ARRAY_SIZE(states))
			return reply_error(rep, 400, "invalid_value",
					   "'state' names states among running, paused and "
					   "terminated, comma-separated");
		p += len + (p[len] == ',');
	}
	int ret = service_sandbox_list(s, &r->key, &out, &e);
	if (ret == 0 && want && want[0]) {
		json_t *all = json_object_get(out, "sandboxes"), *kept = json_array();
		json_array_foreach(all, i, x)
		{
			if (state_wanted(want, json_string_value(json_object_get(x, "state"))))
				json_array_append(kept, x);
		}
		json_object_set_new(out, "sandboxes", kept);
	}
	v1_answer(rep, 200, ret, out, &e);
}

static void sb_get(struct service *s, struct http_request *r, struct http_reply *rep,
		   const char *id)
{
	struct svc_error e;
	json_t *out = NULL;
	int ret = service_sandbox_get(s, &r->key, id, &out, &e);
	v1_answer(rep, 200, ret, out, &e);
}

static void sb_delete(struct service *s, struct http_request *r, struct http_reply *rep,
		      const char *id)
{
	struct svc_error e;
	json_t *out = NULL;
	int ret = service_sandbox_destroy(s, &r->key, id, &out, &e);
	v1_answer(rep, 200, ret, out, &e);
}

/* A call that takes the JSON body and answers the sandbox object. */
typedef int (*sb_set_fn)(struct service *s, const struct key_row *key, const char *id,
			 const json_t *req, json_t **out, struct svc_error *e);

static void sb_set(struct service *s, struct http_request *r, struct http_reply *rep,
		   const char *id, sb_set_fn fn)
{
	struct svc_error e;
	json_t *out = NULL;
	bool failed;
	json_t *req = v1_json_body(s, r, rep, false, &failed);

	if (failed)
		return;
	int ret = fn(s, &r->key, id, req, &out, &e);
	json_decref(req);
	v1_answer(rep, 200, ret, out, &e);
}

static void sb_timeout(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *id)
{
	sb_set(s, r, rep, id, service_sandbox_set_timeout);
}

static void sb_net(struct service *s, struct http_request *r, struct http_reply *rep,
		   const char *id)
{
	sb_set(s, r, rep, id, service_sandbox_set_net);
}

static void sb_metrics(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *id)
{
	struct svc_error e;
	json_t *out = NULL;
	int ret = service_sandbox_metrics(s, &r->key, id, &out, &e);
	v1_answer(rep, 200, ret, out, &e);
}

static void sb_metrics_history(struct service *s, struct http_request *r,
			       struct http_reply *rep, const char *id)
{
	struct svc_error e;
	json_t *out = NULL;
	int64_t start = http_query_epoch_ms(r, "start"), end = http_query_epoch_ms(r, "end");

	if (start == -2 || end == -2)
		return reply_error(rep, 400, "bad_request",
				   "'start' and 'end' are whole seconds since 1970 (UTC)");
	int ret = service_sandbox_metrics_history(s, &r->key, id, start,
						  end < 0 ? end : end + 999, &out, &e);
	v1_answer(rep, 200, ret, out, &e);
}

static void sb_pause(struct service *s, struct http_request *r, struct http_reply *rep,
		     const char *id)
{
	struct svc_error e;
	json_t *out = NULL;
	bool pause = strcmp(r->path + strlen(r->path) - 6, "/pause") == 0;
	int ret = pause ? service_sandbox_pause(s, &r->key, id, &out, &e)
			: service_sandbox_resume(s, &r->key, id, &out, &e);
	v1_answer(rep, 200, ret, out, &e);
}

static void sb_exec(struct service *s, struct http_request *r, struct http_reply *rep,
		    const char *id)
{
	struct svc_error e;
	json_t *out = NULL;
	bool failed;
	json_t *req = v1_json_body(s, r, rep, false, &failed);

	if (failed)
		return;
	const char *accept = http_header(r, "Accept");
	if (accept && strcasestr(accept, "text/event-stream"))
		return v1_exec_streamed(s, r, rep, id, req);
	int ret = service_sandbox_exec(s, &r->key, id, req, NULL, &out, &e);
	json_decref(req);
	v1_answer(rep, 200, ret, out, &e);
}

/* ---- files ---- */

static const char *need_query(const struct http_request *r, struct http_reply *rep,
			      const char *name)
{
	const char *v = http_query(r, name);
	if (v == NULL || v[0] == 0)
		reply_error(rep, 400, "bad_request", "the query parameter '%s' is required", name);
	return v && v[0] ? v : NULL;
}

static void files_get(struct service *s, struct http_request *r, struct http_reply *rep,
		      const char *id)
{
	const char *dir = http_query(r, "dir"), *path;
	struct svc_error e;
	json_t *out = NULL;

	if (dir) {
		int ret = service_sandbox_file_list(s, &r->key, id, dir, &out, &e);
		return v1_answer(rep, 200, ret, out, &e);
	}
	if ((path = need_query(r, rep, "path")) == NULL)
		return;
	if (service_sandbox_file_read(s, &r->key, id, path, &rep->text, &e) < 0) {
		buf_free(&rep->text);
		return reply_svc_error(rep, &e);
	}
	rep->status = 200;
	rep->content_type = "application/octet-stream";
}

static void files_put(struct service *s, struct http_request *r, struct http_reply *rep,
		      const char *id)
{
	const char *path = need_query(r, rep, "path");
	struct svc_error e;
	json_t *out = NULL;

	if (path == NULL)
		return;
	int ret = service_sandbox_file_write(s, &r->key, id, path, r->body, r->body_len, &out, &e);
	v1_answer(rep, 201, ret, out, &e);
}

static void files_delete(struct service *s, struct http_request *r, struct http_reply *rep,
			 const char *id)
{
	const char *path = need_query(r, rep, "path");
	struct svc_error e;

	if (path == NULL)
		return;
	if (service_sandbox_file_remove(s, &r->key, id, path, &e) < 0)
		return reply_svc_error(rep, &e);
	rep->status = 204;
}

static void files_stat(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *id)
{
	const char *path = need_query(r, rep, "path");
	struct svc_error e;
	json_t *out = NULL;

	if (path == NULL)
		return;
	int ret = service_sandbox_file_stat(s, &r->key, id, path, &out, &e);
	v1_answer(rep, 200, ret, out, &e);
}

/* A string field of a JSON body, or a 400. */
static const char *field(json_t *o, const char *name, struct http_reply *rep)
{
	const char *v = json_string_value(json_object_get(o, name));
	if (v == NULL || strlen(v) != json_string_length(json_object_get(o, name)))
		reply_error(rep, 400, "bad_request", "'%s' must be a string", name);
	return v && strlen(v) == json_string_length(json_object_get(o, name)) ? v : NULL;
}

static void files_mkdir(struct service *s, struct http_request *r, struct http_reply *rep,
			const char *id)
{
	struct svc_error e;
	bool failed;
	json_t *req = v1_json_body(s, r, rep, false, &failed);
	const char *path;

	if (failed)
		return;
	if ((path = field(req, "path", rep)) != NULL) {
		if (service_sandbox_file_mkdir(s, &r->key, id, path, &e) < 0)
			reply_svc_error(rep, &e);
		else
			v1_answer(rep, 201, 0, json_pack("{s:s}", "path", path), &e);
	}
	json_decref(req);
}

static void files_move(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *id)
{
	struct svc_error e;
	bool failed;
	json_t *req = v1_json_body(s, r, rep, false, &failed);
	const char *from, *to;

	if (failed)
		return;
	if ((from = field(req, "from", rep)) != NULL && (to = field(req, "to", rep)) != NULL) {
		if (service_sandbox_file_move(s, &r->key, id, from, to, &e) < 0)
			reply_svc_error(rep, &e);
		else
			v1_answer(rep, 200, 0, json_pack("{s:s, s:s}", "from", from, "to", to), &e);
	}
	json_decref(req);
}

/* ---- code contexts ---- */

/* The context id after "/contexts/" in rest (up to the next '/'), and
 * what follows it. */
static bool context_of(const char *rest, char *cid, size_t size, const char **after)
{
	const char *p = rest + strlen("/contexts/");
	size_t n = strcspn(p, "/");

	if (strncmp(rest, "/contexts/", 10) != 0 || n == 0 || n >= size)
		return false;
	memcpy(cid, p, n);
	cid[n] = 0;
	*after = p + n;
	return true;
}

static void contexts(struct service *s, struct http_request *r, struct http_reply *rep,
		     const char *id)
{
	const char *rest = strstr(r->path + strlen(BASE) + 1, "/contexts"), *after = "";
	char cid[STORE_ID_MAX];
	struct svc_error e;
	json_t *out = NULL, *req = NULL;
	bool failed = false, post = strcmp(r->method, "POST") == 0;
	int ret;

	if (strcmp(rest, "/contexts") == 0 || strcmp(rest, "/contexts/") == 0) {
		if (post) {
			if ((req = v1_json_body(s, r, rep, true, &failed)), failed)
				return;
			ret = service_sandbox_context_create(s, &r->key, id, req, &out, &e);
			json_decref(req);
			return v1_answer(rep, 201, ret, out, &e);
		}
		if (strcmp(r->method, "GET") == 0) {
			ret = service_sandbox_contexts(s, &r->key, id, &out, &e);
			return v1_answer(rep, 200, ret, out, &e);
		}
		snprintf(rep->allow, sizeof(rep->allow), "GET, POST");
	} else if (!context_of(rest, cid, sizeof(cid), &after)) {
		return reply_error(rep, 404, "not_found", "no such endpoint: %s", r->path);
	} else if (after[0] == 0) {
		if (strcmp(r->method, "DELETE") == 0) {
			if (service_sandbox_context_delete(s, &r->key, id, cid, &e) < 0)
				return reply_svc_error(rep, &e);
			rep->status = 204;
			return;
		}
		snprintf(rep->allow, sizeof(rep->allow), "DELETE");
	} else if (strcmp(after, "/run") == 0 || strcmp(after, "/restart") == 0 ||
		   strcmp(after, "/interrupt") == 0) {
		if (post && strcmp(after, "/run") == 0) {
			if ((req = v1_json_body(s, r, rep, false, &failed)), failed)
				return;
			ret = service_sandbox_context_run(s, &r->key, id, cid, req, NULL, NULL,
							  &out, &e);
			json_decref(req);
			return v1_answer(rep, 200, ret, out, &e);
		}
		if (post) {
			ret = strcmp(after, "/restart") == 0
				  ? service_sandbox_context_restart(s, &r->key, id, cid, &out, &e)
				  : service_sandbox_context_interrupt(s, &r->key, id, cid, &out, &e);
			return v1_answer(rep, 200, ret, out, &e);
		}
		snprintf(rep->allow, sizeof(rep->allow), "POST");
	} else {
		return reply_error(rep, 404, "not_found", "no such endpoint: %s", r->path);
	}
	reply_error(rep, 405, "method_not_allowed", "%s is not allowed on %s; allowed: %s",
		    r->method, r->path, rep->allow);
}

/* ---- ports: ANY /v1/sandboxes/ID/ports/PORT/PATH ---- */

static void port_fail(struct http_reply *rep, int status, const char *code, const char *msg)
{
	reply_error(rep, status, code, "%s", msg);
}

static void sb_port(struct service *s, struct http_request *r, struct http_reply *rep,
		    const char *id)
{
	/* the key that let the request in is airlock's, not the server's */
	static const char *const drop[] = {"Authorization", NULL};
	char prefix[STORE_ID_MAX + 64];
	const char *p = r->path + strlen(BASE) + 1 + strlen(id) + strlen("/ports");
	size_t digits = 0;
	unsigned port = 0;

	if (*p == '/') {
		p++;
		digits = strcspn(p, "/");
		port = http_port_number(p, digits);
	}
	if (port == 0)
		return reply_error(rep, 404, "not_found",
				   "no such endpoint: %s (ports are /v1/sandboxes/ID/ports/PORT/..., "
				   "PORT 1 to 65535 without a leading zero)",
				   r->path);
	/* what follows the port, as the client wrote it (escapes and query) */
	snprintf(prefix, sizeof(prefix), "%s/%s/ports/%.*s", BASE, id, (int)digits, p);
	size_t n = strlen(prefix);
	if (strncmp(r->target, prefix, n) != 0 || (r->target[n] && !strchr("/?", r->target[n])))
		return reply_error(rep, 400, "bad_request",
				   "write %s without escapes; only what follows it goes to the port",
				   prefix);
	char *path = NULL;
	if (r->target[n] != '/') {
		path = xmalloc(strlen(r->target + n) + 2);
		sprintf(path, "/%s", r->target + n);
	}
	struct http_port_target t = {id, port, path ? path : r->target + n, drop};
	http_port_relay(s, r, rep, &t, port_fail);
	free(path);
}

/* ---- routing ---- */

typedef void (*sb_handler)(struct service *s, struct http_request *r, struct http_reply *rep,
			   const char *id);

struct sb_route {
	const char *method; /* NULL: any */
	const char *rest;   /* what follows the id; "*" ends with anything below contexts */
	sb_handler fn;
};

static const struct sb_route routes[] = {
    {"GET", "", sb_get},
    {"DELETE", "", sb_delete},
    {"POST", "/timeout", sb_timeout},
    {"PUT", "/net", sb_net},
    {"GET", "/metrics", sb_metrics},
    {"GET", "/metrics/history", sb_metrics_history},
    {"POST", "/pause", sb_pause},
    {"POST", "/resume", sb_pause},
    {"POST", "/exec", sb_exec},
    {"GET", "/files", files_get},
    {"PUT", "/files", files_put},
    {"DELETE", "/files", files_delete},
    {"GET", "/files/stat", files_stat},
    {"GET", "/files/watch", v1_files_watch},
    {NULL, "/files/watchers", v1_files_watchers},
    {"POST", "/files/mkdir", files_mkdir},
    {"POST", "/files/move", files_move},
    {NULL, "/contexts", contexts},
    {NULL, "/processes", v1_processes},
    {NULL, "/ports", sb_port},
};

static bool rest_matches(const char *want, const char *rest)
{
	size_t n = strlen(want);
	if (strcmp(want, "/contexts") == 0 || strcmp(want, "/processes") == 0 ||
	    strcmp(want, "/files/watchers") == 0 || strcmp(want, "/ports") == 0)
		return strncmp(rest, want, n) == 0 && (rest[n] == 0 || rest[n] == '/');
	return strcmp(want, rest) == 0;
}

void sandboxes_dispatch(struct service *s, struct http_request *r, struct http_reply *rep)
{
	const char *p = r->path + strlen(BASE);
	char id[STORE_ID_MAX], allow[64] = "";
	bool known = false;

	if (*p == 0 || strcmp(p, "/") == 0) {
		if (strcmp(r->method, "POST") && strcmp(r->method, "GET")) {
			snprintf(rep->allow, sizeof(rep->allow), "GET, POST");
			return reply_error(rep, 405, "method_not_allowed",
					   "%s is not allowed on %s; allowed: GET, POST", r->method,
					   r->path);
		}
		if (!http_authenticate(s, r, rep))
			return;
		return strcmp(r->method, "POST") == 0 ? sb_create(s, r, rep) : sb_list(s, r, rep);
	}
	p++; /* the '/' */
	size_t n = strcspn(p, "/");
	if (n == 0 || n >= sizeof(id))
		return reply_error(rep, 404, "not_found", "no such endpoint: %s", r->path);
	memcpy(id, p, n);
	id[n] = 0;
	const char *rest = p + n;
	for (size_t i = 0; i < ARRAY_SIZE(routes); i++) {
		if (!rest_matches(routes[i].rest, rest))
			continue;
		known = true;
		if (routes[i].method && strcmp(routes[i].method, r->method) != 0) {
			snprintf(allow + strlen(allow), sizeof(allow) - strlen(allow), "%s%s",
				 allow[0] ? ", " : "", routes[i].method);
			continue;
		}
		if (!http_authenticate(s, r, rep))
			return;
		return routes[i].fn(s, r, rep, id);
	}
	if (!known)
		return reply_error(rep, 404, "not_found", "no such endpoint: %s", r->path);
	snprintf(rep->allow, sizeof(rep->allow), "%s", allow);
	reply_error(rep, 405, "method_not_allowed", "%s is not allowed on %s; allowed: %s",
		    r->method, r->path, allow);
}
