#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang/lang.h"
#include "http/http.h"
#include "service/request.h"

static int parse(const char *body, struct exec_request *r, struct svc_error *e)
{
	struct server_config c;
	config_default(&c);
	c.max_code_bytes = 100;
	memset(e, 0, sizeof(*e));
	return exec_request_parse(body, strlen(body), &c, r, e);
}

Test(service_request, minimal_request_gets_default_limits)
{
	struct exec_request r;
	struct svc_error e;
	cr_assert_eq(parse("{\"language\":\"py\",\"code\":\"print(1)\"}", &r, &e), 0, "%s",
		     e.message);
	cr_assert_str_eq(r.lang->name, "python");
	cr_assert_eq(r.code_len, 8);
	cr_assert(r.wait);
	cr_assert_eq(r.limits.time_limit_s, 10);
	cr_assert_eq(r.limits.wall_time_limit_s, 21);
	exec_request_free(&r);
}

Test(service_request, fields_are_read)
{
	struct exec_request r;
	struct svc_error e;
	cr_assert_eq(
	    parse("{\"language\":\"bash\",\"code\":\"cat\",\"stdin\":\"abc\",\"wait\":false,"
		  "\"limits\":{\"time_limit_s\":2,\"net\":\"loopback\"},"
		  "\"files\":[{\"name\":\"a.txt\",\"content\":\"x\"}]}",
		  &r, &e),
	    0, "%s", e.message);
	cr_assert_eq(r.stdin_len, 3);
	cr_assert(!r.wait);
	cr_assert_eq(r.limits.time_limit_s, 2);
	cr_assert_eq(r.limits.net, NET_LOOPBACK);
	cr_assert_eq(r.nfiles, 1);
	cr_assert_str_eq(r.files[0].name, "a.txt");
	exec_request_free(&r);
}

static void refused(const char *body, int http, const char *code)
{
	struct exec_request r;
	struct svc_error e;
	cr_assert_eq(parse(body, &r, &e), -1, "accepted: %s", body);
	cr_assert_eq(http_status_of(e.kind), http, "%s: %d %s", body, http_status_of(e.kind),
		     e.message);
	cr_assert_str_eq(e.code, code, "%s: %s", body, e.message);
	exec_request_free(&r);
}

Test(service_request, bad_bodies_get_the_right_status)
{
	refused("", 400, "bad_json");
	refused("{", 400, "bad_json");
	refused("[]", 400, "bad_request");
	refused("{\"code\":\"x\"}", 400, "bad_request");
	refused("{\"language\":\"bash\"}", 400, "bad_request");
	refused("{\"language\":\"bash\",\"code\":1}", 400, "bad_request");
	refused("{\"language\":\"bash\",\"code\":\"x\",\"extra\":1}", 400, "bad_request");
	refused("{\"language\":\"bash\",\"code\":\"x\",\"wait\":\"no\"}", 400, "bad_request");
	refused("{\"language\":\"bash\",\"code\":\"x\",\"language\":\"c\"}", 400, "bad_json");
	refused("{\"language\":\"cobol\",\"code\":\"x\"}", 422, "unknown_language");
	refused("{\"language\":\"bash\",\"code\":\"x\",\"limits\":{\"time_limit_s\":61}}", 422,
		"limit_too_high");
	refused("{\"language\":\"bash\",\"code\":\"x\",\"limits\":{\"memory_limit_mb\":-1}}", 422,
		"invalid_value");
	/* a whole number too large for any integer: checked before it is
	 * converted (found by fuzz_request: the conversion was undefined) */
	refused("{\"language\":\"bash\",\"code\":\"x\",\"limits\":{\"memory_limit_mb\":2e22}}",
		422, "invalid_value");
	refused("{\"language\":\"bash\",\"code\":\"x\",\"limits\":{\"max_processes\":1e300}}",
		422, "invalid_value");
	refused("{\"language\":\"bash\",\"code\":\"x\",\"limits\":{\"bogus\":1}}", 400,
		"bad_request");
	refused("{\"language\":\"bash\",\"code\":\"x\",\"limits\":{\"net\":\"host\"}}", 422,
		"invalid_value");
	refused("{\"language\":\"bash\",\"code\":\"x\",\"files\":[{\"name\":\"../"
		"e\",\"content\":\"\"}]}",
		422, "invalid_value");
	char big[300];
	snprintf(big, sizeof(big), "{\"language\":\"bash\",\"code\":\"%0150d\"}", 0);
	refused(big, 413, "code_too_large");
}

/* A mistake in files[] is the client's (422 naming the field), never an
 * internal error of the run. */
Test(service_request, file_mistakes_are_422_naming_the_field)
{
	static const struct {
		const char *body, *field;
	} cases[] = {
	    {"{\"language\":\"python\",\"code\":\"x\",\"files\":[{\"name\":\"main.py\","
	     "\"content\":\"\"}]}",
	     "files[0].name"},
	    {"{\"language\":\"bash\",\"code\":\"x\",\"files\":[{\"name\":\"a\",\"content\":"
	     "\"1\"},{\"name\":\"a\",\"content\":\"2\"}]}",
	     "files[1].name"},
	    {"{\"language\":\"c\",\"code\":\"x\",\"files\":[{\"name\":\"main\",\"content\":"
	     "\"\"}]}",
	     "files[0].name"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct exec_request r;
		struct svc_error e;
		cr_assert_eq(parse(cases[i].body, &r, &e), -1, "accepted: %s", cases[i].body);
		cr_expect_eq(http_status_of(e.kind), 422, "%s: %s", cases[i].body, e.message);
		cr_expect_str_eq(e.code, "invalid_value");
		cr_expect(strstr(e.message, cases[i].field), "%s", e.message);
		exec_request_free(&r);
	}
}

static int parse_json(json_t *o, struct exec_request *r, struct svc_error *e)
{
	struct server_config c;
	config_default(&c);
	memset(e, 0, sizeof(*e));
	return exec_request_from_json(o, &c, r, e);
}

/* What would not fit the scratch space is refused before the run, counted
 * in the pages tmpfs gives each file. */
Test(service_request, code_and_files_over_the_disk_limit_are_422)
{
	struct exec_request r;
	struct svc_error e;
	size_t n = 1100 * 1024;
	char *mb = malloc(n + 1);

	memset(mb, 'y', n);
	mb[n] = 0;
	json_t *o = json_pack("{s:s, s:s, s:{s:i}, s:[{s:s, s:s}]}", "language", "bash", "code",
			      "x", "limits", "disk_limit_mb", 1, "files", "name", "data", "content",
			      mb);
	cr_assert_eq(parse_json(o, &r, &e), -1, "a 1.1 MB file under a 1 MB disk was accepted");
	cr_expect_eq(http_status_of(e.kind), 422);
	cr_expect(strstr(e.message, "disk_limit_mb"), "%s", e.message);
	exec_request_free(&r);

	o = json_pack("{s:s, s:s, s:{s:i}, s:[{s:s, s:s}]}", "language", "bash", "code", "x",
		      "limits", "disk_limit_mb", 2, "files", "name", "data", "content", mb);
	cr_expect_eq(parse_json(o, &r, &e), 0, "%s", e.message);
	exec_request_free(&r);

	/* 300 one-byte files take 300 pages, not 300 bytes */
	o = json_pack("{s:s, s:s, s:{s:i}, s:[]}", "language", "bash", "code", "x", "limits",
		      "disk_limit_mb", 1, "files");
	for (int i = 0; i < REQ_MAX_FILES; i++) {
		char name[16];
		snprintf(name, sizeof(name), "f%d", i);
		json_array_append_new(json_object_get(o, "files"),
				      json_pack("{s:s, s:s}", "name", name, "content", "1"));
	}
	cr_expect_eq(parse_json(o, &r, &e), 0, "%d small files fit in 1 MB: %s", REQ_MAX_FILES,
		     e.message);
	exec_request_free(&r);
	free(mb);
}

Test(service_request, limit_error_names_limit_and_maximum)
{
	struct exec_request r;
	struct svc_error e;
	parse("{\"language\":\"bash\",\"code\":\"x\",\"limits\":{\"memory_limit_mb\":4096}}", &r,
	      &e);
	cr_assert(strstr(e.message, "memory_limit_mb") && strstr(e.message, "2048"), "%s",
		  e.message);
	exec_request_free(&r);
}

static int decision(const char *body, char **reason, struct svc_error *e)
{
	memset(e, 0, sizeof(*e));
	return decision_request_parse(body, strlen(body), reason, e);
}

Test(service_request, decision_reason_is_optional_and_bounded)
{
	struct svc_error e;
	char *reason, big[600];

	cr_assert_eq(decision("", &reason, &e), 0);
	cr_assert_str_eq(reason, "");
	free(reason);
	cr_assert_eq(decision("{}", &reason, &e), 0);
	cr_assert_str_eq(reason, "");
	free(reason);
	cr_assert_eq(decision("{\"reason\":null}", &reason, &e), 0);
	free(reason);
	cr_assert_eq(decision("{\"reason\":\"looks fine\"}", &reason, &e), 0, "%s", e.message);
	cr_assert_str_eq(reason, "looks fine");
	free(reason);

	snprintf(big, sizeof(big), "{\"reason\":\"%0500d\"}", 0);
	cr_assert_eq(decision(big, &reason, &e), 0, "500 bytes are fine: %s", e.message);
	free(reason);
	snprintf(big, sizeof(big), "{\"reason\":\"%0501d\"}", 0);
	cr_assert_eq(decision(big, &reason, &e), -1);
	cr_assert_eq(http_status_of(e.kind), 422);
	cr_assert_str_eq(e.code, "invalid_value");
	cr_assert(reason == NULL);

	cr_assert_eq(decision("{\"reason\":", &reason, &e), -1);
	cr_assert_str_eq(e.code, "bad_json");
	cr_assert_eq(decision("[\"no\"]", &reason, &e), -1);
	cr_assert_str_eq(e.code, "bad_request");
	cr_assert_eq(decision("{\"reason\":3}", &reason, &e), -1);
	cr_assert_eq(http_status_of(e.kind), 400);
	cr_assert_eq(decision("{\"reason\":\"a\",\"by\":\"me\"}", &reason, &e), -1);
	cr_assert(strstr(e.message, "unknown field 'by'"), "%s", e.message);
	cr_assert_eq(decision("{\"reason\":\"a\\u0000b\"}", &reason, &e), -1);
	cr_assert_eq(http_status_of(e.kind), 400, "jansson refuses NUL in strings");
	cr_assert_eq(decision("{\"reason\":\"a\",\"reason\":\"b\"}", &reason, &e), -1);
}
