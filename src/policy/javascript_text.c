/*
 * JavaScript: strings as the language spells and decodes them, for
 * folding (see lang_javascript.c): escape sequences and UTF-16 code units,
 * lists of strings, decoded bytes kept valid UTF-8, hex, %XX and %uXXXX,
 * numbers in a radix; the path an opened directory hands back.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/utf8.h"
#include "policy/javascript.h"

/* UTF-16 code units as JavaScript strings hold them: pairs of surrogates
 * become one code point. *pending is a high surrogate not yet paired. */
void js_put_unit(struct buf *out, unsigned long u, unsigned long *pending)
{
	if (*pending) {
		if (u >= 0xdc00 && u <= 0xdfff) {
			fold_put_utf8(out, 0x10000 + ((*pending - 0xd800) << 10) + (u - 0xdc00));
			*pending = 0;
			return;
		}
		fold_put_utf8(out, 0xfffd);
		*pending = 0;
	}
	if (u >= 0xd800 && u <= 0xdbff)
		*pending = u;
	else
		fold_put_utf8(out, u);
}

void js_flush_unit(struct buf *out, unsigned long *pending)
{
	if (*pending)
		fold_put_utf8(out, 0xfffd);
	*pending = 0;
}

/* Appends the value of one escape sequence (\n, \x41, \u0041, \u{41},
 * \101, a line continuation, \' ...). */
void js_unescape(const char *s, size_t len, struct buf *out, unsigned long *pending)
{
	unsigned long v = 0;
	size_t i;

	if (len < 2) {
		buf_append(out, s, len);
		return;
	}
	switch (s[1]) {
	case 'n':
		js_put_unit(out, '\n', pending);
		return;
	case 't':
		js_put_unit(out, '\t', pending);
		return;
	case 'r':
		js_put_unit(out, '\r', pending);
		return;
	case 'b':
		js_put_unit(out, '\b', pending);
		return;
	case 'f':
		js_put_unit(out, '\f', pending);
		return;
	case 'v':
		js_put_unit(out, '\v', pending);
		return;
	case '0':
	case '1':
	case '2':
	case '3':
	case '4':
	case '5':
	case '6':
	case '7':
		for (i = 1; i < len && i < 4 && s[i] >= '0' && s[i] <= '7'; i++)
			v = v * 8 + (unsigned long)(s[i] - '0');
		js_put_unit(out, v, pending);
		return;
	case 'x':
	case 'u':
		for (i = 2; i < len && (s[i] == '{' || s[i] == '}' || fold_hex_digit(s[i]) >= 0);
		     i++)
			if (fold_hex_digit(s[i]) >= 0 && v <= 0x10ffff)
				v = v * 16 + (unsigned long)fold_hex_digit(s[i]);
		js_put_unit(out, v, pending);
		return;
	case '\r':
	case '\n':
		return;
	default:
		js_flush_unit(out, pending);
		if ((unsigned char)s[1] == 0xe2 && len == 4) /* \ before U+2028/U+2029 */
			return;
		buf_append(out, s + 1, len - 1);
		return;
	}
}

void js_slist_push(struct slist *l, const char *s, size_t len)
{
	l->s = xrealloc(l->s, (l->n + 1) * sizeof(*l->s));
	l->len = xrealloc(l->len, (l->n + 1) * sizeof(*l->len));
	l->s[l->n] = xmalloc(len + 1);
	memcpy(l->s[l->n], s, len);
	l->s[l->n][len] = '\0';
	l->len[l->n++] = len;
}

void js_slist_free(struct slist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->s[i]);
	free(l->s);
	free(l->len);
	memset(l, 0, sizeof(*l));
}

static size_t utf8_len(const char *s, size_t left)
{
	size_t n = 1;
	while (n < left && ((unsigned char)s[n] & 0xc0) == 0x80)
		n++;
	return n;
}

void js_slist_chars(struct slist *l, const char *s, size_t len)
{
	for (size_t i = 0; i < len && l->n < LIST_MAX;) {
		size_t n = utf8_len(s + i, len - i);
		js_slist_push(l, s + i, n);
		i += n;
	}
}

/* Appends a decoded buffer, keeping the string valid UTF-8. */
void js_append_text(struct buf *out, const char *s, size_t len)
{
	size_t n;
	char *clean = utf8_sanitize(s, len, &n);
	buf_append(out, clean, n);
	free(clean);
}

/* atob returns one character per byte. */
void js_append_latin1(struct buf *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		fold_put_utf8(out, (unsigned char)s[i]);
}

int js_hex_decode_append(const char *s, size_t len, struct buf *out)
{
	if (len % 2 || len == 0)
		return -1;
	for (size_t i = 0; i < len; i += 2) {
		int hi = fold_hex_digit(s[i]), lo = fold_hex_digit(s[i + 1]);
		char b;
		if (hi < 0 || lo < 0)
			return -1;
		b = (char)(hi * 16 + lo);
		buf_append(out, &b, 1);
	}
	return 0;
}

/* decodeURIComponent, unescape: %41 and %u0041. */
void js_percent_decode_append(const char *s, size_t len, struct buf *out)
{
	struct buf raw = {0};

	for (size_t i = 0; i < len; i++) {
		if (s[i] == '%' && i + 2 < len && fold_hex_digit(s[i + 1]) >= 0 &&
		    fold_hex_digit(s[i + 2]) >= 0) {
			char b = (char)(fold_hex_digit(s[i + 1]) * 16 + fold_hex_digit(s[i + 2]));
			buf_append(&raw, &b, 1);
			i += 2;
		} else if (s[i] == '%' && i + 5 < len && s[i + 1] == 'u' &&
			   fold_hex_digit(s[i + 2]) >= 0 && fold_hex_digit(s[i + 3]) >= 0 &&
			   fold_hex_digit(s[i + 4]) >= 0 && fold_hex_digit(s[i + 5]) >= 0) {
			unsigned long v = 0;
			for (size_t j = 2; j < 6; j++)
				v = v * 16 + (unsigned long)fold_hex_digit(s[i + j]);
			fold_put_utf8(&raw, v);
			i += 5;
		} else
			buf_append(&raw, s + i, 1);
	}
	js_append_text(out, raw.data ? raw.data : "", raw.len);
	buf_free(&raw);
}

/* The path fs reads for a file: URL (new URL('file:///root/%2Essh')):
 * after the host (file:/p has none), up to a query or fragment,
 * percent-escapes decoded.
 * -1 when url is not a file: URL with a path. */
int js_file_url_path(const char *url, size_t len, struct buf *out)
{
	const char *p, *end;

	if (len > 6 && strncasecmp(url, "file:", 5) == 0 &&
	    (url[5] == '~' || (url[5] == '/' && url[6] != '/')))
		p = url + 5; /* file:/root/.netrc, file:~/.netrc (the home folded): no host */
	else if (len <= 7 || strncasecmp(url, "file://", 7) != 0 ||
		 !(p = memchr(url + 7, '/', len - 7)))
		return -1;
	for (end = p; end < url + len && *end != '?' && *end != '#'; end++)
		;
	js_percent_decode_append(p, (size_t)(end - p), out);
	return 0;
}

/* new URL(s) of a file: URL folds to the path fs reads for it (fs takes
 * a URL object as a path); one argument only, a base is not resolved. */
int js_fold_file_url(struct actx *c, TSNode n, struct buf *out, int depth)
{
	size_t len;
	char *v;
	int ret;

	if (!ts_node_is_null(js_arg_at(n, 1)) || !(v = fold_dup(c, js_arg_at(n, 0), depth + 1, &len)))
		return -1;
	ret = js_file_url_path(v, len, out);
	free(v);
	return ret;
}

bool js_is_text_encoding(const char *e)
{
	static const char *const enc[] = {"utf8", "utf-8", "ascii", "latin1", "binary", NULL};
	for (const char *const *k = enc; *k; k++)
		if (strcasecmp(e, *k) == 0)
			return true;
	return false;
}

/* (n).toString(radix): the number-to-letters trick ((14).toString(36)). */
int js_fold_radix(long v, long radix, struct buf *out)
{
	char digits[72];
	size_t n = 0;
	bool neg = v < 0;
	unsigned long u = neg ? (unsigned long)-v : (unsigned long)v;

	if (radix < 2 || radix > 36)
		return -1;
	do {
		digits[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % (unsigned long)radix];
		u /= (unsigned long)radix;
	} while (u && n < sizeof(digits));
	if (neg)
		buf_append(out, "-", 1);
	while (n > 0)
		buf_append(out, &digits[--n], 1);
	return 0;
}

/* ---- paths ---- */

/* The home directory's own name (path.basename(os.homedir())): unknown,
 * but the segment that leads back into it from its parent. */
#define HOME_NAME "\001~"
/* The directory that holds the home directory: /home for most users. */
#define HOME_PARENT "\002"

/* Appends the normalised path of s (as path.normalize: '.' dropped, '..'
 * taken back, '~' the home directory): ~/.. is /home, ~/../<the home's
 * own name> is ~ again, /.. is /. A relative path stays relative. */
static void path_normalize(const char *s, size_t len, struct buf *out)
{
	struct slist seg = {0};
	bool abs = len > 0 && s[0] == '/';

	for (size_t i = 0; i < len;) {
		size_t j = i;
		while (j < len && s[j] != '/')
			j++;
		const char *p = s + i;
		size_t n = j - i;
		i = j + 1;
		if (n == 0 || (n == 1 && p[0] == '.'))
			continue;
		const char *top = seg.n ? seg.s[seg.n - 1] : NULL;
		if (n == 2 && p[0] == '.' && p[1] == '.') {
			if (top && strcmp(top, "~") == 0) {
				free(seg.s[--seg.n]);
				js_slist_push(&seg, HOME_PARENT, 1);
			} else if (top && strcmp(top, "..") != 0 && strcmp(top, HOME_PARENT) != 0) {
				free(seg.s[--seg.n]);
			} else if (top && strcmp(top, HOME_PARENT) == 0) {
				free(seg.s[--seg.n]);
				abs = true; /* /home/.. is / */
			} else if (!abs) {
				js_slist_push(&seg, "..", 2);
			}
			continue;
		}
		/* the home's own name in its parent (~/.., or /home as a
		 * path already folded) is the home directory */
		if (n == 2 && memcmp(p, HOME_NAME, 2) == 0 && seg.n == 1 &&
		    (strcmp(top, HOME_PARENT) == 0 || (abs && strcmp(top, "home") == 0))) {
			free(seg.s[--seg.n]);
			js_slist_push(&seg, "~", 1);
			abs = false;
			continue;
		}
		if (n == 1 && p[0] == '~' && seg.n == 0 && !abs) {
			js_slist_push(&seg, "~", 1);
			continue;
		}
		js_slist_push(&seg, p, n);
	}
	size_t mark = out->len;
	for (size_t k = 0; k < seg.n; k++) {
		if (strcmp(seg.s[k], HOME_PARENT) == 0)
			buf_append(out, "/home", 5);
		else {
			if (k > 0 || abs)
				buf_append(out, "/", 1);
			buf_append(out, seg.s[k], seg.len[k]);
		}
	}
	if (out->len == mark)
		buf_append(out, abs ? "/" : ".", 1);
	js_slist_free(&seg);
}

/* path.relative(from, to) when to is inside from (both absolute or the
 * home): the rest of to, so path.relative('/', os.homedir()) is
 * home/<the home's own name>, which a resolve from '/' makes ~ again. */
static int path_relative(const struct slist *args, struct buf *out)
{
	struct buf from = {0}, to = {0};
	int ret = -1;

	if (args->n != 2)
		return -1;
	for (int i = 0; i < 2; i++) {
		struct buf *b = i == 0 ? &from : &to;
		if (args->len[i] > 0 && args->s[i][0] == '~')
			buf_append(b, "/home/" HOME_NAME, 8),
			    buf_append(b, args->s[i] + 1, args->len[i] - 1);
		else if (args->len[i] > 0 && args->s[i][0] == '/')
			buf_append(b, args->s[i], args->len[i]);
	}
	struct buf f = {0}, t = {0};
	if (from.len > 0 && to.len > 0) {
		path_normalize(from.data, from.len, &f);
		path_normalize(to.data, to.len, &t);
		/* normalize turns /home/<name> back into ~: spell it out again */
		struct buf *bs[2] = {&f, &t};
		for (int i = 0; i < 2; i++)
			if (bs[i]->len > 0 && bs[i]->data[0] == '~') {
				struct buf x = {0};
				buf_append(&x, "/home/" HOME_NAME, 8);
				buf_append(&x, bs[i]->data + 1, bs[i]->len - 1);
				buf_free(bs[i]);
				*bs[i] = x;
			}
		size_t fl = f.len == 1 ? 0 : f.len; /* '/' as the prefix "" */
		if (t.len == f.len && memcmp(t.data, f.data, f.len) == 0) {
			ret = 0; /* the same directory: "" */
		} else if (t.len > fl + 1 && memcmp(t.data, f.data, fl) == 0 && t.data[fl] == '/') {
			buf_append(out, t.data + fl + 1, t.len - fl - 1);
			ret = 0;
		}
	}
	buf_free(&f), buf_free(&t), buf_free(&from), buf_free(&to);
	return ret;
}

int js_fold_path(const char *how, const struct slist *args, struct buf *out)
{
	struct buf joined = {0};
	size_t from = 0;

	bool many = strcmp(how, "join") == 0 || strcmp(how, "resolve") == 0;
	if (strcmp(how, "relative") == 0)
		return path_relative(args, out);
	if (args->n == 0 || (!many && (args->n != 1 || (strcmp(how, "normalize") != 0 &&
							strcmp(how, "dirname") != 0 &&
							strcmp(how, "basename") != 0))))
		return -1;
	if (strcmp(how, "resolve") == 0) {
		/* from the last absolute argument; none: relative to the
		 * working directory, unknown */
		bool found = false;
		for (size_t i = args->n; i-- > 0 && !found;)
			if (args->len[i] > 0 && (args->s[i][0] == '/' || args->s[i][0] == '~'))
				from = i, found = true;
		if (!found)
			return -1;
	}
	for (size_t i = from; i < args->n; i++) {
		if (joined.len > 0)
			buf_append(&joined, "/", 1);
		buf_append(&joined, args->s[i], args->len[i]);
	}
	if (strcmp(how, "join") == 0 || strcmp(how, "resolve") == 0 ||
	    strcmp(how, "normalize") == 0) {
		path_normalize(joined.data ? joined.data : "", joined.len, out);
	} else {
		struct buf norm = {0};
		path_normalize(joined.data ? joined.data : "", joined.len, &norm);
		const char *slash = memrchr(norm.data, '/', norm.len);
		if (strcmp(how, "basename") == 0) {
			if (norm.len == 1 && norm.data[0] == '~')
				buf_append(out, HOME_NAME, 2);
			else if (slash)
				buf_append(out, slash + 1,
					   norm.len - (size_t)(slash + 1 - norm.data));
			else
				buf_append(out, norm.data, norm.len);
		} else if (norm.len == 1 && norm.data[0] == '~') { /* dirname */
			buf_append(out, "/home", 5);
		} else if (slash) {
			buf_append(out, norm.data,
				   slash == norm.data ? 1 : (size_t)(slash - norm.data));
		} else {
			buf_append(out, ".", 1);
		}
		buf_free(&norm);
	}
	buf_free(&joined);
	return 0;
}

/* A member of an object literal folded: 0, and *s NULL when it is not
 * there; -1 when it is there and does not fold. */
static int member_dup(struct actx *c, TSNode o, const char *key, char **s, size_t *len, int depth)
{
	TSNode m = js_object_member(c, o, key, strlen(key), depth + 1);
	*s = NULL, *len = 0;
	if (ts_node_is_null(m))
		return 0;
	return (*s = fold_dup(c, m, depth + 1, len)) ? 0 : -1;
}

/* path.format({ dir, root, base, name, ext }) as Node's posix one: dir (or
 * root), a '/' unless dir is the root, then base (or name + ext). */
static int fold_path_format(struct actx *c, TSNode arg, struct buf *out, int depth)
{
	static const char *const keys[] = {"dir", "root", "base", "name", "ext"};
	TSNode o = js_bound_literal(c, arg, "object", 'o', depth + 1);
	char *v[5] = {0};
	size_t len[5] = {0};
	int ret = ts_node_is_null(o) ? -1 : 0;

	for (int i = 0; i < 5 && ret == 0; i++)
		ret = member_dup(c, o, keys[i], &v[i], &len[i], depth);
	if (ret == 0) {
		int d = v[0] ? 0 : 1; /* dir, else root */
		if (v[d])
			buf_append(out, v[d], len[d]);
		if (v[0] && !(v[1] && len[0] == len[1] && memcmp(v[0], v[1], len[0]) == 0))
			buf_append(out, "/", 1);
		if (v[2])
			buf_append(out, v[2], len[2]);
		else {
			if (v[3])
				buf_append(out, v[3], len[3]);
			if (v[4])
				buf_append(out, v[4], len[4]);
		}
	}
	for (int i = 0; i < 5; i++)
		free(v[i]);
	return ret;
}

/* path.join(os.homedir(), '..'), path.posix.resolve(...): each argument
 * folded (a spread, each element of its list by `list`), then the path as
 * Node computes it (js_fold_path); path.format
 * of an object literal. */
int js_fold_path_call(struct actx *c, TSNode call, const char *name,
		      int (*list)(struct actx *c, TSNode n, struct slist *out, int depth),
		      struct buf *out, int depth)
{
	const char *how = name + 5;
	TSNode all = js_field(call, F_arguments), a;
	uint32_t k = node_is(all, "arguments") ? ts_node_named_child_count(all) : 0;
	struct slist args = {0};
	int ret = 0;

	if (strncmp(how, "posix.", 6) == 0)
		how += 6;
	if (strcmp(how, "format") == 0)
		return fold_path_format(c, js_arg_at(call, 0), out, depth);
	for (uint32_t i = 0; ret == 0 && i < k; i++) {
		size_t len;
		if (node_is(a = ts_node_named_child(all, i), "comment"))
			continue;
		if (node_is(a, "spread_element")) {
			/* path.resolve(...parts): each element of the list */
			if (list(c, ts_node_named_child(a, 0), &args, depth + 1) < 0 || args.n >= 64)
				ret = -1;
			continue;
		}
		char *s = fold_dup(c, a, depth + 1, &len);
		if (!s || args.n >= 64)
			ret = -1;
		else
			js_slist_push(&args, s, len);
		free(s);
	}
	if (ret == 0)
		ret = js_fold_path(how, &args, out);
	js_slist_free(&args);
	return ret;
}

int js_fold_parsed_path(struct actx *c, TSNode obj, const char *key, size_t klen, struct buf *out,
			int depth)
{
	const char *how = klen == 3 && memcmp(key, "dir", 3) == 0    ? "dirname"
			  : klen == 4 && memcmp(key, "base", 4) == 0 ? "basename"
								     : NULL;
	TSNode call = obj;
	struct names ns = {0};
	bool parse;

	if (!how)
		return -1;
	if (node_is(obj, "identifier"))
		call = js_bound_literal(c, obj, "call_expression", 'o', depth + 1);
	if (!node_is(call, "call_expression") || ts_node_is_null(js_arg_at(call, 0)) ||
	    !ts_node_is_null(js_arg_at(call, 1)))
		return -1;
	js_resolve(c, js_field(call, F_function), &ns, depth + 1);
	parse = js_any_name(&ns, "path.parse") || js_any_name(&ns, "path.posix.parse");
	names_free(&ns);
	if (!parse)
		return -1;
	size_t len;
	char *s = fold_dup(c, js_arg_at(call, 0), depth + 1, &len);
	if (!s)
		return -1;
	struct slist args = {0};
	js_slist_push(&args, s, len);
	free(s);
	int ret = js_fold_path(how, &args, out);
	js_slist_free(&args);
	return ret;
}

/* The one `throw` under n outside nested functions and try statements
 * (*count how many there are). */
static void one_throw(TSNode n, TSNode *found, int *count, int walk)
{
	if (walk > 400 || *count > 1)
		return;
	if (node_is(n, "throw_statement")) {
		*found = ts_node_named_child(n, 0);
		++*count;
		return;
	}
	if (walk > 0 && (js_type_is_any(n, js_function_types) || node_is(n, "try_statement") ||
			 node_is(n, "class_declaration") || node_is(n, "class")))
		return;
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		one_throw(ts_node_named_child(n, i), found, count, walk + 1);
}

/* The error obj is: new E(m) itself (E a name ending in Error), a name
 * bound to one, or a catch clause's parameter whose try block throws one
 * value, that error or a name bound to it. */
static TSNode made_error(struct actx *c, TSNode obj, int depth)
{
	TSNode made = obj, up;

	if (node_is(obj, "call_expression")) /* failure().message */
		made = js_bound_literal(c, obj, "new_expression", 'e', depth + 1);
	if (node_is(obj, "identifier")) {
		made = js_bound_literal(c, obj, "new_expression", 'e', depth + 1);
		for (up = ts_node_parent(obj); ts_node_is_null(made) && !ts_node_is_null(up);
		     up = ts_node_parent(up)) {
			TSNode p = js_field(up, F_parameter);
			if (!node_is(up, "catch_clause") || !node_is(p, "identifier"))
				continue;
			if (js_same_text(c, p, obj)) {
				TSNode thrown = {0};
				int count = 0;
				one_throw(js_field(ts_node_parent(up), F_body), &thrown, &count, 0);
				if (count == 1 && node_is(thrown, "identifier"))
					thrown = js_bound_literal(c, thrown, "new_expression", 'e',
								  depth + 1);
				made = count == 1 ? thrown : (TSNode){0};
				break;
			}
		}
	}
	if (!node_is(made, "new_expression"))
		return (TSNode){0};
	TSNode ctor = js_field(made, F_constructor);
	if (!node_is(ctor, "identifier") || node_len(ctor) < 5 ||
	    memcmp(node_src(c, ctor) + node_len(ctor) - 5, "Error", 5) != 0 ||
	    !ts_node_is_null(js_arg_at(made, 1)))
		return (TSNode){0};
	return made;
}

/* The key k of Object.defineProperty(err, k, ...) folds to 'message'. */
static bool defines_message(struct actx *c, TSNode k)
{
	size_t len;
	char *v = fold_dup(c, k, 1, &len);
	bool hit = v && len == 7 && memcmp(v, "message", 7) == 0;
	free(v);
	return hit;
}

/* obj.message = v under n (obj a name): *count how many, *found the last */
static void message_stores(struct actx *c, TSNode n, TSNode obj, TSNode *found, int *count,
			   int walk)
{
	if (walk > 400 || *count > 1 || !actx_step(c))
		return;
	if (node_is(n, "assignment_expression")) {
		TSNode l = js_field(n, F_left);
		if (node_is(l, "member_expression") &&
		    node_text_is(c, js_field(l, F_property), "message") &&
		    js_same_text(c, js_field(l, F_object), obj)) {
			*found = js_field(n, F_right);
			++*count;
		}
	} else if (node_is(n, "call_expression") &&
		   (node_text_is(c, js_field(n, F_function), "Object.defineProperty") ||
		    node_text_is(c, js_field(n, F_function), "Reflect.defineProperty")) &&
		   js_same_text(c, js_arg_at(n, 0), obj) && defines_message(c, js_arg_at(n, 1))) {
		/* Object.defineProperty(err, 'message', { value: v }); a getter
		 * or a descriptor held elsewhere leaves the message unknown */
		TSNode d = js_arg_at(n, 2);
		*found = node_is(d, "object") ? js_object_member(c, d, "value", 5, 0) : (TSNode){0};
		*count += ts_node_is_null(*found) ? 2 : 1;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		message_stores(c, ts_node_named_child(n, i), obj, found, count, walk + 1);
}

/* The message of the error made: m of new E(m), or the one value the
 * program assigns to obj.message after (a null node when more than one) */
static TSNode error_message(struct actx *c, TSNode obj, TSNode made)
{
	TSNode set = {0};
	int count = 0;
	if (node_is(obj, "identifier"))
		message_stores(c, js_root_of(obj), obj, &set, &count, 0);
	TSNode decl = ts_node_is_null(made) ? made : ts_node_parent(made), name = {0};
	if (node_is(decl, "variable_declarator"))
		name = js_field(decl, F_name);
	if (node_is(name, "identifier") &&
	    !js_same_text(c, name, obj)) /* const p = new Error(m); ... throw p: catch (e) */
		message_stores(c, js_root_of(name), name, &set, &count, 0);
	if (count > 1)
		return (TSNode){0};
	return count == 1 ? set : js_arg_at(made, 0);
}

int js_fold_error_text(struct actx *c, TSNode obj, TSNode prop, struct buf *out, int depth)
{
	bool stack = node_text_is(c, prop, "stack");
	if (!stack && !node_text_is(c, prop, "message"))
		return -1;
	TSNode made = made_error(c, obj, depth);
	if (ts_node_is_null(made))
		return -1;
	/* the stack is made with the error; the message may be set later */
	TSNode m = stack ? js_arg_at(made, 0) : error_message(c, obj, made),
	       ctor = js_field(made, F_constructor);
	size_t len = 0;
	if (!stack && ts_node_is_null(m) && !ts_node_is_null(js_arg_at(made, 0)))
		return -1;
	char *s = ts_node_is_null(m) ? xstrdup("") : fold_dup(c, m, depth + 1, &len);
	if (!s)
		return -1;
	if (stack) {
		buf_append(out, node_src(c, ctor), node_len(ctor));
		if (len > 0)
			buf_append(out, ": ", 2);
	}
	buf_append(out, s, len);
	if (stack) /* where it was made: not known */
		buf_append(out, "\n    at <anonymous>", 20);
	free(s);
	return 0;
}

int js_fold_error_string(struct actx *c, TSNode obj, struct buf *out, int depth)
{
	TSNode made = made_error(c, obj, depth);
	if (ts_node_is_null(made))
		return -1;
	TSNode m = error_message(c, obj, made), ctor = js_field(made, F_constructor);
	size_t len = 0;
	if (ts_node_is_null(m) && !ts_node_is_null(js_arg_at(made, 0)))
		return -1;
	char *s = ts_node_is_null(m) ? xstrdup("") : fold_dup(c, m, depth + 1, &len);
	if (!s)
		return -1;
	buf_append(out, node_src(c, ctor), node_len(ctor));
	if (len > 0)
		buf_append(out, ": ", 2);
	buf_append(out, s, len);
	free(s);
	return 0;
}

int js_file_url_of(struct actx *c, TSNode n, TSNode *arg, struct buf *path, int depth)
{
	TSNode fn = js_field(n, node_is(n, "new_expression") ? F_constructor : F_function);
	struct names ns = {0};
	int how = 0;

	if (ts_node_is_null(js_arg_at(n, 0)) || !ts_node_is_null(js_arg_at(n, 1)))
		return 0;
	js_resolve(c, fn, &ns, depth + 1);
	if (js_any_name(&ns, "url.pathToFileURL")) {
		*arg = js_arg_at(n, 0);
		how = 1;
	} else if ((js_any_name(&ns, "global.URL") || js_any_name(&ns, "url.URL")) &&
		   js_fold_file_url(c, n, path, depth) == 0) {
		how = 2;
	}
	names_free(&ns);
	return how;
}

/* fs.opendirSync(p).path, (await fs.promises.opendir(p)).path, or that of
 * a name bound to either: the Dir's path is the p it was opened with (a
 * null node when obj is no such directory). */
TSNode js_opened_dir(struct actx *c, TSNode obj, int depth)
{
	struct names ns = {0};
	TSNode call = obj;
	bool dir;

	if (node_is(obj, "identifier")) {
		call = js_bound_literal(c, obj, "call_expression", 'o', depth + 1);
		if (ts_node_is_null(call))
			call = js_bound_literal(c, obj, "await_expression", 'o', depth + 1);
	}
	while (node_is(call, "parenthesized_expression") || node_is(call, "await_expression"))
		call = js_last_named(call);
	if (!node_is(call, "call_expression") || ts_node_is_null(js_arg_at(call, 0)))
		return (TSNode){0};
	js_resolve(c, js_field(call, F_function), &ns, depth + 1);
	dir = js_any_name(&ns, "fs.opendirSync") || js_any_name(&ns, "fs.promises.opendir");
	names_free(&ns);
	return dir ? js_arg_at(call, 0) : (TSNode){0};
}
