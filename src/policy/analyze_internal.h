/*
 * What the pieces of the analyzer share, and no one else needs:
 *
 *   analyze_lang.c   names, bindings, the memo of resolved and folded
 *                    names, node and folding helpers (analyze_lang.h,
 *                    for lang_*.c)
 *   analyze_rules.c  rule files -> one compiled query per language, its
 *                    patterns and predicates; severities, policy modes
 *   analyze_pred.c   evaluating a pattern's predicates on a match
 *   analyze_flow.c   a file from statement to statement: written,
 *                    downloaded, fetched, copied, then run
 *   analyze_source.c the program as its interpreter reads it: decoding,
 *                    line ends, names (before and after the parse)
 *   analyze.c        a program's analysis: parse, bind, match, findings
 */
#ifndef AIRLOCK_ANALYZE_INTERNAL_H
#define AIRLOCK_ANALYZE_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <stdatomic.h>

#include "policy/analyze.h"
#include "policy/analyze_lang.h"

/* ---- compiled rules (analyze_rules.c) ---- */

struct saved_regex;

enum pred_op {
	P_EQ,
	P_MATCH,
	P_ANY_OF,
	P_RESOLVES,
	P_VALUE,
	P_EACH_VALUE,
	P_SOME_VALUE,
	P_FIRST_VALUE,
	P_CONTAINS_CALL,
	P_PROGRAM_CALLS,
	P_PROGRAM_CALLS_WITH,
	P_REGEX_SELECTS,
	P_PARENT_TYPE,
	P_TYPE,
	P_UNKNOWN_CODE,
	P_CHILD_ENV,
	P_LINKS_HOME,
	P_AFTER_MATCH,
	P_NEXT_TEXT,
	P_METHOD,
	P_ARG_VALUE,
	P_PREV_RESOLVES,
	P_SAME_FILE,
	P_BOUND_TEXT,
	P_TEXT_BOUND,
	P_AFTER_CD,
	P_AFTER_CD_PATH,
	P_WRITTEN_BY,
	P_WRITTEN_BY_TEXT,
	P_FETCHED_TREE,
	P_CONTAINS_CALL_WITH,
	P_DOWNLOADED_BEFORE,
	P_CONFIGURED_BEFORE,
};

struct pred {
	enum pred_op op;
	bool neg;
	uint32_t cap;
	uint32_t cap2; /* #eq? @a @b, #same-file? @a @b; UINT32_MAX otherwise */
	const char **strs;
	uint32_t nstrs;
	char *expanded;	      /* strs[0] with the lists it calls spelled out (rule_lists.h) */
	bool regex, anchored; /* strs[0] is a regular expression (anchored: whole text) */
	/* anchored, and only words (letters, digits, "_", "-", "\\.") joined
	 * by "|": the words, unescaped, matched by comparing (else NULL) */
	char *words;
	_Atomic(pcre2_code *) re; /* compiled on first use (analyze_pred.c) */
	_Atomic(pcre2_code *) re_prefix; /* the same anchored at its start only */
	bool re_saved;		  /* re is one of the language's saved_re: not its own */
	_Atomic(unsigned long) *compiles; /* its language's count of regex compiles */
};

struct pattern {
	const char *id;
	enum severity sev;
	const char *message;
	uint32_t report_cap;
	uint32_t code_cap;     /* analyze: the constant code this pattern runs */
	const char *code_lang; /* analyze-as: its language (default: the rule's) */
	struct pred *preds;
	uint32_t npreds;
	/* analyze-after: the code is what follows this text in the value */
	const char *code_after;
	/* analyze-in: the code is this text with its "%s" replaced by the
	 * value (": \"%s\"": what bash expands in a double-quoted string) */
	const char *code_in;
	/* analyze-lines "ProxyCommand|LocalCommand": the code is the rest of
	 * each line of the value that starts with one of these words (any
	 * case, then blanks or "="); "Match" takes a line's exec "CMD" */
	const char *code_lines;
	/* the next pattern of the same steps but for its captures' names
	 * (UINT32_MAX: none): the query matches them once, as the first of
	 * the chain, and each one's predicates are tested on that match; so
	 * the capture ids above (report_cap, code_cap, each pred's cap and
	 * cap2) are the first pattern's (ts_query_merge_same_steps) */
	uint32_t same_next;
};

struct rule_file {
	char *name; /* "python/shell.scm" or the path it was read from */
	const char *text; /* built in, or owned (read from a rules directory) */
	size_t len;
	bool owned;
	size_t off; /* where it starts in the language's source, once compiled */
};

struct lang_rules {
	const struct lang_ops *ops;
	struct buf source; /* the rule files joined, while the query is compiled */
	struct rule_file *files;
	size_t nfiles;
	pthread_mutex_t lock;
	bool compiled;
	bool check_regexes; /* compile every regular expression with the query */
	char error[ERR_MSG_MAX]; /* the compile error, kept for later calls */
	TSQuery *q;
	bool analysis_saved;	      /* q was restored from the one compiled at build time */
	unsigned long query_compiles; /* how often q was made: at most once */
	_Atomic(unsigned long) regex_compiles; /* the predicates' regexes compiled */
	/* the regexes compiled at build time (saved_analysis.h), decoded */
	pcre2_code **saved_re;
	const struct saved_regex *saved_re_names;
	size_t nsaved_re;
	struct pattern *pat;
	uint32_t npat;
	uint32_t npat_merged; /* patterns matched as another of the same steps */
};

/* The rules of an analyzer's language (a name analyzer_language returns),
 * or NULL. */
struct lang_rules *analyzer_rules_for(struct analyzer *a, const char *lang);
/* Gives each finding the severity its rule has in the rules directory's
 * severity.conf, when it has one there. */
void analyzer_apply_severities(const struct analyzer *a, struct findings *f);
/* Compiles lr's query on first use, under its lock; a compile error is
 * kept and returned again on every later call. The predicates' regular
 * expressions are compiled on their first test (most are never tested on
 * a given program), unless lr->check_regexes (a rules directory's rules,
 * whose errors are told at once). */
int analyzer_compile_lang(struct lang_rules *lr, err_t *err);
/* A rule's regular expression compiled (anchored: to match the whole
 * text), or NULL with the reason in msg. */
pcre2_code *rule_compile_re(const char *re, bool anchored, char *msg, size_t msg_size);

/* ---- the program as its interpreter reads it (analyze_source.c) ---- */

/* A rule the analyzer applies in code rather than as a query (listed and
 * tested as the others). */
struct source_rule {
	const char *lang, *id;
	enum severity sev;
	const char *message;
};
/* The source rules, one by index; NULL past the last. */
const struct source_rule *source_rule_at(size_t i);

/* Before the parse: the text as ops's interpreter decodes it and splits
 * it into lines, as a new string in *text (NULL: the code as it is);
 * what it cannot read is a finding appended to out. */
int source_decode(const struct lang_ops *ops, const char *code, size_t len, char **text,
		  size_t *text_len, struct findings *out);
/* After a parse: the text with what the interpreter reads otherwise than
 * the grammar rewritten (names, comments), to be parsed again; NULL when
 * nothing needs it. */
char *source_fixup(const struct lang_ops *ops, const char *src, size_t len, TSNode root,
		   size_t *out_len);

/* ---- predicates (analyze_pred.c) ---- */

struct eval {
	struct actx *c;
	const TSQueryMatch *m;
};

/* Whether predicate p holds for the match e->m. */
bool analyze_test_pred(struct eval *e, const struct pred *p);
/* Whether re finds a match in s (one match data per analysis;
 * analyze_lang.c). */
bool actx_re_find(struct actx *c, const pcre2_code *re, const char *s, size_t len);

/* ---- files from statement to statement (analyze_flow.c) ---- */

/* #same-file? @a @b: a names b's file, or a copy of it made between. */
bool analyze_same_file(struct actx *c, TSNode a, TSNode b);
/* #written-by? (by_text false): a statement before the one holding word f
 * runs a program re names that writes f's file (curl -o "$f" u;
 * BASH_ENV="$f" bash -c true); #written-by-text? (true): one whose text
 * re matches writes the file f hands its program (gpg --export-secret-keys
 * > f; curl -d @f u). */
bool analyze_written_by(struct actx *c, TSNode f, const pcre2_code *re, bool by_text);
/* #fetched-tree?: n, a command, runs a file of a tree that a statement
 * before it, whose text re matches, fetched (git clone u /tmp/r; /tmp/r/x). */
bool analyze_fetched_tree(struct actx *c, TSNode n, const pcre2_code *re);
/* #downloaded-before?: a statement before the one that runs run runs a
 * program re names that writes run's file. The statements these look at
 * are indexed once an analysis; analyze_flow_free frees the index. */
bool analyze_downloaded_before(struct actx *c, TSNode run, const pcre2_code *re);
/* #configured-before?: a statement before the one that runs run runs a
 * program re names with its config file (curl -K cfg, --config cfg),
 * after a here-document that names run's file as its output (output =
 * "/tmp/x"). */
bool analyze_configured_before(struct actx *c, TSNode run, const pcre2_code *re);
/* Whether hit says yes to a statement before n's (in its block, a block
 * around it, or its && list, as #written-by? looks) among those that run
 * a program re names (by_text false) or whose text re matches: found in
 * one walk of the tree an analysis, not by a walk back from each n. */
bool analyze_each_before(struct actx *c, TSNode n, const pcre2_code *re, bool by_text,
			 bool (*hit)(struct actx *c, TSNode s, void *arg), void *arg);
/* Whether hit says yes to a command that copies (cp, mv, install, ln,
 * rsync) among the statements before stmt in its block, after the one
 * that holds b (or to a member of such an && list). */
bool analyze_copy_between(struct actx *c, TSNode stmt, TSNode b,
			  bool (*hit)(struct actx *c, TSNode s, void *arg), void *arg);
void analyze_flow_free(struct actx *c);
/* The calls of the tree that holds any whose callee is the bare name
 * (name, len): f(x) in Python, f(x) in JavaScript; in source order, found
 * in one walk of the tree an analysis. *out is valid until the analysis
 * ends; how many. */
size_t analyze_calls_named(struct actx *c, TSNode any, const char *name, size_t len,
			   const TSNode **out);

/* Paths named by a glob or a regular expression (analyze_paths.c). */
/* A glob's bracket expressions replaced by a character they match; NULL
 * when v has none (free it). */
char *path_glob_representative(const char *v, size_t len, size_t *out_len);
/* Whether the glob v selects a path that re matches. */
bool path_glob_match(struct actx *c, const pcre2_code *re, const char *v, size_t len);
/* Whether a glob matches without case: under shopt -s nocaseglob, or
 * written in capitals only (~/.[S][S]H/ID_*, which nothing else names). */
bool path_glob_nocase(const struct actx *c, const char *v, size_t len);
/* Whether the regular expression v (Emacs or PCRE) selects such a path. */
bool path_regex_match(struct actx *c, const pcre2_code *re, const char *v, size_t len);
/* #regex-selects?: whether the regex program's expression n selects a
 * path that cred matches. */
bool path_regex_selects(struct actx *c, TSNode n, const pcre2_code *cred);

/* ---- one analysis (analyze_lang.c) ---- */

enum memo_state { MEMO_NEW, MEMO_BUSY, MEMO_DONE };

struct memo {
	struct memo *next;
	enum memo_state state;
	struct names ns;    /* resolution */
	struct buf val;	    /* folding */
	int folded;	    /* 0 a constant (val), -1 not */
	unsigned long seen; /* contains-call: the search that last went through it */
	bool loop;	    /* folding met a loop's name (actx.loop_seen) */
	size_t len;
	char name[]; /* a tag byte ('r' or 'f'), then the name */
};

/* The memo entry of (tag, name), created empty if new; NULL for a name too
 * long to memoise. */
struct memo *actx_memo_find(struct actx *c, char tag, const char *name, size_t len);
/* Sorts the bindings once bind() is done (actx_lookup then searches). */
void actx_index(struct actx *c);
/* Frees what one analysis allocated: memo, bindings, names. */
void actx_free(struct actx *c);

#endif
