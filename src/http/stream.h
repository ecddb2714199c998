/*
 * A body sent while it is made: a server-sent event stream.
 *
 * A handler that streams puts a stream in its reply (http_reply.stream)
 * and the work that writes it in http_reply.after, which runs on the
 * request's own thread once the answer's head is on its way. libmicrohttpd
 * pulls the body with http_stream_read: what was written so far, or, when
 * nothing is there yet, it suspends the connection (no busy loop) until
 * the next write or the end resumes it.
 *
 * Two owners, each with a reference: the writer (http_stream_end gives
 * its reference back) and libmicrohttpd (http_stream_release, when the
 * response is done, or the client went away: writes are then dropped,
 * http_stream_gone says so).
 */
#ifndef AIRLOCK_HTTP_STREAM_H
#define AIRLOCK_HTTP_STREAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct http_stream;

/* The writer's reference. */
struct http_stream *http_stream_new(void);
/* One event: "event: NAME\ndata: DATA\n\n" (data: one line, JSON). */
void http_stream_event(struct http_stream *st, const char *name, const char *data);
/* No more writes; gives the writer's reference back. */
void http_stream_end(struct http_stream *st);
/* Whether the client is gone. */
bool http_stream_gone(struct http_stream *st);

/* daemon.c: libmicrohttpd's side. attach takes its reference. */
void http_stream_attach(struct http_stream *st, void *connection);
ssize_t http_stream_read(void *cls, uint64_t pos, char *buf, size_t max);
void http_stream_release(void *cls);

#endif
