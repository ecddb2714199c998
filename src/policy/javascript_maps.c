/*
 * JavaScript: the values a Map or a WeakMap holds under a key that is not
 * a constant (an object, this), for javascript_values.c: m.get(k) is each
 * v any m.set(_, v) of the program stores, and m.get(k).root (or { root }
 * = m.get(k)) the root of each object literal stored; the pairs given to
 * new Map([[k, v]]) are stored too. What is found is
 * followed by javascript_values.c's walkers, which struct each carries
 * (this file calls nothing of javascript_values.c by name).
 */
#include <stdlib.h>
#include <string.h>

#include "policy/javascript.h"

static int each_value(struct actx *c, TSNode n, const struct each *e, int depth)
{
	return e->walk->value(c, n, e, depth);
}

/* v stored in the map, or with prop (m.get(k).root) the member of the
 * object literal v is */
static int each_stored(struct actx *c, TSNode v, TSNode prop, const struct each *e, int depth)
{
	if (!ts_node_is_null(v) && !ts_node_is_null(prop)) {
		/* m.get(k).root: the member of each object literal stored */
		TSNode lit = js_object_literal_of(c, v, depth + 1);
		char *key = js_node_strdup(node_src(c, prop), node_len(prop));
		v = ts_node_is_null(lit) ? lit
					 : js_object_member(c, lit, key, node_len(prop), depth + 1);
		free(key);
	}
	return ts_node_is_null(v) ? 0 : each_value(c, v, e, depth + 1);
}

/* each v of the program's m.set(k, v) */
static int each_map_set(struct actx *c, TSNode n, TSNode map, TSNode prop, const struct each *e,
			int depth, int walk)
{
	int ret = 0;
	if (walk > 200 || !actx_step(c))
		return unknown(e);
	TSNode f = node_is(n, "call_expression") ? js_field(n, F_function) : (TSNode){0};
	if (node_is(f, "member_expression") && node_text_is(c, js_field(f, F_property), "set") &&
	    js_same_text(c, js_field(f, F_object), map)) {
		if ((ret = each_stored(c, js_arg_at(n, 1), prop, e, depth)) != 0)
			return ret;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k && ret == 0; i++)
		ret = each_map_set(c, ts_node_named_child(n, i), map, prop, e, depth, walk + 1);
	return ret;
}

/* m.get(k) of a Map or WeakMap m bound by new Map() (a key that is an
 * object, this): each value any m.set(_, v) stores, when one is looked
 * for. 0 when n is not such a call. */
int js_each_map_value(struct actx *c, TSNode n, TSNode prop, const struct each *e, int depth)
{
	TSNode f, map, made, ctor;

	if (!node_is(n, "call_expression") ||
	    !node_is(f = js_field(n, F_function), "member_expression") ||
	    !node_text_is(c, js_field(f, F_property), "get") ||
	    !node_is(map = js_field(f, F_object), "identifier"))
		return 0;
	made = js_bound_literal(c, map, "new_expression", 'e', depth + 1);
	ctor = ts_node_is_null(made) ? made : js_field(made, F_constructor);
	if (ts_node_is_null(ctor) ||
	    (!node_text_is(c, ctor, "Map") && !node_text_is(c, ctor, "WeakMap")))
		return 0;
	/* new Map([[k, v], ...]): each v of the constructor's pairs */
	TSNode args = js_field(made, F_arguments);
	TSNode pairs = ts_node_is_null(args) ? args : ts_node_named_child(args, 0);
	if (node_is(pairs, "array")) {
		uint32_t np = ts_node_named_child_count(pairs);
		for (uint32_t i = 0; i < np && i < 64; i++) {
			TSNode pair = ts_node_named_child(pairs, i);
			int ret = node_is(pair, "array") && ts_node_named_child_count(pair) > 1
				      ? each_stored(c, ts_node_named_child(pair, 1), prop, e, depth)
				      : 0;
			if (ret != 0)
				return ret;
		}
	}
	return each_map_set(c, js_root_of(n), map, prop, e, depth, 0);
}
