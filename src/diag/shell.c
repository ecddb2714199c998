/*
 * bash's errors, one line each:
 *
 *   main.sh: line 2: nosuchcmd: command not found
 *   main.sh: line 3: syntax error near unexpected token `)'
 *   main.sh: line 3: `  echo )'          (the line itself: context, skipped)
 *   main.sh: line 5: x: unbound variable
 *
 * A script goes on after most errors, and its exit status is that of its
 * last command, so the last error is the likeliest end: entries are the
 * most recent first. The type is the error's description, the part after
 * the last ": " ("command not found", "No such file or directory"). A
 * warning is not an error and gives no entry; neither does a command that
 * failed without a word under `set -e` (there is nothing to read).
 */
#include <string.h>

#include "diag/internal.h"

struct bash_error {
	struct span file, text;
	long line;
};

/* "FILE: line N: TEXT" */
static bool bash_line(struct span l, struct bash_error *e)
{
	long at = span_find(l, ": line "), colon;
	struct span rest;

	if (at <= 0)
		return false;
	rest = span_from(l, (size_t)at + 7);
	colon = span_find(rest, ": ");
	if (colon <= 0)
		return false;
	e->file = span_sub(l, 0, (size_t)at);
	e->line = span_number(span_sub(rest, 0, (size_t)colon));
	e->text = span_from(rest, (size_t)colon + 2);
	if (e->line <= 0 || e->text.n == 0 || memchr(e->file.s, ' ', e->file.n))
		return false;
	if (e->text.s[0] == '`' && span_ends(e->text, "'"))
		return false; /* the line a syntax error quotes */
	return !span_starts(e->text, "warning: ");
}

static json_t *bash_entry(struct diag_ctx *c, const struct bash_error *b)
{
	struct span type = b->text;
	const char *kind = "shell";
	struct diag_file f;
	long colon;

	if (span_starts(b->text, "syntax error")) {
		kind = "syntax";
		type = span_of("syntax error");
	} else if ((colon = span_rfind(b->text, ": ")) >= 0) {
		type = span_from(b->text, (size_t)colon + 2);
	}
	json_t *e = diag_entry(c, kind, type, &b->text, 1);
	diag_map_file(c, b->file, &f);
	diag_set_place(e, &f, b->line, 0);
	return e;
}

void diag_bash(struct diag_ctx *c, const struct diag_text *t)
{
	struct bash_error ring[DIAG_MAX_ENTRIES];
	size_t n = 0;

	for (size_t i = 0; i < t->count; i++) {
		struct bash_error b;
		if (bash_line(t->lines[i], &b))
			ring[n++ % DIAG_MAX_ENTRIES] = b;
	}
	for (size_t k = 0; k < n && k < DIAG_MAX_ENTRIES; k++)
		if (!diag_push(c, bash_entry(c, &ring[(n - 1 - k) % DIAG_MAX_ENTRIES])))
			break;
}
