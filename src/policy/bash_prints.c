/*
 * Bash: what a command substitution prints when that names a program or
 * the home directory rather than a constant string: $(command -v sh),
 * $(which bash), $(type -P curl) print a program's path; $(cd && pwd) and
 * $(getent passwd u | cut -d: -f6) print the home; $(basename "$SHELL")
 * prints the login shell's name; $(expr substr S P L) a part of S;
 * $(awk 'BEGIN{printf "%c", 104}') the characters of the codes
 * (bash_fold.c asks).
 */
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "policy/bash.h"

/* command -v sh, which bash, type -P curl: the path of a program looked up
 * on PATH, which names that program as well as its bare name does */
int sh_fold_lookup(struct actx *c, TSNode cmd, struct buf *out, int depth)
{
	static const char *const progs[] = {"which", "command", "type"};
	TSNode w[8];
	size_t n = node_is(cmd, "command") ? sh_command_words(cmd, w, ARRAY_SIZE(w)) : 0;
	int start = -1;
	size_t k;
	/* the program looked up is the last word, after -v/-p/-P or alone */
	if (n < 2 || (!node_is(w[n - 1], "word") && !node_is(w[n - 1], "raw_string") &&
		      !node_is(w[n - 1], "string")))
		return -1;
	if (n > 2 && !(node_len(w[n - 2]) == 2 && node_src(c, w[n - 2])[0] == '-'))
		return -1;
	/* the names the command resolves to, from the cache the rules fill */
	struct names tmp = {0};
	const struct names *ns = actx_resolved(c, cmd, &tmp);
	for (k = 0; start < 0 && k < ARRAY_SIZE(progs); k++)
		if (sh_names_has(ns, progs[k]))
			start = sh_command_runs(c, progs[k], w, n, depth);
	names_free(&tmp);
	if (start < 0 || (size_t)start >= n || n - (size_t)start != (k == 1 ? 1u : 2u))
		return -1;
	char *opt = k == 1 ? NULL : fold_dup(c, w[start], depth + 1, NULL);
	bool ok = k == 1 || (opt && (strcmp(opt, "-v") == 0 || strcmp(opt, "-p") == 0 ||
				     (k == 3 && strcmp(opt, "-P") == 0)));
	free(opt);
	char *prog = ok ? fold_dup(c, w[n - 1], depth + 1, NULL) : NULL;
	int ret = -1;
	if (prog && prog[0] && strcspn(prog, "/ \t\n$`") == strlen(prog)) {
		buf_append(out, "/usr/bin/", 9);
		buf_append(out, prog, strlen(prog));
		ret = 0;
	}
	free(prog);
	return ret;
}

/* basename "$SHELL", basename -- $SHELL: the login shell's name, bash
 * (as the basename by ${SHELL##PAT} folds), when the program does not set
 * SHELL itself: the rc file named from it in the home is the login
 * shell's startup file */
int sh_fold_shell_name(struct actx *c, TSNode cmd, struct buf *out)
{
	TSNode w[4];
	size_t n = node_is(cmd, "command") ? sh_command_words(cmd, w, ARRAY_SIZE(w)) : 0;
	if (n < 2 || n > 3 || !sh_name_is(c, w[0], "basename") ||
	    (n == 3 && !node_text_is(c, w[1], "--")) || actx_is_bound(c, "SHELL", 5))
		return -1;
	TSNode a = w[n - 1];
	if (node_is(a, "string") && ts_node_named_child_count(a) == 1)
		a = ts_node_named_child(a, 0);
	if (!node_text_is(c, a, "$SHELL") && !node_text_is(c, a, "${SHELL}"))
		return -1;
	buf_append(out, "bash", 4);
	return 0;
}

/* systemd-path user, systemd-path user-configuration, printenv HOME: the
 * home or a directory in it, printed by a program that knows where it is
 * (~, ~/.config, ...), when the program does not set HOME itself */
int sh_fold_user_dir(struct actx *c, TSNode cmd, struct buf *out, int depth)
{
	static const char *const dirs[][2] = {
	    {"user", "~"},
	    {"user-configuration", "~/.config"},
	    {"user-shared", "~/.local/share"},
	    {"user-state-cache", "~/.cache"},
	    {"user-state-private", "~/.local/state"},
	    {"user-binaries", "~/.local/bin"},
	};
	TSNode w[3];
	size_t n = node_is(cmd, "command") ? sh_command_words(cmd, w, ARRAY_SIZE(w)) : 0;
	bool sp = n == 2 && sh_name_is(c, w[0], "systemd-path");
	if (!(sp || (n == 2 && sh_name_is(c, w[0], "printenv"))) || actx_is_bound(c, "HOME", 4))
		return -1;
	char *a = fold_dup(c, w[1], depth + 1, NULL);
	int ret = -1;
	for (size_t k = 0; a && sp && ret < 0 && k < ARRAY_SIZE(dirs); k++)
		if (strcmp(a, dirs[k][0]) == 0) {
			buf_append(out, dirs[k][1], strlen(dirs[k][1]));
			ret = 0;
		}
	if (a && !sp && strcmp(a, "HOME") == 0) {
		buf_append(out, "~", 1);
		ret = 0;
	}
	free(a);
	return ret;
}

/* whoami, logname, id -un: the login name (SH_HOME_NAME), when the
 * program does not set USER or LOGNAME itself */
int sh_fold_login_name(struct actx *c, TSNode cmd, struct buf *out, int depth)
{
	TSNode w[3];
	size_t n = node_is(cmd, "command") ? sh_command_words(cmd, w, ARRAY_SIZE(w)) : 0;
	bool id = false;

	if (n == 0 || actx_is_bound(c, "USER", 4) || actx_is_bound(c, "LOGNAME", 7))
		return -1;
	if (n == 2 && sh_name_is(c, w[0], "id")) {
		char *a = fold_dup(c, w[1], depth + 1, NULL);
		id = a && (strcmp(a, "-un") == 0 || strcmp(a, "-nu") == 0);
		free(a);
	}
	if (!id && !(n == 1 && (sh_name_is(c, w[0], "whoami") || sh_name_is(c, w[0], "logname"))))
		return -1;
	buf_append(out, SH_HOME_NAME, 2);
	return 0;
}

/* /home/$USER, "/home/$(id -un)/": the home directory spelled from the
 * login name is ~ (the value from mark on, as sh_normalize_dots) */
void sh_home_by_name(struct buf *out, size_t mark)
{
	static const char prefix[] = "/home/" SH_HOME_NAME;
	size_t plen = sizeof(prefix) - 1, len = out->len - mark;

	if (out->data == NULL || len < plen)
		return;
	char *p = out->data + mark;
	if (memcmp(p, prefix, plen) != 0 || (len > plen && p[plen] != '/'))
		return;
	p[0] = '~';
	memmove(p + 1, p + plen, len - plen);
	out->len = mark + 1 + (len - plen);
}

/* expr substr "securlyx" 3 4: the part of a string expr prints (curl);
 * POS and LEN count from 1 as expr's do, and a part past the end is cut */
int sh_fold_expr(struct actx *c, TSNode cmd, struct buf *out, int depth)
{
	TSNode w[5];
	size_t n = node_is(cmd, "command") ? sh_command_words(cmd, w, ARRAY_SIZE(w)) : 0;
	if (n != 5 || !sh_name_is(c, w[0], "expr") || !node_text_is(c, w[1], "substr"))
		return -1;
	char *s = fold_dup(c, w[2], depth + 1, NULL), *p = fold_dup(c, w[3], depth + 1, NULL),
	     *l = fold_dup(c, w[4], depth + 1, NULL);
	int ret = -1;
	if (s && p && l && p[0] && l[0] && strspn(p, "0123456789") == strlen(p) &&
	    strspn(l, "0123456789") == strlen(l) && strlen(p) < 9 && strlen(l) < 9) {
		size_t len = strlen(s), pos = (size_t)atol(p), cnt = (size_t)atol(l);
		if (pos >= 1 && pos <= len && cnt > 0) {
			if (cnt > len - pos + 1)
				cnt = len - pos + 1;
			buf_append(out, s + pos - 1, cnt);
			ret = 0;
		}
	}
	free(s);
	free(p);
	free(l);
	return ret;
}

/* awk 'BEGIN{printf "%c%c", 115, 104}': the characters of the codes
 * awk's printf gives %c (sh), with the format's other characters; the
 * program one printf of a plain format and decimal codes, nothing else */
static const char *skip_blank(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n')
		p++;
	return p;
}

int sh_fold_awk_chars(struct actx *c, TSNode cmd, struct buf *out, int depth)
{
	TSNode w[3];
	size_t n = node_is(cmd, "command") ? sh_command_words(cmd, w, ARRAY_SIZE(w)) : 0;
	if (n != 2 || !(sh_name_is(c, w[0], "awk") || sh_name_is(c, w[0], "gawk") ||
			sh_name_is(c, w[0], "mawk") || sh_name_is(c, w[0], "nawk")))
		return -1;
	char *prog = fold_dup(c, w[1], depth + 1, NULL);
	const char *p = prog ? skip_blank(prog) : NULL, *fmt, *end;
	int ret = -1;
	if (p == NULL || strncmp(p, "BEGIN", 5) != 0 || *(p = skip_blank(p + 5)) != '{')
		goto done;
	p = skip_blank(p + 1);
	/* BEGIN{print tolower("CURL")}: the string lower- or upper-cased */
	if (strncmp(p, "print", 5) == 0 && (p[5] == ' ' || p[5] == '\t')) {
		const char *q = skip_blank(p + 5), *lit, *le;
		bool lower = strncmp(q, "tolower", 7) == 0;
		if ((!lower && strncmp(q, "toupper", 7) != 0) || *(q = skip_blank(q + 7)) != '(' ||
		    *(q = skip_blank(q + 1)) != '"')
			goto done;
		lit = q + 1;
		if ((le = strchr(lit, '"')) == NULL || memchr(lit, '\\', (size_t)(le - lit)) ||
		    *(q = skip_blank(le + 1)) != ')')
			goto done;
		q = skip_blank(q + 1);
		if (*q == ';')
			q = skip_blank(q + 1);
		if (*q != '}' || *skip_blank(q + 1) != '\0')
			goto done;
		for (const char *l = lit; l < le; l++) {
			char ch =
			    (char)(lower ? tolower((unsigned char)*l) : toupper((unsigned char)*l));
			buf_append(out, &ch, 1);
		}
		buf_append(out, "\n", 1);
		ret = 0;
		goto done;
	}
	if (strncmp(p, "printf", 6) != 0)
		goto done;
	p = skip_blank(p + 6);
	bool paren = *p == '(';
	if (*(p = skip_blank(p + paren)) != '"')
		goto done;
	fmt = p + 1;
	if ((end = strchr(fmt, '"')) == NULL || memchr(fmt, '\\', (size_t)(end - fmt)))
		goto done;
	p = end + 1;
	size_t mark = out->len;
	for (const char *f = fmt; f < end; f++) {
		if (*f != '%') {
			buf_append(out, f, 1);
			continue;
		}
		if (f[1] == '%') {
			buf_append(out, "%", 1);
			f++;
			continue;
		}
		char *num;
		long v;
		if (f[1] != 'c' || *(p = skip_blank(p)) != ',')
			goto undo;
		p = skip_blank(p + 1);
		v = strtol(p, &num, 10);
		if (num == p || v < 1 || v > 255)
			goto undo;
		char ch = (char)v;
		buf_append(out, &ch, 1);
		p = num;
		f++;
	}
	p = skip_blank(p);
	if (paren && *p++ != ')')
		goto undo;
	p = skip_blank(p);
	if (*p == ';')
		p = skip_blank(p + 1);
	if (*p == '}' && *skip_blank(p + 1) == '\0') {
		ret = 0;
		goto done;
	}
undo:
	out->len = mark;
done:
	free(prog);
	return ret;
}

/* cd (alone, or to ~): the working directory becomes the home */
static bool cd_home(struct actx *c, TSNode cmd, int depth)
{
	TSNode w[3];
	size_t n = node_is(cmd, "command") ? sh_command_words(cmd, w, ARRAY_SIZE(w)) : 0;
	if (n < 1 || n > 2 || !(sh_name_is(c, w[0], "cd") || sh_name_is(c, w[0], "pushd")))
		return false;
	char *d = n == 2 ? fold_dup(c, w[1], depth + 1, NULL) : NULL;
	bool home = n == 1 || (d && (strcmp(d, "~") == 0 || strcmp(d, "~/") == 0));
	free(d);
	return home;
}

/* The home directory printed without naming it: $(cd && pwd), $(cd ~;
 * pwd -P), $(getent passwd "$u" | cut -d: -f6), getent passwd u | awk -F:
 * '{print $6}' (the sixth field of a passwd entry is the home) */
int sh_fold_home(struct actx *c, TSNode st, TSNode next, struct buf *out, int depth)
{
	if (node_is(st, "list") && ts_node_named_child_count(st) == 2) {
		next = ts_node_named_child(st, 1);
		st = ts_node_named_child(st, 0);
	}
	if (!ts_node_is_null(next)) {
		TSNode w[2];
		if (!cd_home(c, st, depth) || !node_is(next, "command") ||
		    sh_command_words(next, w, 1) != 1 || !sh_name_is(c, w[0], "pwd"))
			return -1;
		buf_append(out, "~", 1);
		return 0;
	}
	if (!node_is(st, "pipeline") || ts_node_named_child_count(st) != 2)
		return -1;
	TSNode get = ts_node_named_child(st, 0), pick = ts_node_named_child(st, 1), w[2];
	if (!node_is(get, "command") || !node_is(pick, "command") ||
	    sh_command_words(get, w, 2) != 2 || !sh_name_is(c, w[0], "getent") ||
	    !node_text_is(c, w[1], "passwd") || sh_command_words(pick, w, 1) != 1)
		return -1;
	const char *src = node_src(c, pick);
	size_t len = node_len(pick);
	bool cut = sh_name_is(c, w[0], "cut") && (memmem(src, len, "-f6", 3) || memmem(src, len, "-f 6", 4));
	bool awk = (sh_name_is(c, w[0], "awk") || sh_name_is(c, w[0], "gawk") || sh_name_is(c, w[0], "mawk")) &&
		   memmem(src, len, "$6", 2);
	if (!cut && !awk)
		return -1;
	buf_append(out, "~", 1);
	return 0;
}

/* out[mark..] with its ".." taken out as the path says, when it is one
 * word that starts at the root or the home and has a "/.." in it:
 * ~/.cache/.. is ~, ~/.. is /home (the directory the homes are in, and
 * ~/../x is /home/x), /usr/.. is the root; "." and empty components go
 * too. The path is read as written (a symlink in it is not followed). */
void sh_normalize_dots(struct buf *out, size_t mark)
{
	size_t len = out->len - mark;

	if (out->data == NULL || len < 3)
		return;
	const char *p = out->data + mark;
	if ((p[0] != '/' && !(p[0] == '~' && p[1] == '/')) ||
	    memmem(p, len, "/..", 3) == NULL || len > 4096)
		return;
	for (size_t i = 0; i < len; i++)
		if (p[i] == ' ' || p[i] == '\t' || p[i] == '\n')
			return;
	const char *comp[512];
	size_t clen[512], n = 0;
	bool home = p[0] == '~', slash = p[len - 1] == '/';
	for (size_t i = home ? 1 : 0; i < len;) {
		while (i < len && p[i] == '/')
			i++;
		size_t st = i;
		while (i < len && p[i] != '/')
			i++;
		size_t cl = i - st;
		if (cl == 0 || (cl == 1 && p[st] == '.'))
			continue;
		if (cl == 2 && p[st] == '.' && p[st + 1] == '.') {
			if (n > 0)
				n--;
			else if (home) { /* ~/..: the directory the homes are in */
				home = false;
				comp[n] = "home", clen[n++] = 4;
			}
			continue;
		}
		if (n == ARRAY_SIZE(comp))
			return;
		comp[n] = p + st, clen[n++] = cl;
	}
	struct buf b = {0};
	buf_append(&b, home ? "~" : "", home ? 1 : 0);
	for (size_t k = 0; k < n; k++) {
		buf_append(&b, "/", 1);
		buf_append(&b, comp[k], clen[k]);
	}
	if (b.len == 0 || (slash && b.data[b.len - 1] != '/'))
		buf_append(&b, "/", 1);
	out->len = mark;
	buf_append(out, b.data, b.len);
	buf_free(&b);
}

/* dirname "$HOME/.bashrc", dirname -- "${XDG_CONFIG_HOME:-~/.config}",
 * realpath ~/.., readlink -f "$HOME/x/..": the word whose directory
 * (dirname) or canonical path (*real: realpath, readlink -f) the command
 * prints; false for any other command or option. */
bool sh_dirname_path(struct actx *c, TSNode cmd, TSNode *path, bool *real)
{
	TSNode w[4];
	size_t n = node_is(cmd, "command") ? sh_command_words(cmd, w, ARRAY_SIZE(w)) : 0;
	if (n < 2 || n > 4)
		return false;
	bool readlink = sh_name_is(c, w[0], "readlink");
	bool is_real = readlink || sh_name_is(c, w[0], "realpath"), canon = !readlink;
	for (size_t i = 1; i + 1 < n; i++) {
		const char *o = node_src(c, w[i]);
		size_t ol = node_len(w[i]);
		if (!(ol >= 2 && o[0] == '-' &&
		      (is_real ? strspn(o + 1, "-femsqz") == ol - 1 : node_text_is(c, w[i], "--"))))
			return false;
		canon = canon || strpbrk(o + 1, "fem") != NULL; /* readlink -f */
	}
	if ((!is_real && (!sh_name_is(c, w[0], "dirname") || n > 3)) || !canon)
		return false;
	*path = w[n - 1];
	*real = is_real;
	return true;
}

/* What that command prints of the path p (folded, NUL-terminated, its ".."
 * taken out for realpath), when that is the home, the root or the
 * directory the homes are in (dirname ~, dirname /home/u, realpath ~/..),
 * so that a home reached this way is seen: 0 with it appended to out. Any
 * other directory is left unknown, as it was (dirname "$known" of
 * ~/.ssh/known_hosts is not a new ~/.ssh): -1. */
int sh_dirname_of(char *p, bool real, struct buf *out)
{
	size_t len = strlen(p);
	while (len > 1 && p[len - 1] == '/')
		len--;
	p[len] = '\0';
	if (real) {
		bool keep = strcmp(p, "~") == 0 || strcmp(p, "/") == 0 || strcmp(p, "/home") == 0;
		if (keep)
			buf_append(out, p, len);
		return keep ? 0 : -1;
	}
	char *slash = strrchr(p, '/');
	const char *d = NULL;
	if (!slash)
		d = strcmp(p, "~") == 0 ? "/home" : NULL;
	else if (slash == p || (slash == p + 1 && p[0] == '~'))
		d = slash == p ? "/" : "~";
	else if (slash - p == 5 && memcmp(p, "/home", 5) == 0)
		d = "/home";
	if (d)
		buf_append(out, d, strlen(d));
	return d ? 0 : -1;
}
