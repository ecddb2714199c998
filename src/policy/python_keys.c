/*
 * The values a Python program gives a dictionary key, for
 * #some-value-match? and #each-value-match? (python_inert.c
 * python_each_value, python_values.c): a dictionary literal's pair,
 * d["k"] = v, d.setdefault("k", v).
 */
#include <stdlib.h>
#include <string.h>

#include "policy/python.h"

static bool contains(TSNode outer, TSNode n)
{
	return ts_node_start_byte(outer) <= ts_node_start_byte(n) &&
	       ts_node_end_byte(n) <= ts_node_end_byte(outer);
}

/* d["k"], d.get("k"): each value the program binds to the key "k" (a
 * dictionary literal's pair, d["k"] = v, d.setdefault("k", v)), folded or
 * its environment default, given to visit; true when visit stopped. */
bool python_each_value_of_key(struct actx *c, TSNode kn,
			      bool (*visit)(void *arg, const char *s, size_t len), void *arg,
			      int depth)
{
	const struct binding *b;
	size_t i = 0, nb = 0, len;
	bool found = false;
	char k[64];
	size_t klen = depth > 8 || ts_node_is_null(kn) ? 0 : python_key_name(c, kn, k, depth);
	if (klen == 0)
		return false;
	while (!found && nb++ < 16 && (b = actx_lookup(c, k, klen, &i))) {
		char *v = b->kind == BIND_VALUE && !contains(b->value, kn)
			      ? python_fold_or_default(c, b->value, depth + 1, &len)
			      : NULL;
		found = v && !visit(arg, v, len);
		free(v);
	}
	return found;
}

bool python_each_key_value(struct actx *c, TSNode n,
			   bool (*visit)(void *arg, const char *s, size_t len), void *arg,
			   int depth)
{
	TSNode kn = node_is(n, "subscript") ? node_field(n, "subscript") : (TSNode){0};

	if (node_is(n, "call") && node_is(node_field(n, "function"), "attribute") &&
	    node_text_is(c, node_field(node_field(n, "function"), "attribute"), "get"))
		kn = ts_node_named_child(node_field(n, "arguments"), 0);
	return python_each_value_of_key(c, kn, visit, arg, depth);
}
