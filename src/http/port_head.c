/*
 * The head of a sandbox's server's answer, as airlock relays it
 * (http.h's port_head_parse; ports.c): pure, so that it can be fuzzed
 * (tests/fuzz/fuzz_ports.c) -- these bytes come from the sandbox.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "http/http.h"

bool port_hop_by_hop(const char *name)
{
	static const char *const names[] = {"Connection",
					    "Keep-Alive",
					    "Proxy-Connection",
					    "Proxy-Authorization",
					    "Proxy-Authenticate",
					    "TE",
					    "Trailer",
					    "Transfer-Encoding",
					    "Upgrade",
					    "Expect",
					    "Content-Length",
					    NULL};
	for (const char *const *n = names; *n; n++)
		if (strcasecmp(name, *n) == 0)
			return true;
	return false;
}

static bool token_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

const char *port_head_parse(char *head, bool upgrade, struct port_head *h)
{
	char *line = head, *next;

	memset(h, 0, sizeof(*h));
	if (strncmp(line, "HTTP/1.", 7) != 0 || (line[7] != '0' && line[7] != '1') ||
	    line[8] != ' ')
		return "its answer does not begin with an HTTP/1.x status line";
	int status = 0;
	for (int i = 9; i < 12; i++) {
		if (line[i] < '0' || line[i] > '9')
			return "its status is not three digits";
		status = status * 10 + (line[i] - '0');
	}
	if (line[12] != ' ' && line[12] != '\r' && line[12] != '\n' && line[12] != 0)
		return "its status is not three digits";
	if ((status < 200 && !(upgrade && status == 101)) || status > 599)
		return "its status is not a final one (200 to 599)";
	h->status = status;
	h->headers = json_array();
	for (line = strchr(line, '\n'); line && *++line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next = 0;
		size_t len = strlen(line);
		if (len && line[len - 1] == '\r')
			line[--len] = 0;
		if (len == 0)
			break;
		if (line[0] == ' ' || line[0] == '\t')
			return "a header is folded over lines";
		char *colon = strchr(line, ':');
		if (colon == NULL || colon == line)
			return "a header line has no name";
		for (char *c = line; c < colon; c++)
			if (!token_char(*c))
				return "a header's name is not a token";
		*colon = 0;
		char *v = colon + 1;
		while (*v == ' ' || *v == '\t')
			v++;
		for (char *e = v + strlen(v); e > v && (e[-1] == ' ' || e[-1] == '\t');)
			*--e = 0;
		for (char *c = v; *c; c++)
			if ((unsigned char)*c < 0x20 && *c != '\t')
				return "a header's value has a control byte";
		if (strcasecmp(line, "Transfer-Encoding") == 0)
			return "it answered an HTTP/1.0 request with a transfer coding";
		if (strcasecmp(line, "Content-Length") == 0) {
			char *end;
			errno = 0;
			unsigned long long n = strtoull(v, &end, 10);
			if (v[0] < '0' || v[0] > '9' || *end || errno ||
			    (h->sized && h->length != n))
				return "its Content-Length is not one number";
			h->sized = true;
			h->length = n;
			continue;
		}
		if (port_hop_by_hop(line) || strcasecmp(line, "Date") == 0)
			continue;
		if (h->status == 101 && strcasecmp(line, "Sec-WebSocket-Accept") == 0) {
			if (strlen(v) >= sizeof(h->ws_accept))
				return "its Sec-WebSocket-Accept is too long";
			memcpy(h->ws_accept, v, strlen(v) + 1);
			continue;
		}
		if (strcasecmp(line, "Content-Type") == 0) {
			free(h->content_type);
			h->content_type = xstrdup(v);
			continue;
		}
		/* bytes as they came: a value need not be UTF-8 */
		json_t *pair = json_array();
		json_array_append_new(pair, json_stringn_nocheck(line, strlen(line)));
		json_array_append_new(pair, json_stringn_nocheck(v, strlen(v)));
		json_array_append_new(h->headers, pair);
	}
	return NULL;
}

void port_head_free(struct port_head *h)
{
	json_decref(h->headers);
	free(h->content_type);
	h->headers = NULL;
	h->content_type = NULL;
}
