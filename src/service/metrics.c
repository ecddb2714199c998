#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "service/metrics.h"

static const double bounds[METRICS_BUCKETS - 1] = {0.01, 0.025, 0.05, 0.1, 0.25, 0.5,
						   1,	 2.5,	5,    10,  30,	 60};

void metrics_init(struct metrics *m)
{
	memset(m, 0, sizeof(*m));
	pthread_mutex_init(&m->lock, NULL);
}

void metrics_destroy(struct metrics *m)
{
	pthread_mutex_destroy(&m->lock);
}

static void bump(struct metric_count *tab, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++) {
		if (tab[i].name[0] == 0)
			snprintf(tab[i].name, sizeof(tab[i].name), "%s", name);
		if (strcmp(tab[i].name, name) == 0) {
			tab[i].n++;
			return;
		}
	}
}

void metrics_execution(struct metrics *m, const char *status, double s)
{
	pthread_mutex_lock(&m->lock);
	bump(m->status, METRICS_STATUSES, status);
	size_t i = 0;
	while (i < METRICS_BUCKETS - 1 && s > bounds[i])
		i++;
	m->bucket[i]++;
	m->sum_s += s;
	m->count++;
	pthread_mutex_unlock(&m->lock);
}

void metrics_reject(struct metrics *m, const char *reason)
{
	pthread_mutex_lock(&m->lock);
	bump(m->reject, METRICS_REASONS, reason);
	pthread_mutex_unlock(&m->lock);
}

void metrics_request(struct metrics *m)
{
	pthread_mutex_lock(&m->lock);
	m->requests++;
	pthread_mutex_unlock(&m->lock);
}

void metrics_queue(struct metrics *m, uint64_t *counter)
{
	pthread_mutex_lock(&m->lock);
	(*counter)++;
	pthread_mutex_unlock(&m->lock);
}

void metrics_start(struct metrics *m, bool warm, enum enforcer init)
{
	pthread_mutex_lock(&m->lock);
	if (warm)
		m->starts_warm++;
	else
		m->starts_cold++;
	if (init == ENF_SPAWNER)
		m->init_spawner++;
	else if (init == ENF_TEMPLATE)
		m->init_template++;
	else if (init == ENF_SUPERVISOR)
		m->init_supervisor++;
	pthread_mutex_unlock(&m->lock);
}

void metrics_template_started(struct metrics *m)
{
	pthread_mutex_lock(&m->lock);
	m->template_starts++;
	pthread_mutex_unlock(&m->lock);
}

void metrics_teardown_failed(struct metrics *m)
{
	pthread_mutex_lock(&m->lock);
	m->teardown_failures++;
	pthread_mutex_unlock(&m->lock);
}

void metrics_render(struct metrics *m, int queue_depth, int running, int workers, int templates,
		    struct buf *b)
{
	uint64_t cum = 0;

	pthread_mutex_lock(&m->lock);
	buf_printf(b, "# HELP airlock_executions_total Executions finished, by status.\n"
		      "# TYPE airlock_executions_total counter\n");
	for (size_t i = 0; i < METRICS_STATUSES && m->status[i].name[0]; i++)
		buf_printf(b, "airlock_executions_total{status=\"%s\"} %llu\n", m->status[i].name,
			   (unsigned long long)m->status[i].n);
	buf_printf(b, "# HELP airlock_rejections_total Requests refused, by reason.\n"
		      "# TYPE airlock_rejections_total counter\n");
	for (size_t i = 0; i < METRICS_REASONS && m->reject[i].name[0]; i++)
		buf_printf(b, "airlock_rejections_total{reason=\"%s\"} %llu\n", m->reject[i].name,
			   (unsigned long long)m->reject[i].n);
	buf_printf(b,
		   "# HELP airlock_http_requests_total HTTP requests answered.\n"
		   "# TYPE airlock_http_requests_total counter\nairlock_http_requests_total %llu\n",
		   (unsigned long long)m->requests);
	buf_printf(b,
		   "# HELP airlock_queue_depth Executions waiting for a worker.\n"
		   "# TYPE airlock_queue_depth gauge\nairlock_queue_depth %d\n",
		   queue_depth);
	buf_printf(b,
		   "# HELP airlock_executions_running Executions running now.\n"
		   "# TYPE airlock_executions_running gauge\nairlock_executions_running %d\n",
		   running);
	buf_printf(b,
		   "# HELP airlock_workers Size of the worker pool.\n"
		   "# TYPE airlock_workers gauge\nairlock_workers %d\n",
		   workers);
	buf_printf(
	    b,
	    "# HELP airlock_starts_total Runs, by how their sandbox started (config pool).\n"
	    "# TYPE airlock_starts_total counter\n"
	    "airlock_starts_total{start=\"warm\"} %llu\nairlock_starts_total{start=\"cold\"} "
	    "%llu\n",
	    (unsigned long long)m->starts_warm, (unsigned long long)m->starts_cold);
	buf_printf(
	    b,
	    "# HELP airlock_inits_total Runs, by what their init is a clone of (service: "
	    "spawner false, or down).\n"
	    "# TYPE airlock_inits_total counter\n"
	    "airlock_inits_total{from=\"spawner\"} %llu\nairlock_inits_total{from=\"template\"} "
	    "%llu\nairlock_inits_total{from=\"service\"} %llu\n",
	    (unsigned long long)m->init_spawner, (unsigned long long)m->init_template,
	    (unsigned long long)m->init_supervisor);
	buf_printf(
	    b,
	    "# HELP airlock_teardown_failures_total Runs whose cgroup could not be removed "
	    "after their result.\n"
	    "# TYPE airlock_teardown_failures_total counter\nairlock_teardown_failures_total "
	    "%llu\n",
	    (unsigned long long)m->teardown_failures);
	buf_printf(b,
		   "# HELP airlock_warm_templates Warm templates running now.\n"
		   "# TYPE airlock_warm_templates gauge\nairlock_warm_templates %d\n",
		   templates);
	buf_printf(
	    b,
	    "# HELP airlock_warm_template_starts_total Warm templates started, the first ones "
	    "and every one started again.\n"
	    "# TYPE airlock_warm_template_starts_total counter\n"
	    "airlock_warm_template_starts_total %llu\n",
	    (unsigned long long)m->template_starts);
	buf_printf(
	    b,
	    "# HELP airlock_queue_announced_total Queued executions announced to other nodes.\n"
	    "# TYPE airlock_queue_announced_total counter\nairlock_queue_announced_total %llu\n",
	    (unsigned long long)m->queue.announced);
	buf_printf(b,
		   "# HELP airlock_queue_wakeups_total Announcements of other nodes heard.\n"
		   "# TYPE airlock_queue_wakeups_total counter\nairlock_queue_wakeups_total %llu\n",
		   (unsigned long long)m->queue.wakeups);
	buf_printf(
	    b, "# HELP airlock_queue_claims_total Claims of another node's queued execution, by "
	       "what they found.\n"
	       "# TYPE airlock_queue_claims_total counter\n");
	buf_printf(b,
		   "airlock_queue_claims_total{found=\"one\"} %llu\n"
		   "airlock_queue_claims_total{found=\"none\"} %llu\n",
		   (unsigned long long)(m->queue.claims - m->queue.claims_empty),
		   (unsigned long long)m->queue.claims_empty);
	buf_printf(
	    b,
	    "# HELP airlock_queue_not_run_total Executions this node accepted that another node "
	    "ran.\n"
	    "# TYPE airlock_queue_not_run_total counter\nairlock_queue_not_run_total %llu\n",
	    (unsigned long long)m->queue.not_run);
	buf_printf(b, "# HELP airlock_execution_duration_seconds Time from acceptance to result.\n"
		      "# TYPE airlock_execution_duration_seconds histogram\n");
	for (size_t i = 0; i < METRICS_BUCKETS; i++) {
		cum += m->bucket[i];
		if (i < METRICS_BUCKETS - 1)
			buf_printf(b, "airlock_execution_duration_seconds_bucket{le=\"%g\"} %llu\n",
				   bounds[i], (unsigned long long)cum);
		else
			buf_printf(b,
				   "airlock_execution_duration_seconds_bucket{le=\"+Inf\"} %llu\n",
				   (unsigned long long)cum);
	}
	buf_printf(b, "airlock_execution_duration_seconds_sum %.6f\n", m->sum_s);
	buf_printf(b, "airlock_execution_duration_seconds_count %llu\n",
		   (unsigned long long)m->count);
	pthread_mutex_unlock(&m->lock);
}
