/*
 * envd's WatchDir (filesystem.proto), a Connect server stream:
 * {"path", "recursive"?} -> {"start": {}}, then {"filesystem": {"name",
 * "type": "EVENT_TYPE_*"}} per event and {"keepalive": {}} every
 * Keepalive-Ping-Interval seconds, until
 * the client leaves, its Connect-Timeout-Ms passes, the directory is
 * removed or the sandbox ends (the end frame says which). It is the
 * service's watch (service_sandbox_watch): inotify from outside the
 * sandbox, links the program planted never followed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/utf8.h"
#include "common/util.h"
#include "http/e2b.h"
#include "http/stream.h"

struct watch_stream {
	struct service *s;
	struct key_row key;
	char sid[STORE_ID_MAX];
	char *path;
	bool recursive;
	const char *code; /* set: only the end, with this error */
	char message[160];
	struct e2b_keepalive ka; /* and its deadline, Connect-Timeout-Ms */
};

/* WatchDirResponse's oneof: a member of the message itself in JSON */
static json_t *event(const char *kind, json_t *body)
{
	return json_pack("{s:o}", kind, body);
}

static void on_start(void *ctx)
{
	struct watch_stream *x = ctx;
	if (!e2b_connect_frame(x->ka.st, 0, event("start", json_object())))
		x->ka.gone = true;
}

/* envd's FilesystemEvent of the service's event type and name. */
static json_t *fs_event(const char *type, const char *name)
{
	char kind[32];

	snprintf(kind, sizeof(kind), "EVENT_TYPE_%s", type);
	for (char *c = kind; *c; c++)
		if (*c >= 'a' && *c <= 'z')
			*c = (char)(*c - 'a' + 'A');
	return json_pack("{s:o, s:s}", "name", utf8_json(name), "type", kind);
}

static void on_event(void *ctx, const char *type, const char *name)
{
	struct watch_stream *x = ctx;

	if (!e2b_connect_frame(x->ka.st, 0, event("filesystem", fs_event(type, name))))
		x->ka.gone = true;
}

static bool present(void *ctx)
{
	struct watch_stream *x = ctx;
	return e2b_keepalive(&x->ka);
}

static void run_watch(void *ctx, struct http_stream *st)
{
	struct watch_stream *x = ctx;
	struct sandbox_watch_io io = {
	    .on_start = on_start, .on_event = on_event, .present = present, .ctx = x};
	struct svc_error e;
	int status;

	x->ka.st = st;
	if (st == NULL)
		goto done;
	if (x->code)
		e2b_connect_end(st, x->code, x->message);
	else if (service_sandbox_watch(x->s, &x->key, x->sid, x->path, x->recursive, &io, &e) < 0)
		e2b_connect_end(st, e2b_connect_code(&e, &status), e.message);
	else
		e2b_connect_end(st, NULL, NULL);
done:
	free(x->path);
	free(x);
}

void e2b_watch_dir(struct service *s, struct http_request *r, struct http_reply *rep,
		   const char *id)
{
	struct watch_stream *x = xcalloc(1, sizeof(*x));
	const char *tmo = http_header(r, "Connect-Timeout-Ms");
	json_t *msg = e2b_connect_enveloped(r);
	const char *path = json_string_value(json_object_get(msg, "path"));

	x->s = s;
	x->key = r->key;
	snprintf(x->sid, sizeof(x->sid), "%s", id);
	e2b_keepalive_init(&x->ka, r, false);
	if (tmo && atol(tmo) > 0)
		x->ka.deadline_ms = monotonic_ms() + (uint64_t)atol(tmo);
	if (msg == NULL || path == NULL || path[0] == 0) {
		x->code = "invalid_argument";
		snprintf(x->message, sizeof(x->message),
			 "the request must be one enveloped JSON message with 'path'");
	} else {
		x->path = path[0] == '/' ? xstrdup(path) : xasprintf("/home/user/%s", path);
		x->recursive = json_is_true(json_object_get(msg, "recursive"));
	}
	json_decref(msg);
	rep->status = 200;
	rep->content_type = "application/connect+json";
	rep->stream = run_watch;
	rep->stream_ctx = x;
}

/* ---- the polling watchers: unary calls ---- */

void e2b_watchers(struct service *s, struct http_request *r, struct http_reply *rep, const char *id,
		  const char *method, const json_t *body)
{
	const char *wid = json_string_value(json_object_get(body, "watcherId"));
	const char *path = json_string_value(json_object_get(body, "path"));
	struct svc_error e;
	int ret;

	if (strcmp(method, "CreateWatcher") == 0) {
		char w[SANDBOX_WATCHER_ID_MAX], *abs;
		if (path == NULL || path[0] == 0)
			return e2b_connect_error(rep, 400, "invalid_argument",
						 "'path' is required");
		abs = path[0] == '/' ? xstrdup(path) : xasprintf("/home/user/%s", path);
		ret = service_sandbox_watcher_create(
		    s, &r->key, id, abs, json_is_true(json_object_get(body, "recursive")), w, &e);
		free(abs);
		if (ret == 0)
			rep->json = json_pack("{s:s}", "watcherId", w);
	} else if (wid == NULL) {
		return e2b_connect_error(rep, 400, "invalid_argument", "'watcherId' is required");
	} else if (strcmp(method, "GetWatcherEvents") == 0) {
		json_t *events = NULL, *ev;
		size_t i;
		if ((ret = service_sandbox_watcher_events(s, &r->key, id, wid, &events, &e)) == 0) {
			json_t *list = json_array();
			json_array_foreach(events, i, ev) json_array_append_new(
			    list, fs_event(http_json_str(ev, "type"), http_json_str(ev, "name")));
			rep->json = json_pack("{s:o}", "events", list);
		}
		json_decref(events);
	} else {
		if ((ret = service_sandbox_watcher_remove(s, &r->key, id, wid, &e)) == 0)
			rep->json = json_object();
	}
	if (ret < 0)
		return e2b_connect_svc_error(rep, &e);
	rep->status = 200;
}
