/*
 * JavaScript: the lists a value may come from when one value is looked
 * for (javascript_values.c): the pairs behind a Map or an entries() call,
 * the constants an argument may be through ||, ?? and ?:, and the
 * generators a class or an object literal iterates with.
 */
#include <stdlib.h>
#include <string.h>

#include "policy/javascript.h"

/* The list of [key, value] pairs behind a Map or an entries() call: the
 * argument of new Map(pairs), the object of m.entries() (a Map or a list
 * of pairs), the object literal of Object.entries(o) (bound to a name:
 * returned as the object node); a null node for anything else. */
TSNode js_map_pairs(struct actx *c, TSNode n, int depth)
{
	struct names ns = {0};
	TSNode out = {0};

	if (node_is(n, "new_expression")) {
		js_resolve(c, js_field(n, F_constructor), &ns, depth + 1);
		if (js_any_name(&ns, "global.Map"))
			out = js_arg_at(n, 0);
	} else if (node_is(n, "call_expression")) {
		TSNode fn = js_field(n, F_function);
		if (node_is(fn, "member_expression") &&
		    node_text_is(c, js_field(fn, F_property), "entries") &&
		    ts_node_is_null(js_arg_at(n, 0))) {
			out = js_field(fn, F_object);
		} else {
			js_resolve(c, fn, &ns, depth + 1);
			if (js_any_name(&ns, "global.Object.entries"))
				out =
				    js_bound_literal(c, js_arg_at(n, 0), "object", 'o', depth + 1);
		}
	}
	names_free(&ns);
	return out;
}

/* The constants an argument of path.join may be: its fold, or through a
 * name's bindings, `a || b`, `a ?? b` and a ternary, each side that folds
 * (XDG_CACHE_HOME || path.join(home, '.cache')); nothing else is walked */
void js_collect_folds(struct actx *c, TSNode n, struct slist *l, size_t max, int depth)
{
	struct buf v = {0};

	if (ts_node_is_null(n) || depth > RESOLVE_DEPTH || l->n >= max || !actx_step(c))
		return;
	if (node_is(n, "parenthesized_expression")) {
		js_collect_folds(c, js_last_named(n), l, max, depth + 1);
	} else if (node_is(n, "ternary_expression")) {
		js_collect_folds(c, js_field(n, F_consequence), l, max, depth + 1);
		js_collect_folds(c, js_field(n, F_alternative), l, max, depth + 1);
	} else if (node_is(n, "binary_expression") &&
		   (node_text_is(c, js_field(n, F_operator), "||") ||
		    node_text_is(c, js_field(n, F_operator), "??"))) {
		js_collect_folds(c, js_field(n, F_left), l, max, depth + 1);
		js_collect_folds(c, js_field(n, F_right), l, max, depth + 1);
	} else if (js_fold(c, n, &v, depth + 1) == 0) {
		js_slist_push(l, v.data ? v.data : "", v.len);
	} else if (node_is(n, "identifier") && js_path_enter(c, n, 'j')) {
		const struct binding *b;
		size_t i = 0;
		while ((b = js_next_visible(c, n, &i)))
			if (b->kind == BIND_VALUE &&
			    !node_is(b->value, "augmented_assignment_expression"))
				js_collect_folds(c, b->value, l, max, depth + 1);
		js_path_leave();
	}
	buf_free(&v);
}

/* The generator a class or an object literal iterates with: its
 * `*[Symbol.iterator]()` or `async *[Symbol.asyncIterator]()`. */
TSNode js_class_iterator(const struct actx *c, TSNode cls)
{
	TSNode body = node_is(cls, "object") ? cls : js_field(cls, F_body);
	uint32_t k = ts_node_named_child_count(body);

	for (uint32_t i = 0; i < k; i++) {
		TSNode m = ts_node_named_child(body, i), name = js_field(m, F_name);
		if (node_is(m, "method_definition") && node_is(name, "computed_property_name") &&
		    (node_text_is(c, ts_node_named_child(name, 0), "Symbol.iterator") ||
		     node_text_is(c, ts_node_named_child(name, 0), "Symbol.asyncIterator")))
			return m;
	}
	return (TSNode){0};
}

/* Lists a generator of the program's gives: a call, a new C(), and an
 * object literal with an iterator method (js_class_iterator). */
const char *const js_generated_types[] = {"call_expression", "new_expression", "object", NULL};

/* The generator literal n runs: (function* () {...})() the one it calls,
 * an object literal its iterator method; *callee is set to it. */
TSNode js_literal_generator(const struct actx *c, TSNode n, TSNode *callee)
{
	if (node_is(n, "object"))
		*callee = js_class_iterator(c, n);
	return node_is(*callee, "generator_function") || node_is(n, "object") ? *callee
										: (TSNode){0};
}

/* Whether a method is a generator (`*name() {}`). */
static bool generator_method(TSNode m)
{
	for (uint32_t i = 0; i < ts_node_child_count(m); i++)
		if (node_is(ts_node_child(m, i), "*"))
			return true;
	return false;
}

/* The generator method `*name() {}` of an object literal, if any. */
TSNode js_object_generator(const struct actx *c, TSNode obj, TSNode prop)
{
	uint32_t k = ts_node_named_child_count(obj);

	for (uint32_t i = 0; i < k; i++) {
		TSNode m = ts_node_named_child(obj, i), name = js_field(m, F_name);
		if (node_is(m, "method_definition") && node_is(name, "property_identifier") &&
		    node_len(name) == node_len(prop) &&
		    memcmp(node_src(c, name), node_src(c, prop), node_len(prop)) == 0 &&
		    generator_method(m))
			return m;
	}
	return (TSNode){0};
}

/* The strings a + b + c or a template literal may be, when one value is
 * looked for: each combination of its pieces' values (the text of a
 * template as itself, each other piece's values as collect gives them,
 * a few of each, a few combinations); none when a piece has no value
 * known. `${dir}/${name}` of dir and name each one of a small list. */
#define CONCAT_PARTS 8
#define CONCAT_VALUES 8

static int concat_piece(struct actx *c, TSNode n, struct slist *l,
			void (*collect)(struct actx *, TSNode, struct slist *, int), int depth)
{
	struct buf v = {0};

	if (js_fold(c, n, &v, depth + 1) == 0)
		js_slist_push(l, v.data ? v.data : "", v.len);
	else
		collect(c, n, l, depth + 1);
	buf_free(&v);
	return l->n > 0 ? 0 : -1;
}

int js_each_concat(struct actx *c, TSNode n,
		   void (*collect)(struct actx *, TSNode, struct slist *, int),
		   bool (*visit)(void *arg, const char *s, size_t len), void *arg, int depth)
{
	struct slist vals[CONCAT_PARTS] = {{0}};
	TSNode stack[CONCAT_PARTS];
	size_t np = 0, pick[CONCAT_PARTS] = {0}, combos = 0, ns = 0;
	int ret = 0;

	if (node_is(n, "template_string")) {
		struct buf text = {0};
		unsigned long pending = 0;
		uint32_t k = ts_node_named_child_count(n);
		for (uint32_t i = 0; ret == 0 && i < k; i++) {
			TSNode ch = ts_node_named_child(n, i);
			if (node_is(ch, "escape_sequence")) {
				js_unescape(node_src(c, ch), node_len(ch), &text, &pending);
				continue;
			}
			js_flush_unit(&text, &pending);
			if (node_is(ch, "string_fragment")) {
				buf_append(&text, node_src(c, ch), node_len(ch));
			} else if (node_is(ch, "template_substitution") && np + 2 <= CONCAT_PARTS) {
				js_slist_push(&vals[np++], text.data ? text.data : "", text.len);
				text.len = 0;
				ret =
				    concat_piece(c, js_last_named(ch), &vals[np++], collect, depth);
			} else if (!node_is(ch, "comment")) {
				ret = -1;
			}
		}
		js_flush_unit(&text, &pending);
		if (ret == 0 && np < CONCAT_PARTS)
			js_slist_push(&vals[np++], text.data ? text.data : "", text.len);
		else
			ret = -1;
		buf_free(&text);
	} else {
		/* a + b + c: the left spine, its right operands last first */
		TSNode at = n;
		while (ns < CONCAT_PARTS && node_is(at, "binary_expression") &&
		       node_text_is(c, js_field(at, F_operator), "+")) {
			stack[ns++] = js_field(at, F_right);
			at = js_field(at, F_left);
		}
		if (ns < CONCAT_PARTS)
			stack[ns++] = at;
		else
			ret = -1;
		while (ret == 0 && ns > 0)
			ret = concat_piece(c, stack[--ns], &vals[np++], collect, depth);
	}
	while (ret == 0 && combos++ < 64) {
		struct buf out = {0};
		for (size_t i = 0; i < np; i++)
			buf_append(&out, vals[i].s[pick[i]], vals[i].len[pick[i]]);
		if (!visit(arg, out.data ? out.data : "", out.len))
			ret = -2;
		buf_free(&out);
		size_t i = 0; /* the next combination */
		while (i < np && ++pick[i] == vals[i].n)
			pick[i++] = 0;
		if (i == np)
			break;
	}
	for (size_t i = 0; i < np; i++)
		js_slist_free(&vals[i]);
	return ret == -2 ? -1 : 0;
}

/* A method named prop of a class body or an object literal: a method
 * definition (not a generator), or a pair whose value is a function. */
static TSNode named_method(const struct actx *c, TSNode body, TSNode prop)
{
	uint32_t k = ts_node_named_child_count(body);

	for (uint32_t i = 0; i < k; i++) {
		TSNode m = ts_node_named_child(body, i);
		TSNode name = js_field(m, node_is(m, "pair") ? F_key : F_name);
		if (!node_is(name, "property_identifier") || !js_same_text(c, name, prop))
			continue;
		if (node_is(m, "method_definition") && !generator_method(m))
			return m;
		if (node_is(m, "pair") && js_type_is_any(js_field(m, F_value), js_function_types))
			return js_field(m, F_value);
	}
	return (TSNode){0};
}

/* The class a class extends, when the program declares it (class B
 * extends A: A's declaration), or a null node. */
TSNode js_parent_class(struct actx *c, TSNode cls)
{
	for (uint32_t i = 0, k = ts_node_named_child_count(cls); i < k; i++) {
		TSNode h = ts_node_named_child(cls, i), p;
		const struct binding *b;
		size_t j = 0;
		int seen = 0;
		if (!node_is(h, "class_heritage"))
			continue;
		p = ts_node_named_child(h, 0);
		if (!node_is(p, "identifier"))
			return (TSNode){0};
		while (seen++ < 4 && (b = js_next_visible(c, p, &j)))
			if (b->kind == BIND_VALUE &&
			    (node_is(b->value, "class_declaration") || node_is(b->value, "class")))
				return b->value;
		return (TSNode){0};
	}
	return (TSNode){0};
}

/* A method of a class or of the classes it extends (a few levels). */
static TSNode class_method(struct actx *c, TSNode cls, TSNode prop)
{
	for (int level = 0; level < 4 && !ts_node_is_null(cls); level++) {
		TSNode m = named_method(c, js_field(cls, F_body), prop);
		if (!ts_node_is_null(m))
			return m;
		cls = js_parent_class(c, cls);
	}
	return (TSNode){0};
}

/* o.m() of the program's own method m: of a class (o a new C() or a name
 * bound to one, this in C's body, a method C inherits, super.m() in the
 * body of a class that extends another) or of an object literal o; null
 * if none */
static TSNode called_method(struct actx *c, TSNode callee)
{
	TSNode obj = js_field(callee, F_object), prop = js_field(callee, F_property), up;

	if (!node_is(prop, "property_identifier"))
		return (TSNode){0};
	while (node_is(obj, "parenthesized_expression"))
		obj = js_last_named(obj);
	if (node_is(obj, "this") || node_is(obj, "super")) {
		/* the class body or literal the method is in */
		for (up = ts_node_parent(obj);
		     !ts_node_is_null(up) && !node_is(up, "method_definition");
		     up = ts_node_parent(up))
			;
		up = ts_node_is_null(up) ? up : ts_node_parent(up);
		if (node_is(up, "class_body"))
			return node_is(obj, "super")
				   ? class_method(c, js_parent_class(c, ts_node_parent(up)), prop)
				   : class_method(c, ts_node_parent(up), prop);
		return node_is(up, "object") && node_is(obj, "this") ? named_method(c, up, prop)
								     : (TSNode){0};
	}
	TSNode lit = js_object_literal_of(c, obj, 1);
	if (!ts_node_is_null(lit))
		return named_method(c, lit, prop);
	TSNode made = js_bound_literal(c, obj, "new_expression", 'n', 1), cls = {0}, ctor = {0};
	const struct binding *b;
	size_t i = 0;
	int seen = 0;
	if (!ts_node_is_null(made))
		ctor = js_field(made, F_constructor);
	if (!node_is(ctor, "identifier"))
		return (TSNode){0};
	while (ts_node_is_null(cls) && seen++ < 4 && (b = js_next_visible(c, ctor, &i)))
		if (b->kind == BIND_VALUE &&
		    (node_is(b->value, "class_declaration") || node_is(b->value, "class")))
			cls = b->value;
	return ts_node_is_null(cls) ? cls : class_method(c, cls, prop);
}

int js_call_returns(struct actx *c, TSNode n, struct js_sources *s)
{
	static const char *const fns[] = {"function_declaration", "function_expression",
					  "arrow_function", NULL};
	TSNode callee = js_field(n, F_function), body;
	const struct binding *b;
	size_t i = 0;
	int seen = 0;

	if (node_is(n, "call_expression") && node_is(callee, "member_expression")) {
		TSNode m = called_method(c, callee);
		if (ts_node_is_null(m) || (ts_node_start_byte(n) >= ts_node_start_byte(m) &&
					   ts_node_end_byte(n) <= ts_node_end_byte(m)))
			return 1;
		body = js_field(m, F_body);
		if (node_is(body, "statement_block"))
			js_body_sources(c, body, JS_RETURNED, s);
		else if (s->n < JS_SOURCES_MAX)
			s->star[s->n] = false, s->v[s->n++] = body;
		else
			s->unknown = true;
		return 0;
	}
	if (!node_is(n, "call_expression") || !node_is(callee, "identifier"))
		return 1;
	while (seen < 4 && (b = js_next_visible(c, callee, &i))) {
		if (b->kind != BIND_VALUE || !js_type_is_any(b->value, fns) ||
		    !node_is(body = js_field(b->value, F_body), "statement_block") ||
		    (ts_node_start_byte(n) >= ts_node_start_byte(body) &&
		     ts_node_end_byte(n) <= ts_node_end_byte(body)))
			continue;
		seen++;
		js_body_sources(c, body, JS_RETURNED, s);
	}
	return seen ? 0 : 1;
}

bool js_literal_member_assigned(struct actx *c, TSNode n, int depth)
{
	TSNode obj = js_field(n, F_object), prop = js_field(n, F_property);

	return node_is(n, "member_expression") && node_is(prop, "property_identifier") &&
	       js_member_assigned(c, obj, node_src(c, prop), node_len(prop)) &&
	       !ts_node_is_null(js_bound_literal(c, obj, "object", 'o', depth + 1));
}
