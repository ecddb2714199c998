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
 *
 * Routing is a table: a path (exact, or a prefix followed by an id), a
 * method and a handler. A known path with another method is 405 with Allow.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "server/http.h"
#include "server/keys.h"

struct route {
	const char *method;
	const char *path;
	bool prefix; /* path is followed by one more segment: an id */
	bool auth;
	void (*handler)(struct server *, struct http_request *, struct http_reply *);
	const char *suffix; /* with prefix: what follows the id ("/approve"), or NULL */
};

static const struct route routes[] = {
    {"POST", "/v1/executions", false, true, handle_exec_create},
    {"GET", "/v1/executions", false, true, handle_exec_list},
    {"GET", "/v1/executions/", true, true, handle_exec_get},
    {"DELETE", "/v1/executions/", true, true, handle_exec_cancel},
    {"GET", "/v1/languages", false, true, handle_languages},
    {"GET", "/v1/approvals", false, true, handle_approvals_list},
    {"POST", "/v1/approvals/", true, true, handle_approval_approve, "/approve"},
    {"POST", "/v1/approvals/", true, true, handle_approval_reject, "/reject"},
    {"GET", "/healthz", false, false, handle_healthz},
    {"GET", "/metrics", false, false, handle_metrics},
    {"GET", "/ui", false, false, handle_ui},
    {"GET", "/ui/", false, false, handle_ui},
    {"GET", "/ui/", true, false, handle_ui},
};

struct conn_state {
	struct buf body;
	bool too_large;
	uint64_t start_ms;
};

const char *http_query(const struct http_request *r, const char *name)
{
	return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name);
}

bool http_is_json(const char *ct)
{
	if (ct == NULL)
		return false;
	while (*ct == ' ')
		ct++;
	return strncasecmp(ct, "application/json", 16) == 0 &&
	       (ct[16] == 0 || ct[16] == ';' || ct[16] == ' ');
}

void reply_error(struct http_reply *rep, int status, const char *code, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	json_decref(rep->json);
	rep->status = status;
	rep->json = json_pack("{s:{s:s, s:s}}", "error", "code", code, "message", msg);
}

void reply_api_error(struct http_reply *rep, const struct api_error *e)
{
	reply_error(rep, e->http, e->code, "%s", e->message);
}

/* tail: the id after a prefix, copied into buf when a suffix follows it. */
static bool path_matches(const struct route *rt, const char *path, const char **tail, char *buf,
			 size_t size)
{
	size_t n = strlen(rt->path);

	if (!rt->prefix)
		return strcmp(path, rt->path) == 0;
	if (strncmp(path, rt->path, n) != 0 || path[n] == 0)
		return false;
	const char *id = path + n, *slash = strchr(id, '/');
	if (rt->suffix == NULL) {
		*tail = id;
		return slash == NULL;
	}
	if (slash == NULL || slash == id || strcmp(slash, rt->suffix) != 0)
		return false;
	snprintf(buf, size, "%.*s", (int)(slash - id), id);
	*tail = buf;
	return true;
}

static bool authenticate(struct server *s, struct http_request *r, struct http_reply *rep)
{
	const char *token = key_from_authorization(r->authorization);
	char hash[STORE_HASH_HEX];
	bool found = false;
	err_t err;

	if (token == NULL) {
		metrics_reject(&s->metrics, "unauthorized");
		reply_error(rep, 401, "unauthorized",
			    "an 'Authorization: Bearer KEY' header is required");
		return false;
	}
	key_hash(token, hash);
	err_clear(&err);
	if (s->st->be->key_by_hash(s->st, hash, &r->key, &found, &err) < 0) {
		reply_error(rep, err.errnum == STORE_EBUSY ? 503 : 500, "storage_error", "%s",
			    err.msg);
		rep->retry_after_s = err.errnum == STORE_EBUSY ? 1 : 0;
		return false;
	}
	if (!found || r->key.revoked) {
		metrics_reject(&s->metrics, "unauthorized");
		reply_error(rep, 401, "unauthorized", "the API key is not valid or was revoked");
		return false;
	}
	r->authenticated = true;
	return true;
}

static void route(struct server *s, struct http_request *r, struct http_reply *rep)
{
	char allow[64] = "";
	bool path_known = false;

	for (size_t i = 0; i < ARRAY_SIZE(routes); i++) {
		const char *tail = NULL;
		if (!path_matches(&routes[i], r->path, &tail, r->tail_buf, sizeof(r->tail_buf)))
			continue;
		path_known = true;
		if (strcmp(routes[i].method, r->method) != 0) {
			if (!strstr(allow, routes[i].method))
				snprintf(allow + strlen(allow), sizeof(allow) - strlen(allow),
					 "%s%s", allow[0] ? ", " : "", routes[i].method);
			continue;
		}
		r->tail = tail;
		if (routes[i].auth && !authenticate(s, r, rep))
			return;
		routes[i].handler(s, r, rep);
		return;
	}
	if (path_known) {
		snprintf(rep->allow, sizeof(rep->allow), "%s", allow);
		reply_error(rep, 405, "method_not_allowed", "%s is not allowed on %s; allowed: %s",
			    r->method, r->path, allow);
		return;
	}
	reply_error(rep, 404, "not_found", "no such endpoint: %s", r->path);
}

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

static void log_request(struct server *s, const struct http_request *r,
			const struct http_reply *rep, uint64_t start_ms)
{
	metrics_request(&s->metrics);
	server_log(s, json_pack("{s:s, s:s, s:s, s:i, s:I, s:s?}", "event", "request", "method",
				r->method, "path", r->path, "status", rep->status, "ms",
				(json_int_t)(monotonic_ms() - start_ms), "key",
				r->authenticated ? r->key.name : NULL));
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version, const char *upload_data,
				  size_t *upload_data_size, void **con_cls)
{
	struct server *s = cls;
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
		if (cs->too_large || cs->body.len + *upload_data_size > s->cfg.max_body_bytes)
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
		metrics_reject(&s->metrics, "too_large");
		reply_error(&rep, 413, "body_too_large", "the body is larger than %zu bytes",
			    s->cfg.max_body_bytes);
	} else {
		route(s, &r, &rep);
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
	struct server *s = cls;
	char msg[512];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	msg[strcspn(msg, "\n")] = 0;
	server_log(s, json_pack("{s:s, s:s}", "event", "http_error", "message", msg));
}

int server_http_start(struct server *s, err_t *err)
{
	struct sockaddr_in6 a6;
	struct sockaddr_in a4;
	struct sockaddr *sa;
	unsigned flags = MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD |
			 MHD_USE_ITC | MHD_USE_ERROR_LOG;

	memset(&a4, 0, sizeof(a4));
	memset(&a6, 0, sizeof(a6));
	if (inet_pton(AF_INET, s->cfg.listen_addr, &a4.sin_addr) == 1) {
		a4.sin_family = AF_INET;
		a4.sin_port = htons((uint16_t)s->cfg.port);
		sa = (struct sockaddr *)&a4;
	} else if (inet_pton(AF_INET6, s->cfg.listen_addr, &a6.sin6_addr) == 1) {
		a6.sin6_family = AF_INET6;
		a6.sin6_port = htons((uint16_t)s->cfg.port);
		sa = (struct sockaddr *)&a6;
		flags |= MHD_USE_IPv6;
	} else {
		return err_set(err, 0, "listen address '%s' is not an IPv4 or IPv6 address",
			       s->cfg.listen_addr);
	}
	s->http = MHD_start_daemon(
	    flags, (uint16_t)s->cfg.port, NULL, NULL, on_request, s, MHD_OPTION_EXTERNAL_LOGGER,
	    mhd_log, s, MHD_OPTION_SOCK_ADDR, sa, MHD_OPTION_CONNECTION_LIMIT,
	    (unsigned)s->cfg.max_connections, MHD_OPTION_CONNECTION_TIMEOUT,
	    (unsigned)s->cfg.connection_timeout_s, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
	    (size_t)(64 * 1024), MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
	    MHD_OPTION_LISTENING_ADDRESS_REUSE, (unsigned)1, MHD_OPTION_END);
	if (s->http == NULL)
		return err_set(err, errno, "cannot listen on %s:%d", s->cfg.listen_addr,
			       s->cfg.port);
	return 0;
}

int server_http_port(struct server *s)
{
	const union MHD_DaemonInfo *i = MHD_get_daemon_info(s->http, MHD_DAEMON_INFO_BIND_PORT);
	return i ? i->port : s->cfg.port;
}

void http_quiesce(struct server *s)
{
	MHD_socket fd = MHD_quiesce_daemon(s->http);
	if (fd != MHD_INVALID_SOCKET)
		close(fd);
}

void http_stop(struct server *s)
{
	MHD_stop_daemon(s->http);
	s->http = NULL;
}
