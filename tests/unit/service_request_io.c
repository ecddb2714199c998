/* The canonical request's args, env, files (relative names, encodings) and
 * collect: read, refused with a message naming the field, and the same
 * after a round trip through the stored JSON. */
#include <criterion/criterion.h>
#include <string.h>

#include "engine/inputs.h"
#include "service/request.h"

static int parse(const char *body, struct exec_request *r, struct svc_error *e)
{
	struct server_config c;
	config_default(&c);
	memset(e, 0, sizeof(*e));
	return exec_request_parse(body, strlen(body), &c, r, e);
}

static const char full[] =
    "{\"language\":\"c\",\"code\":\"int main(){}\",\"args\":[\"-v\",\"two words\",\"\"],"
    "\"env\":{\"DEBUG\":\"1\",\"API_URL\":\"http://x\"},"
    "\"files\":[{\"name\":\"lib/util.c\",\"content\":\"int x;\"},"
    "{\"name\":\"data/in.bin\",\"content\":\"AAEC/w==\",\"encoding\":\"base64\"},"
    "{\"name\":\"t.txt\",\"content\":\"hi\",\"encoding\":\"utf8\"}],"
    "\"collect\":[\"out/*\",\"*.txt\"]}";

static void check_full(const struct exec_request *r)
{
	cr_assert_eq(r->nargs, 3);
	cr_expect_str_eq(r->args[1], "two words");
	cr_expect_str_eq(r->args[2], "");
	cr_assert_eq(r->nenv, 2);
	cr_expect_str_eq(r->env[0].name, "DEBUG");
	cr_expect_str_eq(r->env[0].value, "1");
	cr_assert_eq(r->nfiles, 3);
	cr_expect_str_eq(r->files[0].name, "lib/util.c");
	cr_assert_eq(r->files[1].len, 4);
	cr_expect_eq(memcmp(r->files[1].data, "\x00\x01\x02\xff", 4), 0);
	cr_expect(r->file_base64[1]);
	cr_expect_str_eq(r->files[2].data, "hi");
	cr_assert_eq(r->ncollect, 2);
	cr_expect_str_eq(r->collect[0], "out/*");
}

Test(service_request_io, fields_are_read_and_survive_the_stored_json)
{
	struct exec_request r, again;
	struct svc_error e;
	struct server_config c;

	cr_assert_eq(parse(full, &r, &e), 0, "%s", e.message);
	check_full(&r);
	/* what the service stores and parses again on approval or restart */
	char *stored = json_dumps(r.root, JSON_COMPACT);
	exec_request_free(&r);
	config_default(&c);
	cr_assert_eq(
	    exec_request_from_json(json_loads(stored, JSON_ALLOW_NUL, NULL), &c, &again, &e), 0,
	    "%s", e.message);
	check_full(&again);
	exec_request_free(&again);
	free(stored);
}

Test(service_request_io, base64_may_lack_padding_and_hold_line_breaks)
{
	struct exec_request r;
	struct svc_error e;
	cr_assert_eq(parse("{\"language\":\"bash\",\"code\":\"x\",\"files\":[{\"name\":\"a\","
			   "\"content\":\"aGVs\\nbG8\",\"encoding\":\"base64\"}]}",
			   &r, &e),
		     0, "%s", e.message);
	cr_assert_eq(r.files[0].len, 5);
	cr_expect_eq(memcmp(r.files[0].data, "hello", 5), 0);
	exec_request_free(&r);
}

static void refused(const char *body, int kind, const char *prefix)
{
	struct exec_request r;
	struct svc_error e;
	cr_expect_eq(parse(body, &r, &e), -1, "accepted: %s", body);
	cr_expect_eq(e.kind, kind, "%s -> %d %s", body, e.kind, e.message);
	cr_expect(strncmp(e.message, prefix, strlen(prefix)) == 0, "'%s' must start with '%s'",
		  e.message, prefix);
	exec_request_free(&r);
}

#define REQ(rest) "{\"language\":\"python\",\"code\":\"x\"," rest "}"

Test(service_request_io, bad_values_are_422_naming_the_field)
{
	refused(REQ("\"files\":[{\"name\":\"ok\",\"content\":\"\"},{\"name\":\"ok2\",\"content\":"
		    "\"\"},{\"name\":\"/etc/passwd\",\"content\":\"x\"}]"),
		SVC_INVALID, "files[2].name: '/etc/passwd': an absolute path");
	refused(REQ("\"files\":[{\"name\":\"a/../../x\",\"content\":\"x\"}]"), SVC_INVALID,
		"files[0].name:");
	refused(REQ("\"files\":[{\"name\":\"a//b\",\"content\":\"x\"}]"), SVC_INVALID,
		"files[0].name:");
	refused(REQ("\"files\":[{\"name\":\"a\\u0000b\",\"content\":\"x\"}]"), SVC_BAD_REQUEST,
		"the body is not valid JSON"); /* jansson refuses \u0000 in a request */
	refused(REQ("\"files\":[{\"name\":\"d\",\"content\":\"x\"},{\"name\":\"d/e\",\"content\":"
		    "\"x\"}]"),
		SVC_INVALID, "files[1].name:");
	refused(REQ("\"files\":[{\"name\":\"main.py\",\"content\":\"x\"}]"), SVC_INVALID,
		"files[0].name:");
	refused(REQ("\"files\":[{\"name\":\"a\",\"content\":\"!!\",\"encoding\":\"base64\"}]"),
		SVC_INVALID, "files[0].content: not valid base64");
	refused(REQ("\"files\":[{\"name\":\"a\",\"content\":\"x\",\"encoding\":\"hex\"}]"),
		SVC_INVALID, "files[0].encoding:");
	refused(REQ("\"env\":{\"LD_PRELOAD\":\"/work/x.so\"}"), SVC_INVALID,
		"env.LD_PRELOAD: it changes which code runs");
	refused(REQ("\"env\":{\"HOME\":\"/\"}"), SVC_INVALID, "env.HOME: airlock sets");
	refused(REQ("\"env\":{\"PYTHONPATH\":\"/work\"}"), SVC_INVALID, "env.PYTHONPATH:");
	refused(REQ("\"env\":{\"A-B\":\"x\"}"), SVC_INVALID, "env.A-B: not a variable name");
	refused(REQ("\"collect\":[\"*.txt\",\"../*\"]"), SVC_INVALID, "collect[1]:");
	refused(REQ("\"collect\":[\"/etc/shadow\"]"), SVC_INVALID, "collect[0]:");
}

Test(service_request_io, bad_shapes_are_400)
{
	refused(REQ("\"args\":\"-v\""), SVC_BAD_REQUEST, "'args' must be an array");
	refused(REQ("\"args\":[1]"), SVC_BAD_REQUEST, "args[0] must be a string");
	refused(REQ("\"env\":[\"A=1\"]"), SVC_BAD_REQUEST, "'env' must be an object");
	refused(REQ("\"env\":{\"A\":1}"), SVC_BAD_REQUEST, "env.A must be a string");
	refused(REQ("\"collect\":\"*\""), SVC_BAD_REQUEST, "'collect' must be an array");
	refused(REQ("\"files\":[{\"name\":\"a\",\"content\":\"x\",\"mode\":1}]"), SVC_BAD_REQUEST,
		"files[0]: unknown field 'mode'");
}

Test(service_request_io, sizes_are_bounded)
{
	json_t *o = json_pack("{s:s, s:s, s:[]}", "language", "bash", "code", "x", "args");
	for (int i = 0; i <= RUN_MAX_ARGS; i++)
		json_array_append_new(json_object_get(o, "args"), json_string("a"));
	char *body = json_dumps(o, 0);
	refused(body, SVC_INVALID, "args: at most");
	free(body);
	json_decref(o);

	static char big[(64 << 10) + 10];
	memset(big, 'v', sizeof(big) - 1);
	o = json_pack("{s:s, s:s, s:{s:s}}", "language", "bash", "code", "x", "env", "BIG", big);
	body = json_dumps(o, 0);
	refused(body, SVC_INVALID, "env: ");
	free(body);
	json_decref(o);

	/* 1.5 MB of decoded content over a 1 MB disk */
	static char b64[2 << 20];
	memset(b64, 'A', 2 << 20);
	b64[(2 << 20) - 1] = '\0';
	o = json_pack("{s:s, s:s, s:{s:i}, s:[{s:s, s:s, s:s}]}", "language", "bash", "code", "x",
		      "limits", "disk_limit_mb", 1, "files", "name", "d/big", "content", b64,
		      "encoding", "base64");
	body = json_dumps(o, 0);
	refused(body, SVC_INVALID, "files: the code and files take");
	free(body);
	json_decref(o);
}
