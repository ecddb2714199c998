/*
 * JavaScript: what the pieces share (see lang_javascript.c): the
 * grammar's field ids, helpers over nodes, the reading of integer
 * literals, and canonical names: a module's name as required, the
 * aliases of the global object, the properties of a name (x.call and
 * x.bind are x; a constructor's .constructor is Function).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/javascript.h"

/* ---- helpers ---- */
/* Field ids, looked up once: by name each lookup is a search of the
 * grammar's field table. */
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

/* Looks the field ids up, once (js_bind calls it first). */
void js_fields_init(void)
{
	pthread_once(&field_once, field_init);
}

TSNode js_field(TSNode n, enum js_field f)
{
	return ts_node_child_by_field_id(n, field_ids[f]);
}

bool js_str_eq(const char *s, size_t len, const char *lit)
{
	return strlen(lit) == len && memcmp(s, lit, len) == 0;
}

char *js_node_strdup(const char *s, size_t len)
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

bool js_type_is_any(TSNode n, const char *const *types)
{
	const char *t;

	if (ts_node_is_null(n))
		return false;
	t = ts_node_type(n); /* once: each lookup is a search of the grammar's tables */
	for (; *types; types++)
		if (strcmp(t, *types) == 0)
			return true;
	return false;
}

const char *const js_function_types[] = {
    "function_declaration", "function_expression",
    "generator_function",   "generator_function_declaration",
    "arrow_function",	    "method_definition",
    "class_static_block",   NULL,
};

bool js_is_function_literal(TSNode n)
{
	static const char *const lit[] = {"function_expression", "arrow_function",
					  "generator_function", "class", NULL};
	return js_type_is_any(n, lit);
}

/* The idx-th argument of a call or new expression (comments skipped);
 * a null node when there is none or a spread comes first. */
TSNode js_arg_at(TSNode call, uint32_t idx)
{
	TSNode args = js_field(call, F_arguments);
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

TSNode js_last_arg(TSNode call)
{
	TSNode args = js_field(call, F_arguments), last = {0};
	uint32_t k = node_is(args, "arguments") ? ts_node_named_child_count(args) : 0;

	for (uint32_t i = 0; i < k; i++)
		if (!node_is(ts_node_named_child(args, i), "comment"))
			last = ts_node_named_child(args, i);
	return last;
}

/* The expression inside parentheses and after the commas of a sequence. */
TSNode js_last_named(TSNode n)
{
	TSNode last = {0};
	uint32_t k = ts_node_named_child_count(n);

	for (uint32_t i = 0; i < k; i++)
		if (!node_is(ts_node_named_child(n, i), "comment"))
			last = ts_node_named_child(n, i);
	return last;
}

bool js_any_name(const struct names *ns, const char *s)
{
	for (int i = 0; i < ns->n; i++)
		if (strcmp(ns->v[i], s) == 0)
			return true;
	return false;
}

/* An integer literal (65, 0x41, 0o101, 0b1, 1_000, -1); -1 if it is not. */
int js_number_value(struct actx *c, TSNode n, long *v)
{
	char text[64], *end;
	size_t w = 0, len;
	bool neg = false;
	const char *s;
	int base = 10;

	while (node_is(n, "parenthesized_expression"))
		n = js_last_named(n);
	if (node_is(n, "unary_expression") && node_text_is(c, js_field(n, F_operator), "-")) {
		neg = true;
		n = js_field(n, F_argument);
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
    {"global.require.extensions", "module._extensions"},
    {"buffer.Buffer", "global.Buffer"},
    {"buffer.atob", "global.atob"},
    {"buffer.btoa", "global.btoa"},
    {"timers.setTimeout", "global.setTimeout"},
    {"timers.setInterval", "global.setInterval"},
    {"timers.setImmediate", "global.setImmediate"},
    {"global.Function.prototype.constructor", "global.Function"},
    {"global.arguments.1", "global.require"},
    {"global.arguments.2", "global.module"},
    {"os.userInfo().homedir", "process.env.HOME"},
    /* the Bun and Deno runtimes' own doors, as node's that do the same */
    {"global.Bun.env", "process.env"},
    {"global.Bun.write", "fs.promises.writeFile"},
    {"global.Bun.file", "fs.readFileSync"},
    {"bun:ffi.dlopen", "process.dlopen"},
    {"global.Deno.env", "process.env"},
    {"global.Deno.dlopen", "process.dlopen"},
    {"global.Deno.removeSync", "fs.rmSync"},
    {"global.Deno.remove", "fs.promises.rm"},
    {"global.Deno.writeTextFileSync", "fs.writeFileSync"},
    {"global.Deno.writeTextFile", "fs.promises.writeFile"},
    {"global.Deno.writeFileSync", "fs.writeFileSync"},
    {"global.Deno.writeFile", "fs.promises.writeFile"},
    {"global.Deno.readTextFileSync", "fs.readFileSync"},
    {"global.Deno.readTextFile", "fs.promises.readFile"},
    {"global.Deno.readFileSync", "fs.readFileSync"},
    {"global.Deno.readFile", "fs.promises.readFile"},
    {"global.Deno.copyFileSync", "fs.copyFileSync"},
    {"global.Deno.copyFile", "fs.promises.copyFile"},
    {"global.Deno.renameSync", "fs.renameSync"},
    {"global.Deno.rename", "fs.promises.rename"},
    {"global.Deno.symlinkSync", "fs.symlinkSync"},
    {"global.Deno.symlink", "fs.promises.symlink"},
};

void js_canon_add(struct names *out, const char *s)
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
void js_module_add(struct names *out, const char *mod, size_t len)
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
	js_canon_add(out, name);
}

/* The functions that load a module by name, including the back doors. */
static bool is_require_name(const char *s)
{
	size_t len = strlen(s);

	if (strcmp(s, "global.require") == 0 || strcmp(s, "global.__non_webpack_require__") == 0 ||
	    strcmp(s, "module._load") == 0 || strcmp(s, "module.prototype.require") == 0 ||
	    strcmp(s, "process.getBuiltinModule") == 0)
		return true;
	return len > 8 && strcmp(s + len - 8, ".require") == 0 &&
	       (starts_with(s, "global.module.") || starts_with(s, "global.require.") ||
		starts_with(s, "process.mainModule"));
}

bool js_any_require(const struct names *ns)
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
void js_prop_of_names(const struct names *base, const char *key, size_t klen, struct names *out)
{
	for (int i = 0; i < base->n; i++) {
		const char *b = base->v[i];
		size_t blen = strlen(b);
		char name[NAME_MAX_LEN];

		if ((js_str_eq(key, klen, "call") || js_str_eq(key, klen, "apply") ||
		     js_str_eq(key, klen, "bind") || js_str_eq(key, klen, "default")) &&
		    strcmp(b, "global.Reflect") != 0) {
			names_add(out, b);
			continue;
		}
		if (js_str_eq(key, klen, "constructor")) {
			if (blen > 10 && strcmp(b + blen - 10, ".prototype") == 0) {
				snprintf(name, sizeof(name), "%.*s", (int)(blen - 10), b);
				js_canon_add(out, name);
				continue;
			}
			if (is_global_constructor(b)) {
				names_add(out, "global.Function");
				continue;
			}
		}
		if (snprintf(name, sizeof(name), "%s.%.*s", b, (int)klen, key) < (int)sizeof(name))
			js_canon_add(out, name);
	}
}

/* "this" or a dotted path (the result of `return process` or
 * eval('require')): the global it names. */
void js_global_path_add(const char *s, size_t len, struct names *out)
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
	if (js_str_eq(s, len, "this") || (len > 5 && memcmp(s, "this.", 5) == 0)) {
		snprintf(name, sizeof(name), "global%.*s", (int)(len - 4), s + 4);
	} else
		snprintf(name, sizeof(name), "global.%.*s", (int)len, s);
	js_canon_add(out, name);
}

bool js_map_key_name(const struct actx *c, TSNode call, const char *method, char *name, size_t size)
{
	if (!node_is(call, "call_expression"))
		return false;
	TSNode fn = js_field(call, F_function);
	if (!node_is(fn, "member_expression") || !node_text_is(c, js_field(fn, F_property), method))
		return false;
	TSNode obj = js_field(fn, F_object), a0 = js_arg_at(call, 0);
	if (!node_is(obj, "identifier") || !node_is(a0, "string") || node_len(a0) < 2)
		return false;
	size_t klen = node_len(a0) - 2;
	const char *key = node_src(c, a0) + 1;
	if (memchr(key, '\\', klen) || node_len(obj) + klen + 2 > size)
		return false;
	snprintf(name, size, "%.*s.%.*s", (int)node_len(obj), node_src(c, obj), (int)klen, key);
	return true;
}

/* The name a function literal or declaration is called by, if any. */
TSNode js_function_name(TSNode fn)
{
	TSNode name = js_field(fn, F_name), parent;

	if (node_is(fn, "function_declaration") || node_is(fn, "generator_function_declaration"))
		return node_is(name, "identifier") ? name : (TSNode){0};
	parent = ts_node_parent(fn);
	if (node_is(parent, "variable_declarator") && ts_node_eq(js_field(parent, F_value), fn)) {
		name = js_field(parent, F_name);
		return node_is(name, "identifier") ? name : (TSNode){0};
	}
	return (TSNode){0};
}

/* The position of the plain parameter `name` of fn; -1 when it is not one
 * (a pattern, a default, a rest). */
int js_param_index(const struct actx *c, TSNode fn, TSNode name)
{
	TSNode one = js_field(fn, F_parameter), params = js_field(fn, F_parameters);
	uint32_t k, idx = 0;

	if (node_is(one, "identifier"))
		return node_len(one) == node_len(name) &&
			       memcmp(node_src(c, one), node_src(c, name), node_len(name)) == 0
			   ? 0
			   : -1;
	if (ts_node_is_null(params))
		return -1;
	k = ts_node_named_child_count(params);
	for (uint32_t i = 0; i < k; i++) {
		TSNode p = ts_node_named_child(params, i);
		if (node_is(p, "comment"))
			continue;
		if (node_is(p, "identifier") && node_len(p) == node_len(name) &&
		    memcmp(node_src(c, p), node_src(c, name), node_len(name)) == 0)
			return (int)idx;
		idx++;
	}
	return -1;
}

/* The position of the object pattern parameter of fn that destructures
 * `name` ({ op, args } or { op: name }), and the key it takes; -1 when
 * none does. */
int js_param_pattern_key(const struct actx *c, TSNode fn, TSNode name, const char **key,
			 size_t *klen)
{
	TSNode params = js_field(fn, F_parameters);
	uint32_t k, idx = 0;

	if (ts_node_is_null(params))
		return -1;
	k = ts_node_named_child_count(params);
	for (uint32_t i = 0; i < k; i++) {
		TSNode p = ts_node_named_child(params, i);
		if (node_is(p, "comment"))
			continue;
		uint32_t m = node_is(p, "object_pattern") ? ts_node_named_child_count(p) : 0;
		for (uint32_t j = 0; j < m; j++) {
			TSNode el = ts_node_named_child(p, j), v = el, kn = el;
			if (node_is(el, "pair_pattern")) {
				kn = js_field(el, F_key);
				v = js_field(el, F_value);
				if (!node_is(kn, "property_identifier"))
					continue;
			} else if (!node_is(el, "shorthand_property_identifier_pattern")) {
				continue;
			}
			if ((node_is(v, "identifier") ||
			     node_is(v, "shorthand_property_identifier_pattern")) &&
			    node_len(v) == node_len(name) &&
			    memcmp(node_src(c, v), node_src(c, name), node_len(name)) == 0) {
				*key = node_src(c, kn);
				*klen = node_len(kn);
				return (int)idx;
			}
		}
		idx++;
	}
	return -1;
}
