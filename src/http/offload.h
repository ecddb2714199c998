/*
 * Threads that answer requests away from the event loop. Answering may
 * wait (a POST for its execution, up to its wall time; the database for
 * its lock), so each request being answered has a thread of its own; a
 * thread that finishes waits a while for the next request before it exits.
 * Connections that are only open, or still sending, cost no thread.
 */
#ifndef AIRLOCK_HTTP_OFFLOAD_H
#define AIRLOCK_HTTP_OFFLOAD_H

#include <stdbool.h>

struct offload;

struct offload_job {
	struct offload_job *next;
	void (*run)(struct offload_job *job);
};

struct offload *offload_new(void);
/* Runs job->run(job) on a thread. false when stopping, or when no thread
 * exists and none can be made: the caller answers itself. */
bool offload_submit(struct offload *o, struct offload_job *job);
/* Refuses new jobs from now on and waits until the running and queued
 * ones are done and every thread has exited. */
void offload_stop(struct offload *o);
void offload_free(struct offload *o);

#endif
