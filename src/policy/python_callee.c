/*
 * The function a call calls, seen through the shapes that only hand it on:
 * a dictionary literal subscripted by one of its keys and the program's
 * own function that returns its parameter, so that methods fold as they do
 * called directly:
 *
 *	{"f": Path.home}["f"]().joinpath(".ssh")   # Path.home().joinpath
 *	def _id(f): return f
 *	_id(os.path.expanduser)("~")               # os.path.expanduser("~")
 */
#include <string.h>

#include "policy/python.h"

/* python_bind.c's python_plain_key and python_resolve.c's python_first_arg,
 * kept here: python_bind.c calls this file */
static bool plain_key(TSNode s, TSNode *body)
{
	if (!node_is(s, "string") || ts_node_named_child_count(s) != 3)
		return false;
	*body = ts_node_named_child(s, 1);
	return node_is(*body, "string_content") && ts_node_child_count(*body) == 0 &&
	       node_is(ts_node_named_child(s, 0), "string_start") &&
	       node_len(ts_node_named_child(s, 0)) == 1;
}

/* the only argument of call, positional; else a null node */
static TSNode only_arg(TSNode call)
{
	TSNode args = node_field(call, "arguments");
	if (!node_is(args, "argument_list") || ts_node_named_child_count(args) != 1)
		return (TSNode){0};
	TSNode a = ts_node_named_child(args, 0);
	return node_is(a, "keyword_argument") || node_is(a, "list_splat") ||
		       node_is(a, "dictionary_splat") || node_is(a, "comment")
		   ? (TSNode){0}
		   : a;
}

/* {"k": v, ...}["k"]: v, the one pair of that plain key; else a null node */
static TSNode dict_item(struct actx *c, TSNode sub)
{
	TSNode box = node_field(sub, "value"), key = node_field(sub, "subscript"), kb, pb;
	TSNode found = {0};
	if (!node_is(box, "dictionary") || !plain_key(key, &kb))
		return (TSNode){0};
	uint32_t n = ts_node_named_child_count(box);
	for (uint32_t i = 0; i < n; i++) {
		TSNode pair = ts_node_named_child(box, i);
		if (!node_is(pair, "pair"))
			return (TSNode){0}; /* {**other, ...} */
		if (!plain_key(node_field(pair, "key"), &pb) || node_len(pb) != node_len(kb) ||
		    memcmp(node_src(c, pb), node_src(c, kb), node_len(kb)) != 0)
			continue;
		if (!ts_node_is_null(found))
			return (TSNode){0};
		found = node_field(pair, "value");
	}
	return found;
}

static bool same_text(struct actx *c, TSNode a, TSNode b)
{
	return !ts_node_is_null(a) && !ts_node_is_null(b) && node_len(a) == node_len(b) &&
	       memcmp(node_src(c, a), node_src(c, b), node_len(a)) == 0;
}

/* f(x) where f, the program's function bound once, is def f(p): return p */
static TSNode identity_arg(struct actx *c, TSNode call)
{
	TSNode fn = node_field(call, "function"), a0 = only_arg(call);
	if (!node_is(fn, "identifier") || ts_node_is_null(a0))
		return (TSNode){0};
	char key[64]; /* what f returns is bound to "f()" (python_bind.c) */
	size_t i = 0, nb = 0, len = node_len(fn);
	const struct binding *b, *one = NULL;
	if (len + 2 > sizeof(key))
		return (TSNode){0};
	memcpy(key, node_src(c, fn), len);
	memcpy(key + len, "()", 2);
	while (nb < 2 && (b = actx_lookup(c, key, len + 2, &i)))
		if (nb++ == 0)
			one = b;
	if (nb != 1 || one->kind != BIND_VALUE || !node_is(one->value, "identifier"))
		return (TSNode){0};
	TSNode ret = ts_node_parent(one->value), body = ts_node_parent(ret);
	TSNode def = ts_node_parent(body), params = node_field(def, "parameters");
	if (!node_is(ret, "return_statement") || !node_is(def, "function_definition") ||
	    ts_node_named_child_count(body) != 1 || !same_text(c, node_field(def, "name"), fn) ||
	    ts_node_named_child_count(params) != 1 ||
	    !same_text(c, ts_node_named_child(params, 0), one->value))
		return (TSNode){0};
	return a0;
}

TSNode python_callee(struct actx *c, TSNode fn)
{
	for (int k = 0; k < 4; k++) {
		TSNode next = node_is(fn, "parenthesized_expression") ? ts_node_named_child(fn, 0)
			      : node_is(fn, "subscript")	      ? dict_item(c, fn)
			      : node_is(fn, "call")		      ? identity_arg(c, fn)
								      : (TSNode){0};
		if (ts_node_is_null(next))
			break;
		fn = next;
	}
	return fn;
}

bool python_callee_getattr(struct actx *c, TSNode fn, TSNode *obj, TSNode *name)
{
	TSNode args = node_field(fn, "arguments"), body;
	if (!node_is(fn, "call") || !node_text_is(c, node_field(fn, "function"), "getattr") ||
	    !node_is(args, "argument_list") || ts_node_named_child_count(args) != 2 ||
	    !plain_key(ts_node_named_child(args, 1), &body) ||
	    actx_lookup(c, "getattr", 7, &(size_t){0}) != NULL)
		return false;
	*obj = ts_node_named_child(args, 0);
	*name = body;
	return !node_is(*obj, "keyword_argument") && !node_is(*obj, "list_splat");
}

bool python_method_parts(struct actx *c, TSNode fn, TSNode *obj, TSNode *name)
{
	if (node_is(fn, "attribute") && ts_node_named_child_count(fn) == 2) {
		*obj = ts_node_named_child(fn, 0);
		*name = ts_node_named_child(fn, 1);
		return true;
	}
	return python_callee_getattr(c, fn, obj, name);
}
