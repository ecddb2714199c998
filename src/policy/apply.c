#include "policy/apply.h"

#include <sodium.h>
#include <string.h>

#include "common/utf8.h"

void redactions_append(json_t *list, const struct redactor *r, const struct redact_counts *counts,
		       const char *stream)
{
	for (size_t i = 0; i < redactor_rule_count(r); i++)
		if (counts->n[i] > 0)
			json_array_append_new(list, json_pack("{s:s, s:s, s:i}", "rule",
							      redactor_rule_id(r, i), "stream",
							      stream, "count", (int)counts->n[i]));
}

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
	redactions_append(list, r, &counts, stream);
	return 0;
}

/* A collected file's content is output too: with a secret in it, the
 * content, size and sha256 become those of the redacted bytes (what the
 * result carries) and the file says `redacted`. Its stream is
 * "file:PATH". */
static int redact_files(const struct redactor *r, struct collected *files, json_t *list,
			err_t *err)
{
	for (size_t i = 0; i < files->n; i++) {
		struct collected_file *f = &files->v[i];
		struct redact_counts counts = {{0}};
		struct buf out = {0};
		size_t before = json_array_size(list);

		if (f->data == NULL)
			continue;
		if (redact(r, f->data, f->len, NULL, 0, &out, &counts, err) < 0) {
			buf_free(&out);
			return err_wrap(err, "cannot redact the collected file %s", f->path);
		}
		struct buf stream = {0};
		buf_append(&stream, "file:", 5);
		buf_append(&stream, f->path, strlen(f->path) + 1);
		redactions_append(list, r, &counts, stream.data);
		buf_free(&stream);
		if (json_array_size(list) == before) {
			buf_free(&out);
			continue;
		}
		free(f->data);
		f->data = out.data ? out.data : xstrdup("");
		f->len = out.len;
		f->size = out.len;
		crypto_hash_sha256(f->sha256, (const unsigned char *)f->data, f->len);
		f->hashed = true;
		f->redacted = true;
	}
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
			    err) < 0)) ||
	    (res->has_files && redact_files(r, &res->files, list, err) < 0)) {
		json_decref(list);
		return -1;
	}
	*redactions = list;
	return 0;
}

int redact_code(const struct redactor *r, const char *code, size_t len, char **out,
		size_t *out_len, json_t *list, err_t *err)
{
	struct redact_counts counts = {{0}};
	struct buf red = {0};
	size_t before = json_array_size(list);

	*out = NULL;
	if (redact(r, code, len, NULL, 0, &red, &counts, err) < 0) {
		buf_free(&red);
		return err_wrap(err, "cannot redact the code");
	}
	redactions_append(list, r, &counts, "code");
	if (json_array_size(list) > before)
		*out = utf8_sanitize(red.data ? red.data : "", red.len, out_len);
	buf_free(&red);
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
