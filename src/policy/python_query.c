/*
 * The fields of a query string the program parses from a constant
 * (urllib.parse.parse_qsl, parse_qs): each value is what the name given to
 * it is, decoded as urllib.parse.unquote_plus decodes it:
 *
 *	opts = dict(parse_qsl("dir=%7E%2F%2Eaws&file=credentials"))
 *	opts["dir"]                                 # "~/.aws"
 *	parse_qs(q)["file"][0], opts.get("file")    # "credentials"
 *
 * and so are the morsels of a cookie jar loaded from a constant
 * (http.cookies.SimpleCookie(T), or SimpleCookie() and jar.load(T)), each
 * value unquoted as the module unquotes it:
 *
 *	jar = SimpleCookie(); jar.load('dir=".ssh"; f=id_rsa')
 *	jar["dir"].value                            # ".ssh"
 */
#include <stdlib.h>
#include <string.h>

#include "policy/python.h"

/* s[0..len) with '+' a space and %XX its byte */
static void put_unquoted(struct buf *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		int hi = i + 2 < len && s[i] == '%' ? hex_digit(s[i + 1]) : -1;
		int lo = hi >= 0 ? hex_digit(s[i + 2]) : -1;
		char ch = s[i] == '+' ? ' ' : s[i];
		if (lo >= 0) {
			ch = (char)(hi * 16 + lo);
			i += 2;
		}
		buf_append(out, &ch, 1);
	}
}

/* q (or the call a name is bound to once): 1 for dict(parse_qsl(T)), 2
 * for parse_qs(T), with *text T; 0 for anything else */
static int query_call(struct actx *c, TSNode q, TSNode *text, int depth)
{
	if (node_is(q, "identifier"))
		q = python_bound_once(c, q);
	if (!node_is(q, "call"))
		return 0;
	struct names ns = {0};
	int kind = 0;
	TSNode a0 = python_first_arg(q, 0);
	c->ops->resolve(c, node_field(q, "function"), &ns, depth + 1);
	if (python_any_is(&ns, "urllib.parse.parse_qs", NULL)) {
		kind = 2;
		*text = a0;
	} else if (node_is(a0, "call") && node_text_is(c, node_field(q, "function"), "dict") &&
		   actx_lookup(c, "dict", 4, &(size_t){0}) == NULL) { /* the builtin */
		struct names in = {0};
		c->ops->resolve(c, node_field(a0, "function"), &in, depth + 1);
		if (python_any_is(&in, "urllib.parse.parse_qsl", NULL)) {
			kind = 1;
			*text = python_first_arg(a0, 0);
		}
		names_free(&in);
	}
	names_free(&ns);
	return ts_node_is_null(*text) ? 0 : kind;
}

int python_fold_query(struct actx *c, TSNode value, TSNode sub, struct buf *out, int depth)
{
	TSNode text = {0}, key = sub;
	int kind = query_call(c, value, &text, depth);
	if (kind == 0 && node_is(value, "subscript") && node_text_is(c, sub, "0") &&
	    query_call(c, node_field(value, "value"), &text, depth) == 2) {
		kind = 2; /* parse_qs(q)["k"][0] */
		key = node_field(value, "subscript");
	}
	if (kind == 0 || (kind == 2 && key.id == sub.id) || depth > 8)
		return -1;
	size_t klen, tlen;
	char *k = python_fold_or_default(c, key, depth + 1, &klen);
	char *t = k ? python_fold_or_default(c, text, depth + 1, &tlen) : NULL;
	struct buf name = {0}, found = {0};
	bool hit = false;
	for (size_t i = 0; t && i < tlen && !(hit && kind == 2);) {
		const char *f = t + i, *amp = memchr(f, '&', tlen - i);
		size_t flen = amp ? (size_t)(amp - f) : tlen - i;
		const char *eq = memchr(f, '=', flen);
		i += flen + 1;
		if (eq == NULL || eq + 1 == f + flen)
			continue; /* no value: parse_qsl drops it */
		name.len = 0;
		put_unquoted(&name, f, (size_t)(eq - f));
		if (name.len != klen || memcmp(name.data, k, klen) != 0)
			continue;
		found.len = 0; /* dict(): the last one; parse_qs()[k][0]: the first */
		put_unquoted(&found, eq + 1, (size_t)(f + flen - eq - 1));
		hit = true;
	}
	if (hit)
		buf_append(out, found.data, found.len);
	buf_free(&name);
	buf_free(&found);
	free(k);
	free(t);
	return hit ? 0 : -1;
}

/* jar.load(T) anywhere in the program (the first), of jar's name */
static TSNode cookie_load(struct actx *c, TSNode jar)
{
	TSNode root = jar, up;
	while (!ts_node_is_null(up = ts_node_parent(root)))
		root = up;
	TSTreeCursor cur = ts_tree_cursor_new(root);
	TSNode found = {0};
	do {
		TSNode n = ts_tree_cursor_current_node(&cur), fn = node_field(n, "function");
		if (node_is(n, "call") && node_is(fn, "attribute") &&
		    node_text_is(c, node_field(fn, "attribute"), "load")) {
			TSNode o = node_field(fn, "object");
			if (node_len(o) == node_len(jar) &&
			    memcmp(node_src(c, o), node_src(c, jar), node_len(jar)) == 0) {
				found = python_first_arg(n, 0);
				break;
			}
		}
	} while (tree_next(&cur, true));
	ts_tree_cursor_delete(&cur);
	return found;
}

/* A cookie's value as http.cookies reads it: "..." unquoted (\ooo an
 * octal byte, \x the character x) */
static void put_cookie_value(struct buf *out, const char *v, size_t len)
{
	if (len < 2 || v[0] != '"' || v[len - 1] != '"') {
		buf_append(out, v, len);
		return;
	}
	for (size_t i = 1; i + 1 < len; i++) {
		char ch = v[i];
		if (ch == '\\' && i + 2 < len) {
			if (i + 4 < len && v[i + 1] >= '0' && v[i + 1] <= '3' && v[i + 2] >= '0' &&
			    v[i + 2] <= '7' && v[i + 3] >= '0' && v[i + 3] <= '7') {
				ch = (char)((v[i + 1] - '0') * 64 + (v[i + 2] - '0') * 8 +
					    v[i + 3] - '0');
				i += 3;
			} else {
				ch = v[++i];
			}
		}
		buf_append(out, &ch, 1);
	}
}

int python_fold_cookie(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode sub = node_field(n, "object"), jar = node_field(sub, "value"), made, text = {0};
	if (!node_is(sub, "subscript") || !node_is(jar, "identifier") || depth > 8)
		return -1;
	made = python_bound_once(c, jar);
	if (!node_is(made, "call"))
		return -1;
	struct names ns = {0};
	c->ops->resolve(c, node_field(made, "function"), &ns, depth + 1);
	bool cookie = python_any_is(&ns, "http.cookies.SimpleCookie", "http.cookies.BaseCookie");
	names_free(&ns);
	if (!cookie)
		return -1;
	text = python_first_arg(made, 0);
	if (ts_node_is_null(text))
		text = cookie_load(c, jar);
	if (ts_node_is_null(text))
		return -1;
	size_t klen, tlen;
	char *k = python_fold_or_default(c, node_field(sub, "subscript"), depth + 1, &klen);
	char *t = k ? python_fold_or_default(c, text, depth + 1, &tlen) : NULL;
	struct buf found = {0};
	bool hit = false;
	for (size_t i = 0; t && i < tlen;) {
		const char *f = t + i, *semi = memchr(f, ';', tlen - i);
		size_t flen = semi ? (size_t)(semi - f) : tlen - i;
		i += flen + 1;
		while (flen > 0 && (*f == ' ' || *f == '\t'))
			f++, flen--;
		while (flen > 0 && (f[flen - 1] == ' ' || f[flen - 1] == '\t'))
			flen--;
		const char *eq = memchr(f, '=', flen);
		if (eq == NULL)
			continue;
		size_t nl = (size_t)(eq - f);
		while (nl > 0 && f[nl - 1] == ' ')
			nl--;
		const char *v = eq + 1;
		while (v < f + flen && *v == ' ')
			v++;
		if (nl != klen || memcmp(f, k, klen) != 0)
			continue;
		found.len = 0; /* the last of that name */
		put_cookie_value(&found, v, (size_t)(f + flen - v));
		hit = true;
	}
	if (hit)
		buf_append(out, found.data, found.len);
	buf_free(&found);
	free(k);
	free(t);
	return hit ? 0 : -1;
}
