/*
 * JavaScript: resolution (see lang_javascript.c), what an expression
 * stands for as canonical dotted names: names through their visible
 * bindings (memoised by the core under a key of the bindings a use sees),
 * members, subscripts, calls (require, import(), what a function of the
 * program returns, bind, promisify, Reflect.get, ...) and destructuring.
 */
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/javascript.h"

/* ---- resolution ---- */

static void resolve_prop(struct actx *c, TSNode obj, const char *key, size_t klen,
			 struct names *out, int depth);

/* A node's own memo key (resolution of a member, a call; what a function
 * returns) is a tag byte and the node (javascript_keys.c: a name's). */
enum { KEY_NODE = 4, KEY_RETURNS = 3 };

static void resolve_key(struct actx *c, const char *key, size_t len, struct names *out, int depth)
{
	struct key_view v;
	char name[NAME_MAX_LEN];

	if (!js_key_parse(c, key, len, &v) || !js_key_enter(c, key, len, 'r'))
		return;
	for (size_t i = 0, p = v.off; i < v.nbound; i++) {
		const struct binding *b = &c->b[js_key_get_u32(key, len, &p)];
		if (b->kind == BIND_ALIAS)
			js_canon_add(out, b->target);
		else if (b->kind == BIND_VALUE)
			js_resolve(c, b->value, out, depth + 1);
	}
	js_path_leave();
	/* Unbound: a global (this.x is never one), or a member of a with. */
	if (v.nbound > 0 || (v.len > 5 && memcmp(v.name, "this.", 5) == 0) ||
	    v.len + 8 >= sizeof(name))
		return;
	snprintf(name, sizeof(name), "global.%.*s", (int)v.len, v.name);
	js_canon_add(out, name);
	for (size_t i = 0, p = v.with_off; i < v.nwith; i++) {
		uint32_t w = js_key_get_u32(key, len, &p);
		if (w < c->nb)
			resolve_prop(c, js_field(c->b[w].value, F_object), v.name, v.len, out,
				     depth);
	}
}

static void resolve_name_at(struct actx *c, const char *name, size_t len, TSNode at,
			    struct names *out, int depth)
{
	struct buf k = {0};

	js_scoped_key(c, name, len, at, &k);
	actx_resolve_name(c, k.data, k.len, out, depth, resolve_key);
	buf_free(&k);
}

/* A name is followed once on a path, whatever its scope: the copies of
 * `total = total + x` in many functions would otherwise lead through one
 * another in every order. */
static void resolve_identifier(struct actx *c, TSNode n, struct names *out, int depth)
{
	/* `arguments` is a function's own; at the top level it is the module
	 * wrapper's (exports, require, module, __filename, __dirname) */
	if (node_text_is(c, n, "arguments"))
		for (TSNode p = ts_node_parent(n); !ts_node_is_null(p); p = ts_node_parent(p))
			if (js_type_is_any(p, js_function_types) && !node_is(p, "arrow_function"))
				return;
	if (!js_path_enter(c, n, 'R')) {
		c->cycles++;
		return;
	}
	resolve_name_at(c, node_src(c, n), node_len(n), n, out, depth);
	js_path_leave();
}

/* The object or array literal n stands for, if any (o, or a name bound
 * to it, a few names deep: every member access asks, and minified code
 * binds its one-letter names hundreds of times). */
#define LITERAL_HOPS 4
#define LITERAL_BINDINGS 8

static TSNode literal_hops(struct actx *c, TSNode n, const char *type, char what, int hops);

/* The statements a return statement may be in. */
static const char *const return_holders[] = {
    "statement_block", "if_statement", "else_clause", "for_statement", "for_in_statement",
    "while_statement", "do_statement", "try_statement", "catch_clause", "finally_clause",
    "switch_statement", "switch_body", "switch_case", "switch_default", "labeled_statement",
    "with_statement", NULL};

/* The value of the one return statement of a function body (not those of
 * the functions inside it), or a null node: none, or more than one. */
static void sole_return(TSTreeCursor *cur, TSNode *ret, int *count, int depth)
{
	TSNode n = ts_tree_cursor_current_node(cur);

	if (*count > 1 || depth > 64)
		return;
	if (node_is(n, "return_statement")) {
		*ret = ts_node_named_child_count(n) ? js_last_named(n) : (TSNode){0};
		(*count)++;
		return;
	}
	if (!js_type_is_any(n, return_holders) || !ts_tree_cursor_goto_first_child(cur))
		return; /* an expression, a declaration, a function inside */
	do
		if (ts_node_is_named(ts_tree_cursor_current_node(cur)))
			sole_return(cur, ret, count, depth + 1);
	while (*count <= 1 && ts_tree_cursor_goto_next_sibling(cur));
	ts_tree_cursor_goto_parent(cur);
}

/* cfg of const cfg = loadConfig(): the object literal the program's own
 * function returns (return { ... }, or a name bound to one in it), when it
 * has one return */
static TSNode returned_object(struct actx *c, TSNode call, const char *type, int hops)
{
	TSNode fn = js_field(call, F_function), f = {0}, body, r = {0};
	const struct binding *b;
	size_t i = 0;
	int count = 0, seen = 0;

	if (!node_is(fn, "identifier") || !js_path_enter(c, fn, 'u'))
		return (TSNode){0};
	while (ts_node_is_null(f) && seen++ < LITERAL_BINDINGS && (b = js_next_visible(c, fn, &i)))
		if (b->kind == BIND_VALUE && js_type_is_any(b->value, js_function_types))
			f = b->value;
	js_path_leave();
	if (ts_node_is_null(f) || ts_node_is_null(body = js_field(f, F_body)))
		return (TSNode){0};
	if (node_is(body, "statement_block")) {
		TSTreeCursor cur = ts_tree_cursor_new(body);
		sole_return(&cur, &r, &count, 0);
		ts_tree_cursor_delete(&cur);
	} else
		r = body, count = 1;
	/* 'O': the function's own names, which may shadow the caller's (const
	 * cfg = load() of a load() that returns its own cfg) */
	return count == 1 && !ts_node_is_null(r) ? literal_hops(c, r, type, 'O', hops + 1)
						 : (TSNode){0};
}

/* The workerData of a `new Worker(file, { workerData: ... })` under the
 * cursor, the first one found (the worker is mostly this very file). */
static TSNode worker_data_under(struct actx *c, TSTreeCursor *cur, int *budget)
{
	TSNode n = ts_tree_cursor_current_node(cur), found = {0};

	if (--*budget < 0)
		return found;
	if (node_is(n, "new_expression")) {
		struct names ns = {0};
		js_resolve(c, js_field(n, F_constructor), &ns, 1);
		if (js_any_name(&ns, "worker_threads.Worker")) {
			TSNode o = literal_hops(c, js_arg_at(n, 1), "object", 'o', 1);
			if (!ts_node_is_null(o))
				found = js_object_member(c, o, "workerData", 10, 1);
		}
		names_free(&ns);
		if (!ts_node_is_null(found))
			return found;
	}
	if (!ts_tree_cursor_goto_first_child(cur))
		return found;
	do
		if (ts_node_is_named(ts_tree_cursor_current_node(cur)))
			found = worker_data_under(c, cur, budget);
	while (ts_node_is_null(found) && *budget >= 0 && ts_tree_cursor_goto_next_sibling(cur));
	ts_tree_cursor_goto_parent(cur);
	return found;
}

/* Whether the program's source has word (and word2): asked once per
 * analysis (a memo of the analysis, not of the thread: another program
 * may be read at the same address). */
static bool src_has(struct actx *c, const char *word, const char *word2)
{
	struct memo *m = actx_memo_find(c, 's', word, strlen(word));
	bool has;

	if (m && m->seen)
		return m->seen == 2;
	has = memmem(c->src, c->len, word, strlen(word)) != NULL &&
	      (!word2 || memmem(c->src, c->len, word2, strlen(word2)) != NULL);
	if (m)
		m->seen = has ? 2 : 1;
	return has;
}

/* workerData of worker_threads, in a program that names it: what a
 * Worker of the program is given as its workerData (values travel to the
 * worker, which is most often this file started again) */
TSNode js_worker_data(struct actx *c, TSNode n)
{
	struct names ns = {0};
	TSNode root = n, up, found = {0};
	bool hit;

	if (!src_has(c, "workerData", NULL))
		return found;
	js_resolve(c, n, &ns, 1);
	hit = js_any_name(&ns, "worker_threads.workerData");
	names_free(&ns);
	if (!hit)
		return found;
	while (!ts_node_is_null(up = ts_node_parent(root)))
		root = up;
	TSTreeCursor cur = ts_tree_cursor_new(root);
	int budget = 20000;
	found = worker_data_under(c, &cur, &budget);
	ts_tree_cursor_delete(&cur);
	return found;
}

/* The same file: two path expressions that fold to one path, or (when
 * they do not fold) that are the same text (STATE and STATE). */
static bool same_file(struct actx *c, TSNode a, TSNode b)
{
	size_t al, bl;
	char *av = fold_dup(c, a, 1, &al), *bv = av ? fold_dup(c, b, 1, &bl) : NULL;
	bool same = av && bv ? al == bl && memcmp(av, bv, al) == 0
			     : node_len(a) == node_len(b) &&
				   memcmp(node_src(c, a), node_src(c, b), node_len(a)) == 0;
	free(av);
	free(bv);
	return same;
}

/* The object a call under the cursor writes to `file` as
 * fs.writeFileSync(file, JSON.stringify({...})) (writeFile, promises). */
static TSNode json_written_under(struct actx *c, TSTreeCursor *cur, TSNode file, int *budget,
				 int hops)
{
	TSNode n = ts_tree_cursor_current_node(cur), found = {0};

	if (--*budget < 0)
		return found;
	if (node_is(n, "call_expression") && !ts_node_is_null(js_arg_at(n, 1))) {
		TSNode body = js_arg_at(n, 1);
		if (node_is(body, "call_expression") && same_file(c, js_arg_at(n, 0), file)) {
			struct names w = {0}, j = {0};
			js_resolve(c, js_field(n, F_function), &w, 1);
			js_resolve(c, js_field(body, F_function), &j, 1);
			if ((js_any_name(&w, "fs.writeFileSync") || js_any_name(&w, "fs.writeFile") ||
			     js_any_name(&w, "fs.promises.writeFile")) &&
			    js_any_name(&j, "global.JSON.stringify"))
				found = literal_hops(c, js_arg_at(body, 0), "object", 'o', hops + 1);
			names_free(&w);
			names_free(&j);
			if (!ts_node_is_null(found))
				return found;
		}
	}
	if (!ts_tree_cursor_goto_first_child(cur))
		return found;
	do
		if (ts_node_is_named(ts_tree_cursor_current_node(cur)))
			found = json_written_under(c, cur, file, budget, hops);
	while (ts_node_is_null(found) && *budget >= 0 && ts_tree_cursor_goto_next_sibling(cur));
	ts_tree_cursor_goto_parent(cur);
	return found;
}

/* JSON.parse(fs.readFileSync(file)) (also .toString(), await
 * fs.promises.readFile): a value that travelled through a file the program
 * itself wrote as JSON.stringify of an object literal is that object. */
static TSNode written_json(struct actx *c, TSNode call, int hops)
{
	struct names ns = {0};
	TSNode a, root = call, up, found = {0};
	bool parse, read;

	if (!src_has(c, "JSON.parse", "JSON.stringify"))
		return found;
	js_resolve(c, js_field(call, F_function), &ns, 1);
	parse = js_any_name(&ns, "global.JSON.parse");
	names_free(&ns);
	if (!parse)
		return found;
	a = js_arg_at(call, 0);
	while (node_is(a, "await_expression") || node_is(a, "parenthesized_expression"))
		a = js_last_named(a);
	if (node_is(a, "call_expression") && node_is(js_field(a, F_function), "member_expression") &&
	    node_text_is(c, js_field(js_field(a, F_function), F_property), "toString"))
		a = js_field(js_field(a, F_function), F_object);
	while (node_is(a, "await_expression") || node_is(a, "parenthesized_expression"))
		a = js_last_named(a);
	if (!node_is(a, "call_expression"))
		return found;
	js_resolve(c, js_field(a, F_function), &ns, 1);
	read = js_any_name(&ns, "fs.readFileSync") || js_any_name(&ns, "fs.promises.readFile");
	names_free(&ns);
	if (!read || ts_node_is_null(js_arg_at(a, 0)))
		return found;
	/* a walk of the whole program: once a call (outside a function's
	 * call being folded, where the file's name may be its argument) */
	char key[32];
	int klen = snprintf(key, sizeof(key), "%u:%d", ts_node_start_byte(call), hops);
	struct memo *m = c->nframes == 0 ? actx_memo_find(c, 'J', key, (size_t)klen) : NULL;
	if (m && m->state == MEMO_DONE) {
		if (m->val.len == sizeof(found))
			memcpy(&found, m->val.data, sizeof(found));
		return found;
	}
	while (!ts_node_is_null(up = ts_node_parent(root)))
		root = up;
	TSTreeCursor cur = ts_tree_cursor_new(root);
	int budget = 20000;
	found = json_written_under(c, &cur, js_arg_at(a, 0), &budget, hops);
	ts_tree_cursor_delete(&cur);
	if (m) {
		m->state = MEMO_DONE;
		if (!ts_node_is_null(found))
			buf_append(&m->val, &found, sizeof(found));
	}
	return found;
}

/* ref.deref() of a new WeakRef(target) (ref a name bound to it): target;
 * else a null node */
static TSNode weakref_target(struct actx *c, TSNode call, int hops)
{
	TSNode fn = js_field(call, F_function), ref;

	if (!node_is(fn, "member_expression") ||
	    !node_text_is(c, js_field(fn, F_property), "deref"))
		return (TSNode){0};
	ref = literal_hops(c, js_field(fn, F_object), "new_expression", 'w', hops + 1);
	return !ts_node_is_null(ref) && node_text_is(c, js_field(ref, F_constructor), "WeakRef")
		   ? js_arg_at(ref, 0)
		   : (TSNode){0};
}

static TSNode literal_hops(struct actx *c, TSNode n, const char *type, char what, int hops)
{
	while (node_is(n, "parenthesized_expression"))
		n = js_last_named(n);
	if (node_is(n, type))
		return n;
	TSNode empty = node_is(n, "binary_expression") ? js_field(n, F_right) : (TSNode){0};
	while (node_is(empty, "parenthesized_expression"))
		empty = js_last_named(empty);
	if (node_is(n, "binary_expression") && hops < LITERAL_HOPS && strcmp(type, "object") == 0 &&
	    (node_text_is(c, js_field(n, F_operator), "??") ||
	     node_text_is(c, js_field(n, F_operator), "||")) &&
	    node_is(empty, "object") && ts_node_named_child_count(empty) == 0) /* x ?? {} */
		return literal_hops(c, js_field(n, F_left), type, what, hops + 1);
	if (node_is(n, "call_expression") && hops < LITERAL_HOPS && strcmp(type, "object") == 0) {
		TSNode held = weakref_target(c, n, hops);
		if (!ts_node_is_null(held))
			return literal_hops(c, held, type, what, hops + 1);
		TSNode w = written_json(c, n, hops);
		return ts_node_is_null(w) ? returned_object(c, n, type, hops) : w;
	}
	/* const e = failure() of a failure() that returns new Error(m) */
	if (node_is(n, "call_expression") && hops < LITERAL_HOPS &&
	    strcmp(type, "new_expression") == 0 && what == 'e')
		return returned_object(c, n, type, hops);
	if (node_is(n, "member_expression") && hops < LITERAL_HOPS && strcmp(type, "object") == 0)
		return literal_hops(c, js_worker_data(c, n), type, what, hops + 1); /* wt.workerData */
	/* const { a, ...rest } = o: rest is o (less a) */
	if (node_is(n, "rest_pattern") && hops < LITERAL_HOPS && strcmp(type, "object") == 0 &&
	    node_is(ts_node_parent(n), "object_pattern") &&
	    node_is(ts_node_parent(ts_node_parent(n)), "variable_declarator"))
		return literal_hops(c, js_field(ts_node_parent(ts_node_parent(n)), F_value), type,
				    what, hops + 1);
	if (node_is(n, "identifier") && hops < LITERAL_HOPS && js_path_enter(c, n, what)) {
		size_t i = 0;
		const struct binding *b;
		TSNode o = {0};
		int seen = 0;
		while (ts_node_is_null(o) && seen++ < LITERAL_BINDINGS &&
		       (b = js_next_visible(c, n, &i)))
			if (b->kind == BIND_VALUE)
				o = literal_hops(c, b->value, type, what, hops + 1);
		if (ts_node_is_null(o) && strcmp(type, "object") == 0)
			o = literal_hops(c, js_worker_data(c, n), type, what, hops + 1);
		js_path_leave();
		return o;
	}
	return (TSNode){0};
}

TSNode js_bound_literal(struct actx *c, TSNode n, const char *type, char what, int depth)
{
	(void)depth;
	return literal_hops(c, n, type, what, 0);
}

/* The value of key in an object literal: a pair's value, a shorthand
 * property (itself), or a null node. */
TSNode js_object_member(struct actx *c, TSNode o, const char *key, size_t klen, int depth)
{
	uint32_t k = ts_node_named_child_count(o);

	/* the last definition wins: the pairs after a spread override it */
	for (uint32_t j = k; j-- > 0;) {
		TSNode el = ts_node_named_child(o, j), pk = js_field(el, F_key);
		size_t plen;
		char *name;
		bool hit;
		if (node_is(el, "shorthand_property_identifier") && node_len(el) == klen &&
		    memcmp(node_src(c, el), key, klen) == 0)
			return el;
		if (node_is(el, "spread_element") && depth < RESOLVE_DEPTH) {
			/* { ...defaults }: the spread object's member */
			TSNode from = literal_hops(c, ts_node_named_child(el, 0), "object", 'o', 1);
			TSNode m = ts_node_is_null(from)
				       ? from
				       : js_object_member(c, from, key, klen, depth + 1);
			if (!ts_node_is_null(m))
				return m;
			continue;
		}
		if (!node_is(el, "pair"))
			continue;
		if (node_is(pk, "property_identifier") || node_is(pk, "number"))
			name = js_node_strdup(node_src(c, pk), node_len(pk)), plen = node_len(pk);
		else if (node_is(pk, "computed_property_name"))
			name = fold_dup(c, ts_node_named_child(pk, 0), depth + 1, &plen);
		else
			name = fold_dup(c, pk, depth + 1, &plen);
		hit = name && plen == klen && memcmp(name, key, klen) == 0;
		free(name);
		if (hit)
			return js_field(el, F_value);
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
		js_resolve(c, js_last_named(n), out, depth + 1);
		return;
	}
	if (js_type_is_any(n, js_function_types) || strcmp(t, "class") == 0 ||
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
	body = js_field(fn, F_body);
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
		fn = js_last_named(fn);
	if (node_is(fn, "identifier") && depth < RESOLVE_DEPTH && js_path_enter(c, fn, 'c')) {
		size_t i = 0;
		const struct binding *b;
		while ((b = js_next_visible(c, fn, &i)))
			if (b->kind == BIND_VALUE && js_type_is_any(b->value, js_function_types))
				resolve_function_result(c, b->value, out, depth + 1);
		js_path_leave();
		return;
	}
	if (!js_type_is_any(fn, js_function_types) || !actx_step(c))
		return;
	char key[1 + sizeof(TSNode)];
	node_key(KEY_RETURNS, fn, key);
	actx_resolve_name(c, key, sizeof(key), out, depth, resolve_returns_key);
	(void)budget;
}

/* Whether obj is a built-in function, whose .constructor is Function: a
 * method of a literal ([].filter, ''.big, (1).toFixed; not .length), of
 * Math, JSON, console, Object, ... (Math.max), or a global function
 * (parseInt, eval, require). */
static bool constructor_is_function(struct actx *c, TSNode obj, int depth)
{
	static const char *const spaces[] = {"Math.",	 "JSON.",   "console.", "Object.",
					     "Array.",	 "String.", "Number.",	"Reflect.",
					     "Promise.", "Date.",   "Symbol.",	NULL};
	static const char *const fns[] = {"eval",      "parseInt",  "parseFloat", "isNaN",
					  "escape",    "unescape",  "setTimeout", "setInterval",
					  "require",   "fetch",	    "atob",	  "btoa",
					  "encodeURI", "decodeURI", NULL};
	struct names ns = {0};
	bool fn = false;

	if (node_is(obj, "member_expression") || node_is(obj, "subscript_expression")) {
		bool member = node_is(obj, "member_expression");
		TSNode inner = js_field(obj, F_object);
		size_t plen = 0;
		char *prop = member ? js_node_strdup(node_src(c, js_field(obj, F_property)),
						     node_len(js_field(obj, F_property)))
				    : fold_dup(c, js_field(obj, F_index), depth + 1, &plen);
		if (member)
			plen = strlen(prop);
		bool data = prop == NULL || js_str_eq(prop, plen, "length") ||
			    js_str_eq(prop, plen, "constructor");
		free(prop);
		if (data)
			return false;
		while (node_is(inner, "parenthesized_expression"))
			inner = js_last_named(inner);
		if (node_is(inner, "array") || node_is(inner, "string") ||
		    node_is(inner, "template_string") || node_is(inner, "object") ||
		    node_is(inner, "number") || node_is(inner, "regex"))
			return true;
	} else if (!node_is(obj, "identifier")) {
		return false;
	}
	js_resolve(c, obj, &ns, depth + 1);
	for (int i = 0; i < ns.n && !fn; i++) {
		const char *n = ns.v[i];
		if (strncmp(n, "global.", 7) != 0)
			continue;
		n += 7;
		for (size_t j = 0; spaces[j] && !fn; j++) {
			size_t l = strlen(spaces[j]);
			fn = strncmp(n, spaces[j], l) == 0 && n[l] >= 'a' && n[l] <= 'z' &&
			     strchr(n + l, '.') == NULL;
		}
		for (size_t j = 0; fns[j] && !fn; j++)
			fn = strcmp(n, fns[j]) == 0;
	}
	names_free(&ns);
	return fn;
}

/* obj.key and obj['key']. */
static void resolve_prop(struct actx *c, TSNode obj, const char *key, size_t klen,
			 struct names *out, int depth)
{
	struct names base = {0};

	while (node_is(obj, "parenthesized_expression"))
		obj = js_last_named(obj);
	if (js_str_eq(key, klen, "constructor")) {
		/* Any value's .constructor.constructor is Function. */
		if (js_is_function_literal(obj)) {
			names_add(out, "global.Function");
			return;
		}
		if (node_is(obj, "member_expression") &&
		    node_text_is(c, js_field(obj, F_property), "constructor")) {
			names_add(out, "global.Function");
			return;
		}
		if (node_is(obj, "string") || node_is(obj, "template_string")) {
			names_add(out, "global.String");
			return;
		}
		if (constructor_is_function(c, obj, depth)) {
			names_add(out, "global.Function");
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
	if (js_str_eq(key, klen, "value") || js_str_eq(key, klen, "get")) {
		/* Object.getOwnPropertyDescriptor(globalThis, 'eval').value
		 * (and its getter) is the property itself */
		TSNode d = js_bound_literal(c, obj, "call_expression", 'D', depth + 1);
		if (!ts_node_is_null(d)) {
			struct names fns = {0};
			js_resolve(c, js_field(d, F_function), &fns, depth + 1);
			bool desc = js_any_name(&fns, "global.Object.getOwnPropertyDescriptor") ||
				    js_any_name(&fns, "global.Reflect.getOwnPropertyDescriptor");
			names_free(&fns);
			size_t plen;
			char *prop = desc ? fold_dup(c, js_arg_at(d, 1), depth + 1, &plen) : NULL;
			if (prop) {
				resolve_prop(c, js_arg_at(d, 0), prop, plen, out, depth + 1);
				free(prop);
				return;
			}
		}
		/* Object.getOwnPropertyDescriptors(o).k.value is o.k */
		TSNode inner = obj;
		while (node_is(inner, "parenthesized_expression"))
			inner = js_last_named(inner);
		bool member = node_is(inner, "member_expression");
		if (member || node_is(inner, "subscript_expression")) {
			TSNode all = js_bound_literal(c, js_field(inner, F_object),
						      "call_expression", 'D', depth + 1);
			struct names fns = {0};
			if (!ts_node_is_null(all))
				js_resolve(c, js_field(all, F_function), &fns, depth + 1);
			bool descs = js_any_name(&fns, "global.Object.getOwnPropertyDescriptors");
			names_free(&fns);
			size_t plen = 0;
			char *prop = NULL;
			if (descs && member) {
				TSNode pn = js_field(inner, F_property);
				prop = js_node_strdup(node_src(c, pn), node_len(pn));
				plen = node_len(pn);
			} else if (descs) {
				prop = fold_dup(c, js_field(inner, F_index), depth + 1, &plen);
			}
			if (prop) {
				resolve_prop(c, js_arg_at(all, 0), prop, plen, out, depth + 1);
				free(prop);
				return;
			}
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
	if (node_is(obj, "identifier") && node_len(obj) + klen + 2 <= NAME_MAX_LEN) {
		/* box.run = cp.exec, then box.run: what was assigned to it */
		char name[NAME_MAX_LEN];
		snprintf(name, sizeof(name), "%.*s.%.*s", (int)node_len(obj), node_src(c, obj),
			 (int)klen, key);
		if (actx_is_bound(c, name, strlen(name)))
			resolve_name_at(c, name, strlen(name), obj, out, depth);
	}
	TSNode o = js_bound_literal(c, obj, "object", 'o', depth + 1);
	if (!ts_node_is_null(o)) {
		/* {run: cp.exec}.run */
		TSNode v = js_object_member(c, o, key, klen, depth);
		if (node_is(v, "shorthand_property_identifier"))
			resolve_identifier(c, v, out, depth + 1);
		else
			js_resolve(c, v, out, depth + 1);
		return;
	}
	js_resolve(c, obj, &base, depth + 1);
	js_prop_of_names(&base, key, klen, out);
	names_free(&base);
}

static void resolve_pattern_elem(struct actx *c, TSNode el, struct names *out, int depth);

/* A parameter pattern's source: import('x').then(({exec}) => ...) takes
 * what the promise holds, (({exec}) => ...)(require('x')) its argument. */
static void resolve_param_source(struct actx *c, TSNode params, TSNode pat, struct names *out,
				 int depth)
{
	TSNode fn = ts_node_parent(params), up = ts_node_parent(fn), call;
	uint32_t idx = 0, k = ts_node_named_child_count(params);

	while (idx < k && !ts_node_eq(ts_node_named_child(params, idx), pat))
		idx++;
	if (idx == k)
		return;
	TSNode op = node_is(pat, "assignment_pattern") ? js_field(pat, F_left) : pat;
	if (node_is(op, "object_pattern")) { /* the arguments of the calls by name */
		char key[24];
		size_t i = 0, len = js_pattern_arg_key(op, key, sizeof(key));
		const struct binding *b;
		int seen = 0;
		while (seen++ < 8 && (b = actx_lookup(c, key, len, &i)))
			if (b->kind == BIND_VALUE)
				js_resolve(c, b->value, out, depth + 1);
	}
	if (!js_is_function_literal(fn))
		return;
	while (node_is(up, "parenthesized_expression"))
		up = ts_node_parent(up);
	if (node_is(up, "call_expression")) { /* called where it is written */
		js_resolve(c, js_arg_at(up, idx), out, depth + 1);
		return;
	}
	if (!node_is(up, "arguments") || idx != 0)
		return;
	call = ts_node_parent(up);
	TSNode callee = js_field(call, F_function);
	if (node_is(callee, "member_expression") &&
	    node_text_is(c, js_field(callee, F_property), "then") &&
	    ts_node_eq(js_arg_at(call, 0), fn))
		js_resolve(c, js_field(callee, F_object), out, depth + 1);
}

/* What the object pattern containing an element destructures. */
static void resolve_pattern_source(struct actx *c, TSNode pat, struct names *out, int depth)
{
	TSNode p = ts_node_parent(pat);

	if (node_is(p, "variable_declarator") && ts_node_eq(js_field(p, F_name), pat))
		js_resolve(c, js_field(p, F_value), out, depth + 1);
	else if (node_is(p, "assignment_expression") && ts_node_eq(js_field(p, F_left), pat))
		js_resolve(c, js_field(p, F_right), out, depth + 1);
	else if (node_is(p, "pair_pattern"))
		resolve_pattern_elem(c, p, out, depth + 1);
	else if (node_is(p, "assignment_pattern") && ts_node_eq(js_field(p, F_left), pat)) {
		/* a parameter's default, f({ dlopen } = process), and what a call
		 * passes in its place */
		js_resolve(c, js_field(p, F_right), out, depth + 1);
		if (node_is(ts_node_parent(p), "formal_parameters"))
			resolve_param_source(c, ts_node_parent(p), p, out, depth);
	} else if (node_is(p, "formal_parameters"))
		resolve_param_source(c, p, pat, out, depth);
}

TSNode js_pattern_member(struct actx *c, TSNode el, int depth)
{
	TSNode pat = ts_node_parent(el), up = ts_node_parent(pat), key, lit;
	char *name;
	size_t len;

	if (node_is(el, "pair_pattern")) {
		key = js_field(el, F_key);
		if (!node_is(key, "property_identifier"))
			return (TSNode){0};
	} else if (node_is(el, "shorthand_property_identifier_pattern")) {
		key = el;
	} else {
		return (TSNode){0};
	}
	if (!node_is(pat, "object_pattern") || !node_is(up, "variable_declarator") ||
	    !ts_node_eq(js_field(up, F_name), pat))
		return (TSNode){0};
	lit = js_bound_literal(c, js_field(up, F_value), "object", 'o', depth + 1);
	if (ts_node_is_null(lit))
		return lit;
	name = js_node_strdup(node_src(c, key), node_len(key));
	len = node_len(key);
	lit = js_object_member(c, lit, name, len, depth + 1);
	free(name);
	return node_is(lit, "shorthand_property_identifier") ? (TSNode){0} : lit;
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
		key = js_node_strdup(node_src(c, el), node_len(el));
		klen = node_len(el);
	} else if (node_is(el, "object_assignment_pattern")) {
		k = js_field(el, F_left);
		key = js_node_strdup(node_src(c, k), node_len(k));
		klen = node_len(k);
	} else if (node_is(el, "pair_pattern")) {
		k = js_field(el, F_key);
		if (node_is(k, "property_identifier")) {
			key = js_node_strdup(node_src(c, k), node_len(k));
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
	/* { loader: { dlopen } } = { loader: process }: an object literal's
	 * member by its key */
	TSNode pat = ts_node_parent(el), up = ts_node_parent(pat), from = {0};
	if (node_is(up, "variable_declarator") && ts_node_eq(js_field(up, F_name), pat))
		from = js_field(up, F_value);
	else if ((node_is(up, "assignment_expression") || node_is(up, "assignment_pattern")) &&
		 ts_node_eq(js_field(up, F_left), pat))
		from = js_field(up, F_right);
	if (key && !ts_node_is_null(from)) {
		TSNode lit = js_bound_literal(c, from, "object", 'o', depth + 1);
		TSNode m =
		    ts_node_is_null(lit) ? lit : js_object_member(c, lit, key, klen, depth + 1);
		if (!ts_node_is_null(m))
			js_resolve(c, m, out, depth + 1);
	}
	resolve_pattern_source(c, pat, &src, depth);
	if (key)
		js_prop_of_names(&src, key, klen, out);
	else
		for (int i = 0; i < src.n; i++)
			names_add(out, src.v[i]);
	names_free(&src);
	free(key);
}

/* What calling the result of `inner` returns, when inner builds a
 * function from `return X` (Function('return this')(), and the same
 * through Reflect.construct(Function, [...]) or Reflect.apply(Function,
 * t, [...])) or is eval of a name (eval('require')). */
static void resolve_built_function(struct actx *c, TSNode inner, struct names *out, int depth)
{
	TSNode fn = js_field(inner, node_is(inner, "new_expression") ? F_constructor : F_function);
	TSNode last = js_last_arg(inner);
	struct names ns = {0};
	size_t len;
	char *body;

	js_resolve(c, fn, &ns, depth + 1);
	bool construct = js_any_name(&ns, "global.Reflect.construct");
	if (node_is(inner, "call_expression") &&
	    (construct || js_any_name(&ns, "global.Reflect.apply"))) {
		TSNode args = js_arg_at(inner, construct ? 1 : 2);
		last = node_is(args, "array") ? js_last_named(args) : (TSNode){0};
		names_free(&ns);
		js_resolve(c, js_arg_at(inner, 0), &ns, depth + 1);
	}
	if (js_any_name(&ns, "global.Function") && !ts_node_is_null(last) &&
	    (body = fold_dup(c, last, depth + 1, &len)) != NULL) {
		char *p = body;
		while (*p == ' ' || *p == '\n' || *p == '\t')
			p++;
		if (strncmp(p, "return", 6) == 0 && (p[6] == ' ' || p[6] == '\t'))
			js_global_path_add(p + 7, len - (size_t)(p + 7 - body), out);
		free(body);
	}
	names_free(&ns);
}

/* Whether function literal f has a `return this` of its own (not one of
 * a function inside it). */
static bool returns_this(TSNode n, int depth)
{
	uint32_t k = ts_node_named_child_count(n);

	if (depth > 64)
		return false;
	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_named_child(n, i);
		if (js_type_is_any(ch, js_function_types) || node_is(ch, "class") ||
		    node_is(ch, "class_declaration"))
			continue;
		if (node_is(ch, "return_statement") && node_is(js_last_named(ch), "this"))
			return true;
		if (returns_this(ch, depth + 1))
			return true;
	}
	return false;
}

static void resolve_call(struct actx *c, TSNode n, struct names *out, int depth)
{
	TSNode fn = js_field(n, F_function), a0 = js_arg_at(n, 0);
	struct names fns = {0};
	size_t len;
	char *s;

	if (node_is(fn, "import")) {
		if ((s = fold_dup(c, a0, depth + 1, &len)) != NULL)
			js_module_add(out, s, len);
		free(s);
		return;
	}
	char key[NAME_MAX_LEN];
	if (js_map_key_name(c, n, "get", key, sizeof(key)) && actx_is_bound(c, key, strlen(key)))
		resolve_name_at(c, key, strlen(key), n, out, depth);
	while (node_is(fn, "parenthesized_expression"))
		fn = js_last_named(fn);
	if (node_is(fn, "call_expression") || node_is(fn, "new_expression"))
		resolve_built_function(c, fn, out, depth);
	resolve_function_result(c, fn, out, depth);
	/* (function () { return this; })(): called plainly, a sloppy-mode
	 * function's this is the global object */
	if ((node_is(fn, "function_expression") || node_is(fn, "function")) &&
	    returns_this(js_field(fn, F_body), 0))
		names_add(out, "global");
	/* f.bind(o) is f */
	if (node_is(fn, "member_expression") && node_text_is(c, js_field(fn, F_property), "bind")) {
		js_resolve(c, js_field(fn, F_object), out, depth + 1);
		return;
	}
	/* require.call(null, 'm') is require('m') */
	if (node_is(fn, "member_expression") && node_text_is(c, js_field(fn, F_property), "call")) {
		js_resolve(c, js_field(fn, F_object), &fns, depth + 1);
		if (js_any_require(&fns))
			a0 = js_arg_at(n, 1);
		else
			names_free(&fns);
	}
	if (fns.n == 0)
		js_resolve(c, fn, &fns, depth + 1);
	if (js_any_require(&fns) && (s = fold_dup(c, a0, depth + 1, &len)) != NULL) {
		js_module_add(out, s, len);
		free(s);
	}
	if (js_any_name(&fns, "module.createRequire") ||
	    js_any_name(&fns, "module.createRequireFromPath"))
		names_add(out, "global.require");
	/* Deno.env.toObject() (Deno.env is process.env): the environment */
	if (js_any_name(&fns, "process.env.toObject"))
		names_add(out, "process.env");
	/* os.userInfo().homedir is os.homedir() (canon_prefixes) */
	if (js_any_name(&fns, "os.userInfo"))
		names_add(out, "os.userInfo()");
	/* a path made of parts (a module's own plugins for import()) */
	static const char *const paths[] = {"path.join", "path.resolve", "url.pathToFileURL"};
	for (size_t i = 0; i < ARRAY_SIZE(paths); i++)
		if (js_any_name(&fns, paths[i]))
			names_addf(out, "%s()", paths[i]);
	if (js_any_name(&fns, "util.promisify") || js_any_name(&fns, "util.callbackify"))
		js_resolve(c, a0, out, depth + 1);
	if ((js_any_name(&fns, "process.binding") || js_any_name(&fns, "process._linkedBinding")) &&
	    (s = fold_dup(c, a0, depth + 1, &len)) != NULL) {
		names_addf(out, "process.binding.%s", s);
		free(s);
	}
	if (js_any_name(&fns, "global.Reflect.get") &&
	    (s = fold_dup(c, js_arg_at(n, 1), depth + 1, &len)) != NULL) {
		resolve_prop(c, a0, s, len, out, depth);
		free(s);
	}
	if (js_any_name(&fns, "global.Object.getPrototypeOf") && js_is_function_literal(a0))
		names_add(out, "global.Function.prototype");
	if (js_any_name(&fns, "global.eval") && (s = fold_dup(c, a0, depth + 1, &len)) != NULL) {
		js_global_path_add(s, len, out);
		free(s);
	}
	names_free(&fns);
}

static void js_resolve_node(struct actx *c, TSNode n, struct names *out, int depth);

/* fs[op] where op is a parameter, a loop's element or a destructured part
 * (for (const op of ['rmSync']), emit('job', {op: 'rmSync'}), fs[j.op] of
 * for (const j of jobs)): the member
 * by each name op may take, when the object is a module or a global the
 * analysis knows (a local array's a[i] is not looked into). The values
 * come through lang_ops (javascript_values.c folds and resolves too). */
#define EACH_KEYS_MAX 8

struct each_keys {
	char *v[EACH_KEYS_MAX];
	int n;
};

static bool collect_key(void *arg, const char *s, size_t len)
{
	struct each_keys *k = arg;
	bool name = len > 0 && len < 64 && !isdigit((unsigned char)s[0]);
	for (size_t i = 0; i < len && name; i++)
		name = isalnum((unsigned char)s[i]) || s[i] == '_' || s[i] == '$';
	for (int i = 0; i < k->n && name; i++)
		name = strlen(k->v[i]) != len || memcmp(k->v[i], s, len) != 0;
	if (name && k->n < EACH_KEYS_MAX)
		k->v[k->n++] = js_node_strdup(s, len);
	return k->n < EACH_KEYS_MAX;
}

static void resolve_each_key(struct actx *c, TSNode obj, TSNode idx, struct names *out,
			     int depth)
{
	struct names base = {0};
	struct each_keys keys = {{0}, 0};

	js_resolve(c, obj, &base, depth + 1);
	if (base.n == 0 || depth > RESOLVE_DEPTH)
		return;
	names_free(&base);
	c->ops->each_value(c, idx, true, collect_key, &keys, depth + 1);
	for (int i = 0; i < keys.n; i++) {
		resolve_prop(c, obj, keys.v[i], strlen(keys.v[i]), out, depth);
		free(keys.v[i]);
	}
}

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
void js_resolve(struct actx *c, TSNode n, struct names *out, int depth)
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
		TSNode prop = js_field(n, F_property);
		resolve_prop(c, js_field(n, F_object), node_src(c, prop), node_len(prop), out,
			     depth);
	} else if (strcmp(t, "subscript_expression") == 0) {
		TSNode obj = js_field(n, F_object), idx = js_field(n, F_index);
		TSNode arr = js_bound_literal(c, obj, "array", 'a', depth + 1);
		size_t len;
		long i;
		char *key;
		if (!ts_node_is_null(arr) && js_number_value(c, idx, &i) == 0) {
			/* [eval][0], fns[1] */
			if (i >= 0 && (uint32_t)i < ts_node_named_child_count(arr))
				js_resolve(c, ts_node_named_child(arr, (uint32_t)i), out,
					   depth + 1);
		} else if ((key = fold_dup(c, idx, depth + 1, &len)) != NULL) {
			resolve_prop(c, obj, key, len, out, depth);
			free(key);
		} else if (node_is(idx, "identifier") || node_is(idx, "member_expression")) {
			resolve_each_key(c, obj, idx, out, depth);
		}
	} else if (strcmp(t, "call_expression") == 0) {
		resolve_call(c, n, out, depth);
	} else if (strcmp(t, "parenthesized_expression") == 0 ||
		   strcmp(t, "sequence_expression") == 0) {
		js_resolve(c, js_last_named(n), out, depth + 1);
	} else if (strcmp(t, "await_expression") == 0) {
		js_resolve(c, ts_node_named_child(n, 0), out, depth + 1);
	} else if (strcmp(t, "ternary_expression") == 0) {
		js_resolve(c, js_field(n, F_consequence), out, depth + 1);
		js_resolve(c, js_field(n, F_alternative), out, depth + 1);
	} else if (strcmp(t, "binary_expression") == 0) {
		TSNode op = js_field(n, F_operator);
		if (node_text_is(c, op, "||") || node_text_is(c, op, "??") ||
		    node_text_is(c, op, "&&")) {
			js_resolve(c, js_field(n, F_left), out, depth + 1);
			js_resolve(c, js_field(n, F_right), out, depth + 1);
		}
	} else if (strcmp(t, "assignment_expression") == 0) {
		js_resolve(c, js_field(n, F_right), out, depth + 1);
	} else if (strcmp(t, "new_expression") == 0) {
		/* new Module(id): an instance of node's Module, whose _compile
		 * runs a string as a module's code (module.prototype._compile) */
		struct names ns = {0};
		js_resolve(c, js_field(n, F_constructor), &ns, depth + 1);
		if (js_any_name(&ns, "module") || js_any_name(&ns, "module.Module"))
			names_add(out, "module.prototype");
		names_free(&ns);
	} else if (strcmp(t, "shorthand_property_identifier_pattern") == 0 ||
		   strcmp(t, "pair_pattern") == 0 || strcmp(t, "object_assignment_pattern") == 0 ||
		   strcmp(t, "rest_pattern") == 0) {
		resolve_pattern_elem(c, n, out, depth);
	}
}
