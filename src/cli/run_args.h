/* `airlock run` arguments: parsed by a pure function (no I/O), so unit
 * tests and fuzzers can drive it. */
#ifndef AIRLOCK_RUN_ARGS_H
#define AIRLOCK_RUN_ARGS_H

#include <stdbool.h>

#include "engine/engine.h"
#include "engine/inputs.h"
#include "net/egress.h"
#include "policy/analyze.h"

struct run_args {
	const char *lang;	/* -l, or NULL: from the file's extension */
	const char *code;	/* -c TEXT */
	const char *file;	/* FILE, "-" for standard input */
	const char *stdin_file; /* -i FILE */
	struct limits limits;
	/* --compile-*: the compile step's time_limit_s, wall_time_limit_s and
	 * memory_limit_mb; 0 where not given (run_compile_limits) */
	struct limits compile;
	const char *compile_args[ENGINE_MAX_COMPILE_ARGS]; /* --compile-arg */
	size_t ncompile_args;
	bool json;
	bool redact; /* --redact: secrets in the output are replaced */
	bool help;
	enum policy_mode policy;	 /* --policy (default off) */
	enum severity fail_on;		 /* --fail-on (default high) */
	const char *rules;		 /* --rules DIR, NULL: the built-in rules only */
	bool unanalyzable_block;	 /* --unanalyzable block */
	const char *cgroup_parent;	 /* --cgroup-parent, NULL: default */
	bool warm;			 /* --start warm */
	const char *template_socket;	 /* --template PATH, NULL: the default */
	struct run_env env[RUN_MAX_ENV]; /* -e NAME=VALUE; the strings are argv's */
	size_t nenv;
	char env_names[RUN_MAX_ENV][RUN_MAX_ENV_NAME + 1];
	const char *add[RUN_MAX_FILES]; /* --add SRC[:DEST], as given */
	size_t nadd;
	const char *collect[RUN_MAX_COLLECT]; /* --collect GLOB */
	size_t ncollect;
	struct run_mount mounts[ENGINE_MAX_MOUNTS]; /* --mount SRC:DEST */
	char mount_src[ENGINE_MAX_MOUNTS][4096];
	size_t nmounts;
	const char *rootfs;	     /* --rootfs DIR */
	const char *image;	     /* --image NAME */
	const char *data_dir;	     /* --data-dir DIR, NULL: the default */
	struct egress_policy egress; /* --allow-host, --resolve, --allow-private */
	char *const *args;	     /* after --: the program's arguments */
	size_t nargs;
};

/* --add SRC[:DEST] split at its last ':' (SRC may hold one; DEST may not):
 * *dest is NULL without one. Copies into the buffers. */
int run_add_split(const char *spec, char *src, size_t src_size, char *dest, size_t dest_size,
		  bool *has_dest, err_t *err);

/* The compile step's limits for lang in *out: its own, with those the
 * --compile-* options give over them. 1 when one is given, 0 when none
 * is, -1 when one (or --compile-arg) is given for a language without a
 * compile step. */
int run_compile_limits(const struct run_args *a, const struct lang_profile *lang,
		       struct limits *out, err_t *err);

/* Whether argument s is an option of `airlock run` whose value is the
 * next argument ("-t", "--lang"; not "--lang=x", "-t5" or "--json"). */
bool run_arg_takes_value(const char *s);

int run_args_parse(int argc, char **argv, struct run_args *a, err_t *err);

/* Strict number parsers: the whole string, finite, no sign tricks. */
int parse_seconds(const char *s, double *out);
int parse_u64(const char *s, uint64_t *out);

extern const char run_usage[];

#endif
