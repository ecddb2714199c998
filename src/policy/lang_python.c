/*
 * Python: imports and assignments bind names; expressions resolve to
 * canonical dotted names ("os.system", "builtins.eval") and fold to
 * constant strings.
 *
 *   import os as o            o        -> os
 *   from os import system as s s       -> os.system
 *   from subprocess import *  run      -> subprocess.run (unbound names)
 *   sp = __import__('subpro' + 'cess')  sp -> subprocess
 *   getattr(__builtins__, 'ev'+'al')    -> builtins.eval
 *   __builtins__.__dict__['exec']       -> builtins.exec
 *   globals()['os'], sys.modules['os']  -> os
 *   eval (never bound by the program)   -> builtins.eval
 *   def f(): return os.system; f()      -> os.system (what f returns)
 *   g = lambda: os.popen                -> g() is os.popen
 *   self.run = os.system; self.run      -> os.system (by the target's text)
 *   {'f': os.system}['f'], [eval][0]    -> os.system, builtins.eval
 *   functools.partial(os.system, 'id')  -> os.system
 *
 * The bindings are made in python_bind.c, names resolved in
 * python_resolve.c, and code that does not fold is bounded in
 * python_inert.c (python.h); folding is here.
 */
#include <ctype.h>
#include <string.h>

#include "policy/analyze_lang.h"
#include "policy/python.h"

const TSLanguage *tree_sitter_python(void);

/* ---- constant folding ---- */

/* os.getenv("X"), os.environ.get("X"): a lookup of one variable with no
 * default */
static bool env_lookup(struct actx *c, TSNode n, int depth)
{
	TSNode args = node_field(n, "arguments");
	struct names ns = {0};
	bool hit = false;

	if (!node_is(n, "call") || !node_is(args, "argument_list") ||
	    ts_node_named_child_count(args) != 1)
		return false;
	c->ops->resolve(c, node_field(n, "function"), &ns, depth + 1);
	for (int i = 0; i < ns.n && !hit; i++)
		hit = strcmp(ns.v[i], "os.getenv") == 0 || strcmp(ns.v[i], "os.environ.get") == 0;
	names_free(&ns);
	return hit;
}

static int py_fold(struct actx *c, TSNode n, struct buf *out, int depth);

/* f"{home}/.ssh": an interpolation without a conversion or a format spec
 * is its expression's value */
static int fold_interpolation(struct actx *c, TSNode n, struct buf *out, int depth)
{
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 1; i < k; i++) {
		TSNode ch = ts_node_named_child(n, i);
		if (!node_is(ch, "type_conversion") || !node_text_is(c, ch, "!s"))
			return -1;
	}
	return k ? py_fold(c, ts_node_named_child(n, 0), out, depth + 1) : -1;
}

static int fold_string(struct actx *c, TSNode n, struct buf *out, int depth)
{
	uint32_t k = ts_node_child_count(n);
	bool raw = false;

	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_child(n, i);
		const char *t = ts_node_type(ch);
		if (strcmp(t, "string_start") == 0) {
			const char *p = node_src(c, ch);
			for (size_t j = 0; j < node_len(ch) && p[j] != '\'' && p[j] != '"'; j++)
				raw |= p[j] == 'r' || p[j] == 'R';
		} else if (strcmp(t, "interpolation") == 0) {
			if (fold_interpolation(c, ch, out, depth) < 0)
				return -1;
		} else if (strcmp(t, "string_content") == 0) {
			/* escape sequences are children of the content */
			uint32_t start = ts_node_start_byte(ch), pos = start;
			uint32_t m = ts_node_child_count(ch);
			for (uint32_t j = 0; j < m; j++) {
				TSNode e = ts_node_child(ch, j);
				if (!node_is(e, "escape_sequence"))
					continue;
				buf_append(out, c->src + pos, ts_node_start_byte(e) - pos);
				if (raw)
					buf_append(out, node_src(c, e), node_len(e));
				else if (python_unescape(node_src(c, e), node_len(e), out) < 0)
					return -1;
				pos = ts_node_end_byte(e);
			}
			buf_append(out, c->src + pos, ts_node_end_byte(ch) - pos);
		} else if (strcmp(t, "escape_sequence") == 0) {
			if (python_unescape(node_src(c, ch), node_len(ch), out) < 0)
				return -1;
		}
		if (out->len > FOLD_MAX)
			return -1;
	}
	return 0;
}

static int py_fold(struct actx *c, TSNode n, struct buf *out, int depth);

/* The constant value of a name: the first of its bindings that folds. A
 * name bound to argument lists ([prog, arg, ...]), or a loop variable over
 * them, is each of them: one command a line, as a script. */
/* actx_lookup within the scope being folded (actx.scope_lo/hi), if one is. */
static const struct binding *scoped_lookup(struct actx *c, const char *s, size_t len, size_t *i)
{
	const struct binding *b;

	while ((b = actx_lookup(c, s, len, i)))
		if (c->scope_hi == 0 ||
		    (!ts_node_is_null(b->value) && ts_node_start_byte(b->value) >= c->scope_lo &&
		     ts_node_start_byte(b->value) < c->scope_hi))
			return b;
	return NULL;
}

/* The spec of the first field of a str.format template's text that has
 * one ("{:~}", "{0:~/.aws}"): 0 and appended, else -1 */
static int template_spec(struct actx *c, TSNode tpl, struct buf *out)
{
	const char *t = node_src(c, tpl), *end = t + node_len(tpl);
	for (const char *p = t; p < end; p++) {
		if (*p != '{' || (p + 1 < end && p[1] == '{')) {
			p += *p == '{';
			continue;
		}
		const char *close = memchr(p, '}', (size_t)(end - p));
		const char *colon = close ? memchr(p, ':', (size_t)(close - p)) : NULL;
		if (close == NULL)
			return -1;
		if (colon && !memchr(colon, '{', (size_t)(close - colon))) {
			buf_append(out, colon + 1, (size_t)(close - colon - 1));
			return 0;
		}
		p = close;
	}
	return -1;
}

/* with X as v: v is what X enters, contextlib.nullcontext's value (also
 * returned by the program's function) or its class's __enter__ return */
static int fold_entered(struct actx *c, TSNode as, struct buf *out, int depth)
{
	TSNode x = ts_node_named_child(as, 0);
	if (node_is(x, "call") && node_is(ts_node_parent(as), "with_item") &&
	    depth <= RESOLVE_DEPTH) {
		int nc = python_fold_nullcontext(c, x, out, depth);
		if (nc != 1)
			return nc;
	}
	return python_fold_entered(c, as, out, depth);
}

static int fold_bound(struct actx *c, const char *s, size_t len, struct buf *out, int depth)
{
	size_t i = 0, lists = 0, others = 0;
	bool loop = false;
	const struct binding *b;

	/* __format__'s spec given by a "{:~}".format(obj) template */
	if (len + 5 <= 256 && actx_is_bound(c, "#fmttpl", 7)) {
		char key[256];
		memcpy(key, s, len);
		memcpy(key + len, "#tpl", 4);
		while ((b = actx_lookup(c, key, len + 4, &i)))
			if (b->kind == BIND_VALUE && template_spec(c, b->value, out) == 0)
				return 0;
		i = 0;
	}

	if (len + 5 <= 256) {
		char key[256];
		memcpy(key, s, len);
		memcpy(key + len, "#mut", 4);
		if (actx_is_bound(c, key, len + 4))
			return -1;
	}
	while ((b = scoped_lookup(c, s, len, &i))) {
		if (b->kind != BIND_VALUE)
			continue;
		if (node_is(b->value, "for_statement"))
			loop = true;
		else if (node_is(b->value, "list") || node_is(b->value, "tuple"))
			lists++;
		else
			others++;
	}
	if (loop && others == 0 && lists == 0) {
		/* for n in self.names, names given by the construction: one of
		 * its items, for #some-value-match? (actx.loop_pick) */
		TSNode items = {0};
		i = 0;
		while ((b = scoped_lookup(c, s, len, &i)) && ts_node_is_null(items))
			if (b->kind == BIND_VALUE && node_is(b->value, "for_statement") &&
			    node_is(node_field(b->value, "left"), "identifier"))
				items = python_loop_list(c, node_field(b->value, "right"));
		uint32_t k = ts_node_is_null(items) ? 0 : ts_node_named_child_count(items);
		if (k > 0) {
			c->loop_seen = true;
			c->loop_max = (int)k > c->loop_max ? (int)k : c->loop_max;
			return c->loop_pick ? py_fold(c,
						      ts_node_named_child(
							  items, (uint32_t)(c->loop_pick - 1) % k),
						      out, depth + 1)
					    : -1;
		}
	}
	if (loop && (others > 0 || lists == 0)) {
		/* for m in ["json", "os"]: m is not "json"; it is one of them
		 * for #value-match? (actx.loop_pick) */
		c->loop_seen = true;
		c->loop_max = others > (size_t)c->loop_max ? (int)others : c->loop_max;
		size_t k = 0;
		for (i = 0; c->loop_pick && others && (b = scoped_lookup(c, s, len, &i));)
			if (b->kind == BIND_VALUE && !node_is(b->value, "for_statement") &&
			    (size_t)(c->loop_pick - 1) % others == k++)
				return py_fold(c, b->value, out, depth + 1);
		return -1;
	}
	if (lists > 0 && (loop || lists > 1) && others == 0) {
		i = 0;
		lists = 0;
		while ((b = scoped_lookup(c, s, len, &i))) {
			if (b->kind != BIND_VALUE || node_is(b->value, "for_statement"))
				continue;
			if (lists++)
				buf_append(out, "\n", 1);
			if (py_fold(c, b->value, out, depth + 1) < 0)
				return -1;
		}
		return 0;
	}
	i = 0;

	/* a name that `+=` changes has no one constant value */
	while ((b = scoped_lookup(c, s, len, &i)))
		if (b->kind == BIND_VALUE && node_is(b->value, "augmented_assignment"))
			return -1;
	i = 0;
	while ((b = scoped_lookup(c, s, len, &i))) {
		size_t mark = out->len;
		if (b->kind == BIND_VALUE && py_fold(c, b->value, out, depth + 1) == 0)
			return 0;
		out->len = mark;
	}
	/* a parameter: what a caller passes (def nuke(p): ... nuke('~')); a
	 * guess, which #unknown-code? knows (python_ambiguous) */
	i = 0;
	while ((b = scoped_lookup(c, s, len, &i)))
		if (b->kind == BIND_RUNTIME &&
		    (node_is(b->value, "as_pattern")
			 ? fold_entered(c, b->value, out, depth + 1)
			 : python_fold_parameter(c, b->value, out, depth + 1)) == 0)
			return 0;
	return -1;
}

/* Whether n folds to "HOME" (the name of the home directory's variable). */
/* The place a variable names: HOME, and the XDG base directories as
 * their standard places when no default is given
 * (os.environ.get("XDG_CONFIG_HOME") or "~/.config" is ~/.config either
 * way); NULL for any other. */
static const char *home_place(struct actx *c, TSNode n, int depth)
{
	static const char *const xdg[][2] = {{"HOME", "~"},
					     {"XDG_CONFIG_HOME", "~/.config"},
					     {"XDG_DATA_HOME", "~/.local/share"},
					     {"XDG_STATE_HOME", "~/.local/state"},
					     {"XDG_CACHE_HOME", "~/.cache"}};
	size_t len;
	char *s = ts_node_is_null(n) || node_is(n, "keyword_argument")
		      ? NULL
		      : fold_dup(c, n, depth + 1, &len);
	const char *place = NULL;
	for (size_t i = 0; s && place == NULL && i < sizeof(xdg) / sizeof(xdg[0]); i++)
		if (len == strlen(xdg[i][0]) && memcmp(s, xdg[i][0], len) == 0)
			place = xdg[i][1];
	free(s);
	return place;
}

/* A docstring as the code doctest runs from it: its ">>> " and "... "
 * lines without the prompts (an expression statement is never a value
 * otherwise); nothing when it has no example. */
static int fold_doctest(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode s = ts_node_named_child(n, 0);
	struct buf doc = {0};
	size_t mark = out->len;
	bool found = false;

	if (ts_node_named_child_count(n) != 1 || !node_is(s, "string") ||
	    fold_string(c, s, &doc, depth) < 0) {
		buf_free(&doc);
		return -1;
	}
	for (size_t i = 0; i < doc.len;) {
		const char *line = doc.data + i;
		const char *nl = memchr(line, '\n', doc.len - i);
		size_t len = nl ? (size_t)(nl - line) : doc.len - i;
		size_t k = 0;
		i += len + (nl != NULL);
		while (k < len && (line[k] == ' ' || line[k] == '\t'))
			k++;
		if (len - k >= 3 &&
		    (memcmp(line + k, ">>>", 3) == 0 || memcmp(line + k, "...", 3) == 0) &&
		    (len - k == 3 || line[k + 3] == ' ')) {
			k += len - k > 3 ? 4 : 3;
			buf_append(out, line + k, len - k);
			buf_append(out, "\n", 1);
			found = true;
		}
	}
	buf_free(&doc);
	if (!found)
		out->len = mark;
	return found ? 0 : -1;
}

/* b".\x00s\x00".decode("utf-16-le"): the text of out[start..] in a
 * 16- or 32-bit encoding (le, be, or by its byte order mark), when each
 * character is ASCII; another codec leaves it as it is. -1: not ASCII. */
static int python_decode_wide(struct actx *c, TSNode codec, struct buf *out, size_t start,
			      int depth)
{
	size_t clen, n = 0;
	char *cs = fold_dup(c, codec, depth + 1, &clen);
	char name[16];
	for (size_t i = 0; cs && i < clen && n + 1 < sizeof(name); i++)
		if (cs[i] != '-' && cs[i] != '_')
			name[n++] = (char)(cs[i] >= 'A' && cs[i] <= 'Z' ? cs[i] + 32 : cs[i]);
	name[n] = 0;
	free(cs);
	if (n < 5 || memcmp(name, "utf", 3) != 0 || !(name[3] == '1' || name[3] == '3') ||
	    !(name[4] == '6' || name[4] == '2'))
		return 0;
	size_t w = name[3] == '1' ? 2 : 4, len = out->len - start;
	const unsigned char *d = (const unsigned char *)out->data + start;
	bool be = strcmp(name + 5, "be") == 0;
	if (name[5] == 0 && len >= w && (d[0] == 0xfe || (w == 4 && d[0] == 0 && d[2] == 0xfe))) {
		be = true; /* FE FF, 00 00 FE FF */
		d += w, len -= w;
	} else if (name[5] == 0 && len >= w && d[0] == 0xff) {
		d += w, len -= w; /* FF FE (00 00) */
	}
	if (len % w != 0)
		return -1;
	size_t o = start;
	for (size_t i = 0; i < len; i += w) {
		unsigned char ch = be ? d[i + w - 1] : d[i];
		for (size_t j = 0; j < w; j++)
			if (j != (be ? w - 1 : 0) && d[i + j] != 0)
				return -1;
		if (ch == 0 || ch >= 0x80)
			return -1;
		out->data[o++] = (char)ch;
	}
	out->len = o;
	return 0;
}

/* "~name/rest" expanded: some user's home, "~/rest" as the rules read it
 * ("~" + getpass.getuser(), f"~{os.getlogin()}/.ssh") */
static void tilde_user(struct buf *out, size_t mark)
{
	size_t len = out->len - mark, i = 1;
	if (len < 2)
		return;
	char *s = out->data + mark;
	if (s[0] != '~' || s[1] == '.' || s[1] == '-')
		return;
	while (i < len &&
	       (isalnum((unsigned char)s[i]) || s[i] == '_' || s[i] == '-' || s[i] == '.'))
		i++;
	if (i == 1 || (i < len && s[i] != '/'))
		return;
	memmove(s + 1, s + i, len - i);
	out->len = mark + 1 + (len - i);
}

/* "".join([...]), s.replace(a, b), s[::-1], chr(101), base64.b64decode(s) */
static int fold_call(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode fn = python_callee(c, node_field(n, "function")), a0 = python_first_arg(n, 0);
	struct names ns = {0};
	const char *place;

	if (node_is(node_field(n, "function"), "call") || node_is(fn, "identifier")) {
		if (python_fold_itemgetter(c, n, out, depth) == 0)
			return 0; /* operator.itemgetter(2)(seq) */
	}
	TSNode gobj = {0}, gattr = {0}; /* getattr(p, "joinpath")(...) as p.joinpath(...) */
	if (node_is(fn, "attribute") || python_callee_getattr(c, fn, &gobj, &gattr)) {
		TSNode obj = ts_node_is_null(gobj) ? node_field(fn, "object") : gobj;
		TSNode attr = ts_node_is_null(gattr) ? node_field(fn, "attribute") : gattr;
		size_t alen = node_len(attr);
		const char *a = node_src(c, attr);
		size_t seplen;
		int held = ts_node_is_null(a0) ? python_fold_held(c, obj, attr, out, depth) : -2;
		if (held != -2) /* var.get() of a ContextVar, q.get() of a queue */
			return held;
		char *sep = alen == 4 && memcmp(a, "join", 4) == 0 && !ts_node_is_null(a0)
				? fold_dup(c, obj, depth + 1, &seplen)
				: NULL;
		if (sep != NULL && node_is(a0, "identifier")) /* "".join(parts) */
			a0 = python_bound_list(c, a0);
		if (sep != NULL && !node_is(a0, "list") && !node_is(a0, "tuple")) {
			/* "".join(c for _, c in sorted(zip(order, chars))) */
			TSNode gen = node_field(n, "arguments");
			int r = node_is(gen, "generator_expression")
				    ? python_fold_pairs_join(c, gen, sep, seplen, out, depth)
				    : -2;
			if (r != -2) {
				free(sep);
				return r;
			}
		}
		if (sep != NULL && seplen == 0 && !node_is(a0, "list") && !node_is(a0, "tuple")) {
			TSNode gen = node_field(n, "arguments"); /* "".join(chr(x) for x in l) */
			free(sep);				 /* "".join(map(chr, [...])) */
			return python_fold_codes(c, node_is(gen, "generator_expression") ? gen : a0,
						 false, out);
		}
		if (sep != NULL) { /* "sep".join([...]); os.path.join is below */
			uint32_t k = ts_node_named_child_count(a0);
			int ret = (node_is(a0, "list") || node_is(a0, "tuple")) ? 0 : -1;
			for (uint32_t i = 0; ret == 0 && i < k; i++) {
				if (i)
					buf_append(out, sep, seplen);
				ret = py_fold(c, ts_node_named_child(a0, i), out, depth + 1);
			}
			free(sep);
			return ret;
		}
		/* (x,) = db.execute(q).fetchone(): x is the row's one item */
		TSNode up = ts_node_parent(n), lhs = node_field(up, "left");
		if (alen == 8 && memcmp(a, "fetchone", 8) == 0 && ts_node_is_null(a0) &&
		    node_is(up, "assignment") && ts_node_named_child_count(lhs) == 1 &&
		    (node_is(lhs, "pattern_list") || node_is(lhs, "tuple_pattern")))
			return python_fold_fetched(c, n, out, depth);
		int st = python_fold_strip(c, obj, a, alen, a0, out, depth); /* p.rstrip(os.sep) */
		if (st != -2)
			return st;
		st = python_fold_with_part(c, obj, a, alen, a0, out, depth); /* p.with_stem("x") */
		if (st != -2)
			return st;
		if ((alen == 6 && memcmp(a, "decode", 6) == 0) ||
		    (alen == 6 && memcmp(a, "encode", 6) == 0) ||
		    (alen == 5 && memcmp(a, "lower", 5) == 0)) {
			size_t start = out->len;
			if (py_fold(c, obj, out, depth + 1) < 0)
				return -1;
			if (a[0] == 'd' && !ts_node_is_null(a0) &&
			    python_decode_wide(c, a0, out, start, depth) < 0)
				return -1;
			if (a[0] == 'l')
				for (size_t i = start; i < out->len; i++)
					if (out->data[i] >= 'A' && out->data[i] <= 'Z')
						out->data[i] = (char)(out->data[i] + 32);
			return 0;
		}
		if (alen == 6 && memcmp(a, "format", 6) == 0 && node_is(obj, "string")) {
			size_t flen; /* "{}{}".format(a, b) */
			char *f = fold_dup(c, obj, depth + 1, &flen);
			int ret = f ? python_fold_format(c, n, f, flen, out, depth) : -1;
			free(f);
			return ret;
		}
		if (alen == 9 && memcmp(a, "translate", 9) == 0 && !ts_node_is_null(a0)) {
			size_t slen; /* s.translate(str.maketrans("abc", "xyz")) */
			char *s = fold_dup(c, obj, depth + 1, &slen);
			int ret = s ? python_fold_translate(c, s, slen, a0, out, depth + 1) : -1;
			free(s);
			return ret;
		}
		/* cfg.get("root") of a dictionary read back: as cfg["root"]; so
		 * is cfg.pop("root"), a key taken out (not a list's pop of an
		 * index) */
		if (alen == 3 &&
		    (memcmp(a, "get", 3) == 0 ||
		     (memcmp(a, "pop", 3) == 0 && !node_is(a0, "integer") &&
		      !node_is(a0, "unary_operator"))) &&
		    !ts_node_is_null(a0) &&
		    (python_fold_query(c, obj, a0, out, depth) == 0 ||
		     python_fold_key_guess(c, obj, a0, out, depth) == 0))
			return 0;
		if (alen == 5 && memcmp(a, "group", 5) == 0) { /* m.group(1) of a re.search */
			int g = python_fold_match_group(c, obj, a0, out, depth);
			if (g != -2)
				return g;
		}
		/* loop.run_until_complete(where()): what the coroutine returns */
		if (alen == 18 && memcmp(a, "run_until_complete", 18) == 0 && !ts_node_is_null(a0))
			return py_fold(c, a0, out, depth + 1);
		/* arr.tobytes() of an array.array, memoryview(b).tobytes() */
		if (ts_node_is_null(a0) && ((alen == 7 && memcmp(a, "tobytes", 7) == 0) ||
					    (alen == 9 && memcmp(a, "tounicode", 9) == 0)))
			return py_fold(c, obj, out, depth + 1);
		/* Path('~').expanduser(), p.resolve(), p.absolute(): the path */
		if (ts_node_is_null(a0) && ((alen == 10 && memcmp(a, "expanduser", 10) == 0) ||
					    (alen == 7 && memcmp(a, "resolve", 7) == 0) ||
					    (alen == 8 && memcmp(a, "absolute", 8) == 0))) {
			size_t mark = out->len;
			int ret = py_fold(c, obj, out, depth + 1);
			if (ret == 0 && a[0] == 'e')
				tilde_user(out, mark);
			return ret;
		}
		/* Path.home().joinpath(".ssh", "id_rsa"): the path, part by part */
		if (alen == 8 && memcmp(a, "joinpath", 8) == 0 && !ts_node_is_null(a0)) {
			size_t mark = out->len;
			int ret = py_fold(c, obj, out, depth + 1);
			for (uint32_t i = 0; ret == 0; i++) {
				TSNode ai = python_first_arg(n, i);
				if (ts_node_is_null(ai))
					break;
				ret = python_fold_join_part(c, ai, out, mark, depth);
			}
			if (ret < 0)
				out->len = mark;
			return ret;
		}
		if (alen == 7 && memcmp(a, "replace", 7) == 0) {
			size_t slen, olen, nlen;
			char *s = fold_dup(c, obj, depth + 1, &slen);
			char *o = ts_node_is_null(a0) ? NULL : fold_dup(c, a0, depth + 1, &olen);
			TSNode a1 = python_first_arg(n, 1);
			char *w = ts_node_is_null(a1) ? NULL : fold_dup(c, a1, depth + 1, &nlen);
			int ret = s && o && w ? fold_replace(out, s, slen, o, olen, w, nlen, REPLACE_ALL)
					      : -1;
			free(s);
			free(o);
			free(w);
			return ret;
		}
	}
	c->ops->resolve(c, fn, &ns, depth + 1);
	int ret = -1;
	if (python_any_is(&ns, "builtins.chr", NULL) && node_is(a0, "integer")) {
		fold_put_utf8(out, strtoul(node_src(c, a0), NULL, 0));
		ret = 0;
	} else if (python_any_is(&ns, "builtins.bytes", "builtins.bytearray") &&
		   python_fold_codes(c, a0, true, out) == 0) {
		ret = 0; /* bytes([47, 98, 105, 110]) */
	} else if ((python_any_is(&ns, "builtins.str", "builtins.bytes") ||
		    python_any_is(&ns, "sys.intern", "gettext.gettext") ||
		    python_any_is(&ns, "os.fsdecode", "os.fsencode")) &&
		   !ts_node_is_null(a0)) {
		ret = py_fold(c, a0, out, depth + 1); /* sys.intern(s), _(s): s */
	} else if (python_any_is(&ns, "typing.cast", "typing_extensions.cast") &&
		   !ts_node_is_null(python_first_arg(n, 1))) {
		ret = py_fold(c, python_first_arg(n, 1), out, depth + 1); /* cast(T, v) is v */
	} else if ((python_any_is(&ns, "os.path.expanduser", "posixpath.expanduser") ||
		    python_any_is(&ns, "os.path.realpath", "os.path.abspath") ||
		    python_any_is(&ns, "os.path.normpath", "os.fspath") ||
		    python_any_is(&ns, "posixpath.realpath", "posixpath.abspath") ||
		    python_any_is(&ns, "posixpath.normpath", NULL)) &&
		   !ts_node_is_null(a0)) {
		/* the path, as the rules read it ("~", "/", "/home/x/..") */
		size_t mark = out->len;
		ret = py_fold(c, a0, out, depth + 1);
		if (ret == 0 && python_any_is(&ns, "os.path.expanduser", "posixpath.expanduser"))
			tilde_user(out, mark);
	} else if (python_any_is(&ns, "os.path.expandvars", "posixpath.expandvars") &&
		   !ts_node_is_null(a0)) {
		ret = python_fold_expandvars(c, a0, out, depth); /* $HOME is ~ */
	} else if (python_any_is(&ns, "site.getuserbase", "site.getusersitepackages")) {
		/* the user's base (~/.local) and site-packages below it */
		const char *d = python_any_is(&ns, "site.getuserbase", NULL)
				    ? "~/.local"
				    : "~/.local/lib/python3/site-packages";
		buf_append(out, d, strlen(d));
		ret = 0;
	} else if (python_any_is(&ns, "os.path.dirname", "posixpath.dirname") && !ts_node_is_null(a0)) {
		/* os.path.dirname(os.path.expanduser("~/.bashrc")) is "~" */
		size_t vlen;
		char *v = fold_dup(c, a0, depth + 1, &vlen);
		ret = -1;
		if (v) {
			char *slash = memrchr(v, '/', vlen);
			size_t keep = slash ? (size_t)(slash - v) : 0;
			if (slash && keep == 0)
				keep = 1; /* dirname("/x") is "/" */
			buf_append(out, v, keep);
			ret = 0;
		}
		free(v);
	} else if (python_any_is(&ns, "shlex.split", NULL) && !ts_node_is_null(a0)) {
		/* the words of a constant line, as the shell would split them */
		ret = py_fold(c, a0, out, depth + 1);
	} else if (python_any_is(&ns, "shlex.quote", "pipes.quote") && !ts_node_is_null(a0)) {
		ret = python_fold_shell_quote(c, a0, out, depth); /* "rm -rf " + shlex.quote(p) */
	} else if (python_any_is(&ns, "os.path.commonpath", "os.path.commonprefix") ||
		   python_any_is(&ns, "posixpath.commonpath", "posixpath.commonprefix")) {
		/* os.path.commonpath([home / "a", home / "b"]): their common part */
		ret = python_fold_common(
		    c, a0, python_any_is(&ns, "os.path.commonpath", "posixpath.commonpath"), out,
		    depth);
	} else if (python_any_is(&ns, "array.array", NULL) && !ts_node_is_null(a0)) {
		ret = python_fold_array(c, n, out, depth); /* array.array("B", [46, 115]) */
	} else if ((python_any_is(&ns, "builtins.memoryview", "asyncio.run") ||
		    python_any_is(&ns, "asyncio.wait_for", "asyncio.shield")) &&
		   !ts_node_is_null(a0)) {
		/* asyncio.run(where()): what the coroutine returns */
		ret = py_fold(c, a0, out, depth + 1);
	} else if (python_any_is(&ns, "shutil.which", NULL) && !ts_node_is_null(a0)) {
		/* shutil.which("make"): the program found on PATH by that name */
		ret = py_fold(c, a0, out, depth + 1);
	} else if (python_any_is(&ns, "pathlib.Path.home", "pathlib.PosixPath.home")) {
		buf_append(out, "~", 1);
		ret = 0;
	} else if (python_any_is(&ns, "getpass.getuser", "os.getlogin")) {
		/* "/home/" + getpass.getuser(): a user's name, any one */
		buf_append(out, "user", 4);
		ret = 0;
	} else if ((python_any_is(&ns, "pathlib.Path", "pathlib.PosixPath") ||
		    python_any_is(&ns, "os.path.join", "posixpath.join")) &&
		   !ts_node_is_null(a0)) {
		/* os.path.join(home, '.ssh', 'id_rsa'), Path("~", ".bashrc"),
		 * Path(*parts); an absolute part restarts */
		size_t mark = out->len;
		ret = 0;
		for (uint32_t i = 0; ret == 0; i++) {
			TSNode ai = python_first_arg(n, i);
			if (ts_node_is_null(ai))
				break;
			ret = python_fold_join_part(c, ai, out, mark, depth);
		}
		if (ret < 0)
			out->len = mark;
	} else if ((python_any_is(&ns, "os.getenv", "os.environ.get") ||
		    python_any_is(&ns, "os.environb.get", "posix.environ.get")) &&
		   (place = home_place(c, a0, depth)) != NULL &&
		   (place[1] == '\0' || ts_node_is_null(python_first_arg(n, 1)))) {
		buf_append(out, place, strlen(place)); /* os.getenv("HOME") */
		ret = 0;
	} else if ((python_any_is(&ns, "os.getenv", "os.environ.get") ||
		    python_any_is(&ns, "os.environb.get", "posix.environ.get")) &&
		   python_fold_environ_set(c, a0, out, depth) == 0) {
		ret = 0; /* os.getenv("SCRATCH") of a variable the program set */
	} else if (python_any_is(&ns, "py.path.local", "_pytest._py.path.LocalPath") &&
		   !ts_node_is_null(a0) && !node_is(a0, "keyword_argument")) {
		ret = py_fold(c, a0, out, depth + 1); /* py.path.local(p): the path p */
	} else if (c->env_pick && python_any_is(&ns, "os.getenv", "os.environ.get") &&
		   !ts_node_is_null(python_first_arg(n, 1)) &&
		   !node_is(python_first_arg(n, 1), "keyword_argument"))
		ret = py_fold(c, python_first_arg(n, 1), out, depth + 1); /* its default */
	else if ((python_any_is(&ns, "base64.b64decode", "base64.standard_b64decode") ||
		    python_any_is(&ns, "base64.urlsafe_b64decode", "base64.decodebytes")) &&
		   !ts_node_is_null(a0)) {
		size_t len;
		char *enc = fold_dup(c, a0, depth + 1, &len);
		ret = enc ? base64_decode_append(enc, len, out) : -1;
		free(enc);
	}
	if (ret < 0 && python_any_is(&ns, "email.header.make_header", NULL) &&
	    python_is_decode_header(c, a0, depth)) /* str(make_header(decode_header(h))) */
		ret = python_fold_mime_header(c, python_first_arg(a0, 0), out, depth);
	/* xml.sax.saxutils.unescape("~/&d;ssh", {"&d;": "."}) */
	if (ret < 0 && python_any_is(&ns, "xml.sax.saxutils.unescape", NULL))
		ret = python_fold_sax_unescape(c, a0, python_first_arg(n, 1), out, depth);
	if (ret < 0 && python_any_is(&ns, "html.unescape", NULL)) /* "&#126;/&period;ssh" */
		ret = python_fold_html_unescape(c, a0, out, depth);
	if (ret < 0 && python_any_is(&ns, "unicodedata.normalize", NULL)) /* "NFKC", "ｏｓ" */
		ret = python_fold_normalize(c, a0, python_first_arg(n, 1), out, depth);
	if (ret < 0 && python_any_is(&ns, "ast.literal_eval", NULL))
		ret = python_fold_literal_eval(c, a0, out, depth); /* '\x2essh' */
	if (ret < 0 && python_any_is(&ns, "functools.reduce", NULL) && !ts_node_is_null(a0)) {
		struct names op = {0}; /* reduce(operator.truediv, parts, home) */
		c->ops->resolve(c, a0, &op, depth + 1);
		if (python_any_is(&op, "operator.truediv", "operator.__truediv__"))
			ret = python_fold_reduce(c, n, true, out, depth);
		else if (python_any_is(&op, "operator.add", "operator.concat") ||
			 python_any_is(&op, "operator.__add__", "operator.__concat__"))
			ret = python_fold_reduce(c, n, false, out, depth);
		names_free(&op);
	}
	if (ret < 0) /* next(filter(os.path.isabs, places)): one of them */
		ret = python_fold_chosen(c, n, fn, &ns, out, depth);
	if (ret < 0) /* a listing handed to map(): its pattern */
		ret = python_fold_listing(c, n, fn, &ns, out, depth);
	if (ret < 0 && c->env_pick) /* what was written to the file read */
		ret = python_fold_roundtrip(c, n, fn, &ns, out, depth);
	names_free(&ns);
	if (ret < 0 && node_is(fn, "identifier")) {
		size_t mark = out->len;
		ret = python_fold_own_call(c, n, out, depth);
		if (ret < 0) {
			out->len = mark;
			ret = python_fold_fspath(c, n, out, depth);
		}
	} else if (ret < 0 && node_is(fn, "attribute"))
		ret = python_fold_method(c, n, fn, out, depth);
	if (ret < 0) /* x: T = field(default=v) in a class body */
		ret = python_fold_field_default(c, n, out, depth);
	if (ret < 0 && node_is(fn, "attribute") &&
	    node_text_is(c, node_field(fn, "attribute"), "get")) {
		/* cp.get("paths", "key"), cp["paths"].get("key") */
		TSNode obj = node_field(fn, "object"), a1 = python_first_arg(n, 1);
		if (node_is(obj, "subscript") && !ts_node_is_null(a0) && ts_node_is_null(a1))
			ret = python_fold_config(c, node_field(obj, "value"),
						 node_field(obj, "subscript"), a0, out, depth);
		else if (!ts_node_is_null(a1) && !node_is(a1, "keyword_argument"))
			ret = python_fold_config(c, obj, a0, a1, out, depth);
	}
	return ret;
}

/* Whether n is a list or tuple (or a name bound to one): its value folds
 * as words. */
static bool is_listish(struct actx *c, TSNode n, int depth)
{
	while (node_is(n, "parenthesized_expression"))
		n = ts_node_named_child(n, 0);
	if (node_is(n, "list") || node_is(n, "tuple"))
		return true;
	if (node_is(n, "binary_operator"))
		return is_listish(c, node_field(n, "left"), depth + 1) ||
		       is_listish(c, node_field(n, "right"), depth + 1);
	if (node_is(n, "call")) { /* shlex.split("docker run --rm img") */
		TSNode fn = node_field(n, "function");
		if (node_len(fn) < 5 || memcmp(node_src(c, fn) + node_len(fn) - 5, "split", 5) != 0)
			return false;
		struct names ns = {0};
		c->ops->resolve(c, fn, &ns, depth + 1);
		bool split = python_any_is(&ns, "shlex.split", NULL);
		names_free(&ns);
		return split;
	}
	if (!node_is(n, "identifier") || depth > 8)
		return false;
	size_t i = 0;
	const struct binding *b;
	while ((b = actx_lookup(c, node_src(c, n), node_len(n), &i)))
		if (b->kind == BIND_VALUE &&
		    (node_is(b->value, "list") || node_is(b->value, "tuple")))
			return true;
	return false;
}

/* ["git", "log", *args], subprocess's argument list, as the command line
 * a shell would read: each word quoted, a word the analysis cannot know
 * is "$1" (a splat "$@"). A program it cannot know does not fold, except
 * [python, "-m", "module", ...] (the interpreter by its -m). */
static int fold_argv(struct actx *c, TSNode n, struct buf *out, int depth)
{
	uint32_t k = ts_node_named_child_count(n), words = 0;
	size_t start = out->len;
	/* python -m MOD ARGS: ARGS are MOD's, never the interpreter's options
	 * (-r, -e, -c of pip or unittest); unknown, they are plain words, but
	 * for the modules that run code they are given */
	int module = 0; /* 1 after python, 2 after -m, 3 after MOD */

	/* run("git status", **opts): opts may hold shell=True (python_exec.c) */
	int sh = node_is(n, "argument_list") ? python_splat_shell(c, n, out, depth) : -1;
	if (sh != -1)
		return sh == 0 ? 0 : -1;
	for (uint32_t i = 0; i < k; i++) {
		TSNode a = ts_node_named_child(n, i);
		size_t len;
		char *w;
		if (node_is(a, "comment") || node_is(a, "keyword_argument"))
			continue;
		if (words)
			buf_append(out, " ", 1);
		if (node_is(a, "list_splat")) {
			/* ["sh", *["-c", "id"]]: the words; *args: "$@" */
			size_t mark = out->len;
			if (py_fold(c, ts_node_named_child(a, 0), out, depth + 1) == 0 &&
			    is_listish(c, ts_node_named_child(a, 0), depth)) {
				words++;
				continue;
			}
			out->len = mark;
			if (words == 0)
				return -1;
			/* [sys.executable, *sys.argv]: python_self_argv */
			if (words == 1 && mark - start == 8 &&
			    memcmp(out->data + start, "python3 ", 8) == 0 &&
			    python_self_argv(c, ts_node_named_child(a, 0), depth))
				buf_append(out, "-m __main__ ", 12);
			buf_append(out, "\"$@\"", 4);
			words++;
			continue;
		}
		if (!node_is(a, "list") && !node_is(a, "tuple") && is_listish(c, a, depth)) {
			/* subprocess.run(cmd): the words of the list cmd is bound to */
			size_t mark = out->len;
			if (py_fold(c, a, out, depth + 1) < 0 &&
			    (out->len = mark, python_fold_argv_sum(c, a, out, depth + 1) < 0))
				return -1;
			words++;
			continue;
		}
		if ((node_is(a, "list") || node_is(a, "tuple")) &&
		    ts_node_named_child_count(a) == 0 && words > 0)
			continue; /* spawnv_passfds(path, argv, ()): no words */
		if (node_is(a, "list") || node_is(a, "tuple")) {
			/* subprocess.run(["git", "log"]): its words */
			if (fold_argv(c, a, out, depth + 1) < 0)
				return -1;
			words++;
			continue;
		}
		w = fold_dup(c, a, depth + 1, &len);
		if (w == NULL && words == 0)
			w = python_env_default(c, a, depth + 1, &len);
		else if (w == NULL && !c->env_pick)
			/* rsync ... os.environ.get("DEST", home): the lookup's
			 * default, as for the program, also through a name or a
			 * parameter (the environment is the operator's) */
			w = python_fold_or_default(c, a, depth + 1, &len);
		if (w == NULL && words == 0) {
			TSNode m = ts_node_next_named_sibling(a);
			char *flag = ts_node_is_null(m) ? NULL : fold_dup(c, m, depth + 1, &len);
			bool dash_m = flag && len == 2 && memcmp(flag, "-m", 2) == 0;
			free(flag);
			if (!dash_m)
				return -1;
			w = xstrdup("python3");
			len = 7;
		}
		if (w == NULL)
			buf_append(out, module == 3 ? "ARG" : "\"$1\"", module == 3 ? 3 : 4);
		else
			python_put_word(out, w, len);
		if (words == 0 && w) {
			const char *base =
			    memrchr(w, '/', len) ? (const char *)memrchr(w, '/', len) + 1 : w;
			module = strncmp(base, "python", 6) == 0 ? 1 : 0;
		} else if (module == 1 && w && len == 2 && memcmp(w, "-m", 2) == 0) {
			module = 2;
		} else if (module == 1 && !(w && w[0] == '-')) {
			module = 0; /* a script */
		} else if (module == 2) {
			static const char *const runners[] = {
			    "timeit", "pdb", "trace", "cProfile", "profile", "runpy", "code"};
			module = 3;
			for (size_t r = 0; w && r < ARRAY_SIZE(runners); r++)
				if (strcmp(w, runners[r]) == 0)
					module = 0;
			if (w == NULL)
				module = 0;
		}
		free(w);
		words++;
	}
	return words > 0 && out->len > start ? 0 : -1;
}

static int py_fold(struct actx *c, TSNode n, struct buf *out, int depth)
{
	const char *t;

	if (ts_node_is_null(n) || depth > RESOLVE_DEPTH || out->len > FOLD_MAX || !actx_step(c))
		return -1;
	t = ts_node_type(n);
	if (strcmp(t, "string") == 0)
		return fold_string(c, n, out, depth);
	if (strcmp(t, "concatenated_string") == 0) {
		uint32_t k = ts_node_named_child_count(n);
		for (uint32_t i = 0; i < k; i++)
			if (py_fold(c, ts_node_named_child(n, i), out, depth + 1) < 0)
				return -1;
		return 0;
	}
	TSNode bo = strcmp(t, "binary_operator") == 0 ? node_field(n, "operator") : (TSNode){0};
	char bop = !ts_node_is_null(bo) && node_len(bo) == 1 ? *node_src(c, bo) : 0;
	if (bop == '*' || bop == '%')
		return (bop == '*' ? python_fold_repeat : python_fold_percent)(c, n, out, depth);
	if (t[0] == 'f' && strcmp(t, "format_specifier") == 0) /* f"{obj:~}" */
		return python_fold_spec(c, n, out);
	if (strcmp(t, "binary_operator") == 0) {
		/* 'a' + 'b' + ... + 'z' nests to the left: walk down the spine
		 * instead of recursing, so a long chain folds too. Path('~') /
		 * '.ssh' joins a path (strings do not divide). */
		TSNode spine[512];
		int k = 0;
		while (node_is(n, "binary_operator") && k < (int)ARRAY_SIZE(spine)) {
			TSNode op = node_field(n, "operator");
			if (node_len(op) != 1 ||
			    (*node_src(c, op) != '+' && *node_src(c, op) != '/'))
				return -1;
			spine[k++] = n;
			n = node_field(n, "left");
		}
		/* ["sh"] + ["-c", cmd]: words, a space between */
		bool words = is_listish(c, n, depth);
		for (int j = 0; j < k && !words; j++)
			words = is_listish(c, node_field(spine[j], "right"), depth);
		if (py_fold(c, n, out, depth + 1) < 0)
			return -1;
		while (k-- > 0) {
			if (*node_src(c, node_field(spine[k], "operator")) == '/')
				buf_append(out, "/", 1);
			else if (words)
				buf_append(out, " ", 1);
			if (py_fold(c, node_field(spine[k], "right"), out, depth + 1) < 0)
				return -1;
		}
		return 0;
	}
	/* await where(): what the coroutine returns */
	if (strcmp(t, "parenthesized_expression") == 0 || strcmp(t, "await") == 0)
		return py_fold(c, ts_node_named_child(n, 0), out, depth + 1);
	if (strcmp(t, "expression_statement") == 0)
		return fold_doctest(c, n, out, depth);
	if (strcmp(t, "boolean_operator") == 0 || strcmp(t, "conditional_expression") == 0) {
		/* os.environ.get("HOME") or os.path.expanduser("~"), a if x
		 * else b: a constant only when both sides are the same one */
		bool cond = strcmp(t, "conditional_expression") == 0;
		TSNode l = cond ? ts_node_named_child(n, 0) : node_field(n, "left");
		TSNode r = cond ? ts_node_named_child(n, 2) : node_field(n, "right");
		/* os.environ.get("BASE") or home, while environment lookups
		 * fold to their defaults (env_pick): the default */
		if (c->env_pick && !cond && node_text_is(c, node_field(n, "operator"), "or") &&
		    env_lookup(c, l, depth))
			return py_fold(c, r, out, depth + 1);
		size_t ll, rl;
		char *a = fold_dup(c, l, depth + 1, &ll);
		char *b = a ? fold_dup(c, r, depth + 1, &rl) : NULL;
		bool same = a && b && ll == rl && memcmp(a, b, ll) == 0;
		if (same)
			buf_append(out, a, ll);
		free(a);
		free(b);
		return same ? 0 : -1;
	}
	if (strcmp(t, "argument_list") == 0) {
		/* os.execvp("git", ["git", "status"]): its command line */
		TSNode call = ts_node_parent(n);
		struct names ns = {0};
		int ret = 1;
		if (node_is(call, "call"))
			c->ops->resolve(c, node_field(call, "function"), &ns, depth + 1);
		for (int i = 0; i < ns.n && ret > 0; i++)
			if (strncmp(ns.v[i], "os.", 3) == 0 &&
			    (strstr(ns.v[i], "exec") || strstr(ns.v[i], "spawn")))
				ret = python_fold_exec(c, n, ns.v[i], out, depth);
		names_free(&ns);
		if (ret <= 0)
			return ret;
	}
	if (strcmp(t, "list") == 0 || strcmp(t, "tuple") == 0 || strcmp(t, "argument_list") == 0)
		return fold_argv(c, n, out, depth);
	if (strcmp(t, "attribute") == 0) {
		/* sys.executable: the interpreter (resolved only for an
		 * attribute named so); the others: python_fold_attribute */
		TSNode attr = node_field(n, "attribute");
		size_t al = node_len(attr);
		/* jar["k"].value of a cookie jar loaded from a constant */
		if (al == 5 && memcmp(node_src(c, attr), "value", 5) == 0 &&
		    python_fold_cookie(c, n, out, depth) == 0)
			return 0;
		if (al < 10 || memcmp(node_src(c, attr) + al - 10, "executable", 10) != 0)
			/* else Job(home).p, job.p, self.p: what __init__ kept
			 * (the object's own first: a dataclass field's default
			 * is only the class's) */
			return python_fold_object_attribute(c, n, out, depth) == 0
				   ? 0
				   : python_fold_attribute(c, n, out, depth);
		struct names ns = {0};
		c->ops->resolve(c, n, &ns, depth + 1);
		bool py = python_any_is(&ns, "sys.executable", "sys._base_executable");
		names_free(&ns);
		if (!py)
			return -1;
		buf_append(out, "python3", 7);
		return 0;
	}
	if (strcmp(t, "identifier") == 0) {
		TSNode arg;
		/* a parameter of the function whose call is being folded: what
		 * that call gives it, folded where the call is */
		int top = c->nframes - 1;
		if (top >= 0 && (ts_node_is_null(c->frame_def[top])
				     ? python_call_argument(c, n, c->frame_call[top], &arg)
				     : python_def_argument(c, c->frame_def[top], n, c->frame_call[top],
							   1, &arg)) == 0) {
			c->nframes--;
			int ret = py_fold(c, arg, out, depth + 1);
			c->nframes++;
			return ret;
		}
		/* ... a local of that function: its bindings there only */
		int f = c->nframes - 1, ret;
		size_t mark = out->len;
		uint32_t at = ts_node_start_byte(n), lo = c->scope_lo, hi = c->scope_hi;
		bool local =
		    f >= 0 && at >= c->frame_lo[f] && at < c->frame_hi[f] &&
		    actx_bound_in(c, node_src(c, n), node_len(n), c->frame_lo[f], c->frame_hi[f]);
		c->scope_lo = local ? c->frame_lo[f] : 0;
		c->scope_hi = local ? c->frame_hi[f] : 0;
		if (local) {
			/* bound once there: out = "" then out = d + out in a
			 * loop is not "" */
			size_t i = 0, nb = 0;
			bool loopvar = false; /* for n in ...: one of its items (loop_pick) */
			const struct binding *lb;
			while ((lb = scoped_lookup(c, node_src(c, n), node_len(n), &i))) {
				nb++;
				loopvar = loopvar || (lb->kind == BIND_VALUE &&
						      node_is(lb->value, "for_statement"));
			}
			ret = nb == 1 || loopvar
				  ? fold_bound(c, node_src(c, n), node_len(n), out, depth + 1)
				  : -1;
		} else {
			/* used outside the functions being folded: its value
			 * does not depend on their calls, and is memoised */
			bool inside = false;
			for (int g = 0; g <= f && !inside; g++)
				inside = at >= c->frame_lo[g] && at < c->frame_hi[g];
			c->in_frame = inside;
			ret =
			    actx_fold_name(c, node_src(c, n), node_len(n), out, depth, fold_bound);
		}
		if (ret < 0 && out->len == mark) /* str(err) of `except E as err` */
			ret = python_fold_raised(c, n, 0, true, out, depth);
		c->scope_lo = lo;
		c->scope_hi = hi;
		return ret;
	}
	if (strcmp(t, "call") == 0) {
		/* tempfile.mkdtemp(), tempfile.gettempdir(): a directory in /tmp
		 * (resolved only for a callee named so: folding is frequent) */
		TSNode fn = node_field(n, "function");
		size_t fl = node_len(fn);
		const char *fs = node_src(c, fn);
		if ((fl >= 7 && memcmp(fs + fl - 7, "mkdtemp", 7) == 0) ||
		    (fl >= 10 && memcmp(fs + fl - 10, "gettempdir", 10) == 0)) {
			struct names ns = {0};
			c->ops->resolve(c, n, &ns, depth + 1);
			bool tmp = python_any_is(&ns, "tempfile.mkdtemp()", "tempfile.gettempdir()");
			names_free(&ns);
			if (tmp) {
				buf_append(out, "/tmp/tmp", 8);
				return 0;
			}
		}
		return fold_call(c, n, out, depth);
	}
	if (strcmp(t, "subscript") == 0) {
		/* os.environ["HOME"] is the home directory; s[::-1] */
		TSNode sub = node_field(n, "subscript");
		size_t len;
		if (!node_is(sub, "slice")) {
			struct names ns = {0};
			c->ops->resolve(c, node_field(n, "value"), &ns, depth + 1);
			const char *place = python_any_is(&ns, "os.environ", "os.environb")
						? home_place(c, sub, depth)
						: NULL;
			bool home = place != NULL;
			if (!home && python_any_is(&ns, "os.environ", "os.environb") &&
			    python_fold_environ_set(c, sub, out, depth) == 0) {
				names_free(&ns);
				return 0; /* os.environ["SCRATCH"] the program set */
			}
			names_free(&ns);
			TSNode inner = node_field(n, "value");
			/* cur.fetchall()[0][0], cur.fetchone()[0], rows[0][0] of
			 * rows = cur.fetchall(): a constant query's one item */
			TSNode row = node_is(inner, "subscript") &&
					     node_text_is(c, node_field(inner, "subscript"), "0")
					 ? node_field(inner, "value")
					 : inner;
			if (node_is(row, "identifier"))
				row = python_bound_once(c, row);
			TSNode rf =
			    node_is(row, "call") ? node_field(row, "function") : (TSNode){0};
			if (!home && node_text_is(c, sub, "0") && node_is(rf, "attribute") &&
			    node_text_is(c, node_field(rf, "attribute"),
					 node_is(inner, "subscript") ? "fetchall" : "fetchone") &&
			    python_fold_fetched(c, row, out, depth) == 0)
				return 0;
			TSNode hdr =
			    node_is(inner, "subscript") ? node_field(inner, "value") : (TSNode){0};
			if (!home && !ts_node_is_null(row) && row.id == hdr.id &&
			    node_text_is(c, sub, "0") && python_is_decode_header(c, hdr, depth))
				return python_fold_mime_header(c, python_first_arg(hdr, 0), out,
							       depth); /* decode_header(h)[0][0] */
			if (!home && python_fold_query(c, inner, sub, out, depth) == 0)
				return 0; /* dict(parse_qsl(q))["k"], parse_qs(q)["k"][0] */
			if (!home && node_is(inner, "subscript") &&
			    python_fold_config(c, node_field(inner, "value"),
					       node_field(inner, "subscript"), sub, out,
					       depth) == 0)
				return 0; /* cp["paths"]["key"] */
			if (!home && node_is(inner, "attribute") &&
			    python_fold_partial_arg(c, inner, sub, out, depth) == 0)
				return 0; /* job.args[0] of a functools.partial */
			if (!home && node_is(inner, "identifier") &&
			    python_fold_enum_lookup(c, n, out, depth) == 0)
				return 0; /* Where["HOME"] of an Enum: its value */
			if (!home && python_fold_picked(c, inner, sub, out, depth) == 0)
				return 0; /* s.split(":")[1], dict(zip(K, V))["k"] */
			if (!home) {
				int r = is_listish(c, node_field(n, "value"), depth)
					    /* mods[2]: an item, not a letter */
					    ? python_fold_item(c, node_field(n, "value"), sub, out,
							       depth)
					    : python_fold_index(c, node_field(n, "value"), sub, out,
								depth);
				return r == 0 ? 0
					      : python_fold_key_guess(c, node_field(n, "value"), sub,
								      out, depth);
			}
			buf_append(out, place, strlen(place));
			return 0;
		}
		if (node_len(sub) != 4 || memcmp(node_src(c, sub), "::-1", 4) != 0)
			return is_listish(c, node_field(n, "value"), depth)
				   ? -1 /* mods[2]: an item, not a letter */
				   : python_fold_index(c, node_field(n, "value"), sub, out, depth);
		char *s = fold_dup(c, node_field(n, "value"), depth + 1, &len);
		if (s == NULL)
			return -1;
		for (size_t i = len; i > 0; i--)
			buf_append(out, s + i - 1, 1);
		free(s);
		return 0;
	}
	return -1;
}

/* lang_ops.inert: python_inert, or the source of a compile() whose code
 * object is dropped (a statement of its own): only a syntax check; or
 * compile() of a constant, the code given to exec or eval: the analysis
 * reads that constant where it is compiled */
static bool py_inert(struct actx *c, TSNode n)
{
	if (node_is(n, "call") && node_text_is(c, node_field(n, "function"), "compile")) {
		TSNode src = ts_node_named_child(node_field(n, "arguments"), 0);
		struct names ns = {0};
		c->ops->resolve(c, node_field(n, "function"), &ns, 1);
		bool known = ns.n == 1 && strcmp(ns.v[0], "builtins.compile") == 0 &&
			     !ts_node_is_null(src) && !node_is(src, "list_splat") &&
			     !node_is(src, "dictionary_splat") && !node_is(src, "keyword_argument");
		names_free(&ns);
		size_t len;
		char *v = known ? actx_fold_node(c, src, &len) : NULL;
		known = v && !(c->ops->ambiguous && c->ops->ambiguous(c, src));
		free(v);
		if (known)
			return true;
	}
	TSNode call = ts_node_parent(ts_node_parent(n));
	if (node_is(call, "call") && node_is(ts_node_parent(call), "expression_statement") &&
	    node_text_is(c, node_field(call, "function"), "compile")) {
		struct names ns = {0};
		c->ops->resolve(c, node_field(call, "function"), &ns, 1);
		bool check = ns.n == 1 && strcmp(ns.v[0], "builtins.compile") == 0;
		names_free(&ns);
		if (check)
			return true;
	}
	return python_inert(c, n);
}

static bool py_call_callee(TSNode n, TSNode *callee)
{
	if (!node_is(n, "call"))
		return false;
	*callee = node_field(n, "function");
	return true;
}

const struct lang_ops lang_python_ops = {
    .name = "python",
    .language = tree_sitter_python,
    .bind = python_bind,
    .resolve = python_resolve,
    .fold = py_fold,
    .call_callee = py_call_callee,
    .inert = py_inert,
    .ambiguous = python_ambiguous,
    .each_value = python_each_value,
    .child_env = python_child_env,
};
