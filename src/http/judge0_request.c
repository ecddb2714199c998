/*
 * A Judge0 submission into the service's canonical request.
 *
 * Judge0 validates like Rails: every field is checked, and the answer is
 * one 422 object naming each field with its messages, in Rails' words
 * ("can't be blank", "must be less than or equal to 15.0"). The checks
 * here are Judge0's (app/models/submission.rb of 1.13.1) with airlock's
 * configured defaults and maxima in place of Judge0's; the service checks
 * the request again, so nothing here is the last word on a limit.
 *
 * Pure: JSON in, JSON out.
 */
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/judge0.h"

/* Judge0 CE 1.13.1 ids first, then those of the hosted 1.14 list and of
 * clients that copied it (COMPAT.md 1.6). C++ is airlock's too. */
static const struct j0_lang langs[] = {
    {46, "bash", "Bash ("},
    {48, "c", "C (GCC "},
    {49, "c", "C (GCC "},
    {50, "c", "C (GCC "},
    {52, "cpp", "C++ (GCC "},
    {53, "cpp", "C++ (GCC "},
    {54, "cpp", "C++ (GCC "},
    {63, "node", "JavaScript (Node.js "},
    {71, "python", "Python ("},
    {75, "c", "C (GCC "},
    {97, "node", "JavaScript (Node.js "},
    {100, "python", "Python ("},
    {102, "node", "JavaScript (Node.js "},
    {103, "c", "C (GCC "},
    {104, "c", "C (GCC "},
    {105, "cpp", "C++ (GCC "},
    {113, "python", "Python ("},
};

const struct j0_lang *j0_lang_by_id(long long id)
{
	for (size_t i = 0; i < ARRAY_SIZE(langs); i++)
		if (langs[i].id == id)
			return &langs[i];
	return NULL;
}

int j0_lang_primary(const char *airlock)
{
	static const struct {
		const char *name;
		int id;
	} primary[] = {{"python", 71}, {"node", 63}, {"bash", 46}, {"c", 50}, {"cpp", 54}};
	for (size_t i = 0; i < ARRAY_SIZE(primary); i++)
		if (airlock && strcmp(primary[i].name, airlock) == 0)
			return primary[i].id;
	return 0;
}

size_t j0_lang_count(void)
{
	return ARRAY_SIZE(langs);
}

const struct j0_lang *j0_lang_at(size_t i)
{
	return i < ARRAY_SIZE(langs) ? &langs[i] : NULL;
}

void j0_lang_name(const struct j0_lang *l, const char *version, char *out, size_t size)
{
	snprintf(out, size, "%s%s)", l->label, version && *version ? version : "unknown");
}

/* ---- arguments ---- */

/* Judge0 drops these before the shell sees the line (isolate_job.rb). */
static bool stripped(char c)
{
	return c && strchr("$&;<>|`", c) != NULL;
}

/* Words as a shell would split them, quotes grouping and removed, with no
 * expansion: Judge0 hands the line to bash, whose other effects (globs,
 * variables) are left out. */
json_t *j0_split_args(const char *text)
{
	json_t *args = json_array();
	size_t n = strlen(text);
	char *word = xmalloc(n + 1);
	size_t w = 0;
	bool in_word = false;
	char quote = 0;

	for (const char *p = text;; p++) {
		char c = *p;
		if (c == 0 || (!quote && isspace((unsigned char)c))) {
			if (in_word)
				json_array_append_new(args, json_stringn(word, w));
			if (c == 0)
				break;
			w = 0;
			in_word = false;
			continue;
		}
		if (stripped(c))
			continue;
		in_word = true;
		if (quote && c == quote)
			quote = 0;
		else if (!quote && (c == '\'' || c == '"'))
			quote = c;
		else if (c == '\\' && quote != '\'' && p[1] && !stripped(p[1]))
			word[w++] = *++p;
		else
			word[w++] = c;
	}
	free(word);
	return args;
}

/* ---- checks ---- */

struct check {
	const json_t *sub;
	json_t *errors;
	json_t *meta;	/* meta.judge0: what was given, checked */
	json_t *limits; /* the canonical request's limits */
};

static void add_error(struct check *c, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void add_error(struct check *c, const char *field, const char *fmt, ...)
{
	char msg[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	json_t *list = json_object_get(c->errors, field);
	if (list == NULL) {
		list = json_array();
		json_object_set_new(c->errors, field, list);
	}
	json_array_append_new(list, json_string(msg));
}

/* The field's value, NULL when absent or null. */
static const json_t *given(const struct check *c, const char *field)
{
	const json_t *v = json_object_get(c->sub, field);
	return json_is_null(v) ? NULL : v;
}

/* Rails shows a limit as its column does: 15.0 for a decimal, 512000 for
 * an integer. */
static void format_limit(double v, bool integer, char *out, size_t size)
{
	if (integer)
		snprintf(out, size, "%lld", (long long)v);
	else if (v == floor(v))
		snprintf(out, size, "%.1f", v);
	else
		snprintf(out, size, "%g", v);
}

/* A number as Rails casts it: a JSON number, or a string that is one. */
static bool number_of(const json_t *v, double *out)
{
	if (json_is_number(v)) {
		*out = json_number_value(v);
		return true;
	}
	if (json_is_string(v)) {
		const char *s = json_string_value(v);
		char *end;
		while (isspace((unsigned char)*s))
			s++;
		if (*s == 0)
			return false;
		*out = strtod(s, &end);
		while (isspace((unsigned char)*end))
			end++;
		return *end == 0 && isfinite(*out);
	}
	return false;
}

/* A numeric field within [lo, hi] (lo_open: > lo), kept in meta.
 * Returns 1 when given and good, 0 when absent, -1 when refused. */
static int numeric(struct check *c, const char *field, double lo, bool lo_open, double hi,
		   bool integer, double *out)
{
	const json_t *v = given(c, field);
	char lim[32];
	double d;

	if (v == NULL)
		return 0;
	if (!number_of(v, &d)) {
		add_error(c, field, "is not a number");
		return -1;
	}
	if (integer)
		d = trunc(d);
	if (lo_open ? !(d > lo) : !(d >= lo)) {
		format_limit(lo, integer, lim, sizeof(lim));
		add_error(c, field, "must be greater than %s%s", lo_open ? "" : "or equal to ",
			  lim);
		return -1;
	}
	if (d > hi) {
		format_limit(hi, integer, lim, sizeof(lim));
		add_error(c, field, "must be less than or equal to %s", lim);
		return -1;
	}
	json_object_set_new(c->meta, field, integer ? json_integer((json_int_t)d) : json_real(d));
	*out = d;
	return 1;
}

/* true/false, or their strings; false when absent. */
static bool boolean(struct check *c, const char *field)
{
	const json_t *v = given(c, field);
	bool b;

	if (v == NULL)
		return false;
	if (json_is_boolean(v))
		b = json_is_true(v);
	else if (json_is_string(v) && (strcmp(json_string_value(v), "true") == 0 ||
				       strcmp(json_string_value(v), "false") == 0))
		b = strcmp(json_string_value(v), "true") == 0;
	else {
		add_error(c, field, "is not included in the list");
		return false;
	}
	json_object_set_new(c->meta, field, json_boolean(b));
	return b;
}

/* A text field (decoded when base64 and decode); NULL when absent. The
 * result is a new JSON string, or NULL with an error added. */
static json_t *text(struct check *c, const char *field, bool decode)
{
	const json_t *v = given(c, field);

	if (v == NULL)
		return NULL;
	if (!json_is_string(v)) {
		add_error(c, field, "must be a string");
		return NULL;
	}
	if (!decode)
		return json_copy((json_t *)v);
	size_t n;
	char *raw = j0_base64_decode(json_string_value(v), json_string_length(v), &n);
	if (raw == NULL) {
		add_error(c, field, "is not valid base64");
		return NULL;
	}
	json_t *s = json_stringn(raw, n);
	free(raw);
	if (s == NULL)
		add_error(c, field, "is not valid UTF-8 once decoded");
	return s;
}

/* Characters (code points) of UTF-8 text, as Rails counts a length. */
static size_t chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

static bool blank(const char *s)
{
	for (; *s; s++)
		if (!isspace((unsigned char)*s))
			return false;
	return true;
}

static void check_limits(struct check *c, const struct j0_limits *l)
{
	double d;

	if (numeric(c, "cpu_time_limit", 0, false, l->max_cpu_time_limit, false, &d) > 0)
		json_object_set_new(c->limits, "time_limit_s",
				    json_real(d > 0 ? d : l->max_cpu_time_limit));
	numeric(c, "cpu_extra_time", 0, false, 5, false, &d);
	if (numeric(c, "wall_time_limit", 1, false, l->max_wall_time_limit, false, &d) > 0)
		json_object_set_new(c->limits, "wall_time_limit_s", json_real(d));
	if (numeric(c, "memory_limit", 2048, false, (double)l->max_memory_limit, true, &d) > 0)
		json_object_set_new(c->limits, "memory_limit_mb",
				    json_integer((json_int_t)ceil(d / 1024)));
	numeric(c, "stack_limit", 0, false, 128000, true, &d);
	if (numeric(c, "max_processes_and_or_threads", 0, true, (double)l->max_max_processes, true,
		    &d) > 0)
		json_object_set_new(c->limits, "max_processes", json_integer((json_int_t)d));
	if (numeric(c, "max_file_size", 0, false, (double)l->max_max_file_size, true, &d) > 0)
		json_object_set_new(c->limits, "max_output_kb",
				    json_integer(d >= 1 ? (json_int_t)d : 1));
	if (boolean(c, "enable_per_process_and_thread_time_limit"))
		add_error(c, "enable_per_process_and_thread_time_limit",
			  "this option cannot be enabled");
	if (boolean(c, "enable_per_process_and_thread_memory_limit"))
		add_error(c, "enable_per_process_and_thread_memory_limit",
			  "this option cannot be enabled");
	if (boolean(c, "enable_network") && json_array_size(l->network) == 0)
		add_error(c, "enable_network", "enabling network is not allowed");
}

/* A command-line field: at most 512 characters, kept as given. */
static json_t *command_line(struct check *c, const char *field)
{
	json_t *s = text(c, field, false);

	if (s == NULL)
		return NULL;
	if (chars(json_string_value(s)) > J0_MAX_ARG_CHARS) {
		add_error(c, field, "is too long (maximum is %d characters)", J0_MAX_ARG_CHARS);
		json_decref(s);
		return NULL;
	}
	json_object_set(c->meta, field, s);
	return s;
}

static void check_run_options(struct check *c, const struct j0_lang *lang, bool compiled,
			      json_t *req)
{
	double d;
	json_t *opts = command_line(c, "compiler_options"),
	       *args = command_line(c, "command_line_arguments");

	if (opts && !blank(json_string_value(opts))) {
		if (lang && !compiled)
			add_error(c, "compiler_options",
				  "setting compiler options is only allowed for compiled "
				  "languages (C, C++)");
		else
			json_object_set_new(req, "compile_args",
					    j0_split_args(json_string_value(opts)));
	}
	if (args && !blank(json_string_value(args)))
		json_object_set_new(req, "args", j0_split_args(json_string_value(args)));
	json_decref(opts);
	json_decref(args);
	if (numeric(c, "number_of_runs", 0, true, J0_MAX_RUNS, true, &d) > 0 && d > 1)
		json_object_set_new(req, "repeat", json_integer((json_int_t)d));
	if (boolean(c, "redirect_stderr_to_stdout"))
		json_object_set_new(req, "merge_stderr", json_true());
	json_t *url = text(c, "callback_url", false);
	if (url) {
		const char *u = json_string_value(url);
		if ((strncmp(u, "http://", 7) && strncmp(u, "https://", 8)) || strlen(u) > 2048)
			add_error(c, "callback_url", "must be an http or https URL");
		else
			json_object_set(c->meta, "callback_url", url);
		json_decref(url);
	}
}

/* additional_files: always base64 (a zip), whatever base64_encoded says. */
static void check_files(struct check *c, json_t *req)
{
	json_t *zip = text(c, "additional_files", false);
	char why[200];
	json_t *files;
	size_t n;

	if (zip == NULL)
		return;
	char *raw = j0_base64_decode(json_string_value(zip), json_string_length(zip), &n);
	if (raw == NULL)
		add_error(c, "additional_files", "is not valid base64");
	else if (j0_zip_to_files(raw, n, J0_MAX_EXTRACT_KB, &files, why, sizeof(why)) < 0)
		add_error(c, "additional_files", "%s", why);
	else {
		if (json_array_size(files))
			json_object_set_new(req, "files", files);
		else
			json_decref(files);
		json_object_set(c->meta, "additional_files", zip);
	}
	free(raw);
	json_decref(zip);
}

static const struct j0_lang *check_language(struct check *c)
{
	const json_t *v = given(c, "language_id");
	double d;

	if (v == NULL) {
		add_error(c, "language_id", "can't be blank");
		return NULL;
	}
	if (!number_of(v, &d) || d != trunc(d) || fabs(d) > 1e9) {
		add_error(c, "language_id", "is not a number");
		return NULL;
	}
	const struct j0_lang *l = j0_lang_by_id((long long)d);
	if (l == NULL) {
		add_error(c, "language_id", "language with id %lld doesn't exist", (long long)d);
		return NULL;
	}
	json_object_set_new(c->meta, "language_id", json_integer(l->id));
	return l;
}

int j0_request_from_submission(const json_t *sub, bool base64, bool wait, j0_limits_fn limits,
			       void *ctx, json_t **request, json_t **errors)
{
	struct check c = {.sub = sub, .errors = json_object(), .meta = json_object()};
	struct j0_limits lim;
	json_t *req = json_object();

	*request = *errors = NULL;
	c.limits = json_object();
	if (!json_is_object(sub)) {
		add_error(&c, "base", "a submission must be a JSON object");
		goto out;
	}
	const struct j0_lang *lang = check_language(&c);
	limits(ctx, lang ? lang->airlock : NULL, &lim);
	json_t *code = text(&c, "source_code", base64);
	if (code == NULL && !json_object_get(c.errors, "source_code"))
		add_error(&c, "source_code", "can't be blank");
	else if (code && blank(json_string_value(code)))
		add_error(&c, "source_code", "can't be blank");
	else if (code && json_string_length(code) > lim.max_code_bytes)
		add_error(&c, "source_code", "is too long (maximum is %zu bytes)",
			  lim.max_code_bytes);
	json_t *in = text(&c, "stdin", base64), *expected = text(&c, "expected_output", base64);
	check_limits(&c, &lim);
	check_run_options(
	    &c, lang, lang && (!strcmp(lang->airlock, "c") || !strcmp(lang->airlock, "cpp")), req);
	check_files(&c, req);
	if (json_object_size(c.errors) == 0) {
		json_object_set_new(req, "language", json_string(lang->airlock));
		json_object_set(req, "code", code);
		json_object_set(c.meta, "source_code", code);
		if (in) {
			json_object_set(req, "stdin", in);
			json_object_set(c.meta, "stdin", in);
		}
		if (expected)
			json_object_set(c.meta, "expected_output", expected);
		if (json_object_size(c.limits))
			json_object_set(req, "limits", c.limits);
		/* the network, for airlock: its proxy to the hosts allowed */
		if (boolean(&c, "enable_network"))
			json_object_set_new(req, "net",
					    json_pack("{s:O}", "allow", (json_t *)lim.network));
		json_object_set_new(req, "wait", json_boolean(wait));
		json_object_set_new(req, "meta", json_pack("{s:O}", "judge0", c.meta));
	}
	json_decref(code);
	json_decref(in);
	json_decref(expected);
out:
	json_decref(c.meta);
	json_decref(c.limits);
	if (json_object_size(c.errors)) {
		json_decref(req);
		*errors = c.errors;
		return -1;
	}
	json_decref(c.errors);
	*request = req;
	return 0;
}
