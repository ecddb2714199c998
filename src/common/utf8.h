#ifndef AIRLOCK_UTF8_H
#define AIRLOCK_UTF8_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

/* Copies bytes to a new NUL-terminated string that is valid UTF-8: every
 * invalid sequence becomes U+FFFD. */
char *utf8_sanitize(const char *s, size_t len, size_t *out_len);
/* A JSON string of s, each invalid sequence replaced as utf8_sanitize does:
 * a message may quote what a client sent, a file name is whatever a program
 * made it, and JSON carries UTF-8 only (json_string would give NULL: an
 * answer with no body, a file left out of a listing). */
json_t *utf8_json(const char *s);
/* Makes the NUL-terminated string in buf (size bytes) valid UTF-8 in place,
 * as utf8_sanitize does; what no longer fits is cut at a character's
 * boundary (a message vsnprintf cut in a character, or one quoting bytes a
 * client sent, becomes one JSON can carry). */
void utf8_repair(char *buf, size_t size);
/* The length of the UTF-8 sequence at s (at most n bytes), its code point
 * in *cp (when cp is not NULL); 0 when it is not valid UTF-8 (overlong,
 * surrogate, above U+10FFFF, cut short). */
size_t utf8_next(const char *s, size_t n, unsigned int *cp);
/* Whether the len bytes at s are valid UTF-8. */
bool utf8_valid(const char *s, size_t len);

#endif
