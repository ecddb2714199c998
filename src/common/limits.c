#include "common/limits.h"

#include <math.h>
#include <string.h>
#include <stdio.h>

/* Upper bounds that no sane run needs; beyond them a value is a typo. */
#define MAX_TIME_S (24.0 * 3600)
#define MAX_MEMORY_MB (1024ull * 1024) /* 1 TiB */
#define MAX_PROCESSES 65536ull
#define MAX_OUTPUT_KB (1024ull * 1024) /* 1 GiB per stream, held in memory */
#define MAX_DISK_MB (1024ull * 1024)

void limits_default(struct limits *l)
{
	l->time_limit_s = 10;
	l->wall_time_limit_s = 0;
	l->memory_limit_mb = 512;
	l->max_processes = 64;
	l->max_output_kb = 1024;
	l->disk_limit_mb = 64;
	l->net = NET_NONE;
}

void limits_finish(struct limits *l)
{
	if (l->wall_time_limit_s <= 0)
		l->wall_time_limit_s = 2 * l->time_limit_s + 1;
}

static int check_time(const char *name, double v, err_t *err)
{
	if (!isfinite(v) || v < 0.001 || v > MAX_TIME_S)
		return err_set(err, 0, "%s must be between 0.001 and %.0f seconds, not %g", name,
			       MAX_TIME_S, v);
	return 0;
}

static int check_count(const char *name, uint64_t v, uint64_t min, uint64_t max, err_t *err)
{
	if (v < min || v > max)
		return err_set(err, 0, "%s must be between %llu and %llu, not %llu", name,
			       (unsigned long long)min, (unsigned long long)max,
			       (unsigned long long)v);
	return 0;
}

int limits_validate(const struct limits *l, err_t *err)
{
	if (check_time("time limit", l->time_limit_s, err) < 0)
		return -1;
	if (check_time("wall time limit", l->wall_time_limit_s, err) < 0)
		return -1;
	/* Below a few MB no interpreter can even start; refuse rather than
	 * report a confusing memory_limit. */
	if (check_count("memory limit (MB)", l->memory_limit_mb, 4, MAX_MEMORY_MB, err) < 0)
		return -1;
	if (check_count("max processes", l->max_processes, 1, MAX_PROCESSES, err) < 0)
		return -1;
	if (check_count("max output (KB)", l->max_output_kb, 1, MAX_OUTPUT_KB, err) < 0)
		return -1;
	if (check_count("disk limit (MB)", l->disk_limit_mb, 1, MAX_DISK_MB, err) < 0)
		return -1;
	if (l->net != NET_NONE && l->net != NET_LOOPBACK && l->net != NET_EGRESS)
		return err_set(err, 0, "network mode must be none, loopback or egress");
	return 0;
}

const char *net_mode_name(enum net_mode m)
{
	return m == NET_EGRESS ? "egress" : m == NET_LOOPBACK ? "loopback" : "none";
}

int net_mode_parse(const char *s, enum net_mode *out)
{
	static const enum net_mode modes[] = {NET_NONE, NET_LOOPBACK, NET_EGRESS};

	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++)
		if (strcmp(s, net_mode_name(modes[i])) == 0) {
			*out = modes[i];
			return 0;
		}
	return -1;
}
