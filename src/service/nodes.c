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
 */
#include <stdio.h>
#include <time.h>

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

static void *nodes_main(void *arg)
{
	struct service *s = arg;
	struct nodes *x = &s->nodes;
	int every = s->cfg.node_lease_s / 4 > 0 ? s->cfg.node_lease_s / 4 : 1;
	struct timespec ts;

	pthread_mutex_lock(&x->lock);
	while (!x->stop) {
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_sec += every;
		pthread_cond_timedwait(&x->wake, &x->lock, &ts);
		if (x->stop)
			break;
		pthread_mutex_unlock(&x->lock);
		beat(s);
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
	beat(s);
	pthread_mutex_init(&x->lock, NULL);
	pthread_cond_init(&x->wake, NULL);
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
