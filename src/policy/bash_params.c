/*
 * Bash: the positional parameters after `set -- WORDS` (lang_bash.c binds
 * "@" to the set command). "$@" is the words joined by spaces, as the
 * elements of "${a[@]}" are; "$*" is them joined by the first character of
 * $IFS, so `set -- r m; IFS=; t="$*"` makes t "rm"; $1, ${2} are one word.
 * An argument that is an unquoted expansion is split at $IFS as bash
 * splits it: `IFS=,; s="rm,-rf,/home"; set -- $s` sets three words.
 *
 * Inside a function the positional parameters are the function's own: a
 * set -- elsewhere says nothing about them, and one there is used only by
 * an expansion of that same function. After a `shift` there, which word
 * is $N is not known.
 */
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/bash.h"

static TSNode enclosing_function(TSNode n)
{
	for (TSNode p = ts_node_parent(n); !ts_node_is_null(p); p = ts_node_parent(p))
		if (node_is(p, "function_definition"))
			return p;
	return (TSNode){0};
}

/* N when the variable v is the positional parameter N (1, 12; not 0),
 * else 0. */
long sh_positional_index(struct actx *c, TSNode v)
{
	const char *s = node_src(c, v);
	size_t len = node_len(v);
	long n = 0;

	if (len == 0 || len > 4 || s[0] == '0')
		return 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		n = n * 10 + (s[i] - '0');
	}
	return n;
}

/* $IFS's last constant value (IFS= is empty), else its default. -1: a
 * value that does not fold. */
static int ifs_value(struct actx *c, struct buf *ifs, int depth)
{
	const struct binding *b, *last = NULL;
	size_t i = 0;

	while ((b = actx_lookup(c, "IFS", 3, &i)))
		if (b->kind == BIND_VALUE)
			last = b;
	if (last == NULL) {
		buf_append(ifs, " \t\n", 3);
		return 0;
	}
	return sh_fold_into(c, last->value, ifs, depth + 1);
}

static bool unquoted_expansion(TSNode n)
{
	return node_is(n, "simple_expansion") || node_is(n, "expansion") ||
	       node_is(n, "command_substitution");
}

/* Appends v split at the characters of ifs to words (each word ends in a
 * NUL): a run of IFS white space is one break, each other IFS character
 * ends a word (a,,b is three). */
static void split_words(const char *v, size_t len, const char *ifs, size_t ifslen,
			struct buf *words, size_t *count)
{
	size_t start = 0;
	bool pending = false;

	for (size_t i = 0; i <= len; i++) {
		bool brk = i == len || memchr(ifs, v[i], ifslen) != NULL;
		if (!brk) {
			pending = true;
			continue;
		}
		bool white = i < len && strchr(" \t\n", v[i]) != NULL;
		if (pending || (i < len && !white)) {
			buf_append(words, v + start, i - start);
			buf_append(words, "", 1);
			(*count)++;
		}
		pending = false;
		start = i + 1;
	}
}

/* The words of the set command, NUL-terminated one after another. */
static int set_words(struct actx *c, TSNode set, struct buf *words, size_t *count, int depth)
{
	TSNode args[ARGS_MAX], name;
	size_t nargs = sh_builtin_args(c, set, &name, args, ARGS_MAX);
	struct buf ifs = {0}, v = {0};
	int ret = 0;

	*count = 0;
	for (size_t k = 1; k < nargs && ret == 0; k++) {
		/* set -- "$@" "$1": the words are the parameters themselves */
		const char *t = node_src(c, args[k]);
		size_t tl = node_len(args[k]);
		for (size_t j = 0; j + 1 < tl; j++)
			if (t[j] == '$' && (strchr("@*0123456789", t[j + 1]) ||
					    (t[j + 1] == '{' && j + 2 < tl && strchr("@*0123456789#", t[j + 2]))))
				ret = -1;
		v.len = 0;
		if (ret < 0 || (ret = sh_fold_into(c, args[k], &v, depth + 1)) < 0)
			break;
		if (!unquoted_expansion(args[k])) {
			buf_append(words, v.data ? v.data : "", v.len);
			buf_append(words, "", 1);
			(*count)++;
			continue;
		}
		if (ifs.data == NULL && (ret = ifs_value(c, &ifs, depth)) < 0)
			break;
		split_words(v.data ? v.data : "", v.len, ifs.data ? ifs.data : "", ifs.len, words,
			    count);
	}
	buf_free(&ifs);
	buf_free(&v);
	return ret;
}

int sh_fold_set(struct actx *c, TSNode set, struct buf *out, int depth)
{
	struct buf words = {0};
	size_t count;
	int ret = set_words(c, set, &words, &count, depth);

	if (ret == 0) {
		const char *w = words.data;
		for (size_t k = 0; k < count; k++, w += strlen(w) + 1) {
			if (k > 0)
				buf_append(out, " ", 1);
			buf_append(out, w, strlen(w));
		}
	}
	buf_free(&words);
	return ret;
}

/* Whether a `shift` runs in fn (the program when null), outside the
 * functions defined in it. */
static bool shifts(struct actx *c, TSNode fn, TSNode n)
{
	if (node_is(n, "command") && sh_name_is(c, node_field(n, "name"), "shift"))
		return true;
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_named_child(n, i);
		if (node_is(ch, "function_definition") && !ts_node_eq(ch, fn))
			continue;
		if (shifts(c, fn, ch))
			return true;
	}
	return false;
}

int sh_fold_positional(struct actx *c, TSNode n, long which, struct buf *out, int depth)
{
	const struct binding *b, *set = NULL;
	size_t i = 0, count;
	TSNode fn = enclosing_function(n);
	struct buf words = {0}, ifs = {0};
	int ret;

	if (!sh_step(c, depth))
		return -1;
	while ((b = actx_lookup(c, "@", 1, &i)))
		if (b->kind == BIND_VALUE && node_is(b->value, "command") &&
		    ts_node_eq(enclosing_function(b->value), fn))
			set = b;
	if (set == NULL)
		return -1;
	if (which > 0) {
		TSNode scope = fn;
		if (ts_node_is_null(scope))
			for (scope = n; !ts_node_is_null(ts_node_parent(scope));)
				scope = ts_node_parent(scope);
		/* once a scope: every $1 of a long program asks */
		char key[24];
		int klen = snprintf(key, sizeof(key), "%u", ts_node_start_byte(scope));
		struct memo *m = actx_memo_find(c, 'S', key, (size_t)klen);
		if (m && m->state != MEMO_DONE) {
			m->folded = shifts(c, fn, scope) ? -1 : 0;
			m->state = MEMO_DONE;
		}
		if (m ? m->folded < 0 : shifts(c, fn, scope))
			return -1;
	}
	ret = set_words(c, set->value, &words, &count, depth);
	if (ret == 0 && which == POSITIONAL_STAR)
		ret = ifs_value(c, &ifs, depth);
	if (ret == 0 && which > 0 && (size_t)which > count)
		ret = -1;
	if (ret == 0) {
		const char *w = words.data;
		for (size_t k = 0; k < count; k++, w += strlen(w) + 1) {
			if (which > 0) {
				if ((size_t)which == k + 1)
					buf_append(out, w, strlen(w));
				continue;
			}
			if (k > 0 && (which == POSITIONAL_AT || ifs.len > 0))
				buf_append(out, which == POSITIONAL_AT ? " " : ifs.data, 1);
			buf_append(out, w, strlen(w));
		}
	}
	buf_free(&words);
	buf_free(&ifs);
	return ret;
}

/* ---- v="LD_${v}LOAD": an assignment that reads the variable itself ---- */

/* Whether n is $name or ${name} (no operator, no index). */
static bool names_var(struct actx *c, TSNode n, TSNode name)
{
	TSNode v = ts_node_named_child(n, 0);

	if (!(node_is(n, "simple_expansion") ||
	      (node_is(n, "expansion") && ts_node_named_child_count(n) == 1)))
		return false;
	return node_is(v, "variable_name") && node_len(v) == node_len(name) &&
	       memcmp(node_src(c, v), node_src(c, name), node_len(v)) == 0;
}

bool sh_assigns_from_self(struct actx *c, TSNode name, TSNode value)
{
	if (ts_node_is_null(value) || !node_is(name, "variable_name"))
		return false;
	if (names_var(c, value, name))
		return true;
	if (!node_is(value, "string") && !node_is(value, "concatenation"))
		return false;
	uint32_t k = ts_node_named_child_count(value);
	for (uint32_t i = 0; i < k; i++)
		if (names_var(c, ts_node_named_child(value, i), name))
			return true;
	return false;
}

/* The value of an assignment that reads its own variable: each $v in it
 * is what v was before (the last assignment above it), as for v+=x; in a
 * loop, with nothing before, or after another such assignment, v is
 * unknown. */
int sh_fold_from_self(struct actx *c, TSNode asg, struct buf *out, int depth)
{
	TSNode name = node_field(asg, "name"), value = node_field(asg, "value");
	const struct binding *b, *prev = NULL;
	size_t i = 0, mark = out->len;

	if (sh_in_loop(asg))
		return -1;
	while ((b = actx_lookup(c, node_src(c, name), node_len(name), &i)))
		if (b->kind == BIND_VALUE && ts_node_start_byte(b->value) < ts_node_start_byte(asg))
			prev = b;
	/* one step back only: a chain (v="$v a"; v="$v b"; ...) is folded
	 * again from each of its links, which the budget does not afford */
	if (prev == NULL || node_is(prev->value, "variable_assignment"))
		return -1;
	bool whole = names_var(c, value, name);
	uint32_t k = whole ? 1 : ts_node_child_count(value);
	for (uint32_t j = 0; j < k; j++) {
		TSNode ch = whole ? value : ts_node_child(value, j);
		int ret = 0;
		if (!ts_node_is_named(ch)) {
			if (node_text_is(c, ch, "$"))
				buf_append(out, "$", 1);
			continue;
		}
		ret = names_var(c, ch, name) ? sh_fold_into(c, prev->value, out, depth + 1)
					     : sh_fold_into(c, ch, out, depth + 1);
		if (ret < 0) {
			out->len = mark;
			return -1;
		}
	}
	return 0;
}

/* ---- ${v op ...} ---- */

/* A literal pattern of ${v/pat/rep}, ${v#pat}: no glob characters. */
static char *literal_pattern(struct actx *c, TSNode n, int depth, size_t *len)
{
	char *p = ts_node_is_null(n) ? NULL : fold_dup(c, n, depth + 1, len);
	if (p && strpbrk(p, "*?[")) {
		free(p);
		return NULL;
	}
	if (p == NULL && node_is(n, "regex")) {
		/* raw text: \x is x; a glob character, quote or $ is not literal */
		const char *src = node_src(c, n);
		size_t n_src = node_len(n), o = 0;
		p = xmalloc(n_src + 1);
		for (size_t i = 0; i < n_src; i++) {
			if (src[i] != '\\' && strchr("*?[\"'$", src[i])) {
				free(p);
				return NULL;
			}
			p[o++] = src[i] == '\\' && i + 1 < n_src ? src[++i] : src[i];
		}
		p[o] = '\0';
		*len = o;
	}
	return p;
}

/* ${v%/STAR}, ${v##STAR/}, ${v#STAR.} (STAR a *): a pattern with glob
 * characters, written out (no quote, no $), the shortest or (## and %%)
 * longest prefix or suffix of v it matches taken off, as bash does
 * (${HOME%/STAR} is the directory the home is in). */
static int trim_glob(struct actx *c, TSNode n, const char *op, const char *v, size_t vlen,
		     struct buf *out)
{
	size_t plen = node_len(n);
	if (!node_is(n, "regex") || plen == 0 || plen > 200)
		return -1;
	char *pat = xmalloc(plen + 1), *w = xmalloc(vlen + 1);
	memcpy(pat, node_src(c, n), plen);
	pat[plen] = '\0';
	memcpy(w, v, vlen);
	w[vlen] = '\0';
	bool longest = op[1] != '\0', found = false;
	int ret = strpbrk(pat, "\"'$`") ? -1 : 0;
	for (size_t k = 0; ret == 0 && k <= vlen && !found; k++) {
		/* the part taken off: k bytes, or vlen - k for the longest */
		size_t cut = longest ? vlen - k : k;
		if (op[0] == '#') {
			char save = w[cut];
			w[cut] = '\0';
			found = fnmatch(pat, w, 0) == 0;
			w[cut] = save;
			if (found)
				buf_append(out, v + cut, vlen - cut);
		} else if ((found = fnmatch(pat, w + vlen - cut, 0) == 0)) {
			buf_append(out, v, vlen - cut);
		}
	}
	if (ret == 0 && !found)
		buf_append(out, v, vlen);
	free(pat);
	free(w);
	return ret;
}

/* ${v op ...} for the operators whose result is still a constant. */
int sh_fold_operator(struct actx *c, TSNode n, const char *op, size_t vlen, char *v,
			 struct buf *out, int depth)
{
	TSNode args[4];
	size_t nargs = 0;
	uint32_t k = ts_node_named_child_count(n);

	for (uint32_t i = 1; i < k && nargs < ARRAY_SIZE(args); i++)
		args[nargs++] = ts_node_named_child(n, i);
	if (strcmp(op, "^^") == 0 || strcmp(op, ",,") == 0) {
		for (size_t i = 0; i < vlen; i++) {
			if (op[0] == '^' && v[i] >= 'a' && v[i] <= 'z')
				v[i] = (char)(v[i] - 32);
			else if (op[0] == ',' && v[i] >= 'A' && v[i] <= 'Z')
				v[i] = (char)(v[i] + 32);
		}
		buf_append(out, v, vlen);
		return 0;
	}
	/* ${v@U} ${v@u} ${v@L} change case; @K and @k toggle it, read for
	 * ${v~~} and ${v~} (analyze_source.c); ${v@E} is bash_fold.c's */
	if (op[0] == '@' && op[1] && strchr("ULuKk", op[1]) && op[2] == '\0') {
		bool up = op[1] != 'L', down = op[1] == 'L' || op[1] == 'K' || op[1] == 'k';
		for (size_t i = 0; i < vlen && ((op[1] != 'u' && op[1] != 'k') || i == 0); i++)
			if (up && v[i] >= 'a' && v[i] <= 'z')
				v[i] = (char)(v[i] - 32);
			else if (down && v[i] >= 'A' && v[i] <= 'Z')
				v[i] = (char)(v[i] + 32);
		buf_append(out, v, vlen);
		return 0;
	}
	if (strcmp(op, "/") == 0 || strcmp(op, "//") == 0 || strcmp(op, "/#") == 0 ||
	    strcmp(op, "/%") == 0) {
		size_t plen, rlen = 0;
		char *pat = nargs > 0 ? literal_pattern(c, args[0], depth, &plen) : NULL;
		char *rep = nargs > 1 ? fold_dup(c, args[1], depth + 1, &rlen) : xstrdup("");
		/* ${v/#p/r}: p only at the start, ${v/%p/r} only at the end */
		enum fold_where where = op[1] == '#'   ? REPLACE_START
					: op[1] == '%' ? REPLACE_END
					: op[1] == '/' ? REPLACE_ALL
						       : REPLACE_FIRST;
		int ret = pat && rep ? fold_replace(out, v, vlen, pat, plen, rep, rlen, where) : -1;
		free(pat);
		free(rep);
		return ret;
	}
	if (strcmp(op, "#") == 0 || strcmp(op, "##") == 0 || strcmp(op, "%") == 0 ||
	    strcmp(op, "%%") == 0) {
		size_t plen;
		char *pat = nargs > 0 ? literal_pattern(c, args[0], depth, &plen) : NULL;
		if (pat == NULL)
			return nargs > 0 ? trim_glob(c, args[0], op, v, vlen, out) : -1;
		if (plen <= vlen && op[0] == '#' && memcmp(v, pat, plen) == 0)
			buf_append(out, v + plen, vlen - plen);
		else if (plen <= vlen && op[0] == '%' && memcmp(v + vlen - plen, pat, plen) == 0)
			buf_append(out, v, vlen - plen);
		else
			buf_append(out, v, vlen);
		free(pat);
		return 0;
	}
	if (strcmp(op, ":") == 0 && nargs >= 1 && node_is(args[0], "number")) {
		long off = sh_node_number(c, args[0]), cnt = (long)vlen;
		if (nargs >= 2 && node_is(args[1], "number"))
			cnt = sh_node_number(c, args[1]);
		if (off < 0 || cnt < 0)
			return -1;
		if ((size_t)off > vlen)
			off = (long)vlen;
		if ((size_t)cnt > vlen - (size_t)off)
			cnt = (long)(vlen - (size_t)off);
		buf_append(out, v + off, (size_t)cnt);
		return 0;
	}
	return -1;
}
