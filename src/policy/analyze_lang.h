/*
 * What the analyzer needs to know about one language (lang_*.c): its
 * grammar, which names a program binds to what (imports, aliases,
 * assignments), how an expression resolves to canonical dotted names, and
 * how an expression folds to a constant string. The query predicates of
 * analyze.h are evaluated with these; everything else is shared
 * (analyze_lang.c).
 *
 * Resolution is flow-insensitive and errs on the side of reporting: a name
 * bound twice resolves to both targets, so `f = print; f = os.system; f()`
 * is a shell call wherever f is used.
 */
#ifndef AIRLOCK_ANALYZE_LANG_H
#define AIRLOCK_ANALYZE_LANG_H

#include <stdbool.h>
#include <tree_sitter/api.h>

#include "common/util.h"

#define NAMES_MAX 16  /* candidates kept per resolution */
#define ACTX_FRAMES 6 /* calls of the program's functions folded inside each other */
#define ACTX_EXTRA 4
#define RESOLVE_DEPTH 24    /* nested resolutions (a = b; b = c; ...); deeper is reported */
#define FOLD_MAX (1u << 16) /* longest constant folded */

/* Canonical dotted names an expression may stand for. */
struct names {
	char *v[NAMES_MAX];
	int n;
};
void names_add(struct names *ns, const char *s);
void names_addf(struct names *ns, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void names_free(struct names *ns);

enum binding_kind {
	BIND_ALIAS,   /* the name stands for target (a canonical dotted name) */
	BIND_VALUE,   /* the name was assigned the expression value */
	BIND_STAR,    /* `from target import *`: unbound names may come from target */
	BIND_LOCAL,   /* defined by the program (def, class, parameter): shadows builtins */
	BIND_RUNTIME, /* set at run time to what the analysis cannot know (a parameter,
		       * a loop variable, `read x`): neither resolves nor folds, and makes
		       * any other value of the name one guess among others; value is the
		       * construct that sets it (the parameter, the loop) */
};

struct binding {
	const char *name; /* owned by the table; may hold NUL bytes (name_len) */
	size_t name_len;
	enum binding_kind kind;
	const char *target; /* BIND_ALIAS, BIND_STAR */
	TSNode value;	    /* BIND_VALUE */
	size_t order;	    /* bindings of one name keep the program's order */
};

struct actx;

struct lang_ops {
	const char *name; /* "python", "javascript", "bash" */
	const TSLanguage *(*language)(void);
	/* Walks the tree once and records bindings (actx_bind*). */
	void (*bind)(struct actx *c, TSNode root);
	/* Adds the canonical names n may stand for. */
	void (*resolve)(struct actx *c, TSNode n, struct names *out, int depth);
	/* Appends n's value to out when it is a constant string: 0, else -1. */
	int (*fold)(struct actx *c, TSNode n, struct buf *out, int depth);
	/* Optional: calls visit on every constant value n may take (each
	 * branch of a ternary, each value bound to a name, a parameter's
	 * argument at each call); 0 when every one is known and visit
	 * returned true for each, else -1. Without it, fold's one value.
	 * With some: a value that does not fold is visited as the canonical
	 * names it resolves to, one that is unknown is skipped, and the walk
	 * stops at the first visit that returns false. */
	int (*each_value)(struct actx *c, TSNode n, bool some,
			  bool (*visit)(void *arg, const char *s, size_t len), void *arg,
			  int depth);
	/* Optional: as each_value (not some), on every value the first
	 * element of the list n is or names may take (args of const args =
	 * ['eslint', ...files]); without it, #first-value-match? fails. */
	int (*first_value)(struct actx *c, TSNode n,
			   bool (*visit)(void *arg, const char *s, size_t len), void *arg,
			   int depth);
	/* Whether n is a call; *callee is what it calls. */
	bool (*call_callee)(TSNode n, TSNode *callee);
	/* Optional, for #unknown-code?: whether n, whatever its value at run
	 * time, can only be code that calls nothing (numbers and operators:
	 * eval of an arithmetic expression built from a list); and whether a
	 * constant n folded to is only one of its possible values (a name
	 * also set at run time, or set twice). NULL: neither. */
	bool (*inert)(struct actx *c, TSNode n);
	bool (*ambiguous)(struct actx *c, TSNode n);
	/* Optional, for #child-env?: whether the whole environment read at n
	 * only goes to the env of a program the program starts. */
	bool (*child_env)(struct actx *c, TSNode n);
	/* Optional, for #match?: the other texts of n to match when its
	 * source does not (bash: the command as it runs, its words folded and
	 * its wrappers dropped), appended to out each as its length (a size_t)
	 * then its bytes; a text equal to the source is left out. */
	void (*match_text)(struct actx *c, TSNode n, struct buf *out);
	/* Optional, for #same-file?: the word of command n that names the
	 * program it runs, after the wrappers that pass their words on
	 * (bash: timeout 5 "$f", nice "$f", env A=1 "$f" run "$f"). */
	bool (*run_word)(struct actx *c, TSNode n, TSNode *word);
	/* Optional, for #same-file?: whether arg, an argument of command
	 * cmd, is one its program may run -- false for the data given to a
	 * script after its file (bash: python3 process.py "$downloaded"). */
	bool (*runs_arg)(struct actx *c, TSNode cmd, TSNode arg);
	/* Optional, for #after-cd-match?: the directory word of the cd that
	 * runs right before the statement n is in (bash: cd ~/.kube, then
	 * gzip -c config | nc h p), *home when that cd has none. */
	bool (*dir_before)(struct actx *c, TSNode n, TSNode *dir, bool *home);
	/* Optional, for #links-home?: whether n (LINK/STAR, LINK/) reaches into
	 * a symlink the program made to the home or root directory. */
	bool (*links_home)(struct actx *c, TSNode n);
};

extern const struct lang_ops lang_python_ops, lang_javascript_ops, lang_bash_ops;

/* One analysis: the source, its tree and the bindings found in it. */
struct actx {
	const struct lang_ops *ops;
	const char *src;
	size_t len;
	struct binding *b;
	size_t nb, cap;
	bool sorted; /* by name, once bind() is done: lookups search */
	char *pool;  /* names and targets, freed with the context */
	/* Resolution and folding share a budget of steps per predicate and per
	 * analysis, so that names bound in circles or in a lattice cannot make
	 * analysis exponential; running out is itself a finding. */
	unsigned long steps, pred_steps;
	bool exhausted;
	/* What each name resolves to, computed once (see actx_resolve_name). */
	struct memo **memo;
	size_t memo_cap, memo_n;
	unsigned long cycles;
	unsigned long search; /* numbers each contains-call search */
	uint64_t deadline_ms; /* monotonic; past it, matching stops (late) */
	bool late;
	void *re_md; /* the predicates' pcre2_match_data, made on first use */
	/* #bound-text-match?: whether its expression is found anywhere in the
	 * source (1) or not (-1), for the last few expressions tested */
	const void *bt_re[4];
	signed char bt_in_src[4];
	/* What the last nodes given to #resolves-to? resolved to: rules test
	 * one callee pattern after another on the same node. */
	struct resolved_node *rcache; /* RCACHE_SIZE entries, made on first use */
	/* ... and what the last nodes given to #value-match? or
	 * #unknown-code? folded to: rules test one value pattern after
	 * another on the same node (a credential path, a project's .env) */
	struct folded_node *fcache; /* RCACHE_SIZE entries, made on first use */
	/* ... and the other texts #match? tests a node against
	 * (lang_ops.match_text), each as its length (a size_t) then its bytes */
	struct folded_node *mcache; /* RCACHE_SIZE entries, made on first use */
	/* Folding a call of the program's own function folds what it returns
	 * with its parameters bound to that call's arguments: the calls being
	 * folded, innermost last. While one is, a name bound in one of those
	 * functions is not memoised (its value may depend on the call). */
	TSNode frame_call[ACTX_FRAMES];
	uint32_t frame_lo[ACTX_FRAMES], frame_hi[ACTX_FRAMES]; /* the function's bytes */
	/* Python: a frame of a method or of __init__ (python_method.c): the
	 * def, the class, the constructor's call that made its object;
	 * null nodes for a function's frame */
	TSNode frame_def[ACTX_FRAMES], frame_cls[ACTX_FRAMES], frame_obj[ACTX_FRAMES];
	int nframes;
	bool in_frame; /* the name being folded is used inside one of them */
	/* The functions whose returns are being resolved (f() is what f
	 * returns): a function's own recursive calls add nothing. */
	const char *returning[ACTX_FRAMES];
	size_t returning_len[ACTX_FRAMES];
	int nreturning;
	/* When scope_hi is not 0, a name is looked for in [scope_lo, scope_hi)
	 * only: a function's local, in a call being folded. */
	uint32_t scope_lo, scope_hi;
	/* Trees the language's bind parsed beside the program's own, over
	 * ranges of its source (bash: a here-document written to a file the
	 * program sources), whose nodes bindings hold; freed with the context. */
	TSTree *extra[ACTX_EXTRA];
	int nextra;
	/* A name bound by a loop over a list of values (for d in ["a", "b"])
	 * does not fold; loop_seen says a fold met one (loop_max: its most
	 * values), and a positive #value-match? then folds again with each
	 * loop_pick (1..): such a name is its pick'th value (lang_python.c
	 * fold_bound), nothing memoised meanwhile. */
	bool loop_seen;
	int loop_max, loop_pick;
	/* While env_pick, an environment lookup with a default folds to that
	 * default (python_fold_or_default), names memoised apart; env_named:
	 * whether the source names the environment at all (0 not known yet,
	 * 1 yes, -1 no). */
	bool env_pick;
	signed char env_named;
	/* #downloaded-before?'s statements, by expression (analyze_flow.c) */
	struct flow_index **flow;
	size_t nflow;
	/* the calls of a bare name, by name (analyze_calls_named) */
	struct call_index *calls;
};

#define RCACHE_SIZE 64

struct folded_node {
	uint32_t start, end;
	TSSymbol symbol;
	bool valid;
	char *val; /* NULL: the node does not fold */
	size_t len;
	bool loop; /* it met a loop's name (actx.loop_seen) */
};

/* n's slot in a folded_node cache (made on first use), and whether it
 * already holds n: *hit. A slot that does not is the one to fill. */
struct folded_node *actx_folded_slot(struct folded_node **cache, TSNode n, bool *hit);

struct resolved_node {
	uint32_t start, end;
	TSSymbol symbol;
	bool valid;
	struct names ns;
};

/* The names n resolves to (as lang_ops.resolve), from a small cache of the
 * nodes resolved before; *out is a copy the caller frees. */
void actx_resolve_node(struct actx *c, TSNode n, struct names *out);
/* The same names without a copy: the cache's own when n is in it (valid
 * until the next resolution), else *tmp, which the caller frees. */
const struct names *actx_resolved(struct actx *c, TSNode n, struct names *tmp);
/* fold_dup(c, n, 0, len), from a small cache of the nodes folded before. */
char *actx_fold_node(struct actx *c, TSNode n, size_t *len);

/* Drops what was memoised (bind: names folded before every binding was
 * made). */
void actx_memo_clear(struct actx *c);
typedef void (*resolve_name_fn)(struct actx *c, const char *name, size_t len, struct names *out,
				int depth);
/* Resolves a bound name through a memo: compute runs once per name, and
 * its answer is kept unless it met a cycle (a = b; b = a), whose partial
 * answers are not final. Makes resolution linear in the program's size. */
void actx_resolve_name(struct actx *c, const char *name, size_t len, struct names *out, int depth,
		       resolve_name_fn compute);

typedef int (*fold_name_fn)(struct actx *c, const char *name, size_t len, struct buf *out,
			    int depth);
/* The same for folding a bound name to its constant value: 0 and the value
 * appended to out, or -1 when it is not a constant. */
/* Whether name has a binding whose value starts in [lo, hi). */
bool actx_bound_in(struct actx *c, const char *name, size_t len, uint32_t lo, uint32_t hi);
int actx_fold_name(struct actx *c, const char *name, size_t len, struct buf *out, int depth,
		   fold_name_fn compute);

#define STEPS_PER_PREDICATE 20000ul
#define STEPS_PER_ANALYSIS 4000000ul

/* Whether the analysis's deadline has passed (then it is late). */
bool actx_past_deadline(struct actx *c);

/* Counts one step of resolve or fold; false when the budget is spent (the
 * caller then gives up on this expression), or when the analysis is late
 * (the clock is read every 4096 steps: one rule's test may take many).
 * Call it first in both. */
static inline bool actx_step(struct actx *c)
{
	if (c->pred_steps >= STEPS_PER_PREDICATE || c->steps >= STEPS_PER_ANALYSIS) {
		c->exhausted = true;
		return false;
	}
	if (c->late || ((c->steps & 4095) == 4095 && actx_past_deadline(c)))
		return false;
	c->steps++;
	c->pred_steps++;
	return true;
}

void actx_bind_alias(struct actx *c, const char *name, size_t name_len, const char *target);
void actx_bind_value(struct actx *c, const char *name, size_t name_len, TSNode value);
void actx_bind_star(struct actx *c, const char *target);
/* What a language says of a node, for actx_guessed: not a use of a name
 * (look inside it), a name whose value is known (*value, when set, is
 * where it comes from, looked at in turn), or a name whose constant is
 * one guess among its values. */
enum guess { GUESS_NOT_A_NAME, GUESS_KNOWN, GUESS_GUESSED };
typedef enum guess (*guess_name_fn)(struct actx *c, TSNode n, TSNode *value);
/* lang_ops.ambiguous for a language: whether any name n uses, or uses
 * through the values of its names, is a guess (name tells). */
bool actx_guessed(struct actx *c, TSNode n, guess_name_fn name);
void actx_bind_local(struct actx *c, const char *name, size_t name_len);
void actx_bind_runtime(struct actx *c, const char *name, size_t name_len, TSNode setter);
/* Iterates the bindings of name: *i starts at 0; NULL at the end. */
const struct binding *actx_lookup(struct actx *c, const char *name, size_t name_len, size_t *i);
bool actx_is_bound(struct actx *c, const char *name, size_t name_len);
/* The values bound to name (a marker such as "#unpack" that a language
 * binds the nodes to look at again after the walk), at most max into
 * out; how many. */
int actx_values(struct actx *c, const char *name, TSNode *out, int max);

/* Helpers over nodes. */
static inline const char *node_src(const struct actx *c, TSNode n)
{
	return c->src + ts_node_start_byte(n);
}
static inline size_t node_len(TSNode n)
{
	return ts_node_end_byte(n) - ts_node_start_byte(n);
}
bool node_is(TSNode n, const char *type);
/* One step of a walk in document order of the tree the cursor was made on:
 * into the current node's children when descend, else to its next sibling
 * or its nearest ancestor's; false when the walk is over. */
static inline bool tree_next(TSTreeCursor *cur, bool descend)
{
	if (descend && ts_tree_cursor_goto_first_child(cur))
		return true;
	while (!ts_tree_cursor_goto_next_sibling(cur))
		if (!ts_tree_cursor_goto_parent(cur))
			return false;
	return true;
}
/* Whether n's text is exactly s (a null node's is nothing). */
bool node_text_is(const struct actx *c, TSNode n, const char *s);
TSNode node_field(TSNode n, const char *field);
/* Resolves n and adds suffix to each candidate ("os" + ".system"). */
void resolve_member(struct actx *c, TSNode obj, const char *member, size_t member_len,
		    struct names *out, int depth);
/* Folds n into a new NUL-terminated string, or NULL. */
char *fold_dup(struct actx *c, TSNode n, int depth, size_t *len);
/* Where fold_replace replaces: every occurrence, the first, or one at the
 * very start or end of the string (bash's ${v/#p/r} and ${v/%p/r}). */
enum fold_where { REPLACE_ALL, REPLACE_FIRST, REPLACE_START, REPLACE_END };
/* Appends s with old (olen > 0) replaced by new where `where` says: 0, or
 * -1 and out as it was when olen is 0 or the result would be longer than
 * FOLD_MAX (a replacement multiplies a string's length: two of them, each
 * of a 3,000-character literal, made 27 GB). */
int fold_replace(struct buf *out, const char *s, size_t slen, const char *old, size_t olen,
		 const char *new, size_t nlen, enum fold_where where);
/* The value of a hex digit, or -1. */
int fold_hex_digit(char ch);
/* Appends code point cp as UTF-8. */
void fold_put_utf8(struct buf *out, unsigned long cp);
/* Decodes standard or URL-safe base64 (padding optional); -1 if it is not. */
int base64_decode_append(const char *s, size_t len, struct buf *out);
/* Whether word a names the file that the command holding word b, a
 * download, writes into its directory option (aria2c -d D -o x.sh, wget
 * -P D https://h/x.sh, curl --output-dir D -O https://h/x.sh: D/x.sh). */
bool node_in_download_dir(struct actx *c, TSNode a, TSNode b);
/* Whether word a names a file inside the tree the command holding word b
 * fetched: git clone URL DIR, or tar -x -C DIR fed by a download (b DIR, or
 * the URL of a git clone given no directory: the repository's name). */
bool node_in_fetched_tree(struct actx *c, TSNode a, TSNode b);

#endif
