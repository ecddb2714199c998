/*
 * Language profiles are data: how to name the source file, what to run, the
 * environment, and an optional compile step with its own limits. Adding a
 * language is adding one entry to the table in profiles.c.
 */
#ifndef AIRLOCK_LANG_H
#define AIRLOCK_LANG_H

#include <stdbool.h>
#include <stddef.h>

#include "common/err.h"
#include "common/limits.h"

#define LANG_MAX_ARGV 16
/* In compile_argv: the program's file, then the request's other source
 * files (by extension), in their order. */
#define LANG_SOURCES "{sources}"
#define LANG_MAX_ENV 8

struct lang_profile {
	const char *name;			 /* "python" */
	const char *aliases[4];			 /* "py", "python3" */
	const char *extensions[4];		 /* ".py" */
	const char *source_name;		 /* file name in /work */
	const char *run_argv[LANG_MAX_ARGV];	 /* argv[0] is an absolute path */
	const char *env[LANG_MAX_ENV];		 /* added to the base environment */
	const char *compile_argv[LANG_MAX_ARGV]; /* empty: nothing to compile */
	struct limits compile_limits;
	const char *version_argv[4];
	/* Which parser of src/diag reads what its runtime and its compiler
	 * print on stderr (the result's diagnostics); NULL: none. */
	const char *run_diagnostics;	 /* "python", "node", "bash", "native" */
	/* Its warm template's binary (src/warm/), next to airlock's;
	 * NULL: the language has none, every start is cold. */
	const char *warm_template;
	const char *compile_diagnostics; /* "gcc" */
};

/* By name or alias, case-insensitive. NULL when unknown. */
const struct lang_profile *lang_find(const char *name);
/* By a file name's extension. NULL when unknown. */
const struct lang_profile *lang_from_filename(const char *path);
/* Whether the interpreter (and compiler) exist on this host. */
bool lang_available(const struct lang_profile *p, err_t *err);
/* A comma-separated list of the known names, for error messages. */
const char *lang_names(void);

/* The version its interpreter (or compiler) reports here, "3.11.2", in
 * out; -1 (out "") when it cannot be run or says none. Runs the program. */
int lang_version(const struct lang_profile *p, char *out, size_t size);
/* The first version number ("12.2.0") in a line of text. Pure. */
int lang_version_parse(const char *text, char *out, size_t size);

size_t lang_count(void);
const struct lang_profile *lang_at(size_t i);

static inline bool lang_has_compile(const struct lang_profile *p)
{
	return p->compile_argv[0] != NULL;
}

#endif
