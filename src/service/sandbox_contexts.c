/*
 * Code contexts of a live sandbox: a Python or JavaScript interpreter
 * (engine/box.h "code contexts") that keeps its variables from one cell to
 * the next. A context belongs to its sandbox: it is made inside the
 * sandbox's box, listed with it, and ended with it (contexts_end, the
 * sandbox's end_contexts hook, which sandboxes.c calls once no call uses
 * the sandbox any more).
 *
 * Locks: the list of a sandbox's contexts and each context's references
 * are under the registry's lock (they change rarely and briefly); a
 * context's `run` lock makes its cells, its restart and its end take
 * turns. A call on a context holds a reference to the sandbox
 * (sandbox_acquire) and one to the context, so deleting a context takes
 * it out of the list, interrupts its cell and waits for its last
 * reference before freeing it.
 *
 * A cell is a program of its language as far as the policy goes: it is
 * decided exactly as an execution of python or node by the same key
 * (policy_evaluate); blocked, it does not run (status policy_blocked);
 * held for approval, it is refused (SVC_FORBIDDEN approval_unsupported),
 * as a sandbox's command is. Its output (streamed and kept), its results'
 * texts and its error are redacted; the audit chain gets a link per cell.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "common/utf8.h"
#include "engine/box.h"
#include "engine/result.h"
#include "lang/lang.h"
#include "policy/redact.h"
#include "service/internal.h"
#include "service/request.h"

struct sandbox_context {
	struct sandbox_context *next;
	char id[STORE_ID_MAX];
	char lang[16]; /* "python" or "javascript" */
	char *cwd;
	struct box_context *bc;
	int refs;		 /* under the registry's lock */
	bool gone;		 /* out of the list: no new call finds it */
	pthread_cond_t idle;	 /* refs reached 0 (with the registry's lock) */
	pthread_mutex_t run;	 /* cells, restart and the end take turns */
	int64_t execution_count; /* under run */
};

/* ---- the list ---- */

static json_t *context_json(const struct sandbox_context *c)
{
	return json_pack("{s:s, s:s, s:s}", "id", c->id, "language", c->lang, "cwd",
			 c->cwd ? c->cwd : BOX_WORKDIR);
}

static void context_free(struct sandbox_context *c)
{
	pthread_mutex_lock(&c->run);
	box_context_free(c->bc);
	pthread_mutex_unlock(&c->run);
	pthread_mutex_destroy(&c->run);
	pthread_cond_destroy(&c->idle);
	free(c->cwd);
	free(c);
}

static void contexts_end(struct sandbox *sb)
{
	struct sandbox_context *c = sb->contexts, *next;

	sb->contexts = NULL;
	for (; c; c = next) {
		next = c->next;
		context_free(c);
	}
}

/* The context cid of sandbox sb with a reference taken, or SVC_NOT_FOUND. */
static int context_get(struct service *s, struct sandbox *sb, const char *cid,
		       struct sandbox_context **out, struct svc_error *e)
{
	pthread_mutex_lock(&s->sandboxes.lock);
	struct sandbox_context *c = sb->contexts;
	while (c && strcmp(c->id, cid) != 0)
		c = c->next;
	if (c)
		c->refs++;
	pthread_mutex_unlock(&s->sandboxes.lock);
	*out = c;
	if (c == NULL)
		return svc_error_set(e, SVC_NOT_FOUND, "not_found",
				     "sandbox %s has no context %.64s", sb->id, cid);
	return 0;
}

static void context_put(struct service *s, struct sandbox_context *c)
{
	pthread_mutex_lock(&s->sandboxes.lock);
	c->refs--;
	if (c->refs == 0 && c->gone)
		pthread_cond_broadcast(&c->idle);
	pthread_mutex_unlock(&s->sandboxes.lock);
}

/* ---- create, list, delete, restart, interrupt ---- */

static const char *language_of(const char *l)
{
	if (l == NULL || strcmp(l, "python") == 0 || strcmp(l, "python3") == 0 ||
	    strcmp(l, "py") == 0)
		return "python";
	if (strcmp(l, "javascript") == 0 || strcmp(l, "js") == 0 || strcmp(l, "node") == 0 ||
	    strcmp(l, "nodejs") == 0)
		return "javascript";
	return NULL;
}

static int only_fields(const json_t *req, const char *const *allowed, struct svc_error *e)
{
	const char *k;
	json_t *v;

	if (req == NULL)
		return 0;
	if (!json_is_object(req))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "the request must be a JSON object");
	json_object_foreach((json_t *)req, k, v)
	{
		bool ok = false;
		for (const char *const *a = allowed; *a; a++)
			ok = ok || strcmp(*a, k) == 0;
		if (!ok)
			return svc_error_set(e, SVC_BAD_REQUEST, "unknown_field",
					     "unknown field '%.64s'", k);
	}
	return 0;
}

/* A string field, NULL when absent; -1 when it is not a string. */
static int string_field(const json_t *req, const char *name, const char **out, struct svc_error *e)
{
	json_t *v = json_object_get(req, name);

	*out = NULL;
	if (v == NULL || json_is_null(v))
		return 0;
	if (!json_is_string(v) || strlen(json_string_value(v)) != json_string_length(v))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'%s' must be a string without NUL bytes", name);
	*out = json_string_value(v);
	return 0;
}

int service_sandbox_context_create(struct service *s, const struct key_row *key, const char *id,
				   const json_t *req, json_t **out, struct svc_error *e)
{
	static const char *const fields[] = {"language", "cwd", NULL};
	const char *lang_in, *cwd;
	struct sandbox *sb;
	err_t err;

	*out = NULL;
	if (only_fields(req, fields, e) < 0 || string_field(req, "language", &lang_in, e) < 0 ||
	    string_field(req, "cwd", &cwd, e) < 0)
		return -1;
	const char *lang = language_of(lang_in);
	if (lang == NULL)
		return svc_error_set(e, SVC_BAD_REQUEST, "unsupported_language",
				     "no code context for language '%.64s': use python or "
				     "javascript",
				     lang_in);
	if (cwd && strlen(cwd) > 4096)
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_path", "'cwd' is too long");
	if (sandbox_acquire(s, key, id, &sb, e) < 0)
		return -1;
	pthread_mutex_lock(&s->sandboxes.lock);
	int n = 0;
	for (struct sandbox_context *c = sb->contexts; c; c = c->next)
		n++;
	pthread_mutex_unlock(&s->sandboxes.lock);
	if (n >= SERVICE_SANDBOX_CONTEXTS_MAX) {
		sandbox_release(s, sb);
		return svc_error_set(e, SVC_LIMITED, "too_many_contexts",
				     "sandbox %s has %d contexts, the most it may have; delete one "
				     "first",
				     sb->id, n);
	}
	struct sandbox_context *c = xcalloc(1, sizeof(*c));
	service_new_id(c->id, sizeof(c->id), "ctx_", 12);
	snprintf(c->lang, sizeof(c->lang), "%s", lang);
	c->cwd = cwd && cwd[0] ? xstrdup(cwd) : NULL;
	pthread_mutex_init(&c->run, NULL);
	pthread_cond_init(&c->idle, NULL);
	err_clear(&err);
	if (box_context_start(sb->box, lang, c->cwd, &c->bc, &err) < 0) {
		int ret = err.errnum == ESRCH
			      ? svc_error_set(e, SVC_CONFLICT, "sandbox_terminated",
					      "sandbox %s has ended", sb->id)
			      : svc_error_set(e, SVC_INTERNAL, "context_failed",
					      "cannot start the context: %s", err.msg);
		c->bc = NULL;
		context_free(c);
		sandbox_release(s, sb);
		return ret;
	}
	pthread_mutex_lock(&s->sandboxes.lock);
	c->next = sb->contexts;
	sb->contexts = c;
	sb->end_contexts = contexts_end;
	pthread_mutex_unlock(&s->sandboxes.lock);
	*out = context_json(c);
	record_audit(s, "sandbox_context", sb->id, sb->key_id, "", c->id);
	sandbox_release(s, sb);
	return 0;
}

int service_sandbox_contexts(struct service *s, const struct key_row *key, const char *id,
			     json_t **out, struct svc_error *e)
{
	struct sandbox *sb;

	*out = NULL;
	if (sandbox_acquire(s, key, id, &sb, e) < 0)
		return -1;
	json_t *list = json_array();
	pthread_mutex_lock(&s->sandboxes.lock);
	for (struct sandbox_context *c = sb->contexts; c; c = c->next)
		json_array_insert_new(list, 0, context_json(c)); /* oldest first */
	pthread_mutex_unlock(&s->sandboxes.lock);
	sandbox_release(s, sb);
	*out = json_pack("{s:o}", "contexts", list);
	return 0;
}

int service_sandbox_context_delete(struct service *s, const struct key_row *key, const char *id,
				   const char *cid, struct svc_error *e)
{
	struct sandbox *sb;
	struct sandbox_context *c = NULL;
	err_t ignore;

	if (sandbox_acquire(s, key, id, &sb, e) < 0)
		return -1;
	pthread_mutex_lock(&s->sandboxes.lock);
	for (struct sandbox_context **p = &sb->contexts; *p; p = &(*p)->next)
		if (strcmp((*p)->id, cid) == 0) {
			c = *p;
			*p = c->next;
			c->gone = true;
			break;
		}
	pthread_mutex_unlock(&s->sandboxes.lock);
	if (c == NULL) {
		sandbox_release(s, sb);
		return svc_error_set(e, SVC_NOT_FOUND, "not_found",
				     "sandbox %s has no context %.64s", sb->id, cid);
	}
	box_context_interrupt(c->bc, &ignore); /* a running cell ends */
	pthread_mutex_lock(&s->sandboxes.lock);
	while (c->refs > 0)
		pthread_cond_wait(&c->idle, &s->sandboxes.lock);
	pthread_mutex_unlock(&s->sandboxes.lock);
	context_free(c);
	sandbox_release(s, sb);
	return 0;
}

int service_sandbox_context_restart(struct service *s, const struct key_row *key, const char *id,
				    const char *cid, json_t **out, struct svc_error *e)
{
	struct sandbox *sb;
	struct sandbox_context *c;
	err_t err;
	int ret = 0;

	*out = NULL;
	if (sandbox_acquire(s, key, id, &sb, e) < 0)
		return -1;
	if (context_get(s, sb, cid, &c, e) < 0) {
		sandbox_release(s, sb);
		return -1;
	}
	box_context_interrupt(c->bc, &err);
	pthread_mutex_lock(&c->run);
	err_clear(&err);
	if (box_context_restart(c->bc, &err) < 0)
		ret = svc_error_set(e, err.errnum == ESRCH ? SVC_CONFLICT : SVC_INTERNAL,
				    err.errnum == ESRCH ? "sandbox_terminated" : "context_failed",
				    "cannot restart the context: %s", err.msg);
	else
		c->execution_count = 0;
	pthread_mutex_unlock(&c->run);
	if (ret == 0)
		*out = context_json(c);
	context_put(s, c);
	sandbox_release(s, sb);
	return ret;
}

int service_sandbox_context_interrupt(struct service *s, const struct key_row *key, const char *id,
				      const char *cid, json_t **out, struct svc_error *e)
{
	struct sandbox *sb;
	struct sandbox_context *c;
	err_t err;

	*out = NULL;
	if (sandbox_acquire(s, key, id, &sb, e) < 0)
		return -1;
	if (context_get(s, sb, cid, &c, e) < 0) {
		sandbox_release(s, sb);
		return -1;
	}
	err_clear(&err);
	box_context_interrupt(c->bc, &err); /* nothing running: nothing to do */
	*out = context_json(c);
	context_put(s, c);
	sandbox_release(s, sb);
	return 0;
}

/* ---- run ---- */

struct cell_req {
	const char *code;
	const json_t *env; /* {NAME: VALUE} for this cell only, or NULL */
	struct limits limits;
};

static int limit_number(const json_t *lim, const char *a, const char *b, double *out,
			struct svc_error *e)
{
	json_t *v = json_object_get(lim, a);
	const char *name = a;

	if (v == NULL) {
		v = json_object_get(lim, b);
		name = b;
	}
	if (v == NULL)
		return 0;
	if (!json_is_number(v) || json_number_value(v) <= 0)
		return svc_error_set(e, SVC_INVALID, "invalid_limits",
				     "'limits.%s' must be a positive number", name);
	*out = json_number_value(v);
	return 0;
}

static int cell_parse(struct service *s, const struct sandbox *sb, const char *lang,
		      const json_t *req, struct cell_req *out, struct svc_error *e)
{
	static const char *const fields[] = {"code", "env", "limits", NULL};
	static const char *const lim_fields[] = {"wall_time", "wall_time_limit_s", "output",
						 "output_kb", "max_output_kb",	   NULL};
	const struct limits *max = &config_limits_for(&s->cfg, "bash")->max;
	json_t *lim;

	memset(out, 0, sizeof(*out));
	if (req == NULL || only_fields(req, fields, e) < 0 ||
	    string_field(req, "code", &out->code, e) < 0)
		return req == NULL ? svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
						   "the request needs 'code'")
				   : -1;
	if (out->code == NULL)
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request", "'code' is required");
	out->env = json_object_get(req, "env");
	if (json_is_null(out->env))
		out->env = NULL;
	if (request_env_check(out->env, lang_find(strcmp(lang, "python") == 0 ? "python" : "node"),
			      e) < 0)
		return -1;
	out->limits = sb->limits;
	lim = json_object_get(req, "limits");
	if (lim && !json_is_null(lim)) {
		double wall = out->limits.wall_time_limit_s, kb = (double)out->limits.max_output_kb;
		if (!json_is_object(lim))
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "'limits' must be an object");
		if (only_fields(lim, lim_fields, e) < 0 ||
		    limit_number(lim, "wall_time", "wall_time_limit_s", &wall, e) < 0 ||
		    limit_number(lim, "output", "output_kb", &kb, e) < 0 ||
		    limit_number(lim, "output_kb", "max_output_kb", &kb, e) < 0)
			return -1;
		out->limits.wall_time_limit_s = wall;
		out->limits.max_output_kb = (uint64_t)kb;
	}
	if (out->limits.wall_time_limit_s > max->wall_time_limit_s)
		return svc_error_set(e, SVC_INVALID, "invalid_limits",
				     "'limits.wall_time' is above the maximum, %g s",
				     max->wall_time_limit_s);
	if (out->limits.max_output_kb > max->max_output_kb)
		return svc_error_set(e, SVC_INVALID, "invalid_limits",
				     "'limits.output' is above the maximum, %llu KiB",
				     (unsigned long long)max->max_output_kb);
	if (out->limits.max_output_kb == 0)
		out->limits.max_output_kb = 1;
	return 0;
}

static int evaluate(struct service *s, const struct key_row *key, const char *lang,
		    const struct cell_req *x, struct policy_outcome *po, struct svc_error *e)
{
	const char *lname = strcmp(lang, "python") == 0 ? "python" : "node";
	struct exec_request req;
	err_t err;

	memset(&req, 0, sizeof(req));
	req.root = json_pack("{s:s, s:s}", "language", lname, "code", x->code);
	if (x->env)
		json_object_set_new(req.root, "env", json_deep_copy(x->env));
	req.lang = lang_find(lname);
	req.code = x->code;
	req.code_len = strlen(x->code);
	req.limits = x->limits;
	err_clear(&err);
	int ret = policy_evaluate(s, key, &req, po, &err);
	json_decref(req.root);
	if (ret < 0)
		return svc_error_set(e, SVC_INTERNAL, "analysis_error", "%s", err.msg);
	return 0;
}

static json_t *utf8_string(const char *text, size_t len)
{
	size_t n;
	char *clean = utf8_sanitize(text, len, &n);
	json_t *v = json_stringn(clean, n);
	free(clean);
	return v ? v : json_string("");
}

/* text with its secrets replaced, as valid UTF-8; fail closed (a text that
 * cannot be redacted is dropped). */
static json_t *redacted_string(struct service *s, const char *text, size_t len)
{
	struct buf b = {0};
	err_t err;

	if (!s->cfg.redact)
		return utf8_string(text, len);
	err_clear(&err);
	if (redact(s->redactor, text, len, NULL, 0, &b, NULL, &err) < 0) {
		buf_free(&b);
		return json_string("[dropped: cannot redact]");
	}
	json_t *v = utf8_string(b.data ? b.data : "", b.len);
	buf_free(&b);
	return v;
}

/* Every string in v redacted in place, but for images (base64). */
static void redact_json(struct service *s, json_t *v, const char *key)
{
	const char *k;
	json_t *x;
	size_t i;

	if (key && strncmp(key, "image/", 6) == 0)
		return;
	if (json_is_object(v)) {
		json_object_foreach(v, k, x)
		{
			if (json_is_string(x))
				json_object_set_new(v, k,
						    redacted_string(s, json_string_value(x),
								    json_string_length(x)));
			else
				redact_json(s, x, k);
		}
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, x)
		{
			if (json_is_string(x))
				json_array_set_new(v, i,
						   redacted_string(s, json_string_value(x),
								   json_string_length(x)));
			else
				redact_json(s, x, NULL);
		}
	}
}

static json_t *cell_json(struct service *s, struct box_cell *cell, int64_t count)
{
	json_t *o = json_pack(
	    "{s:s, s:o, s:o, s:O, s:I, s:I}", "status", run_status_name(cell->status), "stdout",
	    redacted_string(s, cell->out.data ? cell->out.data : "", cell->out.len), "stderr",
	    redacted_string(s, cell->err.data ? cell->err.data : "", cell->err.len), "outputs",
	    cell->outputs ? cell->outputs : json_array(), "wall_ms", (json_int_t)cell->wall_ms,
	    "execution_count", (json_int_t)count);
	redact_json(s, json_object_get(o, "outputs"), NULL);
	if (cell->error) {
		json_t *err = json_deep_copy(cell->error);
		redact_json(s, err, NULL);
		json_object_set_new(o, "error", err);
		json_t *diag = json_deep_copy(cell->diagnostics ? cell->diagnostics : json_array());
		redact_json(s, diag, NULL);
		json_object_set_new(o, "diagnostics", diag);
	}
	if (cell->out_truncated)
		json_object_set_new(o, "stdout_truncated", json_true());
	if (cell->err_truncated)
		json_object_set_new(o, "stderr_truncated", json_true());
	if (cell->restarted)
		json_object_set_new(o, "restarted", json_true());
	return o;
}

static void record_cell(struct service *s, struct sandbox *sb, const struct sandbox_context *c,
			const char *code, const char *status)
{
	char hash[STORE_HASH_HEX], summary[200];

	sha256_hex(code, strlen(code), hash);
	snprintf(summary, sizeof(summary), "id=%s context=%s language=%s status=%s", sb->id, c->id,
		 c->lang, status);
	record_audit(s, "sandbox_cell", sb->id, sb->key_id, hash, summary);
}

static bool box_gone(struct box *b)
{
	struct box_status st;

	memset(&st, 0, sizeof(st));
	box_status(b, &st);
	return st.state == BOX_ENDED;
}

static int run_cell(struct service *s, struct sandbox *sb, struct sandbox_context *c,
		    const struct cell_req *x, struct sandbox_tap *tap, json_t **out,
		    struct svc_error *e)
{
	struct box_cell cell;
	err_t err;
	int ret = 0;

	pthread_mutex_lock(&c->run);
	err_clear(&err);
	if (box_context_run(c->bc, x->code, x->env, &x->limits, tap->fn ? sandbox_tap_output : NULL,
			    tap, &cell, &err) < 0) {
		if (err.errnum == EBUSY)
			ret = svc_error_set(e, SVC_CONFLICT, "context_busy", "%s", err.msg);
		else if (box_gone(sb->box))
			ret = svc_error_set(e, SVC_CONFLICT, "sandbox_terminated",
					    "sandbox %s has ended", sb->id);
		else
			ret = svc_error_set(e, SVC_CONFLICT, "context_ended", "%s", err.msg);
	} else {
		*out = cell_json(s, &cell, ++c->execution_count);
	}
	box_cell_free(&cell);
	pthread_mutex_unlock(&c->run);
	return ret;
}

int service_sandbox_context_run(struct service *s, const struct key_row *key, const char *id,
				const char *cid, const json_t *req, sandbox_output_fn on_output,
				void *ctx, json_t **out, struct svc_error *e)
{
	struct sandbox *sb;
	struct sandbox_context *c;
	struct policy_outcome po;
	struct cell_req x;
	struct sandbox_tap tap = {s, on_output, ctx};
	int ret = -1;

	*out = NULL;
	if (sandbox_acquire(s, key, id, &sb, e) < 0)
		return -1;
	if (context_get(s, sb, cid, &c, e) < 0) {
		sandbox_release(s, sb);
		return -1;
	}
	memset(&po, 0, sizeof(po));
	if (cell_parse(s, sb, c->lang, req, &x, e) < 0 || evaluate(s, key, c->lang, &x, &po, e) < 0)
		goto done;
	if (po.verdict == VERDICT_ASK) {
		record_cell(s, sb, c, x.code, "refused_approval");
		svc_error_set(e, SVC_FORBIDDEN, "approval_unsupported",
			      "the policy holds this cell for a person's approval, which "
			      "sandboxes do not wait for; run it as an execution instead");
		goto done;
	}
	if (po.verdict == VERDICT_BLOCK) {
		*out = json_pack("{s:s, s:s, s:s, s:[], s:I, s:n}", "status", "policy_blocked",
				 "stdout", "", "stderr", "", "outputs", "wall_ms", (json_int_t)0,
				 "execution_count");
		record_cell(s, sb, c, x.code, "policy_blocked");
	} else if (run_cell(s, sb, c, &x, &tap, out, e) < 0) {
		goto done;
	} else {
		record_cell(s, sb, c, x.code, json_string_value(json_object_get(*out, "status")));
	}
	if (po.annot) {
		const char *k;
		json_t *v;
		json_object_foreach(po.annot, k, v) json_object_set(*out, k, v);
	}
	json_object_set_new(*out, "sandbox_id", json_string(sb->id));
	json_object_set_new(*out, "context_id", json_string(c->id));
	json_object_set_new(*out, "language", json_string(c->lang));
	ret = 0;
done:
	policy_outcome_free(&po);
	context_put(s, c);
	sandbox_release_after_use(s, sb);
	return ret;
}
