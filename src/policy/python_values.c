/*
 * Other values a Python name or call may take, for #some-value-match? and
 * #each-value-match? (python_inert.c python_each_value): the returns of a
 * function that returns in more than one place, and the like (the values
 * the program gives a dictionary key: python_keys.c).
 */
#include <stdlib.h>
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

static TSNode function_of(TSNode param)
{
	TSNode params = ts_node_parent(param);
	TSNode fn = ts_node_is_null(params) ? params : ts_node_parent(params);

	return !ts_node_is_null(fn) && node_is(fn, "function_definition") ? fn : (TSNode){0};
}

/* a if x else b, a or b: each side, either may be the one taken (a
 * folded conditional is a constant only when both sides are the same) */
static bool some_side(struct actx *c, TSNode n, bool (*visit)(void *arg, const char *s, size_t len),
		      void *arg, int depth)
{
	bool cond = node_is(n, "conditional_expression");
	TSNode side[2] = {cond ? ts_node_named_child(n, 0) : node_field(n, "left"),
			  cond ? ts_node_named_child(n, 2) : node_field(n, "right")};
	TSNode test = cond ? ts_node_named_child(n, 1) : (TSNode){0};

	/* ... but a choice by the platform (os.name == "posix", sys.platform)
	 * is the side of the system it runs on, not either */
	if (!ts_node_is_null(test) && (memmem(node_src(c, test), node_len(test), "os.name", 7) ||
				       memmem(node_src(c, test), node_len(test), "platform", 8)))
		return false;
	for (int i = 0; i < 2; i++) {
		TSNode x = side[i];
		size_t len;
		while (node_is(x, "parenthesized_expression"))
			x = ts_node_named_child(x, 0);
		if (ts_node_is_null(x))
			continue;
		char *v = python_fold_or_default(c, x, depth + 1, &len);
		bool hit = v && !visit(arg, v, len);
		free(v);
		if (hit || (v == NULL && c->ops->each_value(c, x, true, visit, arg, depth + 1) < 0))
			return true;
	}
	return false;
}

/* os.open(path, flags): a descriptor of path (shutil.rmtree(".",
 * dir_fd=fd) deletes what fd names) */
static TSNode opened_path(struct actx *c, TSNode n, int depth)
{
	TSNode fn = node_field(n, "function"), args = node_field(n, "arguments");
	struct names ns = {0};
	bool open = false;

	if (!node_is(fn, "attribute") || !node_text_is(c, node_field(fn, "attribute"), "open") ||
	    !node_is(args, "argument_list") || ts_node_named_child_count(args) < 2)
		return (TSNode){0};
	c->ops->resolve(c, fn, &ns, depth + 1);
	for (int i = 0; i < ns.n && !open; i++)
		open = strcmp(ns.v[i], "os.open") == 0;
	names_free(&ns);
	return open ? ts_node_named_child(args, 0) : (TSNode){0};
}

static bool is_either(TSNode n)
{
	return node_is(n, "conditional_expression") || node_is(n, "boolean_operator");
}

/* var.get() of a ContextVar or a queue given more than one value (set,
 * put): each of them (python_fold_held folds the one only); true: visit
 * stopped */
static bool some_held(struct actx *c, TSNode n, bool (*visit)(void *arg, const char *s, size_t len),
		      void *arg, int depth)
{
	TSNode fn = node_field(n, "function"), args = node_field(n, "arguments");
	TSNode obj = node_is(fn, "attribute") ? node_field(fn, "object") : (TSNode){0};
	TSNode m = node_is(fn, "attribute") ? node_field(fn, "attribute") : (TSNode){0};
	const struct binding *b;
	size_t i = 0, len = node_is(obj, "identifier") ? node_len(obj) : 0;
	char key[256];

	if (!node_is(obj, "identifier") || len + 3 > sizeof(key) ||
	    !(node_text_is(c, m, "get") || node_text_is(c, m, "get_nowait") ||
	      ((node_text_is(c, m, "getvalue") || node_text_is(c, m, "read")) &&
	       !ts_node_is_null(python_text_buffer(c, obj, depth)))) ||
	    !node_is(args, "argument_list") || ts_node_named_child_count(args) != 0)
		return false;
	memcpy(key, node_src(c, obj), len);
	memcpy(key + len, "[]", 2);
	for (int nb = 0; nb < 16 && (b = actx_lookup(c, key, len + 2, &i)); nb++) {
		size_t vl;
		char *v = b->kind == BIND_VALUE
			      ? python_fold_or_default(c, b->value, depth + 1, &vl)
			      : NULL;
		bool hit = v && !visit(arg, v, vl);
		free(v);
		if (hit || (b->kind == BIND_VALUE && v == NULL &&
			    python_some_return(c, b->value, visit, arg, depth + 1)))
			return true;
	}
	return false;
}

/* t[0] with t = f(), f()[1]: the item of that place in each of the
 * program's f's returns that lists items (return home, 3) */
static bool some_returned_item(struct actx *c, TSNode n,
			       bool (*visit)(void *arg, const char *s, size_t len), void *arg,
			       int depth)
{
	TSNode v = node_field(n, "value"), sub = node_field(n, "subscript");
	const struct binding *b;
	size_t i = 0;
	char key[256];

	if (!node_is(sub, "integer") || node_len(sub) > 2)
		return false;
	uint32_t idx = (uint32_t)strtoul(node_src(c, sub), NULL, 10);
	if (node_is(v, "identifier")) { /* bound once, to the call */
		const struct binding *one = NULL;
		int nb = 0;
		while ((b = actx_lookup(c, node_src(c, v), node_len(v), &i)) && nb < 2)
			if (nb++ == 0)
				one = b;
		v = nb == 1 && one->kind == BIND_VALUE ? one->value : (TSNode){0};
	}
	TSNode fn = node_is(v, "call") ? node_field(v, "function") : (TSNode){0};
	if (!node_is(fn, "identifier") || node_len(fn) + 3 > sizeof(key))
		return false;
	memcpy(key, node_src(c, fn), node_len(fn));
	memcpy(key + node_len(fn), "()", 2);
	i = 0;
	for (int nr = 0; nr < 16 && (b = actx_lookup(c, key, node_len(fn) + 2, &i)); nr++) {
		TSNode r = b->kind == BIND_VALUE ? b->value : (TSNode){0};
		if (!node_is(r, "tuple") && !node_is(r, "expression_list") && !node_is(r, "list"))
			continue;
		if (idx >= ts_node_named_child_count(r))
			continue;
		TSNode item = ts_node_named_child(r, idx);
		size_t len;
		char *s = python_fold_or_default(c, item, depth + 1, &len);
		bool hit = s && !visit(arg, s, len);
		free(s);
		if (hit || python_some_return(c, item, visit, arg, depth + 1))
			return true;
	}
	return false;
}

struct subscripts {
	struct actx *c;
	TSNode cls;
	bool (*visit)(void *arg, const char *s, size_t len);
	void *arg;
	int depth;
	unsigned left;
};

/* Each C[x] of the class named cls in n: x, folded or through its values;
 * true: visit stopped */
static bool each_subscript(struct subscripts *w, TSNode n, int level)
{
	if (level > 200 || w->left == 0)
		return false;
	w->left--;
	TSNode v = node_field(n, "value");
	if (node_is(n, "subscript") && node_is(v, "identifier") &&
	    node_len(v) == node_len(w->cls) &&
	    memcmp(node_src(w->c, v), node_src(w->c, w->cls), node_len(v)) == 0) {
		TSNode x = node_field(n, "subscript");
		size_t len;
		char *s = python_fold_or_default(w->c, x, w->depth + 1, &len);
		bool hit = s && !w->visit(w->arg, s, len);
		free(s);
		if (hit || (s == NULL &&
			    w->c->ops->each_value(w->c, x, true, w->visit, w->arg, w->depth + 1) < 0))
			return true;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (each_subscript(w, ts_node_named_child(n, i), level + 1))
			return true;
	return false;
}

/* def __class_getitem__(cls, item) of a module-level class C: item is
 * what each C[...] of the program gives it; true: visit stopped */
static bool class_item(struct actx *c, TSNode fn, TSNode p,
		       bool (*visit)(void *arg, const char *s, size_t len), void *arg, int depth)
{
	TSNode params = node_field(fn, "parameters"), holder = ts_node_parent(fn);
	if (!node_text_is(c, node_field(fn, "name"), "__class_getitem__") ||
	    ts_node_named_child_count(params) != 2 ||
	    !ts_node_eq(ts_node_named_child(params, 1), p))
		return false;
	if (node_is(holder, "decorated_definition"))
		holder = ts_node_parent(holder);
	TSNode cls = ts_node_parent(holder), root = cls;
	if (!node_is(holder, "block") || !node_is(cls, "class_definition") ||
	    !node_is(ts_node_parent(cls), "module"))
		return false;
	while (!ts_node_is_null(ts_node_parent(root)))
		root = ts_node_parent(root);
	struct subscripts w = {c, node_field(cls, "name"), visit, arg, depth, 100000};
	return each_subscript(&w, root, 0);
}

/* The lists or dictionaries a loop's iterable r may be: a literal, a name
 * bound once to one, d.items() of such a dictionary, a parameter's
 * argument at each call of its function; up to 8 in out */
static int loop_sources(struct actx *c, TSNode r, TSNode out[8])
{
	int n = 0;
	TSNode fn = node_is(r, "call") ? node_field(r, "function") : (TSNode){0};
	if (node_is(fn, "attribute") && node_text_is(c, node_field(fn, "attribute"), "items"))
		r = node_field(fn, "object");
	if (node_is(r, "list") || node_is(r, "tuple") || node_is(r, "dictionary")) {
		out[n++] = r;
		return n;
	}
	if (!node_is(r, "identifier"))
		return 0;
	size_t i = 0;
	const struct binding *b;
	char key[256];
	for (int nb = 0; nb < 4 && (b = actx_lookup(c, node_src(c, r), node_len(r), &i)); nb++) {
		if (b->kind == BIND_VALUE && n < 8 &&
		    (node_is(b->value, "list") || node_is(b->value, "tuple") ||
		     node_is(b->value, "dictionary")))
			out[n++] = b->value;
		TSNode f = b->kind == BIND_RUNTIME ? function_of(b->value) : (TSNode){0};
		size_t kl = python_calls_key(c, ts_node_is_null(f) ? f : node_field(f, "name"), key);
		if (kl == 0)
			continue;
		size_t j = 0;
		const struct binding *cb;
		for (int nc = 0; nc < 8 && n < 8 && (cb = actx_lookup(c, key, kl, &j)); nc++) {
			TSNode a = cb->kind == BIND_VALUE
				       ? python_argument_for(c, f, b->value, cb->value)
				       : (TSNode){0};
			if (node_is(a, "identifier"))
				a = python_bound_list(c, a);
			if (node_is(a, "list") || node_is(a, "tuple") || node_is(a, "dictionary"))
				out[n++] = a;
		}
	}
	return n;
}

static bool visit_value(struct actx *c, TSNode v,
			bool (*visit)(void *arg, const char *s, size_t len), void *arg, int depth)
{
	size_t len;
	char *s = python_fold_or_default(c, v, depth + 1, &len);
	bool hit = s && !visit(arg, s, len);
	free(s);
	return hit || (s == NULL && c->ops->each_value(c, v, true, visit, arg, depth + 1) < 0);
}

static bool same_text(struct actx *c, TSNode a, const char *s, size_t len)
{
	return !ts_node_is_null(a) && node_len(a) == len && memcmp(node_src(c, a), s, len) == 0;
}

/* obj.ATTR: each value setattr(x, "ATTR", v) gives (any object's), and
 * setattr(x, k, v) in a loop for k, v in pairs: each v whose k is "ATTR"
 * among the pairs the loop goes through; true: visit stopped */
static bool some_setattr(struct actx *c, TSNode n,
			 bool (*visit)(void *arg, const char *s, size_t len), void *arg, int depth)
{
	TSNode attr = node_field(n, "attribute");
	const char *an = node_src(c, attr);
	size_t alen = node_len(attr), i = 0;
	const struct binding *b;
	for (int nb = 0; nb < 8 && (b = actx_lookup(c, "#setattr", 8, &i)); nb++) {
		TSNode args = node_field(b->value, "arguments");
		TSNode k = ts_node_named_child(args, 1), v = ts_node_named_child(args, 2);
		if (b->kind != BIND_VALUE || ts_node_named_child_count(args) != 3)
			continue;
		size_t klen;
		char *ks = python_fold_or_default(c, k, depth + 1, &klen);
		bool named = ks && klen == alen && memcmp(ks, an, alen) == 0;
		free(ks);
		if (named && visit_value(c, v, visit, arg, depth))
			return true;
		if (ks || !node_is(k, "identifier") || !node_is(v, "identifier"))
			continue;
		/* for k, v in pairs: setattr(obj, k, v) */
		TSNode loop = b->value;
		while (!ts_node_is_null(loop) && !node_is(loop, "for_statement") &&
		       !node_is(loop, "function_definition"))
			loop = ts_node_parent(loop);
		TSNode left =
		    node_is(loop, "for_statement") ? node_field(loop, "left") : (TSNode){0};
		if (!(node_is(left, "pattern_list") || node_is(left, "tuple_pattern")) ||
		    ts_node_named_child_count(left) != 2 ||
		    !same_text(c, ts_node_named_child(left, 0), node_src(c, k), node_len(k)) ||
		    !same_text(c, ts_node_named_child(left, 1), node_src(c, v), node_len(v)))
			continue;
		TSNode src[8];
		int ns = loop_sources(c, node_field(loop, "right"), src);
		for (int s = 0; s < ns; s++) {
			bool dict = node_is(src[s], "dictionary");
			uint32_t m = ts_node_named_child_count(src[s]);
			for (uint32_t e = 0; e < m; e++) {
				TSNode item = ts_node_named_child(src[s], e);
				TSNode ik =
				    dict ? node_field(item, "key") : ts_node_named_child(item, 0);
				TSNode iv =
				    dict ? node_field(item, "value") : ts_node_named_child(item, 1);
				if ((dict ? !node_is(item, "pair")
					  : !(node_is(item, "tuple") || node_is(item, "list")) ||
						ts_node_named_child_count(item) != 2))
					continue;
				char *kv = python_fold_or_default(c, ik, depth + 1, &klen);
				bool match = kv && klen == alen && memcmp(kv, an, alen) == 0;
				free(kv);
				if (match && visit_value(c, iv, visit, arg, depth))
					return true;
			}
		}
	}
	return false;
}

/* For #some-value-match?, the other values of a call of the program's own
 * function that returns in more than one place (if xdg: return ...;
 * return home / ".gitconfig"): each return's, also through a name bound to
 * such a call or a parameter its callers give one (def update(path):
 * open(path, "w") ... update(config_path())). true: visit stopped. */
/* stack.pop(), queue.popleft(), items[0] of a list the program fills in
 * place: each value an append, appendleft, insert or extend (of a list
 * literal) gives it (NAME#mut: python_bind.c) */
static bool some_added(struct actx *c, TSNode n,
		       bool (*visit)(void *arg, const char *s, size_t len), void *arg, int depth)
{
	TSNode x = node_is(n, "subscript") ? node_field(n, "value") : (TSNode){0};
	TSNode fn = node_is(n, "call") ? node_field(n, "function") : (TSNode){0};
	if (node_is(fn, "attribute") && (node_text_is(c, node_field(fn, "attribute"), "pop") ||
					 node_text_is(c, node_field(fn, "attribute"), "popleft")))
		x = node_field(fn, "object");
	char key[256];
	size_t len = node_is(x, "identifier") ? node_len(x) : 0, i = 0;
	if (len == 0 || len + 5 > sizeof(key))
		return false;
	memcpy(key, node_src(c, x), len);
	memcpy(key + len, "#mut", 4);
	const struct binding *b;
	int nb = 0;
	/* dirs.pop(), dirs.pop(1): each item of the list literal the name is
	 * bound to once (which one comes out depends on what was popped
	 * before) */
	if (!ts_node_is_null(fn)) {
		const struct binding *one = NULL;
		while ((b = actx_lookup(c, key, len, &i)) && nb++ < 2)
			one = b;
		TSNode l = nb == 1 && one->kind == BIND_VALUE ? one->value : (TSNode){0};
		uint32_t k = node_is(l, "list") ? ts_node_named_child_count(l) : 0;
		for (uint32_t j = 0; j < k; j++)
			if (!node_is(ts_node_named_child(l, j), "list_splat") &&
			    visit_value(c, ts_node_named_child(l, j), visit, arg, depth))
				return true;
		i = 0;
		nb = 0;
	}
	while ((b = actx_lookup(c, key, len + 4, &i)) && nb++ < 16) {
		TSNode f =
		    node_is(b->value, "call") ? node_field(b->value, "function") : (TSNode){0};
		if (!node_is(f, "attribute"))
			continue;
		TSNode args = node_field(b->value, "arguments"), m = node_field(f, "attribute");
		uint32_t na = node_is(args, "argument_list") ? ts_node_named_child_count(args) : 0;
		if (na == 0)
			continue;
		TSNode last = ts_node_named_child(args, na - 1);
		if (node_text_is(c, m, "extend") && na == 1 &&
		    (node_is(last, "list") || node_is(last, "tuple"))) {
			uint32_t k = ts_node_named_child_count(last);
			for (uint32_t j = 0; j < k; j++)
				if (visit_value(c, ts_node_named_child(last, j), visit, arg, depth))
					return true;
		} else if ((node_text_is(c, m, "append") || node_text_is(c, m, "appendleft") ||
			    node_text_is(c, m, "insert")) &&
			   !node_is(last, "keyword_argument") &&
			   visit_value(c, last, visit, arg, depth))
			return true;
	}
	return false;
}

bool python_some_return(struct actx *c, TSNode n, bool (*visit)(void *arg, const char *s, size_t len),
			void *arg, int depth)
{
	const struct binding *b;
	size_t i = 0, len;
	int nb = 0;
	char key[256];

	if (depth > 6 || !actx_step(c))
		return false;
	if (is_either(n))
		return some_side(c, n, visit, arg, depth);
	if (node_is(n, "subscript"))
		return some_returned_item(c, n, visit, arg, depth) ||
		       some_added(c, n, visit, arg, depth);
	if (node_is(n, "call") && some_added(c, n, visit, arg, depth))
		return true;
	if (node_is(n, "attribute") && some_setattr(c, n, visit, arg, depth))
		return true;
	/* kw.get("root", d), getattr(x, "root", d): d is one of its values */
	TSNode gf = node_is(n, "call") ? node_field(n, "function") : (TSNode){0};
	TSNode ga = node_is(n, "call") ? node_field(n, "arguments") : (TSNode){0};
	uint32_t gn = node_is(ga, "argument_list") ? ts_node_named_child_count(ga) : 0;
	if ((gn == 2 && node_is(gf, "attribute") &&
	     node_text_is(c, node_field(gf, "attribute"), "get")) ||
	    (gn == 3 && node_is(gf, "identifier") && node_text_is(c, gf, "getattr"))) {
		TSNode d = ts_node_named_child(ga, gn - 1);
		if (!node_is(d, "keyword_argument") && visit_value(c, d, visit, arg, depth))
			return true;
	}
	if (node_is(n, "call") && some_held(c, n, visit, arg, depth))
		return true;
	TSNode opened = node_is(n, "call") ? opened_path(c, n, depth) : (TSNode){0};
	if (!ts_node_is_null(opened)) {
		char *v = python_fold_or_default(c, opened, depth + 1, &len);
		bool hit = v && !visit(arg, v, len);
		free(v);
		return hit || python_some_return(c, opened, visit, arg, depth + 1);
	}
	if (node_is(n, "call") && node_is(node_field(n, "function"), "identifier")) {
		TSNode fn = node_field(n, "function"), rets[16];
		int nr = 0;
		if (node_len(fn) + 3 > sizeof(key))
			return false;
		memcpy(key, node_src(c, fn), node_len(fn));
		memcpy(key + node_len(fn), "()", 2);
		while ((b = actx_lookup(c, key, node_len(fn) + 2, &i)) && nr < 16)
			if (b->kind == BIND_VALUE)
				rets[nr++] = b->value;
		for (int r = 0; nr > 1 && r < nr; r++) {
			char *v = python_fold_or_default(c, rets[r], depth + 1, &len);
			bool hit = v && !visit(arg, v, len);
			free(v);
			if (hit || python_some_return(c, rets[r], visit, arg, depth + 1))
				return true;
		}
		return false;
	}
	if (!node_is(n, "identifier"))
		return false;
	while ((b = actx_lookup(c, node_src(c, n), node_len(n), &i)) && nb++ < 8) {
		TSNode fn = b->kind == BIND_RUNTIME ? function_of(b->value) : (TSNode){0};
		if (b->kind == BIND_VALUE && (node_is(b->value, "call") || is_either(b->value) ||
					      node_is(b->value, "subscript"))) {
			if (python_some_return(c, b->value, visit, arg, depth + 1))
				return true;
			continue;
		}
		size_t kl = python_calls_key(c, ts_node_is_null(fn) ? fn : node_field(fn, "name"), key);
		if (kl == 0)
			continue;
		if (class_item(c, fn, b->value, visit, arg, depth))
			return true;
		size_t j = 0;
		int nc = 0;
		const struct binding *cb;
		while ((cb = actx_lookup(c, key, kl, &j)) && nc++ < 16) {
			TSNode a;
			if (cb->kind == BIND_VALUE &&
			    !ts_node_is_null(a = python_argument_for(c, fn, b->value, cb->value)) &&
			    python_some_return(c, a, visit, arg, depth + 1))
				return true;
		}
	}
	return false;
}
