/*
 * os.exec*, os.spawn*, os.posix_spawn* as the command line they run
 * (python_fold_exec), so the rules that read subprocess.run's list read
 * them too: os.execvp("git", ["git", "status"]) is `git status` (an
 * ordinary tool), os.execv("/bin/sh", ["ls", "-c", "id"]) is
 * `/bin/sh -c id` (the program is the path, whatever argv[0] says).
 *
 *   exec[lv][p][e](prog, ...)         spawn[lv][p][e](mode, prog, ...)
 *   posix_spawn[p](prog, argv, env, ...)
 *
 * v: one list, whose first element (argv[0]) is dropped; l: the words
 * themselves, after argv[0]; e: the environment last, not a word.
 */
#include <ctype.h>
#include <string.h>

#include "policy/python.h"

void python_put_word(struct buf *out, const char *w, size_t len)
{
	static const char safe[] =
	    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:=@%+,-";
	bool plain = len > 0;
	for (size_t i = 0; i < len && plain; i++)
		plain = w[i] != '\0' && strchr(safe, w[i]) != NULL;
	if (plain) {
		buf_append(out, w, len);
		return;
	}
	buf_append(out, "'", 1);
	for (size_t i = 0; i < len; i++)
		if (w[i] == '\'')
			buf_append(out, "'\\''", 4);
		else
			buf_append(out, w + i, 1);
	buf_append(out, "'", 1);
}

/* The length of the first word of a command line python_put_word and the
 * list folding wrote: plain, '...' (with '\'' inside) or "$1"/"$@". */
static size_t first_word(const char *s, size_t len)
{
	size_t i = 0;
	if (len && s[0] == '\'') {
		for (i = 1; i < len; i++)
			if (s[i] == '\'') {
				if (i + 3 < len && memcmp(s + i, "'\\''", 4) == 0)
					i += 3;
				else
					return i + 1;
			}
		return len;
	}
	if (len && s[0] == '"') {
		const char *q = memchr(s + 1, '"', len - 1);
		return q ? (size_t)(q - s) + 1 : len;
	}
	const char *sp = memchr(s, ' ', len);
	return sp ? (size_t)(sp - s) : len;
}

/* The kind of call fn names: 'v' or 'l' (how the words are given), *skip
 * the arguments before the program (spawn's mode), *env whether the
 * environment is last; 0 when fn is none of these. */
static char exec_kind(const char *fn, int *skip, bool *env)
{
	const char *rest;
	if (strncmp(fn, "os.posix_spawn", 14) == 0) {
		rest = fn + 14;
		if (strcmp(rest, "") != 0 && strcmp(rest, "p") != 0)
			return 0;
		*skip = 0;
		*env = false; /* words from the list only */
		return 'v';
	}
	if (strncmp(fn, "os.exec", 7) == 0)
		rest = fn + 7, *skip = 0;
	else if (strncmp(fn, "os.spawn", 8) == 0)
		rest = fn + 8, *skip = 1;
	else
		return 0;
	char kind = rest[0];
	if (kind != 'l' && kind != 'v')
		return 0;
	rest++;
	if (*rest == 'p')
		rest++;
	*env = *rest == 'e';
	if (*env)
		rest++;
	return *rest == '\0' ? kind : 0;
}

int python_fold_exec(struct actx *c, TSNode args, const char *fn, struct buf *out, int depth)
{
	TSNode pos[64];
	uint32_t npos = 0, k = ts_node_named_child_count(args);
	int skip;
	bool env;
	char kind = exec_kind(fn, &skip, &env);
	size_t len, start = out->len;

	if (!kind)
		return 1;
	for (uint32_t i = 0; i < k && npos < 64; i++) {
		TSNode a = ts_node_named_child(args, i);
		if (!node_is(a, "comment") && !node_is(a, "keyword_argument"))
			pos[npos++] = a;
	}
	if (npos <= (uint32_t)skip || node_is(pos[skip], "list_splat"))
		return -1;
	char *w = fold_dup(c, pos[skip], depth + 1, &len);
	if (w == NULL)
		w = python_env_default(c, pos[skip], depth + 1, &len);
	if (w == NULL) {
		out->len = start;
		return -1;
	}
	python_put_word(out, w, len);
	free(w);
	if (kind == 'v') {
		if (npos <= (uint32_t)skip + 1)
			return 0;
		w = fold_dup(c, pos[skip + 1], depth + 1, &len);
		struct buf sum = {0};
		if (w == NULL && python_fold_argv_sum(c, pos[skip + 1], &sum, depth + 1) == 0)
			w = sum.data, len = sum.len; /* [sys.executable] + sys.argv */
		if (w == NULL) {
			free(sum.data);
			buf_append(out, " \"$@\"", 5);
			return 0;
		}
		size_t first = first_word(w, len);
		while (first < len && w[first] == ' ')
			first++;
		if (first < len) {
			buf_append(out, " ", 1);
			buf_append(out, w + first, len - first);
		}
		free(w);
		return 0;
	}
	uint32_t end = env && npos > 0 ? npos - 1 : npos;
	for (uint32_t i = (uint32_t)skip + 2; i < end; i++) {
		buf_append(out, " ", 1);
		if (node_is(pos[i], "list_splat")) {
			buf_append(out, "\"$@\"", 4);
			continue;
		}
		w = fold_dup(c, pos[i], depth + 1, &len);
		if (w)
			python_put_word(out, w, len);
		else
			buf_append(out, "\"$1\"", 4);
		free(w);
	}
	return out->len > start ? 0 : -1;
}

int python_splat_shell(struct actx *c, TSNode args, struct buf *out, int depth)
{
	uint32_t k = ts_node_named_child_count(args);
	TSNode first = k ? ts_node_named_child(args, 0) : (TSNode){0};
	bool splat = false;

	for (uint32_t i = 1; i < k && !splat; i++)
		splat = node_is(ts_node_named_child(args, i), "dictionary_splat");
	/* a string written there or bound to the name given (a parameter,
	 * or a name bound to anything else, may be a list) */
	TSNode v = first;
	if (node_is(first, "identifier")) {
		const struct binding *b;
		size_t i = 0, nb = 0;
		while ((b = actx_lookup(c, node_src(c, first), node_len(first), &i)))
			if (nb++ == 0 && b->kind == BIND_VALUE)
				v = b->value;
		if (nb != 1)
			return -1;
	}
	if (!splat || !(node_is(v, "string") || node_is(v, "concatenated_string") ||
			node_is(v, "binary_operator")))
		return -1;
	size_t len;
	char *line = fold_dup(c, first, depth + 1, &len);
	if (line == NULL || !strpbrk(line, " \t\n|;&<>$`()")) {
		free(line);
		return -1;
	}
	/* a line with the shell's syntax may be the shell's: not one
	 * program the analysis knows */
	bool shell = strpbrk(line, "\n|;&<>$`()") != NULL;
	if (!shell)
		buf_append(out, line, len);
	free(line);
	return shell ? -2 : 0;
}

/* A line the Bash analysis of the call does not read (it reads the value
 * one caller gives): plain words only (no quotes, =, $ or backquotes), and
 * none of the options by which an ordinary tool runs another program. */
bool python_plain_line(const char *s, size_t len)
{
	static const char *const runs[] = {"-c",
					   "-e",
					   "-TT",
					   "--exec",
					   "-exec",
					   "--filter",
					   "--lua-filter",
					   "--upload-pack",
					   "--receive-pack",
					   "--unzip-command",
					   "--config-env",
					   NULL};
	for (size_t i = 0; i < len; i++)
		if (!(isalnum((unsigned char)s[i]) || strchr(" ._/:,@%+|&;-", s[i])))
			return false;
	for (size_t i = 0; i < len;) {
		size_t j = i;
		while (j < len && s[j] != ' ')
			j++;
		for (size_t k = 0; runs[k]; k++)
			if (strlen(runs[k]) == j - i && memcmp(s + i, runs[k], j - i) == 0)
				return false;
		i = j + 1;
	}
	return true;
}

/* Whether the program may change sys.NAME (argv, executable): NAME
 * assigned, an item or slice of it assigned or deleted, a method that
 * changes a list called on it, or NAME given as a string (setattr). A
 * scan of the text: an alias changed elsewhere is not seen. */
static bool sys_written(const struct actx *c, const char *name)
{
	static const char *const changes[] = {"insert",	     "append",	    "extend",	"pop",
					      "remove",	     "clear",	    "reverse",	"sort",
					      "__setitem__", "__delitem__", "__iadd__", NULL};
	size_t nl = strlen(name);
	for (size_t i = 0; i + nl <= c->len; i++) {
		const char *s = c->src;
		if (memcmp(s + i, name, nl) != 0 ||
		    (i > 0 && (isalnum((unsigned char)s[i - 1]) || s[i - 1] == '_')) ||
		    (i + nl < c->len && (isalnum((unsigned char)s[i + nl]) || s[i + nl] == '_')))
			continue;
		if (i > 0 && (s[i - 1] == '"' || s[i - 1] == '\''))
			return true;
		size_t j = i;
		while (j > 0 &&
		       (s[j - 1] == '.' || isalnum((unsigned char)s[j - 1]) || s[j - 1] == '_'))
			j--;
		while (j > 0 && s[j - 1] == ' ')
			j--;
		if (j >= 3 && memcmp(s + j - 3, "del", 3) == 0)
			return true;
		j = i + nl;
		for (int depth = 0; j < c->len; j++) {
			if (s[j] == '[')
				depth++;
			else if (s[j] == ']')
				depth--;
			else if (depth == 0 && s[j] != ' ')
				break;
			if (depth < 0)
				break;
		}
		if (j < c->len && s[j] == '=' && (j + 1 >= c->len || s[j + 1] != '='))
			return true;
		if (j + 1 < c->len && strchr("+-*|", s[j]) && s[j + 1] == '=')
			return true;
		if (j < c->len && s[j] == '.')
			for (size_t k = 0; changes[k]; k++)
				if (strncmp(s + j + 1, changes[k], strlen(changes[k])) == 0)
					return true;
	}
	return false;
}

/* [sys.executable] + sys.argv: the interpreter given the script it runs
 * (sys.argv[0], this program, which the analysis reads: folded as the
 * main module, "-m __main__") and its arguments ("$@"), when the program
 * changes neither sys.argv nor sys.executable (else the script may be
 * any file) */
bool python_self_argv(struct actx *c, TSNode n, int depth)
{
	while (node_is(n, "parenthesized_expression"))
		n = ts_node_named_child(n, 0);
	if (!node_is(n, "attribute") && !node_is(n, "identifier"))
		return false;
	size_t len = node_len(n);
	if (len < 4 || memcmp(node_src(c, n) + len - 4, "argv", 4) != 0)
		return false;
	struct names ns = {0};
	c->ops->resolve(c, n, &ns, depth + 1);
	bool argv = false;
	for (int i = 0; i < ns.n && !argv; i++)
		argv = strcmp(ns.v[i], "sys.argv") == 0;
	names_free(&ns);
	return argv && !sys_written(c, "argv") && !sys_written(c, "executable");
}

int python_fold_argv_sum(struct actx *c, TSNode n, struct buf *out, int depth)
{
	while (node_is(n, "parenthesized_expression"))
		n = ts_node_named_child(n, 0);
	TSNode op = node_field(n, "operator");
	if (depth > 8 || !node_is(n, "binary_operator") || node_len(op) != 1 ||
	    *node_src(c, op) != '+')
		return -1;
	TSNode l = node_field(n, "left"), r = node_field(n, "right");
	size_t mark = out->len, len;
	char *w = fold_dup(c, l, depth + 1, &len);
	if (w == NULL && python_fold_argv_sum(c, l, out, depth + 1) < 0)
		return -1;
	if (w)
		buf_append(out, w, len);
	free(w);
	if (out->len == mark)
		return -1;
	bool self = out->len - mark == 7 && memcmp(out->data + mark, "python3", 7) == 0 &&
		    python_self_argv(c, r, depth);
	w = node_is(r, "string") || self ? NULL : fold_dup(c, r, depth + 1, &len);
	buf_append(out, " ", 1);
	if (self)
		buf_append(out, "-m __main__ \"$@\"", 16);
	else if (w)
		buf_append(out, w, len);
	else
		buf_append(out, "\"$@\"", 4);
	free(w);
	return 0;
}
