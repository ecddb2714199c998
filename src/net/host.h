/*
 * Host names and addresses, pure functions (no I/O but getifaddrs in
 * net_own_addrs): the checks of net/egress.h.
 */
#ifndef AIRLOCK_NET_HOST_H
#define AIRLOCK_NET_HOST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "net/egress.h"

struct net_host {
	bool is_ip;
	char name[NET_HOST_MAX + 1]; /* canonical name, or the address as text */
	struct net_addr ip;	     /* with is_ip */
};

/*
 * Canonicalises len bytes of a host as a URL or a request names it: ASCII
 * lowercase, one trailing dot dropped, international names to punycode
 * (IDNA 2008 with UTS #46 mapping, libidn2), "[v6]" and every IPv4 form
 * inet_aton takes ("2130706433", "0x7f.1", "017700000001") as IP
 * literals, IPv4-mapped IPv6 as IPv4. Refused, with *why set: empty names,
 * NUL and control bytes, spaces, '@' (user@host), '%' (zones and escapes),
 * any byte but letters, digits, '-', '_' and '.', empty or long labels,
 * names whose last label is numeric but not an address.
 */
int net_host_parse(const char *s, size_t len, struct net_host *out, const char **why);

/* "host", "host:port", "[v6]", "[v6]:port": host and port split;
 * *port is 0 without one. -1 with *why on a bad port or brackets. */
int net_split_authority(const char *s, size_t len, const char **host, size_t *host_len,
			uint16_t *port, const char **why);

/* Whether a request to h:port is on the allow-list. */
bool egress_allows(const struct egress_policy *p, const struct net_host *h, uint16_t port);

/* Addresses: IPv4-mapped IPv6 (::ffff:a.b.c.d) becomes IPv4. */
void net_addr_normalise(struct net_addr *a);
bool net_addr_equal(const struct net_addr *a, const struct net_addr *b);
void net_addr_format(const struct net_addr *a, char *buf, size_t size);
int net_addr_parse(const char *s, struct net_addr *out);

/* Why the proxy must not connect to a:port under p, or NULL when it may.
 * own: the host's own addresses (net_own_addrs). */
const char *egress_refuses_addr(const struct egress_policy *p, const struct net_addr *a,
				uint16_t port, const struct net_addr *own, size_t nown);

/* The host's own addresses (getifaddrs), up to max; how many. */
size_t net_own_addrs(struct net_addr *out, size_t max);

#endif
