#include "lang/lang.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "common/util.h"

/* A compile step may use more than the program it builds: gcc with its
 * assembler and linker needs a few processes and a few hundred MB. */
#define COMPILE_LIMITS                                                                             \
	{                                                                                          \
		.time_limit_s = 10, .wall_time_limit_s = 20, .memory_limit_mb = 512,               \
		.max_processes = 32, .max_output_kb = 64, .disk_limit_mb = 0, .net = NET_NONE,     \
	}

static const struct lang_profile profiles[] = {
    {
	.name = "python",
	.aliases = {"py", "python3"},
	.extensions = {".py"},
	.source_name = "main.py",
	/* -u: what the program wrote before a limit ended it is not lost
	 * in a stdio buffer. */
	.run_argv = {"/usr/bin/python3", "-u", "main.py"},
	.env = {"PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8"},
	.version_argv = {"/usr/bin/python3", "--version"},
	.run_diagnostics = "python",
	.warm_template = "airlock-warm-python",
    },
    {
	.name = "node",
	.aliases = {"javascript", "js", "nodejs"},
	.extensions = {".js", ".mjs", ".cjs"},
	.source_name = "main.js",
	.run_argv = {"/usr/bin/node", "main.js"},
	.env = {"NODE_DISABLE_COLORS=1"},
	.version_argv = {"/usr/bin/node", "--version"},
	.run_diagnostics = "node",
	.warm_template = "airlock-warm-node",
    },
    {
	.name = "bash",
	.aliases = {"sh", "shell"},
	.extensions = {".sh", ".bash"},
	.source_name = "main.sh",
	.run_argv = {"/bin/bash", "main.sh"},
	.version_argv = {"/bin/bash", "--version"},
	.run_diagnostics = "bash",
    },
    {
	.name = "c",
	.aliases = {"gcc"},
	.extensions = {".c"},
	.source_name = "main.c",
	.compile_argv = {"/usr/bin/gcc", "-std=gnu17", "-O2", "-pipe", "-o", "main", LANG_SOURCES,
			 "-lm"},
	.compile_limits = COMPILE_LIMITS,
	.run_argv = {"./main"},
	.version_argv = {"/usr/bin/gcc", "--version"},
	.run_diagnostics = "native",
	.compile_diagnostics = "gcc",
    },
    {
	.name = "cpp",
	.aliases = {"c++", "g++", "cxx"},
	.extensions = {".cpp", ".cc", ".cxx"},
	.source_name = "main.cpp",
	.compile_argv = {"/usr/bin/g++", "-std=gnu++17", "-O2", "-pipe", "-o", "main",
			 LANG_SOURCES},
	.compile_limits = COMPILE_LIMITS,
	.run_argv = {"./main"},
	.version_argv = {"/usr/bin/g++", "--version"},
	.run_diagnostics = "native",
	.compile_diagnostics = "gcc",
    },
};

size_t lang_count(void)
{
	return ARRAY_SIZE(profiles);
}

const struct lang_profile *lang_at(size_t i)
{
	return i < ARRAY_SIZE(profiles) ? &profiles[i] : NULL;
}

const struct lang_profile *lang_find(const char *name)
{
	if (name == NULL)
		return NULL;
	for (size_t i = 0; i < ARRAY_SIZE(profiles); i++) {
		const struct lang_profile *p = &profiles[i];
		if (strcasecmp(p->name, name) == 0)
			return p;
		for (size_t j = 0; j < ARRAY_SIZE(p->aliases) && p->aliases[j]; j++)
			if (strcasecmp(p->aliases[j], name) == 0)
				return p;
	}
	return NULL;
}

const struct lang_profile *lang_from_filename(const char *path)
{
	const char *base, *dot;

	if (path == NULL)
		return NULL;
	base = strrchr(path, '/');
	base = base ? base + 1 : path;
	dot = strrchr(base, '.');
	if (dot == NULL || dot == base)
		return NULL;
	for (size_t i = 0; i < ARRAY_SIZE(profiles); i++)
		for (size_t j = 0; j < ARRAY_SIZE(profiles[i].extensions); j++)
			if (profiles[i].extensions[j] &&
			    strcasecmp(profiles[i].extensions[j], dot) == 0)
				return &profiles[i];
	return NULL;
}

static bool program_exists(const char *path, err_t *err, const char *lang)
{
	if (path[0] != '/')
		return true; /* built by the compile step */
	if (access(path, X_OK) == 0)
		return true;
	err_set(err, errno, "language %s needs %s, which is not installed here", lang, path);
	return false;
}

bool lang_available(const struct lang_profile *p, err_t *err)
{
	if (!program_exists(p->run_argv[0], err, p->name))
		return false;
	if (lang_has_compile(p) && !program_exists(p->compile_argv[0], err, p->name))
		return false;
	return true;
}

const char *lang_names(void)
{
	static char names[256];
	if (names[0] == '\0') {
		size_t off = 0;
		for (size_t i = 0; i < ARRAY_SIZE(profiles); i++)
			off += (size_t)snprintf(names + off, sizeof(names) - off, "%s%s",
						i ? ", " : "", profiles[i].name);
	}
	return names;
}
