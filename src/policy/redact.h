/*
 * Secret redaction: every match of a secret rule is replaced by
 * "[REDACTED:<rule-id>]". Rules are data (secrets.c): an id, a PCRE2
 * pattern, which capture group is the secret, and an optional validator
 * (Luhn for card numbers, Shannon entropy for generic assignments) that
 * keeps look-alikes (UUIDs, hashes, random hex) out.
 *
 * A redactor is compiled once (PCRE2 with JIT) and is then read-only: many
 * threads may use one redactor, each call has its own match data.
 */
#ifndef AIRLOCK_REDACT_H
#define AIRLOCK_REDACT_H

#include <stddef.h>

#include "common/err.h"
#include "common/util.h"

struct redactor;

#define REDACT_MAX_RULES 32

/* How many matches of each rule one call replaced (index = rule number). */
struct redact_counts {
	unsigned n[REDACT_MAX_RULES];
};

int redactor_new(struct redactor **out, err_t *err);
void redactor_free(struct redactor *r);

size_t redactor_rule_count(const struct redactor *r);
const char *redactor_rule_id(const struct redactor *r, size_t i);

/*
 * Redacts in[0, len) into out (appended). When lookahead_len > 0, the bytes
 * that followed in[] (cut by an output limit) are used to recognise a secret
 * that straddles the cut: such a secret is replaced although only its start
 * is in in[]. counts may be NULL.
 */
int redact(const struct redactor *r, const char *in, size_t len, const char *lookahead,
	   size_t lookahead_len, struct buf *out, struct redact_counts *counts, err_t *err);

#endif
