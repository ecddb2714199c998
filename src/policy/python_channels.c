/*
 * Values that travel through the program's own channels rather than its
 * names: an environment variable it sets and reads back, and an
 * in-memory text buffer it writes and reads.
 *
 *	os.environ["SCRATCH"] = os.path.expanduser("~")
 *	shutil.rmtree(os.environ["SCRATCH"])      # the home directory
 *
 *	buf = io.StringIO(); buf.write(str(Path.home()))
 *	shutil.rmtree(buf.getvalue())             # the home directory
 *
 * python_bind_environ binds each value set to "$env[NAME" (python_bind.c
 * calls it), python_fold_environ_set folds the one value a name is set
 * to (lang_python.c); python_text_buffer finds the io.StringIO a name is
 * bound to (python_method.c folds its getvalue() and read(), whose
 * writes python_bind.c binds as a holder's items, and so are the values
 * a print() puts there: print(p, file=buf), or print(p) inside a with
 * contextlib.redirect_stdout(buf)).
 *
 * And two that compute a value outside Python: an SQL query of constants,
 * db.execute("select '.a' || 'ws/' || char(99)").fetchone()[0], and an
 * email header's encoded words, decode_header("=?utf-8?b?fi8u...?=")[0][0].
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

/* os.environ["SCRATCH"] = v, os.environ.setdefault("SCRATCH", v): v
 * bound to "$env[SCRATCH", what the program reads back from its
 * environment by that name (lang_python.c) */
void python_bind_environ(struct actx *c, TSNode env, TSNode k, TSNode value)
{
	char key[128];
	TSNode body;
	size_t el = node_len(env);
	/* a plain "..." key, as python_plain_key's */
	if (ts_node_is_null(value) || node_is(value, "keyword_argument") || !node_is(k, "string") ||
	    ts_node_named_child_count(k) != 3 ||
	    !node_is(body = ts_node_named_child(k, 1), "string_content") ||
	    ts_node_child_count(body) != 0 || node_len(body) + 5 > sizeof(key) || el < 7 ||
	    memcmp(node_src(c, env) + el - 7, "environ", 7) != 0)
		return;
	memcpy(key, "$env[", 5);
	memcpy(key + 5, node_src(c, body), node_len(body));
	actx_bind_value(c, key, node_len(body) + 5, value);
}

/* os.environ[k], os.getenv(k) of a variable the program sets itself
 * (os.environ[k] = v, os.environ.setdefault(k, v)) to one value: that
 * value */
int python_fold_environ_set(struct actx *c, TSNode k, struct buf *out, int depth)
{
	char key[128];
	size_t len, i = 0;
	const struct binding *b, *one = NULL;
	int nb = 0;
	char *name =
	    ts_node_is_null(k) || depth > RESOLVE_DEPTH ? NULL : fold_dup(c, k, depth + 1, &len);
	if (name == NULL || len == 0 || len + 5 > sizeof(key)) {
		free(name);
		return -1;
	}
	memcpy(key, "$env[", 5);
	memcpy(key + 5, name, len);
	free(name);
	while (nb < 2 && (b = actx_lookup(c, key, len + 5, &i)))
		if (nb++ == 0)
			one = b;
	if (nb != 1 || one->kind != BIND_VALUE)
		return -1;
	/* os.environ["PATH"] = d + ":" + os.environ["PATH"]: the read inside
	 * the value set is what the variable held before, not that value */
	if (ts_node_start_byte(k) >= ts_node_start_byte(one->value) &&
	    ts_node_end_byte(k) <= ts_node_end_byte(one->value))
		return -1;
	return c->ops->fold(c, one->value, out, depth + 1);
}

/* The call an io.StringIO or io.BytesIO NAME is bound to (once), else a
 * null node */
TSNode python_text_buffer(struct actx *c, TSNode name, int depth)
{
	size_t i = 0, nb = 0;
	const struct binding *b, *one = NULL;
	if (!node_is(name, "identifier") || depth > RESOLVE_DEPTH)
		return (TSNode){0};
	while (nb < 2 && (b = actx_lookup(c, node_src(c, name), node_len(name), &i)))
		if (nb++ == 0)
			one = b;
	TSNode v = nb == 1 && one->kind == BIND_VALUE ? one->value : (TSNode){0};
	if (!node_is(v, "call"))
		return (TSNode){0};
	struct names ns = {0};
	c->ops->resolve(c, node_field(v, "function"), &ns, depth + 1);
	bool io = false;
	for (int k = 0; k < ns.n; k++)
		io = io || !strcmp(ns.v[k], "io.StringIO") || !strcmp(ns.v[k], "io.BytesIO");
	names_free(&ns);
	return io ? v : (TSNode){0};
}

/* The buffer a print() writes to: its file= name, else the name of a
 * with contextlib.redirect_stdout(buf) it runs in; a null node if none */
static TSNode print_target(struct actx *c, TSNode call, TSNode args)
{
	uint32_t k = ts_node_named_child_count(args);
	for (uint32_t i = 0; i < k; i++) {
		TSNode a = ts_node_named_child(args, i);
		if (node_is(a, "keyword_argument") &&
		    node_text_is(c, node_field(a, "name"), "file"))
			return node_field(a, "value");
	}
	for (TSNode p = ts_node_parent(call); !ts_node_is_null(p); p = ts_node_parent(p)) {
		if (node_is(p, "function_definition") || node_is(p, "class_definition"))
			break;
		TSNode clause =
		    node_is(p, "with_statement") ? ts_node_named_child(p, 0) : (TSNode){0};
		uint32_t items =
		    node_is(clause, "with_clause") ? ts_node_named_child_count(clause) : 0;
		for (uint32_t i = 0; i < items; i++) {
			TSNode v = node_field(ts_node_named_child(clause, i), "value");
			TSNode f = node_is(v, "call") ? node_field(v, "function") : (TSNode){0};
			size_t fl = ts_node_is_null(f) ? 0 : node_len(f);
			if (fl >= 15 &&
			    memcmp(node_src(c, f) + fl - 15, "redirect_stdout", 15) == 0)
				return ts_node_named_child(node_field(v, "arguments"), 0);
		}
	}
	return (TSNode){0};
}

/* print(p, file=buf), or print(p) in a with contextlib.redirect_stdout(buf):
 * p bound to "buf[]" as buf.write(p) is (bind_item), what its getvalue()
 * gives; a print of several values binds each, which then fold to none.
 * And cur.execute(q) bound to "cur#sql", what cur.fetchone() reads */
void python_bind_channels(struct actx *c, TSNode call)
{
	char key[256];
	TSNode fn = node_field(call, "function"), args = node_field(call, "arguments");
	TSNode cur = node_is(fn, "attribute") ? node_field(fn, "object") : (TSNode){0};
	if (node_is(cur, "identifier") && node_text_is(c, node_field(fn, "attribute"), "execute") &&
	    node_len(cur) + 4 <= sizeof(key)) {
		memcpy(key, node_src(c, cur), node_len(cur)); /* cur.execute(q) */
		memcpy(key + node_len(cur), "#sql", 4);
		actx_bind_value(c, key, node_len(cur) + 4, call);
		return;
	}
	TSNode to = node_is(fn, "identifier") && node_text_is(c, fn, "print") &&
			    node_is(args, "argument_list")
			? print_target(c, call, args)
			: (TSNode){0};
	size_t len = ts_node_is_null(to) ? 0 : node_len(to);
	if (!node_is(to, "identifier") || len + 2 > sizeof(key))
		return;
	memcpy(key, node_src(c, to), len);
	memcpy(key + len, "[]", 2);
	uint32_t k = ts_node_named_child_count(args);
	for (uint32_t i = 0; i < k; i++) {
		TSNode a = ts_node_named_child(args, i);
		if (!node_is(a, "keyword_argument") && !node_is(a, "comment"))
			actx_bind_value(c, key, len + 2, a);
	}
}

/* email.header.decode_header(h) of a constant header made of encoded
 * words (=?utf-8?b?...?=, =?us-ascii?q?...?=, apart only by white
 * space) in one charset: their text, decoded, which is its one part's
 * (decode_header(h)[0][0], str(make_header(decode_header(h)))); a
 * header with no encoded word is its own text. -1: anything else. */
int python_fold_mime_header(struct actx *c, TSNode h, struct buf *out, int depth)
{
	size_t len, mark = out->len, cslen = 0;
	char *s = ts_node_is_null(h) ? NULL : fold_dup(c, h, depth + 1, &len);
	const char *cs = NULL;
	int ret = s ? 0 : -1;
	if (s && !memmem(s, len, "=?", 2)) {
		buf_append(out, s, len);
		free(s);
		return 0;
	}
	for (size_t i = 0; ret == 0 && i < len;) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') {
			i++;
			continue;
		}
		char *q1 = len - i > 2 && s[i] == '=' && s[i + 1] == '?'
			       ? memchr(s + i + 2, '?', len - i - 2)
			       : NULL;
		char *q2 = q1 && q1 + 3 < s + len && q1[2] == '?' ? q1 + 2 : NULL;
		char *end = q2 ? memmem(q2 + 1, (size_t)(s + len - q2 - 1), "?=", 2) : NULL;
		if (!end || (cs && ((size_t)(q1 - s - i - 2) != cslen ||
				    strncasecmp(cs, s + i + 2, cslen) != 0))) {
			ret = -1;
			break;
		}
		cs = s + i + 2, cslen = (size_t)(q1 - cs);
		const char *t = q2 + 1;
		size_t tlen = (size_t)(end - t);
		if (q1[1] == 'b' || q1[1] == 'B')
			ret = base64_decode_append(t, tlen, out);
		else if (q1[1] == 'q' || q1[1] == 'Q')
			for (size_t k = 0; k < tlen; k++) {
				int hi =
				    t[k] == '=' && k + 2 < tlen ? fold_hex_digit(t[k + 1]) : -1;
				int lo = hi >= 0 ? fold_hex_digit(t[k + 2]) : -1;
				if (hi >= 0 && lo >= 0) {
					buf_append(out, (char[]){(char)(hi << 4 | lo)}, 1);
					k += 2;
				} else
					buf_append(out, t[k] == '_' ? " " : t + k, 1);
			}
		else
			ret = -1;
		i = (size_t)(end - s) + 2;
	}
	if (ret < 0)
		out->len = mark;
	free(s);
	return ret;
}

/* A constant SQL query of one column, "select 'a' || char(47) || 'b'":
 * the text it selects (string literals, char() of integers, joined by
 * ||). -1: anything else (a FROM, another column, a function). */
static int fold_sql_select(const char *q, size_t len, struct buf *out)
{
	size_t i = 0, mark = out->len;
	bool want = true; /* a term next, else || or the end */
#define SQL_WS()                                                                                   \
	while (i < len && isspace((unsigned char)q[i]))                                            \
	i++
	SQL_WS();
	if (len - i < 7 || strncasecmp(q + i, "select", 6) != 0 ||
	    !isspace((unsigned char)q[i + 6]))
		return -1;
	for (i += 6;; want = !want) {
		SQL_WS();
		if (!want) {
			if (i < len && q[i] == ';')
				for (i++; i < len && isspace((unsigned char)q[i]); i++)
					;
			if (i == len)
				return 0;
			if (len - i < 2 || q[i] != '|' || q[i + 1] != '|')
				break;
			i += 2;
			continue;
		}
		if (i < len && q[i] == '\'') {
			for (i++; i < len; i++) {
				if (q[i] == '\'' && (i + 1 >= len || q[i + 1] != '\''))
					break;
				buf_append(out, q + i, 1);
				i += q[i] == '\'';
			}
			if (i++ >= len)
				break;
			continue;
		}
		if (len - i < 5 || strncasecmp(q + i, "char", 4) != 0)
			break;
		i += 4;
		SQL_WS();
		while (i < len && (q[i] == '(' || q[i] == ',')) {
			char *end;
			i++;
			unsigned long cp = strtoul(q + i, &end, 10);
			if (end == q + i || cp == 0 || cp > 0x10ffff)
				goto fail;
			fold_put_utf8(out, cp);
			i = (size_t)(end - q);
			SQL_WS();
		}
		if (i >= len || q[i++] != ')')
			break;
	}
fail:
#undef SQL_WS
	out->len = mark;
	return -1;
}

/* The value a name is bound to, when it is bound once, else a null node */
TSNode python_bound_once(struct actx *c, TSNode name)
{
	size_t i = 0, nb = 0;
	const struct binding *b, *one = NULL;
	while (nb < 2 && (b = actx_lookup(c, node_src(c, name), node_len(name), &i)))
		if (nb++ == 0)
			one = b;
	return nb == 1 && one->kind == BIND_VALUE ? one->value : (TSNode){0};
}

/* The one cur.execute(q) call of a cursor NAME (bound to "NAME#sql"
 * by python_bind_channels), else a null node */
static TSNode executed(struct actx *c, TSNode name)
{
	char key[256];
	size_t len = node_len(name), i = 0, nb = 0;
	const struct binding *b, *one = NULL;
	if (len + 4 > sizeof(key))
		return (TSNode){0};
	memcpy(key, node_src(c, name), len);
	memcpy(key + len, "#sql", 4);
	while (nb < 2 && (b = actx_lookup(c, key, len + 4, &i)))
		if (nb++ == 0)
			one = b;
	return nb == 1 && one->kind == BIND_VALUE ? one->value : (TSNode){0};
}

/* db.execute(q).fetchone() (or a cursor's) of a constant one-column
 * query: the text it selects, which is the row's one item */
int python_fold_fetched(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode fn = node_is(n, "call") ? node_field(n, "function") : (TSNode){0};
	TSNode ex = node_is(fn, "attribute") ? node_field(fn, "object") : (TSNode){0};
	if (node_is(ex, "identifier")) /* cur.execute(q) first, then cur.fetchone() */
		ex = executed(c, ex);
	TSNode xf = node_is(ex, "call") ? node_field(ex, "function") : (TSNode){0};
	if (!node_is(xf, "attribute") || !node_text_is(c, node_field(xf, "attribute"), "execute") ||
	    ts_node_named_child_count(node_field(ex, "arguments")) != 1)
		return -1;
	size_t len;
	char *q = fold_dup(c, ts_node_named_child(node_field(ex, "arguments"), 0), depth + 1, &len);
	int ret = q ? fold_sql_select(q, len, out) : -1;
	free(q);
	return ret;
}

/* Whether n is a call of email.header.decode_header */
bool python_is_decode_header(struct actx *c, TSNode n, int depth)
{
	if (!node_is(n, "call"))
		return false;
	struct names ns = {0};
	c->ops->resolve(c, node_field(n, "function"), &ns, depth + 1);
	bool is = false;
	for (int k = 0; k < ns.n; k++)
		is = is || !strcmp(ns.v[k], "email.header.decode_header");
	names_free(&ns);
	return is;
}

/* (x,) = db.execute(q).fetchone(): x bound to the call, the row's one
 * item (lang_python.c folds it); false for any other assignment */
bool python_bind_fetched_row(struct actx *c, TSNode left, TSNode right)
{
	TSNode rf = node_is(right, "call") ? node_field(right, "function") : (TSNode){0};
	TSNode x = ts_node_named_child(left, 0);
	if (!(node_is(left, "pattern_list") || node_is(left, "tuple_pattern")) ||
	    ts_node_named_child_count(left) != 1 || !node_is(x, "identifier") ||
	    !node_is(rf, "attribute") || !node_text_is(c, node_field(rf, "attribute"), "fetchone"))
		return false;
	actx_bind_value(c, node_src(c, x), node_len(x), right);
	return true;
}
