/*
 * The ports of a live sandbox: a connection to a server one of its
 * commands started on the sandbox's loopback (box_connect), for the front
 * ends that relay HTTP to it (/v1's /sandboxes/ID/ports/PORT/..., E2B's
 * getHost). What travels on it is the caller's and the sandbox's: the
 * policy judges commands, not the bytes a server answers.
 */
#include <errno.h>

#include "engine/box.h"
#include "service/internal.h"

int service_sandbox_connect(struct service *s, const struct key_row *key, const char *id,
			    unsigned port, int *fd, struct svc_error *e)
{
	struct sandbox *sb;
	err_t err;

	*fd = -1;
	if (port == 0 || port > 65535)
		return svc_error_set(e, SVC_INVALID, "invalid_value",
				     "port %u: a port is 1 to 65535", port);
	if (sandbox_acquire(s, key, id, &sb, e) < 0)
		return -1;
	err_clear(&err);
	int rc = box_connect(sb->box, port, SANDBOX_PORT_CONNECT_MS, fd, &err);
	sandbox_release(s, sb);
	if (rc == 0)
		return 0;
	switch (err.errnum) {
	case ENETUNREACH:
		return svc_error_set(e, SVC_CONFLICT, "no_loopback",
				     "sandbox %s was made with net none: it has no loopback and "
				     "no ports (make it with net loopback)",
				     id);
	case ECONNREFUSED:
		return svc_error_set(e, SVC_BAD_GATEWAY, "port_closed",
				     "nothing listens on port %u in sandbox %s", port, id);
	case ETIMEDOUT:
		return svc_error_set(e, SVC_BAD_GATEWAY, "port_timeout", "%s", err.msg);
	case ESRCH:
		return svc_error_set(e, SVC_CONFLICT, "sandbox_terminated", "sandbox %s has ended",
				     id);
	case EAGAIN:
		return svc_error_set(e, SVC_CONFLICT, "sandbox_paused",
				     "sandbox %s is paused; resume it first", id);
	default:
		return svc_error_set(e, SVC_BAD_GATEWAY, "port_error", "port %u in sandbox %s: %s",
				     port, id, err.msg);
	}
}
