/* `airlock sandbox forward` (forward.c): a local address whose HTTP goes
 * to a port of a live sandbox through airlock serve. */
#ifndef AIRLOCK_CLI_FORWARD_H
#define AIRLOCK_CLI_FORWARD_H

#include "common/err.h"

struct forward_spec {
	const char *server; /* airlock serve's base URL (http:// only) */
	const char *key;
	const char *id;
	unsigned port; /* the sandbox's */
};

/* A listening socket on ADDR:PORT (PORT 0: any free one). */
int forward_listen(const char *addr, int *fd, err_t *err);
/* Serves connections accepted on listener until an error (never returns
 * 0): each one's request goes to the sandbox's port, its answer back. */
int forward_serve(const struct forward_spec *spec, int listener, err_t *err);

#endif
