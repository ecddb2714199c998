/* libFuzzer target: MCP's message parser and dispatcher (src/mcp), as both
 * transports feed it: mcp_peek (what /mcp reads before it hands a body
 * over) and mcp_handle on a connection whose revision is chosen by the
 * first byte. The service is a stand-in below that refuses every
 * execution, so a tools/call goes through argument checking and the
 * service's own request parser (exec_request_from_json), and no sandbox. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "mcp/mcp.h"

/* ---- the service, as a stand-in ---- */

static struct server_config cfg;

const struct server_config *service_config(const struct service *s)
{
	(void)s;
	return &cfg;
}

int service_submit(struct service *s, const struct key_row *key, struct exec_request *req,
		   struct submission *out, struct svc_error *e)
{
	(void)s;
	(void)key;
	memset(out, 0, sizeof(*out));
	exec_request_free(req);
	return svc_error_set(e, SVC_UNAVAILABLE, "queue_full", "no service in the fuzzer");
}

int service_check(struct service *s, const struct key_row *key, struct exec_request *req,
		  json_t **out, struct svc_error *e)
{
	(void)s;
	(void)key;
	*out = NULL;
	exec_request_free(req);
	return svc_error_set(e, SVC_INTERNAL, "analysis_error", "no service in the fuzzer");
}

#define REFUSE(name, ...)                                                                          \
	int name(__VA_ARGS__, json_t **out, struct svc_error *e)                                   \
	{                                                                                          \
		*out = NULL;                                                                       \
		return svc_error_set(e, SVC_NOT_FOUND, "not_found", "no execution");               \
	}
REFUSE(service_wait, struct service *s, const struct key_row *k, const char *id, int ms)
REFUSE(service_execution, struct service *s, const struct key_row *k, const char *id)
REFUSE(service_cancel, struct service *s, const struct key_row *k, const char *id)
REFUSE(service_decide, struct service *s, const struct key_row *k, const char *id,
       enum approval_decision d, const char *reason)

REFUSE(service_sandbox_create, struct service *s, const struct key_row *k, const json_t *req)
REFUSE(service_sandbox_destroy, struct service *s, const struct key_row *k, const char *id)
REFUSE(service_sandbox_contexts, struct service *s, const struct key_row *k, const char *id)
REFUSE(service_sandbox_context_create, struct service *s, const struct key_row *k, const char *id,
       const json_t *req)
REFUSE(service_sandbox_context_run, struct service *s, const struct key_row *k, const char *id,
       const char *cid, const json_t *req, sandbox_output_fn fn, void *ctx)
REFUSE(service_sandbox_file_list, struct service *s, const struct key_row *k, const char *id,
       const char *dir)
REFUSE(service_sandbox_file_write, struct service *s, const struct key_row *k, const char *id,
       const char *path, const void *data, size_t len)
REFUSE(service_sandbox_set_net, struct service *s, const struct key_row *k, const char *id,
       const json_t *req)

int service_sandbox_exec(struct service *s, const struct key_row *k, const char *id,
			 const json_t *req, const struct sandbox_io *io, json_t **out,
			 struct svc_error *e)
{
	*out = NULL;
	return svc_error_set(e, SVC_NOT_FOUND, "not_found", "no sandbox in the fuzzer");
}

int service_sandbox_file_read(struct service *s, const struct key_row *k, const char *id,
			      const char *path, struct buf *out, struct svc_error *e)
{
	return svc_error_set(e, SVC_NOT_FOUND, "not_found", "no sandbox in the fuzzer");
}

json_t *service_languages(struct service *s)
{
	(void)s;
	return json_array();
}

void submission_free(struct submission *sub)
{
	json_decref(sub->execution);
	json_decref(sub->findings);
}

/* ---- the target ---- */

static void drop(void *ctx, json_t *msg)
{
	(void)ctx;
	char *s = json_dumps(msg, JSON_COMPACT | JSON_ENCODE_ANY); /* what a transport does */
	free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct mcp_hub *hub;
	struct key_row key = {.id = 1, .name = "fuzz"};
	struct mcp_peek p;

	if (hub == NULL) {
		struct mcp_options o = {.svc = (struct service *)&cfg, .version = "fuzz"};
		config_default(&cfg);
		hub = mcp_hub_new(&o);
	}
	if (size == 0)
		return 0;
	(void)mcp_peek((const char *)data + 1, size - 1, &p);
	struct mcp_conn *c = mcp_conn_new(hub, &key, drop, NULL);
	mcp_conn_set_rev(c, (enum mcp_rev)(data[0] % (MCP_REV_LATEST + 1)));
	mcp_handle(c, (const char *)data + 1, size - 1);
	mcp_conn_free(c, false);
	return 0;
}
