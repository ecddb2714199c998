/*
 * The limits of one run: what the engine enforces, what a language profile
 * sets for its compile step, what the command line and the service accept.
 */
#ifndef AIRLOCK_LIMITS_H
#define AIRLOCK_LIMITS_H

#include <stdint.h>

#include "common/err.h"

enum net_mode {
	NET_NONE = 0, /* a private network namespace whose loopback is down */
	NET_LOOPBACK, /* a private network namespace with loopback up */
	NET_EGRESS,   /* NET_LOOPBACK and airlock's proxy to allowed hosts (net/egress.h) */
};

/* Limits of one run. Units are those of the command line and the result. */
struct limits {
	double time_limit_s;	  /* CPU time of all processes together */
	double wall_time_limit_s; /* real time */
	uint64_t memory_limit_mb; /* peak memory of all processes, tmpfs included */
	uint64_t max_processes;	  /* processes and threads at once */
	uint64_t max_output_kb;	  /* per stream */
	uint64_t disk_limit_mb;	  /* size of the writable scratch (/tmp and /work) */
	enum net_mode net;
};

/* "none", "loopback", "egress" */
const char *net_mode_name(enum net_mode m);
/* The same back; -1 for another name. */
int net_mode_parse(const char *s, enum net_mode *out);

/* The defaults of CONTRACT.md; the wall limit is derived when it is 0. */
void limits_default(struct limits *l);
/* Fills derived values (wall time = 2 x CPU + 1 when unset). */
void limits_finish(struct limits *l);
/* Checks every value; a message names the limit, the value and the bounds. */
int limits_validate(const struct limits *l, err_t *err);

#endif
