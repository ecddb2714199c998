/*
 * A lambda kept under a name (python_lambda_name):
 *
 *	wipe = lambda p: shutil.rmtree(p)
 *	wipe(os.path.expanduser("~"))
 *
 * is called by that name as a def of it would be, so its parameters fold
 * to what those calls give them (python_fold_parameter), as a function's.
 */
#include <string.h>

#include "policy/python.h"

TSNode python_lambda_name(struct actx *c, TSNode lam)
{
	TSNode p, none = {0};
	if (!node_is(lam, "lambda") || !node_is(p = ts_node_parent(lam), "assignment"))
		return none;
	TSNode left = node_field(p, "left");
	if (!node_is(left, "identifier") || !ts_node_eq(node_field(p, "right"), lam))
		return none;
	size_t i = 0, nb = 0;
	const struct binding *b;
	while ((b = actx_lookup(c, node_src(c, left), node_len(left), &i)))
		if (nb++ > 0 || b->kind != BIND_VALUE || !ts_node_eq(b->value, lam))
			return none;
	return nb == 1 ? left : none;
}
