/*
 * Streamed answers (http_reply.stream): the body is a buffer the request's
 * thread appends to and libmicrohttpd's event loop drains through a
 * content reader. With nothing to send yet the reader suspends the
 * connection (the one safe place to, says libmicrohttpd) and the next
 * write resumes it. A writer faster than its client waits while
 * STREAM_BUFFERED bytes are not sent yet. Two owners: the response (until libmicrohttpd destroys
 * it, sent or the client gone) and the writing thread.
 */
#include <pthread.h>
#include <string.h>

#include "http/stream.h"

#define STREAM_BUFFERED (1u << 20)

struct http_stream {
	pthread_mutex_t lock;
	pthread_cond_t drained; /* what was buffered is sent, or the client left */
	struct MHD_Connection *c;
	struct buf data;
	size_t sent;
	bool done, waiting, gone;
	int refs;
};

static void stream_put(struct http_stream *st)
{
	pthread_mutex_lock(&st->lock);
	bool last = --st->refs == 0;
	pthread_mutex_unlock(&st->lock);
	if (last) {
		buf_free(&st->data);
		pthread_cond_destroy(&st->drained);
		pthread_mutex_destroy(&st->lock);
		free(st);
	}
}

static ssize_t stream_read(void *cls, uint64_t pos, char *out, size_t max)
{
	struct http_stream *st = cls;
	ssize_t n;

	(void)pos;
	pthread_mutex_lock(&st->lock);
	if (st->sent < st->data.len) {
		n = (ssize_t)(st->data.len - st->sent < max ? st->data.len - st->sent : max);
		memcpy(out, st->data.data + st->sent, (size_t)n);
		st->sent += (size_t)n;
		if (st->sent == st->data.len) {
			st->sent = st->data.len = 0;
			pthread_cond_broadcast(&st->drained);
		}
	} else if (st->done) {
		n = MHD_CONTENT_READER_END_OF_STREAM;
	} else {
		st->waiting = true;
		MHD_suspend_connection(st->c);
		n = 0;
	}
	pthread_mutex_unlock(&st->lock);
	return n;
}

static void stream_gone(void *cls)
{
	struct http_stream *st = cls;

	pthread_mutex_lock(&st->lock);
	st->gone = true;
	pthread_cond_broadcast(&st->drained);
	pthread_mutex_unlock(&st->lock);
	stream_put(st);
}

/* Appends, or ends (data NULL); resumes the connection when the reader
 * waits for it. */
static bool stream_push(struct http_stream *st, const void *data, size_t len)
{
	pthread_mutex_lock(&st->lock);
	while (data && !st->gone && st->data.len - st->sent >= STREAM_BUFFERED)
		pthread_cond_wait(&st->drained, &st->lock);
	bool gone = st->gone, wake = false;
	if (!gone) {
		if (data)
			buf_append(&st->data, data, len);
		else
			st->done = true;
		wake = st->waiting;
		st->waiting = false;
	}
	if (wake)
		MHD_resume_connection(st->c);
	pthread_mutex_unlock(&st->lock);
	return !gone;
}

bool http_stream_write(struct http_stream *st, const void *data, size_t len)
{
	if (st == NULL)
		return false;
	return len == 0 ? true : stream_push(st, data, len);
}

struct MHD_Response *http_stream_response(struct MHD_Connection *c, uint64_t length,
					  struct http_stream **out)
{
	struct http_stream *st = xcalloc(1, sizeof(*st));
	struct MHD_Response *resp;

	pthread_mutex_init(&st->lock, NULL);
	pthread_cond_init(&st->drained, NULL);
	st->c = c;
	st->refs = 2; /* the response's, the writer's */
	resp = MHD_create_response_from_callback(length, 16 * 1024, stream_read, st, stream_gone);
	if (resp == NULL) {
		pthread_cond_destroy(&st->drained);
		pthread_mutex_destroy(&st->lock);
		free(st);
		return NULL;
	}
	*out = st;
	return resp;
}

void http_stream_end(struct http_stream *st)
{
	stream_push(st, NULL, 0);
	stream_put(st);
}
