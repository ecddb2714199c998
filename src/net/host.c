/*
 * Host names as the proxy compares them, and the addresses it refuses.
 *
 * A program that wants to reach a host not on its allow-list will try every
 * spelling a resolver or a server might accept for one that is: "API.Test.",
 * "api.test\0.evil", "user@api.test", "２１３０７０６４３３", "0x7f.1",
 * "::ffff:127.0.0.1". So the proxy turns every name into one canonical
 * form before it matches, and refuses what has none: the allow-list and a
 * request agree only when their canonical forms are equal. Addresses are
 * checked after resolution, since a name on the list may resolve anywhere
 * (its DNS is not ours); see egress_refuses_addr.
 */
#include "net/host.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <idn2.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- addresses ---- */

void net_addr_normalise(struct net_addr *a)
{
	static const uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

	if (a->family == AF_INET6 && memcmp(a->a, mapped, 12) == 0) {
		memmove(a->a, a->a + 12, 4);
		memset(a->a + 4, 0, 12);
		a->family = AF_INET;
	}
}

bool net_addr_equal(const struct net_addr *a, const struct net_addr *b)
{
	struct net_addr x = *a, y = *b;

	net_addr_normalise(&x);
	net_addr_normalise(&y);
	if (x.family != y.family)
		return false;
	return memcmp(x.a, y.a, x.family == AF_INET ? 4 : 16) == 0;
}

void net_addr_format(const struct net_addr *a, char *buf, size_t size)
{
	if (inet_ntop(a->family, a->a, buf, (socklen_t)size) == NULL && size > 0)
		buf[0] = '\0';
}

/* Only the strict forms: dotted quad, or IPv6 without a zone. */
int net_addr_parse(const char *s, struct net_addr *out)
{
	memset(out, 0, sizeof(*out));
	if (inet_pton(AF_INET, s, out->a) == 1) {
		out->family = AF_INET;
		return 0;
	}
	if (inet_pton(AF_INET6, s, out->a) == 1) {
		out->family = AF_INET6;
		net_addr_normalise(out);
		return 0;
	}
	return -1;
}

size_t net_own_addrs(struct net_addr *out, size_t max)
{
	struct ifaddrs *list, *i;
	size_t n = 0;

	if (getifaddrs(&list) < 0)
		return 0;
	for (i = list; i && n < max; i = i->ifa_next) {
		if (i->ifa_addr == NULL)
			continue;
		if (i->ifa_addr->sa_family == AF_INET) {
			out[n].family = AF_INET;
			memset(out[n].a, 0, 16);
			memcpy(out[n].a, &((struct sockaddr_in *)(void *)i->ifa_addr)->sin_addr, 4);
			n++;
		} else if (i->ifa_addr->sa_family == AF_INET6) {
			out[n].family = AF_INET6;
			memcpy(out[n].a, &((struct sockaddr_in6 *)(void *)i->ifa_addr)->sin6_addr,
			       16);
			net_addr_normalise(&out[n]);
			n++;
		}
	}
	freeifaddrs(list);
	return n;
}

enum addr_class {
	ADDR_PUBLIC = 0,
	ADDR_PRIVATE, /* refused unless allow_private */
	ADDR_NEVER,   /* refused always */
};

struct v4_range {
	uint32_t net;
	int bits;
	enum addr_class cls;
	const char *what;
};

/* More specific ranges first: the first match names the class. */
static const struct v4_range v4_ranges[] = {
    {0xa9fea9fe, 32, ADDR_NEVER, "a cloud metadata address"}, /* 169.254.169.254 */
    {0x00000000, 8, ADDR_NEVER, "an unspecified address"},
    {0xe0000000, 4, ADDR_NEVER, "a multicast address"},
    {0xf0000000, 4, ADDR_NEVER, "a reserved address"},
    {0x7f000000, 8, ADDR_PRIVATE, "a loopback address"},
    {0x0a000000, 8, ADDR_PRIVATE, "a private address"},
    {0xac100000, 12, ADDR_PRIVATE, "a private address"},
    {0xc0a80000, 16, ADDR_PRIVATE, "a private address"},
    {0x64400000, 10, ADDR_PRIVATE, "a shared (CGNAT) address"},
    {0xa9fe0000, 16, ADDR_PRIVATE, "a link-local address"},
    {0xc0000000, 24, ADDR_PRIVATE, "an IETF protocol address"},
    {0xc6120000, 15, ADDR_PRIVATE, "a benchmarking address"},
};

static enum addr_class v4_class(const uint8_t *a, const char **what)
{
	uint32_t x = (uint32_t)a[0] << 24 | (uint32_t)a[1] << 16 | (uint32_t)a[2] << 8 | a[3];

	for (size_t i = 0; i < sizeof(v4_ranges) / sizeof(v4_ranges[0]); i++) {
		const struct v4_range *r = &v4_ranges[i];
		uint32_t mask = r->bits == 0 ? 0 : 0xffffffffu << (32 - r->bits);
		if ((x & mask) == r->net) {
			*what = r->what;
			return r->cls;
		}
	}
	return ADDR_PUBLIC;
}

static enum addr_class v6_class(const uint8_t *a, const char **what)
{
	static const uint8_t metadata[16] = {0xfd, 0, 0x0e, 0xc2, 0, 0, 0,    0,
					     0,	   0, 0,    0,	  0, 0, 0x02, 0x54};
	static const uint8_t nat64[12] = {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
	static const uint8_t zero[15] = {0};

	if (memcmp(a, metadata, 16) == 0)
		return *what = "a cloud metadata address", ADDR_NEVER;
	if (memcmp(a, zero, 15) == 0 && a[15] == 1)
		return *what = "a loopback address", ADDR_PRIVATE;
	if (memcmp(a, zero, 12) == 0) /* ::, and the deprecated ::a.b.c.d */
		return *what = "an unspecified or IPv4-compatible address", ADDR_NEVER;
	if (memcmp(a, nat64, 12) == 0) /* 64:ff9b::a.b.c.d reaches a.b.c.d */
		return v4_class(a + 12, what);
	if (a[0] == 0x20 && a[1] == 0x02) /* 6to4 2002:a.b.c.d:: */
		return v4_class(a + 2, what);
	if (a[0] == 0xff)
		return *what = "a multicast address", ADDR_NEVER;
	if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80)
		return *what = "a link-local address", ADDR_PRIVATE;
	if (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0)
		return *what = "a site-local address", ADDR_PRIVATE;
	if ((a[0] & 0xfe) == 0xfc)
		return *what = "a unique local (private) address", ADDR_PRIVATE;
	return ADDR_PUBLIC;
}

const char *egress_refuses_addr(const struct egress_policy *p, const struct net_addr *addr,
				uint16_t port, const struct net_addr *own, size_t nown)
{
	struct net_addr a = *addr;
	const char *what = NULL;
	enum addr_class cls;

	net_addr_normalise(&a);
	cls = a.family == AF_INET ? v4_class(a.a, &what) : v6_class(a.a, &what);
	for (size_t i = 0; cls == ADDR_PUBLIC && i < nown; i++)
		if (net_addr_equal(&a, &own[i])) {
			cls = ADDR_PRIVATE;
			what = "one of the host's own addresses";
		}
	if (cls == ADDR_NEVER)
		return what;
	if (cls == ADDR_PRIVATE) {
		for (size_t i = 0; i < p->nown_ports; i++)
			if (p->own_ports[i] == port)
				return "airlock's own service port on a non-public address";
		if (!p->allow_private)
			return what;
	}
	return NULL;
}

/* ---- names ---- */

/* Whether s is a label of digits, or 0x and hex digits (an IPv4 part). */
static bool numeric_label(const char *s, size_t len)
{
	size_t i = 0;

	if (len >= 2 && s[0] == '0' && s[1] == 'x') {
		for (i = 2; i < len; i++)
			if (!isxdigit((unsigned char)s[i]))
				return false;
		return true;
	}
	for (; i < len; i++)
		if (!isdigit((unsigned char)s[i]))
			return false;
	return len > 0;
}

static int check_labels(const char *name, const char **why)
{
	size_t total = strlen(name), start = 0;

	if (total == 0)
		return *why = "empty host name", -1;
	if (total > NET_HOST_MAX)
		return *why = "host name longer than 253 bytes", -1;
	for (size_t i = 0; i <= total; i++) {
		if (i < total && name[i] != '.') {
			char c = name[i];
			if (!(islower((unsigned char)c) || isdigit((unsigned char)c) || c == '-' ||
			      c == '_'))
				return *why = "a host name holds letters, digits, '-', '_' and '.' "
					      "only",
				       -1;
			continue;
		}
		if (i == start)
			return *why = "empty label in host name", -1;
		if (i - start > 63)
			return *why = "label longer than 63 bytes in host name", -1;
		start = i + 1;
	}
	const char *last = strrchr(name, '.');
	last = last ? last + 1 : name;
	if (numeric_label(last, strlen(last)))
		return *why = "a host name whose last label is numeric is not an address", -1;
	return 0;
}

static int set_ip(struct net_host *out, const struct net_addr *a)
{
	out->is_ip = true;
	out->ip = *a;
	net_addr_normalise(&out->ip);
	net_addr_format(&out->ip, out->name, sizeof(out->name));
	return 0;
}

static int parse_v6_literal(const char *s, size_t len, struct net_host *out, const char **why)
{
	char tmp[64];
	struct net_addr a = {.family = AF_INET6};

	if (len >= sizeof(tmp) || memchr(s, '%', len))
		return *why = "bad IPv6 literal (zones are refused)", -1;
	memcpy(tmp, s, len);
	tmp[len] = '\0';
	if (inet_pton(AF_INET6, tmp, a.a) != 1)
		return *why = "bad IPv6 literal", -1;
	return set_ip(out, &a);
}

/* A byte that ends or splits a name wherever it stands: -1 with why. */
static int splitting_byte(unsigned char c, const char **why)
{
	if (c == 0)
		return *why = "NUL byte in host name", -1;
	if (c < 0x20 || c == 0x7f)
		return *why = "control byte in host name", -1;
	if (c == '@')
		return *why = "user@host is refused", -1;
	if (c == ' ')
		return *why = "space in host name", -1;
	return 0;
}

/* The raw bytes: nothing but what a host name or an IDN may hold. */
static int check_raw(const char *s, size_t len, bool *ascii, const char **why)
{
	*ascii = true;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (splitting_byte(c, why) < 0)
			return -1;
		if (c == '%')
			return *why = "'%' in host name (escapes and zones are refused)", -1;
		if (c >= 0x80) {
			*ascii = false;
			continue;
		}
		if (!(isalnum(c) || c == '-' || c == '_' || c == '.'))
			return *why = "a host name holds letters, digits, '-', '_' and '.' only",
			       -1;
	}
	return 0;
}

int net_host_parse(const char *s, size_t len, struct net_host *out, const char **why)
{
	char tmp[1024];
	bool ascii;
	struct net_addr a;

	memset(out, 0, sizeof(*out));
	if (len == 0)
		return *why = "empty host name", -1;
	/* the bytes that end or split a name, before any other reading */
	for (size_t i = 0; i < len; i++)
		if (splitting_byte((unsigned char)s[i], why) < 0)
			return -1;
	if (s[0] == '[') {
		if (len < 2 || s[len - 1] != ']')
			return *why = "bad IPv6 literal", -1;
		return parse_v6_literal(s + 1, len - 2, out, why);
	}
	if (memchr(s, ':', len))
		return parse_v6_literal(s, len, out, why);
	if (len >= sizeof(tmp))
		return *why = "host name too long", -1;
	if (check_raw(s, len, &ascii, why) < 0)
		return -1;
	memcpy(tmp, s, len);
	tmp[len] = '\0';
	if (len > 1 && tmp[len - 1] == '.')
		tmp[--len] = '\0';
	if (!ascii) {
		char *puny = NULL;
		int rc = idn2_to_ascii_8z(tmp, &puny, IDN2_NFC_INPUT | IDN2_NONTRANSITIONAL);
		if (rc != IDN2_OK) {
			*why = "not a valid international host name";
			return -1;
		}
		size_t plen = strlen(puny);
		if (plen >= sizeof(tmp)) {
			idn2_free(puny);
			return *why = "host name too long", -1;
		}
		memcpy(tmp, puny, plen + 1);
		idn2_free(puny);
		len = plen;
		if (len > 1 && tmp[len - 1] == '.')
			tmp[--len] = '\0';
		/* the mapping may have made bytes the raw check never saw */
		if (check_raw(tmp, len, &ascii, why) < 0 || !ascii)
			return *why = "not a valid international host name", -1;
	}
	for (size_t i = 0; i < len; i++)
		tmp[i] = (char)tolower((unsigned char)tmp[i]);
	/* every IPv4 form a resolver takes: 127.1, 2130706433, 0x7f.1, 0177.0.0.1 */
	memset(&a, 0, sizeof(a));
	if (inet_aton(tmp, (struct in_addr *)(void *)a.a) == 1) {
		a.family = AF_INET;
		return set_ip(out, &a);
	}
	if (check_labels(tmp, why) < 0)
		return -1;
	memcpy(out->name, tmp, len + 1);
	return 0;
}

static int parse_port(const char *s, size_t len, uint16_t *port)
{
	unsigned v = 0;

	if (len == 0 || len > 5)
		return -1;
	for (size_t i = 0; i < len; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (unsigned)(s[i] - '0');
	}
	if (v == 0 || v > 65535)
		return -1;
	*port = (uint16_t)v;
	return 0;
}

int net_split_authority(const char *s, size_t len, const char **host, size_t *host_len,
			uint16_t *port, const char **why)
{
	const char *colon;

	*port = 0;
	*host = s;
	*host_len = len;
	if (len > 0 && s[0] == '[') {
		const char *close = memchr(s, ']', len);
		if (close == NULL)
			return *why = "bad IPv6 literal", -1;
		*host_len = (size_t)(close - s) + 1;
		colon = close + 1 < s + len ? close + 1 : NULL;
		if (colon && *colon != ':')
			return *why = "bad IPv6 literal", -1;
	} else {
		colon = memchr(s, ':', len);
		/* a bare IPv6 address has more than one ':' and no port */
		if (colon && memchr(colon + 1, ':', len - (size_t)(colon + 1 - s)))
			return 0;
		if (colon)
			*host_len = (size_t)(colon - s);
	}
	if (colon && parse_port(colon + 1, len - (size_t)(colon + 1 - s), port) < 0)
		return *why = "bad port (1-65535)", -1;
	return 0;
}

/* ---- the allow-list ---- */

static bool port_allowed(const struct egress_rule *r, uint16_t port)
{
	return r->port ? r->port == port : (port == 80 || port == 443);
}

bool egress_allows(const struct egress_policy *p, const struct net_host *h, uint16_t port)
{
	for (size_t i = 0; i < p->nrules; i++) {
		const struct egress_rule *r = &p->rules[i];
		if (!port_allowed(r, port) || r->is_ip != h->is_ip)
			continue;
		if (r->is_ip) {
			if (net_addr_equal(&r->ip, &h->ip))
				return true;
			continue;
		}
		if (!r->wildcard) {
			if (strcmp(r->host, h->name) == 0)
				return true;
			continue;
		}
		size_t hl = strlen(h->name), rl = strlen(r->host);
		if (hl > rl + 1 && h->name[hl - rl - 1] == '.' &&
		    strcmp(h->name + hl - rl, r->host) == 0)
			return true;
	}
	return false;
}

static bool ports_within(uint16_t inner, uint16_t outer)
{
	if (outer == 0)
		return inner == 0 || inner == 80 || inner == 443;
	return inner == outer;
}

/* name is d or below d ("a.d"): strictly below when strict */
static bool name_below(const char *name, const char *d, bool strict)
{
	size_t n = strlen(name), m = strlen(d);
	if (n == m)
		return !strict && strcmp(name, d) == 0;
	return n > m + 1 && name[n - m - 1] == '.' && strcmp(name + n - m, d) == 0;
}

bool egress_rule_within(const struct egress_rule *r, const struct egress_policy *outer)
{
	for (size_t i = 0; i < outer->nrules; i++) {
		const struct egress_rule *o = &outer->rules[i];
		if (!ports_within(r->port, o->port) || r->is_ip != o->is_ip)
			continue;
		if (o->is_ip) {
			if (net_addr_equal(&r->ip, &o->ip))
				return true;
		} else if (!o->wildcard) {
			if (!r->wildcard && strcmp(r->host, o->host) == 0)
				return true;
		} else if (name_below(r->host, o->host, !r->wildcard)) {
			/* a.d and *.a.d under *.d; *.d under *.d */
			return true;
		}
	}
	return false;
}

int egress_parse_list(struct egress_policy *p, const char *list, err_t *err)
{
	char one[NET_HOST_MAX + 16];

	egress_policy_init(p);
	for (const char *s = list; *s;) {
		const char *end = strchr(s, ',');
		size_t n = end ? (size_t)(end - s) : strlen(s);
		if (n == 0 || n >= sizeof(one))
			return err_set(err, 0, "'%.200s' is not a list of HOST[:PORT]", list);
		memcpy(one, s, n);
		one[n] = '\0';
		if (egress_add_rule(p, one, err) < 0)
			return -1;
		if (end == NULL)
			break;
		s = end + 1;
	}
	return 0;
}

void egress_policy_init(struct egress_policy *p)
{
	memset(p, 0, sizeof(*p));
	p->max_connections = EGRESS_DEFAULT_MAX_CONNECTIONS;
	p->max_bytes = EGRESS_DEFAULT_MAX_BYTES;
}

int egress_add_rule(struct egress_policy *p, const char *spec, err_t *err)
{
	const char *host, *why = NULL;
	size_t hlen, len = strlen(spec);
	struct egress_rule r;
	struct net_host h;

	memset(&r, 0, sizeof(r));
	if (p->nrules >= EGRESS_MAX_RULES)
		return err_set(err, 0, "--allow-host: at most %d hosts", EGRESS_MAX_RULES);
	if (net_split_authority(spec, len, &host, &hlen, &r.port, &why) < 0)
		return err_set(err, 0, "--allow-host '%.200s': %s", spec, why);
	if (hlen >= 2 && host[0] == '*' && host[1] == '.') {
		r.wildcard = true;
		host += 2;
		hlen -= 2;
	}
	if (net_host_parse(host, hlen, &h, &why) < 0)
		return err_set(err, 0, "--allow-host '%.200s': %s", spec, why);
	if (r.wildcard && h.is_ip)
		return err_set(
		    err, 0, "--allow-host '%.200s': a wildcard takes a name, not an address", spec);
	if (r.wildcard && strchr(h.name, '.') == NULL)
		return err_set(
		    err, 0,
		    "--allow-host '%.200s': a wildcard needs a domain below a top-level one", spec);
	r.is_ip = h.is_ip;
	r.ip = h.ip;
	memcpy(r.host, h.name, sizeof(r.host));
	p->rules[p->nrules++] = r;
	return 0;
}

int egress_rule_format(const struct egress_rule *r, char *out, size_t size)
{
	bool v6 = r->is_ip && strchr(r->host, ':') != NULL;
	char port[8] = "";
	if (r->port)
		snprintf(port, sizeof(port), ":%u", (unsigned)r->port);
	int n = snprintf(out, size, "%s%s%s%s%s", r->wildcard ? "*." : "", v6 ? "[" : "", r->host,
			 v6 ? "]" : "", port);
	return n < 0 || (size_t)n >= size ? -1 : 0;
}

int egress_add_resolve(struct egress_policy *p, const char *spec, err_t *err)
{
	const char *colon = strchr(spec, ':'), *why = NULL;
	struct net_host h;
	struct egress_resolve *res = NULL;

	if (colon == NULL || colon == spec || colon[1] == '\0')
		return err_set(err, 0, "--resolve '%.200s' is not HOST:ADDR", spec);
	if (net_host_parse(spec, (size_t)(colon - spec), &h, &why) < 0)
		return err_set(err, 0, "--resolve '%.200s': %s", spec, why);
	if (h.is_ip)
		return err_set(err, 0, "--resolve '%.200s': HOST is an address already", spec);
	for (size_t i = 0; i < p->nresolve; i++)
		if (strcmp(p->resolve[i].host, h.name) == 0)
			res = &p->resolve[i];
	if (res == NULL) {
		if (p->nresolve >= EGRESS_MAX_RESOLVE)
			return err_set(err, 0, "--resolve: at most %d hosts", EGRESS_MAX_RESOLVE);
		res = &p->resolve[p->nresolve++];
		memset(res, 0, sizeof(*res));
		memcpy(res->host, h.name, sizeof(res->host));
	}
	for (const char *s = colon + 1; *s;) {
		const char *end = strchr(s, ',');
		size_t n = end ? (size_t)(end - s) : strlen(s);
		char tmp[64];
		if (n >= 2 && s[0] == '[' && s[n - 1] == ']') {
			s++;
			n -= 2;
		}
		if (n == 0 || n >= sizeof(tmp))
			return err_set(err, 0, "--resolve '%.200s': bad address", spec);
		memcpy(tmp, s, n);
		tmp[n] = '\0';
		if (res->naddr >= EGRESS_MAX_ADDRS)
			return err_set(err, 0, "--resolve: at most %d addresses a host",
				       EGRESS_MAX_ADDRS);
		if (net_addr_parse(tmp, &res->addr[res->naddr]) < 0)
			return err_set(err, 0, "--resolve '%.200s': '%s' is not an IP address",
				       spec, tmp);
		res->naddr++;
		if (end == NULL)
			break;
		s = end + 1;
	}
	return 0;
}

void egress_log_free(struct egress_log *log)
{
	free(log->v);
	log->v = NULL;
	log->n = 0;
	log->dropped = 0;
}
