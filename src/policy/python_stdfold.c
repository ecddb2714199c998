/*
 * Values made by the standard library from constants, folded
 * (lang_python.c calls each from its fold of a call or a subscript):
 *
 *	shlex.quote(p)                          p, or p in single quotes
 *	os.path.commonpath([home + "/a", home + "/b"])      the home
 *	array.array("B", [46, 115, ...])         its bytes
 *	job.args[0] of job = functools.partial(f, home)     the home
 *	m.group(1) of m = re.search(r"dir=(\S+)", "dir=~")  "~"
 *	"".join(c for _, c in sorted(zip(order, chars)))     the chars in order
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

/* job.args[i], job.keywords["k"] of job = functools.partial(f, ...),
 * bound once: the argument the partial keeps in that place */
int python_fold_partial_arg(struct actx *c, TSNode attr, TSNode sub, struct buf *out, int depth)
{
	TSNode obj = node_field(attr, "object"), a = node_field(attr, "attribute");
	bool pos = node_text_is(c, a, "args");
	size_t i = 0, nb = 0;
	const struct binding *b, *one = NULL;
	if (!node_is(obj, "identifier") || !(pos || node_text_is(c, a, "keywords")) ||
	    depth > RESOLVE_DEPTH)
		return -1;
	while (nb < 2 && (b = actx_lookup(c, node_src(c, obj), node_len(obj), &i)))
		if (nb++ == 0)
			one = b;
	TSNode call = nb == 1 && one->kind == BIND_VALUE ? one->value : (TSNode){0};
	if (!node_is(call, "call"))
		return -1;
	struct names ns = {0};
	c->ops->resolve(c, node_field(call, "function"), &ns, depth + 1);
	bool partial = python_any_is(&ns, "functools.partial", NULL);
	names_free(&ns);
	if (!partial)
		return -1;
	if (pos) {
		if (!node_is(sub, "integer"))
			return -1;
		TSNode v =
		    python_first_arg(call, (uint32_t)strtoul(node_src(c, sub), NULL, 10) + 1);
		return ts_node_is_null(v) || node_is(v, "keyword_argument") ||
			       node_is(v, "list_splat")
			   ? -1
			   : c->ops->fold(c, v, out, depth + 1);
	}
	size_t kl;
	char *k = fold_dup(c, sub, depth + 1, &kl);
	TSNode args = node_field(call, "arguments");
	int ret = -1;
	for (uint32_t j = 0; k && ret < 0 && j < ts_node_named_child_count(args); j++) {
		TSNode kw = ts_node_named_child(args, j), name = node_field(kw, "name");
		if (node_is(kw, "keyword_argument") && node_len(name) == kl &&
		    memcmp(node_src(c, name), k, kl) == 0)
			ret = c->ops->fold(c, node_field(kw, "value"), out, depth + 1);
	}
	free(k);
	return ret;
}

/* m.group(k) of m = re.search(pattern, text) (re.match, re.fullmatch,
 * re.compile(pattern).search(text)), bound once, where both fold: the
 * text of that group of the match; -2: not such a call */
int python_fold_match_group(struct actx *c, TSNode m, TSNode k, struct buf *out, int depth)
{
	size_t i = 0, nb = 0;
	const struct binding *b, *one = NULL;
	if (!node_is(m, "identifier") || depth > RESOLVE_DEPTH)
		return -2;
	while (nb < 2 && (b = actx_lookup(c, node_src(c, m), node_len(m), &i)))
		if (nb++ == 0)
			one = b;
	TSNode call = nb == 1 && one->kind == BIND_VALUE ? one->value : (TSNode){0};
	if (!node_is(call, "call"))
		return -2;
	TSNode fn = node_field(call, "function"), pat, text;
	struct names ns = {0};
	c->ops->resolve(c, fn, &ns, depth + 1);
	uint32_t opts = 0;
	bool top =
	    python_any_is(&ns, "re.search", "re.match") || python_any_is(&ns, "re.fullmatch", NULL);
	names_free(&ns);
	if (top) {
		pat = python_first_arg(call, 0);
		text = python_first_arg(call, 1);
		fn = node_field(fn, "attribute");
	} else if (node_is(fn, "attribute") && node_is(node_field(fn, "object"), "call")) {
		TSNode comp = node_field(fn, "object"); /* re.compile(p).search(t) */
		c->ops->resolve(c, node_field(comp, "function"), &ns, depth + 1);
		bool compiled = python_any_is(&ns, "re.compile", NULL);
		names_free(&ns);
		if (!compiled)
			return -2;
		pat = python_first_arg(comp, 0);
		text = python_first_arg(call, 0);
		fn = node_field(fn, "attribute");
	} else
		return -2;
	if (node_text_is(c, fn, "match"))
		opts = PCRE2_ANCHORED;
	else if (node_text_is(c, fn, "fullmatch"))
		opts = PCRE2_ANCHORED | PCRE2_ENDANCHORED;
	else if (!node_text_is(c, fn, "search"))
		return -2;
	unsigned long g = 0;
	if (!ts_node_is_null(k)) {
		if (!node_is(k, "integer"))
			return -1;
		g = strtoul(node_src(c, k), NULL, 10);
	}
	size_t pl, tl;
	char *p =
	    ts_node_is_null(pat) || ts_node_is_null(text) ? NULL : fold_dup(c, pat, depth + 1, &pl);
	char *t = p ? fold_dup(c, text, depth + 1, &tl) : NULL;
	int err, ret = -1;
	PCRE2_SIZE off;
	pcre2_code *re = t ? pcre2_compile((PCRE2_SPTR)p, pl, PCRE2_UTF, &err, &off, NULL) : NULL;
	pcre2_match_data *md = re ? pcre2_match_data_create_from_pattern(re, NULL) : NULL;
	pcre2_match_context *mc = md ? pcre2_match_context_create(NULL) : NULL;
	if (mc) /* the program's own pattern: a bounded search */
		pcre2_set_match_limit(mc, 100000);
	if (mc && pcre2_match(re, (PCRE2_SPTR)t, tl, 0, opts, md, mc) > (int)g) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		if (ov[2 * g] != PCRE2_UNSET) {
			buf_append(out, t + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
			ret = 0;
		}
	}
	pcre2_match_context_free(mc);
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	free(p);
	free(t);
	return ret;
}

struct pair {
	char *k, *v;
	size_t kl, vl;
	long n;
	bool num;
};

static int pair_cmp(const void *pa, const void *pb)
{
	const struct pair *a = pa, *b = pb;
	if (a->num && b->num)
		return (a->n > b->n) - (a->n < b->n);
	int r = memcmp(a->k, b->k, a->kl < b->kl ? a->kl : b->kl);
	return r ? r : (a->kl > b->kl) - (a->kl < b->kl);
}

/* sep.join(x for k, x in sorted(zip(keys, items))) (or zip() unsorted,
 * or k itself): the items put in their keys' order, when both lists
 * are literals (or names bound to them) whose items fold; -2: not such
 * a generator */
int python_fold_pairs_join(struct actx *c, TSNode gen, const char *sep, size_t seplen,
			   struct buf *out, int depth)
{
	TSNode body = node_field(gen, "body"), loop = ts_node_named_child(gen, 1);
	TSNode left = node_field(loop, "left"), right = node_field(loop, "right");
	if (ts_node_named_child_count(gen) != 2 || !node_is(loop, "for_in_clause") ||
	    !node_is(body, "identifier") ||
	    !(node_is(left, "pattern_list") || node_is(left, "tuple_pattern")) ||
	    ts_node_named_child_count(left) != 2 || !node_is(right, "call"))
		return -2;
	TSNode t0 = ts_node_named_child(left, 0), t1 = ts_node_named_child(left, 1);
	int pick = node_len(t1) == node_len(body) &&
			   memcmp(node_src(c, t1), node_src(c, body), node_len(body)) == 0
		       ? 1
		   : node_len(t0) == node_len(body) &&
			   memcmp(node_src(c, t0), node_src(c, body), node_len(body)) == 0
		       ? 0
		       : -1;
	bool sort = node_text_is(c, node_field(right, "function"), "sorted");
	TSNode z = sort ? python_first_arg(right, 0) : right;
	if (pick < 0 || !node_is(z, "call") || !node_text_is(c, node_field(z, "function"), "zip") ||
	    (sort && !ts_node_is_null(python_first_arg(right, 1))) ||
	    !ts_node_is_null(python_first_arg(z, 2)))
		return -2;
	TSNode l[2] = {python_first_arg(z, 0), python_first_arg(z, 1)};
	for (int j = 0; j < 2; j++)
		if (node_is(l[j], "identifier"))
			l[j] = python_bound_list(c, l[j]);
	if (!(node_is(l[0], "list") || node_is(l[0], "tuple")) ||
	    !(node_is(l[1], "list") || node_is(l[1], "tuple")))
		return -1;
	uint32_t k = ts_node_named_child_count(l[0]), k1 = ts_node_named_child_count(l[1]);
	if (k1 < k)
		k = k1;
	if (k == 0 || k > 256)
		return -1;
	struct pair *ps = calloc(k, sizeof(*ps));
	int ret = ps ? 0 : -1;
	for (uint32_t j = 0; ret == 0 && j < k; j++) {
		TSNode kn = ts_node_named_child(l[0], j);
		ps[j].num = node_is(kn, "integer");
		ps[j].n = ps[j].num ? strtol(node_src(c, kn), NULL, 0) : 0;
		if (ps[j].num) { /* an integer key: its digits */
			ps[j].kl = node_len(kn);
			ps[j].k = xmalloc(ps[j].kl + 1);
			memcpy(ps[j].k, node_src(c, kn), ps[j].kl);
		} else
			ps[j].k = fold_dup(c, kn, depth + 1, &ps[j].kl);
		ps[j].v = fold_dup(c, ts_node_named_child(l[1], j), depth + 1, &ps[j].vl);
		if (ps[j].k == NULL || ps[j].v == NULL || (j > 0 && ps[j].num != ps[0].num))
			ret = -1;
	}
	if (ret == 0 && sort)
		qsort(ps, k, sizeof(*ps), pair_cmp);
	for (uint32_t j = 0; ret == 0 && j < k; j++) {
		if (j)
			buf_append(out, sep, seplen);
		if (pick)
			buf_append(out, ps[j].v, ps[j].vl);
		else
			buf_append(out, ps[j].k, ps[j].kl);
	}
	for (uint32_t j = 0; ps && j < k; j++) {
		free(ps[j].k);
		free(ps[j].v);
	}
	free(ps);
	return ret;
}

/* shlex.quote(v): v itself when the shell reads it as one word unchanged
 * (a path whose "~" stands for the home it names), else v in single
 * quotes */
int python_fold_shell_quote(struct actx *c, TSNode a0, struct buf *out, int depth)
{
	size_t len;
	char *v = fold_dup(c, a0, depth + 1, &len);
	bool plain = v != NULL && len > 0;
	for (size_t i = 0; plain && i < len; i++)
		plain = isalnum((unsigned char)v[i]) || strchr("@%+=:,./-_", v[i]) ||
			(i == 0 && v[i] == '~');
	if (v == NULL)
		return -1;
	if (plain) {
		buf_append(out, v, len);
	} else {
		buf_append(out, "'", 1);
		for (size_t i = 0; i < len; i++)
			if (v[i] == '\'')
				buf_append(out, "'\"'\"'", 5);
			else
				buf_append(out, v + i, 1);
		buf_append(out, "'", 1);
	}
	free(v);
	return 0;
}

/* os.path.commonpath(paths) (path: whole parts) or commonprefix (by
 * characters) of a list or tuple whose items all fold */
int python_fold_common(struct actx *c, TSNode a0, bool path, struct buf *out, int depth)
{
	if (node_is(a0, "identifier"))
		a0 = python_bound_list(c, a0);
	if (!node_is(a0, "list") && !node_is(a0, "tuple"))
		return -1;
	uint32_t k = ts_node_named_child_count(a0);
	char *first = NULL;
	size_t keep = 0;
	int ret = k > 0 ? 0 : -1;
	for (uint32_t i = 0; ret == 0 && i < k; i++) {
		size_t len;
		char *v = fold_dup(c, ts_node_named_child(a0, i), depth + 1, &len);
		if (v == NULL) {
			ret = -1;
		} else if (first == NULL) {
			first = v, keep = len;
			continue;
		} else {
			size_t j = 0;
			while (j < keep && j < len && first[j] == v[j])
				j++;
			if (path && !((j == keep || first[j] == '/') && (j == len || v[j] == '/')))
				while (j > 0 && first[j - 1] != '/')
					j--; /* back to a whole part */
			if (path && j > 1 && first[j - 1] == '/')
				j--;
			keep = j;
		}
		free(v);
	}
	if (ret == 0)
		buf_append(out, first, keep);
	free(first);
	return ret;
}

/* array.array("B", [46, 115, 115, 104]) as its bytes, array.array("u",
 * "text") as its text */
int python_fold_array(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode a1 = python_first_arg(n, 1);
	size_t tl;
	char *t = fold_dup(c, python_first_arg(n, 0), depth + 1, &tl);
	int ret = -1;
	if (t && tl == 1 && (t[0] == 'b' || t[0] == 'B') && !ts_node_is_null(a1))
		ret = python_fold_codes(
		    c, node_is(a1, "identifier") ? python_bound_list(c, a1) : a1, true, out);
	else if (t && tl == 1 && t[0] == 'u' && !ts_node_is_null(a1))
		ret = c->ops->fold(c, a1, out, depth + 1);
	free(t);
	return ret;
}

/* s with every from replaced by to, in place in b (from not empty) */
static void replace_all(struct buf *b, size_t mark, const char *from, size_t flen, const char *to,
			size_t tlen)
{
	struct buf t = {0};
	const char *s = b->data + mark;
	size_t slen = b->len - mark;
	for (size_t i = 0; i < slen;) {
		if (i + flen <= slen && memcmp(s + i, from, flen) == 0) {
			buf_append(&t, to, tlen);
			i += flen;
		} else
			buf_append(&t, s + i++, 1);
	}
	b->len = mark;
	buf_append(b, t.data ? t.data : "", t.len);
	free(t.data);
}

/* xml.sax.saxutils.unescape(text[, entities]) of constants: &lt; and &gt;,
 * then each of the entities (a dictionary written out, or a name bound
 * once to one) in order, then &amp;, as the library does */
int python_fold_sax_unescape(struct actx *c, TSNode text, TSNode ents, struct buf *out, int depth)
{
	if (ts_node_is_null(text) || depth > RESOLVE_DEPTH)
		return -1;
	if (node_is(ents, "keyword_argument"))
		ents = node_field(ents, "value");
	if (node_is(ents, "identifier"))
		ents = python_bound_once(c, ents);
	if (!ts_node_is_null(ents) && !node_is(ents, "dictionary"))
		return -1;
	size_t mark = out->len;
	if (c->ops->fold(c, text, out, depth + 1) < 0) {
		out->len = mark;
		return -1;
	}
	replace_all(out, mark, "&lt;", 4, "<", 1);
	replace_all(out, mark, "&gt;", 4, ">", 1);
	uint32_t k = ts_node_is_null(ents) ? 0 : ts_node_named_child_count(ents);
	for (uint32_t i = 0; i < k; i++) {
		TSNode p = ts_node_named_child(ents, i);
		size_t fl, tl;
		char *f =
		    node_is(p, "pair") ? fold_dup(c, node_field(p, "key"), depth + 1, &fl) : NULL;
		char *t = f ? fold_dup(c, node_field(p, "value"), depth + 1, &tl) : NULL;
		if (t && fl > 0)
			replace_all(out, mark, f, fl, t, tl);
		free(f);
		free(t);
		if (!t) {
			out->len = mark;
			return -1;
		}
	}
	replace_all(out, mark, "&amp;", 5, "&", 1);
	return 0;
}

/* html.unescape(text) of a constant: character references (&#46;, &#x2e;)
 * and the named ones that stand for ASCII punctuation (&period;, &sol;,
 * &lowbar;, &tilde;, &amp;, ...); any other reference leaves it unknown */
int python_fold_html_unescape(struct actx *c, TSNode text, struct buf *out, int depth)
{
	static const char *const named[][2] = {
	    {"amp", "&"},    {"lt", "<"},     {"gt", ">"},     {"quot", "\""},	 {"apos", "'"},
	    {"period", "."}, {"sol", "/"},    {"bsol", "\\"},  {"lowbar", "_"},	 {"tilde", "~"},
	    {"num", "#"},    {"dollar", "$"}, {"percnt", "%"}, {"excl", "!"},	 {"quest", "?"},
	    {"colon", ":"},  {"semi", ";"},   {"comma", ","},  {"equals", "="},	 {"plus", "+"},
	    {"ast", "*"},    {"lpar", "("},   {"rpar", ")"},   {"lsqb", "["},	 {"rsqb", "]"},
	    {"lcub", "{"},   {"rcub", "}"},   {"verbar", "|"}, {"vert", "|"},	 {"commat", "@"},
	    {"Hat", "^"},    {"grave", "`"},  {"Tab", "\t"},   {"NewLine", "\n"}};
	size_t len;
	char *s = ts_node_is_null(text) ? NULL : fold_dup(c, text, depth + 1, &len);
	if (!s)
		return -1;
	size_t mark = out->len;
	int ret = 0;
	for (size_t i = 0; ret == 0 && i < len;) {
		if (s[i] != '&') {
			buf_append(out, s + i++, 1);
			continue;
		}
		char *semi = memchr(s + i, ';', len - i);
		size_t nl = semi ? (size_t)(semi - (s + i)) - 1 : 0;
		const char *name = s + i + 1;
		ret = -1;
		if (nl >= 2 && name[0] == '#') {
			bool hex = name[1] == 'x' || name[1] == 'X';
			unsigned long v = 0;
			size_t j = hex ? 2 : 1;
			for (; j < nl && v < 0x110000; j++) {
				int d = (unsigned char)name[j];
				if (isdigit(d))
					d -= '0';
				else if (hex && isxdigit(d))
					d = tolower(d) - 'a' + 10;
				else
					break;
				v = v * (hex ? 16 : 10) + (unsigned long)d;
			}
			if (j == nl && j > (hex ? 2u : 1u) && v > 0 && v < 0x110000) {
				fold_put_utf8(out, v);
				ret = 0;
			}
		} else
			for (size_t k = 0; nl > 0 && k < sizeof(named) / sizeof(named[0]); k++)
				if (strlen(named[k][0]) == nl &&
				    memcmp(name, named[k][0], nl) == 0) {
					buf_append(out, named[k][1], strlen(named[k][1]));
					ret = 0;
					break;
				}
		i += nl + 2;
	}
	free(s);
	if (ret < 0)
		out->len = mark;
	return ret;
}

/* The return statements' values under n, not those of nested defs,
 * classes or lambdas (at most max) */
static int returned_values(TSNode n, TSNode *v, int max, int k, int depth)
{
	if (depth > 64 || k == max || node_is(n, "function_definition") ||
	    node_is(n, "class_definition") || node_is(n, "lambda"))
		return k;
	if (node_is(n, "return_statement")) {
		if (ts_node_named_child_count(n) > 0)
			v[k++] = ts_node_named_child(n, 0);
		return k;
	}
	uint32_t nc = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < nc && k < max; i++)
		k = returned_values(ts_node_named_child(n, i), v, max, k, depth + 1);
	return k;
}

/* contextlib.nullcontext(v) entered is v (its first argument or
 * enter_result=), also returned by the program's own module-level
 * function: the first of its returns that folds. 1: not such a call. */
int python_fold_nullcontext(struct actx *c, TSNode x, struct buf *out, int depth)
{
	TSNode fn = node_field(x, "function");
	struct names ns = {0};
	c->ops->resolve(c, fn, &ns, depth + 1);
	bool nc = python_any_is(&ns, "contextlib.nullcontext", NULL);
	names_free(&ns);
	if (nc) {
		TSNode v = python_first_arg(x, 0), args = node_field(x, "arguments");
		uint32_t na = ts_node_named_child_count(args);
		for (uint32_t k = 0; ts_node_is_null(v) && k < na; k++) {
			TSNode a = ts_node_named_child(args, k); /* enter_result=v */
			if (node_is(a, "keyword_argument") &&
			    node_len(node_field(a, "name")) == 12 &&
			    memcmp(node_src(c, node_field(a, "name")), "enter_result", 12) == 0)
				v = node_field(a, "value");
		}
		return ts_node_is_null(v) ? -1 : c->ops->fold(c, v, out, depth + 1);
	}
	TSNode root = x, def = {0}, rets[8];
	if (!node_is(fn, "identifier") || depth > RESOLVE_DEPTH)
		return 1;
	while (!ts_node_is_null(ts_node_parent(root)))
		root = ts_node_parent(root);
	uint32_t nk = ts_node_named_child_count(root);
	for (uint32_t k = 0; k < nk; k++) { /* the module's one def of the name */
		TSNode d = ts_node_named_child(root, k), name = node_field(d, "name");
		if (node_is(d, "function_definition") && node_len(name) == node_len(fn) &&
		    memcmp(node_src(c, name), node_src(c, fn), node_len(fn)) == 0) {
			if (!ts_node_is_null(def))
				return 1;
			def = d;
		}
	}
	if (ts_node_is_null(def))
		return 1;
	int nr = returned_values(node_field(def, "body"), rets, 8, 0, 0);
	for (int k = 0; k < nr; k++) {
		size_t mark = out->len;
		if (node_is(rets[k], "call") &&
		    python_fold_nullcontext(c, rets[k], out, depth + 1) == 0)
			return 0;
		out->len = mark;
	}
	return 1;
}
