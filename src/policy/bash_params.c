/*
 * Bash: the value of "$*" and "$@" after `set -- WORDS` (lang_bash.c binds
 * "@" to the set command). "$@" is the words joined by spaces, as the
 * elements of "${a[@]}" are; "$*" is them joined by the first character of
 * $IFS, so `set -- r m; IFS=; t="$*"` makes t "rm".
 *
 * Inside a function the positional parameters are the function's own: a
 * set -- elsewhere says nothing about them, and one there is used only by
 * an expansion of that same function.
 */
#include <stdlib.h>
#include <string.h>

#include "policy/bash.h"

/* n's value appended to out, folded through the core (fold_dup), which
 * calls the language's fold: this file is below bash_fold.c. */
static int fold_into(struct actx *c, TSNode n, struct buf *out, int depth)
{
	size_t len;
	char *v = fold_dup(c, n, depth, &len);

	if (v == NULL)
		return -1;
	buf_append(out, v, len);
	free(v);
	return 0;
}

static TSNode enclosing_function(TSNode n)
{
	for (TSNode p = ts_node_parent(n); !ts_node_is_null(p); p = ts_node_parent(p))
		if (node_is(p, "function_definition"))
			return p;
	return (TSNode){0};
}

/* The separator of "$*": the first character of IFS's last constant
 * value (IFS= joins with nothing), else a space. */
static bool star_separator(struct actx *c, char *sep, int depth)
{
	const struct binding *b, *last = NULL;
	size_t i = 0;
	struct buf v = {0};

	*sep = ' ';
	while ((b = actx_lookup(c, "IFS", 3, &i)))
		if (b->kind == BIND_VALUE)
			last = b;
	if (last == NULL)
		return true;
	if (fold_into(c, last->value, &v, depth + 1) < 0) {
		buf_free(&v);
		return false;
	}
	*sep = v.len > 0 ? v.data[0] : '\0';
	buf_free(&v);
	return true;
}

int sh_fold_positional(struct actx *c, TSNode n, bool star, struct buf *out, int depth)
{
	const struct binding *b, *set = NULL;
	size_t i = 0;
	TSNode fn = enclosing_function(n), args[ARGS_MAX];
	char sep = ' ';

	if (!sh_step(c, depth))
		return -1;
	while ((b = actx_lookup(c, "@", 1, &i)))
		if (b->kind == BIND_VALUE && node_is(b->value, "command") &&
		    ts_node_eq(enclosing_function(b->value), fn))
			set = b;
	if (set == NULL || (star && !star_separator(c, &sep, depth)))
		return -1;
	size_t nargs = sh_command_args(set->value, args, ARGS_MAX), mark = out->len;
	/* set -- "$@" "$1": the words are the parameters themselves */
	for (size_t k = 1; k < nargs; k++) {
		const char *t = node_src(c, args[k]);
		size_t tl = node_len(args[k]);
		for (size_t j = 0; j + 1 < tl; j++)
			if (t[j] == '$' && (strchr("@*0123456789", t[j + 1]) ||
					    (t[j + 1] == '{' && j + 2 < tl && strchr("@*0123456789#", t[j + 2]))))
				return -1;
	}
	for (size_t k = 1; k < nargs; k++) {
		if (k > 1 && sep != '\0')
			buf_append(out, &sep, 1);
		if (fold_into(c, args[k], out, depth + 1) < 0) {
			out->len = mark;
			return -1;
		}
	}
	return 0;
}

/* ---- v="LD_${v}LOAD": an assignment that reads the variable itself ---- */

/* Whether n is $name or ${name} (no operator, no index). */
static bool names_var(struct actx *c, TSNode n, TSNode name)
{
	TSNode v = ts_node_named_child(n, 0);

	if (!(node_is(n, "simple_expansion") ||
	      (node_is(n, "expansion") && ts_node_named_child_count(n) == 1)))
		return false;
	return node_is(v, "variable_name") && node_len(v) == node_len(name) &&
	       memcmp(node_src(c, v), node_src(c, name), node_len(v)) == 0;
}

bool sh_assigns_from_self(struct actx *c, TSNode name, TSNode value)
{
	if (ts_node_is_null(value) || !node_is(name, "variable_name"))
		return false;
	if (names_var(c, value, name))
		return true;
	if (!node_is(value, "string") && !node_is(value, "concatenation"))
		return false;
	uint32_t k = ts_node_named_child_count(value);
	for (uint32_t i = 0; i < k; i++)
		if (names_var(c, ts_node_named_child(value, i), name))
			return true;
	return false;
}

/* The value of an assignment that reads its own variable: each $v in it
 * is what v was before (the last assignment above it), as for v+=x; in a
 * loop, with nothing before, or after another such assignment, v is
 * unknown. */
int sh_fold_from_self(struct actx *c, TSNode asg, struct buf *out, int depth)
{
	TSNode name = node_field(asg, "name"), value = node_field(asg, "value");
	const struct binding *b, *prev = NULL;
	size_t i = 0, mark = out->len;

	if (sh_in_loop(asg))
		return -1;
	while ((b = actx_lookup(c, node_src(c, name), node_len(name), &i)))
		if (b->kind == BIND_VALUE && ts_node_start_byte(b->value) < ts_node_start_byte(asg))
			prev = b;
	/* one step back only: a chain (v="$v a"; v="$v b"; ...) is folded
	 * again from each of its links, which the budget does not afford */
	if (prev == NULL || node_is(prev->value, "variable_assignment"))
		return -1;
	bool whole = names_var(c, value, name);
	uint32_t k = whole ? 1 : ts_node_child_count(value);
	for (uint32_t j = 0; j < k; j++) {
		TSNode ch = whole ? value : ts_node_child(value, j);
		int ret = 0;
		if (!ts_node_is_named(ch)) {
			if (node_text_is(c, ch, "$"))
				buf_append(out, "$", 1);
			continue;
		}
		ret = names_var(c, ch, name) ? fold_into(c, prev->value, out, depth + 1)
					     : fold_into(c, ch, out, depth + 1);
		if (ret < 0) {
			out->len = mark;
			return -1;
		}
	}
	return 0;
}
