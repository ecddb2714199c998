/*
 * Bash: a symlink the program makes to the home or root directory (ln -s
 * ~ LINK) and a path that deletes through it (rm -rf LINK/STAR): the
 * #links-home? predicate of system.scm.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "policy/bash.h"

/* A path as written, for comparing a link's name with what is deleted
 * under it: quotes dropped, a leading ./ and trailing slashes removed;
 * with glob, a last part that is a glob of everything (STAR, .STAR,
 * .[!.]STAR) or nothing (LINK/) removed too, else NULL. */
static char *link_text(const char *s, size_t len, bool glob)
{
	char *t = xmalloc(len + 1);
	size_t k = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '"' || s[i] == '\'')
			continue;
		/* ${d} is $d */
		size_t e = i + 2;
		while (s[i] == '$' && e < len && (s[e] == '_' || isalnum((unsigned char)s[e])))
			e++;
		if (s[i] == '$' && i + 1 < len && s[i + 1] == '{' && e > i + 2 && e < len &&
		    s[e] == '}') {
			t[k++] = '$';
			memcpy(t + k, s + i + 2, e - i - 2);
			k += e - i - 2;
			i = e;
			continue;
		}
		t[k++] = s[i];
	}
	t[k] = '\0';
	if (glob) {
		char *slash = strrchr(t, '/');
		const char *last = slash ? slash + 1 : NULL;
		if (!last || !(last[0] == '\0' || strcmp(last, "*") == 0 || strcmp(last, ".*") == 0 ||
			       (strncmp(last, ".[", 2) == 0 && last[strlen(last) - 1] == '*'))) {
			free(t);
			return NULL;
		}
		*slash = '\0';
		k = strlen(t);
	}
	while (k > 1 && t[k - 1] == '/')
		t[--k] = '\0';
	if (strncmp(t, "./", 2) == 0)
		memmove(t, t + 2, k - 1);
	return t;
}

/* ln -s ~ LINK, ln -sfn "$HOME" "$link", ln --symbolic / root: whether cmd
 * makes a symlink to the home or root directory named as want */
static bool links_to_home(struct actx *c, TSNode cmd, const char *want)
{
	TSNode w[8], ops[2];
	size_t n = sh_command_words(cmd, w, ARRAY_SIZE(w)), k = 0;
	bool sym = false;
	if (n < 3 || n >= ARRAY_SIZE(w))
		return false;
	/* ln, l''n, "$l" (l=ln), env ln, command ln: where ln's arguments
	 * start, as the command resolves */
	int start = sh_name_is(c, w[0], "ln") ? 1 : sh_command_runs(c, "ln", w, n, 0);
	if (start < 1)
		return false;
	for (size_t i = (size_t)start; i < n; i++) {
		const char *a = node_src(c, w[i]);
		size_t l = node_len(w[i]);
		if (l > 1 && a[0] == '-') {
			sym = sym || (a[1] != '-' && memchr(a, 's', l)) ||
			      (l == 10 && memcmp(a, "--symbolic", 10) == 0);
		} else if (k < 2) {
			ops[k++] = w[i];
		} else {
			return false;
		}
	}
	if (!sym || k != 2)
		return false;
	char *name = link_text(node_src(c, ops[1]), node_len(ops[1]), false);
	bool same = strcmp(name, want) == 0;
	free(name);
	if (!same)
		return false;
	size_t len = 0;
	char *t = actx_fold_node(c, ops[0], &len);
	bool home = t && (strcmp(t, "~") == 0 || strcmp(t, "~/") == 0 || strcmp(t, "/") == 0);
	free(t);
	return home;
}

static bool find_link(struct actx *c, TSNode n, const char *want, int depth)
{
	if (depth > 12 || !actx_step(c))
		return false;
	if (node_is(n, "command"))
		return links_to_home(c, n, want);
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (find_link(c, ts_node_named_child(n, i), want, depth + 1))
			return true;
	return false;
}

/* rm -rf "$link"/STAR, rm -rf ./cache/: a path under (or, with a trailing
 * slash, through) a symlink that a command of the program (ln -s) made to
 * the home or root directory, the link named as written in both places
 * (${d} as $d), or as the cd before the rm and a relative path name it */
bool sh_links_home(struct actx *c, TSNode n)
{
	char *want = link_text(node_src(c, n), node_len(n), true);
	if (!want || !want[0]) {
		free(want);
		return false;
	}
	TSNode root = n;
	for (TSNode p = ts_node_parent(root); !ts_node_is_null(p); p = ts_node_parent(p))
		root = p;
	bool hit = find_link(c, root, want, 0);
	/* ln -s ~ "$d/ws"; cd "$d"; rm -rf ws/STAR: a relative path joined to
	 * the directory the cd before it names, as written */
	TSNode dir = {0};
	bool home = false;
	if (!hit && !strchr("/~$", want[0]) && sh_dir_before(c, n, &dir, &home) && !home &&
	    !ts_node_is_null(dir)) {
		char *d = link_text(node_src(c, dir), node_len(dir), false);
		size_t dl = strlen(d), wl = strlen(want);
		char *joined = xmalloc(dl + wl + 2);
		memcpy(joined, d, dl);
		joined[dl] = '/';
		memcpy(joined + dl + 1, want, wl + 1);
		hit = find_link(c, root, joined, 0);
		free(joined);
		free(d);
	}
	free(want);
	return hit;
}
