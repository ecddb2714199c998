/*
 * The proxy's request parser: bytes in, a struct out, no I/O (so that a
 * fuzzer drives it; tests/fuzz/fuzz_proxy.c).
 */
#ifndef AIRLOCK_NET_HTTP_H
#define AIRLOCK_NET_HTTP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common/util.h"
#include "net/host.h"

#define PROXY_HEAD_MAX 16384

enum proxy_kind {
	PROXY_CONNECT, /* CONNECT host:port: a tunnel */
	PROXY_FORWARD, /* METHOD http://host[:port]/path: one plain HTTP request */
};

struct proxy_head {
	enum proxy_kind kind;
	size_t head_len; /* through the blank line */
	struct net_host host;
	uint16_t port;
	/* PROXY_FORWARD */
	size_t method_len;		 /* the method is buf[0..method_len) */
	size_t path_off, path_len;	 /* origin-form target: "/x?y" */
	uint64_t content_length;	 /* of the body; 0 without one */
	char raw_host[NET_HOST_MAX + 1]; /* the target's host as sent (cut), for the log */
};

/*
 * Parses the head at the start of buf. Returns the head's length when it is
 * complete and acceptable, 0 when more bytes are needed (len <
 * PROXY_HEAD_MAX), -1 with *why and *status (400 or 403) when it is refused:
 * bare LF, obs-fold, NUL, a request target that is not absolute-form http://
 * (or host:port for CONNECT), user@host, a Host header that names another
 * host or port than the target (or more than one), Transfer-Encoding, a bad
 * or repeated Content-Length. h->raw_host is set as soon as the target was
 * read, so that a refusal can be logged with it.
 */
int proxy_parse_head(const char *buf, size_t len, struct proxy_head *h, int *status,
		     const char **why);

/* The request as the destination gets it (PROXY_FORWARD): origin-form
 * target, the client's headers without the hop-by-hop ones
 * (Connection, Proxy-*, Keep-Alive, Upgrade, TE, Trailer), and
 * "Connection: close": one request per connection. */
void proxy_rewrite_head(const char *buf, const struct proxy_head *h, struct buf *out);

#endif
