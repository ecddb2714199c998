/*
 * airlock's extension of tree-sitter: a compiled query, saved once and
 * restored.
 *
 * ts_query_new parses the query's text, looks every node and field name up
 * in the grammar, and analyses every pattern against the grammar's parse
 * table (which steps of a pattern are guaranteed once its parent matched,
 * which patterns are not local, which patterns are impossible). The
 * analysis alone takes tens of milliseconds for a few dozen patterns; the
 * rest still takes a few hundred microseconds and a few hundred
 * allocations for airlock's rules. All of it depends only on the query's
 * source text and the language. So the query is compiled once, when
 * airlock is built, and a query of the same text is then copied from what
 * was saved.
 */
#ifndef TS_QUERY_ANALYSIS_H
#define TS_QUERY_ANALYSIS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <tree_sitter/api.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * SELF, compiled from SOURCE for LANGUAGE, saved: a malloc'd block of
 * *SIZE bytes, tied to that source text and that language. Two queries
 * that save to the same bytes match alike.
 */
uint8_t *ts_query_analysis_save(const TSQuery *self, const TSLanguage *language,
				const char *source, uint32_t source_len, size_t *size);

/*
 * ts_query_new, or the query restored from SAVED when SAVED was saved for
 * this same source text and language (then *RESTORED is true); otherwise
 * the text is compiled as ts_query_new does. RESTORED may be NULL.
 */
TSQuery *ts_query_new_with_analysis(const TSLanguage *language, const char *source,
				    uint32_t source_len, const uint8_t *saved, size_t saved_size,
				    uint32_t *error_offset, TSQueryError *error_type,
				    bool *restored);

/*
 * Patterns of SELF whose steps are those of an earlier pattern but for the
 * names of their captures (one name for one name): they match the same
 * nodes, and differ only in their predicates (which tree-sitter leaves to
 * the caller) and in what they call their captures. NEXT gets, for each
 * pattern, the next pattern of the same steps (UINT32_MAX: none); each
 * pattern but the first of its steps is taken out of the pattern map (as
 * ts_query_disable_pattern does, keeping the count of wildcard-rooted
 * entries right), so that a cursor matches the steps once and the caller
 * tests the predicates of each pattern of the chain on that match.
 * CAPTURE_OF[p * C + c] (C: ts_query_capture_count) is the id, in the
 * first pattern of p's chain, of p's capture c: what a match of the first
 * calls it (UINT16_MAX where p has no capture c). Returns how many
 * patterns were taken out. NEXT has room for ts_query_pattern_count(SELF)
 * entries, CAPTURE_OF for that many times C.
 */
uint32_t ts_query_merge_same_steps(TSQuery *self, uint32_t *next, uint16_t *capture_of);

#ifdef __cplusplus
}
#endif

#endif
