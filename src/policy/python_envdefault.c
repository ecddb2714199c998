/*
 * A program named by configuration (python_env_default):
 *
 *	LINTER = os.environ.get("LINTER", "pyflakes")
 *	await asyncio.create_subprocess_exec(LINTER, path)
 *
 * The environment is the operator's (airlock run's --env, the service's
 * request), not the program's: unless the program writes its own
 * environment, the word is the program the default names, and the command
 * line is read as if the default were written there (ordinary tools warn,
 * a shell with -c or an unknown program stays high). Where the program may
 * write its environment (os.environ[k] = v, putenv, update, an alias of
 * os.environ, a way to reach a name without naming it), the word stays
 * unknown.
 */
#include <ctype.h>
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

/* The walks below look at each node once; a program too big for them is
 * one whose environment may be written (the word stays unknown), not one
 * the analysis gave up on. */
#define ENV_WALK_NODES 200000u

static bool step(void *arg)
{
	unsigned *left = arg;
	return *left > 0 && (*left)--;
}

/* Whether the program may write its own environment: a use of os.environ
 * other than os.environ.get(k, ...) and os.environ[k] read, putenv or
 * unsetenv, an import of environ under another name, or a way to reach a
 * name unnamed. Any of these, and the answer is yes. */
static bool writes_env(struct actx *c, TSNode n, int depth, unsigned *left)
{
	if (depth > 400 || !step(left))
		return true;
	size_t len = node_len(n);
	const char *s = node_src(c, n);
	if (node_is(n, "identifier")) {
		if ((len == 6 && memcmp(s, "putenv", 6) == 0) ||
		    (len == 8 && memcmp(s, "unsetenv", 8) == 0))
			return true;
		if (memmem(s, len, "environ", 7)) {
			/* environ, environb, _environ: how it is used */
			TSNode p = ts_node_parent(n);
			if (node_is(p, "attribute") && ts_node_end_byte(p) == ts_node_end_byte(n))
				n = p, p = ts_node_parent(p); /* os.environ */
			else if (!node_is(p, "attribute") && !node_is(p, "subscript") &&
				 !node_is(p, "dotted_name"))
				return true;
			if (node_is(p, "dotted_name"))
				return node_is(ts_node_parent(p), "aliased_import");
			if (node_is(p, "attribute")) {
				TSNode a = node_field(p, "attribute");
				return !(node_text_is(c, a, "get") &&
					 node_is(ts_node_parent(p), "call"));
			}
			/* os.environ[k]: read, unless assigned, deleted, a target */
			if (!node_is(p, "subscript") ||
			    ts_node_start_byte(node_field(p, "value")) != ts_node_start_byte(n))
				return true;
			TSNode q = ts_node_parent(p);
			if (node_is(q, "assignment") || node_is(q, "augmented_assignment") ||
			    node_is(q, "for_statement") || node_is(q, "for_in_clause"))
				return ts_node_start_byte(node_field(q, "left")) ==
				       ts_node_start_byte(p);
			return !node_is(q, "call") && !node_is(q, "argument_list") &&
			       !node_is(q, "binary_operator") && !node_is(q, "boolean_operator") &&
			       !node_is(q, "comparison_operator") &&
			       !node_is(q, "return_statement") && !node_is(q, "keyword_argument") &&
			       !node_is(q, "interpolation") &&
			       !node_is(q, "parenthesized_expression");
		}
		return false;
	}
	uint32_t k = ts_node_named_child_count(n);
	for (uint32_t i = 0; i < k; i++)
		if (writes_env(c, ts_node_named_child(n, i), depth + 1, left))
			return true;
	return false;
}

char *python_env_default(struct actx *c, TSNode n, int depth, size_t *len)
{
	/* os.environ reached without its name (an alias is a use of the
	 * name, above) */
	static const char *const reach[] = {
	    "globals",	"locals",  "vars",	    "getattr",	 "setattr",   "exec",	  "eval",
	    "compile",	"modules", "import_module", "_getframe", "f_globals", "f_locals", "f_back",
	    "gi_frame", "gc",	   "ctypes",	    "posix",	 NULL};
	unsigned left = ENV_WALK_NODES;

	/* a name bound once, to the lookup */
	for (int hops = 0; node_is(n, "identifier") && hops < 4; hops++) {
		size_t i = 0, nb = 0;
		const struct binding *b;
		TSNode v = {0};
		while ((b = actx_lookup(c, node_src(c, n), node_len(n), &i))) {
			if (b->kind != BIND_VALUE || nb++)
				return NULL;
			v = b->value;
		}
		if (nb != 1)
			return NULL;
		n = v;
	}
	if (!node_is(n, "call"))
		return NULL;
	TSNode args = node_field(n, "arguments");
	if (ts_node_is_null(args) || ts_node_named_child_count(args) != 2)
		return NULL;
	struct names ns = {0};
	bool lookup = false;
	c->ops->resolve(c, node_field(n, "function"), &ns, depth + 1);
	for (int i = 0; i < ns.n; i++)
		lookup = lookup || strcmp(ns.v[i], "os.getenv") == 0 ||
			 strcmp(ns.v[i], "os.environ.get") == 0;
	names_free(&ns);
	TSNode dflt = ts_node_named_child(args, 1);
	if (!lookup || node_is(dflt, "keyword_argument") || node_is(dflt, "list_splat") ||
	    node_is(dflt, "dictionary_splat"))
		return NULL;
	TSNode root = n;
	while (!ts_node_is_null(ts_node_parent(root)))
		root = ts_node_parent(root);
	if (writes_env(c, root, 0, &left) || python_reaches_unnamed(c, root, reach, step, &left))
		return NULL;
	return fold_dup(c, dflt, depth + 1, len);
}

/*
 * ... and by its command line (python_argv_default):
 *
 *	ap.add_argument("test_cmd", nargs="*", default=[sys.executable, "-m", "pytest"])
 *	args = ap.parse_args()
 *	subprocess.run(args.test_cmd)
 *
 * The arguments are the operator's, as the environment is: args.test_cmd
 * is read as its default (a program given on the command line in its
 * place is the operator's choice). Only an option whose default= is given
 * folds, and only for a name bound once, to a parse_args() call.
 */

/* The name an add_argument call stores to: dest=, else the first long
 * option ("--test-cmd": test_cmd), else the positional name. */
static bool argument_is(struct actx *c, TSNode call, const char *attr, size_t alen, TSNode *dflt)
{
	TSNode args = node_field(call, "arguments"), dest = {0}, first = {0}, lng = {0};
	uint32_t k = ts_node_named_child_count(args);

	*dflt = (TSNode){0};
	for (uint32_t i = 0; i < k; i++) {
		TSNode a = ts_node_named_child(args, i);
		if (node_is(a, "keyword_argument")) {
			TSNode kn = node_field(a, "name");
			if (node_text_is(c, kn, "dest"))
				dest = node_field(a, "value");
			else if (node_text_is(c, kn, "default"))
				*dflt = node_field(a, "value");
		} else if (node_is(a, "string")) {
			if (ts_node_is_null(first))
				first = a;
			if (ts_node_is_null(lng) && node_len(a) > 4 && node_src(c, a)[1] == '-' &&
			    node_src(c, a)[2] == '-')
				lng = a;
		}
	}
	TSNode name = !ts_node_is_null(dest) ? dest : !ts_node_is_null(lng) ? lng : first;
	size_t len;
	char *s = ts_node_is_null(name) ? NULL : fold_dup(c, name, 0, &len);
	bool same = false;
	if (s) {
		const char *p = s;
		while (*p == '-')
			p++;
		size_t n = len - (size_t)(p - s);
		same = n == alen;
		for (size_t i = 0; same && i < n; i++)
			same = (p[i] == '-' ? '_' : p[i]) == attr[i];
	}
	free(s);
	return same;
}

/* The program's add_argument calls, as pairs of byte offsets (found once,
 * kept in the memo of tag 'A'); false when too many to walk. */
static bool collect_arguments(struct actx *c, TSNode root, struct buf *out, unsigned *left)
{
	TSTreeCursor cur = ts_tree_cursor_new(root);
	bool ok = true;
	do {
		TSNode n = ts_tree_cursor_current_node(&cur);
		if (!step(left)) {
			ok = false;
			break;
		}
		if (ts_node_is_named(n) && node_is(n, "call")) {
			TSNode fn = node_field(n, "function");
			if (node_is(fn, "attribute") &&
			    node_text_is(c, node_field(fn, "attribute"), "add_argument")) {
				uint32_t r[2] = {ts_node_start_byte(n), ts_node_end_byte(n)};
				buf_append(out, (const char *)r, sizeof(r));
			}
		}
	} while (tree_next(&cur, true));
	ts_tree_cursor_delete(&cur);
	return ok;
}

/* v if it is a parse_args() call, or the one return of the program's
 * function of no arguments v calls (args = parse(), def parse(): ...
 * return ap.parse_args()). */
static TSNode parse_args_call(struct actx *c, TSNode v)
{
	TSNode fn = node_field(v, "function");
	if (!node_is(v, "call"))
		return (TSNode){0};
	if (node_is(fn, "identifier") &&
	    ts_node_named_child_count(node_field(v, "arguments")) == 0 && node_len(fn) < 250) {
		char key[256];
		size_t i = 0, nb = 0;
		const struct binding *b;
		TSNode r = {0};
		memcpy(key, node_src(c, fn), node_len(fn));
		memcpy(key + node_len(fn), "()", 2);
		while ((b = actx_lookup(c, key, node_len(fn) + 2, &i)))
			if (nb++ == 0 && b->kind == BIND_VALUE)
				r = b->value;
		if (nb != 1 || !node_is(r, "call"))
			return (TSNode){0};
		v = r;
		fn = node_field(v, "function");
	}
	if (!node_is(fn, "attribute") ||
	    !node_text_is(c, node_field(fn, "attribute"), "parse_args"))
		return (TSNode){0};
	return v;
}

int python_argv_default(struct actx *c, TSNode n, struct buf *out, int depth)
{
	TSNode obj = node_field(n, "object"), attr = node_field(n, "attribute");
	const struct binding *b, *one = NULL;
	size_t i = 0, nb = 0;

	if (!node_is(obj, "identifier") || depth > 100)
		return -1;
	/* one value, a parse_args() call (looked at first: finding the
	 * functions of the other bindings below walks up the tree, and a
	 * name such as self has hundreds) */
	while ((b = actx_lookup(c, node_src(c, obj), node_len(obj), &i)))
		if (b->kind == BIND_VALUE && nb++ == 0)
			one = b;
	TSNode pa = nb == 1 ? parse_args_call(c, one->value) : (TSNode){0};
	if (ts_node_is_null(pa))
		return -1;
	/* a parameter of the same name (def git(*args)) only of a function
	 * that does not hold this use */
	i = 0;
	while ((b = actx_lookup(c, node_src(c, obj), node_len(obj), &i))) {
		if (b == one)
			continue;
		TSNode f = b->value;
		while (!ts_node_is_null(f) && !node_is(f, "function_definition") &&
		       (node_is(f, "parameters") || node_is(f, "list_splat_pattern") ||
			node_is(f, "dictionary_splat_pattern") || node_is(f, "default_parameter") ||
			node_is(f, "typed_parameter") || node_is(f, "typed_default_parameter") ||
			node_is(f, "identifier")))
			f = ts_node_parent(f);
		if (b->kind != BIND_RUNTIME || !node_is(f, "function_definition") ||
		    (ts_node_start_byte(n) >= ts_node_start_byte(f) &&
		     ts_node_end_byte(n) <= ts_node_end_byte(f)))
			return -1;
	}
	/* the search and the fold, once per option name and parser (and
	 * apart while environment defaults are read as values: env_pick) */
	char key[160];
	int kl = snprintf(key, sizeof(key), "%.*s@%u%s", (int)node_len(attr), node_src(c, attr),
			  ts_node_start_byte(pa), c->env_pick ? "e" : "");
	struct memo *m =
	    kl > 0 && (size_t)kl < sizeof(key) ? actx_memo_find(c, 'A', key, (size_t)kl) : NULL;
	if (m && m->seen) {
		if (m->folded == 0)
			buf_append(out, m->val.data ? m->val.data : "", m->val.len);
		return m->folded;
	}
	TSNode root = n;
	while (!ts_node_is_null(ts_node_parent(root)))
		root = ts_node_parent(root);
	struct memo *all = actx_memo_find(c, 'A', "*", 1);
	if (all && !all->seen) {
		unsigned left = ENV_WALK_NODES;
		all->seen = 1;
		all->folded = collect_arguments(c, root, &all->val, &left) ? 0 : -1;
	}
	int found = 0, ret = -1;
	TSNode d = {0};
	for (size_t off = 0; all && all->folded == 0 && off + 8 <= all->val.len; off += 8) {
		uint32_t r[2];
		memcpy(r, all->val.data + off, sizeof(r));
		TSNode call = ts_node_descendant_for_byte_range(root, r[0], r[1]), dd;
		while (!ts_node_is_null(call) && !node_is(call, "call"))
			call = ts_node_parent(call);
		if (!ts_node_is_null(call) &&
		    argument_is(c, call, node_src(c, attr), node_len(attr), &dd)) {
			found++;
			d = dd;
		}
	}
	struct buf v = {0};
	if (found == 1 && !ts_node_is_null(d))
		ret = c->ops->fold(c, d, &v, depth + 1);
	if (ret == 0)
		buf_append(out, v.data ? v.data : "", v.len);
	if (m) {
		m->seen = 1;
		m->folded = ret;
		m->val = v;
	} else
		buf_free(&v);
	return ret;
}

/* For rules that find (#some-value-match?): a path that is an environment
 * lookup with a default, os.environ.get("ROOT", str(Path.home())), may be
 * that default whatever the program does with its environment. Through
 * Path(...), str(...), os.fspath and os.path's normalisers of one
 * argument, os.path.dirname (its parent), .strip/.rstrip/.lstrip, a name
 * bound once, and a function of the program's that returns it
 * (def root(): return Path(os.getenv("ROOT", home))). */
static char *default_of(struct actx *c, TSNode n, int depth, size_t *len)
{
	if (depth > 8)
		return NULL;
	if (node_is(n, "identifier")) { /* one of the values it is bound to */
		size_t i = 0, nb = 0;
		const struct binding *b;
		char *v = NULL;
		while (v == NULL && nb++ < 8 && (b = actx_lookup(c, node_src(c, n), node_len(n), &i)))
			if (b->kind == BIND_VALUE)
				v = default_of(c, b->value, depth + 1, len);
		return v;
	}
	/* state["root"], state.get("root"): a value the program gave that key
	 * (state["root"] = v, setdefault, a literal), read back */
	TSNode fn = node_field(n, "function"), args = node_field(n, "arguments");
	TSNode kn = node_is(n, "subscript") ? node_field(n, "subscript") : (TSNode){0};
	if (node_is(fn, "attribute") && node_text_is(c, node_field(fn, "attribute"), "get"))
		kn = ts_node_named_child(args, 0);
	char kb[64];
	size_t klen = ts_node_is_null(kn) ? 0 : python_key_name(c, kn, kb, depth);
	if (klen > 0) {
		size_t i = 0, nb = 0;
		const struct binding *b;
		char *v = NULL;
		while (v == NULL && nb++ < 8 && (b = actx_lookup(c, kb, klen, &i)))
			if (b->kind == BIND_VALUE)
				v = default_of(c, b->value, depth + 1, len);
		if (v)
			return v;
	}
	if (!node_is(n, "call"))
		return NULL;
	uint32_t k = node_is(args, "argument_list") ? ts_node_named_child_count(args) : 0;
	TSNode attr = node_is(fn, "attribute") ? node_field(fn, "attribute") : (TSNode){0};
	if (!ts_node_is_null(attr) && k <= 1 &&
	    (node_text_is(c, attr, "strip") || node_text_is(c, attr, "rstrip") ||
	     node_text_is(c, attr, "lstrip"))) {
		/* root.rstrip(os.sep): the default without those characters */
		size_t clen = 0;
		char *set = k ? fold_dup(c, ts_node_named_child(args, 0), depth + 1, &clen) : NULL;
		char *v = default_of(c, node_field(fn, "object"), depth + 1, len);
		if (v) {
			size_t b = python_strip_chars(v, len, k ? set : " \t\n", k ? (set ? clen : 0) : 3,
						      *node_src(c, attr));
			memmove(v, v + b, *len);
			v[*len] = '\0';
		}
		free(set);
		return v;
	}
	struct names ns = {0};
	bool lookup = false, wrap = false, dir = false;
	c->ops->resolve(c, fn, &ns, depth + 1);
	for (int i = 0; i < ns.n; i++) {
		lookup = lookup || !strcmp(ns.v[i], "os.getenv") || !strcmp(ns.v[i], "os.environ.get");
		wrap = wrap || !strcmp(ns.v[i], "builtins.str") || !strcmp(ns.v[i], "os.fspath") ||
		       !strncmp(ns.v[i], "pathlib.", 8) ||
		       !strcmp(ns.v[i], "os.path.abspath") || !strcmp(ns.v[i], "os.path.realpath") ||
		       !strcmp(ns.v[i], "os.path.normpath") || !strcmp(ns.v[i], "os.path.expanduser");
		dir = dir || !strcmp(ns.v[i], "os.path.dirname") || !strcmp(ns.v[i], "posixpath.dirname");
	}
	names_free(&ns);
	TSNode a1 = k == 2 ? ts_node_named_child(args, 1) : (TSNode){0};
	if (lookup && k == 2 && !node_is(a1, "keyword_argument") && !node_is(a1, "list_splat"))
		return fold_dup(c, a1, depth + 1, len);
	if (wrap && k == 1)
		return default_of(c, ts_node_named_child(args, 0), depth + 1, len);
	if (dir && k == 1) { /* os.path.dirname(root): the default's parent */
		char *v = default_of(c, ts_node_named_child(args, 0), depth + 1, len);
		char *slash = v ? memrchr(v, '/', *len) : NULL;
		if (v && slash) {
			*len = slash == v ? 1 : (size_t)(slash - v);
			v[*len] = '\0';
		} else if (v) {
			*len = 0;
			v[0] = '\0';
		}
		return v;
	}
	if (k != 0 || !node_is(fn, "identifier") || node_len(fn) + 3 > 256)
		return NULL;
	char key[256]; /* root(): what the program's root returns */
	size_t i = 0, fl = node_len(fn);
	const struct binding *b;
	memcpy(key, node_src(c, fn), fl);
	memcpy(key + fl, "()", 3);
	while ((b = actx_lookup(c, key, fl + 2, &i))) {
		char *v = b->kind == BIND_VALUE ? default_of(c, b->value, depth + 1, len) : NULL;
		if (v)
			return v;
	}
	return NULL;
}

char *python_fold_or_default(struct actx *c, TSNode n, int depth, size_t *len)
{
	char *s = fold_dup(c, n, depth, len);
	if (c->env_named == 0) /* also a file written and read back (python_roundtrip.c) */
		c->env_named = memmem(c->src, c->len, "environ", 7) ||
				       memmem(c->src, c->len, "getenv", 6) ||
				       (memmem(c->src, c->len, "write", 5) && memmem(c->src, c->len, "read", 4)) ||
				       (memmem(c->src, c->len, "dump", 4) && memmem(c->src, c->len, "load", 4))
				   ? 1
				   : -1;
	/* the lookup's default through whatever the value is made of
	 * (Path(os.getenv("D", home)).parent, os.path.join(cfg, os.pardir)) */
	if (s == NULL && c->env_named > 0 && !c->env_pick) {
		c->env_pick = true;
		s = fold_dup(c, n, depth, len);
		c->env_pick = false;
	}
	return s ? s : default_of(c, n, depth, len);
}

int python_fold_expandvars(struct actx *c, TSNode a0, struct buf *out, int depth)
{
	size_t vlen, mark = out->len;
	char *v = fold_dup(c, a0, depth + 1, &vlen);
	int ret = v ? 0 : -1;
	for (size_t i = 0; v && i < vlen;) {
		if (vlen - i >= 5 && memcmp(v + i, "$HOME", 5) == 0 &&
		    (vlen - i == 5 || !(isalnum((unsigned char)v[i + 5]) || v[i + 5] == '_'))) {
			buf_append(out, "~", 1);
			i += 5;
		} else if (vlen - i >= 7 && memcmp(v + i, "${HOME}", 7) == 0) {
			buf_append(out, "~", 1);
			i += 7;
		} else
			buf_append(out, v + i++, 1);
	}
	if (ret < 0)
		out->len = mark;
	free(v);
	return ret;
}
