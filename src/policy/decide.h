/*
 * The policy's decision before a run, for every caller (`airlock run
 * --policy` and the service): analyse the program, compare the findings
 * with fail_on, and say whether it runs, is blocked, or waits for a
 * person. What to do with "ask" is the caller's: the command asks at the
 * terminal, the service holds the execution for approval.
 */
#ifndef AIRLOCK_POLICY_DECIDE_H
#define AIRLOCK_POLICY_DECIDE_H

#include <jansson.h>
#include <stdbool.h>

#include "policy/analyze.h"
#include "policy/redact.h"

struct policy_settings {
	enum policy_mode mode;
	enum severity fail_on;	 /* what blocks or asks (default high) */
	bool unanalyzable_block; /* a language without analysis counts as reaching fail_on */
};

enum policy_verdict {
	VERDICT_RUN,   /* no finding reaches fail_on, or mode warn (or off) */
	VERDICT_BLOCK, /* mode block: policy_blocked */
	VERDICT_ASK,   /* mode approve: a person decides */
};

struct policy_decision {
	enum policy_verdict verdict;
	bool analyzed;		  /* false with mode off */
	bool available;		  /* the language has analysis ("analysis": "done") */
	struct findings findings; /* the program's by place, then each file's; texts
				     redacted when asked */
	size_t high;		  /* how many are of severity high */
};

/* A file placed next to the program (the service's `files`): a module it
 * imports, a script it runs, or data. */
struct policy_file {
	const char *name; /* a plain file name */
	const char *content;
	size_t len;
};

/* The analyzer's language of a file that can run, or NULL for data: by its
 * extension (.py; .js, .mjs, .cjs; .sh, .bash; any case), else by its
 * first line's #! (python, python3, python3.11, node, nodejs, bash, sh,
 * dash, also through env, with env's options). */
const char *policy_file_language(const char *name, const char *content, size_t len);

/* Decides for code in language lang (an airlock language name) and the
 * nfiles files placed next to it: each file that can run is analysed in
 * its language, its findings carry its name (finding.file) and count
 * toward the verdict exactly as the program's; the program's come first,
 * then each file's, in order. With mode off nothing is analysed and the
 * verdict is run. redactor, when not NULL, replaces secrets in each
 * finding's text and message (a finding may quote the code). -1 only when
 * the analysis itself fails (err says why). */
int policy_decide(struct analyzer *an, const struct policy_settings *ps, const char *lang,
		  const char *code, size_t len, const struct policy_file *files, size_t nfiles,
		  const struct redactor *redactor, struct policy_decision *d, err_t *err);
void policy_decision_free(struct policy_decision *d);

/* What the decision adds to a result: {"findings": [...], "analysis":
 * "done" | "unavailable"}; an empty object when nothing was analysed. */
json_t *policy_decision_json(const struct policy_decision *d);

#endif
