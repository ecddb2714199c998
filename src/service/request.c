/*
 * Parsing of an execution request. Shape errors (not JSON, wrong types,
 * unknown fields) are SVC_BAD_REQUEST; values that are well-formed but not
 * acceptable (unknown language, a limit above the configured maximum) are
 * SVC_INVALID; code larger than configured is SVC_TOO_LARGE. Limits start
 * from the language's configured defaults; those given replace them one by
 * one.
 */
#include <math.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "common/json_why.h"
#include "common/util.h"
#include "engine/inputs.h"
#include "lang/lang.h"
#include "service/request.h"

void exec_request_free(struct exec_request *r)
{
	json_decref(r->root);
	r->root = NULL;
	for (size_t i = 0; i < REQ_MAX_FILES; i++) {
		free(r->decoded[i]);
		r->decoded[i] = NULL;
	}
	free(r->args);
	free(r->env);
	free(r->collect);
	free(r->egress);
	r->egress = NULL;
	r->args = r->collect = NULL;
	r->env = NULL;
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

/* Limit i of limit_keys (a number) from v into l; what names it in errors
 * ("limit", "compile limit"). */
static int number_limit(size_t i, const char *what, json_t *v, struct limits *l,
			struct svc_error *e)
{
	const char *k = limit_keys[i].name;
	char *f = (char *)l + limit_keys[i].off;

	if (!json_is_number(v))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request", "%s '%s' must be a number",
				     what, k);
	double d = json_number_value(v);
	if (!(d > 0))
		return svc_error_set(e, SVC_INVALID, "invalid_value", "%s '%s' must be > 0", what,
				     k);
	if (limit_keys[i].type == LK_DOUBLE) {
		*(double *)f = d;
		return 0;
	}
	if (d > 1e12 || d != (double)(long long)d) /* in range before it is converted */
		return svc_error_set(e, SVC_INVALID, "invalid_value",
				     "%s '%s' must be a whole number", what, k);
	*(uint64_t *)f = (uint64_t)d;
	return 0;
}

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
		if (number_limit(i, "limit", v, l, e) < 0)
			return -1;
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

/* "compile_limits": the compile step's CPU and wall time and memory, each
 * > 0 and at most the larger of the language's compile limit and the
 * maximum of the run's (a compile may take what a run may, and always
 * what it takes by default). */
/* Limit i of limit_keys (a number) in l. */
static double limit_value(const struct limits *l, size_t i)
{
	const char *f = (const char *)l + limit_keys[i].off;
	return limit_keys[i].type == LK_DOUBLE ? *(const double *)f : (double)*(const uint64_t *)f;
}

static int parse_compile_limits(json_t *o, const struct lang_limits *ll, struct exec_request *r,
				struct svc_error *e)
{
	/* limit_keys' first three: time_limit_s, wall_time_limit_s, memory_limit_mb */
	enum { NCOMPILE = 3 };
	struct limits *l = &r->compile_limits;
	const struct limits *def = &r->lang->compile_limits;
	const char *k;
	json_t *v;

	if (o == NULL || json_is_null(o))
		return 0;
	if (!json_is_object(o))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'compile_limits' must be an object");
	if (!lang_has_compile(r->lang))
		return svc_error_set(e, SVC_INVALID, "invalid_value",
				     "'compile_limits': %s has no compile step", r->lang->name);
	*l = *def;
	json_object_foreach(o, k, v)
	{
		size_t i = 0;
		while (i < NCOMPILE && strcmp(limit_keys[i].name, k) != 0)
			i++;
		if (i == NCOMPILE)
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "unknown compile limit '%s' (time_limit_s, "
					     "wall_time_limit_s, memory_limit_mb)",
					     k);
		if (number_limit(i, "compile limit", v, l, e) < 0)
			return -1;
		double d = limit_value(l, i),
		       max = fmax(limit_value(def, i), limit_value(&ll->max, i));
		if (d > max)
			return svc_error_set(e, SVC_INVALID, "limit_too_high",
					     "compile limit %s %g is above the maximum %g", k, d,
					     max);
	}
	r->has_compile_limits = true;
	return 0;
}

/* A string without a NUL byte inside (JSON's \u0000), or NULL. */
static const char *plain_string(json_t *v)
{
	const char *s = json_string_value(v);
	return s && strlen(s) == json_string_length(v) ? s : NULL;
}

/* "base64" content is decoded (standard alphabet, padding optional, line
 * breaks and spaces ignored, as `base64` and Judge0 write it). */
static int decode_base64(json_t *c, size_t i, struct exec_request *r, struct svc_error *e)
{
	size_t in = json_string_length(c), out = 0;
	char *bin = xmalloc(in / 4 * 3 + 3);

	if (sodium_base642bin((unsigned char *)bin, in / 4 * 3 + 3, json_string_value(c), in,
			      " \t\r\n", &out, NULL,
			      sodium_base64_VARIANT_ORIGINAL_NO_PADDING) < 0 &&
	    sodium_base642bin((unsigned char *)bin, in / 4 * 3 + 3, json_string_value(c), in,
			      " \t\r\n", &out, NULL, sodium_base64_VARIANT_ORIGINAL) < 0) {
		free(bin);
		return svc_error_set(e, SVC_INVALID, "invalid_value",
				     "files[%zu].content: not valid base64", i);
	}
	r->decoded[i] = bin;
	r->files[i].data = bin;
	r->files[i].len = out;
	return 0;
}

static int parse_file(json_t *f, size_t i, struct exec_request *r, struct svc_error *e)
{
	json_t *n = json_object_get(f, "name"), *c = json_object_get(f, "content");
	json_t *enc = json_object_get(f, "encoding");
	const char *k, *name, *why;
	json_t *v;

	if (!json_is_object(f) || !json_is_string(n) || !json_is_string(c) ||
	    (enc && !json_is_string(enc) && !json_is_null(enc)))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "files[%zu] must be {\"name\": string, \"content\": string, "
				     "\"encoding\"?: \"utf8\" | \"base64\"}",
				     i);
	json_object_foreach(f, k, v)
	{
		if (strcmp(k, "name") && strcmp(k, "content") && strcmp(k, "encoding"))
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "files[%zu]: unknown field '%.64s'", i, k);
	}
	name = json_string_value(n);
	why = workpath_problem(name, json_string_length(n));
	if (why == NULL)
		why = workpath_reserved(r->lang, name);
	if (why)
		return svc_error_set(e, SVC_INVALID, "invalid_value",
				     "files[%zu].name: '%.100s': %s", i, name, why);
	r->files[i] = (struct run_file){name, json_string_value(c), json_string_length(c)};
	const char *encoding = json_string_value(enc);
	if (encoding == NULL || strcmp(encoding, "utf8") == 0)
		return 0;
	if (strcmp(encoding, "base64") == 0) {
		r->file_base64[i] = true;
		return decode_base64(c, i, r, e);
	}
	return svc_error_set(e, SVC_INVALID, "invalid_value",
			     "files[%zu].encoding: must be \"utf8\" or \"base64\"", i);
}

static int parse_files(json_t *a, struct exec_request *r, struct svc_error *e)
{
	struct file_problem p;
	size_t i;
	json_t *f;

	if (a == NULL)
		return 0;
	if (!json_is_array(a))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request", "'files' must be an array");
	if (json_array_size(a) > REQ_MAX_FILES)
		return svc_error_set(e, SVC_INVALID, "invalid_value", "files: at most %d files",
				     REQ_MAX_FILES);
	json_array_foreach(a, i, f)
	{
		if (parse_file(f, i, r, e) < 0)
			return -1;
		r->nfiles = i + 1;
	}
	if (run_files_problem(r->lang, r->files, r->nfiles, &p) == 0)
		return 0;
	return svc_error_set(e, SVC_INVALID, "invalid_value",
			     "files[%zu].name: '%.100s' and files[%zu].name '%.100s': %s", p.index,
			     r->files[p.index].name, p.other, r->files[p.other].name, p.why);
}

/* "args": [string...], the program's argv[1...]. */
static int parse_args(json_t *a, struct exec_request *r, struct svc_error *e)
{
	size_t i, bytes = 0;
	json_t *v;

	if (a == NULL)
		return 0;
	if (!json_is_array(a))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'args' must be an array of strings");
	if (json_array_size(a) > RUN_MAX_ARGS)
		return svc_error_set(e, SVC_INVALID, "invalid_value", "args: at most %d arguments",
				     RUN_MAX_ARGS);
	r->args = xcalloc(json_array_size(a) + 1, sizeof(*r->args));
	json_array_foreach(a, i, v)
	{
		if (!json_is_string(v))
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "args[%zu] must be a string", i);
		if ((r->args[i] = plain_string(v)) == NULL)
			return svc_error_set(e, SVC_INVALID, "invalid_value",
					     "args[%zu]: a NUL byte in an argument", i);
		bytes += json_string_length(v) + 1;
	}
	r->nargs = json_array_size(a);
	if (bytes > RUN_MAX_ARGS_BYTES)
		return svc_error_set(e, SVC_INVALID, "invalid_value",
				     "args: %zu bytes together; at most %u", bytes,
				     RUN_MAX_ARGS_BYTES);
	return 0;
}

int request_env_check(const json_t *o, const struct lang_profile *lang, struct svc_error *e)
{
	size_t bytes = 0;
	const char *k;
	json_t *v;

	if (o == NULL)
		return 0;
	if (!json_is_object(o))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'env' must be an object of strings");
	if (json_object_size(o) > RUN_MAX_ENV)
		return svc_error_set(e, SVC_INVALID, "invalid_value", "env: at most %d variables",
				     RUN_MAX_ENV);
	json_object_foreach((json_t *)o, k, v)
	{
		const char *why = env_name_problem(k, strlen(k), lang);
		if (why)
			return svc_error_set(e, SVC_INVALID, "invalid_value", "env.%.128s: %s", k,
					     why);
		if (!json_is_string(v))
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "env.%.128s must be a string", k);
		if (plain_string(v) == NULL)
			return svc_error_set(e, SVC_INVALID, "invalid_value",
					     "env.%.128s: a NUL byte in the value", k);
		bytes += strlen(k) + json_string_length(v) + 2;
	}
	if (bytes > RUN_MAX_ENV_BYTES)
		return svc_error_set(e, SVC_INVALID, "invalid_value",
				     "env: %zu bytes together; at most %u", bytes,
				     RUN_MAX_ENV_BYTES);
	return 0;
}

/* "env": {NAME: VALUE}, added to airlock's own. */
static int parse_env(json_t *o, struct exec_request *r, struct svc_error *e)
{
	const char *k;
	json_t *v;

	if (request_env_check(o, r->lang, e) < 0)
		return -1;
	if (o == NULL)
		return 0;
	r->env = xcalloc(json_object_size(o) + 1, sizeof(*r->env));
	json_object_foreach(o, k, v) r->env[r->nenv++] = (struct run_env){k, json_string_value(v)};
	return 0;
}

/* "collect": [glob...], the work directory's files returned in `files`. */
static int parse_collect(json_t *a, struct exec_request *r, struct svc_error *e)
{
	size_t i;
	json_t *v;

	if (a == NULL)
		return 0;
	if (!json_is_array(a))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'collect' must be an array of globs");
	if (json_array_size(a) > RUN_MAX_COLLECT)
		return svc_error_set(e, SVC_INVALID, "invalid_value", "collect: at most %d globs",
				     RUN_MAX_COLLECT);
	r->collect = xcalloc(json_array_size(a) + 1, sizeof(*r->collect));
	json_array_foreach(a, i, v)
	{
		if (!json_is_string(v))
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "collect[%zu] must be a string", i);
		const char *why = glob_problem(json_string_value(v), json_string_length(v));
		if (why)
			return svc_error_set(e, SVC_INVALID, "invalid_value", "collect[%zu]: %s", i,
					     why);
		r->collect[r->ncollect++] = json_string_value(v);
	}
	return 0;
}

/* The program and its files must fit the scratch space they are written
 * to before the run; what does not is the request's mistake, not a failed
 * run. */
static int check_disk(const struct exec_request *r, struct svc_error *e)
{
	struct run_request rr = {.code_len = r->code_len, .files = r->files, .nfiles = r->nfiles};
	uint64_t need = run_inputs_disk_need(&rr), have = r->limits.disk_limit_mb << 20;

	if (need <= have)
		return 0;
	return svc_error_set(e, SVC_INVALID, "invalid_value",
			     "files: the code and files take %llu KB; disk_limit_mb is %llu",
			     (unsigned long long)(need >> 10),
			     (unsigned long long)r->limits.disk_limit_mb);
}

static const char *const known_fields[] = {
    "language",	       "code", "stdin", "limits", "files",	  "args",	  "env",
    "collect",	       "wait", "meta",	"repeat", "merge_stderr", "compile_args", "compile_limits",
    "combined_output", "net"};

/* "meta": any object the caller wants back, no larger than a request. */
static int parse_meta(json_t *v, const struct server_config *c, struct exec_request *r,
		      struct svc_error *e)
{
	if (v == NULL || json_is_null(v))
		return 0;
	if (!json_is_object(v))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request", "'meta' must be an object");
	size_t n = json_dumpb(v, NULL, 0, JSON_COMPACT);
	if (n > c->max_body_bytes)
		return svc_error_set(e, SVC_TOO_LARGE, "meta_too_large",
				     "'meta' is %zu bytes as JSON; the maximum is %zu", n,
				     c->max_body_bytes);
	r->meta = v;
	return 0;
}

/* "repeat", "merge_stderr", "compile_args": how the program is run. */
static int parse_run_options(json_t *root, struct exec_request *r, struct svc_error *e)
{
	json_t *rep = json_object_get(root, "repeat"),
	       *merge = json_object_get(root, "merge_stderr"),
	       *ca = json_object_get(root, "compile_args"), *a;
	size_t i;

	r->repeat = 1;
	if (rep) {
		if (!json_is_integer(rep))
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "'repeat' must be a whole number");
		if (json_integer_value(rep) < 1 || json_integer_value(rep) > REQ_MAX_REPEAT)
			return svc_error_set(e, SVC_INVALID, "invalid_value",
					     "'repeat' must be from 1 to %d", REQ_MAX_REPEAT);
		r->repeat = (int)json_integer_value(rep);
	}
	if (merge && !json_is_boolean(merge))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'merge_stderr' must be true or false");
	r->merge_stderr = json_is_true(merge);
	if (ca == NULL)
		return 0;
	if (!json_is_array(ca))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'compile_args' must be an array of strings");
	if (json_array_size(ca) && !lang_has_compile(r->lang))
		return svc_error_set(e, SVC_INVALID, "invalid_value",
				     "'compile_args' is only for compiled languages; %s is not",
				     r->lang->name);
	if (json_array_size(ca) > ENGINE_MAX_COMPILE_ARGS)
		return svc_error_set(e, SVC_INVALID, "invalid_value", "at most %d compile_args",
				     ENGINE_MAX_COMPILE_ARGS);
	json_array_foreach(ca, i, a)
	{
		if (!json_is_string(a))
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "compile_args[%zu] must be a string", i);
		const char *s = json_string_value(a);
		if (*s == 0 || json_string_length(a) != strlen(s) ||
		    json_string_length(a) > ENGINE_MAX_COMPILE_ARG)
			return svc_error_set(e, SVC_INVALID, "invalid_value",
					     "compile_args[%zu] must be 1 to %d bytes without NUL",
					     i, ENGINE_MAX_COMPILE_ARG);
		r->compile_args[i] = s;
	}
	r->ncompile_args = json_array_size(ca);
	return 0;
}

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
				     "the body is not valid JSON: %s (line %d)", json_why(&je),
				     je.line);
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
				     "the body is not valid JSON: %s (line %d)", json_why(&je),
				     je.line);
	}
	return exec_request_from_json(root, c, r, e);
}

int request_egress_parse(const json_t *o, const struct server_config *c,
			 struct egress_policy **out, struct svc_error *e)
{
	json_t *allow, *v;
	const char *k;
	size_t i;
	err_t err;

	*out = NULL;
	if (!json_is_object(o))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request", "'net' must be an object");
	json_object_foreach((json_t *)o, k, v) if (strcmp(k, "allow") != 0) return svc_error_set(
	    e, SVC_BAD_REQUEST, "bad_request", "unknown field 'net.%s' (known: allow)", k);
	allow = json_object_get(o, "allow");
	if (!json_is_array(allow))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'net.allow' must be a list of HOST[:PORT]");
	if (c->egress.nrules == 0)
		return svc_error_set(e, SVC_INVALID, "egress_not_allowed",
				     "this server allows no egress (its configuration's 'egress' "
				     "list is empty)");
	struct egress_policy *p = xmalloc(sizeof(*p));
	egress_policy_init(p);
	memcpy(p->resolve, c->egress.resolve, sizeof(c->egress.resolve));
	p->nresolve = c->egress.nresolve;
	json_array_foreach(allow, i, v)
	{
		const char *spec = plain_string(v);
		int ret = 0;
		if (spec == NULL)
			ret = svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					    "'net.allow' must be a list of HOST[:PORT]");
		else if (egress_add_rule(p, spec, &err) < 0)
			ret = svc_error_set(e, SVC_INVALID, "invalid_value", "net.allow: %s",
					    err.msg);
		else if (!egress_rule_within(&p->rules[p->nrules - 1], &c->egress))
			ret = svc_error_set(e, SVC_INVALID, "egress_not_allowed",
					    "host '%.200s' is not in the server's egress allow-list",
					    spec);
		if (ret < 0) {
			free(p);
			return -1;
		}
	}
	p->own_ports[p->nown_ports++] = (uint16_t)c->port;
	*out = p;
	return 0;
}

/* "net": {"allow": [...]}: the run gets --net egress with that list. */
static int parse_net(json_t *o, const struct server_config *c, struct exec_request *r,
		     struct svc_error *e)
{
	if (o == NULL)
		return 0;
	if (request_egress_parse(o, c, &r->egress, e) < 0)
		return -1;
	r->limits.net = NET_EGRESS;
	return 0;
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
	if (parse_files(json_object_get(r->root, "files"), r, e) < 0 ||
	    parse_args(json_object_get(r->root, "args"), r, e) < 0 ||
	    parse_env(json_object_get(r->root, "env"), r, e) < 0 ||
	    parse_collect(json_object_get(r->root, "collect"), r, e) < 0 ||
	    parse_meta(json_object_get(r->root, "meta"), c, r, e) < 0 ||
	    parse_run_options(r->root, r, e) < 0)
		return -1;
	if (parse_limits(json_object_get(r->root, "limits"), config_limits_for(c, r->lang->name),
			 &r->limits, e) < 0 ||
	    parse_compile_limits(json_object_get(r->root, "compile_limits"),
				 config_limits_for(c, r->lang->name), r, e) < 0 ||
	    parse_net(json_object_get(r->root, "net"), c, r, e) < 0)
		return -1;
	return check_disk(r, e);
}
