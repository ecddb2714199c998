#include "policy/decide.h"

#include <string.h>

#include "policy/apply.h"

int policy_decide(struct analyzer *an, const struct policy_settings *ps, const char *lang,
		  const char *code, size_t len, const struct redactor *redactor,
		  struct policy_decision *d, err_t *err)
{
	const char *alang = analyzer_language(lang);
	bool reached;

	memset(d, 0, sizeof(*d));
	if (ps->mode == POLICY_OFF)
		return 0;
	d->analyzed = true;
	if (alang == NULL) {
		/* C and C++ have no rules: said, not hidden, and blocking them
		 * is the site's choice. */
		reached = ps->unanalyzable_block;
	} else {
		if (analyze(an, alang, code, len, &d->findings, err) < 0)
			return err_wrap(err, "cannot analyze the %s program", lang);
		d->available = true;
		for (size_t i = 0; i < d->findings.n; i++)
			d->high += d->findings.v[i].severity == SEV_HIGH;
		reached = findings_reach(&d->findings, ps->fail_on);
		if (redactor)
			redact_findings(redactor, &d->findings);
	}
	if (reached && ps->mode == POLICY_BLOCK)
		d->verdict = VERDICT_BLOCK;
	else if (reached && ps->mode == POLICY_APPROVE)
		d->verdict = VERDICT_ASK;
	return 0;
}

void policy_decision_free(struct policy_decision *d)
{
	findings_free(&d->findings);
	memset(d, 0, sizeof(*d));
}

json_t *policy_decision_json(const struct policy_decision *d)
{
	json_t *o = json_object();

	if (!d->analyzed)
		return o;
	json_object_set_new(o, "findings", findings_to_json(&d->findings));
	json_object_set_new(o, "analysis", json_string(d->available ? "done" : "unavailable"));
	return o;
}
