/*
 * /mcp: MCP's Streamable HTTP transport over the MCP core (mcp/mcp.h).
 *
 * One POST carries one JSON-RPC message (or, in 2025-03-26, a batch) and
 * gets its answer: application/json with the response, or, when the call
 * sent progress notifications and the client accepts it,
 * text/event-stream with the notifications and then the response as SSE
 * events. A POST of notifications or responses only is 202 with no body.
 * There is no session (no Mcp-Session-Id) and no stream of the server's
 * own: GET is 405 (the router's answer for a POST-only path), as the
 * stateless revision asks and the others allow.
 *
 * Before anything else the Origin header is checked against
 * mcp.allowed_origins, or must be this server's own loopback origin (403
 * otherwise: a page of another site must not reach a server on 127.0.0.1
 * through DNS rebinding); then the Bearer
 * key, as for /v1 (so are the key's quotas: every run goes through
 * service_submit). Then the revision: the MCP-Protocol-Version header
 * (absent: 2025-03-26, as the spec allows), or for 2026-07-28 the _meta of
 * the message, which the header must equal (400, -32020 otherwise), as
 * Mcp-Method must equal the method and Mcp-Name the tool's name. A
 * revision airlock does not speak is 400 with -32022 and the list.
 *
 * A call runs on the thread that answers the request (http/offload.c), so
 * it may take as long as the run; a notifications/cancelled for it comes
 * on another request of the same key and finds it in the hub shared by
 * every request. Asking the client's person (elicitation) needs a stream
 * the server keeps open to the client, which this transport does not
 * have: a held program's result says it is pending and how to approve it.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/utf8.h"
#include "common/version.h"
#include "http/http.h"
#include "mcp/mcp.h"

static struct mcp_hub *hub;
static pthread_mutex_t hub_lock = PTHREAD_MUTEX_INITIALIZER;

/* The hub of every /mcp request, made at the first (the service lives as
 * long as the process). */
static struct mcp_hub *get_hub(struct service *s)
{
	pthread_mutex_lock(&hub_lock);
	if (hub == NULL) {
		const char *iv = getenv("AIRLOCK_MCP_PROGRESS_MS");
		struct mcp_options o = {
		    .svc = s,
		    .threaded = false,
		    .can_elicit = false,
		    .approve_hint = "Approve it with 'airlock approvals approve %s' (an admin), "
				    "POST /v1/approvals/%s/approve, or on the page /ui.",
		    .progress_interval_ms = iv ? atoi(iv) : 0,
		    .version = AIRLOCK_VERSION,
		};
		hub = mcp_hub_new(&o);
	}
	pthread_mutex_unlock(&hub_lock);
	return hub;
}

/* What the core sent during one request. */
struct sent_messages {
	json_t *msgs; /* array */
};

static void collect(void *ctx, json_t *msg)
{
	struct sent_messages *c = ctx;
	json_array_append(c->msgs, msg);
}

/* A JSON-RPC error as the whole answer, with an HTTP status. */
static void rpc_error(struct http_reply *rep, int status, int code, json_t *data,
		      const char *message)
{
	json_t *err = json_pack("{s:i, s:o}", "code", code, "message", utf8_json(message));
	if (data)
		json_object_set_new(err, "data", data);
	rep->status = status;
	rep->json = json_pack("{s:s, s:n, s:o}", "jsonrpc", "2.0", "id", "error", err);
}

/* Whether host ("NAME[:PORT]") names this machine's loopback. */
static bool loopback_host(const char *host)
{
	static const char *const names[] = {"localhost", "127.0.0.1", "[::1]"};
	for (size_t i = 0; i < ARRAY_SIZE(names); i++) {
		size_t n = strlen(names[i]);
		if (strncasecmp(host, names[i], n) == 0 && (host[n] == 0 || host[n] == ':'))
			return true;
	}
	return false;
}

/* No Origin: not a browser. Else it must be in mcp.allowed_origins, or be
 * the page of this very server reached by a loopback name (Origin
 * http://127.0.0.1:PORT with Host 127.0.0.1:PORT). A rebinding page has
 * the attacker's name in both Origin and Host, never a loopback one. */
static bool origin_allowed(struct service *s, const char *origin, const char *host)
{
	const struct server_config *cfg = service_config(s);
	const char *sep;

	if (origin == NULL)
		return true;
	for (int i = 0; i < cfg->n_mcp_origins; i++)
		if (strcmp(cfg->mcp_origins[i], origin) == 0 ||
		    strcmp(cfg->mcp_origins[i], "*") == 0)
			return true;
	sep = strstr(origin, "://");
	return host && sep &&
	       (strncmp(origin, "http://", 7) == 0 || strncmp(origin, "https://", 8) == 0) &&
	       strcasecmp(sep + 3, host) == 0 && loopback_host(host);
}

static bool accepts_sse(const struct http_request *r)
{
	const char *a = http_header(r, "Accept");
	return a && strcasestr(a, "text/event-stream") != NULL;
}

static json_t *supported(void)
{
	json_t *a = json_array();
	for (int v = MCP_REV_LATEST; v >= MCP_REV_2024_11_05; v--)
		json_array_append_new(a, json_string(mcp_rev_name((enum mcp_rev)v)));
	return a;
}

/* The revision of this request from its headers and its message; false
 * with the answer in rep when they are wrong. */
static bool request_rev(const struct http_request *r, const struct mcp_peek *pk,
			struct http_reply *rep, enum mcp_rev *rev)
{
	const char *hv = http_header(r, "MCP-Protocol-Version");
	char msg[200];

	*rev = MCP_REV_2025_03_26;
	if (hv) {
		*rev = mcp_rev_parse(hv);
		if (*rev == MCP_REV_NONE) {
			snprintf(msg, sizeof(msg), "unsupported MCP-Protocol-Version '%.40s'", hv);
			rpc_error(
			    rep, 400, MCP_UNSUPPORTED_VERSION,
			    json_pack("{s:o, s:s}", "supported", supported(), "requested", hv),
			    msg);
			return false;
		}
	}
	if (pk->meta_rev[0] && (hv == NULL || strcmp(hv, pk->meta_rev) != 0)) {
		snprintf(msg, sizeof(msg),
			 "the MCP-Protocol-Version header (%.40s) must equal the message's "
			 "_meta protocolVersion (%.40s)",
			 hv ? hv : "none", pk->meta_rev);
		rpc_error(rep, 400, MCP_HEADER_MISMATCH, NULL, msg);
		return false;
	}
	if (*rev >= MCP_REV_2026_07_28 && !pk->batch && pk->kind != MCP_MSG_RESPONSE) {
		const char *m = http_header(r, "Mcp-Method"), *n = http_header(r, "Mcp-Name");
		if (m == NULL || strcmp(m, pk->method) != 0) {
			snprintf(msg, sizeof(msg),
				 "the Mcp-Method header (%.60s) must equal the method (%.60s)",
				 m ? m : "none", pk->method);
			rpc_error(rep, 400, MCP_HEADER_MISMATCH, NULL, msg);
			return false;
		}
		if (strcmp(pk->method, "tools/call") == 0 && (n == NULL || strcmp(n, pk->name))) {
			snprintf(msg, sizeof(msg),
				 "the Mcp-Name header (%.60s) must equal the tool's name (%.60s)",
				 n ? n : "none", pk->name);
			rpc_error(rep, 400, MCP_HEADER_MISMATCH, NULL, msg);
			return false;
		}
	}
	return true;
}

/* The HTTP status of an answer: 200, except the errors the stateless
 * revision gives their own (unknown method 404, version errors 400). */
static int answer_status(json_t *resp, enum mcp_rev rev)
{
	json_t *err = json_object_get(resp, "error");
	json_int_t code = json_integer_value(json_object_get(err, "code"));

	if (err == NULL)
		return 200;
	if (code == MCP_UNSUPPORTED_VERSION || code == MCP_HEADER_MISMATCH ||
	    code == MCP_PARSE_ERROR)
		return 400;
	if (rev >= MCP_REV_2026_07_28 && code == MCP_METHOD_NOT_FOUND)
		return 404;
	return 200;
}

/* The collected messages as the reply: SSE when notifications came first
 * and the client takes it, else the last one (the response) as JSON. */
static void reply_collected(const struct http_request *r, json_t *msgs, enum mcp_rev rev,
			    struct http_reply *rep)
{
	size_t n = json_array_size(msgs), i;
	json_t *last = json_array_get(msgs, n - 1), *m;

	if (n > 1 && accepts_sse(r)) {
		json_array_foreach(msgs, i, m)
		{
			char *text = json_dumps(m, JSON_COMPACT | JSON_ENCODE_ANY);
			buf_append(&rep->text, "event: message\ndata: ", 21);
			buf_append(&rep->text, text, strlen(text));
			buf_append(&rep->text, "\n\n", 2);
			free(text);
		}
		rep->status = 200;
		rep->content_type = "text/event-stream";
		rep->headers[0].name = "Cache-Control";
		rep->headers[0].value = "no-cache";
		return;
	}
	rep->status = answer_status(last, rev);
	rep->json = json_incref(last);
}

void handle_mcp(struct service *s, struct http_request *r, struct http_reply *rep)
{
	struct mcp_peek pk;
	enum mcp_rev rev;

	if (!origin_allowed(s, http_header(r, "Origin"), http_header(r, "Host"))) {
		service_count_reject(s, "bad_request");
		return rpc_error(rep, 403, MCP_INVALID_REQUEST, NULL,
				 "this Origin is not allowed (mcp.allowed_origins)");
	}
	if (!http_authenticate(s, r, rep))
		return;
	if (!require_json(s, r, rep))
		return;
	if (mcp_peek(r->body, r->body_len, &pk) < 0) {
		service_count_reject(s, "bad_request");
		return rpc_error(rep, 400, MCP_PARSE_ERROR, NULL,
				 "parse error: the body is not JSON");
	}
	if (!request_rev(r, &pk, rep, &rev))
		return;

	struct sent_messages col = {json_array()};
	struct mcp_conn *c = mcp_conn_new(get_hub(s), &r->key, collect, &col);
	if (strcmp(pk.method, "initialize") != 0)
		mcp_conn_set_rev(c, rev);
	mcp_handle(c, r->body, r->body_len);
	mcp_conn_free(c, false);
	if (json_array_size(col.msgs) == 0) { /* notifications, responses, a cancelled call */
		rep->status = 202;
		rep->content_type = "application/json";
	} else {
		reply_collected(r, col.msgs, mcp_rev_parse(pk.meta_rev) ?: rev, rep);
	}
	json_decref(col.msgs);
}
