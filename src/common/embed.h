/* Files compiled into the binary at build time (tools/embed.c): the
 * built-in analysis rules, the web page of `airlock serve` and the code
 * contexts' kernels. */
#ifndef AIRLOCK_EMBED_H
#define AIRLOCK_EMBED_H

#include <stddef.h>

struct embedded_file {
	const char *name; /* path relative to the embedded directory */
	const unsigned char *data; /* NUL-terminated; len excludes the NUL */
	size_t len;
};

/* Each table ends with an entry whose name is NULL. */
extern const struct embedded_file embedded_rules[]; /* src/policy/rules */
extern const struct embedded_file embedded_ui[];    /* src/http/ui */
extern const struct embedded_file embedded_kernels[]; /* src/engine/kernels */

#endif
