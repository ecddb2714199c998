/*
 * /e2b's routing: a request with E2b-Sandbox-Id is traffic to a sandbox,
 * to envd (E2b-Sandbox-Port 49983, or none), to the code interpreter
 * (49999) or to a server of its own (any other port: e2b_ports.c); any
 * other is the control plane (e2b.h).
 */
#include <string.h>

#include "http/e2b.h"

#define BASE "/e2b"

bool e2b_owns(const char *path)
{
	size_t n = strlen(BASE);
	return strncmp(path, BASE, n) == 0 && (path[n] == 0 || path[n] == '/');
}

void e2b_dispatch(struct service *s, struct http_request *r, struct http_reply *rep)
{
	const char *p = r->path + strlen(BASE);
	const char *sid = http_header(r, "E2b-Sandbox-Id");
	const char *port = http_header(r, "E2b-Sandbox-Port");

	/* a signed file URL names no sandbox: its signature does */
	if ((sid == NULL || sid[0] == 0) && strcmp(p, "/files") == 0 &&
	    http_query(r, "signature") != NULL)
		return e2b_signed_files(s, r, rep);
	if (sid == NULL || sid[0] == 0)
		return e2b_control_plane(s, r, rep, p);
	/* routed by the number, and one spelling of it: a "049999" must be
	 * neither the interpreter nor a server of the sandbox's own */
	unsigned n = port ? http_port_number(port, strlen(port)) : 49983;
	if (n == 0)
		return e2b_error(rep, 400,
				 "E2b-Sandbox-Port must be a port number, 1 to 65535 without a "
				 "leading zero");
	if (n == 49999)
		return e2b_interp_dispatch(s, r, rep, p);
	if (n == 49983)
		return e2b_envd_dispatch(s, r, rep, p);
	e2b_port_dispatch(s, r, rep, sid, n);
}
