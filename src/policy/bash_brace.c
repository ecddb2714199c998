/*
 * Bash: brace expansion of an unquoted word. The grammar splits
 * .{ss,aw}{h,s} into the words ".", "{", "ss,aw", "}", "{", "h,s", "}"
 * of a concatenation; bash expands it, before any other expansion, into
 * .ssh .sss .awh .aws. The concatenation folds to those words joined by
 * spaces, as the elements of "${a[@]}" do, so that a rule sees ~/.ssh in
 * ~/.{ssh,aws}/id_rsa as in ~/.ssh/id_rsa.
 *
 * Only the braces and commas of unquoted words count: "{a,b}" and a comma
 * in a variable's value are text. A brace pair without a comma at its own
 * level ({x}, {1..3}) is left as it is. The expansion is bounded (words,
 * length); past the bound the word does not fold.
 */
#include <stdlib.h>
#include <string.h>

#include "policy/bash.h"

#define OPEN '\x01'
#define CLOSE '\x02'
#define COMMA '\x03'
#define BRACE_WORDS 64
#define BRACE_LEN 4096

/* Appends the expansions of s[0..len) to out (joined by spaces); false
 * past the bound. */
static bool expand(const char *s, size_t len, struct buf *out, int *words, int depth)
{
	if (depth > 16)
		return false;
	for (size_t i = 0; i < len; i++) {
		if (s[i] != OPEN)
			continue;
		size_t commas[BRACE_WORDS], nc = 0, j;
		int level = 0;
		for (j = i + 1; j < len; j++) {
			if (s[j] == OPEN)
				level++;
			else if (s[j] == CLOSE && level-- == 0)
				break;
			else if (s[j] == COMMA && level == 0) {
				if (nc == BRACE_WORDS)
					return false;
				commas[nc++] = j;
			}
		}
		if (j == len || nc == 0)
			continue; /* unmatched, or {x}: text */
		/* prefix ALT suffix for each alternative */
		for (size_t a = 0; a <= nc; a++) {
			size_t from = a == 0 ? i + 1 : commas[a - 1] + 1, to = a == nc ? j : commas[a];
			struct buf w = {0};
			buf_append(&w, s, i);
			buf_append(&w, s + from, to - from);
			buf_append(&w, s + j + 1, len - j - 1);
			bool ok = w.len <= BRACE_LEN && expand(w.data ? w.data : "", w.len, out, words, depth + 1);
			buf_free(&w);
			if (!ok)
				return false;
		}
		return true;
	}
	if (++*words > BRACE_WORDS || out->len + len > BRACE_LEN)
		return false;
	if (*words > 1)
		buf_append(out, " ", 1);
	for (size_t i = 0; i < len; i++) {
		char ch = s[i] == OPEN ? '{' : s[i] == CLOSE ? '}' : s[i] == COMMA ? ',' : s[i];
		buf_append(out, &ch, 1);
	}
	return true;
}

int sh_fold_brace(struct actx *c, TSNode n, struct buf *out, int depth)
{
	uint32_t k = ts_node_named_child_count(n);
	bool open = false, pair = false;

	for (uint32_t i = 0; i < k && !pair; i++) {
		TSNode ch = ts_node_named_child(n, i);
		if (node_is(ch, "word") && node_text_is(c, ch, "{"))
			open = true;
		else if (open && node_is(ch, "word") && node_text_is(c, ch, "}"))
			pair = true;
	}
	/* x={a,b} assigns the text: no expansion in an assignment */
	if (!pair || k != ts_node_child_count(n) || node_is(ts_node_parent(n), "variable_assignment"))
		return 1;
	struct buf marked = {0};
	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_named_child(n, i);
		bool word = node_is(ch, "word");
		char mark = word && node_text_is(c, ch, "{") ? OPEN : word && node_text_is(c, ch, "}") ? CLOSE : 0;
		if (mark) {
			buf_append(&marked, &mark, 1);
			continue;
		}
		size_t from = marked.len;
		if (sh_fold_into(c, ch, &marked, depth + 1) < 0 ||
		    memchr(marked.data + from, OPEN, marked.len - from) ||
		    memchr(marked.data + from, CLOSE, marked.len - from)) {
			buf_free(&marked);
			return -1;
		}
		for (size_t j = from; word && j < marked.len; j++)
			if (marked.data[j] == ',')
				marked.data[j] = COMMA;
	}
	int words = 0;
	size_t mark = out->len;
	bool ok = expand(marked.data ? marked.data : "", marked.len, out, &words, 0);
	buf_free(&marked);
	if (!ok)
		out->len = mark;
	return ok ? 0 : -1;
}
