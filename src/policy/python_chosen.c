/*
 * One item chosen out of a list literal by a builtin whose choice depends
 * on a test the analysis does not run:
 *
 *	places = ["build/cache", os.path.expanduser("~")]
 *	shutil.rmtree(next(filter(os.path.isabs, places)))
 *
 * folds as a loop's name does: each item in turn (actx.loop_pick), so that
 * #value-match? and #some-value-match? see every one.
 */
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

/* The builtin fn names (not a name the program binds). */
static bool builtin_named(struct actx *c, TSNode fn, const char *name)
{
	size_t i = 0;
	return node_is(fn, "identifier") && node_text_is(c, fn, name) &&
	       actx_lookup(c, node_src(c, fn), node_len(fn), &i) == NULL;
}

/* The list literal an iterable reads, itself or through iter(l),
 * reversed(l), sorted(l), filter(f, l) or (x for x in l if ...); else a
 * null node. */
static TSNode chosen_list(struct actx *c, TSNode it)
{
	TSNode none = {0};
	if (node_is(it, "generator_expression")) {
		TSNode body = node_field(it, "body"), clause = ts_node_named_child(it, 1);
		TSNode left = node_field(clause, "left");
		if (!node_is(clause, "for_in_clause") || !node_is(body, "identifier") ||
		    !node_is(left, "identifier") || node_len(left) != node_len(body) ||
		    memcmp(node_src(c, left), node_src(c, body), node_len(body)) != 0)
			return none;
		it = node_field(clause, "right");
	} else if (node_is(it, "call")) {
		TSNode fn = node_field(it, "function");
		TSNode a0 = python_first_arg(it, 0), a1 = python_first_arg(it, 1);
		if (builtin_named(c, fn, "filter") && !ts_node_is_null(a1))
			it = a1;
		else if ((builtin_named(c, fn, "iter") || builtin_named(c, fn, "reversed") ||
			  builtin_named(c, fn, "sorted")) &&
			 !ts_node_is_null(a0))
			it = a0;
		else
			return none;
	}
	if (node_is(it, "identifier"))
		it = python_bound_list(c, it);
	return node_is(it, "list") || node_is(it, "tuple") ? it : none;
}

static bool random_choice(const struct names *ns)
{
	for (int i = 0; ns && i < ns->n; i++)
		if (strcmp(ns->v[i], "random.choice") == 0 ||
		    strcmp(ns->v[i], "secrets.choice") == 0)
			return true;
	return false;
}

/* One item chosen out of a list: next(filter(os.path.isabs, places)),
 * next(x for x in places if ...), next(iter(places)), max(places,
 * key=len), min(...), random.choice(places). Which one the program takes
 * depends on a test the analysis does not run, so each is one of the
 * values, as a loop's name is (actx.loop_pick). */
int python_fold_chosen(struct actx *c, TSNode call, TSNode fn, const struct names *ns,
		       struct buf *out, int depth)
{
	TSNode args = node_field(call, "arguments"), a0 = python_first_arg(call, 0), l = {0};
	if (node_is(args, "generator_expression"))
		a0 = args;
	if (ts_node_is_null(a0) || node_is(a0, "keyword_argument"))
		return -1;
	if (builtin_named(c, fn, "next"))
		l = chosen_list(c, a0);
	else if (builtin_named(c, fn, "max") || builtin_named(c, fn, "min") || random_choice(ns))
		l = node_is(a0, "identifier") ? python_bound_list(c, a0) : a0;
	return python_fold_pick(c, l, out, depth);
}
