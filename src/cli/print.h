/* What the commands say on their own behalf. */
#ifndef AIRLOCK_CLI_PRINT_H
#define AIRLOCK_CLI_PRINT_H

#include <jansson.h>

/* Prints "airlock: <msg>" on stderr as one line. */
void print_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A server's error answer ({"error": {"code", "message"}}), one line; what
 * it says is shown escaped (common/term.h), never obeyed. */
void print_refusal(long status, json_t *answer);

#endif
