/* Every endpoint and every error status of the HTTP API, against a real
 * `airlock serve` running the real engine. */
#include <criterion/criterion.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib/harness.h"
#include "server/client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(api, .fini = teardown, .timeout = 120);

Test(api, create_get_list_and_info_endpoints)
{
	struct reply r, g;
	char path[128];

	srv_start(&S, NULL, NULL);
	submit(&S, S.user, "python", "print(6*7)", NULL, &r);
	cr_assert_eq(r.status, 201, "%ld %s", r.status, r.body);
	cr_assert_str_eq(jstr(r.json, "status"), "ok");
	cr_assert_str_eq(jstr(r.json, "stdout"), "42\n");
	cr_assert_eq(jint(r.json, "exit_code"), 0);
	cr_assert_str_eq(jstr(r.json, "language"), "python");
	cr_assert(strncmp(jstr(r.json, "id"), "ex_", 3) == 0);
	cr_assert(strlen(jstr(r.json, "created_at")) >= 20);
	cr_assert(strlen(jstr(r.json, "finished_at")) >= 20);
	cr_assert(json_is_object(json_object_get(r.json, "limits")));
	cr_assert(json_is_object(json_object_get(r.json, "time")));

	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(r.json, "id"));
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 200);
	cr_assert(json_equal(r.json, g.json), "GET gives the same execution:\n%s\n%s", r.body,
		  g.body);
	reply_free(&g);

	http(&S, "GET", "/v1/executions", S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 200);
	json_t *list = json_object_get(g.json, "executions");
	cr_assert_eq(json_array_size(list), 1);
	cr_assert_str_eq(jstr(json_array_get(list, 0), "id"), jstr(r.json, "id"));
	cr_assert(json_is_null(json_object_get(g.json, "next_cursor")));
	reply_free(&g);

	http(&S, "GET", "/v1/languages", S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 200);
	json_t *langs = json_object_get(g.json, "languages");
	cr_assert(json_array_size(langs) >= 4);
	json_t *py = json_array_get(langs, 0);
	cr_assert(json_is_object(json_object_get(py, "defaults")));
	cr_assert(json_is_object(json_object_get(py, "max")));
	reply_free(&g);

	http(&S, "GET", "/healthz", NULL, NULL, NULL, &g);
	cr_assert_eq(g.status, 200);
	cr_assert_str_eq(jstr(g.json, "status"), "ok");
	reply_free(&g);

	http(&S, "GET", "/metrics", NULL, NULL, NULL, &g);
	cr_assert_eq(g.status, 200);
	cr_assert(strstr(g.body, "airlock_executions_total{status=\"ok\"} 1\n"), "%s", g.body);
	cr_assert(strstr(g.body, "airlock_queue_depth 0\n"));
	cr_assert(strstr(g.body, "airlock_execution_duration_seconds_count 1\n"));
	reply_free(&g);
	reply_free(&r);
}

static void expect(long status, const char *code, struct reply *r)
{
	cr_assert_eq(r->status, status, "wanted %ld, got %ld: %s", status, r->status, r->body);
	json_t *e = json_object_get(r->json, "error");
	cr_assert(json_is_object(e), "error object: %s", r->body);
	cr_assert_str_eq(jstr(e, "code"), code, "%s", r->body);
	cr_assert(strlen(jstr(e, "message")) > 0);
	reply_free(r);
}

Test(api, every_error_status)
{
	struct reply r;
	srv_start(&S, "max_body_kb: 8\nmax_code_kb: 2\n", NULL);

	http(&S, "GET", "/v1/executions", NULL, NULL, NULL, &r);
	expect(401, "unauthorized", &r);
	http(&S, "GET", "/v1/executions", "ak_0000", NULL, NULL, &r);
	expect(401, "unauthorized", &r);
	http(&S, "POST", "/v1/executions", S.user, NULL, "{\"language\":", &r);
	expect(400, "bad_json", &r);
	http(&S, "POST", "/v1/executions", S.user, NULL, "{\"language\":\"python\"}", &r);
	expect(400, "bad_request", &r);
	http(&S, "POST", "/v1/executions", S.user, "text/plain", "{}", &r);
	expect(415, "unsupported_media_type", &r);
	char *big = malloc(20000);
	memset(big, 'x', 19999);
	big[19999] = 0;
	http(&S, "POST", "/v1/executions", S.user, NULL, big, &r);
	expect(413, "body_too_large", &r);
	big[4000] = 0;
	submit(&S, S.user, "bash", big, NULL, &r);
	expect(413, "code_too_large", &r);
	free(big);
	submit(&S, S.user, "python", "1", "{\"limits\":{\"memory_limit_mb\":99999}}", &r);
	cr_assert(strstr(r.body, "memory_limit_mb") && strstr(r.body, "2048"), "%s", r.body);
	expect(422, "limit_too_high", &r);
	submit(&S, S.user, "cobol", "1", NULL, &r);
	expect(422, "unknown_language", &r);
	/* a client's mistake in files[] is a 422 naming the field, never a
	 * run that fails as internal_error */
	submit(&S, S.user, "python", "print(1)",
	       "{\"files\":[{\"name\":\"main.py\",\"content\":\"x\"}]}", &r);
	cr_assert(strstr(r.body, "files[0].name"), "%s", r.body);
	expect(422, "invalid_value", &r);
	submit(&S, S.user, "bash", "true",
	       "{\"files\":[{\"name\":\"a\",\"content\":\"\"},{\"name\":\"a\",\"content\":\"\"}]}",
	       &r);
	cr_assert(strstr(r.body, "files[1].name"), "%s", r.body);
	expect(422, "invalid_value", &r);
	/* a path that is not UTF-8 still gets a JSON error */
	http(&S, "GET", "/v1/executions/%ff%fe", S.user, NULL, NULL, &r);
	expect(404, "not_found", &r);
	http(&S, "GET", "/v1/executions/ex_000000000000000000000000", S.user, NULL, NULL, &r);
	expect(404, "not_found", &r);
	http(&S, "GET", "/v2/nothing", S.user, NULL, NULL, &r);
	expect(404, "not_found", &r);
	http(&S, "PUT", "/v1/executions", S.user, NULL, NULL, &r);
	cr_assert_str_eq(r.allow, "POST, GET");
	expect(405, "method_not_allowed", &r);
	http(&S, "GET", "/v1/executions?limit=0", S.user, NULL, NULL, &r);
	expect(400, "bad_request", &r);
	http(&S, "GET", "/v1/executions?status=bogus", S.user, NULL, NULL, &r);
	expect(400, "bad_request", &r);
}

Test(api, keys_see_only_their_own_executions_admin_sees_all)
{
	struct reply r, g;
	char path[128];

	srv_start(&S, NULL, NULL);
	submit(&S, S.user, "bash", "echo mine", NULL, &r);
	cr_assert_eq(r.status, 201);
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(r.json, "id"));

	http(&S, "GET", path, S.other, NULL, NULL, &g);
	expect(404, "not_found", &g);
	http(&S, "DELETE", path, S.other, NULL, NULL, &g);
	expect(404, "not_found", &g);
	http(&S, "GET", "/v1/executions", S.other, NULL, NULL, &g);
	cr_assert_eq(json_array_size(json_object_get(g.json, "executions")), 0);
	reply_free(&g);

	http(&S, "GET", path, S.admin, NULL, NULL, &g);
	cr_assert_eq(g.status, 200);
	cr_assert_str_eq(jstr(g.json, "stdout"), "mine\n");
	reply_free(&g);
	http(&S, "GET", "/v1/executions", S.admin, NULL, NULL, &g);
	cr_assert_eq(json_array_size(json_object_get(g.json, "executions")), 1);
	reply_free(&g);
	reply_free(&r);
}

Test(api, revoked_key_is_refused)
{
	struct reply r;
	struct proc_out o;

	srv_start(&S, NULL, NULL);
	const char *argv[] = {airlock_bin(), "keys", "revoke", "other", "--data-dir", S.dir, NULL};
	cr_assert_eq(run_cmd(argv, NULL, 20, &o), 0, "%s", o.err);
	proc_out_free(&o);
	http(&S, "GET", "/v1/executions", S.other, NULL, NULL, &r);
	expect(401, "unauthorized", &r);
	const char *list[] = {airlock_bin(), "keys", "list", "--data-dir", S.dir, NULL};
	cr_assert_eq(run_cmd(list, NULL, 20, &o), 0);
	cr_assert(strstr(o.out, "revoked") && strstr(o.out, "admin"), "%s", o.out);
	cr_assert(strstr(o.out, S.user) == NULL, "keys list never shows a key");
	proc_out_free(&o);
}

Test(api, wait_false_then_cancel)
{
	struct reply r, g;
	char path[128];

	srv_start(&S, NULL, NULL);
	submit(&S, S.user, "bash", "sleep 20", "{\"wait\":false}", &r);
	cr_assert_eq(r.status, 202, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "status"), "queued");
	cr_assert_eq(json_object_size(r.json), 2);
	cr_assert(wait_status(&S, S.user, jstr(r.json, "id"), "running"));
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(r.json, "id"));
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert(json_is_null(json_object_get(g.json, "finished_at")));
	reply_free(&g);
	http(&S, "DELETE", path, S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	cr_assert_str_eq(jstr(g.json, "status"), "cancelled");
	cr_assert(strlen(jstr(g.json, "finished_at")) > 0);
	reply_free(&g);
	http(&S, "DELETE", path, S.user, NULL, NULL, &g);
	expect(409, "not_cancellable", &g);
	reply_free(&r);
}

Test(api, cursor_pagination_newest_first_and_status_filter)
{
	struct reply r;
	char ids[5][40], path[160];
	const char *seen[5];
	int n = 0;

	srv_start(&S, NULL, NULL);
	for (int i = 0; i < 5; i++) {
		submit(&S, S.user, "bash", i == 2 ? "exit 3" : "true", NULL, &r);
		cr_assert_eq(r.status, 201);
		strcpy(ids[i], jstr(r.json, "id"));
		reply_free(&r);
	}
	strcpy(path, "/v1/executions?limit=2");
	for (int page = 0; page < 5; page++) {
		http(&S, "GET", path, S.user, NULL, NULL, &r);
		cr_assert_eq(r.status, 200, "%s", r.body);
		json_t *a = json_object_get(r.json, "executions");
		cr_assert(json_array_size(a) <= 2);
		for (size_t i = 0; i < json_array_size(a); i++) {
			cr_assert(n < 5);
			cr_assert_str_eq(jstr(json_array_get(a, i), "id"), ids[4 - n],
					 "newest first");
			seen[n] = ids[4 - n];
			n++;
		}
		json_t *cur = json_object_get(r.json, "next_cursor");
		if (json_is_null(cur)) {
			reply_free(&r);
			break;
		}
		snprintf(path, sizeof(path), "/v1/executions?limit=2&cursor=%s",
			 json_string_value(cur));
		reply_free(&r);
	}
	cr_assert_eq(n, 5);
	(void)seen;
	http(&S, "GET", "/v1/executions?status=runtime_error", S.user, NULL, NULL, &r);
	json_t *a = json_object_get(r.json, "executions");
	cr_assert_eq(json_array_size(a), 1);
	cr_assert_str_eq(jstr(json_array_get(a, 0), "id"), ids[2]);
	reply_free(&r);
}

Test(api, huge_headers_and_slow_clients_are_cut_off)
{
	char buf[4096];
	struct reply r;

	srv_start(&S, "connection_timeout_s: 1\n", NULL);
	/* a client that sends half a request and stalls is dropped */
	int slow = raw_connect(S.port, 10);
	cr_assert(write(slow, "GET /healthz HTTP/1.1\r\nHost: x\r\n", 32) == 32);
	http(&S, "GET", "/healthz", NULL, NULL, NULL, &r);
	cr_assert_eq(r.status, 200, "others are served meanwhile");
	reply_free(&r);
	time_t t0 = time(NULL);
	ssize_t n = read(slow, buf, sizeof(buf));
	cr_assert_eq(n, 0, "the stalled connection is closed (read %zd)", n);
	cr_assert(time(NULL) - t0 <= 4, "within the connection timeout");
	close(slow);

	/* 100 KB of headers: refused by the server, not buffered */
	int big = raw_connect(S.port, 10);
	char *req = malloc(110000);
	int len = snprintf(req, 110000, "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ");
	memset(req + len, 'a', 100000);
	len += 100000;
	len += snprintf(req + len, 110000 - (size_t)len, "\r\n\r\n");
	(void)!write(big, req, (size_t)len);
	n = read(big, buf, sizeof(buf) - 1);
	cr_assert(n > 12, "an answer");
	buf[n] = 0;
	cr_assert(strncmp(buf, "HTTP/1.1 431", 12) == 0, "%.40s", buf);
	close(big);
	free(req);
}

/* Every byte a program writes survives the store and the API, NUL
 * included: on the answer to POST, and read back with GET and the list. */
Test(api, output_with_nul_bytes_is_kept_whole)
{
	struct reply r, g;
	char path[128];

	srv_start(&S, NULL, NULL);
	submit(&S, S.user, "python",
	       "import sys\nsys.stdout.write('a\\0b\\n')\nsys.stderr.write('\\0')", NULL, &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	json_t *out = json_object_get(r.json, "stdout");
	cr_assert_eq(json_string_length(out), 4, "%s", r.body);
	cr_expect_eq(memcmp(json_string_value(out), "a\0b\n", 4), 0);
	cr_expect_eq(json_string_length(json_object_get(r.json, "stderr")), 1);
	cr_expect_str_eq(jstr(r.json, "status"), "ok");
	cr_expect(json_is_integer(json_object_get(r.json, "exit_code")), "%s", r.body);
	cr_expect(json_is_object(json_object_get(r.json, "enforcement")), "%s", r.body);
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(r.json, "id"));
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 200);
	out = json_object_get(g.json, "stdout");
	cr_expect_eq(json_string_length(out), 4, "%s", g.body);
	cr_expect(json_is_object(json_object_get(g.json, "enforcement")), "%s", g.body);
	reply_free(&g);
	http(&S, "GET", "/v1/executions?limit=1", S.user, NULL, NULL, &g);
	json_t *first = json_array_get(json_object_get(g.json, "executions"), 0);
	cr_expect_eq(json_string_length(json_object_get(first, "stdout")), 4, "%s", g.body);
	reply_free(&g);
	reply_free(&r);
}

/* Under `airlock serve` the sandbox's init is a copy of the server: what a
 * program reads of it in /proc shows nothing of the server's command line
 * (its data directory), and a refused syscall in a child process is in the
 * execution, as stored and as read back. */
Test(api, a_run_sees_nothing_of_the_server_and_denials_are_kept)
{
	struct reply r, g;
	char path[128];

	srv_start(&S, NULL, NULL);
	submit(&S, S.user, "python",
	       "for p in ['/proc/1/cmdline', '/proc/1/comm', '/proc/1/status']:\n"
	       "    print(open(p, 'rb').read().replace(b'\\0', b' ').decode())",
	       NULL, &r);
	cr_assert_eq(r.status, 201, "%ld %s", r.status, r.body);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
	cr_assert(strstr(jstr(r.json, "stdout"), S.dir) == NULL, "the data dir shows: %s",
		  jstr(r.json, "stdout"));
	cr_assert(strstr(jstr(r.json, "stdout"), "serve") == NULL, "%s", jstr(r.json, "stdout"));
	cr_assert(strncmp(jstr(r.json, "stdout"), "airlock-init \nairlock-init\n", 27) == 0, "%s",
		  r.body);
	reply_free(&r);

	submit(&S, S.user, "bash", "unshare -r id; exit 0", NULL, &r);
	cr_assert_eq(r.status, 201, "%ld %s", r.status, r.body);
	cr_assert_str_eq(jstr(r.json, "status"), "syscall_denied", "%s", r.body);
	cr_assert_str_eq(jstr(json_object_get(r.json, "denied"), "syscall"), "unshare", "%s",
			 r.body);
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(r.json, "id"));
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert(json_equal(r.json, g.json), "GET gives the same execution:\n%s\n%s", r.body,
		  g.body);
	reply_free(&g);
	reply_free(&r);
}
