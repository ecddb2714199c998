/*
 * Code that runs but cannot be folded, bounded instead (#unknown-code?).
 *
 * Inert: eval(expression) of a calculator, where expression is
 *
 *	expression = str(operand[0])
 *	for oprt, oprn in zip(operator, operand[1:]):
 *	    expression += oprt + str(oprn)
 *
 * and every caller of the function passes lists of numbers and of operator
 * strings ('**', '//', '+'). Such text has no letter and no underscore, so
 * it names nothing and can call nothing: running it only computes. A
 * parameter is followed to the function's callers, directly (f(a, b)) or
 * one call away (check(f), where check calls its parameter). Any other use
 * of the function, no call of it at all, a program that could call it
 * without naming it (globals(), getattr, sys.modules, frames, exec of
 * other code), or anything else that may reach the text, and it is not
 * inert.
 *
 * Ambiguous (python_guess.c): eval(x) where x folds to a constant that is
 * one of its values, not the code that runs.
 *
 * A parameter's value, for the rules that look for a value (a directory
 * emptied, a file read), is what a caller passes: `def empty(d): for n in
 * os.listdir(d): os.remove(...)` called as empty(os.path.expanduser('~')).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

#define INERT_DEPTH 24

static bool inert(struct actx *c, TSNode n, int depth);

/* Text that, run as Python, can only compute: digits, blanks, operators
 * and parentheses. No letter or underscore: no name, so no call, no
 * attribute, no keyword; no quote or backslash. */
static bool inert_text(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] == '\0' || strchr("0123456789 \t\n+-*/%().,<>=!&|^~", s[i]) == NULL)
			return false;
	return true;
}

/* Whether callee is one of these builtins, not bound by the program. */
static bool builtin_call(struct actx *c, TSNode callee, const char *const *names)
{
	if (!node_is(callee, "identifier") ||
	    actx_is_bound(c, node_src(c, callee), node_len(callee)))
		return false;
	for (; *names; names++)
		if (node_text_is(c, callee, *names))
			return true;
	return false;
}

static bool all_children_inert(struct actx *c, TSNode n, int depth)
{
	uint32_t k = ts_node_named_child_count(n);

	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_named_child(n, i);
		if (node_is(ch, "comment"))
			continue;
		if (!inert(c, ch, depth + 1))
			return false;
	}
	return true;
}

static bool inert_call(struct actx *c, TSNode n, int depth)
{
	/* what these return is made of their arguments' text, or a number */
	static const char *const pure[] = {
	    "str",  "int",   "float",  "abs",	   "round", "len",	 "min",	  "max", "sum",
	    "list", "tuple", "sorted", "reversed", "zip",   "enumerate", "range", NULL};
	TSNode fn = node_field(n, "function"), args = node_field(n, "arguments");

	if (ts_node_is_null(args) || !node_is(args, "argument_list"))
		return false;
	if (builtin_call(c, fn, pure))
		return all_children_inert(c, args, depth);
	/* "".join(parts), " ".join(map(str, xs)) is not (map takes a function) */
	if (node_is(fn, "attribute") && node_text_is(c, node_field(fn, "attribute"), "join"))
		return inert(c, node_field(fn, "object"), depth + 1) &&
		       all_children_inert(c, args, depth);
	return false;
}

/* The function definition that holds a parameter node, or a null node. */
static TSNode function_of(TSNode param)
{
	TSNode params = ts_node_parent(param);
	TSNode fn = ts_node_is_null(params) ? params : ts_node_parent(params);

	return !ts_node_is_null(fn) && node_is(fn, "function_definition") ? fn : (TSNode){0};
}

/* The program's one function of this name: its definition, or a null node
 * when the name is bound otherwise or more than once. A module-level one,
 * or one nested in functions (python_nested_def: def main(): def run(cmd))
 * when nothing else in the program binds the name. */
static TSNode only_def_find(struct actx *c, TSNode name);
/* (memoised, tag 'D': asked for the same names again and again) */
static TSNode only_def(struct actx *c, TSNode name)
{
	struct memo *m = actx_memo_find(c, 'D', node_src(c, name), node_len(name));
	TSNode def;

	if (m == NULL)
		return only_def_find(c, name);
	if (m->seen) {
		memcpy(&def, m->val.data, sizeof(def));
		return def;
	}
	def = only_def_find(c, name);
	buf_append(&m->val, (const char *)&def, sizeof(def));
	m->seen = 1;
	return def;
}

static TSNode only_def_find(struct actx *c, TSNode name)
{
	TSNode root = name, none = {0};
	size_t i = 0, n = 0;
	const struct binding *b;

	while ((b = actx_lookup(c, node_src(c, name), node_len(name), &i)))
		if (b->kind != BIND_LOCAL || ++n > 1)
			return none;
	if (n == 0 && node_len(name) + 2 <= 256) {
		char key[256];
		TSNode def = none;
		memcpy(key, node_src(c, name), node_len(name));
		key[node_len(name)] = '{';
		i = 0;
		while ((b = actx_lookup(c, key, node_len(name) + 1, &i)))
			if (n++ == 0 && b->kind == BIND_VALUE)
				def = b->value;
		return n == 1 ? def : none;
	}
	if (n != 1)
		return none;
	while (!ts_node_is_null(ts_node_parent(root)))
		root = ts_node_parent(root);
	/* the definitions are found by walking the module's statements */
	uint32_t k = ts_node_named_child_count(root);
	for (uint32_t j = 0; j < k; j++) {
		TSNode s = ts_node_named_child(root, j);
		if (node_is(s, "decorated_definition"))
			return none; /* a decorator may replace the function */
		if (node_is(s, "function_definition") &&
		    node_len(node_field(s, "name")) == node_len(name) &&
		    memcmp(node_src(c, node_field(s, "name")), node_src(c, name), node_len(name)) ==
			0)
			return s;
	}
	return none;
}

/* Whether fn is a function of the program whose calls are all by its name
 * here: module-level, or the one nested def of its name. */
static bool own_function(struct actx *c, TSNode fn)
{
	return python_module_level(fn) ||
	       (python_nested_def(fn) && ts_node_eq(only_def(c, node_field(fn, "name")), fn));
}

/* Position of parameter p among fn's parameters (PARAM_KEYWORD_ONLY and
 * up for those after * or *args, which only a keyword reaches), or -1
 * after **kwargs or anything unknown. */
#define PARAM_KEYWORD_ONLY 4096

static int param_index(TSNode fn, TSNode p)
{
	TSNode params = node_field(fn, "parameters");
	uint32_t k = ts_node_named_child_count(params);

	/* after * or *args a parameter is keyword-only: an index no
	 * positional argument reaches */
	int pos = 0, kwonly = 0;
	for (uint32_t i = 0; i < k; i++) {
		TSNode q = ts_node_named_child(params, i);
		if (ts_node_eq(q, p))
			return kwonly ? PARAM_KEYWORD_ONLY + pos : pos;
		if (node_is(q, "keyword_separator") || node_is(q, "list_splat_pattern")) {
			kwonly = 1;
			continue;
		}
		if (node_is(q, "positional_separator"))
			continue;
		if (!node_is(q, "identifier") && !node_is(q, "default_parameter") &&
		    !node_is(q, "typed_parameter") && !node_is(q, "typed_default_parameter"))
			return -1;
		pos++;
	}
	return -1;
}

/* A call's argument for parameter number idx named name: inert, or absent
 * (the default was checked); no *args or **kwargs at the call. */
static bool inert_argument(struct actx *c, TSNode call, int idx, TSNode name, int depth)
{
	TSNode args = node_field(call, "arguments");
	uint32_t k = ts_node_named_child_count(args);
	int pos = 0;

	if (!node_is(args, "argument_list"))
		return false;
	for (uint32_t i = 0; i < k; i++) {
		TSNode a = ts_node_named_child(args, i);
		if (node_is(a, "comment"))
			continue;
		if (node_is(a, "list_splat") || node_is(a, "dictionary_splat"))
			return false;
		if (node_is(a, "keyword_argument")) {
			TSNode kw = node_field(a, "name");
			if (node_len(kw) == node_len(name) &&
			    memcmp(node_src(c, kw), node_src(c, name), node_len(name)) == 0 &&
			    !inert(c, node_field(a, "value"), depth + 1))
				return false;
			continue;
		}
		if (pos++ == idx && !inert(c, a, depth + 1))
			return false;
	}
	return true;
}

/* Every use of name inside n (the function's name in the module, or a
 * parameter's in its function) passes inert arguments to parameter idx.
 * via: the function whose parameter name is (one call away), or null. */
static bool uses_pass_inert(struct actx *c, TSNode n, TSNode name, TSNode skip, int idx,
			    TSNode pname, bool follow, int depth, int level, int *calls)
{
	if (level > 400 || !actx_step(c))
		return false;
	if (node_is(n, "identifier") && !ts_node_eq(n, skip) && node_len(n) == node_len(name) &&
	    memcmp(node_src(c, n), node_src(c, name), node_len(name)) == 0) {
		TSNode parent = ts_node_parent(n);
		if (node_is(parent, "call") && ts_node_eq(node_field(parent, "function"), n)) {
			++*calls;
			return inert_argument(c, parent, idx, pname, depth);
		}
		/* check(f): f is called by check, through its parameter */
		TSNode call = ts_node_parent(parent);
		if (!follow || !node_is(parent, "argument_list") || !node_is(call, "call"))
			return false;
		TSNode g = only_def(c, node_field(call, "function"));
		if (ts_node_is_null(g))
			return false;
		uint32_t k = ts_node_named_child_count(parent);
		int pos = 0;
		for (uint32_t i = 0; i < k; i++) {
			TSNode a = ts_node_named_child(parent, i);
			if (ts_node_eq(a, n))
				break;
			if (!node_is(a, "comment"))
				pos++;
		}
		TSNode gparams = node_field(g, "parameters");
		TSNode q = ts_node_named_child(gparams, (uint32_t)pos);
		if (ts_node_is_null(q) || !node_is(q, "identifier") || param_index(g, q) != pos)
			return false;
		return uses_pass_inert(c, node_field(g, "body"), q, q, idx, pname, false, depth, 0,
				       calls);
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (!uses_pass_inert(c, ts_node_named_child(n, i), name, skip, idx, pname, follow,
				     depth, level + 1, calls))
			return false;
	return true;
}

static bool step(void *c)
{
	return actx_step(c);
}

/* Names through which a program can reach a function without naming it
 * (globals()['f'], sys.modules[__name__].f, a frame's f_globals, code
 * run from a string that calls f): where one appears, the calls found
 * are not all the calls. */
static bool open_world(struct actx *c, TSNode root)
{
	static const char *const reach[] = {
	    "globals",	 "locals",    "vars",	  "getattr",  "setattr",
	    "delattr",	 "exec",      "compile",  "modules",  "import_module",
	    "_getframe", "f_globals", "f_locals", "f_back",   "gi_frame",
	    "inspect",	 "gc",	      "partial",  "builtins", "breakpoint",
	    "sys",	 NULL};

	return python_reaches_unnamed(c, root, reach, step, c);
}

/* A parameter is inert when its default is, and when every call of its
 * function gives it something inert. */
static bool inert_parameter(struct actx *c, TSNode p, int depth)
{
	TSNode fn = function_of(p), name = python_parameter_name(p), root;

	if (ts_node_is_null(fn) || !own_function(c, fn) || ts_node_is_null(name) ||
	    node_is(p, "list_splat_pattern") || node_is(p, "dictionary_splat_pattern"))
		return false;
	if ((node_is(p, "default_parameter") || node_is(p, "typed_default_parameter")) &&
	    !inert(c, node_field(p, "value"), depth + 1))
		return false;
	int idx = param_index(fn, p);
	TSNode fname = node_field(fn, "name");
	if (idx < 0 || ts_node_is_null(only_def(c, fname)))
		return false;
	for (root = fn; !ts_node_is_null(ts_node_parent(root)); root = ts_node_parent(root))
		;
	if (open_world(c, root))
		return false;
	/* at least one call: a function nobody calls here is called from
	 * elsewhere, with anything */
	int calls = 0;
	return uses_pass_inert(c, root, fname, fname, idx, name, true, depth, 0, &calls) &&
	       calls > 0;
}

static bool inert_name(struct actx *c, TSNode id, int depth)
{
	size_t i = 0, n = 0;
	const struct binding *b;

	while ((b = actx_lookup(c, node_src(c, id), node_len(id), &i))) {
		bool ok = false;
		n++;
		if (b->kind == BIND_VALUE && node_is(b->value, "augmented_assignment"))
			ok = inert(c, node_field(b->value, "right"), depth + 1);
		else if (b->kind == BIND_VALUE && node_is(b->value, "for_statement"))
			ok = inert(c, node_field(b->value, "right"), depth + 1);
		else if (b->kind == BIND_VALUE)
			ok = inert(c, b->value, depth + 1);
		else if (b->kind == BIND_RUNTIME &&
			 (node_is(b->value, "for_statement") || node_is(b->value, "for_in_clause")))
			ok = inert(c, node_field(b->value, "right"), depth + 1);
		else if (b->kind == BIND_RUNTIME)
			ok = inert_parameter(c, b->value, depth + 1);
		if (!ok)
			return false;
	}
	return n > 0;
}

static bool inert(struct actx *c, TSNode n, int depth)
{
	if (ts_node_is_null(n) || depth > INERT_DEPTH || !actx_step(c))
		return false;
	const char *t = ts_node_type(n);
	if (strcmp(t, "integer") == 0 || strcmp(t, "float") == 0 || strcmp(t, "true") == 0 ||
	    strcmp(t, "false") == 0 || strcmp(t, "none") == 0)
		return true;
	if (strcmp(t, "string") == 0 || strcmp(t, "concatenated_string") == 0) {
		size_t len;
		char *s = fold_dup(c, n, depth + 1, &len);
		bool ok = s && inert_text(s, len);
		free(s);
		return ok;
	}
	if (strcmp(t, "binary_operator") == 0)
		return inert(c, node_field(n, "left"), depth + 1) &&
		       inert(c, node_field(n, "right"), depth + 1);
	if (strcmp(t, "unary_operator") == 0)
		return inert(c, node_field(n, "argument"), depth + 1);
	if (strcmp(t, "parenthesized_expression") == 0 || strcmp(t, "list") == 0 ||
	    strcmp(t, "tuple") == 0 || strcmp(t, "expression_list") == 0)
		return all_children_inert(c, n, depth);
	if (strcmp(t, "subscript") == 0)
		return inert(c, node_field(n, "value"), depth + 1);
	/* [o + str(n) for o, n in zip(ops, nums)]: its loop's names are
	 * bound to the loop (for_in_clause), whose iterable is checked */
	if (strcmp(t, "list_comprehension") == 0 || strcmp(t, "generator_expression") == 0)
		return inert(c, node_field(n, "body"), depth + 1);
	if (strcmp(t, "call") == 0)
		return inert_call(c, n, depth);
	if (strcmp(t, "identifier") == 0)
		return inert_name(c, n, depth);
	return false;
}

bool python_inert(struct actx *c, TSNode n)
{
	/* timeit.timeit(work), bdb.Bdb().runcall(f): the program's own
	 * function (one undecorated module-level def of that name) is a
	 * function object, not text; what it runs is the program, read */
	if (node_is(n, "identifier") && !ts_node_is_null(only_def(c, n)))
		return true;
	return inert(c, n, 0);
}

static bool contains(TSNode outer, TSNode n)
{
	return ts_node_start_byte(outer) <= ts_node_start_byte(n) &&
	       ts_node_end_byte(n) <= ts_node_end_byte(outer);
}

/* The argument of a call for parameter number idx named pname, folded
 * into out: 0, else -1; -2 when the call does not pass it (no argument
 * there, no *args or **kwargs), so the parameter's default is its value. */
static int fold_argument(struct actx *c, TSNode call, int idx, TSNode pname, struct buf *out,
			 int depth)
{
	TSNode args = node_field(call, "arguments");
	uint32_t k = ts_node_named_child_count(args);
	int pos = 0;
	bool splat = false;

	if (!node_is(args, "argument_list"))
		return -1;
	for (uint32_t i = 0; i < k; i++) {
		TSNode a = ts_node_named_child(args, i), v = {0};
		if (node_is(a, "list_splat") || node_is(a, "dictionary_splat"))
			splat = true;
		if (node_is(a, "comment") || node_is(a, "list_splat") ||
		    node_is(a, "dictionary_splat"))
			continue;
		if (node_is(a, "keyword_argument")) {
			TSNode kw = node_field(a, "name");
			if (node_len(kw) == node_len(pname) &&
			    memcmp(node_src(c, kw), node_src(c, pname), node_len(kw)) == 0)
				v = node_field(a, "value");
		} else if (pos++ == idx) {
			v = a;
		}
		if (!ts_node_is_null(v))
			return c->ops->fold(c, v, out, depth + 1);
	}
	return splat ? -1 : -2;
}

int python_fold_parameter(struct actx *c, TSNode p, struct buf *out, int depth)
{
	TSNode fn = function_of(p), name = python_parameter_name(p), fname;
	/* a lambda kept under a name: called by it */
	if (ts_node_is_null(fn) && !ts_node_is_null(ts_node_parent(p))) {
		fname = python_lambda_name(c, fn = ts_node_parent(ts_node_parent(p)));
		if (ts_node_is_null(fname)) /* map(lambda p: ..., items) */
			return python_fold_lambda_item(c, fn, p, out, depth);
	} else if (!ts_node_is_null(fn) && python_fold_operand(c, fn, p, out, depth) == 0)
		return 0; /* Path.home() @ Sweeper(): __rmatmul__(self, root) */
	else
		fname = ts_node_is_null(fn) || !own_function(c, fn) ? (TSNode){0}
								      : node_field(fn, "name");
	if (ts_node_is_null(fname) || depth > INERT_DEPTH || ts_node_is_null(name) ||
	    node_is(p, "list_splat_pattern") || node_is(p, "dictionary_splat_pattern"))
		return -1;
	int idx = param_index(fn, p);
	char key[PYTHON_CALLS_KEY];
	/* its calls, bound to "name(" (lang_python.c); those inside the
	 * function itself (recursion) pass what it derived */
	size_t kl = python_calls_key(c, fname, key), i = 0;
	const struct binding *b;
	if (idx < 0 || kl == 0)
		return -1;
	/* the first call's value, when every call's folds: a call whose
	 * argument is unknown (run(["ls"]) then run(sys.argv[1:])) makes the
	 * parameter unknown, not the other call's value */
	size_t start = out->len;
	bool folded = false;
	while ((b = actx_lookup(c, key, kl, &i))) {
		size_t mark = out->len;
		if (b->kind != BIND_VALUE ||
		    (ts_node_start_byte(b->value) >= ts_node_start_byte(fn) &&
		     ts_node_end_byte(b->value) <= ts_node_end_byte(fn)))
			continue;
		int ret = fold_argument(c, b->value, idx, name, out, depth);
		/* def tidy(target=os.path.expandvars("$HOME")) called as tidy() */
		if (ret == -2 &&
		    (node_is(p, "default_parameter") || node_is(p, "typed_default_parameter"))) {
			out->len = mark;
			ret = c->ops->fold(c, node_field(p, "value"), out, depth + 1);
		}
		if (ret != 0) {
			out->len = start;
			return -1;
		}
		if (folded)
			out->len = mark; /* the first value stands */
		folded = true;
	}
	return folded ? 0 : -1;
}

static int argument_of(struct actx *c, TSNode call, int idx, TSNode pname, TSNode *v);

void python_parameter_arguments(struct actx *c, TSNode p,
				void (*visit)(struct actx *c, TSNode arg, void *ctx), void *ctx)
{
	TSNode name = python_parameter_name(p), fn;

	if (ts_node_is_null(name) || node_is(p, "list_splat_pattern") ||
	    node_is(p, "dictionary_splat_pattern") || node_len(name) + 2 > 256)
		return;
	/* only a parameter the function calls (def go(fn, a): fn(a)); the
	 * calls by that name first, as finding parents costs */
	char key[PYTHON_CALLS_KEY];
	size_t kl = python_calls_key(c, name, key), i = 0;
	const struct binding *b;
	bool called = false;
	if (!actx_is_bound(c, key, kl) || ts_node_is_null(fn = function_of(p)))
		return;
	while (!called && (b = actx_lookup(c, key, kl, &i)))
		called = b->kind == BIND_VALUE && contains(fn, b->value);
	if (!called || !own_function(c, fn))
		return;
	int idx = param_index(fn, p);
	kl = python_calls_key(c, node_field(fn, "name"), key);
	i = 0;
	if (idx < 0 || kl == 0)
		return;
	while ((b = actx_lookup(c, key, kl, &i))) {
		TSNode v;
		if (b->kind == BIND_VALUE && argument_of(c, b->value, idx, name, &v) == 0)
			visit(c, v, ctx);
	}
}

int python_call_argument(struct actx *c, TSNode ret, TSNode call, TSNode *arg)
{
	size_t i = 0;
	const struct binding *b;
	TSNode callee = node_field(call, "function");

	if (!node_is(ret, "identifier") || !node_is(callee, "identifier"))
		return -1;
	/* a parameter somewhere, first (cheap) */
	bool param = false;
	while (!param && (b = actx_lookup(c, node_src(c, ret), node_len(ret), &i)))
		param = b->kind == BIND_RUNTIME;
	if (!param)
		return -1;
	/* the function the call calls, which holds ret (found without
	 * walking up the tree: that costs in a large program) */
	return python_def_argument(c, only_def(c, callee), ret, call, 0, arg);
}

int python_def_argument(struct actx *c, TSNode fn, TSNode ret, TSNode call, int skip, TSNode *arg)
{
	size_t i = 0;
	const struct binding *b;
	TSNode p = {0}, name;
	if (ts_node_is_null(fn) || !contains(fn, ret))
		return -1;
	TSNode params = node_field(fn, "parameters");
	/* ret is one of its parameters, not bound again in it (with open(x)
	 * as f elsewhere does not matter) */
	while ((b = actx_lookup(c, node_src(c, ret), node_len(ret), &i))) {
		if (ts_node_is_null(b->value) || !contains(fn, b->value))
			continue;
		if (b->kind != BIND_RUNTIME || !contains(params, b->value) || !ts_node_is_null(p))
			return -1;
		p = b->value;
	}
	if (ts_node_is_null(p) || ts_node_is_null(name = python_parameter_name(p)) ||
	    node_is(p, "list_splat_pattern") || node_is(p, "dictionary_splat_pattern"))
		return -1;
	int idx = param_index(fn, p) - skip;
	int got = idx < 0 ? -1 : argument_of(c, call, idx, name, arg);
	if (got == -2 &&
	    (node_is(p, "default_parameter") || node_is(p, "typed_default_parameter"))) {
		*arg = node_field(p, "value");
		return 0;
	}
	return got == 0 ? 0 : -1;
}

/* ---- every value of a helper's parameter (lang_ops.each_value) ---- */

struct each {
	bool (*visit)(void *arg, const char *s, size_t len);
	void *arg;
	TSNode fn;   /* the helper's def */
	TSNode p;    /* the parameter */
	TSNode name; /* the helper's name, at its def */
	int idx;
	int calls;
};

/* The argument a call gives parameter idx named pname: 0 and *v; -2
 * when the call passes none (the default applies); -1 with *args or
 * **kwargs. */
static int argument_of(struct actx *c, TSNode call, int idx, TSNode pname, TSNode *v)
{
	TSNode args = node_field(call, "arguments");
	uint32_t k = ts_node_named_child_count(args);
	int pos = 0;

	if (!node_is(args, "argument_list"))
		return -1;
	for (uint32_t i = 0; i < k; i++) {
		TSNode a = ts_node_named_child(args, i);
		if (node_is(a, "comment"))
			continue;
		if (node_is(a, "list_splat") || node_is(a, "dictionary_splat"))
			return -1;
		if (node_is(a, "keyword_argument")) {
			TSNode kw = node_field(a, "name");
			if (node_len(kw) == node_len(pname) &&
			    memcmp(node_src(c, kw), node_src(c, pname), node_len(kw)) == 0) {
				*v = node_field(a, "value");
				return 0;
			}
		} else if (pos++ == idx) {
			*v = a;
			return 0;
		}
	}
	return -2;
}

/* One known value: not a guess among several, folded, and visited. */
static int each_known(struct actx *c, TSNode v, struct each *e, bool plain)
{
	size_t len;
	char *s;
	int ret = -1;

	if (python_ambiguous(c, v) || (s = fold_dup(c, v, 0, &len)) == NULL)
		return -1;
	if ((!plain || python_plain_line(s, len)) && e->visit(e->arg, s, len))
		ret = 0;
	free(s);
	return ret;
}

/* Every mention of the helper's name under n is its def or a call of it
 * from outside it, whose argument for the parameter is known. */
static int each_call(struct actx *c, TSNode n, struct each *e, int level)
{
	if (level > 400 || !actx_step(c))
		return -1;
	if (node_is(n, "identifier") && node_len(n) == node_len(e->name) &&
	    memcmp(node_src(c, n), node_src(c, e->name), node_len(n)) == 0 &&
	    !ts_node_eq(n, e->name)) {
		TSNode call = ts_node_parent(n), v = {0};
		/* x.run and f(run=...) are not the name */
		if ((node_is(call, "attribute") && ts_node_eq(node_field(call, "attribute"), n)) ||
		    (node_is(call, "keyword_argument") && ts_node_eq(node_field(call, "name"), n)))
			return 0;
		if (!node_is(call, "call") || !ts_node_eq(node_field(call, "function"), n) ||
		    (ts_node_start_byte(call) >= ts_node_start_byte(e->fn) &&
		     ts_node_end_byte(call) <= ts_node_end_byte(e->fn)))
			return -1; /* a value, or a call from inside it */
		int got = argument_of(c, call, e->idx, python_parameter_name(e->p), &v);
		if (got == -2 && (node_is(e->p, "default_parameter") ||
				  node_is(e->p, "typed_default_parameter")))
			v = node_field(e->p, "value"), got = 0;
		e->calls++;
		return got == 0 ? each_known(c, v, e, true) : -1;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (each_call(c, ts_node_named_child(n, i), e, level + 1) < 0)
			return -1;
	return 0;
}

/* What reaches a function without naming it (a dunder also does:
 * python_reaches_unnamed); import sys alone does not (sys.modules does) */
static const char *const reach[] = {"globals",	 "locals",    "vars",	  "getattr",	"setattr",
				    "delattr",	 "exec",      "eval",	  "compile",	"modules",
				    "_getframe", "f_globals", "f_locals", "f_back",	"gi_frame",
				    "inspect",	 "gc",	      "builtins", "breakpoint", NULL};

/* ---- every value of a lookup in a constant table ---- */

/* What reaches a module-level table without naming it, to change it (a
 * dunder also does; getattr needs the module, which these reach) */
static const char *const table_reach[] = {
    "globals",	"locals",  "vars",	"setattr",   "exec",	 "eval",
    "compile",	"modules", "_getframe", "f_globals", "f_locals", "f_back",
    "gi_frame", "inspect", "gc",	"builtins",  NULL};

/* The one value name n is bound to, or a null node. */
static TSNode bound_once(struct actx *c, TSNode n)
{
	const struct binding *b, *one = NULL;
	size_t i = 0, nb = 0;

	while ((b = actx_lookup(c, node_src(c, n), node_len(n), &i)))
		if (nb++ == 0)
			one = b;
	return nb == 1 && one->kind == BIND_VALUE ? one->value : (TSNode){0};
}

/* Whether a call given the table only reads it: a builtin (not rebound by
 * the program) that copies, counts or prints (sorted, len, list, dict,
 * print, ...), str.join, json.dumps. */
static bool reading_call(struct actx *c, TSNode call)
{
	static const char *const readers[] = {"sorted",	   "len",  "list",	"tuple", "set",
					      "frozenset", "dict", "print",	"repr",	 "str",
					      "min",	   "max",  "enumerate", NULL};
	TSNode fn = node_field(call, "function");

	if (node_is(fn, "attribute")) {
		TSNode a = node_field(fn, "attribute");
		if (node_len(a) == 4 && memcmp(node_src(c, a), "join", 4) == 0 &&
		    node_is(node_field(fn, "object"), "string"))
			return true;
		struct names tmp = {0};
		const struct names *ns = actx_resolved(c, fn, &tmp);
		bool ok = false;
		for (int i = 0; ns && i < ns->n && !ok; i++)
			ok = strcmp(ns->v[i], "json.dumps") == 0;
		names_free(&tmp);
		return ok;
	}
	if (!node_is(fn, "identifier"))
		return false;
	size_t i = 0;
	if (actx_lookup(c, node_src(c, fn), node_len(fn), &i))
		return false; /* a def sorted(d): of the program's own */
	for (size_t r = 0; readers[r]; r++)
		if (strlen(readers[r]) == node_len(fn) &&
		    memcmp(readers[r], node_src(c, fn), node_len(fn)) == 0)
			return true;
	return false;
}

/* A call that starts the program a list names, and does not change the
 * list (subprocess.run(argv), os.execvp(a, argv)). */
static bool starting_call(struct actx *c, TSNode call)
{
	struct names tmp = {0};
	bool ok = false;
	const struct names *ns = actx_resolved(c, node_field(call, "function"), &tmp);
	for (int i = 0; ns && i < ns->n && !ok; i++)
		ok = strncmp(ns->v[i], "subprocess.", 11) == 0 ||
		     strncmp(ns->v[i], "os.exec", 7) == 0 ||
		     strncmp(ns->v[i], "os.spawn", 8) == 0 ||
		     strncmp(ns->v[i], "os.posix_spawn", 14) == 0 ||
		     strcmp(ns->v[i], "asyncio.create_subprocess_exec") == 0;
	names_free(&tmp);
	return ok;
}

/* Whether node v is an argument of a call that only reads it or starts
 * the program it names. */
static bool read_argument(struct actx *c, TSNode v)
{
	TSNode p = ts_node_parent(v);
	if (node_is(p, "keyword_argument"))
		p = ts_node_parent(p);
	TSNode call = ts_node_parent(p);
	return node_is(p, "argument_list") && node_is(call, "call") &&
	       (reading_call(c, call) || starting_call(c, call));
}

/* A lookup of a table whose values are lists (mutable): its value may
 * only be read, directly as such an argument or through a name bound
 * once to it and used only so (argv = COMMANDS[k]; subprocess.run(argv)):
 * not changed in place (COMMANDS[k].append("-c"), argv += [...]). */
static bool lookup_only_read(struct actx *c, TSNode lookup, TSNode root)
{
	if (read_argument(c, lookup))
		return true;
	TSNode asg = ts_node_parent(lookup), x = node_field(asg, "left");
	if (!node_is(asg, "assignment") || !ts_node_eq(node_field(asg, "right"), lookup) ||
	    !node_is(x, "identifier") || !ts_node_eq(bound_once(c, x), lookup))
		return false;
	/* every other mention of x: an argument of a reading or starting call */
	TSNode stack[64];
	int top = 0;
	stack[top++] = root;
	while (top > 0) {
		TSNode n = stack[--top];
		if (!actx_step(c))
			return false;
		if (node_is(n, "identifier")) {
			if (node_len(n) == node_len(x) &&
			    memcmp(node_src(c, n), node_src(c, x), node_len(x)) == 0 &&
			    !ts_node_eq(n, x) && !read_argument(c, n))
				return false;
			continue;
		}
		uint32_t k = ts_node_named_child_count(n);
		for (uint32_t i = 0; i < k; i++) {
			if (top == (int)ARRAY_SIZE(stack))
				return false;
			stack[top++] = ts_node_named_child(n, i);
		}
	}
	return true;
}

/* Whether every mention of the table's name under n only reads it: its
 * binding, TABLE[k] (not assigned or deleted), TABLE.get/keys/values/
 * items(...), k in TABLE, for k in TABLE, a reading call's argument. */
static bool only_read(struct actx *c, TSNode n, TSNode name, TSNode root, bool lists, int level)
{
	if (level > 400 || !actx_step(c))
		return false;
	if (node_is(n, "identifier") && node_len(n) == node_len(name) &&
	    memcmp(node_src(c, n), node_src(c, name), node_len(n)) == 0) {
		TSNode p = ts_node_parent(n), g = ts_node_parent(p);
		if (node_is(p, "assignment") && ts_node_eq(node_field(p, "left"), n))
			return ts_node_eq(n, name);
		if (node_is(p, "subscript") && ts_node_eq(node_field(p, "value"), n)) {
			TSNode t = p; /* TABLE[k] = v, a, TABLE[k] = v, for TABLE[k] in */
			if (lists && !lookup_only_read(c, p, root))
				return false;
			if (node_is(g, "pattern_list") || node_is(g, "expression_list") ||
			    node_is(g, "tuple_pattern") || node_is(g, "list_pattern"))
				t = g, g = ts_node_parent(g);
			if (node_is(g, "delete_statement"))
				return false;
			return !((node_is(g, "assignment") || node_is(g, "augmented_assignment") ||
				  node_is(g, "for_statement")) &&
				 ts_node_eq(node_field(g, "left"), t));
		}
		if (node_is(p, "attribute") && ts_node_eq(node_field(p, "object"), n)) {
			TSNode a = node_field(p, "attribute");
			const char *as = node_src(c, a);
			size_t al = node_len(a);
			if (lists && al == 3 && memcmp(as, "get", 3) == 0 && node_is(g, "call") &&
			    !lookup_only_read(c, g, root))
				return false;
			return node_is(g, "call") && ((al == 3 && memcmp(as, "get", 3) == 0) ||
						      (al == 4 && memcmp(as, "keys", 4) == 0) ||
						      (al == 5 && memcmp(as, "items", 5) == 0) ||
						      (al == 6 && memcmp(as, "values", 6) == 0));
		}
		if (node_is(p, "for_statement") && ts_node_eq(node_field(p, "right"), n))
			return true; /* for k in TABLE */
		if (node_is(p, "argument_list") && node_is(g, "call"))
			return reading_call(c, g); /* sorted(TABLE), ", ".join(TABLE) */
		if (node_is(p, "comparison_operator")) {
			uint32_t k = ts_node_child_count(p);
			for (uint32_t i = 1; i < k; i++)
				if (ts_node_eq(ts_node_child(p, i), n)) {
					TSNode op = ts_node_child(p, i - 1);
					return !ts_node_is_named(op) &&
					       ((node_len(op) == 2 &&
						 memcmp(node_src(c, op), "in", 2) == 0) ||
						(node_len(op) == 3 &&
						 memcmp(node_src(c, op), "not", 3) == 0) ||
						(node_len(op) == 6 &&
						 memcmp(node_src(c, op), "not in", 6) == 0));
				}
			return false;
		}
		return false;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (!only_read(c, ts_node_named_child(n, i), name, root, lists, level + 1))
			return false;
	return true;
}

/* TABLE[k] or TABLE.get(k[, default]) (or a name bound once to either),
 * TABLE a module-level name bound once to a dict literal that the program
 * only reads and cannot reach unnamed: each of its values (and the
 * default) is visited, 0; -1 when it is not such a lookup or a value is
 * not known or not a plain line (no quotes, =, $ or -c: python_plain_line).
 * ALLOWED = {"mean": "statistics"}; import_module(ALLOWED.get(s))
 * imports statistics or nothing. */
static int each_table_value(struct actx *c, TSNode n, struct each *e)
{
	TSNode table = {0}, dflt = {0};

	if (node_is(n, "argument_list")) { /* subprocess.run(COMMANDS[k], check=True) */
		TSNode only = {0};
		uint32_t k = ts_node_named_child_count(n), pos = 0;
		for (uint32_t i = 0; i < k; i++) {
			TSNode a = ts_node_named_child(n, i);
			if (node_is(a, "comment") || node_is(a, "keyword_argument"))
				continue;
			only = a;
			pos++;
		}
		if (pos != 1)
			return -1;
		n = only;
	}
	if (node_is(n, "identifier")) {
		n = bound_once(c, n);
		if (ts_node_is_null(n))
			return -1;
	}
	if (node_is(n, "subscript") && !node_is(node_field(n, "subscript"), "slice")) {
		table = node_field(n, "value");
	} else if (node_is(n, "call") && node_is(node_field(n, "function"), "attribute")) {
		TSNode fn = node_field(n, "function"), a = node_field(fn, "attribute");
		TSNode args = node_field(n, "arguments");
		if (node_len(a) != 3 || memcmp(node_src(c, a), "get", 3) != 0 ||
		    !node_is(args, "argument_list") || ts_node_named_child_count(args) < 1 ||
		    ts_node_named_child_count(args) > 2)
			return -1;
		table = node_field(fn, "object");
		if (ts_node_named_child_count(args) == 2)
			dflt = ts_node_named_child(args, 1);
		if (node_is(ts_node_named_child(args, 0), "keyword_argument") ||
		    (!ts_node_is_null(dflt) && node_is(dflt, "keyword_argument")))
			return -1;
	}
	if (!node_is(table, "identifier"))
		return -1;
	TSNode dict = bound_once(c, table);
	if (!node_is(dict, "dictionary"))
		return -1;
	TSNode asg = ts_node_parent(dict);
	if (!node_is(asg, "assignment") || !node_is(ts_node_parent(asg), "expression_statement") ||
	    !node_is(ts_node_parent(ts_node_parent(asg)), "module"))
		return -1;
	TSNode root = ts_node_parent(ts_node_parent(asg));
	bool lists = false; /* a value a lookup could change in place */
	uint32_t np = ts_node_named_child_count(dict);
	for (uint32_t i = 0; i < np; i++) {
		TSNode v = node_field(ts_node_named_child(dict, i), "value");
		lists |= !ts_node_is_null(v) && !node_is(v, "string") &&
			 !node_is(v, "concatenated_string") && !node_is(v, "tuple");
	}
	if (!only_read(c, root, node_field(asg, "left"), root, lists, 0) ||
	    python_reaches_unnamed(c, root, table_reach, step, c))
		return -1;
	uint32_t k = ts_node_named_child_count(dict);
	int seen = 0;
	for (uint32_t i = 0; i < k; i++) {
		TSNode pair = ts_node_named_child(dict, i);
		if (node_is(pair, "comment"))
			continue;
		if (!node_is(pair, "pair") || each_known(c, node_field(pair, "value"), e, true) < 0)
			return -1;
		seen++;
	}
	if (!ts_node_is_null(dflt) && each_known(c, dflt, e, true) < 0)
		return -1;
	return seen > 0 ? 0 : -1;
}

/* for d in dirs: where dirs is a parameter of def F(*dirs) or def
 * F(dirs): the words its calls give it (F(home, "/tmp"), F([home])), each
 * tried by visit until one matches (true); a search with a budget. */
struct loop_args {
	struct actx *c;
	TSNode fn, name;
	int idx;
	bool splat, found;
	bool (*visit)(void *arg, const char *s, size_t len);
	void *arg;
	unsigned left;
};

static void loop_try(struct loop_args *la, TSNode v)
{
	size_t len;
	uint32_t k = node_is(v, "list") || node_is(v, "tuple") ? ts_node_named_child_count(v) : 0;
	for (uint32_t i = 0; i < k && !la->found; i++)
		loop_try(la, ts_node_named_child(v, i));
	char *s = k ? NULL : fold_dup(la->c, v, 0, &len);
	la->found = la->found || (s && !la->visit(la->arg, s, len));
	if (!la->found && !k && !s) {
		unsigned left = 256;
		la->found = python_each_item(la->c, v, la->visit, la->arg, 0, &left);
	}
	free(s);
}

/* n, a call of the function: the words it gives the parameter */
static void loop_call(struct loop_args *la, TSNode n)
{
	TSNode args = node_field(n, "arguments");
	uint32_t k = ts_node_named_child_count(args);
	int pos = 0;
	for (uint32_t i = 0; i < k && !la->found; i++) {
		TSNode a = ts_node_named_child(args, i);
		if (node_is(a, "keyword_argument") || node_is(a, "comment"))
			continue;
		if (pos == la->idx || (la->splat && pos > la->idx))
			loop_try(la, node_is(a, "list_splat") ? ts_node_named_child(a, 0) : a);
		pos++;
	}
}

static bool loop_over_parameter(struct actx *c, TSNode loop,
				bool (*visit)(void *arg, const char *s, size_t len), void *arg)
{
	TSNode right = node_field(loop, "right");
	const struct binding *b;
	size_t i = 0;
	TSNode p = {0};

	if (!node_is(right, "identifier"))
		return false;
	while ((b = actx_lookup(c, node_src(c, right), node_len(right), &i)))
		if (b->kind == BIND_RUNTIME && ts_node_is_null(p))
			p = b->value;
	TSNode fn = ts_node_is_null(p) ? p : function_of(p);
	if (ts_node_is_null(fn) || ts_node_is_null(node_field(fn, "name")))
		return false;
	TSNode params = node_field(fn, "parameters");
	uint32_t k = ts_node_named_child_count(params);
	int pos = 0, idx = -1;
	bool splat = false;
	for (uint32_t j = 0; j < k && idx < 0; j++) {
		TSNode q = ts_node_named_child(params, j);
		if (ts_node_eq(q, p)) {
			idx = pos;
			splat = node_is(q, "list_splat_pattern");
		} else if (node_is(q, "list_splat_pattern") || node_is(q, "keyword_separator"))
			return false;
		else if (!node_is(q, "positional_separator"))
			pos++;
	}
	if (idx < 0)
		return false;
	struct loop_args la = {c,   fn,	    node_field(fn, "name"), idx, splat, false, visit,
			       arg, 200000u};
	/* its calls, from an index of the program's calls by name: a walk of
	 * the whole program for each loop made long programs quadratic */
	const TSNode *calls;
	size_t ncalls = analyze_calls_named(c, loop, node_src(c, la.name), node_len(la.name), &calls);
	for (size_t j = 0; j < ncalls && !la.found && la.left > 0; j++, la.left--)
		loop_call(&la, calls[j]);
	return la.found;
}

int python_each_value(struct actx *c, TSNode n, bool some,
		      bool (*visit)(void *arg, const char *s, size_t len), void *arg, int depth)
{
	struct each e = {.visit = visit, .arg = arg, .idx = -1};
	const struct binding *b;
	size_t i = 0, nb = 0;
	TSNode root = n;

	if (some) { /* one value matches: the folded one, as without this op */
		size_t len;
		char *s = python_fold_or_default(c, n, 0, &len);
		bool found = s && !visit(arg, s, len);
		free(s);
		/* ... or, for a name bound more than once (for d in dirs:
		 * with dirs = ["build", "/"]) or a parameter (its default), one
		 * of the values it is bound to */
		/* p = "build" then p = home (or under an if): p folds to one
		 * of them, and each may be the one it holds (fail closed) */
		bool named = node_is(n, "identifier") || node_is(n, "attribute");
		bool several = !found && s != NULL && named && python_several_values(c, n);
		while (!found && (s == NULL || several) && named && nb < 64 &&
		       (b = actx_lookup(c, node_src(c, n), node_len(n), &i))) {
			nb++;
			TSNode bv = b->value; /* def f(path="/"): its default is one */
			if (b->kind == BIND_RUNTIME && (node_is(bv, "default_parameter") ||
							node_is(bv, "typed_default_parameter")))
				bv = node_field(bv, "value");
			else if (b->kind == BIND_RUNTIME && node_is(bv, "case_pattern")) {
				/* case {"target": victim}: each value the program
				 * gives the key "target" */
				found = python_each_value_of_key(c, ts_node_prev_named_sibling(bv), visit,
								 arg, depth);
				continue;
			} else if (b->kind != BIND_VALUE)
				continue;
			if (node_is(bv, "for_statement")) {
				unsigned left = 256;
				found = loop_over_parameter(c, bv, visit, arg) ||
					(node_is(node_field(bv, "left"), "identifier") &&
					 python_each_item(c, node_field(bv, "right"), visit, arg, depth, &left));
				continue;
			}
			char *v = python_fold_or_default(c, bv, depth + 1, &len);
			found = v && !visit(arg, v, len);
			free(v);
			/* where = os.path.realpath(os.path.expanduser(x or "~")) */
			if (!found && v == NULL && depth < 6 && node_is(bv, "call") &&
			    node_is(node_field(bv, "function"), "attribute"))
				found = python_each_value(c, bv, true, visit, arg, depth + 1) < 0;
		}
		if (!found)
			found = python_some_return(c, n, visit, arg, depth);
		/* Path(root), str(root): root's values */
		TSNode wf = node_is(n, "call") ? node_field(n, "function") : (TSNode){0};
		TSNode wa = node_is(n, "call") ? node_field(n, "arguments") : (TSNode){0};
		TSNode w0 = node_is(wa, "argument_list") ? ts_node_named_child(wa, 0) : wa;
		/* ... os.path.expanduser(spec or "~"), Path(t if t else home):
		 * each side (a path wrapped keeps its home or its root) */
		if (node_is(wf, "attribute") && ts_node_named_child_count(wa) == 0 &&
		    (node_text_is(c, node_field(wf, "attribute"), "resolve") ||
		     node_text_is(c, node_field(wf, "attribute"), "expanduser") ||
		     node_text_is(c, node_field(wf, "attribute"), "absolute")) &&
		    node_is(node_field(wf, "object"), "call")) {
			n = node_field(wf, "object"); /* Path(x).resolve(): Path(x) */
			wf = node_field(n, "function");
			wa = node_field(n, "arguments");
			w0 = node_is(wa, "argument_list") ? ts_node_named_child(wa, 0) : wa;
		}
		if (!found && s == NULL && depth < 8 && !ts_node_is_null(wf) &&
		    node_is(wa, "argument_list") && ts_node_named_child_count(wa) == 1 &&
		    (node_is(w0, "identifier") || node_is(w0, "conditional_expression") ||
		     node_is(w0, "boolean_operator") || node_is(w0, "call")) &&
		    (node_text_is(c, wf, "Path") || node_text_is(c, wf, "str") ||
		     node_text_is(c, wf, "pathlib.Path") || node_text_is(c, wf, "os.fspath") ||
		     node_text_is(c, wf, "os.path.expanduser") ||
		     node_text_is(c, wf, "os.path.abspath") ||
		     node_text_is(c, wf, "os.path.realpath") ||
		     node_text_is(c, wf, "os.path.normpath")))
			found = python_each_value(c, w0, true, visit, arg, depth + 1) < 0;
		/* ... or d["k"] of a name bound to a dict literal: the values
		 * of its pairs with that key (any pair's for a key it cannot
		 * know: TARGETS[kind]) */
		TSNode dv = node_field(n, "value"), dk = node_field(n, "subscript");
		bool dict = !found && s == NULL && node_is(n, "subscript") &&
			    node_is(dv, "identifier") && !node_is(dk, "slice");
		char *key = dict ? fold_dup(c, dk, depth + 1, &len) : NULL;
		size_t klen = key ? len : 0;
		i = nb = 0;
		while (dict && !found && nb < 64 &&
		       (b = actx_lookup(c, node_src(c, dv), node_len(dv), &i))) {
			nb++;
			/* {"k": v} or dict(k=v) */
			TSNode d = b->kind == BIND_VALUE ? b->value : (TSNode){0};
			bool call = node_is(d, "call") &&
				    node_text_is(c, node_field(d, "function"), "dict");
			if (call)
				d = node_field(d, "arguments");
			uint32_t np =
			    call || node_is(d, "dictionary") ? ts_node_named_child_count(d) : 0;
			for (uint32_t p = 0; p < np && !found; p++) {
				TSNode pair = ts_node_named_child(d, p), pk = {0};
				if (node_is(pair, call ? "keyword_argument" : "pair"))
					pk = node_field(pair, call ? "name" : "key");
				char *k = NULL;
				if (!ts_node_is_null(pk) && call) { /* dict(k=v): its name */
					len = node_len(pk);
					k = xmalloc(len + 1);
					memcpy(k, node_src(c, pk), len);
				} else if (!ts_node_is_null(pk))
					k = fold_dup(c, pk, depth + 1, &len);
				char *v =
				    k && (key == NULL || (len == klen && memcmp(k, key, len) == 0))
					? fold_dup(c, node_field(pair, "value"), depth + 1, &len)
					: NULL;
				found = v && !visit(arg, v, len);
				free(k);
				free(v);
			}
		}
		free(key);
		/* ... or, for d["k"] or d.get("k") of any other d (a parameter,
		 * a loop's name, a dictionary read back), each value the
		 * program gives the key "k" (A = {"dir": "build"}, B = {"dir":
		 * home}: either may be the one read); also for a name bound to
		 * such a lookup */
		if (!found && s == NULL)
			found = python_each_key_value(c, n, visit, arg, depth);
		i = nb = 0;
		while (!found && s == NULL && node_is(n, "identifier") && nb++ < 16 &&
		       (b = actx_lookup(c, node_src(c, n), node_len(n), &i)))
			if (b->kind == BIND_VALUE)
				found = python_each_key_value(c, b->value, visit, arg, depth);
		return found ? -1 : 0;
	}
	/* def sh(cmd): os.system(cmd), called sh("git status"), sh("make"):
	 * the parameter's values are the arguments of its calls, when the
	 * helper is only ever called by name from outside itself and nothing
	 * in the program can reach it unnamed (globals(), getattr, ...) */
	while (node_is(n, "identifier") && (b = actx_lookup(c, node_src(c, n), node_len(n), &i)))
		if (nb++ == 0 && b->kind == BIND_RUNTIME)
			e.p = b->value;
	if (nb == 1 && !ts_node_is_null(e.p) && !ts_node_is_null(python_parameter_name(e.p)) &&
	    !node_is(e.p, "list_splat_pattern") && !node_is(e.p, "dictionary_splat_pattern")) {
		e.fn = function_of(e.p);
		e.name = ts_node_is_null(e.fn) ? e.fn : node_field(e.fn, "name");
		if (ts_node_is_null(e.fn) || !own_function(c, e.fn) ||
		    (e.idx = param_index(e.fn, e.p)) < 0 || ts_node_is_null(only_def(c, e.name)))
			return -1;
		while (!ts_node_is_null(ts_node_parent(root)))
			root = ts_node_parent(root);
		if (python_reaches_unnamed(c, root, reach, step, c) ||
		    each_call(c, root, &e, 0) < 0)
			return -1;
		return e.calls > 0 ? 0 : -1;
	}
	if (nb <= 1 && each_table_value(c, n, &e) == 0)
		return 0;
	return each_known(c, n, &e, false);
}
