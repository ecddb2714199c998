/*
 * The policy before a run: which mode applies (the key's own, else the
 * server's), the analysis of the code, and whether the findings hold the
 * execution back (block or approve).
 *
 * What the policy adds to an execution is one JSON object, stored with the
 * row and merged into the execution whenever it is shown: `findings`,
 * `analysis` ("unavailable" for languages the analyzer does not know),
 * `redactions` of the code (redact_code), and later `rejection` or
 * `approval`. The worker never needs to know about it.
 *
 * With redaction on, nothing that may quote a secret is stored as is: the
 * text of every finding goes through the redactor, and with redact_code the
 * code stored for a queued or pending execution does too (the original then
 * lives in memory only: the job's request, or the held copy of a pending
 * execution).
 */
#include <string.h>

#include "common/utf8.h"
#include "lang/lang.h"
#include "policy/apply.h"
#include "server/server.h"

char *policy_redact_text(struct server *s, const char *text)
{
	if (!s->cfg.redact && !s->cfg.redact_code)
		return xstrdup(text);
	return redact_text(s->redactor, text);
}

/* The findings as the API shows them, each text redacted. */
static json_t *findings_json(struct server *s, struct findings *f)
{
	if (s->cfg.redact || s->cfg.redact_code)
		redact_findings(s->redactor, f);
	return findings_to_json(f);
}

static enum policy_mode key_mode(struct server *s, const struct key_row *k)
{
	enum policy_mode m;

	if (k->policy[0] == 0)
		return s->cfg.policy.mode;
	/* keys create checks the name; an unknown one here fails closed */
	return policy_mode_parse(k->policy, &m) == 0 ? m : POLICY_BLOCK;
}

/* Redacts the code to store (redact_code); the code's redactions go into
 * the execution's list with stream "code". */
static int redact_code(struct server *s, const struct exec_request *req, struct policy_verdict *v,
		       json_t *list, err_t *err)
{
	struct redact_counts counts = {{0}};
	struct buf out = {0};
	bool any = false;

	if (redact(s->redactor, req->code, req->code_len, NULL, 0, &out, &counts, err) < 0) {
		buf_free(&out);
		return err_wrap(err, "cannot redact the code");
	}
	for (size_t i = 0; i < redactor_rule_count(s->redactor); i++)
		if (counts.n[i] > 0) {
			any = true;
			json_array_append_new(list,
					      json_pack("{s:s, s:s, s:i}", "rule",
							redactor_rule_id(s->redactor, i), "stream",
							"code", "count", (int)counts.n[i]));
		}
	if (any)
		v->stored_code = utf8_sanitize(out.data, out.len, &v->stored_len);
	buf_free(&out);
	return 0;
}

static int analyze_code(struct server *s, const struct exec_request *req, struct policy_verdict *v,
			err_t *err)
{
	const struct policy_config *pc = &s->cfg.policy;
	const char *lang = analyzer_language(req->lang->name);
	struct findings f = {NULL, 0};

	if (lang == NULL) {
		json_object_set_new(v->annot, "findings", json_array());
		json_object_set_new(v->annot, "analysis", json_string("unavailable"));
		v->hold = v->mode >= POLICY_BLOCK && pc->unanalyzable_block;
		return 0;
	}
	if (analyze(s->analyzer, lang, req->code, req->code_len, &f, err) < 0)
		return err_wrap(err, "cannot analyze the %s program", req->lang->name);
	json_object_set_new(v->annot, "findings", findings_json(s, &f));
	v->findings = f.n;
	for (size_t i = 0; i < f.n; i++)
		v->high += f.v[i].severity == SEV_HIGH;
	v->hold = v->mode >= POLICY_BLOCK && findings_reach(&f, pc->fail_on);
	findings_free(&f);
	return 0;
}

int policy_evaluate(struct server *s, const struct key_row *k, const struct exec_request *req,
		    struct policy_verdict *v, err_t *err)
{
	json_t *code_redactions = json_array();

	memset(v, 0, sizeof(*v));
	v->mode = key_mode(s, k);
	v->annot = json_object();
	if (s->cfg.redact_code && redact_code(s, req, v, code_redactions, err) < 0)
		goto fail;
	if (v->mode != POLICY_OFF && analyze_code(s, req, v, err) < 0)
		goto fail;
	/* An execution that will not run shows its (empty) list too. */
	if (json_array_size(code_redactions) > 0 || (s->cfg.redact && v->hold))
		json_object_set(v->annot, "redactions", code_redactions);
	json_decref(code_redactions);
	if (json_object_size(v->annot) == 0) {
		json_decref(v->annot);
		v->annot = NULL;
	}
	return 0;
fail:
	json_decref(code_redactions);
	policy_verdict_free(v);
	return -1;
}

void policy_verdict_free(struct policy_verdict *v)
{
	json_decref(v->annot);
	free(v->stored_code);
	v->annot = NULL;
	v->stored_code = NULL;
}

bool policy_code_redacted(const char *policy_json)
{
	json_t *p = policy_json ? json_loads(policy_json, 0, NULL) : NULL;
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
