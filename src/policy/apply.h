#ifndef AIRLOCK_POLICY_APPLY_H
#define AIRLOCK_POLICY_APPLY_H

#include <jansson.h>

#include "engine/engine.h"
#include "policy/redact.h"

/* Redacts the run's and the compile step's stdout and stderr in place and
 * returns the result's `redactions` list: [{"rule", "stream", "count"}]
 * (stream: stdout, stderr, compile_stdout, compile_stderr). */
int redact_result(const struct redactor *r, struct run_result *res, json_t **redactions,
		  err_t *err);

#endif
