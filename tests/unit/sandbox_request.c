/* The requests of sandboxes that live (service/sandbox_request.c): the
 * defaults, both names of each limit, the maxima, refusals by kind. */
#include <criterion/criterion.h>
#include <string.h>

#include "service/internal.h"

static struct server_config C;

static void setup(void)
{
	config_default(&C);
	C.sandbox_max_timeout_s = 3600;
}

static void teardown(void);
TestSuite(sandbox_request, .init = setup, .fini = teardown);

static int create(const char *text, struct sandbox_create_req *r, struct svc_error *e)
{
	json_t *v = text ? json_loads(text, JSON_ALLOW_NUL, NULL) : NULL;
	cr_assert(text == NULL || v != NULL, "bad test JSON %s", text);
	memset(e, 0, sizeof(*e));
	int ret = sandbox_create_parse(v, &C, r, e);
	json_decref(v);
	return ret;
}

Test(sandbox_request, an_empty_body_gets_every_default)
{
	struct sandbox_create_req r;
	struct svc_error e;

	cr_assert_eq(create(NULL, &r, &e), 0, "%s", e.message);
	cr_assert_eq(r.timeout_s, 300);
	cr_assert_eq(r.idle_timeout_s, 300);
	cr_assert_eq(r.limits.memory_limit_mb, 512);
	cr_assert_eq(r.limits.time_limit_s, 10);
	cr_assert_eq(r.limits.net, NET_NONE);
	cr_assert_eq(r.cpu_total_s, 0);
	cr_assert_null(r.env);
	sandbox_create_req_free(&r);
}

Test(sandbox_request, short_and_long_limit_names)
{
	struct sandbox_create_req r;
	struct svc_error e;

	cr_assert_eq(create("{\"timeout_s\":60,\"idle_timeout_s\":5,\"net\":\"loopback\","
			    "\"limits\":{\"memory_mb\":128,\"max_processes\":8,\"disk_mb\":16,"
			    "\"cpu_total_s\":2.5,\"time\":3,\"wall_time_limit_s\":4,"
			    "\"output_kb\":64},\"env\":{\"A\":\"b\"},\"metadata\":{\"k\":1}}",
			    &r, &e),
		     0, "%s", e.message);
	cr_assert_eq(r.timeout_s, 60);
	cr_assert_eq(r.idle_timeout_s, 5);
	cr_assert_eq(r.limits.memory_limit_mb, 128);
	cr_assert_eq(r.limits.max_processes, 8);
	cr_assert_eq(r.limits.disk_limit_mb, 16);
	cr_assert_eq(r.limits.time_limit_s, 3);
	cr_assert_eq(r.limits.wall_time_limit_s, 4);
	cr_assert_eq(r.limits.max_output_kb, 64);
	cr_assert_eq(r.limits.net, NET_LOOPBACK);
	cr_assert_eq(r.cpu_total_s, 2.5);
	cr_assert_str_eq(json_string_value(json_object_get(r.env, "A")), "b");
	cr_assert_eq(json_integer_value(json_object_get(r.metadata, "k")), 1);
	sandbox_create_req_free(&r);
}

Test(sandbox_request, refusals_by_kind)
{
	static const struct {
		const char *body;
		enum svc_kind kind;
	} cases[] = {
	    {"[]", SVC_BAD_REQUEST},
	    {"{\"what\":1}", SVC_BAD_REQUEST},
	    {"{\"timeout_s\":\"5\"}", SVC_BAD_REQUEST},
	    {"{\"timeout_s\":1.5}", SVC_BAD_REQUEST},
	    {"{\"timeout_s\":0}", SVC_INVALID},
	    {"{\"timeout_s\":3601}", SVC_INVALID},
	    {"{\"limits\":{\"memory_mb\":0}}", SVC_INVALID},
	    {"{\"limits\":{\"memory_mb\":1.5}}", SVC_INVALID},
	    {"{\"limits\":{\"memory_mb\":999999}}", SVC_INVALID},
	    {"{\"limits\":{\"swap\":1}}", SVC_BAD_REQUEST},
	    {"{\"limits\":[]}", SVC_BAD_REQUEST},
	    {"{\"net\":\"internet\"}", SVC_INVALID},
	    {"{\"env\":{\"LD_PRELOAD\":\"/x.so\"}}", SVC_INVALID},
	    {"{\"env\":{\"A\":1}}", SVC_BAD_REQUEST},
	    {"{\"env\":{\"A\":\"a\\u0000b\"}}", SVC_INVALID},
	    {"{\"metadata\":\"x\"}", SVC_BAD_REQUEST},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct sandbox_create_req r;
		struct svc_error e;
		cr_assert_eq(create(cases[i].body, &r, &e), -1, "%s accepted", cases[i].body);
		cr_assert_eq(e.kind, cases[i].kind, "%s: %s", cases[i].body, e.message);
		cr_assert(e.message[0] != 0);
	}
}

static json_t *held; /* the request of the last exec_parse: x borrows from it */

static void release_held(void)
{
	json_decref(held);
	held = NULL;
}

static void teardown(void)
{
	release_held();
}

static int exec_parse(const char *text, struct sandbox_exec_req *x, struct svc_error *e)
{
	struct limits box;
	json_t *v = json_loads(text, JSON_ALLOW_NUL, NULL);

	cr_assert(v != NULL, "bad test JSON %s", text);
	box = config_limits_for(&C, "bash")->defaults;
	limits_finish(&box);
	memset(e, 0, sizeof(*e));
	release_held();
	held = v;
	return sandbox_exec_parse(v, &C, &box, x, e);
}

Test(sandbox_request, exec_takes_a_command_and_its_own_limits)
{
	struct sandbox_exec_req x;
	struct svc_error e;

	cr_assert_eq(exec_parse("{\"command\":\"ls\",\"stdin\":\"a\\u0000b\",\"cwd\":\"d\","
				"\"env\":{\"X\":\"y\"},\"limits\":{\"time\":2,\"output\":8}}",
				&x, &e),
		     0, "%s", e.message);
	cr_assert_str_eq(x.command, "ls");
	cr_assert_eq(x.stdin_len, 3, "stdin is bytes, NUL included");
	cr_assert_str_eq(x.cwd, "d");
	cr_assert_eq(x.nenv, 1);
	cr_assert_eq(x.limits.time_limit_s, 2);
	cr_assert_eq(x.limits.wall_time_limit_s, 5, "derived from the command's own time");
	cr_assert_eq(x.limits.max_output_kb, 8);
	cr_assert_eq(x.limits.memory_limit_mb, 512, "the box's");
	sandbox_exec_req_free(&x);
	cr_assert_eq(exec_parse("{\"command\":\"ls\",\"limits\":{\"wall_time\":1}}", &x, &e), 0);
	cr_assert_eq(x.limits.wall_time_limit_s, 1);
	cr_assert_eq(x.limits.time_limit_s, 10);
	sandbox_exec_req_free(&x);
}

Test(sandbox_request, exec_refusals)
{
	static const struct {
		const char *body;
		enum svc_kind kind;
	} cases[] = {
	    {"{}", SVC_BAD_REQUEST},
	    {"{\"command\":\"\"}", SVC_BAD_REQUEST},
	    {"{\"command\":5}", SVC_BAD_REQUEST},
	    {"{\"command\":\"a\\u0000b\"}", SVC_INVALID},
	    {"{\"command\":\"ls\",\"limits\":{\"memory_mb\":5}}", SVC_BAD_REQUEST},
	    {"{\"command\":\"ls\",\"limits\":{\"time\":9999}}", SVC_INVALID},
	    {"{\"command\":\"ls\",\"cwd\":\"\"}", SVC_BAD_REQUEST},
	    {"{\"command\":\"ls\",\"stdin\":1}", SVC_BAD_REQUEST},
	    {"{\"command\":\"ls\",\"env\":{\"PATH\":\"/x\"}}", SVC_INVALID},
	    {"{\"command\":\"ls\",\"x\":1}", SVC_BAD_REQUEST},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct sandbox_exec_req x;
		struct svc_error e;
		cr_assert_eq(exec_parse(cases[i].body, &x, &e), -1, "%s accepted", cases[i].body);
		cr_assert_eq(e.kind, cases[i].kind, "%s: %s", cases[i].body, e.message);
	}
}

Test(sandbox_request, timeout_bounds)
{
	struct svc_error e;
	int64_t t;
	json_t *ok = json_pack("{s:i}", "timeout_s", 60),
	       *big = json_pack("{s:i}", "timeout_s", 4000), *none = json_object();

	cr_assert_eq(sandbox_timeout_parse(ok, &C, &t, &e), 0);
	cr_assert_eq(t, 60);
	cr_assert_eq(sandbox_timeout_parse(big, &C, &t, &e), -1);
	cr_assert_eq(e.kind, SVC_INVALID);
	cr_assert_eq(sandbox_timeout_parse(none, &C, &t, &e), -1);
	cr_assert_eq(e.kind, SVC_BAD_REQUEST);
	json_decref(ok);
	json_decref(big);
	json_decref(none);
}

Test(sandbox_request, on_timeout_end_or_pause)
{
	static const struct {
		const char *body;
		int ret;
		bool pause;
	} cases[] = {
	    {"{}", 0, false},
	    {"{\"on_timeout\": null}", 0, false},
	    {"{\"on_timeout\": \"end\"}", 0, false},
	    {"{\"on_timeout\": \"pause\"}", 0, true},
	    {"{\"on_timeout\": \"kill\"}", -1, false},
	    {"{\"on_timeout\": \"Pause\"}", -1, false},
	    {"{\"on_timeout\": true}", -1, false},
	};
	struct sandbox_create_req r;
	struct svc_error e;

	cr_assert_eq(C.paused_max_s, 86400, "the default bound of a pause");
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int ret = create(cases[i].body, &r, &e);
		cr_assert_eq(ret, cases[i].ret, "%s: %s", cases[i].body, e.message);
		if (ret == 0) {
			cr_assert_eq(r.pause_on_timeout, cases[i].pause, "%s", cases[i].body);
			sandbox_create_req_free(&r);
		} else {
			cr_assert_eq(e.kind, SVC_INVALID, "%s", cases[i].body);
			cr_assert(strstr(e.message, "on_timeout"), "%s", e.message);
		}
	}
}
