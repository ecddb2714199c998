/*
 * The sandbox tools: a sandbox that lives across tool calls, for an agent
 * that works in steps (write a file, run a command, read the result, run
 * the next one with what the last left behind). Each is a thin call of
 * the service's sandbox calls (service.h "sandboxes that live"); the key
 * of the connection owns the sandboxes it makes, exactly as over /v1.
 *
 *   sandbox_create      -> the sandbox object (id, expires_at, limits...)
 *   sandbox_exec        -> the command's result (isError unless status ok)
 *   sandbox_run_code    -> a cell in a code context (variables persist):
 *                          stdout, stderr, outputs, error; images as image
 *                          content
 *   sandbox_write_file, sandbox_read_file, sandbox_list_files
 *   sandbox_set_network -> the sandbox object, its egress allow-list replaced
 *   sandbox_destroy     -> the sandbox object, terminated
 *
 * Files travel as text when they are UTF-8, else as base64 (encoding says
 * which), as run_code's files do.
 */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/utf8.h"
#include "mcp/internal.h"

#define ID_ARG "\"sandbox_id\":{\"type\":\"string\",\"description\":\"from sandbox_create\"}"
#define SANDBOX_OUT                                                                                \
	"{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},"                      \
	"\"state\":{\"type\":\"string\",\"enum\":[\"running\",\"terminated\"]},"                   \
	"\"expires_at\":{\"type\":\"string\"},\"reason\":{\"type\":\"string\"}},"                  \
	"\"required\":[\"id\",\"state\"]}"
#define ANNOTATIONS(title, ro, destructive, idem)                                                  \
	"\"annotations\":{\"title\":\"" title "\",\"readOnlyHint\":" ro                            \
	",\"destructiveHint\":" destructive ",\"idempotentHint\":" idem                            \
	",\"openWorldHint\":false}"

const char mcp_sandbox_create_json[] =
    "{\"name\":\"sandbox_create\",\"title\":\"Create a sandbox that lives\","
    "\"description\":\"Creates a sandbox that keeps its files (/home/user), processes and "
    "state between calls, until sandbox_destroy or its timeout. Use sandbox_exec, "
    "sandbox_write_file, sandbox_read_file in it. Returns its id.\","
    "\"inputSchema\":{\"type\":\"object\",\"properties\":{"
    "\"timeout_s\":{\"type\":\"number\",\"description\":\"its lifetime in seconds\"},"
    "\"idle_timeout_s\":{\"type\":\"number\",\"description\":\"it ends after this long "
    "without a call\"},"
    "\"env\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}},"
    "\"limits\":{\"type\":\"object\",\"description\":\"memory_mb, processes, disk_mb, "
    "cpu_total_s; time, wall_time, output_kb per command\"},"
    "\"net\":" NET_ALLOW_SCHEMA "},"
    "\"additionalProperties\":false},"
    "\"outputSchema\":" SANDBOX_OUT ","
    ANNOTATIONS("Create a sandbox", "false", "false", "false") "}";

const char mcp_sandbox_exec_json[] =
    "{\"name\":\"sandbox_exec\",\"title\":\"Run a command in a sandbox\","
    "\"description\":\"Runs a shell command (bash -lc) in a sandbox from sandbox_create, in "
    "/home/user unless cwd says otherwise. What earlier commands left (files, variables "
    "exported to files, background processes) is there. Returns status, exit_code, stdout, "
    "stderr, time; isError is true exactly when status is not \\\"ok\\\".\","
    "\"inputSchema\":{\"type\":\"object\",\"properties\":{" ID_ARG ","
    "\"command\":{\"type\":\"string\"},"
    "\"stdin\":{\"type\":\"string\"},"
    "\"cwd\":{\"type\":\"string\"},"
    "\"env\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}},"
    "\"limits\":{\"type\":\"object\",\"description\":\"time, wall_time (s), output (KiB)\"}},"
    "\"required\":[\"sandbox_id\",\"command\"],\"additionalProperties\":false},"
    "\"outputSchema\":{\"type\":\"object\",\"properties\":{\"status\":{\"type\":\"string\"},"
    "\"exit_code\":{\"type\":[\"integer\",\"null\"]},\"stdout\":{\"type\":\"string\"},"
    "\"stderr\":{\"type\":\"string\"}},\"required\":[\"status\",\"stdout\",\"stderr\"]},"
    ANNOTATIONS("Run a command in a sandbox", "false", "true", "false") "}";

const char mcp_sandbox_run_code_json[] =
    "{\"name\":\"sandbox_run_code\",\"title\":\"Run code in a sandbox's interpreter\","
    "\"description\":\"Runs Python or JavaScript in an interpreter that lives in a sandbox "
    "from sandbox_create, as a notebook cell: variables, imports and definitions persist from "
    "one call to the next. The value of the last expression comes back in outputs (MIME "
    "bundles: text/plain, text/html, image/png for plots), with stdout, stderr and error "
    "{name, value, traceback}. Without context_id the sandbox's first context of that "
    "language is used (made on the first call); its id is returned.\","
    "\"inputSchema\":{\"type\":\"object\",\"properties\":{" ID_ARG ","
    "\"code\":{\"type\":\"string\"},"
    "\"language\":{\"type\":\"string\",\"enum\":[\"python\",\"javascript\"],"
    "\"description\":\"default python\"},"
    "\"context_id\":{\"type\":\"string\"},"
    "\"limits\":{\"type\":\"object\",\"description\":\"wall_time (s), output (KiB)\"}},"
    "\"required\":[\"sandbox_id\",\"code\"],\"additionalProperties\":false},"
    "\"outputSchema\":{\"type\":\"object\",\"properties\":{\"status\":{\"type\":\"string\"},"
    "\"stdout\":{\"type\":\"string\"},\"stderr\":{\"type\":\"string\"},"
    "\"outputs\":{\"type\":\"array\"},\"error\":{\"type\":[\"object\",\"null\"]},"
    "\"context_id\":{\"type\":\"string\"},\"execution_count\":{\"type\":\"integer\"}},"
    "\"required\":[\"status\",\"stdout\",\"stderr\",\"outputs\",\"context_id\"]},"
    ANNOTATIONS("Run code in a sandbox", "false", "true", "false") "}";

const char mcp_sandbox_write_file_json[] =
    "{\"name\":\"sandbox_write_file\",\"title\":\"Write a file in a sandbox\","
    "\"description\":\"Creates or replaces a file below /home/user of a sandbox (its "
    "directories are made).\","
    "\"inputSchema\":{\"type\":\"object\",\"properties\":{" ID_ARG ","
    "\"path\":{\"type\":\"string\",\"description\":\"below /home/user, or relative to it\"},"
    "\"content\":{\"type\":\"string\"},"
    "\"encoding\":{\"type\":\"string\",\"enum\":[\"utf8\",\"base64\"]}},"
    "\"required\":[\"sandbox_id\",\"path\",\"content\"],\"additionalProperties\":false},"
    "\"outputSchema\":{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"},"
    "\"size\":{\"type\":\"integer\"}},\"required\":[\"path\",\"size\"]},"
    ANNOTATIONS("Write a file in a sandbox", "false", "true", "true") "}";

const char mcp_sandbox_read_file_json[] =
    "{\"name\":\"sandbox_read_file\",\"title\":\"Read a file of a sandbox\","
    "\"description\":\"Reads a file below /home/user of a sandbox: as text when it is UTF-8, "
    "else base64 (encoding says which).\","
    "\"inputSchema\":{\"type\":\"object\",\"properties\":{" ID_ARG ","
    "\"path\":{\"type\":\"string\"}},"
    "\"required\":[\"sandbox_id\",\"path\"],\"additionalProperties\":false},"
    "\"outputSchema\":{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"},"
    "\"content\":{\"type\":\"string\"},\"encoding\":{\"type\":\"string\",\"enum\":[\"utf8\","
    "\"base64\"]},\"size\":{\"type\":\"integer\"}},"
    "\"required\":[\"path\",\"content\",\"encoding\",\"size\"]},"
    ANNOTATIONS("Read a file of a sandbox", "true", "false", "true") "}";

const char mcp_sandbox_list_files_json[] =
    "{\"name\":\"sandbox_list_files\",\"title\":\"List a directory of a sandbox\","
    "\"description\":\"The entries of a directory below /home/user (default: /home/user): "
    "name, type (file, directory, link, other), size.\","
    "\"inputSchema\":{\"type\":\"object\",\"properties\":{" ID_ARG ","
    "\"dir\":{\"type\":\"string\"}},"
    "\"required\":[\"sandbox_id\"],\"additionalProperties\":false},"
    "\"outputSchema\":{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"},"
    "\"entries\":{\"type\":\"array\",\"items\":{\"type\":\"object\"}}},"
    "\"required\":[\"entries\"]},"
    ANNOTATIONS("List a directory of a sandbox", "true", "false", "true") "}";

const char mcp_sandbox_set_network_json[] =
    "{\"name\":\"sandbox_set_network\",\"title\":\"Change a sandbox's egress allow-list\","
    "\"description\":\"Replaces the hosts a sandbox made with net may reach (an empty list: "
    "none), within what the server allows. Its next requests follow the new list; a "
    "connection to a host it drops is cut. A sandbox made without net has no list to "
    "change.\","
    "\"inputSchema\":{\"type\":\"object\",\"properties\":{" ID_ARG ","
    "\"allow\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"description\":"
    "\"HOST[:PORT]: names, *.names (their subdomains), addresses; ports 80 and 443 unless "
    "given\"}},"
    "\"required\":[\"sandbox_id\",\"allow\"],\"additionalProperties\":false},"
    "\"outputSchema\":" SANDBOX_OUT ","
    ANNOTATIONS("Change a sandbox's egress allow-list", "false", "false", "true") "}";

const char mcp_sandbox_destroy_json[] =
    "{\"name\":\"sandbox_destroy\",\"title\":\"Destroy a sandbox\","
    "\"description\":\"Ends a sandbox: every process and file of it is gone.\","
    "\"inputSchema\":{\"type\":\"object\",\"properties\":{" ID_ARG "},"
    "\"required\":[\"sandbox_id\"],\"additionalProperties\":false},"
    "\"outputSchema\":" SANDBOX_OUT ","
    ANNOTATIONS("Destroy a sandbox", "false", "true", "true") "}";

static int mcp_base64_decode(const char *in, size_t len, struct buf *out)
{
	size_t cap = len / 4 * 3 + 3, n = 0;
	unsigned char *bin = xmalloc(cap + 1);
	int rc = sodium_base642bin(bin, cap, in, len, " \r\n", &n, NULL,
				   sodium_base64_VARIANT_ORIGINAL);
	if (rc < 0)
		rc = sodium_base642bin(bin, cap, in, len, " \r\n", &n, NULL,
				       sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
	if (rc == 0)
		buf_append(out, bin, n);
	free(bin);
	return rc;
}

static json_t *mcp_base64_encode(const char *data, size_t len)
{
	size_t cap = sodium_base64_ENCODED_LEN(len, sodium_base64_VARIANT_ORIGINAL);
	char *b64 = xmalloc(cap);
	sodium_bin2base64(b64, cap, (const unsigned char *)data, len, sodium_base64_VARIANT_ORIGINAL);
	json_t *s = json_string(b64);
	free(b64);
	return s;
}

static const char *sandbox_id(json_t *args)
{
	return json_string_value(json_object_get(args, "sandbox_id"));
}

/* What every sandbox tool starts with: its arguments, checked. */
static json_t *args_of(struct mcp_call *call, const char *tool, const char *const *known,
		       const char *const *required, json_t **err)
{
	json_t *args = mcp_tool_arguments(call, tool, known, err);
	if (args == NULL)
		return NULL;
	for (size_t i = 0; required[i]; i++)
		if (!json_is_string(json_object_get(args, required[i]))) {
			*err = mcp_tool_error("%s: '%s' is required and must be a string", tool,
					      required[i]);
			json_decref(args);
			return NULL;
		}
	return args;
}

static json_t *create(struct mcp_call *call, struct service *svc, const struct key_row *key)
{
	static const char *const known[] = {"timeout_s", "idle_timeout_s", "env", "limits", "net",
					    NULL};
	static const char *const required[] = {NULL};
	struct svc_error e;
	json_t *err, *out = NULL, *args = args_of(call, "sandbox_create", known, required, &err);

	if (args == NULL)
		return err;
	int rc = service_sandbox_create(svc, key, args, &out, &e);
	json_decref(args);
	if (rc < 0)
		return mcp_svc_tool_error(&e);
	return mcp_tool_result(call->rev, out, false);
}

static json_t *exec(struct mcp_call *call, struct service *svc, const struct key_row *key)
{
	static const char *const known[] = {"sandbox_id", "command", "stdin", "cwd",
					    "env",	  "limits",  NULL};
	static const char *const required[] = {"sandbox_id", "command", NULL};
	struct svc_error e;
	json_t *err, *out = NULL, *args = args_of(call, "sandbox_exec", known, required, &err);

	if (args == NULL)
		return err;
	json_t *req = json_deep_copy(args);
	json_object_del(req, "sandbox_id");
	int rc = service_sandbox_exec(svc, key, sandbox_id(args), req, NULL, &out, &e);
	json_decref(req);
	json_decref(args);
	if (rc < 0)
		return mcp_svc_tool_error(&e);
	const char *status = json_string_value(json_object_get(out, "status"));
	return mcp_tool_result(call->rev, out, status == NULL || strcmp(status, "ok") != 0);
}

/* The sandbox's first context of lang, or a new one: its id in cid. */
static int context_for(struct service *svc, const struct key_row *key, const char *id,
		       const char *lang, char *cid, size_t size, struct svc_error *e)
{
	json_t *list = NULL, *c, *made = NULL;
	size_t i;

	if (service_sandbox_contexts(svc, key, id, &list, e) < 0)
		return -1;
	cid[0] = 0;
	json_array_foreach(json_object_get(list, "contexts"), i, c)
	{
		if (strcmp(json_string_value(json_object_get(c, "language")) ?: "", lang) == 0) {
			snprintf(cid, size, "%s", json_string_value(json_object_get(c, "id")));
			break;
		}
	}
	json_decref(list);
	if (cid[0])
		return 0;
	json_t *req = json_pack("{s:s}", "language", lang);
	int rc = service_sandbox_context_create(svc, key, id, req, &made, e);
	json_decref(req);
	if (rc == 0)
		snprintf(cid, size, "%s", json_string_value(json_object_get(made, "id")) ?: "");
	json_decref(made);
	return rc;
}

static json_t *run_code(struct mcp_call *call, struct service *svc, const struct key_row *key)
{
	static const char *const known[] = {"sandbox_id", "code",   "language",
					    "context_id", "limits", NULL};
	static const char *const required[] = {"sandbox_id", "code", NULL};
	struct svc_error e;
	char cid[STORE_ID_MAX];
	json_t *err, *out = NULL, *args = args_of(call, "sandbox_run_code", known, required, &err);

	if (args == NULL)
		return err;
	const char *lang = json_string_value(json_object_get(args, "language"));
	const char *given = json_string_value(json_object_get(args, "context_id"));
	if (lang == NULL)
		lang = "python";
	if (strcmp(lang, "python") && strcmp(lang, "javascript")) {
		json_decref(args);
		return mcp_tool_error("sandbox_run_code: 'language' is python or javascript");
	}
	if (given)
		snprintf(cid, sizeof(cid), "%s", given);
	else if (context_for(svc, key, sandbox_id(args), lang, cid, sizeof(cid), &e) < 0) {
		json_decref(args);
		return mcp_svc_tool_error(&e);
	}
	json_t *req = json_pack("{s:O}", "code", json_object_get(args, "code"));
	if (json_object_get(args, "limits"))
		json_object_set(req, "limits", json_object_get(args, "limits"));
	int rc = service_sandbox_context_run(svc, key, sandbox_id(args), cid, req, NULL, NULL, &out,
					     &e);
	json_decref(req);
	json_decref(args);
	if (rc < 0)
		return mcp_svc_tool_error(&e);
	const char *status = json_string_value(json_object_get(out, "status"));
	json_t *images = json_array(), *o;
	size_t i;
	json_array_foreach(json_object_get(out, "outputs"), i, o)
	{
		json_t *png = json_object_get(json_object_get(o, "data"), "image/png");
		if (json_is_string(png))
			json_array_append_new(images, json_pack("{s:s, s:O, s:s}", "type", "image",
								"data", png, "mimeType",
								"image/png"));
	}
	json_t *res = mcp_tool_result(call->rev, out, status == NULL || strcmp(status, "ok") != 0);
	json_array_extend(json_object_get(res, "content"), images);
	json_decref(images);
	return res;
}

static json_t *write_file(struct mcp_call *call, struct service *svc, const struct key_row *key)
{
	static const char *const known[] = {"sandbox_id", "path", "content", "encoding", NULL};
	static const char *const required[] = {"sandbox_id", "path", "content", NULL};
	struct svc_error e;
	json_t *err, *out = NULL, *args = args_of(call, "sandbox_write_file", known, required, &err);
	struct buf data = {0};

	if (args == NULL)
		return err;
	const char *content = json_string_value(json_object_get(args, "content"));
	const char *encoding = json_string_value(json_object_get(args, "encoding"));
	size_t len = json_string_length(json_object_get(args, "content"));
	if (encoding && strcmp(encoding, "base64") == 0) {
		if (mcp_base64_decode(content, len, &data) < 0) {
			json_decref(args);
			return mcp_tool_error("sandbox_write_file: 'content' is not valid base64");
		}
	} else if (encoding && strcmp(encoding, "utf8") != 0) {
		json_decref(args);
		return mcp_tool_error("sandbox_write_file: 'encoding' is utf8 or base64");
	} else {
		buf_append(&data, content, len);
	}
	const char *path = json_string_value(json_object_get(args, "path"));
	int rc = service_sandbox_file_write(svc, key, sandbox_id(args), path,
					    data.data ? data.data : "", data.len, &out, &e);
	json_t *res = rc < 0 ? mcp_svc_tool_error(&e)
			     : mcp_tool_result(call->rev,
					       json_pack("{s:s, s:I}", "path", path, "size",
							 (json_int_t)data.len),
					       false);
	json_decref(out);
	buf_free(&data);
	json_decref(args);
	return res;
}

static json_t *read_file(struct mcp_call *call, struct service *svc, const struct key_row *key)
{
	static const char *const known[] = {"sandbox_id", "path", NULL};
	static const char *const required[] = {"sandbox_id", "path", NULL};
	struct svc_error e;
	json_t *err, *args = args_of(call, "sandbox_read_file", known, required, &err);
	struct buf data = {0};

	if (args == NULL)
		return err;
	const char *path = json_string_value(json_object_get(args, "path"));
	if (service_sandbox_file_read(svc, key, sandbox_id(args), path, &data, &e) < 0) {
		json_decref(args);
		buf_free(&data);
		return mcp_svc_tool_error(&e);
	}
	bool text = utf8_valid(data.data ? data.data : "", data.len) &&
		    memchr(data.data ? data.data : "", '\0', data.len) == NULL;
	json_t *content = text ? json_stringn(data.data ? data.data : "", data.len)
			       : mcp_base64_encode(data.data ? data.data : "", data.len);
	json_t *out = json_pack("{s:s, s:o, s:s, s:I}", "path", path, "content", content,
				"encoding", text ? "utf8" : "base64", "size", (json_int_t)data.len);
	buf_free(&data);
	json_decref(args);
	return mcp_tool_result(call->rev, out, false);
}

static json_t *list_files(struct mcp_call *call, struct service *svc, const struct key_row *key)
{
	static const char *const known[] = {"sandbox_id", "dir", NULL};
	static const char *const required[] = {"sandbox_id", NULL};
	struct svc_error e;
	json_t *err, *out = NULL, *args = args_of(call, "sandbox_list_files", known, required, &err);

	if (args == NULL)
		return err;
	const char *dir = json_string_value(json_object_get(args, "dir"));
	int rc = service_sandbox_file_list(svc, key, sandbox_id(args), dir ? dir : "/home/user",
					   &out, &e);
	json_decref(args);
	if (rc < 0)
		return mcp_svc_tool_error(&e);
	return mcp_tool_result(call->rev, out, false);
}

static json_t *set_network(struct mcp_call *call, struct service *svc, const struct key_row *key)
{
	static const char *const known[] = {"sandbox_id", "allow", NULL};
	static const char *const required[] = {"sandbox_id", NULL};
	struct svc_error e;
	json_t *err, *out = NULL,
		     *args = args_of(call, "sandbox_set_network", known, required, &err);

	if (args == NULL)
		return err;
	json_t *req = json_pack("{s:O?}", "allow", json_object_get(args, "allow"));
	int rc = service_sandbox_set_net(svc, key, sandbox_id(args), req, &out, &e);
	json_decref(req);
	json_decref(args);
	if (rc < 0)
		return mcp_svc_tool_error(&e);
	return mcp_tool_result(call->rev, out, false);
}

static json_t *destroy(struct mcp_call *call, struct service *svc, const struct key_row *key)
{
	static const char *const known[] = {"sandbox_id", NULL};
	static const char *const required[] = {"sandbox_id", NULL};
	struct svc_error e;
	json_t *err, *out = NULL, *args = args_of(call, "sandbox_destroy", known, required, &err);

	if (args == NULL)
		return err;
	int rc = service_sandbox_destroy(svc, key, sandbox_id(args), &out, &e);
	json_decref(args);
	if (rc < 0)
		return mcp_svc_tool_error(&e);
	return mcp_tool_result(call->rev, out, false);
}

json_t *mcp_sandbox_tool_call(struct mcp_call *call, const char *name)
{
	static const struct {
		const char *name;
		json_t *(*fn)(struct mcp_call *, struct service *, const struct key_row *);
	} calls[] = {
	    {"sandbox_create", create},		{"sandbox_exec", exec},
	    {"sandbox_run_code", run_code},
	    {"sandbox_write_file", write_file}, {"sandbox_read_file", read_file},
	    {"sandbox_list_files", list_files}, {"sandbox_destroy", destroy},
	    {"sandbox_set_network", set_network},
	};
	for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++)
		if (strcmp(name, calls[i].name) == 0)
			return calls[i].fn(call, call->conn->hub->o.svc, &call->conn->key);
	return NULL;
}
