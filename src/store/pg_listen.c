/*
 * The PostgreSQL store: the shared queue's wake-ups. exec_insert announces
 * each execution it queues that other nodes may claim (NOTIFY on
 * PG_QUEUE_CHANNEL, the node as payload, sent when it commits);
 * queue_wait LISTENs on a connection of its own and tells when another
 * node announced one, so that an idle worker claims it at once instead of
 * at its next poll; and when a cancel was asked for (exec_cancel_request,
 * NOTIFY on PG_CANCEL_CHANNEL) of an execution this node runs. When that
 * connection is gone the caller falls back to polling; the next call makes
 * it again.
 */
#include <errno.h>
#include <poll.h>
#include <string.h>

#include "store/pg_int.h"

static int lost(struct pg_store *s, const char *what, err_t *err)
{
	err_set(err, STORE_EBUSY, "%s: %s", what,
		s->listen ? PQerrorMessage(s->listen) : "out of memory");
	/* the message may span lines */
	char *nl = strchr(err->msg, '\n');
	if (nl)
		*nl = 0;
	PQfinish(s->listen);
	s->listen = NULL;
	return -1;
}

/* A message the server sends on its own (the connection ended) is told by
 * queue_wait's -1, not on stderr. */
static void quiet(void *ctx, const char *msg)
{
	(void)ctx;
	(void)msg;
}

static int listen_again(struct pg_store *s, err_t *err)
{
	static const char what[] = "cannot listen for queued executions";

	s->listen = pg_connect(s->url);
	if (s->listen == NULL || PQstatus(s->listen) != CONNECTION_OK)
		return lost(s, what, err);
	PQsetNoticeProcessor(s->listen, quiet, NULL);
	PGresult *res = PQexec(s->listen, "LISTEN " PG_QUEUE_CHANNEL "; LISTEN " PG_CANCEL_CHANNEL);
	bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
	PQclear(res);
	return ok ? 0 : lost(s, what, err);
}

/* What was announced since the last call: STORE_WOKE_QUEUED when another
 * node queued an execution, STORE_WOKE_CANCEL when a cancel was asked for
 * of one this node runs. */
static int announced(struct pg_store *s)
{
	PGnotify *n;
	int what = 0;

	while ((n = PQnotifies(s->listen)) != NULL) {
		bool mine = strcmp(n->extra, s->base.node) == 0;
		if (strcmp(n->relname, PG_CANCEL_CHANNEL) == 0) {
			if (mine)
				what |= STORE_WOKE_CANCEL;
		} else if (!mine) {
			what |= STORE_WOKE_QUEUED;
		}
		PQfreemem(n);
	}
	return what;
}

int pg_queue_wait(struct store *st, int timeout_ms, err_t *err)
{
	struct pg_store *s = P(st);
	struct pollfd pfd;

	if ((s->listen == NULL || PQstatus(s->listen) != CONNECTION_OK) &&
	    (PQfinish(s->listen), s->listen = NULL, listen_again(s, err) < 0))
		return -1;
	int what = announced(s);
	if (what)
		return what;
	pfd.fd = PQsocket(s->listen);
	pfd.events = POLLIN;
	pfd.revents = 0;
	int r = poll(&pfd, 1, timeout_ms);
	if (r < 0 && errno != EINTR)
		return lost(s, "cannot wait for queued executions", err);
	if (r > 0 && !PQconsumeInput(s->listen))
		return lost(s, "lost the connection that listens for queued executions", err);
	return announced(s);
}
