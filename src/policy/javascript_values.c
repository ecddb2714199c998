/*
 * Every value an expression may take (lang_ops.each_value), for rules
 * that lower a severity only when all of them are known: the program
 * that spawn('git', ...) starts. Folding (javascript_fold.c) gives one
 * value, the first binding's that folds, which is right for finding a
 * name and wrong for clearing one:
 *
 *   const npm = win ? 'npm.cmd' : 'npm'        both branches
 *   let p = 'git'; ... p = 'curl'              every binding of the name
 *   function run(cmd) {...} run('df'); run(x)  the argument at every call
 *
 * Anything else that does not fold, a parameter of a function used other
 * than by calling it, or a name bound by a pattern or a loop, is unknown
 * (-1): a rule that asks "is every value one of these" then says no.
 */
#include <string.h>

#include "policy/javascript.h"

struct each {
	bool (*visit)(void *arg, const char *s, size_t len);
	void *arg;
};

static int each_value(struct actx *c, TSNode n, const struct each *e, int depth);

/* The name a function literal or declaration is called by, if any. */
static TSNode function_name(TSNode fn)
{
	TSNode name = js_field(fn, F_name), parent;

	if (node_is(fn, "function_declaration") || node_is(fn, "generator_function_declaration"))
		return node_is(name, "identifier") ? name : (TSNode){0};
	parent = ts_node_parent(fn);
	if (node_is(parent, "variable_declarator") && ts_node_eq(js_field(parent, F_value), fn)) {
		name = js_field(parent, F_name);
		return node_is(name, "identifier") ? name : (TSNode){0};
	}
	return (TSNode){0};
}

/* The position of the plain parameter `name` of fn; -1 when it is not one
 * (a pattern, a default, a rest). */
static int param_index(const struct actx *c, TSNode fn, TSNode name)
{
	TSNode one = js_field(fn, F_parameter), params = js_field(fn, F_parameters);
	uint32_t k, idx = 0;

	if (node_is(one, "identifier"))
		return node_len(one) == node_len(name) &&
			       memcmp(node_src(c, one), node_src(c, name), node_len(name)) == 0
			   ? 0
			   : -1;
	if (ts_node_is_null(params))
		return -1;
	k = ts_node_named_child_count(params);
	for (uint32_t i = 0; i < k; i++) {
		TSNode p = ts_node_named_child(params, i);
		if (node_is(p, "comment"))
			continue;
		if (node_is(p, "identifier") && node_len(p) == node_len(name) &&
		    memcmp(node_src(c, p), node_src(c, name), node_len(name)) == 0)
			return (int)idx;
		idx++;
	}
	return -1;
}

/* Each use of the identifier `fname` under n must be its declaration or
 * the callee of a call; each call's argument idx is a value. */
static int each_call_arg(struct actx *c, TSNode n, TSNode decl, TSNode fname, uint32_t idx,
			 const struct each *e, int depth, int walk)
{
	if (walk > 200 || !actx_step(c))
		return -1;
	if (node_is(n, "identifier") && node_len(n) == node_len(fname) &&
	    memcmp(node_src(c, n), node_src(c, fname), node_len(n)) == 0) {
		TSNode parent = ts_node_parent(n), arg;
		if (ts_node_eq(n, decl))
			return 0;
		if (!node_is(parent, "call_expression") ||
		    !ts_node_eq(js_field(parent, F_function), n))
			return -1;
		arg = js_arg_at(parent, idx);
		return ts_node_is_null(arg) || node_is(arg, "spread_element")
			   ? -1
			   : each_value(c, arg, e, depth + 1);
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (each_call_arg(c, ts_node_named_child(n, i), decl, fname, idx, e, depth,
				  walk + 1) < 0)
			return -1;
	return 0;
}

/* A parameter's values: the argument in its place at every call of its
 * function, which must be called by name and only called. */
static int each_param(struct actx *c, TSNode fn, TSNode id, const struct each *e, int depth)
{
	TSNode fname, root = fn, up;
	int idx;

	if (!js_is_function_literal(fn) && !node_is(fn, "function_declaration") &&
	    !node_is(fn, "generator_function_declaration"))
		return -1;
	if ((idx = param_index(c, fn, id)) < 0 || ts_node_is_null(fname = function_name(fn)))
		return -1;
	while (!ts_node_is_null(up = ts_node_parent(root)))
		root = up;
	return each_call_arg(c, root, fname, fname, (uint32_t)idx, e, depth, 0);
}

static int each_name(struct actx *c, TSNode n, const struct each *e, int depth)
{
	const struct binding *b;
	size_t i = 0;
	int ret = 0, seen = 0;

	if (!js_path_enter(c, n, 'v')) {
		c->cycles++;
		return -1;
	}
	while (ret == 0 && (b = js_next_visible(c, n, &i))) {
		seen++;
		if (b->kind == BIND_VALUE)
			ret = node_is(b->value, "augmented_assignment_expression")
				  ? -1
				  : each_value(c, b->value, e, depth + 1);
		else if (b->kind == BIND_LOCAL && !ts_node_is_null(b->value))
			ret = each_param(c, b->value, n, e, depth + 1);
		else
			ret = -1;
	}
	js_path_leave();
	return seen ? ret : -1;
}

static int each_value(struct actx *c, TSNode n, const struct each *e, int depth)
{
	struct buf v = {0};
	int ret;

	if (ts_node_is_null(n) || depth > RESOLVE_DEPTH || !actx_step(c))
		return -1;
	if (node_is(n, "parenthesized_expression"))
		return each_value(c, js_last_named(n), e, depth + 1);
	if (node_is(n, "ternary_expression"))
		return each_value(c, js_field(n, F_consequence), e, depth + 1) == 0 &&
			       each_value(c, js_field(n, F_alternative), e, depth + 1) == 0
			   ? 0
			   : -1;
	if (node_is(n, "identifier")) /* every binding, not the first that folds */
		return each_name(c, n, e, depth);
	ret = js_fold(c, n, &v, depth + 1) == 0 && e->visit(e->arg, v.data ? v.data : "", v.len)
		  ? 0
		  : -1;
	buf_free(&v);
	return ret;
}

int js_each_value(struct actx *c, TSNode n, bool (*visit)(void *arg, const char *s, size_t len),
		  void *arg, int depth)
{
	struct each e = {visit, arg};
	return each_value(c, n, &e, depth);
}
