/*
 * Each language's built-in rule query, compiled (its patterns analysed)
 * when airlock is built and saved (tools/gen-query-analysis.c writes the
 * table): the analyzer restores a query of the same text from it instead
 * of compiling it (ts_query_new_with_analysis,
 * third_party/tree-sitter/airlock/).
 */
#ifndef AIRLOCK_POLICY_SAVED_ANALYSIS_H
#define AIRLOCK_POLICY_SAVED_ANALYSIS_H

#include <stddef.h>
#include <stdint.h>

struct saved_analysis {
	const char *lang; /* python, javascript, bash */
	const uint8_t *data;
	size_t size;
};

/* One per language with built-in rules; ends with a NULL lang. */
extern const struct saved_analysis saved_analyses[];

#endif
