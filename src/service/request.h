/* The body of POST /v1/executions, parsed and checked against the
 * configured maxima. Pure: bytes in, struct out; a fuzzer drives it. */
#ifndef AIRLOCK_REQUEST_H
#define AIRLOCK_REQUEST_H

#include <jansson.h>
#include <stdbool.h>

#include "engine/engine.h"
#include "server/config.h"

#define REQ_MAX_FILES 32

struct api_error {
	int http;      /* 400, 413, 422, ... */
	char code[32]; /* "bad_json", "limit_too_high", ... */
	char message[512];
};

struct exec_request {
	json_t *root; /* owns every string below */
	const struct lang_profile *lang;
	const char *code;
	size_t code_len;
	const char *stdin_data;
	size_t stdin_len;
	struct run_file files[REQ_MAX_FILES];
	size_t nfiles;
	struct limits limits;
	bool wait;
};

int api_error_set(struct api_error *e, int http, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

int exec_request_parse(const char *body, size_t len, const struct server_config *c,
		       struct exec_request *r, struct api_error *e);
void exec_request_free(struct exec_request *r);

#define DECISION_REASON_MAX 500 /* bytes */

/* The optional body of an approve or reject, {"reason": "..."}: *reason is
 * a new string, "" when the body is empty or has no reason. */
int decision_request_parse(const char *body, size_t len, char **reason, struct api_error *e);

#endif
