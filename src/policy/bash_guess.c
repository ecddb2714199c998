/*
 * Whether the constant a Bash word folded to is the code that runs, or one
 * guess among a variable's values (lang_ops.ambiguous, for
 * #unknown-code?): eval "$x" where x="echo hi", but x is also what `read`
 * reads, or is assigned more than once (a function's `local x="$1"`, a
 * loop over several words); and ${CODE:-echo hi}, whose default is only
 * what runs when the environment says nothing. mapfile -C 'eval :' -c 1:
 * a callback that is eval evaluates the line read after it (";cmd"), so
 * the code it runs is what is read, whatever its constant text.
 */
#include "policy/bash.h"

#include <string.h>
#include <stdlib.h>

static enum guess guess_name(struct actx *c, TSNode n, TSNode *value)
{
	if (node_is(n, "expansion")) {
		/* ${CODE:-echo hi}, ${1-x}, ${v:=x}, ${v:+x}: which of the two
		 * it is depends on the environment or the arguments */
		static const char *const either[] = {":-", "-", ":=", "=", ":+", "+", ":?", "?"};
		uint32_t k = ts_node_child_count(n);
		for (uint32_t i = 0; i < k; i++) {
			TSNode ch = ts_node_child(n, i);
			for (size_t j = 0; !ts_node_is_named(ch) && j < ARRAY_SIZE(either); j++)
				if (node_text_is(c, ch, either[j]))
					return GUESS_GUESSED;
		}
		return GUESS_NOT_A_NAME; /* its variable_name is looked at next */
	}
	if (!node_is(n, "variable_name"))
		return GUESS_NOT_A_NAME;
	size_t i = 0, values = 0;
	const struct binding *b;
	while ((b = actx_lookup(c, node_src(c, n), node_len(n), &i))) {
		if (b->kind == BIND_RUNTIME)
			return GUESS_GUESSED; /* read, mapfile, getopts */
		if (b->kind == BIND_VALUE)
			values++, *value = b->value;
	}
	return values > 1 ? GUESS_GUESSED : GUESS_KNOWN;
}

/* n is the callback of mapfile -C (readarray -C), and its value starts
 * with eval (after builtin or command). */
static bool callback_evals(struct actx *c, TSNode n)
{
	TSNode cmd = ts_node_parent(n), flag = ts_node_prev_named_sibling(n);
	if (ts_node_is_null(cmd) || ts_node_is_null(flag) || !node_is(cmd, "command") ||
	    node_len(flag) < 2 || node_src(c, flag)[0] != '-' ||
	    node_src(c, flag)[node_len(flag) - 1] != 'C')
		return false; /* -C, -tC */
	struct names ns = {0};
	sh_resolve_command(c, cmd, &ns, 0);
	bool reads = sh_names_has(&ns, "mapfile") || sh_names_has(&ns, "readarray");
	names_free(&ns);
	if (!reads)
		return false;
	size_t len;
	char *v = actx_fold_node(c, n, &len);
	const char *p = v;
	bool evals = false;
	while (p) {
		p += strspn(p, " \t");
		if (strncmp(p, "builtin ", 8) == 0 || strncmp(p, "command ", 8) == 0) {
			p += 8;
			continue;
		}
		evals = strncmp(p, "eval", 4) == 0 && (p[4] == '\0' || p[4] == ' ' || p[4] == '\t');
		break;
	}
	free(v);
	return evals;
}

bool sh_ambiguous(struct actx *c, TSNode n)
{
	return callback_evals(c, n) || actx_guessed(c, n, guess_name);
}
