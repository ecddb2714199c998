/*
 * A name a decorator replaces: a decorator is called with the def or class
 * and its result is what the name holds (PEP 614 lets it be any
 * expression), so under a lambda the name is a value, not a function:
 *
 *	@lambda fn: os.path.expanduser(fn.__doc__)
 *	def target():
 *	    "~"
 *	shutil.rmtree(target)                      # the home directory
 */
#include "policy/python.h"

/* @lambda fn: os.path.expanduser("~") def where(): ... (dec the lambda,
 * the one decorator of def): the name is what the lambda gives, not a
 * function (fn.__doc__ there folds to the def's docstring,
 * python_attrfold.c) */
void python_bind_decorator_lambda(struct actx *c, TSNode def, TSNode dec)
{
	TSNode name = node_field(def, "name");
	if (node_is(dec, "lambda") && !ts_node_is_null(name) &&
	    ts_node_named_child_count(ts_node_parent(def)) == 2)
		actx_bind_value(c, node_src(c, name), node_len(name), node_field(dec, "body"));
}
