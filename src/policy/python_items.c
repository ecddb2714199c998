/*
 * The items of a list the program builds (python_each_item): what a loop
 * over it, or over a parameter it is passed as, may give its name.
 *
 *	roots = []
 *	roots.append(Path(site.getuserbase()).parent)
 *	return [r for r in roots if r.exists()]
 *	...
 *	for p in paths: shutil.rmtree(p)
 */
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

bool python_each_item(struct actx *c, TSNode v, bool (*visit)(void *arg, const char *s, size_t len),
		      void *arg, int depth, unsigned *left)
{
	const struct binding *b;
	size_t i = 0, len;
	char key[256];

	while (node_is(v, "parenthesized_expression"))
		v = ts_node_named_child(v, 0);
	if (depth > 8 || *left == 0 || ts_node_is_null(v))
		return false;
	(*left)--;
	if (node_is(v, "list") || node_is(v, "tuple") || node_is(v, "set")) {
		for (uint32_t k = 0; k < ts_node_named_child_count(v); k++) {
			TSNode e = ts_node_named_child(v, k);
			if (node_is(e, "list_splat")) {
				if (python_each_item(c, ts_node_named_child(e, 0), visit, arg, depth + 1, left))
					return true;
				continue;
			}
			char *s = python_fold_or_default(c, e, depth + 1, &len);
			bool hit = s && !visit(arg, s, len);
			free(s);
			if (hit)
				return true;
		}
		return false;
	}
	if (node_is(v, "list_comprehension") || node_is(v, "generator_expression") ||
	    node_is(v, "set_comprehension")) {
		TSNode body = ts_node_named_child(v, 0), f = ts_node_named_child(v, 1);
		TSNode name = node_field(f, "left");
		return node_is(f, "for_in_clause") && node_is(body, "identifier") &&
		       node_is(name, "identifier") && node_len(body) == node_len(name) &&
		       memcmp(node_src(c, body), node_src(c, name), node_len(name)) == 0 &&
		       python_each_item(c, node_field(f, "right"), visit, arg, depth + 1, left);
	}
	if (node_is(v, "yield")) { /* a generator's yield x, yield from xs */
		TSNode y = ts_node_named_child(v, 0);
		if (node_len(v) > 10 && memcmp(node_src(c, v), "yield from", 10) == 0)
			return python_each_item(c, y, visit, arg, depth + 1, left);
		char *s = python_fold_or_default(c, y, depth + 1, &len);
		bool hit = s && !visit(arg, s, len);
		free(s);
		return hit;
	}
	if (node_is(v, "binary_operator"))
		return python_each_item(c, node_field(v, "left"), visit, arg, depth + 1, left) ||
		       python_each_item(c, node_field(v, "right"), visit, arg, depth + 1, left);
	TSNode fn = node_field(v, "function");
	if (node_is(v, "call") && node_is(fn, "identifier")) {
		TSNode a0 = ts_node_named_child(node_field(v, "arguments"), 0);
		if (node_text_is(c, fn, "list") || node_text_is(c, fn, "sorted") ||
		    node_text_is(c, fn, "tuple") || node_text_is(c, fn, "set"))
			return python_each_item(c, a0, visit, arg, depth + 1, left);
		if (python_each_iterated(c, v, visit, arg, depth + 1))
			return true; /* C(): what the class's __iter__ yields */
		len = node_len(fn); /* f(): what the program's f returns */
		if (len + 3 > sizeof(key))
			return false;
		memcpy(key, node_src(c, fn), len);
		memcpy(key + len, "()", 2);
		for (int n = 0; n < 8 && (b = actx_lookup(c, key, len + 2, &i)); n++)
			if (b->kind == BIND_VALUE &&
			    python_each_item(c, b->value, visit, arg, depth + 1, left))
				return true;
		return false;
	}
	if (!node_is(v, "identifier") || node_len(v) + 4 > sizeof(key))
		return false;
	for (int n = 0; n < 16 && (b = actx_lookup(c, node_src(c, v), node_len(v), &i)); n++) {
		TSNode bv = b->value;
		if (b->kind != BIND_VALUE || node_is(bv, "for_statement"))
			continue;
		if (node_is(bv, "augmented_assignment"))
			bv = node_field(bv, "right");
		if (python_each_item(c, bv, visit, arg, depth + 1, left))
			return true;
	}
	len = node_len(v);
	memcpy(key, node_src(c, v), len);
	for (int star = 0; star < 2; star++) {
		memcpy(key + len, star ? "[*]" : "[]", star ? 3 : 2);
		i = 0;
		for (int n = 0; n < 16 && (b = actx_lookup(c, key, len + 2 + star, &i)); n++) {
			if (b->kind != BIND_VALUE)
				continue;
			if (star && python_each_item(c, b->value, visit, arg, depth + 1, left))
				return true;
			char *s = star ? NULL : python_fold_or_default(c, b->value, depth + 1, &len);
			bool hit = s && !visit(arg, s, len);
			free(s);
			len = node_len(v);
			if (hit)
				return true;
		}
	}
	return false;
}


int python_fold_held(struct actx *c, TSNode holder, TSNode m, struct buf *out, int depth)
{
	char key[256];
	size_t len = node_len(holder), i = 0;
	const struct binding *b, *one = NULL;
	int nb = 0;

	if (!node_is(holder, "identifier") ||
	    !(node_text_is(c, m, "get") || node_text_is(c, m, "get_nowait")))
		return -2;
	if (len + 3 > sizeof(key) || depth > RESOLVE_DEPTH)
		return -1;
	memcpy(key, node_src(c, holder), len);
	memcpy(key + len, "[*]", 3);
	if (actx_is_bound(c, key, len + 3))
		return -1;
	memcpy(key + len, "[]", 2);
	while ((b = actx_lookup(c, key, len + 2, &i)))
		if (nb++ == 0)
			one = b;
	if (nb != 1 || one->kind != BIND_VALUE)
		return -1;
	return c->ops->fold(c, one->value, out, depth + 1);
}
