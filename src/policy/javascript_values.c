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
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "policy/javascript.h"

static int each_value(struct actx *c, TSNode n, const struct each *e, int depth);
static int first_element(struct actx *c, TSNode n, const struct each *e, int depth);
static int each_element(struct actx *c, TSNode n, const struct each *e, int depth);
static int each_keyed(struct actx *c, TSNode n, const TSNode *prop, const struct each *e,
		      int depth);
static int each_member(struct actx *c, TSNode n, const struct each *e, int depth);
static int each_object_part(struct actx *c, TSNode o, int k, const struct each *e, int depth);
static int each_element_part(struct actx *c, TSNode list, int k, const char *key, size_t klen,
			     const struct each *e, int depth);
static int each_arg_part(struct actx *c, TSNode arg, const char *key, size_t klen,
			 const struct each *e, int depth);
static int each_thrown(struct actx *c, TSNode body, const struct each *e, int depth);

/* The walkers javascript_params.c calls back (struct each_walk). */
static const struct each_walk values_walk = {each_value,	each_element,  first_element,
					     each_element_part, each_arg_part, each_thrown};

/* The sources s found (javascript_sources.c), each followed: star ones
 * (yield*) as lists. An unknown one, or a walk that ran out, is unknown. */
static int each_source(struct actx *c, const struct js_sources *s, const struct each *e,
		       int (*follow)(struct actx *, TSNode, const struct each *, int), int depth)
{
	if (s->unknown && unknown(e) < 0)
		return -1;
	for (size_t i = 0; i < s->n; i++)
		if ((s->star[i] ? each_element(c, s->v[i], e, depth)
				: follow(c, s->v[i], e, depth)) < 0)
			return -1;
	return 0;
}

/* What a body yields (each value of `yield x`, each element of `yield*
 * list`), the elements of the lists it returns, or the values it throws;
 * not those of the functions inside it. */
static int each_yield(struct actx *c, TSNode body, const struct each *e, int depth)
{
	struct js_sources s = {0};
	js_body_sources(c, body, JS_YIELDED, &s);
	return each_source(c, &s, e, each_value, depth + 1);
}

static int each_returned(struct actx *c, TSNode body, const struct each *e, int depth)
{
	struct js_sources s = {0};
	js_body_sources(c, body, JS_RETURNED, &s);
	return each_source(c, &s, e, each_element, depth + 1);
}

static int each_thrown(struct actx *c, TSNode body, const struct each *e, int depth)
{
	struct js_sources s = {0};
	js_body_sources(c, body, JS_THROWN, &s);
	return each_source(c, &s, e, each_value, depth + 1);
}

/* What a list made by the program's own generator holds, when one is
 * looked for: gen() of function* gen() {...}, (function* () {...})(),
 * o.items() of an object literal's *items() {...}, new C() of a class
 * with a *[Symbol.iterator]() method: each value it yields. */
/* o[Symbol.iterator] = function* () {...} under n, o named name: the
 * generator assigned (the first found), or a null node */
static TSNode assigned_iterator(struct actx *c, TSNode n, TSNode name, int walk)
{
	if (walk > 200 || !actx_step(c))
		return (TSNode){0};
	if (node_is(n, "assignment_expression")) {
		TSNode l = js_field(n, F_left), r = js_field(n, F_right);
		TSNode key = js_field(l, F_index);
		while (node_is(r, "parenthesized_expression"))
			r = js_last_named(r);
		if (node_is(l, "subscript_expression") && node_is(r, "generator_function") &&
		    js_same_text(c, js_field(l, F_object), name) &&
		    (node_text_is(c, key, "Symbol.iterator") ||
		     node_text_is(c, key, "Symbol.asyncIterator")))
			return r;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++) {
		TSNode g = assigned_iterator(c, ts_node_named_child(n, i), name, walk + 1);
		if (!ts_node_is_null(g))
			return g;
	}
	return (TSNode){0};
}

/* An object literal bound to a name (const o = {...}) given an iterator
 * after it is made: the generator assigned, or a null node */
static TSNode literal_iterator_assigned(struct actx *c, TSNode obj)
{
	TSNode decl = ts_node_parent(obj), root = obj, up;

	if (!node_is(decl, "variable_declarator") || !node_is(js_field(decl, F_name), "identifier"))
		return (TSNode){0};
	while (!ts_node_is_null(up = ts_node_parent(root)))
		root = up;
	return assigned_iterator(c, root, js_field(decl, F_name), 0);
}

static int each_generated(struct actx *c, TSNode n, const struct each *e, int depth)
{
	TSNode callee = js_field(n, node_is(n, "new_expression") ? F_constructor : F_function);
	const struct binding *b;
	size_t i = 0;
	int ret = 0, seen = 0;

	while (node_is(callee, "parenthesized_expression"))
		callee = js_last_named(callee);
	if (!ts_node_is_null(js_literal_generator(c, n, &callee)))
		return each_yield(c, js_field(callee, F_body), e, depth + 1);
	if (node_is(n, "object")) /* o[Symbol.iterator] = function* () {...} later */
		return ts_node_is_null(callee = literal_iterator_assigned(c, n))
			   ? unknown(e)
			   : each_yield(c, js_field(callee, F_body), e, depth + 1);
	if (node_is(callee, "member_expression") && node_is(n, "call_expression")) {
		TSNode lit = js_object_literal_of(c, js_field(callee, F_object), depth + 1), m = {0};
		if (!ts_node_is_null(lit))
			m = js_object_generator(c, lit, js_field(callee, F_property));
		return ts_node_is_null(m) ? unknown(e)
					  : each_yield(c, js_field(m, F_body), e, depth + 1);
	}
	if (!node_is(callee, "identifier") || !js_path_enter(c, callee, 'y'))
		return unknown(e);
	while (ret == 0 && seen < 8 && (b = js_next_visible(c, callee, &i))) {
		TSNode fn = b->kind == BIND_VALUE ? b->value : (TSNode){0};
		if (node_is(fn, "class_declaration") || node_is(fn, "class"))
			fn = js_class_iterator(c, fn);
		if (node_is(fn, "function_declaration") || node_is(fn, "function_expression") ||
		    node_is(fn, "arrow_function")) {
			/* the program's own function: each element of what it returns */
			TSNode body = js_field(fn, F_body);
			seen++;
			ret = node_is(body, "statement_block") ? each_returned(c, body, e, depth + 1)
							       : each_element(c, body, e, depth + 1);
			continue;
		}
		if (ts_node_is_null(fn) ||
		    !(node_is(fn, "generator_function_declaration") ||
		      node_is(fn, "generator_function") || node_is(fn, "method_definition")))
			continue;
		seen++;
		ret = each_yield(c, js_field(fn, F_body), e, depth + 1);
	}
	js_path_leave();
	return seen ? ret : unknown(e);
}

/* A value a generator's next() gives: it.next().value, gen().next().value,
 * const { value } = it.next(); 1 when call is not a next() call. */
static int each_next_value(struct actx *c, TSNode call, const struct each *e, int depth)
{
	if (node_is(call, "identifier")) /* const step = await it.next(); step.value */
		call = js_first_bound(c, call, 'N');
	while (node_is(call, "parenthesized_expression") || node_is(call, "await_expression"))
		call = js_last_named(call);
	TSNode fn = js_field(call, F_function);
	if (!node_is(call, "call_expression") || !node_is(fn, "member_expression") ||
	    !node_text_is(c, js_field(fn, F_property), "next"))
		return 1;
	return each_element(c, js_field(fn, F_object), e, depth + 1);
}

/* The arguments of list.push(a, ...b): each a value, each element of b. */
static int each_pushed(struct actx *c, TSNode call, const struct each *e, int depth)
{
	TSNode args = js_field(call, F_arguments);
	uint32_t k = ts_node_named_child_count(args);
	int ret = 0;

	for (uint32_t j = 0; j < k && ret == 0; j++) {
		TSNode a = ts_node_named_child(args, j);
		if (node_is(a, "comment"))
			continue;
		ret = node_is(a, "spread_element")
			  ? each_element(c, ts_node_named_child(a, 0), e, depth + 1)
			  : each_value(c, a, e, depth + 1);
	}
	return ret;
}

/* The elements of a list: an array literal's, a name's bound to one,
 * what filter, slice, reverse or concat keep of them, and what map's
 * callback makes of them (its parameter unknown). */
static int each_element(struct actx *c, TSNode n, const struct each *e, int depth)
{
	const struct binding *b;
	size_t i = 0;
	int ret = 0, seen = 0;

	if (ts_node_is_null(n) || depth > RESOLVE_DEPTH || !actx_step(c))
		return -1;
	while (node_is(n, "parenthesized_expression") ||
	       (e->some && node_is(n, "await_expression")))
		n = js_last_named(n);
	struct js_sources ws = {0}; /* for await (const v of new ReadableStream(...)) */
	if (e->some && node_is(n, "new_expression") && js_stream_sources(c, n, &ws, depth) == 0)
		return each_source(c, &ws, e, each_value, depth + 1);
	if (node_is(n, "new_expression") && /* new Set(list): list's, new Set(): none */
	    node_text_is(c, js_field(n, F_constructor), "Set"))
		return js_arg_at(n, 0).id ? each_element(c, js_arg_at(n, 0), e, depth + 1) : 0;
	bool one = false; /* Array.from(list), Promise.all(list); a.fill(v): v */
	TSNode combined = js_combined_list(c, n, e->some, &one);
	if (!ts_node_is_null(combined))
		return (one ? each_value : each_element)(c, combined, e, depth + 1);
	if (node_is(n, "ternary_expression")) /* ci ? [] : ['--flag'] */
		return each_element(c, js_field(n, F_consequence), e, depth + 1) == 0 &&
			       each_element(c, js_field(n, F_alternative), e, depth + 1) == 0
			   ? 0
			   : -1;
	if (node_is(n, "array")) {
		uint32_t k = ts_node_named_child_count(n);
		for (uint32_t j = 0; j < k && ret == 0; j++) {
			TSNode el = ts_node_named_child(n, j);
			if (node_is(el, "comment"))
				continue;
			if (node_is(el, "spread_element"))
				ret = e->some ? each_element(c, ts_node_named_child(el, 0), e,
							     depth + 1)
					      : unknown(e);
			else
				ret = each_value(c, el, e, depth + 1);
		}
		return ret;
	}
	if (node_is(n, "identifier")) {
		if (!js_path_enter(c, n, 'e'))
			return -1;
		while (ret == 0 && (b = js_next_visible(c, n, &i))) {
			seen++;
			int how = js_list_change(c, b, n);
			if (how == 'a') /* list.push(x): x is an element too */
				ret = each_pushed(c, b->value, e, depth + 1);
			else if (how == 'd') /* pop, shift, reverse, sort: none new */
				ret = 0;
			else
				ret = b->kind == BIND_VALUE && how == 0
					  ? each_element(c, b->value, e, depth + 1)
					  : unknown(e);
		}
		js_path_leave();
		return seen ? ret : unknown(e);
	}
	if (e->some && node_is(n, "member_expression") && node_text_is(c, n, "process.argv")) {
		/* process.argv.push(dir): what the program adds to its arguments */
		while (ret == 0 && (b = js_next_visible_name(c, "process.argv", 12, n, &i)))
			if (b->kind == BIND_VALUE && node_is(b->value, "call_expression"))
				ret = each_pushed(c, b->value, e, depth + 1);
		return ret;
	}
	if (e->some && (node_is(n, "member_expression") || node_is(n, "subscript_expression") ||
			node_is(n, "call_expression"))) {
		/* Object.groupBy(list, f).k, Readable.from(list): list's elements;
		 * timers/promises' setInterval(ms, v): v */
		struct js_sources s = {0};
		TSNode from = node_is(n, "call_expression") ? js_stream_list(c, n, depth) : n;
		if (!ts_node_is_null(from) && !ts_node_eq(from, n))
			return each_element(c, from, e, depth + 1);
		if (!ts_node_is_null(from = js_interval_value(c, n, depth)))
			return each_value(c, from, e, depth + 1);
		if (js_group_sources(c, n, &s, depth) == 0 ||
		    js_once_sources(c, n, -1, &s, depth) == 0)
			return each_source(c, &s, e, each_value, depth + 1);
	}
	if (node_is(n, "call_expression") &&
	    node_is(js_field(n, F_function), "member_expression")) {
		TSNode fn = js_field(n, F_function), prop = js_field(fn, F_property);
		TSNode obj = js_field(fn, F_object), cb = js_arg_at(n, 0);
		if (node_text_is(c, prop, "filter") || node_text_is(c, prop, "slice") ||
		    node_text_is(c, prop, "reverse") || node_text_is(c, prop, "sort") ||
		    node_text_is(c, prop, "toSorted") || node_text_is(c, prop, "toReversed") ||
		    node_text_is(c, prop, "toSpliced") || node_text_is(c, prop, "toArray") ||
		    node_text_is(c, prop, "take") || node_text_is(c, prop, "drop"))
			return each_element(c, obj, e, depth + 1);
		/* a.with(i, v): a's elements and v; Iterator.from(list): list's */
		if (node_text_is(c, prop, "with") && e->some)
			return each_element(c, obj, e, depth + 1) == 0
				   ? each_value(c, js_arg_at(n, 1), e, depth + 1)
				   : -1;
		if (node_text_is(c, prop, "from") && node_text_is(c, obj, "Iterator"))
			return each_element(c, cb, e, depth + 1);
		if (node_text_is(c, prop, "concat")) {
			ret = each_element(c, obj, e, depth + 1);
			for (uint32_t j = 0; ret == 0 && !ts_node_is_null(js_arg_at(n, j)); j++)
				ret = each_element(c, js_arg_at(n, j), e, depth + 1);
			return ret;
		}
		/* flatMap((x) => [a, b]): each element of each returned list */
		if (node_text_is(c, prop, "flatMap") && e->some && js_is_function_literal(cb)) {
			TSNode body = js_field(cb, F_body);
			while (node_is(body, "parenthesized_expression"))
				body = js_last_named(body);
			return node_is(body, "array")		   ? each_element(c, body, e, depth + 1)
			       : node_is(body, "statement_block") ? 0
								  : each_value(c, body, e, depth + 1);
		}
		if (node_text_is(c, prop, "map") && e->some &&
		    (node_is(cb, "arrow_function") || node_is(cb, "function_expression"))) {
			TSNode body = js_field(cb, F_body);
			return node_is(body, "statement_block") ? 0
								: each_value(c, body, e, depth + 1);
		}
		/* Object.values(o): the values of o's members */
		if (node_text_is(c, prop, "values") && node_text_is(c, obj, "Object") && e->some) {
			TSNode lit = node_is(cb, "object")
					 ? cb
					 : js_bound_literal(c, cb, "object", 'o', depth + 1);
			if (!ts_node_is_null(lit))
				return each_object_part(c, lit, 1, e, depth + 1);
		}
		/* m.values(), m.keys() of a Map: the pairs' second or first */
		if ((node_text_is(c, prop, "values") || node_text_is(c, prop, "keys")) &&
		    ts_node_is_null(cb)) {
			TSNode pairs = js_map_pairs(c, obj, depth);
			if (node_is(obj, "identifier")) {
				TSNode lit = js_bound_literal(c, obj, "new_expression", 'o', depth + 1);
				if (!ts_node_is_null(lit))
					pairs = js_map_pairs(c, lit, depth);
			}
			if (!ts_node_is_null(pairs))
				return each_element_part(c, pairs, node_text_is(c, prop, "values"),
							 NULL, 0, e, depth + 1);
			if (e->some) /* set.values(), list.keys(): the elements */
				return each_element(c, obj, e, depth + 1);
		}
	}
	/* for (const repo of fs.readdirSync(dir)): an entry the program does
	 * not know, named as a glob names any entry (`*`): path.join(dir,
	 * repo, '.git', 'hooks', 'pre-commit') is dir/STAR/.git/hooks/... */
	if (e->some && node_is(n, "call_expression") && js_call_lists_dir(c, n, depth))
		return e->visit(e->arg, "*", 1) ? 0 : -1;
	if (e->some && js_type_is_any(n, js_generated_types))
		return each_generated(c, n, e, depth + 1);
	return unknown(e);
}

/* The first element of a list: an array literal's (through a spread at
 * its head), or that of the array a name is bound to. */
static int first_element(struct actx *c, TSNode n, const struct each *e, int depth)
{
	const struct binding *b;
	size_t i = 0;
	int ret = 0, seen = 0;

	if (ts_node_is_null(n) || depth > RESOLVE_DEPTH || !actx_step(c))
		return unknown(e);
	while (node_is(n, "parenthesized_expression"))
		n = js_last_named(n);
	if (node_is(n, "ternary_expression")) /* c ? ['webpack'] : ['vite', 'build'] */
		return first_element(c, js_field(n, F_consequence), e, depth + 1) == 0 &&
			       first_element(c, js_field(n, F_alternative), e, depth + 1) == 0
			   ? 0
			   : -1;
	if (node_is(n, "array")) {
		uint32_t k = ts_node_named_child_count(n);
		for (uint32_t j = 0; j < k; j++) {
			TSNode el = ts_node_named_child(n, j);
			if (node_is(el, "comment"))
				continue;
			return node_is(el, "spread_element")
				   ? first_element(c, ts_node_named_child(el, 0), e, depth + 1)
				   : each_value(c, el, e, depth + 1);
		}
		return unknown(e);
	}
	if (node_is(n, "identifier")) {
		if (!js_path_enter(c, n, 'f'))
			return unknown(e);
		while (ret == 0 && (b = js_next_visible(c, n, &i))) {
			int how = js_list_change(c, b, n);
			if (how == 'a' &&
			    !node_text_is(c, js_field(js_field(b->value, F_function), F_property),
					  "unshift"))
				continue; /* push adds at the end, the first stays */
			if (how == 'd' &&
			    node_text_is(c, js_field(js_field(b->value, F_function), F_property),
					 "pop"))
				continue;
			seen++;
			struct each f = *e; /* a wrapper's parameter: each call's */
			f.first = true;
			ret = b->kind == BIND_VALUE && how == 0
				  ? first_element(c, b->value, e, depth + 1)
			      : b->kind == BIND_LOCAL && how == 0 && !e->first
				  ? js_each_param(c, b->value, n, &f, depth + 1)
				  : unknown(e);
		}
		js_path_leave();
		return seen ? ret : unknown(e);
	}
	/* the first of a.with(0, v), a.toSorted(): one of the list's */
	if (e->some && node_is(n, "call_expression"))
		return each_element(c, n, e, depth + 1);
	return unknown(e);
}

/* The part a destructuring pattern takes of each element of a list of
 * literals: [a, b] of [['x', 1], ...] (the k-th item) or {a} of
 * [{a: 'x'}, ...] (the key). */
/* Object.entries(o): the keys (k 0) or the values (k 1) of o's members. */
static int each_object_part(struct actx *c, TSNode o, int k, const struct each *e, int depth)
{
	int ret = 0;

	for (uint32_t j = 0, n = ts_node_named_child_count(o); j < n && ret == 0; j++) {
		TSNode el = ts_node_named_child(o, j), key = js_field(el, F_key);
		if (!node_is(el, "pair"))
			ret = unknown(e);
		else if (k == 1)
			ret = each_value(c, js_field(el, F_value), e, depth + 1);
		else if (node_is(key, "property_identifier"))
			ret = e->visit(e->arg, node_src(c, key), node_len(key)) ? 0 : -1;
		else
			ret = each_value(c, key, e, depth + 1);
	}
	return ret;
}

static int each_element_part(struct actx *c, TSNode list, int k, const char *key, size_t klen,
			     const struct each *e, int depth)
{
	const struct binding *b;
	size_t i = 0;
	int ret = 0, seen = 0;

	if (ts_node_is_null(list) || depth > RESOLVE_DEPTH || !actx_step(c))
		return unknown(e);
	while (node_is(list, "parenthesized_expression"))
		list = js_last_named(list);
	if (node_is(list, "identifier")) {
		if (!js_path_enter(c, list, 'p'))
			return unknown(e);
		while (ret == 0 && (b = js_next_visible(c, list, &i))) {
			seen++;
			ret = b->kind == BIND_VALUE
				  ? each_element_part(c, b->value, k, key, klen, e, depth + 1)
				  : unknown(e);
		}
		js_path_leave();
		return seen ? ret : unknown(e);
	}
	if (key == NULL && (k == 0 || k == 1) && !node_is(list, "array")) {
		/* new Map(pairs), m.entries(): the pairs; Object.entries(o):
		 * o's keys and values */
		TSNode inner = js_map_pairs(c, list, depth);
		if (!ts_node_is_null(inner))
			return node_is(inner, "object")
				   ? each_object_part(c, inner, k, e, depth + 1)
				   : each_element_part(c, inner, k, NULL, 0, e, depth + 1);
	}
	struct js_sources os = {0}; /* for await (const [d] of on(em, 'x')): each emit's */
	if (e->some && !key && k >= 0 && js_once_sources(c, list, k, &os, depth) == 0)
		return each_source(c, &os, e, each_value, depth + 1);
	if (!node_is(list, "array")) {
		struct js_sources s = {0}; /* for (const { path } of groups.tmp) */
		if (!e->some || !key || js_group_sources(c, list, &s, depth) != 0)
			return unknown(e);
		if (s.unknown && unknown(e) < 0)
			return -1;
		for (size_t j = 0; j < s.n && ret == 0; j++)
			ret = s.star[j] ? each_element_part(c, s.v[j], k, key, klen, e, depth + 1)
					: each_arg_part(c, s.v[j], key, klen, e, depth + 1);
		return ret;
	}
	uint32_t n = ts_node_named_child_count(list);
	for (uint32_t j = 0; j < n && ret == 0; j++) {
		TSNode el = ts_node_named_child(list, j), part = {0};
		if (node_is(el, "comment"))
			continue;
		if (key == NULL && node_is(el, "array")) {
			uint32_t m = ts_node_named_child_count(el);
			int at = 0;
			for (uint32_t x = 0; x < m && ts_node_is_null(part); x++) {
				TSNode it = ts_node_named_child(el, x);
				if (node_is(it, "comment"))
					continue;
				if (node_is(it, "spread_element"))
					break;
				if (at++ == k)
					part = it;
			}
		} else if (key != NULL && node_is(el, "object")) {
			part = js_object_member(c, el, key, klen, depth + 1);
			if (node_is(part, "shorthand_property_identifier"))
				part = (TSNode){0};
		}
		ret = ts_node_is_null(part) ? unknown(e) : each_value(c, part, e, depth + 1);
	}
	return ret;
}

/* The part `key` of an argument a pattern parameter destructures: the
 * member of an object literal (or of a name bound to one), or that part
 * of each element when the argument is a for-of loop's element (for
 * (const j of jobs) run(j)). */
static int each_arg_part(struct actx *c, TSNode arg, const char *key, size_t klen,
			 const struct each *e, int depth)
{
	const struct binding *b;
	size_t i = 0;
	int ret = 0, seen = 0;

	if (depth > RESOLVE_DEPTH || !actx_step(c))
		return unknown(e);
	while (node_is(arg, "parenthesized_expression"))
		arg = js_last_named(arg);
	if (node_is(arg, "object")) {
		TSNode m = js_object_member(c, arg, key, klen, depth + 1);
		return ts_node_is_null(m) || node_is(m, "shorthand_property_identifier")
			   ? unknown(e)
			   : each_value(c, m, e, depth + 1);
	}
	if (!node_is(arg, "identifier") || !js_path_enter(c, arg, 'k'))
		return unknown(e);
	while (ret == 0 && (b = js_next_visible(c, arg, &i))) {
		seen++;
		TSNode left = b->kind == BIND_LOCAL && node_is(b->value, "for_in_statement")
				  ? js_field(b->value, F_left)
				  : (TSNode){0};
		if (b->kind == BIND_VALUE)
			ret = each_arg_part(c, b->value, key, klen, e, depth + 1);
		else if (b->kind == BIND_LOCAL && node_is(b->value, "catch_clause") && klen == 5 &&
			 memcmp(key, "cause", 5) == 0) /* catch (err) { err.cause } */
			ret = js_each_caught_part(c, b->value, key, klen, e, depth + 1);
		else if (node_is(left, "identifier") && node_len(left) == node_len(arg) &&
			 memcmp(node_src(c, left), node_src(c, arg), node_len(arg)) == 0 &&
			 node_text_is(c, js_field(b->value, F_operator), "of"))
			ret = each_element_part(c, js_field(b->value, F_right), -1, key, klen, e,
						depth + 1);
		else
			ret = unknown(e);
	}
	js_path_leave();
	return seen ? ret : unknown(e);
}

static int each_name(struct actx *c, TSNode n, const struct each *e, int depth)
{
	const struct binding *b;
	size_t i = 0;
	int ret = 0, seen = 0;

	/* a cycle is a binding met again, not a name: `dir` of a loop over a
	 * generator whose own loop variable is `dir` is another binding */
	while (ret == 0 && (b = js_next_visible(c, n, &i))) {
		seen++;
		if (ts_node_is_null(b->value) || (b->kind != BIND_VALUE && b->kind != BIND_LOCAL)) {
			ret = unknown(e);
			continue;
		}
		/* a shorthand pattern has the text of the name that led to it
		 * (`promise` of { promise } = ...), not the same binding */
		if (!js_path_enter(
			c, b->value,
			node_is(b->value, "shorthand_property_identifier_pattern") ? 'V' : 'v')) {
			c->cycles++;
			ret = unknown(e);
			continue;
		}
		if (b->kind == BIND_VALUE && e->some && js_list_change(c, b, n) == 'a')
			ret = each_pushed(c, b->value, e, depth + 1); /* args.push('-c', x) */
		else if (b->kind == BIND_VALUE)
			ret = node_is(b->value, "augmented_assignment_expression")
				  ? -1
				  : each_value(c, b->value, e, depth + 1);
		else
			ret = js_each_param(c, b->value, n, e, depth + 1);
		js_path_leave();
	}
	return seen ? ret : unknown(e);
}

/* path.join(home, RC[shell]) when one value is looked for: the path of
 * each combination of its arguments' values (a few of each, a few
 * combinations), the unknown ones left out */
#define JOIN_ARGS 6
#define JOIN_VALUES 8
static bool collect_visit(void *arg, const char *s, size_t len)
{
	struct slist *l = arg;
	if (l->n >= JOIN_VALUES)
		return false;
	js_slist_push(l, s, len);
	return true;
}

static void collect_some(struct actx *c, TSNode n, struct slist *l, int depth)
{
	struct each sub = {true, collect_visit, l, false, &values_walk};
	each_value(c, n, &sub, depth + 1);
}

static int each_joined(struct actx *c, TSNode call, const char *how, const struct each *e,
		       int depth)
{
	struct slist vals[JOIN_ARGS] = {{0}};
	size_t k = 0, pick[JOIN_ARGS] = {0}, combos = 0;
	int ret = 0;
	TSNode a;

	while (ret == 0 && k < JOIN_ARGS && !ts_node_is_null(a = js_arg_at(call, (uint32_t)k))) {
		struct each sub = {true, collect_visit, &vals[k], false, &values_walk};
		struct buf v = {0};
		TSNode prop = js_field(a, F_property), obj = js_field(a, F_object);
		if (js_fold(c, a, &v, depth + 1) == 0)
			js_slist_push(&vals[k], v.data ? v.data : "", v.len);
		else if (node_is(a, "subscript_expression"))
			each_keyed(c, a, NULL, &sub, depth + 1);
		else if (node_is(a, "member_expression") && node_is(obj, "subscript_expression") &&
			 node_is(prop, "property_identifier"))
			each_keyed(c, obj, &prop, &sub, depth + 1);
		else if (node_is(a, "member_expression") && !node_is(obj, "this"))
			each_member(c, a, &sub, depth + 1); /* T.bash.rc */
		else if (node_is(a, "identifier") || node_is(a, "binary_expression") ||
			 node_is(a, "ternary_expression"))
			js_collect_folds(c, a, &vals[k], JOIN_VALUES, depth + 1);
		if (vals[k].n == 0 && (node_is(a, "identifier") || node_is(a, "binary_expression") ||
				       node_is(a, "template_string")))
			each_value(c, a, &sub, depth + 1); /* a loop's element, '.' + s + 'rc' */
		buf_free(&v);
		if (vals[k++].n == 0)
			ret = 1; /* an argument with no value known: no path */
	}
	if (!ts_node_is_null(js_arg_at(call, (uint32_t)k)))
		ret = 1;
	while (ret == 0 && combos++ < 64) {
		struct slist args = {0};
		struct buf out = {0};
		for (size_t i = 0; i < k; i++)
			js_slist_push(&args, vals[i].s[pick[i]], vals[i].len[pick[i]]);
		if (js_fold_path(how, &args, &out) == 0 &&
		    !e->visit(e->arg, out.data ? out.data : "", out.len))
			ret = -1;
		buf_free(&out);
		js_slist_free(&args);
		size_t i = 0; /* the next combination */
		while (i < k && ++pick[i] == vals[i].n)
			pick[i++] = 0;
		if (i == k)
			break;
	}
	for (size_t i = 0; i < k; i++)
		js_slist_free(&vals[i]);
	return ret < 0 ? -1 : 0;
}

/* new Promise((res, rej) => ... res(x) ...), later(v) of a helper returning
 * one: what the executor settles it with (1 when it is no such promise). */
static int promise_settled(struct actx *c, TSNode n, const struct each *e, int depth)
{
	struct js_sources s = {0};

	if (js_promise_sources(c, n, &s, depth) > 0)
		return 1;
	return each_source(c, &s, e, each_value, depth + 1);
}

/* A value that does not fold, when one is looked for: the canonical names
 * it resolves to (process.env.HOME; a call as its callee's name and "()",
 * os.homedir()), and the one argument
 * of path.resolve, path.join or path.normalize. */
static int each_resolved(struct actx *c, TSNode n, const struct each *e, int depth)
{
	struct names ns = {0};
	int ret = 0;

	if (node_is(n, "call_expression")) {
		struct names fns = {0};
		js_resolve(c, js_field(n, F_function), &fns, depth + 1);
		bool wrap = js_any_name(&fns, "path.resolve") || js_any_name(&fns, "path.join") ||
			    js_any_name(&fns, "path.normalize") ||
			    js_any_name(&fns, "global.String");
		if (wrap && !ts_node_is_null(js_arg_at(n, 0)) && ts_node_is_null(js_arg_at(n, 1))) {
			names_free(&fns);
			return each_value(c, js_arg_at(n, 0), e, depth + 1);
		}
		if (wrap && e->some && !js_any_name(&fns, "path.normalize") &&
		    !js_any_name(&fns, "global.String") &&
		    (ret = each_joined(c, n, js_any_name(&fns, "path.join") ? "join" : "resolve", e,
				       depth)) != 0) {
			names_free(&fns);
			return ret;
		}
		/* Promise.resolve(x), Promise.reject(x): a promise of x, which
		 * p.then((d) => ...) or p.catch((d) => ...) hands on */
		if ((js_any_name(&fns, "global.Promise.resolve") ||
		     js_any_name(&fns, "global.Promise.reject")) &&
		    !ts_node_is_null(js_arg_at(n, 0))) {
			names_free(&fns);
			return each_value(c, js_arg_at(n, 0), e, depth + 1);
		}
		/* timers/promises: setTimeout(ms, v), setImmediate(v) settle with v */
		TSNode v = js_any_name(&fns, "timers.promises.setTimeout")     ? js_arg_at(n, 1)
			   : js_any_name(&fns, "timers.promises.setImmediate") ? js_arg_at(n, 0)
									       : (TSNode){0};
		if (e->some && !ts_node_is_null(v)) {
			names_free(&fns);
			return each_value(c, v, e, depth + 1);
		}
		/* a call's result as its callee's name and "()": os.homedir() */
		for (int i = 0; i < fns.n && ret == 0; i++) {
			struct buf b = {0};
			buf_append(&b, fns.v[i], strlen(fns.v[i]));
			buf_append(&b, "()", 2);
			ret = e->visit(e->arg, b.data, b.len) ? 0 : -1;
			buf_free(&b);
		}
		names_free(&fns);
		if (ret < 0)
			return ret;
	}
	if ((node_is(n, "new_expression") || (e->some && node_is(n, "call_expression"))) &&
	    (ret = promise_settled(c, n, e, depth)) <= 0)
		return ret;
	ret = 0;
	js_resolve(c, n, &ns, depth + 1);
	for (int i = 0; i < ns.n && ret == 0; i++)
		ret = e->visit(e->arg, ns.v[i], strlen(ns.v[i])) ? 0 : -1;
	names_free(&ns);
	return ret;
}

/* The values stored in a property, when one is looked for: this.t in a
 * method is what the class's methods assign to this.t or its field `t =`
 * (or `#t =`) holds; obj.home of an object literal bound to obj is its
 * member; and what any `X.home = v` of the program assigns when the
 * object is not known (a parameter). Flow-insensitive, by the
 * property's name. */
struct member_walk {
	struct actx *c;
	const struct each *e;
	TSNode prop;
	bool self; /* this.prop: assignments to this.prop, fields */
	int depth, ret;
	TSNode obj; /* o of o.prop: o[k] = v stores too */
};

/* get dir() {...} or static get dir() {...} */
static bool method_is_getter(TSNode m)
{
	for (uint32_t i = 0, k = ts_node_child_count(m); i < k && i < 3; i++) {
		TSNode ch = ts_node_child(m, i);
		if (!ts_node_is_named(ch) && node_is(ch, "get"))
			return true;
	}
	return false;
}

static void member_stores(struct member_walk *w, TSNode n, int depth)
{
	struct js_sources got = {0};

	if (w->ret != 0 || depth > 200 || !actx_step(w->c))
		return;
	if (node_is(n, "assignment_expression") || js_logical_assignment(n)) {
		TSNode left = js_field(n, F_left);
		if (node_is(left, "member_expression") &&
		    js_same_text(w->c, js_field(left, F_property), w->prop) &&
		    (!w->self || node_is(js_field(left, F_object), "this"))) {
			w->ret = each_value(w->c, js_field(n, F_right), w->e, w->depth + 1);
			if (w->ret != 0)
				return;
		}
		TSNode v = {0}; /* o[k] = v, for (const k in src) o[k] = src[k] */
		if (js_keyed_store(w->c, n, w->obj, w->prop, w->e, w->depth, &v) &&
		    !ts_node_is_null(v) && (w->ret = each_value(w->c, v, w->e, w->depth + 1)) != 0)
			return;
	} else if (!w->self && node_is(n, "call_expression") &&
		   js_defined_sources(w->c, n, w->prop, &got) == 0) {
		/* Object.defineProperty, a descriptor's get, __defineGetter__ */
		w->ret = each_source(w->c, &got, w->e, each_value, w->depth + 1);
		return;
	} else if (w->self && node_is(n, "pair") &&
		   js_same_text(w->c, js_field(n, F_key), w->prop)) {
		w->ret = each_value(w->c, js_field(n, F_value), w->e, w->depth + 1);
		return;
	} else if (w->self && node_is(n, "field_definition") &&
		   js_same_text(w->c, js_field(n, F_property), w->prop) &&
		   !ts_node_is_null(js_field(n, F_value))) {
		w->ret = each_value(w->c, js_field(n, F_value), w->e, w->depth + 1);
		return;
	} else if (w->self && node_is(n, "method_definition") && method_is_getter(n) &&
		   js_same_text(w->c, js_field(n, F_name), w->prop)) {
		/* get dir() { return this.#dir }: each value it returns */
		js_body_sources(w->c, js_field(n, F_body), JS_RETURNED, &got);
		w->ret = each_source(w->c, &got, w->e, each_value, w->depth + 1);
		return;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k && w->ret == 0; i++)
		member_stores(w, ts_node_named_child(n, i), depth + 1);
}

/* T[k] (and T[k].prop) with a key that does not fold, of an object
 * literal, when one value is looked for: each member's value (its member
 * prop). -1 when the walk ends, 0 to go on. */
static int each_keyed(struct actx *c, TSNode n, const TSNode *prop, const struct each *e,
		      int depth)
{
	TSNode lit;
	struct buf k = {0};
	bool folds;

	if (!e->some)
		return 0;
	lit = js_object_literal_of(c, js_field(n, F_object), depth + 1);
	if (ts_node_is_null(lit))
		return 0;
	folds = js_fold(c, js_field(n, F_index), &k, depth + 1) == 0;
	buf_free(&k);
	if (folds)
		return 0;
	uint32_t m = ts_node_named_child_count(lit);
	for (uint32_t i = 0; i < m; i++) {
		TSNode el = ts_node_named_child(lit, i), v;
		if (!node_is(el, "pair"))
			continue;
		v = js_field(el, F_value);
		if (prop) {
			TSNode o = js_object_literal_of(c, v, depth + 1);
			char *key = js_node_strdup(node_src(c, *prop), node_len(*prop));
			v = ts_node_is_null(o) ? o
					       : js_object_member(c, o, key, node_len(*prop), depth + 1);
			free(key);
			if (ts_node_is_null(v))
				continue;
		}
		if (each_value(c, v, e, depth + 1) < 0)
			return -1;
	}
	return 0;
}

/* copy.root of a JSON copy of an object literal: its member root, or what
 * that member's toJSON() returns ({ root: { toJSON: () => os.homedir() } }).
 * 1 when obj is not such a copy. */
static int each_json_member(struct actx *c, TSNode obj, TSNode prop, const struct each *e,
			    int depth)
{
	TSNode src;
	int r = js_json_member_source(c, obj, prop, &src, depth);
	return r > 0 ? 1 : r < 0 ? unknown(e) : each_value(c, src, e, depth + 1);
}

/* ev.detail, ev.detail.dir in a listener of et.addEventListener('purge',
 * (ev) => ...): each detail of the program's dispatches of that event (1
 * when n is not such a member of a listener's parameter). */
static int each_event_detail(struct actx *c, TSNode n, const struct each *e, int depth)
{
	struct js_sources s = {0};
	int r = js_event_detail_sources(c, n, &s, depth);
	return r > 0 ? 1 : r < 0 ? unknown(e) : each_source(c, &s, e, each_value, depth + 1);
}

static int each_parsed_option(struct actx *c, TSNode n, const struct each *e, int depth)
{
	struct js_sources s = {0};
	return e->some && js_parsed_option_sources(c, n, &s, depth) == 0
		   ? each_source(c, &s, e, each_value, depth + 1)
		   : 1;
}

/* w.message of a listener's parameter w: of each value emitted to it, a
 * new Error(m)'s m, or a string itself (process.emitWarning(m)); 1 when
 * w is no listener's parameter */
static int each_listener_message(struct actx *c, TSNode obj, const struct each *e, int depth)
{
	const struct binding *b;
	struct js_sources s = {0};
	size_t i = 0;
	int idx, ret = 0;

	if (!node_is(obj, "identifier") || !(b = js_next_visible(c, obj, &i)) ||
	    b->kind != BIND_LOCAL || !js_is_function_literal(b->value) ||
	    (idx = js_param_index(c, b->value, obj)) < 0 ||
	    js_listener_sources(c, b->value, (uint32_t)idx, &s, depth) < 0)
		return 1;
	if (s.unknown && unknown(e) < 0)
		return -1;
	for (size_t k = 0; k < s.n && ret == 0; k++) {
		TSNode v = s.v[k], made = js_bound_literal(c, v, "new_expression", 'e', depth + 1);
		if (s.star[k] || ts_node_is_null(v))
			continue;
		if (node_is(v, "identifier") && !ts_node_is_null(made))
			v = made; /* const err = new Error(m) */
		TSNode ctor = js_field(v, F_constructor);
		if ((node_is(v, "new_expression") || node_is(v, "call_expression")) &&
		    !node_is(ctor, "identifier"))
			ctor = js_field(v, F_function);
		if (node_is(ctor, "identifier") && node_len(ctor) >= 5 &&
		    memcmp(node_src(c, ctor) + node_len(ctor) - 5, "Error", 5) == 0)
			ret = each_value(c, js_arg_at(v, 0), e, depth + 1);
		else
			ret = each_value(c, v, e, depth + 1);
	}
	return ret;
}

/* The body of the class obj is or is an instance of: C of class C {...}
 * (its static members), new C(), or a name bound to either; a null node
 * otherwise. */
static TSNode class_body_of(struct actx *c, TSNode obj, int depth)
{
	TSNode cls, made;

	while (node_is(obj, "parenthesized_expression"))
		obj = js_last_named(obj);
	made = node_is(obj, "new_expression")
		   ? obj
		   : js_bound_literal(c, obj, "new_expression", 'e', depth + 1);
	if (!ts_node_is_null(made))
		obj = js_field(made, F_constructor);
	if (!node_is(obj, "identifier"))
		return (TSNode){0};
	cls = js_bound_literal(c, obj, "class_declaration", 'k', depth + 1);
	if (ts_node_is_null(cls))
		cls = js_bound_literal(c, obj, "class", 'k', depth + 1);
	return ts_node_is_null(cls) ? cls : js_field(cls, F_body);
}

/* member_stores over a class body and the bodies of the classes it
 * extends (a few levels): an inherited field or getter. */
static int class_chain_stores(struct member_walk *w, TSNode body)
{
	TSNode cls = ts_node_parent(body);
	member_stores(w, body, 0);
	for (int level = 0; level < 4 && w->ret == 0 && !ts_node_is_null(cls); level++) {
		cls = js_parent_class(w->c, cls);
		if (!ts_node_is_null(cls))
			member_stores(w, js_field(cls, F_body), 0);
	}
	return w->ret;
}

static int each_member(struct actx *c, TSNode n, const struct each *e, int depth)
{
	TSNode obj = js_field(n, F_object), prop = js_field(n, F_property), scope = n, up;
	struct member_walk w = {c, e, prop, node_is(obj, "this"), depth, 0};
	int ev;

	if (!node_is(prop, "property_identifier") && !node_is(prop, "private_property_identifier"))
		return 0;
	if (w.self) { /* the class the method is in */
		while (!ts_node_is_null(up = ts_node_parent(scope)) &&
		       !node_is(scope, "class_body") && !node_is(scope, "object"))
			scope = up;
		if (node_is(scope, "object")) { /* a method of an object literal */
			member_stores(&w, scope, 0);
			return w.ret;
		}
		if (!node_is(scope, "class_body"))
			return 0;
	} else {
		TSNode lit = js_object_literal_of(c, obj, depth + 1);
		w.obj = obj;
		if (ts_node_is_null(lit) && node_text_is(c, prop, "cause"))
			lit = js_error_options(c, obj, depth + 1); /* err.cause */
		if (ts_node_is_null(lit) &&
		    (node_is(obj, "identifier") || node_is(obj, "call_expression")) &&
		    (ev = each_json_member(c, obj, prop, e, depth + 1)) != 1)
			return ev; /* JSON.parse(JSON.stringify(o)).root */
		if (!ts_node_is_null(lit)) {
			char *key = js_node_strdup(node_src(c, prop), node_len(prop));
			TSNode m = js_object_member(c, lit, key, node_len(prop), depth + 1);
			free(key);
			if (!ts_node_is_null(m) && (w.ret = each_value(c, m, e, depth + 1)) != 0)
				return w.ret;
		} else if ((ev = js_each_caught_cause(c, obj, prop, e, depth + 1)) != 1) {
			return ev; /* err.cause.dir in catch (err) */
		} else if ((ev = each_parsed_option(c, n, e, depth + 1)) != 1) {
			return ev; /* values.dir of util.parseArgs(...) */
		} else if ((ev = each_event_detail(c, n, e, depth + 1)) != 1) {
			/* ev.detail, ev.detail.dir of a CustomEvent's listener */
			return ev;
		} else if (e->some && node_text_is(c, prop, "message") &&
			   (ev = each_listener_message(c, obj, e, depth + 1)) != 1) {
			return ev; /* w.message of process.on('warning', (w) => ...) */
		} else if (e->some &&
			   (w.ret = js_each_map_value(c, obj, prop, e, depth + 1)) != 0) {
			return w.ret; /* priv.get(this).root of priv.set(this, { root }) */
		} else if (node_is(obj, "subscript_expression") &&
			   (w.ret = each_keyed(c, obj, &prop, e, depth + 1)) != 0) {
			/* SHELLS[sh].rc: each entry's rc */
			return w.ret;
		} else if (node_is(obj, "identifier") &&
			   (w.ret = each_arg_part(c, obj, node_src(c, prop), node_len(prop), e,
						  depth + 1)) != 0) {
			/* j.op of for (const j of jobs): each element's op */
			return w.ret;
		}
		TSNode body = e->some ? class_body_of(c, obj, depth) : (TSNode){0};
		if (!ts_node_is_null(body)) {
			/* store.dir, Cfg.target: the class's fields, getters and
			 * what its methods assign to this.dir, and those of the
			 * classes it extends */
			struct member_walk cw = {c, e, prop, true, depth, 0};
			if ((cw.ret = class_chain_stores(&cw, body)) != 0)
				return cw.ret;
		}
		while (!ts_node_is_null(up = ts_node_parent(scope)))
			scope = up;
	}
	if (w.self) /* this.dir in a method: the class and those it extends */
		return class_chain_stores(&w, scope);
	member_stores(&w, scope, 0);
	return w.ret;
}

static int each_value(struct actx *c, TSNode n, const struct each *e, int depth)
{
	struct buf v = {0};
	int ret;

	if (ts_node_is_null(n) || depth > RESOLVE_DEPTH || !actx_step(c))
		return unknown(e);
	if (node_is(n, "parenthesized_expression"))
		return each_value(c, js_last_named(n), e, depth + 1);
	if (node_is(n, "ternary_expression"))
		return each_value(c, js_field(n, F_consequence), e, depth + 1) == 0 &&
			       each_value(c, js_field(n, F_alternative), e, depth + 1) == 0
			   ? 0
			   : -1;
	if (node_is(n, "binary_expression") && (node_text_is(c, js_field(n, F_operator), "||") ||
						node_text_is(c, js_field(n, F_operator), "??")))
		/* a || b, a ?? b: either side (folding takes the left) */
		return each_value(c, js_field(n, F_left), e, depth + 1) == 0 &&
			       each_value(c, js_field(n, F_right), e, depth + 1) == 0
			   ? 0
			   : -1;
	if (e->some && node_is(n, "yield_expression")) { /* const v = yield: it.next(v) */
		struct js_sources sent = {0};
		if (js_sent_sources(c, n, &sent) == 0)
			return each_source(c, &sent, e, each_value, depth + 1);
	}
	/* every binding, not the first that folds; { dir } of a cause too */
	if (node_is(n, "identifier") || node_is(n, "shorthand_property_identifier"))
		return each_name(c, n, e, depth);
	/* [...args, x]: a spread at the head of an array starts with its list's
	 * first element (what `. (_) @first` in a pattern means) */
	if (node_is(n, "spread_element") && ts_node_is_null(ts_node_prev_named_sibling(n)))
		return first_element(c, ts_node_named_child(n, 0), e, depth + 1);
	/* some value of a list: one of its elements (a program's arguments
	 * held in a name) */
	if (e->some && node_is(n, "array"))
		return each_element(c, n, e, depth + 1);
	if (js_fold(c, n, &v, depth + 1) == 0) {
		ret = e->visit(e->arg, v.data ? v.data : "", v.len) ? 0 : -1;
		buf_free(&v);
		return ret;
	}
	buf_free(&v);
	if (!e->some) /* all values: those of o.key of a literal o and its stores */
		return js_literal_member_assigned(c, n, depth) ? each_member(c, n, e, depth) : -1;
	if (node_is(n, "await_expression")) /* what the promise settles with */
		return each_value(c, js_last_named(n), e, depth + 1);
	if (node_is(n, "call_expression") && ts_node_is_null(js_arg_at(n, 0)) &&
	    node_is(js_field(n, F_function), "member_expression") &&
	    node_text_is(c, js_field(js_field(n, F_function), F_property), "toString"))
		/* chunk.toString(): the text the chunk is */
		return each_value(c, js_field(js_field(n, F_function), F_object), e, depth + 1);
	if (node_is(n, "shorthand_property_identifier_pattern") || node_is(n, "pair_pattern") ||
	    (node_is(n, "member_expression") &&
	     node_text_is(c, js_field(n, F_property), "promise"))) {
		struct js_sources s = {0}; /* Promise.withResolvers() */
		if (js_resolvers_sources(c, n, &s, depth) == 0)
			return each_source(c, &s, e, each_value, depth + 1);
	}
	if (node_is(n, "template_string") || (node_is(n, "binary_expression") &&
					      node_text_is(c, js_field(n, F_operator), "+")))
		return js_each_concat(c, n, collect_some, e->visit, e->arg, depth + 1);
	TSNode callee = node_is(n, "call_expression") ? js_field(n, F_function) : (TSNode){0};
	if (node_is(callee, "member_expression") && /* a list: a.concat(b), a.flatMap(f) */
	    (node_text_is(c, js_field(callee, F_property), "concat") ||
	     node_text_is(c, js_field(callee, F_property), "flatMap")) &&
	    each_element(c, n, e, depth + 1) < 0)
		return -1;
	if ((node_is(n, "new_expression") || node_is(n, "call_expression")) &&
	    (ret = js_each_file_url(c, n, e, depth)) <= 0)
		return ret;
	if (node_is(n, "member_expression") &&
	    (ret = js_each_descriptor_value(c, n, e, depth)) <= 0)
		return ret; /* Object.getOwnPropertyDescriptor(o, 'k').value */
	if (node_is(n, "member_expression") && node_text_is(c, js_field(n, F_property), "value") &&
	    (ret = each_next_value(c, js_field(n, F_object), e, depth)) <= 0)
		return ret;
	if ((node_is(n, "shorthand_property_identifier_pattern") && node_text_is(c, n, "value")) ||
	    (node_is(n, "pair_pattern") && node_text_is(c, js_field(n, F_key), "value"))) {
		TSNode pat = ts_node_parent(n), decl = ts_node_parent(pat);
		if (node_is(pat, "object_pattern") && node_is(decl, "variable_declarator") &&
		    (ret = each_next_value(c, js_field(decl, F_value), e, depth)) <= 0)
			return ret;
	}
	if (e->some &&
	    (node_is(n, "shorthand_property_identifier_pattern") ||
	     (node_is(n, "pair_pattern") && node_is(js_field(n, F_key), "property_identifier")))) {
		/* { root } = priv.get(this): the root of each object stored */
		TSNode pat = ts_node_parent(n), decl = ts_node_parent(pat);
		TSNode key = node_is(n, "pair_pattern") ? js_field(n, F_key) : n;
		if (node_is(pat, "object_pattern") && node_is(decl, "variable_declarator") &&
		    (ret = js_each_map_value(c, js_field(decl, F_value), key, e, depth)) != 0)
			return ret;
	}
	TSNode red = node_is(n, "call_expression") ? js_arg_at(n, 0) : (TSNode){0};
	if (js_is_function_literal(red) && !ts_node_is_null(red = js_reduce_call(c, red)) &&
	    ts_node_eq(red, n)) { /* list.reduce(fn, init): what fn returns */
		TSNode body = js_field(js_arg_at(n, 0), F_body);
		struct js_sources rs = {0};
		if (!node_is(body, "statement_block"))
			return each_value(c, body, e, depth + 1);
		js_body_sources(c, body, JS_RETURNED, &rs);
		return each_source(c, &rs, e, each_value, depth + 1);
	}
	struct js_sources ws = {0}; /* a web stream's chunk (reader.read()'s value), f()'s return */
	if ((!node_is(n, "new_expression") && js_stream_sources(c, n, &ws, depth) == 0) ||
	    js_call_returns(c, n, &ws) == 0)
		return each_source(c, &ws, e, each_value, depth + 1);
	if (node_is(n, "member_expression") &&
	    (node_text_is(c, js_field(n, F_property), "reason") ||
	     node_text_is(c, js_field(n, F_property), "value"))) {
		struct js_sources s = {0}; /* AbortSignal.abort(v).reason, allSettled's r.value */
		if (js_abort_reason_sources(c, n, &s, depth) == 0)
			return each_source(c, &s, e, each_value, depth + 1);
	}
	if (node_is(n, "member_expression") && (ret = each_member(c, n, e, depth)) != 0)
		return ret;
	/* list.find(f), list.at(-1), list.pop(), list.toSorted()[0], when one
	 * value is looked for: one of list's elements */
	TSNode ep = node_is(callee, "member_expression") ? js_field(callee, F_property) : n;
	if (e->some && !ts_node_eq(ep, n) &&
	    (node_text_is(c, ep, "find") || node_text_is(c, ep, "findLast") ||
	     node_text_is(c, ep, "at") || node_text_is(c, ep, "pop") ||
	     node_text_is(c, ep, "shift")))
		return each_element(c, js_field(callee, F_object), e, depth + 1);
	if (e->some && node_is(n, "subscript_expression") &&
	    node_is(js_field(n, F_index), "number") &&
	    node_is(js_field(n, F_object), "call_expression"))
		return each_element(c, js_field(n, F_object), e, depth + 1);
	if (e->some && node_is(n, "subscript_expression") && /* arguments[1]: each call's */
	    node_text_is(c, js_field(n, F_object), "arguments") &&
	    node_is(js_field(n, F_index), "number") && node_len(js_field(n, F_index)) == 1 &&
	    isdigit((unsigned char)*node_src(c, js_field(n, F_index))))
		return js_each_arguments_at(
		    c, n, (uint32_t)(*node_src(c, js_field(n, F_index)) - '0'), e, depth);
	/* list[0], when one value is looked for: one of list's elements (those
	 * push()ed too) */
	if (e->some && node_is(n, "subscript_expression") &&
	    node_is(js_field(n, F_index), "number") &&
	    (node_is(js_field(n, F_object), "identifier") ||
	     node_text_is(c, js_field(n, F_object), "process.argv")))
		return each_element(c, js_field(n, F_object), e, depth + 1);
	if (node_is(n, "subscript_expression") && (ret = each_keyed(c, n, NULL, e, depth)) != 0)
		return ret;
	char key[NAME_MAX_LEN];
	if (js_map_key_name(c, n, "get", key, sizeof(key))) { /* m.get('k') of m.set('k', v) */
		const struct binding *b;
		size_t i = 0;
		ret = 0;
		while (ret == 0 && (b = js_next_visible_name(c, key, strlen(key), n, &i)))
			if (b->kind == BIND_VALUE)
				ret = each_value(c, b->value, e, depth + 1);
		if (ret != 0)
			return ret;
	}
	if (e->some && (ret = js_each_map_value(c, n, (TSNode){0}, e, depth)) != 0)
		return ret;
	return each_resolved(c, n, e, depth);
}

int js_each_value(struct actx *c, TSNode n, bool some,
		  bool (*visit)(void *arg, const char *s, size_t len), void *arg, int depth)
{
	struct each e = {some, visit, arg, false, &values_walk};
	return each_value(c, n, &e, depth);
}

int js_first_value(struct actx *c, TSNode n, bool (*visit)(void *arg, const char *s, size_t len),
		   void *arg, int depth)
{
	struct each e = {false, visit, arg, false, &values_walk};
	return first_element(c, n, &e, depth);
}
