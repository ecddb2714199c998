/* Counters for GET /metrics (Prometheus text format). */
#ifndef AIRLOCK_METRICS_H
#define AIRLOCK_METRICS_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "common/util.h"
#include "engine/engine.h"

#define METRICS_STATUSES 20
#define METRICS_REASONS 16
#define METRICS_BUCKETS 13

struct metric_count {
	char name[24];
	uint64_t n;
};

struct metrics {
	pthread_mutex_t lock;
	struct metric_count status[METRICS_STATUSES], reject[METRICS_REASONS];
	uint64_t bucket[METRICS_BUCKETS]; /* cumulative at render */
	double sum_s;
	uint64_t count;
	uint64_t requests;
	uint64_t starts_warm, starts_cold; /* runs, by how their sandbox started */
	/* runs, by what their init is a clone of (enforcement.init) */
	uint64_t init_spawner, init_template, init_supervisor;
	uint64_t teardown_failures;	       /* runs whose cgroup could not be removed */
	uint64_t template_starts;	       /* warm templates started (service/warm.c) */
	struct metrics_queue {		       /* the shared queue (docs/store.md) */
		uint64_t announced;	       /* queued rows this node announced (NOTIFY) */
		uint64_t wakeups;	       /* announcements of other nodes heard */
		uint64_t claims, claims_empty; /* claims of other nodes' rows: all, none found */
		uint64_t not_run;	       /* own jobs another node ran */
	} queue;
};

void metrics_init(struct metrics *m);
void metrics_destroy(struct metrics *m);
void metrics_execution(struct metrics *m, const char *status, double seconds);
void metrics_reject(struct metrics *m, const char *reason);
void metrics_request(struct metrics *m);
void metrics_start(struct metrics *m, bool warm, enum enforcer init);
void metrics_teardown_failed(struct metrics *m);
void metrics_template_started(struct metrics *m);
/* the shared queue: bumps one of m->queue's counters */
void metrics_queue(struct metrics *m, uint64_t *counter);
/* templates: warm templates running now */
void metrics_render(struct metrics *m, int queue_depth, int running, int workers, int templates,
		    struct buf *out);

#endif
