/*
 * Paths named without their letters, for the predicates on values
 * (analyze_pred.c): a glob (`~/.s[s]h/id_*`, a directory of `~/.aws`) and an Emacs or
 * PCRE regular expression (`find -regex`, `locate --regex`) are matched as
 * the credential paths they would select.
 */
#include <ctype.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/analyze_internal.h"

/* A glob's bracket expressions replaced by a character they match
 * (`~/.s[s]h/id_*` is `~/.ssh/id_*`), so that a path named by a glob is
 * matched as the path; NULL when v has none. */
char *path_glob_representative(const char *v, size_t len, size_t *out_len)
{
	struct buf b = {0};
	bool any = false;

	for (size_t i = 0; i < len; i++) {
		const char *close =
		    v[i] == '[' && i + 2 < len ? memchr(v + i + 2, ']', len - i - 2) : NULL;
		if (close && v[i + 1] != '!' && v[i + 1] != '^' && v[i + 1] != ']') {
			buf_append(&b, v + i + 1, 1);
			i = (size_t)(close - v);
			any = true;
		} else {
			buf_append(&b, v + i, 1);
		}
	}
	if (!any) {
		buf_free(&b);
		return NULL;
	}
	*out_len = b.len;
	buf_append(&b, "", 1);
	return b.data;
}

/* Files a glob may name where secrets are kept: a value with a glob in it
 * (~/.s?h/id_ then a star, ~/.a?s, a star in a dot-directory's name) is
 * matched as each of
 * these paths, or a directory of one, that it names (fnmatch, a leading
 * dot matched only by a dot, as bash does); the rule's pattern decides
 * on that path. */
static const char *const glob_paths[] = {
    "~/.ssh/id_rsa",
    "~/.ssh/id_ed25519",
    "~/.ssh/id_ecdsa",
    "~/.ssh/id_dsa",
    "~/.aws/credentials",
    "~/.aws/config",
    "~/.config/gcloud/credentials.db",
    "~/.config/gcloud/application_default_credentials.json",
    "~/.azure/accessTokens.json",
    "~/.docker/config.json",
    "~/.kube/config",
    "~/.netrc",
    "~/.git-credentials",
    "~/.pgpass",
    "~/.npmrc",
    "~/.pypirc",
    "~/.gnupg/private-keys-v1.d",
    "~/.config/gh/hosts.yml",
    "~/.bash_history",
    "~/.env",
    "/etc/shadow",
    "/proc/self/environ",
    "/var/run/secrets/kubernetes.io",
};

bool path_glob_nocase(const struct actx *c, const char *v, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (v[i] >= 'a' && v[i] <= 'z')
			return memmem(c->src, c->len, "nocaseglob", 10) != NULL;
	return true;
}

bool path_glob_match(struct actx *c, const pcre2_code *re, const char *v, size_t len)
{
	char pat[260], path[300];

	if (len >= sizeof(pat) || memmem(v, len, "://", 3) != NULL || strpbrk(v, " \t\n") ||
	    memchr(v, '\0', len))
		return false;
	memcpy(pat, v, len);
	pat[len] = '\0';
	/* its last name has a letter of its own: ~/.* or ~/.[!.]* (every
	 * dot-file, as a disk-usage report lists them) names no file; or a
	 * directory above it that is itself a glob has one (~/.s?h/ and a
	 * star: every file of a directory hidden by a wildcard; ~/.config/
	 * and a star, a listing of a directory named as it is, is not) */
	const char *last = strrchr(pat, '/') ? strrchr(pat, '/') + 1 : pat;
	const char *from = pat[0] == '~' ? pat + 1 : last, *wild = strpbrk(from, "*?[");
	bool letter = false;
	for (const char *q = wild && wild < last ? from : last; *q && !letter; q++) {
		const char *close = *q == '[' ? strchr(q + 1, ']') : NULL;
		if (close) {
			/* a short list of letters ([ci][dr]*, [sS]) picks names as a
			 * letter does; a range or a negation ([a-z], [!.]) does not */
			letter = close > q + 1 && close - q - 1 <= 3;
			for (const char *l = q + 1; l < close && letter; l++)
				letter = isalnum((unsigned char)*l) || *l == '_';
			q = close;
		} else
			letter = (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') ||
				 (*q >= '0' && *q <= '9') || *q == '_';
	}
	if (!letter)
		return false;
	bool rel = pat[0] != '~' && pat[0] != '/';
	int flags = FNM_PATHNAME | FNM_PERIOD | FNM_EXTMATCH |
		    (path_glob_nocase(c, v, len) ? FNM_CASEFOLD : 0);
	for (size_t i = 0; i < ARRAY_SIZE(glob_paths); i++) {
		/* a relative glob (after cd ~): the path below the home */
		const char *full = glob_paths[i];
		if (rel && strncmp(full, "~/", 2) != 0)
			continue;
		/* ... or, when it starts with a star (a find -path pattern: a
		 * star, then /.s?h/id_ and a star), the whole path, the star
		 * standing for the home */
		for (int whole = 0; whole <= (rel && pat[0] == '*'); whole++) {
			snprintf(path, sizeof(path), "%s", rel && !whole ? full + 2 : full);
			/* the path and each directory above it */
			for (size_t end = strlen(path); end > 0;) {
				path[end] = '\0';
				if (fnmatch(pat, path, flags) == 0 &&
				    actx_re_find(c, re, path, end))
					return true;
				char *slash = strrchr(path, '/');
				end = slash ? (size_t)(slash - path) : 0;
			}
		}
	}
	return false;
}

/* glob_paths[i] below a home: "~/.ssh/id_rsa" is "/home/user/.ssh/id_rsa";
 * its length. */
static int glob_path_at_home(size_t i, char *out, size_t size)
{
	const char *g = glob_paths[i];
	return snprintf(out, size, "%s%s", g[0] == '~' ? "/home/user" : "", g + (g[0] == '~'));
}

/* Names no search for credentials selects: a regular expression that
 * matches one of them selects more than credentials (/^\./, /.* /). */
static const char *const ordinary_names[] = {
    "",
    "a",
    "src",
    "lib",
    "index.js",
    "README.md",
    "package.json",
    ".git",
    ".cache",
    ".config",
    ".local",
    ".npm",
    ".bashrc",
    ".profile",
    "node_modules",
    ".vscode",
    "notes.txt",
    "config",
    "id",
    ".git/config",
    "data/users.csv",
    "/home/user/.cache/pip",
    "/home/user/src/app.js",
};

static bool prog_re_find(pcre2_code *re, pcre2_match_data *md, const char *s, size_t len)
{
	return pcre2_match(re, (PCRE2_SPTR)s, len, 0, 0, md, NULL) >= 0;
}

/* #regex-selects?: the program's regular expression at n (a JavaScript
 * regex's pattern and its i flag, or a string that folds) selects a file
 * where secrets are kept: one of glob_paths, below the home ("/home/user/
 * .ssh/id_rsa"), relative to it (".ssh/id_rsa") or one name of it
 * (".ssh", "id_rsa") that `cred` matches, and no ordinary name. */
bool path_regex_selects(struct actx *c, TSNode n, const pcre2_code *cred)
{
	size_t len;
	char *text = node_is(n, "regex_pattern") ? NULL : actx_fold_node(c, n, &len);
	TSNode flags = node_field(ts_node_parent(n), "flags");
	uint32_t opts = PCRE2_ALT_BSUX | PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
	int errcode;
	PCRE2_SIZE erroff;
	bool hit = false;

	if (text == NULL && !node_is(n, "regex_pattern"))
		return false;
	if (!ts_node_is_null(flags) && memchr(node_src(c, flags), 'i', node_len(flags)))
		opts |= PCRE2_CASELESS;
	pcre2_code *re = pcre2_compile(text ? (PCRE2_SPTR)text : (PCRE2_SPTR)node_src(c, n),
				       text ? len : node_len(n), opts, &errcode, &erroff, NULL);
	free(text);
	if (re == NULL)
		return false;
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	for (size_t i = 0; md && i < ARRAY_SIZE(ordinary_names); i++)
		if (prog_re_find(re, md, ordinary_names[i], strlen(ordinary_names[i])))
			goto out;
	for (size_t i = 0; md && i < ARRAY_SIZE(glob_paths) && !hit; i++) {
		char path[300];
		glob_path_at_home(i, path, sizeof(path));
		/* the whole path, then each tail after a slash, then each name */
		for (const char *t = path; t && !hit; t = strchr(t + 1, '/')) {
			const char *from = *t == '/' && t != path ? t + 1 : t;
			hit = prog_re_find(re, md, from, strlen(from)) &&
			      actx_re_find(c, cred, from, strlen(from));
			for (const char *q = from; !hit && q && *q;) {
				const char *slash = strchr(q, '/');
				size_t l = slash ? (size_t)(slash - q) : strlen(q);
				hit =
				    l && prog_re_find(re, md, q, l) && actx_re_find(c, cred, q, l);
				q = slash ? slash + 1 : NULL;
			}
		}
	}
out:
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	return hit;
}

/* Ordinary paths that a regular expression naming a secret's path does
 * not match: one that matches them too names any file, not the secret. */
static const char *const plain_paths[] = {
    "/home/user/project/src/main.c", "/home/user/project/config.json",
    "/home/user/project/config",     "/home/user/project/credentials",
    "/home/user/project/id_rsa",     "/home/user/project/.cache/data",
};

/* find's default (emacs) syntax as PCRE: \( \) \| \{ \} are the operators,
 * the bare characters literal. */
static size_t emacs_to_pcre(const char *v, size_t len, char *out)
{
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		if (v[i] == '\\' && i + 1 < len && v[i + 1] && strchr("()|{}", v[i + 1]))
			out[o++] = v[++i];
		else if (v[i] && strchr("()|{}", v[i]))
			out[o++] = '\\', out[o++] = v[i];
		else
			out[o++] = v[i];
	}
	return o;
}

/* A value that is a regular expression (it escapes a dot or a slash: find
 * -regex '.*' '/\.(s)sh/id_.*', [[ $f =~ \.s{2}h/ ]], grep -E '/\.a[w]s/')
 * matched against the paths of glob_paths, below a home: the text it
 * matches there, which must cross a directory, is what the rule's pattern
 * decides on. */
bool path_regex_match(struct actx *c, const pcre2_code *re, const char *v, size_t len)
{
	char alt[512], path[300];
	bool hit = false;

	/* it names a directory (a slash) and escapes a dot or a slash */
	if (len > 200 || !memchr(v, '/', len) ||
	    (!memmem(v, len, "\\.", 2) && !memmem(v, len, "\\/", 2)))
		return false;
	for (int emacs = 0; emacs <= 1 && !hit; emacs++) {
		const char *src = v;
		size_t slen = len;
		if (emacs) {
			if (!memmem(v, len, "\\(", 2) && !memmem(v, len, "\\|", 2))
				break;
			slen = emacs_to_pcre(v, len, alt);
			src = alt;
		}
		int code;
		PCRE2_SIZE off;
		pcre2_code *pat = pcre2_compile((PCRE2_SPTR)src, slen, 0, &code, &off, NULL);
		pcre2_match_data *md = pat ? pcre2_match_data_create(1, NULL) : NULL;
		bool plain = md == NULL;
		for (size_t i = 0; !plain && i < ARRAY_SIZE(plain_paths); i++)
			plain = pcre2_match(pat, (PCRE2_SPTR)plain_paths[i], strlen(plain_paths[i]),
					    0, 0, md, NULL) >= 0;
		for (size_t i = 0; !plain && !hit && i < ARRAY_SIZE(glob_paths); i++) {
			int n = glob_path_at_home(i, path, sizeof(path));
			if (pcre2_match(pat, (PCRE2_SPTR)path, (size_t)n, 0, 0, md, NULL) < 0)
				continue;
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
			hit = ov[1] > ov[0] && memchr(path + ov[0], '/', ov[1] - ov[0]) &&
			      actx_re_find(c, re, path + ov[0], ov[1] - ov[0]);
		}
		pcre2_match_data_free(md);
		pcre2_code_free(pat);
	}
	return hit;
}
