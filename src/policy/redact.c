/*
 * How redaction works: every rule is searched over the whole text (with
 * PCRE2's JIT), each accepted match contributes a span [start, end) of the
 * secret; spans are sorted and overlapping ones merged (the earliest wins,
 * extended to cover the other), and the text is copied with each span
 * replaced by its marker. Searching the text whole -- the engine's output
 * buffers are complete streams -- means a secret split across two reads is
 * seen in one piece; the lookahead past an output limit catches a secret
 * cut by the limit itself.
 */
#include "policy/redact.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/secrets.h"

struct redactor {
	size_t n;
	pcre2_code *re[REDACT_MAX_RULES];
	const struct secret_rule *rule[REDACT_MAX_RULES];
};

struct span {
	size_t start, end;
	size_t rule;
};

int redactor_new(struct redactor **out, err_t *err)
{
	struct redactor *r = xcalloc(1, sizeof(*r));

	for (size_t i = 0; i < secret_rule_count() && i < REDACT_MAX_RULES; i++) {
		const struct secret_rule *sr = secret_rule_at(i);
		int code;
		PCRE2_SIZE off;
		r->re[i] = pcre2_compile((PCRE2_SPTR)sr->pattern, PCRE2_ZERO_TERMINATED, 0, &code,
					 &off, NULL);
		if (r->re[i] == NULL) {
			PCRE2_UCHAR msg[256];
			pcre2_get_error_message(code, msg, sizeof(msg));
			redactor_free(r);
			return err_set(err, 0, "secret rule %s: %s at offset %zu", sr->id,
				       (const char *)msg, (size_t)off);
		}
		/* JIT where the platform has it; the interpreter otherwise. */
		(void)pcre2_jit_compile(r->re[i], PCRE2_JIT_COMPLETE);
		r->rule[i] = sr;
		r->n = i + 1;
	}
	*out = r;
	return 0;
}

void redactor_free(struct redactor *r)
{
	if (r == NULL)
		return;
	for (size_t i = 0; i < r->n; i++)
		pcre2_code_free(r->re[i]);
	free(r);
}

size_t redactor_rule_count(const struct redactor *r)
{
	return r->n;
}

const char *redactor_rule_id(const struct redactor *r, size_t i)
{
	return i < r->n ? r->rule[i]->id : NULL;
}

static void add_span(struct span **v, size_t *n, size_t *cap, struct span s)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*v = xrealloc(*v, *cap * sizeof(**v));
	}
	(*v)[(*n)++] = s;
}

static int find_spans(const struct redactor *r, const char *text, size_t len, struct span **v,
		      size_t *n, err_t *err)
{
	size_t cap = 0;

	for (size_t i = 0; i < r->n; i++) {
		pcre2_match_data *md = pcre2_match_data_create_from_pattern(r->re[i], NULL);
		const struct secret_rule *sr = r->rule[i];
		size_t off = 0;
		int rc;

		if (md == NULL)
			return err_set(err, 0, "out of memory for rule %s", sr->id);
		size_t wend = len, wstart, wnext = len;
		bool in_window = false;
		rc = PCRE2_ERROR_NOMATCH;
		while (off <= len) {
			if (sr->windows && (!in_window || off >= wnext)) {
				/* search each window with one byte of context on both
				 * sides, for the pattern's look-arounds; without a
				 * match, the next window starts where this one ends.
				 * A window is searched to its end before the next is
				 * asked for: a run of 8 MB of "4111 " is one window of
				 * many matches, and asking again after each one
				 * walked the rest of the run each time. */
				if (!sr->windows(text, len, off, &wstart, &wnext))
					break;
				in_window = true;
				off = wstart > 0 ? wstart - 1 : 0;
				wend = wnext < len ? wnext + 1 : len;
			}
			rc = pcre2_match(r->re[i], (PCRE2_SPTR)text, wend, off, 0, md, NULL);
			if (rc < 0) {
				if (sr->windows && rc == PCRE2_ERROR_NOMATCH) {
					off = wnext;
					continue;
				}
				break;
			}
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
			size_t s = ov[2 * sr->group], e = ov[2 * sr->group + 1];
			if (rc > sr->group && s != PCRE2_UNSET && e > s &&
			    (sr->before == NULL || sr->before(text, ov[0])) &&
			    (sr->valid == NULL || sr->valid(text + s, e - s)))
				add_span(v, n, &cap, (struct span){s, e, i});
			off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
		}
		pcre2_match_data_free(md);
		if (rc < -1 && rc != PCRE2_ERROR_NOMATCH) {
			PCRE2_UCHAR msg[256];
			pcre2_get_error_message(rc, msg, sizeof(msg));
			return err_set(err, 0, "secret rule %s: %s", sr->id, (const char *)msg);
		}
	}
	return 0;
}

static int by_start(const void *a, const void *b)
{
	const struct span *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end > y->end ? -1 : x->end < y->end;
}

int redact(const struct redactor *r, const char *in, size_t len, const char *lookahead,
	   size_t lookahead_len, struct buf *out, struct redact_counts *counts, err_t *err)
{
	cleanup_free char *joined = NULL;
	cleanup_free struct span *spans = NULL;
	const char *text = in;
	size_t n = 0, pos = 0;

	if (lookahead_len > 0) {
		joined = xmalloc(len + lookahead_len);
		memcpy(joined, in, len);
		memcpy(joined + len, lookahead, lookahead_len);
		text = joined;
	}
	if (find_spans(r, text, len + lookahead_len, &spans, &n, err) < 0)
		return -1;
	if (n > 1)
		qsort(spans, n, sizeof(*spans), by_start);
	/* markers are about as long as what they replace: reserve once */
	buf_reserve(out, len + 64 * n + 1);
	for (size_t i = 0; i < n && pos < len; i++) {
		struct span s = spans[i];
		if (s.start >= len)
			break; /* wholly past the cut: never shown */
		if (s.start < pos)
			continue; /* inside a secret already replaced */
		/* merge what overlaps this one into it */
		for (size_t j = i + 1; j < n && spans[j].start < s.end; j++)
			if (spans[j].end > s.end)
				s.end = spans[j].end;
		buf_append(out, in + pos, s.start - pos);
		char marker[64];
		int m = snprintf(marker, sizeof(marker), "[REDACTED:%s]", r->rule[s.rule]->id);
		buf_append(out, marker, (size_t)m);
		if (counts)
			counts->n[s.rule]++;
		pos = s.end < len ? s.end : len;
		if (s.end >= len)
			pos = len;
	}
	if (pos < len)
		buf_append(out, in + pos, len - pos);
	return 0;
}
