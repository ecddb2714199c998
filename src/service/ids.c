/*
 * The service's random ids (internal.h): a prefix naming the kind ("ex_",
 * "sb_", "ctx_", "w_") and random bytes in hex, from libsodium (getrandom).
 * API keys are made apart (keys.c): they are secrets, wiped after use.
 */
#include <sodium.h>
#include <string.h>

#include "service/internal.h"

void service_new_id(char *out, size_t size, const char *prefix, size_t nbytes)
{
	unsigned char raw[32];
	size_t plen = strlen(prefix);

	if (nbytes > sizeof(raw))
		nbytes = sizeof(raw);
	randombytes_buf(raw, nbytes);
	memcpy(out, prefix, plen);
	sodium_bin2hex(out + plen, size - plen, raw, nbytes);
}
