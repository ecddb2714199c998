/*
 * Each language's built-in rule query, compiled (its patterns analysed)
 * when airlock is built and saved (tools/gen-query-analysis.c writes the
 * table): the analyzer restores a query of the same text from it instead
 * of compiling it (ts_query_new_with_analysis,
 * third_party/tree-sitter/airlock/).
 */
#ifndef AIRLOCK_POLICY_SAVED_ANALYSIS_H
#define AIRLOCK_POLICY_SAVED_ANALYSIS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* How a predicate's regular expression is compiled, at build time and at
 * run time alike (anchored: to match the whole text). */
#define RULE_RE_OPTIONS(anchored)                                                                  \
	(PCRE2_UTF | ((anchored) ? PCRE2_ANCHORED | PCRE2_ENDANCHORED : 0))

/* A regular expression of the rules' predicates, compiled at build time. */
struct saved_regex {
	const char *re;
	bool anchored;
};

struct saved_analysis {
	const char *lang; /* python, javascript, bash */
	const uint8_t *data;
	size_t size;
	/* The predicates' regular expressions, sorted (strcmp, then not
	 * anchored first), and all of them compiled, in that order, as one
	 * pcre2_serialize_encode set (regex_data, regex_size bytes): only for
	 * the same PCRE2 version and configuration, which
	 * pcre2_serialize_decode checks. */
	const struct saved_regex *regexes;
	size_t nregexes;
	const uint8_t *regex_data;
	size_t regex_size;
};

/* One per language with built-in rules; ends with a NULL lang. */
extern const struct saved_analysis saved_analyses[];

#endif
