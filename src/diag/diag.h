/*
 * Diagnostics: what went wrong, and where, read from what a program's
 * runtime or compiler wrote on stderr (CONTRACT.md "Diagnostics").
 *
 * Pure text parsing: no I/O, no state. The text is untrusted (a program
 * writes what it likes on stderr), so every parser is bounded (entries,
 * frames, message length, lines looked at) and never fails on any input;
 * what it does not recognise yields no entry rather than a wrong one.
 */
#ifndef AIRLOCK_DIAG_H
#define AIRLOCK_DIAG_H

#include <jansson.h>
#include <stddef.h>

struct lang_profile;

#define DIAG_MAX_ENTRIES 20
#define DIAG_MAX_FRAMES 32    /* per entry, the innermost ones */
#define DIAG_MAX_MESSAGE 2048 /* bytes of a message (cut at a character) */
#define DIAG_MAX_MESSAGE_LINES 40
#define DIAG_MAX_LINES 50000 /* of stderr; beyond it, the last ones */

/* The directory the program runs in inside the sandbox. */
#define DIAG_WORKDIR "/work"

/* How the sandbox's paths become the user's names. Every field may be
 * NULL (or 0): defaults are DIAG_WORKDIR, the profile's source_name, and
 * that name again for program. */
struct diag_names {
	const char *workdir;	 /* where the program's files live inside */
	const char *source_name; /* the program's file name there ("main.py") */
	const char *program;	 /* what the user calls it ("script.py") */
	/* The program's text: Python prints a line without its indentation,
	 * so a column is only known with the line itself. NULL: no column
	 * for Python. */
	const char *code;
	size_t code_len;
};

/*
 * The diagnostics of one run, a JSON array (never NULL):
 *   {"kind": "exception" | "syntax" | "compile" | "shell", "type",
 *    "message", "file", "line", "column", "frames": [{"file", "line",
 *    "function"}]}
 * file, line, column and a frame's line and function may be null. Frames
 * are innermost first. The first entry is what ended the program; its file
 * and line are the innermost place in one of the user's own files.
 *
 * compile_stderr is the compile step's stderr when that step failed (NULL
 * otherwise): then the entries are the compiler's errors, in its order.
 * Otherwise they come from the run's stderr.
 */
json_t *diagnostics_parse(const struct lang_profile *lang, const char *stderr_text, size_t len,
			  const char *compile_stderr, size_t clen, const struct diag_names *names);

#endif
