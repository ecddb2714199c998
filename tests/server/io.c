/* The request's args, env, files (relative names, base64) and collect
 * against a real `airlock serve`: the result's `files`, the 422s naming
 * the field, and the same request through the approval gate and a
 * restart's queue, where the stored JSON is parsed again. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "lib/harness.h"
#include "server/client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(io_api, .fini = teardown, .timeout = 120);

/* A program that shows its argv and env, reads a base64 file from a
 * subdirectory and leaves files to collect. os.system makes the analyzer
 * hold it under policy approve. */
#define PROGRAM                                                                                    \
	"import sys, os\n"                                                                         \
	"print(sys.argv[1:], os.environ['MODE'])\n"                                                \
	"data = open('data/in.bin', 'rb').read()\n"                                                \
	"os.makedirs('out')\n"                                                                     \
	"open('out/copy.bin', 'wb').write(data[::-1])\n"                                           \
	"os.system('eval true')\n"
#define EXTRA                                                                                      \
	"{\"args\":[\"one\",\"two words\"],\"env\":{\"MODE\":\"fast\"},"                           \
	"\"files\":[{\"name\":\"data/in.bin\",\"content\":\"AAEC/w==\",\"encoding\":"              \
	"\"base64\"},{\"name\":\"notes/readme.txt\",\"content\":\"hi\"}],"                         \
	"\"collect\":[\"out\"]"

static void expect_result(json_t *o, const char *body)
{
	cr_assert_str_eq(jstr(o, "status"), "ok", "%s", body);
	cr_expect_str_eq(jstr(o, "stdout"), "['one', 'two words'] fast\n", "%s", body);
	json_t *files = json_object_get(o, "files");
	cr_assert_eq(json_array_size(files), 1, "%s", body);
	json_t *f = json_array_get(files, 0);
	cr_expect_str_eq(jstr(f, "path"), "out/copy.bin");
	cr_expect_eq(jint(f, "size"), 4);
	cr_expect_str_eq(jstr(f, "content_base64"), "/wIBAA==");
	cr_expect_eq(strlen(jstr(f, "sha256")), 64);
	cr_expect(json_is_false(json_object_get(o, "files_truncated")));
}

Test(io_api, args_env_files_and_collect)
{
	struct reply r, g;
	char path[128];

	srv_start(&S, NULL, NULL);
	submit(&S, S.user, "python", PROGRAM, EXTRA "}", &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	expect_result(r.json, r.body);
	snprintf(path, sizeof(path), "/v1/executions/%s", jstr(r.json, "id"));
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	cr_expect(json_equal(json_object_get(r.json, "files"), json_object_get(g.json, "files")),
		  "stored: %s", g.body);
	reply_free(&g);
	reply_free(&r);
}

Test(io_api, several_c_sources)
{
	struct reply r;
	srv_start(&S, NULL, NULL);
	submit(
	    &S, S.user, "c",
	    "#include <stdio.h>\n#include \"lib/sq.h\"\nint main(void){printf(\"%d\\n\", sq(7));}",
	    "{\"files\":[{\"name\":\"lib/sq.h\",\"content\":\"int sq(int);\"},"
	    "{\"name\":\"lib/sq.c\",\"content\":\"int sq(int x){return x*x;}\"}]}",
	    &r);
	cr_assert_eq(r.status, 201, "%s", r.body);
	cr_expect_str_eq(jstr(r.json, "stdout"), "49\n", "%s", r.body);
	reply_free(&r);
}

static void expect_422(const char *extra, const char *prefix)
{
	struct reply r;
	submit(&S, S.user, "python", "print(1)", extra, &r);
	cr_expect_eq(r.status, 422, "%s: %ld %s", extra, r.status, r.body);
	const char *m = jstr(json_object_get(r.json, "error"), "message");
	cr_expect(strncmp(m, prefix, strlen(prefix)) == 0, "'%s' must start with '%s'", m, prefix);
	reply_free(&r);
}

Test(io_api, bad_inputs_are_422_and_the_server_keeps_serving)
{
	struct reply r;
	srv_start(&S, NULL, NULL);
	expect_422(
	    "{\"files\":[{\"name\":\"a\",\"content\":\"\"},{\"name\":\"b\",\"content\":\"\"},"
	    "{\"name\":\"/etc/cron.d/x\",\"content\":\"\"}]}",
	    "files[2].name:");
	expect_422("{\"files\":[{\"name\":\"x/../../etc/x\",\"content\":\"\"}]}", "files[0].name:");
	expect_422("{\"files\":[{\"name\":\"main.py\",\"content\":\"\"}]}", "files[0].name:");
	expect_422(
	    "{\"files\":[{\"name\":\"a\",\"content\":\"\"},{\"name\":\"a\",\"content\":\"\"}]}",
	    "files[1].name:");
	expect_422("{\"files\":[{\"name\":\"a\",\"content\":\"%%%\",\"encoding\":\"base64\"}]}",
		   "files[0].content:");
	expect_422("{\"env\":{\"LD_PRELOAD\":\"/work/x.so\"}}", "env.LD_PRELOAD:");
	expect_422("{\"env\":{\"NODE_OPTIONS\":\"--require ./x\"}}", "env.NODE_OPTIONS:");
	expect_422("{\"env\":{\"PATH\":\"/work\"}}", "env.PATH:");
	expect_422("{\"collect\":[\"../*\"]}", "collect[0]:");
	/* 1.1 MB once decoded, on a 1 MB disk (the body stays under 2 MB) */
	static char big[(3 << 19) + 200];
	int n = snprintf(big, sizeof(big),
			 "{\"limits\":{\"disk_limit_mb\":1},\"files\":[{\"name\":\"d/big\","
			 "\"encoding\":\"base64\",\"content\":\"");
	memset(big + n, 'A', 3 << 19);
	strcpy(big + n + (3 << 19), "\"}]}");
	expect_422(big, "files: the code and files take");
	submit(&S, S.user, "python", "print(1)", NULL, &r);
	cr_expect_eq(r.status, 201, "still serving: %s", r.body);
	reply_free(&r);
}

Test(io_api, held_for_approval_then_run_with_everything)
{
	struct reply r, g;
	char id[40], path[128];

	srv_start(&S, "policy:\n  mode: approve\n", NULL);
	submit(&S, S.user, "python", PROGRAM, EXTRA "}", &r);
	cr_assert_eq(r.status, 202, "%s", r.body);
	strcpy(id, jstr(r.json, "id"));
	reply_free(&r);
	http(&S, "GET", "/v1/approvals", S.admin, NULL, NULL, &g);
	json_t *a = json_array_get(json_object_get(g.json, "approvals"), 0);
	cr_expect_eq(json_array_size(json_object_get(a, "args")), 2, "approvers see args: %s",
		     g.body);
	cr_expect_str_eq(jstr(json_object_get(a, "env"), "MODE"), "fast");
	json_t *f0 = json_array_get(json_object_get(a, "files"), 0);
	cr_expect_str_eq(jstr(f0, "encoding"), "base64", "%s", g.body);
	reply_free(&g);
	snprintf(path, sizeof(path), "/v1/approvals/%s/approve", id);
	http(&S, "POST", path, S.admin, NULL, NULL, &g);
	cr_assert_eq(g.status, 200, "%s", g.body);
	reply_free(&g);
	cr_assert(wait_status(&S, S.user, id, "ok"));
	snprintf(path, sizeof(path), "/v1/executions/%s", id);
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	expect_result(g.json, g.body);
	reply_free(&g);
}

Test(io_api, queued_across_a_restart_keeps_everything)
{
	struct reply r, g;
	char id[40], path[128];

	/* one worker, busy: the second request waits in the queue */
	srv_start(&S, "workers: 1\nqueue_size: 4\n", NULL);
	submit(&S, S.user, "bash", "sleep 30", "{\"wait\":false}", &r);
	cr_assert(wait_status(&S, S.user, jstr(r.json, "id"), "running"));
	reply_free(&r);
	submit(&S, S.user, "python", PROGRAM, EXTRA ",\"wait\":false}", &r);
	cr_assert_eq(r.status, 202, "%s", r.body);
	strcpy(id, jstr(r.json, "id"));
	reply_free(&r);
	srv_kill9(&S);
	srv_restart(&S);
	cr_assert(wait_status(&S, S.user, id, "ok"), "requeued and run");
	snprintf(path, sizeof(path), "/v1/executions/%s", id);
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	expect_result(g.json, g.body);
	reply_free(&g);
}
