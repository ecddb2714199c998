/* Replies and request details every handler uses; the one mapping of a
 * service error to an HTTP status. */
#include <errno.h>
#include <microhttpd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/json_why.h"
#include "common/utf8.h"
#include "http/http.h"

const char *http_query(const struct http_request *r, const char *name)
{
	return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name);
}

int64_t http_query_epoch_ms(const struct http_request *r, const char *name)
{
	const char *v = http_query(r, name);
	char *end;

	if (v == NULL || v[0] == 0)
		return -1;
	if (v[0] < '0' || v[0] > '9')
		return -2;
	errno = 0;
	long long n = strtoll(v, &end, 10);
	if (*end || errno || n > 32503680000LL) /* the year 3000 */
		return -2;
	return (int64_t)n * 1000;
}

const char *http_header(const struct http_request *r, const char *name)
{
	return MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, name);
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

const char *key_from_authorization(const char *h)
{
	if (h == NULL || strncasecmp(h, "Bearer ", 7) != 0)
		return NULL;
	h += 7;
	while (*h == ' ')
		h++;
	if (*h == 0 || strlen(h) > 256)
		return NULL;
	return h;
}

bool http_authenticate(struct service *s, struct http_request *r, struct http_reply *rep)
{
	const char *token = key_from_authorization(r->authorization);
	struct svc_error e;

	if (token == NULL) {
		service_count_reject(s, "unauthorized");
		reply_error(rep, 401, "unauthorized",
			    "an 'Authorization: Bearer KEY' header is required");
		return false;
	}
	if (service_authenticate(s, token, &r->key, &e) < 0) {
		reply_svc_error(rep, &e);
		return false;
	}
	r->authenticated = true;
	return true;
}

int http_status_of(enum svc_kind kind)
{
	switch (kind) {
	case SVC_BAD_REQUEST:
		return 400;
	case SVC_TOO_LARGE:
		return 413;
	case SVC_INVALID:
		return 422;
	case SVC_UNAUTHORIZED:
		return 401;
	case SVC_FORBIDDEN:
		return 403;
	case SVC_NOT_FOUND:
		return 404;
	case SVC_CONFLICT:
		return 409;
	case SVC_LIMITED:
		return 429;
	case SVC_UNAVAILABLE:
		return 503;
	case SVC_NO_SPACE:
		return 507;
	case SVC_NOT_IMPLEMENTED:
		return 501;
	case SVC_BAD_GATEWAY:
		return 502;
	case SVC_INTERNAL:
		break;
	}
	return 500;
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
	rep->json = json_pack("{s:{s:s, s:o}}", "error", "code", code, "message", utf8_json(msg));
}

void reply_svc_error(struct http_reply *rep, const struct svc_error *e)
{
	reply_error(rep, http_status_of(e->kind), e->code, "%s", e->message);
	rep->retry_after_s = e->retry_after_s;
}

bool require_json(struct service *s, const struct http_request *r, struct http_reply *rep)
{
	(void)s;
	if (http_is_json(r->content_type))
		return true;
	reply_error(rep, 415, "unsupported_media_type",
		    "the body must be JSON (Content-Type: application/json)");
	return false;
}

/* The body as JSON: NULL with a reply when it is not; an empty body is
 * NULL without one when empty_ok. */
json_t *v1_json_body(struct service *s, const struct http_request *r, struct http_reply *rep,
		     bool empty_ok, bool *failed)
{
	json_error_t je;

	*failed = false;
	if (r->body_len == 0 && empty_ok)
		return NULL;
	if (!require_json(s, r, rep)) {
		*failed = true;
		return NULL;
	}
	json_t *v = json_loadb(r->body, r->body_len, 0, &je);
	if (v == NULL) {
		service_count_reject(s, "bad_request");
		reply_error(rep, 400, "bad_request", "the body is not JSON: %s", json_why(&je));
		*failed = true;
	}
	return v;
}

void v1_answer(struct http_reply *rep, int ok_status, int ret, json_t *out,
	       const struct svc_error *e)
{
	if (ret < 0)
		return reply_svc_error(rep, e);
	rep->status = ok_status;
	rep->json = out;
}

const char *http_json_str(const json_t *o, const char *k)
{
	const char *v = json_string_value(json_object_get(o, k));
	return v ? v : "";
}

bool http_has_token(const char *header, const char *token)
{
	size_t n = strlen(token);
	for (const char *p = header; p && *p;) {
		p += strspn(p, " \t,");
		size_t len = strcspn(p, ",");
		size_t end = len;
		while (end > 0 && (p[end - 1] == ' ' || p[end - 1] == '\t'))
			end--;
		if (end == n && strncasecmp(p, token, n) == 0)
			return true;
		p += len;
	}
	return false;
}
