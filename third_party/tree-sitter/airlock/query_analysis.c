/*
 * airlock's extension of tree-sitter (ts_query_analysis.h): a query's
 * analysis saved and restored. Built in the library's translation unit
 * (lib.c here), after query.c, whose types it reads.
 *
 * What ts_query__analyze_patterns computes, and so what is saved: three
 * flags of every step (contains_captures, root_pattern_guaranteed,
 * parent_pattern_guaranteed), is_non_local of every pattern, and the
 * repetition symbols that can hold non-rooted patterns. A saved block is
 * only used for the same source text (length and 64-bit FNV-1a hash), the
 * same language (ABI version, symbol, state and field counts), and the
 * same number of steps and patterns; anything else is analysed afresh.
 */
#include "ts_query_analysis.h"

#include <string.h>

#define QA_MAGIC 0x41515354u /* "TSQA" */
#define QA_VERSION 1u
#define QA_HEADER_WORDS 11u

enum { QA_CAPTURES = 1, QA_ROOT = 2, QA_PARENT = 4 };

/* The analysis to restore in the ts_query_new running on this thread. */
static _Thread_local const uint8_t *qa_saved;
static _Thread_local size_t qa_saved_size;
static _Thread_local bool qa_restored;

static uint64_t qa_hash(const char *s, uint32_t len)
{
	uint64_t h = 0xcbf29ce484222325ull;
	for (uint32_t i = 0; i < len; i++) {
		h ^= (uint8_t)s[i];
		h *= 0x100000001b3ull;
	}
	return h;
}

static void qa_put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static uint32_t qa_get32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The header's words: what a saved block must agree with to be used. */
static void qa_header(uint32_t w[QA_HEADER_WORDS], const TSLanguage *language, const char *source,
		      uint32_t source_len, uint32_t steps, uint32_t patterns)
{
	uint64_t h = qa_hash(source, source_len);
	w[0] = QA_MAGIC;
	w[1] = QA_VERSION;
	w[2] = source_len;
	w[3] = (uint32_t)h;
	w[4] = (uint32_t)(h >> 32);
	w[5] = language->abi_version;
	w[6] = language->symbol_count;
	w[7] = language->state_count;
	w[8] = language->field_count;
	w[9] = steps;
	w[10] = patterns;
}

uint8_t *ts_query_analysis_save(const TSQuery *self, const TSLanguage *language,
				const char *source, uint32_t source_len, size_t *size)
{
	uint32_t w[QA_HEADER_WORDS];
	uint32_t nrep = self->repeat_symbols_with_rootless_patterns.size;
	size_t n = 4 * (QA_HEADER_WORDS + 1) + self->steps.size + self->patterns.size + 2 * nrep;
	uint8_t *out = malloc(n), *p = out;

	if (out == NULL)
		return NULL;
	qa_header(w, language, source, source_len, self->steps.size, self->patterns.size);
	for (unsigned i = 0; i < QA_HEADER_WORDS; i++, p += 4)
		qa_put32(p, w[i]);
	qa_put32(p, nrep);
	p += 4;
	for (uint32_t i = 0; i < self->steps.size; i++) {
		const QueryStep *s = array_get(&self->steps, i);
		*p++ = (uint8_t)((s->contains_captures ? QA_CAPTURES : 0) |
				 (s->root_pattern_guaranteed ? QA_ROOT : 0) |
				 (s->parent_pattern_guaranteed ? QA_PARENT : 0));
	}
	for (uint32_t i = 0; i < self->patterns.size; i++)
		*p++ = array_get(&self->patterns, i)->is_non_local ? 1 : 0;
	for (uint32_t i = 0; i < nrep; i++) {
		TSSymbol sym = *array_get(&self->repeat_symbols_with_rootless_patterns, i);
		*p++ = (uint8_t)sym;
		*p++ = (uint8_t)(sym >> 8);
	}
	*size = n;
	return out;
}

/* Called by ts_query_new in place of the analysis: true if it restored
 * one (the saved block fits this query), false to analyse. */
static bool ts_query__restore_analysis(TSQuery *self)
{
	const uint8_t *p = qa_saved;
	size_t size = qa_saved_size;

	if (p == NULL)
		return false;
	if (qa_get32(p + 4 * 9) != self->steps.size || qa_get32(p + 4 * 10) != self->patterns.size)
		return false;
	uint32_t nrep = qa_get32(p + 4 * QA_HEADER_WORDS);
	if (size != 4 * (QA_HEADER_WORDS + 1) + self->steps.size + self->patterns.size + 2 * (size_t)nrep)
		return false;
	p += 4 * (QA_HEADER_WORDS + 1);
	for (uint32_t i = 0; i < self->steps.size; i++, p++) {
		QueryStep *s = array_get(&self->steps, i);
		s->contains_captures = (*p & QA_CAPTURES) != 0;
		s->root_pattern_guaranteed = (*p & QA_ROOT) != 0;
		s->parent_pattern_guaranteed = (*p & QA_PARENT) != 0;
	}
	for (uint32_t i = 0; i < self->patterns.size; i++, p++)
		array_get(&self->patterns, i)->is_non_local = *p != 0;
	array_clear(&self->repeat_symbols_with_rootless_patterns);
	for (uint32_t i = 0; i < nrep; i++, p += 2)
		array_push(&self->repeat_symbols_with_rootless_patterns,
			   (TSSymbol)(p[0] | (uint16_t)(p[1] << 8)));
	qa_restored = true;
	return true;
}

TSQuery *ts_query_new_with_analysis(const TSLanguage *language, const char *source,
				    uint32_t source_len, const uint8_t *saved, size_t saved_size,
				    uint32_t *error_offset, TSQueryError *error_type,
				    bool *restored)
{
	uint32_t w[QA_HEADER_WORDS];
	bool fits = saved != NULL && language != NULL && saved_size >= 4 * (QA_HEADER_WORDS + 1);

	if (fits) {
		/* steps and patterns are checked once the query is parsed */
		qa_header(w, language, source, source_len, 0, 0);
		for (unsigned i = 0; i < 9 && fits; i++)
			fits = qa_get32(saved + 4 * i) == w[i];
	}
	qa_saved = fits ? saved : NULL;
	qa_saved_size = fits ? saved_size : 0;
	qa_restored = false;
	TSQuery *q = ts_query_new(language, source, source_len, error_offset, error_type);
	if (restored)
		*restored = q != NULL && qa_restored;
	qa_saved = NULL;
	qa_saved_size = 0;
	qa_restored = false;
	return q;
}
