/*
 * E2B-compatible API under /e2b (docs/e2b.md; COMPAT.md section 4): the
 * `e2b` and `@e2b/code-interpreter` SDKs with E2B_API_URL and
 * E2B_SANDBOX_URL both set to http://HOST:PORT/e2b. A request that carries
 * E2b-Sandbox-Id is traffic to a sandbox (envd on port 49983, the code
 * interpreter on 49999, told by E2b-Sandbox-Port); any other is the control
 * plane. Everything is translated into the service's sandbox calls.
 *
 *   e2b_dispatch.c  routing by E2b-Sandbox-Id and E2b-Sandbox-Port
 *   e2b_routes.c  keys (e2b_HEX is ak_HEX), error shapes, the
 *                 table of sandboxes made here (their envd access tokens,
 *                 templates, default contexts), the control plane
 *   e2b_interp.c  the code interpreter: /execute (NDJSON), /contexts
 *   e2b_envd.c    envd: /health, /files, Connect-JSON filesystem
 *   e2b_process.c envd's process service: commands, their stdin and signals
 *   e2b_ports.c   a sandbox's own servers (getHost), by header or by Host
 *   e2b_list.c    the list's filters and pages (pure)
 *   e2b_connect.c Connect's errors
 */
#ifndef AIRLOCK_HTTP_E2B_H
#define AIRLOCK_HTTP_E2B_H

#include "http/http.h"

#define E2B_ENVD_VERSION "0.5.7"
#define E2B_TOKEN_MAX 65

/* What /e2b knows of a sandbox beyond the service: copied out of the table. */
struct e2b_sandbox {
	char id[STORE_ID_MAX];
	char token[E2B_TOKEN_MAX]; /* envdAccessToken */
	char template_id[64];
	struct key_row key; /* the key that made or connected it */
	bool public_traffic; /* network.allowPublicTraffic: its ports need no token */
};

/* e2b_dispatch.c: /e2b and below (its own 404s, 501s, keys) */
bool e2b_owns(const char *path);
void e2b_dispatch(struct service *s, struct http_request *r, struct http_reply *rep);

/* e2b_routes.c */
/* The control plane: path is what follows /e2b. */
void e2b_control_plane(
    struct service *s, struct http_request *r, struct http_reply *rep,
    const char *path); /* E2B's control-plane error: {"code": status, "message"}. */
void e2b_error(struct http_reply *rep, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The service error as E2B's control-plane error. */
void e2b_svc_error(struct http_reply *rep, const struct svc_error *e);
/* The sandbox of a sandbox request (E2b-Sandbox-Id), authenticated by its
 * X-Access-Token (or an API key in X-API-KEY / Authorization); r->key is
 * set. false with a 401/404 answer in rep. */
bool e2b_sandbox_of(struct service *s, struct http_request *r, struct http_reply *rep,
		    struct e2b_sandbox *out);
/* The same for the sandbox id (a request routed by its Host). */
bool e2b_sandbox_auth(struct service *s, struct http_request *r, struct http_reply *rep,
		      const char *id, struct e2b_sandbox *out);
/* Whether sandbox id was made with network.allowPublicTraffic true; *out
 * is its entry then. */
bool e2b_public_traffic(const char *id, struct e2b_sandbox *out);
/* e2b_ports.c: traffic to a port of a sandbox that is neither envd's nor
 * the interpreter's (getHost): by E2b-Sandbox-Id and E2b-Sandbox-Port
 * under /e2b (what follows /e2b goes to the port); or by a Host PORT-ID.DOMAIN
 * (e2b_domain), which e2b_host_owns tells. */
void e2b_port_dispatch(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *id, unsigned port);
bool e2b_host_owns(struct service *s, const struct http_request *r);
void e2b_host_dispatch(struct service *s, struct http_request *r, struct http_reply *rep);
/* The live sandbox whose envd token signed this file URL (the SDKs'
 * downloadUrl/uploadUrl: ?signature=v1_...&signature_expiration=T; op
 * "read" or "write"), among those E2b-Sandbox-Id names if it names one:
 * 1 with *out, else 0 with why. */
int e2b_signed_sandbox(const struct http_request *r, const char *op, struct e2b_sandbox *out,
		       const char **why);
/* e2b_envd.c: GET or POST /files by a signed URL (no token, no header) */
void e2b_signed_files(struct service *s, struct http_request *r, struct http_reply *rep);
/* e2b_list.c: the list's query (GET /v2/sandboxes), as sent; NULL: not
 * given. */
struct e2b_list_args {
	const char *metadata, *started_after, *order, *limit, *next_token, *template_id;
};
struct e2b_list_query {
	json_t *metadata; /* {key: value}: each must be the sandbox's */
	const char *template_id;
	int64_t started_after_ms; /* -1: any */
	bool asc;		  /* oldest first (else newest first) */
	size_t limit, offset;	  /* a page: limit from offset (nextToken) */
};
/* 0, or -1 with why (a 400's message). Free with e2b_list_query_free. */
int e2b_list_query_parse(const struct e2b_list_args *a, struct e2b_list_query *q, char *why,
			 size_t size);
/* Whether a SandboxDetail (templateID, startedAt, metadata) passes. */
bool e2b_list_matches(const struct e2b_list_query *q, const json_t *detail);
void e2b_list_query_free(struct e2b_list_query *q);
/* ms since the epoch of an RFC 3339 UTC time ("...Z"), or -1. */
int64_t e2b_parse_time(const char *s);
/* The context the interpreter's default of lang ("python", "javascript")
 * uses in sandbox id ("" when none yet), and remembering it. */
void e2b_default_context(const char *id, const char *lang, char *out, size_t size);
void e2b_set_default_context(const char *id, const char *lang, const char *cid);

/* e2b_interp.c: port 49999 */
void e2b_interp_dispatch(struct service *s, struct http_request *r, struct http_reply *rep,
			 const char *path);
/* e2b_envd.c: port 49983 */
void e2b_envd_dispatch(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *path);
/* e2b_connect.c: Connect's errors, {"code", "message"} with an HTTP
 * status; the service's error as Connect's code (and *status). */
void e2b_connect_error(struct http_reply *rep, int status, const char *code, const char *msg);
const char *e2b_connect_code(const struct svc_error *e, int *status);
void e2b_connect_svc_error(struct http_reply *rep, const struct svc_error *e);
/* A server stream's frame: [flags][length u32 BE][JSON] (takes msg);
 * false: the client left. Its end: {"error"?: {code, message}} (code NULL:
 * none). The one enveloped message of a server stream's request, or NULL. */
struct http_stream;
bool e2b_connect_frame(struct http_stream *st, unsigned flags, json_t *msg);
void e2b_connect_end(struct http_stream *st, const char *code, const char *msg);
json_t *e2b_connect_enveloped(const struct http_request *r);
/* A server stream's liveness, asked once a second (the service's present
 * callbacks): a keepalive frame every Keepalive-Ping-Interval seconds
 * (the SDKs' header; 50 without), {"keepalive": {}} or, in_event (the
 * process service's), {"event": {"keepalive": {}}}; its writes find a
 * client that left (gone, also set by the stream's own failed writes).
 * deadline_ms (0: none) ends it too. */
struct e2b_keepalive {
	struct http_stream *st;
	int interval_s, ticks;
	uint64_t deadline_ms;
	bool in_event;
	bool gone;
};
void e2b_keepalive_init(struct e2b_keepalive *k, const struct http_request *r, bool in_event);
/* false: the client has gone or the deadline passed. */
bool e2b_keepalive(struct e2b_keepalive *k);
/* e2b_watch.c: POST /filesystem.Filesystem/WatchDir of sandbox id, a
 * server stream */
void e2b_watch_dir(struct service *s, struct http_request *r, struct http_reply *rep,
		   const char *id);
/* e2b_watch.c: the polling watchers, unary: CreateWatcher {"path",
 * "recursive"?} -> {"watcherId"}, GetWatcherEvents {"watcherId"} ->
 * {"events": [FilesystemEvent]}, RemoveWatcher {"watcherId"} -> {} */
void e2b_watchers(struct service *s, struct http_request *r, struct http_reply *rep, const char *id,
		  const char *method, const json_t *body);
/* e2b_process.c: POST /process.Process/METHOD of sandbox id */
void e2b_process(struct service *s, struct http_request *r, struct http_reply *rep,
		 const char *id, const char *method);

#endif
