/* The service's executions carry `diagnostics` (README "Diagnostics"):
 * made from the redacted output, stored with the execution, absent when it
 * succeeded. */
#include <criterion/criterion.h>
#include <string.h>

#include "lib/harness.h"
#include "server/client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(service_diagnostics, .fini = teardown, .timeout = 120);

Test(service_diagnostics, failed_runs_say_what_and_where_ok_runs_do_not)
{
	struct reply r, g;
	char path[128];

	srv_start(&S, NULL, NULL);
	submit(&S, S.user, "python", "def f(x):\n    return 1 / x\n\nf(0)\n", NULL, &r);
	cr_assert_eq(r.status, 201, "%ld %s", r.status, r.body);
	cr_assert_str_eq(jstr(r.json, "status"), "runtime_error");
	json_t *d = json_object_get(r.json, "diagnostics");
	cr_assert_eq(json_array_size(d), 1, "%s", r.body);
	json_t *e = json_array_get(d, 0);
	cr_expect_str_eq(jstr(e, "kind"), "exception");
	cr_expect_str_eq(jstr(e, "type"), "ZeroDivisionError");
	cr_expect_str_eq(jstr(e, "file"), "main.py");
	cr_expect_eq(jint(e, "line"), 2);
	cr_expect_eq(jint(e, "column"), 12, "the column comes from the program's own line");
	cr_expect_eq(json_array_size(json_object_get(e, "frames")), 2);

	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(r.json, "id"));
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 200);
	cr_expect(json_equal(json_object_get(g.json, "diagnostics"), d), "stored: %s", g.body);
	reply_free(&g);
	reply_free(&r);

	submit(&S, S.user, "python", "print('fine')", NULL, &r);
	cr_assert_str_eq(jstr(r.json, "status"), "ok");
	cr_expect_null(json_object_get(r.json, "diagnostics"), "%s", r.body);
	reply_free(&r);

	submit(&S, S.user, "c", "int main(void) { return missing; }", NULL, &r);
	cr_assert_str_eq(jstr(r.json, "status"), "compile_error", "%s", r.body);
	e = json_array_get(json_object_get(r.json, "diagnostics"), 0);
	cr_assert_not_null(e, "%s", r.body);
	cr_expect_str_eq(jstr(e, "kind"), "compile");
	cr_expect_str_eq(jstr(e, "file"), "main.c");
	cr_expect_eq(jint(e, "line"), 1);
	cr_expect_eq(jint(e, "column"), 25);
	reply_free(&r);
}

Test(service_diagnostics, secrets_in_messages_are_redacted)
{
	struct reply r;
	const char *code = "raise ValueError('token ghp_0123456789abcdefghijklmnopqrstuvwxyzAB')\n";

	srv_start(&S, NULL, NULL);
	submit(&S, S.user, "python", code, NULL, &r);
	cr_assert_eq(r.status, 201, "%ld %s", r.status, r.body);
	json_t *e = json_array_get(json_object_get(r.json, "diagnostics"), 0);
	cr_assert_not_null(e, "%s", r.body);
	cr_expect_str_eq(jstr(e, "type"), "ValueError");
	cr_expect_null(strstr(jstr(e, "message"), "ghp_"), "%s", jstr(e, "message"));
	cr_expect_not_null(strstr(jstr(e, "message"), "[REDACTED:"), "%s", jstr(e, "message"));
	reply_free(&r);
}
