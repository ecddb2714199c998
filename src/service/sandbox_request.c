/*
 * The requests of sandboxes that live, parsed and checked against the
 * configuration: create ({"timeout_s", "idle_timeout_s", "on_timeout",
 * "auto_resume", "limits", "env", "net", "metadata"}), exec ({"command",
 * "stdin", "env", "cwd", "limits"}) and timeout ({"timeout_s"}). Pure: JSON in, structs out.
 *
 * Limits take the short names of docs/sandboxes.md ("memory_mb", "time",
 * "output_kb", ...) and the long ones of the result object
 * ("memory_limit_mb", "time_limit_s", ...) alike. A sandbox's limits start
 * from the configuration's defaults for bash and may not go above its
 * maxima for bash: a command in a sandbox is a bash program.
 */
#include <string.h>

#include "engine/inputs.h"
#include "lang/lang.h"
#include "image/image.h"
#include "service/internal.h"
#include "service/request.h"

enum field_type { F_DOUBLE, F_U64 };

struct limit_name {
	const char *name;
	enum field_type type;
	size_t off; /* in struct limits; SIZE_MAX: cpu_total_s */
};

#define LO(f) offsetof(struct limits, f)
#define CPU_TOTAL ((size_t)-1)

static const struct limit_name create_limits[] = {
    {"memory_mb", F_U64, LO(memory_limit_mb)},
    {"memory_limit_mb", F_U64, LO(memory_limit_mb)},
    {"processes", F_U64, LO(max_processes)},
    {"max_processes", F_U64, LO(max_processes)},
    {"disk_mb", F_U64, LO(disk_limit_mb)},
    {"disk_limit_mb", F_U64, LO(disk_limit_mb)},
    {"time", F_DOUBLE, LO(time_limit_s)},
    {"time_limit_s", F_DOUBLE, LO(time_limit_s)},
    {"wall_time", F_DOUBLE, LO(wall_time_limit_s)},
    {"wall_time_limit_s", F_DOUBLE, LO(wall_time_limit_s)},
    {"output_kb", F_U64, LO(max_output_kb)},
    {"max_output_kb", F_U64, LO(max_output_kb)},
    {"cpu_total_s", F_DOUBLE, CPU_TOTAL},
};

static const struct limit_name exec_limits[] = {
    {"time", F_DOUBLE, LO(time_limit_s)},
    {"time_limit_s", F_DOUBLE, LO(time_limit_s)},
    {"wall_time", F_DOUBLE, LO(wall_time_limit_s)},
    {"wall_time_limit_s", F_DOUBLE, LO(wall_time_limit_s)},
    {"output", F_U64, LO(max_output_kb)},
    {"output_kb", F_U64, LO(max_output_kb)},
    {"max_output_kb", F_U64, LO(max_output_kb)},
};

static const struct lang_profile *bash(void)
{
	return lang_find("bash");
}

static const struct lang_limits *bash_limits(const struct server_config *c)
{
	return config_limits_for(c, "bash");
}

static const struct limit_name *find_limit(const struct limit_name *t, size_t n, const char *k)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(t[i].name, k) == 0)
			return &t[i];
	return NULL;
}

/* The fields of o over l (and *cpu_total), each a positive number. */
static int parse_limit_fields(const json_t *o, const struct limit_name *t, size_t n,
			      struct limits *l, double *cpu_total, struct svc_error *e)
{
	const char *k;
	json_t *v;

	if (o == NULL)
		return 0;
	if (!json_is_object(o))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'limits' must be an object");
	json_object_foreach((json_t *)o, k, v)
	{
		const struct limit_name *f = find_limit(t, n, k);
		if (f == NULL)
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "unknown limit '%.64s'", k);
		if (!json_is_number(v))
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "limit '%s' must be a number", k);
		double d = json_number_value(v);
		if (!(d > 0) || d > 1e12)
			return svc_error_set(e, SVC_INVALID, "invalid_value",
					     "limit '%s' must be > 0", k);
		if (f->off == CPU_TOTAL) {
			*cpu_total = d;
		} else if (f->type == F_DOUBLE) {
			*(double *)((char *)l + f->off) = d;
		} else {
			if (d != (double)(long long)d)
				return svc_error_set(e, SVC_INVALID, "invalid_value",
						     "limit '%s' must be a whole number", k);
			*(uint64_t *)((char *)l + f->off) = (uint64_t)d;
		}
	}
	return 0;
}

/* Each limit within the configuration's maximum for bash, and sane. */
static int check_limits(const struct limits *l, const struct server_config *c, struct svc_error *e)
{
	const struct limits *m = &bash_limits(c)->max;
	err_t err;

#define OVER_D(f, name)                                                                            \
	if (l->f > m->f)                                                                           \
		return svc_error_set(e, SVC_INVALID, "limit_too_high",                             \
				     name " %g is above the maximum %g", l->f, m->f);
#define OVER_U(f, name)                                                                            \
	if (l->f > m->f)                                                                           \
		return svc_error_set(e, SVC_INVALID, "limit_too_high",                             \
				     name " %llu is above the maximum %llu",                       \
				     (unsigned long long)l->f, (unsigned long long)m->f);
	OVER_D(time_limit_s, "time")
	OVER_D(wall_time_limit_s, "wall_time")
	OVER_U(memory_limit_mb, "memory_mb")
	OVER_U(max_processes, "processes")
	OVER_U(max_output_kb, "output_kb")
	OVER_U(disk_limit_mb, "disk_mb")
#undef OVER_D
#undef OVER_U
	if (l->net > m->net)
		return svc_error_set(e, SVC_INVALID, "limit_too_high",
				     "net loopback is above the maximum none");
	err_clear(&err);
	if (limits_validate(l, &err) < 0)
		return svc_error_set(e, SVC_INVALID, "invalid_value", "%s", err.msg);
	return 0;
}

/* An object of string variables; their names as a bash program's. */
static int check_env(const json_t *o, struct svc_error *e)
{
	return request_env_check(o, bash(), e);
}

static bool known(const char *k, const char *const *names)
{
	for (; *names; names++)
		if (strcmp(k, *names) == 0)
			return true;
	return false;
}

static int check_fields(const json_t *req, const char *const *names, struct svc_error *e)
{
	const char *k;
	json_t *v;

	if (!json_is_object(req))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "the body must be a JSON object");
	json_object_foreach((json_t *)req, k, v)
	{
		if (!known(k, names))
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "unknown field '%.64s'", k);
	}
	return 0;
}

/* A whole number of seconds in 1..max, or def when absent. */
static int parse_seconds(const json_t *req, const char *name, int64_t def, int64_t max,
			 int64_t *out, struct svc_error *e)
{
	json_t *v = json_object_get(req, name);

	*out = def;
	if (v == NULL)
		return 0;
	if (!json_is_integer(v))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'%s' must be a whole number of seconds", name);
	*out = json_integer_value(v);
	if (*out < 1)
		return svc_error_set(e, SVC_INVALID, "invalid_value", "'%s' must be at least 1",
				     name);
	if (*out > max)
		return svc_error_set(e, SVC_INVALID, "limit_too_high",
				     "%s %lld is above the maximum %lld", name, (long long)*out,
				     (long long)max);
	return 0;
}

/* "mounts": ["NAME", "NAME:/target"]: directories the configuration
 * offers by name, shown read-only (at /mnt/NAME unless a target is given;
 * the engine checks targets when the sandbox is made). */
static int parse_mounts(const json_t *v, const struct server_config *c,
			struct sandbox_create_req *out, struct svc_error *e)
{
	size_t i;
	json_t *m;

	if (v == NULL)
		return 0;
	if (!json_is_array(v))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'mounts' must be a list of \"NAME\" or \"NAME:/target\"");
	if (json_array_size(v) > ENGINE_MAX_MOUNTS)
		return svc_error_set(e, SVC_INVALID, "invalid_value", "at most %d mounts",
				     ENGINE_MAX_MOUNTS);
	json_array_foreach(v, i, m)
	{
		const char *s = json_string_value(m);
		if (s == NULL || strlen(s) != json_string_length(m))
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "'mounts' must be a list of \"NAME\" or "
					     "\"NAME:/target\"");
		size_t n = strcspn(s, ":");
		int k;
		for (k = 0; k < c->nmounts; k++)
			if (strlen(c->mounts[k].name) == n && strncmp(c->mounts[k].name, s, n) == 0)
				break;
		if (k == c->nmounts)
			return svc_error_set(e, SVC_INVALID, "unknown_mount",
					     "mount '%.*s' is not one this service offers (%s)",
					     (int)n, s,
					     c->nmounts ? "see its configuration's 'mounts'"
							: "its configuration has no 'mounts'");
		if (s[n] == ':' && s[n + 1] != '/')
			return svc_error_set(e, SVC_INVALID, "invalid_value",
					     "mount target '%s' must be an absolute path",
					     s + n + 1);
		out->mounts[out->nmounts].src = c->mounts[k].path;
		out->mounts[out->nmounts].dst =
		    s[n] == ':' ? xstrdup(s + n + 1) : xasprintf("/mnt/%s", c->mounts[k].name);
		out->mount_names[out->nmounts++] = c->mounts[k].name;
	}
	return 0;
}

int sandbox_create_parse(const json_t *req, const struct server_config *c,
			 struct sandbox_create_req *out, struct svc_error *e)
{
	static const char *const fields[] = {"timeout_s",  "idle_timeout_s", "limits", "env",
					     "net",	   "metadata",	     "image",  "mounts",
					     "on_timeout", "auto_resume",    NULL};
	int64_t max = c->sandbox_max_timeout_s;
	json_t *net, *meta;

	memset(out, 0, sizeof(*out));
	if (req == NULL)
		req = json_object(); /* an empty body: every default */
	else
		json_incref((json_t *)req);
	int ret = -1;
	if (check_fields(req, fields, e) < 0 ||
	    parse_seconds(req, "timeout_s", c->sandbox_timeout_s < max ? c->sandbox_timeout_s : max,
			  max, &out->timeout_s, e) < 0 ||
	    parse_seconds(req, "idle_timeout_s", c->sandbox_idle_timeout_s, max,
			  &out->idle_timeout_s, e) < 0)
		goto done;
	json_t *ot = json_object_get(req, "on_timeout");
	if (ot && !json_is_null(ot)) {
		const char *v = json_string_value(ot);
		if (v == NULL || (strcmp(v, "end") && strcmp(v, "pause"))) {
			svc_error_set(e, SVC_INVALID, "invalid_value",
				      "'on_timeout' must be \"end\" or \"pause\"");
			goto done;
		}
		out->pause_on_timeout = strcmp(v, "pause") == 0;
	}
	json_t *ar = json_object_get(req, "auto_resume");
	if (ar && !json_is_null(ar) && !json_is_boolean(ar)) {
		svc_error_set(e, SVC_INVALID, "invalid_value", "'auto_resume' must be a boolean");
		goto done;
	}
	out->auto_resume = json_is_true(ar);
	out->limits = bash_limits(c)->defaults;
	if (parse_limit_fields(json_object_get(req, "limits"), create_limits,
			       ARRAY_SIZE(create_limits), &out->limits, &out->cpu_total_s, e) < 0)
		goto done;
	if ((net = json_object_get(req, "net")) != NULL && json_is_object(net)) {
		/* {"allow": [...]}: egress through airlock's proxy, as executions */
		if (request_egress_parse(net, c, &out->egress, e) < 0)
			goto done;
		out->net_allow = json_deep_copy(json_object_get(net, "allow"));
	} else if (net != NULL) {
		const char *n = json_string_value(net);
		if (n == NULL || (strcmp(n, "none") && strcmp(n, "loopback"))) {
			svc_error_set(e, SVC_INVALID, "invalid_value",
				      "'net' must be \"none\", \"loopback\" or {\"allow\": [...]}");
			goto done;
		}
		out->limits.net = strcmp(n, "loopback") == 0 ? NET_LOOPBACK : NET_NONE;
	}
	limits_finish(&out->limits);
	if (check_limits(&out->limits, c, e) < 0 || check_env(json_object_get(req, "env"), e) < 0)
		goto done;
	if (out->egress) /* within the configuration's egress list, not its net maximum */
		out->limits.net = NET_EGRESS;
	meta = json_object_get(req, "metadata");
	if (meta && !json_is_object(meta)) {
		svc_error_set(e, SVC_BAD_REQUEST, "bad_request", "'metadata' must be an object");
		goto done;
	}
	if (meta) {
		char *text = json_dumps(meta, JSON_COMPACT);
		size_t n = text ? strlen(text) : 0;
		free(text);
		if (n > 16384) {
			svc_error_set(e, SVC_TOO_LARGE, "too_large",
				      "'metadata' is %zu bytes as JSON; at most 16384", n);
			goto done;
		}
		out->metadata = json_deep_copy(meta);
	}
	if (json_object_get(req, "env"))
		out->env = json_deep_copy(json_object_get(req, "env"));
	json_t *image = json_object_get(req, "image");
	if (image) {
		err_t why;
		if (!json_is_string(image) ||
		    image_name_check(json_string_value(image), &why) < 0) {
			svc_error_set(e, SVC_INVALID, "invalid_value", "'image': %s",
				      json_is_string(image) ? why.msg : "must be an image's name");
			goto done;
		}
		out->image = xstrdup(json_string_value(image));
	}
	if (parse_mounts(json_object_get(req, "mounts"), c, out, e) < 0)
		goto done;
	ret = 0;
done:
	json_decref((json_t *)req);
	if (ret < 0)
		sandbox_create_req_free(out);
	return ret;
}

void sandbox_create_req_free(struct sandbox_create_req *r)
{
	json_decref(r->env);
	json_decref(r->metadata);
	r->env = r->metadata = NULL;
	free(r->image);
	r->image = NULL;
	for (size_t i = 0; i < r->nmounts; i++)
		free((char *)r->mounts[i].dst);
	r->nmounts = 0;
	free(r->egress);
	r->egress = NULL;
	json_decref(r->net_allow);
	r->net_allow = NULL;
}

/* A string without a NUL inside, or NULL. */
static const char *plain(const json_t *v)
{
	const char *s = json_string_value(v);
	return s && strlen(s) == json_string_length(v) ? s : NULL;
}

/* "pty": {"cols": 1..SANDBOX_PTY_MAX_COLS, "rows": 1..SANDBOX_PTY_MAX_ROWS} */
static int parse_pty(const json_t *v, struct sandbox_exec_req *out, struct svc_error *e)
{
	static const char *const fields[] = {"cols", "rows", NULL};
	json_t *cols = json_object_get(v, "cols"), *rows = json_object_get(v, "rows");

	if (!json_is_object(v))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'pty' must be {\"cols\": N, \"rows\": N}");
	if (check_fields(v, fields, e) < 0)
		return -1;
	if (!json_is_integer(cols) || !json_is_integer(rows))
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'pty' must be {\"cols\": N, \"rows\": N}");
	if (json_integer_value(cols) < 1 || json_integer_value(cols) > SANDBOX_PTY_MAX_COLS ||
	    json_integer_value(rows) < 1 || json_integer_value(rows) > SANDBOX_PTY_MAX_ROWS)
		return svc_error_set(e, SVC_INVALID, "invalid_value",
				     "a terminal has 1 to %d columns and 1 to %d rows",
				     SANDBOX_PTY_MAX_COLS, SANDBOX_PTY_MAX_ROWS);
	if (out->stdin_data)
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "a command on a terminal takes its input as input calls, "
				     "not 'stdin'");
	out->pty_cols = (unsigned)json_integer_value(cols);
	out->pty_rows = (unsigned)json_integer_value(rows);
	out->stdin_open = true;
	return 0;
}

int sandbox_exec_parse(const json_t *req, const struct server_config *c,
		       const struct limits *defaults, struct sandbox_exec_req *out,
		       struct svc_error *e)
{
	static const char *const fields[] = {"command", "stdin", "stdin_open", "tag", "metadata",
					     "env",	"cwd",	 "limits",     "pty", NULL};
	json_t *v, *env;
	const char *k;
	double unused = 0;

	memset(out, 0, sizeof(*out));
	if (check_fields(req, fields, e) < 0)
		return -1;
	v = json_object_get(req, "command");
	if (!json_is_string(v) || json_string_length(v) == 0)
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
				     "'command' must be a non-empty string");
	if ((out->command = plain(v)) == NULL)
		return svc_error_set(e, SVC_INVALID, "invalid_value",
				     "'command' has a NUL byte inside");
	if (json_string_length(v) > c->max_code_bytes)
		return svc_error_set(e, SVC_TOO_LARGE, "too_large",
				     "'command' is %zu bytes; at most %zu", json_string_length(v),
				     c->max_code_bytes);
	if ((v = json_object_get(req, "stdin")) != NULL) {
		if (!json_is_string(v))
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "'stdin' must be a string");
		out->stdin_data = json_string_value(v);
		out->stdin_len = json_string_length(v);
	}
	if ((v = json_object_get(req, "stdin_open")) != NULL) {
		if (!json_is_boolean(v))
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "'stdin_open' must be true or false");
		out->stdin_open = json_is_true(v);
		if (out->stdin_open && out->stdin_data)
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "give 'stdin' or 'stdin_open', not both");
	}
	if ((v = json_object_get(req, "pty")) != NULL && parse_pty(v, out, e) < 0)
		return -1;
	if ((v = json_object_get(req, "tag")) != NULL) {
		if (!json_is_string(v) || (out->tag = plain(v)) == NULL || out->tag[0] == 0 ||
		    json_string_length(v) >= SANDBOX_TAG_MAX)
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "'tag' must be a string of 1 to %d bytes",
					     SANDBOX_TAG_MAX - 1);
	}
	if ((v = json_object_get(req, "metadata")) != NULL) {
		if (!json_is_object(v))
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "'metadata' must be an object");
		char *t = json_dumps(v, JSON_COMPACT);
		size_t n = t ? strlen(t) : 0;
		free(t);
		if (n > SANDBOX_PROC_METADATA_MAX)
			return svc_error_set(e, SVC_TOO_LARGE, "too_large",
					     "'metadata' is %zu bytes as JSON; at most %d", n,
					     SANDBOX_PROC_METADATA_MAX);
		out->metadata = v;
	}
	if ((v = json_object_get(req, "cwd")) != NULL) {
		if (!json_is_string(v) || (out->cwd = plain(v)) == NULL || out->cwd[0] == 0)
			return svc_error_set(e, SVC_BAD_REQUEST, "bad_request",
					     "'cwd' must be a non-empty path");
	}
	env = json_object_get(req, "env");
	if (check_env(env, e) < 0)
		return -1;
	if (env && json_object_size(env) > 0) {
		out->env = xcalloc(json_object_size(env), sizeof(*out->env));
		json_object_foreach(env, k, v) out->env[out->nenv++] =
		    (struct run_env){k, json_string_value(v)};
	}
	out->limits = *defaults;
	bool wall_given = json_object_get(json_object_get(req, "limits"), "wall_time") ||
			  json_object_get(json_object_get(req, "limits"), "wall_time_limit_s");
	if (parse_limit_fields(json_object_get(req, "limits"), exec_limits, ARRAY_SIZE(exec_limits),
			       &out->limits, &unused, e) < 0)
		goto fail;
	if (!wall_given && out->limits.time_limit_s != defaults->time_limit_s) {
		out->limits.wall_time_limit_s = 0; /* derived from the command's own CPU time */
		limits_finish(&out->limits);
	}
	/* the network is the sandbox's, checked when it was made */
	enum net_mode net = out->limits.net;
	out->limits.net = NET_NONE;
	if (check_limits(&out->limits, c, e) < 0)
		goto fail;
	out->limits.net = net;
	return 0;
fail:
	sandbox_exec_req_free(out);
	return -1;
}

void sandbox_exec_req_free(struct sandbox_exec_req *r)
{
	free(r->env);
	r->env = NULL;
	r->nenv = 0;
}

int sandbox_timeout_parse(const json_t *req, const struct server_config *c, int64_t *out,
			  struct svc_error *e)
{
	static const char *const fields[] = {"timeout_s", NULL};

	if (check_fields(req, fields, e) < 0)
		return -1;
	if (json_object_get(req, "timeout_s") == NULL)
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_request", "'timeout_s' is required");
	return parse_seconds(req, "timeout_s", 0, c->sandbox_max_timeout_s, out, e);
}
