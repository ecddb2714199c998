/*
 * A live sandbox's use: measured when asked (service_sandbox_metrics), and
 * what the reaper sampled every SANDBOX_SAMPLE_S seconds while it ran (the
 * last SANDBOX_SAMPLES, kept in memory with the sandbox: sandboxes.c's
 * sandbox_sample) for E2B's getMetrics over a time range and /v1's
 * metrics/history. The samples go with the sandbox: an ended one has none
 * to give.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "engine/box.h"
#include "service/internal.h"

static json_t *sample_json(const struct sandbox_sample *x)
{
	const struct box_metrics *m = &x->m;
	char at[STORE_TIME_MAX];

	time_text(x->at_ms, at);
	return json_pack("{s:s, s:i, s:f, s:I, s:I, s:o, s:I, s:I, s:I}", "timestamp", at,
			 "cpu_count", (int)m->cpu_count, "cpu_used_pct", m->cpu_used_pct, "cpu_ms",
			 (json_int_t)(m->cpu_ns / 1000000), "memory_used_bytes",
			 (json_int_t)m->mem_used_bytes, "memory_cache_bytes",
			 m->mem_cache_bytes < 0 ? json_null() : json_integer(m->mem_cache_bytes),
			 "memory_total_bytes", (json_int_t)m->mem_total_bytes, "disk_used_bytes",
			 (json_int_t)m->disk_used_bytes, "disk_total_bytes",
			 (json_int_t)m->disk_total_bytes);
}

/* The sandbox's use measured now into *now_sample. */
static int measure(struct service *s, const struct key_row *key, const char *id,
		   struct sandbox **held, struct sandbox_sample *now_sample, struct svc_error *e)
{
	struct box_metrics m;
	err_t err;

	if (sandbox_acquire_paused(s, key, id, held, e) < 0)
		return -1;
	err_clear(&err);
	int64_t at = sandbox_now_ms();
	if (box_metrics((*held)->box, NULL, &m, &err) < 0) {
		sandbox_release_unused(s, *held);
		*held = NULL;
		return err.errnum == ESRCH
			   ? svc_error_set(e, SVC_CONFLICT, "sandbox_terminated",
					   "sandbox %s has ended", id)
			   : svc_error_set(e, SVC_INTERNAL, "metrics_failed", "%s", err.msg);
	}
	*now_sample = (struct sandbox_sample){at, m};
	return 0;
}

int service_sandbox_metrics(struct service *s, const struct key_row *key, const char *id,
			    json_t **out, struct svc_error *e)
{
	struct sandbox *sb;
	struct sandbox_sample now;

	*out = NULL;
	if (measure(s, key, id, &sb, &now, e) < 0)
		return -1;
	sandbox_release_unused(s, sb);
	*out = sample_json(&now);
	return 0;
}

static bool within(int64_t at, int64_t start_ms, int64_t end_ms)
{
	return (start_ms < 0 || at >= start_ms) && (end_ms < 0 || at <= end_ms);
}

int service_sandbox_metrics_history(struct service *s, const struct key_row *key, const char *id,
				    int64_t start_ms, int64_t end_ms, json_t **out,
				    struct svc_error *e)
{
	struct sandboxes *r = &s->sandboxes;
	struct sandbox *sb;
	struct sandbox_sample now, *copy = NULL;
	int n = 0;

	*out = NULL;
	if (start_ms >= 0 && end_ms >= 0 && end_ms < start_ms)
		return svc_error_set(e, SVC_INVALID, "invalid_value",
				     "'end' is before 'start': nothing can be in between");
	if (measure(s, key, id, &sb, &now, e) < 0)
		return -1;
	pthread_mutex_lock(&r->lock);
	if (sb->nsamples > 0) {
		copy = xmalloc((size_t)sb->nsamples * sizeof(*copy));
		int first = (sb->next_sample - sb->nsamples + SANDBOX_SAMPLES) % SANDBOX_SAMPLES;
		for (n = 0; n < sb->nsamples; n++)
			copy[n] = sb->samples[(first + n) % SANDBOX_SAMPLES];
	}
	pthread_mutex_unlock(&r->lock);
	sandbox_release_unused(s, sb);
	json_t *list = json_array();
	for (int i = 0; i < n; i++)
		if (within(copy[i].at_ms, start_ms, end_ms))
			json_array_append_new(list, sample_json(&copy[i]));
	if (within(now.at_ms, start_ms, end_ms))
		json_array_append_new(list, sample_json(&now));
	free(copy);
	*out = json_pack("{s:o}", "samples", list);
	return 0;
}
