/*
 * The bounded queue and the worker pool.
 *
 * Room in the queue is reserved before anything is stored, so a full queue
 * answers at once (SVC_UNAVAILABLE): overload shows up as quick refusals,
 * not as memory or latency that grows without bound. An accepted job is a
 * row in the store (status queued) before its caller hears of it, so a
 * crash cannot lose it: the next start runs it, or marks it interrupted.
 *
 * A job is shared by the caller that may wait for it and the worker that
 * runs it, hence the reference count; both sides touch it only under the
 * pool's lock. Cancelling writes a byte to the job's cancel pipe, which the
 * engine polls while the program runs; a job still queued is ended as
 * cancelled by the canceller itself and skipped by the worker.
 *
 * The shared queue (PostgreSQL with a node name, docs/store.md): the table
 * is the queue. A node still queues what it accepts in memory (the bound
 * on what it accepts, and the wake-up of its workers), and a worker starts
 * a job of its own only if its row is still queued and this node's; an idle
 * worker claims the oldest queued execution of another node when the
 * store tells that one was queued (listen.c), and every LISTEN_POLL_MS
 * (POLL_MS while it cannot tell). Either way the row turns running in one
 * statement, so an execution starts once. A job another node claimed is "elsewhere": whoever
 * waits for it reads its row until it ends, and cancelling it asks the node
 * that runs it (exec_cancel_request).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "engine/result.h"
#include "lang/lang.h"
#include "common/utf8.h"
#include "policy/apply.h"
#include "policy/redact.h"
#include "service/internal.h"

#define POLL_MS 200 /* the shared queue: an idle worker's claim, a waiter's read */
/* the idle worker's claim while the store tells when one is queued
 * (listen.c): a safety net only */
#define LISTEN_POLL_MS 2000

void pool_init(struct pool *p, int queue_size, int workers)
{
	memset(p, 0, sizeof(*p));
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->wake, NULL);
	p->size = queue_size + workers;
	p->queue = xcalloc((size_t)p->size, sizeof(*p->queue));
}

void pool_destroy(struct pool *p)
{
	free(p->queue);
	free(p->workers);
	pthread_mutex_destroy(&p->lock);
	pthread_cond_destroy(&p->wake);
}

struct job *job_new(const char *id, const char *created_at, const char *code_hash, int64_t key_id,
		    struct exec_request *req)
{
	struct job *j = xcalloc(1, sizeof(*j));

	snprintf(j->id, sizeof(j->id), "%s", id);
	snprintf(j->created_at, sizeof(j->created_at), "%s", created_at);
	snprintf(j->code_hash, sizeof(j->code_hash), "%s", code_hash);
	j->key_id = key_id;
	j->req = *req;
	memset(req, 0, sizeof(*req));
	j->cancel_pipe[0] = j->cancel_pipe[1] = -1;
	j->refs = 1;
	j->accepted_ms = monotonic_ms();
	pthread_cond_init(&j->done, NULL);
	return j;
}

void job_unref(struct service *s, struct job *j)
{
	pthread_mutex_lock(&s->pool.lock);
	int left = --j->refs;
	pthread_mutex_unlock(&s->pool.lock);
	if (left > 0)
		return;
	exec_request_free(&j->req);
	exec_row_free(&j->final);
	if (j->cancel_pipe[0] >= 0)
		close(j->cancel_pipe[0]);
	if (j->cancel_pipe[1] >= 0)
		close(j->cancel_pipe[1]);
	pthread_cond_destroy(&j->done);
	free(j);
}

/* Under the lock. */
static void unlink_active(struct pool *p, struct job *j)
{
	if (j->prev_active)
		j->prev_active->next_active = j->next_active;
	else if (p->active == j)
		p->active = j->next_active;
	if (j->next_active)
		j->next_active->prev_active = j->prev_active;
	j->next_active = j->prev_active = NULL;
}

static int refuse_stopping(struct service *s, struct svc_error *e)
{
	metrics_reject(&s->metrics, "stopping");
	return svc_error_set(e, SVC_UNAVAILABLE, "stopping", "the server is stopping");
}

int pool_reserve(struct service *s, struct svc_error *e)
{
	struct pool *p = &s->pool;

	pthread_mutex_lock(&p->lock);
	bool stopping = p->stopping, fenced = p->fenced;
	bool full = p->len + p->reserved >= s->cfg.queue_size + (s->cfg.workers - p->running);
	if (!stopping && !full && !fenced)
		p->reserved++;
	pthread_mutex_unlock(&p->lock);
	if (stopping)
		return refuse_stopping(s, e);
	if (fenced) {
		metrics_reject(&s->metrics, "fenced");
		return svc_error_set(e, SVC_UNAVAILABLE, "storage_error",
				     "this node has lost the store; try again later");
	}
	if (full) {
		metrics_reject(&s->metrics, "queue_full");
		return svc_error_set(e, SVC_UNAVAILABLE, "queue_full",
				     "the execution queue is full; try again later");
	}
	return 0;
}

void pool_unreserve(struct service *s)
{
	pthread_mutex_lock(&s->pool.lock);
	s->pool.reserved--;
	pthread_mutex_unlock(&s->pool.lock);
}

int pool_submit(struct service *s, struct job *j, struct svc_error *e)
{
	struct pool *p = &s->pool;

	if (pipe2(j->cancel_pipe, O_CLOEXEC | O_NONBLOCK) < 0) {
		pool_unreserve(s);
		return svc_error_set(e, SVC_UNAVAILABLE, "overloaded",
				     "cannot create a cancel pipe: %s", strerror(errno));
	}
	pthread_mutex_lock(&p->lock);
	p->reserved--;
	if (p->stopping) {
		/* The workers may be gone: the stored row is run or marked
		 * interrupted at the next start. */
		pthread_mutex_unlock(&p->lock);
		return refuse_stopping(s, e);
	}
	j->state = JOB_QUEUED;
	j->refs++; /* the worker's */
	p->queue[(p->head + p->len) % p->size] = j;
	p->len++;
	j->next_active = p->active;
	if (p->active)
		p->active->prev_active = j;
	p->active = j;
	pthread_cond_signal(&p->wake);
	pthread_mutex_unlock(&p->lock);
	return 0;
}

bool pool_busy(struct service *s)
{
	struct pool *p = &s->pool;

	pthread_mutex_lock(&p->lock);
	bool busy = p->shared && p->running + p->len + p->reserved > p->nworkers;
	pthread_mutex_unlock(&p->lock);
	return busy;
}

static bool pool_stopping(struct service *s)
{
	pthread_mutex_lock(&s->pool.lock);
	bool stopping = s->pool.stopping;
	pthread_mutex_unlock(&s->pool.lock);
	return stopping;
}

/* Whether the execution has ended (or is gone); a store error is "not
 * yet". */
static bool row_ended(struct service *s, const char *id)
{
	struct exec_row r;
	bool found;
	err_t err;

	err_clear(&err);
	if (s->st->be->exec_get(s->st, id, &r, &found, &err) < 0)
		return false;
	if (!found)
		return true;
	bool ended = r.status != EXEC_QUEUED && r.status != EXEC_RUNNING;
	exec_row_free(&r);
	return ended;
}

static void after_ms(struct timespec *t, int ms)
{
	clock_gettime(CLOCK_REALTIME, t); /* the clock of j->done */
	t->tv_sec += ms / 1000;
	t->tv_nsec += (long)(ms % 1000) * 1000000L;
	if (t->tv_nsec >= 1000000000L) {
		t->tv_sec++;
		t->tv_nsec -= 1000000000L;
	}
}

static bool passed(const struct timespec *t)
{
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	return now.tv_sec > t->tv_sec || (now.tv_sec == t->tv_sec && now.tv_nsec >= t->tv_nsec);
}

/* The shared queue: waits until the job of this node (j, or NULL) ends
 * here, or the execution's row says it ended (claimed elsewhere), until
 * `until` (NULL: no end). fresh: j's row was just stored, by the caller.
 * Called and returns with the pool's lock held; true when it ended. */
static bool wait_shared(struct service *s, struct job *j, const char *id,
			const struct timespec *until, bool fresh)
{
	struct pool *p = &s->pool;

	for (int n = 0;; n++) {
		if (j && j->state == JOB_DONE && !j->elsewhere)
			return true;
		/* still queued here: another node may have it, read the row every
		 * 5th time (a full queue of waiters would load the store); not at
		 * once after it was stored queued (a worker here that finds it
		 * claimed says so: j->elsewhere) */
		bool queued_here = j && j->state == JOB_QUEUED && !j->elsewhere;
		bool running_here = j && j->state == JOB_RUNNING && !j->elsewhere;
		if (!running_here && (!queued_here || (n % 5 == 0 && !(fresh && n == 0)))) {
			pthread_mutex_unlock(&p->lock);
			bool ended = row_ended(s, id);
			pthread_mutex_lock(&p->lock);
			if (ended)
				return true;
		}
		if (until && passed(until))
			return false;
		struct timespec t;
		after_ms(&t, POLL_MS);
		if (until && (t.tv_sec > until->tv_sec ||
			      (t.tv_sec == until->tv_sec && t.tv_nsec > until->tv_nsec)))
			t = *until;
		if (j) {
			pthread_cond_timedwait(&j->done, &p->lock, &t);
		} else {
			pthread_mutex_unlock(&p->lock);
			usleep(POLL_MS * 1000);
			pthread_mutex_lock(&p->lock);
		}
	}
}

void job_wait(struct service *s, struct job *j)
{
	pthread_mutex_lock(&s->pool.lock);
	if (s->pool.shared)
		wait_shared(s, j, j->id, NULL, true);
	else
		while (j->state != JOB_DONE)
			pthread_cond_wait(&j->done, &s->pool.lock);
	pthread_mutex_unlock(&s->pool.lock);
}

int job_execution(struct service *s, struct job *j, json_t **out, struct svc_error *e)
{
	pthread_mutex_lock(&s->pool.lock);
	/* written by its worker before the job was done, and not after */
	bool stored = j->state == JOB_DONE && !j->elsewhere && j->final.seq > 0;
	pthread_mutex_unlock(&s->pool.lock);
	if (!stored)
		return execution_read(s, j->id, out, e);
	*out = execution_json(&j->final);
	return 0;
}

void pool_counts(struct service *s, int *queued, int *running, bool *stopping)
{
	pthread_mutex_lock(&s->pool.lock);
	*queued = s->pool.len;
	*running = s->pool.running;
	*stopping = s->pool.stopping;
	pthread_mutex_unlock(&s->pool.lock);
}

/* Stores how a job ended; result NULL: it never ran (cancelled while
 * queued, interrupted by a stop). */
static void record(struct service *s, struct job *j, enum exec_status status, json_t *result,
		   uint64_t cpu_ms, const char *finished_at)
{
	struct exec_row row;
	err_t err;

	memset(&row, 0, sizeof(row));
	snprintf(row.id, sizeof(row.id), "%s", j->id);
	row.status = status;
	snprintf(row.finished_at, sizeof(row.finished_at), "%s", finished_at);
	row.cpu_ms = (int64_t)cpu_ms;
	row.result_json = result ? json_dumps(result, JSON_COMPACT) : NULL;
	/* the shared queue: a result is kept until the store is back (or the
	 * node stops: its next start marks the run interrupted) */
	for (int tries = 0;; tries++) {
		err_clear(&err);
		/* the row as stored, for the caller that waits (job_execution) */
		if (s->st->be->exec_finish(s->st, &row, j->req.wait ? &j->final : NULL, &err) == 0)
			break;
		if (tries == 0)
			log_error(s, j->id, err.msg);
		if (!s->pool.shared || err.errnum != STORE_EBUSY || pool_stopping(s))
			break;
		usleep(POLL_MS * 1000);
	}
	free(row.result_json);
	json_t *code = json_object_get(result, "exit_code");
	struct ended x = {
	    .id = j->id,
	    .language = j->req.lang->name,
	    .code_hash = j->code_hash,
	    .key_id = j->key_id,
	    .status = status,
	    .exit_code = json_is_integer(code) ? json_integer_value(code) : -1,
	    .cpu_ms = cpu_ms,
	    .seconds = (double)(monotonic_ms() - j->accepted_ms) / 1000.0,
	    .network = json_object_get(result, "network"),
	};
	quota_egress_used(s, j->key_id, x.network);
	record_ended(s, &x);
	char *meta = j->req.meta ? json_dumps(j->req.meta, JSON_COMPACT) : NULL;
	record_notify(s, j->id, j->key_id, meta);
	free(meta);
}

static void record_unrun(struct service *s, struct job *j, enum exec_status status)
{
	char now[STORE_TIME_MAX];

	store_now(now);
	record(s, j, status, NULL, 0, now);
}

/* The key's slot is given back before anyone waiting hears that the job
 * is done: whoever cancelled it may submit the next one at once. */
static void finish_job(struct service *s, struct job *j)
{
	if (!j->claimed) /* another node's admission */
		quota_release(s, j->key_id, NULL);
	pthread_mutex_lock(&s->pool.lock);
	j->state = JOB_DONE;
	unlink_active(&s->pool, j);
	pthread_cond_broadcast(&j->done);
	pthread_mutex_unlock(&s->pool.lock);
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
static json_t *redact_output(struct service *s, struct run_result *res, bool *dropped)
{
	json_t *redactions = NULL;
	err_t err;

	err_clear(&err);
	if (redact_result(s->redactor, res, &redactions, &err) == 0)
		return redactions;
	empty_step(&res->run);
	empty_step(&res->compile);
	*dropped = true;
	res->run.status = STATUS_INTERNAL_ERROR;
	snprintf(res->error, sizeof(res->error), "the output was dropped: %s", err.msg);
	return json_array();
}

static enum exec_status exec_status_of_run(enum run_status st)
{
	switch (st) {
	case STATUS_OK:
		return EXEC_OK;
	case STATUS_RUNTIME_ERROR:
		return EXEC_RUNTIME_ERROR;
	case STATUS_SIGNALED:
		return EXEC_SIGNALED;
	case STATUS_TIME_LIMIT:
		return EXEC_TIME_LIMIT;
	case STATUS_WALL_TIME_LIMIT:
		return EXEC_WALL_TIME_LIMIT;
	case STATUS_MEMORY_LIMIT:
		return EXEC_MEMORY_LIMIT;
	case STATUS_OUTPUT_LIMIT:
		return EXEC_OUTPUT_LIMIT;
	case STATUS_SYSCALL_DENIED:
		return EXEC_SYSCALL_DENIED;
	case STATUS_COMPILE_ERROR:
		return EXEC_COMPILE_ERROR;
	case STATUS_CANCELLED:
		return EXEC_CANCELLED;
	case STATUS_POLICY_BLOCKED:
		return EXEC_POLICY_BLOCKED;
	case STATUS_REJECTED:
		return EXEC_REJECTED;
	case STATUS_INTERNAL_ERROR:
		break;
	}
	return EXEC_INTERNAL_ERROR;
}

static enum exec_status ended_status(struct service *s, struct job *j, enum run_status st)
{
	if (st != STATUS_CANCELLED)
		return exec_status_of_run(st);
	pthread_mutex_lock(&s->pool.lock);
	bool asked = j->cancelled;
	pthread_mutex_unlock(&s->pool.lock);
	return asked ? EXEC_CANCELLED : EXEC_INTERRUPTED; /* else: the stop's grace ran out */
}

/* What the engine hands over while a run goes on: each chunk it kept,
 * stdout and stderr alike, in the order it read them (their concatenation
 * is the combined output), and the steps as they start and end, passed on
 * to an interactive run's caller (redacted first). */
struct tap {
	struct service *s;
	const struct exec_stream *stream; /* or NULL */
	struct buf *combined;		  /* or NULL */
};

/* A chunk with its secrets replaced; fails closed to nothing. */
static void redacted_chunk(struct tap *t, const char *data, size_t len, struct buf *out)
{
	err_t err;

	err_clear(&err);
	if (!t->s->cfg.redact) {
		buf_append(out, data, len);
	} else if (redact(t->s->redactor, data, len, NULL, 0, out, NULL, &err) < 0) {
		buf_free(out);
		log_error(t->s, "stream", err.msg);
	}
}

static void tap_output(void *ctx, int stream, const char *data, size_t len)
{
	struct tap *t = ctx;

	if (t->combined)
		buf_append(t->combined, data, len);
	if (t->stream && t->stream->on_output) {
		struct buf b = {0};
		redacted_chunk(t, data, len, &b);
		if (b.len)
			t->stream->on_output(t->stream->ctx, stream, b.data, b.len);
		buf_free(&b);
	}
}

static void tap_step(void *ctx, bool compile, const struct step_result *ended)
{
	struct tap *t = ctx;
	struct exec_step_event ev = {.compile = compile, .ended = ended != NULL, .exit_code = -1};
	struct buf out = {0}, err = {0};

	if (ended) {
		ev.status = run_status_name(ended->status);
		ev.exit_code = ended->exit_code;
		ev.signal = ended->signal;
		if (compile) { /* the engine streams the run step only */
			redacted_chunk(t, ended->out.data ? ended->out.data : "", ended->out.len,
				       &out);
			redacted_chunk(t, ended->err.data ? ended->err.data : "", ended->err.len,
				       &err);
			ev.out = out.data ? out.data : "";
			ev.out_len = out.len;
			ev.err = err.data ? err.data : "";
			ev.err_len = err.len;
		}
	}
	t->stream->on_step(t->stream->ctx, &ev);
	buf_free(&out);
	buf_free(&err);
}

/* The result's "output", redacted like the streams it is made of; when it
 * cannot be redacted it is dropped (fail closed). */
static void set_combined(struct service *s, json_t *o, struct buf *all)
{
	struct buf red = {0};
	const struct buf *b = all;
	err_t err;

	err_clear(&err);
	if (s->cfg.redact) {
		if (redact(s->redactor, all->data ? all->data : "", all->len, NULL, 0, &red, NULL,
			   &err) < 0) {
			buf_free(&red);
			json_object_set_new(o, "output", json_string(""));
			return;
		}
		b = &red;
	}
	size_t n;
	cleanup_free char *text = utf8_sanitize(b->data ? b->data : "", b->len, &n);
	json_object_set_new(o, "output", json_stringn_nocheck(text, n));
	buf_free(&red);
}

/* One run of the job's program; an engine failure is a result too. With
 * combined, the output as it arrived is kept there (emptied first). */
static void run_once(struct service *s, struct job *j, struct run_result *res, struct buf *combined)
{
	struct run_request req;
	err_t err;

	memset(&req, 0, sizeof(req));
	req.lang = j->req.lang;
	req.code = j->req.code;
	req.code_len = j->req.code_len;
	req.stdin_data = j->req.stdin_data;
	req.stdin_len = j->req.stdin_len;
	req.files = j->req.files;
	req.nfiles = j->req.nfiles;
	req.args = j->req.args;
	req.nargs = j->req.nargs;
	req.env = j->req.env;
	req.nenv = j->req.nenv;
	req.collect = j->req.collect;
	req.ncollect = j->req.ncollect;
	req.limits = j->req.limits;
	req.egress = j->req.egress;
	req.compile_args = j->req.compile_args;
	req.compile_limits = j->req.has_compile_limits ? &j->req.compile_limits : NULL;
	req.ncompile_args = j->req.ncompile_args;
	req.merge_stderr = j->req.merge_stderr;
	req.cancel_fd = j->cancel_pipe[0];
	char sock[160];
	int warm = warm_pool_socket(s, req.lang, sock, sizeof(sock));
	if (warm > 0)
		req.template_socket = sock;
	char spawner[160];
	req.spawner_socket = warm_pool_spawner(s, spawner, sizeof(spawner), &req.spawner_required);
	buf_free(combined);
	struct tap tap = {s, j->req.stream, j->req.combined_output ? combined : NULL};
	if (tap.stream || tap.combined) {
		req.on_output = tap_output;
		req.output_ctx = &tap;
	}
	if (tap.stream) {
		req.stdin_fd = tap.stream->stdin_fd;
		if (tap.stream->on_step)
			req.on_step = tap_step;
	}
	memset(res, 0, sizeof(*res));
	err_clear(&err);
	struct run_teardown *td = NULL;
	int ret = engine_run_deferred(s->eng, &req, res, &td, &err);
	teardown_defer(s, td, j->id); /* the sandbox is killed; the rest can wait */
	if (ret < 0) {
		memset(res, 0, sizeof(*res));
		res->run.status = STATUS_INTERNAL_ERROR;
		res->run.exit_code = -1;
		res->language = j->req.lang->name;
		res->limits = j->req.limits;
		snprintf(res->error, sizeof(res->error), "%s", err.msg);
	}
	if (warm < 0 && res->start_note[0] == '\0')
		snprintf(res->start_note, sizeof(res->start_note), "started cold: %s", sock);
	metrics_start(&s->metrics, res->warm, res->enforcement.init);
}

/* What one of several runs measured, for the result's "runs". */
static json_t *run_summary(struct service *s, struct job *j, const struct run_result *res)
{
	char sha[STORE_HASH_HEX];

	sha256_hex(res->run.out.data ? res->run.out.data : "", res->run.out.len, sha);
	return json_pack("{s:s, s:o, s:o, s:{s:I, s:I}, s:I, s:s}", "status",
			 exec_status_name(ended_status(s, j, res->run.status)), "exit_code",
			 res->run.exit_code >= 0 ? json_integer(res->run.exit_code) : json_null(),
			 "signal", res->run.signal ? json_integer(res->run.signal) : json_null(),
			 "time", "wall_ms", (json_int_t)res->run.wall_ms, "cpu_ms",
			 (json_int_t)res->run.cpu_ms, "memory_peak_kb",
			 (json_int_t)res->run.memory_peak_kb, "stdout_sha256", sha);
}

/* Runs the program up to req.repeat times, stopping at the first run that
 * does not end ok; *res is the last run's, its output redacted (the
 * redactions in *redactions, NULL without redaction; *dropped when the
 * output could not be redacted and was dropped). With more than one run,
 * *runs lists what each measured (NULL otherwise); the hash of each run's
 * stdout is taken after redaction, so it reveals no secret. */
static uint64_t run_repeated(struct service *s, struct job *j, struct run_result *res,
			     struct buf *combined, json_t **redactions, bool *dropped,
			     json_t **runs)
{
	uint64_t cpu_ms = 0;

	*runs = j->req.repeat > 1 ? json_array() : NULL;
	for (int i = 0;; i++) {
		run_once(s, j, res, combined);
		cpu_ms += res->run.cpu_ms + (res->has_compile ? res->compile.cpu_ms : 0);
		*dropped = false;
		*redactions = s->cfg.redact ? redact_output(s, res, dropped) : NULL;
		if (*runs)
			json_array_append_new(*runs, run_summary(s, j, res));
		if (i + 1 >= j->req.repeat || res->run.status != STATUS_OK)
			return cpu_ms;
		json_decref(*redactions);
		run_result_free(res);
	}
}

/* queued -> running, for a job of this node; with the shared queue the
 * store is asked again while it is away. */
static int set_running(struct service *s, struct job *j)
{
	err_t err;
	int claimed;

	for (int tries = 0;; tries++) {
		err_clear(&err);
		claimed = s->st->be->exec_set_running(s->st, j->id, &err);
		if (claimed >= 0)
			return claimed;
		if (tries == 0)
			log_error(s, j->id, err.msg);
		if (!s->pool.shared || err.errnum != STORE_EBUSY || pool_stopping(s))
			return -1;
		usleep(POLL_MS * 1000);
	}
}

/* Returns false when the job is another node's to run. */
static bool run_job(struct service *s, struct job *j)
{
	struct buf combined = {0};
	struct run_result res;
	char finished[STORE_TIME_MAX];
	json_t *runs, *redactions;
	bool dropped = false;

	int claimed = j->claimed ? 1 : set_running(s, j);
	if (claimed == 0 && s->st->be->node_takeover) {
		/* many nodes: another node claimed it from the shared queue, or
		 * took this one's queue over (it was thought dead), and runs it;
		 * an execution starts once */
		metrics_queue(&s->metrics, &s->metrics.queue.not_run);
		service_log(s, json_pack("{s:s, s:s, s:s}", "event", "not_run", "id", j->id,
					 "reason", "run by another node"));
		return false;
	}
	if (claimed < 0 && s->pool.shared) {
		/* the store is gone for good or the node stops: it may not start
		 * without its claim */
		record_unrun(s, j, EXEC_INTERRUPTED);
		return true;
	}
	uint64_t cpu_ms = run_repeated(s, j, &res, &combined, &redactions, &dropped, &runs);
	store_now(finished);
	enum exec_status status = ended_status(s, j, res.run.status);
	json_t *o = result_to_json(&res);
	json_object_set_new(o, "id", json_string(j->id));
	json_object_set_new(o, "created_at", json_string(j->created_at));
	json_object_set_new(o, "finished_at", json_string(finished));
	json_object_set_new(o, "status", json_string(exec_status_name(status)));
	if (redactions)
		json_object_set_new(o, "redactions", redactions);
	if (runs)
		json_object_set_new(o, "runs", runs);
	if (j->req.combined_output)
		set_combined(s, o, dropped ? &(struct buf){0} : &combined);
	buf_free(&combined);
	record(s, j, status, o, cpu_ms, finished);
	json_decref(o);
	run_result_free(&res);
	return true;
}

/* The shared queue: a job for the oldest queued execution of another
 * node, claimed (running, this node's), or NULL. */
static struct job *claim_other(struct service *s)
{
	struct exec_row r;
	struct exec_request req;
	struct svc_error e;
	err_t err;

	err_clear(&err);
	int n = s->st->be->exec_claim(s->st, &r, &err);
	metrics_queue(&s->metrics, &s->metrics.queue.claims);
	if (n == 0)
		metrics_queue(&s->metrics, &s->metrics.queue.claims_empty);
	if (n <= 0) {
		if (n < 0 && err.errnum != STORE_EBUSY)
			log_error(s, NULL, err.msg);
		return NULL;
	}
	json_t *root = stored_json(r.request_json);
	int ok = root ? exec_request_from_json(root, &s->cfg, &req, &e) : -1;
	if (ok < 0) {
		/* this node's configuration does not take it (a language or a
		 * limit it lacks): it ends here, it cannot go back */
		if (root)
			exec_request_free(&req);
		r.status = EXEC_INTERRUPTED;
		store_now(r.finished_at);
		err_clear(&err);
		if (s->st->be->exec_finish(s->st, &r, NULL, &err) < 0)
			log_error(s, r.id, err.msg);
		service_log(s,
			    json_pack("{s:s, s:s, s:s}", "event", "not_run", "id", r.id, "reason",
				      root ? e.message : "its stored request is not JSON"));
		exec_row_free(&r);
		return NULL;
	}
	struct job *j = job_new(r.id, r.created_at, r.code_hash, r.key_id, &req);
	exec_row_free(&r);
	j->claimed = true;
	if (pipe2(j->cancel_pipe, O_CLOEXEC | O_NONBLOCK) < 0)
		log_error(s, j->id, "cannot create a cancel pipe; it runs without one");
	struct pool *p = &s->pool;
	pthread_mutex_lock(&p->lock);
	j->state = JOB_RUNNING;
	j->next_active = p->active;
	if (p->active)
		p->active->prev_active = j;
	p->active = j;
	pthread_mutex_unlock(&p->lock);
	return j;
}

/* The shared queue, a worker with nothing queued here: one claim of
 * another node's execution, run to its end. The claiming worker is the
 * node's only one polling (p->polling); when it claims, it hands that over
 * to another idle worker. Returns with the lock held. */
static void run_other(struct service *s, bool *poller)
{
	struct pool *p = &s->pool;

	p->running++;
	pthread_mutex_unlock(&p->lock);
	struct job *j = claim_other(s);
	pthread_mutex_lock(&p->lock);
	if (j) {
		/* Announcements heard while every worker was busy are one flag:
		 * there may be more, so the next idle worker claims at once
		 * too, until a claim finds none. */
		if (p->listening)
			p->notified = true;
		p->polling = *poller = false;
		pthread_cond_signal(&p->wake);
		pthread_mutex_unlock(&p->lock);
		run_job(s, j);
		finish_job(s, j);
		job_unref(s, j);
		pthread_mutex_lock(&p->lock);
	}
	p->running--;
}

static void *worker_main(void *arg)
{
	struct service *s = arg;
	struct pool *p = &s->pool;

	bool poller = false; /* the shared queue: this worker claims for the node */
	for (;;) {
		pthread_mutex_lock(&p->lock);
		bool idle = false;
		while (p->len == 0 && !p->stopping && !idle) {
			if (p->shared && !p->polling)
				p->polling = poller = true;
			if (!poller) {
				pthread_cond_wait(&p->wake, &p->lock);
				continue;
			}
			struct timespec t;
			if (!p->notified) {
				after_ms(&t, p->listening ? LISTEN_POLL_MS : POLL_MS);
				idle = pthread_cond_timedwait(&p->wake, &p->lock, &t) != 0;
			}
			if (p->notified) /* another node queued one: claim now */
				idle = true;
			p->notified = false;
		}
		if (p->len == 0 && p->stopping) {
			if (poller)
				p->polling = poller = false;
			pthread_mutex_unlock(&p->lock);
			return NULL;
		}
		if (p->len == 0) { /* the shared queue, idle here */
			if (!p->fenced)
				run_other(s, &poller);
			pthread_mutex_unlock(&p->lock);
			continue;
		}
		if (poller) { /* busy now: another idle worker polls */
			p->polling = poller = false;
			pthread_cond_signal(&p->wake);
		}
		struct job *j = p->queue[p->head];
		p->head = (p->head + 1) % p->size;
		p->len--;
		if (j->state != JOB_QUEUED) { /* cancelled while queued */
			pthread_mutex_unlock(&p->lock);
			job_unref(s, j);
			continue;
		}
		bool stop = p->stopping;
		j->state = JOB_RUNNING;
		p->running++;
		pthread_mutex_unlock(&p->lock);
		bool here = true;
		if (stop)
			record_unrun(s, j, EXEC_INTERRUPTED);
		else
			here = run_job(s, j);
		pthread_mutex_lock(&p->lock);
		p->running--;
		if (!here)
			j->elsewhere = true;
		pthread_mutex_unlock(&p->lock);
		finish_job(s, j);
		job_unref(s, j);
	}
}

/* The live job with this id (of this key, or any when key_id < 0), or
 * NULL. Called with p->lock held. */
static struct job *find_active(struct pool *p, const char *id, int64_t key_id)
{
	struct job *j;

	for (j = p->active; j; j = j->next_active)
		if (strcmp(j->id, id) == 0 && (key_id < 0 || j->key_id == key_id))
			break;
	return j;
}

int pool_wait(struct service *s, const char *id, int64_t key_id, int timeout_ms)
{
	struct pool *p = &s->pool;
	struct timespec until;
	struct job *j;

	clock_gettime(CLOCK_REALTIME, &until); /* the clock of j->done */
	until.tv_sec += timeout_ms / 1000;
	until.tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
	if (until.tv_nsec >= 1000000000L) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000L;
	}
	pthread_mutex_lock(&p->lock);
	j = find_active(p, id, key_id);
	if (p->shared) {
		if (j)
			j->refs++;
		bool ended = wait_shared(s, j, id, &until, false);
		pthread_mutex_unlock(&p->lock);
		if (j)
			job_unref(s, j);
		return ended ? 0 : 1;
	}
	if (j == NULL) {
		pthread_mutex_unlock(&p->lock);
		return 0;
	}
	j->refs++;
	while (j->state != JOB_DONE)
		if (pthread_cond_timedwait(&j->done, &p->lock, &until) != 0)
			break;
	bool done = j->state == JOB_DONE;
	pthread_mutex_unlock(&p->lock);
	job_unref(s, j);
	return done ? 0 : 1;
}

/* The shared queue: queued -> cancelled in the row, unless another node
 * claimed it first (false). A store error counts as done: the result is
 * then written as for one node. */
static bool cancel_queued_row(struct service *s, const struct job *j)
{
	err_t err;
	return record_cancel_row(s, j->id, EXEC_QUEUED, &err) != 0;
}

/* Asks the node running id to cancel it and waits (up to a minute) until
 * it ended. 0: it ended (or was asked to), 1: it is not running. */
static int cancel_running_elsewhere(struct service *s, const char *id)
{
	struct timespec until;
	err_t err;

	err_clear(&err);
	int n = s->st->be->exec_cancel_request(s->st, id, &err);
	if (n < 0)
		log_error(s, id, err.msg);
	if (n <= 0)
		return row_ended(s, id) ? 1 : 0;
	after_ms(&until, 60000);
	pthread_mutex_lock(&s->pool.lock);
	wait_shared(s, NULL, id, &until, false);
	pthread_mutex_unlock(&s->pool.lock);
	return 0;
}

int pool_cancel_elsewhere(struct service *s, const struct exec_row *row)
{
	err_t err;
	/* queued on another node: its worker finds it no longer queued */
	int changed = record_cancelled(s, row, EXEC_QUEUED, &err);
	if (changed < 0)
		log_error(s, row->id, err.msg);
	if (changed <= 0)
		return cancel_running_elsewhere(s, row->id);
	return 0;
}

void pool_cancel_here(struct service *s, const char *id)
{
	struct pool *p = &s->pool;

	pthread_mutex_lock(&p->lock);
	struct job *j = find_active(p, id, -1);
	if (j && j->state == JOB_RUNNING && !j->cancelled && j->cancel_pipe[1] >= 0) {
		j->cancelled = true;
		(void)!write(j->cancel_pipe[1], "c", 1);
	}
	pthread_mutex_unlock(&p->lock);
}

void pool_fence(struct service *s, bool fenced)
{
	struct pool *p = &s->pool;

	pthread_mutex_lock(&p->lock);
	bool was = p->fenced;
	p->fenced = fenced;
	if (fenced && !was) /* what runs here may be declared interrupted elsewhere */
		for (struct job *j = p->active; j; j = j->next_active)
			if (j->state == JOB_RUNNING && j->cancel_pipe[1] >= 0)
				(void)!write(j->cancel_pipe[1], "i", 1);
	pthread_mutex_unlock(&p->lock);
	if (fenced != was)
		service_log(s,
			    json_pack("{s:s}", "event", fenced ? "node_fenced" : "node_unfenced"));
}

int pool_cancel(struct service *s, const char *id, int64_t key_id)
{
	struct pool *p = &s->pool;
	struct job *j;

	pthread_mutex_lock(&p->lock);
	j = find_active(p, id, key_id);
	if (j == NULL) {
		pthread_mutex_unlock(&p->lock);
		return 1;
	}
	j->cancelled = true;
	j->refs++;
	if (j->state == JOB_QUEUED) {
		/* The worker that pops it will see it is no longer queued. */
		j->state = JOB_RUNNING;
		pthread_mutex_unlock(&p->lock);
		if (p->shared && !cancel_queued_row(s, j)) {
			/* another node claimed it meanwhile: ask that one */
			pthread_mutex_lock(&p->lock);
			j->elsewhere = true;
			pthread_mutex_unlock(&p->lock);
			finish_job(s, j);
			char id_copy[STORE_ID_MAX];
			snprintf(id_copy, sizeof(id_copy), "%s", j->id);
			job_unref(s, j);
			return cancel_running_elsewhere(s, id_copy);
		}
		record_unrun(s, j, EXEC_CANCELLED);
		finish_job(s, j);
		job_unref(s, j);
		return 0;
	}
	(void)!write(j->cancel_pipe[1], "c", 1);
	while (j->state != JOB_DONE)
		pthread_cond_wait(&j->done, &p->lock);
	bool elsewhere = j->elsewhere;
	pthread_mutex_unlock(&p->lock);
	char id_copy[STORE_ID_MAX];
	snprintf(id_copy, sizeof(id_copy), "%s", j->id);
	job_unref(s, j);
	return elsewhere ? cancel_running_elsewhere(s, id_copy) : 0;
}

int pool_start(struct service *s, err_t *err)
{
	struct pool *p = &s->pool;

	p->shared = s->st->be->exec_claim != NULL && s->st->node[0] != 0;
	p->workers = xcalloc((size_t)s->cfg.workers, sizeof(pthread_t));
	for (int i = 0; i < s->cfg.workers; i++) {
		int r = pthread_create(&p->workers[i], NULL, worker_main, s);
		if (r != 0)
			return err_set(err, r, "cannot start worker %d", i);
		p->nworkers++;
	}
	return 0;
}

/* Queued jobs are recorded as interrupted by the workers; running ones get
 * the grace period and are then cancelled (recorded as interrupted). */
void pool_stop(struct service *s)
{
	struct pool *p = &s->pool;
	uint64_t deadline;

	pthread_mutex_lock(&p->lock);
	p->stopping = true;
	pthread_cond_broadcast(&p->wake);
	pthread_mutex_unlock(&p->lock);
	deadline = monotonic_ms() + (uint64_t)s->cfg.grace_period_s * 1000;
	for (;;) {
		pthread_mutex_lock(&p->lock);
		int busy = p->running + p->len;
		if (busy && monotonic_ms() >= deadline)
			for (struct job *j = p->active; j; j = j->next_active)
				if (j->state == JOB_RUNNING)
					(void)!write(j->cancel_pipe[1], "i", 1);
		pthread_mutex_unlock(&p->lock);
		if (!busy)
			break;
		usleep(20000);
	}
	for (int i = 0; i < p->nworkers; i++)
		pthread_join(p->workers[i], NULL);
	p->nworkers = 0;
}

/* ---- stored requests: approvals, and a restart's queue ---- */

int pool_prepare_stored(struct service *s, const struct exec_row *r, const char *original,
			struct job **out, struct svc_error *e)
{
	struct exec_request req;
	json_t *root = stored_json(original ? original : r->request_json);

	*out = NULL;
	if (root == NULL)
		return svc_error_set(e, SVC_INTERNAL, "storage_error",
				     "the stored request of %s is not JSON", r->id);
	if (exec_request_from_json(root, &s->cfg, &req, e) < 0 || pool_reserve(s, e) < 0) {
		exec_request_free(&req);
		return -1;
	}
	*out = job_new(r->id, r->created_at, r->code_hash, r->key_id, &req);
	return 0;
}

void pool_discard(struct service *s, struct job *j)
{
	pool_unreserve(s);
	job_unref(s, j);
}

int pool_submit_prepared(struct service *s, struct job *j, struct svc_error *e)
{
	j->accepted_ms = monotonic_ms();
	quota_take_slot(s, j->key_id);
	int ret = pool_submit(s, j, e);
	if (ret < 0)
		quota_release(s, j->key_id, NULL);
	job_unref(s, j); /* nobody waits for it */
	return ret;
}

struct queued_rows {
	struct exec_row *rows;
	size_t n;
};

/* Runs under the store's lock: only copies. */
static int collect_queued(void *ctx, const struct exec_row *r)
{
	struct queued_rows *q = ctx;
	q->rows = xrealloc(q->rows, (q->n + 1) * sizeof(*q->rows));
	struct exec_row *c = &q->rows[q->n++];
	*c = *r;
	c->limits_json = r->limits_json ? xstrdup(r->limits_json) : NULL;
	c->result_json = NULL;
	c->request_json = r->request_json ? xstrdup(r->request_json) : NULL;
	c->policy_json = r->policy_json ? xstrdup(r->policy_json) : NULL;
	c->meta_json = r->meta_json ? xstrdup(r->meta_json) : NULL;
	return 0;
}

static int requeue_one(struct service *s, const struct exec_row *r, struct svc_error *e)
{
	/* With redact_code the original lived in the last process only:
	 * running the redacted copy would run another program. */
	if (policy_code_redacted(r->policy_json))
		return svc_error_set(e, SVC_CONFLICT, "code_unavailable",
				     "its code was stored redacted (redact_code) and the original "
				     "is gone with the last process");
	struct job *j;
	if (pool_prepare_stored(s, r, NULL, &j, e) < 0)
		return -1;
	return pool_submit_prepared(s, j, e);
}

/* Runs each of q's rows again (and frees them); what cannot run again
 * ends as interrupted. Returns how many were queued. */
static int requeue_rows(struct service *s, struct queued_rows *q)
{
	struct svc_error e;
	int queued = 0;

	for (size_t i = 0; i < q->n; i++) {
		struct exec_row *r = &q->rows[i];
		if (requeue_one(s, r, &e) == 0) {
			queued++;
			continue;
		}
		err_t ferr;
		err_clear(&ferr);
		r->status = EXEC_INTERRUPTED;
		store_now(r->finished_at);
		if (s->st->be->exec_finish(s->st, r, NULL, &ferr) < 0)
			log_error(s, r->id, ferr.msg);
		service_log(s, json_pack("{s:s, s:s, s:s}", "event", "not_requeued", "id", r->id,
					 "reason", e.message));
	}
	for (size_t i = 0; i < q->n; i++)
		exec_row_free(&q->rows[i]);
	free(q->rows);
	return queued;
}

int pool_requeue(struct service *s, err_t *err)
{
	struct queued_rows q = {NULL, 0};

	if (s->st->be->exec_queued(s->st, collect_queued, &q, err) < 0)
		return err_wrap(err, "cannot read the queued executions of the last run");
	return requeue_rows(s, &q);
}

int pool_take_over(struct service *s, int lease_s, int *adopted, err_t *err)
{
	struct queued_rows q = {NULL, 0};
	char now[STORE_TIME_MAX];
	int interrupted;

	store_now(now);
	interrupted = s->st->be->node_takeover(s->st, lease_s, now, collect_queued, &q, err);
	*adopted = requeue_rows(s, &q);
	return interrupted;
}
