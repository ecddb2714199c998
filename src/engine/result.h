#ifndef AIRLOCK_RESULT_H
#define AIRLOCK_RESULT_H

#include <jansson.h>

#include "engine/engine.h"

/* The result object of CONTRACT.md, field for field. */
json_t *result_to_json(const struct run_result *r);

/* The limits object of the result, also used for /v1/languages and stored
 * rows. */
json_t *limits_to_json(const struct limits *l);

/* The exit status of `airlock run` without --json for this result. */
int result_exit_code(const struct run_result *r);

#endif
