/*
 * node's report of an uncaught exception (node 18 to 22):
 *
 *   /work/main.js:2                     where it was thrown (a file:// URL
 *     return o.x.y;                     for an ES module, node:internal/...
 *                ^                      when inside node), its line, a caret
 *
 *   TypeError: Cannot read properties of undefined (reading 'y')
 *       at f (/work/main.js:2:14)       the stack, innermost first; the
 *       at Object.<anonymous> (/work/main.js:4:1)   last frame may end with
 *       ...                             " {" and the error's own properties
 *
 *   Node.js v20.20.2
 *
 * The closing "Node.js v" line is what says the program died of an
 * uncaught exception: without it, whatever else is on stderr was written
 * by the program and gives no entry. A thrown value that is not an Error
 * (a string, an object) is printed as such, with no stack: its type is
 * "Uncaught". A SyntaxError of the program itself has no frame in the
 * user's files (node's loader compiled it); its place is the header's.
 */
#include <stdint.h>
#include <string.h>

#include "diag/internal.h"

#define FRAME_PREFIX "    at "

static bool is_frame(struct span l)
{
	return span_starts(l, FRAME_PREFIX);
}

static bool is_trailer(struct span l)
{
	return span_starts(l, "Node.js v") && l.n > 9 && l.s[9] >= '0' && l.s[9] <= '9';
}

/* "LOCATION:LINE[:COLUMN]" at the end of s: the location, line and column
 * (0 when absent). */
static struct span split_position(struct span s, long *line, long *column)
{
	long a = span_rfind(s, ":"), b;

	*line = *column = 0;
	if (a < 0 || span_number(span_from(s, (size_t)a + 1)) < 0)
		return s;
	*line = span_number(span_from(s, (size_t)a + 1));
	b = span_rfind(span_sub(s, 0, (size_t)a), ":");
	if (b >= 0 && span_number(span_sub(s, (size_t)b + 1, (size_t)a)) >= 0) {
		*column = *line;
		*line = span_number(span_sub(s, (size_t)b + 1, (size_t)a));
		return span_sub(s, 0, (size_t)b);
	}
	return span_sub(s, 0, (size_t)a);
}

/* "    at FUNCTION (LOCATION)" or "    at LOCATION". */
static void parse_frame(const struct diag_ctx *c, struct span l, struct diag_frame *f, long *column)
{
	struct span body = span_from(l, strlen(FRAME_PREFIX)), where = body;
	long open;

	memset(f, 0, sizeof(*f));
	if (span_ends(body, " {"))
		body.n -= 2;
	where = body;
	if (span_ends(body, ")") && (open = span_rfind(body, " (")) >= 0) {
		f->function = span_sub(body, 0, (size_t)open);
		where = span_sub(body, (size_t)open + 2, body.n - 1);
	}
	diag_map_file(c, split_position(where, &f->line, column), &f->file);
}

/* A header: "LOCATION:LINE", then the source line, then a caret line. */
static bool is_header(const struct diag_text *t, size_t i)
{
	struct span l = t->lines[i], caret;
	long line, column;
	size_t sp;

	if (i + 2 >= t->count || l.n == 0 || l.s[0] == ' ')
		return false;
	split_position(l, &line, &column);
	if (line <= 0 || column != 0)
		return false;
	caret = t->lines[i + 2];
	sp = span_count(caret, " \t");
	return sp < caret.n && span_count(span_from(caret, sp), "^") == caret.n - sp;
}

static bool is_name_char(char ch, bool first)
{
	return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '_' || ch == '$' ||
	       (!first && ((ch >= '0' && ch <= '9') || ch == '.'));
}

/* "Name: message", "Name [CODE]: message" or "Name": the length of Name
 * in *name and where the message starts in *rest; false if l is not one. */
static bool error_line(struct span l, size_t *name, size_t *rest)
{
	size_t n = 0, k;

	while (n < l.n && is_name_char(l.s[n], n == 0))
		n++;
	if (n == 0)
		return false;
	k = n;
	if (k + 1 < l.n && l.s[k] == ' ' && l.s[k + 1] == '[') {
		const char *close = memchr(l.s + k, ']', l.n - k);
		if (close == NULL)
			return false;
		k = (size_t)(close - l.s) + 1;
	}
	*name = n;
	if (k == l.n) {
		*rest = k;
		return true;
	}
	if (l.s[k] != ':')
		return false;
	*rest = k + 1 < l.n && l.s[k + 1] == ' ' ? k + 2 : k + 1;
	return true;
}

struct report {
	size_t head;		    /* the header's line; SIZE_MAX: none */
	size_t msg, msg_end;	    /* the lines of the error (or thrown value) */
	size_t frames, frames_end;  /* its stack */
	struct diag_file head_file; /* the header's place, when there is one */
	long head_line, head_column;
};

/* Where the last report before the trailer starts and what it holds. */
static bool find_report(const struct diag_text *t, size_t trailer, struct report *r)
{
	size_t i = trailer, start = trailer;

	memset(r, 0, sizeof(*r));
	r->head = SIZE_MAX;
	while (i-- > 0) {
		if (is_header(t, i)) {
			r->head = i;
			start = i + 3;
			break;
		}
	}
	if (start == trailer) { /* no header: the error line before the first frame */
		size_t f = trailer;
		while (f > 0 && !is_frame(t->lines[f - 1]))
			f--;
		while (f > 0 && is_frame(t->lines[f - 1]))
			f--;
		if (f == 0)
			return false;
		start = f;
		while (start > 0 && !span_blank(t->lines[start - 1]))
			start--;
	}
	while (start < trailer && span_blank(t->lines[start]))
		start++;
	r->msg = start;
	for (i = start; i < trailer && !is_frame(t->lines[i]) && !span_blank(t->lines[i]) &&
			!span_starts(t->lines[i], "(Use `node --trace-uncaught");
	     i++)
		;
	r->msg_end = i;
	r->frames = i;
	while (i < trailer && is_frame(t->lines[i]))
		i++;
	r->frames_end = i;
	return r->msg_end > r->msg;
}

void diag_node(struct diag_ctx *c, const struct diag_text *t)
{
	struct diag_frame frames[DIAG_MAX_FRAMES];
	struct report r;
	size_t trailer = t->count, name = 0, rest = 0, nframes = 0;
	struct diag_frame user;
	bool have_user = false;
	long user_column = 0, column;
	struct span type;

	while (trailer > 0 && !is_trailer(t->lines[trailer - 1]))
		trailer--;
	if (trailer-- == 0 || !find_report(t, trailer, &r))
		return;
	if (r.head != SIZE_MAX) {
		diag_map_file(c, split_position(t->lines[r.head], &r.head_line, &column),
			      &r.head_file);
		r.head_column = (long)span_count(t->lines[r.head + 2], " \t") + 1;
	}
	for (size_t i = r.frames; i < r.frames_end; i++) {
		struct diag_frame f;
		parse_frame(c, t->lines[i], &f, &column);
		if (nframes < DIAG_MAX_FRAMES)
			frames[nframes++] = f;
		if (!have_user && f.file.user) {
			user = f;
			user_column = column;
			have_user = true;
		}
	}
	struct span first = t->lines[r.msg];
	bool is_error = error_line(first, &name, &rest) &&
			(r.frames_end > r.frames || span_ends(span_sub(first, 0, name), "Error"));
	struct span msg[DIAG_MAX_MESSAGE_LINES];
	size_t nmsg = 0;
	if (is_error) {
		type = span_sub(first, 0, name);
		msg[nmsg++] = span_from(first, rest);
	} else {
		type = span_of("Uncaught");
		msg[nmsg++] = first;
	}
	for (size_t i = r.msg + 1; i < r.msg_end && nmsg < DIAG_MAX_MESSAGE_LINES; i++)
		msg[nmsg++] = t->lines[i];
	bool syntax = is_error && span_eq(type, "SyntaxError") && !have_user;
	json_t *e = diag_entry(c, syntax ? "syntax" : "exception", type, msg, nmsg);
	if (have_user && !syntax)
		diag_set_place(e, &user.file, user.line, user_column);
	else if (r.head_file.user)
		diag_set_place(e, &r.head_file, r.head_line, r.head_column);
	diag_set_frames(e, frames, nframes);
	diag_push(c, e);
}
