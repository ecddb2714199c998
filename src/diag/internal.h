/* What the parsers of src/diag share (entries.c): lines of text, file names
 * mapped to the user's, and bounded entries. */
#ifndef AIRLOCK_DIAG_INTERNAL_H
#define AIRLOCK_DIAG_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "common/util.h"
#include "diag/diag.h"

/* A piece of the input, not NUL-terminated. */
struct span {
	const char *s;
	size_t n;
};

struct diag_text {
	struct span *lines; /* without their "\n" or "\r\n" */
	size_t count;
};

struct diag_ctx {
	const char *workdir, *source_name, *program;
	const char *code;
	size_t code_len;
	json_t *entries;
};

#define DIAG_MAX_PATH 512

/* A file named by a runtime, as the user knows it. */
struct diag_file {
	char name[DIAG_MAX_PATH]; /* "" when none */
	bool user;		  /* one of the user's own files (in the work dir) */
	bool main;		  /* the program itself */
};

struct diag_frame {
	struct diag_file file;
	long line; /* 0: unknown */
	struct span function;
};

/* A parser: adds its entries to c->entries (diag_push). */
typedef void (*diag_parser)(struct diag_ctx *c, const struct diag_text *t);

void diag_python(struct diag_ctx *c, const struct diag_text *t);
void diag_node(struct diag_ctx *c, const struct diag_text *t);
void diag_bash(struct diag_ctx *c, const struct diag_text *t);
void diag_gcc(struct diag_ctx *c, const struct diag_text *t);
void diag_native(struct diag_ctx *c, const struct diag_text *t);

/* ---- spans ---- */
struct span span_of(const char *s);
bool span_eq(struct span a, const char *s);
bool span_starts(struct span a, const char *prefix);
bool span_ends(struct span a, const char *suffix);
/* Offset of the first occurrence of needle in a, or -1. */
long span_find(struct span a, const char *needle);
/* Offset of the last occurrence of needle in a, or -1. */
long span_rfind(struct span a, const char *needle);
struct span span_sub(struct span a, size_t from, size_t to);
struct span span_from(struct span a, size_t from);
struct span span_trim(struct span a);
/* How many leading bytes of a are in set. */
size_t span_count(struct span a, const char *set);
/* A decimal number of at most 9 digits filling the whole span; -1 if not. */
long span_number(struct span a);
bool span_blank(struct span a);

/* ---- files and entries ---- */
void diag_map_file(const struct diag_ctx *c, struct span raw, struct diag_file *out);
/* The leading whitespace (spaces, tabs, form feeds) of line `line` of the
 * program; -1 when the program's text is not known. */
long diag_code_indent(const struct diag_ctx *c, long line);

/* A new entry with kind, type and message (lines joined by "\n", bounded);
 * file, line and column null, no frames. */
json_t *diag_entry(const struct diag_ctx *c, const char *kind, struct span type,
		   const struct span *message, size_t nlines);
void diag_set_place(json_t *e, const struct diag_file *f, long line, long column);
/* Frames, innermost first (at most DIAG_MAX_FRAMES). */
void diag_set_frames(json_t *e, const struct diag_frame *frames, size_t n);
/* Adds e (stolen) to the entries; false, with e dropped, when they are full. */
bool diag_push(struct diag_ctx *c, json_t *e);
bool diag_full(const struct diag_ctx *c);

#endif
