/*
 * Connect's protocol (https://connectrpc.com/docs/protocol) as envd's
 * services use it with the JSON codec: a unary call's error is an HTTP
 * status with {"code", "message"}; the service's errors map to Connect's
 * codes here, once, for the filesystem and the process services.
 */
#include <string.h>

#include "http/e2b.h"

void e2b_connect_error(struct http_reply *rep, int status, const char *code, const char *msg)
{
	json_decref(rep->json);
	rep->status = status;
	rep->json = json_pack("{s:s, s:s}", "code", code, "message", msg);
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
		if (strcmp(e->code, "sandbox_terminated") == 0) {
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
