/*
 * A sandbox's processes on /v1 (docs/sandboxes.md): a command's events
 * while it runs, for the exec that starts it (Accept: text/event-stream)
 * and for anyone who attaches later, and its stdin and signals.
 *
 *   GET  /v1/sandboxes/ID/processes                {"processes": [...]}
 *   POST /v1/sandboxes/ID/processes/PID/stdin      {"data"?, "eof"?}     204
 *   POST /v1/sandboxes/ID/processes/PID/signal     {"signal": N | NAME}  204
 *   POST /v1/sandboxes/ID/processes/PID/resize     {"cols", "rows"}      204 (a "pty" one)
 *   GET  /v1/sandboxes/ID/processes/PID/events     server-sent events
 *   GET  /v1/sandboxes/ID/files/watch?path=P&recursive=true
 *                                                  server-sent events of P
 *   POST   /v1/sandboxes/ID/files/watchers          {"path", "recursive"?}  201 {"id", ...}
 *   GET    /v1/sandboxes/ID/files/watchers/WID      {"events": [...]} since the last GET
 *   DELETE /v1/sandboxes/ID/files/watchers/WID      204
 *
 * Events: "start" ({"pid"}), "stdout" and "stderr" ({"data": TEXT},
 * redacted chunk by chunk), then one "result" (the result object) or
 * "error" ({"error": {"code", "message"}, "status": HTTP status}); a
 * comment line every second while the command is quiet, which is how a
 * client that has gone is noticed: the command of an exec whose client
 * left is stopped (status cancelled); one that was only attached to runs
 * on.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/utf8.h"
#include "http/http.h"
#include "http/stream.h"

struct events {
	struct service *s;
	struct key_row key;
	char id[STORE_ID_MAX];
	json_t *req; /* exec: the request; attach: NULL */
	long pid;    /* attach: the process */
	char *watch; /* files/watch: the directory; NULL otherwise */
	bool recursive;
	struct http_stream *st;
	bool gone;
};

/* One event: "event: NAME\ndata: DATA\n\n" (data: one line of JSON). */
static void event(struct events *x, const char *name, json_t *data)
{
	char *line = json_dumps(data, JSON_COMPACT);
	char *text = xasprintf("event: %s\ndata: %s\n\n", name, line ? line : "{}");
	if (!http_stream_write(x->st, text, strlen(text)))
		x->gone = true;
	free(text);
	free(line);
}

static void on_output(void *ctx, int stream, const char *data, size_t len)
{
	struct events *x = ctx;
	size_t n;
	char *text = utf8_sanitize(data, len, &n);
	json_t *o = json_object();
	json_object_set_new(o, "data", json_stringn_nocheck(text, n));
	event(x, stream == 2 ? "stderr" : "stdout", o);
	json_decref(o);
	free(text);
}

static void on_start(void *ctx, long pid)
{
	json_t *o = json_pack("{s:I}", "pid", (json_int_t)pid);
	event(ctx, "start", o);
	json_decref(o);
}

/* A comment: nothing for the client, but a write that finds it gone. */
static bool present(void *ctx)
{
	struct events *x = ctx;
	static const char ping[] = ": keepalive\n\n";

	if (!x->gone && !http_stream_write(x->st, ping, sizeof(ping) - 1))
		x->gone = true;
	return !x->gone;
}

static void on_watching(void *ctx)
{
	struct events *x = ctx;
	json_t *o = json_pack("{s:o, s:b}", "path", utf8_json(x->watch), "recursive", x->recursive);
	event(x, "start", o);
	json_decref(o);
}

static void on_change(void *ctx, const char *type, const char *name)
{
	json_t *o = json_pack("{s:s, s:o}", "type", type, "name", utf8_json(name));
	event(ctx, "change", o);
	json_decref(o);
}

/* http_stream_fn: runs once the head is sent (st NULL: it never will be). */
static void run_events(void *ctx, struct http_stream *st)
{
	struct events *x = ctx;
	struct sandbox_io io = {
	    .on_output = on_output, .on_start = on_start, .present = present, .ctx = x};
	struct svc_error e;
	json_t *out = NULL;
	int ret;

	if (st == NULL)
		goto done;
	x->st = st;
	if (x->watch) {
		struct sandbox_watch_io wio = {
		    .on_start = on_watching, .on_event = on_change, .present = present, .ctx = x};
		ret = service_sandbox_watch(x->s, &x->key, x->id, x->watch, x->recursive, &wio, &e);
		if (ret == 0)
			out = json_object(); /* the end: the directory is gone */
	} else if (x->req)
		ret = service_sandbox_exec(x->s, &x->key, x->id, x->req, &io, &out, &e);
	else
		ret = service_sandbox_process_attach(x->s, &x->key, x->id, x->pid, NULL, &io, &out,
						     &e);
	if (ret < 0) {
		json_t *ev = json_pack("{s:{s:s, s:s}, s:i}", "error", "code", e.code, "message",
				       e.message, "status", http_status_of(e.kind));
		event(x, "error", ev);
		json_decref(ev);
	} else if (out) {
		event(x, x->watch ? "end" : "result", out);
	}
	json_decref(out);
done:
	json_decref(x->req);
	free(x->watch);
	free(x);
}

static void stream_events(struct http_reply *rep, struct events *x)
{
	rep->status = 200;
	rep->content_type = "text/event-stream";
	rep->stream = run_events;
	rep->stream_ctx = x;
}

static struct events *events_new(struct service *s, const struct http_request *r, const char *id)
{
	struct events *x = xcalloc(1, sizeof(*x));
	x->s = s;
	x->key = r->key;
	snprintf(x->id, sizeof(x->id), "%s", id);
	return x;
}

void v1_exec_streamed(struct service *s, struct http_request *r, struct http_reply *rep,
		      const char *id, json_t *req)
{
	struct svc_error e;
	json_t *now = NULL;

	/* a missing or ended sandbox is answered before the stream starts; a
	 * paused one too, unless its auto_resume wakes it (the exec's call) */
	if (service_sandbox_get(s, &r->key, id, &now, &e) < 0) {
		json_decref(req);
		return reply_svc_error(rep, &e);
	}
	const char *state = json_string_value(json_object_get(now, "state")) ?: "";
	bool paused = strcmp(state, "paused") == 0, ended = !paused && strcmp(state, "running");
	if (json_is_true(json_object_get(now, "auto_resume")))
		paused = false;
	json_decref(now);
	if (paused || ended) {
		json_decref(req);
		return paused ? reply_error(rep, 409, "sandbox_paused",
					    "sandbox %s is paused; resume it first", id)
			      : reply_error(rep, 409, "sandbox_terminated", "sandbox %s has ended",
					    id);
	}
	struct events *x = events_new(s, r, id);
	x->req = req;
	stream_events(rep, x);
}

void v1_files_watch(struct service *s, struct http_request *r, struct http_reply *rep,
		    const char *id)
{
	const char *path = http_query(r, "path"), *rec = http_query(r, "recursive");
	struct svc_error e;
	json_t *st = NULL;

	if (path == NULL || path[0] == 0)
		return reply_error(rep, 400, "bad_request",
				   "the query parameter 'path' is required");
	/* what is not a directory of a live sandbox is answered before the stream */
	if (service_sandbox_file_stat(s, &r->key, id, path, &st, &e) < 0)
		return reply_svc_error(rep, &e);
	bool dir = strcmp(json_string_value(json_object_get(st, "type")) ?: "", "dir") == 0;
	json_decref(st);
	if (!dir)
		return reply_error(rep, 409, "wrong_type", "'%s' is not a directory", path);
	struct events *x = events_new(s, r, id);
	x->watch = xstrdup(path);
	x->recursive = rec && (strcmp(rec, "true") == 0 || strcmp(rec, "1") == 0);
	stream_events(rep, x);
}

void v1_files_watchers(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *id)
{
	const char *wid = r->path + strlen(r->path);
	const char *p = strstr(r->path, "/files/watchers");
	struct svc_error e;
	json_t *req, *out = NULL;
	bool failed;
	int ret;

	if (p && p[15] == '/')
		wid = p + 16;
	if (wid[0] == 0) {
		if (strcmp(r->method, "POST") != 0) {
			snprintf(rep->allow, sizeof(rep->allow), "POST");
			return reply_error(rep, 405, "method_not_allowed",
					   "%s is not allowed on %s; allowed: POST", r->method,
					   r->path);
		}
		if ((req = v1_json_body(s, r, rep, false, &failed)), failed)
			return;
		char w[SANDBOX_WATCHER_ID_MAX];
		const char *path = http_json_str(req, "path");
		bool rec = json_is_true(json_object_get(req, "recursive"));
		ret = service_sandbox_watcher_create(s, &r->key, id, path, rec, w, &e);
		if (ret == 0)
			out = json_pack("{s:s, s:s, s:b}", "id", w, "path", path, "recursive", rec);
		json_decref(req);
		return v1_answer(rep, 201, ret, out, &e);
	}
	if (strchr(wid, '/'))
		return reply_error(rep, 404, "not_found", "no such endpoint: %s", r->path);
	if (strcmp(r->method, "GET") == 0) {
		ret = service_sandbox_watcher_events(s, &r->key, id, wid, &out, &e);
		return v1_answer(rep, 200, ret, ret == 0 ? json_pack("{s:o}", "events", out) : NULL,
				 &e);
	}
	if (strcmp(r->method, "DELETE") == 0) {
		if (service_sandbox_watcher_remove(s, &r->key, id, wid, &e) < 0)
			return reply_svc_error(rep, &e);
		rep->status = 204;
		return;
	}
	snprintf(rep->allow, sizeof(rep->allow), "GET, DELETE");
	reply_error(rep, 405, "method_not_allowed", "%s is not allowed on %s; allowed: GET, DELETE",
		    r->method, r->path);
}

/* ---- /processes ---- */

/* A signal by number (1..64) or name ("SIGTERM", "TERM"); 0: neither. */
static int signal_of(const json_t *v)
{
	if (json_is_integer(v))
		return json_integer_value(v) >= 1 && json_integer_value(v) <= 64
			   ? (int)json_integer_value(v)
			   : 0;
	const char *name = json_string_value(v);
	if (name == NULL)
		return 0;
	if (strncmp(name, "SIG", 3) == 0)
		name += 3;
	for (int i = 1; i < 32; i++) {
		const char *abbrev = sigabbrev_np(i);
		if (abbrev && strcmp(abbrev, name) == 0)
			return i;
	}
	return 0;
}

/* POST .../signal {"signal"} and .../stdin {"data"?, "eof"?}: 204. */
static void process_post(struct service *s, struct http_request *r, struct http_reply *rep,
			 const char *id, long pid, bool is_signal)
{
	struct svc_error e;
	bool failed;
	int ret = 0;
	json_t *req = v1_json_body(s, r, rep, false, &failed);

	if (failed)
		return;
	if (is_signal) {
		int sig = signal_of(json_object_get(req, "signal"));
		json_decref(req);
		if (sig == 0)
			return reply_error(
			    rep, 400, "bad_request",
			    "'signal' must be a number from 1 to 64 or a name such as "
			    "\"SIGTERM\"");
		ret = service_sandbox_process_signal(s, &r->key, id, pid, NULL, sig, &e);
	} else {
		json_t *data = json_object_get(req, "data"), *eof = json_object_get(req, "eof");
		if (!json_is_object(req) || (data && !json_is_string(data)) ||
		    (eof && !json_is_boolean(eof)) || (!data && !eof)) {
			json_decref(req);
			return reply_error(
			    rep, 400, "bad_request",
			    "the body must be {\"data\": TEXT} and/or {\"eof\": true}");
		}
		if (data && json_string_length(data) > 0)
			ret = service_sandbox_process_input(s, &r->key, id, pid, NULL,
							    json_string_value(data),
							    json_string_length(data), &e);
		if (ret == 0 && json_is_true(eof))
			ret = service_sandbox_process_close(s, &r->key, id, pid, NULL, &e);
		json_decref(req);
	}
	if (ret < 0)
		return reply_svc_error(rep, &e);
	rep->status = 204;
}

/* POST .../resize {"cols", "rows"}: 204. */
static void process_resize(struct service *s, struct http_request *r, struct http_reply *rep,
			   const char *id, long pid)
{
	struct svc_error e;
	bool failed;
	json_t *req = v1_json_body(s, r, rep, false, &failed);

	if (failed)
		return;
	json_t *cols = json_object_get(req, "cols"), *rows = json_object_get(req, "rows");
	if (!json_is_integer(cols) || !json_is_integer(rows) || json_integer_value(cols) < 0 ||
	    json_integer_value(rows) < 0 || json_integer_value(cols) > 0xffff ||
	    json_integer_value(rows) > 0xffff) {
		json_decref(req);
		return reply_error(rep, 400, "bad_request",
				   "the body must be {\"cols\": N, \"rows\": N}");
	}
	int ret = service_sandbox_process_resize(s, &r->key, id, pid, NULL,
						 (unsigned)json_integer_value(cols),
						 (unsigned)json_integer_value(rows), &e);
	json_decref(req);
	if (ret < 0)
		return reply_svc_error(rep, &e);
	rep->status = 204;
}

static void events_get(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *id, long pid)
{
	struct svc_error e;
	json_t *list = NULL, *p;
	size_t i;
	bool running = false;

	/* a process that is not running is answered before the stream starts */
	if (service_sandbox_processes(s, &r->key, id, &list, &e) < 0)
		return reply_svc_error(rep, &e);
	json_array_foreach(json_object_get(list, "processes"), i, p) running |=
	    json_integer_value(json_object_get(p, "pid")) == pid;
	json_decref(list);
	if (!running)
		return reply_error(rep, 404, "no_such_process", "no running process has pid %ld",
				   pid);
	struct events *x = events_new(s, r, id);
	x->pid = pid;
	stream_events(rep, x);
}

void v1_processes(struct service *s, struct http_request *r, struct http_reply *rep, const char *id)
{
	const char *rest = strstr(r->path, "/processes") + strlen("/processes");
	const char *allow;

	if (rest[0] == 0 || strcmp(rest, "/") == 0) {
		if (strcmp(r->method, "GET") == 0) {
			struct svc_error e;
			json_t *out = NULL;
			int ret = service_sandbox_processes(s, &r->key, id, &out, &e);
			return v1_answer(rep, 200, ret, out, &e);
		}
		allow = "GET";
	} else {
		char *end;
		long pid = strtol(rest + 1, &end, 10);
		if (end == rest + 1 || pid <= 0)
			return reply_error(rep, 404, "not_found", "no such endpoint: %s", r->path);
		bool post = strcmp(r->method, "POST") == 0;
		if ((strcmp(end, "/stdin") == 0 || strcmp(end, "/signal") == 0) && post)
			return process_post(s, r, rep, id, pid, strcmp(end, "/signal") == 0);
		if (strcmp(end, "/resize") == 0 && post)
			return process_resize(s, r, rep, id, pid);
		if (strcmp(end, "/events") == 0 && strcmp(r->method, "GET") == 0)
			return events_get(s, r, rep, id, pid);
		if (strcmp(end, "/stdin") && strcmp(end, "/signal") && strcmp(end, "/events") &&
		    strcmp(end, "/resize"))
			return reply_error(rep, 404, "not_found", "no such endpoint: %s", r->path);
		allow = strcmp(end, "/events") == 0 ? "GET" : "POST";
	}
	snprintf(rep->allow, sizeof(rep->allow), "%s", allow);
	reply_error(rep, 405, "method_not_allowed", "%s is not allowed on %s; allowed: %s",
		    r->method, r->path, allow);
}
