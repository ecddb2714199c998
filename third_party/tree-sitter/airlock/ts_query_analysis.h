/*
 * airlock's extension of tree-sitter: a query's analysis, saved once and
 * restored.
 *
 * ts_query_new analyses every pattern against the grammar's parse table
 * (which steps of a pattern are guaranteed once its parent matched, which
 * patterns are not local, which patterns are impossible). That analysis is
 * almost all of the cost of compiling a query (tens of milliseconds for a
 * few dozen patterns), and its result depends only on the query's source
 * text and the language. So it is done once, when airlock is built, and a
 * query of the same text is then made without it.
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
 * The analysis ts_query_new made of SELF, compiled from SOURCE for
 * LANGUAGE: a malloc'd block of *SIZE bytes, tied to that source text and
 * that language (NULL if memory runs out).
 */
uint8_t *ts_query_analysis_save(const TSQuery *self, const TSLanguage *language,
				const char *source, uint32_t source_len, size_t *size);

/*
 * ts_query_new, with the analysis restored from SAVED when SAVED was saved
 * for this same source text and language (then *RESTORED is true);
 * otherwise the patterns are analysed as ts_query_new does. RESTORED may be
 * NULL.
 */
TSQuery *ts_query_new_with_analysis(const TSLanguage *language, const char *source,
				    uint32_t source_len, const uint8_t *saved, size_t saved_size,
				    uint32_t *error_offset, TSQueryError *error_type,
				    bool *restored);

#ifdef __cplusplus
}
#endif

#endif
