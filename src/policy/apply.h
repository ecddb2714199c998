#ifndef AIRLOCK_POLICY_APPLY_H
#define AIRLOCK_POLICY_APPLY_H

#include <jansson.h>

#include "engine/engine.h"
#include "policy/analyze.h"
#include "policy/redact.h"

/* Redacts the run's and the compile step's stdout and stderr in place and
 * returns the result's `redactions` list: [{"rule", "stream", "count"}]
 * (stream: stdout, stderr, compile_stdout, compile_stderr). */
int redact_result(const struct redactor *r, struct run_result *res, json_t **redactions,
		  err_t *err);

/* Appends {"rule", "stream", "count"} to list for each rule that counts
 * replaced something: the one encoding of a `redactions` entry. */
void redactions_append(json_t *list, const struct redactor *r, const struct redact_counts *counts,
		       const char *stream);

/* The code with its secrets replaced, as a new valid UTF-8 string in *out,
 * its redactions appended to list with stream "code"; *out is NULL when
 * nothing was replaced. */
int redact_code(const struct redactor *r, const char *code, size_t len, char **out,
		size_t *out_len, json_t *list, err_t *err);

/* One short text (a finding's text, a reason) with its secrets replaced,
 * as a new valid UTF-8 string; "[REDACTED:unchecked]" when it cannot be
 * checked: fail closed, never the original. */
char *redact_text(const struct redactor *r, const char *text);

/* The text and message of every finding, through redact_text. */
void redact_findings(const struct redactor *r, struct findings *f);

#endif
