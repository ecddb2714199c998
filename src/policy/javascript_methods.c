/*
 * JavaScript: string methods folded from the folded text of their object
 * (javascript_fold.c calls them): s.split(sep), s.replace(a, b),
 * s.slice(a, b) and its kin, and a string's characters ([...s]).
 */
#include <stdlib.h>
#include <string.h>

#include "policy/javascript.h"

/* The folded string of n as a list of characters ([...'abc']). */
int js_fold_chars(struct actx *c, TSNode n, struct slist *out, int depth)
{
	size_t len;
	char *s = fold_dup(c, n, depth + 1, &len);

	if (s == NULL)
		return -1;
	js_slist_chars(out, s, len);
	free(s);
	return 0;
}

/* s.split(sep): '' splits into characters. */
int js_fold_split(struct actx *c, TSNode call, TSNode obj, struct slist *out, int depth)
{
	TSNode a0 = js_arg_at(call, 0);
	size_t len, slen = 0;
	char *s = fold_dup(c, obj, depth + 1, &len), *sep = NULL;
	int ret = s ? 0 : -1;

	if (s && !ts_node_is_null(a0) && (sep = fold_dup(c, a0, depth + 1, &slen)) == NULL)
		ret = -1;
	if (ret == 0 && sep == NULL) {
		js_slist_push(out, s, len);
	} else if (ret == 0 && slen == 0) {
		js_slist_chars(out, s, len);
	} else if (ret == 0) {
		size_t start = 0;
		for (size_t i = 0; i + slen <= len && out->n < LIST_MAX;) {
			if (memcmp(s + i, sep, slen) == 0) {
				js_slist_push(out, s + start, i - start);
				i += slen;
				start = i;
			} else
				i++;
		}
		js_slist_push(out, s + start, len - start);
	}
	free(s);
	free(sep);
	return ret;
}

/* s.replace(a, b) / s.replaceAll(a, b), a a string or a literal regex. */
int js_fold_replace(struct actx *c, TSNode call, TSNode obj, bool all, js_fold_fn fold,
		    struct buf *out, int depth)
{
	TSNode a0 = js_arg_at(call, 0), a1 = js_arg_at(call, 1);
	size_t slen, olen = 0, nlen;
	char *s = NULL, *o = NULL, *w = NULL;
	int ret = -1;

	if (node_is(a0, "regex")) {
		TSNode pat = js_field(a0, F_pattern), flags = js_field(a0, F_flags);
		const char *p = node_src(c, pat);
		olen = node_len(pat);
		if (olen >= 2 && p[0] == '^' && p[1] == '~') {
			/* p.replace(/^~(?=$|\/)/, os.homedir()): a tilde
			 * expanded to the home directory, which folds as '~' */
			size_t hl;
			char *h = ts_node_is_null(a1) ? NULL : fold_dup(c, a1, depth + 1, &hl);
			bool home = h && hl == 1 && h[0] == '~';
			free(h);
			if (home)
				return fold(c, obj, out, depth + 1);
		}
		/* the text itself, punctuation escaped (/\{root\}/) taken as is */
		struct buf lit = {0};
		for (size_t i = 0; i < olen; i++) {
			if (p[i] == '\\' && i + 1 < olen && strchr("\\^$.|?*+()[]{}/-", p[i + 1]))
				i++;
			else if (strchr("\\^$.|?*+()[]{}", p[i]))
				break;
			buf_append(&lit, p + i, 1);
			if (i + 1 == olen)
				o = js_node_strdup(lit.data, lit.len);
		}
		olen = lit.len;
		buf_free(&lit);
		if (!o)
			return -1;
		all = !ts_node_is_null(flags) && memchr(node_src(c, flags), 'g', node_len(flags));
	} else if (!ts_node_is_null(a0)) {
		o = fold_dup(c, a0, depth + 1, &olen);
	}
	s = fold_dup(c, obj, depth + 1, &slen);
	if (js_is_function_literal(a1)) { /* () => v, () => { return v; }: v */
		TSNode body = js_field(a1, F_body);
		if (node_is(body, "statement_block") && ts_node_named_child_count(body) == 1 &&
		    node_is(ts_node_named_child(body, 0), "return_statement"))
			body = js_last_named(ts_node_named_child(body, 0));
		a1 = node_is(body, "statement_block") ? (TSNode){0} : body;
	}
	w = ts_node_is_null(a1) ? NULL : fold_dup(c, a1, depth + 1, &nlen);
	if (s && o && w && memchr(w, '$', nlen) == NULL)
		ret = fold_replace(out, s, slen, o, olen, w, nlen, all ? REPLACE_ALL : REPLACE_FIRST);
	free(s);
	free(o);
	free(w);
	return ret;
}

/* An integer written or folded ('Error: '.length, a name bound to 7). */
static int int_value(struct actx *c, TSNode n, long *v, int depth)
{
	size_t len;
	char *end, *s;

	if (js_number_value(c, n, v) == 0)
		return 0;
	if (!node_is(n, "identifier") && !node_is(n, "member_expression"))
		return -1;
	if ((s = fold_dup(c, n, depth + 1, &len)) == NULL)
		return -1;
	*v = strtol(s, &end, 10);
	int ret = len > 0 && len < 12 && *end == '\0' ? 0 : -1;
	free(s);
	return ret;
}

/* s.slice(a, b), s.substring(a, b), s.substr(a, n) with integers. */
int js_fold_slice(struct actx *c, TSNode call, TSNode obj, const char *how, struct buf *out,
		  int depth)
{
	size_t len;
	long a = 0, b, n = 0;
	char *s = fold_dup(c, obj, depth + 1, &len);
	bool has_b;

	if (s == NULL)
		return -1;
	b = (long)len;
	has_b = !ts_node_is_null(js_arg_at(call, 1));
	if ((!ts_node_is_null(js_arg_at(call, 0)) &&
	     int_value(c, js_arg_at(call, 0), &a, depth) < 0) ||
	    (has_b &&
	     int_value(c, js_arg_at(call, 1), strcmp(how, "substr") ? &b : &n, depth) < 0)) {
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

/* s.padEnd(n, fill), s.padStart(n, fill): the string filled to n
 * characters (a space when fill is not given), so that trimEnd() or
 * slice() after it gives the string back. */
int js_fold_pad(struct actx *c, TSNode call, TSNode obj, bool start, struct buf *out, int depth)
{
	size_t len, flen = 1;
	long n = 0;
	char *s, *fill = NULL;
	TSNode a1 = js_arg_at(call, 1);

	if (ts_node_is_null(js_arg_at(call, 0)))
		return -1;
	if (js_number_value(c, js_arg_at(call, 0), &n) < 0) {
		/* a width held in a name: its folded digits */
		size_t wlen;
		char *w = fold_dup(c, js_arg_at(call, 0), depth + 1, &wlen), *end = NULL;
		if (w != NULL && wlen > 0 && wlen < 8)
			n = strtol(w, &end, 10);
		bool ok = end != NULL && *end == '\0';
		free(w);
		if (!ok)
			return -1;
	}
	if (n < 0 || n > (long)FOLD_MAX)
		return -1;
	if (!ts_node_is_null(a1) && (fill = fold_dup(c, a1, depth + 1, &flen)) == NULL)
		return -1;
	if ((s = fold_dup(c, obj, depth + 1, &len)) == NULL) {
		free(fill);
		return -1;
	}
	size_t want = (size_t)n > len && flen > 0 ? (size_t)n - len : 0;
	if (!start)
		buf_append(out, s, len);
	for (size_t i = 0; i < want; i++)
		buf_append(out, fill ? fill + i % flen : " ", 1);
	if (start)
		buf_append(out, s, len);
	free(s);
	free(fill);
	return 0;
}
