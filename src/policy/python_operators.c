/*
 * An operand handed to the program's operator method (python_fold_operand):
 * a binary operator on an instance of the program's class calls that
 * class's method with the other operand,
 *
 *	class Retention:
 *	    def __rmatmul__(self, root): shutil.rmtree(root)
 *	Path.home() @ Retention()        root is Path.home(), "~"
 *
 * The method's second parameter folds as the other side of the first
 * operator of its kind whose own side is an instance of the class (C(...)
 * or a name bound once to one) and whose other side folds.
 *
 * The statements that call a method the same way count too: an item set
 * (reg["home"] = path: __setitem__(self, key, value), its key and its
 * value), an item deleted (del reg[path]: __delitem__(self, key)) and a
 * membership test (path in reg: __contains__(self, item)); an augmented
 * assignment (s += path) calls __iadd__, or __add__ when there is none.
 */
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

#define OPERAND_WALK_NODES 200000u

static const struct {
	const char *method, *op;
	bool right; /* __rX__: the instance is the right operand */
} operator_methods[] = {
    {"__add__", "+", false},	 {"__radd__", "+", true},	{"__sub__", "-", false},
    {"__rsub__", "-", true},	 {"__mul__", "*", false},	{"__rmul__", "*", true},
    {"__matmul__", "@", false},	 {"__rmatmul__", "@", true},	{"__truediv__", "/", false},
    {"__rtruediv__", "/", true}, {"__floordiv__", "//", false}, {"__rfloordiv__", "//", true},
    {"__mod__", "%", false},	 {"__rmod__", "%", true},	{"__pow__", "**", false},
    {"__rpow__", "**", true},	 {"__lshift__", "<<", false},	{"__rlshift__", "<<", true},
    {"__rshift__", ">>", false}, {"__rrshift__", ">>", true},	{"__and__", "&", false},
    {"__rand__", "&", true},	 {"__or__", "|", false},	{"__ror__", "|", true},
    {"__xor__", "^", false},	 {"__rxor__", "^", true},
};

/* the item methods: what a parameter is, by statement */
enum item_kind { ITEM_NONE, ITEM_SET_KEY, ITEM_SET_VALUE, ITEM_DEL_KEY, ITEM_CONTAINS };

struct operand_search {
	struct actx *c;
	TSNode cls;
	const char *op;
	enum item_kind item;
	bool right;
	unsigned left;
	struct buf *out;
	int depth;
};

/* n is an instance of the class: Cls(...), or a name bound once to that */
static bool instance_of(struct actx *c, TSNode cls, TSNode n)
{
	TSNode name = node_field(cls, "name");
	if (node_is(n, "identifier")) {
		const struct binding *b;
		size_t i = 0, nb = 0;
		TSNode v = {0};
		while (nb < 2 && (b = actx_lookup(c, node_src(c, n), node_len(n), &i))) {
			if (b->kind == BIND_VALUE && node_is(b->value, "augmented_assignment"))
				continue; /* s += x keeps the instance */
			if (nb++ == 0 && b->kind == BIND_VALUE)
				v = b->value;
		}
		if (nb != 1)
			return false;
		n = v;
	}
	if (!node_is(n, "call"))
		return false;
	TSNode fn = node_field(n, "function");
	return node_is(fn, "identifier") && node_len(fn) == node_len(name) &&
	       memcmp(node_src(c, fn), node_src(c, name), node_len(fn)) == 0;
}

static int walk(struct operand_search *s, TSNode n, int depth)
{
	if (depth > 400 || s->left == 0)
		return -1;
	s->left--;
	TSNode side = {0};
	if (s->item == ITEM_SET_KEY || s->item == ITEM_SET_VALUE) {
		TSNode l = node_field(n, "left");
		if (node_is(n, "assignment") && node_is(l, "subscript") &&
		    instance_of(s->c, s->cls, node_field(l, "value")))
			side = s->item == ITEM_SET_KEY ? node_field(l, "subscript")
						       : node_field(n, "right");
	} else if (s->item == ITEM_DEL_KEY) {
		TSNode t = ts_node_named_child(n, 0);
		if (node_is(n, "delete_statement") && node_is(t, "subscript") &&
		    instance_of(s->c, s->cls, node_field(t, "value")))
			side = node_field(t, "subscript");
	} else if (s->item == ITEM_CONTAINS) {
		TSNode op = ts_node_child(n, 1);
		if (node_is(n, "comparison_operator") && ts_node_named_child_count(n) == 2 &&
		    node_len(op) == 2 && memcmp(node_src(s->c, op), "in", 2) == 0 &&
		    instance_of(s->c, s->cls, ts_node_named_child(n, 1)))
			side = ts_node_named_child(n, 0);
	}
	if (!ts_node_is_null(side)) {
		size_t mark = s->out->len;
		if (s->c->ops->fold(s->c, side, s->out, s->depth + 1) == 0)
			return 0;
		s->out->len = mark;
	} else if (s->item == ITEM_NONE && (node_is(n, "binary_operator") ||
					    (!s->right && node_is(n, "augmented_assignment")))) {
		/* s += x calls __iadd__, or __add__ when the class has none */
		TSNode op = node_field(n, "operator");
		TSNode l = node_field(n, "left"), r = node_field(n, "right");
		size_t ol = node_len(op) - (node_is(n, "augmented_assignment") ? 1 : 0);
		if (ol == strlen(s->op) && memcmp(node_src(s->c, op), s->op, ol) == 0 &&
		    instance_of(s->c, s->cls, s->right ? r : l)) {
			size_t mark = s->out->len;
			if (s->c->ops->fold(s->c, s->right ? l : r, s->out, s->depth + 1) == 0)
				return 0;
			s->out->len = mark;
		}
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (walk(s, ts_node_named_child(n, i), depth + 1) == 0)
			return 0;
	return -1;
}

int python_fold_operand(struct actx *c, TSNode fn, TSNode p, struct buf *out, int depth)
{
	TSNode body = ts_node_parent(fn), cls = ts_node_parent(body);
	TSNode params = node_field(fn, "parameters");
	uint32_t np = ts_node_named_child_count(params);
	if (!node_is(fn, "function_definition") || !node_is(cls, "class_definition") ||
	    (np != 2 && np != 3) || !node_is(p, "identifier"))
		return -1;
	TSNode name = node_field(fn, "name");
	size_t nl = node_len(name);
	if (nl < 6 || memcmp(node_src(c, name), "__", 2) != 0 || depth > 8)
		return -1;
	TSNode root = fn, up;
	while (!ts_node_is_null(up = ts_node_parent(root)))
		root = up;
	struct operand_search s = {c, cls, "", ITEM_NONE, false, OPERAND_WALK_NODES, out, depth};
	bool first = ts_node_eq(ts_node_named_child(params, 1), p);
	if (np == 3) {
		if (!node_text_is(c, name, "__setitem__"))
			return -1;
		if (first)
			s.item = ITEM_SET_KEY;
		else if (ts_node_eq(ts_node_named_child(params, 2), p))
			s.item = ITEM_SET_VALUE;
		return s.item == ITEM_NONE ? -1 : walk(&s, root, 0);
	}
	if (!first)
		return -1;
	if (node_text_is(c, name, "__delitem__") || node_text_is(c, name, "__contains__")) {
		s.item = node_text_is(c, name, "__delitem__") ? ITEM_DEL_KEY : ITEM_CONTAINS;
		return walk(&s, root, 0);
	}
	/* __iadd__ is __add__'s in place: s += x */
	const char *ms = node_src(c, name);
	bool inplace = nl > 6 && ms[2] == 'i';
	for (size_t i = 0; i < ARRAY_SIZE(operator_methods); i++) {
		const char *m = operator_methods[i].method;
		if (inplace ? (operator_methods[i].right || strlen(m) + 1 != nl ||
			       memcmp(m + 2, ms + 3, nl - 3) != 0)
			    : (strlen(m) != nl || memcmp(m, ms, nl) != 0))
			continue;
		s.op = operator_methods[i].op;
		s.right = operator_methods[i].right;
		return walk(&s, root, 0);
	}
	return -1;
}
