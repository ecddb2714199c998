/*
 * JavaScript: a property descriptor's value, for javascript_values.c:
 * Object.getOwnPropertyDescriptor(o, 'k').value (Reflect's too, the call
 * or a name bound to it) and Object.getOwnPropertyDescriptors(o).k.value
 * are what the member k of the object literal o holds. What is found is
 * followed by javascript_values.c's walkers, which struct each carries
 * (this file calls nothing of javascript_values.c by name).
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
