/*
 * E2B's traffic to a sandbox's own servers (`sbx.getHost(port)`): any port
 * but envd's (49983) and the interpreter's (49999), relayed by
 * http_port_relay. Two ways in:
 *
 *   - under /e2b with the headers E2b-Sandbox-Id and E2b-Sandbox-Port, as
 *     the SDKs address envd when E2B_SANDBOX_URL is set;
 *   - with a Host of PORT-ID.DOMAIN, DOMAIN being the configured
 *     e2b_domain, which create reports as the sandbox's domain so that
 *     getHost(port) names it.
 *
 * Either needs the sandbox's traffic token (E2B's
 * e2b-traffic-access-token header; its envd token, X-Access-Token, or an
 * API key do as well), unless the sandbox was made with
 * network.allowPublicTraffic true. E2B's API makes traffic public when the
 * request says nothing; airlock does not.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "http/e2b.h"

static void port_fail(struct http_reply *rep, int status, const char *code, const char *msg)
{
	(void)code;
	e2b_error(rep, status, "%s", msg);
}

static void relay(struct service *s, struct http_request *r, struct http_reply *rep, const char *id,
		  unsigned port, const char *path)
{
	/* what let the request in is airlock's; an Authorization that is
	 * not an airlock key is the application's own and goes on */
	static const char *const drop_all[] = {"X-Access-Token",
					       "E2B-Traffic-Access-Token",
					       "X-API-Key",
					       "E2b-Sandbox-Id",
					       "E2b-Sandbox-Port",
					       "Authorization",
					       NULL};
	static const char *const drop_ours[] = {"X-Access-Token",   "E2B-Traffic-Access-Token",
						"X-API-Key",	    "E2b-Sandbox-Id",
						"E2b-Sandbox-Port", NULL};
	struct e2b_sandbox sb;
	const char *bearer = key_from_authorization(r->authorization);
	bool ours = bearer && (strncmp(bearer, "ak_", 3) == 0 || strncmp(bearer, "e2b_", 4) == 0);

	if (e2b_public_traffic(id, &sb)) {
		r->key = sb.key;
		r->authenticated = true;
	} else if (!e2b_sandbox_auth(s, r, rep, id, &sb)) {
		return;
	}
	struct http_port_target t = {id, port, path, ours ? drop_all : drop_ours};
	http_port_relay(s, r, rep, &t, port_fail);
}

void e2b_port_dispatch(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *id, unsigned port)
{
	/* the target as sent, without /e2b (the path given is decoded) */
	const char *raw = r->target;
	if (strncmp(raw, "/e2b", 4) != 0 || (raw[4] && raw[4] != '/' && raw[4] != '?'))
		return e2b_error(rep, 400, "write /e2b without escapes");
	raw += 4;
	char *fixed = NULL;
	if (raw[0] != '/') {
		fixed = xmalloc(strlen(raw) + 2);
		fixed[0] = '/';
		strcpy(fixed + 1, raw);
	}
	relay(s, r, rep, id, port, fixed ? fixed : raw);
	free(fixed);
}

/* Host PORT-ID.DOMAIN: the port and the id's bounds, or false. A DOMAIN
 * without a port matches a Host with or without one. */
static bool host_parts(const char *domain, const char *host, unsigned *port, const char **id,
		       size_t *id_len)
{
	size_t dn = strlen(domain), hn;

	if (host == NULL || dn == 0)
		return false;
	const char *colon = strrchr(host, ':');
	hn = colon && strchr(domain, ':') == NULL && !strchr(host, ']') ? (size_t)(colon - host)
									: strlen(host);
	if (hn <= dn + 1 || host[hn - dn - 1] != '.' || strncasecmp(host + hn - dn, domain, dn))
		return false;
	size_t label = hn - dn - 1;
	const char *dash = memchr(host, '-', label);
	if (dash == NULL)
		return false;
	*port = http_port_number(host, (size_t)(dash - host));
	*id = dash + 1;
	*id_len = label - (size_t)(dash - host) - 1;
	return *port != 0 && *id_len > 0 && *id_len < STORE_ID_MAX;
}

bool e2b_host_owns(struct service *s, const struct http_request *r)
{
	unsigned port;
	const char *id;
	size_t n;

	return host_parts(service_config(s)->e2b_domain, http_header(r, "Host"), &port, &id, &n);
}

void e2b_host_dispatch(struct service *s, struct http_request *r, struct http_reply *rep)
{
	char id[STORE_ID_MAX];
	unsigned port;
	const char *at;
	size_t n;

	if (!host_parts(service_config(s)->e2b_domain, http_header(r, "Host"), &port, &at, &n))
		return e2b_error(rep, 404, "no sandbox port is named by this Host");
	memcpy(id, at, n);
	id[n] = 0;
	if (port == 49983 || port == 49999)
		return e2b_error(rep, 404,
				 "envd and the code interpreter are reached with E2B_SANDBOX_URL, "
				 "not by their host");
	relay(s, r, rep, id, port, r->target);
}
