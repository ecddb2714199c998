/*
 * Ambiguous: eval(x) where x folds to a constant, but x is also a
 * parameter, a loop variable, an `as` target, or assigned more than once,
 * or is cfg["key"] folded as the one dictionary literal with that key (the
 * dictionary read back from a file it was written to): the folded
 * constant is one of its values, not the code that runs.
 */
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

static bool contains(TSNode outer, TSNode n)
{
	return ts_node_start_byte(outer) <= ts_node_start_byte(n) &&
	       ts_node_end_byte(n) <= ts_node_end_byte(outer);
}

/* for cmd in [["git", "status"], ["make"]]: a loop over a literal list
 * (or over a name bound once to one) is the name's only setter, so its
 * values are the list's elements, and folding joins them all
 * (lang_python.c, fold_bound): not a guess. */
static bool loop_over_literal(struct actx *c, const char *name, size_t len)
{
	size_t i = 0;
	const struct binding *b;
	TSNode loop = {0}, list = {0};

	while ((b = actx_lookup(c, name, len, &i))) {
		bool is_loop = (b->kind == BIND_RUNTIME || b->kind == BIND_VALUE) &&
			       node_is(b->value, "for_statement");
		if (is_loop) {
			if (!ts_node_is_null(loop) && !ts_node_eq(loop, b->value))
				return false;
			loop = b->value;
		} else if (b->kind != BIND_VALUE) {
			return false;
		}
	}
	if (ts_node_is_null(loop))
		return false;
	list = node_field(loop, "right");
	if (node_is(list, "identifier")) {
		size_t j = 0, n = 0;
		TSNode v = {0};
		while ((b = actx_lookup(c, node_src(c, list), node_len(list), &j)))
			if (n++ == 0 && b->kind == BIND_VALUE)
				v = b->value;
		if (n != 1)
			return false;
		list = v;
	}
	if (!node_is(list, "list") && !node_is(list, "tuple") && !node_is(list, "set"))
		return false;
	i = 0;
	while ((b = actx_lookup(c, name, len, &i)))
		if (b->kind == BIND_VALUE && !node_is(b->value, "for_statement") &&
		    !contains(list, b->value))
			return false;
	return true;
}

static enum guess guess_name(struct actx *c, TSNode n, TSNode *value)
{
	/* cfg["cache"], cfg[KEY] folded as the one dictionary literal with
	 * that key (python_fold_key_guess): a guess */
	if (node_is(n, "subscript")) {
		char key[64];
		size_t klen = python_key_name(c, node_field(n, "subscript"), key, 0);
		if (klen > 0 && actx_is_bound(c, key, klen))
			return GUESS_GUESSED;
	}
	if (node_is(n, "subscript") && node_is(node_field(n, "value"), "identifier")) {
		TSNode box = node_field(n, "value");
		size_t i = 0;
		const struct binding *b;
		while ((b = actx_lookup(c, node_src(c, box), node_len(box), &i)))
			if (b->kind == BIND_VALUE && node_is(b->value, "dictionary"))
				return GUESS_GUESSED;
	}
	if (!node_is(n, "identifier"))
		return GUESS_NOT_A_NAME;
	TSNode parent = ts_node_parent(n);
	/* x.name and f(name=...) are not uses of a name */
	if ((node_is(parent, "attribute") && ts_node_eq(node_field(parent, "attribute"), n)) ||
	    (node_is(parent, "keyword_argument") && ts_node_eq(node_field(parent, "name"), n)) ||
	    loop_over_literal(c, node_src(c, n), node_len(n)))
		return GUESS_KNOWN;
	size_t i = 0, values = 0, other = 0;
	const struct binding *b;
	while ((b = actx_lookup(c, node_src(c, n), node_len(n), &i))) {
		if (b->kind == BIND_RUNTIME)
			return GUESS_GUESSED;
		if (b->kind == BIND_VALUE)
			values++, *value = b->value;
		else
			other++;
	}
	return values > 1 || (values == 1 && other > 0) ? GUESS_GUESSED : GUESS_KNOWN;
}

bool python_ambiguous(struct actx *c, TSNode n)
{
	return actx_guessed(c, n, guess_name);
}
