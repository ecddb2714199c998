/*
 * The program as its interpreter reads it. The grammars read bytes; the
 * interpreters first decode them and split them into lines, each by its
 * own rules, and a program written to exploit the difference would show
 * the analysis one program and run another (`# c\rimport os` is a comment
 * to a grammar and an import to CPython). So before the parse the text is
 * made what the interpreter reads, and after it what the interpreter
 * would name differently is rewritten and parsed again:
 *
 * Python (CPython's tokenizer): a UTF-8 byte-order mark is dropped; CR LF
 *   and a lone CR end a line (both become LF); a PEP 263 coding cookie in
 *   the first two lines is honoured: UTF-8, Latin-1 and ASCII (and their
 *   aliases) are decoded, any other encoding, an unknown one, or a BOM
 *   that contradicts the cookie is the finding py-encoding (high): the
 *   interpreter would read other characters than the analysis. Names are
 *   NFKC-normalised (PEP 3131: `ｏｓ.ｓｙｓｔｅｍ` is os.system).
 * JavaScript (V8, Node's CommonJS): a BOM is dropped; CR LF and CR end a
 *   line, and so do U+2028 and U+2029 outside string literals; `<!--`
 *   starts a comment to the end of the line anywhere (Annex B; the grammar
 *   knows it only where a statement starts); escapes in names are decoded
 *   (`\u0065val` is eval).
 * Bash: NUL bytes are dropped, as bash drops them; CR, VT and FF are not
 *   blanks to bash but part of words (`echo a\r# $(cmd)` runs cmd), so
 *   they become U+FFFD, which the grammar too reads as part of a word.
 *
 * Lines keep their numbers as the interpreter counts them; columns count
 * characters of the text analysed.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

#include "common/utf8.h"
#include "policy/analyze_internal.h"
#include "policy/python.h"
#include "policy/source_fix.h"

static const struct source_rule source_rules[] = {
    {"python", "py-encoding", SEV_HIGH,
     "declares a source encoding the analysis cannot read (PEP 263 coding cookie other than "
     "UTF-8, Latin-1 or ASCII, or one that contradicts the byte-order mark): the "
     "interpreter would read other code than was analysed"},
    /* analyze.c: a program that reads the whole environment and talks to
     * the network (findings *-env-dump and *-network or the like) */
    {"python", "py-env-exfil", SEV_HIGH,
     "reads the whole environment and talks to the network: the environment, where secrets "
     "are, can be sent out"},
    {"javascript", "js-env-exfil", SEV_HIGH,
     "reads the whole environment and talks to the network: the environment, where secrets "
     "are, can be sent out"},
    {"bash", "sh-env-exfil", SEV_HIGH,
     "reads the whole environment and talks to the network: the environment, where secrets "
     "are, can be sent out"},
};

const struct source_rule *source_rule_at(size_t i)
{
	return i < ARRAY_SIZE(source_rules) ? &source_rules[i] : NULL;
}

static void add_source_finding(struct findings *out, const char *lang, const char *id,
			       unsigned line, const char *text, size_t tlen, const char *detail)
{
	const struct source_rule *r = NULL;
	char msg[600];

	for (size_t i = 0; i < ARRAY_SIZE(source_rules); i++)
		if (strcmp(source_rules[i].lang, lang) == 0 && strcmp(source_rules[i].id, id) == 0)
			r = &source_rules[i];
	if (r == NULL)
		return;
	snprintf(msg, sizeof(msg), "%s (%s)", r->message, detail);
	if (tlen > 160)
		tlen = 160;
	out->v = xrealloc(out->v, (out->n + 1) * sizeof(*out->v));
	out->v[out->n++] = (struct finding){
	    .rule = xstrdup(r->id),
	    .severity = r->sev,
	    .line = line,
	    .column = 1,
	    .text = utf8_sanitize(text, tlen, NULL),
	    .message = xstrdup(msg),
	};
}

/* ---- Python: PEP 263, as CPython's tokenizer reads it ---- */

enum py_encoding { PY_UTF8, PY_LATIN1, PY_ASCII, PY_OTHER };

/* CPython's get_normal_name: the first 12 characters, '_' as '-',
 * lowercase; "utf-8" and "utf-8-..." are UTF-8 without a codec lookup. */
static enum py_encoding py_normal_name(const char *name)
{
	char b[13];
	size_t i;

	for (i = 0; i < 12 && name[i]; i++)
		b[i] = name[i] == '_'
			   ? '-'
			   : (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
	b[i] = 0;
	if (strcmp(b, "utf-8") == 0 || strncmp(b, "utf-8-", 6) == 0)
		return PY_UTF8;
	if (strcmp(b, "latin-1") == 0 || strcmp(b, "iso-8859-1") == 0 ||
	    strcmp(b, "iso-latin-1") == 0 || strncmp(b, "latin-1-", 8) == 0 ||
	    strncmp(b, "iso-8859-1-", 11) == 0 || strncmp(b, "iso-latin-1-", 12) == 0)
		return PY_LATIN1;
	return PY_OTHER;
}

/* The codec a name looks up (Python's encodings.normalize_encoding, then
 * its aliases), among the three the analysis can read. */
static enum py_encoding py_codec(const char *name)
{
	static const struct {
		const char *alias;
		enum py_encoding enc;
	} known[] = {
	    {"utf_8", PY_UTF8},
	    {"cp65001", PY_UTF8},
	    {"u8", PY_UTF8},
	    {"utf", PY_UTF8},
	    {"utf8", PY_UTF8},
	    {"utf8_ucs2", PY_UTF8},
	    {"utf8_ucs4", PY_UTF8},
	    {"latin_1", PY_LATIN1},
	    {"8859", PY_LATIN1},
	    {"cp819", PY_LATIN1},
	    {"csisolatin1", PY_LATIN1},
	    {"ibm819", PY_LATIN1},
	    {"iso8859", PY_LATIN1},
	    {"iso8859_1", PY_LATIN1},
	    {"iso_8859_1", PY_LATIN1},
	    {"iso_8859_1_1987", PY_LATIN1},
	    {"iso_ir_100", PY_LATIN1},
	    {"l1", PY_LATIN1},
	    {"latin", PY_LATIN1},
	    {"latin1", PY_LATIN1},
	    {"ascii", PY_ASCII},
	    {"646", PY_ASCII},
	    {"ansi_x3.4_1968", PY_ASCII},
	    {"ansi_x3.4_1986", PY_ASCII},
	    {"ansi_x3_4_1968", PY_ASCII},
	    {"cp367", PY_ASCII},
	    {"csascii", PY_ASCII},
	    {"ibm367", PY_ASCII},
	    {"iso646_us", PY_ASCII},
	    {"iso_646.irv_1991", PY_ASCII},
	    {"iso_ir_6", PY_ASCII},
	    {"us", PY_ASCII},
	    {"us_ascii", PY_ASCII},
	};
	char norm[64], dots[64];
	size_t n = 0;
	bool punct = false;

	for (const char *p = name; *p && n + 2 < sizeof(norm); p++) {
		char ch = *p >= 'A' && *p <= 'Z' ? (char)(*p + 32) : *p;
		bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
		if (alnum || ch == '.') {
			if (punct && n > 0)
				norm[n++] = '_';
			norm[n++] = ch;
			punct = false;
		} else {
			punct = true;
		}
	}
	norm[n] = 0;
	memcpy(dots, norm, n + 1);
	for (size_t i = 0; i < n; i++)
		if (dots[i] == '.')
			dots[i] = '_';
	for (size_t i = 0; i < ARRAY_SIZE(known); i++)
		if (strcmp(norm, known[i].alias) == 0 || strcmp(dots, known[i].alias) == 0)
			return known[i].enc;
	return PY_OTHER;
}

/* CPython's get_coding_spec on one line: the cookie's name into name, 1
 * when there is one; 0 when there is none and the line holds only blanks
 * and a comment (the next line may have it); -1 when the line holds code
 * (no cookie after it). */
static int py_cookie(const char *s, size_t size, char *name, size_t name_size)
{
	size_t i;

	for (i = 0; i + 6 < size; i++) {
		if (s[i] == '#')
			break;
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f')
			return -1;
	}
	for (; i + 6 < size; i++) {
		const char *t = s + i;
		if (memcmp(t, "coding", 6) != 0)
			continue;
		t += 6;
		if (*t != ':' && *t != '=')
			continue;
		do
			t++;
		while (t < s + size && (*t == ' ' || *t == '\t'));
		const char *begin = t;
		while (t < s + size &&
		       ((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z') ||
			(*t >= '0' && *t <= '9') || *t == '-' || *t == '_' || *t == '.'))
			t++;
		if (t > begin) {
			size_t n = (size_t)(t - begin) < name_size - 1 ? (size_t)(t - begin)
								       : name_size - 1;
			memcpy(name, begin, n);
			name[n] = 0;
			return 1;
		}
	}
	/* a line of blanks, or of blanks and a comment */
	for (i = 0; i < size; i++) {
		if (s[i] == '#' || s[i] == '\n')
			break;
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f')
			return -1;
	}
	return 0;
}

static void python_decode(const char *code, size_t len, struct buf *out, struct findings *f)
{
	static const char bom[] = "\xef\xbb\xbf";
	bool has_bom = len >= 3 && memcmp(code, bom, 3) == 0;
	struct buf lf = {0};
	char name[64];
	enum py_encoding enc = PY_UTF8;

	if (has_bom)
		code += 3, len -= 3;
	/* CR LF and CR end a line (universal newlines) */
	for (size_t i = 0; i < len; i++) {
		if (code[i] != '\r') {
			size_t run = i;
			while (run < len && code[run] != '\r')
				run++;
			buf_append(&lf, code + i, run - i);
			i = run - 1;
			continue;
		}
		buf_append(&lf, "\n", 1);
		if (i + 1 < len && code[i + 1] == '\n')
			i++;
	}
	buf_append(&lf, "", 1);
	lf.len--;
	/* the cookie: line 1, or line 2 after a line of blanks or a comment */
	const char *line = lf.data;
	for (unsigned ln = 1; ln <= 2 && line < lf.data + lf.len; ln++) {
		const char *nl = memchr(line, '\n', lf.len - (size_t)(line - lf.data));
		size_t size = nl ? (size_t)(nl - line) + 1 : lf.len - (size_t)(line - lf.data);
		int r = py_cookie(line, size, name, sizeof(name));
		if (r == 1) {
			char detail[128];
			enc = py_normal_name(name);
			if (enc == PY_OTHER)
				enc = py_codec(name);
			if (enc == PY_OTHER) {
				snprintf(detail, sizeof(detail), "coding: %s", name);
				add_source_finding(f, "python", "py-encoding", ln, line,
						   nl ? (size_t)(nl - line) : size, detail);
			} else if (has_bom && enc != PY_UTF8) {
				snprintf(detail, sizeof(detail),
					 "coding: %s after a UTF-8 byte-order mark", name);
				add_source_finding(f, "python", "py-encoding", ln, line,
						   nl ? (size_t)(nl - line) : size, detail);
			}
			break;
		}
		if (r < 0 || nl == NULL)
			break;
		line = nl + 1;
	}
	if (enc != PY_LATIN1) {
		*out = lf;
		return;
	}
	/* Latin-1: every byte is the code point of its value */
	for (size_t i = 0; i < lf.len; i++) {
		unsigned char ch = (unsigned char)lf.data[i];
		if (ch < 0x80) {
			buf_append(out, &lf.data[i], 1);
		} else {
			char two[2] = {(char)(0xc0 | ch >> 6), (char)(0x80 | (ch & 0x3f))};
			buf_append(out, two, 2);
		}
	}
	buf_free(&lf);
}

/* ---- JavaScript and Bash before the parse ---- */

static void javascript_decode(const char *code, size_t len, struct buf *out)
{
	if (len >= 3 && memcmp(code, "\xef\xbb\xbf", 3) == 0)
		code += 3, len -= 3;
	for (size_t i = 0; i < len; i++) {
		if (code[i] == '\r') {
			buf_append(out, "\n", 1);
			if (i + 1 < len && code[i + 1] == '\n')
				i++;
		} else {
			size_t run = i;
			while (run < len && code[run] != '\r')
				run++;
			buf_append(out, code + i, run - i);
			i = run - 1;
		}
	}
}

static void bash_decode(const char *code, size_t len, struct buf *out)
{
	for (size_t i = 0; i < len; i++) {
		char ch = code[i];
		if (ch == 0)
			continue;
		if (ch == '\r' || ch == '\v' || ch == '\f')
			buf_append(out, "\xef\xbf\xbd", 3);
		else
			buf_append(out, &ch, 1);
	}
}

int source_decode(const struct lang_ops *ops, const char *code, size_t len, char **text,
		  size_t *text_len, struct findings *out)
{
	struct buf b = {0};
	const char *name = ops->name;

	*text = NULL;
	if (strcmp(name, "python") == 0) {
		if (memchr(code, '\r', len) == NULL &&
		    !(len >= 3 && (unsigned char)code[0] == 0xef) &&
		    memmem(code, len < 512 ? len : 512, "coding", 6) == NULL)
			return 0;
		python_decode(code, len, &b, out);
	} else if (strcmp(name, "javascript") == 0) {
		if (memchr(code, '\r', len) == NULL &&
		    !(len >= 3 && (unsigned char)code[0] == 0xef))
			return 0;
		javascript_decode(code, len, &b);
	} else if (strcmp(name, "bash") == 0) {
		if (memchr(code, '\r', len) == NULL && memchr(code, '\v', len) == NULL &&
		    memchr(code, '\f', len) == NULL && memchr(code, 0, len) == NULL)
			return 0;
		bash_decode(code, len, &b);
	} else {
		return 0;
	}
	buf_append(&b, "", 1);
	*text = b.data;
	*text_len = b.len - 1;
	return 0;
}

/* ---- after the parse: what the interpreter names otherwise ---- */

/* NFKC of a Python name (PEP 3131), or NULL when it is already. */
static char *python_name(const char *s, size_t len)
{
	bool ascii = true;
	for (size_t i = 0; i < len && ascii; i++)
		ascii = (unsigned char)s[i] < 0x80;
	if (ascii)
		return NULL;
	utf8proc_uint8_t *norm = NULL;
	utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &norm,
					  UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
	if (n < 0 || ((size_t)n == len && memcmp(norm, s, len) == 0)) {
		free(norm);
		return NULL;
	}
	return (char *)norm;
}

/* A JavaScript name with its \uXXXX and \u{X...} escapes decoded, or
 * NULL when it has none. */
static char *javascript_name(const char *s, size_t len)
{
	struct buf b = {0};

	if (memchr(s, '\\', len) == NULL)
		return NULL;
	for (size_t i = 0; i < len; i++) {
		unsigned long cp = 0;
		size_t j = i + 2;
		if (s[i] != '\\' || i + 1 >= len || s[i + 1] != 'u') {
			buf_append(&b, &s[i], 1);
			continue;
		}
		if (j < len && s[j] == '{') {
			for (j++;
			     j < len && s[j] != '}' && fold_hex_digit(s[j]) >= 0 && cp <= 0x10ffff;
			     j++)
				cp = cp * 16 + (unsigned long)fold_hex_digit(s[j]);
			if (j >= len || s[j] != '}') {
				buf_append(&b, &s[i], 1);
				continue;
			}
			i = j;
		} else {
			for (; j < i + 6 && j < len && fold_hex_digit(s[j]) >= 0; j++)
				cp = cp * 16 + (unsigned long)fold_hex_digit(s[j]);
			if (j != i + 6) {
				buf_append(&b, &s[i], 1);
				continue;
			}
			i = j - 1;
		}
		fold_put_utf8(&b, cp);
	}
	buf_append(&b, "", 1);
	return b.data;
}

/* o['name'] is o.name (o?.['name'] is o?.name) when the key is a plain
 * name: one spelling for every reader of member expressions. */
static void javascript_subscript(const char *src, TSNode n, struct edits *e)
{
	TSNode key = node_field(n, "index"), open = {0}, close = {0};
	uint32_t ks = ts_node_start_byte(key), ke = ts_node_end_byte(key);
	bool chain = false;

	if (ts_node_is_null(key) || strcmp(ts_node_type(key), "string") != 0 || ke - ks < 3)
		return;
	/* 1['toString'] is not 1.toString */
	if (strcmp(ts_node_type(node_field(n, "object")), "number") == 0)
		return;
	for (uint32_t i = 1; i + 1 < ke - ks; i++) {
		char ch = src[ks + i];
		if (!(ch == '_' || ch == '$' || (ch >= 'a' && ch <= 'z') ||
		      (ch >= 'A' && ch <= 'Z') || (i > 1 && ch >= '0' && ch <= '9')))
			return;
	}
	for (uint32_t i = 0; i < ts_node_child_count(n); i++) {
		TSNode ch = ts_node_child(n, i);
		const char *t = ts_node_type(ch);
		if (strcmp(t, "optional_chain") == 0)
			chain = true;
		else if (strcmp(t, "[") == 0 && ts_node_is_null(open))
			open = ch;
		else if (strcmp(t, "]") == 0)
			close = ch;
	}
	if (ts_node_is_null(open) || ts_node_is_null(close))
		return;
	struct buf b = {0};
	if (!chain)
		buf_append(&b, ".", 1);
	buf_append(&b, src + ks + 1, ke - ks - 2);
	/* padded to the length it replaces: what follows on the line keeps
	 * its column in the findings (o.name   (x) is o.name(x)) */
	while (b.len < ts_node_end_byte(close) - ts_node_start_byte(open))
		buf_append(&b, " ", 1);
	buf_append(&b, "", 1);
	edit_add(e, ts_node_start_byte(open), ts_node_end_byte(close), b.data);
}

/* What f.call(t, ...) may drop of its first argument: a value without
 * effects or escapes (a name, this, a literal, a chain of names). */
static bool plain_this(const char *src, TSNode n)
{
	const char *t = ts_node_type(n);
	uint32_t s = ts_node_start_byte(n), end = ts_node_end_byte(n);

	if (memchr(src + s, '\\', end - s) != NULL)
		return false;
	if (strcmp(t, "member_expression") == 0)
		return ts_node_child_count(n) == 3 &&
		       plain_this(src, node_field(n, "object"));
	return strcmp(t, "identifier") == 0 || strcmp(t, "this") == 0 || strcmp(t, "null") == 0 ||
	       strcmp(t, "undefined") == 0 || strcmp(t, "number") == 0 || strcmp(t, "string") == 0;
}

/* A name or a chain of names (fs.promises.rm). */
static bool plain_chain(TSNode n)
{
	const char *t = ts_node_type(n);

	if (strcmp(t, "member_expression") == 0)
		return ts_node_child_count(n) == 3 && plain_chain(node_field(n, "object"));
	return strcmp(t, "identifier") == 0;
}

/* g of ({ f: g }).f, an object literal made to pick the one member it
 * holds, where g is a name or a chain of names; else a null node. */
static TSNode picked_value(const char *src, TSNode n)
{
	TSNode obj = node_field(n, "object"), prop = node_field(n, "property"), o, pair, key, val;

	if (strcmp(ts_node_type(n), "member_expression") != 0 ||
	    strcmp(ts_node_type(obj), "parenthesized_expression") != 0 ||
	    ts_node_named_child_count(obj) != 1 ||
	    strcmp(ts_node_type(o = ts_node_named_child(obj, 0)), "object") != 0 ||
	    ts_node_named_child_count(o) != 1 ||
	    strcmp(ts_node_type(pair = ts_node_named_child(o, 0)), "pair") != 0 ||
	    strcmp(ts_node_type(prop), "property_identifier") != 0)
		return (TSNode){0};
	key = node_field(pair, "key");
	val = node_field(pair, "value");
	uint32_t ks = ts_node_start_byte(key), kl = ts_node_end_byte(key) - ks,
		 ps = ts_node_start_byte(prop), pl = ts_node_end_byte(prop) - ps;
	if (strcmp(ts_node_type(key), "property_identifier") != 0 || kl != pl ||
	    memcmp(src + ks, src + ps, kl) != 0 || !plain_chain(val))
		return (TSNode){0};
	return val;
}

/* ({ f: g }).f is g (picked_value): padded with the lines it spanned. */
static void javascript_picked_member(const char *src, TSNode n, struct edits *e)
{
	TSNode val = picked_value(src, n);

	if (ts_node_is_null(val))
		return;
	uint32_t s = ts_node_start_byte(node_field(n, "object")),
		 end = ts_node_end_byte(node_field(n, "property")), vs = ts_node_start_byte(val),
		 ve = ts_node_end_byte(val);
	struct buf b = {0};
	buf_append(&b, src + vs, ve - vs);
	for (uint32_t i = s; i < end; i++)
		if (src[i] == '\n')
			buf_append(&b, "\n", 1);
	while (b.len < end - s)
		buf_append(&b, " ", 1);
	buf_append(&b, "", 1);
	edit_add(e, s, end, b.data);
}

/* f.call(t, a, b) is f(a, b) with t as its this: the call of f as every
 * reader of a call's arguments sees it, t kept after them. */
static void javascript_call(const char *src, TSNode n, struct edits *e)
{
	TSNode fn = ts_node_child(n, 0), args = ts_node_child(n, 1), prop, t, next = {0}, last;
	uint32_t i = 0, k, fe = ts_node_end_byte(fn);

	if (fe < 5 || memcmp(src + fe - 4, "call", 4) != 0 || ts_node_child_count(n) != 2 ||
	    strcmp(ts_node_type(fn), "member_expression") != 0 || ts_node_child_count(fn) != 3 ||
	    strcmp(ts_node_type(args), "arguments") != 0)
		return;
	prop = node_field(fn, "property");
	if (strcmp(ts_node_type(node_field(fn, "object")), "super") == 0)
		return;
	if (ts_node_end_byte(prop) - ts_node_start_byte(prop) != 4 ||
	    memcmp(src + ts_node_start_byte(prop), "call", 4) != 0)
		return;
	/* f.call.call(g, t, x), f.apply.call(g, ...): t is the function */
	TSNode inner = node_field(fn, "object");
	if (strcmp(ts_node_type(inner), "member_expression") == 0) {
		TSNode ip = node_field(inner, "property");
		uint32_t ps = ts_node_start_byte(ip), pl = ts_node_end_byte(ip) - ps;
		if ((pl == 4 &&
		     (memcmp(src + ps, "call", 4) == 0 || memcmp(src + ps, "bind", 4) == 0)) ||
		    (pl == 5 && memcmp(src + ps, "apply", 5) == 0))
			return;
	}
	for (k = ts_node_named_child_count(args); i < k; i++)
		if (strcmp(ts_node_type(ts_node_named_child(args, i)), "comment") != 0)
			break;
	if (i == k || !plain_this(src, t = ts_node_named_child(args, i)))
		return;
	for (i++; i < k; i++)
		if (strcmp(ts_node_type(ts_node_named_child(args, i)), "comment") != 0) {
			last = ts_node_named_child(args, i);
			if (ts_node_is_null(next))
				next = last;
		}
	/* f.call(t) says nothing of f's arguments */
	if (ts_node_is_null(next))
		return;
	uint32_t ts = ts_node_start_byte(t), te = ts_node_end_byte(t);
	edit_add(e, ts_node_start_byte(ts_node_child(fn, 1)), ts_node_end_byte(prop), xstrdup(""));
	edit_add(e, ts, ts_node_start_byte(next), xstrdup(""));
	/* where t is f's own this, the call is f's as written: o.m.call(o,
	 * a) is o.m(a), ({ f: o.m }).f.call(o, a) too, C.prototype.m.call(o,
	 * a) is o.m(a), and f.call(null, a), f.call(this, a) are f(a) */
	TSNode picked = picked_value(src, inner), f = ts_node_is_null(picked) ? inner : picked;
	const char *tt = ts_node_type(t);
	if (strcmp(tt, "null") == 0 || strcmp(tt, "undefined") == 0 || strcmp(tt, "this") == 0)
		return;
	if (strcmp(ts_node_type(f), "member_expression") == 0) {
		TSNode o = node_field(f, "object"), op = node_field(o, "property");
		uint32_t os = ts_node_start_byte(o), ol = ts_node_end_byte(o) - os;
		if (ol == te - ts && memcmp(src + os, src + ts, ol) == 0)
			return;
		if (f.id == inner.id && strcmp(ts_node_type(o), "member_expression") == 0 &&
		    ts_node_end_byte(op) - ts_node_start_byte(op) == 9 &&
		    memcmp(src + ts_node_start_byte(op), "prototype", 9) == 0 &&
		    memchr(src + os, '\n', ol) == NULL) {
			char *recv = xmalloc(te - ts + 1);
			memcpy(recv, src + ts, te - ts);
			recv[te - ts] = '\0';
			edit_add(e, os, os + ol, recv);
			return;
		}
	}
	/* else t moves to the end, where it is still seen: f(a, b, t) */
	char *moved = xmalloc(te - ts + 3);
	memcpy(moved, ", ", 2);
	memcpy(moved + 2, src + ts, te - ts);
	moved[te - ts + 2] = '\0';
	edit_add(e, ts_node_end_byte(last), ts_node_end_byte(last), moved);
}

/* Python's picks, identity calls and getattrs (python_picks.c) cut with this */
static void py_cut(void *e, uint32_t start, uint32_t end, const char *with)
{
	edit_add(e, start, end, xstrdup(with));
}

static bool is_name_type(const char *type)
{
	size_t n = strlen(type);
	return n >= 10 && strcmp(type + n - 10, "identifier") == 0;
}

/* Walks the leaves (and string literals, which it does not enter). */
static void collect(const struct lang_ops *ops, const char *src, size_t len, TSNode root,
		    struct edits *e, struct edits *strings, bool picks, struct py_picks *pk,
		    bool names)
{
	bool py = strcmp(ops->name, "python") == 0;
	TSTreeCursor cur = ts_tree_cursor_new(root);
	bool leaf, literal;

	do {
		TSNode n = ts_tree_cursor_current_node(&cur);
		const char *type = ts_node_type(n);
		uint32_t s = ts_node_start_byte(n), end = ts_node_end_byte(n);
		leaf = ts_node_child_count(n) == 0;
		literal =
		    !py && (strcmp(type, "string") == 0 || strcmp(type, "template_string") == 0);

		if (!py && strcmp(type, "subscript_expression") == 0)
			javascript_subscript(src, n, e);
		if (!py && strcmp(type, "call_expression") == 0)
			javascript_call(src, n, e);
		if (py && picks)
			python_picks(src, root, n, pk, py_cut, e);
		if (!py && picks && strcmp(type, "member_expression") == 0 &&
		    strcmp(ts_node_type(ts_node_child(n, 0)), "parenthesized_expression") == 0)
			javascript_picked_member(src, n, e);
		if (literal) {
			edit_add(strings, s, end, NULL);
		} else if (names && leaf && ts_node_is_named(n) && is_name_type(type)) {
			char *name =
			    py ? python_name(src + s, end - s) : javascript_name(src + s, end - s);
			if (name)
				edit_add(e, s, end, name);
		} else if (leaf && !py && strcmp(type, "<") == 0 && end + 3 <= len &&
			   memcmp(src + end, "!--", 3) == 0) {
			/* `<!--` in an expression: a comment to V8 */
			edit_add(e, s, end + 3, xstrdup("//  "));
		}
	} while (tree_next(&cur, !leaf && !literal));
	ts_tree_cursor_delete(&cur);
}

/* U+2028 and U+2029 end a line, outside string literals. */
static void line_separators(const char *src, size_t len, const struct edits *strings,
			    struct edits *e)
{
	size_t k = 0;

	for (const char *p = src; (p = memmem(p, len - (size_t)(p - src), "\xe2\x80", 2)) != NULL;
	     p += 2) {
		uint32_t at = (uint32_t)(p - src);
		if ((size_t)(p - src) + 2 >= len)
			break;
		if ((unsigned char)p[2] != 0xa8 && (unsigned char)p[2] != 0xa9)
			continue;
		while (k < strings->n && strings->v[k].end <= at)
			k++;
		if (k < strings->n && strings->v[k].start <= at)
			continue;
		edit_add(e, at, at + 3, xstrdup("\n"));
	}
}

char *source_fixup(const struct lang_ops *ops, const char *src, size_t len, TSNode root,
		   size_t *out_len)
{
	struct edits e = {0}, strings = {0};
	bool py = strcmp(ops->name, "python") == 0, names = true, picks = false;
	struct py_picks pk = {0};
	char *fixed = NULL;

	if (py) {
		size_t i;
		for (i = 0; i < len && (unsigned char)src[i] < 0x80; i++)
			;
		names = i < len; /* ASCII names are what NFKC makes them */
		picks = python_picks_scan(src, len, root, &pk);
		if (!names && !picks)
			return NULL;
	} else if (strcmp(ops->name, "javascript") == 0) {
		if (memchr(src, '\\', len) == NULL && memchr(src, '[', len) == NULL &&
		    memmem(src, len, "call", 4) == NULL && memmem(src, len, "<!--", 4) == NULL &&
		    memmem(src, len, "}).", 3) == NULL &&
		    memmem(src, len, "\xe2\x80\xa8", 3) == NULL &&
		    memmem(src, len, "\xe2\x80\xa9", 3) == NULL)
			return NULL;
	} else {
		return bash_fixup(src, len, root, out_len);
	}
	/* ({ f: g }).f: only where the source has one; Python's picks and
	 * identity calls, where a call's callee or an attribute's object is
	 * one */
	collect(ops, src, len, root, &e, &strings,
		py ? picks : memmem(src, len, "}).", 3) != NULL, &pk, names);
	if (!py)
		line_separators(src, len, &strings, &e);
	if (e.n > 0)
		fixed = apply_edits(src, len, &e, out_len);
	edits_free(&e);
	edits_free(&strings);
	return fixed;
}
