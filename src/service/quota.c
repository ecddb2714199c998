#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "server/quota.h"

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
