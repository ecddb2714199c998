/*
 * The rules for what a run takes besides its program.
 *
 * Paths. A file is written below the work directory and nowhere else: its
 * name is relative, every component a real name (no "", ".", ".."), no NUL,
 * bounded in length and depth. The sandbox's init writes the files into a
 * fresh tmpfs with openat/mkdirat relative to the work directory and
 * O_NOFOLLOW, before the program exists, so there is no link to follow;
 * these rules make the request say what it means and fail with a message
 * instead of a broken run.
 *
 * Environment. The program's environment is airlock's (run_base_env), then
 * the language's (lang/profiles.c), then the request's. A request may not
 * set:
 *   - what airlock sets itself: every name of run_base_env and of the
 *     language's env, and the proxy variables that --net egress sets;
 *   - what changes which code runs: the dynamic loader's variables (LD_*,
 *     GLIBC_TUNABLES, GCONV_PATH), the interpreters' and the shell's
 *     start-up hooks (PYTHON*, NODE_*, BASH_ENV, ENV, SHELLOPTS, BASHOPTS,
 *     PS4, PERL5OPT, ...), and the compiler's search paths (GCC_EXEC_PREFIX,
 *     COMPILER_PATH, CPATH, ...).
 * The sandbox confines such code as much as any other, so this is not what
 * keeps the host safe; it keeps the policy honest: the analysis and a
 * person's approval cover the program and its files, and a variable such as
 * LD_PRELOAD=./x.so or NODE_OPTIONS=--require=./y.js would run code that
 * neither saw. Everything else (DEBUG=1, API_URL=..., LC_NUMERIC, ...) is
 * the program's to read.
 */
#include "engine/inputs.h"

#include <string.h>

#include "common/util.h"
#include "engine/engine.h"
#include "lang/lang.h"

const char *const run_base_env[] = {
    "PATH=/usr/local/bin:/usr/bin:/bin",
    "HOME=/work",
    "PWD=/work",
    "TMPDIR=/tmp",
    "LANG=C.UTF-8",
    "LC_ALL=C.UTF-8",
    "USER=sandbox",
    "LOGNAME=sandbox",
    "TERM=dumb",
    NULL,
};

/* Set by airlock in some runs (--net egress points them at its proxy). */
static const char *const airlock_names[] = {
    "HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy",
    "NO_PROXY",	  "no_proxy",	 "ALL_PROXY",  "all_proxy",
};

/* Variables that make a program run code other than the one analysed. */
static const char *const hijack_prefixes[] = {"LD_", "PYTHON", "NODE_", "BASH_", "GCC_"};
static const char *const hijack_names[] = {
    "GLIBC_TUNABLES",
    "GCONV_PATH",
    "ENV",
    "SHELLOPTS",
    "BASHOPTS",
    "PS4",
    "COMPILER_PATH",
    "LIBRARY_PATH",
    "CPATH",
    "C_INCLUDE_PATH",
    "CPLUS_INCLUDE_PATH",
    "OBJC_INCLUDE_PATH",
    "PERL5OPT",
    "PERL5LIB",
    "PERLLIB",
    "PERL5DB",
    "RUBYOPT",
    "RUBYLIB",
    "DEPENDENCIES_OUTPUT",
    "SUNPRO_DEPENDENCIES",
};

static bool name_is(const char *entry, const char *name, size_t len)
{
	return strncmp(entry, name, len) == 0 && entry[len] == '=';
}

const char *env_name_problem(const char *name, size_t len, const struct lang_profile *lang)
{
	if (len == 0)
		return "an empty name";
	if (memchr(name, '\0', len))
		return "a NUL byte in the name";
	if (len > RUN_MAX_ENV_NAME)
		return "a name longer than 128 bytes";
	for (size_t i = 0; i < len; i++) {
		char c = name[i];
		bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
		if (!alpha && (i == 0 || c < '0' || c > '9'))
			return "not a variable name ([A-Za-z_][A-Za-z0-9_]*)";
	}
	for (size_t i = 0; run_base_env[i]; i++)
		if (name_is(run_base_env[i], name, len))
			return "airlock sets this variable itself";
	for (size_t i = 0; lang && i < LANG_MAX_ENV && lang->env[i]; i++)
		if (name_is(lang->env[i], name, len))
			return "airlock sets this variable itself for the language";
	for (size_t i = 0; i < ARRAY_SIZE(airlock_names); i++)
		if (strlen(airlock_names[i]) == len && memcmp(airlock_names[i], name, len) == 0)
			return "airlock sets this variable itself (its egress proxy)";
	for (size_t i = 0; i < ARRAY_SIZE(hijack_prefixes); i++) {
		size_t n = strlen(hijack_prefixes[i]);
		if (len >= n && memcmp(hijack_prefixes[i], name, n) == 0)
			goto hijack;
	}
	for (size_t i = 0; i < ARRAY_SIZE(hijack_names); i++)
		if (strlen(hijack_names[i]) == len && memcmp(hijack_names[i], name, len) == 0)
			goto hijack;
	return NULL;
hijack:
	return "it changes which code runs (loader, interpreter or compiler start-up), "
	       "beyond the program and files the policy sees; airlock refuses it";
}

const char *workpath_problem(const char *path, size_t len)
{
	size_t depth = 0;

	if (len == 0)
		return "an empty name";
	if (memchr(path, '\0', len))
		return "a NUL byte in the name";
	if (path[0] == '/')
		return "an absolute path; give one relative to the work directory";
	if (len > RUN_MAX_PATH)
		return "longer than 1024 bytes";
	for (size_t i = 0; i <= len;) {
		size_t j = i;
		while (j < len && path[j] != '/')
			j++;
		size_t n = j - i;
		if (n == 0)
			return "an empty component (// or a trailing /)";
		if ((n == 1 && path[i] == '.') || (n == 2 && path[i] == '.' && path[i + 1] == '.'))
			return "a . or .. component; names stay inside the work directory";
		if (n > 255)
			return "a component longer than 255 bytes";
		if (++depth > RUN_MAX_DEPTH)
			return "more than 16 levels deep";
		i = j + 1;
	}
	return NULL;
}

const char *glob_problem(const char *glob, size_t len)
{
	if (len == 0)
		return "an empty glob";
	if (memchr(glob, '\0', len))
		return "a NUL byte in the glob";
	if (len > RUN_MAX_GLOB)
		return "longer than 256 bytes";
	if (glob[0] == '/')
		return "an absolute glob; give one relative to the work directory";
	for (size_t i = 0; i + 1 < len; i++)
		if (glob[i] == '.' && glob[i + 1] == '.' && (i == 0 || glob[i - 1] == '/') &&
		    (i + 2 == len || glob[i + 2] == '/'))
			return "a .. component; files are collected from the work directory only";
	return NULL;
}

/* The file the compile step makes ("main" of "./main"), or NULL. */
static const char *produced_name(const struct lang_profile *lang)
{
	const char *run = lang->run_argv[0];
	if (lang_has_compile(lang) && run && strncmp(run, "./", 2) == 0)
		return run + 2;
	return NULL;
}

static bool first_component_is(const char *path, const char *name)
{
	if (name == NULL)
		return false;
	size_t n = strlen(name);
	return strncmp(path, name, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

const char *workpath_reserved(const struct lang_profile *lang, const char *path)
{
	const char *made = produced_name(lang);

	if (first_component_is(path, lang->source_name))
		return "the program's own file has this name";
	if (made && first_component_is(path, made))
		return "the compile step writes the program to this name";
	return NULL;
}

bool workpath_is_source(const struct lang_profile *lang, const char *path)
{
	const char *base = strrchr(path, '/');
	const char *dot;

	if (!lang_has_compile(lang))
		return false;
	base = base ? base + 1 : path;
	dot = strrchr(base, '.');
	if (dot == NULL || dot == base)
		return false;
	for (size_t i = 0; i < ARRAY_SIZE(lang->extensions) && lang->extensions[i]; i++)
		if (strcmp(lang->extensions[i], dot) == 0)
			return true;
	return false;
}

static uint64_t pages(size_t len)
{
	return ((uint64_t)len + 4095) / 4096 * 4096;
}

uint64_t run_inputs_disk_need(const struct run_request *req)
{
	uint64_t need = pages(req->code_len);

	for (size_t i = 0; i < req->nfiles; i++) {
		need += pages(req->files[i].len);
		for (const char *p = req->files[i].name; (p = strchr(p, '/')) != NULL; p++)
			need += 4096; /* a directory: counted once per file, an upper bound */
	}
	return need;
}

/* Whether a names a directory that b needs ("data" for "data/in.csv"). */
static bool is_parent(const char *a, const char *b)
{
	size_t n = strlen(a);
	return strncmp(a, b, n) == 0 && b[n] == '/';
}

int run_files_problem(const struct lang_profile *lang, const struct run_file *files, size_t n,
		      struct file_problem *p)
{
	for (size_t i = 0; i < n; i++) {
		const char *name = files[i].name;
		*p = (struct file_problem){i, (size_t)-1, NULL};
		if (name == NULL) {
			p->why = "no name";
			return -1;
		}
		p->why = workpath_problem(name, strlen(name));
		if (p->why == NULL)
			p->why = workpath_reserved(lang, name);
		if (p->why)
			return -1;
		for (size_t k = 0; k < i; k++) {
			const char *o = files[k].name;
			p->other = k;
			if (strcmp(o, name) == 0)
				p->why = "the same name twice";
			else if (is_parent(o, name) || is_parent(name, o))
				p->why = "one name needed as a file and as a directory";
			if (p->why)
				return -1;
		}
	}
	return 0;
}

static int check_files(const struct run_request *req, err_t *err)
{
	struct file_problem p;

	if (req->nfiles > RUN_MAX_FILES)
		return err_set(err, 0, "files: %zu files; at most %d", req->nfiles, RUN_MAX_FILES);
	if (run_files_problem(req->lang, req->files, req->nfiles, &p) == 0)
		return 0;
	const char *name = req->files[p.index].name ? req->files[p.index].name : "";
	if (p.other != (size_t)-1)
		return err_set(err, 0, "files[%zu].name: '%.100s' and files[%zu] '%.100s': %s",
			       p.index, name, p.other, req->files[p.other].name, p.why);
	return err_set(err, 0, "files[%zu].name: '%.100s': %s", p.index, name, p.why);
}

static int check_args_env(const struct run_request *req, err_t *err)
{
	size_t bytes = 0;

	if (req->nargs > RUN_MAX_ARGS)
		return err_set(err, 0, "args: %zu arguments; at most %d", req->nargs, RUN_MAX_ARGS);
	for (size_t i = 0; i < req->nargs; i++) {
		if (req->args[i] == NULL)
			return err_set(err, 0, "args[%zu]: missing", i);
		bytes += strlen(req->args[i]) + 1;
	}
	if (bytes > RUN_MAX_ARGS_BYTES)
		return err_set(err, 0, "args: %zu bytes together; at most %u", bytes,
			       RUN_MAX_ARGS_BYTES);
	if (req->nenv > RUN_MAX_ENV)
		return err_set(err, 0, "env: %zu variables; at most %d", req->nenv, RUN_MAX_ENV);
	bytes = 0;
	for (size_t i = 0; i < req->nenv; i++) {
		const struct run_env *v = &req->env[i];
		if (v->name == NULL || v->value == NULL)
			return err_set(err, 0, "env: variable %zu is missing", i);
		const char *why = env_name_problem(v->name, strlen(v->name), req->lang);
		if (why)
			return err_set(err, 0, "env.%.128s: %s", v->name, why);
		for (size_t k = 0; k < i; k++)
			if (strcmp(req->env[k].name, v->name) == 0)
				return err_set(err, 0, "env.%.128s: given twice", v->name);
		bytes += strlen(v->name) + strlen(v->value) + 2;
	}
	if (bytes > RUN_MAX_ENV_BYTES)
		return err_set(err, 0, "env: %zu bytes together; at most %u", bytes,
			       RUN_MAX_ENV_BYTES);
	return 0;
}

int run_inputs_check(const struct run_request *req, err_t *err)
{
	if (check_files(req, err) < 0 || check_args_env(req, err) < 0)
		return -1;
	if (req->ncollect > RUN_MAX_COLLECT)
		return err_set(err, 0, "collect: %zu globs; at most %d", req->ncollect,
			       RUN_MAX_COLLECT);
	for (size_t i = 0; i < req->ncollect; i++) {
		const char *g = req->collect[i];
		const char *why = g ? glob_problem(g, strlen(g)) : "missing";
		if (why)
			return err_set(err, 0, "collect[%zu]: %s", i, why);
	}
	uint64_t need = run_inputs_disk_need(req), have = req->limits.disk_limit_mb << 20;
	if (need > have)
		return err_set(err, 0,
			       "files: the code and files take %llu KB; disk_limit_mb is %llu",
			       (unsigned long long)(need >> 10),
			       (unsigned long long)req->limits.disk_limit_mb);
	return 0;
}
