/*
 * Per-key quotas, all of admission in one place: executions and CPU
 * seconds per UTC day, executions at once and a token-bucket rate. The
 * store's quota_admit reads the key's usage and calls decide: SQLite
 * counts the day (so it holds across restarts) and leaves concurrency and
 * the bucket to this process's memory; PostgreSQL counts all four in one
 * transaction under the key's lock, exact across nodes. Each refusal says
 * when to try again.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/util.h"
#include "service/internal.h"
#include "service/quota.h"

uint64_t bucket_take(struct bucket *b, int64_t per_minute, uint64_t now_ms)
{
	double rate, cap = (double)per_minute;

	if (per_minute <= 0)
		return 0;
	rate = cap / 60000.0; /* tokens per ms */
	if (!b->started) {
		b->tokens = cap;
		b->last_ms = now_ms;
		b->started = 1;
	}
	if (now_ms > b->last_ms) {
		b->tokens += (double)(now_ms - b->last_ms) * rate;
		if (b->tokens > cap)
			b->tokens = cap;
		b->last_ms = now_ms;
	}
	if (b->tokens >= 1.0) {
		b->tokens -= 1.0;
		return 0;
	}
	uint64_t wait = (uint64_t)((1.0 - b->tokens) / rate) + 1;
	return wait;
}

static const struct {
	const char *name;
	size_t off;
} quota_names[] = {
    {"per-minute", offsetof(struct key_quota, per_minute)},
    {"per-day", offsetof(struct key_quota, per_day)},
    {"concurrent", offsetof(struct key_quota, concurrent)},
    {"cpu-seconds", offsetof(struct key_quota, cpu_s_day)},
};

int quota_parse(const char *s, struct key_quota *q, err_t *err)
{
	cleanup_free char *copy = xstrdup(s);
	char *save = NULL, *item;

	for (item = strtok_r(copy, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
		char *eq = strchr(item, '='), *end;
		size_t i;
		long long v;
		if (eq == NULL)
			return err_set(err, 0, "quota '%s' is not NAME=NUMBER", item);
		*eq = 0;
		for (i = 0; i < ARRAY_SIZE(quota_names); i++)
			if (strcmp(item, quota_names[i].name) == 0)
				break;
		if (i == ARRAY_SIZE(quota_names))
			return err_set(err, 0,
				       "unknown quota '%s' (per-minute, per-day, concurrent, "
				       "cpu-seconds)",
				       item);
		errno = 0;
		v = strtoll(eq + 1, &end, 10);
		if (errno || end == eq + 1 || *end || v < 0)
			return err_set(err, 0, "quota %s must be a whole number >= 0 (0: no limit)",
				       item);
		*(int64_t *)((char *)q + quota_names[i].off) = v;
	}
	return 0;
}

void quotas_init(struct quotas *q)
{
	pthread_mutex_init(&q->lock, NULL);
	q->keys = NULL;
	q->nkeys = 0;
}

void quotas_destroy(struct quotas *q)
{
	free(q->keys);
	pthread_mutex_destroy(&q->lock);
}

/* Under the lock. */
static struct key_state *key_state(struct quotas *q, int64_t key_id)
{
	for (size_t i = 0; i < q->nkeys; i++)
		if (q->keys[i].key_id == key_id)
			return &q->keys[i];
	q->keys = xrealloc(q->keys, (q->nkeys + 1) * sizeof(*q->keys));
	memset(&q->keys[q->nkeys], 0, sizeof(q->keys[0]));
	q->keys[q->nkeys].key_id = key_id;
	return &q->keys[q->nkeys++];
}

struct admission {
	struct service *s;
	const struct key_row *k;
	const struct key_quota *q;
	struct svc_error *e;
};

static int refuse_day(struct admission *a, bool runs)
{
	metrics_reject(&a->s->metrics, "quota_day");
	svc_error_set(a->e, SVC_LIMITED, "quota_exceeded",
		      runs ? "daily quota of %lld executions used up"
			   : "daily quota of %lld CPU seconds used up",
		      (long long)(runs ? a->q->per_day : a->q->cpu_s_day));
	a->e->retry_after_s = (int)(86400 - time(NULL) % 86400);
	return 0;
}

/* The store's quota_decide_fn: per day, CPU per day, concurrency, rate, in
 * that order. What the store does not count (live < 0, a bucket it does
 * not keep) is this process's memory. */
static int decide(void *ctx, struct quota_usage *u)
{
	struct admission *a = ctx;
	const struct key_quota *q = a->q;
	uint64_t wait;

	if (q->per_day > 0 && u->day_count >= q->per_day)
		return refuse_day(a, true);
	if (q->cpu_s_day > 0 && u->day_cpu_ms >= q->cpu_s_day * 1000)
		return refuse_day(a, false);
	pthread_mutex_lock(&a->s->quotas.lock);
	struct key_state *ks = key_state(&a->s->quotas, a->k->id);
	int64_t live = u->live >= 0 ? u->live : ks->live;
	if (q->concurrent > 0 && live >= q->concurrent) {
		pthread_mutex_unlock(&a->s->quotas.lock);
		metrics_reject(&a->s->metrics, "concurrency");
		svc_error_set(a->e, SVC_LIMITED, "too_many_concurrent",
			      "%lld executions of this key are already queued or running",
			      (long long)q->concurrent);
		a->e->retry_after_s = 1;
		return 0;
	}
	if (u->bucket_shared) {
		struct bucket b = {u->tokens, u->last_ms, u->bucket_started};
		wait = bucket_take(&b, q->per_minute, u->now_ms);
		u->tokens = b.tokens;
		u->last_ms = b.last_ms;
	} else {
		wait = bucket_take(&ks->bucket, q->per_minute, monotonic_ms());
	}
	if (wait > 0) {
		pthread_mutex_unlock(&a->s->quotas.lock);
		metrics_reject(&a->s->metrics, "rate");
		svc_error_set(a->e, SVC_LIMITED, "rate_limited",
			      "rate limit of %lld executions a minute reached",
			      (long long)q->per_minute);
		a->e->retry_after_s = (int)((wait + 999) / 1000);
		return 0;
	}
	ks->live++;
	pthread_mutex_unlock(&a->s->quotas.lock);
	return 1;
}

int quota_admit(struct service *s, const struct key_row *k, const char *exec_id,
		struct svc_error *e)
{
	struct admission a = {s, k, k->has_quota ? &k->quota : &s->cfg.quota, e};
	char today[STORE_TIME_MAX];
	err_t err;

	if (a.q->per_minute <= 0 && a.q->per_day <= 0 && a.q->concurrent <= 0 &&
	    a.q->cpu_s_day <= 0) {
		quota_take_slot(s, k->id);
		return 0;
	}
	err_clear(&err);
	store_today(today);
	int r = s->st->be->quota_admit(s->st, k->id, exec_id, a.q, today, decide, &a, &err);
	if (r < 0)
		return svc_error_store(e, &err);
	return r > 0 ? 0 : -1;
}

void quota_take_slot(struct service *s, int64_t key_id)
{
	pthread_mutex_lock(&s->quotas.lock);
	key_state(&s->quotas, key_id)->live++;
	pthread_mutex_unlock(&s->quotas.lock);
}

void quota_forget(struct service *s, const char *exec_id)
{
	err_t err;

	err_clear(&err);
	if (s->st->be->quota_forget(s->st, exec_id, &err) < 0)
		service_log(s, json_pack("{s:s, s:s, s:s}", "event", "quota_hold_kept", "id",
					 exec_id, "error", err.msg));
}

void quota_release(struct service *s, int64_t key_id, const char *exec_id)
{
	if (exec_id)
		quota_forget(s, exec_id);
	pthread_mutex_lock(&s->quotas.lock);
	struct key_state *ks = key_state(&s->quotas, key_id);
	if (ks->live > 0)
		ks->live--;
	pthread_mutex_unlock(&s->quotas.lock);
}

/* Under the lock: the windows of now (a UTC day, an hour). */
static void egress_roll(struct key_state *ks, time_t now)
{
	if (ks->egress_day != now / 86400) {
		ks->egress_day = now / 86400;
		ks->egress_bytes = 0;
	}
	if (ks->egress_hour != now / 3600) {
		ks->egress_hour = now / 3600;
		ks->egress_conns = 0;
	}
}

int quota_egress_admit(struct service *s, int64_t key_id, struct egress_policy *p,
		       struct svc_error *e)
{
	uint64_t bytes = (uint64_t)s->cfg.egress_key_mb_per_day << 20,
		 conns = (uint64_t)s->cfg.egress_key_connections_per_hour;
	time_t now = time(NULL);
	int ret = 0;

	if (p == NULL || (bytes == 0 && conns == 0))
		return 0;
	pthread_mutex_lock(&s->quotas.lock);
	struct key_state *ks = key_state(&s->quotas, key_id);
	egress_roll(ks, now);
	if (bytes > 0 && ks->egress_bytes >= bytes) {
		ret = svc_error_set(e, SVC_LIMITED, "egress_quota_exceeded",
				    "this key's egress of %lld MB a day is used up",
				    (long long)s->cfg.egress_key_mb_per_day);
		e->retry_after_s = (int)(86400 - now % 86400);
	} else if (conns > 0 && ks->egress_conns >= conns) {
		ret = svc_error_set(e, SVC_LIMITED, "egress_quota_exceeded",
				    "this key's egress of %lld connections an hour is used up",
				    (long long)s->cfg.egress_key_connections_per_hour);
		e->retry_after_s = (int)(3600 - now % 3600);
	} else {
		if (bytes > 0 && p->max_bytes > bytes - ks->egress_bytes)
			p->max_bytes = bytes - ks->egress_bytes;
		if (conns > 0 && p->max_connections > conns - ks->egress_conns)
			p->max_connections = conns - ks->egress_conns;
	}
	pthread_mutex_unlock(&s->quotas.lock);
	if (ret < 0)
		metrics_reject(&s->metrics, "egress_quota");
	return ret;
}

void quota_egress_used(struct service *s, int64_t key_id, const json_t *network)
{
	const json_t *q;
	size_t i;
	uint64_t bytes = 0, conns = 0;

	if (network == NULL)
		return;
	json_array_foreach(json_object_get(network, "requests"), i, q)
	{
		bytes += (uint64_t)json_integer_value(json_object_get(q, "bytes_sent")) +
			 (uint64_t)json_integer_value(json_object_get(q, "bytes_received"));
		conns += json_is_true(json_object_get(q, "allowed"));
	}
	conns += (uint64_t)json_integer_value(json_object_get(network, "requests_dropped"));
	pthread_mutex_lock(&s->quotas.lock);
	struct key_state *ks = key_state(&s->quotas, key_id);
	egress_roll(ks, time(NULL));
	ks->egress_bytes += bytes;
	ks->egress_conns += conns;
	pthread_mutex_unlock(&s->quotas.lock);
}
