/*
 * libFuzzer target: the head of an answer a sandbox's server sends, as
 * the relay of its ports reads it (http/port_head.c). These bytes are the
 * sandbox's. Besides not crashing, what it accepts must be safe to hand
 * to libmicrohttpd and the client: a final status (or 101 to an upgrade), header names that are
 * tokens, values without CR, LF or other control bytes, no hop-by-hop
 * header, no Date and no Transfer-Encoding.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "http/http.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_text(const char *s, bool name)
{
	for (const char *c = s; *c; c++) {
		unsigned char u = (unsigned char)*c;
		if (u == '\r' || u == '\n' || (u < 0x20 && u != '\t'))
			abort();
		if (name && (u <= ' ' || u == ':' || u >= 0x7f))
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct port_head h;
	char *head = malloc(size + 1);
	size_t i;
	json_t *pair;

	if (head == NULL)
		return 0;
	/* the first byte's low bit: the request was a WebSocket's upgrade */
	bool upgrade = size > 0 && (data[0] & 1);
	memcpy(head, data, size);
	head[size] = 0;
	if (port_head_parse(head, upgrade, &h) == NULL) {
		if ((h.status < 200 && !(upgrade && h.status == 101)) || h.status > 599)
			abort();
		check_text(h.ws_accept, false);
		json_array_foreach(h.headers, i, pair)
		{
			const char *k = json_string_value(json_array_get(pair, 0));
			const char *v = json_string_value(json_array_get(pair, 1));
			if (k == NULL || v == NULL || k[0] == 0)
				abort();
			check_text(k, true);
			check_text(v, false);
			if (port_hop_by_hop(k) || strcasecmp(k, "Date") == 0 ||
			    strcasecmp(k, "Transfer-Encoding") == 0 ||
			    strcasecmp(k, "Content-Type") == 0)
				abort();
		}
		if (h.content_type)
			check_text(h.content_type, false);
	}
	port_head_free(&h);
	free(head);
	return 0;
}
