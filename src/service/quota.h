/* Per-key quotas: a token bucket for the rate, counters for the rest. */
#ifndef AIRLOCK_QUOTA_H
#define AIRLOCK_QUOTA_H

#include <stdint.h>

#include "common/err.h"
#include "store/store.h"

struct bucket {
	double tokens;
	uint64_t last_ms;
	int started;
};

/* Takes one token from a bucket refilled at per_minute tokens a minute, at
 * most per_minute held. Returns 0 when taken, else the milliseconds until a
 * token is there. per_minute <= 0: no limit. Pure: the clock is passed in. */
uint64_t bucket_take(struct bucket *b, int64_t per_minute, uint64_t now_ms);

/* "per-minute=60,per-day=1000,concurrent=4,cpu-seconds=3600" over q. */
int quota_parse(const char *s, struct key_quota *q, err_t *err);

#endif
