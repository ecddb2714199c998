/*
 * The checks of a request's head, before its body is read (RFC 9112).
 *
 * A proxy in front of the server and the server itself must read the same
 * requests from the same bytes; where they could disagree (two lengths, a
 * length and chunked, a coding the server does not know, a header name
 * with a space before its colon, two Hosts) the request is refused and the
 * connection closed, since where the next request begins is no longer
 * certain. libmicrohttpd is lenient with these: the first Content-Length
 * wins, chunked silently beats Content-Length, an unknown coding (or
 * "chunked " with a space) means "read until the connection closes", and
 * "Content-Length : 5" is a header of another name. A request target with a control byte, a space
 * or an encoded NUL (which the decoded path would silently end at) and a method that is not a token
 * are refused the same way.
 *
 * Duplicate Content-Length headers are refused even when their values
 * agree: RFC 9110 §8.6 allows either, and a request that needs them is not
 * one a client or a well-behaved proxy sends.
 */
#include <microhttpd.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "common/util.h"
#include "http/http.h"

struct scan {
	int lengths, codings_headers, hosts;
	const char *length;
	char codings[256]; /* the Transfer-Encoding headers, joined by ',' */
	bool codings_long, bad_name;
};

/* RFC 9110 §5.6.2 */
static bool is_tchar(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

static bool is_token(const char *s)
{
	if (s == NULL || *s == 0)
		return false;
	for (; *s; s++)
		if (!is_tchar((unsigned char)*s))
			return false;
	return true;
}

/* libmicrohttpd 0.9.75 glues the continuation of a folded header line
 * (obs-fold) to the header's name: "Content-Length: 5\r\n 6" becomes a
 * header "Content-Length6" and the length is lost. Such names are refused
 * for the headers that frame a request (a compliant proxy never forwards
 * obs-fold; RFC 9112 §5.2 allows refusing it). */
static bool folded_framing_name(const char *key)
{
	static const char *const names[] = {"Content-Length", "Transfer-Encoding"};
	for (size_t i = 0; i < ARRAY_SIZE(names); i++) {
		size_t n = strlen(names[i]);
		if (strncasecmp(key, names[i], n) == 0 && key[n] != 0)
			return true;
	}
	return false;
}

static enum MHD_Result scan_header(void *cls, enum MHD_ValueKind kind, const char *key,
				   const char *value)
{
	struct scan *sc = cls;
	(void)kind;
	if (!is_token(key) || folded_framing_name(key)) {
		sc->bad_name = true;
		return MHD_YES;
	}
	if (strcasecmp(key, "Content-Length") == 0) {
		sc->lengths++;
		sc->length = value;
	} else if (strcasecmp(key, "Transfer-Encoding") == 0) {
		size_t used = strlen(sc->codings);
		int n = snprintf(sc->codings + used, sizeof(sc->codings) - used, "%s%s",
				 sc->codings_headers ? "," : "", value ? value : "");
		sc->codings_long |= n < 0 || (size_t)n >= sizeof(sc->codings) - used;
		sc->codings_headers++;
	} else if (strcasecmp(key, "Host") == 0) {
		sc->hosts++;
	}
	return MHD_YES;
}

/* A Transfer-Encoding other than exactly "chunked": 501 when it ends in
 * chunked, once, after codings the server does not implement; else 400
 * (the body's length is unknown, or the value is not one libmicrohttpd
 * reads as chunked, such as "chunked " with a trailing space). */
static int codings_status(const char *list)
{
	char copy[256], *save = NULL;
	int n = 0, chunked = 0;
	bool last_chunked = false;

	snprintf(copy, sizeof(copy), "%s", list);
	for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		while (*t == ' ' || *t == '\t')
			t++;
		size_t len = strcspn(t, " \t;");
		if (len == 0)
			continue; /* empty list elements are allowed and ignored */
		last_chunked = len == 7 && strncasecmp(t, "chunked", 7) == 0;
		chunked += last_chunked;
		n++;
	}
	return last_chunked && chunked == 1 && n > 1 ? 501 : 400;
}

static bool bad_target(const char *t)
{
	for (const unsigned char *p = (const unsigned char *)t; *p; p++)
		if (*p <= ' ' || *p == 0x7f)
			return true;
	return strstr(t, "%00") != NULL;
}

static bool refuse(struct http_reply *rep, int status, const char *code, const char *msg)
{
	reply_error(rep, status, code, "%s", msg);
	rep->headers[0].name = "Connection";
	rep->headers[0].value = "close";
	return true;
}

bool http_head_refused(void *conn, const char *method, const char *version, const char *target,
		       size_t max_body, struct http_reply *rep)
{
	struct MHD_Connection *c = conn;
	struct scan sc;
	bool http10 = version && strcmp(version, MHD_HTTP_VERSION_1_0) == 0;

	if (!is_token(method))
		return refuse(rep, 400, "bad_request", "the request's method is not a token");
	if (target && bad_target(target))
		return refuse(rep, 400, "bad_request",
			      "the request target holds a control character, a space or %00");
	memset(&sc, 0, sizeof(sc));
	MHD_get_connection_values(c, MHD_HEADER_KIND, scan_header, &sc);
	if (sc.bad_name)
		return refuse(rep, 400, "bad_request",
			      "a header's name is malformed (a space before its colon, or a folded "
			      "line?)");
	if (sc.hosts > 1 || (sc.hosts == 0 && !http10))
		return refuse(rep, 400, "bad_request", "a request needs exactly one Host header");
	if (sc.codings_headers > 0) {
		if (sc.lengths > 0)
			return refuse(rep, 400, "bad_request",
				      "Content-Length and Transfer-Encoding together");
		if (http10)
			return refuse(rep, 400, "bad_request",
				      "Transfer-Encoding in an HTTP/1.0 request");
		/* what libmicrohttpd reads as chunked: one header, that word */
		if (sc.codings_headers > 1 || strcasecmp(sc.codings, "chunked") != 0) {
			if (!sc.codings_long && codings_status(sc.codings) == 501)
				return refuse(rep, 501, "not_implemented",
					      "the only transfer coding accepted is chunked");
			return refuse(rep, 400, "bad_request",
				      "Transfer-Encoding must be chunked alone");
		}
	}
	if (sc.lengths > 1)
		return refuse(rep, 400, "bad_request", "more than one Content-Length header");
	if (sc.lengths == 1) {
		unsigned long long n = 0;
		if (sscanf(sc.length, "%llu", &n) == 1 && n > max_body) {
			reply_error(rep, 413, "body_too_large", "the body is larger than %zu bytes",
				    max_body);
			rep->headers[0].name = "Connection";
			rep->headers[0].value = "close";
			return true;
		}
	}
	return false;
}
