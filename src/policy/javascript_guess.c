/*
 * Whether a constant that JavaScript code folded to is the code that runs,
 * or one guess among a name's values (lang_ops.ambiguous, for
 * #unknown-code?): eval(x) where x folds to "1", but x is also a parameter
 * of the function the eval is in, a catch or for-of variable, declared
 * without a value, or given more than one value where the eval sees it.
 */
#include "policy/javascript.h"

#define GUESS_DEPTH 24

static bool guessed(struct actx *c, TSNode n, int depth)
{
	if (ts_node_is_null(n))
		return false;
	if (depth > GUESS_DEPTH || !actx_step(c))
		return true;
	if (node_is(n, "identifier") || node_is(n, "shorthand_property_identifier")) {
		size_t i = 0, values = 0, other = 0;
		const struct binding *b, *value = NULL;
		while ((b = js_next_visible(c, n, &i))) {
			if (b->kind == BIND_LOCAL)
				return true; /* a parameter, catch, for-of, `let x;` */
			if (b->kind == BIND_VALUE)
				values++, value = b;
			else
				other++;
		}
		if (values > 1 || (values == 1 && other > 0))
			return true;
		return value && guessed(c, value->value, depth + 1);
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (guessed(c, ts_node_named_child(n, i), depth + 1))
			return true;
	return false;
}

bool js_ambiguous(struct actx *c, TSNode n)
{
	return guessed(c, n, 0);
}
