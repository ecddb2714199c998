/* MCP against the real binaries, raw JSON-RPC: /mcp on `airlock serve`
 * (Streamable HTTP: every revision, every error, the stateless revision's
 * headers, Origin, GET, progress as SSE, cancellation, quotas, approval)
 * and `airlock mcp` on stdio (cancellation, elicitation, limit flags, and
 * nothing left behind). tests/mcp/ drives both with the official SDK. */
#include <criterion/criterion.h>
#include <curl/curl.h>
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common/util.h"
#include "lib/harness.h"
#include "server/client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(mcp_http, .fini = teardown, .timeout = 120);

/* ---- HTTP ---- */

struct mreply {
	long status;
	char *body;
	json_t *json;
	struct buf head; /* every response header, as received */
};

static size_t on_data(char *p, size_t size, size_t n, void *ud)
{
	buf_append(ud, p, size * n);
	return size * n;
}

static void mreply_free(struct mreply *r)
{
	free(r->body);
	json_decref(r->json);
	buf_free(&r->head);
}

/* POST /mcp (or method) with the key, extra headers ("Name: value",
 * NULL-terminated) and body. */
static void mcp_req(const char *method, const char *key, const char *const *hdrs, const char *body,
		    struct mreply *r)
{
	CURL *c = curl_easy_init();
	struct curl_slist *h = NULL;
	struct buf b = {0};
	char url[128], line[400];

	memset(r, 0, sizeof(*r));
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/mcp", S.port);
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
	curl_easy_setopt(c, CURLOPT_NOPROXY, "*");
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
	if (key) {
		snprintf(line, sizeof(line), "Authorization: Bearer %s", key);
		h = curl_slist_append(h, line);
	}
	for (size_t i = 0; hdrs && hdrs[i]; i++)
		h = curl_slist_append(h, hdrs[i]);
	if (body) {
		h = curl_slist_append(h, "Content-Type: application/json");
		curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
		curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, (long)strlen(body));
	}
	h = curl_slist_append(h, "Expect:");
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &b);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, &r->head);
	if (curl_easy_perform(c) == CURLE_OK)
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r->status);
	buf_append(&b, "", 1);
	buf_append(&r->head, "", 1);
	r->body = b.data;
	r->json = json_loads(r->body, 0, NULL);
	curl_slist_free_all(h);
	curl_easy_cleanup(c);
}

static void post(const char *const *hdrs, const char *body, struct mreply *r)
{
	mcp_req("POST", S.user, hdrs, body, r);
}

static bool has_header(struct mreply *r, const char *needle)
{
	return strcasestr(r->head.data, needle) != NULL;
}

static long long ecode(json_t *m)
{
	return json_integer_value(json_object_get(json_object_get(m, "error"), "code"));
}

static json_t *res(struct mreply *r)
{
	json_t *x = json_object_get(r->json, "result");
	cr_assert(x != NULL, "a result: %ld %s", r->status, r->body);
	return x;
}

static const char *tool_call(const char *id, const char *tool, const char *args, char *buf,
			     size_t size)
{
	snprintf(buf, size,
		 "{\"jsonrpc\":\"2.0\",\"id\":%s,\"method\":\"tools/call\",\"params\":{\"name\":"
		 "\"%s\",\"arguments\":%s}}",
		 id, tool, args);
	return buf;
}

static const char *V(const char *rev)
{
	static char h[4][64];
	static int n;
	n = (n + 1) % 4;
	snprintf(h[n], sizeof(h[n]), "MCP-Protocol-Version: %s", rev);
	return h[n];
}

Test(mcp_http, initialize_each_revision_then_list_and_call)
{
	static const char *const revs[] = {"2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"};
	struct mreply r;
	char body[600];

	srv_start(&S, NULL, NULL);
	for (size_t i = 0; i < 4; i++) {
		snprintf(body, sizeof(body),
			 "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
			 "\"protocolVersion\":\"%s\",\"capabilities\":{},\"clientInfo\":{\"name\":"
			 "\"t\",\"version\":\"1\"}}}",
			 revs[i]);
		post(NULL, body, &r);
		cr_assert_eq(r.status, 200, "%s", r.body);
		cr_assert_str_eq(jstr(res(&r), "protocolVersion"), revs[i]);
		cr_assert(!has_header(&r, "Mcp-Session-Id"), "no session");
		cr_assert(has_header(&r, "Content-Type: application/json"));
		mreply_free(&r);

		const char *h[] = {V(revs[i]), NULL};
		post(h, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}", &r);
		json_t *tools = json_object_get(res(&r), "tools");
		cr_assert_eq(json_array_size(tools), 11);
		cr_assert_eq(json_object_get(json_array_get(tools, 0), "outputSchema") != NULL,
			     i >= 2);
		mreply_free(&r);

		post(h,
		     tool_call("3", "run_code", "{\"language\":\"python\",\"code\":\"print(6*7)\"}",
			       body, sizeof(body)),
		     &r);
		json_t *x = res(&r);
		cr_assert(json_is_false(json_object_get(x, "isError")), "%s", r.body);
		const char *text = jstr(json_array_get(json_object_get(x, "content"), 0), "text");
		json_t *fromtext = json_loads(text, 0, NULL);
		cr_assert_str_eq(jstr(fromtext, "stdout"), "42\n");
		cr_assert_str_eq(jstr(fromtext, "status"), "ok");
		json_t *sc = json_object_get(x, "structuredContent");
		if (i >= 2) {
			cr_assert(json_equal(sc, fromtext), "the text block is the same JSON");
			cr_assert(strncmp(jstr(sc, "id"), "ex_", 3) == 0);
		} else {
			cr_assert_null(sc, "no structuredContent before 2025-06-18");
		}
		cr_assert_null(strchr(text, '\n'), "compact text");
		json_decref(fromtext);
		mreply_free(&r);
	}
}

/* The sandbox tools over /mcp: one key's sandbox across calls, files both
 * ways (binary as base64), isError on a failed command, another key's
 * sandbox is not found, destroy ends it. */
Test(mcp_http, sandbox_tools_across_calls)
{
	struct mreply r;
	char body[900], args[600], id[64];
	const char *h[] = {V("2025-11-25"), NULL};

	srv_start(&S, NULL, NULL);
	post(h, tool_call("1", "sandbox_create", "{\"timeout_s\":60}", body, sizeof(body)), &r);
	json_t *sc = json_object_get(res(&r), "structuredContent");
	cr_assert_str_eq(jstr(sc, "state"), "running", "%s", r.body);
	snprintf(id, sizeof(id), "%s", jstr(sc, "id"));
	mreply_free(&r);

	snprintf(args, sizeof(args),
		 "{\"sandbox_id\":\"%s\",\"path\":\"bin.dat\",\"content\":\"AAEC/w==\","
		 "\"encoding\":\"base64\"}",
		 id);
	post(h, tool_call("2", "sandbox_write_file", args, body, sizeof(body)), &r);
	cr_assert(json_is_false(json_object_get(res(&r), "isError")), "%s", r.body);
	mreply_free(&r);
	snprintf(args, sizeof(args),
		 "{\"sandbox_id\":\"%s\",\"command\":\"od -An -tx1 bin.dat; x=5; echo $x > v\"}",
		 id);
	post(h, tool_call("3", "sandbox_exec", args, body, sizeof(body)), &r);
	sc = json_object_get(res(&r), "structuredContent");
	cr_assert_str_eq(jstr(sc, "stdout"), " 00 01 02 ff\n", "%s", r.body);
	mreply_free(&r);
	snprintf(args, sizeof(args), "{\"sandbox_id\":\"%s\",\"path\":\"bin.dat\"}", id);
	post(h, tool_call("4", "sandbox_read_file", args, body, sizeof(body)), &r);
	sc = json_object_get(res(&r), "structuredContent");
	cr_assert_str_eq(jstr(sc, "encoding"), "base64", "%s", r.body);
	cr_assert_str_eq(jstr(sc, "content"), "AAEC/w==");
	mreply_free(&r);
	snprintf(args, sizeof(args), "{\"sandbox_id\":\"%s\",\"command\":\"cat v; exit 2\"}",
		 id);
	post(h, tool_call("5", "sandbox_exec", args, body, sizeof(body)), &r);
	cr_assert(json_is_true(json_object_get(res(&r), "isError")), "%s", r.body);
	sc = json_object_get(res(&r), "structuredContent");
	cr_assert_str_eq(jstr(sc, "stdout"), "5\n");
	mreply_free(&r);
	snprintf(args, sizeof(args), "{\"sandbox_id\":\"%s\"}", id);
	post(h, tool_call("6", "sandbox_list_files", args, body, sizeof(body)), &r);
	cr_assert(strstr(r.body, "bin.dat"), "%s", r.body);
	mreply_free(&r);
	post(h, tool_call("7", "sandbox_exec", "{\"sandbox_id\":\"sb_nope\",\"command\":\"true\"}",
			  body, sizeof(body)),
	     &r);
	cr_assert(json_is_true(json_object_get(res(&r), "isError")), "%s", r.body);
	mreply_free(&r);
	post(h, tool_call("8", "sandbox_destroy", args, body, sizeof(body)), &r);
	sc = json_object_get(res(&r), "structuredContent");
	cr_assert_str_eq(jstr(sc, "state"), "terminated", "%s", r.body);
	mreply_free(&r);
	post(h, tool_call("9", "sandbox_create", "{\"bogus\":1}", body, sizeof(body)), &r);
	cr_assert(json_is_true(json_object_get(res(&r), "isError")), "%s", r.body);
	cr_assert(strstr(r.body, "unknown argument"), "%s", r.body);
	mreply_free(&r);
}

Test(mcp_http, is_error_exactly_when_the_program_failed_and_bad_arguments)
{
	struct mreply r;
	char body[600];
	const char *h[] = {V("2025-11-25"), NULL};

	srv_start(&S, NULL, NULL);
	post(h,
	     tool_call("1", "run_code", "{\"language\":\"bash\",\"code\":\"echo x >&2; exit 3\"}",
		       body, sizeof(body)),
	     &r);
	json_t *x = res(&r);
	cr_assert(json_is_true(json_object_get(x, "isError")));
	json_t *sc = json_object_get(x, "structuredContent");
	cr_assert_str_eq(jstr(sc, "status"), "runtime_error");
	cr_assert_eq(jint(sc, "exit_code"), 3);
	cr_assert_str_eq(jstr(sc, "stderr"), "x\n");
	mreply_free(&r);
	/* a failure the runtime explained: a second text block says it in a line */
	post(h,
	     tool_call("1", "run_code", "{\"language\":\"python\",\"code\":\"x = 0\\ny = 1 / x\"}",
		       body, sizeof(body)),
	     &r);
	x = res(&r);
	cr_assert(json_is_true(json_object_get(x, "isError")));
	json_t *content = json_object_get(x, "content");
	cr_assert_eq(json_array_size(content), 2, "%s", r.body);
	cr_assert_str_eq(jstr(json_array_get(content, 1), "text"),
			 "runtime_error: ZeroDivisionError: division by zero (main.py, line 2)");
	mreply_free(&r);

	static const char *const bad[][2] = {
	    {"{\"language\":\"cobol\",\"code\":\"x\"}", "cobol"},
	    {"{\"language\":\"python\",\"code\":\"1\",\"limits\":{\"time_limit_s\":9999}}",
	     "time_limit_s"},
	    {"{\"language\":\"python\"}", "'code'"},
	    {"{\"language\":\"python\",\"code\":\"1\",\"sudo\":true}", "sudo"},
	};
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
		post(h, tool_call("2", "run_code", bad[i][0], body, sizeof(body)), &r);
		cr_assert_eq(r.status, 200);
		x = res(&r);
		cr_assert(json_is_true(json_object_get(x, "isError")), "%s", r.body);
		cr_assert_null(json_object_get(x, "structuredContent"));
		const char *t = jstr(json_array_get(json_object_get(x, "content"), 0), "text");
		cr_assert(strstr(t, bad[i][1]), "'%s' names %s", t, bad[i][1]);
		mreply_free(&r);
	}
	post(h,
	     tool_call("3", "check_code",
		       "{\"language\":\"python\",\"code\":\"import os\\nos.system('eval ls')\"}", body,
		       sizeof(body)),
	     &r);
	x = res(&r);
	cr_assert(json_is_false(json_object_get(x, "isError")), "%s", r.body);
	sc = json_object_get(x, "structuredContent");
	cr_assert_str_eq(jstr(sc, "verdict"), "run");
	cr_assert(json_array_size(json_object_get(sc, "findings")) > 0, "%s", r.body);
	mreply_free(&r);
	post(h, tool_call("4", "list_languages", "{}", body, sizeof(body)), &r);
	sc = json_object_get(res(&r), "structuredContent");
	cr_assert(json_array_size(json_object_get(sc, "languages")) >= 4);
	mreply_free(&r);
}

Test(mcp_http, protocol_errors_and_statuses)
{
	struct mreply r;

	srv_start(&S, NULL, NULL);
	post(NULL, "{nope", &r);
	cr_assert_eq(r.status, 400);
	cr_assert_eq(ecode(r.json), -32700);
	mreply_free(&r);
	post(NULL, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"prompts/list\"}", &r);
	cr_assert_eq(r.status, 200);
	cr_assert_eq(ecode(r.json), -32601);
	mreply_free(&r);
	post(NULL,
	     "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":"
	     "\"nope\"}}",
	     &r);
	cr_assert_eq(ecode(r.json), -32602);
	mreply_free(&r);
	post(NULL, "{\"jsonrpc\":\"2.0\",\"id\":1}", &r);
	cr_assert_eq(ecode(r.json), -32600);
	mreply_free(&r);
	const char *h[] = {"MCP-Protocol-Version: 2099-01-01", NULL};
	post(h, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}", &r);
	cr_assert_eq(r.status, 400);
	cr_assert_eq(ecode(r.json), -32022);
	json_t *data = json_object_get(json_object_get(r.json, "error"), "data");
	cr_assert_str_eq(jstr(data, "requested"), "2099-01-01");
	mreply_free(&r);
	mcp_req("POST", NULL, NULL, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", &r);
	cr_assert_eq(r.status, 401);
	mreply_free(&r);
	mcp_req("POST", "ak_0000000000000000000000000000000000000000000000000000000000000000", NULL,
		"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", &r);
	cr_assert_eq(r.status, 401);
	mreply_free(&r);
	mcp_req("GET", S.user, (const char *[]){"Accept: text/event-stream", NULL}, NULL, &r);
	cr_assert_eq(r.status, 405);
	cr_assert(has_header(&r, "Allow: POST"));
	mreply_free(&r);
	mcp_req("DELETE", S.user, NULL, NULL, &r);
	cr_assert_eq(r.status, 405);
	mreply_free(&r);
	post(NULL, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", &r);
	cr_assert_eq(r.status, 202);
	cr_assert_str_eq(r.body, "");
	mreply_free(&r);
	/* the server keeps serving */
	post(NULL, "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}", &r);
	cr_assert_eq(r.status, 200);
	cr_assert(json_is_object(res(&r)));
	mreply_free(&r);
}

Test(mcp_http, origin_is_checked_against_the_allow_list)
{
	struct mreply r;
	const char *ping = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";

	srv_start(&S, "mcp:\n  allowed_origins: [\"http://localhost:3000\"]\n", NULL);
	post((const char *[]){"Origin: http://evil.example", NULL}, ping, &r);
	cr_assert_eq(r.status, 403, "%ld %s", r.status, r.body);
	cr_assert(json_is_object(json_object_get(r.json, "error")));
	mreply_free(&r);
	mcp_req("POST", NULL, (const char *[]){"Origin: http://evil.example", NULL}, ping, &r);
	cr_assert_eq(r.status, 403, "Origin first, before the key");
	mreply_free(&r);
	post((const char *[]){"Origin: http://localhost:3000", NULL}, ping, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	mreply_free(&r);
	post(NULL, ping, &r);
	cr_assert_eq(r.status, 200, "no Origin: not a browser");
	mreply_free(&r);
}

Test(mcp_http, without_a_list_only_the_servers_own_loopback_origin)
{
	struct mreply r;
	char own[80], host[80];
	const char *ping = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";

	srv_start(&S, NULL, NULL);
	post((const char *[]){"Origin: http://127.0.0.1", NULL}, ping, &r);
	cr_assert_eq(r.status, 403, "another port is another origin");
	mreply_free(&r);
	snprintf(own, sizeof(own), "Origin: http://127.0.0.1:%d", S.port);
	post((const char *[]){own, NULL}, ping, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	mreply_free(&r);
	/* DNS rebinding: the attacker's name in Host and Origin alike */
	snprintf(host, sizeof(host), "Host: evil.example:%d", S.port);
	snprintf(own, sizeof(own), "Origin: http://evil.example:%d", S.port);
	post((const char *[]){host, own, NULL}, ping, &r);
	cr_assert_eq(r.status, 403);
	mreply_free(&r);
}

#define META26 "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"}"

Test(mcp_http, stateless_revision_headers)
{
	struct mreply r;
	const char *v26 = "MCP-Protocol-Version: 2026-07-28";

	srv_start(&S, NULL, NULL);
	post((const char *[]){v26, "Mcp-Method: server/discover", NULL},
	     "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"server/discover\",\"params\":{" META26
	     "}}",
	     &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	cr_assert_str_eq(jstr(res(&r), "resultType"), "complete");
	cr_assert_str_eq(
	    json_string_value(json_array_get(json_object_get(res(&r), "supportedVersions"), 0)),
	    "2026-07-28");
	mreply_free(&r);

	post((const char *[]){v26, "Mcp-Method: tools/list", NULL},
	     "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":{" META26 "}}",
	     &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	cr_assert(jint(res(&r), "ttlMs") > 0);
	cr_assert_str_eq(jstr(res(&r), "cacheScope"), "public");
	cr_assert_str_eq(jstr(res(&r), "resultType"), "complete");
	cr_assert(!has_header(&r, "Mcp-Session-Id"));
	mreply_free(&r);

	const char *call = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{"
			   "\"name\":\"run_code\",\"arguments\":{\"language\":\"python\",\"code\":"
			   "\"print(1)\"}," META26 "}}";
	post((const char *[]){v26, "Mcp-Method: tools/call", "Mcp-Name: run_code", NULL}, call, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	cr_assert_str_eq(jstr(res(&r), "resultType"), "complete");
	cr_assert_str_eq(jstr(json_object_get(res(&r), "structuredContent"), "stdout"), "1\n");
	mreply_free(&r);

	/* header and _meta differ; a header missing; the tool's name differs */
	post((const char *[]){"MCP-Protocol-Version: 2025-11-25", "Mcp-Method: tools/call",
			      "Mcp-Name: run_code", NULL},
	     call, &r);
	cr_assert_eq(r.status, 400);
	cr_assert_eq(ecode(r.json), -32020);
	mreply_free(&r);
	post((const char *[]){"Mcp-Method: tools/call", "Mcp-Name: run_code", NULL}, call, &r);
	cr_assert_eq(r.status, 400);
	cr_assert_eq(ecode(r.json), -32020);
	mreply_free(&r);
	post((const char *[]){v26, "Mcp-Name: run_code", NULL}, call, &r);
	cr_assert_eq(r.status, 400);
	cr_assert_eq(ecode(r.json), -32020);
	mreply_free(&r);
	post((const char *[]){v26, "Mcp-Method: tools/call", "Mcp-Name: check_code", NULL}, call,
	     &r);
	cr_assert_eq(r.status, 400);
	cr_assert_eq(ecode(r.json), -32020);
	mreply_free(&r);
	post((const char *[]){v26, "Mcp-Method: tools/call", NULL}, call, &r);
	cr_assert_eq(r.status, 400, "Mcp-Name is required on tools/call");
	mreply_free(&r);

	/* unknown method: 404 with -32601; unknown version in _meta: -32022 */
	post((const char *[]){v26, "Mcp-Method: nope/nope", NULL},
	     "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"nope/nope\",\"params\":{" META26 "}}", &r);
	cr_assert_eq(r.status, 404);
	cr_assert_eq(ecode(r.json), -32601);
	mreply_free(&r);
	post((const char *[]){"MCP-Protocol-Version: 2031-01-01", "Mcp-Method: tools/list", NULL},
	     "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/list\",\"params\":{\"_meta\":{"
	     "\"io.modelcontextprotocol/protocolVersion\":\"2031-01-01\"}}}",
	     &r);
	cr_assert_eq(r.status, 400);
	cr_assert_eq(ecode(r.json), -32022);
	mreply_free(&r);
}

Test(mcp_http, batches_only_in_2025_03_26)
{
	struct mreply r;
	const char *batch = "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},"
			    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}]";

	srv_start(&S, NULL, NULL);
	post((const char *[]){V("2025-03-26"), NULL}, batch, &r);
	cr_assert_eq(r.status, 200);
	cr_assert(json_is_array(r.json), "%s", r.body);
	cr_assert_eq(json_array_size(r.json), 2);
	mreply_free(&r);
	post((const char *[]){V("2025-06-18"), NULL}, batch, &r);
	cr_assert_eq(ecode(r.json), -32600);
	mreply_free(&r);
}

Test(mcp_http, progress_as_server_sent_events)
{
	struct mreply r;
	char body[600];
	const char *call =
	    tool_call("7", "run_code", "{\"language\":\"bash\",\"code\":\"sleep 1; echo done\"}",
		      body, sizeof(body));
	/* the token goes into params._meta */
	char withtoken[700];
	snprintf(withtoken, sizeof(withtoken), "%.*s,\"_meta\":{\"progressToken\":\"tok\"}}}",
		 (int)(strlen(call) - 2), call);

	srv_start(&S, NULL, NULL);
	post((const char *[]){V("2025-11-25"), "Accept: application/json, text/event-stream", NULL},
	     withtoken, &r);
	cr_assert_eq(r.status, 200);
	cr_assert(has_header(&r, "Content-Type: text/event-stream"), "%s", r.head.data);
	cr_assert(strstr(r.body, "event: message\ndata: {\"jsonrpc\":\"2.0\",\"method\":"
				 "\"notifications/progress\""),
		  "%s", r.body);
	cr_assert(strstr(r.body, "\"progressToken\":\"tok\""));
	cr_assert(strstr(r.body, "running"), "%s", r.body);
	const char *last = strstr(r.body, "\"id\":7");
	cr_assert(last && strstr(last, "done\\\\n"), "the response comes last: %s", r.body);
	mreply_free(&r);
	/* a client that takes JSON only gets the response alone */
	post((const char *[]){V("2025-11-25"), "Accept: application/json", NULL}, withtoken, &r);
	cr_assert(has_header(&r, "Content-Type: application/json"));
	cr_assert_eq(jint(r.json, "id"), 7);
	mreply_free(&r);
}

static void *slow_call(void *arg)
{
	struct mreply *r = arg;
	char body[600];
	post((const char *[]){V("2025-11-25"), NULL},
	     tool_call("77", "run_code", "{\"language\":\"bash\",\"code\":\"sleep 30\"}", body,
		       sizeof(body)),
	     r);
	return NULL;
}

Test(mcp_http, notifications_cancelled_kills_the_run)
{
	struct mreply r, slow;
	struct reply l;
	pthread_t t;

	srv_start(&S, NULL, NULL);
	uint64_t start = monotonic_ms();
	pthread_create(&t, NULL, slow_call, &slow);
	bool running = false;
	for (int i = 0; i < 100 && !running; i++) {
		http(&S, "GET", "/v1/executions?status=running", S.user, NULL, NULL, &l);
		running = json_array_size(json_object_get(l.json, "executions")) == 1;
		reply_free(&l);
		if (!running)
			usleep(100000);
	}
	cr_assert(running, "the call runs");
	post((const char *[]){V("2025-11-25"), NULL},
	     "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{"
	     "\"requestId\":77,\"reason\":\"user\"}}",
	     &r);
	cr_assert_eq(r.status, 202);
	mreply_free(&r);
	pthread_join(t, NULL);
	cr_assert(monotonic_ms() - start < 15000, "cancelled, not run to its end");
	cr_assert_eq(slow.status, 202, "no answer to a cancelled call: %s", slow.body);
	mreply_free(&slow);
	http(&S, "GET", "/v1/executions?status=cancelled", S.user, NULL, NULL, &l);
	cr_assert_eq(json_array_size(json_object_get(l.json, "executions")), 1, "%s", l.body);
	reply_free(&l);
}

Test(mcp_http, another_key_cannot_cancel)
{
	struct mreply r, slow;
	struct reply l;
	pthread_t t;

	srv_start(&S, NULL, NULL);
	pthread_create(&t, NULL, slow_call, &slow);
	usleep(1500000);
	mcp_req("POST", S.other, (const char *[]){V("2025-11-25"), NULL},
		"{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{"
		"\"requestId\":77}}",
		&r);
	cr_assert_eq(r.status, 202);
	mreply_free(&r);
	usleep(500000);
	http(&S, "GET", "/v1/executions?status=running", S.user, NULL, NULL, &l);
	cr_assert_eq(json_array_size(json_object_get(l.json, "executions")), 1, "still running");
	reply_free(&l);
	/* its own key can; then the call ends */
	post((const char *[]){V("2025-11-25"), NULL},
	     "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{"
	     "\"requestId\":77}}",
	     &r);
	mreply_free(&r);
	pthread_join(t, NULL);
	mreply_free(&slow);
}

Test(mcp_http, per_key_quota_as_for_v1)
{
	struct mreply r;
	char body[600];
	const char *h[] = {V("2025-11-25"), NULL};

	srv_start(&S, NULL, "per-minute=1");
	post(h,
	     tool_call("1", "run_code", "{\"language\":\"python\",\"code\":\"print(1)\"}", body,
		       sizeof(body)),
	     &r);
	cr_assert(json_is_false(json_object_get(res(&r), "isError")), "%s", r.body);
	mreply_free(&r);
	post(h,
	     tool_call("2", "run_code", "{\"language\":\"python\",\"code\":\"print(1)\"}", body,
		       sizeof(body)),
	     &r);
	json_t *x = res(&r);
	cr_assert(json_is_true(json_object_get(x, "isError")));
	const char *t = jstr(json_array_get(json_object_get(x, "content"), 0), "text");
	cr_assert(strstr(t, "try again in"), "%s", t);
	mreply_free(&r);
}

Test(mcp_http, approve_policy_answers_pending_with_how_to_approve)
{
	struct mreply r;
	char body[600];

	srv_start(&S, "policy:\n  mode: approve\n", NULL);
	post((const char *[]){V("2025-11-25"), NULL},
	     tool_call("1", "run_code",
		       "{\"language\":\"python\",\"code\":\"import os\\nos.system('eval echo hi')\"}",
		       body, sizeof(body)),
	     &r);
	json_t *x = res(&r);
	cr_assert(json_is_true(json_object_get(x, "isError")));
	json_t *sc = json_object_get(x, "structuredContent");
	cr_assert_str_eq(jstr(sc, "status"), "pending_approval", "%s", r.body);
	cr_assert(json_array_size(json_object_get(sc, "findings")) > 0);
	const char *hint = jstr(json_array_get(json_object_get(x, "content"), 1), "text");
	char want[100];
	snprintf(want, sizeof(want), "airlock approvals approve %s", jstr(sc, "id"));
	cr_assert(hint && strstr(hint, want), "%s", hint ? hint : r.body);
	snprintf(want, sizeof(want), "/v1/approvals/%s/approve", jstr(sc, "id"));
	cr_assert(strstr(hint, want), "every place of the id: %s", hint);
	mreply_free(&r);
}

/* ---- stdio ---- */

struct child {
	pid_t pid;
	int in, out;
	struct buf pending;
	char tmp[64];
};

/* The test's child, for a test that fails before child_end: the server is
 * ended and its TMPDIR removed all the same (copies: the test's frame is
 * gone by then). */
static pid_t current_pid;
static char current_tmp[64];

static void stdio_teardown(void)
{
	if (current_pid <= 0)
		return;
	kill(current_pid, SIGKILL);
	waitpid(current_pid, NULL, 0);
	char cmd[96];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", current_tmp);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", current_tmp);
	current_pid = 0;
}

TestSuite(mcp_stdio, .fini = stdio_teardown, .timeout = 120);

static void child_start(struct child *c, const char *const *extra)
{
	int to[2], from[2];
	const char *argv[24] = {airlock_bin(), "mcp"};
	int n = 2;

	for (size_t i = 0; extra && extra[i]; i++)
		argv[n++] = extra[i];
	argv[n] = NULL;
	memset(c, 0, sizeof(*c));
	snprintf(c->tmp, sizeof(c->tmp), "/tmp/airlock-mcp-test.XXXXXX");
	cr_assert(mkdtemp(c->tmp));
	snprintf(current_tmp, sizeof(current_tmp), "%s", c->tmp);
	cr_assert_eq(pipe(to), 0);
	cr_assert_eq(pipe(from), 0);
	c->pid = fork();
	cr_assert(c->pid >= 0);
	current_pid = c->pid;
	if (c->pid == 0) {
		dup2(to[0], 0);
		dup2(from[1], 1);
		close(to[1]);
		close(from[0]);
		setenv("TMPDIR", c->tmp, 1);
		setenv("AIRLOCK_MCP_PROGRESS_MS", "200", 1);
		execv(argv[0], (char **)argv);
		_exit(127);
	}
	close(to[0]);
	close(from[1]);
	c->in = to[1];
	c->out = from[0];
}

static void child_send(struct child *c, const char *line)
{
	size_t n = strlen(line);
	cr_assert_eq(write(c->in, line, n), (ssize_t)n);
	cr_assert_eq(write(c->in, "\n", 1), 1);
}

/* The next message, or NULL after timeout_s. */
static json_t *child_read(struct child *c, double timeout_s)
{
	uint64_t until = monotonic_ms() + (uint64_t)(timeout_s * 1000 * test_slowness());
	for (;;) {
		char *nl = c->pending.len ? memchr(c->pending.data, '\n', c->pending.len) : NULL;
		if (nl) {
			size_t len = (size_t)(nl - c->pending.data);
			json_t *m = json_loadb(c->pending.data, len, 0, NULL);
			cr_assert(m, "a JSON line: %.*s", (int)len, c->pending.data);
			memmove(c->pending.data, nl + 1, c->pending.len - len - 1);
			c->pending.len -= len + 1;
			return m;
		}
		uint64_t now = monotonic_ms();
		if (now >= until)
			return NULL;
		struct pollfd p = {c->out, POLLIN, 0};
		if (poll(&p, 1, (int)(until - now)) <= 0)
			continue;
		char chunk[65536];
		ssize_t got = read(c->out, chunk, sizeof(chunk));
		if (got <= 0)
			return NULL;
		buf_append(&c->pending, chunk, (size_t)got);
	}
}

/* The next message with this id (notifications before it are dropped). */
static json_t *child_answer(struct child *c, long long id, double timeout_s)
{
	json_t *m;
	while ((m = child_read(c, timeout_s)) != NULL) {
		if (json_integer_value(json_object_get(m, "id")) == id &&
		    json_object_get(m, "method") == NULL)
			return m;
		json_decref(m);
	}
	return NULL;
}

/* Closes its input; returns its exit status and checks it left nothing. */
static int child_end(struct child *c)
{
	int st;
	close(c->in);
	cr_assert_eq(waitpid(c->pid, &st, 0), c->pid);
	close(c->out);
	buf_free(&c->pending);
	DIR *d = opendir(c->tmp);
	struct dirent *e;
	int left = 0;
	while ((e = readdir(d)) != NULL)
		left += e->d_name[0] != '.';
	closedir(d);
	rmdir(c->tmp);
	current_pid = 0; /* ended: nothing for the teardown */
	cr_assert_eq(left, 0, "nothing is left in TMPDIR");
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static void child_init(struct child *c, const char *rev, const char *caps)
{
	char line[400];
	snprintf(line, sizeof(line),
		 "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
		 "\"protocolVersion\":\"%s\",\"capabilities\":%s,\"clientInfo\":{\"name\":\"t\","
		 "\"version\":\"1\"}}}",
		 rev, caps);
	child_send(c, line);
	json_t *m = child_answer(c, 1, 20);
	cr_assert(m, "initialize answered");
	cr_assert_str_eq(jstr(json_object_get(m, "result"), "protocolVersion"), rev);
	json_decref(m);
	child_send(c, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
}

Test(mcp_stdio, a_session_and_nothing_left_behind)
{
	struct child c;
	char line[600];

	child_start(&c, NULL);
	child_init(&c, "2025-06-18", "{}");
	child_send(&c, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
	json_t *m = child_answer(&c, 2, 10);
	json_t *tools = json_object_get(json_object_get(m, "result"), "tools");
	cr_assert_eq(json_array_size(tools), 11);
	/* --help names every tool the server lists */
	const char *help[] = {airlock_bin(), "mcp", "--help", NULL};
	struct proc_out o;
	cr_assert_eq(run_cmd(help, "", 20, &o), 0);
	for (size_t i = 0; i < json_array_size(tools); i++) {
		const char *name = jstr(json_array_get(tools, i), "name");
		cr_expect(strstr(o.out, name) != NULL, "--help does not name %s", name);
	}
	proc_out_free(&o);
	json_decref(m);
	child_send(&c,
		   tool_call("3", "run_code", "{\"language\":\"python\",\"code\":\"print(6*7)\"}",
			     line, sizeof(line)));
	m = child_answer(&c, 3, 30);
	json_t *sc = json_object_get(json_object_get(m, "result"), "structuredContent");
	cr_assert_str_eq(jstr(sc, "stdout"), "42\n");
	json_decref(m);
	child_send(&c, "garbage");
	m = child_read(&c, 10);
	cr_assert_eq(ecode(m), -32700);
	json_decref(m);
	cr_assert_eq(child_end(&c), 0);
}

Test(mcp_stdio, cancellation_stops_the_run_and_the_reader_keeps_reading)
{
	struct child c;
	char line[600];

	child_start(&c, NULL);
	child_init(&c, "2025-11-25", "{}");
	uint64_t start = monotonic_ms();
	child_send(&c, "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":{"
		       "\"name\":\"run_code\",\"arguments\":{\"language\":\"bash\",\"code\":"
		       "\"sleep 30\"},\"_meta\":{\"progressToken\":5}}}");
	/* progress while it runs, and the reader answers meanwhile */
	json_t *m = child_read(&c, 10);
	cr_assert_str_eq(jstr(m, "method"), "notifications/progress");
	json_decref(m);
	child_send(&c, "{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"ping\"}");
	m = child_answer(&c, 10, 10);
	cr_assert(m, "ping answered while a run goes on");
	json_decref(m);
	child_send(&c, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{"
		       "\"requestId\":9}}");
	child_send(&c,
		   tool_call("11", "run_code", "{\"language\":\"bash\",\"code\":\"echo after\"}",
			     line, sizeof(line)));
	m = child_answer(&c, 11, 20);
	cr_assert(m);
	json_decref(m);
	cr_assert(monotonic_ms() - start < 20000, "the sleep was cancelled");
	cr_assert_null(child_answer(&c, 9, 1), "a cancelled call is not answered");
	cr_assert_eq(child_end(&c), 0);
}

static json_t *approve_flow(const char *answer, const char *caps)
{
	struct child c;
	char line[800];

	child_start(&c, (const char *[]){"--policy", "approve", NULL});
	child_init(&c, "2025-11-25", caps);
	child_send(&c, tool_call("4", "run_code",
				 "{\"language\":\"python\",\"code\":\"import os\\nos.system('eval echo "
				 "approved-run')\"}",
				 line, sizeof(line)));
	json_t *m = NULL;
	if (answer) {
		m = child_read(&c, 20);
		cr_assert(m);
		cr_assert_str_eq(jstr(m, "method"), "elicitation/create", "%s", json_dumps(m, 0));
		json_t *p = json_object_get(m, "params");
		cr_assert(strstr(jstr(p, "message"), "os.system"), "the code is shown");
		cr_assert(strstr(jstr(p, "message"), "Findings"), "the findings are shown");
		cr_assert_str_eq(jstr(p, "mode"), "form");
		json_t *schema = json_object_get(p, "requestedSchema");
		cr_assert(json_object_get(json_object_get(schema, "properties"), "approve"));
		const char *id = jstr(m, "id");
		snprintf(line, sizeof(line), "{\"jsonrpc\":\"2.0\",\"id\":\"%s\",\"result\":%s}",
			 id, answer);
		json_decref(m);
		child_send(&c, line);
	}
	m = child_answer(&c, 4, 30);
	cr_assert(m);
	json_t *r = json_incref(json_object_get(m, "result"));
	json_decref(m);
	cr_assert_eq(child_end(&c), 0);
	return r;
}

Test(mcp_stdio, elicitation_asks_the_person_and_acts_on_the_answer)
{
	json_t *r = approve_flow("{\"action\":\"accept\",\"content\":{\"approve\":true}}",
				 "{\"elicitation\":{}}");
	json_t *sc = json_object_get(r, "structuredContent");
	cr_assert_str_eq(jstr(sc, "status"), "ok", "%s", json_dumps(r, 0));
	cr_assert(strstr(jstr(sc, "stdout"), "approved-run"));
	cr_assert(json_is_false(json_object_get(r, "isError")));
	json_decref(r);

	r = approve_flow(
	    "{\"action\":\"accept\",\"content\":{\"approve\":false,\"reason\":\"no\"}}",
	    "{\"elicitation\":{}}");
	cr_assert_str_eq(jstr(json_object_get(r, "structuredContent"), "status"), "rejected");
	cr_assert(json_is_true(json_object_get(r, "isError")));
	json_decref(r);

	r = approve_flow("{\"action\":\"decline\"}", "{\"elicitation\":{}}");
	cr_assert_str_eq(jstr(json_object_get(r, "structuredContent"), "status"), "rejected");
	json_decref(r);
}

Test(mcp_stdio, without_elicitation_the_result_is_pending)
{
	json_t *r = approve_flow(NULL, "{}");
	json_t *sc = json_object_get(r, "structuredContent");
	cr_assert_str_eq(jstr(sc, "status"), "pending_approval");
	cr_assert(json_is_true(json_object_get(r, "isError")));
	const char *hint = jstr(json_array_get(json_object_get(r, "content"), 1), "text");
	cr_assert(hint && strstr(hint, "pending approval") && strstr(hint, "elicitation"));
	json_decref(r);
}

/* run_code with args (a JSON object) as call id: its stdout (free it). */
static char *run_code_stdout(struct child *c, int id, const char *args)
{
	char line[700], num[16];

	snprintf(num, sizeof(num), "%d", id);
	child_send(c, tool_call(num, "run_code", args, line, sizeof(line)));
	json_t *m = child_answer(c, id, 30);
	const char *out =
	    jstr(json_object_get(json_object_get(m, "result"), "structuredContent"), "stdout");
	cr_assert_not_null(out, "%s", json_dumps(m, 0));
	char *copy = strdup(out);
	json_decref(m);
	return copy;
}

/* run_code's and sandbox_create's "net": {"allow": [...]}: egress to
 * those hosts through airlock's proxy, within the configuration's list
 * (its egress:, or --allow-host); a host outside it is the tool's error,
 * not the protocol's; a call without it has no network. */
Test(mcp_stdio, net_allow_is_egress_within_the_configuration)
{
	static const char with_net[] = "{\"language\":\"bash\",\"code\":\"echo "
				       "\\\"[$HTTPS_PROXY]\\\"\",\"net\":{\"allow\":[\"api.test\"]}}",
			  without[] = "{\"language\":\"bash\",\"code\":\"echo \\\"[$HTTPS_PROXY]\\\"\"}";
	struct child c;
	char line[700], dir[64], cfg[96], *out;

	snprintf(dir, sizeof(dir), "/tmp/airlock-mcp-cfg.XXXXXX");
	cr_assert(mkdtemp(dir));
	snprintf(cfg, sizeof(cfg), "%s/airlock.yaml", dir);
	FILE *f = fopen(cfg, "w");
	cr_assert_not_null(f);
	fputs("egress: [api.test]\n", f);
	fclose(f);
	const char *const *flags[] = {(const char *[]){"--config", cfg, NULL},
				      (const char *[]){"--allow-host", "api.test", NULL}};
	for (size_t k = 0; k < 2; k++) {
		child_start(&c, flags[k]);
		child_init(&c, "2025-11-25", "{}");
		cr_assert_str_eq(out = run_code_stdout(&c, 2, with_net),
				 "[http://127.0.0.1:3128]\n");
		free(out);
		cr_assert_str_eq(out = run_code_stdout(&c, 3, without), "[]\n");
		free(out);
		child_send(&c, tool_call("4", "run_code",
					 "{\"language\":\"bash\",\"code\":\"true\",\"net\":{"
					 "\"allow\":[\"elsewhere.test\"]}}",
					 line, sizeof(line)));
		json_t *m = child_answer(&c, 4, 30);
		json_t *r = json_object_get(m, "result");
		cr_assert(json_is_true(json_object_get(r, "isError")), "%s", json_dumps(m, 0));
		cr_assert(strstr(jstr(json_array_get(json_object_get(r, "content"), 0), "text"),
				 "elsewhere.test"));
		json_decref(m);
		child_send(&c, tool_call("5", "sandbox_create",
					 "{\"net\":{\"allow\":[\"api.test\"]}}", line,
					 sizeof(line)));
		m = child_answer(&c, 5, 30);
		json_t *sc = json_object_get(json_object_get(m, "result"), "structuredContent");
		cr_assert_str_eq(jstr(json_object_get(sc, "limits"), "net"), "egress", "%s",
				 json_dumps(m, 0));
		/* sandbox_set_network replaces its list, within the same bounds */
		char args[200];
		snprintf(args, sizeof(args), "{\"sandbox_id\":\"%s\",\"allow\":[]}", jstr(sc, "id"));
		json_decref(m);
		child_send(&c, tool_call("6", "sandbox_set_network", args, line, sizeof(line)));
		m = child_answer(&c, 6, 30);
		sc = json_object_get(json_object_get(m, "result"), "structuredContent");
		cr_assert_eq(json_array_size(json_object_get(json_object_get(sc, "net"), "allow")), 0,
			     "%s", json_dumps(m, 0));
		cr_assert(json_is_array(json_object_get(json_object_get(sc, "net"), "allow")), "%s",
			  json_dumps(m, 0));
		cr_assert(!json_is_true(json_object_get(json_object_get(m, "result"), "isError")));
		snprintf(args + strlen(args) - 3, sizeof(args) - strlen(args) + 3,
			 "[\"elsewhere.test\"]}");
		json_decref(m);
		child_send(&c, tool_call("7", "sandbox_set_network", args, line, sizeof(line)));
		m = child_answer(&c, 7, 30);
		r = json_object_get(m, "result");
		cr_assert(json_is_true(json_object_get(r, "isError")), "%s", json_dumps(m, 0));
		cr_assert(strstr(jstr(json_array_get(json_object_get(r, "content"), 0), "text"),
				 "elsewhere.test"),
			  "%s", json_dumps(m, 0));
		json_decref(m);
		cr_assert_eq(child_end(&c), 0);
	}
	unlink(cfg);
	rmdir(dir);
}

Test(mcp_stdio, limit_flags_are_defaults_and_maxima)
{
	struct child c;
	char line[600];

	child_start(&c, (const char *[]){"-t", "1", "-m", "128", NULL});
	child_init(&c, "2025-11-25", "{}");
	child_send(&c, tool_call("2", "run_code",
				 "{\"language\":\"python\",\"code\":\"1\",\"limits\":{"
				 "\"time_limit_s\":5}}",
				 line, sizeof(line)));
	json_t *m = child_answer(&c, 2, 20);
	json_t *r = json_object_get(m, "result");
	cr_assert(json_is_true(json_object_get(r, "isError")));
	cr_assert(
	    strstr(jstr(json_array_get(json_object_get(r, "content"), 0), "text"), "time_limit_s"));
	json_decref(m);
	child_send(&c, tool_call("3", "run_code", "{\"language\":\"python\",\"code\":\"print(1)\"}",
				 line, sizeof(line)));
	m = child_answer(&c, 3, 20);
	json_t *lim = json_object_get(
	    json_object_get(json_object_get(m, "result"), "structuredContent"), "limits");
	cr_assert_eq(json_real_value(json_object_get(lim, "time_limit_s")), 1.0);
	cr_assert_eq(json_integer_value(json_object_get(lim, "memory_limit_mb")), 128);
	json_decref(m);
	cr_assert_eq(child_end(&c), 0);
}

/* Each names what is wrong: a program, a bad value, or an option of one
 * run that mcp would otherwise drop without a word. */
Test(mcp_stdio, bad_flags_are_one_line_and_125)
{
	static const char *const bad[][3] = {
	    {"-c", "print(1)", "no program ('-c')"},
	    {"--policy", "maybe", "--policy"},
	    {"-t", "x", "--time-limit 'x'"},
	    {"prog.py", NULL, "no program ('prog.py')"},
	    {"--bogus", NULL, "--bogus"},
	    {"--add", "/etc/hostname", "--add is an option of one run"},
	    {"--compile-time-limit", "3", "--compile-* is an option of one run"},
	    {"--allow-private", NULL, "--allow-private is an option of one run"},
	    {"--net", "egress", "give the hosts it may name with --allow-host"},
	    {"--env", "A=b", "--env is an option of one run"},
	    {"--start", "warm", "--start is an option of one run"},
	    {"--mount", "/usr/share:/data", "--mount is an option of one run"},
	};
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
		const char *argv[6] = {airlock_bin(), "mcp", bad[i][0], bad[i][1], NULL};
		struct proc_out o;
		cr_assert_eq(run_cmd(argv, "", 20, &o), 125, "%s: %s", bad[i][0], o.err);
		cr_assert(strncmp(o.err, "airlock: ", 9) == 0, "%s", o.err);
		cr_assert_eq(strchr(o.err, '\n'), o.err + o.err_len - 1, "one line: %s", o.err);
		cr_assert(strstr(o.err, bad[i][2]) != NULL, "'%s' lacks '%s'", o.err, bad[i][2]);
		cr_assert_eq(o.out_len, 0, "nothing on stdout");
		proc_out_free(&o);
	}
}

Test(mcp_stdio, sigterm_cancels_the_runs_and_cleans_up)
{
	struct child c;
	char line[600];

	child_start(&c, NULL);
	child_init(&c, "2025-11-25", "{}");
	child_send(&c, tool_call("2", "run_code", "{\"language\":\"bash\",\"code\":\"sleep 31\"}",
				 line, sizeof(line)));
	usleep(1000000);
	uint64_t start = monotonic_ms();
	kill(c.pid, SIGTERM);
	cr_assert_eq(child_end(&c), 0);
	cr_assert(monotonic_ms() - start < 10000, "stopped, not waited for the sleep");
	cr_assert_eq(wait_host_processes("sleep 31", 0, 5), 0, "the program is gone");
}
