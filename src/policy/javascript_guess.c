/*
 * Whether a constant that JavaScript code folded to is the code that runs,
 * or one guess among a name's values (lang_ops.ambiguous, for
 * #unknown-code?): eval(x) where x folds to "1", but x is also a parameter
 * of the function the eval is in, a catch or for-of variable, declared
 * without a value, or given more than one value where the eval sees it.
 */
#include "policy/javascript.h"

static enum guess guess_name(struct actx *c, TSNode n, TSNode *value)
{
	if (!node_is(n, "identifier") && !node_is(n, "shorthand_property_identifier"))
		return GUESS_NOT_A_NAME;
	size_t i = 0, values = 0, other = 0;
	const struct binding *b;
	while ((b = js_next_visible(c, n, &i))) {
		if (b->kind == BIND_LOCAL)
			return GUESS_GUESSED; /* a parameter, catch, for-of, `let x;` */
		if (b->kind == BIND_VALUE)
			values++, *value = b->value;
		else
			other++;
	}
	return values > 1 || (values == 1 && other > 0) ? GUESS_GUESSED : GUESS_KNOWN;
}

bool js_ambiguous(struct actx *c, TSNode n)
{
	return actx_guessed(c, n, guess_name);
}
