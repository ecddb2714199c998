/*
 * airlock's extension of tree-sitter (ts_query_analysis.h): a compiled
 * query saved and restored. Built in the library's translation unit
 * (lib.c here), after query.c, whose types it reads.
 *
 * What is saved is the whole of what ts_query_new builds, field by field
 * (no struct is copied as bytes, so padding never gets in): the capture
 * and predicate-value symbol tables, each pattern's capture quantifiers,
 * the steps (with the flags ts_query__analyze_patterns computes), the
 * pattern map, the predicate steps, the patterns, the step offsets, the
 * negated fields, the repetition symbols that can hold non-rooted patterns
 * and the count of wildcard-rooted patterns. Restoring it is a copy: no
 * parsing of the query's text, no lookup of node and field names in the
 * grammar, no analysis. A saved block is only used for the same source
 * text (length and 64-bit FNV-1a hash) and the same language (ABI version,
 * symbol, state and field counts); anything else is compiled afresh.
 */
#include "ts_query_analysis.h"

#include <string.h>

#define QA_MAGIC 0x41515354u /* "TSQA" */
#define QA_VERSION 3u
#define QA_HEADER_WORDS 9u

/* The source text's hash, eight bytes at a time (a byte at a time, the
 * 66 KB of the Bash rules cost every process a third of a million
 * instructions): each little-endian word mixed in by a multiply and a
 * shift, the tail a byte at a time. Tells one text from another (an edited
 * rules directory), not an adversary's. */
static uint64_t qa_hash(const char *s, uint32_t len)
{
	const uint8_t *p = (const uint8_t *)s;
	uint64_t h = 0xcbf29ce484222325ull ^ len;
	uint32_t i = 0;

	for (; len - i >= 8; i += 8) {
		uint64_t w;
		memcpy(&w, p + i, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		w = __builtin_bswap64(w);
#endif
		h = (h ^ w) * 0x9e3779b97f4a7c15ull;
		h ^= h >> 29;
	}
	for (; i < len; i++) {
		h ^= p[i];
		h *= 0x100000001b3ull;
	}
	return h;
}

/* The header's words: what a saved block must agree with to be used. */
static void qa_header(uint32_t w[QA_HEADER_WORDS], const TSLanguage *language, const char *source,
		      uint32_t source_len)
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
}

/* ---- writing ---- */

typedef Array(uint8_t) QaOut;

static void qa_put(QaOut *o, uint32_t v, unsigned bytes)
{
	for (unsigned i = 0; i < bytes; i++)
		array_push(o, (uint8_t)(v >> (8 * i)));
}

static void qa_put_bytes(QaOut *o, const void *p, uint32_t n)
{
	qa_put(o, n, 4);
	array_extend(o, n, (const uint8_t *)p);
}

static void qa_put_symbols(QaOut *o, const SymbolTable *t)
{
	qa_put_bytes(o, t->characters.contents, t->characters.size);
	qa_put(o, t->slices.size, 4);
	for (uint32_t i = 0; i < t->slices.size; i++) {
		qa_put(o, t->slices.contents[i].offset, 4);
		qa_put(o, t->slices.contents[i].length, 4);
	}
}

static uint32_t qa_step_flags(const QueryStep *s)
{
	return (uint32_t)s->is_named | (uint32_t)s->is_immediate << 1 |
	       (uint32_t)s->is_last_child << 2 | (uint32_t)s->is_pass_through << 3 |
	       (uint32_t)s->is_dead_end << 4 | (uint32_t)s->alternative_is_immediate << 5 |
	       (uint32_t)s->contains_captures << 6 | (uint32_t)s->root_pattern_guaranteed << 7 |
	       (uint32_t)s->parent_pattern_guaranteed << 8 | (uint32_t)s->is_missing << 9;
}

uint8_t *ts_query_analysis_save(const TSQuery *self, const TSLanguage *language,
				const char *source, uint32_t source_len, size_t *size)
{
	uint32_t w[QA_HEADER_WORDS];
	QaOut o = array_new();

	qa_header(w, language, source, source_len);
	for (unsigned i = 0; i < QA_HEADER_WORDS; i++)
		qa_put(&o, w[i], 4);
	qa_put_symbols(&o, &self->captures);
	qa_put_symbols(&o, &self->predicate_values);
	qa_put(&o, self->capture_quantifiers.size, 4);
	for (uint32_t i = 0; i < self->capture_quantifiers.size; i++) {
		const CaptureQuantifiers *q = &self->capture_quantifiers.contents[i];
		qa_put_bytes(&o, q->contents, q->size);
	}
	qa_put(&o, self->steps.size, 4);
	for (uint32_t i = 0; i < self->steps.size; i++) {
		const QueryStep *s = &self->steps.contents[i];
		qa_put(&o, s->symbol, 2);
		qa_put(&o, s->supertype_symbol, 2);
		qa_put(&o, s->field, 2);
		for (unsigned k = 0; k < MAX_STEP_CAPTURE_COUNT; k++)
			qa_put(&o, s->capture_ids[k], 2);
		qa_put(&o, s->depth, 2);
		qa_put(&o, s->alternative_index, 2);
		qa_put(&o, s->negated_field_list_id, 2);
		qa_put(&o, qa_step_flags(s), 2);
	}
	qa_put(&o, self->pattern_map.size, 4);
	for (uint32_t i = 0; i < self->pattern_map.size; i++) {
		const PatternEntry *e = &self->pattern_map.contents[i];
		qa_put(&o, e->step_index, 2);
		qa_put(&o, e->pattern_index, 2);
		qa_put(&o, e->is_rooted, 1);
	}
	qa_put(&o, self->predicate_steps.size, 4);
	for (uint32_t i = 0; i < self->predicate_steps.size; i++) {
		qa_put(&o, (uint32_t)self->predicate_steps.contents[i].type, 4);
		qa_put(&o, self->predicate_steps.contents[i].value_id, 4);
	}
	qa_put(&o, self->patterns.size, 4);
	for (uint32_t i = 0; i < self->patterns.size; i++) {
		const QueryPattern *p = &self->patterns.contents[i];
		qa_put(&o, p->steps.offset, 4);
		qa_put(&o, p->steps.length, 4);
		qa_put(&o, p->predicate_steps.offset, 4);
		qa_put(&o, p->predicate_steps.length, 4);
		qa_put(&o, p->start_byte, 4);
		qa_put(&o, p->end_byte, 4);
		qa_put(&o, p->is_non_local, 1);
	}
	qa_put(&o, self->step_offsets.size, 4);
	for (uint32_t i = 0; i < self->step_offsets.size; i++) {
		qa_put(&o, self->step_offsets.contents[i].byte_offset, 4);
		qa_put(&o, self->step_offsets.contents[i].step_index, 2);
	}
	qa_put(&o, self->negated_fields.size, 4);
	for (uint32_t i = 0; i < self->negated_fields.size; i++)
		qa_put(&o, self->negated_fields.contents[i], 2);
	qa_put(&o, self->repeat_symbols_with_rootless_patterns.size, 4);
	for (uint32_t i = 0; i < self->repeat_symbols_with_rootless_patterns.size; i++)
		qa_put(&o, self->repeat_symbols_with_rootless_patterns.contents[i], 2);
	qa_put(&o, self->wildcard_root_pattern_count, 2);
	*size = o.size;
	return o.contents;
}

/* ---- reading ---- */

typedef struct {
	const uint8_t *p, *end;
	bool bad;
} QaIn;

static uint32_t qa_get(QaIn *in, unsigned bytes)
{
	uint32_t v = 0;
	if (in->bad || (size_t)(in->end - in->p) < bytes) {
		in->bad = true;
		return 0;
	}
	for (unsigned i = 0; i < bytes; i++)
		v |= (uint32_t)in->p[i] << (8 * i);
	in->p += bytes;
	return v;
}

/* A value inside an array whose count qa_get_count checked: its bytes are
 * in the block, so no check here (the restore reads tens of thousands). */
static inline uint32_t qa_take(QaIn *in, unsigned bytes)
{
	uint32_t v = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* the block is little-endian: a copy is the value (bytes is a constant
	 * at every call, so this is one load) */
	if (bytes == 4 || bytes == 2 || bytes == 1) {
		memcpy(&v, in->p, bytes);
		in->p += bytes;
		return v;
	}
#endif
	for (unsigned i = 0; i < bytes; i++)
		v |= (uint32_t)in->p[i] << (8 * i);
	in->p += bytes;
	return v;
}

/* A count of elements of SIZE bytes each that must still be in the block. */
static uint32_t qa_get_count(QaIn *in, size_t size)
{
	uint32_t n = qa_get(in, 4);
	if (!in->bad && (size_t)(in->end - in->p) / size < n)
		in->bad = true;
	return in->bad ? 0 : n;
}

#define QA_READ_ARRAY(in, arr, elem_size)                    \
	do {                                                 \
		uint32_t n_ = qa_get_count((in), (elem_size)); \
		array_reserve((arr), n_);                    \
		(arr)->size = n_;                            \
	} while (0)

static void qa_get_bytes(QaIn *in, Array(uint8_t) *a)
{
	QA_READ_ARRAY(in, a, 1);
	if (a->size)
		memcpy(a->contents, in->p, a->size);
	in->p += a->size;
}

static void qa_get_chars(QaIn *in, Array(char) *a)
{
	QA_READ_ARRAY(in, a, 1);
	if (a->size)
		memcpy(a->contents, in->p, a->size);
	in->p += a->size;
}

static void qa_get_symbols(QaIn *in, SymbolTable *t)
{
	qa_get_chars(in, &t->characters);
	QA_READ_ARRAY(in, &t->slices, 8);
	for (uint32_t i = 0; i < t->slices.size; i++) {
		t->slices.contents[i].offset = qa_take(in, 4);
		t->slices.contents[i].length = qa_take(in, 4);
	}
}

static TSQuery *qa_restore(const TSLanguage *language, const uint8_t *saved, size_t saved_size)
{
	QaIn in = {saved + 4 * QA_HEADER_WORDS, saved + saved_size, false};
	TSQuery *self = ts_malloc(sizeof(TSQuery));

	*self = (TSQuery){
	    .steps = array_new(),
	    .pattern_map = array_new(),
	    .captures = symbol_table_new(),
	    .capture_quantifiers = array_new(),
	    .predicate_values = symbol_table_new(),
	    .predicate_steps = array_new(),
	    .patterns = array_new(),
	    .step_offsets = array_new(),
	    .string_buffer = array_new(),
	    .negated_fields = array_new(),
	    .repeat_symbols_with_rootless_patterns = array_new(),
	    .wildcard_root_pattern_count = 0,
	    .language = ts_language_copy(language),
	};
	qa_get_symbols(&in, &self->captures);
	qa_get_symbols(&in, &self->predicate_values);
	uint32_t nq = qa_get_count(&in, 4);
	for (uint32_t i = 0; i < nq && !in.bad; i++) {
		CaptureQuantifiers q = capture_quantifiers_new();
		qa_get_bytes(&in, (Array(uint8_t) *)&q);
		array_push(&self->capture_quantifiers, q);
	}
	QA_READ_ARRAY(&in, &self->steps, 2 * (7 + MAX_STEP_CAPTURE_COUNT));
	for (uint32_t i = 0; i < self->steps.size; i++) {
		QueryStep *s = &self->steps.contents[i];
		uint32_t f;
		memset(s, 0, sizeof(*s));
		s->symbol = (TSSymbol)qa_take(&in, 2);
		s->supertype_symbol = (TSSymbol)qa_take(&in, 2);
		s->field = (TSFieldId)qa_take(&in, 2);
		for (unsigned k = 0; k < MAX_STEP_CAPTURE_COUNT; k++)
			s->capture_ids[k] = (uint16_t)qa_take(&in, 2);
		s->depth = (uint16_t)qa_take(&in, 2);
		s->alternative_index = (uint16_t)qa_take(&in, 2);
		s->negated_field_list_id = (uint16_t)qa_take(&in, 2);
		f = qa_take(&in, 2);
		s->is_named = f & 1;
		s->is_immediate = f >> 1 & 1;
		s->is_last_child = f >> 2 & 1;
		s->is_pass_through = f >> 3 & 1;
		s->is_dead_end = f >> 4 & 1;
		s->alternative_is_immediate = f >> 5 & 1;
		s->contains_captures = f >> 6 & 1;
		s->root_pattern_guaranteed = f >> 7 & 1;
		s->parent_pattern_guaranteed = f >> 8 & 1;
		s->is_missing = f >> 9 & 1;
	}
	QA_READ_ARRAY(&in, &self->pattern_map, 5);
	for (uint32_t i = 0; i < self->pattern_map.size; i++) {
		PatternEntry *e = &self->pattern_map.contents[i];
		memset(e, 0, sizeof(*e));
		e->step_index = (uint16_t)qa_take(&in, 2);
		e->pattern_index = (uint16_t)qa_take(&in, 2);
		e->is_rooted = qa_take(&in, 1) != 0;
	}
	QA_READ_ARRAY(&in, &self->predicate_steps, 8);
	for (uint32_t i = 0; i < self->predicate_steps.size; i++) {
		self->predicate_steps.contents[i].type = (TSQueryPredicateStepType)qa_take(&in, 4);
		self->predicate_steps.contents[i].value_id = qa_take(&in, 4);
	}
	QA_READ_ARRAY(&in, &self->patterns, 25);
	for (uint32_t i = 0; i < self->patterns.size; i++) {
		QueryPattern *p = &self->patterns.contents[i];
		memset(p, 0, sizeof(*p));
		p->steps.offset = qa_take(&in, 4);
		p->steps.length = qa_take(&in, 4);
		p->predicate_steps.offset = qa_take(&in, 4);
		p->predicate_steps.length = qa_take(&in, 4);
		p->start_byte = qa_take(&in, 4);
		p->end_byte = qa_take(&in, 4);
		p->is_non_local = qa_take(&in, 1) != 0;
	}
	QA_READ_ARRAY(&in, &self->step_offsets, 6);
	for (uint32_t i = 0; i < self->step_offsets.size; i++) {
		StepOffset *s = &self->step_offsets.contents[i];
		memset(s, 0, sizeof(*s));
		s->byte_offset = qa_take(&in, 4);
		s->step_index = (uint16_t)qa_take(&in, 2);
	}
	QA_READ_ARRAY(&in, &self->negated_fields, 2);
	for (uint32_t i = 0; i < self->negated_fields.size; i++)
		self->negated_fields.contents[i] = (TSFieldId)qa_take(&in, 2);
	QA_READ_ARRAY(&in, &self->repeat_symbols_with_rootless_patterns, 2);
	for (uint32_t i = 0; i < self->repeat_symbols_with_rootless_patterns.size; i++)
		self->repeat_symbols_with_rootless_patterns.contents[i] = (TSSymbol)qa_take(&in, 2);
	self->wildcard_root_pattern_count = (uint16_t)qa_get(&in, 2);
	if (in.bad || in.p != in.end) {
		ts_query_delete(self);
		return NULL;
	}
	return self;
}

TSQuery *ts_query_new_with_analysis(const TSLanguage *language, const char *source,
				    uint32_t source_len, const uint8_t *saved, size_t saved_size,
				    uint32_t *error_offset, TSQueryError *error_type,
				    bool *restored)
{
	uint32_t w[QA_HEADER_WORDS];
	bool fits = saved != NULL && language != NULL && saved_size >= 4 * QA_HEADER_WORDS &&
		    language->abi_version <= TREE_SITTER_LANGUAGE_VERSION &&
		    language->abi_version >= TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION;
	TSQuery *q = NULL;
	bool was_saved = false;

	if (fits) {
		QaIn in = {saved, saved + saved_size, false};
		qa_header(w, language, source, source_len);
		for (unsigned i = 0; i < QA_HEADER_WORDS && fits; i++)
			fits = qa_get(&in, 4) == w[i];
	}
	if (fits && (q = qa_restore(language, saved, saved_size)) != NULL) {
		was_saved = true;
		*error_offset = 0;
		*error_type = TSQueryErrorNone;
	} else
		q = ts_query_new(language, source, source_len, error_offset, error_type);
	if (restored)
		*restored = was_saved;
	return q;
}

/* ---- patterns of the same steps ---- */

/* A one-to-one renaming of captures, from pattern b's ids to pattern a's
 * (map), and back: what two patterns alike but for their captures' names
 * must agree on. NONE: not named yet. */
typedef struct {
	uint16_t *map, *back;
	uint32_t n;
} QaRename;

static bool qa_capture_same(QaRename *r, uint16_t ca, uint16_t cb)
{
	if (ca == NONE || cb == NONE)
		return ca == cb;
	if (r->map[cb] == NONE && r->back[ca] == NONE) {
		r->map[cb] = ca;
		r->back[ca] = cb;
		return true;
	}
	return r->map[cb] == ca && r->back[ca] == cb;
}

/* Whether two steps are alike; an alternative is compared by where it is
 * in its pattern (at and bt: each pattern's first step), a capture through
 * the renaming. */
static bool qa_step_same(const QueryStep *a, uint32_t at, const QueryStep *b, uint32_t bt,
			 QaRename *r)
{
	if (a->symbol != b->symbol || a->supertype_symbol != b->supertype_symbol ||
	    a->field != b->field || a->depth != b->depth ||
	    a->negated_field_list_id != b->negated_field_list_id ||
	    qa_step_flags(a) != qa_step_flags(b))
		return false;
	for (unsigned k = 0; k < MAX_STEP_CAPTURE_COUNT; k++)
		if (!qa_capture_same(r, a->capture_ids[k], b->capture_ids[k]))
			return false;
	if (a->alternative_index == NONE || b->alternative_index == NONE)
		return a->alternative_index == b->alternative_index;
	return a->alternative_index - at == b->alternative_index - bt;
}

static uint8_t qa_quantifier(const TSQuery *self, uint32_t pattern, uint16_t capture)
{
	const CaptureQuantifiers *q = &self->capture_quantifiers.contents[pattern];
	return capture < q->size ? q->contents[capture] : 0;
}

/* Whether pattern y's steps are pattern x's but for the names of their
 * captures; r->map then names y's captures as x names them. */
static bool qa_pattern_same(const TSQuery *self, uint32_t x, uint32_t y, QaRename *r)
{
	const QueryPattern *a = &self->patterns.contents[x], *b = &self->patterns.contents[y];

	if (a->steps.length != b->steps.length || a->is_non_local != b->is_non_local)
		return false;
	for (uint32_t c = 0; c < r->n; c++)
		r->map[c] = r->back[c] = NONE;
	for (uint32_t i = 0; i < a->steps.length; i++)
		if (!qa_step_same(&self->steps.contents[a->steps.offset + i], a->steps.offset,
				  &self->steps.contents[b->steps.offset + i], b->steps.offset, r))
			return false;
	for (uint32_t c = 0; c < r->n; c++)
		if (r->map[c] != NONE && qa_quantifier(self, x, r->map[c]) != qa_quantifier(self, y, (uint16_t)c))
			return false;
	return true;
}

/* A pattern's steps, hashed without the names of their captures: patterns
 * of different hashes differ. */
static uint64_t qa_pattern_hash(const TSQuery *self, uint32_t x)
{
	const QueryPattern *a = &self->patterns.contents[x];
	uint64_t h = 0xcbf29ce484222325ull ^ a->steps.length;

	for (uint32_t i = 0; i < a->steps.length; i++) {
		const QueryStep *s = &self->steps.contents[a->steps.offset + i];
		uint64_t ncap = 0;
		for (unsigned k = 0; k < MAX_STEP_CAPTURE_COUNT; k++)
			ncap += s->capture_ids[k] != NONE;
		uint64_t w = (uint64_t)s->symbol | (uint64_t)s->field << 16 |
			     (uint64_t)s->depth << 32 | ncap << 48;
		h = (h ^ w) * 0x9e3779b97f4a7c15ull;
		h ^= h >> 29;
	}
	return h;
}

uint32_t ts_query_merge_same_steps(TSQuery *self, uint32_t *next, uint16_t *capture_of)
{
	uint32_t n = self->patterns.size, removed = 0, size = 16, ncap = self->captures.slices.size;

	while (size < 2 * n)
		size *= 2;
	/* an open-addressing table of the first pattern of each kind, and
	 * the last of its chain so far */
	uint32_t *first = ts_malloc(size * sizeof(*first)), *last = ts_malloc(size * sizeof(*last));
	uint64_t *hash = ts_malloc(size * sizeof(*hash));
	bool *off = ts_calloc(n ? n : 1, sizeof(*off));
	QaRename r = {ts_malloc((ncap ? ncap : 1) * sizeof(uint16_t)),
		      ts_malloc((ncap ? ncap : 1) * sizeof(uint16_t)), ncap};

	for (uint32_t i = 0; i < size; i++)
		first[i] = UINT32_MAX;
	for (uint32_t p = 0; p < n; p++) {
		uint64_t h = qa_pattern_hash(self, p);
		uint32_t at = (uint32_t)h & (size - 1);
		uint16_t *names = &capture_of[(size_t)p * ncap];
		next[p] = UINT32_MAX;
		while (first[at] != UINT32_MAX &&
		       !(hash[at] == h && qa_pattern_same(self, first[at], p, &r)))
			at = (at + 1) & (size - 1);
		if (first[at] == UINT32_MAX) {
			first[at] = last[at] = p;
			hash[at] = h;
			for (uint32_t c = 0; c < ncap; c++)
				names[c] = (uint16_t)c;
			continue;
		}
		memcpy(names, r.map, ncap * sizeof(*names));
		next[last[at]] = p;
		last[at] = p;
		off[p] = true;
		removed++;
	}
	ts_free(r.map);
	ts_free(r.back);
	ts_free(first);
	ts_free(last);
	ts_free(hash);
	/* one pass over the pattern map */
	uint32_t w = 0, wildcards = self->wildcard_root_pattern_count;
	for (uint32_t i = 0; i < self->pattern_map.size; i++) {
		PatternEntry e = self->pattern_map.contents[i];
		if (off[e.pattern_index]) {
			if (i < self->wildcard_root_pattern_count)
				wildcards--;
			continue;
		}
		self->pattern_map.contents[w++] = e;
	}
	self->pattern_map.size = w;
	self->wildcard_root_pattern_count = (uint16_t)wildcards;
	ts_free(off);
	return removed;
}
