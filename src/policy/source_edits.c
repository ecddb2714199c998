/*
 * Edits of a program's text between two parses (source_fix.h): what the
 * interpreter reads otherwise than the grammar, rewritten so that the
 * next parse reads it as the interpreter does.
 */
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "policy/source_fix.h"

#define FIXUP_EDITS_MAX 100000

void edit_add(struct edits *e, uint32_t start, uint32_t end, char *with)
{
	if (e->n >= FIXUP_EDITS_MAX) {
		free(with);
		return;
	}
	e->v = xrealloc(e->v, (e->n + 1) * sizeof(*e->v));
	e->v[e->n++] = (struct edit){start, end, with};
}

static int cmp_edit(const void *x, const void *y)
{
	const struct edit *a = x, *b = y;
	return a->start < b->start ? -1 : a->start > b->start;
}

char *apply_edits(const char *src, size_t len, struct edits *e, size_t *out_len)
{
	struct buf b = {0};
	uint32_t at = 0;

	qsort(e->v, e->n, sizeof(*e->v), cmp_edit);
	for (size_t i = 0; i < e->n; i++) {
		if (e->v[i].start < at)
			continue;
		buf_append(&b, src + at, e->v[i].start - at);
		buf_append(&b, e->v[i].with, strlen(e->v[i].with));
		at = e->v[i].end;
	}
	buf_append(&b, src + at, len - at);
	buf_append(&b, "", 1);
	*out_len = b.len - 1;
	return b.data;
}

void edits_free(struct edits *e)
{
	for (size_t i = 0; i < e->n; i++)
		free(e->v[i].with);
	free(e->v);
}
