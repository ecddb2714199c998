/*
 * The HTTP front: libmicrohttpd, one thread per connection.
 *
 * A POST that waits for its execution blocks its connection's thread, so a
 * thread per connection (bounded by max_connections) keeps the waiting out
 * of everyone else's way; the workers that run programs are a separate,
 * smaller pool. Slow clients and huge headers are MHD's to refuse: an idle
 * connection is dropped after connection_timeout_s, and the per-connection
 * memory limit bounds the header size (MHD answers 431 itself). A body is
 * collected up to max_body_bytes; beyond that the rest is discarded and the
 * answer is 413.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "http/http.h"

struct conn_state {
	struct buf body;
	bool too_large;
	uint64_t start_ms;
};

struct http_front {
	struct service *svc;
	const struct server_config *cfg;
	struct MHD_Daemon *daemon;
};

static enum MHD_Result send_reply(struct MHD_Connection *c, struct http_reply *rep)
{
	struct MHD_Response *resp;
	enum MHD_Result ret;
	char *text = NULL;
	size_t len;

	if (rep->json) {
		text = json_dumps(rep->json, JSON_COMPACT);
		len = text ? strlen(text) : 0;
		rep->content_type = "application/json";
	} else {
		text = rep->text.data;
		len = rep->text.len;
		rep->text.data = NULL;
	}
	if (text == NULL) {
		text = strdup("");
		len = 0;
	}
	resp = MHD_create_response_from_buffer(len, text, MHD_RESPMEM_MUST_FREE);
	if (resp == NULL) {
		free(text);
		return MHD_NO;
	}
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
	ret = MHD_queue_response(c, (unsigned)rep->status, resp);
	MHD_destroy_response(resp);
	return ret;
}

static void log_request(struct service *s, const struct http_request *r,
			const struct http_reply *rep, uint64_t start_ms)
{
	service_count_request(s);
	service_log(s, json_pack("{s:s, s:s, s:s, s:i, s:I, s:s?}", "event", "request", "method",
				 r->method, "path", r->path, "status", rep->status, "ms",
				 (json_int_t)(monotonic_ms() - start_ms), "key",
				 r->authenticated ? r->key.name : NULL));
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version, const char *upload_data,
				  size_t *upload_data_size, void **con_cls)
{
	struct http_front *h = cls;
	struct service *s = h->svc;
	struct conn_state *cs = *con_cls;
	struct http_request r;
	struct http_reply rep;
	enum MHD_Result ret;

	(void)version;
	if (cs == NULL) {
		cs = xcalloc(1, sizeof(*cs));
		cs->start_ms = monotonic_ms();
		*con_cls = cs;
		return MHD_YES;
	}
	if (*upload_data_size > 0) {
		if (cs->too_large || cs->body.len + *upload_data_size > h->cfg->max_body_bytes)
			cs->too_large = true;
		else
			buf_append(&cs->body, upload_data, *upload_data_size);
		*upload_data_size = 0;
		return MHD_YES;
	}
	memset(&r, 0, sizeof(r));
	memset(&rep, 0, sizeof(rep));
	r.method = method;
	r.path = url;
	r.conn = c;
	r.body = cs->body.data ? cs->body.data : "";
	r.body_len = cs->body.len;
	r.content_type = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Type");
	r.authorization = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization");
	rep.status = 200;
	if (cs->too_large) {
		service_count_reject(s, "too_large");
		reply_error(&rep, 413, "body_too_large", "the body is larger than %zu bytes",
			    h->cfg->max_body_bytes);
	} else {
		http_dispatch(s, &r, &rep);
	}
	log_request(s, &r, &rep, cs->start_ms);
	ret = send_reply(c, &rep);
	json_decref(rep.json);
	buf_free(&rep.text);
	return ret;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	struct conn_state *cs = *con_cls;
	(void)cls;
	(void)c;
	(void)toe;
	if (cs) {
		buf_free(&cs->body);
		free(cs);
		*con_cls = NULL;
	}
}

/* libmicrohttpd's own complaints (431, broken connections) go through the
 * server's log like everything else. */
static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	struct http_front *h = cls;
	char msg[512];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	msg[strcspn(msg, "\n")] = 0;
	service_log(h->svc, json_pack("{s:s, s:s}", "event", "http_error", "message", msg));
}

int http_start(struct service *svc, struct http_front **out, err_t *err)
{
	const struct server_config *cfg = service_config(svc);
	struct http_front *h;
	struct sockaddr_in6 a6;
	struct sockaddr_in a4;
	struct sockaddr *sa;
	unsigned flags = MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD |
			 MHD_USE_ITC | MHD_USE_ERROR_LOG;

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
	h->daemon = MHD_start_daemon(
	    flags, (uint16_t)cfg->port, NULL, NULL, on_request, h, MHD_OPTION_EXTERNAL_LOGGER,
	    mhd_log, h, MHD_OPTION_SOCK_ADDR, sa, MHD_OPTION_CONNECTION_LIMIT,
	    (unsigned)cfg->max_connections, MHD_OPTION_CONNECTION_TIMEOUT,
	    (unsigned)cfg->connection_timeout_s, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
	    (size_t)(64 * 1024), MHD_OPTION_NOTIFY_COMPLETED, on_completed, h,
	    MHD_OPTION_LISTENING_ADDRESS_REUSE, (unsigned)1, MHD_OPTION_END);
	if (h->daemon == NULL) {
		int e = errno;
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
	MHD_stop_daemon(h->daemon);
	free(h);
}
