/* The canonical request's fields for how a program is run and what a
 * front end keeps with it: meta, repeat, merge_stderr, compile_args,
 * compile_limits. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "lang/lang.h"
#include "service/request.h"

static int parse(const char *body, struct exec_request *r, struct svc_error *e)
{
	struct server_config c;
	config_default(&c);
	c.max_body_bytes = 200;
	memset(e, 0, sizeof(*e));
	return exec_request_parse(body, strlen(body), &c, r, e);
}

Test(service_request_run, options_are_read)
{
	struct exec_request r;
	struct svc_error e;

	cr_assert_eq(parse("{\"language\":\"c\",\"code\":\"int main(){}\",\"meta\":{\"a\":[1]},"
			   "\"repeat\":3,\"merge_stderr\":true,\"compile_args\":[\"-O0\",\"-DX\"]}",
			   &r, &e),
		     0, "%s", e.message);
	cr_assert_eq(r.repeat, 3);
	cr_assert(r.merge_stderr);
	cr_assert_eq(r.ncompile_args, 2);
	cr_assert_str_eq(r.compile_args[1], "-DX");
	cr_assert(json_is_array(json_object_get(r.meta, "a")));
	exec_request_free(&r);
	cr_assert_eq(parse("{\"language\":\"py\",\"code\":\"1\"}", &r, &e), 0);
	cr_assert_eq(r.repeat, 1);
	cr_assert(!r.merge_stderr);
	cr_assert_null(r.meta);
	exec_request_free(&r);
}

Test(service_request_run, bad_options_are_refused_naming_the_field)
{
	const struct {
		const char *body;
		enum svc_kind kind;
		const char *part;
	} cases[] = {
	    {"{\"language\":\"py\",\"code\":\"1\",\"meta\":[1]}", SVC_BAD_REQUEST, "'meta'"},
	    {"{\"language\":\"py\",\"code\":\"1\",\"meta\":{\"x\":\"BIG\"}}", SVC_TOO_LARGE,
	     "'meta'"},
	    {"{\"language\":\"py\",\"code\":\"1\",\"repeat\":0}", SVC_INVALID, "'repeat'"},
	    {"{\"language\":\"py\",\"code\":\"1\",\"repeat\":21}", SVC_INVALID, "'repeat'"},
	    {"{\"language\":\"py\",\"code\":\"1\",\"repeat\":1.5}", SVC_BAD_REQUEST, "'repeat'"},
	    {"{\"language\":\"py\",\"code\":\"1\",\"merge_stderr\":1}", SVC_BAD_REQUEST,
	     "'merge_stderr'"},
	    {"{\"language\":\"py\",\"code\":\"1\",\"compile_args\":[\"-O0\"]}", SVC_INVALID,
	     "only for compiled languages"},
	    {"{\"language\":\"c\",\"code\":\"1\",\"compile_args\":\"-O0\"}", SVC_BAD_REQUEST,
	     "'compile_args'"},
	    {"{\"language\":\"c\",\"code\":\"1\",\"compile_args\":[\"\"]}", SVC_INVALID,
	     "compile_args[0]"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct exec_request r;
		struct svc_error e;
		char body[600];
		const char *big = strstr(cases[i].body, "BIG");
		if (big) /* a meta larger than max_body_bytes (200) */
			snprintf(body, sizeof(body), "%.*s%0250d%s", (int)(big - cases[i].body),
				 cases[i].body, 0, big + 3);
		else
			snprintf(body, sizeof(body), "%s", cases[i].body);
		cr_assert_eq(parse(body, &r, &e), -1, "%s", body);
		cr_assert_eq(e.kind, cases[i].kind, "%s: %s", body, e.message);
		cr_assert(strstr(e.message, cases[i].part), "%s: %s", body, e.message);
		exec_request_free(&r);
	}
}

/* The compile step's limits: a compiled language's, each one given within
 * the larger of its default and the run's maximum; the others stay. */
Test(service_request_run, compile_limits_are_read_and_bounded)
{
	struct exec_request r;
	struct svc_error e;

	cr_assert_eq(parse("{\"language\":\"c\",\"code\":\"1\",\"compile_limits\":"
			   "{\"time_limit_s\":30,\"memory_limit_mb\":64}}",
			   &r, &e),
		     0, "%s", e.message);
	cr_assert(r.has_compile_limits);
	cr_assert_eq(r.compile_limits.time_limit_s, 30);
	cr_assert_eq(r.compile_limits.memory_limit_mb, 64);
	cr_assert_eq(r.compile_limits.wall_time_limit_s, r.lang->compile_limits.wall_time_limit_s);
	exec_request_free(&r);
	cr_assert_eq(parse("{\"language\":\"c\",\"code\":\"1\"}", &r, &e), 0);
	cr_assert(!r.has_compile_limits);
	exec_request_free(&r);

	const struct {
		const char *body;
		enum svc_kind kind;
		const char *part;
	} cases[] = {
	    {"{\"language\":\"py\",\"code\":\"1\",\"compile_limits\":{\"time_limit_s\":1}}",
	     SVC_INVALID, "no compile step"},
	    {"{\"language\":\"c\",\"code\":\"1\",\"compile_limits\":[1]}", SVC_BAD_REQUEST,
	     "'compile_limits'"},
	    {"{\"language\":\"c\",\"code\":\"1\",\"compile_limits\":{\"max_processes\":1}}",
	     SVC_BAD_REQUEST, "unknown compile limit"},
	    {"{\"language\":\"c\",\"code\":\"1\",\"compile_limits\":{\"time_limit_s\":0}}",
	     SVC_INVALID, "> 0"},
	    {"{\"language\":\"c\",\"code\":\"1\",\"compile_limits\":{\"time_limit_s\":\"1\"}}",
	     SVC_BAD_REQUEST, "a number"},
	    {"{\"language\":\"c\",\"code\":\"1\",\"compile_limits\":{\"time_limit_s\":61}}",
	     SVC_INVALID, "above the maximum 60"},
	    {"{\"language\":\"c\",\"code\":\"1\",\"compile_limits\":{\"memory_limit_mb\":1.5}}",
	     SVC_INVALID, "whole number"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		cr_expect_eq(parse(cases[i].body, &r, &e), -1, "%s", cases[i].body);
		cr_expect_eq(e.kind, cases[i].kind, "%s: %s", cases[i].body, e.message);
		cr_expect(strstr(e.message, cases[i].part), "%s: %s", cases[i].body, e.message);
		exec_request_free(&r);
	}
}
