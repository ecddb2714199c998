#ifndef AIRLOCK_LANDLOCK_H
#define AIRLOCK_LANDLOCK_H

#include <stdbool.h>

/* The landlock ABI version of the running kernel, 0 when unavailable. */
int landlock_probe_abi(void);

/* Restricts the calling process (before exec; no_new_privs must be set):
 * writes only beneath the scratch (workdir, /tmp, /dev/shm) and to the
 * harmless devices; from ABI 4 on with deny_tcp, no TCP bind or connect;
 * from ABI 6 on, no signals or abstract unix sockets outside the sandbox.
 * Does nothing when abi is 0. No allocation. */
int landlock_restrict(int abi, const char *workdir, bool deny_tcp);

#endif
