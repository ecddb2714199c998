/*
 * HTTP to a port of a live sandbox (http.h's http_port_relay): what /v1's
 * /sandboxes/ID/ports/PORT/... and E2B's getHost traffic share. The
 * request goes on a connection of its own (service_sandbox_connect) as
 * HTTP/1.0 with Connection: close, so the answer needs no chunk decoding:
 * its body is what the server sends until it closes (or Content-Length).
 * The head is checked and copied; the body is streamed back as it comes,
 * a slow client holding the server back (http_stream_write waits).
 *
 * Not relayed: hop-by-hop headers (RFC 9110 section 7.6.1), airlock's own
 * credentials (the caller names them), and upgrades (WebSocket).
 */
#include <errno.h>
#include <microhttpd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "http/http.h"

#define HEAD_MAX (64 * 1024) /* of the server's answer */

struct relay {
	int fd;
	char *rest; /* body bytes read with the head */
	size_t rest_len;
	struct port_head head;
};

struct head_out {
	struct buf *b;
	const char *const *drop;
	bool host;
};

static enum MHD_Result copy_header(void *cls, enum MHD_ValueKind kind, const char *k, const char *v)
{
	struct head_out *h = cls;
	(void)kind;
	if (k == NULL || port_hop_by_hop(k))
		return MHD_YES;
	for (const char *const *d = h->drop; d && *d; d++)
		if (strcasecmp(k, *d) == 0)
			return MHD_YES;
	if (strcasecmp(k, "Host") == 0)
		h->host = true;
	buf_printf(h->b, "%s: %s\r\n", k, v ? v : "");
	return MHD_YES;
}

static void relay_free(struct relay *rl)
{
	if (rl->fd >= 0)
		close(rl->fd);
	free(rl->rest);
	port_head_free(&rl->head);
	free(rl);
}

/* The body, on the request's thread once the head is out. */
static void relay_stream(void *ctx, struct http_stream *st)
{
	struct relay *rl = ctx;
	uint64_t left = rl->head.sized ? rl->head.length : UINT64_MAX;
	char buf[64 * 1024];

	if (st == NULL)
		goto done;
	size_t n = rl->rest_len < left ? rl->rest_len : (size_t)left;
	if (n && !http_stream_write(st, rl->rest, n))
		goto done;
	left -= n;
	while (left > 0) {
		ssize_t r = recv_some(rl->fd, buf, sizeof(buf) < left ? sizeof(buf) : (size_t)left,
				      HTTP_PORT_IDLE_S * 1000);
		if (r <= 0 || !http_stream_write(st, buf, (size_t)r))
			break;
		left -= (uint64_t)r;
	}
done:
	relay_free(rl);
}

static void relay_drop(void *ctx)
{
	relay_free(ctx);
}

/* A WebSocket the server accepted, on a thread of its own: what each side
 * sent past its head first, then every byte both ways until one closes. */
static void relay_upgraded(void *ctx, struct http_upgraded *u)
{
	struct relay *rl = ctx;
	int idle = HTTP_PORT_IDLE_S * 1000;

	if ((u->extra_len == 0 || send_all(rl->fd, u->extra, u->extra_len, idle) == 0) &&
	    (rl->rest_len == 0 || send_all(u->fd, rl->rest, rl->rest_len, idle) == 0))
		sock_relay(u->fd, rl->fd, idle);
	u->close(u);
	relay_free(rl);
}

unsigned http_port_number(const char *text, size_t n)
{
	unsigned long v = 0;

	if (n == 0 || n > 5 || text[0] == '0') /* one spelling per port */
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (text[i] < '0' || text[i] > '9')
			return 0;
		v = v * 10 + (unsigned long)(text[i] - '0');
	}
	return v <= 65535 ? (unsigned)v : 0;
}

void http_port_relay(struct service *s, struct http_request *r, struct http_reply *rep,
		     const struct http_port_target *t, http_port_fail_fn on_fail)
{
	struct svc_error e;
	struct buf out = {0};
	char msg[256], *head = NULL;
	int fd;

	if (t->path[0] != '/' || strpbrk(t->path, " \r\n\t") != NULL)
		return on_fail(rep, 400, "bad_request",
			       "the path to send to the sandbox's port must begin with /");
	bool ws = r->upgrade != NULL;
	if (ws && (!http_has_token(r->upgrade, "websocket") ||
		   !http_has_token(r->connection, "upgrade") || strcmp(r->method, "GET") != 0))
		return on_fail(rep, 501, "not_implemented",
			       "airlock relays HTTP requests and WebSocket upgrades (GET with "
			       "Connection: Upgrade and Upgrade: websocket) to a sandbox's port, "
			       "no other upgrade");
	if (service_sandbox_connect(s, &r->key, t->id, t->port, &fd, &e) < 0)
		return on_fail(rep, http_status_of(e.kind), e.code, e.message);

	/* the request: HTTP/1.0 that closes, or a WebSocket's HTTP/1.1 upgrade */
	struct head_out h = {&out, t->drop, false};
	buf_printf(&out, "%s %s HTTP/1.%d\r\n", r->method, t->path, ws ? 1 : 0);
	MHD_get_connection_values(r->conn, MHD_HEADER_KIND, copy_header, &h);
	if (!h.host)
		buf_printf(&out, "Host: localhost:%u\r\n", t->port);
	if (r->body_len > 0 || strcmp(r->method, "POST") == 0 || strcmp(r->method, "PUT") == 0 ||
	    strcmp(r->method, "PATCH") == 0)
		buf_printf(&out, "Content-Length: %zu\r\n", r->body_len);
	buf_printf(&out, "%s\r\n\r\n",
		   ws ? "Connection: Upgrade\r\nUpgrade: websocket" : "Connection: close");
	if (send_all(fd, out.data, out.len, HTTP_PORT_IDLE_S * 1000) < 0 ||
	    (r->body_len && send_all(fd, r->body, r->body_len, HTTP_PORT_IDLE_S * 1000) < 0)) {
		snprintf(msg, sizeof(msg), "port %u of sandbox %s did not take the request: %s",
			 t->port, t->id, strerror(errno));
		buf_free(&out);
		close(fd);
		return on_fail(rep, errno == ETIMEDOUT ? 504 : 502, "port_error", msg);
	}
	buf_free(&out);

	/* its answer's head */
	head = xmalloc(HEAD_MAX + 1);
	size_t got = 0;
	char *end = NULL;
	const char *why = NULL;
	while (end == NULL) {
		if (got == HEAD_MAX) {
			why = "its answer's head is over 64 KiB";
			break;
		}
		ssize_t n = recv_some(fd, head + got, HEAD_MAX - got, HTTP_PORT_IDLE_S * 1000);
		if (n <= 0) {
			why = n == 0		   ? "it closed the connection without an answer"
			      : errno == ETIMEDOUT ? "it did not answer in time"
						   : strerror(errno);
			break;
		}
		got += (size_t)n;
		head[got] = 0;
		end = strstr(head, "\r\n\r\n");
		if (end == NULL)
			end = strstr(head, "\n\n");
	}
	struct relay *rl = xcalloc(1, sizeof(*rl));
	rl->fd = fd;
	if (end) {
		size_t blank = end[0] == '\r' ? 4 : 2;
		size_t body_at = (size_t)(end - head) + blank;
		rl->rest_len = got - body_at;
		rl->rest = xmalloc(rl->rest_len + 1);
		memcpy(rl->rest, head + body_at, rl->rest_len);
		end[blank / 2] = 0; /* keep the last header line's end */
		why = port_head_parse(head, ws, &rl->head);
	}
	if (why) {
		bool slow = strcmp(why, "it did not answer in time") == 0;
		snprintf(msg, sizeof(msg), "port %u of sandbox %s: %s", t->port, t->id, why);
		relay_free(rl);
		free(head);
		return on_fail(rep, slow ? 504 : 502, slow ? "port_timeout" : "port_error", msg);
	}
	free(head);
	if (rl->head.status == 101) { /* the WebSocket's: its bytes both ways */
		rep->status = 101;
		snprintf(rep->accept, sizeof(rep->accept), "%s", rl->head.ws_accept);
		rep->header_list = json_incref(rl->head.headers);
		rep->upgrade = relay_upgraded;
		rep->upgrade_ctx = rl;
		rep->upgrade_free = relay_drop;
		return;
	}
	/* rl outlives the answer's head: libmicrohttpd has copied it by the
	 * time relay_stream runs */
	rep->status = rl->head.status;
	rep->header_list = json_incref(rl->head.headers);
	rep->content_type = rl->head.content_type ? rl->head.content_type : "";
	rep->stream = relay_stream;
	rep->stream_ctx = rl;
	rep->stream_sized = rl->head.sized;
	rep->stream_length = rl->head.length;
}
