/*
 * The threads that answer requests (offload.h): a queue, threads waiting
 * on it, and a new thread whenever a job comes and none is idle. An idle
 * thread exits after IDLE_MS, so a burst leaves no crowd behind.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include "common/util.h"
#include "http/offload.h"

#define IDLE_MS 10000

struct offload {
	pthread_mutex_t lock;
	pthread_cond_t work; /* a job is queued, or stopping */
	pthread_cond_t gone; /* a thread exited */
	struct offload_job *first, *last;
	int threads, idle, queued; /* idle threads take queued jobs first */
	bool stopping;
};

static void *thread_main(void *arg)
{
	struct offload *o = arg;

	pthread_mutex_lock(&o->lock);
	for (;;) {
		struct offload_job *job = o->first;
		if (job) {
			o->first = job->next;
			if (o->first == NULL)
				o->last = NULL;
			o->queued--;
			pthread_mutex_unlock(&o->lock);
			job->run(job);
			pthread_mutex_lock(&o->lock);
			continue;
		}
		if (o->stopping)
			break;
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		ts.tv_sec += IDLE_MS / 1000;
		o->idle++;
		int rc = pthread_cond_timedwait(&o->work, &o->lock, &ts);
		o->idle--;
		if (rc != 0 && o->first == NULL)
			break; /* idle long enough */
	}
	o->threads--;
	pthread_cond_broadcast(&o->gone);
	pthread_mutex_unlock(&o->lock);
	return NULL;
}

struct offload *offload_new(void)
{
	struct offload *o = xcalloc(1, sizeof(*o));
	pthread_condattr_t ca;

	pthread_mutex_init(&o->lock, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&o->work, &ca);
	pthread_condattr_destroy(&ca);
	pthread_cond_init(&o->gone, NULL);
	return o;
}

bool offload_submit(struct offload *o, struct offload_job *job)
{
	pthread_attr_t attr;
	pthread_t th;
	bool ok = true;

	job->next = NULL;
	pthread_mutex_lock(&o->lock);
	if (o->stopping) {
		pthread_mutex_unlock(&o->lock);
		return false;
	}
	if (o->idle <= o->queued) { /* no idle thread left for this one */
		pthread_attr_init(&attr);
		pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
		if (pthread_create(&th, &attr, thread_main, o) == 0)
			o->threads++;
		else
			ok = o->threads > 0; /* one of them takes it when it is done */
		pthread_attr_destroy(&attr);
	}
	if (ok) {
		if (o->last)
			o->last->next = job;
		else
			o->first = job;
		o->last = job;
		o->queued++;
		pthread_cond_signal(&o->work);
	}
	pthread_mutex_unlock(&o->lock);
	return ok;
}

void offload_stop(struct offload *o)
{
	if (o == NULL)
		return;
	pthread_mutex_lock(&o->lock);
	o->stopping = true;
	pthread_cond_broadcast(&o->work);
	while (o->threads > 0)
		pthread_cond_wait(&o->gone, &o->lock);
	pthread_mutex_unlock(&o->lock);
}

void offload_free(struct offload *o)
{
	if (o == NULL)
		return;
	offload_stop(o);
	pthread_cond_destroy(&o->work);
	pthread_cond_destroy(&o->gone);
	pthread_mutex_destroy(&o->lock);
	free(o);
}
