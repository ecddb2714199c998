/* Routing and replies: what handlers see of HTTP. */
#ifndef AIRLOCK_HTTP_H
#define AIRLOCK_HTTP_H

#include <jansson.h>

#include "server/server.h"

struct http_request {
	const char *method;
	const char *path;
	const char *tail;   /* the part of the path after the route's prefix (the id) */
	char tail_buf[128]; /* holds the id of a route with a suffix */
	const char *body;
	size_t body_len;
	const char *content_type;
	const char *authorization;
	void *conn;	    /* struct MHD_Connection, for query arguments */
	struct key_row key; /* filled by authentication */
	bool authenticated;
};

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
};

const char *http_query(const struct http_request *r, const char *name);
/* Whether a Content-Type is application/json (with parameters or not). */
bool http_is_json(const char *content_type);
void reply_error(struct http_reply *rep, int status, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void reply_api_error(struct http_reply *rep, const struct api_error *e);

/* handlers_*.c */
void handle_exec_create(struct server *s, struct http_request *r, struct http_reply *rep);
void handle_exec_list(struct server *s, struct http_request *r, struct http_reply *rep);
void handle_exec_get(struct server *s, struct http_request *r, struct http_reply *rep);
void handle_exec_cancel(struct server *s, struct http_request *r, struct http_reply *rep);
void handle_languages(struct server *s, struct http_request *r, struct http_reply *rep);
void handle_healthz(struct server *s, struct http_request *r, struct http_reply *rep);
void handle_metrics(struct server *s, struct http_request *r, struct http_reply *rep);
void handle_approvals_list(struct server *s, struct http_request *r, struct http_reply *rep);
void handle_approval_approve(struct server *s, struct http_request *r, struct http_reply *rep);
void handle_approval_reject(struct server *s, struct http_request *r, struct http_reply *rep);
void handle_ui(struct server *s, struct http_request *r, struct http_reply *rep);

#endif
