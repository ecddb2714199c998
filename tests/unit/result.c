#include <criterion/criterion.h>
#include <signal.h>
#include <string.h>

#include "common/utf8.h"
#include "engine/result.h"

static void expect_sanitized(const char *in, size_t len, const char *want)
{
	size_t n;
	char *s = utf8_sanitize(in, len, &n);
	cr_expect_eq(n, strlen(want), "%zu vs %zu for %s", n, strlen(want), want);
	cr_expect_str_eq(s, want);
	free(s);
}

#define FFFD "\xef\xbf\xbd"

Test(utf8, nul_bytes_are_kept)
{
	size_t n;
	char *s = utf8_sanitize("nul\0byte", 8, &n);
	cr_assert_eq(n, 8);
	cr_assert_eq(memcmp(s, "nul\0byte", 8), 0);
	free(s);
}

Test(utf8, valid_text_is_unchanged)
{
	expect_sanitized("plain", 5, "plain");
	expect_sanitized("h\xc3\xa9 \xe2\x98\x83 \xf0\x9f\x98\x80", 12,
			 "h\xc3\xa9 \xe2\x98\x83 \xf0\x9f\x98\x80");
	expect_sanitized("", 0, "");
}

Test(utf8, invalid_sequences_become_replacement_characters)
{
	expect_sanitized("a\xff"
			 "b",
			 3, "a" FFFD "b");
	expect_sanitized("\xc0\xaf", 2, FFFD FFFD);		      /* overlong '/' */
	expect_sanitized("\xed\xa0\x80", 3, FFFD FFFD FFFD);	      /* surrogate */
	expect_sanitized("\xf4\x90\x80\x80", 4, FFFD FFFD FFFD FFFD); /* > U+10FFFF */
	expect_sanitized("ok\xe2\x98", 4, "ok" FFFD FFFD);	      /* cut at the end */
}

static struct run_result sample(void)
{
	struct run_result r;
	memset(&r, 0, sizeof(r));
	r.language = "python";
	limits_default(&r.limits);
	limits_finish(&r.limits);
	r.run.exit_code = -1;
	return r;
}

Test(result, null_exit_code_and_signal_when_absent)
{
	struct run_result r = sample();
	r.run.status = STATUS_TIME_LIMIT;
	r.run.signal = SIGKILL;
	json_t *o = result_to_json(&r);
	cr_assert(json_is_null(json_object_get(o, "exit_code")));
	cr_assert_eq(json_integer_value(json_object_get(o, "signal")), 9);
	cr_assert_str_eq(json_string_value(json_object_get(o, "status")), "time_limit");
	cr_assert_null(json_object_get(o, "compile"));
	cr_assert_null(json_object_get(o, "error"));
	json_decref(o);
}

Test(result, error_only_for_internal_error)
{
	struct run_result r = sample();
	r.run.status = STATUS_INTERNAL_ERROR;
	strcpy(r.error, "cannot set up the sandbox: mount: bad \xff");
	json_t *o = result_to_json(&r);
	cr_assert_str_eq(json_string_value(json_object_get(o, "error")),
			 "cannot set up the sandbox: mount: bad " FFFD);
	json_decref(o);
}

Test(result, output_is_sanitized_in_json)
{
	struct run_result r = sample();
	buf_append(&r.run.out, "x\xfey", 3);
	json_t *o = result_to_json(&r);
	cr_assert_str_eq(json_string_value(json_object_get(o, "stdout")), "x" FFFD "y");
	run_result_free(&r);
	json_decref(o);
}

/* Output that is not UTF-8 keeps its bytes in NAME_base64; text does
 * not get one, nor does a character the output limit cut in two. */
Test(result, output_that_is_not_utf8_keeps_its_bytes)
{
	struct run_result r = sample();
	buf_append(&r.run.out, "a\xff" "b", 3);
	buf_append(&r.run.err, "caf\xc3\xa9", 5);
	r.has_compile = true;
	buf_append(&r.compile.out, "\x00\xfe", 2);
	json_t *o = result_to_json(&r);
	cr_assert_str_eq(json_string_value(json_object_get(o, "stdout")), "a" FFFD "b");
	cr_assert_str_eq(json_string_value(json_object_get(o, "stdout_base64")), "Yf9i");
	cr_assert_null(json_object_get(o, "stderr_base64"), "UTF-8: its text is its bytes");
	json_t *c = json_object_get(o, "compile");
	cr_assert_str_eq(json_string_value(json_object_get(c, "stdout_base64")), "AP4=");
	cr_assert_null(json_object_get(c, "stderr_base64"));
	run_result_free(&r);
	json_decref(o);

	r = sample();
	buf_append(&r.run.out, "x\xc3\xa9\xc3", 4); /* é, then half of one: cut */
	r.run.out_truncated = true;
	o = result_to_json(&r);
	cr_assert_null(json_object_get(o, "stdout_base64"), "a cut character is the limit's");
	json_decref(o);
	r.run.out_truncated = false; /* the program itself wrote half a character */
	o = result_to_json(&r);
	cr_assert_str_eq(json_string_value(json_object_get(o, "stdout_base64")), "eMOpww==");
	json_decref(o);
	r.run.out_truncated = true; /* cut, but a byte before the cut is not UTF-8 */
	r.run.out.data[0] = '\xff';
	o = result_to_json(&r);
	cr_assert_not_null(json_object_get(o, "stdout_base64"));
	run_result_free(&r);
	json_decref(o);
}

/* A refused request's name is as the program sent it, bytes and all: it
 * is in the result with U+FFFD for them, not left out or blanked. */
Test(result, a_refused_host_that_is_not_utf8_is_in_the_network_list)
{
	struct run_result r = sample();
	struct egress_request q[2];
	memset(q, 0, sizeof(q));
	strcpy(q[0].host, "api.test");
	q[0].port = 443;
	q[0].allowed = true;
	strcpy(q[1].host, "\xff.test");
	q[1].port = 80;
	strcpy(q[1].reason, "not allowed");
	r.limits.net = NET_EGRESS;
	r.network.v = q;
	r.network.n = 2;
	json_t *o = result_to_json(&r);
	json_t *reqs = json_object_get(json_object_get(o, "network"), "requests");
	cr_assert_eq(json_array_size(reqs), 2);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(reqs, 0), "host")),
			 "api.test");
	json_t *bad = json_array_get(reqs, 1);
	cr_assert_str_eq(json_string_value(json_object_get(bad, "host")), FFFD ".test");
	cr_assert(json_is_false(json_object_get(bad, "allowed")));
	cr_assert_str_eq(json_string_value(json_object_get(bad, "reason")), "not allowed");
	json_decref(o);
}

Test(result, limits_object_is_the_results)
{
	struct run_result r = sample();
	r.limits.net = NET_LOOPBACK;
	json_t *o = result_to_json(&r), *l = limits_to_json(&r.limits);
	cr_assert(json_equal(json_object_get(o, "limits"), l));
	cr_assert_eq(json_integer_value(json_object_get(l, "memory_limit_mb")), 512);
	cr_assert_str_eq(json_string_value(json_object_get(l, "net")), "loopback");
	cr_assert_eq(json_object_size(l), 7);
	json_decref(l);
	json_decref(o);
}

Test(result, exit_codes_follow_the_contract)
{
	static const struct {
		enum run_status s;
		int exit_code, signal, want;
	} cases[] = {
	    {STATUS_OK, 0, 0, 0},
	    {STATUS_RUNTIME_ERROR, 3, 0, 3},
	    {STATUS_SIGNALED, -1, SIGSEGV, 128 + SIGSEGV},
	    {STATUS_TIME_LIMIT, -1, SIGKILL, 124},
	    {STATUS_WALL_TIME_LIMIT, -1, SIGKILL, 124},
	    {STATUS_MEMORY_LIMIT, -1, SIGKILL, 137},
	    {STATUS_OUTPUT_LIMIT, -1, SIGKILL, 137},
	    {STATUS_SYSCALL_DENIED, -1, SIGSYS, 128 + SIGSYS},
	    {STATUS_COMPILE_ERROR, -1, 0, 1},
	    {STATUS_INTERNAL_ERROR, -1, 0, 125},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct run_result r = sample();
		r.run.status = cases[i].s;
		r.run.exit_code = cases[i].exit_code;
		r.run.signal = cases[i].signal;
		cr_expect_eq(result_exit_code(&r), cases[i].want, "%s",
			     run_status_name(cases[i].s));
	}
}

Test(result, status_names)
{
	cr_assert_str_eq(run_status_name(STATUS_OK), "ok");
	cr_assert_str_eq(run_status_name(STATUS_SYSCALL_DENIED), "syscall_denied");
	cr_assert_str_eq(run_status_name((enum run_status)999), "internal_error");
}
