/*
 * The tools: run_code, check_code, list_languages — each a thin call of
 * the service; the sandbox tools are in sandbox_tools.c.
 *
 * A tool's answer is a CallToolResult. From 2025-06-18 on it carries
 * structuredContent (the execution object itself for run_code, valid
 * against the tool's outputSchema) and, for older clients and as the spec
 * asks, one text block with the same JSON, compact. isError is true
 * exactly when the execution's status is not "ok", and for arguments the
 * service refuses (2025-11-25, SEP-1303: the model can read and fix them);
 * those results have no structuredContent, and clients skip their schema
 * check.
 *
 * run_code submits without waiting, then waits in steps of the progress
 * interval (service_wait), so that it can report progress when the client
 * asked (a progressToken), and be cancelled (notifications/cancelled ->
 * service_cancel) once the service knows the execution's id. When the
 * policy holds the program for a person, and the client can ask its person
 * (elicitation), it asks with the findings and the code, and hands the
 * answer to service_decide; otherwise the result is the pending execution
 * and says how to approve it.
 *
 * The schemas are JSON Schema (2020-12 is MCP's default dialect since
 * 2025-11-25) written with keywords that mean the same in draft-07, which
 * some clients' validators still default to; so they carry no "$schema".
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "mcp/internal.h"

/* ---- schemas ---- */

#define LIMITS_SCHEMA                                                                              \
	"{\"type\":\"object\",\"properties\":{"                                                    \
	"\"time_limit_s\":{\"type\":\"number\",\"description\":\"CPU seconds, all processes\"},"   \
	"\"wall_time_limit_s\":{\"type\":\"number\",\"description\":\"real seconds\"},"            \
	"\"memory_limit_mb\":{\"type\":\"integer\"},\"max_processes\":{\"type\":\"integer\"},"     \
	"\"max_output_kb\":{\"type\":\"integer\",\"description\":\"per stream\"},"                 \
	"\"disk_limit_mb\":{\"type\":\"integer\"},"                                                \
	"\"net\":{\"type\":\"string\",\"enum\":[\"none\",\"loopback\"]}}"

#define TIME_SCHEMA                                                                                \
	"{\"type\":\"object\",\"properties\":{\"wall_ms\":{\"type\":\"number\"},"                  \
	"\"cpu_ms\":{\"type\":\"number\"},\"user_ms\":{\"type\":\"number\"},"                      \
	"\"sys_ms\":{\"type\":\"number\"}},\"required\":[\"wall_ms\",\"cpu_ms\"]}"

#define FINDINGS_SCHEMA                                                                            \
	"{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{"                      \
	"\"rule\":{\"type\":\"string\"},\"severity\":{\"type\":\"string\",\"enum\":[\"info\","     \
	"\"warn\",\"high\"]},\"line\":{\"type\":\"integer\"},\"column\":{\"type\":\"integer\"},"   \
	"\"message\":{\"type\":\"string\"},\"text\":{\"type\":\"string\"},"                        \
	"\"file\":{\"type\":[\"string\",\"null\"]}},\"required\":[\"rule\",\"severity\","          \
	"\"message\"]}}"

static const char run_code_json[] =
    "{\"name\":\"run_code\",\"title\":\"Run code in a sandbox\","
    "\"description\":\"Runs a program in a fresh airlock sandbox (no network, limits on CPU "
    "time, memory, processes, output and disk) and returns its execution: status, exit_code, "
    "stdout, stderr, time, memory_peak_kb, policy findings, collected files and diagnostics "
    "(the error's type, message and line). isError is true exactly when status is not "
    "\\\"ok\\\".\","
    "\"inputSchema\":{\"type\":\"object\",\"properties\":{"
    "\"language\":{\"type\":\"string\",\"description\":\"python, node, bash or c (aliases: py, "
    "js, javascript, sh, ...): see list_languages\"},"
    "\"code\":{\"type\":\"string\",\"description\":\"the program's text\"},"
    "\"stdin\":{\"type\":\"string\",\"description\":\"what the program reads on standard "
    "input\"},"
    "\"args\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"description\":\"the "
    "program's arguments\"},"
    "\"env\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"},"
    "\"description\":\"variables of the program's environment\"},"
    "\"files\":{\"type\":\"array\",\"description\":\"files placed in the work directory next to "
    "the program\",\"items\":{\"type\":\"object\",\"properties\":{"
    "\"name\":{\"type\":\"string\",\"description\":\"a relative path\"},"
    "\"content\":{\"type\":\"string\"},"
    "\"encoding\":{\"type\":\"string\",\"enum\":[\"utf8\",\"base64\"]}},"
    "\"required\":[\"name\",\"content\"]}},"
    "\"collect\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"description\":"
    "\"globs of files to return after the run (relative to the work directory, e.g. "
    "out/*.png): they come back in the result's files with size, sha256 and content_base64\"},"
    "\"limits\":" LIMITS_SCHEMA ",\"description\":\"lower (or, up to the server's maxima, "
    "higher) limits than the defaults\"},"
    "\"net\":" NET_ALLOW_SCHEMA "},"
    "\"required\":[\"language\",\"code\"],\"additionalProperties\":false},"
    "\"outputSchema\":{\"type\":\"object\",\"properties\":{"
    "\"id\":{\"type\":\"string\"},"
    "\"status\":{\"type\":\"string\",\"enum\":[\"ok\",\"runtime_error\",\"signaled\","
    "\"time_limit\",\"wall_time_limit\",\"memory_limit\",\"output_limit\",\"syscall_denied\","
    "\"compile_error\",\"internal_error\",\"queued\",\"running\",\"cancelled\","
    "\"interrupted\",\"policy_blocked\",\"pending_approval\",\"rejected\"]},"
    "\"exit_code\":{\"type\":[\"integer\",\"null\"]},"
    "\"signal\":{\"type\":[\"integer\",\"null\"]},"
    "\"stdout\":{\"type\":\"string\"},\"stderr\":{\"type\":\"string\"},"
    "\"stdout_base64\":{\"type\":\"string\"},\"stderr_base64\":{\"type\":\"string\"},"
    "\"stdout_truncated\":{\"type\":\"boolean\"},\"stderr_truncated\":{\"type\":\"boolean\"},"
    "\"time\":" TIME_SCHEMA ","
    "\"memory_peak_kb\":{\"type\":\"integer\"},"
    "\"language\":{\"type\":\"string\"},"
    "\"limits\":" LIMITS_SCHEMA "},"
    "\"created_at\":{\"type\":\"string\"},"
    "\"finished_at\":{\"type\":[\"string\",\"null\"]},"
    "\"code_sha256\":{\"type\":\"string\"},"
    "\"error\":{\"type\":\"string\"},"
    "\"compile\":{\"type\":\"object\",\"properties\":{\"status\":{\"type\":\"string\"},"
    "\"exit_code\":{\"type\":[\"integer\",\"null\"]},\"stdout\":{\"type\":\"string\"},"
    "\"stderr\":{\"type\":\"string\"},\"stdout_base64\":{\"type\":\"string\"},"
    "\"stderr_base64\":{\"type\":\"string\"},\"time\":" TIME_SCHEMA "}},"
    "\"findings\":" FINDINGS_SCHEMA ","
    "\"analysis\":{\"type\":\"string\"},"
    "\"redactions\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{"
    "\"rule\":{\"type\":\"string\"},\"stream\":{\"type\":\"string\"},"
    "\"count\":{\"type\":\"integer\"}}}},"
    "\"files\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{"
    "\"path\":{\"type\":\"string\"},\"size\":{\"type\":[\"integer\",\"null\"]},"
    "\"sha256\":{\"type\":[\"string\",\"null\"]},"
    "\"content_base64\":{\"type\":[\"string\",\"null\"]},"
    "\"omitted\":{\"type\":\"string\"},\"redacted\":{\"type\":\"boolean\"}},"
    "\"required\":[\"path\",\"size\",\"sha256\",\"content_base64\"]}},"
    "\"files_truncated\":{\"type\":\"boolean\"},"
    "\"diagnostics\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{"
    "\"kind\":{\"type\":\"string\"},\"type\":{\"type\":[\"string\",\"null\"]},"
    "\"message\":{\"type\":\"string\"},\"file\":{\"type\":[\"string\",\"null\"]},"
    "\"line\":{\"type\":[\"integer\",\"null\"]},\"column\":{\"type\":[\"integer\",\"null\"]},"
    "\"frames\":{\"type\":\"array\",\"items\":{\"type\":\"object\"}}}}}},"
    "\"required\":[\"id\",\"status\",\"exit_code\",\"signal\",\"stdout\",\"stderr\","
    "\"stdout_truncated\",\"stderr_truncated\",\"time\",\"memory_peak_kb\",\"language\","
    "\"limits\",\"created_at\",\"finished_at\"]},"
    "\"annotations\":{\"title\":\"Run code in a sandbox\",\"readOnlyHint\":false,"
    "\"destructiveHint\":false,\"idempotentHint\":false,\"openWorldHint\":false}}";

static const char check_code_json[] =
    "{\"name\":\"check_code\",\"title\":\"Check code against the policy\","
    "\"description\":\"Analyses a program without running it and reports the policy's "
    "findings (what it tries to do: files, network, processes, secrets) and what run_code would "
    "do with it: run, block, or wait for a person's approval.\","
    "\"inputSchema\":{\"type\":\"object\",\"properties\":{"
    "\"language\":{\"type\":\"string\"},\"code\":{\"type\":\"string\"},"
    "\"files\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{"
    "\"name\":{\"type\":\"string\"},\"content\":{\"type\":\"string\"},"
    "\"encoding\":{\"type\":\"string\",\"enum\":[\"utf8\",\"base64\"]}},"
    "\"required\":[\"name\",\"content\"]}}},"
    "\"required\":[\"language\",\"code\"],\"additionalProperties\":false},"
    "\"outputSchema\":{\"type\":\"object\",\"properties\":{"
    "\"language\":{\"type\":\"string\"},"
    "\"policy\":{\"type\":\"string\",\"enum\":[\"off\",\"warn\",\"block\",\"approve\"]},"
    "\"fail_on\":{\"type\":\"string\",\"enum\":[\"info\",\"warn\",\"high\"]},"
    "\"verdict\":{\"type\":\"string\",\"enum\":[\"run\",\"block\",\"approve\"]},"
    "\"analysis\":{\"type\":\"string\",\"enum\":[\"done\",\"unavailable\"]},"
    "\"findings\":" FINDINGS_SCHEMA "},"
    "\"required\":[\"language\",\"policy\",\"verdict\",\"analysis\",\"findings\"]},"
    "\"annotations\":{\"title\":\"Check code against the policy\",\"readOnlyHint\":true,"
    "\"destructiveHint\":false,\"idempotentHint\":true,\"openWorldHint\":false}}";

static const char list_languages_json[] =
    "{\"name\":\"list_languages\",\"title\":\"List languages\","
    "\"description\":\"The languages run_code accepts, with their aliases, whether they are "
    "compiled, whether this server can run them, and their default and maximum limits.\","
    "\"inputSchema\":{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false},"
    "\"outputSchema\":{\"type\":\"object\",\"properties\":{\"languages\":{\"type\":\"array\","
    "\"items\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},"
    "\"aliases\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
    "\"compiled\":{\"type\":\"boolean\"},\"available\":{\"type\":\"boolean\"},"
    "\"defaults\":" LIMITS_SCHEMA "},\"max\":" LIMITS_SCHEMA "}},"
    "\"required\":[\"name\",\"aliases\",\"compiled\",\"available\",\"defaults\",\"max\"]}}},"
    "\"required\":[\"languages\"]},"
    "\"annotations\":{\"title\":\"List languages\",\"readOnlyHint\":true,"
    "\"destructiveHint\":false,\"idempotentHint\":true,\"openWorldHint\":false}}";

enum tool_id {
	TOOL_RUN_CODE,
	TOOL_CHECK_CODE,
	TOOL_LIST_LANGUAGES,
	TOOL_SANDBOX_CREATE,
	TOOL_SANDBOX_EXEC,
	TOOL_SANDBOX_RUN_CODE,
	TOOL_SANDBOX_WRITE_FILE,
	TOOL_SANDBOX_READ_FILE,
	TOOL_SANDBOX_LIST_FILES,
	TOOL_SANDBOX_SET_NETWORK,
	TOOL_SANDBOX_DESTROY,
	TOOL_COUNT
};

static const struct {
	const char *name, *json;
} tools[TOOL_COUNT] = {
    {"run_code", run_code_json},
    {"check_code", check_code_json},
    {"list_languages", list_languages_json},
    {"sandbox_create", mcp_sandbox_create_json},
    {"sandbox_exec", mcp_sandbox_exec_json},
    {"sandbox_run_code", mcp_sandbox_run_code_json},
    {"sandbox_write_file", mcp_sandbox_write_file_json},
    {"sandbox_read_file", mcp_sandbox_read_file_json},
    {"sandbox_list_files", mcp_sandbox_list_files_json},
    {"sandbox_set_network", mcp_sandbox_set_network_json},
    {"sandbox_destroy", mcp_sandbox_destroy_json},
};

static json_t *tool_defs[TOOL_COUNT];
static pthread_once_t tool_defs_once = PTHREAD_ONCE_INIT;

static void tool_defs_load(void)
{
	for (int i = 0; i < TOOL_COUNT; i++)
		tool_defs[i] = json_loads(tools[i].json, 0, NULL);
}

/* The definition of a tool (borrowed); NULL only if the text above is
 * broken, which the unit tests catch. */
static json_t *tool_def(int i)
{
	pthread_once(&tool_defs_once, tool_defs_load);
	return tool_defs[i];
}

bool mcp_tool_known(const char *name)
{
	for (int i = 0; i < TOOL_COUNT; i++)
		if (strcmp(name, tools[i].name) == 0)
			return true;
	return false;
}

json_t *mcp_tools_list(struct mcp_conn *c, enum mcp_rev rev)
{
	json_t *list = json_array();

	(void)c;
	for (int i = 0; i < TOOL_COUNT; i++) {
		json_t *t = json_deep_copy(tool_def(i));
		if (t == NULL)
			continue;
		if (rev < MCP_REV_2025_06_18) { /* no structured output, no titles */
			json_object_del(t, "outputSchema");
			json_object_del(t, "title");
			json_object_del(json_object_get(t, "annotations"), "title");
		}
		if (rev < MCP_REV_2025_03_26)
			json_object_del(t, "annotations");
		json_array_append_new(list, t);
	}
	return list;
}

static const char *exec_status(json_t *execution)
{
	const char *s = json_string_value(json_object_get(execution, "status"));
	return s ? s : "";
}

/* A failed program's result also says in one line what went wrong and
 * where, after the JSON, for the agent that reads text. */
static json_t *execution_result(enum mcp_rev rev, json_t *execution)
{
	bool failed = strcmp(exec_status(execution), "ok") != 0;
	char line[400], text[480];

	if (!failed || !execution_diagnostic_line(execution, line, sizeof(line)))
		return mcp_tool_result(rev, execution, failed);
	snprintf(text, sizeof(text), "%s: %s", exec_status(execution), line);
	json_t *res = mcp_tool_result(rev, execution, failed);
	json_array_append_new(json_object_get(res, "content"), mcp_text_block(text));
	return res;
}

/* ---- arguments ---- */

/* The service's request from the tool's arguments (taken over). */
static json_t *to_request(struct mcp_call *call, json_t *args, struct exec_request *req,
			  const char *tool)
{
	struct svc_error e;
	struct service *svc = call->conn->hub->o.svc;

	json_object_set_new(args, "wait", json_false());
	if (exec_request_from_json(args, service_config(svc), req, &e) < 0) {
		exec_request_free(req);
		return mcp_tool_error("%s: %s", tool, e.message);
	}
	return NULL;
}

/* ---- run_code ---- */

static json_t *progress_token(struct mcp_call *call)
{
	return json_object_get(json_object_get(call->params, "_meta"), "progressToken");
}

/* Cancels the call's execution (the client cancelled the call). */
static json_t *cancel_exec(struct mcp_call *call, const char *id)
{
	json_t *out = NULL;
	struct svc_error e;

	if (service_cancel(call->conn->hub->o.svc, &call->conn->key, id, &out, &e) == 0)
		json_decref(out);
	return NULL;
}

/* Waits for execution id to end, with progress notifications; NULL when
 * the call was cancelled (its execution then is). */
static json_t *wait_ended(struct mcp_call *call, const char *id, json_t **err)
{
	struct mcp_hub *h = call->conn->hub;
	json_t *token = progress_token(call), *ex = NULL;
	uint64_t start = monotonic_ms();
	double step = 0;
	char msg[96];
	struct svc_error e;

	*err = NULL;
	for (;;) {
		if (mcp_call_cancelled(call))
			return cancel_exec(call, id);
		if (service_wait(h->o.svc, &call->conn->key, id, h->o.progress_interval_ms, &ex,
				 &e) < 0) {
			*err = mcp_svc_tool_error(&e);
			return NULL;
		}
		const char *st = exec_status(ex);
		double s = (double)(monotonic_ms() - start) / 1000.0;
		if (strcmp(st, "queued") != 0 && strcmp(st, "running") != 0) {
			snprintf(msg, sizeof(msg), "done: %s after %.1f s", st, s);
			mcp_progress(call->conn, token, ++step, msg);
			return ex;
		}
		snprintf(msg, sizeof(msg), "%s, %.1f s", st, s);
		mcp_progress(call->conn, token, ++step, msg);
		json_decref(ex);
	}
}

/* What the person is shown: the findings, then the code. */
static char *approval_message(const char *lang, const char *code, json_t *findings)
{
	struct buf b = {0};
	char line[600];
	json_t *f;
	size_t i, n = strlen(code);

	snprintf(
	    line, sizeof(line),
	    "airlock's policy holds this %s program until a person approves it.\n\nFindings:\n",
	    lang);
	buf_append(&b, line, strlen(line));
	json_array_foreach(findings, i, f)
	{
		json_t *ln = json_object_get(f, "line");
		snprintf(line, sizeof(line), "- [%s] %s, line %lld: %s\n",
			 json_string_value(json_object_get(f, "severity")) ?: "?",
			 json_string_value(json_object_get(f, "rule")) ?: "?",
			 (long long)json_integer_value(ln),
			 json_string_value(json_object_get(f, "message")) ?: "");
		buf_append(&b, line, strlen(line));
	}
	buf_append(&b, "\nCode:\n", 7);
	buf_append(&b, code, n > 8000 ? 8000 : n);
	if (n > 8000)
		buf_append(&b, "\n[... cut]", 10);
	buf_append(&b, "\n\nRun it?", 10);
	return b.data;
}

/* Asks the client's person; 1: approved, 0: rejected, -1: no answer
 * (declined to answer, timed out, or the client failed). */
static int ask_person(struct mcp_call *call, json_t *args, json_t *findings, char *reason,
		      size_t reason_size)
{
	const struct server_config *cfg = service_config(call->conn->hub->o.svc);
	char *msg = approval_message(json_string_value(json_object_get(args, "language")),
				     json_string_value(json_object_get(args, "code")), findings);
	json_t *params =
	    json_pack("{s:s, s:{s:s, s:{s:{s:s, s:s, s:s}, s:{s:s, s:s, s:s}}, s:[s]}}", "message",
		      msg, "requestedSchema", "type", "object", "properties", "approve", "type",
		      "boolean", "title", "Run this program", "description",
		      "Yes runs it in the sandbox; no rejects it.", "reason", "type", "string",
		      "title", "Reason", "description", "Optional: why (kept in the audit log)",
		      "required", "approve");
	free(msg);
	if (call->rev >= MCP_REV_2025_11_25)
		json_object_set_new(params, "mode", json_string("form"));
	int timeout_ms = cfg->policy.approval_timeout_s > 0 ? cfg->policy.approval_timeout_s * 1000
							    : 3600 * 1000;
	json_t *ans = mcp_ask(call, "elicitation/create", params, timeout_ms);
	json_t *res = json_object_get(ans, "result");
	const char *action = json_string_value(json_object_get(res, "action"));
	json_t *content = json_object_get(res, "content");
	const char *why = json_string_value(json_object_get(content, "reason"));
	int ret = -1;

	snprintf(reason, reason_size, "%s", why ? why : "");
	if (action && strcmp(action, "accept") == 0)
		ret = json_is_true(json_object_get(content, "approve")) ? 1 : 0;
	else if (action && strcmp(action, "decline") == 0)
		ret = 0;
	json_decref(ans);
	return ret;
}

/* The pending execution as the result, saying how to approve it. */
static json_t *pending_result(struct mcp_call *call, const char *id)
{
	struct mcp_hub *h = call->conn->hub;
	json_t *ex = NULL;
	struct svc_error e;
	char hint[200];

	if (service_execution(h->o.svc, &call->conn->key, id, &ex, &e) < 0)
		return mcp_svc_tool_error(&e);
	json_t *res = execution_result(call->rev, ex);
	snprintf(hint, sizeof(hint),
		 "Execution %s is pending approval: a person must approve it before it runs. ", id);
	/* the transport's hint, each "%s" in it replaced by the id */
	struct buf b = {0};
	const char *how = h->o.approve_hint ? h->o.approve_hint : "", *at;
	buf_append(&b, hint, strlen(hint));
	while ((at = strstr(how, "%s")) != NULL) {
		buf_append(&b, how, (size_t)(at - how));
		buf_append(&b, id, strlen(id));
		how = at + 2;
	}
	buf_append(&b, how, strlen(how) + 1);
	json_array_append_new(json_object_get(res, "content"), mcp_text_block(b.data));
	buf_free(&b);
	return res;
}

/* A held execution: asks the client's person when it can, and decides. */
static json_t *approval(struct mcp_call *call, json_t *args, const struct submission *sub,
			json_t **err)
{
	struct mcp_hub *h = call->conn->hub;
	char reason[DECISION_REASON_MAX + 1];
	json_t *ex = NULL;
	struct svc_error e;

	*err = NULL;
	if (!call->elicit) {
		*err = pending_result(call, sub->id);
		return NULL;
	}
	int yes = ask_person(call, args, sub->findings, reason, sizeof(reason));
	if (mcp_call_cancelled(call))
		return cancel_exec(call, sub->id);
	if (yes < 0) {
		*err = pending_result(call, sub->id);
		return NULL;
	}
	if (!reason[0])
		snprintf(reason, sizeof(reason), "%s in the MCP client",
			 yes ? "approved" : "rejected");
	if (service_decide(h->o.svc, &call->conn->key, sub->id, yes ? APPROVE : REJECT, reason, &ex,
			   &e) < 0) {
		*err = mcp_svc_tool_error(&e);
		return NULL;
	}
	if (!yes)
		return ex;
	json_decref(ex);
	return wait_ended(call, sub->id, err);
}

static json_t *run_code(struct mcp_call *call)
{
	static const char *const known[] = {"language", "code",	 "stdin",   "args",  "env",
					    "files",	"collect", "limits", "net", NULL};
	struct service *svc = call->conn->hub->o.svc;
	struct exec_request req;
	struct submission sub;
	struct svc_error e;
	json_t *err, *ex = NULL;
	json_t *args = mcp_arguments(call, "run_code", known, true, &err);

	if (args == NULL)
		return err;
	json_t *shown = json_incref(args); /* for the person who approves */
	if ((err = to_request(call, args, &req, "run_code")) != NULL) {
		json_decref(shown);
		return err;
	}
	if (service_submit(svc, &call->conn->key, &req, &sub, &e) < 0) {
		json_decref(shown);
		return mcp_svc_tool_error(&e);
	}
	if (sub.execution) { /* ended already: the policy blocked it */
		ex = json_incref(sub.execution);
	} else if (mcp_call_set_exec(call, sub.id)) {
		ex = cancel_exec(call, sub.id);
	} else {
		mcp_progress(call->conn, progress_token(call), 0, "queued");
		if (sub.status == EXEC_PENDING_APPROVAL)
			ex = approval(call, shown, &sub, &err);
		else
			ex = wait_ended(call, sub.id, &err);
	}
	json_decref(shown);
	submission_free(&sub);
	if (ex == NULL)
		return err; /* NULL: cancelled */
	return execution_result(call->rev, ex);
}

/* ---- check_code, list_languages ---- */

static json_t *check_code(struct mcp_call *call)
{
	static const char *const known[] = {"language", "code", "files", NULL};
	struct service *svc = call->conn->hub->o.svc;
	struct exec_request req;
	struct svc_error e;
	json_t *err, *out = NULL;
	json_t *args = mcp_arguments(call, "check_code", known, true, &err);

	if (args == NULL)
		return err;
	if ((err = to_request(call, args, &req, "check_code")) != NULL)
		return err;
	if (service_check(svc, &call->conn->key, &req, &out, &e) < 0)
		return mcp_svc_tool_error(&e);
	return mcp_tool_result(call->rev, out, false);
}

static json_t *list_languages(struct mcp_call *call)
{
	static const char *const known[] = {NULL};
	json_t *err, *args = mcp_arguments(call, "list_languages", known, false, &err);

	if (args == NULL)
		return err;
	json_decref(args);
	return mcp_tool_result(
	    call->rev, json_pack("{s:o}", "languages", service_languages(call->conn->hub->o.svc)),
	    false);
}

json_t *mcp_tool_call(struct mcp_call *call)
{
	const char *name = json_string_value(json_object_get(call->params, "name"));

	if (name && strcmp(name, "run_code") == 0)
		return run_code(call);
	if (name && strcmp(name, "check_code") == 0)
		return check_code(call);
	if (name && strcmp(name, "list_languages") == 0)
		return list_languages(call);
	json_t *res = name ? mcp_sandbox_tool_call(call, name) : NULL;
	if (res)
		return res;
	return mcp_tool_error("unknown tool '%.60s'", name ? name : "");
}
