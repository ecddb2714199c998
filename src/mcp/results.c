/*
 * What the tools (tools.c, sandbox_tools.c) share: their results and their
 * arguments.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "mcp/internal.h"

json_t *mcp_text_block(const char *text)
{
	return json_pack("{s:s, s:s}", "type", "text", "text", text);
}

/* A tool's failure the model can act on: one text block, isError. */
json_t *mcp_tool_error(const char *fmt, ...)
{
	char msg[700];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return json_pack("{s:[o], s:b}", "content", mcp_text_block(msg), "isError", 1);
}

json_t *mcp_svc_tool_error(const struct svc_error *e)
{
	if (e->retry_after_s > 0)
		return mcp_tool_error("%s (%s); try again in %d s", e->message, e->code,
				  e->retry_after_s);
	return mcp_tool_error("%s (%s)", e->message, e->code);
}

/* structuredContent (from 2025-06-18) and the same JSON as text; value
 * is consumed. */
json_t *mcp_tool_result(enum mcp_rev rev, json_t *value, bool is_error)
{
	char *text = json_dumps(value, JSON_COMPACT);
	json_t *res = json_pack("{s:[o], s:b}", "content", mcp_text_block(text ? text : "{}"),
				"isError", is_error);

	free(text);
	if (rev >= MCP_REV_2025_06_18)
		json_object_set_new(res, "structuredContent", value);
	else
		json_decref(value);
	return res;
}

/* The arguments object when every key is one of known (NULL-terminated);
 * else NULL and *err is the tool's error. */
json_t *mcp_arguments(struct mcp_call *call, const char *tool, const char *const *known,
		      bool program, json_t **err)
{
	json_t *args = json_object_get(call->params, "arguments"), *v;
	const char *k;

	*err = NULL;
	if (args == NULL)
		return json_object();
	if (!json_is_object(args)) {
		*err = mcp_tool_error("%s: 'arguments' must be an object", tool);
		return NULL;
	}
	json_object_foreach(args, k, v)
	{
		bool ok = false;
		for (size_t i = 0; known[i] && !ok; i++)
			ok = strcmp(k, known[i]) == 0;
		if (!ok) {
			char list[200] = "";
			for (size_t i = 0; known[i]; i++)
				snprintf(list + strlen(list), sizeof(list) - strlen(list), "%s%s",
					 i ? ", " : "", known[i]);
			*err =
			    mcp_tool_error("%s: unknown argument '%.60s'; it takes %s", tool, k, list);
			return NULL;
		}
		(void)v;
	}
	static const char *const needed[] = {"language", "code"};
	for (size_t i = 0; program && i < ARRAY_SIZE(needed); i++)
		if (!json_is_string(json_object_get(args, needed[i]))) {
			*err = mcp_tool_error("%s: '%s' is required and must be a string", tool,
					  needed[i]);
			return NULL;
		}
	return json_deep_copy(args);
}

json_t *mcp_tool_arguments(struct mcp_call *call, const char *tool, const char *const *known,
			   json_t **err)
{
	return mcp_arguments(call, tool, known, false, err);
}
