/*
 * A pair taken out of a dict by popitem() and unpacked into two names:
 *
 *	plan = OrderedDict()
 *	plan["cache"] = str(Path.home())
 *	name, target = plan.popitem()
 *	shutil.rmtree(target)
 *
 * Which pair comes out depends on what was put and popped before, so each
 * name is bound to every key, and every value, the dict is given: in its
 * literal (d = {...}, OrderedDict({...}), dict([(k, v), ...])) and by an
 * item set on it (d[k] = v). The walk for the items set runs only for a
 * program that calls popitem() so.
 */
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

struct pop_names {
	TSNode dict, key, value;
};

static void bind_pair(struct actx *c, const struct pop_names *p, TSNode k, TSNode v)
{
	if (node_is(p->key, "identifier") && !ts_node_is_null(k))
		actx_bind_value(c, node_src(c, p->key), node_len(p->key), k);
	if (node_is(p->value, "identifier") && !ts_node_is_null(v))
		actx_bind_value(c, node_src(c, p->value), node_len(p->value), v);
}

/* The pairs of a literal: {k: v, ...}, or [(k, v), ...] handed to dict()
 * or OrderedDict() */
static void bind_literal(struct actx *c, const struct pop_names *p, TSNode lit)
{
	if (node_is(lit, "call")) {
		TSNode args = node_field(lit, "arguments");
		if (!node_is(args, "argument_list") || ts_node_named_child_count(args) == 0)
			return;
		lit = ts_node_named_child(args, 0);
	}
	bool dict = node_is(lit, "dictionary");
	if (!dict && !node_is(lit, "list") && !node_is(lit, "tuple"))
		return;
	uint32_t n = ts_node_named_child_count(lit);
	for (uint32_t i = 0; i < n && i < 64; i++) {
		TSNode item = ts_node_named_child(lit, i);
		if (dict && node_is(item, "pair"))
			bind_pair(c, p, node_field(item, "key"), node_field(item, "value"));
		else if (!dict && (node_is(item, "tuple") || node_is(item, "list")) &&
			 ts_node_named_child_count(item) == 2)
			bind_pair(c, p, ts_node_named_child(item, 0), ts_node_named_child(item, 1));
	}
}

/* d[k] = v anywhere in the program */
static void bind_sets(struct actx *c, const struct pop_names *p, TSNode n, int depth, int *budget)
{
	if (depth > 60 || --*budget < 0)
		return;
	if (node_is(n, "assignment")) {
		TSNode left = node_field(n, "left");
		TSNode obj = node_is(left, "subscript") ? node_field(left, "value") : (TSNode){0};
		if (node_is(obj, "identifier") && node_len(obj) == node_len(p->dict) &&
		    memcmp(node_src(c, obj), node_src(c, p->dict), node_len(obj)) == 0)
			bind_pair(c, p, node_field(left, "subscript"), node_field(n, "right"));
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		bind_sets(c, p, ts_node_named_child(n, i), depth + 1, budget);
}

void python_bind_popitems(struct actx *c, TSNode root)
{
	TSNode as[16];
	int n = actx_values(c, "#popitem", as, 16);
	for (int j = 0; j < n; j++) {
		TSNode left = node_field(as[j], "left");
		TSNode fn = node_field(node_field(as[j], "right"), "function");
		struct pop_names p = {.dict = node_field(fn, "object"),
				      .key = ts_node_named_child(left, 0),
				      .value = ts_node_named_child(left, 1)};
		if (!node_is(p.dict, "identifier") || ts_node_named_child_count(left) != 2)
			continue;
		TSNode lits[8];
		int nl = 0;
		size_t i = 0;
		const struct binding *b;
		while ((b = actx_lookup(c, node_src(c, p.dict), node_len(p.dict), &i)) && nl < 8)
			if (b->kind == BIND_VALUE)
				lits[nl++] = b->value;
		for (int l = 0; l < nl; l++)
			bind_literal(c, &p, lits[l]);
		int budget = 20000;
		bind_sets(c, &p, root, 0, &budget);
	}
}

/* for name, argv in STEPS.items() (also sorted(STEPS.items()), and for
 * argv in STEPS.values()): the names take each pair's key and value of
 * the dictionary literal STEPS is bound to once and never changed before.
 * true: the loop was such a loop. */
bool python_bind_loop_dict(struct actx *c, TSNode left, TSNode right)
{
	TSNode f = node_is(right, "call") ? node_field(right, "function") : (TSNode){0};
	TSNode a = node_is(right, "call") ? node_field(right, "arguments") : (TSNode){0};
	if (node_is(f, "identifier") && node_is(a, "argument_list") &&
	    ts_node_named_child_count(a) == 1 &&
	    (node_text_is(c, f, "sorted") || node_text_is(c, f, "list") ||
	     node_text_is(c, f, "reversed") || node_text_is(c, f, "tuple"))) {
		right = ts_node_named_child(a, 0);
		f = node_is(right, "call") ? node_field(right, "function") : (TSNode){0};
		a = node_is(right, "call") ? node_field(right, "arguments") : (TSNode){0};
	}
	TSNode obj = node_is(f, "attribute") ? node_field(f, "object") : (TSNode){0};
	if (!node_is(obj, "identifier") || !node_is(a, "argument_list") ||
	    ts_node_named_child_count(a) != 0 || node_len(obj) + 5 > 256)
		return false;
	TSNode m = node_field(f, "attribute");
	bool items = node_text_is(c, m, "items") && node_is(left, "pattern_list") &&
		     ts_node_named_child_count(left) == 2;
	if (!items && !(node_text_is(c, m, "values") && node_is(left, "identifier")))
		return false;
	char key[256];
	memcpy(key, node_src(c, obj), node_len(obj));
	memcpy(key + node_len(obj), "#mut", 4);
	const struct binding *b, *one = NULL;
	size_t i = 0, nb = 0;
	while ((b = actx_lookup(c, node_src(c, obj), node_len(obj), &i)))
		if (nb++ == 0)
			one = b;
	if (nb != 1 || one->kind != BIND_VALUE || !node_is(one->value, "dictionary") ||
	    actx_is_bound(c, key, node_len(obj) + 4))
		return false;
	struct pop_names p;
	memset(&p, 0, sizeof(p));
	p.key = items ? ts_node_named_child(left, 0) : (TSNode){0};
	p.value = items ? ts_node_named_child(left, 1) : left;
	uint32_t k = ts_node_named_child_count(one->value);
	for (uint32_t j = 0; j < k; j++) {
		TSNode pair = ts_node_named_child(one->value, j);
		if (node_is(pair, "pair"))
			bind_pair(c, &p, items ? node_field(pair, "key") : (TSNode){0},
				  node_field(pair, "value"));
	}
	return true;
}
