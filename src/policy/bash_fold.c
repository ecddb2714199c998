/*
 * Bash: the constant value of a word (see lang_bash.c): quoting and
 * escapes, variables and their expansions through constant assignments,
 * eval's code, and what $(...) prints (echo, printf, base64 -d, ...).
 * sh_fold is the language's fold.
 */
#include <stdio.h>
#include <string.h>

#include "policy/bash.h"

/* ---- folding ---- */

static bool is_home(const char *s, size_t len)
{
	return len == 4 && memcmp(s, "HOME", 4) == 0;
}

/* $USER, $LOGNAME: the login name, which is the home's own name in /home */
static bool is_login_name(const char *s, size_t len)
{
	return (len == 4 && memcmp(s, "USER", 4) == 0) ||
	       (len == 7 && memcmp(s, "LOGNAME", 7) == 0);
}

static int fold_var(struct actx *c, const char *name, size_t len, long index, struct buf *out,
		    int depth);

/* What joins the elements of ${a[*]}: the first character of $IFS when
 * the program gives IFS a constant value (IFS= joins them with nothing),
 * else a space. *sep is empty for nothing. */
static void star_separator(struct actx *c, char sep[2], int depth)
{
	struct buf ifs = {0};

	sep[0] = ' ', sep[1] = '\0';
	if (depth < RESOLVE_DEPTH && fold_var(c, "IFS", 3, -1, &ifs, depth + 1) == 0)
		sep[0] = ifs.len > 0 ? ifs.data[0] : '\0';
	buf_free(&ifs);
}

/* An element of an array written [N]=value (its text folded into out
 * from mark): the value only, and *at set to N when N is a number. */
static void keyed_element(struct buf *out, size_t mark, long *at)
{
	char *e = out->data + mark, *close;
	size_t len = out->len - mark;

	if (len < 4 || e[0] != '[' || (close = memchr(e, ']', len)) == NULL ||
	    (size_t)(close - e) + 1 >= len || close[1] != '=')
		return;
	if (at) {
		char *end;
		long v = strtol(e + 1, &end, 10);
		if (end == close && end > e + 1 && v >= 0)
			*at = v;
	}
	size_t skip = (size_t)(close - e) + 2;
	memmove(e, e + skip, len - skip);
	out->len -= skip;
}

/* Whether an array value writes an index of its own ([N]=value) anywhere:
 * its elements are then not in order. */
static bool keyed_array(struct actx *c, TSNode value)
{
	uint32_t k = ts_node_named_child_count(value);

	for (uint32_t i = 0; i < k; i++) {
		TSNode e = ts_node_named_child(value, i);
		if (node_len(e) > 0 && node_src(c, e)[0] == '[')
			return true;
	}
	return false;
}

/* One element of an array value, or all of them (index -2, [@], joined by
 * spaces; -3, [*], joined as star_separator says); a scalar is its own
 * element 0. */
static int fold_element(struct actx *c, TSNode value, long index, struct buf *out, int depth)
{
	if (sh_is_nameref(c, value)) {
		/* declare -n r=v: $r is $v */
		struct buf name = {0};
		int ret = sh_fold(c, value, &name, depth + 1);
		if (ret == 0)
			ret = name.len > 0 ? fold_var(c, name.data, name.len, index, out, depth + 1)
					   : -1;
		buf_free(&name);
		return ret;
	}
	if (!node_is(value, "array"))
		return index > 0 ? -1 : sh_fold(c, value, out, depth + 1);
	uint32_t k = ts_node_named_child_count(value);
	if (index == -2 || index == -3) {
		char sep[2] = " ";
		if (index == -3)
			star_separator(c, sep, depth);
		for (uint32_t i = 0; i < k; i++) {
			if (i)
				buf_append(out, sep, strlen(sep));
			size_t mark = out->len;
			if (sh_fold(c, ts_node_named_child(value, i), out, depth + 1) < 0)
				return -1;
			keyed_element(out, mark, NULL);
		}
		return 0;
	}
	if (index < 0)
		index = 0;
	if (!keyed_array(c, value))
		return (uint32_t)index < k ? sh_fold(c, ts_node_named_child(value, (uint32_t)index),
						     out, depth + 1)
					   : -1;
	/* a=([0]=bash [3]=sh): an element given its index is at that index,
	 * and the next ones follow it */
	long at = 0;
	for (uint32_t i = 0; i < k; i++, at++) {
		size_t mark = out->len;
		if (sh_fold(c, ts_node_named_child(value, i), out, depth + 1) < 0) {
			out->len = mark;
			if (at == index)
				return -1;
			continue;
		}
		keyed_element(out, mark, &at);
		if (at == index)
			return 0;
		out->len = mark;
	}
	return -1;
}

/* ${name[index]}: the last constant value the variable is given
 * (v=cu; v+=rl is curl). */
static int fold_var_index(struct actx *c, const char *name, size_t len, long index, struct buf *out,
			  int depth)
{
	const struct binding *b, *found[64];
	size_t i = 0, n = 0;
	bool bound = false;

	if (!sh_step(c, depth))
		return -1;
	while ((b = actx_lookup(c, name, len, &i))) {
		bound = true;
		if (b->kind == BIND_VALUE && n < ARRAY_SIZE(found))
			found[n++] = b;
	}
	for (; n > 0; n--) {
		size_t mark = out->len;
		TSNode v = found[n - 1]->value;
		int field = node_is(v, "word") ? sh_read_field(c, v, out, depth) : -2;
		if (field == 0 || (field == -2 && fold_element(c, v, index, out, depth) == 0))
			return 0;
		out->len = mark;
		/* v=""; v+=$x: an append that does not fold leaves v unknown,
		 * not what it was before (its start only) */
		if (sh_appends(c, found[n - 1]->value))
			return -1;
	}
	if (!bound && is_home(name, len)) {
		buf_append(out, "~", 1);
		return 0;
	}
	if (!bound && is_login_name(name, len)) {
		buf_append(out, SH_HOME_NAME, 2);
		return 0;
	}
	if (!bound && len == 3 && memcmp(name, "IFS", 3) == 0) {
		buf_append(out, " ", 1); /* its default, as it splits words */
		return 0;
	}
	return -1;
}

/* $v, in the case declare -l or -u gives it */
static int fold_bound(struct actx *c, const char *name, size_t len, struct buf *out, int depth)
{
	size_t mark = out->len;
	int ret = fold_var_index(c, name, len, -1, out, depth);
	char mode = ret == 0 ? sh_case_attribute(c, name, len) : 0;

	if (mode)
		sh_case_apply(mode, out->data + mark, out->len - mark);
	return ret;
}

/* The key "name[@]" stands for all of name's elements, "name[*]" for
 * them joined by $IFS. */
static int fold_bound_all(struct actx *c, const char *key, size_t len, struct buf *out, int depth)
{
	return fold_var_index(c, key, len - 3, key[len - 2] == '*' ? -3 : -2, out, depth);
}

/* $name and ${name[@]} are memoised by the core: each is folded once,
 * and a variable built from itself (a=(x "${a[@]}")) is a cycle, not an
 * exponential walk. */
static int fold_var(struct actx *c, const char *name, size_t len, long index, struct buf *out,
		    int depth)
{
	char key[256];

	if (index == -1)
		return actx_fold_name(c, name, len, out, depth, fold_bound);
	if ((index == -2 || index == -3) && len + 4 <= sizeof(key)) {
		memcpy(key, name, len);
		memcpy(key + len, index == -2 ? "[@]" : "[*]", 4);
		return actx_fold_name(c, key, len + 3, out, depth, fold_bound_all);
	}
	return fold_var_index(c, name, len, index, out, depth);
}

static int fold_node(struct actx *c, TSNode n, struct buf *out, int depth);

/* $_ at n: the last argument of the command before n's command, in the
 * same list or block (: /bin/sh; "$_" -c ..., mkdir -p d && cd "$_"); a
 * statement of another kind before it, or none, and $_ is not known */
static int fold_last_arg(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode cmd = n, prev;

	while (!ts_node_is_null(cmd) && !node_is(cmd, "command"))
		cmd = ts_node_parent(cmd);
	if (ts_node_is_null(cmd) || node_is(ts_node_parent(cmd), "pipeline"))
		return -1; /* a | "$_": not a's word */
	while (node_is(ts_node_parent(cmd), "redirected_statement"))
		cmd = ts_node_parent(cmd);
	prev = ts_node_prev_named_sibling(cmd);
	while (!ts_node_is_null(prev) && node_is(prev, "comment"))
		prev = ts_node_prev_named_sibling(prev);
	while (node_is(prev, "list") || node_is(prev, "redirected_statement"))
		prev = node_is(prev, "list")
			   ? ts_node_named_child(prev, ts_node_named_child_count(prev) - 1)
			   : node_field(prev, "body"); /* cmd >/dev/null: cmd's words */
	if (!node_is(prev, "command"))
		return -1;
	uint32_t k = ts_node_named_child_count(prev);
	TSNode last = k > 0 ? ts_node_named_child(prev, k - 1) : prev;
	if (node_is(last, "command_name"))
		last = ts_node_named_child(last, 0);
	if (ts_node_is_null(last) || node_is(last, "variable_assignment") ||
	    ts_node_start_byte(last) < ts_node_start_byte(node_field(prev, "name")))
		return -1;
	return fold_node(c, last, out, depth + 1);
}

/* ${v op ...}: ${v@E} decodes the escapes of $'...'; the other operators
 * whose result is still a constant are bash_params.c's. */
static int fold_operator(struct actx *c, TSNode n, const char *op, size_t vlen, char *v,
			 struct buf *out, int depth)
{
	if (strcmp(op, "@E") == 0) {
		sh_unescape_c(v, vlen, false, out);
		return 0;
	}
	return sh_fold_operator(c, n, op, vlen, v, out, depth);
}

/* ${m[key]} of an associative array: the value of the element written
 * [key]=value in an array the variable is given (declare -A m=([key]=v)),
 * or assigned as m[key]=v; the last one that folds. */
static int fold_key(struct actx *c, TSNode name, const char *key, struct buf *out, int depth)
{
	const struct binding *b, *found[64];
	size_t i = 0, n = 0, klen = strlen(key);

	if (!sh_step(c, depth))
		return -1;
	while ((b = actx_lookup(c, node_src(c, name), node_len(name), &i)))
		if (b->kind == BIND_VALUE && n < ARRAY_SIZE(found))
			found[n++] = b;
	for (; n > 0; n--) {
		TSNode v = found[n - 1]->value, asg = ts_node_parent(v);
		TSNode sub = node_field(asg, "name");
		if (node_is(v, "array")) {
			uint32_t k = ts_node_named_child_count(v);
			for (uint32_t j = k; j > 0; j--) {
				size_t len;
				char *e =
				    fold_dup(c, ts_node_named_child(v, j - 1), depth + 1, &len);
				bool hit = e && len > klen + 3 && e[0] == '[' &&
					   memcmp(e + 1, key, klen) == 0 && e[klen + 1] == ']' &&
					   e[klen + 2] == '=';
				if (hit)
					buf_append(out, e + klen + 3, len - klen - 3);
				free(e);
				if (hit)
					return 0;
			}
		} else if (node_is(asg, "variable_assignment") && node_is(sub, "subscript")) {
			char *k = fold_dup(c, node_field(sub, "index"), depth + 1, NULL);
			bool hit = k && strcmp(k, key) == 0;
			free(k);
			if (hit && sh_fold(c, v, out, depth + 1) == 0)
				return 0;
		}
	}
	return -1;
}

/* ${v@E}: the operator is "@" and then the letter, a second operator
 * child; op becomes "@E". */
static void transformation(struct actx *c, TSNode n, char op[8])
{
	uint32_t k = ts_node_child_count(n);
	bool at = false;

	for (uint32_t i = 0; i < k; i++) {
		const char *f = ts_node_field_name_for_child(n, i);
		TSNode ch = ts_node_child(n, i);
		if (f == NULL || strcmp(f, "operator") != 0)
			continue;
		if (at && node_len(ch) == 1) {
			op[1] = node_src(c, ch)[0];
			op[2] = '\0';
			return;
		}
		at = node_text_is(c, ch, "@");
	}
}

/* ${a[@]:OFFSET:LENGTH}, ${a[*]:OFFSET}: the elements from OFFSET on (from
 * the end when it is negative), LENGTH of them, joined as ${a[@]} is; of
 * the last array the variable is given whose elements are in order. */
static int fold_slice(struct actx *c, TSNode n, TSNode var, long index, struct buf *out, int depth)
{
	TSNode a1 = ts_node_named_child(n, 1), a2 = ts_node_named_child(n, 2);
	const struct binding *b, *last = NULL;
	size_t i = 0;

	if (!node_is(a1, "number") || (!ts_node_is_null(a2) && !node_is(a2, "number")))
		return -1;
	while ((b = actx_lookup(c, node_src(c, var), node_len(var), &i)))
		if (b->kind == BIND_VALUE)
			last = b;
	if (last == NULL || !node_is(last->value, "array") || keyed_array(c, last->value) ||
	    sh_appends(c, last->value))
		return -1;
	long k = (long)ts_node_named_child_count(last->value);
	long from = sh_node_number(c, a1), count = ts_node_is_null(a2) ? k : sh_node_number(c, a2);
	if (from < 0)
		from += k;
	if (from < 0 || count < 0)
		return -1;
	char sep[2] = " ";
	if (index == -3)
		star_separator(c, sep, depth);
	for (long e = from; e < k && e < from + count; e++) {
		if (e > from)
			buf_append(out, sep, strlen(sep));
		if (sh_fold(c, ts_node_named_child(last->value, (uint32_t)e), out, depth + 1) < 0)
			return -1;
	}
	return 0;
}

/* n's text with each named child folded, but those of kind verbatim
 * kept as written, and the text between the children kept. */
static int fold_pieces(struct actx *c, TSNode n, const char *verbatim, struct buf *out,
		       int depth)
{
	uint32_t pos = ts_node_start_byte(n), k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_named_child(n, i);
		buf_append(out, c->src + pos, ts_node_start_byte(ch) - pos);
		if (node_is(ch, verbatim))
			buf_append(out, node_src(c, ch), node_len(ch));
		else if (sh_fold(c, ch, out, depth + 1) < 0)
			return -1;
		pos = ts_node_end_byte(ch);
	}
	buf_append(out, c->src + pos, ts_node_end_byte(n) - pos);
	return 0;
}

/* ${v:-DEFAULT}: the grammar parses a default such as apt-get as a
 * concatenation whose first piece is a variable_name (literal text there)
 * and leaves the blanks of rm -rf between its pieces: each piece folded,
 * the text between them kept. */
static int fold_default(struct actx *c, TSNode def, struct buf *out, int depth)
{
	if (!node_is(def, "concatenation") && !node_is(def, "variable_name"))
		return sh_fold(c, def, out, depth + 1);
	return fold_pieces(c, def, "variable_name", out, depth);
}

/* ${v}, ${v:-default}, ${v:?message}, ${a[0]}, ${m[key]}, ${!v} and the
 * operators above. */
static int fold_expansion(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode opn = node_field(n, "operator");
	char op[8] = "";
	long index;
	TSNode var = sh_expansion_var(c, n, &index);
	TSNode sub = ts_node_named_child(n, 0);
	char *key = NULL;

	if (ts_node_named_child_count(n) == 1 && node_text_is(c, sub, "_"))
		return fold_last_arg(c, n, out, depth); /* ${_} */
	if (ts_node_is_null(var) && node_is(sub, "subscript")) {
		/* ${m[key]}: a key that folds, looked up as such */
		key = fold_dup(c, node_field(sub, "index"), depth + 1, NULL);
		var = node_field(sub, "name");
		if (key == NULL || !node_is(var, "variable_name")) {
			free(key);
			return -1;
		}
	}
	if (ts_node_is_null(var))
		return -1;
	if (!ts_node_is_null(opn) && node_len(opn) < sizeof(op)) {
		memcpy(op, node_src(c, opn), node_len(opn));
		op[node_len(opn)] = '\0';
	}
	if (strcmp(op, "@") == 0)
		transformation(c, n, op);
	if ((index == -2 || index == -3) && !key && strcmp(op, ":") == 0)
		return fold_slice(c, n, var, index, out, depth);
	if (key && (strcmp(op, "#") == 0 || strcmp(op, "!") == 0)) {
		free(key); /* ${#m[k]}, ${!m[k]} */
		return -1;
	}
	if (strcmp(op, "#") == 0 && ts_node_start_byte(opn) < ts_node_start_byte(var))
		return -1; /* ${#v}: a length */
	if (!op[0] && !key && index < 0 && sh_fold_cwd(c, n, node_src(c, var), node_len(var), out) == 0)
		return 0;
	if (strcmp(op, "!") == 0) {
		/* ${!v}: the variable whose name is v's value */
		struct buf name = {0};
		int ret = fold_var(c, node_src(c, var), node_len(var), -1, &name, depth + 1);
		if (ret == 0)
			ret = name.len > 0 ? fold_var(c, name.data, name.len, -1, out, depth + 1)
					   : -1;
		buf_free(&name);
		return ret;
	}
	size_t mark = out->len;
	long pos = key || index != -1 ? 0 : sh_positional_index(c, var);
	int ret = key	   ? fold_key(c, var, key, out, depth + 1)
		  : pos > 0 ? sh_fold_positional(c, n, pos, out, depth + 1) /* ${1}, ${12} */
			    : fold_var(c, node_src(c, var), node_len(var), index, out, depth + 1);
	free(key);
	if (op[0] == '\0')
		return ret;
	if (strcmp(op, ":-") == 0 || strcmp(op, "-") == 0 || strcmp(op, ":=") == 0 ||
	    strcmp(op, "=") == 0) {
		if (ret == 0)
			return 0;
		out->len = mark;
		TSNode def = ts_node_named_child(n, 1);
		return ts_node_is_null(def) ? 0 : fold_default(c, def, out, depth);
	}
	if (strcmp(op, ":?") == 0 || strcmp(op, "?") == 0 || strcmp(op, "@P") == 0)
		return ret; /* ${v:?message}: v, or the shell stops; ${v@P}: v,
			     * whose commands code.scm analyses (prompt escapes
			     * such as \u are left as they are) */
	/* ${PATH:0:1}, ${HOME:0:1}: the first character of a variable the
	 * program does not set and that holds an absolute path, a slash */
	static const char *const absolute[] = {"PATH", "HOME", "PWD", "OLDPWD", "SHELL", "BASH"};
	TSNode a1 = ts_node_named_child(n, 1), a2 = ts_node_named_child(n, 2);
	if (strcmp(op, ":") == 0 && node_is(a1, "number") && node_is(a2, "number") &&
	    sh_node_number(c, a1) == 0 && sh_node_number(c, a2) == 1 &&
	    (ret < 0 || (out->len == mark + 1 && out->data[mark] == '~')))
		for (size_t i = 0; i < ARRAY_SIZE(absolute); i++)
			if (node_text_is(c, var, absolute[i])) {
				out->len = mark;
				buf_append(out, "/", 1);
				return 0;
			}
	/* ${SHELL##PAT}, PAT a star then a slash (the basename): the login
	 * shell's name, when the program does not set SHELL: bash (what
	 * $SHELL runs resolves to a shell too), so that the rc file named
	 * from it in the home is a startup file */
	if (ret < 0 && strcmp(op, "##") == 0 && node_text_is(c, var, "SHELL") &&
	    !actx_is_bound(c, "SHELL", 5)) {
		char *pat = fold_dup(c, ts_node_named_child(n, 1), depth + 1, NULL);
		bool base = pat && strcmp(pat, "*/") == 0;
		free(pat);
		if (base) {
			out->len = mark;
			buf_append(out, "bash", 4);
			return 0;
		}
	}
	if (ret < 0)
		return -1;
	size_t vlen = out->len - mark;
	char *v = xmalloc(vlen + 1);
	if (vlen > 0)
		memcpy(v, out->data + mark, vlen);
	v[vlen] = '\0';
	out->len = mark;
	ret = fold_operator(c, n, op, vlen, v, out, depth);
	free(v);
	return ret;
}

static int fold_children(struct actx *c, TSNode n, struct buf *out, int depth)
{
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (sh_fold(c, ts_node_named_child(n, i), out, depth + 1) < 0)
			return -1;
	return 0;
}

/* "...": its pieces, each folded; a lone $ is itself. */
static int fold_string(struct actx *c, TSNode n, struct buf *out, int depth)
{
	uint32_t k = ts_node_child_count(n), end = ts_node_start_byte(n) + 1;
	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_child(n, i);
		/* the text between two pieces, which the grammar leaves out of
		 * both (a line break before a line's first word): itself */
		if (i > 0 && ts_node_start_byte(ch) > end)
			buf_append(out, c->src + end, ts_node_start_byte(ch) - end);
		end = ts_node_end_byte(ch);
		if (!ts_node_is_named(ch)) {
			if (node_text_is(c, ch, "$"))
				buf_append(out, "$", 1);
			continue;
		}
		if (sh_fold(c, ch, out, depth + 1) < 0)
			return -1;
	}
	return 0;
}

/* A heredoc's text, its expansions folded. */
static int fold_heredoc(struct actx *c, TSNode n, struct buf *out, int depth)
{
	return fold_pieces(c, n, "heredoc_content", out, depth);
}

/* ---- what a command folds to: read's here-string, eval's code ---- */

/* read -a w <<< "rm,-rf,/" (IFS=,), mapfile -t a <<< "$lines": the
 * here-string's fields (read -a splits on $IFS: the command's own IFS=
 * or the program's, else blanks; mapfile on newlines), joined by spaces
 * as ${w[@]} is; read -r line <<< "$x": the here-string as it is. */
static int fold_read(struct actx *c, TSNode cmd, struct buf *out, int depth)
{
	TSNode name, hs, args[ARGS_MAX];
	size_t n = sh_builtin_args(c, cmd, &name, args, ARGS_MAX);
	bool is_read = sh_name_is(c, name, "read"), array = !is_read;
	char sep[64] = " \t\n";

	if (!is_read && !sh_name_is(c, name, "mapfile") && !sh_name_is(c, name, "readarray"))
		return -1;
	if (sh_field_children(cmd, "redirect", &hs, 1) != 1 || !node_is(hs, "herestring_redirect"))
		return -1;
	for (size_t i = 0; i < n && is_read; i++) {
		const char *s = node_src(c, args[i]);
		if (node_is(args[i], "word") && s[0] == '-' && memchr(s, 'a', node_len(args[i])))
			array = true;
	}
	if (!is_read) {
		strcpy(sep, "\n");
	} else if (array) {
		/* IFS=, read -a: the command's own IFS, else the program's */
		struct buf ifs = {0};
		uint32_t k = ts_node_named_child_count(cmd);
		int got = -1;
		for (uint32_t i = 0; i < k && got < 0; i++) {
			TSNode a = ts_node_named_child(cmd, i);
			if (node_is(a, "variable_assignment") &&
			    node_text_is(c, node_field(a, "name"), "IFS"))
				got = sh_fold(c, a, &ifs, depth + 1);
		}
		if (got < 0) {
			ifs.len = 0;
			got = fold_var(c, "IFS", 3, -1, &ifs, depth + 1);
		}
		if (got == 0 && ifs.len < sizeof(sep)) {
			memcpy(sep, ifs.data ? ifs.data : "", ifs.len);
			sep[ifs.len] = '\0';
		}
		buf_free(&ifs);
	}
	/* read -n 2, read -rN2: at most that many characters (-n up to the
	 * first newline) */
	long count = -1;
	bool upto_nl = true;
	for (size_t i = 0; i < n && is_read && !array; i++) {
		const char *s = node_src(c, args[i]);
		size_t sl = node_len(args[i]);
		const char *o = NULL;
		for (size_t k = 1; node_is(args[i], "word") && s[0] == '-' && k < sl && !o; k++)
			o = s[k] == 'n' || s[k] == 'N' ? s + k : NULL;
		if (o == NULL)
			continue;
		upto_nl = *o == 'n';
		const char *v = o + 1, *ve = s + sl;
		if (v == ve && i + 1 < n &&
		    (node_is(args[i + 1], "word") || node_is(args[i + 1], "number")))
			v = node_src(c, args[i + 1]), ve = v + node_len(args[i + 1]);
		count = 0;
		for (; v < ve && *v >= '0' && *v <= '9' && count < 100000; v++)
			count = count * 10 + (*v - '0');
		if (v != ve)
			return -1;
	}
	struct buf in = {0};
	int ret = fold_children(c, hs, &in, depth + 1);
	if (ret == 0 && !array) {
		size_t len = in.len;
		if (count >= 0 && upto_nl && in.data && memchr(in.data, '\n', len))
			len = (size_t)((char *)memchr(in.data, '\n', len) - in.data);
		if (count >= 0 && (size_t)count < len)
			len = (size_t)count;
		while (len > 0 && in.data[len - 1] == '\n')
			len--;
		buf_append(out, in.data ? in.data : "", len);
	} else if (ret == 0) {
		/* the fields, an empty one between two separators dropped */
		bool first = true;
		for (size_t i = 0; i < in.len;) {
			size_t j = i;
			while (j < in.len &&
			       (sep[0] == '\0' || !strchr(sep, in.data[j]) || !in.data[j]))
				j++;
			if (j > i) {
				if (!first)
					buf_append(out, " ", 1);
				buf_append(out, in.data + i, j - i);
				first = false;
			}
			i = j + 1;
		}
	}
	buf_free(&in);
	return ret;
}

/* eval's code: its arguments joined by spaces. */
static int fold_eval(struct actx *c, TSNode cmd, struct buf *out, int depth)
{
	TSNode words[ARGS_MAX + 1];
	size_t n = sh_command_words(cmd, words, ARRAY_SIZE(words));
	int start = sh_command_runs(c, "eval", words, n, depth);

	if (start < 0)
		return -1;
	for (size_t i = (size_t)start; i < n; i++) {
		if (i > (size_t)start)
			buf_append(out, " ", 1);
		if (sh_fold(c, words[i], out, depth + 1) < 0)
			return -1;
	}
	return 0;
}

/* ---- what $(...) prints, when that is a constant ---- */

/* The words of the echo or printf a command runs (through wrappers). */
static size_t print_args(struct actx *c, TSNode cmd, const char *prog, TSNode *args, int depth)
{
	TSNode words[ARGS_MAX + 1];
	size_t n = sh_command_words(cmd, words, ARRAY_SIZE(words));
	int start = node_is(cmd, "command") ? sh_command_runs(c, prog, words, n, depth) : -1;

	if (start < 0)
		return SIZE_MAX;
	for (size_t i = (size_t)start; i < n; i++)
		args[i - (size_t)start] = words[i];
	return n - (size_t)start;
}

/* echo [-neE] WORDS */
static int fold_echo(struct actx *c, const TSNode *args, size_t n, struct buf *out, int depth)
{
	struct buf tmp = {0};
	bool escapes = false;
	size_t i = 0;
	int ret = 0;

	for (; i < n; i++) {
		char *a = fold_dup(c, args[i], depth + 1, NULL);
		bool opt = a && a[0] == '-' && a[1] && strspn(a + 1, "neE") == strlen(a + 1);
		if (opt)
			escapes = strchr(a, 'e') != NULL;
		free(a);
		if (!opt)
			break;
	}
	for (size_t first = i; ret == 0 && i < n; i++) {
		if (i > first)
			buf_append(&tmp, " ", 1);
		ret = sh_fold(c, args[i], &tmp, depth + 1);
	}
	if (ret == 0 && escapes)
		sh_unescape_c(tmp.data ? tmp.data : "", tmp.len, true, out);
	else if (ret == 0)
		buf_append(out, tmp.data, tmp.len);
	buf_free(&tmp);
	return ret;
}

/* printf FORMAT [ARGS], for the formats %s and %b and a format alone. */
/* printf FMT ARGS: FMT's escapes, %%, and %s and %b filled with ARGS, the
 * format used again while arguments remain (as printf does); any other
 * conversion does not fold. */
static int printf_format(const char *fmt, const struct buf *args, size_t n, struct buf *out)
{
	size_t used = 0, before;
	struct buf lit = {0};

	do {
		before = used;
		for (const char *p = fmt; *p; p++) {
			if (*p != '%' || p[1] == '%') {
				buf_append(&lit, p, 1);
				p += *p == '%';
				continue;
			}
			if (p[1] != 's' && p[1] != 'b') {
				buf_free(&lit);
				return -1;
			}
			sh_unescape_c(lit.data ? lit.data : "", lit.len, false, out);
			lit.len = 0;
			const struct buf *arg = used < n ? &args[used++] : NULL;
			const char *a = arg && arg->data ? arg->data : "";
			size_t alen = arg ? arg->len : 0;
			if (*++p == 'b')
				sh_unescape_c(a, alen, true, out);
			else
				buf_append(out, a, alen);
		}
		sh_unescape_c(lit.data ? lit.data : "", lit.len, false, out);
		lit.len = 0;
	} while (used > before && used < n);
	buf_free(&lit);
	return 0;
}

/* "${a[@]}": the array's elements, each a word of its own (printf %s
 * "${a[@]}" prints them one after the other); false when n is not that. */
static bool fold_elements(struct actx *c, TSNode n, struct buf **vals, size_t *nv, size_t *cap,
			  int depth)
{
	long index;
	if (node_is(n, "string") && ts_node_named_child_count(n) == 1)
		n = ts_node_named_child(n, 0);
	if (!node_is(n, "expansion") || !ts_node_is_null(node_field(n, "operator")))
		return false;
	TSNode var = sh_expansion_var(c, n, &index);
	const struct binding *b, *last = NULL;
	size_t i = 0;
	if (ts_node_is_null(var) || index != -2)
		return false;
	while ((b = actx_lookup(c, node_src(c, var), node_len(var), &i)))
		if (b->kind == BIND_VALUE)
			last = b;
	if (last == NULL || !node_is(last->value, "array"))
		return false;
	uint32_t k = ts_node_named_child_count(last->value);
	for (uint32_t j = 0; j < k; j++) {
		if (*nv == *cap) {
			*cap = *cap ? *cap * 2 : 8;
			*vals = xrealloc(*vals, *cap * sizeof(**vals));
		}
		(*vals)[*nv] = (struct buf){0};
		if (sh_fold(c, ts_node_named_child(last->value, j), &(*vals)[(*nv)++], depth + 1) <
		    0)
			return false;
	}
	return true;
}

static int fold_printf(struct actx *c, const TSNode *args, size_t n, struct buf *out, int depth)
{
	struct buf tmp = {0}, *vals = NULL;
	size_t nv = 0, cap = 0;
	char *fmt = n > 0 ? fold_dup(c, args[0], depth + 1, NULL) : NULL;
	int ret = fmt ? 0 : -1;

	/* the arguments folded first, "${a[@]}" to its elements */
	for (size_t i = 1; ret == 0 && i < n; i++) {
		size_t mark = nv;
		if (!fold_elements(c, args[i], &vals, &nv, &cap, depth)) {
			for (size_t j = mark; j < nv; j++)
				buf_free(&vals[j]);
			nv = mark;
			if (nv == cap) {
				cap = cap ? cap * 2 : 8;
				vals = xrealloc(vals, cap * sizeof(*vals));
			}
			vals[nv] = (struct buf){0};
			ret = sh_fold(c, args[i], &vals[nv++], depth + 1) < 0 ? -1 : 0;
		}
	}
	if (ret == 0)
		ret = printf_format(fmt, vals, nv, &tmp);
	if (ret == 0)
		buf_append(out, tmp.data ? tmp.data : "", tmp.len);
	for (size_t j = 0; j < nv; j++)
		buf_free(&vals[j]);
	free(vals);
	free(fmt);
	buf_free(&tmp);
	return ret;
}

static int fold_print(struct actx *c, TSNode cmd, struct buf *out, int depth)
{
	TSNode args[ARGS_MAX + 1];
	size_t n;

	if ((n = print_args(c, cmd, "echo", args, depth)) != SIZE_MAX)
		return fold_echo(c, args, n, out, depth);
	if ((n = print_args(c, cmd, "printf", args, depth)) != SIZE_MAX) {
		/* printf -v NAME FMT ...: what NAME is given (lang_bash.c binds it) */
		if (n >= 3 && node_text_is(c, args[0], "-v"))
			return fold_printf(c, args + 2, n - 2, out, depth);
		return fold_printf(c, args, n, out, depth);
	}
	return -1;
}

/* $name, for envsubst's template (bash_decode.c) */
static int fold_plain_var(struct actx *c, const char *name, size_t len, struct buf *out, int depth)
{
	return fold_var(c, name, len, -1, out, depth);
}

static int fold_output(struct actx *c, TSNode st, struct buf *out, int depth);

/* dirname "$HOME/.bashrc", realpath ~/..: what bash_prints.c says the
 * command prints, of its path folded here */
static int fold_dirname(struct actx *c, TSNode cmd, struct buf *out, int depth)
{
	struct buf pb = {0};
	TSNode path;
	bool real;

	if (!sh_dirname_path(c, cmd, &path, &real))
		return -1;
	if (sh_fold(c, path, &pb, depth + 1) < 0 || pb.len == 0) {
		buf_free(&pb);
		return -1;
	}
	if (real)
		sh_normalize_dots(&pb, 0);
	buf_append(&pb, "", 1);
	int ret = sh_dirname_of(pb.data, real, out);
	buf_free(&pb);
	return ret;
}

/* f() { local p=(cu rl); local IFS=; printf '%s' "${p[*]}"; }; $(f): what a
 * function the program defines prints, when each statement of its body
 * either prints a constant or only gives a variable a value. */
static int fold_function(struct actx *c, TSNode cmd, struct buf *out, int depth)
{
	TSNode name = ts_node_named_child(node_field(cmd, "name"), 0);
	const struct binding *b;
	TSNode arg;
	char key[256];
	size_t i = 0;

	if (!node_is(name, "word") || node_len(name) > 200 || sh_command_args(cmd, &arg, 1) > 0)
		return -1;
	int klen = snprintf(key, sizeof(key), FUNCTION_PREFIX "%.*s", (int)node_len(name),
			    node_src(c, name));
	while ((b = actx_lookup(c, key, (size_t)klen, &i))) {
		if (b->kind != BIND_VALUE || !node_is(b->value, "compound_statement"))
			continue;
		size_t mark = out->len;
		uint32_t k = ts_node_named_child_count(b->value);
		int ret = k > 0 ? 0 : -1;
		for (uint32_t j = 0; ret == 0 && j < k; j++) {
			TSNode st = ts_node_named_child(b->value, j);
			if (node_is(st, "declaration_command") ||
			    node_is(st, "variable_assignment") || node_is(st, "comment"))
				continue;
			ret = fold_output(c, st, out, depth + 1);
		}
		if (ret == 0)
			return 0;
		out->len = mark;
	}
	return -1;
}

/* base64 -d <<EOF, envsubst <<'EOF': a decoder given a here-document
 * and nothing after it */
static int fold_heredoc_decoded(struct actx *c, TSNode st, struct buf *out, int depth)
{
	TSNode body = node_field(st, "body"), r[2], doc = {0};
	struct sh_decoder d;

	if (!node_is(body, "command") || sh_field_children(st, "redirect", r, 2) != 1 ||
	    !node_is(r[0], "heredoc_redirect"))
		return -1;
	uint32_t k = ts_node_named_child_count(r[0]);
	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_named_child(r[0], i);
		if (node_is(ch, "heredoc_body"))
			doc = ch;
		else if (!node_is(ch, "heredoc_start") && !node_is(ch, "heredoc_end"))
			return -1; /* <<EOF | sh, <<EOF > f */
	}
	if (ts_node_is_null(doc) || !sh_decoder_of(c, body, &d, depth))
		return -1;
	struct buf in = {0};
	int ret = fold_heredoc(c, doc, &in, depth + 1);
	if (ret == 0)
		ret = sh_decode(c, &d, &in, out, fold_plain_var, depth);
	buf_free(&in);
	return ret;
}

/* What a statement prints: echo/printf, or one decoded by the next stages
 * of a pipeline, or a decoder fed a here-string. What the stages are is
 * checked before anything is folded: `echo "$x" | sed ...` is common and
 * never a constant. */
static int fold_output(struct actx *c, TSNode st, struct buf *out, int depth)
{
	struct sh_decoder *dec;

	if (depth > RESOLVE_DEPTH)
		return -1;
	if (node_is(st, "command")) {
		TSNode hs;
		if (sh_field_children(st, "redirect", &hs, 1) == 1 &&
		    node_is(hs, "herestring_redirect")) {
			struct buf in = {0};
			struct sh_decoder d;
			int ret = sh_decoder_of(c, st, &d, depth)
				      ? fold_children(c, hs, &in, depth + 1)
				      : -1;
			if (ret == 0)
				ret = sh_decode(c, &d, &in, out, fold_plain_var, depth);
			buf_free(&in);
			return ret;
		}
		size_t mark = out->len;
		if (fold_print(c, st, out, depth) == 0)
			return 0;
		out->len = mark;
		if (sh_fold_lookup(c, st, out, depth) == 0 || sh_fold_shell_name(c, st, out) == 0 ||
		    fold_dirname(c, st, out, depth) == 0 || sh_fold_expr(c, st, out, depth) == 0 ||
		    sh_fold_awk_chars(c, st, out, depth) == 0 ||
		    sh_fold_user_dir(c, st, out, depth) == 0 ||
		    sh_fold_login_name(c, st, out, depth) == 0)
			return 0;
		out->len = mark;
		return fold_function(c, st, out, depth);
	}
	if (sh_fold_home(c, st, (TSNode){0}, out, depth) == 0)
		return 0;
	if (node_is(st, "redirected_statement"))
		return fold_heredoc_decoded(c, st, out, depth);
	if (node_is(st, "pipeline")) {
		uint32_t k = ts_node_named_child_count(st);
		struct buf cur = {0};
		if (k < 2 || k > 16)
			return -1;
		dec = xcalloc(k, sizeof(*dec));
		for (uint32_t i = 1; i < k; i++)
			if (!sh_decoder_of(c, ts_node_named_child(st, i), &dec[i], depth)) {
				free(dec);
				return -1;
			}
		int ret = fold_output(c, ts_node_named_child(st, 0), &cur, depth + 1);
		for (uint32_t i = 1; ret == 0 && i < k; i++) {
			struct buf next = {0};
			ret = sh_decode(c, &dec[i], &cur, &next, fold_plain_var, depth);
			buf_free(&cur);
			cur = next;
		}
		if (ret == 0)
			buf_append(out, cur.data, cur.len);
		buf_free(&cur);
		free(dec);
		return ret;
	}
	return -1;
}

static int fold_substitution(struct actx *c, TSNode n, struct buf *out, int depth)
{
	size_t mark = out->len;

	if (ts_node_named_child_count(n) == 2) /* $(cd; pwd) */
		return sh_fold_home(c, ts_node_named_child(n, 0), ts_node_named_child(n, 1), out, depth + 1);
	if (ts_node_named_child_count(n) != 1)
		return -1;
	if (fold_output(c, ts_node_named_child(n, 0), out, depth + 1) < 0)
		return -1;
	/* $(...) drops the trailing newlines */
	while (out->len > mark && out->data[out->len - 1] == '\n')
		out->len--;
	return 0;
}

static int fold_node(struct actx *c, TSNode n, struct buf *out, int depth);

/* A value as the analysis asks for it (depth 0): a path with ".." in it
 * is the path those name (bash_prints.c). */
int sh_fold(struct actx *c, TSNode n, struct buf *out, int depth)
{
	size_t mark = out->len;
	int ret = fold_node(c, n, out, depth);

	if (ret == 0 && depth == 0) {
		sh_normalize_dots(out, mark);
		sh_home_by_name(out, mark);
	}
	return ret;
}

static int fold_node(struct actx *c, TSNode n, struct buf *out, int depth)
{
	const char *t;
	int ret;

	if (ts_node_is_null(n) || !sh_step(c, depth) || out->len > FOLD_MAX)
		return -1;
	t = ts_node_type(n);
	if (strcmp(t, "word") == 0 || strcmp(t, "number") == 0) {
		const char *w = node_src(c, n);
		size_t wl = node_len(n);
		if (wl >= 2 && w[0] == '~' && strchr("-+1", w[1]) && (wl == 2 || w[2] == '/') &&
		    sh_fold_cwd(c, n, w[1] == '+' ? "PWD" : "OLDPWD", w[1] == '+' ? 3 : 6, out) == 0) {
			sh_unquote_word(w + 2, wl - 2, out);
			return 0;
		}
		sh_unquote_word(w, wl, out);
		return 0;
	}
	if (strcmp(t, "extglob_pattern") == 0 || strcmp(t, "regex") == 0) {
		/* the right of [[ $f == PATTERN ]], a case item, [[ $f =~ RE ]]:
		 * the pattern as written */
		buf_append(out, node_src(c, n), node_len(n));
		return 0;
	}
	if (strcmp(t, "raw_string") == 0) {
		if (node_len(n) >= 2)
			buf_append(out, node_src(c, n) + 1, node_len(n) - 2);
		return 0;
	}
	if (strcmp(t, "string_content") == 0) {
		sh_unquote_double(node_src(c, n), node_len(n), out);
		return 0;
	}
	if (strcmp(t, "ansi_c_string") == 0) {
		if (node_len(n) >= 3)
			sh_unescape_c(node_src(c, n) + 2, node_len(n) - 3, false, out);
		return 0;
	}
	if (strcmp(t, "string") == 0)
		return fold_string(c, n, out, depth);
	if (strcmp(t, "concatenation") == 0 && (ret = sh_fold_brace(c, n, out, depth)) <= 0)
		return ret; /* .{ss,aw}{h,s}: bash_brace.c */
	if (strcmp(t, "concatenation") == 0 || strcmp(t, "translated_string") == 0 ||
	    strcmp(t, "command_name") == 0 || strcmp(t, "herestring_redirect") == 0)
		return fold_children(c, n, out, depth);
	if (strcmp(t, "simple_expansion") == 0) {
		TSNode v = ts_node_named_child(n, 0);
		if (node_is(v, "special_variable_name") && node_len(v) == 1 && strchr("@*", *node_src(c, v)))
			return sh_fold_positional(c, n,
						  *node_src(c, v) == '*' ? POSITIONAL_STAR : POSITIONAL_AT,
						  out, depth + 1);
		if (node_len(v) == 1 && *node_src(c, v) == '0')
			/* $0: BASH_ARGV0=curl sets it */
			return fold_var(c, "BASH_ARGV0", 10, -1, out, depth + 1);
		if (node_len(v) == 1 && *node_src(c, v) == '_')
			return fold_last_arg(c, n, out, depth);
		if (!node_is(v, "variable_name"))
			return -1;
		if (sh_positional_index(c, v) > 0) {
			/* $1; $10 is ${1}0 */
			if (sh_fold_positional(c, n, *node_src(c, v) - '0', out, depth + 1) < 0)
				return -1;
			buf_append(out, node_src(c, v) + 1, node_len(v) - 1);
			return 0;
		}
		if (sh_fold_cwd(c, n, node_src(c, v), node_len(v), out) == 0)
			return 0;
		return fold_var(c, node_src(c, v), node_len(v), -1, out, depth + 1);
	}
	if (strcmp(t, "expansion") == 0)
		return fold_expansion(c, n, out, depth);
	if (strcmp(t, "command_substitution") == 0)
		return fold_substitution(c, n, out, depth);
	if (strcmp(t, "heredoc_body") == 0)
		return fold_heredoc(c, n, out, depth);
	if (strcmp(t, "array") == 0)
		return fold_element(c, n, -2, out, depth);
	if (strcmp(t, "variable_assignment") == 0) {
		/* v+=x: what v was, then x */
		TSNode name = node_field(n, "name"), value = node_field(n, "value");
		if (node_text_is(c, sh_operator_child(n), "+=")) {
			const struct binding *b, *prev = NULL;
			size_t i = 0;
			if (sh_in_loop(n))
				return -1;
			while ((b = actx_lookup(c, node_src(c, name), node_len(name), &i)))
				if (b->kind == BIND_VALUE &&
				    ts_node_start_byte(b->value) < ts_node_start_byte(n))
					prev = b;
			if (prev && sh_fold(c, prev->value, out, depth + 1) < 0)
				return -1;
		}
		if (sh_assigns_from_self(c, name, value))
			return sh_fold_from_self(c, n, out, depth + 1); /* bash_params.c */
		return ts_node_is_null(value) ? 0 : sh_fold(c, value, out, depth + 1);
	}
	if (strcmp(t, "command") == 0) {
		/* eval's code, or what echo and printf print */
		size_t mark = out->len;
		TSNode args[ARGS_MAX], name;
		size_t nargs = sh_builtin_args(c, n, &name, args, ARGS_MAX);
		if (nargs >= 2 && node_text_is(c, args[0], "--") &&
		    (sh_name_is(c, name, "set") || sh_command_is(c, n, "set", depth)))
			/* set -- WORDS: the positional parameters, joined */
			return sh_fold_set(c, n, out, depth + 1); /* bash_params.c */
		if (fold_read(c, n, out, depth) == 0 || fold_eval(c, n, out, depth) == 0)
			return 0;
		out->len = mark;
		return fold_output(c, n, out, depth);
	}
	return -1;
}
