/*
 * Bash: quoting and escapes -- an unquoted or double-quoted word's text,
 * the escapes of $'...', echo -e and printf (bash_fold.c folds with
 * them) -- and a word's literal text without its quotes. A builtin that binds a
 * variable is known by its name as bash reads it, not as it is written:
 * re''ad, "set", ha\sh are read, set and hash, and so are the names they
 * bind (read -r "c"md sets cmd).
 */
#include <string.h>

#include "policy/bash.h"

/* A word's text with its quotes removed, when it is only literal text
 * (re''ad, "c"md, ha\sh): its length, written to out (NUL-terminated),
 * else -1. A word with an expansion is not looked at: the bindings may
 * be being made. */
int sh_unquote(const struct actx *c, TSNode w, char *out, size_t cap)
{
	size_t at = 0;
	uint32_t k = node_is(w, "concatenation") ? ts_node_named_child_count(w) : 1;

	if (cap == 0)
		return -1;
	for (uint32_t i = 0; i < k; i++) {
		TSNode p = node_is(w, "concatenation") ? ts_node_named_child(w, i) : w;
		const char *t = node_src(c, p);
		size_t len = node_len(p), from = 0, to = len;
		bool backslashes = node_is(p, "word");
		if (node_is(p, "raw_string") || node_is(p, "string")) {
			uint32_t kids = ts_node_named_child_count(p);
			if (len < 2 || memchr(t, '\\', len) != NULL || kids > 1 ||
			    (kids == 1 && !node_is(ts_node_named_child(p, 0), "string_content")))
				return -1;
			from = 1, to = len - 1;
		} else if (!backslashes) {
			return -1;
		}
		for (size_t j = from; j < to; j++) {
			if (backslashes && t[j] == '\\' && ++j >= to)
				return -1;
			if (at + 1 >= cap)
				return -1;
			out[at++] = t[j];
		}
	}
	out[at] = '\0';
	return (int)at;
}

/* Whether a command's name is the word s once its quotes are removed. */
bool sh_name_is(const struct actx *c, TSNode name, const char *s)
{
	char buf[64];

	if (node_text_is(c, name, s))
		return true;
	if (node_is(name, "word") && memchr(node_src(c, name), '\\', node_len(name)) == NULL)
		return false; /* a plain word is its text */
	return sh_unquote(c, name, buf, sizeof(buf)) >= 0 && strcmp(buf, s) == 0;
}

/* An unquoted word: a backslash quotes the next character. */
void sh_unquote_word(const char *s, size_t len, struct buf *out)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\\' && i + 1 < len) {
			i++;
			if (s[i] != '\n')
				buf_append(out, s + i, 1);
		} else
			buf_append(out, s + i, 1);
	}
}

/* Inside double quotes a backslash quotes only $ ` " \ and newline. */
void sh_unquote_double(const char *s, size_t len, struct buf *out)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\\' && i + 1 < len && strchr("$`\"\\\n", s[i + 1])) {
			i++;
			if (s[i] != '\n')
				buf_append(out, s + i, 1);
		} else
			buf_append(out, s + i, 1);
	}
}

/* The escapes of $'...', echo -e and printf: \n, \x41, \101, \u00e9, \cA.
 * Returns how many bytes of s the escape at s[0] (a backslash) used. */
static size_t c_escape(const char *s, size_t len, bool octal_zero, struct buf *out)
{
	static const char from[] = "abefnrtvE\\'\"?", to[] = "\a\b\033\f\n\r\t\v\033\\'\"?";
	unsigned long v = 0;
	size_t i = 1, max;

	if (len < 2) {
		buf_append(out, s, len);
		return len;
	}
	const char *p = strchr(from, s[1]);
	if (p && s[1] != '\0') {
		buf_append(out, &to[p - from], 1);
		return 2;
	}
	switch (s[1]) {
	case 'x':
	case 'u':
	case 'U':
		max = s[1] == 'x' ? 2 : s[1] == 'u' ? 4 : 8;
		for (i = 2; i < len && i < 2 + max && fold_hex_digit(s[i]) >= 0; i++)
			v = v * 16 + (unsigned long)fold_hex_digit(s[i]);
		if (i == 2) {
			buf_append(out, s, 2);
			return 2;
		}
		if (s[1] == 'x') {
			char ch = (char)v;
			buf_append(out, &ch, 1);
		} else
			fold_put_utf8(out, v);
		return i;
	case 'c':
		if (len > 2) {
			char ch = (char)(s[2] & 0x1f);
			buf_append(out, &ch, 1);
			return 3;
		}
		break;
	default:
		/* \NNN; echo -e and printf %b write \0NNN */
		if (s[1] >= '0' && s[1] <= '7') {
			if (octal_zero && s[1] == '0')
				i = 2;
			size_t start = i;
			for (; i < len && i < start + 3 && s[i] >= '0' && s[i] <= '7'; i++)
				v = v * 8 + (unsigned long)(s[i] - '0');
			char ch = (char)v;
			buf_append(out, &ch, 1);
			return i;
		}
		break;
	}
	buf_append(out, s, 2);
	return 2;
}

void sh_unescape_c(const char *s, size_t len, bool octal_zero, struct buf *out)
{
	for (size_t i = 0; i < len;) {
		if (s[i] == '\\')
			i += c_escape(s + i, len - i, octal_zero, out);
		else
			buf_append(out, s + i++, 1);
	}
}
