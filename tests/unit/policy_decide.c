/* policy_decide: the one decision before a run, for `airlock run --policy`
 * and the service. */
#include <criterion/criterion.h>
#include <string.h>

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

static const char shell[] = "import os\nos.system('echo hi')\n"; /* high */
static const char evals[] = "print(eval('1+1'))\n";		 /* warn */
static const char clean[] = "print(6 * 7)\n";
static const char c_prog[] = "int main(void){return 0;}\n";

static struct policy_decision decide(enum policy_mode m, enum severity fail_on, bool unanalyzable,
				     const char *lang, const char *code)
{
	struct policy_settings ps = {m, fail_on, unanalyzable};
	struct policy_decision d;
	err_t err;
	cr_assert_eq(policy_decide(an, &ps, lang, code, strlen(code), NULL, &d, &err), 0, "%s",
		     err.msg);
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
	cr_assert_eq(policy_decide(an, &ps, "python", code, strlen(code), r, &d, &err), 0);
	json_t *o = policy_decision_json(&d);
	char *dump = json_dumps(o, 0);
	cr_expect(strstr(dump, "ghp_1234567890") == NULL, "a secret in a finding: %s", dump);
	cr_expect(strstr(dump, "REDACTED:github-token"), "%s", dump);
	free(dump);
	json_decref(o);
	policy_decision_free(&d);
	redactor_free(r);
}
