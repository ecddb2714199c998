/*
 * Python's report of an uncaught exception (CPython 3.8 to 3.13):
 *
 *   Traceback (most recent call last):
 *     File "/work/main.py", line 4, in <module>
 *       f(0)
 *     File "/work/main.py", line 2, in f
 *       return 1 / x
 *              ~~^~~
 *   ZeroDivisionError: division by zero
 *
 * A chained exception prints its causes first, each with its own
 * "Traceback" header, so the last header starts the exception that ended
 * the program. A SyntaxError found before the program ran has no header:
 * its "File" line has no ", in" and is followed by the line and a caret.
 * An exception group (3.11) prefixes its lines with "  | ".
 *
 * Python prints a line without its indentation and places the caret (or
 * 3.11's ~~^~~) under that stripped text, so the column in the user's file
 * is the caret's plus the line's own indentation, read from the program.
 * SystemExit prints no traceback, so it gives no entry.
 */
#include <string.h>

#include "diag/internal.h"

static const char *const syntax_types[] = {"SyntaxError", "IndentationError", "TabError"};

struct block {
	const struct diag_text *t;
	size_t i; /* the next line */
	const char *prefix;
};

/* The next line of the block, without its prefix; false at its end. */
static bool next_line(struct block *b, struct span *l)
{
	if (b->i >= b->t->count)
		return false;
	*l = b->t->lines[b->i];
	if (b->prefix[0]) {
		if (!span_starts(*l, b->prefix))
			return false;
		*l = span_from(*l, strlen(b->prefix));
	}
	return true;
}

/* `  File "NAME", line N[, in FUNCTION]` */
static bool file_line(struct span l, struct span *name, long *line, struct span *function)
{
	long at, in;
	struct span rest, num;

	if (!span_starts(l, "  File \""))
		return false;
	at = span_rfind(l, "\", line ");
	if (at < 8)
		return false;
	*name = span_sub(l, 8, (size_t)at);
	rest = span_from(l, (size_t)at + 8);
	in = span_find(rest, ", in ");
	num = in >= 0 ? span_sub(rest, 0, (size_t)in) : rest;
	*function = in >= 0 ? span_from(rest, (size_t)in + 5) : (struct span){NULL, 0};
	*line = span_number(num);
	return *line >= 0;
}

/* A caret line: spaces, then only ^ and ~. Returns the offset of the first
 * mark, or -1. */
static long caret_at(struct span l)
{
	size_t sp = span_count(l, " ");
	if (sp == l.n || span_count(span_from(l, sp), "^~") != l.n - sp)
		return -1;
	return (long)sp;
}

/* The column in the user's file of a caret under a printed source line. */
static long column_of(const struct diag_ctx *c, const struct diag_file *f, long line,
		      struct span source, long caret)
{
	long indent = f->main ? diag_code_indent(c, line) : -1;
	long printed = (long)span_count(source, " ");

	if (indent < 0 || caret < printed)
		return 0;
	return caret - printed + indent + 1;
}

struct place {
	bool found;
	struct diag_file file;
	long line, column;
};

struct tb {
	struct diag_frame ring[DIAG_MAX_FRAMES]; /* the innermost frames */
	size_t nframes;				 /* all seen; ring holds the last ones */
	struct place user;			 /* the innermost frame in a user file */
	struct place syntax;			 /* a "File" line with no function */
};

/* One "File" line and the source and caret lines under it. */
static void read_entry(const struct diag_ctx *c, struct block *b, struct tb *tb, struct span name,
		       long line, struct span function)
{
	struct diag_file f;
	struct span src = {NULL, 0}, l;
	long caret = -1;

	diag_map_file(c, name, &f);
	if (next_line(b, &l) && span_starts(l, "    ") && caret_at(l) < 0) {
		src = l;
		b->i++;
		if (next_line(b, &l) && (caret = caret_at(l)) >= 0)
			b->i++;
	}
	struct place p = {true, f, line, caret >= 0 ? column_of(c, &f, line, src, caret) : 0};
	if (function.s == NULL) {
		tb->syntax = p;
		return;
	}
	tb->ring[tb->nframes % DIAG_MAX_FRAMES] = (struct diag_frame){f, line, function};
	tb->nframes++;
	if (f.user)
		tb->user = p;
}

static bool is_name_char(char ch, bool first)
{
	return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '_' ||
	       (!first && ((ch >= '0' && ch <= '9') || ch == '.'));
}

/* "Type: message" or "Type": the length of Type, 0 if l is not one. */
static size_t exception_name(struct span l)
{
	size_t n = 0;
	while (n < l.n && is_name_char(l.s[n], n == 0))
		n++;
	if (n == 0 || (n < l.n && l.s[n] != ':'))
		return 0;
	return n;
}

static bool is_syntax(struct span type)
{
	for (size_t i = 0; i < ARRAY_SIZE(syntax_types); i++) {
		struct span base = type;
		long dot = span_rfind(type, ".");
		if (dot >= 0)
			base = span_from(type, (size_t)dot + 1);
		if (span_eq(base, syntax_types[i]))
			return true;
	}
	return false;
}

static void emit(struct diag_ctx *c, struct block *b, struct tb *tb, struct span head)
{
	struct span msg[DIAG_MAX_MESSAGE_LINES], l;
	size_t n = exception_name(head), nmsg = 0;
	struct span type = span_sub(head, 0, n);
	struct diag_frame frames[DIAG_MAX_FRAMES];
	size_t kept = tb->nframes < DIAG_MAX_FRAMES ? tb->nframes : DIAG_MAX_FRAMES;

	msg[nmsg++] = span_trim(span_from(head, n + 1));
	while (nmsg < DIAG_MAX_MESSAGE_LINES && next_line(b, &l)) {
		msg[nmsg++] = l;
		b->i++;
	}
	while (nmsg > 1 && span_blank(msg[nmsg - 1]))
		nmsg--;
	json_t *e = diag_entry(c, is_syntax(type) ? "syntax" : "exception", type, msg, nmsg);
	const struct place *p = tb->syntax.found && tb->syntax.file.user ? &tb->syntax : &tb->user;
	if (p->found)
		diag_set_place(e, &p->file, p->line, p->column);
	for (size_t k = 0; k < kept; k++) /* innermost first */
		frames[k] = tb->ring[(tb->nframes - 1 - k) % DIAG_MAX_FRAMES];
	diag_set_frames(e, frames, kept);
	diag_push(c, e);
}

static void parse_block(struct diag_ctx *c, struct block *b)
{
	struct tb tb;
	struct span l, name, function;
	long line;

	memset(&tb, 0, sizeof(tb));
	while (next_line(b, &l)) {
		b->i++;
		if (file_line(l, &name, &line, &function)) {
			read_entry(c, b, &tb, name, line, function);
		} else if (span_blank(l) || l.s[0] == ' ') {
			continue; /* "[Previous line repeated 996 more times]", stray lines */
		} else {
			if (exception_name(l) > 0)
				emit(c, b, &tb, l);
			return;
		}
	}
}

/* Where the last report starts: after its "Traceback" header, or at the
 * "File" line of a SyntaxError that has none. */
static bool find_start(const struct diag_text *t, struct block *b)
{
	static const char header[] = "Traceback (most recent call last):";
	static const char group[] = "  + Exception Group Traceback (most recent call last):";
	struct span name, function;
	long line;

	b->t = t;
	b->prefix = "";
	for (size_t i = t->count; i-- > 0;) {
		struct span l = t->lines[i];
		if (span_eq(l, header) || span_eq(l, group)) {
			b->i = i + 1;
			b->prefix = l.s[0] == ' ' ? "  | " : "";
			return true;
		}
	}
	for (size_t i = t->count; i-- > 0;) {
		if (file_line(t->lines[i], &name, &line, &function) && function.s == NULL) {
			b->i = i;
			return true;
		}
	}
	return false;
}

void diag_python(struct diag_ctx *c, const struct diag_text *t)
{
	struct block b;

	if (find_start(t, &b))
		parse_block(c, &b);
}
