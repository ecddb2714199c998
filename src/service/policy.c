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
 * The program's files (`files`) are analysed with it (policy_decide): a
 * module it imports or a script it runs is the program too.
 *
 * With redaction on, nothing that may quote a secret is stored as is: the
 * text of every finding goes through the redactor, and with redact_code the
 * code and the files stored for a queued or pending execution do too (the
 * original then lives in memory only: the job's request, or the held copy
 * of a pending execution).
 */
#include <sodium.h>
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

/* A file's redacted content as the stored request holds it: in the
 * file's own encoding, so that an approval or a restart parses it again. */
static json_t *stored_content(const struct exec_request *req, size_t i, const char *text,
			      size_t len)
{
	json_t *v;

	if (req->file_base64[i]) {
		size_t cap = sodium_base64_encoded_len(len, sodium_base64_VARIANT_ORIGINAL);
		char *b64 = xmalloc(cap);
		sodium_bin2base64(b64, cap, (const unsigned char *)text, len,
				  sodium_base64_VARIANT_ORIGINAL);
		v = json_string(b64);
		free(b64);
	} else {
		v = json_stringn(text, len);
	}
	return v ? v : json_string("");
}

/* Every string inside v with its secrets replaced, in place; whether one
 * changed. */
static bool redact_strings(struct service *s, json_t *v)
{
	bool changed = false;
	const char *k;
	size_t i;
	json_t *x;

	if (json_is_string(v)) {
		char *t = redact_text(s->redactor, json_string_value(v));
		changed = strcmp(t, json_string_value(v)) != 0;
		if (changed)
			json_string_set(v, t);
		free(t);
	} else if (json_is_object(v)) {
		json_object_foreach(v, k, x) changed |= redact_strings(s, x);
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, x) changed |= redact_strings(s, x);
	}
	return changed;
}

json_t *policy_stored_meta(struct service *s, const json_t *meta)
{
	json_t *copy;

	if (meta == NULL)
		return NULL;
	copy = json_deep_copy(meta);
	if (s->cfg.redact_code)
		redact_strings(s, copy);
	return copy;
}

/* With redact_code: the request as it is stored, its code and each file's
 * content with their secrets replaced, in po->stored (NULL when nothing
 * was replaced); what was replaced is appended to list, stream "code"
 * (with "file": NAME for a file's). */
static int redact_request(struct service *s, const struct exec_request *req,
			  struct policy_outcome *po, json_t *list, err_t *err)
{
	json_t *copy = json_deep_copy(req->root);
	bool changed = false;
	char *text;
	size_t len;

	if (redact_code(s->redactor, req->code, req->code_len, &text, &len, list, err) < 0)
		goto fail;
	if (text) {
		json_t *v = json_stringn(text, len);
		/* never the original, whatever happens */
		json_object_set_new(copy, "code", v ? v : json_string(""));
		free(text);
		changed = true;
	}
	for (size_t i = 0; i < req->nfiles; i++) {
		const struct run_file *f = &req->files[i];
		size_t before = json_array_size(list);
		if (redact_code(s->redactor, f->data, f->len, &text, &len, list, err) < 0)
			goto fail;
		for (size_t k = before; k < json_array_size(list); k++)
			json_object_set_new(json_array_get(list, k), "file", json_string(f->name));
		if (text) {
			json_t *file = json_array_get(json_object_get(copy, "files"), i);
			json_object_set_new(file, "content", stored_content(req, i, text, len));
			free(text);
			changed = true;
		}
	}
	json_t *meta = json_object_get(copy, "meta");
	if (meta && redact_strings(s, meta))
		changed = true;
	if (changed)
		po->stored = copy;
	else
		json_decref(copy);
	return 0;
fail:
	json_decref(copy);
	return -1;
}

bool policy_mode_approve(struct service *s, const struct key_row *k)
{
	return key_mode(s, k) == POLICY_APPROVE;
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
	struct policy_file files[REQ_MAX_FILES];
	for (size_t i = 0; i < req->nfiles; i++)
		files[i] =
		    (struct policy_file){req->files[i].name, req->files[i].data, req->files[i].len};
	if (s->cfg.redact_code && redact_request(s, req, po, code_redactions, err) < 0) {
		json_decref(code_redactions);
		return -1;
	}
	if (policy_decide(s->analyzer, &ps, req->lang->name, req->code, req->code_len, files,
			  req->nfiles, r, &d, err) < 0) {
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
	json_decref(po->stored);
	po->annot = NULL;
	po->stored = NULL;
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

int service_check(struct service *s, const struct key_row *key, struct exec_request *req,
		  json_t **out, struct svc_error *e)
{
	static const char *const verdicts[] = {"run", "block", "approve"};
	enum policy_mode mode = key_mode(s, key);
	const struct policy_settings ps = {
	    /* mode off analyses nothing: the findings are shown all the same */
	    .mode = mode == POLICY_OFF ? POLICY_WARN : mode,
	    .fail_on = s->cfg.policy.fail_on,
	    .unanalyzable_block = s->cfg.policy.unanalyzable_block != 0,
	};
	const struct redactor *r = s->cfg.redact || s->cfg.redact_code ? s->redactor : NULL;
	struct policy_file files[REQ_MAX_FILES];
	struct policy_decision d;
	err_t err;
	int ret = 0;

	*out = NULL;
	for (size_t i = 0; i < req->nfiles; i++)
		files[i] =
		    (struct policy_file){req->files[i].name, req->files[i].data, req->files[i].len};
	err_clear(&err);
	if (policy_decide(s->analyzer, &ps, req->lang->name, req->code, req->code_len, files,
			  req->nfiles, r, &d, &err) < 0) {
		ret = svc_error_set(e, SVC_INTERNAL, "analysis_error", "%s", err.msg);
	} else {
		*out = json_pack("{s:s, s:s, s:s, s:s, s:s, s:o}", "language", req->lang->name,
				 "policy", policy_mode_name(mode), "fail_on",
				 severity_name(s->cfg.policy.fail_on), "verdict",
				 verdicts[mode == POLICY_OFF ? VERDICT_RUN : d.verdict], "analysis",
				 d.available ? "done" : "unavailable", "findings",
				 findings_to_json(&d.findings));
		policy_decision_free(&d);
	}
	exec_request_free(req);
	return ret;
}
