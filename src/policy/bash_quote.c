/*
 * Bash: a word's literal text without its quotes. A builtin that binds a
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
