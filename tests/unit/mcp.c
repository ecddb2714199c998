/* The MCP core without a transport and without a service: negotiation,
 * every revision's shapes, every JSON-RPC error, batches, the tools'
 * definitions, and the argument checks that answer before the service is
 * asked (tests/server/mcp.c runs the tools for real). */
#include <criterion/criterion.h>
#include <string.h>

#include "mcp/mcp.h"

static json_t *sent;

static void keep(void *ctx, json_t *msg)
{
	(void)ctx;
	json_array_append(sent, msg);
}

static struct mcp_hub *hub;
static struct mcp_conn *conn;

static void setup(void)
{
	struct mcp_options o = {.svc = NULL, .threaded = false, .version = "9.9"};
	struct key_row key = {.id = 1, .name = "t"};
	sent = json_array();
	hub = mcp_hub_new(&o);
	conn = mcp_conn_new(hub, &key, keep, NULL);
}

static void teardown(void)
{
	mcp_conn_free(conn, false);
	mcp_hub_free(hub);
	json_decref(sent);
}

TestSuite(mcp, .init = setup, .fini = teardown);

/* Sends text; returns the one message answered (borrowed), or NULL. */
static json_t *ask(const char *text)
{
	json_array_clear(sent);
	mcp_handle(conn, text, strlen(text));
	cr_assert(json_array_size(sent) <= 1, "one answer, not %zu", json_array_size(sent));
	return json_array_get(sent, 0);
}

static long long err_code(json_t *m)
{
	return json_integer_value(json_object_get(json_object_get(m, "error"), "code"));
}

static json_t *result(json_t *m)
{
	json_t *r = json_object_get(m, "result");
	cr_assert(r != NULL, "a result: %s", json_dumps(m, 0));
	return r;
}

static const char *init_msg(const char *version)
{
	static char buf[300];
	snprintf(buf, sizeof(buf),
		 "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
		 "\"protocolVersion\":\"%s\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\","
		 "\"version\":\"1\"}}}",
		 version);
	return buf;
}

Test(mcp, initialize_answers_each_handshake_revision_it_speaks)
{
	const char *revs[] = {"2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"};
	for (size_t i = 0; i < 4; i++) {
		json_t *r = result(ask(init_msg(revs[i])));
		cr_assert_str_eq(json_string_value(json_object_get(r, "protocolVersion")), revs[i]);
		cr_assert(
		    json_is_object(json_object_get(json_object_get(r, "capabilities"), "tools")));
		json_t *info = json_object_get(r, "serverInfo");
		cr_assert_str_eq(json_string_value(json_object_get(info, "name")), "airlock");
		cr_assert_str_eq(json_string_value(json_object_get(info, "version")), "9.9");
		cr_assert_null(json_object_get(r, "resultType"), "no resultType before 2026");
		cr_assert_eq(mcp_conn_rev(conn), mcp_rev_parse(revs[i]));
	}
}

Test(mcp, initialize_with_an_unknown_or_stateless_version_gets_the_latest_handshake)
{
	const char *asks[] = {"1999-01-01", "2026-07-28", "2025-13-99"};
	for (size_t i = 0; i < 3; i++) {
		json_t *r = result(ask(init_msg(asks[i])));
		cr_assert_str_eq(json_string_value(json_object_get(r, "protocolVersion")),
				 "2025-11-25");
	}
	json_t *m = ask("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}");
	cr_assert_eq(err_code(m), MCP_INVALID_PARAMS);
}

Test(mcp, json_rpc_errors)
{
	json_t *m = ask("{not json");
	cr_assert_eq(err_code(m), MCP_PARSE_ERROR);
	cr_assert(json_is_null(json_object_get(m, "id")));
	cr_assert_eq(err_code(ask("42")), MCP_INVALID_REQUEST);
	cr_assert_eq(err_code(ask("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}")),
		     MCP_INVALID_REQUEST);
	cr_assert_eq(err_code(ask("{\"id\":1,\"method\":\"ping\"}")), MCP_INVALID_REQUEST);
	cr_assert_eq(err_code(ask("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":7}")),
		     MCP_INVALID_REQUEST);
	cr_assert_eq(err_code(ask("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}")),
		     MCP_INVALID_REQUEST);
	cr_assert_eq(err_code(ask("{\"jsonrpc\":\"2.0\",\"id\":1}")), MCP_INVALID_REQUEST);
	m = ask("{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"method\":\"resources/list\"}");
	cr_assert_eq(err_code(m), MCP_METHOD_NOT_FOUND);
	cr_assert_str_eq(json_string_value(json_object_get(m, "id")), "x");
	cr_assert_eq(err_code(ask("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\","
				  "\"params\":5}")),
		     MCP_INVALID_PARAMS);
	/* a notification is never answered, not even an unknown one */
	cr_assert_null(ask("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/whatever\"}"));
	cr_assert_null(ask("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
			   "\"params\":{\"requestId\":99}}"));
}

Test(mcp, ping_until_the_stateless_revision)
{
	ask(init_msg("2025-06-18"));
	json_t *r = result(ask("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}"));
	cr_assert_eq(json_object_size(r), 0);
	json_t *m = ask("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\",\"params\":{\"_meta\":{"
			"\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"}}}");
	cr_assert_eq(err_code(m), MCP_METHOD_NOT_FOUND);
}

static int find_tool(json_t *tools, const char *name)
{
	json_t *t;
	size_t i;
	json_array_foreach(tools, i, t) if (strcmp(json_string_value(json_object_get(t, "name")),
						   name) == 0) return (int)i;
	return -1;
}

Test(mcp, tools_list_fits_each_revision)
{
	static const char *const revs[] = {"2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"};
	for (size_t i = 0; i < 4; i++) {
		ask(init_msg(revs[i]));
		json_t *tools = json_object_get(
		    result(ask("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}")),
		    "tools");
		cr_assert_eq(json_array_size(tools), 11);
		bool structured = i >= 2, annotated = i >= 1;
		for (const char *const *n =
			 (const char *const[]){"run_code", "check_code", "list_languages", NULL};
		     *n; n++) {
			int k = find_tool(tools, *n);
			cr_assert(k >= 0, "%s listed", *n);
			json_t *t = json_array_get(tools, (size_t)k);
			json_t *in = json_object_get(t, "inputSchema");
			cr_assert_str_eq(json_string_value(json_object_get(in, "type")), "object");
			cr_assert(json_is_string(json_object_get(t, "description")));
			cr_assert_eq(json_object_get(t, "outputSchema") != NULL, structured,
				     "%s %s", revs[i], *n);
			cr_assert_eq(json_object_get(t, "title") != NULL, structured);
			cr_assert_eq(json_object_get(t, "annotations") != NULL, annotated);
			if (structured)
				cr_assert_str_eq(json_string_value(json_object_get(
						     json_object_get(t, "outputSchema"), "type")),
						 "object");
		}
	}
}

Test(mcp, run_code_schemas_name_every_field_of_the_result)
{
	ask(init_msg("2025-11-25"));
	json_t *tools = json_object_get(
	    result(ask("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}")), "tools");
	json_t *t = json_array_get(tools, (size_t)find_tool(tools, "run_code"));
	json_t *out = json_object_get(t, "outputSchema");
	json_t *props = json_object_get(out, "properties");
	const char *fields[] = {
	    "id",	  "status",	    "exit_code",	"signal",
	    "stdout",	  "stderr",	    "stdout_truncated", "stderr_truncated",
	    "time",	  "memory_peak_kb", "language",		"limits",
	    "created_at", "finished_at",    "compile",		"findings",
	    "redactions", "files",	    "diagnostics",	"error"};
	for (size_t i = 0; i < ARRAY_SIZE(fields); i++)
		cr_assert(json_object_get(props, fields[i]) != NULL, "outputSchema has %s",
			  fields[i]);
	/* the optional ones are not required */
	json_t *req = json_object_get(out, "required"), *v;
	size_t i;
	json_array_foreach(req, i, v)
	{
		const char *n = json_string_value(v);
		cr_assert(strcmp(n, "findings") && strcmp(n, "files") && strcmp(n, "diagnostics") &&
			      strcmp(n, "compile") && strcmp(n, "error"),
			  "%s must not be required", n);
	}
	json_t *in = json_object_get(json_object_get(t, "inputSchema"), "properties");
	const char *inputs[] = {"language", "code", "stdin", "args", "env", "files", "limits"};
	for (size_t k = 0; k < ARRAY_SIZE(inputs); k++)
		cr_assert(json_object_get(in, inputs[k]) != NULL, "inputSchema has %s", inputs[k]);
	json_t *ann = json_object_get(t, "annotations");
	cr_assert(json_is_false(json_object_get(ann, "readOnlyHint")));
	cr_assert(json_is_false(json_object_get(ann, "openWorldHint")));
}

Test(mcp, stateless_revision_discover_resulttype_ttl_and_version_errors)
{
	const char *meta = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"}";
	char req[400];

	snprintf(req, sizeof(req),
		 "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"server/discover\","
		 "\"params\":{%s}}",
		 meta);
	json_t *r = result(ask(req));
	json_t *vs = json_object_get(r, "supportedVersions");
	cr_assert_eq(json_array_size(vs), 5);
	cr_assert_str_eq(json_string_value(json_array_get(vs, 0)), "2026-07-28");
	cr_assert_str_eq(json_string_value(json_object_get(r, "resultType")), "complete");
	cr_assert(json_is_integer(json_object_get(r, "ttlMs")));
	cr_assert(json_is_string(json_object_get(r, "cacheScope")));
	cr_assert(json_is_object(json_object_get(r, "capabilities")));

	snprintf(req, sizeof(req),
		 "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":{%s}}", meta);
	r = result(ask(req));
	cr_assert_str_eq(json_string_value(json_object_get(r, "resultType")), "complete");
	cr_assert(json_integer_value(json_object_get(r, "ttlMs")) > 0);
	cr_assert_str_eq(json_string_value(json_object_get(r, "cacheScope")), "public");
	cr_assert_eq(mcp_conn_rev(conn), MCP_REV_NONE, "stateless: no state kept");

	json_t *m = ask("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\",\"params\":{"
			"\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2030-01-01\"}}}");
	cr_assert_eq(err_code(m), MCP_UNSUPPORTED_VERSION);
	json_t *data = json_object_get(json_object_get(m, "error"), "data");
	cr_assert_str_eq(json_string_value(json_object_get(data, "requested")), "2030-01-01");
	cr_assert_eq(json_array_size(json_object_get(data, "supported")), 5);
}

Test(mcp, batches_only_in_2025_03_26)
{
	const char *batch = "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},"
			    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"},"
			    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"nope\"}]";
	ask(init_msg("2025-03-26"));
	json_t *m = ask(batch);
	cr_assert(json_is_array(m));
	cr_assert_eq(json_array_size(m), 2, "one answer per request, none for notifications");
	cr_assert_eq(err_code(json_array_get(m, 1)), MCP_METHOD_NOT_FOUND);
	cr_assert_eq(err_code(ask("[]")), MCP_INVALID_REQUEST);
	ask(init_msg("2025-06-18"));
	cr_assert_eq(err_code(ask(batch)), MCP_INVALID_REQUEST);
	ask(init_msg("2024-11-05"));
	cr_assert_eq(err_code(ask(batch)), MCP_INVALID_REQUEST);
}

static json_t *call(const char *name, const char *args)
{
	char req[600];
	snprintf(req, sizeof(req),
		 "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":"
		 "\"%s\"%s%s}}",
		 name, args ? ",\"arguments\":" : "", args ? args : "");
	return ask(req);
}

static const char *error_text(json_t *m)
{
	json_t *r = result(m);
	cr_assert(json_is_true(json_object_get(r, "isError")), "isError: %s", json_dumps(m, 0));
	cr_assert_null(json_object_get(r, "structuredContent"));
	return json_string_value(
	    json_object_get(json_array_get(json_object_get(r, "content"), 0), "text"));
}

Test(mcp, bad_tool_arguments_are_tool_errors_an_unknown_tool_is_a_protocol_error)
{
	ask(init_msg("2025-11-25"));
	cr_assert_eq(err_code(call("rm_rf", "{}")), MCP_INVALID_PARAMS);
	cr_assert_eq(err_code(ask("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\","
				  "\"params\":{}}")),
		     MCP_INVALID_PARAMS);
	cr_assert(strstr(error_text(call("run_code", "[1]")), "must be an object"));
	cr_assert(strstr(error_text(call("run_code", "{\"language\":\"python\",\"code\":\"1\","
						     "\"shell\":true}")),
			 "unknown argument 'shell'"));
	cr_assert(strstr(error_text(call("run_code", "{\"code\":\"1\"}")), "'language'"));
	cr_assert(
	    strstr(error_text(call("run_code", "{\"language\":\"python\",\"code\":5}")), "'code'"));
	cr_assert(strstr(error_text(call("check_code", "{\"language\":1}")), "'language'"));
	cr_assert(strstr(error_text(call("list_languages", "{\"x\":1}")), "unknown argument"));
}

#define PEEK(s) mcp_peek(s, strlen(s), &p)

Test(mcp, rev_names_and_peek)
{
	cr_assert_eq(mcp_rev_parse("2025-06-18"), MCP_REV_2025_06_18);
	cr_assert_eq(mcp_rev_parse("2025-06-19"), MCP_REV_NONE);
	cr_assert_eq(mcp_rev_parse(NULL), MCP_REV_NONE);
	cr_assert_str_eq(mcp_rev_name(MCP_REV_2026_07_28), "2026-07-28");
	cr_assert_null(mcp_rev_name(MCP_REV_NONE));

	struct mcp_peek p;
	const char *m = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{"
			"\"name\":\"run_code\",\"_meta\":{\"io.modelcontextprotocol/"
			"protocolVersion\":\"2026-07-28\"}}}";
	cr_assert_eq(mcp_peek(m, strlen(m), &p), 0);
	cr_assert_eq(p.kind, MCP_MSG_REQUEST);
	cr_assert_str_eq(p.method, "tools/call");
	cr_assert_str_eq(p.name, "run_code");
	cr_assert_str_eq(p.meta_rev, "2026-07-28");
	cr_assert_eq(PEEK("{\"jsonrpc\":\"2.0\",\"method\":\"n\"}"), 0);
	cr_assert_eq(p.kind, MCP_MSG_NOTIFICATION);
	cr_assert_eq(PEEK("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}"), 0);
	cr_assert_eq(p.kind, MCP_MSG_RESPONSE);
	cr_assert_eq(PEEK("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]"), 0);
	cr_assert(p.batch);
	cr_assert_eq(PEEK("nope"), -1);
	cr_assert_eq(p.kind, MCP_MSG_INVALID);
}
