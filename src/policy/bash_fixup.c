/*
 * Bash as bash reads it where tree-sitter-bash does not (source_fix.h,
 * called from analyze_source.c): after a parse, the rewrites that make
 * the next parse read what bash runs.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/source_fix.h"

/* Whether byte `at` is inside a double-quoted string, and inside text
 * taken literally (a '...' or $'...' string, a here-document, a comment). */
static void bash_context(TSNode root, uint32_t at, bool *in_string, bool *literal)
{
	*in_string = *literal = false;
	for (TSNode n = ts_node_descendant_for_byte_range(root, at, at + 1); !ts_node_is_null(n);
	     n = ts_node_parent(n)) {
		const char *t = ts_node_type(n);
		if (strcmp(t, "string") == 0 || strcmp(t, "translated_string") == 0)
			*in_string = true;
		else if (strcmp(t, "raw_string") == 0 || strcmp(t, "ansi_c_string") == 0 ||
			 strcmp(t, "heredoc_body") == 0 || strcmp(t, "comment") == 0)
			*literal = true;
	}
}

static bool bash_blank(char ch)
{
	return ch == ' ' || ch == '\t';
}

/* `cmd <<EOF | while read l; do` and `if grep -q x <<EOF; then`: a
 * here-document whose line goes on into a compound command, which the
 * grammar does not parse (bash does). The rest of the line moves to the
 * start of the line after the here-document, the same program with the
 * same lines:
 *   cmd <<EOF | while ...; do      { cmd <<EOF  ...  EOF   } | while ...; do REST
 *   if grep -q x <<EOF; then       if grep -q x <<EOF  ...  EOF   then REST */
static void bash_heredoc_rest(const char *src, size_t len, TSNode root, struct edits *e)
{
	bool in_string, literal;

	for (const char *p = src; (p = memmem(p, len - (size_t)(p - src), "<<", 2)) != NULL;
	     p += 2) {
		size_t at = (size_t)(p - src), i = at + 2, ds, de, eol, rs, re, ls, cs, l;
		size_t term = 0;
		bool dash = false;
		char q = 0;
		if ((i < len && src[i] == '<') || (at > 0 && src[at - 1] == '<')) {
			p++;
			continue;
		}
		if (i < len && src[i] == '-')
			dash = true, i++;
		while (i < len && bash_blank(src[i]))
			i++;
		if (i < len && (src[i] == '\'' || src[i] == '"'))
			q = src[i++];
		else if (i < len && src[i] == '\\')
			i++;
		ds = i;
		while (i < len && (isalnum((unsigned char)src[i]) || src[i] == '_'))
			i++;
		de = i;
		if (de == ds || (q && (i >= len || src[i++] != q)))
			continue;
		for (eol = i; eol < len && src[eol] != '\n';)
			eol++;
		for (rs = i; rs < eol && bash_blank(src[rs]);)
			rs++;
		for (re = eol; re > rs && bash_blank(src[re - 1]);)
			re--;
		if (rs == re || eol >= len)
			continue;
		for (l = eol + 1; l < len && term == 0;) {
			size_t le = l, s0 = l;
			while (le < len && src[le] != '\n')
				le++;
			while (dash && s0 < le && src[s0] == '\t')
				s0++;
			if (le - s0 == de - ds && memcmp(src + s0, src + ds, de - ds) == 0)
				term = le;
			l = le + 1;
		}
		if (term == 0 || term >= len)
			continue;
		bash_context(root, (uint32_t)at, &in_string, &literal);
		if (in_string || literal)
			continue;
		for (ls = at; ls > 0 && src[ls - 1] != '\n';)
			ls--;
		for (cs = ls; cs < at && bash_blank(src[cs]);)
			cs++;
		const char *r = src + rs;
		size_t rl = re - rs, k = rl;
		while (k > 0 && isalpha((unsigned char)r[k - 1]))
			k--;
		if (rl >= 2 && r[0] == '|' && r[1] != '|' && strcspn(src + cs, " \t\n") < at - cs &&
		    !(strncmp(src + cs, "if ", 3) == 0 || strncmp(src + cs, "while ", 6) == 0 ||
		      strncmp(src + cs, "until ", 6) == 0 || strncmp(src + cs, "elif ", 5) == 0 ||
		      strncmp(src + cs, "! ", 2) == 0)) {
			char *w = xmalloc(rl + 4);
			snprintf(w, rl + 4, "} %.*s ", (int)rl, r);
			edit_add(e, (uint32_t)cs, (uint32_t)cs, xstrdup("{ "));
			edit_add(e, (uint32_t)rs, (uint32_t)re, xstrdup(""));
			edit_add(e, (uint32_t)term + 1, (uint32_t)term + 1, w);
		} else if ((rl - k == 4 && memcmp(r + k, "then", 4) == 0) ||
			   (rl - k == 2 && memcmp(r + k, "do", 2) == 0)) {
			size_t j = 0;
			if (r[j] == ';')
				j++;
			while (j < k && bash_blank(r[j]))
				j++;
			if (j != k || (k > 0 && !bash_blank(r[k - 1]) && r[k - 1] != ';'))
				continue;
			char *w = xmalloc(rl - k + 2);
			snprintf(w, rl - k + 2, "%.*s ", (int)(rl - k), r + k);
			edit_add(e, (uint32_t)rs, (uint32_t)re, xstrdup(""));
			edit_add(e, (uint32_t)term + 1, (uint32_t)term + 1, w);
		}
	}
}

/* Whether byte `at` is inside arithmetic: $((...)), ((...)), an array
 * subscript. */
static bool bash_in_arithmetic(TSNode root, uint32_t at)
{
	for (TSNode n = ts_node_descendant_for_byte_range(root, at, at + 1); !ts_node_is_null(n);
	     n = ts_node_parent(n)) {
		const char *t = ts_node_type(n);
		if (strcmp(t, "arithmetic_expansion") == 0 || strcmp(t, "subscript") == 0 ||
		    strcmp(t, "c_style_for_statement") == 0 || strcmp(t, "compound_statement") == 0)
			return true;
		if (strcmp(t, "command") == 0 || strcmp(t, "program") == 0)
			return false;
	}
	return false;
}

static bool bash_name_char(char ch)
{
	return isalnum((unsigned char)ch) || ch == '_';
}

/* $((10#$n)), ((2#$bits != i)), ${a[16#$h]}: a base given to a number
 * that is an expansion, which the grammar does not know. The base and its
 * # become blanks, the same length: the value read is the expansion's
 * (bash reads it in that base; for what the analysis looks at, a number
 * is a number). */
static void bash_arith_base(const char *src, size_t len, TSNode root, struct edits *e)
{
	bool in_string, literal;

	for (const char *p = src; (p = memmem(p, len - (size_t)(p - src), "#$", 2)) != NULL; p++) {
		size_t at = (size_t)(p - src), b = at;
		while (b > 0 && bash_name_char(src[b - 1]))
			b--;
		if (b == at || (b > 0 && (src[b - 1] == '$' || src[b - 1] == '{')))
			continue;
		bash_context(root, (uint32_t)at, &in_string, &literal);
		/* $((base#$d)): the grammar takes this # for a comment's start */
		TSNode cm = ts_node_descendant_for_byte_range(root, (uint32_t)at, (uint32_t)at + 1);
		if (literal && node_is(cm, "comment") && ts_node_start_byte(cm) == at &&
		    node_is(ts_node_parent(cm), "arithmetic_expansion"))
			literal = false;
		if (literal || !bash_in_arithmetic(root, (uint32_t)at))
			continue;
		char *blank = xmalloc(at - b + 2);
		memset(blank, ' ', at - b + 1);
		blank[at - b + 1] = '\0';
		edit_add(e, (uint32_t)b, (uint32_t)at + 1, blank);
	}
}

/* ${v~~}, ${v~}, ${a[i]~~}: bash's case toggles, which the grammar does not
 * know: read as ${v@K} and ${v@k}, which bash_fold.c folds as the toggles
 * (bash's own @K and @k quote a value for reuse as input, which no
 * program runs as a command name) */
static void bash_case_toggle(const char *src, size_t len, TSNode root, struct edits *e)
{
	bool in_string, literal;

	for (const char *p = src; (p = memmem(p, len - (size_t)(p - src), "${", 2)) != NULL; p++) {
		size_t at = (size_t)(p - src), i = at + 2;
		if (i < len && (isalpha((unsigned char)src[i]) || src[i] == '_'))
			while (i < len && bash_name_char(src[i]))
				i++;
		else if (i < len && isdigit((unsigned char)src[i]))
			while (i < len && isdigit((unsigned char)src[i]))
				i++;
		else if (i < len && strchr("@*", src[i]))
			i++;
		else
			continue;
		if (i < len && src[i] == '[') {
			while (i < len && src[i] != ']' && src[i] != '\n' && src[i] != '}')
				i++;
			if (i >= len || src[i] != ']')
				continue;
			i++;
		}
		size_t n = 0;
		while (n < 2 && i + n < len && src[i + n] == '~')
			n++;
		if (n == 0 || i + n >= len || src[i + n] != '}')
			continue;
		bash_context(root, (uint32_t)at, &in_string, &literal);
		if (!literal)
			edit_add(e, (uint32_t)i, (uint32_t)(i + n), xstrdup(n == 2 ? "@K" : "@k"));
	}
}

/* cat > out <<< "$s": the grammar takes a here-string only before a
 * command's file redirections (cat <<< "$s" > out), and after one it is an
 * ERROR of "<<" and a "< word" redirection. Each is read with the
 * here-string moved before those redirections: the same bytes on the same
 * line, and to bash the same command (the last redirection of stdin wins
 * either way but for `< f <<< s`, which no program needs). */
static void herestring_swaps(const char *src, size_t len, TSNode n, struct edits *e)
{
	uint32_t k = ts_node_child_count(n);

	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_child(n, i);
		if (!ts_node_has_error(ch) && !ts_node_is_error(ch))
			continue;
		if (!ts_node_is_error(ch) || !node_is(n, "redirected_statement") || i + 1 >= k) {
			herestring_swaps(src, len, ch, e);
			continue;
		}
		TSNode body = node_field(n, "body"), word = ts_node_child(n, i + 1);
		uint32_t h = ts_node_start_byte(ch), we = ts_node_end_byte(word);
		if (ts_node_is_null(body) || h + 3 > len || memcmp(src + h, "<<<", 3) != 0 ||
		    !node_is(word, "file_redirect") || ts_node_end_byte(body) >= h || we > len)
			continue;
		uint32_t b = ts_node_end_byte(body);
		char *with = xmalloc(we - b + 1);
		memcpy(with, src + h, we - h);
		memcpy(with + (we - h), src + b, h - b);
		with[we - b] = '\0';
		edit_add(e, b, we, with);
	}
}

/* for ((i = 0; i < A[0]; i++)): an array element in a C-style for's
 * header, which the grammar does not parse there (bash does): read as
 * ${A[0]}, the same value in arithmetic. */
static void bash_for_subscripts(const char *src, size_t len, TSNode root, struct edits *e)
{
	bool in_string, literal;

	for (const char *p = src; (p = memmem(p, len - (size_t)(p - src), "((", 2)) != NULL; p++) {
		size_t at = (size_t)(p - src), b = at;
		while (b > 0 && bash_blank(src[b - 1]))
			b--;
		if (b < 3 || memcmp(src + b - 3, "for", 3) != 0 ||
		    (b > 3 && bash_name_char(src[b - 4])))
			continue;
		bash_context(root, (uint32_t)at, &in_string, &literal);
		if (in_string || literal)
			continue;
		int depth = 0;
		for (size_t i = at; i < len && src[i] != '\n'; i++) {
			if (src[i] == '(')
				depth++;
			else if (src[i] == ')' && --depth == 0)
				break;
			if (!(isalpha((unsigned char)src[i]) || src[i] == '_') ||
			    (i > 0 && (bash_name_char(src[i - 1]) || strchr("${", src[i - 1]))))
				continue;
			size_t k = i;
			while (k < len && bash_name_char(src[k]))
				k++;
			if (k >= len || src[k] != '[')
				continue;
			size_t j = k;
			while (j < len && src[j] != ']' && src[j] != '\n' && src[j] != ')')
				j++;
			if (j >= len || src[j] != ']')
				continue;
			edit_add(e, (uint32_t)i, (uint32_t)i, xstrdup("${"));
			edit_add(e, (uint32_t)j + 1, (uint32_t)j + 1, xstrdup("}"));
			i = j;
		}
	}
}

/* for t in a b; do ...; done <<< "$s", select ... done <<< 1: a
 * here-string after a for or select loop, which the grammar does not
 * parse (after while's done it does): read as a redirection from the
 * word, `<  "$s"`, the same length (what the loop reads is not what the
 * rules look at). */
static void bash_done_herestring(const char *src, size_t len, TSNode root, struct edits *e)
{
	bool in_string, literal;

	for (const char *p = src; (p = memmem(p, len - (size_t)(p - src), "<<<", 3)) != NULL;
	     p += 3) {
		size_t at = (size_t)(p - src), b = at;
		while (b > 0 && bash_blank(src[b - 1]))
			b--;
		if (b < 4 || memcmp(src + b - 4, "done", 4) != 0 ||
		    (b > 4 && !strchr(" \t\n;&", src[b - 5])))
			continue;
		bash_context(root, (uint32_t)at, &in_string, &literal);
		if (!in_string && !literal)
			edit_add(e, (uint32_t)at, (uint32_t)at + 3, xstrdup("<  "));
	}
}

/* exec 3<<< "$s", cat 4<<<x: a here-string on a descriptor other than 0,
 * which the grammar does not parse: read as a redirection of that
 * descriptor from the word, `3<  "$s"`, the same length (what is read
 * from the descriptor is not what the rules look at). */
static void bash_fd_herestring(const char *src, size_t len, TSNode root, struct edits *e)
{
	bool in_string, literal;

	for (const char *p = src; (p = memmem(p, len - (size_t)(p - src), "<<<", 3)) != NULL;
	     p += 3) {
		size_t at = (size_t)(p - src), b = at;
		while (b > 0 && isdigit((unsigned char)src[b - 1]))
			b--;
		if (b == at || (b > 0 && !strchr(" \t\n;&|(", src[b - 1])))
			continue;
		bash_context(root, (uint32_t)at, &in_string, &literal);
		if (!in_string && !literal)
			edit_add(e, (uint32_t)at, (uint32_t)at + 3, xstrdup("<  "));
	}
}

/* cat <<'EOF' ... \! cmd | x ... EOF: a here-document line that opens with
 * a backslash and has a | or > after it, which tree-sitter-bash 0.21 does
 * not parse: a blank put before it (the line's text is kept). Documents
 * are found by their text: <<WORD (<<-, quoted or not) to the line WORD. */
static void bash_heredoc_backslash(const char *src, size_t len, struct edits *e)
{
	char delim[64];
	size_t dl = 0;
	bool tabs = false, body = false;

	for (size_t i = 0; i < len;) {
		const char *nl = memchr(src + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - src) : len, k = i;
		if (body) {
			while (tabs && k < end && src[k] == '\t')
				k++;
			if (end - k == dl && memcmp(src + k, delim, dl) == 0)
				body = false;
			else if (src[i] == '\\' &&
				 (memchr(src + i, '|', end - i) || memchr(src + i, '>', end - i)))
				edit_add(e, (uint32_t)i, (uint32_t)i, xstrdup(" "));
		} else {
			for (const char *p = src + i;
			     (p = memmem(p, end - (size_t)(p - src), "<<", 2)) != NULL; p += 2) {
				size_t at = (size_t)(p - src) + 2;
				if (at < end && src[at] == '<')
					break;
				tabs = at < end && src[at] == '-';
				at += tabs;
				while (at < end && (src[at] == ' ' || src[at] == '\t'))
					at++;
				dl = 0;
				while (at < end && dl + 1 < sizeof(delim) &&
				       (isalnum((unsigned char)src[at]) ||
					strchr("_'\"\\", src[at]))) {
					if (!strchr("'\"\\", src[at]))
						delim[dl++] = src[at];
					at++;
				}
				body = dl > 0;
			}
		}
		i = end + 1;
	}
}

/* Whether `cmd` is a statement of its own (in a list of statements, not
 * a pipeline's stage, a condition's test or a redirected statement). */
static bool bash_alone(TSNode cmd)
{
	static const char *const ups[] = {
	    "program",	   "compound_statement", "do_group",  "if_statement",
	    "elif_clause", "else_clause",	 "case_item", "subshell"};
	TSNode up = ts_node_parent(cmd);

	for (size_t i = 0; i < sizeof(ups) / sizeof(ups[0]); i++)
		if (node_is(up, ups[i]))
			return true;
	return false;
}

/* The text of `arg` when it is single-quoted strings alone ('...', or
 * '\'' pieces joined), of one line without a comment, appended to `b`;
 * false (b as it was, or part-filled) when it is anything else. */
static bool bash_quoted_line(const char *src, TSNode arg, struct buf *b)
{
	bool cat = node_is(arg, "concatenation");
	uint32_t k = cat ? ts_node_named_child_count(arg) : 1;
	size_t from = b->len;

	for (uint32_t i = 0; i < k; i++) {
		TSNode piece = cat ? ts_node_named_child(arg, i) : arg;
		uint32_t ps = ts_node_start_byte(piece), pe = ts_node_end_byte(piece);
		if (node_is(piece, "raw_string") && pe >= ps + 2)
			buf_append(b, src + ps + 1, pe - ps - 2);
		else if (node_is(piece, "word") && pe == ps + 2 && src[ps] == '\\' &&
			 src[ps + 1] == '\'')
			buf_append(b, "'", 1);
		else
			return false;
	}
	return b->len > from && memchr(b->data + from, '\n', b->len - from) == NULL &&
	       memchr(b->data + from, '#', b->len - from) == NULL;
}

/* b's text inserted after the statement that ends at `end`, unless it
 * stands there already (a second pass), or does with the parentheses of
 * a `;(...)` read as blanks since (bash_subshell_flat). */
static void bash_insert_after(const char *src, size_t len, uint32_t end, struct buf *b,
			      struct edits *e)
{
	bool there = end + b->len <= len && memcmp(src + end, b->data, b->len) == 0;
	if (!there && b->len >= 3 && memcmp(b->data, ";(", 2) == 0 && end + b->len <= len &&
	    memcmp(src + end, "; ", 2) == 0 && src[end + b->len - 1] == ' ')
		there = memcmp(src + end + 2, b->data + 2, b->len - 3) == 0;
	if (there) {
		buf_free(b);
		return;
	}
	buf_append(b, "", 1);
	edit_add(e, end, end, b->data);
}

/* eval 'c=curl', eval 'set -- rm -rf ~': bash runs a constant string
 * given to eval in the program's own shell, so what it sets (a variable,
 * the positional parameters, a function) is set for the lines after it
 * too. The eval stays (its code is analysed as code it runs) and the same
 * line follows it, `eval 'L';L`: only for an eval alone as a statement, of
 * one single-quoted string ('\'' pieces joined), of one line without a
 * comment; in any parse, before the fixes below. */
static void bash_eval_inline(const char *src, size_t len, TSNode root, struct edits *e)
{
	for (const char *p = src; (p = memmem(p, len - (size_t)(p - src), "eval", 4)) != NULL;
	     p += 4) {
		uint32_t at = (uint32_t)(p - src);
		TSNode cn = ts_node_parent(ts_node_descendant_for_byte_range(root, at, at + 4));
		if (ts_node_is_null(cn) || !node_is(cn, "command_name") ||
		    ts_node_start_byte(cn) != at || ts_node_end_byte(cn) != at + 4)
			continue;
		TSNode cmd = ts_node_parent(cn);
		if (ts_node_is_null(cmd) || !node_is(cmd, "command") ||
		    ts_node_named_child_count(cmd) != 2 || !bash_alone(cmd))
			continue;
		struct buf b = {0};
		buf_append(&b, ";", 1);
		if (bash_quoted_line(src, ts_node_named_child(cmd, 1), &b))
			bash_insert_after(src, len, ts_node_end_byte(cmd), &b, e);
		else
			buf_free(&b);
	}
}

/* bash -c 'L', sh <<< 'L': a child shell given constant code. Its code is
 * analysed as code it runs, on its own; and the child shares the
 * program's files and exported variables, so a download in one and its
 * run in the other, or VISUAL exported for a crontab -e the child runs,
 * are one flow: the same line follows as a subshell, `bash -c 'L';(L)`
 * (`;(set -- ARGS; L)` with arguments after $0). Only for a shell alone
 * as a statement, of one single-quoted line without a comment, as eval's. */
static void bash_child_inline(const char *src, size_t len, TSNode root, struct edits *e)
{
	static const char *const shells[] = {"bash", "sh", "dash", "zsh", "ksh"};

	for (const char *p = src; (p = memmem(p, len - (size_t)(p - src), "sh", 2)) != NULL;
	     p += 2) {
		uint32_t at = (uint32_t)(p - src), end = at + 2;
		TSNode cn = ts_node_parent(ts_node_descendant_for_byte_range(root, at, end));
		if (ts_node_is_null(cn) || !node_is(cn, "command_name") ||
		    ts_node_end_byte(cn) != end)
			continue;
		uint32_t ns = ts_node_start_byte(cn), base = end;
		while (base > ns && src[base - 1] != '/')
			base--;
		bool shell = false;
		for (size_t i = 0; i < sizeof(shells) / sizeof(shells[0]) && !shell; i++)
			shell = end - base == strlen(shells[i]) &&
				memcmp(src + base, shells[i], end - base) == 0;
		TSNode cmd = ts_node_parent(cn);
		if (!shell || (base > ns && src[ns] != '/') || !node_is(cmd, "command") ||
		    !bash_alone(cmd) || !ts_node_eq(ts_node_named_child(cmd, 0), cn))
			continue;
		uint32_t k = ts_node_named_child_count(cmd);
		TSNode a1 = ts_node_named_child(cmd, 1), code = {0};
		uint32_t a1s = ts_node_start_byte(a1);
		struct buf b = {0};
		buf_append(&b, ";(", 2);
		if (k == 2 && node_is(a1, "herestring_redirect") &&
		    ts_node_named_child_count(a1) == 1) {
			code = ts_node_named_child(a1, 0);
		} else if (k >= 3 && node_is(a1, "word") && ts_node_end_byte(a1) == a1s + 2 &&
			   memcmp(src + a1s, "-c", 2) == 0) {
			code = ts_node_named_child(cmd, 2);
			if (k >= 5) {
				uint32_t as = ts_node_start_byte(ts_node_named_child(cmd, 4)),
					 ae = ts_node_end_byte(cmd);
				if (memchr(src + as, '\n', ae - as) != NULL)
					code = (TSNode){0};
				buf_append(&b, "set -- ", 7);
				buf_append(&b, src + as, ae - as);
				buf_append(&b, "; ", 2);
			}
		}
		if (!ts_node_is_null(code) && bash_quoted_line(src, code, &b)) {
			buf_append(&b, ")", 1);
			bash_insert_after(src, len, ts_node_end_byte(cmd), &b, e);
		} else {
			buf_free(&b);
		}
	}
}

/* Builtins and keywords that change the shell they run in (its
 * directory, variables, options, descriptors, traps) or leave it: a
 * subshell that runs one of them is not the same as its commands run in
 * place. */
static const char *const bash_state_builtins[] = {
    "cd",	"pushd",   "popd",	"dirs",	  "export", "declare", "typeset", "local",
    "readonly", "set",	   "shopt",	"unset",  "alias",  "unalias", "hash",	  "trap",
    "umask",	"ulimit",  "exit",	"return", "logout", "source",  ".",	  "eval",
    "read",	"mapfile", "readarray", "enable", "shift",  "getopts", "builtin", "command",
    "let",	"wait",	   "disown",	"jobs",	  "fg",	    "bg",      "history", "fc",
    "complete", "compgen", "compopt",	"bind",	  "caller", "times",   "suspend", "coproc"};

/* Whether the program defines a function or an alias called `name`:
 * `name ()`, `name()`, `function name`, `alias name=`. */
static bool bash_defines(const char *src, size_t len, const char *name, size_t n)
{
	for (const char *p = src; (p = memmem(p, len - (size_t)(p - src), name, n)) != NULL; p++) {
		size_t at = (size_t)(p - src), i = at + n;
		while (i < len && bash_blank(src[i]))
			i++;
		if (i + 1 < len && src[i] == '(' && src[i + 1] == ')')
			return true;
		if (at >= 9 && memcmp(src + at - 9, "function ", 9) == 0)
			return true;
		if (at >= 6 && memcmp(src + at - 6, "alias ", 6) == 0 && at + n < len &&
		    src[at + n] == '=')
			return true;
	}
	return false;
}

/* Whether statement s, run in place instead of in a subshell, changes
 * nothing of the shell's own: commands named by a plain word that is
 * none of bash_state_builtins, nor a function or an alias of the
 * program, with exec only before a command (exec 3>f changes the
 * shell's descriptors); in pipelines, lists, redirections, `!` and
 * subshells of the same. */
static bool bash_flat(const char *src, size_t len, TSNode s, int depth)
{
	if (depth > 8)
		return false;
	if (node_is(s, "comment"))
		return true;
	if (node_is(s, "command")) {
		TSNode cn = node_field(s, "name"), w = ts_node_named_child(cn, 0);
		if (ts_node_is_null(cn) || !node_is(w, "word") || ts_node_named_child_count(w) != 0)
			return false;
		uint32_t ws = ts_node_start_byte(w), wl = ts_node_end_byte(w) - ws;
		for (size_t i = 0; i < sizeof(bash_state_builtins) / sizeof(bash_state_builtins[0]);
		     i++)
			if (wl == strlen(bash_state_builtins[i]) &&
			    memcmp(src + ws, bash_state_builtins[i], wl) == 0)
				return false;
		if (wl == 4 && memcmp(src + ws, "exec", 4) == 0 && ts_node_named_child_count(s) < 2)
			return false;
		for (uint32_t i = 0; i < wl; i++)
			if (strchr("$`\\'\"{}", src[ws + i]))
				return false;
		char name[128];
		if (wl >= sizeof(name))
			return false;
		memcpy(name, src + ws, wl);
		return !bash_defines(src, len, name, wl);
	}
	if (!node_is(s, "pipeline") && !node_is(s, "list") && !node_is(s, "negated_command") &&
	    !node_is(s, "redirected_statement") && !node_is(s, "subshell"))
		return false;
	uint32_t k = ts_node_named_child_count(s);
	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_named_child(s, i);
		if (node_is(s, "redirected_statement") && !ts_node_eq(ch, node_field(s, "body")))
			continue;
		if (!bash_flat(src, len, ch, depth + 1))
			return false;
	}
	return k > 0;
}

/* ( exec curl -o /tmp/x u ); ( chmod +x /tmp/x ); ( /tmp/x ): a subshell
 * of commands that change nothing of the shell's own (bash_flat) does
 * what its commands do in place, and the rules that follow a file or a
 * value from one statement to the next see them in one block: its
 * parentheses are read as blanks (the same length). A subshell of more
 * than one statement only as a statement or in a list (in a pipeline or
 * under a redirection its parentheses group the statements); in any
 * parse, as eval's. */
static void bash_subshell_flat(const char *src, size_t len, TSNode root, struct edits *e)
{
	for (const char *p = src; (p = memchr(p, '(', len - (size_t)(p - src))) != NULL; p++) {
		uint32_t at = (uint32_t)(p - src);
		TSNode sub = ts_node_parent(ts_node_descendant_for_byte_range(root, at, at + 1));
		if (!node_is(sub, "subshell") || ts_node_start_byte(sub) != at ||
		    ts_node_end_byte(sub) < at + 2 || src[ts_node_end_byte(sub) - 1] != ')' ||
		    ts_node_has_error(sub))
			continue;
		uint32_t k = ts_node_named_child_count(sub), stmts = 0;
		for (uint32_t i = 0; i < k; i++)
			stmts += !node_is(ts_node_named_child(sub, i), "comment");
		TSNode up = ts_node_parent(sub);
		if (stmts == 0 || !bash_flat(src, len, sub, 0) ||
		    (stmts > 1 && (node_is(up, "pipeline") || node_is(up, "redirected_statement"))))
			continue;
		edit_add(e, at, at + 1, xstrdup(" "));
		edit_add(e, ts_node_end_byte(sub) - 1, ts_node_end_byte(sub), xstrdup(" "));
	}
}

static bool bash_ident_char(char ch)
{
	return isalnum((unsigned char)ch) || ch == '_';
}

/* Whether every other place of the name `name` (n bytes) in the program
 * is a whole-word expansion "${name[@]}" or ${name[@]}: the array is set
 * once, at `assign`, and read whole only. */
static bool bash_array_read_only(const char *src, size_t len, const char *name, size_t n,
				 size_t assign)
{
	for (const char *p = src; (p = memmem(p, len - (size_t)(p - src), name, n)) != NULL;
	     p += n) {
		size_t at = (size_t)(p - src);
		if ((at > 0 && bash_ident_char(src[at - 1])) ||
		    (at + n < len && bash_ident_char(src[at + n])))
			continue;
		if (at == assign)
			continue;
		if (!(at >= 2 && memcmp(src + at - 2, "${", 2) == 0 && at + n + 4 <= len &&
		      memcmp(src + at + n, "[@]}", 4) == 0))
			return false;
	}
	return true;
}

/* c=(curl -so /tmp/x u); "${c[@]}", opts=(-fsSL -o /tmp/x); curl
 * "${opts[@]}" u: an array set once, to words on one line, and only ever
 * expanded whole as a word of its own, is read as those words where it
 * is expanded, so that the rules that look at a command's name and
 * arguments in the tree see them; in any parse, as eval's. */
static void bash_array_words(const char *src, size_t len, TSNode root, struct edits *e)
{
	static const char *const kinds[] = {"word",	 "string",	  "raw_string",
					    "number",	 "concatenation", "simple_expansion",
					    "expansion", "ansi_c_string"};

	for (const char *p = src; (p = memmem(p, len - (size_t)(p - src), "=(", 2)) != NULL;
	     p += 2) {
		uint32_t at = (uint32_t)(p - src);
		TSNode arr =
		    ts_node_parent(ts_node_descendant_for_byte_range(root, at + 1, at + 2));
		TSNode va = ts_node_parent(arr);
		if (!node_is(arr, "array") || !node_is(va, "variable_assignment"))
			continue;
		TSNode vn = node_field(va, "name");
		uint32_t ns = ts_node_start_byte(vn), nl = ts_node_end_byte(vn) - ns;
		if (!node_is(vn, "variable_name") || ts_node_end_byte(vn) != at ||
		    !bash_array_read_only(src, len, src + ns, nl, ns))
			continue;
		struct buf words = {0};
		bool ok = true;
		uint32_t k = ts_node_named_child_count(arr);
		for (uint32_t i = 0; i < k && ok; i++) {
			TSNode w = ts_node_named_child(arr, i);
			uint32_t ws = ts_node_start_byte(w), we = ts_node_end_byte(w);
			ok = false;
			for (size_t j = 0; j < sizeof(kinds) / sizeof(kinds[0]) && !ok; j++)
				ok = node_is(w, kinds[j]);
			ok = ok && memchr(src + ws, '\n', we - ws) == NULL;
			if (ok) {
				if (words.len)
					buf_append(&words, " ", 1);
				buf_append(&words, src + ws, we - ws);
			}
		}
		for (const char *q = src;
		     ok && (q = memmem(q, len - (size_t)(q - src), src + ns, nl)); q += nl) {
			uint32_t u = (uint32_t)(q - src);
			if (u == ns || u < 2 || memcmp(src + u - 2, "${", 2) != 0)
				continue;
			TSNode x =
			    ts_node_parent(ts_node_descendant_for_byte_range(root, u, u + nl));
			if (node_is(x, "subscript"))
				x = ts_node_parent(x);
			if (!node_is(x, "expansion") || ts_node_start_byte(x) != u - 2)
				continue;
			TSNode up = ts_node_parent(x), word = x;
			if (node_is(up, "string") && ts_node_named_child_count(up) == 1 &&
			    ts_node_end_byte(up) - ts_node_start_byte(up) ==
				ts_node_end_byte(x) - ts_node_start_byte(x) + 2) {
				word = up;
				up = ts_node_parent(up);
			}
			if (!node_is(up, "command") && !node_is(up, "command_name"))
				continue;
			char *with = xmalloc(words.len + 1);
			memcpy(with, words.data, words.len);
			with[words.len] = '\0';
			edit_add(e, ts_node_start_byte(word), ts_node_end_byte(word), with);
		}
		buf_free(&words);
	}
}

/* The text of a constant value of an assignment (a plain word, '...'
 * or "..." without expansions or escapes) in `val`, as bash makes it;
 * false for anything else. */
static bool bash_const_text(const char *src, TSNode v, char *val, size_t size, size_t *n)
{
	if (ts_node_is_null(v)) { /* c= */
		val[0] = '\0';
		*n = 0;
		return true;
	}
	uint32_t s = ts_node_start_byte(v), e = ts_node_end_byte(v);

	if (node_is(v, "raw_string") || node_is(v, "string")) {
		if (e < s + 2 || (node_is(v, "string") && ts_node_named_child_count(v) > 1))
			return false;
		s++, e--;
	} else if (!node_is(v, "word") || ts_node_named_child_count(v) != 0) {
		return false;
	}
	if (e - s + 1 > size)
		return false;
	for (uint32_t i = s; i < e; i++)
		if (strchr("$`\\'\"\n*?[]{}~", src[i]) ||
		    (node_is(v, "word") && strchr(" \t;&|<>()#", src[i])))
			return false;
	memcpy(val, src + s, e - s);
	val[e - s] = '\0';
	*n = e - s;
	return true;
}

/* Whether expansion x is $name or ${name} (nothing else in it). */
static bool bash_plain_expansion(const char *src, TSNode x, const char *name, size_t n)
{
	uint32_t s = ts_node_start_byte(x), e = ts_node_end_byte(x);

	if (node_is(x, "simple_expansion"))
		return e - s == n + 1 && memcmp(src + s + 1, name, n) == 0;
	return node_is(x, "expansion") && e - s == n + 3 && src[s + 1] == '{' &&
	       memcmp(src + s + 2, name, n) == 0;
}

static bool bash_text_is(const char *src, TSNode n, const char *text)
{
	uint32_t s = ts_node_start_byte(n), l = ts_node_end_byte(n) - s;
	return !ts_node_is_null(n) && l == strlen(text) && memcmp(src + s, text, l) == 0;
}

/* The text that gives the word a constant value makes: in a quoted place
 * ("$c", "$(echo x)") one word, bare when plain and single-quoted when
 * not; unquoted, split at blanks and nothing when empty, so bare (NULL
 * when it would glob or quote). */
static char *bash_word_for(const char *v, size_t n, bool quoted)
{
	bool bare = !quoted || n > 0;
	for (size_t q = 0; q < n && bare; q++)
		bare = bash_ident_char(v[q]) || strchr("./:@%+=,-", v[q]) ||
		       (!quoted && strchr(" \t", v[q]));
	if (!quoted && !bare)
		return NULL;
	char *with = xmalloc(n + 3);
	size_t wl = 0;
	if (!bare)
		with[wl++] = '\'';
	if (n)
		memcpy(with + wl, v, n);
	wl += n;
	if (!bare)
		with[wl++] = '\'';
	with[wl] = '\0';
	return with;
}

/* "$(printf %s curl)" -s u, "$(echo rm)" -rf ~: a command's word that is
 * one command substitution of printf %s, or echo, of one constant word
 * is read as that word (the output's last newlines dropped, as $(...)
 * does); in any parse, as eval's. */
static void bash_const_subst(const char *src, size_t len, TSNode root, struct edits *e)
{
	for (const char *p = src; (p = memmem(p, len - (size_t)(p - src), "$(", 2)) != NULL; p++) {
		uint32_t at = (uint32_t)(p - src);
		TSNode n = ts_node_parent(ts_node_descendant_for_byte_range(root, at, at + 2)),
		       w = n;
		if (!node_is(n, "command_substitution") || ts_node_start_byte(n) != at ||
		    ts_node_named_child_count(n) != 1)
			continue;
		TSNode up = ts_node_parent(n);
		if (node_is(up, "string") && ts_node_named_child_count(up) == 1 &&
		    ts_node_end_byte(up) - ts_node_start_byte(up) ==
			ts_node_end_byte(n) - ts_node_start_byte(n) + 2) {
			w = up;
			up = ts_node_parent(up);
		}
		TSNode cmd = ts_node_named_child(n, 0);
		uint32_t k = ts_node_named_child_count(cmd);
		if ((!node_is(up, "command") && !node_is(up, "command_name")) ||
		    !node_is(cmd, "command"))
			continue;
		TSNode name = ts_node_named_child(cmd, 0), v = {0};
		if (k == 3 && bash_text_is(src, name, "printf") &&
		    (bash_text_is(src, ts_node_named_child(cmd, 1), "%s") ||
		     bash_text_is(src, ts_node_named_child(cmd, 1), "'%s'")))
			v = ts_node_named_child(cmd, 2);
		else if (k == 2 && bash_text_is(src, name, "echo"))
			v = ts_node_named_child(cmd, 1);
		char val[256];
		size_t vl;
		if (ts_node_is_null(v) || !bash_const_text(src, v, val, sizeof(val), &vl) ||
		    (vl > 0 && val[0] == '-'))
			continue;
		while (vl > 0 && val[vl - 1] == '\n')
			vl--;
		char *with = bash_word_for(val, vl, node_is(w, "string"));
		if (with)
			edit_add(e, ts_node_start_byte(w), ts_node_end_byte(w), with);
	}
}

/* c=curl; "$c" -s u | sh, c=set; "$c" -- rm -rf ~: a variable assigned
 * once, at the program's top, a constant word, and otherwise only
 * expanded plainly ($c, ${c}) after that assignment is read as its value
 * where a command's word is that expansion alone ("$c", ${c}) or a string
 * of such expansions and constant text ("$a$b"), so that the rules that
 * look at a command's name and arguments in the tree see them. Not when
 * the name is ever set, read into or declared again, or named in any
 * other text (read c, eval "c=rm", ${c:-x}, for c in); in any parse, as
 * eval's. */
static void bash_const_var(const char *src, size_t len, TSNode root, TSNode va, const char *name,
			   size_t nl, const char *val, size_t vl, struct edits *e)
{
	/* every other place of the name: a plain expansion after the
	 * assignment; the words to read as the value (each once) */
	struct edits found = {0};
	bool ok = true;
	uint32_t as = ts_node_start_byte(va), ae = ts_node_end_byte(va);
	for (const char *p = src; ok && (p = memmem(p, len - (size_t)(p - src), name, nl)) != NULL;
	     p++) {
		uint32_t at = (uint32_t)(p - src);
		if ((at > 0 && (bash_ident_char(src[at - 1]) || src[at - 1] == '-')) ||
		    (at + nl < len && bash_ident_char(src[at + nl])) || (at >= as && at < ae))
			continue;
		TSNode x = ts_node_parent(ts_node_descendant_for_byte_range(root, at, at + nl));
		if (!bash_plain_expansion(src, x, name, nl) || at < ae) {
			ok = false;
			break;
		}
		TSNode w = x, up = ts_node_parent(x);
		if (node_is(up, "string")) {
			w = up;
			up = ts_node_parent(up);
		}
		if ((node_is(up, "command") || node_is(up, "command_name")) &&
		    (found.n == 0 || found.v[found.n - 1].start != ts_node_start_byte(w)))
			edit_add(&found, ts_node_start_byte(w), ts_node_end_byte(w), NULL);
	}
	for (size_t j = 0; ok && j < found.n; j++) {
		/* each such word: its pieces, each this variable or text */
		TSNode w =
		    ts_node_descendant_for_byte_range(root, found.v[j].start, found.v[j].end);
		while (ts_node_end_byte(w) - ts_node_start_byte(w) !=
			   found.v[j].end - found.v[j].start ||
		       !(node_is(w, "string") || node_is(w, "simple_expansion") ||
			 node_is(w, "expansion")))
			w = ts_node_parent(w);
		uint32_t m = node_is(w, "string") ? ts_node_named_child_count(w) : 1;
		struct buf b = {0};
		bool mine = false, plain = true;
		for (uint32_t q = 0; q < m && plain; q++) {
			TSNode p = node_is(w, "string") ? ts_node_named_child(w, q) : w;
			uint32_t ps = ts_node_start_byte(p), pe = ts_node_end_byte(p);
			if (bash_plain_expansion(src, p, name, nl)) {
				buf_append(&b, val, vl);
				mine = true;
			} else if (node_is(p, "string_content") &&
				   strcspn(src + ps, "$`\\'\"\n") >= pe - ps) {
				buf_append(&b, src + ps, pe - ps);
			} else {
				plain = false;
			}
		}
		char *with =
		    mine && plain ? bash_word_for(b.data, b.len, node_is(w, "string")) : NULL;
		if (with)
			edit_add(e, found.v[j].start, found.v[j].end, with);
		buf_free(&b);
	}
	edits_free(&found);
}

/* The name and the constant value of an assignment node (c=curl), or of
 * printf -v c %s curl, in name and val; false when it is not one. */
static bool bash_const_assign(const char *src, size_t len, TSNode n, char *name, size_t *nl,
			      char *val, size_t *vl)
{
	TSNode vn, v;

	if (node_is(n, "variable_assignment")) {
		vn = node_field(n, "name");
		v = node_field(n, "value");
		if (!node_is(vn, "variable_name") || ts_node_end_byte(vn) >= len ||
		    src[ts_node_end_byte(vn)] != '=')
			return false;
	} else if (node_is(n, "command") && ts_node_named_child_count(n) == 5) {
		static const char *const fmts[] = {"%s", "'%s'", "\"%s\""};
		TSNode f = ts_node_named_child(n, 3);
		uint32_t fs = ts_node_start_byte(f), fl = ts_node_end_byte(f) - fs;
		bool fmt = false;
		for (size_t i = 0; i < sizeof(fmts) / sizeof(fmts[0]) && !fmt; i++)
			fmt = fl == strlen(fmts[i]) && memcmp(src + fs, fmts[i], fl) == 0;
		vn = ts_node_named_child(n, 2);
		v = ts_node_named_child(n, 4);
		if (!fmt || !bash_text_is(src, ts_node_named_child(n, 0), "printf") ||
		    !bash_text_is(src, ts_node_named_child(n, 1), "-v") || !node_is(vn, "word"))
			return false;
		for (uint32_t i = ts_node_start_byte(vn); i < ts_node_end_byte(vn); i++)
			if (!bash_ident_char(src[i]))
				return false;
	} else {
		return false;
	}
	*nl = ts_node_end_byte(vn) - ts_node_start_byte(vn);
	if (*nl == 0 || *nl >= 64 || !bash_const_text(src, v, val, 256, vl))
		return false;
	memcpy(name, src + ts_node_start_byte(vn), *nl);
	name[*nl] = '\0';
	return true;
}

static void bash_const_vars(const char *src, size_t len, TSNode root, struct edits *e)
{
	uint32_t k = ts_node_named_child_count(root), tried = 0;

	for (uint32_t i = 0; i < k && tried < 32; i++) {
		TSNode st = ts_node_named_child(root, i);
		bool many = node_is(st, "variable_assignments");
		uint32_t m = many ? ts_node_named_child_count(st) : 1;
		for (uint32_t j = 0; j < m && tried < 32; j++) {
			TSNode va = many ? ts_node_named_child(st, j) : st;
			char name[64], val[256];
			size_t nl, vl;
			if (!bash_const_assign(src, len, va, name, &nl, val, &vl))
				continue;
			tried++;
			bash_const_var(src, len, root, va, name, nl, val, vl, e);
		}
	}
}

/* xargs -0 -a <(printf '%s\0' -rf ~) rm: xargs reads its arguments from
 * the file -a names, here what printf prints, and runs the command after
 * its options with them: read as `rm -rf ~`, the words printf prints
 * after the command's own. Only for xargs given nothing but -0, --null,
 * -r, --no-run-if-empty and one -a of a process substitution that is one
 * printf of '%s\0' or '%s\n' (one argument each), then a command; in
 * any parse, as eval's. */
static void bash_xargs_inline(const char *src, size_t len, TSNode root, struct edits *e)
{
	static const char *const flags[] = {"-0", "--null", "-r", "--no-run-if-empty"};
	static const char *const formats[] = {"'%s\\0'", "\"%s\\0\"", "'%s\\n'", "\"%s\\n\""};

	for (const char *p = src; (p = memmem(p, len - (size_t)(p - src), "xargs", 5)) != NULL;
	     p += 5) {
		uint32_t at = (uint32_t)(p - src);
		TSNode cn = ts_node_parent(ts_node_descendant_for_byte_range(root, at, at + 5));
		if (ts_node_is_null(cn) || !node_is(cn, "command_name") ||
		    ts_node_end_byte(cn) != at + 5 ||
		    (ts_node_start_byte(cn) != at && src[at - 1] != '/'))
			continue;
		TSNode cmd = ts_node_parent(cn), ps = {0}, prog = {0};
		if (ts_node_is_null(cmd) || !node_is(cmd, "command"))
			continue;
		uint32_t k = ts_node_named_child_count(cmd), i = 0;
		while (i < k && !ts_node_eq(ts_node_named_child(cmd, i), cn))
			i++;
		bool ok = true;
		for (i++; i < k && ok && ts_node_is_null(prog); i++) {
			TSNode a = ts_node_named_child(cmd, i);
			uint32_t as = ts_node_start_byte(a), al = ts_node_end_byte(a) - as;
			bool flag = false;
			for (size_t f = 0; f < sizeof(flags) / sizeof(flags[0]) && !flag; f++)
				flag = (node_is(a, "word") || node_is(a, "number")) &&
				       al == strlen(flags[f]) &&
				       memcmp(src + as, flags[f], al) == 0;
			if (flag)
				continue;
			if (node_is(a, "word") && al == 2 && memcmp(src + as, "-a", 2) == 0 &&
			    ts_node_is_null(ps) && i + 1 < k &&
			    node_is(ts_node_named_child(cmd, i + 1), "process_substitution")) {
				ps = ts_node_named_child(cmd, ++i);
				continue;
			}
			if (src[as] == '-')
				ok = false;
			else
				prog = a;
		}
		if (!ok || ts_node_is_null(ps) || ts_node_is_null(prog) ||
		    ts_node_named_child_count(ps) != 1)
			continue;
		TSNode pf = ts_node_named_child(ps, 0);
		if (!node_is(pf, "command") || ts_node_named_child_count(pf) < 3)
			continue;
		TSNode pn = ts_node_named_child(pf, 0), fmt = ts_node_named_child(pf, 1);
		uint32_t ns = ts_node_start_byte(pn), fs = ts_node_start_byte(fmt),
			 fl = ts_node_end_byte(fmt) - fs;
		if (!node_is(pn, "command_name") || ts_node_end_byte(pn) - ns != 6 ||
		    memcmp(src + ns, "printf", 6) != 0)
			continue;
		ok = false;
		for (size_t f = 0; f < sizeof(formats) / sizeof(formats[0]) && !ok; f++)
			ok = fl == strlen(formats[f]) && memcmp(src + fs, formats[f], fl) == 0;
		uint32_t ws = ts_node_start_byte(ts_node_named_child(pf, 2)),
			 we = ts_node_end_byte(pf), cs = ts_node_start_byte(prog),
			 ce = ts_node_end_byte(cmd);
		if (!ok || memchr(src + ws, '\n', we - ws) != NULL ||
		    memchr(src + cs, '\n', ce - cs) != NULL)
			continue;
		struct buf b = {0};
		buf_append(&b, src + cs, ce - cs);
		buf_append(&b, " ", 1);
		buf_append(&b, src + ws, we - ws);
		buf_append(&b, "", 1);
		edit_add(e, ts_node_start_byte(cn), ce, b.data);
	}
}

/* Bash, only when the parse failed:
 *  - `exec 3<>file` opens a file for reading and writing, a redirection
 *    the grammar (tree-sitter-bash 0.21, and 0.25.1 too) does not know:
 *    read as `3< file`, the same length, where it is not inside a string,
 *    a here-document or a comment.
 *  - "((a) (b))" is a string to bash ($(( opens arithmetic, (( does not),
 *    which the grammar reads as an unterminated ((...)): split as
 *    "(""(a) (b))", the same value, where a double-quoted string opens
 *    with (( or has (( not after $.
 *  - a here-document whose line goes on into a compound command
 *    (bash_heredoc_rest);
 *  - a base before an expansion in arithmetic, $((10#$n))
 *    (bash_arith_base), and the case toggles ${v~~} (bash_case_toggle);
 *  - a here-string after a file redirection (herestring_swaps);
 *  - an array element in a C-style for's header (bash_for_subscripts),
 *    a here-string after a for or select loop (bash_done_herestring);
 *  - a here-string on a descriptor, 3<<< "$s" (bash_fd_herestring);
 *  - a here-document line that opens with a backslash and has a | or >
 *    (bash_heredoc_backslash). */
char *bash_fixup(const char *src, size_t len, TSNode root, size_t *out_len)
{
	struct edits e = {0};
	char *fixed = NULL;
	bool in_string, literal;

	if (memmem(src, len, "eval", 4) != NULL)
		bash_eval_inline(src, len, root, &e);
	if (memmem(src, len, "sh", 2) != NULL)
		bash_child_inline(src, len, root, &e);
	if (memchr(src, '(', len) != NULL)
		bash_subshell_flat(src, len, root, &e);
	if (memmem(src, len, "[@]}", 4) != NULL)
		bash_array_words(src, len, root, &e);
	if (memchr(src, '$', len) != NULL)
		bash_const_vars(src, len, root, &e);
	if (memmem(src, len, "$(", 2) != NULL)
		bash_const_subst(src, len, root, &e);
	if (memmem(src, len, "xargs", 5) != NULL)
		bash_xargs_inline(src, len, root, &e);
	if (e.n > 0 || !ts_node_has_error(root)) {
		if (e.n > 0)
			fixed = apply_edits(src, len, &e, out_len);
		edits_free(&e);
		return fixed;
	}
	for (const char *p = src; (p = memmem(p, len - (size_t)(p - src), "<>", 2)) != NULL;
	     p += 2) {
		uint32_t at = (uint32_t)(p - src);
		if (at + 2 < len && src[at + 2] == '>')
			continue;
		bash_context(root, at, &in_string, &literal);
		if (!in_string && !literal)
			edit_add(&e, at, at + 2, xstrdup("< "));
	}
	for (const char *p = src; (p = memmem(p, len - (size_t)(p - src), "((", 2)) != NULL; p++) {
		uint32_t at = (uint32_t)(p - src);
		if (at == 0 || src[at - 1] == '$' || src[at - 1] == '(')
			continue;
		bash_context(root, at, &in_string, &literal);
		if (!literal && (in_string || src[at - 1] == '"'))
			edit_add(&e, at + 1, at + 1, xstrdup("\"\""));
	}
	bash_heredoc_rest(src, len, root, &e);
	bash_arith_base(src, len, root, &e);
	bash_case_toggle(src, len, root, &e);
	herestring_swaps(src, len, root, &e);
	bash_for_subscripts(src, len, root, &e);
	bash_done_herestring(src, len, root, &e);
	bash_fd_herestring(src, len, root, &e);
	bash_heredoc_backslash(src, len, &e);
	if (e.n > 0)
		fixed = apply_edits(src, len, &e, out_len);
	edits_free(&e);
	return fixed;
}
