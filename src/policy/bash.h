/*
 * What the pieces of the Bash analysis share; lang_bash.c says what the
 * analysis does as a whole.
 *
 *   bash_quote.c    a word's literal text without its quotes (sh_unquote)
 *   bash_tree.c     helpers over the tree, the words a for loop's
 *                   variable takes (sh_loop_words), the field a name of
 *                   read's holds (sh_read_field)
 *   bash_command.c  what a command runs:
 *                   wrappers, the names of programs, stdin (sh_resolve)
 *   bash_params.c   "$*" and "$@" after set --, v="x${v}y", ${v op ...}
 *   bash_brace.c    brace expansion of an unquoted word
 *                   (both fold their pieces through the core's fold_dup,
 *                   by sh_fold_into)
 *   bash_prints.c   what $(...) prints when it looks a program up,
 *                   prints the home directory or awk's character codes
 *   bash_decode.c   what a decoder (base64 -d, tr, tac, paste -s,
 *                   envsubst) makes of its input
 *   bash_fold.c     the constant value of a word: quoting, expansions,
 *                   eval's code and what $(...) prints (sh_fold)
 *   bash_guess.c    whether a folded word is one guess among a
 *                   variable's values (sh_ambiguous)
 *   lang_bash.c     bindings (assignments, for, alias, functions, read)
 *                   and the language's lang_ops
 *
 * Each piece calls only pieces listed above it: folding asks
 * bash_command.c which programs a command runs; resolution folds words
 * through the core (fold_dup), which calls sh_fold back through the
 * lang_ops.
 */
#ifndef AIRLOCK_BASH_H
#define AIRLOCK_BASH_H

#include "policy/analyze_lang.h"

#define ARGS_MAX 64 /* arguments of one command looked at */
#define ALIAS_PREFIX "alias "
#define FUNCTION_PREFIX "function "
/* declare -l NAME, typeset -u NAME: the key bound to the flag word */
#define CASE_PREFIX "case "
/* What a command resolves to when its name is what `read` read: no
 * program can be named so (bash_command.c). */
#define RUNTIME_NAME "<read at run time>"
/* The binding of the here-documents and the echo or printf commands whose
 * text the program writes to a file it then sources or runs with a shell
 * (lang_bash.c), and the name such a node resolves to (sh_resolve), for
 * the rules to analyse that text as code. */
#define SOURCED_KEY "\002sourced"
#define SOURCED_NAME "<written, then sourced>"

/* ---- bash_quote.c ---- */

/* A word's text with its quotes removed when it is only literal text
 * ("c"md, re''ad): its length, written to out, else -1; and whether a
 * command's name is the word s so (re''ad, "set", ha\sh). */
int sh_unquote(const struct actx *c, TSNode w, char *out, size_t cap);
bool sh_name_is(const struct actx *c, TSNode name, const char *s);

/* ---- bash_tree.c: helpers ---- */

/* Counts a step of resolution or folding against the core's budget. */
bool sh_step(struct actx *c, int depth);
bool sh_names_has(const struct names *ns, const char *s);
/* The children of n in field `field`, in order. */
size_t sh_field_children(TSNode n, const char *field, TSNode *out, size_t max);
size_t sh_command_args(TSNode cmd, TSNode *out, size_t max);
/* A builtin's arguments, after the command or builtin that may run it
 * (command read -r x, builtin set -- a b, command -p -- cd d): *name, its
 * name's word. */
size_t sh_builtin_args(const struct actx *c, TSNode cmd, TSNode *name, TSNode *out, size_t max);
/* Whether a command's name is command or builtin (quoted or not). */
bool sh_runs_builtin(const struct actx *c, TSNode name);
bool sh_dir_before(struct actx *c, TSNode n, TSNode *dir, bool *home);
bool sh_dir_home(struct actx *c, TSNode n, bool previous);
int sh_fold_cwd(struct actx *c, TSNode n, const char *name, size_t len, struct buf *out);
bool sh_links_home(struct actx *c, TSNode n);
/* The first anonymous child of n whose text is an operator ("+=", ":-"). */
TSNode sh_operator_child(TSNode n);
/* A number node's value. */
long sh_node_number(const struct actx *c, TSNode n);
/* n's value appended to out, folded through the core (fold_dup), which
 * calls the language's fold: for the pieces below bash_fold.c. -1 when it
 * does not fold. */
int sh_fold_into(struct actx *c, TSNode n, struct buf *out, int depth);
/* The variable an expansion names, and the array index it asks for:
 * -1 none, -2 [@] or [*]. */
TSNode sh_expansion_var(const struct actx *c, TSNode n, long *index);

/* Whether value is an append (v+=x); whether n runs in a loop's body. */
bool sh_appends(const struct actx *c, TSNode value);
bool sh_in_loop(TSNode n);

/* Whether value is the value of a nameref (declare -n r=v): a name. */
bool sh_is_nameref(const struct actx *c, TSNode value);
/* declare -l v, typeset -u v: the case v's values take ('l', 'u' or 0),
 * and that case applied to s in place */
char sh_case_attribute(struct actx *c, const char *name, size_t len);
void sh_case_apply(char mode, char *s, size_t len);

/* $kv, ${kv#*=}, ${kv%%=*} where kv is the variable of a for loop over a
 * constant list (for kv in $spec, for kv in a=x b=y): the value at each
 * iteration, added to out, the list split into its words (an unquoted
 * expansion's fields) and the operator applied to each, so that
 * TOOLS[${kv%%=*}]=${kv#*=} gives TOOLS every value it takes. False when
 * the variable is not such a loop's. */
bool sh_loop_words(struct actx *c, TSNode n, struct names *out, int depth);

/* ---- bash_command.c: what a command runs ---- */

/* Whether program p is a shell (sh, bash, dash, zsh, ksh, mksh, ash, yash,
 * posh, csh, tcsh, fish): one list for every rule of the analysis. */
bool sh_is_shell(const char *p);
/* The words of a command: its name, then its arguments. */
size_t sh_command_words(TSNode cmd, TSNode *out, size_t max);
/* The programs a command runs, through wrappers. */
void sh_resolve_command(struct actx *c, TSNode cmd, struct names *out, int depth);
/* Whether one of args is an option with one of the letters shorts (in a
 * cluster: -xs) or is longopt. */
bool sh_options_have(struct actx *c, const TSNode *args, size_t n, const char *shorts,
		     const char *longopt, int depth);
/* Where the program of a command starts after the wrappers that pass their
 * words on (command, env, exec, sudo, a function running "$@"); 0: none. */
size_t sh_command_unwrapped(struct actx *c, const TSNode *words, size_t n, int depth);
/* Where the arguments of `want` start when the command runs it (directly
 * or through wrappers), or -1. */
int sh_command_runs(struct actx *c, const char *want, const TSNode *words, size_t n, int depth);
/* lang_ops.resolve */
void sh_resolve(struct actx *c, TSNode n, struct names *out, int depth);
/* Whether the command runs the program name (through wrappers, aliases). */
bool sh_command_is(struct actx *c, TSNode cmd, const char *name, int depth);

/* ---- bash_decode.c: what a decoder makes of its input ---- */

enum sh_decoder_kind {
	DEC_NONE,
	DEC_BASE64,
	DEC_BASE32,
	DEC_HEX,
	DEC_REV,
	DEC_TR,
	DEC_TAC,
	DEC_PASTE,
	DEC_FOLD,
	DEC_ENVSUBST,
	DEC_CAT
};

struct sh_decoder {
	enum sh_decoder_kind kind;
	bool del;		/* tr -d */
	unsigned char map[256]; /* tr SET1 SET2: what each byte becomes */
	bool drop[256];		/* tr -d SET: the bytes deleted */
	char delims[16];	/* paste -s -d LIST: the delimiters, in turn */
	size_t ndelims;		/* (0: none, -d '') */
	size_t width;		/* fold -w N */
	TSNode cmd;		/* envsubst: its assignments and SHELL-FORMAT */
};

/* Whether cmd is a decoder (base64 -d, xxd -r -p, tr SET1 SET2, tac,
 * paste -s, envsubst, cat of its stdin...), d filled in for sh_decode. */
bool sh_decoder_of(struct actx *c, TSNode cmd, struct sh_decoder *d, int depth);
/* in decoded by d, appended to out; var folds a variable envsubst fills
 * in; -1 when the result is not a constant. */
int sh_decode(struct actx *c, const struct sh_decoder *d, const struct buf *in, struct buf *out,
	      fold_name_fn var, int depth);

/* ---- bash_fold.c ---- */

/* lang_ops.fold */
int sh_fold(struct actx *c, TSNode n, struct buf *out, int depth);

/* ---- bash_prints.c ---- */

/* What $(...) prints when it looks a program up (command -v X, which X,
 * type -P X: /usr/bin/X) or prints the home directory without naming it
 * ($(cd && pwd), getent passwd u | cut -d: -f6: ~). st is the statement;
 * for $(cd; pwd), st and next are its two statements. -1: neither. */
int sh_fold_lookup(struct actx *c, TSNode cmd, struct buf *out, int depth);
int sh_fold_home(struct actx *c, TSNode st, TSNode next, struct buf *out, int depth);
/* What $(basename "$SHELL") prints: bash, when the program does not set
 * SHELL; -1 for any other command. */
int sh_fold_shell_name(struct actx *c, TSNode cmd, struct buf *out);
/* What $(expr substr S P L) prints: that part of S folded; -1 for any
 * other command. */
int sh_fold_expr(struct actx *c, TSNode cmd, struct buf *out, int depth);
/* The field of the line read that word, a name given to read, holds (read
 * -r tool flag <<< "rm -rf": tool is rm): 0; -1 when the line does not
 * fold, -2 when word is no such name (bash_tree.c). */
int sh_read_field(struct actx *c, TSNode word, struct buf *out, int depth);
/* What $(awk 'BEGIN{printf "%c%c", 115, 104}') prints: the characters of
 * the codes; -1 for any other command. */
int sh_fold_awk_chars(struct actx *c, TSNode cmd, struct buf *out, int depth);
int sh_fold_user_dir(struct actx *c, TSNode cmd, struct buf *out, int depth);
/* The login name ($USER, whoami, id -un) as a value: the home's own name
 * in /home, where "/home/" SH_HOME_NAME is ~ (sh_home_by_name). */
#define SH_HOME_NAME "\001~"
int sh_fold_login_name(struct actx *c, TSNode cmd, struct buf *out, int depth);
void sh_home_by_name(struct buf *out, size_t mark);
/* dirname P, realpath P, readlink -f P (bash_prints.c): the word P
 * (*real: its canonical path, else its directory), and what the command
 * prints of P folded when that is the home, the root or /home (0), else -1
 * (bash_fold.c folds P between the two). */
bool sh_dirname_path(struct actx *c, TSNode cmd, TSNode *path, bool *real);
int sh_dirname_of(char *p, bool real, struct buf *out);
/* bash_quote.c: an unquoted word's text (a backslash quotes the next
 * character), a double-quoted one's (it quotes only $ ` " \ and newline),
 * and the C escapes of $'...', echo -e and printf (\n, \x41, \101,
 * \u00e9, \cA; octal_zero: echo -e's and %b's \0NNN), appended to out. */
void sh_unquote_word(const char *s, size_t len, struct buf *out);
void sh_unquote_double(const char *s, size_t len, struct buf *out);
void sh_unescape_c(const char *s, size_t len, bool octal_zero, struct buf *out);
void sh_normalize_dots(struct buf *out, size_t mark);

/* ---- bash_params.c ---- */

/* "$@" (which POSITIONAL_AT), "$*" (POSITIONAL_STAR) or $N (which N >= 1)
 * at n: the words of `set --`, joined, or the Nth. */
#define POSITIONAL_AT (-1)
#define POSITIONAL_STAR (-2)
int sh_fold_positional(struct actx *c, TSNode n, long which, struct buf *out, int depth);
/* The words of `set -- WORDS` (the command set), joined by spaces. */
int sh_fold_set(struct actx *c, TSNode set, struct buf *out, int depth);
/* N when the variable_name v is the positional parameter N (1, 12; not
 * 0), else 0. */
long sh_positional_index(struct actx *c, TSNode v);
/* Whether an assignment's value reads the variable itself (v="x${v}y"),
 * and then that value, $v being what v was before. */
bool sh_assigns_from_self(struct actx *c, TSNode name, TSNode value);
int sh_fold_from_self(struct actx *c, TSNode asg, struct buf *out, int depth);
/* ${v op ...} of the value v (vlen bytes, changed in place) for the
 * operators whose result is still a constant (case changes, /, //, /#, /%,
 * #, %, :off:len); -1 for the others. */
int sh_fold_operator(struct actx *c, TSNode n, const char *op, size_t vlen, char *v,
		     struct buf *out, int depth);

/* ---- bash_brace.c ---- */

/* A concatenation with unquoted braces: its brace expansion, the words
 * joined by spaces (0), or unknown (-1); 1 when it has none. */
int sh_fold_brace(struct actx *c, TSNode n, struct buf *out, int depth);

/* ---- bash_guess.c ---- */

/* lang_ops.ambiguous */
bool sh_ambiguous(struct actx *c, TSNode n);
/* eval "$(ssh-agent -s)": the output of a tool made to print settings for
 * eval, which the program cannot have replaced (bash_inert.c). */
bool sh_inert(struct actx *c, TSNode n);

/* ---- bash_wrappers.c ---- */

/* A program that runs another given as its arguments (sudo, env, nohup) */
struct wrapper {
	const char *name;
	const char *arg_opts; /* short options that take the next word */
	const char *no_run;   /* short options that make it run nothing (command -v) */
	int operands;	      /* words before the program (timeout's duration) */
	bool assignments;     /* NAME=value words before the program (env, sudo) */
	const char *exec_opts; /* the options the program follows: " -exec -ok " (find) */
	bool takes_stdin;     /* reads stdin itself (xargs): the program does not */
	const char *long1;    /* long options that take the next word: " --dev --proc " */
	const char *long2;    /* long options that take the next two words (bwrap --bind) */
	bool appends_paths;   /* gives the program the paths found (fd -x): not stdin */
};

/* The wrapper of that name, or NULL; whether s is NAME=value. */
const struct wrapper *sh_wrapper_find(const char *name);
bool sh_is_assignment_word(const char *s);
/* A command line past its first word when that word is a wrapper: "rm
 * -rf /home" of "sudo -n rm -rf /home"; NULL when it is none. */
const char *sh_past_wrapper(const char *line);
/* How many words long option opt (len bytes, "--bind") of w takes. */
int sh_wrapper_long_words(const struct wrapper *w, const char *opt, size_t len);
/* Whether opt is one of the options w's program follows (find -exec). */
bool sh_wrapper_runs_after(const struct wrapper *w, const char *opt);

#endif
