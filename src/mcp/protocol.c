/*
 * MCP's JSON-RPC layer: one message in, its answers out, for every
 * revision airlock speaks.
 *
 * Two eras share this file. In the handshake era (2024-11-05 to
 * 2025-11-25) a client sends initialize once; the revision it gets is the
 * one it asked for when airlock speaks it, else the latest of that era,
 * and it holds for the connection (over HTTP the MCP-Protocol-Version
 * header carries it on every request). In the stateless era (2026-07-28)
 * there is no initialize: every request names its revision and its
 * capabilities in _meta, server/discover says what the server speaks, and
 * every result carries resultType "complete".
 *
 * A request is answered by the thread that reads it, except tools/call on
 * a threaded transport (stdio): it runs on a thread of its own so that the
 * reader goes on reading, which is how a notifications/cancelled or the
 * answer to an elicitation/create reaches a call that waits. Calls in
 * flight are in the hub's list, under its one lock.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "common/json_why.h"
#include "common/utf8.h"
#include "mcp/internal.h"

#define INSTRUCTIONS                                                                               \
	"airlock runs untrusted code in a fresh sandbox with limits. Call run_code with a "        \
	"language "                                                                                \
	"and the program; the result is the execution object (status, exit_code, stdout, stderr, " \
	"time, findings, diagnostics). isError is true exactly when status is not ok. check_code " \
	"reports what the policy would find without running; list_languages lists the languages "  \
	"and their limits."
#define META_VERSION "io.modelcontextprotocol/protocolVersion"
#define META_CAPS "io.modelcontextprotocol/clientCapabilities"
#define LIST_TTL_MS 300000

static const char *const rev_names[] = {NULL,	      "2024-11-05", "2025-03-26",
					"2025-06-18", "2025-11-25", "2026-07-28"};

const char *mcp_rev_name(enum mcp_rev r)
{
	return r > MCP_REV_NONE && r <= MCP_REV_LATEST ? rev_names[r] : NULL;
}

enum mcp_rev mcp_rev_parse(const char *name)
{
	for (int r = MCP_REV_2024_11_05; name && r <= MCP_REV_LATEST; r++)
		if (strcmp(name, rev_names[r]) == 0)
			return (enum mcp_rev)r;
	return MCP_REV_NONE;
}

static json_t *supported_versions(void)
{
	json_t *a = json_array();
	for (int r = MCP_REV_LATEST; r >= MCP_REV_2024_11_05; r--)
		json_array_append_new(a, json_string(rev_names[r]));
	return a;
}

/* ---- hub and connections ---- */

struct mcp_hub *mcp_hub_new(const struct mcp_options *o)
{
	struct mcp_hub *h = xcalloc(1, sizeof(*h));

	h->o = *o;
	if (h->o.progress_interval_ms <= 0)
		h->o.progress_interval_ms = 1000;
	pthread_mutex_init(&h->lock, NULL);
	pthread_cond_init(&h->changed, NULL);
	return h;
}

void mcp_hub_free(struct mcp_hub *h)
{
	if (h == NULL)
		return;
	pthread_mutex_destroy(&h->lock);
	pthread_cond_destroy(&h->changed);
	free(h);
}

struct mcp_conn *mcp_conn_new(struct mcp_hub *h, const struct key_row *key, mcp_send_fn send,
			      void *ctx)
{
	struct mcp_conn *c = xcalloc(1, sizeof(*c));

	c->hub = h;
	c->key = *key;
	c->send = send;
	c->ctx = ctx;
	return c;
}

void mcp_conn_set_rev(struct mcp_conn *c, enum mcp_rev r)
{
	c->rev = r;
}

enum mcp_rev mcp_conn_rev(const struct mcp_conn *c)
{
	return c->rev;
}

/* Marks the calls of conn (every call when conn is NULL) cancelled and
 * cancels their executions, outside the lock (a call may end meanwhile:
 * what is needed of it is copied under the lock). */
static void cancel_calls(struct mcp_hub *h, const struct mcp_conn *conn)
{
	pthread_mutex_lock(&h->lock);
	for (struct mcp_call *k = h->calls; k; k = k->next)
		if (conn == NULL || k->conn == conn)
			k->cancelled = true;
	pthread_cond_broadcast(&h->changed);
	pthread_mutex_unlock(&h->lock);
	for (;;) {
		char id[STORE_ID_MAX] = "";
		struct key_row key;
		pthread_mutex_lock(&h->lock);
		for (struct mcp_call *k = h->calls; k && !id[0]; k = k->next)
			if ((conn == NULL || k->conn == conn) && k->exec_id[0]) {
				snprintf(id, sizeof(id), "%s", k->exec_id);
				key = k->conn->key;
				k->exec_id[0] = 0;
			}
		pthread_mutex_unlock(&h->lock);
		if (!id[0])
			return;
		json_t *out = NULL;
		struct svc_error e;
		if (service_cancel(h->o.svc, &key, id, &out, &e) == 0)
			json_decref(out);
	}
}

void mcp_hub_cancel_all(struct mcp_hub *h)
{
	cancel_calls(h, NULL);
}

void mcp_conn_free(struct mcp_conn *c, bool cancel)
{
	struct mcp_hub *h;

	if (c == NULL)
		return;
	h = c->hub;
	if (cancel)
		cancel_calls(h, c);
	pthread_mutex_lock(&h->lock);
	while (c->live > 0)
		pthread_cond_wait(&h->changed, &h->lock);
	pthread_mutex_unlock(&h->lock);
	free(c);
}

/* ---- messages out ---- */

json_t *mcp_result(enum mcp_rev rev, json_t *id, json_t *result)
{
	if (rev >= MCP_REV_2026_07_28)
		json_object_set_new(result, "resultType", json_string("complete"));
	return json_pack("{s:s, s:O, s:o}", "jsonrpc", "2.0", "id", id, "result", result);
}

json_t *mcp_error(json_t *id, int code, json_t *data, const char *fmt, ...)
{
	char msg[600];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	utf8_repair(msg, sizeof(msg));
	json_t *err = json_pack("{s:i, s:s}", "code", code, "message", msg);
	if (data)
		json_object_set_new(err, "data", data);
	return json_pack("{s:s, s:O, s:o}", "jsonrpc", "2.0", "id", id ? id : json_null(), "error",
			 err);
}

/* ---- calls in flight ---- */

/* A response of the client: the answer to a question a call asked. */
static void take_answer(struct mcp_conn *c, json_t *msg)
{
	struct mcp_hub *h = c->hub;
	const char *id = json_string_value(json_object_get(msg, "id"));

	if (id == NULL)
		return;
	pthread_mutex_lock(&h->lock);
	for (struct mcp_call *k = h->calls; k; k = k->next)
		if (k->ask_id[0] && strcmp(k->ask_id, id) == 0 && k->key_id == c->key.id &&
		    !k->answer) {
			k->answer = json_incref(msg);
			pthread_cond_broadcast(&h->changed);
			break;
		}
	pthread_mutex_unlock(&h->lock);
}

/* notifications/cancelled: the call of this key with that request id is
 * marked (which wakes it when it waits for an answer) and its execution
 * cancelled. Nothing of the call is touched once the lock is let go: it
 * may end and be freed at any moment. */
static void cancelled(struct mcp_conn *c, json_t *params)
{
	struct mcp_hub *h = c->hub;
	json_t *rid = json_object_get(params, "requestId");
	char id[STORE_ID_MAX] = "";
	json_t *out = NULL;
	struct svc_error e;

	if (rid == NULL)
		return;
	pthread_mutex_lock(&h->lock);
	for (struct mcp_call *k = h->calls; k; k = k->next)
		if (k->key_id == c->key.id && json_equal(k->req_id, rid) && !k->cancelled) {
			k->cancelled = true;
			snprintf(id, sizeof(id), "%s", k->exec_id);
			break;
		}
	pthread_cond_broadcast(&h->changed);
	pthread_mutex_unlock(&h->lock);
	if (id[0] && service_cancel(h->o.svc, &c->key, id, &out, &e) == 0)
		json_decref(out);
}

static struct mcp_call *call_new(struct mcp_conn *c, json_t *id, json_t *params, enum mcp_rev rev,
				 bool elicit)
{
	struct mcp_call *call = xcalloc(1, sizeof(*call));
	struct mcp_hub *h = c->hub;

	call->conn = c;
	call->key_id = c->key.id;
	call->req_id = json_incref(id);
	call->params = json_incref(params);
	call->rev = rev;
	call->elicit = elicit;
	pthread_mutex_lock(&h->lock);
	call->next = h->calls;
	h->calls = call;
	c->live++;
	pthread_mutex_unlock(&h->lock);
	return call;
}

static void call_free(struct mcp_call *call)
{
	struct mcp_hub *h = call->conn->hub;
	struct mcp_conn *c = call->conn;

	pthread_mutex_lock(&h->lock);
	for (struct mcp_call **p = &h->calls; *p; p = &(*p)->next)
		if (*p == call) {
			*p = call->next;
			break;
		}
	pthread_mutex_unlock(&h->lock);
	json_decref(call->req_id);
	json_decref(call->params);
	json_decref(call->answer);
	free(call);
	pthread_mutex_lock(&h->lock);
	c->live--;
	pthread_cond_broadcast(&h->changed);
	pthread_mutex_unlock(&h->lock);
}

/* The answer to tools/call; NULL when it was cancelled. */
static json_t *run_call(struct mcp_call *call)
{
	json_t *res = mcp_tool_call(call);
	if (res == NULL || mcp_call_cancelled(call)) {
		json_decref(res);
		return NULL;
	}
	return mcp_result(call->rev, call->req_id, res);
}

static void *call_thread(void *arg)
{
	struct mcp_call *call = arg;
	json_t *resp = run_call(call);

	mcp_send(call->conn, resp);
	call_free(call);
	return NULL;
}

/* ---- requests ---- */

static json_t *server_info(const struct mcp_hub *h)
{
	return json_pack("{s:s, s:s, s:s}", "name", "airlock", "title", "airlock sandbox",
			 "version", h->o.version ? h->o.version : "");
}

static json_t *capabilities(void)
{
	return json_pack("{s:{s:b}}", "tools", "listChanged", 0);
}

static json_t *do_initialize(struct mcp_conn *c, json_t *id, json_t *params)
{
	const char *asked = json_string_value(json_object_get(params, "protocolVersion"));
	enum mcp_rev r = mcp_rev_parse(asked);
	json_t *caps = json_object_get(params, "capabilities");

	if (!json_is_object(params) || asked == NULL)
		return mcp_error(id, MCP_INVALID_PARAMS, NULL,
				 "initialize needs params.protocolVersion (a string)");
	if (r == MCP_REV_NONE || r > MCP_REV_LATEST_HANDSHAKE)
		r = MCP_REV_LATEST_HANDSHAKE;
	c->rev = r;
	c->client_elicit = json_is_object(json_object_get(caps, "elicitation"));
	json_t *info = server_info(c->hub);
	if (r < MCP_REV_2025_06_18)
		json_object_del(info, "title");
	return mcp_result(r, id,
			  json_pack("{s:s, s:o, s:o, s:s}", "protocolVersion", mcp_rev_name(r),
				    "capabilities", capabilities(), "serverInfo", info,
				    "instructions", INSTRUCTIONS));
}

static json_t *do_discover(struct mcp_conn *c, json_t *id)
{
	json_t *res =
	    json_pack("{s:o, s:o, s:s, s:i, s:s, s:{s:o}}", "supportedVersions",
		      supported_versions(), "capabilities", capabilities(), "instructions",
		      INSTRUCTIONS, "ttlMs", LIST_TTL_MS, "cacheScope", "public", "_meta",
		      "io.modelcontextprotocol/serverInfo", server_info(c->hub));
	return mcp_result(MCP_REV_2026_07_28, id, res);
}

/* The revision of one message: its _meta's when it names one (then *bad
 * is the error for one airlock does not speak), else the connection's,
 * else 2025-03-26 (what a request without a version is taken for). */
static enum mcp_rev message_rev(struct mcp_conn *c, json_t *id, json_t *params, json_t **bad)
{
	json_t *meta = json_object_get(params, "_meta");
	json_t *v = json_object_get(meta, META_VERSION);

	*bad = NULL;
	if (v) {
		enum mcp_rev r = mcp_rev_parse(json_string_value(v));
		if (r == MCP_REV_NONE) {
			const char *req = json_string_value(v);
			*bad = mcp_error(id, MCP_UNSUPPORTED_VERSION,
					 json_pack("{s:o, s:s}", "supported", supported_versions(),
						   "requested", req ? req : ""),
					 "unsupported protocol version '%.40s'", req ? req : "");
		}
		return r;
	}
	return c->rev != MCP_REV_NONE ? c->rev : MCP_REV_2025_03_26;
}

/* Whether this request may ask its client a question: the transport can
 * carry it, the client declared elicitation, and the revision has it
 * (2025-06-18 and 2025-11-25; the stateless revision asks otherwise). */
static bool may_elicit(struct mcp_conn *c, enum mcp_rev rev)
{
	return c->hub->o.can_elicit && c->client_elicit && rev >= MCP_REV_2025_06_18 &&
	       rev < MCP_REV_2026_07_28;
}

static json_t *do_tools_call(struct mcp_conn *c, json_t *id, json_t *params, enum mcp_rev rev,
			     bool inline_only)
{
	const char *name = json_string_value(json_object_get(params, "name"));

	if (!json_is_object(params) || name == NULL)
		return mcp_error(id, MCP_INVALID_PARAMS, NULL,
				 "tools/call needs params.name (a string)");
	if (!mcp_tool_known(name))
		return mcp_error(id, MCP_INVALID_PARAMS, NULL, "unknown tool '%.60s'", name);
	struct mcp_call *call = call_new(c, id, params, rev, may_elicit(c, rev) && !inline_only);
	if (c->hub->o.threaded && !inline_only) {
		/* detached from its start: it frees call, so nothing here may
		 * touch call once it runs */
		pthread_attr_t attr;
		pthread_t t;
		pthread_attr_init(&attr);
		pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
		int started = pthread_create(&t, &attr, call_thread, call) == 0;
		pthread_attr_destroy(&attr);
		if (started)
			return NULL;
	}
	json_t *resp = run_call(call);
	call_free(call);
	return resp;
}

static json_t *request(struct mcp_conn *c, const char *method, json_t *id, json_t *params,
		       bool inline_only)
{
	json_t *bad;
	enum mcp_rev rev;

	if (strcmp(method, "initialize") == 0)
		return do_initialize(c, id, params);
	rev = message_rev(c, id, params, &bad);
	if (bad)
		return bad;
	if (strcmp(method, "server/discover") == 0)
		return do_discover(c, id);
	if (strcmp(method, "ping") == 0 && rev < MCP_REV_2026_07_28)
		return mcp_result(rev, id, json_object());
	if (strcmp(method, "tools/list") == 0) {
		json_t *res = json_pack("{s:o}", "tools", mcp_tools_list(c, rev));
		if (rev >= MCP_REV_2026_07_28) {
			json_object_set_new(res, "ttlMs", json_integer(LIST_TTL_MS));
			json_object_set_new(res, "cacheScope", json_string("public"));
		}
		return mcp_result(rev, id, res);
	}
	if (strcmp(method, "tools/call") == 0) {
		if (rev >= MCP_REV_2026_07_28) /* capabilities come with each request */
			c->client_elicit = json_is_object(json_object_get(
			    json_object_get(json_object_get(params, "_meta"), META_CAPS),
			    "elicitation"));
		return do_tools_call(c, id, params, rev, inline_only);
	}
	return mcp_error(id, MCP_METHOD_NOT_FOUND, NULL, "method not found: %.60s", method);
}

static void notification(struct mcp_conn *c, const char *method, json_t *params)
{
	if (strcmp(method, "notifications/cancelled") == 0)
		cancelled(c, params);
	/* notifications/initialized and any other: nothing to do */
}

/* One message (not a batch): its response, or NULL (a notification, a
 * response of the client, a call answered on its own thread). */
static json_t *message(struct mcp_conn *c, json_t *msg, bool inline_only)
{
	json_t *id = json_object_get(msg, "id"), *m = json_object_get(msg, "method");
	json_t *params = json_object_get(msg, "params");
	const char *ver = json_string_value(json_object_get(msg, "jsonrpc"));

	if (!json_is_object(msg))
		return mcp_error(NULL, MCP_INVALID_REQUEST, NULL,
				 "a message must be a JSON-RPC 2.0 object");
	if (id && !json_is_string(id) && !json_is_integer(id) && !json_is_real(id))
		return mcp_error(NULL, MCP_INVALID_REQUEST, NULL,
				 "'id' must be a string or a number");
	if (ver == NULL || strcmp(ver, "2.0") != 0)
		return mcp_error(id, MCP_INVALID_REQUEST, NULL, "'jsonrpc' must be \"2.0\"");
	if (m == NULL) {
		if (id && (json_object_get(msg, "result") || json_object_get(msg, "error"))) {
			take_answer(c, msg);
			return NULL;
		}
		return mcp_error(id, MCP_INVALID_REQUEST, NULL,
				 "a request needs 'method' (a string)");
	}
	if (!json_is_string(m))
		return mcp_error(id, MCP_INVALID_REQUEST, NULL, "'method' must be a string");
	if (params && !json_is_object(params) && !json_is_array(params))
		return id ? mcp_error(id, MCP_INVALID_PARAMS, NULL, "'params' must be an object")
			  : NULL;
	if (id == NULL) {
		notification(c, json_string_value(m), params);
		return NULL;
	}
	return request(c, json_string_value(m), id, params, inline_only);
}

void mcp_handle(struct mcp_conn *c, const char *data, size_t len)
{
	json_error_t jerr;
	json_t *msg = json_loadb(data, len, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &jerr);

	if (msg == NULL) {
		mcp_send(c, mcp_error(NULL, MCP_PARSE_ERROR, NULL, "parse error: %s (at byte %d)",
				      json_why(&jerr), jerr.position));
		return;
	}
	if (!json_is_array(msg)) {
		mcp_send(c, message(c, msg, false));
		json_decref(msg);
		return;
	}
	/* Batches: 2025-03-26 only (added there, removed in 2025-06-18). */
	enum mcp_rev rev = c->rev != MCP_REV_NONE ? c->rev : MCP_REV_2025_03_26;
	if (rev != MCP_REV_2025_03_26 || json_array_size(msg) == 0) {
		mcp_send(c, mcp_error(NULL, MCP_INVALID_REQUEST, NULL,
				      json_array_size(msg) == 0
					  ? "an empty batch is not a request"
					  : "batches are only in protocol revision 2025-03-26, "
					    "not %s",
				      mcp_rev_name(rev)));
		json_decref(msg);
		return;
	}
	json_t *out = json_array(), *item;
	size_t i;
	json_array_foreach(msg, i, item)
	{
		json_t *r = message(c, item, true);
		if (r)
			json_array_append_new(out, r);
	}
	if (json_array_size(out) > 0)
		mcp_send(c, out);
	else
		json_decref(out);
	json_decref(msg);
}

/* ---- peeking, for transports and the fuzzer ---- */

static void copy_str(char *dst, size_t size, json_t *v)
{
	const char *s = json_string_value(v);
	snprintf(dst, size, "%s", s ? s : "");
}

int mcp_peek(const char *data, size_t len, struct mcp_peek *p)
{
	json_t *msg = json_loadb(data, len, JSON_DECODE_ANY, NULL), *one;

	memset(p, 0, sizeof(*p));
	if (msg == NULL)
		return -1;
	one = msg;
	if (json_is_array(msg)) {
		p->batch = true;
		one = json_array_get(msg, 0);
	}
	if (json_is_object(one)) {
		json_t *m = json_object_get(one, "method"),
		       *params = json_object_get(one, "params");
		bool has_id = json_object_get(one, "id") != NULL;
		if (json_is_string(m))
			p->kind = has_id ? MCP_MSG_REQUEST : MCP_MSG_NOTIFICATION;
		else if (has_id && m == NULL)
			p->kind = MCP_MSG_RESPONSE;
		copy_str(p->method, sizeof(p->method), m);
		if (strcmp(p->method, "tools/call") == 0)
			copy_str(p->name, sizeof(p->name), json_object_get(params, "name"));
		copy_str(p->meta_rev, sizeof(p->meta_rev),
			 json_object_get(json_object_get(params, "_meta"), META_VERSION));
	}
	json_decref(msg);
	return 0;
}
