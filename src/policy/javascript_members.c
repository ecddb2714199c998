/*
 * JavaScript: members and paths reached another way, for
 * javascript_values.c: a property descriptor's value
 * (Object.getOwnPropertyDescriptor(o, 'k').value, Reflect's too, the call
 * or a name bound to it, and Object.getOwnPropertyDescriptors(o).k.value
 * are what the member k of the object literal o holds), a store under a
 * computed key (o[k] = v is a store to o.root when k does not fold), and
 * the path a file URL names. What is found is followed by
 * javascript_values.c's walkers, which struct each carries (this file
 * calls nothing of javascript_values.c by name).
 */
#include <stdlib.h>
#include <string.h>

#include "policy/javascript.h"

/* The member key of the object literal o is, followed. */
static int each_literal_member(struct actx *c, TSNode o, const char *key, size_t klen,
			       const struct each *e, int depth)
{
	TSNode lit = ts_node_is_null(o) ? o : js_object_literal_of(c, o, depth + 1), v;

	if (ts_node_is_null(lit) || !key)
		return 1;
	v = js_object_member(c, lit, key, klen, depth + 1);
	return ts_node_is_null(v) ? 1 : e->walk->value(c, v, e, depth + 1);
}

static bool descriptor_call(struct actx *c, TSNode call, const char *fn)
{
	TSNode f = node_is(call, "call_expression") ? js_field(call, F_function) : (TSNode){0};
	char obj[] = "Object.", refl[] = "Reflect.";
	size_t n = strlen(fn);

	return node_is(call, "call_expression") && node_is(f, "member_expression") &&
	       ((node_len(f) == sizeof(obj) - 1 + n &&
		 memcmp(node_src(c, f), obj, sizeof(obj) - 1) == 0 &&
		 memcmp(node_src(c, f) + sizeof(obj) - 1, fn, n) == 0) ||
		(node_len(f) == sizeof(refl) - 1 + n &&
		 memcmp(node_src(c, f), refl, sizeof(refl) - 1) == 0 &&
		 memcmp(node_src(c, f) + sizeof(refl) - 1, fn, n) == 0));
}

/* n a member expression d.value; 1 when it is not a descriptor's. */
int js_each_descriptor_value(struct actx *c, TSNode n, const struct each *e, int depth)
{
	TSNode d = js_field(n, F_object);
	struct buf k = {0};
	int ret = 1;

	if (!e->some || !node_text_is(c, js_field(n, F_property), "value"))
		return 1;
	if (node_is(d, "identifier"))
		d = js_bound_literal(c, d, "call_expression", 'd', depth + 1);
	if (descriptor_call(c, d, "getOwnPropertyDescriptor")) {
		if (js_fold(c, js_arg_at(d, 1), &k, depth + 1) == 0 && k.data)
			ret = each_literal_member(c, js_arg_at(d, 0), k.data, k.len, e, depth);
	} else if (node_is(d, "member_expression") &&
		   node_is(js_field(d, F_property), "property_identifier")) {
		TSNode p = js_field(d, F_property), all = js_field(d, F_object);
		if (node_is(all,
			    "identifier")) /* const all = Object.getOwnPropertyDescriptors(o) */
			all = js_bound_literal(c, all, "call_expression", 'd', depth + 1);
		if (descriptor_call(c, all, "getOwnPropertyDescriptors")) {
			buf_append(&k, node_src(c, p), node_len(p));
			ret = each_literal_member(c, js_arg_at(all, 0), k.data, k.len, e, depth);
		}
	}
	buf_free(&k);
	return ret;
}

/* The assignment n is o[k] = v with o the same name as obj and a key that
 * folds to prop or does not fold, when one value is looked for: true,
 * with *v what o.prop takes, v, or for a copy o[k] = src[k] of an object
 * literal src, src's member prop (a null node when it has none). */
bool js_keyed_store(struct actx *c, TSNode n, TSNode obj, TSNode prop, const struct each *e,
		    int depth, TSNode *v)
{
	TSNode left = js_field(n, F_left), key, src, lit;
	struct buf k = {0};
	bool folds, hit;

	if (!e->some || !node_is(left, "subscript_expression") || !node_is(obj, "identifier") ||
	    !js_same_text(c, js_field(left, F_object), obj))
		return false;
	key = js_field(left, F_index);
	folds = js_fold(c, key, &k, depth + 1) == 0;
	hit = !folds || (k.len == node_len(prop) && memcmp(k.data, node_src(c, prop), k.len) == 0);
	buf_free(&k);
	*v = js_field(n, F_right);
	if (!hit || folds || !node_is(*v, "subscript_expression") ||
	    !js_same_text(c, js_field(*v, F_index), key))
		return hit;
	src = js_field(*v, F_object); /* for (const k in src) o[k] = src[k] */
	lit = js_object_literal_of(c, src, depth + 1);
	if (!ts_node_is_null(lit)) {
		char *name = js_node_strdup(node_src(c, prop), node_len(prop));
		*v = js_object_member(c, lit, name, node_len(prop), depth + 1);
		free(name);
	}
	return true;
}

/* The path a file URL names, which fs takes as a path: new
 * URL('file:///root/') is /root/, url.pathToFileURL(p) is each value of
 * p; 1 when n is neither. */
int js_each_file_url(struct actx *c, TSNode n, const struct each *e, int depth)
{
	struct buf path = {0};
	TSNode arg = {0};
	int how = js_file_url_of(c, n, &arg, &path, depth), ret = 1;
	if (how == 1)
		ret = e->walk->value(c, arg, e, depth + 1);
	else if (how == 2)
		ret = !e->visit(e->arg, path.data ? path.data : "", path.len) ? -1 : 0;
	buf_free(&path);
	return ret;
}

/* What may be thrown into a catch: each throw of the try block n and of
 * the program's own functions it calls by name, and of those they call
 * (up to three calls deep); not those of functions defined inside it. */
static void caught_sources(struct actx *c, TSNode n, bool top, struct js_sources *s, int walk,
			   int hops)
{
	static const char *const fns[] = {"function_declaration", "function_expression",
					  "arrow_function", NULL};
	const struct binding *b;
	size_t i = 0;

	if (walk > 200 || !actx_step(c)) {
		s->unknown = true;
		return;
	}
	if (top)
		js_body_sources(c, n, JS_THROWN, s);
	if (js_is_function_literal(n) || node_is(n, "function_declaration"))
		return;
	TSNode f = node_is(n, "call_expression") ? js_field(n, F_function) : (TSNode){0};
	for (int seen = 0; node_is(f, "identifier") && seen < 4 && (b = js_next_visible(c, f, &i));
	     seen++) {
		TSNode body = b->kind == BIND_VALUE && js_type_is_any(b->value, fns)
				  ? js_field(b->value, F_body)
				  : (TSNode){0};
		if (node_is(body, "statement_block") && hops < 3)
			caught_sources(c, body, true, s, walk + 1, hops + 1);
		else if (node_is(body, "statement_block"))
			js_body_sources(c, body, JS_THROWN, s);
	}
	for (uint32_t j = 0, k = ts_node_named_child_count(n); j < k; j++)
		caught_sources(c, ts_node_named_child(n, j), false, s, walk + 1, hops);
}

/* The member key (the cause) of what a catch clause's parameter holds:
 * of each error new E(m, { cause }) thrown (a name bound to one too), its
 * cause; of an object literal thrown, its member key. With sub, the
 * member sub of that (err.cause.dir). */
static int caught_each(struct actx *c, TSNode clause, const char *key, size_t klen, TSNode sub,
		       const struct each *e, int depth)
{
	struct js_sources s = {0};
	int ret = 0;

	if (!node_is(js_field(clause, F_parameter), "identifier"))
		return unknown(e);
	caught_sources(c, js_field(ts_node_parent(clause), F_body), true, &s, 0, 0);
	if (s.unknown && unknown(e) < 0)
		return -1;
	for (size_t i = 0; i < s.n && ret == 0; i++) {
		TSNode v = s.v[i], opts;
		if (node_is(v, "identifier"))
			v = js_bound_literal(c, v, "new_expression", 'e', depth + 1);
		opts = node_is(v, "new_expression") ? js_error_options(c, v, depth + 1) : v;
		if (ts_node_is_null(opts))
			ret = unknown(e);
		else if (node_is(opts, "object")) {
			TSNode m = js_object_member(c, opts, key, klen, depth + 1);
			if (!ts_node_is_null(m) && !ts_node_is_null(sub)) {
				TSNode lit = js_object_literal_of(c, m, depth + 1);
				char *sk = js_node_strdup(node_src(c, sub), node_len(sub));
				m = ts_node_is_null(lit)
					? lit
					: js_object_member(c, lit, sk, node_len(sub), depth + 1);
				free(sk);
				if (ts_node_is_null(m) && ts_node_is_null(lit))
					ret = unknown(e);
			}
			if (!ts_node_is_null(m))
				ret = e->walk->value(c, m, e, depth + 1);
		}
	}
	return ret;
}

int js_each_caught_part(struct actx *c, TSNode clause, const char *key, size_t klen,
			const struct each *e, int depth)
{
	return caught_each(c, clause, key, klen, (TSNode){0}, e, depth);
}

/* err.cause.dir where err is a catch clause's parameter: the dir of each
 * cause thrown into it; 1 when obj is not such a cause. */
int js_each_caught_cause(struct actx *c, TSNode obj, TSNode prop, const struct each *e, int depth)
{
	TSNode err = js_field(obj, F_object);
	const struct binding *b;
	size_t i = 0;
	int ret = 0, seen = 0;

	if (!node_is(obj, "member_expression") || !node_is(err, "identifier") ||
	    !node_text_is(c, js_field(obj, F_property), "cause"))
		return 1;
	while (ret == 0 && (b = js_next_visible(c, err, &i)))
		if (b->kind == BIND_LOCAL && node_is(b->value, "catch_clause") && ++seen)
			ret = caught_each(c, b->value, "cause", 5, prop, e, depth + 1);
	return seen ? ret : 1;
}
