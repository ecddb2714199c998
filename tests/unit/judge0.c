/* The pure half of the Judge0 front end: tokens, the status table, the
 * whitespace rule, argument splitting, fields and base64, the Rails-style
 * checks, the zip extractor (traversal, links, bombs) and the callback
 * address rule. */
#include <arpa/inet.h>
#include <criterion/criterion.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include "http/judge0.h"

/* ---- tokens ---- */

Test(judge0, token_is_the_id_as_a_uuid_v4_and_back)
{
	char token[J0_TOKEN_LEN], id[64];

	cr_assert(j0_id_to_token("ex_0123456789abcdef01234567", token));
	cr_assert_str_eq(token, "01234567-89ab-4cde-af01-234567000000");
	cr_assert(j0_token_to_id(token, id, sizeof(id)));
	cr_assert_str_eq(id, "ex_0123456789abcdef01234567");
	cr_assert(j0_token_to_id("01234567-89AB-4CDE-AF01-234567000000", id, sizeof(id)));
	cr_assert_str_eq(id, "ex_0123456789abcdef01234567");
	const char *bad[] = {
	    "01234567-89ab-3cde-af01-234567000000", /* version 3 */
	    "01234567-89ab-4cde-8f01-234567000000", /* another variant */
	    "01234567-89ab-4cde-af01-234567000001", /* not ours */
	    "01234567-89ab-4cde-af01-23456700000",  /* short */
	    "0123456g-89ab-4cde-af01-234567000000", /* not hex */
	    "01234567x89ab-4cde-af01-234567000000", "", "batch",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		cr_assert(!j0_token_to_id(bad[i], id, sizeof(id)), "%s", bad[i]);
	cr_assert(!j0_id_to_token("ex_0123", token));
	cr_assert(!j0_id_to_token("run_0123456789abcdef01234567", token));
}

/* ---- the whitespace rule and arguments ---- */

Test(judge0, strip_is_judge0s_rule)
{
	const char *cases[][2] = {
	    {"1\n", "1"}, {"1  \n\n\n", "1"},	  {"a \r\nb\t\n", "a\nb"},
	    {" 1", " 1"}, {"a\n\nb", "a\n\nb"},	  {"", ""},
	    {"\n\n", ""}, {"x \n y \n", "x\n y"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t n;
		char *s = j0_strip_output(cases[i][0], strlen(cases[i][0]), &n);
		cr_assert_str_eq(s, cases[i][1], "strip(%s)", cases[i][0]);
		cr_assert_eq(n, strlen(cases[i][1]));
		free(s);
	}
}

Test(judge0, arguments_are_split_and_stripped)
{
	json_t *a = j0_split_args("one 'two three' \"x\\\"y\" a;b $HOME `id` |&<>  ");
	json_t *want =
	    json_pack("[s, s, s, s, s, s]", "one", "two three", "x\"y", "ab", "HOME", "id");
	cr_assert(json_equal(a, want), "%s", json_dumps(a, 0));
	json_decref(a);
	json_decref(want);
	a = j0_split_args("   ");
	cr_assert_eq(json_array_size(a), 0);
	json_decref(a);
}

Test(judge0, base64_is_strict_out_and_lenient_in)
{
	size_t n;
	char *e = j0_base64_encode("h\xc3\xa9\n", 4);
	cr_assert_str_eq(e, "aMOpCg==");
	char *d = j0_base64_decode("aMOp\nCg==", 9, &n);
	cr_assert(d && n == 4 && memcmp(d, "h\xc3\xa9\n", 4) == 0);
	cr_assert_null(j0_base64_decode("@@@", 3, &n));
	cr_assert_null(j0_base64_decode("aGVsbG8", 7, &n), "missing padding");
	free(e);
	free(d);
}

/* ---- statuses ---- */

static const char *name_of(void *ctx, const char *lang)
{
	(void)ctx;
	return strcmp(lang, "python") == 0 ? "Python (3.11.2)" : "C (GCC 12.2.0)";
}
static const struct j0_lang_names names = {NULL, name_of};

/* An execution as the service returns it. */
static json_t *execution(const char *status, int code, int sig, const char *out)
{
	json_t *x = json_pack("{s:s, s:s, s:s, s:s, s:s, s:{s:i, s:i}, s:i, s:s, s:s, s:{s:f, "
			      "s:f, s:i, s:i, s:i}}",
			      "id", "ex_0123456789abcdef01234567", "status", status, "stdout", out,
			      "stderr", "", "language", "python", "time", "cpu_ms", 12, "wall_ms",
			      20, "memory_peak_kb", 3000, "created_at", "2026-01-01T00:00:00.000Z",
			      "finished_at", "2026-01-01T00:00:01.000Z", "limits", "time_limit_s",
			      10.0, "wall_time_limit_s", 21.0, "memory_limit_mb", 512,
			      "max_processes", 64, "max_output_kb", 1024);
	json_object_set_new(x, "exit_code", code >= 0 ? json_integer(code) : json_null());
	json_object_set_new(x, "signal", sig ? json_integer(sig) : json_null());
	return x;
}

static void expect(json_t *x, int id, const char *message)
{
	json_t *s = j0_submission_of(x, &names);
	json_t *st = json_object_get(s, "status");
	cr_assert_eq(json_integer_value(json_object_get(st, "id")), id, "%s",
		     json_dumps(x, JSON_COMPACT));
	cr_assert_str_eq(json_string_value(json_object_get(st, "description")),
			 j0_status_description(id));
	const char *m = json_string_value(json_object_get(s, "message"));
	if (message)
		cr_assert(m && strcmp(m, message) == 0, "%s: message %s", message, m ? m : "null");
	else
		cr_assert(json_is_null(json_object_get(s, "message")), "message %s", m);
	json_decref(s);
	json_decref(x);
}

static json_t *with_meta(json_t *x, const char *key, json_t *v)
{
	json_object_set_new(x, "meta", json_pack("{s:{s:o}}", "judge0", key, v));
	return x;
}

Test(judge0, every_status_by_rule)
{
	expect(execution("queued", -1, 0, ""), 1, NULL);
	expect(execution("pending_approval", -1, 0, ""), 1, "Waiting for a person's approval");
	expect(execution("running", -1, 0, ""), 2, NULL);
	expect(execution("ok", 0, 0, "1\n"), 3, NULL);
	expect(with_meta(execution("ok", 0, 0, "1  \n\n"), "expected_output", json_string("1")), 3,
	       NULL);
	expect(with_meta(execution("ok", 0, 0, "2\n"), "expected_output", json_string("1")), 4,
	       NULL);
	expect(with_meta(execution("ok", 0, 0, ""), "expected_output", json_string("")), 3, NULL);
	/* the bytes the program wrote are compared, not their text: a\xffb is
	 * not the a U+FFFD b that its text shows */
	json_t *bin = execution("ok", 0, 0, "a\xef\xbf\xbd" "b");
	json_object_set_new(bin, "stdout_base64", json_string("Yf9i"));
	expect(with_meta(bin, "expected_output", json_string("a\xef\xbf\xbd" "b")), 4, NULL);
	expect(execution("time_limit", -1, 9, ""), 5, "Time limit exceeded");
	expect(execution("wall_time_limit", -1, 9, ""), 5, "Wall time limit exceeded");
	expect(execution("compile_error", -1, 0, ""), 6, NULL);
	expect(execution("signaled", -1, 11, ""), 7, "Caught fatal signal 11");
	expect(execution("signaled", -1, 25, ""), 8, "Caught fatal signal 25");
	expect(execution("output_limit", -1, 9, ""), 8, "Output limit exceeded");
	expect(execution("signaled", -1, 8, ""), 9, "Caught fatal signal 8");
	expect(execution("signaled", -1, 6, ""), 10, "Caught fatal signal 6");
	expect(execution("runtime_error", 3, 0, ""), 11, "Exited with error status 3");
	/* with diagnostics, the message says what went wrong and where */
	json_t *dx = execution("runtime_error", 1, 0, "");
	json_object_set_new(dx, "diagnostics",
			    json_pack("[{s:s, s:s, s:s, s:s, s:i}]", "kind", "exception", "type",
				      "ZeroDivisionError", "message", "division by zero", "file",
				      "main.py", "line", 2));
	expect(dx, 11,
	       "Exited with error status 1: ZeroDivisionError: division by zero (main.py, line 2)");
	expect(execution("memory_limit", -1, 9, ""), 12, "Memory limit exceeded");
	expect(execution("signaled", -1, 10, ""), 12, "Caught fatal signal 10");
	json_t *x = execution("syscall_denied", -1, 31, "");
	json_object_set_new(x, "denied", json_pack("{s:s}", "syscall", "ptrace"));
	expect(x, 12, "Syscall denied: ptrace");
	x = execution("internal_error", -1, 0, "");
	json_object_set_new(x, "error", json_string("no cgroup"));
	expect(x, 13, "Internal error: no cgroup");
	expect(execution("cancelled", -1, 0, ""), 13, "Cancelled");
	expect(execution("interrupted", -1, 0, ""), 13,
	       "Interrupted: the server stopped while it ran");
	x = execution("policy_blocked", -1, 0, "");
	json_object_set_new(
	    x, "findings",
	    json_pack("[{s:s}, {s:s}]", "rule", "py.os-system", "rule", "py.subprocess"));
	expect(x, 13, "Blocked by the policy: py.os-system, py.subprocess");
	x = execution("rejected", -1, 0, "");
	json_object_set_new(x, "rejection", json_pack("{s:s}", "reason", "looks risky"));
	expect(x, 13, "Rejected by an approver: looks risky");
	expect(execution("some_future_status", -1, 0, ""), 13,
	       "Internal error: airlock could not run it");
}

Test(judge0, submission_shape_and_measures)
{
	json_t *x = execution("ok", 0, 0, "");
	json_t *s = j0_submission_of(x, &names);
	cr_assert_eq(json_object_size(s), 35);
	cr_assert_str_eq(json_string_value(json_object_get(s, "time")), "0.012");
	cr_assert_str_eq(json_string_value(json_object_get(s, "wall_time")), "0.02");
	cr_assert_eq(json_integer_value(json_object_get(s, "memory")), 3000);
	cr_assert(json_is_null(json_object_get(s, "stdout")), "empty output is null");
	cr_assert_eq(json_integer_value(json_object_get(s, "exit_code")), 0);
	cr_assert(json_is_null(json_object_get(s, "exit_signal")));
	cr_assert_str_eq(json_string_value(json_object_get(s, "cpu_time_limit")), "10.0");
	cr_assert_eq(json_integer_value(json_object_get(s, "memory_limit")), 512 * 1024);
	cr_assert_str_eq(json_string_value(json_object_get(s, "token")),
			 "01234567-89ab-4cde-af01-234567000000");
	cr_assert_eq(json_integer_value(json_object_get(s, "language_id")), 71);
	cr_assert_str_eq(json_string_value(json_object_get(json_object_get(s, "language"), "name")),
			 "Python (3.11.2)");
	json_decref(s);
	/* number_of_runs: averages; a run whose output differed is a wrong answer */
	json_object_set_new(x, "runs",
			    json_pack("[{s:{s:i,s:i},s:i,s:s},{s:{s:i,s:i},s:i,s:s}]", "time",
				      "cpu_ms", 10, "wall_ms", 30, "memory_peak_kb", 1000,
				      "stdout_sha256", "aa", "time", "cpu_ms", 20, "wall_ms", 50,
				      "memory_peak_kb", 2001, "stdout_sha256", "aa"));
	s = j0_submission_of(x, &names);
	cr_assert_str_eq(json_string_value(json_object_get(s, "time")), "0.015");
	cr_assert_str_eq(json_string_value(json_object_get(s, "wall_time")), "0.04");
	cr_assert_eq(json_integer_value(json_object_get(s, "memory")), 1500);
	json_decref(s);
	json_object_set_new(json_array_get(json_object_get(x, "runs"), 0), "stdout_sha256",
			    json_string("bb"));
	expect(with_meta(json_incref(x), "expected_output", json_string("")), 4, NULL);
	json_decref(x);
	/* compile error: the compiler's output in one stream, nothing measured */
	x = execution("compile_error", -1, 0, "");
	json_object_set_new(x, "compile",
			    json_pack("{s:s, s:s, s:s}", "status", "runtime_error", "stdout", "",
				      "stderr", "main.c:1: error"));
	s = j0_submission_of(x, &names);
	cr_assert_str_eq(json_string_value(json_object_get(s, "compile_output")),
			 "main.c:1: error");
	cr_assert(json_is_null(json_object_get(s, "time")));
	cr_assert(json_is_null(json_object_get(s, "memory")));
	json_decref(s);
	json_object_set_new(x, "compile", json_pack("{s:s}", "status", "time_limit"));
	s = j0_submission_of(x, &names);
	cr_assert_str_eq(json_string_value(json_object_get(s, "compile_output")),
			 "Compilation time limit exceeded.");
	json_decref(s);
	json_decref(x);
}

Test(judge0, fields_and_base64_view)
{
	json_t *f, *x = execution("runtime_error", 1, 0, "h\xc3\xa9\n");
	char bad[128];

	cr_assert_eq(j0_fields_parse(NULL, &f, bad, sizeof(bad)), 0);
	cr_assert_eq(json_array_size(f), 8);
	json_decref(f);
	cr_assert_eq(j0_fields_parse("*", &f, bad, sizeof(bad)), 0);
	cr_assert_eq(json_array_size(f), 35);
	json_decref(f);
	cr_assert_eq(j0_fields_parse("stdout,x, status ,y", &f, bad, sizeof(bad)), -1);
	cr_assert_str_eq(bad, "invalid fields: [x, y]");
	cr_assert_eq(j0_fields_parse("stdout, message,additional_files", &f, bad, sizeof(bad)), 0);
	json_t *s = j0_submission_of(x, &names);
	json_object_set_new(s, "additional_files", json_string("UEsFBg=="));
	json_t *v = j0_view(s, f, true);
	cr_assert_eq(json_object_size(v), 3);
	cr_assert_str_eq(json_string_value(json_object_get(v, "stdout")), "aMOpCg==");
	cr_assert_str_eq(json_string_value(json_object_get(v, "message")),
			 "RXhpdGVkIHdpdGggZXJyb3Igc3RhdHVzIDE=");
	cr_assert_str_eq(json_string_value(json_object_get(v, "additional_files")),
			 "UEsFBg==", "already base64: not encoded twice");
	json_decref(v);
	json_decref(s);
	json_decref(f);
	json_decref(x);
}

/* Output that is not UTF-8: its base64 view is the bytes the program wrote
 * (the result's stdout_base64), as Judge0's is; its text view has U+FFFD
 * for them; the compile output's bytes too. */
Test(judge0, output_that_is_not_utf8_keeps_its_bytes_in_base64)
{
	json_t *f, *x = execution("ok", 0, 0, "a\xef\xbf\xbd" "b");
	char bad[128];

	json_object_set_new(x, "stdout_base64", json_string("Yf9i")); /* a \xff b */
	json_object_set_new(x, "compile", json_pack("{s:s, s:s, s:s, s:s}", "status", "ok", "stdout",
						    "\xef\xbf\xbd", "stdout_base64", "/g==", "stderr",
						    "w"));
	cr_assert_eq(j0_fields_parse("stdout,compile_output", &f, bad, sizeof(bad)), 0);
	json_t *s = j0_submission_of(x, &names);
	json_t *v = j0_view(s, f, true);
	cr_assert_str_eq(json_string_value(json_object_get(v, "stdout")), "Yf9i");
	cr_assert_str_eq(json_string_value(json_object_get(v, "compile_output")), "/nc=",
			 "\\xfe then w");
	json_decref(v);
	v = j0_view(s, f, false);
	cr_assert_str_eq(json_string_value(json_object_get(v, "stdout")), "a\xef\xbf\xbd" "b");
	cr_assert_str_eq(json_string_value(json_object_get(v, "compile_output")),
			 "\xef\xbf\xbd" "w");
	char *dump = json_dumps(v, JSON_COMPACT);
	cr_assert_not_null(dump, "the text view is JSON");
	free(dump);
	json_decref(v);
	json_decref(s);
	json_decref(f);
	json_decref(x);
}

/* ---- requests ---- */

/* ctx: the hosts enable_network reaches, or NULL for none */
static void limits(void *ctx, const char *lang, struct j0_limits *l)
{
	(void)lang;
	*l = (struct j0_limits){5, 15, 10, 20, 131072, 524288, 64, 128, 1024, 4096, 65536};
	l->network = ctx;
}

static json_t *ok_request(const char *sub_json, bool base64)
{
	json_t *sub = json_loads(sub_json, 0, NULL), *req, *errors;
	cr_assert(sub, "%s", sub_json);
	int r = j0_request_from_submission(sub, base64, true, limits, NULL, &req, &errors);
	cr_assert_eq(r, 0, "%s -> %s", sub_json, errors ? json_dumps(errors, 0) : "");
	json_decref(sub);
	return req;
}

static void bad_request(const char *sub_json, const char *field, const char *message)
{
	json_t *sub = json_loads(sub_json, 0, NULL), *req, *errors;
	cr_assert(sub, "%s", sub_json);
	cr_assert_eq(j0_request_from_submission(sub, false, false, limits, NULL, &req, &errors), -1,
		     "%s", sub_json);
	json_t *list = json_object_get(errors, field);
	char *all = json_dumps(errors, 0);
	cr_assert(json_is_array(list), "%s -> %s", sub_json, all);
	cr_assert_str_eq(json_string_value(json_array_get(list, 0)), message, "%s -> %s", sub_json,
			 all);
	free(all);
	json_decref(errors);
	json_decref(sub);
}

Test(judge0, submission_into_the_canonical_request)
{
	json_t *r = ok_request("{\"language_id\":50,\"source_code\":\"int main(){}\","
			       "\"stdin\":\"in\",\"expected_output\":\"out\",\"cpu_time_limit\":"
			       "\"2.5\",\"wall_time_limit\":4,\"memory_limit\":65537,"
			       "\"max_processes_and_or_threads\":8,\"max_file_size\":0,"
			       "\"number_of_runs\":3,\"redirect_stderr_to_stdout\":true,"
			       "\"compiler_options\":\"-O0 -DX=1;\",\"command_line_arguments\":"
			       "\"a 'b c'\",\"callback_url\":\"https://example.com/x\","
			       "\"unknown_field\":1}",
			       false);
	json_t *want = json_loads(
	    "{\"language\":\"c\",\"code\":\"int main(){}\",\"stdin\":\"in\",\"wait\":true,"
	    "\"limits\":{\"time_limit_s\":2.5,\"wall_time_limit_s\":4.0,\"memory_limit_mb\":65,"
	    "\"max_processes\":8,\"max_output_kb\":1},\"repeat\":3,\"merge_stderr\":true,"
	    "\"compile_args\":[\"-O0\",\"-DX=1\"],\"args\":[\"a\",\"b c\"]}",
	    0, NULL);
	json_t *meta = json_incref(json_object_get(json_object_get(r, "meta"), "judge0"));
	json_object_del(r, "meta");
	cr_assert(json_equal(r, want), "%s", json_dumps(r, JSON_SORT_KEYS));
	cr_assert_str_eq(json_string_value(json_object_get(meta, "expected_output")), "out");
	cr_assert_str_eq(json_string_value(json_object_get(meta, "callback_url")),
			 "https://example.com/x");
	cr_assert_eq(json_integer_value(json_object_get(meta, "language_id")), 50);
	cr_assert(json_object_get(meta, "unknown_field") == NULL);
	json_decref(meta);
	json_decref(want);
	json_decref(r);
	/* base64, and cpu_time_limit 0 (no limit in Judge0) is the maximum */
	r = ok_request("{\"language_id\":71,\"source_code\":\"cHJpbnQoMSk=\",\"stdin\":\"eA==\","
		       "\"cpu_time_limit\":0}",
		       true);
	cr_assert_str_eq(json_string_value(json_object_get(r, "code")), "print(1)");
	cr_assert_str_eq(json_string_value(json_object_get(r, "stdin")), "x");
	cr_assert_eq(json_real_value(json_object_get(json_object_get(r, "limits"), "time_limit_s")),
		     15.0);
	json_decref(r);
}

Test(judge0, rails_style_errors)
{
	bad_request("{\"source_code\":\"x\"}", "language_id", "can't be blank");
	bad_request("{\"language_id\":\"py\",\"source_code\":\"x\"}", "language_id",
		    "is not a number");
	bad_request("{\"language_id\":62,\"source_code\":\"x\"}", "language_id",
		    "language with id 62 doesn't exist");
	bad_request("{\"language_id\":71,\"source_code\":\"\"}", "source_code", "can't be blank");
	bad_request("{\"language_id\":71,\"source_code\":7}", "source_code", "must be a string");
	bad_request("{\"language_id\":71,\"source_code\":\"x\",\"cpu_time_limit\":-1}",
		    "cpu_time_limit", "must be greater than or equal to 0.0");
	bad_request("{\"language_id\":71,\"source_code\":\"x\",\"cpu_time_limit\":16}",
		    "cpu_time_limit", "must be less than or equal to 15.0");
	bad_request("{\"language_id\":71,\"source_code\":\"x\",\"wall_time_limit\":0}",
		    "wall_time_limit", "must be greater than or equal to 1.0");
	bad_request("{\"language_id\":71,\"source_code\":\"x\",\"memory_limit\":600000}",
		    "memory_limit", "must be less than or equal to 524288");
	bad_request("{\"language_id\":71,\"source_code\":\"x\",\"max_processes_and_or_threads\":0}",
		    "max_processes_and_or_threads", "must be greater than 0");
	bad_request("{\"language_id\":71,\"source_code\":\"x\",\"max_file_size\":5000}",
		    "max_file_size", "must be less than or equal to 4096");
	bad_request("{\"language_id\":71,\"source_code\":\"x\",\"stack_limit\":200000}",
		    "stack_limit", "must be less than or equal to 128000");
	bad_request("{\"language_id\":71,\"source_code\":\"x\",\"redirect_stderr_to_stdout\":3}",
		    "redirect_stderr_to_stdout", "is not included in the list");
	bad_request("{\"language_id\":71,\"source_code\":\"x\","
		    "\"enable_per_process_and_thread_time_limit\":true}",
		    "enable_per_process_and_thread_time_limit", "this option cannot be enabled");
	char long_args[700] =
	    "{\"language_id\":71,\"source_code\":\"x\",\"command_line_arguments\":\"";
	memset(long_args + strlen(long_args), 'a', 513);
	strcat(long_args, "\"}");
	bad_request(long_args, "command_line_arguments", "is too long (maximum is 512 characters)");
	bad_request("[1]", "base", "a submission must be a JSON object");
}

/* ---- zips ---- */

struct entry {
	const char *name;
	const char *data;
	size_t len;
	bool symlink;
};

/* A zip archive of the entries (libzip, through a temporary file). */
static char *make_zip(const struct entry *e, size_t n, size_t *len)
{
	char path[] = "/tmp/airlock-j0zip.XXXXXX";
	int fd = mkstemp(path);
	close(fd);
	int err;
	zip_t *za = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
	cr_assert(za);
	for (size_t i = 0; i < n; i++) {
		zip_source_t *src = zip_source_buffer(za, e[i].data, e[i].len, 0);
		zip_int64_t idx = zip_file_add(za, e[i].name, src, ZIP_FL_ENC_UTF_8);
		cr_assert(idx >= 0, "%s: %s", e[i].name, zip_strerror(za));
		if (e[i].symlink)
			zip_file_set_external_attributes(za, (zip_uint64_t)idx, 0, ZIP_OPSYS_UNIX,
							 (zip_uint32_t)(S_IFLNK | 0777) << 16);
	}
	cr_assert_eq(zip_close(za), 0);
	FILE *f = fopen(path, "rb");
	fseek(f, 0, SEEK_END);
	*len = (size_t)ftell(f);
	rewind(f);
	char *data = malloc(*len);
	cr_assert_eq(fread(data, 1, *len, f), *len);
	fclose(f);
	unlink(path);
	return data;
}

static void zip_refused(const struct entry *e, size_t n, const char *why_part)
{
	size_t len;
	char *zip = make_zip(e, n, &len), why[300];
	json_t *files;
	cr_assert_eq(j0_zip_to_files(zip, len, J0_MAX_EXTRACT_KB, &files, why, sizeof(why)), -1,
		     "%s accepted", e[0].name);
	cr_assert(strstr(why, why_part), "%s: %s", e[0].name, why);
	free(zip);
}

Test(judge0, zip_entries_become_files)
{
	struct entry e[] = {{"data/", "", 0, false},
			    {"data/in.csv", "a,b\n", 4, false},
			    {"bin.dat", "\x00\xff", 2, false}};
	size_t len;
	char *zip = make_zip(e, 3, &len), why[200];
	json_t *files;
	cr_assert_eq(j0_zip_to_files(zip, len, J0_MAX_EXTRACT_KB, &files, why, sizeof(why)), 0,
		     "%s", why);
	cr_assert_eq(json_array_size(files), 2, "the directory is skipped");
	json_t *f = json_array_get(files, 0);
	cr_assert_str_eq(json_string_value(json_object_get(f, "name")), "data/in.csv");
	cr_assert_str_eq(json_string_value(json_object_get(f, "content")), "YSxiCg==");
	cr_assert_str_eq(json_string_value(json_object_get(f, "encoding")), "base64");
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(files, 1), "content")),
			 "AP8=");
	json_decref(files);
	free(zip);
	cr_assert_eq(j0_zip_to_files("not a zip", 9, 10, &files, why, sizeof(why)), -1);
	cr_assert_str_eq(why, "is not a zip archive");
}

Test(judge0, zip_paths_links_and_bombs_are_refused)
{
	const char *outside[] = {"../x", "a/../../x", "/etc/passwd", "a//b",
				 "./x",	 "a\\..\\x",  "a/./b"};
	for (size_t i = 0; i < sizeof(outside) / sizeof(outside[0]); i++) {
		struct entry e = {outside[i], "x", 1, false};
		zip_refused(&e, 1, "not a relative path inside the work directory");
	}
	struct entry link = {"link", "/etc/passwd", 11, true};
	zip_refused(&link, 1, "symbolic link");

	/* 11 entries of 1 MB of zeros: each under the ratio check, together
	 * over the 10240 KB that may be extracted */
	char *mb = calloc(1, 1 << 20);
	struct entry many[11];
	char zn[11][8];
	for (int i = 0; i < 11; i++) {
		snprintf(zn[i], sizeof(zn[i]), "z%d", i);
		many[i] = (struct entry){zn[i], mb, 1 << 20, false};
	}
	zip_refused(many, 11, "extracts to more than 10240 KB");
	/* one entry that inflates more than 200 times */
	char *big = calloc(1, 3 << 20);
	struct entry bomb = {"bomb", big, 3 << 20, false};
	zip_refused(&bomb, 1, "expands more than 200 times");
	free(big);
	free(mb);

	struct entry lots[J0_MAX_ZIP_ENTRIES + 1];
	static char lot_names[J0_MAX_ZIP_ENTRIES + 1][8];
	for (int i = 0; i <= J0_MAX_ZIP_ENTRIES; i++) {
		snprintf(lot_names[i], sizeof(lot_names[i]), "f%d", i);
		lots[i] = (struct entry){lot_names[i], "x", 1, false};
	}
	zip_refused(lots, J0_MAX_ZIP_ENTRIES + 1, "more than 256 entries");
}

/* ---- callbacks' addresses (no traffic) ---- */

static bool allowed(const char *text, bool allow_private)
{
	struct sockaddr_in v4 = {.sin_family = AF_INET};
	struct sockaddr_in6 v6 = {.sin6_family = AF_INET6};
	if (inet_pton(AF_INET, text, &v4.sin_addr) == 1)
		return j0_callback_address_allowed((struct sockaddr *)&v4, allow_private);
	cr_assert_eq(inet_pton(AF_INET6, text, &v6.sin6_addr), 1, "%s", text);
	return j0_callback_address_allowed((struct sockaddr *)&v6, allow_private);
}

Test(judge0, callbacks_refuse_what_only_the_server_can_reach)
{
	const char *refused[] = {"127.0.0.1",
				 "127.9.9.9",
				 "10.1.2.3",
				 "172.16.0.1",
				 "172.31.255.255",
				 "192.168.1.1",
				 "169.254.169.254",
				 "100.64.0.1",
				 "0.0.0.0",
				 "224.0.0.1",
				 "255.255.255.255",
				 "::1",
				 "::",
				 "fe80::1",
				 "fc00::1",
				 "fd12::1",
				 "ff02::1",
				 "::ffff:127.0.0.1",
				 "::ffff:10.0.0.1",
				 "64:ff9b::a00:1"};
	for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
		cr_assert(!allowed(refused[i], false), "%s is refused", refused[i]);
		cr_assert(allowed(refused[i], true), "%s is allowed when configured", refused[i]);
	}
	const char *public_[] = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111"};
	for (size_t i = 0; i < sizeof(public_) / sizeof(public_[0]); i++)
		cr_assert(allowed(public_[i], false), "%s is allowed", public_[i]);
}

/* enable_network: refused without hosts to reach; with them, the run's
 * "net" is airlock's proxy to those hosts, and the submission says it was
 * enabled. */
Test(judge0, enable_network_is_egress_to_the_allowed_hosts)
{
	bad_request("{\"language_id\":71,\"source_code\":\"x\",\"enable_network\":true}",
		    "enable_network", "enabling network is not allowed");
	json_t *hosts = json_pack("[s,s]", "pypi.org", "*.pythonhosted.org"), *req, *errors;
	json_t *sub = json_loads(
	    "{\"language_id\":71,\"source_code\":\"x\",\"enable_network\":true}", 0, NULL);
	cr_assert_eq(j0_request_from_submission(sub, false, true, limits, hosts, &req, &errors), 0);
	cr_assert(json_equal(json_object_get(json_object_get(req, "net"), "allow"), hosts), "%s",
		  json_dumps(req, 0));
	cr_assert(json_is_true(json_object_get(
	    json_object_get(json_object_get(req, "meta"), "judge0"), "enable_network")));
	json_decref(req);
	json_decref(sub);
	/* false, or absent: no network at all */
	sub = json_loads("{\"language_id\":71,\"source_code\":\"x\",\"enable_network\":false}", 0,
			 NULL);
	cr_assert_eq(j0_request_from_submission(sub, false, true, limits, hosts, &req, &errors), 0);
	cr_assert_null(json_object_get(req, "net"));
	json_decref(req);
	json_decref(sub);
	json_decref(hosts);
}
