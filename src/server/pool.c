/*
 * The bounded queue and the worker pool.
 *
 * Admission is decided before anything is stored: quota (per key) and then
 * room in the queue (for everyone). A full queue answers 503 at once, so
 * overload shows up as quick refusals, not as memory or latency that grows
 * without bound. An accepted job is a row in the store (status queued)
 * before the client hears of it, so a crash cannot lose it: the next start
 * marks it interrupted.
 *
 * A job is shared by the handler that may wait for it and the worker that
 * runs it, hence the reference count; both sides touch it only under the
 * server lock. Cancelling writes a byte to the job's cancel pipe, which the
 * engine polls while the program runs; a job still queued is finished as
 * cancelled by the canceller itself and skipped by the worker.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>

#include "engine/result.h"
#include "lang/lang.h"
#include "policy/apply.h"
#include "server/server.h"

static struct key_state *key_state(struct server *s, int64_t key_id)
{
	for (size_t i = 0; i < s->nkeys; i++)
		if (s->keys[i].key_id == key_id)
			return &s->keys[i];
	s->keys = xrealloc(s->keys, (s->nkeys + 1) * sizeof(*s->keys));
	memset(&s->keys[s->nkeys], 0, sizeof(s->keys[0]));
	s->keys[s->nkeys].key_id = key_id;
	return &s->keys[s->nkeys++];
}

int quota_admit(struct server *s, const struct key_row *k, struct api_error *e, int *retry_after_s)
{
	const struct key_quota *q = k->has_quota ? &k->quota : &s->cfg.quota;
	char today[STORE_TIME_MAX];
	int64_t count = 0, cpu_ms = 0;
	err_t err;
	uint64_t wait;

	*retry_after_s = 0;
	if (q->per_day > 0 || q->cpu_s_day > 0) {
		err_clear(&err);
		store_today(today);
		if (s->st->be->exec_usage(s->st, k->id, today, &count, &cpu_ms, &err) < 0)
			return api_error_set(e, err.errnum == STORE_EBUSY ? 503 : 500,
					     "storage_error", "%s", err.msg);
		if ((q->per_day > 0 && count >= q->per_day) ||
		    (q->cpu_s_day > 0 && cpu_ms >= q->cpu_s_day * 1000)) {
			time_t now = time(NULL);
			*retry_after_s = (int)(86400 - now % 86400);
			metrics_reject(&s->metrics, "quota_day");
			return api_error_set(e, 429, "quota_exceeded",
					     q->per_day > 0 && count >= q->per_day
						 ? "daily quota of %lld executions used up"
						 : "daily quota of %lld CPU seconds used up",
					     (long long)(q->per_day > 0 && count >= q->per_day
							     ? q->per_day
							     : q->cpu_s_day));
		}
	}
	pthread_mutex_lock(&s->lock);
	struct key_state *ks = key_state(s, k->id);
	if (q->concurrent > 0 && ks->live >= q->concurrent) {
		pthread_mutex_unlock(&s->lock);
		*retry_after_s = 1;
		metrics_reject(&s->metrics, "concurrency");
		return api_error_set(e, 429, "too_many_concurrent",
				     "%lld executions of this key are already queued or running",
				     (long long)q->concurrent);
	}
	wait = bucket_take(&ks->bucket, q->per_minute, monotonic_ms());
	if (wait > 0) {
		pthread_mutex_unlock(&s->lock);
		*retry_after_s = (int)((wait + 999) / 1000);
		metrics_reject(&s->metrics, "rate");
		return api_error_set(e, 429, "rate_limited",
				     "rate limit of %lld executions a minute reached",
				     (long long)q->per_minute);
	}
	ks->live++;
	pthread_mutex_unlock(&s->lock);
	return 0;
}

static void release_slot(struct server *s, int64_t key_id)
{
	struct key_state *ks = key_state(s, key_id);
	if (ks->live > 0)
		ks->live--;
}

void job_unref(struct server *s, struct job *j)
{
	pthread_mutex_lock(&s->lock);
	int left = --j->refs;
	pthread_mutex_unlock(&s->lock);
	if (left > 0)
		return;
	exec_request_free(&j->req);
	if (j->cancel_pipe[0] >= 0)
		close(j->cancel_pipe[0]);
	if (j->cancel_pipe[1] >= 0)
		close(j->cancel_pipe[1]);
	pthread_cond_destroy(&j->done);
	free(j);
}

static void unlink_active(struct server *s, struct job *j)
{
	if (j->prev_active)
		j->prev_active->next_active = j->next_active;
	else if (s->active == j)
		s->active = j->next_active;
	if (j->next_active)
		j->next_active->prev_active = j->prev_active;
	j->next_active = j->prev_active = NULL;
}

void quota_release(struct server *s, int64_t key_id)
{
	pthread_mutex_lock(&s->lock);
	release_slot(s, key_id);
	pthread_mutex_unlock(&s->lock);
}

int pool_reserve(struct server *s, struct api_error *e)
{
	pthread_mutex_lock(&s->lock);
	if (s->stopping ||
	    s->q_len + s->reserved >= s->cfg.queue_size + (s->cfg.workers - s->running)) {
		bool stopping = s->stopping;
		pthread_mutex_unlock(&s->lock);
		metrics_reject(&s->metrics, stopping ? "stopping" : "queue_full");
		return api_error_set(e, 503, stopping ? "stopping" : "queue_full",
				     stopping ? "the server is stopping"
					      : "the execution queue is full; try again later");
	}
	s->reserved++;
	pthread_mutex_unlock(&s->lock);
	return 0;
}

void pool_unreserve(struct server *s)
{
	pthread_mutex_lock(&s->lock);
	s->reserved--;
	pthread_mutex_unlock(&s->lock);
}

int pool_submit(struct server *s, struct job *j, struct api_error *e)
{
	if (pipe2(j->cancel_pipe, O_CLOEXEC | O_NONBLOCK) < 0) {
		pool_unreserve(s);
		return api_error_set(e, 503, "overloaded", "cannot create a cancel pipe: %s",
				     strerror(errno));
	}
	pthread_cond_init(&j->done, NULL);
	pthread_mutex_lock(&s->lock);
	s->reserved--;
	if (s->stopping) {
		/* The workers may be gone: the stored row is marked interrupted at
		 * the next start. */
		pthread_mutex_unlock(&s->lock);
		metrics_reject(&s->metrics, "stopping");
		return api_error_set(e, 503, "stopping", "the server is stopping");
	}
	j->state = JOB_QUEUED;
	j->refs = 2;
	s->queue[(s->q_head + s->q_len) % (s->cfg.queue_size + s->cfg.workers)] = j;
	s->q_len++;
	j->next_active = s->active;
	if (s->active)
		s->active->prev_active = j;
	s->active = j;
	pthread_cond_signal(&s->wake);
	pthread_mutex_unlock(&s->lock);
	return 0;
}

void job_wait(struct server *s, struct job *j)
{
	pthread_mutex_lock(&s->lock);
	while (j->state != JOB_DONE)
		pthread_cond_wait(&j->done, &s->lock);
	pthread_mutex_unlock(&s->lock);
}

int pool_queue_depth(struct server *s)
{
	pthread_mutex_lock(&s->lock);
	int n = s->q_len;
	pthread_mutex_unlock(&s->lock);
	return n;
}

/* Builds the execution object from a result: the contract's result object
 * plus id and times. */
static json_t *finished_json(const struct job *j, const struct run_result *res, const char *status,
			     const char *finished_at)
{
	json_t *o = result_to_json(res);
	json_object_set_new(o, "id", json_string(j->id));
	json_object_set_new(o, "created_at", json_string(j->created_at));
	json_object_set_new(o, "finished_at", json_string(finished_at));
	json_object_set_new(o, "status", json_string(status));
	return o;
}

static void record(struct server *s, struct job *j, const char *status, json_t *result,
		   uint64_t cpu_ms, const char *finished_at)
{
	struct exec_row row;
	char summary[200];
	err_t err;

	memset(&row, 0, sizeof(row));
	snprintf(row.id, sizeof(row.id), "%s", j->id);
	if (exec_status_parse(status, &row.status) < 0) /* every run_status is one */
		row.status = EXEC_INTERNAL_ERROR;
	snprintf(row.finished_at, sizeof(row.finished_at), "%s", finished_at);
	row.cpu_ms = (int64_t)cpu_ms;
	row.result_json = result ? json_dumps(result, JSON_COMPACT) : NULL;
	err_clear(&err);
	if (s->st->be->exec_finish(s->st, &row, &err) < 0)
		server_log(s, json_pack("{s:s, s:s, s:s}", "event", "error", "id", j->id, "message",
					err.msg));
	free(row.result_json);
	json_t *code = json_object_get(result, "exit_code");
	snprintf(summary, sizeof(summary), "id=%s lang=%s status=%s exit=%lld cpu_ms=%llu", j->id,
		 j->req.lang->name, status,
		 code && json_is_integer(code) ? json_integer_value(code) : -1LL,
		 (unsigned long long)cpu_ms);
	err_clear(&err);
	if (audit_append(s->st, &s->audit, "execution", j->key_id, j->code_hash, summary, &err) < 0)
		server_log(s, json_pack("{s:s, s:s, s:s}", "event", "error", "id", j->id, "message",
					err.msg));
	double secs = (double)(monotonic_ms() - j->accepted_ms) / 1000.0;
	metrics_execution(&s->metrics, status, secs);
	server_log(s,
		   json_pack("{s:s, s:s, s:s, s:s, s:I, s:f}", "event", "execution", "id", j->id,
			     "language", j->req.lang->name, "status", status, "cpu_ms",
			     (json_int_t)cpu_ms, "seconds", (double)(int64_t)(secs * 1000) / 1000));
}

static void finish_job(struct server *s, struct job *j)
{
	pthread_mutex_lock(&s->lock);
	j->state = JOB_DONE;
	unlink_active(s, j);
	release_slot(s, j->key_id);
	pthread_cond_broadcast(&j->done);
	pthread_mutex_unlock(&s->lock);
}

static void empty_step(struct step_result *st)
{
	buf_free(&st->out);
	buf_free(&st->err);
	buf_free(&st->out_beyond);
	buf_free(&st->err_beyond);
}

/* Replaces the secrets in what the program wrote. A failure fails closed:
 * none of the output is kept. */
static json_t *redact_output(struct server *s, struct run_result *res)
{
	json_t *redactions = NULL;
	err_t err;

	err_clear(&err);
	if (redact_result(s->redactor, res, &redactions, &err) == 0)
		return redactions;
	empty_step(&res->run);
	empty_step(&res->compile);
	res->run.status = STATUS_INTERNAL_ERROR;
	snprintf(res->error, sizeof(res->error), "the output was dropped: %s", err.msg);
	return json_array();
}

static void run_job(struct server *s, struct job *j)
{
	struct run_request req;
	struct run_result res;
	char finished[STORE_TIME_MAX];
	err_t err;

	err_clear(&err);
	if (s->st->be->exec_set_running(s->st, j->id, &err) < 0)
		server_log(s, json_pack("{s:s, s:s, s:s}", "event", "error", "id", j->id, "message",
					err.msg));
	memset(&req, 0, sizeof(req));
	req.lang = j->req.lang;
	req.code = j->req.code;
	req.code_len = j->req.code_len;
	req.stdin_data = j->req.stdin_data;
	req.stdin_len = j->req.stdin_len;
	req.files = j->req.files;
	req.nfiles = j->req.nfiles;
	req.limits = j->req.limits;
	req.cancel_fd = j->cancel_pipe[0];
	memset(&res, 0, sizeof(res));
	if (engine_run(s->eng, &req, &res, &err) < 0) {
		memset(&res, 0, sizeof(res));
		res.run.status = STATUS_INTERNAL_ERROR;
		res.run.exit_code = -1;
		res.language = j->req.lang->name;
		res.limits = j->req.limits;
		snprintf(res.error, sizeof(res.error), "%s", err.msg);
	}
	json_t *redactions = s->cfg.redact ? redact_output(s, &res) : NULL;
	store_now(finished);
	const char *status = run_status_name(res.run.status);
	if (res.run.status == STATUS_CANCELLED) {
		pthread_mutex_lock(&s->lock);
		status = j->cancelled ? "cancelled" : "interrupted";
		pthread_mutex_unlock(&s->lock);
	}
	json_t *o = finished_json(j, &res, status, finished);
	if (redactions)
		json_object_set_new(o, "redactions", redactions);
	record(s, j, status, o, res.run.cpu_ms + (res.has_compile ? res.compile.cpu_ms : 0),
	       finished);
	json_decref(o);
	run_result_free(&res);
}

static void *worker_main(void *arg)
{
	struct server *s = arg;

	for (;;) {
		pthread_mutex_lock(&s->lock);
		while (s->q_len == 0 && !s->stopping)
			pthread_cond_wait(&s->wake, &s->lock);
		if (s->q_len == 0) {
			pthread_mutex_unlock(&s->lock);
			return NULL;
		}
		struct job *j = s->queue[s->q_head];
		s->q_head = (s->q_head + 1) % (s->cfg.queue_size + s->cfg.workers);
		s->q_len--;
		if (j->state != JOB_QUEUED) { /* cancelled while queued */
			pthread_mutex_unlock(&s->lock);
			job_unref(s, j);
			continue;
		}
		bool stop = s->stopping;
		j->state = JOB_RUNNING;
		s->running++;
		pthread_mutex_unlock(&s->lock);
		if (stop) {
			char now[STORE_TIME_MAX];
			store_now(now);
			record(s, j, "interrupted", NULL, 0, now);
		} else {
			run_job(s, j);
		}
		pthread_mutex_lock(&s->lock);
		s->running--;
		pthread_mutex_unlock(&s->lock);
		finish_job(s, j);
		job_unref(s, j);
	}
}

int pool_cancel(struct server *s, const char *id, int64_t key_id)
{
	struct job *j;

	pthread_mutex_lock(&s->lock);
	for (j = s->active; j; j = j->next_active)
		if (strcmp(j->id, id) == 0 && (key_id < 0 || j->key_id == key_id))
			break;
	if (j == NULL) {
		pthread_mutex_unlock(&s->lock);
		return 1;
	}
	j->cancelled = true;
	if (j->state == JOB_QUEUED) {
		/* The worker that pops it will see it is no longer queued. */
		j->state = JOB_RUNNING;
		j->refs++;
		pthread_mutex_unlock(&s->lock);
		char now[STORE_TIME_MAX];
		store_now(now);
		record(s, j, "cancelled", NULL, 0, now);
		finish_job(s, j);
		job_unref(s, j);
		return 0;
	}
	(void)!write(j->cancel_pipe[1], "c", 1);
	j->refs++;
	while (j->state != JOB_DONE)
		pthread_cond_wait(&j->done, &s->lock);
	pthread_mutex_unlock(&s->lock);
	job_unref(s, j);
	return 0;
}

int server_start_workers(struct server *s, err_t *err)
{
	s->workers = xcalloc((size_t)s->cfg.workers, sizeof(pthread_t));
	for (int i = 0; i < s->cfg.workers; i++) {
		int r = pthread_create(&s->workers[i], NULL, worker_main, s);
		if (r != 0) {
			server_stop(s);
			return err_set(err, r, "cannot start worker %d", i);
		}
		s->nworkers++;
	}
	if (approvals_start(s, err) < 0) {
		server_stop(s);
		return -1;
	}
	return 0;
}

/* Called by server_stop: no new jobs; queued ones are recorded as
 * interrupted by the workers; running ones get the grace period and are
 * then cancelled (recorded as interrupted). */
void pool_stop(struct server *s)
{
	uint64_t deadline;

	pthread_mutex_lock(&s->lock);
	s->stopping = true;
	pthread_cond_broadcast(&s->wake);
	pthread_mutex_unlock(&s->lock);
	deadline = monotonic_ms() + (uint64_t)s->cfg.grace_period_s * 1000;
	for (;;) {
		pthread_mutex_lock(&s->lock);
		int busy = s->running + s->q_len;
		if (busy && monotonic_ms() >= deadline)
			for (struct job *j = s->active; j; j = j->next_active)
				if (j->state == JOB_RUNNING)
					(void)!write(j->cancel_pipe[1], "i", 1);
		pthread_mutex_unlock(&s->lock);
		if (!busy)
			break;
		usleep(20000);
	}
	for (int i = 0; i < s->nworkers; i++)
		pthread_join(s->workers[i], NULL);
	s->nworkers = 0;
}

/* ---- start-up: queued executions of the last run ---- */

struct queued_rows {
	struct exec_row *rows;
	size_t n;
};

/* Runs under the store's lock: only copies. */
static void collect_queued(void *ctx, const struct exec_row *r)
{
	struct queued_rows *q = ctx;
	q->rows = xrealloc(q->rows, (q->n + 1) * sizeof(*q->rows));
	struct exec_row *c = &q->rows[q->n++];
	*c = *r;
	c->limits_json = r->limits_json ? xstrdup(r->limits_json) : NULL;
	c->result_json = NULL;
	c->request_json = r->request_json ? xstrdup(r->request_json) : NULL;
	c->policy_json = r->policy_json ? xstrdup(r->policy_json) : NULL;
}

int pool_prepare_stored(struct server *s, const struct exec_row *r, const char *code,
			size_t code_len, struct job **out, struct api_error *e)
{
	struct exec_request req;
	struct job *j;
	json_t *root = json_loads(r->request_json ? r->request_json : "", 0, NULL);
	char *body;
	int ret;

	*out = NULL;
	if (root == NULL)
		return api_error_set(e, 500, "storage_error",
				     "the stored request of %s is not JSON", r->id);
	if (code)
		json_object_set_new(root, "code", json_stringn(code, code_len));
	body = json_dumps(root, JSON_COMPACT);
	json_decref(root);
	ret = exec_request_parse(body, strlen(body), &s->cfg, &req, e);
	free(body);
	if (ret < 0) {
		exec_request_free(&req);
		return -1;
	}
	if (pool_reserve(s, e) < 0) {
		exec_request_free(&req);
		return -1;
	}
	j = xcalloc(1, sizeof(*j));
	snprintf(j->id, sizeof(j->id), "%s", r->id);
	snprintf(j->created_at, sizeof(j->created_at), "%s", r->created_at);
	snprintf(j->code_hash, sizeof(j->code_hash), "%s", r->code_hash);
	j->key_id = r->key_id;
	j->req = req;
	j->cancel_pipe[0] = j->cancel_pipe[1] = -1;
	j->refs = 1;
	*out = j;
	return 0;
}

void pool_discard(struct server *s, struct job *j)
{
	pool_unreserve(s);
	job_unref(s, j);
}

int pool_submit_prepared(struct server *s, struct job *j, struct api_error *e)
{
	j->accepted_ms = monotonic_ms();
	pthread_mutex_lock(&s->lock);
	key_state(s, j->key_id)->live++;
	pthread_mutex_unlock(&s->lock);
	if (pool_submit(s, j, e) < 0) {
		quota_release(s, j->key_id);
		j->refs = 1;
		job_unref(s, j);
		return -1;
	}
	job_unref(s, j); /* nobody waits for it */
	return 0;
}

static int requeue_one(struct server *s, const struct exec_row *r, struct api_error *e)
{
	/* With redact_code the original lived in the last process only:
	 * running the redacted copy would run another program. */
	if (policy_code_redacted(r->policy_json))
		return api_error_set(e, 409, "code_unavailable",
				     "its code was stored redacted (redact_code) and the original "
				     "is gone with the last process");
	struct job *j;
	if (pool_prepare_stored(s, r, NULL, 0, &j, e) < 0)
		return -1;
	return pool_submit_prepared(s, j, e);
}

int pool_requeue(struct server *s, err_t *err)
{
	struct queued_rows q = {NULL, 0};
	struct api_error e;
	int queued = 0;

	if (s->st->be->exec_queued(s->st, collect_queued, &q, err) < 0)
		return err_wrap(err, "cannot read the queued executions of the last run");
	for (size_t i = 0; i < q.n; i++) {
		if (requeue_one(s, &q.rows[i], &e) == 0) {
			queued++;
			continue;
		}
		struct exec_row *r = &q.rows[i];
		err_t ferr;
		err_clear(&ferr);
		r->status = EXEC_INTERRUPTED;
		store_now(r->finished_at);
		if (s->st->be->exec_finish(s->st, r, &ferr) < 0)
			server_log(s, json_pack("{s:s, s:s, s:s}", "event", "error", "id", r->id,
						"message", ferr.msg));
		server_log(s, json_pack("{s:s, s:s, s:s}", "event", "not_requeued", "id", r->id,
					"reason", e.message));
	}
	for (size_t i = 0; i < q.n; i++)
		exec_row_free(&q.rows[i]);
	free(q.rows);
	return queued;
}
