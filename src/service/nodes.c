/*
 * Many nodes on one store (docs/store.md): this node's heartbeat, and the
 * takeover of nodes that stopped beating (kill -9, power, a lost network).
 *
 * Every heartbeat_s seconds the node records that it is alive (the
 * database's clock), then looks for nodes whose last heartbeat is older
 * than node_lease_s: what they were running is interrupted (one audit link
 * says how many), their sandboxes are ended, and their queued executions
 * become this node's and run here. One node wins each takeover (the store
 * locks the lost node's row); an execution starts at most once, because a
 * worker starts only what is still queued and still its own node's
 * (exec_set_running), so a node that was thought lost but was not finds
 * its queue taken and leaves it.
 *
 * With the shared queue the same thread also fences the node: when no
 * heartbeat could be stored for node_lease_s / 2, the node interrupts its
 * runs and accepts and claims nothing until a heartbeat is stored again,
 * so that it never keeps running what another node may declare
 * interrupted at node_lease_s (and exec_finish drops such a late result).
 * It also delivers the cancels asked for on other nodes: at once when the
 * store's listening connection tells of one (listen.c), and every
 * CANCEL_POLL_MS in case a notification was lost; every TICK_MS while
 * there is no such connection.
 */
#include <stdio.h>
#include <time.h>

#define TICK_MS 250
#define CANCEL_POLL_MS 2000

#include "service/internal.h"

/* One round: heartbeat, then takeover. */
static void beat(struct service *s)
{
	char summary[64];
	int adopted = 0, n;
	err_t err;

	err_clear(&err);
	if (s->st->be->node_heartbeat(s->st, &err) < 0) {
		log_error(s, NULL, err.msg);
		return;
	}
	pthread_mutex_lock(&s->nodes.lock);
	s->nodes.beat_ok_ms = monotonic_ms();
	pthread_mutex_unlock(&s->nodes.lock);
	if (s->pool.shared)
		pool_fence(s, false);
	n = pool_take_over(s, s->cfg.node_lease_s, &adopted, &err);
	if (n < 0) {
		log_error(s, NULL, err.msg);
		return;
	}
	if (n > 0) {
		snprintf(summary, sizeof(summary), "count=%d lost_node=1", n);
		if (audit_append(s->st, &s->audit, "recovered_interrupted", 0, "", summary, &err) <
		    0)
			log_error(s, NULL, err.msg);
	}
	if (n > 0 || adopted > 0)
		service_log(s, json_pack("{s:s, s:i, s:i}", "event", "node_taken_over",
					 "interrupted", n, "requeued", adopted));
}

static void cancel_here(void *ctx, const char *id)
{
	pool_cancel_here(ctx, id);
}

void nodes_cancels_now(struct service *s)
{
	pthread_mutex_lock(&s->nodes.lock);
	s->nodes.cancels_now = true;
	pthread_cond_signal(&s->nodes.wake);
	pthread_mutex_unlock(&s->nodes.lock);
}

/* The shared queue, every tick: the cancels asked for elsewhere (when told,
 * or when it is time to look), and the fence. */
static void tick(struct service *s)
{
	err_t err;

	pthread_mutex_lock(&s->pool.lock);
	bool listening = s->pool.listening;
	pthread_mutex_unlock(&s->pool.lock);
	pthread_mutex_lock(&s->nodes.lock);
	uint64_t now = monotonic_ms();
	bool look =
	    s->nodes.cancels_now || !listening || now - s->nodes.cancels_ms >= CANCEL_POLL_MS;
	if (look) {
		s->nodes.cancels_now = false;
		s->nodes.cancels_ms = now;
	}
	pthread_mutex_unlock(&s->nodes.lock);
	err_clear(&err);
	if (look && s->st->be->exec_cancels(s->st, cancel_here, s, &err) < 0 &&
	    err.errnum != STORE_EBUSY)
		log_error(s, NULL, err.msg);
	pthread_mutex_lock(&s->nodes.lock);
	uint64_t since = monotonic_ms() - s->nodes.beat_ok_ms;
	pthread_mutex_unlock(&s->nodes.lock);
	if (since >= (uint64_t)s->cfg.node_lease_s * 500)
		pool_fence(s, true);
}

static void *nodes_main(void *arg)
{
	struct service *s = arg;
	struct nodes *x = &s->nodes;
	/* a quarter of the lease, in ms: with a lease of 2 or 3 s, whole
	 * seconds would beat only as often as the fence (lease / 2) looks */
	uint64_t every = (uint64_t)s->cfg.node_lease_s * 250;
	uint64_t next_beat = monotonic_ms() + every;
	struct timespec ts;

	pthread_mutex_lock(&x->lock);
	while (!x->stop) {
		clock_gettime(CLOCK_REALTIME, &ts);
		uint64_t wait_ms = s->pool.shared ? TICK_MS : every;
		ts.tv_sec += (time_t)(wait_ms / 1000);
		ts.tv_nsec += (long)(wait_ms % 1000) * 1000000L;
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		if (!x->cancels_now)
			pthread_cond_timedwait(&x->wake, &x->lock, &ts);
		if (x->stop)
			break;
		pthread_mutex_unlock(&x->lock);
		if (!s->pool.shared || monotonic_ms() >= next_beat) {
			beat(s);
			next_beat = monotonic_ms() + every;
		}
		if (s->pool.shared)
			tick(s);
		pthread_mutex_lock(&x->lock);
	}
	pthread_mutex_unlock(&x->lock);
	return NULL;
}

int nodes_start(struct service *s, err_t *err)
{
	struct nodes *x = &s->nodes;

	if (s->st->be->node_heartbeat == NULL || s->st->node[0] == 0)
		return 0; /* one machine */
	pthread_mutex_init(&x->lock, NULL);
	pthread_cond_init(&x->wake, NULL);
	x->beat_ok_ms = monotonic_ms();
	beat(s);
	int r = pthread_create(&x->thread, NULL, nodes_main, s);
	if (r != 0) {
		pthread_mutex_destroy(&x->lock);
		pthread_cond_destroy(&x->wake);
		return err_set(err, r, "cannot start the node heartbeat thread");
	}
	x->running = true;
	return 0;
}

void nodes_stop(struct service *s)
{
	struct nodes *x = &s->nodes;

	if (!x->running)
		return;
	pthread_mutex_lock(&x->lock);
	x->stop = true;
	pthread_cond_signal(&x->wake);
	pthread_mutex_unlock(&x->lock);
	pthread_join(x->thread, NULL);
	pthread_mutex_destroy(&x->lock);
	pthread_cond_destroy(&x->wake);
	x->running = false;
}
