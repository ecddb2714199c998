/*
 * libFuzzer target: the egress proxy's input -- a request head
 * (net/http.c) and the host names in it (net/host.c), and the flags'
 * parsers. Besides not crashing, it checks two properties: a canonical name
 * is its own canonical form (so a request and the allow-list cannot
 * disagree after one more round), and a rewritten request carries no
 * hop-by-hop header of the client's and ends with "Connection: close".
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "net/http.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_canonical(const struct net_host *h)
{
	struct net_host again;
	const char *why;
	char tmp[NET_HOST_MAX + 3];
	size_t n = strlen(h->name);

	if (h->is_ip && strchr(h->name, ':')) {
		tmp[0] = '[';
		memcpy(tmp + 1, h->name, n);
		tmp[n + 1] = ']';
		n += 2;
	} else {
		memcpy(tmp, h->name, n);
	}
	if (net_host_parse(tmp, n, &again, &why) < 0 || strcmp(again.name, h->name) != 0 ||
	    again.is_ip != h->is_ip)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *buf = (const char *)data, *why = NULL;
	struct proxy_head h;
	struct net_host host;
	int status;

	if (proxy_parse_head(buf, size, &h, &status, &why) > 0) {
		check_canonical(&h.host);
		if (h.kind == PROXY_FORWARD) {
			struct buf out = {0};
			proxy_rewrite_head(buf, &h, &out);
			buf_append(&out, "", 1);
			if (strstr(out.data, "Connection: close\r\n\r\n") == NULL ||
			    strcasestr(out.data, "\r\nproxy-authorization:") ||
			    strcasestr(out.data, "\r\nconnection: keep"))
				abort();
			buf_free(&out);
		}
	}
	if (net_host_parse(buf, size, &host, &why) == 0)
		check_canonical(&host);

	char *s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	struct egress_policy *p = malloc(sizeof(*p));
	err_t err;
	egress_policy_init(p);
	(void)egress_add_rule(p, s, &err);
	(void)egress_add_resolve(p, s, &err);
	free(p);
	free(s);
	return 0;
}
