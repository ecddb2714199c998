/*
 * Bash: which programs a command runs, and the constant value of a word.
 *
 * A command resolves to the programs it runs. Its name is folded to a
 * constant (quoting and escapes removed: `"cu"rl`, `c\url`, $'\x63url'),
 * split like an unquoted word and stripped of its directory
 * (/usr/bin/curl -> curl). A name that is an expansion resolves to every
 * value the variable is given by a constant assignment (`c=curl`,
 * `declare c=curl`, `for c in curl wget`, `c=$(command -v curl)`,
 * `: ${c:=curl}`), an alias name to its alias; BASH_REMATCH (set by
 * [[ =~ ]]) and OPTARG are read at run time, as what `read` sets.
 * Wrappers run the program that follows their own options: `sudo -u x
 * env A=1 nohup curl` resolves to sudo, env, nohup and curl, so a rule
 * about curl sees it however it is started.
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
 * Resolution is flow-insensitive, as for the other languages: a variable
 * assigned twice resolves to both values (it folds to the last one that
 * folds, but an append, v+=x, that does not fold or that runs in a loop
 * leaves v unknown), and one that `read` sets folds to nothing it reads; code run
 * from a variable with more than one value is unknown (bash_guess.c).
 *
 * The pieces: bindings here, what a command runs in bash_command.c, the
 * value of a word in bash_fold.c (bash.h).
 */
#include <stdio.h>
#include <string.h>

#include "policy/bash.h"

const TSLanguage *tree_sitter_bash(void);

/* ---- bindings ---- */

static void bind_assignment(struct actx *c, TSNode n)
{
	TSNode name = node_field(n, "name"), value = node_field(n, "value");

	if (node_is(name, "subscript")) {
		TSNode var = node_field(name, "name"), idx = node_field(name, "index");
		/* BASH_CMDS[tidy]=/bin/rm, BASH_ALIASES[tidy]='rm -rf': the hash
		 * table and the aliases as arrays, bound as hash -p and alias are */
		if ((node_text_is(c, var, "BASH_CMDS") || node_text_is(c, var, "BASH_ALIASES")) &&
		    node_is(idx, "word") && !ts_node_is_null(value) && node_len(idx) < 200) {
			char key[256];
			int len = snprintf(key, sizeof(key), ALIAS_PREFIX "%.*s",
					   (int)node_len(idx), node_src(c, idx));
			actx_bind_value(c, key, (size_t)len, value);
		}
		name = var;
	}
	if (!node_is(name, "variable_name"))
		return;
	/* v+=x is folded from the assignment, which knows what v was; so are
	 * v="x${v}y" (bash_params.c) and v= (the empty string: IFS= joins
	 * ${a[*]} with nothing) */
	actx_bind_value(c, node_src(c, name), node_len(name),
			node_text_is(c, sh_operator_child(n), "+=") || ts_node_is_null(value) ||
				sh_assigns_from_self(c, name, value)
			    ? n
			    : value);
}

/* alias x=curl, alias x='curl -s' y=wget */
static void bind_alias(struct actx *c, TSNode cmd)
{
	TSNode args[ARGS_MAX];
	size_t n = sh_command_args(cmd, args, ARGS_MAX);

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

/* read -r tool flag <<< "rm -rf", printf '%s\n' 'rm -rf' | read tool flag
 * under shopt -s lastpipe: read with two names or more, no option but
 * -r, -s and -e, from a here-string or (lastpipe) the one command piped
 * into it: each name is bound to its own word, which bash_fold.c folds to
 * the field of its place (and is still read at run time as well). */
static bool read_fields(struct actx *c, TSNode cmd, TSNode name, const TSNode *args, size_t n)
{
	TSNode hs, up = ts_node_parent(cmd);
	size_t names = 0;

	/* (read itself, not builtin read: bash_fold.c knows its names so) */
	if (!sh_name_is(c, name, "read") ||
	    !sh_name_is(c, ts_node_named_child(node_field(cmd, "name"), 0), "read"))
		return false;
	bool here =
	    sh_field_children(cmd, "redirect", &hs, 1) == 1 && node_is(hs, "herestring_redirect");
	if (!here &&
	    !(node_is(up, "pipeline") && ts_node_named_child_count(up) == 2 &&
	      ts_node_eq(ts_node_named_child(up, 1), cmd) && memmem(c->src, c->len, "lastpipe", 8)))
		return false;
	for (size_t i = 0; i < n; i++) {
		const char *s = node_src(c, args[i]);
		size_t len = node_len(args[i]), j = 0;
		if (!node_is(args[i], "word"))
			return false;
		if (s[0] == '-') {
			if (strspn(s + 1, "rse") != len - 1)
				return false;
			continue;
		}
		while (j < len &&
		       (s[j] == '_' || (s[j] >= 'a' && s[j] <= 'z') ||
			(s[j] >= 'A' && s[j] <= 'Z') || (j > 0 && s[j] >= '0' && s[j] <= '9')))
			j++;
		if (j != len)
			return false;
		names++;
	}
	if (names < 2)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (node_src(c, args[i])[0] == '-')
			continue;
		/* (still read at run time too: a line that does not fold) */
		actx_bind_value(c, node_src(c, args[i]), node_len(args[i]), args[i]);
		actx_bind_runtime(c, node_src(c, args[i]), node_len(args[i]), cmd);
	}
	return true;
}

/* read x y, read -a arr, mapfile -t lines, readarray a, getopts spec opt:
 * each name is set at run time to what the analysis cannot know (but for
 * the one a here-string gives its value, below). Every
 * word that could be a name is taken for one (an option's value too: that
 * only makes more names unknown). */
static void bind_read(struct actx *c, TSNode cmd)
{
	TSNode args[ARGS_MAX], hs, target = {0}, name;
	size_t n = sh_builtin_args(c, cmd, &name, args, ARGS_MAX);

	/* read -a w <<< "rm -rf /", read -r line <<< "$x", mapfile -t a <<<
	 * "$text": the variable is what the here-string holds (bash_fold.c
	 * folds the command to it); another name read stays unknown */
	if (sh_field_children(cmd, "redirect", &hs, 1) == 1 && node_is(hs, "herestring_redirect")) {
		bool is_read = sh_name_is(c, name, "read"), array = false;
		size_t names = 0;
		for (size_t i = 0; i < n && !array; i++) {
			const char *s = node_src(c, args[i]);
			size_t slen = node_len(args[i]);
			char uq[32];
			int ul;
			/* -r''a, "-ra": an option with quotes in it is that option */
			if (!node_is(args[i], "word") &&
			    (ul = sh_unquote(c, args[i], uq, sizeof(uq))) > 0 && uq[0] == '-')
				s = uq, slen = (size_t)ul;
			bool opt = (node_is(args[i], "word") || s == uq) && s[0] == '-';
			if (is_read && opt && i + 1 < n && memchr(s, 'a', slen)) {
				target = args[i + 1]; /* read -a NAME, read -ra NAME */
				array = true;
			} else if (is_read && opt && (s[slen - 1] == 'n' || s[slen - 1] == 'N')) {
				i++; /* read -n 2 NAME: the count is not a name */
			} else if (!opt) {
				names++;
				target = args[i]; /* the last name */
			}
		}
		if (is_read && !array && names != 1)
			target = (TSNode){0}; /* read a b c: fields not modelled */
	}
	if (read_fields(c, cmd, name, args, n))
		return;
	char unq[128];
	int ulen;
	if (!ts_node_is_null(target) && node_is(target, "word") &&
	    memchr(node_src(c, target), '\\', node_len(target)) == NULL)
		actx_bind_value(c, node_src(c, target), node_len(target), cmd);
	else if (!ts_node_is_null(target) && (ulen = sh_unquote(c, target, unq, sizeof(unq))) > 0)
		actx_bind_value(c, unq, (size_t)ulen, cmd); /* read -a "c"md */
	for (size_t i = 0; i < n; i++) {
		if (!ts_node_is_null(target) && ts_node_eq(args[i], target))
			continue;
		const char *s = node_src(c, args[i]);
		size_t len = node_len(args[i]), j = 0;
		/* read -r "c"md, read -r c\md: the name unquoted */
		bool plain = node_is(args[i], "word") && memchr(s, '\\', len) == NULL;
		if (!plain && (ulen = sh_unquote(c, args[i], unq, sizeof(unq))) > 0)
			s = unq, len = (size_t)ulen;
		else if (!plain)
			continue;
		if (len == 0 || (s[0] >= '0' && s[0] <= '9'))
			continue;
		while (j < len && (s[j] == '_' || (s[j] >= 'a' && s[j] <= 'z') ||
				   (s[j] >= 'A' && s[j] <= 'Z') || (s[j] >= '0' && s[j] <= '9')))
			j++;
		if (j == len)
			actx_bind_runtime(c, s, len, cmd);
	}
}

/* ${v:=word}, ${v=word}: an expansion that assigns its default to v
 * (`: "${run:=bash}"` sets run as run=bash does) */
static void bind_default_assign(struct actx *c, TSNode n)
{
	TSNode var = ts_node_named_child(n, 0), value = ts_node_named_child(n, 1);
	uint32_t k = ts_node_child_count(n);

	if (!node_is(var, "variable_name") || ts_node_is_null(value))
		return;
	for (uint32_t i = 0; i < k; i++) {
		TSNode op = ts_node_child(n, i);
		if (ts_node_is_named(op))
			continue;
		if (node_text_is(c, op, ":=") || node_text_is(c, op, "=")) {
			actx_bind_value(c, node_src(c, var), node_len(var), value);
			return;
		}
	}
}

/* [[ $s =~ re ]] sets BASH_REMATCH to what matched, text of the run, as
 * read sets its names */
static void bind_regex_match(struct actx *c, TSNode n)
{
	TSNode op = sh_operator_child(n);

	if (node_text_is(c, op, "=~"))
		actx_bind_runtime(c, "BASH_REMATCH", 12, n);
}

/* Here-documents written to a file (cat > "$f" <<'EOF', tee F <<EOF), the
 * text echo or printf writes to one (printf '%s\n' ... > "$f"), and the
 * commands that may source or run a file (. "$f", source F, bash F,
 * BASH_ENV=F bash -c ..., export ENV=F, through a variable or a wrapper):
 * a here-document written to a file the program then sources is code of
 * the program itself, whose assignments and functions are bound as the
 * program's own (sh_bind); it, or the echo or printf, is bound under
 * SOURCED_KEY, for the rules to analyse as the code it is (sh_resolve
 * names it SOURCED_NAME). Which program writes and which sources is
 * resolved once the walk is done. */
#define SOURCED_MAX 32
#define READERS_MAX 64
struct sourced {
	/* body: the here-document, or null for an echo or printf */
	TSNode writer[SOURCED_MAX], redirect[SOURCED_MAX], body[SOURCED_MAX];
	/* a command, or an assignment of BASH_ENV or ENV */
	TSNode reader[READERS_MAX];
	size_t nw, nr;
};

/* A word's text without quotes and braces: "$f", $f and ${f} are one. */
static size_t plain_text(const struct actx *c, TSNode n, char *out, size_t cap)
{
	const char *s = node_src(c, n);
	size_t len = node_len(n), k = 0;

	for (size_t i = 0; i < len && k + 1 < cap; i++)
		if (s[i] != '"' && s[i] != '\'' && s[i] != '{' && s[i] != '}')
			out[k++] = s[i];
	out[k] = '\0';
	return k;
}

static void note_heredoc_file(struct actx *c, TSNode n, struct sourced *sf)
{
	TSNode body = node_field(n, "body"), dst = {0}, doc = {0};
	uint32_t k = ts_node_named_child_count(n);

	if (sf == NULL || sf->nw == SOURCED_MAX || !node_is(body, "command"))
		return;
	for (uint32_t i = 0; i < k; i++) {
		TSNode r = ts_node_named_child(n, i);
		if (node_is(r, "file_redirect") && ts_node_is_null(dst))
			dst = node_field(r, "destination");
		else if (node_is(r, "heredoc_redirect"))
			for (uint32_t j = 0; j < ts_node_named_child_count(r); j++)
				if (node_is(ts_node_named_child(r, j), "heredoc_body"))
					doc = ts_node_named_child(r, j);
	}
	/* echo ... > F, printf ... >> F: the text is the command's output */
	if (ts_node_is_null(doc) &&
	    (ts_node_is_null(dst) ||
	     (!sh_name_is(c, ts_node_named_child(node_field(body, "name"), 0), "printf") &&
	      !sh_name_is(c, ts_node_named_child(node_field(body, "name"), 0), "echo"))))
		return;
	sf->writer[sf->nw] = body;
	sf->redirect[sf->nw] = dst;
	sf->body[sf->nw++] = doc;
}

/* exec 3<<EOF, exec {fd}<<'EOF': a here-document opened on a descriptor,
 * the file that /dev/fd/3, /dev/fd/$fd or /proc/self/fd/$fd names. */
static bool opens_fd(struct actx *c, struct sourced *sf, size_t i, const char *f, size_t flen)
{
	static const char *const dirs[] = {"/dev/fd/", "/proc/self/fd/"};
	const char *fd = NULL;
	TSNode args[ARGS_MAX];
	char w[256];

	for (size_t k = 0; k < ARRAY_SIZE(dirs) && fd == NULL; k++)
		if (flen > strlen(dirs[k]) && strncmp(f, dirs[k], strlen(dirs[k])) == 0)
			fd = f + strlen(dirs[k]);
	if (fd == NULL || ts_node_is_null(sf->body[i]) ||
	    !sh_name_is(c, ts_node_named_child(node_field(sf->writer[i], "name"), 0), "exec"))
		return false;
	size_t fl = flen - (size_t)(fd - f);
	if (fd[0] == '$')
		fd++, fl--;
	TSNode d = node_field(ts_node_parent(sf->body[i]), "descriptor");
	if (!ts_node_is_null(d))
		return node_len(d) == fl && memcmp(node_src(c, d), fd, fl) == 0;
	size_t na = sh_command_args(sf->writer[i], args, ARGS_MAX);
	return na == 1 && plain_text(c, args[0], w, sizeof(w)) == fl && memcmp(w, fd, fl) == 0;
}

/* Whether a here-document is written to the file the word f names: by
 * cat's redirection or as tee's last argument (resolved only when the text
 * of one of them is f's: "$f", $f and ${f} are one). */
static bool writes_file(struct actx *c, struct sourced *sf, size_t i, const char *f, size_t flen)
{
	TSNode args[ARGS_MAX];
	size_t na = sh_command_args(sf->writer[i], args, ARGS_MAX);
	char w[256];
	if (opens_fd(c, sf, i, f, flen))
		return true;
	bool by_redirect = !ts_node_is_null(sf->redirect[i]) &&
			   plain_text(c, sf->redirect[i], w, sizeof(w)) == flen &&
			   memcmp(w, f, flen) == 0;
	bool by_arg = na >= 1 && plain_text(c, args[na - 1], w, sizeof(w)) == flen &&
		      memcmp(w, f, flen) == 0;
	if (!by_redirect && !by_arg)
		return false;
	/* echo or printf by name (note_heredoc_file): resolving the command
	 * here would keep, in the core's cache, what it resolved to before
	 * SOURCED_KEY is bound */
	if (ts_node_is_null(sf->body[i]))
		return by_redirect;
	struct names tmp = {0};
	const struct names *ns = actx_resolved(c, sf->writer[i], &tmp);
	bool ok = (by_arg && sh_names_has(ns, "tee")) || (by_redirect && sh_names_has(ns, "cat"));
	names_free(&tmp);
	return ok;
}

/* cp F ~/.bashrc, install -m 644 F "$HOME/.zshrc", mv F ~/.profile: a
 * copy whose destination (its last word, folded) is a shell's start-up
 * file, which every new shell sources */
static bool copies_to_rc(struct actx *c, TSNode reader, TSNode last)
{
	static const char *const rcs[] = {".bashrc", ".bash_profile", ".bash_login",	 ".profile",
					  ".zshrc",  ".zprofile",     ".zshenv",	 ".zlogin",
					  ".kshrc",  ".mkshrc",	      ".bash_completion"};
	TSNode name = ts_node_named_child(node_field(reader, "name"), 0);
	if (!sh_name_is(c, name, "cp") && !sh_name_is(c, name, "install") &&
	    !sh_name_is(c, name, "mv"))
		return false;
	size_t len = 0;
	char *v = actx_fold_node(c, last, &len);
	const char *base = v ? strrchr(v, '/') : NULL;
	bool rc = false;
	for (size_t i = 0; base && i < ARRAY_SIZE(rcs) && !rc; i++)
		rc = strcmp(base + 1, rcs[i]) == 0;
	free(v);
	return rc;
}

/* Whether reader j sources or runs the file the word f names: its last
 * word is f and it runs . or source or a shell, or it is an assignment of
 * BASH_ENV or ENV (a shell started with it sources the file first). */
static bool reads_file(struct actx *c, struct sourced *sf, size_t i, TSNode reader)
{
	char r[256];
	size_t rl;

	if (node_is(reader, "variable_assignment")) {
		TSNode v = node_field(reader, "value");
		return !ts_node_is_null(v) && (rl = plain_text(c, v, r, sizeof(r))) > 0 &&
		       writes_file(c, sf, i, r, rl);
	}
	uint32_t k = ts_node_named_child_count(reader);
	TSNode last = ts_node_named_child(reader, k - 1);
	if (k >= 3 && copies_to_rc(c, reader, last)) {
		TSNode from = ts_node_named_child(reader, k - 2);
		return (rl = plain_text(c, from, r, sizeof(r))) > 0 && writes_file(c, sf, i, r, rl);
	}
	if (node_is(last, "command_name") || node_is(last, "file_redirect") ||
	    (rl = plain_text(c, last, r, sizeof(r))) == 0 || !writes_file(c, sf, i, r, rl))
		return false;
	struct names tmp = {0};
	const struct names *ns = actx_resolved(c, reader, &tmp);
	bool hit = sh_names_has(ns, ".") || sh_names_has(ns, "source");
	for (int m = 0; m < ns->n && !hit; m++)
		hit = sh_is_shell(ns->v[m]);
	names_free(&tmp);
	return hit;
}

/* declare -l NAME, typeset -u NAME=v, local -l NAME: the variable's
 * values change case as they are assigned; "case NAME" is bound to the
 * last flag word that sets or clears (+l) the attribute. */
static void bind_case_attribute(struct actx *c, TSNode n)
{
	uint32_t k = ts_node_named_child_count(n);
	TSNode flag = {0};
	char key[256];

	for (uint32_t i = 0; i < k; i++) {
		TSNode w = ts_node_named_child(n, i), vn = w;
		const char *s = node_src(c, w);
		size_t len = node_len(w);
		if (node_is(w, "word") && len > 1 && (s[0] == '-' || s[0] == '+') &&
		    (memchr(s, 'l', len) || memchr(s, 'u', len)))
			flag = w;
		if (ts_node_is_null(flag))
			continue;
		if (node_is(w, "variable_assignment"))
			vn = node_field(w, "name");
		if (!node_is(vn, "variable_name"))
			continue;
		int klen = snprintf(key, sizeof(key), CASE_PREFIX "%.*s", (int)node_len(vn),
				    node_src(c, vn));
		if (klen > 0 && (size_t)klen < sizeof(key))
			actx_bind_value(c, key, (size_t)klen, flag);
	}
}

static void bind_walk(struct actx *c, TSNode n, int depth, struct sourced *sf);

/* Each here-document written to a file that is sourced, parsed as bash over
 * its own bytes of the source and bound as the program's code. */
static void bind_sourced(struct actx *c, struct sourced *sf)
{
	TSParser *parser = NULL;

	for (size_t i = 0; i < sf->nw; i++) {
		size_t j;
		bool sourced = false;
		for (j = 0; j < sf->nr && !sourced; j++)
			sourced = reads_file(c, sf, i, sf->reader[j]);
		if (!sourced)
			continue;
		TSNode doc = sf->body[i];
		actx_bind_value(c, SOURCED_KEY, strlen(SOURCED_KEY),
				ts_node_is_null(doc) ? sf->writer[i] : doc);
		if (ts_node_is_null(doc) || c->nextra >= ACTX_EXTRA)
			continue;
		/* the here-document's own assignments and functions, only where
		 * it is sourced (bash F runs it in a shell of its own) */
		bool src = false;
		for (j = 0; j < sf->nr && !src; j++) {
			struct names tmp = {0};
			const struct names *ns;
			if (node_is(sf->reader[j], "variable_assignment") ||
			    !reads_file(c, sf, i, sf->reader[j]))
				continue;
			ns = actx_resolved(c, sf->reader[j], &tmp);
			src = sh_names_has(ns, ".") || sh_names_has(ns, "source");
			names_free(&tmp);
		}
		if (!src)
			continue;
		TSRange range = {ts_node_start_point(doc), ts_node_end_point(doc),
				 ts_node_start_byte(doc), ts_node_end_byte(doc)};
		if (parser == NULL) {
			parser = ts_parser_new();
			ts_parser_set_language(parser, tree_sitter_bash());
			ts_parser_set_timeout_micros(parser, 100000);
		}
		TSTree *t;
		if (!ts_parser_set_included_ranges(parser, &range, 1) ||
		    (t = ts_parser_parse_string(parser, NULL, c->src, (uint32_t)c->len)) == NULL)
			continue;
		c->extra[c->nextra++] = t;
		bind_walk(c, ts_tree_root_node(t), 0, NULL);
	}
	if (parser)
		ts_parser_delete(parser);
}

/* Whether a command (name its name) is hash -p PATH NAME, args then its
 * three words: hash named as such, after builtin or command, or through a
 * variable given "hash" above it (h=hash; $h -p ...). */
static bool is_hash_p(struct actx *c, TSNode cmd, TSNode name, TSNode args[3])
{
	TSNode words[5];
	size_t n, skip = 0;

	if (node_is(name, "word") && !node_text_is(c, name, "hash") &&
	    !node_text_is(c, name, "builtin") && !node_text_is(c, name, "command") &&
	    memchr(node_src(c, name), '\\', node_len(name)) == NULL)
		return false; /* most commands: a plain word, another name */
	n = sh_command_args(cmd, words, 5);
	if (sh_name_is(c, name, "builtin") || sh_name_is(c, name, "command")) {
		if (n == 0 || !sh_name_is(c, words[0], "hash"))
			return false;
		skip = 1;
	} else if (!sh_name_is(c, name, "hash")) {
		TSNode v = node_is(name, "string") && ts_node_named_child_count(name) == 1
			       ? ts_node_named_child(name, 0)
			       : name;
		TSNode var = ts_node_named_child(v, 0);
		const struct binding *b;
		size_t i = 0;
		bool hash = false;
		if (!node_is(v, "simple_expansion") && !node_is(v, "expansion"))
			return false;
		if (!node_is(var, "variable_name"))
			return false;
		while (!hash && (b = actx_lookup(c, node_src(c, var), node_len(var), &i)))
			hash = b->kind == BIND_VALUE && sh_name_is(c, b->value, "hash");
		if (!hash)
			return false;
	}
	if (n != skip + 3 || !sh_name_is(c, words[skip], "-p"))
		return false;
	for (size_t k = 0; k < 3; k++)
		args[k] = words[skip + k];
	return true;
}

static void bind_walk(struct actx *c, TSNode n, int depth, struct sourced *sf)
{
	const char *t = ts_node_type(n);

	if (depth > 400)
		return;
	if (strcmp(t, "variable_assignment") == 0) {
		bind_assignment(c, n);
		/* BASH_ENV=F bash ..., export ENV=F: shells source F first */
		TSNode vn = node_field(n, "name");
		if (sf && sf->nw > 0 && sf->nr < READERS_MAX &&
		    (node_text_is(c, vn, "BASH_ENV") || node_text_is(c, vn, "ENV")))
			sf->reader[sf->nr++] = n;
	} else if (strcmp(t, "expansion") == 0) {
		bind_default_assign(c, n);
	} else if (strcmp(t, "binary_expression") == 0) {
		bind_regex_match(c, n);
	} else if (strcmp(t, "redirected_statement") == 0) {
		note_heredoc_file(c, n, sf);
	} else if (strcmp(t, "for_statement") == 0) {
		TSNode var = node_field(n, "variable"), vals[ARGS_MAX];
		size_t k = sh_field_children(n, "value", vals, ARGS_MAX);
		for (size_t i = 0; !ts_node_is_null(var) && i < k; i++)
			actx_bind_value(c, node_src(c, var), node_len(var), vals[i]);
	} else if (strcmp(t, "command") == 0) {
		TSNode name = ts_node_named_child(node_field(n, "name"), 0), bname;
		TSNode args[3];
		char unq[128];
		int ulen;
		if (sh_name_is(c, name, "alias"))
			bind_alias(c, n);
		/* read, printf -v and set --, also through command or builtin
		 * (the arguments only looked up for these: most commands are
		 * none of them) */
		bool via = sh_runs_builtin(c, name);
		size_t nb = via ? sh_builtin_args(c, n, &bname, args, 3) : 0;
		if (!via)
			bname = name;
		if (sf && sf->nw > 0 && sf->nr < READERS_MAX && ts_node_named_child_count(n) > 1)
			sf->reader[sf->nr++] = n; /* may source a file written above */
		if (sh_name_is(c, bname, "read") || sh_name_is(c, bname, "mapfile") ||
		    sh_name_is(c, bname, "readarray") || sh_name_is(c, bname, "getopts")) {
			bind_read(c, n);
			/* getopts also sets OPTARG to the option's value */
			if (sh_name_is(c, bname, "getopts"))
				actx_bind_runtime(c, "OPTARG", 6, n);
		} else if (sh_name_is(c, bname, "printf") &&
			   (via ? nb : sh_command_args(n, args, 3)) >= 3 &&
			   sh_name_is(c, args[0], "-v") &&
			   (ulen = sh_unquote(c, args[1], unq, sizeof(unq))) > 0)
			/* printf -v NAME FMT ...: NAME (so''ck too) is what it prints */
			actx_bind_value(c, unq, (size_t)ulen, n);
		else if (sh_name_is(c, bname, "set") &&
			 (via ? nb : sh_command_args(n, args, 3)) >= 2 &&
			 node_text_is(c, args[0], "--"))
			/* set -- WORDS: "$@" is WORDS (folded by bash_fold.c) */
			actx_bind_value(c, "@", 1, n);
		else if (is_hash_p(c, n, name, args) &&
			 (ulen = sh_unquote(c, args[2], unq, sizeof(unq))) > 0) {
			/* hash -p /bin/rm tidy: tidy runs /bin/rm, as an alias would */
			char key[256];
			int len = snprintf(key, sizeof(key), ALIAS_PREFIX "%.*s", ulen, unq);
			if (len > 0 && (size_t)len < sizeof(key))
				actx_bind_value(c, key, (size_t)len, args[1]);
		}
	} else if (strcmp(t, "declaration_command") == 0) {
		bind_case_attribute(c, n);
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
		bind_walk(c, ts_node_named_child(n, i), depth + 1, sf);
}

static void sh_bind(struct actx *c, TSNode root)
{
	struct sourced sf = {0};

	bind_walk(c, root, 0, &sf);
	if (sf.nw > 0 && sf.nr > 0)
		bind_sourced(c, &sf);
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

/* Bash: whether a word needs folding to read as bash reads it (quotes,
 * a backslash, an expansion); a plain word is its own text. */
static bool sh_word_folds(const struct actx *c, TSNode w)
{
	if (!node_is(w, "word"))
		return true;
	return memchr(node_src(c, w), '\\', node_len(w)) != NULL;
}

/* Word w appended to b after a space, folded where fold says it needs it
 * and the folder knows it (true then), else as written. */
static bool append_word(struct actx *c, TSNode w, bool fold, struct buf *b)
{
	size_t vlen;
	char *v = fold && sh_word_folds(c, w) ? actx_fold_node(c, w, &vlen) : NULL;

	if (b->len)
		buf_append(b, " ", 1);
	if (v)
		buf_append(b, v, vlen);
	else
		buf_append(b, node_src(c, w), node_len(w));
	free(v);
	return v != NULL;
}

/* #match? on a command or a word: the text bash runs, each word of the
 * command (its name and arguments) folded where the value folder knows it,
 * so that "$c" -rf, r''m, "${cmd[@]}" and "$(printf %s rm)" read as rm -rf.
 * NULL when no word needs folding (the text is the source). */
static char *sh_folded_text(struct actx *c, TSNode n, size_t *out_len)
{
	struct buf b = {0};
	bool any = false;
	size_t vlen;
	char *v;

	if (!node_is(n, "command")) {
		TSNode w = n;
		if (node_is(n, "command_name")) {
			if (ts_node_named_child_count(n) != 1)
				return NULL;
			w = ts_node_named_child(n, 0);
		} else if (!node_is(n, "string") && !node_is(n, "raw_string") &&
			   !node_is(n, "concatenation") && !node_is(n, "word") &&
			   !node_is(n, "simple_expansion") && !node_is(n, "expansion")) {
			return NULL;
		}
		if (!sh_word_folds(c, w) || (v = actx_fold_node(c, w, &vlen)) == NULL)
			return NULL;
		*out_len = vlen;
		return v;
	}
	TSTreeCursor cur = ts_tree_cursor_new(n);
	for (bool more = ts_tree_cursor_goto_first_child(&cur); more;
	     more = ts_tree_cursor_goto_next_sibling(&cur)) {
		TSNode w = ts_tree_cursor_current_node(&cur);
		if (!ts_node_is_named(w))
			continue;
		const char *field = ts_tree_cursor_current_field_name(&cur);
		bool name = node_is(w, "command_name");
		bool arg = field != NULL && strcmp(field, "argument") == 0;
		if (name && ts_node_named_child_count(w) == 1)
			w = ts_node_named_child(w, 0);
		any |= append_word(c, w, name || arg, &b);
	}
	ts_tree_cursor_delete(&cur);
	if (!any) {
		buf_free(&b);
		return NULL;
	}
	*out_len = b.len;
	return b.data;
}

/* The words of a command from the program its wrappers run (command,
 * builtin, exec, env A=1, sudo, a function that runs "$@"), folded where
 * they need it: `command ps axe`, `( exec ps axe )`, `run ps axe` read as
 * ps axe. NULL when there is no such wrapper. */
static char *sh_unwrapped_text(struct actx *c, TSNode n, size_t *out_len)
{
	TSNode words[ARGS_MAX + 1];
	struct buf b = {0};
	size_t nw, k;

	if (!node_is(n, "command") || (nw = sh_command_words(n, words, ARRAY_SIZE(words))) < 2 ||
	    (k = sh_command_unwrapped(c, words, nw, 0)) == 0 || k >= nw)
		return NULL;
	for (size_t i = k; i < nw; i++) {
		TSNode w = words[i];
		if (node_is(w, "command_name") && ts_node_named_child_count(w) == 1)
			w = ts_node_named_child(w, 0);
		append_word(c, w, true, &b);
	}
	*out_len = b.len;
	return b.data;
}

/* lang_ops.match_text: the command folded, then unwrapped, each when it
 * says something its source does not. */
static void add_text(struct actx *c, TSNode n, char *t, size_t len, struct buf *out)
{
	if (t && !(len == node_len(n) && memcmp(t, node_src(c, n), len) == 0)) {
		buf_append(out, &len, sizeof(len));
		buf_append(out, t, len);
	}
	free(t);
}

static void sh_match_text(struct actx *c, TSNode n, struct buf *out)
{
	size_t len = 0;
	char *t = sh_folded_text(c, n, &len);

	add_text(c, n, t, len, out);
	t = sh_unwrapped_text(c, n, &len);
	add_text(c, n, t, len, out);
}

/* lang_ops.run_word: the command's name, or the word its wrappers run. */
static bool sh_run_word(struct actx *c, TSNode n, TSNode *word)
{
	TSNode words[ARGS_MAX + 1];
	size_t nw, k;

	if (!node_is(n, "command") || (nw = sh_command_words(n, words, ARRAY_SIZE(words))) == 0)
		return false;
	k = nw > 1 ? sh_command_unwrapped(c, words, nw, 0) : 0;
	*word = words[k < nw ? k : 0];
	if (node_is(*word, "command_name") && ts_node_named_child_count(*word) == 1)
		*word = ts_node_named_child(*word, 0);
	return true;
}

/* Whether a word of an interpreter's command line is an option that runs
 * code, a module or a file it names (-c, -e, -m, -r, --require, --rcfile:
 * what follows may all be run), or one that takes the next word as its
 * value (-W, -o, --opt value). */
static bool code_option(const char *w, size_t len)
{
	static const char *const longs[] = {"--eval",	"--print",  "--require",
					    "--import", "--loader", "--experimental-loader",
					    "--rcfile", "--init-file", "--command", "--module"};

	if (len >= 2 && w[0] == '-' && w[1] == '-') {
		for (size_t i = 0; i < ARRAY_SIZE(longs); i++)
			if (len >= strlen(longs[i]) && memcmp(w, longs[i], strlen(longs[i])) == 0)
				return true;
		return false;
	}
	for (size_t i = 1; i < len; i++)
		if (strchr("ceEmMrpf", w[i]))
			return true;
	return false;
}

static bool value_option(const char *w, size_t len)
{
	static const char *const shorts[] = {"-W", "-X", "-o", "-O", "+o", "+O", "-I", "-C"};

	for (size_t i = 0; i < ARRAY_SIZE(shorts); i++)
		if (len == 2 && memcmp(w, shorts[i], 2) == 0)
			return true;
	return len > 2 && w[0] == '-' && w[1] == '-' && !memchr(w, '=', len);
}

/* lang_ops.runs_arg: an argument after the script an interpreter runs (its
 * first word that is no option or option's value, after the wrappers) is
 * that script's data; anything else may be run. A command line with an
 * option that runs code of its own (-c, -e, -m, -r) may run any of its
 * words: inline code, or a script read from stdin (-), can read its
 * arguments. */
static bool sh_runs_arg(struct actx *c, TSNode cmd, TSNode arg)
{
	TSNode words[ARGS_MAX + 1];
	size_t nw = sh_command_words(cmd, words, ARRAY_SIZE(words)), i;
	uint32_t at = ts_node_start_byte(arg);

	if (nw == 0)
		return true;
	i = nw > 1 ? sh_command_unwrapped(c, words, nw, 0) : 0;
	for (bool value = false; ++i < nw && ts_node_start_byte(words[i]) < at;) {
		const char *w = node_src(c, words[i]);
		size_t len = node_len(words[i]);
		if (len == 1 && w[0] == '-')
			return true; /* the script is stdin: it may read any word */
		if (len > 1 && (w[0] == '-' || w[0] == '+')) {
			if (code_option(w, len))
				return true;
			value = value_option(w, len);
		} else if (value) {
			value = false;
		} else {
			return false; /* the script: arg comes after it */
		}
	}
	return true;
}

const struct lang_ops lang_bash_ops = {
    .name = "bash",
    .language = tree_sitter_bash,
    .bind = sh_bind,
    .resolve = sh_resolve,
    .fold = sh_fold,
    .call_callee = sh_call_callee,
    .ambiguous = sh_ambiguous,
    .inert = sh_inert,
    .match_text = sh_match_text,
    .run_word = sh_run_word,
    .runs_arg = sh_runs_arg,
    .dir_before = sh_dir_before,
    .links_home = sh_links_home,
};
