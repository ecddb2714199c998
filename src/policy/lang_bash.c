/*
 * Bash: which programs a command runs, and the constant value of a word.
 *
 * A command resolves to the programs it runs. Its name is folded to a
 * constant (quoting and escapes removed: `"cu"rl`, `c\url`, $'\x63url'),
 * split like an unquoted word and stripped of its directory
 * (/usr/bin/curl -> curl). A name that is an expansion resolves to every
 * value the variable is given by a constant assignment (`c=curl`,
 * `declare c=curl`, `for c in curl wget`, `c=$(command -v curl)`), an
 * alias name to its alias. Wrappers run the program that follows their
 * own options: `sudo -u x env A=1 nohup curl` resolves to sudo, env,
 * nohup and curl, so a rule about curl sees it however it is started.
 *
 *   c=curl; $c               -> curl
 *   alias x='curl -s'; x     -> x, curl
 *   "$(which wget)" -O- u    -> wget
 *   timeout 5 busybox wget   -> timeout, busybox, wget
 *   curl u | sudo bash -s    -> sudo, bash, "bash -"
 *
 * The last line: a command also resolves to "P -" when its program P is
 * given no script or string of its own (no operand, or -, /dev/stdin, a
 * shell's -s), so that it runs what it reads on stdin. That is what makes
 * `curl u | sh` a download run as code and `curl u | python3 -c '...'` a
 * download read as data, without rules that list every argument.
 *
 * Folding follows bash's quoting rules: words lose their backslashes,
 * double quotes keep them except before $ ` " \, $'...' decodes C escapes,
 * $var and ${var} fold through constant assignments (with ${v:-default},
 * ${v/a/b}, ${v:0:3}, ${v^^}, ${!v}, ${a[0]}, ${a[@]}), an unset $HOME
 * folds to ~ (so "$HOME/.ssh" and ~/.ssh are one path), and $(echo ...),
 * $(printf ...) and $(echo B64 | base64 -d) fold to what they print. A
 * command folds to the code it runs when it is an eval (its arguments
 * joined by spaces), or to what it prints when it is an echo or printf:
 * `eval "$a" "$b"` and `echo "$code" | sh` are analysed as one program.
 *
 * A command is a call whose callee is the command itself, so contains-call
 * sees `sudo curl` as a call to curl. What a whole command resolves to and
 * what a variable folds to are memoised through the core (every rule asks
 * about every command), and every step counts against the core's budget.
 * Resolution is flow-insensitive, as for the other languages: `read` and
 * assignments from other commands add nothing, and a variable assigned
 * twice resolves to both values (it folds to the last one that folds).
 */
#include <string.h>

#include "policy/analyze_lang.h"

const TSLanguage *tree_sitter_bash(void);

#define ARGS_MAX 64 /* arguments of one command looked at */
#define ALIAS_PREFIX "alias "
#define FUNCTION_PREFIX "function "

static int sh_fold(struct actx *c, TSNode n, struct buf *out, int depth);
static void program_names(struct actx *c, TSNode n, struct names *out, int depth);

/* ---- small helpers ---- */

/* Counts a step of resolution or folding against the core's budget. */
static bool step(struct actx *c, int depth)
{
	if (depth > RESOLVE_DEPTH)
		c->exhausted = true;
	return depth <= RESOLVE_DEPTH && actx_step(c);
}

static bool text_is(const struct actx *c, TSNode n, const char *s)
{
	size_t len = strlen(s);
	return !ts_node_is_null(n) && node_len(n) == len && memcmp(node_src(c, n), s, len) == 0;
}

static bool names_has(const struct names *ns, const char *s)
{
	for (int i = 0; i < ns->n; i++)
		if (strcmp(ns->v[i], s) == 0)
			return true;
	return false;
}

/* The children of n in field `field`, in order. */
static size_t field_children(TSNode n, const char *field, TSNode *out, size_t max)
{
	TSTreeCursor cur = ts_tree_cursor_new(n);
	size_t k = 0;

	if (ts_tree_cursor_goto_first_child(&cur)) {
		do {
			const char *f = ts_tree_cursor_current_field_name(&cur);
			if (f && strcmp(f, field) == 0 && k < max)
				out[k++] = ts_tree_cursor_current_node(&cur);
		} while (ts_tree_cursor_goto_next_sibling(&cur));
	}
	ts_tree_cursor_delete(&cur);
	return k;
}

static size_t command_args(TSNode cmd, TSNode *out, size_t max)
{
	return field_children(cmd, "argument", out, max);
}

/* The first anonymous child of n whose text is an operator ("+=", ":-"). */
static TSNode operator_child(TSNode n)
{
	uint32_t k = ts_node_child_count(n);
	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_child(n, i);
		if (!ts_node_is_named(ch))
			return ch;
	}
	return (TSNode){0};
}

/* A number node's value (the source is not NUL-terminated: no strtol). */
static long node_number(const struct actx *c, TSNode n)
{
	const char *s = node_src(c, n);
	size_t len = node_len(n), i = 0;
	bool neg = len > 0 && s[0] == '-';
	long v = 0;

	for (i = neg; i < len && s[i] >= '0' && s[i] <= '9' && v < 100000000; i++)
		v = v * 10 + (s[i] - '0');
	return neg ? -v : v;
}

/* ---- quoting ---- */

/* An unquoted word: a backslash quotes the next character. */
static void unquote_word(const char *s, size_t len, struct buf *out)
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
static void unquote_double(const char *s, size_t len, struct buf *out)
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

static void unescape_c(const char *s, size_t len, bool octal_zero, struct buf *out)
{
	for (size_t i = 0; i < len;) {
		if (s[i] == '\\')
			i += c_escape(s + i, len - i, octal_zero, out);
		else
			buf_append(out, s + i++, 1);
	}
}

/* ---- folding ---- */

static bool is_home(const char *s, size_t len)
{
	return len == 4 && memcmp(s, "HOME", 4) == 0;
}

/* One element of an array value, or all of them (index -2, joined by
 * spaces); a scalar is its own element 0. */
static int fold_element(struct actx *c, TSNode value, long index, struct buf *out, int depth)
{
	if (!node_is(value, "array"))
		return index > 0 ? -1 : sh_fold(c, value, out, depth + 1);
	uint32_t k = ts_node_named_child_count(value);
	if (index == -2) {
		for (uint32_t i = 0; i < k; i++) {
			if (i)
				buf_append(out, " ", 1);
			if (sh_fold(c, ts_node_named_child(value, i), out, depth + 1) < 0)
				return -1;
		}
		return 0;
	}
	if (index < 0)
		index = 0;
	if ((uint32_t)index >= k)
		return -1;
	return sh_fold(c, ts_node_named_child(value, (uint32_t)index), out, depth + 1);
}

/* ${name[index]}: the last constant value the variable is given
 * (v=cu; v+=rl is curl). */
static int fold_var_index(struct actx *c, const char *name, size_t len, long index, struct buf *out,
			  int depth)
{
	const struct binding *b, *found[64];
	size_t i = 0, n = 0;
	bool bound = false;

	if (!step(c, depth))
		return -1;
	while ((b = actx_lookup(c, name, len, &i))) {
		bound = true;
		if (b->kind == BIND_VALUE && n < ARRAY_SIZE(found))
			found[n++] = b;
	}
	for (; n > 0; n--) {
		size_t mark = out->len;
		if (fold_element(c, found[n - 1]->value, index, out, depth) == 0)
			return 0;
		out->len = mark;
	}
	if (!bound && is_home(name, len)) {
		buf_append(out, "~", 1);
		return 0;
	}
	return -1;
}

static int fold_bound(struct actx *c, const char *name, size_t len, struct buf *out, int depth)
{
	return fold_var_index(c, name, len, -1, out, depth);
}

/* The key "name[@]" stands for all of name's elements. */
static int fold_bound_all(struct actx *c, const char *key, size_t len, struct buf *out, int depth)
{
	return fold_var_index(c, key, len - 3, -2, out, depth);
}

/* $name and ${name[@]} are memoised by the core: each is folded once,
 * and a variable built from itself (a=(x "${a[@]}")) is a cycle, not an
 * exponential walk. */
static int fold_var(struct actx *c, const char *name, size_t len, long index, struct buf *out,
		    int depth)
{
	char key[256];

	if (index == -1)
		return actx_fold_name(c, name, len, out, depth, fold_bound);
	if (index == -2 && len + 4 <= sizeof(key)) {
		memcpy(key, name, len);
		memcpy(key + len, "[@]", 4);
		return actx_fold_name(c, key, len + 3, out, depth, fold_bound_all);
	}
	return fold_var_index(c, name, len, index, out, depth);
}

/* The variable an expansion names, and the array index it asks for:
 * -1 none, -2 [@] or [*]. */
static TSNode expansion_var(const struct actx *c, TSNode n, long *index)
{
	*index = -1;
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_named_child(n, i);
		if (node_is(ch, "variable_name"))
			return ch;
		if (node_is(ch, "subscript")) {
			TSNode idx = node_field(ch, "index");
			if (text_is(c, idx, "@") || text_is(c, idx, "*"))
				*index = -2;
			else if (node_is(idx, "number"))
				*index = node_number(c, idx);
			else
				return (TSNode){0};
			return node_field(ch, "name");
		}
		if (node_is(ch, "special_variable_name"))
			return (TSNode){0};
	}
	return (TSNode){0};
}

/* A literal pattern of ${v/pat/rep}, ${v#pat}: no glob characters. */
static char *literal_pattern(struct actx *c, TSNode n, int depth, size_t *len)
{
	char *p = ts_node_is_null(n) ? NULL : fold_dup(c, n, depth + 1, len);
	if (p && strpbrk(p, "*?[")) {
		free(p);
		return NULL;
	}
	if (p == NULL && node_is(n, "regex")) {
		/* the grammar leaves the pattern as raw text */
		*len = node_len(n);
		p = xmalloc(*len + 1);
		memcpy(p, node_src(c, n), *len);
		p[*len] = '\0';
		if (strpbrk(p, "*?[\\\"'$")) {
			free(p);
			return NULL;
		}
	}
	return p;
}

/* ${v op ...} for the operators whose result is still a constant. */
static int fold_operator(struct actx *c, TSNode n, const char *op, size_t vlen, char *v,
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
	if (strcmp(op, "/") == 0 || strcmp(op, "//") == 0) {
		size_t plen, rlen = 0;
		char *pat = nargs > 0 ? literal_pattern(c, args[0], depth, &plen) : NULL;
		char *rep = nargs > 1 ? fold_dup(c, args[1], depth + 1, &rlen) : xstrdup("");
		int ret = pat && rep && plen > 0 ? 0 : -1;
		bool done = false;
		for (size_t i = 0; ret == 0 && i < vlen;) {
			if (!done && i + plen <= vlen && memcmp(v + i, pat, plen) == 0) {
				buf_append(out, rep, rlen);
				i += plen;
				done = op[1] != '/';
			} else
				buf_append(out, v + i++, 1);
		}
		free(pat);
		free(rep);
		return ret;
	}
	if (strcmp(op, "#") == 0 || strcmp(op, "##") == 0 || strcmp(op, "%") == 0 ||
	    strcmp(op, "%%") == 0) {
		size_t plen;
		char *pat = nargs > 0 ? literal_pattern(c, args[0], depth, &plen) : NULL;
		if (pat == NULL)
			return -1;
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
		long off = node_number(c, args[0]), cnt = (long)vlen;
		if (nargs >= 2 && node_is(args[1], "number"))
			cnt = node_number(c, args[1]);
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

/* ${v}, ${v:-default}, ${a[0]}, ${!v} and the operators above. */
static int fold_expansion(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode opn = node_field(n, "operator");
	char op[8] = "";
	long index;
	TSNode var = expansion_var(c, n, &index);

	if (ts_node_is_null(var))
		return -1;
	if (!ts_node_is_null(opn) && node_len(opn) < sizeof(op)) {
		memcpy(op, node_src(c, opn), node_len(opn));
		op[node_len(opn)] = '\0';
	}
	if (strcmp(op, "#") == 0 && ts_node_start_byte(opn) < ts_node_start_byte(var))
		return -1; /* ${#v}: a length */
	if (strcmp(op, "!") == 0) {
		/* ${!v}: the variable whose name is v's value */
		struct buf name = {0};
		int ret = fold_var(c, node_src(c, var), node_len(var), -1, &name, depth + 1);
		if (ret == 0)
			ret = name.len > 0 ? fold_var(c, name.data, name.len, -1, out, depth + 1)
					   : -1;
		buf_free(&name);
		return ret;
	}
	size_t mark = out->len;
	int ret = fold_var(c, node_src(c, var), node_len(var), index, out, depth + 1);
	if (op[0] == '\0')
		return ret;
	if (strcmp(op, ":-") == 0 || strcmp(op, "-") == 0 || strcmp(op, ":=") == 0 ||
	    strcmp(op, "=") == 0) {
		if (ret == 0)
			return 0;
		out->len = mark;
		TSNode def = ts_node_named_child(n, 1);
		return ts_node_is_null(def) ? 0 : sh_fold(c, def, out, depth + 1);
	}
	if (ret < 0)
		return -1;
	size_t vlen = out->len - mark;
	char *v = xmalloc(vlen + 1);
	if (vlen > 0)
		memcpy(v, out->data + mark, vlen);
	v[vlen] = '\0';
	out->len = mark;
	ret = fold_operator(c, n, op, vlen, v, out, depth);
	free(v);
	return ret;
}

static int fold_children(struct actx *c, TSNode n, struct buf *out, int depth)
{
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (sh_fold(c, ts_node_named_child(n, i), out, depth + 1) < 0)
			return -1;
	return 0;
}

/* "...": its pieces, each folded; a lone $ is itself. */
static int fold_string(struct actx *c, TSNode n, struct buf *out, int depth)
{
	uint32_t k = ts_node_child_count(n);
	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_child(n, i);
		if (!ts_node_is_named(ch)) {
			if (text_is(c, ch, "$"))
				buf_append(out, "$", 1);
			continue;
		}
		if (sh_fold(c, ch, out, depth + 1) < 0)
			return -1;
	}
	return 0;
}

/* A heredoc's text, its expansions folded. */
static int fold_heredoc(struct actx *c, TSNode n, struct buf *out, int depth)
{
	uint32_t pos = ts_node_start_byte(n), k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_named_child(n, i);
		buf_append(out, c->src + pos, ts_node_start_byte(ch) - pos);
		if (node_is(ch, "heredoc_content"))
			buf_append(out, node_src(c, ch), node_len(ch));
		else if (sh_fold(c, ch, out, depth + 1) < 0)
			return -1;
		pos = ts_node_end_byte(ch);
	}
	buf_append(out, c->src + pos, ts_node_end_byte(n) - pos);
	return 0;
}

/* ---- commands: wrappers and what a program's name is ---- */

struct wrapper {
	const char *name;
	const char *arg_opts; /* short options that take the next word */
	const char *no_run;   /* short options that make it run nothing (command -v) */
	int operands;	      /* words before the program (timeout's duration) */
	bool assignments;     /* NAME=value words before the program (env, sudo) */
	bool after_exec;      /* the program follows -exec (find) */
	bool takes_stdin;     /* reads stdin itself (xargs): the program does not */
};

static const struct wrapper wrappers[] = {
    {"command", "", "vV", 0, false},
    {"builtin", "", "", 0, false},
    {"exec", "a", "", 0, false},
    {"env", "uCS", "", 0, true},
    {"sudo", "ugpCDrtUTR", "lLvV", 0, true},
    {"doas", "uC", "", 0, false},
    {"nohup", "", "", 0, false},
    {"timeout", "sk", "", 1, false},
    {"xargs", "IdEaLnPs", "", 0, false, false, true},
    {"busybox", "", "", 0, false},
    {"nice", "n", "", 0, false},
    {"ionice", "cnp", "", 0, false},
    {"stdbuf", "ioe", "", 0, false},
    {"time", "fo", "", 0, false},
    {"setsid", "", "", 0, false},
    {"chroot", "", "", 1, false},
    {"taskset", "", "", 1, false},
    {"flock", "wE", "", 1, false},
    {"unbuffer", "", "", 0, false},
    {"runuser", "ugG", "", 0, false},
    {"strace", "oeEpsuSP", "", 0, false},
    {"ltrace", "oeEpsuSn", "", 0, false},
    {"watch", "nd", "", 0, false},
    {"proxychains", "f", "", 0, false},
    {"proxychains4", "f", "", 0, false},
    {"torsocks", "", "", 0, false},
    {"tsocks", "", "", 0, false},
    {"fakeroot", "", "", 0, false},
    {"eatmydata", "", "", 0, false},
    {"unshare", "", "", 0, false},
    {"faketime", "", "", 1, false},
    {"chrt", "", "", 1, false},
    {"sg", "", "", 1, false},
    {"find", "", "", 0, false, true},
    {"parallel", "j", "", 0, false, false, true},
    {"coproc", "", "", 0, false},
};

static const struct wrapper *wrapper_find(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(wrappers); i++)
		if (strcmp(wrappers[i].name, name) == 0)
			return &wrappers[i];
	return NULL;
}

static bool is_assignment_word(const char *s)
{
	if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || *s == '_'))
		return false;
	while ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
	       *s == '_')
		s++;
	return *s == '=';
}

/* Which of args (from start) is the program wrapper w runs, or -1. A word
 * that does not fold is taken to be the program: `sudo "$cmd"`. */
static int wrapped_index(struct actx *c, const struct wrapper *w, const TSNode *args, size_t nargs,
			 size_t start, int depth)
{
	int operands = w->operands;

	if (w->after_exec) {
		for (size_t i = start; i + 1 < nargs; i++) {
			char *a = fold_dup(c, args[i], depth + 1, NULL);
			bool hit = a && (strcmp(a, "-exec") == 0 || strcmp(a, "-execdir") == 0 ||
					 strcmp(a, "-ok") == 0 || strcmp(a, "-okdir") == 0);
			free(a);
			if (hit)
				return (int)i + 1;
		}
		return -1;
	}
	for (size_t i = start; i < nargs; i++) {
		char *a = fold_dup(c, args[i], depth + 1, NULL);
		if (a == NULL && operands > 0) {
			operands--;
			continue;
		}
		if (a == NULL)
			return (int)i;
		if (strcmp(a, "--") == 0) {
			free(a);
			if (operands > 0)
				continue;
			return i + 1 < nargs ? (int)i + 1 : -1;
		}
		if (a[0] == '-' && a[1] != '\0') {
			/* -u root, -iu root: the last letter of a cluster takes the word */
			bool takes_arg = a[1] != '-' && strchr(w->arg_opts, a[strlen(a) - 1]);
			bool runs_nothing = a[1] != '-' && strpbrk(a + 1, w->no_run) != NULL &&
					    w->no_run[0] != '\0';
			free(a);
			if (runs_nothing)
				return -1;
			if (takes_arg)
				i++;
			continue;
		}
		if (w->assignments && is_assignment_word(a)) {
			free(a);
			continue;
		}
		free(a);
		if (operands > 0) {
			operands--;
			continue;
		}
		return (int)i;
	}
	return -1;
}

/* The program a folded word names: its first field, without directory. */
static void add_program(struct names *out, const char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	size_t len = strcspn(s, " \t\n");
	const char *base = s;
	for (size_t i = 0; i < len; i++)
		if (s[i] == '/')
			base = s + i + 1;
	len -= (size_t)(base - s);
	if (len > 0)
		names_addf(out, "%.*s", (int)len, base);
}

/* `which X`, `command -v X`, `type -P X` inside $(...): the program X. */
static bool lookup_program(struct actx *c, TSNode subst, struct names *out, int depth)
{
	TSNode cmd = ts_node_named_child(subst, 0), args[ARGS_MAX];
	struct names ns = {0};
	bool hit = false;

	if (!node_is(cmd, "command") || ts_node_named_child_count(subst) != 1)
		return false;
	program_names(c, node_field(cmd, "name"), &ns, depth + 1);
	if (names_has(&ns, "which") || names_has(&ns, "command") || names_has(&ns, "type") ||
	    names_has(&ns, "whereis") || names_has(&ns, "realpath") || names_has(&ns, "readlink")) {
		size_t n = command_args(cmd, args, ARGS_MAX);
		for (size_t i = 0; i < n && !hit; i++) {
			char *a = fold_dup(c, args[i], depth + 1, NULL);
			if (a == NULL || a[0] != '-') {
				program_names(c, args[i], out, depth + 1);
				hit = true;
			}
			free(a);
		}
	}
	names_free(&ns);
	return hit;
}

/* Every value a variable is given, as a program name. */
static void resolve_bound(struct actx *c, const char *name, size_t len, struct names *out,
			  int depth)
{
	const struct binding *b;
	size_t i = 0;
	bool bound = false;

	while ((b = actx_lookup(c, name, len, &i))) {
		bound = true;
		if (b->kind != BIND_VALUE)
			continue;
		TSNode v = b->value;
		if (node_is(v, "array"))
			v = ts_node_named_child(v, 0);
		program_names(c, v, out, depth + 1);
	}
	/* the environment's names for a shell */
	if (!bound && len == 5 && memcmp(name, "SHELL", 5) == 0)
		names_add(out, "sh");
	else if (!bound && len == 4 && memcmp(name, "BASH", 4) == 0)
		names_add(out, "bash");
}

/* An alias: the program its value starts with. */
static void resolve_alias(struct actx *c, const char *key, size_t len, struct names *out, int depth)
{
	const struct binding *b;
	size_t i = 0;

	while ((b = actx_lookup(c, key, len, &i))) {
		char *v = fold_dup(c, b->value, depth + 1, NULL);
		char *eq = v ? strchr(v, '=') : NULL;
		if (eq)
			add_program(out, eq + 1);
		free(v);
	}
}

static void program_names_of_var(struct actx *c, TSNode n, struct names *out, int depth)
{
	long index;
	TSNode var = node_is(n, "simple_expansion") ? ts_node_named_child(n, 0)
						    : expansion_var(c, n, &index);

	if (!ts_node_is_null(var) && node_is(var, "variable_name"))
		actx_resolve_name(c, node_src(c, var), node_len(var), out, depth, resolve_bound);
}

/* The programs a word in command position may run (no wrappers). */
static void program_names(struct actx *c, TSNode n, struct names *out, int depth)
{
	if (ts_node_is_null(n) || !step(c, depth))
		return;
	if (node_is(n, "command_name")) {
		TSNode w = ts_node_named_child(n, 0);
		if (node_is(w, "word")) {
			/* an alias is expanded before anything else */
			char key[256];
			int len = snprintf(key, sizeof(key), ALIAS_PREFIX "%.*s", (int)node_len(w),
					   node_src(c, w));
			if (len > 0 && (size_t)len < sizeof(key) &&
			    actx_is_bound(c, key, (size_t)len))
				actx_resolve_name(c, key, (size_t)len, out, depth, resolve_alias);
		}
		program_names(c, w, out, depth + 1);
		return;
	}
	if (node_is(n, "simple_expansion") || node_is(n, "expansion")) {
		if (ts_node_is_null(node_field(n, "operator"))) {
			program_names_of_var(c, n, out, depth);
			return;
		}
	} else if (node_is(n, "string") && ts_node_named_child_count(n) == 1) {
		TSNode only = ts_node_named_child(n, 0);
		if (!node_is(only, "string_content")) {
			program_names(c, only, out, depth + 1);
			return;
		}
	} else if (node_is(n, "command_substitution")) {
		if (lookup_program(c, n, out, depth))
			return;
	}
	char *v = fold_dup(c, n, depth + 1, NULL);
	if (v)
		add_program(out, v);
	free(v);
}

/* args[idx] is in command position: its programs, then what those that
 * are wrappers run. */
static void resolve_chain(struct actx *c, const TSNode *args, size_t nargs, size_t idx,
			  struct names *out, int depth)
{
	struct names ns = {0};

	if (depth > RESOLVE_DEPTH)
		return;
	program_names(c, args[idx], &ns, depth + 1);
	for (int i = 0; i < ns.n; i++) {
		names_add(out, ns.v[i]);
		const struct wrapper *w = wrapper_find(ns.v[i]);
		int j = w ? wrapped_index(c, w, args, nargs, idx + 1, depth) : -1;
		if (j >= 0)
			resolve_chain(c, args, nargs, (size_t)j, out, depth + 1);
	}
	names_free(&ns);
}

/* The words of a command: its name, then its arguments. */
static size_t command_words(TSNode cmd, TSNode *out, size_t max)
{
	TSNode name = node_field(cmd, "name");
	if (ts_node_is_null(name) || max == 0)
		return 0;
	out[0] = name;
	return 1 + command_args(cmd, out + 1, max - 1);
}

static void resolve_command(struct actx *c, TSNode cmd, struct names *out, int depth)
{
	TSNode words[ARGS_MAX + 1];
	size_t n = command_words(cmd, words, ARRAY_SIZE(words));

	if (n > 0)
		resolve_chain(c, words, n, 0, out, depth);
}

/* Whether one of args is an option with one of the letters shorts (in a
 * cluster: -xs) or is longopt. */
static bool options_have(struct actx *c, const TSNode *args, size_t n, const char *shorts,
			 const char *longopt, int depth)
{
	bool hit = false;

	for (size_t i = 0; i < n && !hit; i++) {
		char *a = fold_dup(c, args[i], depth + 1, NULL);
		if (a && a[0] == '-' && a[1] == '-')
			hit = longopt && strcmp(a, longopt) == 0;
		else if (a && a[0] == '-' && shorts[0])
			hit = strpbrk(a + 1, shorts) != NULL;
		free(a);
	}
	return hit;
}

/* The words of a command that are in command position: its name, then
 * what each wrapper runs (sudo -u x env A=1 curl: 0, 3, 5). */
struct chain {
	size_t idx[8];
	size_t n;
	bool stdin_taken; /* a wrapper (xargs) reads stdin, not the program */
};

static void command_chain(struct actx *c, const TSNode *words, size_t n, struct chain *ch,
			  int depth)
{
	size_t idx = 0;

	memset(ch, 0, sizeof(*ch));
	while (n > 0 && ch->n < ARRAY_SIZE(ch->idx)) {
		struct names ns = {0};
		int next = -1;
		ch->idx[ch->n++] = idx;
		program_names(c, words[idx], &ns, depth + 1);
		for (int i = 0; i < ns.n && next < 0; i++) {
			const struct wrapper *w = wrapper_find(ns.v[i]);
			if (w)
				next = wrapped_index(c, w, words, n, idx + 1, depth);
			if (next >= 0 && w->takes_stdin)
				ch->stdin_taken = true;
		}
		names_free(&ns);
		if (next < 0)
			break;
		idx = (size_t)next;
	}
}

/* Where the arguments of `want` start when the command runs it (directly
 * or through wrappers), or -1. */
static int command_runs(struct actx *c, const char *want, const TSNode *words, size_t n, int depth)
{
	struct chain ch;

	command_chain(c, words, n, &ch, depth);
	for (size_t k = 0; k < ch.n; k++) {
		struct names ns = {0};
		program_names(c, words[ch.idx[k]], &ns, depth + 1);
		bool hit = names_has(&ns, want);
		names_free(&ns);
		if (hit)
			return (int)ch.idx[k] + 1;
	}
	return -1;
}

static bool is_shell(const char *p)
{
	static const char *const shells[] = {"sh",  "bash", "dash", "zsh", "ksh",  "mksh",
					     "ash", "yash", "posh", "csh", "tcsh", "fish"};
	for (size_t i = 0; i < ARRAY_SIZE(shells); i++)
		if (strcmp(p, shells[i]) == 0)
			return true;
	return false;
}

/* Short options of program p that take the next word as their value. */
static const char *value_options(const char *p)
{
	const struct wrapper *w = wrapper_find(p);

	if (w)
		return w->arg_opts;
	if (is_shell(p))
		return "oO";
	if (strncmp(p, "python", 6) == 0 || strncmp(p, "pypy", 4) == 0)
		return "WX";
	if (strcmp(p, "node") == 0 || strcmp(p, "nodejs") == 0)
		return "r";
	return "";
}

/* Whether program p, given words[from..n), runs no file or string of its
 * own: no operand, or `-`, /dev/stdin, or a shell's -s. An interpreter
 * like that runs what it reads on stdin. */
static bool reads_stdin(struct actx *c, const char *p, const TSNode *words, size_t from, size_t n,
			int depth)
{
	const struct wrapper *w = wrapper_find(p);
	const char *vals = value_options(p);
	bool ok = true;

	for (size_t i = from; i < n && ok; i++) {
		char *a = fold_dup(c, words[i], depth + 1, NULL);
		if (a == NULL) {
			ok = false; /* "$script" */
		} else if (strcmp(a, "-") == 0 || strcmp(a, "/dev/stdin") == 0 ||
			   strcmp(a, "/dev/fd/0") == 0 || strcmp(a, "/proc/self/fd/0") == 0) {
			free(a);
			return true;
		} else if (strcmp(a, "--") == 0) {
			ok = i + 1 == n;
		} else if ((a[0] == '-' || (a[0] == '+' && is_shell(p))) && a[1] != '\0') {
			if (a[1] != '-' && is_shell(p) && strchr(a + 1, 's')) {
				free(a);
				return true;
			}
			if (a[1] != '-' && strchr(vals, a[strlen(a) - 1]))
				i++;
		} else if (!(w && w->assignments && is_assignment_word(a))) {
			ok = false;
		}
		free(a);
	}
	return ok;
}

/* "P -" for the program P a command runs when P reads its program (or,
 * for env and printenv, nothing) from stdin: `curl u | sudo bash`. */
static void resolve_stdin(struct actx *c, const TSNode *words, size_t n, struct names *out,
			  int depth)
{
	struct chain ch;
	struct names ns = {0};

	command_chain(c, words, n, &ch, depth);
	if (ch.n == 0 || ch.stdin_taken)
		return;
	size_t last = ch.idx[ch.n - 1];
	program_names(c, words[last], &ns, depth + 1);
	for (int i = 0; i < ns.n; i++) {
		if (!reads_stdin(c, ns.v[i], words, last + 1, n, depth))
			continue;
		names_addf(out, "%s -", ns.v[i]);
		/* sudo -s, sudo -i and su start a shell, which reads stdin */
		if (strcmp(ns.v[i], "su") == 0 || strcmp(ns.v[i], "runuser") == 0 ||
		    (strcmp(ns.v[i], "sudo") == 0 &&
		     (options_have(c, words + 1, n - 1, "si", "--shell", depth) ||
		      options_have(c, words + 1, n - 1, "", "--login", depth))))
			names_add(out, "sh -");
	}
	names_free(&ns);
}

/* eval's code: its arguments joined by spaces. */
static int fold_eval(struct actx *c, TSNode cmd, struct buf *out, int depth)
{
	TSNode words[ARGS_MAX + 1];
	size_t n = command_words(cmd, words, ARRAY_SIZE(words));
	int start = command_runs(c, "eval", words, n, depth);

	if (start < 0)
		return -1;
	for (size_t i = (size_t)start; i < n; i++) {
		if (i > (size_t)start)
			buf_append(out, " ", 1);
		if (sh_fold(c, words[i], out, depth + 1) < 0)
			return -1;
	}
	return 0;
}

/* ---- what $(...) prints, when that is a constant ---- */

static bool command_is(struct actx *c, TSNode cmd, const char *name, int depth)
{
	struct names ns = {0};
	bool hit;

	if (!node_is(cmd, "command"))
		return false;
	resolve_command(c, cmd, &ns, depth + 1);
	hit = names_has(&ns, name);
	names_free(&ns);
	return hit;
}

/* The words of the echo or printf a command runs (through wrappers). */
static size_t print_args(struct actx *c, TSNode cmd, const char *prog, TSNode *args, int depth)
{
	TSNode words[ARGS_MAX + 1];
	size_t n = command_words(cmd, words, ARRAY_SIZE(words));
	int start = node_is(cmd, "command") ? command_runs(c, prog, words, n, depth) : -1;

	if (start < 0)
		return SIZE_MAX;
	for (size_t i = (size_t)start; i < n; i++)
		args[i - (size_t)start] = words[i];
	return n - (size_t)start;
}

/* echo [-neE] WORDS */
static int fold_echo(struct actx *c, const TSNode *args, size_t n, struct buf *out, int depth)
{
	struct buf tmp = {0};
	bool escapes = false;
	size_t i = 0;
	int ret = 0;

	for (; i < n; i++) {
		char *a = fold_dup(c, args[i], depth + 1, NULL);
		bool opt = a && a[0] == '-' && a[1] && strspn(a + 1, "neE") == strlen(a + 1);
		if (opt)
			escapes = strchr(a, 'e') != NULL;
		free(a);
		if (!opt)
			break;
	}
	for (size_t first = i; ret == 0 && i < n; i++) {
		if (i > first)
			buf_append(&tmp, " ", 1);
		ret = sh_fold(c, args[i], &tmp, depth + 1);
	}
	if (ret == 0 && escapes)
		unescape_c(tmp.data ? tmp.data : "", tmp.len, true, out);
	else if (ret == 0)
		buf_append(out, tmp.data, tmp.len);
	buf_free(&tmp);
	return ret;
}

/* printf FORMAT [ARGS], for the formats %s and %b and a format alone. */
static int fold_printf(struct actx *c, const TSNode *args, size_t n, struct buf *out, int depth)
{
	struct buf tmp = {0};
	char *fmt = n > 0 ? fold_dup(c, args[0], depth + 1, NULL) : NULL;
	int ret = 0;

	if (fmt == NULL)
		return -1;
	if (strcmp(fmt, "%s") == 0 || strcmp(fmt, "%b") == 0) {
		for (size_t i = 1; ret == 0 && i < n; i++)
			ret = sh_fold(c, args[i], &tmp, depth + 1);
		if (ret == 0 && fmt[1] == 'b')
			unescape_c(tmp.data ? tmp.data : "", tmp.len, true, out);
		else if (ret == 0)
			buf_append(out, tmp.data, tmp.len);
	} else if (n == 1 && strchr(fmt, '%') == NULL)
		unescape_c(fmt, strlen(fmt), false, out);
	else
		ret = -1;
	free(fmt);
	buf_free(&tmp);
	return ret;
}

static int fold_print(struct actx *c, TSNode cmd, struct buf *out, int depth)
{
	TSNode args[ARGS_MAX + 1];
	size_t n;

	if ((n = print_args(c, cmd, "echo", args, depth)) != SIZE_MAX)
		return fold_echo(c, args, n, out, depth);
	if ((n = print_args(c, cmd, "printf", args, depth)) != SIZE_MAX)
		return fold_printf(c, args, n, out, depth);
	return -1;
}

static bool has_option(struct actx *c, TSNode cmd, const char *shorts, const char *longopt,
		       int depth)
{
	TSNode args[ARGS_MAX];
	size_t n = command_args(cmd, args, ARGS_MAX);

	return options_have(c, args, n, shorts, longopt, depth);
}

enum decoder { DEC_NONE, DEC_BASE64, DEC_HEX, DEC_REV };

/* Whether cmd decodes its input as `base64 -d`, `xxd -r -p` or `rev`. */
static enum decoder decoder_of(struct actx *c, TSNode cmd, int depth)
{
	if (command_is(c, cmd, "base64", depth) && has_option(c, cmd, "dD", "--decode", depth))
		return DEC_BASE64;
	if (command_is(c, cmd, "xxd", depth) && has_option(c, cmd, "r", "--revert", depth))
		return DEC_HEX;
	if (command_is(c, cmd, "rev", depth))
		return DEC_REV;
	return DEC_NONE;
}

static int decode(enum decoder d, const struct buf *in, struct buf *out)
{
	int hi = -1;

	switch (d) {
	case DEC_BASE64:
		return base64_decode_append(in->data ? in->data : "", in->len, out);
	case DEC_HEX:
		for (size_t i = 0; i < in->len; i++) {
			int v = fold_hex_digit(in->data[i]);
			if (v < 0)
				continue;
			if (hi < 0) {
				hi = v;
			} else {
				char ch = (char)(hi * 16 + v);
				buf_append(out, &ch, 1);
				hi = -1;
			}
		}
		return 0;
	case DEC_REV:
		for (size_t i = in->len; i > 0; i--)
			buf_append(out, in->data + i - 1, 1);
		return 0;
	case DEC_NONE:
		break;
	}
	return -1;
}

/* What a statement prints: echo/printf, or one decoded by the next stages
 * of a pipeline, or a decoder fed a here-string. What the stages are is
 * checked before anything is folded: `echo "$x" | sed ...` is common and
 * never a constant. */
static int fold_output(struct actx *c, TSNode st, struct buf *out, int depth)
{
	enum decoder dec[16];

	if (depth > RESOLVE_DEPTH)
		return -1;
	if (node_is(st, "command")) {
		TSNode hs;
		if (field_children(st, "redirect", &hs, 1) == 1 &&
		    node_is(hs, "herestring_redirect")) {
			struct buf in = {0};
			enum decoder d = decoder_of(c, st, depth);
			int ret = d == DEC_NONE ? -1 : fold_children(c, hs, &in, depth + 1);
			if (ret == 0)
				ret = decode(d, &in, out);
			buf_free(&in);
			return ret;
		}
		return fold_print(c, st, out, depth);
	}
	if (node_is(st, "pipeline")) {
		uint32_t k = ts_node_named_child_count(st);
		struct buf cur = {0};
		if (k < 2 || k > ARRAY_SIZE(dec))
			return -1;
		for (uint32_t i = 1; i < k; i++)
			if ((dec[i] = decoder_of(c, ts_node_named_child(st, i), depth)) == DEC_NONE)
				return -1;
		int ret = fold_output(c, ts_node_named_child(st, 0), &cur, depth + 1);
		for (uint32_t i = 1; ret == 0 && i < k; i++) {
			struct buf next = {0};
			ret = decode(dec[i], &cur, &next);
			buf_free(&cur);
			cur = next;
		}
		if (ret == 0)
			buf_append(out, cur.data, cur.len);
		buf_free(&cur);
		return ret;
	}
	return -1;
}

static int fold_substitution(struct actx *c, TSNode n, struct buf *out, int depth)
{
	size_t mark = out->len;

	if (ts_node_named_child_count(n) != 1)
		return -1;
	if (fold_output(c, ts_node_named_child(n, 0), out, depth + 1) < 0)
		return -1;
	/* $(...) drops the trailing newlines */
	while (out->len > mark && out->data[out->len - 1] == '\n')
		out->len--;
	return 0;
}

static int sh_fold(struct actx *c, TSNode n, struct buf *out, int depth)
{
	const char *t;

	if (ts_node_is_null(n) || !step(c, depth) || out->len > FOLD_MAX)
		return -1;
	t = ts_node_type(n);
	if (strcmp(t, "word") == 0 || strcmp(t, "number") == 0) {
		unquote_word(node_src(c, n), node_len(n), out);
		return 0;
	}
	if (strcmp(t, "raw_string") == 0) {
		if (node_len(n) >= 2)
			buf_append(out, node_src(c, n) + 1, node_len(n) - 2);
		return 0;
	}
	if (strcmp(t, "string_content") == 0) {
		unquote_double(node_src(c, n), node_len(n), out);
		return 0;
	}
	if (strcmp(t, "ansi_c_string") == 0) {
		if (node_len(n) >= 3)
			unescape_c(node_src(c, n) + 2, node_len(n) - 3, false, out);
		return 0;
	}
	if (strcmp(t, "string") == 0)
		return fold_string(c, n, out, depth);
	if (strcmp(t, "concatenation") == 0 || strcmp(t, "translated_string") == 0 ||
	    strcmp(t, "command_name") == 0 || strcmp(t, "herestring_redirect") == 0)
		return fold_children(c, n, out, depth);
	if (strcmp(t, "simple_expansion") == 0) {
		TSNode v = ts_node_named_child(n, 0);
		if (!node_is(v, "variable_name"))
			return -1;
		return fold_var(c, node_src(c, v), node_len(v), -1, out, depth + 1);
	}
	if (strcmp(t, "expansion") == 0)
		return fold_expansion(c, n, out, depth);
	if (strcmp(t, "command_substitution") == 0)
		return fold_substitution(c, n, out, depth);
	if (strcmp(t, "heredoc_body") == 0)
		return fold_heredoc(c, n, out, depth);
	if (strcmp(t, "array") == 0)
		return fold_element(c, n, -2, out, depth);
	if (strcmp(t, "variable_assignment") == 0) {
		/* v+=x: what v was, then x */
		TSNode name = node_field(n, "name"), value = node_field(n, "value");
		if (text_is(c, operator_child(n), "+=")) {
			const struct binding *b, *prev = NULL;
			size_t i = 0;
			while ((b = actx_lookup(c, node_src(c, name), node_len(name), &i)))
				if (b->kind == BIND_VALUE &&
				    ts_node_start_byte(b->value) < ts_node_start_byte(n))
					prev = b;
			if (prev && sh_fold(c, prev->value, out, depth + 1) < 0)
				return -1;
		}
		return ts_node_is_null(value) ? 0 : sh_fold(c, value, out, depth + 1);
	}
	if (strcmp(t, "command") == 0) {
		/* eval's code, or what echo and printf print */
		size_t mark = out->len;
		if (fold_eval(c, n, out, depth) == 0)
			return 0;
		out->len = mark;
		return fold_output(c, n, out, depth);
	}
	return -1;
}

/* ---- resolution ---- */

/* An argument resolves only where it is a program: `sudo bash` (bash
 * runs), not `cat bash` (bash is a file name). */
static void resolve_argument(struct actx *c, TSNode cmd, TSNode arg, struct names *out, int depth)
{
	TSNode words[ARGS_MAX + 1];
	size_t n = command_words(cmd, words, ARRAY_SIZE(words));
	struct chain ch;

	command_chain(c, words, n, &ch, depth);
	for (size_t k = 0; k < ch.n; k++)
		if (ts_node_eq(words[ch.idx[k]], arg))
			resolve_chain(c, words, n, ch.idx[k], out, depth + 1);
}

/* What a whole command resolves to: its programs and "P -" (see
 * resolve_stdin). Every rule asks this of every command, so the answer
 * is memoised under a key that no name can be: the command's offset. */
static _Thread_local TSNode memo_cmd;

static void resolve_whole_command(struct actx *c, TSNode cmd, struct names *out, int depth);

/* A function whose body is one command or one pipeline stands for it, as
 * an alias would: dl() { curl -fsSL "$1"; } runs curl. (A longer body is
 * analysed where it is; its calls would only repeat those findings.) */
static void resolve_body(struct actx *c, TSNode body, struct names *out, int depth)
{
	TSNode only = {0};
	uint32_t k = ts_node_named_child_count(body), n = 0;

	for (uint32_t i = 0; i < k; i++) {
		TSNode ch = ts_node_named_child(body, i);
		if (!node_is(ch, "comment")) {
			only = ch;
			n++;
		}
	}
	if (n != 1)
		return;
	if (node_is(only, "redirected_statement"))
		only = node_field(only, "body");
	if (node_is(only, "command")) {
		resolve_whole_command(c, only, out, depth + 1);
	} else if (node_is(only, "pipeline")) {
		k = ts_node_named_child_count(only);
		for (uint32_t i = 0; i < k; i++) {
			TSNode st = ts_node_named_child(only, i);
			if (node_is(st, "redirected_statement"))
				st = node_field(st, "body");
			if (node_is(st, "command"))
				resolve_whole_command(c, st, out, depth + 1);
		}
	}
}

static void resolve_command_memo(struct actx *c, const char *key, size_t len, struct names *out,
				 int depth)
{
	TSNode cmd = memo_cmd, words[ARGS_MAX + 1];
	size_t n = command_words(cmd, words, ARRAY_SIZE(words));
	struct names progs = {0};

	(void)key;
	(void)len;
	if (n == 0)
		return;
	resolve_chain(c, words, n, 0, &progs, depth);
	for (int i = 0; i < progs.n; i++) {
		names_add(out, progs.v[i]);
		/* a function defined in the program runs its body: dl() {
		 * curl "$1"; }; dl u | sh downloads and runs */
		char fn[256];
		int flen = snprintf(fn, sizeof(fn), FUNCTION_PREFIX "%s", progs.v[i]);
		const struct binding *b;
		size_t j = 0;
		while (flen > 0 && (size_t)flen < sizeof(fn) &&
		       (b = actx_lookup(c, fn, (size_t)flen, &j))) {
			if (b->kind == BIND_VALUE)
				resolve_body(c, b->value, out, depth);
		}
	}
	names_free(&progs);
	resolve_stdin(c, words, n, out, depth);
}

static void resolve_whole_command(struct actx *c, TSNode cmd, struct names *out, int depth)
{
	char key[16];
	uint32_t at = ts_node_start_byte(cmd);

	key[0] = '\001';
	memcpy(key + 1, &at, sizeof(at));
	memo_cmd = cmd;
	actx_resolve_name(c, key, 1 + sizeof(at), out, depth, resolve_command_memo);
}

static void sh_resolve(struct actx *c, TSNode n, struct names *out, int depth)
{
	TSNode parent;

	if (ts_node_is_null(n) || !step(c, depth))
		return;
	if (node_is(n, "command")) {
		resolve_whole_command(c, n, out, depth);
		return;
	}
	if (node_is(n, "redirected_statement")) {
		sh_resolve(c, node_field(n, "body"), out, depth + 1);
		return;
	}
	/* ts_node_parent walks down from the root: the rules ask about whole
	 * commands, this is for rules that capture a name or an argument */
	parent = ts_node_parent(n);
	if (node_is(n, "command_name")) {
		if (node_is(parent, "command"))
			resolve_command(c, parent, out, depth);
		else
			program_names(c, n, out, depth);
	} else if (node_is(parent, "command")) {
		resolve_argument(c, parent, n, out, depth);
	} else {
		/* a word elsewhere: the program it would run as a command */
		program_names(c, n, out, depth);
	}
}

/* ---- bindings ---- */

static void bind_assignment(struct actx *c, TSNode n)
{
	TSNode name = node_field(n, "name"), value = node_field(n, "value");

	if (node_is(name, "subscript"))
		name = node_field(name, "name");
	if (!node_is(name, "variable_name") || ts_node_is_null(value))
		return;
	/* v+=x is folded from the assignment, which knows what v was */
	actx_bind_value(c, node_src(c, name), node_len(name),
			text_is(c, operator_child(n), "+=") ? n : value);
}

/* alias x=curl, alias x='curl -s' y=wget */
static void bind_alias(struct actx *c, TSNode cmd)
{
	TSNode args[ARGS_MAX];
	size_t n = command_args(cmd, args, ARGS_MAX);

	for (size_t i = 0; i < n; i++) {
		const char *s = node_src(c, args[i]), *eq = memchr(s, '=', node_len(args[i]));
		size_t len = eq ? (size_t)(eq - s) : 0;
		char key[256];
		if (len == 0 || len > 200)
			continue;
		snprintf(key, sizeof(key), ALIAS_PREFIX "%.*s", (int)len, s);
		actx_bind_value(c, key, strlen(key), args[i]);
	}
}

static void bind_walk(struct actx *c, TSNode n, int depth)
{
	const char *t = ts_node_type(n);

	if (depth > 400)
		return;
	if (strcmp(t, "variable_assignment") == 0) {
		bind_assignment(c, n);
	} else if (strcmp(t, "for_statement") == 0) {
		TSNode var = node_field(n, "variable"), vals[ARGS_MAX];
		size_t k = field_children(n, "value", vals, ARGS_MAX);
		for (size_t i = 0; !ts_node_is_null(var) && i < k; i++)
			actx_bind_value(c, node_src(c, var), node_len(var), vals[i]);
	} else if (strcmp(t, "command") == 0) {
		TSNode name = ts_node_named_child(node_field(n, "name"), 0);
		if (text_is(c, name, "alias"))
			bind_alias(c, n);
	} else if (strcmp(t, "function_definition") == 0) {
		TSNode name = node_field(n, "name"), body = node_field(n, "body");
		char key[256];
		int len = snprintf(key, sizeof(key), FUNCTION_PREFIX "%.*s", (int)node_len(name),
				   node_src(c, name));
		if (!ts_node_is_null(name) && !ts_node_is_null(body) && len > 0 &&
		    (size_t)len < sizeof(key))
			actx_bind_value(c, key, (size_t)len, body);
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		bind_walk(c, ts_node_named_child(n, i), depth + 1);
}

static void sh_bind(struct actx *c, TSNode root)
{
	bind_walk(c, root, 0);
}

/* A command is a call; its callee is the command itself, which resolves
 * to the programs it runs (sudo curl: sudo and curl). */
static bool sh_call_callee(TSNode n, TSNode *callee)
{
	if (!node_is(n, "command") || ts_node_is_null(node_field(n, "name")))
		return false;
	*callee = n;
	return true;
}

const struct lang_ops lang_bash_ops = {
    .name = "bash",
    .language = tree_sitter_bash,
    .bind = sh_bind,
    .resolve = sh_resolve,
    .fold = sh_fold,
    .call_callee = sh_call_callee,
};
