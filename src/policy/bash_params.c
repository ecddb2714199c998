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
#include <string.h>

#include "policy/bash.h"

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
	if (sh_fold(c, last->value, &v, depth + 1) < 0) {
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
	for (size_t k = 1; k < nargs; k++) {
		if (k > 1 && sep != '\0')
			buf_append(out, &sep, 1);
		if (sh_fold(c, args[k], out, depth + 1) < 0) {
			out->len = mark;
			return -1;
		}
	}
	return 0;
}
