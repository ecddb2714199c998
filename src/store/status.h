/*
 * The status of an execution, as the store keeps it and the API shows it.
 *
 * The names are the API's and the database's text values; the numbers are
 * this build's only and are never stored.
 */
#ifndef AIRLOCK_STORE_STATUS_H
#define AIRLOCK_STORE_STATUS_H

#include <stdbool.h>

enum exec_status {
	EXEC_QUEUED,
	EXEC_RUNNING,
	EXEC_PENDING_APPROVAL,
	EXEC_CANCELLED,
	EXEC_INTERRUPTED,
	EXEC_OK,
	EXEC_RUNTIME_ERROR,
	EXEC_SIGNALED,
	EXEC_TIME_LIMIT,
	EXEC_WALL_TIME_LIMIT,
	EXEC_MEMORY_LIMIT,
	EXEC_OUTPUT_LIMIT,
	EXEC_SYSCALL_DENIED,
	EXEC_COMPILE_ERROR,
	EXEC_INTERNAL_ERROR,
	EXEC_POLICY_BLOCKED,
	EXEC_REJECTED,
	EXEC_STATUS_COUNT
};

/* "queued", "pending_approval", ...; NULL for a value outside the enum. */
const char *exec_status_name(enum exec_status s);
/* 0 with *out set, or -1 for an unknown name (or NULL). */
int exec_status_parse(const char *name, enum exec_status *out);
/* An execution with this status has ended: all but queued, running and
 * pending_approval. */
bool exec_status_final(enum exec_status s);

#endif
