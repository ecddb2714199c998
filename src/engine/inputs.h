/*
 * What a run takes besides its program -- arguments, environment variables,
 * files written into the work directory, globs of files to collect after
 * it -- and the rules every front end checks them by. engine_run() checks
 * them again, so that no front end can forget one.
 *
 * The checks are pure (no I/O); each says why a value is refused in a few
 * words, and the caller names the field ("files[2].name: ...",
 * "--add x:../y: ...").
 */
#ifndef AIRLOCK_INPUTS_H
#define AIRLOCK_INPUTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common/err.h"

struct lang_profile;
struct run_request;

/* Arguments after the program (argv[1...] of the program). */
#define RUN_MAX_ARGS 1024
#define RUN_MAX_ARGS_BYTES (128u << 10) /* all of them together */
/* Environment variables added to airlock's own. */
#define RUN_MAX_ENV 128
#define RUN_MAX_ENV_NAME 128
#define RUN_MAX_ENV_BYTES (64u << 10) /* all NAME=VALUE together */
/* Files written into the work directory before the run. */
#define RUN_MAX_FILES 256
#define RUN_MAX_PATH 1024 /* bytes of a relative path */
#define RUN_MAX_DEPTH 16  /* its components */
/* Globs of files collected after the run. */
#define RUN_MAX_COLLECT 32
#define RUN_MAX_GLOB 256

/* Why a relative path may not name a file in the work directory (NULL: it
 * may): absolute, empty, "." or ".." or empty components, a NUL byte,
 * too long or too deep. len is the path's real length (a NUL inside it is
 * found). */
const char *workpath_problem(const char *path, size_t len);

/* Why NAME may not be set by a request (NULL: it may): its syntax
 * ([A-Za-z_][A-Za-z0-9_]*, at most RUN_MAX_ENV_NAME bytes), a name
 * airlock sets itself (for every language, or lang's own), or one that
 * changes which code runs (loader and interpreter start-up variables; see
 * inputs.c). lang may be NULL. */
const char *env_name_problem(const char *name, size_t len, const struct lang_profile *lang);

/* Why a collect glob is refused (NULL: it is not). */
const char *glob_problem(const char *glob, size_t len);

/* Whether the compile step of lang compiles a file of this name too (c:
 * "util.c", "lib/x.c"; never for an interpreted language). */
bool workpath_is_source(const struct lang_profile *lang, const char *path);

/* Why a file may not have this name in lang's work directory beyond its
 * syntax (NULL: it may): the program's own file, or what its compile step
 * makes, or a directory holding them. */
const char *workpath_reserved(const struct lang_profile *lang, const char *path);

/* The first of n files that breaks a rule of a name (above, or two files
 * of one name, or one that is a file where another needs a directory):
 * -1 with p filled (other: the file it conflicts with, or (size_t)-1). */
struct run_file;
struct file_problem {
	size_t index, other;
	const char *why;
};
int run_files_problem(const struct lang_profile *lang, const struct run_file *files, size_t n,
		      struct file_problem *p);

/* The scratch space the program and its files take before the run:
 * whole pages per file, one per directory. */
uint64_t run_inputs_disk_need(const struct run_request *req);

/* Every rule above on a whole request, and the ones between files (two of
 * one name, one a file where another needs a directory). The message names
 * the field as the service's request does: "files[2].name: ...",
 * "env.HOME: ...", "args[0]: ...", "collect[1]: ...". */
int run_inputs_check(const struct run_request *req, err_t *err);

/* The environment airlock gives every program (NULL-terminated), before the
 * language's own and the request's. */
extern const char *const run_base_env[];

#endif
