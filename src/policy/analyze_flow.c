/*
 * A file from statement to statement, for the Bash predicates that follow
 * one: #same-file? (a file named alike, or copied between), #written-by?
 * and #written-by-text? (a statement before wrote it), #fetched-tree? (a
 * tree fetched before holds it), and these two:
 *
 * #downloaded-before? @run "PROGRAMS": a statement before the one that
 * runs @run (in its block, a block around it, or the && list it is part
 * of, as #written-by? looks) runs a program PROGRAMS names and writes the
 * file @run names, or a copy of it (#same-file?): an argument after its
 * first (curl -o F u), where its output is redirected (curl u > F), or a
 * here-document it reads that names F as its output (curl -K - <<EOF).
 *
 * The query could say the same with two statements side by side in one
 * block, `(_ (command) @dl (command) @sh)`, and once did; but tree-sitter
 * keeps a partial match for every command before the one it is at, and
 * compares them pairwise at every node: a few hundred lines of ordinary
 * shell took seconds. Here the statements that run such a program are
 * found once an analysis (per expression), in one walk of the tree, and
 * each @run is tested against those before it. #configured-before? @run
 * "PROGRAMS": a statement before runs a program PROGRAMS names with its
 * config file (curl -K cfg), after a here-document that names @run's
 * file as its output. #fetched-tree? and a copy between two statements
 * (#same-file?) use the same index.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "policy/analyze_internal.h"

/* A word's text without quotes and braces ("$f", $f and ${f} are one),
 * or NULL when it does not fit. */
static size_t bare_text(struct actx *c, TSNode n, char *out, size_t cap)
{
	const char *s = node_src(c, n);
	size_t len = node_len(n), k = 0;

	for (size_t i = 0; i < len; i++) {
		if (s[i] == '"' || s[i] == '\'' || s[i] == '{' || s[i] == '}')
			continue;
		if (k + 1 >= cap)
			return 0;
		out[k++] = s[i];
	}
	out[k] = '\0';
	return k;
}

/* Whether word a names the file word b names: the same word ("$f", $f
 * and ${f} are one), the same folded path, or, a bare command name, the
 * with base_too, the last part of b's path (install -m 755 "$tmp"
 * ~/.local/bin/fmt; fmt). */
static bool names_file(struct actx *c, TSNode a, TSNode b, bool base_too)
{
	char ta[256], tb[256];
	size_t la = bare_text(c, a, ta, sizeof(ta)), lb = bare_text(c, b, tb, sizeof(tb));
	const char *pa = path_no_dot_slash(ta, &la), *pb = path_no_dot_slash(tb, &lb);

	if (la > 0 && la == lb && memcmp(pa, pb, la) == 0)
		return true;
	size_t va, vb;
	char *fa = actx_fold_node(c, a, &va), *fb = fa ? actx_fold_node(c, b, &vb) : NULL;
	bool hit = false;
	if (fa && fb && va > 0 && vb > 0) {
		const char *xa = path_no_dot_slash(fa, &va), *xb = path_no_dot_slash(fb, &vb);
		const char *base = memrchr(xb, '/', vb);
		base = base ? base + 1 : xb;
		size_t blen = vb - (size_t)(base - xb);
		hit = (va == vb && memcmp(xa, xb, va) == 0) ||
		      (base_too && memchr(xa, '/', va) == NULL && va == blen &&
		       memcmp(xa, base, va) == 0);
	}
	free(fa);
	free(fb);
	return hit;
}

static bool node_within(TSNode n, TSNode outer)
{
	return ts_node_start_byte(n) >= ts_node_start_byte(outer) &&
	       ts_node_end_byte(n) <= ts_node_end_byte(outer);
}

/* Whether cmd copies b to a: cp, mv, install, ln or rsync whose last two
 * arguments are b's file and a's. */
static bool copies_file(struct actx *c, TSNode cmd, TSNode a, TSNode b)
{
	TSNode args[2];
	uint32_t k = ts_node_child_count(cmd), na = 0;

	memset(args, 0, sizeof(args));

	if (!node_is(cmd, "command"))
		return false;
	for (uint32_t i = 0; i < k; i++) {
		const char *f = ts_node_field_name_for_child(cmd, i);
		if (f && strcmp(f, "argument") == 0) {
			args[0] = args[1];
			args[1] = ts_node_child(cmd, i);
			na++;
		}
	}
	if (na < 2)
		return false;
	struct names tmp = {0};
	const struct names *ns = actx_resolved(c, cmd, &tmp);
	bool copy = false;
	for (int i = 0; i < ns->n && !copy; i++)
		copy = strcmp(ns->v[i], "cp") == 0 || strcmp(ns->v[i], "mv") == 0 ||
		       strcmp(ns->v[i], "install") == 0 || strcmp(ns->v[i], "ln") == 0 ||
		       strcmp(ns->v[i], "rsync") == 0;
	names_free(&tmp);
	return copy && names_file(c, args[0], b, false) && names_file(c, a, args[1], true);
}

static bool copies_word(struct actx *c, TSNode s, void *ab)
{
	return copies_file(c, s, ((TSNode *)ab)[0], ((TSNode *)ab)[1]);
}

/* Whether here-document body t (curl -K - <<E), or a string written to a
 * config (echo "-o $f"), names the file word f names as its output. */
static bool config_outputs(struct actx *c, TSNode t, TSNode f)
{
	char tf[256];
	size_t lf = bare_text(c, f, tf, sizeof(tf));
	const char *pf = path_no_dot_slash(tf, &lf), *s = node_src(c, t);
	size_t len = node_len(t);

	for (const char *at = lf > 0 ? memmem(s, len, pf, lf) : NULL; at;
	     at = memmem(at + 1, len - (size_t)(at + 1 - s), pf, lf)) {
		size_t end = (size_t)(at - s) + lf;
		if (end < len && !strchr(" \t\n\"'", s[end]))
			continue;
		const char *q = at;
		while (q > s && strchr(" \t=:\"'", q[-1]))
			q--;
		const char *w = q;
		while (w > s && q - w < 8 && ((w[-1] >= 'a' && w[-1] <= 'z') || w[-1] == '-'))
			w--;
		if ((q - w == 6 && memcmp(w, "output", 6) == 0) ||
		    (q - w == 8 && memcmp(w, "--output", 8) == 0) ||
		    (q - w == 2 && memcmp(w, "-o", 2) == 0))
			return true;
	}
	return false;
}

/* #same-file? @a @b: a names b's file, or a copy of it that a statement
 * between them made (curl -o "$t" u; mv "$t" ./bin/x; ./bin/x); a, a
 * command, the program it runs, through wrappers (timeout 5 "$t"). */
bool analyze_same_file(struct actx *c, TSNode a, TSNode b)
{
	if (node_is(a, "command")) {
		/* a command: the word that names the program it runs */
		if (c->ops->run_word && !c->ops->run_word(c, a, &a))
			return false;
	} else if (c->ops->runs_arg && node_is(ts_node_parent(a), "command") &&
		   !c->ops->runs_arg(c, ts_node_parent(a), a)) {
		return false; /* an argument the command does not run: data */
	}
	if (names_file(c, a, b, false) || node_in_download_dir(c, a, b) ||
	    ((node_is(b, "heredoc_body") || node_is(b, "string")) && config_outputs(c, b, a)))
		return true;
	/* the statement holding a, and before it, in the same block, the one
	 * holding b; the ones between may copy */
	TSNode stmt = a, up, ab[2] = {a, b};
	while (!ts_node_is_null(up = ts_node_parent(stmt)) && !node_within(b, up))
		stmt = up;
	return analyze_copy_between(c, stmt, b, copies_word, ab);
}

/* The statements of one tree that run a program an expression names
 * (by_text false), or whose text it matches (true). */
struct flow_index {
	const pcre2_code *re;
	bool by_text;
	TSNode root;
	TSNode *v; /* in source order */
	size_t n, cap;
};

static bool runs_named(struct actx *c, TSNode cmd, const pcre2_code *re)
{
	struct names tmp = {0};
	const struct names *ns = actx_resolved(c, cmd, &tmp);
	bool hit = false;

	for (int i = 0; i < ns->n && !hit; i++)
		hit = actx_re_find(c, re, ns->v[i], strlen(ns->v[i]));
	names_free(&tmp);
	return hit;
}

static void index_walk(struct actx *c, struct flow_index *x, TSNode root)
{
	TSTreeCursor tc = ts_tree_cursor_new(root);

	do {
		TSNode n = ts_tree_cursor_current_node(&tc);
		TSNode s = n;
		bool hit;
		if (x->by_text) {
			/* a pipeline's or a redirection's command: the statement,
			 * whose text is matched (curl u/x.tar.gz | "t"ar -C d:
			 * what the expression names may be in another command) */
			hit = node_is(n, "command");
			for (TSNode p = ts_node_parent(s);
			     hit && (node_is(p, "pipeline") || node_is(p, "redirected_statement"));
			     p = ts_node_parent(s))
				s = p;
			hit = hit && !(x->n > 0 && ts_node_eq(x->v[x->n - 1], s)) &&
			      actx_re_find(c, x->re, node_src(c, s), node_len(s));
		} else {
			hit = node_is(n, "command") && ts_node_named_child_count(n) > 1 &&
			      runs_named(c, n, x->re);
			if (hit && node_is(ts_node_parent(n), "redirected_statement"))
				s = ts_node_parent(n);
		}
		if (hit) {
			if (x->n == x->cap) {
				x->cap = x->cap ? 2 * x->cap : 8;
				x->v = xrealloc(x->v, x->cap * sizeof(*x->v));
			}
			x->v[x->n++] = s;
		}
	} while (tree_next(&tc, true));
	ts_tree_cursor_delete(&tc);
}

/* The index of re over the tree that holds n, made on first use. */
static const struct flow_index *flow_index(struct actx *c, TSNode n, const pcre2_code *re,
					   bool by_text)
{
	TSNode root = n;
	for (TSNode p; !ts_node_is_null(p = ts_node_parent(root));)
		root = p;
	for (size_t i = 0; i < c->nflow; i++) {
		struct flow_index *x = c->flow[i];
		if (x->re == re && x->by_text == by_text && ts_node_eq(x->root, root))
			return x;
	}
	/* a few expressions an analysis: one for each rule that asks; each
	 * stays where it is while another is made (a hit may ask for one) */
	struct flow_index *x = xmalloc(sizeof(*x));
	*x = (struct flow_index){.re = re, .by_text = by_text, .root = root};
	index_walk(c, x, root);
	c->flow = xrealloc(c->flow, (c->nflow + 1) * sizeof(*c->flow));
	c->flow[c->nflow++] = x;
	return x;
}

/* Whether statement s writes the file that word run names: a command's
 * argument after its first, or a redirected one's destination or the
 * here-document it reads. */
static bool writes_run(struct actx *c, TSNode s, TSNode run)
{
	TSNode cmd = s;

	if (node_is(s, "redirected_statement")) {
		cmd = node_field(s, "body");
		uint32_t k = ts_node_named_child_count(s);
		for (uint32_t i = 0; i < k; i++) {
			TSNode r = ts_node_named_child(s, i), d = {0};
			if (node_is(r, "file_redirect"))
				d = node_field(r, "destination");
			else if (node_is(r, "heredoc_redirect"))
				for (uint32_t j = 0; j < ts_node_named_child_count(r) && ts_node_is_null(d);
				     j++)
					if (node_is(ts_node_named_child(r, j), "heredoc_body"))
						d = ts_node_named_child(r, j);
			if (!ts_node_is_null(d) && analyze_same_file(c, run, d))
				return true;
		}
		/* its words go where it is redirected (ssh h cat x > f: cat
		 * and x are the remote side's) */
		return false;
	}
	/* an argument after the first (curl -o F u, wget -O F u, scp h:x F) */
	uint32_t k = ts_node_child_count(cmd);
	bool first = true;
	for (uint32_t i = 0; i < k; i++) {
		const char *fn = ts_node_field_name_for_child(cmd, i);
		if (fn == NULL || strcmp(fn, "argument") != 0)
			continue;
		if (!first && analyze_same_file(c, run, ts_node_child(cmd, i)))
			return true;
		first = false;
	}
	return false;
}

/* A list, an if (its branches) or a { } group: a statement that holds
 * statements a later one may follow (if [ ! -x "$f" ]; then curl -o "$f"
 * u; fi). */
static bool holds_statements(TSNode s)
{
	return node_is(s, "list") || node_is(s, "if_statement") || node_is(s, "elif_clause") ||
	       node_is(s, "else_clause") || node_is(s, "compound_statement");
}

/* Whether s, before n, is a sibling of a node that holds n, at most 8
 * levels up, no function's definition in between (as #written-by?
 * looks). */
static bool sibling_above(TSNode s, TSNode n)
{
	TSNode p = ts_node_parent(s), up = n;

	if (ts_node_end_byte(s) > ts_node_start_byte(n))
		return false;
	for (int level = 0; level < 8 && !ts_node_is_null(up); level++) {
		if (node_is(up, "function_definition") || node_is(up, "program"))
			return false;
		TSNode q = ts_node_parent(up);
		if (ts_node_eq(q, p))
			return true;
		up = q;
	}
	return false;
}

/* Whether statement s is one statement_before would look at for n: the
 * statement, or one within a statement (holds_statements, three levels
 * deep) that is. */
static bool looked_at(TSNode s, TSNode n)
{
	for (int depth = 0; depth <= 3 && !ts_node_is_null(s); depth++) {
		if (sibling_above(s, n))
			return true;
		s = ts_node_parent(s);
		if (!holds_statements(s))
			return false;
	}
	return false;
}

bool analyze_each_before(struct actx *c, TSNode n, const pcre2_code *re, bool by_text,
			 bool (*hit)(struct actx *c, TSNode s, void *arg), void *arg)
{
	const struct flow_index *x = flow_index(c, n, re, by_text);
	uint32_t at = ts_node_start_byte(n);

	for (size_t i = 0; i < x->n && ts_node_start_byte(x->v[i]) < at && actx_step(c); i++)
		if (looked_at(x->v[i], n) && hit(c, x->v[i], arg))
			return true;
	return false;
}

/* The commands that copy a file, as copies_file (analyze_pred.c) names
 * them: one expression for every analysis. */
static pcre2_code *copy_re;
static pthread_once_t copy_once = PTHREAD_ONCE_INIT;

static void copy_re_compile(void)
{
	int e;
	PCRE2_SIZE off;
	copy_re = pcre2_compile((PCRE2_SPTR) "^(cp|mv|install|ln|rsync)$", PCRE2_ZERO_TERMINATED, 0,
				&e, &off, NULL);
}

bool analyze_copy_between(struct actx *c, TSNode stmt, TSNode b,
			  bool (*hit)(struct actx *c, TSNode s, void *arg), void *arg)
{
	pthread_once(&copy_once, copy_re_compile);
	if (copy_re == NULL)
		return false;
	const struct flow_index *x = flow_index(c, stmt, copy_re, false);
	TSNode block = ts_node_parent(stmt);
	uint32_t from = ts_node_end_byte(b), to = ts_node_start_byte(stmt);

	for (size_t i = 0; i < x->n && ts_node_start_byte(x->v[i]) < to && actx_step(c); i++) {
		TSNode s = x->v[i], p = ts_node_parent(s);
		if (ts_node_start_byte(s) < from)
			continue;
		/* a statement of the block, or a member of one of its lists */
		if ((ts_node_eq(p, block) || (node_is(p, "list") && ts_node_eq(ts_node_parent(p), block))) &&
		    hit(c, s, arg))
			return true;
	}
	return false;
}

static bool writes_run_cb(struct actx *c, TSNode s, void *run)
{
	return writes_run(c, s, *(TSNode *)run);
}

bool analyze_downloaded_before(struct actx *c, TSNode run, const pcre2_code *re)
{
	return analyze_each_before(c, run, re, false, writes_run_cb, &run);
}

/* The here-document a statement (or a member of an && list) feeds. */
static TSNode heredoc_of(TSNode s)
{
	if (node_is(s, "redirected_statement"))
		for (uint32_t i = 0; i < ts_node_named_child_count(s); i++) {
			TSNode r = ts_node_named_child(s, i);
			for (uint32_t j = 0; node_is(r, "heredoc_redirect") && j < ts_node_named_child_count(r); j++)
				if (node_is(ts_node_named_child(r, j), "heredoc_body"))
					return ts_node_named_child(r, j);
		}
	return (TSNode){0};
}

/* A download's option that names its config file (curl -K cfg, --config) */
static pcre2_code *config_re;
static pthread_once_t config_once = PTHREAD_ONCE_INIT;

static void config_re_compile(void)
{
	int e;
	PCRE2_SIZE off;
	config_re = pcre2_compile((PCRE2_SPTR) "\\s(-[a-zA-Z]*K|--config)", PCRE2_ZERO_TERMINATED,
				  PCRE2_UTF, &e, &off, NULL);
}

/* Whether statement s's command has such an option: in its text, or in
 * the other texts the language gives it (its words unquoted: "-K") */
static bool reads_config(struct actx *c, TSNode s)
{
	TSNode cmd = node_is(s, "redirected_statement") ? node_field(s, "body") : s;
	pthread_once(&config_once, config_re_compile);
	if (config_re == NULL)
		return false;
	if (actx_re_find(c, config_re, node_src(c, cmd), node_len(cmd)))
		return true;
	struct buf b = {0};
	bool hit = false;
	if (c->ops->match_text)
		c->ops->match_text(c, cmd, &b);
	for (size_t at = 0, len; !hit && at + sizeof(len) <= b.len; at += sizeof(len) + len) {
		memcpy(&len, b.data + at, sizeof(len));
		hit = actx_re_find(c, config_re, b.data + at + sizeof(len), len);
	}
	buf_free(&b);
	return hit;
}

static bool configures_run(struct actx *c, TSNode s, void *run)
{
	if (!reads_config(c, s))
		return false;
	if (node_is(ts_node_parent(s), "list"))
		s = ts_node_parent(s);
	for (TSNode t = ts_node_prev_named_sibling(s); !ts_node_is_null(t) && actx_step(c);
	     t = ts_node_prev_named_sibling(t)) {
		TSNode body = heredoc_of(t);
		if (!ts_node_is_null(body) && analyze_same_file(c, *(TSNode *)run, body))
			return true;
	}
	return false;
}

bool analyze_configured_before(struct actx *c, TSNode run, const pcre2_code *re)
{
	return analyze_each_before(c, run, re, false, configures_run, &run);
}

/* Every call of a bare name in one tree, sorted by the name, then by
 * where it is. */
struct call_index {
	TSNode root;
	TSNode *v;
	size_t n;
};

static int by_callee(const void *x, const void *y, void *src)
{
	const TSNode *a = x, *b = y;
	TSNode fa = node_field(*a, "function"), fb = node_field(*b, "function");
	uint32_t la = node_len(fa), lb = node_len(fb);
	int d = memcmp((const char *)src + ts_node_start_byte(fa),
		       (const char *)src + ts_node_start_byte(fb), la < lb ? la : lb);
	if (d == 0 && la != lb)
		d = la < lb ? -1 : 1;
	if (d == 0)
		d = ts_node_start_byte(*a) < ts_node_start_byte(*b) ? -1 : 1;
	return d;
}

static int name_vs_call(struct actx *c, const char *name, size_t len, TSNode call)
{
	TSNode f = node_field(call, "function");
	size_t lf = node_len(f);
	int d = memcmp(name, node_src(c, f), len < lf ? len : lf);
	return d ? d : len < lf ? -1 : len > lf ? 1 : 0;
}

size_t analyze_calls_named(struct actx *c, TSNode any, const char *name, size_t len,
			   const TSNode **out)
{
	TSNode root = any;
	for (TSNode p; !ts_node_is_null(p = ts_node_parent(root));)
		root = p;
	struct call_index *x = c->calls;
	if (x == NULL || !ts_node_eq(x->root, root)) {
		if (x == NULL)
			x = c->calls = xcalloc(1, sizeof(*x));
		free(x->v);
		*x = (struct call_index){.root = root};
		size_t cap = 0;
		TSTreeCursor tc = ts_tree_cursor_new(root);
		do {
			TSNode n = ts_tree_cursor_current_node(&tc);
			if ((node_is(n, "call") || node_is(n, "call_expression")) &&
			    node_is(node_field(n, "function"), "identifier")) {
				if (x->n == cap) {
					cap = cap ? 2 * cap : 64;
					x->v = xrealloc(x->v, cap * sizeof(*x->v));
				}
				x->v[x->n++] = n;
			}
		} while (tree_next(&tc, true));
		ts_tree_cursor_delete(&tc);
		qsort_r(x->v, x->n, sizeof(*x->v), by_callee, (void *)c->src);
	}
	/* the first call of the name, then the ones after it */
	size_t lo = 0, hi = x->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (name_vs_call(c, name, len, x->v[mid]) > 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t end = lo;
	while (end < x->n && name_vs_call(c, name, len, x->v[end]) == 0)
		end++;
	*out = x->v + lo;
	return end - lo;
}

void analyze_flow_free(struct actx *c)
{
	if (c->calls) {
		free(c->calls->v);
		free(c->calls);
		c->calls = NULL;
	}
	for (size_t i = 0; i < c->nflow; i++) {
		free(c->flow[i]->v);
		free(c->flow[i]);
	}
	free(c->flow);
	c->flow = NULL;
	c->nflow = 0;
}

/* Whether statement s (a command, possibly redirected) runs a program re
 * names and writes the file word f names: one of its arguments (curl -o
 * "$f" u) or where its output is redirected (curl u > "$f"). */
static bool writes_named(struct actx *c, TSNode s, TSNode f, const pcre2_code *re)
{
	TSNode cmd = s;
	bool hit = false;

	if (node_is(s, "redirected_statement")) {
		cmd = node_field(s, "body");
		uint32_t k = ts_node_named_child_count(s);
		for (uint32_t i = 0; i < k && !hit; i++) {
			TSNode r = ts_node_named_child(s, i);
			TSNode d = node_field(r, "destination");
			hit = node_is(r, "file_redirect") && !ts_node_is_null(d) &&
			      names_file(c, f, d, false);
		}
	}
	if (!node_is(cmd, "command"))
		return false;
	uint32_t k = ts_node_child_count(cmd);
	for (uint32_t i = 0; i < k && !hit; i++) {
		const char *fn = ts_node_field_name_for_child(cmd, i);
		hit = fn && strcmp(fn, "argument") == 0 &&
		      names_file(c, f, ts_node_child(cmd, i), false);
	}
	if (!hit)
		return false;
	struct names tmp = {0};
	const struct names *ns = actx_resolved(c, cmd, &tmp);
	hit = false;
	for (int i = 0; i < ns->n && !hit; i++)
		hit = actx_re_find(c, re, ns->v[i], strlen(ns->v[i]));
	names_free(&tmp);
	return hit;
}

/* What a statement before another is asked (statement_before). */
struct before {
	TSNode word;	      /* the word the later statement holds */
	const pcre2_code *re; /* #written-by?'s program names, or NULL */
	bool (*hit)(struct actx *c, TSNode s, const struct before *b);
};

/* Whether statement s, or one within it (holds_statements, three levels
 * deep), is one b->hit says yes to. */
static bool hit_within(struct actx *c, TSNode s, const struct before *b, int depth)
{
	if (!holds_statements(s))
		return b->hit(c, s, b);
	for (uint32_t i = 0, k = ts_node_named_child_count(s); i < k && depth < 3; i++)
		if (hit_within(c, ts_node_named_child(s, i), b, depth + 1))
			return true;
	return false;
}

/* Whether a statement before n, in its block or the && list it is part
 * of, or within one (hit_within), is one b->hit says yes to. */
static bool statement_before(struct actx *c, TSNode n, const struct before *b)
{
	for (int up = 0; up < 8 && !ts_node_is_null(n) && !node_is(n, "function_definition") &&
			 !node_is(n, "program");
	     up++, n = ts_node_parent(n))
		for (TSNode s = ts_node_prev_named_sibling(n); !ts_node_is_null(s) && actx_step(c);
		     s = ts_node_prev_named_sibling(s))
			if (hit_within(c, s, b, 0))
				return true;
	return false;
}

static bool writes_word(struct actx *c, TSNode s, const struct before *b)
{
	return writes_named(c, s, b->word, b->re);
}

/* The file a word hands a program after an @ (curl -d @F, -F k=@F) or
 * an option's = (wget --post-file=F), or the word itself. */
static const char *after_at(const char *p, size_t *len)
{
	const char *at = memchr(p, '@', *len);

	if (at == NULL && *len > 2 && p[0] == '-' && p[1] == '-')
		at = memchr(p, '=', *len);
	if (at == NULL)
		return p;
	for (const char *q = p; q < at; q++)
		if (!(*q >= 'a' && *q <= 'z') && !(*q >= 'A' && *q <= 'Z') &&
		    !(*q >= '0' && *q <= '9') && *q != '_' && *q != '-' && *q != '=')
			return p;
	*len -= (size_t)(at + 1 - p);
	return at + 1;
}

/* Whether word a, a file handed to a program (F, @F, k=@F), names the
 * file word d names: the same word or the same folded path. */
static bool names_handed_file(struct actx *c, TSNode a, TSNode d)
{
	char ta[256], td[256];
	size_t la = bare_text(c, a, ta, sizeof(ta)), ld = bare_text(c, d, td, sizeof(td));
	const char *pa = after_at(ta, &la);
	pa = path_no_dot_slash(pa, &la);
	const char *pd = path_no_dot_slash(td, &ld);

	if (la > 0 && la == ld && memcmp(pa, pd, la) == 0)
		return true;
	size_t va, vd;
	char *fa = actx_fold_node(c, a, &va), *fd = fa ? actx_fold_node(c, d, &vd) : NULL;
	bool hit = false;
	if (fa && fd && va > 0 && vd > 0) {
		const char *xa = after_at(fa, &va);
		xa = path_no_dot_slash(xa, &va);
		const char *xd = path_no_dot_slash(fd, &vd);
		hit = va > 0 && va == vd && memcmp(xa, xd, va) == 0;
	}
	free(fa);
	free(fd);
	return hit;
}

/* Whether s, a statement whose text re matches, writes the file word
 * b->word hands its program (gpg --export-secret-keys > f; curl -d @f u),
 * by a redirection or an argument. */
static bool writes_text(struct actx *c, TSNode s, const struct before *b)
{
	if (!actx_re_find(c, b->re, node_src(c, s), node_len(s)))
		return false;
	TSNode cmd = s;
	if (node_is(s, "redirected_statement")) {
		cmd = node_field(s, "body");
		uint32_t k = ts_node_named_child_count(s);
		for (uint32_t i = 0; i < k; i++) {
			TSNode r = ts_node_named_child(s, i);
			TSNode d = node_field(r, "destination");
			if (node_is(r, "file_redirect") && !ts_node_is_null(d) &&
			    names_handed_file(c, b->word, d))
				return true;
		}
	}
	if (!node_is(cmd, "command"))
		return false;
	uint32_t k = ts_node_child_count(cmd);
	for (uint32_t i = 0; i < k; i++) {
		const char *fn = ts_node_field_name_for_child(cmd, i);
		if (fn && strcmp(fn, "argument") == 0 &&
		    names_handed_file(c, b->word, ts_node_child(cmd, i)))
			return true;
	}
	return false;
}

bool analyze_written_by(struct actx *c, TSNode f, const pcre2_code *re, bool by_text)
{
	const struct before b = {f, re, by_text ? writes_text : writes_word};
	return statement_before(c, f, &b);
}

/* Whether s, a statement (a command, or a pipeline's last one, either
 * redirected), fetched a tree (git clone, a download piped into tar -x -C)
 * that word a names a file of. */
static bool fetches_tree(struct actx *c, TSNode s, TSNode a)
{
	if (node_is(s, "redirected_statement"))
		s = node_field(s, "body");
	if (node_is(s, "pipeline"))
		s = ts_node_named_child(s, ts_node_named_child_count(s) - 1);
	if (node_is(s, "redirected_statement"))
		s = node_field(s, "body");
	if (!node_is(s, "command"))
		return false;
	uint32_t k = ts_node_child_count(s);
	for (uint32_t i = 0; i < k; i++) {
		const char *fn = ts_node_field_name_for_child(s, i);
		if (fn && strcmp(fn, "argument") == 0 &&
		    node_in_fetched_tree(c, a, ts_node_child(s, i)))
			return true;
	}
	return false;
}

static bool fetches_word(struct actx *c, TSNode s, void *a)
{
	return fetches_tree(c, s, *(TSNode *)a);
}

/* Whether a statement before n, in its block or the list it is part of,
 * whose text re matches, fetched a tree that word a names a file of. */
static bool fetched_before(struct actx *c, TSNode n, TSNode a, const pcre2_code *re)
{
	return analyze_each_before(c, n, re, true, fetches_word, &a);
}

/* Whether cmd runs a shell or an interpreter, whose script is its first
 * word that is no option */
static bool runs_script(struct actx *c, TSNode cmd)
{
	static const char *const exact[] = {"sh",   "bash", "dash",   "zsh", "ksh",  "mksh",  "ash",
					    "yash", "fish", "source", ".",   "node", "nodejs"};
	static const char *const prefix[] = {"python", "pypy", "perl", "ruby", "php", "lua"};
	struct names tmp = {0};
	const struct names *ns = actx_resolved(c, cmd, &tmp);
	bool hit = false;
	for (int i = 0; i < ns->n && !hit; i++) {
		for (size_t k = 0; k < ARRAY_SIZE(exact) && !hit; k++)
			hit = strcmp(ns->v[i], exact[k]) == 0;
		for (size_t k = 0; k < ARRAY_SIZE(prefix) && !hit; k++)
			hit = strncmp(ns->v[i], prefix[k], strlen(prefix[k])) == 0;
	}
	names_free(&tmp);
	return hit;
}

/* #fetched-tree?: n, a command, runs a file of a tree that a statement
 * before it fetched (git clone u /tmp/r; /tmp/r/x, or bash /tmp/r/x.sh: a
 * shell's or an interpreter's script), among the statements whose text re
 * matches (the caller asks only when re finds such a fetch in the source). */
bool analyze_fetched_tree(struct actx *c, TSNode n, const pcre2_code *re)
{
	TSNode a = n;
	if (!node_is(n, "command"))
		return false;
	if (c->ops->run_word && c->ops->run_word(c, n, &a) && fetched_before(c, n, a, re))
		return true;
	if (!runs_script(c, n))
		return false;
	uint32_t k = ts_node_child_count(n);
	for (uint32_t i = 0; i < k; i++) {
		const char *fn = ts_node_field_name_for_child(n, i);
		a = ts_node_child(n, i);
		if (fn && strcmp(fn, "argument") == 0 && node_src(c, a)[0] != '-' &&
		    (c->ops->runs_arg == NULL || c->ops->runs_arg(c, n, a)))
			return fetched_before(c, n, a, re);
	}
	return false;
}
