/*
 * A value kept on an object of the program's own class
 * (python_fold_method, python_fold_object_attribute):
 *
 *	class Job:
 *	    def __init__(self, p): self.p = p
 *	    def path(self): return self.p
 *	shutil.rmtree(Job(home).path())
 *
 * also job.path() of a name bound once to Job(home), a @property
 * (Job(home).path), the attribute itself (Job(home).p), a method of self
 * in a method being folded, and self.p in a method of the class (the
 * object one of the class's constructions). The method's returns fold
 * with its parameters bound to the call's arguments (a frame, as for a
 * function's call: python_fold_own_call), and self.ATTR as the one value
 * the class gives it, in __init__, folded with __init__'s parameters bound
 * to the constructor's arguments. The class is a class statement at the
 * module's top level, the only one of its name.
 *
 * And the items of a list the program builds (python_each_item), which a
 * loop over an object of such a class takes from its __iter__ too: what a
 * loop over the list, or over a parameter it is passed as, may give its
 * name.
 *
 *	roots = []
 *	roots.append(Path(site.getuserbase()).parent)
 *	return [r for r in roots if r.exists()]
 *	...
 *	for p in paths: shutil.rmtree(p)
 */
#include <stdlib.h>
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

#define METHOD_BYTES 2048 /* a larger method or __init__ is not folded */
#define METHOD_RETURNS 8

static bool text_is(struct actx *c, TSNode n, const char *s, size_t len)
{
	return !ts_node_is_null(n) && node_len(n) == len && memcmp(node_src(c, n), s, len) == 0;
}

static TSNode undecorated(TSNode s)
{
	return node_is(s, "decorated_definition") ? node_field(s, "definition") : s;
}

static bool within(TSNode outer, TSNode n)
{
	return ts_node_start_byte(outer) <= ts_node_start_byte(n) &&
	       ts_node_end_byte(n) <= ts_node_end_byte(outer);
}

/* The module-level class named name, the only one (bound to "NAME^"). */
static TSNode find_class(struct actx *c, TSNode name)
{
	char key[256];
	size_t len = node_len(name), i = 0, nb = 0;
	const struct binding *b;
	TSNode cls = {0};
	if (len + 2 > sizeof(key))
		return cls;
	memcpy(key, node_src(c, name), len);
	key[len++] = '^';
	while ((b = actx_lookup(c, key, len, &i)))
		if (nb++ == 0 && b->kind == BIND_VALUE)
			cls = b->value;
	return nb == 1 ? cls : (TSNode){0};
}

/* The method of cls named name; *prop: a @property (or cached_property). */
static TSNode find_method(struct actx *c, TSNode cls, const char *name, size_t len, bool *prop)
{
	TSNode body = node_field(cls, "body");
	uint32_t k = ts_node_named_child_count(body);
	*prop = false;
	for (uint32_t j = 0; j < k; j++) {
		TSNode s = ts_node_named_child(body, j), d = undecorated(s);
		if (!node_is(d, "function_definition") ||
		    !text_is(c, node_field(d, "name"), name, len))
			continue;
		if (node_is(s, "decorated_definition")) {
			TSNode dec = ts_node_named_child(s, 0);
			TSNode e = ts_node_named_child(dec, 0);
			size_t el = node_is(e, "identifier") || node_is(e, "attribute") ? node_len(e) : 0;
			*prop = el >= 8 && memcmp(node_src(c, e) + el - 8, "property", 8) == 0;
			if (!*prop || ts_node_named_child_count(s) != 2)
				return (TSNode){0}; /* another decorator may replace it */
		}
		return d;
	}
	return (TSNode){0};
}

/* Whether x is the first parameter (self) of the method def. */
static bool is_self(struct actx *c, TSNode def, TSNode x)
{
	TSNode ps = node_field(def, "parameters");
	if (ts_node_is_null(ps) || ts_node_named_child_count(ps) == 0)
		return false;
	TSNode p = ts_node_named_child(ps, 0);
	return node_is(p, "identifier") && within(def, x) &&
	       text_is(c, x, node_src(c, p), node_len(p));
}

/* SimpleNamespace(root=v), types.SimpleNamespace(...), argparse.Namespace(...):
 * an object whose attributes are its keywords */
static bool namespace_call(struct actx *c, TSNode n)
{
	TSNode fn = node_is(n, "call") ? node_field(n, "function") : (TSNode){0};
	if (node_is(fn, "attribute"))
		fn = node_field(fn, "attribute");
	return node_is(fn, "identifier") &&
	       (text_is(c, fn, "SimpleNamespace", 15) || text_is(c, fn, "Namespace", 9));
}

/* The call that made the object x is, *cls its class: C(...) itself, what
 * a name bound once to C(...) is, or self in a method being folded. */
/* def apply(policy): ... apply(Retention()): the object a parameter p of
 * the program's own function is given by its first call that gives one
 * (a construction, or a name bound once to one), or a null node */
static TSNode param_object(struct actx *c, TSNode p, bool namespaces)
{
	TSNode params = ts_node_parent(p), fn = ts_node_parent(params);
	TSNode fname = node_is(fn, "function_definition") ? node_field(fn, "name") : (TSNode){0};
	char key[PYTHON_CALLS_KEY];
	size_t kl;
	if (ts_node_is_null(python_parameter_name(p)) || (kl = python_calls_key(c, fname, key)) == 0)
		return (TSNode){0};
	size_t i = 0;
	const struct binding *b;
	for (int n = 0; n < 8 && (b = actx_lookup(c, key, kl, &i)); n++) {
		TSNode a = b->kind == BIND_VALUE ? python_argument_for(c, fn, p, b->value)
						 : (TSNode){0};
		size_t j = 0, nb = 0;
		const struct binding *d, *one = NULL;
		while (node_is(a, "identifier") && nb < 2 &&
		       (d = actx_lookup(c, node_src(c, a), node_len(a), &j)))
			if (nb++ == 0)
				one = d;
		if (node_is(a, "identifier"))
			a = nb == 1 && one->kind == BIND_VALUE ? one->value : (TSNode){0};
		if (node_is(a, "call") && node_is(ts_node_named_child(a, 0), "identifier") &&
		    !ts_node_is_null(find_class(c, ts_node_named_child(a, 0))))
			return a;
		if (namespaces && namespace_call(c, a))
			return a;
	}
	return (TSNode){0};
}

static TSNode ctor_of(struct actx *c, TSNode x, TSNode *cls)
{
	if (node_is(x, "identifier")) {
		int f = c->nframes - 1;
		if (f >= 0 && !ts_node_is_null(c->frame_cls[f]) && is_self(c, c->frame_def[f], x)) {
			*cls = c->frame_cls[f];
			return c->frame_obj[f];
		}
		size_t i = 0, nb = 0;
		const struct binding *b, *one = NULL;
		while (nb < 2 && (b = actx_lookup(c, node_src(c, x), node_len(x), &i)))
			if (nb++ == 0)
				one = b;
		if (nb == 1 && one->kind == BIND_RUNTIME)
			x = param_object(c, one->value, false);
		else if (nb != 1 || one->kind != BIND_VALUE)
			return (TSNode){0};
		else
			x = one->value;
	}
	if (!node_is(x, "call"))
		return (TSNode){0};
	TSNode fn = ts_node_named_child(x, 0); /* the function: first */
	if (!node_is(fn, "identifier"))
		return (TSNode){0};
	*cls = find_class(c, fn);
	return ts_node_is_null(*cls) ? *cls : x;
}

struct rets {
	TSNode v[METHOD_RETURNS];
	int n;
	bool bad;
};

static void collect_returns(TSNode n, struct rets *r, int depth)
{
	if (depth > 64 || r->bad) {
		r->bad = true;
		return;
	}
	if (node_is(n, "function_definition") || node_is(n, "class_definition") ||
	    node_is(n, "lambda"))
		return;
	if (node_is(n, "return_statement")) {
		if (ts_node_named_child_count(n) == 0 || r->n == METHOD_RETURNS)
			r->bad = true;
		else
			r->v[r->n++] = ts_node_named_child(n, 0);
		return;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		collect_returns(ts_node_named_child(n, i), r, depth + 1);
}

static bool push(struct actx *c, TSNode def, TSNode call, TSNode cls, TSNode obj)
{
	if (c->nframes >= ACTX_FRAMES ||
	    ts_node_end_byte(def) - ts_node_start_byte(def) > METHOD_BYTES)
		return false;
	for (int f = 0; f < c->nframes; f++)
		if (ts_node_eq(c->frame_call[f], call) && ts_node_eq(c->frame_def[f], def))
			return false; /* folded inside itself */
	int f = c->nframes++;
	c->frame_lo[f] = ts_node_start_byte(def);
	c->frame_hi[f] = ts_node_end_byte(def);
	c->frame_call[f] = call;
	c->frame_def[f] = def;
	c->frame_cls[f] = cls;
	c->frame_obj[f] = obj;
	return true;
}

/* What method def returns, called by call on the object obj made: every
 * return folds, to one value. */
static int fold_returns(struct actx *c, TSNode def, TSNode call, TSNode cls, TSNode obj,
			struct buf *out, int depth)
{
	struct rets r = {.n = 0};
	collect_returns(node_field(def, "body"), &r, 0);
	if (r.bad || r.n == 0 || !push(c, def, call, cls, obj))
		return -1;
	char *first = NULL;
	size_t flen = 0;
	int ret = 0;
	for (int i = 0; i < r.n && ret == 0; i++) {
		size_t len;
		char *v = fold_dup(c, r.v[i], depth + 1, &len);
		if (v == NULL || (first && (len != flen || memcmp(v, first, len) != 0)))
			ret = -1;
		if (first == NULL && v) {
			first = v;
			flen = len;
		} else
			free(v);
	}
	c->nframes--;
	if (ret == 0)
		buf_append(out, first, flen);
	free(first);
	return ret;
}

int python_fold_method(struct actx *c, TSNode n, TSNode fn, struct buf *out, int depth)
{
	TSNode cls = {0}, obj;
	bool prop;
	/* (the attribute's object and name: its two named children) */
	if (!node_is(fn, "attribute") || ts_node_named_child_count(fn) != 2 ||
	    depth > RESOLVE_DEPTH || !actx_step(c))
		return -1;
	TSNode x = ts_node_named_child(fn, 0), m = ts_node_named_child(fn, 1);
	if (!(node_is(x, "identifier") || node_is(x, "call")) ||
	    ts_node_is_null(obj = ctor_of(c, x, &cls)))
		return -1;
	TSNode def = find_method(c, cls, node_src(c, m), node_len(m), &prop);
	if (ts_node_is_null(def) || prop)
		return -1;
	return fold_returns(c, def, n, cls, obj, out, depth);
}

/* x: T = field(default=v) or field(default_factory=lambda: v): v, else a
 * null node (a factory that is not a lambda) */
static TSNode field_default(struct actx *c, TSNode call)
{
	TSNode fn = node_field(call, "function"), args = node_field(call, "arguments");
	size_t fl = node_len(fn);
	if (fl < 5 || memcmp(node_src(c, fn) + fl - 5, "field", 5) != 0 ||
	    (fl > 5 && node_src(c, fn)[fl - 6] != '.'))
		return call;
	uint32_t n = ts_node_named_child_count(args);
	for (uint32_t i = 0; i < n; i++) {
		TSNode a = ts_node_named_child(args, i), v = node_field(a, "value");
		if (!node_is(a, "keyword_argument"))
			continue;
		if (text_is(c, node_field(a, "name"), "default", 7))
			return v;
		if (text_is(c, node_field(a, "name"), "default_factory", 15))
			return node_is(v, "lambda") ? node_field(v, "body") : (TSNode){0};
	}
	return (TSNode){0};
}

/* v folded into out; -1 and out as it was when it does not fold. */
static int fold_value(struct actx *c, TSNode v, struct buf *out, int depth)
{
	size_t mark = out->len;
	int ret = c->ops->fold(c, v, out, depth + 1);
	if (ret != 0)
		out->len = mark;
	return ret;
}

/* v, the value an attribute is given, folded into out when the
 * attribute is kept as given (python_attribute_kept); -1 and out as it
 * was otherwise. */
static int fold_attribute_value(struct actx *c, TSNode attr, TSNode v, struct buf *out,
				int depth)
{
	if (ts_node_is_null(v) || !python_attribute_kept(c, attr, v))
		return -1;
	return fold_value(c, v, out, depth);
}

static bool is_field_call(struct actx *c, TSNode v);

/* x: T = field(default_factory=lambda: ["git", "status"]) read where it
 * stands (self.x in a method of the class): the field's default, when
 * every construction of the class gives no argument (none can give x) */
int python_fold_field_default(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode a, v, cname, cls = {0};
	char key[PYTHON_CALLS_KEY];
	const struct binding *b;
	size_t len, i = 0, nb = 0;
	if (depth > RESOLVE_DEPTH || !node_is(n, "call") || !is_field_call(c, n))
		return -1;
	a = ts_node_parent(n);
	if (node_is(a, "assignment") && !ts_node_is_null(node_field(a, "type")) &&
	    node_is(ts_node_parent(a), "expression_statement"))
		cls = ts_node_parent(ts_node_parent(ts_node_parent(a)));
	if (!node_is(cls, "class_definition") ||
	    node_len(cname = node_field(cls, "name")) + 2 > PYTHON_CALLS_KEY)
		return -1;
	v = field_default(c, n);
	if (ts_node_is_null(v) || ts_node_eq(v, n))
		return -1;
	len = python_calls_key(c, cname, key);
	while ((b = actx_lookup(c, key, len, &i)))
		if (nb++ > 64 || b->kind != BIND_VALUE || !node_is(b->value, "call") ||
		    ts_node_named_child_count(node_field(b->value, "arguments")) != 0)
			return -1;
	return fold_value(c, v, out, depth);
}

/* A @dataclass's field attr of the object obj made: the argument obj's
 * call gives it (by keyword, else by its place among the annotated
 * fields), else the field's default (or field()'s). */
static int fold_field(struct actx *c, TSNode cls, TSNode obj, TSNode attr, struct buf *out,
		      int depth)
{
	TSNode dec = ts_node_parent(cls), e = {0};
	if (node_is(dec, "decorated_definition") && ts_node_named_child_count(dec) == 2)
		e = ts_node_named_child(ts_node_named_child(dec, 0), 0);
	if (node_is(e, "call"))
		e = node_field(e, "function");
	size_t el = node_is(e, "identifier") || node_is(e, "attribute") ? node_len(e) : 0;
	if (el < 9 || memcmp(node_src(c, e) + el - 9, "dataclass", 9) != 0)
		return -1;
	TSNode body = node_field(cls, "body"), v = {0}, args = node_field(obj, "arguments");
	uint32_t k = ts_node_named_child_count(body), idx = 0, pos = 0;
	bool found = false;
	for (uint32_t j = 0; j < k && !found; j++) {
		TSNode st = ts_node_named_child(body, j), a = ts_node_named_child(st, 0);
		if (!node_is(st, "expression_statement") || !node_is(a, "assignment") ||
		    ts_node_is_null(node_field(a, "type")))
			continue;
		if (text_is(c, node_field(a, "left"), node_src(c, attr), node_len(attr))) {
			found = true;
			v = node_field(a, "right");
		} else
			idx++;
	}
	if (node_is(v, "call"))
		v = field_default(c, v);
	uint32_t n = found ? ts_node_named_child_count(args) : 0;
	for (uint32_t i = 0; i < n; i++) {
		TSNode a = ts_node_named_child(args, i);
		if (node_is(a, "list_splat") || node_is(a, "dictionary_splat"))
			return -1;
		if (node_is(a, "keyword_argument")) {
			if (text_is(c, node_field(a, "name"), node_src(c, attr), node_len(attr)))
				v = node_field(a, "value");
		} else if (!node_is(a, "comment") && pos++ == idx)
			v = a;
	}
	return found ? fold_attribute_value(c, attr, v, out, depth) : -1;
}

/* field(...) or dataclasses.field(...): a dataclass field's own
 * declaration, which __post_init__ fills */
static bool is_field_call(struct actx *c, TSNode v)
{
	TSNode f = node_field(v, "function");
	size_t n = node_is(v, "call") ? node_len(f) : 0;
	return n >= 5 && memcmp(node_src(c, f) + n - 5, "field", 5) == 0 &&
	       (n == 5 || node_src(c, f)[n - 6] == '.');
}

/* The one value init (__init__, or a __post_init__ taking only self) gives
 * self.ATTR, or a null node: the class's only binding of it, made in init
 * (a dataclass's `x: T = field(...)` line does not count against one a
 * __post_init__ makes). */
static TSNode init_value(struct actx *c, TSNode cls, TSNode init, TSNode attr)
{
	TSNode self = ts_node_named_child(node_field(init, "parameters"), 0), v = {0};
	char key[256];
	if (!node_is(self, "identifier") || node_len(self) + node_len(attr) + 2 > sizeof(key))
		return v;
	size_t len = node_len(self), i = 0, nb = 0;
	memcpy(key, node_src(c, self), len);
	key[len++] = '.';
	memcpy(key + len, node_src(c, attr), node_len(attr));
	len += node_len(attr);
	const struct binding *b;
	bool post = node_len(node_field(init, "name")) == 13;
	while ((b = actx_lookup(c, key, len, &i)))
		if (!ts_node_is_null(b->value) && within(cls, b->value) &&
		    !(post && !within(init, b->value) && is_field_call(c, b->value)) && nb++ == 0)
			v = b->kind == BIND_VALUE && within(init, b->value) ? b->value : (TSNode){0};
	return nb == 1 ? v : (TSNode){0};
}

/* The one value cls's __init__ gives self.ATTR, or a null node; *init
 * that __init__ (one of its values: what a loop may take) */
static TSNode kept_value(struct actx *c, TSNode cls, TSNode attr, TSNode *init)
{
	bool prop;
	*init = find_method(c, cls, "__init__", 8, &prop);
	return ts_node_is_null(*init) ? *init : init_value(c, cls, *init, attr);
}

/* for n in self.names in a method being folded (a frame's): the list
 * literal __init__ keeps there, itself or given by the construction for
 * its parameter; for n in names: the list names is bound once to; else a
 * null node */
TSNode python_loop_list(struct actx *c, TSNode right)
{
	int f = c->nframes - 1;
	TSNode init, v;
	if (node_is(right, "identifier")) {
		v = python_bound_list(c, right);
		return node_is(v, "list") || node_is(v, "tuple") ? v : (TSNode){0};
	}
	if (f < 0 || ts_node_is_null(c->frame_cls[f]) || !node_is(right, "attribute") ||
	    ts_node_named_child_count(right) != 2 ||
	    !is_self(c, c->frame_def[f], ts_node_named_child(right, 0)))
		return (TSNode){0};
	v = kept_value(c, c->frame_cls[f], ts_node_named_child(right, 1), &init);
	if (node_is(v, "identifier") && node_is(c->frame_obj[f], "call")) {
		/* the argument for __init__'s parameter of that name (self
		 * not given), by keyword or by place */
		TSNode ps = node_field(init, "parameters"), a = {0};
		TSNode args = node_field(c->frame_obj[f], "arguments");
		uint32_t k = ts_node_named_child_count(ps), idx = 0, pos = 0;
		for (uint32_t j = 1; j < k; j++) {
			TSNode name = python_parameter_name(ts_node_named_child(ps, j));
			if (!ts_node_is_null(name) && node_len(name) == node_len(v) &&
			    memcmp(node_src(c, name), node_src(c, v), node_len(v)) == 0) {
				idx = j;
				break;
			}
		}
		k = idx ? ts_node_named_child_count(args) : 0;
		for (uint32_t j = 0; j < k; j++) {
			TSNode x = ts_node_named_child(args, j);
			if (node_is(x, "keyword_argument")) {
				if (text_is(c, node_field(x, "name"), node_src(c, v), node_len(v)))
					a = node_field(x, "value");
			} else if (!node_is(x, "comment") && ++pos == idx)
				a = x;
		}
		v = a;
	}
	return node_is(v, "list") || node_is(v, "tuple") ? v : (TSNode){0};
}

/* self.ATTR of an object made by obj: the one value the class gives it,
 * in __init__ (or a __post_init__), folded with its parameters bound to
 * obj's arguments. */
static int fold_kept(struct actx *c, TSNode cls, TSNode obj, TSNode attr, struct buf *out,
		     int depth)
{
	bool prop;
	TSNode init = find_method(c, cls, "__init__", 8, &prop);
	if (ts_node_is_null(init)) {
		/* a dataclass's field, else what a __post_init__ taking
		 * only self gives it */
		if (fold_field(c, cls, obj, attr, out, depth) == 0)
			return 0;
		init = find_method(c, cls, "__post_init__", 13, &prop);
		if (ts_node_is_null(init) ||
		    ts_node_named_child_count(node_field(init, "parameters")) != 1)
			return -1;
	}
	TSNode v = init_value(c, cls, init, attr);
	if (ts_node_is_null(v) || !python_attribute_kept(c, attr, v) ||
	    !push(c, init, obj, cls, obj))
		return -1;
	int ret = fold_value(c, v, out, depth);
	c->nframes--;
	return ret;
}

/* The class whose method holds x as its self (outside any frame): *def
 * that method. */
static TSNode self_class(struct actx *c, TSNode x, TSNode *def)
{
	TSNode d = x;
	while (!ts_node_is_null(d) && !node_is(d, "function_definition"))
		d = ts_node_parent(d);
	if (ts_node_is_null(d) || !is_self(c, d, x))
		return (TSNode){0};
	TSNode s = node_is(ts_node_parent(d), "decorated_definition") ? ts_node_parent(d) : d;
	TSNode cls = ts_node_parent(ts_node_parent(s));
	if (!node_is(cls, "class_definition") || !python_program_class(cls))
		return (TSNode){0};
	*def = d;
	return cls;
}

/* ns.root of ns = SimpleNamespace(root=v), also through a parameter its
 * function's first call gives it: v, when the attribute is only read */
static int namespace_attribute(struct actx *c, TSNode x, TSNode attr, struct buf *out, int depth)
{
	if (node_is(x, "identifier")) {
		size_t i = 0, nb = 0;
		const struct binding *b, *one = NULL;
		while (nb < 2 && (b = actx_lookup(c, node_src(c, x), node_len(x), &i)))
			if (nb++ == 0)
				one = b;
		if (nb != 1)
			return -1;
		x = one->kind == BIND_RUNTIME ? param_object(c, one->value, true)
		    : one->kind == BIND_VALUE ? one->value
					      : (TSNode){0};
	}
	if (!namespace_call(c, x))
		return -1;
	TSNode args = node_field(x, "arguments"), v = {0};
	uint32_t k = ts_node_named_child_count(args);
	for (uint32_t i = 0; i < k; i++) {
		TSNode a = ts_node_named_child(args, i);
		if (node_is(a, "dictionary_splat"))
			return -1;
		if (node_is(a, "keyword_argument") &&
		    text_is(c, node_field(a, "name"), node_src(c, attr), node_len(attr)))
			v = node_field(a, "value");
	}
	return fold_attribute_value(c, attr, v, out, depth);
}

/* with Scratch() as d: d is what the class's __enter__ (async with:
 * __aenter__) returns, of the object made by the with's expression (a
 * construction or a name bound once to one) */
int python_fold_entered(struct actx *c, TSNode as, struct buf *out, int depth)
{
	TSNode cls = {0}, obj, def, x = ts_node_named_child(as, 0);
	bool prop;
	if (depth > RESOLVE_DEPTH || !node_is(ts_node_parent(as), "with_item") ||
	    !(node_is(x, "identifier") || node_is(x, "call")) ||
	    ts_node_is_null(obj = ctor_of(c, x, &cls)))
		return -1;
	def = find_method(c, cls, "__enter__", 9, &prop); /* async with: __aenter__ */
	if (ts_node_is_null(def) && !prop)
		def = find_method(c, cls, "__aenter__", 10, &prop);
	if (ts_node_is_null(def) || prop)
		return -1;
	return fold_returns(c, def, obj, cls, obj, out, depth);
}

struct yields {
	TSNode v[METHOD_RETURNS];
	int n;
};

static void collect_yields(TSNode n, struct yields *y, int depth)
{
	if (depth > 64 || y->n == METHOD_RETURNS || node_is(n, "function_definition") ||
	    node_is(n, "class_definition") || node_is(n, "lambda"))
		return;
	if (node_is(n, "yield") || node_is(n, "return_statement")) {
		if (ts_node_named_child_count(n) > 0)
			y->v[y->n++] = n;
		return;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		collect_yields(ts_node_named_child(n, i), y, depth + 1);
}

/* for rc in ShellFiles(...): each item the class's __iter__ yields (or,
 * not a generator, the items of what it returns), folded with self the
 * object the loop's expression made; true: visit stopped */
bool python_each_iterated(struct actx *c, TSNode v,
			  bool (*visit)(void *arg, const char *s, size_t len), void *arg, int depth)
{
	TSNode cls = {0}, obj, def;
	bool prop, found = false;
	if (depth > RESOLVE_DEPTH || !(node_is(v, "identifier") || node_is(v, "call")) ||
	    ts_node_is_null(obj = ctor_of(c, v, &cls)) ||
	    ts_node_is_null(def = find_method(c, cls, "__iter__", 8, &prop)) || prop)
		return false;
	struct yields y = {.n = 0};
	collect_yields(node_field(def, "body"), &y, 0);
	if (y.n == 0 || !push(c, def, obj, cls, obj))
		return false;
	for (int i = 0; i < y.n && !found; i++) {
		unsigned left = 256;
		if (node_is(y.v[i], "return_statement") ||
		    (node_len(y.v[i]) > 10 && memcmp(node_src(c, y.v[i]), "yield from", 10) == 0)) {
			TSNode it = ts_node_named_child(y.v[i], 0);
			if (node_is(it, "call") &&
			    node_is(node_field(it, "function"), "identifier") &&
			    node_text_is(c, node_field(it, "function"), "iter"))
				it = ts_node_named_child(node_field(it, "arguments"), 0);
			TSNode init = {0}, kept = {0};
			if (node_is(it, "attribute") && ts_node_named_child_count(it) == 2 &&
			    is_self(c, def, ts_node_named_child(it, 0)))
				kept = kept_value(c, cls, ts_node_named_child(it, 1), &init);
			if (!ts_node_is_null(kept) && push(c, init, obj, cls, obj)) {
				found = python_each_item(c, kept, visit, arg, depth + 1, &left);
				c->nframes--;
			} else
				found = python_each_item(c, it, visit, arg, depth + 1, &left);
		} else {
			found = python_each_item(c, y.v[i], visit, arg, depth + 1, &left);
		}
	}
	c->nframes--;
	return found;
}

/* cls derives from Enum, IntEnum, StrEnum, Flag or IntFlag */
static bool enum_class(struct actx *c, TSNode cls)
{
	TSNode sup =
	    node_is(cls, "class_definition") ? node_field(cls, "superclasses") : (TSNode){0};
	uint32_t k = ts_node_is_null(sup) ? 0 : ts_node_named_child_count(sup);
	for (uint32_t j = 0; j < k; j++) {
		TSNode b = ts_node_named_child(sup, j);
		size_t l = node_len(b);
		const char *t = node_src(c, b);
		if ((node_is(b, "identifier") || node_is(b, "attribute")) && l >= 4 &&
		    (memcmp(t + l - 4, "Enum", 4) == 0 || memcmp(t + l - 4, "Flag", 4) == 0))
			return true;
	}
	return false;
}

/* x.value of an enum member: C.M of the program's enum class C, or a
 * name when the program defines one (a parameter given C.M) */
static bool enum_member(struct actx *c, TSNode x)
{
	if (node_is(x, "attribute") && ts_node_named_child_count(x) == 2 &&
	    node_is(ts_node_named_child(x, 0), "identifier"))
		return enum_class(c, find_class(c, ts_node_named_child(x, 0)));
	if (!node_is(x, "identifier"))
		return false;
	TSNode root = x, p;
	while (!ts_node_is_null(p = ts_node_parent(root)))
		root = p;
	uint32_t k = ts_node_named_child_count(root);
	for (uint32_t j = 0; j < k; j++)
		if (enum_class(c, undecorated(ts_node_named_child(root, j))))
			return true;
	return false;
}

/* C[k].value and C(v).value of the program's enum class C: the value of
 * the member named k (its assignment in the class body), and v itself */
/* name is bound once, by one undecorated def or class of the module */
static bool only_def(struct actx *c, TSNode name)
{
	const struct binding *b;
	size_t i = 0, nb = 0;
	while ((b = actx_lookup(c, node_src(c, name), node_len(name), &i)))
		if (nb++ > 0 || b->kind != BIND_LOCAL)
			return false;
	TSNode root = name, p;
	while (!ts_node_is_null(p = ts_node_parent(root)))
		root = p;
	uint32_t k = ts_node_named_child_count(root), n = 0;
	for (uint32_t j = 0; j < k; j++) {
		TSNode s = ts_node_named_child(root, j), d = undecorated(s);
		if ((node_is(d, "function_definition") || node_is(d, "class_definition")) &&
		    text_is(c, node_field(d, "name"), node_src(c, name), node_len(name)) &&
		    (n++ > 0 || !ts_node_eq(s, d)))
			return false;
	}
	return n == 1;
}

/* x a module the program imports (import json, import os.path as p):
 * "/usr/lib/python3/NAME.py" appended, NAME its dotted name as a path */
static int module_file(struct actx *c, TSNode x, struct buf *out, int depth)
{
	TSNode left = x;
	bool imported = false;
	for (int hops = 0; hops < 4 && !imported; hops++) { /* m = json: m too */
		while (node_is(left, "attribute"))
			left = node_field(left, "object");
		const struct binding *b, *one = NULL;
		size_t i = 0, nb = 0;
		while (node_is(left, "identifier") &&
		       (b = actx_lookup(c, node_src(c, left), node_len(left), &i)))
			if (nb++ == 0)
				one = b;
		if (nb != 1)
			return -1;
		imported = one->kind == BIND_ALIAS;
		if (!imported && one->kind != BIND_VALUE)
			return -1;
		left = one->value;
	}
	if (!imported)
		return -1;
	struct names ns = {0};
	c->ops->resolve(c, x, &ns, depth + 1);
	const char *m = ns.n == 1 ? ns.v[0] : "";
	size_t ml = strspn(m, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.");
	int ret = ml > 0 && m[ml] == '\0' ? 0 : -1;
	if (ret == 0) {
		buf_append(out, "/usr/lib/python3/", 17);
		for (size_t j = 0; j < ml; j++)
			buf_append(out, m[j] == '.' ? "/" : m + j, 1);
		buf_append(out, ".py", 3);
	}
	names_free(&ns);
	return ret;
}

/* The function definition x is in, or a null node */
static TSNode function_around(TSNode x)
{
	TSNode f = ts_node_parent(x);
	while (!ts_node_is_null(f) && !node_is(f, "function_definition"))
		f = ts_node_parent(f);
	return f;
}

/* The argument call gives parameter x (an identifier) of fn, by position
 * or by name: 0 and *arg, else -1 */
static int given_argument(struct actx *c, TSNode fn, TSNode x, TSNode call, TSNode *arg)
{
	TSNode params = node_field(fn, "parameters"), args = node_field(call, "arguments");
	uint32_t k = ts_node_named_child_count(params), idx = k;
	for (uint32_t j = 0; j < k && idx == k; j++) {
		TSNode p = ts_node_named_child(params, j);
		if (!node_is(p, "identifier") && !node_is(p, "typed_parameter") &&
		    !node_is(p, "default_parameter") && !node_is(p, "typed_default_parameter"))
			return -1; /* after *args, a keyword-only one */
		TSNode name = python_parameter_name(p);
		if (!ts_node_is_null(name) && text_is(c, name, node_src(c, x), node_len(x)))
			idx = j;
	}
	uint32_t n = node_is(args, "argument_list") ? ts_node_named_child_count(args) : 0, at = 0;
	for (uint32_t j = 0; idx < k && j < n; j++) {
		TSNode a = ts_node_named_child(args, j);
		if (node_is(a, "list_splat") || node_is(a, "dictionary_splat"))
			return -1;
		if (node_is(a, "keyword_argument")) {
			TSNode kn = node_field(a, "name");
			if (text_is(c, kn, node_src(c, x), node_len(x))) {
				*arg = node_field(a, "value");
				return 0;
			}
		} else if (!node_is(a, "comment") && at++ == idx) {
			*arg = a;
			return 0;
		}
	}
	return -1;
}

/* ssh.id_ed25519 where the program's class ssh defines id_ed25519 in its
 * body (one class or def of that name, undecorated), or a name of one
 * module-level def or class: its __qualname__ ("ssh.id_ed25519") appended,
 * *def the class it names (null for a def). 0, or -1 */
static int qualified(struct actx *c, TSNode x, TSNode *def, struct buf *out, int depth)
{
	*def = (TSNode){0};
	if (node_is(x, "identifier")) {
		const struct binding *b;
		size_t i = 0, nb = 0;
		TSNode v = {0};
		while (nb < 2 && (b = actx_lookup(c, node_src(c, x), node_len(x), &i)))
			if (nb++ == 0 && b->kind == BIND_VALUE)
				v = b->value;
		if (nb == 1 && node_is(v, "attribute") && depth <= 8)
			return qualified(c, v, def, out, depth + 1); /* k = ssh.id_rsa */
		/* def f(cls): ... f(ssh.id_rsa): what a call of f gives it */
		TSNode fn = function_around(x), arg;
		char key[PYTHON_CALLS_KEY];
		size_t kl =
		    ts_node_is_null(fn) ? 0 : python_calls_key(c, node_field(fn, "name"), key);
		for (size_t at = 0, tries = 0; kl > 0 && depth <= 8 && tries < 4; tries++) {
			if ((b = actx_lookup(c, key, kl, &at)) == NULL)
				break;
			size_t mark = out->len;
			if (b->kind == BIND_VALUE &&
			    given_argument(c, fn, x, b->value, &arg) == 0 &&
			    node_is(arg, "attribute") &&
			    qualified(c, arg, def, out, depth + 1) == 0)
				return 0;
			out->len = mark;
		}
		*def = find_class(c, x);
		if (ts_node_is_null(*def) && !only_def(c, x))
			return -1;
		buf_append(out, node_src(c, x), node_len(x));
		return 0;
	}
	TSNode outer, attr = node_field(x, "attribute");
	if (!node_is(x, "attribute") || depth > 8 ||
	    qualified(c, node_field(x, "object"), &outer, out, depth + 1) != 0 ||
	    !node_is(outer, "class_definition"))
		return -1;
	TSNode body = node_field(outer, "body");
	uint32_t k = ts_node_named_child_count(body), n = 0;
	for (uint32_t j = 0; j < k; j++) {
		TSNode s = ts_node_named_child(body, j);
		if ((node_is(s, "function_definition") || node_is(s, "class_definition")) &&
		    text_is(c, node_field(s, "name"), node_src(c, attr), node_len(attr)) &&
		    n++ == 0)
			*def = node_is(s, "class_definition") ? s : (TSNode){0};
		else if (!node_is(s, "function_definition") && !node_is(s, "class_definition") &&
			 !node_is(s, "expression_statement"))
			return -1; /* a decorated or conditional definition, a loop */
		else if (node_is(s, "expression_statement") &&
			 node_is(ts_node_named_child(s, 0), "assignment"))
			return -1; /* another binding of the name may follow */
	}
	if (n != 1)
		return -1;
	buf_append(out, ".", 1);
	buf_append(out, node_src(c, attr), node_len(attr));
	return 0;
}

static int type_built_attribute(struct actx *c, TSNode x, TSNode attr, struct buf *out, int depth)
{
	const struct binding *b, *one = NULL;
	size_t i = 0, nb = 0;
	while ((b = actx_lookup(c, node_src(c, x), node_len(x), &i)))
		if (nb++ == 0)
			one = b;
	TSNode v = nb == 1 && one->kind == BIND_VALUE ? one->value : (TSNode){0};
	TSNode fn = node_is(v, "call") ? node_field(v, "function") : (TSNode){0};
	TSNode args = node_is(v, "call") ? node_field(v, "arguments") : (TSNode){0};
	if (!node_is(fn, "identifier") || !text_is(c, fn, "type", 4) ||
	    !node_is(args, "argument_list") || ts_node_named_child_count(args) != 3 ||
	    !node_is(ts_node_named_child(args, 2), "dictionary"))
		return -1;
	/* ... not set again (C.k = w, setattr) */
	char key[256];
	size_t kl = node_len(x) + 1 + node_len(attr);
	if (kl > sizeof(key) || actx_is_bound(c, "#setattr", 8))
		return -1;
	memcpy(key, node_src(c, x), node_len(x));
	key[node_len(x)] = '.';
	memcpy(key + node_len(x) + 1, node_src(c, attr), node_len(attr));
	if (actx_is_bound(c, key, kl))
		return -1;
	TSNode d = ts_node_named_child(args, 2);
	uint32_t k = ts_node_named_child_count(d);
	for (uint32_t j = 0; j < k; j++) {
		TSNode pr = ts_node_named_child(d, j), kn = node_field(pr, "key");
		size_t klen, mark = out->len;
		if (!node_is(pr, "pair") || !node_is(kn, "string"))
			continue;
		char *ks = fold_dup(c, kn, depth + 1, &klen);
		bool same =
		    ks && klen == node_len(attr) && memcmp(ks, node_src(c, attr), klen) == 0;
		free(ks);
		if (!same)
			continue;
		if (c->ops->fold(c, node_field(pr, "value"), out, depth + 1) == 0)
			return 0;
		out->len = mark;
		return -1;
	}
	return -1;
}

int python_fold_enum_lookup(struct actx *c, TSNode x, struct buf *out, int depth)
{
	bool sub = node_is(x, "subscript");
	TSNode cn = node_field(x, sub ? "value" : "function"), cls, k;
	if (!node_is(cn, "identifier") || !enum_class(c, cls = find_class(c, cn)))
		return -1;
	if (!sub) {
		TSNode args = node_field(x, "arguments");
		if (!node_is(args, "argument_list") || ts_node_named_child_count(args) != 1)
			return -1;
		return c->ops->fold(c, ts_node_named_child(args, 0), out, depth + 1);
	}
	size_t klen, mark = out->len;
	char *key = fold_dup(c, k = node_field(x, "subscript"), depth + 1, &klen);
	TSNode body = node_field(cls, "body"), v = {0};
	uint32_t nb = key ? ts_node_named_child_count(body) : 0;
	for (uint32_t j = 0; j < nb && ts_node_is_null(v); j++) {
		TSNode a = ts_node_named_child(ts_node_named_child(body, j), 0);
		if (node_is(a, "assignment") && node_is(node_field(a, "left"), "identifier") &&
		    text_is(c, node_field(a, "left"), key, klen))
			v = node_field(a, "right");
	}
	free(key);
	if (ts_node_is_null(v) || c->ops->fold(c, v, out, depth + 1) != 0) {
		out->len = mark;
		return -1;
	}
	return 0;
}

/* The call a name x is bound to once when it is dataclasses.replace(base,
 * ...) (copy.replace) or base._replace(...), *base its base; else a null
 * node */
static TSNode replaced_call(struct actx *c, TSNode x, TSNode *base, int depth)
{
	size_t i = 0, nb = 0;
	const struct binding *b, *one = NULL;
	while (nb < 2 && (b = actx_lookup(c, node_src(c, x), node_len(x), &i)))
		if (nb++ == 0)
			one = b;
	TSNode v = nb == 1 && one->kind == BIND_VALUE ? one->value : (TSNode){0};
	if (!node_is(v, "call"))
		return (TSNode){0};
	TSNode fn = node_field(v, "function");
	if (node_is(fn, "attribute") && text_is(c, node_field(fn, "attribute"), "_replace", 8)) {
		*base = node_field(fn, "object");
		return v;
	}
	struct names ns = {0};
	c->ops->resolve(c, fn, &ns, depth + 1);
	bool rep = false;
	for (int k = 0; k < ns.n; k++)
		rep = rep || !strcmp(ns.v[k], "dataclasses.replace") ||
		      !strcmp(ns.v[k], "copy.replace");
	names_free(&ns);
	*base = rep ? ts_node_named_child(node_field(v, "arguments"), 0) : (TSNode){0};
	return rep && !node_is(*base, "keyword_argument") ? v : (TSNode){0};
}

int python_fold_object_attribute(struct actx *c, TSNode n, struct buf *out, int depth)
{
	if (ts_node_named_child_count(n) != 2 || depth > RESOLVE_DEPTH)
		return -1;
	TSNode x = ts_node_named_child(n, 0), attr = ts_node_named_child(n, 1), cls = {0}, obj;
	bool prop;
	if (text_is(c, attr, "value", 5) && (node_is(x, "subscript") || node_is(x, "call")) &&
	    python_fold_enum_lookup(c, x, out, depth) == 0)
		return 0;
	/* run.__name__ of the program's one def run: "run" */
	if (text_is(c, attr, "__name__", 8) && node_is(x, "identifier") && only_def(c, x)) {
		buf_append(out, node_src(c, x), node_len(x));
		return 0;
	}
	/* json.__file__ of a module imported: its source in the interpreter's
	 * library, "/usr/lib/python3/json.py" as the rules read it */
	if (text_is(c, attr, "__file__", 8) && module_file(c, x, out, depth) == 0)
		return 0;
	/* ssh.id_ed25519.__qualname__ of classes nested in the program's
	 * class ssh: "ssh.id_ed25519"; its __name__: "id_ed25519" */
	if ((text_is(c, attr, "__qualname__", 12) &&
	     (node_is(x, "attribute") || node_is(x, "identifier"))) ||
	    (text_is(c, attr, "__name__", 8) && node_is(x, "attribute"))) {
		size_t mark = out->len;
		TSNode def;
		if (qualified(c, x, &def, out, depth) != 0) {
			out->len = mark;
			return -1;
		}
		if (text_is(c, attr, "__name__", 8)) {
			size_t keep = out->len - mark, at = keep;
			while (at > 0 && out->data[mark + at - 1] != '.')
				at--;
			memmove(out->data + mark, out->data + mark + at, keep - at);
			out->len = mark + keep - at;
		}
		return 0;
	}
	/* C.k of C = type("C", bases, {"k": v}): v */
	if (node_is(x, "identifier") && type_built_attribute(c, x, attr, out, depth) == 0)
		return 0;
	if (text_is(c, attr, "value", 5) && enum_member(c, x)) {
		size_t mark = out->len;
		int ret = c->ops->fold(c, x, out, depth + 1);
		if (ret != 0)
			out->len = mark;
		return ret;
	}
	for (int hops = 0; hops < 4 && node_is(x, "identifier"); hops++) {
		/* cfg.target of cfg = dataclasses.replace(base, target=v) or
		 * base._replace(target=v): v, else base.target */
		TSNode base = {0}, call = replaced_call(c, x, &base, depth);
		if (ts_node_is_null(call))
			break;
		TSNode args = node_field(call, "arguments");
		for (uint32_t j = 0; j < ts_node_named_child_count(args); j++) {
			TSNode kw = ts_node_named_child(args, j);
			if (node_is(kw, "dictionary_splat"))
				return -1;
			if (node_is(kw, "keyword_argument") &&
			    text_is(c, node_field(kw, "name"), node_src(c, attr), node_len(attr)))
				return fold_attribute_value(c, attr, node_field(kw, "value"), out,
							    depth);
		}
		x = base;
	}
	if (!(node_is(x, "identifier") || node_is(x, "call")))
		return -1;
	obj = ctor_of(c, x, &cls);
	if (ts_node_is_null(obj) && namespace_attribute(c, x, attr, out, depth) == 0)
		return 0;
	if (ts_node_is_null(obj)) {
		/* self.p in a method, no frame: the object one of the class's
		 * constructions outside it, the first whose value folds */
		TSNode def, cname;
		if (c->nframes > 0 || !node_is(x, "identifier") ||
		    ts_node_is_null(cls = self_class(c, x, &def)) ||
		    text_is(c, node_field(def, "name"), "__init__", 8) ||
		    node_len(cname = node_field(cls, "name")) + 2 > PYTHON_CALLS_KEY ||
		    !ts_node_eq(find_class(c, cname), cls))
			return -1;
		char key[PYTHON_CALLS_KEY];
		size_t len = python_calls_key(c, cname, key), i = 0, tries = 0;
		const struct binding *b;
		while (tries++ < 8 && (b = actx_lookup(c, key, len, &i)))
			if (b->kind == BIND_VALUE && !within(cls, b->value) &&
			    fold_kept(c, cls, b->value, attr, out, depth) == 0)
				return 0;
		return -1;
	}
	TSNode def = find_method(c, cls, node_src(c, attr), node_len(attr), &prop);
	if (!ts_node_is_null(def))
		return prop ? fold_returns(c, def, n, cls, obj, out, depth) : -1;
	return fold_kept(c, cls, obj, attr, out, depth);
}

/* Workspace(name) where a path is read: a construction of the program's
 * own class that defines __fspath__ is the path that method returns
 * (shutil.rmtree, open and os.path take such objects through
 * os.fspath), self.ATTR folded as for a method's call */
int python_fold_fspath(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode cls = {0}, obj, def;
	bool prop;

	if (depth > RESOLVE_DEPTH || !node_is(ts_node_named_child(n, 0), "identifier") ||
	    ts_node_is_null(obj = ctor_of(c, n, &cls)) ||
	    ts_node_is_null(def = find_method(c, cls, "__fspath__", 10, &prop)) || prop)
		return -1;
	return fold_returns(c, def, n, cls, obj, out, depth);
}

/* ---- the items of a list the program builds ---- */

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
	TSNode io = {0};

	if (!node_is(holder, "identifier"))
		return -2;
	if ((node_text_is(c, m, "getvalue") || node_text_is(c, m, "read")) &&
	    !ts_node_is_null(io = python_text_buffer(c, holder, depth))) {
		/* buf.getvalue() of an io.StringIO: its one write, or the
		 * text it was made with when nothing writes to it */
		TSNode init = ts_node_named_child(node_field(io, "arguments"), 0);
		memcpy(key, node_src(c, holder), len < 250 ? len : 250);
		memcpy(key + (len < 250 ? len : 250), "[]", 2);
		if (!ts_node_is_null(init) && !node_is(init, "keyword_argument") &&
		    !actx_is_bound(c, key, (len < 250 ? len : 250) + 2))
			return c->ops->fold(c, init, out, depth + 1);
	} else if (!(node_text_is(c, m, "get") || node_text_is(c, m, "get_nowait")))
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
