/*
 * The environment given to a child program (#child-env?): an agent or a
 * build script copies os.environ, changes a few variables and starts
 * git, pytest or npm with it:
 *
 *   env = os.environ.copy(); env["X"] = "1"; subprocess.run(cmd, env=env)
 *   subprocess.run(cmd, env=dict(os.environ, X="1"))
 *   subprocess.run(cmd, env={**os.environ, "X": "1"})
 *   os.execvpe(path, args, env), os.spawnve(mode, path, args, env)
 *
 * The program itself sends nothing of it: the child gets the environment
 * it would have inherited anyway, and what the child's command line does
 * with it is the command line's analysis (py-shell, py-env-dump of
 * `env`). So such a read is not the whole environment read by the program
 * (py-env-dump, py-env-exfil with the network).
 *
 * Proven only when every use of the value is one of these: the env of a
 * program start, a variable set, removed or read one at a time (env[k] =
 * v, env.update(...), env.pop(k), "K" in env), a name bound to it whose
 * uses are such, returned from a module-level function whose every call
 * is such, or passed to a module-level function's parameter whose uses
 * are such. Anything else (printed, serialised, sent, iterated, passed to
 * a function the analysis does not follow) is a read.
 */
#include <string.h>

#include "policy/python.h"

#define CHILD_ENV_DEPTH 6
/* Nodes a proof may visit: past it the copy is taken for a read. Its own
 * budget, not the analysis' steps, which when spent make the whole
 * analysis incomplete (a finding of its own). */
#define CHILD_ENV_NODES 2000000ul

struct proof {
	int starts;	     /* program starts reached */
	unsigned long nodes; /* visited */
};

static bool visit(struct proof *pf)
{
	return ++pf->nodes <= CHILD_ENV_NODES;
}

static bool visit_step(void *pf)
{
	return visit(pf);
}

static bool value_ok(struct actx *c, TSNode e, int depth, struct proof *pf);

static TSNode root_of(TSNode n)
{
	TSNode up;
	while (!ts_node_is_null(up = ts_node_parent(n)))
		n = up;
	return n;
}

static bool same_text(const struct actx *c, TSNode a, TSNode b)
{
	return node_len(a) == node_len(b) &&
	       memcmp(node_src(c, a), node_src(c, b), node_len(a)) == 0;
}

static bool resolves_to(struct actx *c, TSNode n, const char *const *names, bool prefix)
{
	struct names ns = {0};
	bool hit = false;

	actx_resolve_node(c, n, &ns);
	for (int i = 0; i < ns.n && !hit; i++)
		for (size_t k = 0; names[k] && !hit; k++)
			hit = prefix ? strncmp(ns.v[i], names[k], strlen(names[k])) == 0
				     : strcmp(ns.v[i], names[k]) == 0;
	names_free(&ns);
	return hit;
}

/* Program starts that take env= */
static bool starts_with_env_kw(struct actx *c, TSNode fn)
{
	static const char *const names[] = {"subprocess.run",
					    "subprocess.call",
					    "subprocess.check_call",
					    "subprocess.check_output",
					    "subprocess.Popen",
					    "asyncio.create_subprocess_exec",
					    "asyncio.create_subprocess_shell",
					    "os.posix_spawn",
					    "os.posix_spawnp",
					    NULL};
	return resolves_to(c, fn, names, false);
}

/* os.exec*e, os.spawn*e: the environment is the last argument;
 * os.posix_spawn(p): the third. */
static bool env_position(struct actx *c, TSNode fn, uint32_t pos, uint32_t count)
{
	static const char *const last[] = {"os.execle",	 "os.execlpe",	"os.execve",
					   "os.execvpe", "os.spawnle",	"os.spawnlpe",
					   "os.spawnve", "os.spawnvpe", NULL};
	static const char *const third[] = {"os.posix_spawn", "os.posix_spawnp", NULL};

	if (pos + 1 == count && resolves_to(c, fn, last, false))
		return true;
	return pos == 2 && resolves_to(c, fn, third, false);
}

/* The program's one module-level def of this name, or a null node. */
static TSNode module_def(struct actx *c, TSNode name)
{
	TSNode root = root_of(name), found = {0};
	uint32_t k = ts_node_named_child_count(root);

	for (uint32_t j = 0; j < k; j++) {
		TSNode s = ts_node_named_child(root, j);
		TSNode d = node_is(s, "decorated_definition") ? node_field(s, "definition") : s;
		if (!node_is(d, "function_definition") && !node_is(d, "class_definition"))
			continue;
		if (!same_text(c, node_field(d, "name"), name))
			continue;
		if (!ts_node_is_null(found) || d.id != s.id || !node_is(d, "function_definition"))
			return (TSNode){0};
		found = d;
	}
	return found;
}

static bool uses_ok(struct actx *c, TSNode scope, TSNode name, int depth, int level,
		    struct proof *pf);

/* arg (positional number pos, or keyword kw) given to the module-level
 * function callee calls: its parameter's uses in the function's body. */
static bool parameter_ok(struct actx *c, TSNode callee, int pos, TSNode kw, int depth,
			 struct proof *pf)
{
	if (!node_is(callee, "identifier"))
		return false;
	TSNode fn = module_def(c, callee);
	if (ts_node_is_null(fn))
		return false;
	TSNode params = node_field(fn, "parameters");
	uint32_t k = ts_node_named_child_count(params);
	int i = 0;
	for (uint32_t j = 0; j < k; j++) {
		TSNode p = ts_node_named_child(params, j);
		if (node_is(p, "list_splat_pattern") || node_is(p, "dictionary_splat_pattern") ||
		    node_is(p, "keyword_separator") || node_is(p, "positional_separator")) {
			if (ts_node_is_null(kw))
				return false;
			continue;
		}
		TSNode pn = python_parameter_name(p);
		if (ts_node_is_null(pn))
			return false;
		if (ts_node_is_null(kw) ? i == pos : same_text(c, pn, kw))
			return uses_ok(c, node_field(fn, "body"), pn, depth + 1, 0, pf);
		i++;
	}
	return false;
}

/* Modules and helpers that turn an object into data with all its
 * attributes (or, as a dataclass, give it a repr that has them). */
static bool names_serialiser(struct actx *c, TSNode n, int level, struct proof *pf)
{
	static const char *const ser[] = {
	    "pickle",  "cPickle",  "dill",    "cloudpickle", "jsonpickle", "marshal",	  "shelve",
	    "copyreg", "yaml",	   "asdict",  "astuple",     "dataclass",  "dataclasses", "attr",
	    "attrs",   "pydantic", "msgpack", "attrgetter",  NULL};

	if (level > 400 || !visit(pf))
		return true;
	if (node_is(n, "identifier"))
		for (const char *const *r = ser; *r; r++)
			if (node_text_is(c, n, *r))
				return true;
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (names_serialiser(c, ts_node_named_child(n, i), level + 1, pf))
			return true;
	return false;
}

/* self.env = <the environment> in a method: every x.env in the program is
 * a use. Only in a plain class (no base, no decorator) of a program that
 * turns no object into data wholesale (pickle, yaml, dataclasses, ...):
 * those would take the attribute with the object. */
static bool attribute_ok(struct actx *c, TSNode assign, TSNode attr, int depth, struct proof *pf)
{
	TSNode cls = assign;
	while (!ts_node_is_null(cls) && !node_is(cls, "class_definition"))
		cls = ts_node_parent(cls);
	if (ts_node_is_null(cls) || !ts_node_is_null(node_field(cls, "superclasses")) ||
	    node_is(ts_node_parent(cls), "decorated_definition"))
		return false;
	if (names_serialiser(c, root_of(assign), 0, pf))
		return false;
	return uses_ok(c, root_of(assign), attr, depth + 1, 0, pf);
}

/* e is the environment (a copy of it, or a name bound to one): whether
 * where it goes is a child's env, and only that. */
static bool value_ok(struct actx *c, TSNode e, int depth, struct proof *pf)
{
	TSNode p = ts_node_parent(e);

	if (depth > CHILD_ENV_DEPTH || !visit(pf))
		return false;
	while (node_is(p, "parenthesized_expression")) {
		e = p;
		p = ts_node_parent(p);
	}
	if (ts_node_is_null(p))
		return false;
	if (node_is(p, "conditional_expression") || node_is(p, "boolean_operator"))
		return value_ok(c, p, depth + 1, pf); /* env if x else None, env or None */
	if (node_is(p, "keyword_argument")) {
		TSNode args = ts_node_parent(p), call = ts_node_parent(args);
		TSNode kw = node_field(p, "name");
		if (!node_is(call, "call") || node_field(p, "value").id != e.id)
			return false;
		TSNode fn = node_field(call, "function");
		if (node_text_is(c, kw, "env") && starts_with_env_kw(c, fn))
			return ++pf->starts;
		return parameter_ok(c, fn, -1, kw, depth, pf);
	}
	if (node_is(p, "argument_list")) {
		TSNode call = ts_node_parent(p);
		if (!node_is(call, "call"))
			return false;
		uint32_t k = ts_node_named_child_count(p), pos = 0, count = 0, at = UINT32_MAX;
		for (uint32_t j = 0; j < k; j++) {
			TSNode a = ts_node_named_child(p, j);
			if (node_is(a, "comment"))
				continue;
			if (node_is(a, "keyword_argument") || node_is(a, "list_splat") ||
			    node_is(a, "dictionary_splat"))
				break; /* positions after a splat mean nothing */
			if (a.id == e.id)
				at = pos;
			pos++;
		}
		count = pos;
		if (at == UINT32_MAX)
			return false;
		TSNode fn = node_field(call, "function");
		if (env_position(c, fn, at, count))
			return ++pf->starts;
		return parameter_ok(c, fn, (int)at, (TSNode){0}, depth, pf);
	}
	if (node_is(p, "assignment")) {
		TSNode left = node_field(p, "left");
		if (node_field(p, "right").id != e.id)
			return false;
		if (node_is(left, "attribute"))
			return attribute_ok(c, p, node_field(left, "attribute"), depth, pf);
		if (!node_is(left, "identifier"))
			return false;
		/* the name's scope: its function, or the module */
		TSNode scope = p;
		while (!ts_node_is_null(scope) && !node_is(scope, "function_definition") &&
		       !node_is(scope, "lambda"))
			scope = ts_node_parent(scope);
		scope = ts_node_is_null(scope) ? root_of(p) : node_field(scope, "body");
		return uses_ok(c, scope, left, depth + 1, 0, pf);
	}
	if (node_is(p, "return_statement")) {
		TSNode fn = p;
		while (!ts_node_is_null(fn) && !node_is(fn, "function_definition"))
			fn = ts_node_parent(fn);
		if (ts_node_is_null(fn))
			return false;
		/* a module-level function, or a method (not decorated: a
		 * decorator may replace it) */
		TSNode up = ts_node_parent(fn), cls = ts_node_parent(up);
		bool method = node_is(up, "block") && node_is(cls, "class_definition");
		if (!method && (!python_module_level(fn) ||
				ts_node_is_null(module_def(c, node_field(fn, "name")))))
			return false;
		/* every use of the function's name is a call whose value is ok
		 * (f(), self.f(), obj.f()) */
		return uses_ok(c, root_of(fn), node_field(fn, "name"), depth + 1, 0, pf);
	}
	return false;
}

static bool method_ok(struct actx *c, TSNode attr)
{
	static const char *const ok[] = {"update",	"setdefault",  "pop",	       "get",
					 "__setitem__", "__delitem__", "__contains__", NULL};
	TSNode m = node_field(attr, "attribute");
	TSNode call = ts_node_parent(attr);

	if (!node_is(call, "call") || node_field(call, "function").id != attr.id)
		return false;
	for (size_t i = 0; ok[i]; i++)
		if (node_text_is(c, m, ok[i]))
			return true;
	return false;
}

/* Every use of name inside scope is a child's env or a variable set,
 * removed or read one at a time. */
static bool uses_ok(struct actx *c, TSNode n, TSNode name, int depth, int level, struct proof *pf)
{
	if (level > 400 || depth > CHILD_ENV_DEPTH || !visit(pf))
		return false;
	if (node_is(n, "identifier") && same_text(c, n, name)) {
		if (n.id == name.id)
			return true;
		TSNode p = ts_node_parent(n);
		if (node_is(p, "attribute") && node_field(p, "attribute").id == n.id) {
			n = p; /* x.env, self.f: the attribute is the value */
			p = ts_node_parent(n);
		}
		if (node_is(p, "assignment") && node_field(p, "left").id == n.id)
			return true; /* bound again: that value is checked where read */
		if (node_is(p, "function_definition") && node_field(p, "name").id == n.id)
			return true;
		if (node_is(p, "keyword_argument") && node_field(p, "name").id == n.id)
			return true;
		if (node_is(p, "parameters") || node_is(p, "default_parameter") ||
		    node_is(p, "typed_parameter") || node_is(p, "typed_default_parameter"))
			return true; /* a parameter of the same name: its uses are searched too */
		if (node_is(p, "subscript") && node_field(p, "value").id == n.id)
			return true; /* env["K"] = v, env["K"], del env["K"] */
		if (node_is(p, "attribute") && node_field(p, "object").id == n.id)
			return method_ok(c, p);
		if (node_is(p, "comparison_operator"))
			return true; /* "K" in env, env is None */
		if (node_is(p, "call") && node_field(p, "function").id == n.id)
			return value_ok(c, p, depth, pf); /* a function returning the env, called */
		return value_ok(c, n, depth, pf);
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (!uses_ok(c, ts_node_named_child(n, i), name, depth, level + 1, pf))
			return false;
	return true;
}

/* Names through which a program reaches a variable without naming it
 * (globals()["env"], vars(), locals(), a frame's f_locals, gc's objects,
 * sys.modules[__name__].env, code run from a string): where one appears,
 * the uses found are not all the uses. */
static bool reached_unnamed(struct actx *c, TSNode root, struct proof *pf)
{
	static const char *const reach[] = {
	    "globals",	     "locals",	      "vars",	      "getattr",
	    "exec",	     "eval",	      "compile",      "modules",
	    "import_module", "_getframe",     "currentframe", "f_globals",
	    "f_locals",	     "f_back",	      "gi_frame",     "cr_frame",
	    "ag_frame",	     "tb_frame",      "gc",	      "get_objects",
	    "get_referents", "get_referrers", "settrace",     "setprofile",
	    "breakpoint",    "inspect",	      "walk_stack",   NULL};

	return python_reaches_unnamed(c, root, reach, visit_step, pf);
}

/* lang_ops.child_env */
bool python_child_env(struct actx *c, TSNode n)
{
	TSNode p = ts_node_parent(n), e = n;

	if (ts_node_is_null(p))
		return false;
	if (node_is(p, "dictionary_splat") && node_is(ts_node_parent(p), "dictionary")) {
		e = ts_node_parent(p); /* {**os.environ, "X": "1"} */
	} else if (node_is(p, "argument_list")) {
		TSNode call = ts_node_parent(p);
		TSNode fn = node_is(call, "call") ? node_field(call, "function") : (TSNode){0};
		size_t i = 0;
		/* dict(os.environ, X="1"): the first argument of the builtin dict */
		if (!ts_node_is_null(fn) && ts_node_named_child(p, 0).id == n.id &&
		    node_text_is(c, fn, "dict") && actx_lookup(c, "dict", 4, &i) == NULL)
			e = call;
	}
	struct proof pf = {0, 0};
	if (reached_unnamed(c, root_of(n), &pf))
		return false;
	/* and it does reach one: a copy never used is read for nothing else */
	return value_ok(c, e, 0, &pf) && pf.starts > 0;
}
