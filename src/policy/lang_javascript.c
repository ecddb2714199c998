/*
 * JavaScript (Node.js): declarations and imports bind names, expressions
 * resolve to canonical dotted names and fold to constant strings.
 *
 * Canonical names are a module's name without "node:" and with '/' as '.'
 * ("child_process.exec", "fs.promises.rm"), and "global.X" for what a
 * program reaches without binding it ("global.eval", "global.Function",
 * "global.require"); `process` is "process" however it is reached.
 *
 *   const cp = require('child_' + 'process')     cp        -> child_process
 *   const {exec, spawn: sp} = require('node:child_process')
 *                                               exec, sp  -> child_process.*
 *   import * as cp from 'child_process'          cp        -> child_process
 *   import {exec as e} from 'child_process'      e         -> child_process.exec
 *   (await import('child_process')).exec         -> child_process.exec
 *   cp['ex' + 'ec'], Reflect.get(cp, 'exec')     -> child_process.exec
 *   process.mainModule.require('x'), module.require('x'), createRequire(u)('x')
 *   globalThis.eval, global['ev'+'al'], window.eval, (0, eval) -> global.eval
 *   (() => {}).constructor, x.constructor.constructor,
 *   Function.prototype.constructor              -> global.Function
 *   Function('return this')()                   -> global
 *   eval.call(null, s), f.bind(o), util.promisify(f)  -> what f is
 *   import('x').then((m) => m.f), with (o) { f() }, this.x / class fields,
 *   {run: cp.exec}.run, [cp.exec][0], f() of `function f() { return cp }`
 *
 * Scopes are kept where they decide whether a name is the global one: a
 * parameter, a `let`/`const` in a block or a `var` in a function binds its
 * name only inside that block or function, so `function f(eval) {}` does
 * not hide the `eval(s)` next to it. Within a scope resolution stays
 * flow-insensitive (analyze_lang.h). A declaration that binds a value is
 * recorded as two bindings: the value, then a BIND_LOCAL whose node is the
 * scope; a declaration without a value is the BIND_LOCAL alone. (The core
 * sorts bindings by name and then by order, which keeps the pair adjacent.)
 *
 * Answers are memoised by the core (actx_resolve_name): a use of a name by
 * its name and the bindings visible there, a member or a call by its node,
 * so that the many rules that ask about one call cost one resolution. A
 * name already being followed on the current path is not followed again,
 * which keeps `s = s + x` and its copies linear.
 *
 * Folding covers string literals and their escapes (\x41, \u0041, \u{41},
 * octal), templates whose substitutions fold, `+`, [..].join(s),
 * s.split('').reverse().join(''), String.fromCharCode, (n).toString(36),
 * replace/slice/concat/case changes, atob, Buffer.from(s, 'base64'|'hex')
 * and decodeURIComponent of constants, and object/array literals indexed
 * by a constant.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/utf8.h"
#include "policy/analyze_lang.h"

const TSLanguage *tree_sitter_javascript(void);

#define NAME_MAX_LEN 512
#define LIST_MAX 4096 /* items of a folded array */
#define BIND_DEPTH 400

/* ---- helpers ---- */
/* Field ids, looked up once: by name each lookup is a search of the
 * grammar's field table. */
enum js_field {
	F_alias,
	F_alternative,
	F_argument,
	F_body,
	F_arguments,
	F_consequence,
	F_constructor,
	F_flags,
	F_function,
	F_index,
	F_key,
	F_kind,
	F_left,
	F_name,
	F_object,
	F_operator,
	F_parameter,
	F_parameters,
	F_pattern,
	F_property,
	F_right,
	F_source,
	F_value,
	F_COUNT,
};
static const char *const field_names[F_COUNT] = {
    [F_alias] = "alias",
    [F_alternative] = "alternative",
    [F_argument] = "argument",
    [F_body] = "body",
    [F_arguments] = "arguments",
    [F_consequence] = "consequence",
    [F_constructor] = "constructor",
    [F_flags] = "flags",
    [F_function] = "function",
    [F_index] = "index",
    [F_key] = "key",
    [F_kind] = "kind",
    [F_left] = "left",
    [F_name] = "name",
    [F_object] = "object",
    [F_operator] = "operator",
    [F_parameter] = "parameter",
    [F_parameters] = "parameters",
    [F_pattern] = "pattern",
    [F_property] = "property",
    [F_right] = "right",
    [F_source] = "source",
    [F_value] = "value",
};
static TSFieldId field_ids[F_COUNT];
static pthread_once_t field_once = PTHREAD_ONCE_INIT;

static void field_init(void)
{
	const TSLanguage *lang = tree_sitter_javascript();
	for (size_t i = 0; i < F_COUNT; i++)
		field_ids[i] = ts_language_field_id_for_name(lang, field_names[i],
							     (uint32_t)strlen(field_names[i]));
}

static TSNode field(TSNode n, enum js_field f)
{
	return ts_node_child_by_field_id(n, field_ids[f]);
}

static bool text_eq(const struct actx *c, TSNode n, const char *s)
{
	size_t len = strlen(s);
	return !ts_node_is_null(n) && node_len(n) == len && memcmp(node_src(c, n), s, len) == 0;
}

static bool str_eq(const char *s, size_t len, const char *lit)
{
	return strlen(lit) == len && memcmp(s, lit, len) == 0;
}

static char *node_strdup(const char *s, size_t len)
{
	char *d = xmalloc(len + 1);
	memcpy(d, s, len);
	d[len] = '\0';
	return d;
}

static bool starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static bool type_is_any(TSNode n, const char *const *types)
{
	if (ts_node_is_null(n))
		return false;
	for (; *types; types++)
		if (strcmp(ts_node_type(n), *types) == 0)
			return true;
	return false;
}

static const char *const function_types[] = {
    "function_declaration", "function_expression",
    "generator_function",   "generator_function_declaration",
    "arrow_function",	    "method_definition",
    "class_static_block",   NULL,
};
static const char *const block_types[] = {
    "statement_block",	  "program", "for_statement", "for_in_statement", "switch_body",
    "class_static_block", NULL,
};

static bool is_function_literal(TSNode n)
{
	static const char *const lit[] = {"function_expression", "arrow_function",
					  "generator_function", "class", NULL};
	return type_is_any(n, lit);
}

/* The idx-th argument of a call or new expression (comments skipped);
 * a null node when there is none or a spread comes first. */
static TSNode arg_at(TSNode call, uint32_t idx)
{
	TSNode args = field(call, F_arguments);
	uint32_t k, seen = 0;

	if (!node_is(args, "arguments"))
		return (TSNode){0};
	k = ts_node_named_child_count(args);
	for (uint32_t i = 0; i < k; i++) {
		TSNode a = ts_node_named_child(args, i);
		if (node_is(a, "comment"))
			continue;
		if (node_is(a, "spread_element"))
			return (TSNode){0};
		if (seen++ == idx)
			return a;
	}
	return (TSNode){0};
}

static TSNode last_arg(TSNode call)
{
	TSNode args = field(call, F_arguments), last = {0};
	uint32_t k = node_is(args, "arguments") ? ts_node_named_child_count(args) : 0;

	for (uint32_t i = 0; i < k; i++)
		if (!node_is(ts_node_named_child(args, i), "comment"))
			last = ts_node_named_child(args, i);
	return last;
}

/* The expression inside parentheses and after the commas of a sequence. */
static TSNode last_named(TSNode n)
{
	TSNode last = {0};
	uint32_t k = ts_node_named_child_count(n);

	for (uint32_t i = 0; i < k; i++)
		if (!node_is(ts_node_named_child(n, i), "comment"))
			last = ts_node_named_child(n, i);
	return last;
}

static bool any_name(const struct names *ns, const char *s)
{
	for (int i = 0; i < ns->n; i++)
		if (strcmp(ns->v[i], s) == 0)
			return true;
	return false;
}

/* ---- canonical names ---- */

/* Two names for one thing: the global object under its aliases, `process`
 * reached through it, the module object's class, the buffer module. */
static const struct {
	const char *from, *to;
} canon_prefixes[] = {
    {"global.globalThis", "global"},
    {"global.global", "global"},
    {"global.window", "global"},
    {"global.self", "global"},
    {"global.frames", "global"},
    {"global.top", "global"},
    {"global.parent", "global"},
    {"global.process", "process"},
    {"global.module.constructor", "module"},
    {"global.module.__proto__", "module.prototype"},
    {"process.mainModule.constructor", "module"},
    {"module.Module", "module"},
    {"buffer.Buffer", "global.Buffer"},
    {"buffer.atob", "global.atob"},
    {"buffer.btoa", "global.btoa"},
    {"timers.setTimeout", "global.setTimeout"},
    {"timers.setInterval", "global.setInterval"},
    {"timers.setImmediate", "global.setImmediate"},
    {"global.Function.prototype.constructor", "global.Function"},
};

static void canon_add(struct names *out, const char *s)
{
	char cur[NAME_MAX_LEN], next[NAME_MAX_LEN];
	bool changed = true;

	if (snprintf(cur, sizeof(cur), "%s", s) >= (int)sizeof(cur))
		return;
	for (int round = 0; changed && round < 8; round++) {
		changed = false;
		for (size_t i = 0; i < ARRAY_SIZE(canon_prefixes); i++) {
			size_t len = strlen(canon_prefixes[i].from);
			if (strncmp(cur, canon_prefixes[i].from, len) != 0 ||
			    (cur[len] != '\0' && cur[len] != '.'))
				continue;
			snprintf(next, sizeof(next), "%s%s", canon_prefixes[i].to, cur + len);
			memcpy(cur, next, sizeof(cur));
			changed = true;
		}
	}
	names_add(out, cur);
}

/* require('node:fs/promises') -> "fs.promises"; relative paths stay. */
static void module_add(struct names *out, const char *mod, size_t len)
{
	char name[NAME_MAX_LEN];

	if (len > 5 && memcmp(mod, "node:", 5) == 0)
		mod += 5, len -= 5;
	if (len == 0 || len >= sizeof(name))
		return;
	memcpy(name, mod, len);
	name[len] = '\0';
	if (name[0] != '.' && name[0] != '/')
		for (size_t i = 0; i < len; i++)
			if (name[i] == '/')
				name[i] = '.';
	canon_add(out, name);
}

/* The functions that load a module by name, including the back doors. */
static bool is_require_name(const char *s)
{
	size_t len = strlen(s);

	if (strcmp(s, "global.require") == 0 || strcmp(s, "global.__non_webpack_require__") == 0 ||
	    strcmp(s, "module._load") == 0 || strcmp(s, "module.prototype.require") == 0)
		return true;
	return len > 8 && strcmp(s + len - 8, ".require") == 0 &&
	       (starts_with(s, "global.module.") || starts_with(s, "global.require.") ||
		starts_with(s, "process.mainModule"));
}

static bool any_require(const struct names *ns)
{
	for (int i = 0; i < ns->n; i++)
		if (is_require_name(ns->v[i]))
			return true;
	return false;
}

static const char *const constructors[] = {
    "Object", "Function", "String", "Number", "Boolean", "Array", "Symbol",  "Date", "RegExp",
    "Error",  "Promise",  "Map",    "Set",    "BigInt",	 "Proxy", "WeakMap", NULL,
};

static bool is_global_constructor(const char *s)
{
	if (!starts_with(s, "global."))
		return false;
	for (const char *const *k = constructors; *k; k++)
		if (strcmp(s + 7, *k) == 0)
			return true;
	return false;
}

/* base.key for each base, seeing through what does not change the
 * function (.call, .apply, .bind) and what reaches the Function
 * constructor (.constructor of a constructor or of a prototype). */
static void prop_of_names(const struct names *base, const char *key, size_t klen, struct names *out)
{
	for (int i = 0; i < base->n; i++) {
		const char *b = base->v[i];
		size_t blen = strlen(b);
		char name[NAME_MAX_LEN];

		if ((str_eq(key, klen, "call") || str_eq(key, klen, "apply") ||
		     str_eq(key, klen, "bind") || str_eq(key, klen, "default")) &&
		    strcmp(b, "global.Reflect") != 0) {
			names_add(out, b);
			continue;
		}
		if (str_eq(key, klen, "constructor")) {
			if (blen > 10 && strcmp(b + blen - 10, ".prototype") == 0) {
				snprintf(name, sizeof(name), "%.*s", (int)(blen - 10), b);
				canon_add(out, name);
				continue;
			}
			if (is_global_constructor(b)) {
				names_add(out, "global.Function");
				continue;
			}
		}
		if (snprintf(name, sizeof(name), "%s.%.*s", b, (int)klen, key) < (int)sizeof(name))
			canon_add(out, name);
	}
}

/* "this" or a dotted path (the result of `return process` or
 * eval('require')): the global it names. */
static void global_path_add(const char *s, size_t len, struct names *out)
{
	char name[NAME_MAX_LEN];

	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == ';' || s[len - 1] == '\n' ||
			   s[len - 1] == '\t' || s[len - 1] == '\r'))
		len--;
	while (len > 0 && (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r'))
		s++, len--;
	if (len == 0 || len > 200)
		return;
	for (size_t i = 0; i < len; i++) {
		char ch = s[i];
		bool word = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' ||
			    ch == '$' || (i > 0 && ch >= '0' && ch <= '9');
		if (!word && !(ch == '.' && i > 0 && s[i - 1] != '.'))
			return;
	}
	if (str_eq(s, len, "this") || (len > 5 && memcmp(s, "this.", 5) == 0)) {
		snprintf(name, sizeof(name), "global%.*s", (int)(len - 4), s + 4);
	} else
		snprintf(name, sizeof(name), "global.%.*s", (int)len, s);
	canon_add(out, name);
}

/* ---- bindings ---- */

struct scopes {
	TSNode root, block, func;
};

/* A declaration in a scope (see the comment at the top). */
static void bind_local_in(struct actx *c, TSNode name, TSNode scope)
{
	actx_bind_local(c, node_src(c, name), node_len(name));
	c->b[c->nb - 1].value = scope;
}

static void bind_value_in(struct actx *c, const char *name, size_t len, TSNode value, TSNode scope)
{
	actx_bind_value(c, name, len, value);
	actx_bind_local(c, name, len);
	c->b[c->nb - 1].value = scope;
}

/* Every name a pattern declares, without a value (parameters, catch,
 * for-of, destructuring of what cannot be followed). */
static void bind_pattern_locals(struct actx *c, TSNode p, TSNode scope, int depth)
{
	const char *t;

	if (ts_node_is_null(p) || depth > 64)
		return;
	t = ts_node_type(p);
	if (strcmp(t, "identifier") == 0 ||
	    strcmp(t, "shorthand_property_identifier_pattern") == 0) {
		bind_local_in(c, p, scope);
	} else if (strcmp(t, "pair_pattern") == 0) {
		bind_pattern_locals(c, field(p, F_value), scope, depth + 1);
	} else if (strcmp(t, "assignment_pattern") == 0 &&
		   node_is(field(p, F_left), "identifier")) {
		/* f(cp = require('child_process')): the default is a value */
		TSNode left = field(p, F_left);
		bind_value_in(c, node_src(c, left), node_len(left), field(p, F_right), scope);
	} else if (strcmp(t, "assignment_pattern") == 0 ||
		   strcmp(t, "object_assignment_pattern") == 0) {
		bind_pattern_locals(c, field(p, F_left), scope, depth + 1);
	} else if (strcmp(t, "object_pattern") == 0 || strcmp(t, "array_pattern") == 0 ||
		   strcmp(t, "rest_pattern") == 0 || strcmp(t, "formal_parameters") == 0) {
		uint32_t k = ts_node_named_child_count(p);
		for (uint32_t i = 0; i < k; i++)
			bind_pattern_locals(c, ts_node_named_child(p, i), scope, depth + 1);
	}
}

static void bind_target(struct actx *c, TSNode target, TSNode value, TSNode scope, int depth);

/* {exec, spawn: sp, x = d, ...rest}: each name stands for its element,
 * which resolves through the pattern's source (js_resolve). */
static void bind_object_pattern(struct actx *c, TSNode pat, TSNode scope, int depth)
{
	uint32_t k = ts_node_named_child_count(pat);

	if (depth > 64)
		return;
	for (uint32_t i = 0; i < k; i++) {
		TSNode el = ts_node_named_child(pat, i), v;
		const char *t = ts_node_type(el);
		if (strcmp(t, "shorthand_property_identifier_pattern") == 0) {
			bind_value_in(c, node_src(c, el), node_len(el), el, scope);
		} else if (strcmp(t, "pair_pattern") == 0) {
			v = field(el, F_value);
			if (node_is(v, "assignment_pattern"))
				v = field(v, F_left);
			if (node_is(v, "identifier"))
				bind_value_in(c, node_src(c, v), node_len(v), el, scope);
			else if (node_is(v, "object_pattern"))
				bind_object_pattern(c, v, scope, depth + 1);
			else
				bind_pattern_locals(c, v, scope, depth + 1);
		} else if (strcmp(t, "object_assignment_pattern") == 0) {
			v = field(el, F_left);
			if (node_is(v, "shorthand_property_identifier_pattern"))
				bind_value_in(c, node_src(c, v), node_len(v), el, scope);
			else
				bind_pattern_locals(c, v, scope, depth + 1);
		} else if (strcmp(t, "rest_pattern") == 0) {
			v = ts_node_named_child(el, 0);
			if (node_is(v, "identifier"))
				bind_value_in(c, node_src(c, v), node_len(v), el, scope);
		}
	}
}

/* [a, b] = [x, y] pairs up; other arrays only declare their names. */
static void bind_array_pattern(struct actx *c, TSNode pat, TSNode value, TSNode scope, int depth)
{
	uint32_t k = ts_node_named_child_count(pat);

	if (!node_is(value, "array") || ts_node_named_child_count(value) < k) {
		bind_pattern_locals(c, pat, scope, depth + 1);
		return;
	}
	for (uint32_t i = 0; i < k; i++) {
		TSNode el = ts_node_named_child(pat, i), v = ts_node_named_child(value, i);
		if (node_is(v, "spread_element") || node_is(el, "rest_pattern")) {
			bind_pattern_locals(c, el, scope, depth + 1);
			continue;
		}
		bind_target(c, el, v, scope, depth + 1);
	}
}

static void bind_target(struct actx *c, TSNode target, TSNode value, TSNode scope, int depth)
{
	if (ts_node_is_null(target) || depth > 64)
		return;
	if (node_is(target, "identifier")) {
		if (ts_node_is_null(value))
			bind_local_in(c, target, scope);
		else
			bind_value_in(c, node_src(c, target), node_len(target), value, scope);
	} else if (node_is(target, "object_pattern")) {
		bind_object_pattern(c, target, scope, depth + 1);
	} else if (node_is(target, "array_pattern")) {
		bind_array_pattern(c, target, value, scope, depth + 1);
	} else {
		bind_pattern_locals(c, target, scope, depth + 1);
	}
}

static void bind_import(struct actx *c, TSNode n)
{
	TSNode source = field(n, F_source), clause = {0};
	struct names mod = {0};
	size_t len;
	char *m;
	uint32_t k = ts_node_named_child_count(n);

	for (uint32_t i = 0; i < k; i++)
		if (node_is(ts_node_named_child(n, i), "import_clause"))
			clause = ts_node_named_child(n, i);
	if (ts_node_is_null(clause) || (m = fold_dup(c, source, 0, &len)) == NULL)
		return;
	module_add(&mod, m, len);
	free(m);
	k = ts_node_named_child_count(clause);
	for (uint32_t i = 0; i < k && mod.n > 0; i++) {
		TSNode ch = ts_node_named_child(clause, i);
		if (node_is(ch, "identifier")) {
			actx_bind_alias(c, node_src(c, ch), node_len(ch), mod.v[0]);
		} else if (node_is(ch, "namespace_import")) {
			TSNode id = ts_node_named_child(ch, 0);
			if (node_is(id, "identifier"))
				actx_bind_alias(c, node_src(c, id), node_len(id), mod.v[0]);
		} else if (node_is(ch, "named_imports")) {
			uint32_t s = ts_node_named_child_count(ch);
			for (uint32_t j = 0; j < s; j++) {
				TSNode spec = ts_node_named_child(ch, j);
				TSNode name = field(spec, F_name), alias = field(spec, F_alias);
				struct names target = {0};
				char *key;
				if (!node_is(spec, "import_specifier"))
					continue;
				key = node_is(name, "string") ? fold_dup(c, name, 0, &len) : NULL;
				if (key == NULL && node_is(name, "identifier")) {
					key = node_strdup(node_src(c, name), node_len(name));
					len = node_len(name);
				}
				if (key == NULL)
					continue;
				prop_of_names(&mod, key, len, &target);
				free(key);
				if (ts_node_is_null(alias))
					alias = name;
				for (int t = 0; t < target.n && node_is(alias, "identifier"); t++)
					actx_bind_alias(c, node_src(c, alias), node_len(alias),
							target.v[t]);
				names_free(&target);
			}
		}
	}
	names_free(&mod);
}

/* this.x = v and class fields: "this.x" stands for v in every method. */
static void bind_this_member(struct actx *c, TSNode prop, TSNode value, TSNode root)
{
	char name[NAME_MAX_LEN];

	if (!node_is(prop, "property_identifier") || ts_node_is_null(value) ||
	    node_len(prop) + 6 > sizeof(name))
		return;
	snprintf(name, sizeof(name), "this.%.*s", (int)node_len(prop), node_src(c, prop));
	bind_value_in(c, name, strlen(name), value, root);
}

/* x = v binds x everywhere (the program may run it in any order);
 * globalThis.x = v binds the global x. */
static void bind_assignment(struct actx *c, TSNode n, TSNode root)
{
	TSNode left = field(n, F_left), right = field(n, F_right);

	while (node_is(left, "parenthesized_expression"))
		left = last_named(left);
	if (node_is(left, "member_expression")) {
		TSNode obj = field(left, F_object), prop = field(left, F_property);
		if (text_eq(c, obj, "globalThis") || text_eq(c, obj, "global") ||
		    text_eq(c, obj, "window") || text_eq(c, obj, "self"))
			bind_value_in(c, node_src(c, prop), node_len(prop), right, root);
		else if (node_is(obj, "this"))
			bind_this_member(c, prop, right, root);
		return;
	}
	if (node_is(left, "object_pattern") || node_is(left, "array_pattern") ||
	    node_is(left, "identifier"))
		bind_target(c, left, right, root, 0);
}

/* p.then((m) => ...): m is what p resolves to (import('x').then). */
static void bind_then_callback(struct actx *c, TSNode call)
{
	TSNode fn = field(call, F_function), cb = arg_at(call, 0), param;

	if (!node_is(fn, "member_expression") || !text_eq(c, field(fn, F_property), "then") ||
	    !is_function_literal(cb))
		return;
	param = field(cb, F_parameter);
	if (ts_node_is_null(param)) {
		TSNode params = field(cb, F_parameters);
		param = ts_node_named_child_count(params) ? ts_node_named_child(params, 0)
							  : (TSNode){0};
	}
	if (node_is(param, "identifier"))
		bind_value_in(c, node_src(c, param), node_len(param), field(fn, F_object), cb);
	else if (node_is(param, "object_pattern"))
		bind_pattern_locals(c, param, cb, 0);
}

static void bind_walk(struct actx *c, TSNode n, struct scopes s, int depth)
{
	const char *t = ts_node_type(n);

	if (depth > BIND_DEPTH)
		return;
	if (type_is_any(n, block_types))
		s.block = n;
	if (strcmp(t, "lexical_declaration") == 0 || strcmp(t, "variable_declaration") == 0) {
		TSNode scope = t[0] == 'l' ? s.block : s.func;
		uint32_t k = ts_node_named_child_count(n);
		for (uint32_t i = 0; i < k; i++) {
			TSNode d = ts_node_named_child(n, i);
			if (node_is(d, "variable_declarator"))
				bind_target(c, field(d, F_name), field(d, F_value), scope, 0);
		}
	} else if (strcmp(t, "import_statement") == 0) {
		bind_import(c, n);
	} else if (strcmp(t, "assignment_expression") == 0) {
		bind_assignment(c, n, s.root);
	} else if (strcmp(t, "function_declaration") == 0 ||
		   strcmp(t, "generator_function_declaration") == 0 ||
		   strcmp(t, "class_declaration") == 0) {
		TSNode name = field(n, F_name);
		if (node_is(name, "identifier"))
			bind_value_in(c, node_src(c, name), node_len(name), n, s.block);
	} else if (strcmp(t, "function_expression") == 0 || strcmp(t, "generator_function") == 0 ||
		   strcmp(t, "class") == 0) {
		TSNode name = field(n, F_name);
		if (node_is(name, "identifier"))
			bind_value_in(c, node_src(c, name), node_len(name), n, n);
	} else if (strcmp(t, "with_statement") == 0) {
		/* with (o) { f() }: an unbound f may be o.f */
		actx_bind_local(c, "*with", 5);
		c->b[c->nb - 1].value = n;
	} else if (strcmp(t, "field_definition") == 0) {
		bind_this_member(c, field(n, F_property), field(n, F_value), s.root);
	} else if (strcmp(t, "call_expression") == 0) {
		bind_then_callback(c, n);
	} else if (strcmp(t, "catch_clause") == 0) {
		bind_pattern_locals(c, field(n, F_parameter), n, 0);
	} else if (strcmp(t, "for_in_statement") == 0 && !ts_node_is_null(field(n, F_kind))) {
		bind_pattern_locals(c, field(n, F_left), n, 0);
	}
	if (type_is_any(n, function_types)) {
		s.func = s.block = n;
		bind_pattern_locals(c, field(n, F_parameters), n, 0);
		if (node_is(field(n, F_parameter), "identifier"))
			bind_local_in(c, field(n, F_parameter), n);
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		bind_walk(c, ts_node_named_child(n, i), s, depth + 1);
}

static void js_bind(struct actx *c, TSNode root)
{
	pthread_once(&field_once, field_init);
	struct scopes s = {root, root, root};
	bind_walk(c, root, s, 0);
}

static bool in_scope(TSNode scope, TSNode at)
{
	return ts_node_is_null(scope) || (ts_node_start_byte(scope) <= ts_node_start_byte(at) &&
					  ts_node_end_byte(at) <= ts_node_end_byte(scope));
}

/* The next binding of name that is in scope at the node `at`. */
static const struct binding *next_visible_name(struct actx *c, const char *name, size_t len,
					       TSNode at, size_t *i)
{
	const struct binding *b;

	while ((b = actx_lookup(c, name, len, i))) {
		TSNode scope = b->value;
		if (b->kind == BIND_ALIAS || b->kind == BIND_STAR)
			return b;
		if (b->kind == BIND_VALUE) {
			size_t k = (size_t)(b - c->b) + 1;
			scope =
			    k < c->nb && c->b[k].kind == BIND_LOCAL ? c->b[k].value : (TSNode){0};
			*i = k + 1;
		}
		if (in_scope(scope, at))
			return b;
	}
	return NULL;
}

/* The same for the identifier at `at`. */
static const struct binding *next_visible(struct actx *c, TSNode at, size_t *i)
{
	return next_visible_name(c, node_src(c, at), node_len(at), at, i);
}

/* ---- resolution ---- */

/* The names followed on the current path of resolution or folding. A
 * name already on the path is not followed again: `s = s + 'x'` bound many
 * times would otherwise be followed through each of its bindings in every
 * order. Kept per thread (analyses run in many threads at once) and per
 * analysis (c), and always balanced: enter and leave around one step. */
#define PATH_NAMES_MAX 64
static _Thread_local struct {
	const struct actx *c;
	const char *name;
	size_t len;
	char what; /* 'r'esolve, 'f'old, 'l'ist, 'o'bject */
} js_path[PATH_NAMES_MAX];
static _Thread_local int js_path_n;

static bool path_enter(const struct actx *c, TSNode id, char what)
{
	const char *name = node_src(c, id);
	size_t len = node_len(id);

	for (int i = 0; i < js_path_n; i++)
		if (js_path[i].c == c && js_path[i].what == what && js_path[i].len == len &&
		    memcmp(js_path[i].name, name, len) == 0)
			return false;
	if (js_path_n == PATH_NAMES_MAX)
		return false;
	js_path[js_path_n].c = c;
	js_path[js_path_n].name = name;
	js_path[js_path_n].len = len;
	js_path[js_path_n].what = what;
	js_path_n++;
	return true;
}

static void path_leave(void)
{
	js_path_n--;
}

static void js_resolve(struct actx *c, TSNode n, struct names *out, int depth);

static void resolve_prop(struct actx *c, TSNode obj, const char *key, size_t klen,
			 struct names *out, int depth);

/*
 * Memo keys. The core memoises resolution and folding by a key string
 * (actx_resolve_name); a name's answer here depends on where it is used,
 * so the key of a use is the name, then the bindings visible there (their
 * indices), then, when there are none, the with statements around it:
 *     name \x01 count index... count index...
 * Two uses with one key resolve alike. A node's own key (resolution of a
 * member, a call; what a function returns) is a tag byte and the node.
 */
enum { KEY_NODE = 4, KEY_RETURNS = 3 };

static void key_put_u32(struct buf *k, uint32_t v)
{
	buf_append(k, &v, sizeof(v));
}

static uint32_t key_get_u32(const char *key, size_t len, size_t *off)
{
	uint32_t v = 0;
	if (*off + sizeof(v) <= len)
		memcpy(&v, key + *off, sizeof(v));
	*off += sizeof(v);
	return v;
}

static void scoped_key(struct actx *c, const char *name, size_t len, TSNode at, struct buf *k)
{
	const struct binding *b;
	size_t i = 0, count_at;
	uint32_t n = 0;

	buf_append(k, name, len);
	buf_append(k, "\x01", 1);
	count_at = k->len;
	key_put_u32(k, 0);
	while ((b = next_visible_name(c, name, len, at, &i))) {
		key_put_u32(k, (uint32_t)(b - c->b));
		n++;
	}
	memcpy(k->data + count_at, &n, sizeof(n));
	count_at = k->len;
	key_put_u32(k, 0);
	if (n > 0)
		return;
	i = 0;
	n = 0;
	while ((b = actx_lookup(c, "*with", 5, &i)))
		if (in_scope(field(b->value, F_body), at)) {
			key_put_u32(k, (uint32_t)(b - c->b));
			n++;
		}
	memcpy(k->data + count_at, &n, sizeof(n));
}

/* A key's name and its bindings; false when the key is not well formed. */
struct key_view {
	const char *name;
	size_t len, off, nbound, nwith, with_off;
};

static bool key_parse(const struct actx *c, const char *key, size_t len, struct key_view *v)
{
	const char *sep = memchr(key, '\x01', len);

	if (sep == NULL)
		return false;
	v->name = key;
	v->len = (size_t)(sep - key);
	v->off = v->len + 1;
	v->nbound = key_get_u32(key, len, &v->off);
	v->with_off = v->off + 4 * v->nbound;
	size_t o = v->with_off;
	v->nwith = key_get_u32(key, len, &o);
	v->with_off = o;
	if (v->with_off + 4 * v->nwith > len)
		return false;
	for (size_t i = 0, p = v->off; i < v->nbound; i++)
		if (key_get_u32(key, len, &p) >= c->nb)
			return false;
	return true;
}

/* A cut that the memo must know of: the answer found is not final. */
static bool key_enter(struct actx *c, const char *key, size_t len, char what)
{
	for (int i = 0; i < js_path_n; i++)
		if (js_path[i].c == c && js_path[i].what == what && js_path[i].len == len &&
		    memcmp(js_path[i].name, key, len) == 0) {
			c->cycles++;
			return false;
		}
	if (js_path_n == PATH_NAMES_MAX) {
		c->cycles++;
		return false;
	}
	js_path[js_path_n].c = c;
	js_path[js_path_n].name = key;
	js_path[js_path_n].len = len;
	js_path[js_path_n].what = what;
	js_path_n++;
	return true;
}

static void resolve_key(struct actx *c, const char *key, size_t len, struct names *out, int depth)
{
	struct key_view v;
	char name[NAME_MAX_LEN];

	if (!key_parse(c, key, len, &v) || !key_enter(c, key, len, 'r'))
		return;
	for (size_t i = 0, p = v.off; i < v.nbound; i++) {
		const struct binding *b = &c->b[key_get_u32(key, len, &p)];
		if (b->kind == BIND_ALIAS)
			canon_add(out, b->target);
		else if (b->kind == BIND_VALUE)
			js_resolve(c, b->value, out, depth + 1);
	}
	path_leave();
	/* Unbound: a global (this.x is never one), or a member of a with. */
	if (v.nbound > 0 || (v.len > 5 && memcmp(v.name, "this.", 5) == 0) ||
	    v.len + 8 >= sizeof(name))
		return;
	snprintf(name, sizeof(name), "global.%.*s", (int)v.len, v.name);
	canon_add(out, name);
	for (size_t i = 0, p = v.with_off; i < v.nwith; i++) {
		uint32_t w = key_get_u32(key, len, &p);
		if (w < c->nb)
			resolve_prop(c, field(c->b[w].value, F_object), v.name, v.len, out, depth);
	}
}

static void resolve_name_at(struct actx *c, const char *name, size_t len, TSNode at,
			    struct names *out, int depth)
{
	struct buf k = {0};

	scoped_key(c, name, len, at, &k);
	actx_resolve_name(c, k.data, k.len, out, depth, resolve_key);
	buf_free(&k);
}

/* A name is followed once on a path, whatever its scope: the copies of
 * `total = total + x` in many functions would otherwise lead through one
 * another in every order. */
static void resolve_identifier(struct actx *c, TSNode n, struct names *out, int depth)
{
	if (!path_enter(c, n, 'R')) {
		c->cycles++;
		return;
	}
	resolve_name_at(c, node_src(c, n), node_len(n), n, out, depth);
	path_leave();
}

/* The object or array literal n stands for, if any (o, or a name bound
 * to it, a few names deep: every member access asks, and minified code
 * binds its one-letter names hundreds of times). */
#define LITERAL_HOPS 3
#define LITERAL_BINDINGS 8

static TSNode literal_hops(struct actx *c, TSNode n, const char *type, char what, int hops)
{
	while (node_is(n, "parenthesized_expression"))
		n = last_named(n);
	if (node_is(n, type))
		return n;
	if (node_is(n, "identifier") && hops < LITERAL_HOPS && path_enter(c, n, what)) {
		size_t i = 0;
		const struct binding *b;
		TSNode o = {0};
		int seen = 0;
		while (ts_node_is_null(o) && seen++ < LITERAL_BINDINGS &&
		       (b = next_visible(c, n, &i)))
			if (b->kind == BIND_VALUE)
				o = literal_hops(c, b->value, type, what, hops + 1);
		path_leave();
		return o;
	}
	return (TSNode){0};
}

static TSNode bound_literal(struct actx *c, TSNode n, const char *type, char what, int depth)
{
	(void)depth;
	return literal_hops(c, n, type, what, 0);
}

/* The value of key in an object literal: a pair's value, a shorthand
 * property (itself), or a null node. */
static TSNode object_member(struct actx *c, TSNode o, const char *key, size_t klen, int depth)
{
	uint32_t k = ts_node_named_child_count(o);

	for (uint32_t j = 0; j < k; j++) {
		TSNode el = ts_node_named_child(o, j), pk = field(el, F_key);
		size_t plen;
		char *name;
		bool hit;
		if (node_is(el, "shorthand_property_identifier") && node_len(el) == klen &&
		    memcmp(node_src(c, el), key, klen) == 0)
			return el;
		if (!node_is(el, "pair"))
			continue;
		if (node_is(pk, "property_identifier") || node_is(pk, "number"))
			name = node_strdup(node_src(c, pk), node_len(pk)), plen = node_len(pk);
		else if (node_is(pk, "computed_property_name"))
			name = fold_dup(c, ts_node_named_child(pk, 0), depth + 1, &plen);
		else
			name = fold_dup(c, pk, depth + 1, &plen);
		hit = name && plen == klen && memcmp(name, key, klen) == 0;
		free(name);
		if (hit)
			return field(el, F_value);
	}
	return (TSNode){0};
}

/* What a function returns, from its return statements (not those of the
 * functions inside it). */
static void resolve_returns(struct actx *c, TSNode n, struct names *out, int depth, int *budget)
{
	const char *t;

	if (ts_node_is_null(n) || --*budget < 0)
		return;
	t = ts_node_type(n);
	if (strcmp(t, "return_statement") == 0) {
		js_resolve(c, last_named(n), out, depth + 1);
		return;
	}
	if (type_is_any(n, function_types) || strcmp(t, "class") == 0 ||
	    strcmp(t, "class_declaration") == 0)
		return;
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		resolve_returns(c, ts_node_named_child(n, i), out, depth, budget);
}

static void node_key(char tag, TSNode n, char key[1 + sizeof(TSNode)]);

static void resolve_returns_key(struct actx *c, const char *key, size_t len, struct names *out,
				int depth)
{
	int budget = 4000;
	TSNode fn, body;

	if (len != 1 + sizeof(fn))
		return;
	memcpy(&fn, key + 1, sizeof(fn));
	body = field(fn, F_body);
	if (node_is(fn, "arrow_function") && !node_is(body, "statement_block"))
		js_resolve(c, body, out, depth + 1);
	else
		resolve_returns(c, body, out, depth, &budget);
}

/* f() of a function of the program: what f returns. */
static void resolve_function_result(struct actx *c, TSNode fn, struct names *out, int depth)
{
	int budget = 4000;

	while (node_is(fn, "parenthesized_expression"))
		fn = last_named(fn);
	if (node_is(fn, "identifier") && depth < RESOLVE_DEPTH && path_enter(c, fn, 'c')) {
		size_t i = 0;
		const struct binding *b;
		while ((b = next_visible(c, fn, &i)))
			if (b->kind == BIND_VALUE && type_is_any(b->value, function_types))
				resolve_function_result(c, b->value, out, depth + 1);
		path_leave();
		return;
	}
	if (!type_is_any(fn, function_types) || !actx_step(c))
		return;
	char key[1 + sizeof(TSNode)];
	node_key(KEY_RETURNS, fn, key);
	actx_resolve_name(c, key, sizeof(key), out, depth, resolve_returns_key);
	(void)budget;
}

/* obj.key and obj['key']. */
static void resolve_prop(struct actx *c, TSNode obj, const char *key, size_t klen,
			 struct names *out, int depth)
{
	struct names base = {0};

	while (node_is(obj, "parenthesized_expression"))
		obj = last_named(obj);
	if (str_eq(key, klen, "constructor")) {
		/* Any value's .constructor.constructor is Function. */
		if (is_function_literal(obj)) {
			names_add(out, "global.Function");
			return;
		}
		if (node_is(obj, "member_expression") &&
		    text_eq(c, field(obj, F_property), "constructor")) {
			names_add(out, "global.Function");
			return;
		}
		if (node_is(obj, "string") || node_is(obj, "template_string")) {
			names_add(out, "global.String");
			return;
		}
		if (node_is(obj, "array") || node_is(obj, "object") || node_is(obj, "number") ||
		    node_is(obj, "regex")) {
			names_add(out, node_is(obj, "array")	? "global.Array"
				       : node_is(obj, "object") ? "global.Object"
				       : node_is(obj, "number") ? "global.Number"
								: "global.RegExp");
			return;
		}
	}
	if (node_is(obj, "this")) {
		/* this.x: what this.x is assigned in any method */
		char name[NAME_MAX_LEN];
		if (klen + 6 > sizeof(name))
			return;
		snprintf(name, sizeof(name), "this.%.*s", (int)klen, key);
		resolve_name_at(c, name, strlen(name), obj, out, depth);
		return;
	}
	TSNode o = bound_literal(c, obj, "object", 'o', depth + 1);
	if (!ts_node_is_null(o)) {
		/* {run: cp.exec}.run */
		TSNode v = object_member(c, o, key, klen, depth);
		if (node_is(v, "shorthand_property_identifier"))
			resolve_identifier(c, v, out, depth + 1);
		else
			js_resolve(c, v, out, depth + 1);
		return;
	}
	js_resolve(c, obj, &base, depth + 1);
	prop_of_names(&base, key, klen, out);
	names_free(&base);
}

static void resolve_pattern_elem(struct actx *c, TSNode el, struct names *out, int depth);

/* What the object pattern containing an element destructures. */
static void resolve_pattern_source(struct actx *c, TSNode pat, struct names *out, int depth)
{
	TSNode p = ts_node_parent(pat);

	if (node_is(p, "variable_declarator") && ts_node_eq(field(p, F_name), pat))
		js_resolve(c, field(p, F_value), out, depth + 1);
	else if (node_is(p, "assignment_expression") && ts_node_eq(field(p, F_left), pat))
		js_resolve(c, field(p, F_right), out, depth + 1);
	else if (node_is(p, "pair_pattern"))
		resolve_pattern_elem(c, p, out, depth + 1);
}

static void resolve_pattern_elem(struct actx *c, TSNode el, struct names *out, int depth)
{
	struct names src = {0};
	char *key = NULL;
	size_t klen = 0;
	TSNode k;

	if (depth > RESOLVE_DEPTH)
		return;
	if (node_is(el, "shorthand_property_identifier_pattern")) {
		key = node_strdup(node_src(c, el), node_len(el));
		klen = node_len(el);
	} else if (node_is(el, "object_assignment_pattern")) {
		k = field(el, F_left);
		key = node_strdup(node_src(c, k), node_len(k));
		klen = node_len(k);
	} else if (node_is(el, "pair_pattern")) {
		k = field(el, F_key);
		if (node_is(k, "property_identifier")) {
			key = node_strdup(node_src(c, k), node_len(k));
			klen = node_len(k);
		} else if (node_is(k, "computed_property_name")) {
			key = fold_dup(c, ts_node_named_child(k, 0), depth + 1, &klen);
		} else if (node_is(k, "string")) {
			key = fold_dup(c, k, depth + 1, &klen);
		}
		if (key == NULL)
			return;
	} else if (!node_is(el, "rest_pattern")) {
		return;
	}
	resolve_pattern_source(c, ts_node_parent(el), &src, depth);
	if (key)
		prop_of_names(&src, key, klen, out);
	else
		for (int i = 0; i < src.n; i++)
			names_add(out, src.v[i]);
	names_free(&src);
	free(key);
}

/* What calling the result of `inner` returns, when inner builds a
 * function from `return X` (Function('return this')()) or is eval of a
 * name (eval('require')). */
static void resolve_built_function(struct actx *c, TSNode inner, struct names *out, int depth)
{
	TSNode fn = field(inner, node_is(inner, "new_expression") ? F_constructor : F_function);
	struct names ns = {0};
	size_t len;
	char *body;

	js_resolve(c, fn, &ns, depth + 1);
	if (any_name(&ns, "global.Function") &&
	    (body = fold_dup(c, last_arg(inner), depth + 1, &len)) != NULL) {
		char *p = body;
		while (*p == ' ' || *p == '\n' || *p == '\t')
			p++;
		if (strncmp(p, "return", 6) == 0 && (p[6] == ' ' || p[6] == '\t'))
			global_path_add(p + 7, len - (size_t)(p + 7 - body), out);
		free(body);
	}
	names_free(&ns);
}

static void resolve_call(struct actx *c, TSNode n, struct names *out, int depth)
{
	TSNode fn = field(n, F_function), a0 = arg_at(n, 0);
	struct names fns = {0};
	size_t len;
	char *s;

	if (node_is(fn, "import")) {
		if ((s = fold_dup(c, a0, depth + 1, &len)) != NULL)
			module_add(out, s, len);
		free(s);
		return;
	}
	while (node_is(fn, "parenthesized_expression"))
		fn = last_named(fn);
	if (node_is(fn, "call_expression") || node_is(fn, "new_expression"))
		resolve_built_function(c, fn, out, depth);
	resolve_function_result(c, fn, out, depth);
	/* f.bind(o) is f */
	if (node_is(fn, "member_expression") && text_eq(c, field(fn, F_property), "bind")) {
		js_resolve(c, field(fn, F_object), out, depth + 1);
		return;
	}
	js_resolve(c, fn, &fns, depth + 1);
	if (any_require(&fns) && (s = fold_dup(c, a0, depth + 1, &len)) != NULL) {
		module_add(out, s, len);
		free(s);
	}
	if (any_name(&fns, "module.createRequire") ||
	    any_name(&fns, "module.createRequireFromPath"))
		names_add(out, "global.require");
	if (any_name(&fns, "util.promisify") || any_name(&fns, "util.callbackify"))
		js_resolve(c, a0, out, depth + 1);
	if ((any_name(&fns, "process.binding") || any_name(&fns, "process._linkedBinding")) &&
	    (s = fold_dup(c, a0, depth + 1, &len)) != NULL) {
		names_addf(out, "process.binding.%s", s);
		free(s);
	}
	if (any_name(&fns, "global.Reflect.get") &&
	    (s = fold_dup(c, arg_at(n, 1), depth + 1, &len)) != NULL) {
		resolve_prop(c, a0, s, len, out, depth);
		free(s);
	}
	if (any_name(&fns, "global.Object.getPrototypeOf") && is_function_literal(a0))
		names_add(out, "global.Function.prototype");
	if (any_name(&fns, "global.eval") && (s = fold_dup(c, a0, depth + 1, &len)) != NULL) {
		global_path_add(s, len, out);
		free(s);
	}
	names_free(&fns);
}

static void js_resolve_node(struct actx *c, TSNode n, struct names *out, int depth);
static int number_value(struct actx *c, TSNode n, long *v);

static void node_key(char tag, TSNode n, char key[1 + sizeof(TSNode)])
{
	key[0] = tag;
	memcpy(key + 1, &n, sizeof(n));
}

static void resolve_node_key(struct actx *c, const char *key, size_t len, struct names *out,
			     int depth)
{
	TSNode n;

	if (len != 1 + sizeof(n))
		return;
	memcpy(&n, key + 1, sizeof(n));
	js_resolve_node(c, n, out, depth);
}

/* Members and calls are resolved once per analysis, however many rules
 * ask (every call is looked at by most of them). */
static void js_resolve(struct actx *c, TSNode n, struct names *out, int depth)
{
	char key[1 + sizeof(TSNode)];

	if (ts_node_is_null(n) || depth > RESOLVE_DEPTH || !actx_step(c))
		return;
	if (node_is(n, "identifier")) {
		resolve_identifier(c, n, out, depth);
	} else if (node_is(n, "member_expression") || node_is(n, "subscript_expression") ||
		   node_is(n, "call_expression")) {
		node_key(KEY_NODE, n, key);
		actx_resolve_name(c, key, sizeof(key), out, depth, resolve_node_key);
	} else {
		js_resolve_node(c, n, out, depth);
	}
}

static void js_resolve_node(struct actx *c, TSNode n, struct names *out, int depth)
{
	const char *t = ts_node_type(n);

	if (strcmp(t, "identifier") == 0) {
		resolve_identifier(c, n, out, depth);
	} else if (strcmp(t, "member_expression") == 0) {
		TSNode prop = field(n, F_property);
		resolve_prop(c, field(n, F_object), node_src(c, prop), node_len(prop), out, depth);
	} else if (strcmp(t, "subscript_expression") == 0) {
		TSNode obj = field(n, F_object), idx = field(n, F_index);
		TSNode arr = bound_literal(c, obj, "array", 'a', depth + 1);
		size_t len;
		long i;
		char *key;
		if (!ts_node_is_null(arr) && number_value(c, idx, &i) == 0) {
			/* [eval][0], fns[1] */
			if (i >= 0 && (uint32_t)i < ts_node_named_child_count(arr))
				js_resolve(c, ts_node_named_child(arr, (uint32_t)i), out,
					   depth + 1);
		} else if ((key = fold_dup(c, idx, depth + 1, &len)) != NULL) {
			resolve_prop(c, obj, key, len, out, depth);
			free(key);
		}
	} else if (strcmp(t, "call_expression") == 0) {
		resolve_call(c, n, out, depth);
	} else if (strcmp(t, "parenthesized_expression") == 0 ||
		   strcmp(t, "sequence_expression") == 0) {
		js_resolve(c, last_named(n), out, depth + 1);
	} else if (strcmp(t, "await_expression") == 0) {
		js_resolve(c, ts_node_named_child(n, 0), out, depth + 1);
	} else if (strcmp(t, "ternary_expression") == 0) {
		js_resolve(c, field(n, F_consequence), out, depth + 1);
		js_resolve(c, field(n, F_alternative), out, depth + 1);
	} else if (strcmp(t, "binary_expression") == 0) {
		TSNode op = field(n, F_operator);
		if (text_eq(c, op, "||") || text_eq(c, op, "??") || text_eq(c, op, "&&")) {
			js_resolve(c, field(n, F_left), out, depth + 1);
			js_resolve(c, field(n, F_right), out, depth + 1);
		}
	} else if (strcmp(t, "assignment_expression") == 0) {
		js_resolve(c, field(n, F_right), out, depth + 1);
	} else if (strcmp(t, "shorthand_property_identifier_pattern") == 0 ||
		   strcmp(t, "pair_pattern") == 0 || strcmp(t, "object_assignment_pattern") == 0 ||
		   strcmp(t, "rest_pattern") == 0) {
		resolve_pattern_elem(c, n, out, depth);
	}
}

/* ---- constant folding ---- */

/* UTF-16 code units as JavaScript strings hold them: pairs of surrogates
 * become one code point. *pending is a high surrogate not yet paired. */
static void put_unit(struct buf *out, unsigned long u, unsigned long *pending)
{
	if (*pending) {
		if (u >= 0xdc00 && u <= 0xdfff) {
			fold_put_utf8(out, 0x10000 + ((*pending - 0xd800) << 10) + (u - 0xdc00));
			*pending = 0;
			return;
		}
		fold_put_utf8(out, 0xfffd);
		*pending = 0;
	}
	if (u >= 0xd800 && u <= 0xdbff)
		*pending = u;
	else
		fold_put_utf8(out, u);
}

static void flush_unit(struct buf *out, unsigned long *pending)
{
	if (*pending)
		fold_put_utf8(out, 0xfffd);
	*pending = 0;
}

/* Appends the value of one escape sequence (\n, \x41, \u0041, \u{41},
 * \101, a line continuation, \' ...). */
static void unescape(const char *s, size_t len, struct buf *out, unsigned long *pending)
{
	unsigned long v = 0;
	size_t i;

	if (len < 2) {
		buf_append(out, s, len);
		return;
	}
	switch (s[1]) {
	case 'n':
		put_unit(out, '\n', pending);
		return;
	case 't':
		put_unit(out, '\t', pending);
		return;
	case 'r':
		put_unit(out, '\r', pending);
		return;
	case 'b':
		put_unit(out, '\b', pending);
		return;
	case 'f':
		put_unit(out, '\f', pending);
		return;
	case 'v':
		put_unit(out, '\v', pending);
		return;
	case '0':
	case '1':
	case '2':
	case '3':
	case '4':
	case '5':
	case '6':
	case '7':
		for (i = 1; i < len && i < 4 && s[i] >= '0' && s[i] <= '7'; i++)
			v = v * 8 + (unsigned long)(s[i] - '0');
		put_unit(out, v, pending);
		return;
	case 'x':
	case 'u':
		for (i = 2; i < len && (s[i] == '{' || s[i] == '}' || fold_hex_digit(s[i]) >= 0);
		     i++)
			if (fold_hex_digit(s[i]) >= 0 && v <= 0x10ffff)
				v = v * 16 + (unsigned long)fold_hex_digit(s[i]);
		put_unit(out, v, pending);
		return;
	case '\r':
	case '\n':
		return;
	default:
		flush_unit(out, pending);
		if ((unsigned char)s[1] == 0xe2 && len == 4) /* \ before U+2028/U+2029 */
			return;
		buf_append(out, s + 1, len - 1);
		return;
	}
}

static int js_fold(struct actx *c, TSNode n, struct buf *out, int depth);

/* '...', "...", and `...` whose substitutions fold. */
static int fold_string(struct actx *c, TSNode n, struct buf *out, int depth)
{
	uint32_t k = ts_node_named_child_count(n);
	unsigned long pending = 0;

	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_named_child(n, i);
		const char *t = ts_node_type(ch);
		if (strcmp(t, "escape_sequence") == 0) {
			unescape(node_src(c, ch), node_len(ch), out, &pending);
			continue;
		}
		flush_unit(out, &pending);
		if (strcmp(t, "string_fragment") == 0 ||
		    strcmp(t, "html_character_reference") == 0) {
			buf_append(out, node_src(c, ch), node_len(ch));
		} else if (strcmp(t, "template_substitution") == 0) {
			if (js_fold(c, last_named(ch), out, depth + 1) < 0)
				return -1;
		} else if (strcmp(t, "comment") != 0) {
			return -1;
		}
		if (out->len > FOLD_MAX)
			return -1;
	}
	flush_unit(out, &pending);
	return 0;
}

/* An integer literal (65, 0x41, 0o101, 0b1, 1_000, -1); -1 if it is not. */
static int number_value(struct actx *c, TSNode n, long *v)
{
	char text[64], *end;
	size_t w = 0, len;
	bool neg = false;
	const char *s;
	int base = 10;

	while (node_is(n, "parenthesized_expression"))
		n = last_named(n);
	if (node_is(n, "unary_expression") && text_eq(c, field(n, F_operator), "-")) {
		neg = true;
		n = field(n, F_argument);
	}
	if (!node_is(n, "number") || (len = node_len(n)) >= sizeof(text))
		return -1;
	s = node_src(c, n);
	for (size_t i = 0; i < len; i++)
		if (s[i] != '_')
			text[w++] = s[i];
	text[w] = '\0';
	s = text;
	if (w > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		base = 16, s += 2;
	else if (w > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'O'))
		base = 8, s += 2;
	else if (w > 2 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
		base = 2, s += 2;
	else if (w > 1 && s[0] == '0')
		base = 8, s += 1;
	*v = strtol(s, &end, base);
	if (*end != '\0' || end == s)
		return -1;
	if (neg)
		*v = -*v;
	return 0;
}

/* An item of a folded array or a piece of `+`: strings and numbers. */
static int fold_scalar(struct actx *c, TSNode n, struct buf *out, int depth)
{
	long v;
	char num[32];

	if (number_value(c, n, &v) == 0) {
		snprintf(num, sizeof(num), "%ld", v);
		buf_append(out, num, strlen(num));
		return 0;
	}
	return js_fold(c, n, out, depth);
}

struct slist {
	char **s;
	size_t *len;
	size_t n;
};

static void slist_push(struct slist *l, const char *s, size_t len)
{
	l->s = xrealloc(l->s, (l->n + 1) * sizeof(*l->s));
	l->len = xrealloc(l->len, (l->n + 1) * sizeof(*l->len));
	l->s[l->n] = xmalloc(len + 1);
	memcpy(l->s[l->n], s, len);
	l->s[l->n][len] = '\0';
	l->len[l->n++] = len;
}

static void slist_free(struct slist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->s[i]);
	free(l->s);
	free(l->len);
	memset(l, 0, sizeof(*l));
}

static size_t utf8_len(const char *s, size_t left)
{
	size_t n = 1;
	while (n < left && ((unsigned char)s[n] & 0xc0) == 0x80)
		n++;
	return n;
}

static void slist_chars(struct slist *l, const char *s, size_t len)
{
	for (size_t i = 0; i < len && l->n < LIST_MAX;) {
		size_t n = utf8_len(s + i, len - i);
		slist_push(l, s + i, n);
		i += n;
	}
}

static int fold_list(struct actx *c, TSNode n, struct slist *out, int depth);

/* The folded string of n as a list of characters ([...'abc']). */
static int fold_chars(struct actx *c, TSNode n, struct slist *out, int depth)
{
	size_t len;
	char *s = fold_dup(c, n, depth + 1, &len);

	if (s == NULL)
		return -1;
	slist_chars(out, s, len);
	free(s);
	return 0;
}

/* s.split(sep): '' splits into characters. */
static int fold_split(struct actx *c, TSNode call, TSNode obj, struct slist *out, int depth)
{
	TSNode a0 = arg_at(call, 0);
	size_t len, slen = 0;
	char *s = fold_dup(c, obj, depth + 1, &len), *sep = NULL;
	int ret = s ? 0 : -1;

	if (s && !ts_node_is_null(a0) && (sep = fold_dup(c, a0, depth + 1, &slen)) == NULL)
		ret = -1;
	if (ret == 0 && sep == NULL) {
		slist_push(out, s, len);
	} else if (ret == 0 && slen == 0) {
		slist_chars(out, s, len);
	} else if (ret == 0) {
		size_t start = 0;
		for (size_t i = 0; i + slen <= len && out->n < LIST_MAX;) {
			if (memcmp(s + i, sep, slen) == 0) {
				slist_push(out, s + start, i - start);
				i += slen;
				start = i;
			} else
				i++;
		}
		slist_push(out, s + start, len - start);
	}
	free(s);
	free(sep);
	return ret;
}

/* Arrays of constants: literals, s.split(x), a.reverse(), a.concat(b),
 * Array.from(s), and names bound to them. */
static int fold_list(struct actx *c, TSNode n, struct slist *out, int depth)
{
	if (ts_node_is_null(n) || depth > RESOLVE_DEPTH || !actx_step(c))
		return -1;
	while (node_is(n, "parenthesized_expression"))
		n = last_named(n);
	if (node_is(n, "array")) {
		uint32_t k = ts_node_named_child_count(n);
		for (uint32_t i = 0; i < k && out->n < LIST_MAX; i++) {
			TSNode el = ts_node_named_child(n, i);
			struct buf b = {0};
			if (node_is(el, "comment"))
				continue;
			if (node_is(el, "spread_element")) {
				TSNode inner = ts_node_named_child(el, 0);
				if (fold_list(c, inner, out, depth + 1) < 0 &&
				    fold_chars(c, inner, out, depth + 1) < 0)
					return -1;
				continue;
			}
			if (fold_scalar(c, el, &b, depth + 1) < 0) {
				buf_free(&b);
				return -1;
			}
			slist_push(out, b.data ? b.data : "", b.len);
			buf_free(&b);
		}
		return 0;
	}
	if (node_is(n, "identifier")) {
		size_t i = 0;
		const struct binding *b;
		int ret = -1;
		if (!path_enter(c, n, 'l'))
			return -1;
		while (ret < 0 && (b = next_visible(c, n, &i))) {
			size_t mark = out->n;
			if (b->kind == BIND_VALUE && fold_list(c, b->value, out, depth + 1) == 0)
				ret = 0;
			while (ret < 0 && out->n > mark)
				free(out->s[--out->n]);
		}
		path_leave();
		return ret;
	}
	if (!node_is(n, "call_expression"))
		return -1;
	TSNode fn = field(n, F_function);
	if (node_is(fn, "member_expression")) {
		TSNode obj = field(fn, F_object), prop = field(fn, F_property);
		if (text_eq(c, prop, "split"))
			return fold_split(c, n, obj, out, depth);
		if (text_eq(c, prop, "reverse")) {
			if (fold_list(c, obj, out, depth + 1) < 0)
				return -1;
			for (size_t i = 0; i < out->n / 2; i++) {
				size_t j = out->n - 1 - i, l = out->len[i];
				char *s = out->s[i];
				out->s[i] = out->s[j], out->len[i] = out->len[j];
				out->s[j] = s, out->len[j] = l;
			}
			return 0;
		}
		if (text_eq(c, prop, "concat")) {
			if (fold_list(c, obj, out, depth + 1) < 0)
				return -1;
			for (uint32_t i = 0; !ts_node_is_null(arg_at(n, i)); i++) {
				TSNode a = arg_at(n, i);
				struct buf b = {0};
				if (fold_list(c, a, out, depth + 1) == 0)
					continue;
				if (fold_scalar(c, a, &b, depth + 1) < 0) {
					buf_free(&b);
					return -1;
				}
				slist_push(out, b.data ? b.data : "", b.len);
				buf_free(&b);
			}
			return 0;
		}
		if (text_eq(c, prop, "slice") && ts_node_is_null(arg_at(n, 0)))
			return fold_list(c, obj, out, depth + 1);
	}
	struct names ns = {0};
	int ret = -1;
	js_resolve(c, fn, &ns, depth + 1);
	if (any_name(&ns, "global.Array.from") || any_name(&ns, "global.Object.values"))
		ret = fold_list(c, arg_at(n, 0), out, depth + 1) == 0
			  ? 0
			  : fold_chars(c, arg_at(n, 0), out, depth + 1);
	names_free(&ns);
	return ret;
}

static int fold_join(struct actx *c, TSNode call, TSNode obj, struct buf *out, int depth)
{
	struct slist l = {0};
	TSNode a0 = arg_at(call, 0);
	size_t seplen = 1;
	char *sep = ts_node_is_null(a0) ? xstrdup(",") : fold_dup(c, a0, depth + 1, &seplen);
	int ret = sep && fold_list(c, obj, &l, depth + 1) == 0 ? 0 : -1;

	for (size_t i = 0; ret == 0 && i < l.n; i++) {
		if (i)
			buf_append(out, sep, seplen);
		buf_append(out, l.s[i], l.len[i]);
		if (out->len > FOLD_MAX)
			ret = -1;
	}
	slist_free(&l);
	free(sep);
	return ret;
}

/* Appends a decoded buffer, keeping the string valid UTF-8. */
static void append_text(struct buf *out, const char *s, size_t len)
{
	size_t n;
	char *clean = utf8_sanitize(s, len, &n);
	buf_append(out, clean, n);
	free(clean);
}

/* atob returns one character per byte. */
static void append_latin1(struct buf *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		fold_put_utf8(out, (unsigned char)s[i]);
}

static int hex_decode_append(const char *s, size_t len, struct buf *out)
{
	if (len % 2 || len == 0)
		return -1;
	for (size_t i = 0; i < len; i += 2) {
		int hi = fold_hex_digit(s[i]), lo = fold_hex_digit(s[i + 1]);
		char b;
		if (hi < 0 || lo < 0)
			return -1;
		b = (char)(hi * 16 + lo);
		buf_append(out, &b, 1);
	}
	return 0;
}

/* decodeURIComponent, unescape: %41 and %u0041. */
static void percent_decode_append(const char *s, size_t len, struct buf *out)
{
	struct buf raw = {0};

	for (size_t i = 0; i < len; i++) {
		if (s[i] == '%' && i + 2 < len && fold_hex_digit(s[i + 1]) >= 0 &&
		    fold_hex_digit(s[i + 2]) >= 0) {
			char b = (char)(fold_hex_digit(s[i + 1]) * 16 + fold_hex_digit(s[i + 2]));
			buf_append(&raw, &b, 1);
			i += 2;
		} else if (s[i] == '%' && i + 5 < len && s[i + 1] == 'u' &&
			   fold_hex_digit(s[i + 2]) >= 0 && fold_hex_digit(s[i + 3]) >= 0 &&
			   fold_hex_digit(s[i + 4]) >= 0 && fold_hex_digit(s[i + 5]) >= 0) {
			unsigned long v = 0;
			for (size_t j = 2; j < 6; j++)
				v = v * 16 + (unsigned long)fold_hex_digit(s[i + j]);
			fold_put_utf8(&raw, v);
			i += 5;
		} else
			buf_append(&raw, s + i, 1);
	}
	append_text(out, raw.data ? raw.data : "", raw.len);
	buf_free(&raw);
}

static bool is_text_encoding(const char *e)
{
	static const char *const enc[] = {"utf8", "utf-8", "ascii", "latin1", "binary", NULL};
	for (const char *const *k = enc; *k; k++)
		if (strcasecmp(e, *k) == 0)
			return true;
	return false;
}

/* Buffer.from(s, enc) and new Buffer(s, enc), read back as text. */
static int fold_buffer(struct actx *c, TSNode call, struct buf *out, int depth)
{
	TSNode a0 = arg_at(call, 0), a1 = arg_at(call, 1);
	struct slist bytes = {0};
	size_t len, elen;
	char *s, *enc = NULL;
	int ret = -1;

	if (node_is(a0, "array") && fold_list(c, a0, &bytes, depth + 1) == 0) {
		struct buf raw = {0};
		for (size_t i = 0; i < bytes.n; i++) {
			char b = (char)strtol(bytes.s[i], NULL, 10);
			buf_append(&raw, &b, 1);
		}
		append_text(out, raw.data ? raw.data : "", raw.len);
		buf_free(&raw);
		slist_free(&bytes);
		return 0;
	}
	slist_free(&bytes);
	if ((s = fold_dup(c, a0, depth + 1, &len)) == NULL)
		return -1;
	if (!ts_node_is_null(a1) && (enc = fold_dup(c, a1, depth + 1, &elen)) == NULL) {
		free(s);
		return -1;
	}
	if (enc == NULL || is_text_encoding(enc)) {
		buf_append(out, s, len);
		ret = 0;
	} else if (strcasecmp(enc, "base64") == 0 || strcasecmp(enc, "base64url") == 0) {
		struct buf raw = {0};
		ret = base64_decode_append(s, len, &raw);
		if (ret == 0)
			append_text(out, raw.data, raw.len);
		buf_free(&raw);
	} else if (strcasecmp(enc, "hex") == 0) {
		struct buf raw = {0};
		ret = hex_decode_append(s, len, &raw);
		if (ret == 0)
			append_text(out, raw.data, raw.len);
		buf_free(&raw);
	}
	free(s);
	free(enc);
	return ret;
}

/* String.fromCharCode(101, 118, ...[97, 108]) */
static int fold_char_codes(struct actx *c, TSNode call, bool code_points, struct buf *out,
			   int depth)
{
	TSNode args = field(call, F_arguments), fn = field(call, F_function);
	uint32_t k = node_is(args, "arguments") ? ts_node_named_child_count(args) : 0;
	unsigned long pending = 0;
	/* String.fromCharCode.apply(null, [...]) and .call(null, ...) */
	bool apply = node_is(fn, "member_expression") && text_eq(c, field(fn, F_property), "apply");
	bool skip = apply ||
		    (node_is(fn, "member_expression") && text_eq(c, field(fn, F_property), "call"));

	for (uint32_t i = 0; i < k; i++) {
		TSNode a = ts_node_named_child(args, i);
		long v;
		if (node_is(a, "comment"))
			continue;
		if (skip) {
			skip = false;
			continue;
		}
		if (node_is(a, "spread_element") || apply) {
			TSNode list = node_is(a, "spread_element") ? ts_node_named_child(a, 0) : a;
			struct slist l = {0};
			apply = false;
			if (fold_list(c, list, &l, depth + 1) < 0) {
				slist_free(&l);
				return -1;
			}
			for (size_t j = 0; j < l.n; j++) {
				char *end;
				v = strtol(l.s[j], &end, 10);
				if (*end != '\0' || v < 0) {
					slist_free(&l);
					return -1;
				}
				if (code_points)
					fold_put_utf8(out, (unsigned long)v);
				else
					put_unit(out, (unsigned long)v & 0xffff, &pending);
			}
			slist_free(&l);
			continue;
		}
		if (number_value(c, a, &v) < 0 || v < 0)
			return -1;
		if (code_points)
			fold_put_utf8(out, (unsigned long)v);
		else
			put_unit(out, (unsigned long)v & 0xffff, &pending);
	}
	flush_unit(out, &pending);
	return 0;
}

/* s.replace(a, b) / s.replaceAll(a, b), a a string or a literal regex. */
static int fold_replace(struct actx *c, TSNode call, TSNode obj, bool all, struct buf *out,
			int depth)
{
	TSNode a0 = arg_at(call, 0), a1 = arg_at(call, 1);
	size_t slen, olen = 0, nlen;
	char *s = NULL, *o = NULL, *w = NULL;
	int ret = -1;

	if (node_is(a0, "regex")) {
		TSNode pat = field(a0, F_pattern), flags = field(a0, F_flags);
		const char *p = node_src(c, pat);
		olen = node_len(pat);
		if (strcspn(p, "\\^$.|?*+()[]{}") < olen)
			return -1;
		o = node_strdup(p, olen);
		all = !ts_node_is_null(flags) && memchr(node_src(c, flags), 'g', node_len(flags));
	} else if (!ts_node_is_null(a0)) {
		o = fold_dup(c, a0, depth + 1, &olen);
	}
	s = fold_dup(c, obj, depth + 1, &slen);
	w = ts_node_is_null(a1) ? NULL : fold_dup(c, a1, depth + 1, &nlen);
	if (s && o && w && olen > 0 && memchr(w, '$', nlen) == NULL) {
		bool done = false;
		ret = 0;
		for (size_t i = 0; i < slen;) {
			if (!done && i + olen <= slen && memcmp(s + i, o, olen) == 0) {
				buf_append(out, w, nlen);
				i += olen;
				done = !all;
			} else
				buf_append(out, s + i++, 1);
		}
	}
	free(s);
	free(o);
	free(w);
	return ret;
}

/* s.slice(a, b), s.substring(a, b), s.substr(a, n) with integers. */
static int fold_slice(struct actx *c, TSNode call, TSNode obj, const char *how, struct buf *out,
		      int depth)
{
	size_t len;
	long a = 0, b, n = 0;
	char *s = fold_dup(c, obj, depth + 1, &len);
	bool has_b;

	if (s == NULL)
		return -1;
	b = (long)len;
	has_b = !ts_node_is_null(arg_at(call, 1));
	if ((!ts_node_is_null(arg_at(call, 0)) && number_value(c, arg_at(call, 0), &a) < 0) ||
	    (has_b && number_value(c, arg_at(call, 1), strcmp(how, "substr") ? &b : &n) < 0)) {
		free(s);
		return -1;
	}
	if (a < 0)
		a = strcmp(how, "substring") == 0 ? 0 : (long)len + a;
	if (strcmp(how, "substr") == 0)
		b = has_b ? a + n : (long)len;
	if (b < 0)
		b = strcmp(how, "substring") == 0 ? 0 : (long)len + b;
	if (strcmp(how, "substring") == 0 && a > b) {
		long t = a;
		a = b, b = t;
	}
	if (a < 0)
		a = 0;
	if (b > (long)len)
		b = (long)len;
	if (a < b)
		buf_append(out, s + a, (size_t)(b - a));
	free(s);
	return 0;
}

/* (n).toString(radix): the number-to-letters trick ((14).toString(36)). */
static int fold_radix(long v, long radix, struct buf *out)
{
	char digits[72];
	size_t n = 0;
	bool neg = v < 0;
	unsigned long u = neg ? (unsigned long)-v : (unsigned long)v;

	if (radix < 2 || radix > 36)
		return -1;
	do {
		digits[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % (unsigned long)radix];
		u /= (unsigned long)radix;
	} while (u && n < sizeof(digits));
	if (neg)
		buf_append(out, "-", 1);
	while (n > 0)
		buf_append(out, &digits[--n], 1);
	return 0;
}

/* Methods of a string (or of a buffer) by their name. */
static int fold_method(struct actx *c, TSNode call, TSNode obj, TSNode prop, struct buf *out,
		       int depth)
{
	TSNode a0 = arg_at(call, 0);
	long v, radix;

	if (text_eq(c, prop, "join"))
		return fold_join(c, call, obj, out, depth);
	if (text_eq(c, prop, "concat")) {
		if (js_fold(c, obj, out, depth + 1) < 0)
			return -1;
		for (uint32_t i = 0; !ts_node_is_null(arg_at(call, i)); i++)
			if (fold_scalar(c, arg_at(call, i), out, depth + 1) < 0)
				return -1;
		return 0;
	}
	if (text_eq(c, prop, "toString")) {
		size_t elen;
		char *enc;
		if (number_value(c, obj, &v) == 0)
			return fold_radix(v,
					  ts_node_is_null(a0)		     ? 10
					  : number_value(c, a0, &radix) == 0 ? radix
									     : 0,
					  out);
		if (!ts_node_is_null(a0)) {
			if ((enc = fold_dup(c, a0, depth + 1, &elen)) == NULL)
				return -1;
			bool text = is_text_encoding(enc);
			free(enc);
			if (!text)
				return -1;
		}
		return js_fold(c, obj, out, depth + 1);
	}
	if (text_eq(c, prop, "valueOf") || text_eq(c, prop, "trim") ||
	    text_eq(c, prop, "trimStart") || text_eq(c, prop, "trimEnd") ||
	    text_eq(c, prop, "normalize") || text_eq(c, prop, "toLowerCase") ||
	    text_eq(c, prop, "toUpperCase") || text_eq(c, prop, "toLocaleLowerCase") ||
	    text_eq(c, prop, "toLocaleUpperCase")) {
		size_t start = out->len, end;
		bool lower = memmem(node_src(c, prop), node_len(prop), "Lower", 5) != NULL;
		bool upper = memmem(node_src(c, prop), node_len(prop), "Upper", 5) != NULL;
		bool trim = memcmp(node_src(c, prop), "trim", 4) == 0;
		if (js_fold(c, obj, out, depth + 1) < 0)
			return -1;
		for (size_t i = start; i < out->len; i++) {
			if (lower && out->data[i] >= 'A' && out->data[i] <= 'Z')
				out->data[i] = (char)(out->data[i] + 32);
			if (upper && out->data[i] >= 'a' && out->data[i] <= 'z')
				out->data[i] = (char)(out->data[i] - 32);
		}
		if (trim) {
			end = out->len;
			while (end > start && strchr(" \t\r\n", out->data[end - 1]))
				end--;
			size_t lead = start;
			while (lead < end && strchr(" \t\r\n", out->data[lead]))
				lead++;
			memmove(out->data + start, out->data + lead, end - lead);
			out->len = start + (end - lead);
		}
		return 0;
	}
	if (text_eq(c, prop, "replace") || text_eq(c, prop, "replaceAll"))
		return fold_replace(c, call, obj, text_eq(c, prop, "replaceAll"), out, depth);
	if (text_eq(c, prop, "slice") || text_eq(c, prop, "substring") ||
	    text_eq(c, prop, "substr")) {
		char how[16];
		snprintf(how, sizeof(how), "%.*s", (int)node_len(prop), node_src(c, prop));
		return fold_slice(c, call, obj, how, out, depth);
	}
	return 1; /* not a method folded by name */
}

static int fold_call(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode fn = field(n, F_function), a0 = arg_at(n, 0);
	struct names ns = {0};
	size_t len;
	char *s;
	int ret = -1;

	if (!node_is(field(n, F_arguments), "arguments"))
		return -1;
	if (node_is(fn, "member_expression")) {
		size_t mark = out->len;
		ret = fold_method(c, n, field(fn, F_object), field(fn, F_property), out, depth);
		if (ret <= 0)
			return ret;
		out->len = mark;
		ret = -1;
	}
	js_resolve(c, fn, &ns, depth + 1);
	if (any_name(&ns, "global.String.fromCharCode")) {
		ret = fold_char_codes(c, n, false, out, depth);
	} else if (any_name(&ns, "global.String.fromCodePoint")) {
		ret = fold_char_codes(c, n, true, out, depth);
	} else if (any_name(&ns, "global.Buffer.from")) {
		ret = fold_buffer(c, n, out, depth);
	} else if (any_name(&ns, "global.String")) {
		ret = js_fold(c, a0, out, depth + 1);
	} else if (any_name(&ns, "global.atob") && (s = fold_dup(c, a0, depth + 1, &len))) {
		struct buf raw = {0};
		ret = base64_decode_append(s, len, &raw);
		if (ret == 0)
			append_latin1(out, raw.data, raw.len);
		buf_free(&raw);
		free(s);
	} else if ((any_name(&ns, "global.decodeURIComponent") ||
		    any_name(&ns, "global.decodeURI") || any_name(&ns, "global.unescape")) &&
		   (s = fold_dup(c, a0, depth + 1, &len))) {
		percent_decode_append(s, len, out);
		free(s);
		ret = 0;
	}
	names_free(&ns);
	return ret;
}

/* o.key and o['key'] of an object literal, a[0] of an array, s[0]. */
static int fold_index(struct actx *c, TSNode obj, const char *key, size_t klen, struct buf *out,
		      int depth)
{
	TSNode o = bound_literal(c, obj, "object", 'o', depth + 1), v;
	struct slist l = {0};
	char *end;
	long i;

	if (!ts_node_is_null(o)) {
		v = object_member(c, o, key, klen, depth);
		return node_is(v, "shorthand_property_identifier") || ts_node_is_null(v)
			   ? -1
			   : js_fold(c, v, out, depth + 1);
	}
	if (klen == 0)
		return -1;
	i = strtol(key, &end, 10);
	if (*end != '\0' || i < 0)
		return -1;
	if (fold_list(c, obj, &l, depth + 1) == 0 && (size_t)i < l.n) {
		buf_append(out, l.s[i], l.len[i]);
		slist_free(&l);
		return 0;
	}
	slist_free(&l);
	size_t slen;
	char *s = fold_dup(c, obj, depth + 1, &slen);
	int ret = s && (size_t)i < slen ? 0 : -1;
	if (ret == 0)
		buf_append(out, s + i, 1);
	free(s);
	return ret;
}

/* A name's constant value: the first of its visible bindings that folds. */
static int fold_key(struct actx *c, const char *key, size_t len, struct buf *out, int depth)
{
	struct key_view v;
	int ret = -1;

	if (!key_parse(c, key, len, &v) || !key_enter(c, key, len, 'f'))
		return -1;
	for (size_t i = 0, p = v.off; ret < 0 && i < v.nbound; i++) {
		const struct binding *b = &c->b[key_get_u32(key, len, &p)];
		size_t mark = out->len;
		if (b->kind == BIND_VALUE && js_fold(c, b->value, out, depth + 1) == 0)
			ret = 0;
		else
			out->len = mark;
	}
	path_leave();
	return ret;
}

static int js_fold(struct actx *c, TSNode n, struct buf *out, int depth)
{
	const char *t;

	if (ts_node_is_null(n) || depth > RESOLVE_DEPTH || out->len > FOLD_MAX || !actx_step(c))
		return -1;
	t = ts_node_type(n);
	if (strcmp(t, "string") == 0 || strcmp(t, "template_string") == 0)
		return fold_string(c, n, out, depth);
	if (strcmp(t, "string_fragment") == 0) {
		buf_append(out, node_src(c, n), node_len(n));
		return 0;
	}
	if (strcmp(t, "number") == 0) {
		/* a number fold_scalar cannot read is not a constant (it would
		 * send it back here) */
		long v;
		return number_value(c, n, &v) == 0 ? fold_scalar(c, n, out, depth) : -1;
	}
	if (strcmp(t, "binary_expression") == 0) {
		/* 'a' + 'b' + ... nests to the left: walk the spine, so that a
		 * long chain is not cut by the depth limit */
		TSNode spine[256];
		int k = 0;
		while (node_is(n, "binary_expression") && k < (int)ARRAY_SIZE(spine)) {
			if (!text_eq(c, field(n, F_operator), "+"))
				return -1;
			spine[k++] = n;
			n = field(n, F_left);
		}
		if (fold_scalar(c, n, out, depth + 1) < 0)
			return -1;
		while (k-- > 0)
			if (fold_scalar(c, field(spine[k], F_right), out, depth + 1) < 0)
				return -1;
		return 0;
	}
	if (strcmp(t, "parenthesized_expression") == 0 || strcmp(t, "sequence_expression") == 0)
		return js_fold(c, last_named(n), out, depth + 1);
	if (strcmp(t, "assignment_expression") == 0)
		return js_fold(c, field(n, F_right), out, depth + 1);
	if (strcmp(t, "identifier") == 0) {
		struct buf k = {0};
		int ret;
		if (!path_enter(c, n, 'F')) {
			c->cycles++;
			return -1;
		}
		scoped_key(c, node_src(c, n), node_len(n), n, &k);
		ret = actx_fold_name(c, k.data, k.len, out, depth, fold_key);
		buf_free(&k);
		path_leave();
		return ret;
	}
	if (strcmp(t, "call_expression") == 0)
		return fold_call(c, n, out, depth);
	if (strcmp(t, "new_expression") == 0) {
		struct names ns = {0};
		int ret = -1;
		js_resolve(c, field(n, F_constructor), &ns, depth + 1);
		if (any_name(&ns, "global.Buffer"))
			ret = fold_buffer(c, n, out, depth);
		else if (any_name(&ns, "global.String"))
			ret = js_fold(c, arg_at(n, 0), out, depth + 1);
		names_free(&ns);
		return ret;
	}
	if (strcmp(t, "member_expression") == 0 || strcmp(t, "subscript_expression") == 0) {
		TSNode obj = field(n, F_object);
		int ret;
		if (t[0] == 'm') {
			TSNode p = field(n, F_property);
			char *key = node_strdup(node_src(c, p), node_len(p));
			ret = fold_index(c, obj, key, node_len(p), out, depth);
			free(key);
		} else {
			TSNode idx = field(n, F_index);
			size_t klen;
			long v;
			char num[32], *key;
			if (number_value(c, idx, &v) == 0) {
				snprintf(num, sizeof(num), "%ld", v);
				key = xstrdup(num);
				klen = strlen(num);
			} else if ((key = fold_dup(c, idx, depth + 1, &klen)) == NULL)
				return -1;
			ret = fold_index(c, obj, key, klen, out, depth);
			free(key);
		}
		return ret;
	}
	return -1;
}

static bool js_call_callee(TSNode n, TSNode *callee)
{
	if (node_is(n, "call_expression")) {
		*callee = field(n, F_function);
		return true;
	}
	if (node_is(n, "new_expression")) {
		*callee = field(n, F_constructor);
		return true;
	}
	return false;
}

const struct lang_ops lang_javascript_ops = {
    .name = "javascript",
    .language = tree_sitter_javascript,
    .bind = js_bind,
    .resolve = js_resolve,
    .fold = js_fold,
    .call_callee = js_call_callee,
};
