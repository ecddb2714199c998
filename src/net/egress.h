/*
 * Egress: what a run with `--net egress` may reach, and what it did.
 *
 * The sandbox has no route and no interface but its loopback. Its programs
 * reach the outside only through airlock's proxy (net/proxy.h), which
 * listens on the sandbox's 127.0.0.1:EGRESS_PROXY_PORT and dials out from
 * the host's network namespace, checking every request against a policy:
 *   - the allow-list: canonical host names (net/host.h), `*.example.com`
 *     (subdomains only) or IP literals, each with one port or 80 and 443;
 *   - the addresses a name resolves to (once; the proxy connects to the
 *     address it checked): loopback, private, shared (CGNAT), link-local,
 *     ULA and the host's own addresses are refused unless allow_private;
 *     cloud metadata, unspecified, multicast and reserved addresses, and
 *     airlock's own service ports on a non-public address, always;
 *   - limits: connections and bytes per run.
 * The types are plain data: the command line and the service fill a policy,
 * the engine hands it to the proxy, and the result reports the log.
 */
#ifndef AIRLOCK_NET_EGRESS_H
#define AIRLOCK_NET_EGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common/err.h"

#define NET_HOST_MAX 253 /* a DNS name's length, without its trailing dot */
#define EGRESS_MAX_RULES 64
#define EGRESS_MAX_RESOLVE 32
#define EGRESS_MAX_ADDRS 8 /* addresses of one name */
#define EGRESS_MAX_OWN_PORTS 4
#define EGRESS_LOG_MAX 256     /* requests recorded; the rest are counted */
#define EGRESS_PROXY_PORT 3128 /* on the sandbox's 127.0.0.1 */
#define EGRESS_PROXY_URL "http://127.0.0.1:3128"
#define EGRESS_DEFAULT_MAX_CONNECTIONS 512
#define EGRESS_DEFAULT_MAX_BYTES (1ULL << 30)

/* An IPv4 or IPv6 address; IPv4 in a[0..3]. */
struct net_addr {
	int family; /* AF_INET or AF_INET6 */
	uint8_t a[16];
};

struct egress_rule {
	char host[NET_HOST_MAX + 1]; /* canonical name (without "*."), or the IP as text */
	bool wildcard;		     /* "*.host": subdomains of host, not host itself */
	bool is_ip;		     /* an IP literal: ip is the address */
	struct net_addr ip;
	uint16_t port; /* 0: 80 and 443 */
};

/* --resolve HOST:ADDR[,ADDR...]: the proxy resolves HOST to these only. */
struct egress_resolve {
	char host[NET_HOST_MAX + 1];
	struct net_addr addr[EGRESS_MAX_ADDRS];
	size_t naddr;
};

struct egress_policy {
	struct egress_rule rules[EGRESS_MAX_RULES];
	size_t nrules; /* 0: nothing is allowed */
	struct egress_resolve resolve[EGRESS_MAX_RESOLVE];
	size_t nresolve;
	bool allow_private;
	uint16_t own_ports[EGRESS_MAX_OWN_PORTS]; /* airlock's API and database ports */
	size_t nown_ports;
	uint64_t max_connections; /* per run */
	uint64_t max_bytes;	  /* both directions, all connections */
};

/* One request through the proxy (the result's network.requests). */
struct egress_request {
	char host[NET_HOST_MAX + 1]; /* canonical; as sent (cut) when it was refused unparsed */
	uint16_t port;
	bool allowed;
	uint64_t bytes_sent, bytes_received; /* to and from the destination */
	char reason[160];		     /* why it was refused, or why it failed */
};

struct egress_log {
	struct egress_request *v;
	size_t n;
	uint64_t dropped; /* requests beyond EGRESS_LOG_MAX */
};

void egress_policy_init(struct egress_policy *p);
/* --allow-host HOST[:PORT]: "example.com", "*.example.com:8443",
 * "10.1.2.3", "[fd00::1]:443". -1 with err naming the culprit. */
int egress_add_rule(struct egress_policy *p, const char *spec, err_t *err);
/* Whether everything rule r allows, outer allows too (the service's
 * request within its key's and configuration's lists): the same address,
 * the same name, or a name or wildcard below one of outer's wildcards;
 * ports within outer's. */
bool egress_rule_within(const struct egress_rule *r, const struct egress_policy *outer);
/* r as egress_add_rule takes it: "*.name", "name:8443", "[fd00::7]". -1
 * when out is too small. */
int egress_rule_format(const struct egress_rule *r, char *out, size_t size);
/* "HOST[:PORT],HOST[:PORT],...": each as egress_add_rule (p initialised
 * here). */
int egress_parse_list(struct egress_policy *p, const char *list, err_t *err);
/* --resolve HOST:ADDR[,ADDR...] (repeatable; one host's addresses add up). */
int egress_add_resolve(struct egress_policy *p, const char *spec, err_t *err);
void egress_log_free(struct egress_log *log);

#endif
