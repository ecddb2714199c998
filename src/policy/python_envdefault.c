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
#include <string.h>

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
