/*
 * The head of a request to the proxy, parsed strictly.
 *
 * The proxy and the destination must read a request the same way, or a
 * request the proxy checked is not the one the destination serves (request
 * smuggling): so only what RFC 9112 allows and nothing it merely tolerates.
 * Lines end in CRLF, never a bare LF or CR; no obs-fold; no NUL; one Host
 * header, which must name the target's host and port; no
 * Transfer-Encoding (the proxy forwards exactly Content-Length bytes of
 * body and nothing after them). A plain request reaches its destination
 * rewritten to origin form with "Connection: close", one per connection.
 */
#include "net/http.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static int refuse(int *status, int code, const char **why, const char *msg)
{
	*status = code;
	*why = msg;
	return -1;
}

static bool is_tchar(unsigned char c)
{
	return isalnum(c) || (c && strchr("!#$%&'*+-.^_`|~", c));
}

/* Bytes of the head: CRLF pairs only, no NUL, no other control bytes but
 * HTAB. */
static bool head_bytes_ok(const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)b[i];
		if (c == '\r') {
			if (i + 1 >= n || b[i + 1] != '\n')
				return false;
			i++;
			continue;
		}
		if (c == '\n' || c == 0 || (c < 0x20 && c != '\t') || c == 0x7f)
			return false;
	}
	return true;
}

static void keep_raw_host(struct proxy_head *h, const char *s, size_t n)
{
	if (n > NET_HOST_MAX)
		n = NET_HOST_MAX;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		h->raw_host[i] = (c < 0x20 || c >= 0x7f) ? '?' : (char)c;
	}
	h->raw_host[n] = '\0';
}

static int parse_target_host(struct proxy_head *h, const char *auth, size_t n, uint16_t dflt,
			     int *status, const char **why)
{
	const char *host;
	size_t hlen;

	keep_raw_host(h, auth, n);
	if (memchr(auth, '@', n))
		return refuse(status, 403, why, "user@host is refused");
	if (net_split_authority(auth, n, &host, &hlen, &h->port, why) < 0)
		return refuse(status, 400, why, *why);
	keep_raw_host(h, host, hlen);
	if (h->port == 0) {
		if (dflt == 0)
			return refuse(status, 400, why, "CONNECT needs host:port");
		h->port = dflt;
	}
	if (net_host_parse(host, hlen, &h->host, why) < 0)
		return refuse(status, 403, why, *why);
	return 0;
}

static int parse_request_line(const char *b, size_t n, struct proxy_head *h, int *status,
			      const char **why)
{
	const char *sp1 = memchr(b, ' ', n), *sp2, *t, *end = b + n;
	size_t tlen;

	if (sp1 == NULL || sp1 == b || sp1 - b > 15)
		return refuse(status, 400, why, "bad request line");
	for (const char *p = b; p < sp1; p++)
		if (!is_tchar((unsigned char)*p))
			return refuse(status, 400, why, "bad method");
	t = sp1 + 1;
	sp2 = memchr(t, ' ', (size_t)(end - t));
	if (sp2 == NULL || sp2 == t)
		return refuse(status, 400, why, "bad request line");
	if (end - (sp2 + 1) != 8 ||
	    (memcmp(sp2 + 1, "HTTP/1.1", 8) != 0 && memcmp(sp2 + 1, "HTTP/1.0", 8) != 0))
		return refuse(status, 400, why, "only HTTP/1.0 and HTTP/1.1");
	tlen = (size_t)(sp2 - t);
	h->method_len = (size_t)(sp1 - b);
	if (h->method_len == 7 && memcmp(b, "CONNECT", 7) == 0) {
		h->kind = PROXY_CONNECT;
		return parse_target_host(h, t, tlen, 0, status, why);
	}
	h->kind = PROXY_FORWARD;
	if (tlen >= 8 && strncasecmp(t, "https://", 8) == 0)
		return refuse(status, 400, why, "https:// goes through CONNECT");
	if (tlen < 7 || strncasecmp(t, "http://", 7) != 0)
		return refuse(status, 400, why, "the target must be an absolute http:// URL");
	const char *auth = t + 7, *stop = auth;
	while (stop < sp2 && *stop != '/' && *stop != '?' && *stop != '#')
		stop++;
	if (memchr(t, '#', tlen))
		return refuse(status, 400, why, "a fragment in the request target");
	if (parse_target_host(h, auth, (size_t)(stop - auth), 80, status, why) < 0)
		return -1;
	h->path_off = (size_t)(stop - b);
	h->path_len = (size_t)(sp2 - stop);
	return 0;
}

/* Host: the same host and port as the target's. */
static int check_host_header(struct proxy_head *h, const char *v, size_t n, int *status,
			     const char **why)
{
	const char *host;
	size_t hlen;
	uint16_t port;
	struct net_host hh;

	if (memchr(v, '@', n))
		return refuse(status, 403, why, "user@host is refused");
	if (net_split_authority(v, n, &host, &hlen, &port, why) < 0 ||
	    net_host_parse(host, hlen, &hh, why) < 0)
		return refuse(status, 403, why, "the Host header is not a valid host");
	if (port == 0)
		port = 80;
	if (hh.is_ip != h->host.is_ip || strcmp(hh.name, h->host.name) != 0 || port != h->port)
		return refuse(status, 403, why,
			      "the Host header names another host than the target");
	return 0;
}

static int parse_length(const char *v, size_t n, uint64_t *out)
{
	uint64_t x = 0;

	if (n == 0 || n > 15)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (!isdigit((unsigned char)v[i]))
			return -1;
		x = x * 10 + (uint64_t)(v[i] - '0');
	}
	*out = x;
	return 0;
}

static int parse_headers(const char *b, size_t n, struct proxy_head *h, int *status,
			 const char **why)
{
	int hosts = 0, lengths = 0;

	for (const char *p = b, *end = b + n; p < end;) {
		const char *eol = memchr(p, '\r', (size_t)(end - p));
		const char *colon;
		if (eol == NULL)
			eol = end;
		if (*p == ' ' || *p == '\t')
			return refuse(status, 400, why, "obsolete line folding");
		colon = memchr(p, ':', (size_t)(eol - p));
		if (colon == NULL || colon == p)
			return refuse(status, 400, why, "bad header line");
		for (const char *q = p; q < colon; q++)
			if (!is_tchar((unsigned char)*q))
				return refuse(status, 400, why, "bad header name");
		const char *v = colon + 1, *ve = eol;
		while (v < ve && (*v == ' ' || *v == '\t'))
			v++;
		while (ve > v && (ve[-1] == ' ' || ve[-1] == '\t'))
			ve--;
		size_t nl = (size_t)(colon - p), vl = (size_t)(ve - v);
		if (nl == 4 && strncasecmp(p, "host", 4) == 0) {
			if (++hosts > 1)
				return refuse(status, 400, why, "more than one Host header");
			if (h->kind == PROXY_FORWARD &&
			    check_host_header(h, v, vl, status, why) < 0)
				return -1;
		} else if (nl == 14 && strncasecmp(p, "content-length", 14) == 0) {
			if (++lengths > 1 || parse_length(v, vl, &h->content_length) < 0)
				return refuse(status, 400, why, "bad Content-Length");
		} else if (nl == 17 && strncasecmp(p, "transfer-encoding", 17) == 0) {
			return refuse(status, 403, why,
				      "a request body with Transfer-Encoding is not relayed");
		}
		p = eol + 2;
	}
	return 0;
}

int proxy_parse_head(const char *buf, size_t len, struct proxy_head *h, int *status,
		     const char **why)
{
	const char *end, *eol;

	memset(h, 0, sizeof(*h));
	*status = 400;
	end = memmem(buf, len, "\r\n\r\n", 4);
	if (end == NULL) {
		if (len >= PROXY_HEAD_MAX)
			return refuse(status, 400, why, "request head too large");
		return 0;
	}
	h->head_len = (size_t)(end - buf) + 4;
	if (h->head_len > PROXY_HEAD_MAX)
		return refuse(status, 400, why, "request head too large");
	if (!head_bytes_ok(buf, h->head_len))
		return refuse(status, 400, why,
			      "bad bytes in the request head (bare CR or LF, NUL)");
	eol = memmem(buf, h->head_len, "\r\n", 2);
	if (parse_request_line(buf, (size_t)(eol - buf), h, status, why) < 0)
		return -1;
	if (eol + 2 < end && parse_headers(eol + 2, (size_t)(end - (eol + 2)), h, status, why) < 0)
		return -1;
	return (int)h->head_len;
}

/* Hop-by-hop headers: the proxy's business, not the destination's. */
static bool hop_by_hop(const char *name, size_t n)
{
	static const char *const names[] = {"connection",
					    "proxy-connection",
					    "proxy-authorization",
					    "proxy-authenticate",
					    "keep-alive",
					    "upgrade",
					    "te",
					    "trailer"};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strlen(names[i]) == n && strncasecmp(name, names[i], n) == 0)
			return true;
	return false;
}

void proxy_rewrite_head(const char *buf, const struct proxy_head *h, struct buf *out)
{
	const char *end = buf + h->head_len - 2, *p;
	bool host_seen = false;

	buf_append(out, buf, h->method_len);
	buf_append(out, " ", 1);
	if (h->path_len == 0 || buf[h->path_off] != '/')
		buf_append(out, "/", 1);
	buf_append(out, buf + h->path_off, h->path_len);
	buf_append(out, " HTTP/1.1\r\n", 11);
	p = (const char *)memmem(buf, h->head_len, "\r\n", 2) + 2;
	while (p < end) {
		const char *eol = memmem(p, (size_t)(end - p) + 2, "\r\n", 2);
		const char *colon = memchr(p, ':', (size_t)(eol - p));
		size_t nl = (size_t)(colon - p);
		if (nl == 4 && strncasecmp(p, "host", 4) == 0)
			host_seen = true;
		if (!hop_by_hop(p, nl))
			buf_append(out, p, (size_t)(eol - p) + 2);
		p = eol + 2;
	}
	if (!host_seen) {
		char port[8];
		buf_append(out, "Host: ", 6);
		if (h->host.is_ip && strchr(h->host.name, ':'))
			buf_append(out, "[", 1);
		buf_append(out, h->host.name, strlen(h->host.name));
		if (h->host.is_ip && strchr(h->host.name, ':'))
			buf_append(out, "]", 1);
		if (h->port != 80) {
			int n = snprintf(port, sizeof(port), ":%u", (unsigned)h->port);
			buf_append(out, port, (size_t)n);
		}
		buf_append(out, "\r\n", 2);
	}
	buf_append(out, "Connection: close\r\n\r\n", 21);
}
