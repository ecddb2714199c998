/*
 * A lambda kept under a name (python_lambda_name):
 *
 *	wipe = lambda p: shutil.rmtree(p)
 *	wipe(os.path.expanduser("~"))
 *
 * is called by that name as a def of it would be, so its parameters fold
 * to what those calls give them (python_fold_parameter), as a function's.
 */
#include <stdlib.h>
#include <string.h>

#include "policy/python.h"

TSNode python_lambda_name(struct actx *c, TSNode lam)
{
	TSNode p, none = {0};
	if (!node_is(lam, "lambda") || !node_is(p = ts_node_parent(lam), "assignment"))
		return none;
	TSNode left = node_field(p, "left");
	if (!node_is(left, "identifier") || !ts_node_eq(node_field(p, "right"), lam))
		return none;
	size_t i = 0, nb = 0;
	const struct binding *b;
	while ((b = actx_lookup(c, node_src(c, left), node_len(left), &i)))
		if (nb++ > 0 || b->kind != BIND_VALUE || !ts_node_eq(b->value, lam))
			return none;
	return nb == 1 ? left : none;
}

/* Whether call calls the builtin map or filter (a name the program does
 * not bind). */
static bool map_or_filter(struct actx *c, TSNode call)
{
	TSNode fn = node_is(call, "call") ? ts_node_named_child(call, 0) : (TSNode){0};
	size_t i = 0;
	return (node_text_is(c, fn, "map") || node_text_is(c, fn, "filter")) &&
	       actx_lookup(c, node_src(c, fn), node_len(fn), &i) == NULL;
}

/* What call gives lambda parameter p (by position or keyword, else its
 * default), or a null node. */
static TSNode lambda_argument(struct actx *c, TSNode lam, TSNode p, TSNode call)
{
	TSNode params = node_field(lam, "parameters"), args = node_field(call, "arguments");
	TSNode pname = python_parameter_name(p), none = {0};
	uint32_t k = ts_node_named_child_count(params), idx = 0, pos = 0;
	while (idx < k && !ts_node_eq(ts_node_named_child(params, idx), p)) {
		TSNode q = ts_node_named_child(params, idx++);
		if (!node_is(q, "identifier") && !node_is(q, "default_parameter"))
			return none;
	}
	if (idx == k || ts_node_is_null(pname) || !node_is(args, "argument_list"))
		return none;
	uint32_t n = ts_node_named_child_count(args);
	for (uint32_t i = 0; i < n; i++) {
		TSNode a = ts_node_named_child(args, i);
		if (node_is(a, "list_splat") || node_is(a, "dictionary_splat"))
			return none;
		if (node_is(a, "keyword_argument")) {
			TSNode kw = node_field(a, "name");
			if (node_len(kw) == node_len(pname) &&
			    memcmp(node_src(c, kw), node_src(c, pname), node_len(kw)) == 0)
				return node_field(a, "value");
		} else if (!node_is(a, "comment") && pos++ == idx)
			return a;
	}
	return node_is(p, "default_parameter") ? node_field(p, "value") : none;
}

/* a key the fetch may use equal to the lambda's (for stage in ("log",
 * "clean"): OPS.get(stage)) */
struct same {
	const char *k;
	size_t len;
};

static bool same_visit(void *arg, const char *s, size_t len)
{
	const struct same *w = arg;
	return !(len == w->len && memcmp(s, w->k, len) == 0); /* false: found */
}

/* OPS = {"reset": lambda d: ...} ... OPS["reset"](home): a lambda that is
 * the value of a plain key of a dictionary bound once to a name, called
 * through that key (or fetched by it with OPS.get("reset")): what the
 * first such call that folds gives p. */
/* ACTIONS = {"cache": {"fn": lambda p: ...}} ... ACTIONS["cache"]["fn"](x):
 * a lambda in a dictionary that is itself the value of a plain key; the
 * outer key, folded, else NULL (and *outer a null node) */
static char *outer_key(struct actx *c, TSNode dict, TSNode *outer, int depth)
{
	TSNode opair = ts_node_parent(dict), odict = ts_node_parent(opair);
	size_t len;
	*outer = (TSNode){0};
	if (!node_is(opair, "pair") || !node_is(odict, "dictionary") ||
	    !ts_node_eq(node_field(opair, "value"), dict))
		return NULL;
	char *k = fold_dup(c, node_field(opair, "key"), depth + 1, &len);
	if (k)
		*outer = odict;
	return k;
}

static bool key_is(struct actx *c, TSNode sub, const char *k, size_t klen, int depth)
{
	size_t slen;
	char *s = fold_dup(c, sub, depth + 1, &slen);
	bool hit = s && slen == klen && memcmp(s, k, klen) == 0;
	free(s);
	return hit;
}

static int fold_entry(struct actx *c, TSNode lam, TSNode p, struct buf *out, int depth)
{
	TSNode pair = ts_node_parent(lam), dict = ts_node_parent(pair), outer;
	char *k1 = outer_key(c, dict, &outer, depth);
	TSNode set = ts_node_parent(ts_node_is_null(outer) ? dict : outer);
	TSNode name = node_field(set, "left");
	if (!node_is(dict, "dictionary") || !ts_node_eq(node_field(pair, "value"), lam) ||
	    !node_is(set, "assignment") || !node_is(name, "identifier") ||
	    node_len(name) + 3 > 256 || depth > 16) {
		free(k1);
		return -1;
	}
	size_t i = 0, nb = 0, klen, k1len = k1 ? strlen(k1) : 0, len = node_len(name);
	const struct binding *b;
	while ((b = actx_lookup(c, node_src(c, name), len, &i)))
		if (nb++ > 0 || b->kind != BIND_VALUE ||
		    !ts_node_eq(b->value, ts_node_is_null(outer) ? dict : outer)) {
			free(k1);
			return -1;
		}
	char key[256], *k = fold_dup(c, node_field(pair, "key"), depth + 1, &klen);
	if (k == NULL) {
		free(k1);
		return -1;
	}
	memcpy(key, node_src(c, name), len);
	memcpy(key + len, "[(", 2);
	int ret = -1, tries = 0;
	i = 0;
	while (ret < 0 && tries++ < 8 && (b = actx_lookup(c, key, len + 2, &i))) {
		/* the key: OPS[key](x), or OPS.get(key)(x)'s first argument;
		 * hook(x) with hook = OPS.get(key) (python_bind.c) */
		TSNode f = ts_node_named_child(b->value, 0), arg = {0};
		size_t j = 0;
		const struct binding *fb;
		if (k1) { /* ACTIONS["cache"]["fn"](x): both keys */
			TSNode in = node_is(f, "subscript") ? node_field(f, "value") : (TSNode){0};
			if (node_is(in, "subscript") &&
			    key_is(c, node_field(in, "subscript"), k1, k1len, depth) &&
			    key_is(c, node_field(f, "subscript"), k, klen, depth) &&
			    !ts_node_is_null(arg = lambda_argument(c, lam, p, b->value))) {
				size_t mark = out->len;
				if ((ret = c->ops->fold(c, arg, out, depth + 1)) != 0)
					out->len = mark;
			}
			continue;
		}
		if (node_is(f, "identifier") &&
		    (fb = actx_lookup(c, node_src(c, f), node_len(f), &j)) && fb->kind == BIND_VALUE)
			f = fb->value;
		TSNode sub = node_is(f, "call")
				 ? ts_node_named_child(node_field(f, "arguments"), 0)
				 : ts_node_named_child(f, 1);
		size_t slen;
		char *s = fold_dup(c, sub, depth + 1, &slen);
		struct same want = {k, klen};
		bool hit = s ? slen == klen && memcmp(s, k, klen) == 0
			     : c->ops->each_value && !ts_node_is_null(sub) &&
				   c->ops->each_value(c, sub, true, same_visit, &want, 0) < 0;
		if (hit && !ts_node_is_null(arg = lambda_argument(c, lam, p, b->value))) {
			size_t mark = out->len;
			if ((ret = c->ops->fold(c, arg, out, depth + 1)) != 0)
				out->len = mark;
		}
		free(s);
	}
	free(k);
	free(k1);
	return ret;
}

int python_fold_lambda_item(struct actx *c, TSNode lam, TSNode p, struct buf *out, int depth)
{
	if (!node_is(lam, "lambda"))
		return -1;
	if (node_is(ts_node_parent(lam), "pair"))
		return fold_entry(c, lam, p, out, depth);
	TSNode args = ts_node_parent(lam);
	TSNode params = node_field(lam, "parameters");
	if (!node_is(args, "argument_list") ||
	    !ts_node_eq(ts_node_named_child(args, 0), lam) ||
	    !map_or_filter(c, ts_node_parent(args)) || ts_node_is_null(params))
		return -1;
	/* parameter i takes the items of iterable i + 1 */
	uint32_t k = ts_node_named_child_count(params), i = 0;
	while (i < k && !ts_node_eq(ts_node_named_child(params, i), p))
		i++;
	TSNode it = i < k ? ts_node_named_child(args, i + 1) : (TSNode){0};
	if (ts_node_is_null(it) || !node_is(p, "identifier"))
		return -1;
	/* a listing (glob.glob(...), os.listdir(...)): the pattern of what
	 * it gives (python_fold_listing) */
	if (node_is(it, "call"))
		return c->ops->fold(c, it, out, depth + 1);
	/* one of the items, as a loop's name: each for #value-match? */
	return python_fold_pick(c, python_bound_list(c, it), out, depth);
}

int python_fold_pick(struct actx *c, TSNode l, struct buf *out, int depth)
{
	if (!node_is(l, "list") && !node_is(l, "tuple"))
		return -1;
	uint32_t n = ts_node_named_child_count(l);
	for (uint32_t j = 0; j < n; j++)
		if (node_is(ts_node_named_child(l, j), "list_splat"))
			return -1;
	if (n == 0)
		return -1;
	c->loop_seen = true;
	if ((int)n > c->loop_max)
		c->loop_max = (int)n;
	if (c->loop_pick == 0)
		return -1;
	return c->ops->fold(c, ts_node_named_child(l, (uint32_t)(c->loop_pick - 1) % n), out,
			    depth + 1);
}
