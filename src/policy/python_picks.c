/*
 * What a Python program names through a shape that only hands it on, cut
 * down to the thing itself before the analysis reads the program
 * (analyze_source.c), so that every rule written for a call, a method or
 * a string sees it:
 *
 *	{"f": p.unlink}["f"]()          # p.unlink()
 *	{"w": home.rglob, "n": name}["w"]("*")   # home.rglob("*")
 *	def _id(f): return f
 *	_id(p.unlink)()                 # p.unlink()
 *	getattr(p, "unlink")()          # p.unlink()
 *	class K: USER = "user"
 *	places[K.USER]                  # places["user"]
 *
 * python_callee.c resolves the same shapes to names; this makes them the
 * call itself, methods of objects included. A pick is cut only where its
 * value is called or read from (not assigned to) and its other values are
 * names or literals (dropping them drops no effect); an identity function
 * only when defined once at the module's top and named nowhere but there
 * and as the callee of calls (so never bound again); a getattr of the
 * builtin, a name never bound again; a class's string constant, the class
 * named nowhere else. The last three not in a program that can rebind a
 * name without naming it (globals(), builtins, __code__, ...).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/python.h"

/* Python's plain string key: "name" with no prefix and no escapes, its
 * text in *s, *len. */
static bool py_plain_key(const char *src, TSNode n, const char **s, uint32_t *len)
{
	TSNode body;
	if (strcmp(ts_node_type(n), "string") != 0 || ts_node_named_child_count(n) != 3 ||
	    ts_node_end_byte(ts_node_named_child(n, 0)) - ts_node_start_byte(n) != 1 ||
	    strcmp(ts_node_type(body = ts_node_named_child(n, 1)), "string_content") != 0 ||
	    ts_node_child_count(body) != 0)
		return false;
	*s = src + ts_node_start_byte(body);
	*len = ts_node_end_byte(body) - ts_node_start_byte(body);
	return true;
}

/* What dropping loses nothing of: a name, a chain of names, a literal. */
static bool py_plain(TSNode n)
{
	const char *t = ts_node_type(n);
	if (strcmp(t, "attribute") == 0)
		return py_plain(node_field(n, "object"));
	return strcmp(t, "identifier") == 0 || strcmp(t, "string") == 0 ||
	       strcmp(t, "integer") == 0 || strcmp(t, "none") == 0;
}

/* The wrapper around v cut away (n's text before and after it); v
 * parenthesised unless it reads the same bare. Not across lines: the cut
 * would end the statement. */
static void py_unwrap(const char *src, TSNode n, TSNode v, py_cut_fn *cut, void *e)
{
	uint32_t s = ts_node_start_byte(n), vs = ts_node_start_byte(v), ve = ts_node_end_byte(v),
		 end = ts_node_end_byte(n);
	const char *t = ts_node_type(v);
	bool bare = strcmp(t, "identifier") == 0 || strcmp(t, "attribute") == 0 ||
		    strcmp(t, "call") == 0 || strcmp(t, "subscript") == 0 ||
		    strcmp(t, "parenthesized_expression") == 0;
	if (memchr(src + s, '\n', vs - s) != NULL || memchr(src + ve, '\n', end - ve) != NULL)
		return;
	cut(e, s, vs, bare ? "" : "(");
	cut(e, ve, end, bare ? "" : ")");
}

/* Where a picked value is used as what it is: called, or its attribute
 * read (not assigned to, where {"k": x}["k"] = 1 leaves x as it was). */
static bool py_used(TSNode n)
{
	TSNode p = ts_node_parent(n);
	const char *t = ts_node_type(p);
	return (strcmp(t, "call") == 0 && ts_node_eq(node_field(p, "function"), n)) ||
	       (strcmp(t, "attribute") == 0 && ts_node_eq(node_field(p, "object"), n) &&
		!(strcmp(ts_node_type(ts_node_parent(p)), "assignment") == 0 &&
		  ts_node_eq(node_field(ts_node_parent(p), "left"), p)));
}

/* {"k": v, ...}["k"] called or read from is v (the last pair of that key;
 * the others must be names or literals, which cost nothing to drop):
 * every reader of calls sees the callee ({"f": p.unlink}["f"]() is
 * p.unlink()). */
static void python_picked_item(const char *src, TSNode n, py_cut_fn *cut, void *e)
{
	TSNode box = node_field(n, "value"), found = {0};
	const char *k, *pk;
	uint32_t kl, pl;
	if (strcmp(ts_node_type(box), "dictionary") != 0 || !py_used(n) ||
	    !py_plain_key(src, node_field(n, "subscript"), &k, &kl))
		return;
	for (uint32_t i = 0; i < ts_node_named_child_count(box); i++) {
		TSNode pair = ts_node_named_child(box, i), v = node_field(pair, "value");
		if (strcmp(ts_node_type(pair), "pair") != 0 ||
		    !py_plain_key(src, node_field(pair, "key"), &pk, &pl))
			return;
		if (pl == kl && memcmp(pk, k, kl) == 0) {
			if (!ts_node_is_null(found) && !py_plain(found))
				return;
			found = v;
		} else if (!py_plain(v)) {
			return;
		}
	}
	if (!ts_node_is_null(found))
		py_unwrap(src, n, found, cut, e);
}

static bool same_text(const char *src, TSNode a, TSNode b)
{
	uint32_t as = ts_node_start_byte(a), al = ts_node_end_byte(a) - as;
	return al == ts_node_end_byte(b) - ts_node_start_byte(b) &&
	       memcmp(src + as, src + ts_node_start_byte(b), al) == 0;
}

/* def f(p): return p at the module's top */
static bool identity_def(const char *src, TSNode def)
{
	TSNode ps = node_field(def, "parameters"), body = node_field(def, "body");
	TSNode par = ts_node_named_child(ps, 0), ret = ts_node_named_child(body, 0);
	TSNode v = ts_node_named_child(ret, 0);
	return ts_node_named_child_count(ps) == 1 && strcmp(ts_node_type(par), "identifier") == 0 &&
	       ts_node_named_child_count(body) == 1 &&
	       strcmp(ts_node_type(ret), "return_statement") == 0 &&
	       ts_node_named_child_count(ret) == 1 && strcmp(ts_node_type(v), "identifier") == 0 &&
	       same_text(src, par, v) && strcmp(ts_node_type(ts_node_parent(def)), "module") == 0;
}

/* f (the name fn): the program's identity function, defined once, and
 * named nowhere but there and as the callee of calls (so never bound
 * again) */
static bool py_only_called(const char *src, TSNode root, TSNode fn, bool own)
{
	int defs = 0;
	bool ok = true;
	TSTreeCursor cur = ts_tree_cursor_new(root);
	do {
		TSNode n = ts_tree_cursor_current_node(&cur);
		if (strcmp(ts_node_type(n), "identifier") == 0 && same_text(src, n, fn)) {
			TSNode p = ts_node_parent(n);
			const char *pt = ts_node_type(p);
			if (strcmp(pt, "call") == 0 && ts_node_eq(node_field(p, "function"), n))
				; /* a use */
			else if (own && strcmp(pt, "function_definition") == 0 &&
				 ts_node_eq(node_field(p, "name"), n) && defs++ == 0)
				ok = identity_def(src, p);
			else
				ok = false;
		}
	} while (ok && defs <= 1 && tree_next(&cur, true));
	ts_tree_cursor_delete(&cur);
	return ok && defs == (own ? 1 : 0);
}

/* A plain string literal of one line, f-strings aside */
static bool one_line_string(const char *src, TSNode v)
{
	uint32_t vs = ts_node_start_byte(v), ve = ts_node_end_byte(v);
	if (strcmp(ts_node_type(v), "string") != 0 || memchr(src + vs, '\n', ve - vs) != NULL)
		return false;
	for (uint32_t i = 0; i < ts_node_named_child_count(v); i++)
		if (strcmp(ts_node_type(ts_node_named_child(v, i)), "interpolation") == 0)
			return false;
	return true;
}

/* class C: whose body only binds names to such strings (a docstring
 * aside), each once; its string for name (a null node when none) */
static TSNode const_of(const char *src, TSNode cls, TSNode name)
{
	TSNode body = node_field(cls, "body"), found = {0};
	for (uint32_t i = 0; i < ts_node_named_child_count(body); i++) {
		TSNode st = ts_node_named_child(body, i), a = ts_node_named_child(st, 0);
		if (strcmp(ts_node_type(a), "assignment") != 0)
			continue;
		TSNode l = node_field(a, "left");
		if (same_text(src, l, name)) {
			if (!ts_node_is_null(found))
				return (TSNode){0};
			found = node_field(a, "right");
		}
	}
	return found;
}

static bool const_class(const char *src, TSNode cls)
{
	TSNode body = node_field(cls, "body");
	if (!ts_node_is_null(node_field(cls, "superclasses")) ||
	    strcmp(ts_node_type(ts_node_parent(cls)), "module") != 0 ||
	    ts_node_named_child_count(body) == 0)
		return false;
	for (uint32_t i = 0; i < ts_node_named_child_count(body); i++) {
		TSNode st = ts_node_named_child(body, i), a = ts_node_named_child(st, 0);
		if (strcmp(ts_node_type(st), "expression_statement") != 0 ||
		    ts_node_named_child_count(st) != 1)
			return false;
		if (i == 0 && strcmp(ts_node_type(a), "string") == 0)
			continue; /* the docstring */
		if (strcmp(ts_node_type(a), "assignment") != 0 ||
		    strcmp(ts_node_type(node_field(a, "left")), "identifier") != 0 ||
		    !ts_node_is_null(node_field(a, "type")) ||
		    !one_line_string(src, node_field(a, "right")))
			return false;
	}
	return true;
}

/* C (the class cls) named nowhere but by its definition and as C.name
 * read of one of its strings (never assigned, deleted, handed on) */
static bool const_class_free(const char *src, TSNode root, TSNode cls)
{
	TSNode cname = node_field(cls, "name");
	bool ok = true;
	TSTreeCursor cur = ts_tree_cursor_new(root);
	do {
		TSNode n = ts_tree_cursor_current_node(&cur);
		if (strcmp(ts_node_type(n), "identifier") == 0 && same_text(src, n, cname) &&
		    !ts_node_eq(n, cname)) {
			TSNode p = ts_node_parent(n), pp = ts_node_parent(p);
			const char *ppt = ts_node_type(pp);
			ok = strcmp(ts_node_type(p), "attribute") == 0 &&
			     ts_node_eq(node_field(p, "object"), n) &&
			     !ts_node_is_null(const_of(src, cls, node_field(p, "attribute"))) &&
			     !((strcmp(ppt, "assignment") == 0 ||
				strcmp(ppt, "augmented_assignment") == 0) &&
			       ts_node_eq(node_field(pp, "left"), p)) &&
			     strcmp(ppt, "delete_statement") != 0 &&
			     strcmp(ppt, "pattern_list") != 0 &&
			     strcmp(ppt, "tuple_pattern") != 0 &&
			     strcmp(ppt, "list_pattern") != 0 &&
			     strcmp(ppt, "for_statement") != 0 && strcmp(ppt, "for_in_clause") != 0;
		}
	} while (ok && tree_next(&cur, true));
	ts_tree_cursor_delete(&cur);
	return ok;
}

/* C.name of such a class: its string, written where it is read (not
 * inside an f-string's braces, whose quotes it could close) */
static void python_const_attr(const char *src, TSNode root, struct py_picks *pk, TSNode n,
			      py_cut_fn *cut, void *e)
{
	TSNode obj = node_field(n, "object"), v;
	if (strcmp(ts_node_type(obj), "identifier") != 0)
		return;
	int k = 0;
	while (k < pk->nconsts && !same_text(src, node_field(pk->consts[k], "name"), obj))
		k++;
	if (k == pk->nconsts ||
	    ts_node_is_null(v = const_of(src, pk->consts[k], node_field(n, "attribute"))))
		return;
	for (TSNode up = ts_node_parent(n); !ts_node_is_null(up); up = ts_node_parent(up))
		if (strcmp(ts_node_type(up), "interpolation") == 0)
			return;
	if (pk->consts_free[k] < 0)
		pk->consts_free[k] = const_class_free(src, root, pk->consts[k]);
	if (!pk->consts_free[k])
		return;
	uint32_t vs = ts_node_start_byte(v), ve = ts_node_end_byte(v);
	char *lit = xmalloc(ve - vs + 1);
	memcpy(lit, src + vs, ve - vs);
	lit[ve - vs] = '\0';
	cut(e, ts_node_start_byte(n), ts_node_end_byte(n), lit);
	free(lit);
}

static bool word_char(char ch)
{
	return ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	       (ch >= '0' && ch <= '9');
}

/* w in the text as a whole word */
static bool has_word(const char *src, size_t len, const char *w)
{
	size_t wl = strlen(w);
	for (const char *p = src; (p = memmem(p, len - (size_t)(p - src), w, wl)) != NULL; p++)
		if ((p == src || !word_char(p[-1])) &&
		    ((size_t)(p - src) + wl == len || !word_char(p[wl])))
			return true;
	return false;
}

bool python_picks_scan(const char *src, size_t len, TSNode root, struct py_picks *pk)
{
	pk->dict = memmem(src, len, "}[", 2) != NULL;
	pk->getattr = memmem(src, len, "getattr(", 8) != NULL;
	pk->getattr_free = -1;
	for (uint32_t i = 0; i < ts_node_named_child_count(root) && pk->nids < 8; i++) {
		TSNode d = ts_node_named_child(root, i), body = node_field(d, "body");
		if (strcmp(ts_node_type(d), "function_definition") == 0 &&
		    ts_node_named_child_count(node_field(d, "parameters")) == 1 &&
		    ts_node_named_child_count(body) == 1 &&
		    strcmp(ts_node_type(ts_node_named_child(body, 0)), "return_statement") == 0)
			pk->ids[pk->nids++] = node_field(d, "name");
		else if (strcmp(ts_node_type(d), "class_definition") == 0 && pk->nconsts < 4 &&
			 const_class(src, d))
			pk->consts_free[pk->nconsts] = -1, pk->consts[pk->nconsts++] = d;
	}
	/* a program that can rebind names without naming them (globals()["f"]
	 * = ..., builtins.getattr = ..., f.__code__ = ...): only its literal
	 * picks are cut */
	static const char *const reach[] = {
	    "globals",	   "locals",	"vars",		"setattr",    "__setattr__",   "__dict__",
	    "modules",	   "builtins",	"__builtins__", "exec",	      "eval",	       "__code__",
	    "__globals__", "f_globals", "f_locals",	"f_builtins", "get_referrers", "ctypes"};
	for (size_t k = 0; k < sizeof(reach) / sizeof(reach[0]); k++)
		if ((pk->getattr || pk->nids > 0 || pk->nconsts > 0) &&
		    has_word(src, len, reach[k]))
			pk->getattr = false, pk->nids = 0, pk->nconsts = 0;
	/* __main__ the module, not `if __name__ == "__main__":` */
	if (memmem(src, len, "import __main__", 15) != NULL ||
	    memmem(src, len, "__main__.", 9) != NULL)
		pk->getattr = false, pk->nids = 0, pk->nconsts = 0;
	return pk->dict || pk->getattr || pk->nids > 0 || pk->nconsts > 0;
}

/* f(v)(...) or f(v).name of that identity function f is v(...), v.name */
static void python_identity_call(const char *src, TSNode root, const struct py_picks *pk, TSNode n,
				 py_cut_fn *cut, void *e)
{
	TSNode fn = node_field(n, "function"), args = node_field(n, "arguments"), v;
	if (strcmp(ts_node_type(fn), "identifier") != 0 || !py_used(n) ||
	    strcmp(ts_node_type(args), "argument_list") != 0 ||
	    ts_node_named_child_count(args) != 1)
		return;
	int k = 0;
	while (k < pk->nids && !same_text(src, pk->ids[k], fn))
		k++;
	if (k == pk->nids)
		return;
	v = ts_node_named_child(args, 0);
	const char *t = ts_node_type(v);
	if (strcmp(t, "keyword_argument") == 0 || strcmp(t, "list_splat") == 0 ||
	    strcmp(t, "dictionary_splat") == 0 || strcmp(t, "comment") == 0 ||
	    strcmp(t, "generator_expression") == 0 || !py_only_called(src, root, fn, true))
		return;
	py_unwrap(src, n, v, cut, e);
}

static bool py_keyword(const char *s, uint32_t len)
{
	static const char *const kw[] = {
	    "False", "None",	 "True",  "and",    "as",   "assert", "async",	"await",    "break",
	    "class", "continue", "def",	  "del",    "elif", "else",   "except", "finally",  "for",
	    "from",  "global",	 "if",	  "import", "in",   "is",     "lambda", "nonlocal", "not",
	    "or",    "pass",	 "raise", "return", "try",  "while",  "with",	"yield"};
	for (size_t i = 0; i < sizeof(kw) / sizeof(kw[0]); i++)
		if (strlen(kw[i]) == len && memcmp(kw[i], s, len) == 0)
			return true;
	return false;
}

/* getattr(o, "name") of the builtin (the name getattr never bound again)
 * is o.name: a plain name, not one Python would mangle (__x in a class) */
static void python_getattr_call(const char *src, TSNode root, struct py_picks *pk, TSNode n,
				py_cut_fn *cut, void *e)
{
	TSNode fn = node_field(n, "function"), args = node_field(n, "arguments"), o, name;
	const char *k;
	uint32_t kl;
	if (strcmp(ts_node_type(fn), "identifier") != 0 ||
	    ts_node_end_byte(fn) - ts_node_start_byte(fn) != 7 ||
	    memcmp(src + ts_node_start_byte(fn), "getattr", 7) != 0 ||
	    strcmp(ts_node_type(args), "argument_list") != 0 ||
	    ts_node_named_child_count(args) != 2)
		return;
	o = ts_node_named_child(args, 0);
	name = ts_node_named_child(args, 1);
	const char *t = ts_node_type(o);
	if (strcmp(t, "keyword_argument") == 0 || strcmp(t, "list_splat") == 0 ||
	    strcmp(t, "dictionary_splat") == 0 || strcmp(t, "comment") == 0 ||
	    !py_plain_key(src, name, &k, &kl) || kl == 0 || py_keyword(k, kl) ||
	    (kl > 2 && k[0] == '_' && k[1] == '_' && !(k[kl - 1] == '_' && k[kl - 2] == '_')))
		return;
	for (uint32_t i = 0; i < kl; i++)
		if (!(k[i] == '_' || (k[i] >= 'a' && k[i] <= 'z') || (k[i] >= 'A' && k[i] <= 'Z') ||
		      (i > 0 && k[i] >= '0' && k[i] <= '9')))
			return;
	uint32_t s = ts_node_start_byte(n), os = ts_node_start_byte(o), oe = ts_node_end_byte(o),
		 end = ts_node_end_byte(n);
	if (memchr(src + s, '\n', os - s) != NULL || memchr(src + oe, '\n', end - oe) != NULL)
		return;
	if (pk->getattr_free < 0)
		pk->getattr_free = py_only_called(src, root, fn, false);
	if (!pk->getattr_free)
		return;
	bool bare = strcmp(t, "identifier") == 0 || strcmp(t, "attribute") == 0 ||
		    strcmp(t, "call") == 0 || strcmp(t, "subscript") == 0 ||
		    strcmp(t, "parenthesized_expression") == 0 || strcmp(t, "string") == 0;
	char tail[80];
	if (kl + 3 > sizeof(tail))
		return;
	snprintf(tail, sizeof(tail), "%s.%.*s", bare ? "" : ")", (int)kl, k);
	cut(e, s, os, bare ? "" : "(");
	cut(e, oe, end, tail);
}

void python_picks(const char *src, TSNode root, TSNode n, struct py_picks *pk, py_cut_fn *cut,
		  void *e)
{
	const char *t = ts_node_type(n);
	if (pk->dict && strcmp(t, "subscript") == 0)
		python_picked_item(src, n, cut, e);
	if (pk->nids > 0 && strcmp(t, "call") == 0)
		python_identity_call(src, root, pk, n, cut, e);
	if (pk->getattr && strcmp(t, "call") == 0)
		python_getattr_call(src, root, pk, n, cut, e);
	if (pk->nconsts > 0 && strcmp(t, "attribute") == 0)
		python_const_attr(src, root, pk, n, cut, e);
}
