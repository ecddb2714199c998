#include <stddef.h>
#include <string.h>

#include "store/status.h"

static const char *const names[EXEC_STATUS_COUNT] = {
    [EXEC_QUEUED] = "queued",
    [EXEC_RUNNING] = "running",
    [EXEC_PENDING_APPROVAL] = "pending_approval",
    [EXEC_CANCELLED] = "cancelled",
    [EXEC_INTERRUPTED] = "interrupted",
    [EXEC_OK] = "ok",
    [EXEC_RUNTIME_ERROR] = "runtime_error",
    [EXEC_SIGNALED] = "signaled",
    [EXEC_TIME_LIMIT] = "time_limit",
    [EXEC_WALL_TIME_LIMIT] = "wall_time_limit",
    [EXEC_MEMORY_LIMIT] = "memory_limit",
    [EXEC_OUTPUT_LIMIT] = "output_limit",
    [EXEC_SYSCALL_DENIED] = "syscall_denied",
    [EXEC_COMPILE_ERROR] = "compile_error",
    [EXEC_INTERNAL_ERROR] = "internal_error",
    [EXEC_POLICY_BLOCKED] = "policy_blocked",
    [EXEC_REJECTED] = "rejected",
};

const char *exec_status_name(enum exec_status s)
{
	return (unsigned)s < EXEC_STATUS_COUNT ? names[s] : NULL;
}

int exec_status_parse(const char *name, enum exec_status *out)
{
	for (unsigned i = 0; name && i < EXEC_STATUS_COUNT; i++)
		if (strcmp(name, names[i]) == 0) {
			*out = (enum exec_status)i;
			return 0;
		}
	return -1;
}

bool exec_status_final(enum exec_status s)
{
	return (unsigned)s < EXEC_STATUS_COUNT && s != EXEC_QUEUED && s != EXEC_RUNNING &&
	       s != EXEC_PENDING_APPROVAL;
}
