/*
 * The environment given to a child program (#child-env?): an agent or a
 * build script copies process.env, changes a few variables and starts
 * git, npm or pytest with it:
 *
 *   const env = { ...process.env, CI: '1' };
 *   spawnSync('git', ['status'], { env, encoding: 'utf8' });
 *   execFileSync('npm', ['test'], { env: Object.assign({}, process.env, { X: '1' }) });
 *   spawn('make', [], { env: structuredClone(process.env) });
 *   fork('worker.js', [], { env: process.env });
 *
 * The program itself sends nothing of it: the child gets the environment
 * it would have inherited anyway, and what the child's command line does
 * with it is the command line's analysis (js-shell). So such a read is
 * not the whole environment read by the program (js-env-dump, js-env-exfil
 * with the network).
 *
 * Proven only when every use of the value is one of these: the env of a
 * child_process start (spawn, spawnSync, exec, execSync, execFile,
 * execFileSync, fork), a variable set, removed or read one at a time
 * (env.X = v, delete env.X, env[k], 'X' in env), copied again the same
 * ways ({...env}, Object.assign({}, env)), a name bound to it (const, let,
 * var) whose uses are such, an options object holding it whose uses are
 * such, returned from a module-level function whose every call is such,
 * or passed to a module-level function's parameter whose uses are such.
 * Anything else (logged, serialised, sent, iterated, passed to a function
 * the analysis does not follow, called as an object's method) is a read.
 * A program that reaches variables without naming them (direct eval,
 * arguments, f.caller, the inspector) proves nothing. The program runs as
 * a module (main.js): its top-level names are not the global object's.
 * JSON.parse(JSON.stringify(process.env)) is not taken for a copy: the
 * string between is the environment serialised.
 */
#include <string.h>

#include "policy/javascript.h"

#define CHILD_ENV_DEPTH 6
/* Values followed into values (a name, a call's return, a parameter's
 * arguments, a spread) before an env option is taken to set PATH. */
#define KEEPS_PATH_DEPTH 16
/* Nodes a proof may visit: past it the copy is taken for a read (its own
 * budget, as in python_childenv.c). */
#define CHILD_ENV_NODES 2000000ul

/* What a value is: the environment (a copy), an options object whose env
 * is one, or a function that returns one. */
enum kind { K_ENV, K_OPTS, K_FUNC };

struct proof {
	int starts;	     /* program starts reached */
	unsigned long nodes; /* visited */
};

static bool visit(struct proof *pf)
{
	return ++pf->nodes <= CHILD_ENV_NODES;
}

static bool value_ok(struct actx *c, TSNode e, enum kind k, int depth, struct proof *pf);
static bool member_ok(struct actx *c, TSNode m, enum kind k, int depth, struct proof *pf);
static bool uses_ok(struct actx *c, TSNode n, TSNode name, enum kind k, int depth, int level,
		    struct proof *pf);

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

/* Every name fn resolves to is one of names (and it resolves to one). */
static bool resolves_only(struct actx *c, TSNode fn, const char *const *names)
{
	struct names ns = {0};
	bool all;

	actx_resolve_node(c, fn, &ns);
	all = ns.n > 0;
	for (int i = 0; i < ns.n && all; i++) {
		bool hit = false;
		for (size_t j = 0; names[j] && !hit; j++)
			hit = strcmp(ns.v[i], names[j]) == 0;
		all = hit;
	}
	names_free(&ns);
	return all;
}

static bool is_starter(struct actx *c, TSNode fn)
{
	static const char *const names[] = {"child_process.spawn",    "child_process.spawnSync",
					    "child_process.exec",     "child_process.execSync",
					    "child_process.execFile", "child_process.execFileSync",
					    "child_process.fork",     NULL};
	return resolves_only(c, fn, names);
}

/* An object literal of data only: no method, getter or setter, which a
 * child start (or Object.assign) would call with the object as `this`,
 * and no __proto__ (a start reads inherited variables too, getters
 * included). */
static bool plain_object(struct actx *c, TSNode o)
{
	if (!node_is(o, "object"))
		return false;
	uint32_t k = ts_node_named_child_count(o);
	for (uint32_t i = 0; i < k; i++) {
		TSNode m = ts_node_named_child(o, i);
		if (node_is(m, "method_definition"))
			return false;
		if (node_is(m, "pair")) {
			TSNode key = js_field(m, F_key);
			if (node_text_is(c, key, "__proto__") ||
			    node_text_is(c, key, "'__proto__'") ||
			    node_text_is(c, key, "\"__proto__\"") ||
			    node_is(key, "computed_property_name"))
				return false;
		}
	}
	return true;
}

/* A property key spelled `env` or 'env'. */
static bool key_is_env(struct actx *c, TSNode key)
{
	if (node_is(key, "property_identifier"))
		return node_text_is(c, key, "env");
	if (node_is(key, "string"))
		return node_text_is(c, key, "'env'") || node_text_is(c, key, "\"env\"");
	return false;
}

/* The one top-level definition of the function named like `name`
 * (function f() {}, const f = (...) => ..., const f = function () {}),
 * never assigned again; a null node otherwise. */
static TSNode module_function(struct actx *c, TSNode name, int level, TSNode n, TSNode *found,
			      bool *bad)
{
	if (level > 400 || *bad)
		return (TSNode){0};
	if (node_is(n, "assignment_expression") || node_is(n, "augmented_assignment_expression")) {
		TSNode l = js_field(n, F_left);
		if (node_is(l, "identifier") && same_text(c, l, name))
			*bad = true;
	}
	if ((node_is(n, "identifier") || node_is(n, "shorthand_property_identifier_pattern")) &&
	    n.id != name.id && same_text(c, n, name)) {
		static const char *const binders[] = {
		    "formal_parameters", "assignment_pattern", "array_pattern", "rest_pattern",
		    "pair_pattern",	 "object_pattern",     "catch_clause",	"for_in_statement",
		    "import_specifier",	 "namespace_import",   "import_clause", NULL};
		TSNode p = ts_node_parent(n);
		if (js_type_is_any(p, binders) ||
		    (node_is(p, "arrow_function") && js_field(p, F_parameter).id == n.id))
			*bad = true; /* a parameter or a pattern binds the name too */
	}
	TSNode fn = {0}, nm = {0};
	if (node_is(n, "function_declaration") || node_is(n, "generator_function_declaration")) {
		nm = js_field(n, F_name);
		fn = n;
	} else if (node_is(n, "variable_declarator")) {
		nm = js_field(n, F_name);
		fn = js_field(n, F_value);
	} else if (node_is(n, "class_declaration")) {
		nm = js_field(n, F_name);
	}
	if (!ts_node_is_null(nm) && node_is(nm, "identifier") && same_text(c, nm, name)) {
		TSNode decl = node_is(n, "variable_declarator") ? ts_node_parent(n) : n;
		/* at the top (not exported), or in the block the call is in */
		TSNode in = ts_node_parent(decl);
		bool top =
		    node_is(in, "program") || (node_is(in, "statement_block") &&
					       ts_node_start_byte(in) <= ts_node_start_byte(name) &&
					       ts_node_end_byte(name) <= ts_node_end_byte(in));
		bool konst = !node_is(n, "variable_declarator") ||
			     (node_is(decl, "lexical_declaration") &&
			      strncmp(node_src(c, decl), "const", 5) == 0);
		if (!top || !konst || ts_node_is_null(fn) || !ts_node_is_null(*found) ||
		    !(node_is(fn, "function_declaration") || node_is(fn, "arrow_function") ||
		      node_is(fn, "function_expression") || node_is(fn, "function")))
			*bad = true;
		else
			*found = fn;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k && !*bad; i++)
		module_function(c, name, level + 1, ts_node_named_child(n, i), found, bad);
	return *bad ? (TSNode){0} : *found;
}

static TSNode find_module_function(struct actx *c, TSNode name)
{
	TSNode found = {0};
	bool bad = false;
	if (!node_is(name, "identifier"))
		return (TSNode){0};
	return module_function(c, name, 0, root_of(name), &found, &bad);
}

/* The value given at position pos to the module-level function callee
 * calls: its parameter's uses in the function's body. */
static bool parameter_ok(struct actx *c, TSNode callee, uint32_t pos, enum kind k, int depth,
			 struct proof *pf)
{
	TSNode fn = find_module_function(c, callee);
	if (ts_node_is_null(fn))
		return false;
	TSNode params = js_field(fn, F_parameters), pn = {0};
	if (ts_node_is_null(params)) {
		pn = js_field(fn, F_parameter); /* x => ... */
		if (pos != 0 || ts_node_is_null(pn))
			return false;
	} else {
		uint32_t n = ts_node_named_child_count(params), i = 0;
		for (uint32_t j = 0; j < n && ts_node_is_null(pn); j++) {
			TSNode p = ts_node_named_child(params, j);
			if (node_is(p, "comment"))
				continue;
			if (node_is(p, "assignment_pattern"))
				p = js_field(p, F_left);
			if (!node_is(p, "identifier"))
				return false; /* a pattern or a rest before it */
			if (i++ == pos)
				pn = p;
		}
	}
	if (ts_node_is_null(pn) || !node_is(pn, "identifier"))
		return false;
	/* the whole function: a later parameter's default may use it */
	return uses_ok(c, fn, pn, k, depth + 1, 0, pf);
}

/* The function or the program whose names a declaration binds. */
static TSNode scope_of(TSNode n)
{
	TSNode s = n;
	while (!ts_node_is_null(s) && !js_type_is_any(s, js_function_types))
		s = ts_node_parent(s);
	return ts_node_is_null(s) ? root_of(n) : s;
}

/* A value in an argument list: a child's start, a copy made by
 * Object.assign or structuredClone, or a function of the program's. */
static bool argument_ok(struct actx *c, TSNode e, TSNode args, enum kind k, int depth,
			struct proof *pf)
{
	TSNode call = ts_node_parent(args);
	if (!node_is(call, "call_expression"))
		return false;
	uint32_t n = ts_node_named_child_count(args), pos = 0, at = UINT32_MAX;
	TSNode first = {0};
	for (uint32_t j = 0; j < n; j++) {
		TSNode a = ts_node_named_child(args, j);
		if (node_is(a, "comment"))
			continue;
		if (node_is(a, "spread_element"))
			return false; /* positions after a spread mean nothing */
		if (pos == 0)
			first = a;
		if (a.id == e.id)
			at = pos;
		pos++;
	}
	if (at == UINT32_MAX)
		return false;
	TSNode fn = js_field(call, F_function);
	static const char *const assign[] = {"global.Object.assign", NULL};
	static const char *const clone[] = {"global.structuredClone", NULL};
	if (k == K_OPTS && at > 0 && is_starter(c, fn))
		return ++pf->starts;
	if (k != K_FUNC && node_is(fn, "member_expression") && resolves_only(c, fn, assign)) {
		/* into an object literal of data, or as the target: the call's
		 * value is the same copy */
		if (at == 0 || plain_object(c, first))
			return value_ok(c, call, k, depth + 1, pf);
		return false;
	}
	if (k == K_ENV && at == 0 && resolves_only(c, fn, clone))
		return value_ok(c, call, k, depth + 1, pf);
	if (node_is(fn, "identifier"))
		return parameter_ok(c, fn, at, k, depth, pf);
	return false;
}

/* e is the environment (a copy of it, a name bound to one), an options
 * object holding it, or a function returning it: whether where it goes is
 * a child's env, and only that. */
static bool value_ok(struct actx *c, TSNode e, enum kind k, int depth, struct proof *pf)
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
	if (node_is(p, "ternary_expression")) /* cond ? env : undefined */
		return node_field(p, "condition").id != e.id && value_ok(c, p, k, depth + 1, pf);
	if (node_is(p, "binary_expression")) { /* env || undefined, opts ?? {} */
		const char *op = ts_node_type(js_field(p, F_operator));
		if (strcmp(op, "||") == 0 || strcmp(op, "&&") == 0 || strcmp(op, "??") == 0)
			return value_ok(c, p, k, depth + 1, pf);
		/* 'X' in env, env === undefined */
		return k != K_FUNC && (strcmp(op, "===") == 0 || strcmp(op, "!==") == 0 ||
				       strcmp(op, "==") == 0 || strcmp(op, "!=") == 0 ||
				       (strcmp(op, "in") == 0 && js_field(p, F_right).id == e.id));
	}
	if (node_is(p, "unary_expression")) {
		const char *op = ts_node_type(js_field(p, F_operator));
		return k != K_FUNC && (strcmp(op, "typeof") == 0 || strcmp(op, "!") == 0);
	}
	if ((node_is(p, "member_expression") || node_is(p, "subscript_expression")) &&
	    js_field(p, F_object).id == e.id)
		return member_ok(c, p, k, depth, pf);
	if (node_is(p, "await_expression") && k != K_FUNC)
		return value_ok(c, p, k, depth + 1, pf);
	if (node_is(p, "pair")) { /* { env: <it> } */
		TSNode o = ts_node_parent(p);
		return k == K_ENV && js_field(p, F_value).id == e.id &&
		       key_is_env(c, js_field(p, F_key)) && plain_object(c, o) &&
		       value_ok(c, o, K_OPTS, depth + 1, pf);
	}
	if (node_is(p, "spread_element") && k != K_FUNC) { /* { ...env, X: '1' }, { ...opts } */
		TSNode o = ts_node_parent(p);
		return plain_object(c, o) && value_ok(c, o, k, depth + 1, pf);
	}
	if (node_is(p, "arguments"))
		return argument_ok(c, e, p, k, depth, pf);
	if (node_is(p, "variable_declarator")) {
		TSNode name = js_field(p, F_name);
		if (js_field(p, F_value).id != e.id || !node_is(name, "identifier") ||
		    node_is(ts_node_parent(ts_node_parent(p)), "export_statement"))
			return false;
		return uses_ok(c, scope_of(p), name, k, depth + 1, 0, pf);
	}
	if (k == K_ENV && (node_is(p, "return_statement") ||
			   (node_is(p, "arrow_function") && js_field(p, F_body).id == e.id))) {
		TSNode fn = p;
		while (!ts_node_is_null(fn) && !js_type_is_any(fn, js_function_types))
			fn = ts_node_parent(fn);
		if (ts_node_is_null(fn))
			return false;
		TSNode name = node_is(fn, "function_declaration") ? js_field(fn, F_name)
			      : node_is(ts_node_parent(fn), "variable_declarator")
				  ? js_field(ts_node_parent(fn), F_name)
				  : (TSNode){0};
		if (ts_node_is_null(name) || find_module_function(c, name).id != fn.id)
			return false;
		/* every use of the function's name is a call whose value is ok */
		return uses_ok(c, root_of(fn), name, K_FUNC, depth + 1, 0, pf);
	}
	return false;
}

/* A use of the name as an object: obj.prop or obj[i]. */
static bool member_ok(struct actx *c, TSNode m, enum kind k, int depth, struct proof *pf)
{
	TSNode up = ts_node_parent(m), callee = m;
	while (node_is(up, "parenthesized_expression")) { /* (env.valueOf)() keeps this */
		callee = up;
		up = ts_node_parent(up);
	}
	bool called = node_is(up, "call_expression") && js_field(up, F_function).id == callee.id;
	bool set = (node_is(up, "assignment_expression") ||
		    node_is(up, "augmented_assignment_expression")) &&
		   js_field(up, F_left).id == m.id;

	if (k == K_FUNC)
		return false; /* f.call, f.apply, f.bind, f.toString */
	if (node_is(m, "subscript_expression"))
		return k == K_ENV && !called; /* env[k], env['X'] = v */
	TSNode prop = js_field(m, F_property);
	if (called) /* a method called with the object as `this` */
		return k == K_ENV && node_text_is(c, prop, "hasOwnProperty");
	if (k == K_OPTS && node_text_is(c, prop, "env") && !set)
		return value_ok(c, m, K_ENV, depth + 1, pf); /* opts.env */
	return true; /* env.X, env.X = v, delete env.X, opts.cwd = d */
}

/* Every use of name inside n is allowed for a value of kind k. */
static bool uses_ok(struct actx *c, TSNode n, TSNode name, enum kind k, int depth, int level,
		    struct proof *pf)
{
	if (level > 400 || depth > CHILD_ENV_DEPTH || !visit(pf))
		return false;
	if (node_is(n, "shorthand_property_identifier") && same_text(c, n, name)) {
		/* { env }: the pair env: env */
		TSNode o = ts_node_parent(n);
		return k == K_ENV && node_text_is(c, n, "env") && plain_object(c, o) &&
		       value_ok(c, o, K_OPTS, depth + 1, pf);
	}
	if (node_is(n, "shorthand_property_identifier_pattern") && same_text(c, n, name))
		return true; /* bound again: that name's uses are searched too */
	if (node_is(n, "identifier") && same_text(c, n, name)) {
		if (n.id == name.id)
			return true;
		TSNode p = ts_node_parent(n);
		if ((node_is(p, "variable_declarator") || node_is(p, "function_declaration")) &&
		    js_field(p, F_name).id == n.id)
			return true; /* declared again: its uses are searched too */
		if ((node_is(p, "assignment_expression") || node_is(p, "assignment_pattern")) &&
		    js_field(p, F_left).id == n.id)
			return true; /* bound again: that value is checked where read */
		if (node_is(p, "formal_parameters") ||
		    (node_is(p, "arrow_function") && js_field(p, F_parameter).id == n.id))
			return true; /* a parameter of the same name */
		if (node_is(p, "call_expression") && js_field(p, F_function).id == n.id)
			return k == K_FUNC && value_ok(c, p, K_ENV, depth, pf);
		if (k == K_FUNC)
			return false;
		return value_ok(c, n, k, depth, pf);
	}
	uint32_t cnt = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < cnt; i++)
		if (!uses_ok(c, ts_node_named_child(n, i), name, k, depth, level + 1, pf))
			return false;
	return true;
}

/* Where a program reaches a variable without naming it (direct eval sees
 * the scope it runs in, arguments[i] a parameter, f.caller a caller's
 * frame, the inspector any frame), or replaces a child_process function
 * the proof takes for a start: the uses found are not all the uses. */
static bool reached_unnamed(struct actx *c, TSNode n, int level, struct proof *pf)
{
	static const char *const reach[] = {"eval",
					    "arguments",
					    "caller",
					    "callee",
					    "inspector",
					    "'inspector'",
					    "\"inspector\"",
					    "'node:inspector'",
					    "\"node:inspector\"",
					    NULL};

	if (level > 400 || !visit(pf))
		return true;
	if (node_is(n, "identifier") || node_is(n, "property_identifier") || node_is(n, "string"))
		for (const char *const *r = reach; *r; r++)
			if (node_text_is(c, n, *r))
				return true;
	if (node_is(n, "assignment_expression") || node_is(n, "augmented_assignment_expression")) {
		TSNode l = js_field(n, F_left);
		if (node_is(l, "member_expression") || node_is(l, "subscript_expression")) {
			struct names ns = {0};
			actx_resolve_node(c, js_field(l, F_object), &ns);
			bool hit = js_any_name(&ns, "child_process");
			names_free(&ns);
			if (hit)
				return true; /* cp.spawnSync = ... */
		}
	}
	if (node_is(n, "with_statement"))
		return true;
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (reached_unnamed(c, ts_node_named_child(n, i), level + 1, pf))
			return true;
	return false;
}

/* ---- an env option that keeps the programs' search path ----
 *
 * { env }, { env: env }, { env: Object.assign({}, process.env, x) }: the
 * environment a child is started with, followed through the name's value.
 * It keeps PATH (and the loader's variables) when it is process.env, a
 * copy of it, or an object literal or Object.assign of such copies and of
 * variables named as constants that are not PATH, LD_PRELOAD, ...; and the
 * name is changed nowhere but by setting such a variable. Anything else
 * (a computed key, a call, a parameter, the name handed to a function)
 * may set PATH. */

/* Whether the function fn has a parameter spelt like n. */
static bool declares_param(struct actx *c, TSNode fn, TSNode n)
{
	TSNode params = js_field(fn, F_parameters), single = js_field(fn, F_parameter);
	if (!ts_node_is_null(single))
		return same_text(c, single, n);
	uint32_t k = ts_node_is_null(params) ? 0 : ts_node_named_child_count(params);
	for (uint32_t j = 0; j < k; j++) {
		TSNode p = ts_node_named_child(params, j);
		if (node_is(p, "assignment_pattern"))
			p = js_field(p, F_left);
		if (node_is(p, "identifier") && same_text(c, p, n))
			return true;
	}
	return false;
}

static bool path_like(const char *s, size_t n)
{
	static const char *const exact[] = {
	    "PATH",	   "Path",	   "LD_PRELOAD",  "LD_LIBRARY_PATH",
	    "LD_AUDIT",	   "NODE_OPTIONS", "TAR_OPTIONS", "BASH_ENV",
	    "ENV",	   "PAGER",	   "EDITOR",	  "VISUAL",
	    "SSH_ASKPASS", "LESSOPEN",	   "LESSCLOSE",	  "GCONV_PATH",
	    "PERL5OPT",	   "PERL5LIB",	   "RUBYOPT",	  "JAVA_TOOL_OPTIONS",
	    NULL};
	if (n >= 2 && (s[0] == '\'' || s[0] == '"') && s[n - 1] == s[0])
		s++, n -= 2;
	for (size_t i = 0; exact[i]; i++)
		if (js_str_eq(s, n, exact[i]))
			return true;
	return (n >= 4 && memcmp(s, "GIT_", 4) == 0) ||
	       (n >= 8 && memcmp(s, "OPENSSL_", 8) == 0) || /* _CONF, _ENGINES, _MODULES */
	       (n >= 11 &&
		(memcmp(s, "npm_config_", 11) == 0 || memcmp(s, "NPM_CONFIG_", 11) == 0)) ||
	       memchr(s, '\\', n) != NULL;
}

/* GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', npm_config_fund: 'false':
 * a switch set to a word that names no program of its own (never PATH,
 * LD_PRELOAD or NODE_OPTIONS); GIT_AUTHOR_NAME or GIT_COMMITTER_DATE set
 * to any literal. */
static bool inert_setting(struct actx *c, TSNode key, TSNode value)
{
	static const char *const words[] = {"",	  "0",	    "1",     "true",   "false", "yes",
					    "no", "cat",    "never", "always", "auto",	"off",
					    "on", "silent", "error", "warn",   NULL};
	const char *k = node_src(c, key);
	size_t klen = node_len(key);
	if (klen >= 2 && (k[0] == '\'' || k[0] == '"'))
		k++, klen -= 2;
	if (!((klen > 4 && memcmp(k, "GIT_", 4) == 0) ||
	      (klen > 11 && memcmp(k, "npm_config_", 11) == 0)))
		return false;
	if (node_is(value, "number") || node_is(value, "true") || node_is(value, "false") ||
	    node_is(value, "undefined"))
		return true;
	/* who made a commit and when: a literal that names no program */
	if (node_is(value, "string") && klen > 10 &&
	    (memcmp(k, "GIT_AUTHOR_", 11) == 0 ||
	     (klen > 13 && memcmp(k, "GIT_COMMITTER_", 14) == 0)))
		return true;
	size_t vlen;
	char *v = node_is(value, "string") ? fold_dup(c, value, 0, &vlen) : NULL;
	bool ok = false;
	for (size_t i = 0; v && words[i] && !ok; i++)
		ok = js_str_eq(v, vlen, words[i]);
	free(v);
	return ok;
}

static bool resolves_env(struct actx *c, TSNode n)
{
	struct names ns = {0};
	actx_resolve_node(c, n, &ns);
	bool hit = js_any_name(&ns, "process.env");
	names_free(&ns);
	return hit;
}

static bool env_keeps_path(struct actx *c, TSNode n, int depth, struct proof *pf);
static bool returns_keep_path(struct actx *c, TSNode callee, int depth, struct proof *pf);
static bool param_keeps_path(struct actx *c, TSNode n, int depth, struct proof *pf);

/* The position of the argument a among args; -1 after a spread. */
static int arg_position(TSNode args, TSNode a)
{
	uint32_t k = ts_node_named_child_count(args);
	int at = 0;
	for (uint32_t j = 0; j < k; j++) {
		TSNode x = ts_node_named_child(args, j);
		if (node_is(x, "comment"))
			continue;
		if (node_is(x, "spread_element"))
			return -1;
		if (x.id == a.id)
			return at;
		at++;
	}
	return -1;
}

/* The plain identifier parameter at pos of fn; a null node otherwise. */
static TSNode param_at(TSNode fn, int pos)
{
	if (ts_node_is_null(fn) || pos < 0)
		return (TSNode){0};
	TSNode params = js_field(fn, F_parameters), single = js_field(fn, F_parameter);
	if (!ts_node_is_null(single))
		return pos == 0 && node_is(single, "identifier") ? single : (TSNode){0};
	uint32_t k = ts_node_is_null(params) ? 0 : ts_node_named_child_count(params);
	int at = 0;
	for (uint32_t j = 0; j < k; j++) {
		TSNode p = ts_node_named_child(params, j);
		if (node_is(p, "comment"))
			continue;
		if (at++ == pos)
			return node_is(p, "identifier") ? p : (TSNode){0};
	}
	return (TSNode){0};
}

/* Every use of the name `name` (text) in the program is a read, a
 * declaration, an env option, a spread, or sets a variable not PATH-like. */
static bool name_uses_keep_path(struct actx *c, TSNode n, TSNode name, int level, struct proof *pf)
{
	if (level > 400 || !visit(pf))
		return false;
	if (node_is(n, "identifier") && n.id != name.id && same_text(c, n, name)) {
		TSNode p = ts_node_parent(n), up = ts_node_parent(p);
		bool set = (node_is(up, "assignment_expression") ||
			    node_is(up, "augmented_assignment_expression")) &&
			   js_field(up, F_left).id == p.id;
		if ((node_is(p, "variable_declarator") && js_field(p, F_name).id == n.id) ||
		    node_is(p, "formal_parameters") ||
		    (node_is(p, "assignment_pattern") && js_field(p, F_left).id == n.id) ||
		    (node_is(p, "arrow_function") && js_field(p, F_parameter).id == n.id))
			return true; /* declared (its values are checked where it is used) */
		if (node_is(p, "member_expression") && js_field(p, F_object).id == n.id) {
			TSNode prop = js_field(p, F_property);
			return !set || !path_like(node_src(c, prop), node_len(prop)) ||
			       (node_is(up, "assignment_expression") &&
				inert_setting(c, prop, js_field(up, F_right)));
		}
		if (node_is(p, "subscript_expression") && js_field(p, F_object).id == n.id)
			return !set;
		if (node_is(p, "pair") && js_field(p, F_value).id == n.id)
			return key_is_env(c, js_field(p, F_key));
		if (node_is(p, "spread_element") || node_is(p, "return_statement"))
			return true; /* the value made is checked where it is used */
		if (node_is(p, "unary_expression") || node_is(p, "binary_expression"))
			return true;	       /* delete env.X is a member; typeof, ===, in */
		if (node_is(p, "arguments")) { /* read, never changed, by these */
			static const char *const readers[] = {
			    "global.console.log",    "global.console.error",
			    "global.console.info",   "global.console.warn",
			    "global.console.debug",  "global.JSON.stringify",
			    "global.Object.keys",    "global.Object.values",
			    "global.Object.entries", NULL};
			if (!node_is(up, "call_expression"))
				return false;
			if (resolves_only(c, js_field(up, F_function), readers))
				return true;
			/* a function of the program's: what it does to its parameter */
			TSNode callee = js_field(up, F_function);
			TSNode fn = node_is(callee, "identifier") ? find_module_function(c, callee)
								  : (TSNode){0};
			TSNode param = param_at(fn, arg_position(p, n));
			return !ts_node_is_null(param) &&
			       name_uses_keep_path(c, fn, param, level + 1, pf);
		}
		return false;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (!name_uses_keep_path(c, ts_node_named_child(n, i), name, level + 1, pf))
			return false;
	return true;
}

/* An object literal of copies of the environment and constant-named
 * variables that are not PATH-like. */
static bool object_keeps_path(struct actx *c, TSNode o, int depth, struct proof *pf)
{
	if (!plain_object(c, o))
		return false;
	uint32_t k = ts_node_named_child_count(o);
	for (uint32_t i = 0; i < k; i++) {
		TSNode m = ts_node_named_child(o, i);
		if (node_is(m, "comment"))
			continue;
		if (node_is(m, "spread_element")) {
			if (!env_keeps_path(c, ts_node_named_child(m, 0), depth + 1, pf))
				return false;
		} else if (node_is(m, "pair")) {
			TSNode key = js_field(m, F_key);
			if (!(node_is(key, "property_identifier") || node_is(key, "string")) ||
			    (path_like(node_src(c, key), node_len(key)) &&
			     !inert_setting(c, key, js_field(m, F_value))))
				return false;
		} else if (node_is(m, "shorthand_property_identifier")) {
			if (path_like(node_src(c, m), node_len(m)))
				return false;
		} else {
			return false;
		}
	}
	return true;
}

static bool env_keeps_path(struct actx *c, TSNode n, int depth, struct proof *pf)
{
	if (ts_node_is_null(n) || depth > KEEPS_PATH_DEPTH || !visit(pf))
		return false;
	while (node_is(n, "parenthesized_expression"))
		n = js_last_named(n);
	if (node_is(n, "object"))
		return object_keeps_path(c, n, depth, pf);
	if (node_is(n, "call_expression") && node_is(js_field(n, F_function), "identifier") &&
	    !ts_node_is_null(find_module_function(c, js_field(n, F_function))))
		return returns_keep_path(c, js_field(n, F_function), depth, pf);
	if (node_is(n, "call_expression")) {
		static const char *const assign[] = {"global.Object.assign", NULL};
		static const char *const clone[] = {"global.structuredClone", NULL};
		TSNode fn = js_field(n, F_function), args = js_field(n, F_arguments);
		if (resolves_only(c, fn, clone))
			return resolves_env(c, js_arg_at(n, 0));
		if (!node_is(args, "arguments") || !resolves_only(c, fn, assign))
			return false;
		uint32_t k = ts_node_named_child_count(args);
		for (uint32_t i = 0; i < k; i++) {
			TSNode a = ts_node_named_child(args, i);
			if (!node_is(a, "comment") && !env_keeps_path(c, a, depth + 1, pf))
				return false;
		}
		return true;
	}
	if (resolves_env(c, n))
		return true;
	if (!node_is(n, "identifier") && !node_is(n, "shorthand_property_identifier"))
		return false;
	/* a name: each value it is given in the innermost function that
	 * gives it one (an inner const env shadows the outer), else a
	 * parameter's arguments; and what is done to it */
	bool some = false;
	for (TSNode s = scope_of(n); !some && !ts_node_is_null(s);
	     s = ts_node_is_null(ts_node_parent(s)) ? (TSNode){0} : scope_of(ts_node_parent(s))) {
		size_t i = 0;
		const struct binding *b;
		while ((b = js_next_visible_name(c, node_src(c, n), node_len(n), n, &i))) {
			if (b->kind != BIND_VALUE && b->kind != BIND_ALIAS)
				continue;
			if (b->kind == BIND_VALUE && scope_of(ts_node_parent(b->value)).id != s.id)
				continue;
			some = true;
			if (b->kind == BIND_ALIAS ? strcmp(b->target, "process.env") != 0
						  : !env_keeps_path(c, b->value, depth + 1, pf))
				return false;
		}
		if (!some && js_type_is_any(s, js_function_types) && declares_param(c, s, n))
			break;
	}
	if (!some && !param_keeps_path(c, n, depth, pf))
		return false;
	return name_uses_keep_path(c, root_of(n), n, 0, pf);
}

/* Each value a function of the program's returns (its return statements,
 * nested functions' aside, or an arrow's expression body). */
static bool returns_in(struct actx *c, TSNode n, TSNode fn, int depth, int level, struct proof *pf)
{
	if (level > 400 || !visit(pf))
		return false;
	if (n.id != fn.id && js_type_is_any(n, js_function_types))
		return true;
	if (node_is(n, "return_statement")) {
		TSNode v = js_last_named(n);
		return ts_node_is_null(v) || node_is(v, "comment") ||
		       env_keeps_path(c, v, depth + 1, pf);
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (!returns_in(c, ts_node_named_child(n, i), fn, depth, level + 1, pf))
			return false;
	return true;
}

static bool returns_keep_path(struct actx *c, TSNode callee, int depth, struct proof *pf)
{
	TSNode fn = find_module_function(c, callee);
	if (ts_node_is_null(fn))
		return false;
	TSNode body = js_field(fn, F_body);
	if (node_is(fn, "arrow_function") && !node_is(body, "statement_block"))
		return env_keeps_path(c, body, depth + 1, pf);
	return returns_in(c, body, fn, depth, 0, pf);
}

/* Whether every use of a module function's name is a plain call whose
 * argument at pos (missing: undefined, the inherited environment)
 * keeps PATH. */
static bool calls_keep_path(struct actx *c, TSNode n, TSNode fname, TSNode decl, uint32_t pos,
			    int depth, int level, struct proof *pf)
{
	if (level > 400 || !visit(pf))
		return false;
	if (node_is(n, "identifier") && n.id != fname.id && same_text(c, n, fname)) {
		TSNode call = ts_node_parent(n);
		if (!node_is(call, "call_expression") || js_field(call, F_function).id != n.id)
			return false; /* handed on: its arguments are out of sight */
		TSNode args = js_field(call, F_arguments);
		uint32_t k = ts_node_named_child_count(args), at = 0;
		for (uint32_t j = 0; j < k; j++) {
			TSNode a = ts_node_named_child(args, j);
			if (node_is(a, "comment"))
				continue;
			if (node_is(a, "spread_element"))
				return false;
			if (at++ == pos)
				return env_keeps_path(c, a, depth + 1, pf);
		}
		return true;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (!calls_keep_path(c, ts_node_named_child(n, i), fname, decl, pos, depth,
				     level + 1, pf))
			return false;
	return true;
}

/* n names a parameter of a module function (function f(a, env) {...}):
 * every call of f gives it an environment that keeps PATH. */
static bool param_keeps_path(struct actx *c, TSNode n, int depth, struct proof *pf)
{
	for (TSNode fn = ts_node_parent(n); !ts_node_is_null(fn); fn = ts_node_parent(fn)) {
		if (!js_type_is_any(fn, js_function_types))
			continue;
		TSNode params = js_field(fn, F_parameters);
		uint32_t k = ts_node_is_null(params) ? 0 : ts_node_named_child_count(params),
			 at = 0;
		TSNode single = js_field(fn, F_parameter);
		int pos = -1;
		if (!ts_node_is_null(single) && same_text(c, single, n))
			pos = 0;
		for (uint32_t j = 0; j < k && pos < 0; j++) {
			TSNode p = ts_node_named_child(params, j), dflt = {0};
			if (node_is(p, "comment"))
				continue;
			if (node_is(p, "assignment_pattern")) { /* (extra = {}) */
				dflt = js_field(p, F_right);
				p = js_field(p, F_left);
			}
			if (node_is(p, "identifier") && same_text(c, p, n)) {
				if (!ts_node_is_null(dflt) &&
				    !env_keeps_path(c, dflt, depth + 1, pf))
					return false;
				pos = (int)at;
			} else if (!node_is(p, "identifier")) {
				return false; /* a pattern or a rest */
			}
			at++;
		}
		if (pos < 0)
			continue; /* not this function's: an outer one's */
		TSNode name = node_is(fn, "function_declaration") ? js_field(fn, F_name)
			      : node_is(ts_node_parent(fn), "variable_declarator")
				  ? js_field(ts_node_parent(fn), F_name)
				  : (TSNode){0};
		if (ts_node_is_null(name) || find_module_function(c, name).id != fn.id)
			return false;
		return calls_keep_path(c, root_of(fn), name, fn, (uint32_t)pos, depth, 0, pf);
	}
	return false;
}

/* n is a child start's env option (not process.env itself): the value
 * of `env: <n>` or the shorthand `{ env }`. */
static bool env_option(struct actx *c, TSNode n)
{
	TSNode p = ts_node_parent(n);
	if (node_is(n, "shorthand_property_identifier"))
		return node_text_is(c, n, "env");
	return node_is(p, "pair") && js_field(p, F_value).id == n.id &&
	       key_is_env(c, js_field(p, F_key)) && !resolves_env(c, n);
}

/* lang_ops.child_env: n is process.env (or a name for it); or n is the
 * env option of a start, which holds when it keeps PATH (above). */
/* The process object itself (not process.env) given to a call that looks
 * up or defines one property of it: Object.defineProperty(process,
 * 'platform', d), Reflect.get(process, 'pid'). The js-env-dump rules take
 * the process object as a read of the environment it holds otherwise
 * (util.inspect(process), Object.entries(process)). */
static bool one_property_of_process(struct actx *c, TSNode n)
{
	static const char *const one[] = {"global.Reflect.get",
					  "global.Reflect.set",
					  "global.Reflect.has",
					  "global.Reflect.defineProperty",
					  "global.Reflect.deleteProperty",
					  "global.Reflect.getOwnPropertyDescriptor",
					  "global.Object.defineProperty",
					  "global.Object.getOwnPropertyDescriptor",
					  "global.Object.hasOwn",
					  "global.Object.getPrototypeOf",
					  "global.Object.isFrozen",
					  "global.Object.isExtensible",
					  NULL};
	TSNode args = ts_node_parent(n), call = ts_node_parent(args);
	struct names ns = {0};
	bool proc;

	if (!node_is(args, "arguments") || !node_is(call, "call_expression"))
		return false;
	actx_resolve_node(c, n, &ns);
	proc = js_any_name(&ns, "process") && !js_any_name(&ns, "process.env");
	names_free(&ns);
	return proc && resolves_only(c, js_field(call, F_function), one);
}

bool js_child_env(struct actx *c, TSNode n)
{
	TSNode p = ts_node_parent(n), e = n;

	if (ts_node_is_null(p))
		return false;
	if (one_property_of_process(c, n))
		return true;
	if (env_option(c, n)) {
		struct proof pf = {0, 0};
		return !reached_unnamed(c, root_of(n), 0, &pf) && env_keeps_path(c, n, 0, &pf);
	}
	if (node_is(p, "spread_element")) {
		e = ts_node_parent(p); /* {...process.env, X: '1'} */
		if (!plain_object(c, e))
			return false;
	}
	struct proof pf = {0, 0};
	if (reached_unnamed(c, root_of(n), 0, &pf))
		return false;
	/* and it does reach one: a copy never used is read for nothing else */
	return value_ok(c, e, K_ENV, 0, &pf) && pf.starts > 0;
}
