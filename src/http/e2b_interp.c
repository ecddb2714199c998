/*
 * E2B's code interpreter (port 49999; e2b-dev/code-interpreter's server):
 *
 *   GET    /health                    200 "OK"
 *   POST   /execute                   {"code", "context_id"?, "language"?, "env_vars"?}
 *                                     -> NDJSON, one message a line
 *   POST   /contexts                  {"language"?, "cwd"?} -> {"id", "language", "cwd"}
 *   GET    /contexts                  [{"id", "language", "cwd"}]
 *   DELETE /contexts/ID               204
 *   POST   /contexts/ID/restart       204
 *
 * A cell runs in a code context of the sandbox (service.h "code
 * contexts"): the one named, or the sandbox's default context of the
 * language (python unless said), made on first use. The answer's lines are
 * E2B's: {"type": "stdout"|"stderr", "text", "timestamp"} as the cell
 * printed (in order), {"type": "result", "text", "html", "png", ...,
 * "is_main_result"} per display and for the last expression,
 * {"type": "error", "name", "value", "traceback"}, then
 * {"type": "number_of_executions"} and {"type": "end_of_execution"}. A cell
 * airlock stopped (its wall time, its output limit, the policy) ends with
 * an error line saying so, as a failing cell does. env_vars hold for that
 * cell only (the context's "env" of a run): a variable the service refuses
 * (a name the sandbox does not let a program set) is the cell's error line.
 *
 * The answer streams (http_reply.stream, chunked): each line goes out as
 * the cell makes it, so onStdout and onResult see output while the cell
 * runs. What can fail before the cell runs (no such context, a bad body)
 * is an HTTP status; what fails after the head went out is an error line.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "common/utf8.h"
#include "http/e2b.h"

static const char *language_of(const char *l)
{
	if (l == NULL || l[0] == 0 || strcmp(l, "python") == 0 || strcmp(l, "python3") == 0)
		return "python";
	if (strcmp(l, "js") == 0 || strcmp(l, "javascript") == 0 || strcmp(l, "node") == 0)
		return "javascript";
	return NULL;
}

/* The interpreter's errors are plain text with a status (the SDK reads
 * 404 as NotFoundError, 502 as a timeout, the rest as SandboxError). */
static void text_error(struct http_reply *rep, int status, const char *msg)
{
	json_decref(rep->json);
	rep->json = NULL;
	rep->status = status;
	buf_free(&rep->text);
	buf_append(&rep->text, msg, strlen(msg));
	rep->content_type = "text/plain";
}

static void svc_text_error(struct http_reply *rep, const struct svc_error *e)
{
	int status = http_status_of(e->kind);
	if (e->kind == SVC_CONFLICT && strcmp(e->code, "sandbox_terminated") == 0)
		status = 502;
	text_error(rep, status, e->message);
}

/* ---- /execute ---- */

/* Where the lines go: the stream of the answer. */
struct lines {
	struct http_stream *st;
};

static int64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void put_line(struct lines *out, json_t *msg)
{
	char *t = json_dumps(msg, JSON_COMPACT);
	json_decref(msg);
	if (t == NULL)
		return;
	size_t n = strlen(t);
	t = xrealloc(t, n + 2);
	t[n++] = '\n';
	http_stream_write(out->st, t, n);
	free(t);
}

static void on_output(void *ctx, int stream, const char *data, size_t len)
{
	struct lines *l = ctx;
	size_t n;
	char *clean = utf8_sanitize(data, len, &n); /* a chunk may cut a character */
	json_t *text = json_stringn(clean, n);

	free(clean);
	if (text == NULL)
		text = json_string("");
	put_line(l, json_pack("{s:s, s:o, s:I}", "type", stream == 1 ? "stdout" : "stderr", "text",
			      text, "timestamp", (json_int_t)now_ns()));
}

/* MIME type -> E2B's field of a result. */
static const struct {
	const char *mime, *field;
} mimes[] = {
    {"text/plain", "text"},	   {"text/html", "html"},
    {"text/markdown", "markdown"}, {"image/svg+xml", "svg"},
    {"image/png", "png"},	   {"image/jpeg", "jpeg"},
    {"application/pdf", "pdf"},	   {"text/latex", "latex"},
    {"application/json", "json"},  {"application/javascript", "javascript"},
};

static json_t *result_line(json_t *output)
{
	json_t *data = json_object_get(output, "data"), *v, *extra = json_object();
	const char *k;
	json_t *o =
	    json_pack("{s:s, s:b}", "type", "result", "is_main_result",
		      strcmp(json_string_value(json_object_get(output, "type")), "result") == 0);

	json_object_foreach(data, k, v)
	{
		bool known = false;
		for (size_t i = 0; i < ARRAY_SIZE(mimes); i++)
			if (strcmp(mimes[i].mime, k) == 0) {
				json_object_set(o, mimes[i].field, v);
				known = true;
			}
		if (!known)
			json_object_set(extra, k, v);
	}
	if (json_object_size(extra) > 0)
		json_object_set_new(o, "extra", extra);
	else
		json_decref(extra);
	return o;
}

static json_t *error_line(const char *name, const char *value, const char *traceback)
{
	return json_pack("{s:s, s:s, s:s, s:s}", "type", "error", "name", name, "value", value,
			 "traceback", traceback);
}

/* The error of a cell: E2B's traceback is one text. */
static json_t *cell_error_line(json_t *err)
{
	json_t *tb = json_object_get(err, "traceback"), *x;
	struct buf t = {0};
	size_t i;

	if (json_is_string(tb))
		buf_append(&t, json_string_value(tb), json_string_length(tb));
	json_array_foreach(tb, i, x)
	{
		if (i > 0)
			buf_append(&t, "\n", 1);
		if (json_is_string(x))
			buf_append(&t, json_string_value(x), json_string_length(x));
	}
	buf_append(&t, "", 1);
	const char *name = json_string_value(json_object_get(err, "name"));
	const char *value = json_string_value(json_object_get(err, "value"));
	json_t *o = error_line(name ? name : "Error", value ? value : "", t.data);
	buf_free(&t);
	return o;
}

/* Lines for what the cell returned after its output. */
static void cell_lines(struct lines *out, json_t *cell, double wall_s)
{
	const char *status = json_string_value(json_object_get(cell, "status"));
	json_t *x, *count = json_object_get(cell, "execution_count");
	size_t i;

	json_array_foreach(json_object_get(cell, "outputs"), i, x) put_line(out, result_line(x));
	if (json_object_get(cell, "error"))
		put_line(out, cell_error_line(json_object_get(cell, "error")));
	else if (strcmp(status, "policy_blocked") == 0)
		put_line(out, error_line("PolicyBlocked",
					 "airlock's policy blocked this cell: it did not run", ""));
	else if (strcmp(status, "wall_time_limit") == 0) {
		char v[128];
		snprintf(v, sizeof(v), "the cell ran past its wall time (%g s) and was interrupted",
			 wall_s);
		put_line(out, error_line("TimeoutError", v, ""));
	} else if (strcmp(status, "output_limit") == 0)
		put_line(out, error_line("OutputLimitError",
					 "the cell printed more than its output limit and was "
					 "interrupted",
					 ""));
	else if (strcmp(status, "ok") != 0)
		put_line(out, error_line("ContextError",
					 "the context's interpreter ended; restart the context",
					 status));
	if (json_is_integer(count))
		put_line(out, json_pack("{s:s, s:O}", "type", "number_of_executions",
					"execution_count", count));
	put_line(out, json_pack("{s:s}", "type", "end_of_execution"));
}

/* A new default context of lang in sandbox sb; its id into cid. */
static int new_default(struct service *s, struct http_request *r, const struct e2b_sandbox *sb,
		       const char *lang, char *cid, size_t size, struct svc_error *e)
{
	json_t *out = NULL, *req = json_pack("{s:s}", "language", lang);
	int ret = service_sandbox_context_create(s, &r->key, sb->id, req, &out, e);

	json_decref(req);
	if (ret == 0) {
		snprintf(cid, size, "%s", json_string_value(json_object_get(out, "id")));
		e2b_set_default_context(sb->id, lang, cid);
	}
	json_decref(out);
	return ret;
}

/* A cell on its way: what the stream needs, copied out of the request. */
struct run_job {
	struct service *s;
	struct key_row key;
	char sid[STORE_ID_MAX], cid[STORE_ID_MAX];
	json_t *req; /* {"code", "env"?, "limits"} */
	double wall;
};

static void run_stream(void *ctx, struct http_stream *st)
{
	struct run_job *j = ctx;
	struct lines l = {st};
	struct svc_error e;
	json_t *cell = NULL;

	if (st && service_sandbox_context_run(j->s, &j->key, j->sid, j->cid, j->req, on_output, &l,
					      &cell, &e) < 0) {
		/* the head is out: the failure is the cell's error */
		put_line(&l, error_line("SandboxError", e.message, ""));
		put_line(&l, json_pack("{s:s}", "type", "end_of_execution"));
	} else if (st) {
		cell_lines(&l, cell, j->wall);
	}
	json_decref(cell);
	json_decref(j->req);
	free(j);
}

/* Whether sandbox sb has context cid (404 otherwise, in rep). */
static bool context_exists(struct service *s, struct http_request *r, struct http_reply *rep,
			   const struct e2b_sandbox *sb, const char *cid)
{
	struct svc_error e;
	json_t *out = NULL, *x;
	size_t i;
	bool found = false;

	if (service_sandbox_contexts(s, &r->key, sb->id, &out, &e) < 0) {
		svc_text_error(rep, &e);
		return false;
	}
	json_array_foreach(json_object_get(out, "contexts"), i, x) found =
	    found || strcmp(json_string_value(json_object_get(x, "id")), cid) == 0;
	json_decref(out);
	if (!found)
		text_error(rep, 404, "no context with this id in the sandbox");
	return found;
}

static void execute(struct service *s, struct http_request *r, struct http_reply *rep,
		    const struct e2b_sandbox *sb)
{
	json_error_t je;
	json_t *body = json_loadb(r->body, r->body_len, 0, &je);
	const char *code = json_string_value(json_object_get(body, "code"));
	const char *ctx_id = json_string_value(json_object_get(body, "context_id"));
	const char *lang_in = json_string_value(json_object_get(body, "language"));
	json_t *envs = json_object_get(body, "env_vars");
	const struct server_config *cfg = service_config(s);
	char cid[STORE_ID_MAX];
	struct svc_error e;

	if (code == NULL) {
		text_error(rep, 400, "the body must be JSON with 'code'");
		goto done;
	}
	if (ctx_id && lang_in) {
		text_error(rep, 400, "context_id and language cannot both be given");
		goto done;
	}
	if (envs && !json_is_null(envs) && !json_is_object(envs)) {
		text_error(rep, 400, "env_vars must be an object of strings");
		goto done;
	}
	const char *lang = language_of(lang_in);
	if (!ctx_id && lang == NULL) {
		text_error(rep, 400, "unsupported language: airlock has python and javascript");
		goto done;
	}
	if (ctx_id) {
		if (strlen(ctx_id) >= sizeof(cid) || !context_exists(s, r, rep, sb, ctx_id)) {
			if (rep->status != 404 && rep->text.len == 0)
				text_error(rep, 404, "no context with this id in the sandbox");
			goto done;
		}
		snprintf(cid, sizeof(cid), "%s", ctx_id);
	} else {
		/* the default context of the language, made on first use (or
		 * again, once deleted) */
		e2b_default_context(sb->id, lang, cid, sizeof(cid));
		if (cid[0] && !context_exists(s, r, rep, sb, cid)) {
			if (rep->status != 404)
				goto done;
			buf_free(&rep->text);
			cid[0] = 0;
		}
		if (cid[0] == 0 && new_default(s, r, sb, lang, cid, sizeof(cid), &e) < 0) {
			svc_text_error(rep, &e);
			goto done;
		}
	}
	struct run_job *j = xcalloc(1, sizeof(*j));
	j->s = s;
	j->key = r->key;
	snprintf(j->sid, sizeof(j->sid), "%s", sb->id);
	snprintf(j->cid, sizeof(j->cid), "%s", cid);
	j->wall = config_limits_for(cfg, "bash")->max.wall_time_limit_s;
	j->req = json_pack("{s:s, s:{s:f}}", "code", code, "limits", "wall_time", j->wall);
	if (json_is_object(envs) && json_object_size(envs) > 0)
		json_object_set(j->req, "env", envs);
	rep->status = 200;
	rep->content_type = "application/x-ndjson";
	rep->stream = run_stream;
	rep->stream_ctx = j;
done:
	json_decref(body);
}

/* ---- /contexts ---- */

static void contexts(struct service *s, struct http_request *r, struct http_reply *rep,
		     const struct e2b_sandbox *sb, const char *rest)
{
	struct svc_error e;
	json_t *out = NULL;
	int ret;

	if (rest[0] == 0 && strcmp(r->method, "POST") == 0) {
		json_t *body =
		    r->body_len ? json_loadb(r->body, r->body_len, 0, NULL) : json_object();
		const char *lang =
		    language_of(json_string_value(json_object_get(body, "language")));
		const char *cwd = json_string_value(json_object_get(body, "cwd"));
		if (lang == NULL) {
			json_decref(body);
			return text_error(
			    rep, 400, "unsupported language: airlock has python and javascript");
		}
		json_t *req = json_pack("{s:s}", "language", lang);
		if (cwd)
			json_object_set_new(req, "cwd", json_string(cwd));
		json_decref(body);
		ret = service_sandbox_context_create(s, &r->key, sb->id, req, &out, &e);
		json_decref(req);
		if (ret < 0)
			return svc_text_error(rep, &e);
		rep->status = 200;
		rep->json = out;
		return;
	}
	if (rest[0] == 0 && strcmp(r->method, "GET") == 0) {
		if (service_sandbox_contexts(s, &r->key, sb->id, &out, &e) < 0)
			return svc_text_error(rep, &e);
		rep->status = 200;
		rep->json = json_incref(json_object_get(out, "contexts"));
		json_decref(out);
		return;
	}
	char cid[STORE_ID_MAX];
	size_t n = strcspn(rest + 1, "/");
	if (rest[0] != '/' || n == 0 || n >= sizeof(cid))
		return text_error(rep, 404, "no such endpoint");
	memcpy(cid, rest + 1, n);
	cid[n] = 0;
	const char *after = rest + 1 + n;
	if (after[0] == 0 && strcmp(r->method, "DELETE") == 0) {
		if (service_sandbox_context_delete(s, &r->key, sb->id, cid, &e) < 0)
			return svc_text_error(rep, &e);
		rep->status = 204;
		return;
	}
	if (strcmp(after, "/restart") == 0 && strcmp(r->method, "POST") == 0) {
		if (service_sandbox_context_restart(s, &r->key, sb->id, cid, &out, &e) < 0)
			return svc_text_error(rep, &e);
		json_decref(out);
		rep->status = 204;
		return;
	}
	if (strcmp(after, "/interrupt") == 0 && strcmp(r->method, "POST") == 0) {
		if (service_sandbox_context_interrupt(s, &r->key, sb->id, cid, &out, &e) < 0)
			return svc_text_error(rep, &e);
		json_decref(out);
		rep->status = 204;
		return;
	}
	text_error(rep, 404, "no such endpoint");
}

void e2b_interp_dispatch(struct service *s, struct http_request *r, struct http_reply *rep,
			 const char *path)
{
	struct e2b_sandbox sb;

	if (!e2b_sandbox_of(s, r, rep, &sb))
		return;
	if (strcmp(path, "/health") == 0) {
		rep->status = 200;
		buf_append(&rep->text, "OK", 2);
		rep->content_type = "text/plain";
		return;
	}
	if (strcmp(path, "/execute") == 0 && strcmp(r->method, "POST") == 0)
		return execute(s, r, rep, &sb);
	if (strncmp(path, "/contexts", 9) == 0 && (path[9] == 0 || path[9] == '/'))
		return contexts(s, r, rep, &sb, path + 9);
	text_error(rep, 501, "not supported by airlock's code interpreter");
}
