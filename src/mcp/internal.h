/* Inside the MCP core: what protocol.c (messages, connections, calls in
 * flight) and tools.c (the tools) share. Transports include mcp.h only. */
#ifndef AIRLOCK_MCP_INTERNAL_H
#define AIRLOCK_MCP_INTERNAL_H

#include <pthread.h>

#include "mcp/mcp.h"

/* "net" of run_code and sandbox_create: the canonical request's egress
 * allow-list (docs/network.md). */
#define NET_ALLOW_SCHEMA                                                                           \
	"{\"type\":\"object\",\"description\":\"egress: the program reaches these hosts, and "     \
	"only these, through airlock's proxy (HTTP_PROXY and HTTPS_PROXY point at it), within "    \
	"what the server allows: names, *.names (their subdomains), addresses; ports 80 and "      \
	"443 unless HOST:PORT. Without it there is no network.\",\"properties\":{\"allow\":{"      \
	"\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[\"allow\"],"           \
	"\"additionalProperties\":false}"

/* A tools/call in flight: found by notifications/cancelled (its key and
 * JSON-RPC id) and by the client's answer to a question it asked. */
struct mcp_call {
	struct mcp_call *next;
	struct mcp_conn *conn;
	int64_t key_id;
	json_t *req_id;		    /* the request's id (owned) */
	json_t *params;		    /* the request's params (owned) */
	enum mcp_rev rev;	    /* of the request */
	bool elicit;		    /* the client can be asked (elicitation/create) */
	char exec_id[STORE_ID_MAX]; /* once submitted */
	bool cancelled;
	char ask_id[48]; /* the id of the request sent to the client, "" none */
	json_t *answer;	 /* its response (owned), once it came */
};

struct mcp_hub {
	struct mcp_options o;
	pthread_mutex_t lock; /* the list below, each call's mutable fields, conns' counts */
	pthread_cond_t changed;
	struct mcp_call *calls;
	unsigned long next_ask;
};

struct mcp_conn {
	struct mcp_hub *hub;
	struct key_row key;
	mcp_send_fn send;
	void *ctx;
	enum mcp_rev rev;   /* negotiated or set; NONE: not yet */
	bool client_elicit; /* initialize declared capabilities.elicitation */
	int live;	    /* threads of calls still running (hub lock) */
};

/* calls.c: what a call does with its client; mcp_result and mcp_error are protocol.c's */
void mcp_send(struct mcp_conn *c, json_t *msg);			  /* consumes msg */
json_t *mcp_result(enum mcp_rev rev, json_t *id, json_t *result); /* consumes result */
json_t *mcp_error(json_t *id, int code, json_t *data, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* A progress notification when the request asked for it (token not NULL). */
void mcp_progress(struct mcp_conn *c, json_t *token, double progress, const char *message);
/* Asks the client (a request, e.g. elicitation/create) on behalf of call
 * and waits up to timeout_ms for its answer: the response object (owned
 * by the caller), or NULL on timeout or cancellation. */
json_t *mcp_ask(struct mcp_call *call, const char *method, json_t *params, int timeout_ms);
/* Whether the call was cancelled; records its execution's id. */
bool mcp_call_cancelled(struct mcp_call *call);
bool mcp_call_set_exec(struct mcp_call *call, const char *exec_id);

/* tools.c */
json_t *mcp_tools_list(struct mcp_conn *c, enum mcp_rev rev);
/* Whether a tool of that name exists. */
bool mcp_tool_known(const char *name);
/* The result of tools/call for call (a CallToolResult, isError set for
 * a tool's failure), or NULL when it was cancelled (no answer is sent). */
json_t *mcp_tool_call(struct mcp_call *call);

/* What the tools share (results.c). A tool's failure the model can act on:
 * one text block, isError. */
json_t *mcp_tool_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* {"type": "text", "text": text} */
json_t *mcp_text_block(const char *text);
json_t *mcp_svc_tool_error(const struct svc_error *e);
/* structuredContent (from 2025-06-18) and the same JSON as text; value is
 * consumed. */
json_t *mcp_tool_result(enum mcp_rev rev, json_t *value, bool is_error);
/* A copy of the call's arguments when every key is one of known
 * (NULL-terminated) and, with program, "language" and "code" are strings;
 * else NULL and *err is the tool's error. mcp_tool_arguments: without
 * program. */
json_t *mcp_arguments(struct mcp_call *call, const char *tool, const char *const *known,
		      bool program, json_t **err);
json_t *mcp_tool_arguments(struct mcp_call *call, const char *tool, const char *const *known,
			   json_t **err);

/* The sandbox tools (sandbox_tools.c): their definitions, and the call of
 * one by name (NULL when name is none of them). */
extern const char mcp_sandbox_create_json[], mcp_sandbox_exec_json[], mcp_sandbox_run_code_json[],
    mcp_sandbox_write_file_json[], mcp_sandbox_read_file_json[], mcp_sandbox_list_files_json[],
    mcp_sandbox_set_network_json[], mcp_sandbox_destroy_json[];
json_t *mcp_sandbox_tool_call(struct mcp_call *call, const char *name);

#endif
