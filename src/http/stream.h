/*
 * Streamed answers (http.h's http_reply.stream), for daemon.c: the
 * response whose body the request's thread writes with http_stream_write.
 */
#ifndef AIRLOCK_HTTP_STREAM_H
#define AIRLOCK_HTTP_STREAM_H

#include <microhttpd.h>

#include "http/http.h"

/* A response of length bytes (MHD_SIZE_UNKNOWN: chunked) fed by *out
 * (NULL when out of memory). */
struct MHD_Response *http_stream_response(struct MHD_Connection *c, uint64_t length,
					  struct http_stream **out);
/* The writer is done: the answer ends once what was written is sent. */
void http_stream_end(struct http_stream *st);

#endif
