/* bash: bindings, resolution and folding (being written). */
#include <string.h>

#include "policy/analyze_lang.h"

const TSLanguage *tree_sitter_bash(void);

static void bind_none(struct actx *c, TSNode root)
{
	(void)c;
	(void)root;
}

static void resolve_text(struct actx *c, TSNode n, struct names *out, int depth)
{
	(void)depth;
	names_addf(out, "%.*s", (int)node_len(n), node_src(c, n));
}

static int fold_none(struct actx *c, TSNode n, struct buf *out, int depth)
{
	(void)c;
	(void)n;
	(void)out;
	(void)depth;
	return -1;
}

static bool callee_none(TSNode n, TSNode *callee)
{
	(void)n;
	(void)callee;
	return false;
}

const struct lang_ops lang_bash_ops = {
    .name = "bash",
    .language = tree_sitter_bash,
    .bind = bind_none,
    .resolve = resolve_text,
    .fold = fold_none,
    .call_callee = callee_none,
};
