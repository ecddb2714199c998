/*
 * JavaScript: what a parameter takes, for javascript_values.c: the
 * argument in its place at every call of the function (at every new of a
 * class, for its constructor), the elements a callback is handed (forEach,
 * map, reduce's accumulator and item, an array pattern's part), what the
 * emits of a listener's event hand it, a for-of loop's element and a
 * catch clause's thrown value. What is found is followed by
 * javascript_values.c's walkers, which struct each carries (this file
 * calls nothing of javascript_values.c by name: it is called from there).
 */
#include <string.h>

#include "policy/javascript.h"

/* javascript_values.c's walkers (struct each_walk). */
static int each_value(struct actx *c, TSNode n, const struct each *e, int depth)
{
	return e->walk->value(c, n, e, depth);
}

static int each_element(struct actx *c, TSNode n, const struct each *e, int depth)
{
	return e->walk->element(c, n, e, depth);
}

static int first_element(struct actx *c, TSNode n, const struct each *e, int depth)
{
	return e->walk->first_element(c, n, e, depth);
}

static int each_element_part(struct actx *c, TSNode list, int k, const char *key, size_t klen,
			     const struct each *e, int depth)
{
	return e->walk->element_part(c, list, k, key, klen, e, depth);
}

static int each_arg_part(struct actx *c, TSNode arg, const char *key, size_t klen,
			 const struct each *e, int depth)
{
	return e->walk->arg_part(c, arg, key, klen, e, depth);
}

static int each_thrown(struct actx *c, TSNode body, const struct each *e, int depth)
{
	return e->walk->thrown(c, body, e, depth);
}

/* The argument, or its part `key` when the parameter is a pattern. */
static int each_arg(struct actx *c, TSNode arg, const char *key, size_t klen, const struct each *e,
		    int depth)
{
	if (ts_node_is_null(arg) || node_is(arg, "spread_element"))
		return unknown(e);
	if (e->first && !key) {
		struct each v = *e;
		v.first = false;
		return first_element(c, arg, &v, depth + 1);
	}
	return key ? each_arg_part(c, arg, key, klen, e, depth + 1)
		   : each_value(c, arg, e, depth + 1);
}

/* Each use of the identifier `fname` under n must be its declaration or
 * the callee of a call; each call's argument idx is a value. */
static int each_call_arg(struct actx *c, TSNode n, TSNode decl, TSNode fname, uint32_t idx,
			 const char *key, size_t klen, const struct each *e, int depth, int walk)
{
	if (walk > 200 || !actx_step(c))
		return unknown(e);
	if (node_is(n, "identifier") && node_len(n) == node_len(fname) &&
	    memcmp(node_src(c, n), node_src(c, fname), node_len(n)) == 0) {
		TSNode parent = ts_node_parent(n), arg;
		if (ts_node_eq(n, decl))
			return 0;
		if (!(node_is(parent, "call_expression") &&
		      ts_node_eq(js_field(parent, F_function), n)) &&
		    !(node_is(parent, "new_expression") &&
		      ts_node_eq(js_field(parent, F_constructor), n)))
			return unknown(e);
		arg = js_arg_at(parent, idx);
		return each_arg(c, arg, key, klen, e, depth);
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (each_call_arg(c, ts_node_named_child(n, i), decl, fname, idx, key, klen, e,
				  depth, walk + 1) < 0)
			return -1;
	return 0;
}

/* What a listener's parameter idx (its member key) takes: that argument
 * of every emit of its event (javascript_sources.c). */
static int each_listener_arg(struct actx *c, TSNode fn, uint32_t idx, const char *key, size_t klen,
			     const struct each *e, int depth)
{
	struct js_sources s = {0};

	if (js_listener_sources(c, fn, idx, &s, depth) < 0)
		return unknown(e);
	if (s.unknown && unknown(e) < 0)
		return -1;
	for (size_t i = 0; i < s.n; i++)
		if ((s.star[i] && !key ? each_element(c, s.v[i], e, depth + 1)
				       : each_arg(c, s.v[i], key, klen, e, depth)) < 0)
			return -1;
	return 0;
}

/* x in `for (const x of list)`: each element of the list; in `for (const
 * [a, x] of list)` or `for (const {x} of list)`, that part of each. */
static int for_of_element(struct actx *c, TSNode loop, TSNode id, const struct each *e, int depth)
{
	TSNode left = js_field(loop, F_left);

	if (!node_is(loop, "for_in_statement") ||
	    !node_text_is(c, js_field(loop, F_operator), "of"))
		return unknown(e);
	if (node_is(left, "array_pattern") || node_is(left, "object_pattern")) {
		bool arr = node_is(left, "array_pattern");
		uint32_t n = ts_node_child_count(left);
		int at = 0;
		/* [, dir]: a hole is a place too; the commas count them */
		for (uint32_t j = 0; j < n; j++) {
			TSNode p = ts_node_child(left, j);
			if (arr && !ts_node_is_named(p) && node_text_is(c, p, ","))
				at++;
			if (!ts_node_is_named(p) || node_is(p, "comment"))
				continue;
			bool named = (node_is(p, "identifier") ||
				      node_is(p, "shorthand_property_identifier_pattern")) &&
				     node_len(p) == node_len(id) &&
				     memcmp(node_src(c, p), node_src(c, id), node_len(id)) == 0;
			if (named)
				return arr ? each_element_part(c, js_field(loop, F_right), at, NULL,
							       0, e, depth + 1)
					   : each_element_part(c, js_field(loop, F_right), -1,
							       node_src(c, p), node_len(p), e,
							       depth + 1);
			if (arr && !node_is(p, "identifier"))
				return unknown(e); /* a default, a rest, a nested pattern */
		}
		return unknown(e);
	}
	if (!node_is(left, "identifier") || node_len(left) != node_len(id) ||
	    memcmp(node_src(c, left), node_src(c, id), node_len(id)) != 0)
		return unknown(e);
	return each_element(c, js_field(loop, F_right), e, depth + 1);
}

/* x in list.forEach((x) => ...), .map, .filter, .some, .every, .find: each
 * element of the list. */
static int each_callback_element(struct actx *c, TSNode fn, const struct each *e, int depth)
{
	static const char *const each[] = {"forEach", "map",  "filter",	  "some",
					   "every",   "find", "findLast", "flatMap"};
	TSNode args = ts_node_parent(fn), call = ts_node_parent(args), callee, prop;

	if (!node_is(args, "arguments") || !node_is(call, "call_expression") ||
	    !ts_node_eq(js_arg_at(call, 0), fn))
		return unknown(e);
	callee = js_field(call, F_function);
	if (!node_is(callee, "member_expression"))
		return unknown(e);
	prop = js_field(callee, F_property);
	for (size_t i = 0; i < sizeof(each) / sizeof(each[0]); i++)
		if (node_text_is(c, prop, each[i]))
			return each_element(c, js_field(callee, F_object), e, depth + 1);
	return unknown(e);
}

/* list.forEach(([k, v]) => ...), Object.entries(o).flatMap(([k, v]) =>
 * ...): a name of an array pattern that is a callback's first parameter is
 * that part of each element, as in for (const [k, v] of list); of
 * p.then(([a, b]) => ...), an element of the list p settles with. */
static int callback_pair_part(struct actx *c, TSNode fn, TSNode id, const struct each *e, int depth)
{
	TSNode params = js_field(fn, F_parameters), pat, args = ts_node_parent(fn), call, callee;
	int at = 0;

	pat = ts_node_is_null(params) ? params : ts_node_named_child(params, 0);
	if (!node_is(pat, "array_pattern") || !node_is(args, "arguments") ||
	    !ts_node_eq(ts_node_named_child(args, 0), fn))
		return unknown(e);
	call = ts_node_parent(args);
	callee = js_field(call, F_function);
	if (!node_is(callee, "member_expression"))
		return unknown(e);
	if (e->some && node_text_is(c, js_field(callee, F_property), "then"))
		return each_element(c, js_field(callee, F_object), e, depth + 1);
	for (uint32_t j = 0, n = ts_node_child_count(pat); j < n; j++) {
		TSNode p = ts_node_child(pat, j);
		if (!ts_node_is_named(p) && node_text_is(c, p, ","))
			at++;
		else if (node_is(p, "identifier") && node_len(p) == node_len(id) &&
			 memcmp(node_src(c, p), node_src(c, id), node_len(id)) == 0)
			return each_element_part(c, js_field(callee, F_object), at, NULL, 0, e,
						 depth + 1);
	}
	return unknown(e);
}

/* A class constructor's parameter: the argument in its place at every
 * `new C(...)` of the class, named by its declaration or the variable it
 * is bound to. */
/* o[k] = v of a key k that folds to the setter's name */
static bool set_key_is(struct actx *c, TSNode k, TSNode name, int depth)
{
	struct buf v = {0};
	bool same = js_fold(c, k, &v, depth + 1) == 0 && v.len == node_len(name) &&
		    memcmp(v.data, node_src(c, name), v.len) == 0;
	buf_free(&v);
	return same;
}

/* each value of the program's o.name = v, o['name'] = v (any o) and
 * Object.assign(o, { name: v }), a setter's argument */
static int each_set_value(struct actx *c, TSNode n, TSNode name, const struct each *e, int depth,
			  int walk)
{
	int ret = 0;
	if (walk > 200 || !actx_step(c))
		return unknown(e);
	if (node_is(n, "assignment_expression")) {
		TSNode l = js_field(n, F_left);
		if (((node_is(l, "member_expression") &&
		      js_same_text(c, js_field(l, F_property), name)) ||
		     (node_is(l, "subscript_expression") &&
		      set_key_is(c, js_field(l, F_index), name, depth))) &&
		    (ret = each_value(c, js_field(n, F_right), e, depth + 1)) != 0)
			return ret;
	} else if (node_is(n, "call_expression") &&
		   node_text_is(c, js_field(n, F_function), "Object.assign")) {
		/* Object.assign(o, { target: v }): the setter is called */
		TSNode args = js_field(n, F_arguments);
		char *key = js_node_strdup(node_src(c, name), node_len(name));
		for (uint32_t i = 1, na = ts_node_named_child_count(args); i < na && ret == 0;
		     i++) {
			TSNode lit = ts_node_named_child(args, i), m;
			if (!node_is(lit, "object"))
				continue;
			m = js_object_member(c, lit, key, node_len(name), depth + 1);
			if (!ts_node_is_null(m))
				ret = each_value(c, m, e, depth + 1);
		}
		free(key);
		if (ret != 0)
			return ret;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k && ret == 0; i++)
		ret = each_set_value(c, ts_node_named_child(n, i), name, e, depth, walk + 1);
	return ret;
}

/* Whether the identifier x is declared somewhere in the program as `x =
 * new C(...)` of the class named cname. */
static bool bound_to_new(struct actx *c, TSNode n, TSNode x, TSNode cname, int walk)
{
	if (walk > 200 || !actx_step(c))
		return false;
	if (node_is(n, "variable_declarator") && js_same_text(c, js_field(n, F_name), x)) {
		TSNode v = js_field(n, F_value);
		if (node_is(v, "new_expression") &&
		    js_same_text(c, js_field(v, F_constructor), cname))
			return true;
	}
	for (uint32_t i = 0, k = ts_node_named_child_count(n); i < k; i++)
		if (bound_to_new(c, ts_node_named_child(n, i), x, cname, walk + 1))
			return true;
	return false;
}

/* The calls of a class's method `name` (this.name(...) and this.#name(...)
 * in its class, o.#name(...) there, C.name(...), new C().name(...) and
 * x.name(...) of an x = new C(...) anywhere): each one's argument idx, a
 * value the method's parameter in that place takes. */
static int each_method_call_arg(struct actx *c, TSNode n, TSNode root, TSNode cls, TSNode cname,
				TSNode name, uint32_t idx, const struct each *e, int depth,
				int walk, bool inside)
{
	if (walk > 200 || !actx_step(c))
		return unknown(e);
	inside = inside || ts_node_eq(n, cls);
	if (node_is(n, "call_expression")) {
		TSNode f = js_field(n, F_function), o, prop;
		if (node_is(f, "member_expression") &&
		    js_same_text(c, prop = js_field(f, F_property), name)) {
			bool ours;
			o = js_field(f, F_object);
			ours = (inside && (node_is(o, "this") ||
					   node_is(prop, "private_property_identifier")));
			if (!ours && !ts_node_is_null(cname))
				ours = js_same_text(c, o, cname) ||
				       (node_is(o, "new_expression") &&
					js_same_text(c, js_field(o, F_constructor), cname)) ||
				       (node_is(o, "identifier") &&
					bound_to_new(c, root, o, cname, 0));
			if (ours && each_arg(c, js_arg_at(n, idx), NULL, 0, e, depth) < 0)
				return -1;
		}
	}
	for (uint32_t i = 0, k = ts_node_named_child_count(n); i < k; i++)
		if (each_method_call_arg(c, ts_node_named_child(n, i), root, cls, cname, name, idx,
					 e, depth, walk + 1, inside) < 0)
			return -1;
	return 0;
}

static int each_constructor_arg(struct actx *c, TSNode fn, TSNode id, const struct each *e,
				int depth)
{
	TSNode cls = ts_node_parent(ts_node_parent(fn)), cname = {0}, root = fn, up;
	int idx;

	if (node_is(ts_node_child(fn, 0), "set") && js_param_index(c, fn, id) == 0 && e->some)
		/* set target(v) { this._t = v }: what o.target = x gives it */
		return each_set_value(c, js_root_of(fn), js_field(fn, F_name), e, depth, 0);
	if ((idx = js_param_index(c, fn, id)) < 0)
		return unknown(e);
	if (node_is(cls, "class_declaration"))
		cname = js_field(cls, F_name);
	else if (node_is(cls, "class") && node_is(ts_node_parent(cls), "variable_declarator"))
		cname = js_field(ts_node_parent(cls), F_name);
	while (!ts_node_is_null(up = ts_node_parent(root)))
		root = up;
	if (!node_text_is(c, js_field(fn, F_name), "constructor")) {
		/* purge(dir) { ... }, #purge(dir): a method's parameter, what
		 * its calls hand it (looked for only: a call the walk does not
		 * see, by another name, may hand it anything) */
		if (!e->some || node_is(ts_node_child(fn, 0), "get") ||
		    node_is(ts_node_child(fn, 0), "set") ||
		    !(node_is(cls, "class_declaration") || node_is(cls, "class")))
			return unknown(e);
		return each_method_call_arg(c, root, root, cls, cname, js_field(fn, F_name),
					    (uint32_t)idx, e, depth, 0, false);
	}
	if (!node_is(cname, "identifier"))
		return unknown(e);
	return each_call_arg(c, root, cname, cname, (uint32_t)idx, NULL, 0, e, depth, 0);
}

/* list.reduce(fn, init) (reduceRight too) whose callback is fn, or a null
 * node */
TSNode js_reduce_call(struct actx *c, TSNode fn)
{
	TSNode args = ts_node_parent(fn), call = ts_node_parent(args), callee;

	if (!node_is(args, "arguments") || !node_is(call, "call_expression") ||
	    !ts_node_eq(js_arg_at(call, 0), fn))
		return (TSNode){0};
	callee = js_field(call, F_function);
	return node_is(callee, "member_expression") &&
		       (node_text_is(c, js_field(callee, F_property), "reduce") ||
			node_text_is(c, js_field(callee, F_property), "reduceRight"))
		   ? call
		   : (TSNode){0};
}

/* A reducer's accumulator (parameter 0): the initial value, or the list's
 * elements without one; its item (parameter 1): the list's elements. */
static int each_reduce_param(struct actx *c, TSNode call, int idx, const struct each *e, int depth)
{
	TSNode list = js_field(js_field(call, F_function), F_object), init = js_arg_at(call, 1);

	if (idx == 0 && !ts_node_is_null(init))
		return each_value(c, init, e, depth + 1);
	return idx <= 1 ? each_element(c, list, e, depth + 1) : unknown(e);
}

int js_each_param(struct actx *c, TSNode fn, TSNode id, const struct each *e, int depth)
{
	TSNode fname, root = fn, up;
	const char *key = NULL;
	size_t klen = 0;
	int idx;

	if (node_is(fn, "method_definition")) /* constructor(d) { this.d = d } */
		return each_constructor_arg(c, fn, id, e, depth);
	if (node_is(fn, "catch_clause")) /* try { throw x } catch (d) */
		return node_is(js_field(fn, F_parameter), "identifier")
			   ? each_thrown(c, js_field(ts_node_parent(fn), F_body), e, depth)
			   : unknown(e);
	if (!js_is_function_literal(fn) && !node_is(fn, "function_declaration") &&
	    !node_is(fn, "generator_function_declaration")) {
		TSNode list = e->some ? js_pattern_list(c, fn, id) : (TSNode){0};
		return ts_node_is_null(list) ? for_of_element(c, fn, id, e, depth)
					     : each_element(c, list, e, depth + 1); /* [d] = list */
	}
	if ((idx = js_param_index(c, fn, id)) < 0 &&
	    (idx = js_param_pattern_key(c, fn, id, &key, &klen)) < 0)
		return callback_pair_part(c, fn, id, e, depth);
	if (ts_node_is_null(fname = js_function_name(fn))) {
		TSNode args = ts_node_parent(fn), red = js_reduce_call(c, fn);
		if (!key && !ts_node_is_null(red))
			return each_reduce_param(c, red, idx, e, depth);
		if (idx == 0 && !key && node_is(args, "arguments") &&
		    ts_node_eq(ts_node_named_child(args, 0), fn))
			return each_callback_element(c, fn, e, depth);
		return each_listener_arg(c, fn, (uint32_t)idx, key, klen, e, depth);
	}
	while (!ts_node_is_null(up = ts_node_parent(root)))
		root = up;
	return each_call_arg(c, root, fname, fname, (uint32_t)idx, key, klen, e, depth, 0);
}

/* arguments[idx] in a function (an arrow has none of its own: its
 * enclosing function's): the argument idx of every call of that function,
 * as a plain parameter in that place takes it. */
int js_each_arguments_at(struct actx *c, TSNode n, uint32_t idx, const struct each *e, int depth)
{
	TSNode fn = ts_node_parent(n), fname, root, up;

	while (!ts_node_is_null(fn) && !node_is(fn, "function_declaration") &&
	       !node_is(fn, "function_expression") && !node_is(fn, "generator_function") &&
	       !node_is(fn, "generator_function_declaration") && !node_is(fn, "method_definition"))
		fn = ts_node_parent(fn);
	if (ts_node_is_null(fn) || node_is(fn, "method_definition"))
		return unknown(e);
	if (ts_node_is_null(fname = js_function_name(fn)))
		return each_listener_arg(c, fn, idx, NULL, 0, e, depth);
	root = fn;
	while (!ts_node_is_null(up = ts_node_parent(root)))
		root = up;
	return each_call_arg(c, root, fname, fname, idx, NULL, 0, e, depth, 0);
}
