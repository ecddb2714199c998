/*
 * The teardown of runs, after their callers have their answer.
 *
 * A run's result is complete when engine_run_deferred() returns: what the
 * program did and used was read, and its sandbox was sent SIGKILL. What is
 * left -- waiting for its processes to be gone, removing its cgroup (three
 * directories on cgroup v1), dismissing its reaper -- took a few
 * milliseconds of every answer; here one thread does it while the answer
 * goes out. Nothing is lost if the service dies meanwhile: the sandbox
 * ends with its supervisor and the run's reaper removes its cgroup
 * (engine.h).
 *
 * The backlog is bounded: when more teardowns wait than twice the workers
 * (the host cannot keep up: a cgroup slow to go), the worker does its own
 * teardown before it takes the next job, so that sandboxes being torn down
 * never pile up. A cgroup that cannot be removed is logged and counted
 * (airlock_teardown_failures_total).
 *
 * Between teardowns, the thread makes the cgroups of the next runs ahead
 * (engine_spare_cgroups): a run's start then loses their mkdir and the
 * clone of their reaper too.
 *
 * Two switches in the environment, for measurements and tests:
 * AIRLOCK_TEARDOWN=sync makes every worker tear down before the answer, as
 * engine_run does, with no cgroup made ahead (bench/warm.sh compares the
 * two in one run), and
 * AIRLOCK_TEARDOWN_DELAY_MS=N holds each teardown that long after its run,
 * so that a test can kill the service while teardowns are pending
 * (tests/server/warm.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "service/internal.h"

struct pending_teardown {
	struct pending_teardown *next;
	struct run_teardown *td;
	uint64_t due_ms; /* monotonic_ms() when it may start */
	char id[STORE_ID_MAX];
};

static void finish_one(struct service *s, struct run_teardown *td, const char *id)
{
	err_t err;

	err_clear(&err);
	if (run_teardown_finish(td, &err) < 0) {
		metrics_teardown_failed(&s->metrics);
		service_log(s, json_pack("{s:s, s:s, s:s}", "event", "teardown_failed", "id", id,
					 "error", err.msg));
	}
}

/* Between teardowns, the cgroups of the next runs are made ahead. */
static void make_spares(struct service *s)
{
	err_t err;

	err_clear(&err);
	if (engine_spare_cgroups(s->eng, &err) < 0 && !s->teardowns.told_spares) {
		s->teardowns.told_spares = true; /* the runs make their own, and say why */
		log_error(s, NULL, err.msg);
	}
}

static void *teardown_main(void *arg)
{
	struct service *s = arg;
	struct teardowns *t = &s->teardowns;

	make_spares(s);
	pthread_mutex_lock(&t->lock);
	for (;;) {
		while (t->head == NULL && !t->stop)
			pthread_cond_wait(&t->wake, &t->lock);
		struct pending_teardown *p = t->head;
		if (p == NULL)
			break; /* stopping, and nothing left */
		t->head = p->next;
		if (t->head == NULL)
			t->tail = NULL;
		pthread_mutex_unlock(&t->lock);
		for (uint64_t now; (now = monotonic_ms()) < p->due_ms;) {
			uint64_t ms = p->due_ms - now;
			struct timespec ts = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000L};
			nanosleep(&ts, NULL);
		}
		finish_one(s, p->td, p->id);
		free(p);
		make_spares(s);
		pthread_mutex_lock(&t->lock);
		t->pending--;
	}
	pthread_mutex_unlock(&t->lock);
	return NULL;
}

void teardowns_init(struct teardowns *t)
{
	memset(t, 0, sizeof(*t));
	pthread_mutex_init(&t->lock, NULL);
	pthread_cond_init(&t->wake, NULL);
}

void teardowns_destroy(struct teardowns *t)
{
	pthread_mutex_destroy(&t->lock);
	pthread_cond_destroy(&t->wake);
}

int teardowns_start(struct service *s, err_t *err)
{
	struct teardowns *t = &s->teardowns;
	const char *mode = getenv("AIRLOCK_TEARDOWN");
	const char *delay = getenv("AIRLOCK_TEARDOWN_DELAY_MS");

	t->max_pending = s->cfg.workers * 2;
	if (delay && *delay) {
		t->delay_ms = (uint64_t)strtoull(delay, NULL, 10);
		t->max_pending = 1 << 20; /* held on purpose: not a backlog */
	}
	if (mode && strcmp(mode, "sync") == 0)
		return 0;
	int r = pthread_create(&t->thread, NULL, teardown_main, s);
	if (r != 0)
		return err_set(err, r, "cannot start the teardown thread");
	t->running = true;
	return 0;
}

void teardowns_stop(struct service *s)
{
	struct teardowns *t = &s->teardowns;

	if (!t->running)
		return;
	pthread_mutex_lock(&t->lock);
	t->stop = true;
	pthread_cond_signal(&t->wake);
	pthread_mutex_unlock(&t->lock);
	pthread_join(t->thread, NULL);
	t->running = false;
}

void teardown_defer(struct service *s, struct run_teardown *td, const char *id)
{
	struct teardowns *t = &s->teardowns;

	if (td == NULL)
		return;
	pthread_mutex_lock(&t->lock);
	bool later = t->running && !t->stop && t->pending < t->max_pending;
	if (later) {
		struct pending_teardown *p = xcalloc(1, sizeof(*p));
		p->td = td;
		p->due_ms = monotonic_ms() + t->delay_ms;
		snprintf(p->id, sizeof(p->id), "%s", id);
		if (t->tail)
			t->tail->next = p;
		else
			t->head = p;
		t->tail = p;
		t->pending++;
		pthread_cond_signal(&t->wake);
	}
	pthread_mutex_unlock(&t->lock);
	if (!later)
		finish_one(s, td, id);
}
