/*
 * The constant of an attribute (python_fold_attribute): a command line
 * kept on an object, as agents and build scripts write it,
 *
 *	class Repo:
 *	    GIT = ["git", "-C", "."]               (self.GIT, Repo.GIT)
 *	    def __init__(self): self.argv = ["git", "status"]
 *	    def run(self): subprocess.run(self.argv)
 *	job = Repo(); subprocess.run(job.argv)     (what a method set)
 *
 * Attributes are bound by their text (python_bind.c), flow-insensitively,
 * and any object may change them; so an attribute folds only where
 * nothing else can: one value (a string, a list or tuple, or an expression
 * that folds: Path.home().parent, "a" + b), and in
 * the whole program every other mention of an attribute of that name a
 * plain read (an argument, an operand, an element, an index read), never
 * assigned again, deleted, changed in place (append, x.attr[0] = ...,
 * +=), aliased to a name, or reachable unnamed (setattr, getattr, vars,
 * globals, exec, a dunder). Anything else, and it does not fold.
 */
#include <stdlib.h>
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

#define ATTR_WALK_NODES 200000u

struct walk {
	struct actx *c;
	const char *attr;
	size_t len;
	TSNode value; /* the one literal bound */
	unsigned left;
};

/* Whether a call only reads its arguments: the programs it starts, the
 * builtins that print or convert, shlex.join, logging, "sep".join. A
 * function of the program's own, or one the analysis does not know, may
 * change a list it is given (l[0] = "sh"). */
static bool reading_call(struct actx *c, TSNode call)
{
	static const char *const prefixes[] = {"subprocess.",
					       "asyncio.create_subprocess_",
					       "os.exec",
					       "os.spawn",
					       "os.posix_spawn",
					       "shlex.join",
					       "logging.",
					       "builtins.len",
					       "builtins.print",
					       "builtins.str",
					       "builtins.repr",
					       "builtins.isinstance",
					       NULL};
	TSNode fn = node_field(call, "function");
	if (node_is(fn, "attribute") && node_text_is(c, node_field(fn, "attribute"), "join") &&
	    node_is(node_field(fn, "object"), "string"))
		return true;
	struct names ns = {0};
	bool ok = false;
	c->ops->resolve(c, fn, &ns, 0);
	for (int i = 0; i < ns.n && !ok; i++)
		for (const char *const *p = prefixes; *p && !ok; p++)
			ok = strncmp(ns.v[i], *p, strlen(*p)) == 0;
	names_free(&ns);
	return ok;
}

/* Whether node n (an attribute named attr) is only read where it is. A
 * value that cannot change in place (a string, a path: not a list) is
 * read also where it is given to any function, a default value or the
 * right side of an assignment. */
static bool read_only(struct actx *c, TSNode n, bool immutable)
{
	TSNode p = ts_node_parent(n);
	if (immutable &&
	    (node_is(p, "argument_list") || node_is(p, "default_parameter") ||
	     node_is(p, "typed_default_parameter") ||
	     (node_is(p, "keyword_argument") && ts_node_eq(node_field(p, "value"), n)) ||
	     (node_is(p, "assignment") && ts_node_eq(node_field(p, "right"), n))))
		return true;
	/* self.root.iterdir(), self.base.anchor: a path or a string is
	 * read by its methods and attributes (a list may be changed by
	 * its own: append, extend, ...) */
	if (immutable && node_is(p, "attribute") && ts_node_eq(node_field(p, "object"), n)) {
		static const char *const changes[] = {"append", "extend", "insert", "remove",
						      "pop",	"clear",  "update", "sort",
						      "reverse", "add",	  "discard", "setdefault",
						      "popitem", NULL};
		TSNode m = node_field(p, "attribute");
		for (const char *const *ch = changes; *ch; ch++)
			if (node_text_is(c, m, *ch))
				return false;
		return !node_is(ts_node_parent(p), "assignment") ||
		       !ts_node_eq(node_field(ts_node_parent(p), "left"), p);
	}
	if (node_is(p, "argument_list"))
		return reading_call(c, ts_node_parent(p));
	if (node_is(p, "keyword_argument") && node_is(ts_node_parent(p), "argument_list"))
		return reading_call(c, ts_node_parent(ts_node_parent(p)));
	static const char *const reads[] = {"binary_operator",
					    "list",
					    "tuple",
					    "return_statement",
					    "interpolation",
					    "comparison_operator",
					    "boolean_operator",
					    "parenthesized_expression",
					    "list_splat",
					    "expression_list",
					    "conditional_expression",
					    "not_operator",
					    NULL};
	for (const char *const *r = reads; *r; r++)
		if (node_is(p, *r))
			return !node_is(p, "expression_list") ||
			       node_is(ts_node_parent(p), "return_statement");
	if (node_is(p, "subscript")) {
		/* x.attr[0] read, not assigned or deleted */
		TSNode q = ts_node_parent(p);
		if (node_is(q, "assignment") || node_is(q, "augmented_assignment"))
			return ts_node_start_byte(node_field(q, "left")) != ts_node_start_byte(p);
		return !node_is(q, "delete_statement") && !node_is(q, "pattern_list") &&
		       !node_is(q, "tuple_pattern") && !node_is(q, "for_statement");
	}
	return false;
}

/* def __repr__(self), __str__, __enter__, ...: a method's name that is
 * not one of those by which a class reaches or changes its attributes
 * (__setattr__, __getattr__, __getattribute__, __delattr__, a
 * descriptor's __get__ and __set__, __new__, __init_subclass__,
 * __set_name__). */
static bool plain_dunder_method(struct actx *c, TSNode n)
{
	static const char *const doors[] = {"__setattr__", "__getattr__",  "__getattribute__",
					    "__delattr__", "__get__",	   "__set__",
					    "__new__",	   "__init_subclass__", "__set_name__",
					    NULL};
	TSNode p = ts_node_parent(n);
	if (!node_is(p, "function_definition") || !ts_node_eq(node_field(p, "name"), n))
		return false;
	for (const char *const *d = doors; *d; d++)
		if (node_text_is(c, n, *d))
			return false;
	return true;
}

/* Whether anything in the program may change or reach the attribute other
 * than the one binding. */
static bool unsafe(struct walk *w, TSNode n, int depth)
{
	if (depth > 400 || w->left == 0)
		return true;
	w->left--;
	struct actx *c = w->c;
	if (node_is(n, "identifier")) {
		static const char *const doors[] = {"setattr", "getattr", "vars",    "globals",
						    "locals",  "exec",	  "eval",    "compile",
						    "delattr", "gc",	  "modules", NULL};
		size_t len = node_len(n);
		const char *s = node_src(c, n);
		if (len > 4 && s[0] == '_' && s[1] == '_' && !node_text_is(c, n, "__init__") &&
		    !node_text_is(c, n, "__name__") && !node_text_is(c, n, "__main__") &&
		    !node_text_is(c, n, "__file__") && !plain_dunder_method(c, n))
			return true;
		for (const char *const *d = doors; *d; d++)
			if (node_text_is(c, n, *d))
				return true;
		return false;
	}
	if (node_is(n, "attribute")) {
		TSNode a = node_field(n, "attribute");
		if (node_len(a) == w->len && memcmp(node_src(c, a), w->attr, w->len) == 0) {
			TSNode p = ts_node_parent(n);
			bool binding =
			    node_is(p, "assignment") &&
			    ts_node_start_byte(node_field(p, "left")) == ts_node_start_byte(n) &&
			    ts_node_eq(node_field(p, "right"), w->value);
			if (!binding && !read_only(c, n, !node_is(w->value, "list")))
				return true;
		}
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (unsafe(w, ts_node_named_child(n, i), depth + 1))
			return true;
	return false;
}

/* The one value bound to key, or a null node (none, or more than one). */
static TSNode single_value(struct actx *c, const char *key, size_t len)
{
	size_t i = 0;
	const struct binding *b;
	TSNode v = {0};
	bool seen = false;

	while ((b = actx_lookup(c, key, len, &i))) {
		if (b->kind != BIND_VALUE)
			return (TSNode){0};
		if (seen && !ts_node_eq(v, b->value))
			return (TSNode){0};
		v = b->value;
		seen = true;
	}
	return v;
}

/* The directory a path is in, as os.path.dirname ("~" is in /home). */
static void put_dirname(struct buf *out, const char *v, size_t len)
{
	while (len > 1 && v[len - 1] == '/')
		len--;
	const char *slash = memrchr(v, '/', len);
	if (len == 1 && v[0] == '~')
		buf_append(out, "/home", 5);
	else if (slash)
		buf_append(out, v, slash == v ? 1 : (size_t)(slash - v));
}

/* A pathlib path's parts: p.anchor is "/" for every absolute path (a
 * relative one's is "", which names nothing to delete), as is p.root of
 * Path(...) or of a path that folds to one; p.parent and p.parents[i] (i < 0: from the
 * top, the last is "/") are its directories. */
int python_fold_path_part(struct actx *c, TSNode obj, const char *part, long idx, struct buf *out,
			  int depth)
{
	if (strcmp(part, "anchor") == 0 || (strcmp(part, "parents") == 0 && idx == -1) ||
	    (strcmp(part, "root") == 0 && node_is(obj, "call"))) {
		buf_append(out, "/", 1);
		return 0;
	}
	size_t len;
	char *v = fold_dup(c, obj, depth + 1, &len);
	if (v == NULL || len == 0 || (v[0] != '/' && v[0] != '~')) {
		free(v);
		return -1;
	}
	if (strcmp(part, "root") == 0) {
		buf_append(out, "/", 1);
	} else {
		long up = strcmp(part, "parent") == 0 ? 1 : idx + 1;
		struct buf cur = {0}, next = {0};
		buf_append(&cur, v, len);
		while (up-- > 0 && cur.len > 0) {
			next.len = 0;
			put_dirname(&next, cur.data, cur.len);
			struct buf t = cur;
			cur = next;
			next = t;
		}
		buf_append(out, cur.data ? cur.data : "", cur.len);
		buf_free(&cur);
		buf_free(&next);
	}
	free(v);
	return 0;
}

static bool names_have(const struct names *ns, const char *a, const char *b)
{
	for (int i = 0; i < ns->n; i++)
		if (strcmp(ns->v[i], a) == 0 || (b && strcmp(ns->v[i], b) == 0))
			return true;
	return false;
}

/* pwd.getpwuid(uid).pw_dir: a home directory (its pw_name: a user's name,
 * any one, as getpass.getuser()); os.sep: "/"; os.pardir: ".."; 0 and
 * appended, -1 not one of them, -2 another attribute */
static int named_constant(struct actx *c, TSNode n, TSNode attr, struct buf *out, int depth)
{
	if (!node_text_is(c, attr, "pw_dir") && !node_text_is(c, attr, "sep") &&
	    !node_text_is(c, attr, "pardir") && !node_text_is(c, attr, "pw_name"))
		return -2;
	struct names ns = {0};
	c->ops->resolve(c, n, &ns, depth + 1);
	bool user = names_have(&ns, "pwd.getpwuid().pw_name", NULL);
	if (user) {
		names_free(&ns);
		buf_append(out, "user", 4);
		return 0;
	}
	bool home = names_have(&ns, "pwd.getpwuid().pw_dir", "pwd.getpwnam().pw_dir");
	bool sep = names_have(&ns, "os.sep", "os.path.sep");
	bool up = names_have(&ns, "os.pardir", "os.path.pardir");
	names_free(&ns);
	if (!home && !sep && !up)
		return -1;
	buf_append(out, home ? "~" : sep ? "/" : "..", home || sep ? 1 : 2);
	return 0;
}

int python_fold_listing(struct actx *c, TSNode n, TSNode fn, const struct names *ns,
			struct buf *out, int depth)
{
	TSNode p = ts_node_parent(n), args = node_field(n, "arguments");
	TSNode a0 = ts_node_named_child(args, 0), obj = {0}, m = {0};
	if (!node_is(p, "argument_list") || ts_node_eq(ts_node_named_child(p, 0), n))
		return -1;
	/* the listing is what map() or filter() goes through (the builtin:
	 * a name the program does not bind) */
	TSNode outer = node_field(ts_node_parent(p), "function");
	size_t i = 0;
	if (!(node_text_is(c, outer, "map") || node_text_is(c, outer, "filter")) ||
	    actx_lookup(c, node_src(c, outer), node_len(outer), &i) != NULL)
		return -1;
	if (node_is(fn, "attribute")) {
		obj = node_field(fn, "object");
		m = node_field(fn, "attribute");
	}
	size_t len = 0;
	char *v = NULL;
	const char *tail = "";
	if (node_is(fn, "identifier") && node_text_is(c, fn, "filter") &&
	    ts_node_named_child_count(args) == 2) {
		/* map(os.remove, filter(os.path.isfile, listing)): the listing */
		v = fold_dup(c, ts_node_named_child(args, 1), depth + 1, &len);
	} else if (names_have(ns, "glob.glob", "glob.iglob") && !ts_node_is_null(a0)) {
		v = fold_dup(c, a0, depth + 1, &len); /* the pattern names them */
	} else if (names_have(ns, "os.listdir", "os.scandir")) {
		v = ts_node_is_null(a0) ? strdup(".") : fold_dup(c, a0, depth + 1, &len);
		len = v && ts_node_is_null(a0) ? 1 : len;
		tail = "/*";
	} else if (!ts_node_is_null(m) && ts_node_is_null(a0) && node_text_is(c, m, "iterdir")) {
		v = fold_dup(c, obj, depth + 1, &len); /* Path.home().iterdir() */
		tail = "/*";
	}
	if (v == NULL)
		return -1;
	buf_append(out, v, len);
	buf_append(out, tail, strlen(tail));
	free(v);
	return 0;
}

bool python_attribute_kept(struct actx *c, TSNode attr, TSNode v)
{
	/* the walk's answer, once per attribute name and value: 1 safe, 2 not */
	char key[256];
	int k = snprintf(key, sizeof(key), "%.*s@%u", (int)node_len(attr), node_src(c, attr),
			 ts_node_start_byte(v));
	struct memo *m =
	    k > 0 && (size_t)k < sizeof(key) ? actx_memo_find(c, 'a', key, (size_t)k) : NULL;
	if (m == NULL || m->seen == 0) {
		struct walk w = {c, node_src(c, attr), node_len(attr), v, ATTR_WALK_NODES};
		TSNode root = attr;
		while (!ts_node_is_null(ts_node_parent(root)))
			root = ts_node_parent(root);
		bool bad = unsafe(&w, root, 0);
		if (m)
			m->seen = bad ? 2 : 1;
		return !bad;
	}
	return m->seen == 1;
}

/* The docstring of a def or class, folded; -1 without one. */
static int fold_docstring(struct actx *c, TSNode def, struct buf *out, int depth)
{
	TSNode body = node_field(def, "body");
	TSNode st = ts_node_is_null(body) ? body : ts_node_named_child(body, 0);
	TSNode doc = node_is(st, "expression_statement") ? ts_node_named_child(st, 0) : (TSNode){0};
	if (!node_is(doc, "string") || ts_node_named_child_count(st) != 1)
		return -1;
	size_t len;
	char *v = fold_dup(c, doc, depth + 1, &len);
	if (v == NULL)
		return -1;
	buf_append(out, v, len);
	free(v);
	return 0;
}

/* fn.__doc__: the docstring of what fn names, a def or class at the
 * module's top, or the definition a decorator lambda is given
 * (@lambda fn: os.path.expanduser(fn.__doc__)); -2 when it is neither */
static int fold_doc(struct actx *c, TSNode obj, struct buf *out, int depth)
{
	for (TSNode p = ts_node_parent(obj); !ts_node_is_null(p); p = ts_node_parent(p)) {
		if (!node_is(p, "lambda"))
			continue;
		TSNode params = node_field(p, "parameters"), dec = ts_node_parent(p);
		TSNode p0 = ts_node_is_null(params) || ts_node_named_child_count(params) != 1
				? (TSNode){0}
				: ts_node_named_child(params, 0);
		if (!node_is(p0, "identifier") || node_len(p0) != node_len(obj) ||
		    memcmp(node_src(c, p0), node_src(c, obj), node_len(obj)) != 0)
			return -2;
		if (!node_is(dec, "decorator") ||
		    !node_is(ts_node_parent(dec), "decorated_definition"))
			return -2;
		return fold_docstring(c, node_field(ts_node_parent(dec), "definition"), out, depth);
	}
	TSNode root = obj;
	while (!ts_node_is_null(ts_node_parent(root)))
		root = ts_node_parent(root);
	uint32_t k = ts_node_named_child_count(root);
	for (uint32_t i = 0; i < k; i++) {
		TSNode s = ts_node_named_child(root, i);
		if (node_is(s, "decorated_definition"))
			s = node_field(s, "definition");
		if (!node_is(s, "function_definition") && !node_is(s, "class_definition"))
			continue;
		TSNode name = node_field(s, "name");
		if (node_len(name) == node_len(obj) &&
		    memcmp(node_src(c, name), node_src(c, obj), node_len(obj)) == 0)
			return fold_docstring(c, s, out, depth);
	}
	return -2;
}

int python_fold_attribute(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode obj = node_field(n, "object"), attr = node_field(n, "attribute");
	char key[256];
	int konst = named_constant(c, n, attr, out, depth);

	if (konst != -2)
		return konst;

	/* p.anchor, p.root, p.parent of a path; else (args.root of a
	 * parse_args(), job.parent kept on an object) read on below */
	if ((node_text_is(c, attr, "anchor") || node_text_is(c, attr, "root") ||
	     node_text_is(c, attr, "parent")) &&
	    python_fold_path_part(c, obj,
				  node_src(c, attr)[0] == 'a'   ? "anchor"
				  : node_src(c, attr)[0] == 'r' ? "root"
								: "parent",
				  0, out, depth) == 0)
		return 0;

	if (!node_is(obj, "identifier") || node_len(n) >= sizeof(key))
		return -1;
	if (node_text_is(c, attr, "__doc__")) {
		int d = fold_doc(c, obj, out, depth);
		if (d != -2)
			return d;
	}
	if (python_argv_default(c, n, out, depth) == 0)
		return 0;
	TSNode v = single_value(c, node_src(c, n), node_len(n));
	if (ts_node_is_null(v) && !actx_is_bound(c, node_src(c, n), node_len(n))) {
		int k =
		    snprintf(key, sizeof(key), "self.%.*s", (int)node_len(attr), node_src(c, attr));
		if (k > 0 && (size_t)k < sizeof(key))
			v = single_value(c, key, (size_t)k);
	}
	if (ts_node_is_null(v) ||
	    !(node_is(v, "list") || node_is(v, "tuple") || node_is(v, "string") ||
	      node_is(v, "concatenated_string") || node_is(v, "call") || node_is(v, "attribute") ||
	      node_is(v, "binary_operator")))
		return -1;
	if (!python_attribute_kept(c, attr, v))
		return -1;
	size_t len;
	char *s = fold_dup(c, v, depth + 1, &len);
	if (s == NULL)
		return -1;
	buf_append(out, s, len);
	free(s);
	return 0;
}
