/*
 * envd's process service (process.proto) over Connect with the JSON codec:
 * what the SDKs' `commands` use, translated into the service's sandbox
 * processes (service.h).
 *
 *   Start       server stream: a command; {"process": {"cmd", "args",
 *               "envs", "cwd"}, "stdin"?, "tag"?, "pty"?: {"size": {"cols",
 *               "rows"}}} -> start {pid}, data {stdout|stderr|pty: base64},
 *               keepalive, end {exitCode, exited, status, error?}; with
 *               pty, on a terminal of the sandbox's own (the service's
 *               "pty"), whose output is data.pty
 *   Connect     server stream: the same events of a running command, from
 *               now on; {"process": {"pid"} | {"tag"}}
 *   List        {"processes": [{"config", "pid", "tag"?}]}
 *   SendInput   {"process", "input": {"stdin" | "pty": base64}}
 *   SendSignal  {"process", "signal": "SIGNAL_SIGKILL" | "SIGNAL_SIGTERM" | N}
 *   CloseStdin  {"process"}
 *   Update      {"process", "pty": {"size": {"cols", "rows"}}}: resizes its
 *               terminal
 *   StreamInput (a client stream): unimplemented
 *
 * As envd does, a command outlives the stream that started it (the SDK's
 * `background: true` and `disconnect()`): its caller leaving stops only
 * the events; Connect-Timeout-Ms (the SDK's timeoutMs) is its wall time,
 * and without one it may run as long as the configuration allows. Every
 * command goes through service_sandbox_exec: the policy as for a bash
 * program, redaction, audit.
 */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/e2b.h"
#include "http/stream.h"

/* ---- frames ---- */

static json_t *event(const char *kind, json_t *body)
{
	return json_pack("{s:{s:o}}", "event", kind, body);
}

/* The end event of a result object. */
static json_t *end_event(const json_t *res)
{
	const char *stat = json_string_value(json_object_get(res, "status")) ?: "internal_error";
	json_t *exit = json_object_get(res, "exit_code");
	char status[96];

	if (json_is_integer(exit)) {
		int code = (int)json_integer_value(exit);
		snprintf(status, sizeof(status), "exit status %d", code);
		return event("end", json_pack("{s:i, s:b, s:s}", "exitCode", code, "exited", 1,
					      "status", status));
	}
	json_t *sig = json_object_get(res, "signal");
	if (json_is_integer(sig)) {
		const char *d = sigdescr_np((int)json_integer_value(sig));
		snprintf(status, sizeof(status), "signal: %s", d ? d : "unknown");
	} else {
		snprintf(status, sizeof(status), "%s", stat);
	}
	const char *why = strcmp(stat, "policy_blocked") == 0
			      ? "airlock's policy blocked this command: it did not run"
			      : stat;
	return event("end", json_pack("{s:i, s:b, s:s, s:s}", "exitCode", -1, "exited", 0, "status",
				      status, "error", why));
}

/* ---- the two streams: Start and Connect ---- */

struct proc_stream {
	struct service *s;
	struct key_row key;
	char sid[STORE_ID_MAX];
	json_t *req;		   /* Start: the exec request; NULL: Connect */
	long pid;		   /* Connect: the process ... */
	char tag[SANDBOX_TAG_MAX]; /* ... or its tag */
	const char *code;	   /* set: only the end, with this error */
	bool pty;		   /* its output is the terminal's: data.pty */
	char message[256];
	struct e2b_keepalive ka;
};

static void on_output(void *ctx, int stream, const char *data, size_t len)
{
	struct proc_stream *x = ctx;
	size_t size = sodium_base64_ENCODED_LEN(len, sodium_base64_VARIANT_ORIGINAL);
	char *b64 = xmalloc(size);

	sodium_bin2base64(b64, size, (const unsigned char *)data, len,
			  sodium_base64_VARIANT_ORIGINAL);
	if (!e2b_connect_frame(x->ka.st, 0,
			       event("data", json_pack("{s:s}",
						       x->pty	     ? "pty"
						       : stream == 1 ? "stdout"
								     : "stderr",
						       b64))))
		x->ka.gone = true;
	free(b64);
}

static void on_start(void *ctx, long pid)
{
	struct proc_stream *x = ctx;
	if (!e2b_connect_frame(x->ka.st, 0,
			       event("start", json_pack("{s:I}", "pid", (json_int_t)pid))))
		x->ka.gone = true;
}

static bool present(void *ctx)
{
	struct proc_stream *x = ctx;
	return e2b_keepalive(&x->ka);
}

static void run_stream(void *ctx, struct http_stream *st)
{
	struct proc_stream *x = ctx;
	struct sandbox_io io = {.on_output = on_output,
				.on_start = on_start,
				.present = present,
				.keep_when_gone = true,
				.ctx = x};
	struct svc_error e;
	json_t *res = NULL;
	int ret, status;

	x->ka.st = st;
	if (st == NULL)
		goto done;
	if (x->code) {
		e2b_connect_end(st, x->code, x->message);
		goto done;
	}
	if (x->req)
		ret = service_sandbox_exec(x->s, &x->key, x->sid, x->req, &io, &res, &e);
	else
		ret = service_sandbox_process_attach(x->s, &x->key, x->sid, x->pid,
						     x->tag[0] ? x->tag : NULL, &io, &res, &e);
	if (ret < 0) {
		e2b_connect_end(st, e2b_connect_code(&e, &status), e.message);
	} else if (res) {
		e2b_connect_frame(st, 0, end_event(res));
		e2b_connect_end(st, NULL, NULL);
	} else {
		e2b_connect_end(st, NULL, NULL); /* the client left */
	}
done:
	json_decref(res);
	json_decref(x->req);
	free(x);
}

/* Connect answers a stream 200 whatever happens: an error is its end. */
static void stream_fails(struct proc_stream *x, const char *code, const char *msg)
{
	x->code = code;
	snprintf(x->message, sizeof(x->message), "%s", msg);
}

static struct proc_stream *stream_new(struct service *s, struct http_request *r,
				      struct http_reply *rep, const char *id)
{
	struct proc_stream *x = xcalloc(1, sizeof(*x));

	x->s = s;
	x->key = r->key;
	snprintf(x->sid, sizeof(x->sid), "%s", id);
	e2b_keepalive_init(&x->ka, r, true);
	rep->status = 200;
	rep->content_type = "application/connect+json";
	rep->stream = run_stream;
	rep->stream_ctx = x;
	return x;
}

static const char *str_at(json_t *a, size_t i)
{
	const char *v = json_string_value(json_array_get(a, i));
	return v ? v : "";
}

/* The command of a ProcessConfig: `bash -l -c X` is X; anything else is
 * its words, quoted for bash. */
static char *command_of(json_t *proc)
{
	const char *cmd = http_json_str(proc, "cmd");
	json_t *args = json_object_get(proc, "args");
	size_t n = json_array_size(args);

	if ((strcmp(cmd, "/bin/bash") == 0 || strcmp(cmd, "bash") == 0 ||
	     strcmp(cmd, "/bin/sh") == 0) &&
	    n == 3 && strcmp(str_at(args, 0), "-l") == 0 && strcmp(str_at(args, 1), "-c") == 0 &&
	    json_is_string(json_array_get(args, 2)))
		return xstrdup(json_string_value(json_array_get(args, 2)));
	struct buf b = {0};
	for (size_t i = 0; i <= n; i++) {
		const char *w = i == 0 ? cmd : json_string_value(json_array_get(args, i - 1));
		if (w == NULL)
			continue;
		if (b.len)
			buf_append(&b, " ", 1);
		buf_append(&b, "'", 1);
		for (const char *c = w; *c; c++)
			if (*c == '\'')
				buf_append(&b, "'\\''", 4);
			else
				buf_append(&b, c, 1);
		buf_append(&b, "'", 1);
	}
	buf_append(&b, "", 1);
	return b.data;
}

static void start(struct service *s, struct http_request *r, struct http_reply *rep, const char *id)
{
	struct proc_stream *x = stream_new(s, r, rep, id);
	json_t *msg = e2b_connect_enveloped(r), *proc = json_object_get(msg, "process");

	if (msg == NULL)
		return stream_fails(x, "invalid_argument",
				    "the request must be one enveloped JSON message, uncompressed");
	if (!json_is_object(proc) || http_json_str(proc, "cmd")[0] == 0) {
		json_decref(msg);
		return stream_fails(x, "invalid_argument", "'process' with its 'cmd' is required");
	}
	json_t *size = json_object_get(json_object_get(msg, "pty"), "size");
	if (json_object_get(msg, "pty") && (!json_is_integer(json_object_get(size, "cols")) ||
					    !json_is_integer(json_object_get(size, "rows")))) {
		json_decref(msg);
		return stream_fails(x, "invalid_argument",
				    "'pty' must be {\"size\": {cols, rows}}");
	}
	char *command = command_of(proc);
	json_t *config =
	    json_pack("{s:s, s:O*, s:O*, s:O*}", "cmd", http_json_str(proc, "cmd"), "args",
		      json_object_get(proc, "args"), "envs", json_object_get(proc, "envs"), "cwd",
		      json_object_get(proc, "cwd"));
	json_t *req =
	    json_pack("{s:s, s:b, s:{s:o}}", "command", command, "stdin_open",
		      json_is_true(json_object_get(msg, "stdin")), "metadata", "e2b", config);
	free(command);
	json_t *envs = json_deep_copy(json_object_get(proc, "envs"));
	if (size) {
		/* the SDK's TERM, LANG and LC_ALL for a terminal: airlock sets
		 * them itself (TERM=xterm-256color on a terminal, C.UTF-8) */
		json_object_del(envs, "TERM");
		json_object_del(envs, "LANG");
		json_object_del(envs, "LC_ALL");
		json_object_set_new(req, "pty",
				    json_pack("{s:O, s:O}", "cols", json_object_get(size, "cols"),
					      "rows", json_object_get(size, "rows")));
		x->pty = true;
	}
	if (json_is_object(envs) && json_object_size(envs) > 0)
		json_object_set(req, "env", envs);
	json_decref(envs);
	if (json_is_string(json_object_get(proc, "cwd")))
		json_object_set(req, "cwd", json_object_get(proc, "cwd"));
	if (json_is_string(json_object_get(msg, "tag")) && http_json_str(msg, "tag")[0])
		json_object_set(req, "tag", json_object_get(msg, "tag"));
	/* the SDK's timeoutMs is the command's wall time; none: the most allowed */
	const char *tmo = http_header(r, "Connect-Timeout-Ms");
	double max = config_limits_for(service_config(s), "bash")->max.wall_time_limit_s;
	double w = tmo && atol(tmo) > 0 ? atol(tmo) / 1000.0 : max;
	json_object_set_new(req, "limits", json_pack("{s:f}", "wall_time", w > max ? max : w));
	json_decref(msg);
	x->req = req;
}

/* A ProcessSelector: {"pid": N} or {"tag": T}. false: neither. */
static bool selector(json_t *msg, long *pid, char *tag, size_t size)
{
	json_t *sel = json_object_get(msg, "process"), *p = json_object_get(sel, "pid");

	*pid = 0;
	tag[0] = 0;
	if (json_is_integer(p) && json_integer_value(p) > 0)
		*pid = (long)json_integer_value(p);
	else if (json_is_string(p) && atol(json_string_value(p)) > 0) /* uint32 as text */
		*pid = atol(json_string_value(p));
	else if (json_is_string(json_object_get(sel, "tag")) && http_json_str(sel, "tag")[0] &&
		 strlen(http_json_str(sel, "tag")) < size)
		snprintf(tag, size, "%s", http_json_str(sel, "tag"));
	else
		return false;
	return true;
}

static void connect_to(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *id)
{
	struct proc_stream *x = stream_new(s, r, rep, id);
	json_t *msg = e2b_connect_enveloped(r);

	if (msg == NULL)
		return stream_fails(x, "invalid_argument",
				    "the request must be one enveloped JSON message, uncompressed");
	if (!selector(msg, &x->pid, x->tag, sizeof(x->tag)))
		stream_fails(x, "invalid_argument", "'process' must select a 'pid' or a 'tag'");
	json_decref(msg);
}

/* ---- unary calls ---- */

/* List's ProcessInfo of one of the service's processes. */
static json_t *process_info(json_t *p)
{
	json_t *config = json_object_get(json_object_get(p, "metadata"), "e2b");
	json_t *o = json_object();

	if (json_is_object(config))
		json_object_set(o, "config", config);
	else /* started elsewhere (/v1): as bash -l -c */
		json_object_set_new(o, "config",
				    json_pack("{s:s, s:[s, s, s], s:{}}", "cmd", "/bin/bash",
					      "args", "-l", "-c", http_json_str(p, "command"), "envs"));
	json_object_set(o, "pid", json_object_get(p, "pid"));
	if (json_object_get(p, "tag"))
		json_object_set(o, "tag", json_object_get(p, "tag"));
	return o;
}

/* SIGNAL_SIGKILL, SIGNAL_SIGTERM (the enum's names) or their numbers. */
static int signal_of(json_t *v)
{
	if (json_is_integer(v))
		return json_integer_value(v) == 9 || json_integer_value(v) == 15
			   ? (int)json_integer_value(v)
			   : 0;
	const char *n = json_string_value(v);
	if (n && strcmp(n, "SIGNAL_SIGKILL") == 0)
		return 9;
	if (n && strcmp(n, "SIGNAL_SIGTERM") == 0)
		return 15;
	return 0;
}

static void unary(struct service *s, struct http_request *r, struct http_reply *rep, const char *id,
		  const char *method)
{
	struct svc_error e;
	json_t *msg = r->body_len ? json_loadb(r->body, r->body_len, 0, NULL) : json_object();
	char tag[SANDBOX_TAG_MAX];
	long pid;
	int ret;

	if (!json_is_object(msg)) {
		json_decref(msg);
		return e2b_connect_error(rep, 400, "invalid_argument",
					 "the body must be a JSON "
					 "object");
	}
	if (strcmp(method, "List") == 0) {
		json_t *out = NULL, *p, *list = json_array();
		size_t i;
		json_decref(msg);
		if (service_sandbox_processes(s, &r->key, id, &out, &e) < 0) {
			json_decref(list);
			return e2b_connect_svc_error(rep, &e);
		}
		json_array_foreach(json_object_get(out, "processes"), i, p)
		    json_array_append_new(list, process_info(p));
		json_decref(out);
		rep->status = 200;
		rep->json = json_pack("{s:o}", "processes", list);
		return;
	}
	if (!selector(msg, &pid, tag, sizeof(tag))) {
		json_decref(msg);
		return e2b_connect_error(rep, 400, "invalid_argument",
					 "'process' must select a 'pid' or a 'tag'");
	}
	const char *t = tag[0] ? tag : NULL;
	if (strcmp(method, "SendInput") == 0) {
		json_t *input = json_object_get(msg, "input");
		/* a terminal's input is its command's stdin (the service's) */
		const char *b64 = json_string_value(json_object_get(input, "stdin"));
		if (b64 == NULL)
			b64 = json_string_value(json_object_get(input, "pty"));
		if (b64 == NULL) {
			json_decref(msg);
			return e2b_connect_error(rep, 400, "invalid_argument",
						 "'input' must carry 'stdin' or 'pty' (base64)");
		}
		size_t len = strlen(b64), n = 0;
		unsigned char *bin = xmalloc(len + 1);
		if (sodium_base642bin(bin, len + 1, b64, len, NULL, &n, NULL,
				      sodium_base64_VARIANT_ORIGINAL) < 0) {
			free(bin);
			json_decref(msg);
			return e2b_connect_error(rep, 400, "invalid_argument",
						 "'input' is not base64");
		}
		ret = service_sandbox_process_input(s, &r->key, id, pid, t, bin, n, &e);
		free(bin);
	} else if (strcmp(method, "Update") == 0) {
		json_t *size = json_object_get(json_object_get(msg, "pty"), "size");
		json_t *cols = json_object_get(size, "cols"), *rows = json_object_get(size, "rows");
		if (!json_is_integer(cols) || !json_is_integer(rows) ||
		    json_integer_value(cols) < 0 || json_integer_value(rows) < 0 ||
		    json_integer_value(cols) > 0xffff || json_integer_value(rows) > 0xffff) {
			json_decref(msg);
			return e2b_connect_error(rep, 400, "invalid_argument",
						 "'pty' must be {\"size\": {cols, rows}}");
		}
		ret = service_sandbox_process_resize(s, &r->key, id, pid, t,
						     (unsigned)json_integer_value(cols),
						     (unsigned)json_integer_value(rows), &e);
	} else if (strcmp(method, "SendSignal") == 0) {
		int sig = signal_of(json_object_get(msg, "signal"));
		if (sig == 0) {
			json_decref(msg);
			return e2b_connect_error(
			    rep, 400, "invalid_argument",
			    "'signal' must be SIGNAL_SIGKILL or SIGNAL_SIGTERM");
		}
		ret = service_sandbox_process_signal(s, &r->key, id, pid, t, sig, &e);
	} else {
		ret = service_sandbox_process_close(s, &r->key, id, pid, t, &e);
	}
	json_decref(msg);
	if (ret < 0)
		return e2b_connect_svc_error(rep, &e);
	rep->status = 200;
	rep->json = json_object();
}

void e2b_process(struct service *s, struct http_request *r, struct http_reply *rep, const char *id,
		 const char *method)
{
	if (strcmp(method, "Start") == 0)
		return start(s, r, rep, id);
	if (strcmp(method, "Connect") == 0)
		return connect_to(s, r, rep, id);
	if (strcmp(method, "List") == 0 || strcmp(method, "SendInput") == 0 ||
	    strcmp(method, "SendSignal") == 0 || strcmp(method, "CloseStdin") == 0 ||
	    strcmp(method, "Update") == 0)
		return unary(s, r, rep, id, method);
	if (strcmp(method, "StreamInput") == 0) {
		struct proc_stream *x = stream_new(s, r, rep, id);
		return stream_fails(x, "unimplemented",
				    "StreamInput (a client stream) is not supported by airlock; "
				    "use SendInput");
	}
	e2b_connect_error(rep, 501, "unimplemented",
			  "this process call is not part of envd's process service");
}
