#include <math.h>
#include <stdio.h>

#include "engine/engine.h"

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
	if (l->net != NET_NONE && l->net != NET_LOOPBACK)
		return err_set(err, 0, "network mode must be none or loopback");
	return 0;
}

const char *run_status_name(enum run_status s)
{
	static const char *const names[] = {
	    [STATUS_OK] = "ok",
	    [STATUS_RUNTIME_ERROR] = "runtime_error",
	    [STATUS_SIGNALED] = "signaled",
	    [STATUS_TIME_LIMIT] = "time_limit",
	    [STATUS_WALL_TIME_LIMIT] = "wall_time_limit",
	    [STATUS_MEMORY_LIMIT] = "memory_limit",
	    [STATUS_OUTPUT_LIMIT] = "output_limit",
	    [STATUS_SYSCALL_DENIED] = "syscall_denied",
	    [STATUS_COMPILE_ERROR] = "compile_error",
	    [STATUS_INTERNAL_ERROR] = "internal_error",
	    [STATUS_CANCELLED] = "cancelled",
	    [STATUS_POLICY_BLOCKED] = "policy_blocked",
	    [STATUS_REJECTED] = "rejected",
	};
	if ((size_t)s < ARRAY_SIZE(names) && names[s])
		return names[s];
	return "internal_error";
}

const char *enforcer_name(enum enforcer e)
{
	switch (e) {
	case ENF_CGROUP_V1:
		return "cgroup_v1";
	case ENF_CGROUP_V2:
		return "cgroup_v2";
	case ENF_RLIMIT:
		return "rlimit";
	case ENF_SUPERVISOR:
		return "supervisor";
	case ENF_TMPFS:
		return "tmpfs";
	case ENF_NONE:
		break;
	}
	return "none";
}

void run_result_free(struct run_result *r)
{
	buf_free(&r->run.out);
	buf_free(&r->run.err);
	buf_free(&r->compile.out);
	buf_free(&r->compile.err);
	buf_free(&r->run.out_beyond);
	buf_free(&r->run.err_beyond);
	buf_free(&r->compile.out_beyond);
	buf_free(&r->compile.err_beyond);
}
