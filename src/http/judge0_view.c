/*
 * An execution as a Judge0 submission: tokens, the 14 statuses, the
 * whitespace rule, fields and base64.
 *
 * Statuses follow Judge0's isolate_job.rb: a run that ended normally is
 * Accepted unless expected_output was given and differs from stdout after
 * Judge0's strip (then Wrong Answer); a time limit is 5, a compile failure
 * 6, signals 11/25/8/6 are 7/8/9/10, a non-zero exit 11, any other signal
 * 12. airlock's own endings map where Judge0 has the nearest verdict: its
 * memory limit (a SIGKILL under Judge0) and a denied syscall are 12, its
 * output limit 8 (Judge0's SIGXFSZ), and what never ran to an end
 * (internal error, cancelled, interrupted, blocked or rejected by the
 * policy) 13; the message always says which.
 *
 * Pure: JSON in, JSON out.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/utf8.h"
#include "http/judge0.h"

/* ---- tokens ---- */

/* A token is xxxxxxxx-xxxx-4xxx-axxx-xxxxxx000000: the 24 hex digits of
 * an id "ex_<24 hex>" in the places a UUID v4 leaves free, the version 4,
 * the variant a (binary 10xx), and six zeros for the bits left over. */
#define ID_PREFIX "ex_"
#define ID_HEX 24
static const char token_tail[] = "000000";

static bool all_hex(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strchr("0123456789abcdef", s[i]) || s[i] == 0)
			return false;
	return true;
}

bool j0_id_to_token(const char *id, char token[J0_TOKEN_LEN])
{
	const char *h = id + strlen(ID_PREFIX);

	if (strncmp(id, ID_PREFIX, strlen(ID_PREFIX)) != 0 || strlen(h) != ID_HEX ||
	    !all_hex(h, ID_HEX))
		return false;
	snprintf(token, J0_TOKEN_LEN, "%.8s-%.4s-4%.3s-a%.3s-%.6s%s", h, h + 8, h + 12, h + 15,
		 h + 18, token_tail);
	return true;
}

bool j0_token_to_id(const char *token, char *id, size_t size)
{
	char t[J0_TOKEN_LEN], h[ID_HEX + 1];

	if (token == NULL || strlen(token) != J0_TOKEN_LEN - 1)
		return false;
	for (size_t i = 0; i < J0_TOKEN_LEN; i++)
		t[i] = (char)((token[i] >= 'A' && token[i] <= 'F') ? token[i] + 32 : token[i]);
	if (t[8] != '-' || t[13] != '-' || t[18] != '-' || t[23] != '-' || t[14] != '4' ||
	    t[19] != 'a' || strcmp(t + 30, token_tail) != 0)
		return false;
	snprintf(h, sizeof(h), "%.8s%.4s%.3s%.3s%.6s", t, t + 9, t + 15, t + 20, t + 24);
	if (!all_hex(h, ID_HEX))
		return false;
	snprintf(id, size, "%s%s", ID_PREFIX, h);
	return true;
}

/* ---- statuses ---- */

static const char *const descriptions[J0_STATUS_COUNT] = {
    "In Queue",
    "Processing",
    "Accepted",
    "Wrong Answer",
    "Time Limit Exceeded",
    "Compilation Error",
    "Runtime Error (SIGSEGV)",
    "Runtime Error (SIGXFSZ)",
    "Runtime Error (SIGFPE)",
    "Runtime Error (SIGABRT)",
    "Runtime Error (NZEC)",
    "Runtime Error (Other)",
    "Internal Error",
    "Exec Format Error",
};

const char *j0_status_description(int id)
{
	return id >= 1 && id <= J0_STATUS_COUNT ? descriptions[id - 1] : NULL;
}

char *j0_strip_output(const char *s, size_t len, size_t *out_len)
{
	char *out = xmalloc(len + 1);
	size_t n = 0, start = 0;

	for (size_t i = 0; i <= len; i++) {
		if (i < len && s[i] != '\n')
			continue;
		size_t end = i; /* the line is s[start, end) */
		while (end > start && strchr(" \t\r\v\f", s[end - 1]) && s[end - 1])
			end--;
		if (start > 0)
			out[n++] = '\n';
		memcpy(out + n, s + start, end - start);
		n += end - start;
		start = i + 1;
	}
	while (n > 0 && (strchr(" \t\r\n\v\f", out[n - 1]) && out[n - 1]))
		n--;
	out[n] = 0;
	*out_len = n;
	return out;
}

static const char *str(const json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static json_t *text_or_null(const json_t *v)
{
	return json_is_string(v) && json_string_length(v) ? json_copy((json_t *)v) : json_null();
}

/* What a step wrote on stream k ("stdout"), as the bytes it wrote: the
 * result's k_base64 when its text is not them (output that is not UTF-8),
 * so that Judge0's base64 view and expected_output see those bytes; null
 * when empty. j0_view makes it text again where it is shown as text. */
static json_t *output_of(const json_t *step, const char *k)
{
	char key[32];
	snprintf(key, sizeof(key), "%s_base64", k);
	const char *b64 = str(step, key);
	if (b64 == NULL)
		return text_or_null(json_object_get(step, k));
	size_t n;
	char *raw = j0_base64_decode(b64, strlen(b64), &n);
	json_t *v = raw && n ? json_stringn_nocheck(raw, n) : json_null();
	free(raw);
	return v;
}

/* Judge0's strip() splits with String#split("\n"), which drops trailing
 * empty strings; joining and stripping the tail gives the same text. */
static bool same_output(const json_t *expected, const json_t *stdout_)
{
	size_t a, b;
	char *x = j0_strip_output(json_string_value(expected), json_string_length(expected), &a);
	char *y = j0_strip_output(json_is_string(stdout_) ? json_string_value(stdout_) : "",
				  json_string_length(stdout_), &b);
	bool same = a == b && memcmp(x, y, a) == 0;
	free(x);
	free(y);
	return same;
}

/* Whether every run printed what the last one printed (number_of_runs):
 * Judge0 stops at the first run that is not Accepted, and the service
 * keeps only the last run's output, so a run whose output differed is
 * taken as a wrong answer. */
static bool runs_agree(const json_t *runs)
{
	size_t n = json_array_size(runs);
	const char *last = n ? str(json_array_get(runs, n - 1), "stdout_sha256") : NULL;

	for (size_t i = 0; last && i + 1 < n; i++) {
		const char *h = str(json_array_get(runs, i), "stdout_sha256");
		if (h == NULL || strcmp(h, last) != 0)
			return false;
	}
	return true;
}

struct verdict {
	int id;
	char message[600];
	bool ran; /* time, memory, stdout, exit code are shown */
};

static int signal_status(long long sig)
{
	switch (sig) {
	case 11:
		return 7;
	case 25:
		return 8;
	case 8:
		return 9;
	case 6:
		return 10;
	default:
		return 12;
	}
}


/* isolate's text, then what went wrong where, when the run said
 * ("Exited with error status 1: ZeroDivisionError: division by zero
 * (main.py, line 2)"). */
static void add_diagnostic(const json_t *x, char *message, size_t size)
{
	char line[400];
	size_t n = strlen(message);

	if (execution_diagnostic_line(x, line, sizeof(line)) && n < size)
		snprintf(message + n, size - n, ": %s", line);
}

/* The rules of findings a policy blocked on: "network, exec". */
static void rules_of(const json_t *x, char *out, size_t size)
{
	size_t i, n = 0;
	json_t *f;

	out[0] = 0;
	json_array_foreach(json_object_get(x, "findings"), i, f)
	{
		const char *rule = str(f, "rule");
		if (rule && n < size)
			n += (size_t)snprintf(out + n, size - n, "%s%s", n ? ", " : "", rule);
	}
}

static void verdict_of(const json_t *x, const json_t *meta, struct verdict *v)
{
	const char *st = str(x, "status");
	json_int_t sig = json_integer_value(json_object_get(x, "signal"));
	json_int_t code = json_integer_value(json_object_get(x, "exit_code"));
	const json_t *expected = json_object_get(meta, "expected_output");
	char rules[300];

	v->message[0] = 0;
	v->ran = true;
	if (st == NULL)
		st = "internal_error";
	if (!strcmp(st, "queued") || !strcmp(st, "pending_approval") || !strcmp(st, "running")) {
		v->id = strcmp(st, "running") == 0 ? 2 : 1;
		v->ran = false;
		if (!strcmp(st, "pending_approval"))
			snprintf(v->message, sizeof(v->message), "Waiting for a person's approval");
	} else if (!strcmp(st, "ok")) {
		bool wrong = false;
		if (json_is_string(expected)) { /* the bytes the program wrote */
			json_t *out = output_of(x, "stdout");
			wrong = !same_output(expected, out) ||
				!runs_agree(json_object_get(x, "runs"));
			json_decref(out);
		}
		v->id = wrong ? 4 : 3;
	} else if (!strcmp(st, "time_limit") || !strcmp(st, "wall_time_limit")) {
		v->id = 5;
		snprintf(v->message, sizeof(v->message), "%s",
			 st[0] == 't' ? "Time limit exceeded" : "Wall time limit exceeded");
	} else if (!strcmp(st, "compile_error")) {
		v->id = 6;
		v->ran = false;
	} else if (!strcmp(st, "signaled")) {
		v->id = signal_status(sig);
		snprintf(v->message, sizeof(v->message), "Caught fatal signal %lld",
			 (long long)sig);
		add_diagnostic(x, v->message, sizeof(v->message));
	} else if (!strcmp(st, "output_limit")) {
		v->id = 8;
		snprintf(v->message, sizeof(v->message), "Output limit exceeded");
	} else if (!strcmp(st, "runtime_error")) {
		v->id = 11;
		snprintf(v->message, sizeof(v->message), "Exited with error status %lld",
			 (long long)code);
		add_diagnostic(x, v->message, sizeof(v->message));
	} else if (!strcmp(st, "memory_limit")) {
		v->id = 12;
		snprintf(v->message, sizeof(v->message), "Memory limit exceeded");
	} else if (!strcmp(st, "syscall_denied")) {
		const char *call = str(json_object_get(x, "denied"), "syscall");
		v->id = 12;
		snprintf(v->message, sizeof(v->message), "Syscall denied%s%s", call ? ": " : "",
			 call ? call : "");
	} else {
		v->id = 13;
		v->ran = false;
		if (!strcmp(st, "cancelled"))
			snprintf(v->message, sizeof(v->message), "Cancelled");
		else if (!strcmp(st, "interrupted"))
			snprintf(v->message, sizeof(v->message),
				 "Interrupted: the server stopped while it ran");
		else if (!strcmp(st, "policy_blocked")) {
			rules_of(x, rules, sizeof(rules));
			snprintf(v->message, sizeof(v->message), "Blocked by the policy%s%s",
				 rules[0] ? ": " : "", rules);
		} else if (!strcmp(st, "rejected")) {
			const char *why = str(json_object_get(x, "rejection"), "reason");
			snprintf(v->message, sizeof(v->message), "Rejected by an approver%s%s",
				 why && *why ? ": " : "", why ? why : "");
		} else
			snprintf(v->message, sizeof(v->message), "Internal error: %s",
				 str(x, "error") ? str(x, "error") : "airlock could not run it");
	}
}

/* ---- the submission ---- */

/* Rails' decimal as JSON: a string, "5.0", "0.012". */
static json_t *decimal(double d)
{
	char s[48];
	snprintf(s, sizeof(s), "%.3f", d);
	size_t n = strlen(s);
	while (n > 2 && s[n - 1] == '0' && s[n - 2] != '.')
		s[--n] = 0;
	return json_string(s);
}

/* A stored Judge0 value, or the limit in force, or Judge0's default. */
static json_t *given_or(const json_t *meta, const char *k, json_t *otherwise)
{
	const json_t *v = json_object_get(meta, k);
	if (v == NULL) {
		return otherwise;
	}
	json_decref(otherwise);
	return json_is_real(v) ? decimal(json_real_value(v)) : json_copy((json_t *)v);
}

/* time, wall_time and memory: the runs' averages with number_of_runs. */
static void measured(const json_t *x, json_t *o)
{
	const json_t *runs = json_object_get(x, "runs");
	double cpu = 0, wall = 0, mem = 0;
	size_t n = json_array_size(runs), i;
	json_t *r;

	if (n == 0) {
		const json_t *t = json_object_get(x, "time");
		cpu = (double)json_integer_value(json_object_get(t, "cpu_ms"));
		wall = (double)json_integer_value(json_object_get(t, "wall_ms"));
		mem = (double)json_integer_value(json_object_get(x, "memory_peak_kb"));
		n = 1;
	}
	json_array_foreach(runs, i, r)
	{
		const json_t *t = json_object_get(r, "time");
		cpu += (double)json_integer_value(json_object_get(t, "cpu_ms"));
		wall += (double)json_integer_value(json_object_get(t, "wall_ms"));
		mem += (double)json_integer_value(json_object_get(r, "memory_peak_kb"));
	}
	json_object_set_new(o, "time", decimal(cpu / (double)n / 1000));
	json_object_set_new(o, "wall_time", decimal(wall / (double)n / 1000));
	json_object_set_new(o, "memory", json_integer((json_int_t)(mem / (double)n)));
}

/* Judge0 runs `compile_cmd 2>&1`: one stream. */
static json_t *compile_output(const json_t *x)
{
	const json_t *c = json_object_get(x, "compile");
	const char *st = str(c, "status");

	if (c == NULL)
		return json_null();
	if (st && (!strcmp(st, "time_limit") || !strcmp(st, "wall_time_limit")))
		return json_string("Compilation time limit exceeded.");
	json_t *out = output_of(c, "stdout"), *err = output_of(c, "stderr");
	size_t a = json_string_length(out), b = json_string_length(err);
	json_t *s = json_null();
	if (a + b > 0) {
		char *both = xmalloc(a + b + 1);
		memcpy(both, a ? json_string_value(out) : "", a);
		memcpy(both + a, b ? json_string_value(err) : "", b);
		s = json_stringn_nocheck(both, a + b);
		free(both);
	}
	json_decref(out);
	json_decref(err);
	return s;
}

static void set_limits(json_t *o, const json_t *x, const json_t *meta)
{
	const json_t *l = json_object_get(x, "limits");
	double t = json_number_value(json_object_get(l, "time_limit_s"));
	double w = json_number_value(json_object_get(l, "wall_time_limit_s"));
	json_int_t m = json_integer_value(json_object_get(l, "memory_limit_mb"));

	json_object_set_new(o, "number_of_runs", given_or(meta, "number_of_runs", json_integer(1)));
	json_object_set_new(o, "cpu_time_limit", given_or(meta, "cpu_time_limit", decimal(t)));
	json_object_set_new(o, "cpu_extra_time", given_or(meta, "cpu_extra_time", decimal(0)));
	json_object_set_new(o, "wall_time_limit", given_or(meta, "wall_time_limit", decimal(w)));
	json_object_set_new(o, "memory_limit",
			    given_or(meta, "memory_limit", json_integer(m * 1024)));
	json_object_set_new(o, "stack_limit", given_or(meta, "stack_limit", json_integer(64000)));
	json_object_set_new(
	    o, "max_processes_and_or_threads",
	    given_or(meta, "max_processes_and_or_threads",
		     json_integer(json_integer_value(json_object_get(l, "max_processes")))));
	json_object_set_new(
	    o, "enable_per_process_and_thread_time_limit",
	    given_or(meta, "enable_per_process_and_thread_time_limit", json_false()));
	json_object_set_new(
	    o, "enable_per_process_and_thread_memory_limit",
	    given_or(meta, "enable_per_process_and_thread_memory_limit", json_false()));
	json_object_set_new(
	    o, "max_file_size",
	    given_or(meta, "max_file_size",
		     json_integer(json_integer_value(json_object_get(l, "max_output_kb")))));
}

static void set_given(json_t *o, const json_t *meta)
{
	static const char *const texts[] = {"source_code",
					    "stdin",
					    "expected_output",
					    "compiler_options",
					    "command_line_arguments",
					    "callback_url",
					    "additional_files"};
	for (size_t i = 0; i < ARRAY_SIZE(texts); i++)
		json_object_set_new(o, texts[i], given_or(meta, texts[i], json_null()));
	json_object_set_new(o, "redirect_stderr_to_stdout",
			    given_or(meta, "redirect_stderr_to_stdout", json_false()));
	json_object_set_new(o, "enable_network", given_or(meta, "enable_network", json_false()));
}

json_t *j0_submission_of(const json_t *x, const struct j0_lang_names *names)
{
	const json_t *meta = json_object_get(json_object_get(x, "meta"), "judge0");
	const char *lang = str(x, "language");
	json_t *o = json_object();
	struct verdict v;
	char token[J0_TOKEN_LEN] = "";

	verdict_of(x, meta, &v);
	set_given(o, meta);
	json_int_t lang_id = json_integer_value(json_object_get(meta, "language_id"));
	if (lang_id == 0)
		lang_id = j0_lang_primary(lang);
	json_object_set_new(o, "language_id", json_integer(lang_id));
	json_object_set_new(o, "status_id", json_integer(v.id));
	json_object_set_new(o, "created_at", json_copy(json_object_get(x, "created_at")));
	json_object_set_new(o, "finished_at",
			    v.id <= 2 ? json_null() : json_copy(json_object_get(x, "finished_at")));
	j0_id_to_token(str(x, "id") ? str(x, "id") : "", token);
	json_object_set_new(o, "token", json_string(token));
	set_limits(o, x, meta);
	if (v.ran) {
		measured(x, o);
		json_object_set_new(o, "stdout", output_of(x, "stdout"));
		json_object_set_new(o, "stderr", output_of(x, "stderr"));
		const json_t *code = json_object_get(x, "exit_code");
		json_object_set_new(o, "exit_code", json_integer(json_integer_value(code)));
		const json_t *sig = json_object_get(x, "signal");
		json_object_set_new(o, "exit_signal",
				    json_is_integer(sig) ? json_copy((json_t *)sig) : json_null());
	} else {
		static const char *const none[] = {"time",   "wall_time", "memory",	"stdout",
						   "stderr", "exit_code", "exit_signal"};
		for (size_t i = 0; i < ARRAY_SIZE(none); i++)
			json_object_set_new(o, none[i], json_null());
	}
	json_object_set_new(o, "compile_output", compile_output(x));
	json_object_set_new(o, "message", v.message[0] ? json_string(v.message) : json_null());
	json_object_set_new(
	    o, "status",
	    json_pack("{s:i, s:s}", "id", v.id, "description", j0_status_description(v.id)));
	const char *name = names ? names->name_of(names->ctx, lang) : "";
	json_object_set_new(o, "language", json_pack("{s:I, s:s}", "id", lang_id, "name", name));
	return o;
}

/* ---- fields and base64 ---- */

/* The 35 attributes of v1.13.1, in its order; `*` is exactly these. */
static const char *const attributes[] = {
    "source_code",
    "language_id",
    "stdin",
    "expected_output",
    "stdout",
    "status_id",
    "created_at",
    "finished_at",
    "time",
    "memory",
    "stderr",
    "token",
    "number_of_runs",
    "cpu_time_limit",
    "cpu_extra_time",
    "wall_time_limit",
    "memory_limit",
    "stack_limit",
    "max_processes_and_or_threads",
    "enable_per_process_and_thread_time_limit",
    "enable_per_process_and_thread_memory_limit",
    "max_file_size",
    "compile_output",
    "exit_code",
    "exit_signal",
    "message",
    "wall_time",
    "compiler_options",
    "command_line_arguments",
    "redirect_stderr_to_stdout",
    "callback_url",
    "additional_files",
    "enable_network",
    "status",
    "language",
};
static const char *const default_fields[] = {"token",  "time",		 "memory",  "stdout",
					     "stderr", "compile_output", "message", "status"};

static bool known_attribute(const char *name, size_t n)
{
	for (size_t i = 0; i < ARRAY_SIZE(attributes); i++)
		if (strlen(attributes[i]) == n && strncmp(attributes[i], name, n) == 0)
			return true;
	return false;
}

int j0_fields_parse(const char *fields, json_t **list, char *bad, size_t bad_size)
{
	size_t nbad = 0;

	*list = json_array();
	if (fields == NULL || *fields == 0) {
		for (size_t i = 0; i < ARRAY_SIZE(default_fields); i++)
			json_array_append_new(*list, json_string(default_fields[i]));
		return 0;
	}
	if (strcmp(fields, "*") == 0) {
		for (size_t i = 0; i < ARRAY_SIZE(attributes); i++)
			json_array_append_new(*list, json_string(attributes[i]));
		return 0;
	}
	nbad = (size_t)snprintf(bad, bad_size, "invalid fields: [");
	bool any_bad = false;
	for (const char *p = fields; *p;) {
		size_t n = strcspn(p, ",");
		const char *name = p;
		while (n && *name == ' ')
			name++, n--;
		while (n && name[n - 1] == ' ')
			n--;
		if (n && !known_attribute(name, n)) {
			if (nbad < bad_size)
				nbad += (size_t)snprintf(bad + nbad, bad_size - nbad, "%s%.*s",
							 any_bad ? ", " : "", (int)n, name);
			any_bad = true;
		} else if (n) {
			json_array_append_new(*list, json_stringn(name, n));
		}
		p += strcspn(p, ",");
		if (*p == ',')
			p++;
	}
	if (any_bad) {
		if (nbad < bad_size)
			snprintf(bad + nbad, bad_size - nbad, "]");
		json_decref(*list);
		*list = NULL;
		return -1;
	}
	return 0;
}

static bool encoded_field(const char *k)
{
	static const char *const texts[] = {"stdout",	   "stderr", "compile_output",
					    "source_code", "stdin",  "expected_output",
					    "message"};
	for (size_t i = 0; i < ARRAY_SIZE(texts); i++)
		if (strcmp(texts[i], k) == 0)
			return true;
	return false;
}

json_t *j0_view(const json_t *sub, const json_t *fields, bool base64)
{
	json_t *o = json_object(), *f;
	size_t i;

	json_array_foreach(fields, i, f)
	{
		const char *k = json_string_value(f);
		json_t *v = json_object_get(sub, k);
		if (v == NULL)
			continue;
		const char *t = json_string_value(v);
		size_t n = json_string_length(v);
		if (base64 && encoded_field(k) && t) {
			char *b = j0_base64_encode(t, n);
			json_object_set_new(o, k, json_string(b));
			free(b);
		} else if (t && !utf8_valid(t, n)) { /* output's bytes, shown as text */
			char *clean = utf8_sanitize(t, n, &n);
			json_object_set_new(o, k, json_stringn_nocheck(clean, n));
			free(clean);
		} else {
			json_object_set(o, k, v);
		}
	}
	return o;
}
