/*
 * The routes of Piston v2 under /piston: /api/v2/runtimes, /execute,
 * /packages, the version at /, and the same under /api/v2/piston/ (the
 * paths of the public emkc.org instance, so its users change only the
 * host). Glue only: the request is translated (piston_request.c), run by
 * the service like any other, and its execution translated back
 * (piston_response.c).
 *
 * Keys: Piston has none, so a request may come without one; it then runs
 * as the config's anonymous_key, or gets 401. A key sent as
 * "Authorization: Bearer KEY" is checked like on /v1.
 *
 * Content types: Piston answers 415 to a body that is not declared
 * application/json. npm piston-client declares none (node-fetch then
 * labels it text/plain;charset=UTF-8), so here a body without a
 * Content-Type or with text/plain is read as JSON too; anything else
 * (form data, XML, ...) is 415 as in Piston.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "common/utf8.h"
#include "http/http.h"
#include "http/piston.h"

static void reply_message(struct http_reply *rep, int status, const char *message)
{
	json_decref(rep->json);
	rep->status = status;
	rep->json = json_pack("{s:o}", "message", utf8_json(message));
}

/* A service error in Piston's shape: bad input is 400, as Piston answers
 * every bad request; the rest keep their HTTP status (401, 429, 503). */
static void reply_piston_error(struct http_reply *rep, const struct svc_error *e)
{
	int status = http_status_of(e->kind);
	if (e->kind == SVC_BAD_REQUEST || e->kind == SVC_INVALID || e->kind == SVC_TOO_LARGE)
		status = 400;
	reply_message(rep, status, e->message);
	rep->retry_after_s = e->retry_after_s;
}

/* Whether the body may be read as JSON (see the top). */
static bool piston_content_type_ok(const char *ct)
{
	if (ct == NULL || http_is_json(ct))
		return true;
	while (*ct == ' ')
		ct++;
	return *ct == 0 || (strncasecmp(ct, "text/plain", 10) == 0 &&
			    (ct[10] == 0 || ct[10] == ';' || ct[10] == ' '));
}

static bool piston_authenticate(struct service *s, struct http_request *r, struct http_reply *rep)
{
	struct svc_error e;
	const char *token = NULL;

	if (r->authorization) { /* a malformed one is refused, never anonymous */
		token = key_from_authorization(r->authorization);
		token = token ? token : "";
	}
	int ret = service_authenticate_or_anonymous(s, token, &r->key, &e);
	if (ret < 0 && token == NULL && e.kind == SVC_UNAUTHORIZED)
		snprintf(e.message, sizeof(e.message),
			 "an API key is required: send 'Authorization: Bearer KEY' (this "
			 "server has no anonymous_key)");
	if (ret < 0) {
		reply_piston_error(rep, &e);
		return false;
	}
	r->authenticated = true;
	return true;
}

static void piston_root(struct service *s, struct http_request *r, struct http_reply *rep)
{
	(void)s;
	(void)r;
	reply_message(rep, 200, "Piston v" PISTON_VERSION);
}

static void piston_runtimes_get(struct service *s, struct http_request *r, struct http_reply *rep)
{
	(void)r;
	json_t *langs = service_languages(s);
	rep->json = piston_runtimes(langs);
	json_decref(langs);
}

static void piston_packages_get(struct service *s, struct http_request *r, struct http_reply *rep)
{
	json_t *rts, *rt, *out = json_array();
	size_t i;

	piston_runtimes_get(s, r, rep);
	rts = rep->json;
	json_array_foreach(rts, i, rt) json_array_append_new(
	    out, json_pack("{s:O, s:O, s:b}", "language", json_object_get(rt, "language"),
			   "language_version", json_object_get(rt, "version"), "installed", 1));
	json_decref(rts);
	rep->json = out;
}

static void piston_packages_change(struct service *s, struct http_request *r,
				   struct http_reply *rep)
{
	(void)s;
	(void)r;
	reply_message(rep, 501,
		      "airlock does not install packages: its runtimes are this host's "
		      "interpreters (GET /piston/api/v2/runtimes lists them)");
}

static void piston_execute(struct service *s, struct http_request *r, struct http_reply *rep)
{
	char msg[PISTON_MSG_MAX];
	struct piston_job job;
	struct exec_request req;
	struct submission sub;
	struct svc_error e;
	json_t *langs = service_languages(s);

	if (piston_job_parse(r->body, r->body_len, langs, false, &job, msg) < 0) {
		service_count_reject(s, "bad_request");
		reply_message(rep, 400, msg);
		json_decref(langs);
		return;
	}
	if (exec_request_from_json(json_incref(job.canonical), service_config(s), &req, &e) < 0) {
		exec_request_free(&req);
		service_count_reject(s, e.kind == SVC_TOO_LARGE ? "too_large" : "bad_request");
		reply_piston_error(rep, &e);
	} else if (service_submit(s, &r->key, &req, &sub, &e) < 0) {
		reply_piston_error(rep, &e);
	} else {
		rep->json = piston_response(&job, sub.execution, sub.id);
		submission_free(&sub);
	}
	piston_job_free(&job);
	json_decref(langs);
}

struct piston_route {
	const char *method, *path; /* path under /piston/api/v2, or "/" */
	http_handler handler;
};

static const struct piston_route piston_routes[] = {
    {"GET", "/", piston_root},
    {"GET", "/runtimes", piston_runtimes_get},
    {"POST", "/execute", piston_execute},
    {"GET", "/packages", piston_packages_get},
    {"POST", "/packages", piston_packages_change},
    {"DELETE", "/packages", piston_packages_change},
    {"GET", "/connect", piston_connect},
};

/* The path under /piston/api/v2 (the emkc.org aliases folded in), "/" for
 * the root, or NULL for a path Piston does not have. */
static const char *piston_path(const char *path)
{
	const char *p = path + strlen("/piston");

	if (*p == 0 || strcmp(p, "/") == 0)
		return "/";
	if (strncmp(p, "/api/v2/piston/", 15) == 0)
		return p + 14;
	if (strncmp(p, "/api/v2/", 8) == 0)
		return p + 7;
	return NULL;
}

bool piston_owns(const char *path)
{
	return strncmp(path, "/piston", 7) == 0 && (path[7] == 0 || path[7] == '/');
}

void piston_dispatch(struct service *s, struct http_request *r, struct http_reply *rep)
{
	const char *p = piston_path(r->path);

	for (size_t i = 0; p && i < ARRAY_SIZE(piston_routes); i++) {
		if (strcmp(piston_routes[i].path, p) != 0 ||
		    strcmp(piston_routes[i].method, r->method) != 0)
			continue;
		if (!piston_authenticate(s, r, rep))
			return;
		if (strcmp(r->method, "GET") != 0 && !piston_content_type_ok(r->content_type)) {
			service_count_reject(s, "bad_request");
			reply_message(rep, 415, "requests must be of type application/json");
			return;
		}
		piston_routes[i].handler(s, r, rep);
		return;
	}
	/* Express answers an unknown path, and a known one with another
	 * method, the same way */
	reply_message(rep, 404, "Not Found");
}
