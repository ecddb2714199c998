/*
 * Judge0 CE 1.13.1 at /judge0: a translation of its API into service.h
 * calls, and of executions back into its submissions (docs/judge0.md).
 *
 * The pure half takes bytes and JSON and returns JSON, with no I/O, so a
 * fuzzer drives it: judge0_request.c (a submission into the service's
 * canonical request, or Rails-style 422 errors), judge0_zip.c
 * (additional_files into files), judge0_view.c (an execution into a
 * submission: the 14 statuses, the whitespace rule, fields, tokens),
 * judge0_base64.c. The glue half answers routes: judge0_auth.c (keys and
 * error answers), judge0_routes.c (submissions), judge0_info.c (languages,
 * statuses, about, config_info, ...), judge0_callback.c (callback_url, on
 * its own thread).
 *
 * What Judge0 keeps about a submission and airlock's result does not
 * (source_code, stdin, expected_output, the limits as given, ...) travels
 * in the execution's "meta" under "judge0". A token is the execution's id
 * written as a UUID v4: 96 random bits of the id in the UUID's 122 free
 * ones, so the mapping needs no table.
 */
#ifndef AIRLOCK_HTTP_JUDGE0_H
#define AIRLOCK_HTTP_JUDGE0_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "http/http.h"
#include "service/service.h"

#define J0_VERSION "1.13.1"
#define J0_TOKEN_LEN 37 /* 36 characters and NUL */
#define J0_MAX_BATCH 20
#define J0_MAX_RUNS 20
#define J0_MAX_ARG_CHARS 512
#define J0_MAX_EXTRACT_KB 10240
#define J0_MAX_ZIP_ENTRIES 256
#define J0_MAX_ZIP_RATIO 200 /* uncompressed / compressed, per entry */
#define J0_STATUS_COUNT 14
#define J0_CALLBACK_TRIES 3
#define J0_CALLBACK_TIMEOUT_S 5

/* ---- languages (judge0_request.c) ---- */

struct j0_lang {
	int id;
	const char *airlock; /* airlock's language name */
	const char *label;   /* "Python", "C (GCC", ...: the name before the version */
};
/* The language of a Judge0 id, or NULL. */
const struct j0_lang *j0_lang_by_id(long long id);
/* The id Judge0 clients use first for an airlock language (71 for python). */
int j0_lang_primary(const char *airlock);
size_t j0_lang_count(void);
const struct j0_lang *j0_lang_at(size_t i);
/* "Python (3.11.2)", "C (GCC 12.2.0)" into out. */
void j0_lang_name(const struct j0_lang *l, const char *version, char *out, size_t size);

/* ---- requests (judge0_request.c, judge0_zip.c, judge0_base64.c) ---- */

/* What a submission is checked against: the configured defaults and
 * maxima of the language it names (the same values /config_info shows). */
struct j0_limits {
	double cpu_time_limit, max_cpu_time_limit;
	double wall_time_limit, max_wall_time_limit;
	long long memory_limit, max_memory_limit; /* KB */
	long long max_processes, max_max_processes;
	long long max_file_size, max_max_file_size; /* KB */
	size_t max_code_bytes;
	/* enable_network: the hosts a run may then reach (the key's or the
	 * server's egress list, borrowed); NULL or empty: it is refused */
	const json_t *network;
};
typedef void (*j0_limits_fn)(void *ctx, const char *airlock_lang, struct j0_limits *out);

/* One submission object into the canonical request (*request, a new
 * object with "meta": {"judge0": ...}). On a value Judge0 refuses,
 * returns -1 with *errors a Rails-style object {"field": ["message", ...]}
 * (422). wait: the request waits for the end. */
int j0_request_from_submission(const json_t *sub, bool base64, bool wait, j0_limits_fn limits,
			       void *ctx, json_t **request, json_t **errors);
/* Judge0's command-line stripping: drops $ & ; < > | ` and splits at
 * blanks into a new array of strings. */
json_t *j0_split_args(const char *text);
/* Decodes base64 (newlines and blanks ignored, as Ruby's decode64 does
 * for them); NULL when it is not base64. *len is the length. */
char *j0_base64_decode(const char *text, size_t text_len, size_t *len);
/* Strict base64 (no newlines) of len bytes; a new string. */
char *j0_base64_encode(const char *data, size_t len);

/* The entries of a zip archive as the canonical request's files:
 * [{"name", "content" (base64), "encoding": "base64"}]. Refuses (-1, a
 * one-line reason in why) absolute names, "..", symbolic links, more than
 * J0_MAX_ZIP_ENTRIES entries, more than max_kb extracted, an entry whose
 * ratio is over J0_MAX_ZIP_RATIO, and anything libzip cannot read. */
int j0_zip_to_files(const void *zip, size_t len, size_t max_kb, json_t **files, char *why,
		    size_t why_size);

/* ---- submissions (judge0_view.c) ---- */

/* The execution id of a token, false when it is not one of ours. */
bool j0_token_to_id(const char *token, char *id, size_t size);
/* The token of an execution id, false when the id has another form. */
bool j0_id_to_token(const char *id, char token[J0_TOKEN_LEN]);

const char *j0_status_description(int id);
/* Judge0's output rule: each line's trailing blanks dropped, lines joined
 * by \n, trailing blanks dropped; a new string. */
char *j0_strip_output(const char *s, size_t len, size_t *out_len);

struct j0_lang_names {
	void *ctx;
	/* "Python (3.11.2)" for airlock's language; "" when unknown. */
	const char *(*name_of)(void *ctx, const char *airlock_lang);
};

/* An execution as a Judge0 submission with every one of its 35
 * attributes, text as it is. */
json_t *j0_submission_of(const json_t *execution, const struct j0_lang_names *names);

/* Which attributes to show: NULL or "" for the default eight, "*" for all,
 * else a comma list. -1 with *bad "invalid fields: [x, y]" on a name
 * Judge0 does not have. */
int j0_fields_parse(const char *fields, json_t **list, char *bad, size_t bad_size);
/* The submission cut to those fields; with base64, its texts (stdout,
 * stderr, compile_output, source_code, stdin, expected_output, message)
 * encoded. A new object. */
json_t *j0_view(const json_t *submission, const json_t *fields, bool base64);

/* ---- the routes' glue ---- */

/* judge0_auth.c: the key of a request (X-Auth-Token, X-RapidAPI-Key,
 * Authorization: Bearer, or the query's X-Auth-Token; else the anonymous
 * key); false with a 401 and an empty body. */
bool j0_authenticate(struct service *s, struct http_request *r, struct http_reply *rep);
/* A Rails-style error answer: {"error": message} with that status. */
void j0_error(struct http_reply *rep, int status, const char *message);
/* The languages' display names (a cached table). */
const struct j0_lang_names *j0_names(struct service *s);
/* The checks of j0_request_from_submission from the service's config. */
void j0_config_limits(void *ctx, const char *airlock_lang, struct j0_limits *out);

/* judge0_callback.c: starts the thread that PUTs results to callback_url
 * (the service's ended hook feeds it); stops it. */
int j0_callbacks_start(struct service *s, err_t *err);
void j0_callbacks_stop(void);
/* Whether a callback may go to this address (not loopback, private,
 * link-local, multicast or unspecified, unless allow_private). */
struct sockaddr;
bool j0_callback_address_allowed(const struct sockaddr *sa, bool allow_private);

void handle_j0_create(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_j0_show(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_j0_delete(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_j0_index(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_j0_batch_create(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_j0_batch_show(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_j0_languages(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_j0_languages_all(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_j0_language(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_j0_statuses(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_j0_about(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_j0_text(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_j0_config_info(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_j0_system_info(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_j0_statistics(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_j0_workers(struct service *s, struct http_request *r, struct http_reply *rep);
void handle_j0_auth(struct service *s, struct http_request *r, struct http_reply *rep);

#endif
