/*
 * Static analysis of a program before it runs: what it tries to do
 * (spawn shells, open sockets, read credentials, hide code behind
 * eval/exec/base64), as findings with a rule id, a severity and a place.
 *
 * The program is parsed with tree-sitter (grammars for Python, JavaScript
 * and Bash are built in). Rules are data: tree-sitter query files, one
 * directory per language (src/policy/rules/<lang>/NAME.scm are compiled in;
 * more can be loaded from a directory at run time). Each pattern of a query
 * file names its rule with directives:
 *
 *     ((call function: (_) @fn) @finding
 *      (#resolves-to? @fn "os\\.system|subprocess\\..*")
 *      (#set! id "py-shell")
 *      (#set! severity "high")
 *      (#set! message "runs a shell command"))
 *
 * The capture @finding (else the pattern's first capture) is what the
 * finding points at. Besides tree-sitter's #eq?, #match? and #any-of?
 * (and their #not- forms), airlock evaluates predicates that see through
 * aliasing and simple obfuscation (analyze_lang.h):
 *
 *   #resolves-to? @c "RE"   @c names something whose canonical dotted
 *                           name matches RE (anchored): `import os as o;
 *                           o.system`, `getattr(os, 'sys'+'tem')`,
 *                           `require('child_' + 'process').exec`, `$c`
 *                           after `c=curl`, ...
 *   #value-match? @c "RE"   @c folds to a constant string that RE finds
 *                           (unanchored): 'ev' + 'al', "".join([...]),
 *                           'lave'[::-1], `child_${''}process`, ...
 *   #each-value-match? @c "RE"  every value @c may take is known and RE
 *                           finds it: both arms of a ternary, each
 *                           binding of a name, a parameter's argument at
 *                           every call (for rules that clear a program)
 *   #some-value-match? @c "RE"  one of those values, or a canonical name
 *                           one that does not fold resolves to, matches
 *                           (for rules that find: rmSync(p) of a wrapper
 *                           called with os.homedir())
 *   #first-value-match? @c "RE"  every value the first element of the
 *                           list @c is (or a name of it holds) may take is
 *                           known and matches: args of const args =
 *                           ['eslint', ...files]
 *   #contains-call? @c "RE" a call inside @c, or inside the value of a
 *                           variable used in @c, resolves to RE
 *   #program-calls? @c "RE" a call anywhere in the program @c is part of
 *                           resolves to RE
 *   #program-calls-with? @c "RE"  a call anywhere in the program, written
 *                           callee(value) for each name its callee resolves
 *                           to and each value its first argument may take
 *                           (as #some-value-match?), RE matches:
 *                           process\\.chdir\\(os\\.homedir\\(\\)\\)
 *   #contains-call-with? @c "RE"  a call inside @c, or inside the value of
 *                           a variable used in @c (or the expression of its
 *                           `with ... as`), written callee(value) as for
 *                           #program-calls-with?: urllib\\.request\\.
 *                           urlopen\\(data:.*
 *   #regex-selects? @c "RE" @c is a regular expression of the program
 *                           (its text, or its folded value) that matches
 *                           one of the names or paths of the files where
 *                           secrets are kept that RE matches (.ssh,
 *                           .ssh/id_rsa, ...), and none of a list of
 *                           ordinary names (.git, src, index.js, ...)
 *   #parent-type? @c "T"... @c's parent node is of one of these types
 *   #type? @c "T"...        @c is of one of these types: `(_) @c (#type? @c
 *                           "string" "identifier")` matches as `[(string)
 *                           (identifier)] @c`, without the query's state
 *                           for each alternative at each node (a
 *                           predicate is only tested on a match)
 *   #unknown-code? @c       what @c runs is not known: it does not fold,
 *                           or folds to one guess among a name's values
 *                           (lang_ops.ambiguous), and cannot be shown to
 *                           be arithmetic only (lang_ops.inert)
 *   #links-home? @c         @c (LINK/STAR, LINK/) is under a symlink the program
 *                           made (ln -s) to the home or root directory
 *   #child-env? @c          the whole environment read at @c only goes to
 *                           the env of a program started
 *                           (lang_ops.child_env)
 *   #next-text-match? @c "RE"  the source right after @c (up to 96 bytes)
 *                           matches RE: the part that follows ("config"
 *                           after ".ssh" in a join), without a tree walk
 *
 * An analyzer is created once and is then read-only: many threads may use
 * one analyzer at the same time.
 */
#ifndef AIRLOCK_ANALYZE_H
#define AIRLOCK_ANALYZE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "common/err.h"

enum severity { SEV_INFO, SEV_WARN, SEV_HIGH };

struct finding {
	char *rule; /* rule id, e.g. "py-shell" */
	enum severity severity;
	unsigned line;	 /* 1-based */
	unsigned column; /* 1-based, in characters */
	char *text;	 /* the matched source, first line, at most 160 bytes */
	char *message;	 /* why it matters, one line */
	char *file;	 /* the file of a request's files[] it is in; NULL: the program */
};

struct findings {
	struct finding *v;
	size_t n;
};

struct analyzer;

/* Loads the built-in rules and, when rules_dir is not NULL, the rules in
 * rules_dir/<lang>/NAME.scm (lang: python, javascript, bash). Queries are
 * compiled on first use of their language. Errors name the file. */
int analyzer_new(const char *rules_dir, struct analyzer **out, err_t *err);
void analyzer_free(struct analyzer *a);

/* The analyzer's language for an airlock language name or alias ("python",
 * "py", "node", "javascript", "js", "bash", "sh"), or NULL. */
const char *analyzer_language(const char *name);
/* The languages with analysis, one by index ("python", "javascript",
 * "bash"); NULL past the last. The one list every caller walks. */
const char *analyzer_language_at(size_t i);

/* Analyzes code as language lang (a name analyzer_language accepts).
 * Findings are sorted by place. Unparseable code is a finding
 * ("syntax-error"), never a failure; -1 only for an unknown language, a
 * rule that does not compile for it, or out of memory. */
int analyze(struct analyzer *a, const char *lang, const char *code, size_t len,
	    struct findings *out, err_t *err);

/* Every rule id of a language (built-in and loaded), for tests and
 * listings; returns how many were written to ids (at most max). */
size_t analyzer_rule_ids(struct analyzer *a, const char *lang, const char **ids, size_t max,
			 err_t *err);

/* Calls fn for each rule of a language (one call per id: the first
 * pattern's severity and message); returns how many, or -1. */
int analyzer_rules(struct analyzer *a, const char *lang,
		   void (*fn)(void *ctx, const char *id, enum severity sev, const char *message),
		   void *ctx, err_t *err);

/* How often a language's rules were compiled in this analyzer: its query
 * (0 before the language's first use, then 1 for the analyzer's life) and
 * its predicates' regular expressions (those compiled at build time are
 * decoded with the query, the others compiled on their first test; all
 * then kept). For the service's /metrics and the tests; -1 for an unknown
 * language. */
struct analyzer_counts {
	unsigned long queries, regexes;
};
int analyzer_counts(struct analyzer *a, const char *lang, struct analyzer_counts *out);

void findings_free(struct findings *f);
/* [{"rule", "severity", "line", "column", "message", "text", "file"}];
 * "file" is null for the program itself. */
json_t *findings_to_json(const struct findings *f);
/* Whether some finding is at or above sev. */
bool findings_reach(const struct findings *f, enum severity sev);

const char *severity_name(enum severity s);
int severity_parse(const char *s, enum severity *out); /* 0, or -1 if unknown */

/* What a policy does with the findings before a run. */
enum policy_mode {
	POLICY_OFF,	/* no analysis */
	POLICY_WARN,	/* run, and attach the findings */
	POLICY_BLOCK,	/* refuse (policy_blocked) when a finding reaches fail_on */
	POLICY_APPROVE, /* hold (pending_approval) until a person decides */
};
const char *policy_mode_name(enum policy_mode m);
int policy_mode_parse(const char *s, enum policy_mode *out); /* 0, or -1 */

#endif
