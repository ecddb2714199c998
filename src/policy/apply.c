#include "policy/apply.h"

#include <string.h>

#include "common/utf8.h"

static int redact_stream(const struct redactor *r, struct buf *b, const struct buf *beyond,
			 const char *stream, json_t *list, err_t *err)
{
	struct redact_counts counts = {{0}};
	struct buf out = {0};

	if (redact(r, b->data ? b->data : "", b->len, beyond->data, beyond->len, &out, &counts,
		   err) < 0) {
		buf_free(&out);
		return err_wrap(err, "cannot redact %s", stream);
	}
	buf_free(b);
	*b = out;
	for (size_t i = 0; i < redactor_rule_count(r); i++)
		if (counts.n[i] > 0)
			json_array_append_new(list, json_pack("{s:s, s:s, s:i}", "rule",
							      redactor_rule_id(r, i), "stream",
							      stream, "count", (int)counts.n[i]));
	return 0;
}

int redact_result(const struct redactor *r, struct run_result *res, json_t **redactions,
		  err_t *err)
{
	json_t *list = json_array();

	if (redact_stream(r, &res->run.out, &res->run.out_beyond, "stdout", list, err) < 0 ||
	    redact_stream(r, &res->run.err, &res->run.err_beyond, "stderr", list, err) < 0 ||
	    (res->has_compile &&
	     (redact_stream(r, &res->compile.out, &res->compile.out_beyond, "compile_stdout", list,
			    err) < 0 ||
	      redact_stream(r, &res->compile.err, &res->compile.err_beyond, "compile_stderr", list,
			    err) < 0))) {
		json_decref(list);
		return -1;
	}
	*redactions = list;
	return 0;
}

char *redact_text(const struct redactor *r, const char *text)
{
	struct buf out = {0};
	err_t err;
	size_t n;

	err_clear(&err);
	if (redact(r, text, strlen(text), NULL, 0, &out, NULL, &err) < 0) {
		buf_free(&out);
		return xstrdup("[REDACTED:unchecked]");
	}
	/* a replacement may have split a character: what is shown is UTF-8 */
	char *clean = utf8_sanitize(out.data ? out.data : "", out.len, &n);
	buf_free(&out);
	return clean;
}

void redact_findings(const struct redactor *r, struct findings *f)
{
	for (size_t i = 0; i < f->n; i++) {
		char *t = redact_text(r, f->v[i].text), *m = redact_text(r, f->v[i].message);
		free(f->v[i].text);
		free(f->v[i].message);
		f->v[i].text = t;
		f->v[i].message = m;
	}
}
