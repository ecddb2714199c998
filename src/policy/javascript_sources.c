/*
 * JavaScript: where a value comes from, found without following it. Each
 * function here names the expressions a value is taken from -- the object
 * literal a name stands for, the source of a JSON copy, what an executor
 * settles a promise with, what a body returns, yields or throws -- and
 * javascript_values.c follows each of them to its values (those of an
 * event's listeners: javascript_events.c); javascript_fold.c takes the
 * lists a fold starts from here too (the array literal of a list, an
 * AggregateError's).
 */
#include <stdlib.h>
#include <string.h>

#include "policy/javascript.h"

/* One more source; unknown when the list is full (fail closed). */
void js_sources_add(struct js_sources *s, TSNode n, bool star)
{
	if (s->n == JS_SOURCES_MAX) {
		s->unknown = true;
		return;
	}
	s->star[s->n] = star;
	s->v[s->n++] = n;
}

bool js_same_text(const struct actx *c, TSNode a, TSNode b)
{
	return node_len(a) == node_len(b) &&
	       memcmp(node_src(c, a), node_src(c, b), node_len(a)) == 0;
}

/* fs.readdirSync(dir), fs.readdir, fs.promises.readdir, a readdirSync
 * destructured (not withFileTypes: its entries are objects) */
bool js_call_lists_dir(struct actx *c, TSNode call, int depth)
{
	struct names ns = {0};
	TSNode fn = js_field(call, F_function), prop = js_field(fn, F_property);
	bool dir;

	if (!ts_node_is_null(js_arg_at(call, 1)) ||
	    !(node_is(fn, "identifier") ||
	      (node_is(fn, "member_expression") &&
	       (node_text_is(c, prop, "readdirSync") || node_text_is(c, prop, "readdir")))))
		return false;
	js_resolve(c, fn, &ns, depth + 1);
	dir = js_any_name(&ns, "fs.readdirSync") || js_any_name(&ns, "fs.readdir") ||
	      js_any_name(&ns, "fs.promises.readdir");
	names_free(&ns);
	return dir;
}

/* new E(m, { cause }) bound to obj or returned by the function obj calls:
 * the options literal, whose cause is err.cause */
TSNode js_error_options(struct actx *c, TSNode obj, int depth)
{
	TSNode made = obj;

	if (node_is(obj, "identifier") || node_is(obj, "call_expression"))
		made = js_bound_literal(c, obj, "new_expression", 'e', depth + 1);
	if (!node_is(made, "new_expression"))
		return (TSNode){0};
	TSNode ctor = js_field(made, F_constructor), opts = js_arg_at(made, 1);
	if (!node_is(ctor, "identifier") || node_len(ctor) < 5 ||
	    memcmp(node_src(c, ctor) + node_len(ctor) - 5, "Error", 5) != 0 ||
	    !ts_node_is_null(js_arg_at(made, 2)))
		return (TSNode){0};
	return js_bound_literal(c, opts, "object", 'o', depth + 1);
}

/* The object literal obj stands for: a name bound to one, or a member
 * of one (state.dirs of const state = { dirs: {...} }). */
TSNode js_object_literal_of(struct actx *c, TSNode obj, int depth)
{
	if (depth > RESOLVE_DEPTH)
		return (TSNode){0};
	if (node_is(obj, "object"))
		return obj;
	if (!node_is(obj, "member_expression"))
		return js_bound_literal(c, obj, "object", 'o', depth + 1);
	TSNode base = js_object_literal_of(c, js_field(obj, F_object), depth + 1);
	TSNode prop = js_field(obj, F_property);
	if (ts_node_is_null(base) && node_text_is(c, prop, "cause")) /* err.cause.dir */
		base = js_error_options(c, js_field(obj, F_object), depth + 1);
	if (ts_node_is_null(base) || !node_is(prop, "property_identifier"))
		return (TSNode){0};
	char *key = js_node_strdup(node_src(c, prop), node_len(prop));
	TSNode m = js_object_member(c, base, key, node_len(prop), depth + 1);
	free(key);
	return ts_node_is_null(m) ? m : js_object_literal_of(c, m, depth + 1);
}

/* ---- what a body returns, yields or throws ---- */

/* The value of `return x`, `yield x` (star: `yield* list`, its elements)
 * or `throw x` below n, not those of the functions it defines (nor, for
 * throw, of the try blocks inside it, whose catch takes them). */
static void body_walk(struct actx *c, TSNode n, enum js_site kind, struct js_sources *s, int walk)
{
	if (walk > 200 || !actx_step(c)) {
		s->unknown = true;
		return;
	}
	if (kind == JS_YIELDED && node_is(n, "yield_expression")) {
		bool star = false;
		TSNode arg = {0};
		for (uint32_t i = 0; i < ts_node_child_count(n); i++) {
			TSNode ch = ts_node_child(n, i);
			if (node_is(ch, "*"))
				star = true;
			else if (ts_node_is_named(ch) && !node_is(ch, "comment"))
				arg = ch;
		}
		if (!ts_node_is_null(arg))
			js_sources_add(s, arg, star);
		return;
	}
	if ((kind == JS_RETURNED && node_is(n, "return_statement")) ||
	    (kind == JS_THROWN && node_is(n, "throw_statement"))) {
		if (ts_node_named_child_count(n))
			js_sources_add(s, js_last_named(n), false);
		return;
	}
	if (walk > 0 && (js_type_is_any(n, js_function_types) ||
			 (kind == JS_THROWN && node_is(n, "try_statement"))))
		return;
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k && !(s->unknown && s->n == JS_SOURCES_MAX); i++)
		body_walk(c, ts_node_named_child(n, i), kind, s, walk + 1);
}

void js_body_sources(struct actx *c, TSNode body, enum js_site kind, struct js_sources *s)
{
	body_walk(c, body, kind, s, 0);
}

/* The function's own root: the program. */
TSNode js_root_of(TSNode n)
{
	TSNode up;
	while (!ts_node_is_null(up = ts_node_parent(n)))
		n = up;
	return n;
}

/* ---- promises ---- */

/* The arguments of the calls of `res` or `rej` (an executor's parameters)
 * in n, not inside the functions it defines. */
static void settle_args(struct actx *c, TSNode n, TSNode res, TSNode rej, struct js_sources *s,
			int walk)
{
	if (walk > 200 || !actx_step(c)) {
		s->unknown = true;
		return;
	}
	if (node_is(n, "call_expression")) {
		TSNode fn = js_field(n, F_function);
		if (node_is(fn, "identifier") &&
		    ((node_is(res, "identifier") && js_same_text(c, fn, res)) ||
		     (node_is(rej, "identifier") && js_same_text(c, fn, rej))) &&
		    !ts_node_is_null(js_arg_at(n, 0)))
			js_sources_add(s, js_arg_at(n, 0), false);
		/* setTimeout(res, ms, v), setImmediate(res, v), process.nextTick(res,
		 * v): the scheduler calls res(v) */
		TSNode a0 = js_arg_at(n, 0),
		       sched = node_is(fn, "member_expression") ? js_field(fn, F_property) : fn;
		uint32_t at =
		    node_text_is(c, sched, "setTimeout") ? 2
		    : node_text_is(c, sched, "setImmediate") || node_text_is(c, sched, "nextTick")
			? 1
			: 0;
		if (at > 0 && node_is(a0, "identifier") &&
		    ((node_is(res, "identifier") && js_same_text(c, a0, res)) ||
		     (node_is(rej, "identifier") && js_same_text(c, a0, rej))) &&
		    !ts_node_is_null(js_arg_at(n, at)))
			js_sources_add(s, js_arg_at(n, at), false);
	}
	if (walk > 0 && js_type_is_any(n, js_function_types))
		return;
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		settle_args(c, ts_node_named_child(n, i), res, rej, s, walk + 1);
}

int js_promise_sources(struct actx *c, TSNode n, struct js_sources *s, int depth)
{
	TSNode exec = js_arg_at(n, 0), params;
	struct names ns = {0};
	bool promise;

	if (node_is(n, "call_expression"))
		return js_own_promise_sources(c, js_field(n, F_function), s, depth);

	if (!js_is_function_literal(exec))
		return 1;
	js_resolve(c, js_field(n, F_constructor), &ns, depth + 1);
	promise = js_any_name(&ns, "global.Promise");
	names_free(&ns);
	if (!promise)
		return 1;
	params = js_field(exec, F_parameters);
	TSNode res = js_field(exec, F_parameter), rej = {0};
	if (ts_node_is_null(res) && !ts_node_is_null(params)) {
		uint32_t k = ts_node_named_child_count(params);
		res = k > 0 ? ts_node_named_child(params, 0) : (TSNode){0};
		rej = k > 1 ? ts_node_named_child(params, 1) : (TSNode){0};
	}
	settle_args(c, js_field(exec, F_body), res, rej, s, 0);
	return 0;
}

/* ---- JSON copies ---- */

/* JSON.parse(JSON.stringify(x)), or a name bound to it: x, whose copy it
 * is; null otherwise. */
static TSNode json_copy_of(struct actx *c, TSNode n, int depth)
{
	const struct binding *b;
	size_t i = 0;
	TSNode src = {0};

	while (node_is(n, "parenthesized_expression"))
		n = js_last_named(n);
	if (node_is(n, "identifier")) {
		if (!js_path_enter(c, n, 'j'))
			return src;
		while (ts_node_is_null(src) && (b = js_next_visible(c, n, &i)))
			if (b->kind == BIND_VALUE && node_is(b->value, "call_expression"))
				src = json_copy_of(c, b->value, depth + 1);
		js_path_leave();
		return src;
	}
	TSNode inner = js_arg_at(n, 0);
	if (!node_is(n, "call_expression") || !node_is(inner, "call_expression") ||
	    depth > RESOLVE_DEPTH)
		return src;
	struct names outer = {0}, str = {0};
	js_resolve(c, js_field(n, F_function), &outer, depth + 1);
	if (js_any_name(&outer, "global.JSON.parse")) {
		js_resolve(c, js_field(inner, F_function), &str, depth + 1);
		if (js_any_name(&str, "global.JSON.stringify"))
			src = js_arg_at(inner, 0);
	}
	names_free(&outer);
	names_free(&str);
	return src;
}

int js_json_member_source(struct actx *c, TSNode obj, TSNode prop, TSNode *out, int depth)
{
	TSNode src = json_copy_of(c, obj, depth + 1), lit, m, to = {0};

	if (ts_node_is_null(src))
		return 1;
	lit = js_object_literal_of(c, src, depth + 1);
	char *key = js_node_strdup(node_src(c, prop), node_len(prop));
	m = ts_node_is_null(lit) ? lit : js_object_member(c, lit, key, node_len(prop), depth + 1);
	free(key);
	if (ts_node_is_null(m) || node_is(m, "shorthand_property_identifier"))
		return -1;
	lit = js_object_literal_of(c, m, depth + 1);
	if (!ts_node_is_null(lit))
		to = js_object_member(c, lit, "toJSON", 6, depth + 1);
	for (uint32_t i = 0;
	     ts_node_is_null(to) && !ts_node_is_null(lit) && i < ts_node_named_child_count(lit);
	     i++) { /* { toJSON() { ... } } */
		TSNode meth = ts_node_named_child(lit, i);
		if (node_is(meth, "method_definition") &&
		    node_text_is(c, js_field(meth, F_name), "toJSON"))
			to = meth;
	}
	if (node_is(to, "arrow_function") || node_is(to, "function_expression") ||
	    node_is(to, "method_definition")) {
		TSNode body = js_field(to, F_body);
		if (!node_is(body, "statement_block")) {
			*out = body;
			return 0;
		}
		for (uint32_t i = 0; i < ts_node_named_child_count(body); i++) {
			TSNode st = ts_node_named_child(body, i);
			if (node_is(st, "return_statement") && ts_node_named_child_count(st)) {
				*out = js_last_named(st);
				return 0;
			}
		}
		return -1;
	}
	*out = m;
	return 0;
}

/* ---- lists, for folding ---- */

/* cfg.parts and this.parts of an object literal's method: the value of a
 * member of an object literal, or a null node */
TSNode js_member_list(struct actx *c, TSNode n)
{
	TSNode obj = js_field(n, F_object), prop = js_field(n, F_property), o = {0};

	if (!node_is(prop, "property_identifier"))
		return (TSNode){0};
	if (node_is(obj, "this")) {
		/* the nearest function that has its own this */
		for (TSNode up = ts_node_parent(n); !ts_node_is_null(up); up = ts_node_parent(up)) {
			if (node_is(up, "arrow_function"))
				continue;
			if (node_is(up, "method_definition")) {
				TSNode holder = ts_node_parent(up);
				if (node_is(holder, "object"))
					o = holder;
				break;
			}
			if (js_type_is_any(up, js_function_types))
				break;
		}
	} else {
		o = js_bound_literal(c, obj, "object", 'o', 0);
	}
	return ts_node_is_null(o) ? o
				  : js_object_member(c, o, node_src(c, prop), node_len(prop), 0);
}

/* The array literal a list folds from (a literal, or the one value of a
 * name no push or splice changes), when none of its elements is spread. */
TSNode js_map_source(struct actx *c, TSNode n)
{
	while (node_is(n, "parenthesized_expression"))
		n = js_last_named(n);
	if (node_is(n, "identifier")) {
		size_t i = 0;
		const struct binding *b = js_next_visible(c, n, &i), *more;
		size_t j = i;
		if (b == NULL || b->kind != BIND_VALUE || js_list_change(c, b, n) ||
		    (more = js_next_visible(c, n, &j)) != NULL)
			return (TSNode){0};
		n = b->value;
	}
	if (node_is(n, "member_expression"))
		n = js_member_list(c, n);
	if (!node_is(n, "array") || ts_node_named_child_count(n) > MAP_LISTS_MAX)
		return (TSNode){0};
	for (uint32_t i = 0; i < ts_node_named_child_count(n); i++)
		if (node_is(ts_node_named_child(n, i), "spread_element"))
			return (TSNode){0};
	return n;
}

/* The list of a `throw new AggregateError(list)` in n, not in the
 * functions it defines; a null node when there is none. */
static TSNode thrown_aggregate(struct actx *c, TSNode n, int depth, int walk)
{
	if (walk > 200 || !actx_step(c) || (walk > 0 && js_type_is_any(n, js_function_types)))
		return (TSNode){0};
	if (node_is(n, "throw_statement")) {
		TSNode v = js_last_named(n);
		struct names ns = {0};
		if (!node_is(v, "new_expression"))
			return (TSNode){0};
		js_resolve(c, js_field(v, F_constructor), &ns, depth + 1);
		bool agg = js_any_name(&ns, "global.AggregateError");
		names_free(&ns);
		return agg ? js_arg_at(v, 0) : (TSNode){0};
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++) {
		TSNode l = thrown_aggregate(c, ts_node_named_child(n, i), depth, walk + 1);
		if (!ts_node_is_null(l))
			return l;
	}
	return (TSNode){0};
}

/* The list of agg.errors, agg the value of Promise.any(list) (the
 * rejection a .catch((agg) => ...) is bound to) or of new
 * AggregateError(list); each Promise.reject(x) of it folds to x. A null
 * node otherwise. */
TSNode js_rejected_list(struct actx *c, TSNode obj, int depth)
{
	const struct binding *b;
	size_t i = 0;
	TSNode v = {0};

	if (!node_is(obj, "identifier"))
		return v;
	for (TSNode up = ts_node_parent(obj); !ts_node_is_null(up); up = ts_node_parent(up)) {
		TSNode param = js_field(up, F_parameter);
		if (node_is(up, "catch_clause") && node_is(param, "identifier") &&
		    node_len(param) == node_len(obj) &&
		    memcmp(node_src(c, param), node_src(c, obj), node_len(obj)) == 0)
			/* catch (e) { ... e.errors ... } of a try that throws one */
			return thrown_aggregate(c, js_field(ts_node_parent(up), F_body), depth, 0);
	}
	if (!js_path_enter(c, obj, 'a'))
		return v;
	while (ts_node_is_null(v) && (b = js_next_visible(c, obj, &i))) {
		TSNode val = b->value;
		struct names ns = {0};
		if (b->kind == BIND_VALUE && node_is(val, "identifier")) {
			v = js_rejected_list(c, val, depth + 1); /* const p = Promise.any(...) */
			continue;
		}
		if (b->kind != BIND_VALUE ||
		    !(node_is(val, "call_expression") || node_is(val, "new_expression")))
			continue;
		TSNode callee =
		    js_field(val, node_is(val, "call_expression") ? F_function : F_constructor);
		js_resolve(c, callee, &ns, depth + 1);
		if (js_any_name(&ns, "global.Promise.any") ||
		    js_any_name(&ns, "global.AggregateError"))
			v = js_arg_at(val, 0);
		names_free(&ns);
	}
	js_path_leave();
	return v;
}

/* ---- what a library call hands back of its arguments ---- */

/* The call n is, or the call a name is bound to, when its callee resolves
 * to name; a null node otherwise. */
static TSNode call_of(struct actx *c, TSNode n, const char *name, int depth)
{
	struct names ns = {0};
	bool hit;

	while (node_is(n, "parenthesized_expression") || node_is(n, "await_expression"))
		n = js_last_named(n);
	if (node_is(n, "identifier"))
		n = js_bound_literal(c, n, "call_expression", 'G', depth + 1);
	if (!node_is(n, "call_expression"))
		return (TSNode){0};
	js_resolve(c, js_field(n, F_function), &ns, depth + 1);
	hit = js_any_name(&ns, name);
	names_free(&ns);
	return hit ? n : (TSNode){0};
}

/* Whether element el may fall in group `group` of a grouping callback
 * cb: (x) => x.kind puts { kind: 'tmp', ... } in group 'tmp' only. */
static bool in_group(struct actx *c, TSNode cb, TSNode el, const char *group, size_t glen,
		     int depth)
{
	TSNode body = js_field(cb, F_body), param = js_field(cb, F_parameter), m;
	size_t len;

	if (ts_node_is_null(param)) {
		TSNode ps = js_field(cb, F_parameters);
		param = ts_node_named_child_count(ps) ? ts_node_named_child(ps, 0) : param;
	}
	if (!group || !node_is(body, "member_expression") || !node_is(param, "identifier") ||
	    !js_same_text(c, js_field(body, F_object), param) ||
	    !node_is(el = js_object_literal_of(c, el, depth + 1), "object"))
		return true;
	TSNode prop = js_field(body, F_property);
	char *key = js_node_strdup(node_src(c, prop), node_len(prop));
	m = js_object_member(c, el, key, node_len(prop), depth + 1);
	free(key);
	char *v = ts_node_is_null(m) ? NULL : fold_dup(c, m, depth + 1, &len);
	bool in = v == NULL || (len == glen && memcmp(v, group, len) == 0);
	free(v);
	return in;
}

int js_group_sources(struct actx *c, TSNode n, struct js_sources *s, int depth)
{
	TSNode g = {0}, fn = js_field(n, F_function), key = {0}, list, cb;
	size_t glen = 0;

	if (node_is(n, "member_expression") || node_is(n, "subscript_expression")) {
		g = call_of(c, js_field(n, F_object), "global.Object.groupBy", depth);
		key = js_field(n, node_is(n, "member_expression") ? F_property : F_index);
	} else if (node_is(n, "call_expression") && node_is(fn, "member_expression") &&
		   node_text_is(c, js_field(fn, F_property), "get")) {
		g = call_of(c, js_field(fn, F_object), "global.Map.groupBy", depth);
		key = js_arg_at(n, 0);
	}
	if (ts_node_is_null(g))
		return 1;
	list = js_bound_literal(c, js_arg_at(g, 0), "array", 'H', depth + 1);
	cb = js_arg_at(g, 1);
	char *group = node_is(key, "property_identifier")
			  ? js_node_strdup(node_src(c, key), glen = node_len(key))
			  : fold_dup(c, key, depth + 1, &glen);
	if (!node_is(list, "array") || !js_is_function_literal(cb))
		js_sources_add(s, js_arg_at(g, 0), true);
	else
		for (uint32_t j = 0, k = ts_node_named_child_count(list); j < k; j++) {
			TSNode el = ts_node_named_child(list, j);
			if (node_is(el, "spread_element"))
				js_sources_add(s, ts_node_named_child(el, 0), true);
			else if (!node_is(el, "comment") && in_group(c, cb, el, group, glen, depth))
				js_sources_add(s, el, false);
		}
	free(group);
	return 0;
}

TSNode js_stream_list(struct actx *c, TSNode n, int depth)
{
	TSNode r = call_of(c, n, "stream.Readable.from", depth);
	return ts_node_is_null(r) ? r : js_arg_at(r, 0);
}

/* The arguments of the calls of `res` or `rej` anywhere under n, or of
 * obj.resolve/obj.reject when obj is given (its text). */
static void resolver_args(struct actx *c, TSNode n, TSNode res, TSNode rej, TSNode obj,
			  struct js_sources *s, int walk)
{
	if (walk > 400 || !actx_step(c)) {
		s->unknown = true;
		return;
	}
	if (node_is(n, "call_expression") && !ts_node_is_null(js_arg_at(n, 0))) {
		TSNode fn = js_field(n, F_function), p = js_field(fn, F_property);
		if (ts_node_is_null(obj) && node_is(fn, "identifier") &&
		    ((!ts_node_is_null(res) && js_same_text(c, fn, res)) ||
		     (!ts_node_is_null(rej) && js_same_text(c, fn, rej))))
			js_sources_add(s, js_arg_at(n, 0), false);
		else if (!ts_node_is_null(obj) && node_is(fn, "member_expression") &&
			 js_same_text(c, js_field(fn, F_object), obj) &&
			 (node_text_is(c, p, "resolve") || node_text_is(c, p, "reject")))
			js_sources_add(s, js_arg_at(n, 0), false);
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		resolver_args(c, ts_node_named_child(n, i), res, rej, obj, s, walk + 1);
}

/* The local name a pattern takes key as ({ resolve: done }: done). */
static TSNode pattern_name(struct actx *c, TSNode pat, const char *key)
{
	for (uint32_t j = 0, k = ts_node_named_child_count(pat); j < k; j++) {
		TSNode el = ts_node_named_child(pat, j);
		if (node_is(el, "shorthand_property_identifier_pattern") &&
		    node_text_is(c, el, key))
			return el;
		if (node_is(el, "pair_pattern") && node_text_is(c, js_field(el, F_key), key) &&
		    node_is(js_field(el, F_value), "identifier"))
			return js_field(el, F_value);
	}
	return (TSNode){0};
}

int js_resolvers_sources(struct actx *c, TSNode n, struct js_sources *s, int depth)
{
	TSNode pat = ts_node_parent(n), decl = ts_node_parent(pat), key = n;

	if (node_is(n, "member_expression")) { /* r.promise of r = withResolvers() */
		TSNode obj = js_field(n, F_object);
		if (!node_text_is(c, js_field(n, F_property), "promise") ||
		    !node_is(obj, "identifier") ||
		    ts_node_is_null(call_of(c, obj, "global.Promise.withResolvers", depth)))
			return 1;
		resolver_args(c, js_root_of(n), (TSNode){0}, (TSNode){0}, obj, s, 0);
		return 0;
	}
	if (node_is(n, "pair_pattern"))
		key = js_field(n, F_key);
	if (!node_text_is(c, key, "promise") || !node_is(pat, "object_pattern") ||
	    !node_is(decl, "variable_declarator") ||
	    ts_node_is_null(
		call_of(c, js_field(decl, F_value), "global.Promise.withResolvers", depth)))
		return 1;
	resolver_args(c, js_root_of(n), pattern_name(c, pat, "resolve"),
		      pattern_name(c, pat, "reject"), (TSNode){0}, s, 0);
	return 0;
}

/* values.k of const { values } = util.parseArgs(config) (or of
 * parseArgs(config).values): config's options.k.default, and each element
 * of its args (the value follows its flag there). */
int js_parsed_option_sources(struct actx *c, TSNode n, struct js_sources *s, int depth)
{
	TSNode obj = js_field(n, F_object), prop = js_field(n, F_property), call = {0}, cfg, m;
	const struct binding *b;
	size_t i = 0;

	if (!node_is(n, "member_expression") || !node_is(prop, "property_identifier"))
		return 1;
	if (node_is(obj, "member_expression") &&
	    node_text_is(c, js_field(obj, F_property), "values"))
		call = call_of(c, js_field(obj, F_object), "util.parseArgs", depth);
	else if (node_is(obj, "identifier") && js_path_enter(c, obj, 'P')) {
		while (ts_node_is_null(call) && (b = js_next_visible(c, obj, &i))) {
			if (b->kind != BIND_VALUE || ts_node_is_null(b->value))
				continue;
			TSNode pat = ts_node_parent(b->value), decl = ts_node_parent(pat);
			TSNode k = node_is(b->value, "pair_pattern") ? js_field(b->value, F_key)
								     : b->value;
			if (node_text_is(c, k, "values") && node_is(pat, "object_pattern") &&
			    node_is(decl, "variable_declarator"))
				call = call_of(c, js_field(decl, F_value), "util.parseArgs", depth);
		}
		js_path_leave();
	}
	if (ts_node_is_null(call) ||
	    ts_node_is_null(cfg = js_object_literal_of(c, js_arg_at(call, 0), depth + 1)))
		return 1;
	char *key = js_node_strdup(node_src(c, prop), node_len(prop));
	m = js_object_member(c, cfg, "options", 7, depth + 1);
	m = ts_node_is_null(m) ? m : js_object_literal_of(c, m, depth + 1);
	m = ts_node_is_null(m) ? m : js_object_member(c, m, key, node_len(prop), depth + 1);
	m = ts_node_is_null(m) ? m : js_object_literal_of(c, m, depth + 1);
	m = ts_node_is_null(m) ? m : js_object_member(c, m, "default", 7, depth + 1);
	free(key);
	if (!ts_node_is_null(m) && !node_is(m, "shorthand_property_identifier"))
		js_sources_add(s, m, false);
	m = js_object_member(c, cfg, "args", 4, depth + 1);
	if (!ts_node_is_null(m) && !node_is(m, "shorthand_property_identifier"))
		js_sources_add(s, m, true);
	return 0;
}

/* signal.reason of AbortSignal.abort(v) (or of a name holding it): v; 1
 * when n is no such member */
/* The first argument of each ctl.abort(x) under n (ctl the name). */
static void aborted_with(struct actx *c, TSNode n, TSNode ctl, struct js_sources *s, int walk)
{
	if (walk > 200 || !actx_step(c)) {
		s->unknown = true;
		return;
	}
	TSNode f = node_is(n, "call_expression") ? js_field(n, F_function) : (TSNode){0};
	if (node_is(f, "member_expression") && node_text_is(c, js_field(f, F_property), "abort") &&
	    js_same_text(c, js_field(f, F_object), ctl) && !ts_node_is_null(js_arg_at(n, 0)))
		js_sources_add(s, js_arg_at(n, 0), false);
	for (uint32_t i = 0, k = ts_node_named_child_count(n); i < k; i++)
		aborted_with(c, ts_node_named_child(n, i), ctl, s, walk + 1);
}

/* ctl.signal.reason (or a name bound to ctl.signal) of a ctl bound to new
 * AbortController(): what each ctl.abort(x) of the program gives. */
static int controller_reason(struct actx *c, TSNode sig, struct js_sources *s, int depth)
{
	if (node_is(sig, "identifier"))
		sig = js_first_bound(c, sig, 'Q');
	TSNode ctl = node_is(sig, "member_expression") ? js_field(sig, F_object) : (TSNode){0};
	if (!node_text_is(c, js_field(sig, F_property), "signal") || !node_is(ctl, "identifier"))
		return 1;
	TSNode made = js_bound_literal(c, ctl, "new_expression", 'e', depth + 1);
	if (ts_node_is_null(made) ||
	    !node_text_is(c, js_field(made, F_constructor), "AbortController"))
		return 1;
	aborted_with(c, js_root_of(sig), ctl, s, 0);
	return 0;
}

int js_abort_reason_sources(struct actx *c, TSNode n, struct js_sources *s, int depth)
{
	TSNode call = call_of(c, js_field(n, F_object), "global.AbortSignal.abort", depth);
	TSNode list = js_settled_list(c, n, depth + 1);

	if (!ts_node_is_null(list)) { /* r.value of Promise.allSettled(list) */
		js_sources_add(s, list, true);
		return 0;
	}
	if (!node_text_is(c, js_field(n, F_property), "reason"))
		return 1;
	if (ts_node_is_null(call)) /* ctl.signal.reason of ctl.abort(x) */
		return controller_reason(c, js_field(n, F_object), s, depth);
	js_sources_add(s, js_arg_at(call, 0), false);
	return 0;
}

/* const [dir] = list, declared in the block `scope`: list (null when no
 * such declaration names id) */
TSNode js_pattern_list(const struct actx *c, TSNode scope, TSNode id)
{
	uint32_t k = ts_node_named_child_count(scope);

	for (uint32_t i = 0; i < k; i++) {
		TSNode st = ts_node_named_child(scope, i);
		if (!node_is(st, "lexical_declaration") && !node_is(st, "variable_declaration"))
			continue;
		for (uint32_t j = 0; j < ts_node_named_child_count(st); j++) {
			TSNode d = ts_node_named_child(st, j), pat = js_field(d, F_name);
			if (!node_is(pat, "array_pattern"))
				continue;
			for (uint32_t m = 0; m < ts_node_named_child_count(pat); m++)
				if (js_same_text(c, ts_node_named_child(pat, m), id))
					return js_field(d, F_value);
		}
	}
	return (TSNode){0};
}

/* key is the property name prop, or a value that folds to it ('prop',
 * 'pr' + 'op', ['pr' + 'op']) */
static bool key_is(struct actx *c, TSNode key, TSNode prop)
{
	size_t len;
	char *k;
	bool hit;

	if (node_is(key, "property_identifier"))
		return js_same_text(c, key, prop);
	if (node_is(key, "computed_property_name"))
		key = js_last_named(key);
	if (ts_node_is_null(key) || !(k = fold_dup(c, key, 0, &len)))
		return false;
	hit = len == node_len(prop) && memcmp(k, node_src(c, prop), len) == 0;
	free(k);
	return hit;
}

/* A descriptor { value: v } or { get: f }, { get() {...} }: v, or the
 * getter (*getter set) */
static TSNode descriptor_value(struct actx *c, TSNode desc, bool *getter)
{
	if (!node_is(desc, "object"))
		return (TSNode){0};
	for (uint32_t i = 0; i < ts_node_named_child_count(desc); i++) {
		TSNode p = ts_node_named_child(desc, i);
		if (node_is(p, "pair") && node_text_is(c, js_field(p, F_key), "value"))
			return js_field(p, F_value);
		if (node_is(p, "pair") && node_text_is(c, js_field(p, F_key), "get")) {
			*getter = true;
			return js_field(p, F_value);
		}
		if (node_is(p, "method_definition") &&
		    node_text_is(c, js_field(p, F_name), "get")) {
			*getter = true;
			return p;
		}
	}
	return (TSNode){0};
}

/* What defines prop at call: v of Object.defineProperty(o, 'prop', {
 * value: v }) (or Reflect's), of Object.defineProperties(o, { prop: {
 * value: v } }) and Object.create(proto, { prop: ... }); the getter of a
 * { get } descriptor and of o.__defineGetter__('prop', f) (*getter set).
 * Null when call defines no prop. */
TSNode js_defined_member(struct actx *c, TSNode call, TSNode prop, bool *getter)
{
	TSNode fn = js_field(call, F_function), name = js_field(fn, F_property);

	*getter = false;
	if (!node_is(fn, "member_expression"))
		return (TSNode){0};
	if (node_text_is(c, name, "defineProperty"))
		return key_is(c, js_arg_at(call, 1), prop)
			   ? descriptor_value(c, js_arg_at(call, 2), getter)
			   : (TSNode){0};
	if (node_text_is(c, name, "__defineGetter__")) {
		*getter = true;
		return key_is(c, js_arg_at(call, 0), prop) ? js_arg_at(call, 1) : (TSNode){0};
	}
	if (!node_text_is(c, name, "defineProperties") && !node_text_is(c, name, "create"))
		return (TSNode){0};
	TSNode all = js_arg_at(call, 1);
	if (!node_is(all, "object"))
		return (TSNode){0};
	for (uint32_t i = 0; i < ts_node_named_child_count(all); i++) {
		TSNode p = ts_node_named_child(all, i);
		if (node_is(p, "pair") && key_is(c, js_field(p, F_key), prop))
			return descriptor_value(c, js_field(p, F_value), getter);
	}
	return (TSNode){0};
}

int js_defined_sources(struct actx *c, TSNode call, TSNode prop, struct js_sources *s)
{
	bool getter;
	TSNode v = js_defined_member(c, call, prop, &getter);

	if (ts_node_is_null(v))
		return 1;
	if (getter)
		js_getter_sources(c, v, s);
	else
		js_sources_add(s, v, false);
	return 0;
}

/* The list of Promise.allSettled(list) a settled result r (r.value,
 * r.reason) is an element of: results[i], results.filter(f)[i],
 * results.find(f), where results is the call, a name for it (awaited), or
 * the parameter of its .then callback; null otherwise. */
TSNode js_settled_list(struct actx *c, TSNode n, int depth)
{
	if (!node_is(n, "member_expression") ||
	    !(node_text_is(c, js_field(n, F_property), "value") ||
	      node_text_is(c, js_field(n, F_property), "reason")))
		return (TSNode){0};
	n = js_field(n, F_object);
	for (int hops = 0; hops < 8 && !ts_node_is_null(n); hops++) {
		while (node_is(n, "parenthesized_expression") || node_is(n, "await_expression"))
			n = js_last_named(n);
		if (node_is(n, "subscript_expression") && node_is(js_field(n, F_index), "number")) {
			n = js_field(n, F_object);
			continue;
		}
		if (node_is(n, "call_expression") &&
		    node_is(js_field(n, F_function), "member_expression")) {
			TSNode fn = js_field(n, F_function), prop = js_field(fn, F_property);
			if (node_text_is(c, prop, "filter") || node_text_is(c, prop, "find") ||
			    node_text_is(c, prop, "findLast") || node_text_is(c, prop, "at") ||
			    node_text_is(c, prop, "slice")) {
				n = js_field(fn, F_object);
				continue;
			}
			TSNode call = call_of(c, n, "global.Promise.allSettled", depth);
			return ts_node_is_null(call) ? call : js_arg_at(call, 0);
		}
		if (!node_is(n, "identifier"))
			return (TSNode){0};
		n = js_first_bound(c, n, 'S');
	}
	return (TSNode){0};
}

/* The value of the first binding of name id (null when there is none, or
 * id is already being followed: `what` tells the walks apart). */
TSNode js_first_bound(struct actx *c, TSNode id, char what)
{
	const struct binding *b;
	size_t i = 0;
	TSNode v = {0};

	if (!js_path_enter(c, id, what))
		return v;
	while (ts_node_is_null(v) && (b = js_next_visible(c, id, &i)))
		if (b->kind == BIND_VALUE)
			v = b->value;
	js_path_leave();
	return v;
}

/* v of setInterval(ms, v) of timers/promises, whose ticks are v (null
 * when n is no such call) */
TSNode js_interval_value(struct actx *c, TSNode n, int depth)
{
	TSNode fn = js_field(n, F_function);
	TSNode tick = node_is(fn, "member_expression") ? js_field(fn, F_property) : fn;

	if (!node_is(n, "call_expression") ||
	    !(node_text_is(c, tick, "setInterval") || node_is(fn, "identifier")))
		return (TSNode){0};
	return ts_node_is_null(call_of(c, n, "timers.promises.setInterval", depth))
		   ? (TSNode){0}
		   : js_arg_at(n, 1);
}

/* What a getter (an arrow, a function, a method) returns: its expression
 * body, each return of its block */
void js_getter_sources(struct actx *c, TSNode fn, struct js_sources *s)
{
	TSNode body = js_field(fn, F_body);

	if (!js_is_function_literal(fn) && !node_is(fn, "method_definition"))
		s->unknown = true;
	else if (!node_is(body, "statement_block"))
		js_sources_add(s, body, false);
	else
		js_body_sources(c, body, JS_RETURNED, s);
}

/* later(ms, v), the program's own function (at most four bindings) whose
 * body returns a promise it makes (new Promise(...)): what that promise
 * settles with; 1 when callee is no such function. */
int js_own_promise_sources(struct actx *c, TSNode callee, struct js_sources *s, int depth)
{
	const struct binding *b;
	size_t i = 0;
	int ret = 1, seen = 0;

	if (!node_is(callee, "identifier") || !js_path_enter(c, callee, 'w'))
		return 1;
	while (seen < 4 && (b = js_next_visible(c, callee, &i))) {
		TSNode fn = b->kind == BIND_VALUE ? b->value : (TSNode){0}, body;
		if (!node_is(fn, "arrow_function") && !node_is(fn, "function_expression") &&
		    !node_is(fn, "function_declaration"))
			continue;
		seen++;
		body = js_field(fn, F_body);
		while (node_is(body, "parenthesized_expression"))
			body = js_last_named(body);
		if (node_is(body, "statement_block")) {
			uint32_t k = ts_node_named_child_count(body);
			TSNode last = k ? ts_node_named_child(body, k - 1) : (TSNode){0};
			body =
			    node_is(last, "return_statement") ? js_last_named(last) : (TSNode){0};
		}
		if (node_is(body, "new_expression") && js_promise_sources(c, body, s, depth) == 0)
			ret = 0;
	}
	js_path_leave();
	return ret;
}

/* Array.from(list), and when a value is looked for (some) Promise.all(list),
 * Array.fromAsync(list) and Promise.resolve(list), whose elements are what
 * the promise settles with: list (null when n is none of them). Also when
 * some, with *one set: new Array(n).fill(v)'s v (what else the array held
 * stays unknown) and the value Array.from({ length: n }, () => v) makes. */
TSNode js_combined_list(struct actx *c, TSNode n, bool some, bool *one)
{
	TSNode fn = js_field(n, F_function), list = js_arg_at(n, 0), cb = js_arg_at(n, 1);

	if (!node_is(n, "call_expression") || !node_is(fn, "member_expression") ||
	    ts_node_is_null(list))
		return (TSNode){0};
	*one = some;
	if (some && node_text_is(c, js_field(fn, F_property), "fill"))
		return list;
	if (some && node_text_is(c, fn, "Array.from") && js_is_function_literal(cb) &&
	    !node_is(js_field(cb, F_body), "statement_block"))
		return js_field(cb, F_body);
	*one = false;
	if (!ts_node_is_null(cb))
		return (TSNode){0};
	if (node_text_is(c, fn, "Array.from") || (some && (node_text_is(c, fn, "Array.fromAsync") ||
							   node_text_is(c, fn, "Promise.all") ||
							   node_text_is(c, fn, "Promise.resolve"))))
		return list;
	return (TSNode){0};
}

/* ---- what a web stream gives ---- */

/* The arguments of every c.enqueue(v) under n (any controller's: the
 * stream's start or pull is handed one, fail closed). */
static void enqueued_args(struct actx *c, TSNode n, struct js_sources *s, int walk)
{
	if (walk > 400 || !actx_step(c)) {
		s->unknown = true;
		return;
	}
	if (node_is(n, "call_expression") && !ts_node_is_null(js_arg_at(n, 0)) &&
	    node_is(js_field(n, F_function), "member_expression") &&
	    node_text_is(c, js_field(js_field(n, F_function), F_property), "enqueue"))
		js_sources_add(s, js_arg_at(n, 0), false);
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		enqueued_args(c, ts_node_named_child(n, i), s, walk + 1);
}

/* new ReadableStream({ start(ctl) { ctl.enqueue(v) } }), or a name bound
 * to one: its chunks are each v enqueued in the program. */
static int stream_chunks(struct actx *c, TSNode n, struct js_sources *s, int depth)
{
	struct names ns = {0};
	bool stream;

	while (node_is(n, "parenthesized_expression") || node_is(n, "await_expression"))
		n = js_last_named(n);
	if (node_is(n, "identifier"))
		n = js_bound_literal(c, n, "new_expression", 'W', depth + 1);
	if (!node_is(n, "new_expression"))
		return 1;
	js_resolve(c, js_field(n, F_constructor), &ns, depth + 1);
	stream = js_any_name(&ns, "global.ReadableStream") ||
		 js_any_name(&ns, "stream/web.ReadableStream") ||
		 js_any_name(&ns, "stream.web.ReadableStream");
	names_free(&ns);
	if (!stream)
		return 1;
	enqueued_args(c, js_root_of(n), s, 0);
	return 0;
}

/* The chunks stream.getReader().read() (or reader.read() of a reader so
 * made, awaited or not) gives as its value. */
static int read_chunks(struct actx *c, TSNode call, struct js_sources *s, int depth)
{
	TSNode fn, r;

	if (node_is(call, "identifier")) /* const step = await reader.read() */
		call = js_first_bound(c, call, 'N');
	while (node_is(call, "parenthesized_expression") || node_is(call, "await_expression"))
		call = js_last_named(call);
	fn = js_field(call, F_function);
	if (!node_is(call, "call_expression") || !node_is(fn, "member_expression") ||
	    !node_text_is(c, js_field(fn, F_property), "read"))
		return 1;
	r = js_field(fn, F_object);
	if (node_is(r, "identifier"))
		r = js_first_bound(c, r, 'R');
	while (node_is(r, "parenthesized_expression") || node_is(r, "await_expression"))
		r = js_last_named(r);
	fn = js_field(r, F_function);
	if (!node_is(r, "call_expression") || !node_is(fn, "member_expression") ||
	    !node_text_is(c, js_field(fn, F_property), "getReader"))
		return 1;
	return stream_chunks(c, js_field(fn, F_object), s, depth);
}

int js_stream_sources(struct actx *c, TSNode n, struct js_sources *s, int depth)
{
	TSNode pat = ts_node_parent(n), up = ts_node_parent(pat), args, call, fn;

	if (node_is(n, "new_expression") || node_is(n, "identifier"))
		return stream_chunks(c, n, s, depth);
	if (node_is(n, "member_expression")) /* reader.read().value */
		return node_text_is(c, js_field(n, F_property), "value")
			   ? read_chunks(c, js_field(n, F_object), s, depth)
			   : 1;
	if (!(node_is(n, "shorthand_property_identifier_pattern") && node_text_is(c, n, "value")) &&
	    !(node_is(n, "pair_pattern") && node_text_is(c, js_field(n, F_key), "value")))
		return 1;
	if (!node_is(pat, "object_pattern"))
		return 1;
	if (node_is(up, "variable_declarator")) /* const { value } = await r.read() */
		return read_chunks(c, js_field(up, F_value), s, depth);
	/* r.read().then(({ value }) => ...) */
	fn = ts_node_parent(up);
	args = ts_node_parent(fn);
	call = ts_node_parent(args);
	if (!node_is(up, "formal_parameters") || !js_is_function_literal(fn) ||
	    !node_is(args, "arguments") || !ts_node_eq(js_arg_at(call, 0), fn) ||
	    !node_is(js_field(call, F_function), "member_expression") ||
	    !node_text_is(c, js_field(js_field(call, F_function), F_property), "then"))
		return 1;
	return read_chunks(c, js_field(js_field(call, F_function), F_object), s, depth);
}

/* ---- what a generator is sent ---- */

/* The argument of every it.next(v) under n. */
static void sent_args(struct actx *c, TSNode n, struct js_sources *s, int walk)
{
	if (walk > 400 || !actx_step(c)) {
		s->unknown = true;
		return;
	}
	if (node_is(n, "call_expression") && !ts_node_is_null(js_arg_at(n, 0)) &&
	    node_is(js_field(n, F_function), "member_expression") &&
	    node_text_is(c, js_field(js_field(n, F_function), F_property), "next"))
		js_sources_add(s, js_arg_at(n, 0), false);
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		sent_args(c, ts_node_named_child(n, i), s, walk + 1);
}

/* const v = yield in a generator: v is what the program sends with
 * it.next(v) (any iterator's: a generator's is seldom kept apart) */
int js_sent_sources(struct actx *c, TSNode yield, struct js_sources *s)
{
	TSNode f = ts_node_parent(yield);

	while (!ts_node_is_null(f) && !js_type_is_any(f, js_function_types))
		f = ts_node_parent(f);
	if (!node_is(f, "generator_function_declaration") && !node_is(f, "generator_function"))
		return 1;
	sent_args(c, js_root_of(yield), s, 0);
	return 0;
}
