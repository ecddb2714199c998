/* Judge0 CE 1.13.1 at /judge0, against a real `airlock serve` running the
 * real engine: every status, fields and base64, batches, pages, delete,
 * the Rails-style errors, auth, callbacks, and the official Python
 * client's request sequence (judge0_client.py). */
#include <arpa/inet.h>
#include <criterion/criterion.h>
#include <curl/curl.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "lib/harness.h"
#include "server/client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(judge0, .fini = teardown, .timeout = 180);

/* POST /judge0/submissions?QUERY with body, as the user. */
static void j0_post(const char *query, const char *body, struct reply *r)
{
	char path[256];
	snprintf(path, sizeof(path), "/judge0/submissions%s%s", query ? "?" : "",
		 query ? query : "");
	http(&S, "POST", path, S.user, NULL, body, r);
}

static json_t *status_of(json_t *sub)
{
	return json_object_get(sub, "status");
}

static long long status_id(json_t *sub)
{
	return jint(status_of(sub), "id");
}

/* Runs one submission with wait=true and fields=* and checks its status. */
static void expect_status(const char *body, int want, const char *message_part)
{
	struct reply r;
	j0_post("wait=true&fields=*", body, &r);
	cr_assert_eq(r.status, 201, "%s -> %ld %s", body, r.status, r.body);
	cr_assert_eq(status_id(r.json), want, "%s -> %s", body, r.body);
	cr_assert_eq(jint(r.json, "status_id"), want);
	if (message_part)
		cr_assert(jstr(r.json, "message") && strstr(jstr(r.json, "message"), message_part),
			  "%s -> message %s", body, r.body);
	reply_free(&r);
}

/* enable_network on a server with an egress list: the run reaches those
 * hosts through airlock's proxy (the key's list when it has one), and
 * /config_info says network may be enabled; without a list it is 422. */
Test(judge0, enable_network_is_egress_to_the_allowed_hosts)
{
	struct reply r;
	char narrow[100];
	const char *body = "{\"language_id\":46,\"source_code\":\"echo $HTTPS_PROXY\","
			   "\"enable_network\":true}";

	srv_start(&S, "egress: [api.test, \"*.files.test\"]\n", NULL);
	http(&S, "GET", "/judge0/config_info", S.user, NULL, NULL, &r);
	cr_assert(json_is_true(json_object_get(r.json, "allow_enable_network")), "%s", r.body);
	cr_assert(json_is_false(json_object_get(r.json, "enable_network")));
	reply_free(&r);
	j0_post("wait=true&fields=*", body, &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_eq(status_id(r.json), 3, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "stdout"), "http://127.0.0.1:3128\n");
	cr_assert(json_is_true(json_object_get(r.json, "enable_network")), "%s", r.body);
	reply_free(&r);

	/* a key with a list of its own reaches that list */
	srv_make_key(&S, "narrow", "--egress", "api.test", narrow);
	http(&S, "POST", "/judge0/submissions?wait=true&fields=*", narrow, NULL, body, &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_eq(status_id(r.json), 3, "%s", r.body);
	reply_free(&r);

	/* false: none */
	j0_post("wait=true",
		"{\"language_id\":46,\"source_code\":\"echo \\\"[$HTTPS_PROXY]\\\"\","
		"\"enable_network\":false}",
		&r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "stdout"), "[]\n", "%s", r.body);
	reply_free(&r);
}

Test(judge0, every_status_from_real_programs)
{
	srv_start(&S, NULL, NULL);
	/* 3 and 4, with Judge0's whitespace rule */
	expect_status("{\"language_id\":71,\"source_code\":\"print(1)\"}", 3, NULL);
	expect_status("{\"language_id\":71,\"source_code\":\"print(1)\",\"expected_output\":\"1\"}",
		      3, NULL);
	expect_status("{\"language_id\":71,\"source_code\":\"print('1  \\\\n\\\\n x \\\\t')\","
		      "\"expected_output\":\"1\\n\\n x\\n\\n\"}",
		      3, NULL);
	expect_status("{\"language_id\":71,\"source_code\":\"print(2)\",\"expected_output\":\"1\"}",
		      4, NULL);
	expect_status("{\"language_id\":71,\"source_code\":\"print(' 1')\",\"expected_output\":"
		      "\"1\"}",
		      4, NULL);
	/* 5: CPU time (the wall time far above it: on a busy machine a
	 * spinning program gets less than a CPU) */
	expect_status("{\"language_id\":71,\"source_code\":\"while True: pass\","
		      "\"cpu_time_limit\":1,\"wall_time_limit\":20}",
		      5, "Time limit exceeded");
	/* 6: compile error, with its output and nothing measured */
	struct reply r;
	j0_post("wait=true&fields=*",
		"{\"language_id\":50,\"source_code\":\"int main( { return 0; }\"}", &r);
	cr_assert_eq(status_id(r.json), 6, "%s", r.body);
	cr_assert(strstr(jstr(r.json, "compile_output"), "error"), "%s", r.body);
	cr_assert(json_is_null(json_object_get(r.json, "time")));
	cr_assert(json_is_null(json_object_get(r.json, "stdout")));
	cr_assert(json_is_null(json_object_get(r.json, "exit_code")));
	reply_free(&r);
	/* 7, 9, 10: signals of C programs */
	expect_status("{\"language_id\":50,\"source_code\":\"int main(void){volatile int *p = 0; "
		      "return *p;}\"}",
		      7, "signal 11");
	expect_status(
	    "{\"language_id\":50,\"source_code\":\"int main(void){volatile int a = 7, z = 0; "
	    "return a / z;}\"}",
	    9, "signal 8");
	expect_status("{\"language_id\":50,\"source_code\":\"#include <stdlib.h>\\nint "
		      "main(void){abort();}\"}",
		      10, "signal 6");
	/* 8: output over max_file_size */
	expect_status("{\"language_id\":71,\"source_code\":\"print('x' * 100000)\","
		      "\"max_file_size\":4}",
		      8, "Output limit exceeded");
	/* 11: a non-zero exit */
	expect_status("{\"language_id\":71,\"source_code\":\"import sys; sys.exit(3)\"}", 11,
		      "Exited with error status 3");
	expect_status("{\"language_id\":71,\"source_code\":\"x = 0\\nprint(1 / x)\"}", 11,
		      "Exited with error status 1: ZeroDivisionError: division by zero (main.py, "
		      "line 2)");
	/* 12: memory (Judge0 has no verdict of its own), another signal */
	expect_status("{\"language_id\":71,\"source_code\":\"x = bytearray(300 << 20)\","
		      "\"memory_limit\":65536}",
		      12, "Memory limit exceeded");
	expect_status("{\"language_id\":50,\"source_code\":\"#include <signal.h>\\nint "
		      "main(void){raise(SIGUSR1);}\"}",
		      12, "signal 10");
	/* node, bash, C++ */
	expect_status("{\"language_id\":63,\"source_code\":\"console.log(7)\",\"expected_output\":"
		      "\"7\"}",
		      3, NULL);
	expect_status("{\"language_id\":46,\"source_code\":\"echo $((6*7))\",\"expected_output\":"
		      "\"42\"}",
		      3, NULL);
	expect_status("{\"language_id\":54,\"source_code\":\"#include <iostream>\\nint "
		      "main(){std::cout<<5;}\",\"expected_output\":\"5\"}",
		      3, NULL);
}

/* The id of a token: the 24 hex digits in the UUID's free places. */
static void id_of_token(const char *t, char *id)
{
	snprintf(id, 40, "ex_%.8s%.4s%.3s%.3s%.6s", t, t + 9, t + 15, t + 20, t + 24);
}

static json_t *wait_done(const char *token, const char *query)
{
	char path[256];
	struct reply g;
	for (int i = 0; i < 300; i++) {
		snprintf(path, sizeof(path), "/judge0/submissions/%s?%s", token, query);
		http(&S, "GET", path, S.user, NULL, NULL, &g);
		cr_assert_eq(g.status, 200, "%s", g.body);
		long long id = status_id(g.json);
		if (id != 1 && id != 2) {
			json_t *o = json_incref(g.json);
			reply_free(&g);
			return o;
		}
		reply_free(&g);
		usleep(100000);
	}
	cr_assert_fail("submission %s did not end", token);
	return NULL;
}

Test(judge0, status_13_says_which_cancelled_or_blocked)
{
	struct reply r, c;
	char id[40], path[128];

	srv_start(&S, "policy:\n  mode: block\n", NULL);
	j0_post("wait=true", "{\"language_id\":71,\"source_code\":\"import os\\nos.system('id')\"}",
		&r);
	cr_assert_eq(status_id(r.json), 13, "%s", r.body);
	cr_assert(strstr(jstr(r.json, "message"), "Blocked by the policy"), "%s", r.body);
	reply_free(&r);

	j0_post(NULL, "{\"language_id\":71,\"source_code\":\"import time\\ntime.sleep(30)\"}", &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	id_of_token(jstr(r.json, "token"), id);
	snprintf(path, sizeof(path), "/v1/executions/%s", id);
	http(&S, "DELETE", path, S.user, NULL, NULL, &c);
	cr_assert_eq(c.status, 200, "the token is the execution %s: %s", id, c.body);
	reply_free(&c);
	json_t *sub = wait_done(jstr(r.json, "token"), "fields=status,message");
	cr_assert_eq(status_id(sub), 13);
	cr_assert_str_eq(jstr(sub, "message"), "Cancelled");
	json_decref(sub);
	reply_free(&r);
}

Test(judge0, fields_base64_and_their_errors)
{
	struct reply r, g;
	char path[256];

	srv_start(&S, NULL, NULL);
	/* "cHJpbnQoJ2jDqScp" is print('hé') */
	j0_post("base64_encoded=true&wait=false",
		"{\"language_id\":71,\"source_code\":\"cHJpbnQoJ2jDqScp\"}", &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_eq(json_object_size(r.json), 1, "only the token: %s", r.body);
	const char *token = jstr(r.json, "token");
	cr_assert_eq(strlen(token), 36);
	cr_assert_eq(token[14], '4', "a UUID v4: %s", token);
	json_t *sub = wait_done(token, "base64_encoded=true");
	cr_assert_eq(json_object_size(sub), 8, "the default fields: %s",
		     json_dumps(sub, JSON_COMPACT));
	cr_assert_str_eq(jstr(sub, "stdout"), "aMOpCg==", "base64 of 'hé\\n'");
	cr_assert(json_is_string(json_object_get(sub, "time")), "time is a decimal string");
	json_decref(sub);

	snprintf(path, sizeof(path), "/judge0/submissions/%s?fields=stdout,language,status_id",
		 token);
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_eq(json_object_size(g.json), 3, "%s", g.body);
	cr_assert_str_eq(jstr(g.json, "stdout"), "hé\n");
	cr_assert_eq(jint(json_object_get(g.json, "language"), "id"), 71);
	reply_free(&g);

	snprintf(path, sizeof(path), "/judge0/submissions/%s?fields=stdout,nope,bad", token);
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 400);
	cr_assert_str_eq(jstr(g.json, "error"), "invalid fields: [nope, bad]", "%s", g.body);
	reply_free(&g);

	snprintf(path, sizeof(path), "/judge0/submissions/%s?fields=*", token);
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_eq(json_object_size(g.json), 35, "exactly v1.13.1's attributes: %s", g.body);
	reply_free(&g);

	http(&S, "GET", "/judge0/submissions/11111111-2222-4333-a444-555555000000", S.user, NULL,
	     NULL, &g);
	cr_assert_eq(g.status, 404, "%s", g.body);
	reply_free(&g);
	http(&S, "GET", "/judge0/submissions/not-a-token", S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 404, "%s", g.body);
	reply_free(&g);
	reply_free(&r);
}

/* A program whose output is not UTF-8: with base64_encoded=true Judge0
 * gives the bytes it wrote, and so does airlock, stored and shown later
 * too; as text they have U+FFFD, and a field that is not UTF-8 in a query
 * is an error with a body. */
Test(judge0, output_that_is_not_utf8_keeps_its_bytes_in_base64)
{
	struct reply r, g;
	char path[256];

	srv_start(&S, NULL, NULL);
	/* import sys; sys.stdout.buffer.write(bytes([97, 255, 0, 98])) */
	j0_post("base64_encoded=true&wait=true",
		"{\"language_id\":71,\"source_code\":\"aW1wb3J0IHN5czsgc3lzLnN0ZG91dC5idWZmZXIud3Jp"
		"dGUoYnl0ZXMoWzk3LCAyNTUsIDAsIDk4XSkp\"}",
		&r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "stdout"), "Yf8AYg==", "a \\xff \\0 b: %s", r.body);
	snprintf(path, sizeof(path), "/judge0/submissions/%s?base64_encoded=true&fields=stdout",
		 jstr(r.json, "token"));
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_str_eq(jstr(g.json, "stdout"), "Yf8AYg==", "%s", g.body);
	reply_free(&g);
	snprintf(path, sizeof(path), "/judge0/submissions/%s?fields=stdout", jstr(r.json, "token"));
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	const json_t *out = json_object_get(g.json, "stdout");
	cr_assert_eq(json_string_length(out), 6, "a U+FFFD NUL b: %s", g.body);
	cr_assert_eq(memcmp(json_string_value(out), "a\xef\xbf\xbd\0b", 6), 0, "%s", g.body);
	reply_free(&g);
	snprintf(path, sizeof(path), "/judge0/submissions/%s?fields=%%ff", jstr(r.json, "token"));
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 400);
	cr_assert(strstr(jstr(g.json, "error"), "invalid fields") != NULL, "%s", g.body);
	reply_free(&g);
	reply_free(&r);
}

/* {"field": ["message"]}: one field and one message of a 422. */
static void expect_422(const char *body, const char *field, const char *message)
{
	struct reply r;
	j0_post(NULL, body, &r);
	cr_assert_eq(r.status, 422, "%s -> %ld %s", body, r.status, r.body);
	json_t *list = json_object_get(r.json, field);
	cr_assert(json_is_array(list), "%s -> %s", body, r.body);
	bool found = false;
	for (size_t i = 0; i < json_array_size(list); i++)
		found |= strstr(json_string_value(json_array_get(list, i)), message) != NULL;
	cr_assert(found, "%s -> %s (wanted %s: %s)", body, r.body, field, message);
	reply_free(&r);
}

Test(judge0, rails_style_422s_and_the_server_keeps_serving)
{
	struct reply r;

	srv_start(&S, NULL, NULL);
	expect_422("{\"source_code\":\"print(1)\"}", "language_id", "can't be blank");
	expect_422("{\"language_id\":7777,\"source_code\":\"x\"}", "language_id",
		   "language with id 7777 doesn't exist");
	expect_422("{\"language_id\":71}", "source_code", "can't be blank");
	expect_422("{\"language_id\":71,\"source_code\":\"   \"}", "source_code", "can't be blank");
	expect_422("{\"language_id\":71,\"source_code\":\"x\",\"wall_time_limit\":0.5}",
		   "wall_time_limit", "must be greater than or equal to 1.0");
	expect_422("{\"language_id\":71,\"source_code\":\"x\",\"memory_limit\":1000}",
		   "memory_limit", "must be greater than or equal to 2048");
	expect_422("{\"language_id\":71,\"source_code\":\"x\",\"cpu_time_limit\":100000}",
		   "cpu_time_limit", "must be less than or equal to");
	expect_422("{\"language_id\":71,\"source_code\":\"x\",\"cpu_time_limit\":\"abc\"}",
		   "cpu_time_limit", "is not a number");
	expect_422("{\"language_id\":71,\"source_code\":\"x\",\"number_of_runs\":21}",
		   "number_of_runs", "must be less than or equal to 20");
	expect_422("{\"language_id\":71,\"source_code\":\"x\",\"number_of_runs\":0}",
		   "number_of_runs", "must be greater than 0");
	expect_422("{\"language_id\":71,\"source_code\":\"x\",\"enable_network\":true}",
		   "enable_network", "enabling network is not allowed");
	expect_422("{\"language_id\":71,\"source_code\":\"x\",\"compiler_options\":\"-O2\"}",
		   "compiler_options", "only allowed for compiled languages");
	expect_422("{\"language_id\":71,\"source_code\":\"x\",\"additional_files\":\"!!!\"}",
		   "additional_files", "is not valid base64");
	expect_422("{\"language_id\":71,\"source_code\":\"x\",\"additional_files\":\"aGVsbG8=\"}",
		   "additional_files", "is not a zip archive");
	expect_422("{\"language_id\":71,\"source_code\":\"x\",\"callback_url\":\"file:///etc\"}",
		   "callback_url", "http or https");
	/* several fields at once, each with its own messages */
	j0_post(NULL, "{\"memory_limit\":1,\"max_processes_and_or_threads\":0}", &r);
	cr_assert_eq(r.status, 422);
	cr_assert(json_object_get(r.json, "language_id") &&
		      json_object_get(r.json, "source_code") &&
		      json_object_get(r.json, "memory_limit") &&
		      json_object_get(r.json, "max_processes_and_or_threads"),
		  "%s", r.body);
	reply_free(&r);
	j0_post("base64_encoded=true", "{\"language_id\":71,\"source_code\":\"@@@\"}", &r);
	cr_assert_eq(r.status, 422, "%s", r.body);
	reply_free(&r);
	j0_post(NULL, "{not json", &r);
	cr_assert_eq(r.status, 400, "%s", r.body);
	cr_assert(jstr(r.json, "error"), "%s", r.body);
	reply_free(&r);
	expect_status("{\"language_id\":71,\"source_code\":\"print(1)\"}", 3, NULL);
}

Test(judge0, batch_create_and_show)
{
	struct reply r, g;
	char big[4096] = "{\"submissions\":[", path[1024];

	srv_start(&S, NULL, NULL);
	http(&S, "POST", "/judge0/submissions/batch", S.user, NULL, "{\"submissions\":[]}", &r);
	cr_assert_eq(r.status, 400);
	cr_assert_str_eq(jstr(r.json, "error"),
			 "there should be at least one submission in a batch");
	reply_free(&r);
	for (int i = 0; i < 21; i++)
		strcat(big, i ? ",{\"language_id\":71,\"source_code\":\"1\"}"
			      : "{\"language_id\":71,\"source_code\":\"1\"}");
	strcat(big, "]}");
	http(&S, "POST", "/judge0/submissions/batch", S.user, NULL, big, &r);
	cr_assert_eq(r.status, 400);
	cr_assert_str_eq(jstr(r.json, "error"),
			 "number of submissions in a batch should be less than or equal to 20");
	reply_free(&r);
	http(&S, "POST", "/judge0/submissions/batch", S.user, NULL,
	     "{\"submissions\":[{\"language_id\":71},{\"language_id\":999,\"source_code\":\"x\"}]}",
	     &r);
	cr_assert_eq(r.status, 422, "all invalid: %s", r.body);
	reply_free(&r);

	http(&S, "POST", "/judge0/submissions/batch", S.user, NULL,
	     "{\"submissions\":[{\"language_id\":71,\"source_code\":\"print(1)\"},"
	     "{\"language_id\":71},"
	     "{\"language_id\":46,\"source_code\":\"echo 2\"}]}",
	     &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_eq(json_array_size(r.json), 3);
	cr_assert(jstr(json_array_get(r.json, 0), "token"));
	cr_assert(json_object_get(json_array_get(r.json, 1), "source_code"), "%s", r.body);
	const char *t0 = jstr(json_array_get(r.json, 0), "token");
	const char *t2 = jstr(json_array_get(r.json, 2), "token");
	json_decref(wait_done(t0, "fields=status"));
	json_decref(wait_done(t2, "fields=status"));
	snprintf(path, sizeof(path),
		 "/judge0/submissions/batch?tokens=%s,11111111-2222-4333-a444-555555000000,%s"
		 "&fields=stdout,status_id",
		 t0, t2);
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	json_t *subs = json_object_get(g.json, "submissions");
	cr_assert_eq(json_array_size(subs), 3);
	cr_assert_str_eq(jstr(json_array_get(subs, 0), "stdout"), "1\n");
	cr_assert(json_is_null(json_array_get(subs, 1)), "an unknown token is null");
	cr_assert_str_eq(jstr(json_array_get(subs, 2), "stdout"), "2\n");
	reply_free(&g);
	reply_free(&r);
}

Test(judge0, pagination_and_delete)
{
	struct reply r, g;
	char path[256], token[40];

	srv_start(&S, NULL, NULL);
	for (int i = 0; i < 5; i++) {
		char body[128];
		snprintf(body, sizeof(body), "{\"language_id\":71,\"source_code\":\"print(%d)\"}",
			 i);
		j0_post("wait=true", body, &r);
		cr_assert_eq(r.status, 201);
		if (i == 4)
			snprintf(token, sizeof(token), "%s", jstr(r.json, "token"));
		reply_free(&r);
	}
	http(&S, "GET", "/judge0/submissions?page=2&per_page=2&fields=stdout", S.user, NULL, NULL,
	     &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	json_t *subs = json_object_get(g.json, "submissions"),
	       *meta = json_object_get(g.json, "meta");
	cr_assert_eq(json_array_size(subs), 2, "%s", g.body);
	cr_assert_str_eq(jstr(json_array_get(subs, 0), "stdout"), "2\n", "newest first: %s",
			 g.body);
	cr_assert_eq(jint(meta, "current_page"), 2);
	cr_assert_eq(jint(meta, "next_page"), 3);
	cr_assert_eq(jint(meta, "prev_page"), 1);
	cr_assert_eq(jint(meta, "total_pages"), 3);
	cr_assert_eq(jint(meta, "total_count"), 5);
	reply_free(&g);

	snprintf(path, sizeof(path), "/judge0/submissions/%s", token);
	http(&S, "DELETE", path, S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	cr_assert_str_eq(jstr(g.json, "stdout"), "NAo=", "answered base64-encoded: %s", g.body);
	reply_free(&g);
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 404, "deleted: %s", g.body);
	reply_free(&g);
	http(&S, "GET", path, S.other, NULL, NULL, &g);
	cr_assert_eq(g.status, 404);
	reply_free(&g);

	j0_post(NULL, "{\"language_id\":71,\"source_code\":\"import time\\ntime.sleep(3)\"}", &r);
	snprintf(path, sizeof(path), "/judge0/submissions/%s", jstr(r.json, "token"));
	http(&S, "DELETE", path, S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 400, "a live one is not deleted: %s", g.body);
	reply_free(&g);
	json_decref(wait_done(jstr(r.json, "token"), "fields=status"));
	reply_free(&r);
}

Test(judge0, runs_redirect_and_compiler_options)
{
	struct reply r, g;
	char id[40], path[128];

	srv_start(&S, NULL, NULL);
	j0_post("wait=true&fields=*",
		"{\"language_id\":71,\"source_code\":\"print(5)\",\"number_of_runs\":3,"
		"\"expected_output\":\"5\"}",
		&r);
	cr_assert_eq(status_id(r.json), 3, "%s", r.body);
	cr_assert_eq(jint(r.json, "number_of_runs"), 3);
	id_of_token(jstr(r.json, "token"), id);
	snprintf(path, sizeof(path), "/v1/executions/%s", id);
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_eq(json_array_size(json_object_get(g.json, "runs")), 3, "%s", g.body);
	reply_free(&g);
	reply_free(&r);
	/* the first run that is not Accepted ends the runs */
	j0_post("wait=true",
		"{\"language_id\":71,\"source_code\":\"exit(4)\",\"number_of_runs\":5}", &r);
	cr_assert_eq(status_id(r.json), 11, "%s", r.body);
	id_of_token(jstr(r.json, "token"), id);
	snprintf(path, sizeof(path), "/v1/executions/%s", id);
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert_eq(json_array_size(json_object_get(g.json, "runs")), 1, "%s", g.body);
	reply_free(&g);
	reply_free(&r);

	j0_post("wait=true",
		"{\"language_id\":71,\"source_code\":\"import sys\\nprint('a')\\nsys.stdout.flush()"
		"\\nprint('b', file=sys.stderr)\",\"redirect_stderr_to_stdout\":true}",
		&r);
	cr_assert_str_eq(jstr(r.json, "stdout"), "a\nb\n", "%s", r.body);
	cr_assert(json_is_null(json_object_get(r.json, "stderr")), "%s", r.body);
	reply_free(&r);

	j0_post("wait=true",
		"{\"language_id\":50,\"source_code\":\"#include <stdio.h>\\nint main(void){"
		"printf(\\\"%d\\\", VAL); return 0;}\",\"compiler_options\":\"-DVAL=42 ;\"}",
		&r);
	cr_assert_eq(status_id(r.json), 3, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "stdout"), "42", "%s", r.body);
	reply_free(&r);
}

Test(judge0, command_line_arguments_and_additional_files)
{
	struct reply r;

	srv_start(&S, NULL, NULL);
	j0_post("wait=true",
		"{\"language_id\":71,\"source_code\":\"import sys\\nprint(sys.argv[1:])\","
		"\"command_line_arguments\":\"one 'two three' ; rm\"}",
		&r);
	cr_assert_str_eq(jstr(r.json, "stdout"), "['one', 'two three', 'rm']\n", "%s", r.body);
	reply_free(&r);
	/* a zip with data/in.txt = "zipped\n" */
	j0_post(
	    "wait=true",
	    "{\"language_id\":71,\"source_code\":\"print(open('data/in.txt').read(), end='')\","
	    "\"additional_files\":\"UEsDBBQAAAAAAAAAIVCsADrHBwAAAAcAAAALAAAAZGF0YS9pbi50eHR6"
	    "aXBwZWQKUEsBAhQDFAAAAAAAAAAhUKwAOscHAAAABwAAAAsAAAAAAAAAAAAAAIABAAAAAGRhdGEvaW4udHh0"
	    "UEsFBgAAAAABAAEAOQAAADAAAAAAAA==\"}",
	    &r);
	cr_assert_str_eq(jstr(r.json, "stdout"), "zipped\n", "%s", r.body);
	reply_free(&r);
}

Test(judge0, zip_with_a_path_out_of_the_work_dir_is_refused)
{
	srv_start(&S, NULL, NULL);
	/* one entry named ../evil.txt */
	expect_422(
	    "{\"language_id\":71,\"source_code\":\"x\",\"additional_files\":"
	    "\"UEsDBBQAAAAAAAAAIVBSMfuNBAAAAAQAAAALAAAALi4vZXZpbC50eHRldmlsUEsBAhQDFAAAAAAA"
	    "AAAhUFIx+40EAAAABAAAAAsAAAAAAAAAAAAAAIABAAAAAC4uL2V2aWwudHh0UEsFBgAAAAABAAEAOQAA"
	    "AC0AAAAAAA==\"}",
	    "additional_files", "not a relative path inside the work directory");
}

Test(judge0, information_routes)
{
	struct reply g;

	srv_start(&S, NULL, NULL);
	http(&S, "GET", "/judge0/statuses", S.user, NULL, NULL, &g);
	cr_assert_eq(json_array_size(g.json), 14);
	cr_assert_str_eq(jstr(json_array_get(g.json, 12), "description"), "Internal Error");
	reply_free(&g);
	http(&S, "GET", "/judge0/about", S.user, NULL, NULL, &g);
	cr_assert_str_eq(jstr(g.json, "version"), "1.13.1");
	reply_free(&g);
	http(&S, "GET", "/judge0/version", S.user, NULL, NULL, &g);
	cr_assert_str_eq(g.body, "1.13.1");
	reply_free(&g);
	http(&S, "GET", "/judge0/config_info", S.user, NULL, NULL, &g);
	cr_assert_eq(json_object_size(g.json), 39, "%s", g.body);
	cr_assert(json_object_get(g.json, "disable_implicit_base64_encoding") == NULL);
	reply_free(&g);
	http(&S, "GET", "/judge0/languages/71", S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	cr_assert(strncmp(jstr(g.json, "name"), "Python (3.", 10) == 0, "%s", g.body);
	cr_assert_str_eq(jstr(g.json, "source_file"), "main.py");
	cr_assert(json_is_null(json_object_get(g.json, "compile_cmd")));
	reply_free(&g);
	http(&S, "GET", "/judge0/languages/50", S.user, NULL, NULL, &g);
	cr_assert(strstr(jstr(g.json, "compile_cmd"), "gcc"), "%s", g.body);
	reply_free(&g);
	http(&S, "GET", "/judge0/languages/62", S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 404);
	reply_free(&g);
	http(&S, "GET", "/judge0/languages/all", S.user, NULL, NULL, &g);
	cr_assert(json_array_size(g.json) >= 17);
	cr_assert(json_is_false(json_object_get(json_array_get(g.json, 0), "is_archived")));
	for (size_t i = 1; i < json_array_size(g.json); i++)
		cr_assert(strcmp(jstr(json_array_get(g.json, i - 1), "name"),
				 jstr(json_array_get(g.json, i), "name")) <= 0,
			  "sorted by name");
	reply_free(&g);
	const char *paths[] = {"/judge0/system_info", "/judge0/statistics", "/judge0/workers",
			       "/judge0/license", "/judge0/isolate"};
	for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
		http(&S, "GET", paths[i], S.user, NULL, NULL, &g);
		cr_assert_eq(g.status, 200, "%s: %s", paths[i], g.body);
		reply_free(&g);
	}
	http(&S, "POST", "/judge0/authenticate", S.user, NULL, NULL, &g);
	cr_assert_eq(g.status, 200);
	reply_free(&g);
	http(&S, "POST", "/judge0/authorize", NULL, NULL, NULL, &g);
	cr_assert_eq(g.status, 401);
	cr_assert_str_eq(g.body, "", "401 has an empty body");
	reply_free(&g);
	http(&S, "GET", "/judge0/languages", "ak_not_a_key", NULL, NULL, &g);
	cr_assert_eq(g.status, 401);
	cr_assert_str_eq(g.body, "");
	reply_free(&g);
}

Test(judge0, anonymous_key_runs_requests_without_a_key)
{
	struct reply r;

	srv_start(&S, NULL, NULL);
	srv_cleanup(&S);
	/* the key "user" exists once srv_start made it */
	srv_start(&S, "anonymous_key: user\n", NULL);
	http(&S, "POST", "/judge0/submissions?wait=true", NULL, NULL,
	     "{\"language_id\":71,\"source_code\":\"print(9)\"}", &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "stdout"), "9\n");
	reply_free(&r);
	/* and /v1 still needs one */
	submit(&S, NULL, "python", "print(1)", NULL, &r);
	cr_assert_eq(r.status, 401);
	reply_free(&r);
}

/* ---- callbacks ---- */

struct listener {
	int fd, port;
	char got[16384];
	size_t len;
	pthread_t thread;
};

/* Accepts one connection, reads the request, answers 200. */
static void *listen_once(void *arg)
{
	struct listener *l = arg;
	int c = accept(l->fd, NULL, NULL);
	if (c < 0)
		return NULL;
	struct timeval tv = {.tv_sec = 5};
	setsockopt(c, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	for (;;) {
		ssize_t n = read(c, l->got + l->len, sizeof(l->got) - 1 - l->len);
		if (n <= 0)
			break;
		l->len += (size_t)n;
		l->got[l->len] = 0;
		char *body = strstr(l->got, "\r\n\r\n");
		char *cl = strcasestr(l->got, "Content-Length:");
		if (body && cl && (size_t)(l->got + l->len - body - 4) >= (size_t)atoi(cl + 15))
			break;
	}
	const char ok[] = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
	(void)!write(c, ok, sizeof(ok) - 1);
	close(c);
	return NULL;
}

static void listener_start(struct listener *l)
{
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	socklen_t len = sizeof(a);
	memset(l, 0, sizeof(*l));
	l->fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	cr_assert(bind(l->fd, (struct sockaddr *)&a, sizeof(a)) == 0);
	cr_assert(listen(l->fd, 4) == 0);
	getsockname(l->fd, (struct sockaddr *)&a, &len);
	l->port = ntohs(a.sin_port);
	pthread_create(&l->thread, NULL, listen_once, l);
}

static void listener_stop(struct listener *l)
{
	shutdown(l->fd, SHUT_RDWR);
	close(l->fd);
	pthread_join(l->thread, NULL);
}

static void submit_with_callback(int port)
{
	struct reply r;
	char body[256];
	snprintf(body, sizeof(body),
		 "{\"language_id\":71,\"source_code\":\"print(6*7)\",\"callback_url\":"
		 "\"http://127.0.0.1:%d/done\"}",
		 port);
	j0_post(NULL, body, &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	reply_free(&r);
}

Test(judge0, callback_is_put_to_a_local_listener_when_allowed)
{
	struct listener l;

	srv_start(&S, "callbacks_allow_private: true\n", NULL);
	listener_start(&l);
	submit_with_callback(l.port);
	for (int i = 0; i < 100 && !strstr(l.got, "\r\n\r\n{"); i++)
		usleep(100000);
	listener_stop(&l);
	cr_assert(strncmp(l.got, "PUT /done HTTP/1.1", 18) == 0, "%s", l.got);
	json_t *sub = json_loads(strstr(l.got, "\r\n\r\n") + 4, 0, NULL);
	cr_assert(sub, "a JSON body: %s", l.got);
	cr_assert_eq(status_id(sub), 3);
	cr_assert_str_eq(jstr(sub, "stdout"), "NDIK", "base64 of 42\\n: %s", l.got);
	cr_assert(jstr(sub, "token"));
	json_decref(sub);
}

Test(judge0, callback_to_loopback_is_refused_by_default)
{
	struct listener l;

	srv_start(&S, NULL, NULL);
	listener_start(&l);
	submit_with_callback(l.port);
	for (int i = 0; i < 100 && !srv_log_contains(&S, "\"event\":\"callback\""); i++)
		usleep(100000);
	cr_assert(srv_log_contains(&S, "loopback, private or link-local"), "the refusal is logged");
	listener_stop(&l);
	cr_assert_eq(l.len, 0, "nothing reached the listener: %s", l.got);
}

/* ---- the official client's sequence ---- */

Test(judge0, python_client_request_sequence)
{
	char url[128], cmd[512];

	srv_start(&S, NULL, NULL);
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/judge0", S.port);
	snprintf(cmd, sizeof(cmd), "python3 tests/server/judge0_client.py %s %s 2>&1", url, S.user);
	FILE *p = popen(cmd, "r");
	char out[8192] = "";
	size_t n = fread(out, 1, sizeof(out) - 1, p);
	out[n] = 0;
	int rc = pclose(p);
	cr_assert_eq(rc, 0, "%s", out);
	cr_assert(strstr(out, " 0 failed"), "%s", out);
}

/* With redact_code, what the Judge0 front end keeps (the source, stdin)
 * is stored as redacted as the code: the secret is in no row. */
Test(judge0, redact_code_covers_the_kept_source)
{
	struct reply r, g;
	char secret[32], body[256], path[128];

	srv_start(&S, "redact_code: true\n", NULL);
	strcpy(secret, "AKIA");
	strcat(secret, "IOSFODNN7EXAMPLE"); /* made at run time: no secret in this file */
	snprintf(body, sizeof(body),
		 "{\"language_id\":71,\"source_code\":\"key = '%s'\\nprint(len(key))\"}", secret);
	j0_post("wait=true&fields=stdout,token", body, &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "stdout"), "20\n", "the original ran: %s", r.body);
	snprintf(path, sizeof(path), "/judge0/submissions/%s?fields=source_code",
		 jstr(r.json, "token"));
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_assert(strstr(g.body, "[REDACTED:") && !strstr(g.body, secret), "%s", g.body);
	reply_free(&g);
	reply_free(&r);
	cr_assert(!srv_db_contains(&S, secret), "the secret is in the database");
}

/* A program held for a person's approval has not ended: wait=true shows
 * it In Queue, saying why. */
Test(judge0, held_for_approval_is_in_queue)
{
	struct reply r;

	srv_start(&S, "policy:\n  mode: approve\n", NULL);
	j0_post("wait=true&fields=status,message,token",
		"{\"language_id\":71,\"source_code\":\"import os\\nos.system('id')\"}", &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_assert_eq(status_id(r.json), 1, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "message"), "Waiting for a person's approval");
	cr_assert(jstr(r.json, "token"));
	reply_free(&r);
}
