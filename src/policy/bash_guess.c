/*
 * Whether the constant a Bash word folded to is the code that runs, or one
 * guess among a variable's values (lang_ops.ambiguous, for
 * #unknown-code?): eval "$x" where x="echo hi", but x is also what `read`
 * reads, or is assigned more than once (a function's `local x="$1"`, a
 * loop over several words); and ${CODE:-echo hi}, whose default is only
 * what runs when the environment says nothing.
 */
#include "policy/bash.h"

static enum guess guess_name(struct actx *c, TSNode n, TSNode *value)
{
	if (node_is(n, "expansion")) {
		/* ${CODE:-echo hi}, ${1-x}, ${v:=x}, ${v:+x}: which of the two
		 * it is depends on the environment or the arguments */
		static const char *const either[] = {":-", "-", ":=", "=", ":+", "+", ":?", "?"};
		uint32_t k = ts_node_child_count(n);
		for (uint32_t i = 0; i < k; i++) {
			TSNode ch = ts_node_child(n, i);
			for (size_t j = 0; !ts_node_is_named(ch) && j < ARRAY_SIZE(either); j++)
				if (node_text_is(c, ch, either[j]))
					return GUESS_GUESSED;
		}
		return GUESS_NOT_A_NAME; /* its variable_name is looked at next */
	}
	if (!node_is(n, "variable_name"))
		return GUESS_NOT_A_NAME;
	size_t i = 0, values = 0;
	const struct binding *b;
	while ((b = actx_lookup(c, node_src(c, n), node_len(n), &i))) {
		if (b->kind == BIND_RUNTIME)
			return GUESS_GUESSED; /* read, mapfile, getopts */
		if (b->kind == BIND_VALUE)
			values++, *value = b->value;
	}
	return values > 1 ? GUESS_GUESSED : GUESS_KNOWN;
}

bool sh_ambiguous(struct actx *c, TSNode n)
{
	return actx_guessed(c, n, guess_name);
}
