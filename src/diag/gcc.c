/*
 * gcc's and g++'s errors (the "gcc" parser), and what a C or C++ program's
 * runtime prints when it aborts (the "native" parser).
 *
 * Compile step: every "FILE:LINE:COL: error: TEXT" (or "fatal error") is an
 * entry of kind "compile", in gcc's order, the first being the first error.
 * Notes, warnings, the quoted source with its carets, "In function" and
 * "In file included from" lines add nothing an agent needs beyond the
 * error itself and are skipped. The linker's errors have no line:
 *
 *   /usr/bin/ld: /tmp/ccsUsKMA.o: in function `main':
 *   main.c:(.text.startup+0x1): undefined reference to `foo'
 *   collect2: error: ld returned 1 exit status
 *
 * give an entry of type "linker error" in main.c with the function as its
 * frame; the temporary object file's name never appears. collect2's
 * closing line is an entry only when no linker error came before it.
 *
 * Run: glibc's failed assert ("main: main.c:3: main: Assertion `x > 0'
 * failed."), C++'s uncaught exception ("terminate called after throwing an
 * instance of 'std::runtime_error'" and its "  what():  boom"), and glibc's
 * own aborts (heap corruption, stack smashing).
 */
#include <string.h>

#include "diag/internal.h"

/* "FILE:LINE[:COL]: " ending just before at. */
static bool location_before(struct span l, size_t at, struct span *file, long *line, long *col)
{
	struct span head = span_sub(l, 0, at);
	long a = span_rfind(head, ":"), b;

	*col = 0;
	if (a <= 0)
		return false;
	*line = span_number(span_from(head, (size_t)a + 1));
	if (*line <= 0)
		return false;
	b = span_rfind(span_sub(head, 0, (size_t)a), ":");
	if (b > 0 && span_number(span_sub(head, (size_t)b + 1, (size_t)a)) > 0) {
		*col = *line;
		*line = span_number(span_sub(head, (size_t)b + 1, (size_t)a));
		a = b;
	}
	*file = span_sub(head, 0, (size_t)a);
	return true;
}

static bool compiler_error(struct diag_ctx *c, struct span l)
{
	static const char *const kinds[] = {": fatal error: ", ": error: "};
	struct span file, type;
	long at = -1, line = 0, col = 0;
	size_t k;

	for (k = 0; k < ARRAY_SIZE(kinds) && at < 0; k++)
		at = span_find(l, kinds[k]);
	if (at < 0)
		return false;
	type = span_sub(span_of(kinds[k - 1]), 2, strlen(kinds[k - 1]) - 2);
	struct span msg = span_from(l, (size_t)at + strlen(kinds[k - 1]));
	if (span_starts(l, "collect2: "))
		return false;
	json_t *e = diag_entry(c, "compile", type, &msg, 1);
	if (location_before(l, (size_t)at, &file, &line, &col)) {
		struct diag_file f;
		diag_map_file(c, file, &f);
		diag_set_place(e, &f, line, col);
	}
	return diag_push(c, e);
}

/* "/usr/bin/ld: " (or "ld: ") at the start of l: its length, else 0. */
static size_t linker_prefix(struct span l)
{
	long at = span_find(l, "ld: ");
	if (at < 0 || (at > 0 && l.s[at - 1] != '/') || memchr(l.s, ' ', (size_t)at))
		return 0;
	return (size_t)at + 4;
}

struct linker {
	struct span function; /* from the last "in function `F':" */
	struct span function_file;
	int errors;
};

/* An object file's name ("/tmp/ccsUsKMA.o: ") at the start of s, skipped. */
static struct span skip_object(struct span s)
{
	long at = span_find(s, ".o: ");
	if (at > 0 && memchr(s.s, ' ', (size_t)at) == NULL)
		return span_from(s, (size_t)at + 4);
	return s;
}

static void linker_line(struct diag_ctx *c, struct linker *k, struct span l)
{
	size_t p = linker_prefix(l);
	struct span rest = p ? skip_object(span_from(l, p)) : l, file = {NULL, 0};
	long at;

	if (span_starts(rest, "in function `") && span_ends(rest, "':")) {
		k->function = span_sub(rest, 13, rest.n - 2);
		return;
	}
	if (span_starts(rest, "warning: ") || span_find(rest, ": warning: ") >= 0)
		return;
	/* "main.c:(.text+0x5): undefined reference to `foo'" */
	if ((at = span_find(rest, ":(")) > 0 && memchr(rest.s, ' ', (size_t)at) == NULL) {
		long close = span_find(rest, "): ");
		if (close < at)
			return;
		file = span_sub(rest, 0, (size_t)at);
		rest = span_from(rest, (size_t)close + 3);
		if (span_ends(file, ".o"))
			file = (struct span){NULL, 0}; /* a temporary object, not a source */
	} else if (p == 0) {
		return;
	}
	if ((at = span_find(rest, "; /tmp/")) > 0)
		rest = span_sub(rest, 0, (size_t)at); /* "; /tmp/cc.o:(.bss): first defined here" */
	json_t *e = diag_entry(c, "compile", span_of("linker error"), &rest, 1);
	if (file.s) {
		struct diag_frame fr = {.function = k->function};
		diag_map_file(c, file, &fr.file);
		diag_set_place(e, &fr.file, 0, 0);
		if (k->function.n)
			diag_set_frames(e, &fr, 1);
	}
	k->errors++;
	diag_push(c, e);
}

void diag_gcc(struct diag_ctx *c, const struct diag_text *t)
{
	struct linker k = {0};

	for (size_t i = 0; i < t->count && !diag_full(c); i++) {
		struct span l = t->lines[i];
		if (l.n == 0 || l.s[0] == ' ' || span_find(l, ": note: ") >= 0 ||
		    span_find(l, ": warning: ") >= 0)
			continue;
		if (span_starts(l, "collect2: error: ")) {
			struct span msg = span_from(l, 17);
			if (k.errors == 0)
				diag_push(
				    c, diag_entry(c, "compile", span_of("linker error"), &msg, 1));
			continue;
		}
		if (compiler_error(c, l))
			continue;
		if (linker_prefix(l) || span_find(l, ":(") > 0)
			linker_line(c, &k, l);
	}
}

/* ---- the run of a compiled program ---- */

/* glibc's messages before it aborts the program. */
static const char *const glibc_aborts[] = {
    "*** stack smashing detected ***",
    "*** buffer overflow detected ***",
    "free(): ",
    "double free or corruption",
    "malloc(): ",
    "realloc(): ",
    "munmap_chunk(): ",
    "corrupted size vs. prev_size",
};

/* "PROG: FILE:LINE: FUNCTION: Assertion `EXPR' failed." */
static bool assertion(struct diag_ctx *c, struct span l)
{
	long at = span_find(l, ": Assertion `"), fn, loc;
	struct span head, file;
	long line, col;

	if (at < 0 || !span_ends(l, "' failed."))
		return false;
	head = span_sub(l, 0, (size_t)at);
	fn = span_rfind(head, ": ");
	if (fn < 0)
		return false;
	struct diag_frame f = {.function = span_from(head, (size_t)fn + 2)};
	loc = span_find(head, ": ");
	if (loc < 0 || loc >= fn)
		return false;
	if (!location_before(head, (size_t)fn, &file, &line, &col))
		return false;
	file = span_from(file, (size_t)loc + 2);
	struct span msg = span_from(l, (size_t)at + 2);
	json_t *e = diag_entry(c, "exception", span_of("assertion"), &msg, 1);
	diag_map_file(c, file, &f.file);
	f.line = line;
	diag_set_place(e, &f.file, line, 0);
	diag_set_frames(e, &f, 1);
	return diag_push(c, e);
}

static bool terminate(struct diag_ctx *c, const struct diag_text *t, size_t i)
{
	static const char thrown[] = "terminate called after throwing an instance of '";
	struct span l = t->lines[i], type, msg = {"", 0};

	if (span_eq(l, "terminate called without an active exception"))
		return diag_push(c, diag_entry(c, "exception", span_of("std::terminate"), &l, 1));
	if (!span_starts(l, thrown) || !span_ends(l, "'"))
		return false;
	type = span_sub(l, strlen(thrown), l.n - 1);
	if (i + 1 < t->count && span_starts(t->lines[i + 1], "  what():  "))
		msg = span_from(t->lines[i + 1], 11);
	return diag_push(c, diag_entry(c, "exception", type, &msg, 1));
}

void diag_native(struct diag_ctx *c, const struct diag_text *t)
{
	for (size_t i = t->count; i-- > 0;) {
		struct span l = t->lines[i];
		if (assertion(c, l) || terminate(c, t, i))
			return;
		for (size_t k = 0; k < ARRAY_SIZE(glibc_aborts); k++)
			if (span_starts(l, glibc_aborts[k]))
				return (void)diag_push(
				    c, diag_entry(c, "exception", span_of("abort"), &l, 1));
	}
}
