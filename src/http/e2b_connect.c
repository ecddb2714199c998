/*
 * Connect's protocol (https://connectrpc.com/docs/protocol) as envd's
 * services use it with the JSON codec: a unary call's error is an HTTP
 * status with {"code", "message"}; the service's errors map to Connect's
 * codes here, once, for the filesystem and the process services.
 */
#include <stdlib.h>
#include <string.h>

#include "common/utf8.h"
#include "common/util.h"
#include "http/e2b.h"
#include "http/stream.h"

void e2b_connect_error(struct http_reply *rep, int status, const char *code, const char *msg)
{
	json_decref(rep->json);
	rep->status = status;
	rep->json = json_pack("{s:s, s:o}", "code", code, "message", utf8_json(msg));
}

const char *e2b_connect_code(const struct svc_error *e, int *status)
{
	switch (e->kind) {
	case SVC_NOT_FOUND:
		*status = 404;
		return "not_found";
	case SVC_FORBIDDEN:
		*status = 403;
		return "permission_denied";
	case SVC_CONFLICT:
		if (strcmp(e->code, "sandbox_terminated") == 0 ||
		    strcmp(e->code, "sandbox_paused") == 0) { /* as E2B: not running */
			*status = 503;
			return "unavailable";
		}
		if (strcmp(e->code, "exists") == 0) {
			*status = 409;
			return "already_exists";
		}
		*status = 400;
		return "failed_precondition";
	case SVC_BAD_REQUEST:
	case SVC_INVALID:
		*status = 400;
		return "invalid_argument";
	case SVC_NO_SPACE:
	case SVC_TOO_LARGE:
	case SVC_LIMITED:
		*status = 429;
		return "resource_exhausted";
	case SVC_UNAUTHORIZED:
		*status = 401;
		return "unauthenticated";
	case SVC_NOT_IMPLEMENTED:
		*status = 501;
		return "unimplemented";
	case SVC_BAD_GATEWAY:
		*status = 502;
		return "unavailable";
	default:
		*status = 500;
		return "internal";
	}
}

void e2b_connect_svc_error(struct http_reply *rep, const struct svc_error *e)
{
	int status;
	const char *code = e2b_connect_code(e, &status);
	e2b_connect_error(rep, status, code, e->message);
}

/* ---- streams ---- */

/* A Connect frame: [flags][length u32 BE][JSON]; false: the client left. */
bool e2b_connect_frame(struct http_stream *st, unsigned flags, json_t *msg)
{
	char *t = json_dumps(msg, JSON_COMPACT);
	json_decref(msg);
	size_t n = t ? strlen(t) : 0;
	char *f = xmalloc(n + 5);
	f[0] = (char)flags;
	f[1] = (char)(n >> 24);
	f[2] = (char)(n >> 16);
	f[3] = (char)(n >> 8);
	f[4] = (char)n;
	memcpy(f + 5, t ? t : "", n);
	bool ok = http_stream_write(st, f, n + 5);
	free(f);
	free(t);
	return ok;
}

/* The end of a stream: {"error"?}. */
void e2b_connect_end(struct http_stream *st, const char *code, const char *msg)
{
	e2b_connect_frame(st, 2,
			  code ? json_pack("{s:{s:s, s:o}}", "error", "code", code, "message",
					   utf8_json(msg))
			       : json_object());
}

/* The one enveloped message of a server stream's request. */
json_t *e2b_connect_enveloped(const struct http_request *r)
{
	const unsigned char *b = (const unsigned char *)r->body;

	if (r->body_len < 5 || (b[0] & 1) ||
	    (((size_t)b[1] << 24) | ((size_t)b[2] << 16) | ((size_t)b[3] << 8) | b[4]) !=
		r->body_len - 5)
		return NULL;
	return json_loadb(r->body + 5, r->body_len - 5, 0, NULL);
}

#define KEEPALIVE_DEFAULT_S 50 /* the SDKs' Keepalive-Ping-Interval */

void e2b_keepalive_init(struct e2b_keepalive *k, const struct http_request *r, bool in_event)
{
	const char *ka = http_header(r, "Keepalive-Ping-Interval");

	memset(k, 0, sizeof(*k));
	k->interval_s = ka && atoi(ka) > 0 ? atoi(ka) : KEEPALIVE_DEFAULT_S;
	k->in_event = in_event;
}

bool e2b_keepalive(struct e2b_keepalive *k)
{
	if (k->deadline_ms && monotonic_ms() >= k->deadline_ms)
		return false;
	if (!k->gone && ++k->ticks >= k->interval_s) {
		json_t *ka = json_pack("{s:{}}", "keepalive");
		k->ticks = 0;
		if (!e2b_connect_frame(k->st, 0,
				       k->in_event ? json_pack("{s:o}", "event", ka) : ka))
			k->gone = true;
	}
	return !k->gone;
}
