/*
 * Python: what an expression resolves to, as canonical dotted names
 * ("os.system", "builtins.eval"): imports and assignments (python_bind.c),
 * calls of what returns a function, lambdas, getattr, __import__,
 * sys.modules and globals(), subscripts of literal lists and dicts
 * (lang_python.c has the examples; lang_ops.resolve).
 */
#include <ctype.h>
#include <string.h>

#include "policy/analyze_lang.h"
#include "policy/python.h"

TSNode python_first_arg(TSNode call, uint32_t idx)
{
	TSNode args = node_field(call, "arguments");
	uint32_t k = ts_node_named_child_count(args), seen = 0;
	for (uint32_t i = 0; i < k; i++) {
		TSNode a = ts_node_named_child(args, i);
		if (node_is(a, "comment") || node_is(a, "keyword_argument"))
			continue;
		if (seen++ == idx)
			return a;
	}
	return (TSNode){0};
}

bool python_any_is(const struct names *ns, const char *a, const char *b)
{
	for (int i = 0; i < ns->n; i++)
		if (strcmp(ns->v[i], a) == 0 || (b && strcmp(ns->v[i], b) == 0))
			return true;
	return false;
}

/* Calling a lambda, or a name bound to one, gives what its body gives. */
static void resolve_lambda_call(struct actx *c, TSNode callee, struct names *out, int depth)
{
	while (node_is(callee, "parenthesized_expression"))
		callee = ts_node_named_child(callee, 0);
	if (node_is(callee, "lambda")) {
		c->ops->resolve(c, node_field(callee, "body"), out, depth + 1);
		return;
	}
	if (!node_is(callee, "identifier") || depth > RESOLVE_DEPTH || !actx_step(c))
		return;
	size_t i = 0;
	const struct binding *b;
	while ((b = actx_lookup(c, node_src(c, callee), node_len(callee), &i)))
		if (b->kind == BIND_VALUE && node_is(b->value, "lambda"))
			c->ops->resolve(c, node_field(b->value, "body"), out, depth + 1);
}

static void resolve_call(struct actx *c, TSNode n, struct names *out, int depth)
{
	struct names fn = {0};
	TSNode a0 = python_first_arg(n, 0);

	c->ops->resolve(c, node_field(n, "function"), &fn, depth + 1);
	if (python_any_is(&fn, "builtins.__import__", "importlib.import_module") ||
	    python_any_is(&fn, "importlib.__import__", NULL)) {
		char *mod = ts_node_is_null(a0) ? NULL : fold_dup(c, a0, depth + 1, NULL);
		if (mod) {
			char canon[256];
			snprintf(canon, sizeof(canon), "%s", mod);
			python_canon_module(canon, sizeof(canon));
			names_add(out, strlen(mod) < sizeof(canon) ? canon : mod);
			/* __import__("urllib.request") is urllib (without a
			 * fromlist): __import__("a.b").b.f is a.b.f */
			char *dot = strchr(canon, '.');
			if (dot &&
			    python_any_is(&fn, "builtins.__import__", "importlib.__import__")) {
				*dot = '\0';
				names_add(out, canon);
			}
		}
		free(mod);
	} else if (python_any_is(&fn, "importlib.util.find_spec",
				 "importlib.machinery.PathFinder.find_spec")) {
		/* importlib.util.find_spec("ctypes"): the module's spec, which
		 * module_from_spec(spec) and spec.loader.load_module() make the
		 * module itself ("ctypes.__spec__") */
		char *mod = ts_node_is_null(a0) ? NULL : fold_dup(c, a0, depth + 1, NULL);
		if (mod) {
			char canon[256];
			snprintf(canon, sizeof(canon), "%s", mod);
			python_canon_module(canon, sizeof(canon));
			names_addf(out, "%s.__spec__", canon);
		}
		free(mod);
	} else if (python_any_is(&fn, "importlib.util.module_from_spec", NULL) &&
		   !ts_node_is_null(a0)) {
		struct names spec = {0};
		c->ops->resolve(c, a0, &spec, depth + 1);
		for (int i = 0; i < spec.n; i++) {
			size_t l = strlen(spec.v[i]);
			if (l > 9 && strcmp(spec.v[i] + l - 9, ".__spec__") == 0)
				names_addf(out, "%.*s", (int)(l - 9), spec.v[i]);
		}
		names_free(&spec);
	} else if (python_any_is(&fn, "builtins.getattr", NULL)) {
		TSNode a1 = python_first_arg(n, 1);
		size_t len;
		char *attr = ts_node_is_null(a1) ? NULL : fold_dup(c, a1, depth + 1, &len);
		if (attr && !ts_node_is_null(a0))
			python_resolve_member(c, a0, attr, len, out, depth);
		free(attr);
	} else if (node_is(node_field(n, "function"), "attribute") &&
		   node_text_is(c, node_field(node_field(n, "function"), "attribute"),
				"__getattribute__") &&
		   !ts_node_is_null(a0) && ts_node_is_null(python_first_arg(n, 1))) {
		/* os.__getattribute__("system"): os.system */
		size_t len;
		char *attr = fold_dup(c, a0, depth + 1, &len);
		if (attr)
			python_resolve_member(c, node_field(node_field(n, "function"), "object"),
					      attr, len, out, depth);
		free(attr);
	} else if (python_any_is(&fn, "builtins.vars", NULL) && !ts_node_is_null(a0)) {
		c->ops->resolve(c, a0, out, depth + 1);
	} else if (python_any_is(&fn, "builtins.globals", "builtins.locals")) {
		names_add(out, "<globals>");
	} else if (python_any_is(&fn, "functools.partial", NULL) && !ts_node_is_null(a0)) {
		c->ops->resolve(c, a0, out, depth + 1);
	}
	/* an instance of a class whose methods run a string as code:
	 * trace.Trace(...).run(s) is "trace.Trace().run"; a temporary
	 * directory: tempfile.mkdtemp(); an archive that add()s directories or
	 * extracts; a multiprocessing context that set_executable()s; an
	 * attrgetter or methodcaller, which fetches or calls an attribute of
	 * what it is given; invoke's Context and fabric's Connection, whose
	 * run() and local() run a shell command */
	static const char *const runners[] = {"trace.Trace",
					      "cProfile.Profile",
					      "profile.Profile",
					      "pdb.Pdb",
					      "bdb.Bdb",
					      "timeit.Timer",
					      "code.InteractiveInterpreter",
					      "code.InteractiveConsole",
					      "tempfile.mkdtemp",
					      "tempfile.gettempdir",
					      "tempfile.TemporaryDirectory",
					      "pipes.Template",
					      "tkinter.Tcl",
					      "tkinter.Tk",
					      "doctest.DocTestParser",
					      "string.Formatter",
					      "pwd.getpwuid",
					      "pwd.getpwnam",
					      "asyncio.get_running_loop",
					      "asyncio.get_event_loop",
					      "asyncio.new_event_loop",
					      "tarfile.open",
					      "tarfile.TarFile",
					      "zipfile.ZipFile",
					      "multiprocessing.get_context",
					      "operator.attrgetter",
					      "operator.methodcaller",
					      "distutils.ccompiler.new_compiler",
					      "setuptools._distutils.ccompiler.new_compiler",
					      "invoke.Context",
					      "fabric.Connection"};
	for (size_t r = 0; r < ARRAY_SIZE(runners); r++)
		if (python_any_is(&fn, runners[r], NULL))
			names_addf(out, "%s()", runners[r]);
	/* spec.loader.load_module(): the module of the spec */
	for (int i = 0; i < fn.n; i++) {
		size_t l = strlen(fn.v[i]);
		const char *sfx = ".__spec__.loader.load_module";
		if (l > strlen(sfx) && strcmp(fn.v[i] + l - strlen(sfx), sfx) == 0)
			names_addf(out, "%.*s", (int)(l - strlen(sfx)), fn.v[i]);
	}
	names_free(&fn);
	/* f() where f is the program's function: what it returns */
	TSNode callee = node_field(n, "function");
	bool again = c->nreturning >= ACTX_FRAMES;
	for (int r = 0; r < c->nreturning && !again; r++)
		again = c->returning_len[r] == node_len(callee) &&
			memcmp(c->returning[r], node_src(c, callee), node_len(callee)) == 0;
	if (node_is(callee, "identifier") && again)
		c->cycles++; /* what encloses this is partial: not memoised */
	if (node_is(callee, "identifier") && !again) {
		char key[256];
		size_t len = node_len(callee), i = 0;
		const struct binding *b;
		c->returning[c->nreturning] = node_src(c, callee);
		c->returning_len[c->nreturning++] = len;
		if (len + 3 <= sizeof(key)) {
			memcpy(key, node_src(c, callee), len);
			memcpy(key + len, "()", 3);
			while ((b = actx_lookup(c, key, len + 2, &i))) {
				TSNode arg;
				if (b->kind != BIND_VALUE)
					continue;
				/* def pick(f): return f: what this call gives f */
				if (python_call_argument(c, b->value, n, &arg) == 0) {
					/* the argument is the caller's: f(f(x)) is
					 * not f inside itself */
					c->nreturning--;
					c->ops->resolve(c, arg, out, depth + 1);
					c->nreturning++;
				} else
					c->ops->resolve(c, b->value, out, depth + 1);
			}
		}
		c->nreturning--;
	}
	/* (lambda: os.system)() and g() with g = lambda: ... */
	resolve_lambda_call(c, callee, out, depth);
}

#define CALLBACK_BINDINGS 8

struct resolve_arg {
	struct names *out;
	int depth;
};

static void resolve_argument(struct actx *c, TSNode arg, void *ctx)
{
	struct resolve_arg *r = ctx;
	c->ops->resolve(c, arg, r->out, r->depth + 1);
}

/* What the name s stands for, from its bindings (memoised by the core). */
static void resolve_bound(struct actx *c, const char *s, size_t len, struct names *out, int depth)
{
	size_t i = 0, runtime = 0;
	const struct binding *b;
	bool bound = false;

	/* a callback's values are followed for a name few functions take (a
	 * helper's; not self or obj of a large program, where finding each
	 * parameter's function costs) */
	while ((b = actx_lookup(c, s, len, &i)))
		runtime += b->kind == BIND_RUNTIME;
	i = 0;
	while ((b = actx_lookup(c, s, len, &i))) {
		if (b->kind == BIND_LOCAL)
			bound = true;
		else if (b->kind == BIND_ALIAS)
			names_add(out, b->target);
		else if (b->kind == BIND_VALUE)
			c->ops->resolve(c, b->value, out, depth + 1);
		else if (b->kind == BIND_RUNTIME && (node_is(b->value, "default_parameter") ||
						     node_is(b->value, "typed_default_parameter")))
			/* def f(mod=__import__("os")): mod is its default
			 * wherever a call leaves it out */
			c->ops->resolve(c, node_field(b->value, "value"), out, depth + 1);
		if (b->kind == BIND_RUNTIME && runtime <= CALLBACK_BINDINGS &&
		    depth <= RESOLVE_DEPTH) {
			/* def go(fn, a): fn(a) ... go(os.system, "id"): a
			 * callback stands for what every call gives it */
			struct resolve_arg r = {out, depth};
			python_parameter_arguments(c, b->value, resolve_argument, &r);
		}
	}
	/* Only a def that surely ran first hides the builtin (quiet_end);
	 * a name assigned or imported may still be the builtin where it is
	 * used (before the assignment, in a branch that did not run it), so
	 * both are reported. */
	if (len == 12 && memcmp(s, "__builtins__", 12) == 0 && !bound)
		names_add(out, "builtins");
	else if ((!bound || python_name_deleted(c, s, len)) && python_is_builtin(s, len))
		names_addf(out, "builtins.%.*s", (int)len, s);
	if (!bound) {
		i = 0;
		while ((b = actx_lookup(c, "*", 1, &i)))
			names_addf(out, "%s.%.*s", b->target, (int)len, s);
	}
}

static void resolve_identifier(struct actx *c, TSNode n, struct names *out, int depth)
{
	actx_resolve_name(c, node_src(c, n), node_len(n), out, depth, resolve_bound);
}

/* The element of a literal container: {'f': os.system}['f'], [eval][0],
 * also through a name bound to the container. */
static void resolve_element(struct actx *c, TSNode box, TSNode key, struct names *out, int depth)
{
	if (depth > RESOLVE_DEPTH || !actx_step(c))
		return;
	if (node_is(box, "identifier")) {
		size_t i = 0;
		const struct binding *b;
		while ((b = actx_lookup(c, node_src(c, box), node_len(box), &i)))
			if (b->kind == BIND_VALUE)
				resolve_element(c, b->value, key, out, depth + 1);
		return;
	}
	if (node_is(box, "dictionary")) {
		size_t klen;
		char *k = fold_dup(c, key, depth + 1, &klen);
		uint32_t n = ts_node_named_child_count(box);
		for (uint32_t i = 0; k && i < n; i++) {
			TSNode pair = ts_node_named_child(box, i);
			size_t plen;
			char *pk;
			if (!node_is(pair, "pair"))
				continue;
			pk = fold_dup(c, node_field(pair, "key"), depth + 1, &plen);
			if (pk && plen == klen && memcmp(pk, k, klen) == 0)
				c->ops->resolve(c, node_field(pair, "value"), out, depth + 1);
			free(pk);
		}
		free(k);
	} else if ((node_is(box, "list") || node_is(box, "tuple")) && node_is(key, "integer")) {
		long idx = strtol(node_src(c, key), NULL, 0);
		uint32_t n = ts_node_named_child_count(box);
		if (idx < 0)
			idx += (long)n;
		if (idx >= 0 && (uint32_t)idx < n)
			c->ops->resolve(c, ts_node_named_child(box, (uint32_t)idx), out, depth + 1);
	}
}

void python_resolve(struct actx *c, TSNode n, struct names *out, int depth)
{
	const char *t;

	if (depth > RESOLVE_DEPTH)
		c->exhausted = true;
	if (ts_node_is_null(n) || depth > RESOLVE_DEPTH || !actx_step(c))
		return;
	t = ts_node_type(n);
	if (strcmp(t, "identifier") == 0) {
		resolve_identifier(c, n, out, depth);
	} else if (strcmp(t, "attribute") == 0) {
		TSNode attr = node_field(n, "attribute");
		size_t i = 0;
		const struct binding *b;
		while ((b = actx_lookup(c, node_src(c, n), node_len(n), &i)))
			if (b->kind == BIND_VALUE)
				c->ops->resolve(c, b->value, out, depth + 1);
		/* X.__dict__ is X's namespace: X.__dict__['f'] is X.f; X.__call__
		 * is X called */
		if ((node_len(attr) == 8 && memcmp(node_src(c, attr), "__dict__", 8) == 0) ||
		    (node_len(attr) == 8 && memcmp(node_src(c, attr), "__call__", 8) == 0))
			c->ops->resolve(c, node_field(n, "object"), out, depth + 1);
		else if (node_len(attr) == 8 && memcmp(node_src(c, attr), "__self__", 8) == 0) {
			/* print.__self__ is builtins, os.getcwd.__self__ posix, a
			 * bound method's its object: what the function belongs to */
			struct names fn = {0};
			c->ops->resolve(c, node_field(n, "object"), &fn, depth + 1);
			for (int k = 0; k < fn.n; k++) {
				const char *dot = strrchr(fn.v[k], '.');
				if (dot)
					names_addf(out, "%.*s", (int)(dot - fn.v[k]), fn.v[k]);
			}
			names_free(&fn);
		} else {
			int before = out->n;
			TSNode obj = node_field(n, "object");
			python_resolve_member(c, obj, node_src(c, attr), node_len(attr), out,
					      depth);
			/* os.environ._data is the environment (as bytes) */
			if (node_len(attr) == 5 && memcmp(node_src(c, attr), "_data", 5) == 0) {
				struct names env = {0};
				c->ops->resolve(c, obj, &env, depth + 1);
				for (int k = 0; k < env.n; k++)
					if (strcmp(env.v[k], "os.environ") == 0 ||
					    strcmp(env.v[k], "os.environb") == 0)
						names_add(out, env.v[k]);
				names_free(&env);
			}
			/* box.payload where a method set self.payload = os.environ:
			 * an instance's attribute, for an object the analysis does
			 * not otherwise know */
			if (out->n == before && node_is(obj, "identifier") &&
			    !node_text_is(c, obj, "self") && !node_text_is(c, obj, "cls")) {
				char key[256];
				int k = snprintf(key, sizeof(key), "self.%.*s", (int)node_len(attr),
						 node_src(c, attr));
				i = 0;
				while (k > 0 && (size_t)k < sizeof(key) &&
				       (b = actx_lookup(c, key, (size_t)k, &i)))
					if (b->kind == BIND_VALUE)
						c->ops->resolve(c, b->value, out, depth + 1);
			}
		}
	} else if (strcmp(t, "call") == 0) {
		resolve_call(c, n, out, depth);
	} else if (strcmp(t, "subscript") == 0) {
		TSNode sub = node_field(n, "subscript");
		struct names base = {0};
		size_t len;
		resolve_element(c, node_field(n, "value"), sub, out, depth);
		if (node_text_is(c, sub, "__name__")) /* sys.modules[__name__] */
			python_own_module(c, node_field(n, "value"), out, depth);
		char *key = fold_dup(c, sub, depth + 1, &len);
		if (key == NULL)
			return;
		c->ops->resolve(c, node_field(n, "value"), &base, depth + 1);
		for (int i = 0; i < base.n; i++) {
			if (strcmp(base.v[i], "sys.modules") == 0) {
				char canon[256];
				snprintf(canon, sizeof(canon), "%s", key);
				python_canon_module(canon, sizeof(canon));
				names_add(out, len < sizeof(canon) ? canon : key);
			} else if (strcmp(base.v[i], "<globals>") == 0) {
				python_global_name(c, key, len, out); /* globals()['os'] */
			} else
				names_addf(out, "%s.%s", base.v[i], key);
		}
		names_free(&base);
		free(key);
	} else if (strcmp(t, "parenthesized_expression") == 0 || strcmp(t, "await") == 0) {
		c->ops->resolve(c, ts_node_named_child(n, 0), out, depth + 1);
	} else if (strcmp(t, "conditional_expression") == 0 || strcmp(t, "boolean_operator") == 0) {
		/* a if x else b, a or b: either */
		uint32_t k = ts_node_named_child_count(n);
		for (uint32_t i = 0; i < k; i++)
			c->ops->resolve(c, ts_node_named_child(n, i), out, depth + 1);
	}
}
