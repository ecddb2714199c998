/*
 * Untrusted text on a terminal: what a program, its findings or a server
 * says is shown, never obeyed. Control characters would let it move the
 * cursor, erase lines (its own findings among them) or reorder what is
 * shown, so they are written as escapes instead:
 *
 *   \r \n (unless kept) and other C0 controls, DEL  ->  \r, \n, \x1b, \x7f
 *   bytes that are not UTF-8                        ->  \xff
 *   C1 controls U+0080..U+009F, bidi controls       ->  \u009b, \u202e
 *     (U+061C, U+200E, U+200F, U+202A..U+202E, U+2066..U+2069),
 *     line and paragraph separators U+2028, U+2029
 *
 * Tabs and every other valid UTF-8 character stay as they are.
 */
#ifndef AIRLOCK_TERM_H
#define AIRLOCK_TERM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* s (len bytes) as a new NUL-terminated string safe to print; newlines
 * stay when keep_newlines (multi-line text), else they are escaped. */
char *term_safe(const char *s, size_t len, bool keep_newlines);
/* term_safe of a NUL-terminated string (NULL: ""), one line. */
char *term_str(const char *s);
/* term_str(s), written to f. */
void term_fputs(const char *s, FILE *f);

#endif
