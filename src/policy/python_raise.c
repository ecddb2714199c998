/*
 * A value carried by an exception (python_fold_raised): what a raise
 * statement gives its exception is what the handler reads back,
 *
 *	def check(): raise Stale(os.path.expanduser("~"))
 *	try: check()
 *	except Stale as err: shutil.rmtree(err.args[0])      (or str(err))
 *
 * err is bound by `except E as err`; err.args[i] folds as the i-th
 * argument of a `raise E(...)` of the program (the first one that folds),
 * and err itself (str(err), f"{err}") as the argument of one raised with
 * exactly one. A handler of a tuple of types, a bare raise or an instance
 * made elsewhere does not fold.
 */
#include <stdio.h>
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

#define RAISE_WALK_NODES 200000u

/* The type an `except E as name` around n binds name to, or a null node:
 * from the name's bindings (its setter, the as_pattern), not by walking up
 * from n (a parent is costly to find, and most names are not handlers'). */
static TSNode except_type(struct actx *c, TSNode n)
{
	size_t i = 0;
	const struct binding *b;
	uint32_t at = ts_node_start_byte(n);

	while ((b = actx_lookup(c, node_src(c, n), node_len(n), &i))) {
		if (b->kind != BIND_RUNTIME || !node_is(b->value, "as_pattern"))
			continue;
		TSNode clause = ts_node_parent(b->value);
		if (!node_is(clause, "except_clause") || at < ts_node_start_byte(clause) ||
		    at >= ts_node_end_byte(clause))
			continue;
		TSNode type = ts_node_named_child(b->value, 0);
		return node_is(type, "identifier") || node_is(type, "attribute") ? type
										  : (TSNode){0};
	}
	return (TSNode){0};
}

struct search {
	struct actx *c;
	TSNode type;
	long idx;
	bool whole;
	unsigned left;
	struct buf *out;
	int depth;
};

/* The idx-th argument of a raise of the type, folded into s->out: 0. */
static int raised_arg(struct search *s, TSNode call)
{
	struct actx *c = s->c;
	TSNode fn = node_field(call, "function"), args = node_field(call, "arguments");
	if (node_len(fn) != node_len(s->type) ||
	    memcmp(node_src(c, fn), node_src(c, s->type), node_len(fn)) != 0 ||
	    !node_is(args, "argument_list"))
		return -1;
	uint32_t k = ts_node_named_child_count(args);
	long at = 0;
	TSNode arg = {0};
	for (uint32_t i = 0; i < k; i++) {
		TSNode a = ts_node_named_child(args, i);
		if (node_is(a, "comment") || node_is(a, "keyword_argument"))
			continue;
		if (node_is(a, "list_splat") || node_is(a, "dictionary_splat"))
			return -1;
		if (at++ == s->idx)
			arg = a;
	}
	if (ts_node_is_null(arg) || (s->whole && at != 1))
		return -1;
	size_t mark = s->out->len;
	if (c->ops->fold(c, arg, s->out, s->depth + 1) == 0)
		return 0;
	s->out->len = mark;
	return -1;
}

static int walk(struct search *s, TSNode n, int depth)
{
	if (depth > 400 || s->left == 0)
		return -1;
	s->left--;
	if (node_is(n, "raise_statement")) {
		TSNode e = ts_node_named_child(n, 0);
		return node_is(e, "call") ? raised_arg(s, e) : -1;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (walk(s, ts_node_named_child(n, i), depth + 1) == 0)
			return 0;
	return -1;
}

int python_fold_raised(struct actx *c, TSNode name, long idx, bool whole, struct buf *out,
		       int depth)
{
	if (!node_is(name, "identifier") || idx < 0)
		return -1;
	TSNode type = except_type(c, name);
	if (ts_node_is_null(type) || node_len(type) > 200)
		return -1;
	/* the answer is kept per type and argument (1 folds, 2 not): an
	 * ordinary handler (except OSError as e) is folded by many rules,
	 * and a program seldom raises what it catches */
	char key[256];
	int k = snprintf(key, sizeof(key), "%.*s#%ld%c", (int)node_len(type), node_src(c, type),
			 idx, whole ? 'w' : 'a');
	struct memo *m =
	    k > 0 && (size_t)k < sizeof(key) ? actx_memo_find(c, 'x', key, (size_t)k) : NULL;
	if (m && m->seen == 2)
		return -1;
	TSNode root = name;
	while (!ts_node_is_null(ts_node_parent(root)))
		root = ts_node_parent(root);
	struct search s = {c, type, idx, whole, RAISE_WALK_NODES, out, depth};
	int ret = walk(&s, root, 0);
	if (m)
		m->seen = ret == 0 ? 1 : 2;
	return ret;
}
