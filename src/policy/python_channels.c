/*
 * Values that travel through the program's own channels rather than its
 * names: an environment variable it sets and reads back, and an
 * in-memory text buffer it writes and reads.
 *
 *	os.environ["SCRATCH"] = os.path.expanduser("~")
 *	shutil.rmtree(os.environ["SCRATCH"])      # the home directory
 *
 *	buf = io.StringIO(); buf.write(str(Path.home()))
 *	shutil.rmtree(buf.getvalue())             # the home directory
 *
 * python_bind_environ binds each value set to "$env[NAME" (python_bind.c
 * calls it), python_fold_environ_set folds the one value a name is set
 * to (lang_python.c); python_text_buffer finds the io.StringIO a name is
 * bound to (python_method.c folds its getvalue() and read(), whose
 * writes python_bind.c binds as a holder's items).
 */
#include <stdlib.h>
#include <string.h>

#include "policy/analyze_internal.h"
#include "policy/python.h"

/* os.environ["SCRATCH"] = v, os.environ.setdefault("SCRATCH", v): v
 * bound to "$env[SCRATCH", what the program reads back from its
 * environment by that name (lang_python.c) */
void python_bind_environ(struct actx *c, TSNode env, TSNode k, TSNode value)
{
	char key[128];
	TSNode body;
	size_t el = node_len(env);
	/* a plain "..." key, as python_plain_key's */
	if (ts_node_is_null(value) || node_is(value, "keyword_argument") || !node_is(k, "string") ||
	    ts_node_named_child_count(k) != 3 ||
	    !node_is(body = ts_node_named_child(k, 1), "string_content") ||
	    ts_node_child_count(body) != 0 || node_len(body) + 5 > sizeof(key) || el < 7 ||
	    memcmp(node_src(c, env) + el - 7, "environ", 7) != 0)
		return;
	memcpy(key, "$env[", 5);
	memcpy(key + 5, node_src(c, body), node_len(body));
	actx_bind_value(c, key, node_len(body) + 5, value);
}

/* os.environ[k], os.getenv(k) of a variable the program sets itself
 * (os.environ[k] = v, os.environ.setdefault(k, v)) to one value: that
 * value */
int python_fold_environ_set(struct actx *c, TSNode k, struct buf *out, int depth)
{
	char key[128];
	size_t len, i = 0;
	const struct binding *b, *one = NULL;
	int nb = 0;
	char *name =
	    ts_node_is_null(k) || depth > RESOLVE_DEPTH ? NULL : fold_dup(c, k, depth + 1, &len);
	if (name == NULL || len == 0 || len + 5 > sizeof(key)) {
		free(name);
		return -1;
	}
	memcpy(key, "$env[", 5);
	memcpy(key + 5, name, len);
	free(name);
	while (nb < 2 && (b = actx_lookup(c, key, len + 5, &i)))
		if (nb++ == 0)
			one = b;
	if (nb != 1 || one->kind != BIND_VALUE)
		return -1;
	return c->ops->fold(c, one->value, out, depth + 1);
}

/* The call an io.StringIO or io.BytesIO NAME is bound to (once), else a
 * null node */
TSNode python_text_buffer(struct actx *c, TSNode name, int depth)
{
	size_t i = 0, nb = 0;
	const struct binding *b, *one = NULL;
	if (!node_is(name, "identifier") || depth > RESOLVE_DEPTH)
		return (TSNode){0};
	while (nb < 2 && (b = actx_lookup(c, node_src(c, name), node_len(name), &i)))
		if (nb++ == 0)
			one = b;
	TSNode v = nb == 1 && one->kind == BIND_VALUE ? one->value : (TSNode){0};
	if (!node_is(v, "call"))
		return (TSNode){0};
	struct names ns = {0};
	c->ops->resolve(c, node_field(v, "function"), &ns, depth + 1);
	bool io = false;
	for (int k = 0; k < ns.n; k++)
		io = io || !strcmp(ns.v[k], "io.StringIO") || !strcmp(ns.v[k], "io.BytesIO");
	names_free(&ns);
	return io ? v : (TSNode){0};
}
