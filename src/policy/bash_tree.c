/*
 * Bash: helpers over the tree that the pieces share (bash.h), the values
 * an expansion of a for loop's variable takes (sh_loop_words), and the
 * field of a line read that a name given to read holds (sh_read_field).
 */
#include <fnmatch.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/bash.h"

/* ---- small helpers ---- */

/* Counts a step of resolution or folding against the core's budget. */
bool sh_step(struct actx *c, int depth)
{
	if (depth > RESOLVE_DEPTH)
		c->exhausted = true;
	return depth <= RESOLVE_DEPTH && actx_step(c);
}

/* Whether value is an append, v+=x. */
bool sh_appends(const struct actx *c, TSNode value)
{
	return node_is(value, "variable_assignment") &&
	       node_text_is(c, sh_operator_child(value), "+=");
}

/* Whether n runs in the body of a loop: an append there (v+=${w:0:1}
 * in a for loop) adds one value per turn, not the one value folded. */
bool sh_in_loop(TSNode n)
{
	for (TSNode p = ts_node_parent(n); !ts_node_is_null(p); p = ts_node_parent(p)) {
		const char *t = ts_node_type(p);
		if (strcmp(t, "for_statement") == 0 || strcmp(t, "c_style_for_statement") == 0 ||
		    strcmp(t, "while_statement") == 0)
			return true;
		if (strcmp(t, "function_definition") == 0)
			return false;
	}
	return false;
}

bool sh_names_has(const struct names *ns, const char *s)
{
	for (int i = 0; i < ns->n; i++)
		if (strcmp(ns->v[i], s) == 0)
			return true;
	return false;
}

/* The children of n in field `field`, in order. */
size_t sh_field_children(TSNode n, const char *field, TSNode *out, size_t max)
{
	TSTreeCursor cur = ts_tree_cursor_new(n);
	size_t k = 0;

	if (ts_tree_cursor_goto_first_child(&cur)) {
		do {
			const char *f = ts_tree_cursor_current_field_name(&cur);
			if (f && strcmp(f, field) == 0 && k < max)
				out[k++] = ts_tree_cursor_current_node(&cur);
		} while (ts_tree_cursor_goto_next_sibling(&cur));
	}
	ts_tree_cursor_delete(&cur);
	return k;
}

size_t sh_command_args(TSNode cmd, TSNode *out, size_t max)
{
	return sh_field_children(cmd, "argument", out, max);
}

bool sh_runs_builtin(const struct actx *c, TSNode name)
{
	const char *s = node_src(c, name);
	size_t len = node_len(name);

	/* a plain word is its text: most names, looked at cheaply */
	if (node_is(name, "word") && memchr(s, '\\', len) == NULL)
		return len == 7 && (memcmp(s, "command", 7) == 0 || memcmp(s, "builtin", 7) == 0);
	return sh_name_is(c, name, "command") || sh_name_is(c, name, "builtin");
}

size_t sh_builtin_args(const struct actx *c, TSNode cmd, TSNode *name, TSNode *out, size_t max)
{
	TSNode all[ARGS_MAX];
	size_t n, start = 0, k = 0;

	*name = ts_node_named_child(node_field(cmd, "name"), 0);
	if (!sh_runs_builtin(c, *name))
		return sh_command_args(cmd, out, max);
	n = sh_command_args(cmd, all, ARGS_MAX);
	while (start < n && (sh_runs_builtin(c, all[start]) || node_text_is(c, all[start], "-p") ||
			     node_text_is(c, all[start], "--")))
		start++;
	if (start < n)
		*name = all[start++];
	for (; start < n && k < max; start++)
		out[k++] = all[start];
	return k;
}

/* The first anonymous child of n whose text is an operator ("+=", ":-"). */
TSNode sh_operator_child(TSNode n)
{
	uint32_t k = ts_node_child_count(n);
	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_child(n, i);
		if (!ts_node_is_named(ch))
			return ch;
	}
	return (TSNode){0};
}

int sh_fold_into(struct actx *c, TSNode n, struct buf *out, int depth)
{
	size_t len;
	char *v = fold_dup(c, n, depth, &len);

	if (v == NULL)
		return -1;
	buf_append(out, v, len);
	free(v);
	return 0;
}

/* A number node's value (the source is not NUL-terminated: no strtol). */
long sh_node_number(const struct actx *c, TSNode n)
{
	const char *s = node_src(c, n);
	size_t len = node_len(n), i = 0;
	bool neg = len > 0 && s[0] == '-';
	long v = 0;

	for (i = neg; i < len && s[i] >= '0' && s[i] <= '9' && v < 100000000; i++)
		v = v * 10 + (s[i] - '0');
	return neg ? -v : v;
}

/* The variable an expansion names, and the array index it asks for:
 * -1 none, -2 [@], -3 [*]. */
TSNode sh_expansion_var(const struct actx *c, TSNode n, long *index)
{
	*index = -1;
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_named_child(n, i);
		if (node_is(ch, "variable_name"))
			return ch;
		if (node_is(ch, "subscript")) {
			TSNode idx = node_field(ch, "index");
			if (node_text_is(c, idx, "@"))
				*index = -2;
			else if (node_text_is(c, idx, "*"))
				*index = -3;
			else if (node_is(idx, "number"))
				*index = sh_node_number(c, idx);
			else
				return (TSNode){0};
			return node_field(ch, "name");
		}
		if (node_is(ch, "special_variable_name"))
			return (TSNode){0};
	}
	return (TSNode){0};
}

/* Whether value is the value of a nameref (declare -n r=v, local -n
 * r=v): the name of the variable r stands for. */
bool sh_is_nameref(const struct actx *c, TSNode value)
{
	TSNode asg, decl;

	if (!node_is(value, "word") ||
	    !node_is(asg = ts_node_parent(value), "variable_assignment") ||
	    !node_is(decl = ts_node_parent(asg), "declaration_command"))
		return false;
	uint32_t k = ts_node_named_child_count(decl);
	for (uint32_t i = 0; i < k; i++) {
		TSNode w = ts_node_named_child(decl, i);
		const char *s = node_src(c, w);
		if (node_is(w, "word") && s[0] == '-' && memchr(s, 'n', node_len(w)))
			return true;
	}
	return false;
}

/* The case a variable's values take (declare -l v: lowercase, -u:
 * uppercase, +l or +u: as assigned), from the last flag word that names
 * the attribute: 'l', 'u' or 0. */
char sh_case_attribute(struct actx *c, const char *name, size_t len)
{
	char key[256];
	const struct binding *b, *last = NULL;
	size_t i = 0;
	int klen = snprintf(key, sizeof(key), CASE_PREFIX "%.*s", (int)len, name);

	if (klen <= 0 || (size_t)klen >= sizeof(key))
		return 0;
	while ((b = actx_lookup(c, key, (size_t)klen, &i)))
		if (b->kind == BIND_VALUE)
			last = b;
	if (last == NULL)
		return 0;
	const char *s = node_src(c, last->value);
	size_t n = node_len(last->value);
	char mode = 0;
	for (size_t j = 1; j < n; j++)
		if (s[j] == 'l' || s[j] == 'u')
			mode = s[0] == '+' ? 0 : s[j];
	return mode;
}

/* That case applied to s, in place. */
void sh_case_apply(char mode, char *s, size_t len)
{
	for (size_t j = 0; j < len; j++)
		if (mode == 'l' && s[j] >= 'A' && s[j] <= 'Z')
			s[j] = (char)(s[j] + 32);
		else if (mode == 'u' && s[j] >= 'a' && s[j] <= 'z')
			s[j] = (char)(s[j] - 32);
}

/* ---- a for loop's words ---- */

/* ${v#pat}, ${v##pat}, ${v%pat}, ${v%%pat} of the word w (changed in
 * place): the shortest or longest prefix or suffix matching the glob pat
 * removed. */
static void strip_glob(char *w, const char *op, const char *pat)
{
	size_t len = strlen(w), best = SIZE_MAX;
	bool suffix = op[0] == '%', longest = op[1] != '\0';

	for (size_t k = 0; k <= len; k++) {
		size_t cut = longest ? len - k : k; /* bytes removed */
		char save;
		int m;
		if (suffix) {
			m = fnmatch(pat, w + len - cut, 0);
		} else {
			save = w[cut];
			w[cut] = '\0';
			m = fnmatch(pat, w, 0);
			w[cut] = save;
		}
		if (m == 0) {
			best = cut;
			break;
		}
	}
	if (best == SIZE_MAX)
		return;
	if (suffix)
		w[len - best] = '\0';
	else
		memmove(w, w + best, len - best + 1);
}

bool sh_loop_words(struct actx *c, TSNode n, struct names *out, int depth)
{
	long index;
	TSNode var = node_is(n, "simple_expansion") ? ts_node_named_child(n, 0)
						    : sh_expansion_var(c, n, &index);
	TSNode opn = node_is(n, "expansion") ? node_field(n, "operator") : (TSNode){0};
	char op[4] = "";
	const struct binding *b;
	size_t i = 0;
	bool any = false;

	if (!node_is(var, "variable_name"))
		return false;
	if (!ts_node_is_null(opn)) {
		if (node_len(opn) > 2 || (node_src(c, opn)[0] != '#' && node_src(c, opn)[0] != '%') ||
		    ts_node_start_byte(opn) < ts_node_start_byte(var))
			return false;
		memcpy(op, node_src(c, opn), node_len(opn));
		op[node_len(opn)] = '\0';
	}
	while ((b = actx_lookup(c, node_src(c, var), node_len(var), &i))) {
		if (b->kind != BIND_VALUE || !node_is(ts_node_parent(b->value), "for_statement"))
			return false;
		char *list = fold_dup(c, b->value, depth + 1, NULL), *pat = NULL, *save = NULL;
		if (list == NULL)
			return false;
		if (op[0])
			pat = fold_dup(c, ts_node_named_child(n, 1), depth + 1, NULL);
		bool split = !node_is(b->value, "string") && !node_is(b->value, "raw_string");
		for (char *w = split ? strtok_r(list, " \t\n", &save) : list; w && (!op[0] || pat);
		     w = split ? strtok_r(NULL, " \t\n", &save) : NULL) {
			if (op[0])
				strip_glob(w, op, pat);
			names_add(out, w);
			any = true;
		}
		free(pat);
		free(list);
	}
	return any;
}


/* ---- the directory a cd went to ---- */

/* Whether *cmd (its redirect taken off: *cmd is then the command) is a
 * command named one of names, as it resolves. */
static bool command_named(struct actx *c, TSNode *cmd, const char *const *names, size_t n)
{
	if (node_is(*cmd, "redirected_statement"))
		*cmd = node_field(*cmd, "body");
	if (!node_is(*cmd, "command"))
		return false;
	struct names tmp = {0};
	const struct names *ns = actx_resolved(c, *cmd, &tmp);
	bool found = false;
	for (int i = 0; i < ns->n && !found; i++)
		for (size_t j = 0; j < n && !found; j++)
			found = strcmp(ns->v[i], names[j]) == 0;
	names_free(&tmp);
	return found;
}

/* Whether cmd is a cd or pushd: its directory word (options skipped),
 * or *home when it has none. */
static bool cd_dir(struct actx *c, TSNode cmd, TSNode *dir, bool *home, TSNode *at)
{
	static const char *const cds[] = {"cd", "pushd"};

	if (!command_named(c, &cmd, cds, 2))
		return false;
	*at = cmd;
	TSNode name, args[4];
	size_t k = sh_builtin_args(c, cmd, &name, args, 4);
	for (size_t i = 0; i < k; i++)
		if (node_len(args[i]) == 0 || node_src(c, args[i])[0] != '-' ||
		    node_text_is(c, args[i], "-")) {
			*dir = args[i];
			return true;
		}
	*home = k == 0;
	return k == 0;
}

/* Whether cmd (or a list that starts or ends with one) undoes a
 * directory change: popd. */
static bool is_popd(struct actx *c, TSNode cmd)
{
	static const char *const popd[] = {"popd"};

	return command_named(c, &cmd, popd, 1);
}

/* A statement before the one in question, as the search for a cd sees it:
 * 1 when it is, or ends or starts with (a list), a cd or pushd; -1 when a
 * popd; else, up to eight levels deep, the last one of those among the
 * statements of an if (its condition, branches; whichever ran), a { }
 * group, or the body of a function of the program it calls (a cd there
 * changes the caller's directory; one in a subshell does not). 0: none. */
static int cd_in_statement(struct actx *c, TSNode st, TSNode *dir, bool *home, TSNode *at,
			   int depth)
{
	if (node_is(st, "list")) {
		uint32_t k = ts_node_named_child_count(st);
		if (k == 0)
			return 0;
		TSNode last = ts_node_named_child(st, k - 1), first = ts_node_named_child(st, 0);
		if (cd_dir(c, last, dir, home, at) || cd_dir(c, first, dir, home, at))
			return 1;
		return is_popd(c, last) || is_popd(c, first) ? -1 : 0;
	}
	TSNode body = {0}, cmd = st;
	if (node_is(cmd, "redirected_statement"))
		cmd = node_field(cmd, "body");
	if (node_is(st, "if_statement") || node_is(st, "elif_clause") ||
	    node_is(st, "else_clause") || node_is(st, "compound_statement")) {
		body = st;
	} else if (node_is(cmd, "command")) {
		/* a call of the program's function (which resolves to the
		 * commands it runs, cd among them: its body is looked at) */
		TSNode name = ts_node_named_child(node_field(cmd, "name"), 0);
		char key[256];
		const struct binding *b;
		size_t i = 0;
		int klen = snprintf(key, sizeof(key), FUNCTION_PREFIX "%.*s", (int)node_len(name),
				    node_src(c, name));
		if (node_is(name, "word") && klen > 0 && (size_t)klen < sizeof(key))
			while ((b = actx_lookup(c, key, (size_t)klen, &i)))
				if (b->kind == BIND_VALUE && node_is(b->value, "compound_statement"))
					body = b->value;
	}
	if (ts_node_is_null(body)) {
		if (cd_dir(c, st, dir, home, at))
			return 1;
		return is_popd(c, st) ? -1 : 0;
	}
	if (depth >= 8)
		return 0;
	for (uint32_t k = ts_node_named_child_count(body); k > 0; k--) {
		int r = cd_in_statement(c, ts_node_named_child(body, k - 1), dir, home, at, depth + 1);
		if (r != 0)
			return r;
	}
	return 0;
}

/* The last cd or pushd that ran before the statement n is part of (its
 * command, pipeline or redirect): the nearest one among the statements
 * before it in its block, list or subshell (cd d && s, cd d; s, cd d on
 * a line above with other statements between), or a list there that
 * starts or ends with one (cd d || exit), its output redirected or not;
 * in a loop or if body, the block around it the same way (not beyond a
 * function's body: it runs where it is called); an if, a { } group or a
 * call of the program's function before it, the last cd in it
 * (cd_in_statement). A popd, or a later cd
 * (cd -, cd "$OLDPWD": not a credential directory) ends the search; a
 * cd inside a subshell that ended does not count. Its directory word,
 * or *home for a bare cd. */
static bool cd_before(struct actx *c, TSNode n, TSNode *dir, bool *home, TSNode *at)
{
	static const char *const within[] = {"command", "redirected_statement", "pipeline",
					     "file_redirect", "concatenation", "string",
					     "negated_command"};
	static const char *const blocks[] = {"do_group", "if_statement", "elif_clause",
					     "else_clause", "list", "subshell"};
	TSNode s = n;
	for (int level = 0; level < 8; level++) {
		TSNode p = ts_node_parent(s);
		for (bool up = true; up && !ts_node_is_null(p);) {
			up = false;
			for (size_t i = 0; i < sizeof(within) / sizeof(within[0]) && !up; i++)
				up = node_is(p, within[i]);
			if (up) {
				s = p;
				p = ts_node_parent(p);
			}
		}
		for (TSNode prev = ts_node_prev_named_sibling(s); !ts_node_is_null(prev);
		     prev = ts_node_prev_named_sibling(prev)) {
			int r = cd_in_statement(c, prev, dir, home, at, 0);
			if (r != 0)
				return r > 0;
		}
		TSNode up = ts_node_parent(s);
		bool block = false;
		for (size_t i = 0; i < sizeof(blocks) / sizeof(blocks[0]) && !block; i++)
			block = node_is(up, blocks[i]);
		if (!block) {
			/* a { ...; } group, not a function's body */
			TSNode g = ts_node_parent(up);
			block = node_is(up, "compound_statement") && !node_is(g, "function_definition");
		}
		if (!block)
			return false;
		/* a loop's body: the loop; an else branch: the if */
		s = node_is(up, "do_group") || node_is(up, "elif_clause") ||
			    node_is(up, "else_clause")
			? ts_node_parent(up)
			: up;
	}
	return false;
}

bool sh_dir_before(struct actx *c, TSNode n, TSNode *dir, bool *home)
{
	TSNode at;
	return cd_before(c, n, dir, home, &at);
}

/* Whether a cd or pushd went to the home: a bare one, or to ~ or $HOME */
static bool went_home(struct actx *c, TSNode dir, bool home)
{
	if (home)
		return true;
	size_t len = 0;
	char *d = actx_fold_node(c, dir, &len);
	bool h = d && (strcmp(d, "~") == 0 || strcmp(d, "~/") == 0);
	free(d);
	return h;
}

/* ~-, $OLDPWD (which (~1) the directory stack's second entry after two
 * pushd is too): the directory the last cd before n left, when the cd
 * before that one went to the home (cd; ...; cd "$w"; rm -rf ~-); ~+, $PWD:
 * the directory the last cd went to, when that is the home. */
bool sh_dir_home(struct actx *c, TSNode n, bool previous)
{
	TSNode dir = {0}, at = {0};
	bool home = false;
	if (!cd_before(c, n, &dir, &home, &at))
		return false;
	if (!previous)
		return went_home(c, dir, home);
	if (!ts_node_is_null(dir) && (node_text_is(c, dir, "-") || went_home(c, dir, home)))
		return false; /* cd - comes back; a cd to the home leaves it */
	dir = (TSNode){0};
	home = false;
	return cd_before(c, at, &dir, &home, &at) && went_home(c, dir, home);
}

/* $OLDPWD, $PWD the program does not set, ~- and ~+ (~1, the directory
 * stack's second entry, is the previous one after pushd): the home when
 * the directory changes before n say so */
int sh_fold_cwd(struct actx *c, TSNode n, const char *name, size_t len, struct buf *out)
{
	bool prev = len == 6 && memcmp(name, "OLDPWD", 6) == 0;
	if (!prev && !(len == 3 && memcmp(name, "PWD", 3) == 0))
		return -1;
	if (actx_is_bound(c, name, len) || !sh_dir_home(c, n, prev))
		return -1;
	buf_append(out, "~", 1);
	return 0;
}

/* read -r tool flag <<< "rm -rf", printf '%s %s' rm -rf | read -r tool flag
 * (shopt -s lastpipe): each name the field of its place (the last one the
 * rest of the line), the line split on blanks; lang_bash.c binds a name to
 * its own word so only when read has no option but -r, -s and -e and the
 * line comes from a here-string or, with lastpipe, the one command piped
 * into read. */
int sh_read_field(struct actx *c, TSNode word, struct buf *out, int depth)
{
	TSNode cmd = ts_node_parent(word), name, hs, args[ARGS_MAX];
	size_t n = node_is(cmd, "command") ? sh_builtin_args(c, cmd, &name, args, ARGS_MAX) : 0;
	size_t k = SIZE_MAX, m = 0;

	if (n == 0 || !sh_name_is(c, name, "read") ||
	    !sh_name_is(c, ts_node_named_child(node_field(cmd, "name"), 0), "read"))
		return -2;
	for (size_t i = 0; i < n; i++) {
		const char *s = node_src(c, args[i]);
		if (!node_is(args[i], "word") ||
		    (s[0] == '-' && strspn(s + 1, "rse") != node_len(args[i]) - 1))
			return -2;
		if (s[0] == '-')
			continue;
		if (ts_node_eq(args[i], word))
			k = m;
		m++;
	}
	if (k == SIZE_MAX || m < 2)
		return -2;
	if (actx_is_bound(c, "IFS", 3))
		return -1;
	TSNode up = ts_node_parent(cmd), src = {0};
	if (sh_field_children(cmd, "redirect", &hs, 1) == 1 && node_is(hs, "herestring_redirect"))
		src = ts_node_named_child(hs, 0);
	else if (node_is(up, "pipeline") && ts_node_named_child_count(up) == 2 &&
		 ts_node_eq(ts_node_named_child(up, 1), cmd))
		src = ts_node_named_child(up, 0);
	size_t len = 0;
	char *line = ts_node_is_null(src) ? NULL : fold_dup(c, src, depth + 1, &len);
	if (line == NULL || memchr(line, '\\', len)) {
		free(line);
		return -1;
	}
	const char *p = line, *e = memchr(line, '\n', len);
	if (e == NULL)
		e = line + len; /* the first line */
	for (size_t f = 0; f <= k; f++) {
		while (p < e && (*p == ' ' || *p == '\t'))
			p++;
		const char *q = p;
		if (f + 1 == m) {
			q = e; /* the last name: the rest, trailing blanks cut */
			while (q > p && (q[-1] == ' ' || q[-1] == '\t'))
				q--;
		} else {
			while (q < e && *q != ' ' && *q != '\t')
				q++;
		}
		if (f == k)
			buf_append(out, p, (size_t)(q - p));
		p = q;
	}
	free(line);
	return 0;
}
