/*
 * The rewrites of a program's text after a parse (analyze_source.c): a
 * list of edits (source_edits.c), and Bash's (bash_fixup.c).
 */
#ifndef AIRLOCK_POLICY_SOURCE_FIX_H
#define AIRLOCK_POLICY_SOURCE_FIX_H

#include <stddef.h>
#include <stdint.h>
#include <tree_sitter/api.h>

struct edit {
	uint32_t start, end;
	char *with;
};

struct edits {
	struct edit *v;
	size_t n;
};

/* Adds the edit [start, end) -> with (taken; freed with the list). */
void edit_add(struct edits *e, uint32_t start, uint32_t end, char *with);
/* The text with the edits made; they do not overlap. */
char *apply_edits(const char *src, size_t len, struct edits *e, size_t *out_len);
void edits_free(struct edits *e);

/* Bash's rewrites after a parse: the text to parse again (*out_len), or
 * NULL when there is none. */
char *bash_fixup(const char *src, size_t len, TSNode root, size_t *out_len);

#endif
