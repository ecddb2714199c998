/*
 * JavaScript: the lists a value may come from when one value is looked
 * for (javascript_values.c): the pairs behind a Map or an entries() call,
 * and the constants an argument may be through ||, ?? and ?:.
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
				out = js_bound_literal(c, js_arg_at(n, 0), "object", 'o', depth + 1);
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
