/*
 * What a tool call does with its client while it runs: sends (mcp_send),
 * reports progress, learns it was cancelled, records its execution's id
 * so that a cancellation reaches it, and asks the client a question and
 * waits for the answer (mcp_ask; protocol.c hands the answer over). Kept
 * apart from protocol.c, which calls the tools, so that the tools call
 * down only.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "mcp/internal.h"

void mcp_send(struct mcp_conn *c, json_t *msg)
{
	if (msg == NULL)
		return;
	c->send(c->ctx, msg);
	json_decref(msg);
}

void mcp_progress(struct mcp_conn *c, json_t *token, double progress, const char *message)
{
	if (token == NULL)
		return;
	mcp_send(c, json_pack("{s:s, s:s, s:{s:O, s:f, s:s}}", "jsonrpc", "2.0", "method",
			      "notifications/progress", "params", "progressToken", token,
			      "progress", progress, "message", message));
}

bool mcp_call_cancelled(struct mcp_call *call)
{
	struct mcp_hub *h = call->conn->hub;
	pthread_mutex_lock(&h->lock);
	bool yes = call->cancelled;
	pthread_mutex_unlock(&h->lock);
	return yes;
}

bool mcp_call_set_exec(struct mcp_call *call, const char *exec_id)
{
	struct mcp_hub *h = call->conn->hub;
	pthread_mutex_lock(&h->lock);
	snprintf(call->exec_id, sizeof(call->exec_id), "%s", exec_id);
	bool cancelled = call->cancelled;
	pthread_mutex_unlock(&h->lock);
	return cancelled;
}

json_t *mcp_ask(struct mcp_call *call, const char *method, json_t *params, int timeout_ms)
{
	struct mcp_hub *h = call->conn->hub;
	struct timespec until;
	json_t *answer = NULL;
	char id[48];

	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += timeout_ms / 1000;
	pthread_mutex_lock(&h->lock);
	snprintf(id, sizeof(id), "airlock-%lu", ++h->next_ask);
	snprintf(call->ask_id, sizeof(call->ask_id), "%s", id);
	pthread_mutex_unlock(&h->lock);
	mcp_send(call->conn, json_pack("{s:s, s:s, s:s, s:o}", "jsonrpc", "2.0", "id", id, "method",
				       method, "params", params));
	pthread_mutex_lock(&h->lock);
	while (!call->answer && !call->cancelled)
		if (pthread_cond_timedwait(&h->changed, &h->lock, &until) != 0)
			break;
	answer = call->answer;
	call->answer = NULL;
	call->ask_id[0] = 0;
	pthread_mutex_unlock(&h->lock);
	return answer;
}
