/*
 * The service's canonical execution request: {"language", "code",
 * "stdin"?, "files"?, "args"?, "env"?, "collect"?, "limits"?, "wait"?,
 * "meta"?, "repeat"?, "merge_stderr"?, "compile_args"?, "combined_output"?}
 * (docs/api.md), parsed and checked
 * against the configured maxima. /v1 takes it as its body; another front
 * end builds the same JSON from its own protocol and calls
 * exec_request_from_json. The stored request of a queued or pending
 * execution is this JSON too, so a restart or an approval parses it again.
 * Pure: bytes in, struct out; a fuzzer drives it.
 */
#ifndef AIRLOCK_REQUEST_H
#define AIRLOCK_REQUEST_H

#include <jansson.h>
#include <stdbool.h>

#include "engine/engine.h"
#include "service/config.h"
#include "service/error.h"

#define REQ_MAX_FILES 32
#define REQ_MAX_REPEAT 20

struct exec_stream;

struct exec_request {
	json_t *root; /* owns every string below */
	const struct lang_profile *lang;
	const char *code;
	size_t code_len;
	const char *stdin_data;
	size_t stdin_len;
	struct run_file files[REQ_MAX_FILES]; /* content decoded ("encoding": "base64") */
	size_t nfiles;
	bool file_base64[REQ_MAX_FILES]; /* as the request gave it */
	const char **args;
	size_t nargs;
	struct run_env *env;
	size_t nenv;
	const char **collect;
	size_t ncollect;
	char *decoded[REQ_MAX_FILES]; /* owned: the base64 files' contents */
	struct limits limits;
	bool wait;
	/* The caller's own data (an object, at most max_body_kb as compact
	 * JSON), kept with the execution and returned in it as "meta"; the
	 * service never reads it. NULL: none. */
	json_t *meta;
	int repeat; /* runs, 1..REQ_MAX_REPEAT; stops at the first not ok */
	bool merge_stderr;
	const char *compile_args[ENGINE_MAX_COMPILE_ARGS];
	size_t ncompile_args;
	/* "compile_limits": {"time_limit_s", "wall_time_limit_s",
	 * "memory_limit_mb"} of the compile step (compiled languages); each
	 * one not given is the language's. */
	struct limits compile_limits;
	bool has_compile_limits;
	/* "combined_output": the result gains "output", stdout and stderr
	 * as the program wrote them, in the order they arrived. */
	bool combined_output;
	/* "net": {"allow": [HOST[:PORT], ...]}: limits.net is NET_EGRESS and
	 * this the proxy's policy (owned; NULL without "net"). */
	struct egress_policy *egress;
	/* Not part of the JSON: an interactive run's live ends, set by the
	 * caller of service_submit (service.h); NULL for every other run. */
	const struct exec_stream *stream;
};

/* Shape errors (not JSON, wrong types, unknown fields) are SVC_BAD_REQUEST,
 * unacceptable values (unknown language, a limit above the maximum)
 * SVC_INVALID, code over max_code_bytes SVC_TOO_LARGE. Call
 * exec_request_free afterwards, whether it failed or not. */
int exec_request_parse(const char *body, size_t len, const struct server_config *c,
		       struct exec_request *r, struct svc_error *e);
/* The same from a JSON value, which r takes over (root is freed with r). */
int exec_request_from_json(json_t *root, const struct server_config *c, struct exec_request *r,
			   struct svc_error *e);
void exec_request_free(struct exec_request *r);

#define DECISION_REASON_MAX 500 /* bytes */

/* The optional body of an approve or reject, {"reason": "..."}: *reason is
 * a new string, "" when the body is empty or has no reason. */
int decision_request_parse(const char *body, size_t len, char **reason, struct svc_error *e);

/* An "env" object ({NAME: VALUE}, NULL: none) for a program of lang: the
 * names engine/inputs.c allows, string values without NUL, within the
 * count and size bounds. */
struct lang_profile;
int request_env_check(const json_t *o, const struct lang_profile *lang, struct svc_error *e);

/* "net": {"allow": [HOST[:PORT], ...]}: each within the configuration's
 * egress list (422 egress_not_allowed naming the first that is not); *out
 * (free it) gets the configuration's resolutions and the service's own
 * port refused. For executions and sandboxes alike. */
struct egress_policy;
int request_egress_parse(const json_t *o, const struct server_config *c,
			 struct egress_policy **out, struct svc_error *e);

#endif
