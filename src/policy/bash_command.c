/*
 * Bash: what a command runs (see lang_bash.c): the programs a word in
 * command position names,
 * the wrappers that run another program (sudo, env, xargs, ...), whether a
 * program reads its code from stdin ("P -"), and sh_resolve.
 */
#include <fnmatch.h>
#include <stdio.h>
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/bash.h"

static void program_names(struct actx *c, TSNode n, struct names *out, int depth);

/* ---- commands: wrappers and what a program's name is ---- */

/* Which of args (from start) is the program wrapper w runs, or -1. A word
 * that does not fold is taken to be the program: `sudo "$cmd"`. */
static int wrapped_index(struct actx *c, const struct wrapper *w, const TSNode *args, size_t nargs,
			 size_t start, int depth)
{
	int operands = w->operands;

	/* coproc NAME { cmd; }: the grammar reads the braces as words */
	if (strcmp(w->name, "coproc") == 0 && start < nargs && node_text_is(c, args[start], "{"))
		return start + 1 < nargs ? (int)start + 1 : -1;
	if (strcmp(w->name, "coproc") == 0 && start + 1 < nargs &&
	    node_text_is(c, args[start + 1], "{"))
		return start + 2 < nargs ? (int)start + 2 : -1;
	if (w->exec_opts) {
		for (size_t i = start; i + 1 < nargs; i++) {
			char *a = fold_dup(c, args[i], depth + 1, NULL);
			bool hit = a && sh_wrapper_runs_after(w, a);
			free(a);
			if (hit)
				return (int)i + 1;
		}
		return -1;
	}
	for (size_t i = start; i < nargs; i++) {
		char *a = fold_dup(c, args[i], depth + 1, NULL);
		if (a == NULL && operands > 0) {
			operands--;
			continue;
		}
		if (a == NULL)
			return (int)i;
		if (strcmp(a, "--") == 0) {
			free(a);
			if (operands > 0)
				continue;
			return i + 1 < nargs ? (int)i + 1 : -1;
		}
		if (a[0] == '-' && a[1] != '\0') {
			/* -u root, -iu root: the last letter of a cluster takes the word */
			int takes_arg = a[1] != '-' && strchr(w->arg_opts, a[strlen(a) - 1])
					    ? 1
					    : sh_wrapper_long_words(w, a, strlen(a));
			bool runs_nothing = a[1] != '-' && strpbrk(a + 1, w->no_run) != NULL &&
					    w->no_run[0] != '\0';
			free(a);
			if (runs_nothing)
				return -1;
			i += (size_t)takes_arg;
			continue;
		}
		if (w->assignments && sh_is_assignment_word(a)) {
			free(a);
			continue;
		}
		free(a);
		if (operands > 0) {
			operands--;
			continue;
		}
		return (int)i;
	}
	return -1;
}

/* The programs the rules are about that a pathname pattern in command
 * position may name: /???/?as? is /bin/bash or /bin/dash, b??h is bash. */
static const char *const glob_programs[] = {
    "sh",     "bash",  "dash", "zsh",  "ksh",  "mksh", "ash",   "fish", "csh",
    "tcsh",   "python", "python3", "perl", "ruby", "node", "php", "lua", "curl",
    "wget",   "nc",    "ncat", "netcat", "socat", "telnet", "rm", "shred", "dd",
    "eval",   "source", "env", "sudo", "xargs", "awk", "gawk", "busybox", NULL};

/* A pattern (with at least one character of its own: * alone names every
 * program) adds each program above that it matches. */
static void add_glob_programs(struct names *out, const char *base, size_t len)
{
	char pat[128];
	bool literal = false;

	if (len >= sizeof(pat) || memchr(base, '\0', len))
		return;
	for (size_t i = 0; i < len && !literal; i++)
		literal = !strchr("*?[]!^", base[i]);
	if (!literal)
		return;
	memcpy(pat, base, len);
	pat[len] = '\0';
	for (size_t i = 0; glob_programs[i]; i++)
		if (fnmatch(pat, glob_programs[i], 0) == 0)
			names_add(out, glob_programs[i]);
}

/* The program a folded word names: its first field, without directory. */
static void add_program(struct names *out, const char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	size_t len = strcspn(s, " \t\n");
	const char *base = s;
	for (size_t i = 0; i < len; i++)
		if (s[i] == '/')
			base = s + i + 1;
	len -= (size_t)(base - s);
	if (len > 0)
		names_addf(out, "%.*s", (int)len, base);
	if (len > 0 && (memchr(base, '?', len) || memchr(base, '*', len) || memchr(base, '[', len)))
		add_glob_programs(out, base, len);
	/* /proc/self/exe, /proc/$$/exe: the running program's own binary,
	 * which in a shell script is the shell */
	if (len == 3 && memcmp(base, "exe", 3) == 0 && strncmp(s, "/proc/", 6) == 0)
		names_add(out, "bash");
}

/* `which X`, `command -v X`, `type -P X` inside $(...): the program X. */
static bool lookup_program(struct actx *c, TSNode subst, struct names *out, int depth)
{
	TSNode cmd = ts_node_named_child(subst, 0), args[ARGS_MAX];
	struct names ns = {0};
	bool hit = false;

	if (!node_is(cmd, "command") || ts_node_named_child_count(subst) != 1)
		return false;
	program_names(c, node_field(cmd, "name"), &ns, depth + 1);
	if (sh_names_has(&ns, "which") || sh_names_has(&ns, "command") ||
	    sh_names_has(&ns, "type") || sh_names_has(&ns, "whereis") ||
	    sh_names_has(&ns, "realpath") || sh_names_has(&ns, "readlink")) {
		size_t n = sh_command_args(cmd, args, ARGS_MAX);
		for (size_t i = 0; i < n && !hit; i++) {
			char *a = fold_dup(c, args[i], depth + 1, NULL);
			if (a == NULL || a[0] != '-') {
				program_names(c, args[i], out, depth + 1);
				hit = true;
			}
			free(a);
		}
	}
	names_free(&ns);
	return hit;
}

/* A command line held whole (cmd=(rm -rf ~), "${a[@]:2}") as a name, and
 * what it runs past its wrappers: sudo rm -rf /home is rm -rf /home too. */
static void add_line(struct names *out, const char *line)
{
	names_add(out, line);
	for (int round = 0; round < 4 && (line = sh_past_wrapper(line)); round++)
		names_add(out, line);
}

/* Every value a variable is given, as a program name. */
static void resolve_bound(struct actx *c, const char *name, size_t len, struct names *out,
			  int depth)
{
	const struct binding *b;
	size_t i = 0;
	bool bound = false;
	char mode = 0;

	while ((b = actx_lookup(c, name, len, &i))) {
		if (!bound)
			mode = sh_case_attribute(c, name, len);
		bound = true;
		if (b->kind != BIND_VALUE)
			continue;
		TSNode v = b->value;
		char *folded;
		if (mode && (folded = fold_dup(c, v, depth + 1, NULL))) {
			/* declare -l tool; tool=RM: the value as the variable holds it */
			sh_case_apply(mode, folded, strlen(folded));
			names_add(out, folded);
			if (strchr(folded, ' '))
				add_program(out, folded);
			free(folded);
			continue;
		}
		if (sh_is_nameref(c, v)) {
			char *target = fold_dup(c, v, depth + 1, NULL);
			if (target && target[0])
				actx_resolve_name(c, target, strlen(target), out, depth + 1,
						  resolve_bound);
			free(target);
			continue;
		}
		/* a+=(x) in a loop (for p in $list; do a+=("${p#*=}"); done):
		 * what it appends may be any element, as a=(x) gives element 0 */
		if (node_is(v, "variable_assignment") &&
		    node_is(node_field(v, "value"), "array") && sh_in_loop(v))
			v = node_field(v, "value");
		if (node_is(v, "array") || node_is(v, "command")) {
			/* cmd=(rm -rf ~); "${cmd[@]}", set -- rm -rf ~; "$@": the
			 * whole command line as well as its program */
			char *line = fold_dup(c, v, depth + 1, NULL);
			if (line && strchr(line, ' '))
				add_line(out, line);
			if (line && node_is(v, "command"))
				add_program(out, line);
			free(line);
		}
		struct buf field = {0};
		int got = node_is(v, "word") ? sh_read_field(c, v, &field, depth + 1) : -2;
		if (got == 0 && field.len > 0) {
			/* read -r tool flag <<< "rm -rf": the field read */
			buf_append(&field, "", 1);
			names_add(out, field.data);
		}
		buf_free(&field);
		if (got != -2)
			continue;
		if (node_is(v, "array"))
			v = ts_node_named_child(v, 0);
		if (!node_is(v, "command"))
			program_names(c, v, out, depth + 1);
	}
	/* the environment's names for a shell */
	if (!bound && len == 5 && memcmp(name, "SHELL", 5) == 0)
		names_add(out, "sh");
	else if (!bound && len == 4 && memcmp(name, "BASH", 4) == 0)
		names_add(out, "bash");
}

/* An alias: the program its value starts with. */
static void resolve_alias(struct actx *c, const char *key, size_t len, struct names *out, int depth)
{
	const struct binding *b;
	size_t i = 0;

	while ((b = actx_lookup(c, key, len, &i))) {
		char *v = fold_dup(c, b->value, depth + 1, NULL);
		char *eq = v ? strchr(v, '=') : NULL;
		TSNode by = ts_node_named_child(node_field(ts_node_parent(b->value), "name"), 0);
		bool alias = sh_name_is(c, by, "alias") || node_text_is(c, by, "BASH_ALIASES");
		if (v && !alias) {
			/* hash -p PATH NAME (also builtin hash, $h -p), BASH_CMDS[NAME]=PATH:
			 * PATH, an '=' in it or not */
			add_program(out, v);
			eq = NULL;
		} else if (v && node_text_is(c, by, "BASH_ALIASES")) {
			/* BASH_ALIASES[x]=VALUE: VALUE is the alias's whole text */
			add_program(out, v);
			if (strchr(v, ' '))
				names_add(out, v);
			eq = NULL;
		}
		if (eq)
			add_program(out, eq + 1);
		/* and the whole value, its options included: alias tidy='rm -rf'
		 * makes `tidy ~` the command "rm -rf" on ~ */
		if (eq && strchr(eq + 1, ' '))
			names_add(out, eq + 1);
		free(v);
	}
}

/* An unquoted word that folds to several fields (c="rm -rf /"; $c, IFS=,;
 * c=rm,-rf,/; $c, rm${IFS}-rf${IFS}/) is a whole command line: named as
 * such, the options and operands in it being what rules look at, and by
 * its program. The separators are those of every value $IFS is given,
 * and its default ones. */
static void add_fields(struct actx *c, struct names *out, const char *v, int depth)
{
	char sep[64] = " \t\n";
	const struct binding *b;
	size_t i = 0;

	while ((b = actx_lookup(c, "IFS", 3, &i))) {
		char *s = b->kind == BIND_VALUE ? fold_dup(c, b->value, depth + 1, NULL) : NULL;
		for (const char *p = s; p && *p; p++)
			if (strchr(sep, *p) == NULL && strlen(sep) + 1 < sizeof(sep))
				strncat(sep, p, 1);
		free(s);
	}
	char *line = xstrdup(v), *start = line;
	for (char *p = line; *p; p++)
		if (strchr(sep, *p))
			*p = ' ';
	while (*start == ' ')
		start++;
	size_t len = strlen(start);
	while (len > 0 && start[len - 1] == ' ')
		start[--len] = '\0';
	if (strchr(start, ' ')) {
		names_add(out, start);
		add_program(out, start);
	}
	free(line);
}

/* The program the folded value of n names, and, unquoted, each of its
 * fields (word splitting) as well. */
static void add_folded(struct actx *c, TSNode n, bool quoted, struct names *out, int depth)
{
	char *v = fold_dup(c, n, depth + 1, NULL);

	if (v)
		add_program(out, v);
	if (v && !quoted)
		add_fields(c, out, v, depth);
	free(v);
}

/* Whether variable var (a variable_name) is set at run time to what the
 * program reads: unquoted, a command line; quoted, "$hook", a path read
 * from a listing, runs a file and is not counted, but for BASH_REMATCH:
 * a piece of text cut out by a regular expression ([[ $s =~ (c.rl) ]]),
 * never a listing's path. */
static bool runtime_var(struct actx *c, TSNode var, bool quoted)
{
	const struct binding *b;
	size_t i = 0;

	if (ts_node_is_null(var) || !node_is(var, "variable_name"))
		return false;
	if (quoted && !node_text_is(c, var, "BASH_REMATCH"))
		return false;
	while ((b = actx_lookup(c, node_src(c, var), node_len(var), &i)))
		if (b->kind == BIND_RUNTIME)
			return true;
	return false;
}

static void program_names_of_var(struct actx *c, TSNode n, struct names *out, int depth)
{
	long index = -1;
	TSNode var = node_is(n, "simple_expansion") ? ts_node_named_child(n, 0)
						    : sh_expansion_var(c, n, &index);
	bool quoted = node_is(ts_node_parent(n), "string");

	if (node_is(var, "variable_name") && sh_positional_index(c, var) > 0) {
		/* set -- r m; "$1$2": the word set there */
		add_folded(c, n, quoted, out, depth);
		return;
	}
	if (ts_node_is_null(var) && ts_node_named_child_count(n) == 1 &&
	    node_text_is(c, ts_node_named_child(n, 0), "_"))
		var = ts_node_named_child(n, 0); /* ${_} */
	if ((node_is(var, "special_variable_name") || node_is(var, "variable_name")) &&
	    (node_text_is(c, var, "*") || node_text_is(c, var, "0") || node_text_is(c, var, "_"))) {
		/* set -- r m; IFS=; "$*": the words joined by $IFS;
		 * BASH_ARGV0=curl; "$0": the name it sets; : /bin/sh; "$_":
		 * the last word of the command before */
		add_folded(c, n, quoted, out, depth);
		return;
	}
	if (node_is(ts_node_named_child(n, 0), "subscript") &&
	    (index >= 0 || ts_node_is_null(var))) {
		/* ${a[1]}, ${m[key]}: that element (the values the variable is
		 * given name its element 0) */
		add_folded(c, n, quoted, out, depth);
		/* ${BASH_REMATCH[1]}, ${words[2]} of read -a: an element read at
		 * run time */
		if (runtime_var(c, node_field(ts_node_named_child(n, 0), "name"), quoted))
			names_add(out, RUNTIME_NAME);
		if (index != 0)
			return;
	}
	if (!ts_node_is_null(var) && (node_is(var, "variable_name") || node_text_is(c, var, "@") ||
				      node_text_is(c, var, "*")))
		actx_resolve_name(c, node_src(c, var), node_len(var), out, depth, resolve_bound);
	/* while read -r line; do $line; done < f: a command line (unquoted:
	 * split into a program and its arguments) that read, mapfile or
	 * getopts set at run time; "$hook", a program's path read from a
	 * listing (find hooks | while read -r hook), runs a file */
	/* "${words[@]}" of read -a: every word read, a command line, not one
	 * path */
	if (runtime_var(c, var, quoted && index != -2 && index != -3))
		names_add(out, RUNTIME_NAME);
	/* "${a[*]}": the elements joined by $IFS are one word */
	size_t len;
	char *joined =
	    !node_is(n, "simple_expansion") && index == -3 ? fold_dup(c, n, depth + 1, &len) : NULL;
	if (joined && len > 0 && memchr(joined, '\0', len) == NULL)
		names_add(out, joined);
	free(joined);
	if (!node_is(ts_node_parent(n), "string")) {
		char *v = fold_dup(c, n, depth + 1, NULL);
		if (v)
			add_fields(c, out, v, depth);
		free(v);
	}
}

/* The programs a word in command position may run (no wrappers). */
static void program_names(struct actx *c, TSNode n, struct names *out, int depth)
{
	if (ts_node_is_null(n) || !sh_step(c, depth))
		return;
	if (node_is(n, "command_name")) {
		TSNode w = ts_node_named_child(n, 0);
		char unq[200];
		int ulen = node_is(w, "word") ? -1 : sh_unquote(c, w, unq, sizeof(unq));
		if (node_is(w, "word") || ulen > 0) {
			/* an alias is expanded before anything else; a name hash -p
			 * bound is found however it is quoted (ren''der) */
			char key[256];
			int len = ulen > 0 ? snprintf(key, sizeof(key), ALIAS_PREFIX "%s", unq)
					   : snprintf(key, sizeof(key), ALIAS_PREFIX "%.*s",
						      (int)node_len(w), node_src(c, w));
			if (len > 0 && (size_t)len < sizeof(key) &&
			    actx_is_bound(c, key, (size_t)len))
				actx_resolve_name(c, key, (size_t)len, out, depth, resolve_alias);
		}
		program_names(c, w, out, depth + 1);
		return;
	}
	if (node_is(n, "simple_expansion") || node_is(n, "expansion")) {
		struct names words = {0};
		if (sh_loop_words(c, n, &words, depth)) {
			for (int i = 0; i < words.n; i++)
				add_program(out, words.v[i]);
			names_free(&words);
			return;
		}
		/* ${TOOLS[$tool]}, ${TOOLS[$tool]:?unknown}, ${T[$k]:-echo}: an element whose key
		 * is not known may be any of the values the array is given */
		TSNode sub = ts_node_named_child(n, 0), opn = node_field(n, "operator");
		if (node_is(sub, "subscript") &&
		    node_is(node_field(sub, "name"), "variable_name") &&
		    !node_is(node_field(sub, "index"), "number") &&
		    !node_text_is(c, node_field(sub, "index"), "@") &&
		    !node_text_is(c, node_field(sub, "index"), "*") &&
		    (ts_node_is_null(opn) || node_text_is(c, opn, ":?") || node_text_is(c, opn, "?") ||
		     node_text_is(c, opn, ":-") || node_text_is(c, opn, "-"))) {
			TSNode arr = node_field(sub, "name");
			actx_resolve_name(c, node_src(c, arr), node_len(arr), out, depth,
					  resolve_bound);
		}
		if (ts_node_is_null(node_field(n, "operator"))) {
			program_names_of_var(c, n, out, depth);
			return;
		}
	} else if (node_is(n, "string") && ts_node_named_child_count(n) == 1) {
		TSNode only = ts_node_named_child(n, 0);
		if (!node_is(only, "string_content")) {
			program_names(c, only, out, depth + 1);
			return;
		}
	} else if (node_is(n, "command_substitution")) {
		if (lookup_program(c, n, out, depth))
			return;
	}
	char *v = fold_dup(c, n, depth + 1, NULL);
	bool folded = v != NULL;
	if (v)
		add_program(out, v);
	/* "${a[@]:1:3}": a slice of an array, the whole command line as
	 * well as its program */
	long index = -1;
	if (v && strchr(v, ' ') && node_is(n, "expansion") &&
	    node_is(ts_node_named_child(n, 0), "subscript") &&
	    !ts_node_is_null(sh_expansion_var(c, n, &index)) && index == -2)
		add_line(out, v);
	if (v && node_is(n, "concatenation"))
		add_fields(c, out, v, depth);
	free(v);
	/* "/proc/$$/exe", /proc/$PPID/exe: a process's binary whatever its
	 * number; the shell, as /proc/self/exe is (add_program) */
	const char *t = node_src(c, n);
	size_t tl = node_len(n);
	if (!folded && tl > 10 && tl < 40 && t[0] == '"' && t[tl - 1] == '"')
		t++, tl -= 2;
	if (!folded && tl > 9 && strncmp(t, "/proc/", 6) == 0 && memcmp(t + tl - 4, "/exe", 4) == 0)
		names_add(out, "bash");
}

static const char *const arg_forms[] = {"\"$@\"", "$@", "\"${@}\"", "${@}", "$*", "\"$*\"",
					"\"$1\"", "$1", "\"${1}\"", "${1}", NULL};

/* ${BASH_ARGV[k]}, "$BASH_ARGV" (quoted or not): under extdebug, a
 * function's arguments in reverse order, so one of them all the same. */
static bool is_bash_argv(struct actx *c, TSNode w)
{
	const char *s = node_src(c, w);
	size_t len = node_len(w);

	if (len >= 2 && s[0] == '"' && s[len - 1] == '"')
		s++, len -= 2;
	if (len == 10 && memcmp(s, "$BASH_ARGV", 10) == 0)
		return true;
	return len > 14 && len < 40 && memcmp(s, "${BASH_ARGV[", 12) == 0 &&
	       memcmp(s + len - 2, "]}", 2) == 0;
}

/* Whether word w is the function's arguments: "$@", "$1", ${BASH_ARGV[k]},
 * or $c where c is given "$1" (local c=$1). */
static bool is_args_word(struct actx *c, TSNode w)
{
	for (size_t f = 0; arg_forms[f]; f++)
		if (node_text_is(c, w, arg_forms[f]))
			return true;
	if (is_bash_argv(c, w))
		return true;
	if (node_is(w, "string") && ts_node_named_child_count(w) == 1)
		w = ts_node_named_child(w, 0);
	if (!node_is(w, "simple_expansion") && !node_is(w, "expansion"))
		return false;
	TSNode var = ts_node_named_child(w, 0);
	const struct binding *b;
	size_t i = 0;
	if (!node_is(var, "variable_name") || ts_node_named_child_count(w) != 1)
		return false;
	while ((b = actx_lookup(c, node_src(c, var), node_len(var), &i))) {
		for (size_t f = 6; b->kind == BIND_VALUE && arg_forms[f]; f++)
			if (node_text_is(c, b->value, arg_forms[f]))
				return true;
		if (b->kind == BIND_VALUE && is_bash_argv(c, b->value))
			return true;
	}
	return false;
}

/* Whether a function's command runs the function's arguments: "$@" as its
 * name, or after a wrapper and its options (command "$@", sudo -E "$@"). */
static bool command_runs_args(struct actx *c, TSNode cmd)
{
	TSNode words[8];
	size_t n = sh_command_words(cmd, words, ARRAY_SIZE(words));

	if (n == 0)
		return false;
	TSNode w = ts_node_named_child(words[0], 0);
	if (is_args_word(c, w))
		return true;
	/* "$c" "$@", c read at run time: a program it does not name given the
	 * arguments, which alone say what runs (run rm -rf ~); $r "$@" with r
	 * empty (local r=${RUNNER:-}): the word goes, "$@" is the command */
	if (n > 1 && is_args_word(c, words[1]) &&
	    (node_is(w, "simple_expansion") || node_is(w, "expansion") || node_is(w, "string"))) {
		char *name = fold_dup(c, words[0], 1, NULL);
		bool runs = name == NULL || (name[0] == '\0' && !node_is(w, "string"));
		free(name);
		if (runs)
			return true;
	}
	if (!node_is(w, "word") || node_len(w) > 40)
		return false;
	char name[48];
	snprintf(name, sizeof(name), "%.*s", (int)node_len(w), node_src(c, w));
	if (sh_wrapper_find(name) == NULL || strcmp(name, "xargs") == 0)
		return false;
	for (size_t i = 1; i < n; i++) {
		if (node_is(words[i], "word") && node_src(c, words[i])[0] == '-')
			continue;
		return is_args_word(c, words[i]);
	}
	return false;
}

/* Whether a function the program defines runs its arguments as a command
 * (run() { echo "+ $*"; "$@"; }, x() { command "$@"; }, r() { local c=$1;
 * shift; $c "$@"; }): then `run rm -rf ~` runs rm. */
static bool function_runs_args(struct actx *c, const char *name)
{
	char key[256];
	int klen = snprintf(key, sizeof(key), FUNCTION_PREFIX "%s", name);
	const struct binding *b;
	size_t j = 0;

	if (klen <= 0 || (size_t)klen >= sizeof(key))
		return false;
	/* once a name: every command of a long program may ask */
	struct memo *m = actx_memo_find(c, 'A', key, (size_t)klen);
	if (m && m->state == MEMO_DONE)
		return m->folded == 0;
	if (m)
		m->state = MEMO_DONE, m->folded = -1;
	while ((b = actx_lookup(c, key, (size_t)klen, &j))) {
		if (b->kind != BIND_VALUE)
			continue;
		TSTreeCursor cur = ts_tree_cursor_new(b->value);
		bool hit = false;
		unsigned steps = 0;
		do {
			TSNode n = ts_tree_cursor_current_node(&cur);
			if (node_is(n, "command"))
				hit = command_runs_args(c, n);
		} while (!hit && ++steps < 4000 && tree_next(&cur, true));
		ts_tree_cursor_delete(&cur);
		if (hit) {
			if (m)
				m->folded = 0;
			return true;
		}
	}
	return false;
}

/* sh -c '"$@"' _ rm -rf ~, sh -c 'exec "$@"' sh cmd, sh -c '"$0" "$@"' cmd:
 * a shell whose code only runs its own arguments is a wrapper. Where the
 * program it runs is in args, or -1. */
/* git [-C dir] [-c k=v] bisect run PROG ARGS...: git runs PROG at every
 * step of the bisection; the index of PROG, or -1. */
static int git_bisect_run(struct actx *c, const TSNode *args, size_t nargs, size_t idx, int depth)
{
	size_t i = idx + 1;

	while (i < nargs) {
		char *a = fold_dup(c, args[i], depth + 1, NULL);
		bool opt = a && a[0] == '-';
		bool takes = a && (strcmp(a, "-C") == 0 || strcmp(a, "-c") == 0);
		bool bisect = a && strcmp(a, "bisect") == 0;
		free(a);
		if (!opt) {
			if (!bisect || i + 2 >= nargs)
				return -1;
			char *r = fold_dup(c, args[i + 1], depth + 1, NULL);
			bool run = r && strcmp(r, "run") == 0;
			free(r);
			return run ? (int)i + 2 : -1;
		}
		i += takes ? 2 : 1;
	}
	return -1;
}

static int shell_runner(struct actx *c, const char *p, const TSNode *args, size_t nargs, size_t idx,
			int depth)
{
	static const char *const all[] = {"\"$@\"", "$@", "\"${@}\"", "${@}", "$*", "\"$*\"", NULL};
	static const char *const zero[] = {"\"$0\" \"$@\"", "$0 \"$@\"", "$0 $@", "\"$0\" $@", "$0",
					   "\"$0\"",	    NULL};
	int j = -1;

	if (strcmp(p, "git") == 0)
		return git_bisect_run(c, args, nargs, idx, depth);
	if (!sh_is_shell(p) || idx + 3 >= nargs)
		return -1;
	char *flag = fold_dup(c, args[idx + 1], depth + 1, NULL);
	bool dash_c = flag && flag[0] == '-' && flag[1] != '-' && flag[strlen(flag) - 1] == 'c';
	free(flag);
	char *code = dash_c ? fold_dup(c, args[idx + 2], depth + 1, NULL) : NULL;
	if (code == NULL)
		return -1;
	char *s = code + strspn(code, " \t\n");
	if (strncmp(s, "exec ", 5) == 0)
		s += 5 + strspn(s + 5, " \t");
	size_t len = strlen(s);
	while (len > 0 && strchr(" \t\n;", s[len - 1]))
		s[--len] = '\0';
	for (size_t k = 0; all[k] && j < 0; k++)
		if (strcmp(s, all[k]) == 0)
			j = (int)idx + 4; /* after -c, the code and $0 */
	for (size_t k = 0; zero[k] && j < 0; k++)
		if (strcmp(s, zero[k]) == 0)
			j = (int)idx + 3; /* $0 */
	free(code);
	return j >= 0 && (size_t)j < nargs ? j : -1;
}

/* args[idx] is in command position: its programs, then what those that
 * are wrappers run. */
static void resolve_chain(struct actx *c, const TSNode *args, size_t nargs, size_t idx,
			  struct names *out, int depth)
{
	struct names ns = {0};

	if (depth > RESOLVE_DEPTH)
		return;
	program_names(c, args[idx], &ns, depth + 1);
	for (int i = 0; i < ns.n; i++) {
		names_add(out, ns.v[i]);
		const struct wrapper *w = sh_wrapper_find(ns.v[i]);
		int j = w ? wrapped_index(c, w, args, nargs, idx + 1, depth) : -1;
		if (j < 0 && idx + 1 < nargs && function_runs_args(c, ns.v[i]))
			j = (int)idx + 1;
		if (j < 0)
			j = shell_runner(c, ns.v[i], args, nargs, idx, depth);
		if (j >= 0)
			resolve_chain(c, args, nargs, (size_t)j, out, depth + 1);
	}
	names_free(&ns);
}

/* The words of a command: its name, then its arguments. */
size_t sh_command_words(TSNode cmd, TSNode *out, size_t max)
{
	TSNode name = node_field(cmd, "name");
	if (ts_node_is_null(name) || max == 0)
		return 0;
	out[0] = name;
	return 1 + sh_command_args(cmd, out + 1, max - 1);
}

void sh_resolve_command(struct actx *c, TSNode cmd, struct names *out, int depth)
{
	TSNode words[ARGS_MAX + 1];
	size_t n = sh_command_words(cmd, words, ARRAY_SIZE(words));

	if (n > 0)
		resolve_chain(c, words, n, 0, out, depth);
}

/* Whether one of args is an option with one of the letters shorts (in a
 * cluster: -xs) or is longopt. */
bool sh_options_have(struct actx *c, const TSNode *args, size_t n, const char *shorts,
		     const char *longopt, int depth)
{
	bool hit = false;

	for (size_t i = 0; i < n && !hit; i++) {
		char *a = fold_dup(c, args[i], depth + 1, NULL);
		if (a && a[0] == '-' && a[1] == '-')
			hit = longopt && strcmp(a, longopt) == 0;
		else if (a && a[0] == '-' && shorts[0])
			hit = strpbrk(a + 1, shorts) != NULL;
		free(a);
	}
	return hit;
}

/* The words of a command that are in command position: its name, then
 * what each wrapper runs (sudo -u x env A=1 curl: 0, 3, 5). */
struct chain {
	size_t idx[8];
	size_t n;
	bool stdin_taken; /* a wrapper (xargs) reads stdin, not the program */
};

static void command_chain(struct actx *c, const TSNode *words, size_t n, struct chain *ch,
			  int depth)
{
	size_t idx = 0;

	memset(ch, 0, sizeof(*ch));
	while (n > 0 && ch->n < ARRAY_SIZE(ch->idx)) {
		struct names ns = {0};
		int next = -1;
		ch->idx[ch->n++] = idx;
		program_names(c, words[idx], &ns, depth + 1);
		for (int i = 0; i < ns.n && next < 0; i++) {
			const struct wrapper *w = sh_wrapper_find(ns.v[i]);
			if (w)
				next = wrapped_index(c, w, words, n, idx + 1, depth);
			else if (idx + 1 < n && function_runs_args(c, ns.v[i]))
				next = (int)idx + 1;
			if (next < 0 && !w)
				next = shell_runner(c, ns.v[i], words, n, idx, depth);
			/* xargs reads stdin; fd -x gives its program the paths found
			 * (as find -exec's {}), not the script's stdin */
			if (next >= 0 && w && (w->takes_stdin || w->appends_paths))
				ch->stdin_taken = true;
		}
		names_free(&ns);
		if (next < 0)
			break;
		idx = (size_t)next;
	}
}

/* Where the program of a command starts after the wrappers that only pass
 * their words on to it (command, builtin, exec, env A=1, sudo -E, nohup, a
 * function of the program that runs "$@"); not after xargs or find, whose
 * program gets other words. 0 when the name is not such a wrapper. */
size_t sh_command_unwrapped(struct actx *c, const TSNode *words, size_t n, int depth)
{
	size_t idx = 0;

	for (int links = 0; links < 8 && idx < n; links++) {
		struct names ns = {0};
		int next = -1;
		TSNode w = words[idx];
		if (node_is(w, "command_name") && ts_node_named_child_count(w) == 1)
			w = ts_node_named_child(w, 0);
		/* the first name only as a plain word: most commands are not
		 * wrappers, and this is asked of every command a rule's #match?
		 * does not match */
		if (idx == 0) {
			char name[48];
			if (!node_is(w, "word") || node_len(w) >= sizeof(name))
				break;
			snprintf(name, sizeof(name), "%.*s", (int)node_len(w), node_src(c, w));
			const struct wrapper *wr = sh_wrapper_find(name);
			if (wr && !wr->takes_stdin && !wr->exec_opts &&
			    strcmp(name, "coproc") != 0)
				next = wrapped_index(c, wr, words, n, 1, depth);
			else if (!wr && n > 1 && function_runs_args(c, name))
				next = 1;
			if (next < 0)
				break;
			idx = (size_t)next;
			continue;
		}
		program_names(c, words[idx], &ns, depth + 1);
		for (int i = 0; i < ns.n && next < 0; i++) {
			const struct wrapper *wr = sh_wrapper_find(ns.v[i]);
			if (wr && !wr->takes_stdin && !wr->exec_opts &&
			    strcmp(wr->name, "coproc") != 0)
				next = wrapped_index(c, wr, words, n, idx + 1, depth);
			else if (!wr && idx + 1 < n && function_runs_args(c, ns.v[i]))
				next = (int)idx + 1;
		}
		names_free(&ns);
		if (next < 0)
			break;
		idx = (size_t)next;
	}
	return idx;
}

/* Where the arguments of `want` start when the command runs it (directly
 * or through wrappers), or -1. */
int sh_command_runs(struct actx *c, const char *want, const TSNode *words, size_t n, int depth)
{
	struct chain ch;

	command_chain(c, words, n, &ch, depth);
	for (size_t k = 0; k < ch.n; k++) {
		struct names ns = {0};
		program_names(c, words[ch.idx[k]], &ns, depth + 1);
		bool hit = sh_names_has(&ns, want);
		names_free(&ns);
		if (hit)
			return (int)ch.idx[k] + 1;
	}
	return -1;
}

/* bash.h */
bool sh_is_shell(const char *p)
{
	static const char *const shells[] = {"sh",  "bash", "dash", "zsh", "ksh",  "mksh",
					     "ash", "yash", "posh", "csh", "tcsh", "fish"};
	for (size_t i = 0; i < ARRAY_SIZE(shells); i++)
		if (strcmp(p, shells[i]) == 0)
			return true;
	return false;
}

/* Short options of program p that take the next word as their value. */
static const char *value_options(const char *p)
{
	const struct wrapper *w = sh_wrapper_find(p);

	if (w)
		return w->arg_opts;
	if (sh_is_shell(p))
		return "oO";
	if (strcmp(p, "su") == 0 || strcmp(p, "runuser") == 0)
		return "gGsw"; /* su -s /bin/sh: the shell, not a script */
	if (strncmp(p, "python", 6) == 0 || strncmp(p, "pypy", 4) == 0)
		return "WX";
	if (strcmp(p, "node") == 0 || strcmp(p, "nodejs") == 0)
		return "r";
	if (strcmp(p, "gcc") == 0 || strcmp(p, "cc") == 0 || strcmp(p, "clang") == 0 ||
	    strcmp(p, "tcc") == 0 || strcmp(p, "g++") == 0 || strcmp(p, "c++") == 0)
		return "xoIDLU"; /* gcc -x c -o prog - */
	if (strcmp(p, "make") == 0 || strcmp(p, "gmake") == 0)
		return "CIoW"; /* make -C dir -f - */
	return "";
}

/* Whether program p, given words[from..n), runs no file or string of its
 * own: no operand, or `-`, /dev/stdin, or a shell's -s. An interpreter
 * like that runs what it reads on stdin. */
static bool reads_stdin(struct actx *c, const char *p, const TSNode *words, size_t from, size_t n,
			int depth)
{
	const struct wrapper *w = sh_wrapper_find(p);
	const char *vals = value_options(p);
	bool ok = true;

	bool su = strcmp(p, "su") == 0 || strcmp(p, "runuser") == 0;

	for (size_t i = from; i < n && ok; i++) {
		char *a = fold_dup(c, words[i], depth + 1, NULL);
		if (a == NULL) {
			ok = false; /* "$script" */
		} else if (su && (strcmp(a, "-") == 0 || strcmp(a, "--login") == 0)) {
			/* su - user: a login shell, not stdin */
		} else if (su && ((a[0] == '-' && a[1] != '-' && strchr(a, 'c')) ||
				  strncmp(a, "--command", 9) == 0)) {
			ok = false; /* su -c CMD runs CMD */
		} else if (strcmp(p, "env") == 0 && ((a[0] == '-' && a[1] != '-' && strchr(a, 'S')) ||
						   strncmp(a, "--split-string", 14) == 0)) {
			ok = false; /* env -S 'prog args' runs that command line */
		} else if (strcmp(a, "-") == 0 || strcmp(a, "/dev/stdin") == 0 ||
			   strcmp(a, "/dev/fd/0") == 0 || strcmp(a, "/proc/self/fd/0") == 0 ||
			   ((strcmp(p, "make") == 0 || strcmp(p, "gmake") == 0) &&
			    (strcmp(a, "-f-") == 0 || strcmp(a, "--file=-") == 0 ||
			     strcmp(a, "--makefile=-") == 0))) {
			free(a);
			return true;
		} else if (strcmp(a, ";") == 0 || strcmp(a, "+") == 0) {
			free(a); /* find -exec sh \; -quit: find's own words follow */
			break;
		} else if (strcmp(a, "--") == 0) {
			ok = i + 1 == n;
		} else if ((a[0] == '-' || (a[0] == '+' && sh_is_shell(p))) && a[1] != '\0') {
			if (a[1] != '-' && sh_is_shell(p) && strchr(a + 1, 's')) {
				free(a);
				return true;
			}
			if (a[1] != '-' && strchr(vals, a[strlen(a) - 1]))
				i++;
		} else if (!(w && w->assignments && sh_is_assignment_word(a)) && !su) {
			ok = false; /* (su's operand is a user) */
		}
		free(a);
	}
	/* make reads its makefile from stdin only when told (-f -) */
	return ok && strcmp(p, "make") != 0 && strcmp(p, "gmake") != 0;
}

/* A command name that is a whole command line (r="bash -s --"; $r, an
 * array's element "${tool[run]}" of that value) whose shell is given -s or
 * `-` in the line itself: the shell reads stdin whatever words follow
 * (they are its positional parameters). Adds "P -" and says so. */
static bool inline_stdin_shell(const char *line, struct names *out)
{
	char buf[256], *save = NULL, *prog, *f;

	if (strchr(line, ' ') == NULL || strlen(line) >= sizeof(buf))
		return false;
	memcpy(buf, line, strlen(line) + 1);
	prog = strtok_r(buf, " ", &save);
	if (prog == NULL)
		return false;
	if (strrchr(prog, '/'))
		prog = strrchr(prog, '/') + 1;
	if (!sh_is_shell(prog))
		return false;
	while ((f = strtok_r(NULL, " ", &save))) {
		if (f[0] != '-' && f[0] != '+')
			return false; /* bash script.sh: a file */
		if (f[1] != '-' && strchr(f + 1, 'c'))
			return false; /* bash -c CODE */
		if (strcmp(f, "-") == 0 || (f[1] != '-' && strchr(f + 1, 's'))) {
			names_addf(out, "%s -", prog);
			return true;
		}
		if (strcmp(f, "--") == 0)
			return false;
		if (f[1] != '-' && strchr("oO", f[strlen(f) - 1]))
			if (strtok_r(NULL, " ", &save) == NULL)
				return false;
	}
	return false;
}

/* "P -" for the program P a command runs when P reads its program (or,
 * for env and printenv, nothing) from stdin: `curl u | sudo bash`. */
static void resolve_stdin(struct actx *c, const TSNode *words, size_t n, struct names *out,
			  int depth)
{
	struct chain ch;
	struct names ns = {0};

	command_chain(c, words, n, &ch, depth);
	if (ch.n == 0 || ch.stdin_taken)
		return;
	size_t last = ch.idx[ch.n - 1];
	program_names(c, words[last], &ns, depth + 1);
	for (int i = 0; i < ns.n; i++) {
		/* at TIME and batch run the commands on their stdin with sh,
		 * later, unless given a file (-f) or listing, printing or
		 * removing queued jobs (-l, -c, -r, -d) */
		if ((strcmp(ns.v[i], "at") == 0 || strcmp(ns.v[i], "batch") == 0) &&
		    !sh_options_have(c, words + last + 1, n - last - 1, "flcrd", "--file", depth)) {
			names_add(out, "sh -");
			continue;
		}
		if (inline_stdin_shell(ns.v[i], out))
			continue;
		if (!reads_stdin(c, ns.v[i], words, last + 1, n, depth))
			continue;
		names_addf(out, "%s -", ns.v[i]);
		/* sudo -s, sudo -i and su start a shell, which reads stdin */
		if (strcmp(ns.v[i], "su") == 0 || strcmp(ns.v[i], "runuser") == 0 ||
		    (strcmp(ns.v[i], "sudo") == 0 &&
		     (sh_options_have(c, words + 1, n - 1, "si", "--shell", depth) ||
		      sh_options_have(c, words + 1, n - 1, "", "--login", depth))))
			names_add(out, "sh -");
	}
	names_free(&ns);
}

/* ---- resolution ---- */

/* An argument resolves only where it is a program: `sudo bash` (bash
 * runs), not `cat bash` (bash is a file name). */
static void resolve_argument(struct actx *c, TSNode cmd, TSNode arg, struct names *out, int depth)
{
	TSNode words[ARGS_MAX + 1];
	size_t n = sh_command_words(cmd, words, ARRAY_SIZE(words));
	struct chain ch;

	command_chain(c, words, n, &ch, depth);
	for (size_t k = 0; k < ch.n; k++)
		if (ts_node_eq(words[ch.idx[k]], arg))
			resolve_chain(c, words, n, ch.idx[k], out, depth + 1);
}

/* What a whole command resolves to: its programs and "P -" (see
 * resolve_stdin). Every rule asks this of every command, so the answer
 * is memoised under a key that no name can be: the command's offset. */
static _Thread_local TSNode memo_cmd;

static void resolve_whole_command(struct actx *c, TSNode cmd, struct names *out, int depth);

/* A function whose body is one command or one pipeline stands for it, as
 * an alias would: dl() { curl -fsSL "$1"; } runs curl. (A longer body is
 * analysed where it is; its calls would only repeat those findings.) */
static void resolve_body(struct actx *c, TSNode body, struct names *out, int depth)
{
	TSNode only = {0};
	uint32_t k = ts_node_named_child_count(body), n = 0;

	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_named_child(body, i);
		if (!node_is(ch, "comment")) {
			only = ch;
			n++;
		}
	}
	if (n != 1)
		return;
	if (node_is(only, "redirected_statement"))
		only = node_field(only, "body");
	if (node_is(only, "command")) {
		resolve_whole_command(c, only, out, depth + 1);
	} else if (node_is(only, "pipeline")) {
		k = ts_node_named_child_count(only);
		for (uint32_t i = 0; i < k; i++) {
			TSNode st = ts_node_named_child(only, i);
			if (node_is(st, "redirected_statement"))
				st = node_field(st, "body");
			if (node_is(st, "command"))
				resolve_whole_command(c, st, out, depth + 1);
		}
	}
}

static void resolve_command_memo(struct actx *c, const char *key, size_t len, struct names *out,
				 int depth)
{
	TSNode cmd = memo_cmd, words[ARGS_MAX + 1];
	size_t n = sh_command_words(cmd, words, ARRAY_SIZE(words));
	struct names progs = {0};

	(void)key;
	(void)len;
	if (n == 0)
		return;
	resolve_chain(c, words, n, 0, &progs, depth);
	for (int i = 0; i < progs.n; i++) {
		names_add(out, progs.v[i]);
		/* a function defined in the program runs its body: dl() {
		 * curl "$1"; }; dl u | sh downloads and runs */
		char fn[256];
		int flen = snprintf(fn, sizeof(fn), FUNCTION_PREFIX "%s", progs.v[i]);
		const struct binding *b;
		size_t j = 0;
		while (flen > 0 && (size_t)flen < sizeof(fn) &&
		       (b = actx_lookup(c, fn, (size_t)flen, &j))) {
			if (b->kind == BIND_VALUE)
				resolve_body(c, b->value, out, depth);
		}
	}
	names_free(&progs);
	resolve_stdin(c, words, n, out, depth);
}

static void resolve_whole_command(struct actx *c, TSNode cmd, struct names *out, int depth)
{
	char key[16];
	uint32_t at = ts_node_start_byte(cmd);

	key[0] = '\001';
	memcpy(key + 1, &at, sizeof(at));
	memo_cmd = cmd;
	actx_resolve_name(c, key, 1 + sizeof(at), out, depth, resolve_command_memo);
}

/* A here-document, or an echo or printf, whose text the program writes to
 * a file it sources or runs (lang_bash.c): SOURCED_NAME. */
static void add_sourced(struct actx *c, TSNode n, struct names *out)
{
	const struct binding *b;
	size_t i = 0;

	while ((b = actx_lookup(c, SOURCED_KEY, strlen(SOURCED_KEY), &i)))
		if (b->kind == BIND_VALUE && ts_node_eq(b->value, n)) {
			names_add(out, SOURCED_NAME);
			return;
		}
}

void sh_resolve(struct actx *c, TSNode n, struct names *out, int depth)
{
	TSNode parent;

	if (ts_node_is_null(n) || !sh_step(c, depth))
		return;
	if (node_is(n, "command") || node_is(n, "heredoc_body"))
		add_sourced(c, n, out);
	if (node_is(n, "command")) {
		resolve_whole_command(c, n, out, depth);
		return;
	}
	if (node_is(n, "redirected_statement")) {
		sh_resolve(c, node_field(n, "body"), out, depth + 1);
		return;
	}
	/* ts_node_parent walks down from the root: the rules ask about whole
	 * commands, this is for rules that capture a name or an argument */
	parent = ts_node_parent(n);
	if (node_is(n, "command_name")) {
		if (node_is(parent, "command"))
			sh_resolve_command(c, parent, out, depth);
		else
			program_names(c, n, out, depth);
	} else if (node_is(parent, "command")) {
		resolve_argument(c, parent, n, out, depth);
	} else {
		/* a word elsewhere: the program it would run as a command */
		program_names(c, n, out, depth);
	}
}

/* Whether the command runs the program name (through wrappers, aliases). */
bool sh_command_is(struct actx *c, TSNode cmd, const char *name, int depth)
{
	struct names ns = {0};
	bool hit;

	if (!node_is(cmd, "command"))
		return false;
	sh_resolve_command(c, cmd, &ns, depth + 1);
	hit = sh_names_has(&ns, name);
	names_free(&ns);
	return hit;
}
