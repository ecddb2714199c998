/*
 * Parsing of an execution request. Shape errors (not JSON, wrong types,
 * unknown fields) are SVC_BAD_REQUEST; values that are well-formed but not
 * acceptable (unknown language, a limit above the configured maximum) are
 * SVC_INVALID; code larger than configured is SVC_TOO_LARGE. Limits start
 * from the language's configured defaults; those given replace them one by
 * one.
 */
#include <stdio.h>
#include <string.h>

#include "common/util.h"
#include "lang/lang.h"
#include "service/request.h"

void exec_request_free(struct exec_request *r)
{
	json_decref(r->root);
	r->root = NULL;
}

enum lk { LK_DOUBLE, LK_U64, LK_NET };
static const struct {
	const char *name;
	enum lk type;
	size_t off;
} limit_keys[] = {
    {"time_limit_s", LK_DOUBLE, offsetof(struct limits, time_limit_s)},
    {"wall_time_limit_s", LK_DOUBLE, offsetof(struct limits, wall_time_limit_s)},
    {"memory_limit_mb", LK_U64, offsetof(struct limits, memory_limit_mb)},
    {"max_processes", LK_U64, offsetof(struct limits, max_processes)},
    {"max_output_kb", LK_U64, offsetof(struct limits, max_output_kb)},
    {"disk_limit_mb", LK_U64, offsetof(struct limits, disk_limit_mb)},
    {"net", LK_NET, offsetof(struct limits, net)},
};

static int parse_limits(json_t *o, const struct lang_limits *ll, struct limits *l,
			struct svc_error *e)
{
	const char *k;
	json_t *v;

	*l = ll->defaults;
	if (o == NULL)
		goto check;
	if (!json_is_object(o))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'limits' must be an object");
	json_object_foreach(o, k, v)
	{
		size_t i;
		for (i = 0; i < ARRAY_SIZE(limit_keys); i++)
			if (strcmp(limit_keys[i].name, k) == 0)
				break;
		if (i == ARRAY_SIZE(limit_keys))
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "unknown limit '%s'", k);
		char *f = (char *)l + limit_keys[i].off;
		if (limit_keys[i].type == LK_NET) {
			const char *s = json_string_value(v);
			if (s == NULL || (strcmp(s, "none") && strcmp(s, "loopback")))
				return svc_error_set(
				    e, SVC_INVALID, "invalid_value",
				    "limit 'net' must be \"none\" or \"loopback\"");
			*(enum net_mode *)f = strcmp(s, "loopback") == 0 ? NET_LOOPBACK : NET_NONE;
			continue;
		}
		if (!json_is_number(v))
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "limit '%s' must be a number", k);
		double d = json_number_value(v);
		if (!(d > 0))
			return svc_error_set(e, SVC_INVALID, "invalid_value",
					     "limit '%s' must be > 0", k);
		if (limit_keys[i].type == LK_DOUBLE) {
			*(double *)f = d;
		} else {
			if (d != (double)(long long)d || d > 1e12)
				return svc_error_set(e, SVC_INVALID, "invalid_value",
						     "limit '%s' must be a whole number", k);
			*(uint64_t *)f = (uint64_t)d;
		}
	}
check:
	limits_finish(l);
	for (size_t i = 0; i < ARRAY_SIZE(limit_keys); i++) {
		const char *a = (const char *)l + limit_keys[i].off;
		const char *m = (const char *)&ll->max + limit_keys[i].off;
		const char *n = limit_keys[i].name;
		if (limit_keys[i].type == LK_DOUBLE && *(const double *)a > *(const double *)m)
			return svc_error_set(e, SVC_INVALID, "limit_too_high",
					     "%s %g is above the maximum %g", n, *(const double *)a,
					     *(const double *)m);
		if (limit_keys[i].type == LK_U64 && *(const uint64_t *)a > *(const uint64_t *)m)
			return svc_error_set(e, SVC_INVALID, "limit_too_high",
					     "%s %llu is above the maximum %llu", n,
					     (unsigned long long)*(const uint64_t *)a,
					     (unsigned long long)*(const uint64_t *)m);
		if (limit_keys[i].type == LK_NET &&
		    *(const enum net_mode *)a > *(const enum net_mode *)m)
			return svc_error_set(e, SVC_INVALID, "limit_too_high",
					     "net loopback is above the maximum none");
	}
	err_t err;
	err_clear(&err);
	if (limits_validate(l, &err) < 0)
		return svc_error_set(e, SVC_INVALID, "invalid_value", "%s", err.msg);
	return 0;
}

/* Whether the language's own steps make a file of this name in the work
 * directory (the compiled program "./main"). */
static bool produced_by(const struct lang_profile *l, const char *name)
{
	const char *run = l->run_argv[0];
	return lang_has_compile(l) && strncmp(run, "./", 2) == 0 && strcmp(run + 2, name) == 0;
}

static int parse_files(json_t *a, struct exec_request *r, struct svc_error *e)
{
	size_t i;
	json_t *f;

	if (a == NULL)
		return 0;
	if (!json_is_array(a))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request", "'files' must be an array");
	if (json_array_size(a) > REQ_MAX_FILES)
		return svc_error_set(e, SVC_INVALID, "invalid_value", "at most %d files",
				     REQ_MAX_FILES);
	json_array_foreach(a, i, f)
	{
		json_t *n = json_object_get(f, "name"), *c = json_object_get(f, "content");
		if (!json_is_object(f) || !json_is_string(n) || !json_is_string(c))
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "files[%zu] must be {\"name\": string, \"content\": "
					     "string}",
					     i);
		const char *name = json_string_value(n);
		if (!*name || strchr(name, '/') || !strcmp(name, ".") || !strcmp(name, "..") ||
		    strlen(name) > 255)
			return svc_error_set(e, SVC_INVALID, "invalid_value",
					     "files[%zu].name must be a plain file name", i);
		if (!strcmp(name, r->lang->source_name) || produced_by(r->lang, name))
			return svc_error_set(e, SVC_INVALID, "invalid_value",
					     "files[%zu].name '%s' is a name the %s program itself "
					     "uses; choose another",
					     i, name, r->lang->name);
		for (size_t k = 0; k < i; k++)
			if (strcmp(r->files[k].name, name) == 0)
				return svc_error_set(e, SVC_INVALID, "invalid_value",
						     "files[%zu].name '%s' repeats files[%zu].name",
						     i, name, k);
		r->files[i] = (struct run_file){name, json_string_value(c), json_string_length(c)};
	}
	r->nfiles = json_array_size(a);
	return 0;
}

/* tmpfs gives every file whole pages. */
static uint64_t pages(size_t len)
{
	return ((uint64_t)len + 4095) / 4096 * 4096;
}

/* The program and its files must fit the scratch space they are written
 * to before the run; what does not is the request's mistake, not a failed
 * run. */
static int check_disk(const struct exec_request *r, struct svc_error *e)
{
	uint64_t need = pages(r->code_len), have = r->limits.disk_limit_mb << 20;

	for (size_t i = 0; i < r->nfiles; i++)
		need += pages(r->files[i].len);
	if (need <= have)
		return 0;
	return svc_error_set(e, SVC_INVALID, "invalid_value",
			     "the code and files take %llu KB; disk_limit_mb is %llu",
			     (unsigned long long)(need >> 10),
			     (unsigned long long)r->limits.disk_limit_mb);
}

static const char *const known_fields[] = {"language", "code", "stdin",		 "limits",
					   "files",    "wait", "combined_output"};

int decision_request_parse(const char *body, size_t len, char **reason, struct svc_error *e)
{
	json_error_t je;
	json_t *root, *v;
	const char *k;
	int ret = 0;

	*reason = NULL;
	if (len == 0) {
		*reason = xstrdup("");
		return 0;
	}
	root = json_loadb(body, len, JSON_REJECT_DUPLICATES, &je);
	if (root == NULL)
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_json",
				     "the body is not valid JSON: %s (line %d)", je.text, je.line);
	if (!json_is_object(root)) {
		json_decref(root);
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "the body must be a JSON object");
	}
	json_object_foreach(root, k, v)
	{
		if (strcmp(k, "reason") != 0) {
			ret = svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					    "unknown field '%.64s' (only reason)", k);
			break;
		}
	}
	v = json_object_get(root, "reason");
	if (ret == 0 && v && !json_is_string(v) && !json_is_null(v))
		ret = svc_error_set(e, SVC_BAD_REQUEST, "bad_request", "'reason' must be a string");
	else if (ret == 0 && json_is_string(v) && json_string_length(v) > DECISION_REASON_MAX)
		ret = svc_error_set(e, SVC_INVALID, "invalid_value",
				    "the reason is %zu bytes; at most %d", json_string_length(v),
				    DECISION_REASON_MAX);
	if (ret == 0)
		*reason = xstrdup(json_is_string(v) ? json_string_value(v) : "");
	json_decref(root);
	return ret;
}

int exec_request_parse(const char *body, size_t len, const struct server_config *c,
		       struct exec_request *r, struct svc_error *e)
{
	json_error_t je;
	json_t *root = json_loadb(body, len, JSON_REJECT_DUPLICATES, &je);

	if (root == NULL) {
		memset(r, 0, sizeof(*r));
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_json",
				     "the body is not valid JSON: %s (line %d)", je.text, je.line);
	}
	return exec_request_from_json(root, c, r, e);
}

int exec_request_from_json(json_t *root, const struct server_config *c, struct exec_request *r,
			   struct svc_error *e)
{
	json_t *v, *lang, *code, *in, *wait;
	const char *k;

	memset(r, 0, sizeof(*r));
	r->wait = true;
	r->root = root;
	if (!json_is_object(r->root))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "the body must be a JSON object");
	json_object_foreach(r->root, k, v)
	{
		size_t i;
		for (i = 0; i < ARRAY_SIZE(known_fields); i++)
			if (strcmp(k, known_fields[i]) == 0)
				break;
		if (i == ARRAY_SIZE(known_fields))
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "unknown field '%s'", k);
	}
	lang = json_object_get(r->root, "language");
	code = json_object_get(r->root, "code");
	in = json_object_get(r->root, "stdin");
	wait = json_object_get(r->root, "wait");
	if (!json_is_string(lang))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'language' (string) is required");
	if (!json_is_string(code))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'code' (string) is required");
	if (in && !json_is_string(in) && !json_is_null(in))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request", "'stdin' must be a string");
	if (wait && !json_is_boolean(wait))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'wait' must be true or false");
	r->wait = wait ? json_is_true(wait) : true;
	v = json_object_get(r->root, "combined_output");
	if (v && !json_is_boolean(v))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'combined_output' must be true or false");
	r->combined_output = json_is_true(v);
	r->lang = lang_find(json_string_value(lang));
	if (r->lang == NULL)
		return svc_error_set(e, SVC_INVALID, "unknown_language",
				     "unknown language '%s'; known: %s", json_string_value(lang),
				     lang_names());
	r->code = json_string_value(code);
	r->code_len = json_string_length(code);
	if (r->code_len > c->max_code_bytes)
		return svc_error_set(e, SVC_TOO_LARGE, "code_too_large",
				     "the code is %zu bytes; the maximum is %zu", r->code_len,
				     c->max_code_bytes);
	if (json_is_string(in)) {
		r->stdin_data = json_string_value(in);
		r->stdin_len = json_string_length(in);
	}
	if (parse_files(json_object_get(r->root, "files"), r, e) < 0)
		return -1;
	if (parse_limits(json_object_get(r->root, "limits"), config_limits_for(c, r->lang->name),
			 &r->limits, e) < 0)
		return -1;
	return check_disk(r, e);
}
