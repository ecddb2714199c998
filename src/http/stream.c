/* A body sent while it is made (stream.h). */
#include <microhttpd.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "http/stream.h"

struct http_stream {
	pthread_mutex_t lock; /* everything below */
	struct buf data;      /* written, not yet read from off */
	size_t off;
	bool done;	/* the writer ended it */
	bool gone;	/* libmicrohttpd let go of it: the client is gone, or it was sent */
	bool suspended; /* the reader suspended the connection: the next write resumes it */
	struct MHD_Connection *c;
	int refs;
};

struct http_stream *http_stream_new(void)
{
	struct http_stream *st = xcalloc(1, sizeof(*st));
	pthread_mutex_init(&st->lock, NULL);
	st->refs = 1;
	return st;
}

static void unref(struct http_stream *st)
{
	pthread_mutex_lock(&st->lock);
	bool last = --st->refs == 0;
	pthread_mutex_unlock(&st->lock);
	if (!last)
		return;
	buf_free(&st->data);
	pthread_mutex_destroy(&st->lock);
	free(st);
}

/* With the lock held: a reader waiting for this gets its connection back. */
static void wake_locked(struct http_stream *st)
{
	if (st->suspended && !st->gone) {
		st->suspended = false;
		MHD_resume_connection(st->c);
	}
}

void http_stream_event(struct http_stream *st, const char *name, const char *data)
{
	pthread_mutex_lock(&st->lock);
	if (!st->gone && !st->done) {
		buf_append(&st->data, "event: ", 7);
		buf_append(&st->data, name, strlen(name));
		buf_append(&st->data, "\ndata: ", 7);
		buf_append(&st->data, data, strlen(data));
		buf_append(&st->data, "\n\n", 2);
		wake_locked(st);
	}
	pthread_mutex_unlock(&st->lock);
}

void http_stream_end(struct http_stream *st)
{
	pthread_mutex_lock(&st->lock);
	st->done = true;
	wake_locked(st);
	pthread_mutex_unlock(&st->lock);
	unref(st);
}

bool http_stream_gone(struct http_stream *st)
{
	pthread_mutex_lock(&st->lock);
	bool gone = st->gone;
	pthread_mutex_unlock(&st->lock);
	return gone;
}

void http_stream_attach(struct http_stream *st, void *connection)
{
	pthread_mutex_lock(&st->lock);
	st->c = connection;
	st->refs++;
	pthread_mutex_unlock(&st->lock);
}

/* On libmicrohttpd's thread. Suspending from here is one of the two places
 * libmicrohttpd allows it. */
ssize_t http_stream_read(void *cls, uint64_t pos, char *buf, size_t max)
{
	struct http_stream *st = cls;
	ssize_t n;

	(void)pos;
	pthread_mutex_lock(&st->lock);
	size_t avail = st->data.len - st->off;
	if (avail > 0) {
		n = (ssize_t)(avail < max ? avail : max);
		memcpy(buf, st->data.data + st->off, (size_t)n);
		st->off += (size_t)n;
		if (st->off == st->data.len)
			st->off = st->data.len = 0;
	} else if (st->done) {
		n = MHD_CONTENT_READER_END_OF_STREAM;
	} else {
		st->suspended = true;
		MHD_suspend_connection(st->c);
		n = 0;
	}
	pthread_mutex_unlock(&st->lock);
	return n;
}

void http_stream_release(void *cls)
{
	struct http_stream *st = cls;

	pthread_mutex_lock(&st->lock);
	st->gone = true;
	pthread_mutex_unlock(&st->lock);
	unref(st);
}
