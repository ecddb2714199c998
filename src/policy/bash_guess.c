/*
 * Whether the constant a Bash word folded to is the code that runs, or one
 * guess among a variable's values (lang_ops.ambiguous, for
 * #unknown-code?): eval "$x" where x="echo hi", but x is also what `read`
 * reads, or is assigned more than once (a function's `local x="$1"`, a
 * loop over several words); and ${CODE:-echo hi}, whose default is only
 * what runs when the environment says nothing.
 */
#include "policy/bash.h"

#define GUESS_DEPTH 24

static bool guessed(struct actx *c, TSNode n, int depth)
{
	if (ts_node_is_null(n))
		return false;
	if (depth > GUESS_DEPTH || !actx_step(c))
		return true;
	if (node_is(n, "expansion")) {
		/* ${CODE:-echo hi}, ${1-x}, ${v:=x}, ${v:+x}: which of the two
		 * it is depends on the environment or the arguments */
		static const char *const either[] = {":-", "-", ":=", "=", ":+", "+", ":?", "?"};
		uint32_t k = ts_node_child_count(n);
		for (uint32_t i = 0; i < k; i++) {
			TSNode ch = ts_node_child(n, i);
			for (size_t j = 0; !ts_node_is_named(ch) && j < ARRAY_SIZE(either); j++)
				if (sh_text_is(c, ch, either[j]))
					return true;
		}
	}
	if (node_is(n, "variable_name")) {
		size_t i = 0, values = 0;
		const struct binding *b, *value = NULL;
		while ((b = actx_lookup(c, node_src(c, n), node_len(n), &i))) {
			if (b->kind == BIND_RUNTIME)
				return true; /* read, mapfile, getopts */
			if (b->kind == BIND_VALUE)
				values++, value = b;
		}
		if (values > 1)
			return true;
		return value && guessed(c, value->value, depth + 1);
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (guessed(c, ts_node_named_child(n, i), depth + 1))
			return true;
	return false;
}

bool sh_ambiguous(struct actx *c, TSNode n)
{
	return guessed(c, n, 0);
}
