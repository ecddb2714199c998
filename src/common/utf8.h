#ifndef AIRLOCK_UTF8_H
#define AIRLOCK_UTF8_H

#include <stddef.h>

/* Copies bytes to a new NUL-terminated string that is valid UTF-8: every
 * invalid sequence becomes U+FFFD. */
char *utf8_sanitize(const char *s, size_t len, size_t *out_len);

#endif
