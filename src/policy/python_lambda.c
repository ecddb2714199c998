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

/* Whether call calls the builtin map or filter (a name the program does
 * not bind). */
static bool map_or_filter(struct actx *c, TSNode call)
{
	TSNode fn = node_is(call, "call") ? ts_node_named_child(call, 0) : (TSNode){0};
	size_t i = 0;
	return (node_text_is(c, fn, "map") || node_text_is(c, fn, "filter")) &&
	       actx_lookup(c, node_src(c, fn), node_len(fn), &i) == NULL;
}

int python_fold_lambda_item(struct actx *c, TSNode lam, TSNode p, struct buf *out, int depth)
{
	if (!node_is(lam, "lambda"))
		return -1;
	TSNode args = ts_node_parent(lam);
	TSNode params = node_field(lam, "parameters");
	if (!node_is(args, "argument_list") ||
	    !ts_node_eq(ts_node_named_child(args, 0), lam) ||
	    !map_or_filter(c, ts_node_parent(args)) || ts_node_is_null(params))
		return -1;
	/* parameter i takes the items of iterable i + 1 */
	uint32_t k = ts_node_named_child_count(params), i = 0;
	while (i < k && !ts_node_eq(ts_node_named_child(params, i), p))
		i++;
	TSNode it = i < k ? ts_node_named_child(args, i + 1) : (TSNode){0};
	if (ts_node_is_null(it) || !node_is(p, "identifier"))
		return -1;
	/* a listing (glob.glob(...), os.listdir(...)): the pattern of what
	 * it gives (python_fold_listing) */
	if (node_is(it, "call"))
		return c->ops->fold(c, it, out, depth + 1);
	TSNode l = python_bound_list(c, it);
	if (!node_is(l, "list") && !node_is(l, "tuple"))
		return -1;
	/* one of the items, as a loop's name: each for #value-match?
	 * (actx.loop_pick) */
	uint32_t n = ts_node_named_child_count(l);
	for (uint32_t j = 0; j < n; j++)
		if (node_is(ts_node_named_child(l, j), "list_splat"))
			return -1;
	if (n == 0)
		return -1;
	c->loop_seen = true;
	if ((int)n > c->loop_max)
		c->loop_max = (int)n;
	if (c->loop_pick == 0)
		return -1;
	return c->ops->fold(c, ts_node_named_child(l, (uint32_t)(c->loop_pick - 1) % n), out,
			    depth + 1);
}
