#ifndef AIRLOCK_SECRETS_H
#define AIRLOCK_SECRETS_H

#include <stdbool.h>
#include <stddef.h>

struct secret_rule {
	const char *id;
	const char *pattern; /* PCRE2, UTF-8 off: output may be any bytes */
	int group;           /* the capture group that is the secret; 0: all */
	bool (*valid)(const char *s, size_t len); /* NULL: every match */
	/* NULL, or where to look: the next window [start, end) at or after
	 * from that may hold a match; false when there is none. */
	bool (*windows)(const char *s, size_t len, size_t from, size_t *start, size_t *end);
	/* NULL, or a check of the text before the match (at text + start) */
	bool (*before)(const char *text, size_t start);
};

size_t secret_rule_count(void);
const struct secret_rule *secret_rule_at(size_t i);

#endif
