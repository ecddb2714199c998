/*
 * The MCP front end's core, with no transport in it: JSON-RPC messages
 * in, messages out through a callback. stdio (cmd_mcp.c) and Streamable
 * HTTP (http/mcp.c) feed it bytes and write what it sends.
 *
 * A connection (struct mcp_conn) is one client: the protocol revision it
 * speaks (negotiated by initialize, or said by a header, or per request in
 * the stateless revision 2026-07-28) and what it declared it can do
 * (elicitation). Requests in flight live in a hub shared by the
 * connections of one transport, so that a notifications/cancelled that
 * reaches the server on another HTTP request still finds its call.
 *
 * Every tool is a thin call of service.h: run_code is service_submit,
 * service_wait and service_cancel; check_code service_check;
 * list_languages service_languages.
 */
#ifndef AIRLOCK_MCP_H
#define AIRLOCK_MCP_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "service/service.h"

/* Protocol revisions, oldest first. */
enum mcp_rev {
	MCP_REV_NONE = 0,
	MCP_REV_2024_11_05,
	MCP_REV_2025_03_26,
	MCP_REV_2025_06_18,
	MCP_REV_2025_11_25,
	MCP_REV_2026_07_28,
};
#define MCP_REV_LATEST_HANDSHAKE MCP_REV_2025_11_25
#define MCP_REV_LATEST MCP_REV_2026_07_28

/* "2025-06-18" for a revision; NULL for MCP_REV_NONE. */
const char *mcp_rev_name(enum mcp_rev r);
/* The revision of a name, or MCP_REV_NONE when airlock does not speak it. */
enum mcp_rev mcp_rev_parse(const char *name);

/* JSON-RPC and MCP error codes. */
#define MCP_PARSE_ERROR -32700
#define MCP_INVALID_REQUEST -32600
#define MCP_METHOD_NOT_FOUND -32601
#define MCP_INVALID_PARAMS -32602
#define MCP_INTERNAL_ERROR -32603
#define MCP_HEADER_MISMATCH -32020
#define MCP_UNSUPPORTED_VERSION -32022

/* A message for the client; msg is borrowed (the callee copies or writes
 * it). Called from any thread the core runs on; the transport serialises. */
typedef void (*mcp_send_fn)(void *ctx, json_t *msg);

struct mcp_hub;
struct mcp_conn;

struct mcp_options {
	struct service *svc;
	/* Tool calls on a thread of their own (stdio: the reader goes on
	 * reading); false: each message is answered before handle returns
	 * (HTTP: one request, one answer). */
	bool threaded;
	/* Whether a pending approval may be asked of the client's person
	 * through elicitation/create (a transport that can carry a request to
	 * the client and its answer back while the call waits). */
	bool can_elicit;
	/* Says how to approve a pending execution outside the client, with %s
	 * for its id ("airlock approvals approve %s"). */
	const char *approve_hint;
	int progress_interval_ms; /* between progress notifications (0: 1000) */
	const char *version;	  /* airlock's, for serverInfo */
};

struct mcp_hub *mcp_hub_new(const struct mcp_options *o);
/* Frees the hub; every connection must be gone (mcp_conn_free). */
void mcp_hub_free(struct mcp_hub *h);
/* Cancels every call in flight and its execution (a stop signal); any
 * thread may call it while connections live. */
void mcp_hub_cancel_all(struct mcp_hub *h);

/* A client's connection, as the key it authenticated with. */
struct mcp_conn *mcp_conn_new(struct mcp_hub *h, const struct key_row *key, mcp_send_fn send,
			      void *ctx);
/* Waits for the connection's calls to end (cancelling them first when
 * cancel is true), then frees it. */
void mcp_conn_free(struct mcp_conn *c, bool cancel);
/* Sets the revision before any message (HTTP: MCP-Protocol-Version). */
void mcp_conn_set_rev(struct mcp_conn *c, enum mcp_rev r);
enum mcp_rev mcp_conn_rev(const struct mcp_conn *c);

/* One message as bytes (a line of stdio, a body of HTTP): answers are
 * sent. Invalid JSON is answered with -32700, a batch outside 2025-03-26
 * with -32600. */
void mcp_handle(struct mcp_conn *c, const char *data, size_t len);

/* What a transport needs to know of a message before it hands it over,
 * without I/O (the fuzzer's entry): kind of message, method, the tool's
 * name for tools/call, and the revision its _meta names. */
enum mcp_kind { MCP_MSG_INVALID, MCP_MSG_REQUEST, MCP_MSG_NOTIFICATION, MCP_MSG_RESPONSE };
struct mcp_peek {
	enum mcp_kind kind;
	bool batch;
	char method[64];
	char name[64];	   /* params.name of tools/call */
	char meta_rev[32]; /* params._meta["io.modelcontextprotocol/protocolVersion"] */
};
/* 0, or -1 when data is not JSON (p->kind MCP_MSG_INVALID). */
int mcp_peek(const char *data, size_t len, struct mcp_peek *p);

#endif
