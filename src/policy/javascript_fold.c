/*
 * JavaScript: constant folding (see lang_javascript.c), the constant
 * string an expression stands for: literals and templates, `+`, names
 * through their visible bindings, arrays and their join/split/reverse,
 * string methods, String.fromCharCode, atob, Buffer.from,
 * decodeURIComponent, and object or array literals indexed by a constant.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "policy/javascript.h"

/* ---- constant folding ---- */

/* A value made a string: what it folds to, or "E: m" of an error made
 * by new E(m) (String(err), `${err}`, err.toString()). */
static int fold_stringified(struct actx *c, TSNode n, struct buf *out, int depth)
{
	size_t mark = out->len;
	if (js_fold(c, n, out, depth + 1) == 0)
		return 0;
	out->len = mark;
	return js_fold_error_string(c, n, out, depth + 1);
}

/* '...', "...", and `...` whose substitutions fold. */
static int fold_string(struct actx *c, TSNode n, struct buf *out, int depth)
{
	uint32_t k = ts_node_named_child_count(n);
	unsigned long pending = 0;

	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_named_child(n, i);
		const char *t = ts_node_type(ch);
		if (strcmp(t, "escape_sequence") == 0) {
			js_unescape(node_src(c, ch), node_len(ch), out, &pending);
			continue;
		}
		js_flush_unit(out, &pending);
		if (strcmp(t, "string_fragment") == 0 ||
		    strcmp(t, "html_character_reference") == 0) {
			buf_append(out, node_src(c, ch), node_len(ch));
		} else if (strcmp(t, "template_substitution") == 0) {
			if (fold_stringified(c, js_last_named(ch), out, depth + 1) < 0)
				return -1;
		} else if (strcmp(t, "comment") != 0) {
			return -1;
		}
		if (out->len > FOLD_MAX)
			return -1;
	}
	js_flush_unit(out, &pending);
	return 0;
}

/* An item of a folded array or a piece of `+`: strings and numbers. */
static int fold_scalar(struct actx *c, TSNode n, struct buf *out, int depth)
{
	long v;
	char num[32];

	if (js_number_value(c, n, &v) == 0) {
		snprintf(num, sizeof(num), "%ld", v);
		buf_append(out, num, strlen(num));
		return 0;
	}
	return js_fold(c, n, out, depth);
}

static int fold_list(struct actx *c, TSNode n, struct slist *out, int depth);
static int fold_key(struct actx *c, const char *key, size_t len, struct buf *out, int depth);

/* While a.map(cb) folds, cb's parameter stands for one element: a name
 * with this text inside cb folds to val (innermost first). */
#define PARAM_VALS_MAX 4
static struct {
	const struct actx *c;
	TSNode scope;
	const char *name, *val;
	size_t nlen, vlen;
	TSNode list; /* the element when it is itself an array literal */
} param_vals[PARAM_VALS_MAX];
static int param_vals_n;

/* The parameter bound, while a.map(cb) folds, to an element that is an
 * array literal itself: [[46, 115], [97]].map((c) => String.fromCharCode(...c)) */
static TSNode param_list(const struct actx *c, TSNode n)
{
	for (int i = param_vals_n - 1; i >= 0; i--)
		if (param_vals[i].c == c && param_vals[i].nlen == node_len(n) &&
		    memcmp(param_vals[i].name, node_src(c, n), node_len(n)) == 0 &&
		    js_in_scope(param_vals[i].scope, n))
			return param_vals[i].list;
	return (TSNode){0};
}

static int fold_param_val(const struct actx *c, TSNode n, struct buf *out)
{
	for (int i = param_vals_n - 1; i >= 0; i--)
		if (param_vals[i].c == c && param_vals[i].nlen == node_len(n) &&
		    memcmp(param_vals[i].name, node_src(c, n), node_len(n)) == 0 &&
		    js_in_scope(param_vals[i].scope, n)) {
			buf_append(out, param_vals[i].val, param_vals[i].vlen);
			return 0;
		}
	return -1;
}

/* a.map((x) => expr), a.map(function (x) { return expr; }): each element
 * of a folded list through the callback's one expression. */
static int fold_map(struct actx *c, TSNode call, TSNode obj, struct slist *out, int depth)
{
	TSNode cb = js_arg_at(call, 0), param, body;
	struct slist l = {0};
	int ret = 0;

	if ((!node_is(cb, "arrow_function") && !node_is(cb, "function_expression")) ||
	    param_vals_n == PARAM_VALS_MAX)
		return -1;
	param = js_field(cb, F_parameter);
	if (ts_node_is_null(param)) {
		TSNode params = js_field(cb, F_parameters);
		param = ts_node_named_child_count(params) == 1 ? ts_node_named_child(params, 0)
							       : (TSNode){0};
	}
	body = js_field(cb, F_body);
	if (node_is(body, "statement_block")) {
		TSNode ret_st = ts_node_named_child_count(body) == 1 ? ts_node_named_child(body, 0)
								     : (TSNode){0};
		body = node_is(ret_st, "return_statement") && ts_node_named_child_count(ret_st) == 1
			   ? ts_node_named_child(ret_st, 0)
			   : (TSNode){0};
	}
	if (!node_is(param, "identifier") || ts_node_is_null(body))
		return -1;
	/* a list of lists: each element that is an array literal is bound
	 * as one, for the callback to spread or index */
	TSNode src = js_map_source(c, obj), els[MAP_LISTS_MAX];
	uint32_t nel = 0;
	for (uint32_t i = 0; !ts_node_is_null(src) && i < ts_node_named_child_count(src) &&
			     nel < MAP_LISTS_MAX;
	     i++) {
		TSNode e = ts_node_named_child(src, i);
		struct buf b = {0};
		if (node_is(e, "comment"))
			continue;
		els[nel++] = e;
		if (!node_is(e, "array") && fold_scalar(c, e, &b, depth + 1) < 0) {
			buf_free(&b);
			js_slist_free(&l);
			return -1;
		}
		js_slist_push(&l, b.data ? b.data : "", b.len);
		buf_free(&b);
	}
	if (ts_node_is_null(src) && fold_list(c, obj, &l, depth + 1) < 0) {
		js_slist_free(&l);
		return -1;
	}
	for (size_t i = 0; ret == 0 && i < l.n; i++) {
		struct buf b = {0};
		param_vals[param_vals_n].list =
		    i < nel && node_is(els[i], "array") ? els[i] : (TSNode){0};
		param_vals[param_vals_n].c = c;
		param_vals[param_vals_n].scope = cb;
		param_vals[param_vals_n].name = node_src(c, param);
		param_vals[param_vals_n].nlen = node_len(param);
		param_vals[param_vals_n].val = l.s[i];
		param_vals[param_vals_n].vlen = l.len[i];
		param_vals_n++;
		ret = fold_scalar(c, body, &b, depth + 1);
		param_vals_n--;
		if (ret == 0)
			js_slist_push(out, b.data ? b.data : "", b.len);
		buf_free(&b);
	}
	js_slist_free(&l);
	return ret;
}

/* Arrays of constants: literals, s.split(x), a.reverse(), a.concat(b),
 * a.map(cb), Array.from(s), and names bound to them. */
static int fold_list(struct actx *c, TSNode n, struct slist *out, int depth)
{
	if (ts_node_is_null(n) || depth > RESOLVE_DEPTH || !actx_step(c))
		return -1;
	while (node_is(n, "parenthesized_expression"))
		n = js_last_named(n);
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
				    js_fold_chars(c, inner, out, depth + 1) < 0)
					return -1;
				continue;
			}
			if (fold_scalar(c, el, &b, depth + 1) < 0) {
				buf_free(&b);
				return -1;
			}
			js_slist_push(out, b.data ? b.data : "", b.len);
			buf_free(&b);
		}
		return 0;
	}
	if (node_is(n, "identifier")) {
		size_t i = 0;
		const struct binding *b;
		int ret = -1;
		if (param_vals_n > 0) {
			TSNode el = param_list(c, n);
			if (!ts_node_is_null(el))
				return fold_list(c, el, out, depth + 1);
		}
		while ((b = js_next_visible(c, n, &i)) && !js_list_change(c, b, n))
			;
		if (b != NULL || !js_path_enter(c, n, 'l'))
			return -1; /* push, splice ... change it: js_list_change */
		i = 0;
		while (ret < 0 && (b = js_next_visible(c, n, &i))) {
			size_t mark = out->n;
			if (b->kind == BIND_VALUE && fold_list(c, b->value, out, depth + 1) == 0)
				ret = 0;
			while (ret < 0 && out->n > mark)
				free(out->s[--out->n]);
		}
		js_path_leave();
		return ret;
	}
	if (node_is(n, "member_expression")) {
		TSNode v = js_member_list(c, n);
		return node_is(v, "array") || node_is(v, "identifier") || node_is(v, "call_expression")
			   ? fold_list(c, v, out, depth + 1)
			   : -1;
	}
	if (!node_is(n, "call_expression"))
		return -1;
	TSNode fn = js_field(n, F_function);
	if (node_is(fn, "member_expression")) {
		TSNode obj = js_field(fn, F_object), prop = js_field(fn, F_property);
		if (node_text_is(c, prop, "split"))
			return js_fold_split(c, n, obj, out, depth);
		if (node_text_is(c, prop, "reverse")) {
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
		if (node_text_is(c, prop, "concat")) {
			if (fold_list(c, obj, out, depth + 1) < 0)
				return -1;
			for (uint32_t i = 0; !ts_node_is_null(js_arg_at(n, i)); i++) {
				TSNode a = js_arg_at(n, i);
				struct buf b = {0};
				if (fold_list(c, a, out, depth + 1) == 0)
					continue;
				if (fold_scalar(c, a, &b, depth + 1) < 0) {
					buf_free(&b);
					return -1;
				}
				js_slist_push(out, b.data ? b.data : "", b.len);
				buf_free(&b);
			}
			return 0;
		}
		if (node_text_is(c, prop, "slice") && ts_node_is_null(js_arg_at(n, 0)))
			return fold_list(c, obj, out, depth + 1);
		if (node_text_is(c, prop, "map"))
			return fold_map(c, n, obj, out, depth);
	}
	struct names ns = {0};
	int ret = -1;
	js_resolve(c, fn, &ns, depth + 1);
	if (js_any_name(&ns, "global.Array.from") || js_any_name(&ns, "global.Object.values"))
		ret = fold_list(c, js_arg_at(n, 0), out, depth + 1) == 0
			  ? 0
			  : js_fold_chars(c, js_arg_at(n, 0), out, depth + 1);
	names_free(&ns);
	return ret;
}

static int fold_join(struct actx *c, TSNode call, TSNode obj, struct buf *out, int depth)
{
	struct slist l = {0};
	TSNode a0 = js_arg_at(call, 0);
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
	js_slist_free(&l);
	free(sep);
	return ret;
}

/* Methods of a string (or of a buffer) by their name. */
static int fold_method(struct actx *c, TSNode call, TSNode obj, TSNode prop, struct buf *out,
		       int depth)
{
	TSNode a0 = js_arg_at(call, 0);
	long v, radix;

	if (node_text_is(c, prop, "join"))
		return fold_join(c, call, obj, out, depth);
	if (node_text_is(c, prop, "concat")) {
		if (js_fold(c, obj, out, depth + 1) < 0)
			return -1;
		for (uint32_t i = 0; !ts_node_is_null(js_arg_at(call, i)); i++)
			if (fold_scalar(c, js_arg_at(call, i), out, depth + 1) < 0)
				return -1;
		return 0;
	}
	if (node_text_is(c, prop, "toString")) {
		size_t elen;
		char *enc;
		if (js_number_value(c, obj, &v) == 0)
			return js_fold_radix(v,
					     ts_node_is_null(a0)		   ? 10
					     : js_number_value(c, a0, &radix) == 0 ? radix
										   : 0,
					     out);
		if (!ts_node_is_null(a0)) {
			if ((enc = fold_dup(c, a0, depth + 1, &elen)) == NULL)
				return -1;
			bool text = js_is_text_encoding(enc);
			if (!text) {
				/* Buffer.from(home).toString('base64') */
				struct buf raw = {0};
				int r = js_fold(c, obj, &raw, depth + 1);
				if (r == 0)
					r = js_encode_append(enc, raw.data ? raw.data : "", raw.len,
							     out);
				buf_free(&raw);
				free(enc);
				return r;
			}
			free(enc);
		}
		return fold_stringified(c, obj, out, depth + 1);
	}
	if (node_text_is(c, prop, "normalize")) {
		/* s.normalize('NFKC'), 'NFD' (a letter and its mark apart, as
		 * /\p{M}/gu drops it), 'NFC' (the default): as the runtime does */
		size_t flen = 3, slen;
		char *form = a0.id ? fold_dup(c, a0, depth + 1, &flen) : js_node_strdup("NFC", 3);
		char *str = NULL;
		int ret = -1;
		bool compat = form && (js_str_eq(form, flen, "NFKC") || js_str_eq(form, flen, "NFKD"));
		if (form && (compat || js_str_eq(form, flen, "NFC") || js_str_eq(form, flen, "NFD")) &&
		    (str = fold_dup(c, obj, depth + 1, &slen)) != NULL) {
			utf8proc_uint8_t *norm = NULL;
			utf8proc_ssize_t n = utf8proc_map(
			    (const utf8proc_uint8_t *)str, (utf8proc_ssize_t)slen, &norm,
			    UTF8PROC_STABLE | (compat ? UTF8PROC_COMPAT : 0) |
				(form[flen - 1] == 'C' ? UTF8PROC_COMPOSE : UTF8PROC_DECOMPOSE));
			if (n >= 0) {
				buf_append(out, (const char *)norm, (size_t)n);
				ret = 0;
			}
			free(norm);
		} else if (form) {
			ret = js_fold(c, obj, out, depth + 1);
		}
		free(form);
		free(str);
		return ret;
	}
	if (node_text_is(c, prop, "valueOf") || node_text_is(c, prop, "trim") ||
	    node_text_is(c, prop, "trimStart") || node_text_is(c, prop, "trimEnd") ||
	    node_text_is(c, prop, "normalize") || node_text_is(c, prop, "toLowerCase") ||
	    node_text_is(c, prop, "toUpperCase") || node_text_is(c, prop, "toLocaleLowerCase") ||
	    node_text_is(c, prop, "toLocaleUpperCase")) {
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
	if (node_text_is(c, prop, "replace") || node_text_is(c, prop, "replaceAll"))
		return js_fold_replace(c, call, obj, node_text_is(c, prop, "replaceAll"), js_fold,
				       out, depth);
	if (node_text_is(c, prop, "slice") || node_text_is(c, prop, "substring") ||
	    node_text_is(c, prop, "substr")) {
		char how[16];
		snprintf(how, sizeof(how), "%.*s", (int)node_len(prop), node_src(c, prop));
		return js_fold_slice(c, call, obj, how, out, depth);
	}
	if (node_text_is(c, prop, "padEnd") || node_text_is(c, prop, "padStart"))
		return js_fold_pad(c, call, obj, node_text_is(c, prop, "padStart"), out, depth);
	return 1; /* not a method folded by name */
}

/* String.raw`child_process`: the template's text as written, escapes
 * and all, its substitutions folded. Any other tag is not a constant. */
static int fold_raw_template(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode tpl = js_field(n, F_arguments);
	struct names ns = {0};

	js_resolve(c, js_field(n, F_function), &ns, depth + 1);
	bool raw = js_any_name(&ns, "global.String.raw");
	names_free(&ns);
	if (!raw)
		return -1;
	uint32_t k = ts_node_named_child_count(tpl);
	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_named_child(tpl, i);
		if (node_is(ch, "string_fragment") || node_is(ch, "escape_sequence"))
			buf_append(out, node_src(c, ch), node_len(ch));
		else if (!node_is(ch, "template_substitution") ||
			 js_fold(c, js_last_named(ch), out, depth + 1) < 0)
			return -1;
		if (out->len > FOLD_MAX)
			return -1;
	}
	return 0;
}

/* The name a symbol was made with: Symbol.keyFor(Symbol.for('x')) and
 * Symbol('x').description are 'x' (registry_only for keyFor, which knows
 * only the symbols Symbol.for made). */
static int fold_symbol_name(struct actx *c, TSNode sym, bool registry_only, struct buf *out,
			    int depth)
{
	TSNode call = js_bound_literal(c, sym, "call_expression", 's', depth + 1);
	struct names ns = {0};
	int ret = -1;

	if (ts_node_is_null(call))
		return -1;
	js_resolve(c, js_field(call, F_function), &ns, depth + 1);
	if (js_any_name(&ns, "global.Symbol.for") ||
	    (!registry_only && js_any_name(&ns, "global.Symbol")))
		ret = js_fold(c, js_arg_at(call, 0), out, depth + 1);
	names_free(&ns);
	return ret;
}

/* The one expression a function literal's body is (an arrow's, or one
 * return), or a null node. */
static TSNode one_body(TSNode f)
{
	TSNode body = ts_node_is_null(f) ? f : js_field(f, F_body);

	if (node_is(body, "statement_block")) {
		TSNode st = ts_node_named_child_count(body) == 1 ? ts_node_named_child(body, 0)
								 : (TSNode){0};
		body = node_is(st, "return_statement") && ts_node_named_child_count(st) == 1
			   ? ts_node_named_child(st, 0)
			   : (TSNode){0};
	}
	return body;
}

/* The function literal a name of the program's own is bound to */
static TSNode user_function(struct actx *c, TSNode fn, int depth)
{
	static const char *const types[] = {"arrow_function", "function_expression",
					    "function_declaration"};
	TSNode f = {0};

	for (size_t i = 0; i < ARRAY_SIZE(types) && ts_node_is_null(f); i++)
		f = js_bound_literal(c, fn, types[i], 'u', depth + 1);
	return f;
}

/* f's parameters stand for call's folded arguments (vals holds them):
 * how many were pushed, or -1 */
static int push_params(struct actx *c, TSNode f, TSNode call, struct buf *vals, int depth)
{
	TSNode names[PARAM_VALS_MAX], one = js_field(f, F_parameter),
				      params = js_field(f, F_parameters);
	uint32_t k = ts_node_is_null(params) ? 0 : ts_node_named_child_count(params);
	int np = 0;

	if (!ts_node_is_null(one))
		names[np++] = one;
	for (uint32_t i = 0; ts_node_is_null(one) && i < k; i++) {
		TSNode p = ts_node_named_child(params, i);
		if (node_is(p, "comment"))
			continue;
		if (!node_is(p, "identifier") || np == PARAM_VALS_MAX)
			return -1;
		names[np++] = p;
	}
	if (param_vals_n + np > PARAM_VALS_MAX)
		return -1;
	for (int i = 0; i < np; i++) {
		TSNode a = js_arg_at(call, (uint32_t)i);
		if (ts_node_is_null(a) || fold_scalar(c, a, &vals[i], depth + 1) < 0) {
			for (int j = 0; j <= i; j++)
				buf_free(&vals[j]);
			return -1;
		}
	}
	for (int i = 0; i < np; i++) {
		param_vals[param_vals_n].list = (TSNode){0};
		param_vals[param_vals_n].c = c;
		param_vals[param_vals_n].scope = f;
		param_vals[param_vals_n].name = node_src(c, names[i]);
		param_vals[param_vals_n].nlen = node_len(names[i]);
		param_vals[param_vals_n].val = vals[i].data ? vals[i].data : "";
		param_vals[param_vals_n].vlen = vals[i].len;
		param_vals_n++;
	}
	return np;
}

static void pop_params(int np, struct buf *vals)
{
	param_vals_n -= np;
	for (int i = 0; i < np; i++)
		buf_free(&vals[i]);
}

/* expand('~'), dec('ssecorp_dlihc'): a call of a function of the program's
 * own whose body is one expression (an arrow's, or one return), its
 * parameters standing for the folded arguments; where(), where bound to
 * remember(x) whose body is such a function (a closure over x), with
 * remember's parameters standing for its call's arguments as well. */
static int fold_user_call(struct actx *c, TSNode call, struct buf *out, int depth)
{
	TSNode fn = js_field(call, F_function), f, mk = {0}, g = {0};
	struct buf vals[PARAM_VALS_MAX] = {{0}}, outer[PARAM_VALS_MAX] = {{0}};
	int np, no = 0, ret = -1;

	if (!node_is(fn, "identifier"))
		return -1;
	f = user_function(c, fn, depth);
	if (ts_node_is_null(f) &&
	    !ts_node_is_null(mk = js_bound_literal(c, fn, "call_expression", 'u', depth + 1)) &&
	    node_is(js_field(mk, F_function), "identifier") && depth < RESOLVE_DEPTH &&
	    js_is_function_literal(
		f = one_body(g = user_function(c, js_field(mk, F_function), depth))) &&
	    (no = push_params(c, g, mk, outer, depth)) < 0)
		return -1;
	if (ts_node_is_null(f) || ts_node_is_null(one_body(f)))
		goto done;
	if ((np = push_params(c, f, call, vals, depth)) < 0)
		goto done;
	ret = fold_scalar(c, one_body(f), out, depth + 1);
	pop_params(np, vals);
done:
	pop_params(no, outer);
	return ret;
}

/* util.format('%s/.%s/%s', home, 'aws', 'credentials'): the format with
 * its %s, %d, %i, %j, %o, %O filled in, extra arguments after a space. */
static int fold_format(struct actx *c, TSNode call, struct buf *out, int depth)
{
	size_t flen;
	char *f = fold_dup(c, js_arg_at(call, 0), depth + 1, &flen);
	uint32_t next = 1;
	int ret = 0;

	if (f == NULL)
		return -1;
	for (size_t i = 0; ret == 0 && i < flen; i++) {
		if (f[i] != '%' || i + 1 == flen) {
			buf_append(out, f + i, 1);
			continue;
		}
		char k = f[++i];
		if (k == '%')
			buf_append(out, "%", 1);
		else if (strchr("sdijoOfc", k) == NULL)
			buf_append(out, f + i - 1, 2);
		else if (k != 'c' && !ts_node_is_null(js_arg_at(call, next)))
			ret = fold_scalar(c, js_arg_at(call, next++), out, depth + 1);
		else if (k == 'c')
			next++;
		else
			buf_append(out, f + i - 1, 2);
	}
	for (; ret == 0 && !ts_node_is_null(js_arg_at(call, next)); next++) {
		buf_append(out, " ", 1);
		ret = fold_scalar(c, js_arg_at(call, next), out, depth + 1);
	}
	free(f);
	return out->len > FOLD_MAX ? -1 : ret;
}

/* process.env.HOME folds to "~", XDG_CACHE_HOME to its path, USER to the home's own name */
static const char *const home_names[][2] = {
    {"process.env.HOME", "~"}, {"process.env.USERPROFILE", "~"}, {"process.env.USER", "\001~"},
    {"process.env.LOGNAME", "\001~"}, {"os.userInfo().username", "\001~"},
    {"process.env.XDG_CONFIG_HOME", "~/.config"}, {"process.env.XDG_CACHE_HOME", "~/.cache"},
    {"process.env.XDG_DATA_HOME", "~/.local/share"}, {"process.env.npm_config_cache", "~/.npm"},
    {"module.globalPaths.0", "~/.node_modules"}, {"module.globalPaths.1", "~/.node_libraries"}};

static int fold_home_name(struct actx *c, TSNode n, struct buf *out, int depth)
{
	struct names home = {0};
	const char *path = NULL;

	js_resolve(c, n, &home, depth + 1);
	for (size_t i = 0; i < ARRAY_SIZE(home_names) && !path; i++)
		path = js_any_name(&home, home_names[i][0]) ? home_names[i][1] : NULL;
	names_free(&home);
	if (path)
		buf_append(out, path, strlen(path));
	return path ? 0 : -1;
}

/* The last of module.paths (require.main.paths) is /node_modules:
 * list[list.length - 1] of it, n a subscript, or list.at(-1), n the
 * list of a call of at(-1). */
static int fold_last_module_path(struct actx *c, TSNode n, TSNode list, struct buf *out, int depth)
{
	struct names ns = {0};
	bool paths;

	if (node_is(n, "subscript_expression")) {
		TSNode i = js_field(n, F_index), len = js_field(i, F_left);
		if (!node_is(i, "binary_expression") ||
		    !node_text_is(c, js_field(i, F_right), "1") ||
		    !node_is(len, "member_expression") ||
		    !node_text_is(c, js_field(len, F_property), "length") ||
		    !js_same_text(c, js_field(len, F_object), list))
			return -1;
	}
	js_resolve(c, list, &ns, depth + 1);
	paths = js_any_name(&ns, "global.module.paths") ||
		js_any_name(&ns, "global.require.main.paths") ||
		js_any_name(&ns, "process.mainModule.paths");
	names_free(&ns);
	if (paths)
		buf_append(out, "/node_modules", 13);
	return paths ? 0 : -1;
}

static int fold_call(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode fn = js_field(n, F_function), a0 = js_arg_at(n, 0);
	struct names ns = {0};
	size_t len;
	char *s;
	int ret = -1;

	if (node_is(js_field(n, F_arguments), "template_string"))
		return fold_raw_template(c, n, out, depth);
	if (!node_is(js_field(n, F_arguments), "arguments"))
		return -1;
	if (js_fold_map_get(c, n, out, depth, fold_key) == 0) /* m.get('k') */
		return 0;
	if (node_is(fn, "member_expression") && !ts_node_is_null(a0) &&
	    (node_text_is(c, js_field(fn, F_property), "resolve") ||
	     node_text_is(c, js_field(fn, F_property), "reject"))) {
		/* Promise.resolve(x), Promise.reject(x): a promise of x, which
		 * p.then((d) => ...) or p.catch((d) => ...) hands on */
		js_resolve(c, fn, &ns, depth + 1);
		bool promise = js_any_name(&ns, "global.Promise.resolve") ||
			       js_any_name(&ns, "global.Promise.reject");
		names_free(&ns);
		memset(&ns, 0, sizeof(ns));
		if (promise)
			return js_fold(c, a0, out, depth + 1);
	}
	if (node_is(fn, "member_expression")) {
		size_t mark = out->len;
		ret =
		    fold_method(c, n, js_field(fn, F_object), js_field(fn, F_property), out, depth);
		/* a join that is not an array's may be path.join */
		if (ret == 0 || (ret < 0 && !node_text_is(c, js_field(fn, F_property), "join")))
			return ret;
		out->len = mark;
		ret = -1;
	}
	js_resolve(c, fn, &ns, depth + 1);
	if (js_any_name(&ns, "global.String.fromCharCode")) {
		ret = js_fold_char_codes(c, n, false, fold_list, out, depth);
	} else if (js_any_name(&ns, "global.String.fromCodePoint")) {
		ret = js_fold_char_codes(c, n, true, fold_list, out, depth);
	} else if (js_any_name(&ns, "global.Buffer.from")) {
		ret = js_fold_buffer(c, n, fold_list, out, depth);
	} else if (js_any_name(&ns, "global.String")) {
		ret = fold_stringified(c, a0, out, depth + 1);
	} else if (js_any_name(&ns, "timers.promises.setImmediate")) {
		ret = js_fold(c, a0, out, depth + 1); /* setImmediate(v) settles with v */
	} else if (js_any_name(&ns, "timers.promises.setTimeout")) {
		ret = js_fold(c, js_arg_at(n, 1), out, depth + 1);
	} else if (js_any_name(&ns, "os.homedir")) {
		/* the home directory, spelt as a path names it: '~' (so that
		 * home + '/.ssh', `${home}/`, p.replace('~', home) fold) */
		buf_append(out, "~", 1);
		ret = 0;
	} else if (js_any_name(&ns, "process.env.get") && (s = fold_dup(c, a0, depth + 1, &len))) {
		/* Deno.env.get('HOME') (Deno.env is process.env) */
		for (size_t i = 0; i < ARRAY_SIZE(home_names) && ret < 0; i++) {
			const char *k = home_names[i][0];
			if (strncmp(k, "process.env.", 12) == 0 && strlen(k + 12) == len &&
			    memcmp(k + 12, s, len) == 0) {
				buf_append(out, home_names[i][1], strlen(home_names[i][1]));
				ret = 0;
			}
		}
		free(s);
	} else if (js_any_name(&ns, "fs.realpathSync") || js_any_name(&ns, "fs.realpathSync.native") ||
		   js_any_name(&ns, "fs.promises.realpath")) {
		ret = js_fold(c, a0, out, depth + 1); /* the same folder, links resolved */
	} else if (js_any_name(&ns, "os.tmpdir")) {
		/* the scratch directory, as a path names it */
		buf_append(out, "/tmp", 4);
		ret = 0;
	} else if (js_any_name(&ns, "util.format")) {
		ret = fold_format(c, n, out, depth);
	} else if (ns.n > 0 && (strncmp(ns.v[0], "path.", 5) == 0)) {
		ret = js_fold_path_call(c, n, ns.v[0], fold_list, out, depth);
	} else if (js_any_name(&ns, "global.Symbol.keyFor")) {
		ret = fold_symbol_name(c, a0, true, out, depth);
	} else if (js_any_name(&ns, "global.atob") && (s = fold_dup(c, a0, depth + 1, &len))) {
		struct buf raw = {0};
		ret = base64_decode_append(s, len, &raw);
		if (ret == 0)
			js_append_latin1(out, raw.data, raw.len);
		buf_free(&raw);
		free(s);
	} else if ((js_any_name(&ns, "global.decodeURIComponent") ||
		    js_any_name(&ns, "global.decodeURI") || js_any_name(&ns, "global.unescape")) &&
		   (s = fold_dup(c, a0, depth + 1, &len))) {
		js_percent_decode_append(s, len, out);
		free(s);
		ret = 0;
	}
	names_free(&ns);
	if (ret < 0 && node_is(fn, "member_expression") && node_text_is(c, a0, "-1") &&
	    node_text_is(c, js_field(fn, F_property), "at"))
		ret = fold_last_module_path(c, n, js_field(fn, F_object), out, depth);
	if (ret < 0) {
		size_t mark = out->len;
		ret = fold_user_call(c, n, out, depth);
		if (ret < 0)
			out->len = mark;
	}
	return ret;
}

/* o.key and o['key'] of an object literal, a[0] of an array, s[0]. */
static int fold_index(struct actx *c, TSNode obj, const char *key, size_t klen, struct buf *out,
		      int depth)
{
	TSNode o = js_bound_literal(c, obj, "object", 'o', depth + 1), v;
	struct slist l = {0};
	char *end;
	long i;

	if (!ts_node_is_null(o) && js_member_assigned(c, obj, key, klen))
		return -1; /* o.key = v elsewhere: not the literal's value alone */
	uint32_t nm = ts_node_is_null(o) ? 0 : ts_node_named_child_count(o);
	for (uint32_t j = 0; j < nm; j++) {
		TSNode m = ts_node_named_child(o, j);
		if (node_is(m, "method_definition") && node_is(ts_node_child(m, 0), "set"))
			return -1; /* set t(v) { this.key = v }: its members change */
	}
	if (!ts_node_is_null(o)) {
		v = js_object_member(c, o, key, klen, depth);
		return node_is(v, "shorthand_property_identifier") || ts_node_is_null(v)
			   ? -1
			   : js_fold(c, v, out, depth + 1);
	}
	if (js_str_eq(key, klen, "description"))
		return fold_symbol_name(c, obj, false, out, depth);
	if (klen == 0)
		return -1;
	i = strtol(key, &end, 10);
	if (*end != '\0' || i < 0)
		return -1;
	if (node_is(obj, "member_expression") &&
	    node_text_is(c, js_field(obj, F_property), "errors")) {
		/* agg.errors[i]: the i-th promise's rejection */
		TSNode list = js_rejected_list(c, js_field(obj, F_object), depth), el = {0};
		for (uint32_t k = 0; node_is(list, "array") && k < ts_node_named_child_count(list);
		     k++) {
			TSNode m = ts_node_named_child(list, k);
			if (node_is(m, "spread_element"))
				break;
			if (!node_is(m, "comment") && i-- == 0) {
				el = m;
				break;
			}
		}
		if (!ts_node_is_null(el))
			return js_fold(c, el, out, depth + 1);
	}
	if (fold_list(c, obj, &l, depth + 1) == 0 && (size_t)i < l.n) {
		buf_append(out, l.s[i], l.len[i]);
		js_slist_free(&l);
		return 0;
	}
	js_slist_free(&l);
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

	if (!js_key_parse(c, key, len, &v) || !js_key_enter(c, key, len, 'f'))
		return -1;
	/* a name that `+=` changes has no one constant value */
	for (size_t i = 0, p = v.off; i < v.nbound; i++) {
		const struct binding *b = &c->b[js_key_get_u32(key, len, &p)];
		if (b->kind == BIND_VALUE && node_is(b->value, "augmented_assignment_expression")) {
			js_path_leave();
			return -1;
		}
	}
	for (size_t i = 0, p = v.off; ret < 0 && i < v.nbound; i++) {
		const struct binding *b = &c->b[js_key_get_u32(key, len, &p)];
		size_t mark = out->len;
		if (b->kind == BIND_VALUE && js_fold(c, b->value, out, depth + 1) == 0)
			ret = 0;
		else
			out->len = mark;
	}
	js_path_leave();
	return ret;
}

/* Truthiness of an operand of `!`: 1, 0, or -1 when it is not a
 * constant. Arrays, objects, functions and regular expressions are true. */
static int fold_truthy(struct actx *c, TSNode n, int depth)
{
	static const char *const truthy[] = {
	    "array", "object", "regex", "arrow_function", "function_expression", "class", NULL};
	const char *t;
	long v;

	while (node_is(n, "parenthesized_expression"))
		n = js_last_named(n);
	if (ts_node_is_null(n) || depth > RESOLVE_DEPTH)
		return -1;
	t = ts_node_type(n);
	if (js_type_is_any(n, truthy) || strcmp(t, "true") == 0)
		return 1;
	if (strcmp(t, "false") == 0 || strcmp(t, "null") == 0 || strcmp(t, "undefined") == 0)
		return 0;
	if (js_number_value(c, n, &v) == 0)
		return v != 0;
	if (strcmp(t, "unary_expression") == 0 && node_text_is(c, js_field(n, F_operator), "!")) {
		int r = fold_truthy(c, js_field(n, F_argument), depth + 1);
		return r < 0 ? -1 : !r;
	}
	if (strcmp(t, "string") == 0 || strcmp(t, "template_string") == 0) {
		struct buf b = {0};
		int r = fold_string(c, n, &b, depth + 1) < 0 ? -1 : b.len > 0;
		buf_free(&b);
		return r;
	}
	return -1;
}

/* What JavaScript's coercions make of constants, as JSFuck spells names
 * with them: ![] + '' is "false", !![] "true", [] + {} "[object Object]",
 * [1, 2] + '' "1,2", +[] 0, +{} NaN, void 0 "undefined". */
static int fold_coerced(struct actx *c, TSNode n, struct buf *out, int depth)
{
	const char *t = ts_node_type(n);

	if (strcmp(t, "true") == 0 || strcmp(t, "false") == 0 || strcmp(t, "null") == 0 ||
	    strcmp(t, "undefined") == 0) {
		buf_append(out, t, strlen(t));
		return 0;
	}
	if (strcmp(t, "object") == 0) {
		/* only {}: an object of members may define its own toString */
		for (uint32_t i = 0; i < ts_node_named_child_count(n); i++)
			if (!node_is(ts_node_named_child(n, i), "comment"))
				return -1;
		buf_append(out, "[object Object]", 15);
		return 0;
	}
	if (strcmp(t, "array") == 0) {
		bool first = true;
		for (uint32_t i = 0; i < ts_node_named_child_count(n); i++) {
			TSNode el = ts_node_named_child(n, i);
			if (node_is(el, "comment"))
				continue;
			if (!first)
				buf_append(out, ",", 1);
			first = false;
			if (node_is(el, "null") || node_is(el, "undefined"))
				continue;
			if (node_is(el, "spread_element") || fold_scalar(c, el, out, depth + 1) < 0)
				return -1;
		}
		return 0;
	}
	if (strcmp(t, "unary_expression") != 0)
		return -1;
	TSNode op = js_field(n, F_operator), arg = js_field(n, F_argument);
	if (node_text_is(c, op, "void")) {
		buf_append(out, "undefined", 9);
		return 0;
	}
	if (node_text_is(c, op, "!")) {
		int r = fold_truthy(c, arg, depth + 1);
		if (r < 0)
			return -1;
		buf_append(out, r ? "false" : "true", r ? 5 : 4);
		return 0;
	}
	if (!node_text_is(c, op, "+"))
		return -1;
	while (node_is(arg, "parenthesized_expression"))
		arg = js_last_named(arg);
	if (node_is(arg, "object")) {
		buf_append(out, "NaN", 3);
		return 0;
	}
	if (node_is(arg, "array") && ts_node_named_child_count(arg) == 0) {
		buf_append(out, "0", 1);
		return 0;
	}
	if (node_is(arg, "unary_expression") && node_text_is(c, js_field(arg, F_operator), "!")) {
		int r = fold_truthy(c, js_field(arg, F_argument), depth + 1);
		if (r < 0)
			return -1;
		buf_append(out, r ? "0" : "1", 1);
		return 0;
	}
	return -1;
}

/* Whether a literal at n is made a string by what it is written in (a
 * `+`, a template, a key, an element of one): elsewhere an array or true
 * stays what it is (spawn's argument list, an option). */
static bool coerced_here(TSNode n)
{
	TSNode p = ts_node_parent(n);

	while (node_is(p, "parenthesized_expression") || node_is(p, "array"))
		p = ts_node_parent(p);
	return node_is(p, "binary_expression") || node_is(p, "template_substitution") ||
	       node_is(p, "unary_expression") ||
	       (node_is(p, "subscript_expression") &&
		ts_node_start_byte(n) > ts_node_start_byte(js_field(p, F_object)) &&
		ts_node_end_byte(n) <= ts_node_end_byte(js_field(p, F_index)));
}

int js_fold(struct actx *c, TSNode n, struct buf *out, int depth)
{
	static const char *const coercible[] = {"array", "object",    "true", "false",
						"null",	 "undefined", NULL};
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
		return js_number_value(c, n, &v) == 0 ? fold_scalar(c, n, out, depth) : -1;
	}
	if (strcmp(t, "binary_expression") == 0) {
		TSNode op = js_field(n, F_operator);
		/* process.env.HOME || '/root', a ?? b: the left when it is a
		 * constant (not an empty one for ||), the right only when the left
		 * is the empty string; a left that does not fold is not known */
		if (node_text_is(c, op, "||") || node_text_is(c, op, "??")) {
			size_t start = out->len;
			if (js_fold(c, js_field(n, F_left), out, depth + 1) < 0)
				return -1;
			if (out->len > start || node_text_is(c, op, "??"))
				return 0;
			return js_fold(c, js_field(n, F_right), out, depth + 1);
		}
		/* 'a' + 'b' + ... nests to the left: walk the spine, so that a
		 * long chain is not cut by the depth limit */
		TSNode spine[256];
		int k = 0;
		while (node_is(n, "binary_expression") && k < (int)ARRAY_SIZE(spine)) {
			if (!node_text_is(c, js_field(n, F_operator), "+"))
				return -1;
			spine[k++] = n;
			n = js_field(n, F_left);
		}
		if (fold_scalar(c, n, out, depth + 1) < 0)
			return -1;
		while (k-- > 0)
			if (fold_scalar(c, js_field(spine[k], F_right), out, depth + 1) < 0)
				return -1;
		return 0;
	}
	if (strcmp(t, "parenthesized_expression") == 0 || strcmp(t, "sequence_expression") == 0)
		return js_fold(c, js_last_named(n), out, depth + 1);
	if (strcmp(t, "assignment_expression") == 0)
		return js_fold(c, js_field(n, F_right), out, depth + 1);
	if (strcmp(t, "identifier") == 0) {
		struct buf k = {0};
		int ret;
		if (param_vals_n > 0 && fold_param_val(c, n, out) == 0)
			return 0;
		if (!js_path_enter(c, n, 'F')) {
			c->cycles++;
			return -1;
		}
		js_scoped_key(c, node_src(c, n), node_len(n), n, &k);
		ret = actx_fold_name(c, k.data, k.len, out, depth, fold_key);
		buf_free(&k);
		if (ret < 0) /* workerData: what a Worker is given */
			ret = js_fold(c, js_worker_data(c, n), out, depth + 1);
		js_path_leave();
		return ret;
	}
	if (strcmp(t, "call_expression") == 0)
		return fold_call(c, n, out, depth);
	if (strcmp(t, "shorthand_property_identifier_pattern") == 0 || strcmp(t, "pair_pattern") == 0) {
		TSNode m = js_pattern_member(c, n, depth);
		if (!ts_node_is_null(m))
			return js_fold(c, m, out, depth + 1);
		TSNode key = node_is(n, "pair_pattern") ? js_field(n, F_key) : n,
		       up = ts_node_parent(ts_node_parent(n));
		if (node_is(up, "variable_declarator") &&
		    js_fold_parsed_path(c, js_field(up, F_value), node_src(c, key), node_len(key),
					out, depth) == 0)
			return 0; /* const { dir, base } = path.parse(p) */
		/* const { homedir } = os.userInfo(), const { HOME: h } =
		 * process.env: the home, as the member expression would be */
		return fold_home_name(c, n, out, depth);
	}
	if (strcmp(t, "unary_expression") == 0 || (js_type_is_any(n, coercible) && coerced_here(n)))
		return fold_coerced(c, n, out, depth);
	if (strcmp(t, "new_expression") == 0) {
		struct names ns = {0};
		int ret = -1;
		js_resolve(c, js_field(n, F_constructor), &ns, depth + 1);
		if (js_any_name(&ns, "global.Buffer"))
			ret = js_fold_buffer(c, n, fold_list, out, depth);
		else if (js_any_name(&ns, "global.String"))
			ret = js_fold(c, js_arg_at(n, 0), out, depth + 1);
		else if (js_any_name(&ns, "global.URL") || js_any_name(&ns, "url.URL"))
			ret = js_fold_file_url(c, n, out, depth);
		names_free(&ns);
		return ret;
	}
	if (strcmp(t, "member_expression") == 0 || strcmp(t, "subscript_expression") == 0) {
		TSNode obj = js_field(n, F_object);
		int ret;
		if (fold_home_name(c, n, out, depth) == 0)
			return 0;
		if (t[0] == 's' && fold_last_module_path(c, n, obj, out, depth) == 0)
			return 0;
		TSNode prop = js_field(n, F_property);
		if (t[0] == 'm' &&
		    js_fold_parsed_path(c, obj, node_src(c, prop), node_len(prop), out, depth) == 0)
			return 0; /* path.parse(p).dir, .base */
		if (t[0] == 'm' && js_fold_error_text(c, obj, prop, out, depth) == 0)
			return 0; /* new Error(m).message, e.stack */
		if (t[0] == 'm' && node_text_is(c, prop, "length")) {
			/* 'Error: '.length, of a string literal or a name bound to one */
			TSNode lit = node_is(obj, "string")
					 ? obj
					 : js_bound_literal(c, obj, "string", 'o', depth + 1);
			size_t len;
			char *v = ts_node_is_null(lit) ? NULL : fold_dup(c, lit, depth + 1, &len);
			if (v) {
				char num[24];
				int k = snprintf(num, sizeof(num), "%zu", len);
				buf_append(out, num, (size_t)k);
				free(v);
				return 0;
			}
		}
		if (t[0] == 'm' && node_text_is(c, js_field(n, F_property), "root") &&
		    node_is(obj, "call_expression")) {
			/* path.parse(process.cwd()).root: '/' for an absolute path */
			struct names ns = {0}, arg = {0};
			TSNode a0 = js_arg_at(obj, 0);
			js_resolve(c, js_field(obj, F_function), &ns, depth + 1);
			bool parse =
			    js_any_name(&ns, "path.parse") || js_any_name(&ns, "path.posix.parse");
			names_free(&ns);
			if (parse) {
				js_resolve(c,
					   node_is(a0, "call_expression") ? js_field(a0, F_function)
									  : a0,
					   &arg, depth + 1);
				size_t alen;
				char *a = fold_dup(c, a0, depth + 1, &alen);
				bool abs = js_any_name(&arg, "process.cwd") ||
					   js_any_name(&arg, "global.__dirname") ||
					   js_any_name(&arg, "global.__filename") ||
					   (a && alen > 0 && (a[0] == '/' || a[0] == '~'));
				names_free(&arg);
				free(a);
				if (abs) {
					buf_append(out, "/", 1);
					return 0;
				}
			}
		}
		TSNode dir = t[0] == 'm' && node_text_is(c, js_field(n, F_property), "path")
				 ? js_opened_dir(c, obj, depth)
				 : (TSNode){0};
		if (!ts_node_is_null(dir)) /* fs.opendirSync(p).path: p */
			return js_fold(c, dir, out, depth + 1);
		if (t[0] == 'm' && node_is(obj, "this") &&
		    node_is(js_field(n, F_property), "property_identifier")) {
			/* this.shell: what this.shell is given in any method (a
			 * constructor's parameter, a getter's one return) */
			struct buf k = {0};
			size_t mark = out->len;
			ret = -1;
			if (js_path_enter(c, n, 'F')) {
				js_scoped_key(c, node_src(c, n), node_len(n), n, &k);
				ret = actx_fold_name(c, k.data, k.len, out, depth, fold_key);
				buf_free(&k);
				js_path_leave();
			}
			if (ret == 0)
				return 0;
			out->len = mark;
		}
		if (t[0] == 'm') {
			TSNode p = js_field(n, F_property);
			char *key = js_node_strdup(node_src(c, p), node_len(p));
			ret = fold_index(c, obj, key, node_len(p), out, depth);
			free(key);
			if (ret < 0) /* wt.workerData */
				ret = js_fold(c, js_worker_data(c, n), out, depth + 1);
		} else {
			TSNode idx = js_field(n, F_index);
			size_t klen;
			long v;
			char num[32], *key;
			if (js_number_value(c, idx, &v) == 0) {
				snprintf(num, sizeof(num), "%ld", v);
				key = xstrdup(num);
				klen = strlen(num);
			} else if ((key = fold_dup(c, idx, depth + 1, &klen)) == NULL)
				return -1;
			if (klen == 0 && node_is(obj, "array")) {
				/* [][[]]: an array has no property "" */
				free(key);
				buf_append(out, "undefined", 9);
				return 0;
			}
			ret = fold_index(c, obj, key, klen, out, depth);
			free(key);
		}
		return ret;
	}
	return -1;
}
