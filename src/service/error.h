/* What went wrong in the service, in terms every front end can map to its
 * own protocol (http/reply.c: to HTTP statuses). */
#ifndef AIRLOCK_SERVICE_ERROR_H
#define AIRLOCK_SERVICE_ERROR_H

#include "common/err.h"

/* What went wrong, in terms every protocol can map: http/reply.c maps a
 * kind to an HTTP status, another front end to its own. */
enum svc_kind {
	SVC_BAD_REQUEST = 1, /* malformed: not JSON, wrong types, unknown fields */
	SVC_TOO_LARGE,	     /* the request or a part of it is over a size limit */
	SVC_INVALID,	     /* well-formed, but a value is not acceptable */
	SVC_UNAUTHORIZED,    /* no valid key */
	SVC_FORBIDDEN,	     /* the key may not do this */
	SVC_NOT_FOUND,	     /* no such execution (or not this key's) */
	SVC_CONFLICT,	     /* not in a state that allows it (already decided, ended) */
	SVC_LIMITED,	     /* a per-key quota; retry_after_s says when */
	SVC_UNAVAILABLE,     /* busy: queue full, stopping, database locked; retry */
	SVC_INTERNAL,	     /* airlock failed */
	SVC_NO_SPACE,	     /* a sandbox's disk is full (HTTP 507) */
	SVC_NOT_IMPLEMENTED, /* not on this host (HTTP 501): the message says why */
	SVC_BAD_GATEWAY,     /* a sandbox's server did not answer (HTTP 502) */
};

/* Seconds a caller should wait after SVC_UNAVAILABLE (every one of them). */
#define SVC_RETRY_AFTER_S 1

struct svc_error {
	enum svc_kind kind;
	char code[32]; /* stable and machine-readable: "queue_full", "limit_too_high" */
	char message[512];
	int retry_after_s; /* > 0: when to try again */
};

/* Sets e (retry_after_s: SVC_RETRY_AFTER_S for SVC_UNAVAILABLE, else 0)
 * and returns -1. */
int svc_error_set(struct svc_error *e, enum svc_kind kind, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* A store failure: SVC_UNAVAILABLE when the database is busy, locked, full
 * or read-only (STORE_EBUSY), else SVC_INTERNAL; code "storage_error".
 * Returns -1. */
int svc_error_store(struct svc_error *e, const err_t *err);

#endif
