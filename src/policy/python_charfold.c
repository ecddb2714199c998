/*
 * Text spelled as character codes or through a translation table, folded
 * where every part is a constant (python_fold_codes, python_fold_translate):
 *
 *	"".join(map(chr, [47, 98, 105, 110]))        "/bin"
 *	"".join(chr(x) for x in CODES)                (CODES bound once to a list)
 *	bytes([126, 47]).decode(), bytearray(...)     "~/"
 *	"abc".translate(str.maketrans("abc", "/sh"))  "/sh"
 *
 * A code that is not an integer literal (range(97, 123), ord(c) + k, a
 * parameter), a table built at run time or a list that something changes
 * does not fold: the text is then unknown, as before.
 *
 * And a string literal's escapes (python_unescape): \n, \x41, \u0041, \101,
 * \N{LATIN SMALL LETTER A} for the names programs spell text with.
 */
#include <stdlib.h>
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

#define CODES_MAX 4096

/* The value of an integer literal (42, 0x2f, 0o57, 0b101, 1_000), or -1. */
static long int_literal(struct actx *c, TSNode n)
{
	char digits[64];
	size_t len = node_len(n), k = 0;
	const char *s = node_src(c, n);
	int base = 10;

	if (!node_is(n, "integer") || len == 0 || len >= sizeof(digits))
		return -1;
	if (len > 2 && s[0] == '0' && strchr("xXoObB", s[1])) {
		base = s[1] == 'x' || s[1] == 'X' ? 16 : s[1] == 'o' || s[1] == 'O' ? 8 : 2;
		s += 2, len -= 2;
	}
	for (size_t i = 0; i < len; i++)
		if (s[i] != '_')
			digits[k++] = s[i];
	digits[k] = '\0';
	char *end;
	long v = strtol(digits, &end, base);
	return *end == '\0' && k > 0 && v >= 0 && v <= 0x10ffff ? v : -1;
}

/* A list or tuple literal, or a name bound once (and never changed) to
 * one: the literal, else a null node. */
static TSNode literal_list(struct actx *c, TSNode n)
{
	if (node_is(n, "identifier")) {
		size_t i = 0, values = 0;
		const struct binding *b;
		TSNode v = {0};
		while ((b = actx_lookup(c, node_src(c, n), node_len(n), &i))) {
			if (b->kind != BIND_VALUE)
				return (TSNode){0};
			values++, v = b->value;
		}
		if (values != 1 || python_ambiguous(c, n))
			return (TSNode){0};
		n = v;
	}
	if (node_is(n, "parenthesized_expression"))
		n = ts_node_named_child(n, 0);
	return node_is(n, "list") || node_is(n, "tuple") ? n : (TSNode){0};
}

/* Every element of list n as an integer literal, into codes: their count,
 * or -1. */
static int list_codes(struct actx *c, TSNode n, long *codes)
{
	TSNode list = literal_list(c, n);
	uint32_t k = ts_node_is_null(list) ? 0 : ts_node_named_child_count(list);
	int got = 0;

	if (ts_node_is_null(list) || k > CODES_MAX)
		return -1;
	for (uint32_t i = 0; i < k; i++) {
		TSNode e = ts_node_named_child(list, i);
		if (node_is(e, "comment"))
			continue;
		if ((codes[got++] = int_literal(c, e)) < 0)
			return -1;
	}
	return got;
}

static bool resolves_to(struct actx *c, TSNode n, const char *name)
{
	struct names ns = {0};
	bool hit = false;

	c->ops->resolve(c, n, &ns, 0);
	for (int i = 0; i < ns.n && !hit; i++)
		hit = strcmp(ns.v[i], name) == 0;
	names_free(&ns);
	return hit;
}

/* The builtin map: the name map, which the program does not bind. */
static bool is_map(struct actx *c, TSNode n)
{
	size_t i = 0;

	return node_is(n, "identifier") && node_len(n) == 3 &&
	       memcmp(node_src(c, n), "map", 3) == 0 && actx_lookup(c, "map", 3, &i) == NULL;
}

/* The positional arguments of a call, up to max: their count. */
static uint32_t call_args(TSNode call, TSNode *out, uint32_t max)
{
	TSNode args = node_field(call, "arguments");
	uint32_t k = ts_node_named_child_count(args), got = 0;

	for (uint32_t i = 0; i < k; i++) {
		TSNode a = ts_node_named_child(args, i);
		if (node_is(a, "comment"))
			continue;
		if (node_is(a, "keyword_argument") || node_is(a, "list_splat") ||
		    node_is(a, "dictionary_splat") || got == max)
			return max + 1;
		out[got++] = a;
	}
	return got;
}

int python_fold_codes(struct actx *c, TSNode n, bool bytes, struct buf *out)
{
	long *codes = malloc(CODES_MAX * sizeof(*codes));
	TSNode list = {0}, a[2];
	int count = -1;

	if (codes == NULL)
		return -1;
	if (bytes) {
		list = n; /* bytes([47, 98]) */
	} else if (node_is(n, "call") && call_args(n, a, 2) == 2 &&
		   is_map(c, node_field(n, "function")) && resolves_to(c, a[0], "builtins.chr")) {
		list = a[1]; /* map(chr, [47, 98]) */
	} else if (node_is(n, "generator_expression") || node_is(n, "list_comprehension")) {
		/* chr(x) for x in [47, 98]: one loop, no filter, chr of its name */
		TSNode body = node_field(n, "body"), loop = ts_node_named_child(n, 1);
		TSNode var = node_field(loop, "left");
		if (ts_node_named_child_count(n) == 2 && node_is(loop, "for_in_clause") &&
		    node_is(body, "call") && call_args(body, a, 1) == 1 &&
		    node_is(var, "identifier") && node_is(a[0], "identifier") &&
		    node_len(var) == node_len(a[0]) &&
		    memcmp(node_src(c, var), node_src(c, a[0]), node_len(var)) == 0 &&
		    resolves_to(c, node_field(body, "function"), "builtins.chr"))
			list = node_field(loop, "right");
	}
	if (!ts_node_is_null(list))
		count = list_codes(c, list, codes);
	for (int i = 0; i < count; i++) {
		if (bytes && codes[i] > 255) {
			count = -1;
			break;
		}
		if (bytes)
			buf_append(out, &(char){(char)codes[i]}, 1);
		else
			fold_put_utf8(out, (unsigned long)codes[i]);
	}
	free(codes);
	return count < 0 ? -1 : 0;
}

/* str.maketrans("abc", "xyz"[, "del"]), "".maketrans(...) or
 * bytes.maketrans(b"abc", b"xyz"), directly or through a name bound once:
 * its two (or three) strings, folded. */
static int maketrans(struct actx *c, TSNode n, char **from, size_t *flen, char **to, size_t *tlen,
		     char **del, size_t *dlen, int depth)
{
	TSNode a[3], fn;
	uint32_t k;

	if (node_is(n, "identifier")) {
		TSNode list = {0};
		size_t i = 0, values = 0;
		const struct binding *b;
		while ((b = actx_lookup(c, node_src(c, n), node_len(n), &i))) {
			if (b->kind != BIND_VALUE)
				return -1;
			values++, list = b->value;
		}
		if (values != 1)
			return -1;
		n = list;
	}
	fn = node_field(n, "function");
	if (!node_is(n, "call") || !node_is(fn, "attribute") ||
	    node_len(node_field(fn, "attribute")) != 9 ||
	    memcmp(node_src(c, node_field(fn, "attribute")), "maketrans", 9) != 0)
		return -1;
	k = call_args(n, a, 3);
	if (k < 2 || k > 3)
		return -1;
	*from = fold_dup(c, a[0], depth + 1, flen);
	*to = fold_dup(c, a[1], depth + 1, tlen);
	*del = k == 3 ? fold_dup(c, a[2], depth + 1, dlen) : NULL;
	bool ascii = *from && *to;
	for (size_t i = 0; ascii && i < *flen; i++)
		ascii = (unsigned char)(*from)[i] < 0x80 && (unsigned char)(*to)[i] < 0x80;
	if (ascii && (k == 2 || *del) && *flen == *tlen)
		return 0;
	free(*from), free(*to), free(*del);
	*from = *to = *del = NULL;
	return -1;
}

int python_fold_translate(struct actx *c, const char *s, size_t len, TSNode table, struct buf *out,
			  int depth)
{
	char *from, *to, *del;
	size_t flen, tlen, dlen = 0;

	if (maketrans(c, table, &from, &flen, &to, &tlen, &del, &dlen, depth) < 0)
		return -1;
	for (size_t i = 0; i < len; i++) {
		if (del && memchr(del, s[i], dlen))
			continue;
		const char *hit = memchr(from, s[i], flen);
		buf_append(out, hit ? to + (hit - from) : s + i, 1);
	}
	free(from), free(to), free(del);
	return 0;
}

/* The character a \N{NAME} escape names, for the names programs spell
 * text with (letters, digits, the ASCII punctuation); 0 for any other:
 * then the string does not fold, as code the analysis cannot know. */
static unsigned long unicode_name(const char *s, size_t len)
{
	static const char *const digits[] = {"ZERO", "ONE", "TWO",   "THREE", "FOUR",
					     "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"};
	static const struct {
		const char *name;
		char ch;
	} punct[] = {{"SPACE", ' '},
		     {"LOW LINE", '_'},
		     {"FULL STOP", '.'},
		     {"SOLIDUS", '/'},
		     {"REVERSE SOLIDUS", '\\'},
		     {"HYPHEN-MINUS", '-'},
		     {"TILDE", '~'},
		     {"COLON", ':'},
		     {"SEMICOLON", ';'},
		     {"VERTICAL LINE", '|'},
		     {"AMPERSAND", '&'},
		     {"GREATER-THAN SIGN", '>'},
		     {"LESS-THAN SIGN", '<'},
		     {"QUOTATION MARK", '"'},
		     {"APOSTROPHE", '\''},
		     {"LEFT PARENTHESIS", '('},
		     {"RIGHT PARENTHESIS", ')'},
		     {"COMMA", ','},
		     {"DOLLAR SIGN", '$'},
		     {"NUMBER SIGN", '#'},
		     {"EQUALS SIGN", '='},
		     {"PLUS SIGN", '+'},
		     {"ASTERISK", '*'},
		     {"COMMERCIAL AT", '@'},
		     {"GRAVE ACCENT", '`'},
		     {"EXCLAMATION MARK", '!'},
		     {"PERCENT SIGN", '%'},
		     {"QUESTION MARK", '?'},
		     {"CIRCUMFLEX ACCENT", '^'},
		     {"NULL", 0}};
	char name[64];
	size_t i;

	if (len >= sizeof(name))
		return 0;
	for (i = 0; i < len; i++)
		name[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 'a' + 'A' : s[i]);
	name[len] = '\0';
	if (len == 20 && strncmp(name, "LATIN SMALL LETTER ", 19) == 0 && name[19] >= 'A' &&
	    name[19] <= 'Z')
		return (unsigned long)(name[19] - 'A' + 'a');
	if (len == 22 && strncmp(name, "LATIN CAPITAL LETTER ", 21) == 0 && name[21] >= 'A' &&
	    name[21] <= 'Z')
		return (unsigned long)name[21];
	if (strncmp(name, "DIGIT ", 6) == 0)
		for (i = 0; i < 10; i++)
			if (strcmp(name + 6, digits[i]) == 0)
				return '0' + i;
	for (i = 0; punct[i].ch; i++)
		if (strcmp(name, punct[i].name) == 0)
			return (unsigned char)punct[i].ch;
	return 0;
}

int python_unescape(const char *s, size_t len, struct buf *out)
{
	unsigned long v = 0;
	size_t i;

	if (len < 2) {
		buf_append(out, s, len);
		return 0;
	}
	switch (s[1]) {
	case 'n':
		buf_append(out, "\n", 1);
		return 0;
	case 't':
		buf_append(out, "\t", 1);
		return 0;
	case 'r':
		buf_append(out, "\r", 1);
		return 0;
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
		fold_put_utf8(out, v);
		return 0;
	case 'x':
	case 'u':
	case 'U':
		for (i = 2; i < len && fold_hex_digit(s[i]) >= 0; i++)
			v = v * 16 + (unsigned long)fold_hex_digit(s[i]);
		if (s[1] == 'x') {
			char ch = (char)v;
			buf_append(out, &ch, 1);
		} else
			fold_put_utf8(out, v);
		return 0;
	case '\n':
		return 0;
	case 'N':
		if (len > 4 && s[2] == '{' && s[len - 1] == '}') {
			v = unicode_name(s + 3, len - 4);
			if (v == 0)
				return -1;
			fold_put_utf8(out, v);
			return 0;
		}
		buf_append(out, s + 1, len - 1);
		return 0;
	default:
		buf_append(out, s + 1, len - 1);
		return 0;
	}
}

/* unicodedata.normalize("NFKC", "ｓｙｓｔｅｍ"): the text as NFKC or NFKD
 * gives it when each character is ASCII, a fullwidth form (U+FF01-FF5E,
 * U+3000) or a mathematical letter or digit (U+1D400-1D6A3, U+1D7CE-1D7FF);
 * NFC and NFD fold ASCII text only. Any other character: unknown (-1). */
int python_fold_normalize(struct actx *c, TSNode form, TSNode text, struct buf *out, int depth)
{
	size_t flen, slen;
	char *f = ts_node_is_null(form) || ts_node_is_null(text)
		      ? NULL
		      : fold_dup(c, form, depth + 1, &flen);
	char *s = f ? fold_dup(c, text, depth + 1, &slen) : NULL;
	size_t mark = out->len;
	bool compat = f && flen == 4 && memcmp(f, "NFK", 3) == 0 && (f[3] == 'C' || f[3] == 'D');
	int ret = s && (compat ||
			(f && flen == 3 && memcmp(f, "NF", 2) == 0 && (f[2] == 'C' || f[2] == 'D')))
		      ? 0
		      : -1;
	for (size_t i = 0; ret == 0 && i < slen;) {
		const unsigned char *u = (const unsigned char *)s + i;
		unsigned long cp;
		size_t k = u[0] < 0x80		   ? 1
			   : (u[0] & 0xe0) == 0xc0 ? 2
			   : (u[0] & 0xf0) == 0xe0 ? 3
						   : 4;
		if (i + k > slen)
			break;
		cp = k == 1 ? u[0] : k == 2 ? u[0] & 0x1f : k == 3 ? u[0] & 0x0f : u[0] & 0x07;
		for (size_t j = 1; j < k; j++)
			cp = cp << 6 | (u[j] & 0x3f);
		i += k;
		if (cp < 0x80)
			;
		else if (compat && cp >= 0xff01 && cp <= 0xff5e)
			cp -= 0xfee0;
		else if (compat && cp == 0x3000)
			cp = ' ';
		else if (compat && cp >= 0x1d400 && cp <= 0x1d6a3)
			cp = (cp - 0x1d400) % 52 < 26 ? 'A' + (cp - 0x1d400) % 52
						      : 'a' + (cp - 0x1d400) % 52 - 26;
		else if (compat && cp >= 0x1d7ce && cp <= 0x1d7ff)
			cp = '0' + (cp - 0x1d7ce) % 10;
		else
			ret = -1;
		if (ret == 0)
			buf_append(out, (char[]){(char)cp}, 1);
	}
	if (ret < 0)
		out->len = mark;
	free(f);
	free(s);
	return ret;
}
