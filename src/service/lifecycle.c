/*
 * The service's lifetime, in one place: making it (analyzer, redactor,
 * recovery of what was running at the last stop), starting it (workers,
 * approval expiry, the sandboxes' reaper, the last run's queue), stopping
 * it (end every live sandbox, stop accepting, grace period, interrupt the
 * rest) and retention.
 *
 * The front ends are started after service_start and quiesced before
 * service_stop by their owner (cmd_serve.c), so that no request reaches a
 * service that is not running.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "engine/engine.h"
#include "service/internal.h"

/* One analyzer and one redactor for the service's life. Rules from
 * rules_dir are compiled here, so that a broken rule file stops the start
 * (naming the file) instead of failing requests later. */
static int policy_init(struct service *s, err_t *err)
{
	const char *dir = s->cfg.policy.rules_dir[0] ? s->cfg.policy.rules_dir : NULL;

	if (analyzer_new(dir, &s->analyzer, err) < 0)
		return err_wrap(err, "cannot load the analysis rules");
	if (redactor_new(&s->redactor, err) < 0)
		return err_wrap(err, "cannot compile the redaction rules");
	const char *lang;
	for (size_t i = 0; dir && (lang = analyzer_language_at(i)) != NULL; i++) {
		struct findings f;
		if (analyze(s->analyzer, lang, "", 0, &f, err) < 0)
			return err_wrap(err, "the rules in %s", dir);
		findings_free(&f);
	}
	return 0;
}

/* What was running when the last run stopped did not finish: it is
 * recorded as interrupted, with one audit link for all of them. */
static int recover(struct service *s, err_t *err)
{
	char now[STORE_TIME_MAX], summary[64];
	int n;

	store_now(now);
	n = s->st->be->exec_interrupt_all(s->st, now, err);
	if (n < 0)
		return err_wrap(err, "cannot recover executions of the last run");
	if (n == 0)
		return 0;
	snprintf(summary, sizeof(summary), "count=%d", n);
	if (audit_append(s->st, &s->audit, "recovered_interrupted", 0, "", summary, err) < 0)
		return -1;
	return n;
}

int service_open(const struct server_config *cfg, const struct service_deps *deps,
		 struct service **out, int *recovered, err_t *err)
{
	struct service *s = xcalloc(1, sizeof(*s));

	*out = NULL;
	s->cfg = *cfg;
	s->eng = deps->engine;
	s->st = deps->store;
	s->audit = deps->audit;
	s->log = deps->log;
	s->log_ctx = deps->log_ctx;
	metrics_init(&s->metrics);
	pthread_mutex_init(&s->warm.lock, NULL);
	pool_init(&s->pool, cfg->queue_size, cfg->workers);
	quotas_init(&s->quotas);
	held_init(&s->held);
	teardowns_init(&s->teardowns);
	sandboxes_init(&s->sandboxes);
	int n = -1;
	if (policy_init(s, err) < 0 || (n = recover(s, err)) < 0 ||
	    sandboxes_recover(s, err) < 0) {
		service_close(s);
		return -1;
	}
	*recovered = n;
	*out = s;
	return 0;
}

int service_start(struct service *s, int *requeued, err_t *err)
{
	*requeued = 0;
	if (teardowns_start(s, err) < 0 || warm_pool_start(s, err) < 0 || pool_start(s, err) < 0 ||
	    approvals_start(s, err) < 0 || sandboxes_start(s, err) < 0 || nodes_start(s, err) < 0 ||
	    queue_listen_start(s, err) < 0) {
		service_stop(s);
		return -1;
	}
	int n = pool_requeue(s, err);
	if (n < 0) /* the service runs; what could not be read stays queued */
		log_error(s, NULL, err->msg);
	*requeued = n > 0 ? n : 0;
	return 0;
}

void service_stop(struct service *s)
{
	queue_listen_stop(s);
	nodes_stop(s);
	approvals_stop(s);
	sandboxes_stop(s);
	pool_stop(s);
	teardowns_stop(s);
	warm_pool_stop(s);
}

void service_close(struct service *s)
{
	if (s == NULL)
		return;
	pool_destroy(&s->pool);
	quotas_destroy(&s->quotas);
	held_destroy(&s->held);
	teardowns_destroy(&s->teardowns);
	sandboxes_destroy(&s->sandboxes);
	analyzer_free(s->analyzer);
	redactor_free(s->redactor);
	metrics_destroy(&s->metrics);
	pthread_mutex_destroy(&s->warm.lock);
	free(s);
}

int service_prune(struct service *s, err_t *err)
{
	char before[STORE_TIME_MAX];
	time_t t;
	struct tm tm;

	if (s->cfg.retention_days <= 0)
		return 0;
	t = time(NULL) - (time_t)s->cfg.retention_days * 86400;
	gmtime_r(&t, &tm);
	strftime(before, sizeof(before), "%Y-%m-%dT%H:%M:%S.000Z", &tm);
	return s->st->be->exec_prune(s->st, before, err);
}

const struct server_config *service_config(const struct service *s)
{
	return &s->cfg;
}
