/*
 * Python's parameters and the names a function changes for its callers:
 * which argument a call gives a parameter, the attributes a function sets
 * on what it is given (def setup(k): k.PATH = v; setup(K) binds K.PATH),
 * and whether a name is bound to more than one value.
 */
#include <string.h>

#include "policy/python.h"

/* def f(a, b=1, *c, d: int, **e), lambda a, b=1: ...: each parameter is
 * set by the caller; its setter is the parameter itself (python_inert.c
 * finds the callers from it). */
TSNode python_parameter_name(TSNode p)
{
	TSNode name = p;

	if (node_is(p, "default_parameter") || node_is(p, "typed_default_parameter"))
		name = node_field(p, "name");
	else if (node_is(p, "typed_parameter") || node_is(p, "list_splat_pattern") ||
		 node_is(p, "dictionary_splat_pattern"))
		name = ts_node_named_child(p, 0);
	return !ts_node_is_null(name) && node_is(name, "identifier") ? name : (TSNode){0};
}

/* The argument a call gives parameter p of fn (by position or by its
 * name), or a null node. */
TSNode python_argument_for(struct actx *c, TSNode fn, TSNode p, TSNode call)
{
	TSNode params = node_field(fn, "parameters"), args = node_field(call, "arguments");
	TSNode name = python_parameter_name(p);
	int idx = -1, pos = 0;
	uint32_t k = ts_node_named_child_count(params);

	for (uint32_t j = 0; j < k; j++) {
		TSNode q = ts_node_named_child(params, j);
		if (node_is(q, "list_splat_pattern") || node_is(q, "keyword_separator") ||
		    node_is(q, "dictionary_splat_pattern"))
			break;
		if (ts_node_eq(q, p)) {
			idx = pos;
			break;
		}
		if (!node_is(q, "positional_separator"))
			pos++;
	}
	k = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
	pos = 0;
	for (uint32_t j = 0; j < k; j++) {
		TSNode a = ts_node_named_child(args, j);
		if (node_is(a, "keyword_argument")) {
			TSNode kn = node_field(a, "name");
			if (node_len(kn) == node_len(name) &&
			    memcmp(node_src(c, kn), node_src(c, name), node_len(name)) == 0)
				return node_field(a, "value");
		} else if (!node_is(a, "comment") && pos++ == idx)
			return a;
	}
	return (TSNode){0};
}

/* def setup(k): k.PATH = v; setup(K): K.PATH is bound to v too, for the
 * calls of the function that k is a parameter of. */
void python_bind_attrparams(struct actx *c)
{
	TSNode as[64];
	int n = actx_values(c, "#attrparam", as, 64);
	for (int j = 0; j < n; j++) {
		TSNode left = node_field(as[j], "left");
		TSNode obj = node_field(left, "object"), attr = node_field(left, "attribute");
		TSNode fn = ts_node_parent(as[j]), p = {0};
		while (!ts_node_is_null(fn) && !node_is(fn, "function_definition"))
			fn = ts_node_parent(fn);
		TSNode params = node_field(fn, "parameters"), fname = node_field(fn, "name");
		uint32_t k = ts_node_is_null(params) ? 0 : ts_node_named_child_count(params);
		for (uint32_t q = 0; q < k && ts_node_is_null(p); q++) {
			TSNode pn = python_parameter_name(ts_node_named_child(params, q));
			if (!ts_node_is_null(pn) && node_len(pn) == node_len(obj) &&
			    memcmp(node_src(c, pn), node_src(c, obj), node_len(obj)) == 0)
				p = ts_node_named_child(params, q);
		}
		char key[PYTHON_CALLS_KEY];
		TSNode calls[64];
		if (ts_node_is_null(p) || python_calls_key(c, fname, key) == 0)
			continue;
		int nc = actx_values(c, key, calls, 64);
		for (int m = 0; m < nc; m++) {
			TSNode a = python_argument_for(c, fn, p, calls[m]);
			size_t al = ts_node_is_null(a) ? 0 : node_len(a), tl = node_len(attr);
			if (!node_is(a, "identifier") || al + tl + 2 > sizeof(key))
				continue;
			memcpy(key, node_src(c, a), al);
			key[al] = '.';
			memcpy(key + al + 1, node_src(c, attr), tl);
			actx_bind_value(c, key, al + 1 + tl, node_field(as[j], "right"));
		}
	}
}

/* Whether name n is bound to a value more than once. */
bool python_several_values(struct actx *c, TSNode n)
{
	const struct binding *b;
	size_t i = 0;
	int k = 0;

	while (k < 2 && (b = actx_lookup(c, node_src(c, n), node_len(n), &i)))
		k += b->kind == BIND_VALUE;
	return k > 1;
}
