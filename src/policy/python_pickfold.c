/*
 * An item picked out of a sequence or a mapping built by a call, folded
 * where every part is a constant:
 *
 *	"a:.ssh:k".split(":")[1], s.rsplit("/", 1)[-1]     ".ssh", the last
 *	"x:.ssh".partition(":")[2], s.rpartition(":")[0]   ".ssh", the head
 *	parts[1] with parts = s.split(":") bound once
 *	operator.itemgetter(2)(seq)                        seq[2]
 *	dict(zip(keys, values))["k"], dict([("k", v)])["k"] the value of "k"
 *
 * A separator, a count or a key that is not a constant does not fold.
 */
#include <stdlib.h>
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

static TSNode unparen(TSNode n)
{
	while (!ts_node_is_null(n) && node_is(n, "parenthesized_expression"))
		n = ts_node_named_child(n, 0);
	return n;
}

/* n, or the one value a name n is bound to (never changed in place). */
static TSNode once(struct actx *c, TSNode n)
{
	n = unparen(n);
	if (!node_is(n, "identifier"))
		return n;
	char key[256];
	if (node_len(n) + 4 > sizeof(key))
		return (TSNode){0};
	memcpy(key, node_src(c, n), node_len(n));
	memcpy(key + node_len(n), "#mut", 4); /* K.append(...) */
	if (actx_is_bound(c, key, node_len(n) + 4))
		return (TSNode){0};
	TSNode v = python_bound_once(c, n);
	return ts_node_is_null(v) ? v : unparen(v);
}

static bool int_lit(struct actx *c, TSNode n, long *v)
{
	n = unparen(n);
	bool neg = node_is(n, "unary_operator") && node_len(n) > 1 && *node_src(c, n) == '-';
	if (neg)
		n = node_field(n, "argument");
	if (!node_is(n, "integer") || node_len(n) > 9)
		return false;
	char s[16];
	memcpy(s, node_src(c, n), node_len(n));
	s[node_len(n)] = '\0';
	*v = strtol(s, NULL, 10) * (neg ? -1 : 1);
	return true;
}

/* The method name of call n (s.split(...)), or NULL. */
static const char *method(struct actx *c, TSNode call, size_t *len)
{
	TSNode fn = node_field(call, "function");
	if (!node_is(fn, "attribute"))
		return NULL;
	TSNode a = node_field(fn, "attribute");
	*len = node_len(a);
	return node_src(c, a);
}

static bool is_m(const char *m, size_t len, const char *w)
{
	return m && len == strlen(w) && memcmp(m, w, len) == 0;
}

/* Item k of the pieces of s cut at sep (sep NULL: runs of blanks), at most
 * max cuts (-1: all), from the right when right; 0, or -1. */
static int split_item(const char *s, size_t len, const char *sep, size_t seplen, long max,
		      bool right, long k, struct buf *out)
{
	size_t at[2][64];
	size_t n = 0, b = 0, e = len;
	if (!right) {
		size_t i = 0;
		if (sep == NULL)
			while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
				i++;
		b = i;
		while (n < 63 && i < len) {
			bool cut = sep ? i + seplen <= len && memcmp(s + i, sep, seplen) == 0
				       : (s[i] == ' ' || s[i] == '\t' || s[i] == '\n');
			if (!cut || (max >= 0 && (long)n >= max)) {
				i++;
				continue;
			}
			at[0][n] = b, at[1][n++] = i;
			i += sep ? seplen : 1;
			if (sep == NULL)
				while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
					i++;
			b = i;
		}
		if (n == 63)
			return -1;
		if (sep != NULL || b < len)
			at[0][n] = b, at[1][n++] = len;
	} else {
		if (sep == NULL || seplen == 0)
			return -1;
		size_t tmp[2][64], m = 0, i = len;
		while (m < 63 && i >= seplen) {
			if (memcmp(s + i - seplen, sep, seplen) == 0 &&
			    (max < 0 || (long)m < max)) {
				tmp[0][m] = i, tmp[1][m++] = e;
				i -= seplen, e = i;
			} else {
				i--;
			}
		}
		if (m == 63)
			return -1;
		tmp[0][m] = 0, tmp[1][m++] = e;
		for (size_t j = 0; j < m; j++)
			at[0][j] = tmp[0][m - 1 - j], at[1][j] = tmp[1][m - 1 - j];
		n = m;
	}
	if (k < 0)
		k += (long)n;
	if (k < 0 || k >= (long)n)
		return -1;
	buf_append(out, s + at[0][k], at[1][k] - at[0][k]);
	return 0;
}

/* Item k of s.partition(sep) (right: rpartition): head, sep, tail. */
static int partition_item(const char *s, size_t len, const char *sep, size_t seplen, bool right,
			  long k, struct buf *out)
{
	if (seplen == 0 || k < -3 || k > 2)
		return -1;
	k = k < 0 ? k + 3 : k;
	size_t hit = len;
	for (size_t i = 0; i + seplen <= len; i++)
		if (memcmp(s + i, sep, seplen) == 0) {
			hit = i;
			if (!right)
				break;
		}
	const char *p[3];
	size_t l[3];
	if (hit == len) { /* not found: (s, "", "") or ("", "", s) */
		p[0] = p[1] = p[2] = s, l[0] = l[1] = l[2] = 0;
		l[right ? 2 : 0] = len;
	} else {
		p[0] = s, l[0] = hit, p[1] = sep, l[1] = seplen;
		p[2] = s + hit + seplen, l[2] = len - hit - seplen;
	}
	buf_append(out, p[k], l[k]);
	return 0;
}

/* Item k of the pieces call cuts (a split, rsplit, partition or
 * rpartition of a constant): 0, -1, or -2 when call is none of them. */
static int cut_item(struct actx *c, TSNode call, long k, struct buf *out, int depth)
{
	size_t mlen = 0;
	const char *m = node_is(call, "call") ? method(c, call, &mlen) : NULL;
	bool split = is_m(m, mlen, "split"), rsplit = is_m(m, mlen, "rsplit");
	bool part = is_m(m, mlen, "partition"), rpart = is_m(m, mlen, "rpartition");
	if (!split && !rsplit && !part && !rpart)
		return -2;
	TSNode obj = node_field(node_field(call, "function"), "object");
	TSNode a0 = python_first_arg(call, 0), a1 = python_first_arg(call, 1);
	long max = -1;
	if (node_is(a0, "keyword_argument") || node_is(a1, "keyword_argument") ||
	    (!ts_node_is_null(a1) && (part || rpart || !int_lit(c, a1, &max))) ||
	    (ts_node_is_null(a0) && (part || rpart)) || !ts_node_is_null(python_first_arg(call, 2)))
		return -1;
	if (node_is(obj, "identifier") || node_is(obj, "attribute")) {
		struct names ns = {0}; /* os.path.split(p) is no string's method */
		c->ops->resolve(c, obj, &ns, depth + 1);
		bool mod = ns.n > 0 && python_any_is(&ns, "os.path", "shlex");
		names_free(&ns);
		if (mod)
			return -1;
	}
	size_t len, seplen = 0;
	char *s = fold_dup(c, obj, depth + 1, &len);
	char *sep = s && !ts_node_is_null(a0) && !node_text_is(c, a0, "None")
			? fold_dup(c, a0, depth + 1, &seplen)
			: NULL;
	int ret = -1;
	if (s && (sep || ts_node_is_null(a0) || node_text_is(c, a0, "None")))
		ret = (part || rpart)	     ? partition_item(s, len, sep, seplen, rpart, k, out)
		      : (sep && seplen == 0) ? -1
					     : split_item(s, len, sep, seplen, max, rsplit, k, out);
	free(s);
	free(sep);
	return ret;
}

/* Item k of seq: a list or tuple literal (or a name bound once to one), or
 * the pieces of a string cut as above. */
static int seq_item(struct actx *c, TSNode seq, long k, struct buf *out, int depth)
{
	if (depth > 16)
		return -1;
	TSNode v = once(c, seq);
	if (node_is(v, "call"))
		return cut_item(c, v, k, out, depth) == 0 ? 0 : -1;
	if (!node_is(v, "list") && !node_is(v, "tuple"))
		return -1;
	return python_fold_nth(c, v, k, out, depth);
}

/* The index of the item of seq that folds to key (len klen), or -1. */
static long key_index(struct actx *c, TSNode seq, const char *key, size_t klen, int depth)
{
	TSNode v = once(c, seq);
	if (!node_is(v, "list") && !node_is(v, "tuple"))
		return -1;
	uint32_t cnt = ts_node_named_child_count(v);
	long at = -1, n = 0;
	for (uint32_t i = 0; i < cnt; i++) {
		TSNode it = ts_node_named_child(v, i);
		if (node_is(it, "comment"))
			continue;
		if (node_is(it, "list_splat"))
			return -1;
		size_t len;
		char *s = fold_dup(c, it, depth + 1, &len);
		if (s && len == klen && memcmp(s, key, klen) == 0)
			at = n; /* the last one wins, as in dict() */
		free(s);
		n++;
	}
	return at;
}

static bool builtin_call(struct actx *c, TSNode call, const char *name)
{
	if (ts_node_is_null(call) || !node_is(call, "call"))
		return false;
	TSNode fn = node_field(call, "function");
	size_t i = 0;
	return node_is(call, "call") && node_text_is(c, fn, name) &&
	       actx_lookup(c, name, strlen(name), &i) == NULL;
}

/* box[sub] of box = dict(zip(K, V)) or dict([(k, v), ...]). */
static int dict_item(struct actx *c, TSNode box, TSNode sub, struct buf *out, int depth)
{
	TSNode d = once(c, box);
	if (!builtin_call(c, d, "dict") || !ts_node_is_null(python_first_arg(d, 1)))
		return -1;
	TSNode a0 = once(c, python_first_arg(d, 0));
	if (ts_node_is_null(a0))
		return -1;
	size_t klen;
	char *key = NULL;
	int ret = -1;
	if (builtin_call(c, a0, "zip") && ts_node_is_null(python_first_arg(a0, 2)) &&
	    (key = fold_dup(c, sub, depth + 1, &klen)) != NULL) {
		long at = key_index(c, python_first_arg(a0, 0), key, klen, depth);
		if (at >= 0)
			ret = seq_item(c, python_first_arg(a0, 1), at, out, depth + 1);
	} else if ((node_is(a0, "list") || node_is(a0, "tuple")) &&
		   (key = fold_dup(c, sub, depth + 1, &klen)) != NULL) {
		uint32_t cnt = ts_node_named_child_count(a0);
		TSNode hit = {0};
		for (uint32_t i = 0; i < cnt; i++) {
			TSNode p = unparen(ts_node_named_child(a0, i));
			if (node_is(p, "comment"))
				continue;
			if ((!node_is(p, "tuple") && !node_is(p, "list")) ||
			    ts_node_named_child_count(p) != 2) {
				hit = (TSNode){0};
				break;
			}
			size_t len;
			char *s = fold_dup(c, ts_node_named_child(p, 0), depth + 1, &len);
			if (s && len == klen && memcmp(s, key, klen) == 0)
				hit = ts_node_named_child(p, 1);
			free(s);
		}
		if (!ts_node_is_null(hit))
			ret = c->ops->fold(c, hit, out, depth + 1);
	}
	free(key);
	return ret;
}

int python_fold_picked(struct actx *c, TSNode value, TSNode sub, struct buf *out, int depth)
{
	long k;
	if (depth > 16)
		return -1;
	if (int_lit(c, sub, &k)) {
		TSNode v = once(c, value);
		return node_is(v, "call") && cut_item(c, v, k, out, depth) == 0 ? 0 : -1;
	}
	return dict_item(c, value, sub, out, depth);
}

int python_fold_itemgetter(struct actx *c, TSNode call, struct buf *out, int depth)
{
	TSNode inner = node_field(call, "function"), arg = python_first_arg(call, 0);
	long k;
	if (node_is(inner, "identifier")) /* pick = operator.itemgetter(2); pick(s) */
		inner = once(c, inner);
	if (!node_is(inner, "call") || ts_node_is_null(arg) ||
	    !ts_node_is_null(python_first_arg(call, 1)) ||
	    !ts_node_is_null(python_first_arg(inner, 1)) ||
	    !int_lit(c, python_first_arg(inner, 0), &k) || depth > 16)
		return -1;
	struct names ns = {0};
	c->ops->resolve(c, node_field(inner, "function"), &ns, depth + 1);
	bool ig = python_any_is(&ns, "operator.itemgetter", NULL);
	names_free(&ns);
	return ig ? seq_item(c, arg, k, out, depth) : -1;
}
