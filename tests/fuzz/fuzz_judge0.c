/* libFuzzer target: the Judge0 front end's parsers. The first byte picks
 * what the rest is: a submission (base64 or not) into the canonical
 * request and that request through the service's parser, a fields list, a
 * token, a zip archive, or an execution rendered as a submission. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "http/judge0.h"

static void limits(void *ctx, const char *lang, struct j0_limits *l)
{
	(void)ctx;
	(void)lang;
	*l = (struct j0_limits){5, 15, 10, 20, 131072, 524288, 64, 128, 1024, 4096, 65536};
}

static const char *name_of(void *ctx, const char *lang)
{
	(void)ctx;
	return lang ? "X (1.0)" : "";
}

static void submission(const char *text, size_t len, bool base64, const struct server_config *c)
{
	json_t *sub = json_loadb(text, len, 0, NULL), *req, *errors;

	if (sub == NULL)
		return;
	if (j0_request_from_submission(sub, base64, false, limits, NULL, &req, &errors) == 0) {
		struct exec_request r;
		struct svc_error e;
		(void)exec_request_from_json(req, c, &r, &e);
		exec_request_free(&r);
	} else {
		json_decref(errors);
	}
	json_decref(sub);
}

static void rendered(const char *text, size_t len)
{
	static const struct j0_lang_names names = {NULL, name_of};
	json_t *x = json_loadb(text, len, JSON_ALLOW_NUL, NULL), *fields;
	char bad[128];

	if (x == NULL)
		return;
	json_t *sub = j0_submission_of(x, &names);
	if (j0_fields_parse("*", &fields, bad, sizeof(bad)) == 0) {
		json_t *v = j0_view(sub, fields, true);
		free(json_dumps(v, 0));
		json_decref(v);
		json_decref(fields);
	}
	json_decref(sub);
	json_decref(x);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct server_config c;
	static int ready;
	char bad[256], id[64];
	json_t *out;

	if (!ready) {
		config_default(&c);
		ready = 1;
	}
	if (size == 0)
		return 0;
	const char *text = (const char *)data + 1;
	size_t len = size - 1;
	char *z = malloc(len + 1);
	memcpy(z, text, len);
	z[len] = 0;
	switch (data[0] % 6) {
	case 0:
	case 1:
		submission(text, len, data[0] % 6 == 1, &c);
		break;
	case 2:
		if (j0_fields_parse(z, &out, bad, sizeof(bad)) == 0)
			json_decref(out);
		break;
	case 3:
		(void)j0_token_to_id(z, id, sizeof(id));
		json_decref(j0_split_args(z));
		break;
	case 4:
		if (j0_zip_to_files(text, len, 64, &out, bad, sizeof(bad)) == 0)
			json_decref(out);
		break;
	default:
		rendered(text, len);
	}
	free(z);
	return 0;
}
