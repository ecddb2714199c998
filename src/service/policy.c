/*
 * The policy before a run, as the service applies it: which mode holds
 * (the key's own, else the service's), the decision (policy_decide, the
 * same as `airlock run --policy`), and what is stored.
 *
 * What the policy adds to an execution is one JSON object, stored with the
 * row and merged into the execution whenever it is shown: `findings`,
 * `analysis`, `redactions` of the code (redact_code), and later `rejection`
 * or `approval`. The worker never needs to know about it.
 *
 * With redaction on, nothing that may quote a secret is stored as is: the
 * text of every finding goes through the redactor, and with redact_code the
 * code stored for a queued or pending execution does too (the original then
 * lives in memory only: the job's request, or the held copy of a pending
 * execution).
 */
#include <string.h>

#include "lang/lang.h"
#include "policy/apply.h"
#include "service/internal.h"

char *policy_redact_text(struct service *s, const char *text)
{
	if (!s->cfg.redact && !s->cfg.redact_code)
		return xstrdup(text);
	return redact_text(s->redactor, text);
}

static enum policy_mode key_mode(struct service *s, const struct key_row *k)
{
	enum policy_mode m;

	if (k->policy[0] == 0)
		return s->cfg.policy.mode;
	/* keys create checks the name; an unknown one here fails closed */
	return policy_mode_parse(k->policy, &m) == 0 ? m : POLICY_BLOCK;
}

int policy_evaluate(struct service *s, const struct key_row *k, const struct exec_request *req,
		    struct policy_outcome *po, err_t *err)
{
	const struct policy_settings ps = {
	    .mode = key_mode(s, k),
	    .fail_on = s->cfg.policy.fail_on,
	    .unanalyzable_block = s->cfg.policy.unanalyzable_block != 0,
	};
	const struct redactor *r = s->cfg.redact || s->cfg.redact_code ? s->redactor : NULL;
	json_t *code_redactions = json_array();
	struct policy_decision d;

	memset(po, 0, sizeof(*po));
	po->mode = ps.mode;
	if (s->cfg.redact_code &&
	    redact_code(s->redactor, req->code, req->code_len, &po->stored_code, &po->stored_len,
			code_redactions, err) < 0) {
		json_decref(code_redactions);
		return -1;
	}
	if (policy_decide(s->analyzer, &ps, req->lang->name, req->code, req->code_len, r, &d, err) <
	    0) {
		json_decref(code_redactions);
		policy_outcome_free(po);
		return -1;
	}
	po->verdict = d.verdict;
	po->findings = d.findings.n;
	po->high = d.high;
	po->annot = policy_decision_json(&d);
	policy_decision_free(&d);
	/* An execution that will not run shows its (empty) list too. */
	if (json_array_size(code_redactions) > 0 || (s->cfg.redact && po->verdict != VERDICT_RUN))
		json_object_set(po->annot, "redactions", code_redactions);
	json_decref(code_redactions);
	if (json_object_size(po->annot) == 0) {
		json_decref(po->annot);
		po->annot = NULL;
	}
	return 0;
}

void policy_outcome_free(struct policy_outcome *po)
{
	json_decref(po->annot);
	free(po->stored_code);
	po->annot = NULL;
	po->stored_code = NULL;
}

bool policy_code_redacted(const char *policy_json)
{
	json_t *p = stored_json(policy_json);
	json_t *list = json_object_get(p, "redactions"), *r;
	bool yes = false;
	size_t i;

	json_array_foreach(list, i, r)
	{
		const char *stream = json_string_value(json_object_get(r, "stream"));
		if (stream && strcmp(stream, "code") == 0)
			yes = true;
	}
	json_decref(p);
	return yes;
}
