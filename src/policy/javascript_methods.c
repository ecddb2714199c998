/*
 * JavaScript: string methods folded from the folded text of their object
 * (javascript_fold.c calls them): s.split(sep), s.replace(a, b),
 * s.slice(a, b) and its kin, and a string's characters ([...s]).
 */
#include <stdlib.h>
#include <string.h>

#include "policy/analyze_internal.h"
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

/* Whether the replacement argument folds to a text with a $ in it. */
static bool js_replace_has_dollar(struct actx *c, TSNode a1, int depth)
{
	size_t n;
	char *w;
	bool has;
	if (ts_node_is_null(a1) || js_is_function_literal(a1))
		return false;
	w = fold_dup(c, a1, depth + 1, &n);
	has = w && memchr(w, '$', n);
	free(w);
	return has;
}

/* The replacement text w for one match of re in s (ov its offsets):
 * $$, $&, $` and $', $1-$99 and $<name>, as String.prototype.replace
 * reads them; what is not one of these is itself. */
static void expand_replacement(struct buf *out, const pcre2_code *re, const char *s, size_t slen,
			       const PCRE2_SIZE *ov, uint32_t groups, const char *w, size_t wlen)
{
	for (size_t i = 0; i < wlen; i++) {
		char d = i + 1 < wlen ? w[i + 1] : 0;
		uint32_t g = 0;
		if (w[i] != '$' || !d) {
			buf_append(out, w + i, 1);
		} else if (d == '$') {
			buf_append(out, "$", 1), i++;
		} else if (d == '&') {
			buf_append(out, s + ov[0], ov[1] - ov[0]), i++;
		} else if (d == '`') {
			buf_append(out, s, ov[0]), i++;
		} else if (d == '\'') {
			buf_append(out, s + ov[1], slen - ov[1]), i++;
		} else if (d >= '0' && d <= '9') {
			size_t used = 1;
			g = (uint32_t)(d - '0');
			if (i + 2 < wlen && w[i + 2] >= '0' && w[i + 2] <= '9' &&
			    g * 10 + (uint32_t)(w[i + 2] - '0') <= groups)
				g = g * 10 + (uint32_t)(w[i + 2] - '0'), used = 2;
			if (g == 0 || g > groups) {
				buf_append(out, w + i, 1);
				continue;
			}
			if (ov[2 * g] != PCRE2_UNSET)
				buf_append(out, s + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
			i += used;
		} else if (d == '<' && memchr(w + i, '>', wlen - i)) {
			const char *end = memchr(w + i, '>', wlen - i);
			char name[64];
			size_t nl = (size_t)(end - (w + i + 2));
			int n = -1;
			if (nl < sizeof(name)) {
				memcpy(name, w + i + 2, nl);
				name[nl] = 0;
				n = pcre2_substring_number_from_name(re, (PCRE2_SPTR)name);
			}
			if (n < 0) { /* no named groups: the text itself */
				buf_append(out, w + i, 1);
				continue;
			}
			if (ov[2 * n] != PCRE2_UNSET)
				buf_append(out, s + ov[2 * n], ov[2 * n + 1] - ov[2 * n]);
			i = (size_t)(end - w);
		} else {
			buf_append(out, w + i, 1);
		}
	}
}

/* s.replace(/re/flags, w): the regular expression run on the folded
 * text (a bounded match: the program's own pattern), each match (the
 * first, or every one under g) replaced by w with its $ patterns. */
static int regex_replace(struct actx *c, TSNode a0, const char *s, size_t slen, const char *w,
			 size_t wlen, struct buf *out)
{
	TSNode pat = js_field(a0, F_pattern), flags = js_field(a0, F_flags);
	const char *f = ts_node_is_null(flags) ? "" : node_src(c, flags);
	size_t fl = ts_node_is_null(flags) ? 0 : node_len(flags);
	uint32_t opts = PCRE2_UTF | PCRE2_ALT_BSUX | PCRE2_DOLLAR_ENDONLY, groups = 0;
	bool all = false;
	int err, ret = -1, rc = 0;
	PCRE2_SIZE off, at = 0;

	for (size_t i = 0; i < fl; i++) {
		if (f[i] == 'g')
			all = true;
		else if (f[i] == 'i')
			opts |= PCRE2_CASELESS;
		else if (f[i] == 'm')
			opts = (opts | PCRE2_MULTILINE) & ~(uint32_t)PCRE2_DOLLAR_ENDONLY;
		else if (f[i] == 's')
			opts |= PCRE2_DOTALL;
		else if (f[i] == 'u' || f[i] == 'v')
			opts |= PCRE2_UCP;
		else if (f[i] != 'd')
			return -1; /* y: sticky, at lastIndex */
	}
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)node_src(c, pat), node_len(pat), opts, &err,
				       &off, NULL);
	pcre2_match_data *md = re ? pcre2_match_data_create_from_pattern(re, NULL) : NULL;
	pcre2_match_context *mc = md ? pcre2_match_context_create(NULL) : NULL;
	struct buf r = {0};

	if (mc) {
		pcre2_set_match_limit(mc, 100000);
		pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &groups);
		ret = 0;
	}
	for (int n = 0; ret == 0 && n < 1000; n++) {
		rc = at <= slen ? pcre2_match(re, (PCRE2_SPTR)s, slen, at, 0, md, mc)
				: PCRE2_ERROR_NOMATCH;
		if (rc == PCRE2_ERROR_NOMATCH)
			break;
		if (rc < 0) {
			ret = -1;
			break;
		}
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		buf_append(&r, s + at, ov[0] - at);
		expand_replacement(&r, re, s, slen, ov, groups, w, wlen);
		at = ov[1];
		if (ov[1] == ov[0]) { /* an empty match: the next character kept */
			if (at < slen)
				buf_append(&r, s + at, 1);
			at++;
		}
		if (!all)
			break;
	}
	if (ret == 0 && at < slen)
		buf_append(&r, s + at, slen - at);
	if (ret == 0)
		buf_append(out, r.data ? r.data : "", r.len);
	buf_free(&r);
	pcre2_match_context_free(mc);
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	return ret;
}

/* s.replace(a, b) / s.replaceAll(a, b), a a string or a regex. */
int js_fold_replace(struct actx *c, TSNode call, TSNode obj, bool all, js_fold_fn fold,
		    struct buf *out, int depth)
{
	TSNode a0 = js_arg_at(call, 0), a1 = js_arg_at(call, 1);
	size_t slen, olen = 0, nlen;
	char *s = NULL, *o = NULL, *w = NULL;
	int ret = -1;

	if (node_is(a0, "identifier")) { /* const re = /.../; s.replace(re, w) */
		TSNode r = js_bound_literal(c, a0, "regex", 'o', depth + 1);
		a0 = ts_node_is_null(r) ? a0 : r;
	}
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
		if (!o || js_replace_has_dollar(c, a1, depth)) {
			/* /^(\w+)=(.*)$/ and '$2': the expression itself run */
			int r = -1;
			free(o);
			s = fold_dup(c, obj, depth + 1, &slen);
			w = s && !js_is_function_literal(a1) && !ts_node_is_null(a1)
				? fold_dup(c, a1, depth + 1, &nlen)
				: NULL;
			if (w)
				r = regex_replace(c, a0, s, slen, w, nlen, out);
			free(s);
			free(w);
			return r;
		}
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
