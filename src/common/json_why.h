#ifndef AIRLOCK_JSON_WHY_H
#define AIRLOCK_JSON_WHY_H

#include <jansson.h>

/* Why jansson refused a document, in words a client can act on: its own
 * texts name its flags ("\u0000 is not allowed without JSON_ALLOW_NUL"). */
const char *json_why(const json_error_t *je);

#endif
