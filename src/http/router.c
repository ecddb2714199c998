/*
 * Routing is a table: a path (exact, or a prefix followed by an id), a
 * method, whether it needs a key, and a handler. A known path with another
 * method is 405 with Allow; an unknown one 404.
 */
#include <stdio.h>
#include <string.h>

#include "http/e2b.h"
#include "http/http.h"
#include "http/judge0.h"

struct route {
	const char *method;
	const char *path;
	bool prefix; /* path is followed by one more segment: an id */
	bool auth;
	http_handler handler;
	const char *suffix; /* with prefix: what follows the id ("/approve"), or NULL */
};

static const struct route routes[] = {
    {"POST", "/v1/executions", false, true, handle_exec_create, NULL},
    {"GET", "/v1/executions", false, true, handle_exec_list, NULL},
    {"GET", "/v1/executions/", true, true, handle_exec_get, NULL},
    {"DELETE", "/v1/executions/", true, true, handle_exec_cancel, NULL},
    {"GET", "/v1/languages", false, true, handle_languages, NULL},
    {"GET", "/v1/approvals", false, true, handle_approvals_list, NULL},
    {"POST", "/v1/approvals/", true, true, handle_approval_approve, "/approve"},
    {"POST", "/v1/approvals/", true, true, handle_approval_reject, "/reject"},
    /* MCP authenticates itself, after its Origin check */
    {"POST", "/mcp", false, false, handle_mcp, NULL},
    {"GET", "/healthz", false, false, handle_healthz, NULL},
    {"GET", "/metrics", false, false, handle_metrics, NULL},
    {"GET", "/ui", false, false, handle_ui, NULL},
    {"GET", "/ui/", false, false, handle_ui, NULL},
    {"GET", "/ui/", true, false, handle_ui, NULL},
    /* Judge0 CE 1.13.1 (judge0_*.c): each handler authenticates itself,
     * with Judge0's headers and answers */
    {"POST", "/judge0/submissions/batch", false, false, handle_j0_batch_create, NULL},
    {"GET", "/judge0/submissions/batch", false, false, handle_j0_batch_show, NULL},
    {"POST", "/judge0/submissions", false, false, handle_j0_create, NULL},
    {"GET", "/judge0/submissions", false, false, handle_j0_index, NULL},
    {"GET", "/judge0/submissions/", true, false, handle_j0_show, NULL},
    {"DELETE", "/judge0/submissions/", true, false, handle_j0_delete, NULL},
    {"GET", "/judge0/languages", false, false, handle_j0_languages, NULL},
    {"GET", "/judge0/languages/all", false, false, handle_j0_languages_all, NULL},
    {"GET", "/judge0/languages/", true, false, handle_j0_language, NULL},
    {"GET", "/judge0/statuses", false, false, handle_j0_statuses, NULL},
    {"GET", "/judge0/about", false, false, handle_j0_about, NULL},
    {"GET", "/judge0/version", false, false, handle_j0_text, NULL},
    {"GET", "/judge0/license", false, false, handle_j0_text, NULL},
    {"GET", "/judge0/isolate", false, false, handle_j0_text, NULL},
    {"GET", "/judge0/config_info", false, false, handle_j0_config_info, NULL},
    {"GET", "/judge0/system_info", false, false, handle_j0_system_info, NULL},
    {"GET", "/judge0/statistics", false, false, handle_j0_statistics, NULL},
    {"GET", "/judge0/workers", false, false, handle_j0_workers, NULL},
    {"POST", "/judge0/authenticate", false, false, handle_j0_auth, NULL},
    {"POST", "/judge0/authorize", false, false, handle_j0_auth, NULL},
};

/* tail: the id after a prefix, copied into buf when a suffix follows it. */
static bool path_matches(const struct route *rt, const char *path, const char **tail, char *buf,
			 size_t size)
{
	size_t n = strlen(rt->path);

	if (!rt->prefix)
		return strcmp(path, rt->path) == 0;
	if (strncmp(path, rt->path, n) != 0 || path[n] == 0)
		return false;
	const char *id = path + n, *slash = strchr(id, '/');
	if (rt->suffix == NULL) {
		*tail = id;
		return slash == NULL;
	}
	if (slash == NULL || slash == id || strcmp(slash, rt->suffix) != 0)
		return false;
	snprintf(buf, size, "%.*s", (int)(slash - id), id);
	*tail = buf;
	return true;
}

void http_dispatch(struct service *s, struct http_request *r, struct http_reply *rep)
{
	char allow[64] = "";
	bool path_known = false;

	/* a sandbox's port by its host name (E2B's getHost), whatever the path */
	if (e2b_host_owns(s, r))
		return e2b_host_dispatch(s, r, rep);
	/* E2B's signed file URLs: the SDK makes them /files at the root of
	 * E2B_SANDBOX_URL's host, whatever its path */
	if (strcmp(r->path, "/files") == 0 && http_query(r, "signature") != NULL)
		return e2b_signed_files(s, r, rep);
	/* protocols mounted under a base URL route their own subtree */
	if (piston_owns(r->path))
		return piston_dispatch(s, r, rep);
	if (sandboxes_owns(r->path))
		return sandboxes_dispatch(s, r, rep);
	if (e2b_owns(r->path))
		return e2b_dispatch(s, r, rep);

	for (size_t i = 0; i < ARRAY_SIZE(routes); i++) {
		const char *tail = NULL;
		if (!path_matches(&routes[i], r->path, &tail, r->tail_buf, sizeof(r->tail_buf)))
			continue;
		path_known = true;
		if (strcmp(routes[i].method, r->method) != 0) {
			if (!strstr(allow, routes[i].method))
				snprintf(allow + strlen(allow), sizeof(allow) - strlen(allow),
					 "%s%s", allow[0] ? ", " : "", routes[i].method);
			continue;
		}
		r->tail = tail;
		if (routes[i].auth && !http_authenticate(s, r, rep))
			return;
		routes[i].handler(s, r, rep);
		return;
	}
	if (path_known) {
		snprintf(rep->allow, sizeof(rep->allow), "%s", allow);
		reply_error(rep, 405, "method_not_allowed", "%s is not allowed on %s; allowed: %s",
			    r->method, r->path, allow);
		return;
	}
	reply_error(rep, 404, "not_found", "no such endpoint: %s", r->path);
}
