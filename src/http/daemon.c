/*
 * The HTTP front: libmicrohttpd around one event loop (epoll), and threads
 * that answer requests away from it.
 *
 * The loop accepts connections, reads heads and bodies and writes answers;
 * an open connection costs it a socket and a little memory, no thread. When
 * a request is complete the connection is suspended and the request goes to
 * a thread of its own (offload.c), which may wait as long as it must (a POST
 * for its execution) and then hands the answer back and resumes the
 * connection. So slow or idle clients never hold a thread, and no answer
 * waits behind another one.
 *
 * What a client may hold is bounded by the table of connections (conns.c):
 * request_head_timeout_s for each request's head, however slowly its bytes
 * come; max_connections_per_ip and max_connections, where a new connection
 * first closes the oldest one that is not busy with a request. An idle
 * connection is dropped after connection_timeout_s (libmicrohttpd), and the
 * per-connection memory limit bounds the head's size (it answers 431
 * itself). A body is collected up to max_body_bytes; beyond that the rest
 * is discarded and the answer is 413.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "http/conns.h"
#include "http/http.h"
#include "http/offload.h"
#include "http/stream.h"

struct http_front {
	struct service *svc;
	const struct server_config *cfg;
	struct MHD_Daemon *daemon;
	struct conns *conns;
	struct offload *offload;
};

/* A connection being taken over (http_reply.upgrade): made with its 101
 * answer, started on an offload thread once libmicrohttpd hands the
 * socket over, or freed with its request when it never is. */
struct upgrade_job {
	struct offload_job job; /* first */
	struct http_upgraded u;
	http_upgrade_fn fn;
	void *ctx;
	void (*free_ctx)(void *ctx);
	char *extra;
	bool started;
};

/* One request, from its head to its answer (MHD's con_cls). */
struct conn_state {
	struct offload_job job; /* first: the job is the state */
	struct http_front *h;
	struct MHD_Connection *c;
	struct conn *entry; /* in the table of connections */
	char *target;	    /* the request target as sent */
	const char *method, *url;
	struct buf body;
	bool head_seen, too_large, dispatched;
	uint64_t start_ms;
	struct MHD_Response *resp; /* the answer, once made */
	unsigned status;
	struct upgrade_job *upgrade; /* the answer is a 101 */
	struct http_stream *stream;  /* the answer is streamed */
};

static void run_upgraded(struct offload_job *job)
{
	struct upgrade_job *uj = (struct upgrade_job *)job;
	uj->fn(uj->ctx, &uj->u);
	free(uj->extra);
	free(uj);
}

static void upgraded_close(struct http_upgraded *u)
{
	MHD_upgrade_action(u->urh, MHD_UPGRADE_ACTION_CLOSE);
}

/* On libmicrohttpd's thread: the 101 is sent and the socket is ours. */
static void on_upgrade(void *cls, struct MHD_Connection *c, void *con_cls, const char *extra_in,
		       size_t extra_in_size, MHD_socket sock, struct MHD_UpgradeResponseHandle *urh)
{
	struct upgrade_job *uj = cls;
	struct conn_state *cs = con_cls;
	(void)c;
	uj->started = true;
	uj->extra = xmalloc(extra_in_size + 1);
	if (extra_in_size)
		memcpy(uj->extra, extra_in, extra_in_size);
	uj->u = (struct http_upgraded){sock, uj->extra, extra_in_size, urh, upgraded_close};
	if (cs->upgrade == uj)
		cs->upgrade = NULL;
	if (!offload_submit(cs->h->offload, &uj->job)) { /* stopping */
		MHD_upgrade_action(urh, MHD_UPGRADE_ACTION_CLOSE);
		uj->free_ctx(uj->ctx);
		free(uj->extra);
		free(uj);
	}
}



/* http_reply.header_list's [[name, value], ...] */
static void add_header_list(struct MHD_Response *resp, const json_t *list)
{
	size_t i;
	json_t *h;
	json_array_foreach(list, i, h)
	    MHD_add_response_header(resp, json_string_value(json_array_get(h, 0)),
				    json_string_value(json_array_get(h, 1)));
}

/* The answer as a response of libmicrohttpd (NULL when out of memory). */
static struct MHD_Response *make_response(struct conn_state *cs, struct http_reply *rep)
{
	struct MHD_Response *resp = NULL;
	char *text = NULL;
	size_t len;

	if (rep->upgrade) {
		struct upgrade_job *uj = xcalloc(1, sizeof(*uj));
		uj->job.run = run_upgraded;
		uj->fn = rep->upgrade;
		uj->ctx = rep->upgrade_ctx;
		uj->free_ctx = rep->upgrade_free;
		rep->upgrade = NULL;
		resp = MHD_create_response_for_upgrade(on_upgrade, uj);
		if (resp == NULL) {
			uj->free_ctx(uj->ctx);
			free(uj);
			return NULL;
		}
		cs->upgrade = uj;
		rep->status = 101;
		MHD_add_response_header(resp, MHD_HTTP_HEADER_UPGRADE, "websocket");
		MHD_add_response_header(resp, "Sec-WebSocket-Accept", rep->accept);
		add_header_list(resp, rep->header_list);
		return resp;
	}
	if (rep->stream) {
		resp = http_stream_response(cs->c, rep->stream_sized ? rep->stream_length : MHD_SIZE_UNKNOWN,
					    &cs->stream);
		if (resp == NULL)
			return NULL;
	} else if (rep->json) {
		text = json_dumps(rep->json, JSON_COMPACT);
		len = text ? strlen(text) : 0;
		rep->content_type = "application/json";
	} else {
		text = rep->text.data;
		len = rep->text.len;
		rep->text.data = NULL;
	}
	if (!rep->stream) {
		if (text == NULL) {
			text = strdup("");
			len = 0;
		}
		resp = MHD_create_response_from_buffer(len, text, MHD_RESPMEM_MUST_FREE);
		if (resp == NULL) {
			free(text);
			return NULL;
		}
	}
	if (rep->content_type == NULL || rep->content_type[0])
		MHD_add_response_header(resp, "Content-Type",
					rep->content_type ? rep->content_type : "text/plain");
	if (rep->retry_after_s > 0) {
		char v[16];
		snprintf(v, sizeof(v), "%d", rep->retry_after_s);
		MHD_add_response_header(resp, "Retry-After", v);
	}
	if (rep->allow[0])
		MHD_add_response_header(resp, "Allow", rep->allow);
	for (size_t i = 0; i < ARRAY_SIZE(rep->headers) && rep->headers[i].name; i++)
		MHD_add_response_header(resp, rep->headers[i].name, rep->headers[i].value);
	add_header_list(resp, rep->header_list);
	return resp;
}

/* The method and path are as the client sent them (the log's writer
 * escapes them): bytes that need not be UTF-8. */
static void log_request(struct service *s, const struct http_request *r,
			const struct http_reply *rep, uint64_t start_ms)
{
	service_count_request(s);
	service_log(s, json_pack("{s:s, s:o, s:o, s:i, s:I, s:s?}", "event", "request", "method",
				 json_stringn_nocheck(r->method, strlen(r->method)), "path",
				 json_stringn_nocheck(r->path, strlen(r->path)), "status",
				 rep->status, "ms", (json_int_t)(monotonic_ms() - start_ms), "key",
				 r->authenticated ? r->key.name : NULL));
}

static void request_of(struct conn_state *cs, struct http_request *r)
{
	memset(r, 0, sizeof(*r));
	r->method = cs->method;
	r->path = cs->url;
	r->target = cs->target ? cs->target : cs->url;
	r->conn = cs->c;
	r->body = cs->body.data ? cs->body.data : "";
	r->body_len = cs->body.len;
	r->content_type = MHD_lookup_connection_value(cs->c, MHD_HEADER_KIND, "Content-Type");
	r->authorization = MHD_lookup_connection_value(cs->c, MHD_HEADER_KIND, "Authorization");
	r->upgrade = MHD_lookup_connection_value(cs->c, MHD_HEADER_KIND, "Upgrade");
	r->connection = MHD_lookup_connection_value(cs->c, MHD_HEADER_KIND, "Connection");
	r->ws_key = MHD_lookup_connection_value(cs->c, MHD_HEADER_KIND, "Sec-WebSocket-Key");
	r->ws_version =
	    MHD_lookup_connection_value(cs->c, MHD_HEADER_KIND, "Sec-WebSocket-Version");
}

/* Logs the request and turns rep into cs's response. */
static void finish(struct conn_state *cs, const struct http_request *r, struct http_reply *rep)
{
	log_request(cs->h->svc, r, rep, cs->start_ms);
	cs->status = (unsigned)rep->status;
	cs->resp = make_response(cs, rep);
	json_decref(rep->json);
	json_decref(rep->header_list);
	buf_free(&rep->text);
	rep->json = NULL;
	rep->header_list = NULL;
}

/* On a thread of its own: the request is complete and its connection
 * suspended; the answer is made and the connection resumed, which calls
 * on_request again to send it. */
static void answer(struct offload_job *job)
{
	struct conn_state *cs = (struct conn_state *)job;
	struct http_request r;
	struct http_reply rep;

	request_of(cs, &r);
	memset(&rep, 0, sizeof(rep));
	rep.status = 200;
	http_dispatch(cs->h->svc, &r, &rep);
	http_stream_fn stream = rep.stream;
	void *stream_ctx = rep.stream_ctx;
	finish(cs, &r, &rep);
	struct http_stream *st = cs->stream;
	if (stream && st == NULL) /* no response: the stream never runs */
		stream(stream_ctx, NULL);
	MHD_resume_connection(cs->c); /* cs is not ours from here on */
	if (st) {
		stream(stream_ctx, st);
		http_stream_end(st);
	}
}

static enum MHD_Result send_now(struct conn_state *cs, struct MHD_Connection *c)
{
	enum MHD_Result ret = MHD_NO;

	if (cs->resp) {
		ret = MHD_queue_response(c, cs->status, cs->resp);
		MHD_destroy_response(cs->resp);
		cs->resp = NULL;
	}
	return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version, const char *upload_data,
				  size_t *upload_data_size, void **con_cls)
{
	struct http_front *h = cls;
	struct conn_state *cs = *con_cls;
	struct http_request r;
	struct http_reply rep;

	if (cs == NULL) /* no request line seen: cannot happen */
		return MHD_NO;
	if (!cs->head_seen) { /* the head is in */
		const union MHD_ConnectionInfo *ci =
		    MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
		cs->head_seen = true;
		cs->c = c;
		cs->entry = ci ? ci->socket_context : NULL;
		cs->start_ms = monotonic_ms();
		conns_head_done(h->conns, cs->entry);
		memset(&rep, 0, sizeof(rep));
		if (http_head_refused(c, method, version, cs->target, h->cfg->max_body_bytes,
				      &rep)) {
			cs->dispatched = true;
			cs->method = method;
			cs->url = url;
			request_of(cs, &r);
			service_count_reject(h->svc,
					     rep.status == 413 ? "too_large" : "bad_request");
			finish(cs, &r, &rep);
			return send_now(cs, c);
		}
		return MHD_YES;
	}
	if (cs->resp) /* resumed: the answer is ready */
		return send_now(cs, c);
	if (*upload_data_size > 0) {
		if (cs->too_large || cs->body.len + *upload_data_size > h->cfg->max_body_bytes)
			cs->too_large = true;
		else
			buf_append(&cs->body, upload_data, *upload_data_size);
		*upload_data_size = 0;
		return MHD_YES;
	}
	if (cs->dispatched)
		return MHD_YES;
	cs->dispatched = true;
	cs->method = method;
	cs->url = url;
	conns_busy(h->conns, cs->entry);
	memset(&rep, 0, sizeof(rep));
	if (cs->too_large) {
		request_of(cs, &r);
		service_count_reject(h->svc, "too_large");
		reply_error(&rep, 413, "body_too_large", "the body is larger than %zu bytes",
			    h->cfg->max_body_bytes);
		finish(cs, &r, &rep);
		return send_now(cs, c);
	}
	MHD_suspend_connection(c);
	if (!offload_submit(h->offload, &cs->job)) { /* stopping */
		request_of(cs, &r);
		service_count_reject(h->svc, "stopping");
		reply_error(&rep, 503, "stopping", "the server is stopping");
		rep.retry_after_s = 1;
		finish(cs, &r, &rep);
		MHD_resume_connection(c);
	}
	return MHD_YES;
}

/* The request line is in: a request begins (its state is MHD's con_cls). */
static void *on_request_line(void *cls, const char *uri, struct MHD_Connection *c)
{
	struct conn_state *cs = xcalloc(1, sizeof(*cs));
	(void)c;
	cs->job.run = answer;
	cs->h = cls;
	cs->target = strdup(uri ? uri : "");
	return cs;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	struct http_front *h = cls;
	struct conn_state *cs = *con_cls;
	(void)c;
	(void)toe;
	if (cs) {
		if (cs->resp)
			MHD_destroy_response(cs->resp);
		if (cs->upgrade && !cs->upgrade->started) { /* the client left first */
			cs->upgrade->free_ctx(cs->upgrade->ctx);
			free(cs->upgrade);
		}
		if (cs->head_seen)
			conns_request_done(h->conns, cs->entry);
		buf_free(&cs->body);
		free(cs->target);
		free(cs);
		*con_cls = NULL;
	}
}

static void on_connection(void *cls, struct MHD_Connection *c, void **socket_context,
			  enum MHD_ConnectionNotificationCode toe)
{
	struct http_front *h = cls;

	if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
		const union MHD_ConnectionInfo *fd =
		    MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
		const union MHD_ConnectionInfo *a =
		    MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
		*socket_context =
		    conns_opened(h->conns, fd ? fd->connect_fd : -1, a ? a->client_addr : NULL);
	} else if (toe == MHD_CONNECTION_NOTIFY_CLOSED) {
		conns_closed(h->conns, *socket_context);
		*socket_context = NULL;
	}
}

/* Connections the table closed count as refused requests. */
static void count_closed(void *ctx, enum conns_reason why)
{
	struct http_front *h = ctx;
	static const char *const names[] = {"head_timeout", "connection_made_room",
					    "connection_refused"};
	service_count_reject(h->svc, names[why]);
}

/* libmicrohttpd's own complaints (431, broken connections) go through the
 * server's log like everything else. */
static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	struct http_front *h = cls;
	char msg[512];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	msg[strcspn(msg, "\n")] = 0;
	service_log(h->svc, json_pack("{s:s, s:o}", "event", "http_error", "message",
				      json_stringn_nocheck(msg, strlen(msg))));
}

int http_start(struct service *svc, struct http_front **out, err_t *err)
{
	const struct server_config *cfg = service_config(svc);
	struct http_front *h;
	struct sockaddr_in6 a6;
	struct sockaddr_in a4;
	struct sockaddr *sa;
	struct conns_limits lim;
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL |
			 MHD_ALLOW_SUSPEND_RESUME | MHD_ALLOW_UPGRADE | MHD_USE_ERROR_LOG;

	memset(&a4, 0, sizeof(a4));
	memset(&a6, 0, sizeof(a6));
	if (inet_pton(AF_INET, cfg->listen_addr, &a4.sin_addr) == 1) {
		a4.sin_family = AF_INET;
		a4.sin_port = htons((uint16_t)cfg->port);
		sa = (struct sockaddr *)&a4;
	} else if (inet_pton(AF_INET6, cfg->listen_addr, &a6.sin6_addr) == 1) {
		a6.sin6_family = AF_INET6;
		a6.sin6_port = htons((uint16_t)cfg->port);
		sa = (struct sockaddr *)&a6;
		flags |= MHD_USE_IPv6;
	} else {
		return err_set(err, 0, "listen address '%s' is not an IPv4 or IPv6 address",
			       cfg->listen_addr);
	}
	h = xcalloc(1, sizeof(*h));
	h->svc = svc;
	h->cfg = cfg;
	lim.max = cfg->max_connections;
	lim.max_per_ip = cfg->max_connections_per_ip;
	lim.head_timeout_ms = cfg->request_head_timeout_s * 1000;
	h->conns = conns_new(&lim, count_closed, h);
	h->offload = offload_new();
	/* libmicrohttpd's own limit leaves room for the connections the table
	 * has shut down and the loop has not closed yet */
	unsigned mhd_limit =
	    (unsigned)cfg->max_connections + (unsigned)cfg->max_connections / 4 + 16;
	h->daemon =
	    h->conns == NULL
		? NULL
		: MHD_start_daemon(
		      flags, (uint16_t)cfg->port, NULL, NULL, on_request, h,
		      MHD_OPTION_EXTERNAL_LOGGER, mhd_log, h, MHD_OPTION_SOCK_ADDR, sa,
		      MHD_OPTION_CONNECTION_LIMIT, mhd_limit, MHD_OPTION_CONNECTION_TIMEOUT,
		      (unsigned)cfg->connection_timeout_s, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
		      (size_t)(64 * 1024), MHD_OPTION_NOTIFY_COMPLETED, on_completed, h,
		      MHD_OPTION_NOTIFY_CONNECTION, on_connection, h, MHD_OPTION_URI_LOG_CALLBACK,
		      on_request_line, h, MHD_OPTION_LISTENING_ADDRESS_REUSE, (unsigned)1,
		      MHD_OPTION_END);
	if (h->daemon == NULL) {
		int e = errno;
		offload_free(h->offload);
		conns_free(h->conns);
		free(h);
		return err_set(err, e, "cannot listen on %s:%d", cfg->listen_addr, cfg->port);
	}
	*out = h;
	return 0;
}

int http_port(struct http_front *h)
{
	const union MHD_DaemonInfo *i = MHD_get_daemon_info(h->daemon, MHD_DAEMON_INFO_BIND_PORT);
	return i ? i->port : h->cfg->port;
}

void http_quiesce(struct http_front *h)
{
	MHD_socket fd = MHD_quiesce_daemon(h->daemon);
	if (fd != MHD_INVALID_SOCKET)
		close(fd);
}

void http_stop(struct http_front *h)
{
	if (h == NULL)
		return;
	/* every answer made, every suspended connection resumed: then the
	 * loop may stop */
	offload_stop(h->offload);
	MHD_stop_daemon(h->daemon);
	offload_free(h->offload);
	conns_free(h->conns);
	free(h);
}
