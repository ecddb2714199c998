/*
 * JavaScript: bindings (see lang_javascript.c). One walk of the tree
 * records what declarations, imports, destructuring, assignments and
 * this.x = v bind, each with the scope it is visible in; and which of a
 * name's bindings are visible at a given node.
 */
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "policy/javascript.h"

#define BIND_DEPTH 400

static const char *const block_types[] = {
    "statement_block",	  "program", "for_statement", "for_in_statement", "switch_body",
    "class_static_block", NULL,
};

/* ---- bindings ---- */

struct named_calls;
struct scopes {
	TSNode root, block, func;
	struct named_calls *calls;
};

/* A declaration in a scope (see the comment at the top of
 * lang_javascript.c). */
static void bind_local_in(struct actx *c, TSNode name, TSNode scope)
{
	actx_bind_local(c, node_src(c, name), node_len(name));
	c->b[c->nb - 1].value = scope;
}

static void bind_value_in(struct actx *c, const char *name, size_t len, TSNode value, TSNode scope)
{
	actx_bind_value(c, name, len, value);
	actx_bind_local(c, name, len);
	c->b[c->nb - 1].value = scope;
}

static void bind_target(struct actx *c, TSNode target, TSNode value, TSNode scope, int depth);

/* Every name a pattern declares, without a value (parameters, catch,
 * for-of, destructuring of what cannot be followed). */
static void bind_pattern_locals(struct actx *c, TSNode p, TSNode scope, int depth)
{
	const char *t;

	if (ts_node_is_null(p) || depth > 64)
		return;
	t = ts_node_type(p);
	if (strcmp(t, "identifier") == 0 ||
	    strcmp(t, "shorthand_property_identifier_pattern") == 0) {
		bind_local_in(c, p, scope);
	} else if (strcmp(t, "pair_pattern") == 0) {
		bind_pattern_locals(c, js_field(p, F_value), scope, depth + 1);
	} else if (strcmp(t, "assignment_pattern") == 0 &&
		   node_is(js_field(p, F_left), "identifier")) {
		/* f(cp = require('child_process')): the default is a value */
		TSNode left = js_field(p, F_left);
		bind_value_in(c, node_src(c, left), node_len(left), js_field(p, F_right), scope);
	} else if (strcmp(t, "assignment_pattern") == 0 &&
		   (node_is(js_field(p, F_left), "object_pattern") ||
		    node_is(js_field(p, F_left), "array_pattern"))) {
		/* f({ dlopen } = process), f([cp] = [require(...)]): each name
		 * is its element of the default (or of the argument) */
		bind_target(c, js_field(p, F_left), js_field(p, F_right), scope, depth + 1);
	} else if (strcmp(t, "assignment_pattern") == 0 ||
		   strcmp(t, "object_assignment_pattern") == 0) {
		bind_pattern_locals(c, js_field(p, F_left), scope, depth + 1);
	} else if (strcmp(t, "object_pattern") == 0 || strcmp(t, "array_pattern") == 0 ||
		   strcmp(t, "rest_pattern") == 0 || strcmp(t, "formal_parameters") == 0) {
		uint32_t k = ts_node_named_child_count(p);
		for (uint32_t i = 0; i < k; i++)
			bind_pattern_locals(c, ts_node_named_child(p, i), scope, depth + 1);
	}
}

/* {exec, spawn: sp, x = d, ...rest}: each name stands for its element,
 * which resolves through the pattern's source (js_resolve). */
static void bind_object_pattern(struct actx *c, TSNode pat, TSNode scope, int depth)
{
	uint32_t k = ts_node_named_child_count(pat);

	if (depth > 64)
		return;
	for (uint32_t i = 0; i < k; i++) {
		TSNode el = ts_node_named_child(pat, i), v;
		const char *t = ts_node_type(el);
		if (strcmp(t, "shorthand_property_identifier_pattern") == 0) {
			bind_value_in(c, node_src(c, el), node_len(el), el, scope);
		} else if (strcmp(t, "pair_pattern") == 0) {
			v = js_field(el, F_value);
			if (node_is(v, "assignment_pattern"))
				v = js_field(v, F_left);
			if (node_is(v, "identifier"))
				bind_value_in(c, node_src(c, v), node_len(v), el, scope);
			else if (node_is(v, "object_pattern"))
				bind_object_pattern(c, v, scope, depth + 1);
			else
				bind_pattern_locals(c, v, scope, depth + 1);
		} else if (strcmp(t, "object_assignment_pattern") == 0) {
			v = js_field(el, F_left);
			if (node_is(v, "shorthand_property_identifier_pattern"))
				bind_value_in(c, node_src(c, v), node_len(v), el, scope);
			else
				bind_pattern_locals(c, v, scope, depth + 1);
		} else if (strcmp(t, "rest_pattern") == 0) {
			v = ts_node_named_child(el, 0);
			if (node_is(v, "identifier"))
				bind_value_in(c, node_src(c, v), node_len(v), el, scope);
		}
	}
}

/* [a, b] = [x, y] pairs up; other arrays only declare their names. */
static void bind_array_pattern(struct actx *c, TSNode pat, TSNode value, TSNode scope, int depth)
{
	uint32_t k = ts_node_named_child_count(pat);

	if (!node_is(value, "array") || ts_node_named_child_count(value) < k) {
		bind_pattern_locals(c, pat, scope, depth + 1);
		return;
	}
	for (uint32_t i = 0; i < k; i++) {
		TSNode el = ts_node_named_child(pat, i), v = ts_node_named_child(value, i);
		if (node_is(v, "spread_element") || node_is(el, "rest_pattern")) {
			bind_pattern_locals(c, el, scope, depth + 1);
			continue;
		}
		bind_target(c, el, v, scope, depth + 1);
	}
}

static void bind_target(struct actx *c, TSNode target, TSNode value, TSNode scope, int depth)
{
	if (ts_node_is_null(target) || depth > 64)
		return;
	if (node_is(target, "identifier")) {
		if (ts_node_is_null(value))
			bind_local_in(c, target, scope);
		else
			bind_value_in(c, node_src(c, target), node_len(target), value, scope);
	} else if (node_is(target, "object_pattern")) {
		bind_object_pattern(c, target, scope, depth + 1);
	} else if (node_is(target, "array_pattern")) {
		bind_array_pattern(c, target, value, scope, depth + 1);
	} else {
		bind_pattern_locals(c, target, scope, depth + 1);
	}
}

static void bind_import(struct actx *c, TSNode n)
{
	TSNode source = js_field(n, F_source), clause = {0};
	struct names mod = {0};
	size_t len;
	char *m;
	uint32_t k = ts_node_named_child_count(n);

	for (uint32_t i = 0; i < k; i++)
		if (node_is(ts_node_named_child(n, i), "import_clause"))
			clause = ts_node_named_child(n, i);
	if (ts_node_is_null(clause) || (m = fold_dup(c, source, 0, &len)) == NULL)
		return;
	js_module_add(&mod, m, len);
	free(m);
	k = ts_node_named_child_count(clause);
	for (uint32_t i = 0; i < k && mod.n > 0; i++) {
		TSNode ch = ts_node_named_child(clause, i);
		if (node_is(ch, "identifier")) {
			actx_bind_alias(c, node_src(c, ch), node_len(ch), mod.v[0]);
		} else if (node_is(ch, "namespace_import")) {
			TSNode id = ts_node_named_child(ch, 0);
			if (node_is(id, "identifier"))
				actx_bind_alias(c, node_src(c, id), node_len(id), mod.v[0]);
		} else if (node_is(ch, "named_imports")) {
			uint32_t s = ts_node_named_child_count(ch);
			for (uint32_t j = 0; j < s; j++) {
				TSNode spec = ts_node_named_child(ch, j);
				TSNode name = js_field(spec, F_name),
				       alias = js_field(spec, F_alias);
				struct names target = {0};
				char *key;
				if (!node_is(spec, "import_specifier"))
					continue;
				key = node_is(name, "string") ? fold_dup(c, name, 0, &len) : NULL;
				if (key == NULL && node_is(name, "identifier")) {
					key = js_node_strdup(node_src(c, name), node_len(name));
					len = node_len(name);
				}
				if (key == NULL)
					continue;
				js_prop_of_names(&mod, key, len, &target);
				free(key);
				if (ts_node_is_null(alias))
					alias = name;
				for (int t = 0; t < target.n && node_is(alias, "identifier"); t++)
					actx_bind_alias(c, node_src(c, alias), node_len(alias),
							target.v[t]);
				names_free(&target);
			}
		}
	}
	names_free(&mod);
}

/* this.x = v and class fields: "this.x" stands for v in every method. */
static void bind_this_member(struct actx *c, TSNode prop, TSNode value, TSNode root)
{
	char name[NAME_MAX_LEN];

	if (!node_is(prop, "property_identifier") || ts_node_is_null(value) ||
	    node_len(prop) + 6 > sizeof(name))
		return;
	snprintf(name, sizeof(name), "this.%.*s", (int)node_len(prop), node_src(c, prop));
	bind_value_in(c, name, strlen(name), value, root);
}

/* box.load = process.dlopen binds "box.load" everywhere: what box.load
 * stands for wherever it is read (the object's other values as well). */
static void bind_name_member(struct actx *c, TSNode obj, TSNode prop, TSNode value, TSNode root)
{
	char name[NAME_MAX_LEN];

	if (!node_is(prop, "property_identifier") || ts_node_is_null(value) ||
	    node_len(obj) + node_len(prop) + 2 > sizeof(name))
		return;
	snprintf(name, sizeof(name), "%.*s.%.*s", (int)node_len(obj), node_src(c, obj),
		 (int)node_len(prop), node_src(c, prop));
	bind_value_in(c, name, strlen(name), value, root);
}

/* x = v binds x everywhere (the program may run it in any order);
 * globalThis.x = v binds the global x. */
static void bind_assignment(struct actx *c, TSNode n, TSNode root)
{
	TSNode left = js_field(n, F_left), right = js_field(n, F_right);

	while (node_is(left, "parenthesized_expression"))
		left = js_last_named(left);
	if (node_is(left, "member_expression")) {
		TSNode obj = js_field(left, F_object), prop = js_field(left, F_property);
		if (node_text_is(c, obj, "globalThis") || node_text_is(c, obj, "global") ||
		    node_text_is(c, obj, "window") || node_text_is(c, obj, "self"))
			bind_value_in(c, node_src(c, prop), node_len(prop), right, root);
		else if (node_is(obj, "this"))
			bind_this_member(c, prop, right, root);
		else if (node_is(obj, "identifier"))
			bind_name_member(c, obj, prop, right, root);
		return;
	}
	/* list[i] = v: the list changes (js_list_change) */
	if (node_is(left, "subscript_expression") &&
	    node_is(js_field(left, F_object), "identifier"))
		bind_target(c, js_field(left, F_object), left, root, 0);
	if (node_is(left, "object_pattern") || node_is(left, "array_pattern") ||
	    node_is(left, "identifier"))
		bind_target(c, left, right, root, 0);
}

/* p.then((m) => ...): m is what p resolves to (import('x').then), and
 * p.catch((m) => ...) what it is rejected with (Promise.reject(x)).
 * [a, b].forEach((x) => ...), .map, .filter...: x is each element. */
static void bind_then_callback(struct actx *c, TSNode call)
{
	static const char *const each[] = {"forEach", "map",  "filter",	  "some",
					   "every",   "find", "findLast", "flatMap"};
	TSNode fn = js_field(call, F_function), cb = js_arg_at(call, 0), param;

	if (!node_is(fn, "member_expression") || !js_is_function_literal(cb))
		return;
	TSNode prop = js_field(fn, F_property), obj = js_field(fn, F_object);
	bool then = node_text_is(c, prop, "then") || node_text_is(c, prop, "catch"),
	     elements = false;
	for (size_t i = 0; i < ARRAY_SIZE(each) && !then && !elements; i++)
		elements = node_is(obj, "array") && node_text_is(c, prop, each[i]);
	if (!then && !elements)
		return;
	param = js_field(cb, F_parameter);
	if (ts_node_is_null(param)) {
		TSNode params = js_field(cb, F_parameters);
		param = ts_node_named_child_count(params) ? ts_node_named_child(params, 0)
							  : (TSNode){0};
	}
	if (elements) {
		uint32_t k = ts_node_named_child_count(obj);
		for (uint32_t i = 0; i < k && node_is(param, "identifier"); i++) {
			TSNode el = ts_node_named_child(obj, i);
			if (!node_is(el, "comment") && !node_is(el, "spread_element"))
				bind_value_in(c, node_src(c, param), node_len(param), el, cb);
		}
		return;
	}
	if (node_is(param, "identifier"))
		bind_value_in(c, node_src(c, param), node_len(param), obj, cb);
	else if (node_is(param, "object_pattern"))
		bind_object_pattern(c, param, cb, 0);
}

/* xs.reduce((acc, x) => ..., init): acc is init (and what the callback
 * returns, which is built from it: path.split('.').reduce((o, k) => o[k],
 * process) walks the properties of process). */
static void bind_reduce_callback(struct actx *c, TSNode call)
{
	TSNode fn = js_field(call, F_function), cb = js_arg_at(call, 0), init, param;

	if (!node_is(fn, "member_expression") || !js_is_function_literal(cb) ||
	    ts_node_is_null(init = js_arg_at(call, 1)))
		return;
	TSNode prop = js_field(fn, F_property);
	if (!node_text_is(c, prop, "reduce") && !node_text_is(c, prop, "reduceRight"))
		return;
	param = js_field(cb, F_parameter);
	if (ts_node_is_null(param)) {
		TSNode params = js_field(cb, F_parameters);
		param = ts_node_named_child_count(params) ? ts_node_named_child(params, 0)
							  : (TSNode){0};
	}
	if (node_is(param, "assignment_pattern"))
		param = js_field(param, F_left);
	if (node_is(param, "identifier"))
		bind_value_in(c, node_src(c, param), node_len(param), init, cb);
}

/* Each plain parameter of function literal fn is the argument in its
 * place at `call`, counted from argument `first` (one with a default as
 * well: the argument comes first). */
static void bind_params_to_args(struct actx *c, TSNode fn, TSNode call, uint32_t first)
{
	TSNode param = js_field(fn, F_parameter), a;

	if (node_is(param, "identifier")) {
		if (!ts_node_is_null(a = js_arg_at(call, first)))
			bind_value_in(c, node_src(c, param), node_len(param), a, fn);
		return;
	}
	TSNode params = js_field(fn, F_parameters);
	uint32_t k = ts_node_named_child_count(params), idx = first;
	for (uint32_t i = 0; i < k; i++) {
		TSNode p = ts_node_named_child(params, i);
		if (node_is(p, "comment"))
			continue;
		if (ts_node_is_null(a = js_arg_at(call, idx++)))
			return;
		if (node_is(p, "assignment_pattern"))
			p = js_field(p, F_left);
		if (node_is(p, "identifier")) {
			bind_value_in(c, node_src(c, p), node_len(p), a, fn);
		} else if (node_is(p, "object_pattern")) {
			/* f({ homedir }) called with os.userInfo(): the argument,
			 * under a name of the pattern's place (js_pattern_arg_key) */
			char key[24];
			actx_bind_value(c, key, js_pattern_arg_key(p, key, sizeof(key)), a);
			/* and each name it declares to its element, which folds
			 * to the argument's member */
			for (uint32_t j = 0, m = ts_node_named_child_count(p); j < m; j++) {
				TSNode el = ts_node_named_child(p, j), v = el;
				if (node_is(el, "pair_pattern"))
					v = js_field(el, F_value);
				else if (!node_is(el, "shorthand_property_identifier_pattern"))
					continue;
				if (node_is(v, "identifier") ||
				    node_is(v, "shorthand_property_identifier_pattern"))
					bind_value_in(c, node_src(c, v), node_len(v), el, fn);
			}
		} else if (!node_is(p, "array_pattern")) {
			return;
		}
	}
}

/* list.forEach(function () { this.dir }, { dir: v }), and a function
 * literal's .call({ dir: v }), .apply or .bind: "this.dir" stands for v
 * in that function. fn is call's callee, a member whose property is prop. */
static void bind_this_arg(struct actx *c, TSNode call, TSNode fn, TSNode prop)
{
	static const char *const lists[] = {"call",	 "apply",   "bind",  "forEach", "map",
					    "filter",	 "some",    "every", "find",	"findLast",
					    "findIndex", "flatMap", NULL};
	const char *name = node_src(c, prop);
	size_t i = 0, len = node_len(prop);
	TSNode cb, that;

	while (lists[i] && !(strlen(lists[i]) == len && memcmp(lists[i], name, len) == 0))
		i++;
	if (!lists[i])
		return;
	cb = i < 3 ? js_field(fn, F_object) : js_arg_at(call, 0);
	while (node_is(cb, "parenthesized_expression"))
		cb = js_last_named(cb);
	if (!node_is(cb, "function_expression"))
		return;
	that = js_arg_at(call, i < 3 ? 0 : 1);
	if (!node_is(that, "object"))
		return;
	for (uint32_t j = 0, k = ts_node_named_child_count(that); j < k; j++) {
		TSNode el = ts_node_named_child(that, j);
		if (node_is(el, "pair"))
			bind_this_member(c, js_field(el, F_key), js_field(el, F_value), cb);
	}
}

/* A function literal a scheduler or a scope calls with the arguments it
 * was given after it: setImmediate(fn, ...args), process.nextTick(fn,
 * ...args), setTimeout(fn, ms, ...args), setInterval(fn, ms, ...args),
 * AsyncResource's runInAsyncScope(fn, thisArg, ...args),
 * AsyncLocalStorage's run(store, fn, ...args) and exit(fn, ...args). */
static void bind_scheduled_callback(struct actx *c, TSNode call)
{
	TSNode fn = js_field(call, F_function);
	TSNode name = node_is(fn, "member_expression") ? js_field(fn, F_property) : fn;
	uint32_t at, first;

	if (node_text_is(c, name, "setImmediate") || node_text_is(c, name, "nextTick") ||
	    (node_text_is(c, name, "exit") && node_is(fn, "member_expression")))
		at = 0, first = 1;
	else if (node_text_is(c, name, "setTimeout") || node_text_is(c, name, "setInterval"))
		at = 0, first = 2;
	else if (node_text_is(c, name, "runInAsyncScope"))
		at = 0, first = 2;
	else if (node_text_is(c, name, "run") && node_is(fn, "member_expression"))
		at = 1, first = 2;
	else {
		if (node_is(fn, "member_expression"))
			bind_this_arg(c, call, fn, name);
		return;
	}
	TSNode cb = js_arg_at(call, at);
	while (node_is(cb, "parenthesized_expression"))
		cb = js_last_named(cb);
	if (js_is_function_literal(cb) && !ts_node_is_null(js_arg_at(call, first)))
		bind_params_to_args(c, cb, call, first);
}

/* A function the program calls: (function (t) {...})(process) where it
 * is written, or run(require('child_process')) by its name (each call's
 * argument is one value of the parameter; bound after the walk, when every
 * declaration is known). */
#define NAMED_CALLS_MAX 4096
#define CALLEE_BINDINGS 4

struct named_calls {
	TSNode *v;
	size_t n, cap;
};

static bool callable_literal(TSNode fn)
{
	return node_is(fn, "function_declaration") || node_is(fn, "function_expression") ||
	       node_is(fn, "arrow_function") || node_is(fn, "generator_function") ||
	       node_is(fn, "generator_function_declaration");
}

/* purge.bind(null, home), whose parameters are the arguments after the
 * first (a function literal's are bound here; a name's after the walk),
 * and registry.register(obj, held) of a FinalizationRegistry, whose
 * callback is called with the held value. */
static bool late_bound_call(struct actx *c, TSNode fn, TSNode call)
{
	if (!node_is(fn, "member_expression") || ts_node_is_null(js_arg_at(call, 1)))
		return false;
	TSNode obj = js_field(fn, F_object), prop = js_field(fn, F_property);
	while (node_is(obj, "parenthesized_expression"))
		obj = js_last_named(obj);
	if (node_text_is(c, prop, "bind") && callable_literal(obj)) {
		bind_params_to_args(c, obj, call, 1);
		return false;
	}
	return node_is(obj, "identifier") &&
	       (node_text_is(c, prop, "bind") || node_text_is(c, prop, "register"));
}

/* The function a late-bound call (late_bound_call) reaches through
 * binding b of its object, or a null node; *first: its first argument
 * that is a parameter. */
static TSNode late_bound_target(struct actx *c, TSNode callee, const struct binding *b,
				uint32_t *first)
{
	TSNode v = b->value, cb;

	*first = 1;
	if (b->kind != BIND_VALUE)
		return (TSNode){0};
	if (node_text_is(c, js_field(callee, F_property), "bind"))
		return callable_literal(v) ? v : (TSNode){0};
	if (node_is(v, "new_expression") &&
	    node_text_is(c, js_field(v, F_constructor), "FinalizationRegistry") &&
	    callable_literal(cb = js_arg_at(v, 0)))
		return cb;
	return (TSNode){0};
}

static void bind_call_args(struct actx *c, TSNode call, struct named_calls *calls)
{
	TSNode fn = js_field(call, F_function);

	while (node_is(fn, "parenthesized_expression"))
		fn = js_last_named(fn);
	if (callable_literal(fn)) {
		bind_params_to_args(c, fn, call, 0);
	} else if ((node_is(fn, "identifier") ||
		    (node_is(fn, "subscript_expression") &&
		     node_is(js_field(fn, F_object), "identifier")) ||
		    late_bound_call(c, fn, call)) &&
		   calls->n < NAMED_CALLS_MAX) {
		if (calls->n == calls->cap) {
			calls->cap = calls->cap ? 2 * calls->cap : 64;
			calls->v = xrealloc(calls->v, calls->cap * sizeof(*calls->v));
		}
		calls->v[calls->n++] = call;
	}
}

struct call_target {
	TSNode call, fn;
	uint32_t first;
};

static int by_target(const void *x, const void *y)
{
	uint32_t a = ts_node_start_byte(((const struct call_target *)x)->fn);
	uint32_t b = ts_node_start_byte(((const struct call_target *)y)->fn);
	return a < b ? -1 : a > b;
}

/* A helper called from many places (a transpiler's __awaiter, a library's
 * own utilities) would make each of its parameters every argument of
 * every call, and resolution follows them into one another: only a
 * function called from a few places has its parameters bound. */
#define CALL_SITES_MAX 4

/* new C(...) of a class C of the program's: its constructor (a
 * method_definition), or a null node. */
static TSNode class_constructor(struct actx *c, const struct binding *b)
{
	TSNode body;

	if (b->kind != BIND_VALUE ||
	    !(node_is(b->value, "class_declaration") || node_is(b->value, "class")))
		return (TSNode){0};
	body = js_field(b->value, F_body);
	for (uint32_t i = 0, k = ts_node_named_child_count(body); i < k; i++) {
		TSNode m = ts_node_named_child(body, i);
		if (node_is(m, "method_definition") &&
		    node_text_is(c, js_field(m, F_name), "constructor"))
			return m;
	}
	return (TSNode){0};
}

/* The name under which a call's argument is bound to a parameter that is
 * an object pattern: a byte no identifier has, then its place. */
size_t js_pattern_arg_key(TSNode pat, char *key, size_t size)
{
	int n = snprintf(key, size, "\x01%u", ts_node_start_byte(pat));
	return n > 0 && (size_t)n < size ? (size_t)n : 0;
}

/* The object literal a name is bound to, if any. */
static TSNode bound_object(struct actx *c, TSNode name)
{
	const struct binding *b;
	size_t i = 0;
	int seen = 0;

	if (!node_is(name, "identifier"))
		return (TSNode){0};
	while (seen++ < CALLEE_BINDINGS && (b = js_next_visible(c, name, &i)))
		if (b->kind == BIND_VALUE && node_is(b->value, "object"))
			return b->value;
	return (TSNode){0};
}

/* A function a dispatch table holds: commands[name](arg), or const cmd =
 * commands[name]; cmd(arg), of a table `{ clean: cmdClean, ... }` written
 * as an object literal; each of its functions is a target of the call
 * (the key is not known). */
static size_t table_targets(struct actx *c, TSNode call, TSNode sub, struct call_target **t,
			    size_t n, size_t *cap)
{
	TSNode obj = bound_object(c, js_field(sub, F_object));

	for (uint32_t k = 0, m = ts_node_is_null(obj) ? 0 : ts_node_named_child_count(obj);
	     k < m && k < 16; k++) {
		TSNode pair = ts_node_named_child(obj, k), v, target = {0};
		if (node_is(pair, "pair"))
			v = js_field(pair, F_value);
		else if (node_is(pair, "shorthand_property_identifier"))
			v = pair; /* { clean }: the name is its value */
		else
			continue;
		if (callable_literal(v)) {
			target = v;
		} else if (node_is(v, "identifier") || v.id == pair.id) {
			const struct binding *b;
			size_t i = 0;
			int seen = 0;
			while (ts_node_is_null(target) && seen++ < CALLEE_BINDINGS &&
			       (b = js_next_visible(c, v, &i)))
				if (b->kind == BIND_VALUE && callable_literal(b->value))
					target = b->value;
		}
		if (ts_node_is_null(target))
			continue;
		if (n == *cap) {
			*cap = *cap ? 2 * *cap : 64;
			*t = xrealloc(*t, *cap * sizeof(**t));
		}
		(*t)[n++] = (struct call_target){call, target};
	}
	return n;
}

static void bind_named_calls(struct actx *c, const struct named_calls *calls)
{
	struct call_target *t = NULL;
	size_t n = 0, cap = 0;

	for (size_t j = 0; j < calls->n; j++) {
		const struct binding *b;
		size_t i = 0;
		int seen = 0;
		bool made = node_is(calls->v[j], "new_expression");
		TSNode callee = js_field(calls->v[j], made ? F_constructor : F_function);
		if (!made && node_is(callee, "subscript_expression")) {
			n = table_targets(c, calls->v[j], callee, &t, n, &cap);
			continue;
		}
		if (!made && node_is(callee, "member_expression")) {
			TSNode obj = js_field(callee, F_object);
			while (node_is(obj, "parenthesized_expression"))
				obj = js_last_named(obj);
			while (seen < CALLEE_BINDINGS && (b = js_next_visible(c, obj, &i))) {
				uint32_t first;
				TSNode target = late_bound_target(c, callee, b, &first);
				if (ts_node_is_null(target))
					continue;
				seen++;
				if (n == cap) {
					cap = cap ? 2 * cap : 64;
					t = xrealloc(t, cap * sizeof(*t));
				}
				t[n++] = (struct call_target){calls->v[j], target, first};
			}
			continue;
		}
		while (seen < CALLEE_BINDINGS && (b = js_next_visible(c, callee, &i))) {
			TSNode target = made ? class_constructor(c, b) : b->value;
			if (!made && b->kind == BIND_VALUE && node_is(target, "subscript_expression") &&
			    node_is(js_field(target, F_object), "identifier")) {
				seen++;
				n = table_targets(c, calls->v[j], target, &t, n, &cap);
				continue;
			}
			if (ts_node_is_null(target) ||
			    (!made && (b->kind != BIND_VALUE || !callable_literal(b->value))))
				continue;
			seen++;
			if (n == cap) {
				cap = cap ? 2 * cap : 64;
				t = xrealloc(t, cap * sizeof(*t));
			}
			t[n++] = (struct call_target){calls->v[j], target};
		}
	}
	if (n > 1)
		qsort(t, n, sizeof(*t), by_target);
	/* binding moves c->b: every target was found first */
	for (size_t j = 0; j < n;) {
		size_t end = j + 1;
		while (end < n && ts_node_eq(t[end].fn, t[j].fn))
			end++;
		if (end - j <= CALL_SITES_MAX)
			for (size_t k = j; k < end; k++)
				bind_params_to_args(c, t[k].fn, t[k].call, t[k].first);
		j = end;
	}
	free(t);
}

/* The Set s.add(a).add(b) adds to: s (obj itself when not such a chain). */
static TSNode js_added_to(const struct actx *c, TSNode obj)
{
	for (int n = 0; n < 64 && node_is(obj, "call_expression"); n++) {
		TSNode fn = ts_node_child(obj, 0);
		if (!node_is(fn, "member_expression") ||
		    !node_text_is(c, js_field(fn, F_property), "add"))
			break;
		obj = js_field(fn, F_object);
	}
	return obj;
}

/* list.push(x), list.splice(...), list.reverse(), set.add(x): the array
 * (or Set) a name holds changes at run time. The call is bound to the name, as `+=` is, so
 * that the name's list does not fold to the literal it started as
 * (const p = []; p.push('child'); p.join('_') is not ''). */
static void bind_list_change(struct actx *c, TSNode call, TSNode root)
{
	static const char *const change[] = {"push",   "unshift", "splice",  "fill", "copyWithin",
					     "pop",    "shift",	  "reverse", "sort", "add",
					     "delete", "clear",	  NULL};
	TSNode fn = ts_node_child(call, 0); /* the callee comes first */
	const char *src;
	size_t len, k;

	if (!node_is(fn, "member_expression"))
		return;
	/* the method's name, from the text's end: no field lookup for the
	 * many calls that are not one of these */
	src = node_src(c, fn);
	len = k = node_len(fn);
	while (k > 0 &&
	       (isalnum((unsigned char)src[k - 1]) || src[k - 1] == '_' || src[k - 1] == '$'))
		k--;
	for (size_t i = 0; change[i]; i++)
		if (js_str_eq(src + k, len - k, change[i])) {
			TSNode obj = js_added_to(c, js_field(fn, F_object));
			if (node_is(obj, "identifier") &&
			    node_is(js_field(fn, F_property), "property_identifier"))
				bind_target(c, obj, call, root, 0);
			else if (node_text_is(c, obj, "process.argv")) /* defaults pushed */
				bind_value_in(c, "process.argv", 12, call, root);
			return;
		}
}

int js_list_change(const struct actx *c, const struct binding *b, TSNode name)
{
	TSNode fn, obj, prop;

	if (b->kind != BIND_VALUE)
		return 0;
	if (node_is(b->value, "subscript_expression")) { /* list[i] = v */
		obj = js_field(b->value, F_object);
		return node_len(obj) == node_len(name) &&
			       memcmp(node_src(c, obj), node_src(c, name), node_len(name)) == 0
			   ? 'x'
			   : 0;
	}
	if (!node_is(b->value, "call_expression"))
		return 0;
	fn = ts_node_child(b->value, 0);
	obj = node_is(fn, "member_expression") ? js_added_to(c, js_field(fn, F_object))
					       : (TSNode){0};
	if (!node_is(obj, "identifier") || node_len(obj) != node_len(name) ||
	    memcmp(node_src(c, obj), node_src(c, name), node_len(name)) != 0)
		return 0;
	prop = js_field(fn, F_property);
	/* set.add(v): v is an element of the Set too; delete, clear: none new */
	if (node_text_is(c, prop, "push") || node_text_is(c, prop, "unshift") ||
	    node_text_is(c, prop, "add"))
		return 'a';
	if (node_text_is(c, prop, "pop") || node_text_is(c, prop, "shift") ||
	    node_text_is(c, prop, "reverse") || node_text_is(c, prop, "sort") ||
	    node_text_is(c, prop, "delete") || node_text_is(c, prop, "clear"))
		return 'd';
	return 'x';
}

bool js_member_assigned(struct actx *c, TSNode obj, const char *key, size_t klen)
{
	char name[NAME_MAX_LEN];
	size_t i = 0;

	if (!node_is(obj, "identifier") || node_len(obj) + klen + 2 > sizeof(name))
		return false;
	snprintf(name, sizeof(name), "%.*s.%.*s", (int)node_len(obj), node_src(c, obj), (int)klen,
		 key);
	return js_next_visible_name(c, name, strlen(name), obj, &i) != NULL;
}

bool js_logical_assignment(TSNode n)
{
	const char *op;

	if (!node_is(n, "augmented_assignment_expression"))
		return false;
	op = ts_node_type(js_field(n, F_operator));
	return !strcmp(op, "?\?=") || !strcmp(op, "||=") || !strcmp(op, "&&=");
}

/* const h = new Headers({ k: v }) (or URLSearchParams): h.get('k') is v,
 * as m.get('k') is after m.set('k', v) */
static void bind_table_literal(struct actx *c, TSNode d, TSNode scope)
{
	TSNode name = js_field(d, F_name), v = js_field(d, F_value), obj, ctor;
	char key[NAME_MAX_LEN];

	if (!node_is(name, "identifier") || !node_is(v, "new_expression"))
		return;
	ctor = js_field(v, F_constructor);
	if (!node_text_is(c, ctor, "Headers") && !node_text_is(c, ctor, "URLSearchParams"))
		return;
	obj = js_arg_at(v, 0);
	for (uint32_t i = 0, k = ts_node_named_child_count(obj); node_is(obj, "object") && i < k;
	     i++) {
		TSNode p = ts_node_named_child(obj, i), kn = js_field(p, F_key);
		const char *ks = node_src(c, kn);
		size_t kl = node_len(kn);
		if (!node_is(p, "pair"))
			continue;
		if (node_is(kn, "string") && kl >= 2)
			ks++, kl -= 2;
		else if (!node_is(kn, "property_identifier"))
			continue;
		if (memchr(ks, '\\', kl) || node_len(name) + kl + 2 > sizeof(key))
			continue;
		snprintf(key, sizeof(key), "%.*s.%.*s", (int)node_len(name), node_src(c, name),
			 (int)kl, ks);
		bind_value_in(c, key, strlen(key), js_field(p, F_value), scope);
	}
}

static void bind_walk(struct actx *c, TSNode n, struct scopes s, int depth)
{
	const char *t = ts_node_type(n);

	if (depth > BIND_DEPTH)
		return;
	if (js_type_is_any(n, block_types))
		s.block = n;
	if (strcmp(t, "lexical_declaration") == 0 || strcmp(t, "variable_declaration") == 0) {
		TSNode scope = t[0] == 'l' ? s.block : s.func;
		uint32_t k = ts_node_named_child_count(n);
		for (uint32_t i = 0; i < k; i++) {
			TSNode d = ts_node_named_child(n, i);
			if (node_is(d, "variable_declarator")) {
				bind_target(c, js_field(d, F_name), js_field(d, F_value), scope, 0);
				bind_table_literal(c, d, scope);
			}
		}
	} else if (strcmp(t, "import_statement") == 0) {
		bind_import(c, n);
	} else if (strcmp(t, "assignment_expression") == 0) {
		bind_assignment(c, n, s.root);
	} else if (strcmp(t, "augmented_assignment_expression") == 0) {
		/* s += x: s changes at run time (its value does not fold) */
		TSNode left = js_field(n, F_left);
		if (node_is(left, "identifier"))
			bind_target(c, left, n, s.root, 0);
		else if (node_is(left, "member_expression") && js_logical_assignment(n))
			bind_assignment(c, n, s.root);
	} else if (strcmp(t, "function_declaration") == 0 ||
		   strcmp(t, "generator_function_declaration") == 0 ||
		   strcmp(t, "class_declaration") == 0) {
		TSNode name = js_field(n, F_name);
		if (node_is(name, "identifier"))
			bind_value_in(c, node_src(c, name), node_len(name), n, s.block);
	} else if (strcmp(t, "function_expression") == 0 || strcmp(t, "generator_function") == 0 ||
		   strcmp(t, "class") == 0) {
		TSNode name = js_field(n, F_name);
		if (node_is(name, "identifier"))
			bind_value_in(c, node_src(c, name), node_len(name), n, n);
	} else if (strcmp(t, "with_statement") == 0) {
		/* with (o) { f() }: an unbound f may be o.f */
		actx_bind_local(c, "*with", 5);
		c->b[c->nb - 1].value = n;
	} else if (strcmp(t, "method_definition") == 0) {
		/* get rc() { return ... }: this.rc is what it returns */
		TSNode body = js_field(n, F_body), st;
		if (node_is(ts_node_child(n, 0), "get") && ts_node_named_child_count(body) == 1 &&
		    node_is(st = ts_node_named_child(body, 0), "return_statement") &&
		    ts_node_named_child_count(st) == 1)
			bind_this_member(c, js_field(n, F_name), ts_node_named_child(st, 0), s.root);
	} else if (strcmp(t, "field_definition") == 0) {
		bind_this_member(c, js_field(n, F_property), js_field(n, F_value), s.root);
	} else if (strcmp(t, "call_expression") == 0) {
		char key[NAME_MAX_LEN];
		/* m.set('k', v): m.get('k') is v */
		if (js_map_key_name(c, n, "set", key, sizeof(key)) &&
		    !ts_node_is_null(js_arg_at(n, 1))) {
			bind_value_in(c, key, strlen(key), js_arg_at(n, 1), s.root);
		}
		bind_list_change(c, n, s.root);
		bind_then_callback(c, n);
		bind_reduce_callback(c, n);
		bind_scheduled_callback(c, n);
		bind_call_args(c, n, s.calls);
	} else if (strcmp(t, "new_expression") == 0) {
		/* new Shell('bash'): the constructor's parameters, as a call's */
		if (node_is(js_field(n, F_constructor), "identifier") &&
		    s.calls->n < NAMED_CALLS_MAX) {
			if (s.calls->n == s.calls->cap) {
				s.calls->cap = s.calls->cap ? 2 * s.calls->cap : 64;
				s.calls->v = xrealloc(s.calls->v, s.calls->cap * sizeof(*s.calls->v));
			}
			s.calls->v[s.calls->n++] = n;
		}
	} else if (strcmp(t, "catch_clause") == 0) {
		bind_pattern_locals(c, js_field(n, F_parameter), n, 0);
	} else if (strcmp(t, "for_in_statement") == 0 && !ts_node_is_null(js_field(n, F_kind))) {
		bind_pattern_locals(c, js_field(n, F_left), n, 0);
	}
	if (js_type_is_any(n, js_function_types)) {
		s.func = s.block = n;
		bind_pattern_locals(c, js_field(n, F_parameters), n, 0);
		if (node_is(js_field(n, F_parameter), "identifier"))
			bind_local_in(c, js_field(n, F_parameter), n);
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		bind_walk(c, ts_node_named_child(n, i), s, depth + 1);
}

void js_bind(struct actx *c, TSNode root)
{
	js_fields_init();
	struct named_calls calls = {0};
	struct scopes s = {root, root, root, &calls};
	bind_walk(c, root, s, 0);
	bind_named_calls(c, &calls);
	free(calls.v);
}

bool js_in_scope(TSNode scope, TSNode at)
{
	return ts_node_is_null(scope) || (ts_node_start_byte(scope) <= ts_node_start_byte(at) &&
					  ts_node_end_byte(at) <= ts_node_end_byte(scope));
}

/* The next binding of name that is in scope at the node `at`. */
const struct binding *js_next_visible_name(struct actx *c, const char *name, size_t len, TSNode at,
					   size_t *i)
{
	const struct binding *b;

	while ((b = actx_lookup(c, name, len, i))) {
		TSNode scope = b->value;
		if (b->kind == BIND_ALIAS || b->kind == BIND_STAR)
			return b;
		if (b->kind == BIND_VALUE) {
			size_t k = (size_t)(b - c->b) + 1;
			scope =
			    k < c->nb && c->b[k].kind == BIND_LOCAL ? c->b[k].value : (TSNode){0};
			*i = k + 1;
		}
		if (js_in_scope(scope, at))
			return b;
	}
	return NULL;
}

/* The same for the identifier at `at`. */
const struct binding *js_next_visible(struct actx *c, TSNode at, size_t *i)
{
	return js_next_visible_name(c, node_src(c, at), node_len(at), at, i);
}
