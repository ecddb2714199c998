/*
 * The HTTP front end: libmicrohttpd (daemon.c), a routing table
 * (router.c), and one file of handlers per group of routes (v1_*.c,
 * ui.c). Handlers only translate: a request into service calls, the
 * answer into a status and a JSON body. Nothing here runs, stores or
 * decides anything; that is the service's (service/service.h).
 */
#ifndef AIRLOCK_HTTP_H
#define AIRLOCK_HTTP_H

#include <jansson.h>
#include <stdbool.h>

#include "common/err.h"
#include "common/util.h"
#include "service/service.h"

/* ---- the front end's life (daemon.c) ---- */

struct http_front;

/* Listens on the configured address (cfg->port 0: any free port). */
int http_start(struct service *svc, struct http_front **out, err_t *err);
/* The port actually bound. */
int http_port(struct http_front *h);
/* Stops accepting connections; those open go on. */
void http_quiesce(struct http_front *h);
/* Closes every connection and frees h. */
void http_stop(struct http_front *h);
/* What the front ends do outside requests (Judge0's callbacks, on their
 * own thread, fed by the service's ended hook): started after
 * service_open and before service_start; stopped after service_stop. */
int http_background_start(struct service *svc, err_t *err);
void http_background_stop(void);

/* ---- what handlers see ---- */

struct http_request {
	const char *method;
	const char *path;   /* decoded, without the query */
	const char *target; /* the request target as the client sent it */
	const char *tail;   /* the part of the path after the route's prefix (the id) */
	char tail_buf[128]; /* holds the id of a route with a suffix */
	const char *body;
	size_t body_len;
	const char *content_type;
	const char *authorization;
	const char *upgrade, *connection, *ws_key, *ws_version; /* headers, or NULL */
	void *conn;	    /* struct MHD_Connection, for query arguments */
	struct key_row key; /* filled by authentication */
	bool authenticated;
};

/* A connection taken over from HTTP (a WebSocket): its socket, the bytes
 * the client sent past the request's head, and how to close it (exactly
 * once, from the thread that has it). */
struct http_upgraded {
	int fd;
	const char *extra;
	size_t extra_len;
	void *urh; /* libmicrohttpd's */
	void (*close)(struct http_upgraded *u);
};
/* Runs on a thread of its own once the 101 answer is sent; owns ctx. */
typedef void (*http_upgrade_fn)(void *ctx, struct http_upgraded *u);

/* A streamed answer (chunked): the handler sets http_reply.stream; the
 * head goes out, then stream(stream_ctx, st) runs on the request's thread
 * and sends the body as it goes with http_stream_write; the answer ends
 * when it returns (it then owns nothing of the request: what it needs is
 * in stream_ctx, which it frees). */
struct http_stream;
typedef void (*http_stream_fn)(void *ctx, struct http_stream *st);
/* false once the client has gone (the rest is not sent). */
bool http_stream_write(struct http_stream *st, const void *data, size_t len);

struct http_reply {
	int status;
	json_t *json;	 /* owned */
	struct buf text; /* used when json is NULL */
	const char *content_type;
	int retry_after_s; /* > 0: a Retry-After header */
	char allow[64];	   /* for 405 */
	struct {
		const char *name, *value; /* static strings, not owned */
	} headers[8];			  /* more headers, up to the first NULL name */
	/* An upgrade (status 101): upgrade(upgrade_ctx, ...) takes the
	 * connection over; when it never does (the client went away first)
	 * upgrade_free(upgrade_ctx) is called instead. */
	http_upgrade_fn upgrade;
	void *upgrade_ctx;
	void (*upgrade_free)(void *ctx);
	char accept[32]; /* the Sec-WebSocket-Accept of a WebSocket upgrade */
	http_stream_fn stream; /* a streamed answer (above); json and text unused */
	void *stream_ctx;
	bool stream_sized;	/* the stream is stream_length bytes, not chunked */
	uint64_t stream_length;
	/* more headers, owned: [[name, value], ...]. A content_type of ""
	 * sends none. */
	json_t *header_list;
};

/* reply.c */
const char *http_query(const struct http_request *r, const char *name);
/* A query value of whole seconds since 1970 as ms: -1 when not given, -2
 * when it is not such a number. */
int64_t http_query_epoch_ms(const struct http_request *r, const char *name);
/* A request header by name (case-insensitive), or NULL. */
const char *http_header(const struct http_request *r, const char *name);
/* Whether a header's comma-separated list has token (case-insensitive):
 * Connection's "upgrade", Upgrade's "websocket". */
bool http_has_token(const char *header, const char *token);
/* Whether a Content-Type is application/json (with parameters or not). */
bool http_is_json(const char *content_type);
/* The token of "Bearer TOKEN", or NULL. Pure. */
const char *key_from_authorization(const char *header);
/* The HTTP status of a service error: 400, 413, 422, 401, 403, 404, 409,
 * 429, 503, 507, 500. */
int http_status_of(enum svc_kind kind);
/* {"error": {"code", "message"}} with that status. */
void reply_error(struct http_reply *rep, int status, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* The same for a service error, with Retry-After when it says when. */
void reply_svc_error(struct http_reply *rep, const struct svc_error *e);
/* Whether the body is declared JSON; else a 415 reply. */
bool require_json(struct service *s, const struct http_request *r, struct http_reply *rep);

/* head.c: whether a request's head must be refused before its body is
 * read (conn: the struct MHD_Connection; target: the request target as
 * sent); rep then holds the answer (400, 413 or 501, Connection: close). */
bool http_head_refused(void *conn, const char *method, const char *version, const char *target,
		       size_t max_body, struct http_reply *rep);

/* reply.c: the key of "Authorization: Bearer KEY" into r->key; else a
 * 401 (or the service's error) in rep and false. */
bool http_authenticate(struct service *s, struct http_request *r, struct http_reply *rep);
/* router.c: authenticates (where the route needs it) and calls the
 * route's handler; 404 and 405 (with Allow) for the rest. */
void http_dispatch(struct service *s, struct http_request *r, struct http_reply *rep);

/* handlers */
typedef void (*http_handler)(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_exec_create(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_exec_list(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_exec_get(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_exec_cancel(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_languages(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_healthz(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_metrics(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_approvals_list(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_approval_approve(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_approval_reject(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_ui(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_mcp(struct service *s, struct http_request *r, struct http_reply *rep);

/* v1_sandboxes.c: /v1/sandboxes and below (its own 404s and 405s) */
bool sandboxes_owns(const char *path);
void sandboxes_dispatch(struct service *s, struct http_request *r, struct http_reply *rep);
/* reply.c: o's string member k, or "" when it is missing or not a string. */
const char *http_json_str(const json_t *o, const char *k);
/* reply.c: the body as JSON: NULL with a reply when it is not; an empty
 * body is NULL without one when empty_ok. */
json_t *v1_json_body(struct service *s, const struct http_request *r, struct http_reply *rep,
		     bool empty_ok, bool *failed);
/* out with ok_status, or the service's error. */
void v1_answer(struct http_reply *rep, int ok_status, int ret, json_t *out,
	       const struct svc_error *e);
/* v1_processes.c: exec answered with server-sent events, and
 * /v1/sandboxes/ID/processes and below */
void v1_exec_streamed(struct service *s, struct http_request *r, struct http_reply *rep,
		      const char *id, json_t *req);
void v1_processes(struct service *s, struct http_request *r, struct http_reply *rep,
		  const char *id);
/* GET /v1/sandboxes/ID/files/watch?path=P&recursive=true: server-sent
 * events of the directory P */
void v1_files_watch(struct service *s, struct http_request *r, struct http_reply *rep,
		    const char *id);
/* /v1/sandboxes/ID/files/watchers and below: watchers that keep their
 * events between calls */
void v1_files_watchers(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *id);

/* ports.c: HTTP to a port of a live sandbox, where a server one of its
 * commands started listens on its loopback. The request goes with its
 * method, headers (but hop-by-hop ones and those in drop, a
 * NULL-terminated list: the credentials that let it in) and body to path
 * (the target to send, with its query); the answer streams back. A
 * failure is answered by on_fail with a status (404, 409, 502 nothing
 * listens, 504 no answer in HTTP_PORT_IDLE_S, 501 an upgrade), a code
 * and a message. */
#define HTTP_PORT_IDLE_S 300
struct http_port_target {
	const char *id;
	unsigned port;
	const char *path;
	const char *const *drop;
};
typedef void (*http_port_fail_fn)(struct http_reply *rep, int status, const char *code,
				  const char *msg);
void http_port_relay(struct service *s, struct http_request *r, struct http_reply *rep,
		     const struct http_port_target *t, http_port_fail_fn on_fail);
/* The port text[0..n) names: 1 to 65535 in decimal digits without a
 * leading zero (so that no check sees 8000 while another sees 08000), or 0. */
unsigned http_port_number(const char *text, size_t n);

/* port_head.c: the head of the answer of a sandbox's server (pure). The
 * head, NUL-terminated without its blank line, is cut up in place.
 * NULL with *h filled: its status (200 to 599), its headers but the
 * hop-by-hop ones, Date and Content-Type ([[name, value], ...], bytes as
 * they came), its Content-Type and Content-Length when it has them; or why
 * airlock does not relay it (h to be freed either way). */
struct port_head {
	int status;
	json_t *headers;
	char *content_type;
	bool sized;
	uint64_t length;
	char ws_accept[64]; /* a 101's Sec-WebSocket-Accept (not in headers) */
};
/* upgrade: the request asked for a WebSocket, and 101 is an answer too. */
const char *port_head_parse(char *head, bool upgrade, struct port_head *h);
void port_head_free(struct port_head *h);
/* A header that is the connection's, not the message's (RFC 9110
 * section 7.6.1), or one airlock sets itself (Content-Length, Expect). */
bool port_hop_by_hop(const char *name);

/* piston_routes.c: Piston v2 under /piston (its own 404s, keys, 415) */
bool piston_owns(const char *path);
void piston_dispatch(struct service *s, struct http_request *r, struct http_reply *rep);
/* piston_ws.c: the WebSocket /piston/api/v2/connect */
void piston_connect(struct service *s, struct http_request *r, struct http_reply *rep);

#endif
