/*
 * Python's bindings (lang_python.c says what the analysis does as a whole):
 * imports and assignments bind names to what they stand for; parameters,
 * loop variables and `as` targets are bound as set at run time; a
 * function's returns to "NAME()" and its calls to "NAME("; a list changed
 * in place to "NAME#mut"; and only a def that surely ran first hides the
 * builtin of its name.
 */
#include <stdlib.h>
#include <string.h>

#include "policy/python.h"

static void text_of(struct actx *c, TSNode n, char *out, size_t size)
{
	size_t len = node_len(n);
	if (len >= size)
		len = size - 1;
	memcpy(out, node_src(c, n), len);
	out[len] = '\0';
}

/* posix and nt are the modules os re-exports (posix.system is os.system),
 * posixpath and ntpath os.path: one canonical name for each, in place. */
void python_canon_module(char *s, size_t size)
{
	static const char *const from[] = {"posixpath", "ntpath", "posix", "nt"};
	static const char *const to[] = {"os.path", "os.path", "os", "os"};
	for (size_t i = 0; i < sizeof(from) / sizeof(from[0]); i++) {
		size_t n = strlen(from[i]), m = strlen(to[i]), rest;
		if (strncmp(s, from[i], n) != 0 || (s[n] != '\0' && s[n] != '.'))
			continue;
		rest = strlen(s + n);
		if (m + rest + 1 > size)
			return;
		memmove(s + m, s + n, rest + 1);
		memcpy(s, to[i], m);
		return;
	}
}

/* import a.b.c binds a -> a; import a.b as x binds x -> a.b */
static void bind_import(struct actx *c, TSNode n)
{
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_named_child(n, i);
		char target[256];
		if (node_is(ch, "aliased_import")) {
			TSNode alias = node_field(ch, "alias");
			text_of(c, node_field(ch, "name"), target, sizeof(target));
			python_canon_module(target, sizeof(target));
			actx_bind_alias(c, node_src(c, alias), node_len(alias), target);
		} else if (node_is(ch, "dotted_name")) {
			TSNode first = ts_node_named_child(ch, 0);
			text_of(c, first, target, sizeof(target));
			python_canon_module(target, sizeof(target));
			actx_bind_alias(c, node_src(c, first), node_len(first), target);
		}
	}
}

static void bind_from_import(struct actx *c, TSNode n)
{
	TSNode mod = node_field(n, "module_name");
	char module[256], target[512];
	uint32_t k = ts_node_named_child_count(n);

	if (ts_node_is_null(mod))
		return;
	text_of(c, mod, module, sizeof(module));
	python_canon_module(module, sizeof(module));
	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_named_child(n, i);
		if (ts_node_eq(ch, mod))
			continue;
		if (node_is(ch, "wildcard_import")) {
			actx_bind_star(c, module);
		} else if (node_is(ch, "aliased_import")) {
			TSNode name = node_field(ch, "name"), alias = node_field(ch, "alias");
			snprintf(target, sizeof(target), "%s.%.*s", module, (int)node_len(name),
				 node_src(c, name));
			actx_bind_alias(c, node_src(c, alias), node_len(alias), target);
		} else if (node_is(ch, "dotted_name")) {
			snprintf(target, sizeof(target), "%s.%.*s", module, (int)node_len(ch),
				 node_src(c, ch));
			actx_bind_alias(c, node_src(c, ch), node_len(ch), target);
		}
	}
}

/* a = v, a, b = v, w, a = b = v */
static void bind_targets(struct actx *c, TSNode left, TSNode right)
{
	if (ts_node_is_null(left) || ts_node_is_null(right))
		return;
	if (node_is(right, "await")) /* x = await q.get(): what q.get() gives */
		right = ts_node_named_child(right, 0);
	/* self.run = os.system binds the text "self.run" */
	if (node_is(left, "identifier") || node_is(left, "attribute")) {
		actx_bind_value(c, node_src(c, left), node_len(left), right);
		return;
	}
	if (!python_bind_fetched_row(c, left, right) && /* (x,) = cur.fetchone() */
	    (node_is(left, "pattern_list") || node_is(left, "tuple_pattern") ||
	     node_is(left, "list_pattern")) &&
	    (node_is(right, "expression_list") || node_is(right, "tuple") ||
	     node_is(right, "list"))) {
		uint32_t k = ts_node_named_child_count(left);
		if (k == ts_node_named_child_count(right))
			for (uint32_t i = 0; i < k; i++)
				bind_targets(c, ts_node_named_child(left, i),
					     ts_node_named_child(right, i));
	}
}

/* What a function returns, bound to "NAME()" (nested functions keep theirs) */
static void bind_returns(struct actx *c, const char *name, size_t len, TSNode n, int depth)
{
	if (depth > 200 || node_is(n, "function_definition") || node_is(n, "class_definition"))
		return;
	/* a generator's yields too, as the yield (python_each_item: the
	 * items a loop over its call takes) */
	bool y = node_is(n, "yield") && ts_node_named_child_count(n) > 0;
	if (y || (node_is(n, "return_statement") && ts_node_named_child_count(n) > 0)) {
		char key[256];
		if (len + 3 > sizeof(key))
			return;
		memcpy(key, name, len);
		memcpy(key + len, "()", 3);
		actx_bind_value(c, key, len + 2, y ? n : ts_node_named_child(n, 0));
		return;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		bind_returns(c, name, len, ts_node_named_child(n, i), depth + 1);
}

/* The names a target binds at run time (a loop's, a parameter's, an
 * `as`'s): each a BIND_RUNTIME set by setter. */
static void bind_runtime_targets(struct actx *c, TSNode target, TSNode setter, int depth)
{
	if (ts_node_is_null(target) || depth > 50)
		return;
	if (node_is(target, "identifier")) {
		actx_bind_runtime(c, node_src(c, target), node_len(target), setter);
		return;
	}
	if (node_is(target, "attribute") || node_is(target, "subscript"))
		return;
	uint32_t k = ts_node_named_child_count(target);
	for (uint32_t i = 0; i < k; i++)
		bind_runtime_targets(c, ts_node_named_child(target, i), setter, depth + 1);
}

static void bind_parameters(struct actx *c, TSNode params)
{
	uint32_t k = ts_node_named_child_count(params);

	for (uint32_t i = 0; i < k; i++) {
		TSNode p = ts_node_named_child(params, i), name = python_parameter_name(p);
		if (!ts_node_is_null(name))
			actx_bind_runtime(c, node_src(c, name), node_len(name), p);
	}
}

/* The builtins whose names the resolver knows (builtins.eval, ...) */
static const char *const builtins[] = {
    "__import__", "compile",	"eval",	    "exec",	 "execfile", "getattr", "globals",
    "locals",	  "open",	"setattr",  "vars",	 "input",    "print",	"breakpoint",
    "delattr",	  "memoryview", "bytes",    "bytearray", "str",	     "chr",	"ord",
    "isinstance", "issubclass", "hasattr",  "dir",	 "help",     "id",	"type",
    "repr",	  "hash",	"callable", "reversed",
};

bool python_is_builtin(const char *s, size_t len)
{
	for (size_t i = 0; i < ARRAY_SIZE(builtins); i++)
		if (strlen(builtins[i]) == len && memcmp(builtins[i], s, len) == 0)
			return true;
	return false;
}

/* ---- which defs hide a builtin ----
 *
 * `def eval(model, data)` makes eval the program's own where it is called
 * after the def ran. It did not run, and eval is still the builtin, when
 * the def is a method, nested, in a branch (if False: def exec(): ...), or
 * when code that uses the name ran before it (a call at the top of the
 * module of a function that calls exec). So only a def that is a statement
 * of the module itself hides the builtin of its name, and only when no
 * statement before it refers to any of the module's defs (nor has a del). */

#define DEFS_MAX 256

struct module_defs {
	TSNode name[DEFS_MAX];
	int n;
};

static bool refers_to_def(struct actx *c, const struct module_defs *d, TSNode n, bool bodies,
			  int depth)
{
	if (depth > 200 || (!bodies && node_is(n, "function_definition")))
		return depth > 200;
	if (node_is(n, "delete_statement"))
		return true;
	if (node_is(n, "identifier")) {
		/* obj.exec, def exec, class exec, a parameter named exec: not
		 * uses of the name */
		TSNode parent = ts_node_parent(n);
		if ((node_is(parent, "attribute") &&
		     ts_node_eq(node_field(parent, "attribute"), n)) ||
		    ((node_is(parent, "function_definition") ||
		      node_is(parent, "class_definition") || node_is(parent, "default_parameter") ||
		      node_is(parent, "typed_default_parameter") ||
		      node_is(parent, "keyword_argument")) &&
		     ts_node_eq(node_field(parent, "name"), n)) ||
		    node_is(parent, "parameters") || node_is(parent, "typed_parameter") ||
		    node_is(parent, "lambda_parameters"))
			return false;
		for (int i = 0; i < d->n; i++)
			if (node_len(d->name[i]) == node_len(n) &&
			    memcmp(node_src(c, d->name[i]), node_src(c, n), node_len(n)) == 0)
				return true;
		return false;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (refers_to_def(c, d, ts_node_named_child(n, i), bodies, depth + 1))
			return true;
	return false;
}

/* Where the module's quiet start ends: the first statement that may run
 * code of the program's own (it names one of its defs or classes). A def
 * runs its decorators and default values; a class its body. */
static uint32_t quiet_end(struct actx *c, TSNode root)
{
	struct module_defs d = {.n = 0};
	uint32_t k = ts_node_named_child_count(root);

	for (uint32_t i = 0; i < k; i++) {
		TSNode s = ts_node_named_child(root, i);
		if (node_is(s, "decorated_definition"))
			s = node_field(s, "definition");
		if (node_is(s, "function_definition") || node_is(s, "class_definition")) {
			if (d.n == DEFS_MAX)
				return 0;
			d.name[d.n++] = node_field(s, "name");
		}
	}
	for (uint32_t i = 0; i < k; i++) {
		TSNode s = ts_node_named_child(root, i);
		if (node_is(s, "import_statement") || node_is(s, "import_from_statement") ||
		    node_is(s, "future_import_statement") || node_is(s, "comment"))
			continue;
		if (node_is(s, "function_definition")) {
			if (refers_to_def(c, &d, node_field(s, "parameters"), false, 0))
				return ts_node_start_byte(s);
			continue;
		}
		if (refers_to_def(c, &d, s, false, 0))
			return ts_node_start_byte(s);
	}
	return UINT32_MAX;
}

/* Whether a def or class is the module's own (not a method, not nested in
 * a function): only those bind their name. */
bool python_module_level(TSNode n)
{
	for (TSNode p = ts_node_parent(n); !ts_node_is_null(p); p = ts_node_parent(p))
		if (node_is(p, "function_definition") || node_is(p, "class_definition") ||
		    node_is(p, "lambda"))
			return false;
	return true;
}

/* Whether a def is nested in functions only (def main(): def run(cmd):
 * ...): not module-level, not in a class or a lambda, not decorated. */
bool python_nested_def(TSNode n)
{
	bool in_function = false;

	if (node_is(ts_node_parent(n), "decorated_definition"))
		return false;
	for (TSNode p = ts_node_parent(n); !ts_node_is_null(p); p = ts_node_parent(p)) {
		if (node_is(p, "class_definition") || node_is(p, "lambda") ||
		    node_is(p, "decorated_definition"))
			return false;
		in_function |= node_is(p, "function_definition");
	}
	return in_function;
}

/* Whether a class is the program's own at the module's top or nested in
 * functions only (def main(): class Job: ...), decorated or not: not in
 * another class or a lambda. */
bool python_program_class(TSNode cls)
{
	TSNode p = ts_node_parent(cls);

	if (node_is(p, "decorated_definition"))
		p = ts_node_parent(p);
	for (; !ts_node_is_null(p); p = ts_node_parent(p))
		if (node_is(p, "class_definition") || node_is(p, "lambda") ||
		    node_is(p, "decorated_definition"))
			return false;
	return true;
}

/* The names one marking has reached: each is marked once, however many
 * ways lead to it (c = c; c = c; ... c += 1 once led to 8^8 walks). */
struct mut_seen {
	const char *name[64];
	size_t len[64];
	int n;
};

static bool mut_first(struct mut_seen *v, const char *name, size_t len)
{
	for (int i = 0; i < v->n; i++)
		if (v->len[i] == len && memcmp(v->name[i], name, len) == 0)
			return false;
	v->name[v->n] = name;
	v->len[v->n++] = len;
	return true;
}

/* A list changed in place (append, cmd[0] = ..., +=) has no constant
 * value: NAME#mut is bound, for NAME and the names NAME was bound to
 * (c2 = cmd; c2.append(...)). */
static void mark_mutated_from(struct actx *c, TSNode name, TSNode at, int depth,
			      struct mut_seen *seen)
{
	char key[256];
	size_t len = node_len(name), i = 0;
	const struct binding *b;
	TSNode next[8];
	int nn = 0;

	if (depth > 8 || len + 5 > sizeof(key))
		return;
	if (seen->n == (int)ARRAY_SIZE(seen->name)) {
		c->exhausted = true; /* more names than a marking follows: fail closed */
		return;
	}
	if (!mut_first(seen, node_src(c, name), len))
		return;
	memcpy(key, node_src(c, name), len);
	memcpy(key + len, "#mut", 4);
	actx_bind_value(c, key, len + 4, at);
	/* a parameter changed: what the callers pass changes (bind_mutparams) */
	for (TSNode f = ts_node_parent(name); !ts_node_is_null(f); f = ts_node_parent(f)) {
		if (!node_is(f, "function_definition"))
			continue;
		TSNode params = node_field(f, "parameters");
		uint32_t k = ts_node_is_null(params) ? 0 : ts_node_named_child_count(params);
		for (uint32_t j = 0; j < k; j++) {
			TSNode pn = python_parameter_name(ts_node_named_child(params, j));
			if (!ts_node_is_null(pn) && node_len(pn) == len &&
			    memcmp(node_src(c, pn), node_src(c, name), len) == 0)
				actx_bind_value(c, "#mutparam", 9, ts_node_named_child(params, j));
		}
		break;
	}
	while ((b = actx_lookup(c, node_src(c, name), len, &i)))
		if (b->kind == BIND_VALUE && node_is(b->value, "identifier") &&
		    nn < (int)ARRAY_SIZE(next))
			next[nn++] = b->value;
	for (int k = 0; k < nn; k++)
		mark_mutated_from(c, next[k], at, depth + 1, seen);
}

static void mark_mutated(struct actx *c, TSNode name, TSNode at)
{
	struct mut_seen seen = {.n = 0};
	mark_mutated_from(c, name, at, 0, &seen);
}

/* for x in [a, b]: x stands for each element (also through a name bound
 * to the literal: for name, cmd in STEPS). The loop itself is bound too,
 * which marks x as a loop variable: it has no one constant value
 * (fold_bound). */
static void bind_loop(struct actx *c, TSNode left, TSNode right, TSNode loop)
{
	if (ts_node_is_null(left) || ts_node_is_null(right))
		return;
	if (node_is(left, "identifier"))
		actx_bind_value(c, node_src(c, left), node_len(left), loop);
	bool pattern = node_is(left, "pattern_list") || node_is(left, "tuple_pattern");
	uint32_t np = pattern ? ts_node_named_child_count(left) : 0;
	/* for fn, arg in pairs: each name one of its values, as a loop
	 * variable (not the first value found) */
	for (uint32_t j = 0; j < np; j++) {
		TSNode v = ts_node_named_child(left, j);
		if (node_is(v, "identifier"))
			actx_bind_value(c, node_src(c, v), node_len(v), loop);
	}
	if (python_bind_loop_dict(c, left, right)) /* for k, v in d.items() */
		return;
	/* for fn, arg in zip(fns, args): the j-th name takes the items of
	 * the j-th list */
	TSNode zf = node_is(right, "call") ? node_field(right, "function") : (TSNode){0};
	TSNode za = node_is(right, "call") ? node_field(right, "arguments") : (TSNode){0};
	if (np > 1 && node_is(zf, "identifier") && node_text_is(c, zf, "zip") &&
	    node_is(za, "argument_list") && ts_node_named_child_count(za) == np) {
		for (uint32_t j = 0; j < np; j++) {
			TSNode v = ts_node_named_child(left, j), l = ts_node_named_child(za, j);
			if (node_is(l, "identifier"))
				l = python_bound_list(c, l);
			uint32_t nl = node_is(l, "list") || node_is(l, "tuple")
					  ? ts_node_named_child_count(l)
					  : 0;
			for (uint32_t i = 0; i < nl && node_is(v, "identifier"); i++)
				if (!node_is(ts_node_named_child(l, i), "comment"))
					bind_targets(c, v, ts_node_named_child(l, i));
		}
		return;
	}
	if (node_is(right, "identifier")) {
		size_t i = 0;
		const struct binding *b;
		TSNode box = {0};
		int n = 0;
		while ((b = actx_lookup(c, node_src(c, right), node_len(right), &i)))
			if (b->kind == BIND_VALUE && n++ == 0)
				box = b->value;
		if (n != 1)
			return;
		right = box;
	}
	if (!node_is(right, "list") && !node_is(right, "tuple") && !node_is(right, "set"))
		return;
	uint32_t k = ts_node_named_child_count(right);
	for (uint32_t i = 0; i < k; i++)
		bind_targets(c, left, ts_node_named_child(right, i));
}

/* The class whose body holds the statement n directly, or a null node. */
static TSNode body_class(TSNode n)
{
	TSNode stmt = ts_node_parent(n);
	TSNode block = ts_node_is_null(stmt) ? stmt : ts_node_parent(stmt);
	TSNode cls = ts_node_is_null(block) ? block : ts_node_parent(block);
	if (!node_is(stmt, "expression_statement") || !node_is(block, "block") ||
	    !node_is(cls, "class_definition"))
		return (TSNode){0};
	return cls;
}

/* class C: data = os.environ binds data, and also what methods and
 * callers reach it as: self.data, cls.data, C.data */
static void bind_class_attribute(struct actx *c, TSNode assign, TSNode left, TSNode right)
{
	TSNode cls = body_class(assign);
	TSNode name = ts_node_is_null(cls) ? cls : node_field(cls, "name");
	char key[256];

	if (ts_node_is_null(name) || !node_is(left, "identifier") || node_is(right, "assignment"))
		return;
	const char *const owners[] = {"self", "cls"};
	for (size_t i = 0; i < ARRAY_SIZE(owners); i++) {
		int k = snprintf(key, sizeof(key), "%s.%.*s", owners[i], (int)node_len(left),
				 node_src(c, left));
		if (k > 0 && (size_t)k < sizeof(key))
			actx_bind_value(c, key, (size_t)k, right);
	}
	int k = snprintf(key, sizeof(key), "%.*s.%.*s", (int)node_len(name), node_src(c, name),
			 (int)node_len(left), node_src(c, left));
	if (k > 0 && (size_t)k < sizeof(key))
		actx_bind_value(c, key, (size_t)k, right);
}

/* class Quiet(bdb.Bdb): an instance of Quiet is one of bdb.Bdb, with its
 * methods (Quiet().run(s) is bdb.Bdb().run(s)): the name stands for its
 * bases too */
static void bind_class_bases(struct actx *c, TSNode cls)
{
	TSNode name = node_field(cls, "name");
	TSNode bases = node_field(cls, "superclasses");

	if (ts_node_is_null(name) || ts_node_is_null(bases))
		return;
	uint32_t k = ts_node_named_child_count(bases);
	for (uint32_t i = 0; i < k; i++) {
		TSNode b = ts_node_named_child(bases, i);
		if (node_is(b, "identifier") || node_is(b, "attribute"))
			actx_bind_value(c, node_src(c, name), node_len(name), b);
	}
}

/* globals(), vars(), locals(): the module's names as a dictionary */
static bool namespace_call(struct actx *c, TSNode n)
{
	TSNode fn = node_field(n, "function");
	return node_is(n, "call") && node_is(fn, "identifier") &&
	       (node_text_is(c, fn, "globals") || node_text_is(c, fn, "vars") ||
		node_text_is(c, fn, "locals"));
}

/* A name the program removes from its namespace ("del exec"); one given
 * by anything but its text, any name ("del *"). */
static void bind_deleted(struct actx *c, TSNode name)
{
	char key[128];
	size_t len = ts_node_is_null(name) ? 0 : node_len(name);
	const char *s = len ? node_src(c, name) : NULL;

	if (node_is(name, "string") && len >= 2 && (s[0] == '"' || s[0] == '\'') &&
	    s[len - 1] == s[0] && memchr(s + 1, s[0], len - 2) == NULL &&
	    memchr(s + 1, '\\', len - 2) == NULL) {
		s++;
		len -= 2;
	} else if (!node_is(name, "identifier"))
		s = "*", len = 1;
	if (len + 4 >= sizeof(key))
		return;
	memcpy(key, "del ", 4);
	memcpy(key + 4, s, len);
	actx_bind_local(c, key, len + 4);
}

bool python_plain_key(TSNode s, TSNode *body)
{
	if (!node_is(s, "string") || ts_node_named_child_count(s) != 3)
		return false;
	*body = ts_node_named_child(s, 1);
	return node_is(*body, "string_content") && ts_node_child_count(*body) == 0 &&
	       node_is(ts_node_named_child(s, 0), "string_start") &&
	       node_len(ts_node_named_child(s, 0)) == 1;
}

/* A key spelled by an expression that may fold to a constant: a name
 * (KEY), an attribute (Keys.TARGET), a sum or an f-string of constants. */
static bool constant_key(TSNode k)
{
	return node_is(k, "identifier") || node_is(k, "attribute") ||
	       node_is(k, "binary_operator") || node_is(k, "concatenated_string") ||
	       node_is(k, "string");
}

size_t python_key_name(struct actx *c, TSNode k, char key[64], int depth)
{
	TSNode body;
	size_t len;
	if (python_plain_key(k, &body)) {
		if (node_len(body) + 2 > 64)
			return 0;
		key[0] = '[';
		memcpy(key + 1, node_src(c, body), node_len(body));
		return node_len(body) + 1;
	}
	char *v = !ts_node_is_null(k) && constant_key(k) && depth < 16
			  ? fold_dup(c, k, depth + 1, &len)
			  : NULL;
	if (v == NULL || len + 2 > 64) {
		free(v);
		return 0;
	}
	key[0] = '[';
	memcpy(key + 1, v, len);
	free(v);
	return len + 1;
}

/* {"cache": "~", ...}: each value under a plain string key, bound to
 * "[cache": what cfg["cache"] may be when cfg is the dictionary read back
 * from where the program wrote it (python_fold_key_guess). A key kept in
 * a constant ({KEY: v}, cfg[KEY] = v) is bound to "#key" until the
 * bindings are all made (bind_constant_keys). */
static void bind_key(struct actx *c, TSNode k, TSNode value)
{
	TSNode body;
	char key[64];
	if (ts_node_is_null(value) || ts_node_is_null(k))
		return;
	if (!python_plain_key(k, &body) && constant_key(k)) {
		actx_bind_value(c, "#key", 4, k);
		return;
	}
	if (!python_plain_key(k, &body) || node_len(body) + 2 > sizeof(key))
		return;
	key[0] = '[';
	memcpy(key + 1, node_src(c, body), node_len(body));
	actx_bind_value(c, key, node_len(body) + 1, value);
}

/* roots.append(p), roots.insert(0, p), seen.add(p): p bound to "roots[]",
 * an item the list may hold; roots.extend(l): l to "roots[*]", whose items
 * it may hold (python_inert.c each_item). A holder's one value set or put
 * (var.set(p) of a ContextVar, q.put(p) of a queue) is its item too, what
 * its .get() hands back (lang_python.c), and so is what buf.write(p)
 * gives an io.StringIO, what its .getvalue() or .read() hands back. */
static void bind_item(struct actx *c, TSNode list, TSNode m, TSNode args)
{
	char key[256];
	size_t len = node_len(list);
	bool ins = node_text_is(c, m, "insert"), ext = node_text_is(c, m, "extend");
	if (len + 4 > sizeof(key) || ts_node_is_null(args) ||
	    !(ins || ext || node_text_is(c, m, "append") || node_text_is(c, m, "add") ||
	      node_text_is(c, m, "set") || node_text_is(c, m, "put") ||
	      node_text_is(c, m, "put_nowait") || node_text_is(c, m, "write")))
		return;
	memcpy(key, node_src(c, list), len);
	memcpy(key + len, ext ? "[*]" : "[]", ext ? 3 : 2);
	TSNode v = ts_node_named_child(args, ins ? 1 : 0);
	if (!ts_node_is_null(v) && !node_is(v, "keyword_argument"))
		actx_bind_value(c, key, len + (ext ? 3 : 2), v);
}

static void bind_dict_keys(struct actx *c, TSNode dict)
{
	uint32_t k = ts_node_named_child_count(dict);
	for (uint32_t i = 0; i < k; i++) {
		TSNode pair = ts_node_named_child(dict, i);
		if (node_is(pair, "pair"))
			bind_key(c, node_field(pair, "key"), node_field(pair, "value"));
	}
}

/* A name bound once (so far) to OPS.get(k) or OPS[k] of a name OPS: that
 * fetch, else a null node */
static TSNode fetched_entry(struct actx *c, TSNode name)
{
	size_t i = 0, nb = 0;
	const struct binding *b, *one = NULL;
	while (nb < 2 && (b = actx_lookup(c, node_src(c, name), node_len(name), &i)))
		if (nb++ == 0)
			one = b;
	TSNode v = nb == 1 && one->kind == BIND_VALUE ? one->value : (TSNode){0};
	TSNode f = node_is(v, "call") ? node_field(v, "function") : (TSNode){0};
	if (node_is(f, "attribute") && node_text_is(c, node_field(f, "attribute"), "get") &&
	    node_is(node_field(f, "object"), "identifier"))
		return v;
	if (node_is(v, "subscript") && node_is(node_field(v, "value"), "identifier"))
		return v;
	return (TSNode){0};
}

/* o.root = v where a property root has a setter (bound before, to
 * "root#setter"): the setter's value parameter is given v */
static void bind_setter_value(struct actx *c, TSNode attr, TSNode v)
{
	char key[256];
	size_t len = node_len(attr), i = 0;
	const struct binding *b;
	if (len + 8 > sizeof(key) || ts_node_is_null(v))
		return;
	memcpy(key, node_src(c, attr), len);
	memcpy(key + len, "#setter", 7);
	if (!actx_is_bound(c, key, len + 7))
		return;
	while ((b = actx_lookup(c, key, len + 7, &i))) {
		TSNode ps =
		    b->kind == BIND_VALUE ? node_field(b->value, "parameters") : (TSNode){0};
		TSNode p = ts_node_is_null(ps) || ts_node_named_child_count(ps) != 2
			       ? (TSNode){0}
			       : python_parameter_name(ts_node_named_child(ps, 1));
		if (!ts_node_is_null(p))
			actx_bind_value(c, node_src(c, p), node_len(p), v);
	}
}

static void bind_walk(struct actx *c, TSNode n, int depth, uint32_t quiet)
{
	const char *t = ts_node_type(n);

	if (depth > 400)
		return;
	if (strcmp(t, "import_statement") == 0)
		bind_import(c, n);
	else if (strcmp(t, "import_from_statement") == 0)
		bind_from_import(c, n);
	else if (strcmp(t, "nonlocal_statement") == 0 || strcmp(t, "global_statement") == 0) {
		/* nonlocal target; target = home: the name changes when that
		 * function runs, so it has no one value (each of its
		 * bindings is one it may take) */
		uint32_t k = ts_node_named_child_count(n);
		TSNode f = n;
		while (!ts_node_is_null(f) && !node_is(f, "function_definition"))
			f = ts_node_parent(f);
		if (ts_node_is_null(f)) /* global x in the module: it changes nothing */
			k = 0;
		uint32_t lo = k ? ts_node_start_byte(f) : 0, hi = k ? ts_node_end_byte(f) : 0;
		for (uint32_t j = 0; j < k; j++) {
			TSNode id = ts_node_named_child(n, j);
			const struct binding *b;
			size_t i = 0;
			bool outside = node_is(n, "nonlocal_statement");
			/* global x in the one function that binds x: its one
			 * flow (bound before it: a module-level binding) */
			while (!outside && node_is(id, "identifier") &&
			       (b = actx_lookup(c, node_src(c, id), node_len(id), &i)))
				outside = !ts_node_is_null(b->value) &&
					  (ts_node_start_byte(b->value) < lo ||
					   ts_node_end_byte(b->value) > hi);
			if (outside && node_is(id, "identifier"))
				mark_mutated(c, id, n);
		}
	} else if (strcmp(t, "assignment") == 0) {
		TSNode right = node_field(n, "right");
		TSNode left = node_field(n, "left");
		/* cmd[0] = "sh": the list changes; state["root"] = v: a key
		 * given its value, as in a literal (bind_dict_keys) */
		if (node_is(left, "subscript") && node_is(node_field(left, "value"), "identifier")) {
			mark_mutated(c, node_field(left, "value"), n);
			bind_key(c, node_field(left, "subscript"), right);
		}
		if (node_is(left, "subscript"))
			python_bind_environ(c, node_field(left, "value"),
					    node_field(left, "subscript"), right);
		bind_targets(c, node_field(n, "left"),
			     node_is(right, "assignment") ? node_field(right, "left") : right);
		/* root, uid = where(): what where() returns, item by item,
		 * once every return is bound (bind_unpacks) */
		if ((node_is(left, "pattern_list") || node_is(left, "tuple_pattern")) &&
		    node_is(right, "call") && node_is(node_field(right, "function"), "identifier"))
			actx_bind_value(c, "#unpack", 7, n);
		else if (node_is(left, "pattern_list") && node_is(right, "call") &&
			 node_is(node_field(right, "function"), "attribute") &&
			 node_text_is(c, node_field(node_field(right, "function"), "attribute"),
				      "popitem"))
			actx_bind_value(c, "#popitem", 8, n); /* python_popitem.c */
		if (node_is(right, "assignment"))
			bind_targets(c, node_field(n, "left"), node_field(right, "right"));
		bind_class_attribute(c, n, left, right);
		/* def setup(k): k.PATH = v: the attribute of what the
		 * callers pass (python_params.c) */
		if (node_is(left, "attribute") &&
		    node_is(node_field(left, "object"), "identifier") && !python_module_level(n))
			actx_bind_value(c, "#attrparam", 10, n);
		if (node_is(left, "attribute"))
			bind_setter_value(c, node_field(left, "attribute"), right);
	} else if (t[0] == 'd' && strcmp(t, "delete_statement") == 0) {
		/* del exec, del globals()["exec"]: the name is the builtin's
		 * again after it */
		TSNode l = ts_node_named_child(n, 0);
		uint32_t m = node_is(l, "expression_list") ? ts_node_named_child_count(l) : 1;
		for (uint32_t i = 0; i < m; i++) {
			TSNode d = node_is(l, "expression_list") ? ts_node_named_child(l, i) : l;
			if (node_is(d, "identifier"))
				bind_deleted(c, d);
			else if (node_is(d, "subscript") &&
				 namespace_call(c, node_field(d, "value")))
				bind_deleted(c, node_field(d, "subscript"));
		}
	} else if (strcmp(t, "augmented_assignment") == 0) {
		/* s += x: s changes at run time (its value does not fold) */
		TSNode left = node_field(n, "left");
		if (node_is(left, "identifier")) {
			actx_bind_value(c, node_src(c, left), node_len(left), n);
			mark_mutated(c, left, n);
		}
	} else if (strcmp(t, "for_statement") == 0 || strcmp(t, "for_in_clause") == 0) {
		if (strcmp(t, "for_statement") == 0)
			bind_loop(c, node_field(n, "left"), node_field(n, "right"), n);
		bind_runtime_targets(c, node_field(n, "left"), n, 0);
	} else if (strcmp(t, "call") == 0) {
		/* cmd.append("-c"), cmd.insert(0, "sh"): the list changes */
		TSNode fn = python_callee(c, ts_node_named_child(n, 0)); /* {"f": l.append}["f"] */
		/* globals().pop("exec"): as del exec */
		if (node_is(fn, "attribute")) {
			TSNode m = node_field(fn, "attribute");
			/* state.setdefault("root", v): as state["root"] = v */
			TSNode args = node_field(n, "arguments");
			if (node_text_is(c, m, "setdefault")) { /* os.environ's too */
				bind_key(c, ts_node_named_child(args, 0),
					 ts_node_named_child(args, 1));
				python_bind_environ(c, node_field(fn, "object"),
						    ts_node_named_child(args, 0),
						    ts_node_named_child(args, 1));
			}
			if ((node_text_is(c, m, "pop") || node_text_is(c, m, "__delitem__") ||
			     node_text_is(c, m, "clear")) &&
			    namespace_call(c, node_field(fn, "object")))
				bind_deleted(c, ts_node_named_child(args, 0));
		}
		TSNode mobj, attr; /* l.append(x), getattr(l, "append")(x) */
		if (python_method_parts(c, fn, &mobj, &attr) && node_is(mobj, "identifier")) {
			static const char *const mutators[] = {
			    "append",	"extend",     "insert",	     "__setitem__",
			    "__iadd__", "pop",	      "remove",	     "clear",
			    "reverse",	"sort",	      "__delitem__", "appendleft",
			    "update",	"setdefault", "popitem",     "__ior__"};
			for (size_t m = 0; m < ARRAY_SIZE(mutators); m++)
				if (node_len(attr) == strlen(mutators[m]) &&
				    memcmp(node_src(c, attr), mutators[m], node_len(attr)) == 0)
					mark_mutated(c, mobj, n);
			bind_item(c, mobj, attr, node_field(n, "arguments"));
		}
		python_bind_channels(c, n); /* print(p, file=buf), cur.execute(q) */
		/* OPS["reset"](x), OPS.get("reset")(x): bound to "OPS[("
		 * (python_lambda.c) */
		TSNode getter = node_is(fn, "call") ? node_field(fn, "function") : (TSNode){0};
		if (node_is(getter, "attribute") &&
		    node_text_is(c, node_field(getter, "attribute"), "get"))
			getter = node_field(getter, "object");
		else
			getter = (TSNode){0};
		/* hook = OPS.get(stage) ... hook(x): as OPS.get(stage)(x) */
		TSNode fetched = node_is(fn, "identifier") ? fetched_entry(c, fn) : (TSNode){0};
		if (!ts_node_is_null(fetched)) {
			fn = fetched;
			getter = node_is(fn, "call") ? node_field(node_field(fn, "function"), "object")
						     : (TSNode){0};
		}
		TSNode box = ts_node_is_null(getter) ? ts_node_named_child(fn, 0) : getter;
		if (ts_node_is_null(getter) && node_is(fn, "subscript") &&
		    node_is(box, "subscript"))
			box = node_field(box, "value"); /* ACTIONS["cache"]["fn"](x) */
		if ((node_is(fn, "subscript") || !ts_node_is_null(getter)) &&
		    node_is(box, "identifier") && node_len(box) + 3 <= 256) {
			char key[256];
			memcpy(key, node_src(c, box), node_len(box));
			memcpy(key + node_len(box), "[(", 2);
			actx_bind_value(c, key, node_len(box) + 2, n);
		}
		/* the calls of f, bound to "f(": what its parameters are given
		 * (python_fold_parameter) */
		fn = ts_node_named_child(n, 0);
		/* format(obj, "~"): a format spec given to obj's __format__,
		 * as f"{obj:~}" (bind_specs) */
		TSNode fa = node_field(n, "arguments");
		if (node_text_is(c, fn, "format") && node_is(fa, "argument_list") &&
		    ts_node_named_child_count(fa) == 2 &&
		    !node_is(ts_node_named_child(fa, 1), "keyword_argument"))
			actx_bind_value(c, "#fmtspec", 8, ts_node_named_child(fa, 1));
		/* "{:~}".format(obj): the template's spec given to obj's
		 * __format__ (bind_specs) */
		if (node_is(fn, "attribute") &&
		    node_text_is(c, node_field(fn, "attribute"), "format") &&
		    node_is(node_field(fn, "object"), "string") &&
		    memchr(node_src(c, node_field(fn, "object")), ':',
			   node_len(node_field(fn, "object"))))
			actx_bind_value(c, "#fmtspec", 8, node_field(fn, "object"));
		/* setattr(obj, "root", v): what obj.root may be (python_values.c) */
		if (node_is(fn, "identifier") && node_text_is(c, fn, "setattr"))
			actx_bind_value(c, "#setattr", 8, n);
		if (node_is(fn, "identifier")) {
			char key[PYTHON_CALLS_KEY];
			size_t kl = python_calls_key(c, fn, key);
			if (kl > 0)
				actx_bind_value(c, key, kl, n);
		}
	} else if (t[0] == 'd' && strcmp(t, "dictionary") == 0) {
		bind_dict_keys(c, n);
	} else if (t[0] == 'f' && strcmp(t, "format_specifier") == 0) {
		actx_bind_value(c, "#fmtspec", 8, n); /* for __format__ (bind_specs) */
	} else if (t[0] == 'd' && strcmp(t, "dict_pattern") == 0) {
		/* case {"target": victim}: victim is set by the match, to
		 * what the subject holds under "target" (python_inert.c) */
		uint32_t k = ts_node_named_child_count(n);
		for (uint32_t i = 0; i < k; i++) {
			TSNode v = ts_node_named_child(n, i), d = ts_node_named_child(v, 0);
			/* ... also "target": str(victim) and "target": str() as
			 * victim: the same value, its type checked */
			TSNode in = node_is(d, "class_pattern") ? ts_node_named_child(d, 1)
								: (TSNode){0};
			if (node_is(d, "class_pattern") && ts_node_named_child_count(d) == 2 &&
			    node_is(in, "case_pattern") && ts_node_named_child_count(in) == 1)
				d = ts_node_named_child(in, 0);
			else if (node_is(d, "as_pattern") && ts_node_named_child_count(d) == 2 &&
				 node_is(ts_node_named_child(d, 1), "identifier") && i > 0 &&
				 !ts_node_is_null(node_field(n, "key"))) {
				bind_runtime_targets(c, ts_node_named_child(d, 1), v, 0);
				continue;
			}
			if (node_is(v, "case_pattern") && ts_node_named_child_count(v) == 1 &&
			    node_is(d, "dotted_name") && ts_node_named_child_count(d) == 1 &&
			    i > 0 && !ts_node_is_null(node_field(n, "key")))
				bind_runtime_targets(c, ts_node_named_child(d, 0), v, 0);
		}
	} else if (strcmp(t, "named_expression") == 0) {
		TSNode name = node_field(n, "name");
		actx_bind_value(c, node_src(c, name), node_len(name), node_field(n, "value"));
	} else if (strcmp(t, "function_definition") == 0 || strcmp(t, "class_definition") == 0) {
		/* a method named exec is reached as an attribute: the name exec
		 * stays the builtin's */
		TSNode name = node_field(n, "name");
		if (!ts_node_is_null(name) && python_module_level(n)) {
			if (node_is(ts_node_parent(n), "module") && ts_node_start_byte(n) < quiet)
				actx_bind_local(c, node_src(c, name), node_len(name));
			if (t[0] == 'f')
				bind_returns(c, node_src(c, name), node_len(name),
					     node_field(n, "body"), 0);
		}
		/* def main(): def run(cmd): ...: a helper nested in functions,
		 * bound to "run{" (python_inert.c's only_def), not to its name:
		 * the name outside its function stays what it was */
		if (t[0] == 'f' && !ts_node_is_null(name) && python_nested_def(n) &&
		    node_len(name) + 2 <= 256) {
			char key[256];
			memcpy(key, node_src(c, name), node_len(name));
			key[node_len(name)] = '{';
			actx_bind_value(c, key, node_len(name) + 1, n);
			/* ... and what it returns, as a module-level one's */
			bind_returns(c, node_src(c, name), node_len(name), node_field(n, "body"),
				     0);
		}
		if (t[0] == 'f')
			bind_parameters(c, node_field(n, "parameters"));
		/* @root.setter def root(self, where): bound to "root#setter",
		 * its value parameter given what o.root = v assigns */
		TSNode dec = node_is(ts_node_parent(n), "decorated_definition")
				 ? ts_node_named_child(ts_node_named_child(ts_node_parent(n), 0), 0)
				 : (TSNode){0};
		if (t[0] == 'f' && node_is(dec, "attribute") &&
		    node_text_is(c, node_field(dec, "attribute"), "setter") &&
		    node_len(name) + 8 <= 256) {
			char key[256];
			memcpy(key, node_src(c, name), node_len(name));
			memcpy(key + node_len(name), "#setter", 7);
			actx_bind_value(c, key, node_len(name) + 7, n);
		}
		python_bind_decorator_lambda(c, n, dec);
		if (t[0] == 'f' && node_text_is(c, name, "__format__"))
			actx_bind_value(c, "#fmtdef", 7, n);
		else
			bind_class_bases(c, n);
		/* class Job: at the module's top or nested in functions, bound to
		 * "Job^" (python_method.c) */
		if (t[0] == 'c' && !ts_node_is_null(name) && node_len(name) + 2 <= 256 &&
		    python_program_class(n)) {
			char key[256];
			memcpy(key, node_src(c, name), node_len(name));
			key[node_len(name)] = '^';
			actx_bind_value(c, key, node_len(name) + 1, n);
		}
	} else if (strcmp(t, "lambda") == 0) {
		TSNode params = node_field(n, "parameters");
		if (!ts_node_is_null(params))
			bind_parameters(c, params);
	} else if (strcmp(t, "as_pattern") == 0) {
		/* with open(p) as f, except E as e */
		bind_runtime_targets(c, node_field(n, "alias"), n, 0);
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		bind_walk(c, ts_node_named_child(n, i), depth + 1, quiet);
}

/* def widen(l): l[0] = "sh"; widen(cmd): cmd changes too. Each parameter
 * changed in place marks the names the calls of its function pass for it
 * (a few rounds: the caller may itself pass on a parameter). */
static void bind_mutparams(struct actx *c)
{
	for (int round = 0; round < 3; round++) {
		TSNode ps[64];
		int n = actx_values(c, "#mutparam", ps, 64);
		for (int j = 0; j < n; j++) {
			TSNode fn = ts_node_parent(ts_node_parent(ps[j]));
			char key[PYTHON_CALLS_KEY];
			TSNode calls[64];
			if (python_calls_key(c, node_field(fn, "name"), key) == 0)
				continue;
			int nc = actx_values(c, key, calls, 64);
			for (int m = 0; m < nc; m++) {
				TSNode a = python_argument_for(c, fn, ps[j], calls[m]);
				if (!ts_node_is_null(a) && node_is(a, "identifier"))
					mark_mutated(c, a, calls[m]);
			}
		}
	}
}

/* The value a key node k of bind_key is given: its pair's value, the
 * right side of cfg[k] = v, setdefault's second argument. */
static TSNode key_value(TSNode k)
{
	TSNode p = ts_node_parent(k);
	if (node_is(p, "pair"))
		return node_field(p, "value");
	if (node_is(p, "argument_list"))
		return ts_node_named_child(p, 1);
	if (node_is(p, "subscript") && node_is(ts_node_parent(p), "assignment"))
		return node_field(ts_node_parent(p), "right");
	return (TSNode){0};
}

/* KEY = "target" ... cfg[KEY] = home, {KEY: home}: the value bound to
 * "[target" as for a plain key, the key folded once every name is bound;
 * what was memoised meanwhile is dropped (the keys' bindings were not all
 * made). */
static void bind_constant_keys(struct actx *c)
{
	TSNode ks[64];
	int n = actx_values(c, "#key", ks, 64);
	for (int j = 0; j < n; j++) {
		char key[64];
		TSNode v = key_value(ks[j]);
		size_t len;
		c->pred_steps = 0;
		if (!ts_node_is_null(v) && (len = python_key_name(c, ks[j], key, 0)) > 0)
			actx_bind_value(c, key, len, v);
	}
	c->pred_steps = 0;
	actx_memo_clear(c);
}

/* a, b = f() with f the program's own: each name is bound to the item of
 * its place in each of f's returns that lists as many (return home, 1000) */
static void bind_unpacks(struct actx *c)
{
	TSNode as[64];
	int n = actx_values(c, "#unpack", as, 64);
	for (int j = 0; j < n; j++) {
		TSNode left = node_field(as[j], "left");
		TSNode fn = node_field(node_field(as[j], "right"), "function");
		TSNode rets[16];
		int nr = 0;
		char key[256];
		if (node_len(fn) + 3 > sizeof(key))
			continue;
		memcpy(key, node_src(c, fn), node_len(fn));
		memcpy(key + node_len(fn), "()", 2);
		size_t i = 0;
		const struct binding *b;
		while ((b = actx_lookup(c, key, node_len(fn) + 2, &i)) && nr < 16)
			if (b->kind == BIND_VALUE && (node_is(b->value, "expression_list") ||
						      node_is(b->value, "tuple")))
				rets[nr++] = b->value;
		for (int m = 0; m < nr; m++)
			bind_targets(c, left, rets[m]);
	}
}

/* def __format__(self, spec): spec is each format spec of the program's
 * f-strings (f"{obj:~}" gives "~"), whose fields call it */
static void bind_specs(struct actx *c)
{
	TSNode specs[32], params[8];
	int ns = 0, np = 0;
	size_t i = 0;
	const struct binding *b;
	while ((b = actx_lookup(c, "#fmtspec", 8, &i)) && ns < 32)
		specs[ns++] = b->value;
	i = 0;
	while ((b = actx_lookup(c, "#fmtdef", 7, &i)) && np < 8) {
		TSNode p = node_field(b->value, "parameters");
		p = ts_node_is_null(p) ? p : python_parameter_name(ts_node_named_child(p, 1));
		if (!ts_node_is_null(p))
			params[np++] = p;
	}
	char key[256];
	for (int j = 0; j < np; j++)
		for (int k = 0; k < ns; k++) {
			size_t len = node_len(params[j]);
			if (!node_is(ts_node_parent(specs[k]), "attribute")) {
				actx_bind_value(c, node_src(c, params[j]), len, specs[k]);
			} else if (len + 5 <= sizeof(key)) { /* a template: "spec#tpl" */
				memcpy(key, node_src(c, params[j]), len);
				memcpy(key + len, "#tpl", 4);
				actx_bind_value(c, key, len + 4, specs[k]);
				actx_bind_value(c, "#fmttpl", 7, specs[k]);
			}
		}
}

void python_bind(struct actx *c, TSNode root)
{
	bind_walk(c, root, 0, quiet_end(c, root));
	if (actx_is_bound(c, "#fmtspec", 8) && actx_is_bound(c, "#fmtdef", 7))
		bind_specs(c);
	if (actx_is_bound(c, "#unpack", 7))
		bind_unpacks(c);
	if (actx_is_bound(c, "#popitem", 8))
		python_bind_popitems(c, root);
	if (actx_is_bound(c, "#mutparam", 9))
		bind_mutparams(c);
	if (actx_is_bound(c, "#key", 4))
		bind_constant_keys(c);
	if (actx_is_bound(c, "#attrparam", 10))
		python_bind_attrparams(c);
}

static bool reaches(struct actx *c, TSNode n, const char *const *reach, bool (*step)(void *),
		    void *arg, int level)
{
	if (level > 400 || !step(arg))
		return true;
	if (node_is(n, "identifier")) {
		size_t len = node_len(n);
		const char *s = node_src(c, n);
		if (len > 4 && s[0] == '_' && s[1] == '_' && s[len - 1] == '_' &&
		    s[len - 2] == '_' && !node_text_is(c, n, "__name__") &&
		    !node_text_is(c, n, "__init__") && !node_text_is(c, n, "__file__") &&
		    !node_text_is(c, n, "__doc__")) /* a string: argparse's description */
			return true;
		for (const char *const *r = reach; *r; r++)
			if (node_text_is(c, n, *r))
				return true;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (reaches(c, ts_node_named_child(n, i), reach, step, arg, level + 1))
			return true;
	return false;
}

bool python_reaches_unnamed(struct actx *c, TSNode n, const char *const *reach,
			    bool (*step)(void *), void *arg)
{
	return reaches(c, n, reach, step, arg, 0);
}

/* Whether the program deletes the name (del exec): a def of the module
 * hides the builtin of its name only until then. */
bool python_name_deleted(struct actx *c, const char *s, size_t len)
{
	char key[128];
	if (len + 4 >= sizeof(key))
		return false;
	memcpy(key, "del ", 4);
	memcpy(key + 4, s, len);
	return actx_is_bound(c, key, len + 4) || actx_is_bound(c, "del *", 5);
}

void python_global_name(struct actx *c, const char *key, size_t len, struct names *out)
{
	size_t k = 0;
	const struct binding *b;
	while ((b = actx_lookup(c, key, len, &k)))
		if (b->kind == BIND_ALIAS)
			names_add(out, b->target);
	if (python_is_builtin(key, len))
		names_addf(out, "builtins.%.*s", (int)len, key);
}

/* What the standard library's modules import and keep as attributes
 * (shutil.os, tempfile._os, os.path.os, os.sys, asyncio.subprocess) */
static const char *const kept_modules[] = {"os",      "posix",	"sys",	    "subprocess", "shutil",
					   "socket",  "ctypes", "builtins", "importlib",  "pickle",
					   "marshal", "pty",	"runpy",    NULL};

void python_globals_members(struct actx *c, struct names *out, int from)
{
	int n = out->n;
	for (int i = from; i < n; i++) {
		const char *dot = strrchr(out->v[i], '.'), *m = dot ? dot + 1 : NULL;
		while (m && *m == '_')
			m++;
		for (const char *const *k = kept_modules; m && *k; k++)
			if (strcmp(m, *k) == 0 && !strchr(out->v[i], '(') &&
			    strncmp(out->v[i], "self.", 5) != 0 && out->v[i][0] != '<')
				names_add(out, *k);
		if (strncmp(out->v[i], "<globals>.", 10) == 0) {
			char *name = xstrdup(out->v[i] + 10);
			python_global_name(c, name, strlen(name), out);
			free(name);
		}
	}
}

void python_own_module(struct actx *c, TSNode value, struct names *out, int depth)
{
	struct names base = {0};
	c->ops->resolve(c, value, &base, depth + 1);
	for (int i = 0; i < base.n; i++)
		if (strcmp(base.v[i], "sys.modules") == 0)
			names_add(out, "<globals>");
	names_free(&base);
}

TSNode python_bound_list(struct actx *c, TSNode n)
{
	const struct binding *b, *one = NULL;
	size_t i = 0, nb = 0, len = node_len(n);
	char key[256];

	if (len + 5 > sizeof(key))
		return n;
	memcpy(key, node_src(c, n), len);
	memcpy(key + len, "#mut", 4);
	if (actx_is_bound(c, key, len + 4)) /* p[0] = x, p.append(x) */
		return n;
	while ((b = actx_lookup(c, node_src(c, n), len, &i)))
		if (nb++ == 0)
			one = b;
	if (nb == 1 && one->kind == BIND_VALUE &&
	    (node_is(one->value, "list") || node_is(one->value, "tuple")))
		return one->value;
	return n;
}

void python_resolve_member(struct actx *c, TSNode obj, const char *member, size_t len,
			   struct names *out, int depth)
{
	int before = out->n;
	resolve_member(c, obj, member, len, out, depth);
	python_globals_members(c, out, before);
}
