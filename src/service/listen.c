/*
 * The shared queue's wake-ups (docs/store.md): one thread per node waits
 * on the store's listening connection (queue_wait) and, when another node
 * queues an execution, wakes this node's idle worker that claims, which
 * then claims at once instead of at its next poll; and when a cancel is
 * asked for of an execution this node runs, it has the nodes thread
 * deliver it at once (nodes_cancels_now). While that connection works the
 * idle worker polls only every LISTEN_POLL_MS (pool.c) and the nodes
 * thread reads the cancels only every CANCEL_POLL_MS (nodes.c); when it is
 * gone, every POLL_MS and every tick as before, and the thread makes it
 * again.
 */
#include <time.h>

#include "service/internal.h"

#define WAIT_MS 250   /* how long one wait lasts: how soon a stop is seen */
#define RETRY_MS 1000 /* after the connection was lost */

static bool stopping(struct pool *p)
{
	pthread_mutex_lock(&p->lock);
	bool stop = p->listen_stop;
	pthread_mutex_unlock(&p->lock);
	return stop;
}

static void *listen_main(void *arg)
{
	struct service *s = arg;
	struct pool *p = &s->pool;
	bool told = false;
	err_t err;

	while (!stopping(p)) {
		err_clear(&err);
		int r = s->st->be->queue_wait(s->st, WAIT_MS, &err);
		int woke = r > 0 ? r : 0; /* STORE_WOKE_* */
		if (woke & STORE_WOKE_QUEUED)
			metrics_queue(&s->metrics, &s->metrics.queue.wakeups);
		if (woke & STORE_WOKE_CANCEL)
			nodes_cancels_now(s);
		pthread_mutex_lock(&p->lock);
		p->listening = r >= 0;
		if (woke & STORE_WOKE_QUEUED) {
			p->notified = true;
			pthread_cond_broadcast(&p->wake);
		}
		pthread_mutex_unlock(&p->lock);
		if (r >= 0) {
			if (told)
				service_log(s, json_pack("{s:s}", "event", "queue_listening"));
			told = false;
			continue;
		}
		if (!told)
			service_log(
			    s, json_pack("{s:s, s:s}", "event", "queue_polling", "error", err.msg));
		told = true;
		for (int i = 0; i < RETRY_MS / WAIT_MS && !stopping(p); i++)
			nanosleep(&(struct timespec){0, WAIT_MS * 1000000L}, NULL);
	}
	return NULL;
}

int queue_listen_start(struct service *s, err_t *err)
{
	struct pool *p = &s->pool;

	if (!p->shared || s->st->be->queue_wait == NULL)
		return 0;
	p->listen_stop = false;
	int r = pthread_create(&p->listener, NULL, listen_main, s);
	if (r != 0)
		return err_set(err, r,
			       "cannot start the thread that listens for queued executions");
	p->listener_running = true;
	return 0;
}

void queue_listen_stop(struct service *s)
{
	struct pool *p = &s->pool;

	if (!p->listener_running)
		return;
	pthread_mutex_lock(&p->lock);
	p->listen_stop = true;
	pthread_mutex_unlock(&p->lock);
	pthread_join(p->listener, NULL);
	p->listener_running = false;
	p->listening = false;
}
