/*
 * Errors that carry context upward.
 *
 * Library code never prints or exits: a failing function fills an err_t and
 * returns -1, and every caller on the way up may prefix what it was doing.
 * The message that reaches the user reads as one sentence, outermost context
 * first:  "cannot create cgroup: mkdir /sys/fs/cgroup/...: Permission denied".
 *
 * err_t is a fixed-size buffer so it can be used where malloc cannot (in a
 * child after clone() from a multi-threaded process).
 */
#ifndef AIRLOCK_ERR_H
#define AIRLOCK_ERR_H

#include <stddef.h>

#define ERR_MSG_MAX 1024

typedef struct err {
	int errnum;	       /* errno of the root cause, 0 if none */
	char msg[ERR_MSG_MAX]; /* human-readable, no trailing newline */
} err_t;

/* Sets err to the formatted message, appending ": strerror(errnum)" when
 * errnum is not 0.  Returns -1 so callers can `return err_set(...)`. */
int err_set(err_t *err, int errnum, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* The same, for a message that says everything itself: errnum classifies
 * the error (ENOENT, EACCES... for a caller to map) but is not appended. */
int err_say(err_t *err, int errnum, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Prefixes err's message with the formatted context and ": ". Returns -1. */
int err_wrap(err_t *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

void err_clear(err_t *err);

#endif
