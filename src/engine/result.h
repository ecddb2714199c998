#ifndef AIRLOCK_RESULT_H
#define AIRLOCK_RESULT_H

#include <jansson.h>

#include "engine/engine.h"

/* The result object of CONTRACT.md, field for field. */
json_t *result_to_json(const struct run_result *r);

/* The exit status of `airlock run` without --json for this result. */
int result_exit_code(const struct run_result *r);

#endif
