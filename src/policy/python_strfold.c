/*
 * Python's string operations folded where every part is a constant
 * (python_fold_index, _percent, _format, _repeat):
 *
 *	"x.ssh"[1:], "._s_s_h"[::2], "abc"[-1]    ".ssh", ".ssh", "c"
 *	"%s/%s" % (".", "ssh"), "%s" % x           ".ssh/..."
 *	"{}{}".format(".", "ssh"), "{d}".format(d=x)
 *	"s" * 2, 3 * "ab"                          "ss", "ababab"
 *	back("metsys") with def back(s): return s[::-1]   "system"
 *	["os", "sys"][0], K[-1] with K = [...]       "os", the last item
 *	"~/.cache/".rstrip(os.sep), " ls ".strip()     "~/.cache", "ls"
 *	Path("~/.x/a.json").with_stem("b")         "~/.x/b.json"
 *
 * A bound, a count or a field that is not a literal (a conversion, a
 * format spec, %d, an unknown argument) does not fold: the text is then
 * unknown, as before.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

/* An integer literal, or one negated: 0 and *v, else -1. */
static int int_literal(struct actx *c, TSNode n, long *v)
{
	bool neg = false;
	if (node_is(n, "unary_operator") && node_len(node_field(n, "operator")) == 1 &&
	    *node_src(c, node_field(n, "operator")) == '-') {
		neg = true;
		n = node_field(n, "argument");
	}
	if (!node_is(n, "integer"))
		return -1;
	char *end;
	long k = strtol(node_src(c, n), &end, 0);
	if (end != node_src(c, n) + node_len(n) || k > 1 << 20)
		return -1;
	*v = neg ? -k : k;
	return 0;
}

/* Whether s[0:len] is ASCII: an index counts bytes only then. */
static bool ascii(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

/* The list or tuple literal value stands for: itself, or the one value of
 * a name bound once, never changed in place (K.append(...): "K#mut"). */
static TSNode literal_list(struct actx *c, TSNode value)
{
	TSNode none = {0};

	while (node_is(value, "parenthesized_expression"))
		value = ts_node_named_child(value, 0);
	if (node_is(value, "list") || node_is(value, "tuple"))
		return value;
	if (!node_is(value, "identifier") || node_len(value) + 5 > 256)
		return none;
	char key[256];
	size_t i = 0, n = 0;
	const struct binding *b;
	TSNode v = none;
	memcpy(key, node_src(c, value), node_len(value));
	memcpy(key + node_len(value), "#mut", 4);
	if (actx_is_bound(c, key, node_len(value) + 4))
		return none;
	while ((b = actx_lookup(c, node_src(c, value), node_len(value), &i)))
		if (n++ == 0 && b->kind == BIND_VALUE)
			v = b->value;
	return n == 1 && (node_is(v, "list") || node_is(v, "tuple")) ? v : none;
}

int python_fold_nth(struct actx *c, TSNode list, long at, struct buf *out, int depth)
{
	uint32_t k = ts_node_named_child_count(list);
	TSNode items[256];
	uint32_t n = 0;
	for (uint32_t i = 0; i < k && n < 256; i++) {
		TSNode it = ts_node_named_child(list, i);
		if (node_is(it, "comment"))
			continue;
		if (node_is(it, "list_splat"))
			return -1; /* [*a, "x"][1]: which item is not known */
		items[n++] = it;
	}
	if (n == 256)
		return -1;
	if (at < 0)
		at += (long)n;
	if (at < 0 || at >= (long)n)
		return -1;
	return c->ops->fold(c, items[at], out, depth + 1);
}

int python_fold_item(struct actx *c, TSNode value, TSNode sub, struct buf *out, int depth)
{
	TSNode list = literal_list(c, value);
	long at;

	if (ts_node_is_null(list) || int_literal(c, sub, &at) < 0)
		return -1;
	return python_fold_nth(c, list, at, out, depth);
}

/* s[i], s[a:b], s[a:b:k] of a constant, the bounds integer literals (or
 * absent): Python's slice of the text (ASCII only). */
int python_fold_index(struct actx *c, TSNode value, TSNode sub, struct buf *out, int depth)
{
	long part[3] = {0, 0, 1};
	bool given[3] = {false, false, false};
	size_t len;

	if (node_is(sub, "slice")) {
		uint32_t k = ts_node_child_count(sub);
		int at = 0;
		for (uint32_t i = 0; i < k; i++) {
			TSNode ch = ts_node_child(sub, i);
			if (!ts_node_is_named(ch)) {
				if (node_len(ch) == 1 && *node_src(c, ch) == ':' && ++at > 2)
					return -1;
				continue;
			}
			if (node_is(ch, "comment"))
				continue;
			if (int_literal(c, ch, &part[at]) < 0)
				return -1;
			given[at] = true;
		}
	} else if (int_literal(c, sub, &part[0]) < 0) {
		return -1;
	} else if (node_is(value, "attribute") &&
		   node_text_is(c, node_field(value, "attribute"), "args")) {
		/* err.args[0] of `except E as err`: what raise E(...) gave */
		return python_fold_raised(c, node_field(value, "object"), part[0], false, out,
					  depth);
	} else if (node_is(value, "attribute") &&
		   node_text_is(c, node_field(value, "attribute"), "parents")) {
		/* Path(p).parents[-1]: "/" */
		return python_fold_path_part(c, node_field(value, "object"), "parents", part[0],
					     out, depth);
	}
	char *s = fold_dup(c, value, depth + 1, &len);
	if (s == NULL || !ascii(s, len)) {
		free(s);
		return -1;
	}
	long n = (long)len, step = part[2];
	int ret = 0;
	if (!node_is(sub, "slice")) {
		long i = part[0] < 0 ? part[0] + n : part[0];
		if (i < 0 || i >= n)
			ret = -1;
		else
			buf_append(out, s + i, 1);
	} else if (step == 0) {
		ret = -1;
	} else {
		long a, b;
		if (step > 0) {
			a = !given[0] ? 0 : part[0] < 0 ? part[0] + n : part[0];
			b = !given[1] ? n : part[1] < 0 ? part[1] + n : part[1];
			a = a < 0 ? 0 : a > n ? n : a;
			b = b < 0 ? 0 : b > n ? n : b;
			for (long i = a; i < b; i += step)
				buf_append(out, s + i, 1);
		} else {
			a = !given[0] ? n - 1 : part[0] < 0 ? part[0] + n : part[0];
			b = !given[1] ? -1 : part[1] < 0 ? part[1] + n : part[1];
			a = a < -1 ? -1 : a > n - 1 ? n - 1 : a;
			b = b < -1 ? -1 : b > n - 1 ? n - 1 : b;
			for (long i = a; i > b; i += step)
				buf_append(out, s + i, 1);
		}
	}
	free(s);
	return ret;
}

/* "%s/%s" % (a, b), "%s" % a: each %s the folded value in its turn, %%
 * a percent sign; any other conversion does not fold. */
int python_fold_percent(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode r = node_field(n, "right");
	while (node_is(r, "parenthesized_expression"))
		r = ts_node_named_child(r, 0);
	size_t flen;
	char *f = fold_dup(c, node_field(n, "left"), depth + 1, &flen);
	uint32_t next = 0, count = node_is(r, "tuple") ? ts_node_named_child_count(r) : 1;
	int ret = f ? 0 : -1;
	size_t mark = out->len;

	for (size_t i = 0; ret == 0 && i < flen; i++) {
		if (f[i] != '%') {
			buf_append(out, f + i, 1);
		} else if (i + 1 < flen && f[i + 1] == '%') {
			buf_append(out, "%", 1);
			i++;
		} else if (i + 1 < flen && f[i + 1] == 's' && next < count) {
			TSNode v = node_is(r, "tuple") ? ts_node_named_child(r, next) : r;
			next++;
			ret = c->ops->fold(c, v, out, depth + 1);
			i++;
		} else {
			ret = -1;
		}
	}
	if (ret == 0 && next != count)
		ret = -1;
	if (ret < 0)
		out->len = mark;
	free(f);
	return ret;
}

/* "{}/{}".format(a, b), "{0}{name}".format(x, name=y): each plain field the
 * folded argument it names, {{ and }} braces; a field with a conversion
 * or a format spec does not fold. */
int python_fold_format(struct actx *c, TSNode call, const char *f, size_t flen, struct buf *out,
		       int depth)
{
	TSNode args = node_field(call, "arguments");
	uint32_t auto_idx = 0;
	size_t mark = out->len;
	int ret = node_is(args, "argument_list") ? 0 : -1;

	for (size_t i = 0; ret == 0 && i < flen; i++) {
		if ((f[i] == '{' || f[i] == '}') && i + 1 < flen && f[i + 1] == f[i]) {
			buf_append(out, f + i++, 1);
			continue;
		}
		if (f[i] == '}') {
			ret = -1;
			break;
		}
		if (f[i] != '{') {
			buf_append(out, f + i, 1);
			continue;
		}
		size_t j = i + 1;
		while (j < flen && (isalnum((unsigned char)f[j]) || f[j] == '_'))
			j++;
		if (j >= flen || f[j] != '}') {
			ret = -1;
			break;
		}
		TSNode v = {0};
		bool found = false;
		uint32_t k = ts_node_named_child_count(args), pos = 0, want;
		bool named = j > i + 1 && !isdigit((unsigned char)f[i + 1]);
		want = j == i + 1 ? auto_idx++ : (uint32_t)strtoul(f + i + 1, NULL, 10);
		for (uint32_t a = 0; a < k && !found; a++) {
			TSNode arg = ts_node_named_child(args, a);
			if (node_is(arg, "comment"))
				continue;
			if (node_is(arg, "list_splat") || node_is(arg, "dictionary_splat")) {
				ret = -1;
				break;
			}
			if (node_is(arg, "keyword_argument")) {
				TSNode kw = node_field(arg, "name");
				if (named && node_len(kw) == j - i - 1 &&
				    memcmp(node_src(c, kw), f + i + 1, j - i - 1) == 0)
					v = node_field(arg, "value"), found = true;
			} else if (!named && pos++ == want) {
				v = arg, found = true;
			}
		}
		if (ret == 0 && (!found || c->ops->fold(c, v, out, depth + 1) < 0))
			ret = -1;
		i = j;
	}
	if (ret < 0)
		out->len = mark;
	return ret;
}

/* "s" * 2, 3 * "ab": a string repeated a literal number of times (a
 * path piece ".s" + "s" * 1 + "h" is ".ssh"); a count past 64 does not
 * fold. */
int python_fold_repeat(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode l = node_field(n, "left"), r = node_field(n, "right");
	if (node_is(l, "integer")) {
		TSNode t = l;
		l = r;
		r = t;
	}
	if (!node_is(r, "integer"))
		return -1;
	char *end;
	unsigned long k = strtoul(node_src(c, r), &end, 0);
	if (end != node_src(c, r) + node_len(r) || k > 64)
		return -1;
	size_t len;
	char *s = fold_dup(c, l, depth + 1, &len);
	if (s == NULL)
		return -1;
	for (unsigned long i = 0; i < k && out->len <= FOLD_MAX; i++)
		buf_append(out, s, len);
	free(s);
	return 0;
}

#define FOLD_CALL_BYTES 2048

/* f(x) for the program's own function f: what it returns, folded with its
 * parameters bound to this call's arguments (def k(s): return s[::-1] ...
 * k("metsys")). Every return must fold, and to one value. */
int python_fold_own_call(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode fn = python_callee(c, node_field(n, "function")); /* _id(f)(x) */
	char key[256], *first = NULL;
	size_t len = node_len(fn), i = 0, flen = 0;
	const struct binding *b;
	int nret = 0, ret = -1;

	if (!node_is(fn, "identifier") || c->nframes >= ACTX_FRAMES || len + 3 > sizeof(key) ||
	    depth > RESOLVE_DEPTH || !actx_step(c))
		return -1;
	for (int f = 0; f < c->nframes; f++)
		if (ts_node_eq(c->frame_call[f], n))
			return -1; /* a call folded inside itself */
	memcpy(key, node_src(c, fn), len);
	memcpy(key + len, "()", 3);
	/* the function: the one that holds its first return */
	TSNode def = (b = actx_lookup(c, key, len + 2, &i)) ? b->value : (TSNode){0};
	while (!ts_node_is_null(def) && !node_is(def, "function_definition"))
		def = ts_node_parent(def);
	/* a small function (what turns a value into another, a helper that
	 * hands one back): a large one is not folded for each call */
	if (ts_node_is_null(def) ||
	    ts_node_end_byte(def) - ts_node_start_byte(def) > FOLD_CALL_BYTES)
		return -1;
	i = 0;
	c->frame_lo[c->nframes] = ts_node_start_byte(def);
	c->frame_hi[c->nframes] = ts_node_end_byte(def);
	c->frame_def[c->nframes] = c->frame_cls[c->nframes] = c->frame_obj[c->nframes] =
	    (TSNode){0};
	c->frame_call[c->nframes++] = n;
	while ((b = actx_lookup(c, key, len + 2, &i))) {
		size_t vlen;
		char *v = b->kind == BIND_VALUE ? fold_dup(c, b->value, depth + 1, &vlen) : NULL;
		if (v == NULL || (nret++ > 0 && (vlen != flen || memcmp(v, first, vlen) != 0))) {
			free(v);
			nret = -1;
			break;
		}
		if (first == NULL) {
			first = v;
			flen = vlen;
		} else {
			free(v);
		}
	}
	c->nframes--;
	if (nret > 0) {
		buf_append(out, first, flen);
		ret = 0;
	}
	free(first);
	return ret;
}

/* The value under key sub in dictionary literal box, or a null node. */
static TSNode dict_item(struct actx *c, TSNode box, TSNode sub, int depth)
{
	size_t klen;
	char *k = node_is(box, "dictionary") ? fold_dup(c, sub, depth + 1, &klen) : NULL;
	TSNode found = {0};
	uint32_t m = k ? ts_node_named_child_count(box) : 0;
	for (uint32_t i = 0; i < m && ts_node_is_null(found); i++) {
		TSNode pair = ts_node_named_child(box, i);
		size_t plen;
		char *pk = node_is(pair, "pair")
			       ? fold_dup(c, node_field(pair, "key"), depth + 1, &plen)
			       : NULL;
		if (pk && plen == klen && memcmp(pk, k, klen) == 0)
			found = node_field(pair, "value");
		free(pk);
	}
	free(k);
	return found;
}

/* The list or tuple literal n is: itself, a name bound once to one (and
 * not changed after), or cfg["key"] of a dictionary literal so bound. */
static TSNode splat_list(struct actx *c, TSNode n, int depth)
{
	while (node_is(n, "parenthesized_expression"))
		n = ts_node_named_child(n, 0);
	if (depth > 16 || ts_node_is_null(n))
		return (TSNode){0};
	if (node_is(n, "list") || node_is(n, "tuple"))
		return n;
	if (node_is(n, "identifier")) {
		size_t i = 0, nb = 0;
		const struct binding *b, *one = NULL;
		TSNode l = python_bound_list(c, n);
		if (!ts_node_eq(l, n))
			return l;
		while ((b = actx_lookup(c, node_src(c, n), node_len(n), &i)))
			if (nb++ == 0)
				one = b;
		return nb == 1 && one->kind == BIND_VALUE && !node_is(one->value, "identifier")
			   ? splat_list(c, one->value, depth + 1)
			   : (TSNode){0};
	}
	if (node_is(n, "subscript")) {
		TSNode box = node_field(n, "value");
		if (node_is(box, "identifier")) {
			size_t i = 0, nb = 0;
			const struct binding *b, *one = NULL;
			while ((b = actx_lookup(c, node_src(c, box), node_len(box), &i)))
				if (nb++ == 0)
					one = b;
			if (nb != 1 || one->kind != BIND_VALUE)
				return (TSNode){0};
			box = one->value;
		}
		TSNode item = dict_item(c, box, node_field(n, "subscript"), depth);
		return ts_node_is_null(item) ? item : splat_list(c, item, depth + 1);
	}
	return (TSNode){0};
}

/* One argument of os.path.join appended to the path begun at mark: an
 * absolute part restarts it; *parts (a list or tuple, or a name bound to
 * one) is its items, part by part. */
int python_fold_join_part(struct actx *c, TSNode ai, struct buf *out, size_t mark, int depth)
{
	if (node_is(ai, "list_splat")) {
		TSNode l = splat_list(c, ts_node_named_child(ai, 0), depth);
		if (ts_node_is_null(l))
			return -1;
		uint32_t k = ts_node_named_child_count(l);
		int ret = 0;
		for (uint32_t i = 0; ret == 0 && i < k; i++)
			ret = python_fold_join_part(c, ts_node_named_child(l, i), out, mark, depth + 1);
		return ret;
	}
	size_t plen;
	char *part = depth > 32 ? NULL : fold_dup(c, ai, depth + 1, &plen);
	if (part == NULL)
		return -1;
	if (part[0] == '/')
		out->len = mark;
	else if (out->len > mark && out->data[out->len - 1] != '/')
		buf_append(out, "/", 1);
	buf_append(out, part, plen);
	free(part);
	return 0;
}

int python_fold_key_guess(struct actx *c, TSNode value, TSNode sub, struct buf *out, int depth)
{
	TSNode box = value;
	char key[64];
	size_t i = 0, n = 0;
	const struct binding *b, *one = NULL;

	/* KINDS[kind] of KINDS = {...}: the item (a guess, python_guess.c:
	 * the dictionary may change in ways the analysis does not see) */
	while (depth < 16 && node_is(box, "identifier") &&
	       (b = actx_lookup(c, node_src(c, box), node_len(box), &i)) && b->kind == BIND_VALUE &&
	       !actx_lookup(c, node_src(c, box), node_len(box), &i))
		box = b->value, i = 0;
	TSNode item = depth < 16 ? dict_item(c, box, sub, depth) : (TSNode){0};
	if (!ts_node_is_null(item))
		return c->ops->fold(c, item, out, depth + 1);
	i = 0;
	size_t klen = python_key_name(c, sub, key, depth);
	if (klen == 0)
		return -1;
	while ((b = actx_lookup(c, key, klen, &i)))
		if (n++ == 0)
			one = b;
	/* {"passed": report.get("passed")}: a key's value read from the same
	 * key of another dictionary is not what that one holds */
	return n == 1 && one->kind == BIND_VALUE &&
		       !(ts_node_start_byte(one->value) <= ts_node_start_byte(sub) &&
			 ts_node_end_byte(sub) <= ts_node_end_byte(one->value))
		   ? c->ops->fold(c, one->value, out, depth + 1)
		   : -1;
}

int python_fold_strip(struct actx *c, TSNode obj, const char *m, size_t mlen, TSNode a0,
		      struct buf *out, int depth)
{
	if (!(mlen == 5 && memcmp(m, "strip", 5) == 0) &&
	    !(mlen == 6 && memcmp(m + 1, "strip", 5) == 0 && (m[0] == 'r' || m[0] == 'l')))
		return -2;
	char how = m[0];
	size_t vlen, clen = 6;
	char *v = fold_dup(c, obj, depth + 1, &vlen);
	char *chars = ts_node_is_null(a0) ? NULL : fold_dup(c, a0, depth + 1, &clen);
	const char *set = ts_node_is_null(a0) ? " \t\n\r\f\v" : chars;
	if (v == NULL) {
		free(chars);
		return -1;
	}
	size_t b = python_strip_chars(v, &vlen, set, set ? clen : 0, how);
	buf_append(out, v + b, vlen);
	free(v);
	free(chars);
	return 0;
}

int python_fold_with_part(struct actx *c, TSNode obj, const char *m, size_t mlen, TSNode a0,
			  struct buf *out, int depth)
{
	char which = 0;
	if (mlen == 9 && memcmp(m, "with_name", 9) == 0)
		which = 'n';
	else if (mlen == 9 && memcmp(m, "with_stem", 9) == 0)
		which = 's';
	else if (mlen == 11 && memcmp(m, "with_suffix", 11) == 0)
		which = 'x';
	if (which == 0 || ts_node_is_null(a0))
		return -2;
	size_t vlen, wlen;
	char *v = fold_dup(c, obj, depth + 1, &vlen);
	char *w = v ? fold_dup(c, a0, depth + 1, &wlen) : NULL;
	if (w == NULL) {
		free(v);
		return -1;
	}
	size_t base = vlen, dot = vlen;
	while (base > 0 && v[base - 1] != '/')
		base--;
	for (size_t i = vlen; i > base + 1; i--) /* not a name's leading dot */
		if (v[i - 1] == '.') {
			dot = i - 1;
			break;
		}
	buf_append(out, v, base);
	if (which == 'x')
		buf_append(out, v + base, dot - base);
	buf_append(out, w, wlen);
	if (which == 's')
		buf_append(out, v + dot, vlen - dot);
	free(v);
	free(w);
	return 0;
}

int python_fold_spec(struct actx *c, TSNode n, struct buf *out)
{
	if (ts_node_named_child_count(n) > 0 || node_len(n) < 1 || node_src(c, n)[0] != ':')
		return -1; /* f"{x:{width}}": a field in the spec */
	buf_append(out, node_src(c, n) + 1, node_len(n) - 1);
	return 0;
}

/* ast.literal_eval(text) of a text that is one string literal
 * ('\x2essh', b"...", r'...'): the string it denotes */
int python_fold_literal_eval(struct actx *c, TSNode a0, struct buf *out, int depth)
{
	size_t len, mark = out->len;
	char *s = ts_node_is_null(a0) ? NULL : fold_dup(c, a0, depth + 1, &len);
	if (s == NULL)
		return -1;
	size_t i = 0, end = len;
	bool raw = false;
	while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
		i++;
	while (end > i && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\n'))
		end--;
	for (int k = 0; k < 2 && i < end && strchr("bBuUrR", s[i]); k++)
		raw |= s[i] == 'r' || s[i] == 'R', i++;
	int ret = end - i >= 2 && (s[i] == '\'' || s[i] == '"') && s[end - 1] == s[i] ? 0 : -1;
	char q = ret == 0 ? s[i] : 0;
	for (i++, end--; ret == 0 && i < end;) {
		size_t e = 1;
		if (s[i] == q) {
			ret = -1; /* two literals, or a triple quote */
			break;
		}
		if (s[i] != '\\' || raw || i + 1 >= end) {
			buf_append(out, s + i++, 1);
			continue;
		}
		switch (s[i + 1]) {
		case 'x':
			e = 4;
			break;
		case 'u':
			e = 6;
			break;
		case 'U':
			e = 10;
			break;
		case 'N': {
			const char *close = memchr(s + i, '}', end - i);
			e = close ? (size_t)(close - (s + i)) + 1 : 2;
			break;
		}
		default:
			e = 2;
			while (e < 4 && i + e < end && s[i + 1] >= '0' && s[i + 1] <= '7' &&
			       s[i + e] >= '0' && s[i + e] <= '7')
				e++;
		}
		if (i + e > end || python_unescape(s + i, e, out) < 0)
			ret = -1;
		i += e;
	}
	free(s);
	if (ret < 0)
		out->len = mark;
	return ret;
}

/* functools.reduce(operator.truediv, [".ssh", "id_rsa"], Path.home()): the
 * path joined part by part; operator.add or operator.concat: the parts
 * one after another. fn the reduction's resolved function. */
int python_fold_reduce(struct actx *c, TSNode call, bool join, struct buf *out, int depth)
{
	TSNode items = python_first_arg(call, 1), init = python_first_arg(call, 2);
	if (node_is(items, "identifier"))
		items = python_bound_list(c, items);
	if (!(node_is(items, "list") || node_is(items, "tuple")) ||
	    node_is(init, "keyword_argument") || depth > 16)
		return -1;
	size_t mark = out->len;
	int ret = ts_node_is_null(init) ? 0 : c->ops->fold(c, init, out, depth + 1);
	uint32_t k = ts_node_named_child_count(items);
	for (uint32_t i = 0; ret == 0 && i < k; i++) {
		TSNode it = ts_node_named_child(items, i);
		if (node_is(it, "comment"))
			continue;
		ret = join ? python_fold_join_part(c, it, out, mark, depth)
			   : c->ops->fold(c, it, out, depth + 1);
	}
	if (ret < 0 || out->len == mark) {
		out->len = mark;
		return -1;
	}
	return 0;
}
