/*
 * The table of open connections: how many, from which address, and where
 * each one is in its request. It bounds what a client that connects and
 * then does not send its request can hold:
 *
 *  - a request's head (request line and headers) must arrive in full within
 *    head_timeout_ms of the connection's opening, or of the end of the
 *    previous request on a kept-alive connection; otherwise the connection
 *    is closed, however slowly bytes keep coming (a reaper thread wakes at
 *    each deadline);
 *  - when a new connection would exceed max_per_ip from its address, or
 *    max in all, the oldest connection that is not busy with a request (one
 *    still waiting for its head, idle between requests, or sending its
 *    body) is closed to make room: from the same address for the per-address
 *    limit, from any for the total, heads before bodies. Only when every
 *    candidate is busy is the new connection itself closed. So idle and
 *    unfinished connections never lock out a new client (a health check,
 *    an admin): the reserve is every slot not busy with a request.
 *
 * Connections are closed with shutdown(2): the HTTP library sees the end
 * of the stream and closes and forgets them itself (conns_closed). No HTTP
 * here: file descriptors, addresses and states only.
 */
#ifndef AIRLOCK_HTTP_CONNS_H
#define AIRLOCK_HTTP_CONNS_H

#include <stdbool.h>
#include <sys/socket.h>

struct conns;
struct conn;

struct conns_limits {
	int max;	     /* connections in all */
	int max_per_ip;	     /* from one address; 0: no limit */
	int head_timeout_ms; /* for each request's head */
};

/* Why a connection was closed, for counting. */
enum conns_reason { CONNS_HEAD_TIMEOUT, CONNS_MADE_ROOM, CONNS_REFUSED };

/* count(ctx, reason) is called for every connection the table closes,
 * outside its lock, from the thread that closed it. */
struct conns *conns_new(const struct conns_limits *lim,
			void (*count)(void *ctx, enum conns_reason why), void *ctx);
/* Stops the reaper and frees the table (after the library closed every
 * connection). */
void conns_free(struct conns *t);

/* A connection was accepted: it waits for its first head. Makes room for
 * it, or closes it. Never NULL. */
struct conn *conns_opened(struct conns *t, int fd, const struct sockaddr *addr);
/* The library closed it (after any of the calls below). */
void conns_closed(struct conns *t, struct conn *c);
/* Its request's head has arrived: it may now send a body. */
void conns_head_done(struct conns *t, struct conn *c);
/* Its request is complete and being answered: never closed by the table. */
void conns_busy(struct conns *t, struct conn *c);
/* The request ended: the connection waits for the next head. */
void conns_request_done(struct conns *t, struct conn *c);

#endif
